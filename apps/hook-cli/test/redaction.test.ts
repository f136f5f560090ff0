import { readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { expectQuiet, install } from "./cli.js";

// Made-up secrets in the formats redactSecrets knows (none of them is a real credential).
const SECRETS = {
  aws: "AKIAIOSFODNN7EXAMPLE",
  github: `ghp_${"a1B2c3D4e5".repeat(4)}`,
  anthropic: `sk-ant-api03-${"Zx9_Yw8-Vu7".repeat(4)}`,
  openai: `sk-proj-${"Qp1Wo2Ei3Ru4Ty5".repeat(3)}`,
  slack: "xoxb-1234567890-0987654321-AbCdEfGhIjKlMnOp",
  pemBody: "MIIEowIBAAKCAQEAu1SU1LfVLPHCozMxH2Mo4lgOEePzNm0tRgeLezV6ffAt0gunVTLw",
  envValue: "hunter2-very-secret-value",
  // .env lines inside JSON text (an MCP result, `cat creds.json`: line breaks are "\\n")
  jsonEnv: "hunter2SuperSecretJ",
  jsonAws: "wJalrXUtnFEMIzK7MDENGzbPxRfiCYQWERTYKEY",
  // .env forms dotenv reads: a _PASS name, lowercase and YAML without digits, spaces and #
  dbPass: "letmeinA1",
  lower: "letmeinLowerC",
  yaml: "letmeinYamlK",
  spaced: "correct horseF battery",
  hashed: "pwJ#xq",
};
const JSON_TEXT = JSON.stringify({
  config: `HOST=db\nPASSWORD=${SECRETS.jsonEnv}\n`,
  note: `rotate\naws_secret_access_key = ${SECRETS.jsonAws}`,
});
const PLAIN = `DB_PASS=${SECRETS.dbPass}\npassword=${SECRETS.lower}\napi_key: ${SECRETS.yaml}\nPASSWORD=${SECRETS.spaced}\nSECRET=${SECRETS.hashed}\n`;
const PEM = `-----BEGIN RSA PRIVATE KEY-----\n${SECRETS.pemBody}\n${SECRETS.pemBody}\n-----END RSA PRIVATE KEY-----`;
const DOTENV = `DATABASE_PASSWORD=${SECRETS.envValue}\nexport STRIPE_SECRET_KEY="${SECRETS.envValue}"\nPORT=3000\n`;
const ALL = `aws=${SECRETS.aws} gh=${SECRETS.github}\n${SECRETS.anthropic}\nOPENAI ${SECRETS.openai}\nslack: ${SECRETS.slack}\n${PEM}\n${DOTENV}`;

function everyFile(dir: string): string[] {
  const out: string[] = [];
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) out.push(...everyFile(p));
    else if (e.isFile()) out.push(p);
  }
  return out;
}

describe("secrets are redacted before anything is written", () => {
  it("no seeded secret reaches any file under the root: cells, session.json, logs, snapshots, trajectory", async () => {
    const i = install();
    const sid = "5e1c2a3b-4d5e-4f60-8a7b-9c0d1e2f3a4b";
    const file = join(i.project, ".env");
    writeFileSync(file, DOTENV);
    const base = { session_id: sid, transcript_path: join(i.project, "t.jsonl"), cwd: i.project };
    const events: object[] = [
      { ...base, hook_event_name: "SessionStart", source: "startup" },
      {
        ...base,
        hook_event_name: "UserPromptSubmit",
        prompt: `use this key ${SECRETS.anthropic}`,
        session_title: `deploy with ${SECRETS.github}`,
      },
      {
        ...base,
        hook_event_name: "PreToolUse",
        tool_name: "Bash",
        tool_input: { command: `AWS_ACCESS_KEY_ID=${SECRETS.aws} aws s3 ls`, description: SECRETS.slack },
        tool_use_id: "toolu_a",
      },
      {
        ...base,
        hook_event_name: "PostToolUse",
        tool_name: "Bash",
        tool_input: { command: `AWS_ACCESS_KEY_ID=${SECRETS.aws} aws s3 ls` },
        tool_response: { stdout: ALL, stderr: PEM },
        tool_use_id: "toolu_a",
      },
      {
        ...base,
        hook_event_name: "PreToolUse",
        tool_name: "Read",
        tool_input: { file_path: file },
        tool_use_id: "toolu_b",
      },
      {
        ...base,
        hook_event_name: "PostToolUse",
        tool_name: "Read",
        tool_input: { file_path: file },
        tool_response: { type: "text", file: { filePath: file, content: DOTENV } },
        tool_use_id: "toolu_b",
      },
      {
        ...base,
        hook_event_name: "PostToolUse",
        tool_name: "mcp__db__query",
        tool_input: { sql: "select config" },
        tool_response: JSON_TEXT,
        tool_use_id: "toolu_mcp",
      },
      {
        ...base,
        hook_event_name: "PostToolUse",
        tool_name: "Bash",
        tool_input: { command: "cat creds.json; cat .env.local" },
        tool_response: { stdout: `${JSON_TEXT}\n${PLAIN}`, stderr: "" },
        tool_use_id: "toolu_cat",
      },
      {
        ...base,
        hook_event_name: "PostToolUseFailure",
        tool_name: "Bash",
        tool_input: { command: `curl -H 'Authorization: Bearer ${SECRETS.openai}'` },
        tool_use_id: "toolu_c",
        error: `Exit code 22\n${ALL}`,
      },
      {
        ...base,
        hook_event_name: "SubagentStop",
        agent_id: "a1",
        agent_type: "x",
        last_assistant_message: ALL,
      },
      {
        ...base,
        hook_event_name: "PreCompact",
        trigger: "manual",
        custom_instructions: `keep ${SECRETS.aws}`,
      },
      {
        ...base,
        hook_event_name: "Stop",
        stop_hook_active: false,
        last_assistant_message: `done: ${SECRETS.github}`,
      },
      { ...base, hook_event_name: "SessionEnd", reason: "other" },
    ];
    for (const e of events) expectQuiet(await i.run(e));
    expect(i.errorLog()).toEqual([]);
    const files = everyFile(i.root);
    expect(files.length).toBeGreaterThan(6);
    const leaks: string[] = [];
    for (const f of files) {
      const text = readFileSync(f, "utf8");
      for (const [kind, secret] of Object.entries(SECRETS))
        if (text.includes(secret)) leaks.push(`${kind} in ${f.slice(i.root.length)}`);
    }
    expect(leaks).toEqual([]);
    // …while what is not a secret is kept, and every file is private
    const cells = everyFile(join(i.root, sid, "cells"))
      .map((f) => readFileSync(f, "utf8"))
      .join("\n");
    expect(cells).toContain("PORT=3000");
    expect(cells).toContain("[REDACTED:");
    for (const f of files) expect((statSync(f).mode & 0o777).toString(8), f).toBe("600");
  }, 60_000);

  it("redaction can be turned off in the config (sessions.redact_secrets: false)", async () => {
    const i = install();
    const { mkdirSync } = await import("node:fs");
    mkdirSync(join(i.home, ".claude"), { recursive: true });
    writeFileSync(
      join(i.home, ".claude", "rlm-config.json"),
      JSON.stringify({ sessions: { redact_secrets: false } }),
    );
    const base = { session_id: "s-plain", transcript_path: "/x/t.jsonl", cwd: i.project };
    expectQuiet(
      await i.run({
        ...base,
        hook_event_name: "PostToolUse",
        tool_name: "Bash",
        tool_input: { command: "env" },
        tool_response: { stdout: SECRETS.aws },
        tool_use_id: "t",
      }),
    );
    const text = everyFile(join(i.root, "s-plain"))
      .map((f) => readFileSync(f, "utf8"))
      .join("\n");
    expect(text).toContain(SECRETS.aws);
  });
});

describe("previews are made from the redacted response", () => {
  it("an Edit of a .env (originalFile) and an MCP response with a token at a line start leak nothing into session.json", async () => {
    const i = install();
    const sid = "preview-leak";
    const base = { session_id: sid, transcript_path: "/x/t.jsonl", cwd: i.project };
    const env = join(i.project, ".env");
    writeFileSync(env, "NODE_ENV=development\nDATABASE_PASSWORD=hunter2secretvalue99\n");
    const input = { file_path: env, old_string: "development", new_string: "production" };
    for (const e of [
      { ...base, hook_event_name: "PreToolUse", tool_name: "Edit", tool_input: input, tool_use_id: "e" },
      {
        ...base,
        hook_event_name: "PostToolUse",
        tool_name: "Edit",
        tool_input: input,
        tool_use_id: "e",
        tool_response: {
          filePath: env,
          originalFile: "NODE_ENV=development\nDATABASE_PASSWORD=hunter2secretvalue99\n",
          structuredPatch: [],
        },
      },
      {
        ...base,
        hook_event_name: "PostToolUse",
        tool_name: "mcp__gh__get",
        tool_input: {},
        tool_use_id: "m",
        tool_response: [{ type: "text", text: `token:\n${SECRETS.github}` }],
      },
      {
        ...base,
        hook_event_name: "PostToolUse",
        tool_name: "mcp__cfg__get",
        tool_input: { api_key: "plain-looking-value" },
        tool_use_id: "k",
        tool_response: { password: "correcthorse", client_secret: "abc", X_Api_Key: "v1v2v3v4" },
      },
      { ...base, hook_event_name: "Stop" },
    ])
      expectQuiet(await i.run(e));
    const all = everyFile(join(i.root, sid))
      .map((f) => readFileSync(f, "utf8"))
      .join("\n");
    for (const leak of [
      "hunter2secretvalue99",
      SECRETS.github,
      "plain-looking-value",
      "correcthorse",
      "v1v2v3v4",
    ])
      expect(all).not.toContain(leak);
    expect(all).toContain("[REDACTED:secret_field]");
  });
});
