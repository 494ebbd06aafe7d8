"""What caseworkers do with handed-over conversations: read, reply, claim, assign, close,
reopen, note. Every action checks that the conversation belongs to one of the caseworker's
contact points; one that does not is `NotFound`, exactly like one that does not exist.

A reply is stored as a message and queued in the outbox in one transaction (persist, then
send): a Telegram error delays it, never loses it, and the console shows it as pending.
Open consoles hear of every change through `Live`, after the transaction has committed.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from flows.delivery.live import Change
from flows.delivery.saying import Voice
from flows.desk import access_log
from flows.desk.actor import Actor, NotFound, Refused
from flows.desk.suggestions import rank, suggest
from flows.vocabulary.events import Reply
from flows.vocabulary.texts import Texts, directed
from storage import (
    INBOX_LIMIT,
    AccessAction,
    Caseworker,
    Conversation,
    ConversationRecord,
    ConversationStatus,
    Database,
    InboxRow,
    InboxTab,
    Message,
    Note,
    Repository,
)

# Telegram's limit for one message (https://core.telegram.org/bots/api#sendmessage); the
# sender could split longer ones, but a caseworker's reply that long is a paste gone wrong.
REPLY_LIMIT = 4096
NOTE_LIMIT = 4000
# Canned replies, in this order; their texts are `canned-<id>` in locales/*.ftl, their
# labels for the caseworker `console-canned-<id>`.
CANNED = ("hello", "more", "appointment", "documents", "later", "goodbye")


@dataclass(frozen=True, slots=True)
class InboxItem:
    row: InboxRow
    suggested: Caseworker | None
    """Who should take it (speaks the young person's language, fewest open conversations)."""


@dataclass(frozen=True, slots=True)
class Canned:
    id: str
    text: str


def _written(text: str, what: str, limit: int) -> str:
    """What a caseworker wrote, without the white space around it; refused if that leaves
    nothing or more than `limit` characters."""
    text = text.strip()
    if not text:
        raise Refused("empty", f"the {what} is empty")
    if len(text) > limit:
        raise Refused("too-long", f"a {what} has at most {limit} characters")
    return text


class Casework:
    def __init__(
        self,
        database: Database,
        texts: Texts,
        voice: Voice,
        clock: Callable[[], dt.datetime],
    ) -> None:
        """`voice` is the one way to say something (flows/delivery/saying.py): caseworkers'
        replies go through it, and open consoles hear of every change."""
        self.database = database
        self.texts = texts
        self.voice = voice
        self.live = voice.live
        self.clock = clock

    # -- reading -------------------------------------------------------------------------------

    async def inbox(self, actor: Actor, tab: InboxTab, limit: int = INBOX_LIMIT) -> list[InboxItem]:
        """The first `limit` conversations of a tab, with who should take each."""
        async with self.database.session() as repo:
            rows = await repo.casework.inbox(actor.contact_point_ids, tab, actor.id, limit)
            cp_ids = {r.conversation.contact_point_id for r in rows}
            members = await repo.accounts.members(cp for cp in cp_ids if cp is not None)
            if None in cp_ids:
                members[""] = await _takers(repo, None)
            load = await repo.accounts.assigned_counts()
        return [
            InboxItem(
                row,
                suggest(
                    row.contact.language,
                    members.get(row.conversation.contact_point_id or "", []),
                    load,
                )
                if row.conversation.status == ConversationStatus.WAITING.value
                else None,
            )
            for row in rows
        ]

    async def counts(self, actor: Actor) -> dict[str, int]:
        """How many conversations each inbox tab holds, by tab name."""
        async with self.database.session() as repo:
            counts = await repo.casework.counts(actor.contact_point_ids, actor.id)
        return {tab.value: count for tab, count in counts.items()}

    async def record(
        self,
        actor: Actor,
        conversation_id: int,
        *,
        via: str = "page",
        before: int | None = None,
        limit: int | None = None,
    ) -> ConversationRecord:
        """The conversation for reading (with `limit`, its latest messages, or those before
        the message `before` and all after it; see storage/casework.py); the reading goes
        into the access log (`via` says where: page, api)."""
        async with self.database.session() as repo:
            record = await repo.casework.record(
                conversation_id, actor.contact_point_ids, before=before, limit=limit
            )
            if record is None:
                raise NotFound(f"conversation {conversation_id}")
            await access_log.note_view(
                repo, actor, self.clock(), conversation_id,
                record.conversation.contact_point_id, via,
            )  # fmt: skip
        return record

    async def colleagues(self, actor: Actor, record: ConversationRecord) -> list[Caseworker]:
        """Who may take this conversation, the best suggestion first."""
        cp_id = record.conversation.contact_point_id
        if not actor.may_see(cp_id):
            raise NotFound(f"conversation {record.conversation.id}")
        async with self.database.session() as repo:
            members = await _takers(repo, cp_id)
            load = await repo.accounts.assigned_counts()
        return rank(record.contact.language, members, load)

    def canned(self, lang: str | None, caseworker_name: str) -> list[Canned]:
        """The canned replies in the young person's language (German if unknown)."""
        lang = lang or "de"
        return [
            Canned(key, directed(self.texts(lang, f"canned-{key}", name=caseworker_name), lang))
            for key in CANNED
        ]

    async def media_ref(self, actor: Actor, message_id: int) -> str:
        """The messenger's reference of a photo, voice note or document; opening it is
        noted in the access log (once per sitting, see access_log.note_media)."""
        async with self.database.session() as repo:
            message = await repo.casework.message(message_id, actor.contact_point_ids)
            if message is None or not message.media_ref:
                raise NotFound(f"media of message {message_id}")
            conversation = await repo.session.get(Conversation, message.conversation_id)
            await access_log.note_media(
                repo, actor, self.clock(), message_id, message.kind, message.conversation_id,
                conversation.contact_point_id if conversation else None,
            )  # fmt: skip
        return message.media_ref

    # -- acting --------------------------------------------------------------------------------

    async def reply(self, actor: Actor, conversation_id: int, text: str) -> Message:
        """Send `text` to the young person; a waiting conversation becomes the actor's."""
        text = _written(text, "reply", REPLY_LIMIT)
        now = self.clock()
        async with self.database.session() as repo:
            conversation = await self._open(repo, actor, conversation_id)
            contact = await repo.contact_by_id(conversation.contact_id)
            if contact is None:  # pragma: no cover - the foreign key forbids it
                raise NotFound(f"conversation {conversation_id}")
            if conversation.status == ConversationStatus.WAITING.value:
                conversation.status = ConversationStatus.ASSIGNED.value
                conversation.assignee_id = actor.id
                await repo.save(conversation)
            said = await self.voice.say(
                repo, contact, conversation, Reply(text=text), now, caseworker_id=actor.id
            )
            message = said.message
            await self._note(repo, actor, AccessAction.REPLY, conversation, f"message {message.id}")
        return message

    async def claim(self, actor: Actor, conversation_id: int) -> None:
        await self.assign(actor, conversation_id, actor.id)

    async def assign(self, actor: Actor, conversation_id: int, caseworker_id: int) -> None:
        """Give the conversation to a colleague of its contact point (or oneself); one of no
        contact point yet to anyone who sees it."""
        async with self.database.session() as repo:
            conversation = await self._open(repo, actor, conversation_id)
            members = await _takers(repo, conversation.contact_point_id)
            if caseworker_id not in {m.id for m in members}:
                raise Refused("not-member", "that colleague does not work at this contact point")
            conversation.status = ConversationStatus.ASSIGNED.value
            conversation.assignee_id = caseworker_id
            await repo.save(conversation)
            if caseworker_id == actor.id:
                await self._note(repo, actor, AccessAction.CLAIM, conversation)
            else:
                detail = f"to caseworker {caseworker_id}"
                await self._note(repo, actor, AccessAction.ASSIGN, conversation, detail)
        self._publish(conversation, "status")

    async def release(self, actor: Actor, conversation_id: int) -> None:
        """Back to waiting, for someone else to take."""
        async with self.database.session() as repo:
            conversation = await self._open(repo, actor, conversation_id)
            conversation.status = ConversationStatus.WAITING.value
            conversation.assignee_id = None
            await repo.save(conversation)
            await self._note(repo, actor, AccessAction.RELEASE, conversation)
        self._publish(conversation, "status")

    async def close(self, actor: Actor, conversation_id: int) -> None:
        async with self.database.session() as repo:
            conversation = await self._open(repo, actor, conversation_id)
            conversation.status = ConversationStatus.CLOSED.value
            conversation.closed_at = self.clock()
            await repo.save(conversation)
            await self._note(repo, actor, AccessAction.CLOSE, conversation)
        self._publish(conversation, "status")

    async def reopen(self, actor: Actor, conversation_id: int) -> None:
        """A closed conversation back to the actor; refused if the young person has started
        a newer one meanwhile (their messages go there)."""
        async with self.database.session() as repo:
            conversation = await self._locked(repo, actor, conversation_id)
            if conversation.status != ConversationStatus.CLOSED.value:
                raise Refused("not-closed", "the conversation is not closed")
            if await repo.casework.newer_open_conversation(conversation) is not None:
                raise Refused("newer-open", "the young person has a newer open conversation")
            conversation.status = ConversationStatus.ASSIGNED.value
            conversation.assignee_id = actor.id
            conversation.closed_at = None
            conversation.waiting_since = conversation.waiting_since or self.clock()
            await repo.save(conversation)
            await self._note(repo, actor, AccessAction.REOPEN, conversation)
        self._publish(conversation, "status")

    async def add_note(self, actor: Actor, conversation_id: int, text: str) -> Note:
        """An internal note for colleagues; it is never sent to the young person."""
        text = _written(text, "note", NOTE_LIMIT)
        async with self.database.session() as repo:
            conversation = await self._locked(repo, actor, conversation_id)
            note = await repo.casework.add_note(
                Note(
                    conversation_id=conversation_id,
                    caseworker_id=actor.id,
                    text=text,
                    created_at=self.clock(),
                )
            )
            await self._note(repo, actor, AccessAction.NOTE, conversation, f"note {note.id}")
        self._publish(conversation, "note")
        return note

    # -- helpers -------------------------------------------------------------------------------

    async def _locked(self, repo: Repository, actor: Actor, conversation_id: int) -> Conversation:
        conversation = await repo.casework.conversation(
            conversation_id, actor.contact_point_ids, lock=True
        )
        if conversation is None:
            raise NotFound(f"conversation {conversation_id}")
        return conversation

    async def _open(self, repo: Repository, actor: Actor, conversation_id: int) -> Conversation:
        conversation = await self._locked(repo, actor, conversation_id)
        if conversation.status == ConversationStatus.CLOSED.value:
            raise Refused("closed", "the conversation is closed; reopen it first")
        return conversation

    async def _note(
        self,
        repo: Repository,
        actor: Actor,
        action: AccessAction,
        conversation: Conversation,
        detail: str = "",
    ) -> None:
        await access_log.note(
            repo, action, self.clock(), actor=actor, conversation_id=conversation.id,
            contact_point_id=conversation.contact_point_id, detail=detail,
        )  # fmt: skip

    def _publish(self, conversation: Conversation, what: str) -> None:
        if conversation.id is not None:
            self.live.publish(Change.of(conversation, what))


async def _takers(repo: Repository, contact_point_id: str | None) -> list[Caseworker]:
    """Who may take a conversation: the active caseworkers of its contact point. One of no
    contact point yet (someone in crisis before choosing a service) is shown to every
    caseworker with a contact point (Actor.may_see), so any of them may take it."""
    if contact_point_id is not None:
        return (await repo.accounts.members([contact_point_id]))[contact_point_id]
    memberships = await repo.accounts.all_memberships()
    return [c for c in await repo.accounts.all() if c.active and memberships.get(c.id or 0)]
