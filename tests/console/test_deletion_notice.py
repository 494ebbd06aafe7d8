"""A young person has their conversation deleted (/delete, then yes): the caseworkers of its
contact point learn that it was, and when, and nothing else; nobody else learns anything.

The deletion goes through the real core (`Engine.handle`), as it does from Telegram.
"""

from __future__ import annotations

import re

from playwright.async_api import Page, expect

from flows.conversation.engine import Engine
from flows.delivery.live import Change
from flows.vocabulary.events import Inbound, InboundKind
from flows.vocabulary.texts import Texts
from tests.console.conftest import (
    KIM,
    PACE,
    Agent,
    ConsoleUnderTest,
    ServedConsole,
    add_caseworker,
    handed_over,
    log_in_with_browser,
)

SECRET = "Mein Vermieter will mich rauswerfen, ich weiß nicht weiter"
NOTICE = (
    "Gespräch #{id} · KIM – Case Management im Kreis Düren · gelöscht am 24.11. um 10:14 "
    "auf Wunsch der Person. Es ist nichts mehr davon gespeichert."
)
GONE = (
    "Dieses Gespräch wurde am 24.11. um 10:14 auf Wunsch der Person gelöscht. "
    "Es ist nichts mehr davon gespeichert."
)
_SECTION = re.compile(r'<section id="deletions".*?</section>', re.S)


async def deletes(engine: Engine, chat: str) -> None:
    """The young person sends /delete and taps yes, as from Telegram."""
    for kind, text in ((InboundKind.command, "delete"), (InboundKind.button, "del:yes")):
        await engine.handle(Inbound("telegram", chat, kind, engine.clock(), text, "de"))


def engine_of(console: ConsoleUnderTest, texts: Texts) -> Engine:
    return Engine(
        console.catalogue, texts, console.database, clock=console.clock, live=console.live
    )


def notices(html: str) -> str:
    """The inbox's list of deletions (the rest of the page names the caseworker)."""
    found = _SECTION.search(html)
    assert found, "no deletions section in the inbox"
    return found.group(0)


async def test_the_contact_points_caseworkers_learn_when_and_nothing_else(
    console: ConsoleUnderTest, texts: Texts, aylin: Agent, jonas: Agent
) -> None:
    conversation = await handed_over(console.database, KIM, chat="9001", says=[SECRET])
    assert (await aylin.client.get(f"/conversations/{conversation}")).status_code == 200
    await aylin.post(f"/conversations/{conversation}/notes", text="Wohnungsamt anrufen")
    console.clock.advance(minutes=14)  # 10:14 in Düren

    async with console.live.subscribe() as changes:
        await deletes(engine_of(console, texts), "9001")
        announced = [changes.get_nowait() for _ in range(changes.qsize())]
    assert announced[-1] == Change(conversation, KIM, "deleted")

    for url in ("/inbox", "/inbox/parts", "/inbox?tab=closed"):
        page = await aylin.client.get(url)
        assert page.status_code == 200
        listed = notices(page.text)
        assert NOTICE.format(id=conversation) in listed
        # Nothing the young person wrote, nothing of who read it: only that, where, when.
        assert SECRET not in page.text and "Wohnungsamt" not in page.text
        assert "aylin@example.org" not in listed and "Aylin" not in listed
        assert f'href="/conversations/{conversation}"' not in page.text

    for url in (f"/conversations/{conversation}", f"/conversations/{conversation}/parts"):
        page = await aylin.client.get(url)
        assert page.status_code == 410, url
        assert GONE in page.text and SECRET not in page.text
    reply = await aylin.post(f"/conversations/{conversation}/reply", text="Bist du noch da?")
    assert reply.status_code == 410

    api = await aylin.client.get(f"/api/conversations/{conversation}")
    assert api.status_code == 410
    assert api.json() == {
        "detail": "deleted at the young person's request",
        "deleted_at": "2026-11-24T09:14:00Z",
    }
    # The rest of the access log stays for admins only.
    assert (await aylin.client.get("/api/access-log")).status_code == 403

    # Another contact point's caseworker learns nothing, not even that there was one.
    assert str(conversation) not in notices((await jonas.client.get("/inbox")).text)
    page = await jonas.client.get(f"/conversations/{conversation}")
    assert page.status_code == 404 and "gelöscht" not in page.text
    assert (await jonas.client.get(f"/conversations/{conversation}/parts")).status_code == 404
    api = await jonas.client.get(f"/api/conversations/{conversation}")
    assert api.status_code == 404 and api.json() == {"detail": "not found"}


async def test_the_inbox_notice_lasts_fourteen_days_the_answer_410_longer(
    console: ConsoleUnderTest, texts: Texts, aylin: Agent
) -> None:
    conversation = await handed_over(console.database, KIM, chat="9002")
    await deletes(engine_of(console, texts), "9002")
    console.clock.advance(days=13, hours=23)
    await aylin.log_in("aylin@example.org")  # a new day, a new login
    assert f"#{conversation} " in notices((await aylin.client.get("/inbox")).text)
    console.clock.advance(hours=2)
    listed = notices((await aylin.client.get("/inbox")).text)
    assert f"#{conversation} " not in listed and "gelöscht" not in listed
    page = await aylin.client.get(f"/conversations/{conversation}")
    assert page.status_code == 410 and "am 24.11. um 10:00" in page.text


async def test_a_conversation_without_contact_point_is_noticed_by_every_caseworker(
    console: ConsoleUnderTest, texts: Texts, aylin: Agent, jonas: Agent
) -> None:
    # Someone in crisis before choosing a service: every caseworker saw it, so all are told.
    conversation = await handed_over(console.database, None, chat="9003", urgent=True)
    await deletes(engine_of(console, texts), "9003")
    for agent in (aylin, jonas):
        assert f"Gespräch #{conversation} " in notices((await agent.client.get("/inbox")).text)
        assert (await agent.client.get(f"/conversations/{conversation}")).status_code == 410

    # An account without contact points sees nothing at all (fails closed).
    async with console.new_agent("neu@example.org", "Neu", []) as newcomer:
        assert (await newcomer.log_in("neu@example.org")).status_code == 303
        assert "Gespräch #" not in notices((await newcomer.client.get("/inbox")).text)
        assert (await newcomer.client.get(f"/conversations/{conversation}")).status_code == 404


async def test_a_conversation_that_never_reached_the_team_leaves_no_notice(
    console: ConsoleUnderTest, texts: Texts, aylin: Agent
) -> None:
    engine = engine_of(console, texts)
    await engine.handle(
        Inbound("telegram", "9004", InboundKind.text, console.clock(), "hallo", "de")
    )
    await deletes(engine, "9004")
    assert "Gespräch #" not in notices((await aylin.client.get("/inbox")).text)


async def test_a_caseworker_in_other_languages_reads_the_notice_in_theirs(
    console: ConsoleUnderTest, texts: Texts, aylin: Agent
) -> None:
    conversation = await handed_over(console.database, KIM, chat="9005")
    await deletes(engine_of(console, texts), "9005")
    aylin.client.cookies.set("uli_console_lang", "en")
    listed = notices((await aylin.client.get("/inbox")).text)
    assert f"Conversation #{conversation} · " in listed
    assert "at the young person&#39;s request. Nothing of it is stored any more." in listed
    page = await aylin.client.get(f"/conversations/{conversation}")
    assert "This conversation was deleted at the young person" in page.text


async def test_an_open_conversation_page_says_it_was_deleted_without_a_reload(
    served: ServedConsole, texts: Texts, page: Page
) -> None:
    await add_caseworker(served.database, served.catalogue, "aylin@example.org", "Aylin", [KIM])
    await add_caseworker(served.database, served.catalogue, "jonas@example.org", "Jonas", [PACE])
    conversation = await handed_over(served.database, KIM, chat="9006", says=[SECRET])
    await log_in_with_browser(page, served.url, "aylin@example.org")
    await page.goto(f"{served.url}/conversations/{conversation}")
    await expect(page.locator("#history")).to_contain_text(SECRET)
    await expect(page.locator("body[data-live-ready]")).to_have_count(1)

    engine = Engine(served.catalogue, texts, served.database, live=served.live)
    await deletes(engine, "9006")

    await expect(page.locator("main h1")).to_have_text("Gespräch gelöscht")
    await expect(page.locator("main")).to_contain_text("auf Wunsch der Person gelöscht")
    await expect(page.locator("main")).to_contain_text("Es ist nichts mehr davon gespeichert.")
    await expect(page.locator("#history")).to_have_count(0)
    assert SECRET not in await page.content()
    assert page.url == f"{served.url}/conversations/{conversation}", "the same page, reloaded"

    # Back in the inbox the notice is there, the conversation is not.
    await page.get_by_role("link", name="Posteingang").first.click()
    await expect(page.locator("#deletions")).to_contain_text(f"Gespräch #{conversation} · KIM")
    await expect(page.locator(f'tr[data-conversation="{conversation}"]')).to_have_count(0)
