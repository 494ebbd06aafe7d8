"""The Uli process: settings, the `uli` command, start-up and shut-down. The composition root."""
