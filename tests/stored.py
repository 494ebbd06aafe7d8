"""What tests put straight into the database, without a conversation through the engine."""

from __future__ import annotations

import datetime as dt

from storage import Contact, Conversation, Repository


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
