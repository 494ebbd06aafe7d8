"""What Uli stored, read the way an auditor would: straight from its database."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from sqlmodel import col, select

from storage import (
    Contact,
    Conversation,
    Database,
    Direction,
    Message,
    OutboxMessage,
    OutboxStatus,
    TextCipher,
)


@dataclass(frozen=True)
class Line:
    """One stored message of a conversation."""

    direction: str
    sender: str
    kind: str
    text: str

    @property
    def incoming(self) -> bool:
        return self.direction == Direction.IN.value


@dataclass
class StoredChat:
    lines: list[Line] = field(default_factory=list)
    """Every stored message of the chat's contact, in the order stored."""
    outbox: list[tuple[str, str]] = field(default_factory=list)
    """(text, status) of every queued reply, in the order queued."""
    display_name: str | None = None

    @property
    def incoming(self) -> list[Line]:
        return [line for line in self.lines if line.incoming]

    @property
    def unsent(self) -> list[tuple[str, str]]:
        return [row for row in self.outbox if row[1] != OutboxStatus.SENT.value]

    def settled(self, sent: int, arrived: int) -> bool:
        """All `sent` messages are stored, the last one's turn has stored a reply, and every
        queued reply is sent and has `arrived` at the fake server: nothing more will come."""
        return (
            len(self.incoming) >= sent
            and bool(self.lines)
            and not self.lines[-1].incoming
            and not self.unsent
            and arrived >= len(self.outbox)
        )


class Store:
    """Uli's database, opened beside (or after) `uli run` with the same data key."""

    def __init__(self, url: str, key: str) -> None:
        self.database = Database(url, cipher=TextCipher([key]))

    async def __aenter__(self) -> Store:
        await self.database.start()
        return self

    async def __aexit__(self, *_: object) -> None:
        await self.database.close()

    async def chats(self, chat_ids: list[int] | None = None) -> dict[int, StoredChat]:
        """The Telegram chats (all, or these), by chat id."""
        found: dict[int, StoredChat] = defaultdict(StoredChat)
        wanted = [str(chat) for chat in chat_ids] if chat_ids is not None else None
        async with self.database.session() as repo:
            session = repo.session
            contacts = select(Contact).where(col(Contact.channel) == "telegram")
            if wanted is not None:
                contacts = contacts.where(col(Contact.external_id).in_(wanted))
            for contact in (await session.exec(contacts)).all():
                found[int(contact.external_id)].display_name = contact.display_name
            lines = (
                select(Contact.external_id, Message)
                .join(Conversation, col(Conversation.id) == col(Message.conversation_id))
                .join(Contact, col(Contact.id) == col(Conversation.contact_id))
                .where(col(Contact.channel) == "telegram")
                .order_by(col(Message.id))
            )
            if wanted is not None:
                lines = lines.where(col(Contact.external_id).in_(wanted))
            for address, m in (await session.exec(lines)).all():
                found[int(address)].lines.append(Line(m.direction, m.sender, m.kind, m.text))
            rows = (
                select(OutboxMessage.address, OutboxMessage.text, OutboxMessage.status)
                .where(col(OutboxMessage.channel) == "telegram")
                .order_by(col(OutboxMessage.id))
            )
            if wanted is not None:
                rows = rows.where(col(OutboxMessage.address).in_(wanted))
            for address, text, status in (await session.exec(rows)).all():
                found[int(address)].outbox.append((text, status))
        return dict(found)
