"""aiogram routers: Telegram updates in, the core's replies out. Thin by design."""

from handlers.router import build_router
from handlers.sending import telegram_sender

__all__ = ["build_router", "telegram_sender"]
