// Search as you type over search-index.json: Danish-aware folding (case, æ/ø/å, aa≈å), titles
// ranked above summaries and body text, the kind and disciplines of every hit, arrow keys to move
// through the hits, and a ?q= URL that can be bookmarked or shared.
(function () {
  "use strict";
  var form = document.querySelector("[data-search-index]");
  if (!form) return;
  var input = form.querySelector("input[name=q]");
  var list = document.getElementById("search-results");
  var status = document.getElementById("search-status");
  var hint = document.querySelector("[data-search-nojs]");
  if (hint) hint.hidden = true;
  function word(name) { return form.getAttribute("data-word-" + name) || ""; }
  function kind(name) { return form.getAttribute("data-kind-" + name) || name; }

  /**
   * Folds text for matching: lower case, accents dropped, and the Danish letters reduced so that
   * "ø", "oe" and "o" match each other, as do "æ"/"ae"/"a" and "å"/"aa"/"a".
   */
  function fold(text) {
    return (text || "").toLowerCase()
      .replace(/æ/g, "ae").replace(/ø/g, "oe").replace(/å/g, "aa")
      .replace(/ä/g, "ae").replace(/ö/g, "oe").replace(/ü/g, "ue")
      .normalize("NFD").replace(/[\u0300-\u036f]/g, "")
      .replace(/aa/g, "a").replace(/oe/g, "o").replace(/ae/g, "a");
  }
  function words(text) { return text.split(/[^a-z0-9#]+/).filter(Boolean); }

  var index = null, titles = {};
  function score(doc, terms) {
    var total = 0;
    for (var i = 0; i < terms.length; i++) {
      var t = terms[i], s = 0;
      if (doc.title.indexOf(t) >= 0) s += doc.titleWords.some(function (w) { return w.indexOf(t) === 0; }) ? 100 : 60;
      if (doc.summary.indexOf(t) >= 0) s += 8;
      if (doc.text.indexOf(t) >= 0) s += 2;
      if (!s) return 0;
      total += s;
    }
    return total;
  }

  function run() {
    var terms = words(fold(input.value));
    list.textContent = "";
    if (!index) return;
    if (!terms.length) { status.textContent = ""; return; }
    var hits = index.map(function (doc) { return { doc: doc, score: score(doc, terms) }; })
      .filter(function (h) { return h.score > 0; })
      .sort(function (a, b) { return b.score - a.score || a.doc.order - b.doc.order; })
      .slice(0, 50);
    hits.forEach(function (hit) {
      var e = hit.doc.entry;
      var li = document.createElement("li"), a = document.createElement("a"), meta = document.createElement("p");
      a.href = e.url;
      a.textContent = e.title;
      a.className = "hit-title";
      meta.className = "meta";
      var k = document.createElement("span");
      k.className = "kind kind-" + e.kind;
      k.textContent = kind(e.kind);
      meta.appendChild(k);
      (e.kind === "discipline" ? [] : e.disciplines || []).forEach(function (id) {
        var d = document.createElement("span");
        d.textContent = titles[id] || id;
        meta.appendChild(d);
      });
      li.appendChild(a);
      li.appendChild(meta);
      if (e.summary) {
        var p = document.createElement("p");
        p.className = "hit-summary";
        p.textContent = e.summary;
        li.appendChild(p);
      }
      list.appendChild(li);
    });
    // "1 resultat", "2 resultater": the theme's word for one hit, when it has one.
    status.textContent = hits.length ? hits.length + " " + (hits.length === 1 && word("hit") || word("hits")) : word("none");
  }

  function keepInURL() {
    var url = new URL(window.location.href);
    if (input.value) url.searchParams.set("q", input.value); else url.searchParams.delete("q");
    window.history.replaceState(null, "", url.pathname + url.search);
  }

  fetch(form.getAttribute("data-search-index"), { credentials: "same-origin" })
    .then(function (r) { if (!r.ok) throw new Error(r.status); return r.json(); })
    .then(function (data) {
      data.forEach(function (entry) {
        if (entry.kind === "discipline" && entry.disciplines && entry.disciplines.length) titles[entry.disciplines[0]] = entry.title;
      });
      index = data.map(function (entry, order) {
        var title = fold(entry.title);
        return { entry: entry, order: order, title: title, titleWords: words(title), summary: fold(entry.summary), text: fold(entry.text) };
      });
      var q = new URLSearchParams(window.location.search).get("q");
      if (q && !input.value) input.value = q;
      run();
    })
    .catch(function () { status.textContent = word("failed"); });

  input.addEventListener("input", function () { keepInURL(); run(); });
  form.addEventListener("submit", function (event) {
    event.preventDefault();
    keepInURL();
    run();
    var first = list.querySelector("a");
    if (first) first.focus();
  });

  function links() { return Array.prototype.slice.call(list.querySelectorAll("a")); }
  input.addEventListener("keydown", function (event) {
    var all = links();
    if (event.key === "ArrowDown" && all.length) { event.preventDefault(); all[0].focus(); }
  });
  list.addEventListener("keydown", function (event) {
    var all = links(), at = all.indexOf(document.activeElement);
    if (at < 0) return;
    if (event.key === "ArrowDown") { event.preventDefault(); (all[at + 1] || all[at]).focus(); }
    else if (event.key === "ArrowUp") { event.preventDefault(); (at > 0 ? all[at - 1] : input).focus(); }
    else if (event.key === "Home") { event.preventDefault(); all[0].focus(); }
    else if (event.key === "End") { event.preventDefault(); all[all.length - 1].focus(); }
    else if (event.key === "Escape") { event.preventDefault(); input.focus(); input.select(); }
  });
  input.addEventListener("keydown", function (event) {
    if (event.key === "Escape" && input.value) { input.value = ""; keepInURL(); run(); }
  });
})();
