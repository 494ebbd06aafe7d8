"""Tables, migrations and queries. Imports nothing from Uli's other packages."""

from storage.db import Database, DatabaseUnavailable
from storage.migrate import migrate
from storage.models import (
    Caseworker,
    CaseworkerRole,
    Contact,
    Conversation,
    ConversationStatus,
    Direction,
    Membership,
    Message,
    MessageKind,
    Note,
    Sender,
)
from storage.outbox import OutboxMessage, OutboxRows, OutboxStatus
from storage.pseudonyms import new_pseudonym
from storage.repository import Repository
from storage.utc import UTCDateTime, as_utc

__all__ = [
    "Caseworker",
    "CaseworkerRole",
    "Contact",
    "Conversation",
    "ConversationStatus",
    "Database",
    "DatabaseUnavailable",
    "Direction",
    "Membership",
    "Message",
    "MessageKind",
    "Note",
    "OutboxMessage",
    "OutboxRows",
    "OutboxStatus",
    "Repository",
    "Sender",
    "UTCDateTime",
    "as_utc",
    "migrate",
    "new_pseudonym",
]
