"""The one lexicon loader: every file declared once, validated, malformed rows named by file and line."""
import shutil

import pytest

from quotes import lexicons
from quotes.lexicons import FILES, LEXICON_DIR, LexiconError
from quotes.service.startup import EXIT_STARTUP, fail_plainly


def test_every_lexicon_file_is_declared_and_valid():
    on_disk = {p.name for p in LEXICON_DIR.iterdir() if p.suffix in {".txt", ".tsv"}}
    assert on_disk == set(FILES)
    lexicons.validate()


def test_lexicon_readme_lists_every_file():
    readme = (LEXICON_DIR / "README.md").read_text(encoding="utf-8")
    assert all(f"`{name}`" in readme for name in FILES)


def copy(tmp_path):
    target = tmp_path / "lexicons"
    shutil.copytree(LEXICON_DIR, target, ignore=shutil.ignore_patterns("*.py", "__pycache__"))
    return target


def test_a_row_with_a_wrong_class_names_file_and_line(tmp_path):
    target = copy(tmp_path)
    path = target / "reporting_verbs.tsv"
    lines = path.read_text(encoding="utf-8").splitlines()
    lines.append("mumble\tspeeches")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    with pytest.raises(LexiconError, match=rf"reporting_verbs.tsv, line {len(lines)}: 'speeches' is not one of"):
        lexicons.validate(target)


def test_a_row_with_too_many_columns_is_refused(tmp_path):
    target = copy(tmp_path)
    with (target / "reporting_nouns.txt").open("a", encoding="utf-8") as out:
        out.write("warning\textra\n")
    with pytest.raises(LexiconError, match="reporting_nouns.txt, line .*2 TAB-separated columns, expected 1"):
        lexicons.validate(target)


def test_a_missing_file_is_refused(tmp_path):
    target = copy(tmp_path)
    (target / "titles.txt").unlink()
    with pytest.raises(LexiconError, match="cannot read lexicon .*titles.txt"):
        lexicons.validate(target)


def test_a_malformed_lexicon_refuses_start_up_with_one_line(tmp_path, capsys):
    target = copy(tmp_path)
    (target / "dates.tsv").write_text("weekday\tmonday\n", encoding="utf-8")
    with pytest.raises(SystemExit) as exit_info, fail_plainly():
        lexicons.validate(target)
    assert exit_info.value.code == EXIT_STARTUP
    err = capsys.readouterr().err.strip()
    assert err.startswith("quotes: cannot start: lexicon ") and "dates.tsv, line 1" in err and "\n" not in err


def test_pronoun_genders_come_from_the_pronoun_lexicon():
    assert lexicons.pronoun_genders()["his"] == "m" and lexicons.pronoun_genders()["hers"] == "f"
    assert "they" not in lexicons.pronoun_genders()


def test_time_words_hold_full_weekdays_not_their_abbreviations():
    words = lexicons.time_words()
    assert {"thursday", "oct", "sept", "yesterday"} <= words
    assert not {"sun", "sat", "wed"} & words  # "sun" and "sat" are ordinary words too


def test_naming_verbs_are_evaluative_reporting_verbs():
    # naming_verbs.txt says each entry is also an evaluative verb: the cue needs that class to
    # open a frame at all
    verbs = lexicons.reporting_verbs()
    assert lexicons.naming_verbs() and all(verbs.get(v) == "evaluative" for v in lexicons.naming_verbs())


def test_a_verb_is_read_from_its_form_when_the_kits_lemma_slips():
    # "decried" -> decried, "implied" -> implied, "railed" -> raile (of "rail against")
    assert lexicons.verb_class("decried", "decried") == "evaluative"
    assert lexicons.verb_class("implied", "implied") == "speech"
    assert lexicons.verb_base("raile", "railed", lexicons.object_verb_heads()) == "rail"
    assert lexicons.verb_base("speak", "spoke", lexicons.object_verb_heads()) == "speak"
    assert lexicons.verb_base("sprint", "sprinted", lexicons.object_verb_heads()) == "sprint"  # no entry: its lemma
