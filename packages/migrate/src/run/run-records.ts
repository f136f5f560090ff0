import { appendFileSync, existsSync, readdirSync, readFileSync, renameSync, rmSync } from "node:fs";
import { join } from "node:path";
import { readJsonFile } from "@rlm/session-store";
import { MigrateUsageError } from "../errors/migrate-usage-error.js";
import type { LegacyDirs } from "../legacy/legacy-dirs.js";
import { mkdirPrivate, writeJsonRecord } from "../write/private-fs.js";
import { RUN_ID_PATTERN } from "./run-id.js";

export const BACKUP_DIR = "migration-backup";
export const RUN_FILE = "run.json";
export const JOURNAL_FILE = "journal.jsonl";
export const REPORT_FILE = "report.json";
export const REPLACED_DIR = "replaced";

/** `<root>/migration-backup/<run>/run.json`: what a run was asked to do and how far it got. */
export interface RunRecord {
  version: 1;
  run_id: string;
  status: "running" | "complete" | "rolled-back";
  started_at: number;
  finished_at: number | null;
  rolled_back_at: number | null;
  tool: string;
  sessions_root: string;
  legacy: LegacyDirs;
  backup: boolean;
  force: boolean;
}

/** One line of `journal.jsonl`: `begin` before a session is renamed into place, `created` after. */
export interface JournalEntry {
  op: "begin" | "created" | "replaced";
  session_id: string;
  session_sha256?: string;
  at: number;
}

export function runPath(root: string, runId: string): string {
  return join(root, BACKUP_DIR, runId);
}

/** Create the run folder atomically: built as `.run-<id>.tmp`, renamed once run.json is in it. */
export function createRun(root: string, record: RunRecord): string {
  const base = join(root, BACKUP_DIR);
  mkdirPrivate(base);
  const tmp = join(base, `.run-${record.run_id}.tmp`);
  rmSync(tmp, { recursive: true, force: true });
  mkdirPrivate(tmp);
  writeJsonRecord(join(tmp, RUN_FILE), record);
  const final = runPath(root, record.run_id);
  renameSync(tmp, final);
  return final;
}

export function writeRun(root: string, record: RunRecord): void {
  writeJsonRecord(join(runPath(root, record.run_id), RUN_FILE), record);
}

export function readRun(root: string, runId: string): RunRecord {
  const file = join(runPath(root, runId), RUN_FILE);
  if (!existsSync(file)) {
    // The user named a run that is not there: a usage error (exit 2), like an invalid id.
    const runs = listRunIds(root);
    throw new MigrateUsageError(
      `no migration run ${runId} in ${join(root, BACKUP_DIR)}`,
      runs.length > 0 ? `runs there: ${runs.join(", ")}` : "no run was recorded there",
    );
  }
  return readJsonFile(file) as RunRecord;
}

/** Ids of every run folder, oldest first. */
export function listRunIds(root: string): string[] {
  const base = join(root, BACKUP_DIR);
  return existsSync(base)
    ? readdirSync(base)
        .filter((n) => RUN_ID_PATTERN.test(n))
        .sort()
    : [];
}

/** Every run with a readable run.json, oldest first. */
export function listRuns(root: string): RunRecord[] {
  const base = join(root, BACKUP_DIR);
  if (!existsSync(base)) return [];
  const out: RunRecord[] = [];
  for (const name of readdirSync(base).sort()) {
    if (!RUN_ID_PATTERN.test(name)) continue;
    try {
      out.push(readJsonFile(join(base, name, RUN_FILE)) as RunRecord);
    } catch {
      /* not a run folder we can read: left alone */
    }
  }
  return out;
}

export function appendJournal(root: string, runId: string, entry: JournalEntry): void {
  appendFileSync(join(runPath(root, runId), JOURNAL_FILE), `${JSON.stringify(entry)}\n`, { mode: 0o600 });
}

/** The journal's entries; a line cut short by a kill is ignored. */
export function readJournal(root: string, runId: string): JournalEntry[] {
  let text: string;
  try {
    text = readFileSync(join(runPath(root, runId), JOURNAL_FILE), "utf8");
  } catch {
    return [];
  }
  const out: JournalEntry[] = [];
  for (const line of text.split("\n")) {
    try {
      if (line.trim() !== "") out.push(JSON.parse(line) as JournalEntry);
    } catch {
      /* torn last line */
    }
  }
  return out;
}
