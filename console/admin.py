"""Admin pages: caseworker accounts and which contact points each one belongs to."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Annotated, Any

from fastapi import APIRouter, Form, HTTPException, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from pydantic import BaseModel

from console.auth import FormSession, PageSession
from console.context import Console, ConsoleDep
from console.render import error_text, render, words
from flows.desk.accounts import Account, Profile, Session
from flows.desk.actor import Refused

router = APIRouter(prefix="/admin", include_in_schema=False)


@dataclass(frozen=True, slots=True)
class ContactPointChoice:
    id: str
    name: str


def _admin(session: Session) -> None:
    if not session.actor.is_admin:
        raise HTTPException(403, "only admins manage accounts")


def _choices(request: Request, console: Console) -> list[ContactPointChoice]:
    lang = words(request, console).lang
    return [ContactPointChoice(cp.id, cp.name.get(lang)) for cp in console.catalogue.contact_points]


def _accounts_page(
    request: Request,
    console: Console,
    session: Session,
    template: str,
    error: str | None,
    **context: Any,
) -> HTMLResponse:
    """An admin page of accounts: with the error that sent the admin back, if any, and the
    contact points an account can belong to."""
    return render(
        request,
        console,
        template,
        session=session,
        error=error_text(words(request, console), error),
        contact_points=_choices(request, console),
        **context,
    )


class ProfileForm(BaseModel):
    """An account's form as posted: blank fields as the form leaves them."""

    name: str = ""
    password: str = ""
    languages: str = ""
    contact_points: list[str] | None = None
    role: str = "caseworker"
    active: str = ""

    def profile(self) -> Profile:
        return Profile(
            name=self.name,
            languages=self.languages.replace(" ", ",").split(","),
            contact_point_ids=self.contact_points or [],
            role=self.role,
            active=self.active == "1",
        )


class NewAccountForm(ProfileForm):
    email: str = ""


@router.get("/users", response_class=HTMLResponse)
async def users(
    request: Request, console: ConsoleDep, session: PageSession, error: str | None = None
) -> HTMLResponse:
    _admin(session)
    accounts = await console.accounts.all()
    return _accounts_page(request, console, session, "admin_users.html", error, accounts=accounts)


@router.post("/users")
async def create_user(
    console: ConsoleDep, session: FormSession, form: Annotated[NewAccountForm, Form()]
) -> Response:
    _admin(session)
    try:
        account = await console.accounts.create(
            form.email, form.password, form.profile(), by=session.actor
        )
    except Refused as refused:
        return RedirectResponse(f"/admin/users?error={refused.reason}", status_code=303)
    return RedirectResponse(f"/admin/users/{account.caseworker.id}", status_code=303)


@router.get("/users/{caseworker_id}", response_class=HTMLResponse)
async def user(
    request: Request,
    console: ConsoleDep,
    session: PageSession,
    caseworker_id: int,
    error: str | None = None,
) -> HTMLResponse:
    _admin(session)
    account: Account | None = await console.accounts.get(caseworker_id)
    if account is None:
        raise HTTPException(404, "no such account")
    return _accounts_page(request, console, session, "admin_user.html", error, account=account)


@router.post("/users/{caseworker_id}")
async def update_user(
    console: ConsoleDep,
    session: FormSession,
    caseworker_id: int,
    form: Annotated[ProfileForm, Form()],
) -> Response:
    _admin(session)
    password = form.password or None
    try:
        await console.accounts.update(session.actor, caseworker_id, form.profile(), password)
    except Refused as refused:
        return RedirectResponse(
            f"/admin/users/{caseworker_id}?error={refused.reason}", status_code=303
        )
    return RedirectResponse(f"/admin/users/{caseworker_id}", status_code=303)
