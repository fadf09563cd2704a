// seedlint report: the health table (drawn from the page's data, sorted, filtered and
// shown a page of rows at a time) and moving between the overview and documents.
// Plain JavaScript, no framework. It never writes markup: only elements, text nodes
// and attributes, so a path or message from the corpus can only ever be text.
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("seedlint-data").textContent);
  var SEVERITIES = ["error", "warning", "info"];
  var CELL = ["", "i", "w", "e"];  // a cell's class by the rank of its worst severity
  var PAGE = 500;  // rows drawn at a time: a 10,000-document table stays fast
  var table = document.getElementById("health");
  var body = table.tBodies[0];
  var controls = {
    path: document.getElementById("f-path"),
    category: document.getElementById("f-category"),
    severity: document.getElementById("f-severity"),
    rule: document.getElementById("f-rule"),
    state: document.getElementById("f-state")
  };
  var count = document.getElementById("f-count");
  var more = document.getElementById("f-more");
  var order = data.docs.map(function (doc, i) { return i; });
  var matching = order;
  var limit = PAGE;
  var rows = [];  // drawn rows by document number, kept for the next draw

  function element(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  }

  function row(n) {
    if (rows[n]) return rows[n];
    var doc = data.docs[n];
    var tr = element("tr");
    var name = element("td");
    if (doc[1] > 0) {
      var link = element("a", "", doc[0]);
      link.setAttribute("href", "#d" + n);
      name.appendChild(link);
    } else {
      name.appendChild(document.createTextNode(doc[0] + " "));
      name.appendChild(element("span", "clean", "clean"));
    }
    tr.appendChild(name);
    tr.appendChild(element("td", "", String(doc[1])));
    doc[2].forEach(function (rank, c) {
      tr.appendChild(element("td", CELL[rank], doc[3][c] ? String(doc[3][c]) : ""));
    });
    rows[n] = tr;
    return tr;
  }

  function draw() {
    var fragment = document.createDocumentFragment();
    matching.slice(0, limit).forEach(function (n) { fragment.appendChild(row(n)); });
    body.textContent = "";
    body.appendChild(fragment);
    var drawn = Math.min(limit, matching.length);
    count.textContent = matching.length + " of " + data.docs.length + " documents" +
      (drawn < matching.length ? " (the first " + drawn + " shown)" : "");
    more.hidden = drawn >= matching.length;
  }

  // A key is rule * 3 + severity; a row passes when one of its keys passes them all.
  function keyPasses(key, f) {
    var ruleId = data.rules[Math.floor(key / 3)];
    if (f.rule && ruleId !== f.rule) return false;
    if (f.category && ruleId.split(".")[0] !== f.category) return false;
    return !(f.severity >= 0 && key % 3 > f.severity);
  }

  function passes(doc, f) {
    if (f.path && doc[0].toLowerCase().indexOf(f.path) < 0) return false;
    if (f.state === "clean" && doc[1] > 0) return false;
    if (f.state === "flagged" && doc[1] === 0) return false;
    if (!f.category && !f.rule && f.severity < 0) return true;
    return doc[4].some(function (key) { return keyPasses(key, f); });
  }

  function applyFilters() {
    var f = {
      path: controls.path.value.trim().toLowerCase(),
      category: controls.category.value,
      severity: SEVERITIES.indexOf(controls.severity.value),
      rule: controls.rule.value,
      state: controls.state.value
    };
    matching = order.filter(function (n) { return passes(data.docs[n], f); });
    limit = PAGE;
    draw();
  }

  var timer = null;
  controls.path.addEventListener("input", function () {
    clearTimeout(timer);
    timer = setTimeout(applyFilters, 120);
  });
  ["category", "severity", "rule", "state"].forEach(function (name) {
    controls[name].addEventListener("change", applyFilters);
  });
  document.getElementById("f-more-button").addEventListener("click", function () {
    limit += PAGE;
    draw();
  });

  // Sorting: path as text; the others by worst severity, then count, most first.
  function sortValue(doc, key) {
    if (key === "total") return doc[1];
    var c = Number(key);
    return doc[2][c] * 1e9 + doc[3][c];
  }

  function sortBy(th) {
    var key = th.getAttribute("data-key");
    var current = th.getAttribute("aria-sort");
    var ascending = current ? current === "descending" : key === "path";
    Array.prototype.forEach.call(table.tHead.rows[0].cells, function (cell) {
      cell.removeAttribute("aria-sort");
    });
    th.setAttribute("aria-sort", ascending ? "ascending" : "descending");
    var sign = ascending ? 1 : -1;
    var byPath = function (a, b) { return a - b; };  // documents are numbered in path order
    order = order.slice().sort(function (a, b) {
      var diff = key === "path" ? 0 : sortValue(data.docs[a], key) - sortValue(data.docs[b], key);
      return sign * diff || byPath(a, b);  // ties stay in path order either way
    });
    applyFilters();
  }

  Array.prototype.forEach.call(table.tHead.rows[0].cells, function (th) {
    th.addEventListener("click", function () { sortBy(th); });
  });

  // A click on a chart bar filters the table by its rule, category or state.
  Array.prototype.forEach.call(document.querySelectorAll("[data-filter]"), function (link) {
    link.addEventListener("click", function () {
      var spec = link.getAttribute("data-filter");
      var cut = spec.indexOf(":");
      if (cut < 0) return;
      ["category", "severity", "rule", "state"].forEach(function (name) {
        controls[name].value = "";
      });
      controls.path.value = "";
      controls[spec.slice(0, cut)].value = spec.slice(cut + 1);
      applyFilters();
    });
  });

  draw();

  // Documents whose text is not in the page: their section is built from the data the
  // first time it is opened, with text nodes only.
  function noteParts(node, f) {
    var str = data.strings;
    node.appendChild(element("span", "sev", SEVERITIES[f[2]]));
    node.appendChild(document.createTextNode(" "));
    node.appendChild(element("code", "", data.rules[f[1]]));
    node.appendChild(document.createTextNode(" " + str[f[3]]));
    f[4].forEach(function (link) {
      var rel = element("span", "rel", " → ");
      var target = element(str[link[0]] ? "a" : "span", "", str[link[1]]);
      if (str[link[0]]) target.setAttribute("href", str[link[0]]);
      rel.appendChild(target);
      if (str[link[2]]) rel.appendChild(document.createTextNode(" (" + str[link[2]] + ")"));
      node.appendChild(rel);
    });
    if (str[f[5]]) {
      var pair = element("a", "pairlink", "side by side");
      pair.setAttribute("href", "#" + str[f[5]]);
      node.appendChild(document.createTextNode(" "));
      node.appendChild(pair);
    }
  }

  function buildSection(n) {
    var list = data.findings[String(n)];
    if (!list) return null;
    var section = element("section", "doc");
    section.id = "d" + n;
    var back = element("p", "muted");
    var link = element("a", "", "← all documents");
    link.setAttribute("href", "#table");
    back.appendChild(link);
    section.appendChild(back);
    section.appendChild(element("h2", "", data.docs[n][0]));
    var worst = SEVERITIES[Math.min.apply(null, list.map(function (f) { return f[2]; }))];
    var noun = list.length === 1 ? " finding" : " findings";
    section.appendChild(element("p", "muted", list.length + noun + ", the worst " + worst));
    section.appendChild(element("p", "reason", data.reason));
    var ol = element("ol", "hidden");
    var last = null;
    list.forEach(function (f) {
      var li = element("li", "note sev-" + SEVERITIES[f[2]], "line " + f[0] + ": ");
      if (f[0] !== last) li.id = "d" + n + "-L" + f[0];
      last = f[0];
      noteParts(li, f);
      ol.appendChild(li);
    });
    section.appendChild(ol);
    document.body.insertBefore(section, document.getElementById("seedlint-data"));
    return section;
  }

  // Show the section the address points into (building it when needed); a link to a
  // line the page does not show goes to its document.
  var open = null;
  function followHash() {
    var id = decodeURIComponent(location.hash.slice(1));
    var target = id ? document.getElementById(id) : null;
    var match = /^d(\d+)(-L\d+)?$/.exec(id);
    if (!target && match) {
      var built = document.getElementById("d" + match[1]) || buildSection(Number(match[1]));
      target = document.getElementById(id) || built;
    }
    var section = target ? target.closest("section.doc") : null;
    if (open && open !== section) open.classList.remove("open");
    open = section;
    if (section) section.classList.add("open");
    document.body.classList.toggle("viewing", section !== null);
    if (target) {
      requestAnimationFrame(function () {
        target.scrollIntoView({block: target.classList.contains("ln") ? "center" : "start"});
      });
    }
  }
  window.addEventListener("hashchange", followHash);
  followHash();
})();
