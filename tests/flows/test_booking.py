"""Booking, moving and cancelling an appointment in the chat, by buttons, on SQLite and
PostgreSQL. The clock is Monday 30 November 2026, 14:30 in Berlin: the DIZ in Düren books
Tuesdays and Thursdays 09:00-15:00 with 24 hours' notice, so the first free day is Thursday."""

from __future__ import annotations

import datetime as dt

from flows.conversation.engine import Engine
from flows.knowledge.catalogue import Catalogue
from flows.vocabulary.events import InboundKind
from flows.vocabulary.texts import Texts
from storage import Database
from tests.example import cp
from tests.flows.chat import Chat, chosen
from tests.flows.conftest import Clock

THURSDAY_TEN = "bk:y:diz:202612030900:-"
"""Thursday 3 December, 10:00 in Berlin (09:00 UTC), no topic."""


def unfolded(ics: str) -> dict[str, str]:
    """The properties of a one-event iCalendar text (RFC 5545: CRLF, folded lines)."""
    assert "\r\n" in ics and all(len(line.encode()) <= 75 for line in ics.split("\r\n"))
    lines = ics.replace("\r\n ", "").split("\r\n")
    return dict(line.split(":", 1) for line in lines if ":" in line)


async def book_thursday_ten(chat: Chat) -> None:
    await chat.says("/book")
    await chat.taps("Donnerstag")
    await chat.taps("10:00")
    await chat.taps("Überspringen")
    await chat.taps("Ja, buchen")


async def test_booking_by_buttons_in_german_with_the_facts_from_the_file(engine: Engine) -> None:
    chat = await chosen(engine, "lena", "teilhabe", "de")
    assert "📅 Termin" in chat.labels()
    await chat.taps("📅 Termin")
    assert "Wann passt es dir?" in chat.text
    assert "Donnerstag 3. Dezember" in chat.labels()
    assert not any("Dienstag 1. Dezember" in label for label in chat.labels()), "24 h notice"
    assert "einfach ohne Termin vorbei" in chat.text and "Jülich" in chat.text
    await chat.taps("Donnerstag")
    assert "09:00" in chat.labels() and "14:00" in chat.labels()
    await chat.taps("10:00")
    assert "Ausbildung/Arbeit" in " ".join(chat.labels())
    await chat.taps("Überspringen")
    assert "Donnerstag 3. Dezember um 10:00" in chat.text
    await chat.taps("Ja, buchen")
    text = chat.text
    assert "Dein Termin ist gebucht" in text
    assert "Donnerstag 3. Dezember um 10:00 Uhr" in text
    assert "DIZ – Dürener Integrationszentrum, Josef-Schregel-Str. 31, 52349 Düren" in text
    assert "Duldung oder Gestattung" in text, "what to bring, from the file"
    assert "/appointments" in text
    assert {"🔁 Verschieben", "❌ Absagen", "📅 Kalenderdatei"} <= set(chat.labels())
    [booked] = await chat.upcoming()
    assert booked.starts_at == dt.datetime(2026, 12, 3, 9, 0, tzinfo=dt.UTC)
    assert booked.topic is None, "the topic was skipped"


async def test_booking_in_arabic_right_to_left_with_a_topic(engine: Engine) -> None:
    chat = await chosen(engine, "amal", "teilhabe", "ar")
    await chat.taps("📅 موعد")
    assert chat.last[0].rtl and chat.last[0].text.startswith("\u200f")
    await chat.presses(chat.buttons()[0].payload)
    await chat.taps("10:00")
    await chat.taps("الإقامة/الأوراق")
    await chat.taps("نعم، احجز")
    assert "تم حجز موعدك" in chat.text and "Josef-Schregel-Str. 31" in chat.text
    assert "Duldung" in chat.text
    [booked] = await chat.upcoming()
    assert booked.topic == "📄 Aufenthalt/Papiere", "the team reads the topic in German"


async def test_the_calendar_file_holds_the_appointment_in_utc(engine: Engine) -> None:
    chat = await chosen(engine, "jonas", "teilhabe", "de")
    await book_thursday_ten(chat)
    await chat.taps("Kalenderdatei")
    document = chat.last[0].document
    assert document is not None and document.filename.endswith(".ics")
    event = unfolded(document.content)
    assert event["BEGIN"] in ("VCALENDAR", "VEVENT") and event["VERSION"] == "2.0"
    assert event["DTSTART"] == "20261203T090000Z" and event["DTEND"] == "20261203T100000Z"
    assert "Josef-Schregel-Str. 31" in event["LOCATION"]
    assert event["UID"].startswith("appointment-") and event["DTSTAMP"].endswith("Z")
    assert "Teilhabe" in event["SUMMARY"] or "Termin" in event["SUMMARY"]


async def test_move_takes_the_new_slot_and_frees_the_old(engine: Engine) -> None:
    chat = await chosen(engine, "sami", "teilhabe", "de")
    await book_thursday_ten(chat)
    await chat.taps("Verschieben")
    assert "Wann passt es dir?" in chat.text
    await chat.taps("Donnerstag")
    await chat.taps("13:00")
    assert "verschieben auf Donnerstag 3. Dezember um 13:00" in chat.text
    await chat.taps("Ja, verschieben")
    assert "verschoben" in chat.text and "13:00 Uhr" in chat.text
    upcoming = await chat.upcoming()
    assert [a.starts_at.hour for a in upcoming] == [12], "13:00 Berlin, the old one cancelled"


async def test_cancel_asks_first_and_appointments_lists_ones_own(engine: Engine) -> None:
    chat = await chosen(engine, "mira", "teilhabe", "de")
    await chat.says("/appointments")
    assert "keine Termine" in chat.text
    await book_thursday_ten(chat)
    other = await chosen(engine, "tom", "teilhabe", "de")
    await other.says("/appointments")
    assert "keine Termine" in other.text, "only one's own"

    await chat.says("/appointments")
    assert "Donnerstag 3. Dezember um 10:00 Uhr" in chat.text
    await chat.taps("Absagen")
    assert "wirklich absagen" in chat.text
    await chat.taps("Nein, behalten")
    assert "bleibt" in chat.text
    await chat.taps("Absagen")
    await chat.taps("Ja, absagen")
    assert "ist abgesagt" in chat.text
    await chat.says("/appointments")
    assert "keine Termine" in chat.text


async def test_forged_and_stale_payloads_get_other_slots_never_a_crash(engine: Engine) -> None:
    chat = await chosen(engine, "eve", "teilhabe", "de")
    for payload in (
        "bk:y:diz:202612010900:-",  # Tuesday 10:00: inside the notice
        "bk:y:diz:202612030915:-",  # not a slot's start
        "bk:y:nowhere:202612030900:-",
        "bk:t:diz:20261303",
        "bk:zz",
        "bk:d:diz:99999999",
    ):
        await chat.presses(payload)
        assert "nicht mehr frei" in chat.text, payload
        assert any("Donnerstag" in label for label in chat.labels()), payload
    await book_thursday_ten(chat)
    mallory = await chosen(engine, "mallory", "teilhabe", "de")
    [booked] = await chat.upcoming()
    for payload in (
        f"bk:xx:{booked.id}",
        f"bk:c:{booked.id}",
        f"bk:y:diz:202612031200:-:{booked.id}",
    ):
        await mallory.presses(payload)
        assert "finde ich nicht" in mallory.text, payload
        assert mallory.last[0].document is None
    await chat.says("/appointments")
    assert "10:00 Uhr" in chat.text, "eve's appointment is untouched"


async def test_a_slot_taken_meanwhile_gets_sorry_and_fresh_times(engine: Engine) -> None:
    chat = await chosen(engine, "kai", "teilhabe", "de")
    await chat.taps("Termin")
    await chat.taps("Donnerstag")
    await chat.taps("10:00")
    await chat.taps("Überspringen")
    for name in ("ana", "ben"):  # the slot takes two
        other = await chosen(engine, name, "teilhabe", "de")
        await other.presses(THURSDAY_TEN)
        assert "gebucht" in other.text
    await chat.taps("Ja, buchen")
    assert "jemand war schneller" in chat.text
    assert "09:00" in chat.labels() and "10:00" not in chat.labels()


async def test_typed_wish_and_command_start_the_booking(engine: Engine) -> None:
    chat = await chosen(engine, "lia", "teilhabe", "de")
    await chat.says("kann ich dienstag vorbeikommen?")
    # Tuesday's last slot starts before the 24 hours' notice are up.
    assert "Für morgen, Dienstag 1. Dezember ist leider kein Termin mehr frei" in chat.text
    assert "Wann passt es dir?" in chat.text
    assert any("Donnerstag" in label for label in chat.labels())
    await chat.says("kann ich am donnerstag einen termin haben?")
    assert "Welche Uhrzeit passt dir – Donnerstag 3. Dezember?" in chat.text, "the day named"
    assert "09:00" in chat.labels() and "14:00" in chat.labels()
    # Less clear (book or cancel?): Uli asks, and the appointment topic starts the booking.
    await chat.says("kann ich dienstag kommen?")
    await chat.taps("📅 Termin")
    assert "Wann passt es dir?" in chat.text
    await chat.presses("ask:cancel_appointment")
    assert "keine Termine" in chat.text, "wanting to cancel shows one's appointments"
    await chat.says("/book")
    assert "Wann passt es dir?" in chat.text


async def test_without_bookable_places_the_team_is_named_instead(engine: Engine) -> None:
    chat = await chosen(engine, "noa", "justiq", "de")
    assert "📅 Termin" not in chat.labels()
    await chat.says("/book")
    assert "Wann passt es dir?" not in chat.text
    assert "Für einen Termin" in chat.text, "who to ask instead"
    await chat.sends(InboundKind.sticker)


async def test_mydata_lists_the_appointments(engine: Engine) -> None:
    chat = await chosen(engine, "ida", "teilhabe", "de")
    await book_thursday_ten(chat)
    await chat.says("/mydata")
    document = chat.last[0].document
    assert (
        document is not None
        and "Termin: 2026-12-03 10:00, DIZ – Dürener Integrationszentrum (gebucht)"
        in document.content
    )


async def test_several_bookable_places_are_chosen_first(
    database: Database, catalogue: Catalogue, texts: Texts, clock: Clock
) -> None:
    # Jülich takes bookings too here, with the DIZ's block but no appointment hours of its own.
    teilhabe = cp(catalogue, "teilhabe")
    diz, juelich = teilhabe.places
    both = teilhabe.model_copy(
        update={"places": [diz, juelich.model_copy(update={"appointments": diz.appointments})]}
    )
    others = [c for c in catalogue.contact_points if c.id != "teilhabe"]
    two = catalogue.model_copy(update={"contact_points": [both, *others]})
    chat = await chosen(Engine(two, texts, database, clock=clock), "pia", "teilhabe", "de")
    await chat.taps("📅 Termin")
    assert "Wo möchtest du" in chat.text
    assert {"DIZ – Dürener Integrationszentrum", "Sprechstunde Jülich"} <= set(chat.labels())
    await chat.taps("Sprechstunde Jülich")
    assert "keine Termine frei" in chat.text, "no appointment hours there: honestly none"
    assert "einfach ohne Termin vorbei: heute, Montag 30. November, 14:00–16:00" in chat.text
    assert "🙋 Mit einem Menschen sprechen" in chat.labels(), "never a dead end"
    await chat.taps("📅 Termin")
    await chat.taps("DIZ")
    assert "Freie Termine bei DIZ" in chat.text
