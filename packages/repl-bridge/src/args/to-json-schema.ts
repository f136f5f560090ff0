import type { ArgSpec, ArgSpecs, ArgType, OneOf } from "./arg-spec.js";

/** An op's arguments as a JSON Schema (draft 2020-12) object, for `rlm-repl ops --json`. */
export function argsJsonSchema(specs: ArgSpecs, oneOf: readonly OneOf[] = []): Record<string, unknown> {
  const properties: Record<string, unknown> = {};
  const required: string[] = [];
  for (const [name, spec] of Object.entries(specs)) {
    properties[name] = propertySchema(spec);
    if (spec.required) required.push(name);
  }
  const schema: Record<string, unknown> = { type: "object", properties, additionalProperties: false };
  if (required.length > 0) schema.required = required;
  if (oneOf.length > 0)
    schema.allOf = oneOf.map((group) => ({ oneOf: group.map((name) => ({ required: [name] })) }));
  return schema;
}

function propertySchema(spec: ArgSpec): Record<string, unknown> {
  const types: readonly ArgType[] = typeof spec.type === "string" ? [spec.type] : spec.type;
  const variants = types.map(typeSchema);
  const out: Record<string, unknown> = variants.length === 1 ? { ...variants[0] } : { anyOf: variants };
  out.description = spec.description;
  if (spec.default !== undefined) out.default = spec.default;
  if (spec.enum !== undefined) out.enum = spec.enum;
  if (spec.minimum !== undefined) out.minimum = spec.minimum;
  if (spec.maximum !== undefined) out.maximum = spec.maximum;
  return out;
}

function typeSchema(t: ArgType): Record<string, unknown> {
  return t === "string[]" ? { type: "array", items: { type: "string" } } : { type: t };
}
