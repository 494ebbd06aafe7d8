"""The inbox: every update a channel delivers is a row before it is confirmed.

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-03
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from storage.utc import UTCDateTime

revision: str = "0009"
down_revision: str | None = "0008"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "inbound",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("channel", sa.String(length=32), nullable=False),
        sa.Column("update_id", sa.String(length=64), nullable=False),
        sa.Column("sequence", sa.String(length=80), nullable=False),
        sa.Column("payload", sa.Text(), nullable=False),  # encrypted (storage.crypto)
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("received_at", UTCDateTime(), nullable=False),
        sa.Column("next_attempt_at", UTCDateTime(), nullable=False),
        sa.Column("done_at", UTCDateTime(), nullable=True),
        sa.Column("claimed_by", sa.String(length=64), nullable=True),
        sa.Column("claimed_until", UTCDateTime(), nullable=True),
        sa.Column("last_error", sa.String(length=200), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_inbound")),
        sa.UniqueConstraint("channel", "update_id", name="uq_inbound_update"),
    )
    op.create_index("ix_inbound_pending", "inbound", ["status", "sequence", "id"], unique=False)
    op.create_index(op.f("ix_inbound_done_at"), "inbound", ["done_at"], unique=False)


def downgrade() -> None:
    op.drop_index(op.f("ix_inbound_done_at"), table_name="inbound")
    op.drop_index("ix_inbound_pending", table_name="inbound")
    op.drop_table("inbound")
