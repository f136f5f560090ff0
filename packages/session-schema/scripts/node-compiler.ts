// One JSON Schema node → one straight-line TypeScript validator function, with zod 4's
// parse semantics (see validator-codegen.ts, which assembles the generated file). Only the
// JSON Schema subset zod emits for our documents is understood; any other keyword fails
// generation instead of being ignored.

export type Schema = Record<string, unknown>;

const ANNOTATIONS = new Set(["$schema", "$id", "title", "description"]);
const KNOWN = new Set([
  "type",
  "properties",
  "required",
  "additionalProperties",
  "propertyNames",
  "items",
  "maxItems",
  "minItems",
  "minLength",
  "maxLength",
  "pattern",
  "minimum",
  "maximum",
  "exclusiveMinimum",
  "exclusiveMaximum",
  "enum",
  "const",
  "anyOf",
  "default",
]);

/** Compiles schema nodes into validator functions (`fns`) and shared constants (`consts`), deduplicated by content. */
export class Gen {
  readonly fns: string[] = [];
  readonly consts: string[] = [];
  private readonly byKey = new Map<string, string>();
  private n = 0;

  private readonly constNames = new Map<string, string>();

  constant(prefix: string, expr: string): string {
    const known = this.constNames.get(expr);
    if (known !== undefined) return known;
    const name = `${prefix}${this.consts.length}`;
    this.consts.push(`const ${name} = ${expr};`);
    this.constNames.set(expr, name);
    return name;
  }

  /** The name of the function validating `s` (deduplicated by content). */
  node(schema: Schema, where: string): string {
    const s: Schema = {};
    for (const [k, v] of Object.entries(schema)) {
      if (ANNOTATIONS.has(k)) continue;
      if (!KNOWN.has(k)) throw new Error(`unsupported keyword ${k} at ${where}`);
      s[k] = v;
    }
    const key = JSON.stringify(s);
    const known = this.byKey.get(key);
    if (known !== undefined) return known;
    const name = `n${this.n++}`;
    this.byKey.set(key, name);
    this.fns.push(""); // reserve the slot: children are emitted after their parent
    const slot = this.fns.length - 1;
    this.fns[slot] =
      `function ${name}(v: unknown, p: Seg[], k: Seg | null, iss: Issue[]): unknown {\n${this.body(s, where)}\n}`;
    return name;
  }

  private body(s: Schema, where: string): string {
    if ("default" in s) {
      const { default: value, ...rest } = s;
      return `  if (v === undefined) return ${JSON.stringify(value)};\n  return ${this.node(rest, where)}(v, p, k, iss);`;
    }
    if (Array.isArray(s.anyOf)) return this.anyOf(s, where);
    const type = s.type;
    if (Array.isArray(type)) return this.typeList(s, type as string[], where);
    switch (type) {
      case "object":
        return "propertyNames" in s ? this.record(s, where) : this.object(s, where);
      case "array":
        return this.array(s, where);
      case "string":
        return this.string(s);
      case "number":
      case "integer":
        return this.number(s, type);
      case "boolean":
        return `  if (typeof v !== "boolean") fail(iss, p, k, expected("a boolean", v));\n  return v;`;
      case "null":
        return `  if (v !== null) fail(iss, p, k, expected("null", v));\n  return v;`;
      case undefined:
        return this.untyped(s);
      default:
        throw new Error(`unsupported type ${String(type)} at ${where}`);
    }
  }

  private untyped(s: Schema): string {
    const checks = this.valueChecks(s);
    return `${checks}  return v;`;
  }

  /** `enum` / `const` (exact values; zod compares with a Set, i.e. SameValueZero). */
  private valueChecks(s: Schema): string {
    let out = "";
    if ("const" in s) {
      const c = JSON.stringify(s.const);
      out += `  if (v !== ${c}) { fail(iss, p, k, ${JSON.stringify(`expected ${c}`)}); return v; }\n`;
    }
    if (Array.isArray(s.enum)) {
      const set = this.constant("E", `new Set<unknown>(${JSON.stringify(s.enum)})`);
      const list = (s.enum as unknown[]).map((e) => JSON.stringify(e)).join(", ");
      out += `  if (!${set}.has(v)) { fail(iss, p, k, ${JSON.stringify(`expected one of ${list}`)}); return v; }\n`;
    }
    return out;
  }

  private anyOf(s: Schema, where: string): string {
    const options = s.anyOf as Schema[];
    const rest = Object.keys(s).filter((k) => k !== "anyOf");
    if (rest.length > 0) throw new Error(`anyOf with siblings (${rest.join(", ")}) at ${where}`);
    const isNull = (o: Schema) => Object.keys(o).length === 1 && o.type === "null";
    if (options.length === 2 && isNull(options[1] as Schema)) {
      const inner = this.node(options[0] as Schema, `${where}/anyOf/0`);
      return `  if (v === null) return null;\n  return ${inner}(v, p, k, iss);`;
    }
    const names = options.map((o, i) => this.node(o, `${where}/anyOf/${i}`));
    const lines = names.map(
      (n, i) =>
        `  const i${i}: Issue[] = [];\n  const r${i} = ${n}(v, p, k, i${i});\n  if (i${i}.length === 0) return r${i};`,
    );
    const first = names.map((_, i) => `i${i}[0]?.message`).join(", ");
    return `${lines.join("\n")}\n  fail(iss, p, k, \`matches none of the ${names.length} allowed shapes (\${[${first}].join("; ")})\`);\n  return v;`;
  }

  /** `type: [..]`: a nullable single type, or a union of unconstrained primitive types. */
  private typeList(s: Schema, types: string[], where: string): string {
    const nonNull = types.filter((t) => t !== "null");
    if (nonNull.length === 1 && types.length === 2) {
      const inner = this.node({ ...s, type: nonNull[0] }, where);
      return `  if (v === null) return null;\n  return ${inner}(v, p, k, iss);`;
    }
    const extra = Object.keys(s).filter((k) => k !== "type");
    if (extra.length > 0) throw new Error(`type list with constraints (${extra.join(", ")}) at ${where}`);
    const tests = types.map((t) => {
      switch (t) {
        case "null":
          return "v === null";
        case "string":
        case "boolean":
          return `typeof v === "${t}"`;
        case "number":
          return `(typeof v === "number" && Number.isFinite(v))`;
        default:
          throw new Error(`unsupported type ${t} in a type list at ${where}`);
      }
    });
    return `  if (!(${tests.join(" || ")})) fail(iss, p, k, expected(${JSON.stringify(types.join(" or "))}, v));\n  return v;`;
  }

  private string(s: Schema): string {
    let out = `  if (typeof v !== "string") { fail(iss, p, k, expected("a string", v)); return v; }\n`;
    out += this.valueChecks(s);
    // Lengths in code points, as zod and JSON Schema count them (units only bound them).
    if (typeof s.minLength === "number")
      out += `  if (v.length < ${2 * s.minLength} && codePointLength(v) < ${s.minLength}) fail(iss, p, k, ${JSON.stringify(s.minLength === 1 ? "must not be empty" : `must be at least ${s.minLength} characters`)});\n`;
    if (typeof s.maxLength === "number")
      out += `  if (v.length > ${s.maxLength} && codePointLength(v) > ${s.maxLength}) fail(iss, p, k, "must be at most ${s.maxLength} characters");\n`;
    if (typeof s.pattern === "string") {
      const re = this.constant("R", `new RegExp(${JSON.stringify(s.pattern)})`);
      out += `  if (!${re}.test(v)) fail(iss, p, k, ${JSON.stringify(`must match ${s.pattern}`)});\n`;
    }
    return `${out}  return v;`;
  }

  private number(s: Schema, type: "number" | "integer"): string {
    let out = "";
    if ("const" in s) return `${this.valueChecks(s)}  return v;`;
    out += `  if (typeof v !== "number" || !Number.isFinite(v)) { fail(iss, p, k, expected("a finite number", v)); return v; }\n`;
    if (type === "integer")
      out += `  if (!Number.isInteger(v)) { fail(iss, p, k, "expected an integer, got " + v); return v; }\n`;
    out += this.valueChecks(s);
    const bound = (kw: string, op: string, text: string) => {
      if (typeof s[kw] === "number")
        out += `  if (v ${op} ${s[kw]}) fail(iss, p, k, ${JSON.stringify(`${text} ${s[kw]}`)});\n`;
    };
    // ASCII only in generated strings: one non-Latin-1 character makes V8 hold a whole
    // bundle's source as two-byte text.
    bound("minimum", "<", "must be >=");
    bound("maximum", ">", "must be <=");
    bound("exclusiveMinimum", "<=", "must be >");
    bound("exclusiveMaximum", ">=", "must be <");
    return `${out}  return v;`;
  }

  private array(s: Schema, where: string): string {
    if (typeof s.items !== "object" || s.items === null) throw new Error(`array without items at ${where}`);
    const item = this.node(s.items as Schema, `${where}/items`);
    let out = `  if (!Array.isArray(v)) { fail(iss, p, k, expected("an array", v)); return v; }\n`;
    out += `  if (k !== null) p.push(k);\n  const n = v.length;\n  const out = new Array(n);\n`;
    out += `  for (let i = 0; i < n; i++) out[i] = ${item}(v[i], p, i, iss);\n  if (k !== null) p.pop();\n`;
    if (typeof s.maxItems === "number")
      out += `  if (n > ${s.maxItems}) fail(iss, p, k, "must have at most ${s.maxItems} items");\n`;
    if (typeof s.minItems === "number")
      out += `  if (n < ${s.minItems}) fail(iss, p, k, "must have at least ${s.minItems} items");\n`;
    return `${out}  return out;`;
  }

  private record(s: Schema, where: string): string {
    const names = s.propertyNames as Schema;
    if (names.type !== "string" || Object.keys(names).some((k) => k !== "type" && k !== "pattern"))
      throw new Error(`unsupported propertyNames at ${where}`);
    const value = this.node(s.additionalProperties as Schema, `${where}/additionalProperties`);
    const re =
      typeof names.pattern === "string"
        ? this.constant("R", `new RegExp(${JSON.stringify(names.pattern)})`)
        : null;
    let out = `  if (!isPlainObject(v)) { fail(iss, p, k, expected("an object", v)); return v; }\n`;
    out += `  if (k !== null) p.push(k);\n  const out: Record<string, unknown> = {};\n`;
    out += '  for (const key of Object.keys(v)) {\n    if (key === "__proto__") continue;\n';
    if (re !== null)
      out += `    if (!${re}.test(key)) { fail(iss, p, key, ${JSON.stringify(`invalid key: must match ${names.pattern}`)}); continue; }\n`;
    out += `    out[key] = ${value}(v[key], p, key, iss);\n  }\n`;
    out += `  if (hasSymbolKey(v)) fail(iss, p, null, "symbol keys are not allowed");\n`;
    out += "  if (k !== null) p.pop();\n  return out;";
    return out;
  }

  private object(s: Schema, where: string): string {
    const props = (s.properties ?? {}) as Record<string, Schema>;
    const required = new Set((s.required ?? []) as string[]);
    const extra = s.additionalProperties;
    if (typeof extra !== "object" || extra === null || Object.keys(extra).length > 0)
      throw new Error(`only loose objects (additionalProperties: {}) are supported, at ${where}`);
    const keys = Object.keys(props);
    const keySet = this.constant("K", `new Set<string>(${JSON.stringify(keys)})`);
    const optional = keys.some((key) => !required.has(key) && !("default" in (props[key] as Schema)));
    let out = `  if (!isObject(v)) { fail(iss, p, k, expected("an object", v)); return v; }\n`;
    out += `  if (k !== null) p.push(k);\n  const out: Record<string, unknown> = {};\n`;
    if (optional) out += "  let x: unknown;\n";
    for (const key of keys) {
      if (key === "__proto__") continue; // zod strips a declared __proto__
      const schema = props[key] as Schema;
      const fn = this.node(schema, `${where}/properties/${key}`);
      const q = JSON.stringify(key);
      if (required.has(key)) {
        out += `  if (!(${q} in v)) fail(iss, p, ${q}, "required");\n  else out[${q}] = ${fn}(v[${q}], p, ${q}, iss);\n`;
      } else if ("default" in schema) {
        out += `  out[${q}] = ${fn}(v[${q}], p, ${q}, iss);\n`;
      } else {
        out += `  x = v[${q}];\n  if (x !== undefined) out[${q}] = ${fn}(x, p, ${q}, iss);\n  else if (${q} in v) out[${q}] = undefined;\n`;
      }
    }
    out += `  for (const key in v) {\n    if (${keySet}.has(key) || key === "__proto__") continue;\n    out[key] = v[key];\n  }\n`;
    out += "  if (k !== null) p.pop();\n  return out;";
    return out;
  }
}
