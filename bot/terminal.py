"""`uli chat`: talk to the conversation core in a terminal, without Telegram.

Buttons are shown numbered; typing the number taps the button.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import getpass
import sys
from typing import TextIO

from flows.conversation.engine import Engine
from flows.vocabulary.events import Button, Inbound, InboundKind, Reply
from flows.vocabulary.texts import undirected

CHANNEL = "terminal"


def render(reply: Reply, out: TextIO) -> list[Button]:
    out.write("\n" + undirected(reply.text) + "\n")
    if reply.document is not None:
        out.write(f"--- {reply.document.filename} ---\n{reply.document.content}---\n")
    buttons = [button for row in reply.buttons for button in row]
    for number, button in enumerate(buttons, start=1):
        out.write(f"  [{number}] {button.label}\n")
    return buttons


def to_event(line: str, buttons: list[Button], address: str, lang: str | None) -> Inbound:
    now = dt.datetime.now(dt.UTC)
    text = line.strip()
    if text.isdigit() and 1 <= int(text) <= len(buttons):
        return Inbound(
            CHANNEL, address, InboundKind.button, now, buttons[int(text) - 1].payload, lang
        )
    if text.startswith("/"):
        return Inbound(CHANNEL, address, InboundKind.command, now, text[1:], lang)
    return Inbound(CHANNEL, address, InboundKind.text, now, text, lang)


async def chat(
    engine: Engine, lang: str | None, stdin: TextIO = sys.stdin, stdout: TextIO = sys.stdout
) -> None:
    address = f"{getpass.getuser()}@terminal"
    stdout.write("Uli (terminal). Type a message, a /command or a button's number; Ctrl-D ends.\n")
    buttons: list[Button] = []
    replies = await engine.handle(to_event("/start", [], address, lang))
    while True:
        for reply in replies:
            buttons = render(reply, stdout) or buttons
        stdout.write("\n> ")
        stdout.flush()
        line = await asyncio.to_thread(stdin.readline)
        if not line:
            stdout.write("\n")
            return
        if not line.strip():
            replies = []
            continue
        replies = await engine.handle(to_event(line, buttons, address, lang))
