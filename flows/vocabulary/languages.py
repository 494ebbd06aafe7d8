"""The languages Uli speaks, and which of them are written right to left."""

SUPPORTED_LANGUAGES: tuple[str, ...] = ("de", "en", "ru", "ar", "tr", "uk", "fa")
DEFAULT_LANGUAGE = "de"
RTL_LANGUAGES = frozenset({"ar", "fa"})


def pick_language(hint: str | None) -> str:
    """Map a client's language code (e.g. Telegram's `uk`, `pt-br`) to one Uli speaks.

    German when nothing is known (the services are German); English for any other
    language, which more young newcomers read than German.
    """
    if not hint:
        return DEFAULT_LANGUAGE
    base = hint.lower().replace("_", "-").split("-")[0]
    if base in SUPPORTED_LANGUAGES:
        return base
    return "en"
