// Share cards: one-tap copy with a visible and announced confirmation, and the queue filter that
// reads ?discipline= and ?platform= from the URL. Everything here is an enhancement: without
// JavaScript the copy buttons stay hidden, the texts can be selected by hand, and the filter is a
// list of links to the discipline pages.
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

  /** Selects the whole text so a person can copy it by hand when copying failed. */
  function selectAll(element) {
    var selection = window.getSelection && window.getSelection();
    if (!selection) return;
    var range = document.createRange();
    range.selectNodeContents(element);
    selection.removeAllRanges();
    selection.addRange(range);
  }

  var timers = new WeakMap();
  document.querySelectorAll("button[data-copy]").forEach(function (button) {
    var source = document.getElementById(button.getAttribute("data-copy"));
    if (!source) return;
    var status = button.parentNode.querySelector("[data-copy-status]");
    button.hidden = false;
    button.addEventListener("click", function () {
      var text = source.textContent;
      copyText(text).then(function (ok) {
        var message = button.getAttribute(ok ? "data-copied" : "data-copy-failed");
        if (!ok) selectAll(source);
        announce(message);
        if (status) {
          status.textContent = (ok ? "✓ " : "") + message;
          status.classList.toggle("failed", !ok);
          status.hidden = false;
          window.clearTimeout(timers.get(status));
          timers.set(status, window.setTimeout(function () { status.hidden = true; }, 6000));
        }
        source.classList.toggle("copied", ok);
        document.dispatchEvent(new CustomEvent("hub:copied", { detail: { ok: ok, text: text, card: button.getAttribute("data-copy") } }));
      });
    });
  });

  // The queue filter: ?discipline=<id>&platform=<id>, kept in the URL so a filtered queue can be
  // bookmarked and survives a reload.
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
      var ok = (!chosen.discipline || item.dataset.disciplines.split(" ").indexOf(chosen.discipline) >= 0) &&
               (!chosen.platform || item.dataset.platforms.split(" ").indexOf(chosen.platform) >= 0);
      var cards = item.querySelectorAll(".card"), cardsShown = 0;
      cards.forEach(function (card) {
        card.hidden = !!((chosen.discipline && card.dataset.discipline !== chosen.discipline) ||
                         (chosen.platform && card.dataset.platform !== chosen.platform));
        if (!card.hidden) cardsShown++;
      });
      item.hidden = !ok || cardsShown === 0;
      if (!item.hidden) shown++;
      var details = item.querySelector("details.cards");
      if (details) details.open = filtering && !item.hidden;
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
