import { describe, expect, it } from "vitest";
import { argsJsonSchema } from "./to-json-schema.js";
import { validateArgs } from "./validate-args.js";

const SPECS = {
  cell_id: { type: "string", required: true, description: "id" },
  limit: { type: "integer", minimum: 1, default: 10, description: "n" },
  mode: { type: "string", enum: ["a", "b"], default: "a", description: "m" },
  cells: { type: ["string", "string[]"], description: "c" },
} as const;

describe("validateArgs", () => {
  it("fills defaults and keeps given values", () => {
    expect(validateArgs("op", SPECS, { cell_id: "cell_0a1b2c3d" })).toEqual({
      cell_id: "cell_0a1b2c3d",
      limit: 10,
      mode: "a",
    });
    expect(validateArgs("op", SPECS, { cell_id: "x", cells: ["a", "b"], limit: 3 })).toMatchObject({
      cells: ["a", "b"],
      limit: 3,
    });
  });

  it.each([
    [[1, 2], "must be a JSON object"],
    ["text", "must be a JSON object"],
    [{}, 'needs the argument "cell_id"'],
    [{ cell_id: 1 }, "must be string"],
    [{ cell_id: "x", limit: 0 }, "must be ≥ 1"],
    [{ cell_id: "x", limit: 1.5 }, "must be integer"],
    [{ cell_id: "x", mode: "c" }, 'must be one of "a", "b"'],
    [{ cell_id: "x", cells: [1] }, "must be string or string[]"],
    [{ cell_id: "x", colour: "red" }, 'has no argument "colour"'],
  ])("refuses %j (%s) with a usage error", (raw, message) => {
    expect(() => validateArgs("op", SPECS, raw)).toThrow(
      expect.objectContaining({ code: "ERR_RLM_USAGE", message: expect.stringContaining(message) }),
    );
  });

  it("enforces exactly one of a group", () => {
    const specs = {
      content: { type: "string", description: "" },
      path: { type: "string", description: "" },
    } as const;
    expect(() => validateArgs("op", specs, {}, [["content", "path"]])).toThrow(
      /exactly one of "content", "path"/,
    );
    expect(() => validateArgs("op", specs, { content: "a", path: "b" }, [["content", "path"]])).toThrow(
      /got content and path/,
    );
    expect(validateArgs("op", specs, { path: "b" }, [["content", "path"]])).toEqual({ path: "b" });
  });

  it("describes the same arguments as JSON Schema", () => {
    const schema = argsJsonSchema(SPECS, [["cell_id", "cells"]]);
    expect(schema).toMatchObject({
      type: "object",
      additionalProperties: false,
      required: ["cell_id"],
      properties: {
        limit: { type: "integer", minimum: 1, default: 10 },
        mode: { enum: ["a", "b"] },
        cells: { anyOf: [{ type: "string" }, { type: "array", items: { type: "string" } }] },
      },
      allOf: [{ oneOf: [{ required: ["cell_id"] }, { required: ["cells"] }] }],
    });
  });
});
