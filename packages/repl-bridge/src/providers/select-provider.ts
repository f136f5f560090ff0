import { accessSync, constants, statSync } from "node:fs";
import { delimiter, join } from "node:path";
import { ReplError } from "../errors/repl-error.js";
import { anthropicProvider } from "./anthropic-provider.js";
import { claudeCliProvider } from "./claude-cli-provider.js";
import type { ModelProvider } from "./model-provider.js";

/**
 * The Anthropic API when ANTHROPIC_API_KEY is set, else `claude -p` when `claude` is on
 * the PATH, else ERR_RLM_NO_PROVIDER.
 */
export function selectProvider(env: NodeJS.ProcessEnv): ModelProvider {
  const key = env.ANTHROPIC_API_KEY;
  if (key !== undefined && key.trim() !== "") {
    const baseURL = env.ANTHROPIC_BASE_URL;
    return anthropicProvider({ apiKey: key, ...(baseURL ? { baseURL } : {}) });
  }
  const claude = findOnPath("claude", env.PATH ?? "");
  if (claude !== null) return claudeCliProvider({ executable: claude, env });
  throw new ReplError(
    "ERR_RLM_NO_PROVIDER",
    "no model provider: ANTHROPIC_API_KEY is not set and `claude` is not on the PATH",
    {
      hint: "set ANTHROPIC_API_KEY (optionally ANTHROPIC_BASE_URL), or install Claude Code so `claude -p` can be used",
    },
  );
}

export function findOnPath(name: string, path: string): string | null {
  for (const dir of path.split(delimiter)) {
    if (dir === "") continue;
    const candidate = join(dir, name);
    try {
      if (!statSync(candidate).isFile()) continue;
      accessSync(candidate, constants.X_OK);
      return candidate;
    } catch {
      /* not here */
    }
  }
  return null;
}
