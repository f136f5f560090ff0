// The codec validates with @rlm/session-schema/core's zod-free validators, generated from
// the committed JSON Schemas (same contract as the zod `parseSession`: older documents
// upgraded in memory, newer ones refused with SchemaVersionError, failures as
// ValidationError naming each field by dot path). Importing the store loads no zod.
export { validateSession } from "@rlm/session-schema/core";
