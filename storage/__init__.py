"""Tables, migrations and queries. Imports nothing from Uli's other packages."""

from storage.access_log import (
    AccessAction,
    AccessLogEntry,
    AccessLogFilter,
    AccessLogPage,
    AccessLogRows,
)
from storage.accounts import AccountRows, ConsoleSession, LoginAttempt
from storage.casework import (
    HISTORY_PAGE,
    INBOX_LIMIT,
    CaseworkRows,
    ConversationRecord,
    HistoryEntry,
    InboxRow,
    InboxTab,
    NoteEntry,
)
from storage.crypto import DataKeyError, EncryptedText, TextCipher
from storage.db import Database, DatabaseUnavailable
from storage.inbound import Delivered, InboundRow, InboundRows, InboundStatus, Quarantined
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
from storage.outbox import Claim, OutboxMessage, OutboxRows, OutboxStatus, SendLimits
from storage.pseudonyms import new_pseudonym
from storage.reminders import REMINDER, Reminder, ReminderRows, ReminderStatus
from storage.repository import Repository
from storage.utc import UTCDateTime, as_utc, utc_now

__all__ = [
    "HISTORY_PAGE",
    "INBOX_LIMIT",
    "REMINDER",
    "AccessAction",
    "AccessLogEntry",
    "AccessLogFilter",
    "AccessLogPage",
    "AccessLogRows",
    "AccountRows",
    "CaseworkRows",
    "Caseworker",
    "CaseworkerRole",
    "Claim",
    "ConsoleSession",
    "Contact",
    "Conversation",
    "ConversationRecord",
    "ConversationStatus",
    "DataKeyError",
    "Database",
    "DatabaseUnavailable",
    "Delivered",
    "Direction",
    "EncryptedText",
    "HistoryEntry",
    "InboundRow",
    "InboundRows",
    "InboundStatus",
    "InboxRow",
    "InboxTab",
    "LoginAttempt",
    "Membership",
    "Message",
    "MessageKind",
    "Note",
    "NoteEntry",
    "OutboxMessage",
    "OutboxRows",
    "OutboxStatus",
    "Quarantined",
    "Reminder",
    "ReminderRows",
    "ReminderStatus",
    "Repository",
    "SendLimits",
    "Sender",
    "TextCipher",
    "UTCDateTime",
    "as_utc",
    "migrate",
    "new_pseudonym",
    "utc_now",
]
