"""Tables, migrations and queries. Imports nothing from Uli's other packages."""

from storage.db import Database, DatabaseUnavailable
from storage.migrate import migrate
from storage.models import (
    Contact,
    Conversation,
    ConversationStatus,
    Direction,
    Message,
    MessageKind,
    Sender,
)
from storage.outbox import OutboxMessage, OutboxRows, OutboxStatus
from storage.pseudonyms import new_pseudonym
from storage.repository import Repository
from storage.utc import UTCDateTime, as_utc

__all__ = [
    "Contact",
    "Conversation",
    "ConversationStatus",
    "Database",
    "DatabaseUnavailable",
    "Direction",
    "Message",
    "MessageKind",
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
