"""Long, harmless German prose: a young person telling about their week, no crisis words."""

from __future__ import annotations

import itertools

SENTENCES = (
    "Gestern bin ich mit meiner Schwester in die Stadt gefahren, weil wir neue Schuhe für "
    "den Winter kaufen wollten.",
    "Im Bus haben wir über die Schule gesprochen und darüber, welche Ausbildung mir später "
    "Spaß machen könnte.",
    "Ich koche gern, und am Wochenende backe ich manchmal Brot mit meiner Oma, die viele alte "
    "Rezepte kennt.",
    "Mein Freund spielt Fußball im Verein, und im Sommer gehen wir oft zusammen schwimmen "
    "oder Eis essen.",
    "In der Bibliothek lese ich Bücher über Tiere und Reisen, weil ich irgendwann gern nach "
    "Norwegen fahren möchte.",
    "Der Deutschkurs ist am Dienstag und am Donnerstag, und die Lehrerin erklärt die "
    "Grammatik sehr geduldig.",
    "Nach dem Unterricht fahre ich mit dem Fahrrad nach Hause, und unterwegs höre ich Musik "
    "oder einen Podcast.",
    "Am Abend essen wir zusammen, meistens gibt es Reis mit Gemüse, und danach schauen wir "
    "einen Film.",
)


def prose(length: int) -> str:
    """Exactly `length` characters of these sentences, one after another."""
    text = ""
    for sentence in itertools.cycle(SENTENCES):
        text += sentence + " "
        if len(text) >= length:
            return text[:length].rstrip() + "." * (length - len(text[:length].rstrip()))
    raise AssertionError("unreachable")
