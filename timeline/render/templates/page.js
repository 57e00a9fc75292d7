"use strict";
(function () {
  // Every article-derived string reaches the page through textContent, never as markup.
  var data = JSON.parse(document.getElementById("timeline-data").textContent);
  var events = data.events;
  // Only one page of events is in the document at a time: 10,000 events as DOM nodes take
  // minutes to lay out, a page of them milliseconds. Filters work on the data, not the DOM.
  var PAGE_SIZE = 100;
  var SVG = "http://www.w3.org/2000/svg";
  var DAY = 86400000;

  function el(tag, attrs, children) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) { node.setAttribute(k, attrs[k]); });
    (children || []).forEach(function (c) {
      node.appendChild(typeof c === "string" ? document.createTextNode(c) : c);
    });
    return node;
  }

  function svg(tag, attrs) {
    var node = document.createElementNS(SVG, tag);
    Object.keys(attrs || {}).forEach(function (k) { node.setAttribute(k, String(attrs[k])); });
    return node;
  }

  function doc(m) { return data.documents[m.doc] || { title: m.doc, meta: "", url: null }; }

  // What the text filter searches: everything shown of an event, and its actors' aliases.
  var groupOf = [];
  data.groups.forEach(function (g, gi) { g.events.forEach(function (i) { groupOf[i] = gi; }); });
  // Built the first time a text filter needs it, not while the page opens.
  function haystack(ev) {
    if (ev.haystack === undefined) {
      var parts = [ev.summary, ev.how, ev.date_label].concat(ev.actor_names, ev.places, ev.claims);
      ev.actor_names.forEach(function (n) { parts = parts.concat(data.aliases[n] || []); });
      ev.mentions.forEach(function (m) { parts.push(m.before + m.trigger + m.after, doc(m).title); });
      ev.haystack = parts.join(" ").toLowerCase();  // the words typed are matched one by one
    }
    return ev.haystack;
  }
  events.forEach(function (ev) {
    ev.actorKeys = ev.actor_names.map(function (n) { return n.toLowerCase(); });
    ev.actor_names.forEach(function (n) {
      (data.aliases[n] || []).forEach(function (a) { ev.actorKeys.push(a.toLowerCase()); });
    });
    ev.day = ev.earliest ? Date.parse(ev.earliest + "T00:00:00Z") : null;
  });
  var knownActors = {};
  data.actors.forEach(function (n) { knownActors[n.toLowerCase()] = true; });
  Object.keys(data.aliases || {}).forEach(function (n) {
    data.aliases[n].forEach(function (a) { knownActors[a.toLowerCase()] = true; });
  });

  function sourceLink(m) {
    var d = doc(m);
    var title = el("span", { "class": "doc" }, [d.title]);
    // Python already keeps only http(s) URLs; checked again so a javascript: URL can never be a link.
    if (!d.url || !/^https?:\/\//i.test(d.url)) { return title; }
    return el("a", { href: d.url, rel: "noopener noreferrer", target: "_blank" }, [title]);
  }

  function eventNode(ev) {
    var dl = el("dl");
    function row(name, value) { dl.appendChild(el("dt", {}, [name])); dl.appendChild(el("dd", {}, value)); }
    row("When", [ev.date_label + (ev.how ? " \u2014 " + ev.how : "")]);
    if (ev.actors.length) {
      var parts = [];
      ev.actors.forEach(function (a, i) {
        if (i) { parts.push(", "); }
        parts.push(el("span", { "class": "actor" }, [a.name]));
        if (a.role !== "other") { parts.push(el("span", { "class": "role" }, [" (" + a.role + ")"])); }
      });
      row("Actors", parts);
    }
    if (ev.places.length) { row("Places", [ev.places.join(", ")]); }
    ev.claims.forEach(function (c) { row("Claim", [c]); });
    var refs = el("span", { "class": "refs" });
    ev.mentions.forEach(function (m) {
      refs.appendChild(el("a", { href: "#src-" + m.n, "class": "evidence-link" }, ["[" + m.n + "] " + doc(m).title]));
    });
    if (ev.mentions.length) { row("Sources", [refs]); }
    var node = el("article", { "class": "event", id: "ev-" + ev.index }, [el("h3", {}, [ev.summary]), dl]);
    if (ev.explain.length) {
      node.appendChild(el("details", {}, [el("summary", {}, ["Why these reports were merged"]),
        el("ul", {}, ev.explain.map(function (x) { return el("li", {}, [x]); }))]));
    }
    return node;
  }

  function evidenceNode(ev, m) {
    var quote = el("blockquote", {}, [m.before, el("mark", {}, [m.trigger]), m.after]);
    var head = [sourceLink(m)];
    if (doc(m).meta) { head.push(el("span", { "class": "meta" }, [" (" + doc(m).meta + ")"])); }
    head.push(" \u2014 ", el("a", { href: "#ev-" + ev.index, "class": "back" }, [ev.summary]), quote);
    return el("li", { id: "src-" + m.n, value: String(m.n) }, head);
  }

  var main = document.getElementById("chronology");
  var evidence = document.getElementById("evidence");
  var shown = document.getElementById("shown");
  var actorInput = document.getElementById("actor-filter");
  var textInput = document.getElementById("text-filter");
  var fromInput = document.getElementById("date-from");
  var toInput = document.getElementById("date-to");
  var axis = document.getElementById("axis");
  var pagers = Array.prototype.slice.call(document.querySelectorAll(".pager"));
  document.getElementById("summary").textContent = data.summary;
  var names = document.getElementById("actor-names");
  data.actors.forEach(function (name) { names.appendChild(el("option", { value: name })); });

  var matches = [];  // indices into events of those the filters keep, in chronological order
  var page = 0;

  function render() {
    var pages = Math.max(1, Math.ceil(matches.length / PAGE_SIZE));
    page = Math.min(Math.max(page, 0), pages - 1);
    var slice = matches.slice(page * PAGE_SIZE, (page + 1) * PAGE_SIZE);
    main.textContent = "";
    evidence.textContent = "";
    var section = null;
    var current = -1;
    slice.forEach(function (i) {
      var ev = events[i];
      if (groupOf[i] !== current) {
        current = groupOf[i];
        var g = data.groups[current];
        section = el("section", { "class": "date-group" + (g.undated ? " undated" : "") }, [el("h2", {}, [g.label])]);
        main.appendChild(section);
      }
      section.appendChild(eventNode(ev));
      ev.mentions.forEach(function (m) { evidence.appendChild(evidenceNode(ev, m)); });
    });
    pagers.forEach(function (p) {
      p.hidden = pages < 2;
      p.querySelector(".where").textContent = "Page " + (page + 1) + " of " + pages;
      p.querySelector(".prev").disabled = page === 0;
      p.querySelector(".next").disabled = page >= pages - 1;
    });
  }

  function keep(ev, actor, exactActor, words, from, to) {
    if (actor) {
      var hit = exactActor ? ev.actorKeys.indexOf(actor) >= 0
        : ev.actorKeys.some(function (k) { return k.indexOf(actor) >= 0; });
      if (!hit) { return false; }
    }
    if (from || to) {  // as `timeline show --since/--until`: the date's interval reaches into the range
      if (!ev.earliest) { return false; }
      if (from && ev.latest < from) { return false; }
      if (to && ev.earliest > to) { return false; }
    }
    return !words.length || words.every(function (w) { return haystack(ev).indexOf(w) >= 0; });
  }

  function apply() {
    var actor = actorInput.value.trim().toLowerCase().split(/\s+/).join(" ");
    var exactActor = knownActors.hasOwnProperty(actor);
    var words = textInput.value.toLowerCase().split(/\s+/).filter(Boolean);
    var from = fromInput.value;
    var to = toInput.value;
    matches = [];
    for (var i = 0; i < events.length; i += 1) {
      if (keep(events[i], actor, exactActor, words, from, to)) { matches.push(i); }
    }
    shown.textContent = matches.length + " of " + events.length + " events shown";
    page = 0;
    render();
    drawAxis();
  }

  // The time axis: a mark per day with events shown (taller for more), month ticks, labels
  // thinned to fit. It spans the middle 96% of the day-, week- and month-precise dates: one
  // "2010s", or an anniversary from 1841, would squeeze a month of news into a sliver.
  var span = (function () {
    var fine = events.filter(function (ev) { return ev.day !== null && /^(day|week|month)$/.test(ev.precision); });
    var dated = fine.length ? fine : events.filter(function (ev) { return ev.day !== null; });
    if (!dated.length) { return null; }
    var days = dated.map(function (ev) { return ev.day; }).sort(function (a, b) { return a - b; });
    var cut = Math.floor(days.length * 0.02);
    var start = new Date(days[cut]), end = new Date(days[days.length - 1 - cut]);
    return {
      lo: Date.UTC(start.getUTCFullYear(), start.getUTCMonth(), 1),
      hi: Date.UTC(end.getUTCFullYear(), end.getUTCMonth() + 1, 1)
    };
  }());
  var MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

  function drawAxis() {
    axis.textContent = "";
    if (!span) { axis.hidden = true; return; }
    var W = Math.max(200, axis.clientWidth || 800), H = 56, BASE = 40;
    var x = function (t) { return ((t - span.lo) / (span.hi - span.lo)) * W; };
    var root = svg("svg", { viewBox: "0 0 " + W + " " + H, role: "img" });
    root.appendChild(svg("line", { "class": "base", x1: 0, x2: W, y1: BASE, y2: BASE }));
    var d0 = new Date(span.lo);
    var months = (new Date(span.hi).getUTCFullYear() - d0.getUTCFullYear()) * 12 +
      new Date(span.hi).getUTCMonth() - d0.getUTCMonth();
    var labels = Math.max(2, Math.floor(W / 70));  // room for a label every 70 pixels
    var step = [1, 2, 3, 6, 12, 24, 60, 120, 240, 600].filter(function (s) { return months / s <= labels; })[0] || 1200;
    var tickStep = months <= W / 4 ? 1 : (months <= W / 2 ? 12 : step);  // a tick no closer than 4 pixels
    for (var k = 0; k <= months; k += 1) {
      var t = Date.UTC(d0.getUTCFullYear(), d0.getUTCMonth() + k, 1);
      var month = new Date(t).getUTCMonth();
      var year = new Date(t).getUTCFullYear();
      if (tickStep === 1 || (tickStep === 12 ? month === 0 : month === 0 && year % (tickStep / 12) === 0)) {
        root.appendChild(svg("line", { "class": "tick" + (month === 0 ? " year" : ""), x1: x(t), x2: x(t), y1: BASE, y2: BASE + 4 }));
      }
      var labelled = step >= 12 ? month === 0 && year % (step / 12) === 0 : k % step === 0;
      if (labelled && k < months) {
        var label = svg("text", { "class": "label", x: x(t) + 2, y: H - 2 });
        label.textContent = step >= 12 ? String(year) : MONTHS[month] + " " + year;
        root.appendChild(label);
      }
    }
    var days = {};  // day -> [count, first event index]
    matches.forEach(function (i) {
      var ev = events[i];
      if (ev.day === null || ev.day < span.lo || ev.day >= span.hi) { return; }
      if (!days[ev.day]) { days[ev.day] = [0, i]; }
      days[ev.day][0] += 1;
    });
    var most = 1;
    Object.keys(days).forEach(function (d) { most = Math.max(most, days[d][0]); });
    var width = Math.max(2, W / ((span.hi - span.lo) / DAY));
    Object.keys(days).forEach(function (d) {
      var count = days[d][0];
      var h = 6 + (BASE - 8) * Math.log(1 + count) / Math.log(1 + most);
      var label = events[days[d][1]].date_label + ": " + count + (count === 1 ? " event" : " events");
      var mark = svg("rect", { "class": "mark", x: x(Number(d)), y: BASE - h, width: width, height: h,
        "data-event": days[d][1], tabindex: 0, role: "button", "aria-label": label });
      var tip = svg("title");
      tip.textContent = label;
      mark.appendChild(tip);
      root.appendChild(mark);
    });
    axis.appendChild(root);
    axis.hidden = false;
  }

  function goTo(index) {
    var pos = matches.indexOf(index);
    if (pos < 0) { return; }
    page = Math.floor(pos / PAGE_SIZE);
    render();
    var node = document.getElementById("ev-" + index);
    if (node) {
      node.scrollIntoView();
      if (history.replaceState) { history.replaceState(null, "", "#ev-" + index); }
    }
  }

  axis.addEventListener("click", function (e) {
    var target = e.target.closest ? e.target.closest(".mark") : null;
    if (target) { goTo(Number(target.getAttribute("data-event"))); }
  });
  axis.addEventListener("keydown", function (e) {  // the marks are buttons for the keyboard too
    var target = e.target.closest ? e.target.closest(".mark") : null;
    if (target && (e.key === "Enter" || e.key === " ")) {
      e.preventDefault();
      goTo(Number(target.getAttribute("data-event")));
    }
  });
  pagers.forEach(function (p) {
    p.querySelector(".prev").addEventListener("click", function () { page -= 1; render(); main.scrollIntoView(); });
    p.querySelector(".next").addEventListener("click", function () { page += 1; render(); main.scrollIntoView(); });
  });
  [actorInput, textInput, fromInput, toInput].forEach(function (input) {
    input.addEventListener("input", apply);  // typing, a date picked, an actor chosen from the list
  });
  document.getElementById("filters").addEventListener("submit", function (e) { e.preventDefault(); });
  apply();
  var linked = /^#ev-(\d+)$/.exec(location.hash);  // a link to an event on another page than the first
  if (linked) { goTo(Number(linked[1])); }
}());
