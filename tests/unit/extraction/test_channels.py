"""Channels of quotes: patterns on CoNLL-U fixtures (no model), and the seed articles through
the real model kit with hand-built Quote records."""
from __future__ import annotations

import pytest

from fixtures import load
from quotes.extraction.channels import find_channel
from test_dates import quote_at


@pytest.fixture(scope="module")
def doc():
    return load("channels_patterns")


def channel(doc, sentence, cue, content, speaker=None):
    found = find_channel(doc, quote_at(doc, sentence, cue, content, speaker))
    if found is not None:
        assert doc.text[found.start:found.end] == found.text
    return found and (found.kind, found.name, found.text)


def test_said_on_x_formerly_twitter(doc):
    assert channel(doc, 0, "said", "the talks had failed") == ("social_media", "X", "on X, formerly Twitter")


def test_wrote_on_facebook(doc):
    assert channel(doc, 1, "wrote", "she would resign") == ("social_media", "Facebook", "on Facebook")


def test_participle_cue_shares_the_platform_of_its_verb(doc):
    assert channel(doc, 2, "saying", "the city was safe") == ("social_media", "Telegram", "on Telegram")
    assert channel(doc, 2, "saying", "the city was safe", speaker="The governor") == (
        "social_media", "Telegram", "on Telegram")


def test_told_an_outlet(doc):
    assert channel(doc, 3, "told", "the army was ready") == ("interview", "Geo News", "Geo News")
    assert channel(doc, 4, "told", "a deal was close") == (
        "interview", "Agence France-Presse (AFP)", "Agence France-Presse (AFP)")
    assert channel(doc, 15, "told", "the sanctions would stay") == ("interview", "BBC", "the BBC")


def test_told_reporters_is_an_interview_without_outlet(doc):
    assert channel(doc, 5, "told", "the roads were closed") == ("interview", None, "reporters")


def test_told_a_person_is_no_channel(doc):
    assert channel(doc, 13, "told", "the harvest was lost") is None


def test_acronym_with_the_is_not_taken_for_an_outlet(doc):
    from quotes.extraction.channels import is_media
    sentence = doc.sentences[15]
    words = sentence.words[3:5]
    assert [w.text for w in words] == ["the", "BBC"]
    assert is_media(sentence, words)  # a known agency, "the" or not
    words[1].text = "UN"
    try:
        assert not is_media(sentence, words)  # "the UN": an acronym with "the" is no outlet
        assert is_media(sentence, words[1:])  # a bare acronym tagged ORG is taken for one ("RTA")
    finally:
        words[1].text = "BBC"


def test_told_a_news_conference(doc):
    assert channel(doc, 16, "told", "the deal was done") == ("press_conference", None, "a news conference")


def test_in_a_statement(doc):
    assert channel(doc, 6, "said", "the embassy would stay open") == ("statement", None, "in a statement")


def test_at_a_press_conference(doc):
    assert channel(doc, 7, "said", "elections would be held") == ("press_conference", None, "at a press conference")


def test_televised_address_is_a_broadcast(doc):
    assert channel(doc, 8, "said", "the country was at war") == ("broadcast", None, "in a televised address")


def test_outlet_reported(doc):
    assert channel(doc, 9, "reported", "The ceasefire has held across the region") == (
        "media_report", "Dawn News", "Dawn News")
    assert channel(doc, 10, "reported", "the talks had resumed") == (
        "media_report", "PTV", "the country's state broadcaster PTV")


def test_according_to_the_report_names_the_outlet_relayed_before(doc):
    assert channel(doc, 11, "According", "the delegates met for six hours") == (
        "media_report", "PTV", "According to the report")


def test_according_to_a_non_media_source_is_no_channel(doc):
    assert channel(doc, 14, "According", "three people were injured") is None


def test_in_its_statement_fronted(doc):
    assert channel(doc, 12, "urged", "to lay down their arms") == ("statement", None, "In its statement")


def test_unattributed_reports_are_a_media_report_without_outlet():
    reports = load("channels_reports")
    assert channel(reports, 0, "suggested", "the talks had ended") == ("media_report", None, "Unconfirmed reports")
    assert channel(reports, 1, "said", "the camps were full") is None  # an organisation's reports


def test_no_cue_no_channel(doc):
    q = quote_at(doc, 0, "said", "the talks had failed")
    q.cue = None
    assert find_channel(doc, q) is None


# --------------------------------------------------------------------------- the seed articles, real model kit

import os  # noqa: E402
from pathlib import Path  # noqa: E402

from quotes.extraction.dates import statement_date  # noqa: E402
from test_dates import locate  # noqa: E402

SEEDS = Path(os.environ["STANZA_RESOURCES_DIR"]).resolve().parent / "seeds"
PUBLISHED = {"000": "2025-10-30", "001": "2025-10-30", "002": "2025-10-28",
             "003": "2025-10-30T10:39:00+03:00", "004": "2025-10-30"}

# seed, context holding the cue, cue, content, speaker mention (or None),
# expected statement date (text, value) or None, expected channel (kind, name, text) or None
SEED_CUES = [
    ("000", "diplomatic sources said on Thursday", "said",
     "Pakistan and Afghanistan’s Taliban government have agreed", None, ("on Thursday", "2025-10-30"), None),
    ("000", "Pakistan said Wednesday that", "said", "efforts to reach a lasting truce", "Pakistan",
     ("Wednesday", "2025-10-29"), None),
    ("000", "warning it would take steps", "warning", "it would take steps to protect its people", "Pakistan",
     ("Wednesday", "2025-10-29"), None),
    ("000", "Khawaja Asif issued a strongly worded warning to the Taliban, saying", "saying",
     "the country would not tolerate", "Khawaja Asif", None, None),
    ("000", "Asif said on X, formerly Twitter", "said", "Pakistan will not tolerate any terrorist", "Asif",
     None, ("social_media", "X", "on X, formerly Twitter")),
    ("001", "sources said on Thursday", "said", "Pakistan and the Afghan Taliban have reportedly agreed", None,
     ("on Thursday", "2025-10-30"), None),
    ("001", "Attaullah Tarar confirmed yesterday", "confirmed", "the Istanbul talks between Pakistan",
     "Attaullah Tarar", ("yesterday", "2025-10-29"), None),
    ("002", "ARY News reported, citing", "reported", "The fourth round of talks", "ARY News",
     None, ("media_report", "ARY News", "ARY News")),
    ("002", "According to the report", "According", "the discussions entered their fourth consecutive day", None,
     None, ("media_report", "ARY News", "According to the report")),
    ("002", "Diplomatic sources said that despite", "said", "the talks had appeared to reach an impasse",
     "Diplomatic sources", None, None),
    ("003", "a Pakistani security source told Agence", "told", "Another round of peace talks",
     "a Pakistani security source", ("on Thursday", "2025-10-30"),
     ("interview", "Agence France-Presse (AFP)", "Agence France-Presse (AFP)")),
    ("003", "Pakistan declared Wednesday", "declared", "four days of talks in Istanbul", "Pakistan",
     ("Wednesday", "2025-10-29"), None),
    ("003", "Attaullah Tarar said on X following", "said", "Regrettably, the Afghan side", "Attaullah Tarar",
     None, ("social_media", "X", "on X")),
    ("003", "Khawaja Asif posted a sharp warning on X, stating", "stating", "any terrorist attack or any suicide",
     "Khawaja Asif", None, ("social_media", "X", "on X")),
    ("003", "said Tuesday that the Afghan", "said", "the Afghan delegation initially agreed",
     "A Pakistani security source", ("Tuesday", "2025-10-28"), None),
    ("003", "Chaman, told AFP the closure", "told", "the closure was", "Abdul Jabbar", None, ("interview", "AFP", "AFP")),
    ("003", "according to the United Nations", "according", "The violence killed at least 50", None, None, None),
    ("003", "Pakistan's military said on Oct. 12", "said", "23 personnel had been killed", "Pakistan's military",
     ("on Oct. 12", "2025-10-12"), None),
    ("004", "officials in both nations confirmed Thursday", "confirmed", "Pakistan and Afghanistan are preparing",
     None, ("Thursday", "2025-10-30"), None),
    ("004", "Asif told Geo News", "told", "Islamabad decided to extend its stay", "Khawaja Mohammad Asif",
     None, ("interview", "Geo News", "Geo News")),
    ("004", "state broadcaster RTA reported", "reported", "the Taliban government has agreed", "RTA",
     None, ("media_report", "RTA", "Afghanistan’s state broadcaster RTA")),
    ("004", "Pakistani military announced Thursday", "announced", "it had killed 18 militants",
     "The Pakistani military", ("Thursday", "2025-10-30"), None),
    ("004", "the military urged Kabul", "urged", "Kabul to act decisively", "the military",
     None, ("statement", None, "In its statement")),
]


@pytest.fixture(scope="module")
def seed_paragraphs(annotator):
    """The seed paragraph a case needs with the paragraph before it (for "according to the
    report"), annotated once by the real kit; sentences never cross a line break, so each is
    parsed as in the whole article."""
    cache = {}

    def paragraph(prefix: str, context: str):
        text = next(SEEDS.glob(f"{prefix}_*.txt")).read_text(encoding="utf-8")
        lines = [line for line in text.splitlines() if line.strip()]
        at = next(n for n, line in enumerate(lines) if context in line)
        line = "\n".join(lines[max(0, at - 1):at + 1])
        if line not in cache:
            cache[line] = annotator(line)
        return cache[line]

    return paragraph


@pytest.mark.parametrize("prefix, context, cue, content, speaker, date, found", SEED_CUES,
                         ids=[f"{c[0]}-{c[2]}-{c[1][:24]}" for c in SEED_CUES])
def test_seed_cues(seed_paragraphs, prefix, context, cue, content, speaker, date, found):
    doc = seed_paragraphs(prefix, context)
    quote = locate(doc, context, cue, content, speaker)
    dated = statement_date(doc, quote, PUBLISHED[prefix])
    assert (dated and (dated.text, dated.value)) == date
    channel = find_channel(doc, quote)
    assert (channel and (channel.kind, channel.name, channel.text)) == found


def test_channel_survives_tagger_slips():
    """The kit tags "briefing" a verb and "Reuters" a common noun; the channel is still read."""
    slips = load("channels_tagger_slips")
    assert channel(slips, 0, "told", "exports had fallen") == ("press_conference", None, "a weekly news briefing")
    assert channel(slips, 1, "told", "the deal was close") == ("interview", "Reuters", "Reuters")


def test_channel_in_a_parenthesis_between_speaker_and_cue():
    doc = load("channels_parenthesis")
    assert channel(doc, 0, "accused", "the rebels of shelling the port", speaker="The foreign ministry") == (
        "social_media", "Telegram", "in a statement on Telegram")


# --- "quoted as saying": the speaker is the one quoted, the channel the medium that quoted ---

@pytest.fixture(scope="module")
def quoted_as_saying():
    from quotes.extraction.attribute import attribute_quotes
    from quotes.extraction.detect import find_quotes
    doc = load("channels_quoted_as_saying")
    found = find_quotes(doc)
    attribute_quotes(doc, found)
    return doc, found


def _relayed(doc, quote):
    found = find_channel(doc, quote)
    if found is not None:
        assert doc.text[found.start:found.end] == found.text
    return found and (found.kind, found.name, found.text)


def test_the_medium_that_quotes_someone_as_saying_is_the_channel(quoted_as_saying):
    doc, found = quoted_as_saying
    by_content = {doc.text[q.pieces[0][0]:q.pieces[-1][1]].strip(' ,"'): q for q in found}
    # '"…," the official IRNA news agency quoted Foreign Minister Hassan Karimi as saying.'
    irna = by_content["We will not retreat"]
    assert irna.mention.text == "Foreign Minister Hassan Karimi"
    assert _relayed(doc, irna) == ("media_report", "IRNA", "the official IRNA news agency")
    # '"…," Interfax quoted the election commission chief as saying.': a proper name, no person
    interfax = by_content["The vote was fair"]
    assert interfax.mention.text == "the election commission chief"
    assert _relayed(doc, interfax) == ("media_report", "Interfax", "Interfax")
    # "The newspaper Dawn quoted a senior official as saying the talks had stalled."
    dawn = by_content["the talks had stalled"]
    assert dawn.mention.text == "a senior official"
    assert _relayed(doc, dawn) == ("media_report", "Dawn", "The newspaper Dawn")


def test_the_agent_of_was_quoted_as_saying_is_the_channel(quoted_as_saying):
    doc, found = quoted_as_saying
    by_content = {doc.text[q.pieces[0][0]:q.pieces[-1][1]].strip(' ,"'): q for q in found}
    # "Defence Minister Omar Haddad was quoted by Reuters as saying that the troops would stay …"
    reuters = by_content["the troops would stay in the north"]
    assert reuters.mention.text == "Defence Minister Omar Haddad" and reuters.type == "indirect"
    assert _relayed(doc, reuters) == ("media_report", "Reuters", "by Reuters")
    # '"…," Finance Minister Lina Farouk was quoted as saying by the state broadcaster.'
    broadcaster = by_content["The economy is recovering"]
    assert broadcaster.mention.text == "Finance Minister Lina Farouk" and broadcaster.type == "direct"
    assert _relayed(doc, broadcaster) == ("media_report", None, "by the state broadcaster")


def test_a_person_quoting_someone_is_no_channel_nor_is_according_to_a_person(quoted_as_saying):
    doc, found = quoted_as_saying
    by_content = {doc.text[q.pieces[0][0]:q.pieces[-1][1]].strip(' ,"'): q for q in found}
    # '"Never give in," the prime minister quoted Winston Churchill as saying.'
    churchill = by_content["Never give in"]
    assert churchill.mention.text == "Winston Churchill"
    assert _relayed(doc, churchill) is None
    # "According to the interior minister, the border crossing would reopen …"
    assert _relayed(doc, by_content["the border crossing would reopen on Monday"]) is None
    # "According to Reuters, the trade minister said …": the outlet, the minister speaking
    deal = by_content["the deal was close"]
    assert deal.mention.text == "the trade minister"
    assert _relayed(doc, deal) == ("media_report", "Reuters", "According to Reuters")


def test_a_press_secretary_is_a_person_not_a_media_report():
    from quotes.extraction.attribute import attribute_quotes
    from quotes.extraction.detect import find_quotes
    doc = load("channels_press_person")
    found = find_quotes(doc)
    attribute_quotes(doc, found)
    secretary, agency = found
    # "White House press secretary Dan Marlow said": "press" is no outlet once a title follows it
    assert secretary.mention.text == "White House press secretary Dan Marlow"
    assert find_channel(doc, secretary) is None
    # "The state news agency reported that …": an outlet still reports
    assert _relayed(doc, agency) == ("media_report", None, "The state news agency")
