"""When to remind a young person of an appointment.

By default 24 hours and 2 hours before (the contact-point file's `reminders`, per place or
for the organisation). No reminder goes out in the quiet hours (default 21:00-08:00, local
time of the contact point): one that would falls back to the start of the quiet hours, the
last moment before them, so the reminder for a 09:00 appointment two hours ahead comes at
21:00 the evening before. A reminder due less than `MIN_LEAD` after the booking is left out:
the confirmation has just said everything.

Pure functions: the caller passes the moment of booking; times are compared in UTC.
"""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

from flows.knowledge.catalogue import Catalogue, ContactPoint, Place
from flows.knowledge.catalogue.model import QuietHours, Reminders
from flows.knowledge.hours import wall_time

MIN_LEAD = dt.timedelta(hours=1)


def policy(catalogue: Catalogue, place: Place | None) -> Reminders:
    """The place's own reminders, else the organisation's."""
    own = place.appointments.reminders if place and place.appointments else None
    return own or catalogue.organisation.reminders


def in_quiet_hours(moment: dt.datetime, zone: ZoneInfo, quiet: QuietHours) -> bool:
    """Strictly inside: a reminder at the very start or end of the quiet hours may go."""
    clock = moment.astimezone(zone).time()
    if quiet.start < quiet.end:
        return quiet.start < clock < quiet.end
    return clock > quiet.start or clock < quiet.end


def before_quiet_hours(
    moment: dt.datetime, zone: ZoneInfo, quiet: QuietHours | None
) -> dt.datetime:
    """`moment`, or the start of the quiet hours it falls into."""
    if quiet is None or not in_quiet_hours(moment, zone, quiet):
        return moment
    local = moment.astimezone(zone)
    day = local.date()
    if quiet.start > quiet.end and local.time() < quiet.end:
        day -= dt.timedelta(days=1)  # after midnight: the quiet hours began yesterday evening
    return wall_time(day, quiet.start, zone).astimezone(dt.UTC)


def reminder_times(
    start: dt.datetime, booked_at: dt.datetime, zone: ZoneInfo, reminders: Reminders
) -> list[dt.datetime]:
    """The UTC moments to remind of an appointment starting at `start`, booked (or moved)
    at `booked_at`, earliest first; two that fall on the same moment are one."""
    # In UTC: "24 hours before" means real hours, also across a clock change (an aware
    # local datetime would subtract wall-clock hours).
    start = start.astimezone(dt.UTC)
    earliest = booked_at.astimezone(dt.UTC) + MIN_LEAD
    moments = set()
    for hours in reminders.hours_before:
        due = start - dt.timedelta(hours=hours)
        due = before_quiet_hours(due, zone, reminders.quiet_hours)
        if earliest <= due < start:
            moments.add(due.astimezone(dt.UTC))
    return sorted(moments)


def for_appointment(
    catalogue: Catalogue, cp: ContactPoint, place_id: str, start: dt.datetime, now: dt.datetime
) -> list[dt.datetime]:
    """`reminder_times` with the policy of the place where the appointment is."""
    return reminder_times(start, now, cp.zone, policy(catalogue, cp.place(place_id)))
