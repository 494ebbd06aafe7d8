"""Appointments in the console: the day and week lists per place, booking for the young
person of a conversation, cancelling (the young person is told in their language), and
marking an appointment attended or missed.

Every action checks the caseworker's contact points: an appointment or place of another
contact point is `NotFound`, exactly like one that does not exist. What the young person is
told is a message in their conversation and a row in the outbox, in the same unit of work
as the change (persist, then send); reminders are scheduled and dropped in it too.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from flows.appointments.booking import Audience, BookingView, booked, schedule_reminders
from flows.appointments.follow_ups import schedule_follow_up
from flows.delivery.live import Change
from flows.delivery.saying import Voice
from flows.desk import access_log
from flows.desk.access_log import VIEW_REPEAT_WINDOW
from flows.desk.actor import Actor, NotFound, Refused
from flows.knowledge import slots
from flows.knowledge.catalogue import Catalogue, ContactPoint, Place
from flows.vocabulary.events import Reply
from storage import (
    AccessAction,
    AccessLogFilter,
    AccessLogRows,
    Contact,
    Conversation,
    ConversationStatus,
    Database,
    Repository,
)
from storage.appointments import Appointment, AppointmentStatus, BookingRefused, SlotRef

WEEK = 7
TOPIC_LIMIT = 200


@dataclass(frozen=True, slots=True)
class DeskPlace:
    """A place that takes appointments, of one of the caseworker's contact points."""

    cp: ContactPoint
    place: Place

    @property
    def key(self) -> str:
        """ "cp/place": how pages and the API name it."""
        return f"{self.cp.id}/{self.place.id}"


@dataclass(frozen=True, slots=True)
class DeskEntry:
    appointment: Appointment
    contact: Contact
    conversation_id: int | None
    """The person's newest conversation the team can open, if any."""
    booked_by: str | None = None
    """The caseworker who booked it (None: the young person, or a removed account)."""


@dataclass(frozen=True, slots=True)
class DeskDay:
    day: dt.date
    entries: list[DeskEntry]
    free: list[slots.Slot]
    """Slots of the day that have not begun and still have room."""


class AppointmentDesk:
    def __init__(
        self,
        database: Database,
        catalogue: Catalogue,
        view: BookingView,
        voice: Voice,
        clock: Callable[[], dt.datetime],
    ) -> None:
        """`voice` is the one way to say something (flows/delivery/saying.py): it tells the
        young person of a booking or cancellation, and open consoles of the change."""
        self.database = database
        self.catalogue = catalogue
        self.view = view
        self.voice = voice
        self.live = voice.live
        self.clock = clock

    # -- reading -------------------------------------------------------------------------------

    def places(self, actor: Actor) -> list[DeskPlace]:
        """The bookable places of the caseworker's contact points, in the file's order."""
        return [
            DeskPlace(cp, place)
            for cp in self.catalogue.contact_points
            if cp.id in actor.contact_point_ids
            for place in slots.bookable_places(cp)
        ]

    def place(self, actor: Actor, key: str) -> DeskPlace:
        found = next((p for p in self.places(actor) if p.key == key), None)
        if found is None:
            raise NotFound(f"place {key}")
        return found

    def today(self, where: DeskPlace) -> dt.date:
        return self.clock().astimezone(where.cp.zone).date()

    async def schedule(
        self, actor: Actor, key: str, first_day: dt.date, days: int = 1
    ) -> list[DeskDay]:
        """Each day's appointments at the place (every status, by time) and its free slots;
        looking at the list is noted in the access log (it shows who comes when), once
        per sitting: an open page re-reads the list with every change."""
        where = self.place(actor, key)
        days = max(1, min(days, 31))
        zone = where.cp.zone
        start = dt.datetime.combine(first_day, dt.time(0), tzinfo=zone)
        end = dt.datetime.combine(first_day + dt.timedelta(days=days), dt.time(0), tzinfo=zone)
        now = self.clock()
        async with self.database.session() as repo:
            rows = await repo.appointments.of_place(where.cp.id, where.place.id, start, end)
            counts = await repo.appointments.booked_counts(where.cp.id, where.place.id, start, end)
            entries = await self._entries(repo, actor, rows)
            detail = f"{where.place.id} {first_day.isoformat()} +{days}d"
            await self._note_view(repo, actor, where.cp.id, detail, now)
        last = first_day + dt.timedelta(days=days - 1)
        free = slots.team_slots(where.cp, where.place.id, first_day, last, now, counts)
        return [
            DeskDay(
                day,
                [e for e in entries if e.appointment.starts_at.astimezone(zone).date() == day],
                [s for s in free if s.start.date() == day],
            )
            for day in (first_day + dt.timedelta(days=n) for n in range(days))
        ]

    async def of_conversation(self, actor: Actor, conversation_id: int) -> list[Appointment]:
        """The upcoming booked appointments of the conversation's young person that the
        caseworker may see."""
        async with self.database.session() as repo:
            conversation = await repo.casework.conversation(
                conversation_id, actor.contact_point_ids
            )
            if conversation is None:
                raise NotFound(f"conversation {conversation_id}")
            rows = await repo.appointments.upcoming_of(conversation.contact_id, self.clock())
        return [row for row in rows if row.contact_point_id in actor.contact_point_ids]

    async def appointment(self, actor: Actor, appointment_id: int) -> DeskEntry:
        """One appointment with its person, e.g. to confirm a cancellation; noted in the
        access log like the list."""
        async with self.database.session() as repo:
            row, _ = await self._reachable(repo, actor, appointment_id)
            [entry] = await self._entries(repo, actor, [row])
            detail = f"appointment {appointment_id}"
            await self._note_view(repo, actor, row.contact_point_id, detail, self.clock())
        return entry

    async def bookable(
        self, actor: Actor, conversation_id: int, days: int = 14
    ) -> list[tuple[DeskPlace, list[slots.Slot]]]:
        """For the conversation page: the free slots of `days` days from today at each
        place where the team may book for this young person."""
        days = max(1, min(days, 31))
        async with self.database.session() as repo:
            conversation = await repo.casework.conversation(
                conversation_id, actor.contact_point_ids
            )
            if conversation is None:
                raise NotFound(f"conversation {conversation_id}")
            found = []
            now = self.clock()
            for where in self._places_for(actor, conversation.contact_point_id):
                first = self.today(where)
                last = first + dt.timedelta(days=days - 1)
                # Up to local midnight after the last day (not now + n days: a clock change
                # in between moves midnight by an hour).
                end = dt.datetime.combine(
                    last + dt.timedelta(days=1), dt.time(0), tzinfo=where.cp.zone
                )
                counts = await repo.appointments.booked_counts(
                    where.cp.id, where.place.id, now, end
                )
                free = slots.team_slots(where.cp, where.place.id, first, last, now, counts)
                found.append((where, free))
        return found

    # -- acting --------------------------------------------------------------------------------

    async def book_for(
        self,
        actor: Actor,
        conversation_id: int,
        key: str,
        start: dt.datetime,
        topic: str = "",
    ) -> Appointment:
        """Book the slot starting at `start` for the conversation's young person and tell
        them, with the buttons to move or cancel it; their reminders are scheduled."""
        topic = topic.strip()
        if len(topic) > TOPIC_LIMIT:
            raise Refused("too-long", f"a topic has at most {TOPIC_LIMIT} characters")
        if start.tzinfo is None or start.utcoffset() is None:
            raise Refused("no-slot", "give the slot's start with its time zone (UTC)")
        now = self.clock()
        async with self.database.session() as repo:
            conversation = await repo.casework.conversation(
                conversation_id, actor.contact_point_ids, lock=True
            )
            if conversation is None:
                raise NotFound(f"conversation {conversation_id}")
            where = next(
                (p for p in self._places_for(actor, conversation.contact_point_id) if p.key == key),
                None,
            )
            if where is None:
                raise NotFound(f"place {key}")
            day = start.astimezone(where.cp.zone).date()
            slot = next(
                (s for s in slots.day_slots(where.cp, where.place.id, day) if s.start_utc == start),
                None,
            )
            if slot is None or slot.start_utc <= now:
                raise Refused("no-slot", "there is no bookable slot at that time")
            contact = await repo.contact_by_id(conversation.contact_id)
            if contact is None:  # pragma: no cover - the foreign key forbids it
                raise NotFound(f"conversation {conversation_id}")
            # A form sent twice (a double click, a reload) must not book the person twice.
            for other in await repo.appointments.upcoming_of(contact.id or 0, now):
                if other.starts_at < slot.end_utc and slot.start_utc < other.ends_at:
                    raise Refused("already-booked", "the person has an appointment then")
            result = await repo.appointments.book(
                contact_id=contact.id or 0,
                slot=SlotRef(where.cp.id, where.place.id, slot.start, slot.end),
                capacity=slot.capacity,
                now=now,
                conversation_id=conversation.id,
                topic=topic or None,
                caseworker_id=actor.id,
            )
            if isinstance(result, BookingRefused):
                raise Refused("slot-full", "that slot is fully booked")
            await schedule_reminders(repo, self.catalogue, where.cp, result, now)
            lang = contact.language or "de"
            reply = self.view.booked_by_team(Audience(lang, now), where.cp, booked(result))
            told = await self._tell(repo, contact, reply, now, conversation)
            await self._note(repo, actor, AccessAction.APPOINTMENT_BOOK, result, conversation.id)
        self._woke(result, conversation.id, told)
        return result

    async def cancel(self, actor: Actor, appointment_id: int) -> Appointment:
        """Cancel a booked appointment that has not begun; the young person is told in
        their language (with buttons to book another or to reach a person) and its
        reminders do not go out. One that has begun is marked attended or missed instead."""
        now = self.clock()
        told = None
        async with self.database.session() as repo:
            row, cp = await self._reachable(repo, actor, appointment_id)
            if row.status == AppointmentStatus.BOOKED.value and row.starts_at <= now:
                raise Refused("past", "the appointment has begun: mark it attended or missed")
            cancelled = await repo.appointments.cancel(appointment_id, now)
            if cancelled is None:
                raise Refused("not-booked", "the appointment is not booked (any more)")
            contact = await repo.contact_by_id(row.contact_id)
            if contact is not None:
                lang = contact.language or "de"
                reply = self.view.cancelled_by_team(Audience(lang, now), cp, booked(cancelled))
                told = await self._tell(repo, contact, reply, now)
            await self._note(repo, actor, AccessAction.APPOINTMENT_CANCEL, cancelled)
        self._woke(cancelled, cancelled.conversation_id, told)
        return cancelled

    async def mark(self, actor: Actor, appointment_id: int, status: str) -> Appointment:
        """Record that the young person came (`attended`) or not (`missed`); the matching
        follow-up is scheduled (flows.appointments.follow_ups), a changed mark replaces it."""
        if status not in (AppointmentStatus.ATTENDED.value, AppointmentStatus.MISSED.value):
            raise Refused("bad-status", "mark an appointment attended or missed")
        async with self.database.session() as repo:
            row, cp = await self._reachable(repo, actor, appointment_id)
            # Marking next week's appointment (a slip of the mouse) would drop its reminders.
            if row.starts_at.astimezone(cp.zone).date() > self.clock().astimezone(cp.zone).date():
                raise Refused("not-yet", "an appointment can be marked from its day on")
            marked = await repo.appointments.mark(appointment_id, AppointmentStatus(status))
            if marked is None:
                raise Refused("not-booked", "a cancelled appointment cannot be marked")
            await schedule_follow_up(repo, self.catalogue, cp, marked, self.clock())
            await self._note(repo, actor, AccessAction.APPOINTMENT_MARK, marked, detail=status)
        self._woke(marked, marked.conversation_id)
        return marked

    # -- helpers -------------------------------------------------------------------------------

    def _places_for(self, actor: Actor, cp_id: str | None) -> list[DeskPlace]:
        """Where the team may book for a conversation: its contact point's places (any of
        the caseworker's, for someone who has not chosen a service yet)."""
        return [p for p in self.places(actor) if cp_id is None or p.cp.id == cp_id]

    async def _entries(
        self, repo: Repository, actor: Actor, rows: list[Appointment]
    ) -> list[DeskEntry]:
        people = await repo.appointments.with_contacts([r.id or 0 for r in rows])
        # One query each for the people's conversations and the bookers' names: a week holds
        # dozens of appointments, and one lookup each made the week's page slow.
        persons = {contact.id or 0 for _, contact in people.values()}
        conversations = await repo.casework.latest_handed_over(persons, actor.contact_point_ids)
        names = await repo.casework.caseworker_names(
            {r.booked_by_caseworker_id for r in rows if r.booked_by_caseworker_id is not None}
        )
        entries = []
        for row in rows:
            _, contact = people[row.id or 0]
            booker = row.booked_by_caseworker_id
            name = names.get(booker) if booker is not None else None
            entries.append(DeskEntry(row, contact, conversations.get(contact.id or 0), name))
        return entries

    async def _note_view(
        self, repo: Repository, actor: Actor, cp_id: str, detail: str, now: dt.datetime
    ) -> None:
        """Note a reading, unless the same one was noted within VIEW_REPEAT_WINDOW."""
        action = AccessAction.VIEW_APPOINTMENTS
        since = AccessLogFilter(
            caseworker_id=actor.id, action=action.value, since=now - VIEW_REPEAT_WINDOW
        )
        recent = await AccessLogRows(repo.session).page(since, limit=100)
        if any(e.detail == detail and e.contact_point_id == cp_id for e in recent.entries):
            return
        await access_log.note(repo, action, now, actor=actor, contact_point_id=cp_id, detail=detail)

    async def _reachable(
        self, repo: Repository, actor: Actor, appointment_id: int
    ) -> tuple[Appointment, ContactPoint]:
        row = await repo.appointments.get(appointment_id)
        cp = self.catalogue.contact_point(row.contact_point_id) if row else None
        if row is None or cp is None or row.contact_point_id not in actor.contact_point_ids:
            raise NotFound(f"appointment {appointment_id}")
        return row, cp

    async def _tell(
        self,
        repo: Repository,
        contact: Contact,
        reply: Reply,
        now: dt.datetime,
        conversation: Conversation | None = None,
    ) -> Conversation:
        """Write `reply` into `conversation` (if still open; else the person's open one)
        and queue it for sending; returns the conversation written to."""
        if conversation is None or conversation.status == ConversationStatus.CLOSED.value:
            conversation = await repo.open_conversation(contact, now)
        # The lists and the conversation hear of it in `_woke`, the appointment first.
        await self.voice.say(repo, contact, conversation, reply, now, change=None)
        return conversation

    async def _note(
        self,
        repo: Repository,
        actor: Actor,
        action: AccessAction,
        row: Appointment,
        conversation_id: int | None = None,
        detail: str = "",
    ) -> None:
        await access_log.note(
            repo, action, self.clock(), actor=actor,
            conversation_id=conversation_id or row.conversation_id,
            contact_point_id=row.contact_point_id,
            detail=" ".join(p for p in (f"appointment {row.id}", detail) if p),
        )  # fmt: skip

    def _woke(
        self, row: Appointment, conversation_id: int | None, told: Conversation | None = None
    ) -> None:
        """After the commit: open consoles re-read (the lists, and the conversation the young
        person was told in, if that is another one); the voice has woken the outbox."""
        self.live.publish(Change(conversation_id or 0, row.contact_point_id, "appointment"))
        if told is not None and told.id is not None and told.id != conversation_id:
            self.live.publish(Change.of(told, "message"))
