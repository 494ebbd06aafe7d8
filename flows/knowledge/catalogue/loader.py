"""Read the contact-point file and explain any mistake in words a coordinator understands.

Every problem becomes one `CatalogueError` naming the file, the line, the field and what is
wrong, e.g. "contact-points.yaml, line 42, contact_points[1].places[0].hours[2].to: '25:00'
is not a time of day (use HH:MM, e.g. 14:00)". Lines come from YAML's node tree (which knows
where every key and item stands); pydantic's error locations are mapped onto it.
"""

from __future__ import annotations

import difflib
import re
from pathlib import Path
from typing import Any, NamedTuple, get_args

import yaml
from pydantic import BaseModel, ValidationError
from pydantic_core import ErrorDetails

from flows.knowledge.catalogue.model import Catalogue

Key = tuple[str | int, ...]

# YAML 1.1 reads an unquoted 14:00 as the sexagesimal number 840, so "25:00" would reach the
# model as 1500. This loader keeps such scalars as text: the model parses "14:00" itself and
# an error can quote what the coordinator wrote. (Same resolver as PyYAML's, minus base 60.)
_INT = re.compile(
    r"^(?:[-+]?0b[0-1_]+|[-+]?0[0-7_]+|[-+]?(?:0|[1-9][0-9_]*)|[-+]?0x[0-9a-fA-F_]+)$"
)


class _Loader(yaml.SafeLoader):
    pass


_Loader.yaml_implicit_resolvers = {
    first: [(tag, _INT if tag == "tag:yaml.org,2002:int" else rx) for tag, rx in resolvers]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


class CatalogueError(Exception):
    """A mistake in the contact-point file; `str()` is the message for the coordinator."""

    def __init__(
        self,
        file: str,
        problem: str,
        line: int | None = None,
        field: str | None = None,
        more: int = 0,
    ) -> None:
        self.file, self.problem, self.line, self.field, self.more = file, problem, line, field, more
        where = file if line is None else f"{file}, line {line}"
        text = f"{where}, {field}: {problem}" if field else f"{where}: {problem}"
        if more:
            text += f" (and {more} more problem{'s' if more > 1 else ''})"
        super().__init__(text)


class _Problem(NamedTuple):
    line: int
    field: str
    text: str


def load_catalogue(path: str | Path) -> Catalogue:
    """Read and validate the contact-point file at `path`; raise `CatalogueError` if wrong."""
    file = str(path)
    try:
        text = Path(path).read_text(encoding="utf-8")
    except UnicodeDecodeError:
        raise CatalogueError(file, "the file is not UTF-8 text; save it as UTF-8") from None
    except OSError as exc:
        reason = {
            FileNotFoundError: "the file does not exist",
            IsADirectoryError: "this is a folder, not a file",
        }.get(type(exc))
        raise CatalogueError(file, reason or f"cannot read the file ({exc.strerror})") from None
    loader = _Loader(text)
    lines: dict[Key, int] = {}
    try:
        node = loader.get_single_node()
        # Lines first: constructing flattens merge keys (<<) into the nodes in place.
        problems = _map_lines(node, (), lines) if node is not None else []
        data = loader.construct_document(node) if node is not None else None
    except yaml.MarkedYAMLError as exc:
        raise _syntax_error(file, exc) from None
    except yaml.YAMLError as exc:
        raise CatalogueError(file, f"not valid YAML: {exc}") from None
    finally:
        loader.dispose()
    if node is None or data is None:
        raise CatalogueError(
            file, "the file is empty; it needs 'organisation:' and 'contact_points:'"
        )
    if not isinstance(data, dict):
        raise CatalogueError(
            file,
            "the top level must be a mapping with 'organisation:' and "
            f"'contact_points:', not {_kind(data)}",
            node.start_mark.line + 1,
        )
    try:
        catalogue = Catalogue.model_validate(data)
    except ValidationError as exc:
        problems += [_explain(error, lines) for error in exc.errors()]
    if problems:
        first, *rest = sorted(problems, key=lambda problem: problem.line)
        raise CatalogueError(file, first.text, first.line, first.field or None, len(rest))
    return catalogue


# PyYAML's words for the usual slips, and what they mean to someone editing the file.
_YAML_HINTS = (
    ("'\\t'", "a tab is used for indenting; use spaces"),
    ("<block end>", "the indentation is off (keys of one level start in the same column)"),
    ("could not find expected ':'", "a line lacks the ':' after its name, or is indented wrong"),
    ("mapping values are not allowed", "a value contains ': '; put the value in quotes"),
    ("flow sequence", "a [...] list is not closed, or an item contains ': ' without quotes"),
)


def _syntax_error(file: str, exc: yaml.MarkedYAMLError) -> CatalogueError:
    said = str(exc.problem or exc.context)
    # A key without its colon or an unclosed [...] is noticed on a later line; the line
    # where that key or list starts is the one to fix.
    starts = exc.context_mark is not None and any(
        word in str(exc.context) for word in ("simple key", "flow")
    )
    mark = exc.context_mark if starts else (exc.problem_mark or exc.context_mark)
    hint = next((text for clue, text in _YAML_HINTS if clue in f"{said} {exc.context}"), None)
    problem = f"not valid YAML: {hint} (YAML says: {said})" if hint else f"not valid YAML: {said}"
    return CatalogueError(file, problem, mark.line + 1 if mark else None)


def _map_lines(node: yaml.Node, key: Key, lines: dict[Key, int]) -> list[_Problem]:
    """Record the 1-based line of every key and list item below `node`; report repeated keys
    (PyYAML would silently keep the last one)."""
    lines.setdefault(key, node.start_mark.line + 1)
    problems: list[_Problem] = []
    if len(key) > 32:  # anchors can make a node contain itself; real files are shallow
        return problems
    if isinstance(node, yaml.MappingNode):
        for key_node, value_node in node.value:
            child = (*key, str(key_node.value))
            if child in lines:
                line = key_node.start_mark.line + 1
                text = f"is given twice (also on line {lines[child]}); keep only one"
                problems.append(_Problem(line, _dotted(child), text))
                continue
            lines[child] = key_node.start_mark.line + 1
            problems += _map_lines(value_node, child, lines)
    elif isinstance(node, yaml.SequenceNode):
        for index, item in enumerate(node.value):
            problems += _map_lines(item, (*key, index), lines)
    return problems


def _dotted(key: Key) -> str:
    """('contact_points', 1, 'to') -> 'contact_points[1].to'."""
    text = ""
    for part in key:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else str(part))
    return text


def _explain(error: ErrorDetails, lines: dict[Key, int]) -> _Problem:
    ctx: dict[str, Any] = dict(error.get("ctx") or {})
    key: Key = (*error["loc"], *ctx.get("where", ()))
    known = max((k for k in lines if k == key[: len(k)]), key=len)
    return _Problem(lines[known], _dotted(key), _say(error, key, ctx))


def _kind(value: object) -> str:
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "a group of fields"
    return f"the {'text' if isinstance(value, str) else 'value'} {_show(value)}"


def _show(value: object) -> str:
    return repr(value) if isinstance(value, str) else str(value)


# Pydantic's error types in words: {shown} is the value as written, {kind} what sort it is.
_SAID = {
    "missing": "is missing (it is required here)",
    "too_short": "must not be empty",
    "list_type": "should be a list ('- item' lines, or [a, b]), not {kind}",
    "string_type": "should be text, not {kind}",
    "bool": "should be true or false, not {kind}",
    "int": "should be a whole number, not {kind}",
    "model": "should be a group of fields (one 'name: value' per line), not {kind}",
    "text": "should be a text, or one text per language (de: ..., en: ...), not {kind}",
    "enum": "{shown} is not allowed here; use one of {expected}",
    "greater_than_equal": "{shown} is out of range; it must be at least {ge}",
    "less_than_equal": "{shown} is out of range; it must be at most {le}",
    "date": "{shown} is not a date (use YYYY-MM-DD, e.g. 2022-07-31)",
    "time": "{shown} is not a time of day (use HH:MM, e.g. 14:00)",
    "lang": "{shown} is not a language code (two letters, e.g. de, en, ar)",
    "id": "{shown} is not a usable id: lowercase letters, digits, '-' and '_', at most 24 "
    "characters (e.g. kim)",
}


def _say(error: ErrorDetails, key: Key, ctx: dict[str, Any]) -> str:
    """Pydantic's message, rewritten where it is cryptic for someone editing a YAML file."""
    kind, value, family = error["type"], error["input"], error["type"].split("_")[0]
    if kind == "missing" and key[-1] == "de":
        return "is missing: every text needs its German version (de)"
    if kind == "extra_forbidden":
        guess = difflib.get_close_matches(str(key[-1]), _fields_at(key[:-1]), n=1)
        hint = f"did you mean {guess[0]!r}?" if guess else "typo?"
        return f"{str(key[-1])!r} is not a known field ({hint})"
    if kind == "model_type" and ctx.get("class_name") == "LocalText":
        kind = "text"
    elif kind == "string_pattern_mismatch":
        kind = "lang" if "a-z]{2,3}" in str(ctx.get("pattern")) else "id"
    elif family in ("bool", "int", "date", "datetime", "time", "model", "dict"):
        kind = {"datetime": "date", "dict": "model"}.get(family, family)
    if kind in _SAID:
        return _SAID[kind].format(**{**ctx, "shown": _show(value), "kind": _kind(value)})
    return error["msg"].removeprefix("Value error, ").replace("Input should be", "should be")


def _fields_at(key: Key) -> list[str]:
    """The field names (as written in YAML) of the model found at `key`, for typo hints."""
    model: type[BaseModel] | None = Catalogue
    for part in (part for part in key if isinstance(part, str)):  # _model_in sees into lists
        model = _model_in(_fields(model).get(part))
    return list(_fields(model))


def _fields(model: type[BaseModel] | None) -> dict[str, Any]:
    items = model.model_fields.items() if model else ()
    return {info.alias or name: info.annotation for name, info in items}


def _model_in(annotation: Any) -> type[BaseModel] | None:
    # Looks through list[...], X | None and the like for the model class inside.
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation
    return next((m for m in map(_model_in, get_args(annotation)) if m is not None), None)
