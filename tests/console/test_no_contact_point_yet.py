"""A conversation of nobody's contact point yet (someone in crisis before choosing a service).

It is shown to every caseworker with a contact point (and to nobody without one: fail
closed), so that it never waits unseen; the same caseworkers may take it, be given it by a
colleague, and are offered as colleagues to give it to.
"""

from __future__ import annotations

from tests.console.conftest import Agent, ConsoleUnderTest, add_caseworker, handed_over


async def test_a_caseworker_takes_an_urgent_conversation_of_no_contact_point(
    console: ConsoleUnderTest, aylin: Agent, jonas: Agent
) -> None:
    conversation = await handed_over(console.database, None, chat="9101", urgent=True)
    page = await aylin.client.get(f"/conversations/{conversation}")
    assert page.status_code == 200 and f'action="/conversations/{conversation}/claim"' in page.text

    taken = await aylin.post(f"/conversations/{conversation}/claim")
    assert taken.status_code == 303
    assert taken.headers["location"] == f"/conversations/{conversation}", "no error"
    mine = await aylin.client.get("/api/inbox", params={"tab": "mine"})
    assert [entry["id"] for entry in mine.json()] == [conversation]
    record = (await jonas.client.get(f"/api/conversations/{conversation}")).json()
    assert record["status"] == "assigned" and record["assignee"] == "Aylin K."


async def test_the_api_claim_and_giving_it_to_a_colleague_of_another_contact_point(
    console: ConsoleUnderTest, aylin: Agent, jonas: Agent
) -> None:
    conversation = await handed_over(console.database, None, chat="9102", urgent=True)
    claimed = await jonas.client.post(
        f"/api/conversations/{conversation}/claim", headers={"X-CSRF-Token": jonas.csrf}
    )
    assert claimed.status_code == 200, claimed.text
    assert claimed.json()["assignee"] == "Jonas"

    # Jonas (PACE) may hand it to Aylin (KIM): she sees it too, and is offered.
    page = await jonas.client.get(f"/conversations/{conversation}")
    me = (await aylin.client.get("/api/me")).json()
    assert f'<option value="{me["id"]}">Aylin K.' in page.text
    given = await jonas.post(f"/conversations/{conversation}/assign", caseworker=str(me["id"]))
    assert given.headers["location"] == f"/conversations/{conversation}"
    mine = await aylin.client.get("/api/inbox", params={"tab": "mine"})
    assert [entry["id"] for entry in mine.json()] == [conversation]


async def test_who_sees_nothing_can_neither_take_it_nor_be_given_it(
    console: ConsoleUnderTest, aylin: Agent
) -> None:
    conversation = await handed_over(console.database, None, chat="9103", urgent=True)
    newcomer = await add_caseworker(
        console.database, console.catalogue, "neu@example.org", "Neu", []
    )
    agent = console.agent()
    async with agent.client:
        assert (await agent.log_in("neu@example.org")).status_code == 303
        refused = await agent.client.post(
            f"/api/conversations/{conversation}/claim", headers={"X-CSRF-Token": agent.csrf}
        )
        assert refused.status_code == 404
    page = await aylin.client.get(f"/conversations/{conversation}")
    assert f'<option value="{newcomer.id}">' not in page.text, "not offered"
    given = await aylin.post(f"/conversations/{conversation}/assign", caseworker=str(newcomer.id))
    assert given.headers["location"] == f"/conversations/{conversation}?error=not-member"
    record = (await aylin.client.get(f"/api/conversations/{conversation}")).json()
    assert record["status"] == "waiting" and record["assignee"] is None
