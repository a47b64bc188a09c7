// Share cards: the text in a field to edit before sharing, its length as the platform counts it
// (post-length.js), prompts shown as gaps, one-tap copy with a visible and announced confirmation,
// platform links and the system share sheet taking the edited text and the card's tagged link; and
// the queue filter that reads ?discipline= and ?platform= from the URL. Everything here is an
// enhancement: without JavaScript the texts and their links stay read-only and can be selected by
// hand, the copy buttons stay hidden, the platform links open an empty post, and the filter is a
// list of links to the discipline pages. Nothing typed is sent; an edited text is kept in this tab
// only (sessionStorage) until the tab is closed or "Nulstil" is pressed.
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

  /** `text` without the prompts at `gaps`, tidied: no doubled space where a gap was, no space left
      at the start or end of a line, no more than one blank line in a row. */
  function withoutGaps(text, gaps) {
    for (var i = gaps.length - 1; i >= 0; i--) {
      var before = text.slice(0, gaps[i][0]), after = text.slice(gaps[i][1]);
      // The spaces before the gap go with it when a space, a punctuation mark or a line end follows;
      // at the start of a line, so do those after it.
      if (/^([ \t.,;:!?)]|\n|$)/.test(after)) before = before.replace(/[ \t]+$/, "");
      if (/(^|\n)$/.test(before)) after = after.replace(/^[ \t]+/, "");
      text = before + after;
    }
    return text.replace(/[ \t]+\n/g, "\n").replace(/\n{3,}/g, "\n\n").replace(/^\s+|\s+$/g, "");
  }

  /** Whether `text` holds `term` as a word of its own, ignoring case, as the build's disclosure check
      reads it (TermSearch): no letter, digit or underscore right before or after it. */
  function holdsTerm(text, term) {
    var lower = text.toLowerCase(), wanted = term.toLowerCase(), from = 0, at;
    var word = /[\p{L}\p{N}_]/u;
    while ((at = lower.indexOf(wanted, from)) >= 0) {
      var before = Array.from(lower.slice(0, at)).pop() || "", after = Array.from(lower.slice(at + wanted.length))[0] || "";
      if (!word.test(before) && !word.test(after)) return true;
      from = at + 1;
    }
    return false;
  }

  /** `url` with its `utm_source` set to `source`, everything else as it was: the share sheet's link
      made from the card's (ShareLink in the build names the sources). */
  function withSource(url, source) {
    return url.replace(/([?&]utm_source=)[^&#]*/, function (_, name) { return name + encode(source); });
  }

  /** Fills {platform} and {discipline} in `words` with the card's. */
  function which(words, card) {
    return words.replace("{platform}", card.querySelector(".platform").textContent)
      .replace("{discipline}", card.querySelector(".card-discipline").textContent);
  }

  var timers = new WeakMap();
  var tools = document.getElementById("card-tools");
  // An edited text is kept for this tab only (sessionStorage), so a reload or a tab the phone
  // discarded while the platform's app was open gives it back; "Nulstil" removes it.
  var EDITED = "advocacy-edit:";

  /** The key of a card's edited text: the page and the card, as cards of other items have the same anchors. */
  function editKey(card) { return EDITED + window.location.pathname + "#" + card.id; }
  function remembered(card) {
    try { return window.sessionStorage.getItem(editKey(card)); } catch (e) { return null; }
  }
  function remember(card, text, original) {
    try {
      if (text === original) window.sessionStorage.removeItem(editKey(card));
      else window.sessionStorage.setItem(editKey(card), text);
    } catch (e) { /* storage off: the text lasts as long as the page */ }
  }

  /** Gives a card the tools that work only with JavaScript, written once for the whole site and put
      in the page as <template id="card-tools"> by card-tools.js, rather than in every card: the
      field with its label, the copy buttons, "Del…", "Nulstil", the copy status, the prompt and
      disclosure notices, the fold hint of a LinkedIn text that does not fold yet, and the
      platform's tip the card names. The field's label and the buttons' accessible names say the
      card's platform and discipline. */
  function addTools(card) {
    var parts = tools.content.cloneNode(true);
    // The field's label, and the buttons' names after the words they show: "Kopiér tekst (LinkedIn, …)".
    parts.querySelectorAll("[data-which]").forEach(function (element) {
      var words = which(element.getAttribute("data-which"), card);
      if (element.tagName === "LABEL") element.textContent = words;
      else element.setAttribute("aria-label", element.textContent + " " + words);
      element.removeAttribute("data-which");
    });
    var editor = parts.querySelector("[data-share-edit]");
    var area = editor.querySelector("textarea"), privacy = editor.querySelector("[data-edit-private]");
    area.id = card.id + "-edit";
    editor.querySelector("label").htmlFor = area.id;
    privacy.id = card.id + "-private";
    var prompts = card.querySelector(".prompt-hint");
    area.setAttribute("aria-describedby", (prompts ? prompts.id + " " : "") + privacy.id);
    var source = card.querySelector("[data-copy-source]");
    // The text's id, which the copy button names, made from the card's rather than written in every card.
    if (!source.id) source.id = card.id + "-text";
    source.after(editor);
    var actions = card.querySelector(".card-actions"), copy = parts.querySelector("button[data-copy]");
    copy.setAttribute("data-copy", source.id);
    actions.prepend(copy);
    var link = parts.querySelector("[data-copy-link]");
    if (link && card.querySelector("[data-share-url]")) copy.after(link);
    actions.append(parts.querySelector("[data-web-share]"), parts.querySelector("[data-reset]"), parts.querySelector("[data-copy-status]"));
    var notice = parts.querySelector("[data-prompt-notice]"), disclosure = parts.querySelector("[data-disclosure-notice]");
    actions.after(notice);
    if (disclosure) notice.after(disclosure);
    var hint = actions.getAttribute("data-hint");
    // A theme's own template may leave out a tip or the fold hint: then there is nothing to add.
    var tip = hint ? parts.querySelector("[data-hint='" + hint + "']") : null;
    if (tip) (disclosure || notice).after(tip);
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
    var copyLink = card.querySelector("button[data-copy-link]");
    var status = card.querySelector("[data-copy-status]");
    var notice = card.querySelector("[data-prompt-notice]");
    var disclosureNotice = card.querySelector("[data-disclosure-notice]");
    var reset = card.querySelector("[data-reset]");
    var share = card.querySelector("[data-web-share]");
    var meter = card.querySelector(".length meter");
    var lengthLabel = card.querySelector("[data-length-label]");
    var foldHint = card.querySelector("[data-fold-hint]");
    var platform = card.getAttribute("data-platform");
    var limit = Number(meter.getAttribute("max"));
    // What the shared link adds to the length: X's 23 and a space, LinkedIn's blank line and link.
    var linkLength = Number(card.getAttribute("data-link-length")) || 0;
    // The tagged link, written once in the card, where a person reads it.
    var tagged = card.querySelector("[data-share-url]");
    var shareURL = tagged ? tagged.textContent : "";
    // A sponsored item's disclosure (#reklame), which every text it shares must hold.
    var marked = card.querySelector("[data-disclosure]");
    var disclosure = marked ? marked.getAttribute("data-disclosure") : "";
    var original = source.textContent;
    // The action a notice holds back, whether it had gone on past the gaps, and whether it is going on so now.
    var pending = null, pendingSkip = false, skipPrompts = false;

    area.value = remembered(card) || original;
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

    /** What a post of `text` holds: on LinkedIn the text, a blank line and the tagged link, so the
        link is never lost when the composer leaves the text out and it is pasted; elsewhere the
        text, as X and Facebook take the link apart. */
    function composed(text) {
      return platform === "linkedin" && shareURL ? text + "\n\n" + shareURL : text;
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
        var length = window.PostLength.count(text, platform, false) + linkLength;
        meter.value = length;
        meter.textContent = String(length);
        lengthLabel.textContent = tools.getAttribute("data-length-label")
          .replace("{length}", length).replace("{limit}", limit);
        meter.closest(".length").classList.toggle("over", length > limit);
      }
      // A sponsored text without its disclosure gets it in front in the address, as "Tilføj #reklame"
      // would give it: a composer opened past the click (middle button, "open in new tab") never
      // gets the text without it, while a click still stops and asks.
      var sent = disclosure && !holdsTerm(text, disclosure) ? disclosure + " " + text : text;
      card.querySelectorAll("a[data-composer]").forEach(function (link) {
        // The composer's fields, written empty: the text, and the link where the platform takes it
        // apart (X's url, Facebook's u). LinkedIn's takes the link in its text.
        link.href = link.href.replace(/([?&])(text|url|u)=[^&#]*/g, function (_, mark, name) {
          return mark + name + "=" + encode(name === "text" ? composed(sent) : shareURL);
        });
      });
      paint(text);
      area.style.height = "auto";
      area.style.height = area.scrollHeight + "px";
    }

    /** Shows `shown` of the two notices with `message`, said in the live region, and keeps `action`
        for the notice's buttons. */
    function stop(shown, message, action) {
      var other = shown === notice ? disclosureNotice : notice;
      if (other) other.hidden = true;
      shown.querySelector("p").textContent = message;
      shown.hidden = false;
      pending = action;
      pendingSkip = skipPrompts;
      announce(message);
      return false;
    }

    /** Whether the action may go on: with a gap unfilled, selects it and says so ("go on anyway",
        "remove the gap"); with a sponsored item's disclosure taken out, says so and offers it back. */
    function mayGoOn(action) {
      var gaps = skipPrompts ? [] : promptsIn(area.value);
      if (gaps.length) {
        area.focus();
        area.setSelectionRange(gaps[0][0], gaps[0][1]);
        return stop(notice, notice.getAttribute("data-words").replace("{prompt}", area.value.slice(gaps[0][0], gaps[0][1])), action);
      }
      if (disclosure && disclosureNotice && !holdsTerm(area.value, disclosure)) {
        var label = marked.querySelector("[data-disclosure-label]"), add = disclosureNotice.querySelector("[data-add-disclosure]");
        var fill = function (words) {
          return words.replace("{disclosure}", disclosure).replace("{label}", label ? label.textContent : "");
        };
        add.textContent = fill(add.getAttribute("data-words"));
        return stop(disclosureNotice, fill(disclosureNotice.getAttribute("data-words")), action);
      }
      notice.hidden = true;
      if (disclosureNotice) disclosureNotice.hidden = true;
      pending = null;
      return true;
    }

    /** Runs the action a notice kept, after `change` to the text; past the gaps with `skip`, or when
        it had gone on past them before the disclosure stopped it. */
    function goOn(change, skip) {
      var action = pending;
      skip = skip || pendingSkip;
      pending = null;
      notice.hidden = true;
      if (disclosureNotice) disclosureNotice.hidden = true;
      if (change) { area.value = change(area.value); edited(); }
      if (!action) return;
      skipPrompts = skip;
      try { action(); } finally { skipPrompts = false; }
    }

    function copyEdited() {
      var text = composed(area.value);
      return copyText(text).then(function (ok) {
        if (!ok) area.select();
        say(tools.getAttribute(ok ? "data-copied" : "data-copy-failed"), ok);
        editor.classList.toggle("copied", ok);
        document.dispatchEvent(new CustomEvent("hub:copied", { detail: { ok: ok, text: text, card: copy.getAttribute("data-copy") } }));
        return ok;
      });
    }

    function tryCopy() { if (mayGoOn(tryCopy)) copyEdited(); }
    copy.addEventListener("click", tryCopy);
    if (copyLink) {
      copyLink.addEventListener("click", function () {
        copyText(shareURL).then(function (ok) {
          say(tools.getAttribute(ok ? "data-link-copied" : "data-copy-failed"), ok);
          document.dispatchEvent(new CustomEvent("hub:copied", { detail: { ok: ok, text: shareURL, card: copy.getAttribute("data-copy") } }));
        });
      });
    }
    // Platform links and the Instagram download take the edited text; LinkedIn, Facebook and
    // Instagram get it on the clipboard too, in case the platform leaves it out.
    card.querySelectorAll("a[data-composer], a[data-instagram]").forEach(function (link) {
      link.addEventListener("click", function (event) {
        if (!mayGoOn(function () { link.click(); })) { event.preventDefault(); return; }
        if (platform !== "x") copyEdited();
      });
    });
    // The share sheet gets the card's link tagged as shared from it, whatever app is picked there.
    function handOver() {
      if (!mayGoOn(handOver)) return;
      var data = { text: area.value };
      // A theme made before the share sheet had its own tag hands on the card's link.
      var source = tools.getAttribute("data-share-source");
      if (shareURL) data.url = source ? withSource(shareURL, source) : shareURL;
      navigator.share(data).catch(function () {});
    }
    share.addEventListener("click", handOver);
    notice.querySelector("[data-go-on]").addEventListener("click", function () { goOn(null, true); });
    var remove = notice.querySelector("[data-remove-gap]");
    if (remove) remove.addEventListener("click", function () {
      goOn(function (text) { return withoutGaps(text, promptsIn(text)); }, false);
    });
    if (disclosureNotice) {
      disclosureNotice.querySelector("[data-add-disclosure]").addEventListener("click", function () {
        // Early in the text, where it shows before LinkedIn's "see more", as the guideline asks.
        goOn(function (text) { return disclosure + " " + text; }, false);
      });
    }
    reset.addEventListener("click", function () {
      area.value = original;
      notice.hidden = true;
      if (disclosureNotice) disclosureNotice.hidden = true;
      edited();
      say(reset.getAttribute("data-reset-done"), true);
    });
    function edited() {
      editor.classList.remove("copied");
      remember(card, area.value, original);
      update();
    }
    area.addEventListener("input", edited);
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
  // those texts and points the item's link at the first of them. A card's anchor ends in its
  // discipline and platform (card-<discipline>-<platform>), with -2 for the pair's second text.
  var form = document.querySelector("[data-queue-filter]");
  if (!form) return;
  var items = Array.prototype.slice.call(document.querySelectorAll(".queue-item"));
  var empty = document.querySelector(".filter-empty");
  var status = form.querySelector("[data-filter-status]");
  var links = document.querySelector("[data-filter-links]");
  var reset = form.querySelector("[data-filter-reset]");
  var fields = ["discipline", "platform"];
  var anchors = new WeakMap();
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
      var first = null, kept = 0, seen = {};
      var pairs = (item.dataset.texts || "").split(" ").filter(Boolean);
      pairs.forEach(function (pair, index) {
        // A discipline's id is a file name and may hold a colon; a platform's never does.
        var cut = pair.lastIndexOf(":"), text = [pair.slice(0, cut), pair.slice(cut + 1)];
        seen[pair] = (seen[pair] || 0) + 1;
        if ((!chosen.discipline || text[0] === chosen.discipline) && (!chosen.platform || text[1] === chosen.platform)) {
          kept++;
          if (first === null) first = text[0] + "-" + text[1] + (seen[pair] > 1 ? "-" + seen[pair] : "");
        }
      });
      item.hidden = kept === 0;
      var count = item.querySelector("[data-card-count]");
      if (count) count.textContent = kept;
      var link = item.querySelector("[data-texts-link]");
      if (link && first !== null && pairs.length) {
        // The anchor as built leads to the first card: its discipline and platform end it.
        if (!anchors.has(link)) anchors.set(link, link.hash.slice(0, link.hash.length - pairs[0].replace(/:(?=[^:]*$)/, "-").length));
        link.hash = anchors.get(link) + first;
      }
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
