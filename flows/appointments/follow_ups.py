"""Follow-ups after an appointment: two kinds of scheduled message (flows.delivery.scheduled).

When the console marks an appointment attended, a message some days later asks how it went
and offers another one; when it marks it missed, one says "we missed you" and offers to book
again. Both carry the buttons to book and to reach a person, are written in the person's
current language when they go out, and never go out in the quiet hours. The contact-point
file switches each on or off and sets its delay (`reminders.follow_up_attended`,
`reminders.follow_up_missed`, per place or for the organisation).

A follow-up is skipped when its appointment is no longer marked that way; a new booking by
the person drops their pending follow-ups (booking.schedule_reminders).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from flows.appointments import reminder_times
from flows.appointments.booking import FOLLOW_UP_KINDS, Audience, BookingView
from flows.delivery.scheduled import Written
from flows.knowledge.catalogue import Catalogue, ContactPoint
from flows.knowledge.catalogue.model import FollowUp, QuietHours, Reminders
from flows.knowledge.hours import wall_time
from flows.vocabulary.events import Button
from storage import Reminder, Repository
from storage.appointments import Appointment, AppointmentStatus

KINDS = FOLLOW_UP_KINDS
ATTENDED, MISSED = KINDS


@dataclass(frozen=True, slots=True)
class FollowUpKind:
    """One follow-up: the kind's name, the status it follows and its text's key."""

    name: str
    status: AppointmentStatus
    text_key: str
    catalogue: Catalogue
    view: BookingView

    async def write(
        self, repo: Repository, row: Reminder, batch: Sequence[Reminder], now: dt.datetime
    ) -> Written | None:
        found = await repo.appointments.with_contacts([row.appointment_id])
        if row.appointment_id not in found:
            return None
        appointment, contact = found[row.appointment_id]
        cp = self.catalogue.contact_point(appointment.contact_point_id)
        if cp is None or appointment.status != self.status.value:
            return None
        turn = Audience(contact.language or "de", now)
        t, lang = self.view.t, turn.lang
        buttons = (
            (Button(t(lang, "button-book"), "bk:start"),),
            (Button(t(lang, "button-person"), "m:person"),),
        )
        return Written(contact, self.view.reply(turn, t(lang, self.text_key), buttons))


def kinds(catalogue: Catalogue, view: BookingView) -> list[FollowUpKind]:
    """Both follow-ups, for the composition root's list of kinds."""
    return [
        FollowUpKind(ATTENDED, AppointmentStatus.ATTENDED, "follow-up-attended", catalogue, view),
        FollowUpKind(MISSED, AppointmentStatus.MISSED, "follow-up-missed", catalogue, view),
    ]


def _setting(policy: Reminders, status: str) -> tuple[str, FollowUp] | None:
    if status == AppointmentStatus.ATTENDED.value:
        return ATTENDED, policy.follow_up_attended
    if status == AppointmentStatus.MISSED.value:
        return MISSED, policy.follow_up_missed
    return None


def due_at(
    cp: ContactPoint,
    row: Appointment,
    setting: FollowUp,
    quiet: QuietHours | None,
    now: dt.datetime,
) -> dt.datetime:
    """`days_after` days after the day of marking, at the appointment's local time of day
    (when the service is open anyway); after the quiet hours if that falls into them."""
    local_now = now.astimezone(cp.zone)
    day = local_now.date() + dt.timedelta(days=setting.days_after)
    moment = wall_time(day, row.starts_at.astimezone(cp.zone).time(), cp.zone)
    return after_quiet_hours(moment.astimezone(dt.UTC), cp, quiet)


def after_quiet_hours(
    moment: dt.datetime, cp: ContactPoint, quiet: QuietHours | None
) -> dt.datetime:
    """`moment`, or the end of the quiet hours it falls into."""
    if quiet is None or not reminder_times.in_quiet_hours(moment, cp.zone, quiet):
        return moment
    local = moment.astimezone(cp.zone)
    day = local.date()
    if local.time() > quiet.end:
        day += dt.timedelta(days=1)  # before midnight: the quiet hours end tomorrow morning
    return wall_time(day, quiet.end, cp.zone).astimezone(dt.UTC)


async def schedule_follow_up(
    repo: Repository, catalogue: Catalogue, cp: ContactPoint, row: Appointment, now: dt.datetime
) -> None:
    """Schedule the follow-up of an appointment just marked attended or missed (the marking
    has dropped any pending one), in its unit of work; nothing if it is switched off."""
    policy = reminder_times.policy(catalogue, cp.place(row.place_id))
    found = _setting(policy, row.status)
    if found is None or not found[1].enabled:
        return
    kind, setting = found
    due = due_at(cp, row, setting, policy.quiet_hours, now)
    await repo.reminders.schedule(row.id or 0, [due], now, kind=kind)
