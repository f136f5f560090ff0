import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { claudeHookSamples } from "@rlm/test-utils";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { checkDocument, DOCUMENT_NAMES, type DocumentName } from "../src/core.js";
import { DOCUMENT_SCHEMAS } from "../src/index.js";
import { cellDocArb, mutate, mutationArb, sessionDocArb } from "./core-arbitraries.js";

// The zod-free validators (generated from the committed JSON Schemas) against zod itself:
// the same documents accepted and rejected, and for accepted ones the same output, down to
// which keys exist (also with an `undefined` value) and in which order.

const pkg = join(import.meta.dirname, "..");

function fixtures(name: string, kind: "valid" | "invalid"): [string, unknown][] {
  const dir = join(pkg, "__fixtures__", "documents", name, kind);
  return readdirSync(dir)
    .sort()
    .map((f) => [f, JSON.parse(readFileSync(join(dir, f), "utf8"))]);
}

/** Every object as its prototype and [key, value] list: toEqual then checks key order and prototypes too. */
function ordered(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(ordered);
  if (typeof v === "object" && v !== null) {
    const proto = Object.getPrototypeOf(v) === Object.prototype ? "plain" : "other";
    return [proto, Object.keys(v).map((k) => [k, ordered((v as never)[k])])];
  }
  return v;
}

type Doc = Record<string, unknown>;

function setAt(doc: Doc, path: string, value: unknown): void {
  const keys = path.split(".");
  let cur = doc;
  for (const k of keys.slice(0, -1)) cur = cur[k] as Doc;
  cur[keys[keys.length - 1]!] = value;
}

/** zod and the generated validator agree on `doc`; returns whether it was accepted. */
function expectAgreement(name: DocumentName, doc: unknown): boolean {
  const zod = DOCUMENT_SCHEMAS[name]!.safeParse(doc);
  const ours = checkDocument(name, doc);
  expect(ours.ok, JSON.stringify(ours.ok ? "" : ours.issues)).toBe(zod.success);
  if (ours.ok && zod.success) {
    expect(ours.value).toStrictEqual(zod.data);
    expect(ordered(ours.value)).toEqual(ordered(zod.data));
  }
  return zod.success;
}

describe.each(DOCUMENT_NAMES)("%s: the generated validator and zod agree", (name) => {
  it.each(fixtures(name, "valid"))("accept %s, with the same output", (_f, doc) => {
    expect(expectAgreement(name, doc)).toBe(true);
  });

  it.each(fixtures(name, "invalid"))("reject %s", (_f, doc) => {
    expect(expectAgreement(name, doc)).toBe(false);
  });

  it("on 400 random multi-step mutations of the valid fixtures (values JSON cannot hold included)", () => {
    const bases = fixtures(name, "valid").map(([, d]) => d);
    fc.assert(
      fc.property(
        fc.constantFrom(...bases),
        fc.array(mutationArb, { minLength: 1, maxLength: 4 }),
        (base, steps) => {
          let doc = structuredClone(base);
          for (const step of steps) doc = mutate(doc, step);
          expectAgreement(name, doc);
        },
      ),
      { numRuns: 400 },
    );
  });
});

describe("random documents (optional fields left out, so every default is exercised)", () => {
  it("session.json: 500 generated documents, then mutated", () => {
    fc.assert(
      fc.property(sessionDocArb, fc.array(mutationArb, { maxLength: 2 }), (doc, steps) => {
        let d: unknown = doc;
        for (const step of steps) d = mutate(d, step);
        expectAgreement("session", d);
      }),
      { numRuns: 500 },
    );
  });

  it("cells: 500 generated documents, then mutated", () => {
    fc.assert(
      fc.property(cellDocArb, fc.array(mutationArb, { maxLength: 2 }), (doc, steps) => {
        let d: unknown = doc;
        for (const step of steps) d = mutate(d, step);
        expectAgreement("cell", d);
      }),
      { numRuns: 500 },
    );
  });

  it("genuine Claude Code hook payloads", () => {
    for (const payload of Object.values(claudeHookSamples()))
      expect(expectAgreement("hook-input", payload)).toBe(true);
  });

  it("edge values zod treats specially", () => {
    const base = JSON.parse(
      readFileSync(join(pkg, "__fixtures__/documents/session/valid/full.json"), "utf8"),
    );
    const preview = (d: Doc) => (d.context as Doc[] & Doc).tool_outputs as unknown as Doc[];
    const cases: [string, unknown][] = [
      ["metadata.created_at", -0],
      ["metadata.created_at", Number.MAX_VALUE],
      ["budget.total_tokens_used", 2 ** 53],
      ["budget.total_tokens_used", 2 ** 53 - 1],
      ["context.working_memory", Object.create(null)],
      ["context.working_memory", new Map()],
      ["activation", new Date(0)],
      // biome-ignore lint/suspicious/noSparseArray: a hole is the point
      ["metadata.tags", [, "x"]],
      ["metadata.ended_at", undefined],
      ["metadata.extra_undefined", undefined],
      ["context.working_memory.u", undefined],
    ];
    const changes: ((d: Doc) => void)[] = [
      ...cases.map(
        ([path, value]) =>
          (d: Doc) =>
            setAt(d, path, value),
      ),
      (d) => {
        preview(d)[0]!.content_preview = "😀".repeat(500);
      },
      (d) => {
        preview(d)[0]!.content_preview = `${"😀".repeat(500)}x`;
      },
      (d) => {
        (d.context as Doc).files = Object.assign(Object.create(null), (d.context as Doc).files);
      },
      (d) => {
        ((d.context as Doc).working_memory as Record<symbol, unknown>)[Symbol("s")] = 1;
      },
      (d) => {
        (d.context as Doc).tool_outputs = Array.from({ length: 101 }, () => preview(d)[0]);
      },
      (d) => {
        Object.defineProperty((d.context as Doc).working_memory, "hidden", { value: 1, enumerable: false });
      },
    ];
    for (const change of changes) {
      const doc = structuredClone(base) as Doc;
      change(doc);
      expectAgreement("session", doc);
    }
  });

  it("optional keys present with undefined, and own __proto__ keys (JSON.parse makes them)", () => {
    const cell = JSON.parse(readFileSync(join(pkg, "__fixtures__/documents/cell/valid/full.json"), "utf8"));
    const withUndefined = (doc: Record<string, unknown>, key: string) => ({ ...doc, [key]: undefined });
    expectAgreement("cell", withUndefined(cell, "extra"));
    expectAgreement("cell", withUndefined(cell, "completed_at"));
    expectAgreement("cell", { ...cell, extra: { a: undefined } });
    expectAgreement("hook-input", {
      session_id: "s",
      hook_event_name: "X",
      tool_input: undefined,
      cwd: undefined,
    });
    expectAgreement("file-access-line", { timestamp: "t", tool: "Read", file: "/a", cell_id: undefined });
    const proto = (text: string) => JSON.parse(text) as Record<string, unknown>;
    expectAgreement(
      "session",
      proto(
        '{"schema_version":1,"metadata":{"session_id":"s","created_at":1,"updated_at":1,"__proto__":{"x":1}},' +
          '"context":{"working_memory":{"__proto__":{"x":1},"a":2},' +
          '"files":{"__proto__":{"hash":null,"size_bytes":1,"first_access":1,"last_access":1}}},"__proto__":[]}',
      ),
    );
    expectAgreement(
      "cell-index",
      proto(
        '{"version":1,"session_id":"s","cells":{"__proto__":{"type":"tool","status":"done","dependencies":[],"dependents":[]}},' +
          '"roots":[],"leaves":[],"execution_order":[],"cycles_detected":[]}',
      ),
    );
    expectAgreement(
      "cell",
      proto(
        '{"__proto__":{"z":1},"cell_id":"cell_00000001","created_at":1,"type":"repl","status":"done","input":{"context_snapshot":{"files":{"__proto__":null}}},"output":{"result":{"__proto__":{"y":2}}}}',
      ),
    );
  });
});
