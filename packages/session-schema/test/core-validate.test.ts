import { readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { committedSchemas, GENERATED_FILE } from "../scripts/generate-validators.js";
import { generateValidators } from "../scripts/validator-codegen.js";
import * as core from "../src/core.js";
import { isRlmError, parseCell, parseSession, type ValidationError } from "../src/index.js";
import { mutate, mutationArb, sessionDocArb } from "./core-arbitraries.js";

const pkg = join(import.meta.dirname, "..");
const fixture = (p: string) =>
  JSON.parse(readFileSync(join(pkg, "__fixtures__", "documents", p), "utf8")) as Record<string, unknown>;

/** The outcome of a parse: the value, or the error's code and class name. */
function outcome(fn: () => unknown): unknown {
  try {
    return { value: fn() };
  } catch (err) {
    return { code: (err as { code?: string }).code, name: (err as Error).name };
  }
}

describe("validators.generated.ts", () => {
  it("is what the committed JSON Schemas generate (run `pnpm generate`)", () => {
    expect(readFileSync(GENERATED_FILE, "utf8")).toBe(generateValidators(committedSchemas()));
  });

  it("refuses a schema keyword it does not implement instead of ignoring it", () => {
    expect(() => generateValidators({ x: { type: "string", format: "email" } })).toThrow(
      /unsupported keyword format/,
    );
  });
});

describe("validateSession (zod-free twin of parseSession)", () => {
  it("fills defaults, upgrades v0, keeps unknown keys", () => {
    const s = core.validateSession(fixture("session/valid/minimal.json"));
    expect(s).toEqual(parseSession(fixture("session/valid/minimal.json")));
    expect(s.activation.max_depth).toBe(2);
    const v0 = { session_id: "flat", created_at: "2026-01-02T03:04:05Z", updated_at: 11, context: { x: 1 } };
    expect(core.validateSession(v0)).toEqual(parseSession(v0));
    expect(
      (core.validateSession(fixture("session/valid/full.json")) as Record<string, unknown>).x_future_field,
    ).toEqual({
      kept: true,
    });
  });

  it("names each failing field by dot path and the file; newer versions and __proto__ keys are refused", () => {
    const doc = fixture("session/valid/full.json") as {
      context: { tool_outputs: { exit_code: unknown }[] };
      metadata: Record<string, unknown>;
    };
    doc.context.tool_outputs[0]!.exit_code = "zero";
    doc.metadata.session_type = "weird";
    const r = core.safeValidateSession(doc, "/s/session.json");
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe("ERR_RLM_VALIDATION");
    const paths = (r.error as ValidationError).issues.map((i) => i.path);
    expect(paths).toEqual(
      expect.arrayContaining(["context.tool_outputs.0.exit_code", "metadata.session_type"]),
    );
    expect(r.error.message).toContain("/s/session.json");
    const newer = core.safeValidateSession({ ...fixture("session/valid/minimal.json"), schema_version: 7 });
    expect(!newer.ok && isRlmError(newer.error, "ERR_RLM_SCHEMA_VERSION")).toBe(true);
    expect(() =>
      core.validateSession(
        JSON.parse(
          '{"schema_version":1,"metadata":{"session_id":"s","created_at":1,"updated_at":1},"context":{"working_memory":{"__proto__":1}}}',
        ),
      ),
    ).toThrowError(/context\.working_memory\.__proto__/);
    expect(() => core.validateSession([1])).toThrowError(/expected a JSON object/);
  });

  it("has the same outcome as parseSession on 500 random (also v0, also broken) documents", () => {
    fc.assert(
      fc.property(sessionDocArb, fc.array(mutationArb, { maxLength: 3 }), fc.boolean(), (doc, steps, v0) => {
        let d: unknown = structuredClone(doc);
        if (v0) delete (d as Record<string, unknown>).schema_version;
        for (const step of steps) d = mutate(d, step);
        expect(outcome(() => core.validateSession(d))).toEqual(outcome(() => parseSession(d)));
      }),
      { numRuns: 500 },
    );
  });
});

describe("validateCell (zod-free twin of parseCell)", () => {
  it("fills defaults exactly as parseCell and names bad fields", () => {
    const minimal = { cell_id: "cell_00000001", created_at: 1, type: "tool", status: "pending" };
    expect(core.validateCell(minimal)).toStrictEqual(parseCell(minimal));
    expect(JSON.stringify(core.validateCell(minimal))).toBe(JSON.stringify(parseCell(minimal)));
    expect(() => core.validateCell({ ...minimal, cell_id: "cell_1" }, "/c.json")).toThrowError(
      /invalid cell in \/c\.json: cell_id: must match/,
    );
    const r = core.safeValidateCell({ ...minimal, status: "nope", dependencies: ["x"] });
    expect(r.ok ? [] : (r.error as ValidationError).issues.map((i) => i.path)).toEqual([
      "status",
      "dependencies.0",
    ]);
    expect(() =>
      core.validateCell(
        JSON.parse(
          '{"cell_id":"cell_00000001","created_at":1,"type":"repl","status":"done","input":{"context_snapshot":{"files":{"__proto__":null}}}}',
        ),
      ),
    ).toThrowError(/input\.context_snapshot\.files\.__proto__/);
  });

  it("the other document validators carry the document name and accept what their zod parsers accept", () => {
    expect(core.validateHookInput({ session_id: "s", hook_event_name: "X", extra: 1 })).toEqual({
      session_id: "s",
      hook_event_name: "X",
      extra: 1,
    });
    expect(() => core.validateHookInput({ session_id: "s" })).toThrowError(/hook input.*hook_event_name/);
    expect(() => core.validateFileAccessLine({ timestamp: "t", tool: "" })).toThrowError(/file-access line/);
    expect(core.checkSessionMetadata({ session_id: "s", created_at: 1, updated_at: 2 }).ok).toBe(true);
    expect(
      core.checkFileEntry({ hash: "md5:x", size_bytes: 1, first_access: 1, last_access: 1 }),
    ).toMatchObject({
      ok: false,
      issues: [{ path: "hash" }],
    });
    expect(
      core.checkToolOutputPreview({ tool_name: "t", content_preview: "", exit_code: 0, timestamp: 1 }),
    ).toEqual({
      ok: true,
      value: { tool_name: "t", content_preview: "", exit_code: 0, timestamp: 1, cell_id: null },
    });
  });
});

/** Every module a file loads at runtime (type-only imports and exports skipped), transitively. */
function runtimeGraph(entry: string): { files: string[]; external: string[] } {
  const files = new Set<string>();
  const external = new Set<string>();
  const visit = (file: string) => {
    if (files.has(file)) return;
    files.add(file);
    const src = ts.createSourceFile(file, readFileSync(file, "utf8"), ts.ScriptTarget.ES2022);
    for (const st of src.statements) {
      let spec: ts.Expression | undefined;
      if (ts.isImportDeclaration(st) && !st.importClause?.isTypeOnly) spec = st.moduleSpecifier;
      if (ts.isExportDeclaration(st) && !st.isTypeOnly) spec = st.moduleSpecifier;
      if (spec === undefined || !ts.isStringLiteral(spec)) continue;
      const name = spec.text;
      if (name.startsWith(".")) visit(join(file, "..", name.replace(/\.js$/, ".ts")));
      else external.add(name);
    }
  };
  visit(entry);
  return { files: [...files], external: [...external].sort() };
}

describe("@rlm/session-schema/core", () => {
  it("loads nothing but node builtins and its own zod-free modules", () => {
    const graph = runtimeGraph(join(pkg, "src", "core.ts"));
    expect(graph.external).toEqual([]);
    expect(graph.files.some((f) => f.includes("documents/") || f.includes("json-schema"))).toBe(false);
  });

  it("is a subset of the main entry (same functions, not copies)", async () => {
    const main = (await import("../src/index.js")) as Record<string, unknown>;
    for (const [name, value] of Object.entries(core)) expect(main[name], name).toBe(value);
  });
});
