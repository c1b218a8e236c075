/* "Was this collection legal?" (tools/collection-check).
 *
 * The page already holds every explanation and every next step (readable
 * without JavaScript); this script only shows the form, keeps the
 * explanations of the ticked situations and sums them up: whose conduct
 * reaches which consequence, and what to do next (evidence, letters, where
 * to take each rule). Nothing ticked here leaves the browser.
 */
(function () {
  "use strict";

  var form = document.querySelector("form[data-lg-tool='conduct']");
  if (!form) return;
  var config = JSON.parse(form.getAttribute("data-lg-config"));
  var S = config.strings;
  var order = config.levels.map(function (level) { return level.id; });
  var summary = document.getElementById("lg-conduct-summary");
  var sections = Array.prototype.slice.call(document.querySelectorAll("section.lg-conduct"));
  var joiner = document.documentElement.lang.indexOf("zh") === 0 ? "、" : " and ";

  function fill(template, values) {
    return template.replace(/\{(\w+)\}/g, function (m, key) {
      return Object.prototype.hasOwnProperty.call(values, key) ? values[key] : m;
    });
  }

  function element(tag, text, className) {
    var el = document.createElement(tag);
    if (text) el.textContent = text;
    if (className) el.className = className;
    return el;
  }

  function link(text, href, className) {
    var a = element("a", text, className);
    a.href = href;
    return a;
  }

  /* ids taken from every chosen item, each once, in the order of `all`. */
  function union(chosen, key, all) {
    var wanted = {};
    chosen.forEach(function (id) {
      config.items[id][key].forEach(function (x) { wanted[x] = true; });
    });
    return all.filter(function (x) { return wanted[x]; });
  }

  function channelList(ids) {
    var list = element("ul");
    config.channels.forEach(function (channel) {
      if (ids.indexOf(channel.id) < 0) return;
      var item = element("li");
      item.appendChild(link(channel.label, channel.href));
      if (channel.tel) {
        item.appendChild(document.createTextNode(" · "));
        item.appendChild(link(S.call + " " + channel.tel, "tel:" + channel.tel, "lg-tel"));
      }
      list.appendChild(item);
    });
    return list;
  }

  function step(text) {
    var item = element("li");
    item.appendChild(element("span", text));
    return item;
  }

  function nextSteps(chosen) {
    var steps = element("ol", null, "lg-next");
    var evidence = step(S.step_evidence + " ");
    evidence.appendChild(link(S.step_evidence_link, config.evidence_href));
    steps.appendChild(evidence);

    var letters = union(chosen, "letters", Object.keys(config.letters));
    if (letters.length) {
      var letterStep = step(S.step_letters);
      var list = element("ul");
      letters.forEach(function (id) {
        var item = element("li");
        item.appendChild(link(config.letters[id].title, config.letters[id].href));
        list.appendChild(item);
      });
      letterStep.appendChild(list);
      steps.appendChild(letterStep);
    }
    var all = config.channels.map(function (c) { return c.id; });
    var routes = union(chosen, "routes", all);
    if (routes.length) {
      var routeStep = step(S.step_routes);
      routeStep.appendChild(channelList(routes));
      steps.appendChild(routeStep);
    }
    var also = union(chosen, "also", all).filter(function (id) { return routes.indexOf(id) < 0; });
    if (also.length) {
      var alsoStep = step(S.step_also);
      alsoStep.appendChild(channelList(also));
      steps.appendChild(alsoStep);
    }
    var help = step(S.step_help + " ");
    help.appendChild(link(S.call + " 12348", "tel:12348", "lg-tel"));
    steps.appendChild(help);
    return steps;
  }

  function update() {
    var ticked = {};
    form.querySelectorAll("input[name='conduct']:checked").forEach(function (box) {
      ticked[box.value] = true;
    });
    var chosen = sections.filter(function (section) {
      var on = ticked[section.getAttribute("data-lg-item")] === true;
      section.hidden = !on;
      return on;
    });
    summary.replaceChildren();
    summary.hidden = false;
    if (!chosen.length) {
      summary.appendChild(element("p", S.nothing_ticked));
      return;
    }
    var ids = chosen.map(function (s) { return s.getAttribute("data-lg-item"); });
    var unlawful = chosen.filter(function (s) {
      return s.getAttribute("data-lg-verdict") === "unlawful";
    }).length;
    var levelOf = function (s) { return order.indexOf(s.getAttribute("data-lg-level")); };
    var worst = Math.max.apply(null, chosen.map(levelOf));
    var atWorst = chosen.filter(function (s) { return levelOf(s) === worst; })
      .map(function (s) { return s.getAttribute("data-lg-item"); });
    var who = union(atWorst, "judges", Object.keys(config.actors))
      .map(function (id) { return config.actors[id]; }).join(joiner);

    if (chosen.some(function (s) { return s.hasAttribute("data-lg-urgent"); })) {
      summary.appendChild(element("p", S.urgent, "lg-urgent"));
    }
    summary.appendChild(element("p", fill(S.ticked, {
      n: chosen.length, unlawful: unlawful, depends: chosen.length - unlawful})));
    summary.appendChild(element("p", fill(S.worst, {who: who, level: config.levels[worst].summary}),
                                "lg-worst lg-level--" + order[worst]));
    summary.appendChild(element("p", S.not_you));
    summary.appendChild(element("p", S.next_heading, "lg-next-heading"));
    summary.appendChild(nextSteps(ids));
  }

  form.addEventListener("change", update);
  form.addEventListener("reset", function () { window.setTimeout(update, 0); });
  form.addEventListener("submit", function (event) { event.preventDefault(); });
  document.querySelectorAll("[data-lg-nojs]").forEach(function (el) { el.hidden = true; });
  form.hidden = false;
  update();
})();
