// Secrets are redacted once, before anything is written (DESIGN "Secrets are redacted
// once"): every string inside a tool input or response, at any depth, goes through the
// store's redaction (`redactSecrets` unless configured otherwise). Object keys are kept.

export type Redact = (text: string) => string;

/** A copy of `value` with every string redacted (the input is not modified). */
export function redactDeep(value: unknown, redact: Redact): unknown {
  if (typeof value === "string") return value.length < 8 ? value : redact(value);
  if (Array.isArray(value)) return value.map((v) => redactDeep(v, redact));
  if (typeof value === "object" && value !== null) {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) {
      // an own "__proto__" key (JSON.parse makes one) stays an own key, never the prototype
      if (k === "__proto__")
        Object.defineProperty(out, k, {
          value: redactDeep(v, redact),
          enumerable: true,
          writable: true,
          configurable: true,
        });
      else out[k] = redactDeep(v, redact);
    }
    return out;
  }
  return value;
}
