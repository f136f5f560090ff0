import { spawn, spawnSync } from "node:child_process";
import {
  closeSync,
  constants,
  existsSync,
  mkdirSync,
  openSync,
  readFileSync,
  rmSync,
  symlinkSync,
  utimesSync,
  writeFileSync,
  writeSync,
} from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { tempDir } from "@rlm/test-utils";
import { afterEach, describe, expect, it } from "vitest";
import { type AskOptions, ask, coreIdentity, readHelperState, startHelper } from "../src/client.js";

// The protocol end to end: real helper processes (test/fixtures/echo-helper.mjs on the
// built package) and this process as the client.

const FIXTURE = join(import.meta.dirname, "fixtures", "echo-helper.mjs");
const DIST_CLIENT = join(import.meta.dirname, "..", "dist", "client.mjs");
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const started: number[] = [];

afterEach(() => {
  for (const pid of started.splice(0)) {
    try {
      process.kill(pid, "SIGKILL");
    } catch {
      // gone
    }
  }
});

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function until(what: string, ok: () => boolean, ms = 10_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!ok()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(20);
  }
}

/** A root with a "core" file (whose identity requests carry) and a started echo helper. */
async function helper(env: Record<string, string> = {}) {
  const t = tempDir("rlm-resident-");
  const root = t.join("root");
  const dir = join(root, ".echo");
  const core = t.join("core.cjs");
  writeFileSync(core, "// the build");
  mkdirSync(root);
  // started by a short-lived process, as a client does: the helper outlives it and is
  // reparented (a child of this test process would linger as a zombie once killed)
  const starter = `import { startHelper } from ${JSON.stringify(pathToFileURL(DIST_CLIENT).href)};
startHelper(...JSON.parse(process.argv[1]));`;
  const args = [dir, root, FIXTURE, { PATH: process.env.PATH ?? "/usr/bin:/bin", ECHO_CORE: core, ...env }];
  await new Promise((resolve, reject) =>
    spawn(process.execPath, ["--input-type=module", "-e", starter, JSON.stringify(args)], {
      stdio: "inherit",
    })
      .on("exit", resolve)
      .on("error", reject),
  );
  await until("helper.json", () => readHelperState(dir) !== null);
  const pid = (readHelperState(dir) as { pid: number }).pid;
  started.push(pid);
  const options = (o: Partial<AskOptions> = {}): AskOptions => ({
    dir,
    root,
    corePath: core,
    env: { RLM_X: "1" },
    body: Buffer.from("hello"),
    maxQueue: 3,
    backoffMs: 10_000,
    unclaimedMs: 1_000,
    claimedMs: 5_000,
    ...o,
  });
  /** Requests the way other clients send them, announced at once (nobody collects their answers). */
  const plant = (...bodies: [name: string, body: string][]) => {
    const header = { v: 1, core: coreIdentity(core), root, cwd: process.cwd(), env: {} };
    for (const [name, body] of bodies)
      writeFileSync(join(dir, "q", `${name}.req`), `${JSON.stringify(header)}\n${body}`);
    const fifo = openSync(join(dir, "in.fifo"), constants.O_WRONLY | constants.O_NONBLOCK);
    writeSync(fifo, bodies.map(([name]) => `${name}\n`).join(""));
    closeSync(fifo);
  };
  return { t, root, dir, core, pid, options, plant };
}

/**
 * With the helper stopped, a request asked with ample grace is taken back after its own
 * 300 ms all the same (a stopped helper is stuck, not slow); then `more`, still stopped.
 */
function takenBackWhileStopped(h: Awaited<ReturnType<typeof helper>>, more: () => void = () => {}): void {
  process.kill(h.pid, "SIGSTOP");
  try {
    const t0 = Date.now();
    expect(ask(h.options({ unclaimedMs: 300, unclaimedGraceMs: 5_000 }))).toEqual({
      kind: "declined",
      why: "not taken in 300 ms",
      log: true,
    });
    expect(Date.now() - t0).toBeLessThan(2_000);
    more();
  } finally {
    process.kill(h.pid, "SIGCONT");
  }
}

describe("a resident helper and its clients", () => {
  it("answers with the client's cwd, forwarded env and extra; none before it starts", async () => {
    const t = tempDir("rlm-resident-");
    expect(ask({ ...(await helper()).options(), dir: t.join("nothing") }).kind).toBe("absent");
    const h = await helper();
    const out = ask<{ echo: string; cwd: string; env: unknown; extra: unknown }>(
      h.options({ extra: { argv: ["a"] } }),
    );
    expect(out).toEqual({
      kind: "answered",
      reply: expect.objectContaining({
        echo: "hello",
        cwd: process.cwd(),
        env: { RLM_X: "1" },
        extra: { argv: ["a"] },
      }),
      tail: Buffer.alloc(0),
    });
    // a second start finds the live one and leaves
    startHelper(h.dir, h.root, FIXTURE, { PATH: process.env.PATH ?? "", ECHO_CORE: h.core });
    await sleep(500);
    expect(readHelperState(h.dir)?.pid).toBe(h.pid);
  });

  it("a newer build makes it stop ('stale'); an older one is sent its own way ('other build')", async () => {
    const h = await helper();
    const older = h.t.join("older.cjs");
    writeFileSync(older, "// an older build");
    utimesSync(older, new Date(2000, 1, 1), new Date(2000, 1, 1));
    expect(ask(h.options({ corePath: older }))).toEqual({ kind: "declined", why: "other build" });
    expect(alive(h.pid)).toBe(true);
    const newer = h.t.join("newer.cjs");
    writeFileSync(newer, "// a newer build");
    utimesSync(newer, new Date(Date.now() + 60_000), new Date(Date.now() + 60_000));
    expect(ask(h.options({ corePath: newer }))).toEqual({ kind: "declined", why: "stale" });
    await until("the helper to exit", () => !alive(h.pid));
    expect(ask(h.options()).kind).toBe("absent");
  });

  it("a large answer comes as raw bytes after the reply; a handler may send the client its own way", async () => {
    const h = await helper();
    const big = ask<{ echo: string }>(h.options({ body: Buffer.from("tail 3000000") }));
    expect(big.kind).toBe("answered");
    if (big.kind !== "answered") return;
    expect(big.reply).toEqual({ echo: "tail" });
    expect(big.tail.length).toBe(3_000_000);
    expect(big.tail.every((b) => b === 0x78)).toBe(true);
    const small = ask(h.options());
    expect(small.kind === "answered" && small.tail.length).toBe(0);
    expect(ask(h.options({ body: Buffer.from("refuse") }))).toEqual({ kind: "declined", why: "not served" });
  });

  it("a handler that throws: the client is sent its own way and the failure logged", async () => {
    const h = await helper();
    expect(ask(h.options({ body: Buffer.from("throw") }))).toEqual({
      kind: "declined",
      why: "failed in the helper",
    });
    expect(readFileSync(join(h.root, "fail.log"), "utf8")).toContain("the handler failed");
    expect(ask(h.options()).kind).toBe("answered");
  });

  it("a fifo or a symlink planted in its queue does not wedge it", async () => {
    const h = await helper();
    const queue = join(h.dir, "q");
    spawnSync("mkfifo", [join(queue, "1-evil.req")]);
    symlinkSync("/etc/passwd", join(queue, "2-evil.req"));
    const fifo = openSync(join(h.dir, "in.fifo"), constants.O_WRONLY | constants.O_NONBLOCK);
    writeSync(fifo, "1-evil\n2-evil\n");
    closeSync(fifo);
    await sleep(300);
    expect(ask(h.options()).kind).toBe("answered");
    expect(readFileSync(join(h.root, "fail.log"), "utf8")).toMatch(/not a regular file/);
  });

  it("killed while serving: the client takes its request back", async () => {
    const h = await helper();
    spawn("sh", ["-c", `sleep 0.4; kill -9 ${h.pid}`], { stdio: "ignore" });
    expect(ask(h.options({ body: Buffer.from("sleep 3000") })).kind).toBe("absent");
    expect(alive(h.pid)).toBe(false);
  });

  it("stopped (not taking requests): the client takes it back in time and leaves it alone for a while", async () => {
    const h = await helper();
    takenBackWhileStopped(h, () => {
      expect(ask(h.options())).toEqual({ kind: "declined", why: "backoff" });
      expect(ask(h.options({ backoffMs: 0, unclaimedMs: 100 })).kind).toBe("declined");
    });
  });

  it("slow, not stuck: a request behind slower ones waits while they are served (grace), without grace it is taken back", async () => {
    const h = await helper();
    h.plant(["1-a", "sleep 400"], ["2-b", "sleep 400"]);
    const t0 = Date.now();
    expect(ask(h.options({ unclaimedMs: 200, unclaimedGraceMs: 5_000, backoffMs: 0 })).kind).toBe("answered");
    expect(Date.now() - t0).toBeGreaterThanOrEqual(600); // waited past its 200 ms for the two ahead
    h.plant(["3-c", "sleep 400"], ["4-d", "sleep 400"]);
    expect(ask(h.options({ unclaimedMs: 200, backoffMs: 0 }))).toEqual({
      kind: "declined",
      why: "not taken in 200 ms",
      log: true,
    });
    // the grace is bounded: a request ahead that takes longer than it is not waited out
    await until(
      "the queue served",
      () => !existsSync(join(h.dir, "q", "4-d.work")) && !existsSync(join(h.dir, "q", "4-d.req")),
    );
    h.plant(["5-e", "sleep 3000"]);
    const t1 = Date.now();
    expect(ask(h.options({ unclaimedMs: 200, unclaimedGraceMs: 500, backoffMs: 0 }))).toMatchObject({
      kind: "declined",
      why: expect.stringMatching(/^not taken in (69\d|7\d\d) ms$/),
    });
    expect(Date.now() - t1).toBeLessThan(2_000);
  });

  it.skipIf(!existsSync("/proc/self/stat"))(
    "stopped while holding a request: no grace, taken back after unclaimedMs (needs /proc to tell stopped from slow)",
    async () => {
      const h = await helper();
      h.plant(["1-a", "sleep 2000"]);
      await until("1-a claimed", () => existsSync(join(h.dir, "q", "1-a.work")));
      takenBackWhileStopped(h);
    },
  );

  it("claimed but not answered in time: 'lost' (the client cannot know whether it was done)", async () => {
    const h = await helper();
    expect(ask(h.options({ body: Buffer.from("sleep 1500"), claimedMs: 300 })).kind).toBe("lost");
  });

  it("a full queue sends clients their own way; a root removed stops the helper", async () => {
    const h = await helper();
    writeFileSync(join(h.dir, "q", "1-a.req"), "");
    writeFileSync(join(h.dir, "q", "1-b.work"), "");
    expect(ask(h.options({ maxQueue: 2 }))).toEqual({ kind: "declined", why: "busy: 2 queued" });
    rmSync(h.root, { recursive: true });
    await until("the helper to exit", () => !alive(h.pid), 5_000);
  });

  it("exits after its idle time", async () => {
    const h = await helper({ ECHO_IDLE_MS: "300" });
    await until("the helper to exit", () => !alive(h.pid), 5_000);
    expect(readHelperState(h.dir)).toBeNull();
  });
});
