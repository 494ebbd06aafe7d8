"""Answers to what a young person typed, once the understanding knows what they asked.

The facts come from the contact-point file, as for the menu buttons; a day or a town named in
the question ("habt ihr morgen in Jülich auf?") narrows the answer to that day and place.
"""

from __future__ import annotations

import datetime as dt

from flows.knowledge import answers, hours
from flows.knowledge.catalogue import ContactPoint, Faq, Place
from flows.knowledge.towns import places_in
from flows.understanding import Understanding
from flows.vocabulary.formatting import day_label
from flows.vocabulary.texts import Texts

# Intents that a FAQ entry with the same id answers better than the generic sentence.
_FAQ_IDS = {"cost": ("cost",), "confidentiality": ("confidential", "confidentiality")}


def hours_on_day(
    t: Texts, lang: str, cp: ContactPoint, day: dt.date, now: dt.datetime, town: str | None
) -> str:
    """Opening hours of one day, at the places in `town` if the contact point has some."""
    ended = answers.programme_note(t, lang, cp, now.astimezone(cp.zone).date())
    if ended:
        return ended
    places = places_in(cp, town) or cp.places
    today = now.astimezone(cp.zone).date()
    label = answers.day_name(t, lang, day, today) if day != today else day_label(day, lang)
    lines = [t(lang, "answer-hours-day", name=cp.name.get(lang), day=label)]
    for place in places:
        plan = hours.day_plan(cp, day, place.id)
        if plan.windows:
            lines.extend(f"• {answers.window_line(t, lang, cp, w)}" for w in plan.windows)
        elif len(places) == 1 or plan.closed_reason:
            reason = answers.closed_reason(t, lang, plan)
            lines.append(f"• {place.name.get(lang)}: {reason}")
    if len(lines) == 1:
        lines.append(t(lang, "answer-hours-day-closed"))
    if not any(hours.day_plan(cp, day, place.id).windows for place in places):
        following = _next_after(cp, day, places)
        if following:
            lines.append("")
            lines.append(
                t(
                    lang,
                    "answer-hours-open-again",
                    day=answers.day_name(t, lang, following.start.date(), today),
                    line=answers.window_line(t, lang, cp, following),
                )
            )
    return "\n".join(lines)


def _next_after(cp: ContactPoint, day: dt.date, places: list[Place]) -> hours.Window | None:
    """The first opening after `day` at one of `places`."""
    end_of_day = dt.datetime.combine(day, dt.time(23, 59), tzinfo=cp.zone)
    found = [hours.next_opening(cp, end_of_day, place.id) for place in places]
    return min((w for w in found if w), key=lambda w: w.start, default=None)


def places_answer(t: Texts, lang: str, cp: ContactPoint, town: str | None) -> str:
    chosen = places_in(cp, town)
    if not chosen:
        return answers.places(t, lang, cp)
    lines = [t(lang, "where-title", name=cp.name.get(lang))]
    for place in chosen:
        lines += ["", f"📍 {place.name.get(lang)}"]
        if place.address:
            lines.append(place.address)
        if place.directions:
            lines.append(place.directions.get(lang))
    return "\n".join(lines)


def _faq(cp: ContactPoint, intent: str) -> Faq | None:
    ids = _FAQ_IDS.get(intent, (intent,))
    return next((entry for entry in cp.faq if entry.id in ids), None)


def promise(t: Texts, lang: str, cp: ContactPoint, intent: str) -> str:
    """Cost, confidentiality, voluntariness: the file's FAQ answer, else what its flags say."""
    entry = _faq(cp, intent)
    name = cp.name.get(lang)
    if intent == "cost":
        text = t(lang, "answer-cost-free" if cp.free else "answer-cost-ask", name=name)
    elif intent == "voluntary":
        text = t(lang, "answer-voluntary" if cp.voluntary else "answer-voluntary-ask", name=name)
    else:
        key = "answer-confidential-anonymous" if cp.anonymous else "answer-confidential"
        text = t(lang, key, name=name)
    return f"{text}\n\n{entry.answer.get(lang)}" if entry else text


def services(t: Texts, lang: str, cp: ContactPoint) -> str:
    lines = [t(lang, "answer-services", name=cp.name.get(lang)), cp.summary.get(lang)]
    if cp.offers:
        offers = ", ".join(t(lang, f"offer-{o.value}") for o in cp.offers)
        lines.append(t(lang, "who-offers", list=offers))
    return "\n".join(lines)


def appointment(t: Texts, lang: str, cp: ContactPoint, now: dt.datetime) -> str:
    return "\n".join([t(lang, "answer-appointment"), *answers.contact_lines(t, lang, cp, now)])


def answer(
    t: Texts, lang: str, cp: ContactPoint, understood: Understanding, now: dt.datetime
) -> str | None:
    """The answer to an answerable intent, or None (greeting, human, other...: the steps
    decide those)."""
    intent = understood.intent
    if intent == "opening_hours":
        if understood.day or understood.place_hint:
            day = understood.day or now.astimezone(cp.zone).date()
            return hours_on_day(t, lang, cp, day, now, understood.place_hint)
        return answers.opening_hours(t, lang, cp, now)
    if intent == "location":
        return places_answer(t, lang, cp, understood.place_hint)
    if intent == "languages":
        return answers.languages(t, lang, cp)
    if intent == "eligibility":
        return answers.target_group(t, lang, cp)
    if intent in ("cost", "confidentiality", "voluntary"):
        return promise(t, lang, cp, intent)
    if intent == "services":
        return services(t, lang, cp)
    if intent in ("book_appointment", "cancel_appointment"):
        return appointment(t, lang, cp, now)
    return None
