"use strict";
(function () {
  // Every article-derived string reaches the page through textContent, never as markup.
  var data = JSON.parse(document.getElementById("timeline-data").textContent);

  function el(tag, attrs, children) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) { node.setAttribute(k, attrs[k]); });
    (children || []).forEach(function (c) {
      node.appendChild(typeof c === "string" ? document.createTextNode(c) : c);
    });
    return node;
  }

  function sourceLink(src) {
    var title = el("span", { "class": "doc" }, [src.title]);
    // Python already keeps only http(s) URLs; checked again so a javascript: URL can never be a link.
    if (!src.url || !/^https?:\/\//i.test(src.url)) { return title; }
    return el("a", { href: src.url, rel: "noopener noreferrer", target: "_blank" }, [title]);
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
      refs.appendChild(el("a", { href: "#src-" + m.n, "class": "evidence-link" }, ["[" + m.n + "] " + m.title]));
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
    if (m.meta) { head.push(el("span", { "class": "meta" }, [" (" + m.meta + ")"])); }
    head.push(" \u2014 ", el("a", { href: "#ev-" + ev.index, "class": "back" }, [ev.summary]), quote);
    return el("li", { id: "src-" + m.n, value: String(m.n) }, head);
  }

  var main = document.getElementById("chronology");
  main.textContent = "";
  var nodes = [];
  data.groups.forEach(function (g) {
    var section = el("section", { "class": "date-group" + (g.undated ? " undated" : "") }, [el("h2", {}, [g.label])]);
    g.events.forEach(function (i) {
      var ev = data.events[i];
      var node = eventNode(ev);
      nodes.push({ node: node, ev: ev, section: section });
      section.appendChild(node);
    });
    main.appendChild(section);
  });
  var evidence = document.getElementById("evidence");
  data.events.forEach(function (ev) {
    ev.mentions.forEach(function (m) { evidence.appendChild(evidenceNode(ev, m)); });
  });
  document.getElementById("summary").textContent = data.summary;

  var actorSelect = document.getElementById("actor-filter");
  data.actors.forEach(function (name) { actorSelect.appendChild(el("option", { value: name }, [name])); });
  var textInput = document.getElementById("text-filter");
  var shown = document.getElementById("shown");

  function apply() {
    var actor = actorSelect.value;
    var words = textInput.value.toLowerCase().split(/\s+/).filter(Boolean);
    var count = 0;
    nodes.forEach(function (n) {
      var ok = (!actor || n.ev.actor_names.indexOf(actor) >= 0) &&
        words.every(function (w) { return n.ev.haystack.indexOf(w) >= 0; });
      n.node.hidden = !ok;
      if (ok) { count += 1; }
    });
    Array.prototype.forEach.call(main.querySelectorAll(".date-group"), function (s) {
      s.hidden = !s.querySelector(".event:not([hidden])");
    });
    shown.textContent = count + " of " + nodes.length + " events shown";
  }
  actorSelect.addEventListener("change", apply);
  textInput.addEventListener("input", apply);
  document.getElementById("filters").addEventListener("submit", function (e) { e.preventDefault(); });
  apply();
}());
