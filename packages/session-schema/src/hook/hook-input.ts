import { z } from "zod";

// Lenient on purpose: Claude Code adds fields often and omits others per event and
// version (see CLAUDE-CODE-HOOKS.md §2). Only these two are required; unknown keys are kept.
export const HookInput = z.looseObject({
  session_id: z.string().min(1),
  hook_event_name: z.string().min(1),
  transcript_path: z.string().optional(),
  cwd: z.string().optional(),
  permission_mode: z.string().optional(),
  prompt_id: z.string().optional(),
  agent_id: z.string().optional(),
  agent_type: z.string().optional(),
  source: z.string().optional(),
  model: z.string().optional(),
  prompt: z.string().optional(),
  tool_name: z.string().optional(),
  tool_input: z.unknown().optional(),
  tool_response: z.unknown().optional(),
  tool_use_id: z.string().optional(),
  error: z.unknown().optional(),
  is_interrupt: z.boolean().optional(),
  duration_ms: z.number().optional(),
  stop_hook_active: z.boolean().optional(),
  last_assistant_message: z.string().nullable().optional(),
  agent_transcript_path: z.string().optional(),
  trigger: z.string().optional(),
  custom_instructions: z.string().nullable().optional(),
  reason: z.string().optional(),
  file_path: z.string().optional(),
  event: z.string().optional(),
  message: z.string().optional(),
  notification_type: z.string().optional(),
  session_title: z.string().optional(),
});

export type HookInput = z.output<typeof HookInput>;

/** The JSON a command hook may print on stdout (exactly one object, or nothing). */
export const HookOutput = z.looseObject({
  continue: z.boolean().optional(),
  stopReason: z.string().optional(),
  suppressOutput: z.boolean().optional(),
  systemMessage: z.string().optional(),
  decision: z.enum(["block", "approve"]).optional(),
  reason: z.string().optional(),
  hookSpecificOutput: z
    .looseObject({
      hookEventName: z.string(),
      additionalContext: z.string().max(10_000).optional(),
      permissionDecision: z.enum(["allow", "deny", "ask", "defer"]).optional(),
      permissionDecisionReason: z.string().optional(),
    })
    .optional(),
});

export type HookOutput = z.output<typeof HookOutput>;
