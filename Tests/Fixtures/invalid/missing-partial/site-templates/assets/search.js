// Search as you type over search-index.json: Danish-aware folding (æ/ø/å, aa≈å), titles ranked
// above body text, arrow keys move through the hits, and ?q= works.
(function () {
  "use strict";
  var form = document.querySelector("[data-search-index]");
  if (!form) return;
  var input = form.querySelector("input[name=q]");
  var list = document.getElementById("search-results");
  var status = document.getElementById("search-status");
  var hint = document.querySelector("[data-search-nojs]");
  if (hint) hint.hidden = true;
  var lang = document.documentElement.lang;
  var kinds = lang === "da"
    ? { share: "Opslag", archive: "Arkiv", discipline: "Disciplin", guideline: "Retningslinje", story: "Historie", page: "Side", none: "Ingen resultater.", hits: "resultater" }
    : { share: "Post", archive: "Archive", discipline: "Discipline", guideline: "Guideline", story: "Story", page: "Page", none: "No results.", hits: "results" };
  function fold(text) {
    return (text || "").toLowerCase()
      .replace(/æ/g, "ae").replace(/ø/g, "oe").replace(/å/g, "aa")
      .replace(/ä/g, "ae").replace(/ö/g, "oe").replace(/ü/g, "ue")
      .normalize("NFD").replace(/[\u0300-\u036f]/g, "")
      .replace(/aa/g, "a").replace(/oe/g, "o").replace(/ae/g, "a");
  }
  var index = [];
  fetch(form.getAttribute("data-search-index")).then(function (r) { return r.json(); }).then(function (data) {
    index = data.map(function (entry) {
      return { entry: entry, title: fold(entry.title), summary: fold(entry.summary), text: fold(entry.text) };
    });
    var q = new URLSearchParams(window.location.search).get("q");
    if (q) { input.value = q; run(); }
  });
  function score(doc, terms) {
    var total = 0;
    for (var i = 0; i < terms.length; i++) {
      var t = terms[i], s = 0;
      if (doc.title.indexOf(t) >= 0) s += 10;
      if (doc.summary.indexOf(t) >= 0) s += 4;
      if (doc.text.indexOf(t) >= 0) s += 1;
      if (!s) return 0;
      total += s;
    }
    return total;
  }
  function run() {
    var terms = fold(input.value).split(/\s+/).filter(Boolean);
    list.textContent = "";
    if (!terms.length) { status.textContent = ""; return; }
    var hits = index.map(function (doc) { return { doc: doc, score: score(doc, terms) }; })
      .filter(function (h) { return h.score > 0; })
      .sort(function (a, b) { return b.score - a.score || a.doc.entry.title.localeCompare(b.doc.entry.title); })
      .slice(0, 50);
    hits.forEach(function (hit) {
      var e = hit.doc.entry, li = document.createElement("li"), a = document.createElement("a"), meta = document.createElement("p");
      a.href = e.url; a.textContent = e.title;
      meta.className = "meta";
      meta.textContent = (kinds[e.kind] || e.kind) + (e.disciplines.length ? " · " + e.disciplines.join(", ") : "");
      li.appendChild(a); li.appendChild(meta);
      if (e.summary) { var p = document.createElement("p"); p.textContent = e.summary; li.appendChild(p); }
      list.appendChild(li);
    });
    status.textContent = hits.length ? hits.length + " " + kinds.hits : kinds.none;
  }
  input.addEventListener("input", function () {
    var url = new URL(window.location.href);
    if (input.value) url.searchParams.set("q", input.value); else url.searchParams.delete("q");
    window.history.replaceState(null, "", url.pathname + url.search);
    run();
  });
  form.addEventListener("submit", function (event) { event.preventDefault(); run(); });
  input.addEventListener("keydown", function (event) {
    if (event.key === "ArrowDown" && list.firstElementChild) { event.preventDefault(); list.querySelector("a").focus(); }
  });
  list.addEventListener("keydown", function (event) {
    var item = event.target.closest("li");
    if (!item) return;
    if (event.key === "ArrowDown" && item.nextElementSibling) { event.preventDefault(); item.nextElementSibling.querySelector("a").focus(); }
    if (event.key === "ArrowUp") { event.preventDefault(); (item.previousElementSibling ? item.previousElementSibling.querySelector("a") : input).focus(); }
  });
})();
