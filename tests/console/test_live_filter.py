"""Which live changes an open page hears: an inbox only those that alter what it shows."""

from __future__ import annotations

from console.events import View, alters_inbox
from flows.delivery.live import Change
from storage import InboxTab


def test_a_message_to_a_conversation_only_uli_has_alters_no_inbox() -> None:
    change = Change(1, "kim", "message", "bot")
    assert not any(alters_inbox(change, tab, 7) for tab in InboxTab)


def test_a_message_alters_only_the_tabs_that_show_its_conversation() -> None:
    waiting = Change(1, "kim", "message", "waiting")
    assert alters_inbox(waiting, InboxTab.WAITING, 7) and alters_inbox(waiting, InboxTab.OPEN, 7)
    assert not alters_inbox(waiting, InboxTab.CLOSED, 7)
    mine = Change(2, "kim", "message", "assigned", 7)
    assert alters_inbox(mine, InboxTab.MINE, 7) and not alters_inbox(mine, InboxTab.MINE, 8)


def test_status_changes_alter_every_tab_and_deliveries_none() -> None:
    assert all(alters_inbox(Change(1, "kim", "status", "bot"), tab, 7) for tab in InboxTab)
    assert not any(alters_inbox(Change(1, "kim", "delivery"), tab, 7) for tab in InboxTab)
    assert not any(alters_inbox(Change(1, "kim", "note", "waiting"), tab, 7) for tab in InboxTab)


def test_a_conversation_page_hears_only_its_conversation() -> None:
    page = View("conversation", conversation_id=3)
    assert page.alters(Change(3, "kim", "delivery"), 7)
    assert not page.alters(Change(4, "kim", "message", "waiting"), 7)
