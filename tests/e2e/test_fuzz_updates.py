"""Random Telegram updates into the running bot: the polling loop survives every one of them,
and every private message, edit and button tap gets an answer.

The updates have the shapes of the Bot API (as Telegram sends them) with arbitrary contents:
any Unicode, odd entities, unknown fields and update types, groups and channels, button data
Uli never sent.
"""

from __future__ import annotations

import itertools
import time
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.telegram import FakeTelegram

Json = dict[str, Any]
_chat_ids = itertools.count(7_000_001)

# Telegram sends texts of 1 to 4096 characters, never surrogates.
tg_text = st.one_of(st.text(min_size=1, max_size=80), st.text(min_size=200, max_size=1000))
language_code = st.one_of(st.none(), st.sampled_from(["de", "ar", "fa", "uk", "pt-br", "xx"]))
entity = st.fixed_dictionaries(
    {
        "type": st.sampled_from(["bot_command", "bold", "url", "mention", "spoiler", "new_kind"]),
        "offset": st.integers(0, 5000),
        "length": st.integers(0, 5000),
    }
)
content = st.one_of(
    st.builds(lambda t, e: {"text": t, "entities": e}, tg_text, st.lists(entity, max_size=3)),
    st.builds(
        lambda name, arg: {
            "text": f"/{name} {arg}",
            "entities": [{"type": "bot_command", "offset": 0, "length": len(name) + 1}],
        },
        st.sampled_from(["start", "help", "hours", "privacy", "language", "x", "start@UliTestBot"]),
        st.text(max_size=40),
    ),
    st.builds(
        lambda caption: {
            "photo": [{"file_id": "p1", "file_unique_id": "u1", "width": 9, "height": 9}],
            "caption": caption,
        },
        tg_text,
    ),
    st.just({"location": {"latitude": 50.8, "longitude": 6.48}}),
    st.builds(
        lambda name: {"contact": {"phone_number": "+4915112345678", "first_name": name}},
        tg_text,
    ),
    st.just({"dice": {"emoji": "🎲", "value": 3}}),
    st.builds(lambda value: {"brand_new_content": {"field": value}}, tg_text),
)
callback_data = st.one_of(
    st.sampled_from(["m:hours", "m:person", "lang:ar", "cp:kim", "cp:nope", "faq:x", "h:end"]),
    st.text(max_size=64).filter(lambda data: len(data.encode()) <= 64),
)


def _user(chat_id: int, lang: str | None) -> Json:
    user: Json = {"id": chat_id, "is_bot": False, "first_name": "Fuzz"}
    if lang:
        user["language_code"] = lang
    return user


def _message(chat_id: int, body: Json, lang: str | None, chat_type: str = "private") -> Json:
    chat: Json = {"id": chat_id if chat_type == "private" else -chat_id, "type": chat_type}
    if chat_type != "private":
        chat["title"] = "Gruppe"
    message: Json = {"message_id": 1, "date": int(time.time()), "chat": chat, **body}
    if chat_type != "channel":
        message["from"] = _user(chat_id, lang)
    return message


@st.composite
def updates(draw: st.DrawFn) -> tuple[Json, bool]:
    """(update without its id, whether the young person must get an answer)."""
    chat_id = next(_chat_ids)
    lang = draw(language_code)
    body = draw(content)
    kind = draw(st.sampled_from(["message", "edited", "button", "group", "channel", "other"]))
    if kind == "message":
        return {"message": _message(chat_id, body, lang)}, True
    if kind == "edited":
        edited = {**_message(chat_id, body, lang), "edit_date": int(time.time())}
        return {"edited_message": edited}, True
    if kind == "button":
        query = {
            "id": f"q{chat_id}",
            "from": _user(chat_id, lang),
            "chat_instance": str(chat_id),
            "data": draw(callback_data),
            "message": _message(chat_id, {"text": "Menü"}, None),
        }
        return {"callback_query": query}, True
    if kind == "group":
        return {"message": _message(chat_id, body, lang, "supergroup")}, False
    if kind == "channel":
        return {"channel_post": _message(chat_id, body, lang, "channel")}, False
    return {draw(st.sampled_from(["message_reaction_2", "poll_v9"])): {"chat_id": chat_id}}, False


def _chat_of(update: Json) -> int:
    event = next(iter(update.values()))
    return int(event["message"]["chat"]["id"] if "data" in event else event["chat"]["id"])


@settings(
    max_examples=12,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.too_slow],
)
@given(batch=st.lists(updates(), min_size=1, max_size=5))
async def test_random_updates_never_stop_the_bot(
    telegram: FakeTelegram, batch: list[tuple[Json, bool]]
) -> None:
    for update, _ in batch:
        telegram.api.push_update(update)
    for update, answered in batch:
        if answered:
            person = telegram.person(_chat_of(update))
            assert (await person.next_reply(timeout=20)).text.strip(), update
    # Whatever came before, polling goes on: the next young person is answered.
    probe = telegram.person(next(_chat_ids), language_code="de")
    await probe.says("/start")
    assert (await probe.next_reply(timeout=20)).text
