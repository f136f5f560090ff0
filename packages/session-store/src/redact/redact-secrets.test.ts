import { describe, expect, it } from "vitest";
import { REDACTION_KINDS, redactSecrets } from "./redact-secrets.js";

const pem = [
  "-----BEGIN RSA PRIVATE KEY-----",
  "MIIEpAIBAAKCAQEA1c8V",
  "abc",
  "-----END RSA PRIVATE KEY-----",
].join("\n");

describe("redactSecrets", () => {
  it.each([
    ["private_key", `key:\n${pem}\ndone`, "key:\n[REDACTED:private_key]\ndone"],
    [
      "private_key (END cut off)",
      "-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXk",
      "[REDACTED:private_key]",
    ],
    ["anthropic_key", `ANTHROPIC=sk-ant-api03-${"a".repeat(40)} ok`, "ANTHROPIC=[REDACTED:anthropic_key] ok"],
    ["openai_key", `k sk-proj-${"b1".repeat(20)}`, "k [REDACTED:openai_key]"],
    ["aws_access_key", "id AKIAIOSFODNN7EXAMPLE end", "id [REDACTED:aws_access_key] end"],
    ["github_token", `token ghp_${"c".repeat(36)}`, "token [REDACTED:github_token]"],
    ["slack_token", "xoxb-1234567890-abcdef", "[REDACTED:slack_token]"],
    ["google_api_key", `AIza${"d".repeat(35)}`, "[REDACTED:google_api_key]"],
    ["stripe_key", `sk_live_${"e".repeat(24)}`, "[REDACTED:stripe_key]"],
    ["jwt", "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.SflKxwRJSMeKKF2QT4fwpM", "[REDACTED:jwt]"],
    [
      "bearer_token",
      "Authorization: Bearer abcdefghijklmnop1234",
      "Authorization: Bearer [REDACTED:bearer_token]",
    ],
    [
      "url_password",
      "postgres://app:hunter2pw@db:5432/x",
      "postgres://app:[REDACTED:url_password]@db:5432/x",
    ],
    [
      "env",
      "DB_PASSWORD=correct-horse\nexport GITHUB_TOKEN='abc123'",
      "DB_PASSWORD=[REDACTED:env]\nexport GITHUB_TOKEN=[REDACTED:env]",
    ],
  ])("%s", (_kind, input, expected) => {
    expect(redactSecrets(input)).toBe(expected);
  });

  it.each([
    "const token = getToken();",
    "max_tokens: 1024",
    "PASSWORD=$DB_PASSWORD",
    "API_KEY=",
    "sk-short",
    "the AUTH header was missing",
    "   12721 /Users/tomkwon/Documents/claude-agentic-framework/CLAUDE.md",
    "https://example.org/path@v2",
  ])("leaves ordinary output alone: %j", (text) => {
    expect(redactSecrets(text)).toBe(text);
  });

  it("knows every kind it documents", () => {
    expect(REDACTION_KINDS).toContain("private_key");
    expect(new Set(REDACTION_KINDS).size).toBe(REDACTION_KINDS.length);
  });
});

describe("redactSecrets: assignments whose name says secret, in any case and format", () => {
  it.each([
    [
      "~/.aws/credentials",
      "aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
      "aws_secret_access_key = [REDACTED:secret_assignment]",
    ],
    ["lowercase .env", "password=hunter2secret", "password=[REDACTED:secret_assignment]"],
    [
      "YAML",
      "db_password: s3cr3t-value\nusername: bob",
      "db_password: [REDACTED:secret_assignment]\nusername: bob",
    ],
    [
      ".npmrc",
      "//registry.npmjs.org/:_authToken=npm_abcdefghijklmnopqrstuvwxyz0123456789",
      "//registry.npmjs.org/:_authToken=[REDACTED:npm_token]",
    ],
    [
      "JSON text",
      '{"password": "hunter22", "token":"abc$def1234"}',
      '{"password": [REDACTED:secret_assignment], "token":[REDACTED:secret_assignment]}',
    ],
    [
      "Slack webhook",
      "https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX",
      "[REDACTED:slack_webhook]",
    ],
    [
      "GitLab / Hugging Face",
      "glpat-abcdefghijklmnopqrst hf_abcdefghijklmnopqrstuvwxyzABCDEF",
      "[REDACTED:gitlab_token] [REDACTED:huggingface_token]",
    ],
  ])("%s", (_name, input, expected) => {
    expect(redactSecrets(input)).toBe(expected);
  });

  it.each([
    [
      "code reading a secret",
      "const password = req.body.password;\nconst token = tokenizer.next();\npassword = getPassword()",
    ],
    // biome-ignore lint/suspicious/noTemplateCurlyInString: a shell variable reference, on purpose
    ["a variable reference", "PASSWORD=$DB_PASS token: ${TOKEN}"],
    ["numbers", "max_tokens=100000 timeout_secret=1.5 tokens: 12"],
    [
      "names that only look like secrets, and values that are not",
      "BYPASS=true\nPWD=/home/u\nauthor: John Smith\npassenger: Bob\nauth: true\ntokens_used: 12",
    ],
  ])("leaves %s alone", (_name, input) => {
    expect(redactSecrets(input)).toBe(input);
  });
});

describe("redactSecrets: .env lines as dotenv reads them, also inside JSON text", () => {
  it.each([
    // JSON text (an MCP result, `cat creds.json`): its line breaks are the two characters \n
    [
      ".env inside JSON text",
      '{"config":"HOST=db\\nPASSWORD=hunter2SuperSecret\\n"}',
      '{"config":"HOST=db\\nPASSWORD=[REDACTED:env]\\n"}',
    ],
    [
      "credentials inside JSON text",
      '{"note":"rotate\\naws_secret_access_key = wJalrXUtnFEMIzK7MDENGzbPxRfiCYQWERTYKEY"}',
      '{"note":"rotate\\naws_secret_access_key = [REDACTED:secret_assignment]"}',
    ],
    ["an escaped quoted value in JSON text", 'PASSWORD=\\"quoted\\"', "PASSWORD=[REDACTED:env]"],
    ["a _PASS name", "DB_PASS=letmeinA1", "DB_PASS=[REDACTED:env]"],
    [
      "a value with spaces, to the end of the line",
      "PASSWORD=correct horseF battery\nx=1",
      "PASSWORD=[REDACTED:env]\nx=1",
    ],
    ["a # inside the value", "PASSWORD=pwJ#x", "PASSWORD=[REDACTED:env]"],
    [
      "a comment after the value is kept",
      "PASSWORD=abc123 # rotate monthly",
      "PASSWORD=[REDACTED:env] # rotate monthly",
    ],
    ["a lowercase line without digits", "password=letmeinC", "password=[REDACTED:secret_line]"],
    ["a YAML line without digits", "api_key: letmeinK\nname: x", "api_key: [REDACTED:secret_line]\nname: x"],
  ])("%s", (_name, input, expected) => {
    expect(redactSecrets(input)).toBe(expected);
  });
});

describe("redactSecrets: short values, more header and CLI forms, and names that are not secrets", () => {
  it.each([
    [
      "a two-character .env value",
      "A=1\nDB_PASS=x1\nAPI_KEY=k9",
      "A=1\nDB_PASS=[REDACTED:env]\nAPI_KEY=[REDACTED:env]",
    ],
    [
      "a .env line that opens a JSON string",
      '{"stdout":"DB_PASS=x1\\n"}',
      '{"stdout":"DB_PASS=[REDACTED:env]\\n"}',
    ],
    [
      "HTTP Basic credentials",
      "Authorization: Basic dXNlcjpwYXNzd29yZDEyMw==",
      "Authorization: Basic [REDACTED:basic_auth]",
    ],
    [
      "a mysql -p password",
      "mysql -uroot -pMyCliPw9 -P3306 db",
      "mysql -uroot -p[REDACTED:cli_password] -P3306 db",
    ],
    [
      "JSON encoded twice",
      '"{\\"db\\": {\\"password\\": \\"nestedPw99\\"}}"',
      '"{\\"db\\": {\\"password\\": [REDACTED:secret_assignment]}}"',
    ],
  ])("%s", (_name, input, expected) => {
    expect(redactSecrets(input)).toBe(expected);
  });

  it.each([
    '"token_type": "Bearer"',
    "token_type: bearer",
    "tokenizer: cl100k_base",
    "POSTGRES_PASSWORD_FILE=/run/secrets/db_password",
    "secretName: tls-cert",
    '"secret-handshake": "1.1.0"',
    "secretKeyRef: name",
    "Basic configuration options",
    "api_key_id: 12345678",
  ])("leaves alone %j", (text) => {
    expect(redactSecrets(text)).toBe(text);
  });
});
