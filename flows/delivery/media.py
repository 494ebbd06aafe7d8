"""Photos, voice notes and documents a young person sent, fetched when a caseworker opens one.

Uli keeps only the messenger's reference (`Message.media_ref`, e.g. a Telegram file_id), not
the file: the console asks the channel for it on demand through a `MediaSource`.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol


@dataclass(frozen=True, slots=True)
class Media:
    data: bytes
    content_type: str
    filename: str | None = None


class MediaUnavailable(Exception):
    """The channel cannot give the file (expired, too large, the platform is down)."""


class MediaSource(Protocol):
    async def fetch(self, ref: str) -> Media:
        """The file behind a message's `media_ref`; MediaUnavailable if it cannot be had."""
        ...
