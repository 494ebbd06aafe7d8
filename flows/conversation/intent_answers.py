"""Answers to what a young person typed, once the understanding knows what they asked.

The facts come from the contact-point file, as for the menu buttons; a day or a town named in
the question ("habt ihr morgen in Jülich auf?") narrows the answer to that day and place.

`FACTS` maps each registered intent answered by the contact point's facts to its answer (the
others are answered by the steps: a person, a greeting, "not sure"; see `Steps.understand`).
An FAQ entry with example phrasings is an intent of its own (`faq_examples`), answered with
that entry as its FAQ button would.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from flows.knowledge import answers, hours
from flows.knowledge.catalogue import Catalogue, ContactPoint, Faq, Place
from flows.knowledge.towns import places_in, town_names
from flows.understanding import Intent, Understander, Understanding, faq_intent
from flows.understanding.registry import FaqExamples
from flows.vocabulary.formatting import day_label, listed
from flows.vocabulary.texts import Texts

# Intents that a FAQ entry with the same id answers better than the generic sentence.
_FAQ_IDS = {Intent.cost: ("cost",), Intent.confidentiality: ("confidential", "confidentiality")}


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


def _faq(cp: ContactPoint, intent: Intent) -> Faq | None:
    ids = _FAQ_IDS.get(intent, (intent,))
    return next((entry for entry in cp.faq if entry.id in ids), None)


def promise(t: Texts, lang: str, cp: ContactPoint, intent: Intent) -> str:
    """Cost, confidentiality, voluntariness: the file's FAQ answer, else what its flags say."""
    entry = _faq(cp, intent)
    name = cp.name.get(lang)
    if intent is Intent.cost:
        text = t(lang, "answer-cost-free" if cp.free else "answer-cost-ask", name=name)
    elif intent is Intent.voluntary:
        text = t(lang, "answer-voluntary" if cp.voluntary else "answer-voluntary-ask", name=name)
    else:
        key = "answer-confidential-anonymous" if cp.anonymous else "answer-confidential"
        text = t(lang, key, name=name)
    return f"{text}\n\n{entry.answer.get(lang)}" if entry else text


def services(t: Texts, lang: str, cp: ContactPoint) -> str:
    lines = [t(lang, "answer-services", name=cp.name.get(lang)), cp.summary.get(lang)]
    if cp.offers:
        offers = listed((t(lang, f"offer-{o.value}") for o in cp.offers), lang)
        lines.append(t(lang, "who-offers", list=offers))
    return "\n".join(lines)


def appointment(t: Texts, lang: str, cp: ContactPoint, now: dt.datetime) -> str:
    return "\n".join([t(lang, "answer-appointment"), *answers.contact_lines(t, lang, cp, now)])


Answer = Callable[[Texts, str, ContactPoint, Understanding, dt.datetime], str]


def _hours(t: Texts, lang: str, cp: ContactPoint, u: Understanding, now: dt.datetime) -> str:
    if u.day or u.place_hint:
        day = u.day or now.astimezone(cp.zone).date()
        return hours_on_day(t, lang, cp, day, now, u.place_hint)
    return answers.opening_hours(t, lang, cp, now)


def _promise(intent: Intent) -> Answer:
    return lambda t, lang, cp, u, now: promise(t, lang, cp, intent)


FACTS: dict[str, Answer] = {
    Intent.opening_hours: _hours,
    Intent.location: lambda t, lang, cp, u, now: places_answer(t, lang, cp, u.place_hint),
    Intent.languages: lambda t, lang, cp, u, now: answers.languages(t, lang, cp),
    Intent.eligibility: lambda t, lang, cp, u, now: answers.target_group(t, lang, cp),
    Intent.cost: _promise(Intent.cost),
    Intent.confidentiality: _promise(Intent.confidentiality),
    Intent.voluntary: _promise(Intent.voluntary),
    Intent.services: lambda t, lang, cp, u, now: services(t, lang, cp),
    Intent.book_appointment: lambda t, lang, cp, u, now: appointment(t, lang, cp, now),
    Intent.cancel_appointment: lambda t, lang, cp, u, now: appointment(t, lang, cp, now),
}
"""The registered intents (`Intent` members, keys of `str` type so that an understood intent
is looked up as it is) that the contact point's facts answer, each with its answer."""


def answer(
    t: Texts, lang: str, cp: ContactPoint, understood: Understanding, now: dt.datetime
) -> str | None:
    """The answer to an intent of `FACTS`, or None (greeting, human, other...: the steps
    decide those)."""
    found = FACTS.get(understood.intent)
    return found(t, lang, cp, understood, now) if found else None


def faq_examples(catalogue: Catalogue) -> FaqExamples:
    """The FAQ entries' example phrasings, as the understanding learns them: FAQ intent
    ("faq:pace:plan") → language → phrasings. Entries without examples are left out: they
    are reached by their buttons only."""
    return {
        faq_intent(cp.id, entry.id): {lang: list(p) for lang, p in entry.examples.items()}
        for cp in catalogue.contact_points
        for entry in cp.faq
        if entry.examples
    }


def understander_for(catalogue: Catalogue, cache_dir: Path | None = None) -> Understander:
    """The understanding of a chat about `catalogue`: its towns and its FAQ examples."""
    return Understander(
        town_names(catalogue), cache_dir=cache_dir, faq_examples=faq_examples(catalogue)
    )
