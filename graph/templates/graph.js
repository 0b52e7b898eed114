/* aikg graph page.
 *
 * Safety rule: every text that comes from an article (names, aliases,
 * sentences, file names, cues) reaches the DOM through textContent or as a
 * DOM element built here; it is never parsed as markup, and no vis-network
 * `title` is a string (vis-network would render a string as HTML).
 */
(function () {
  "use strict";

  var data = JSON.parse(document.getElementById("graph-data").textContent);
  var $ = function (id) { return document.getElementById(id); };

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined && text !== null) node.textContent = String(text);
    return node;
  }

  // -- lookups ---------------------------------------------------------
  var typeStyle = {}, predStyle = {}, nodeById = {}, factsByNode = {};
  data.types.forEach(function (t) { typeStyle[t.name] = t; });
  data.predicates.forEach(function (p) { predStyle[p.name] = p; });
  data.nodes.forEach(function (n) { nodeById[n.id] = n; factsByNode[n.id] = []; });
  data.edges.forEach(function (e) {
    factsByNode[e.from].push(e);
    if (e.to !== e.from) factsByNode[e.to].push(e);
  });
  function styleOfType(name) {
    return typeStyle[name] || { name: name, colour: "#9c9c9c", shape: "hexagon", symbol: "\u2b22" };
  }
  function styleOfPred(name) {
    return predStyle[name] || { name: name, colour: "#555555", symmetric: false };
  }
  function nameOf(id) { return nodeById[id] ? nodeById[id].label : id; }

  function formatAmount(amount, currency) {
    if (amount === null || amount === undefined) return null;
    try {
      if (currency) {
        return new Intl.NumberFormat("en", { style: "currency", currency: currency,
          notation: "compact", maximumFractionDigits: 2 }).format(amount);
      }
    } catch (err) { /* not an ISO code Intl knows: plain number below */ }
    var n = new Intl.NumberFormat("en", { notation: "compact", maximumFractionDigits: 2 }).format(amount);
    return currency ? n + " " + currency : n;
  }

  function attributeLine(e) {
    var parts = [];
    var amount = formatAmount(e.amount, e.currency);
    if (amount) parts.push(amount);
    if (e.year !== null && e.year !== undefined) parts.push(String(e.year));
    var status = e.negated ? "denied" : e.status;
    if (e.cue) status += " (\u201c" + e.cue + "\u201d)";
    parts.push(status);
    if (typeof e.confidence === "number") parts.push("confidence " + e.confidence.toFixed(2));
    return parts.join(" \u00b7 ");
  }

  function factHeadline(e) {
    return nameOf(e.from) + " " + (e.negated ? "not " : "") + e.predicate + " " + nameOf(e.to);
  }

  // the reports of a fact, in date order (undated last), each status change marked
  function evidenceList(e, limit) {
    var ul = el("ul", "evidence");
    var shown = limit ? e.evidence.slice(0, limit) : e.evidence;
    var before = null;
    shown.forEach(function (ev) {
      var li = el("li");
      if (ev.date) li.appendChild(el("span", "date", ev.date));
      if (ev.status && before !== null && ev.status !== before) {
        li.appendChild(el("span", "status-change", before + " \u2192 " + ev.status));
      }
      if (ev.status) before = ev.status;
      li.appendChild(el("q", null, ev.sentence));
      li.appendChild(el("span", "src", ev.doc));
      ul.appendChild(li);
    });
    if (limit && e.evidence.length > limit) {
      ul.appendChild(el("li", "more", "\u2026 " + (e.evidence.length - limit) + " more (click the edge)"));
    }
    return ul;
  }

  // tooltips: DOM elements, so vis-network inserts them as nodes, not HTML
  function edgeTip(e) {
    var div = el("div", "tip");
    div.appendChild(el("b", null, factHeadline(e)));
    div.appendChild(el("div", "attrs", attributeLine(e)));
    div.appendChild(evidenceList(e, 3));
    return div;
  }
  function nodeTip(n) {
    var div = el("div", "tip");
    div.appendChild(el("b", null, n.label));
    var meta = n.type + " \u00b7 " + n.degree + (n.degree === 1 ? " fact" : " facts");
    div.appendChild(el("div", "attrs", meta));
    if (n.aliases.length) div.appendChild(el("div", "attrs", "also: " + n.aliases.join(", ")));
    return div;
  }

  // -- vis data --------------------------------------------------------
  var visNodes = data.nodes.map(function (n) {
    var s = styleOfType(n.type);
    return {
      id: n.id, label: n.label, type: n.type, value: n.degree, shape: s.shape,
      color: { background: s.colour, border: s.colour,
               highlight: { background: s.colour, border: "#222" },
               hover: { background: s.colour, border: "#222" } },
      title: nodeTip(n)
    };
  });

  var pairCount = {};
  var visEdges = data.edges.map(function (e) {
    var p = styleOfPred(e.predicate);
    var pair = e.from < e.to ? e.from + "\u0000" + e.to : e.to + "\u0000" + e.from;
    var k = pairCount[pair] = (pairCount[pair] || 0) + 1;
    var smooth = k === 1 ? { enabled: false }
      : { enabled: true, type: k % 2 ? "curvedCW" : "curvedCCW", roundness: 0.18 * Math.floor(k / 2) };
    var colour = e.negated ? "#999999" : p.colour;
    return {
      id: e.id, from: e.from, to: e.to, predicate: e.predicate, negated: e.negated,
      label: (e.negated ? "not " : "") + e.predicate,
      color: { color: colour, highlight: colour, hover: colour, opacity: e.negated ? 0.7 : 1 },
      dashes: e.negated ? [2, 5] : (e.hedged ? [8, 6] : false),
      arrows: { to: { enabled: !p.symmetric, scaleFactor: 0.6 } },
      smooth: smooth,
      width: e.hedged || e.negated ? 1.5 : 2,
      title: edgeTip(e)
    };
  });

  var nodes = new vis.DataSet(visNodes);
  var edges = new vis.DataSet(visEdges);

  // -- filters ---------------------------------------------------------
  var typeOn = {}, predOn = {}, showDenied = false;
  data.types.forEach(function (t) { typeOn[t.name] = true; });
  data.predicates.forEach(function (p) { predOn[p.name] = true; });

  // the date range: a fact shows when one of its reports is dated within it (or it has an
  // undated one: nothing says when it was known)
  var dates = data.dates || [], dateFrom = dates[0], dateTo = dates[dates.length - 1];
  function inRange(e) {
    var fact = data.edges[e.id];
    if (!dates.length || fact.undated) return true;
    return fact.dates.some(function (d) { return d >= dateFrom && d <= dateTo; });
  }

  var nodeView = new vis.DataView(nodes, { filter: function (n) { return typeOn[n.type] !== false; } });
  var edgeView = new vis.DataView(edges, {
    filter: function (e) {
      return predOn[e.predicate] !== false && (showDenied || !e.negated) && inRange(e) &&
        typeOn[nodeById[e.from].type] !== false && typeOn[nodeById[e.to].type] !== false;
    }
  });
  function refresh() {
    nodeView.refresh(); edgeView.refresh();
    if (dates.length) {
      var n = edgeView.length;
      $("date-count").textContent = n + (n === 1 ? " fact" : " facts") + " shown";
    }
  }

  if (dates.length) {
    var from = $("date-from"), to = $("date-to");
    [from, to].forEach(function (input) { input.max = String(dates.length - 1); });
    from.value = "0"; to.value = String(dates.length - 1);
    var hedged = {};
    data.hedged.forEach(function (s) { hedged[s] = true; });
    // the status a fact had on `day`: that of its latest report dated by then, else its own
    var statusOn = function (fact, day) {
      var known = null;
      fact.evidence.forEach(function (ev) { if (ev.date && ev.date <= day) known = ev.status; });
      return known || fact.status;
    };
    var moved = function () {
      var a = Number(from.value), b = Number(to.value);
      if (a > b) { if (this === from) to.value = String(a); else from.value = String(b); }
      dateFrom = dates[Number(from.value)]; dateTo = dates[Number(to.value)];
      $("date-from-label").textContent = dateFrom;
      $("date-to-label").textContent = dateTo;
      // an edge is drawn as known at the end of the range: hedged while only in talks
      var changed = [];
      data.edges.forEach(function (fact) {
        if (fact.negated) return;
        var dash = hedged[statusOn(fact, dateTo)] ? [8, 6] : false;
        var now = edges.get(fact.id);
        if (now && String(now.dashes) !== String(dash)) changed.push({ id: fact.id, dashes: dash });
      });
      if (changed.length) edges.update(changed);
      refresh();
    };
    from.addEventListener("input", moved);
    to.addEventListener("input", moved);
    $("dates").hidden = false;
    moved.call(from);
  }

  function countBy(items, key) {
    var c = {};
    items.forEach(function (x) { c[x[key]] = (c[x[key]] || 0) + 1; });
    return c;
  }
  var typeCounts = countBy(data.nodes, "type");
  var predCounts = countBy(data.edges.filter(function (e) { return !e.negated; }), "predicate");

  function filterItem(list, name, count, swatch, onChange) {
    var li = el("li", count ? null : "empty");
    var label = el("label");
    var box = el("input");
    box.type = "checkbox"; box.checked = true; box.value = name;
    box.addEventListener("change", function () { onChange(box.checked); });
    label.appendChild(box);
    swatch.forEach(function (s) { label.appendChild(s); });
    label.appendChild(el("span", "name", name));
    label.appendChild(el("span", "count", count || 0));
    li.appendChild(label);
    list.appendChild(li);
    return box;
  }

  var typeBoxes = {};
  data.types.forEach(function (t) {
    var sym = el("span", "symbol", t.symbol);
    sym.style.color = t.colour;
    typeBoxes[t.name] = filterItem($("type-filters"), t.name, typeCounts[t.name], [sym],
      function (on) { typeOn[t.name] = on; refresh(); });
  });
  data.predicates.forEach(function (p) {
    var line = el("span", "line");
    line.style.borderTopColor = p.colour;
    var arrow = el("span", "arrow", p.symmetric ? "\u2194" : "\u2192");
    filterItem($("predicate-filters"), p.name, predCounts[p.name], [line, arrow],
      function (on) { predOn[p.name] = on; refresh(); });
  });
  $("denied-count").textContent = String(data.edges.filter(function (e) { return e.negated; }).length);
  $("show-denied").addEventListener("change", function (ev) { showDenied = ev.target.checked; refresh(); });

  // -- the network -----------------------------------------------------
  var started = performance.now();
  var network = new vis.Network($("network"), { nodes: nodeView, edges: edgeView }, {
    autoResize: true,
    layout: { improvedLayout: data.nodes.length <= 100, randomSeed: 7 },
    nodes: {
      scaling: { min: 8, max: 40, label: { enabled: true, min: 12, max: 22, drawThreshold: 6 } },
      font: { size: 14, color: "#222", strokeWidth: 3, strokeColor: "#ffffff", multi: false },
      borderWidth: 1
    },
    edges: {
      font: { size: 10, color: "#555", strokeWidth: 3, strokeColor: "#ffffff", align: "middle", multi: false },
      selectionWidth: 2
    },
    physics: {
      enabled: true,
      solver: "forceAtlas2Based",
      // small graphs get longer springs: room for the edge labels between big nodes
      forceAtlas2Based: { gravitationalConstant: -60, centralGravity: 0.01,
                          springLength: data.nodes.length <= 50 ? 170 : 110,
                          springConstant: 0.06, damping: 0.5, avoidOverlap: 0.3 },
      maxVelocity: 60, minVelocity: 1, timestep: 0.5,
      stabilization: { enabled: true, iterations: 250, updateInterval: 25, fit: true }
    },
    interaction: { hover: false, tooltipDelay: 150, hideEdgesOnDrag: data.edges.length > 2000,
                   navigationButtons: false, keyboard: false, multiselect: false }
  });

  var aikg = window.aikg = {
    data: data, nodes: nodes, edges: edges, nodeView: nodeView, edgeView: edgeView,
    network: network, settled: false, settleMs: null
  };

  network.on("stabilizationProgress", function (p) {
    $("layout-status").textContent = "Laying out the graph\u2026 " +
      Math.round(100 * p.iterations / p.total) + "%";
  });
  network.once("stabilizationIterationsDone", function () {
    network.setOptions({ physics: false });
    aikg.settled = true;
    aikg.settleMs = Math.round(performance.now() - started);
    $("layout-status").textContent = "";
    // stabilisation fits at most at scale 1: a small graph would sit tiny in the middle
    network.fit({ animation: false, maxZoomLevel: 1.6 });
    if (data.focus) focusNode(data.focus);
  });

  // -- side panel --------------------------------------------------------
  var panel = $("panel"), body = $("panel-body");
  $("panel-close").addEventListener("click", function () {
    panel.hidden = true; network.unselectAll(); network.redraw();
  });

  function entityLink(id) {
    var b = el("button", "entity-link", nameOf(id));
    b.type = "button";
    b.addEventListener("click", function () { focusNode(id); });
    return b;
  }

  function factItem(e) {
    var li = el("li", "fact" + (e.negated ? " denied" : ""));
    var head = el("div", "fact-head");
    head.appendChild(entityLink(e.from));
    var pred = el("span", "pred", (e.negated ? "not " : "") + e.predicate);
    pred.style.color = styleOfPred(e.predicate).colour;
    head.appendChild(pred);
    head.appendChild(entityLink(e.to));
    li.appendChild(head);
    li.appendChild(el("div", "attrs", attributeLine(e)));
    if (review.on && !e.negated) li.appendChild(factTools(e));
    li.appendChild(evidenceList(e));
    return li;
  }

  // -- review mode: marks kept in localStorage, downloaded as corrections.yaml -----
  var REVIEW_KEY = "aikg.corrections";
  var review = { on: false, marks: [], current: null };
  try { review.marks = JSON.parse(localStorage.getItem(REVIEW_KEY) || "[]") || []; } catch (err) { review.marks = []; }

  function saveMarks() {
    try { localStorage.setItem(REVIEW_KEY, JSON.stringify(review.marks)); } catch (err) { /* private mode */ }
    var n = review.marks.length;
    $("review-count").textContent = n + (n === 1 ? " correction" : " corrections");
  }

  function sameMark(a, b) { return JSON.stringify(a) === JSON.stringify(b); }

  function mark(entry) {
    if (!review.marks.some(function (m) { return sameMark(m, entry); })) review.marks.push(entry);
    saveMarks();
    if (review.current) review.current();      // redraw the panel with the mark shown
  }

  function isMarked(entry) { return review.marks.some(function (m) { return sameMark(m, entry); }); }

  function tool(label, onClick) {
    var b = el("button", null, label);
    b.type = "button";
    b.addEventListener("click", onClick);
    return b;
  }

  function factTools(e) {
    var box = el("div", "review");
    var entry = { "reject-fact": { subject: nameOf(e.from), predicate: e.predicate, object: nameOf(e.to) } };
    if (isMarked(entry)) box.appendChild(el("span", "marked", "marked wrong"));
    else box.appendChild(tool("wrong fact", function () { mark(entry); }));
    return box;
  }

  function entityTools(n) {
    var box = el("div", "review");
    var gone = { "not-an-entity": n.label };
    if (isMarked(gone)) box.appendChild(el("span", "marked", "marked not an entity"));
    else box.appendChild(tool("not an entity", function () { mark(gone); }));
    var other = el("input");
    other.type = "search"; other.setAttribute("list", "entity-names");
    other.placeholder = "same as\u2026 / new name"; other.className = "review-name";
    box.appendChild(other);
    box.appendChild(tool("same as\u2026", function () {
      var target = find(other.value);
      if (target && target !== n.id) mark({ "same-as": { name: n.label, is: nameOf(target) } });
    }));
    box.appendChild(tool("rename", function () {
      var to = other.value.trim();
      if (to && to !== n.label) mark({ rename: { name: n.label, to: to } });
    }));
    var types = el("select");
    data.types.forEach(function (t) {
      var o = el("option", null, t.name); o.value = t.name; o.selected = t.name === n.type; types.appendChild(o);
    });
    box.appendChild(types);
    box.appendChild(tool("retype", function () {
      if (types.value !== n.type) mark({ retype: { name: n.label, type: types.value } });
    }));
    review.marks.forEach(function (m) {
      var k = Object.keys(m)[0], v = m[k];
      if (k !== "not-an-entity" && k !== "reject-fact" && v.name === n.label)
        box.appendChild(el("span", "marked", "marked: " + k));
    });
    return box;
  }

  function yamlText(value) { return JSON.stringify(String(value)); }   // a JSON string is a YAML scalar

  function correctionsYaml() {
    var lines = ["# corrections made in aikg's review mode; aikg build ... --corrections corrections.yaml",
                 "corrections:"];
    review.marks.forEach(function (m) {
      var k = Object.keys(m)[0], v = m[k];
      if (typeof v === "string") { lines.push("  - " + k + ": " + yamlText(v)); return; }
      lines.push("  - " + k + ": {" + Object.keys(v).map(function (f) {
        return f + ": " + yamlText(v[f]);
      }).join(", ") + "}");
    });
    return lines.join("\n") + "\n";
  }

  function setReview(on) {
    review.on = on;
    $("review-tools").hidden = !on;
    if (review.current && !panel.hidden) review.current();
  }
  $("review-mode").addEventListener("change", function (ev) { setReview(ev.target.checked); });
  $("review-clear").addEventListener("click", function () {
    review.marks = []; saveMarks(); if (review.current && !panel.hidden) review.current();
  });
  $("review-download").addEventListener("click", function () {
    var a = el("a");
    a.href = URL.createObjectURL(new Blob([correctionsYaml()], { type: "application/yaml" }));
    a.download = "corrections.yaml";
    document.body.appendChild(a); a.click(); a.remove();
  });
  saveMarks();

  function showPanel(children) {
    body.replaceChildren.apply(body, children);
    panel.hidden = false;
    panel.scrollTop = 0;
  }

  function openNodePanel(id) {
    var n = nodeById[id];
    if (!n) return;
    var facts = factsByNode[id].slice().sort(function (a, b) {
      return (a.negated - b.negated) || a.predicate.localeCompare(b.predicate) ||
        nameOf(a.from === id ? a.to : a.from).localeCompare(nameOf(b.from === id ? b.to : b.from));
    });
    var list = el("ul", "facts");
    facts.forEach(function (e) { list.appendChild(factItem(e)); });
    var meta = n.type + " \u00b7 " + facts.length + (facts.length === 1 ? " fact" : " facts");
    var parts = [el("h2", null, n.label), el("p", "meta", meta)];
    if (n.aliases.length) parts.push(el("p", "meta", "Also: " + n.aliases.join(", ")));
    if (review.on) parts.push(entityTools(n));
    parts.push(list);
    review.current = function () { openNodePanel(id); };
    showPanel(parts);
  }

  function openEdgePanel(edgeId) {
    var e = data.edges[edgeId];
    if (!e) return;
    var list = el("ul", "facts");
    list.appendChild(factItem(e));
    review.current = function () { openEdgePanel(edgeId); };
    showPanel([el("h2", null, factHeadline(e)), list]);
  }
  aikg.openNode = openNodePanel;
  aikg.openEdge = openEdgePanel;
  aikg.correctionsYaml = correctionsYaml;

  network.on("click", function (params) {
    if (params.nodes.length) openNodePanel(params.nodes[0]);
    else if (params.edges.length) openEdgePanel(params.edges[0]);
  });

  function focusNode(id) {
    var n = nodeById[id];
    if (!n) return false;
    if (typeOn[n.type] === false) {           // make it visible again
      typeOn[n.type] = true;
      if (typeBoxes[n.type]) typeBoxes[n.type].checked = true;
      refresh();
    }
    openNodePanel(id);
    network.setSize("100%", "100%");         // the panel may have narrowed the canvas
    network.selectNodes([id]);
    network.focus(id, { scale: Math.max(network.getScale(), 1.2),
                        animation: { duration: 400, easingFunction: "easeInOutQuad" } });
    return true;
  }

  // -- search ------------------------------------------------------------
  var exact = {}, names = [];
  data.nodes.forEach(function (n) {
    [n.label].concat(n.aliases).forEach(function (name) {
      var k = name.toLowerCase();
      if (!(k in exact)) { exact[k] = n.id; names.push([k, n.id]); }
    });
  });
  var datalist = $("entity-names");
  data.nodes.slice().sort(function (a, b) { return b.degree - a.degree; }).slice(0, 2000)
    .forEach(function (n) { var o = el("option"); o.value = n.label; datalist.appendChild(o); });

  function find(query) {
    var q = query.trim().toLowerCase();
    if (!q) return null;
    if (q in exact) return exact[q];
    var best = null;
    for (var i = 0; i < names.length; i++) {
      var k = names[i][0], at = k.indexOf(q);
      if (at < 0) continue;
      var score = (at === 0 ? 0 : 1e6) + k.length;   // prefix first, then shortest
      if (best === null || score < best[0]) best = [score, names[i][1]];
    }
    return best && best[1];
  }

  function search(query) {
    var id = find(query), status = $("search-status");
    if (id === null || id === undefined) {
      status.textContent = query.trim() ? "No entity matches \u201c" + query.trim() + "\u201d" : "";
      status.className = "miss";
      return null;
    }
    status.textContent = "";
    status.className = "";
    focusNode(id);
    return id;
  }

  $("search").addEventListener("submit", function (ev) {
    ev.preventDefault();
    search($("search-input").value);
  });

  aikg.search = search;
  aikg.focusNode = focusNode;
  aikg.openNodePanel = openNodePanel;
})();
