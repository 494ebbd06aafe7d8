"""The conversation core: knows no messenger (no aiogram, no FastAPI).

Its rooms, from the bottom up (each imports only rooms below it; `tests/test_rooms.py`):

- `vocabulary`: the neutral words at the edge of the core (what comes in, what goes out),
  texts in every language, languages, dates and times in the reader's language.
- `knowledge`: the services as the contact-point file describes them: the file itself, opening
  hours, programmes and their periods, appointment slots, towns, facts said in words.
- `understanding`: what a young person wrote: language, crisis, intent, day and place.
- `delivery`: messages in and out and the work in the background: the inbound queue's worker,
  the outbox and its sender, live news to open consoles, retention.
- `desk`: what caseworkers and admins do: casework, accounts, the access log.
- `appointments`: booking and its words for the chat, the console and reminders; the
  appointment desk; scheduled messages about appointments.
- `conversation`: the chat itself: the transition table, its steps, menus and answers, and
  the engine that runs one turn.
"""
