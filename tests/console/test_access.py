"""Caseworkers see and touch only their own contact points' conversations: pages and API.

Aylin works at KIM, Jonas at PACE. Every way in (inbox, conversation, parts for live updates,
media, every action, the JSON API) is tried with the other's conversation and with guessed
ids; all of them answer 404, exactly as for a conversation that does not exist.
"""

from __future__ import annotations

import pytest

from tests.console.conftest import KIM, PACE, Agent, ConsoleUnderTest, add_caseworker, handed_over

ACTIONS = ("reply", "claim", "release", "close", "reopen", "notes", "assign")


async def test_each_inbox_shows_only_its_contact_point(
    console: ConsoleUnderTest, aylin: Agent, jonas: Agent
) -> None:
    await handed_over(console.database, KIM, chat="101", says=["Ich suche eine Ausbildung"])
    await handed_over(console.database, PACE, chat="102", says=["Ich brauche eine Wohnung"])

    for tab in ("waiting", "open"):
        kim_page = (await aylin.client.get(f"/inbox?tab={tab}")).text
        pace_page = (await jonas.client.get(f"/inbox?tab={tab}")).text
        assert "Ich suche eine Ausbildung" in kim_page and "Wohnung" not in kim_page
        assert "Ich brauche eine Wohnung" in pace_page and "Ausbildung" not in pace_page

    api = (await aylin.client.get("/api/inbox?tab=waiting")).json()
    assert [entry["contact_point"] for entry in api] == [KIM]
    assert api[0]["last_message"]["text"] == "Ich suche eine Ausbildung"


async def test_another_contact_points_conversation_is_not_found_anywhere(
    console: ConsoleUnderTest, aylin: Agent, jonas: Agent
) -> None:
    theirs = await handed_over(
        console.database, PACE, chat="201", says=["geheim"], media_ref="file-secret"
    )
    async with console.database.session() as repo:
        message_id = (await repo.messages(theirs))[0].id

    for url in (
        f"/conversations/{theirs}",
        f"/conversations/{theirs}/parts",
        f"/api/conversations/{theirs}",
        f"/media/{message_id}",
    ):
        response = await aylin.client.get(url)
        assert response.status_code == 404, url
        assert "geheim" not in response.text
    for action in ACTIONS:
        fields = {"text": "hallo", "caseworker": "1"}
        response = await aylin.post(f"/conversations/{theirs}/{action}", **fields)
        assert response.status_code == 404, action
    for action in ("reply", "claim", "close", "notes"):
        response = await aylin.client.post(
            f"/api/conversations/{theirs}/{action}",
            json={"text": "hallo"},
            headers={"X-CSRF-Token": aylin.csrf},
        )
        assert response.status_code == 404, action

    # Nothing happened to Jonas's conversation.
    record = (await jonas.client.get(f"/api/conversations/{theirs}")).json()
    assert record["status"] == "waiting" and record["assignee"] is None
    assert [m["text"] for m in record["messages"]] == ["geheim"] and record["notes"] == []
    async with console.database.session() as repo:
        assert await repo.outbox.pending_count() == 0


async def test_guessed_ids_are_not_found(console: ConsoleUnderTest, aylin: Agent) -> None:
    mine = await handed_over(console.database, KIM, chat="301")
    for guess in (mine + 1, mine + 1000, 0, -1, 2**31 - 1):
        assert (await aylin.client.get(f"/conversations/{guess}")).status_code == 404
        assert (await aylin.client.get(f"/api/conversations/{guess}")).status_code == 404
        assert (await aylin.client.get(f"/media/{guess}")).status_code == 404
    assert (await aylin.client.get("/conversations/abc")).status_code in (404, 422)
    assert (await aylin.client.get(f"/conversations/{mine}")).status_code == 200


async def test_a_conversation_uli_is_still_having_is_not_in_reach(
    console: ConsoleUnderTest, aylin: Agent
) -> None:
    # Nobody asked for a person here: the caseworkers have no business reading it.
    async with console.database.session() as repo:
        contact = await repo.touch_contact("telegram", "401", console.clock())
        contact.contact_point_id = KIM
        await repo.save(contact)
        conversation = await repo.open_conversation(contact, console.clock())
        await repo.add_message(
            conversation, direction="in", sender="young_person", kind="text",
            text="nur mit Uli", now=console.clock(),
        )  # fmt: skip
    assert conversation.id is not None
    assert (await aylin.client.get(f"/conversations/{conversation.id}")).status_code == 404
    assert "nur mit Uli" not in (await aylin.client.get("/inbox?tab=open")).text


async def test_a_crisis_before_any_service_was_chosen_reaches_every_caseworker(
    console: ConsoleUnderTest, aylin: Agent, jonas: Agent
) -> None:
    conversation = await handed_over(
        console.database, None, chat="601", says=["ich will nicht mehr"], urgent=True
    )
    for agent in (aylin, jonas):
        assert "ich will nicht mehr" in (await agent.client.get("/inbox?tab=waiting")).text
        page = await agent.client.get(f"/conversations/{conversation}")
        assert page.status_code == 200 and "ich will nicht mehr" in page.text


async def test_no_membership_sees_nothing(console: ConsoleUnderTest) -> None:
    await handed_over(console.database, KIM, chat="501", says=["irgendwas"])
    async with console.new_agent("neu@example.org", "Neu", []) as agent:
        await agent.log_in("neu@example.org")
        for tab in ("waiting", "mine", "open", "closed"):
            page = (await agent.client.get(f"/inbox?tab={tab}")).text
            assert "irgendwas" not in page
        assert (await agent.client.get("/api/inbox?tab=open")).json() == []


async def test_only_members_of_the_contact_point_can_be_assigned(
    console: ConsoleUnderTest, aylin: Agent, jonas: Agent
) -> None:
    conversation = await handed_over(console.database, KIM, chat="601")
    me = (await jonas.client.get("/api/me")).json()
    response = await aylin.post(f"/conversations/{conversation}/assign", caseworker=str(me["id"]))
    assert response.status_code == 303 and "error=not-member" in response.headers["location"]
    record = (await aylin.client.get(f"/api/conversations/{conversation}")).json()
    assert record["assignee"] is None


@pytest.mark.parametrize("url", ["/admin/users", "/admin/users/1"])
async def test_admin_pages_are_for_admins(aylin: Agent, url: str) -> None:
    assert (await aylin.client.get(url)).status_code == 403
    response = await aylin.post("/admin/users", name="X", email="x@example.org", password="x" * 12)
    assert response.status_code == 403


async def test_an_admin_manages_accounts_and_memberships(console: ConsoleUnderTest) -> None:
    await add_caseworker(
        console.database, console.catalogue, "chef@example.org", "Chefin", [KIM], role="admin"
    )
    pace_only = await handed_over(console.database, PACE, chat="701", says=["Hannover"])
    admin = console.agent()
    async with admin.client:
        await admin.log_in("chef@example.org")
        created = await admin.post(
            "/admin/users", name="Mira", email="Mira@Example.org", password="another-good-one",
            languages="de, fa", contact_points=KIM, role="caseworker", active="1",
        )  # fmt: skip
        assert created.status_code == 303
        page = (await admin.client.get("/admin/users")).text
        assert "mira@example.org" in page and "de,fa" in page
        mira_url = created.headers["location"]

        mira = console.agent()
        async with mira.client:
            assert (await mira.log_in("mira@example.org", "another-good-one")).status_code == 303
            assert (await mira.client.get(f"/conversations/{pace_only}")).status_code == 404
            # The admin adds PACE: Mira sees the conversation at once.
            await admin.client.post(
                mira_url,
                data={"csrf": admin.csrf, "name": "Mira", "languages": "de,fa",
                      "contact_points": [KIM, PACE], "role": "caseworker", "active": "1"},
            )  # fmt: skip
            assert (await mira.client.get(f"/conversations/{pace_only}")).status_code == 200
            # Deactivated: her session ends, and she cannot log in again.
            await admin.client.post(
                mira_url,
                data={"csrf": admin.csrf, "name": "Mira", "languages": "de,fa",
                      "contact_points": [KIM, PACE], "role": "caseworker"},
            )  # fmt: skip
            assert (await mira.client.get("/inbox")).status_code == 303
            assert (await mira.log_in("mira@example.org", "another-good-one")).status_code == 401


async def test_a_name_the_young_person_gave_is_shown_escaped(
    console: ConsoleUnderTest, aylin: Agent
) -> None:
    conversation = await handed_over(console.database, KIM, chat="701", says=["hallo"])
    async with console.database.session() as repo:
        contact = await repo.contact_by_address("telegram", "701")
        assert contact is not None
        contact.display_name = "<b>Sam</b>"
        await repo.save(contact)
    page = (await aylin.client.get(f"/conversations/{conversation}")).text
    assert "&lt;b&gt;Sam&lt;/b&gt;" in page and "<b>Sam</b>" not in page
    api = (await aylin.client.get(f"/api/conversations/{conversation}")).json()
    assert api["name"] == "<b>Sam</b>"
