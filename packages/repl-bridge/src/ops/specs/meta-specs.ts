import type { OpSpec } from "../op-spec.js";

export const META_OPS: readonly OpSpec[] = [
  {
    name: "ops",
    group: "session",
    summary: "every operation with its argument schema (JSON Schema), example and whether it is recorded",
    args: {},
    example: {},
    session: false,
    recording: "none",
    replayable: true,
    load: () => import("../ops-op.js"),
  },
];
