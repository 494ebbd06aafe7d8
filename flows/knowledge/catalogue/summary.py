"""A plain-text overview of the contact-point file, for `uli check-config`.

Operator-facing English (not localised): it lets a coordinator see what the bot will say and
warns about gaps the schema cannot catch, such as texts missing in some languages.
"""

from __future__ import annotations

import datetime as dt

# Module import (not `from ... import`): flows.knowledge.programmes imports the model through this
# package, so names are looked up at call time to keep the import order free.
from flows.knowledge import programmes
from flows.knowledge.catalogue.model import (
    Catalogue,
    ContactPoint,
    FollowUp,
    LocalText,
    Offer,
    Place,
    Reminders,
    Weekday,
)
from flows.vocabulary.languages import SUPPORTED_LANGUAGES

_KIND = {"drop_in": "drop-in", "appointment": "appointments"}


def summarise(catalogue: Catalogue, today: dt.date) -> str:
    """A readable multi-line summary of `catalogue` as it stands on `today`, warnings last."""
    org = catalogue.organisation
    running = [cp for cp in catalogue.contact_points if programmes.is_running(cp, today)]
    lines = [
        f"Organisation: {org.name} (the bot speaks as {org.persona!r})",
        f"  website: {org.website or '-'}; privacy contact: {org.privacy_contact or '-'}",
        f"  reminders of appointments: {_reminders(org.reminders)}",
        "Default contact point: "
        + (catalogue.default_contact_point or "none (people choose among the running ones)"),
        f"On {today.isoformat()}: {len(catalogue.contact_points)} contact points, "
        f"{len(running)} running.",
    ]
    for cp in catalogue.contact_points:
        lines += ["", *_contact_point(cp, today)]
    warnings = find_warnings(catalogue, today)
    lines += ["", f"WARNINGS ({len(warnings)}):" if warnings else "No warnings."]
    lines += [f"  ! {warning}" for warning in warnings]
    return "\n".join(lines)


def _contact_point(cp: ContactPoint, today: dt.date) -> list[str]:
    group, langs, contact = cp.target_group, cp.languages, cp.contact
    interpreters = "yes" if langs.interpreters.available else "no"
    lines = [
        f"[{cp.id}] {cp.name.de}" + (f" (speaks as {cp.persona!r})" if cp.persona else ""),
        f"  Programme: {cp.programme.name}, {_period(cp)}: {_state(cp, today)}",
        f"  Public holidays of state {cp.state}: "
        + ("open anyway" if cp.open_on_public_holidays else "closed")
        + f"; time zone {cp.timezone}",
        f"  Target group: ages {group.age.min}-{group.age.max}; residence: "
        + ", ".join(r.value for r in group.residence)
        + (f"; areas: {', '.join(group.areas)}" if group.areas else ""),
        f"  Offers: {', '.join(o.value for o in cp.offers) or '-'}; "
        + ", ".join(
            f"{flag}: {'yes' if value else 'no'}"
            for flag, value in (
                ("free", cp.free),
                ("voluntary", cp.voluntary),
                ("anonymous", cp.anonymous),
            )
        ),
        f"  Counselling languages: {', '.join(langs.counselling)}; interpreters: {interpreters}",
        f"  Contact: phone {contact.phone or '-'}, SMS {contact.sms or '-'}, "
        f"e-mail {contact.email or '-'}; staff: "
        + (", ".join(s.name + (f" ({s.role})" if s.role else "") for s in contact.staff) or "-"),
    ]
    for place in cp.places:
        lines += _place(place)
    faqs = [f"{faq.id} [{_langs(faq.question, faq.answer)}]" for faq in cp.faq]
    lines.append(f"  FAQ: {', '.join(faqs) or '-'}")
    for faq in cp.faq:
        lines.append(f"    {faq.id}: typed examples {_examples(faq.examples)}")
    if cp.see_instead:
        lines.append(f"  See instead once it has ended: {', '.join(cp.see_instead)}")
    elif isinstance(programmes.programme_state(cp, today), programmes.Ended):
        lines.append("  See instead: not set (Uli suggests other running contact points)")
    return lines


def _period(cp: ContactPoint) -> str:
    period = cp.programme.period
    start = period.start.isoformat() if period.start else "open start"
    return f"{start} to {period.until.isoformat() if period.until else 'open end'}"


def _state(cp: ContactPoint, today: dt.date) -> str:
    state = programmes.programme_state(cp, today)
    if isinstance(state, programmes.Ended):
        return f"ENDED on {state.since.isoformat()} ({(today - state.since).days} days ago)"
    if isinstance(state, programmes.NotStarted):
        return f"not started yet, starts on {state.starts.isoformat()}"
    return "running today"


def _place(place: Place) -> list[str]:
    address = f", {place.address}" if place.address else ""
    lines = [f"  Place {place.id}: {place.name.de}{address}"]
    for weekday in Weekday:
        rules = sorted((r for r in place.hours if weekday in r.days), key=lambda r: r.start)
        for rule in rules:
            clock = f"{rule.start:%H:%M}-{rule.end:%H:%M}"
            lines.append(f"      {weekday.value.title()}  {clock}  {_KIND[rule.kind.value]}")
    if not place.hours:
        lines.append("      (no hours)")
    lines += _appointments(place)
    for closed in place.closed:
        until = f" to {closed.until.isoformat()}" if closed.until else ""
        reason = f": {closed.reason.de}" if closed.reason else ""
        lines.append(f"      closed {closed.start.isoformat()}{until}{reason}")
    return lines


def _appointments(place: Place) -> list[str]:
    booking = place.appointments
    if booking is None:
        return []
    own = "" if booking.hours else " (in the hours of kind appointment)"
    lines = [
        f"    Appointments{own}: {booking.slot_minutes}-minute slots, {booking.capacity} "
        f"at a time, booked at least {booking.notice_hours} h before, up to "
        f"{booking.ahead_days} days ahead"
    ]
    for window in booking.hours:
        days = ", ".join(day.value.title() for day in window.days)
        lines.append(f"      {days}  {window.start:%H:%M}-{window.end:%H:%M}  bookable")
    if booking.bring:
        lines.append(f"      what to bring: {booking.bring.de}")
    if booking.reminders is not None:
        lines.append(f"      reminders: {_reminders(booking.reminders)}")
    return lines


def _reminders(reminders: Reminders) -> str:
    quiet = reminders.quiet_hours
    calm = f"never {quiet.start:%H:%M}-{quiet.end:%H:%M}" if quiet else "at any hour"
    before = (
        ", ".join(f"{h} h" for h in reminders.hours_before) + " before"
        if reminders.hours_before
        else "none before"
    )
    attended = _follow_up("attended", reminders.follow_up_attended)
    missed = _follow_up("missed", reminders.follow_up_missed)
    return f"{before}; follow-up {attended}; follow-up {missed}; {calm}"


def _follow_up(mark: str, follow_up: FollowUp) -> str:
    if not follow_up.enabled:
        return f"after {mark}: off"
    days = follow_up.days_after
    return f"after {mark}: {days} day{'s' if days != 1 else ''} later"


def _examples(examples: dict[str, list[str]]) -> str:
    """Example phrasings per language, e.g. "de 6, ar 5"; an entry without is reached by
    its button only."""
    counts = [f"{lang} {len(examples[lang])}" for lang in SUPPORTED_LANGUAGES if lang in examples]
    return ", ".join(counts) if counts else "none (answered by its button only)"


def _langs(*texts: LocalText) -> str:
    common = set.intersection(*(text.languages() for text in texts))
    return " ".join(lang for lang in SUPPORTED_LANGUAGES if lang in common)


def _texts(cp: ContactPoint) -> list[tuple[str, LocalText]]:
    """Every text a young person may read, by its place in the file (names excepted: a name
    given once is meant to be the same in every language)."""
    texts = [("summary", cp.summary), ("target_group.description", cp.target_group.description)]
    if cp.languages.interpreters.note:
        texts.append(("languages.interpreters.note", cp.languages.interpreters.note))
    for place in cp.places:
        if place.directions:
            texts.append((f"places[{place.id}].directions", place.directions))
        texts += [
            (f"places[{place.id}].closed[{c.start}].reason", c.reason)
            for c in place.closed
            if c.reason
        ]
        if place.appointments and place.appointments.bring:
            texts.append((f"places[{place.id}].appointments.bring", place.appointments.bring))
    for faq in cp.faq:
        texts += [(f"faq[{faq.id}].question", faq.question), (f"faq[{faq.id}].answer", faq.answer)]
    return texts


def find_warnings(catalogue: Catalogue, today: dt.date) -> list[str]:
    """Problems the schema allows but a young person would notice, one sentence each."""
    warnings: list[str] = []
    for cp in catalogue.contact_points:
        state = programmes.programme_state(cp, today)
        for other_id in cp.see_instead:
            other = catalogue.contact_point(other_id)
            if other is not None and not programmes.is_running(other, today):
                warnings.append(
                    f"{cp.id}: see_instead names {other_id!r}, which does not run "
                    f"today ({_state(other, today)})"
                )
        if isinstance(state, programmes.Ended):
            continue  # its texts only introduce the suggestions; no need to nag about them
        for where, text in _texts(cp):
            missing = [lang for lang in SUPPORTED_LANGUAGES if lang not in text.languages()]
            if missing:
                fallback = "English" if "en" in text.languages() else "German"
                warnings.append(
                    f"{cp.id}: {where} has no {', '.join(missing)} text "
                    f"(those readers get the {fallback} one)"
                )
        bookable = any(place.appointments for place in cp.places)
        if Offer.appointments in cp.offers and not bookable:
            warnings.append(
                f"{cp.id}: offers appointments, but no place has an 'appointments' block, "
                "so none can be booked in the chat"
            )
        elif bookable and Offer.appointments not in cp.offers:
            warnings.append(f"{cp.id}: a place takes bookings, but 'offers' lacks appointments")
        if not any(place.hours for place in cp.places):
            warnings.append(f"{cp.id}: no place has any hours, so Uli cannot say when to come")
        if not (cp.contact.phone or cp.contact.email or cp.contact.sms):
            warnings.append(
                f"{cp.id}: no phone, SMS or e-mail, so Uli cannot say how to reach a person"
            )
    default = catalogue.contact_point(catalogue.default_contact_point or "")
    if default is not None and not programmes.is_running(default, today):
        warnings.append(
            f"default_contact_point {default.id!r} does not run today ({_state(default, today)})"
        )
    return warnings
