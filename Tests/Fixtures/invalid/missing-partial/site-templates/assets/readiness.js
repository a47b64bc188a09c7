// The readiness self-assessment: one level per parameter; shows the result per phase and overall,
// whether it is a strategic approach, the next level per parameter, and keeps the answers in the
// URL fragment (#r=<level digits>) so a result can be bookmarked or sent.
(function (root) {
  "use strict";
  var Readiness = {
    /** Encodes answers (level index or -1 per parameter) as "r=" plus a digit or "-" each. */
    encode: function (answers) {
      return "r=" + answers.map(function (a) { return a >= 0 ? String(a) : "-"; }).join("");
    },
    /** Decodes a fragment made by encode for a model of `count` parameters. */
    decode: function (fragment, count) {
      var match = /(?:^|[#&])r=([0-9-]*)/.exec(fragment || "");
      var digits = match ? match[1] : "";
      var answers = [];
      for (var i = 0; i < count; i++) {
        var c = digits.charAt(i);
        answers.push(c >= "0" && c <= "9" ? Number(c) : -1);
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
  if (typeof document === "undefined") return;

  var form = document.querySelector("[data-readiness]");
  if (!form) return;
  var da = document.documentElement.lang === "da";
  var words = da
    ? { overall: "Samlet", strategic: "Det er en strategisk tilgang.", notStrategic: "Det er endnu ikke en strategisk tilgang.", next: "Næste niveau:", top: "Højeste niveau er nået.", none: "ikke besvaret" }
    : { overall: "Overall", strategic: "This is a strategic approach.", notStrategic: "This is not yet a strategic approach.", next: "Next level:", top: "The highest level is reached.", none: "not answered" };
  var levels = form.getAttribute("data-levels").split("|").filter(Boolean);
  var strategicFrom = Number(form.getAttribute("data-strategic-from"));
  var phaseSets = Array.prototype.slice.call(form.querySelectorAll("fieldset.phase"));
  var parameters = Array.prototype.slice.call(form.querySelectorAll("fieldset.parameter"));
  var resultBox = form.querySelector(".readiness-result");
  var resultBody = form.querySelector("[data-readiness-result]");
  function answers() {
    return parameters.map(function (p) {
      var checked = p.querySelector("input:checked");
      return checked ? Number(checked.value) : -1;
    });
  }
  function render() {
    var current = answers();
    var counts = phaseSets.map(function (p) { return p.querySelectorAll("fieldset.parameter").length; });
    var summary = Readiness.summarize(current, counts, strategicFrom);
    parameters.forEach(function (p, i) {
      var note = p.querySelector(".next-level");
      var a = current[i];
      if (a < 0) { note.hidden = true; return; }
      var options = p.querySelectorAll(".level label span");
      note.hidden = false;
      note.textContent = a + 1 < options.length ? words.next + " " + levels[a + 1] + ": " + options[a + 1].textContent : words.top;
    });
    resultBody.textContent = "";
    var list = document.createElement("ul");
    phaseSets.forEach(function (p, i) {
      var li = document.createElement("li");
      li.textContent = p.querySelector("legend").textContent.trim() + ": " + (summary.phases[i] >= 0 ? levels[summary.phases[i]] : words.none);
      list.appendChild(li);
    });
    var overall = document.createElement("p");
    overall.innerHTML = "";
    overall.textContent = words.overall + ": " + (summary.overall >= 0 ? levels[summary.overall] : words.none) + ". " +
      (summary.overall >= 0 ? (summary.strategic ? words.strategic : words.notStrategic) : "");
    resultBody.appendChild(list);
    resultBody.appendChild(overall);
    resultBox.hidden = summary.overall < 0;
    var fragment = Readiness.encode(current);
    if (window.location.hash.slice(1) !== fragment) window.history.replaceState(null, "", "#" + fragment);
  }
  var restored = Readiness.decode(window.location.hash, parameters.length);
  parameters.forEach(function (p, i) {
    if (restored[i] >= 0) {
      var input = p.querySelector("input[value='" + restored[i] + "']");
      if (input) input.checked = true;
    }
  });
  form.addEventListener("change", render);
  form.querySelector("[data-readiness-print]").addEventListener("click", function () { window.print(); });
  form.querySelector("[data-readiness-reset]").addEventListener("click", function () {
    parameters.forEach(function (p) { p.querySelectorAll("input").forEach(function (i) { i.checked = false; }); });
    render();
  });
  render();
})(typeof window !== "undefined" ? window : globalThis);
