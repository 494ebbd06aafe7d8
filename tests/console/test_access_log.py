"""The access log: every reading and action in the console leaves an entry (who, what,
when); only admins can read it, nobody can change it, it holds no message text, and it
outlives the conversations it is about."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import delete, text
from sqlmodel import col, select

from console.context import Console
from flows.delivery.media import Media
from storage import AccessLogEntry, AccessLogRows, Contact, MessageKind
from tests.console.conftest import (
    KIM,
    PASSWORD,
    T0,
    Agent,
    ConsoleUnderTest,
    handed_over,
)

SECRET = "Mein Vater schlägt mich, bitte sagt es niemandem"
REPLY = "Danke, dass du schreibst. Wir finden eine sichere Lösung."
NOTE = "Verdacht auf Kindeswohlgefährdung, Jugendamt informieren"


class FakeMedia:
    async def fetch(self, ref: str) -> Media:
        return Media(b"\x89PNG fake", "image/png", "foto.png")


async def entries(console: ConsoleUnderTest, **where: object) -> list[AccessLogEntry]:
    """The log, oldest first, optionally only entries with these column values."""
    async with console.database.session() as repo:
        rows = (
            await repo.session.exec(select(AccessLogEntry).order_by(col(AccessLogEntry.id)))
        ).all()
    return [r for r in rows if all(getattr(r, k) == v for k, v in where.items())]


async def test_reading_a_conversation_is_logged_once_per_sitting(
    console: ConsoleUnderTest, aylin: Agent
) -> None:
    conversation = await handed_over(console.database, KIM, chat="1", says=[SECRET])
    assert (await aylin.client.get(f"/conversations/{conversation}")).status_code == 200
    # The open page refreshes itself: that is the same reading, not a new entry.
    assert (await aylin.client.get(f"/conversations/{conversation}/parts")).status_code == 200
    [entry] = await entries(console, action="view_conversation")
    assert entry.caseworker_email == "aylin@example.org"
    assert entry.caseworker_id is not None
    assert entry.conversation_id == conversation
    assert entry.contact_point_id == KIM
    assert entry.at == T0
    assert entry.detail == "via page"

    console.clock.advance(minutes=11)
    assert (await aylin.client.get(f"/api/conversations/{conversation}")).status_code == 200
    views = await entries(console, action="view_conversation")
    assert [(v.at, v.detail) for v in views] == [
        (T0, "via page"),
        (T0 + dt.timedelta(minutes=11), "via api"),
    ]


async def test_a_conversation_one_may_not_see_leaves_no_view(
    console: ConsoleUnderTest, aylin: Agent
) -> None:
    other = await handed_over(console.database, "pace", chat="2")
    assert (await aylin.client.get(f"/conversations/{other}")).status_code == 404
    assert await entries(console, action="view_conversation") == []


async def test_opening_a_photo_is_logged(console: ConsoleUnderTest, aylin: Agent) -> None:
    state: Console = console.app.state.console
    state.media = FakeMedia()
    conversation = await handed_over(
        console.database, KIM, chat="3", says=[""], media_ref="file-1", kind=MessageKind.PHOTO
    )
    async with console.database.session() as repo:
        record = await repo.casework.record(conversation, [KIM])
    assert record is not None
    message_id = record.history[0].message.id
    assert (await aylin.client.get(f"/media/{message_id}")).status_code == 200
    [entry] = await entries(console, action="open_media")
    assert entry.caseworker_email == "aylin@example.org"
    assert entry.conversation_id == conversation
    assert entry.detail == f"message {message_id} (photo)"
    assert entry.at == T0


async def test_replying_and_claiming_are_logged(console: ConsoleUnderTest, aylin: Agent) -> None:
    conversation = await handed_over(console.database, KIM, chat="4")
    assert (await aylin.post(f"/conversations/{conversation}/claim")).status_code == 303
    console.clock.advance(minutes=1)
    response = await aylin.post(f"/conversations/{conversation}/reply", text=REPLY)
    assert response.status_code == 303
    [claim] = await entries(console, action="claim")
    [reply] = await entries(console, action="reply")
    assert (claim.caseworker_email, claim.conversation_id, claim.at) == (
        "aylin@example.org", conversation, T0,
    )  # fmt: skip
    assert (reply.caseworker_email, reply.conversation_id) == ("aylin@example.org", conversation)
    assert reply.at == T0 + dt.timedelta(minutes=1)
    assert reply.detail.startswith("message ")


async def test_a_failed_login_is_logged_without_the_password(console: ConsoleUnderTest) -> None:
    async with console.new_agent("aylin@example.org", "Aylin") as agent:
        assert (await agent.log_in("aylin@example.org", "wrong-password-1")).status_code == 401
        assert (await agent.log_in("nobody@example.org", "wrong-password-2")).status_code == 401
        assert (await agent.log_in("aylin@example.org", PASSWORD)).status_code == 303
    failed = await entries(console, action="login_failed")
    assert [(f.caseworker_email, f.caseworker_id is not None) for f in failed] == [
        ("aylin@example.org", True),
        ("nobody@example.org", False),
    ]
    assert all(f.at == T0 and f.detail == "198.51.100.7" for f in failed)
    [login] = await entries(console, action="login")
    assert login.caseworker_email == "aylin@example.org"
    dump = repr([e.model_dump() for e in await entries(console)])
    assert "wrong-password" not in dump
    assert PASSWORD not in dump


async def test_a_caseworker_cannot_read_the_log(console: ConsoleUnderTest, aylin: Agent) -> None:
    page = await aylin.client.get("/admin/access-log")
    assert page.status_code == 403
    assert "aylin@example.org" not in page.text
    assert (await aylin.client.get("/api/access-log")).status_code == 403
    assert 'href="/admin/access-log"' not in (await aylin.client.get("/inbox")).text
    anonymous = console.agent()
    async with anonymous.client:
        assert (await anonymous.client.get("/api/access-log")).status_code == 401
        login_page = await anonymous.client.get("/admin/access-log")
        assert login_page.status_code == 303
        assert login_page.headers["location"].startswith("/login")


async def test_an_admin_reads_the_log_with_filters(
    console: ConsoleUnderTest, aylin: Agent, chef: Agent
) -> None:
    first = await handed_over(console.database, KIM, chat="5")
    second = await handed_over(console.database, KIM, chat="6")
    await aylin.client.get(f"/conversations/{first}")
    console.clock.advance(days=2)  # the sessions have ended meanwhile
    for agent, email in ((aylin, "aylin@example.org"), (chef, "chef@example.org")):
        assert (await agent.log_in(email)).status_code == 303
    await aylin.post(f"/conversations/{second}/claim")

    page = await chef.client.get("/admin/access-log")
    assert page.status_code == 200
    assert "Zugriffsprotokoll" in page.text
    assert "Gespräch gelesen" in table(page.text) and "Übernommen" in table(page.text)
    assert 'href="/admin/access-log"' in (await chef.client.get("/inbox")).text

    only_claims = await chef.client.get("/admin/access-log", params={"action": "claim"})
    assert "Übernommen" in table(only_claims.text)
    assert "Gespräch gelesen" not in table(only_claims.text)
    by_conversation = await chef.client.get(
        "/admin/access-log", params={"conversation": str(first)}
    )
    assert "Gespräch gelesen" in table(by_conversation.text)
    assert "Übernommen" not in table(by_conversation.text)
    on_the_first_day = await chef.client.get(
        "/admin/access-log", params={"since": "2026-11-24", "until": "2026-11-24"}
    )
    assert "Gespräch gelesen" in table(on_the_first_day.text)
    assert "Übernommen" not in table(on_the_first_day.text)
    garbage = await chef.client.get(
        "/admin/access-log", params={"conversation": "<b>x", "since": "gestern", "action": "?"}
    )
    assert garbage.status_code == 200 and "<b>x" not in garbage.text

    api = await chef.client.get("/api/access-log", params={"action": "claim"})
    assert api.status_code == 200
    body = api.json()
    assert body["total"] == 1
    [claim] = body["entries"]
    assert claim["caseworker_email"] == "aylin@example.org"
    assert claim["conversation_id"] == second
    assert claim["contact_point"] == KIM

    aylin_id = (await entries(console, action="claim"))[0].caseworker_id
    newest = await chef.client.get(
        "/api/access-log", params={"caseworker_id": str(aylin_id), "limit": "1"}
    )
    assert newest.json()["entries"][0]["action"] == "claim"  # newest first
    assert newest.json()["total"] == 4  # two logins, the reading, the claim
    older = await chef.client.get(
        "/api/access-log",
        params={"caseworker_id": str(aylin_id), "limit": "2", "offset": "1"},
    )
    assert [e["action"] for e in older.json()["entries"]] == ["login", "view_conversation"]
    window = await chef.client.get(
        "/api/access-log",
        params={"since": "2026-11-25T00:00:00Z", "until": "2026-11-27T00:00:00Z"},
    )
    assert [e["action"] for e in window.json()["entries"]] == ["claim", "login", "login"]
    assert (await chef.client.get("/api/access-log?action=rewrite")).status_code == 422


async def test_the_log_holds_no_message_text(
    console: ConsoleUnderTest, aylin: Agent, chef: Agent
) -> None:
    conversation = await handed_over(console.database, KIM, chat="7", says=[SECRET])
    await aylin.client.get(f"/conversations/{conversation}")
    await aylin.post(f"/conversations/{conversation}/reply", text=REPLY)
    await aylin.post(f"/conversations/{conversation}/notes", text=NOTE)
    await aylin.post(f"/conversations/{conversation}/close")
    await aylin.post(f"/conversations/{conversation}/reopen")
    actions = {e.action for e in await entries(console)}
    assert {"view_conversation", "reply", "note", "close", "reopen"} <= actions

    async with console.database.engine.connect() as connection:  # raw: every column as stored
        rows = (await connection.execute(text("SELECT * FROM access_log"))).all()
    cells = [str(cell) for row in rows for cell in row if cell is not None]
    assert cells
    for written in (SECRET, REPLY, NOTE):
        for fragment in (written, written[:12], written.split()[-1]):
            assert not any(fragment in cell for cell in cells), fragment


async def test_entries_outlive_the_deleted_conversation(
    console: ConsoleUnderTest, aylin: Agent, chef: Agent
) -> None:
    conversation = await handed_over(console.database, KIM, chat="8")
    await aylin.client.get(f"/conversations/{conversation}")
    await aylin.post(f"/conversations/{conversation}/claim")
    async with console.database.session() as repo:  # as retention or /delete would
        await repo.session.exec(delete(Contact).where(col(Contact.external_id) == "8"))
    async with console.database.session() as repo:
        assert await repo.casework.record(conversation, [KIM]) is None
    kept = await entries(console, conversation_id=conversation)
    assert [e.action for e in kept] == ["view_conversation", "claim"]
    api = await chef.client.get("/api/access-log", params={"conversation_id": str(conversation)})
    assert api.json()["total"] == 2


def table(html: str) -> str:
    """The rows of the log's table (the filter form names every action too)."""
    return html.split("<tbody>", 1)[1].split("</tbody>", 1)[0] if "<tbody>" in html else ""


def test_the_log_can_only_be_appended_to() -> None:
    methods = {name for name in dir(AccessLogRows) if not name.startswith("_")}
    assert methods == {"append", "page", "last"}


async def test_account_changes_are_logged(console: ConsoleUnderTest, chef: Agent) -> None:
    response = await chef.post(
        "/admin/users",
        name="Neu",
        email="neu@example.org",
        password="a-long-password",
        languages="de",
        contact_points=KIM,
        role="caseworker",
        active="1",
    )
    assert response.status_code == 303
    # The fixture's accounts were made as on the command line: nobody in the console.
    made_outside = await entries(console, action="user_created", caseworker_email=None)
    assert [e.detail for e in made_outside] == [
        "account 1 chef@example.org (admin) on the command line"
    ]
    [created] = await entries(console, action="user_created", caseworker_email="chef@example.org")
    assert "neu@example.org" in created.detail
    user_id = response.headers["location"].rsplit("/", 1)[1]
    await chef.post(
        f"/admin/users/{user_id}",
        name="Neu",
        languages="de,ar",
        contact_points=KIM,
        role="caseworker",
        active="",
    )
    [changed] = await entries(console, action="user_changed")
    assert changed.detail == f"account {user_id} neu@example.org: languages, active"
    assert "a-long-password" not in repr([e.model_dump() for e in await entries(console)])
