"""The review page at ``/``, in a real headless Chromium, against the real app on a real HTTP server.

The page must show exactly what the public API answers, so most assertions compare the page
with the API's own answer for the same article (fetched over HTTP from the same server); a few
pin facts of the seed article the tests use (it has quotes of all three types, a quote in two
pieces, statement dates, a channel and speakers of all three kinds).
"""
from __future__ import annotations

import csv
import io
import json
import struct
import urllib.request
from pathlib import Path

import pytest

from browser import ARTIFACTS, LiveServer, start_chromium
from conftest import REPO, SEEDS

pytestmark = [pytest.mark.slow, pytest.mark.timeout(300)]

SEED = "000_c4899cadafd7d6ce.txt"  # all quote types, a two-piece quote, dates, a channel, all speaker kinds
LOW_SEED = "001_ce3d7c68fdd2ea59.txt"  # holds a low-confidence attribution (a possessive description)
PUBLISHED = "2025-10-30"
OUTLET = "Arab News"
AXE = Path(__file__).resolve().parents[1] / "vendor" / "axe-core" / "axe.min.js"


# ---------- fixtures ----------

@pytest.fixture(scope="module")
def server(app):
    live = LiveServer(app)
    yield live
    live.stop()


@pytest.fixture(scope="module")
def downloads(tmp_path_factory):
    return tmp_path_factory.mktemp("downloads")


@pytest.fixture(scope="module")
def chromium(downloads):
    driver = start_chromium(downloads)
    yield driver
    driver.quit()


@pytest.fixture
def page(chromium, server):
    """The page freshly loaded at 1280 × 900, its start-up requests answered."""
    chromium.set_window_size(1280, 900)
    chromium.get(server.url)
    wait(chromium, lambda d: d.execute_script("return document.documentElement.dataset.store"))
    return chromium


def wait(driver, condition, seconds: float = 60):
    from selenium.webdriver.support.ui import WebDriverWait

    return WebDriverWait(driver, seconds, poll_frequency=0.1).until(condition)


def api_extract(server, text: str, **meta) -> dict:
    """The API's answer for the article, over HTTP from the same server the page uses."""
    body = json.dumps({"text": text, **meta}).encode()
    request = urllib.request.Request(server.url + "v1/extract", data=body, headers={"Content-Type": "application/json"})
    with urllib.request.urlopen(request, timeout=60) as response:
        return json.load(response)


def paste(driver, text: str) -> None:
    """Put ``text`` in the article box as a paste does (one input event, the whole text at once)."""
    driver.execute_script("var box = document.getElementById('text'); box.value = arguments[0];"
                          "box.dispatchEvent(new Event('input', {bubbles: true}));", text)


def extract(driver, text: str | None, outlet: str = "", published: str = "") -> None:
    from selenium.webdriver.common.by import By

    if text is not None:
        paste(driver, text)
    if outlet:
        driver.find_element(By.ID, "outlet").send_keys(outlet)
    if published:
        driver.execute_script("document.getElementById('published').value = arguments[0]", published)
    driver.find_element(By.ID, "extract").click()
    finished(driver)


def finished(driver) -> None:
    """Wait for the extraction under way (the click has marked the button busy) to be shown."""
    wait(driver, lambda d: d.execute_script(
        "return document.getElementById('extract').getAttribute('aria-disabled') !== 'true' && "
        "(!document.getElementById('error').hidden || document.getElementById('status').textContent.startsWith('Found'))"))


def analysed(driver, server, seed: str = SEED) -> tuple[str, dict]:
    """Extract ``seed`` on the page; returns its text and the API's answer for the same request."""
    text = (SEEDS / seed).read_text(encoding="utf-8")
    extract(driver, text, OUTLET, PUBLISHED)
    assert driver.find_element("id", "error").get_attribute("hidden") is not None, driver.find_element("id", "error").text
    return text, api_extract(server, text, outlet=OUTLET, published=PUBLISHED)


def marks(driver) -> list[dict]:
    return driver.execute_script("""
        return Array.from(document.querySelectorAll('#article mark.quote')).map(function (m) {
          var s = getComputedStyle(m);
          return {quote: m.dataset.quote, piece: +m.dataset.piece, text: m.textContent, classes: m.className,
                  border: s.borderBottomStyle, role: m.getAttribute('role'), tabindex: m.getAttribute('tabindex')};
        });""")


def in_viewport(driver, element) -> bool:
    return driver.execute_script(
        "var r = arguments[0].getBoundingClientRect(); return r.top >= 0 && r.bottom <= window.innerHeight;", element)


def card_fields(driver) -> dict:
    return driver.execute_script("""
        var out = {};
        document.querySelectorAll('#card-fields > div').forEach(function (d) { out[d.dataset.field] = d.querySelector('dd').textContent; });
        return out;""")


# ---------- the app serves the page (no browser needed) ----------

def test_page_and_assets_are_served_as_html_css_js_and_api_errors_stay_problems(client):
    page = client.get("/")
    assert page.status_code == 200 and page.mimetype == "text/html"
    html = page.get_data(as_text=True)
    assert '<script src="ui/review.js" defer></script>' in html and 'href="ui/review.css"' in html
    assert "script-src 'self'" in page.headers["Content-Security-Policy"]
    assert "http://" not in html and "https://" not in html  # nothing from elsewhere (no CDN)
    script = client.get("/ui/review.js")
    assert script.status_code == 200 and script.mimetype in ("text/javascript", "application/javascript")
    assert client.get("/ui/review.css").mimetype == "text/css"
    for missing in ("/ui/nothing.js", "/ui/../ui.py", "/v1/nowhere"):
        response = client.get(missing)
        assert response.status_code == 404 and response.mimetype == "application/problem+json", missing
    assert client.post("/").status_code == 405 and client.post("/").mimetype == "application/problem+json"
    assert "/" not in client.get("/openapi.json").get_json()["paths"]  # the page is not part of the API


def test_the_page_files_are_package_data():
    """An installed package (pyproject's package-data) carries every file the page serves."""
    import fnmatch
    import tomllib

    from quotes.web.ui import ASSETS

    data = tomllib.loads((REPO / "pyproject.toml").read_text())["tool"]["setuptools"]["package-data"]
    files = [p.relative_to(ASSETS.parent).as_posix() for p in ASSETS.rglob("*") if p.is_file()]
    assert {"ui_assets/index.html", "ui_assets/review.js", "ui_assets/review.css"} <= set(files)
    for name in files:
        assert any(fnmatch.fnmatch(name, pattern) for pattern in data.get("quotes.web", []) + data.get("*", [])), name


# ---------- Analyse ----------

def test_extract_highlights_every_quote_piece_by_type_with_cues_and_mentions(page, server):
    text, result = analysed(page, server)
    quotes = {q["id"]: q for q in result["quotes"]}
    assert {q["type"] for q in quotes.values()} == {"direct", "indirect", "mixed"}
    assert any(len(q["pieces"]) == 2 for q in quotes.values())

    shown = marks(page)
    expected = sorted((p[0], q["id"], i) for q in quotes.values() for i, p in enumerate(q["pieces"]))
    assert [(m["quote"], m["piece"]) for m in shown] == [(qid, i) for _, qid, i in expected]
    for mark in shown:
        quote = quotes[mark["quote"]]
        start, end = quote["pieces"][mark["piece"]]
        assert mark["text"] == text[start:end]
        assert quote["type"] in mark["classes"].split()
        assert mark["role"] == "button" and mark["tabindex"] == "0"
    # Not by colour alone: each type has its own line pattern and a text label before the quote.
    borders = {quotes[m["quote"]]["type"]: m["border"] for m in shown}
    assert borders == {"direct": "solid", "indirect": "dashed", "mixed": "double"}
    tags = page.execute_script("return Array.from(document.querySelectorAll('#article .qtag'))"
                               ".map(function (t) { return [t.dataset.tag, t.textContent]; })")
    assert sorted(tags) == sorted([q["id"], q["type"]] for q in quotes.values())
    # The article is the text as sent, every character once, in order.
    assert page.execute_script("var c = document.getElementById('article').cloneNode(true);"
                               "c.querySelectorAll('.qtag').forEach(function (t) { t.remove(); });"
                               "return c.textContent;") == text

    def spans(kind: str, ident: str) -> tuple[str, str]:
        return tuple(page.execute_script(
            "var kind = arguments[0], id = arguments[1];"
            "var s = Array.from(document.querySelectorAll('#article [data-' + kind + ']'))"
            ".filter(function (e) { return e.dataset[kind].split(' ').indexOf(id) >= 0; });"
            "return [s.map(function (e) { return e.textContent; }).join(''),"
            " s.length ? getComputedStyle(s[0]).textDecorationLine : ''];", kind, ident))

    cued = [q for q in quotes.values() if q["cue"]]
    assert cued
    for quote in cued:
        assert spans("cue", quote["id"]) == (quote["cue"]["text"], "underline")
    for speaker in result["speakers"]:
        mentions = sorted({(m["start"], m["end"]) for m in speaker["mentions"]})
        assert spans("mention", speaker["id"])[0] == "".join(text[s:e] for s, e in mentions)
    dated = [q for q in quotes.values() if q["statement_date"]]
    assert dated and all(spans("when", q["id"])[0] == q["statement_date"]["text"] for q in dated)
    summary = page.find_element("id", "summary").text
    assert f"{len(quotes)} quotes" in summary and OUTLET in summary and PUBLISHED in summary


def test_speaker_chips_show_name_type_and_count_and_pick_the_speakers_quotes(page, server):
    from selenium.webdriver.common.by import By

    _, result = analysed(page, server)
    chips = page.find_elements(By.CSS_SELECTOR, "#chips .chip")
    shown = {(c.find_element(By.CLASS_NAME, "name").text, c.get_attribute("data-type"),
              int(c.find_element(By.CLASS_NAME, "count").text)) for c in chips}
    assert shown == {(s["name"], s["type"], len(s["quote_ids"])) for s in result["speakers"]}
    assert {"person", "organization", "anonymous"} <= {t for _, t, _ in shown}
    assert all(c.find_elements(By.CSS_SELECTOR, "svg.icon-" + c.get_attribute("data-type")) for c in chips)

    # The speaker whose first quote is furthest down: it is off screen before the click.
    first_start = {s["id"]: min(q["start"] for q in result["quotes"] if q["id"] in s["quote_ids"])
                   for s in result["speakers"]}
    speaker = max(result["speakers"], key=lambda s: first_start[s["id"]])
    first = min((q for q in result["quotes"] if q["id"] in speaker["quote_ids"]), key=lambda q: q["start"])
    first_mark = page.find_element(By.CSS_SELECTOR, f'#article mark[data-quote="{first["id"]}"]')
    page.execute_script("window.scrollTo(0, 0)")
    assert not in_viewport(page, first_mark)
    chip = page.find_element(By.CSS_SELECTOR, f'.chip[data-speaker="{speaker["id"]}"]')
    chip.click()
    assert chip.get_attribute("aria-pressed") == "true"
    picked = page.execute_script("return Array.from(document.querySelectorAll('#article mark.picked'))"
                                 ".map(function (m) { return m.dataset.quote; })")
    assert set(picked) == set(speaker["quote_ids"])
    assert "has-pick" in page.find_element(By.ID, "article").get_attribute("class")
    wait(page, lambda d: in_viewport(d, first_mark), 5)
    # A second click clears the selection.
    chip.click()
    assert chip.get_attribute("aria-pressed") == "false"
    assert not page.find_elements(By.CSS_SELECTOR, "#article mark.picked")


def test_a_quote_card_gives_speaker_mention_cue_type_date_channel_confidence_and_evidence(page, server):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.common.keys import Keys

    _, result = analysed(page, server)
    dated = next(q for q in result["quotes"] if q["statement_date"] and q["statement_date"]["value"])
    page.find_element(By.CSS_SELECTOR, f'#article mark[data-quote="{dated["id"]}"]').click()
    card = page.find_element(By.ID, "card")
    assert card.is_displayed()
    fields = card_fields(page)
    assert page.find_element(By.ID, "card-title").text == f"Quote {dated['id']}"
    assert dated["speaker"]["name"] in fields["speaker"] and dated["speaker"]["type"] in fields["speaker"]
    assert fields["mention"] == dated["speaker"]["mention"]["text"]
    assert fields["cue"].startswith(dated["cue"]["text"]) and dated["cue"]["lemma"] in fields["cue"]
    assert fields["type"].startswith(dated["type"])
    assert fields["statement_date"] == f'{dated["statement_date"]["value"]} from {dated["statement_date"]["text"]}'
    assert fields["confidence"] == str(dated["confidence"])
    assert fields["evidence"].startswith(dated["evidence"])
    assert dated["text"] in fields["text"]
    assert page.find_element(By.CSS_SELECTOR, f'#article mark[data-quote="{dated["id"]}"]').get_attribute("aria-pressed") == "true"

    # The keyboard way: the quote with a channel, focused and opened with Enter.
    told = next(q for q in result["quotes"] if q["channel"])
    mark = page.find_element(By.CSS_SELECTOR, f'#article mark[data-quote="{told["id"]}"]')
    mark.send_keys(Keys.ENTER)
    fields = card_fields(page)
    channel = told["channel"]
    assert fields["channel"].startswith(channel["kind"].replace("_", " ")) and channel["text"] in fields["channel"]
    assert page.switch_to.active_element == mark
    # Escape, anywhere in the card, closes it and gives the focus back to the quote.
    page.find_element(By.ID, "card-close").send_keys(Keys.ESCAPE)
    assert not card.is_displayed()
    assert page.switch_to.active_element == mark


def test_low_confidence_attributions_are_visibly_marked(page, server):
    from selenium.webdriver.common.by import By

    _, result = analysed(page, server, LOW_SEED)
    low = [q for q in result["quotes"] if q["confidence"] < 0.6]
    assert low, "the seed lost its low-confidence quote: pick another article for this test"
    flagged = {m["quote"] for m in marks(page) if "low" in m["classes"].split()}
    assert flagged == {q["id"] for q in low}
    tag = page.find_element(By.CSS_SELECTOR, f'#article .qtag[data-tag="{low[0]["id"]}"]')
    assert tag.text.lower().endswith("low")
    page.find_element(By.CSS_SELECTOR, f'#article mark[data-quote="{low[0]["id"]}"]').click()
    confidence = page.find_element(By.CSS_SELECTOR, '#card-fields [data-field="confidence"] dd')
    assert "low confidence" in confidence.text and "low" in confidence.get_attribute("class")


def test_export_downloads_the_result_as_json_and_one_csv_row_per_quote(page, server, downloads):
    from selenium.webdriver.common.by import By

    _, result = analysed(page, server)
    for old in downloads.iterdir():
        old.unlink()
    page.find_element(By.ID, "export-json").click()
    page.find_element(By.ID, "export-csv").click()
    def done(_):  # both files there, none still being written (Chromium writes *.crdownload first)
        names = sorted(p.name for p in downloads.iterdir())
        return names if len(names) == 2 and not any(n.endswith(".crdownload") for n in names) else None

    assert wait(page, done, 20) == ["quotes-article.csv", "quotes-article.json"]
    exported = json.loads((downloads / "quotes-article.json").read_text(encoding="utf-8"))
    for key in ("article", "quotes", "speakers"):
        assert exported[key] == result[key]
    assert set(exported["meta"]) == set(result["meta"])

    raw = (downloads / "quotes-article.csv").read_bytes()
    assert raw.startswith("\ufeff".encode()) and b"\r\n" in raw
    rows = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"), newline="")))
    assert len(rows) == len(result["quotes"])
    names = {s["id"]: s["name"] for s in result["speakers"]}
    for row, quote in zip(rows, result["quotes"]):
        assert (row["quote_id"], row["type"], row["speaker_name"]) == (quote["id"], quote["type"], names[quote["speaker"]["id"]])
        assert row["text"].lstrip("'") == quote["text"]
        assert (int(row["start"]), int(row["end"]), float(row["confidence"])) == (quote["start"], quote["end"], quote["confidence"])
        assert row["published"] == PUBLISHED and row["outlet"] == OUTLET
        assert row["cue"] == (quote["cue"]["text"] if quote["cue"] else "")
        assert row["statement_date"] == ((quote["statement_date"] or {}).get("value") or "")


def problem_shown(driver) -> str:
    box = driver.find_element("id", "error")
    wait(driver, lambda d: box.is_displayed(), 20)
    return box.text


def test_api_errors_appear_as_readable_messages(page, server, make_app, tmp_path):
    from selenium.webdriver.common.by import By

    # Empty text: the page sends it and shows the API's own problem.
    extract(page, "   ")
    message = problem_shown(page)
    assert "Could not extract the quotes" in message and "empty_text" in message
    assert "empty" in message.lower()
    assert page.switch_to.active_element == page.find_element(By.ID, "error")  # announced, and focused
    assert page.find_element(By.ID, "results").get_attribute("hidden") is not None

    # Wrong encoding: a Latin-1 file goes to the API byte for byte; the API names the byte.
    latin = tmp_path / "latin1.txt"
    latin.write_bytes("Le ministre a déclaré: « Nous voulons la paix ».".encode("latin-1"))
    page.find_element(By.ID, "file").send_keys(str(latin))
    wait(page, lambda d: "not UTF-8" in d.find_element(By.ID, "file-note").text, 10)
    extract(page, None)
    message = problem_shown(page)
    assert "invalid_encoding" in message and "byte 15" in message  # "Le ministre a d" + é

    # A good file after that is read into the box and extracted normally.
    good = tmp_path / "good.txt"
    good.write_text('"We want peace," Khawaja Asif told reporters.', encoding="utf-8")
    page.find_element(By.ID, "file").send_keys(str(good))
    wait(page, lambda d: d.find_element(By.ID, "text").get_attribute("value").startswith('"We want'), 10)
    extract(page, None)
    assert not page.find_element(By.ID, "error").is_displayed()
    assert page.find_elements(By.CSS_SELECTOR, "#article mark.quote.direct")

    # Too long: a server whose limit is 40 characters.
    small = LiveServer(make_app(MAX_TEXT_CHARS=40))
    try:
        page.get(small.url)
        wait(page, lambda d: d.execute_script("return document.documentElement.dataset.store"))
        extract(page, "Officials said the talks would resume in Istanbul next week.")
        message = problem_shown(page)
        assert "text_too_large" in message and "40" in message
    finally:
        small.stop()


def test_a_text_file_dropped_on_the_article_box_is_read_into_it(page):
    from selenium.webdriver.common.by import By

    # The emoji first: it is one code point for the API, two UTF-16 units for JavaScript.
    article = "\U0001F54A \u201cWe want peace,\u201d Khawaja Asif told reporters."
    # A real drop event carrying a real File, as the browser makes it for a file dragged from the desktop.
    page.execute_script("""
        var data = new DataTransfer();
        data.items.add(new File([new TextEncoder().encode(arguments[0])], 'dropped.txt', {type: 'text/plain'}));
        var box = document.getElementById('text');
        box.dispatchEvent(new DragEvent('dragover', {dataTransfer: data, bubbles: true, cancelable: true}));
        box.dispatchEvent(new DragEvent('drop', {dataTransfer: data, bubbles: true, cancelable: true}));""", article)
    wait(page, lambda d: d.find_element(By.ID, "text").get_attribute("value") == article, 10)
    assert "dropped.txt" in page.find_element(By.ID, "file-note").text
    extract(page, None)
    mark = page.find_element(By.CSS_SELECTOR, "#article mark.quote.direct")
    assert mark.text == "We want peace,"  # the API's code-point offsets drawn on the right characters


def test_keyboard_alone_extracts_picks_a_speaker_and_opens_a_quote(page, server):
    from selenium.webdriver.common.action_chains import ActionChains
    from selenium.webdriver.common.keys import Keys

    def press(*keys):  # real key presses, to whatever has the focus
        ActionChains(page).send_keys(*keys).perform()
        return page.switch_to.active_element

    def tab_until(condition, limit=40):
        visited = []
        for _ in range(limit):
            active = press(Keys.TAB)
            visited.append(active.get_attribute("data-quote") or active.get_attribute("data-speaker") or active.get_attribute("id"))
            if condition(active):
                return active
        raise AssertionError(f"not reached with Tab; went through {visited}")

    text = '"We want peace," Khawaja Asif told reporters. Officials said the talks would resume on Monday.'
    assert tab_until(lambda a: True).get_attribute("class") == "skip"  # the skip link comes first
    tab_until(lambda a: a.get_attribute("id") == "text")
    press(text)
    tab_until(lambda a: a.get_attribute("id") == "extract")
    press(Keys.ENTER)
    finished(page)
    result = api_extract(server, text)
    first = result["quotes"][0]["id"]
    mark = tab_until(lambda a: a.get_attribute("data-quote") == first)
    press(Keys.ENTER)
    assert page.find_element("id", "card").is_displayed()
    assert page.find_element("id", "card-title").text == f"Quote {first}"
    chip = tab_until(lambda a: a.get_attribute("data-speaker") == result["quotes"][0]["speaker"]["id"])
    press(Keys.SPACE)
    assert chip.get_attribute("aria-pressed") == "true"
    assert "picked" in mark.get_attribute("class")
    close = tab_until(lambda a: a.get_attribute("id") == "card-close")
    press(Keys.ESCAPE)
    assert not page.find_element("id", "card").is_displayed()
    assert page.switch_to.active_element == mark and close


def test_readable_at_1280_and_at_phone_width(page, server):
    from selenium.webdriver.common.by import By

    _, result = analysed(page, server)

    def box(selector):
        return page.execute_script("var r = document.querySelector(arguments[0]).getBoundingClientRect();"
                                   "return {left: r.left, right: r.right, top: r.top, bottom: r.bottom, width: r.width};", selector)

    def no_sideways_scroll():
        return page.execute_script("return document.documentElement.scrollWidth <= window.innerWidth")

    article, side = box("#article"), box(".side")
    assert side["left"] >= article["right"] and article["width"] >= 600  # side by side
    assert no_sideways_scroll()

    page.set_window_size(390, 844)  # a phone
    wait(page, lambda d: d.execute_script("return window.innerWidth") <= 400, 5)
    assert no_sideways_scroll()
    article, chips = box("#article"), box("#chips")
    assert chips["bottom"] <= article["top"]  # speakers first, then the article, full width
    assert article["width"] >= 330
    quote = page.find_element(By.CSS_SELECTOR, f'#article mark[data-quote="{result["quotes"][-1]["id"]}"]')
    quote.click()
    card, shown = box("#card"), box(f'#article mark[data-quote="{result["quotes"][-1]["id"]}"]')
    height = page.execute_script("return window.innerHeight")
    assert 0 < card["top"] < height and abs(card["bottom"] - height) <= 1  # a sheet at the bottom of the screen
    assert 0 <= shown["top"] and shown["bottom"] <= card["top"]  # the quote stays in sight, above it
    assert no_sideways_scroll()


def axe_violations(driver, context: str = "document") -> list[dict]:
    """axe-core's violations for the page as it is now (WCAG 2.x A and AA, and best practices)."""
    driver.execute_script(AXE.read_text(encoding="utf-8"))
    result = driver.execute_async_script(
        "var done = arguments[arguments.length - 1];"
        "axe.run(" + context + ", {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']}})"
        ".then(function (r) { done(r.violations); }, function (e) { done([{id: 'axe-error', help: String(e), nodes: []}]); });")
    return [{"id": v["id"], "help": v["help"], "nodes": [n["target"] for n in v["nodes"]][:5]} for v in result]


def test_the_page_passes_axe_core_before_and_after_an_extraction(page, server):
    from selenium.webdriver.common.by import By

    assert axe_violations(page) == []
    analysed(page, server)
    page.find_element(By.CSS_SELECTOR, "#chips .chip").click()
    page.find_element(By.CSS_SELECTOR, "#article mark.quote").click()
    assert axe_violations(page) == []
    extract(page, "")  # the error message too
    problem_shown(page)
    assert axe_violations(page) == []
    page.set_window_size(390, 844)
    assert axe_violations(page) == []
    # The check itself works: an image without a text alternative is caught.
    page.execute_script("document.getElementById('main').appendChild(document.createElement('img'))")
    assert [v["id"] for v in axe_violations(page)] == ["image-alt"]


def png_size(path: Path) -> tuple[int, int]:
    header = path.read_bytes()[:24]
    assert header[:8] == b"\x89PNG\r\n\x1a\n"
    return struct.unpack(">II", header[16:24])


def test_full_page_screenshot_is_saved_as_an_artifact(page, server):
    """artifacts/review-page.png: the whole page after an extraction, a speaker picked and one of their
    quotes open. docs/review-page.png (shown in the README) is a copy of it."""
    from selenium.webdriver.common.by import By

    _, result = analysed(page, server)
    person = next(s for s in result["speakers"] if s["type"] == "person")
    page.find_element(By.CSS_SELECTOR, f'.chip[data-speaker="{person["id"]}"]').click()
    theirs = [q for q in result["quotes"] if q["id"] in person["quote_ids"]]
    shown = next((q for q in theirs if q["channel"] or q["statement_date"]), theirs[0])
    page.find_element(By.CSS_SELECTOR, f'#article mark[data-quote="{shown["id"]}"]').click()
    page.execute_script("window.scrollTo(0, 0)")
    import base64

    height = page.execute_script("return document.documentElement.scrollHeight")
    shot = page.execute_cdp_cmd("Page.captureScreenshot", {
        "format": "png", "captureBeyondViewport": True,
        "clip": {"x": 0, "y": 0, "width": 1280, "height": height, "scale": 1}})
    ARTIFACTS.mkdir(exist_ok=True)
    target = ARTIFACTS / "review-page.png"
    target.write_bytes(base64.b64decode(shot["data"]))
    width, shot_height = png_size(target)
    assert width == 1280 and shot_height == height > 900  # the full page, not just the window
    assert target.stat().st_size > 50_000
    assert (REPO / ".gitignore").read_text().count("/artifacts/") == 1


# ---------- Browse ----------

def test_browse_is_offered_only_when_the_quote_store_answers(page, server, client):
    from selenium.webdriver.common.by import By

    has_store = client.get("/v1/speakers").status_code == 200
    nav = page.find_element(By.ID, "nav-browse")
    assert nav.is_displayed() == has_store
    assert page.execute_script("return document.documentElement.dataset.store") == ("yes" if has_store else "no")
    page.get(server.url + "#/browse")
    wait(page, lambda d: d.execute_script("return document.documentElement.dataset.store"))
    assert page.find_element(By.ID, "view-browse").is_displayed() == has_store
    assert page.find_element(By.ID, "view-analyse").is_displayed() != has_store


# ---------- Browse, with the quote store ----------

@pytest.fixture(scope="module")
def store_server(make_app, tmp_path_factory):
    """The app with an empty quote store of its own (SQLite), on a real server."""
    database = tmp_path_factory.mktemp("store") / "store.sqlite3"
    app = make_app(DATABASE_URL=f"sqlite:///{database}")
    if "quotes.store" not in app.extensions:
        pytest.skip("no quote store in this build (GET /v1/speakers is a 404): Browse is hidden, "
                    "as test_browse_is_offered_only_when_the_quote_store_answers checks")
    live = LiveServer(app)
    yield live
    live.stop()


def api_get(server, path: str) -> dict:
    with urllib.request.urlopen(server.url + path, timeout=60) as response:
        return json.load(response)


def gold_articles() -> list[dict]:
    rows = [json.loads(line) for line in (SEEDS / "gold.jsonl").read_text(encoding="utf-8").splitlines() if line.strip()]
    # Outlets the gold leaves unknown get a name, so that the renderings can be told apart.
    return [{"text": r["text"], "published": r["published"], "outlet": r["outlet"] or f"Outlet {r['file'][:3]}"} for r in rows]


def test_browse_shows_stored_articles_speakers_and_a_statement_across_outlets(chromium, store_server):
    from selenium.webdriver.common.by import By

    page = chromium
    page.set_window_size(1280, 900)
    for article in gold_articles():  # stored through the page: Extract, then Save to the store
        page.get(store_server.url)
        wait(page, lambda d: d.execute_script("return document.documentElement.dataset.store") == "yes")
        extract(page, article["text"], article["outlet"], article["published"])
        page.find_element(By.ID, "store-save").click()
        wait(page, lambda d: d.find_element(By.ID, "status").text.startswith("Saved as article")
             or d.find_element(By.ID, "error").is_displayed())
        assert not page.find_element(By.ID, "error").is_displayed(), page.find_element(By.ID, "error").text
    # The saved result links each quote to the store's speaker (the card's last field).
    page.find_element(By.CSS_SELECTOR, "#article mark.quote").click()
    assert "page" in card_fields(page)["stored_speaker"]

    assert page.find_element(By.ID, "nav-browse").is_displayed()
    page.find_element(By.ID, "nav-browse").click()
    wait(page, lambda d: d.find_elements(By.CSS_SELECTOR, "#quote-results tbody tr"))
    latest = api_get(store_server, "v1/quotes")["quotes"]
    rows = page.find_elements(By.CSS_SELECTOR, "#quote-results tbody tr")
    assert [(r.get_attribute("data-article"), r.get_attribute("data-quote")) for r in rows] == \
        [(str(q["article_id"]), q["quote_id"]) for q in latest]
    assert len(page.find_elements(By.CSS_SELECTOR, "#article-list a")) == len({q["article_id"] for q in latest})

    # Quotes filtered by type.
    from selenium.webdriver.support.ui import Select

    types = "return Array.from(document.querySelectorAll('#quote-results tbody tr td:nth-child(4)')).map(function (td) { return td.textContent; })"
    assert set(page.execute_script(types)) > {"direct"}  # all types before ...
    Select(page.find_element(By.ID, "bq-type")).select_by_value("direct")
    page.find_element(By.CSS_SELECTOR, "#quote-search button").click()
    wait(page, lambda d: set(d.execute_script(types)) == {"direct"})  # ... only direct ones after

    # A speaker's page, found by name.
    asif = api_get(store_server, "v1/speakers?q=Asif")["speakers"][0]
    page.find_element(By.ID, "bs-q").send_keys("Asif")
    page.find_element(By.CSS_SELECTOR, "#speaker-search button").click()
    wait(page, lambda d: d.find_elements(By.CSS_SELECTOR, "#speaker-results a"))
    page.find_element(By.CSS_SELECTOR, "#speaker-results a").click()
    wait(page, lambda d: d.find_elements(By.CSS_SELECTOR, "#speaker-quotes li"))
    details = api_get(store_server, f"v1/speakers/{asif['global_id']}")
    assert page.find_element(By.ID, "speaker-name").text.startswith(asif["name"])
    fields = page.execute_script("var o = {}; document.querySelectorAll('#browse .fields > div').forEach("
                                 "function (d) { o[d.dataset.field] = d.querySelector('dd').textContent; }); return o;")
    assert all(alias in fields["aliases"] for alias in details["aliases"])
    assert all(outlet in fields["outlets"] for outlet in details["outlets"])
    shown = page.execute_script("return Array.from(document.querySelectorAll('#speaker-quotes li'))"
                                ".map(function (li) { return [li.dataset.article, li.dataset.quote]; })")
    days = {(str(q["article_id"]), q["quote_id"]): q["day"] or "" for q in details["quotes"]}
    assert sorted(map(tuple, shown)) == sorted(days)
    assert [days[tuple(s)] for s in shown] == sorted(days[tuple(s)] for s in shown)  # over time: oldest first

    # The statement quoted by the most articles: every rendering side by side, earliest first.
    statements = api_get(store_server, "v1/statements?min_quotes=2")["statements"]
    assert statements, "the seeds share statements across outlets"
    statement = max(statements, key=lambda s: (s["article_count"], s["quote_count"]))
    page.get(store_server.url + f"#/statements/{statement['id']}")
    wait(page, lambda d: d.find_elements(By.CSS_SELECTOR, "#renderings li"))
    cards = page.find_elements(By.CSS_SELECTOR, "#renderings li")
    assert [(c.get_attribute("data-article"), c.get_attribute("data-quote")) for c in cards] == \
        [(str(q["article_id"]), q["quote_id"]) for q in statement["quotes"]]
    assert "earliest" in cards[0].get_attribute("class").split()
    assert cards[0].find_element(By.TAG_NAME, "blockquote").text == statement["quotes"][0]["text"]
    assert cards[0].find_element(By.TAG_NAME, "strong").text.startswith(statement["quotes"][0]["outlet"])
    tops = {round(c.rect["y"]) for c in cards[:2]}
    assert len(tops) == 1  # side by side at 1280 px
    differing = [c for c, q in zip(cards[1:], statement["quotes"][1:]) if q["text"] != statement["quotes"][0]["text"]]
    assert all(c.find_elements(By.TAG_NAME, "ins") for c in differing)
    assert axe_violations(page) == []
    ARTIFACTS.mkdir(exist_ok=True)
    page.save_screenshot(str(ARTIFACTS / "review-statement.png"))

    # A stored article: its quotes, each with its speaker and statement.
    cards[-1].find_element(By.CSS_SELECTOR, "p.help a").click()
    wait(page, lambda d: d.find_elements(By.CSS_SELECTOR, "#article-quotes li"))
    stored = api_get(store_server, f"v1/articles/{statement['quotes'][-1]['article_id']}")
    assert len(page.find_elements(By.CSS_SELECTOR, "#article-quotes li")) == len(stored["quotes"])
