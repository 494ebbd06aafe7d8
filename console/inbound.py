"""GET /api/inbound for admins: how many received messages wait for their turn, and which
updates were kept aside as unreadable (when, from which channel, why; never their content).
The same as `uli inbound` at the server's command line."""

from __future__ import annotations

import datetime as dt

from fastapi import APIRouter, HTTPException
from pydantic import BaseModel

from console.auth import ApiSession
from console.context import ConsoleDep
from flows.desk.actor import Refused

router = APIRouter()


class KeptAside(BaseModel):
    id: int
    channel: str
    update_id: str
    received_at: dt.datetime
    reason: str


class InboundOut(BaseModel):
    waiting: int
    kept_aside: list[KeptAside]


@router.get(
    "/api/inbound",
    tags=["console"],
    responses={401: {"description": "not logged in"}, 403: {"description": "admins only"}},
)
async def inbound(console: ConsoleDep, session: ApiSession) -> InboundOut:
    """Received messages still waiting, and updates kept aside as unreadable (admins only)."""
    try:
        report = await console.inbound.read(session.actor)
    except Refused:
        raise HTTPException(403, "only admins see the inbound queue") from None
    return InboundOut(
        waiting=report.waiting,
        kept_aside=[
            KeptAside(
                id=k.id,
                channel=k.channel,
                update_id=k.update_id,
                received_at=k.received_at,
                reason=k.reason,
            )
            for k in report.kept_aside
        ],
    )
