import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { safeParseSession } from "@rlm/session-schema";
import { FILE_ACCESS_LOG, SESSION_FILE } from "@rlm/session-store";

type Doc = Record<string, unknown>;

/** A migrated session folder as verify sees it, read without trusting anything in it. */
export interface MigratedSession {
  dir: string;
  session: Doc | null;
  problems: string[];
  /** Cell files by id (index.json excluded). */
  cells: Map<string, Doc>;
  index: Doc | null;
  fileAccess: string | null;
}

function readJson(path: string, problems: string[], what: string): Doc | null {
  try {
    return JSON.parse(readFileSync(path, "utf8")) as Doc;
  } catch (err) {
    problems.push(`${what}: ${(err as Error).message}`);
    return null;
  }
}

export function readMigrated(dir: string): MigratedSession {
  const problems: string[] = [];
  const session = readJson(join(dir, SESSION_FILE), problems, SESSION_FILE);
  if (session !== null) {
    const parsed = safeParseSession(session);
    if (!parsed.ok) problems.push(parsed.error.message);
  }
  const cells = new Map<string, Doc>();
  const cellsDir = join(dir, "cells");
  const names = existsSync(cellsDir)
    ? readdirSync(cellsDir).filter((n) => n.endsWith(".json") && n !== "index.json")
    : [];
  for (const name of names) {
    const doc = readJson(join(cellsDir, name), problems, `cells/${name}`);
    if (doc !== null) cells.set(name.slice(0, -".json".length), doc);
  }
  const index = existsSync(join(cellsDir, "index.json"))
    ? readJson(join(cellsDir, "index.json"), problems, "cells/index.json")
    : null;
  const accessPath = join(dir, FILE_ACCESS_LOG);
  const fileAccess = existsSync(accessPath) ? readFileSync(accessPath, "utf8") : null;
  return { dir, session, problems, cells, index, fileAccess };
}
