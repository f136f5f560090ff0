import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { claudeHookSamples } from "@rlm/test-utils";
import Ajv2020Module from "ajv/dist/2020.js";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { DOCUMENT_SCHEMAS, documentNames, toJsonSchema } from "../src/index.js";

const Ajv2020 = Ajv2020Module as unknown as typeof Ajv2020Module.default;
const pkg = join(import.meta.dirname, "..");
const committed = (name: string) =>
  JSON.parse(readFileSync(join(pkg, "schemas", `${name}.json`), "utf8")) as Record<string, unknown>;

function fixtures(name: string, kind: "valid" | "invalid"): [string, unknown][] {
  const dir = join(pkg, "__fixtures__", "documents", name, kind);
  return readdirSync(dir)
    .sort()
    .map((f) => [f, JSON.parse(readFileSync(join(dir, f), "utf8"))]);
}

const ajv = new Ajv2020({ strict: false, allErrors: true });
const validators = Object.fromEntries(documentNames().map((n) => [n, ajv.compile(committed(n))]));

describe("committed JSON Schemas", () => {
  it("cover every document and nothing else", () => {
    const files = readdirSync(join(pkg, "schemas"))
      .map((f) => f.replace(/\.json$/, ""))
      .sort();
    expect(files).toEqual(documentNames());
  });

  it.each(documentNames())("%s has not drifted from the zod schema (run `pnpm generate`)", (name) => {
    expect(committed(name)).toEqual(toJsonSchema(name));
  });
});

describe.each(documentNames())("%s: zod and Ajv agree", (name) => {
  const zod = DOCUMENT_SCHEMAS[name]!;
  const validate = validators[name]!;

  it.each(fixtures(name, "valid"))("accept %s", (_f, doc) => {
    expect(zod.safeParse(doc).success).toBe(true);
    expect(validate(doc), JSON.stringify(validate.errors)).toBe(true);
  });

  it.each(fixtures(name, "invalid"))("reject %s", (_f, doc) => {
    expect(zod.safeParse(doc).success).toBe(false);
    expect(validate(doc)).toBe(false);
  });

  it("agree on random mutations of the valid fixtures", () => {
    const bases = fixtures(name, "valid").map(([, d]) => d);
    const mutation = fc.record({
      base: fc.constantFrom(...bases),
      path: fc.array(fc.nat(20), { minLength: 1, maxLength: 4 }),
      value: fc.oneof(fc.jsonValue({ maxDepth: 2 }), fc.constant(undefined)),
    });
    fc.assert(
      fc.property(mutation, ({ base, path, value }) => {
        const doc = mutate(structuredClone(base), path, value);
        expect(validate(doc)).toBe(zod.safeParse(doc).success);
      }),
      { numRuns: 300 },
    );
  });
});

/** Replace (or delete, for undefined) the value found by walking `path` as key indices. */
function mutate(doc: unknown, path: number[], value: unknown): unknown {
  if (typeof doc !== "object" || doc === null) return value;
  let cur = doc as Record<string, unknown>;
  for (let i = 0; i < path.length; i++) {
    const keys = Object.keys(cur);
    if (keys.length === 0) break;
    const key = keys[path[i]! % keys.length]!;
    const next = cur[key];
    if (i === path.length - 1 || typeof next !== "object" || next === null) {
      if (value === undefined) delete cur[key];
      else cur[key] = value;
      return doc;
    }
    cur = next as Record<string, unknown>;
  }
  return doc;
}

describe("genuine Claude Code hook payloads", () => {
  it.each(Object.entries(claudeHookSamples()))("%s is valid hook input for zod and Ajv", (_f, payload) => {
    expect(DOCUMENT_SCHEMAS["hook-input"]!.safeParse(payload).success).toBe(true);
    expect(validators["hook-input"]!(payload)).toBe(true);
  });
});
