"""Photos, voice notes and documents from Telegram, for the console (a `MediaSource`).

Telegram keeps the file; Uli stores its file_id and downloads it when a caseworker opens
it: getFile gives a path, valid for at least an hour, and the file itself comes from
/file/bot<token>/<path> (https://core.telegram.org/bots/api#getfile). Bots can download
files of up to 20 MB.
"""

from __future__ import annotations

import mimetypes
from io import BytesIO

from aiogram import Bot
from aiogram.exceptions import TelegramAPIError
from aiohttp import ClientError

from flows.delivery.media import Media, MediaUnavailable

# Telegram's voice notes are Opus in an Ogg container, with a path ending in .oga.
_TYPES = {".oga": "audio/ogg", ".ogg": "audio/ogg", ".opus": "audio/ogg"}


class TelegramMedia:
    def __init__(self, bot: Bot) -> None:
        self.bot = bot

    async def fetch(self, ref: str) -> Media:
        try:
            file = await self.bot.get_file(ref)
            if not file.file_path:
                raise MediaUnavailable("Telegram gave no path for this file")
            buffer = BytesIO()
            await self.bot.download_file(file.file_path, buffer)
        except TelegramAPIError as error:
            raise MediaUnavailable(error.message) from None
        except (ClientError, TimeoutError) as error:  # the download itself is plain HTTP
            raise MediaUnavailable(f"download failed: {error!r}") from None
        name = file.file_path.rsplit("/", 1)[-1]
        extension = "." + name.rsplit(".", 1)[-1].lower() if "." in name else ""
        content_type = (
            _TYPES.get(extension) or mimetypes.guess_type(name)[0] or "application/octet-stream"
        )
        return Media(buffer.getvalue(), content_type, name)
