import { existsSync, mkdirSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { spawnNode, tempDir } from "@rlm/test-utils";
import { describe, expect, it } from "vitest";
import { mkdirpSync } from "./mkdirp.js";

describe("mkdirpSync", () => {
  it("creates missing parents with the mode, accepts an existing directory or a symlink to one", () => {
    const base = tempDir().path;
    const deep = join(base, "a", "b", "c");
    mkdirpSync(deep, 0o700);
    for (const p of [join(base, "a"), join(base, "a", "b"), deep])
      expect(statSync(p).mode & 0o777).toBe(0o700);
    mkdirpSync(deep, 0o700);
    symlinkSync(deep, join(base, "link"));
    mkdirpSync(join(base, "link"), 0o700);
    mkdirpSync(join(base, "link", "d"), 0o700);
    expect(existsSync(join(deep, "d"))).toBe(true);
  });

  it("a file in the way is an error (EEXIST, ENOTDIR), never a loop", () => {
    const base = tempDir().path;
    writeFileSync(join(base, "f"), "x");
    expect(() => mkdirpSync(join(base, "f"), 0o700)).toThrow(/EEXIST/);
    expect(() => mkdirpSync(join(base, "f", "x", "y"), 0o700)).toThrow(/ENOTDIR/);
    mkdirSync(join(base, "ok"));
  });

  it("ends where Node's recursive mkdirSync spins forever (a parent that exists, ENOENT for the child: /proc)", async () => {
    if (!existsSync("/proc/self")) return; // no procfs (not Linux): nothing to show
    const script = join(tempDir().path, "m.mjs");
    writeFileSync(
      script,
      `import { mkdirpSync } from ${JSON.stringify(new URL("./mkdirp.ts", import.meta.url).pathname)};\n` +
        `try { mkdirpSync("/proc/rlm-nope/x", 0o700); console.log("made?"); } catch (e) { console.log(e.code); }\n`,
    );
    const child = spawnNode(script, [], { ts: true });
    const killer = setTimeout(() => child.kill("SIGKILL"), 20_000); // a loop must fail the test, not hang it
    let out = "";
    child.stdout?.setEncoding("utf8").on("data", (d: string) => {
      out += d;
    });
    const code = await new Promise((r) => child.on("exit", (c, sig) => r(sig ?? c)));
    clearTimeout(killer);
    expect({ code, out: out.trim() }).toEqual({ code: 0, out: "ENOENT" });
  }, 30_000);
});
