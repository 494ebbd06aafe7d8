"""Migration 0011 on a database made with the schema before it (0010), with rows in it:
every appointment and its reminders are kept, the existing rows become reminders, and a
pending one is still due once, on SQLite and PostgreSQL."""

from __future__ import annotations

import datetime as dt

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from storage import Database
from tests.conftest_db import TEST_CIPHER
from tests.stored import made_at_revision

BOOKED = dt.datetime(2026, 11, 30, 9, 0, tzinfo=dt.UTC)
STARTS = dt.datetime(2026, 12, 3, 9, 0, tzinfo=dt.UTC)


def utc(moment: dt.datetime) -> dt.datetime:
    """As the columns hold it (storage/utc.py): naive UTC."""
    return moment.astimezone(dt.UTC).replace(tzinfo=None)


def _fill_at_0010(connection: Connection) -> None:
    """The rows a running Uli of the previous version had: one young person, one booked
    appointment, its reminder 24 h before already sent and the one 2 h before pending."""
    tables = sa.MetaData()
    tables.reflect(connection, only=["contact", "conversation", "appointment", "reminder"])
    contact, conversation, appointment, reminder = (
        tables.tables[name] for name in ("contact", "conversation", "appointment", "reminder")
    )
    connection.execute(
        contact.insert().values(
            id=1, channel="telegram", external_id="501", pseudonym="Stiller Fuchs 3",
            language="ar", language_confirmed=True, contact_point_id="teilhabe",
            state="{}", first_seen_at=utc(BOOKED), last_seen_at=utc(BOOKED),
        )
    )  # fmt: skip
    connection.execute(
        conversation.insert().values(
            id=1, contact_id=1, contact_point_id="teilhabe", status="bot",
            started_at=utc(BOOKED), last_activity_at=utc(BOOKED),
        )
    )  # fmt: skip
    connection.execute(
        appointment.insert().values(
            id=1, contact_id=1, conversation_id=1, contact_point_id="teilhabe",
            place_id="diz", starts_at=utc(STARTS),
            ends_at=utc(STARTS + dt.timedelta(minutes=45)), status="booked",
            created_at=utc(BOOKED),
        )
    )  # fmt: skip
    for hours, status in ((24, "sent"), (2, "pending")):
        due = utc(STARTS - dt.timedelta(hours=hours))
        connection.execute(
            reminder.insert().values(
                appointment_id=1, due_at=due, status=status, created_at=utc(BOOKED)
            )
        )


async def test_reminders_of_the_previous_schema_stay_and_become_the_kind_reminder(
    database_url: str,
) -> None:
    await made_at_revision(database_url, "0010", _fill_at_0010)
    database = Database(database_url, cipher=TEST_CIPHER)  # migrates to head
    async with database, database.session() as repo:
        [kept] = await repo.appointments.of_contact(1)
        rows = await repo.reminders.of_appointment(1)
        assert kept.starts_at == STARTS and kept.place_id == "diz"
        assert [(r.kind, r.status, r.due_at) for r in rows] == [
            ("reminder", "sent", STARTS - dt.timedelta(hours=24)),
            ("reminder", "pending", STARTS - dt.timedelta(hours=2)),
        ]
        assert await repo.reminders.take_due(STARTS - dt.timedelta(hours=3)) == []
        [due] = await repo.reminders.take_due(STARTS - dt.timedelta(hours=2))
        assert due.kind == "reminder" and due.id == rows[1].id
