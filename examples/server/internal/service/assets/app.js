// The inspector page: sends the page to POST /v1/extract and shows the
// Document. Every span in the Document is a UTF-8 byte offset into its body,
// so the body is handled as bytes (TextEncoder) and each piece decoded back
// (TextDecoder) for display.
"use strict";
(function () {
  const $ = (id) => document.getElementById(id);
  const utf8 = new TextEncoder();
  const fromUTF8 = new TextDecoder();

  function el(tag, cls, text) {
    const e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined && text !== null) e.textContent = text;
    return e;
  }

  // snap moves a byte offset back to the start of its UTF-8 character and
  // into [0, n], so a stray offset can never split a character.
  function snap(bytes, i) {
    i = Math.max(0, Math.min(bytes.length, i | 0));
    while (i > 0 && i < bytes.length && (bytes[i] & 0xc0) === 0x80) i--;
    return i;
  }

  const kinds = { quote: 0, official: 1, country: 1, date: 2 };

  function officialTip(o) {
    const parts = [o.name];
    if (o.title) parts.push(o.title);
    const aff = [o.organization, o.country].filter(Boolean).join(", ");
    let tip = parts.join(", ");
    if (aff) tip += " (" + aff + ")";
    if (o.aliases && o.aliases.length) tip += "\nalso: " + o.aliases.join("; ");
    return tip;
  }
  function countryTip(c) {
    return c.name + " — ISO " + (c.iso2 || "?") + " / " + (c.iso3 || "?") +
      (c.forms && c.forms.length ? "\nforms: " + c.forms.join(", ") : "");
  }
  function dateTip(d) {
    let tip = (d.value || "(no value)") + (d.grain ? " (" + d.grain + ")" : "");
    if (d.until) tip += " until " + d.until;
    return tip;
  }
  function quoteTip(q) {
    return "speaker: " + (q.speaker || "unattributed") + (q.cue ? "; cue: " + q.cue : "") + (q.partial ? "; partial quote" : "");
  }

  // spansOf lists every highlight of the document as byte ranges.
  function spansOf(doc, bytes) {
    const out = [];
    const add = (kind, start, end, tip, ref, data) => {
      start = snap(bytes, start);
      end = snap(bytes, end);
      if (end > start) out.push({ kind, start, end, tip, ref, data });
    };
    (doc.officials || []).forEach((o, i) =>
      (o.mentions || []).forEach((m) => add("official", m.start, m.end, officialTip(o), "official-" + i, { name: o.name, title: o.title || "" })));
    (doc.countries || []).forEach((c, i) =>
      (c.mentions || []).forEach((m) => add("country", m.start, m.end, countryTip(c), "country-" + i, { name: c.name, iso2: c.iso2 || "" })));
    (doc.dates || []).forEach((d, i) => add("date", d.start, d.end, dateTip(d), "date-" + i, { value: d.value || "" }));
    (doc.quotes || []).forEach((q, i) => add("quote", q.start, q.end, quoteTip(q), "quote-" + i, { speaker: q.speaker || "", partial: q.partial ? "yes" : "" }));
    return out;
  }

  // segments cuts [0, n) at every span edge (and at the extra cuts) into
  // pieces, each with the spans that cover it, outermost first.
  function segments(n, spans, cuts) {
    const at = new Set([0, n]);
    spans.forEach((s) => { at.add(s.start); at.add(s.end); });
    cuts.forEach((c) => at.add(c));
    const edges = Array.from(at).filter((x) => x >= 0 && x <= n).sort((a, b) => a - b);
    const byStart = spans.slice().sort((a, b) => a.start - b.start);
    const segs = [];
    let active = [];
    let next = 0;
    for (let i = 0; i + 1 < edges.length; i++) {
      const s = edges[i], e = edges[i + 1];
      active = active.filter((sp) => sp.end > s);
      while (next < byStart.length && byStart[next].start <= s) {
        if (byStart[next].end > s) active.push(byStart[next]);
        next++;
      }
      const cover = active.slice().sort((a, b) => kinds[a.kind] - kinds[b.kind] || (b.end - b.start) - (a.end - a.start));
      segs.push({ start: s, end: e, cover });
    }
    return segs;
  }

  // paint appends the body bytes [a, b) to parent, highlighted.
  function paint(parent, bytes, segs, a, b) {
    for (const sg of segs) {
      if (sg.end <= a || sg.start >= b) continue;
      const s = Math.max(a, sg.start), e = Math.min(b, sg.end);
      let host = parent;
      for (const sp of sg.cover) {
        const m = el("span", "hl hl-" + sp.kind);
        m.title = sp.tip;
        m.dataset.ref = sp.ref;
        for (const k in sp.data) if (sp.data[k]) m.dataset[k] = sp.data[k];
        if (sp.data.partial) m.classList.add("partial");
        host.appendChild(m);
        host = m;
      }
      host.appendChild(document.createTextNode(fromUTF8.decode(bytes.subarray(s, e))));
    }
  }

  function isSpace(c) { return c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09; }
  function trim(bytes, a, b) {
    while (a < b && isSpace(bytes[a])) a++;
    while (b > a && isSpace(bytes[b - 1])) b--;
    return [a, b];
  }

  function renderBody(doc) {
    const article = $("body");
    article.replaceChildren();
    const body = doc.body || "";
    const bytes = utf8.encode(body);
    const spans = spansOf(doc, bytes);
    const turns = (doc.turns || []).map((t) => ({ t, start: snap(bytes, t.start), end: snap(bytes, t.end) }))
      .filter((x) => x.end > x.start).sort((a, b) => a.start - b.start);
    const cuts = [];
    turns.forEach((x) => { cuts.push(x.start, x.end); });
    const segs = segments(bytes.length, spans, cuts);
    if (!turns.length) {
      paint(article, bytes, segs, 0, bytes.length);
      return;
    }
    let pos = 0;
    const gap = (a, b) => {
      [a, b] = trim(bytes, a, b);
      if (b <= a) return;
      const g = el("div", "gap");
      paint(g, bytes, segs, a, b);
      article.appendChild(g);
    };
    for (const x of turns) {
      if (x.start < pos) continue; // overlapping turns: show the first
      gap(pos, x.start);
      const t = x.t;
      const div = el("div", "turn " + (t.kind || "remarks"));
      div.dataset.speaker = t.speaker || "";
      div.dataset.kind = t.kind || "remarks";
      const head = el("span", "turn-head");
      head.appendChild(el("b", null, t.speaker || (t.kind === "question" ? "Questioner" : "Unnamed speaker")));
      if (t.role) head.appendChild(document.createTextNode(", " + t.role));
      head.appendChild(el("span", "turn-kind", t.kind || "remarks"));
      div.appendChild(head);
      const [a, b] = trim(bytes, x.start, x.end);
      paint(div, bytes, segs, a, b);
      article.appendChild(div);
      pos = x.end;
    }
    gap(pos, bytes.length);
  }

  function flash(ref) {
    const first = document.querySelector('[data-ref="' + ref + '"]');
    if (!first) return;
    first.scrollIntoView({ block: "center", behavior: "smooth" });
    document.querySelectorAll('[data-ref="' + ref + '"]').forEach((e) => {
      e.style.outline = "2px solid #000";
      setTimeout(() => { e.style.outline = ""; }, 1200);
    });
  }

  function list(id, items, render) {
    const ul = $(id);
    ul.replaceChildren();
    $("n-" + id).textContent = "(" + items.length + ")";
    items.forEach((it, i) => {
      const li = el("li");
      render(li, it, i);
      ul.appendChild(li);
    });
  }

  function linked(li, kind, i, text) {
    const a = el("a", null, text);
    a.href = "#";
    a.addEventListener("click", (ev) => { ev.preventDefault(); flash(kind + "-" + i); });
    li.appendChild(el("span", "swatch hl-" + kind));
    li.appendChild(a);
  }

  function render(doc, ms) {
    const meta = $("meta");
    meta.replaceChildren();
    const field = (k, v) => {
      const s = el("span");
      s.appendChild(el("b", null, k + ": "));
      s.appendChild(document.createTextNode(v));
      meta.appendChild(s);
    };
    field("kind", doc.kind || "news");
    field("title", doc.title || "—");
    field("published", doc.published || "—");
    field("source", doc.source || "—");
    field("body", utf8.encode(doc.body || "").length + " bytes");
    if (doc.turns && doc.turns.length) field("turns", String(doc.turns.length));
    field("time", ms + " ms");
    renderBody(doc);
    list("officials", doc.officials || [], (li, o, i) => {
      linked(li, "official", i, o.name);
      const rest = [o.title, o.organization || o.country].filter(Boolean).join(", ");
      if (rest) li.appendChild(document.createTextNode(" — " + rest));
      if (o.aliases && o.aliases.length) li.title = "also: " + o.aliases.join("; ");
    });
    list("countries", doc.countries || [], (li, c, i) => {
      linked(li, "country", i, c.name);
      li.appendChild(document.createTextNode(" " + (c.iso2 || "") + " / " + (c.iso3 || "") + " ×" + ((c.mentions || []).length)));
    });
    list("quotes", doc.quotes || [], (li, q, i) => {
      linked(li, "quote", i, q.speaker || "unattributed");
      const t = q.text || "";
      li.appendChild(document.createTextNode(": “" + (t.length > 120 ? t.slice(0, 117) + "…" : t) + "”" + (q.partial ? " (partial)" : "")));
    });
    list("dates", doc.dates || [], (li, d, i) => {
      linked(li, "date", i, d.text || "");
      li.appendChild(document.createTextNode(" → " + (d.value || "?")));
    });
    list("events", doc.events || [], (li, ev) => {
      li.textContent = [ev.date, ev.actor, ev.action, ev.place].filter(Boolean).join(" · ") +
        (ev.participants && ev.participants.length ? " (with " + ev.participants.join(", ") + ")" : "");
      li.title = ev.sentence || "";
    });
    list("removed", doc.removed || [], (li, r) => {
      li.appendChild(el("span", "reason", r.reason || "?"));
      li.appendChild(el("span", "removed-text", r.text));
      li.dataset.reason = r.reason || "";
    });
    $("json").textContent = "";
    const showJSON = () => {
      if ($("raw").open && !$("json").textContent) $("json").textContent = JSON.stringify(doc, null, 1);
    };
    $("raw").ontoggle = showJSON;
    showJSON();
    $("result").hidden = false;
  }

  function setStatus(msg, isError) {
    const s = $("status");
    s.textContent = msg;
    s.classList.toggle("error", !!isError);
  }

  const types = { auto: "application/octet-stream", text: "text/plain; charset=utf-8", html: "text/html; charset=utf-8" };

  async function submit(ev) {
    ev.preventDefault();
    const file = $("file").files[0];
    const text = $("input").value;
    if (!file && !text.trim()) {
      setStatus("Paste a page or choose a file first.", true);
      return;
    }
    const params = new URLSearchParams();
    if ($("date").value) params.set("date", $("date").value);
    params.set("name", file ? file.name : "pasted");
    const format = $("format").value;
    document.body.dataset.state = "busy";
    $("submit").disabled = true;
    setStatus("Extracting…");
    const t0 = performance.now();
    try {
      const res = await fetch("/v1/extract?" + params.toString(), {
        method: "POST",
        headers: { "Content-Type": types[format] || types.auto },
        body: file ? file : text,
      });
      const ms = Math.round(performance.now() - t0);
      let doc;
      try { doc = await res.json(); } catch (e) { doc = null; }
      if (!res.ok) {
        $("result").hidden = true; // an error leaves no earlier result on show
        setStatus("Error " + res.status + ": " + (doc && doc.error ? doc.error : res.statusText), true);
        document.body.dataset.state = "error";
        return;
      }
      render(doc, ms);
      setStatus("Done in " + ms + " ms: " + (doc.officials || []).length + " officials, " + (doc.countries || []).length +
        " countries, " + (doc.dates || []).length + " dates, " + (doc.quotes || []).length + " quotes, " +
        (doc.removed || []).length + " removed blocks.");
      document.body.dataset.state = "done";
    } catch (e) {
      $("result").hidden = true;
      setStatus("Request failed: " + e.message, true);
      document.body.dataset.state = "error";
    } finally {
      $("submit").disabled = false;
    }
  }

  // The example pages this inspector ships (assets/examples), with the
  // reference date each was published on. ?url= may name only these: the
  // page never fetches anything else.
  const examples = {
    "nato-warsaw-2025-03-26.txt": "2025-03-26",
    "state-press-availability.html": "",
  };

  async function loadExample(name) {
    if (!Object.prototype.hasOwnProperty.call(examples, name)) {
      $("result").hidden = true;
      setStatus("Only the bundled examples can be opened by ?url=: " + Object.keys(examples).join(", ") + ".", true);
      document.body.dataset.state = "error";
      return;
    }
    const res = await fetch("/assets/examples/" + encodeURIComponent(name));
    if (!res.ok) {
      setStatus("Cannot load the example " + name + ": " + res.status, true);
      document.body.dataset.state = "error";
      return;
    }
    $("file").value = "";
    $("input").value = await res.text();
    $("date").value = examples[name];
    $("form").requestSubmit();
  }

  document.addEventListener("DOMContentLoaded", () => {
    $("example").addEventListener("click", () => {
      const names = Object.keys(examples);
      const at = Number(document.body.dataset.example || "0");
      document.body.dataset.example = String((at + 1) % names.length);
      loadExample(names[at % names.length]);
    });
    $("form").addEventListener("submit", submit);
    $("clear").addEventListener("click", () => {
      $("input").value = "";
      $("file").value = "";
      $("result").hidden = true;
      setStatus("");
    });
    document.body.dataset.state = "ready";
    const wanted = new URLSearchParams(location.search).get("url");
    if (wanted !== null) loadExample(wanted);
  });
})();
