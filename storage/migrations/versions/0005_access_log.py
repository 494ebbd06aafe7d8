"""Access log: who in the console read or did what, kept apart from the conversations.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-25
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from storage.utc import UTCDateTime

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # conversation_id has no foreign key on purpose: entries outlive deleted conversations.
    op.create_table(
        "access_log",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("at", UTCDateTime(), nullable=False),
        sa.Column("caseworker_id", sa.Integer(), nullable=True),
        sa.Column("caseworker_email", sa.String(length=254), nullable=True),
        sa.Column("action", sa.String(length=32), nullable=False),
        sa.Column("conversation_id", sa.Integer(), nullable=True),
        sa.Column("contact_point_id", sa.String(length=24), nullable=True),
        sa.Column("detail", sa.String(length=120), nullable=False),
        sa.ForeignKeyConstraint(
            ["caseworker_id"],
            ["caseworker.id"],
            name=op.f("fk_access_log_caseworker_id_caseworker"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_access_log")),
    )
    op.create_index(op.f("ix_access_log_at"), "access_log", ["at"], unique=False)
    op.create_index(op.f("ix_access_log_action"), "access_log", ["action"], unique=False)
    op.create_index(
        op.f("ix_access_log_caseworker_id"), "access_log", ["caseworker_id"], unique=False
    )
    op.create_index(
        op.f("ix_access_log_conversation_id"), "access_log", ["conversation_id"], unique=False
    )


def downgrade() -> None:
    op.drop_index(op.f("ix_access_log_conversation_id"), table_name="access_log")
    op.drop_index(op.f("ix_access_log_caseworker_id"), table_name="access_log")
    op.drop_index(op.f("ix_access_log_action"), table_name="access_log")
    op.drop_index(op.f("ix_access_log_at"), table_name="access_log")
    op.drop_table("access_log")
