"""`uli ask`: one JSON object per message, from the same understanding and steps as a chat."""

from __future__ import annotations

import io
import json

import pytest

from bot.cli import main

KEYS = {"lang", "lang_confidence", "intent", "confidence", "crisis", "handover", "answer"}


def test_one_message_as_json(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["ask", "wo seid ihr in jülich", "--contact-point", "teilhabe", "--json"]) == 0
    result = json.loads(capsys.readouterr().out)
    assert set(result) == KEYS
    assert result["lang"] == "de" and result["intent"] == "location"
    assert result["crisis"] is None and result["handover"] is False
    assert "Sprechstunde Jülich" in result["answer"] and "Josef-Schregel" not in result["answer"]


def test_a_crisis_is_flagged_for_handover_with_the_numbers(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["ask", "i want to kill myself", "--json"]) == 0
    result = json.loads(capsys.readouterr().out)
    assert result["intent"] == "crisis" and result["crisis"] == "suicide"
    assert result["handover"] is True and "116 111" in result["answer"]


def test_standard_input_gives_one_line_per_message(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO("متى تفتحون\n\nkann ich mit jemandem reden\n"))
    assert main(["ask", "--contact-point", "kim", "--json"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 2, "blank lines are skipped"
    first, second = (json.loads(line) for line in lines)
    assert first["lang"] == "ar" and first["intent"] == "opening_hours"
    assert "\u200f" not in first["answer"], "no bidi marks in evaluation output"
    assert second["handover"] is True or second["intent"] != "human"


def test_an_unknown_contact_point_is_one_clear_line(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["ask", "hallo", "--contact-point", "nope"]) == 2
    error = capsys.readouterr().err
    assert "nope" in error and "teilhabe" in error and "Traceback" not in error


def test_a_language_uli_does_not_speak_is_answered_in_german_and_english(
    capsys: pytest.CaptureFixture[str],
) -> None:
    message = "bună ziua, am nevoie de ajutor cu actele pentru un loc de muncă"
    assert main(["ask", message, "--contact-point", "kim", "--json"]) == 0
    result = json.loads(capsys.readouterr().out)
    assert result["lang"] == "ro"
    assert "Dolmetscher" in result["answer"] and "interpreter" in result["answer"]


def test_an_unknown_language_code_is_a_clear_error(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as stopped:
        main(["ask", "hallo", "--lang", "xx", "--json"])
    assert stopped.value.code == 2
    assert "invalid choice: 'xx'" in capsys.readouterr().err
