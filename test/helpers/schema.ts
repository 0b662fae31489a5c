/** Validates documents against the shipped JSON Schema. */
import { readFileSync } from "node:fs";
import { Ajv } from "ajv";

const schema = JSON.parse(readFileSync(new URL("../../schema/interview.schema.json", import.meta.url), "utf8")) as object;
const validator = new Ajv({ allErrors: true, strict: false }).compile(schema);

/** The schema errors of a value, as readable lines; empty when it is valid. */
export function schemaErrors(value: unknown): string[] {
  if (validator(value)) return [];
  return (validator.errors ?? []).map((error) => `${error.instancePath || "/"} ${error.message ?? ""}`);
}
