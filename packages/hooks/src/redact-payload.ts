// Secrets are redacted once, before anything is written (DESIGN "Secrets are redacted
// once"): every string inside a tool input or response, at any depth, goes through the
// store's redaction (`redactSecrets` unless configured otherwise), and a string held by a
// key that names a secret (`password`, `api_key`, `client_secret`, `X-Api-Key`, …) is
// replaced whole, whatever it looks like. Object keys are kept. Iterative: a payload nested
// 100,000 deep is redacted like any other. Numbers JSON cannot hold (a raw `1e400` parses
// to Infinity) become strings, so the event is still recorded.

export type Redact = (text: string) => string;

const SECRET_KEY =
  /^(?:.*[_-])?(?:password|passwd|passphrase|secret|client[_-]?secret|token|access[_-]?token|refresh[_-]?token|auth[_-]?token|api[_-]?key|apikey|x[_-]api[_-]key|private[_-]?key|credentials?|authorization|cookie)$/i;

/** Whether a value held by this key is a secret whatever it looks like. */
export function isSecretKey(key: string): boolean {
  return SECRET_KEY.test(key);
}

function leaf(value: unknown, key: string | null, redact: Redact): unknown {
  if (typeof value === "string") {
    if (key !== null && value.length >= 4 && !value.startsWith("$") && isSecretKey(key))
      return "[REDACTED:secret_field]";
    return value.length < 8 ? value : redact(value);
  }
  if (typeof value === "number" && !Number.isFinite(value)) return String(value);
  return value;
}

function setOwn(target: Record<string, unknown> | unknown[], key: string | number, value: unknown): void {
  // an own "__proto__" key (JSON.parse makes one) stays an own key, never the prototype
  if (key === "__proto__")
    Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
  else (target as Record<string | number, unknown>)[key] = value;
}

/** A copy of `value` with every string redacted (the input is not modified). */
export function redactDeep(value: unknown, redact: Redact): unknown {
  if (typeof value !== "object" || value === null) return leaf(value, null, redact);
  const root: unknown[] = [];
  // each frame: a source container, its copy, and where the copy goes
  const stack: Array<{ from: object; into: Record<string, unknown> | unknown[] }> = [];
  const copyOf = (v: object) =>
    Array.isArray(v) ? new Array<unknown>(v.length) : ({} as Record<string, unknown>);
  const top = copyOf(value);
  root.push(top);
  stack.push({ from: value, into: top });
  while (stack.length > 0) {
    const { from, into } = stack.pop() as (typeof stack)[number];
    const entries: Array<[string | number, unknown]> = Array.isArray(from)
      ? from.map((v, i) => [i, v])
      : Object.entries(from);
    for (const [k, v] of entries) {
      if (typeof v === "object" && v !== null) {
        const child = copyOf(v);
        setOwn(into, k, child);
        stack.push({ from: v, into: child });
      } else setOwn(into, k, leaf(v, typeof k === "string" ? k : null, redact));
    }
  }
  return root[0];
}
