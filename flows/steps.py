"""What Uli does for each input: the steps of the transition table in `conversation.py`."""

from __future__ import annotations

from dataclasses import replace

from flows import answers, hours, menus
from flows.catalogue import Catalogue, ContactPoint
from flows.conversation import ANY, Outcome, State, Step, Table, Turn
from flows.events import Reply
from flows.languages import RTL_LANGUAGES, SUPPORTED_LANGUAGES
from flows.menus import Rows
from flows.texts import Texts, directed

MENU_TOPICS = ("m:hours", "m:where", "m:who", "m:langs", "m:person", "m:faq")
MEDIA_TEXT = {
    "sticker": "media-sticker",
    "photo": "media-file",
    "document": "media-file",
    "video": "media-file",
    "voice": "media-voice",
    "location": "media-location",
    "contact_card": "media-contact-card",
    "edited": "media-edited",
    "other": "media-other",
}


class Steps:
    def __init__(self, catalogue: Catalogue, texts: Texts) -> None:
        self.catalogue = catalogue
        self.t = texts

    def table(self) -> Table:
        routes: dict[tuple[str, str], Step] = {
            (State.new, ANY): self.welcome,
            (ANY, "command:start"): self.welcome,
            (ANY, "command:help"): self.help,
            (ANY, "command:menu"): self.menu,
            (ANY, "command:hours"): self.topic,
            (ANY, "command:language"): self.choose_language,
            (ANY, "command:privacy"): self.privacy,
            (ANY, "command:*"): self.unknown_command,
            (ANY, "lang"): self.set_language,
            (ANY, "m:lang"): self.choose_language,
            (ANY, "cp"): self.set_service,
            (ANY, "m:cp"): self.choose_service,
            (ANY, "m:menu"): self.menu,
            (ANY, "faq"): self.faq,
            (State.choosing_language, "text"): self.keep_guessed_language,
            (State.choosing_service, "text"): self.choose_service,
            (ANY, ANY): self.not_understood,
        }
        routes.update({(ANY, topic): self.topic for topic in MENU_TOPICS})
        routes.update({(ANY, kind): self.media for kind in MEDIA_TEXT})
        return Table(routes)

    # -- building blocks ---------------------------------------------------------------------

    def reply(self, turn: Turn, text: str, buttons: Rows = ()) -> Reply:
        return Reply(
            text=directed(text, turn.lang), buttons=buttons, rtl=turn.lang in RTL_LANGUAGES
        )

    def with_menu(self, turn: Turn, text: str, state: State = State.menu) -> Outcome:
        """An answer with the main menu under it, or the service choice if none is set."""
        if turn.cp is None:
            return self.choose_service(turn, lead=text)
        buttons = menus.main_menu(self.t, turn.lang, self.catalogue, turn.cp)
        return Outcome([self.reply(turn, text, buttons)], state=state)

    def persona(self, cp: ContactPoint | None) -> str:
        return (cp.persona if cp and cp.persona else None) or self.catalogue.organisation.persona

    # -- steps -------------------------------------------------------------------------------

    def welcome(self, turn: Turn) -> Outcome:
        cp = self.catalogue.contact_point(turn.arg.lower()) if turn.arg else turn.cp
        org = self.catalogue.organisation
        text = "\n\n".join(
            [
                self.t(turn.lang, "welcome", persona=self.persona(cp), organisation=org.name),
                self.t(turn.lang, "privacy-short"),
                self.t(turn.lang, "choose-language"),
            ]
        )
        return Outcome(
            [self.reply(turn, text, menus.language_buttons(turn.lang))],
            state=State.choosing_language,
            contact_point_id=cp.id if cp else None,
        )

    def choose_language(self, turn: Turn) -> Outcome:
        return Outcome(
            [
                self.reply(
                    turn, self.t(turn.lang, "choose-language"), menus.language_buttons(turn.lang)
                )
            ],
            state=State.choosing_language,
        )

    def set_language(self, turn: Turn) -> Outcome:
        if turn.arg not in SUPPORTED_LANGUAGES:
            return self.stale_button(turn)
        chosen = replace(turn, lang=turn.arg)
        outcome = self.after_language(chosen, self.t(turn.arg, "language-set"))
        outcome.language, outcome.language_confirmed = turn.arg, True
        return outcome

    def keep_guessed_language(self, turn: Turn) -> Outcome:
        outcome = self.after_language(turn, self.t(turn.lang, "language-kept"))
        outcome.language, outcome.language_confirmed = turn.lang, True
        return outcome

    def after_language(self, turn: Turn, lead: str) -> Outcome:
        cp = turn.cp or self._default_contact_point()
        if cp is None:
            return self.choose_service(turn, lead=lead)
        return self.set_service(replace(turn, cp=None, arg=cp.id), lead=lead)

    def _default_contact_point(self) -> ContactPoint | None:
        cat = self.catalogue
        if cat.default_contact_point:
            return cat.contact_point(cat.default_contact_point)
        return cat.contact_points[0] if len(cat.contact_points) == 1 else None

    def choose_service(self, turn: Turn, lead: str = "") -> Outcome:
        services = menus.running_contact_points(self.catalogue, turn.now)
        listing = "\n".join(
            f"• {cp.name.get(turn.lang)}: {cp.summary.get(turn.lang)}" for cp in services
        )
        text = "\n\n".join(p for p in (lead, self.t(turn.lang, "choose-service"), listing) if p)
        return Outcome(
            [self.reply(turn, text, menus.service_buttons(self.t, turn.lang, services))],
            state=State.choosing_service,
        )

    def set_service(self, turn: Turn, lead: str = "") -> Outcome:
        cp = self.catalogue.contact_point(turn.arg)
        if cp is None:
            return self.stale_button(turn)
        today = turn.now.astimezone(cp.zone).date()
        if not isinstance(hours.programme_state(cp, today), hours.Running):
            text, others = answers.ended_with_alternatives(
                self.t, turn.lang, self.catalogue, cp, today
            )
            buttons = menus.service_buttons(self.t, turn.lang, others)
            return Outcome(
                [self.reply(turn, "\n\n".join(p for p in (lead, text) if p), buttons)],
                state=State.choosing_service,
            )
        intro = self.t(
            turn.lang,
            "service-intro",
            name=cp.name.get(turn.lang),
            persona=self.persona(cp),
            summary=cp.summary.get(turn.lang),
        )
        chosen = replace(turn, cp=cp)
        outcome = self.with_menu(chosen, "\n\n".join(p for p in (lead, intro) if p))
        outcome.contact_point_id = cp.id
        return outcome

    def menu(self, turn: Turn) -> Outcome:
        return self.with_menu(turn, self.t(turn.lang, "menu-prompt"))

    def topic(self, turn: Turn) -> Outcome:
        cp = turn.cp
        if cp is None:
            return self.choose_service(turn)
        t, lang = self.t, turn.lang
        if turn.key == "m:faq":
            return Outcome([self.reply(turn, t(lang, "faq-title"), menus.faq_buttons(t, lang, cp))])
        text = {
            "m:where": lambda: answers.places(t, lang, cp),
            "m:who": lambda: answers.target_group(t, lang, cp),
            "m:langs": lambda: answers.languages(t, lang, cp),
            "m:person": lambda: answers.reach_a_person(t, lang, cp, turn.now),
        }.get(turn.key, lambda: answers.opening_hours(t, lang, cp, turn.now))()
        return self.with_menu(
            turn, text, state=turn.state if turn.state != State.new else State.menu
        )

    def faq(self, turn: Turn) -> Outcome:
        answer = answers.faq_answer(self.t, turn.lang, turn.cp, turn.arg) if turn.cp else None
        return self.with_menu(turn, answer) if answer else self.stale_button(turn)

    def help(self, turn: Turn) -> Outcome:
        return self.with_menu(turn, self.t(turn.lang, "help", persona=self.persona(turn.cp)))

    def privacy(self, turn: Turn) -> Outcome:
        org = self.catalogue.organisation
        contact = org.privacy_contact or org.name
        return self.with_menu(
            turn, self.t(turn.lang, "privacy-full", organisation=org.name, contact=contact)
        )

    def unknown_command(self, turn: Turn) -> Outcome:
        return self.with_menu(turn, self.t(turn.lang, "unknown-command"))

    def stale_button(self, turn: Turn) -> Outcome:
        return self.with_menu(turn, self.t(turn.lang, "stale-button"))

    def media(self, turn: Turn) -> Outcome:
        return self.with_menu(turn, self.t(turn.lang, MEDIA_TEXT[turn.key]))

    def not_understood(self, turn: Turn) -> Outcome:
        return self.with_menu(turn, self.t(turn.lang, "not-understood"))
