// The packaging conventions every publishable workspace package follows (docs/decisions.md
// §13). One place to change them: the lint checks them, `rlm-lint-manifest --fix` applies
// the ones that can be derived.

/** Where the source lives; each package's `repository.directory` is its folder in it. */
export const REPOSITORY_URL = "git+https://github.com/rlm-plugin/rlm-session-state.git";

export const LICENSE_NAME = "MIT";

/** Node versions every package supports (ESM-only; `require(esm)` needs 20.19). */
export const NODE_RANGE = ">=20.19";

/** A dependency version that lets consumers dedupe: a caret, tilde or comparison range. */
export const isRange = (v) => /^(\^|~|>=?|<=?)\s*\d/.test(v) || v.includes(" - ") || v.includes("||");

/** `exports` without the workspace-only `source` condition: what consumers get. */
export function stripSource(value) {
  if (typeof value === "string" || value === null) return value;
  if (Array.isArray(value)) return value.map(stripSource);
  const out = {};
  for (const [k, v] of Object.entries(value)) if (k !== "source") out[k] = stripSource(v);
  return out;
}

/** Whether `exports` has a `source` condition anywhere. */
export function hasSource(value) {
  if (value === null || typeof value !== "object") return false;
  return Object.entries(value).some(([k, v]) => k === "source" || hasSource(v));
}

/** Every file path an exports map points at (conditions flattened, wildcards left out). */
export function exportTargets(value, out = []) {
  if (typeof value === "string") {
    if (!value.includes("*")) out.push(value);
  } else if (value && typeof value === "object") {
    for (const v of Object.values(value)) exportTargets(v, out);
  }
  return out;
}
