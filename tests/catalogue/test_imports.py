"""flows.knowledge.catalogue, .programmes and .hours import each other's names; any of them may
be imported first (the CLI imports the catalogue, the flows import hours)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize(
    "module",
    ["flows.knowledge.hours", "flows.knowledge.programmes", "flows.knowledge.catalogue",
     "flows.knowledge.catalogue.summary", "flows.knowledge.catalogue.loader",
     "flows.knowledge.catalogue.model"],
)  # fmt: skip
def test_each_module_can_be_imported_first(module: str) -> None:
    code = f"import {module}; import flows.knowledge.hours as h; h.week; h.alternatives; h.Ended"
    subprocess.run([sys.executable, "-c", code], cwd=ROOT, check=True)


def test_hours_stays_free_of_messenger_and_web_frameworks() -> None:
    code = (
        "import sys, flows.knowledge.hours, flows.knowledge.catalogue; "
        "bad = [m for m in sys.modules if m.split('.')[0] in ('aiogram', 'fastapi')]; "
        "assert not bad, bad"
    )
    subprocess.run([sys.executable, "-c", code], cwd=ROOT, check=True)
