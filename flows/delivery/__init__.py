"""Messages in and out, persist first: the inbound queue's worker (`inbound`), the outbox and
its sender (`outbox`), what a channel answers when asked to deliver (`channel`), media a
channel keeps (`media`), live news to open consoles (`live`) and retention (`retention`).
Knows no conversation: it moves what the other rooms wrote."""
