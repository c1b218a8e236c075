/* Interest-cost checker (tools/interest-cost): the annual rate of an instalment loan.
 *
 * The computation is hooks/lawguide/tools/rate.py, step for step (the same
 * bisection, the same sum in the same order), so the page and the Python tests
 * agree; tests/browser/test_tools_interest.py checks both against the same
 * worked examples. Nothing typed here leaves the browser or is stored.
 */
(function () {
  "use strict";

  var STEPS = 200, LOWEST = -0.99, HIGHEST = 1e9, MAX_INSTALMENTS = 1200;

  function RateError(key) { this.key = key; }

  function presentValue(rate, instalment, count) {
    var total = 0, factor = 1;
    for (var k = 0; k < count; k++) {
      factor /= 1 + rate;
      total += instalment * factor;
    }
    return total;
  }

  function check(loan) {
    if (!(loan.received > 0)) throw new RateError("error_received");
    if (loan.fees < 0 || !(loan.received - loan.fees > 0)) throw new RateError("error_fees");
    if (!(loan.instalment > 0)) throw new RateError("error_instalment");
    if (!(Number.isInteger(loan.count) && loan.count >= 1 && loan.count <= MAX_INSTALMENTS)) {
      throw new RateError("error_count");
    }
  }

  function periodRate(loan) {
    check(loan);
    var target = loan.received - loan.fees, lo = LOWEST, hi = 1.0;
    while (presentValue(hi, loan.instalment, loan.count) > target) {
      hi *= 2;
      if (hi > HIGHEST) throw new RateError("error_too_high");
    }
    for (var i = 0; i < STEPS; i++) {
      var mid = (lo + hi) / 2;
      if (presentValue(mid, loan.instalment, loan.count) > target) lo = mid; else hi = mid;
    }
    return (lo + hi) / 2;
  }

  /* loan: {received, instalment, count, perYear, fees} -> {period, apr, effective} */
  function solve(loan) {
    loan = Object.assign({fees: 0}, loan);
    var r = periodRate(loan);
    return {period: r, apr: r * loan.perYear, effective: Math.pow(1 + r, loan.perYear) - 1};
  }

  var NEW_RULES = "2020-08-20";  /* the amended Private Lending Provisions apply from this day */

  /* The last figure published on or before isoDate (history oldest first), or null. */
  function figureOn(history, isoDate) {
    var found = null;
    history.forEach(function (figure) { if (figure.date <= isoDate) found = figure; });
    return found;
  }

  /* Which LPR the four-times line is drawn from: rate.py's measuring_lpr, rule for rule.
   * contract, filed: "YYYY-MM-DD" or "" -> {basis, date, rate}. */
  function measuringLpr(history, contract, filed) {
    var latest = history[history.length - 1];
    function measure(basis, figure) {
      return {basis: basis, date: figure ? figure.date : null, rate: figure ? figure.rate : null};
    }
    if (filed && filed < NEW_RULES) return measure("old-rules", null);
    if (!contract) return measure("latest", latest);
    if (contract >= NEW_RULES) {
      var found = figureOn(history, contract);
      return found ? measure("contract", found) : measure("latest", latest);
    }
    if (!filed) return measure("filing-today", latest);
    return measure("filing", figureOn(history, filed) || latest);
  }

  window.LawguideRate = {solve: solve, presentValue: presentValue, RateError: RateError,
                         measuringLpr: measuringLpr};

  var form = document.querySelector("form[data-lg-tool='interest']");
  if (!form) return;
  var config = JSON.parse(form.getAttribute("data-lg-config"));
  var S = config.strings;
  var result = document.getElementById("lg-rate-result");

  function out(name) { return document.querySelector("[data-lg-out='" + name + "']"); }

  function fill(template, values) {
    return template.replace(/\{(\w+)\}/g, function (m, key) {
      return Object.prototype.hasOwnProperty.call(values, key) ? values[key] : m;
    });
  }

  function grouped(fixed) {
    var parts = fixed.split(".");
    parts[0] = parts[0].replace(/\B(?=(\d{3})+(?!\d))/g, ",");
    return parts.join(".");
  }

  function pct(fraction) { return grouped((fraction * 100).toFixed(2)) + "%"; }
  function money(value) { return grouped(value.toFixed(2)).replace(/\.00$/, ""); }

  function number(name) {
    var raw = form.elements[name].value.trim().replace(/,/g, "");
    return raw === "" ? null : Number(raw);
  }

  function show(name, text) {
    var el = out(name);
    el.textContent = text || "";
    el.hidden = !text;
  }

  function update() {
    var received = number("received"), instalment = number("instalment"), count = number("count");
    if (received === null || instalment === null || count === null) {
      result.hidden = true;
      return;
    }
    result.hidden = false;
    var loan = {received: received, instalment: instalment, count: count,
                fees: number("fees") || 0, perYear: config.frequencies[form.elements.frequency.value]};
    var lpr = number("lpr");
    var rate;
    try {
      if (!(lpr > 0)) throw new RateError("error_lpr");
      rate = solve(loan);
    } catch (error) {
      if (!(error instanceof RateError)) throw error;
      show("errors", S.error + " " + S[error.key]);
      out("figures").hidden = true;
      ["verdict", "lender", "deducted", "transition"].forEach(function (n) { show(n, ""); });
      out("references").replaceChildren();
      return;
    }
    show("errors", "");
    out("figures").hidden = false;
    var line = lpr * config.multiplier / 100;
    out("apr").textContent = pct(rate.apr);
    out("effective").textContent = pct(rate.effective);
    out("period").textContent = pct(rate.period);
    out("total").textContent = money(instalment * count);
    out("cost").textContent = money(instalment * count - (received - loan.fees));
    out("line").textContent = config.multiplier + " × " + lpr + "% = " + pct(line);

    var lender = config.lenders[form.elements.lender.value];
    var above = rate.apr > line;
    var relation = above ? S.relation_above : S.relation_below;
    if (lender.line === "applies") show("verdict", above ? S.above : S.below);
    else if (lender.line === "does-not-apply") {
      show("verdict", S.not_covered + " " + fill(S.licensed_line, {
        relation: rate.apr > 0.24 ? S.relation_above : S.relation_below}));
    }
    else show("verdict", fill(S.unknown, {relation: relation}));
    out("verdict").className = "lg-verdict lg-verdict--" + (above ? "above" : "below");
    show("lender", lender.explain);

    var contract = number("contract");
    if (contract !== null && contract > received) {
      var nominal = solve(Object.assign({}, loan, {received: contract}));
      show("deducted", fill(S.deducted, {amount: money(contract - received), rate: pct(nominal.apr)}));
    } else {
      show("deducted", "");
    }
    var signed = form.elements.contract_date.value, filed = form.elements.filed_date.value;
    var basis = measuringLpr(config.history, signed, filed).basis;
    show("transition", basis === "old-rules" ? S.old_rules
                     : (signed && signed < NEW_RULES ? S.before_lpr : ""));

    var list = out("references");
    list.replaceChildren();
    config.references.forEach(function (reference) {
      var item = document.createElement("li");
      item.textContent = fill(S.reference, {
        label: reference.label,
        relation: rate.apr > reference.rate / 100 ? S.relation_above : S.relation_below});
      list.appendChild(item);
    });
  }

  /* A contract or filing date picks the LPR the line is measured against. */
  function applyDates() {
    var signed = form.elements.contract_date.value, filed = form.elements.filed_date.value;
    var m = measuringLpr(config.history, signed, filed);
    var message = {contract: S.lpr_from_date, filing: S.lpr_from_filing,
                   "filing-today": S.lpr_filing_today}[m.basis];
    if (m.rate !== null && (signed || filed)) form.elements.lpr.value = String(m.rate);
    show("lpr-from-date", message ? fill(message, {rate: String(m.rate), date: m.date}) : "");
    update();
  }

  form.elements.contract_date.addEventListener("change", applyDates);
  form.elements.filed_date.addEventListener("change", applyDates);
  form.addEventListener("input", update);
  form.addEventListener("change", update);
  form.addEventListener("submit", function (event) { event.preventDefault(); update(); });
  document.querySelectorAll("[data-lg-nojs]").forEach(function (el) { el.hidden = true; });
  form.hidden = false;
  update();
})();
