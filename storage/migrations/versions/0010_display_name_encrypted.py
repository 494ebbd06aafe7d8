"""The name given with /name is encrypted at rest: the column becomes TEXT.

A Fernet token of a 40-character name is far longer than 40 characters. Names stored before
are encrypted at the next start with a data key (storage.rekey.encrypt_plaintext), like
message texts from before encryption.

On SQLite the column is replaced in place (add, copy, drop, rename; SQLite 3.35 or newer):
batch mode would copy the table and drop the old one, and with foreign keys on, dropping
``contact`` deletes every conversation through ON DELETE CASCADE.

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-03
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0010"
down_revision: str | None = "0009"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _sqlite_retype(declared: str) -> None:
    op.execute(f"ALTER TABLE contact ADD COLUMN display_name_new {declared}")
    op.execute("UPDATE contact SET display_name_new = display_name")
    op.execute("ALTER TABLE contact DROP COLUMN display_name")
    op.execute("ALTER TABLE contact RENAME COLUMN display_name_new TO display_name")


def upgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        _sqlite_retype("TEXT")
        return
    op.alter_column(
        "contact",
        "display_name",
        type_=sa.Text(),
        existing_type=sa.String(length=40),
        existing_nullable=True,
    )


def downgrade() -> None:
    # Without the data key a migration cannot decrypt: encrypted names are dropped (a name
    # is optional; the person can give it again), plain ones are kept.
    op.execute("UPDATE contact SET display_name = NULL WHERE display_name LIKE 'fernet:%'")
    if op.get_bind().dialect.name == "sqlite":
        _sqlite_retype("VARCHAR(40)")
        return
    op.alter_column(
        "contact",
        "display_name",
        type_=sa.String(length=40),
        existing_type=sa.Text(),
        existing_nullable=True,
    )
