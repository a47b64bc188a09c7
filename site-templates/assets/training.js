// Training that remembers, on guidelines and pages: the body's task lists (`- [ ]` in Markdown,
// which the build renders as disabled checkboxes) become tickable, and a guideline's self-check
// asks, explains the chosen answer and counts the score. Both are kept only in this browser's
// localStorage, per page, never in a cookie and never sent; each has a button that forgets them.
// Without this script the boxes stay disabled and the self-check is a form whose explanations are
// under "Se svarene".
//
// A box is remembered by a hash of its item's text (and which of the items with that text it is),
// not by its position: a list that is re-ordered or gets a new item keeps its ticks, and an item
// whose text is edited asks again, since it is a new task.
(function (root) {
  "use strict";
  var Training = {
    /** FNV-1a (32 bits) of a text's UTF-16 code units, as eight hex digits. */
    hash: function (text) {
      var h = 0x811c9dc5;
      for (var i = 0; i < text.length; i++) {
        h ^= text.charCodeAt(i);
        h = Math.imul(h, 0x01000193) >>> 0;
      }
      return ("0000000" + h.toString(16)).slice(-8);
    },
    /** The keys of boxes whose items read `texts`: each text's hash, with "-2", "-3" … for repeats. */
    keys: function (texts) {
      var seen = {};
      return texts.map(function (text) {
        var key = Training.hash(text.replace(/\s+/g, " ").trim());
        seen[key] = (seen[key] || 0) + 1;
        return seen[key] > 1 ? key + "-" + seen[key] : key;
      });
    },
    /** The number of right answers among `chosen` (answer numbers, 0 for none) given `right`. */
    score: function (chosen, right) {
      return chosen.reduce(function (sum, c, i) { return sum + (c > 0 && c === right[i] ? 1 : 0); }, 0);
    }
  };
  root.Training = Training;
  if (typeof module !== "undefined" && module.exports) module.exports = Training;
  if (typeof document === "undefined") return;

  var page = window.location.pathname;
  function load(kind) {
    try { return JSON.parse(window.localStorage.getItem("advocacy-" + kind + ":" + page) || "null"); } catch (e) { return null; }
  }
  function save(kind, value) {
    try {
      if (value) window.localStorage.setItem("advocacy-" + kind + ":" + page, JSON.stringify(value));
      else window.localStorage.removeItem("advocacy-" + kind + ":" + page);
    } catch (e) { /* private mode: the ticks and answers last while the page is open */ }
  }

  // Task lists.
  var tools = document.querySelector("[data-tasks]");
  var boxes = Array.prototype.slice.call(document.querySelectorAll(".prose li > input[type=checkbox], .prose li > p:first-child > input[type=checkbox]"));
  if (tools && boxes.length) {
    var items = boxes.map(function (box) { return box.closest("li"); });
    var texts = items.map(function (item) {
      var copy = item.cloneNode(true);
      copy.querySelectorAll("ul, ol").forEach(function (list) { list.parentNode.removeChild(list); });
      return copy.textContent;
    });
    var keys = Training.keys(texts);
    var written = boxes.map(function (box) { return box.checked; });
    var progress = tools.querySelector("[data-tasks-progress]");
    var stored = load("tasks") || {};
    function show() {
      var done = boxes.filter(function (box) { return box.checked; }).length;
      progress.textContent = (tools.getAttribute("data-word-progress") || "")
        .replace("{done}", done).replace("{total}", boxes.length);
      items.forEach(function (item, i) { item.classList.toggle("task-done", boxes[i].checked); });
    }
    boxes.forEach(function (box, i) {
      box.disabled = false;
      box.removeAttribute("disabled");
      box.setAttribute("aria-label", texts[i].replace(/\s+/g, " ").trim());
      if (typeof stored[keys[i]] === "boolean") box.checked = stored[keys[i]];
      box.closest("li").classList.add("task");
      box.addEventListener("change", function () {
        // Only what differs from the page as written is kept; boxes no longer on the page are dropped.
        var ticks = {}, any = false;
        boxes.forEach(function (b, j) {
          if (b.checked !== written[j]) { ticks[keys[j]] = b.checked; any = true; }
        });
        save("tasks", any ? ticks : null);
        show();
      });
    });
    // The progress and the button follow the last list, where the reader ticks.
    var lastList = items[items.length - 1].parentNode;
    lastList.parentNode.insertBefore(tools, lastList.nextSibling);
    tools.hidden = false;
    tools.querySelector("[data-tasks-reset]").addEventListener("click", function () {
      boxes.forEach(function (box, i) { box.checked = written[i]; });
      save("tasks", null);
      show();
      boxes[0].focus();
    });
    show();
  }

  // The self-check.
  var quiz = document.querySelector("[data-quiz]");
  if (!quiz) return;
  var form = quiz.querySelector("form");
  var questions = Array.prototype.slice.call(quiz.querySelectorAll("[data-question]"));
  var right = questions.map(function (q) {
    var input = q.querySelector("input[data-right]");
    return input ? Number(input.value) : 0;
  });
  // The stored answers belong to these questions and answers: a changed self-check starts afresh.
  var model = Training.hash(questions.map(function (q) { return q.textContent.replace(/\s+/g, " ").trim(); }).join("\n"));
  var scoreLine = quiz.querySelector("[data-quiz-score]");
  function word(name) { return quiz.getAttribute("data-word-" + name) || ""; }
  function chosen() {
    return questions.map(function (q) {
      var input = q.querySelector("input:checked");
      return input ? Number(input.value) : 0;
    });
  }
  function render() {
    var answers = chosen();
    questions.forEach(function (q, i) {
      var feedback = q.querySelector("[data-feedback]"), why = q.querySelector("[data-why]");
      feedback.textContent = "";
      q.classList.remove("quiz-right", "quiz-wrong");
      if (!answers[i]) {
        feedback.hidden = true;
        why.hidden = true;
        return;
      }
      var isRight = answers[i] === right[i];
      var explanation = q.querySelector("[data-answer=\"" + answers[i] + "\"] [data-why-text]");
      var verdict = document.createElement("strong");
      verdict.textContent = (isRight ? word("right") : word("wrong")) + ".";
      feedback.appendChild(verdict);
      feedback.appendChild(document.createTextNode(" " + (explanation ? explanation.textContent : "")));
      feedback.hidden = false;
      why.hidden = false;
      q.classList.add(isRight ? "quiz-right" : "quiz-wrong");
    });
    var answered = answers.filter(function (a) { return a > 0; }).length;
    scoreLine.textContent = word("score").replace("{right}", Training.score(answers, right)).replace("{total}", questions.length);
    scoreLine.hidden = answered === 0;
  }
  var saved = load("quiz");
  if (saved && saved.model === model && saved.answers) {
    questions.forEach(function (q) {
      var value = saved.answers[q.id];
      var input = value ? q.querySelector("input[value=\"" + Number(value) + "\"]") : null;
      if (input) input.checked = true;
    });
  }
  form.addEventListener("change", function () {
    var answers = {}, any = false;
    chosen().forEach(function (a, i) { if (a) { answers[questions[i].id] = a; any = true; } });
    save("quiz", any ? { model: model, answers: answers } : null);
    render();
  });
  form.addEventListener("submit", function (event) { event.preventDefault(); });
  quiz.querySelector("[data-quiz-reset]").addEventListener("click", function () {
    form.querySelectorAll("input:checked").forEach(function (input) { input.checked = false; });
    save("quiz", null);
    render();
    var first = form.querySelector("input[type=radio]");
    if (first) first.focus();
  });
  quiz.querySelector("[data-quiz-stored]").hidden = false;
  render();
})(typeof window !== "undefined" ? window : globalThis);
