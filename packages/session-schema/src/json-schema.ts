import { z } from "zod";
import { DOCUMENT_SCHEMAS } from "./documents/registry.js";

/** The draft 2020-12 JSON Schema for one document, as committed under `schemas/`. */
export function toJsonSchema(name: string): Record<string, unknown> {
  const schema = DOCUMENT_SCHEMAS[name];
  if (!schema) throw new Error(`unknown document ${name}`);
  const json = z.toJSONSchema(schema, { target: "draft-2020-12", io: "input", unrepresentable: "throw" });
  return { ...json, $id: `urn:rlm:schema:${name}`, title: name };
}

export function documentNames(): string[] {
  return Object.keys(DOCUMENT_SCHEMAS).sort();
}
