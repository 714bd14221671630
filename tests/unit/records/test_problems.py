"""One catalogue of problem codes: the README's Errors table is exactly the catalogue."""
import re

import pytest

from conftest import REPO
from quotes.records.problems import CATALOGUE, Problem


def readme_error_table() -> set[tuple[int, str]]:
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Errors", 1)[1].split("\n## ", 1)[0]
    rows = set()
    for status, codes in re.findall(r"^\| (\d{3}) \| (`[^|]+`) \|", section, re.M):
        rows |= {(int(status), code) for code in re.findall(r"`([a-z_]+)`", codes)}
    return rows


def test_readme_errors_table_is_the_catalogue():
    assert readme_error_table() == {(status, code) for code, (status, _) in CATALOGUE.items()}


def test_a_code_outside_the_catalogue_is_refused():
    with pytest.raises(ValueError, match="not in the catalogue"):
        Problem(418, "teapot", "no")


def test_problem_body_names_its_code_as_type():
    body = Problem(422, "empty_text", "Empty.").to_dict("rid")
    assert body["type"] == "urn:quotes:problem:empty_text" and body["request_id"] == "rid"
