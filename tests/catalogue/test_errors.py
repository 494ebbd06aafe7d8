"""A mistake in the contact-point file gives one message: file, line, field and the problem."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from flows.knowledge.catalogue import CatalogueError, load_catalogue

# The smallest valid file; the line numbers below refer to it.
VALID = """\
organisation:
  name: Test
contact_points:
  - id: one
    name: One
    summary: Hello
    state: NW
    programme:
      name: P
    target_group:
      age: {min: 12, max: 27}
      description: For you
    languages:
      counselling: [de]
    places:
      - id: office
        name: Office
        hours:
          - days: [mon]
            from: "14:00"
            to: "18:00"
"""
SECOND = """\
  - id: two
    name: Two
    summary: Hi
    state: NW
    programme: {name: Q}
    target_group: {age: {min: 12, max: 27}, description: Für dich}
    languages: {counselling: [de]}
    places: [{id: office, name: Office}]
"""


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "contact-points.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def error(tmp_path: Path, text: str) -> CatalogueError:
    path = write(tmp_path, text)
    with pytest.raises(CatalogueError) as caught:
        load_catalogue(path)
    return caught.value


def changed(old: str, new: str, text: str = VALID) -> str:
    assert text.count(old) == 1, old
    return text.replace(old, new)


def test_the_template_is_valid(tmp_path: Path) -> None:
    catalogue = load_catalogue(write(tmp_path, VALID))
    assert catalogue.contact_points[0].places[0].hours[0].end == dt.time(18, 0)


@pytest.mark.parametrize("written", ['"25:00"', "25:00"])
def test_a_time_that_does_not_exist(tmp_path: Path, written: str) -> None:
    # Unquoted 25:00 would be the sexagesimal number 1500 in YAML 1.1; the loader keeps it text.
    problem = error(tmp_path, changed('to: "18:00"', f"to: {written}"))
    path = tmp_path / "contact-points.yaml"
    assert str(problem) == (
        f"{path}, line 21, contact_points[0].places[0].hours[0].to: "
        "'25:00' is not a time of day (use HH:MM, e.g. 14:00)"
    )
    assert (problem.line, problem.field, problem.more) == (
        21,
        "contact_points[0].places[0].hours[0].to",
        0,
    )


def test_unquoted_and_short_times_load(tmp_path: Path) -> None:
    text = changed('from: "14:00"', "from: 9:00", changed('to: "18:00"', "to: 14:30"))
    rule = load_catalogue(write(tmp_path, text)).contact_points[0].places[0].hours[0]
    assert (rule.start, rule.end) == (dt.time(9, 0), dt.time(14, 30))


def test_a_missing_field_points_at_its_parent(tmp_path: Path) -> None:
    problem = error(tmp_path, changed("    state: NW\n", ""))
    assert str(problem).endswith(
        "contact-points.yaml, line 4, contact_points[0].state: is missing (it is required here)"
    )


def test_an_unknown_field_suggests_the_right_one(tmp_path: Path) -> None:
    problem = error(tmp_path, changed("        hours:", "        hour:"))
    assert str(problem).endswith(
        "line 18, contact_points[0].places[0].hour: "
        "'hour' is not a known field (did you mean 'hours'?)"
    )


def test_an_unknown_field_without_lookalike(tmp_path: Path) -> None:
    problem = error(tmp_path, changed("  name: Test\n", "  name: Test\n  colour: blue\n"))
    assert str(problem).endswith(
        "line 3, organisation.colour: 'colour' is not a known field (typo?)"
    )


def test_an_unknown_state(tmp_path: Path) -> None:
    problem = error(tmp_path, changed("state: NW", "state: XX"))
    assert ", line 7, contact_points[0].state: unknown German state 'XX'; use one of BB, BE, " in (
        str(problem)
    )
    assert "NI" in str(problem) and "NW" in str(problem) and "SN" in str(problem)


def test_a_contact_point_id_used_twice(tmp_path: Path) -> None:
    problem = error(tmp_path, VALID + changed("id: two", "id: one", SECOND))
    assert str(problem).endswith(
        "line 22, contact_points[1].id: contact point id 'one' is used twice"
    )


def test_a_place_id_used_twice(tmp_path: Path) -> None:
    text = VALID + "      - id: office\n        name: Again\n"
    problem = error(tmp_path, text)
    assert str(problem).endswith(
        "line 22, contact_points[0].places[1].id: place id 'office' is used twice"
    )


def test_see_instead_names_an_unknown_contact_point(tmp_path: Path) -> None:
    text = changed(
        "    state: NW\n", "    state: NW\n    see_instead:\n      - two\n      - nope\n"
    )
    problem = error(tmp_path, text + SECOND)
    assert str(problem).endswith(
        "line 10, contact_points[0].see_instead[1]: "
        "see_instead names unknown contact point 'nope'; known are one, two"
    )


def test_default_contact_point_must_exist(tmp_path: Path) -> None:
    problem = error(
        tmp_path, changed("contact_points:", "default_contact_point: kim\ncontact_points:")
    )
    assert str(problem).endswith(
        "line 3, default_contact_point: default_contact_point 'kim' is not defined; known are one"
    )


def test_a_yaml_syntax_error(tmp_path: Path) -> None:
    problem = error(tmp_path, changed("    summary: Hello\n", "    summary Hello\n"))
    assert str(problem) == (
        f"{tmp_path / 'contact-points.yaml'}, line 6: not valid YAML: a line lacks the ':' after "
        "its name, or is indented wrong (YAML says: could not find expected ':')"
    )


def test_bad_indentation(tmp_path: Path) -> None:
    problem = error(tmp_path, changed("    state: NW", "   state: NW"))
    assert ", line 7: not valid YAML: the indentation is off" in str(problem)


def test_tabs(tmp_path: Path) -> None:
    problem = error(tmp_path, changed("    state: NW", "\tstate: NW"))
    assert ", line 7: not valid YAML: a tab is used for indenting; use spaces" in str(problem)


@pytest.mark.parametrize("text", ["", "\n\n", "# nothing here yet\n", "---\n"])
def test_an_empty_file(tmp_path: Path, text: str) -> None:
    problem = error(tmp_path, text)
    assert str(problem) == (
        f"{tmp_path / 'contact-points.yaml'}: the file is empty; it needs 'organisation:' and "
        "'contact_points:'"
    )


def test_a_list_instead_of_a_mapping(tmp_path: Path) -> None:
    problem = error(tmp_path, "# contact points\n- id: one\n- id: two\n")
    assert str(problem).endswith(
        "contact-points.yaml, line 2: the top level must be a mapping with 'organisation:' and "
        "'contact_points:', not a list"
    )


def test_a_missing_file(tmp_path: Path) -> None:
    with pytest.raises(CatalogueError) as caught:
        load_catalogue(tmp_path / "nowhere.yaml")
    assert str(caught.value) == f"{tmp_path / 'nowhere.yaml'}: the file does not exist"


def test_a_folder_instead_of_a_file(tmp_path: Path) -> None:
    with pytest.raises(CatalogueError, match="this is a folder, not a file"):
        load_catalogue(tmp_path)


def test_not_utf8(tmp_path: Path) -> None:
    path = tmp_path / "latin1.yaml"
    path.write_bytes("organisation:\n  name: Jülich\n".encode("latin-1"))
    with pytest.raises(CatalogueError, match="not UTF-8 text"):
        load_catalogue(path)


def test_a_text_in_an_unknown_language(tmp_path: Path) -> None:
    text = changed("    summary: Hello\n", "    summary:\n      de: Hallo\n      xx: Hi\n")
    problem = error(tmp_path, text)
    assert str(problem).endswith(
        "line 8, contact_points[0].summary.xx: unknown language code 'xx'; "
        "use one of de, en, ru, ar, tr, uk, fa"
    )


def test_a_text_without_german(tmp_path: Path) -> None:
    problem = error(tmp_path, changed("    summary: Hello\n", "    summary:\n      en: Hello\n"))
    assert str(problem).endswith(
        "line 6, contact_points[0].summary.de: is missing: every text needs its German version (de)"
    )


def test_a_text_given_as_a_list(tmp_path: Path) -> None:
    problem = error(tmp_path, changed("summary: Hello", "summary: [Hello, Hallo]"))
    assert str(problem).endswith(
        "line 6, contact_points[0].summary: should be a text, or one text per language "
        "(de: ..., en: ...), not a list"
    )


def test_a_date_in_german_notation(tmp_path: Path) -> None:
    problem = error(
        tmp_path,
        changed("      name: P\n", "      name: P\n      period:\n        until: 31.07.2022\n"),
    )
    assert str(problem).endswith(
        "line 11, contact_points[0].programme.period.until: "
        "'31.07.2022' is not a date (use YYYY-MM-DD, e.g. 2022-07-31)"
    )


def test_dates_load_as_dates(tmp_path: Path) -> None:
    text = changed(
        "      name: P\n", "      name: P\n      period: {from: 2020-03-24, until: 2022-07-31}\n"
    )
    period = load_catalogue(write(tmp_path, text)).contact_points[0].programme.period
    assert (period.start, period.until) == (dt.date(2020, 3, 24), dt.date(2022, 7, 31))


def test_a_period_that_ends_before_it_starts(tmp_path: Path) -> None:
    text = changed(
        "      name: P\n",
        "      name: P\n      period:\n        from: 2022-01-01\n        until: 2021-01-01\n",
    )
    problem = error(tmp_path, text)
    assert str(problem).endswith(
        "line 12, contact_points[0].programme.period.until: 'until' lies before 'from'"
    )


def test_hours_that_end_before_they_start(tmp_path: Path) -> None:
    problem = error(tmp_path, changed('to: "18:00"', 'to: "13:00"'))
    assert str(problem).endswith(
        "line 21, contact_points[0].places[0].hours[0].to: "
        "'to' must be later than 'from' on the same day"
    )


def test_an_unknown_weekday(tmp_path: Path) -> None:
    problem = error(tmp_path, changed("days: [mon]", "days: [mon, monday]"))
    assert str(problem).endswith(
        "line 19, contact_points[0].places[0].hours[0].days[1]: 'monday' is not allowed here; "
        "use one of 'mon', 'tue', 'wed', 'thu', 'fri', 'sat' or 'sun'"
    )


def test_a_text_where_a_list_belongs(tmp_path: Path) -> None:
    problem = error(tmp_path, changed("counselling: [de]", "counselling: de"))
    assert str(problem).endswith(
        "line 14, contact_points[0].languages.counselling: should be a list ('- item' lines, or "
        "[a, b]), not the text 'de'"
    )


def test_a_bad_id(tmp_path: Path) -> None:
    problem = error(tmp_path, changed("- id: office", "- id: Main Office"))
    assert str(problem).endswith(
        "line 16, contact_points[0].places[0].id: 'Main Office' is not a usable id: lowercase "
        "letters, digits, '-' and '_', at most 24 characters (e.g. kim)"
    )


def test_an_age_out_of_range(tmp_path: Path) -> None:
    problem = error(tmp_path, changed("max: 27", "max: 127"))
    assert str(problem).endswith(
        "line 11, contact_points[0].target_group.age.max: "
        "127 is out of range; it must be at most 99"
    )


def test_a_key_given_twice(tmp_path: Path) -> None:
    problem = error(tmp_path, changed("    state: NW\n", "    state: NW\n    state: NI\n"))
    assert str(problem).endswith(
        "line 8, contact_points[0].state: is given twice (also on line 7); keep only one"
    )


def test_several_problems_report_the_first_in_file_order(tmp_path: Path) -> None:
    text = changed('to: "18:00"', 'to: "25:00"', changed("state: NW", "state: XX"))
    text = changed("  name: Test\n", "  name: Test\n  colour: blue\n", text)
    problem = error(tmp_path, text)
    assert str(problem).endswith(
        "line 3, organisation.colour: 'colour' is not a known field (typo?) (and 2 more problems)"
    )
    assert problem.more == 2


def test_one_more_problem_is_singular(tmp_path: Path) -> None:
    problem = error(
        tmp_path, changed('to: "18:00"', 'to: "25:00"', changed("state: NW", "state: XX"))
    )
    assert str(problem).endswith("(and 1 more problem)")
    assert problem.line == 7


def test_anchors_and_merge_keys_keep_their_own_lines(tmp_path: Path) -> None:
    # A coordinator may copy a contact point with <<: *anchor and change a few fields.
    text = changed("  - id: one\n", "  - &one\n    id: one\n") + "  - <<: *one\n    id: two\n"
    assert [c.id for c in load_catalogue(write(tmp_path, text)).contact_points] == ["one", "two"]
    problem = error(tmp_path, text + "    state: ZZ\n")
    assert problem.line == 25 and problem.field == "contact_points[1].state"


FAQ = (
    VALID
    + """\
    faq:
      - id: what
        question: Was?
        answer: Das.
        examples:
          de:
            - was ist das
"""
)


def test_faq_examples_load_per_language(tmp_path: Path) -> None:
    catalogue = load_catalogue(write(tmp_path, FAQ + "          ar: [ما هذا]\n"))
    assert catalogue.contact_points[0].faq[0].examples == {"de": ["was ist das"], "ar": ["ما هذا"]}


def test_faq_examples_in_an_unknown_language(tmp_path: Path) -> None:
    problem = error(tmp_path, FAQ + "          xx:\n            - hi\n")
    assert str(problem).endswith(
        "line 29, contact_points[0].faq[0].examples.xx: unknown language code 'xx'; "
        "use one of de, en, ru, ar, tr, uk, fa"
    )


def test_an_empty_faq_example(tmp_path: Path) -> None:
    problem = error(tmp_path, FAQ + '            - ""\n')
    assert str(problem).endswith(
        "line 29, contact_points[0].faq[0].examples.de[1]: an example phrasing must not be empty"
    )
