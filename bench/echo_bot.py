"""The floor for bench/inbound.py: a bare aiogram 3 echo bot, as the aiogram docs write one.

TELEGRAM_BOT_TOKEN=... TELEGRAM_API_URL=http://127.0.0.1:PORT .venv/bin/python bench/echo_bot.py
"""

import asyncio
import os

from aiogram import Bot, Dispatcher, F
from aiogram.client.session.aiohttp import AiohttpSession
from aiogram.client.telegram import TelegramAPIServer
from aiogram.types import Message

dispatcher = Dispatcher()


@dispatcher.message(F.chat.type == "private", F.text)
async def echo(message: Message) -> None:
    await message.answer(message.text or "")


async def main() -> None:
    server = TelegramAPIServer.from_base(os.environ["TELEGRAM_API_URL"])
    bot = Bot(os.environ["TELEGRAM_BOT_TOKEN"], session=AiohttpSession(api=server))
    await dispatcher.start_polling(bot)  # updates as tasks; SIGTERM stops it


if __name__ == "__main__":
    asyncio.run(main())
