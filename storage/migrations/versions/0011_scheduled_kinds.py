"""Scheduled messages have a kind: the rows of the reminder table that exist are reminders.

A plain ADD COLUMN with a default on both databases (no batch mode on SQLite: copying the
table is not needed for a new column with a default).

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-07
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0011"
down_revision: str | None = "0010"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column(
        "reminder",
        sa.Column(
            "kind", sa.String(length=32), nullable=False, server_default=sa.text("'reminder'")
        ),
    )


def downgrade() -> None:
    op.drop_column("reminder", "kind")
