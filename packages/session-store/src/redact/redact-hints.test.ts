import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { redactAllRules, redactSecrets } from "./redact-secrets.js";

// The hints only skip rules that cannot match: with or without them, the same output.
const FRAGMENTS = [
  "sk-ant-api03-abcdefghijklmnopqrstuvwxyz012345",
  "sk-proj-abcdefghijklmnopqrstuvwxyz0123456789AB",
  "AKIAIOSFODNN7EXAMPLE",
  "ghp_abcdefghijklmnopqrstuvwxyz0123456789",
  "github_pat_11ABCDEFG0123456789_abcdefghijklmnopqrstuvwxyz0123456789",
  "xoxb-1234567890-abcdef",
  "AIzaSyA-abcdefghijklmnopqrstuvwxyz01234",
  "sk_live_abcdefghijklmnop12",
  "eyJhbGciOi.eyJzdWIiOiIx.SflKxwRJSMeKKF2QT4",
  "Authorization: BEARER abcdefghijklmnop1234",
  "postgres://user:hunter22@db/x",
  "\nDB_PASSWORD=hunter2\n",
  "\nexport MY_API_KEY='abc def'\n",
  "-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAA\n-----END OPENSSH PRIVATE KEY-----",
  "=",
  "\n",
  "sk-",
  "AUTH",
  " ",
  "lorem ipsum ",
];

describe("redaction hints", () => {
  it("never change what is redacted: random mixes of secret-like fragments and noise, with and without hints", () => {
    const mix = fc
      .array(fc.oneof(fc.constantFrom(...FRAGMENTS), fc.string({ maxLength: 12 })), { maxLength: 20 })
      .map((a) => a.join(""));
    fc.assert(
      fc.property(mix, (text) => {
        expect(redactSecrets(text)).toBe(redactAllRules(text));
      }),
      { numRuns: 500 },
    );
  });
});
