"""Appointments in the console, through its pages and its JSON API, on SQLite and PostgreSQL.

The clock stands on Tuesday 24 November 2026, 10:00 in Berlin. KIM's office in the DIZ books
Monday to Thursday 09:00-15:00 (Friday to 12:00) in hours of two places each; PACE in
Hannover books Monday, Wednesday and Friday at 09:00, 09:45 and 10:30, one person each.
Aylin works at KIM, Jonas at PACE. The young people's Telegram is a phone that records what
arrives.
"""

from __future__ import annotations

import datetime as dt
import re
from html.parser import HTMLParser

import httpx
import pytest
from sqlalchemy import func
from sqlmodel import col, select

from flows.delivery.outbox import OutboxSender
from flows.vocabulary.languages import SUPPORTED_LANGUAGES
from flows.vocabulary.texts import Texts
from storage import AccessLogEntry, Database, OutboxMessage
from storage.appointments import Appointment, AppointmentStatus, SlotRef
from tests.console.conftest import (
    KIM,
    PACE,
    Agent,
    Clock,
    ConsoleUnderTest,
    handed_over,
)
from tests.flows.test_reminders import Phone

KIM_DIZ, PACE_HANNOVER = "kim/diz", "pace/hannover"
TUESDAY, WEDNESDAY = "2026-11-24", "2026-11-25"
WEDNESDAY_NINE = dt.datetime(2026, 11, 25, 8, 0, tzinfo=dt.UTC)  # 09:00 in Berlin
WEDNESDAY_TEN = dt.datetime(2026, 11, 25, 9, 0, tzinfo=dt.UTC)
TUESDAY_NOON = dt.datetime(2026, 11, 24, 11, 0, tzinfo=dt.UTC)  # 12:00 in Berlin, today
SCRIPT = "<script>window.pwned=1</script>"


@pytest.fixture
def phone() -> Phone:
    return Phone()


@pytest.fixture
def outbox(database: Database, phone: Phone, clock: Clock) -> OutboxSender:
    return OutboxSender(database, {"telegram": phone.send}, clock=clock)


def slot(start: dt.datetime, key: str = KIM_DIZ) -> str:
    """The booking form's value for a slot."""
    return f"{key}@{start.isoformat()}"


async def book(
    agent: Agent, conversation: int, start: dt.datetime, topic: str = "", key: str = KIM_DIZ
) -> httpx.Response:
    return await agent.post(
        f"/conversations/{conversation}/appointments", slot=slot(start, key), topic=topic
    )


async def person(
    console: ConsoleUnderTest, chat: str, language: str, name: str | None = None
) -> int:
    """A young person of KIM whose conversation is in the inbox; they may have given a name."""
    conversation = await handed_over(console.database, KIM, chat=chat, language=language)
    if name is not None:
        async with console.database.session() as repo:
            contact = await repo.contact_by_address("telegram", chat)
            assert contact is not None
            contact.display_name = name
            await repo.save(contact)
    return conversation


class Rows(HTMLParser):
    """The text of each appointment (`data-appointment`) in a page, by id."""

    def __init__(self) -> None:
        super().__init__()
        self.rows: dict[int, str] = {}
        self._open: list[tuple[str, int | None]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        found = dict(attrs).get("data-appointment")
        if tag not in ("input", "br", "img"):
            self._open.append((tag, int(found) if found else None))
        if found:
            self.rows.setdefault(int(found), "")

    def handle_endtag(self, tag: str) -> None:
        while self._open:
            if self._open.pop()[0] == tag:
                break

    def handle_data(self, data: str) -> None:
        for _, row in self._open:
            if row is not None:
                self.rows[row] += data

    @classmethod
    def of(cls, html: str) -> dict[int, str]:
        parser = cls()
        parser.feed(html)
        return {k: " ".join(v.split()) for k, v in parser.rows.items()}


async def page_rows(agent: Agent, url: str) -> dict[int, str]:
    response = await agent.client.get(url)
    assert response.status_code == 200, (url, response.status_code)
    return Rows.of(response.text)


async def latest_id(console: ConsoleUnderTest) -> int:
    """The id of the newest appointment."""
    async with console.database.session() as repo:
        found = (await repo.session.exec(select(func.max(Appointment.id)))).one()
    assert found is not None
    return int(found)


def status_of(html: str, appointment: int) -> str:
    found = re.search(rf'data-appointment="{appointment}" data-status="(\w+)"', html)
    assert found, f"appointment {appointment} is not in the page"
    return found.group(1)


async def log_of(console: ConsoleUnderTest, action: str) -> list[AccessLogEntry]:
    async with console.database.session() as repo:
        query = select(AccessLogEntry).where(col(AccessLogEntry.action) == action)
        return list((await repo.session.exec(query.order_by(col(AccessLogEntry.id)))).all())


# -- the lists ------------------------------------------------------------------------------


async def test_the_day_and_week_lists_show_the_right_appointments(
    console: ConsoleUnderTest, aylin: Agent
) -> None:
    lena = await person(console, "8001", "de")
    omar = await person(console, "8002", "ar", name="Omar")
    ira = await person(console, "8003", "uk")
    assert (await book(aylin, lena, WEDNESDAY_NINE, "Bewerbung")).status_code == 303
    await book(aylin, omar, WEDNESDAY_NINE)
    await book(aylin, ira, TUESDAY_NOON, "Brief vom Jobcenter")
    # Someone booked in the chat, without a caseworker.
    async with console.database.session() as repo:
        contact = await repo.contact_by_address("telegram", "8003")
        assert contact is not None and contact.id is not None
        await repo.appointments.book(
            contact_id=contact.id,
            slot=SlotRef(KIM, "diz", WEDNESDAY_TEN, WEDNESDAY_TEN + dt.timedelta(hours=1)),
            capacity=2,
            now=console.clock(),
        )

    # Today by default: Tuesday, with Ira at 12:00.
    page = await aylin.client.get("/appointments")
    assert page.status_code == 200
    assert "Dienstag, 24. November 2026" in page.text
    [today] = Rows.of(page.text).values()
    assert "12:00–13:00" in today and "Brief vom Jobcenter" in today
    assert "uk" in today and "Ukrainisch" in today and "gebucht von Aylin K." in today
    assert 'data-refresh="/appointments/parts?place=kim%2Fdiz&amp;day=2026-11-24&amp;view=day"' in (
        page.text
    )
    assert "13:00 – 2 von 2 frei" in page.text and "12:00 – 1 von 2 frei" in page.text
    assert "10:00 – 2 von 2 frei" not in page.text, "the 10:00 slot has begun"
    for link in ("day=2026-11-23", "day=2026-11-25", "Vortag", "Nächster Tag", "Heute"):
        assert link in page.text
    assert 'href="/appointments"' in page.text, "in the console's navigation"

    wednesday = await page_rows(aylin, f"/appointments?place=kim/diz&day={WEDNESDAY}")
    assert len(wednesday) == 3
    first, second, third = wednesday.values()
    assert first.startswith("09:00–10:00") and "Bewerbung" in first and "Deutsch" in first
    assert "„Omar“" in second and "Arabisch" in second and "gebucht" in second
    assert third.startswith("10:00–11:00") and "gebucht von" not in third, "booked in the chat"
    html = (await aylin.client.get(f"/appointments?place=kim/diz&day={WEDNESDAY}")).text
    assert "09:00 – " not in html and "10:00 – 1 von 2 frei" in html
    assert f'href="/conversations/{lena}"' in html

    week = await aylin.client.get(f"/appointments?place=kim/diz&day={WEDNESDAY}&view=week")
    assert "Woche vom 23.11.2026 bis 29.11.2026" in week.text
    assert len(Rows.of(week.text)) == 4
    for heading in ("Montag, 23. November 2026", "Sonntag, 29. November 2026"):
        assert heading in week.text
    assert (
        "day=2026-11-16&amp;view=week" in week.text and "day=2026-11-30&amp;view=week" in week.text
    )
    assert "Vorwoche" in week.text and "Nächste Woche" in week.text
    assert week.text.count("Keine freien Zeiten.") == 3, "Monday is over, Sat and Sun closed"
    parts = await aylin.client.get(f"/appointments/parts?place=kim/diz&day={WEDNESDAY}&view=week")
    assert parts.text.lstrip().startswith('<div id="schedule" data-part>')
    assert len(Rows.of(parts.text)) == 4

    # Looking at the lists is in the access log, once per list and sitting.
    viewed = [
        (e.caseworker_email, e.contact_point_id, e.detail)
        for e in await log_of(console, "view_appointments")
    ]
    assert viewed == [
        ("aylin@example.org", KIM, "diz 2026-11-24 +1d"),
        ("aylin@example.org", KIM, "diz 2026-11-25 +1d"),
        ("aylin@example.org", KIM, "diz 2026-11-23 +7d"),
    ]


async def test_a_hand_edited_day_or_view_shows_today(
    console: ConsoleUnderTest, aylin: Agent
) -> None:
    for query in ("day=soon", "day=2026-13-40", "view=month", "day="):
        page = await aylin.client.get(f"/appointments?place=kim/diz&{query}")
        assert page.status_code == 200, query
        assert "24. November 2026" in page.text, query


# -- booking, cancelling, marking ---------------------------------------------------------


async def test_booking_from_the_conversation_page_tells_the_young_person_and_reminds_them(
    console: ConsoleUnderTest, aylin: Agent, outbox: OutboxSender, phone: Phone
) -> None:
    conversation = await person(console, "8101", "ar")
    page = await aylin.client.get(f"/conversations/{conversation}")
    assert "Termin buchen" in page.text and "Keine anstehenden Termine." in page.text
    option = f'<option value="{slot(WEDNESDAY_NINE)}">Mi., 25. Nov. 09:00 (2 von 2 frei)</option>'
    assert option in page.text
    assert slot(dt.datetime(2026, 11, 24, 9, 0, tzinfo=dt.UTC)) not in page.text, "begun"

    response = await book(aylin, conversation, WEDNESDAY_NINE, "Aufenthalt")
    assert response.status_code == 303
    assert response.headers["location"] == f"/conversations/{conversation}"
    page = await aylin.client.get(f"/conversations/{conversation}")
    [upcoming] = Rows.of(page.text).values()
    assert "Mi., 25. Nov. 09:00" in upcoming and "KIM-Beratungsbüro im DIZ" in upcoming
    assert "Aufenthalt" in upcoming and "Absagen" in upcoming
    assert "day=2026-11-25" in page.text, "a link to that day's list"
    assert "Mi., 25. Nov. 09:00 (1 von 2 frei)" in page.text

    # In the conversation and in the outbox, in Arabic; the reminders are scheduled.
    appointment = await latest_id(console)
    async with console.database.session() as repo:
        [told] = [m for m in await repo.messages(conversation) if m.sender == "uli"]
        [row] = (await repo.session.exec(select(OutboxMessage))).all()
        due = [r.due_at for r in await repo.reminders.of_appointment(appointment)]
    assert "حجز لك الفريق موعدًا" in told.text and row.message_id == told.id
    assert "حجز لك الفريق موعدًا" in row.text and f"bk:x:{appointment}" in row.buttons
    assert due == [dt.datetime(2026, 11, 24, 20, 0, tzinfo=dt.UTC)], "21:00, before quiet hours"
    assert await outbox.deliver_due() == 1
    [(address, reply)] = phone.arrived
    assert address == "8101" and reply.text.startswith("\u200f"), "right to left"
    assert "Josef-Schregel-Str. 31" in reply.text
    # The conversation page shows what Uli wrote.
    assert "حجز لك الفريق موعدًا" in (await aylin.client.get(f"/conversations/{conversation}")).text

    [entry] = await log_of(console, "appointment_book")
    assert (entry.caseworker_email, entry.conversation_id, entry.contact_point_id) == (
        "aylin@example.org", conversation, KIM,
    )  # fmt: skip
    assert entry.detail == f"appointment {appointment}"


async def test_cancelling_asks_first_then_tells_the_young_person_in_their_language(
    console: ConsoleUnderTest, aylin: Agent, outbox: OutboxSender, phone: Phone
) -> None:
    conversation = await person(console, "8201", "tr")
    await book(aylin, conversation, WEDNESDAY_NINE)
    appointment = await latest_id(console)
    assert len(await _reminders(console, appointment)) == 1
    back = f"/appointments?place=kim%2Fdiz&day={WEDNESDAY}&view=day"

    confirm = await aylin.client.get(f"/appointments/{appointment}/cancel", params={"next": back})
    assert confirm.status_code == 200
    assert (
        "Termin absagen?" in confirm.text
        and "Mittwoch, 25. November 2026, 09:00–10:00" in confirm.text
    )
    assert "in ihrer Sprache (Türkisch)" in confirm.text
    assert "Ja, absagen und Bescheid geben" in confirm.text
    viewed = [e.detail for e in await log_of(console, "view_appointments")]
    assert viewed == [f"appointment {appointment}"], "who looked at whose appointment"
    assert f'href="{back.replace("&", "&amp;")}"' in confirm.text, "back to the list"
    async with console.database.session() as repo:
        assert (await repo.appointments.get(appointment)).status == "booked"  # type: ignore[union-attr]

    response = await aylin.post(f"/appointments/{appointment}/cancel", next=back)
    assert response.status_code == 303 and response.headers["location"] == back
    [row] = (await page_rows(aylin, back)).values()
    assert "abgesagt" in row and "Absagen" not in row and "Gekommen" not in row
    assert await _reminders(console, appointment) == []
    await outbox.deliver_due()
    while await outbox.deliver_due():
        pass
    booked_text, cancelled_text = phone.texts("8201")
    assert "Ekip senin için bir randevu aldı" in booked_text
    assert "ekip" in cancelled_text and "randevunu iptal etmek zorunda kaldı" in cancelled_text
    assert "09:00" in cancelled_text

    # Twice is refused, with the reason on the page it came from.
    again = await aylin.post(f"/appointments/{appointment}/cancel", next=back)
    assert again.headers["location"] == f"{back}&error=not-booked"
    page = await aylin.client.get(again.headers["location"])
    assert "Dieser Termin ist nicht (mehr) gebucht." in page.text
    confirm = await aylin.client.get(f"/appointments/{appointment}/cancel")
    assert "Ja, absagen" not in confirm.text and "nicht (mehr) gebucht" in confirm.text
    [entry] = await log_of(console, "appointment_cancel")
    assert (entry.caseworker_email, entry.detail) == (
        "aylin@example.org", f"appointment {appointment}",
    )  # fmt: skip

    # A crafted "next" cannot send the caseworker to another site.
    await book(aylin, conversation, WEDNESDAY_TEN)
    other = await latest_id(console)
    for target in ("https://evil.example/", "//evil.example", "javascript:alert(1)"):
        page = await aylin.client.get(f"/appointments/{other}/cancel", params={"next": target})
        assert 'href="/appointments" class="button"' in page.text, target
        assert '<input type="hidden" name="next" value="/appointments">' in page.text
        assert not re.search(r'href="(https:|//|javascript:)', page.text)
    response = await aylin.post(f"/appointments/{other}/cancel", next="https://evil.example/")
    assert response.headers["location"] == "/appointments"


async def _reminders(console: ConsoleUnderTest, appointment: int) -> list[dt.datetime]:
    async with console.database.session() as repo:
        return [r.due_at for r in await repo.reminders.of_appointment(appointment)]


async def test_attended_or_missed_from_the_appointments_day_on(
    console: ConsoleUnderTest, aylin: Agent
) -> None:
    conversation = await person(console, "8301", "de")
    await book(aylin, conversation, WEDNESDAY_NINE)
    appointment = await latest_id(console)
    back = f"/appointments?place=kim%2Fdiz&day={WEDNESDAY}&view=day"
    [row] = (await page_rows(aylin, back)).values()
    assert "Gekommen" not in row and "Absagen" in row, "not yet its day"
    early = await aylin.post(f"/appointments/{appointment}/mark", status="attended", next=back)
    assert early.headers["location"].endswith("error=not-yet")

    console.clock.now = dt.datetime(2026, 11, 25, 9, 15, tzinfo=dt.UTC)  # 10:15, it is over
    assert (await aylin.log_in("aylin@example.org")).status_code == 303  # a new day's login
    [row] = (await page_rows(aylin, back)).values()
    assert "Gekommen" in row and "Nicht gekommen" in row and "Absagen" not in row
    response = await aylin.post(f"/appointments/{appointment}/mark", status="missed", next=back)
    assert response.status_code == 303 and response.headers["location"] == back
    [row] = (await page_rows(aylin, back)).values()
    assert "nicht gekommen" in row and "Gekommen" in row, "can still be put right"
    assert status_of((await aylin.client.get(back)).text, appointment) == "missed"
    await aylin.post(f"/appointments/{appointment}/mark", status="attended", next=back)
    html = (await aylin.client.get(back)).text
    assert status_of(html, appointment) == "attended"
    [row] = Rows.of(html).values()
    assert row.endswith("Nicht gekommen") and "Gekommen" not in row, "only the other button"
    bad = await aylin.post(f"/appointments/{appointment}/mark", status="cancelled", next=back)
    assert bad.headers["location"].endswith("error=bad-status")
    cancel = await aylin.post(f"/appointments/{appointment}/cancel", next=back)
    assert cancel.headers["location"].endswith("error=not-booked")
    marks = await log_of(console, "appointment_mark")
    assert [e.detail for e in marks] == [
        f"appointment {appointment} missed", f"appointment {appointment} attended",
    ]  # fmt: skip
    async with console.database.session() as repo:
        stored = await repo.appointments.get(appointment)
    assert stored is not None and stored.status == AppointmentStatus.ATTENDED.value


async def test_a_full_slot_and_a_gone_slot_are_refused_with_a_clear_word(
    console: ConsoleUnderTest, aylin: Agent
) -> None:
    chats = [await person(console, f"840{n}", "de") for n in range(3)]
    for conversation in chats[:2]:
        assert (await book(aylin, conversation, WEDNESDAY_NINE)).status_code == 303
    full = await book(aylin, chats[2], WEDNESDAY_NINE)
    assert full.headers["location"] == f"/conversations/{chats[2]}?error=slot-full"
    page = await aylin.client.get(full.headers["location"])
    assert "Diese Zeit ist inzwischen ausgebucht" in page.text
    assert slot(WEDNESDAY_NINE) not in page.text, "no longer offered"

    twice = await book(aylin, chats[0], WEDNESDAY_NINE)
    assert twice.headers["location"].endswith("error=already-booked")
    for value in (
        slot(dt.datetime(2026, 11, 25, 8, 30, tzinfo=dt.UTC)),  # not a slot
        slot(dt.datetime(2026, 11, 24, 8, 0, tzinfo=dt.UTC)),  # over
        "kim/diz@tomorrow",
        "kim/diz@2026-11-25T08:00:00",  # no time zone
        "",
    ):
        response = await aylin.post(f"/conversations/{chats[2]}/appointments", slot=value)
        assert response.headers["location"].endswith("error=no-slot"), value
    long = await book(aylin, chats[2], WEDNESDAY_TEN, "x" * 201)
    assert long.headers["location"].endswith("error=too-long")
    async with console.database.session() as repo:
        assert await repo.outbox.pending_count() == 2


# -- who may see and do what --------------------------------------------------------------


async def test_another_contact_points_appointments_are_not_found_anywhere(
    console: ConsoleUnderTest, aylin: Agent, jonas: Agent
) -> None:
    kim = await person(console, "8501", "de", name="Geheim")
    await book(aylin, kim, WEDNESDAY_NINE, "vertraulich")
    theirs = await latest_id(console)
    pace = await handed_over(console.database, PACE, chat="8502")

    # Jonas's own list: PACE only, nothing of KIM's.
    page = await jonas.client.get("/appointments")
    assert page.status_code == 200 and 'value="pace/hannover"' in page.text
    assert "kim/diz" not in page.text and "Geheim" not in page.text
    assert "Geheim" not in (await jonas.client.get("/appointments?view=week&day=2026-11-25")).text

    headers = {"X-CSRF-Token": jonas.csrf}
    for guess in (theirs, theirs + 1, 0, -1, 2**31 - 1):
        assert (await jonas.client.get(f"/appointments/{guess}/cancel")).status_code == 404
        assert (await jonas.post(f"/appointments/{guess}/cancel")).status_code == 404
        mark = await jonas.post(f"/appointments/{guess}/mark", status="missed")
        assert mark.status_code == 404
        api = await jonas.client.post(f"/api/appointments/{guess}/cancel", headers=headers)
        assert api.status_code == 404
        api = await jonas.client.post(
            f"/api/appointments/{guess}/mark", json={"status": "missed"}, headers=headers
        )
        assert api.status_code == 404
    for url in (
        "/appointments?place=kim/diz",
        "/appointments?place=kim%2Fdiz&view=week",
        "/appointments/parts?place=kim/diz",
        "/appointments?place=teilhabe/diz",  # a place of nobody's here
        "/appointments?place=nowhere",
        "/api/appointments?place=kim/diz",
        f"/api/conversations/{kim}/appointments",
    ):
        response = await jonas.client.get(url)
        assert response.status_code == 404, url
        assert "Geheim" not in response.text and "vertraulich" not in response.text
    for value in (
        slot(WEDNESDAY_TEN),
        slot(dt.datetime(2026, 11, 25, 8, 0, tzinfo=dt.UTC), PACE_HANNOVER),
        "",
    ):
        response = await jonas.post(f"/conversations/{kim}/appointments", slot=value)
        assert response.status_code == 404, value
    api = await jonas.client.post(
        f"/api/conversations/{kim}/appointments",
        json={"place": KIM_DIZ, "starts_at": WEDNESDAY_TEN.isoformat()},
        headers=headers,
    )
    assert api.status_code == 404
    # Nor can Aylin book her young person into PACE's diary, or Jonas his into KIM's.
    assert (await book(aylin, kim, WEDNESDAY_NINE, key=PACE_HANNOVER)).status_code == 404
    assert (await book(jonas, pace, WEDNESDAY_TEN)).status_code == 404

    # Nothing happened: one appointment, still booked; nobody told anything more.
    [row] = (await page_rows(aylin, f"/appointments?place=kim/diz&day={WEDNESDAY}")).values()
    assert "gebucht" in row and "abgesagt" not in row
    async with console.database.session() as repo:
        assert await repo.outbox.pending_count() == 1
    assert await log_of(console, "appointment_cancel") == []
    assert await log_of(console, "appointment_mark") == []


async def test_every_change_needs_the_csrf_token(console: ConsoleUnderTest, aylin: Agent) -> None:
    conversation = await person(console, "8601", "de")
    await book(aylin, conversation, TUESDAY_NOON)
    appointment = await latest_id(console)
    console.clock.now = dt.datetime(2026, 11, 24, 11, 30, tzinfo=dt.UTC)  # during it: markable
    forms = {
        f"/conversations/{conversation}/appointments": {"slot": slot(WEDNESDAY_NINE)},
        f"/appointments/{appointment}/mark": {"status": "missed"},
        f"/appointments/{appointment}/cancel": {},
    }
    for url, fields in forms.items():
        for csrf in ({}, {"csrf": "forged"}, {"csrf": ""}):
            response = await aylin.client.post(url, data={**fields, **csrf})
            assert response.status_code == 403, (url, csrf)
    calls = {
        f"/api/conversations/{conversation}/appointments": {
            "place": KIM_DIZ, "starts_at": WEDNESDAY_NINE.isoformat(),
        },
        f"/api/appointments/{appointment}/mark": {"status": "missed"},
        f"/api/appointments/{appointment}/cancel": None,
    }  # fmt: skip
    for url, body in calls.items():
        for headers in ({}, {"X-CSRF-Token": "forged"}):
            response = await aylin.client.post(url, json=body, headers=headers)
            assert response.status_code == 403, (url, headers)
    async with console.database.session() as repo:
        stored = await repo.appointments.get(appointment)
        assert stored is not None and stored.status == "booked"
        assert await repo.outbox.pending_count() == 1, "only the first booking"
    # Logged out, the pages send to the login and the API answers 401.
    anonymous = console.agent()
    async with anonymous.client:
        page = await anonymous.client.get("/appointments")
        assert page.status_code == 303 and page.headers["location"].startswith("/login")
        assert (await anonymous.client.get("/api/appointments?place=kim/diz")).status_code == 401


async def test_what_a_young_person_wrote_is_shown_as_text(
    console: ConsoleUnderTest, aylin: Agent
) -> None:
    conversation = await person(console, "8701", "de", name=SCRIPT)
    await book(aylin, conversation, WEDNESDAY_NINE, f"Thema {SCRIPT}")
    appointment = await latest_id(console)
    for url in (
        f"/appointments?place=kim/diz&day={WEDNESDAY}",
        f"/appointments?place=kim/diz&day={WEDNESDAY}&view=week",
        f"/appointments/parts?place=kim/diz&day={WEDNESDAY}",
        f"/appointments/{appointment}/cancel",
        f"/conversations/{conversation}",
        f"/conversations/{conversation}/parts",
    ):
        html = (await aylin.client.get(url)).text
        assert "<script>window" not in html, url
        assert "&lt;script&gt;window.pwned=1&lt;/script&gt;" in html, url
    api = (await aylin.client.get(f"/api/appointments?place=kim/diz&day={WEDNESDAY}")).json()
    [entry] = api["days"][0]["appointments"]
    assert entry["person"]["name"] == SCRIPT and entry["topic"] == f"Thema {SCRIPT}", "as stored"


async def test_the_texts_of_every_state_exist_in_every_language(texts: Texts) -> None:
    keys = [f"console-appt-status-{s.value}" for s in AppointmentStatus]
    keys += [f"console-appt-{d}-{v}" for d in ("previous", "next") for v in ("day", "week")]
    keys += [f"console-error-{r}" for r in (
        "too-long", "no-slot", "slot-full", "already-booked", "not-booked", "past", "not-yet",
        "bad-status",
    )]  # fmt: skip
    for lang in SUPPORTED_LANGUAGES:
        for key in keys:
            assert texts(lang, key).strip(), (lang, key)


async def test_without_a_bookable_place_the_page_says_so(console: ConsoleUnderTest) -> None:
    for email, contact_points in (("justiq@example.org", ["justiq"]), ("neu@example.org", [])):
        async with console.new_agent(email, "Mia", contact_points) as agent:
            await agent.log_in(email)
            page = await agent.client.get("/appointments")
            assert page.status_code == 200
            assert "Keine deiner Anlaufstellen bietet Termine an." in page.text
            assert "data-refresh" not in page.text
            assert ("Du gehörst noch zu keiner Anlaufstelle" in page.text) == (not contact_points)
            assert (await agent.client.get("/api/appointment-places")).json() == []
    assert await log_of(console, "view_appointments") == []

    # JUSTiQ takes no appointments: its conversations offer none to book.
    conversation = await handed_over(console.database, "justiq", chat="8799")
    agent = console.agent()
    async with agent.client:
        await agent.log_in("justiq@example.org")
        page = await agent.client.get(f"/conversations/{conversation}")
        assert "Für dieses Gespräch gibt es keinen Ort mit Terminen." in page.text
        assert 'name="slot"' not in page.text
        offer = (await agent.client.get(f"/api/conversations/{conversation}/appointments")).json()
        assert offer == {"upcoming": [], "bookable": []}


async def test_the_console_speaks_the_caseworkers_language(
    console: ConsoleUnderTest, aylin: Agent
) -> None:
    conversation = await person(console, "8801", "de")
    await book(aylin, conversation, WEDNESDAY_NINE)
    aylin.client.cookies.set("uli_console_lang", "ar")
    page = await aylin.client.get(f"/appointments?place=kim/diz&day={WEDNESDAY}&view=week")
    assert 'dir="rtl"' in page.text and "المواعيد" in page.text
    assert "الأربعاء" in page.text and "محجوز" in page.text
    aylin.client.cookies.set("uli_console_lang", "en")
    page = await aylin.client.get(f"/conversations/{conversation}")
    assert "Book an appointment" in page.text and "Wed, Nov 25 09:00" in page.text


# -- the JSON API ---------------------------------------------------------------------------


async def test_the_api_lists_books_cancels_and_marks(
    console: ConsoleUnderTest, aylin: Agent, phone: Phone, outbox: OutboxSender
) -> None:
    conversation = await person(console, "8901", "fa", name="Sara")
    headers = {"X-CSRF-Token": aylin.csrf}
    [place] = (await aylin.client.get("/api/appointment-places")).json()
    assert place == {
        "key": KIM_DIZ, "contact_point": KIM, "place": "diz", "name": "KIM-Beratungsbüro im DIZ",
        "address": "Josef-Schregel-Str. 31, 52349 Düren", "timezone": "Europe/Berlin",
    }  # fmt: skip

    offer = (await aylin.client.get(f"/api/conversations/{conversation}/appointments")).json()
    assert offer["upcoming"] == []
    [bookable] = offer["bookable"]
    assert bookable["place"]["key"] == KIM_DIZ
    assert bookable["free"][0] == {
        "starts_at": "2026-11-24T10:00:00Z", "ends_at": "2026-11-24T11:00:00Z",
        "capacity": 2, "booked": 0, "free": 2,
    }  # fmt: skip
    assert len({f["starts_at"][:10] for f in bookable["free"]}) == 10, "weekdays of 14 days"

    created = await aylin.client.post(
        f"/api/conversations/{conversation}/appointments",
        json={"place": KIM_DIZ, "starts_at": "2026-11-25T08:00:00Z", "topic": "Wohnung"},
        headers=headers,
    )
    assert created.status_code == 201
    booked = created.json()
    assert {k: booked[k] for k in ("place", "starts_at", "ends_at", "status", "topic")} == {
        "place": KIM_DIZ, "starts_at": "2026-11-25T08:00:00Z",
        "ends_at": "2026-11-25T09:00:00Z", "status": "booked", "topic": "Wohnung",
    }  # fmt: skip
    assert booked["conversation_id"] == conversation and booked["cancelled_at"] is None
    assert await outbox.deliver_due() == 1
    assert "تیم برایت یک وقت ملاقات رزرو کرد" in phone.texts("8901")[0], "in Persian"

    listed = (
        await aylin.client.get(f"/api/appointments?place={KIM_DIZ}&day={WEDNESDAY}&days=7")
    ).json()
    assert listed["place"]["key"] == KIM_DIZ and len(listed["days"]) == 7
    wednesday = listed["days"][0]
    assert wednesday["day"] == WEDNESDAY
    [entry] = wednesday["appointments"]
    assert entry["id"] == booked["id"] and entry["booked_by"] == "Aylin K."
    assert entry["person"]["name"] == "Sara" and entry["person"]["language"] == "fa"
    assert entry["person"]["pseudonym"] and entry["latest_conversation_id"] == conversation
    assert wednesday["free"][0]["starts_at"] == "2026-11-25T08:00:00Z"
    assert wednesday["free"][0]["free"] == 1
    today = (await aylin.client.get(f"/api/appointments?place={KIM_DIZ}")).json()
    assert [d["day"] for d in today["days"]] == [TUESDAY], "today by default"

    upcoming = (await aylin.client.get(f"/api/conversations/{conversation}/appointments")).json()
    assert [a["id"] for a in upcoming["upcoming"]] == [booked["id"]]

    # Refusals are 409 with the reason; bad input 422.
    again = await aylin.client.post(
        f"/api/conversations/{conversation}/appointments",
        json={"place": KIM_DIZ, "starts_at": "2026-11-25T09:00:00+01:00"},  # the same slot
        headers=headers,
    )
    assert again.status_code == 409 and again.json()["detail"]["reason"] == "already-booked"
    early = await aylin.client.post(
        f"/api/appointments/{booked['id']}/mark", json={"status": "attended"}, headers=headers
    )
    assert early.status_code == 409 and early.json()["detail"]["reason"] == "not-yet"
    for body in (
        {"place": KIM_DIZ, "starts_at": "2026-11-25T08:00:00"},  # no time zone
        {"place": KIM_DIZ, "starts_at": "morgen"},
        {"place": KIM_DIZ},
    ):
        response = await aylin.client.post(
            f"/api/conversations/{conversation}/appointments", json=body, headers=headers
        )
        assert response.status_code == 422, body
    for query in ("place=kim/diz&days=0", "place=kim/diz&days=32", "place=kim/diz&day=x", ""):
        assert (await aylin.client.get(f"/api/appointments?{query}")).status_code == 422, query
    bad = await aylin.client.post(
        f"/api/appointments/{booked['id']}/mark", json={"status": "cancelled"}, headers=headers
    )
    assert bad.status_code == 422

    cancelled = await aylin.client.post(f"/api/appointments/{booked['id']}/cancel", headers=headers)
    assert cancelled.status_code == 200
    assert cancelled.json()["status"] == "cancelled"
    assert cancelled.json()["cancelled_at"] == "2026-11-24T09:00:00Z"
    twice = await aylin.client.post(f"/api/appointments/{booked['id']}/cancel", headers=headers)
    assert twice.status_code == 409 and twice.json()["detail"]["reason"] == "not-booked"
    await outbox.deliver_due()
    assert "متأسفانه تیم مجبور شد وقتت" in phone.texts("8901")[-1]

    # Marking: today's appointment, once it has begun.
    today_slot = await aylin.client.post(
        f"/api/conversations/{conversation}/appointments",
        json={"place": KIM_DIZ, "starts_at": "2026-11-24T11:00:00Z"},
        headers=headers,
    )
    console.clock.now = dt.datetime(2026, 11, 24, 11, 20, tzinfo=dt.UTC)
    mark_url = f"/api/appointments/{today_slot.json()['id']}/mark"
    late = await aylin.client.post(
        f"/api/appointments/{today_slot.json()['id']}/cancel", headers=headers
    )
    assert late.status_code == 409 and late.json()["detail"]["reason"] == "past"
    marked = await aylin.client.post(mark_url, json={"status": "missed"}, headers=headers)
    assert marked.status_code == 200 and marked.json()["status"] == "missed"
    assert [e.action for e in await log_of(console, "appointment_mark")] == ["appointment_mark"]
    assert len(await log_of(console, "appointment_book")) == 2
    assert len(await log_of(console, "appointment_cancel")) == 1


async def test_the_api_is_described_in_openapi(console: ConsoleUnderTest, aylin: Agent) -> None:
    schema = (await aylin.client.get("/openapi.json")).json()
    paths = schema["paths"]
    assert set(paths["/api/appointments"]) == {"get"}
    assert set(paths["/api/conversations/{conversation_id}/appointments"]) == {"get", "post"}
    for action in ("cancel", "mark"):
        operation = paths[f"/api/appointments/{{appointment_id}}/{action}"]["post"]
        assert {"404", "409"} <= set(operation["responses"]), action
    assert "/appointments" not in paths, "the pages are not part of the API"
    assert schema["components"]["schemas"]["MarkIn"]["properties"]["status"]["enum"] == [
        "attended", "missed",
    ]  # fmt: skip
