// Reads rendered manifests: multi-document YAML from the files named, or from standard input when none is.
import { readFileSync } from "node:fs";
import { parseAllDocuments } from "yaml";

/** Every non-empty document, as plain values; throws naming the input when one is not YAML. */
export function read(files) {
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
