import { mkdirSync } from "node:fs";
import { openCells } from "@rlm/cells";
import { tempDir } from "@rlm/test-utils";
import { createHookContext, type HookContext, type HookInput, handleHookEvent } from "../src/index.js";

export const SID = "3f2a1b4c-5d6e-4f70-8a9b-0c1d2e3f4a5b";

/** A hook context over a temporary root, HOME and project directory, like a real install. */
export function harness(env: Record<string, string> = {}, clock?: () => number) {
  const tmp = tempDir("rlm-hooks-");
  const home = tmp.join("home");
  const project = tmp.join("project");
  mkdirSync(home);
  mkdirSync(project);
  const root = tmp.join("home", ".claude", "rlm-sessions");
  const ctx = (): HookContext =>
    createHookContext({ root, env: { HOME: home, ...env }, ...(clock === undefined ? {} : { clock }) });
  const send = (event: string, fields: Record<string, unknown> = {}, sessionId = SID) =>
    handleHookEvent(ctx(), {
      session_id: sessionId,
      hook_event_name: event,
      cwd: project,
      transcript_path: tmp.join("transcript.jsonl"),
      ...fields,
    } as HookInput);
  const store = () => ctx().store;
  const cells = (id = SID) => openCells(store(), id);
  return { tmp, home, project, root, ctx, send, store, cells };
}
