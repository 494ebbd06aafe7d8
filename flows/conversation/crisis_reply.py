"""The calm first answer to a crisis, with the help numbers that fit it.

Facts (Germany): emergency 112, police 110; Nummer gegen Kummer for children and young people
116 111; TelefonSeelsorge 0800 111 0 111 and 0800 111 0 222, day and night; Hilfetelefon
Gewalt gegen Frauen 116 016, day and night, in many languages. A young person under 18 with
nowhere safe to stay can ask the Jugendamt to take them in at any time (§ 42 SGB VIII).
"""

from __future__ import annotations

import datetime as dt

from flows.conversation.handover import next_duty, on_duty
from flows.knowledge.catalogue import ContactPoint
from flows.understanding import CrisisKind
from flows.vocabulary.texts import Texts

_VIOLENCE = frozenset({CrisisKind.violence_home, CrisisKind.sexual_violence, CrisisKind.threatened})


def crisis_reply(
    t: Texts,
    lang: str,
    kind: CrisisKind,
    cp: ContactPoint | None,
    now: dt.datetime,
    unsure: bool = False,
) -> str:
    """`unsure`: seen by meaning alone, so the words leave room for having misread it."""
    opening = t(lang, "crisis-opening-unsure") if unsure else t(lang, "crisis-opening")
    parts = [opening, t(lang, "crisis-danger")]
    if kind is CrisisKind.homeless_tonight:
        parts.append(t(lang, "crisis-shelter"))
    parts.append(t(lang, "crisis-talk"))
    if kind in _VIOLENCE:
        parts.append(t(lang, "crisis-violence"))
    if on_duty(cp, now):
        parts.append(t(lang, "crisis-team-now"))
    else:
        when = next_duty(t, lang, cp, now)
        parts.append(
            t(lang, "crisis-team-later", when=when) if when else t(lang, "crisis-team-soon")
        )
    return "\n\n".join(parts)
