// Share cards: the text in a field to edit before sharing, its length as the platform counts it
// (post-length.js), prompts shown as gaps, one-tap copy with a visible and announced confirmation,
// platform links and the system share sheet taking the edited text and the card's tagged link; and
// the queue filter that reads ?discipline= and ?platform= from the URL. Everything here is an
// enhancement: without JavaScript the texts and their links stay read-only and can be selected by
// hand, the copy buttons stay hidden, the platform links open an empty post, and the filter is a
// list of links to the discipline pages. Nothing typed is stored or sent.
(function () {
  "use strict";
  var announcer = document.getElementById("announcer");

  /** Says a message in the page's polite live region. */
  function announce(message) {
    if (!announcer) return;
    announcer.textContent = "";
    window.setTimeout(function () { announcer.textContent = message; }, 50);
  }

  /** Copies with a hidden textarea and execCommand, for browsers without the Clipboard API. */
  function fallbackCopy(text) {
    var area = document.createElement("textarea");
    area.value = text;
    area.setAttribute("readonly", "");
    area.setAttribute("aria-hidden", "true");
    area.className = "copy-buffer";
    document.body.appendChild(area);
    var focused = document.activeElement;
    area.select();
    area.setSelectionRange(0, text.length);
    var ok = false;
    try { ok = document.execCommand("copy"); } catch (e) { ok = false; }
    document.body.removeChild(area);
    if (focused && focused.focus) focused.focus();
    return ok;
  }

  /** Resolves to true when the text is on the clipboard. */
  function copyText(text) {
    if (navigator.clipboard && navigator.clipboard.writeText && window.isSecureContext) {
      return navigator.clipboard.writeText(text).then(function () { return true; },
        function () { return fallbackCopy(text); });
    }
    return Promise.resolve(fallbackCopy(text));
  }

  /** Percent-encodes a query value as the build does: only RFC 3986's unreserved characters stay. */
  function encode(text) {
    return encodeURIComponent(text).replace(/[!'()*]/g, function (c) {
      return "%" + c.charCodeAt(0).toString(16).toUpperCase();
    });
  }

  // A prompt: [[words to fill in]] on one line.
  var PROMPTS = /\[\[(?:(?!\]\])[^\n])*?\]\]/g;

  /** The prompts still in `text`, as [start, end] pairs. */
  function promptsIn(text) {
    var found = [], match;
    PROMPTS.lastIndex = 0;
    while ((match = PROMPTS.exec(text))) found.push([match.index, match.index + match[0].length]);
    return found;
  }

  var timers = new WeakMap();
  var tools = document.getElementById("card-tools");

  /** Gives a card the tools that work only with JavaScript, written once per page in
      <template id="card-tools"> rather than in every card: the field with its label, the copy
      button, "Del…", "Nulstil", the copy status, the prompt notice, the fold hint of a LinkedIn
      text that does not fold yet, and the platform's tip the card names. */
  function addTools(card) {
    var parts = tools.content.cloneNode(true);
    var editor = parts.querySelector("[data-share-edit]");
    var area = editor.querySelector("textarea"), privacy = editor.querySelector("[data-edit-private]");
    area.id = card.id + "-edit";
    editor.querySelector("label").htmlFor = area.id;
    privacy.id = card.id + "-private";
    var prompts = card.querySelector(".prompt-hint");
    area.setAttribute("aria-describedby", (prompts ? prompts.id + " " : "") + privacy.id);
    var source = card.querySelector("[data-copy-source]");
    source.after(editor);
    var actions = card.querySelector(".card-actions"), copy = parts.querySelector("button[data-copy]");
    copy.setAttribute("data-copy", source.id);
    actions.prepend(copy);
    actions.append(parts.querySelector("[data-web-share]"), parts.querySelector("[data-reset]"), parts.querySelector("[data-copy-status]"));
    var notice = parts.querySelector("[data-prompt-notice]");
    actions.after(notice);
    var hint = actions.getAttribute("data-hint");
    // A theme's own template may leave out a tip or the fold hint: then there is nothing to add.
    var tip = hint ? parts.querySelector("[data-hint='" + hint + "']") : null;
    if (tip) notice.after(tip);
    var fold = parts.querySelector("[data-fold-hint]"), length = card.querySelector(".length");
    if (card.getAttribute("data-platform") === "linkedin" && !card.querySelector("[data-fold-hint]") && fold && length) {
      length.before(fold);
    }
  }

  /** One share card made editable: the text in a field, the meter following it, prompts shown as
      gaps, and every action taking the edited text. Nothing typed leaves the page. */
  function ShareCard(card) {
    var source = card.querySelector("[data-copy-source]");
    var editor = card.querySelector("[data-share-edit]");
    var area = editor.querySelector("textarea");
    var marks = editor.querySelector(".share-edit-marks");
    var copy = card.querySelector("button[data-copy]");
    var status = card.querySelector("[data-copy-status]");
    var notice = card.querySelector("[data-prompt-notice]");
    var reset = card.querySelector("[data-reset]");
    var share = card.querySelector("[data-web-share]");
    var actions = card.querySelector(".card-actions");
    var meter = card.querySelector(".length meter");
    var lengthLabel = card.querySelector("[data-length-label]");
    var foldHint = card.querySelector("[data-fold-hint]");
    var platform = card.getAttribute("data-platform");
    var limit = Number(meter.getAttribute("max"));
    var withLink = Number(card.getAttribute("data-link-length")) > 0;
    // The tagged link, written once in the card, where a person reads it.
    var tagged = card.querySelector("[data-share-url]");
    var shareURL = tagged ? tagged.textContent : "";
    var original = source.textContent;
    var pending = null, goingOn = false;

    area.value = original;
    source.hidden = true;
    copy.hidden = false;
    if (navigator.share) share.hidden = false;

    function say(message, ok) {
      announce(message);
      status.textContent = (ok ? "✓ " : "") + message;
      status.classList.toggle("failed", !ok);
      status.hidden = false;
      window.clearTimeout(timers.get(status));
      timers.set(status, window.setTimeout(function () { status.hidden = true; }, 6000));
    }

    /** Draws the prompts and the fold behind the field, in the same place as the text in it. */
    function paint(text) {
      var cuts = [0, text.length], prompts = promptsIn(text);
      var fold = platform === "linkedin" && window.PostLength ? window.PostLength.foldIndex(text) : -1;
      prompts.forEach(function (p) { cuts.push(p[0], p[1]); });
      if (fold > 0) cuts.push(fold);
      cuts = cuts.filter(function (c, i) { return cuts.indexOf(c) === i; }).sort(function (a, b) { return a - b; });
      marks.textContent = "";
      for (var i = 0; i + 1 < cuts.length; i++) {
        if (cuts[i] === fold) {
          var line = document.createElement("span");
          line.className = "fold";
          marks.appendChild(line);
        }
        var piece = document.createTextNode(text.slice(cuts[i], cuts[i + 1]));
        var inPrompt = prompts.some(function (p) { return p[0] <= cuts[i] && cuts[i] < p[1]; });
        if (inPrompt) {
          var gap = document.createElement("mark");
          gap.className = "prompt";
          gap.appendChild(piece);
          marks.appendChild(gap);
        } else {
          marks.appendChild(piece);
        }
      }
      // A final line break makes a line in the field; the copy behind needs it too.
      marks.appendChild(document.createTextNode("\n"));
      if (foldHint) foldHint.hidden = fold < 0;
    }

    function update() {
      var text = area.value;
      if (window.PostLength) {
        var length = window.PostLength.count(text, platform, withLink);
        meter.value = length;
        meter.textContent = String(length);
        lengthLabel.textContent = tools.getAttribute("data-length-label")
          .replace("{length}", length).replace("{limit}", limit);
        meter.closest(".length").classList.toggle("over", length > limit);
      }
      card.querySelectorAll("a[data-composer]").forEach(function (link) {
        // The composer's fields, written empty: the text, and the link where the platform takes it
        // apart (X's url, Facebook's u). LinkedIn's takes the link in its text: the post, a blank
        // line and the link.
        var composed = platform === "linkedin" && shareURL ? text + "\n\n" + shareURL : text;
        link.href = link.href.replace(/([?&])(text|url|u)=[^&#]*/g, function (_, mark, name) {
          return mark + name + "=" + encode(name === "text" ? composed : shareURL);
        });
      });
      paint(text);
      area.style.height = "auto";
      area.style.height = area.scrollHeight + "px";
    }

    /** Whether the action may go on: with a gap unfilled, selects it, says so, and keeps the
        action for "go on anyway". */
    function mayGoOn(action) {
      if (goingOn) return true;
      var gaps = promptsIn(area.value);
      if (!gaps.length) { notice.hidden = true; return true; }
      area.focus();
      area.setSelectionRange(gaps[0][0], gaps[0][1]);
      var message = notice.getAttribute("data-words").replace("{prompt}", area.value.slice(gaps[0][0], gaps[0][1]));
      notice.querySelector("[data-prompt-notice-text]").textContent = message;
      notice.hidden = false;
      pending = action;
      announce(message);
      return false;
    }

    function copyEdited() {
      var text = area.value;
      return copyText(text).then(function (ok) {
        if (!ok) area.select();
        say(tools.getAttribute(ok ? "data-copied" : "data-copy-failed"), ok);
        editor.classList.toggle("copied", ok);
        document.dispatchEvent(new CustomEvent("hub:copied", { detail: { ok: ok, text: text, card: copy.getAttribute("data-copy") } }));
        return ok;
      });
    }

    copy.addEventListener("click", function () {
      if (mayGoOn(copyEdited)) copyEdited();
    });
    // Platform links and the Instagram download take the edited text; LinkedIn, Facebook and
    // Instagram get it on the clipboard too, in case the platform leaves it out.
    card.querySelectorAll("a[data-composer], a[data-instagram]").forEach(function (link) {
      link.addEventListener("click", function (event) {
        if (!mayGoOn(function () { link.click(); })) { event.preventDefault(); return; }
        if (platform !== "x") copyEdited();
      });
    });
    share.addEventListener("click", function () {
      function handOver() {
        var data = { text: area.value };
        if (shareURL) data.url = shareURL;
        navigator.share(data).catch(function () {});
      }
      if (mayGoOn(handOver)) handOver();
    });
    notice.querySelector("[data-go-on]").addEventListener("click", function () {
      var action = pending;
      pending = null;
      notice.hidden = true;
      if (!action) return;
      goingOn = true;
      try { action(); } finally { goingOn = false; }
    });
    reset.addEventListener("click", function () {
      area.value = original;
      notice.hidden = true;
      update();
      say(reset.getAttribute("data-reset-done"), true);
    });
    area.addEventListener("input", function () {
      editor.classList.remove("copied");
      update();
    });
    window.addEventListener("resize", update);
    update();
  }

  if (tools) {
    document.querySelectorAll(".card").forEach(function (card) {
      if (!card.querySelector(".card-actions")) return;
      addTools(card);
      ShareCard(card);
    });
  }

  // The queue filter: ?discipline=<id>&platform=<id>, kept in the URL so a filtered queue can be
  // bookmarked and survives a reload. An item names its texts' disciplines and platforms in
  // data-texts, in the order of its cards; the filter keeps the items with a text it wants, counts
  // those texts and points the item's link at the first of them (the anchor of the nth card ends in n).
  var form = document.querySelector("[data-queue-filter]");
  if (!form) return;
  var items = Array.prototype.slice.call(document.querySelectorAll(".queue-item"));
  var empty = document.querySelector(".filter-empty");
  var status = form.querySelector("[data-filter-status]");
  var links = document.querySelector("[data-filter-links]");
  var reset = form.querySelector("[data-filter-reset]");
  var fields = ["discipline", "platform"];
  form.hidden = false;
  if (links) links.hidden = true;

  function values() {
    var chosen = {};
    fields.forEach(function (name) { chosen[name] = form.elements[name].value; });
    return chosen;
  }
  function fromURL() {
    var params = new URLSearchParams(window.location.search);
    fields.forEach(function (name) {
      var select = form.elements[name], wanted = params.get(name) || "";
      var known = Array.prototype.some.call(select.options, function (o) { return o.value === wanted; });
      select.value = known ? wanted : "";
    });
  }
  function apply() {
    var chosen = values(), shown = 0, filtering = !!(chosen.discipline || chosen.platform);
    items.forEach(function (item) {
      var first = -1, kept = 0;
      (item.dataset.texts || "").split(" ").filter(Boolean).forEach(function (pair, index) {
        // A discipline's id is a file name and may hold a colon; a platform's never does.
        var cut = pair.lastIndexOf(":"), text = [pair.slice(0, cut), pair.slice(cut + 1)];
        if ((!chosen.discipline || text[0] === chosen.discipline) && (!chosen.platform || text[1] === chosen.platform)) {
          kept++;
          if (first < 0) first = index;
        }
      });
      item.hidden = kept === 0;
      var count = item.querySelector("[data-card-count]");
      if (count) count.textContent = kept;
      var link = item.querySelector("[data-texts-link]");
      if (link && first >= 0) link.hash = link.hash.replace(/\d+$/, String(first + 1));
      if (!item.hidden) shown++;
    });
    if (empty) empty.hidden = shown > 0;
    if (reset) reset.hidden = !filtering;
    if (status) {
      status.textContent = filtering
        ? form.getAttribute("data-showing").replace("{shown}", shown).replace("{total}", items.length)
        : "";
    }
  }
  function toURL() {
    var chosen = values(), query = new URLSearchParams();
    fields.forEach(function (name) { if (chosen[name]) query.set(name, chosen[name]); });
    var search = query.toString();
    window.history.replaceState(null, "", window.location.pathname + (search ? "?" + search : "") + window.location.hash);
  }
  form.addEventListener("change", function () { toURL(); apply(); });
  form.addEventListener("reset", function () {
    window.setTimeout(function () { toURL(); apply(); form.elements.discipline.focus(); }, 0);
  });
  form.addEventListener("submit", function (event) { event.preventDefault(); });
  window.addEventListener("popstate", function () { fromURL(); apply(); });
  fromURL();
  apply();
})();
