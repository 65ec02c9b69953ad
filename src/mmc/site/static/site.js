/* mmc site: search over the static index, list filters, print buttons.
   Everything here enhances pages that already work without JavaScript. */
(function () {
  "use strict";

  var root = document.body.getAttribute("data-root") || "./";
  var indexPromise = null;

  /* The index comes as a script (search-index.js): unlike fetch(), a script also loads
     when the site is opened from disk (file://). It resolves to null when it cannot load. */
  function loadIndex() {
    if (!indexPromise) {
      indexPromise = new Promise(function (resolve) {
        if (Array.isArray(window.mmcSearchIndex)) { resolve(window.mmcSearchIndex); return; }
        var script = document.createElement("script");
        script.src = root + "search-index.js";
        script.onload = function () {
          resolve(Array.isArray(window.mmcSearchIndex) ? window.mmcSearchIndex : null);
        };
        script.onerror = function () { resolve(null); };
        document.head.appendChild(script);
      });
    }
    return indexPromise;
  }

  var UNAVAILABLE = "Search cannot read its index (search-index.js, at the top of the site), " +
    "so it cannot find anything here. If you copied the site, copy that file too; meanwhile " +
    "the search page lists every exercise and muscle from A to Z.";

  function norm(text) {
    return (text || "").toLowerCase().normalize("NFD").replace(/[\u0300-\u036f]/g, "");
  }

  function tokens(query) {
    return norm(query).split(/[^a-z0-9]+/).filter(function (t) { return t.length > 0; });
  }

  /* Score one entry: every query word must match somewhere; a match in the title counts
     most, then the target muscles (names, Latin names, aliases), then everything else. */
  function score(entry, words) {
    var title = norm(entry.t), primary = norm(entry.p), other = norm(entry.w + " " + entry.d);
    var total = 0;
    for (var i = 0; i < words.length; i++) {
      var w = words[i], best = 0;
      if (title.indexOf(w) === 0 || title.indexOf(" " + w) >= 0) best = 10;
      else if (title.indexOf(w) >= 0) best = 6;
      if (!best && new RegExp("(^|[^a-z])" + w).test(primary)) best = entry.k === "muscle" ? 9 : 5;
      if (!best && new RegExp("(^|[^a-z])" + w).test(other)) best = 2;
      if (!best) return 0;
      total += best;
    }
    if (entry.k === "exercise") total += 0.5;
    return total;
  }

  function search(index, query, limit) {
    var words = tokens(query);
    if (!words.length) return [];
    var found = [];
    for (var i = 0; i < index.length; i++) {
      var s = score(index[i], words);
      if (s > 0) found.push([s, index[i]]);
    }
    found.sort(function (a, b) { return b[0] - a[0] || (a[1].t < b[1].t ? -1 : 1); });
    return found.slice(0, limit).map(function (pair) { return pair[1]; });
  }

  function resultItem(entry) {
    var li = document.createElement("li");
    var a = document.createElement("a");
    a.href = root + entry.u;
    var kind = document.createElement("span");
    kind.className = "result-kind";
    kind.textContent = entry.k;
    var title = document.createElement("span");
    title.className = "result-title";
    title.textContent = entry.t;
    var detail = document.createElement("span");
    detail.className = "result-detail";
    detail.textContent = entry.d;
    a.appendChild(kind);
    a.appendChild(title);
    a.appendChild(detail);
    li.appendChild(a);
    return li;
  }

  function setupHeaderSearch() {
    var input = document.querySelector("[data-search-input]");
    var box = document.querySelector("[data-search-results]");
    if (!input || !box) return;
    input.setAttribute("role", "combobox");
    input.setAttribute("aria-expanded", "false");
    input.setAttribute("aria-controls", "site-search-list");
    input.setAttribute("aria-autocomplete", "list");
    var active = -1;

    function close() {
      box.hidden = true;
      input.setAttribute("aria-expanded", "false");
      active = -1;
    }

    function show(results, query) {
      box.textContent = "";
      if (!query) { close(); return; }
      if (results === null) {
        var note = document.createElement("p");
        note.className = "search-empty";
        note.setAttribute("data-search-unavailable", "");
        note.textContent = UNAVAILABLE;
        box.appendChild(note);
      } else if (!results.length) {
        var p = document.createElement("p");
        p.className = "search-empty";
        p.textContent = "Nothing matches \u201c" + query + "\u201d.";
        box.appendChild(p);
      } else {
        var list = document.createElement("ol");
        list.id = "site-search-list";
        results.forEach(function (r) { list.appendChild(resultItem(r)); });
        box.appendChild(list);
      }
      box.hidden = false;
      input.setAttribute("aria-expanded", "true");
      active = -1;
    }

    input.addEventListener("focus", loadIndex);
    input.addEventListener("input", function () {
      var query = input.value.trim();
      loadIndex().then(function (index) {
        if (input.value.trim() === query) show(index ? search(index, query, 8) : null, query);
      });
    });
    input.addEventListener("keydown", function (event) {
      var links = box.querySelectorAll("a");
      if (event.key === "Escape") { close(); return; }
      if (!links.length || (event.key !== "ArrowDown" && event.key !== "ArrowUp")) return;
      event.preventDefault();
      active = (active + (event.key === "ArrowDown" ? 1 : -1) + links.length) % links.length;
      links[active].focus();
    });
    box.addEventListener("keydown", function (event) {
      var links = box.querySelectorAll("a");
      if (event.key === "Escape") { close(); input.focus(); return; }
      if (event.key !== "ArrowDown" && event.key !== "ArrowUp") return;
      event.preventDefault();
      active = (active + (event.key === "ArrowDown" ? 1 : -1) + links.length) % links.length;
      links[active].focus();
    });
    document.addEventListener("click", function (event) {
      if (!box.contains(event.target) && event.target !== input) close();
    });
  }

  function setupSearchPage() {
    var input = document.querySelector("[data-search-page]");
    var list = document.querySelector("[data-search-page-results]");
    var summary = document.querySelector("[data-search-summary]");
    var fallback = document.querySelector("[data-search-fallback]");
    if (!input || !list) return;
    var params = new URLSearchParams(window.location.search);
    var initial = params.get("q") || "";
    input.value = initial;
    function run() {
      var query = input.value.trim();
      loadIndex().then(function (index) {
        if (!index) {
          list.textContent = "";
          if (summary) summary.textContent = query ? UNAVAILABLE : "";
          if (summary) summary.setAttribute("data-search-unavailable", "");
          if (fallback) fallback.hidden = false;
          return;
        }
        var results = search(index, query, 50);
        list.textContent = "";
        results.forEach(function (r) { list.appendChild(resultItem(r)); });
        if (summary) {
          summary.textContent = query
            ? results.length + " result" + (results.length === 1 ? "" : "s") + " for \u201c" + query + "\u201d"
            : "";
        }
        if (fallback) fallback.hidden = Boolean(query);
      });
    }
    input.addEventListener("input", run);
    if (initial) run();
  }

  function setupFilters() {
    var form = document.querySelector("[data-filter-form]");
    var list = document.querySelector("[data-exercise-list]");
    if (!form || !list) return;
    form.hidden = false;
    var items = list.querySelectorAll(".exercise-tile");
    var count = form.querySelector("[data-filter-count]");
    var empty = document.querySelector("[data-filter-empty]");
    function has(item, attr, value) {
      return !value || (" " + item.getAttribute(attr) + " ").indexOf(" " + value + " ") >= 0;
    }
    function apply() {
      var muscle = form.elements.muscle.value;
      var equipment = form.elements.equipment.value;
      var pattern = form.elements.pattern.value;
      var shown = 0;
      for (var i = 0; i < items.length; i++) {
        var ok = has(items[i], "data-muscles", muscle) && has(items[i], "data-equipment", equipment)
          && has(items[i], "data-pattern", pattern);
        items[i].hidden = !ok;
        if (ok) shown++;
      }
      if (count) count.textContent = shown + " of " + items.length + " shown";
      if (empty) empty.hidden = shown > 0;
    }
    form.addEventListener("change", apply);
    form.addEventListener("submit", function (event) { event.preventDefault(); apply(); });
    apply();
  }

  function setupPrintButtons() {
    var buttons = document.querySelectorAll("[data-print]");
    for (var i = 0; i < buttons.length; i++) {
      buttons[i].hidden = false;
      buttons[i].addEventListener("click", function () { window.print(); });
    }
  }

  /* Shrink the paper preview of a session sheet to the width of its frame. */
  function setupSheetPreview() {
    var frames = document.querySelectorAll(".sheet-preview");
    if (!frames.length) return;
    function fit() {
      for (var i = 0; i < frames.length; i++) {
        var frame = frames[i], holder = frame.parentNode;
        var style = window.getComputedStyle(holder);
        var room = holder.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
        var scale = Math.min(1, room / frame.offsetWidth);
        frame.style.transform = scale < 1 ? "scale(" + scale + ")" : "";
        frame.style.marginBottom = scale < 1 ? -(frame.offsetHeight * (1 - scale)) + "px" : "";
        holder.style.overflowX = scale < 1 ? "hidden" : "";
      }
    }
    fit();
    window.addEventListener("resize", fit);
  }

  /* Keep the site on this device for the gym (sw.js); a page opened from disk cannot. */
  function setupOffline() {
    if (!("serviceWorker" in navigator) || !/^https?:$/.test(window.location.protocol)) return;
    navigator.serviceWorker.register(root + "sw.js").catch(function () {});
  }

  setupHeaderSearch();
  setupSheetPreview();
  setupOffline();
  setupSearchPage();
  setupFilters();
  setupPrintButtons();
})();
