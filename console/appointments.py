"""The appointments pages: a place's day or week list (kept live like the inbox), cancelling
after a confirmation, marking attended or missed, and booking from a conversation.

Forms post and redirect back (post/redirect/get) with the CSRF token; a refused action comes
back as `?error=<reason>`. Places and appointments are looked up through the caseworker's
contact points: another contact point's are a 404, like ones that do not exist.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Awaitable
from dataclasses import dataclass
from typing import Annotated, Any
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from fastapi import APIRouter, Depends, Form, Request
from fastapi.responses import HTMLResponse, Response

from console.appointment_views import LIST, AppointmentViews, day_list, parse_slot
from console.auth import FormSession, PageSession
from console.context import Console, ConsoleDep
from console.pages import safe_next, see
from console.render import error_text, render, words
from flows.appointments.desk import WEEK, DeskPlace
from flows.desk.actor import Actor, Refused

router = APIRouter(include_in_schema=False)


@dataclass(frozen=True, slots=True)
class Listing:
    """Which list a page shows: a place, its first day, one day or a week."""

    where: DeskPlace
    first: dt.date
    week: bool
    today: dt.date

    @property
    def days(self) -> int:
        return WEEK if self.week else 1

    def url(self, first: dt.date, week: bool | None = None, path: str = LIST) -> str:
        return day_list(self.where.key, first, _view(self.week if week is None else week), path)


def _view(week: bool) -> str:
    return "week" if week else "day"


def _listing(console: Console, actor: Actor, place: str, day: str, view: str) -> Listing | None:
    """None if the caseworker has no bookable place; another contact point's place (or an
    unknown one) is NotFound."""
    desk = console.appointments
    places = desk.places(actor)
    if not places:
        return None
    where = desk.place(actor, place) if place else places[0]
    today = desk.today(where)
    try:
        chosen = dt.date.fromisoformat(day) if day else today
    except ValueError:
        chosen = today  # a hand-edited link: show today rather than an error
    week = view == "week"
    first = chosen - dt.timedelta(days=chosen.weekday()) if week else chosen
    return Listing(where, first, week, today)


def back_to(target: str) -> str:
    """Where a form returns to: a path on this site, else the appointments list."""
    return target if target and safe_next(target) == target else LIST


def with_error(url: str, reason: str) -> str:
    parts = urlsplit(url)
    query = [(k, v) for k, v in parse_qsl(parts.query) if k != "error"]
    return urlunsplit(("", "", parts.path, urlencode([*query, ("error", reason)]), ""))


async def _act(target: str, action: Awaitable[object]) -> Response:
    """Back to the target, with `?error=<reason>` if the action was refused."""
    try:
        await action
    except Refused as refused:
        return see(with_error(target, refused.reason))
    return see(target)


@dataclass(frozen=True, slots=True)
class ListQuery:
    """A list page's query as a link carries it: blank or malformed parts mean today's."""

    place: str = ""
    day: str = ""
    view: str = "day"


async def _context(
    request: Request, console: Console, actor: Actor, query: ListQuery
) -> dict[str, Any]:
    listing = _listing(console, actor, query.place, query.day, query.view)
    if listing is None:
        return {"listing": None, "places": [], "refresh": f"{LIST}/parts"}
    views = AppointmentViews(console, words(request, console))
    found = await console.appointments.schedule(
        actor, listing.where.key, listing.first, listing.days
    )
    first, last = listing.first, listing.first + dt.timedelta(days=listing.days - 1)
    step = dt.timedelta(days=listing.days)
    # From the week to a day: today if it lies in that week, else the week's Monday.
    one_day = listing.today if first <= listing.today <= last else first
    return {
        "listing": listing,
        "places": [views.place(p) for p in console.appointments.places(actor)],
        "place": views.place(listing.where),
        "view": _view(listing.week),
        "day": first.isoformat(),
        "title": (
            views.t(
                "console-appt-week-of", start=views.medium_day(first), end=views.medium_day(last)
            )
            if listing.week
            else views.heading(first)
        ),
        "days": [views.day(listing.where, d) for d in found],
        "back": listing.url(first),
        "previous": listing.url(first - step),
        "next": listing.url(first + step),
        "today_link": listing.url(listing.today),
        "day_link": listing.url(one_day, week=False),
        "week_link": listing.url(first, week=True),
        "refresh": listing.url(first, path=f"{LIST}/parts"),
    }


@router.get(LIST, response_class=HTMLResponse)
async def appointments(
    request: Request,
    console: ConsoleDep,
    session: PageSession,
    query: Annotated[ListQuery, Depends()],
    error: str | None = None,
) -> HTMLResponse:
    context = await _context(request, console, session.actor, query)
    message = error_text(words(request, console), error)
    return render(request, console, "appointments.html", session=session, error=message, **context)


@router.get(f"{LIST}/parts", response_class=HTMLResponse)
async def appointments_parts(
    request: Request,
    console: ConsoleDep,
    session: PageSession,
    query: Annotated[ListQuery, Depends()],
) -> HTMLResponse:
    context = await _context(request, console, session.actor, query)
    return render(request, console, "appointments_parts.html", session=session, **context)


@router.get(LIST + "/{appointment_id}/cancel", response_class=HTMLResponse)
async def confirm_cancel(
    request: Request,
    console: ConsoleDep,
    session: PageSession,
    appointment_id: int,
    next: str = LIST,
) -> HTMLResponse:
    """The step before cancelling: who, when, and that the young person will be told."""
    entry = await console.appointments.appointment(session.actor, appointment_id)
    views = AppointmentViews(console, words(request, console))
    row = entry.appointment
    cp = console.catalogue.contact_point(row.contact_point_id)
    place = cp.place(row.place_id) if cp else None
    return render(
        request,
        console,
        "appointment_cancel.html",
        session=session,
        a=views.entry(entry),
        place=place.name.get(views.t.lang) if place else row.place_id,
        back=back_to(next),
    )


@router.post(LIST + "/{appointment_id}/cancel")
async def cancel(
    console: ConsoleDep,
    session: FormSession,
    appointment_id: int,
    next: Annotated[str, Form()] = LIST,
) -> Response:
    return await _act(back_to(next), console.appointments.cancel(session.actor, appointment_id))


@router.post(LIST + "/{appointment_id}/mark")
async def mark(
    console: ConsoleDep,
    session: FormSession,
    appointment_id: int,
    status: Annotated[str, Form()] = "",
    next: Annotated[str, Form()] = LIST,
) -> Response:
    action = console.appointments.mark(session.actor, appointment_id, status)
    return await _act(back_to(next), action)


@router.post("/conversations/{conversation_id}/appointments")
async def book(
    console: ConsoleDep,
    session: FormSession,
    conversation_id: int,
    slot: Annotated[str, Form()] = "",
    topic: Annotated[str, Form()] = "",
) -> Response:
    """Book the chosen free slot for the conversation's young person."""
    here = f"/conversations/{conversation_id}"
    chosen = parse_slot(slot)
    try:
        if chosen is None:
            # Still a 404 for someone else's conversation, whatever the form holds.
            await console.appointments.bookable(session.actor, conversation_id, days=1)
            raise Refused("no-slot", "choose one of the free slots")
        key, start = chosen
        await console.appointments.book_for(session.actor, conversation_id, key, start, topic)
    except Refused as refused:
        return see(with_error(here, refused.reason))
    return see(here)
