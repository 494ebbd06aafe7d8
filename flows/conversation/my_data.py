"""What Uli stores about a young person, as a text file they can read (GDPR Art. 15).

Everything that is about them: nickname, language, when they first and last wrote, their
appointments, every message of every conversation (theirs, Uli's, the team's) and the team's
notes on them.
"""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

from flows.knowledge.catalogue import Catalogue
from flows.vocabulary.formatting import language_name
from flows.vocabulary.texts import Texts
from storage import Contact, Repository, Sender

FILENAME = "uli-data.txt"
_WHO = {
    Sender.YOUNG_PERSON.value: "mydata-you",
    Sender.ULI.value: "mydata-uli",
    Sender.CASEWORKER.value: "mydata-team",
}


def _when(moment: dt.datetime, zone: ZoneInfo) -> str:
    return moment.astimezone(zone).strftime("%Y-%m-%d %H:%M")


async def export_text(
    repo: Repository,
    contact: Contact,
    t: Texts,
    lang: str,
    now: dt.datetime,
    zone: ZoneInfo,
    catalogue: Catalogue,
) -> str:
    lines = [
        t(lang, "mydata-file-title", date=_when(now, zone)),
        "",
        t(lang, "mydata-pseudonym", pseudonym=contact.pseudonym),
        *([t(lang, "mydata-name", name=contact.display_name)] if contact.display_name else []),
        t(lang, "mydata-language", language=language_name(contact.language or lang, lang)),
        t(lang, "mydata-first-seen", date=_when(contact.first_seen_at, zone)),
    ]
    for appointment in await repo.appointments.of_contact(contact.id or 0):
        cp = catalogue.contact_point(appointment.contact_point_id)
        place = cp.place(appointment.place_id) if cp else None
        line = t(
            lang,
            "mydata-appointment",
            date=_when(appointment.starts_at, zone),
            place=place.name.get(lang) if place else appointment.place_id,
        )
        lines.append(f"{line} ({t(lang, f'mydata-status-{appointment.status}')})")
    for conversation in await repo.conversations_of(contact):
        lines += ["", t(lang, "mydata-conversation", date=_when(conversation.started_at, zone))]
        for message in await repo.messages(conversation.id or 0):
            who = t(lang, _WHO.get(message.sender, "mydata-uli"))
            text = message.text or f"[{message.kind}]"
            lines.append(f"{_when(message.created_at, zone)} {who}: {text}")
        for note in await repo.notes(conversation.id or 0):
            lines.append(f"{_when(note.created_at, zone)} {t(lang, 'mydata-note')}: {note.text}")
    return "\n".join(lines) + "\n"
