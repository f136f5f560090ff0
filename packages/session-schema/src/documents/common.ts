import { z } from "zod";

/** Unix epoch seconds (float), as the plan and the legacy files write times. */
export const EpochSeconds = z.number().nonnegative().finite();
export const Sha256Hash = z.string().regex(/^sha256:[0-9a-f]{64}$/, "expected sha256:<64 lowercase hex>");
export const NonNegativeInt = z.number().int().nonnegative();
export const SessionIdString = z.string().min(1).max(128);
export const CellIdString = z.string().regex(/^cell_[0-9a-f]{8}$/, "expected cell_ + 8 lowercase hex digits");
export const JsonObject = z.record(z.string(), z.unknown());
