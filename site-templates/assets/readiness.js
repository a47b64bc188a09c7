// The readiness self-assessment: one level per parameter; shows the result per phase and overall,
// whether it is a strategic approach, the next level per parameter, and keeps the answers in the
// URL fragment (#r=<level digits>) so a result can be bookmarked or sent ("Kopiér link til mit
// resultat" copies that address). The answers a person gives are also kept in this browser's
// localStorage, never in a cookie and never sent, so they are there again when the page is opened
// without the fragment (through the menu); "Ryd mine svar" removes them. An address with answers
// wins over the stored ones, which it replaces only once the person changes an answer.
(function (root) {
  "use strict";
  var Readiness = {
    /** Encodes answers (level index or -1 per parameter) as "r=" plus a digit or "-" each. */
    encode: function (answers) {
      return "r=" + answers.map(function (a) { return a >= 0 ? String(a) : "-"; }).join("");
    },
    /** Decodes a fragment made by encode for a model of `count` parameters and `levels` levels
        (default 10); a digit beyond the last level reads as unanswered. */
    decode: function (fragment, count, levels) {
      var match = /(?:^|[#&])r=([0-9-]*)/.exec(fragment || "");
      var digits = match ? match[1] : "";
      var top = levels === undefined ? 10 : levels;
      var answers = [];
      for (var i = 0; i < count; i++) {
        var c = digits.charAt(i);
        var level = c >= "0" && c <= "9" ? Number(c) : -1;
        answers.push(level < top ? level : -1);
      }
      return answers;
    },
    /** The rounded-down mean level of the answered parameters, or -1 when none is answered. */
    level: function (answers) {
      var given = answers.filter(function (a) { return a >= 0; });
      if (!given.length) return -1;
      var sum = given.reduce(function (s, a) { return s + a; }, 0);
      return Math.floor(sum / given.length + 1e-9);
    },
    /** Per phase and overall levels; phases is a list of parameter counts. */
    summarize: function (answers, phases, strategicFrom) {
      var offset = 0, result = { phases: [], overall: Readiness.level(answers) };
      phases.forEach(function (count) {
        result.phases.push(Readiness.level(answers.slice(offset, offset + count)));
        offset += count;
      });
      result.strategic = strategicFrom >= 0 && result.overall >= strategicFrom;
      return result;
    }
  };
  root.Readiness = Readiness;
  if (typeof module !== "undefined" && module.exports) module.exports = Readiness;
  if (typeof document === "undefined") return;

  var form = document.querySelector("[data-readiness]");
  if (!form) return;
  function word(name) { return form.getAttribute("data-word-" + name) || ""; }
  function make(tag, className, text) {
    var element = document.createElement(tag);
    if (className) element.className = className;
    if (text !== undefined) element.textContent = text;
    return element;
  }
  var levels = form.getAttribute("data-levels").split("|").filter(Boolean);
  var strategicFrom = Number(form.getAttribute("data-strategic-from"));
  var phaseSets = Array.prototype.slice.call(form.querySelectorAll("[data-phase]"));
  var parameters = Array.prototype.slice.call(form.querySelectorAll("[data-parameter]"));
  var counts = phaseSets.map(function (p) { return p.querySelectorAll("[data-parameter]").length; });
  var resultBox = form.querySelector(".readiness-result");
  var resultBody = form.querySelector("[data-readiness-result]");
  var progress = form.querySelector("[data-readiness-progress]");
  var announcer = document.getElementById("announcer");
  var lastAnnounced = "";
  var KEY = "advocacy-readiness";
  // The stored answers belong to this model: its parameters' ids, in order.
  var model = parameters.map(function (p) { return p.getAttribute("data-parameter"); }).join(" ");

  function stored() {
    try {
      var saved = JSON.parse(window.localStorage.getItem(KEY) || "null");
      return saved && saved.model === model && typeof saved.answers === "string" ? saved.answers : "";
    } catch (e) { return ""; }
  }
  function store(fragment) {
    try {
      if (fragment) window.localStorage.setItem(KEY, JSON.stringify({ model: model, answers: fragment }));
      else window.localStorage.removeItem(KEY);
    } catch (e) { /* private mode: the answers last while the page is open, and in its address */ }
  }

  function answers() {
    return parameters.map(function (p) {
      var checked = p.querySelector("input:checked");
      return checked ? Number(checked.value) : -1;
    });
  }
  function levelName(index) { return index >= 0 ? levels[index] : word("none"); }
  /** The name of a phase or parameter: its legend without the "Phase 1:" number. */
  function heading(element) {
    var h = element.querySelector("legend");
    if (!h) return "";
    var copy = h.cloneNode(true), number = copy.querySelector(".phase-number");
    if (number) copy.removeChild(number);
    return copy.textContent.replace(/\s+/g, " ").trim();
  }

  function render(quiet) {
    var current = answers();
    var summary = Readiness.summarize(current, counts, strategicFrom);
    var answered = current.filter(function (a) { return a >= 0; }).length;
    parameters.forEach(function (p) {
      p.querySelectorAll(".level").forEach(function (cell) {
        var input = cell.querySelector("input");
        cell.classList.toggle("checked", !!(input && input.checked));
      });
    });
    var answeredText = word("answered").replace("{answered}", answered).replace("{total}", parameters.length);
    progress.textContent = "";
    progress.appendChild(make("span", "", answeredText));
    if (summary.overall >= 0) {
      progress.appendChild(make("span", "", word("overall") + ": " + levels[summary.overall]));
      var jump = make("a", "", word("result"));
      jump.href = "#" + resultBox.querySelector("h2").id;
      jump.addEventListener("click", function (event) {
        event.preventDefault();
        resultBox.scrollIntoView({ block: "start" });
        resultBox.querySelector("h2").focus();
      });
      progress.appendChild(jump);
    }
    progress.hidden = answered === 0;

    resultBody.textContent = "";
    if (summary.overall >= 0) {
      var overall = make("p", "overall");
      overall.appendChild(make("span", "overall-label", word("overall") + ": "));
      overall.appendChild(make("strong", "overall-level", levels[summary.overall]));
      overall.appendChild(make("span", "overall-of", " (" + word("level").toLowerCase() + " " + (summary.overall + 1) + "/" + levels.length + ")"));
      resultBody.appendChild(overall);
      var verdict = summary.strategic ? word("strategic") : word("not-strategic");
      if (strategicFrom >= 0) resultBody.appendChild(make("p", "verdict " + (summary.strategic ? "yes" : "no"), verdict));
      resultBody.appendChild(make("p", "hint", answeredText));

      var table = make("table", "result-table");
      var head = table.createTHead().insertRow();
      [word("phase"), word("level")].forEach(function (label) {
        var th = make("th", "", label);
        th.scope = "col";
        head.appendChild(th);
      });
      var body = table.createTBody();
      phaseSets.forEach(function (phase, i) {
        var row = body.insertRow();
        var th = make("th", "", heading(phase));
        th.scope = "row";
        row.appendChild(th);
        var cell = row.insertCell();
        if (summary.phases[i] >= 0) {
          var meter = make("meter");
          meter.min = 0; meter.max = levels.length - 1; meter.value = summary.phases[i];
          meter.setAttribute("aria-hidden", "true");
          cell.appendChild(meter);
          cell.appendChild(document.createTextNode(" "));
        }
        cell.appendChild(make("span", "", levelName(summary.phases[i])));
      });
      resultBody.appendChild(table);

      var steps = make("ul", "next-steps");
      parameters.forEach(function (p, i) {
        var a = current[i];
        if (a < 0) return;
        var li = make("li");
        li.appendChild(make("strong", "", heading(p) + ": "));
        var options = p.querySelectorAll(".level label");
        if (a + 1 < options.length) {
          var next = options[a + 1].cloneNode(true);
          var name = next.querySelector("strong");
          if (name) name.parentNode.removeChild(name);
          li.appendChild(document.createTextNode(word("next") + " " + levels[a + 1] + ". " + next.textContent.trim()));
        } else {
          li.appendChild(document.createTextNode(word("top")));
        }
        steps.appendChild(li);
      });
      if (steps.firstChild) {
        resultBody.appendChild(make("h3", "", word("next-steps")));
        resultBody.appendChild(steps);
      }
    }
    resultBox.hidden = summary.overall < 0;

    var message = summary.overall >= 0
      ? word("overall") + ": " + levels[summary.overall] + ". " + (strategicFrom >= 0 ? (summary.strategic ? word("strategic") : word("not-strategic")) : "")
      : "";
    if (announcer && message !== lastAnnounced) {
      if (quiet !== true) announcer.textContent = message;
      lastAnnounced = message;
    }
    var fragment = answered ? Readiness.encode(current) : "";
    if (window.location.hash.slice(1) !== fragment) {
      window.history.replaceState(null, "", window.location.pathname + window.location.search + (fragment ? "#" + fragment : ""));
    }
  }

  function restore(fragment) {
    var restored = Readiness.decode(fragment, parameters.length, levels.length);
    parameters.forEach(function (p, i) {
      p.querySelectorAll("input").forEach(function (input) { input.checked = Number(input.value) === restored[i]; });
    });
  }
  function hasAnswers(fragment) { return /(?:^#?|[#&])r=/.test(fragment); }
  form.addEventListener("change", function () {
    render(false);
    store(Readiness.encode(answers()).replace(/^r=-*$/, ""));
  });
  form.addEventListener("submit", function (event) { event.preventDefault(); });
  window.addEventListener("hashchange", function () {
    // Only a fragment with answers replaces them; #indhold from the skip link leaves them alone.
    if (hasAnswers(window.location.hash)) { restore(window.location.hash); render(true); }
  });
  form.querySelector("[data-readiness-print]").addEventListener("click", function () { window.print(); });
  form.querySelectorAll("[data-readiness-reset]").forEach(function (button) {
    button.addEventListener("click", function () {
      parameters.forEach(function (p) { p.querySelectorAll("input").forEach(function (i) { i.checked = false; }); });
      store("");
      render();
      var first = form.querySelector("input[type=radio]");
      if (first) first.focus();
    });
  });
  var copyLink = form.querySelector("[data-readiness-copy-link]");
  function copied() { if (announcer) announcer.textContent = word("link-copied"); }
  copyLink.hidden = false;
  copyLink.addEventListener("click", function () {
    var address = window.location.href;
    function fallback() {
      var field = make("textarea");
      field.value = address;
      field.setAttribute("readonly", "");
      field.className = "sr-only";
      form.appendChild(field);
      field.select();
      try { if (document.execCommand("copy")) copied(); } catch (e) { /* nothing to copy with: the address bar holds the link */ }
      form.removeChild(field);
    }
    if (navigator.clipboard && navigator.clipboard.writeText) navigator.clipboard.writeText(address).then(copied, fallback);
    else fallback();
  });
  form.querySelector("[data-readiness-stored]").hidden = false;
  restore(hasAnswers(window.location.hash) ? window.location.hash : stored());
  render(true);
})(typeof window !== "undefined" ? window : globalThis);
