// The demo's embedded default: two genuine Claude Code hook payloads (PreToolUse and
// PostToolUse of one Bash call, macOS, Feb 2026; provenance in
// tooling/test-utils/fixtures/claude-code/SOURCES.md), trimmed to the fields we use.
export const SAMPLE_SESSION = {
  session_id: "94692e6b-0ceb-4981-bb88-c31d81e9e21e",
  transcript_path:
    "/Users/tomkwon/.claude/projects/-Users-tomkwon-Documents-claude-agentic-framework/94692e6b-0ceb-4981-bb88-c31d81e9e21e.jsonl",
  cwd: "/Users/tomkwon/Documents/claude-agentic-framework",
};

export const SAMPLE_BASH_CALL = {
  tool_name: "Bash",
  tool_input: {
    command: "wc -c /Users/tomkwon/Documents/claude-agentic-framework/CLAUDE.md",
    description: "Get byte count of CLAUDE.md",
  },
  tool_response: {
    stdout: "   12721 /Users/tomkwon/Documents/claude-agentic-framework/CLAUDE.md",
    stderr: "",
    interrupted: false,
    isImage: false,
    noOutputExpected: false,
  },
  tool_use_id: "toolu_01VPKyqaF1G7rxFUidUbLF5c",
};

export const NOTES_V1 = `# Plan\n- split the parser\n- add tests\n`;
export const NOTES_V2 = `# Plan\n- split the parser\n- add tests\n- benchmark the index\n`;
