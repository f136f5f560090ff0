import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { runNode, tempDir } from "@rlm/test-utils";
import { describe, expect, it } from "vitest";

// A hook process must not pay for loading and building a schema library. zod marks its
// first evaluation on globalThis (`__zod_globalConfig`); a child that imports the store and
// runs the hot path (create, update, load, list, log appends, read) must never set it.

const src = (pkg: string, file: string) =>
  pathToFileURL(join(import.meta.dirname, "..", "..", pkg, "src", file)).href;

async function zodLoadedAfter(body: string): Promise<string> {
  const dir = tempDir().path;
  const script = join(dir, "probe.mts");
  writeFileSync(
    script,
    `${body}\nprocess.stdout.write(typeof (globalThis as Record<string, unknown>).__zod_globalConfig);\n`,
  );
  const run = await runNode(script, [], { env: { TSX_DISABLE_CACHE: "1" } });
  expect(run.stderr).toBe("");
  return run.stdout;
}

describe("importing and using the store", () => {
  it("never loads zod", async () => {
    const loaded = await zodLoadedAfter(`
      import { createSessionStore } from ${JSON.stringify(src("session-store", "index.ts"))};
      const store = createSessionStore({ root: ${JSON.stringify(join(tempDir().path, "s"))}, fsync: false });
      store.create("a");
      store.update("a", (s) => { s.context.working_memory.k = 1; });
      store.recordToolOutput("a", { toolName: "Bash", content: "ok", exitCode: 0 });
      store.appendFileAccess("a", { tool: "Read", file: "/x" });
      store.appendTrace("a", { kind: "t" });
      store.load("a");
      store.list();
      store.readLog("a", "file-access");
      store.sync("a");
    `);
    expect(loaded).toBe("undefined");
  });

  it("(control: the probe does see zod when the schema's main entry is imported)", async () => {
    expect(await zodLoadedAfter(`import ${JSON.stringify(src("session-schema", "index.ts"))};`)).toBe(
      "object",
    );
  });
});
