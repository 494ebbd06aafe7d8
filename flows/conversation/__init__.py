"""The chat with a young person: the transition table (`table`), its steps, menus and answers
to typed questions, the handover seen from the chat, the crisis answer, the data export, and
the engine that runs one turn (`engine`; `ask` runs the same turn without a database)."""
