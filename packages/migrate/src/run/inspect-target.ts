import { lstatSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { SESSION_FILE } from "@rlm/session-store";

/** What already sits at `<root>/<id>`. Only `migrated` may ever be replaced (with --force). */
export type TargetState =
  | { kind: "absent" }
  | { kind: "migrated"; runId: string | null; sessionJson: string }
  | { kind: "foreign"; reason: string };

export function inspectTarget(root: string, sessionId: string): TargetState {
  const dir = join(root, sessionId);
  try {
    if (!lstatSync(dir).isDirectory())
      return { kind: "foreign", reason: "a non-folder with this name is in the sessions root" };
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === "ENOENT") return { kind: "absent" };
    throw err;
  }
  let text: string;
  let doc: { metadata?: { session_type?: unknown }; migration?: { run_id?: unknown } };
  try {
    text = readFileSync(join(dir, SESSION_FILE), "utf8");
    doc = JSON.parse(text);
  } catch {
    return {
      kind: "foreign",
      reason: "a session folder without a readable session.json exists; left untouched",
    };
  }
  if (
    doc?.metadata?.session_type !== "migrated" ||
    typeof doc.migration !== "object" ||
    doc.migration === null
  ) {
    return {
      kind: "foreign",
      reason: "a session created by the hooks already has this id; never overwritten",
    };
  }
  const runId = doc.migration.run_id;
  return { kind: "migrated", runId: typeof runId === "string" ? runId : null, sessionJson: text };
}
