"""Indexes for the console at scale (100,000 conversations, a million messages):

* outbox.message_id: a conversation's history joins its messages' outbox rows;
* message (conversation_id, created_at, id), instead of conversation_id alone: a page of a
  conversation's messages in the order shown, from either end;
* conversation (status, contact_point_id, assignee_id), instead of status alone: the inbox's
  tabs and their counts; conversation (status, closed_at, id): the closed tab, newest first.

Plain CREATE/DROP INDEX on both databases (no table copy on SQLite).

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-07
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0012"
down_revision: str | None = "0011"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_index("ix_outbox_message_id", "outbox", ["message_id"])
    op.create_index(
        "ix_message_conversation_created", "message", ["conversation_id", "created_at", "id"]
    )
    op.drop_index("ix_message_conversation_id", table_name="message")
    op.create_index(
        "ix_conversation_tabs", "conversation", ["status", "contact_point_id", "assignee_id"]
    )
    op.create_index("ix_conversation_closed", "conversation", ["status", "closed_at", "id"])
    op.drop_index("ix_conversation_status", table_name="conversation")


def downgrade() -> None:
    op.create_index("ix_conversation_status", "conversation", ["status"])
    op.drop_index("ix_conversation_closed", table_name="conversation")
    op.drop_index("ix_conversation_tabs", table_name="conversation")
    op.create_index("ix_message_conversation_id", "message", ["conversation_id"])
    op.drop_index("ix_message_conversation_created", table_name="message")
    op.drop_index("ix_outbox_message_id", table_name="outbox")
