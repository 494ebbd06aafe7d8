"""A young person talking to the core directly, without any messenger."""

from __future__ import annotations

from flows.conversation.engine import Engine
from flows.vocabulary.events import Button, Inbound, InboundKind, Reply


class Chat:
    def __init__(self, engine: Engine, address: str, language_hint: str | None = None) -> None:
        self.engine = engine
        self.address = address
        self.language_hint = language_hint
        self.last: list[Reply] = []

    async def _send(self, kind: InboundKind, text: str = "") -> list[Reply]:
        event = Inbound(
            "test", self.address, kind, self.engine.clock(), text, self.language_hint
        )
        self.last = await self.engine.handle(event)
        assert self.last, f"no answer to {kind.value} {text!r}"
        return self.last

    async def writes_to_team(self, text: str) -> list[Reply]:
        """A message while handed over: the caseworkers answer it, Uli mostly stays quiet."""
        event = Inbound(
            "test",
            self.address,
            InboundKind.text,
            self.engine.clock(),
            text,
            self.language_hint,
        )
        self.last = await self.engine.handle(event)
        return self.last

    async def says(self, text: str) -> list[Reply]:
        if text.startswith("/"):
            return await self._send(InboundKind.command, text[1:])
        return await self._send(InboundKind.text, text)

    async def sends(self, kind: InboundKind) -> list[Reply]:
        return await self._send(kind)

    async def taps(self, label: str) -> list[Reply]:
        """Tap the button whose label contains `label` in the latest answer."""
        buttons = self.buttons()
        matches = [b for b in buttons if label in b.label]
        assert matches, f"no button {label!r}; there are {[b.label for b in buttons]}"
        return await self._send(InboundKind.button, matches[0].payload)

    async def presses(self, payload: str) -> list[Reply]:
        return await self._send(InboundKind.button, payload)

    def buttons(self) -> list[Button]:
        return [b for reply in self.last for row in reply.buttons for b in row]

    def labels(self) -> list[str]:
        return [b.label for b in self.buttons()]

    @property
    def text(self) -> str:
        return "\n".join(reply.text for reply in self.last)
