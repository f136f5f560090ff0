import { readFileSync } from "node:fs";
import { join } from "node:path";
import { isDeepStrictEqual } from "node:util";
import { sha256Hex } from "../map/content.js";
import type { LoadedSession } from "../read/load-session.js";
import { hashFile } from "../run/copy-and-hash.js";
import type { MigratedSession } from "./read-migrated.js";
import type { VerifyCheck } from "./verify-report.js";

const lines = (text: string | null) => (text ?? "").split("\n").filter((l) => l.trim() !== "");

function copiesCheck(
  name: string,
  legacy: LoadedSession,
  migrated: MigratedSession,
  prefix: (ref: string) => boolean,
  diffs: string[],
): VerifyCheck {
  const files = legacy.files.filter(
    (f) => f.bytes !== null && prefix(f.ref) && f.ref !== legacy.fileAccess?.ref,
  );
  let ok = 0;
  for (const f of files) {
    const copy = hashFile(join(migrated.dir, "legacy", f.ref));
    if (copy === null) diffs.push(`legacy/${f.ref} is missing`);
    else if (copy !== sha256Hex(f.bytes!)) diffs.push(`legacy/${f.ref} differs from ${f.ref}`);
    else ok++;
  }
  return { name, legacy: files.length, migrated: ok, ok: ok === files.length };
}

/** Messages, file-access lines, and the byte-for-byte copies of every legacy file of the session. */
export function checkCopies(
  legacy: LoadedSession,
  migrated: MigratedSession,
  diffs: string[],
): VerifyCheck[] {
  const raw = legacy.context?.value.messages;
  const messages = Array.isArray(raw) ? raw : null;
  let copied: unknown = null;
  try {
    copied = JSON.parse(readFileSync(join(migrated.dir, "legacy", "messages.json"), "utf8"));
  } catch {
    if (messages !== null) diffs.push("legacy/messages.json is missing or unreadable");
  }
  const messagesOk = messages === null || isDeepStrictEqual(copied, messages);
  if (!messagesOk && copied !== null) diffs.push("legacy/messages.json differs from the legacy messages");
  const legacyLines = lines(legacy.fileAccess?.bytes.toString("utf8") ?? null);
  const migratedLines = lines(migrated.fileAccess);
  const accessOk = isDeepStrictEqual(legacyLines, migratedLines);
  if (!accessOk)
    diffs.push(
      `file-access.jsonl has ${migratedLines.length} line(s) that do not match the legacy log's ${legacyLines.length}`,
    );
  return [
    {
      name: "messages",
      legacy: messages?.length ?? 0,
      migrated: Array.isArray(copied) ? copied.length : 0,
      ok: messagesOk,
    },
    { name: "file_access_lines", legacy: legacyLines.length, migrated: migratedLines.length, ok: accessOk },
    copiesCheck("externalized", legacy, migrated, (r) => r.startsWith("rlm-externalized/"), diffs),
    copiesCheck("trajectories", legacy, migrated, (r) => r.startsWith("rlm-trajectories/"), diffs),
    copiesCheck("state_files", legacy, migrated, (r) => r.startsWith("rlm-state/"), diffs),
  ];
}
