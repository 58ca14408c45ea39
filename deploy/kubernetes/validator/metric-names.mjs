// The metrics the rendered manifests' alert rules and Grafana dashboards query, for the test that proves the
// services expose them (deploy/system-tests MetricNamesIT):
//
//   kubectl kustomize ../overlays/county | node metric-names.mjs
//
// Prints a JSON array, one element per vector selector: {"source", "where", "metric", "labels"} (labels: the label
// names its matchers use). Exits 1, naming them, when an expression does not parse; 2 when the input cannot be read.
import { read } from "./manifests.mjs";
import { parse, queriesOf } from "./promql.mjs";

let documents;
try {
  documents = read(process.argv.slice(2));
} catch (e) {
  console.error(`cannot read the manifests: ${e.message}`);
  process.exit(2);
}
const selectors = [];
const problems = [];
for (const document of documents) {
  const source = `${document.kind} ${document.metadata?.name}`;
  const { queries, problems: own } = queriesOf(document);
  problems.push(...own.map((problem) => `${source}: ${problem}`));
  for (const { where, expr } of queries) {
    const parsed = parse(expr);
    problems.push(...parsed.problems.map((problem) => `${source}: ${where} ${problem}`));
    parsed.selectors.forEach(({ metric, labels }) => selectors.push({ source, where, metric, labels }));
  }
}
problems.forEach((problem) => console.error(problem));
console.log(JSON.stringify(selectors, null, 1));
process.exitCode = problems.length === 0 ? 0 : 1;
