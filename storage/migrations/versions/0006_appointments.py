"""Appointments, and one lock row per slot so that bookers of a slot queue up.

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-25
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from storage.utc import UTCDateTime

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "appointment_slot",
        sa.Column("contact_point_id", sa.String(length=24), nullable=False),
        sa.Column("place_id", sa.String(length=24), nullable=False),
        sa.Column("starts_at", UTCDateTime(), nullable=False),
        sa.PrimaryKeyConstraint(
            "contact_point_id", "place_id", "starts_at", name=op.f("pk_appointment_slot")
        ),
    )
    op.create_table(
        "appointment",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("contact_id", sa.Integer(), nullable=False),
        sa.Column("conversation_id", sa.Integer(), nullable=True),
        sa.Column("contact_point_id", sa.String(length=24), nullable=False),
        sa.Column("place_id", sa.String(length=24), nullable=False),
        sa.Column("starts_at", UTCDateTime(), nullable=False),
        sa.Column("ends_at", UTCDateTime(), nullable=False),
        sa.Column("topic", sa.Text(), nullable=True),  # encrypted (storage.crypto)
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("cancelled_at", UTCDateTime(), nullable=True),
        sa.Column("booked_by_caseworker_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["booked_by_caseworker_id"],
            ["caseworker.id"],
            name=op.f("fk_appointment_booked_by_caseworker_id_caseworker"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["contact_id"],
            ["contact.id"],
            name=op.f("fk_appointment_contact_id_contact"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["conversation_id"],
            ["conversation.id"],
            name=op.f("fk_appointment_conversation_id_conversation"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_appointment")),
    )
    op.create_index(op.f("ix_appointment_contact_id"), "appointment", ["contact_id"], unique=False)
    op.create_index(
        op.f("ix_appointment_conversation_id"), "appointment", ["conversation_id"], unique=False
    )
    op.create_index(
        "ix_appointment_slot",
        "appointment",
        ["contact_point_id", "place_id", "starts_at"],
        unique=False,
    )


def downgrade() -> None:
    op.drop_index("ix_appointment_slot", table_name="appointment")
    op.drop_index(op.f("ix_appointment_conversation_id"), table_name="appointment")
    op.drop_index(op.f("ix_appointment_contact_id"), table_name="appointment")
    op.drop_table("appointment")
    op.drop_table("appointment_slot")
