import { tempDir } from "@rlm/test-utils";
import { describe, expect, it } from "vitest";
import { createBridge } from "../src/index.js";
import { buildSession, startFakeAnthropic } from "../src/test-support.js";

// The library as a consumer uses it, in process (the CLI's tests run it as a child process).
describe("createBridge", () => {
  it("runs ops on the current session, records them, reports map_reduce progress, and closes", async () => {
    const dir = tempDir("rlm-bridge-");
    const s = buildSession(dir.join("sessions"));
    const fake = await startFakeAnthropic(() => "ok");
    const bridge = createBridge({
      sessionsDir: s.root,
      memoryDb: dir.join("memory.db"),
      configPath: dir.join("none.json"),
      env: { ANTHROPIC_API_KEY: "sk-ant-test", ANTHROPIC_BASE_URL: fake.url, PATH: "" },
    });
    try {
      const events: [number, number][] = [];
      const mr = (await bridge.run(
        "map_reduce",
        { content: "a\nb\nc\nd\ne\nf", n_chunks: 3, concurrency: 1 },
        { onProgress: (p) => events.push([p.done, p.total]) },
      )) as { cells: string[]; result: string };
      expect(mr.result).toBe("ok");
      expect(events).toEqual([
        [0, 4],
        [1, 4],
        [2, 4],
        [3, 4],
        [4, 4],
      ]);
      const cells = (await bridge.run("cells", { type: "llm_call" })) as { count: number };
      expect(cells.count).toBe(4);
      const session = (await bridge.run("session", {}, { session: s.sessionId })) as {
        budget: { recursive_calls: number };
      };
      expect(session.budget.recursive_calls).toBe(4);
      await expect(bridge.run("cell", { cell_id: "../x" })).rejects.toMatchObject({
        code: "ERR_RLM_INVALID_ID",
      });
      await expect(bridge.run("nope", {})).rejects.toMatchObject({ code: "ERR_RLM_UNKNOWN_OP" });
      await expect(bridge.run("cells", { limit: 0 })).rejects.toMatchObject({ code: "ERR_RLM_USAGE" });
      const added = (await bridge.run("memory_add", { content: "bridges record what they run" })) as {
        node_id: string;
      };
      const found = (await bridge.run("memory_query", { query: "record" })) as {
        results: { node_id: string }[];
      };
      expect(found.results.map((r) => r.node_id)).toEqual([added.node_id]);
    } finally {
      bridge.close();
      await fake.close();
    }
  });
});
