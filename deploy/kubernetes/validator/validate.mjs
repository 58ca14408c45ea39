// Validates rendered Kubernetes manifests (multi-document YAML, from the files named or standard input) with
// the models of kubernetes-models, @kubernetes-models/strimzi-kafka-operator and @kubernetes-models/cloudnative-pg.
//
//   kubectl kustomize ../overlays/county | node validate.mjs
//
// Prints one line per problem, "<Kind> <name>: <path> <message>", and exits 1 when there is any; exits 2 when the
// input cannot be read. A kind none of the packages models is a problem, and so is a field its schema does not
// name (like kubectl --validate=strict), which the packages' validators alone would let through.
import { readFileSync } from "node:fs";
import { parseAllDocuments } from "yaml";

const PACKAGES = ["kubernetes-models", "@kubernetes-models/strimzi-kafka-operator", "@kubernetes-models/cloudnative-pg"];
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
  return problems.map((problem) => `${name}: ${problem}`);
}

function details(error) {
  if (error.keyword === "enum") {
    return ` (${error.params.allowedValues.join(", ")})`;
  }
  return "";
}

function read(files) {
  const inputs = files.length === 0 ? [["(standard input)", 0]] : files.map((file) => [file, file]);
  const documents = [];
  for (const [label, source] of inputs) {
    // YAML 1.1, as Kubernetes reads it: yes/no/on/off are booleans there.
    for (const document of parseAllDocuments(readFileSync(source, "utf8"), { version: "1.1" })) {
      if (document.errors.length > 0) {
        throw new Error(`${label}: ${document.errors.map((error) => error.message).join("; ")}`);
      }
      const value = document.toJS();
      if (value !== null && value !== undefined) {
        documents.push(value);
      }
    }
  }
  return documents;
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
