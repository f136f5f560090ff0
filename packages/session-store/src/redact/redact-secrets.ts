// Secret redaction for what RLM persists from tools (previews, cell bodies). Patterns are
// deliberately specific (known key formats, PEM blocks, `.env`-style assignments of
// secret-looking names) so ordinary output is left alone; each hit becomes
// `[REDACTED:<kind>]` so a reader sees that something was there and what it was.

interface Rule {
  kind: string;
  pattern: RegExp;
  /** Replacement; `$1`… refer to kept prefix groups. */
  replace: string;
}

const r = (kind: string, pattern: RegExp, keep = ""): Rule => ({
  kind,
  pattern,
  replace: `${keep}[REDACTED:${kind}]`,
});

const SECRET_NAME =
  "[A-Z0-9_]*(?:SECRET|TOKEN|PASSWORD|PASSWD|PASSPHRASE|API_?KEY|ACCESS_KEY|PRIVATE_KEY|CREDENTIALS?|AUTH)";

const RULES: readonly Rule[] = [
  // A PEM private key, also when the preview cut off its END line.
  r("private_key", /-----BEGIN [A-Z0-9 ]*PRIVATE KEY-----[\s\S]*?(?:-----END [A-Z0-9 ]*PRIVATE KEY-----|$)/g),
  r("anthropic_key", /\bsk-ant-[A-Za-z0-9_-]{20,}/g),
  r("openai_key", /\bsk-(?:proj-|svcacct-)?[A-Za-z0-9_-]{32,}/g),
  r("aws_access_key", /\b(?:AKIA|ASIA)[0-9A-Z]{16}\b/g),
  r("github_token", /\b(?:gh[pousr]_[A-Za-z0-9]{36,}|github_pat_[A-Za-z0-9_]{40,})\b/g),
  r("slack_token", /\bxox[abposr]-[A-Za-z0-9-]{10,}/g),
  r("google_api_key", /\bAIza[0-9A-Za-z_-]{35}\b/g),
  r("stripe_key", /\b(?:sk|rk)_(?:live|test)_[A-Za-z0-9]{16,}/g),
  r("jwt", /\beyJ[A-Za-z0-9_-]{8,}\.eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}/g),
  r("bearer_token", /(\bBearer\s+)[A-Za-z0-9._~+/=-]{16,}/gi, "$1"),
  r("url_password", /(\b[a-z][a-z0-9+.-]*:\/\/[^\s:/@]+:)[^\s@/]{3,}(?=@)/gi, "$1"),
  // .env style: `NAME=value` / `export NAME=value` at line start, NAME in capitals ending in a secret word.
  r(
    "env",
    new RegExp(
      `^(\\s*(?:export\\s+)?${SECRET_NAME}[A-Z0-9_]*\\s*=\\s*)(?!\\$)(?:"[^"\\n]+"|'[^'\\n]+'|[^\\s#'"][^\\s#]{2,})`,
      "gm",
    ),
    "$1",
  ),
];

/** `text` with every recognised secret replaced by `[REDACTED:<kind>]`. */
export function redactSecrets(text: string): string {
  let out = text;
  for (const rule of RULES) out = out.replace(rule.pattern, rule.replace);
  return out;
}

/** The kinds `redactSecrets` knows, for documentation and tests. */
export const REDACTION_KINDS: readonly string[] = RULES.map((rule) => rule.kind);
