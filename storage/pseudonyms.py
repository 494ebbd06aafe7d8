"""Pseudonyms such as "Kiwi 4821" for the caseworkers' inbox.

A pseudonym is chosen once, when a contact is created, and never changes. It is never derived
from the messenger profile (name, username, phone): young people may not want their name in a
file, and a name-like label would suggest an identity we do not know. The words are
everyday nouns that read the same or nearly the same in many languages, are not given names,
and are not insults anywhere we know of (no dogs, pigs, donkeys, snakes...).
"""

from __future__ import annotations

import random

WORDS: tuple[str, ...] = (
    # fruit and plants
    "Kiwi", "Mango", "Papaya", "Banana", "Melon", "Lemon", "Lime", "Apricot", "Coconut",
    "Avocado", "Pistachio", "Fig", "Cactus", "Bamboo", "Maple", "Cedar", "Tulip", "Orchid",
    # animals
    "Panda", "Koala", "Zebra", "Tiger", "Puma", "Jaguar", "Gecko", "Otter", "Beaver",
    "Falcon", "Pelican", "Penguin", "Flamingo", "Dolphin", "Walrus", "Lynx", "Bison",
    "Alpaca", "Lama", "Turtle", "Heron", "Hamster", "Squirrel", "Orca", "Gazelle", "Kolibri",
    # sky, land and sea
    "Comet", "Planet", "Meteor", "Orbit", "Canyon", "Island", "Lagoon", "Oasis", "Glacier",
    "Volcano", "Tundra", "Pebble", "Delta", "Safari",
    # colours
    "Indigo", "Cobalt", "Turquoise", "Magenta", "Crimson", "Ocher",
)  # fmt: skip

# 64 words x 9000 numbers: collisions are rare, and the repository retries when one happens.
DIGITS_LOW, DIGITS_HIGH = 1000, 9999

_system_random = random.SystemRandom()


def new_pseudonym(rng: random.Random | None = None) -> str:
    """Return a fresh pseudonym like "Kiwi 4821" (pass *rng* for reproducible tests)."""
    chooser = rng or _system_random
    return f"{chooser.choice(WORDS)} {chooser.randint(DIGITS_LOW, DIGITS_HIGH)}"
