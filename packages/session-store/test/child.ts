import type { ChildProcess } from "node:child_process";
import { join } from "node:path";
import { spawnNode } from "@rlm/test-utils";

export const WORKERS = join(import.meta.dirname, "workers");

/** Resolve once the child has printed `text` on stdout. */
export function waitForOutput(child: ChildProcess, text: string): Promise<string> {
  return new Promise((resolve, reject) => {
    let out = "";
    let err = "";
    child.stderr?.on("data", (d: Buffer) => {
      err += d.toString();
    });
    child.stdout?.on("data", (d: Buffer) => {
      out += d.toString();
      if (out.includes(text)) resolve(out);
    });
    child.on("exit", (code) => {
      if (!out.includes(text)) reject(new Error(`child exited (${code}) before printing ${text}: ${err}`));
    });
  });
}

export function exited(child: ChildProcess): Promise<number | null> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) resolve(child.exitCode);
    else child.on("exit", (code) => resolve(code));
  });
}

export function spawnWorker(name: string, args: string[]): ChildProcess {
  return spawnNode(join(WORKERS, name), args);
}
