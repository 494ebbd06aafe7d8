"""`uli inbound`: how many received messages wait for their turn, and which updates were kept
aside as unreadable (when, from which channel, why), never what they say."""

from __future__ import annotations

import asyncio

from bot.keys import data_cipher
from bot.settings import Settings
from flows.desk.inbound_report import InboundReports
from storage import Database


def inbound_command(settings: Settings) -> int:
    print(asyncio.run(_report(settings)))
    return 0


async def _report(settings: Settings) -> str:
    async with Database(settings.database_url, cipher=data_cipher(settings)) as database:
        report = await InboundReports(database).read()
    kept = report.kept_aside
    lines = [f"{report.waiting} received message(s) waiting for their turn"]
    lines.append(f"{len(kept)} update(s) kept aside as unreadable" + (":" if kept else ""))
    lines += [
        f"  #{k.id} {k.channel} update {k.update_id}, "
        f"received {k.received_at:%Y-%m-%d %H:%M} UTC: {k.reason}"
        for k in kept
    ]
    return "\n".join(lines)
