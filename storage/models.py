"""The tables. Enums give the code a closed vocabulary; the columns store plain strings so a
later value (a new channel, a new status) needs no database enum migration."""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum

from sqlalchemy import Index, MetaData, UniqueConstraint
from sqlalchemy.orm import registry
from sqlmodel import Field, SQLModel

from storage.crypto import EncryptedText
from storage.utc import UTCDateTime

# Named constraints, so later migrations can drop or alter them on both back ends
# (SQLite would otherwise leave them unnamed, PostgreSQL would invent names).
NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(SQLModel, registry=registry(metadata=MetaData(naming_convention=NAMING_CONVENTION))):
    """Own registry and metadata: Uli's tables only, not SQLModel's process-wide metadata."""


class ConversationStatus(StrEnum):
    BOT = "bot"  # Uli answers on its own
    WAITING = "waiting"  # handed over, no caseworker yet
    ASSIGNED = "assigned"  # a caseworker has it
    CLOSED = "closed"


class Direction(StrEnum):
    IN = "in"
    OUT = "out"


class Sender(StrEnum):
    YOUNG_PERSON = "young_person"
    ULI = "uli"
    CASEWORKER = "caseworker"


class MessageKind(StrEnum):
    TEXT = "text"
    COMMAND = "command"
    BUTTON = "button"
    STICKER = "sticker"
    PHOTO = "photo"
    VOICE = "voice"
    VIDEO = "video"
    DOCUMENT = "document"
    LOCATION = "location"
    CONTACT_CARD = "contact_card"
    EDITED = "edited"
    OTHER = "other"


class Contact(Base, table=True):
    """A young person, known only by messenger address and pseudonym."""

    __table_args__ = (UniqueConstraint("channel", "external_id", name="uq_contact_address"),)

    id: int | None = Field(default=None, primary_key=True)
    channel: str = Field(max_length=16)  # "telegram", later "webchat"
    external_id: str = Field(max_length=64)  # the chat id, as a string
    pseudonym: str = Field(max_length=40, unique=True)
    # Only if the young person gives one in the chat (/name, at most 40 characters); never
    # taken from Telegram. Encrypted at rest like what they write (storage.crypto).
    display_name: str | None = Field(default=None, sa_type=EncryptedText)
    language: str | None = Field(default=None, max_length=8)
    language_confirmed: bool = False  # True once the person chose the language explicitly
    contact_point_id: str | None = Field(default=None, max_length=24)
    state: str = Field(default="new", max_length=32)  # conversation state machine
    unreachable: bool = False  # the person blocked the bot: messages to them cannot arrive
    first_seen_at: datetime = Field(sa_type=UTCDateTime)
    last_seen_at: datetime = Field(sa_type=UTCDateTime)


class Conversation(Base, table=True):
    # The inbox's tabs and counts (status, then who may see it and who has it; the counts
    # come from this index alone), and the closed tab, newest first, without a sort of all
    # closed conversations.
    __table_args__ = (
        Index("ix_conversation_tabs", "status", "contact_point_id", "assignee_id"),
        Index("ix_conversation_closed", "status", "closed_at", "id"),
    )

    id: int | None = Field(default=None, primary_key=True)
    # CASCADE: deleting a contact (the person asked us to forget them) takes everything along.
    contact_id: int = Field(foreign_key="contact.id", ondelete="CASCADE", index=True)
    contact_point_id: str | None = Field(default=None, max_length=24)
    status: str = Field(default=ConversationStatus.BOT.value, max_length=16)
    started_at: datetime = Field(sa_type=UTCDateTime)
    last_activity_at: datetime = Field(sa_type=UTCDateTime)
    # Handover: set when the conversation goes to the caseworkers' inbox.
    waiting_since: datetime | None = Field(default=None, sa_type=UTCDateTime)
    urgent: bool = False  # a crisis was detected: first in the inbox
    urgent_reason: str | None = Field(default=None, max_length=24)  # e.g. "suicide"
    # SET NULL: removing a caseworker's account puts their conversations back to waiting.
    assignee_id: int | None = Field(
        default=None, foreign_key="caseworker.id", ondelete="SET NULL", index=True
    )
    closed_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    # While handed over: when the young person was last told they are heard (Uli's
    # acknowledgement or a caseworker's reply), so that acknowledgements do not flood.
    heard_at: datetime | None = Field(default=None, sa_type=UTCDateTime)


class Message(Base, table=True):
    # A conversation's messages in the order shown, read from either end (its latest page,
    # the page before a message) without sorting the conversation.
    __table_args__ = (
        Index("ix_message_conversation_created", "conversation_id", "created_at", "id"),
    )

    id: int | None = Field(default=None, primary_key=True)
    conversation_id: int = Field(foreign_key="conversation.id", ondelete="CASCADE")
    direction: str = Field(max_length=4)
    sender: str = Field(max_length=16)
    kind: str = Field(max_length=16)
    # Telegram allows 4096 characters per text: https://core.telegram.org/bots/api#sendmessage
    # Encrypted at rest (storage.crypto), like notes and queued replies.
    text: str = Field(default="", sa_type=EncryptedText)  # "" for stickers, photos without caption
    created_at: datetime = Field(sa_type=UTCDateTime)
    # The messenger's own id of an attached photo, voice note or document (Telegram file_id),
    # so the console can fetch it on demand; the file itself is not copied.
    media_ref: str | None = Field(default=None, max_length=256)
    # Which caseworker wrote it (sender "caseworker"); SET NULL keeps the message when an
    # account is removed.
    caseworker_id: int | None = Field(
        default=None, foreign_key="caseworker.id", ondelete="SET NULL"
    )


class CaseworkerRole(StrEnum):
    CASEWORKER = "caseworker"
    ADMIN = "admin"


class Caseworker(Base, table=True):
    """Someone who logs into the console. Passwords are argon2 hashes, never plain."""

    id: int | None = Field(default=None, primary_key=True)
    email: str = Field(max_length=254, unique=True)  # stored lower case
    name: str = Field(max_length=80)
    password_hash: str = Field(max_length=256)
    role: str = Field(default=CaseworkerRole.CASEWORKER.value, max_length=16)
    languages: str = Field(default="", max_length=64)  # "de,ar,en": who should take whom
    active: bool = True
    created_at: datetime = Field(sa_type=UTCDateTime)


class Membership(Base, table=True):
    """A caseworker belongs to contact points and sees only their conversations."""

    caseworker_id: int = Field(foreign_key="caseworker.id", ondelete="CASCADE", primary_key=True)
    contact_point_id: str = Field(max_length=24, primary_key=True)


class Note(Base, table=True):
    """An internal note on a conversation: for colleagues, never sent to the young person."""

    id: int | None = Field(default=None, primary_key=True)
    conversation_id: int = Field(foreign_key="conversation.id", ondelete="CASCADE", index=True)
    caseworker_id: int | None = Field(
        default=None, foreign_key="caseworker.id", ondelete="SET NULL"
    )
    text: str = Field(sa_type=EncryptedText)
    created_at: datetime = Field(sa_type=UTCDateTime)
