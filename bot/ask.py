"""`uli ask`: what Uli understands of a message and what it answers, without Telegram.

uli ask "wann habt ihr morgen auf" --contact-point teilhabe --json
uli ask --json < messages.txt          # one message per line, one JSON object per line
"""

from __future__ import annotations

import datetime as dt
import json
import sys
from dataclasses import asdict
from typing import TextIO

from bot.settings import Settings
from flows.conversation.ask import Asked, Asker
from flows.conversation.intent_answers import understander_for
from flows.knowledge.catalogue import load_catalogue
from flows.vocabulary.texts import Texts

JSON_FIELDS = ("lang", "lang_confidence", "intent", "confidence", "crisis", "handover", "answer")


class UnknownContactPoint(ValueError):
    pass


def ask(
    settings: Settings,
    text: str | None,
    cp_id: str | None,
    lang: str | None,
    as_json: bool,
    stdin: TextIO | None = None,
    out: TextIO | None = None,
) -> int:
    stdin, out = stdin or sys.stdin, out or sys.stdout
    catalogue = load_catalogue(settings.contact_points)
    understander = understander_for(catalogue, cache_dir=settings.cache_dir)
    asker = Asker(catalogue, Texts(), understander)
    now = dt.datetime.now(dt.UTC)
    cp = asker.contact_point(cp_id, now)
    if cp_id and cp is None:
        known = ", ".join(c.id for c in catalogue.contact_points)
        raise UnknownContactPoint(f"--contact-point {cp_id!r} is not in the file; known: {known}")
    messages = [text] if text is not None else (line.rstrip("\n") for line in stdin)
    for message in messages:
        if not message.strip() and text is None:
            continue
        asked = asker.ask(message, cp=cp, lang=lang, now=now)
        out.write(_as_json(asked) if as_json else _as_text(asked))
        out.flush()
    return 0


def _as_json(asked: Asked) -> str:
    fields = asdict(asked)
    return json.dumps({key: fields[key] for key in JSON_FIELDS}, ensure_ascii=False) + "\n"


def _as_text(asked: Asked) -> str:
    crisis = f"  crisis: {asked.crisis}" if asked.crisis else ""
    head = (
        f"[{asked.lang} {asked.lang_confidence:.2f} · {asked.intent} {asked.confidence:.2f}"
        f"{crisis}{'  → to the team' if asked.handover else ''}]"
    )
    return f"{head}\n{asked.answer}\n\n"
