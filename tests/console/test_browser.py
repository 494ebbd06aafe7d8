"""The console in a real browser (Debian's Chromium through Playwright) on a real server.

What a young person writes is shown as text, never run; the page stays live without reloads.
"""

from __future__ import annotations

import datetime as dt

from playwright.async_api import Page, expect

from flows.delivery.channel import Delivery, DeliveryStatus
from flows.delivery.live import Change
from flows.delivery.outbox import OutboxSender
from flows.vocabulary.events import Reply
from storage import MessageKind
from tests.console.conftest import (
    KIM,
    ServedConsole,
    add_caseworker,
    handed_over,
    log_in_with_browser,
)

SCRIPT = "<script>window.pwned = 'script'</script>"
IMAGE = "<img src=x onerror=\"window.pwned = 'img'\">"
# "Trojan Source": the right-to-left override makes "exe.txt" read as "txt.exe".
OVERRIDE = "rechnung\u202etxt.exe"
HIDDEN = "ruf\u200bmich\u2060an\ufeff"
LONG = "A" * 4000


async def test_what_a_young_person_writes_is_shown_as_text_and_never_runs(
    served: ServedConsole, page: Page
) -> None:
    await add_caseworker(served.database, served.catalogue, "aylin@example.org", "Aylin", [KIM])
    conversation = await handed_over(
        served.database, KIM, chat="7001", says=[SCRIPT, IMAGE, OVERRIDE, HIDDEN, LONG]
    )
    dialogs: list[str] = []
    page.on("dialog", lambda dialog: dialogs.append(dialog.message))

    await log_in_with_browser(page, served.url, "aylin@example.org")
    row = page.locator(f'tr[data-conversation="{conversation}"]')
    await expect(row).to_contain_text("AAAA")  # the last message, shortened

    await row.get_by_role("link").click()
    history = page.locator("#history .text")
    await expect(history).to_have_count(5)
    await expect(history.nth(0)).to_have_text(SCRIPT)
    await expect(history.nth(1)).to_have_text(IMAGE)
    assert await page.evaluate("window.pwned") is None
    assert await page.locator("#history img").count() == 0
    assert dialogs == []

    # Invisible characters are gone from what the caseworker reads (not from the database).
    assert await history.nth(2).inner_text() == "rechnungtxt.exe"
    assert await history.nth(3).inner_text() == "rufmichan"
    # 4,000 characters without a space wrap inside the page: no sideways scrolling.
    fits = await history.nth(4).evaluate("e => e.scrollWidth <= e.clientWidth")
    page_fits = await page.evaluate(
        "document.documentElement.scrollWidth <= document.documentElement.clientWidth"
    )
    assert fits and page_fits


async def test_the_conversation_view_updates_itself(served: ServedConsole, page: Page) -> None:
    await add_caseworker(served.database, served.catalogue, "aylin@example.org", "Aylin", [KIM])
    conversation = await handed_over(served.database, KIM, chat="7002", says=["Hallo?"])
    await log_in_with_browser(page, served.url, "aylin@example.org")
    await page.goto(f"{served.url}/conversations/{conversation}")
    await expect(page.locator("body[data-live-ready]")).to_have_count(1)

    # The young person writes again (stored and announced as the engine does).
    async with served.database.session() as repo:
        record = await repo.casework.record(conversation, [KIM])
        assert record is not None
        await repo.add_message(
            record.conversation, direction="in", sender="young_person", kind=MessageKind.TEXT,
            text="Ist jemand da?", now=dt.datetime.now(dt.UTC),
        )  # fmt: skip
    served.live.publish(Change(conversation, KIM, "message"))
    await expect(page.locator("#history")).to_contain_text("Ist jemand da?")

    # A reply goes out pending; once the channel takes it, the page says delivered.
    await page.get_by_label("Antwort").fill("Ja, ich bin da. Wie kann ich helfen?")
    await page.get_by_role("button", name="Senden").click()
    reply = page.locator("#history li").last
    await expect(reply).to_contain_text("Ja, ich bin da.")
    await expect(reply.locator("[data-delivery]")).to_have_attribute("data-delivery", "pending")
    await expect(page.locator("body[data-live-ready]")).to_have_count(1)

    async def telegram(address: str, reply: Reply) -> Delivery:
        return Delivery(DeliveryStatus.sent)

    outbox = OutboxSender(
        served.database, {"telegram": telegram}, clock=lambda: dt.datetime.now(dt.UTC),
        live=served.live,
    )  # fmt: skip
    assert await outbox.deliver_due() == 1
    await expect(reply.locator("[data-delivery]")).to_have_attribute("data-delivery", "sent")
    await expect(reply).to_contain_text("zugestellt")


async def test_the_inbox_shows_new_conversations_without_a_reload(
    served: ServedConsole, page: Page
) -> None:
    await add_caseworker(
        served.database, served.catalogue, "aylin@example.org", "Aylin", [KIM], languages=["ar"]
    )
    await log_in_with_browser(page, served.url, "aylin@example.org")
    await expect(page.locator("body[data-live-ready]")).to_have_count(1)
    await expect(page.locator("#rows")).to_contain_text("Hier ist gerade niemand")

    conversation = await handed_over(
        served.database, KIM, chat="7003", language="ar", says=["أحتاج مساعدة"], urgent=True
    )
    served.live.publish(Change(conversation, KIM, "status"))
    row = page.locator(f'tr[data-conversation="{conversation}"]')
    await expect(row).to_contain_text("أحتاج مساعدة")
    await expect(row).to_contain_text("Dringend")
    await expect(row).to_contain_text("Arabisch")
    await expect(row).to_contain_text("Vorschlag: Aylin")
    await expect(page.locator('a[data-tab="waiting"] .count')).to_have_text("1")
