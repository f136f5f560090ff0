import { copyFileSync, existsSync, mkdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { HANDLED_EVENTS } from "@rlm/hooks";
import { runNode, tempDir } from "@rlm/test-utils";
import { describe, expect, it } from "vitest";
import { HOOK_BIN } from "./cli.js";

const REPO = fileURLToPath(new URL("../../../", import.meta.url));
const PLUGIN = join(REPO, "plugin");
const json = (p: string) => JSON.parse(readFileSync(p, "utf8"));

// Every hook event name Claude Code documents (CLAUDE-CODE-HOOKS.md §2.2), and the ones
// whose matcher it tests against a tool name.
const CLAUDE_CODE_EVENTS = new Set([
  "SessionStart",
  "Setup",
  "InstructionsLoaded",
  "UserPromptSubmit",
  "UserPromptExpansion",
  "PreToolUse",
  "PermissionRequest",
  "PostToolUse",
  "PostToolUseFailure",
  "PostToolBatch",
  "PermissionDenied",
  "Notification",
  "MessageDisplay",
  "SubagentStart",
  "SubagentStop",
  "TaskCreated",
  "TaskCompleted",
  "Stop",
  "StopFailure",
  "TeammateIdle",
  "ConfigChange",
  "CwdChanged",
  "DirectoryAdded",
  "FileChanged",
  "WorktreeCreate",
  "WorktreeRemove",
  "PreCompact",
  "PostCompact",
  "Elicitation",
  "ElicitationResult",
  "SessionEnd",
]);
const TOOL_EVENTS = new Set([
  "PreToolUse",
  "PostToolUse",
  "PostToolUseFailure",
  "PermissionRequest",
  "PermissionDenied",
]);

describe("the Claude Code plugin", () => {
  it("plugin.json and the marketplace entry agree, and the marketplace points at the plugin directory", () => {
    const manifest = json(join(PLUGIN, ".claude-plugin", "plugin.json"));
    const market = json(join(REPO, ".claude-plugin", "marketplace.json"));
    expect(manifest.name).toMatch(/^[a-z0-9-]+$/);
    expect(market).toMatchObject({
      name: expect.stringMatching(/^[a-z0-9-]+$/),
      owner: { name: expect.any(String) },
    });
    const entry = market.plugins.find((p: { name: string }) => p.name === manifest.name);
    expect(entry).toMatchObject({ source: "./plugin", version: manifest.version });
    expect(existsSync(join(REPO, entry.source, ".claude-plugin", "plugin.json"))).toBe(true);
  });

  it("hooks.json wires every handled event, only real events, in exec form, timeouts in seconds", () => {
    const doc = json(join(PLUGIN, "hooks", "hooks.json"));
    expect(Object.keys(doc)).toEqual(expect.arrayContaining(["hooks"]));
    const wired = Object.keys(doc.hooks);
    expect(wired.sort()).toEqual([...HANDLED_EVENTS].sort());
    for (const event of wired) {
      expect(CLAUDE_CODE_EVENTS.has(event), event).toBe(true);
      for (const group of doc.hooks[event]) {
        if ("matcher" in group) {
          expect(TOOL_EVENTS.has(event), `${event} has a matcher`).toBe(true);
          expect(group.matcher).toBe("*");
        }
        for (const h of group.hooks) {
          expect(h).toEqual({
            type: "command",
            command: "node",
            // biome-ignore lint/suspicious/noTemplateCurlyInString: Claude Code expands this, not JS
            args: ["${CLAUDE_PLUGIN_ROOT}/bin/rlm-hook.cjs"],
            timeout: expect.any(Number),
          });
          // seconds, not milliseconds: a plugin that writes 30000 waits 8 hours
          expect(
            Number.isInteger(h.timeout) && h.timeout >= 1 && h.timeout <= 60,
            `${event} timeout ${h.timeout}`,
          ).toBe(true);
        }
      }
    }
  });

  it("the committed bundle is the build (a plugin install runs no build) and runs alone, with no node_modules", async () => {
    const shipped = join(PLUGIN, "bin", "rlm-hook.cjs");
    const tmp = tempDir("rlm-plugin-");
    mkdirSync(tmp.join("bin"));
    // the client and the core it loads when no helper answers (and that the helper runs)
    for (const name of ["rlm-hook.cjs", "rlm-hook-core.cjs"]) {
      expect(
        readFileSync(join(PLUGIN, "bin", name)).equals(readFileSync(join(dirname(HOOK_BIN), name))),
        `${name}: run \`node tooling/plugin-sync.mjs\` and commit plugin/bin/`,
      ).toBe(true);
      copyFileSync(join(PLUGIN, "bin", name), tmp.join("bin", name));
    }
    const home = tmp.join("home");
    mkdirSync(home);
    const r = await runNode(tmp.join("bin", "rlm-hook.cjs"), [], {
      ts: false,
      cwd: tmp.path,
      env: { HOME: home, RLM_SESSIONS_DIR: "", CLAUDE_PLUGIN_ROOT: tmp.path, NODE_PATH: "" },
      input: JSON.stringify({
        session_id: "plugin-alone",
        hook_event_name: "UserPromptSubmit",
        prompt: "hi",
        cwd: tmp.path,
      }),
    });
    expect([r.code, r.stdout, r.stderr]).toEqual([0, "", ""]);
    expect(existsSync(join(home, ".claude", "rlm-sessions", "plugin-alone", "session.json"))).toBe(true);
    const help = await runNode(shipped, ["--help"], { ts: false });
    expect(help.stdout).toContain("Exit codes: 0 always for events");
  });
});
