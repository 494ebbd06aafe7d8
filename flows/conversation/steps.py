"""What Uli does for each input: the steps of the transition table in `conversation.py`."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import replace

from flows.appointments import booking
from flows.conversation import intent_answers, menus, pending
from flows.conversation.commands import command_menu
from flows.conversation.crisis_reply import crisis_reply
from flows.conversation.handover import HandoverChange, acknowledgement, handed_over
from flows.conversation.language_choice import FOREIGN, SWITCHED
from flows.conversation.table import (
    ANY,
    STALE,
    Book,
    ExportData,
    Forget,
    HandOver,
    Outcome,
    State,
    Step,
    Table,
    Turn,
)
from flows.delivery.retention import RetentionPolicy
from flows.knowledge import answers, hours, slots
from flows.knowledge.catalogue import Catalogue, ContactPoint
from flows.knowledge.towns import places_in
from flows.understanding import LANG_CONFIDENT, CrisisKind, Intent, Understanding, faq_of
from flows.understanding.registry import BY_MENU, INTENTS, OFFERED
from flows.vocabulary.events import Button, Reply, Rows
from flows.vocabulary.formatting import autonym
from flows.vocabulary.languages import RTL_LANGUAGES, SUPPORTED_LANGUAGES, pick_language
from flows.vocabulary.texts import Texts, directed

# The main menu's topic buttons (each answers its intent, see the registry) and the FAQ list.
MENU_TOPICS = (*BY_MENU, "m:faq")
# Topics Uli offers as buttons when it is not sure what was meant: intent → label.
TOPICS = OFFERED
NAME_LIMIT = 40
NAME_WORDS = 4
"""A name typed after /name is a few words without a question mark; anything else is read as
a message (they changed their mind and asked something)."""
PLACE_AND_DAY = frozenset({Intent.opening_hours, Intent.book_appointment})
"""Asked with a place named ("kann ich morgen in Jülich vorbeikommen?"): that place's day."""
WHILE_WAITING = frozenset(
    {
        Intent.opening_hours,
        Intent.location,
        Intent.cost,
        Intent.book_appointment,
        Intent.cancel_appointment,
        Intent.languages,
        Intent.confidentiality,
        Intent.voluntary,
    }
)
"""Plain questions of fact Uli still answers while the conversation is with the team."""
LANGUAGE_OFFER = 0.5
"""From this detection confidence on (and below switching), Uli offers a language button."""
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
    def __init__(
        self, catalogue: Catalogue, texts: Texts, retention: RetentionPolicy | None = None
    ) -> None:
        self.catalogue = catalogue
        self.t = texts
        self.retention = retention or RetentionPolicy()
        # How each registered intent is answered when typed (FAQ intents: `typed_faq`).
        self.by_intent: dict[str, Callable[[Turn, Understanding], Outcome]] = {
            Intent.human: lambda turn, understood: self.handover(turn),
            Intent.greeting: self.small_talk,
            Intent.thanks: self.small_talk,
            Intent.other: self.not_sure,
            Intent.crisis: lambda turn, understood: self.crisis(turn),
            **{intent: self.answer for intent in intent_answers.FACTS},
        }
        missing = set(INTENTS) - set(self.by_intent)
        assert not missing, f"registered intents without an answer: {sorted(missing)}"

    def table(self) -> Table:
        routes: dict[tuple[str, str], Step] = {
            (State.new, ANY): self.welcome,
            (ANY, "command:start"): self.welcome,
            (ANY, "command:help"): self.help,
            (ANY, "command:menu"): self.menu,
            (ANY, "command:hours"): self.topic,
            (ANY, "command:language"): self.choose_language,
            (ANY, "command:privacy"): self.privacy,
            (ANY, "command:name"): self.give_name,
            (ANY, "nm"): self.forget_name,
            (ANY, "command:mydata"): self.my_data,
            (ANY, "command:delete"): self.confirm_delete,
            (ANY, "del"): self.delete,
            (ANY, "command:book"): self.book,
            (ANY, "command:appointments"): self.appointments,
            (ANY, "bk"): self.booking_step,
            (ANY, "command:*"): self.unknown_command,
            (ANY, "lang"): self.set_language,
            (ANY, "m:lang"): self.choose_language,
            (ANY, "cp"): self.set_service,
            (ANY, "m:cp"): self.choose_service,
            (ANY, "m:menu"): self.menu,
            (ANY, "faq"): self.faq,
            (State.choosing_language, "text"): self.keep_guessed_language,
            (State.naming, "text"): self.name_typed,
            (ANY, "text"): self.understand,
            (ANY, "ask"): self.ask,
            (ANY, "crisis"): self.crisis,
            (State.new, "crisis"): self.crisis,
            (ANY, "relay"): self.relay,
            (State.new, "relay"): self.relay,
            (ANY, "h"): self.end_handover,
            (ANY, STALE): self.stale_button,
            (ANY, ANY): self.not_understood,
        }
        routes.update({(ANY, topic): self.topic for topic in MENU_TOPICS})
        routes[(ANY, "m:person")] = self.handover
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
        if turn.handover.active:
            buttons = (*buttons, menus.end_handover_row(self.t, turn.lang))
        return Outcome([self.reply(turn, text, buttons)], state=state)

    def with_follow_ups(
        self,
        turn: Turn,
        text: str,
        topic: str,
        state: State | None = State.menu,
        first: Rows = (),
    ) -> Outcome:
        """An answer with the two or three buttons that fit it and "menu" (menus.follow_ups),
        after the rows `first` that only this answer has."""
        if turn.cp is None:
            return self.choose_service(turn, lead=text)
        buttons = (
            *first,
            *menus.follow_ups(self.t, turn.lang, turn.cp, topic, turn.handover.active),
        )
        if turn.handover.active:
            buttons = (*buttons, menus.end_handover_row(self.t, turn.lang))
        return Outcome([self.reply(turn, text, buttons)], state=state)

    def persona(self, cp: ContactPoint | None) -> str:
        return (cp.persona if cp and cp.persona else None) or self.catalogue.organisation.persona

    # -- steps -------------------------------------------------------------------------------

    def welcome(self, turn: Turn) -> Outcome:
        """Who Uli is and what it keeps, then the language. A question typed as the first
        message is kept: answered at once where its language is clear and the service known,
        else once they are chosen (conversation/pending.py)."""
        cp = self.catalogue.contact_point(turn.arg.lower()) if turn.arg else turn.cp
        org = self.catalogue.organisation
        hello = "\n\n".join(
            [
                self.t(turn.lang, "welcome", persona=self.persona(cp), organisation=org.name),
                self.t(turn.lang, "privacy-short")
                + "\n"
                + self.t(turn.lang, "privacy-short-kept", days=self.retention.days),
            ]
        )
        question = pending.keep(turn.understood) if turn.key == "text" else ""
        if question and self._language_clear(turn):
            cp = cp or self._default_contact_point()
            if cp is None:
                outcome = self.choose_service(turn, lead=hello, question=question)
            else:
                outcome = self.set_service(replace(turn, arg=f"{cp.id}:{question}"), lead=hello)
            outcome.contact_point_id = outcome.contact_point_id or (cp.id if cp else None)
            return outcome
        text = f"{hello}\n\n{self.t(turn.lang, 'choose-language')}"
        return Outcome(
            [self.reply(turn, text, menus.language_buttons(turn.lang, question))],
            state=State.choosing_language,
            contact_point_id=cp.id if cp else None,
        )

    @staticmethod
    def _language_clear(turn: Turn) -> bool:
        """The message's own language is detected with confidence, or the client's language
        (Telegram's language_code) is the one the message seems to be in."""
        understood = turn.understood
        if understood is None or understood.lang != turn.lang:
            return False
        hinted = turn.event.language_hint is not None
        return understood.lang_confidence >= LANG_CONFIDENT or (
            hinted and pick_language(turn.event.language_hint) == turn.lang
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
        lang, _, question = turn.arg.partition(":")
        if lang not in SUPPORTED_LANGUAGES:
            return self.stale_button(turn)
        chosen = replace(turn, lang=lang)
        outcome = self.after_language(chosen, self.t(lang, "language-set"), question)
        outcome.language, outcome.language_confirmed = lang, True
        return outcome

    def keep_guessed_language(self, turn: Turn) -> Outcome:
        if turn.language_note == FOREIGN:
            # Nothing to keep: they write a language Uli does not speak.
            return self.with_language_note(turn, self.after_language(turn, ""))
        # What they typed instead of tapping a language may be their question.
        question = pending.keep(turn.understood)
        outcome = self.after_language(turn, self.t(turn.lang, "language-kept"), question)
        outcome.language, outcome.language_confirmed = turn.lang, True
        return outcome

    def after_language(self, turn: Turn, lead: str, question: str = "") -> Outcome:
        cp = turn.cp or self._default_contact_point()
        if cp is None:
            return self.choose_service(turn, lead=lead, question=question)
        arg = f"{cp.id}:{question}" if question else cp.id
        return self.set_service(replace(turn, cp=None, arg=arg), lead=lead)

    def _default_contact_point(self) -> ContactPoint | None:
        cat = self.catalogue
        if cat.default_contact_point:
            return cat.contact_point(cat.default_contact_point)
        return cat.contact_points[0] if len(cat.contact_points) == 1 else None

    def choose_service(self, turn: Turn, lead: str = "", question: str = "") -> Outcome:
        services = menus.running_contact_points(self.catalogue, turn.now)
        listing = "\n".join(
            f"• {cp.name.get(turn.lang)}: {cp.summary.get(turn.lang)}" for cp in services
        )
        text = "\n\n".join(p for p in (lead, self.t(turn.lang, "choose-service"), listing) if p)
        return Outcome(
            [self.reply(turn, text, menus.service_buttons(self.t, turn.lang, services, question))],
            state=State.choosing_service,
        )

    def set_service(self, turn: Turn, lead: str = "") -> Outcome:
        """The service chosen: who it is, then the question they asked before, if any."""
        cp_id, _, question = turn.arg.partition(":")
        cp = self.catalogue.contact_point(cp_id)
        if cp is None:
            return self.stale_button(turn)
        today = turn.now.astimezone(cp.zone).date()
        if not isinstance(hours.programme_state(cp, today), hours.Running):
            text, others = answers.ended_with_alternatives(
                self.t, turn.lang, self.catalogue, cp, today
            )
            buttons = menus.service_buttons(self.t, turn.lang, others, question)
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
        text = "\n\n".join(p for p in (lead, intro) if p)
        asked = self._restored(question, turn.lang)
        if asked is None:
            outcome = self.with_menu(chosen, f"{text}\n{self.t(turn.lang, 'service-ask')}")
        else:
            answered = self.respond(replace(chosen, understood=asked), asked)
            outcome = replace(
                answered,
                replies=[self.reply(turn, text), *answered.replies],
                state=answered.state or State.menu,
            )
        outcome.contact_point_id = cp.id
        return outcome

    @staticmethod
    def _restored(question: str, lang: str) -> Understanding | None:
        """A kept question, if it is one Uli answers (an old or forged payload is not)."""
        asked = pending.restore(question, lang) if question else None
        if asked is None or (asked.intent not in INTENTS and faq_of(asked.intent) is None):
            return None
        return asked

    def menu(self, turn: Turn) -> Outcome:
        return self.with_menu(turn, self.t(turn.lang, "menu-prompt"))

    def topic(self, turn: Turn) -> Outcome:
        cp = turn.cp
        if cp is None:
            return self.choose_service(turn)
        t, lang = self.t, turn.lang
        if turn.key == "m:faq":
            return Outcome([self.reply(turn, t(lang, "faq-title"), menus.faq_buttons(t, lang, cp))])
        # A menu button answers its intent as if typed without a day or a place ("/hours" too).
        intent = BY_MENU.get(turn.key, Intent.opening_hours)
        plain = Understanding(lang, 1.0, intent, 1.0, (), None, None, None)
        text = intent_answers.FACTS[intent](t, lang, cp, plain, turn.now)
        keep_state = turn.state not in (State.new, State.naming)
        return self.with_follow_ups(turn, text, intent, turn.state if keep_state else State.menu)

    def faq(self, turn: Turn) -> Outcome:
        answer = answers.faq_answer(self.t, turn.lang, turn.cp, turn.arg) if turn.cp else None
        return self.with_follow_ups(turn, answer, "faq") if answer else self.stale_button(turn)

    def help(self, turn: Turn) -> Outcome:
        """Who Uli is, and every command with what it does (the client's command menu)."""
        lines = [self.t(turn.lang, "help", persona=self.persona(turn.cp)), ""]
        lines.append(self.t(turn.lang, "help-commands"))
        lines += [f"/{c.command} – {c.description}" for c in command_menu(self.t, turn.lang)]
        return self.with_menu(turn, "\n".join(lines))

    def privacy(self, turn: Turn) -> Outcome:
        org = self.catalogue.organisation
        contact = org.privacy_contact or org.name
        if org.privacy_notice is not None:
            full = org.privacy_notice.get(turn.lang)
        else:
            full = self.t(turn.lang, "privacy-full", organisation=org.name, contact=contact)
        if org.privacy_url:
            full = f"{full}\n{self.t(turn.lang, 'privacy-link', url=org.privacy_url)}"
        kept = self.t(
            turn.lang,
            "privacy-retention",
            days=self.retention.days,
            days_unanswered=self.retention.unanswered_days,
        )
        rights = self.t(turn.lang, "privacy-rights")
        return self.with_menu(turn, f"{full}\n{kept}\n\n{rights}")

    def give_name(self, turn: Turn) -> Outcome:
        """A name for the team, only if the person wants to give one."""
        name = " ".join(turn.arg.split())[:NAME_LIMIT]
        if not name:
            # The name may come in the next message (State.naming, `name_typed`).
            forget = (Button(self.t(turn.lang, "name-forget-button"), "nm:forget"),)
            return Outcome(
                [self.reply(turn, self.t(turn.lang, "name-how"), (forget,))], state=State.naming
            )
        outcome = self.with_menu(turn, self.t(turn.lang, "name-saved", name=name))
        outcome.display_name = name
        return outcome

    def name_typed(self, turn: Turn) -> Outcome:
        """The message after a bare /name: the name, unless it reads as a question."""
        typed = " ".join(turn.event.text.split())
        if typed and len(typed.split()) <= NAME_WORDS and "?" not in typed:
            return self.give_name(replace(turn, arg=typed))
        outcome = self.understand(replace(turn, state=State.menu))
        outcome.state = outcome.state or State.menu
        return outcome

    def forget_name(self, turn: Turn) -> Outcome:
        outcome = self.with_menu(turn, self.t(turn.lang, "name-forgotten"))
        outcome.display_name = ""
        return outcome

    def my_data(self, turn: Turn) -> Outcome:
        """The engine attaches the file: the steps do not read the database."""
        caption = self.reply(turn, self.t(turn.lang, "mydata-caption"))
        return Outcome([], effects=(ExportData(caption),))

    def confirm_delete(self, turn: Turn) -> Outcome:
        t, lang = self.t, turn.lang
        buttons = (
            (Button(t(lang, "delete-yes"), "del:yes"),),
            (Button(t(lang, "delete-no"), "del:no"),),
        )
        return Outcome([self.reply(turn, t(lang, "delete-confirm"), buttons)])

    def delete(self, turn: Turn) -> Outcome:
        if turn.arg != "yes":
            return self.with_menu(turn, self.t(turn.lang, "delete-kept"))
        done = self.reply(turn, self.t(turn.lang, "delete-done"))
        return Outcome([done], effects=(Forget(),))

    def unknown_command(self, turn: Turn) -> Outcome:
        return self.with_menu(turn, self.t(turn.lang, "unknown-command"))

    # -- appointments: the engine completes these (conversation/booking.py) -----------

    def book(self, turn: Turn, day: dt.date | None = None) -> Outcome:
        """Start a booking; a day the young person named ("kann ich dienstag kommen?")
        goes straight to that day's free times."""
        if turn.cp is None:
            return self.choose_service(turn, lead=self.t(turn.lang, "service-first"))
        return Outcome([], effects=(Book(booking.BookingRequest(booking.Action.start, day=day)),))

    def appointments(self, turn: Turn) -> Outcome:
        return Outcome([], effects=(Book(booking.BookingRequest(booking.Action.listing)),))

    def booking_step(self, turn: Turn) -> Outcome:
        if turn.cp is None:
            return self.choose_service(turn)
        return Outcome([], effects=(Book(booking.parse(turn.arg)),))

    def stale_button(self, turn: Turn) -> Outcome:
        return self.with_menu(turn, self.t(turn.lang, "stale-button"))

    def media(self, turn: Turn) -> Outcome:
        return self.with_menu(turn, self.t(turn.lang, MEDIA_TEXT[turn.key]))

    def not_understood(self, turn: Turn) -> Outcome:
        return self.with_menu(turn, self.t(turn.lang, "not-understood"))

    # -- typed messages, crisis and handover -------------------------------------------------

    def understand(self, turn: Turn) -> Outcome:
        """A typed message: answer what was asked, or say honestly that Uli is not sure."""
        understood = turn.understood
        if understood is None:
            return self.not_understood(turn)
        return self.with_language_note(turn, self.respond(turn, understood))

    def respond(self, turn: Turn, understood: Understanding) -> Outcome:
        """The answer to what was understood, typed now or kept from before."""
        intent = understood.intent if understood.sure else Intent.other
        faq = faq_of(intent)
        if faq is not None:
            return self.typed_faq(turn, *faq)
        return self.by_intent.get(intent, self.answer)(turn, understood)

    def small_talk(self, turn: Turn, understood: Understanding) -> Outcome:
        return self.with_menu(turn, self.t(turn.lang, f"answer-{understood.intent}"))

    def typed_faq(self, turn: Turn, cp_id: str, faq_id: str) -> Outcome:
        """A typed question like the examples of an FAQ entry: the entry's answer, the same
        reply as its FAQ button.

        The entry belongs to one contact point. If the person has chosen that one, or another
        that has an entry of the same id (both say what to `bring`, say), Uli answers with the
        chosen one's entry. Otherwise it answers with the matched contact point's entry under
        that service's name, so that nobody takes it for the answer of another service. With
        no contact point chosen yet, the service choice follows, as after every answer then:
        the question alone does not say that the service fits the person, so Uli does not
        choose it for them.
        """
        lang, cp = turn.lang, turn.cp
        if cp is not None and any(entry.id == faq_id for entry in cp.faq):
            text = answers.faq_answer(self.t, lang, cp, faq_id)
        else:
            owner = self.catalogue.contact_point(cp_id)
            found = answers.faq_answer(self.t, lang, owner, faq_id) if owner else None
            if owner and found:
                whose = self.t(lang, "faq-from-service", name=owner.name.get(lang))
                text = f"{whose}\n{found}"
            else:
                text = None
        if text is None:  # the file changed since the understanding learnt it
            return self.not_understood(turn)
        return self.with_follow_ups(turn, text, "faq")

    def answer(self, turn: Turn, understood: Understanding) -> Outcome:
        if turn.cp is None:
            lead = self.t(turn.lang, "service-first")
            return self.choose_service(turn, lead=lead, question=pending.keep(understood))
        if understood.intent in PLACE_AND_DAY and places_in(turn.cp, understood.place_hint):
            return self.place_and_day(turn, understood)
        if slots.bookable_places(turn.cp):
            # Where the chat can book, wanting an appointment starts the booking, and wanting
            # to cancel one shows one's appointments with their buttons.
            if understood.intent == "book_appointment":
                return self.book(turn, understood.day)
            if understood.intent == "cancel_appointment":
                return self.appointments(turn)
        text = intent_answers.answer(self.t, turn.lang, turn.cp, understood, turn.now)
        if text is None:
            return self.with_menu(turn, self.t(turn.lang, "menu-prompt"))
        return self.with_follow_ups(turn, text, understood.intent)

    def place_and_day(self, turn: Turn, understood: Understanding) -> Outcome:
        """A day at a named place: open then, or when next; booking offered only where that
        place books (elsewhere it has drop-in hours or takes appointments by phone)."""
        cp, t, lang = turn.cp, self.t, turn.lang
        assert cp is not None
        day = understood.day or turn.now.astimezone(cp.zone).date()
        text = intent_answers.hours_on_day(t, lang, cp, day, turn.now, understood.place_hint)
        named = places_in(cp, understood.place_hint)
        books = tuple(
            (Button(f"{t(lang, 'button-book')} · {place.name.get(lang)}", f"bk:days:{place.id}"),)
            for place in slots.bookable_places(cp)
            if place in named
        )
        return self.with_follow_ups(turn, text, "place_and_day", first=books)

    def ask(self, turn: Turn) -> Outcome:
        """A topic button offered after "I'm not sure": answer as if it had been typed."""
        if turn.arg not in TOPICS:
            return self.stale_button(turn)
        if turn.arg == "human":
            return self.handover(turn)
        asked = Understanding(turn.lang, 1.0, turn.arg, 1.0, (), None, None, None)
        return self.answer(turn, asked)

    def not_sure(self, turn: Turn, understood: Understanding) -> Outcome:
        """No guessing: the two likeliest topics and a person."""
        ranked = [understood.intent, *(intent for intent, _ in understood.alternatives)]
        likely = [intent for intent in dict.fromkeys(ranked) if intent in TOPICS][:2]
        t, lang = self.t, turn.lang
        rows: list[tuple[Button, ...]] = [
            (Button(t(lang, TOPICS[intent]), f"ask:{intent}"),) for intent in likely
        ]
        rows.append((Button(t(lang, "button-person"), "m:person"),))
        rows.append((Button(t(lang, "button-menu"), "m:menu"),))
        return Outcome([self.reply(turn, t(lang, "not-sure"), tuple(rows))])

    def with_language_note(self, turn: Turn, outcome: Outcome) -> Outcome:
        """Say so when Uli switched language; offer a switch when it only suspects one."""
        understood, t = turn.understood, self.t
        if turn.language_note == SWITCHED:
            outcome.language = turn.lang
        if not outcome.replies:
            return outcome  # a booking step: the engine writes its replies later
        if turn.language_note == SWITCHED:
            first = outcome.replies[0]
            note = directed(t(turn.lang, "language-switched"), turn.lang)
            outcome.replies[0] = replace(first, text=f"{note}\n\n{first.text}")
        elif turn.language_note == FOREIGN:
            first = outcome.replies[0]
            note = directed(t(turn.lang, "foreign-language"), turn.lang)
            outcome.replies[0] = replace(first, text=f"{note}\n\n{first.text}")
        elif (
            understood is not None
            and understood.lang in SUPPORTED_LANGUAGES
            and understood.lang != turn.lang
            and understood.lang_confidence >= LANGUAGE_OFFER
        ):
            last = outcome.replies[-1]
            offer = Button(f"🌐 {autonym(understood.lang)}", f"lang:{understood.lang}")
            outcome.replies[-1] = replace(last, buttons=(*last.buttons, (offer,)))
        return outcome

    def crisis(self, turn: Turn) -> Outcome:
        """At once, whatever the hour or state: calm words, the numbers, an urgent handover."""
        understood = turn.understood
        kind = understood.crisis if understood and understood.crisis else CrisisKind.suicide
        unsure = understood is not None and understood.crisis_by_meaning
        text = crisis_reply(self.t, turn.lang, kind, turn.cp, turn.now, unsure)
        start = HandOver(HandoverChange.start, urgent_reason=kind.value)
        return Outcome([self.reply(turn, text)], effects=(start,))

    def handover(self, turn: Turn) -> Outcome:
        t, lang = self.t, turn.lang
        if turn.handover.active:
            text, change = t(lang, "handover-already"), None
        else:
            text, change = handed_over(t, lang, turn.cp, turn.now), HandoverChange.start
        if turn.cp is not None:
            direct = answers.contact_lines(t, lang, turn.cp, turn.now)
            text = "\n".join([text, "", t(lang, "handover-direct"), *direct])
        # Whoever asks for a person may be struggling; the numbers cost one line.
        text = f"{text}\n\n{t(lang, 'crisis-short')}"
        buttons = (menus.end_handover_row(t, lang), (Button(t(lang, "button-menu"), "m:menu"),))
        effects = (HandOver(change),) if change else ()
        return Outcome([self.reply(turn, text, buttons)], effects=effects)

    def relay(self, turn: Turn) -> Outcome:
        """Handed over: the caseworkers answer, and Uli stays out of their way, except that
        a message is acknowledged once per quiet period (with the honest waiting time when it
        has changed), and a plain question of fact is still answered at once."""
        t, lang = self.t, turn.lang
        understood = turn.understood
        heard = HandOver(HandoverChange.acknowledged)
        if (
            turn.cp is not None
            and understood is not None
            and understood.sure
            and understood.intent in WHILE_WAITING
        ):
            if understood.intent in PLACE_AND_DAY and places_in(turn.cp, understood.place_hint):
                outcome = self.place_and_day(turn, understood)
            else:
                text = intent_answers.answer(t, lang, turn.cp, understood, turn.now) or ""
                outcome = self.with_follow_ups(turn, text, understood.intent, state=None)
            first = outcome.replies[0]
            still = directed(t(lang, "handover-still-with-team"), lang)
            outcome.replies[0] = replace(first, text=f"{first.text}\n\n{still}")
            outcome.effects += (heard,)
            return outcome
        said = acknowledgement(t, lang, turn.cp, turn.now, turn.handover)
        if said is None:
            return Outcome([])
        return Outcome(
            [self.reply(turn, said, (menus.end_handover_row(t, lang),))], effects=(heard,)
        )

    def end_handover(self, turn: Turn) -> Outcome:
        if not turn.handover.active:
            return self.menu(turn)
        outcome = self.with_menu(
            replace(turn, handover=replace(turn.handover, active=False)),
            self.t(turn.lang, "handover-ended"),
        )
        outcome.effects += (HandOver(HandoverChange.end),)
        return outcome
