"""The README and docs/ say what the repository holds: pages in the nav, paths that exist,
the settings bot/settings.py reads, quick-start commands that are scripts."""

from __future__ import annotations

import ast
import os
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import yaml

from bot.settings import Settings

ROOT = Path(__file__).resolve().parent.parent
README = ROOT / "README.md"
DOCS = ROOT / "docs"
SETTINGS = ROOT / "bot" / "settings.py"

# The repository's own top-level folders and files: a backticked path starting with one of
# these is a path of this repository and must exist.
TOP_LEVEL = {p.name for p in ROOT.iterdir() if not p.name.startswith(".")} - {"site"}
# Variables of the operating system that settings consult as fallbacks (the cache folder);
# they are not Uli's settings and stay out of the configuration table.
SYSTEM_VARIABLES = {"HOME", "XDG_CACHE_HOME"}
PATH_LIKE = re.compile(r"^[A-Za-z0-9_.-]+(/[A-Za-z0-9_.*<>-]+)*/?$")


def markdown_files() -> list[Path]:
    return [README, *sorted(DOCS.rglob("*.md"))]


def nav_pages(nav: Any) -> Iterator[str]:
    """Every page file named in mkdocs.yml's nav, however deeply nested."""
    if isinstance(nav, str):
        yield nav
    elif isinstance(nav, list):
        for item in nav:
            yield from nav_pages(item)
    elif isinstance(nav, dict):
        for value in nav.values():
            yield from nav_pages(value)


def backticked(text: str) -> Iterator[str]:
    """Inline code spans outside fenced code blocks."""
    text = re.sub(r"^```.*?^```", "", text, flags=re.S | re.M)
    yield from re.findall(r"`([^`\n]+)`", text)


def repo_path(word: str) -> str | None:
    """The path a word names if it looks like a path of this repository, else None."""
    span = word.removeprefix("./")
    if "://" in span or not PATH_LIKE.match(span):
        return None
    first = span.split("/")[0]
    if first not in TOP_LEVEL or ("/" not in span and "." not in span):
        return None
    if "<" in span or "*" in span:
        return None  # a pattern such as locales/<language>.ftl or locales/*.ftl
    return span


def configuration_table(readme: str) -> set[str]:
    """The variables in the first column of the README's configuration table."""
    section = readme.split("## Configuration", 1)[1].split("\n## ", 1)[0]
    names: set[str] = set()
    for line in section.splitlines():
        if line.startswith("| `"):
            first_cell = line.split("|")[1]
            names.update(re.findall(r"`([A-Z][A-Z0-9_]+)`", first_cell))
    return names


class RecordingEnv(dict[str, str]):
    """An empty environment that notes every variable asked for."""

    def __init__(self) -> None:
        super().__init__()
        self.asked: set[str] = set()

    def get(self, key: str, default: Any = None) -> Any:
        self.asked.add(key)
        return super().get(key, default)

    def __getitem__(self, key: str) -> str:
        self.asked.add(key)
        return super().__getitem__(key)


def variables_settings_read() -> set[str]:
    """What bot/settings.py reads: asked for when parsing an empty environment, and every
    string given to `env.get(...)` or listed as a variable name in its source."""
    env = RecordingEnv()
    Settings.from_env(env)
    names = set(env.asked)
    for node in ast.walk(ast.parse(SETTINGS.read_text(encoding="utf-8"))):
        if (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute)
            and node.func.attr == "get"
            and node.args
            and isinstance(node.args[0], ast.Constant)
            and isinstance(node.args[0].value, str)
        ):
            names.add(node.args[0].value)
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            names.update(re.findall(r"^ULI_[A-Z0-9_]+$", node.value))
    return names - SYSTEM_VARIABLES


def test_readme_stays_short() -> None:
    lines = README.read_text(encoding="utf-8").splitlines()
    assert len(lines) <= 200, f"README.md has {len(lines)} lines; move details into docs/"


def test_every_page_is_in_the_nav_and_every_nav_page_exists() -> None:
    config = yaml.safe_load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"))
    in_nav = list(nav_pages(config["nav"]))
    assert len(in_nav) == len(set(in_nav)), "a page is in the nav twice"
    missing = [page for page in in_nav if not (DOCS / page).is_file()]
    assert not missing, f"in mkdocs.yml's nav but not in docs/: {missing}"
    on_disk = {p.relative_to(DOCS).as_posix() for p in DOCS.rglob("*.md")}
    assert on_disk == set(in_nav), f"in docs/ but not in the nav: {sorted(on_disk - set(in_nav))}"


def test_paths_written_in_the_docs_exist() -> None:
    wrong: list[str] = []
    checked = 0
    for page in markdown_files():
        for span in backticked(page.read_text(encoding="utf-8")):
            # a command such as `.venv/bin/python bench/inbound.py --limit 5` names paths too
            for path in filter(None, map(repo_path, span.split())):
                checked += 1
                if not (ROOT / path).exists():
                    wrong.append(f"{page.relative_to(ROOT)}: `{span}`")
    assert checked > 50, f"only {checked} paths found: is the path pattern still right?"
    assert not wrong, "paths that do not exist:\n" + "\n".join(wrong)


def test_the_path_check_sees_a_path_that_is_gone() -> None:
    assert repo_path("flows/delivery/saying.py") == "flows/delivery/saying.py"
    assert repo_path("bench/no_such_benchmark.py") == "bench/no_such_benchmark.py"
    assert not (ROOT / "bench/no_such_benchmark.py").exists()
    assert repo_path("./scripts/test") == "scripts/test"
    assert repo_path("console.app:create_app") is None
    assert repo_path("postgresql://user:pass@host:5432/uli") is None


def test_the_configuration_table_lists_exactly_what_settings_read() -> None:
    table = configuration_table(README.read_text(encoding="utf-8"))
    read = variables_settings_read()
    assert {"TELEGRAM_BOT_TOKEN", "DATABASE_URL", "ULI_DATA_KEY"} <= read, read
    assert table == read, (
        f"read by bot/settings.py but not in the README's table: {sorted(read - table)}; "
        f"in the table but never read: {sorted(table - read)}"
    )


def test_quick_start_commands_are_scripts() -> None:
    readme = README.read_text(encoding="utf-8")
    section = readme.split("## Quick start", 1)[1].split("\n## ", 1)[0]
    block = re.search(r"```sh\n(.*?)```", section, flags=re.S)
    assert block, "the quick start has no command block"
    commands = [line.split("#")[0].split() for line in block[1].splitlines() if line.strip()]
    assert len(commands) == 2, commands
    for words in commands:
        script = next(word for word in words if "=" not in word)
        path = ROOT / script
        assert path.is_file(), f"{script} is not a file"
        assert os.access(path, os.X_OK), f"{script} is not executable"
    assert [w for w in commands[1] if "=" not in w] == ["./scripts/test"]
    assert "run" in commands[0], "the first command runs Uli"


def anchors(page: Path) -> set[str]:
    """The ids MkDocs gives a page's headings (lower case, punctuation dropped, spaces to -)."""
    found: set[str] = set()
    for line in page.read_text(encoding="utf-8").splitlines():
        if line.startswith("#"):
            title = line.lstrip("#").strip().lower()
            found.add(re.sub(r"[\s]+", "-", re.sub(r"[^\w\s-]", "", title)))
    return found


def test_the_readme_links_to_pages_and_headings_that_exist() -> None:
    links = re.findall(r"\]\((docs/[^)#]+)(?:#([^)]+))?\)", README.read_text(encoding="utf-8"))
    assert len(links) >= len(list(DOCS.glob("*.md"))), "the README links to every page"
    for target, anchor in links:
        page = ROOT / target
        assert page.is_file(), f"README.md links to {target}, which does not exist"
        if anchor:
            assert anchor in anchors(page), f"README.md links to {target}#{anchor}: no such heading"
