import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { claudeSamplePath, runNode, tempDir } from "@rlm/test-utils";
import { describe, expect, it } from "vitest";
import { createSessionStore } from "../src/index.js";

const pkg = join(import.meta.dirname, "..");

describe("the README's first example", () => {
  it("runs as written on a genuine PostToolUse payload", async () => {
    const readme = readFileSync(join(pkg, "README.md"), "utf8");
    const code = /```ts\n([\s\S]*?)```/.exec(readme)?.[1];
    expect(code).toBeDefined();
    const dir = tempDir().path;
    const script = join(dir, "example.ts");
    const entry = pathToFileURL(join(pkg, "src", "index.ts")).href;
    writeFileSync(script, (code as string).replaceAll('"@rlm/session-store"', JSON.stringify(entry)));
    const payload = readFileSync(claudeSamplePath("hook-PostToolUse-Bash.macos.json"), "utf8");
    const root = join(dir, "sessions");
    const run = await runNode(script, [], {
      input: payload,
      env: { RLM_SESSIONS_DIR: root, TSX_DISABLE_CACHE: "1" },
    });
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    const { session_id, tool_name } = JSON.parse(payload) as { session_id: string; tool_name: string };
    const store = createSessionStore({ root });
    const state = store.load(session_id);
    expect(state.context.tool_outputs.map((t) => t.tool_name)).toEqual([tool_name]);
    expect(state.context.tool_outputs[0]?.content_preview).toContain("CLAUDE.md");
    expect(store.readLog(session_id, "file-access").lines).toHaveLength(1);
    expect(store.getCurrent()).toBe(session_id);
  });
});
