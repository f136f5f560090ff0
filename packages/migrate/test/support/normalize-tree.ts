import { isUtf8 } from "node:buffer";
import { lstatSync, readdirSync, readFileSync, readlinkSync } from "node:fs";
import { join } from "node:path";

// Trees compared with volatile values normalized: run ids (also in paths), the temp
// directory, the tool version, file times in the backup manifest, the cell index's
// compaction time and journal token, durations. Everything else must match exactly.

export interface Volatile {
  tmp: string;
  runIds: string[];
  /** Sessions roots of runs compared with each other (replaced by <ROOT>). */
  root?: string;
}

const VERBATIM = [/^(sessions\/)?[^/]+\/legacy\/rlm-/, /^(sessions\/)?migration-backup\/RUN-ID\/files\//];

export function normalizeString(s: string, v: Volatile): string {
  let out = v.root === undefined ? s : s.split(v.root).join("<ROOT>");
  out = out.split(v.tmp).join("<TMP>");
  for (const id of v.runIds) out = out.split(id).join("RUN-ID");
  return out.replace(/@rlm\/migrate@\d+\.\d+\.\d+[^"\s]*/g, "@rlm/migrate@VERSION");
}

// session_sha256: session.json holds the run id, so its hash changes with it.
const DROP_KEYS = new Set(["mtime_ms", "durationMs", "token", "session_sha256"]);

export function normalizeValue(value: unknown, v: Volatile, file = ""): unknown {
  if (typeof value === "string") return normalizeString(value, v);
  if (Array.isArray(value)) return value.map((x) => normalizeValue(x, v, file));
  if (value === null || typeof value !== "object") return value;
  const out: Record<string, unknown> = {};
  for (const [k, x] of Object.entries(value)) {
    if (DROP_KEYS.has(k)) out[k] = "<VOLATILE>";
    else if (k === "updated_at" && file.endsWith("cells/index.json")) out[k] = "<VOLATILE>";
    else if (k === "mode" && file.endsWith("backup-manifest.json")) out[k] = "<VOLATILE>";
    else out[normalizeString(k, v)] = normalizeValue(x, v, file);
  }
  return out;
}

function fileContent(rel: string, bytes: Buffer, v: Volatile): string {
  if (!isUtf8(bytes)) return `base64:${bytes.toString("base64")}`;
  const text = bytes.toString("utf8");
  if (VERBATIM.some((re) => re.test(rel))) return text;
  if (rel.endsWith(".json")) {
    try {
      return `${JSON.stringify(normalizeValue(JSON.parse(text), v, rel), null, 2)}\n`;
    } catch {
      return text;
    }
  }
  if (rel.endsWith(".jsonl")) {
    return text
      .split("\n")
      .map((line) => {
        try {
          return line === "" ? line : JSON.stringify(normalizeValue(JSON.parse(line), v, rel));
        } catch {
          return line;
        }
      })
      .join("\n");
  }
  return normalizeString(text, v);
}

/** path → normalized content ("symlink:<target>" for links, "base64:…" for non-UTF-8 files). */
export function normalizedTree(dir: string, v: Volatile): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (rel: string) => {
    for (const name of readdirSync(join(dir, rel)).sort()) {
      const childRel = rel === "" ? name : `${rel}/${name}`;
      const abs = join(dir, childRel);
      const st = lstatSync(abs);
      const key = normalizeString(childRel, v);
      if (st.isSymbolicLink()) out[key] = `symlink:${normalizeString(readlinkSync(abs), v)}`;
      else if (st.isDirectory()) walk(childRel);
      else out[key] = fileContent(key, readFileSync(abs), v);
    }
  };
  walk("");
  return out;
}

/** Run ids present under `<root>/migration-backup/`. */
export function runIdsIn(root: string): string[] {
  try {
    return readdirSync(join(root, "migration-backup")).filter((n) => /^\d{8}-\d{6}-[0-9a-f]{6}$/.test(n));
  } catch {
    return [];
  }
}
