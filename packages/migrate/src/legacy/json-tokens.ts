/** A JSON token as seen by a forgiving scanner (no validation beyond what repair needs). */
export interface JsonToken {
  type: "{" | "}" | "[" | "]" | "," | ":" | "string" | "literal" | "partial" | "bad";
  start: number;
  end: number;
}

const PUNCT = new Set(["{", "}", "[", "]", ",", ":"]);
const LITERAL = /[-+.0-9A-Za-z]/;
const WS = /\s/;

/**
 * Split JSON text into tokens. A string cut off by the end of the text yields `partial`;
 * any character that cannot start a token yields `bad`. Both end the scan.
 */
export function* jsonTokens(s: string): Generator<JsonToken> {
  const n = s.length;
  let i = 0;
  for (;;) {
    while (i < n && WS.test(s[i]!)) i++;
    if (i >= n) return;
    const c = s[i]!;
    if (PUNCT.has(c)) {
      yield { type: c as JsonToken["type"], start: i, end: i + 1 };
      i++;
    } else if (c === '"') {
      let j = i + 1;
      while (j < n && s[j] !== '"') j += s[j] === "\\" ? 2 : 1;
      if (j >= n) {
        yield { type: "partial", start: i, end: n };
        return;
      }
      yield { type: "string", start: i, end: j + 1 };
      i = j + 1;
    } else if (LITERAL.test(c)) {
      let j = i;
      while (j < n && LITERAL.test(s[j]!)) j++;
      // A literal that runs into the end of the text may itself be cut short.
      yield { type: j >= n ? "partial" : "literal", start: i, end: j };
      if (j >= n) return;
      i = j;
    } else {
      yield { type: "bad", start: i, end: i + 1 };
      return;
    }
  }
}
