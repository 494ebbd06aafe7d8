"""Rendering pages: Jinja templates with autoescape on, and what every page needs."""

from __future__ import annotations

import functools
from pathlib import Path
from typing import Any

from fastapi import Request
from fastapi.responses import HTMLResponse
from jinja2 import Environment, FileSystemLoader, StrictUndefined

from console.context import Console
from console.display import neutralise
from console.ui import Words, ui_language
from flows.desk.accounts import Session
from flows.vocabulary.languages import SUPPORTED_LANGUAGES
from flows.vocabulary.texts import Texts

TEMPLATES = Path(__file__).with_name("templates")


def environment() -> Environment:
    # autoescape=True for every template: everything a young person wrote is text, never markup.
    env = Environment(
        loader=FileSystemLoader(TEMPLATES),
        autoescape=True,
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["shown"] = neutralise
    return env


def words(request: Request, console: Console) -> Words:
    return Words(console.texts, ui_language(request))


def render(
    request: Request,
    console: Console,
    template: str,
    *,
    session: Session | None,
    csrf: str | None = None,
    status: int = 200,
    error: str | None = None,
    **context: Any,
) -> HTMLResponse:
    t = words(request, console)
    here = request.url.path + (f"?{request.url.query}" if request.url.query else "")
    html = console.templates.get_template(template).render(
        t=t,
        actor=session.actor if session else None,
        csrf=csrf if csrf is not None else (session.csrf_token if session else ""),
        here=here,
        ui_languages=SUPPORTED_LANGUAGES,
        error=error,
        **context,
    )
    return HTMLResponse(html, status_code=status)


def error_text(t: Words, reason: str | None) -> str | None:
    """The text for a `?error=` reason; unknown reasons (a tampered link) show nothing."""
    if not reason or not reason.replace("-", "").isalnum():
        return None
    key = f"console-error-{reason}"
    return t(key) if key in _error_keys(t.texts) else None


@functools.cache
def _error_keys(texts: Texts) -> frozenset[str]:
    return frozenset(k for k in texts.keys("de") if k.startswith("console-error-"))
