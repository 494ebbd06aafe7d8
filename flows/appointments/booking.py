"""Booking, moving and cancelling an appointment in the chat: the payloads and the words.

The steps here stay pure: a tap becomes a `BookingRequest` on the `Outcome`, and the engine
(flows/conversation/booking.py) reads the booked counts or books, then asks `BookingView` for the
replies. Everything the conversation needs travels in the button payloads ("bk:…"), so no
half-made booking is kept in the database and an old button is checked against today's
slots when it is tapped.

Payloads (at most 64 bytes; times in UTC as yyyymmddHHMM, days as the local yyyymmdd):
  bk:start                             book: the place (if several) or the days
  bk:p:<place>[:<move>]                the free days at a place (moving appointment <move>)
  bk:d:<place>:<yyyymmdd>[:<move>]     the free times of a day
  bk:t:<place>:<utc>                   the topic choice
  bk:s:<place>:<utc>:<topic>[:<move>]  the summary to confirm
  bk:y:<place>:<utc>:<topic>[:<move>]  book (or move) now
  bk:l                                 one's upcoming appointments
  bk:x:<id> / bk:xx:<id> / bk:k:<id>   ask to cancel / cancel / keep
  bk:c:<id>                            the calendar file
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum
from typing import Protocol

from flows.appointments import reminder_times
from flows.knowledge import answers
from flows.knowledge.catalogue import Catalogue, ContactPoint, Place
from flows.knowledge.hours import Window
from flows.knowledge.slots import Slot
from flows.vocabulary.events import Button, Document, Reply, Rows
from flows.vocabulary.formatting import clock, day_label
from flows.vocabulary.languages import RTL_LANGUAGES
from flows.vocabulary.texts import Texts, directed
from storage import Repository
from storage.appointments import Appointment


class Viewer(Protocol):
    """Whom a booking reply is for: their language, and the moment it is written (a
    conversation's `Turn`, or an `Audience` when the team or a reminder writes)."""

    @property
    def lang(self) -> str: ...

    @property
    def now(self) -> dt.datetime: ...


@dataclass(frozen=True, slots=True)
class Audience:
    lang: str
    now: dt.datetime


PREFIX = "bk"
FOLLOW_UP_KINDS = ("follow_up_attended", "follow_up_missed")
"""The scheduled messages a new booking makes pointless (flows.appointments.follow_ups)."""
STAMP = "%Y%m%d%H%M"
DAY = "%Y%m%d"
DAY_BUTTONS = 6
TOPICS = {"w": "booking-topic-work", "p": "booking-topic-papers", "h": "booking-topic-housing"}
TOPICS["o"] = "booking-topic-other"
SKIP = "-"
"""The topic code of "skip": no topic is stored."""


class Action(StrEnum):
    start = "start"
    days = "p"
    times = "d"
    topic = "t"
    summary = "s"
    book = "y"
    listing = "l"
    ask_cancel = "x"
    cancel = "xx"
    keep = "k"
    calendar = "c"
    forged = "?"
    """A payload that does not parse: answered like a slot that is gone."""


@dataclass(frozen=True, slots=True)
class BookingRequest:
    """What the engine is to look up or do for one booking step."""

    action: Action
    place_id: str = ""
    day: dt.date | None = None
    start: dt.datetime | None = None
    """A slot's start, in UTC."""
    topic: str = SKIP
    appointment_id: int | None = None
    """The appointment to move, cancel or put in a calendar file."""


@dataclass(frozen=True, slots=True)
class Booked:
    """An appointment as the view shows it (storage's row, without the database)."""

    id: int
    place_id: str
    start: dt.datetime
    end: dt.datetime


def stamp(moment: dt.datetime) -> str:
    return moment.astimezone(dt.UTC).strftime(STAMP)


def _number(text: str) -> int | None:
    return int(text) if text.isdigit() and len(text) < 12 else None


def parse(arg: str) -> BookingRequest:
    """The request of a "bk:" payload's argument; anything malformed is `forged`."""
    op, *rest = arg.split(":")
    try:
        if op == Action.start:
            return BookingRequest(Action.start)
        if op == Action.listing:
            return BookingRequest(Action.listing)
        if op in (Action.ask_cancel, Action.cancel, Action.keep, Action.calendar) and rest:
            number = _number(rest[0])
            if number is not None:
                return BookingRequest(Action(op), appointment_id=number)
        if op == Action.days and rest:
            return BookingRequest(Action.days, rest[0], appointment_id=_move(rest[1:]))
        if op == Action.times and len(rest) >= 2:
            day = dt.datetime.strptime(rest[1], DAY).date()
            return BookingRequest(Action.times, rest[0], day=day, appointment_id=_move(rest[2:]))
        if op in (Action.topic, Action.summary, Action.book) and len(rest) >= 2:
            start = dt.datetime.strptime(rest[1], STAMP).replace(tzinfo=dt.UTC)
            topic = rest[2] if len(rest) > 2 and rest[2] in (*TOPICS, SKIP) else SKIP
            return BookingRequest(
                Action(op), rest[0], start=start, topic=topic, appointment_id=_move(rest[3:])
            )
    except ValueError:
        pass
    return BookingRequest(Action.forged)


def _move(rest: list[str]) -> int | None:
    return _number(rest[0]) if rest else None


class BookingView:
    """The replies of each booking step, in the person's language, from looked-up facts."""

    def __init__(self, texts: Texts) -> None:
        self.t = texts

    def reply(self, turn: Viewer, text: str, buttons: Rows = ()) -> Reply:
        return Reply(
            text=directed(text, turn.lang), buttons=buttons, rtl=turn.lang in RTL_LANGUAGES
        )

    def _menu_row(self, lang: str) -> tuple[Button, ...]:
        return (Button(self.t(lang, "button-menu"), "m:menu"),)

    def _when(self, turn: Viewer, cp: ContactPoint, start: dt.datetime) -> tuple[str, str]:
        local = start.astimezone(cp.zone)
        today = turn.now.astimezone(cp.zone).date()
        return answers.day_name(self.t, turn.lang, local.date(), today), clock(local, turn.lang)

    def places(self, turn: Viewer, places: list[Place], lead: str = "") -> Reply:
        lang = turn.lang
        rows = tuple((Button(p.name.get(lang), f"bk:p:{p.id}"),) for p in places)
        text = "\n\n".join(p for p in (lead, self.t(lang, "booking-choose-place")) if p)
        return self.reply(turn, text, (*rows, self._menu_row(lang)))

    def days(
        self,
        turn: Viewer,
        cp: ContactPoint,
        place: Place,
        days: list[dt.date],
        drop_in: Window | None,
        move: int | None = None,
        lead: str = "",
    ) -> Reply:
        t, lang = self.t, turn.lang
        lines = [lead] if lead else []
        if days:
            lines.append(t(lang, "booking-choose-day", place=place.name.get(lang)))
        else:
            lines.append(t(lang, "booking-no-days"))
        if drop_in is not None:
            today = turn.now.astimezone(cp.zone).date()
            day = answers.day_name(t, lang, drop_in.start.date(), today)
            line = answers.window_line(t, lang, cp, drop_in)
            lines.append(t(lang, "booking-drop-in", day=day, line=line))
        suffix = f":{move}" if move is not None else ""
        buttons = [
            Button(day_label(day, lang), f"bk:d:{place.id}:{day.strftime(DAY)}{suffix}")
            for day in days[:DAY_BUTTONS]
        ]
        rows = tuple(tuple(buttons[i : i + 2]) for i in range(0, len(buttons), 2))
        if not days:
            # Never a dead end: another place (if any) or a person.
            rows = (
                (Button(t(lang, "button-book"), "bk:start"),),
                (Button(t(lang, "button-person"), "m:person"),),
            )
        return self.reply(turn, "\n\n".join(lines), (*rows, self._menu_row(lang)))

    def times(
        self, turn: Viewer, cp: ContactPoint, slots: list[Slot], move: int | None = None
    ) -> Reply:
        t, lang = self.t, turn.lang
        day, _ = self._when(turn, cp, slots[0].start)
        # A new booking asks for the topic next; a move goes straight to the summary.
        op, tail = ("s", f":{SKIP}:{move}") if move is not None else ("t", "")
        buttons = [
            Button(clock(s.start, lang), f"bk:{op}:{s.place_id}:{stamp(s.start)}{tail}")
            for s in slots
        ]
        rows = tuple(tuple(buttons[i : i + 3]) for i in range(0, len(buttons), 3))
        back = Button(t(lang, "booking-other-day"), f"bk:p:{slots[0].place_id}")
        return self.reply(turn, t(lang, "booking-choose-time", day=day), (*rows, (back,)))

    def topics(self, turn: Viewer, slot: Slot) -> Reply:
        t, lang = self.t, turn.lang
        base = f"bk:s:{slot.place_id}:{stamp(slot.start)}"
        buttons = [Button(t(lang, key), f"{base}:{code}") for code, key in TOPICS.items()]
        rows = tuple(tuple(buttons[i : i + 2]) for i in range(0, len(buttons), 2))
        skip = (Button(t(lang, "booking-topic-skip"), f"{base}:{SKIP}"),)
        return self.reply(turn, t(lang, "booking-choose-topic"), (*rows, skip))

    def summary(
        self, turn: Viewer, cp: ContactPoint, slot: Slot, topic: str, move: int | None
    ) -> Reply:
        t, lang = self.t, turn.lang
        day, time = self._when(turn, cp, slot.start)
        place = cp.place(slot.place_id)
        name = place.name.get(lang) if place else slot.place_id
        key, yes = (
            ("booking-check-move", "booking-yes-move")
            if move is not None
            else ("booking-check", "booking-yes")
        )
        tail = f":{move}" if move is not None else ""
        confirm = Button(t(lang, yes), f"bk:y:{slot.place_id}:{stamp(slot.start)}:{topic}{tail}")
        other = Button(t(lang, "booking-other-time"), f"bk:p:{slot.place_id}{tail}")
        text = t(lang, key, day=day, time=time, place=name)
        return self.reply(turn, text, ((confirm,), (other,)))

    def confirmation(self, turn: Viewer, cp: ContactPoint, booked: Booked, moved: bool) -> Reply:
        """Everything needed to get there: when, where, what to bring, how to change it."""
        lead = self.t(turn.lang, "booking-moved" if moved else "booking-booked")
        return self._announce(turn, cp, booked, lead, "booking-change")

    def booked_by_team(self, turn: Viewer, cp: ContactPoint, booked: Booked) -> Reply:
        """A caseworker booked it for the young person (from the console)."""
        lead = self.t(turn.lang, "booking-by-team")
        return self._announce(turn, cp, booked, lead, "booking-change")

    def reminder(self, turn: Viewer, cp: ContactPoint, booked: Booked) -> Reply:
        day, time = self._when(turn, cp, booked.start)
        lead = self.t(turn.lang, "reminder-title", day=day, time=time)
        return self._announce(turn, cp, booked, lead, "reminder-change", when=False)

    def cancelled_by_team(self, turn: Viewer, cp: ContactPoint, booked: Booked) -> Reply:
        t, lang = self.t, turn.lang
        day, time = self._when(turn, cp, booked.start)
        buttons = (
            (Button(t(lang, "button-book"), "bk:start"),),
            (Button(t(lang, "button-person"), "m:person"),),
        )
        return self.reply(turn, t(lang, "booking-cancelled-by-team", day=day, time=time), buttons)

    def _announce(
        self,
        turn: Viewer,
        cp: ContactPoint,
        booked: Booked,
        lead: str,
        closing: str,
        *,
        when: bool = True,
    ) -> Reply:
        """`lead`, when, where, what to bring, the text of key `closing`, and the buttons to
        move, cancel and get a calendar file."""
        t, lang = self.t, turn.lang
        day, time = self._when(turn, cp, booked.start)
        place = cp.place(booked.place_id)
        lines = [lead, ""]
        if when:
            lines.append(t(lang, "booking-when", day=day, time=time))
        if place is not None:
            lines.append(
                t(lang, "booking-where", place=place.name.get(lang), address=place.address or "")
            )
            if place.appointments is not None and place.appointments.bring is not None:
                lines.append(t(lang, "booking-bring", list=place.appointments.bring.get(lang)))
        lines += ["", t(lang, closing)]
        return self.reply(turn, "\n".join(lines), self.manage_rows(lang, booked))

    def manage_rows(self, lang: str, booked: Booked) -> Rows:
        t = self.t
        return (
            (
                Button(t(lang, "booking-move"), f"bk:p:{booked.place_id}:{booked.id}"),
                Button(t(lang, "booking-cancel"), f"bk:x:{booked.id}"),
            ),
            (Button(t(lang, "booking-calendar"), f"bk:c:{booked.id}"),),
        )

    def listing(self, turn: Viewer, cp: ContactPoint | None, upcoming: list[Booked]) -> list[Reply]:
        t, lang = self.t, turn.lang
        if not upcoming or cp is None:
            return [self.reply(turn, t(lang, "booking-list-empty"), (self._menu_row(lang),))]
        replies = [self.reply(turn, t(lang, "booking-list-title"))]
        for booked in upcoming:
            day, time = self._when(turn, cp, booked.start)
            place = cp.place(booked.place_id)
            name = place.name.get(lang) if place else booked.place_id
            text = t(lang, "booking-list-item", day=day, time=time, place=name)
            replies.append(self.reply(turn, text, self.manage_rows(lang, booked)))
        return replies

    def ask_cancel(self, turn: Viewer, cp: ContactPoint, booked: Booked) -> Reply:
        t, lang = self.t, turn.lang
        day, time = self._when(turn, cp, booked.start)
        buttons = (
            (Button(t(lang, "booking-cancel-yes"), f"bk:xx:{booked.id}"),),
            (Button(t(lang, "booking-cancel-no"), f"bk:k:{booked.id}"),),
        )
        return self.reply(turn, t(lang, "booking-cancel-ask", day=day, time=time), buttons)

    def cancelled(self, turn: Viewer, cp: ContactPoint, booked: Booked) -> Reply:
        day, time = self._when(turn, cp, booked.start)
        text = self.t(turn.lang, "booking-cancelled", day=day, time=time)
        return self.reply(turn, text, (self._menu_row(turn.lang),))

    def kept(self, turn: Viewer, booked: Booked) -> Reply:
        return self.reply(
            turn, self.t(turn.lang, "booking-kept"), self.manage_rows(turn.lang, booked)
        )

    def not_found(self, turn: Viewer) -> Reply:
        return self.reply(
            turn, self.t(turn.lang, "booking-not-found"), (self._menu_row(turn.lang),)
        )

    def calendar(self, turn: Viewer, cp: ContactPoint, booked: Booked, now: dt.datetime) -> Reply:
        place = cp.place(booked.place_id)
        name = place.name.get(turn.lang) if place else booked.place_id
        location = ", ".join(p for p in (name, place.address if place else None) if p)
        summary = self.t(turn.lang, "booking-ics-summary", name=cp.name.get(turn.lang))
        bring = place.appointments.bring if place and place.appointments else None
        content = icalendar(
            uid=f"appointment-{booked.id}-{cp.id}@uli",
            start=booked.start,
            end=booked.end,
            now=now,
            summary=summary,
            location=location,
            description=bring.get(turn.lang) if bring else "",
        )
        caption = self.reply(turn, self.t(turn.lang, "booking-calendar-caption"))
        return Reply(
            text=caption.text,
            rtl=caption.rtl,
            document=Document(f"termin-{booked.id}.ics", content),
        )


# -- iCalendar (RFC 5545), written by hand: one event needs no library -------------------------


def _ics_text(value: str) -> str:
    # RFC 5545 3.3.11: backslash, semicolon, comma and newlines are escaped in TEXT values.
    value = value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
    return value.replace("\r\n", "\\n").replace("\n", "\\n")


def _fold(line: str) -> list[str]:
    """RFC 5545 3.1: lines of at most 75 octets; continuations start with one space. Cut
    between characters, never inside a multi-byte one."""
    parts: list[str] = []
    current, size, limit = "", 0, 75
    for char in line:
        width = len(char.encode())
        if size + width > limit:
            parts.append(current)
            current, size, limit = " ", 1, 75
        current += char
        size += width
    parts.append(current)
    return parts


def _ics_time(moment: dt.datetime) -> str:
    return moment.astimezone(dt.UTC).strftime("%Y%m%dT%H%M%SZ")


def icalendar(
    *,
    uid: str,
    start: dt.datetime,
    end: dt.datetime,
    now: dt.datetime,
    summary: str,
    location: str,
    description: str = "",
) -> str:
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//Uli//Appointments//EN",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
        "BEGIN:VEVENT",
        f"UID:{uid}",
        f"DTSTAMP:{_ics_time(now)}",
        f"DTSTART:{_ics_time(start)}",
        f"DTEND:{_ics_time(end)}",
        f"SUMMARY:{_ics_text(summary)}",
        f"LOCATION:{_ics_text(location)}",
        *([f"DESCRIPTION:{_ics_text(description)}"] if description else []),
        "END:VEVENT",
        "END:VCALENDAR",
    ]
    return "".join(f"{part}\r\n" for line in lines for part in _fold(line))


def booked(row: Appointment) -> Booked:
    return Booked(row.id or 0, row.place_id, row.starts_at, row.ends_at)


async def schedule_reminders(
    repo: Repository, catalogue: Catalogue, cp: ContactPoint, row: Appointment, now: dt.datetime
) -> None:
    """Schedule the reminders of a new (or moved) appointment, in its unit of work; the
    person's pending follow-ups ("book again?") go, they have booked."""
    due = reminder_times.for_appointment(catalogue, cp, row.place_id, row.starts_at, now)
    await repo.reminders.schedule(row.id or 0, due, now)
    await repo.reminders.drop_pending_of_contact(row.contact_id, FOLLOW_UP_KINDS)
