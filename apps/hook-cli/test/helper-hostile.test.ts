import {
  closeSync,
  constants,
  existsSync,
  lstatSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  rmSync,
  symlinkSync,
  writeFileSync,
  writeSync,
} from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { h0EmptyPath, setup, until } from "./helper-setup.js";

// The resident helper against a hostile or broken .rlm-hookd/, through the built rlm-hook.

describe("the resident helper, when things are not as they should be", () => {
  it("garbage on the fifo and a malformed request are ignored or declined; the helper keeps serving", async () => {
    const h = setup();
    await h.prompt("one");
    await until("a helper", () => h.helperPid() !== null);
    const pid = h.helperPid() as number;
    const fifo = openSync(join(h.hookd, "in.fifo"), constants.O_WRONLY | constants.O_NONBLOCK);
    writeFileSync(join(h.hookd, "q", "1-bad.req"), "not a header\n{}");
    writeSync(fifo, "../../etc/passwd\n\n\u0000junk\n1-missing\n1-bad\n");
    closeSync(fifo);
    await until("the malformed request's answer", () => existsSync(join(h.hookd, "q", "1-bad.out")));
    expect(JSON.parse(readFileSync(join(h.hookd, "q", "1-bad.out"), "utf8"))).toEqual({
      fallback: "unreadable request",
    });
    expect(await h.prompt("two")).toBe("rlm-hook: recorded by the helper");
    expect(h.helperPid()).toBe(pid);
    expect(h.prompts()).toBe(2);
    expect(h.errorLog().map((e) => e.code)).toEqual(["ERR_RLM_HELPER"]); // the unreadable request, logged
    await h.stopHelper();
  });

  it("a helper that cannot start (no mkfifo) is logged once and not retried for 10 minutes", async () => {
    const h = setup({ PATH: h0EmptyPath() });
    for (const t of ["one", "two", "three"]) expect(await h.prompt(t)).toBe("rlm-hook: absent");
    await until("the failed start's marker", () => existsSync(join(h.hookd, "start-failed")));
    expect(await h.prompt("four")).toBe("rlm-hook: absent");
    expect(h.prompts()).toBe(4);
    expect(h.helperPid()).toBeNull();
    expect(h.errorLog()).toEqual([
      expect.objectContaining({ code: "ERR_RLM_HELPER", message: expect.stringContaining("mkfifo failed") }),
    ]);
  });

  it("a regular file or symlinks in .rlm-hookd are never used: the fifo is replaced, requests are not written through a symlink", async () => {
    const h = setup();
    mkdirSync(h.root, { recursive: true, mode: 0o700 });
    mkdirSync(h.hookd, { mode: 0o700 });
    writeFileSync(join(h.hookd, "in.fifo"), "not a fifo");
    await h.prompt("one");
    await until("a helper", () => h.helperPid() !== null);
    expect(lstatSync(join(h.hookd, "in.fifo")).isFIFO()).toBe(true);
    expect(await h.prompt("two")).toBe("rlm-hook: recorded by the helper");
    // q/ swapped for a symlink to a directory outside the root
    const outside = h.tmp.join("outside");
    mkdirSync(outside);
    rmSync(join(h.hookd, "q"), { recursive: true });
    symlinkSync(outside, join(h.hookd, "q"));
    expect(await h.prompt("three")).toMatch(/^rlm-hook: declined \(.*q: not ours\)$/);
    expect(readdirSync(outside)).toEqual([]);
    expect(h.prompts()).toBe(3);
    await h.stopHelper();
  });

  it.skipIf(!existsSync("/proc/self/environ"))(
    "the helper keeps neither the user's environment nor a project directory",
    async () => {
      const h = setup({ SECRET_TOKEN: "s3cr3t-value" });
      await h.prompt("one");
      await until("a helper", () => h.helperPid() !== null);
      const pid = h.helperPid() as number;
      expect(await h.prompt("two")).toBe("rlm-hook: recorded by the helper");
      expect(readFileSync(`/proc/${pid}/environ`, "utf8")).not.toContain("s3cr3t-value");
      expect(readlinkSync(`/proc/${pid}/cwd`)).toBe(h.hookd);
      await h.stopHelper();
    },
  );
});
