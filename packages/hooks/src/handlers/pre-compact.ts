import { statSync } from "node:fs";
import { applyWorkingMemory, randomHex } from "@rlm/session-store";
import type { HookContext } from "../context.js";
import { type HookInput, str, text } from "../hook-input.js";
import { type Effect, type HookResult, quiet } from "../hook-result.js";
import { countEvent, ensureSession, transcriptOf } from "../session.js";
import { writeSessionDocument } from "../session-files.js";

/**
 * PreCompact: Claude Code is about to replace the conversation in the model's context by a
 * summary. Snapshot the session as it stands into `snapshots/<time>-<trigger>.json` (the
 * state, the cells by status, where the transcript stood) and note it in working memory.
 */
export function preCompact(ctx: HookContext, input: HookInput): HookResult {
  const effects: Effect[] = [];
  ensureSession(ctx, input, effects);
  const id = input.session_id;
  const now = ctx.now();
  const trigger = text(input, "trigger") === "manual" ? "manual" : "auto";
  const transcript = transcriptOf(input);
  const byStatus: Record<string, number> = {};
  for (const c of ctx.cells(id).list()) byStatus[c.status] = (byStatus[c.status] ?? 0) + 1;
  // millisecond time and a random suffix: two compactions in the same second keep both
  const stamp = new Date(now * 1000).toISOString().replaceAll(":", "-");
  const rel = `snapshots/${stamp}-${trigger}-${randomHex(6)}.json`;
  const instructions = str(input, "custom_instructions");
  writeSessionDocument(ctx, id, rel, {
    taken_at: now,
    trigger,
    custom_instructions: instructions === undefined ? null : ctx.redact(instructions),
    transcript:
      transcript === undefined
        ? null
        : { path: transcript, size_bytes: statSync(transcript, { throwIfNoEntry: false })?.size ?? null },
    cells: byStatus,
    session: ctx.store.load(id),
  });
  effects.push({ kind: "snapshot_written", path: rel });
  ctx.store.update(id, (s) => {
    countEvent(s, ["compactions"]);
    applyWorkingMemory(s, "last_compaction", { at: now, trigger, snapshot: rel });
  });
  return quiet(effects);
}
