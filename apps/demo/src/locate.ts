import { existsSync } from "node:fs";
import { join } from "node:path";

// The demo runs from apps/demo/dist/main.mjs inside the repository: it replays a genuine
// transcript from the committed samples through the freshly built rlm-hook bundle (the
// same single file the plugin ships; `npm run demo` builds it first).

const REPO = join(import.meta.dirname, "..", "..", "..");

export const SAMPLE_TRANSCRIPT = join(
  REPO,
  "tooling",
  "test-utils",
  "fixtures",
  "claude-code",
  "transcript-main-tool-heavy.v2.1.38.jsonl",
);

export function hookBundle(): string {
  const built = join(REPO, "apps", "hook-cli", "dist", "plugin", "rlm-hook.cjs");
  if (existsSync(built)) return built;
  const shipped = join(REPO, "plugin", "bin", "rlm-hook.cjs");
  if (existsSync(shipped)) return shipped;
  throw new Error(
    `rlm-hook bundle not found (looked for ${built}): run \`npm run demo\` from the repository root`,
  );
}
