"""A young person talking to the core directly, without any messenger."""

from __future__ import annotations

from flows.conversation.engine import Engine
from flows.vocabulary.events import Button, Inbound, InboundKind, Reply
from storage import Contact, Conversation
from storage.appointments import Appointment


class Chat:
    def __init__(self, engine: Engine, address: str, language_hint: str | None = None) -> None:
        self.engine = engine
        self.address = address
        self.language_hint = language_hint
        self.last: list[Reply] = []

    async def _handle(self, kind: InboundKind, text: str = "") -> list[Reply]:
        event = Inbound("test", self.address, kind, self.engine.clock(), text, self.language_hint)
        self.last = await self.engine.handle(event)
        return self.last

    async def _send(self, kind: InboundKind, text: str = "") -> list[Reply]:
        assert await self._handle(kind, text), f"no answer to {kind.value} {text!r}"
        return self.last

    async def writes_to_team(self, text: str) -> list[Reply]:
        """A message while handed over: the caseworkers answer it, Uli mostly stays quiet."""
        return await self._handle(InboundKind.text, text)

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

    async def taps_in_menu(self, label: str) -> list[Reply]:
        """Open the full menu ("⬅️ Menü" under an answer), then tap `label` there."""
        await self.presses("m:menu")
        return await self.taps(label)

    async def presses(self, payload: str) -> list[Reply]:
        return await self._send(InboundKind.button, payload)

    def buttons(self) -> list[Button]:
        return [b for reply in self.last for row in reply.buttons for b in row]

    def labels(self) -> list[str]:
        return [b.label for b in self.buttons()]

    @property
    def text(self) -> str:
        return "\n".join(reply.text for reply in self.last)

    # -- what is stored of them ------------------------------------------------------------

    async def contact(self) -> Contact:
        async with self.engine.database.session() as repo:
            contact = await repo.contact_by_address("test", self.address)
        assert contact is not None, f"no contact {self.address!r}"
        return contact

    async def conversation(self) -> Conversation:
        """Their open conversation."""
        async with self.engine.database.session() as repo:
            contact = await repo.contact_by_address("test", self.address)
            assert contact is not None, f"no contact {self.address!r}"
            return await repo.open_conversation(contact, self.engine.clock())

    async def upcoming(self) -> list[Appointment]:
        """Their appointments that have not begun."""
        async with self.engine.database.session() as repo:
            contact = await repo.contact_by_address("test", self.address)
            assert contact is not None and contact.id is not None, f"no contact {self.address!r}"
            return await repo.appointments.upcoming_of(contact.id, self.engine.clock())


async def chosen(engine: Engine, address: str, service: str, lang: str) -> Chat:
    """A young person who started with `service` and chose the language `lang`."""
    chat = Chat(engine, address, language_hint=lang)
    await chat.says(f"/start {service}")
    await chat.presses(f"lang:{lang}")
    return chat


async def conversation_of(engine: Engine, address: str) -> Conversation:
    """The open conversation of the young person at `address`."""
    return await Chat(engine, address).conversation()
