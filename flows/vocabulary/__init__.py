"""The neutral vocabulary of the core: inbound events and replies (no messenger in them), the
texts of `locales/` in every language, which languages Uli speaks, and dates, times and
language names in the reader's language. Imports no other room of the core."""
