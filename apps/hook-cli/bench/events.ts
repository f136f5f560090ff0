// The payloads of the events other than the hot PreToolUse / PostToolUse pair (Bash).
import { readFileSync } from "node:fs";

export interface EventCase {
  event: string;
  make: (i: number) => object;
}

export function otherEvents(common: object, readFile: string, bash: (id: string) => object): EventCase[] {
  return [
    {
      event: "PreToolUse (Read, 40 KB file)",
      make: (i) => ({
        ...common,
        hook_event_name: "PreToolUse",
        tool_name: "Read",
        tool_input: { file_path: readFile },
        tool_use_id: `toolu_read_${i}`,
      }),
    },
    {
      event: "PostToolUse (Read, 40 KB file)",
      make: (i) => ({
        ...common,
        hook_event_name: "PostToolUse",
        tool_name: "Read",
        tool_input: { file_path: readFile },
        tool_response: {
          type: "text",
          file: { filePath: readFile, content: readFileSync(readFile, "utf8") },
        },
        tool_use_id: `toolu_read_${i}`,
      }),
    },
    {
      event: "PostToolUseFailure",
      make: (i) => ({
        ...common,
        hook_event_name: "PostToolUseFailure",
        ...bash(`toolu_fail_${i}`),
        error: "Exit code 1\nno such file",
      }),
    },
    {
      event: "UserPromptSubmit",
      make: () => ({ ...common, hook_event_name: "UserPromptSubmit", prompt: "refactor the parser" }),
    },
    {
      event: "FileChanged",
      make: () => ({ ...common, hook_event_name: "FileChanged", file_path: readFile, event: "change" }),
    },
    {
      event: "SubagentStart",
      make: (i) => ({
        ...common,
        hook_event_name: "SubagentStart",
        agent_id: `a${i}`,
        agent_type: "Explore",
      }),
    },
    {
      event: "SubagentStop",
      make: (i) => ({
        ...common,
        hook_event_name: "SubagentStop",
        agent_id: `a${i}`,
        agent_type: "Explore",
        last_assistant_message: "found it",
        agent_transcript_path: "/x/a.jsonl",
      }),
    },
    {
      event: "SessionStart (resume)",
      make: () => ({ ...common, hook_event_name: "SessionStart", source: "resume" }),
    },
    {
      event: "PreCompact",
      make: () => ({ ...common, hook_event_name: "PreCompact", trigger: "auto", custom_instructions: null }),
    },
    {
      event: "Stop",
      make: () => ({
        ...common,
        hook_event_name: "Stop",
        stop_hook_active: false,
        last_assistant_message: "done",
      }),
    },
    {
      event: "SessionEnd",
      make: () => ({ ...common, hook_event_name: "SessionEnd", reason: "other" }),
    },
  ];
}
