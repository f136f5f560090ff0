import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

/** Genuine Claude Code hook payloads and transcripts (provenance: fixtures/claude-code/SOURCES.md). */
export const CLAUDE_SAMPLES_DIR = join(import.meta.dirname, "..", "fixtures", "claude-code");

export function claudeSamplePath(name: string): string {
  return join(CLAUDE_SAMPLES_DIR, name);
}

/** Every genuine hook payload, by file name (e.g. `hook-PreToolUse-Bash.macos.json`). */
export function claudeHookSamples(): Record<string, Record<string, unknown>> {
  const out: Record<string, Record<string, unknown>> = {};
  for (const f of readdirSync(CLAUDE_SAMPLES_DIR).sort()) {
    if (f.startsWith("hook-") && f.endsWith(".json")) {
      out[f] = JSON.parse(readFileSync(join(CLAUDE_SAMPLES_DIR, f), "utf8")) as Record<string, unknown>;
    }
  }
  return out;
}
