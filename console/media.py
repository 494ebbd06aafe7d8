"""Opening a photo, voice note or document a young person sent.

The file is fetched from the messenger when a caseworker opens it (Uli stores only the
reference). Images and audio are shown in the page; everything else is a download, and
`nosniff` stops a browser from guessing that a "document" is a page to run.
"""

from __future__ import annotations

from fastapi import APIRouter, HTTPException
from fastapi.responses import Response

from console.auth import PageSession
from console.context import ConsoleDep
from flows.delivery.media import MediaUnavailable

router = APIRouter(include_in_schema=False)

# Shown inline; anything else (PDF, HTML, SVG, unknown) only as a download.
INLINE_TYPES = ("image/jpeg", "image/png", "image/webp", "image/gif", "audio/ogg", "audio/mpeg")


@router.get("/media/{message_id}")
async def media(console: ConsoleDep, session: PageSession, message_id: int) -> Response:
    ref = await console.casework.media_ref(session.actor, message_id)
    if console.media is None:
        raise HTTPException(503, "no media source for this channel")
    try:
        found = await console.media.fetch(ref)
    except MediaUnavailable as error:
        raise HTTPException(502, f"the messenger cannot give this file now: {error}") from None
    inline = found.content_type in INLINE_TYPES
    content_type = found.content_type if inline else "application/octet-stream"
    name = f"uli-{message_id}" + _extension(found.filename)
    return Response(
        found.data,
        media_type=content_type,
        headers={
            "Content-Disposition": f'{"inline" if inline else "attachment"}; filename="{name}"',
            "Cache-Control": "private, no-store",
        },
    )


def _extension(filename: str | None) -> str:
    # Only the extension of the young person's file name: the name itself may be anything.
    if not filename or "." not in filename:
        return ""
    extension = filename.rsplit(".", 1)[1].lower()
    return f".{extension}" if extension.isalnum() and len(extension) <= 5 else ""
