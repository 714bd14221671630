/* The review page: a client of the service's public /v1 API (no other code path).
 *
 * Analyse: POST v1/extract, then the article is drawn from the text that was sent and the
 * offsets of the answer. Browse (only when GET v1/speakers answers, i.e. the quote store exists):
 * v1/quotes, v1/speakers, v1/statements, v1/articles.
 *
 * Everything from the API or the user is inserted as text (textContent), never as HTML.
 * URLs are relative to the page, so the page also works behind a gateway's path prefix.
 */
(function () {
  "use strict";

  var API = "v1/";
  // Attributions below this confidence are flagged: README "Confidence" — `nearby` (0.5) and
  // `none` (0.25) evidence, and weak combinations (a description's possessive, 0.57), fall under it.
  var LOW_CONFIDENCE = 0.6;
  var TYPE_TEXT = {
    direct: "direct: the speaker's own words, in quotation marks",
    indirect: "indirect: reported speech",
    mixed: "mixed: reported speech holding quoted fragments"
  };
  var EVIDENCE_TEXT = {
    subject: "the speaker is the subject of the cue",
    participle: "the speaker governs a participle cue (…, saying …)",
    according_to: "“according to” the speaker",
    pronoun: "a pronoun resolved to the speaker",
    carried: "continues the speaker's previous quote",
    possessor: "the speaker's possessive (X's demand that …)",
    nearby: "no cue: given the subject of the sentence before",
    none: "no evidence of who spoke"
  };
  var CHANNEL_TEXT = {
    social_media: "social media", interview: "interview", press_conference: "press conference",
    statement: "statement", broadcast: "broadcast", media_report: "media report"
  };
  var CSV_COLUMNS = [
    "article_id", "outlet", "published", "quote_id", "type", "text", "start", "end", "pieces",
    "speaker_id", "speaker_name", "speaker_type", "speaker_title", "mention", "mention_start",
    "cue", "cue_lemma", "cue_start", "statement_date_text", "statement_date", "statement_date_range",
    "channel_kind", "channel_name", "channel_text", "confidence", "low_confidence", "evidence", "date"
  ];

  var state = {
    result: null,      // the last /v1/extract answer shown
    text: "",          // the exact text that answer's offsets index
    fileBytes: null,   // a dropped file that is not UTF-8: sent as it is, so the API says what is wrong
    pickedSpeaker: null,
    currentQuote: null,
    busy: false,
    store: false
  };

  function $(id) { return document.getElementById(id); }

  /* A DOM element with attributes and children (strings become text nodes). */
  function el(tag, attrs) {
    var node = document.createElement(tag);
    var key;
    for (key in attrs || {}) {
      if (attrs[key] === null || attrs[key] === undefined || attrs[key] === false) continue;
      if (key === "className") node.className = attrs[key];
      else if (key === "text") node.textContent = attrs[key];
      else if (key.slice(0, 2) === "on") node.addEventListener(key.slice(2), attrs[key]);
      else node.setAttribute(key, attrs[key] === true ? "" : attrs[key]);
    }
    for (var i = 2; i < arguments.length; i++) append(node, arguments[i]);
    return node;
  }
  function append(node, child) {
    if (child === null || child === undefined || child === false) return;
    if (Array.isArray(child)) { child.forEach(function (c) { append(node, c); }); return; }
    node.appendChild(typeof child === "string" || typeof child === "number" ? document.createTextNode(String(child)) : child);
  }
  function clear(node) { while (node.firstChild) node.removeChild(node.firstChild); }

  /* The API's offsets are Python string indices (code points); JavaScript strings index UTF-16
     code units. This maps one to the other for `text` (an emoji is 1 code point, 2 units). */
  function codePointMap(text) {
    var units = [0], unit = 0;
    for (var i = 0; i < text.length; i++) {
      var c = text.charCodeAt(i);
      var pair = c >= 0xd800 && c <= 0xdbff && i + 1 < text.length &&
        text.charCodeAt(i + 1) >= 0xdc00 && text.charCodeAt(i + 1) <= 0xdfff;
      if (pair) i++;
      unit += pair ? 2 : 1;
      units.push(unit);
    }
    return function (cp) { return units[Math.max(0, Math.min(cp, units.length - 1))]; };
  }

  function setStatus(message) { $("status").textContent = message || ""; }

  /* ---------- talking to the API ---------- */

  function readBody(response) {
    return response.text().then(function (raw) {
      try { return raw ? JSON.parse(raw) : null; } catch (e) { return { unparsed: raw }; }
    });
  }

  function call(path, options) { return request(API + path, options); }

  /* `path` relative to the page (the operations routes, /version and /ready, are not under v1/). */
  function request(path, options) {
    return fetch(path, options || {}).then(function (response) {
      return readBody(response).then(function (body) { return { ok: response.ok, status: response.status, response: response, body: body }; });
    });
  }

  /* A problem+json answer (or any failure) as a readable message in `box`. */
  function showProblem(box, answer, what) {
    clear(box);
    var body = answer && answer.body;
    var problem = body && body.code ? body : null;
    var title = problem ? problem.title : answer ? "The service answered " + answer.status : "The service did not answer";
    append(box, el("h3", { text: what + ": " + title }));
    if (problem) {
      append(box, el("p", { className: "problem-detail", text: problem.detail }));
      if (problem.details && typeof problem.details === "object") {
        var items = [];
        Object.keys(problem.details).forEach(function (field) {
          [].concat(problem.details[field]).forEach(function (msg) {
            items.push(el("li", { text: field + ": " + (typeof msg === "string" ? msg : JSON.stringify(msg)) }));
          });
        });
        if (items.length) append(box, el("ul", null, items));
      }
      append(box, el("p", { className: "help" }, "Code ", el("code", { className: "problem-code", text: problem.code }),
        problem.request_id ? [" · request id ", el("code", { text: problem.request_id })] : null));
    } else if (answer) {
      append(box, el("p", { text: "The answer was not the service's JSON (a gateway in between?)." }));
    } else {
      append(box, el("p", { text: "Check that the service is running, then try again." }));
    }
    box.hidden = false;
    box.focus();
  }

  /* ---------- Analyse ---------- */

  function extract(event) {
    event.preventDefault();
    if (state.busy) return;
    var box = $("error");
    box.hidden = true;
    var outlet = $("outlet").value.trim();
    var published = $("published").value;
    var text = $("text").value;
    var path, options;
    if (state.fileBytes) {
      // Not UTF-8: send the bytes themselves as text/plain; the API names the offending byte.
      var query = new URLSearchParams();
      if (outlet) query.set("outlet", outlet);
      if (published) query.set("published", published);
      path = "extract" + (query.toString() ? "?" + query : "");
      options = {
        method: "POST", headers: { "Content-Type": "text/plain; charset=utf-8", "Accept": "application/json" },
        body: state.fileBytes
      };
      text = null;
    } else {
      // The text goes as it is, even empty: the API decides what is acceptable and says why not.
      var article = { text: text };
      if (outlet) article.outlet = outlet;
      if (published) article.published = published;
      path = "extract";
      options = {
        method: "POST", headers: { "Content-Type": "application/json", "Accept": "application/json" },
        body: JSON.stringify(article)
      };
    }
    busy(true);
    call(path, options).then(function (answer) {
      busy(false);
      if (!answer.ok) {
        setStatus("");
        showProblem(box, answer, "Could not extract the quotes");
        return;
      }
      state.lastRequest = { path: path, options: options, text: text };
      showResult(answer.body, text);
      setStatus("Found " + plural(answer.body.quotes.length, "quote") + " in " +
        Math.round(answer.body.meta.processing_ms) + " ms.");
    }, function () {
      busy(false);
      setStatus("");
      showProblem(box, null, "Could not extract the quotes");
    });
  }

  function busy(on) {
    state.busy = on;
    // aria-disabled, not disabled: a disabled button drops the keyboard focus to the top of the page.
    $("extract").setAttribute("aria-disabled", on ? "true" : "false");
    $("results").setAttribute("aria-busy", on ? "true" : "false");
    if (on) setStatus("Extracting…");
  }

  function plural(n, word) { return n + " " + word + (n === 1 ? "" : "s"); }

  function showResult(result, text) {
    state.result = result;
    state.text = text;
    state.pickedSpeaker = null;
    state.currentQuote = null;
    $("results").hidden = false;
    $("card").hidden = true;
    var a = result.article || {};
    var facts = [plural(result.quotes.length, "quote"), plural(result.speakers.length, "speaker")];
    if (a.outlet) facts.push(a.outlet);
    if (a.published) facts.push("published " + a.published);
    $("summary").textContent = facts.join(" · ");
    $("article-title").textContent = a.title ? "Article: " + a.title : "Article";
    renderArticle(result, text);
    renderChips(result);
  }

  /* The article with quote pieces as <mark>s and, inside or outside them, cues, speaker mentions,
     statement dates and channels as <span>s. Spans of these kinds may overlap one another (a
     channel "told ARY News" holds a mention), so the text is cut at every boundary and each
     segment carries all the kinds covering it. */
  function renderArticle(result, text) {
    var root = $("article");
    clear(root);
    root.classList.remove("has-pick");
    var at = codePointMap(text);
    var pieces = [];
    result.quotes.forEach(function (q) {
      (q.pieces && q.pieces.length ? q.pieces : [[q.start, q.end]]).forEach(function (p, i) {
        pieces.push({ start: at(p[0]), end: at(p[1]), quote: q, index: i });
      });
    });
    pieces.sort(function (x, y) { return x.start - y.start || x.end - y.end; });
    var last = 0;
    pieces = pieces.filter(function (p) {  // quotes never overlap; should one, it is clipped, not lost
      p.start = Math.max(p.start, last);
      if (p.end <= p.start) return false;
      last = p.end;
      return true;
    });
    var inner = [];
    function add(kind, span, id) {
      if (span && span.start !== null && span.start !== undefined && span.end > span.start) {
        inner.push({ kind: kind, start: at(span.start), end: at(span.end), id: id });
      }
    }
    result.quotes.forEach(function (q) {
      add("cue", q.cue, q.id);
      add("when", q.statement_date, q.id);
      add("channel", q.channel, q.id);
    });
    result.speakers.forEach(function (s) { (s.mentions || []).forEach(function (m) { add("mention", m, s.id); }); });

    var cuts = [0, text.length];
    pieces.concat(inner).forEach(function (s) { cuts.push(s.start, s.end); });
    cuts.sort(function (x, y) { return x - y; });
    cuts = cuts.filter(function (c, i) { return i === 0 || c !== cuts[i - 1]; });

    var p = 0, container = root, open = null, seen = {};
    for (var i = 0; i + 1 < cuts.length; i++) {
      var from = cuts[i], to = cuts[i + 1];
      while (p < pieces.length && pieces[p].end <= from) p++;
      var piece = p < pieces.length && pieces[p].start <= from ? pieces[p] : null;
      if (piece !== open) {
        open = piece;
        container = root;
        if (piece) {
          var q = piece.quote;
          if (!seen[q.id]) {
            seen[q.id] = true;
            append(root, quoteTag(q));
          }
          container = el("mark", {
            className: "quote " + q.type + (isLow(q) ? " low" : ""), "data-quote": q.id, "data-piece": piece.index,
            role: "button", tabindex: "0", "aria-pressed": "false"
          });
          root.appendChild(container);
        }
      }
      var covering = inner.filter(function (s) { return s.start <= from && s.end >= to; });
      var chunk = text.slice(from, to);
      if (!covering.length) { append(container, chunk); continue; }
      var attrs = { className: "" };
      covering.forEach(function (s) {
        if (attrs.className.indexOf(s.kind) < 0) attrs.className += (attrs.className ? " " : "") + s.kind;
        var key = "data-" + s.kind;
        var ids = attrs[key] ? attrs[key].split(" ") : [];
        if (ids.indexOf(s.id) < 0) ids.push(s.id);
        attrs[key] = ids.join(" ");
      });
      attrs.text = chunk;
      container.appendChild(el("span", attrs));
    }
  }

  function isLow(q) { return typeof q.confidence === "number" && q.confidence < LOW_CONFIDENCE; }

  /* The visible type label before a quote's first piece (the type is never shown by colour alone). */
  function quoteTag(q) {
    return el("span", { className: "qtag " + q.type, "data-tag": q.id },
      q.type, isLow(q) ? el("span", { className: "low", text: "low" }) : null);
  }

  function speakerOf(q) {
    var id = q.speaker && q.speaker.id;
    return (state.result.speakers || []).filter(function (s) { return s.id === id; })[0] || null;
  }

  var ICONS = {
    // Simple outlines: a person; a building; a head with a question mark; a question mark.
    person: "M12 12a4 4 0 1 0 0-8 4 4 0 0 0 0 8zm-7 9c0-4 3-6 7-6s7 2 7 6z",
    organization: "M4 21V5l8-3 8 3v16h-6v-5h-4v5zm4-13h2v2H8zm6 0h2v2h-2zm-6 4h2v2H8zm6 0h2v2h-2z",
    anonymous: "M12 2a6 6 0 0 0-6 6c0 2 1 3.6 2.5 4.7L8 15h8l-.5-2.3A6 6 0 0 0 12 2zm-.9 3.5h1.8v4.5h-1.8zm0 5.5h1.8v1.8h-1.8zM5 21c0-3 3-5 7-5s7 2 7 5z",
    unknown: "M11 17h2v2h-2zm1-14a5 5 0 0 0-5 5h2a3 3 0 1 1 4.2 2.7c-1.3.6-2.2 1.8-2.2 3.3v1h2v-1c0-.8.5-1.4 1.1-1.6A5 5 0 0 0 12 3z"
  };

  function icon(type) {
    var ns = "http://www.w3.org/2000/svg";
    var svg = document.createElementNS(ns, "svg");
    svg.setAttribute("viewBox", "0 0 24 24");
    svg.setAttribute("aria-hidden", "true");
    svg.setAttribute("focusable", "false");
    svg.setAttribute("class", "icon icon-" + type);
    var path = document.createElementNS(ns, "path");
    path.setAttribute("d", ICONS[type] || ICONS.unknown);
    path.setAttribute("fill", "currentColor");
    svg.appendChild(path);
    return svg;
  }

  function renderChips(result) {
    var list = $("chips");
    clear(list);
    var speakers = result.speakers.filter(function (s) { return (s.quote_ids || []).length; });
    var known = {};
    speakers.forEach(function (s) { known[s.id] = true; });
    var orphans = result.quotes.filter(function (q) { return !(q.speaker && known[q.speaker.id]); });
    if (orphans.length) {  // quotes whose speaker nobody could name still get a chip
      speakers.push({ id: "", name: null, type: "unknown", quote_ids: orphans.map(function (q) { return q.id; }) });
    }
    speakers.slice().sort(function (x, y) { return y.quote_ids.length - x.quote_ids.length; }).forEach(function (s) {
      var name = s.name || "Unknown speaker";
      list.appendChild(el("li", null, el("button", {
        type: "button", className: "chip", "data-speaker": s.id, "data-type": s.type, "aria-pressed": "false",
        onclick: function () { pickSpeaker(s, this); }
      }, icon(s.type), el("span", { className: "name", text: name }),
        el("span", { className: "visually-hidden", text: " (" + s.type + ")" }),
        el("span", { className: "count", text: String(s.quote_ids.length) }),
        el("span", { className: "visually-hidden", text: s.quote_ids.length === 1 ? " quote" : " quotes" }))));
    });
  }

  function pickSpeaker(speaker, button) {
    var root = $("article");
    var again = state.pickedSpeaker === speaker.id;
    state.pickedSpeaker = again ? null : speaker.id;
    Array.prototype.forEach.call(document.querySelectorAll(".chip"), function (chip) {
      chip.setAttribute("aria-pressed", chip === button && !again ? "true" : "false");
    });
    var ids = again ? [] : speaker.quote_ids;
    root.classList.toggle("has-pick", !again);
    Array.prototype.forEach.call(root.querySelectorAll("[data-quote], [data-tag]"), function (node) {
      node.classList.toggle("picked", ids.indexOf(node.getAttribute("data-quote") || node.getAttribute("data-tag")) >= 0);
    });
    Array.prototype.forEach.call(root.querySelectorAll(".mention"), function (node) {
      node.classList.toggle("picked", !again && node.getAttribute("data-mention").split(" ").indexOf(speaker.id) >= 0);
    });
    if (again) { setStatus("No speaker selected."); return; }
    var first = root.querySelector("mark.picked");  // document order: the speaker's first quote
    if (first) first.scrollIntoView({ block: "center" });
    setStatus((speaker.name || "Unknown speaker") + ": " + plural(ids.length, "quote") + " highlighted.");
  }

  function pickQuote(id, origin) {
    var q = state.result.quotes.filter(function (x) { return x.id === id; })[0];
    if (!q) return;
    state.currentQuote = id;
    state.cardOrigin = origin;
    Array.prototype.forEach.call($("article").querySelectorAll("mark[data-quote]"), function (node) {
      var on = node.getAttribute("data-quote") === id;
      node.classList.toggle("current", on);
      node.setAttribute("aria-pressed", on ? "true" : "false");
    });
    renderCard(q);
    // On a narrow screen the card is a sheet over the bottom of the screen: keep the quote above it.
    if (origin && window.matchMedia("(max-width: 900px)").matches) {
      var sheetTop = $("card").getBoundingClientRect().top;
      var box = origin.getBoundingClientRect();
      if (box.bottom > sheetTop - 8 || box.top < 0) window.scrollBy(0, box.top - Math.max(8, (sheetTop - box.height) / 3));
    }
  }

  function field(name, label, value, extra) {
    return el("div", { "data-field": name }, el("dt", { text: label }), el("dd", extra || null, value));
  }

  function renderCard(q) {
    var dl = $("card-fields");
    clear(dl);
    var speaker = speakerOf(q);
    var who = q.speaker && q.speaker.name ? q.speaker.name : "unknown";
    var about = [];
    if (speaker && speaker.title) about.push(speaker.title);
    if (speaker && speaker.affiliation) about.push(speaker.affiliation);
    if (speaker && speaker.registry_id) about.push("registry: " + speaker.registry_id);
    var speakerType = (q.speaker && q.speaker.type) || "unknown";
    var mention = q.speaker && q.speaker.mention;
    var date = q.statement_date;
    var dateText;
    if (date) {
      var value = date.value || (date.range ? date.range.join(" – ") : "no day (no publication date to resolve it against)");
      dateText = [value, " from ", el("q", { text: date.text })];
    } else {
      dateText = "not stated" + (q.date ? " (the article's date is " + q.date + ")" : "");
    }
    var ch = q.channel;
    var channelText = ch ? [(CHANNEL_TEXT[ch.kind] || ch.kind) + (ch.name ? ": " + ch.name : ""), " from ",
      el("q", { text: ch.text })] : "not stated";
    var low = isLow(q);
    var pieces = q.pieces && q.pieces.length > 1 ? " (in " + q.pieces.length + " pieces)" : "";
    $("card-title").textContent = "Quote " + q.id;
    append(dl, [
      field("text", "Quote" + pieces, el("span", { className: "quote-text", text: "“" + q.text + "”" })),
      field("type", "Type", TYPE_TEXT[q.type] || q.type),
      field("speaker", "Speaker", [icon(speakerType), " ", who, " (" + speakerType + ")", about.length ? " — " + about.join(", ") : ""]),
      field("mention", "Mention", mention ? el("q", { text: mention.text }) : "none in the text"),
      field("cue", "Cue", q.cue ? [el("q", { text: q.cue.text }), q.cue.lemma ? " (" + q.cue.lemma + ")" : ""] : "none"),
      field("statement_date", "Statement date", dateText),
      field("channel", "Channel", channelText),
      field("confidence", "Confidence", [String(q.confidence),
        low ? el("span", { className: "low-flag", text: " — low confidence: check who said it" }) : ""],
        low ? { className: "low" } : null),
      field("evidence", "Evidence", q.evidence + (EVIDENCE_TEXT[q.evidence] ? ": " + EVIDENCE_TEXT[q.evidence] : "")),
      // A stored result (Save to the store) links the quote to the store's speaker and statement.
      q.speaker && q.speaker.global_id ? field("stored_speaker", "In the store", [speakerLink(q.speaker), "'s page",
        q.statement_id !== null && q.statement_id !== undefined ? [" · ", statementLink(q.statement_id, "the statement in every outlet")] : ""]) : null
    ]);
    $("card").hidden = false;
    setStatus("Quote " + q.id + " by " + who + " shown.");
  }

  function closeCard() {
    $("card").hidden = true;
    state.currentQuote = null;
    Array.prototype.forEach.call($("article").querySelectorAll("mark.current"), function (node) {
      node.classList.remove("current");
      node.setAttribute("aria-pressed", "false");
    });
    if (state.cardOrigin && document.body.contains(state.cardOrigin)) state.cardOrigin.focus();
  }

  function onArticleActivate(event) {
    var target = event.target.closest ? event.target.closest("[data-quote], [data-tag]") : null;
    if (!target) return;
    if (event.type === "keydown") {
      if (event.key !== "Enter" && event.key !== " ") return;
      event.preventDefault();
    }
    var id = target.getAttribute("data-quote") || target.getAttribute("data-tag");
    var mark = target.matches("mark") ? target : $("article").querySelector('mark[data-quote="' + id + '"]');
    pickQuote(id, mark);
  }

  /* ---------- files ---------- */

  function loadFile(file) {
    if (!file) return;
    var note = $("file-note");
    file.arrayBuffer().then(function (buffer) {
      var bytes = new Uint8Array(buffer);
      try {
        $("text").value = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
        state.fileBytes = null;
        note.textContent = "Loaded " + file.name + " (" + $("text").value.length + " characters).";
      } catch (e) {
        // Keep the bytes: Extract sends them unchanged and the service reports the wrong byte.
        state.fileBytes = bytes;
        $("text").value = "";
        note.textContent = file.name + " is not UTF-8 text; Extract will send it as it is.";
      }
    });
  }

  function onDrop(event) {
    event.preventDefault();
    $("text").classList.remove("dragging");
    var files = event.dataTransfer && event.dataTransfer.files;
    if (files && files.length) loadFile(files[0]);
  }

  /* ---------- export ---------- */

  function slug(value) { return String(value || "article").replace(/[^A-Za-z0-9._-]+/g, "-").replace(/^-+|-+$/g, "") || "article"; }

  function save(name, type, content) {
    var url = URL.createObjectURL(new Blob([content], { type: type }));
    var link = el("a", { href: url, download: name, hidden: true });
    document.body.appendChild(link);
    link.click();
    link.remove();
    setTimeout(function () { URL.revokeObjectURL(url); }, 60000);
    setStatus("Saved " + name + ".");
  }

  function csvCell(value) {
    if (value === null || value === undefined) return "";
    var s = String(value);
    // A cell opening with = + - @ would run as a formula in a spreadsheet (CSV injection): the
    // usual guard is a leading apostrophe, which spreadsheets show as plain text.
    if (typeof value === "string" && /^[=+\-@\t\r]/.test(s)) s = "'" + s;
    return /[",\r\n]/.test(s) ? '"' + s.replace(/"/g, '""') + '"' : s;
  }

  function csvRows(result) {
    var a = result.article || {};
    var speakers = {};
    result.speakers.forEach(function (s) { speakers[s.id] = s; });
    return result.quotes.map(function (q) {
      var sp = q.speaker || {}, m = sp.mention || {}, cue = q.cue || {}, d = q.statement_date || {}, ch = q.channel || {};
      var full = speakers[sp.id] || {};
      return [a.id, q.outlet, a.published, q.id, q.type, q.text, q.start, q.end,
        (q.pieces || []).map(function (p) { return p[0] + "-" + p[1]; }).join(" "),
        sp.id, sp.name, sp.type, full.title, m.text, m.start, cue.text, cue.lemma, cue.start,
        d.text, d.value, d.range ? d.range.join("/") : null, ch.kind, ch.name, ch.text,
        q.confidence, isLow(q) ? "yes" : "no", q.evidence, q.date];
    });
  }

  function exportCsv() {
    var lines = [CSV_COLUMNS].concat(csvRows(state.result)).map(function (row) { return row.map(csvCell).join(","); });
    // RFC 4180 line ends; the byte-order mark makes spreadsheet programs read the file as UTF-8.
    save("quotes-" + slug(state.result.article.id) + ".csv", "text/csv;charset=utf-8", "\ufeff" + lines.join("\r\n") + "\r\n");
  }

  function exportJson() {
    save("quotes-" + slug(state.result.article.id) + ".json", "application/json", JSON.stringify(state.result, null, 2) + "\n");
  }

  /* ---------- Browse (the quote store) ---------- */
  /* Shapes as the store's schemas give them (models/store_schemas.py): speakers are known across
     articles by `global_id`; quote rows carry `article_id`, `quote_id`, `speaker.global_id`,
     `statement_id` and `day` (the day of the statement, else of publication). */

  function link(href, text) { return el("a", { href: href, text: text }); }
  function speakerId(s) { return s ? (s.global_id !== undefined ? s.global_id : s.id) : null; }
  function speakerLink(s, fallback) {
    var id = speakerId(s), name = (s && s.name) || fallback || "unknown";
    return id !== null && id !== undefined ? link("#/speakers/" + encodeURIComponent(id), name) : name;
  }
  function articleLink(id, text) { return id !== null && id !== undefined ? link("#/articles/" + encodeURIComponent(id), text || "article " + id) : "—"; }
  function statementLink(id, text) { return id !== null && id !== undefined ? link("#/statements/" + encodeURIComponent(id), text || "every rendering") : "—"; }
  function dayOf(q) { return q.day || q.date || q.published || null; }

  function browseFailed(answer, what) { showProblem($("browse-error"), answer, what); }

  function browseHome() {
    var root = $("browse");
    clear(root);
    var speakerResults = el("div", { id: "speaker-results" });
    var quoteResults = el("div", { id: "quote-results" });
    var articles = el("ul", { id: "article-list" });
    function input(id, label, type) {
      return [el("label", { for: id, text: label }), el("input", { id: id, name: id.replace(/^b[sq]-/, ""), type: type || "text" })];
    }
    function params(names) {
      var query = new URLSearchParams();
      names.forEach(function (k) { var v = $(k).value.trim(); if (v) query.set($(k).name, v); });
      return query;
    }
    var speakerForm = el("form", { id: "speaker-search", onsubmit: function (e) {
      e.preventDefault();
      var query = params(["bs-q", "bs-type"]);
      call("speakers" + (query.toString() ? "?" + query : "")).then(function (answer) {
        if (!answer.ok) return browseFailed(answer, "Could not search the speakers");
        clear(speakerResults);
        var found = answer.body.speakers || [];
        append(speakerResults, found.length ? el("ul", null, found.map(function (s) {
          return el("li", null, icon(s.type), " ", speakerLink(s), " (" + s.type + ") · " + plural(s.quote_count, "quote") +
            " in " + plural(s.article_count, "article") + (s.outlets && s.outlets.length ? " · " + s.outlets.join(", ") : ""));
        })) : el("p", { text: "No speaker found." }));
      }, function () { browseFailed(null, "Could not search the speakers"); });
    } }, el("h3", { text: "Speakers" }), input("bs-q", "Name or alias", "search"),
      el("label", { for: "bs-type", text: "Kind" }),
      el("select", { id: "bs-type", name: "type" }, el("option", { value: "", text: "any" }),
        ["person", "organization", "anonymous"].map(function (t) { return el("option", { value: t, text: t }); })),
      el("button", { type: "submit", text: "Find speakers" }));
    var cursor = null;
    function searchQuotes(more) {
      var query = params(["bq-q", "bq-outlet", "bq-type", "bq-since", "bq-until"]);
      if (more && cursor) query.set("cursor", cursor);
      call("quotes" + (query.toString() ? "?" + query : "")).then(function (answer) {
        if (!answer.ok) return browseFailed(answer, "Could not list the quotes");
        $("browse-error").hidden = true;
        if (!more) clear(quoteResults);
        var rows = answer.body.quotes || [];
        cursor = answer.body.next_cursor;
        quoteResults.appendChild(quoteTable(rows));
        if (cursor) quoteResults.appendChild(el("button", { type: "button", id: "more-quotes", text: "More quotes", onclick: function () { this.remove(); searchQuotes(true); } }));
        if (!more) listArticles(rows, articles);
      }, function () { browseFailed(null, "Could not list the quotes"); });
    }
    var quoteForm = el("form", { id: "quote-search", onsubmit: function (e) { e.preventDefault(); searchQuotes(false); } },
      el("h3", { text: "Quotes" }), input("bq-q", "Words in the quote", "search"), input("bq-outlet", "Outlet"),
      el("label", { for: "bq-type", text: "Type" }),
      el("select", { id: "bq-type", name: "type" }, el("option", { value: "", text: "any" }),
        ["direct", "indirect", "mixed"].map(function (t) { return el("option", { value: t, text: t }); })),
      input("bq-since", "Since", "date"), input("bq-until", "Until", "date"),
      el("button", { type: "submit", text: "Find quotes" }));
    append(root, [el("div", { className: "browse-forms" }, speakerForm, quoteForm), speakerResults,
      el("h3", { text: "Latest quotes" }), quoteResults, el("h3", { text: "Their articles" }), articles]);
    searchQuotes(false);
  }

  /* The store lists no articles by themselves: these are the articles of the quotes listed. */
  function listArticles(quotes, list) {
    clear(list);
    var seen = {};
    quotes.forEach(function (q) {
      if (seen[q.article_id]) return;
      seen[q.article_id] = true;
      list.appendChild(el("li", null, articleLink(q.article_id), " · " + (q.outlet || "unknown outlet") + (q.date ? " · " + q.date : "")));
    });
    if (!list.firstChild) list.appendChild(el("li", { text: "None yet." }));
  }

  function quoteTable(rows) {
    if (!rows.length) return el("p", { text: "No quote found." });
    return el("div", { className: "table-wrap" }, el("table", null,
      el("thead", null, el("tr", null, ["Day", "Outlet", "Speaker", "Type", "Quote", "Statement"].map(function (h) { return el("th", { scope: "col", text: h }); }))),
      el("tbody", null, rows.map(function (q) {
        return el("tr", { "data-article": q.article_id, "data-quote": q.quote_id },
          el("td", { text: dayOf(q) || "" }), el("td", { text: q.outlet || "" }),
          el("td", null, speakerLink(q.speaker)), el("td", { text: q.type }),
          el("td", null, articleLink(q.article_id, "“" + q.text + "”")),
          el("td", null, statementLink(q.statement_id)));
      }))));
  }

  function speakerPage(id) {
    var root = $("browse");
    clear(root);
    call("speakers/" + encodeURIComponent(id)).then(function (answer) {
      if (!answer.ok) return browseFailed(answer, "Could not load the speaker");
      var s = answer.body;
      function list(values) { return values && values.length ? values.join(", ") : "—"; }
      var timeline = el("ol", { className: "timeline", id: "speaker-quotes" });
      var bars = el("ul", { className: "bars", "aria-label": "Quotes per month" });
      var quotes = [];
      function draw(more) {
        quotes = quotes.concat(more);
        quotes.sort(function (x, y) { return String(dayOf(x) || "").localeCompare(String(dayOf(y) || "")); });
        clear(timeline);
        clear(bars);
        var months = {};
        quotes.forEach(function (q) { var m = String(dayOf(q) || "undated").slice(0, 7); months[m] = (months[m] || 0) + 1; });
        var most = Math.max.apply(null, [1].concat(Object.keys(months).map(function (k) { return months[k]; })));
        Object.keys(months).sort().forEach(function (m) {
          var bar = el("span", { className: "bar" });
          bar.style.width = (100 * months[m] / most) + "%";  // CSSOM: the CSP allows no style attributes
          bars.appendChild(el("li", null, el("span", { text: m }), bar, el("span", { text: String(months[m]) })));
        });
        quotes.forEach(function (q) {
          timeline.appendChild(el("li", { "data-article": q.article_id, "data-quote": q.quote_id },
            el("strong", { text: (dayOf(q) || "undated") + " · " + (q.outlet || "unknown outlet") + " · " + q.type }),
            q.speaker && q.speaker.name_in_article && q.speaker.name_in_article !== s.name ? " (as " + q.speaker.name_in_article + ")" : "",
            el("br"), articleLink(q.article_id, "“" + q.text + "”"),
            q.statement_id !== null && q.statement_id !== undefined ? [" · ", statementLink(q.statement_id)] : ""));
        });
      }
      var moreButton = el("button", { type: "button", text: "Older quotes", hidden: !s.next_cursor });
      var cursor = s.next_cursor;
      moreButton.addEventListener("click", function () {
        call("speakers/" + encodeURIComponent(id) + "?" + new URLSearchParams({ cursor: cursor })).then(function (next) {
          if (!next.ok) return browseFailed(next, "Could not load more quotes");
          cursor = next.body.next_cursor;
          moreButton.hidden = !cursor;
          draw(next.body.quotes || []);
        });
      });
      append(root, [
        el("p", null, link("#/browse", "← Browse")),
        el("h3", { id: "speaker-name" }, icon(s.type), " ", s.name, " (" + s.type + ")"),
        el("dl", { className: "fields" },
          field("aliases", "Also written", list(s.aliases)), field("titles", "Titles", list(s.titles)),
          field("affiliations", "Affiliations", list(s.affiliations)), field("outlets", "Quoted by", list(s.outlets)),
          field("counts", "Quotes", plural(s.quote_count, "quote") + " in " + plural(s.article_count, "article") +
            (s.first_seen ? ", " + s.first_seen + (s.last_seen && s.last_seen !== s.first_seen ? " to " + s.last_seen : "") : ""))),
        el("h4", { text: "Quotes over time (oldest first)" }), bars, timeline, moreButton
      ]);
      draw(s.quotes || []);
    }, function () { browseFailed(null, "Could not load the speaker"); });
  }

  /* Word-level differences from the earliest rendering, marked with <ins>. */
  function diffWords(base, other) {
    var a = base.split(/\s+/).filter(Boolean), b = other.split(/\s+/).filter(Boolean);
    var norm = function (w) { return w.toLowerCase().replace(/[^\p{L}\p{N}]/gu, ""); };
    var table = [];
    for (var i = 0; i <= a.length; i++) { table.push(new Array(b.length + 1).fill(0)); }
    for (i = a.length - 1; i >= 0; i--) {
      for (var j = b.length - 1; j >= 0; j--) {
        table[i][j] = norm(a[i]) === norm(b[j]) ? table[i + 1][j + 1] + 1 : Math.max(table[i + 1][j], table[i][j + 1]);
      }
    }
    var out = [];
    i = 0; j = 0;
    while (j < b.length) {
      if (i < a.length && norm(a[i]) === norm(b[j])) { out.push(b[j]); i++; j++; }
      else if (i < a.length && table[i + 1][j] >= table[i][j + 1]) { i++; }
      else { out.push(el("ins", { text: b[j] })); j++; }
      if (j < b.length) out.push(" ");
    }
    return out;
  }

  function statementPage(id) {
    var root = $("browse");
    clear(root);
    call("statements/" + encodeURIComponent(id)).then(function (answer) {
      if (!answer.ok) return browseFailed(answer, "Could not load the statement");
      var s = answer.body;
      // Oldest first, as the API gives them; sorted again so the page never depends on it.
      var renderings = (s.quotes || []).slice().sort(function (x, y) {
        return String(x.day || x.published || "").localeCompare(String(y.day || y.published || ""));
      });
      var first = renderings[0];
      function linkOf(r) {  // how this rendering was matched to another (exact, fragment, paraphrase)
        var found = (s.links || []).filter(function (l) {
          return l.quotes.some(function (q) { return q.article_id === r.article_id && q.quote_id === r.quote_id; });
        })[0];
        return found ? " · matched: " + found.evidence + " (" + found.score + ")" : "";
      }
      append(root, [
        el("p", null, link("#/browse", "← Browse")),
        el("h3", { id: "statement-title" }, "One statement by ", speakerLink(s.speaker), ", " + plural(renderings.length, "rendering") +
          " in " + plural((s.outlets || []).length, "outlet")),
        el("p", { className: "help", text: "Earliest first" + (s.earliest_date ? " (" + s.earliest_date + ")" : "") +
          "; words that differ from the earliest rendering are marked." }),
        el("ol", { className: "renderings", id: "renderings" }, renderings.map(function (r, i) {
          return el("li", { className: "rendering" + (i === 0 ? " earliest" : ""), "data-article": r.article_id, "data-quote": r.quote_id },
            el("strong", { text: (r.outlet || "unknown outlet") + " · " + (r.day || r.published || "undated") }),
            i === 0 ? [" ", el("span", { className: "qtag direct", text: "earliest" })] : null,
            el("blockquote", null, i === 0 ? r.text : diffWords(first.text, r.text)),
            el("p", { className: "help" }, r.type + (r.speaker_name ? " · as " + r.speaker_name : "") + linkOf(r) + " · ",
              articleLink(r.article_id, r.title || "the article")));
        }))
      ]);
    }, function () { browseFailed(null, "Could not load the statement"); });
  }

  /* A stored article. The store keeps its extraction, not its text: the article just extracted
     here is drawn in full; any other is listed quote by quote. */
  function articlePage(id) {
    var root = $("browse");
    clear(root);
    call("articles/" + encodeURIComponent(id)).then(function (answer) {
      if (!answer.ok) return browseFailed(answer, "Could not load the article");
      var body = answer.body, a = body.article || {};
      var here = state.result && state.result.article && String(state.result.article.article_id) === String(id) && state.text !== null;
      var speakers = {};
      (body.speakers || []).forEach(function (sp) { speakers[sp.id] = sp; });
      append(root, [
        el("p", null, link("#/browse", "← Browse")),
        el("h3", { id: "stored-article-title", text: a.title || "Article " + id }),
        el("p", { text: [a.outlet, a.published, a.url].filter(Boolean).join(" · ") || "No outlet or date." }),
        here ? el("p", null, link("#/", "Show it highlighted in Analyse")) : null,
        el("ol", { className: "timeline", id: "article-quotes" }, (body.quotes || []).map(function (q) {
          return el("li", { "data-quote": q.id }, quoteTag(q), " ", el("q", { text: q.text }), " — ",
            speakerLink({ global_id: q.speaker.global_id, name: q.speaker.name }, "unknown"),
            q.cue ? " (" + q.cue.text + ")" : "",
            q.statement_id !== null && q.statement_id !== undefined ? [" · ", statementLink(q.statement_id)] : "");
        }))
      ]);
    }, function () { browseFailed(null, "Could not load the article"); });
  }

  /* Analyse → store: the same request as Extract, to POST v1/articles. */
  function saveToStore() {
    if (state.busy || !state.lastRequest) return;
    var box = $("error");
    box.hidden = true;
    busy(true);
    setStatus("Saving…");
    call(state.lastRequest.path.replace(/^extract/, "articles"), state.lastRequest.options).then(function (answer) {
      busy(false);
      if (!answer.ok) { setStatus(""); showProblem(box, answer, "Could not save the article"); return; }
      showResult(answer.body, state.lastRequest.text);
      var stored = answer.body.store || {};
      clear($("status"));
      append($("status"), ["Saved as ", articleLink(answer.body.article.article_id, "article " + answer.body.article.article_id),
        (stored.replaced ? " (replacing the earlier copy)" : "") + ": " + plural(stored.quotes || 0, "quote") + ", " +
        plural(stored.linked_quotes || 0, "quote") + " linked to statements seen before."]);
    }, function () { busy(false); setStatus(""); showProblem(box, null, "Could not save the article"); });
  }

  /* ---------- views and start-up ---------- */

  function show(view) {
    $("view-analyse").hidden = view !== "analyse";
    $("view-browse").hidden = view !== "browse";
    $("nav-analyse").toggleAttribute("aria-current", view === "analyse");
    if (view === "analyse") $("nav-analyse").setAttribute("aria-current", "page");
    $("nav-browse").toggleAttribute("aria-current", view === "browse");
    if (view === "browse") $("nav-browse").setAttribute("aria-current", "page");
  }

  function route() {
    var parts = location.hash.replace(/^#\/?/, "").split("/");
    var page = parts[0], id = parts.slice(1).join("/");
    try { id = decodeURIComponent(id); } catch (e) { /* keep it as it is */ }
    $("browse-error").hidden = true;
    if (!state.store || ["browse", "speakers", "statements", "articles"].indexOf(page) < 0) { show("analyse"); return; }
    show("browse");
    if (page === "articles" && id) articlePage(id);
    else if (page === "speakers" && id) speakerPage(id);
    else if (page === "statements" && id) statementPage(id);
    else browseHome();
  }

  function start() {
    $("extract-form").addEventListener("submit", extract);
    $("text").addEventListener("input", function () {
      if (state.fileBytes) { state.fileBytes = null; $("file-note").textContent = ""; }
    });
    $("file").addEventListener("change", function () { loadFile(this.files[0]); });
    $("text").addEventListener("dragover", function (e) { e.preventDefault(); this.classList.add("dragging"); });
    $("text").addEventListener("dragleave", function () { this.classList.remove("dragging"); });
    $("text").addEventListener("drop", onDrop);
    $("article").addEventListener("click", onArticleActivate);
    $("article").addEventListener("keydown", onArticleActivate);
    $("card-close").addEventListener("click", closeCard);
    $("card").addEventListener("keydown", function (e) { if (e.key === "Escape") closeCard(); });
    $("export-json").addEventListener("click", exportJson);
    $("export-csv").addEventListener("click", exportCsv);
    $("store-save").addEventListener("click", saveToStore);
    window.addEventListener("hashchange", route);

    request("version").then(function (answer) {
      if (answer.ok && answer.body) {
        $("version").textContent = "Quote extraction service " + answer.body.service_version +
          (answer.body.model_package ? " · model " + answer.body.model_package : "");
      }
    }, function () {});
    request("ready").then(function (answer) {
      if (!answer.ok && answer.body && answer.body.detail) {
        $("service-note").textContent = "The service is not ready: " + answer.body.detail;
        $("service-note").hidden = false;
      }
    }, function () {});
    // Browse needs the quote store; a service without it answers 404 here, and Browse stays hidden.
    // (No query parameters: the store may refuse ones it does not define.)
    call("speakers").then(function (answer) {
      state.store = answer.ok;
      $("nav-browse").hidden = !answer.ok;
      $("store-save").hidden = !answer.ok;
      document.documentElement.setAttribute("data-store", answer.ok ? "yes" : "no");
      route();
    }, function () {
      document.documentElement.setAttribute("data-store", "no");
      route();
    });
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
}());
