// Search as you type over the index the build splits (SearchIndex.swift): search-index.json names
// the files; a query loads only the term files of its words and the documents files of the hits it
// shows. Danish-aware folding (case, æ/ø/å, aa≈å), every word of a page found from its beginning
// ("klima" finds "klimaregnskab"), titles ranked above summaries and body text, the kind and
// disciplines of every hit, arrow keys to move through the hits, and a ?q= URL that can be
// bookmarked or shared.
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
   * "ø", "oe" and "o" match each other, as do "æ"/"ae"/"a" and "å"/"aa"/"a". The build folds the
   * pages' words the same way (SearchText.fold).
   */
  function fold(text) {
    return (text || "").toLowerCase()
      .replace(/æ/g, "ae").replace(/ø/g, "oe").replace(/å/g, "aa")
      .replace(/ä/g, "ae").replace(/ö/g, "oe").replace(/ü/g, "ue")
      .normalize("NFD").replace(/[\u0300-\u036f]/g, "")
      .replace(/aa/g, "a").replace(/oe/g, "o").replace(/ae/g, "a");
  }
  function words(text) { return text.split(/[^a-z0-9#]+/).filter(Boolean); }

  // The term file of a folded word: FNV-1a of its first three letters, as SearchIndex.termFile computes it.
  function termFile(term, files) {
    var h = 0x811c9dc5;
    for (var i = 0; i < Math.min(3, term.length); i++) { h ^= term.charCodeAt(i); h = Math.imul(h, 0x01000193) >>> 0; }
    return h % files;
  }

  var manifest = null, base = null, files = {}, latest = 0;
  // Each file of the index once, however many queries ask for it. The manifest is checked with the
  // server every time (no-cache); every other file is asked for with the manifest's version, which
  // changes with any file of the index, so a browser's cache never mixes files of two builds.
  function load(path) {
    if (!files[path]) {
      var manifestFile = path === base;
      var url = manifestFile ? base : new URL(path, base).href + "?v=" + encodeURIComponent(manifest.version);
      files[path] = fetch(url, { credentials: "same-origin", cache: manifestFile ? "no-cache" : "default" })
        .then(function (r) { if (!r.ok) throw new Error(r.status); return r.json(); });
      files[path].catch(function () { delete files[path]; });
    }
    return files[path];
  }

  // A word's postings decoded: document number → where it stands (4 title, 2 summary, 1 text).
  function postings(values, into) {
    for (var i = 0, doc = -1; i < values.length; i++) {
      doc += Math.floor(values[i] / 8);
      into[doc] = (into[doc] || 0) | (values[i] & 7);
    }
  }

  // Every query word must be found; a word of three letters or more also finds the words it begins.
  // Score per word: 100 in the title, 8 in the summary, 2 in the text, one more for the whole word.
  function rank(terms, shards) {
    var scores = null;
    for (var t = 0; t < terms.length; t++) {
      var term = terms[t], shard = shards[t], best = {};
      Object.keys(shard).forEach(function (w) {
        if (w !== term && (term.length < 3 || w.indexOf(term) !== 0)) return;
        var places = {};
        postings(shard[w], places);
        Object.keys(places).forEach(function (doc) {
          var p = places[doc], s = (p & 4 ? 100 : 0) + (p & 2 ? 8 : 0) + (p & 1 ? 2 : 0) + (w === term ? 1 : 0);
          if (!(best[doc] >= s)) best[doc] = s;
        });
      });
      var next = {};
      Object.keys(best).forEach(function (doc) {
        if (!scores || scores[doc]) next[doc] = (scores ? scores[doc] : 0) + best[doc];
      });
      scores = next;
    }
    return Object.keys(scores || {}).map(function (doc) { return { doc: +doc, score: scores[doc] }; })
      .sort(function (a, b) { return b.score - a.score || a.doc - b.doc; })
      .slice(0, 50);
  }

  function show(hits, entries) {
    list.textContent = "";
    hits.forEach(function (hit) {
      var e = entries[hit.doc];
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
        d.textContent = manifest.disciplines[id] || id;
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

  function run() {
    var terms = words(fold(input.value)).filter(function (t, i, all) { return all.indexOf(t) === i; });
    var asked = ++latest;
    if (!manifest) return;
    if (!terms.length) { list.textContent = ""; status.textContent = ""; return; }
    Promise.all(terms.map(function (t) { return load(manifest.terms + termFile(t, manifest.termFiles) + ".json"); }))
      .then(function (shards) {
        var hits = rank(terms, shards);
        var needed = hits.map(function (h) { return Math.floor(h.doc / manifest.perFile); })
          .filter(function (n, i, all) { return all.indexOf(n) === i; });
        return Promise.all(needed.map(function (n) { return load(manifest.docs + n + ".json"); })).then(function (parts) {
          var entries = {};
          parts.forEach(function (part, i) {
            part.forEach(function (entry, j) { entries[needed[i] * manifest.perFile + j] = entry; });
          });
          if (asked === latest) show(hits, entries);
        });
      })
      .catch(function () { if (asked === latest) { list.textContent = ""; status.textContent = word("failed"); } });
  }

  function keepInURL() {
    var url = new URL(window.location.href);
    if (input.value) url.searchParams.set("q", input.value); else url.searchParams.delete("q");
    window.history.replaceState(null, "", url.pathname + url.search);
  }

  base = new URL(form.getAttribute("data-search-index"), document.baseURI).href;
  load(base)
    .then(function (data) {
      manifest = data;
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
