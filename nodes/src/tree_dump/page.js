// morel tree: the HTML view. Builds the function list, the tree and the
// panes from the JSON embedded in the page; needs nothing from the network.
"use strict";
(function () {
  var data = JSON.parse(document.getElementById("tree-data").textContent);
  var sources = JSON.parse(document.getElementById("tree-sources").textContent);
  var nodes = data.nodes;
  var N = nodes.length;
  var items = new Array(N); // li.node per id
  var rows = new Array(N); // its .row
  var lists = new Array(N); // its ul of children (null for leaves)
  var unitRows = {}; // code unit id -> li in the function list
  var treeEl = document.getElementById("tree");
  var searchEl = document.getElementById("search");
  var selected = -1;
  var encoder = new TextEncoder();
  var decoder = new TextDecoder();
  var fileCache = {};

  function make(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined && text !== null) e.textContent = String(text);
    return e;
  }

  function bitsText(t) {
    return "{" + t.names.join(",") + "}";
  }

  function callsText(c) {
    return c.calls + (c.calls_saturated ? "+" : "");
  }

  // ---- the tree ----------------------------------------------------------

  // Expanded at first: code units and the nodes that lead to them, so every
  // function's statements show and everything below them is one click away.
  var leadsToCode = new Uint8Array(N);
  for (var i = N - 1; i >= 0; i--) {
    if (nodes[i].code) leadsToCode[i] = 1;
    if (leadsToCode[i] && nodes[i].parent !== null) leadsToCode[nodes[i].parent] = 1;
  }

  function buildRow(n) {
    var row = make("div", "row st-" + (n.state || "none"));
    row.dataset.id = n.id;
    row.appendChild(make("span", "toggle"));
    if (n.role) row.appendChild(make("span", "role", n.role + ":"));
    row.appendChild(make("span", "kind", n.kind));
    if (n.detail !== null) row.appendChild(make("span", "detail", n.detail));
    if (n.type_state) row.appendChild(make("span", "badge", bitsText(n.type_state)));
    if (n.cache) row.appendChild(make("span", "badge", "cache " + n.cache.state + ": " + n.cache.hits + " hits / " + n.cache.misses + " misses"));
    if (n.code) row.appendChild(make("span", "badge", n.code.kind + ", calls " + callsText(n.code)));
    if (n.span) row.title = spanText(n.span);
    return row;
  }

  for (i = 0; i < N; i++) {
    var n = nodes[i];
    var li = make("li", "node");
    li.dataset.id = i;
    var row = buildRow(n);
    li.appendChild(row);
    if (n.children.length) {
      var ul = make("ul");
      li.appendChild(ul);
      lists[i] = ul;
      if (!leadsToCode[i]) li.classList.add("collapsed");
    } else {
      lists[i] = null;
      li.classList.add("leaf");
    }
    items[i] = li;
    rows[i] = row;
    (n.parent === null ? treeEl : lists[n.parent]).appendChild(li);
  }

  treeEl.addEventListener("click", function (ev) {
    var row = ev.target.closest(".row");
    if (row) activate(+row.dataset.id);
  });

  // A click: expand or collapse, and select.
  function activate(id) {
    if (lists[id]) {
      var li = items[id];
      if (treeEl.classList.contains("searching") && li.classList.contains("open")) {
        li.classList.remove("open");
        li.classList.add("collapsed");
      } else {
        li.classList.toggle("collapsed");
      }
    }
    select(id, false);
  }

  // Expands every ancestor of `id` (and leaves a search that hides it).
  function reveal(id) {
    if (treeEl.classList.contains("searching") && items[id].classList.contains("miss")) {
      searchEl.value = "";
      search("");
    }
    for (var p = nodes[id].parent; p !== null; p = nodes[p].parent) items[p].classList.remove("collapsed");
  }

  function select(id, scroll) {
    if (selected >= 0) rows[selected].classList.remove("selected");
    var old = document.querySelector("#unit-list li.current");
    if (old) old.classList.remove("current");
    selected = id;
    rows[id].classList.add("selected");
    var unit = unitOf(id);
    if (unitRows[unit]) unitRows[unit].classList.add("current");
    showDetails(id);
    showSource(id, unit);
    if (scroll) rows[id].scrollIntoView({ block: "center" });
  }

  function unitOf(id) {
    var u = id;
    while (u !== null && !nodes[u].code) u = nodes[u].parent;
    return u === null ? nodes[id].tree : u;
  }

  // ---- the function list -------------------------------------------------

  var unitList = document.getElementById("unit-list");
  var unitCount = 0;
  data.trees.forEach(function (t, ti) {
    unitList.appendChild(make("li", "file", t.file));
    var end = ti + 1 < data.trees.length ? data.trees[ti + 1].root : N;
    for (var j = t.root; j < end; j++) {
      var c = nodes[j].code;
      if (!c) continue;
      var depth = 0;
      for (var p = nodes[j].parent; p !== null; p = nodes[p].parent) if (nodes[p].code) depth++;
      var li = make("li");
      li.style.paddingLeft = 10 + 12 * depth + "px";
      li.title = c.qualname + " (" + c.kind + ", " + callsText(c) + " calls)";
      li.appendChild(make("span", "unit-calls", callsText(c)));
      li.appendChild(make("span", null, c.qualname + " "));
      li.appendChild(make("span", "unit-kind", c.kind));
      li.dataset.id = j;
      li.addEventListener("click", function (ev) {
        var id = +ev.currentTarget.dataset.id;
        reveal(id);
        items[id].classList.remove("collapsed");
        select(id, true);
      });
      unitRows[j] = li;
      unitList.appendChild(li);
      unitCount++;
    }
  });

  document.getElementById("summary").textContent =
    N + " nodes, " + unitCount + " code units, specializer " + data.specializer + (data.stats_enabled ? "" : ", statistics were off");

  // ---- search by node kind -----------------------------------------------

  var statusEl = document.getElementById("search-status");

  // Shows the nodes whose kind contains `q` (case-insensitive) and the
  // nodes on the way to them; an empty query shows the whole tree again.
  function search(q) {
    q = q.trim().toLowerCase();
    var hits = 0;
    if (!q) {
      treeEl.classList.remove("searching");
      for (var k = 0; k < N; k++) items[k].classList.remove("hit", "miss", "open");
      statusEl.textContent = "";
      return 0;
    }
    var keep = new Uint8Array(N);
    var open = new Uint8Array(N);
    var hit = new Uint8Array(N);
    for (var j = N - 1; j >= 0; j--) {
      if (nodes[j].kind.toLowerCase().indexOf(q) >= 0) {
        hit[j] = 1;
        keep[j] = 1;
        hits++;
      }
      var p = nodes[j].parent;
      if (keep[j] && p !== null) {
        keep[p] = 1;
        open[p] = 1;
      }
    }
    for (j = 0; j < N; j++) {
      var cl = items[j].classList;
      cl.toggle("hit", !!hit[j]);
      cl.toggle("miss", !keep[j]);
      cl.toggle("open", !!open[j]);
    }
    treeEl.classList.add("searching");
    statusEl.textContent = hits + (hits === 1 ? " node" : " nodes");
    return hits;
  }

  searchEl.addEventListener("input", function () {
    search(searchEl.value);
  });

  // ---- details -----------------------------------------------------------

  function table(pairs) {
    var t = make("table");
    pairs.forEach(function (p) {
      if (p[1] === null || p[1] === undefined) return;
      var tr = make("tr");
      tr.appendChild(make("th", null, p[0]));
      var td = make("td");
      if (p[1] instanceof Node) td.appendChild(p[1]);
      else td.textContent = String(p[1]);
      tr.appendChild(td);
      t.appendChild(tr);
    });
    return t;
  }

  function chip(state) {
    return make("span", "chip st-" + (state || "none"), state || "none");
  }

  function spanText(s) {
    if (!s) return null;
    return s.column ? s.line + ":" + s.column + " - " + s.end_line + ":" + s.end_column : "line " + s.line;
  }

  function subtreeSize(id) {
    var size = 1;
    var stack = nodes[id].children.slice();
    while (stack.length) {
      var c = stack.pop();
      size++;
      Array.prototype.push.apply(stack, nodes[c].children);
    }
    return size;
  }

  function showDetails(id) {
    var n = nodes[id];
    var body = document.getElementById("details-body");
    body.textContent = "";
    body.appendChild(
      table([
        ["kind", n.kind],
        ["role", n.role],
        ["detail", n.detail],
        ["node id", n.id],
        ["source", spanText(n.span)],
        ["state", n.state ? chip(n.state) : "does not specialize"],
        ["children", n.children.length],
        ["subtree", subtreeSize(id) + " nodes"],
      ])
    );
    if (n.type_state) {
      var t = n.type_state;
      body.appendChild(make("h3", null, "Type state"));
      body.appendChild(
        table([
          ["class", chip(t.class)],
          ["bits", "0x" + t.bits.toString(16).padStart(2, "0") + " " + bitsText(t)],
          ["rewrites", data.stats_enabled ? t.history.length : "not recorded (statistics off)"],
        ])
      );
      if (t.history.length) {
        var h = make("table");
        var head = make("tr");
        ["#", "before", "after", "added"].forEach(function (x) {
          head.appendChild(make("th", null, x));
        });
        h.appendChild(head);
        t.history.forEach(function (tr, k) {
          var r = make("tr");
          r.appendChild(make("td", null, k + 1));
          r.appendChild(make("td", null, "0x" + tr.before.toString(16)));
          r.appendChild(make("td", null, "0x" + tr.after.toString(16)));
          r.appendChild(make("td", null, tr.added.join(", ")));
          h.appendChild(r);
        });
        h.className = "history";
        body.appendChild(h);
      }
    }
    if (n.cache) {
      var c = n.cache;
      body.appendChild(make("h3", null, "Inline cache"));
      body.appendChild(
        table([
          ["state", chip(c.state)],
          ["entries", c.entries],
          ["hits", c.hits],
          ["misses", c.misses],
          ["rewrites", c.rewrites],
          ["resets", c.resets],
          ["guard failures", c.guard_failures],
        ])
      );
    }
    if (n.code) {
      var u = n.code;
      body.appendChild(make("h3", null, "Code unit"));
      body.appendChild(
        table([
          ["kind", u.kind],
          ["qualname", u.qualname],
          ["file", u.file],
          ["calls", u.calls_saturated ? u.calls + " (stopped counting at " + data.calls_saturate + ")" : u.calls],
        ])
      );
    }
  }

  // ---- source ------------------------------------------------------------

  // The file's text as UTF-8 bytes (spans are byte offsets) and where its
  // lines start.
  function fileText(file) {
    if (fileCache[file]) return fileCache[file];
    var text = sources[file];
    if (text === null || text === undefined) return (fileCache[file] = null);
    var bytes = encoder.encode(text);
    var starts = [0];
    for (var k = 0; k < bytes.length; k++) if (bytes[k] === 10) starts.push(k + 1);
    var lines = starts.length - (starts[starts.length - 1] === bytes.length && bytes.length > 0 ? 1 : 0);
    return (fileCache[file] = { bytes: bytes, starts: starts, lines: lines });
  }

  // Shows the source of `unit` (the whole file for a module) with node
  // `id`'s range highlighted.
  function showSource(id, unit) {
    var n = nodes[id];
    var file = data.trees[n.tree].file;
    var u = nodes[unit];
    var title = document.getElementById("source-title");
    var body = document.getElementById("source-body");
    title.textContent = "Source: " + file + (u.code && u.code.kind !== "module" ? " (" + u.code.qualname + ")" : "") + (n.span ? "  at " + spanText(n.span) : "");
    title.dataset.range = n.span ? spanText(n.span) : "";
    body.textContent = "";
    var f = fileText(file);
    if (!f) {
      body.appendChild(make("p", "hint", "The source of " + file + " is not available."));
      return;
    }
    var first = 1;
    var last = f.lines;
    if (u.code && u.code.kind !== "module" && u.span) {
      first = u.span.line;
      last = u.span.end_line;
    }
    if (n.span) {
      first = Math.min(first, n.span.line);
      last = Math.max(last, n.span.end_line);
    }
    last = Math.min(Math.max(last, first), f.lines);
    var from = f.starts[first - 1] || 0;
    var to = last < f.starts.length ? f.starts[last] : f.bytes.length;
    var gutter = [];
    for (var l = first; l <= last; l++) gutter.push(l);
    body.appendChild(make("pre", "gutter", gutter.join("\n")));
    var code = make("pre", "code");
    if (n.span) {
      var s = Math.min(Math.max(n.span.start, from), to);
      var e = Math.min(Math.max(n.span.end, s), to);
      code.appendChild(document.createTextNode(decoder.decode(f.bytes.subarray(from, s))));
      var mark = make("mark", null, decoder.decode(f.bytes.subarray(s, e)));
      mark.id = "hl";
      code.appendChild(mark);
      code.appendChild(document.createTextNode(decoder.decode(f.bytes.subarray(e, to))));
    } else {
      code.textContent = decoder.decode(f.bytes.subarray(from, to));
    }
    body.appendChild(code);
    var m = document.getElementById("hl");
    if (m) m.scrollIntoView({ block: "center" });
  }

  // ---- URL fragment: #node=ID and the test hook #test:CMD;CMD... ---------

  function visibleCount() {
    var c = 0;
    for (var k = 0; k < N; k++) if (rows[k].getClientRects().length) c++;
    return c;
  }

  function snapshot(step) {
    step.visible = visibleCount();
    step.searching = treeEl.classList.contains("searching");
    var hitKinds = {};
    var hits = 0;
    treeEl.querySelectorAll("li.node.hit").forEach(function (li) {
      if (li.firstChild.getClientRects().length) {
        hits++;
        hitKinds[nodes[+li.dataset.id].kind] = 1;
      }
    });
    step.matches = hits;
    step.match_kinds = Object.keys(hitKinds);
    step.selected = selected;
    if (selected >= 0) {
      var kids = nodes[selected].children;
      step.expanded = !items[selected].classList.contains("collapsed");
      step.children_visible = kids.filter(function (c) {
        return rows[c].getClientRects().length > 0;
      }).length;
      step.details_kind = (document.querySelector("#details-body td") || {}).textContent || null;
      step.source_range = document.getElementById("source-title").dataset.range || null;
      var m = document.getElementById("hl");
      step.highlight = m ? m.textContent : null;
      step.row_background = getComputedStyle(rows[selected]).backgroundColor;
    }
    return step;
  }

  function runTest(spec) {
    var result = { rendered: treeEl.querySelectorAll("li.node").length, nodes: N, units: unitCount, initial_visible: visibleCount(), steps: [] };
    spec.split(";").forEach(function (cmd) {
      if (!cmd) return;
      var eq = cmd.indexOf("=");
      var name = eq < 0 ? cmd : cmd.slice(0, eq);
      var arg = eq < 0 ? "" : decodeURIComponent(cmd.slice(eq + 1));
      var step = { command: name, argument: arg };
      if (name === "search" || name === "clear") {
        searchEl.value = name === "search" ? arg : "";
        searchEl.dispatchEvent(new Event("input"));
      } else if (name === "click" && rows[+arg]) {
        rows[+arg].click();
      } else if (name === "select" && rows[+arg]) {
        reveal(+arg);
        select(+arg, true);
      } else {
        step.error = "unknown command or node";
      }
      result.steps.push(snapshot(step));
    });
    var out = document.getElementById("test-result");
    out.textContent = JSON.stringify(result).replace(/[<>&]/g, function (c) {
      return "\\u" + c.charCodeAt(0).toString(16).padStart(4, "0");
    });
    out.hidden = false;
  }

  function followHash() {
    var h = location.hash.slice(1);
    if (h.indexOf("test:") === 0) {
      runTest(h.slice(5));
    } else if (h.indexOf("node=") === 0 && rows[+h.slice(5)]) {
      var id = +h.slice(5);
      reveal(id);
      select(id, true);
    }
  }

  window.addEventListener("hashchange", followHash);
  followHash();
})();
