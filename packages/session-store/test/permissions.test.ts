import { lstatSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { newStore } from "./helpers.js";

function modes(dir: string, out: Record<string, string> = {}, base = dir): Record<string, string> {
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    const st = lstatSync(p);
    if (st.isSymbolicLink()) continue;
    out[p.slice(base.length + 1)] = (st.mode & 0o777).toString(8);
    if (st.isDirectory()) modes(p, out, base);
  }
  return out;
}

describe("permissions", () => {
  it("every directory is 0700 and every file 0600, whatever the umask", () => {
    const old = process.umask(0o000);
    try {
      const { store, root } = newStore();
      store.create("a", { transcriptPath: "/nowhere.jsonl" });
      store.update("a", (s) => {
        s.context.working_memory.x = 1;
      });
      store.appendFileAccess("a", { tool: "Read", file: "/x" });
      store.appendTrace("a", { kind: "t" });
      store.appendDecision("a", { kind: "d" });
      store.setCurrent("a");
      store.fork("a", "b");
      store.create("c");
      store.archive("c");
      store.create("d");
      store.archive("d");
      store.restore("d");
      expect(lstatSync(root).mode & 0o777).toBe(0o700);
      const all = modes(root);
      expect(Object.keys(all).length).toBeGreaterThan(15);
      for (const [path, mode] of Object.entries(all)) {
        const isDir = lstatSync(join(root, path)).isDirectory();
        expect([path, mode]).toEqual([path, isDir ? "700" : "600"]);
      }
    } finally {
      process.umask(old);
    }
  });
});
