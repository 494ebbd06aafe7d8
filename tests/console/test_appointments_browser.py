"""Appointments in a real browser (Debian's Chromium through Playwright) on a real server,
with the real clock: a caseworker books from a conversation page and finds the appointment
in the place's list, which stays live; what the young person wrote never runs."""

from __future__ import annotations

import datetime as dt

import httpx
from playwright.async_api import Page, expect

from tests.console.conftest import (
    KIM,
    PASSWORD,
    ServedConsole,
    add_caseworker,
    handed_over,
    log_in_with_browser,
)

SCRIPT = "<script>window.pwned=1</script>"


async def test_booking_from_a_conversation_shows_in_the_appointments_list(
    served: ServedConsole, page: Page
) -> None:
    await add_caseworker(served.database, served.catalogue, "aylin@example.org", "Aylin K.", [KIM])
    now = dt.datetime.now(dt.UTC)
    conversation = await handed_over(served.database, KIM, chat="7101", language="ar")
    async with served.database.session() as repo:
        contact = await repo.contact_by_address("telegram", "7101")
        assert contact is not None
        contact.display_name = SCRIPT
        await repo.save(contact)
    dialogs: list[str] = []
    page.on("dialog", lambda dialog: dialogs.append(dialog.message))

    await log_in_with_browser(page, served.url, "aylin@example.org")
    await page.goto(f"{served.url}/conversations/{conversation}")
    await expect(page.locator("#appointments")).to_contain_text("Keine anstehenden Termine")
    # The last free slot (about two weeks ahead): it cannot begin while the test runs.
    chosen = await page.locator("#slot option").last.get_attribute("value") or ""
    assert chosen.startswith("kim/diz@")
    await page.get_by_label("Freie Zeit").select_option(chosen)
    await page.get_by_label("Thema (freiwillig)").fill("Papiere <b>bitte</b>")
    await page.get_by_role("button", name="Buchen", exact=True).click()
    await page.wait_for_url(f"{served.url}/conversations/{conversation}")

    upcoming = page.locator("#appointments li")
    await expect(upcoming).to_have_count(1)
    await expect(upcoming).to_contain_text("Papiere <b>bitte</b>")
    await expect(page.locator("#history")).to_contain_text("حجز لك الفريق موعدًا")

    # From there to the place's list of that day.
    await upcoming.get_by_role("link").first.click()
    await page.wait_for_url(f"{served.url}/appointments?*")
    row = page.locator("tr[data-appointment]")
    await expect(row).to_have_count(1)
    await expect(row).to_contain_text(SCRIPT)
    await expect(row).to_contain_text("Papiere <b>bitte</b>")
    await expect(row).to_contain_text("Arabisch")
    await expect(row).to_contain_text("gebucht von Aylin K.")
    await expect(row.get_by_role("link", name="Absagen …")).to_have_count(1)
    assert await page.locator("tr[data-appointment] b").count() == 0
    await expect(page.get_by_role("navigation").get_by_role("link", name="Termine")).to_have_count(
        1
    )

    # A colleague books the other place of the slot through the API: the list shows it live.
    await expect(page.locator("body[data-live-ready]")).to_have_count(1)
    other = await handed_over(served.database, KIM, chat="7102", language="uk", waiting_since=now)
    async with httpx.AsyncClient(base_url=served.url) as colleague:
        login = await colleague.post(
            "/api/login", json={"email": "aylin@example.org", "password": PASSWORD}
        )
        csrf = login.json()["csrf_token"]
        _, start = chosen.split("@")
        booked = await colleague.post(
            f"/api/conversations/{other}/appointments",
            json={"place": "kim/diz", "starts_at": start},
            headers={"X-CSRF-Token": csrf},
        )
        assert booked.status_code == 201, booked.text
    await expect(row).to_have_count(2)
    await expect(row.nth(1)).to_contain_text("Ukrainisch")
    assert await page.evaluate("window.pwned") is None
    assert dialogs == []
