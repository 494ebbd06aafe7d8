"""Handover to caseworkers: accounts, memberships, notes, conversation status fields.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-25
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from storage.utc import UTCDateTime

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "caseworker",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("email", sa.String(length=254), nullable=False),
        sa.Column("name", sa.String(length=80), nullable=False),
        sa.Column("password_hash", sa.String(length=256), nullable=False),
        sa.Column("role", sa.String(length=16), nullable=False),
        sa.Column("languages", sa.String(length=64), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_caseworker")),
        sa.UniqueConstraint("email", name=op.f("uq_caseworker_email")),
    )
    op.create_table(
        "membership",
        sa.Column("caseworker_id", sa.Integer(), nullable=False),
        sa.Column("contact_point_id", sa.String(length=24), nullable=False),
        sa.ForeignKeyConstraint(
            ["caseworker_id"],
            ["caseworker.id"],
            name=op.f("fk_membership_caseworker_id_caseworker"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("caseworker_id", "contact_point_id", name=op.f("pk_membership")),
    )
    op.create_table(
        "note",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("conversation_id", sa.Integer(), nullable=False),
        sa.Column("caseworker_id", sa.Integer(), nullable=True),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["conversation_id"],
            ["conversation.id"],
            name=op.f("fk_note_conversation_id_conversation"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["caseworker_id"],
            ["caseworker.id"],
            name=op.f("fk_note_caseworker_id_caseworker"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_note")),
    )
    op.create_index(op.f("ix_note_conversation_id"), "note", ["conversation_id"], unique=False)
    with op.batch_alter_table("conversation") as batch:
        batch.add_column(sa.Column("waiting_since", UTCDateTime(), nullable=True))
        batch.add_column(
            sa.Column("urgent", sa.Boolean(), nullable=False, server_default=sa.false())
        )
        batch.add_column(sa.Column("urgent_reason", sa.String(length=24), nullable=True))
        batch.add_column(sa.Column("assignee_id", sa.Integer(), nullable=True))
        batch.add_column(sa.Column("closed_at", UTCDateTime(), nullable=True))
        batch.add_column(sa.Column("off_hours_noted_at", UTCDateTime(), nullable=True))
        batch.create_foreign_key(
            op.f("fk_conversation_assignee_id_caseworker"),
            "caseworker",
            ["assignee_id"],
            ["id"],
            ondelete="SET NULL",
        )
        batch.create_index(op.f("ix_conversation_assignee_id"), ["assignee_id"], unique=False)
        batch.create_index(op.f("ix_conversation_status"), ["status"], unique=False)
    with op.batch_alter_table("message") as batch:
        batch.add_column(sa.Column("media_ref", sa.String(length=256), nullable=True))
        batch.add_column(sa.Column("caseworker_id", sa.Integer(), nullable=True))
        batch.create_foreign_key(
            op.f("fk_message_caseworker_id_caseworker"),
            "caseworker",
            ["caseworker_id"],
            ["id"],
            ondelete="SET NULL",
        )
    with op.batch_alter_table("outbox") as batch:
        batch.add_column(sa.Column("message_id", sa.Integer(), nullable=True))
        batch.create_foreign_key(
            op.f("fk_outbox_message_id_message"),
            "message",
            ["message_id"],
            ["id"],
            ondelete="SET NULL",
        )


def downgrade() -> None:
    with op.batch_alter_table("outbox") as batch:
        batch.drop_constraint(op.f("fk_outbox_message_id_message"), type_="foreignkey")
        batch.drop_column("message_id")
    with op.batch_alter_table("message") as batch:
        batch.drop_constraint(op.f("fk_message_caseworker_id_caseworker"), type_="foreignkey")
        batch.drop_column("caseworker_id")
        batch.drop_column("media_ref")
    with op.batch_alter_table("conversation") as batch:
        batch.drop_index(op.f("ix_conversation_status"))
        batch.drop_index(op.f("ix_conversation_assignee_id"))
        batch.drop_constraint(op.f("fk_conversation_assignee_id_caseworker"), type_="foreignkey")
        for column in (
            "off_hours_noted_at",
            "closed_at",
            "assignee_id",
            "urgent_reason",
            "urgent",
            "waiting_since",
        ):
            batch.drop_column(column)
    op.drop_index(op.f("ix_note_conversation_id"), table_name="note")
    op.drop_table("note")
    op.drop_table("membership")
    op.drop_table("caseworker")
