"""Facts from the contact-point file, said in the young person's language.

Each function answers one menu topic. The words come from `locales/`; the facts (hours,
places, target group, languages, contact channels) from the contact-point file.
"""

from __future__ import annotations

import datetime as dt

from flows.knowledge import hours, slots
from flows.knowledge.catalogue import Catalogue, ContactPoint, WindowKind
from flows.vocabulary.formatting import clock, date_label, day_label, language_name, listed
from flows.vocabulary.texts import Texts


def day_name(t: Texts, lang: str, day: dt.date, today: dt.date) -> str:
    """ "today, Monday 30 November" reads faster than the date alone."""
    label = day_label(day, lang)
    if day == today:
        return t(lang, "day-today", day=label)
    if day == today + dt.timedelta(days=1):
        return t(lang, "day-tomorrow", day=label)
    return label


def window_line(t: Texts, lang: str, cp: ContactPoint, window: hours.Window) -> str:
    place = cp.place(window.place_id)
    return t(
        lang,
        "hours-window",
        start=clock(window.start, lang),
        end=clock(window.end, lang),
        place=place.name.get(lang) if place else window.place_id,
        kind=window.kind.value,
    )


def programme_note(t: Texts, lang: str, cp: ContactPoint, today: dt.date) -> str | None:
    """A sentence when the programme does not run today, else None."""
    state = hours.programme_state(cp, today)
    if isinstance(state, hours.Ended):
        return t(
            lang, "programme-ended", name=cp.name.get(lang), since=date_label(state.since, lang)
        )
    if isinstance(state, hours.NotStarted):
        return t(
            lang,
            "programme-not-started",
            name=cp.name.get(lang),
            starts=date_label(state.starts, lang),
        )
    return None


def opening_hours(t: Texts, lang: str, cp: ContactPoint, now: dt.datetime) -> str:
    local_now = now.astimezone(cp.zone)
    ended = programme_note(t, lang, cp, local_now.date())
    if ended:
        return ended
    lines = [t(lang, "hours-title", name=cp.name.get(lang))]
    current = hours.open_now(cp, now)
    if current:
        lines.append(t(lang, "hours-open-now", line=window_line(t, lang, cp, current)))
    else:
        upcoming = hours.next_opening(cp, now)
        if upcoming:
            lines.append(
                t(
                    lang,
                    "hours-next",
                    day=day_name(t, lang, upcoming.start.date(), local_now.date()),
                    line=window_line(t, lang, cp, upcoming),
                )
            )
        else:
            lines.append(t(lang, "hours-none-known"))
    today_plan = hours.day_plan(cp, local_now.date())
    if today_plan.closed_reason:
        lines.append(t(lang, "hours-closed-today", reason=closed_reason(t, lang, today_plan)))
    lines.append("")
    lines.append(t(lang, "hours-week-title"))
    for plan in hours.week(cp, local_now.date()):
        label = day_name(t, lang, plan.day, local_now.date())
        if plan.windows:
            for window in plan.windows:
                lines.append(f"{label}: {window_line(t, lang, cp, window)}")
        elif plan.closed_reason:
            lines.append(f"{label}: {closed_reason(t, lang, plan)}")
    if slots.bookable_places(cp):
        lines += ["", t(lang, "hours-appointment-book", button=t(lang, "button-book"))]
    elif any(rule.kind is WindowKind.appointment for place in cp.places for rule in place.hours):
        lines += ["", t(lang, "hours-appointment-hint")]
    return "\n".join(lines)


def closed_reason(t: Texts, lang: str, plan: hours.DayPlan) -> str:
    reason = plan.closed_reason
    if reason is None:
        return t(lang, "hours-closed")
    if reason.holiday:
        return t(lang, "hours-holiday", name=reason.holiday)
    if reason.text:
        return t(lang, "hours-closed-because", reason=reason.text.get(lang))
    return t(lang, "hours-closed")


def places(t: Texts, lang: str, cp: ContactPoint) -> str:
    lines = [t(lang, "where-title", name=cp.name.get(lang))]
    for place in cp.places:
        lines.append("")
        lines.append(f"📍 {place.name.get(lang)}")
        if place.address:
            lines.append(place.address)
        if place.directions:
            lines.append(place.directions.get(lang))
    return "\n".join(lines)


def target_group(t: Texts, lang: str, cp: ContactPoint) -> str:
    group = cp.target_group
    lines = [t(lang, "who-title", name=cp.name.get(lang)), group.description.get(lang), ""]
    lines.append(t(lang, "who-age", min=group.age.min, max=group.age.max))
    residence = [t(lang, f"residence-{r.value}") for r in group.residence if r.value != "any"]
    if residence:
        lines.append(t(lang, "who-residence", list=listed(residence, lang)))
    if group.areas:
        lines.append(t(lang, "who-areas", list=listed(group.areas, lang)))
    if cp.offers:
        offers = (t(lang, f"offer-{o.value}") for o in cp.offers)
        lines.append(t(lang, "who-offers", list=listed(offers, lang)))
    promises = [
        t(lang, key)
        for key, yes in (
            ("promise-free", cp.free),
            ("promise-voluntary", cp.voluntary),
            ("promise-anonymous", cp.anonymous),
        )
        if yes
    ]
    if promises:
        lines.append("")
        lines.append(" · ".join(promises))
    return "\n".join(lines)


def languages(t: Texts, lang: str, cp: ContactPoint) -> str:
    spoken = listed((language_name(code, lang) for code in cp.languages.counselling), lang)
    lines = [t(lang, "languages-counselling", name=cp.name.get(lang), list=spoken)]
    interpreters = cp.languages.interpreters
    if interpreters.available:
        # The file's note says how interpreters are found; it replaces the general sentence,
        # which would otherwise say the same thing twice.
        if interpreters.note:
            lines.append(interpreters.note.get(lang))
        else:
            lines.append(t(lang, "languages-interpreters"))
    elif lang not in cp.languages.counselling:
        lines.append(t(lang, "languages-bring-someone"))
    lines.append(t(lang, "languages-uli"))
    return "\n".join(lines)


def reach_a_person(t: Texts, lang: str, cp: ContactPoint, now: dt.datetime) -> str:
    """The honest ways to reach the team directly, and when."""
    ended = programme_note(t, lang, cp, now.astimezone(cp.zone).date())
    if ended:
        return "\n".join([ended, "", t(lang, "crisis-short")])
    lines = [t(lang, "person-title", name=cp.name.get(lang)), *contact_lines(t, lang, cp, now)]
    lines.append("")
    lines.append(t(lang, "crisis-short"))
    return "\n".join(lines)


def contact_lines(t: Texts, lang: str, cp: ContactPoint, now: dt.datetime) -> list[str]:
    """Phone, text message, mail and the next drop-in hours, one line each."""
    lines = []
    contact = cp.contact
    if contact.phone:
        lines.append(t(lang, "person-phone", phone=contact.phone))
    if contact.sms:
        lines.append(t(lang, "person-sms", number=contact.sms))
    if contact.email:
        lines.append(t(lang, "person-email", email=contact.email))
    drop_in = hours.open_now(cp, now, kind=WindowKind.drop_in)
    if drop_in:
        lines.append(t(lang, "person-drop-in-now", line=window_line(t, lang, cp, drop_in)))
    else:
        upcoming = hours.next_opening(cp, now, kind=WindowKind.drop_in)
        if upcoming:
            lines.append(
                t(
                    lang,
                    "person-drop-in-next",
                    day=day_name(t, lang, upcoming.start.date(), now.astimezone(cp.zone).date()),
                    line=window_line(t, lang, cp, upcoming),
                )
            )
        else:
            # Where the chat books, say so: "call or mail" alone would send them away.
            book = "yes" if slots.bookable_places(cp) else "no"
            lines.append(t(lang, "person-appointment-only", book=book))
    return lines


def faq_answer(t: Texts, lang: str, cp: ContactPoint, faq_id: str) -> str | None:
    entry = next((f for f in cp.faq if f.id == faq_id), None)
    if entry is None:
        return None
    return f"❓ {entry.question.get(lang)}\n\n{entry.answer.get(lang)}"


def ended_with_alternatives(
    t: Texts, lang: str, catalogue: Catalogue, cp: ContactPoint, today: dt.date
) -> tuple[str, list[ContactPoint]]:
    note = programme_note(t, lang, cp, today) or ""
    others = hours.alternatives(catalogue, cp, today)
    tail = t(lang, "programme-alternatives") if others else t(lang, "programme-no-alternatives")
    return f"{note}\n\n{tail}", others
