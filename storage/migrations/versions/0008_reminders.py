"""Reminders of appointments; leases and send times on outbox rows (several processes,
rate limits).

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-01
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from storage.utc import UTCDateTime

revision: str = "0008"
down_revision: str | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("outbox") as batch:
        batch.add_column(sa.Column("claimed_by", sa.String(length=64), nullable=True))
        batch.add_column(sa.Column("claimed_until", UTCDateTime(), nullable=True))
        batch.add_column(sa.Column("tried_at", UTCDateTime(), nullable=True))
    op.create_index(op.f("ix_outbox_tried_at"), "outbox", ["tried_at"], unique=False)
    op.create_table(
        "reminder",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("appointment_id", sa.Integer(), nullable=False),
        sa.Column("due_at", UTCDateTime(), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("sent_at", UTCDateTime(), nullable=True),
        sa.Column("outbox_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["appointment_id"],
            ["appointment.id"],
            name=op.f("fk_reminder_appointment_id_appointment"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["outbox_id"],
            ["outbox.id"],
            name=op.f("fk_reminder_outbox_id_outbox"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_reminder")),
    )
    op.create_index(
        op.f("ix_reminder_appointment_id"), "reminder", ["appointment_id"], unique=False
    )
    op.create_index("ix_reminder_due", "reminder", ["status", "due_at"], unique=False)


def downgrade() -> None:
    op.drop_index("ix_reminder_due", table_name="reminder")
    op.drop_index(op.f("ix_reminder_appointment_id"), table_name="reminder")
    op.drop_table("reminder")
    op.drop_index(op.f("ix_outbox_tried_at"), table_name="outbox")
    with op.batch_alter_table("outbox") as batch:
        batch.drop_column("tried_at")
        batch.drop_column("claimed_until")
        batch.drop_column("claimed_by")
