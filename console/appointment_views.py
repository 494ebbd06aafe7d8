"""Appointments as the pages show them: local times, day names and states in the
caseworker's language. Texts stay raw here; templates escape and neutralise them."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from urllib.parse import urlencode
from zoneinfo import ZoneInfo

from babel.dates import format_date, format_skeleton

from console.context import Console
from console.ui import Words
from flows.appointments.desk import DeskDay, DeskEntry, DeskPlace
from flows.desk.actor import Actor
from flows.knowledge.slots import Slot
from storage.appointments import Appointment, AppointmentStatus

BERLIN = ZoneInfo("Europe/Berlin")
LIST = "/appointments"
BOOK_DAYS = 14
"""How far ahead the conversation page offers free slots."""


@dataclass(frozen=True, slots=True)
class PlaceView:
    key: str
    name: str


@dataclass(frozen=True, slots=True)
class EntryView:
    id: int
    day: str
    time: str
    pseudonym: str
    name: str | None
    language: str | None
    language_name: str
    topic: str | None
    status: str
    booked_by: str | None
    conversation_id: int | None
    can_cancel: bool
    """Booked and not begun: afterwards it is attended or missed, not cancelled."""
    can_mark: bool
    """Not cancelled, and its day has come."""


@dataclass(frozen=True, slots=True)
class DayView:
    day: dt.date
    heading: str
    today: bool
    entries: list[EntryView]
    free: list[str]


@dataclass(frozen=True, slots=True)
class UpcomingView:
    id: int
    when: str
    place: str
    day_list: str
    """The place's list of that day."""
    topic: str | None
    can_cancel: bool


@dataclass(frozen=True, slots=True)
class SlotOption:
    value: str
    """ "cp/place@<UTC start in ISO 8601>": what the booking form sends."""
    label: str


@dataclass(frozen=True, slots=True)
class SlotGroup:
    place: str
    options: list[SlotOption]


def day_list(key: str, day: dt.date, view: str = "day", path: str = LIST) -> str:
    """The link to a place's list of a day (or of the week that holds it)."""
    return f"{path}?{urlencode({'place': key, 'day': day.isoformat(), 'view': view})}"


def slot_value(key: str, slot: Slot) -> str:
    return f"{key}@{slot.start_utc.isoformat()}"


def parse_slot(value: str) -> tuple[str, dt.datetime] | None:
    """The place key and the UTC start of a booking form's choice; None if malformed."""
    key, _, start = value.partition("@")
    try:
        moment = dt.datetime.fromisoformat(start)
    except ValueError:
        return None
    return (key, moment) if key and moment.tzinfo is not None else None


class AppointmentViews:
    def __init__(self, console: Console, t: Words) -> None:
        self.console, self.t = console, t
        self.now = console.clock()

    def place(self, where: DeskPlace) -> PlaceView:
        lang = self.t.lang
        return PlaceView(where.key, f"{where.cp.name.get(lang)} – {where.place.name.get(lang)}")

    def heading(self, day: dt.date) -> str:
        return format_date(day, "full", locale=self.t.lang)

    def short_day(self, day: dt.date) -> str:
        """ "Di., 1. Dez." in German, "Tue, Dec 1" in English."""
        return format_skeleton("MMMEd", day, locale=self.t.lang)

    def medium_day(self, day: dt.date) -> str:
        return format_date(day, "medium", locale=self.t.lang)

    def free(self, slot: Slot) -> str:
        return self.t(
            "console-appt-free",
            time=slot.start.strftime("%H:%M"),
            number=str(slot.free),
            max=str(slot.capacity),
        )

    def zone(self, cp_id: str) -> ZoneInfo:
        cp = self.console.catalogue.contact_point(cp_id)
        return cp.zone if cp else BERLIN

    def entry(self, entry: DeskEntry) -> EntryView:
        row, contact = entry.appointment, entry.contact
        zone = self.zone(row.contact_point_id)
        start, end = row.starts_at.astimezone(zone), row.ends_at.astimezone(zone)
        return EntryView(
            id=row.id or 0,
            day=self.heading(start.date()),
            time=f"{start:%H:%M}–{end:%H:%M}",
            pseudonym=contact.pseudonym,
            name=contact.display_name,
            language=contact.language,
            language_name=self.t.language_name(contact.language),
            topic=row.topic,
            status=row.status,
            booked_by=entry.booked_by,
            conversation_id=entry.conversation_id,
            can_cancel=self._can_cancel(row),
            can_mark=row.status != AppointmentStatus.CANCELLED.value
            and start.date() <= self.now.astimezone(zone).date(),
        )

    def day(self, where: DeskPlace, found: DeskDay) -> DayView:
        return DayView(
            day=found.day,
            heading=self.heading(found.day),
            today=found.day == self.now.astimezone(where.cp.zone).date(),
            entries=[self.entry(e) for e in found.entries],
            free=[self.free(slot) for slot in found.free],
        )

    def upcoming(self, row: Appointment) -> UpcomingView:
        cp = self.console.catalogue.contact_point(row.contact_point_id)
        place = cp.place(row.place_id) if cp else None
        start = row.starts_at.astimezone(self.zone(row.contact_point_id))
        lang = self.t.lang
        return UpcomingView(
            id=row.id or 0,
            when=f"{self.short_day(start.date())} {start:%H:%M}",
            place=f"{cp.name.get(lang)} – {place.name.get(lang)}" if cp and place else "",
            day_list=day_list(f"{row.contact_point_id}/{row.place_id}", start.date()),
            topic=row.topic,
            can_cancel=self._can_cancel(row),
        )

    def slot_groups(self, bookable: list[tuple[DeskPlace, list[Slot]]]) -> list[SlotGroup]:
        return [
            SlotGroup(
                self.place(where).name,
                [
                    SlotOption(
                        slot_value(where.key, slot),
                        self.t(
                            "console-appt-slot-option",
                            day=self.short_day(slot.start.date()),
                            time=slot.start.strftime("%H:%M"),
                            number=str(slot.free),
                            max=str(slot.capacity),
                        ),
                    )
                    for slot in free
                ],
            )
            for where, free in bookable
        ]

    def _can_cancel(self, row: Appointment) -> bool:
        return row.status == AppointmentStatus.BOOKED.value and row.starts_at > self.now


async def conversation_appointments(
    console: Console, t: Words, actor: Actor, conversation_id: int
) -> list[UpcomingView]:
    """The young person's upcoming appointments, for the conversation page."""
    views = AppointmentViews(console, t)
    rows = await console.appointments.of_conversation(actor, conversation_id)
    return [views.upcoming(row) for row in rows]


async def booking_choices(
    console: Console, t: Words, actor: Actor, conversation_id: int
) -> list[SlotGroup]:
    """The free slots the conversation page offers, by place; empty: no place to book."""
    views = AppointmentViews(console, t)
    return views.slot_groups(await console.appointments.bookable(actor, conversation_id, BOOK_DAYS))
