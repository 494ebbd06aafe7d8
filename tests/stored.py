"""What tests put straight into the database, without a conversation through the engine."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from alembic import command
from sqlalchemy.engine import Connection

from storage import Contact, Conversation, Repository
from storage.engine import run_once
from storage.migrate import alembic_config


async def made_at_revision(url: str, revision: str, fill: Callable[[Connection], None]) -> None:
    """The database at `url` as an older Uli left it: migrated only up to `revision`, then
    `fill`ed with plain SQL (no models of today, no cipher)."""

    def upgrade_and_fill(connection: Connection) -> None:
        command.upgrade(alembic_config(connection), revision)
        fill(connection)

    await run_once(url, upgrade_and_fill)


async def person_who_wrote(
    repo: Repository,
    channel: str,
    address: str,
    text: str,
    now: dt.datetime,
    *,
    display_name: str | None = None,
    pseudonym: str | None = None,
) -> tuple[Contact, Conversation]:
    """A young person at `address` on `channel` (with this name or pseudonym, if given) whose
    open conversation holds `text`, written by them at `now`."""
    contact = await repo.touch_contact(channel, address, now)
    if display_name is not None or pseudonym is not None:
        contact.display_name = display_name or contact.display_name
        contact.pseudonym = pseudonym or contact.pseudonym
        await repo.save(contact)
    conversation = await repo.open_conversation(contact, now)
    await repo.add_message(
        conversation, direction="in", sender="young_person", kind="text", text=text, now=now
    )
    return contact, conversation
