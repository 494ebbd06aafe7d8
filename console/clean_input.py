"""Refusing input that the database cannot store: the NUL character (U+0000).

PostgreSQL's text types cannot hold NUL (asyncpg refuses the whole statement), SQLite would
keep it and show it nowhere. No caseworker types one; it comes from a tampered request. Every
route of the console checks the path, the query string and the form or JSON body before
anything else runs, and answers 400 with a clear word instead of failing halfway (500).
"""

from __future__ import annotations

import re

from fastapi import HTTPException, Request
from starlette.datastructures import UploadFile

NUL_DETAIL = "the request contains a NUL character (U+0000), which cannot be stored"
_FORMS = ("application/x-www-form-urlencoded", "multipart/form-data")
_WITH_BODY = frozenset({"POST", "PUT", "PATCH", "DELETE"})
# "\u0000" in a JSON text, unless its backslash is itself escaped ("\\u0000" is harmless).
_JSON_NUL = re.compile(rb"(?<!\\)(?:\\\\)*\\u0000")


class NulRefused(HTTPException):
    def __init__(self) -> None:
        super().__init__(400, NUL_DETAIL)


async def refuse_nul(request: Request) -> None:
    """A dependency of every console route: NulRefused if any part of the input has a NUL."""
    query: bytes = request.scope.get("query_string", b"")
    if "\x00" in request.url.path or b"\x00" in query or b"%00" in query:
        raise NulRefused
    if request.method not in _WITH_BODY:
        return
    content_type = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if content_type in _FORMS:
        # The form as FastAPI parsed it for the route (cached on the request).
        for name, value in (await request.form()).multi_items():
            if "\x00" in name or (not isinstance(value, UploadFile) and "\x00" in value):
                raise NulRefused
        return
    body = await request.body()
    if b"\x00" in body or _JSON_NUL.search(body):
        raise NulRefused
