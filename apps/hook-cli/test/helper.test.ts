import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, utimesSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { resolveSessionsRoot } from "@rlm/session-store";
import { runNode } from "@rlm/test-utils";
import { describe, expect, it } from "vitest";
import { FORWARDED_ENV, forwardedEnv, resolveRoot } from "../src/helper-protocol.js";
import { expectQuiet, HOOK_BIN } from "./cli.js";

import { alive, setup, until } from "./helper-setup.js";

// The resident helper, driven only through the built rlm-hook as Claude Code runs it.
// RLM_HOOK_TRACE=1 makes each run say on stderr which way its event went.

describe("the resident helper", () => {
  it("resolves the sessions root exactly as the store does", () => {
    const cases: Array<[string | undefined, NodeJS.ProcessEnv]> = [
      [undefined, {}],
      [undefined, { RLM_SESSIONS_DIR: "" }],
      [undefined, { RLM_SESSIONS_DIR: "  " }],
      [undefined, { RLM_SESSIONS_DIR: "rel/dir" }],
      [undefined, { RLM_SESSIONS_DIR: "/abs/dir/../x" }],
      ["/explicit", { RLM_SESSIONS_DIR: "/env" }],
      ["", { RLM_SESSIONS_DIR: "/env" }],
    ];
    for (const [explicit, env] of cases)
      expect(resolveRoot(explicit, env)).toBe(resolveSessionsRoot(explicit, env));
  });

  it("forwards every variable the handlers read, and nothing else of the user's environment", () => {
    const hooksSrc = fileURLToPath(new URL("../../../packages/hooks/src/", import.meta.url));
    const read = new Set<string>();
    for (const f of readdirSync(hooksSrc, { recursive: true }) as string[])
      if (f.endsWith(".ts") && !f.endsWith(".test.ts"))
        for (const m of readFileSync(join(hooksSrc, f), "utf8").matchAll(/\benv\.([A-Z][A-Z0-9_]*)/g))
          read.add(m[1] as string);
    expect(read.size).toBeGreaterThan(0);
    for (const name of read) expect(name.startsWith("RLM_") || FORWARDED_ENV.includes(name), name).toBe(true);
    expect(
      forwardedEnv({
        HOME: "/h",
        RLM_CONFIG: "/c",
        CLAUDE_ENV_FILE: "/e",
        ANTHROPIC_API_KEY: "sk-ant-x",
        PATH: "/bin",
      }),
    ).toEqual({ HOME: "/h", RLM_CONFIG: "/c", CLAUDE_ENV_FILE: "/e" });
  });

  it("the first event is recorded in-process and starts a helper; the next ones are recorded by it", async () => {
    const h = setup();
    expect(await h.prompt("one")).toBe("rlm-hook: absent");
    await until("a helper", () => h.helperPid() !== null);
    const pid = h.helperPid() as number;
    expect(alive(pid)).toBe(true);
    for (let k = 0; k < 5; k++) expect(await h.prompt(`p${k}`)).toBe("rlm-hook: recorded by the helper");
    expect(h.prompts()).toBe(6);
    expect(h.helperPid()).toBe(pid); // one helper for the root, still the same
    expect(readdirSync(join(h.hookd, "q"))).toEqual([]); // every request and answer cleaned up
    expect(readdirSync(h.hookd).sort()).toEqual(["helper.json", "in.fifo", "q"]);
    expect(h.errorLog()).toEqual([]);
    await h.stopHelper();
    expect(existsSync(join(h.hookd, "in.fifo"))).toBe(false); // a stopped helper takes its fifo
  });

  it("a helper killed with SIGKILL costs nothing: the next event is recorded in-process and a new helper starts", async () => {
    const h = setup();
    await h.prompt("one");
    await until("a helper", () => h.helperPid() !== null);
    // a helper that announced itself has dropped its start marker: killing it now must not
    // hold back the next start (the marker would for 30 s)
    expect(existsSync(join(h.hookd, "starting"))).toBe(false);
    const first = h.helperPid() as number;
    process.kill(first, "SIGKILL");
    await until("the helper to die", () => !alive(first));
    expect(await h.prompt("two")).toBe("rlm-hook: absent"); // the fifo is left, nobody reads it
    await until("a new helper", () => h.helperPid() !== null && h.helperPid() !== first);
    expect(await h.prompt("three")).toBe("rlm-hook: recorded by the helper");
    expect(h.prompts()).toBe(3);
    await h.stopHelper();
  });

  it("a stopped helper (SIGSTOP): the client takes its request back and records it itself, exactly once; the helper is left alone for a while", async () => {
    const h = setup({ RLM_HOOK_HELPER_WAIT_MS: "300" });
    await h.prompt("one");
    await until("a helper", () => h.helperPid() !== null);
    const pid = h.helperPid() as number;
    process.kill(pid, "SIGSTOP");
    try {
      expect(await h.prompt("two")).toBe("rlm-hook: declined (not taken in 300 ms)");
      expect(await h.prompt("three")).toBe("rlm-hook: declined (backoff)"); // no second wait
    } finally {
      process.kill(pid, "SIGCONT");
    }
    // (backoff over) it reads "two"'s line first: taken back, skipped; then serves "four"
    expect(await h.prompt("four", { RLM_HOOK_HELPER_BACKOFF_MS: "0" })).toBe(
      "rlm-hook: recorded by the helper",
    );
    expect(h.prompts()).toBe(4);
    expect(readdirSync(join(h.hookd, "q"))).toEqual([]);
    expect(h.errorLog()).toEqual([
      expect.objectContaining({
        code: "ERR_RLM_HELPER",
        message: expect.stringContaining("did not take the event"),
      }),
    ]);
    await h.stopHelper();
  });

  it("a helper of another build answers 'stale' and exits; the event is recorded in-process and a current helper starts", async () => {
    const h = setup();
    // a private copy of the two bundles: "another build" is the same bytes with a new mtime
    const bin = h.tmp.join("bin");
    mkdirSync(bin);
    for (const name of ["rlm-hook.cjs", "rlm-hook-core.cjs"])
      copyFileSync(join(dirname(HOOK_BIN), name), join(bin, name));
    const run = (text: string) =>
      runNode(join(bin, "rlm-hook.cjs"), [], {
        ts: false,
        cwd: h.project,
        env: { HOME: h.home, RLM_SESSIONS_DIR: "", RLM_CONFIG: "", RLM_HOOK_TRACE: "1" },
        input: JSON.stringify({ session_id: "s1", hook_event_name: "UserPromptSubmit", prompt: text }),
      }).then((r) => r.stderr.trim());
    expect(await run("one")).toBe("rlm-hook: absent");
    await until("a helper", () => h.helperPid() !== null);
    const old = h.helperPid() as number;
    const later = new Date(Date.now() + 5_000);
    utimesSync(join(bin, "rlm-hook-core.cjs"), later, later);
    expect(await run("two")).toBe("rlm-hook: declined (stale)");
    await until("the stale helper to exit", () => !alive(old));
    await until("a current helper", () => h.helperPid() !== null && h.helperPid() !== old);
    expect(await run("three")).toBe("rlm-hook: recorded by the helper");
    // an older build (a session still running the previous plugin version) records its
    // events itself and leaves the current helper alone: no two builds taking turns
    // (the helper runs the copy, 5 s "newer"; the workspace's own build is the older one)
    const current = h.helperPid() as number;
    for (let k = 0; k < 3; k++) expect(await h.prompt(`old ${k}`)).toBe("rlm-hook: declined (other build)");
    expect(h.helperPid()).toBe(current);
    expect(alive(current)).toBe(true);
    expect(h.prompts()).toBe(6);
    await h.stopHelper();
  });

  it("exits when idle, and when its root is deleted — recreating nothing", async () => {
    const idle = setup({ RLM_HOOK_HELPER_IDLE_MS: "300" });
    await idle.prompt("one");
    await until("a helper", () => idle.helperPid() !== null);
    const pid = idle.helperPid() as number;
    await until("the idle helper to exit", () => !alive(pid));
    expect(readdirSync(idle.hookd).sort()).toEqual(["q"]); // fifo and helper.json taken with it

    const gone = setup();
    await gone.prompt("one");
    await until("a helper", () => gone.helperPid() !== null);
    const pid2 = gone.helperPid() as number;
    gone.tmp.remove();
    await until("the helper of a deleted root to exit", () => !alive(pid2));
    expect(existsSync(gone.tmp.path)).toBe(false);
  });

  it("RLM_HOOK_HELPER=0 records every event in-process and starts nothing", async () => {
    const h = setup({ RLM_HOOK_HELPER: "0" });
    for (let k = 0; k < 3; k++)
      expectQuiet(
        await h.run({ session_id: "s1", hook_event_name: "UserPromptSubmit", prompt: "x" }, [], {
          RLM_HOOK_HELPER: "0",
        }),
      );
    expect(h.prompts()).toBe(3);
    expect(existsSync(h.hookd)).toBe(false);
  });
});
