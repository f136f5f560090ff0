// Secret redaction for what RLM persists from tools (previews, cell bodies). Patterns are
// deliberately specific (known key formats, PEM blocks, `.env`-style assignments of
// secret-looking names) so ordinary output is left alone; each hit becomes
// `[REDACTED:<kind>]` so a reader sees that something was there and what it was.

interface Rule {
  kind: string;
  pattern: RegExp;
  /** Replacement; `$1`… refer to kept prefix groups. */
  replace: string;
  /**
   * A cheap necessary condition (every match of `pattern` contains one of these strings, or
   * matches this regex): most text has none, and one scan for a literal is far cheaper than
   * running the rule (a 100 KB tool output goes from ~1 ms to ~0.1 ms).
   */
  hint: readonly string[] | RegExp;
}

const r = (kind: string, hint: Rule["hint"], pattern: RegExp, keep = ""): Rule => ({
  kind,
  pattern,
  replace: `${keep}[REDACTED:${kind}]`,
  hint,
});

const SECRET_WORD =
  "(?:secret|token|password|passwd|passphrase|api[_-]?key|apikey|access[_-]?key|private[_-]?key|credentials?|auth[_-]?token)";

const SECRET_NAME =
  "[A-Z0-9_]*(?:SECRET|TOKEN|PASSWORD|PASSWD|PASSPHRASE|API_?KEY|ACCESS_KEY|PRIVATE_KEY|CREDENTIALS?|AUTH)";

/**
 * A name that says secret but names something about it, not the secret itself
 * (`token_type`, `secretName`, `POSTGRES_PASSWORD_FILE`, `tokenizer`): checked right
 * after the name, in any case.
 */
const NOT_SECRET_ENDINGS = [
  "type",
  "name",
  "file",
  "path",
  "dir",
  "url",
  "uri",
  "id",
  "ids",
  "ref",
  "ttl",
  "count",
  "size",
  "length",
  "limit",
  "mode",
  "kind",
  "format",
  "version",
  "header",
  "field",
  "expiry",
  "expires",
  "handshake",
];
const NOT_A_SECRET_NAME = `(?<!${[
  ...NOT_SECRET_ENDINGS.flatMap((w) => [
    w,
    w.toUpperCase(),
    `${(w[0] as string).toUpperCase()}${w.slice(1)}`,
  ]),
  "tokeniz[a-z]*",
  "TOKENIZ[A-Z]*",
].join("|")})`;

/** A version number, quoted or not (`"1.1.0"`, `^2.3.4`): a dependency, not a secret. */
const VERSION = `(?:\\?["'])?[\\^~>=<v]*[0-9]+(?:\\.[0-9]+)+(?:[-+][A-Za-z0-9.]+)?(?:\\?["'])?(?=[\\s,;}\\]]|$)`;

/**
 * An unquoted value to the end of its line: up to a ` #` comment, trailing blanks, the end of
 * the line, a JSON escape (`\n`, `\r`, `\t`) or a double quote (the end of a JSON string).
 */
const REST_OF_LINE = `(?:(?![ \\t]+#|[ \\t]*(?:$|\\\\[nrt]|"))[^\\n])+`;

const RULES: readonly Rule[] = [
  // A PEM private key, also when the preview cut off its END line.
  r(
    "private_key",
    ["PRIVATE KEY-----"],
    /-----BEGIN [A-Z0-9 ]*PRIVATE KEY-----[\s\S]*?(?:-----END [A-Z0-9 ]*PRIVATE KEY-----|$)/g,
  ),
  r("anthropic_key", ["sk-ant-"], /\bsk-ant-[A-Za-z0-9_-]{20,}/g),
  r("openai_key", ["sk-"], /\bsk-(?:proj-|svcacct-)?[A-Za-z0-9_-]{32,}/g),
  r("aws_access_key", ["AKIA", "ASIA"], /\b(?:AKIA|ASIA)[0-9A-Z]{16}\b/g),
  r(
    "github_token",
    /gh[pousr]_|github_pat_/,
    /\b(?:gh[pousr]_[A-Za-z0-9]{36,}|github_pat_[A-Za-z0-9_]{40,})\b/g,
  ),
  r("slack_token", ["xox"], /\bxox[abposr]-[A-Za-z0-9-]{10,}/g),
  r("slack_webhook", ["hooks.slack.com"], /https:\/\/hooks\.slack\.com\/services\/[A-Za-z0-9/_-]+/g),
  r("gitlab_token", ["glpat-"], /\bglpat-[A-Za-z0-9_-]{20,}/g),
  r("huggingface_token", ["hf_"], /\bhf_[A-Za-z0-9]{30,}\b/g),
  r("npm_token", ["npm_"], /\bnpm_[A-Za-z0-9]{36}\b/g),
  r("google_api_key", ["AIza"], /\bAIza[0-9A-Za-z_-]{35}\b/g),
  r("stripe_key", ["_live_", "_test_"], /\b(?:sk|rk)_(?:live|test)_[A-Za-z0-9]{16,}/g),
  r("jwt", ["eyJ"], /\beyJ[A-Za-z0-9_-]{8,}\.eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}/g),
  r("bearer_token", /bearer/i, /(\bBearer\s+)[A-Za-z0-9._~+/=-]{16,}/gi, "$1"),
  r("basic_auth", /basic/i, /(\bauthorization["']?\s*[:=]\s*["']?Basic\s+)[A-Za-z0-9+/]{6,}={0,2}/gi, "$1"),
  // `mysql -pSECRET` (the password glued to -p; `-P` is the port)
  r(
    "cli_password",
    ["-p"],
    /(\b(?:mysql|mysqldump|mysqladmin|mariadb)\b[^\n]*?\s-p)(?=[^\s'"])[^\s'"]+/g,
    "$1",
  ),
  r("url_password", ["://"], /(\b[a-z][a-z0-9+.-]*:\/\/[^\s:/@]+:)[^\s@/]{3,}(?=@)/gi, "$1"),
  // .env style: `NAME=value` / `export NAME=value` at line start, NAME in capitals ending in
  // a secret word (or a `_PASS` segment). A "line" also starts after a `\n` escape: JSON
  // text (an MCP result, `cat creds.json`) keeps its line breaks as two characters. An
  // unquoted value runs to the end of the line as dotenv reads it (spaces and `#` inside it
  // included; ` #` starts a comment), and stops at a JSON escape or the string's end.
  r(
    "env",
    /SECRET|TOKEN|PASS|API_?KEY|ACCESS_KEY|PRIVATE_KEY|CREDENTIAL|AUTH/,
    new RegExp(
      `((?:^|\\\\[nr]|")[ \\t]*(?:export[ \\t]+)?(?:${SECRET_NAME}[A-Z0-9_]*|(?:[A-Z0-9]+_)*PASS)${NOT_A_SECRET_NAME}[ \\t]*=[ \\t]*)(?!\\$)` +
        `(?:"[^"\\n]+"|'[^'\\n]+'|\\\\"[^"\\\\\\n]+\\\\"|(?=[^\\s'"\\\\])${REST_OF_LINE})`,
      "gm",
    ),
    "$1",
  ),
  // Any other `name = value` / `name: value` whose name says secret, in any case (lowercase
  // env files, ~/.aws/credentials, YAML, .npmrc `_authToken=`, INI, JSON text). To spare
  // code (`password = req.body.password`), an unquoted value must look like a secret: no
  // brackets, and a digit or a symbol in it. A value that is a variable (`$X`) is kept.
  r(
    "secret_assignment",
    /secret|token|passw|passphrase|api.?key|access.?key|private.?key|credential|auth/i,
    new RegExp(
      `((?:^|[\\s"'{,;(]|\\\\[nrt])[A-Za-z0-9_.-]*${SECRET_WORD}[A-Za-z0-9_.-]*${NOT_A_SECRET_NAME}(?:\\\\?["'])?[ \\t]*[:=][ \\t]*)` +
        `(?!(?:\\\\?["'])?[$])(?!\\[REDACTED:)(?![0-9.]+(?:[\\s"',;#(){}\\[\\]]|$))(?!${VERSION})(?:\\\\"[^"\\\\\\n]{4,}\\\\"|"[^"\\n]{4,}"|'[^'\\n]{4,}'|(?=[^\\s"',;#(){}\\[\\]\\\\]*[0-9~!@#%^&*+=/_-])[^\\s"',;#(){}\\[\\]\\\\]{6,})`,
      "gim",
    ),
    "$1",
  ),
  // What is left at line start, in any case, `=` or YAML's `:` (`password=letmein`,
  // `api_key: letmein`, `db.pass=…`): a value that is the line's one remaining word, kept
  // when it is code or not a secret (brackets, a call, a `$VARIABLE`, a number,
  // true/false/null).
  r(
    "secret_line",
    /secret|token|pass|api.?key|access.?key|private.?key|credential|auth/i,
    new RegExp(
      `((?:^|\\\\[nr])[ \\t]*(?:export[ \\t]+)?(?:[A-Za-z0-9_.-]*${SECRET_WORD}[A-Za-z0-9_.-]*|(?:[A-Za-z0-9]+[_.-])*pass)${NOT_A_SECRET_NAME}["']?[ \\t]*[:=][ \\t]*)` +
        `(?!\\$|\\[REDACTED:|(?:[0-9.]+|true|false|null|none|yes|no)[ \\t]*(?:$|\\\\[nrt]|"))` +
        `(?:\\\\"[^"\\\\\\n]{4,}\\\\"|(?=[^\\s'"\\\\(){}\\[\\];,]{4})[^\\s'"\\\\(){}\\[\\];,]+)(?=[ \\t]*(?:$|#|\\\\[nrt]|"))`,
      "gim",
    ),
    "$1",
  ),
];

/** `text` with every recognised secret replaced by `[REDACTED:<kind>]`. */
export function redactSecrets(text: string): string {
  let out = text;
  for (const rule of RULES) if (mayMatch(rule, out)) out = out.replace(rule.pattern, rule.replace);
  return out;
}

/** Every rule, unconditionally: the reference the hinted path is tested against (not exported by the package). */
export function redactAllRules(text: string): string {
  let out = text;
  for (const rule of RULES) out = out.replace(rule.pattern, rule.replace);
  return out;
}

function mayMatch(rule: Rule, text: string): boolean {
  if (rule.hint instanceof RegExp) return rule.hint.test(text);
  for (const s of rule.hint) if (text.includes(s)) return true;
  return false;
}

/** The kinds `redactSecrets` knows, for documentation and tests. */
export const REDACTION_KINDS: readonly string[] = RULES.map((rule) => rule.kind);
