"""The engine's part of a booking step: read the booked counts, book, move or cancel, then let
`BookingView` write the replies.

Every choice that arrives in a payload is checked again here against the file's rules and
the database (a button may be days old, or forged): a slot that is no longer free gets "this
one is gone, here are others", an appointment that is not the person's own is "not found".
"""

from __future__ import annotations

import datetime as dt

from flows.appointments.booking import (
    TOPICS,
    Action,
    BookingRequest,
    BookingView,
    booked,
    schedule_reminders,
)
from flows.conversation.intent_answers import appointment
from flows.conversation.table import Turn
from flows.knowledge import answers, slots
from flows.knowledge.catalogue import Catalogue, ContactPoint, Place
from flows.vocabulary.events import Reply
from storage import Repository
from storage.appointments import Appointment, AppointmentStatus, BookingRefused, SlotRef

TOPIC_LANGUAGE = "de"
"""The topic is stored for the team, who read German."""


class BookingWork:
    def __init__(
        self, view: BookingView, repo: Repository, contact_id: int, catalogue: Catalogue
    ) -> None:
        self.view = view
        self.repo = repo
        self.contact_id = contact_id
        self.catalogue = catalogue

    async def carry_out(
        self, turn: Turn, request: BookingRequest, conversation_id: int | None
    ) -> list[Reply]:
        cp = turn.cp
        action = request.action
        if action is Action.listing:
            return await self._listing(turn, cp)
        if cp is None or not slots.bookable_places(cp):
            # Nothing to book here: who to ask instead.
            text = appointment(self.view.t, turn.lang, cp, turn.now) if cp else ""
            return [self.view.not_found(turn) if cp is None else self.view.reply(turn, text)]
        if action in (Action.ask_cancel, Action.cancel, Action.keep, Action.calendar):
            return await self._one(turn, cp, request)
        place = cp.place(request.place_id) if request.place_id else None
        if action is Action.start:
            places = slots.bookable_places(cp)
            if len(places) > 1:
                return [self.view.places(turn, places)]
            if request.day is not None:
                return [await self._named_day(turn, cp, places[0], request.day)]
            return [await self._days(turn, cp, places[0])]
        if place is None or place.appointments is None:
            return [await self._days(turn, cp, None, gone=True)]
        if action is Action.days:
            return [await self._days(turn, cp, place, request.appointment_id)]
        if action is Action.times and request.day is not None:
            return [await self._times(turn, cp, place, request.day, request.appointment_id)]
        if request.start is None:
            return [await self._days(turn, cp, place, request.appointment_id, gone=True)]
        slot = await self._slot(turn, cp, place, request.start)
        if slot is None:
            if action is Action.book and slots.slot_at(cp, place.id, request.start, turn.now):
                # A real slot, full since it was chosen: someone was quicker.
                return await self._taken(turn, cp, place, request.start, request.appointment_id)
            return [await self._days(turn, cp, place, request.appointment_id, gone=True)]
        if action is Action.topic:
            return [self.view.topics(turn, slot)]
        if action is Action.summary:
            return [self.view.summary(turn, cp, slot, request.topic, request.appointment_id)]
        return await self._book(turn, cp, place, slot, request, conversation_id)

    async def _counts(self, cp: ContactPoint, place: Place, now: dt.datetime) -> slots.Booked:
        start, end = slots.booking_range(cp, place.id, now)
        return await self.repo.appointments.booked_counts(cp.id, place.id, start, end)

    async def _days(
        self,
        turn: Turn,
        cp: ContactPoint,
        place: Place | None,
        move: int | None = None,
        gone: bool = False,
    ) -> Reply:
        place = place or slots.bookable_places(cp)[0]
        counts = await self._counts(cp, place, turn.now)
        days = slots.free_days(cp, place.id, turn.now, counts)
        drop_in = slots.drop_in_alternative(cp, turn.now, place.id)
        lead = self.view.t(turn.lang, "booking-gone") if gone else ""
        return self.view.days(turn, cp, place, days, drop_in, move, lead)

    async def _times(
        self, turn: Turn, cp: ContactPoint, place: Place, day: dt.date, move: int | None
    ) -> Reply:
        counts = await self._counts(cp, place, turn.now)
        free = slots.free_slots(cp, place.id, day, day, turn.now, counts)
        if not free:
            return await self._days(turn, cp, place, move, gone=True)
        return self.view.times(turn, cp, free, move)

    async def _named_day(
        self, turn: Turn, cp: ContactPoint, place: Place, day: dt.date
    ) -> Reply:
        """The free times of the day the young person asked for, or why not and other days."""
        counts = await self._counts(cp, place, turn.now)
        free = slots.free_slots(cp, place.id, day, day, turn.now, counts)
        if free:
            return self.view.times(turn, cp, free, None)
        today = turn.now.astimezone(cp.zone).date()
        name = answers.day_name(self.view.t, turn.lang, day, today)
        lead = self.view.t(turn.lang, "booking-day-full", day=name)
        days = slots.free_days(cp, place.id, turn.now, counts)
        drop_in = slots.drop_in_alternative(cp, turn.now, place.id)
        return self.view.days(turn, cp, place, days, drop_in, None, lead)

    async def _slot(
        self, turn: Turn, cp: ContactPoint, place: Place, start: dt.datetime
    ) -> slots.Slot | None:
        counts = await self._counts(cp, place, turn.now)
        return slots.slot_at(cp, place.id, start, turn.now, counts)

    async def _book(
        self,
        turn: Turn,
        cp: ContactPoint,
        place: Place,
        slot: slots.Slot,
        request: BookingRequest,
        conversation_id: int | None,
    ) -> list[Reply]:
        earliest, _ = slots.booking_range(cp, place.id, turn.now)
        ref = SlotRef(cp.id, place.id, slot.start, slot.end)
        appointments = self.repo.appointments
        result: Appointment | BookingRefused
        if request.appointment_id is not None:
            if await self._own(request.appointment_id) is None:
                return [self.view.not_found(turn)]
            result = await appointments.move(
                request.appointment_id,
                to=ref,
                capacity=slot.capacity,
                now=turn.now,
                earliest=earliest,
            )
        else:
            topic_key = TOPICS.get(request.topic)
            result = await appointments.book(
                contact_id=self.contact_id,
                slot=ref,
                capacity=slot.capacity,
                now=turn.now,
                earliest=earliest,
                conversation_id=conversation_id,
                topic=self.view.t(TOPIC_LANGUAGE, topic_key) if topic_key else None,
            )
        if result is BookingRefused.NOT_BOOKED:
            return [self.view.not_found(turn)]
        if isinstance(result, BookingRefused):
            return await self._taken(turn, cp, place, slot.start, request.appointment_id)
        moved = request.appointment_id is not None
        if not moved or result.id != request.appointment_id:
            await schedule_reminders(self.repo, self.catalogue, cp, result, turn.now)
        return [self.view.confirmation(turn, cp, booked(result), moved)]

    async def _taken(
        self, turn: Turn, cp: ContactPoint, place: Place, start: dt.datetime, move: int | None
    ) -> list[Reply]:
        """Sorry, and the times still free that day (or the other days)."""
        sorry = self.view.t(turn.lang, "booking-taken")
        counts = await self._counts(cp, place, turn.now)
        day = start.astimezone(cp.zone).date()
        free = slots.free_slots(cp, place.id, day, day, turn.now, counts)
        if free:
            return [self.view.reply(turn, sorry), self.view.times(turn, cp, free, move)]
        days = slots.free_days(cp, place.id, turn.now, counts)
        drop_in = slots.drop_in_alternative(cp, turn.now, place.id)
        return [self.view.days(turn, cp, place, days, drop_in, move, sorry)]

    async def _own(self, appointment_id: int) -> Appointment | None:
        """The person's own booked appointment; someone else's id (a forged button) is None."""
        row = await self.repo.appointments.get(appointment_id)
        if row is None or row.contact_id != self.contact_id:
            return None
        return row if row.status == AppointmentStatus.BOOKED.value else None

    async def _one(self, turn: Turn, cp: ContactPoint, request: BookingRequest) -> list[Reply]:
        row = await self._own(request.appointment_id or 0)
        if row is None or row.contact_point_id != cp.id:
            return [self.view.not_found(turn)]
        if request.action is Action.ask_cancel:
            return [self.view.ask_cancel(turn, cp, booked(row))]
        if request.action is Action.keep:
            return [self.view.kept(turn, booked(row))]
        if request.action is Action.calendar:
            return [self.view.calendar(turn, cp, booked(row), turn.now)]
        cancelled = await self.repo.appointments.cancel(row.id or 0, turn.now)
        if cancelled is None:
            return [self.view.not_found(turn)]
        return [self.view.cancelled(turn, cp, booked(cancelled))]

    async def _listing(self, turn: Turn, cp: ContactPoint | None) -> list[Reply]:
        rows = await self.repo.appointments.upcoming_of(self.contact_id, turn.now)
        mine = [booked(row) for row in rows if cp is not None and row.contact_point_id == cp.id]
        return self.view.listing(turn, cp, mine)
