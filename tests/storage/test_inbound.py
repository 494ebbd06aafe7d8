"""The inbound queue on SQLite and PostgreSQL: stored once however often it is delivered, one
turn at a time per person in arrival order, leases, and nothing kept once a turn is done."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import text

from storage import Database, Delivered, InboundRow, InboundStatus

NOW = dt.datetime(2026, 12, 3, 9, 0, tzinfo=dt.UTC)
LEASE = dt.timedelta(minutes=2)


def update(update_id: int, chat: int, words: str = "hallo") -> Delivered:
    payload = f'{{"update_id": {update_id}, "t": "{words}"}}'
    return Delivered(str(update_id), f"telegram:{chat}", payload)


async def claim(
    database: Database, limit: int = 10, instance: str = "a", at: dt.datetime = NOW
) -> list[InboundRow]:
    async with database.session() as repo:
        return await repo.inbound.claim(at, instance=instance, lease=LEASE, limit=limit)


async def test_an_update_delivered_again_is_stored_once(database: Database) -> None:
    async with database.session() as repo:
        assert await repo.inbound.add("telegram", [update(1, 10), update(2, 10)], NOW) == 2
    async with database.session() as repo:
        # Telegram hands out the batch again (a restart came between storing and confirming).
        assert await repo.inbound.add("telegram", [update(2, 10), update(3, 10)], NOW) == 1
        assert await repo.inbound.pending_count() == 3
    async with database.session() as repo:
        # Another bot's update 2 is another update.
        assert await repo.inbound.add("telegram:other", [update(2, 10)], NOW) == 1


async def test_one_person_at_a_time_in_arrival_order_many_people_at_once(
    database: Database,
) -> None:
    async with database.session() as repo:
        await repo.inbound.add(
            "telegram", [update(1, 10), update(2, 20), update(3, 10), update(4, 30)], NOW
        )
    first = await claim(database)
    assert [r.update_id for r in first] == ["1", "2", "4"], "the oldest of each person"
    assert await claim(database, instance="b") == [], "nothing more while their turns run"
    async with database.session() as repo:
        await repo.inbound.done(first[0].id or 0, NOW)
    assert [r.update_id for r in await claim(database, instance="b")] == ["3"]


async def test_a_done_row_keeps_no_content(database: Database, database_url: str) -> None:
    async with database.session() as repo:
        await repo.inbound.add("telegram", [update(1, 10, "mein geheimnis")], NOW)
    [row] = await claim(database)
    assert "mein geheimnis" in row.payload
    async with database.session() as repo:
        await repo.inbound.done(row.id or 0, NOW)
        stored = await repo.inbound.get(row.id or 0)
    assert stored is not None and stored.status == InboundStatus.DONE and stored.payload == ""
    raw = Database(database_url)  # no cipher: the column as it is on disk
    await raw.start()
    try:
        async with raw.session() as repo:
            payloads = (await repo.session.exec(text("SELECT payload FROM inbound"))).all()  # type: ignore[call-overload]
    finally:
        await raw.close()
    assert all("geheimnis" not in p[0] for p in payloads)


async def test_a_stopped_instance_takes_up_its_turns_again(database: Database) -> None:
    async with database.session() as repo:
        await repo.inbound.add("telegram", [update(1, 10), update(2, 20)], NOW)
    assert len(await claim(database, instance="office")) == 2
    assert await claim(database, instance="office") == [], "leased"
    async with database.session() as repo:
        assert await repo.inbound.release("office") == 2
    again = await claim(database, instance="office")
    assert [r.attempts for r in again] == [2, 2]
    # Another process takes them once the lease has run out.
    later = NOW + LEASE + dt.timedelta(seconds=1)
    assert len(await claim(database, instance="other", at=later)) == 2


async def test_a_retry_waits_and_a_quarantined_update_no_longer_blocks_the_person(
    database: Database,
) -> None:
    async with database.session() as repo:
        await repo.inbound.add("telegram", [update(1, 10), update(2, 10), update(3, 20)], NOW)
    first, other = await claim(database)
    async with database.session() as repo:
        await repo.inbound.retry(other.id or 0, NOW + dt.timedelta(seconds=30), "OperationalError")
        await repo.inbound.quarantine(first.id or 0, NOW, "message.chat (missing)")
    assert [r.update_id for r in await claim(database)] == ["2"]
    later = NOW + dt.timedelta(seconds=31)
    assert [r.update_id for r in await claim(database, at=later)] == ["3"]
    async with database.session() as repo:
        [kept] = await repo.inbound.quarantined()
    assert (kept.update_id, kept.reason) == ("1", "message.chat (missing)")


async def test_purge_forgets_old_done_and_quarantined_rows(database: Database) -> None:
    async with database.session() as repo:
        await repo.inbound.add("telegram", [update(1, 10), update(2, 20), update(3, 30)], NOW)
    a, b, _pending = await claim(database)
    async with database.session() as repo:
        await repo.inbound.done(a.id or 0, NOW)
        await repo.inbound.quarantine(b.id or 0, NOW, "unreadable")
    async with database.session() as repo:
        assert await repo.inbound.purge(NOW, NOW) == 0
        soon = NOW + dt.timedelta(days=1)
        assert await repo.inbound.purge(soon, NOW) == 1, "done rows only"
        assert await repo.inbound.purge(soon, soon) == 1
        assert await repo.inbound.pending_count() == 1
