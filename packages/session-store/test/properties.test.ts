import { readdirSync } from "node:fs";
import { join } from "node:path";
import { SessionState, sessionIdProblem } from "@rlm/session-schema";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { encodeSession } from "../src/index.js";
import { hostileIdArb, sessionArb } from "./arbitraries.js";
import { newStore } from "./helpers.js";

const parsedBytes = (bytes: Buffer[]) => JSON.parse(Buffer.concat(bytes).toString("utf8"));

describe("properties", () => {
  it("save → load round-trips any valid session (updated_at is stamped)", () => {
    const { store } = newStore({ clock: () => 1234.5 });
    store.create("prop");
    fc.assert(
      fc.property(sessionArb("prop"), (state) => {
        const saved = store.save(state);
        const expected = { ...state, metadata: { ...state.metadata, updated_at: 1234.5 } };
        expect(saved).toEqual(expected);
        expect(store.load("prop")).toEqual(expected);
        expect(store.list().sessions[0]?.tags).toEqual(state.metadata.tags);
      }),
      { numRuns: 150 },
    );
  });

  it("encoding accepts exactly what the schema accepts, with the same result — also after in-place edits of a remembered state", () => {
    const mutation = fc.record({
      section: fc.constantFrom("files", "tool_outputs", "metadata", "activation", "budget"),
      field: fc.constantFrom(
        "hash",
        "size_bytes",
        "last_access",
        "content_preview",
        "exit_code",
        "cell_id",
        "extra",
        "tags",
        "max_depth",
      ),
      value: fc.oneof(fc.jsonValue({ maxDepth: 1 }), fc.constant(undefined)),
    });
    fc.assert(
      fc.property(sessionArb("eq"), mutation, (state, m) => {
        let held = encodeSession(state).state;
        held = encodeSession(held).state;
        held = encodeSession(held).state; // remembered now
        const target =
          m.section === "files"
            ? Object.values(held.context.files)[0]
            : m.section === "tool_outputs"
              ? held.context.tool_outputs[0]
              : (held as unknown as Record<string, Record<string, unknown>>)[m.section];
        if (target !== undefined) (target as Record<string, unknown>)[m.field] = m.value;
        const reference = SessionState.safeParse(JSON.parse(JSON.stringify(held)));
        let ours: ReturnType<typeof encodeSession> | null = null;
        try {
          ours = encodeSession(held);
        } catch (err) {
          expect((err as { code?: string }).code).toBe("ERR_RLM_VALIDATION");
        }
        expect(ours !== null).toBe(reference.success);
        if (ours !== null && reference.success) {
          expect(parsedBytes(ours.bytes)).toEqual(reference.data);
        }
      }),
      { numRuns: 600 },
    );
  });

  it("hostile ids are always refused, and nothing is created", () => {
    const { store, root, base } = newStore();
    const s = store.create("ok");
    const calls = (id: string): (() => unknown)[] => [
      () => store.create(id),
      () => store.ensure(id),
      () => store.load(id),
      () => store.exists(id),
      () => store.update(id, () => {}),
      () => store.save({ ...s, metadata: { ...s.metadata, session_id: id } }),
      () => store.delete(id),
      () => store.end(id),
      () => store.fork("ok", id),
      () => store.fork(id, "new-one"),
      () => store.lineage(id),
      () => store.archive(id),
      () => store.restore(id),
      () => store.setCurrent(id),
      () => store.linkTranscript(id, "/t"),
      () => store.appendTrace(id, {}),
      () => store.appendFileAccess(id, { tool: "Read", file: "/x" }),
      () => store.readLog(id, "traces"),
      () => store.recordToolOutput(id, { toolName: "x", content: "", exitCode: 0 }),
      () => store.sessionDir(id),
    ];
    fc.assert(
      fc.property(hostileIdArb, (id) => {
        fc.pre(sessionIdProblem(id) !== null);
        for (const call of calls(id)) {
          let code: string | undefined;
          try {
            call();
          } catch (err) {
            code = (err as { code?: string }).code;
          }
          expect(code).toBe("ERR_RLM_INVALID_ID");
        }
      }),
      { numRuns: 200 },
    );
    expect(readdirSync(base)).toEqual(["sessions"]);
    expect(readdirSync(root)).toEqual(["ok"]);
    expect(readdirSync(join(root, "ok")).sort()).toEqual(["cells", "reasoning", "session.json"]);
  });
});
