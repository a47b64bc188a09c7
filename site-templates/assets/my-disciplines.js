// My disciplines: an employee ticks the disciplines they share for once, and the lists marked
// data-my-list (the home page's and the queue's) show those items first, the others behind
// "Vis alle". The choice is kept only in this browser's localStorage: never in a cookie, never
// sent anywhere. A queue filter chosen on the page (?discipline=, ?platform=) wins: then every item
// the filter keeps is shown. Without JavaScript, or without localStorage, the lists are as built.
(function () {
  "use strict";
  var form = document.querySelector("[data-my-disciplines]");
  if (!form) return;
  var KEY = "advocacy-my-disciplines";
  var boxes = Array.prototype.slice.call(form.querySelectorAll("input[name=my-discipline]"));
  var lists = Array.prototype.slice.call(document.querySelectorAll("[data-my-list]"));
  var toggle = form.querySelector("[data-my-toggle]");
  var status = form.querySelector("[data-my-status]");
  var queueFilter = document.querySelector("[data-queue-filter]");
  var showAll = false;

  function stored() {
    try {
      var list = JSON.parse(window.localStorage.getItem(KEY) || "[]");
      return Array.isArray(list) ? list.filter(function (id) { return typeof id === "string"; }) : [];
    } catch (e) { return []; }
  }
  function store(list) {
    try {
      if (list.length) window.localStorage.setItem(KEY, JSON.stringify(list));
      else window.localStorage.removeItem(KEY);
    } catch (e) { /* private mode: the choice lasts for this page only */ }
  }
  function chosen() { return boxes.filter(function (b) { return b.checked; }).map(function (b) { return b.value; }); }
  function filtering() {
    return !!queueFilter && Array.prototype.some.call(queueFilter.elements, function (e) { return e.tagName === "SELECT" && e.value; });
  }
  function isMine(item, mine) {
    return (item.getAttribute("data-disciplines") || "").split(" ").some(function (id) { return mine.indexOf(id) >= 0; });
  }

  function apply() {
    var mine = chosen(), hiddenCount = 0, mineCount = 0;
    var only = mine.length > 0 && !showAll && !filtering();
    lists.forEach(function (list) {
      var items = Array.prototype.slice.call(list.children).filter(function (e) { return e.hasAttribute("data-disciplines"); });
      items.forEach(function (item, index) { if (!item.hasAttribute("data-order")) item.setAttribute("data-order", index); });
      items.sort(function (a, b) {
        var byMine = (mine.length ? isMine(b, mine) - isMine(a, mine) : 0);
        return byMine || a.getAttribute("data-order") - b.getAttribute("data-order");
      });
      items.forEach(function (item) {
        list.appendChild(item);
        var theirs = mine.length > 0 && !isMine(item, mine);
        item.toggleAttribute("data-not-mine", theirs);
        if (theirs) hiddenCount++; else if (mine.length) mineCount++;
      });
      list.toggleAttribute("data-mine-only", only);
    });
    toggle.hidden = mine.length === 0 || filtering() || hiddenCount === 0;
    toggle.textContent = showAll ? form.getAttribute("data-show-mine") : form.getAttribute("data-show-all").replace("{count}", hiddenCount);
    toggle.setAttribute("aria-expanded", String(showAll));
    status.textContent = only && mineCount === 0 ? form.getAttribute("data-none-mine") : "";
  }

  var saved = stored();
  boxes.forEach(function (box) { box.checked = saved.indexOf(box.value) >= 0; });
  form.hidden = false;
  form.addEventListener("change", function () { store(chosen()); apply(); });
  form.addEventListener("submit", function (event) { event.preventDefault(); });
  toggle.addEventListener("click", function () { showAll = !showAll; apply(); });
  if (queueFilter) queueFilter.addEventListener("change", apply);
  if (queueFilter) queueFilter.addEventListener("reset", function () { window.setTimeout(apply, 0); });
  apply();
})();
