import { readdirSync } from "node:fs";
import { tempDir } from "@rlm/test-utils";
import { expect } from "vitest";
import { createSessionStore, type SessionStore, type SessionStoreOptions } from "../src/index.js";

/** A store over a fresh temp root (the root itself is not created until needed), with a ticking clock. */
export function newStore(options: Omit<SessionStoreOptions, "root"> = {}): {
  store: SessionStore;
  root: string;
  base: string;
} {
  const base = tempDir().path;
  const root = `${base}/sessions`;
  let now = 1_700_000_000;
  const store = createSessionStore({ root, clock: () => now++, lock: { timeoutMs: 3000 }, ...options });
  return { store, root, base };
}

/** Assert `fn` throws an RlmError with `code` (errors are recognised by code, not class). */
export function expectCode<E extends object = object>(
  fn: () => unknown,
  code: string,
): Error & { code: string } & E {
  try {
    fn();
  } catch (err) {
    expect((err as { code?: string }).code, (err as Error).message).toBe(code);
    return err as Error & { code: string } & E;
  }
  throw new Error(`expected ${code}, nothing was thrown`);
}

export const entriesOf = (dir: string): string[] => {
  try {
    return readdirSync(dir).sort();
  } catch {
    return [];
  }
};

export const HOSTILE_IDS = [
  "../x",
  "a/b",
  "..",
  ".",
  "",
  "a\0b",
  "a\nb",
  "tab\there",
  "x".repeat(129),
  "current",
  "archive",
  "migration-backup",
  "hook-errors.log",
  ".hidden",
  "a\\b",
  "/abs",
  "x.lock",
  "y.tmp",
  "sp ace",
  "ünï",
];
