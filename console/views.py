"""Inbox rows and conversations as the pages show them: names, local times, waiting times,
all in the caseworker's language. Texts stay raw here; templates escape and neutralise."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any
from zoneinfo import ZoneInfo

from console.context import Console
from console.display import local_time, waited
from console.ui import Words
from flows.desk.casework import InboxItem
from flows.desk.suggestions import speaks
from storage import (
    Caseworker,
    Contact,
    Conversation,
    ConversationRecord,
    HistoryEntry,
    Message,
)

BERLIN = ZoneInfo("Europe/Berlin")


@dataclass(frozen=True, slots=True)
class RowView:
    id: int
    status: str
    urgent: bool
    pseudonym: str
    name: str | None
    language: str | None
    language_name: str
    contact_point: str
    waiting: str
    last_sender: str
    last_text: str
    assignee: str | None
    suggested: str | None
    unreachable: bool


@dataclass(frozen=True, slots=True)
class MessageView:
    id: int
    sender: str
    who: str
    at: str
    kind: str
    text: str
    media: bool
    delivery: str | None


@dataclass(frozen=True, slots=True)
class NoteView:
    who: str
    at: str
    text: str


@dataclass(frozen=True, slots=True)
class ConversationView:
    id: int
    status: str
    pseudonym: str
    name: str | None
    language: str | None
    language_name: str
    contact_point: str
    assignee: str | None
    assignee_id: int | None
    waiting: str | None
    urgent: bool
    unreachable: bool


@dataclass(frozen=True, slots=True)
class ColleagueView:
    id: int
    name: str
    speaks: bool


class Views:
    def __init__(self, console: Console, t: Words) -> None:
        self.console, self.t = console, t
        self.now = console.clock()

    def zone(self, cp_id: str | None) -> ZoneInfo:
        cp = self.console.catalogue.contact_point(cp_id or "")
        return cp.zone if cp else BERLIN

    def when(self, moment: dt.datetime | None, cp_id: str | None) -> str:
        zone = self.zone(cp_id)
        return local_time(moment, zone, self.now.astimezone(zone).date())

    def waiting(self, since: dt.datetime | None) -> str:
        found = waited(since, self.now)
        return self.t(f"console-{found[0]}", number=str(found[1])) if found else ""

    def sender(self, message: Message, pseudonym: str, caseworker: str | None) -> str:
        if message.sender == "young_person":
            return pseudonym
        if message.sender == "caseworker":
            return caseworker or self.t("console-former-colleague")
        return "Uli"

    def _who(self, conversation: Conversation, contact: Contact) -> dict[str, Any]:
        """What an inbox row and a conversation page show alike: who and where."""
        return {
            "id": conversation.id or 0,
            "status": conversation.status,
            "pseudonym": contact.pseudonym,
            "name": contact.display_name,
            "language": contact.language,
            "language_name": self.t.language_name(contact.language),
            "contact_point": self.console.contact_point_name(
                conversation.contact_point_id, self.t.lang
            ),
        }

    def row(self, item: InboxItem) -> RowView:
        conversation, contact, last = item.row.conversation, item.row.contact, item.row.last_message
        return RowView(
            **self._who(conversation, contact),
            urgent=conversation.urgent,
            waiting=self.waiting(
                conversation.closed_at
                if conversation.status == "closed"
                else conversation.waiting_since or conversation.started_at
            ),
            last_sender=self.sender(last, contact.pseudonym, None) if last else "",
            last_text=(last.text or self.t(f"console-kind-{last.kind}")) if last else "",
            assignee=item.row.assignee_name,
            suggested=item.suggested.name if item.suggested else None,
            unreachable=contact.unreachable,
        )

    def conversation(self, record: ConversationRecord) -> ConversationView:
        conversation, contact = record.conversation, record.contact
        open_ = conversation.status != "closed"
        return ConversationView(
            **self._who(conversation, contact),
            assignee=record.assignee_name,
            assignee_id=conversation.assignee_id,
            waiting=self.waiting(conversation.waiting_since) if open_ else None,
            urgent=conversation.urgent,
            unreachable=contact.unreachable,
        )

    def message(self, entry: HistoryEntry, record: ConversationRecord) -> MessageView:
        message = entry.message
        return MessageView(
            id=message.id or 0,
            sender=message.sender,
            who=self.sender(message, record.contact.pseudonym, entry.caseworker_name),
            at=self.when(message.created_at, record.conversation.contact_point_id),
            kind=message.kind,
            text=message.text,
            media=bool(message.media_ref),
            delivery=entry.delivery,
        )

    def messages(self, record: ConversationRecord) -> list[MessageView]:
        return [self.message(entry, record) for entry in record.history]

    def notes(self, record: ConversationRecord) -> list[NoteView]:
        cp_id = record.conversation.contact_point_id
        return [
            NoteView(
                who=n.caseworker_name or self.t("console-former-colleague"),
                at=self.when(n.note.created_at, cp_id),
                text=n.note.text,
            )
            for n in record.notes
        ]

    def colleagues(self, ranked: list[Caseworker], lang: str | None) -> list[ColleagueView]:
        return [ColleagueView(c.id or 0, c.name, speaks(c, lang)) for c in ranked]
