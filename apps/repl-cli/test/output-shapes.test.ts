import { buildSession } from "@rlm/repl-bridge/test";
import { describe, expect, it } from "vitest";
import { type Json, ok, sandbox } from "./helpers.js";

describe("JSON output shapes", () => {
  it("peek {var: cells} prints the same snake_case summaries as the cells op", async () => {
    const sb = sandbox();
    const s = buildSession(sb.root);
    const peek = await ok(sb, "peek", { var: "cells", start: 0, end: 1 });
    const listed = await ok(sb, "cells");
    expect(peek.result).toHaveLength(2);
    for (const cell of peek.result as Json[]) {
      expect(Object.keys(cell).sort()).toEqual(
        ["cell_id", "created_at", "dependencies", "dependents", "status", "status_reason", "type"].sort(),
      );
      const same = listed.cells.find((c: Json) => c.cell_id === cell.cell_id);
      const { position: _, ...rest } = same;
      expect(cell).toEqual(rest);
    }
    expect(peek.result[0].cell_id).toBe(s.cells.read);
  });

  it("extract_functions: methods of an abstract class name it, object-literal function properties and an anonymous default export are found", async () => {
    const sb = sandbox();
    buildSession(sb.root);
    const content = [
      "export abstract class Shape {",
      "  area(): number { return 0; }",
      "  abstract name(): string;",
      "}",
      "const handlers = {",
      "  open: function () { return 1; },",
      '  "close": async () => 2,',
      "  reset() {},",
      "  count: 3,",
      "};",
      "export default function () {",
      "  return handlers;",
      "}",
    ].join("\n");
    const r = await ok(sb, "extract_functions", { content, language: "typescript" });
    const brief = r.functions.map((f: Json) => [f.name, f.kind, f.class ?? null, f.start_line]);
    expect(brief).toEqual([
      ["area", "method", "Shape", 2],
      ["open", "function", null, 6],
      ["close", "arrow", null, 7],
      ["reset", "method", null, 8],
      ["default", "function", null, 11],
    ]);
    expect(r.functions.find((f: Json) => f.name === "close").async).toBe(true);
    const js = await ok(sb, "extract_functions", {
      content: "module.exports = { run: function () {} };\nexport default function () {}\n",
      language: "javascript",
    });
    expect(js.functions.map((f: Json) => f.name)).toEqual(["run", "default"]);
  });
});
