"""A fake Telegram for end-to-end tests: the Bot API server and young people who use it."""

from tests.telegram.fake import FakeTelegram
from tests.telegram.person import Person
from tests.telegram.server import SentMessage

__all__ = ["FakeTelegram", "Person", "SentMessage"]
