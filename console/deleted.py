"""Conversations deleted at the young person's request, as caseworkers learn of them.

The inbox lists those of the last days (`notices`), and a deleted conversation's page and
API answer 410 Gone with the time of the deletion instead of the plain 404 (`gone`). Both
come from the access log's `delete_request` entries and say only what those say: which
conversation, which contact point, when. Someone else's contact point's deleted
conversation stays a plain 404, like one that never existed: guessing ids reveals nothing.
"""

from __future__ import annotations

from dataclasses import dataclass

from fastapi import Request
from fastapi.responses import JSONResponse, Response
from pydantic import AwareDatetime, BaseModel

from console.auth import SESSION_COOKIE
from console.context import Console
from console.render import render, words
from console.ui import Words
from console.views import Views
from flows.desk.actor import Actor
from storage.access_log import Deletion

GONE_DETAIL = "deleted at the young person's request"


class Gone(BaseModel):
    """The API's answer for a conversation deleted at the young person's request."""

    detail: str = GONE_DETAIL
    deleted_at: AwareDatetime


@dataclass(frozen=True, slots=True)
class DeletionView:
    id: int
    text: str


def _when(views: Views, deletion: Deletion) -> dict[str, str]:
    here = deletion.at.astimezone(views.zone(deletion.contact_point_id))
    this_year = views.now.astimezone(here.tzinfo).year
    day = here.strftime("%d.%m." if here.year == this_year else "%d.%m.%Y")
    return {"day": day, "time": here.strftime("%H:%M")}


async def notices(console: Console, t: Words, actor: Actor) -> list[DeletionView]:
    """The inbox's notices: the actor's contact points' conversations deleted lately."""
    views = Views(console, t)
    return [
        DeletionView(
            d.conversation_id,
            t(
                "console-deleted-notice",
                number=str(d.conversation_id),
                place=console.contact_point_name(d.contact_point_id, t.lang),
                **_when(views, d),
            ),
        )
        for d in await console.access_log.deletions(actor)
    ]


async def gone(request: Request) -> Response | None:
    """410 for a conversation route (`{conversation_id}` in its path) whose conversation the
    caseworker could not find because the young person had it deleted; None otherwise."""
    raw = str(request.path_params.get("conversation_id", ""))
    if not raw.isdigit() or len(raw) > 18:
        return None
    console: Console = request.app.state.console
    token = request.cookies.get(SESSION_COOKIE, "")
    session = await console.accounts.session(token) if token else None
    if session is None:
        return None
    deletion = await console.access_log.deletion(session.actor, int(raw))
    if deletion is None:
        return None
    if request.url.path.startswith("/api/"):
        body = Gone(deleted_at=deletion.at).model_dump(mode="json")
        return JSONResponse(body, status_code=410)
    t = words(request, console)
    return render(
        request,
        console,
        "message.html",
        session=session,
        status=410,
        heading=t("console-page-deleted"),
        message=t("console-page-deleted-text", **_when(Views(console, t), deletion)),
    )
