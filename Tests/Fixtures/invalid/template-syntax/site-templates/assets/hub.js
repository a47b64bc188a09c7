// Share cards: one-tap copy with an announced confirmation, and the queue filter that reads
// ?discipline= and ?platform= from the URL. Without JavaScript the texts stay selectable by hand.
(function () {
  "use strict";
  var announcer = document.getElementById("announcer");
  function announce(message) {
    if (!announcer) return;
    announcer.textContent = "";
    window.setTimeout(function () { announcer.textContent = message; }, 30);
  }
  function fallbackCopy(text) {
    var area = document.createElement("textarea");
    area.value = text;
    area.setAttribute("readonly", "");
    area.className = "sr-only";
    document.body.appendChild(area);
    area.select();
    var ok = false;
    try { ok = document.execCommand("copy"); } catch (e) { ok = false; }
    document.body.removeChild(area);
    return ok;
  }
  function copyText(text) {
    if (navigator.clipboard && window.isSecureContext) {
      return navigator.clipboard.writeText(text).then(function () { return true; }, function () { return fallbackCopy(text); });
    }
    return Promise.resolve(fallbackCopy(text));
  }
  var lang = document.documentElement.lang;
  var words = lang === "da"
    ? { copied: "Teksten er kopieret", failed: "Markér teksten og kopiér den selv" }
    : { copied: "Text copied", failed: "Select the text and copy it yourself" };
  document.querySelectorAll("button[data-copy]").forEach(function (button) {
    var source = document.getElementById(button.getAttribute("data-copy"));
    if (!source) return;
    button.hidden = false;
    var label = button.textContent;
    button.addEventListener("click", function () {
      copyText(source.textContent).then(function (ok) {
        var message = ok ? words.copied : words.failed;
        button.textContent = ok ? "✓ " + message : label;
        announce(message);
        window.__lastCopied = ok ? source.textContent : null;
        window.setTimeout(function () { button.textContent = label; }, 2500);
      });
    });
  });

  var form = document.querySelector("[data-queue-filter]");
  if (form) {
    var params = new URLSearchParams(window.location.search);
    var items = document.querySelectorAll(".queue-item");
    var empty = document.querySelector(".filter-empty");
    form.hidden = false;
    ["discipline", "platform"].forEach(function (name) {
      if (params.get(name)) form.elements[name].value = params.get(name);
    });
    var apply = function () {
      var discipline = form.elements.discipline.value, platform = form.elements.platform.value, shown = 0;
      items.forEach(function (item) {
        var ok = (!discipline || item.dataset.disciplines.split(" ").indexOf(discipline) >= 0) &&
                 (!platform || item.dataset.platforms.split(" ").indexOf(platform) >= 0);
        item.hidden = !ok;
        if (ok) shown++;
        item.querySelectorAll(".card").forEach(function (card) {
          card.hidden = (discipline && card.dataset.discipline !== discipline) || (platform && card.dataset.platform !== platform);
        });
      });
      if (empty) empty.hidden = shown > 0;
    };
    form.addEventListener("change", function () {
      var query = new URLSearchParams();
      ["discipline", "platform"].forEach(function (name) { if (form.elements[name].value) query.set(name, form.elements[name].value); });
      var search = query.toString();
      window.history.replaceState(null, "", window.location.pathname + (search ? "?" + search : ""));
      apply();
    });
    apply();
  }
})();
