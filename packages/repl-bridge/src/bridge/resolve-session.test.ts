import { createSessionStore } from "@rlm/session-store";
import { tempDir } from "@rlm/test-utils";
import { describe, expect, it } from "vitest";
import { resolveSessionId } from "./resolve-session.js";

describe("the session an operation acts on", () => {
  it("--session, else $RLM_SESSION_ID (each Claude Code session's own), else current", () => {
    const store = createSessionStore({ root: tempDir("rlm-resolve-").join("root") });
    store.create("a");
    store.create("b");
    store.setCurrent("b");
    expect(resolveSessionId(store, undefined, {})).toBe("b");
    expect(resolveSessionId(store, undefined, { RLM_SESSION_ID: "a" })).toBe("a");
    expect(resolveSessionId(store, "b", { RLM_SESSION_ID: "a" })).toBe("b");
    expect(resolveSessionId(store, "current", { RLM_SESSION_ID: "a" })).toBe("b");
    expect(() => resolveSessionId(store, undefined, { RLM_SESSION_ID: "gone" })).toThrow(
      expect.objectContaining({ code: "ERR_RLM_SESSION_NOT_FOUND" }),
    );
  });
});
