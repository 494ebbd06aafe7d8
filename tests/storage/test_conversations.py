"""Conversations and the messages in them, as a caseworker would later read them."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from storage import Contact, Conversation, Database, Direction, MessageKind, Sender

T0 = datetime(2025, 10, 26, 0, 59, 59, 123456, tzinfo=UTC)  # clocks go back an hour later
BERLIN = ZoneInfo("Europe/Berlin")


async def first_contact(db: Database, contact_point: str | None = None) -> Contact:
    async with db.session() as repo:
        contact = await repo.touch_contact("telegram", "4711", T0)
        contact.contact_point_id = contact_point
        await repo.save(contact)
    return contact


async def say(db: Database, conversation: Conversation, text: str, when: datetime) -> None:
    async with db.session() as repo:
        await repo.add_message(
            conversation,
            direction=Direction.IN,
            sender=Sender.YOUNG_PERSON,
            kind=MessageKind.TEXT,
            text=text,
            now=when,
        )


async def test_messages_keep_their_conversation(database: Database) -> None:
    contact = await first_contact(database, "dueren-u25")
    async with database.session() as repo:
        conversation = await repo.open_conversation(contact, T0)
    async with database.session() as repo:
        again = await repo.open_conversation(contact, T0 + timedelta(minutes=5))
    assert again.id == conversation.id
    assert again.status == "bot"
    assert again.contact_point_id == "dueren-u25"
    assert again.started_at == T0
    assert again.last_activity_at == T0 + timedelta(minutes=5)


async def test_after_closing_the_next_message_opens_a_new_conversation(
    database: Database,
) -> None:
    contact = await first_contact(database)
    async with database.session() as repo:
        old = await repo.open_conversation(contact, T0)
        old.status = "closed"
        await repo.save(old)
    async with database.session() as repo:
        new = await repo.open_conversation(contact, T0 + timedelta(days=1))
    assert new.id != old.id
    assert new.started_at == T0 + timedelta(days=1)


async def test_conversation_follows_contact_point_until_handed_over(database: Database) -> None:
    contact = await first_contact(database)
    async with database.session() as repo:
        conversation = await repo.open_conversation(contact, T0)
    assert conversation.contact_point_id is None
    contact.contact_point_id = "leipzig-street"  # the person picked a service
    async with database.session() as repo:
        await repo.save(contact)
        conversation = await repo.open_conversation(contact, T0)
        assert conversation.contact_point_id == "leipzig-street"
        conversation.status = "waiting"
        await repo.save(conversation)
    contact.contact_point_id = "dueren-u25"
    async with database.session() as repo:
        conversation = await repo.open_conversation(contact, T0)
    assert conversation.contact_point_id == "leipzig-street"  # the caseworkers keep it


TEXTS = [
    "hallo, wann habt ihr offen??",
    "مرحبا، أحتاج مساعدة في الأوراق 🙏",  # Arabic, right to left
    "سلام، کی می‌تونم بیام؟",  # Persian with a zero-width non-joiner
    "Привіт! 👋🏽👨‍👩‍👧",  # Ukrainian, skin tone, family emoji (ZWJ sequence)
    "line one\nline two\r\n\ttabbed  'quotes' \"double\" \\ %s ; -- DROP TABLE",
    "ß" * 1000 + "😀" * 1000 + "x" * 2000,  # 4000 characters, many of them 4-byte UTF-8
    "",
]


async def test_texts_come_back_exactly_and_in_order(database: Database) -> None:
    contact = await first_contact(database)
    async with database.session() as repo:
        conversation = await repo.open_conversation(contact, T0)
    for i, text in enumerate(TEXTS):
        await say(database, conversation, text, T0 + timedelta(seconds=i))
    async with database.session() as repo:
        assert conversation.id is not None
        messages = await repo.messages(conversation.id)
    assert [m.text for m in messages] == TEXTS
    assert len(messages[5].text) == 4000
    assert [m.direction for m in messages] == ["in"] * len(TEXTS)
    assert {m.sender for m in messages} == {"young_person"}


@pytest.mark.parametrize(
    ("local", "utc"),
    [
        (
            datetime(2025, 7, 1, 14, 0, 0, 654321, tzinfo=BERLIN),
            datetime(2025, 7, 1, 12, 0, 0, 654321),
        ),
        # the second 02:30 of the night the clocks go back (fold=1): 01:30 UTC, not 00:30
        (datetime(2025, 10, 26, 2, 30, tzinfo=BERLIN, fold=1), datetime(2025, 10, 26, 1, 30)),
    ],
)
async def test_times_come_back_as_the_same_instant_in_utc(
    database: Database, local: datetime, utc: datetime
) -> None:
    expected = utc.replace(tzinfo=UTC)
    contact = await first_contact(database)
    async with database.session() as repo:
        conversation = await repo.open_conversation(contact, local)
    await say(database, conversation, "hi", local)
    async with database.session() as repo:
        assert conversation.id is not None
        [message] = await repo.messages(conversation.id)
        stored = await repo.open_conversation(contact, T0 + timedelta(hours=3))
    # (compared with the UTC value: Python never calls a fold=1 time equal to another zone's)
    assert message.created_at == expected and message.created_at.tzinfo is UTC
    assert message.created_at.timestamp() == local.timestamp()
    assert stored.started_at == expected and stored.started_at.tzinfo is UTC


async def test_replies_from_uli_and_caseworkers(database: Database) -> None:
    contact = await first_contact(database)
    async with database.session() as repo:
        conversation = await repo.open_conversation(contact, T0)
        await repo.add_message(
            conversation, direction="in", sender="young_person", kind="sticker", text="", now=T0
        )
        await repo.add_message(
            conversation, direction="out", sender="uli", kind="text", text="Hi!", now=T0
        )
        later = T0 + timedelta(minutes=1)
        await repo.add_message(
            conversation, direction="out", sender="caseworker", kind="text", text="Moin", now=later
        )
    async with database.session() as repo:
        assert conversation.id is not None
        messages = await repo.messages(conversation.id)
        reopened = await repo.open_conversation(contact, T0 + timedelta(minutes=2))
    assert [(m.direction, m.sender, m.kind) for m in messages] == [
        ("in", "young_person", "sticker"),
        ("out", "uli", "text"),
        ("out", "caseworker", "text"),
    ]
    assert reopened.id == conversation.id


@pytest.mark.parametrize(
    ("field", "value"), [("direction", "sideways"), ("sender", "admin"), ("kind", "gif")]
)
async def test_unknown_message_vocabulary_is_refused(
    database: Database, field: str, value: str
) -> None:
    contact = await first_contact(database)
    fields = {"direction": "in", "sender": "young_person", "kind": "text", field: value}
    with pytest.raises(ValueError, match=value):
        async with database.session() as repo:
            conversation = await repo.open_conversation(contact, T0)
            await repo.add_message(conversation, text="x", now=T0, **fields)


async def test_forgetting_a_contact_deletes_their_messages(database: Database) -> None:
    contact = await first_contact(database)
    async with database.session() as repo:
        conversation = await repo.open_conversation(contact, T0)
    await say(database, conversation, "bitte alles löschen", T0)
    async with database.session() as repo:
        await repo.delete_contact(contact)
    async with database.session() as repo:
        assert await repo.contact_by_address("telegram", "4711") is None
        assert conversation.id is not None
        assert await repo.messages(conversation.id) == []
