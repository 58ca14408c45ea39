// The PromQL of the manifests: each alert or recording rule of a PrometheusRule and each query of a Grafana
// dashboard (a ConfigMap labelled grafana_dashboard: "1", as Grafana's sidecar picks them up), parsed with the
// Prometheus project's own grammar (@prometheus-io/lezer-promql, the one Prometheus's web UI uses).
//
// The grammar is error-tolerant: it always returns a tree and marks what it could not read with error nodes. An
// expression with any error node does not parse. The grammar knows PromQL's functions by name, so an unknown or
// misspelt function is an error too. It does not check types (rate() over an instant vector parses).
import { parser } from "@prometheus-io/lezer-promql";

/** Grafana's built-in interval variables, given a value so a dashboard's query parses as PromQL. */
const GRAFANA_INTERVALS = /\$__(rate_interval|interval|range)\b|\$\{__(rate_interval|interval|range)\}/g;
/** A Grafana variable query of the form label_values(<selector>, <label>). */
const LABEL_VALUES = /^\s*label_values\(\s*(.*?)\s*,\s*([a-zA-Z_][a-zA-Z0-9_]*)\s*\)\s*$/s;

/**
 * Parses one expression.
 *
 * @returns {{problems: string[], selectors: {metric: string, labels: string[]}[]}} the problems (empty when it
 *   parses) and every vector selector it holds: the metric's name, and the label names the query needs it to
 *   have: those its matchers name, and those of each enclosing aggregation's "by (...)" and binary operation's
 *   "on (...)"
 */
export function parse(expr) {
  if (typeof expr !== "string" || expr.trim() === "") {
    return { problems: ["is not a PromQL expression (empty or not a string)"], selectors: [] };
  }
  const tree = parser.parse(expr);
  let error;
  const selectors = [];
  const cursor = tree.cursor();
  do {
    if (cursor.type.isError) {
      error ??= cursor.from;
    } else if (cursor.name === "VectorSelector") {
      selectors.push(selector(cursor.node, expr));
    }
  } while (cursor.next());
  const problems = [];
  if (error !== undefined) {
    // The first error only: the grammar's recovery after it says little more.
    problems.push(`does not parse at character ${error}: ${expr.slice(Math.max(0, error - 30), error)}<here>${expr.slice(error, error + 30)}`
      .replace(/\s+/g, " "));
  }
  if (selectors.some(({ metric }) => metric === undefined)) {
    problems.push("has a selector without a metric name");
  }
  return { problems, selectors };
}

function selector(node, expr) {
  const text = (child) => expr.slice(child.from, child.to);
  const metric = node.getChild("Identifier");
  const labels = new Set();
  for (const matcher of node.getChild("LabelMatchers")?.getChildren("UnquotedLabelMatcher") ?? []) {
    labels.add(text(matcher.getChild("LabelName")));
  }
  for (let parent = node.parent; parent; parent = parent.parent) {
    const modifier = parent.name === "AggregateExpr" ? parent.getChild("AggregateModifier")
      : parent.name === "BinaryExpr" ? parent.getChild("MatchingModifierClause") : null;
    if (modifier && (modifier.getChild("By") || modifier.getChild("On"))) {
      modifier.getChild("GroupingLabels")?.getChildren("LabelName").forEach((label) => labels.add(text(label)));
    }
  }
  return { metric: metric ? text(metric) : undefined, labels: [...labels].sort() };
}

/**
 * Every query of a rendered document, with where it is: the rules of a PrometheusRule, the panels' targets and
 * the variables of the dashboards a ConfigMap labelled grafana_dashboard holds. A dashboard that is not JSON is a
 * problem of its own.
 *
 * @returns {{queries: {where: string, expr: string}[], problems: string[]}}
 */
export function queriesOf(document) {
  if (document?.kind === "PrometheusRule") {
    return { queries: ruleQueries(document), problems: [] };
  }
  if (document?.kind === "ConfigMap" && String(document.metadata?.labels?.grafana_dashboard) === "1") {
    return dashboardQueries(document);
  }
  return { queries: [], problems: [] };
}

function ruleQueries(document) {
  const queries = [];
  (document.spec?.groups ?? []).forEach((group, g) => {
    (group?.rules ?? []).forEach((rule, r) => {
      queries.push({ where: `/spec/groups/${g}/rules/${r}/expr (${rule?.alert ?? rule?.record})`, expr: rule?.expr });
    });
  });
  return queries;
}

function dashboardQueries(document) {
  const queries = [];
  const problems = [];
  for (const [key, value] of Object.entries(document.data ?? {})) {
    let dashboard;
    try {
      dashboard = JSON.parse(value);
    } catch (e) {
      problems.push(`/data/${key} is not JSON: ${e.message}`);
      continue;
    }
    const panels = [];
    const collect = (list) => (list ?? []).forEach((panel) => {
      panels.push(panel);
      collect(panel.panels);
    });
    collect(dashboard.panels);
    if (panels.length === 0) {
      problems.push(`/data/${key} has no panels`);
    }
    for (const panel of panels) {
      if (panel.type === "row") {
        continue;
      }
      if (!Array.isArray(panel.targets) || panel.targets.length === 0) {
        problems.push(`/data/${key} panel "${panel.title}" has no query`);
      }
      (panel.targets ?? []).forEach((target, t) => queries.push({
        where: `/data/${key} panel "${panel.title}" target ${target.refId ?? t}`,
        expr: grafanaToPromQL(target.expr),
      }));
    }
    for (const variable of dashboard.templating?.list ?? []) {
      if (variable.type !== "query") {
        continue;
      }
      const query = typeof variable.query === "string" ? variable.query : variable.query?.query;
      const labelValues = LABEL_VALUES.exec(query ?? "");
      if (!labelValues) {
        problems.push(`/data/${key} variable ${variable.name}: only label_values(<selector>, <label>) is checked, got ${query}`);
        continue;
      }
      queries.push({ where: `/data/${key} variable ${variable.name}`, expr: grafanaToPromQL(labelValues[1]) });
    }
  }
  return { queries, problems };
}

/** Grafana's interval variables become 5m; other variables must stand inside label values ("$namespace"). */
function grafanaToPromQL(expr) {
  return typeof expr === "string" ? expr.replace(GRAFANA_INTERVALS, "5m") : expr;
}
