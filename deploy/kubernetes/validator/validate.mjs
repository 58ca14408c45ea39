// Validates rendered Kubernetes manifests (multi-document YAML, from the files named or standard input) with
// the models of kubernetes-models, @kubernetes-models/strimzi-kafka-operator, @kubernetes-models/cloudnative-pg and
// @kubernetes-models/prometheus-operator, and parses the PromQL of every alert rule and Grafana dashboard
// (promql.mjs).
//
//   kubectl kustomize ../overlays/county | node validate.mjs
//
// Prints one line per problem, "<Kind> <name>: <path> <message>", and exits 1 when there is any; exits 2 when the
// input cannot be read. A kind none of the packages models is a problem, and so is a field its schema does not
// name (like kubectl --validate=strict), which the packages' validators alone would let through; so is an
// expression that does not parse as PromQL, and a dashboard that is not JSON.
import { read } from "./manifests.mjs";
import { parse, queriesOf } from "./promql.mjs";

const PACKAGES = ["kubernetes-models", "@kubernetes-models/strimzi-kafka-operator", "@kubernetes-models/cloudnative-pg",
  "@kubernetes-models/prometheus-operator"];
const API_VERSION = /^([a-z0-9]([a-z0-9.-]*[a-z0-9])?\/)?v[0-9]+((alpha|beta)[0-9]+)?$/;
const KIND = /^[A-Z][A-Za-z0-9]*$/;

/** The model class for apiVersion and kind, or undefined when no package models them. */
async function modelOf(apiVersion, kind) {
  if (!API_VERSION.test(apiVersion) || !KIND.test(kind)) {
    return undefined;
  }
  for (const pkg of PACKAGES) {
    let module;
    try {
      module = await import(`${pkg}/${apiVersion}/${kind}`);
    } catch (e) {
      if (e.code === "ERR_MODULE_NOT_FOUND" || e.code === "ERR_PACKAGE_PATH_NOT_EXPORTED") {
        continue;
      }
      throw e;
    }
    // A file of that name may hold a part of a kind (DeploymentSpec): only a model of this very kind counts.
    const model = module[kind];
    if (model?.apiVersion === apiVersion && model?.kind === kind) {
      return model;
    }
  }
  return undefined;
}

/**
 * The document as a tree of proxies that note which fields the validator reads. The generated validators read
 * every property their schema names, and enumerate the keys of maps (labels, parameters), but never look at a
 * property their schema does not name: what the document holds and the validator never read is unknown.
 */
function watched(value, path, objects) {
  if (value === null || typeof value !== "object") {
    return value;
  }
  const target = Array.isArray(value) ? [] : {};
  for (const [key, child] of Object.entries(value)) {
    target[key] = watched(child, `${path}/${key}`, objects);
  }
  if (Array.isArray(value)) {
    return target;
  }
  const seen = { path, keys: Object.keys(value), read: new Set(), enumerated: false };
  objects.push(seen);
  return new Proxy(target, {
    get(object, key, receiver) {
      seen.read.add(key);
      return Reflect.get(object, key, receiver);
    },
    has(object, key) {
      seen.read.add(key);
      return Reflect.has(object, key);
    },
    ownKeys(object) {
      seen.enumerated = true;
      return Reflect.ownKeys(object);
    },
  });
}

function unknownFields(objects) {
  // An object whose schema names no property (Kafka's config, x-kubernetes-preserve-unknown-fields) is never read.
  return objects
    .filter((seen) => !seen.enumerated && seen.read.size > 0)
    .flatMap((seen) => seen.keys.filter((key) => !seen.read.has(key)).map((key) => `${seen.path}/${key}`))
    .map((path) => `${path} is not a field of this kind`);
}

async function problemsOf(document) {
  if (document === null || typeof document !== "object" || Array.isArray(document)) {
    return ["(document): is not a Kubernetes object"];
  }
  const { apiVersion, kind } = document;
  const name = `${kind ?? "(no kind)"} ${document.metadata?.name ?? "(no name)"}`;
  const model = await modelOf(String(apiVersion), String(kind));
  if (!model) {
    return [`${name}: no model for apiVersion ${apiVersion} kind ${kind} in ${PACKAGES.join(", ")}`];
  }
  const objects = [];
  const problems = [];
  try {
    model.prototype.validate.call(watched(document, "", objects));
  } catch (e) {
    if (!Array.isArray(e.errors)) {
      throw e;
    }
    problems.push(...e.errors.map((error) => `${error.instancePath || "/"} ${error.message}${details(error)}`));
  }
  problems.push(...unknownFields(objects));
  problems.push(...promqlProblems(document));
  return problems.map((problem) => `${name}: ${problem}`);
}

function promqlProblems(document) {
  const { queries, problems } = queriesOf(document);
  for (const { where, expr } of queries) {
    problems.push(...parse(expr).problems.map((problem) => `${where} ${problem}`));
  }
  return problems;
}

function details(error) {
  if (error.keyword === "enum") {
    return ` (${error.params.allowedValues.join(", ")})`;
  }
  return "";
}

let documents;
try {
  documents = read(process.argv.slice(2));
} catch (e) {
  console.error(`cannot read the manifests: ${e.message}`);
  process.exit(2);
}
const problems = [];
for (const document of documents) {
  problems.push(...(await problemsOf(document)));
}
problems.forEach((problem) => console.log(problem));
console.error(`${documents.length} documents, ${problems.length} problems`);
process.exitCode = problems.length === 0 ? 0 : 1;
