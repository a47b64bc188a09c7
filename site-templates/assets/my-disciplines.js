// My disciplines: an employee ticks the disciplines they share for once, and the lists marked
// data-my-list (the home page's and the queue's) show those items first, the others behind
// "Vis alle"; an item's page (data-my-cards) shows their cards first, with jump links to them at
// the top ("Til din tekst: Thought leadership · LinkedIn"). The choice is kept only in this browser's localStorage: never in a cookie, never
// sent anywhere. A queue filter chosen on the page (?discipline=, ?platform=) wins: then every item
// the filter keeps is shown. Without JavaScript, or without localStorage, the lists are as built.
(function () {
  "use strict";
  var KEY = "advocacy-my-disciplines";
  var form = document.querySelector("[data-my-disciplines]");
  var cards = document.querySelector("[data-my-cards]");
  if (cards) cardsFirst(cards, stored());
  if (!form) return;
  var boxes = Array.prototype.slice.call(form.querySelectorAll("input[name=my-discipline]"));
  var lists = Array.prototype.slice.call(document.querySelectorAll("[data-my-list]"));
  var toggle = form.querySelector("[data-my-toggle]");
  var status = form.querySelector("[data-my-status]");
  var queueFilter = document.querySelector("[data-queue-filter]");
  var showAll = false;

  /** Puts the cards of the `mine` disciplines first, in their order, and links to each of them at
      the top of the page. Without a choice the page stays as built. */
  function cardsFirst(section, mine) {
    var all = Array.prototype.slice.call(section.querySelectorAll(".card"));
    var chosen = all.filter(function (card) { return mine.indexOf(card.getAttribute("data-discipline")) >= 0; });
    if (!chosen.length) return;
    var others = all.filter(function (card) { return chosen.indexOf(card) < 0; });
    var place = document.createComment("");
    all[0].before(place);
    chosen.concat(others).forEach(function (card) { place.before(card); });
    place.remove();
    var jump = document.createElement("nav");
    jump.className = "my-jump";
    jump.setAttribute("aria-label", section.getAttribute("data-jump").replace(/:$/, ""));
    var words = document.createElement("p");
    words.textContent = section.getAttribute("data-jump") + " ";
    chosen.forEach(function (card, index) {
      var link = document.createElement("a");
      link.href = "#" + card.id;
      link.textContent = card.querySelector(".card-discipline").textContent + " · " + card.querySelector(".platform").textContent;
      if (index) words.appendChild(document.createTextNode(", "));
      words.appendChild(link);
    });
    jump.appendChild(words);
    var head = document.querySelector(".page-head");
    (head || section).appendChild(jump);
    // A link to a card (#card-…) still lands on it after the cards moved.
    var target = window.location.hash && document.getElementById(window.location.hash.slice(1));
    if (target && section.contains(target)) target.scrollIntoView();
  }

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
