"""Conversations are kept only as long as the privacy note says, then deleted for good."""

from __future__ import annotations

import asyncio
import datetime as dt
from dataclasses import dataclass
from pathlib import Path

import pytest
from sqlalchemy import select as core_select
from sqlmodel import select

from bot.core import core
from bot.scheduler import scheduled_jobs
from bot.settings import Settings, SettingsError
from flows.conversation.engine import Engine
from flows.delivery.live import Live
from flows.delivery.retention import Retention, RetentionPolicy
from flows.vocabulary.events import Inbound, InboundKind
from storage import (
    Contact,
    ConversationStatus,
    Database,
    Direction,
    Note,
    Repository,
    Sender,
)
from storage.models import Base
from tests.flows.conftest import Clock
from tests.stored import person_who_wrote

NOW = dt.datetime(2026, 11, 30, 12, 0, tzinfo=dt.UTC)
POLICY = RetentionPolicy(days=90, unanswered_days=30)


def days_ago(days: float) -> dt.datetime:
    return NOW - dt.timedelta(days=days)


@dataclass
class Person:
    """A young person whose last message came `days` ago, with a word only they wrote."""

    address: str
    word: str
    days: float
    status: ConversationStatus = ConversationStatus.BOT
    caseworker_answered: bool = False


# Each person's fate under the default policy (90 days; 30 without a caseworker).
GONE = [
    Person("p9001", "Brombeerhecke", 31),  # Uli only, past 30 days
    Person("p9002", "Kastanienallee", 91, ConversationStatus.ASSIGNED, True),  # past 90 days
    Person("p9003", "Pflaumenmus", 95, ConversationStatus.CLOSED, True),
]
KEPT = [
    Person("p9101", "Holunderblüte", 29),  # Uli only, within 30 days
    Person("p9102", "Lindenhonig", 60, ConversationStatus.WAITING),  # handed over: 90 days
    Person("p9103", "Mirabellenbaum", 89, ConversationStatus.ASSIGNED, True),
    Person("p9104", "Quittengelee", 60, ConversationStatus.BOT, True),  # back with Uli, answered
    Person("p9105", "Sanddornsaft", 40, ConversationStatus.CLOSED),  # closed by a caseworker
]


async def talk(engine: Engine, clock: Clock, person: Person) -> None:
    """The person writes (Uli answers) at their time; a caseworker answers and notes."""
    when = days_ago(person.days)
    clock.now = when
    event = Inbound("test", person.address, InboundKind.text, when, f"ich heiße {person.word}")
    assert await engine.handle(event)
    async with engine.database.session() as repo:
        contact = await repo.contact_by_address("test", person.address)
        assert contact is not None
        conversation = await repo.open_conversation(contact, when)
        assert conversation.id is not None
        if person.caseworker_answered:
            text = f"Hallo {person.word}, ich bin Frau Beispiel"
            await repo.add_message(
                conversation, direction=Direction.OUT, sender=Sender.CASEWORKER,
                kind="text", text=text, now=when,
            )  # fmt: skip
            await repo.save(
                Note(conversation_id=conversation.id, text=person.word, created_at=when)
            )
        conversation.status = person.status.value
        await repo.save(conversation)
        # The outbox row of a reply, as the Telegram channel would leave it.
        await repo.outbox.enqueue(contact, text=f"Antwort an {person.word}", buttons="[]", now=when)


async def everything_stored(database: Database) -> list[str]:
    """Every value of every column of every table, decrypted, as strings."""
    values: list[str] = []
    async with database.engine.connect() as connection:
        for table in Base.metadata.sorted_tables:
            for row in await connection.execute(core_select(table)):
                values += [str(value) for value in row if value is not None]
    return values


@pytest.fixture
def retention(database: Database) -> Retention:
    return Retention(database, POLICY, clock=lambda: NOW, batch=2)  # small: several batches


async def test_expired_conversations_go_and_the_others_stay(
    database: Database, engine: Engine, clock: Clock, retention: Retention
) -> None:
    for person in GONE + KEPT:
        await talk(engine, clock, person)
    pseudonyms = await _pseudonyms(database, GONE)

    result = await retention.run_once()

    assert (result.conversations, result.contacts) == (len(GONE), len(GONE))
    stored = " ".join(await everything_stored(database))
    for person in GONE:
        assert person.word not in stored, person
        assert person.address not in stored and pseudonyms[person.address] not in stored
    for person in KEPT:
        assert stored.count(person.word) >= 2, person  # their message, the queued reply
    # Nothing else is expired: a second pass deletes nothing.
    assert await retention.run_once() == type(result)(0, 0)


async def test_a_person_keeps_their_pseudonym_while_a_conversation_is_left(
    database: Database, engine: Engine, clock: Clock, retention: Retention
) -> None:
    old = Person("p9201", "Stachelbeere", 120, ConversationStatus.ASSIGNED, True)
    await talk(engine, clock, old)
    async with database.session() as repo:  # a caseworker closed it; a new one began later
        contact = await repo.contact_by_address("test", old.address)
        assert contact is not None
        conversation = await repo.open_conversation(contact, days_ago(120))
        conversation.status = ConversationStatus.CLOSED.value
        await repo.save(conversation)
    await talk(engine, clock, Person(old.address, "Johannisbeere", 2))

    assert (await retention.run_once()).conversations == 1
    stored = " ".join(await everything_stored(database))
    assert "Stachelbeere" not in stored and "Johannisbeere" in stored
    async with database.session() as repo:
        kept = await repo.contact_by_address("test", old.address)
    assert kept is not None and kept.pseudonym == contact.pseudonym


async def test_someone_writing_again_is_not_deleted(
    database: Database, engine: Engine, clock: Clock, retention: Retention
) -> None:
    person = Person("p9301", "Erdbeerfeld", 45)
    await talk(engine, clock, person)
    await talk(engine, clock, Person(person.address, "Himbeereis", 0.01))  # same conversation
    assert (await retention.run_once()).conversations == 0
    assert "Erdbeerfeld" in " ".join(await everything_stored(database))


async def test_open_consoles_hear_of_each_deletion(database: Database) -> None:
    live = Live()
    async with database.session() as repo:
        await _old_conversation(repo, "p9401", days=40)
    async with live.subscribe() as changes:
        await Retention(database, POLICY, live=live).run_once()
        change = changes.get_nowait()
    assert change.what == "deleted"


async def test_the_running_process_applies_retention_on_its_own(tmp_path: Path) -> None:
    url = f"sqlite+aiosqlite:///{tmp_path / 'uli.db'}"
    settings = Settings(database_url=url, retention_days=90, retention_days_unanswered=30)
    async with core(settings) as parts:
        async with parts.database.session() as repo:
            await _old_conversation(repo, "p9501", days=40)
        async with scheduled_jobs(settings, parts):
            for _ in range(200):  # the first pass runs at start-up
                async with parts.database.session() as repo:
                    if await repo.contact_by_address("test", "p9501") is None:
                        break
                await asyncio.sleep(0.05)
    async with core(settings) as parts, parts.database.session() as repo:
        assert await repo.contact_by_address("test", "p9501") is None


def test_the_periods_come_from_the_settings() -> None:
    settings = Settings.from_env(
        {"ULI_RETENTION_DAYS": "180", "ULI_RETENTION_DAYS_UNANSWERED": "14"}
    )
    assert (settings.retention_days, settings.retention_days_unanswered) == (180, 14)
    defaults = Settings.from_env({})
    assert (defaults.retention_days, defaults.retention_days_unanswered) == (90, 30)
    for wrong in ({"ULI_RETENTION_DAYS": "ninety"}, {"ULI_RETENTION_DAYS": "0"},
                  {"ULI_RETENTION_DAYS": "20"}):  # fmt: skip
        with pytest.raises(SettingsError, match="ULI_RETENTION_DAYS"):
            Settings.from_env(wrong)


async def _old_conversation(repo: Repository, address: str, days: float) -> None:
    when = dt.datetime.now(dt.UTC) - dt.timedelta(days=days)
    await person_who_wrote(repo, "test", address, "hi", when)


async def _pseudonyms(database: Database, people: list[Person]) -> dict[str, str]:
    async with database.session() as repo:
        contacts = (await repo.session.exec(select(Contact))).all()
    wanted = {p.address for p in people}
    return {c.external_id: c.pseudonym for c in contacts if c.external_id in wanted}
