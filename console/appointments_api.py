"""The JSON API for appointments, beside the pages: same login, same CSRF rule, same
contact-point checks (another contact point's place, conversation or appointment is a 404).

Times are UTC (ISO 8601); days are the place's local dates. Texts (topics, given names) are
returned as stored: clients that show them must escape them.
"""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Any, Literal

from fastapi import APIRouter, HTTPException, Query
from pydantic import AwareDatetime, BaseModel, Field

from console.auth import ApiSession, HeaderSession
from console.context import ConsoleDep
from flows.appointments.desk import DeskEntry, DeskPlace
from flows.desk.actor import Refused
from flows.knowledge.slots import Slot
from storage.appointments import Appointment

router = APIRouter(prefix="/api", tags=["appointments"])
ERRORS: dict[int | str, dict[str, Any]] = {
    401: {"description": "not logged in"},
    403: {"description": "CSRF token missing or wrong"},
    404: {
        "description": "no such place, conversation or appointment (or not of your contact points)"
    },
    409: {
        "description": "refused; `detail.reason` is one of too-long, no-slot, slot-full, "
        "already-booked, not-booked, past, not-yet, bad-status"
    },
}


class PlaceOut(BaseModel):
    key: str = Field(description='"contact point/place", as the other calls take it')
    contact_point: str
    place: str
    name: str
    address: str | None
    timezone: str


class AppointmentOut(BaseModel):
    id: int
    place: str = Field(description='the place\'s key, "contact point/place"')
    starts_at: dt.datetime
    ends_at: dt.datetime
    status: Literal["booked", "attended", "missed", "cancelled"]
    topic: str | None
    conversation_id: int | None = Field(description="the conversation it was booked from")
    booked_by_caseworker: int | None = Field(description="None: booked in the chat")
    created_at: dt.datetime
    cancelled_at: dt.datetime | None


class Person(BaseModel):
    pseudonym: str
    name: str | None = Field(description="a name the young person gave in the chat, if any")
    language: str | None


class ListedAppointment(AppointmentOut):
    person: Person
    booked_by: str | None = Field(description="the name of the caseworker who booked it")
    latest_conversation_id: int | None = Field(
        description="the person's newest conversation you can open, if any"
    )


class FreeSlot(BaseModel):
    starts_at: dt.datetime
    ends_at: dt.datetime
    capacity: int
    booked: int
    free: int


class DayOut(BaseModel):
    day: dt.date
    appointments: list[ListedAppointment]
    free: list[FreeSlot] = Field(description="slots that have not begun and have room")


class ScheduleOut(BaseModel):
    place: PlaceOut
    days: list[DayOut]


class Bookable(BaseModel):
    place: PlaceOut
    free: list[FreeSlot]


class ConversationAppointments(BaseModel):
    upcoming: list[AppointmentOut] = Field(description="booked and not yet over, soonest first")
    bookable: list[Bookable] = Field(description="free slots of the next 14 days, per place")


class BookIn(BaseModel):
    place: str = Field(description='a place key, "contact point/place"')
    starts_at: AwareDatetime = Field(description="the slot's start, e.g. 2026-12-01T09:00:00Z")
    topic: str = Field(default="", max_length=4000, description="optional; at most 200 characters")


class MarkIn(BaseModel):
    status: Literal["attended", "missed"]


def _place(where: DeskPlace) -> PlaceOut:
    return PlaceOut(
        key=where.key,
        contact_point=where.cp.id,
        place=where.place.id,
        name=where.place.name.get("de"),
        address=where.place.address,
        timezone=where.cp.timezone,
    )


def _fields(row: Appointment) -> dict[str, Any]:
    return {
        "id": row.id or 0,
        "place": f"{row.contact_point_id}/{row.place_id}",
        "starts_at": row.starts_at,
        "ends_at": row.ends_at,
        "status": row.status,
        "topic": row.topic,
        "conversation_id": row.conversation_id,
        "booked_by_caseworker": row.booked_by_caseworker_id,
        "created_at": row.created_at,
        "cancelled_at": row.cancelled_at,
    }


def _appointment(row: Appointment) -> AppointmentOut:
    return AppointmentOut(**_fields(row))


def _listed(entry: DeskEntry) -> ListedAppointment:
    contact = entry.contact
    return ListedAppointment(
        **_fields(entry.appointment),
        person=Person(
            pseudonym=contact.pseudonym, name=contact.display_name, language=contact.language
        ),
        booked_by=entry.booked_by,
        latest_conversation_id=entry.conversation_id,
    )


def _free(slot: Slot) -> FreeSlot:
    return FreeSlot(
        starts_at=slot.start_utc,
        ends_at=slot.end_utc,
        capacity=slot.capacity,
        booked=slot.booked,
        free=slot.free,
    )


def _conflict(refused: Refused) -> HTTPException:
    return HTTPException(409, {"reason": refused.reason, "message": str(refused)})


@router.get("/appointment-places", responses=ERRORS)
async def places(console: ConsoleDep, session: ApiSession) -> list[PlaceOut]:
    """The places of your contact points that take appointments."""
    return [_place(where) for where in console.appointments.places(session.actor)]


@router.get("/appointments", responses=ERRORS)
async def schedule(
    console: ConsoleDep,
    session: ApiSession,
    place: Annotated[str, Query(description='a place key, "contact point/place"')],
    day: Annotated[dt.date | None, Query(description="the first local day; default today")] = None,
    days: Annotated[int, Query(ge=1, le=31, description="how many days: 1 a day, 7 a week")] = 1,
) -> ScheduleOut:
    """A place's appointments (every status, by time) and free slots, day by day."""
    desk = console.appointments
    where = desk.place(session.actor, place)
    found = await desk.schedule(session.actor, where.key, day or desk.today(where), days)
    return ScheduleOut(
        place=_place(where),
        days=[
            DayOut(
                day=d.day,
                appointments=[_listed(e) for e in d.entries],
                free=[_free(s) for s in d.free],
            )
            for d in found
        ],
    )


@router.get("/conversations/{conversation_id}/appointments", responses=ERRORS)
async def of_conversation(
    console: ConsoleDep, session: ApiSession, conversation_id: int
) -> ConversationAppointments:
    """The young person's upcoming appointments, and the free slots to book one for them."""
    desk = console.appointments
    upcoming = await desk.of_conversation(session.actor, conversation_id)
    bookable = await desk.bookable(session.actor, conversation_id)
    return ConversationAppointments(
        upcoming=[_appointment(row) for row in upcoming],
        bookable=[
            Bookable(place=_place(where), free=[_free(s) for s in free]) for where, free in bookable
        ],
    )


@router.post("/conversations/{conversation_id}/appointments", status_code=201, responses=ERRORS)
async def book(
    console: ConsoleDep, session: HeaderSession, conversation_id: int, body: BookIn
) -> AppointmentOut:
    """Book a free slot for the conversation's young person. They are told at once in their
    language (with buttons to move or cancel it) and reminded before it."""
    try:
        row = await console.appointments.book_for(
            session.actor, conversation_id, body.place, body.starts_at, body.topic
        )
    except Refused as refused:
        raise _conflict(refused) from None
    return _appointment(row)


@router.post("/appointments/{appointment_id}/cancel", responses=ERRORS)
async def cancel(
    console: ConsoleDep, session: HeaderSession, appointment_id: int
) -> AppointmentOut:
    """Cancel an appointment that has not begun; the young person is told in their language
    and gets no reminders of it."""
    try:
        row = await console.appointments.cancel(session.actor, appointment_id)
    except Refused as refused:
        raise _conflict(refused) from None
    return _appointment(row)


@router.post("/appointments/{appointment_id}/mark", responses=ERRORS)
async def mark(
    console: ConsoleDep, session: HeaderSession, appointment_id: int, body: MarkIn
) -> AppointmentOut:
    """Record that the young person came (attended) or not (missed), from its day on."""
    try:
        row = await console.appointments.mark(session.actor, appointment_id, body.status)
    except Refused as refused:
        raise _conflict(refused) from None
    return _appointment(row)
