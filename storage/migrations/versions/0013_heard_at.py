"""A handed-over conversation remembers when the young person was last told they are heard.

`off_hours_noted_at` (the last out-of-hours note) becomes `heard_at`: the last time Uli
acknowledged a message or a caseworker replied, so that further messages are acknowledged
once per quiet period and the waiting time is told again only when it changes. The value
carries over: an out-of-hours note was such an acknowledgement.

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-07
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0013"
down_revision: str | None = "0012"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("conversation") as batch:
        batch.alter_column("off_hours_noted_at", new_column_name="heard_at")


def downgrade() -> None:
    with op.batch_alter_table("conversation") as batch:
        batch.alter_column("heard_at", new_column_name="off_hours_noted_at")
