"""What caseworkers do, on the core without HTTP, on SQLite and PostgreSQL."""

from __future__ import annotations

import datetime as dt

import pytest

from flows.delivery.channel import Delivery, DeliveryStatus
from flows.delivery.live import Live
from flows.delivery.outbox import OutboxSender
from flows.delivery.saying import Voice
from flows.desk.actor import Actor, NotFound, Refused
from flows.desk.casework import CANNED, Casework
from flows.knowledge.catalogue import Catalogue
from flows.vocabulary.events import Reply
from flows.vocabulary.languages import SUPPORTED_LANGUAGES
from flows.vocabulary.texts import Texts
from storage import Caseworker, Database, InboxTab, OutboxStatus
from tests.console.conftest import KIM, PACE, T0, Clock, add_caseworker, handed_over


async def actor_of(database: Database, caseworker: Caseworker) -> Actor:
    async with database.session() as repo:
        return Actor.of(caseworker, await repo.accounts.memberships(caseworker.id or 0))


@pytest.fixture
def live() -> Live:
    return Live()


@pytest.fixture
def casework(database: Database, texts: Texts, live: Live, clock: Clock) -> Casework:
    return Casework(database, texts, Voice.of(None, live, elsewhere=True), clock)


@pytest.fixture
async def aylin(database: Database, catalogue: Catalogue) -> Actor:
    caseworker = await add_caseworker(
        database, catalogue, "aylin@example.org", "Aylin K.", [KIM], languages=("de", "ar")
    )
    return await actor_of(database, caseworker)


async def test_a_reply_is_stored_and_queued_together_and_consoles_hear_of_it(
    database: Database, casework: Casework, aylin: Actor, live: Live
) -> None:
    conversation = await handed_over(database, KIM, chat="9001", language="ar")
    async with live.subscribe() as changes:
        message = await casework.reply(aylin, conversation, "  مرحبا، كيف أستطيع مساعدتك؟ \n")
        change = changes.get_nowait()
    assert (change.conversation_id, change.contact_point_id, change.what) == (
        conversation, KIM, "message",
    )  # fmt: skip
    record = await casework.record(aylin, conversation)
    reply = record.history[-1]
    assert reply.message.id == message.id and reply.message.text == "مرحبا، كيف أستطيع مساعدتك؟"
    assert reply.message.sender == "caseworker" and reply.caseworker_name == "Aylin K."
    assert reply.delivery == OutboxStatus.PENDING.value
    assert record.conversation.status == "assigned", "replying to a waiting one takes it"
    assert record.assignee_name == "Aylin K."


async def test_the_outbox_delivers_a_reply_once_and_says_so(
    database: Database, casework: Casework, aylin: Actor, live: Live, clock: Clock
) -> None:
    arrived: list[tuple[str, str]] = []
    answers = [Delivery(DeliveryStatus.throttled, retry_after=30)]

    async def telegram(address: str, reply: Reply) -> Delivery:
        outcome = answers.pop(0) if answers else Delivery(DeliveryStatus.sent)
        if outcome.status is DeliveryStatus.sent:
            arrived.append((address, reply.text))
        return outcome

    outbox = OutboxSender(database, {"telegram": telegram}, clock=clock, live=live)
    conversation = await handed_over(database, KIM, chat="9002")
    await casework.reply(aylin, conversation, "Hallo, ich bin Aylin.")
    async with live.subscribe() as changes:
        await outbox.deliver_due()
        assert (await casework.record(aylin, conversation)).history[-1].delivery == "pending"
        clock.advance(seconds=31)
        await outbox.deliver_due()
        await outbox.deliver_due()
        assert changes.get_nowait().what == "delivery"
    assert arrived == [("9002", "Hallo, ich bin Aylin.")]
    assert (await casework.record(aylin, conversation)).history[-1].delivery == "sent"


async def test_notes_are_never_sent(database: Database, casework: Casework, aylin: Actor) -> None:
    conversation = await handed_over(database, KIM, chat="9003")
    await casework.add_note(aylin, conversation, "Kommt evtl. mit Schwester zum Termin")
    record = await casework.record(aylin, conversation)
    assert [n.note.text for n in record.notes] == ["Kommt evtl. mit Schwester zum Termin"]
    async with database.session() as repo:
        assert await repo.outbox.pending_count() == 0


async def test_claim_close_and_reopen(
    database: Database, casework: Casework, aylin: Actor, clock: Clock
) -> None:
    conversation = await handed_over(database, KIM, chat="9004")
    await casework.claim(aylin, conversation)
    assert [i.row.conversation.id for i in await casework.inbox(aylin, InboxTab.MINE)] == [
        conversation
    ]
    clock.advance(minutes=5)
    await casework.close(aylin, conversation)
    assert await casework.inbox(aylin, InboxTab.OPEN) == []
    closed = await casework.inbox(aylin, InboxTab.CLOSED)
    assert closed[0].row.conversation.closed_at == T0 + dt.timedelta(minutes=5)
    with pytest.raises(Refused) as refused:
        await casework.reply(aylin, conversation, "noch da?")
    assert refused.value.reason == "closed"
    await casework.reopen(aylin, conversation)
    record = await casework.record(aylin, conversation)
    assert record.conversation.status == "assigned" and record.conversation.closed_at is None


async def test_reopening_is_refused_when_the_person_has_a_newer_conversation(
    database: Database, casework: Casework, aylin: Actor, clock: Clock
) -> None:
    old = await handed_over(database, KIM, chat="9005")
    await casework.close(aylin, old)
    clock.advance(hours=1)
    await handed_over(database, KIM, chat="9005", waiting_since=clock())  # wrote again
    with pytest.raises(Refused) as refused:
        await casework.reopen(aylin, old)
    assert refused.value.reason == "newer-open"


async def test_the_inbox_puts_urgent_first_then_the_longest_waiting(
    database: Database, casework: Casework, aylin: Actor
) -> None:
    calm_early = await handed_over(database, KIM, chat="9011", waiting_since=T0)
    calm_late = await handed_over(
        database, KIM, chat="9012", waiting_since=T0 + dt.timedelta(minutes=30)
    )
    crisis = await handed_over(
        database, KIM, chat="9013", waiting_since=T0 + dt.timedelta(hours=1), urgent=True
    )
    await handed_over(database, PACE, chat="9014", waiting_since=T0 - dt.timedelta(hours=1))
    order = [i.row.conversation.id for i in await casework.inbox(aylin, InboxTab.WAITING)]
    assert order == [crisis, calm_early, calm_late]
    counts = await casework.counts(aylin)
    assert counts == {"waiting": 3, "mine": 0, "open": 3, "closed": 0}


async def test_the_inbox_suggests_a_colleague_who_speaks_the_language(
    database: Database, catalogue: Catalogue, casework: Casework, aylin: Actor
) -> None:
    await add_caseworker(
        database, catalogue, "farid@example.org", "Farid", [KIM], languages=("de", "fa")
    )
    persian = await handed_over(database, KIM, chat="9021", language="fa")
    arabic = await handed_over(database, KIM, chat="9022", language="ar")
    turkish = await handed_over(database, KIM, chat="9023", language="tr")
    suggested = {
        i.row.conversation.id: (i.suggested.name if i.suggested else None)
        for i in await casework.inbox(aylin, InboxTab.WAITING)
    }
    assert suggested == {persian: "Farid", arabic: "Aylin K.", turkish: None}
    record = await casework.record(aylin, persian)
    assert [c.name for c in await casework.colleagues(aylin, record)] == ["Farid", "Aylin K."]


async def test_canned_replies_exist_in_every_language(casework: Casework) -> None:
    for lang in SUPPORTED_LANGUAGES:
        replies = casework.canned(lang, "Aylin")
        assert [r.id for r in replies] == list(CANNED)
        assert "Aylin" in replies[0].text, lang
        assert len({r.text for r in replies}) == len(CANNED)
    assert casework.canned("ar", "Aylin")[0].text.startswith("\u200f"), "right to left"
    assert casework.canned(None, "Aylin")[0].text.startswith("Hallo")


async def test_empty_and_too_long_replies_are_refused(
    database: Database, casework: Casework, aylin: Actor
) -> None:
    conversation = await handed_over(database, KIM, chat="9031")
    for text, reason in (("   ", "empty"), ("x" * 4097, "too-long")):
        with pytest.raises(Refused) as refused:
            await casework.reply(aylin, conversation, text)
        assert refused.value.reason == reason
    with pytest.raises(NotFound):
        await casework.reply(aylin, conversation + 999, "hallo")
