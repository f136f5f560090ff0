const __rlmEager = {
"chunk-BN4qSVkS.cjs": function (exports, require, module, __filename, __dirname, __rlmRequire) {
//#region \0rolldown/runtime.js
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __commonJSMin = (cb, mod) => () => (mod || (cb((mod = { exports: {} }).exports, mod), cb = null), mod.exports);
var __exportAll = (all, no_symbols) => {
	let target = {};
	for (var name in all) __defProp(target, name, {
		get: all[name],
		enumerable: true
	});
	if (!no_symbols) __defProp(target, Symbol.toStringTag, { value: "Module" });
	return target;
};
var __copyProps = (to, from, except, desc) => {
	if (from && typeof from === "object" || typeof from === "function") for (var keys = __getOwnPropNames(from), i = 0, n = keys.length, key; i < n; i++) {
		key = keys[i];
		if (!__hasOwnProp.call(to, key) && key !== except) __defProp(to, key, {
			get: ((k) => from[k]).bind(null, key),
			enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable
		});
	}
	return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", {
	value: mod,
	enumerable: true
}) : target, mod));
//#endregion
Object.defineProperty(exports, "__commonJSMin", {
	enumerable: true,
	get: function() {
		return __commonJSMin;
	}
});
Object.defineProperty(exports, "__exportAll", {
	enumerable: true,
	get: function() {
		return __exportAll;
	}
});
Object.defineProperty(exports, "__toESM", {
	enumerable: true,
	get: function() {
		return __toESM;
	}
});

},
"core-f9jiwAl0-CLt506zF.cjs": function (exports, require, module, __filename, __dirname, __rlmRequire) {
//#region ../../packages/session-schema/dist/core-f9jiwAl0.mjs
/** A tool-output preview holds at most this many UTF-16 code units. */
const TOOL_OUTPUT_PREVIEW_CHARS = 1e3;
const CELL_TYPES = [
	"repl",
	"tool",
	"llm_call",
	"map_reduce",
	"verification"
];
const CELL_STATUSES = [
	"pending",
	"done",
	"error",
	"stale"
];
/**
* The one error base. Recognise errors by `code` (see `isRlmError`), never by
* `instanceof`: two copies of a package may be installed side by side.
*/
var RlmError = class extends Error {
	code;
	hint;
	constructor(code, message, options = {}) {
		super(message, options.cause === void 0 ? void 0 : { cause: options.cause });
		this.name = "RlmError";
		this.code = code;
		this.hint = options.hint;
	}
	toJSON() {
		return {
			name: this.name,
			code: this.code,
			message: this.message,
			hint: this.hint
		};
	}
};
/** True when `err` is an RlmError (optionally with the given code), from any copy of this package. */
function isRlmError(err, code) {
	if (typeof err !== "object" || err === null) return false;
	const c = err.code;
	if (typeof c !== "string" || !c.startsWith("ERR_RLM_")) return false;
	return code === void 0 || c === code;
}
/** A document written by a newer version of RLM: refused, never silently defaulted. */
var SchemaVersionError = class extends RlmError {
	found;
	supported;
	constructor(document, found, supported, file) {
		super("ERR_RLM_SCHEMA_VERSION", `${document}${file ? ` in ${file}` : ""} has schema_version ${JSON.stringify(found)}; this version of RLM reads up to ${supported}`, { hint: "upgrade the @rlm packages (or the plugin) to read this session" });
		this.name = "SchemaVersionError";
		this.found = found;
		this.supported = supported;
	}
};
/** A document that does not match its schema. The message names every failing field by path. */
var ValidationError = class extends RlmError {
	document;
	issues;
	file;
	constructor(document, issues, file) {
		const list = issues.slice(0, 5).map((i) => `${i.path || "(root)"}: ${i.message}`).join("; ");
		const more = issues.length > 5 ? ` (+${issues.length - 5} more)` : "";
		super("ERR_RLM_VALIDATION", `invalid ${document}${file ? ` in ${file}` : ""}: ${list}${more}`);
		this.name = "ValidationError";
		this.document = document;
		this.issues = issues;
		this.file = file;
	}
};
const SESSION_MAPS = [
	["context", "files"],
	["context", "working_memory"],
	["budget", "by_model"]
];
const CELL_MAPS = [[
	"input",
	"context_snapshot",
	"files"
]];
function at(value, path) {
	let cur = value;
	for (const k of path) {
		if (typeof cur !== "object" || cur === null || !Object.hasOwn(cur, k)) return void 0;
		cur = cur[k];
	}
	return cur;
}
function check(document, value, maps, file) {
	for (const path of maps) {
		const map = at(value, path);
		if (typeof map === "object" && map !== null && Object.hasOwn(map, "__proto__")) throw new ValidationError(document, [{
			path: `${path.join(".")}.__proto__`,
			message: "the key __proto__ is not allowed (it would be lost)"
		}], file);
	}
}
function assertNoProtoKeysInSession(value, file) {
	check("session.json", value, SESSION_MAPS, file);
}
function assertNoProtoKeysInCell(value, file) {
	check("cell", value, CELL_MAPS, file);
}
const isObject$1 = (v) => typeof v === "object" && v !== null && !Array.isArray(v);
/** ISO-8601 strings (pydantic's datetime default) → epoch seconds; numbers pass through. */
function toEpoch(v) {
	if (typeof v === "string") {
		const ms = Date.parse(v);
		if (!Number.isNaN(ms)) return ms / 1e3;
		const n = Number(v);
		if (v.trim() !== "" && Number.isFinite(n)) return n;
	}
	return v;
}
function upgradeV0(doc) {
	const out = {
		...doc,
		schema_version: 1
	};
	const md = isObject$1(doc.metadata) ? { ...doc.metadata } : {};
	for (const k of [
		"session_id",
		"created_at",
		"updated_at",
		"cwd"
	]) if (md[k] === void 0 && doc[k] !== void 0) md[k] = doc[k];
	for (const k of [
		"created_at",
		"updated_at",
		"ended_at"
	]) if (md[k] !== void 0) md[k] = toEpoch(md[k]);
	if (md.updated_at === void 0 && md.created_at !== void 0) md.updated_at = md.created_at;
	out.metadata = md;
	if (isObject$1(doc.context)) {
		const ctx = { ...doc.context };
		if (isObject$1(ctx.files)) {
			const files = {};
			for (const [path, entry] of Object.entries(ctx.files)) files[path] = isObject$1(entry) ? {
				...entry,
				first_access: toEpoch(entry.first_access),
				last_access: toEpoch(entry.last_access)
			} : entry;
			ctx.files = files;
		}
		if (Array.isArray(ctx.tool_outputs)) ctx.tool_outputs = ctx.tool_outputs.slice(-100).map((t) => isObject$1(t) ? {
			...t,
			timestamp: toEpoch(t.timestamp),
			content_preview: typeof t.content_preview === "string" ? t.content_preview.slice(0, TOOL_OUTPUT_PREVIEW_CHARS) : t.content_preview
		} : t);
		out.context = ctx;
	}
	return out;
}
/** Bring a raw session.json document to the current schema_version (in memory only). */
function upgradeSessionDocument(value, file) {
	if (!isObject$1(value)) throw new ValidationError("session.json", [{
		path: "",
		message: "expected a JSON object"
	}], file);
	const v = value.schema_version;
	if (v === void 0 || v === 0) return upgradeV0(value);
	if (v === 1) return value;
	if (typeof v === "number" && Number.isInteger(v) && v > 1) throw new SchemaVersionError("session.json", v, 1, file);
	throw new ValidationError("session.json", [{
		path: "schema_version",
		message: `unsupported value ${JSON.stringify(v)}`
	}], file);
}
function fail(iss, p, k, message) {
	const parts = k === null ? p : [...p, k];
	iss.push({
		path: parts.map(String).join("."),
		message
	});
}
function isObject(v) {
	return typeof v === "object" && v !== null && !Array.isArray(v);
}
/** zod's `isPlainObject` (what a record accepts), to the letter. */
function isPlainObject(o) {
	if (!isObject(o)) return false;
	const ctor = o.constructor;
	if (ctor === void 0) return true;
	if (typeof ctor !== "function") return true;
	const prot = ctor.prototype;
	if (!isObject(prot)) return false;
	return Object.hasOwn(prot, "isPrototypeOf");
}
/** True when `o` has an own enumerable symbol key (a record refuses those). */
function hasSymbolKey(o) {
	for (const s of Object.getOwnPropertySymbols(o)) if (Object.prototype.propertyIsEnumerable.call(o, s)) return true;
	return false;
}
const HIGH_SURROGATE = /[\uD800-\uDBFF]/;
/** Code points in `s` (a surrogate pair counts once, a lone surrogate as itself): zod's string length. */
function codePointLength(s) {
	const units = s.length;
	if (!HIGH_SURROGATE.test(s)) return units;
	let count = units;
	for (let i = 0; i < units - 1; i++) if ((s.charCodeAt(i) & 64512) === 55296 && (s.charCodeAt(i + 1) & 64512) === 56320) {
		count--;
		i++;
	}
	return count;
}
/** What a value is, for messages: `expected a string, got number`. */
function got(v) {
	if (v === null) return "null";
	if (Array.isArray(v)) return "array";
	if (typeof v === "number") return Number.isNaN(v) ? "NaN" : Number.isFinite(v) ? "number" : String(v);
	return typeof v;
}
function expected(what, v) {
	return `expected ${what}, got ${got(v)}`;
}
/** Run a node validator on a whole document. */
function runCheck(check, value) {
	const issues = [];
	const out = check(value, [], null, issues);
	return issues.length === 0 ? {
		ok: true,
		value: out
	} : {
		ok: false,
		issues
	};
}
const K0 = new Set([
	"cell_id",
	"created_at",
	"completed_at",
	"type",
	"status",
	"status_reason",
	"input",
	"code",
	"output",
	"dependencies",
	"dependents",
	"trace",
	"metadata",
	"extra"
]);
const R1 = /* @__PURE__ */ new RegExp("^cell_[0-9a-f]{8}$");
const E2 = new Set([
	"repl",
	"tool",
	"llm_call",
	"map_reduce",
	"verification"
]);
const E3 = new Set([
	"pending",
	"done",
	"error",
	"stale"
]);
const K4 = new Set([
	"source",
	"operation",
	"args",
	"context_snapshot"
]);
const K5 = new Set([
	"files",
	"conversation_slice",
	"memory_query"
]);
const K6 = new Set([
	"result",
	"error",
	"execution_time_ms",
	"cached_response"
]);
const K7 = new Set([
	"goal",
	"decision",
	"rationale"
]);
const K8 = new Set([
	"depth",
	"model",
	"tokens_used",
	"temperature",
	"promoted_to_db"
]);
const K9 = new Set([
	"version",
	"session_id",
	"cells",
	"roots",
	"leaves",
	"execution_order",
	"cycles_detected",
	"updated_at"
]);
const K10 = new Set([
	"type",
	"status",
	"dependencies",
	"dependents"
]);
const K11 = new Set([
	"timestamp",
	"tool",
	"cell_id",
	"file"
]);
const K12 = new Set([
	"timestamp",
	"tool",
	"cell_id",
	"pattern"
]);
const K13 = new Set([
	"session_id",
	"hook_event_name",
	"transcript_path",
	"cwd",
	"permission_mode",
	"prompt_id",
	"agent_id",
	"agent_type",
	"source",
	"model",
	"prompt",
	"tool_name",
	"tool_input",
	"tool_response",
	"tool_use_id",
	"error",
	"is_interrupt",
	"duration_ms",
	"stop_hook_active",
	"last_assistant_message",
	"agent_transcript_path",
	"trigger",
	"custom_instructions",
	"reason",
	"file_path",
	"event",
	"message",
	"notification_type",
	"session_title"
]);
const K14 = new Set([
	"continue",
	"stopReason",
	"suppressOutput",
	"systemMessage",
	"decision",
	"reason",
	"hookSpecificOutput"
]);
const E15 = new Set(["block", "approve"]);
const K16 = new Set([
	"hookEventName",
	"additionalContext",
	"permissionDecision",
	"permissionDecisionReason"
]);
const E17 = new Set([
	"allow",
	"deny",
	"ask",
	"defer"
]);
const K18 = new Set([
	"timestamp",
	"cell_id",
	"kind"
]);
const K19 = new Set([
	"schema_version",
	"metadata",
	"activation",
	"context",
	"budget",
	"cells",
	"trajectory"
]);
const K20 = new Set([
	"session_id",
	"created_at",
	"updated_at",
	"ended_at",
	"cwd",
	"claude_transcript_path",
	"rlm_version",
	"parent_session_id",
	"fork_point",
	"session_type",
	"tags",
	"description"
]);
const K21 = new Set([
	"forked_at",
	"parent_updated_at",
	"parent_cell_count"
]);
const E22 = new Set([
	"default",
	"migrated",
	"fork",
	"checkpoint"
]);
const K23 = new Set([
	"rlm_active",
	"activation_mode",
	"activation_reason",
	"complexity_score",
	"current_depth",
	"max_depth"
]);
const E24 = new Set([
	"complexity",
	"manual",
	"always",
	"never"
]);
const K25 = new Set([
	"files",
	"tool_outputs",
	"working_memory"
]);
const K26 = new Set([
	"hash",
	"size_bytes",
	"first_access",
	"last_access"
]);
const R27 = /* @__PURE__ */ new RegExp("^sha256:[0-9a-f]{64}$");
const K28 = new Set([
	"tool_name",
	"content_preview",
	"exit_code",
	"timestamp",
	"cell_id"
]);
const K29 = new Set([
	"total_tokens_used",
	"total_recursive_calls",
	"max_recursive_calls",
	"cost_usd",
	"by_model"
]);
const K30 = new Set([
	"calls",
	"tokens",
	"cost_usd"
]);
const K31 = new Set(["count", "index_path"]);
const K32 = new Set(["events_count", "export_path"]);
function n0(v, p, k, iss) {
	if (!isObject(v)) {
		fail(iss, p, k, expected("an object", v));
		return v;
	}
	if (k !== null) p.push(k);
	const out = {};
	let x;
	if (!("cell_id" in v)) fail(iss, p, "cell_id", "required");
	else out["cell_id"] = n1(v["cell_id"], p, "cell_id", iss);
	if (!("created_at" in v)) fail(iss, p, "created_at", "required");
	else out["created_at"] = n2(v["created_at"], p, "created_at", iss);
	out["completed_at"] = n3(v["completed_at"], p, "completed_at", iss);
	if (!("type" in v)) fail(iss, p, "type", "required");
	else out["type"] = n5(v["type"], p, "type", iss);
	if (!("status" in v)) fail(iss, p, "status", "required");
	else out["status"] = n6(v["status"], p, "status", iss);
	out["status_reason"] = n7(v["status_reason"], p, "status_reason", iss);
	out["input"] = n10(v["input"], p, "input", iss);
	out["code"] = n7(v["code"], p, "code", iss);
	out["output"] = n20(v["output"], p, "output", iss);
	out["dependencies"] = n22(v["dependencies"], p, "dependencies", iss);
	out["dependents"] = n22(v["dependents"], p, "dependents", iss);
	out["trace"] = n24(v["trace"], p, "trace", iss);
	out["metadata"] = n26(v["metadata"], p, "metadata", iss);
	x = v["extra"];
	if (x !== void 0) out["extra"] = n35(x, p, "extra", iss);
	else if ("extra" in v) out["extra"] = void 0;
	for (const key in v) {
		if (K0.has(key) || key === "__proto__") continue;
		out[key] = v[key];
	}
	if (k !== null) p.pop();
	return out;
}
function n1(v, p, k, iss) {
	if (typeof v !== "string") {
		fail(iss, p, k, expected("a string", v));
		return v;
	}
	if (!R1.test(v)) fail(iss, p, k, "must match ^cell_[0-9a-f]{8}$");
	return v;
}
function n2(v, p, k, iss) {
	if (typeof v !== "number" || !Number.isFinite(v)) {
		fail(iss, p, k, expected("a finite number", v));
		return v;
	}
	if (v < 0) fail(iss, p, k, "must be >= 0");
	return v;
}
function n3(v, p, k, iss) {
	if (v === void 0) return null;
	return n4(v, p, k, iss);
}
function n4(v, p, k, iss) {
	if (v === null) return null;
	return n2(v, p, k, iss);
}
function n5(v, p, k, iss) {
	if (typeof v !== "string") {
		fail(iss, p, k, expected("a string", v));
		return v;
	}
	if (!E2.has(v)) {
		fail(iss, p, k, "expected one of \"repl\", \"tool\", \"llm_call\", \"map_reduce\", \"verification\"");
		return v;
	}
	return v;
}
function n6(v, p, k, iss) {
	if (typeof v !== "string") {
		fail(iss, p, k, expected("a string", v));
		return v;
	}
	if (!E3.has(v)) {
		fail(iss, p, k, "expected one of \"pending\", \"done\", \"error\", \"stale\"");
		return v;
	}
	return v;
}
function n7(v, p, k, iss) {
	if (v === void 0) return null;
	return n8(v, p, k, iss);
}
function n8(v, p, k, iss) {
	if (v === null) return null;
	return n9(v, p, k, iss);
}
function n9(v, p, k, iss) {
	if (typeof v !== "string") {
		fail(iss, p, k, expected("a string", v));
		return v;
	}
	return v;
}
function n10(v, p, k, iss) {
	if (v === void 0) return {
		"source": null,
		"operation": null,
		"args": null,
		"context_snapshot": {
			"files": {},
			"conversation_slice": null,
			"memory_query": null
		}
	};
	return n11(v, p, k, iss);
}
function n11(v, p, k, iss) {
	if (!isObject(v)) {
		fail(iss, p, k, expected("an object", v));
		return v;
	}
	if (k !== null) p.push(k);
	const out = {};
	out["source"] = n7(v["source"], p, "source", iss);
	out["operation"] = n7(v["operation"], p, "operation", iss);
	out["args"] = n12(v["args"], p, "args", iss);
	out["context_snapshot"] = n14(v["context_snapshot"], p, "context_snapshot", iss);
	for (const key in v) {
		if (K4.has(key) || key === "__proto__") continue;
		out[key] = v[key];
	}
	if (k !== null) p.pop();
	return out;
}
function n12(v, p, k, iss) {
	if (v === void 0) return null;
	return n13(v, p, k, iss);
}
function n13(v, p, k, iss) {
	return v;
}
function n14(v, p, k, iss) {
	if (v === void 0) return {
		"files": {},
		"conversation_slice": null,
		"memory_query": null
	};
	return n15(v, p, k, iss);
}
function n15(v, p, k, iss) {
	if (!isObject(v)) {
		fail(iss, p, k, expected("an object", v));
		return v;
	}
	if (k !== null) p.push(k);
	const out = {};
	out["files"] = n16(v["files"], p, "files", iss);
	out["conversation_slice"] = n18(v["conversation_slice"], p, "conversation_slice", iss);
	out["memory_query"] = n18(v["memory_query"], p, "memory_query", iss);
	for (const key in v) {
		if (K5.has(key) || key === "__proto__") continue;
		out[key] = v[key];
	}
	if (k !== null) p.pop();
	return out;
}
function n16(v, p, k, iss) {
	if (v === void 0) return {};
	return n17(v, p, k, iss);
}
function n17(v, p, k, iss) {
	if (!isPlainObject(v)) {
		fail(iss, p, k, expected("an object", v));
		return v;
	}
	if (k !== null) p.push(k);
	const out = {};
	for (const key of Object.keys(v)) {
		if (key === "__proto__") continue;
		out[key] = n8(v[key], p, key, iss);
	}
	if (hasSymbolKey(v)) fail(iss, p, null, "symbol keys are not allowed");
	if (k !== null) p.pop();
	return out;
}
function n18(v, p, k, iss) {
	if (v === void 0) return null;
	return n19(v, p, k, iss);
}
function n19(v, p, k, iss) {
	if (v === null) return null;
	return n13(v, p, k, iss);
}
function n20(v, p, k, iss) {
	if (v === void 0) return {
		"result": null,
		"error": null,
		"execution_time_ms": null,
		"cached_response": null
	};
	return n21(v, p, k, iss);
}
function n21(v, p, k, iss) {
	if (!isObject(v)) {
		fail(iss, p, k, expected("an object", v));
		return v;
	}
	if (k !== null) p.push(k);
	const out = {};
	out["result"] = n12(v["result"], p, "result", iss);
	out["error"] = n7(v["error"], p, "error", iss);
	out["execution_time_ms"] = n3(v["execution_time_ms"], p, "execution_time_ms", iss);
	out["cached_response"] = n7(v["cached_response"], p, "cached_response", iss);
	for (const key in v) {
		if (K6.has(key) || key === "__proto__") continue;
		out[key] = v[key];
	}
	if (k !== null) p.pop();
	return out;
}
function n22(v, p, k, iss) {
	if (v === void 0) return [];
	return n23(v, p, k, iss);
}
function n23(v, p, k, iss) {
	if (!Array.isArray(v)) {
		fail(iss, p, k, expected("an array", v));
		return v;
	}
	if (k !== null) p.push(k);
	const n = v.length;
	const out = new Array(n);
	for (let i = 0; i < n; i++) out[i] = n1(v[i], p, i, iss);
	if (k !== null) p.pop();
	return out;
}
function n24(v, p, k, iss) {
	if (v === void 0) return {
		"goal": null,
		"decision": null,
		"rationale": null
	};
	return n25(v, p, k, iss);
}
function n25(v, p, k, iss) {
	if (!isObject(v)) {
		fail(iss, p, k, expected("an object", v));
		return v;
	}
	if (k !== null) p.push(k);
	const out = {};
	out["goal"] = n7(v["goal"], p, "goal", iss);
	out["decision"] = n7(v["decision"], p, "decision", iss);
	out["rationale"] = n7(v["rationale"], p, "rationale", iss);
	for (const key in v) {
		if (K7.has(key) || key === "__proto__") continue;
		out[key] = v[key];
	}
	if (k !== null) p.pop();
	return out;
}
function n26(v, p, k, iss) {
	if (v === void 0) return {
		"depth": 0,
		"model": null,
		"tokens_used": 0,
		"temperature": null,
		"promoted_to_db": false
	};
	return n27(v, p, k, iss);
}
function n27(v, p, k, iss) {
	if (!isObject(v)) {
		fail(iss, p, k, expected("an object", v));
		return v;
	}
	if (k !== null) p.push(k);
	const out = {};
	out["depth"] = n28(v["depth"], p, "depth", iss);
	out["model"] = n7(v["model"], p, "model", iss);
	out["tokens_used"] = n28(v["tokens_used"], p, "tokens_used", iss);
	out["temperature"] = n30(v["temperature"], p, "temperature", iss);
	out["promoted_to_db"] = n33(v["promoted_to_db"], p, "promoted_to_db", iss);
	for (const key in v) {
		if (K8.has(key) || key === "__proto__") continue;
		out[key] = v[key];
	}
	if (k !== null) p.pop();
	return out;
}
function n28(v, p, k, iss) {
	if (v === void 0) return 0;
	return n29(v, p, k, iss);
}
function n29(v, p, k, iss) {
	if (typeof v !== "number" || !Number.isFinite(v)) {
		fail(iss, p, k, expected("a finite number", v));
		return v;
	}
	if (!Number.isInteger(v)) {
		fail(iss, p, k, "expected an integer, got " + v);
		return v;
	}
	if (v < 0) fail(iss, p, k, "must be >= 0");
	if (v > 9007199254740991) fail(iss, p, k, "must be <= 9007199254740991");
	return v;
}
function n30(v, p, k, iss) {
	if (v === void 0) return null;
	return n31(v, p, k, iss);
}
function n31(v, p, k, iss) {
	if (v === null) return null;
	return n32(v, p, k, iss);
}
function n32(v, p, k, iss) {
	if (typeof v !== "number" || !Number.isFinite(v)) {
		fail(iss, p, k, expected("a finite number", v));
		return v;
	}
	return v;
}
function n33(v, p, k, iss) {
	if (v === void 0) return false;
	return n34(v, p, k, iss);
}
function n34(v, p, k, iss) {
	if (typeof v !== "boolean") fail(iss, p, k, expected("a boolean", v));
	return v;
}
function n35(v, p, k, iss) {
	if (!isPlainObject(v)) {
		fail(iss, p, k, expected("an object", v));
		return v;
	}
	if (k !== null) p.push(k);
	const out = {};
	for (const key of Object.keys(v)) {
		if (key === "__proto__") continue;
		out[key] = n13(v[key], p, key, iss);
	}
	if (hasSymbolKey(v)) fail(iss, p, null, "symbol keys are not allowed");
	if (k !== null) p.pop();
	return out;
}
function n36(v, p, k, iss) {
	if (!isObject(v)) {
		fail(iss, p, k, expected("an object", v));
		return v;
	}
	if (k !== null) p.push(k);
	const out = {};
	let x;
	if (!("version" in v)) fail(iss, p, "version", "required");
	else out["version"] = n37(v["version"], p, "version", iss);
	if (!("session_id" in v)) fail(iss, p, "session_id", "required");
	else out["session_id"] = n9(v["session_id"], p, "session_id", iss);
	if (!("cells" in v)) fail(iss, p, "cells", "required");
	else out["cells"] = n38(v["cells"], p, "cells", iss);
	if (!("roots" in v)) fail(iss, p, "roots", "required");
	else out["roots"] = n23(v["roots"], p, "roots", iss);
	if (!("leaves" in v)) fail(iss, p, "leaves", "required");
	else out["leaves"] = n23(v["leaves"], p, "leaves", iss);
	if (!("execution_order" in v)) fail(iss, p, "execution_order", "required");
	else out["execution_order"] = n23(v["execution_order"], p, "execution_order", iss);
	if (!("cycles_detected" in v)) fail(iss, p, "cycles_detected", "required");
	else out["cycles_detected"] = n40(v["cycles_detected"], p, "cycles_detected", iss);
	x = v["updated_at"];
	if (x !== void 0) out["updated_at"] = n2(x, p, "updated_at", iss);
	else if ("updated_at" in v) out["updated_at"] = void 0;
	for (const key in v) {
		if (K9.has(key) || key === "__proto__") continue;
		out[key] = v[key];
	}
	if (k !== null) p.pop();
	return out;
}
function n37(v, p, k, iss) {
	if (v !== 1) {
		fail(iss, p, k, "expected 1");
		return v;
	}
	return v;
}
function n38(v, p, k, iss) {
	if (!isPlainObject(v)) {
		fail(iss, p, k, expected("an object", v));
		return v;
	}
	if (k !== null) p.push(k);
	const out = {};
	for (const key of Object.keys(v)) {
		if (key === "__proto__") continue;
		if (!R1.test(key)) {
			fail(iss, p, key, "invalid key: must match ^cell_[0-9a-f]{8}$");
			continue;
		}
		out[key] = n39(v[key], p, key, iss);
	}
	if (hasSymbolKey(v)) fail(iss, p, null, "symbol keys are not allowed");
	if (k !== null) p.pop();
	return out;
}
function n39(v, p, k, iss) {
	if (!isObject(v)) {
		fail(iss, p, k, expected("an object", v));
		return v;
	}
	if (k !== null) p.push(k);
	const out = {};
	if (!("type" in v)) fail(iss, p, "type", "required");
	else out["type"] = n5(v["type"], p, "type", iss);
	if (!("status" in v)) fail(iss, p, "status", "required");
	else out["status"] = n6(v["status"], p, "status", iss);
	if (!("dependencies" in v)) fail(iss, p, "dependencies", "required");
	else out["dependencies"] = n23(v["dependencies"], p, "dependencies", iss);
	if (!("dependents" in v)) fail(iss, p, "dependents", "required");
	else out["dependents"] = n23(v["dependents"], p, "dependents", iss);
	for (const key in v) {
		if (K10.has(key) || key === "__proto__") continue;
		out[key] = v[key];
	}
	if (k !== null) p.pop();
	return out;
}
function n40(v, p, k, iss) {
	if (!Array.isArray(v)) {
		fail(iss, p, k, expected("an array", v));
		return v;
	}
	if (k !== null) p.push(k);
	const n = v.length;
	const out = new Array(n);
	for (let i = 0; i < n; i++) out[i] = n23(v[i], p, i, iss);
	if (k !== null) p.pop();
	return out;
}
function n41(v, p, k, iss) {
	const i0 = [];
	const r0 = n42(v, p, k, i0);
	if (i0.length === 0) return r0;
	const i1 = [];
	const r1 = n44(v, p, k, i1);
	if (i1.length === 0) return r1;
	fail(iss, p, k, `matches none of the 2 allowed shapes (${[i0[0]?.message, i1[0]?.message].join("; ")})`);
	return v;
}
function n42(v, p, k, iss) {
	if (!isObject(v)) {
		fail(iss, p, k, expected("an object", v));
		return v;
	}
	if (k !== null) p.push(k);
	const out = {};
	let x;
	if (!("timestamp" in v)) fail(iss, p, "timestamp", "required");
	else out["timestamp"] = n43(v["timestamp"], p, "timestamp", iss);
	if (!("tool" in v)) fail(iss, p, "tool", "required");
	else out["tool"] = n43(v["tool"], p, "tool", iss);
	x = v["cell_id"];
	if (x !== void 0) out["cell_id"] = n8(x, p, "cell_id", iss);
	else if ("cell_id" in v) out["cell_id"] = void 0;
	if (!("file" in v)) fail(iss, p, "file", "required");
	else out["file"] = n9(v["file"], p, "file", iss);
	for (const key in v) {
		if (K11.has(key) || key === "__proto__") continue;
		out[key] = v[key];
	}
	if (k !== null) p.pop();
	return out;
}
function n43(v, p, k, iss) {
	if (typeof v !== "string") {
		fail(iss, p, k, expected("a string", v));
		return v;
	}
	if (v.length < 2 && codePointLength(v) < 1) fail(iss, p, k, "must not be empty");
	return v;
}
function n44(v, p, k, iss) {
	if (!isObject(v)) {
		fail(iss, p, k, expected("an object", v));
		return v;
	}
	if (k !== null) p.push(k);
	const out = {};
	let x;
	if (!("timestamp" in v)) fail(iss, p, "timestamp", "required");
	else out["timestamp"] = n43(v["timestamp"], p, "timestamp", iss);
	if (!("tool" in v)) fail(iss, p, "tool", "required");
	else out["tool"] = n43(v["tool"], p, "tool", iss);
	x = v["cell_id"];
	if (x !== void 0) out["cell_id"] = n8(x, p, "cell_id", iss);
	else if ("cell_id" in v) out["cell_id"] = void 0;
	if (!("pattern" in v)) fail(iss, p, "pattern", "required");
	else out["pattern"] = n9(v["pattern"], p, "pattern", iss);
	for (const key in v) {
		if (K12.has(key) || key === "__proto__") continue;
		out[key] = v[key];
	}
	if (k !== null) p.pop();
	return out;
}
function n45(v, p, k, iss) {
	if (!isObject(v)) {
		fail(iss, p, k, expected("an object", v));
		return v;
	}
	if (k !== null) p.push(k);
	const out = {};
	let x;
	if (!("session_id" in v)) fail(iss, p, "session_id", "required");
	else out["session_id"] = n43(v["session_id"], p, "session_id", iss);
	if (!("hook_event_name" in v)) fail(iss, p, "hook_event_name", "required");
	else out["hook_event_name"] = n43(v["hook_event_name"], p, "hook_event_name", iss);
	x = v["transcript_path"];
	if (x !== void 0) out["transcript_path"] = n9(x, p, "transcript_path", iss);
	else if ("transcript_path" in v) out["transcript_path"] = void 0;
	x = v["cwd"];
	if (x !== void 0) out["cwd"] = n9(x, p, "cwd", iss);
	else if ("cwd" in v) out["cwd"] = void 0;
	x = v["permission_mode"];
	if (x !== void 0) out["permission_mode"] = n9(x, p, "permission_mode", iss);
	else if ("permission_mode" in v) out["permission_mode"] = void 0;
	x = v["prompt_id"];
	if (x !== void 0) out["prompt_id"] = n9(x, p, "prompt_id", iss);
	else if ("prompt_id" in v) out["prompt_id"] = void 0;
	x = v["agent_id"];
	if (x !== void 0) out["agent_id"] = n9(x, p, "agent_id", iss);
	else if ("agent_id" in v) out["agent_id"] = void 0;
	x = v["agent_type"];
	if (x !== void 0) out["agent_type"] = n9(x, p, "agent_type", iss);
	else if ("agent_type" in v) out["agent_type"] = void 0;
	x = v["source"];
	if (x !== void 0) out["source"] = n9(x, p, "source", iss);
	else if ("source" in v) out["source"] = void 0;
	x = v["model"];
	if (x !== void 0) out["model"] = n9(x, p, "model", iss);
	else if ("model" in v) out["model"] = void 0;
	x = v["prompt"];
	if (x !== void 0) out["prompt"] = n9(x, p, "prompt", iss);
	else if ("prompt" in v) out["prompt"] = void 0;
	x = v["tool_name"];
	if (x !== void 0) out["tool_name"] = n9(x, p, "tool_name", iss);
	else if ("tool_name" in v) out["tool_name"] = void 0;
	x = v["tool_input"];
	if (x !== void 0) out["tool_input"] = n13(x, p, "tool_input", iss);
	else if ("tool_input" in v) out["tool_input"] = void 0;
	x = v["tool_response"];
	if (x !== void 0) out["tool_response"] = n13(x, p, "tool_response", iss);
	else if ("tool_response" in v) out["tool_response"] = void 0;
	x = v["tool_use_id"];
	if (x !== void 0) out["tool_use_id"] = n9(x, p, "tool_use_id", iss);
	else if ("tool_use_id" in v) out["tool_use_id"] = void 0;
	x = v["error"];
	if (x !== void 0) out["error"] = n13(x, p, "error", iss);
	else if ("error" in v) out["error"] = void 0;
	x = v["is_interrupt"];
	if (x !== void 0) out["is_interrupt"] = n34(x, p, "is_interrupt", iss);
	else if ("is_interrupt" in v) out["is_interrupt"] = void 0;
	x = v["duration_ms"];
	if (x !== void 0) out["duration_ms"] = n32(x, p, "duration_ms", iss);
	else if ("duration_ms" in v) out["duration_ms"] = void 0;
	x = v["stop_hook_active"];
	if (x !== void 0) out["stop_hook_active"] = n34(x, p, "stop_hook_active", iss);
	else if ("stop_hook_active" in v) out["stop_hook_active"] = void 0;
	x = v["last_assistant_message"];
	if (x !== void 0) out["last_assistant_message"] = n8(x, p, "last_assistant_message", iss);
	else if ("last_assistant_message" in v) out["last_assistant_message"] = void 0;
	x = v["agent_transcript_path"];
	if (x !== void 0) out["agent_transcript_path"] = n9(x, p, "agent_transcript_path", iss);
	else if ("agent_transcript_path" in v) out["agent_transcript_path"] = void 0;
	x = v["trigger"];
	if (x !== void 0) out["trigger"] = n9(x, p, "trigger", iss);
	else if ("trigger" in v) out["trigger"] = void 0;
	x = v["custom_instructions"];
	if (x !== void 0) out["custom_instructions"] = n8(x, p, "custom_instructions", iss);
	else if ("custom_instructions" in v) out["custom_instructions"] = void 0;
	x = v["reason"];
	if (x !== void 0) out["reason"] = n9(x, p, "reason", iss);
	else if ("reason" in v) out["reason"] = void 0;
	x = v["file_path"];
	if (x !== void 0) out["file_path"] = n9(x, p, "file_path", iss);
	else if ("file_path" in v) out["file_path"] = void 0;
	x = v["event"];
	if (x !== void 0) out["event"] = n9(x, p, "event", iss);
	else if ("event" in v) out["event"] = void 0;
	x = v["message"];
	if (x !== void 0) out["message"] = n9(x, p, "message", iss);
	else if ("message" in v) out["message"] = void 0;
	x = v["notification_type"];
	if (x !== void 0) out["notification_type"] = n9(x, p, "notification_type", iss);
	else if ("notification_type" in v) out["notification_type"] = void 0;
	x = v["session_title"];
	if (x !== void 0) out["session_title"] = n9(x, p, "session_title", iss);
	else if ("session_title" in v) out["session_title"] = void 0;
	for (const key in v) {
		if (K13.has(key) || key === "__proto__") continue;
		out[key] = v[key];
	}
	if (k !== null) p.pop();
	return out;
}
function n46(v, p, k, iss) {
	if (!isObject(v)) {
		fail(iss, p, k, expected("an object", v));
		return v;
	}
	if (k !== null) p.push(k);
	const out = {};
	let x;
	x = v["continue"];
	if (x !== void 0) out["continue"] = n34(x, p, "continue", iss);
	else if ("continue" in v) out["continue"] = void 0;
	x = v["stopReason"];
	if (x !== void 0) out["stopReason"] = n9(x, p, "stopReason", iss);
	else if ("stopReason" in v) out["stopReason"] = void 0;
	x = v["suppressOutput"];
	if (x !== void 0) out["suppressOutput"] = n34(x, p, "suppressOutput", iss);
	else if ("suppressOutput" in v) out["suppressOutput"] = void 0;
	x = v["systemMessage"];
	if (x !== void 0) out["systemMessage"] = n9(x, p, "systemMessage", iss);
	else if ("systemMessage" in v) out["systemMessage"] = void 0;
	x = v["decision"];
	if (x !== void 0) out["decision"] = n47(x, p, "decision", iss);
	else if ("decision" in v) out["decision"] = void 0;
	x = v["reason"];
	if (x !== void 0) out["reason"] = n9(x, p, "reason", iss);
	else if ("reason" in v) out["reason"] = void 0;
	x = v["hookSpecificOutput"];
	if (x !== void 0) out["hookSpecificOutput"] = n48(x, p, "hookSpecificOutput", iss);
	else if ("hookSpecificOutput" in v) out["hookSpecificOutput"] = void 0;
	for (const key in v) {
		if (K14.has(key) || key === "__proto__") continue;
		out[key] = v[key];
	}
	if (k !== null) p.pop();
	return out;
}
function n47(v, p, k, iss) {
	if (typeof v !== "string") {
		fail(iss, p, k, expected("a string", v));
		return v;
	}
	if (!E15.has(v)) {
		fail(iss, p, k, "expected one of \"block\", \"approve\"");
		return v;
	}
	return v;
}
function n48(v, p, k, iss) {
	if (!isObject(v)) {
		fail(iss, p, k, expected("an object", v));
		return v;
	}
	if (k !== null) p.push(k);
	const out = {};
	let x;
	if (!("hookEventName" in v)) fail(iss, p, "hookEventName", "required");
	else out["hookEventName"] = n9(v["hookEventName"], p, "hookEventName", iss);
	x = v["additionalContext"];
	if (x !== void 0) out["additionalContext"] = n49(x, p, "additionalContext", iss);
	else if ("additionalContext" in v) out["additionalContext"] = void 0;
	x = v["permissionDecision"];
	if (x !== void 0) out["permissionDecision"] = n50(x, p, "permissionDecision", iss);
	else if ("permissionDecision" in v) out["permissionDecision"] = void 0;
	x = v["permissionDecisionReason"];
	if (x !== void 0) out["permissionDecisionReason"] = n9(x, p, "permissionDecisionReason", iss);
	else if ("permissionDecisionReason" in v) out["permissionDecisionReason"] = void 0;
	for (const key in v) {
		if (K16.has(key) || key === "__proto__") continue;
		out[key] = v[key];
	}
	if (k !== null) p.pop();
	return out;
}
function n49(v, p, k, iss) {
	if (typeof v !== "string") {
		fail(iss, p, k, expected("a string", v));
		return v;
	}
	if (v.length > 1e4 && codePointLength(v) > 1e4) fail(iss, p, k, "must be at most 10000 characters");
	return v;
}
function n50(v, p, k, iss) {
	if (typeof v !== "string") {
		fail(iss, p, k, expected("a string", v));
		return v;
	}
	if (!E17.has(v)) {
		fail(iss, p, k, "expected one of \"allow\", \"deny\", \"ask\", \"defer\"");
		return v;
	}
	return v;
}
function n51(v, p, k, iss) {
	if (!isObject(v)) {
		fail(iss, p, k, expected("an object", v));
		return v;
	}
	if (k !== null) p.push(k);
	const out = {};
	let x;
	if (!("timestamp" in v)) fail(iss, p, "timestamp", "required");
	else out["timestamp"] = n32(v["timestamp"], p, "timestamp", iss);
	x = v["cell_id"];
	if (x !== void 0) out["cell_id"] = n8(x, p, "cell_id", iss);
	else if ("cell_id" in v) out["cell_id"] = void 0;
	x = v["kind"];
	if (x !== void 0) out["kind"] = n9(x, p, "kind", iss);
	else if ("kind" in v) out["kind"] = void 0;
	for (const key in v) {
		if (K18.has(key) || key === "__proto__") continue;
		out[key] = v[key];
	}
	if (k !== null) p.pop();
	return out;
}
function n52(v, p, k, iss) {
	if (!isObject(v)) {
		fail(iss, p, k, expected("an object", v));
		return v;
	}
	if (k !== null) p.push(k);
	const out = {};
	if (!("schema_version" in v)) fail(iss, p, "schema_version", "required");
	else out["schema_version"] = n37(v["schema_version"], p, "schema_version", iss);
	if (!("metadata" in v)) fail(iss, p, "metadata", "required");
	else out["metadata"] = n53(v["metadata"], p, "metadata", iss);
	out["activation"] = n65(v["activation"], p, "activation", iss);
	out["context"] = n71(v["context"], p, "context", iss);
	out["budget"] = n88(v["budget"], p, "budget", iss);
	out["cells"] = n95(v["cells"], p, "cells", iss);
	out["trajectory"] = n99(v["trajectory"], p, "trajectory", iss);
	for (const key in v) {
		if (K19.has(key) || key === "__proto__") continue;
		out[key] = v[key];
	}
	if (k !== null) p.pop();
	return out;
}
function n53(v, p, k, iss) {
	if (!isObject(v)) {
		fail(iss, p, k, expected("an object", v));
		return v;
	}
	if (k !== null) p.push(k);
	const out = {};
	if (!("session_id" in v)) fail(iss, p, "session_id", "required");
	else out["session_id"] = n54(v["session_id"], p, "session_id", iss);
	if (!("created_at" in v)) fail(iss, p, "created_at", "required");
	else out["created_at"] = n2(v["created_at"], p, "created_at", iss);
	if (!("updated_at" in v)) fail(iss, p, "updated_at", "required");
	else out["updated_at"] = n2(v["updated_at"], p, "updated_at", iss);
	out["ended_at"] = n3(v["ended_at"], p, "ended_at", iss);
	out["cwd"] = n7(v["cwd"], p, "cwd", iss);
	out["claude_transcript_path"] = n7(v["claude_transcript_path"], p, "claude_transcript_path", iss);
	out["rlm_version"] = n55(v["rlm_version"], p, "rlm_version", iss);
	out["parent_session_id"] = n56(v["parent_session_id"], p, "parent_session_id", iss);
	out["fork_point"] = n58(v["fork_point"], p, "fork_point", iss);
	out["session_type"] = n61(v["session_type"], p, "session_type", iss);
	out["tags"] = n63(v["tags"], p, "tags", iss);
	out["description"] = n7(v["description"], p, "description", iss);
	for (const key in v) {
		if (K20.has(key) || key === "__proto__") continue;
		out[key] = v[key];
	}
	if (k !== null) p.pop();
	return out;
}
function n54(v, p, k, iss) {
	if (typeof v !== "string") {
		fail(iss, p, k, expected("a string", v));
		return v;
	}
	if (v.length < 2 && codePointLength(v) < 1) fail(iss, p, k, "must not be empty");
	if (v.length > 128 && codePointLength(v) > 128) fail(iss, p, k, "must be at most 128 characters");
	return v;
}
function n55(v, p, k, iss) {
	if (v === void 0) return "0.1.0";
	return n9(v, p, k, iss);
}
function n56(v, p, k, iss) {
	if (v === void 0) return null;
	return n57(v, p, k, iss);
}
function n57(v, p, k, iss) {
	if (v === null) return null;
	return n54(v, p, k, iss);
}
function n58(v, p, k, iss) {
	if (v === void 0) return null;
	return n59(v, p, k, iss);
}
function n59(v, p, k, iss) {
	if (v === null) return null;
	return n60(v, p, k, iss);
}
function n60(v, p, k, iss) {
	if (!isObject(v)) {
		fail(iss, p, k, expected("an object", v));
		return v;
	}
	if (k !== null) p.push(k);
	const out = {};
	if (!("forked_at" in v)) fail(iss, p, "forked_at", "required");
	else out["forked_at"] = n2(v["forked_at"], p, "forked_at", iss);
	if (!("parent_updated_at" in v)) fail(iss, p, "parent_updated_at", "required");
	else out["parent_updated_at"] = n2(v["parent_updated_at"], p, "parent_updated_at", iss);
	if (!("parent_cell_count" in v)) fail(iss, p, "parent_cell_count", "required");
	else out["parent_cell_count"] = n29(v["parent_cell_count"], p, "parent_cell_count", iss);
	for (const key in v) {
		if (K21.has(key) || key === "__proto__") continue;
		out[key] = v[key];
	}
	if (k !== null) p.pop();
	return out;
}
function n61(v, p, k, iss) {
	if (v === void 0) return "default";
	return n62(v, p, k, iss);
}
function n62(v, p, k, iss) {
	if (typeof v !== "string") {
		fail(iss, p, k, expected("a string", v));
		return v;
	}
	if (!E22.has(v)) {
		fail(iss, p, k, "expected one of \"default\", \"migrated\", \"fork\", \"checkpoint\"");
		return v;
	}
	return v;
}
function n63(v, p, k, iss) {
	if (v === void 0) return [];
	return n64(v, p, k, iss);
}
function n64(v, p, k, iss) {
	if (!Array.isArray(v)) {
		fail(iss, p, k, expected("an array", v));
		return v;
	}
	if (k !== null) p.push(k);
	const n = v.length;
	const out = new Array(n);
	for (let i = 0; i < n; i++) out[i] = n9(v[i], p, i, iss);
	if (k !== null) p.pop();
	return out;
}
function n65(v, p, k, iss) {
	if (v === void 0) return {
		"rlm_active": false,
		"activation_mode": "complexity",
		"activation_reason": null,
		"complexity_score": null,
		"current_depth": 0,
		"max_depth": 2
	};
	return n66(v, p, k, iss);
}
function n66(v, p, k, iss) {
	if (!isObject(v)) {
		fail(iss, p, k, expected("an object", v));
		return v;
	}
	if (k !== null) p.push(k);
	const out = {};
	out["rlm_active"] = n33(v["rlm_active"], p, "rlm_active", iss);
	out["activation_mode"] = n67(v["activation_mode"], p, "activation_mode", iss);
	out["activation_reason"] = n7(v["activation_reason"], p, "activation_reason", iss);
	out["complexity_score"] = n30(v["complexity_score"], p, "complexity_score", iss);
	out["current_depth"] = n28(v["current_depth"], p, "current_depth", iss);
	out["max_depth"] = n69(v["max_depth"], p, "max_depth", iss);
	for (const key in v) {
		if (K23.has(key) || key === "__proto__") continue;
		out[key] = v[key];
	}
	if (k !== null) p.pop();
	return out;
}
function n67(v, p, k, iss) {
	if (v === void 0) return "complexity";
	return n68(v, p, k, iss);
}
function n68(v, p, k, iss) {
	if (typeof v !== "string") {
		fail(iss, p, k, expected("a string", v));
		return v;
	}
	if (!E24.has(v)) {
		fail(iss, p, k, "expected one of \"complexity\", \"manual\", \"always\", \"never\"");
		return v;
	}
	return v;
}
function n69(v, p, k, iss) {
	if (v === void 0) return 2;
	return n70(v, p, k, iss);
}
function n70(v, p, k, iss) {
	if (typeof v !== "number" || !Number.isFinite(v)) {
		fail(iss, p, k, expected("a finite number", v));
		return v;
	}
	if (!Number.isInteger(v)) {
		fail(iss, p, k, "expected an integer, got " + v);
		return v;
	}
	if (v < 1) fail(iss, p, k, "must be >= 1");
	if (v > 3) fail(iss, p, k, "must be <= 3");
	return v;
}
function n71(v, p, k, iss) {
	if (v === void 0) return {
		"files": {},
		"tool_outputs": [],
		"working_memory": {}
	};
	return n72(v, p, k, iss);
}
function n72(v, p, k, iss) {
	if (!isObject(v)) {
		fail(iss, p, k, expected("an object", v));
		return v;
	}
	if (k !== null) p.push(k);
	const out = {};
	out["files"] = n73(v["files"], p, "files", iss);
	out["tool_outputs"] = n79(v["tool_outputs"], p, "tool_outputs", iss);
	out["working_memory"] = n87(v["working_memory"], p, "working_memory", iss);
	for (const key in v) {
		if (K25.has(key) || key === "__proto__") continue;
		out[key] = v[key];
	}
	if (k !== null) p.pop();
	return out;
}
function n73(v, p, k, iss) {
	if (v === void 0) return {};
	return n74(v, p, k, iss);
}
function n74(v, p, k, iss) {
	if (!isPlainObject(v)) {
		fail(iss, p, k, expected("an object", v));
		return v;
	}
	if (k !== null) p.push(k);
	const out = {};
	for (const key of Object.keys(v)) {
		if (key === "__proto__") continue;
		out[key] = n75(v[key], p, key, iss);
	}
	if (hasSymbolKey(v)) fail(iss, p, null, "symbol keys are not allowed");
	if (k !== null) p.pop();
	return out;
}
function n75(v, p, k, iss) {
	if (!isObject(v)) {
		fail(iss, p, k, expected("an object", v));
		return v;
	}
	if (k !== null) p.push(k);
	const out = {};
	if (!("hash" in v)) fail(iss, p, "hash", "required");
	else out["hash"] = n76(v["hash"], p, "hash", iss);
	if (!("size_bytes" in v)) fail(iss, p, "size_bytes", "required");
	else out["size_bytes"] = n78(v["size_bytes"], p, "size_bytes", iss);
	if (!("first_access" in v)) fail(iss, p, "first_access", "required");
	else out["first_access"] = n2(v["first_access"], p, "first_access", iss);
	if (!("last_access" in v)) fail(iss, p, "last_access", "required");
	else out["last_access"] = n2(v["last_access"], p, "last_access", iss);
	for (const key in v) {
		if (K26.has(key) || key === "__proto__") continue;
		out[key] = v[key];
	}
	if (k !== null) p.pop();
	return out;
}
function n76(v, p, k, iss) {
	if (v === null) return null;
	return n77(v, p, k, iss);
}
function n77(v, p, k, iss) {
	if (typeof v !== "string") {
		fail(iss, p, k, expected("a string", v));
		return v;
	}
	if (!R27.test(v)) fail(iss, p, k, "must match ^sha256:[0-9a-f]{64}$");
	return v;
}
function n78(v, p, k, iss) {
	if (v === null) return null;
	return n29(v, p, k, iss);
}
function n79(v, p, k, iss) {
	if (v === void 0) return [];
	return n80(v, p, k, iss);
}
function n80(v, p, k, iss) {
	if (!Array.isArray(v)) {
		fail(iss, p, k, expected("an array", v));
		return v;
	}
	if (k !== null) p.push(k);
	const n = v.length;
	const out = new Array(n);
	for (let i = 0; i < n; i++) out[i] = n81(v[i], p, i, iss);
	if (k !== null) p.pop();
	if (n > 100) fail(iss, p, k, "must have at most 100 items");
	return out;
}
function n81(v, p, k, iss) {
	if (!isObject(v)) {
		fail(iss, p, k, expected("an object", v));
		return v;
	}
	if (k !== null) p.push(k);
	const out = {};
	if (!("tool_name" in v)) fail(iss, p, "tool_name", "required");
	else out["tool_name"] = n9(v["tool_name"], p, "tool_name", iss);
	if (!("content_preview" in v)) fail(iss, p, "content_preview", "required");
	else out["content_preview"] = n82(v["content_preview"], p, "content_preview", iss);
	if (!("exit_code" in v)) fail(iss, p, "exit_code", "required");
	else out["exit_code"] = n83(v["exit_code"], p, "exit_code", iss);
	if (!("timestamp" in v)) fail(iss, p, "timestamp", "required");
	else out["timestamp"] = n2(v["timestamp"], p, "timestamp", iss);
	out["cell_id"] = n85(v["cell_id"], p, "cell_id", iss);
	for (const key in v) {
		if (K28.has(key) || key === "__proto__") continue;
		out[key] = v[key];
	}
	if (k !== null) p.pop();
	return out;
}
function n82(v, p, k, iss) {
	if (typeof v !== "string") {
		fail(iss, p, k, expected("a string", v));
		return v;
	}
	if (v.length > 1e3 && codePointLength(v) > 1e3) fail(iss, p, k, "must be at most 1000 characters");
	return v;
}
function n83(v, p, k, iss) {
	if (v === null) return null;
	return n84(v, p, k, iss);
}
function n84(v, p, k, iss) {
	if (typeof v !== "number" || !Number.isFinite(v)) {
		fail(iss, p, k, expected("a finite number", v));
		return v;
	}
	if (!Number.isInteger(v)) {
		fail(iss, p, k, "expected an integer, got " + v);
		return v;
	}
	if (v < -9007199254740991) fail(iss, p, k, "must be >= -9007199254740991");
	if (v > 9007199254740991) fail(iss, p, k, "must be <= 9007199254740991");
	return v;
}
function n85(v, p, k, iss) {
	if (v === void 0) return null;
	return n86(v, p, k, iss);
}
function n86(v, p, k, iss) {
	if (v === null) return null;
	return n1(v, p, k, iss);
}
function n87(v, p, k, iss) {
	if (v === void 0) return {};
	return n35(v, p, k, iss);
}
function n88(v, p, k, iss) {
	if (v === void 0) return {
		"total_tokens_used": 0,
		"total_recursive_calls": 0,
		"max_recursive_calls": 50,
		"cost_usd": 0,
		"by_model": {}
	};
	return n89(v, p, k, iss);
}
function n89(v, p, k, iss) {
	if (!isObject(v)) {
		fail(iss, p, k, expected("an object", v));
		return v;
	}
	if (k !== null) p.push(k);
	const out = {};
	out["total_tokens_used"] = n28(v["total_tokens_used"], p, "total_tokens_used", iss);
	out["total_recursive_calls"] = n28(v["total_recursive_calls"], p, "total_recursive_calls", iss);
	out["max_recursive_calls"] = n90(v["max_recursive_calls"], p, "max_recursive_calls", iss);
	out["cost_usd"] = n91(v["cost_usd"], p, "cost_usd", iss);
	out["by_model"] = n92(v["by_model"], p, "by_model", iss);
	for (const key in v) {
		if (K29.has(key) || key === "__proto__") continue;
		out[key] = v[key];
	}
	if (k !== null) p.pop();
	return out;
}
function n90(v, p, k, iss) {
	if (v === void 0) return 50;
	return n29(v, p, k, iss);
}
function n91(v, p, k, iss) {
	if (v === void 0) return 0;
	return n2(v, p, k, iss);
}
function n92(v, p, k, iss) {
	if (v === void 0) return {};
	return n93(v, p, k, iss);
}
function n93(v, p, k, iss) {
	if (!isPlainObject(v)) {
		fail(iss, p, k, expected("an object", v));
		return v;
	}
	if (k !== null) p.push(k);
	const out = {};
	for (const key of Object.keys(v)) {
		if (key === "__proto__") continue;
		out[key] = n94(v[key], p, key, iss);
	}
	if (hasSymbolKey(v)) fail(iss, p, null, "symbol keys are not allowed");
	if (k !== null) p.pop();
	return out;
}
function n94(v, p, k, iss) {
	if (!isObject(v)) {
		fail(iss, p, k, expected("an object", v));
		return v;
	}
	if (k !== null) p.push(k);
	const out = {};
	if (!("calls" in v)) fail(iss, p, "calls", "required");
	else out["calls"] = n29(v["calls"], p, "calls", iss);
	if (!("tokens" in v)) fail(iss, p, "tokens", "required");
	else out["tokens"] = n29(v["tokens"], p, "tokens", iss);
	if (!("cost_usd" in v)) fail(iss, p, "cost_usd", "required");
	else out["cost_usd"] = n2(v["cost_usd"], p, "cost_usd", iss);
	for (const key in v) {
		if (K30.has(key) || key === "__proto__") continue;
		out[key] = v[key];
	}
	if (k !== null) p.pop();
	return out;
}
function n95(v, p, k, iss) {
	if (v === void 0) return {
		"count": 0,
		"index_path": "cells/index.json"
	};
	return n96(v, p, k, iss);
}
function n96(v, p, k, iss) {
	if (!isObject(v)) {
		fail(iss, p, k, expected("an object", v));
		return v;
	}
	if (k !== null) p.push(k);
	const out = {};
	out["count"] = n28(v["count"], p, "count", iss);
	out["index_path"] = n97(v["index_path"], p, "index_path", iss);
	for (const key in v) {
		if (K31.has(key) || key === "__proto__") continue;
		out[key] = v[key];
	}
	if (k !== null) p.pop();
	return out;
}
function n97(v, p, k, iss) {
	if (v === void 0) return "cells/index.json";
	return n98(v, p, k, iss);
}
function n98(v, p, k, iss) {
	if (typeof v !== "string") {
		fail(iss, p, k, expected("a string", v));
		return v;
	}
	if (v !== "cells/index.json") {
		fail(iss, p, k, "expected \"cells/index.json\"");
		return v;
	}
	return v;
}
function n99(v, p, k, iss) {
	if (v === void 0) return {
		"events_count": 0,
		"export_path": null
	};
	return n100(v, p, k, iss);
}
function n100(v, p, k, iss) {
	if (!isObject(v)) {
		fail(iss, p, k, expected("an object", v));
		return v;
	}
	if (k !== null) p.push(k);
	const out = {};
	out["events_count"] = n28(v["events_count"], p, "events_count", iss);
	out["export_path"] = n7(v["export_path"], p, "export_path", iss);
	for (const key in v) {
		if (K32.has(key) || key === "__proto__") continue;
		out[key] = v[key];
	}
	if (k !== null) p.pop();
	return out;
}
/** One validator per committed JSON Schema, by document name. */
const DOCUMENT_CHECKS = {
	"cell": n0,
	"cell-index": n36,
	"file-access-line": n41,
	"hook-input": n45,
	"hook-output": n46,
	"reasoning-line": n51,
	"session": n52
};
const sessionStateCheck = n52;
const sessionMetadataCheck = n53;
const fileEntryCheck = n75;
const toolOutputPreviewCheck = n81;
function validate(check, document, value, file) {
	const r = runCheck(check, value);
	if (!r.ok) throw new ValidationError(document, r.issues, file);
	return r.value;
}
function safe(fn, ...kinds) {
	try {
		return {
			ok: true,
			value: fn()
		};
	} catch (err) {
		if (kinds.some((k) => err instanceof k)) return {
			ok: false,
			error: err
		};
		throw err;
	}
}
/**
* session.json of any supported version → the current state (older documents upgraded in
* memory). Throws SchemaVersionError for a newer version, ValidationError otherwise.
* The zod-free twin of `parseSession`.
*/
function validateSession(value, file) {
	assertNoProtoKeysInSession(value, file);
	return validate(sessionStateCheck, "session.json", upgradeSessionDocument(value, file), file);
}
/** A cell file → the cell with defaults filled (the zod-free twin of `parseCell`). */
function validateCell(value, file) {
	assertNoProtoKeysInCell(value, file);
	return validate(DOCUMENT_CHECKS.cell, "cell", value, file);
}
function safeValidateCell(value, file) {
	return safe(() => validateCell(value, file), ValidationError);
}
function validateFileAccessLine(value, file) {
	return validate(DOCUMENT_CHECKS["file-access-line"], "file-access line", value, file);
}
function validateReasoningLine(value, file) {
	return validate(DOCUMENT_CHECKS["reasoning-line"], "reasoning line", value, file);
}
/** A current-version session state as is (no upgrade, no `__proto__` check, no throw). */
function checkSessionState(value) {
	return runCheck(sessionStateCheck, value);
}
/** `metadata` of session.json. */
function checkSessionMetadata(value) {
	return runCheck(sessionMetadataCheck, value);
}
/** One `context.files` entry. */
function checkFileEntry(value) {
	return runCheck(fileEntryCheck, value);
}
/** One `context.tool_outputs` preview. */
function checkToolOutputPreview(value) {
	return runCheck(toolOutputPreviewCheck, value);
}
/** Any committed document by its schema name (`session`, `cell`, `legacy-state`, …), as is. */
function checkDocument(name, value) {
	return runCheck(DOCUMENT_CHECKS[name], value);
}
Object.keys(DOCUMENT_CHECKS).sort();
/** A file that cannot be read as what it should be. It is reported, never replaced or deleted. */
var CorruptFileError = class extends RlmError {
	path;
	reason;
	constructor(path, reason, cause) {
		super("ERR_RLM_CORRUPT_FILE", `corrupt file ${path}: ${reason}`, {
			hint: "the file was left as it is; inspect or restore it by hand",
			cause
		});
		this.name = "CorruptFileError";
		this.path = path;
		this.reason = reason;
	}
};
/** An id (session, cell) that is not a plain id: refused before anything touches the disk. */
var InvalidIdError = class extends RlmError {
	kind;
	value;
	constructor(kind, value, reason) {
		const shown = typeof value === "string" ? JSON.stringify(value.slice(0, 80)) : String(typeof value);
		super("ERR_RLM_INVALID_ID", `invalid ${kind} ${shown}: ${reason}`, { hint: kind === "cell_id" ? "cell ids look like cell_ followed by 8 lowercase hex digits" : "use 1-128 characters from A-Z a-z 0-9 . _ - (no path separators, no '..', not starting with '.')" });
		this.name = "InvalidIdError";
		this.kind = kind;
		this.value = typeof value === "string" ? value : String(value);
	}
};
/** Names that live beside the sessions in the root: a session may never take one. */
const RESERVED_SESSION_IDS = new Set([
	"current",
	"archive",
	"migration-backup",
	"hook-errors.log",
	"locks"
]);
const PLAIN_ID = /^[A-Za-z0-9_-][A-Za-z0-9._-]*$/;
const CELL_ID_PATTERN = /^cell_[0-9a-f]{8}$/;
/** Why `value` is not a plain session id, or null when it is one. */
function sessionIdProblem(value) {
	if (typeof value !== "string") return "not a string";
	if (value.length === 0) return "empty";
	if (value.length > 128) return `longer than 128 characters`;
	if (value.includes("\0")) return "contains NUL";
	if (/[\u0000-\u001f\u007f]/.test(value)) return "contains a control character";
	if (value.includes("/") || value.includes("\\")) return "contains a path separator";
	if (value.includes("..")) return "contains '..'";
	if (!PLAIN_ID.test(value)) return "contains characters outside A-Z a-z 0-9 . _ - or starts with '.'";
	if (RESERVED_SESSION_IDS.has(value) || value.endsWith(".tmp") || value.endsWith(".lock")) return "is a reserved name";
	return null;
}
function isSessionId(value) {
	return sessionIdProblem(value) === null;
}
/** Throws InvalidIdError unless `value` is a plain session id. */
function assertSessionId(value) {
	const problem = sessionIdProblem(value);
	if (problem !== null) throw new InvalidIdError("session_id", value, problem);
}
function isCellId(value) {
	return typeof value === "string" && CELL_ID_PATTERN.test(value);
}
/** Throws InvalidIdError unless `value` is `cell_` + 8 lowercase hex digits. */
function assertCellId(value) {
	if (!isCellId(value)) throw new InvalidIdError("cell_id", value, typeof value === "string" ? "does not match cell_[0-9a-f]{8}" : "not a string");
}
function pathOf(frame, base) {
	const parts = [];
	for (let f = frame; f !== null && f.key !== null; f = f.parent) parts.push(String(f.key));
	parts.reverse();
	if (base !== "") parts.unshift(base);
	return parts.join(".");
}
function describe(value) {
	switch (typeof value) {
		case "string":
		case "boolean": return null;
		case "number": return Number.isFinite(value) ? null : `${value} is not a JSON number (JSON would write null)`;
		case "bigint": return "a BigInt is not JSON (convert it to a number or a string)";
		case "function": return "a function is not JSON (it would be dropped)";
		case "symbol": return "a symbol is not JSON (it would be dropped)";
		case "undefined": return "undefined is not JSON";
		default: return null;
	}
}
function objectProblem(value) {
	if (Array.isArray(value)) return null;
	const proto = Object.getPrototypeOf(value);
	if (proto !== Object.prototype && proto !== null) {
		const name = proto?.constructor?.name;
		return `${typeof name === "string" && name !== "" ? `a ${name}` : "an object with a prototype"} is not a plain JSON object`;
	}
	for (const sym of Object.getOwnPropertySymbols(value)) if (Object.prototype.propertyIsEnumerable.call(value, sym)) return `the symbol key ${String(sym)} is not JSON (it would be dropped)`;
	return null;
}
const FAST_DEPTH = 64;
const FAST_NODES = 1e6;
/**
* The fast check (every save runs it): plain recursion, no allocation. false means "maybe
* not": a problem, or nesting deeper than FAST_DEPTH (a cycle always is), or a very large
* or heavily shared value; the precise walk below then decides and names the place.
*/
function plainJson(v, depth, budget) {
	switch (typeof v) {
		case "string":
		case "boolean": return true;
		case "number": return Number.isFinite(v);
		case "object": {
			if (v === null) return true;
			if (depth >= FAST_DEPTH || --budget.nodes < 0) return false;
			if (Array.isArray(v)) {
				for (let i = 0; i < v.length; i++) {
					const x = v[i];
					if (x === void 0 || !plainJson(x, depth + 1, budget)) return false;
				}
				return true;
			}
			const proto = Object.getPrototypeOf(v);
			if (proto !== Object.prototype && proto !== null) return false;
			if (Object.getOwnPropertySymbols(v).length > 0) return false;
			for (const k in v) {
				const x = v[k];
				if (x !== void 0 && !plainJson(x, depth + 1, budget)) return false;
			}
			return true;
		}
		default: return false;
	}
}
/**
* The first place where `value` is not plain JSON, or null when JSON.stringify → JSON.parse
* gives back an equal value (up to `-0`, and object keys whose value is `undefined`).
*/
function jsonValueProblem(value, basePath = "") {
	if (plainJson(value, 0, { nodes: FAST_NODES })) return null;
	return locateProblem(value, basePath);
}
function locateProblem(value, basePath) {
	const onPath = /* @__PURE__ */ new Set();
	const done = /* @__PURE__ */ new WeakSet();
	const stack = [{
		value,
		parent: null,
		key: null,
		exit: false
	}];
	while (stack.length > 0) {
		const frame = stack.pop();
		const v = frame.value;
		if (typeof v !== "object" || v === null) {
			const message = describe(v);
			if (message !== null) return {
				path: pathOf(frame, basePath),
				message
			};
			continue;
		}
		if (frame.exit) {
			onPath.delete(v);
			done.add(v);
			continue;
		}
		if (done.has(v)) continue;
		if (onPath.has(v)) return {
			path: pathOf(frame, basePath),
			message: "a cycle (the value contains itself)"
		};
		const problem = objectProblem(v);
		if (problem !== null) return {
			path: pathOf(frame, basePath),
			message: problem
		};
		onPath.add(v);
		stack.push({
			value: v,
			parent: frame.parent,
			key: frame.key,
			exit: true
		});
		if (Array.isArray(v)) for (let i = v.length - 1; i >= 0; i--) {
			if (v[i] === void 0) {
				const hole = !(i in v);
				return {
					path: pathOf({
						value: void 0,
						parent: frame,
						key: i,
						exit: false
					}, basePath),
					message: `${hole ? "a hole" : "undefined"} in an array is not JSON (JSON would write null)`
				};
			}
			stack.push({
				value: v[i],
				parent: frame,
				key: i,
				exit: false
			});
		}
		else {
			const keys = Object.keys(v);
			for (let i = keys.length - 1; i >= 0; i--) {
				const k = keys[i];
				const child = v[k];
				if (child !== void 0) stack.push({
					value: child,
					parent: frame,
					key: k,
					exit: false
				});
			}
		}
	}
	return null;
}
/** Throws ValidationError (ERR_RLM_VALIDATION) naming the dot path of the first non-JSON value. */
function assertJsonValue(value, document, file, basePath = "") {
	const problem = jsonValueProblem(value, basePath);
	if (problem !== null) throw new ValidationError(document, [problem], file);
}
//#endregion
Object.defineProperty(exports, "CELL_STATUSES", {
	enumerable: true,
	get: function() {
		return CELL_STATUSES;
	}
});
Object.defineProperty(exports, "CELL_TYPES", {
	enumerable: true,
	get: function() {
		return CELL_TYPES;
	}
});
Object.defineProperty(exports, "CorruptFileError", {
	enumerable: true,
	get: function() {
		return CorruptFileError;
	}
});
Object.defineProperty(exports, "RlmError", {
	enumerable: true,
	get: function() {
		return RlmError;
	}
});
Object.defineProperty(exports, "TOOL_OUTPUT_PREVIEW_CHARS", {
	enumerable: true,
	get: function() {
		return TOOL_OUTPUT_PREVIEW_CHARS;
	}
});
Object.defineProperty(exports, "ValidationError", {
	enumerable: true,
	get: function() {
		return ValidationError;
	}
});
Object.defineProperty(exports, "assertCellId", {
	enumerable: true,
	get: function() {
		return assertCellId;
	}
});
Object.defineProperty(exports, "assertJsonValue", {
	enumerable: true,
	get: function() {
		return assertJsonValue;
	}
});
Object.defineProperty(exports, "assertSessionId", {
	enumerable: true,
	get: function() {
		return assertSessionId;
	}
});
Object.defineProperty(exports, "checkDocument", {
	enumerable: true,
	get: function() {
		return checkDocument;
	}
});
Object.defineProperty(exports, "checkFileEntry", {
	enumerable: true,
	get: function() {
		return checkFileEntry;
	}
});
Object.defineProperty(exports, "checkSessionMetadata", {
	enumerable: true,
	get: function() {
		return checkSessionMetadata;
	}
});
Object.defineProperty(exports, "checkSessionState", {
	enumerable: true,
	get: function() {
		return checkSessionState;
	}
});
Object.defineProperty(exports, "checkToolOutputPreview", {
	enumerable: true,
	get: function() {
		return checkToolOutputPreview;
	}
});
Object.defineProperty(exports, "isCellId", {
	enumerable: true,
	get: function() {
		return isCellId;
	}
});
Object.defineProperty(exports, "isRlmError", {
	enumerable: true,
	get: function() {
		return isRlmError;
	}
});
Object.defineProperty(exports, "isSessionId", {
	enumerable: true,
	get: function() {
		return isSessionId;
	}
});
Object.defineProperty(exports, "safeValidateCell", {
	enumerable: true,
	get: function() {
		return safeValidateCell;
	}
});
Object.defineProperty(exports, "validateCell", {
	enumerable: true,
	get: function() {
		return validateCell;
	}
});
Object.defineProperty(exports, "validateFileAccessLine", {
	enumerable: true,
	get: function() {
		return validateFileAccessLine;
	}
});
Object.defineProperty(exports, "validateReasoningLine", {
	enumerable: true,
	get: function() {
		return validateReasoningLine;
	}
});
Object.defineProperty(exports, "validateSession", {
	enumerable: true,
	get: function() {
		return validateSession;
	}
});

},
"rolldown-runtime-twds-ZHy-lYms76FH.cjs": function (exports, require, module, __filename, __dirname, __rlmRequire) {
var __rlmBuiltin = (load) => {
	let m;
	const get = () => m ??= load();
	return new Proxy({}, {
		get: (_, k) => get()[k],
		has: (_, k) => k in get(),
		ownKeys: () => Reflect.ownKeys(get()),
		getOwnPropertyDescriptor: (_, k) => {
			const d = Reflect.getOwnPropertyDescriptor(get(), k);
			return d && {
				...d,
				configurable: true
			};
		}
	});
};
__rlmBuiltin(() => require("node:module"));
//#region ../../packages/repl-bridge/dist/rolldown-runtime-twds-ZHy.mjs
var __defProp = Object.defineProperty;
var __exportAll = (all, no_symbols) => {
	let target = {};
	for (var name in all) __defProp(target, name, {
		get: all[name],
		enumerable: true
	});
	if (!no_symbols) __defProp(target, Symbol.toStringTag, { value: "Module" });
	return target;
};
//#endregion
Object.defineProperty(exports, "__exportAll", {
	enumerable: true,
	get: function() {
		return __exportAll;
	}
});

}
};
const __rlmPacked = {
"cell-op-D_U-aDkr-CQmWwQtz.cjs": "G/kAAEShbWWupGG6jjQ6iaz6pma7EQ5It78raEFxEmB/U4ggoHRuhZCAvcCPs+ici1RxG0FAK0pMvHSn1W8TsZ2uN5L47x8nPy1yv0qXS7DNV0HHQbZ3AOCwVFh3C1bhWKpdHy+JnbWvUBZddgCHbOjlvlvPl4fqMlxtfIVEnwSKGCEg+AEPsoOhu1loJKmYWhv/yUuk2u1tgV0o8Awu9x0JvBkJ",
"cell-summary-DQhuOWJW-CrYJ3GE1.cjs": "G/cBAByFccM9aMX6obSWd/wQBvVLggrIqW1mviRUOs1lEnFtuznlPKHmLfKA47bLffqbGii/P0c0Nob/Oh9WgAFlnIp4O+Ckl3uw+hZYNJNLopHORbECTIXUjPcjkeiETv4S9Awffd2vuOkGzsIKH/IcfWwEkaz322VZjSV9b+Xc5mcqisEmT1INqf4w4likoKVs2oLvX7crA/9ATKJIQzWV+djIrMWgcRpVAJVwkY+QDih0WnSIbE7hobJJy6EmBlSbl4/LymTlicWpMGs9trdzKndK7o+9PTfoPz1owCwKuwXEWlGS+GecY3fLfEJRyKhM194kaKiW9r+jvPTtc1cYitU1kJhIGZxNBA==",
"cells-op-B0Ty-9v8-D32J-KS6.cjs": "GyYDABwFbmsDgpAfJ3hbJ7BTOidm0Nz6SjrwH2aepopZJ7i89AGZnF/ooM2jLNEkDjq4pr39A/r1Vy7DIoHWOPTx7DeMXdQQ9czkCRokZDpUwpT2N9NdqffFYXxADQxzMa2/HS705unGvFirWF1OnRn0Ii7oVy+pUMJXB3PETWk/fpG4SK4Z6wBnCVG73hL98v8xx421k9t3rPRFLf1KRdPYroS2Mgxdcc4LmwjSEY38YaMG/Bv7cvIlDkP3QvQfdKJ7t7jc7bBwe0XlTrkSfCnahYx4MEsYT04qXsqnltOY5Q7iMDRI/Y0SSqGKag7UUri94o03DZM4wZ7hPPwFtG4W8NRyLniTtIFv3V7+Ufb7j+YptXnNchaxOYWUOo6jNbcmFRhC6i/6kLJspaXNLxlNLNekpCtHYhXpMXSoGaJ4Mmag/r2RRC5p0HJFMYmGMMmJmlomv5Qd0xF0vlmcGw4PQa2OtvHGmKgjxJOxcGwD9/fFVFKZTOGr1CsEQopJ3Mn4V7iHHUm2KBNqdHUcv9xt1IDKCg==",
"context-op-CTWCUCWN-wFqsq-Qu.cjs": "G1AHAJwFdltyeIPVb6gkS7bdO+f7GnUbpy+9TAMr/MwtJ2loY+HML0PJTugze5kgCin+01or7fLFCyXuvP/fzolpEsN8ZjFJkUyFECG0jo3x819EMA5R3H7kgV8pjAUg8U9d8N2wLGAAnyP/weFS1SIdnPwJfzNTJb3GauQPAyJDZAqcZhdmA+keYH+psYzRPwWyDGZ3j7P72eMF8sx48/0vVKzRqZoUvwFJGy1Mt4epLP6A+Kxl4KtKo8/45Isg+Mw1f6GdaP/aHfWtY0Mcg1QC29IAzsvvXSNGeioTU+K+LB4xGfQsrM4MBlA1oa1SZanizJt7ecj0UjKTHibsy53ZRMut0DOoHfIrm8tV8U3AhDZ+Wnurkgt2Gl3vMgTbOv0XdCRdRcUSnAnUA8hDHYcCz6wLyCiHU3/+R7EIBfqY6pHGZLqQsxSm1sVN+69Kz4CFapeCpvFAiDtDLqEqZj8d+ZnPO+oGHdMx7ZLIOUz1OIR6xZstCDIDcTvJufuY9KFsDnLIoY/4jEbql24InjHx9MDQ+JxDReR0gkw7sJ0QgyEulqUtr+ZHiHhJFHGJpBJcagokVI4yIQfK/Nvk21xuRXvLqdxeEeOhLX/N32deQ8VKTujefOgqDPh7Ek9wbWd5pmvLPeSvTrWUI6bs/okeud0CQa6jMozekH0kyr6AAZyY3g/SFhWZw1MIzxwHB67qlnsimJVokOUCvRZGLvtplD6aLv83zjGuC8lka5nCILg80G3xuEGQlvVwZSNpWgAwTPznyMPV+s/oUWnnuu/V1NXIv8uLgjRL9TUoBfftxXN3BW4Jv36GREdQXTtCqaWzft1Q/LU5L2Kzg9oJGNieci8=",
"conversation-op-8Rf3Fjpr-CO0VY-Xa.cjs": "G3wFIBwHbmzFaDdfzK0UQArQ9NAtZ1imqxPkqGhoarqZBtVP/p1hW2rVmPqQTlyEsn/79zO5DxEX2McWUDhSkRWy00U4nREV0cDDvDF5CPrh54Oymo/aEhjwLf9/wwWWJ2LRjsAgF8vEIQl3t7ypx/OrVAaHW/ufpYDPaXms89aF4Pvbj3de0UXbXml1DRDtYxMXYtcftIz2iR1mQtra+pvVtNbhU7xzk7cDrHKh2roO2gyHV9g49/KvWGhPwGXpDcPohdAISvPe/G8QdNst/jEY1logJ2ZvkAgCc1Xp+8MSmNoELcPv4BR5KZJKwO94o0DMsOZq34fEKdHOv/MFvXbzx2UDPTAFW8TL06SsSeynbqpFkzN4GNVVDStvAoykIC8P0oCg69igDgYVH7EUDCmN/YBnIW28mAyX1CbcN+u0xLMgjxBRYhDXYYmxq+8rm3AKc6Ac0EwLPdDzXhgODjJ3iy+gsYYayvS3puwvAWFrqRavCphCDPWXyms1rSLATn6d02o9qLwJIXPEEVWN88B2fC/kFIaZSimw3kYhTxvguIpTe/QHWcKopg6MsRtXT1ksQD9L379Af4uge3VRe20uukfPHx3UbqEId7IFvMFS1wLq56M6pGWjberBBehVpXf00XBFa9hQAlbgKhwz2CS9KFJ5my8YyoQmNG4Kj8PJfhlOwV2dCy9OapulzvX//qYwt8OS/vYLfHXj1wVa1OFosCogYv8ovQmtO69VCArpBbeVvgNGiCdAIfJXkfeBARf7i3MQ0upxDDhx6mVygBjsM4REE1Wh9EcJrRjV4TKkfgfOmcGwBgZn4g4=",
"dependency-chain-op-CWOx-RVd-xF1D0RZ8.cjs": "GzsDAIzEOBbxg5CaRf/PmbMs00+HnrLhc0rvEwiaHKcdTXopgJg0XWXLklgQynKX5FnLzeHXsshaLEIjVIWlOM+i3jUrLGe7M3kNECkbRtXMbmOYg9vFfP189gxZY8a6uVuxjVeTtMiIWGJ/fD3bOz7ckX4ZV0lKqTUIJiClGpiMb6mx7GvBgANVhDipq0t6/lvIw5ei68X+8/WXuHsqZLOMSFGK6LXUsEsqFtg3obBwF9QQ/5yzh4+y/uZD61Ym5l3AbiL3hqQ3RVkQjYLUXYYRQhEBWzBmlrfyELJEcwTtqFBG6N6ga0s4yQKUxtb5sq7jHAXLI+yJcuP5Gs4x/clDiOMlSq+LPHrO/stbX8apG6NEVInpb+PcYj998fn4Hgn8osR3bTmJkF3O/wKSJeksFJBtwzpnQiFw2hoyx5UA3ZWc4Ura2R6P9iQZyH951w7F8VXrur8gdWUNby0BYqOHgs8ijat6l2oPYxHnYUKg4mwcraYP6jhRxVvzY0t1A0OsypD4PCGyyXss4qSN2mHRZ7FrCUr+4T/1L8X9si2KGnqHyfY4418Ya6cA",
"dependents-op-BF-SFeOw-Ctn9OFee.cjs": "G3sDAKwKbHBeR6FQxoUB71BQqznP30iIttft9y5TwCu+4TpyTC9VDfqlE1Re+jrlEBPI0iBufvq+UwzPX+g04EwCmaxddnSOplGU3E/3Tn8T01QzfvOvha2lbT08TLMwXUDfs/Pdfn0nQRA78s3NI9CCSJ5MnoAhIXNUwi77n60Kn9ccbjDGWJ1mfztc2JTsyX3ZSeZ3mV/rnJiafE1tIViAAkliPFJXucSyA25UN6KHGl1uJBelvCCbd33lxcRNEAao+MJb7X0jBP0SuQj9l5xtXl76XY5lIYODaIP8hNk+qrlA3SPrQKxQgnFwh3yNIXObIo+g8KHIPZhcAS1s1AeC2uSZE5QKMF4wyygfDMIsmNAal/Fo7zEs3ZkZiJ6UUoPUob687zw+EqsOiPcbB1LpFGN8/CogA75V5MJYB/chi1yjeETKoOpBRokQUVQArNSEBDNrAIWALMWkN/3Ilfzmju0a19D6V4SGA+sSkIsBvZEACnoJ2Lq6BhhGXsgFMoFGLYCTDFCJTyFF9K1GWFysjkULf8+Pscp+FcHS5T6w+bBFzuf+t9eCsZe7W8K1gYfKf+YwdlYOAw==",
"extract-functions-op-CblVEUgH-BJ9NbeC9.cjs": "G6wFQIyTZXZU1dOhm82wTAdULJe3Kbyoo2k9IVKxBFHo8b/fb3XEYmI6IUFL/54niHhTaW4NQiMTCdHSbt3U10Q6/2cERXbV4FoU6eHoXwz3Nz/rjsWAHN/vqJf3wQtmfePXwzIpjIWoksYTkebFEPaoK+echDWHIgXbHQXk+eh9qyfu+ebIERLTEB0ZJlfF5HN2cmZcLg65BYQ6I4soA6/WJ7KKkVya0qD6k0CkByKBOWkg3eTS76F5z1iapHzEVF+JLMhJOnw/e+tc4qhv4pI7/oq+kJLf7Vm6jo/F3Gf8Ym67Uvgt2tbeONiRvXKM86a+GTM/o+8xGluQ2eybmcuKA2zme4x6CzJr1swG3XUYbTQeSX6ViLxRNP6aj1QEBqV+mxk/SedgNefE9KzlGqFB3VJYQvKFHotaZmctie6Yuk1ha+Hg/nvwcSKZpe1xZ7zhqMZnFvbcciNWgt+K+NcGHIDvA1PbaGHJgTqUms7rtflmPT2NuS9KT9eexz6kXB4cIKX0w2f2T49yKzkZC8rjdbar5TR14Z1C4Pu788QI1Ucx5lUG6TaY8er1eWkZAwqR229pifIlsY5bg77EGPj1VR2/65AULjDs3rV0ZOs9goxjYswSvuX7C0GJgmAnDaxtQ5nsjNjxGElACYsDN/Jh861LsGbG0GEzBs5rWK1oqj6KRpa9E4jczs+cg3M+x0Fa3iCidTY8SASXQN1kmOlYA7NcK+OjIY3Fl1cbwZVknIcdQhEfbzCrKGy4hrJDeoVPklNch61zrTQX+dzjFpmtqMcC9hwHwwA=",
"find-relevant-op-BE4YaG6L-D2V6NqXI.cjs": "G/ATAIyTZXZU2fL5/bT+e/LzdcdtYADjbtdhS3u9GBeJkoQU9IipLiiD8wuNpCLM/3f5Dbld05xEC+bd3ORsMtmS+X9bqcm2Dgq5OHBoXKsOKapiGVOfa7tzxRADORCseKZ7JvdIiFXYcwX/E+rvx9b9bNI9JKX63f53uECilxpex/8P/647/nv+8MmLeuMjmocbtFmVhNdXf7349Psv5+Y44LmK1/Gd/P3pxdPT7/9f37qS5F6q+iFE8kvrjUvWnMk5UxckjfVDkvwGzpIf8rbj7z89/U9/8/xHsd94CmXXjsm9D/xhBhJpaIeT7L5JD1gYLC76KHZ1YK09emH4oPWwA9olWoeVGaTDlnDSC2vFpEuvbbqAuhVRmksfJBWi48joNMU4uZHbkUII8Q2AlMWeYl2XFF/m3fhj+ON9P4cvp8mB0lKweychA4VcDJrc8Rqp9trbLOgXa+1hYJHekcQxqnp9cNt7lYWKSw7b7lhWDnTWrbLFV2GuOgKl1jhJFL7tB2TBk5VOI8wN7BEJVbxAIRYkeJ1Nd+cu0kBSqrMsemmvzyTFWgaf2G0dwb8XyI2UoptoDwPkQeAIZyfIzgyY/5JZzuOOHGOkBz2m8h0E8+UZAznTJE4Vi+cuMx66aQ+DoREk7uZofAAbUha4yLgmY0YlB3xGBAqQhcQzhgr9V3mSfbqAWKzfywZyJM2OLk2UckiLkCSZ7C1P4k3wo9bV1ZmeYJfJuFgNuEyy/vCrdu2KpJgu6u3yFP9zrF9fXLBuT+h1byZxg4AqWxT6rR7ENksqIBGxKy5xSE7jTPO4y5WnJiIFwPQdtB5GtOACnSNVzLyTzstLoY2jVrSVA3EsFHvdEVIrWiwqMPQCZwXWVHMFG5kEQomlakiy3JGVxaGjYD/xP9csIWMPKGbzSuqM8nf27WmSjLyp2JR48wYz6vUfWmwMWuRzQ6MeTFzHsu1PJt8sqRmbxvLORIHqZIGgxkQgRXzkLLodJIHThS3fCIKAARLtHGVE7adK9oldu0o74ijiMEglKaRJm0pAmiVSaHuqKXiK8Z9sFBJl6Z1Wy7TTKlkYzNQiRCupmZKN4wPYXHaesRHg6DSlUeQ6ScEfZLgmQ6pfjz8HNbN4LS0Epd0cemzy61doUdV/yLGAmdZqkUrKN9f64gddbxlnTLMzaiCM8o5JxthVWh0jWm2QEf/lnMWtlOBpDlvPBj+dmRakFyjcdJpS66hVrIcvNiiRc2rBSZV1bzkjRmqeUMmfNrdSqiaqFVN8Tt2nWoPWfLoSOc9R1c7UUfWmKhcqtg+10T1Psue9elxiPK5/C5eJ/njnbrevpVhsrR7F+VDbPfLhe6xxt5DoSYzeeFahN5trF9gsCmqLebNEKPLvgvb+HWpsjlo6uKaGub/eHxyphzOj+5U3aKoR5+KyumbFBPfHECPSek4L7+QUJwLM5JGh7X4YsvGnq61xSC2xmvdpYZARHwyE0ngfurcFFb/VSQOhYmcjOPSuYPaKOm6uJMGrTb2Vm4wUSp2AKp7LZBx6U2fIU3t3O2sFItqUxkbBeWpWpLNVzEtglr8VM8mXxFzDcKgoeRYwcCOESJLQZBJCpDG5Oqb1FxdCcQRhXl4iRIyGDDqvjAjvS5+phKQpVHTfRozHtZ5iBKsgngPfNQislvYPlU2q29JIZDRPYxpOM1r3KjcqPZxJ90eILkMNgrS0STM9AURRZkoasdGSv7a+UeWrFEwxRuRTDSSlVNhiRazupamZzSYY9AYgDT2HyoMZ0iEdjHTysAAOLh4c4shWMWtY2SbjmpvIzf6DZ1kFWFhwab8bfYMRa+yH2kbMC7BNJQIyY1CYs4L5OTKZUMJQYNQ6gc8+6Ny2UuSTrteq/ddVXixiGArzS0e61rOvGENvBqUTBrRB+bwyOURRctXNZTckg1Klm7wuLJ1Onl0PrCfDfnxBEXh70LjcNqfqB1jlzYlUounMP3JR3Rk0ubfi1P3RhqjmLgE3alH3CIF/6zrHRIhez9074k+GubtLxp54XXkFhhSh2ij3gROk2y2QE7JOEVIFhpnjhAsiF7pO0aAWEQMcftevvORDOvARfZ+T6b+WYjZJEAEozLOCAuPCbLKToY7BduqzavC54TPTd+vxs+csQgbm/hw6fjV9uhyNrI/WrqSw2HLkdkHUebo22zh4v6C65wa8GiZcOUXknjj12J/sejxipBSipoHpGcjBNR1ZCl6fhnJJ0ZQdqIBmwQeSxS9WL+PC6iZPvz9mXUPoBqxsHTXYgkOYO/mg+BWhKloaypzGIfpFGYQwY0RYKd1TTyFEXqgdC3fzRghtknzwKs2izDQ9uvdSU9MqP/I1Ip/fuYctpdoPTJsR9itWTrpnaZj6djIvii/zsoznZSLM2dSwntYEMiiaRG2U0NaD03sZHD2nQHYWA4cqp7BLQgrINOEMCdl9o3BcEwAWOck+pRHM2plxCAxRWs/tKws+KZmEmDzKl54Ib6YUGQrYpAoqDkFrR5iENrAu45pXP9mrap1de5fHjTnYvP7gIP0V8gA=",
"invalidate-op-8uoX6f6m-DdtJwseQ.cjs": "GxwEAIzDdGtxh4LzKGHS/20zQ0lidzz4f8kOy2uL4FNHvEEUduQaNLdcpzlwf4+ZN7W0CKSFSqq2jK43B1bnPKIMVxEAcOeMRB9Oi+K3zLSGx1tR4u1too+sz9daVp9gfp6/4HUveDSMCY9FreQrpg2yCGSxY4v16dlRu/fRoGidWD/vXKUpbSAY6JF//9WbHMrWtPtfCmqIO3zeRdnF43P/84LVvblpqoLouo3EqRlfGOw9m/VdBpuY/AxxX+a3IzL+erM+FkwM6UtxYwPPYAQ8L2tnJabJ5qyre65D2V5sBaFgNz8R3kORZETGBx7xMgX9HAjl85i/iWAMMtKymsKfW2SvjiD11+5LvmNMwSqNm8S7mky6BRAjh4sUBOypJyj6wQJghTDCr/iMG/2ELb/h3mmuHfMhSK5gvnsAgO/Pky3RLDlko49uUWsFpEAdnI4SI9m1pKhXCAiCpSQbUTiVim3jere1Y1UZDv72TRPZSdh7WxLMaJPRWzEwVOmaHCp36PJ43yazZ6oMEHuqb7udwDi82VLo5Pvc/2T9d+8s2m7zsFgCk8mpKUT5xBQP8GXwFUTDg+D6IWQDRf/Vv45PUTs=",
"llm-op-CnqcJ05q-DiaxQFkD.cjs": "G6IEIBwHzrkrQPDcCG5T5EfXcvbn89qaLFROyYk6TUUXIiRnTDrB5aVvgij0WbQ2Mh5ihNm7fVlMJJQXIh4yoRAqIX9mEc9bcT34PGDyLLhDlAhbaQqgHlcP765/h9+wSamY9B1VuZrfhzGOgXDvZ3Xp5+7tnw/mNl/zmigoHwJv7xy9RfTgkkG//1sMZzYRRBqDEPdNNDhrLUdczy1bvQ7XZthF5SSYtknu7yrp27UBIm005jGpXRcsszdcHiBOTXWQ/Db58cTWwMXdnFFevekFWR4o9uWdu62CyI9rXlj1GF3U0KOUCXabS6mnskk2rRL+28DqgOWjhhh36MEDMfhy09mn6IqOx5QdcxczhHMuT6TzTfB6N55YqRcgHX1E8ggdCi/8Zxe2t/2QgdIkbfu/KnGWrPzjECZ6ZqqMBhLc6NubZQAvD7vWzSi2VmryOLW1pXc7bCkvZOcHfidNoP4faxwel3qhXqHbsu3RW6lXdCSN7MO8tRDxW7noNqWsJ6z8T5ntymCVQF4g96g4iBeJ6msGkpvfmdI8hTix7yV6JS69I5E0q0UOfyJQmSkKdKZWcRK1CiieSSAsKiC+2NztkEkh5Yk3go8zXU8aRuFJWZjnhuB4IKueqtQON4C0H+0QuR8Rqdnu94jodMgcMq/nF52RGZ6zrKQ45nFqYNOXkhc=",
"map-reduce-op-DU7LHTYa-C89OaKyD.cjs": "G5ISABwHbizHK6aduV1Ltbf5vDYdIkB2rqOQUhtiJByTQ6jHTlGrJLz0LQUQ+2+tjAwLHaHsVNXvznbvhGb3AEGFuidzQXAoidy+s9FATmcZzfxt9E1jBEiw9fTr1kxeQkJOqMplW03hQIJ6sxs4XGs6BIbsgSdv9TSJsEKptoqmd3WzZP2JGWRiQHiUHWf7wfaL97vJ5nYtm0kKKuW9q+s/2xenk/Q9kO4wO872g22M//wcXzx8Ptu2GUqVQb2rvt06029bJ9JFe4wdZ5eyzeHl3r17uI1hZOFMV2uQ8/CLc+YQZlqbWdpAmNqwGma6YJJ/OS/Y1vWfo72re82ztxptcRHioY+7aTG2gnMxHOsxGuAYm2AVw0owZD3XRR12ljoP84gTPNla+nHMT8OLIWoOvW2MZrq4VeFx6VMu7Lpz6Al8obKwlX/ULElIcms/t5JIzjS90DkJ/YjRtpVRPCnaJUxAroht96qwiJkeXAZ5pDEZwxak4KEgiBBb8rZ5tM8i0YJ3hl6TAj5FW0I22aG67/VuN0W+ae0cVhwnx6PzBZcgfrkJM5n1+IdZPcGDDHgYoYp1O5qgQOJSfYJ8GYq8ACtk1QIhdrMQD1T84zd9DMmo9f9ryIczj6yiWKPaVvBwbM5otLGi7xmA9QQkMemWZil6CGwtRUsdVYSvvADacIzW9bkSL3EkrPdYHcZNZMCLB6vUUb1SQiXl8m4laa3ReLrS1bDCegjTibGOyzUXcyF4Qu/SH6QMGQurJbuYOQCMF5Pk/1EhSTEUNVvzwGBgL6RQhU4RbIAllUVW9Xo1rRkJtVg3PgVpBJn+JdWwDNIJIVQEbF7HenOd9g4kQVIhTz35aRoZpRgpal73kPaiEgakjUyMl6+dFakWGl1REXVweRh7lyMzbACrN0wftwvaU2r/ZGfvuYfuQSgYmTaRCDkqhwMYRNY2TTslHpnCi/iUbhX4WAhLMgoCe32CDhWCcoEXK3kA0VvyriQRycfQsS4GsUSqJvxepgtVVHlWNICT3C8ObyOiQBbRVSVr5yuUQroI1iQFvpoMHFbDdu3BuUyB0F2J0T9xEVjT3aZ6FbIfNrvqHCrD2ljvm34cadK+pm60MxzVwwX3f+KkmdC6eq1rXtedv23ZMtqZgwjH6PKSDTITP9QswIHGDXfgCPWYUo3qfTmvOyQm8KIXzzD3ipjMDRz4vD6BZlTl4yaltgOyzC9M4c5e4PnT2xcX6uLoWO2cOc8S8xA9bQ/K1CAy2B2dBtfb6tVmGeM514PmK/1Ec3olr9EQhE34Bz0z1Wmhqm4swuN0rCbXnIkBWzX7FWfs5moIkLVp+kndz4K2gU7rHRSmuj7HP8b0F4ysb8TptjYwNGNTQRFM03k15YdedKm6iRR7Sm23eNq+G6VIS/0JapVW6PBJp8BXPMxrHzU2Qdt8nVaVKeOhZP9iaW5LGxGgu7qa8Q6aMFR6cg3/G+pKGtzUPjZoiMA6Y7wgx4rsQrYlGqRjX9MjBXtSTYlFWbNTrUB/8PFeJ7QD8gHOJbHyxDzF631Yha94VzoQv3onFh2G810J/gNIqskpP4BwCqfgNOtynLWtbmxhT2NJMzkrMGW/ZHInEjh1mgI9Vpi0m5X1D82yMiW5XgXhx2jbx0s90ItrbERuOMVKDAVIS1IT603+BqF8i//YmaY0K+vVay0Yruu1FaWwOA8kh9qrqNrpEdHCndvcRNQVIqg4LySWLH9QkQIfOyobJVAL8ciaJMIdNFrnI03ojSDltSPVNAVbLfYmMZ790nyte/JPfg5gYOXJE1HPApWMcWMs6b7uWS8eqFtiLoQRy4NXc+ZHSIGim9fYTF8QWNRejMeackLRticGJfJraAXNgr7lRx6Ey9+M3n80LPaIMjEv1/pQH+qDD3saeJpy9suKvZK+5pQwimGMMx87le0OEFveMUKQATA0C34tDm9PrKmFbHRoxvZTUo6ZRbDI916LyO9nHjnn0ZTUFK57HjuVX+NWZbH9bKQ1CXx8ykOz+sj1RWvT56qmiAssd36keV7ZVCRfmLGRriLE+PKG1SpBv+ap2oKgGwXy1+T6JJlwwxbPI9o57WLyWCZUFMBJIjM8jufV/BinpK5g7Gn+VzwEkCjDtxs47yrdJ3T0fA0kOmb/4kyN/Yqnb+tUIAhPXgfxbumgi3zOZMT49KlEuwa9qWo9SPjuXAQ=",
"memory-add-op-DMPCVpt9-CgNYhmhZ.cjs": "G4MCAJwJduwEEkodO9MtzqlTozKiVr87kPGjdAQnCIVo6iEoKzhTNwmaQPi7NWlO/Ot8icSBBhpglLm1TwQjMsJlc7stP4GgyHomd9AQNbn0A6/mHjeYnHSBwxn6ZkYP33jRXnUvFsIQXyPn4sYC2BQF7QjdlaDmehNQ/Y0yomiao7P0bcWH9sqE7+OBCKexy6n4Nk2sJBvpUOoL1oJr5ny43Ee3uL1CzC7V1cMvA2Mwng1uMGvhYSIrNaP3YgiF+ItQmPJVG4DIJergLHoIoNF90pAEp+EZ0fzY4cqsUIoJ0WNJbUyeNUM+RZgS5eBrE2WMNKYVSpQbdREadble73lFlJPgbve7DpfCH200ZpI1j9kSgCzJyLQFBnXLoKXCGAsd0fe/t+P0lNjBDEjPGMDfC8081zWjXHrB5MNV4f74j/8Bk6mRyGFtAccv9xE3vgxjBg==",
"memory-query-op-oBMNcVlL-oze3t078.cjs": "G3cCAMQiO+u/pppIe7EroX0i8uDNrnjKmW2/cx7gs8D6pIEH2DB2UUOkZyZ30CCaePH8qX7y0IFoyQ8OZ4SJmcv4RapzDadajPNI6QcQ8QjtgU2eo51ruwuu2dcbb1VWrmvkueMJ/hvOF+rBm5HvXBlPpzHdbStoHgdjSFwcvdUJMrr2lTdc+cUKIc3ZKJ0134/LPUiqt1cW8sW8pvBlQtOhEWzZgTzKB3nhXzcjTbUomS/a7rQKi+oc7g8XXZMlM7Mlt4QsVrNqOC8jmwH1HypKhhD1AyqCEDYX+clAEjQVETE4FSpDnc7c7iSPHr7wjyZyef2jie+/SF1bv0BEIEwkMGLCeIQMEc634Q82mwsNEQJpSWRaCTOStDCx1pRmizbpEVUmf/xb7N+T1HqgSYcN/2O63AN0EBe2GA==",
"model-call-U7EROxdv-Bw74wRZz.cjs": "GyYPAIzTDfVjKBXfEZLM3u+d9Z38fM2uk4Vh7Yyea85k4Ap1IC/QehpEIWWufS5fqTvyGJthM2iAfLtPqys6p9X2vq6kVxQAAz1BCYCBLG7HyvBm14ts6kZD4pXhPdeayVsQZJnamb/aNTO4B/QeTnC4ah+1SNwA9idpf71GDYw3JM3G6enPq8no4tt3RAF0ViyI3yGePLp59XbmLvCbKEcpNuRFa1z9y/nX/PPFf4OdEjNiQTwshvOXG/Pu2r7ul/KgYnQTokSUoVdLEZPwi2ukHacsFVoLvf+j+HrrWf1hZRfoJ6mUVQVfRg5gVN3aYXL/TbYni2Vym/lvVNLfAmD9Dos6bO6+fl4x2JaFDjjmHrgHCjuJo2bdxMGBhuPkK8twhe+MnxaJztL+XoXTA+1PC0S08zvRc2CnwMYi41sY/+YRv9RdZgbp76ndYJ4c6FCsdQXTtMGhsSHEOsMvuVXfOauepKPqInqzoi0oHh8vHKHNaCtsGMdWwgU+EyfllZW2l9C9ZKexvb2KnCNwwGjKPu6AM2E+8D5G/zuDPGrjEoJbgm6remHn292//6yuqX77jk4i3gOc5udrONxy94xOYwfGOXFQKXdvlo93EAdgYjf/FgfOAnYXZMfh9o1WtAzvr5rbwmgcsrJfWeyJ+ysYB8Oe42ILGxuFakLayX3d3AcXop6IwcG6SS3HpdTM1puUgtU+ZVzH7ugkrNH5oLom2EfBPkFIXxEh/65ypYja1AALr/qaZIn1Qv5YwK8u9csQl3CqkQmfcKm3RQITDSdlpZ97eq9PJHaCYEDA1MbWr4khka1x8Baa8z0PHnigSvfqiTEX2EJi0e+HsWiq2BpJyx56ESD3KqMliBXPrFgM98DnQ9JKnszjPdxpYnDvfj41oEThXnQ0X7DvO018rFQQq/mvQVd8pYzPUjIXItxxBFrrtcOj2/3qNC4R+GxVFN7mMfCGTxlmWeZbH0IWuQ6HDXCtCaBnMx9SWzWUXI3aBdsYJ9tOtdor7B0JE85pxqvgH4nNySEuw/6+4JNTKG9t2uibDDUzwhhbXIyaSyYU8o6yYgKHC9Doqs9OSzL/QXMpgoHWHVeEddMYCECceMlauHsPlqErlbAwpLoZvk/HLD4qe90DImi9i77O+N8R8TFnN3C375VVUckj6E3snAmhT+E4sHbat0yz/0YbJOV0qahMvZSqotS4y+uJ/vMSOXI8CqtDIg6wdNhXRFBcA6h6dLePtpDnCSUa01IHEmqCd1EKpkmjyK25wEBGNRr7s7D5TZ2jI3e59fffvwy6iMVlgI/2xy6x44ZpHIu/m1021mQjE+sQuOUvBOsRo0hWVNdUTglo9PzHEPo6r1fgk5gE5tHmcaIaKklglebzymzmz5+9vEcmRs8ipa3vPP8wkIHFthvaAtW72eYTbeZODZrnB8aWZy8uY8EuPyAD0R3vEvT4PopT432yOtVfjrdhGyvgOy9GX9upAPTpGoxPGilrUryjcZWoJeVvfQoAVeS9regDtfn9LtjnVO4jrTXK1COKYcPzT+3XJZv9EmTdbV8KLabw9/spKrN1RWlmAgcKhLrHQYSl9fE/hGCkj3yOOjrpPKJxWJjMi0cnP4lkHNKd7amxOehul0VGAA==",
"node-BpiBxgTj.cjs": "G90GAOR/3XImy/TrgUJSsxOb6hJ4kMMTms+J+X2HpglYWGOW92d2Ulqn2IZK20nrGLC8gJ02PcBzOBPxeinvXjAVg5G5AyFMUbZfZKUKGkDN+dWGRhMWxCpkDeUlsfpg7oNYVhtAAVYJrVYD8Glqg0x+/lzJCTwYPZ3RxcoVErb47AugwoX8CjGBS/s7/3Wd/ZIAezmkCgOApSfqWs5ABDArIp9xilIsjlASun9JW1DL/VF/0EY8jDHZ0YygIXAtdtYACl++JPsiUUlP0oYsxljk/nKHpI9cbwYEAqfIije02rVX9iU5s3ZTukyJMBmpHBr5PvbkkKXrxz973buj/+e3/JmFGa7bl6SQNSgdSTFEaIBhwNNzAZSOYB2zTIhaD55vKT25sC8S5ZN+hgOTQW1AQGn0YWhmVa2hUV5FaVHU9DE6QHwU7g2IcRpRJRgXpffG2l0mNkKXtYEtLlwz6XJtx75WfonWeFSrkRHX3fgMLJNwbkBAacSe08ZnRgsJ9wbEOKYa5xsJljJj/INA7Hv9I8hZpaqStwNVJ0ZXaegF6S5GeXuf7R+xPTHXUfuInbBTTpfHyxPcwybsFCszJNxxUsA9rSRwU4rL8tGE3E/c1cpg1rkZ+o5BvvGPXqoQqMQiVXUnlmHc9VO0mWAzBpqIwMd93zjqJ8NGcRJUCGkNuxr4zDDB9V1A3YloeRQm1z4SB+akN+JwqAxjaGbZjJQTmbjnRTOwpT7CVonDg2XKTSJrrAHcgbYQ4x7+XghweCFj9EKnKOiCWEMvWXyWDLHMcF3wZ46sCmtNqugaIyOxyaGm+LpxOmTgg3XTouuhx6tUo1L6rWWXWC+l8xfxoN1MQ1SMrAA=",
"node-L0Zgy0--.cjs": "W37TEUWwcQQQQH/JRJHbIY9Nl37uBtuGPTgPIFDF/rKA3osbY+CqGXU9OSKpBjWm0kWDBhaSN79dfThIueARuF9RwKdxfxYEUdtDfPhYZTT2M+WOlWeAO6yI5ofvdTB9jXoh2dix26/nQlBiNPvCTBXbAjSFcG35Sh39UzaUJR0qDJR/wXRU2cUtNlyySJ88yflls7f7XE7tTQM2sOnG35ydwkjQMEVZemj79SRXcZqpvb4NYTSDGPJVpwfhMaucl929FCAzsuh4EEkUSCpHVT9+n/U/dVmvpnqGBVS23nhx+lTJgWSBzQGtKfjP5/vqcr9lUgF4ShSnVsDOs3yAvzh1I7Cfvmr96+frQVdMJsPRlSpuad1rmIw4jnlxTMFDZ1cHyEpdVq1mP6A1nuAB6wD1CsjPUHmCKpxXKOKHmy1cEqTHBz5fNeuvqUJMTRey5rzjJSxpvx9B2JlH/IXzM+p7EqxhOXW8kLZjiwT/e98s3VI0lDEuolIFmXWpsmz7nHPf1X7TLaK7AW03THEBzNSsLY6jndW77/8Gu4HhqoEZUsBwaLwdFSMZH8pnkZJQUSQyk//l+5ZSmXEmkqLM+JiKSEWB0PfcPsXvUIStAmZ3tDVDayOZPn273/sfZoHFutmh9xmpIFUpSJRlPo0fIPfJaKlIylyQULchwXx1MOnNGfd7UfW/o0R2iiT7b0SCaI3AYHDBt9sotUlr53r5OtN4eYUAIQnBroMynaqcv4DkBhj3qSfdLZfti/6rMoDglagWnI7VdlQfagda8WwHAgFPVlfNMUIu+TGKzJ6/fu0L7vx6nUw9WpLHqLu2B3rt5Q+keRnD35c/Tv+RSzx4uSrE4Pfsee8bjrW9knYh8tmu2ojFBxTZfXlBK6icjvp6MempGTPHXnEVJex1uFQYOEw35FdVeHrKdh2D08N3cSR9WL0NBIJdlcfOHXXcGZylunmX1zgM7YgLoN3bNSRXY8//pLvjTk8Pv748fDw50FZH30U3nwP++e7ehZWv8/fXJ1wOwfjWwyaBvHBsvtRDVFmEdHY7H/TAjw/bzdcFMpYSvrD8Czv85aI6X34rvT7n0KexFkHfWBu3L6kn0Y+6Pvzo/i+JK70YcNt1oFhY9XhQpom4awG9ROElLe1sch1vLv65s+wO8WeQp/czCi4+Ebsgvlj4dxLvXy5D/y8XWfpSjLTwp0Tz6TLYmCzNOmVbXKZ4VElGRckL/5BoyrB9PChxPT7oNsqm6Pd/EXY87sbL7pZF3R5KyaOLywPdXNz6tTC+kL9f9NYfRatoHxmPedHHVReb/xVi2p3Z48f/ZYHj2vP2fKDNLZcMLxEVE76wMlBKZVC01t+84kQMaK8DH8d/JW0ra3pT2IsZNtDnNSmMRZ9CCpdo6de4UE1ns7PUH5R5q52+WU/OXC/bqCVh2antLAP1cOrHIY81wAWUOLeHZPDtBIrBINNtwhKk6JkyS/8R6Uix99wOzw/AioEboCWlu5YuGaw7sgA0mJZMNu9wf70vkAH7H0hfblJsQdLNfGVecikAPt7TO1EU64AbwunrS4JKGP+Wo9PRDmk5M9UjDU23yzkFz076KDYf5zOOHqm3tnWizTQtahhJG0Ru9xSjgdgKtfBvytesNbPSWwQE5C9sGs/6J6eaNQWZDoYke181iWX1gs92jvTnmyAsMYdUdznK2r1/iHi3SXf0nL7l3res88dfFcbS382VD20gtILy3V9OzQQpqGP1cNrlJheUvgYKryywMtFUVsPA4luJvoPBSxB85ER6OfCBgMVvblDaW8IE2uDFoPCRzbvdPSJw6fjgc1KSPvXnHyKco1D5yuw54AlpSybZDXSxmAMb/c8z+hBCN2bktNGdssZuomb2plPnzCWKvBjAjgPb+0A41sQCuV0EdIhkXtk+bDTGGJpdxdlt3BrJd1njRe90TyUDF+72hBsfG0p9vs1O53R7u2BurYAFQxyKIA5B2La089pcCBriYJqFdXyqNwW+iPOHzj4mk+Kw1a7qOrkOyfBHn6/fUT7qA1ISvTkAIibGgUbDy4vxNfI7qfCi5GWVL+Iqww3niFNBmtVprIFHzWEZ7sptWA2nNbd6yblsaMizG8jZaiRi/TlRj4Z5TajGg3LIB/ZUcAIVukBNsY3CUsFYXMzQwQYPvGCmyNjDGGilwnDxTSkbRChKzcMhj/iP1WcLqOFtZ5zLiqdgRtwQNtNgzTqRSg9COQz9NpgfHTrsHTokY9oqumsbCsLPxeOyw1lGGZPVhjwyR4pssA3p+TJV2nCCl8MIcYP4Au/WQN1Ca3v6rmyDveRzw1QF8AjNO6masaHinVqVKANNlcWmglCj4brrdKTj9qmyc4sPFafLT54bbK1Kanlrbbz36niqBawZzARkbHH/E9jsTUpoKu0/MkkIf1UwZcUU08RVp92d0y6YBstJ7Lkz7V0Fn7Q57Asqj+dndmigWMcrFLJxk99n7ZHxcLFD7ZL2ODrBvFX6nMnSqK5x9pSjxkclO2joQWIX9DYJjW5jg7AWQ8GV9pyEhd6QT8SGoZ272QOfjVVsSkH+JJ9wehkWUGcNP2yVGR0n0z4rJzILRvZjpyb2zwZhAmpZG4dj4DVUk1s+Fs1uVTi3S3vOPB0HpeN8Qsl+ETWqnZi5I8qSA2KngbNaVvUlL504+hxhyaWZmLZA3ChtazOaPM7KVcEw1XO4eEXaZzgwbJnW5N2OwaClIdD4Qe605SIXU7NSxtc67Rerip8f7TVr9NCV96TxZajJtG9ErT32srtiQwpXeRHihJyCl5TBTCCdbyhq9IH/NV+pNHX7bMIUoufVuJvsDt8GKzPeUk+q7xZbdzMV25BT1UCpXxO1JGBlr9hYkvS9BEn1sJJbYSBRyzXeXxg8DstCLQ7ZmOICVVFOtl0kDYcFPBsTPJlFJh8dgoP2foVWyBvSCjv8yu4NBwaxDHcWWvo6UGUaE9/Io/jaxJfd6SH7KrUe3ri40zo3tcmtDj6uO3beuEihxANXYiFhSJJC0U1RibcZiaiZhuXfHDgeZXI/cDveHTjcT8zZLFxUdoa73b1oFbwOpCZEkGpHAhoP2CnavJSG3tl4tcKL4+c1KnnURqzTBhuuNeUSP7Wetcd7A9jjI7YnUFnP7LrMrQ2lqMqJbFLdgXveUzW9XtbxL8K2G+36wVt3PdBN9Svo4+hWqb5SOBy/shxu5+Euj1IJfxhfGEmAsm7WLdGjxM/LJgGowWa18ODzQDfRNW5kb2WTJFG4sqbERlipj8BpyGdliBy8rwsmvxXIJyQHiTGv7mKTNGEFCi7eLOjGtuWJUGcS0iBBI+Arimf6AKe3subpNkpbm8CdQEstVnWAFyMkT90lKvJlQHDEehaYv1S6UJCDl+MiZo0BeBff7vVbS/enInzUDI7IcrgNc168+Yb+CPWCWIW9JKiL/Vauav04OCXtUHceukplORM/uSfMaApNmIFwMGzMzGfVzKW6D0+soGOFpJxLBcJeG6EvTTE1XF+WkcD/2RpDvm5DtumuOW15RJ8kM8s6lLd8nmLd3qb0DFCX07J0YbDnewgeQdXTu14mzz8hbSqpxMOrqEqKLUwbTMA9Rc1EtNDBUyosLaJVokU2mBtAfOzlLUffv6bRKL1TlwsN3xiOYxlFyQPPaW6Wq8rqgBqFi1ehwhUqMpxtqs0ZJ0govKfAfSAbuUTA6x08wPmrVj+7OzDnqObRg408EtguIbMFyF9DbM4LSi6c2idNCDWbwA70i4R0Vq7KXC4jizzIm1QcXFt3nZRGHLGlwXH1sEovEB2h3RHD76Le5ANjcyRJ5IftHr4GOKoB0XoiUfzmt0XDYtzKB4N0SmKYExHOfgySpxGj4NzM898mX8Wxc0KYv9Gjgds0GHmNPE/meO90TMb4dDaCpwTvKOtWDkojzwBEc0/yRMMbHxVip0PX20w88jCy3qlSHsAutp5ZS3U7NGPZJEwPNJCob1qLDutNaxNEe0JvC2nUBhpPyPrc7JPN1KsB9dJaYq5eDojwQkA6Yhp6R5t87AyiBSPI1lZrX/9kAzIyl7YJBJ9npmvIruPsi5iCGZz+gQzPNqnzVwd2wGfVI7eoQt27mixZ91Ho6BXXOrm2dbsEHKbVZmM7G/IAbPMGV7u/wjR83isFG7jOHOmDx3HnWkNVDm2K1mDIy8Tb+E4lgYZdTliB3E9/pNIWj+pHHHjiXLW2O0d7RYAJXIW2SLfR6muCCywKUf9JmwfobHMEWdoZAaiwWUEOiXWetT3wcF0EePDpnGAmHlvdkxNoG9MIyC/e1nV0dqYALy2hM5XLUXWdg558/1iKzeCdQnfoo0tEpFuRuw8JAo5aE92LAjbCAFH1ps/YNyaT9quCW3tnI/38Uw/GmABqVsri1yPq7aS1Lx0vEVufkMjYiui3wv2Y3dgui7pnINHd6FI4tomiT0S1vnH/4Dcc9wRziOoXunuGlCY596wJTfPPWLLl9lvZVbB3rYmWV/BLsL5fN+pr44YQ5i/dXtSoXbQ5UO3XXXMBn+PL+8agxiI0Z/FZtWFE2lErrVaP6aUgZzsOnM0GWj47dc0T3Czr4Mx9gZSvAMDMJ/dVr0v2QsPb/Ws1AkSmsOoyemgPR8Um17a9XDq+JenHthZF+Nk3S3G4eF9h8vSRibgX54aT2ORNxqYKZaa0eN6MpHnG/p6J0qRGuBVfA3ewq8tlNjoYhZGPCPeS9o+G+sIR6NwH/MN7FzqjkGQ9ZoPTOXHpzi4FD+HFGbPR7MF31JnQhhia3o9SGHnSkJy/0J2QB3Bw9Pci6u/u0puNrzvfFhumh4Awz6o/jo4JVXWFJ5AhuEJm8lELuX0A7fhGhW1Mxkx6YMF/1aZ2Ad61e7B3nhAfMlXKhel5dfl6dB2Ttoi3KgOqPy4cSLmZbersjh87156u/VGC4xtlQImGSdBsuYos56MHCDApjzTYSJ+IYY6mh5cDI3VoZ+t1HNVJ03jLibbzLiRMPI4cU8f+ejAyCYQhFhox1iOnFsNpHJDDF+2rQhZAOMWchJF1RcnTPqAuSRqMFufcXygUMhGRWRom6cn3KY+DFcv2mzhAVcKGP1ULu4gEtOwb3Yd3U6kkeB7I+VwzEJ8Gkp8odT55H2eDFUWoVDQ5Syn5DUyCv6lpglT2c62ZBd7YdkW+XNWxD4EBnS7XbNXY9+gZEvdwRo3YPSlOXqf8DL7+Ekfv2Dmd4QGQZ8pOeosSJ7hnh5UNCciRzEYTHlLOjuvL/3UvWeq6xzIes76OI5Hrg1lwYOM9/bgbx1LmAiGmIEZ1xKrIddu7eci5unRA9YitXglNJBqUhivkVMEuIqTjAa/MnVaqMDHFeTwuDB9WDW5yrSXdJfIvuEqnTpKFWaAsxCZ1dCYUJ/5PY8FQYV3NZx6YfrbNQbfML1SlMqS2xUtDiVna8w5XScD3GBraqCQRcMIp0rMphC1pTVVSOBym86NHnrwFF83sRd4imlQ1DablwTdAr5Yv2GLw3lFDHEAI9qwVfvPMM8+QqsyxkM8IQfwsVWTLImRp4Hu1eh6l0uSQQfUCNqdN1gYGeuvt0xxn8WSgogm4gAuWe3u8/NnJ+1YTmDUU8p4XIE6+FIAldyF5IylN8d4dIBSYCJlW0k6YE8hv3ypZnVBAfOLVYoG2PyiGZEdsPkxn+PqxM4Ijs2w7dWDoANot863M6x3UuZytBgol+R6XWp4tHzh/eq4gK9T7woSjMEvgb6Ozizb4ThjbhtmaNAmblUk5Z6fBKzFJIRXj8GOsNaojjGU8jT+rgppjUtJHvPziGym2zF++neVoZAT5pqhmSlwnc+JzFZrM1M/VDDYEVg0cS4DNaQE3SuN/RVsV5rpMW1MSyq1m1l5+3b3DcTgTfdumtIsbssYRNk8LVJGaqLOMcetBsGkTo7UTZiV+w+CCJTuMHdTN2TGdKhWiqGqVFclxy5V3Vq7U3F6B/4UaAT1+i9A31PSVTHOX48W6Fejw8DVolmM+c8zEsGYY34Wt3rloDxktJg2nzWJ1LJ+TYppIxCibRZR4UmljvaBXsSNwFpUNMjgum1W2+WfXWTfVr8IM81aFS7Co/c4zcMw8FG2ZEVrjzBV/dDsiz2eNJQqlY1fP7H4VQJPFHoNP9+tNROn4zi/tXDIb3bUY++mvptk2pfNMWwrg4rTU9YOc0bRzLHbpn4pk0zSgJigbn3aY9G+4szTtBEDpZpcD7H3H6KKOnnyswRa7r4WBgzIzbdh28UyOJX0/9P9lfgZcYyWpscxo4fw1YnKY3Ip5wTCMTLu0SAi2ElBmRV//BQJWfkeBSwNRxveP1jV0w4i8NK1VycP5MnuOdKbOMVRFT4ptXrj0hxaOdEW0QBNZd0nn0lRrtaQGHaFm7dXZpe+jmXV5sq7k4tbL0lBvT+14M4mCcSNjXbC5id7xfy5SSAPULtirELtlUoFMZaUx6bHDJapSFgwpxRbAq1MfSn6JkFZJSagVBd++eBhcXm0HBaOow/T0gVfVQJYPUB7QTiAr1IGT5CYtMqlpGmS2XG6NlBu3rrOCVh95+5V0iJIaZsj3uQlyx0h2DXfNlPEZFMhNuImbNams28Ix4mQqulE/KyU4crgCMLSoN3a5rZsp7frEqaxBuCdWWObZpT0+c9bkvOo8aQdgQ8aQfBukBibdzutjBdL/uu5CrxZ2sei2eFb1FAPUbpdAI8ADtbdZPC7awPuk+hlOUTAzSFhaUtDTrqyWWpzzkLZH+z2ZIYcJA+Cm0L5TvpHZD3k6S4Av5b2eiwIyc22IZhDQ57jtJ5sq9FrG8AaCVsi0vzrwQovHHV5Pz90Sk8/KhAoOeVssUe2EZ6QJkosOdT1r3X2bt5o2ucRGLNaQpXiuj/yQvIoFxYdTmXtfXGEm2XXR8i1TKVIPlV8XNqTpz/wMx3xcJMjQXya8vFi6h7fbfiw/KasXJ+P7TBbtWNVxgBNVBkqbpNJ4jpwloeCTOCANahFZl5hMbL6fsQeYCcUGpxYZI3LUSxHaQxkZ6EnLx3M90/MwmiNfZHuDVQJwjtV+QmY9tIDj6l+KL3YTzjX+nwHx8qq7bkcmOx0qtOvyCwqxRtF9rZuvmzS9zLsPIEOPXK5oGUA0xhP4DV0Q6Xere3lnwZGSPIxaboRjqhQlA9leBXLmFjX3XW+EwqaFiScPRjd4ZnqTFp4nHkw3WBwffHqdtXc4vQliRCETbnp2o2agBVfxBgB7OSJTwD375I346EmD+zlu7UspWSOf/QcoTOhnhTOkoDxFOJBj/8whp4VgXxjpZE7K00pYUQLaq9CYYs1Iz1uqSj8az/NGE/GhFUX7oyqnfem/9R6ANb+5WxHQWUI/wnFhOtPL7/VcFBuccTxnW8FpWUq7sJ3m8yxs5oAz5H1WdimIKgeNhf4C4Isrpr7zahWHTBeG4CE7FWg/ja+wjAmJZTWrj7MBb9sOFISOlpqzX16wKdWuwQuw/9YES3PgYC+K148lHSO/ImDGa4FytM/iiZzUq125DF8O9nhWJ+tZR50AuXasmenmxfUiWdCGDMlVHlkMCrNt9Yfbv/47wI7vopzj7gAQ+WnaS/2gHeiDMbt2VI+kPajsuOCqLVG10VNVmIBim8/EUDmyI8JLSl/t/1UUDv2418WPW9U3sr1CMWqD/VZ7hwOvRl/dfEC5R6TM74yv+FlKISWP54KPy2b6HoSC1fBbJoxpWfnEqa3IUO3jammcBZA4Lcq4d+ZeyDmVw1c5/4u9U9G5T7f48R1rsWP1gOx5vVsTGg938xLRtuwK0AmzKyY0AYhS5/lpZTtzJH9ArxkskWEeXxpnXYfk7x0NR19PIRmONhPFNGWyMk/RZoisLNK/hoV+osQ0dbAqfqCg41wTO3/t1hzVCsb3OeWIClSmyuCDPecQnObGeQ2905v+81KT4vnOK/HhUflPrieWuZekn3fD66SCOic0cQXEVOyxG5KpM+l05TTRePmvXcdcGtRPCIwX4hufnUdZLiriZLDE6hyGADl/iSewXWEK168CtllQQt/OPNc9xn3dhXUTWETi0z+/s3jS+E1JluTBP5nj7zgEcRCvh4ZAvJ779kBGs9PM2xCdJks3h1/ddb3QVb38VxJvHiYY/5A+E8vR84VisUUHcpXCElxgW2P7qXdPKfJTXE+LiWwlfFIewazP9uGV8DdaXvw2DYbl3marE9VXWrs/LrvzzVDWjN2c0P92KcnEeRFaMSQMY6LhOGjb+Yn7fz2St3UNhNRvf3SzCyh4vCOXJP+sWWPor0IN3G1lkRtsujPhrs7tIJFqAs4FHE4sqSnfHdoYmeheaU8vja3bEwI3ZWYBos4PlGvux/PwJ7az6DmbyZooLUH68lcOlZBfz0f57OvN8fw75Iab6JJEJSLO+6sgPgYZhRhMIKf9QERks686uQpoNWfMrfF+e/I2bwRt0vLRfdDUisxlWv9gbR3eXkrJptqPG5ozFjeNtQsljXHL/SU+GEATZ0EYPp8BeQPztnVhgerE2KWUL1vawDPKTSe5cv6qZ4lOpVsBgC9zvpbxaZJZT+fQ7AjUVKnax0QZlGXL4ty++P/l6ta+IgpKze2kItuFR2fMwrRsz53tRLHalpQybJuQyi1rhnho+Y+myFss+vHBpfx2O1ao1mbZl3+gYOT+/chR9POdnbSnSkijwa497DC3zyxBsxlbPwNTrRkK9cd0FzuH26aTNa1qq+wxFJB/Q5r+7G2vhOM1pkIjBx8RWmXWEMropd4NwGuP5rHnCDkhFXARNKw31CuroivBoohawFbIyarWRCyzS+RjoPK2BPyXVFR5rdbB5qY22Pzyds0jM1CVbIhzGTDusZM1d238R5Psdm3GfFax2KOFzdiqKfFIBmHXlEraDB5i5KlFYhnV1lzjMonHB3UlWtl13fIRyNxRx50vCQOBgIZKXBtSv7dlq6nyon+3Fl7/spZDmV6p6BSOKyRXPiBplRHlrif12qtlYdbelrje7pC9HwuAfbkt7K8GNrSf804eXl3rzgRmDa+ST8Kvxt35+TVpa1t3S6O+E6bCH9vmZ4vQ/YLh1VmsbpuCyhXnn6Nl6uXHGPmBGoG/cKa4yyOooJ3fXZzeeiyAJ93Z8lgYiOND4RY1XKpuelNUCyd/2PPIqlsIVgmT+7fknHHTfSzg9/imZM7Aw785ZTDtOqVN7Z8tVE3lOZssqxhlE9wdca0mRydbOCNhzXwlOMeYUtKqNUohNw9hT7lYhXbBDZ4LshoXiLhCQub13j8zgxHpHC5QOHKpmVO400pCQsm/22hJwYzcWyJ7pQQ4D9RmvHIp+77Iq98KHMMIhQ+85Lnn9JVuW2V/mZ798eoPTi/j76a8j9/PXp/3O2tqx5cGYKtFpV93kZIm6zHfeIowUjk5y7nPsDLhqC/+ZzK/qJFLql1OopTPBYdFiaENUrvkn+PFe+0wicc6W4QdX6CKcBZBX2/NOVcd2/z3pqPsM0TloXS2TSKzX+4t8PsElIeYyrnfyjTJ/pvSNc0lVwnQVmvy4TA6GQsb0696+rmK0W5JrITQm+xYRcroW/3dXaGPL63opKgzXFaUPZwzUmp7R6Ez2WoVREWhwlhG/7AjOvOwu1SbIVU/B3m5BJXnoRUrQdkjIZvIzAlUf1qoqX0sqOnLXPDe7Jlp4SWaEH4+QB+Q3VrNHcyQPUjzS5PXOQyL+lVlDSzlN8b3XTuVPa5Zqm6uLuiX7LVKfWZa6RMTEQ3GX95LEcXvBjSfeS3zMF72xsKtupiG937Or37B6Zr6lTd2nPqZaiwnOtouV9xOj1Ym9hsMU23IMz2l6KEfFzvgSJMTUTuB6/SkK+kTumuM9DzJ/CAPWlOhzdulfFZLYc++LrU/ByLo4TXAk1VgwDjj3MC0ZcYYVnLlf59+xIn3jOEtVap7nEX9SBJ1MpCQrWnsyuzQLTBHdh6xDjChmqrhhRmPcy4Yc8EOXjaZLTOWZI+1taG87qYGRVZopRFv7ECX+5pka0FlpmzurUcgWUqrFmpGcU7E+CyWF2aU4jwtYuOjt4uAgVMxFZHtt/kvsx5VMayzPRe6GI975aTHFYDNtVAsZ+BHLVWdT+p+pLgpSLnClJ7zCWlTcNNoZzJus/WPt9JsESAX91bT1dhhVuUBtB8/cU74NB80UT9gjryMKRknxIxmP+K71W51u0KL6HRJuYpmJJ7YbLq3S+J9sNsEeszsn1dd57vpIk9j0qTYdFmqhmwGFhBpSgWntNs1j3Bjsfct4cRZ/jHeekSKqKjNKgq6d795Y/4bNYA8C64qHb1k7LKM6Fu1B1axynUfMaWksC1wToZMH7xVuRcmJGH7sx8p/jtLgjdDi8tQaDn8lyY271rn61DXzWvTWOgh986+3xq0gwOGFie4RPmLxSlxQ4NxgxC6hXBxoChd8DH5iIMHPgr1Icp1M+6qVEo0KHDInBG7ci7jidrwyX1tDiOiL9lGNPQhBhvNtrVZc6qknDON7rVE4VXzoK1TxRb3z2ahCPtKdUVXrr6gC/upBGCnUyaQCHOxOwry5Dvh0ta0EkS4CoCVSJdpdkjF6BSSdaNHb5FJUO6NlVC0qGectbNHL07wMSl9vJG4jiNVcJbVqjrCNNmdgfXzRBfZ5Ologtk1ezE/Q6BYGH63/1lPwXz33uqjBwPdbAqZxv6cT68fs+ed6zpSKSDTf0k5X9wl/ug4zpcsGxhMJ5vpcUPUR44a2PLU6fXSL1GAXhz7Zw9TT43tk6UIZLa+y8d3mh/51vxOO/py+063NI3LAF19X5VvEbeGoS/DFOdkrY9JB7Zc65Wj+T4c4Cx0MxJVqjXBkcd+bea7v0ew35it0Jt+aNgvV5UjCxrO8nQkf5f9zdamun/n8Pi3jiPFe2dHd2FYt5j7MGyZQTQ42d+lVbmqCSw1/fTUqVHCPZxtddAd2VTbplk+8yHV60hwlFRLTh/VBXHQorXU3wnVNOP03vc9CUC69eYuMhZ32s1g8i+v95M+aKYRhmVrYEq4Oo9GZ8P9OyFzArLULOhOzQw1pz4JnoeDabsX3nCjrqBZMq6b7WcpXrE3NqnFbCv5xs073hbW3tR0QJrRVvo8plN8UrEe3YtP1/Y9AUa19ZZe2zAvgqWyGqZB2QlKtoRwyB5h3nE4FcXdLxDbqOO1C+5pl04CZA+JTLt0Qq27HMLGPBJrTtribaYvd2nzZQhKomOta7ZPm2wKdkg00lB/kZWkq3079slR3wwCHRXKqs7qTwYXPGO7QFKRn88qRkiJN9kCL19VLI9CyniWDykchlPfkgNFWawTUtIZGN/+/y8lkI/X2U1JleX2lKC8cVGzDBoouRu2lHvxSAjG4Tq+GPhdvvYj/C1Xtr2v5mhVWdr9O5cOZPYeKm3gYPn0NHZOuGY6ljyrPTevkoN/1ECd1UV6DzP6+DcrAztzv4VbEFA1GdCgrFJf//aRRwadu5rVetTln7bJTcoG5ECi3uLEQDI6eSCGyHKNOGW7NXqV4zei/HVS68fymu1CNY3F1AXfejT7e127EsXEOn/eomKj+VAzrpmMMvVDLHIDBiTPRYMNRZwzBxqXqzPu6SZc8//PnnSpT2LVWZw6CURq/SePd4lYOvx0qgL+IBw1FUCR2UchgaTUBmEK3iWItKf0gDfrur1DMzIsj9O4e29Ch4NNb2OOGImsHZAz30l+443+c5g2NvBhHdGwieO9qwNFPnUvRPM3OCy3D4fxzubnMXb54LidNdGYpufm6F0IFuROh4nkfYFIno6gCeY3hdbq8q6lbxv3nlvod32stO1iZppue96p//IYBujqRX8tCX/spCWFnQWvGVLNKvKPUVpZagXpuIHrTdhJyfngOz9zdUwSNrywmBsKxHKgnjftdrsEL+PH5+DLvyoy8rW4LQv96a5DHv/LR4PPtq94op2f/Y50dHbi4V5T1OfrrfqxvDyIY66KhlbHDajoLAPBnAZrqwk5bEhVoa2QRfaFbxs9MFW/pfElxnycf6NtKdLb0TD/YHacoJZLkzq2RpFsTxuIds6UxUWVw+GYcKw4e+ruVmU0ECuCg5OV234Lm9G96HkOIimaU3+VJM6xJWzt6Q2sbgg/0X4tjnkB7XAJmeIQDqtNI69LHVuErTRVTbGJbV5r+b23yOcbV6/Z4IktPsNYPi158fsFyLCvrG1bA9tqbsLN4B8cLc+FxVEPjBSq1eWUnLmduVWwkLLHsvzg3EKOod8KCNiloEGnc7UsLaf67Dih+lirdaVj+nAmPDPVvpVpOI8lYP3xl1OrsEWfD5+iia8+rz+XC3sbVN4RwXsGNeWniA5Le9AsyTU+Q2+cZf+48wZ2FLTLEKJNrUJLDVHROQ0VE5KMzyPyQLSpAlYd8ozm2oZu4DJRO3iycaRyRaL2Iv35bjXmMALxbmOqkOG4Fz6+NqzDCFS2FBYr8TjgIYy8FYK30RJFIVhbbRzEfKBPxScYjKX/i+u31XBrkw+VBIoEWgVUjNEjeMDaJXb1hi8Iy5Vm7n4yn9ty36b7FnHfovuW3Lfivh337bg/fXckJxFuCCr4yKyMEFJwoCK6cqC0K3Yzw4PY5A6ajSyMBB8MM6T79CUujdeThdJwPViryWU0pFdKKhrE9pZ6kCks9t/EReXaOylcvWH9DtuF7Wy7ujWvHH8YRvQUidiDvORjdS4TgHYbOUkJfRtliLfZwWJWIKj0cOZhQ51V3jNgfo3vBabPmnsOWmOrFNWUz63lMemj+YIxIkoFHTPEb7bWW49ltsVd4jcU64+oagENQlronmNnlqiVmtvTNlXYpEjjz7PXCVwWLyPCXWMjDLWa4N+2ipPC5XhbKgNdUHbNAR+SZyy4ZlR+Y7oVUHGenLJwdt6trZHeFPxJRL4e+6IVQUnDc9rLMHgn0ssEObwDSo/C+1C+WifSm4SS+WuK7i8EdQ2g8+qR3T7ZCcmcFbBKNsME2QcyEBIrbv0h7Db0dqirpg7ENEabdsKTcEXqcoFeU+S32UaVtxZIRKQqDmcaHJ5WRoBRcVXkJ1OxmMPSobi+r3r8gWlHZVkDO782MGQ/CjOtX17mNV3Wu6FjdaSYJArkYnjbf4tNLGzo50eeoLUUXA7gmbplL+7G/9PektjLjQPhNQR+KoSPAy4Clz2XMNmpZ7p9iGyDSEyZF2+C+kpVW7sBFZVYvAahBrsAfIXVxcsu3nWPgOc+vB9KmTwGgOnHIac657ht5dLT7lnYSnqiJIDUtRMbXgB22tHlntTLl6VmBbvrcVXRcY1rRfEMbJEOMsJ3tynnPWwQc8WGMa5rZE4zNvNYSg7z2tBXxoXwbM1G7Ea/yvlQPbK2vXOGPB+yL2l5K1TkxQw3gfwWJEnnywMHULltX4PWWER+ThvdRN5LXOvM4FJ7UZmOnz9iqmGYaeGnNdpb0UvCw2vl8SK0c1SIXRuruW600JJYQ9wW+bmE48Vz8iQin5DmhvHlBrq0mBs308sluh7sNzpveiOdxcWq36yt7/GzoYmXQcGvJte1F6yxsNNvP8eN5BMIUouut3f8zShGTc21dJdL08YC5YcwyyMeOLTaESjwxxD5Lb8W1H+e47dUGT4feOx75H36gVPrKB7DuXR4tpQ/Hv/njtvxznIjk4DswWrpcxiY+P4zctSQotjEWNF1z+nAZvh1r0zjfI4NhODFHysXBR4llZzOCnuelhIT6e09xknxWh2xIOYUzUEt+dhbROe0un9872Sbc12LCGHkTKUIlWPJxHlKYms0OXWeemdH5hTiDQG7QxAfLl829OEkzJvBvdC109HGWAao0wCh564PZHXgHBJhzj9fvdDiZ/utp+fr3CjB3m31y76j+bNRuY1UbUPv82oFU5jFSW+5U5kHpVhByr7t0BvoR4vtgiUVe0QnD0synni3LlWDcx52jQpj+EhsvdmOH2YvfqyehpbfQBlcXmTlfO6Uit0OJbryWRX5wJ2YrnzQOdGyRfY2LO5rM/VLoUWOEU8/RHxO8RjbBuWmXDovSUHV7mQMq1J7oNzVYUMSIu3J0S16Esei+B0nfw/ymmV0ul31sqfWShBN/7gdzk1hNOsWQHXM5YY73h95HDPqwHVifQ0AfvZYcXEYQkglMPrpFLNFgN5pdOqqfQlrQVH2z87xr9gUgmydNCRg1YSsKJCgop2jgZEJyx5S34cFiT42yxqW6sHD5fRpMCLB1wMHykID7Y1d7S+tXUhy7LSBSQtp/Q0vfSBFVvy8UPiTDlGCte1PkpZFOu+RTEFt5qSCQxkB6b1Ac9zy0jj2apufwfegDZsRpl9qBoCMSen6H6Y/6zt9zOWhAgVwpQR2eZrunws11INMd21OYlb5rFjkVtzmQhiyZQFjtDli60NTXI1ldWsbqa72SSd9ygAbSRl2XA297pDj5SsCfQSn5vtS9GgoGS1K6Bh2DHSLx79bvXbFzRsv1aa3wIbWo68aKPqcAvPVTFGS294ssorcdKDKqlJ+tu3aCAfK/Dcp0+KcqXUJ1YlpgVlIrKFtgxLh6whTWTGzQBRx5v/G0Ftwhe77oUINAYWIYxAbgW7qCXEPVIURym2gMZQOUH9EY9Bd6IgoUFjyEJ8EFChADxm+ajMpaNPdtrE8+0WqpbreI7UWTpzi4QWHWW8TSgJWun5SgskGm+ClS1QBcAVpWwejmf7K+/u8aZ1xRiEWBYXlnuytfNzosWFK6N4tpZP4OngHmt1wGfi1qXL5fuaG10ZS7/tX9sLg732fOOXB3zSmEph92VAsw9ySJe0ByruuL7TeKXw8CvRIpBKTtWGoLRIIWkRlpJCmYIrdzhU1nceYrX99GjsYIIe0WIydyzLNsMRaXX6dmFejkdwjwGJ7Jkrv6jgX3wZc7lyPAKukR8PNswZrKJK+rmXRxUP1LR/eJY/+W1Y433RCGTfO7AmT1bUzSHnzyQr0ywkLsSJkbAqy3usbkakvZ4suEckJwY6ijLPb4wENvWQNavvCJ2t4Hc3SkToHL++S1oKIR0TIKsOp9rJ+cE6hhYtaEdR03vlRvff/3rHw/5j/DKnCNek0eqmpqDTi4jmI0Ws9XyvE3njT/LD++WafmLabXGN0dqfO+0nT4bNS9M8Str62OlXXMSwOuhxvp+tIGrV7w6D3ffrzgK0g629PmRE3KNq9D35XtQAoKZ7hV/fcHW/LdVLhxFb0XI63pE7nWp51VOrh87+QdOWQjsT7j4eihDgecHXnsOGJG/ehSIDRuTjSxjHLXI6O5YPPlwfF7KkDZBBs0ESjkXSfrt3pXEHjcTqjMF++HUy1hCn7vH1B/OADHDIedMq+hFMilErUVYsXx+G6VH7wY9OCki6QtHJia48Iqm4T3KM9MvqU0qJAElRa7JGJGEKaDDvvIqnmg7diWEn/GM+Vff0CqOAnM7Zxkga6i+6ZGlrwHgX+ac2pKPguiN2d5pcOC62QL1ABsE3OkGwcXD2wdpKE9vgppJfPZ8mnvWL2NRlAlfFndDb01K41bLW58ERXXw8XO6hx50ExCFPeblZhcfOxcBIvLjMxYSSriA3woPm35J78+KuefpNhm8/e45TEyLpWkgo048UChZOk6+LSulyC5veS1A+I1WIXMUC9UXd4tkOJXOWHL2fB/FnGRkt20hzH4/4avwKq4cvwfQJpfb7LC0u7pqVHcWe9GW2UENQEpfMAQ8vRcb3m/lf4dwN3DfxZWKIQTJC0NS/D465m1HH4QdRkMgjsACLWcc80K4137YImgk/E4HGFg6aRhDCScEz+GVVESUtT8P3Pi86rmZ3UvNVUfYewFujOYlwDC10ZO8JdiD1+Pf79YDLOf/02Ir7LmBMvY5RfDyOOF7NMSIpJcfGq2T5PKe0QYWoAR5Jitbmu97fWYpdvF5fupcDYWfBS562NJKylsPau4ZqDSMFmABKPc6xRQil2NZB+RF+epqDrdnmvuP0qy450wp66QqkZKiq3zJYgMG9OmmEllwr6zWPKNMpX2qZDkHbVxMlrHbS1MdfChtGw1L69tGbWbOA3JWSc0mYCgim/rl5QSU+zCHxDcMyDcFll4L4RbpBYJSw/x2XKGTzrbPZOOo6l+qB25jnnVCHYoJ/X9ybyPwQ9tlfiHKwzynjtgRwfw81KAA+S8AXI3+oAZ0aRAOGEXi3+PonKW57i2dEedaCGnwzPYd24QoxPpWXJzeosfaZy4WDWoRKd8JMcMO1U6Akx3IgdKJhnG8Hb57eCgT4TWiQr0y+b4q1R/uoe8Yy+BzakbnU+9pzzx2/8/EqK78CII70Zh1TSro9eP20MC/iYFeqwzf3unwREbDG1QJSxdhTcIqTkYYbbgH7y5RHmnaeGnISSm6RO/F38flNNDzj5Aj7si6+kNcBTa0qaLWmGvVT27XCuZpjUJ6F2BCUighA50xGtY/7V9Tytw9KPjUE09iQrquFMK69veJ8CEz+jBlhoNmypImIxmuOdwk560uxwfQLjHkhi0sBr3V8+SFD3A74iTZjmXp+nQJ6Bf6C84u8D7Tju/SKJ9e0phtu6TJyL9vrgP3sLQPVvr+/tvQiAKXpbAt/20uA7vRy5FWSI+3T/NrAq7vChEzE6nt2GzmGnrzZVU9b9Vy0YGKb6iGIdY5/94J31zm4rL9ZQe4p5Zhesz+Ok/tL08r0Pww5lKBZd1Jf10mqdBGiiz973+nslk5F+rEM5sAxm5PFEdLRYkGMdeGxBnA7uVPygBc5qZuZlegumH2HPgSnnrrxiLQknE8Q8q1PIPxwx7bQVRx7Wdb9wM8qmrxZXZMQMrVKEuDQzE8snq/KEHoddwqe1ZMAVHyqynHsc3Sv/EHpNjeH6z3pfTeN51+jcWx8+Hr+segT8tzMTsFh4aNaQJVUhuTnjvRxiVwzzeTQ+R1hXRnmvty1WO6tc/1UzYIvV4qVqrWEcKfCMHin7p+nl6KjE2tY8tfSptgKf1ESHRHLEHqdpWPV2Y1aYTzQ2QCLPUs9+HgOAV6ixue1oryK/RADGKso0m0h1/WjVuVUrrZ7bPyhH1YDNFwuzV6F8ybKBx+7xELQ5EW8zP3MXiqlGHNRcLNXI+hioGTYX2wIXjuO2M0DSR0YGPYFHpAEI+pvUpxnfydiZz3IGF5HFrruQcXE2fsSbL2zgrZDXrQ/gRCwhO8e/zy3k+SfHkS3YOyx88Wez1XfEPWuuTde2SxtvUBnGFOqSTE7DB2mb3ajMB5fTcZzziuiU0sSN19rjXtKfQl5Nt3PijDMO4SHk6NJ+eAqcdVjdwHeAvvf3H7CRZvCv4b7jxZGBY5Ys8HNuHCjbSNLilOae89MYK+UI1VvbSVM4wBBDM/p4q0zRHNwm86aRFwKLd01CH4nW2cuztYc5cyMT2X9+Nmk6h4Nus0rYrJEEzsPpWTOPxeb5zBWGzD/pvZ/GzAvMsm/0sZ/Aa3v62Jo+LtqH9MJWsyv5nFbieHWaOmRoh4nvvdKJ8td3ZxUWFJY3TLIGNNrVoCxeKVHqFw69d+h6xof80b4gw9MhKCcGEwVEgjDWOJ7x4qAVIiLMiM4Ych4pVSRlfTg+uJHRhA1ECxqjv6tSZbG9nIUgvyyKxrfT7W1Vm2hWUpfPUdmaH38KKJuLirNCvIBGt+PGzRkT1tylE5jP6K08XDrJyrVKEu/OHySVuKDG+PTUkYuVm8epPwn2u1P+XXuhhd2nFDtHJEY3PJQ6g5/i08XD9QKF2jm8bOhWQxOejGYnra6D2hUUv2ytR8Z1hjwitw8ir941bwhP+pvKKTKU8OTXi9e7llR/G46mEo9fzTqb1UT+k+SdWRl+mDKEi1Fj7OtOQS8sWH7W+YeaNpz8OTt/fMpVMEiTA1dOJM6BctlWDtDFEt2ESWOZ+pAp4/T3sIUdtOm0uwnYf6S+Syz86/oB3ZECBT+o0vhDlfWOT7uaanQBfRnbXsqjZqwFnPDJkveaLhx1m7sLZv8RcyrWRw/ZlARuLjkq+OAGwZnDWCnEcstRxkyI0x7Zh4EV6buJoKRlug88DllZp/6k7proGOYajtssyam5BwNs0vNkTIcEpiGQDd5mJ+Ncky1rNVYQnEK1SI4YwjLKu4oVu4xr9PUgPm4k+7RFdq6MTAqgXs94yXe258HxvLUL9hEpTTqzsVHvk2yGJbZ8Q1C0lfH7LT3YdG9TkeIWJRzGmqypffLAL6efiHkv7mM9muiJq4wWXVHpy7J6R9+87rixzYiHM3CU1zxnbllHJPLcTqaSRpDBxDK64hE5sUo3kqstuW+kORdZqM6oDunfiPp3C+zWrpvDo2VpMGNpXiam0rQI8vm/03IYB9HqKnUnq8R18nZTtxMilUYolQ8fZkOOsBuoqgWd7Td/zqRlxKmoiUwFj+f9eMXCOSur1OOQVbApvtZvIgIsOemL5zIAGmlhMS0NRr30muyXwbIa9GZTqJ77wkCR5H2elmKyiGFUHzdTnD5qZIQbQ4u0FEHM61V9tlNWJeKM1VvykmYhRlxSjhWVsrSrMuehEp5tkq4dzorXDWM59XgEomWofOhxoNhm2KwxFeWY3jvrpVMp9qBWRvKpC8RGrqLypidyZvF2UrkZLHg7qhLxkwSRYQqr88Xyk3C+1Po2fwwzUR9Oaiz3iqtccSNjT15VH0oG92Ab+z2Z+gp/Fh95VIVemNt7EdY1BGr1lnQC4VU6HvRtFqrRTpfaAeEr+7JpcgCfzsTeyVPw6rlOcKutA6T07DXu1vhVbtBlsnkJYwHvD5rXKrWpWmhIbXzazIbmMBZScW/Ubxw+1a7kl4qn4OWxhBxi9w5rSB5Daop8tM2jx0lTycCcHNug555Q0cyQtkkRL4RP3tZ5+DijHB3ZPjZcPpJsptLmAr8Q45fPtBsxQx/JRJHt4h3nL0vjXp5bLcItKLSFV0qMXM9Oo8cublHIxSOOKsdsjOnGJMbsPfG1WaiAYBxHf25BVtLUfejwfDw87E4ulW7TZWMazTMy/uIcBqclF0kzv7SJsAPcpYHQUBCfQ6srz85yomW1KiluclRkrt0cD25QhBrc7E1WIcmZW+msT+LHs1zOf/kX3+wd5aPbkIKrHD5nTV3nOYi1ssrfFTJ3PWVFtF+xQWqw0zksZ7aEFdWvJ5QRCnqkFM9VRffeCpdxS2iogZnOi9uimi1yNa7YFrkkrHj4rtZV2iJbYkuwaXtsi+1xZbbCVnjabIttcGWuAD6oibQ1tsT2eHpgyNNpa2yNq7ctlriK8btq2+FywAQGbDtsiSuACUyjrbFFtsK22DKXF591+Wr9aItR6OWYFO1QX0xdPfyEndo8IOAHHWf+tWyEvK2+fCjW/x5rPQ7pm1RS75vqRw7nhUqTQ/mkJmXxAUlqc6bsn6Wng5B/RHq/fwBm+AlU2aleLx7+7lJJzf/+CGNG0Cxv4N2ye2TkGGLU8Ij0gG2p6ZMx+3bxGmXu4ZZ+L1Ol7ffsZ0T/GMPnNKBAFPc3edzelrhM2OMDn8rD7bs9m0R0qo3MCQ0eRWxBtM4dqtk2pzVM6UhA/NvzxlHZNMJqv4FwC21JfVEapnNNI91hq2O7ry1MBXMaqbt3igdYM08+Ju7ZPwEfmFxddH/VC15rBPbQE36sgaE+AdRiWeQOYQZDLoGjQstP1DVBVQMSCgS5b7iEAXkUCheex8hk4UMrYPybox4Wctxi5PkW/ThmyyMiAq/cNpzzW0jo+cDNV1ZYm/YDiOcAvNjZ2f0dfzNrhi8fCKtvBVB2AChWExnURrURO5ncRt+yMTiGKMax8oHytIZAfqE0qtPp1jlblKvD4tbpFx80MnAiLyR7kFKYzKIVNiYcmmM8xF9PwJoy5b820V4+vgYBybdtbAxeDLt8VxM1Tvd6tyLGvF7Hg9MVcwgZZcu4sHdiTFhMQmYHaJeypzzgvmC/FAnDx6TcT/WhpdgifSzeSaLQiev29N3rMjV8u2F5BVpLM+BIlYxWG+B82Wgwdmziye7pAhYcs6OwWHmxQsRej34/bgaK8jXXky2l/NGzYgPwiAkaoDKQxCpsvqCgYpfP05Zsy2oa8BRZWeP5bXzd+2b7Us1qK0HYAjEdluQxBtQLrQUl+TFe6dCX5Fs6ftzbQLuyUjmSDUtPzQFYr/iGQKzJ14YtTT2i0M4++p0MR52NpRnkp5Ay1dm9YwqSv+3P7PQXPiQHbdKNS79q1p/FaySVb/cPU8J6gufWTpNOIwlGR2RaY91H8w5h5xAoUBaOKd5QAqEhGHl6CSGd94DZPf3xdElwwJ0+2+/fROaWN5dTVjgsdR4i5TvsRNRCr3GU78JoMj7V4leA706TDswXfVQrlTVGsLjQrJYV5bUsB4rAMpLMeB6NRWq8BmGtgTopp7+JCzzP65svEK0Mp+VOC1r1M36Rh8awdL8sSZV042d06JOUjCi4bjyWGk/rSo8z0y2iYgMVfR3wPR+y5nFq0KVDZRWtE54M5uT/dY+nqHFShRfbaiF76lE9+5QGXwcNs3+zqDw7gzgnmlKpN5iHs6YLOyOV6ugMTzrSLxAhT2lmsyZTglyhkReNxLLVfDDTfzFmqEgROsRhqGAFmkZ4wEorxQUWaHUIjJmfzu1hzc8Zhdn5JSUsz4gzJV8owb67N4fjJMhOFnyj4mJtOmRc9O+7yALQHRFCi3U8BlitfiVvFFOgWfQVygtiSmYWinDvYVVRI51P+NbP5APu1qJf/76sOBr5mzdoZNV90w0lR8Wmj6FJpNaR4jtZUJAcFUGJZKR8KqyY7A3Z4zbpfAHB8lRAGaOyq6I3eIEmIf9Cz3KbRF5FjovbSPoNLpI25dTlfJFUVWsUvpe86sHNtqTj5WQ99IaT2jAdcrhJ5CKe/PPBu3jSyqoLNZBVS9BlLf7/T8wljlGmmbXtAdPjEY2PpwkS8d7tPo1l0vnqBa/fDabH72U+kVScQbW7n34Tz1YUvPM4gt6WJIGyvEx9RnFf198mmf3cg8C7cBpZlTMvYVrYlTOaqJ+xMo8r2Dywnla8GDQUE/E6jxfdKyoMaN0Hj8Hp728TVBYjVYi2J0rASfCCnehtL9/K5yktmrTs8CbATLhhWTDB10TKcmAM9TSGpOapBnv1AyS063OmKK3lCPdv3h5nLZT7Fgzxm/51yGWoymGKe35n8YgM24bF6ric1V5Me87enFZ7coWGWolJWbpy4or6oSZbRomalttWBh66UB1z70oH0Kh48xsgmVSOuFoTYi54HBWwXC/iz2MOE9cGe+Xryrm8rULjFluFCbdn8AzbZYqDh1AnK0cKiCK24d9QPKP4Jqk9RiCk7ob+YD8y/Afb+/a/Zq2yi2+vV6ypxzVlEWi5VDpR6ObIuifl+gmx8y5ms1axwm+T4g+4zfXtZ8TRD8l33ezFI6JAKyfuVjVKOGILpPL+lQVAa62YxSwdJnqZTZlIvy8nUcBT6OhBCnrK9DI1ZFwZ+DzkNXKJwnJdh2UVNbyuLzXqbPtcGErGDoBkOYzrZVsnalY54LXUutQIn9Y4Z0qnXNqpQm9g7315Y3RDhGej6Pgd7irnibOuxkhJYq7IBkNFGDJC5vcsaB8nUoBL6Om8lCya3vJWPxsVG0fWFrmbiNkqWhZkqzkI6FwRuwq9a4HEpO7tv3Fg5Je/wqcobFsg0IQQY5soH1NHAbU9Fw6dN5TRL7Ps5dWFNQV54M1vjjQ+06F9rwk+sESOdYXTX5VJnjoc1ASdAiNuBz1zpvPG5OJ90u9qDTAsNiQPCWqvg9bg22JckewO+6L7FtEhI5g0KAttq93OWA82Oi8VayyU1nLGpCmU9M6UhV6+8I+bdTW2u/LhHw7U39Z3L6RJWCrvM8SUUt8hTTMmkGAdAB5w/10VkOH8nHx7f8tsLD6fTTrQCmh0RB8JkIuHNQvZc7o/mVpLAtTVeMzCm6XFkU8bkgRuxhIf0AXntIe6/7ZFQmhHZFCRO9xoGjVEXb/O70Xg8skgdWE7SXHTwTN4cqAF7QGmh+uWUAMsaWjaFEG7Nc2GpuZ6onytKBerpro5RP831a3yi6ZOu9NO1MFU2nBta1eaZrVi05/MVi6rX8GsY0FP9jl1CKgt1vCNucQNpSWGuECXTYIgsyeAeQGIF+Kso8gFgNn1Uxj9DzVMTFFV5geSTUaVkyALeOt+tYILoPHDoyYFCZClhRlJvxBlqYid497Ndv13aqEplwozpslg8kAbrSRoOdePV5ozW80ASairuTPmaj5LwexqLNjMmZSrvTSAFa9HMC1OKaK15PkEOxZ4d0L7TlJg52kWHQ02lqMnvlOyJutEPK869b64fUktFSySws7+mNuUngE7Y612HE4K3U0Dy/ax4/RHhDbIozR5hecmpmWUyMFg/63/xpvecNNNH3inE56pVDEo9116e//VRu2kWi4cdvVX4yzZrzWNCkrNW/pGyEctFpehe9QrzkFurstzhl3L1n36Yhs4EzJUpf2brFVwLIrG/7IZUgrHpBkQF2Tk+a3F4SegjyrmA5SY6rdRB1ACQwUfJBAydQLfPBAnBybya6cFGg4sYurfY/C0EcnR2frfdpkaY9XBARMTfTDrjLiSOaJDU0BI1sTTe+YOjCZJJbh+EMyh+GUIzlZdoEloHbWcyiucZLMopcAVwo5kjwPz74aHsFcLX3APbosk5EL3hzLM7W2Z9f32jCiQ5JZPz8+SKBmSQ0Z3ResPowl5qC/t2yZubgCxQb9xU5i8H6JBvzE1Gh1lDOSpK6p9tNejNDy14S626MjO2PTWWv/cPbQ3cn573snw6/+iD//y3SviZVIE47KjEcXGRKPgQDb6rCKD/j/9f/CncxrO3TEN5VJSEb0iczrfNEQGir6JPq7RtqCJa738ec/+FoRt1Mfq30oE9hPNgTx3QmsAfFdvlA0z/l7mbnNqeVQnyombCNcSB1il5Ph57Fo0JfrELjXvVPL8pKGQ6vWR1e2oYh/st545r+vCR+ZJb8bIqx6UMLyM7NNOdFUv5xgOa527CkQeiFpXKlyZsTESKwXmDAZpM5rY+Zlm7Q24PkrHC4UB8tY/jgBEsFO/W8Kf0cW+2jDNkyvKrP5VP+c1fyh27UHx3R/z9wJAAIQQyyFna3oUEAq6GEaY0bZH7TNb2Fv6q9tES3HY+7Hai9OFWVL2thhr8DYKe4i7W+9hz2SoTkhXczh40bSZz8xTC3vTAAswJb7VEbMHdr8JoyD80ds07mqrnWxbPZ1ObSunDC2sf1/rA87qO/cLPbeG3mVQTy+5kBf3i5xwq4pB/ZAGVHtndPUomKCqLDSHwkSkg4cT0ZZ9gWY+t8jTbWCQfLxhwCh8C/+xIo0YFuPXmqH6OeuxnUdRdurCgqg26DjUBN16ScGh1DhFCXpieX9bWjhKaPvby4a3oUWQ7RBvB7YlWd+Gb+oI/DvsLz7tHI/tW4FIlJtLSvz0U7nqS//mZ+aC9Nxhm5TztJH5lQ/E2ryyXbWI5TPyjBaAhwlWJMqfPAWUqPuj29yaMjR6iHMeZBewnODHxCfutFBAUTMwPvusufwu7LixF7HpXlHaqQRVSW7iBoinu7NALet4m3rx6fpz9bXmOhR4+suSPvInh9ooBXso3t086S7zdu0lcAcFDAvoUDLgBQJ53CS/ps1TGLqKlUeck+V6doIHrufpND2RzF/lRWnIWXFYaxf8HXu0fUddkruDhRcm+2uZWWMqfv7/VJEXJ3taWXh3RNIQzut43K6R8C8INthOY1WwCxO2wFq0XO4owc7T76O92EoPx01FhZ91pjTQ1P5aHLAbxHqn1c3TFM7Mt73gpKtm5qBGjV7rlYnrixl7U8DdaxxunW7siaSdGBuo9aGfyxhx4M10gIbzaXySUKSEWsDer16hm6G8YyhgZg6/Y5kzcxrzS3vUV4fHviNnS35IhFM2fP3vJU/8VRZ9TzjyniJ1idp1Ih3OTsld7fbfjZgl0c/V66DHYosEs+Ut6PSS2TXP+VcylrXklk8TFJYUWNJo3dClmLisbtLSPOEl3sIggjb3F231/gnyUwo9YG8z87MEmqclJRPo2eRqH8lMNvWUIeuk6aK92FkYiQCLBHpzbR+ufb2EaQ7iyYMfuJAPNkW0gjtcNw3+GCh6zqoB1Geq9zOMkCsyRzY2w+zDwKNr2mGBaJaB9iQ4vn1gyFBPc06B/xrw5hnGA7I21LIPjle5SUmXbD61cuRCPdWs0pjffx+hAeX7lw2BoGOvt6ihjz6eC2zK4VTA09KuT5EvdgL0DgnBpuErizcVVLsHAO3Qvd3SAfzhFZt7RevoHPPfm/L93IVuPo3GMYD8nu5tVRbkkmO72vMXlwPhaly+Ys0UeL4U5rFQqvKRWDjtKdT2lT4R+kQ7XrneydczJ2JymSpYld9vrVTEpdXuy7QX8bXgxh+5yvM60jJ65dMMNMkROfDmlvCShL7on7MX0xrdnmNVjvrkPjKZghlMeW5XpgWDaVrP9fRUtnHYPvuzw9vDzJhQalVXFFFv1TqkDkojl5aUOApWsdL7pj0VVmRNN8OQArIar5S4ZzMWXOpqEJ7pPAHGH8PqhvCsfPXstl2aIKpal90y6eGQYKydogpSjhPj/mo+NWHKTkVE2XkEWjgqA/EE9otAKyHGRV9sUqIpAa1z+zw909HQSCqs3DlwHO4HC8hIiLbbOqdyAp1aDLTbx1TR/f10TVwWJSf8sfQOqWmmW2C9rCnrb57VW3vDHMpspk/lExpI1PADoXxx885cD2k8g8SzalPTz5qP3RYNgVozoz2527mV9zY2Epl6U4Tp5ppgzsnf4ghpShGuzwWKDgcj0jn0PsydE6nPxoh00zZhJGCbg2kbYSVCr41yFib0v8qg55Cp9rYMASxGCd67xkEpNxNssbg/mfNIYTThM6L1oTLfn3dMlzM98jT+TDpUwOy3wQnHnmXOQjy2JKHHf8MHdnxAmHKI29RfwCdMjvWXL5GqBgFdL0DQIIIVKgcISqJHcOen6DkLGiHa+wa7YBevl12dnOLJEOVNfFuKtJea5AT+wLBSqcmTTYpNst4dODVWP0dihw6ktteTOCrtZ0CSkFHFKaNeZbh4axy22VpXP0s6rA/Cr6CnQvE8Ai4pp93QPNT/8atpnJnC1kJkgW9K8C0BJBEeVngWkGu28cdrOvi71tUa+8XrxIuJtJWh7L89JOI2EOocNVBAnz27BEK5Zg+EyqUMgVDZpYRNgO5qlA0NIpCMl4Yi3BDGq5xYsGsiWN8RGVlxFM26HEad8EmZrBDXc4ELuYQKybG0lInyFVGDl50LdQRGyjAGTgPtqfb20G7gCgenbV1GArQI9rEhgDZfHNV2VcZUVnJoFn7bLsNWxntLNzw/sSnkvNOTE+M4x3pVL7ecQ05IzDB0vTrCODtFsntxdRRMBY0Saxr1T5ZVEry9En847qQ3XJZ1AGzSYv2lXLe0ZRkmgsVpXgEZOXkHyZF8Yf1vGzYD9Vejy7PH/woDM0Lw/vKn96gGTJHA7LrAJrRCaL8RqpEEP2NA56+qMV0h3vOXt2pmsUNZrD4wQyaUb7qRphCkgovK2zJo+I3DBdSkEds+czIGbyeh8nlnndVM1NZTvUC7kcF4H2UUWUtrd4ZqbOo60D7R2x2+rRcRaZTjhf3tw4cQ/I6hitRMlbhWuzHM9kKxiJblH4y55refenHERCyihk8BmfENPUEHgGEJPTYCI9nWGPDuBc2rV2KgZ7U+viMfDUtwq3TWYTRp8vUCgEEfZCcLO8VrzvTg4eWe25xTKDKGfYxgSpvvd1bzfb/2I3DYKO3TOsrF37ZGdfFjwaCGS8LTvOsNJG1fWpLrxfQXC0nOAUb9QhE2rEba1yDkgxOkTxzf8GzTsJ1hbvrRpBihruwRYsxUt4trEOBUnwaysc6lwPMODlK1Ex5v5R5F2sWlWmCTb29sZ7ckCGirkZfsJ/JxNALRY7QgKVa8vsFFsvpyYNt3tfizvvr77OZ4iJmoT54RkU1CSkE/3rXTB9MZRCKjAU5/nQmg5qFeg8ttFY/Ts89FbeRZ6yG8aAEuwuWwS5qVj0yBgyuf41JddT1emmQ8xyGIG+66T9nPIFNC+NdNQUNkWU/+PAMvRCQ+bF+cHctsJaR/jSEqyYAMnbJsusUvIuyrFN6uHMpKYgi/424IlR4FT2//l8zz59tHHF49GOq1wy+bm6Mw88RocojjSMJWDNrq0ZEXtv+ce6Lv2xP0vjcLbcEYXc8opPCMu/1p3vQXkP6lAmf+18ivZ/mrpbjLr/of3wQSHt/EafM/nuURk3VePSdnArGuVE4u5znRCk3bf+rKA3qG2WAo6GZ7Qp+kOzKRyrI+yIu44gtPzwIIN71SwhVOTznfw7eeeROOPsYchS0ApFX5TKKOL5Qgeo5FeSsvH/te/tpUNnipllvcxLGl8RGMd0foasqmaAJ0wec+OIEl2ZUlPhZsZM8iKGf7aujboacWO+NTgX20BECNsWYCPzD4OuxSLJjPhrJqjm5zGV4zL6DFMYC0PqOFrFTDQxF12wQjCzxbW1KByv+5X2nPvIm2oAN86xpiaUQZ+aLigXVJQxmmf8G1WKxLnHPWADbTBnayrBwSyhjErbxc2JgED/uwx2TQr6plrBQC+7Xv8Blz9zELLmq2vXLRBBzmwKpTJFIh4uxVZOktQ+8sN3xN4bZ76IC5Ky6njyMp7tRhDCax1xlYYVxbbHYfrlMEW65VWYZhIVm0sqV8uKxwHJZKzNdHTsjRhy97/eoqz00CLl+aWSzTR0UfT7MVgm42G4lZHH0tv9RAHHegDHYaXlUSCQjYuQvFgNMGq+/MZMuLk3MQKpnGKY9BO80sEMCKiz8Rzc5GZZ44S0q6M1IU/G1nyyTznmsyIMergB5tup6SUkuRw5NFj69Z5yyvzuAKn5wSqvaDuujayNvy3MGR2vjI0LXYCaf7pWtbfydsZ9j49SkKenqvVxa+Ngx6G19M2nHA+2gy6WzTYlMbH56yGxrzwwGpy3Dj3RdbUfXVThZUwuqawDGcb2i0fwUjfSs9YVFJjOtsVsWFzW50KeFtFUAKrqbaFxecJz6NbQ9+6a/MnFecEYHbd7zq/xyV9syHOIn+THmD4PZLfSqYlm8rMICKiNDSp6keQw6Km9DTy0j/PcedX0PenvPDbcDb82ncBrw9l+E2DLp/iE/nMdLhj6ZPqXVtBPgvyVZ99f5wyJ7XYh3NBwunVvdfRhD60VcvvXkz9shY0NpzqPo6mYTg+9U/Tc5RfrifSlm1FCMQks6GjHMSFmTVyRB7Fcs/ReVm1px3kedz6KF0cyZgDpBAiQVcos9pAKcjhazCgbnLInMie9BwYUXEa1+BvKj7TrGQ/VmBZ9ci1QlvJcdzXMp5FMWpmjEaW2cO390qMFKlOx0Kyxq0vYsn9K9JijJxcfoAczEXrOU34htGZ5Cj3Z7z7UzCb1Sw75P8w1uGSaArWGdcGmzFY74epMeJWFdLHpJg1V3YdeYw+0eqbhC27RteYS4Jge2PbaIIzNjvdbccUyBlII9LCfz365NWibC6srM2ZDpG2qI+tFaE5qrXdlhIagIqInOeU0rSxnFOvUK5ibmaWi0zhRZ9asJq5zbGa6pV0f2CPR9ePOw8+6Djhter0BuRltiF/3jQWjYDc1/E933b9Dob2tVSArhLJNexLT9drmynDSOSvBI2PLEtjqCVwOM3HqcrCWLHXldUPuvMi52/tkbKq5NYnYXfwmHxBrutEvMeMEwiU9EaiHWYCz60Okjk6DsEIE5MRY1XInaYkhkEcAp0Fh9e9lrTvvhEijbme/kU9+zqjjdLKkkX0Fkw8h4nlJtsdWYP2DV3MFZYwvjIpR1Hk5QM8ZlI+cj/hdu11OdlWq6SboE0Nwr3HpWBmYH9Ty6ZkAUcWMsYvN/ENkydc/JgSBG94h1sExlgadLmcRxVB+U/QgEHKzh81qmslTX+pmOeArCcUsuJtlIONP7JX9hiQnJXbdPu0eO5MdVYKRfO8l6BYjYpTqg92aWkNNi7GTVDfv1jJa3PLoLbAjA1zv4uxItHASOPI5uR/r6O0CNv8bedX+6SGc987vaVdpiMPnd9Tc+oG+w+Ul59jZmuB7u+6/7KkvnOc13s3BlP9fihpd857tA7SjfFq/sZFyCdGwU2NLgXpvPhq1hFmGyc+5ZZPw9Ogsf/2w6ga6SLkp5VEmdtozA/JOXkvQbnI29qYqicm8l68Zc/kF2RCOygHayWtkkbASrhlbidHfZuYnLfri0Gz9QQmuB/TPXrwCuy2UQVsIXUzrvpGcRHZBt2M777ULrQ1pFKnGGDZo2qMX86OXAeMVJTRmoed6fCpo0WqV+ztQ27+gjYLjRToZr18cvGG7LN49SSyrMcHfE7ljy/A4VQhv2khoXWiaQ/V1xpGpGhaXC3H2FkUhaOjPffoVTzzVFmD+zUQMoiLO+ySn581SyTwl+z+2V+bCxES3YHOeSBY+uYcfpOFJNM9JPd9ihIN7xq6R78OLQWmOQxBwHzHJJAv4ViZqskaGc9fu79pKYhftYfjzgh26HOVhpTg5pShodRyXTyw9O6T+qu98kU/Py/PsXpFMOmJvMzMu6agnpmHwDFXG2u4N4YPu5kIbdXWHM4w8hRlYFuq7fRbcsqpB+ZDZvp1AX3clVQi7OGPIrRyHDHInQO+cUwM+BjIBYR4oK/DnQRCJmb9kPjlW3GTF7u00eZdPzMOkd4D9pkwry39QNp6SRM+dslkylnatLDnshjf6VM6RQyfaNraa2Kdfvzx8fdl9JW7pt24Cslqc9ts9pmYfATh4panm/xKbizcEgdUmdEDjxZMvCTszz3WS0+3jupz/PwAXAb2JlstbjYLKZ8/gfLSjK0YrWOYzrTQ8VyXL5V6S96R94rkFnFDC34dGLAtFIkkqTugTqwaBCcBLVLQOCiL5wogM3eN1qV9ZORsyaJ+Bg/PC9YRtE+UvMDAzI+qmdl5PuuL/PbAPr/VWAyKrA+b1p8m0AVaZcvaIlYrJOCl2ehJ524RahWNBOvEe3sYut2hUUg4oF3f43+Ks/3olPkEVWjyFPyQAntRq9A6hVyT6vjT0V9MoKPnmL+f/Xm7NZ9V5jaZBxUpPXsxOWK8ltYKRREJQJ/eV8QhF5KMextP/QqC+Vw1y/h4nS9Q+4QhRQaA2AD4ajswwZR0133g15U9dkgOneMsbrZq2G8Fme59yV963NTDY++hr1nam/+lIjI/5xpyzExWsguZRx0zU+4FyVZztiadQozeX++gOJnt6IFciTuRov5ssU9xndEmCPohfsvw8C2uVyWru1u0hOd4j2CVojoQzRAXS/1Z4S6g0z3p+OCH9IsNaebqaPd2pOhV+sdFShjATSD5L3QxrEKQIaHj/HSlyT54tBz/4YOicscSwXJzfka7f5qJG6tm/PT5mdEmRjD+6P+mmfRi/emOrXSuwevGefX0ZQvevOj+SyxPaTL8UqCmIdmeA7tSgko6BoxzJFs/YjHjxTZGT7N4dZ6uYOYjl3XOQO+oNEUpSiqqwotLr/Oa6cca7FHEFl7eiZ6pRwFxnMN1u/6b0d14CiMe73fCGZYul8N3j6eVXNfXPGrnaPSfp59BvuUHEEosdtaRxWEyZOsqw7SRtEbDhPqC7thiFXbX2GrKnCcUQy0w7lqi4059yX1r0p7TfW9+ecJnSx5IfNLhywWuYxwhHHVEtJrJiKT3IanpgTfP5vtMvsiP2WF/ICPWD27pzePvgYP1zSnxNvIeieuHjZUT86/QSEukHrRGE1zA8m7tfkrQoYABdiiI07uhr8P45RVvH9L4yLFwr3V1yisCEO6gKLNZ9LoF4XB4q8BmTFZF8dIyPPJAaiocZUBUg+3LLSKbgKp4MY+VCmY9Kb5dQsDjyaox7fsYuOGOJfM/TENd+FAAUzLbdZGmQIQF5QBwccEmqcKYd9p96WX+edeB/jPfEnQI/eyRkIFAnDOzrr/Ky9h300iNOWqcpEDKmA5pWwB/sIo824CYLaCVIndhAv1/XGVUEmdqjcg8UoPKO3hCfr1vsjpqvU1sfA/dQPx6v5dcvq08YRooYpUUSdx6rFSdiftnL/WmlU774U7x0Wj3TmxAWr3etaat1x/CXhCM/NCn88UzRLdqHoZJVI0MIdBEtfDDEJsU8dsnj/fopnZPql+KH+e/kFjGjCWoXwYGIf71Ay46/bp+tH+vjun90s8g/Lh2q0j8LuhOXztiCBoOoXwiez+zXTSfVHq6KaSiYtRJ7l/juc/YQumCGlzAv9UBrj0HIMr5LVnERsEvVx07yyVOOHsISaT+NUOoYx3Pj4cmPZ61+cvZmxl146TkjbsXFXziZ3lM6gtDu7PEEY5oPMLc1KHjip0pQwHljpHGBQ6PGIki7o2DjqF/EjRZf/z2YumYaUdFIOhO6AgFIWuTqHVNZJbW2vVTAa0eILXBPWK4PtT1iauKQBZgr2ggUZtEADgB6CtvI5eUjuaE/vg9F/SRq6DzMzlS/sYX+UDEGdah92US+qc+yJGRyb2njmt44eIvhjByjnL+0CS4v/mLrdTaN7erQ4eBHvOseIfJ+7hPaPzGuNznMyyqEcMApgyfDgD6Ui0J0N0JVqdWrNkCWZjtPtITxDVczIVEUvzMl6rMyM1anWgT62e36ePJHu3V9HwqEMupcpTaF9TrPlyUDNqBCU6tbsb4rKPO+63p1g+VCVkYvF2ToPqJOJ1zsmU6Zm6TbiSrDEeS7c/aYM6fZRnJzmF4cdWJDes0bAaM9Y6ObvWAb3YPUoC2wHskWbEYCuj/MXZNXEpK5gEnqq4gdPm3cIOzLCUCIp5B/Ao4CyByrMSLv6klvn6pHxmiNpPNwzhJiLv1WZOo9UZL+bxkzf83bLl1NN25NWNG+kpJWJa6WuzVVuoV3M/adwVqFdv40VKM9M8aW69rKKHqTzQI6/jqWN9ofxKL7rInBM+u85x3yJBfWe8dz1IXu/Jbxc92hdsf1IPHHXsucckK/zEMu7XOwYL6/0BvVcfoGojhEJINi4FwseydRP6+CylY8wXgWmR9M1WRjHsK4pjMG5US1cbgOdAZeTntlOhA1jKcKc1PUzuVH932QGK/yUSQ2cY3fn57ZciYvXnd0Mb0gWb5u3VWc3ua6340N1pfRHqPln7su1IQL8lIr0pBZZ4zOdotvBS/o8+xLSLOgr9NIpzk7TfSm3zwYagTfGQHS2RETYW+soP6gJNQjtjqkIaK+XyfanV0WIx8wvtfyFtoZVhHsVhd2LMCL0P+/c2NxPij9t/69fwmM2AkDdPkuGWhmCUGdOlte30jHi+/ASWU8yF/LitOjs+77g2N7S3/htdGWubos1jyrBcIi/MUONHvVD1LKQt0SV9hnBmCSe+AFFUtozMVlZAm77RpqaIC8vxqugGMAiY1h32iZWlTV7PpJrPqxNYNdMNQJq3qn1TzRBuwPKV6bJUH9rMvT3T48qMk92BsUf6CQ6PalbyJ4wkSkvj/Wa6/F9e0I0f93JP3RgqQbPIqUaAR7bjokOnoD2KL59usbKEIBb39teIwhAaA+H198p7HKX9D0wqAaDHwvw8pXNvbWB1NHvLlc4RMp8WL2FStMWFbODr9uHzmkzJigkyzSmBuQwB4oO7wm14KpZmo1CX85dgBv14Gv1H84XU5DRvyc6jm61bjvkMpxIoBccSYLYkBU3nq513jyOQTe23Sr3FsjIrgfVzvJyhq9f4TC4+WCchLuA4liztCcGr5XumtjNvb4jtOmx6EnBm06igDVvN0rnozqc54qqXvZ7zasWyOiszzMeSj6aC12tWM2Th6Zzucm0Dhc4gac4X0ahFNaUOqwFoYN2936PP/NXPBHHVv0tQm6GsTi5CnOFCJmMqKwtwCQ1kuarCFTRRlaD6uXp9CdJekQWYGoB7TqanXPOzGf7HQmAjCvh/0BGaF40aOhIADgx6kC3bi+igyGd69NASYdPhex2XyFVPNe168Rie8tPzcLxBZIcMsZZ5btEG5jTbx3MOMwBaBKntlsVz6MGxA4ejmiu5RQBqhyysTn32U2lXc4YRCU2JNRF/4RnPcIJma1l2FDEldYm4Fc1t6lrN+y8KRQ9odF8l/sY/U8euN/d+OGOmvHIC0CRRtNLV6yrMpiA0D94/ii3OXeMxyzvJF+ZAhY58vgHspr5F20bumxe57TyUBPxOBxb1A0mQJRgPx+e+Mn+TEBxnNDcLP2RWHs5nLiOwXn6Vbhvg4Al8UJipIQHrbph2E3lfQpZMSPE9WpLVlDiQ3qE2CTI/27NXGaH49NwZacFq1ogE06eZg3llXYrZKh4rudozrHx8KFdys9/tkyT3IddaY3JRowsrs2zfy14s91IXMX52Y73p6zvS7Y/cpdzcxmm4Pb1kJmDz3qFNafFmk8KmNDDGXvjTicO2hbTdvVmS+L0MfOGN53iDOW/JMkttnkmdXU8s+tCEH/Xs4aP/uLgiuF8HHEF2akgJm8pWvwnwRDE8Uca2deHu2O3LGZc/vj/Punax2FGYYMfPSAiGzc2WUQCOyDPb/sNhdW+DQYe3p1t0omX2KOS2jpTa9vFsDi//CM0ZshWQ7KGRti0DDI9X6lJJ4Y/pRwpEhUkGJRjRjclillDgFbTbDM3CdCaSBcJN4zF9IAVduI3WLWwI+m+FYZjW0MxGEUkFdkUhfmzm6CW2WQ5ObLb78UHS0Rz7U/Bgddvx6sSjVasAY2h+QJWIxP7WY8k/4KA+E39/PPRbtmotewMrZ4d2gjj8nHuBk/EWgysMbxxmylT/iM8Q16QDD94uqw1Uld+WOthWgtjOnH81DPBqXwHF+hiEs5t1bqXMyJ0mGSo93uKoGMUaiTqR3dclCoJWcUW75sND1HW6ksrvjz6TbmQ6hs7cps/YxUUPvS6d7pk4xEsKQBCCFpquzGRijMz+Q9BFOnIspT96E64Ia2GtOs/BqA2HkdF19CLg0489SSK7PI71RtqmVwgqycIeXeFXriDGITEjb5QZWowwpCi7MR6W4reMpKevz99H7cSMHQEHqVoL97TZDnOXmZN8xYFNFFtNKPzLYw09Tijl8OEzYJ1Yo7CHZs5WqcykFMHZs2fOAsj87VYWrxW2EdySyIUVmpOLxrJ7jrHO0zxttb0wa8pV5lo4r4u3u89qgmOM/t/DoLXovLwdDILQLiLQ4mUc1B6aT9acEulygfCMIPv1+kvKQ0LZFWgbjR+wKVmpFiUsUgvzrpUS8QAxWDTsZ8077dFwyNjldgRQDW73hyZFzH2RmepPLrRi0p0mqkAX9pdtIbDr2GHZ+8LXY1uQTNAGqd1KFq4gsD08JhTfy6A1eUhAcTN6+pDkHEmnZsqER7q2Ie3so/ovS46YPQhTjLSy0YuWuI59ppRfwPvDuhzb9toiyZh5322WVDrr0oddiZhP0ERPoLGn97U1P60x/nrXnWl5oTyzQG/sYbey/OqzzOakbNUuV9ox56X6MNaVOgbK2qbu2R3ACTa11HxSmHPRb1wem4zz5ep1ZzV6JF+UnkdhGhxIsAWyIBtUxlFpGekcVO1ITqB3N/FoZf07jSvhKfvO1RNLo4vzlWW19F4mCmk0D9bGvi5lq//q0sPYp79OO8d7Oah7SOpSDafpRgH39KqWLKS5ZzMbvjrKZsyZUVcusypZKJ3RHfb9oYrdTS+HiTWjrp84fSFXL3zapyNL78sAZ/Y7dJirTMSWOT6NheYcyzd5xE4shrfWC9AJYjsOplapxQGXuJqPqIXjZTswrVGIMlgb7RREpBUqZtoI+AtVuTAPJRUuXoaPLVNYqaKvIxsRs9oa3fNIiMZZNf73aTF8VjyCoWTp8PIUS12QFWniUpgtWMBRmpUXcqh+XtBB1IzthEY+ZPRkuV3ZGAs+ZY4GoZ+uNUEc89NNtfHg46Hn4kj/XxFS/vlt6j+mEzGS4zXuyWPP+wpKDoMpteOGl/nIeNuO7A9msSo7gnyqJgg/0wS42OsBFZnC6gkLun3rn/9739V2jJUFie7HlZOS1kfsne+hIil+iWWKY06Bb4tW/eVOL7/kYpay/4goFkbVQ2JLz1EWgIJ8qCihyMXwHZckNsyM6v3xw2sEVhc4FkafH8olkiouwJCJ8KdFZIrbfe1ZPI8jX2sxW0zHC5nKiDpY2UtbypBUQBEy29CgyrUx12LyS5CelqyYjaMFh7VYMS0H64j2ZCYvZw+kiAKmZwticibJ02Fp0Xq0PgnYT3OEdME1YYcxavBKkI7A/CwhYhkdOx/JkSiy0ByGKLlb9bgQkPXirhqMTBp4yfYxpFzaR2edTQzCz1jFkSk6iLtO7OsHJ++JicjHH54sz9TBTfNQiyDYRyBpjgz/Mfv93Dcv9W+te1/c7afFgYZPBn2RLUy6t0VXe54DoWKHb74c1fEBm0SKXUK8lifgzm5M6bJwAY1g7d+H7hCeiJJQWzrWcURJjUPtsJeppYSt4ueN3Sbmwm6VKMZqZTAUJg7kxX0Ox6Y93mkp5W0hdaRZb0x1rkCLL6VjMD+2sUvOu5sf1CSdC68mJp8tqZ7wjTYveaiKUz5zi1xtR32nuVE38l7trTw/yJStDqMfnC8oKJqPYPeqQ+6FZqNhs4nfkZV8btPfugX1W2OOLu2E0OEbQ7gaLpDdDqDHJ2r0O6p0Vg4SGcwqmLbBT7hK8BiowwtKUGThLsue3KEiMe7H691vdHw0WUI5G7jwdezRxL/ePOIqDPmlQdeIrlPL3t2bw2NEiYId0UEKi0i0h4e1cTvQyspAIUG5FDOPAm3Z8wE=",
"ops-op-4oh6yDh_-BWvLDBCu.cjs": "GyQBKJwFdpPbUUjLQ2EGsZXPYtO4F62bajCqQe1fN4+Q+1+R6slSJ30zUrUJWcSLBFHYSQW0PMsd6QP573/r1ksLkwc9D9oyCjAOAHrbjiAOj0s7RRaW59QtP00eMIqUz7Zzf22QK9l+HK4IQNdfRru8DDNDGyQYHsIzDLO06vH+M7v5/cyTr35S967gotKY5Q1+fv6QQET21AWfSIwzOfkmHd4bPMunviR9va+fnLLV0IVuoL19hRAOZxq9HQXNKxnPf0Dus6UA",
"peek-op-tqHcVDbK-CZMIFpkY.cjs": "G2cHIJwH1Y2VR4PTt5ox4suu5fIdPq+9KmQCVBRma/ozJepHxbLPLqEUQMpNzuDvVc2YYAHC5O6NrLF1rbYaoIIu+tZhFSyQLJXhnPQq4KEwUzVi8gj4w2PGullO+hoQzEPu33CBGQpyOQMiKqczTNNJdg8Zpxo3R7mNtpY3Hk2hOit38G1+MDUbK5dngdFlKWdd3QAh5KeKF0Fpf5gH2nfIuJha2SdJxbue2+EsujsKL0VTTol0XeLC/v5vMp35JFLjcuSw5w/oAJdgk7AJ1tLUG73GDIKJeZ1Yc9uhhOjwnxLosOGGIKuNY2VQNgWwKosKICoTqcIcXT4SxJUs+Ob43tLIfnmD2bP8SxycSx+AolPxEYz6xFBVcvyvH9VEXPj++e6IKk99ACLCzCjmaI08mOxxPggKVpOjpGJfi2riBXAmV1pHiXn/C1W985hpI0O/c7GBoVFf3XbwD8gyISEevKIqtWJAWw6/mk7YIGMzHB+OocPq/0oHo/rhEaJzUZ0Zd54Q5ILz3Gu4rPALBXRNVX12cPhVRtlB70AwRIoMAOMQJ4kt6po6f39gd1y24gSxmeWTpbvw/ArqsxYjr8SJ5ggbcNxhoKC6H0KMKZ+kbE2A/AycYeB5CD+Es6KTJAliGtWz6DhlABqasd022ecyrBmRY5x2iN5+1D0NIs2Va0vhgdDwXwGzEReRJYkSR1d5C3bhoMwtUHQkXdMpC1OxMO6JPhAIUnvg3TuHEWYezU+TJkVwCHNJMEzn5xCUySdzaYX0H1TLvTiP5VeiCXpKKwa4A8+VB7D35/j1lTGCffC/2lVO2vgSIbM7ujC+t4DwI6kB",
"promote-op-CWu0QoEI-CZK8tQZ4.cjs": "G5MIAIyTZWah3vxvqs7WMr38NNBJ4BkfKaWOSAnYHVnNnQZR2AFr8Wu//COhESuRRqo3u/P2zjGVd4dYKNCI1ghVrEpM6BiuywYH4qPdkskzEFJvqulstZtPoWE+eYHDRfQQp56vif9xTXxJuZ/8CISQvxyAYxkwTbm7QdpR3cja/GNazNPL37b7Xlzfi9m4jmQcR/GqnuN8iynmfOHTetaiGNuMpLNZGm/V8nKTQWKgJ+JNRDGyfHdZ0xTG/mUWU5LNhoK4qUgnNjhfMiObidnDRZWyI2KSiuBzIopl1JAYV39RtZ79N6tEXg1qjm3U4am0zi0a/nKgPhrwjd1b6Hjy2diMbB803ufFwDUsiiXhWuI2DUqlWgkTCe89CbaQF9CO4pB4/z3ZUjdwb5MjQzE7XM9dJVjPvrcINDwywWAcJTzJJk5ozzrg7bu36smcosRf6JD/IGipop41AVf4kjb868khg5ujvLm6jFXemkFq0sa/uUi06OCenrJETHsJgsUhbL8vlsUO/rnHeJ3AIlvfYaJvCdc2y2a9JmHkIiJS1aTbOW20jCpomRr0NnAKuttgCQrphsJ4oFyEZ6YygLPVjfg5FwYw0BNSSrX6k9cn5P7qZuQqhZaj6GosNeRnig3w6rd/Clax2BeZVUFYQZZn8TV0WLoQYbFQVMixe4wD+RRGCy1BKZ/1lBwBdwRiqZJPgnCTM80AGP8XthyuOfQJ75aQjT7+kEOh9wO6/vgwH0/P5uX1y7x9vD6/HhPh3kSWfC8Otp9OKq8LpYxUuG+Xw3XIElsMR75RSJueRIWp7unIvSJDoqWX0Z7KmWZto6YrdnPUx8byIp02AhzR1Enh2IuY3dMalOUB4pphVSy50cay+CSFMS4Hl9R0Wp88RQbm+0Hgh0IULggggEopFbSwXIGDbBRHpzXNk5QPJgSsgxOFGSDiSvbYbz8D7bDmOt263a7shW7Bdd3nK4k/NSrt9ycr5CIJLbtDlemo0RDRu+8bq2OTpM9NRv01y7hI6Mr3AXdsS71BP2caLAZ4UnUYPnSBwsKVlzBxa+SVQ+sNkNvOchk5tVqCvIhvKlr97Dl7tiuquyvaS5qynuqo0kZUkaVVF8TBIuh33r5m0cae+kJ8wmar6EWZrVoP3ai29gI=",
"read-source-V2inNe1m-IpvXxCEs.cjs": "G54EAIzEOBbxB6mY9P9yeg6X02+dPgITJRN1iNZJkdYXIP7ndBZhi3AqeT/j+Al7urHUmqpFIbkqWSPrUR7JId3Sy8c5eLUUwvT6/2O474pxa6i6/tHdmn5+6z7TuGOLOEBxrqwDy4IngTDpoAe7AuQ2+0jDOumlDsLStsgs7BpSgDP8kQq2e14BgaHHWMkqY6CULUxkYabQ+z45ZUnbOmAvTHzrpvLfVtrqLl3u037HItZowEvrBZDmoYJ8cJFomSsuXWMmCeTmc1xWQJohTkI95OpcGvrBQjxOMIUGC0co3PP+n3rsJiQ0TYthjjw/JXieqi3B7qxWDJ31Ik4TwcOeaaOcPkcwFPBEcfb9i7z/AHmeQ+c4fpcBBjdYGFL23dhNspmDcUZzAKhtUrpMpkk/dWGIYMrS39+HkAKQmKy8IIzsR32J+NqAtu1D3qq4bpI+hn0jveLkOt0T9TweJ2SAfPqeMGHP9rqwIsqZLdthcnZI8TxVMa6HkSXFocu2ithhbCGR7hcIrcxNXUWeW+l0aw711Bgv0fZCNJCFxDDd5MDtE7dMPgaVjsN8mT6tUKbaES95X+v07n4xfinC/ubm05N4urkV0OqLyLHfN+AY+nTRlM3BQwLyfQJhtwMoz8PI/vN1El3d3zeTjqS9f0kcJmi1FRe/BoB20miSYj6GTg6ufZjApj+xDS7LUGwwryRILkeptyiyqTGMiwr6j4G9VCWNRymRp0mfyXc8/fauoWIccEWz59M3tOpHvfQ3colppi4FuwsBdxJIP4wB",
"record-op-cell-DHuUtYGb-guHzaM4d.cjs": "WwyqEUXJ5gWjqAV7GEZRv2qvowHQ43BjDEKwrIcKDrlJ+8geLwZO+PLryBy0jPP9BRWMgu5CezHCCDVk7nzy+pVPeCMYqEV9R+UWzsBxt0b8ZtPv71xOSraS4l86/FJ7EJYBD1h4JGUd3kx83px63+X055FkGSQZgiogy4BJCnbRfQOHHLCePi8IMIjclq9UIsFYnAE0+PM3HE7atUpCV9+tptXrTV8S42INu5lCsCFkLkiksRZ3y9W0zWwx3P9xr+f5WarvnZfTA38S7UDDTelDx3RpSpF+PfET3I04NinZpqBZF8KQCXOmbAbAqkhpOqAbkX358L3OjIegp6CMNPnJrdbugUBryXsRtDJHi9gSqZt/oy4DQUkYQcPqDOECX/tJ+hq19mj50oSDEh5rkhs+O1NS+zR/Vu0bKkRQTUiu7C61xP2+nbkFcYsV5iyL1lZ/Z/YRi5lQafEMtyie+JIQi5nW8b/3zSo3aJVYIYRFk46nhEWXjktr8p5z39nOn2IGCaBigEKBW6jqCU53s0PNTsSOeve+9xOZCdQOgOrtLTHLqKYQ2tLSokXLUsKwGPSsHmqXLi1CNpHx2k5dLQM/uQxwHdPdk0xOeUesULeJzRp2Ce2WUmaO+JdlW5b8JeW2KOd/RWI7fAxh9zHT56FWSxrHGvf8z/2+PLQv+ufAQLAYicBmqUoa7HU6zZZwTgOCGmxsVPN/2RvJxTnB+bdjwdu63ia33A2kQS4p4MLGuwVz4eLX/Gy74oZuxhDpsbeBo/E8Nhybi5P+RuRzpcHptbMp8mD1cCuoehz1q6NYD894OE67QAu7jNMFe0+zZA/ftPP0sO09bI7OXsWZ9M3qfSIQ45oq99iujjuTHlD2d4vcP5SJ1yfeDs5e2vOfj3+vj9353hgoL45S/3kusSW9ZJdVWRaTA9liIr75/BfDXt5pAx5+rdnmWHV033Swv8krl15ViLNz13rX/ubzl9vLi6G3M0lfsf/vNUkNs0dKL1mD8mKDMd9qoi6SntsKxwYSo5lh6v7EDcJmHj53xTjsfd91N+r2pznudNz8c3CzxXe5ibR1ffpg7/tHspc4r7ZlbV3pvfnhmmdMdDGIydXKKDYwspUO4Y4+s6vmsTrBhGjlHq87lgHIB5O8RkZIOwNx9HYpBx7yl/kD0+9Az0KjLIDCfzxjCUfl8EkyoWcq082ukE89LL1e6MLHKuKyS4eJHVNiMCQbdADe4/KYjilnu4sX9yd1ZYpp2cbIodQosn48LPLFniuYs+OA8sG+UatjwpT9kc3gvAquov23e1vGsOu9LiET8oYi1V93+yEYxAH2eUm3t1Zp9eD7uz8rFW//nBmLsEuccTuCiSNntjLYuDDC3zBKgPlq+HGUPW8MjwKiYq79CI+NVVqa23sYjcwme7TkvnbtveiWgiy+QzCVmZo8cylFCcr8YyWzWAhe+u7rxsLPNHbLaeYuBfdfYozZSMxYMb+9gN/HhDyB+40YfzzBbcZ9y3Lxgtg7dPhd2Yv2nkwJhtetPj7V5z7C3vfP9JGKCcmZyVupuW48h3pwAAzWg3CnKre3f/Op1EaIMzaY1ZMDi3/p/kCc+Sl/eGmtZZl/+gbfcC5W/sDc+rLs16f/5uclev2P/lR81POR/NlJcebNohMxr70fW+fX2+U/IrcKis5IWWOIc6T8Zhz/6Ezx5f26bChv19Wz8RHkjksG8xbY+T3ivCuX/etNXnHQVIBL3xHu8B9f2KIPq94JNsQhNyilP6/lddTwmHZxd+5xiQ/v7Q7q7u9UXLac2P3l2rMGoj0ZsE98QtSU0lds4U9zBhRAE3y9Om8xjXU2O1u9a0Pcwkpo3+mVky6lyNn5XYxSgnFKMkl5TFM+s1TAPBWyvt+Lgef4tXUMEKp101YKU56qvUWpfCnJ46sn+KJd1mCwsVn8RZZr/p9I5BTDtg2CtRs41Uy7JDx22gEzoEfe7KxXmYpty4trMFDbItEspSVKZH9LjKhL3bQW1cwnZEQmA1IJywTMKMGAEGLxiKSHFhy24nwlo9w6dfgaYXqta7u9EIxUQjJWDx4T9eEz1QABMw0RMtfeKwlQcbvOr/8jq+Z40q8GIemzTTWDuLDIpk43OC1lrOC+UsyWTHyHvWv6x3/ViLevs53pYGwHXn6KKXSL5la0CTmWnHy11XHJ8Wb9a+ID2PtLYozgRPUu5MTaB2MAHjtKM3Omo9cP2y+opouuLZz8dwan8sn87WbLJdhYi2H95/VjyFLxsNUGZ/DZMwFqz970QuDSvNy81nepBGuW7v0JyvwtH4ZQeF1OcK8N9oAf2srX4ZKW3jcYhpiw5tpDURYbLGMt5+bmveKk8wl0dMt/An0z0r6kNiVYw5+22V2sN+OfM9aaQpHecLyxaMsjhDYcD5TAYgfA+u042Ige77Mxd99zCiA9hwmxH27cb0569WC0HAJJMRNBooq2v5Gjwv0IJdIb+pkvNMfc/tGL3IyTZzGCbxUny0DSY2nKMtMzrKiLWiJf1zyyEaC8hnOvHqoS73qd+5zivPfZy+xYX/7/7vftrRblmLSOqepANY4/xl+nXRrhTEfdASN/5MwAZt/QifVwD/4lgzSqJmcK3oAMj4/33mMQrfenYtiWn7BKQFQMp/a1qkTD80fWyj6lkzbD8xhPvs7zR2tMuWYH1/87KAuoBA7OJTkIp4uhtj5iM/jOq7HZUI+cizTTCExis7zCiQFIAQ4iJk/Y+FQPa+TdHFJO5dFDlhBanQiowhntPx3ub5hODfutpqXhYaSak1mfC+BfjDD7rRJxyXZYrJBZREtmbkeostHRHaRi96iuQjvft3mrar7NbaUIDk/rCl7VIbVMY9f1etahOCDXD9UXqxgWj2j6PWqoz/LcGffv+w1VaC96m7E0QC396H/TDbApqTMNrvo4AyNh8sWnLjhOTBBidlG3ZqbXizsC5Resh6CAyIVpagfVhRHYh99wcwjGTIPDl17eYItmE+xDScyAbGOtrTJfqm6sk97N1+rswoP68AzXjaaI+v6O+WHtnFvfSQjKdmPvN9JF5NOn1p31s+UU3iiuGE1vYAW5CHbfE5Z4dVZ8eeCMvLvYcvv+x97rwBKLv40BruFHD+n7AW8y5QPuAag2YfYQUO0hXhs6f+hT7FrU5mc69wAgQaYaRJxTFzvM/Q+FEZjKtijp8dLWJRItnAYUqnoDiDYX7VG8/yUjq6UKz3SR+xNT/f4oTmE4Lcvs0U6cCHgczPnPNKs/M9gPMJaNNxBGgrMyfmwUyP1fO0vec8fZMGLrJyzY+ca9ssXeQf7LLHBqmnb6eV8bbFFvX6gDPxieR4mO2rugA6m6c+ZtpQ/oHjDA8bc42uK9HFjLXBt9O9kCxgO754/leD3MOx9XFdwynzKUlMqX01CbjSuG9rEkHE9MeHE1W215X5zQrrpTrieWzdVAdo1VsJ6cIuLsGMuuiHG0nQjtN/o9+t7uwNmhNaI+KmaOEtRD24Bd5cESyAy0PMe1ff8TRy/x/fG0ERVOkbMNW2Q/r2E2sk/ey6H9AMOd+Y5c8t0GCQBbD9iMgCKed95/RmOtjlsaYa5XDq3+1KOEcr6DKFUUvImgKi4BqPCe9gxMe9ZGQQn8lgWuuOgAVjWtQgWpzd0SWgAXTX1naHl0zahppKm4crGGtl3X6n2+eJqzfb9TyfLGhWC1ecwu+124cdTGXCTDMTb/41gSnBGypE4Rw4p2ZcdoVTFFQMp3Db6iBwqQB/Kln6iZz7a2xTxjKTIvg9GW/mskJoLxTHZbu+kFGzW6M7RBJUlq7kj8g9nSvMRvpSasTkD0QagsI9grqppWmVEcxGLYamcTo/TF/rZvyreGVyRYMWY+YfPEHe4iFTux5u+IwvNXgw9rHTBNrTRTFBgi0zSkpIUnya5U2DOF0mKZWFueGX4F1Cql4LNEFKuHsJJtLU0GmCCSV0uGuFSiLqCm+aVK9U5kJarB7DvOkXvQnvbbjvvmsGpoQEzpexVVICtW7v3XP/Eu4VmgTKcsUu6T5oFPfHglAWythqeU6ZuF4nxKMzlfMVxC98mJoH3RXnr2T+domg+zQ0HFvXvZsn/KqUSBU5Pwk4/i/3mNUMjT+v1YHsGGkM9vbuWl38+MhgMVriNmIWRWJsb6jQfH5L79afKaPullBf2zTdcuftD2Nm2PIMweX1bRO0DxMEKmj4hwvxJ+Bbeig9BIg+keeMaI4TGUREKZNGqPqW1+Aw4YC2JPhY1XsA+04wDDTnrbMFm+8DD94OJ/v7EnUqCOX7YA4d7Gkj3WB5LzwWs5LkxBsxLGx/6wQN3l2DAYTEAuHT8dFuitMLB0SwUvGsbNSO53YxCcqpHwNeZNO9Y+5g0diKT9rHw2EbQBNstFp6BjyWvxWQ0JY3oaENQVM4fsj7VgIIM2zUcwE7N0gPww1gETrxHo9dUAkZc0tznC9lD82unTWxIc3CsmK5M2ezACe83icJxXAkJLLFu/WgPhgBUk5uBwC67nFWxHFTjUHW4lWCKVIVoAdq5CubA01KbgwgGgnYikw2c/aUQlqtUp0P0L4OP3uJBxj9NdSjOaEobUpa4CI8wdAfUlZphXRsMcNzg16+ajBS0Qv4B+v0mUaRStf/+0v6r2fnwDewaXhfPLUJMDNtrdFePginqiwGF/2qBGdlo20Qdgx5JlHDZK8LasQaAdj1Fxl+tjckC+2qbHda7IFJ2CG+YCL/3h5w5oYVT85CE6P96GoyxiGtEigycQySqe3nlbLexzN0O+3FG+Tdifxsz8Py/RFIXBjBlXOeshSypIrB7kYAS7yyVPUyPz7ahj76ooWD5uFXb9Fjoqmh2X+hc6YA2MXuYgiOKhbX79+wNUhxTmqWubmRHfFs27ZbHJFp8RSY6+ZymRIU/YNjQxNOFlxNYKaYge9oa5qT9Z3ALkwZ4H7UBjBgOjqlxw1JCQReRM0a0fhbuQIUZHQOQtmqKto2DC76pgh1rixRiOpf1I3FjKnTQbsMb1x4B1ZKzv6SRwbpDICvbZT5rQKxg7a6AOkSRQAQlvNvipjshTKcyKP3OavPacl+Mw5H2kpWb3ekOybSNr92jj/NmJAXgZ/nmBYtbx10eTK73sSutsp9aOMas9QIvAxRwT8WvKiiiz3lzivjfn4CU8Pz7xvr6M6PzzF4Vr/U/hPu8+Otohq+eM8hpDh7E3eG89+GVMTgUZS5FgGIaZKfiiRbFOi2HClhu1Jiuh0pPDrDNPOf8cwhd+k340Y2qt+bygu0JKaWWpbbrM3ZofQZKnDMy4OtmLiVq/ji2N1abfU0jftEAi0AIxtTJ5sfqs+0R5CrBiYMA6k9MYIuBADAOYDBRzDg+xq+ntp5HqkELvDgqsxAKA08V6FPVUfxYYcZLTBlyb9UCWsPxuQzqTTNWSEXQ7w3rlMPF6YUZwsnfrErka19ve+A8yZcYOs2CCWS5B9J6c3r9moBQ1REzDy1/q/9fjr6+kEKaRcxE/mO6zb2NuSxtwmHkQMpiqlsM14UYOusF476oRCxdIzhump3dxPfxmLRZbe7lKxWtXVCVTW4zgoY3yA5NASRdezhsBAkXcIfZAZ6FzytwJgva1b54MJNdx7F9eWHAuEI78+Tjou3przqlrwUkAdEmCgb/mzEJgOjCwf5/6AfwBxJV45CBm5ZUYye28sIxeJVbX2I5p/12HWEPaTxrhj7dDbZO3V2ugboiYydx/ori+6aFMaQsWwusBKzggcGUbGw9slwhhy0BGmriNFu3o6hcvUa2EaYHwyJEqg1eGXCbCx8lRlHKKAyGTYVI950/6pjtW25FpwzjMPk2Dlyx+tOeCCmwGZ30/OTxdS/ya3nfl49QXeED5fyWIYdY4py4mDwJgeqs36U3YcbTzMvbU9xfWLNwKeg7YVpW1lKpMFjRZf5WHSzmLCBh0X26IeabTJVhKYYf1dRkfsH5Bw3OZnbgOv3GvH8NvxYuHi2zwfGfatI2XLUCDD7yabBrgnQpJ+87BEcrUOv1HiBkjbLc76NRSqk+WpjBx+5Wn61yb7/b795k0bnc6O4seoA+9uMXMhEhbA5WmVwIKyTLF0Eon3Q1Qh7K5CzLinR7fJcEkk1lK6T4sYYajB+xa21+1etfOt6Ye/bZMgpVmxQCuiePvyR9baVhmzfkakUdtn8nOjj1ivP2xIk3hoUb0tr90jQiOAnXsf0tEPykyQ0Q+0D+7YbTnF6gm8sZGijKlX3+pgGCg1h1gMdEqWU854VsZfVjAiDFXlxmGerr82NrlPozgPyYlgsn3h+SY5wDWg63/s/JTEYs49WAUUyX3hOasrafJw1OSPKrtcYwy1OYZXRP1WqTbGNX9vQzAVNmLFl9XuQJD5A1HbaFDQBp73jd9aPmvfXibuvf+cUxBkHYWmo9IdkT3HKd/FJ1Uubdag3xjFuOqp7f3EA5rPXmlApLnD2GIxKWNezkvelodK2jvrJOwj7VvX27eoOURqFf2XjO/h1J3SPGQQ4Ouk2itgXYhP4NdXMwOSFKTdZ7nAfKO0Nbno8HoEwc8R47iPVqD1w6a6R8tQ3uTemNaZ8y5hoT3BogzmP7dzBIAe8i5MBedl2NCrSRDb7z5r8Q2jJ82Cr277b3ORvY73BsrBMeTuyDg701VHy7k3WcNaPVGi2XojxX4KheobMn+vRk6xsQcwHiT8XlA9vb9Clz+xaQF/13uNJFg+hrYcNwIhgzbcKAg1Gl9fz76i8G30fHZ0ZfF4hMmoTU7hILQzkh6vBt8p/AFQx0flDHw434/Sir2eexc8NnfyayhV8+AdvkKOxkD3pioIxqvY6NIiM03CcsZwGia/gV4mrMNiUOnRJnSmBPQ0H3YKI8cJbAQBlw31qrvy+0AW9H92a7Ts1ZLgxovzd909syieC+t7yQzU+CxRY7Ofs6/yfgv9abnDpuBaeafwClDfX5F1a5PjeC8+7PauWmw56uAO3SYmStCC1I/B+HWyHZFMdcyu8NTccFN5Laktrfy7CTddPoUFuvxvtIKTB/yclv3tYV1yAvNrUo3cku4zPCtWv7AB3Hg+mM9wkWOVTd7wXL1a/fx6YPVRCk2vH4AUGMTkOltVrVEK8cN8wceLFuqf0QIZXf3hr3LSz0Y9TMMr1c9lM4MZa0lc6vnw1b1GqfC+3KEDY1RDwyNZGyKXe1/0R7m1zExq6GZUM0/WpAjW90gvxx1x98OC2hIaQMqQG6Bgbh9iIRFUybPdamCX1ABs4m+8ow+Lsx5vdkfj9DnIe1FGDjxWXqi7Y5POp8ew5yBN73OHPmkmzD4IGX4CzxoEeNDoTbwTcEwJAePFXwvAhEcFfolZmICpV14K7dyswtvuIV4QL0KndrVFBgW2B4P/By2tPO1Z1V13BdhTpsDm56ggdCJBlvqRoqNI4mYfvBar0bSjG+XPl7Cpjn7tjeM1qTYwvDS7MhttoNY5RCXMyj8w5GgdkeUc0vQZpo0rvUkaWVtiOapxU4HtgLmRPCrAUeR73lRGZZpNYot+XsFw+eLMTm4QMOHYnFBJX9kaTidYeSf0eDBuPpP/b+hKWNRAZxBjw3Lu6N4S0AGMs94kk60+sZYW2dp3FpYEF/GI7vCNkb/+0PXFacyB8Hm9sjKFFOkkqnAePdv1iobVNpwPsEdG2g6W48u/HQs+AWtY57dfYGW4omtCzjuY4UAd34fxz8aHP7L8cIgQZMx7fD+cXBFUECTI6iQCHK7v7m00yLNPnyt8Ti7HmUYb5Zu6uogMQ+GTvOmjN8M53jek/CkLKHAiJ1evpi2h16p+plAWxN379tRX38KSAFX91+hFurDxDwJaY3sqfn+STbRsH/O9pxY3FEFz9YIsuQ+NAis+a0fT2N8UIFh1UZirnsPCludmE04Y/TZhxtHG3WoN04D8lQJleHdgE5VtvGlppxeBaJpiRJMUrHmsB5CeY9ZtgOHvkmnrI1S9/GbMRMyx42OThZjCXvyRq00mtXnrUMWlalYqVyMYRdgllkDcqjyJEoAMsP4iQ26wj3ov6NHZ2rlZ/+ZY6tcNzytf1RdGVdZqb0ysFBOmBRLscRUeGBgtriQ2wdUYtWqWjYjzkTNM4C1gHhSH74WVDYaA5IA5nAG7jMCCbkcuAfaOr7u4TrdnctRehB4vdD00aGUHIR7qf+S8JyJaj4/NTgAwKWcDey2tBXzdg3pL05MwB5Xf+FHisoeCrqOVb/oDL8rkBiMErBtnRPbSgXwvKJuZQcLx7xQS3mMoMyuvc9+oJlgP6i7ftrWmSgzI16NzvZ+17F30Xui+sQlzPTLcxfE/ESxGL3pne9HrubDNJE5ElAXEy1VoVXW4nTn2QR1WhHyyM9RJ2B4gkygE4QJDjdkNF5ZSVu2mTxYDOSV1uJFYOTXkC46VvP5R8Vn1BNqDrePeqS7F5aq6TT/4h+MkDlgaOa1ZmVFBid2mCPuID3AsCkGCl/plkpm+hUKg26nO1yNuwENG7WR/fncSXaecZxELGzP4Jc2QpTf7kIA844Zvkv+SVWw3ebffN4fQas7wAS9dJVRP8xxHv7ZkSK52AfD7ZXX3V+CqHeAf5jEjjsCe+YkZxwm3x2I0Dm086a444Q6RzTvjmzTI7XKb76vdZc677mHN5SV539Rwik8UgtRLc9r4KWE33tD+yLVBVYsoEjkG8Fsbv+5rXxQgZ4dUoGjbzIzBduQy+wD/re/DTdorfJWBZ8SFuqno9ydM3ddG3uegmLGz5RxAGJ4uLm+9X6nDc7D2M6j3zvK5lk9cukLNaqnK4Zggadd0fEDMFlkNFXIAAwef1TUusIZFepXM3Z1v6EWWJcbhh9fpY27C8gFfB1dZEgOQWfP8f5zFYSCAoPnfkECMNsFDwk8YrREBAAqvEujqURDIcnlGgfCTT2oDn//u5MVX+ol/ODLF3BI3oFPbbM6o2J88bW3E/FRmK5kEoZs2gCu9OjS4NNtXRhAKiAzOenOFEwNMQe2tqxDeM41Ldh6cFdKxCF/dHVQDZMmVOOCTsfwGZKUNcXdpAyRYUNppV/AsIKw121UC7VVxv5RDJQwy4ghhN/H+spTOXJQHgaIxrsFv4LhdzJyo9piaPULvDjtmD8YlNz2mGa9jG9oPABSzDuzlqJsUR+ejAlSt5Fib9j8s1TGAes7+5zOnAwWXeuLI4Ynjac8DJUGJ3+82JUFeWy2bcp1ysqAjiGcrS8J59q1O/9DbaE7ZOSZmBjZ/aCAFFYBPE7jrvbO6LjjW3eK+iRWn1wfKWCnPG+w28O9YSPX8EiVSn70DoIy4bcaP8Fp2DLbGAXI93dSiDLww72v/1j3oBFHmWDFRU/M0B7c/HVnLkZN9iG6jwxQy3hq5Fn/FveIqhBBmcvXDdP2+AZuzb05jqgMxhCvElKRCVMGcK05MTDl5dPGsxHlSP98Hm4uM5Mu6jeN1MM6lhRRqrfFH4ijhaiYrq4e53T67kidqyTEeGoljqTjzUB86KtJOJtnBP8ECmbWRmabHbSqoCAd4lrcKIMFOqo/QFRbBXuFJERIAMZxLylCu/wPBh4TkZCTaZtZ/TpnELxiarkaJdwUNJm87Wd7U9p/u33GR2EUBeanD//8+OvysX+mgo/c3qGHeLTPdzNAC3omRM9ZCzsaliuMQpihVVVWalYVav+fS9H8h1uYVqgqD7aA9Vqai4cSAvYN428FBDbVOc9r7o39Sv8iujj8cgO1N9wTSZKaPDHxpzlc3k53ReZQvHBay7vBzfcLeCqMxSsEU2xFIV8TsEE3SzV4kRn9NXkVTWRee/3AkxP0K166fAqdQHZ4GZaFcmZ9LcKoEU2U76EgDB0MThoSBM0VBzQmTKQdaaBpoFFrWCw+t/xZOWVMhEqgCWZO/oJ8UsKT8ABd209xiyXNma7Aa7d5PciKxacmU/pYGTTdOT82b42haOyY+X+Me4ijEq+G99qQ7DPz8AHQx9hSMMPrHuW8eZUTdkS+sfSVhlE/aymj3pb1MM/W4v3Zl7kDtbMMxMwF1uf/qyppEoDH9nfWK1h9qZVW4tRqwz7g+dqdQyKmsPez0yyjjwXIyqYwS8IShpqnNMePNYdVxpNZ7JUW/70O7OkEJcGaXY6k+YeVVtNikcKHCSACdeXp8Rrzx2C8YXaYqwnmmlH3NqKpyDYcjfDlvtGzaN8ZSTiiafIU4jOODGg32hb9p6DP5wTtVgMb71UexoKav+FM0l5/ivGjrNoTNQxKR3FXXN/+XEJWyEGPwFlzbRCnL7hFxiMKoFKoKpX2RNDbJdLAIan6PBEPBfO9keNvrPOLSNMFqNpS3ZOeowkDTClvJqUnavqbJmglmdvcaGZlzD4jEuZRnU+/GPB5naiPwnZT2Mick8/K/8hyjAMWruAelqCFuh9SgPdErCtzBrcklucmGvRcBkex8z1KE0k95lFYboitP5StAmyrgRhwcPoVeFvnQDWhkGa42GcNW26wjlxVOLRlUM3RZy7WmslRpV/oluTdtosVmEQ5w5TNPNmUYqGyWohZcmj6wriaZAJ1lLJdJIM2WeLfm+QQ/JwlpUJGzNNde9l6u0gaZ95xgk2De01edRRQBSa1SuLZ/NlmSBaiZQdW6OVSq4PkUGLycRM4WyNAxHxy7/gfuRiZ7sxtAjdJ2ZRyqFevLA6CrJnRObXxGGqPHs3njcLza3WAmpUSArdi78BIGy7SYWa7KUHRqWURI68CnzSPisicBkub3V5JMieyWxQkNlgkBiA33Ihe0V8ClPCRd1SQqUiobjiGn/lXK1gAcT2iCklDcI/DYiWBq4nYtMvhM93U7oLBTbTdth3vx1uGZDJUm9v4ka9Qp//3z7qNrNjvNhHh3dudC4YuLcdUcPl0wR8xNNCPAZnw9ZCTLv5UuweRI7YleWYyKmOLzof7Mf3kjcrFfYG5jJ9tkBu0jDQ7db5i/sxIkLUV5Pc/2sJuEZ6kEdi5Ba34Xz7XCFZ8ITU6Nyn+TWPqUGlM0WcHy7bBo78Okmao0ycI/yt4nveDmU7TAMyxD0Zh1QCBEbr62D4TUKAL5x942cKmY40BRPeVzq5zGTe01ZzEfMiLIpKbjsD9YELDpkkBI26eLHc/8fBh0XCDx6JcNpCDWdMLGKgT0fwBsddNpRG+01j9DlkGjWoKvmVzvZxPWINKieKd60W7T9mItZrPUNOW+bRK9IA6AfR4wt+4gW/GETHPyBwysu4LMUJBYE/fZMpg0sADdA8ox1cDxQPD76TFp+VkTDMglM31e4baqvssnZeyXj6Awoejul0l4u7pCWqcK9s7Z9EfxbKbVl0JG3Zb0aKSIytW6hi/iShFoJwC/mEMlm1S9DbwGRmOMiHBJOLO/OHrBExacZneTWCsvgwf66UcLm05E5JkoBrQjbPusab5d+Y0u9+SjnLkYYAYMtbz6LbmhDmUFjjawKoebuCc3rbE+N7Z/PUtwfDAuhzaGR+qCU9lVTSayfBgbTU6/pvZifJuZRSBpP3pWvFMk+yg9o18C+XhqqNb1ufJeDOepggVEX5FaOiZnIuOo6TAB0u+y3IoyI6V4d5lOBaQ+yhRKphLwU0gWot+gGyXZvJzKJNJakVZju4QLaqi99TyU20V03o9gpEmp8quUH+PqC9t/lDGkXgVSvWlJzZoMq2myVcuuqX/g92egonEePkoMLElhyo1MV87E/V/qb0eSTSOUQpHynIVn11BLnUNsJpk5VSFdRsAWBR0YXTTDbTZWtpdJQ9thk+zyFoyop4gwcCZpAKF7xtxga/qEvsaVds6E7DJVMoNBOyahQdRotCNVxbIEevqZk77UL+e0NbiVqk+GOwPKT+k+iYzvqCc1P3HVha2bCR+QUdGFXfKsdtiRmlhRtCqL9lJAWsCTZXBlM8nuPW2K5WZb9bQuJTXTA5Nb4nAr9jEkf9cFBpc6Ly/Tal2XRPa71AmsiBy1Da47EzrKW2+Q7FD3BhabFUOstQYXhSRr/agS8uPg5uXA+UaiKw6DoC2xG8O5Un7sY2ykRBpfn5xVfdytl832z86J9vCZpFvkQzQbG6x+PO+zIHcDaiBOXw9HzCyAR5y4+eXnjPGzFd4hLE2jNs70cQt1IWpoaLHbX8NQ/LPucxZRNk8vaaSyPXIiFfN8js9umwrbkWzSQacpnUEdr8BzTSlZYRYSp9P6Fi0+A/2SB0yHV30Ja7jZ6mwANdw0b2QapdlsP1ddp6ZPyHWAZyDaMvfEQ37silD0aGpjMX0zIBgjHFyLhcH/gMXhodNvD69Wj6vkmMV2fL2XFkWaDA4re34TSjRskogH9rHIPQUXmJqVRY1Z21H66E3FyhTiQ2wJhkA1gV6jBScp6arxV552tENEtMgwIDmzeOvk3VNNhQzs5ocu2KJo+E5/RxGBasmvV+lPjmPf9p84qvGfhhfEmYvOMAyiSKXY2h8jp0BTTmqpQ/hOH3rwZZE1Ob0qZ2SW6nUJ9wENnrnNljFIfgZfnHnacfSNwY1tsUVypccjxoRq7ik7rgeYr8cDJkw0+o17djYFw2wz6qTmcACRa0ryYy7gabxkp/t7K8TpTWYmrp3nP8ltAJMR0oLk0eY9uL0oVZhY+wl+nyfn1556J9mHJUdOCj33KZlpHxOIyH7eWFdlPuzrJ6Po8Eo6GYqKWdL64cNDSGG5LNW72j5wwewTmy7mJIGUSp2p2Bf2X5peyyPOVeMoBfL4SuFildqGeHjEju4HovPB0OyuBVxgiHw8Ns4+/npX/HCwcd/L//4LTLR6Huuz7QlMTYXwRAnB3lvC8bR2vM68iVjJ979fn0c9utjV19g+/QCxhk4d1v91EMmVfVWIQQNvwi5ZcqTYep65xxVrPk05u7d7IsmzHMRdgYeJAIW2ftBu3jGO5UMZlTWBBgzP9q5W5kFzRwvpMmJxuFLeepT7qFS8txXNVnSGdBS0R11ThlrGU7mohnm0kQv2jOCgKVoeinLizbEoWxpeBNi+ZQH+UaWaV15hY5Af6ct64LfqsdGo6rkgl6z31Iak9kWHua47DJrbC1Kfrf/FJ52GQV4ZpP1UCHNL3lv9b8M11mdBq/a56mX56HwoXPY4vbj9x4jdEgEkCkdqj6kJPZtloSQa89mpnSSQ1dZ5hNj/RQtUivMjqt92nFTP2/cz2/L7McxkcmkB3uR3XEPVHz0dBFTnskwEUObunASxFmn3g+e+Rj4lbUg4ugRPrbMiTj4pBRpO4qpH2r5QWVlxPICGwPVR1BXprA4s8PiQDGinBZeepNM9BazqngTYWFV8pPV6qALMxVCmOC6bBRuq8YETRwPtsqSqNAwGbuiEC1o27S+aS63Mhvx/rzRxgCA1jexpQSnnpwJI6PdRecce79J5+xiaN+IBanMURl+MI2XC7W0AATFSbnZb9IiYFMmzH0xQwhlbZoF7O6TfzWte5rp1DNYL3s3S5UFvLrhotBEseTVC6l64YlHUqJtXRSYfLgHNy8K1liI1HRzqJZE4pkSIK3qgmmmKg5w5iVXYT26GC1KJOD+2YFhrrWcXpP7EzcG+177tC0ir4Moakc6gLfa8t4mn8EVDas+4q4eIQVzc+CsLxrrG3bcZ+kLP9jyzfRy2761vfv6tj9vOX9beTxyci7Hv90p+WYwDO6iaYZNzcacKkFQcGKjmtHt39POPmZF5NL5ZxjdTOEuXCtHfvpZ0qeFIIfpSP1EDZv7+pC75hoxYmVBEcfeP43rka0pKku5JIFEls+lIxDYCy/Zrxyzr5gqsdNdkQvX81g6XvvC7CnuGrqCgmH08WooHRtC4XAyoYxpVib79MO3RWZoVSf5LKhgrFw7m4E3kAEE4iHfi4icLG20bDsVMecyvr8GDOUU1k2eyyK0lYtQe6wraTfFbCjXza40jWzSXdLE8UCAPOWZnDA4CexQLfK4ApXdbmEZ1vnsUJGrutQ7XDyCcAwRm9xc+mqwWLotX0/iYcpQCnmma417T+fzBow6sLliHguUnH+HksW8Xf4lKNO4yCinnaSIaB7e+1N+ItOQ7FcSZW7+GofewhU0FXkq8krSUqflYpMOFK6aqRjjaLLgMGxBzEeAACQS4VJMCa3PqzJOOdTnHM4yTLrGQz74MdqjcKSA+XKKaQ6lUcUH4CiIxRY1UtkhZQ5HNZovK6IexNhXsKdRS5uFG8W9/XkXnBiLhZQGBWToRkAJypPL2MyIfmrGN8U4MaJkAy+5YEwliQZWZhZaLcDFeuHIJUD5GoYYpb5aLZ/T7wBbtZtVUpCWf+mi2n8pHl3NS+PuqAJhM2aA53rsnDD1ouYhNC+SqCIcWf1LunSjSi2aeO6FMCelqkWc9cjmMG6RJ4wcuUgEej3/HajOpA6Oxoiz686KNV05//ldzyik3TjYZV+hG3umwy71Z8iyWdK8/nO35zKsXoew1haGD6A6RPtqL7sTjpDGy4MyRoaY9YOBSPb0S/Xafum+DN9mPAnnCDqQb35Tz6HdKEwoLHzvErFd5uT0lGvhKbSCKwk6SrZlQJVbbkQbAlvNHS6nTChPWYIhw/uJsgutrBpBAmIVTAQHeaL4O9Z7ts5ro7KImqNf5I8KC8Mfb1aq7wnZYYVPMwdU6GrofXO/xK7NENtz4WRUBdq4Otw3k9HlNn2QAn+HwqJzu633RivOxAsWaHiAVguTThONmaR9lSsjOMK1zb+tPnXZ2EBZ1cVkKuEyaQGmJcSkUksdZFv9O6BUJvubct9OZ8Xqz5gz7UHUmgmfcndb57vxdX39YknWQ/d4MeCqK26ers+uwPkSqbddF4RvcwHJ7tNtebqlTBHfs4SZp5UHfvOLfHNzY3j4Z6cciQ5gFqr4u0+Vf1cL38KdiXWfmG8ldLtzNV9epDXru/T6RpaHjGO9DozTq/wmz2XkXgTKfuTKpEAFzz6oCG2BapAWVzCBS4ClyOw+KLsPlQ/JbzIF+jcmLncn1qniRapKjm7sWj9vY0CIryckHPF3T0ushmrdT/Nh8nhVsZPkyoVnacvYLh3fSqInp3tPxcBnWtPBYGDSJPb+/yXD7+eUR3KYsHquCK7g4+58QaWA9ZP4DOpGsvNXbixyNMvXtQ3OWzu5yGGlbP/GnOHNRWNDkblKa72Ai717P65L5YMQsrJ+xyumS2WazdpCYbqp32fqrK2eY1i/YXwM7SurAdjoVZihfekq7099SPpd+1f2aAjRMkamv03vPkrZEmZiGIDbDvhbu3qqsybnVbOlgSKff5h2710t9Wr2ClV3NFVLJvH8DVO0XnaeBuKq4nTRBARqNOvn7vF65gpQQ3WAIpvZxuDuAYVuFpLJkEpajL+LyiZ7Hbnd/lmF7ODgWMANQ/UNCMi44AQaDLuhr04xbiWVuAjDk5wbMcJvLouKwwZShFyPrTL0PfvgHedSNHwgfJyVmkNdGTNhZtFZjHxjYjbTGYOwxfZ4oYubjgNwPFoWQJ31mu88OuF917hRtiqug3iIjUUEVGwJ7cucowshqmmsEd1lgW8nN49H9U9+wDJkaln1MrQaSCkl+/IjCB88wq7O570eGa8ur3bDFzqGAmISdzdmk26r7bMjzqLvgVKoX/FnUit1+x6HxiaLwoUdlz2SsdczITz9tfspm8oyZE3smqyeuldUx0uJhBrkGq9RvzPkRyeqtpHpaZJ8bknvrYG4SdI5wuwe2ZJSS03yHCIfipgq2frDQx7fGFPWbBSFwPDR7J0WCuj71vTW9DPmtT5hS8g2V54xNdXzH6Cw2wP5qYcaANtoGQtatrVtYCx5RQQ6xgtPc5hPS5zzvvzdQ534Gmbx2bJpLgKmemGaMXr3tW19BEBZwHlQwrgN04Hv90cQpaZdfiSmzI98ASJyHmuNL668yoF1ThMa89kRlVVLGNmST1SQTBVJDwBoeHgOb5wdnxndSNaKPXPu77TyPJLGckT3nB7EeuCdyZJJmTzts3EYceiorBqUhGs/uprvh10kMDX+2BOkP3WYzD5ZHamW7ZoADn5461DHXpvIWZpom+11Y2h+Dj0Ll87qwoOK/sxF1m3zopCDIprKTAuzMJwjRGZj4TBqo77esJs1ZflL9HUJYh2Gu2WEA2HsK1WyqAAogLk1UbwgE6BO0Qw1YNXgjLsfBnU2JIujJQssB1dx4JM3jy+bHu6WzikXT5QsRN3zJJvc9U3Wvh6iMJRbnglrc/ixhJK/8SoUYV1mVKSFQisv15pbe1Nxu175rRJ/mo5by8foRMt1rtOhu8lp9FiK4f+9SdOTBE1Duciy4avas7m+oMEeXJ7JjEyGTW3iLUfNJI1LHXEPVgecwXLUrFHw9tyq3t+3BVNsHbZjZKBX6vAocJf3C5PCGX2dgkKtJpoNXI1eTdKF89wq+9DaLbPH30MG0udrysSHrv7+OljqF19w55I2+Qna0EgDXcL/svXL4+zjfPv8+3Z7G3jBN9+X80Ozr7nTY8ZQI/dznWTThMZbZOaJmAwkqF6kOxyNwZ6JtLoUpZzV4/wdHnDuXQGVqzUTtW0HTAvCABkzF+38qbEA34jkznuNErgwvnsfwhA9SuT33oUwuqcTeCMG+tedQfaamwmChU6nlzQ/LnDtWwPFOo5P2P1FPyzS0/2604hHongllAsvsvIctDUmvKR7qx86bM87pCVVKjFgAiDXslfhd9X2+zQJxEXjAHk2Th8sq1VX7+BhC3ockFkCZh6nm0iKiucfF6VaVr2KHPURAFaMcz3qj6yoEDeQbqaQoFQ/sUh0uslyXJ0KmUje+tQx7fa35i/baV1mZjw2wqb1VYTeMpW+OisWo/bQ6wvbIfCQr9PmRp9Krt9VLaHCYETQU3ri0A7u2ih1XCXfrpBvEQCW0jqpoFC5NtGf7iP8xkC24xEIsDh6P0IpI9TUjOa+PAmARIrj+VMd0Xr6zKW+vqpgVccMuGp5HJMy/LXNDvDmYZiYiuXXin6/rSu68xVL+xJg7WCwcShRcam7pYTyGi6UZrbVlX2+PRsqAnDXhzooAGLIwxo5GM1Us6IKRgZCBFza3W6y6LoUIYbEp76+Y2C9djxTwNUtG0Psg00dBzzYeHggsuoflc4pQC5jhW3twLVnZlC/fibqyD2MfO9aY3TQg+/LEddMTeI4b7hwu0b85WqTZFtbG45Gvh1XbTM8pY8ff5iqVrHuteG0kOOE0SstJH3KcPdVkhlbR974axeAw0PNRNREBd2dD2aKBpAEb1LKMoZy8eRlScMHXMnuPqSPFABHFOzJ34e6MnVeXz3sbF8wd5PA14DHAW/UyT5gGTSpg02x0hhNwKytEMYv7ubD2efxLjZ3wiW2mzwamtjgJ2mrEFJEbTv31qNO9OTjX4h7tOYELpsZDf5GC+lgkWZsVccGgpw5q1qziJUSSy0vrsLVRGtvVmSvvexqhjkkdfpMbcu1NbZmEhjT1rxRgR69TQ31Aewat8mUF8OY3bmYLGZ8ynYuFIbZ3Gutn+efM7xunOEfnd4pnFQ/L6AtX0ahdWTJMXhCqBRVlsvsGyVwZK+IMRPDzCEa41QeuTfiAsM8s06KoujJX7p0a71IuLBM3x+azx+Rpn19o/i9jUxAgQ1VDgbGWCM/qX+TrCcWJTC61vRIkGUmI0ZCyYaMVlvxVSSs9NItSdEyr6CWZGmUY+wdlxMh4jDTnpd8Bpyus2VwF7EERD1aYd+yPekM+DGukj/HAlFo8LczJAIH4pcPlnP85cT5GOVrtH+yb+epxq3NhnCCnv3VNbYFCAhiVuZ0D0F6HdT6Xp1ld3dVOhhXGQHfaUYEttoYgU9YHS8fC7PW/iwH+wgnzbz1/QM70Xaa5ahTECJBgL/uYK4lCg1bwQC3EbWsdgCMITRkoDemHsoMxmfjq+dHVprufm+V86RHo8z3D+MDJ9afx/vhXuTlGCwnneTZTwLbBMUH9Nj2X/RxhKdhDz6ordUG0VNERbeFskdR0XLSchlNLgtcWbycLfp7l77OasO9VQEarFLDXJvwcj1xrLMuaIADqWij+V4y+M03Nxt8+5Zmm2+/dFOn/MGAq3HYxhpbQxthzExrOhyA4mrYqKf3a7mfJnoxItf4ZOYsk73OmVtNyruGCgc2ZgPyVXZ+ZsCoNAoe21YYjYlLLqhmtNkjzFdqtUMXYP+68+K3r7gfzKqtwAG8xhMjhnE+uJ0I0+6mbFb+RTZpbm5dk2LrX/FH0kiIWsbXhvha4hlgWztxlAoO2b0fsILlccLiVKVEdtyiw1Go3Ryui/H68SIm7/zxpWgRDLD2TX32tpZvQZrPboVVWp3wTy34H/g7B+3pf/Q//BE7rCokBrlRsDwaTAxwPwlQj8kJgDz5IPQfO2CD2+zpLPZL+rJv/up8DUwny9wsOFtjDQnoeAZc+8dWV5JsCP3io+mhuKNb1kdkXL2y0IE1ZgUrI741O0b8ArAIRBHQpuHIdEaioD6mVLl20uPK11tI4z2j8K2HItf3Gf0MBm1fCsFwTgNvrsJwezkEcoiCz0eT2KrofGvkpnSb9AsemGzEbCBI+CdJcLXTQ8OCSfiZQ6U5CI/ZaNOLVv2clLT5+H7bv7GPH/gZa3MCgL1zBA/+5lGwTzaSTn8RPRCl95dSzS0I6vYuuLLW8XBR5eQccq0kv03Gp6uGcS/zx+GbMO9RaC3GZhvKIG6eqAE012Z5+8jATrOxgQwgDtAL7LMas3HHq3Ejx99zc2/s8dkZnw5DAlfHNi28sRtJE/twhCGTLnJ0kzJ8itUeNpaNudsclWgcVsYNt5BuVrh8KIM9ZmcSD06QabotyH16dJQOskTegOwEqJ2pFBLvyUwbGPThzT0IPceq44HxUi3Jh9G+U71zP+/0m0YJHh4+2fCpjXz8UMKzIdIREc3HstbAXzkNR6yRPjeuG67fSJhyA5ukNhbKiUEOiQg3g7qokIui5X0U6tSovNheVnS4fcCb+iqoG6RRB9++keDogy7/CbVbRjozHdpBWGzBDOUOUESAbVVmemzRA1G3wOzphSMJ149OtHNrlQGr8gjjV3ivjwvxvUyfinTWxLIjDbWnCl2zdqYbv97h7Qc/stC7DxmJ9qSUh4R7+ziEyMj+Y3wTb8eVamrzqUSVkKwHq3kNZFVlQpKSzfptA5a9fLuE2ZwbwJswvpaEZKQmzPugdfmE9gS0B67PD6ehk/ch45U+9kxCVQiMRt90BAKSftpbfyHGHwV1OmbAnmAvEFQExIMOpxXdAAlK/qYx3N73RRoH1eTcNrCUvsBtsnPb38pOfJTI1Q1RAKxecWOPX3PCoz4xLRwz99/asdXYSt+eHpDRKmiblIgbnAT5Cap7ltyIu5ejmvdvnXjxHbAVRVLRszlUYuZfpntqjkb2AsfgWds8bYILfkb3NOyKaRoq1LPDmNS7ULl6PeSrFcB5iMGoQHY7g6kn6a29d0hydy5BheQ8VC5sCqGQmWwRD+K1lJcDjIVIEzkAv9W0SYuFKUya3mthEkwNKRBSYsszyOfi2Hokb8WAL0R000QhnuN+TjeWB7osyNMGaiIVEz3EehBe5HoSGpULS3q2uN9j2f5xWdOWLqLb1ZIEKDh3HCRiUhW1hWb4ZIksjALloIO6iR5Zm59zLBUjPp0UsNdqPobTRGuT8xXphwUvu5vcbuacLpJbz0KD9wnSCczuGeVn61Goi4jGUQ5E3G8mH9qpe6DnlDEp/lLce24Gx3M2/kGIMzRDO8BkcDK2jMnZHsocmwsxt/DTlqGMDb7/IhYZbKjQSbclFvg05QSdARkRzn9sYN5dN2CJwL5nuxCdjxbuWhe+S9dA9hhktUkvijoS6sZxvPdrgswIQSVxWLfLL57z4CGLvzPqaKIpJo6UHEDsULtAGjV2maOp8kD5aa7tr6wznsws4Ej/uKNzNLiF4WxwfZbI1VyScp9/scShW9a/7qdhcXMRkJ9OnntCvi8IiqkTZnpm9Xw6h+YwTFNFoAKtIk6sSRcoNTZ67r+8mWrz791zwrv0/JjOl4DHYzbvNqFVZCXbbAEkcXN6cBDcpsz38t8gxVfhdRWJs+VlJgwzuJJbKIncepbROvGyVbnUvtPKEAdd6cNNE8+Spu72WOPtsLul/XuzRRJo4rMkXEfnZurKT5/r3rGv/fElQpSENYtF0X0UjsU8UGg+1cT013VuoK8f3v8m2hiC7tyoWAs6cT7FKy3Hyk7za+vEyaN02WG2jKxL6mWYIRGJj67QQ3sOQalWJMzsBDgvdQBtKpIVzOYbmdRafaqirarOUBDuK+kg4goatPj2nJ5xArRPpZIwyX8bgb/zShLPU0SarZX+dFdYAozKYYFazUdEUzz9Q2lEzOzGTs846WioQ8tEPbuQoOEp+1aeExwAYqg0HgAJwDB55geFd5tnVbD42AGI1QL5shWJw/KIaGLxR9SCv7iQRrTT5wBgElXQVRnGITdfQTK7p1yFiwj0S3oHtQo71dtXwUd8YX4u44Lz5A2HeTvtcsgY8/31NpTuq9jkw2O33edEMlVVsk4tTxRTfVfM4tlcmB7ieGpvlZZtljuvbA7sCqcaS4107xHpefaKcy3LwaI/KvoKiQsMIN8qgC52c/RDlWxDKr4kOb7Dfa3GDJ0V6j3X2szd7dSsFpAx+2h/tsX36PUQwQgFMVLV8xNUAaqrvf5KzNmrld9KJVUdQIXSWZmgdjgZGcnH3dBbZjMJ2jyhAQpKNEVgWtTJO6jDrRD68AVp4DCS9IHrdjxye9dtZZjyC7b+6UKXsmPkrY6Oe3WfJXMHnNqJrr9ezZME2+L2Q/jSbBraw4AviXo6tPMcj72oUvfSojKGDNvWk64mgXw/r5BIqluTWNZoxGKXHnEGDcjOhChlGYHAJqseyA5u6CAlFkAw1BAmlr2t5h7CEQTdJgRs3OSgbuxt5yoH/9lgzSByVeBA7opxtWIX6BqBwjO9501JaR/U4XICx7STHtKFajSwVapQC77TeAaD2GodpHonkceTDa7DNfFNp5SFZdmwbKY0wLC7VBVtxfUlCKXFT1pSyuaNeKYoozvzX8akGDVQwVKp3jdnta7OfFYW+ZnQqOnhj+Li6s5f6Ta7JurC6tkObTpjQXAQbTYnaNRoZieKaqFYjCuew4ZlP2cgMc+mgLeVdkthxqVx/n9QfFa9GNfhB4dTb+TDP4E2jKARh/W1hCzTMsYT6YKIDfRfOd2BDFxauiCVNtlgeMeDlS9uvKdRjnkGcuaLhX6H3bSsddnR5aEJ1YnhM8RZ1JTx12MvHt79keOegehNdoArD90EZgO+Wty7+Nk4Cost/l0OeVYMjRnk7e16SEZZ0wsDe3g2U0xdTBN0cRo0lOVQxMYQTWu3HJg3LT4wyN4/cv1FS46KAErU7V1qThg1SZ92N9MZ+7zFlm9zGfoYNwChbeDUpIUWtPQ/o3J7NqfdI6n5eWirz80fQTO+7r1B199MXX9TccScv4CHOMh1069dxOz6n9yX+ekE/zOYFQhE4AScTrXv5AQwR+Ek3+qEI3GtGEaYBlgrya058pQnzQgRwskvvwkXi4BI5AFqLUE+7MU0ZoaE8u7AhqLBaao6wzspbACUMQO8D2n1TNOrm/V7tmpo01Q9vlwq6jLKuRh2G1SVHwDMfIjg2ZSbobO9o7R+GVNWyX4zHEgsPHPGOGo0FlgfwNBsn4TOOt9rdRV40BDxU+p4ik2Sv5t8JNJCtbAs6m3TAuA2G2vBGnt3jlNHVhdbZrwmzCVkk1lJk+1Eu5giUxJ06XpO6nRMZW+arfF9PF85oZgOfNw0b/Gm2zU+0ZMpqvPxmzx+R8KmRCdyiolG46s5fGTuzDNZw8M/eMAr6fIr1OKcp/KTVSOqVSk3cWJ/xwK+UalrlOXa4A2qC/7ulhIaIXhU0WFb2MIVl6iE2RREupG4zP4/MjZWfdAE3GLc+mwF8CdtyLZ/1qclymATYemcfth+N04Sso2OKVCTgElp8TQre8D4M8dminHCfjI411HHPHxZkfR8xspOFKzAq4cEprXYisK5mXdFOiUSFcTZEVJPj+I7qKv4Vdsxr72HCOORyav5EC0bJVGjA/3nZb/DDxfLP9K4C6mDsIJyI/CZbDrK8WzDMYEnmx9tTJT5jFw8IbJ68/FB0W1PFm0RAdFl9yBJCBfU6Kyga6tnzrRCo4sNVe1+ts7mnW2/ezLfheOIfZRdxLHLvDzK8EyMh+3D0Ekf+R/RThiMMisgg74sD3pPUI1pu7c9aiYFd+ezVPupqEC26u5GpNk7dgYsKNBUmwp0flyPVOx0+odqev3SLnB5srPEk9/VbM6HipkATO8dqch4k/nVBgmTvYPZ0SutydirpOk6N2W71pi54ImLl5Z19qSp4TZyPJ3oOLOtExdxHh9f7ubmWLkUVxNlclH43Vc8dDCqepCkk7aeb8KxDwhcOZd0RdrAEaaOPYOPIbwRWJLCbrfW3olisIDeMfTa3NVU2bOyronTKHpixSxcam3bsgi28KumJd4sJG3QO+GkVXD4hLC+c9In1F4hrbz1oQjVYEXZNpuJGE13RAI87Uzy7sMgTA8BaDwXzopmNZfVXYgbpq57ixaIC84qnTDQS0c7RJAOWzlLOJdCYNmklh9rrFFFvIwRjgRjNJ2fXDAXEX3rqzAq/ib+2fgznJGlVX2bEJcFLwZmk6H43xMxZ7FgmJp8cy6f0i2Zmzw9mVYc1CmZqpQPq8UbX/F+MCjbQjzFbltkYWV6jk6ei5zodGe77lEdcE8pJJS5B9sWYpsBQB53CiTcJKJuVVHiyWsGx27ytvNnnJe/P2xs5yGKI83FNSJNK5qHLUi6Jv7HQE+YyW3ufpWiYNXnM5i4dJPy0QlYRJYiqZh1qBpNpgTxXjYHC+3aarjJpMVaKm8bFlyPllpBB0DvhtVpc71Y7sjhXkHFcMmXSEefHBbFbPjcXT+ctwebxtvSaOfAoicysc8jAKAc4gyhwf1+6o0xnWoKl8DvicT6KqSI3kz6lytJYzJIIHELmKvtaxlafw8DqIGLJtIUKAkiUqz7EDN9kiW6dknUmdQsvHZUBFmq6V5o3SY2SIkoB01x5Yga3IvL0I6yROWt9Wr/tYWanaXXOksqYCWc49+f7YslGLwRaI8YMgOclnBZXwbYVhtw4TbN2VOIOGXePDKOSSJvnVa4hWj5AOmjIWGPwc4t/KFe3/tY0bxuRhwQpUHQ3SSIVj+iiJYJ4d7gN9xumBUdVSS5XA2Ngj2MpcxX1aGI2nJpgrsmC02ZMtBjvxJNe4YgdqTuKcrzuInaTwxBy3YX95EHSrgj3+8EjCx2pQcAfy9iDifY+8p5dJBIm45+0ujWxV3wuM33PK5+92DpLRr+aAfNCHmbPhLxwPpbacn1+z4vV+3P9uSt0IZw3cl/JVtcV8KfUdLwoIQ3z4U4UNAr7acCo7v17b5WquXJPmjZsMq/ikn4UwZXVYaJ3aSx3BphriN6dG2sFS4MC+uH/is2rL45SttoOXnOIbU3b1DbXe55X0AYznYjcnYZKIxKZRWFoRpBgDsGOHhcwc5eoELH/SnLEsx9Db/+n4+zuu95c+5c31hnjH2yD9F2Xov2O5YfbnPAiza3TdUNCOm2EPHl/rqTVzNmnTjp0vjL8HSJhFKDl2btAe5DpZ5jIcjdC+H0qUA21ft5/rGXPXzSTRECEiCsH0Nzg/jcG/jfLn5QGsbqLXdO3Wdmr6YvLxIzEvotq5EuOleYePi1+ZkQV0NriZfLAKRU1uQT/k8gAOKwZUAzQdPkmFThDEetF9xkwjOM0D6KXCkUTu8Jn3MQkCP4u1TYtGPpJAbIrjLsCTXKdJb+aPf3sGoTs2VERKVqyzfr/Yzpcnt7E/oJ2aIWLh8MGCRt1nYZpLdm6R47hkxC2b7ZOD+P2857NsSh1j7ZMrwcFFYf6MIRP8vsqCcP+VNjIfouR+VoKJWDlQ3CFvlpivayRv6Zw/w2KRzLZSMablQA1fzmww/rWw+e0ndNeQ6czFTmUwhaqyMI97CB7cQ01MBGG3gXyLNoN3MZ+lvk45f/bJfRFp+NFQ4LT53OJot4T/E1xqTv4SHTgSRJbmFMaiaogtRLlgQFLyDxrQsP+HgN0RJPkzUgR1AyCsCRWrvh/s0Q4+dZRs910LoKZLShNPdge65iPCtoeQZo03Q1EgRThubOi8BozUHJDJo5nSIJUyLBfOVze9QTOqTFvoMLoQb9V9Cisi4Em3lpem9R34+uODkchs/dymHXPAzEsF0/XAWU570Dgi63p3x4c9c5UVDbEgPkYlID+tsEWRx8eeMV5U6X/H3rukcjRlgyFgQ7NutEJ/KAOkD//zlt8qU7SLCE+2APbSP/j38AayUXNTP/TweCQpC938ID6TgPFxCaxGOl0ksi0F/EsFNAQ+43byw9cAaXYowRnuErUmoOovZ2QQsWwxcwUoHrN4cLSZfVllxiPv/OhliO0ao1FmDjC5LxOUbqQeP+WsA8BTiAZFNBCeJ0uUdwQfyBbwVkGkqOdFOH3mQP18Y3z4fGJ3t3uASmWcQuRb7U0+V+6mFalF1d0DeW5g2Kxm7rQ8YxseHto3hGOiIia8vG8HwvEjf5INBZtRnoyhZ6z2yf5tqDAXZhjFfDjFtQf56LlbsWIPtgQ/8211wp2p6M83MFMuVNIuiIG4/o8Z4cWIhmknhGsGgnUQMxA5mglKiue0LyqxoRJt+ksbjX+fPrRynOmt+m4OhVxcWcvqW2B4C+dHeIdS2mPRTAqhRU4sOiKwNFbi00//yxDa9fqGA3cZ6kXpOLHabQLoyNDylx/0eUyyYdJug/YWAPCl5J4YFJn1k81qKfGPWAUqgKFv4FoY3KSB45Giwnku0w0/vmiR2bvWUi/aFfK8IVyAHJPoNfL7j5Y/uXHe1GiYfOBIlpT0YxZS+XFTQYjl8jq/02Bv/xr0qO0RgtOGHqGiOxOy3MFo3qsN0aaqOCAKBggg9CpBThlo8vbHRNo7pKNhBhRlsRWTAj3BqdgcgUn+HNAFl2zWn9fsUcG6KL1MUjSs3KWuU8bAqgFBk63jGIEJ78FRc55S6kfDNikPSXeQoQddXeser9Vw2q0qXA6fnFqbZNSZwyfuLAz4KWXguAtAIg/XoZVICEbu6bXuHspSvImyi+kbP5D1zQT8XEOooYcQJvwyRrQmA6lBUOT+J5xR7tPmEkVsRZd5nLASIjJckyH4uuKM1BifL4U8cliNhXQsT5vxVCHnbf0UFlVW4UykFCqYg9r0Yp1wKDSSj0umr0g0yUf95qD+mq6fBIuohsW3wkBOQ1GMInY0Njil2qeUv5hFUUPovVURpxrLa5/pk5x60l4O5YWMacYNxfKqJ9OWFjNNMF5HQpJK2EJpi8yF1f0XxWp+U5OSRFDN1O/9H5KfWpbuSM7Vi3t1tUnYj24SbKjQS8iQ4PIIRsiAlfpW3B4mAiMFXYIpCPdE0ojEf590ZyHKLXuTQU9OCruz67n2Kji/7yq+RJamt+aBIbGdVEArM6kK4OzfGXwuLeXbSLFXliFYG6FttD9jkyIwhphXpHZ5oM3KZ+w64cCV3D3JtZ03SBRDpvsZD1rDIBI5hjfw6BmbDqQvloZ0GWu2o5Tc9N/GzJzHW43zjUnBtUcu5dppOgZMxWc5WCKRJf1YKdHFbFpIFqLhmWhpyqzA0u5Nu4MnrC3YOK1c054QwEJg0mktJghcXxwFElmjZQsqJSPlVxqJYnXi5+/wQdXVASYloKuZv5xlHTFIwGGAw1j/qxP/SxybVrvgG4liqDpWeylvH2ZHH6a2mHxsXrjb/sg6Z48Q9/WWzHE5Gmea9SxyW9iQrweKdvOlFJ3+HKPbA3tOO2e4pLpEL81OpxBnudsDecAiXHeZ0sOlbLyvnRURsjK1hm9eQGsRgOs7k6EwNUz3uPUCmMGcC9PmAbcZznWMLzO4BGWQH3VLTmadZRE787T8MCWjU5EQ+bx7SRrcawyljr/mvKEPL1kwTlO9Fg7svsLXyjVFn7SB0sFrnbwZON2VEgnw3cYaQv2tFH/sECwdsXgXhY/8UaX5d7UfvFWNHRk6zsA1iH9wil4Yi0/vPJsryy5aEsNq66fmYGw/Ss14G6NsxDHymfkogJKuJtShts++Uk7UkOj+GhYkxLagnkCqSOru0wLw3G1KxnYz1ih5I/ZFj5UeNCpfalRbfLgvaCnu5Ix1N+bz+4bHRuQ/3gWixMnLiIxgvNqzAravrEX627k+d9s/alB1qARDBHHcBwwgPzIKNS8lxGKVz9XhLLTJO87uEeG66OezrVMQf5SAWRAExrDFTEDv5LMpgBMdXD1Iu/WjTKNYSuEYxqq4S3dyCw4z5QJfh2Q0aFF1mf8IIuimwQ7pLy/QYE7Rrm/Aq9O6jUDb/sAWwc0BLcSYVYrrWYUesW29j+fTWU5i80dlz8t+Y5HxYNRSxQC/yRVrjR/V17OixijOueH5LBy5PNgVNuj84qCSG8SEvFYOUaRIdnZNCaU2fM6cH4l51dHxnTriEzw+qg/Li+KW964oKXDINtXnhboBvbyF2vMy5zl0ab29cRLfe/6h+VfJ3Hzfon7eIsbAd6yQur6IaeZrzWlPfEOqvtmZRrS+aYW+JqMhRHcXdBV7YmxEJRT3Grd2dPyUQRDo03U1r0kRGi6+o4g00BKpCZ+nRZ0YG9BH6ek9hgejbctLY4QSgnq0q7oxseSfddgB59u4mMnaej2DKRlcawG4JOIPCRI/XMsd34DT+kqG2ksxPBTX6Tvj4sN5b9jUHkfm3vH6plu411nnXg8GB8xgWuTdTU6nqXqFTC9C7YSHQCIeDHKJ/xe2IfwyO6I8dJuI4NL5S1E9NoTcaIwnOOhbnqVvpuIZybK2TD6T7ptQBqBlZaLeNYKIUKMKZbaAG6a9uwNOy+CQvJ7l2LclPNBh0/FTF7hoBZ1B5yYbwcMg8rt4F02iuZJyfwlCN04IMXNJYi0jQ5Gj9ltCpiFkk9WWxgKRW69J2FEVRS06xur9VD0LkbwsjiBqebQnLD9uM30HFh4Zf6BUs2IvzgAeCq7hjBk1vsgnenaaFDjLkgImKEsqpzfZcuHQGkKTxhZHuZBofXx8/KrBEHQo5ZgP46P5SPwZ61PKOoEXKnR6uocJ2AhTFty+IA7GcKtsFz21CA7ty1f0f3RHBADUwxIpK9jpaMqAKPrpkv7E+khRh1B4kjDRuntU/LFVNwlge6Cq96c0V2Ha4aRhfXi8ZtzYuAlLIjwrP+NN6eJIsZcpFqnoxgaAt06wG77LnleCnaj/aj++ENAI+GHAem4z2iEtuHioJDbKHRGxn2FZh4VxqDxJ5ZrJNKAe9nJympXcbTgvVikxk/M5SyN9YFF12hv52nRzLizLFmPtqjPWIEmYY6UsP++eRMvgwCfCDUHveX0RckvscX+/LMRTJI2qybsBrxakYcncroztOKZqKMQp/eeZEAhFpFRtJ9fuE5bTBj/X1lZeN2pLeB2OtNDHUb31POl9Q2CwTLs6xxMXK+6eFaYeT3SBAV484p9KkE17Zk23YS2mhk8OPSWaakFTiI8jTLJS/R9Gs9C3Y5N02eIrDZihRo8ip2t2rzTDPtrhUV8m+Z2VxPMbzbhqASpl95Fhuu2i43MKEJ/ZXLf3I+GfKbjnOs23ir8lZoaY2LuNY6WGrovMWWnfcooiIfiYjs8OAWGIdJmZgG9fPl1cty1EyY0oL2yffjFBkZiNg1KbocNlWB4K+NMkd7LQSOvvFG3Q2SXfPc3WRnAkvWDWzKudIynxBVlTOwOFddn+KPQXpkIX1crP2+9u4BdWLbvOzQi6dKpVhITY6wlJzyaCJMqz8ZaMSUC2E941dNEGSTVof6fKkNL1j/jI+Ifp4oSDK83kj9nztnH5u7FMCLAWGSX+gc5wKs+aDVXVTB33JUVNH+ztiPBXF5+6aowmueq61P8ccA3UM7irMXpU9NdjkxLeyADcEAAyQh65Ffx4KFOyQmgSG4ca39uvHaONiy4lNaxMjFJNgszLZDQ2lbUwgqR721Wksx97aBsWR2FkEdUFb1V2/WupTSYoPJ/9f90I2Gj806tsDxT1NuEdTd+Yzg2G1mkHzl7UH/v2d/lwwcIKPiNEhjKDWDPR04UO8pJh0BuPRJSgLmV2HSA9cHk2ZsoGAF1d+gfHzr/+2ASg5UaT7L933IcdvYXfCWBpRMTUIgQMOvI8TYSgpa6el2C2V0AI8HuyRdz4034yrwlvrZy+L+yHBbxfdugbSMuTRjmSUuC6KnO7Jdpvd6XEwGgyrQssYijFY3HbZWNleik8jvytfPs93sqzqBRpf9BRNf49szc6W+S+j0ryoBdEeMpO+H4r9DcZTa8Xgk4O64soSTJMOBwy99hUqCAHOhyeogT9cQy4rxQ4HU3MHSOPWa0MLqw6SxFwh6Fv0acqQyO/q24DnRiy4nf0Kr5NXwYbWRPIS7NyMiJTNIJcQj3+fvQpOOYVvJ3HDZ/XHC+FPza0Y9Wh9Ger9nFjyNmFpVNJGe1g1+/EsbwYtK5HQ/yVM3pQFyB0wTujANDvbAjuMgDfOxrzc4gu7wvWA6yrgWY29mt5nxG7lFUfI8F/CajuO5vF9njbFCiaQjt4j7ZzO11d845j3qrzsOWCL2ILqwm+7SVHZw1C02uQMxgFIQcGDnFPC+qnVapsEj0RhuT5F61NeUklPa2qYtI6dkyL06y/9bZfT50pzRT0Rq+7FWylFFCqcfLyjoGhQtIRpDuGdNXiS2IpRqiIW6TeNbaOS4A+qeidBBifIAnuvmh4eKWsg7knYfArRXfDRSfl0sfYXfAilCQUPuQfH84bqqRTV0pFAMAQsNVa3IWuX9F+mVr4LV6UraUCasxCBTQObl3e732CpCIiFqePihRVXo30xYFPXFD6JEkTE1DT2JDXFucQsMiAMC1Ukr9pld3SgIfXJ1TXKfAr3hYcuvdQ06//KcNmacyzgCM+u9OQi1aw4/+eCyMqpHsZZ8lFlHmKL1Q2EfIySoHXILAQbsVHVm90gHeVMbEkWuAlrq8iDFYsQwCGPQlYRM8dKxANIXdqD8X4FLFLfIAIBjVzLvBCsTLKTR4BSIfwcSen+grYKhTsMD3MZ+YHHs0B1oT/s/8BaDMpDCPRFRSuPI21zf6Q4dwlX/t2zY7yco1DFJ/QIeZZ1Vw//Fzb5SeP9OJ/7oNwqMJE5fF+JC4rrsezMbKNwUbibrC3r+3IQNOo6WNLCOntzHTXqYFlf6ym2f8asKYgrrvhdNv1Z8B7mF+Vd8U53mHr4kjjxz5/J7rHcdJOlK2S7IcGcY2WnvlOF8JpMBH+1gpIzpLou7+AVXcijIa14mxYuwHE4NNn5LVkyJq1eYKgtfOqmxuBmvD0K7uXeuGpcXGK4xx75NpNvOaQ/04yB+Mo77QUHLOjjLSktY2s3B3c3A/9/FV8vaMjjA5kmq78KMuvxk5pzHatL6G3MPsmL3svXeE/YwVrfL3PEwLt3mhXc5Ul+886S+2nwStFkfyAGhnA8CZ5qgmbDXv/+Lap44LRQD9emoAjnnFiiOS4RWn1JYIATnGIDbngz3t9+XqwKH4wFyqrmp5Zc93G5+xQ3dYUpMC4mUvYYxfWNpp620tyeCf9is7EN+oflSFvtf294jKhGvEv31j8yS9gal+sXoZVpXih6l6RssBxOYhONXVdio42hgmRrWr1+GYLEvVKq3MX9s0oqTY2rMIFp9HMGvdzNCjODdmsIOsiU8VqmKWOWU3nIT8aRR3/YC7CKMx6cfNwUHiZtWVrJMMIZ6PjP9jTz1FbQ4nluRF+U/WDs/NIVEXVwbQW6jxIx1KrQ06lVpxLrNqygzClDbgfak0vp2B76732y9jwSB+tTdrrlhjDujCLpA5qvu0XzqVlvCec/rUIBAWB1RibnAehViNsMeiuN6UxIoUoF1Rd7URIhUQ1Drwf9i+If41sA1mmAWXR9S0ZkRCa8DgagJ7SMzQQqEOyd9ns8OE6yv6DnhHPVuMDi0BrgKx5PH92WYZDp4KZGZTzvOkaCmM2JFHq3oJ88kutW5cdAGVog8/UKsGXYNKde+RWKGBuXgl2BA+EXVrY9iQfu3ChBjKdli+2Lev5yp+B1ssjmo4OnracEtrbPUpAJJx5VVYhds817JHyQ0zLJ6Qyk3RxfL6y1n19vXRz0/oVASOMlLpqi1tGd887YJltWJ9XVsw1HNne8UxLEjioubWfYM8qFue0KdJ8R1o8qIQwdutPoevcgkdDr7DAr1yHlRdsv8WE46X6ie8Hne2xR97AhyY47mW8gnxtwmyq0NVsBflQk817lzkmfNc99AKa67X8tOSa0dVS7nUSX+oU0Y9HfRdrWR420Iz1XZJOPVvF4UWqqWw2p3teEHv6RHwoerd2urFuCzRC91OVL9hyRYM1CkcOFqMEzC4Zm0u6rlAdbCtXbTGfazt0uja3J+LZa5Fi6AWGcllUANm/XoLaVo4gEx43OgTcWXT/iIDBwXYzkMrmXbeaxar7MWjc6U6WT4ghUfB8HLSNoxdSZap2xjKIqJQpataTDndOmCaVfrBpI245ExNdaNFN9JLf4Bo3k366UiFxoY/EDwBC3XKTs48qkHi/A9CMgNoHAoaUz7dKbcgxet2u6YUjpS9GQ5t5d3zCQbNSqsi5QrQBpBupXIz2oiks0WmFoUkaZ3R8OgKgZG4WlKp9OlUxyS5TEAAUklZcBC8tPG4r28hDBymWmyHufgI0YTheaPPWJaW0OquNcuNkzxWh1gfx5/k9opGs08eJGv5eRmOI8b2MkwTR0XoGsSgeBAtSNVmaFKTeGVMNwghDVSoUUjJq+b2jVYEkOAcR4fjpyhk6Y4S811FLtPyVWeAH5cGs7k08RLECtwcl5wVyfJfiKFbTzhfmun9S0JHboEr2u5fbSB0V/JDxZnFvbl4fs6phQHsyLQruSUkTHvvn2+gHT2/DKUbrenUkjiYbd4fsBNrQWwNpVoTmc5P/eol33Ml+4aVjeJVKMhAt4U2wvP6ENH3U0VppSEaRsqzMga0KLde6fsg/RuAlJP2TnWkDKNVtknvbEKQICE/f7uqSYsSlShCOH1wagWXgsKvixqnjPmi/n3iC72Ge5uiYVUuk4VfCEHtMPFiR8sbPQtEAqPV9ve4eFrqmJJ30IgZHANJIMJWkGBujkg1wgEIsJ8m/EksncVEF5hbc6zQzC2jdiCW3e44BtMHcZIGbfLRVK4AJwdy+b7jc1E9jGtafW/MF+j5IaUqktyNq5k9ceS/ZAtiWTIeMU/O9XGtkQYmR5ZUKuFo4iLQq6KErBiqufPvvIbj7rz5Lns8/ATo7m/KvQuYf0lNzHdDpMEY25VbcoDyBmThQGh77Pfjd1cnvpf88YhiSflaSD5bq++by+pD/Kzkn1R7labr63ZRnzj6btyzcEuUzks74+L+Z8V/eiREATQvKXDIrAwTODycFv4mU9foOjlIG1nsYmaOWImCA7XvY/sDhwLZEkkLojfPfJr3YWuXrQhBMdbqLPigqerCvNCHSbfErWDMSadgDPpIsQYwrKzuWib5hNkxBN43brMUSNgkeLGVcVV6a1KUXasHWXBZZFr5mho8oRFo4xpIcYKwLhtz6io4d4y45aAQaUwWripOqdxG4/1sWgjpDs8qUcKxqGJSJu61DpiNrIpm6TGZN9V0Xr1EBJuQJTLZ6v5lA7MMWvHBbxwludTHVPTNesVfbUFqx9zIWw8twW6dHJ8ZpyTd6/N3VqsyqV5raeQj7TX/o6biGXRCydJYlnMXDjuC3XleEhgfYENCm7Dq3jMuGCljhx7RbZEtR1TSx5lWNTb1dDEzUagsn4l7Zh50PiY4rx/bqw5ceK0Q7JvfcVm2E0iw8tfF6xr36SERmRoROG6VgNAaraoxXYws2omb2/lYr/MRnmzDKjMF7oco+hYlMb8O9rFxpc0fHWMqMbcze1RCsmR3pw8iCXrFi/lKmSQs4BD6CVLnzOvETXmRmaymGJiyoeDZAx8mI8TmErNIQLpzEcCuiJJ9bj/MuhxVFmJydUoapjTO/Gm6qHHVBTA2OgT5Qhz29pxlATSmpbSTlzE2D+/N1Nd0DGm3Yj6Ba8C8bN/BnrQtWJ30uj+6LiOfYKIXs+HN8kA1rnIQDCOcTJzdctEd4+Nv5fzdVPeJCiKJ1vUFNdO3s4FkotXvzGZxF3ZCU+49vvZD+Q6tEfPkch4tpA84J0qnQtt/VeS0j2369W4quCO/NmOZ32/xTe3TIw5QBc0tF82VU2k2jJwrfi0x8/Yte/rx7cd+bzMhU6xXZgckuzSiRoVxzm5sZHkDBgFWxFGQJELZp3tDN+GJB36F29ZdoeaNxsE8QpzFjSnfN+ThFMz3r87a9DMpb7afP834+Ki5/Rn3SjZD8wZSICVteVjmZogfaFsMYr/lRENSo11GnKGfNUcrdnq3X8achy+8xOD96BbP1HmRNM/rerK19zhhOvaRp6Mt/MypsGK6joUG9D2zbmJKb7E2XnBfv19Q6GcB7bLRdF9oVDKYQxA7f3aAbFlpd4y35ErGPZaJgcjX3YA1qyTOKMQz1xfQrfeSiAywRb91LG0ushKKhE9bfTNl4hYteGQg8naWvp4AaVnSjyBRsWqloBfM4tdwCDudZ3MdDCzZqE2Z98irgZgRRwkJ5yd1XQBt+3DfXlo/6oEN3H16UnQAV/Xod/gm5+6RyIktyJEL5WO+kqj3BDFTc3RNMY5P2RQNaK2MGwOnAFZL54cxeaTYn0inTYPpAAYaTpytwOt86md0fOSfoG3xqv3CE7gA46sqOo4Hodo/3mL7vrUqqcXZuIjZKmd+xwU5IJ1svL26CFyxMcQUKgXQ+/qC5l+zZSKya468yVKhOw1ItfZJZu2ai4s3C/RkX8DPZv19KKV0mVkoBQ768VLmUYg0x1RIoKEvEJtVSBzIVHIyV2yvey0WEWb67x7XqePg51o5YXB50fNePgQWN+Mor9jRKE1veXv8HMWnXRkNnanv21ZFnuxohZuB3lA11AZL5yrUlKmTdRcCSaHkRHPV3L03JRqNIuNDmQTQUJkI6VL8Ii7dvYnOHRVDeZp8xsJ27mY1nYdwcp9qLVWJQKhSqe7Tey5kgaDrRTcmAVLksE3RUJS1B6rpVrF1scqVDILXYuSSqeHta/+SxAw99om8ndckYprQuQqPZr0XIRDebpwvq3WlySks/2MnuSh+0v4gzvh8dlsfKEImDBPVgeHZsGW+OM9q5OEUMVUSsf5HwIAWrSa1hcMqQHt0FhfdAt1cyc61FgSaoZq3IQb9AJuwYFZ8MFKU5Qj2dy8esy9XeqZuOwjuldqMsytXmnDvlC1Qs8LLyLYdYs3Q1fHoOZNsxAxxYV5hKFxdXXMrDwQSdVMF5xkWV96kEaeSl0Y75pkgvM099Ht8j7wM7oRb4S4WYn/9uu0uVKnZJtmUwqUM1MA8DxW55efMvXtCYpxt+TevdolN6pMysT6GIUw8Hn6Pp6CYsDZisceHMJT5XujGyktPNb34T0LfeloWOYjZ9lod0GQqQbLEoYR1KC/THpo4USC4NJN5Di3+jGrhhdoJ8X8NTYCYmNQW7/14v09/20a14dIs4U6qsT9KBybFwt+TS41Kb7nk9SauqP8cBMR56g77zcKg/sj8HHmex2085v6YFSB9rjgXnz5qMVl/iPLDv/yetWfSRUzMfKuwjDdaDVtPKmn/BpNCgsrqKCBUHSXib9y7jFV8dX6b+XR9/X7kcfrpf/zUYiNUNmCdkVI0GEFPH9GmTo8hGC4obvs13FE5DwUwJRZ+4W+98nEsDQMFxF4k5YInqnLm26i+VpF2ax4+gD24wAcawF6cfeCZ0zoBBb21+mv395fv6e/VngYWvLviWtpgjZRs9P6alO9IwMYPV/7heTvfZLo4ro/0EAZ9ESCoqGfU40mdmhEXSeI2a1XYrNCmkCMbAHX8U4c8tGB0l3qFU1ZW1dzgksd/VURg1CmEww8nPekdqdauq288Nsae63IqLhjTv1Mtcm32n9G287Eucf23jPcLqYeSdqCjWgkH6F0o5jxbpeO0R4gqQyaMm0SybBbCVzAYJrIWnAHZ4Ql5DQlyK2Z4vwvtenzY0WawIHIjGQCZJ7qLEuW33Kq3LaOzaZPAZ8kzcUnck+T+ehFW0obd3CA/9UHmj9yxKhtvU35Ojn79f/wfRNSZ9S7deeSWqzO166BSj3d1r4t6G2mhV8jyB2we7wmROt9lqvqOwqCIG7+Ltk40Rthf/f8GRQ0nxKbUcy+glgWRQuSLqrwJtN7zChiVsE2KAucbZC5EA30j7tsLzdz1VymkKp9LuW0gGEZAaWqGuXmRQRdgsohi4mTIGon4atss/lBb7exU8OYpgETK35kOoOQJDKU4coTjJyX3VA7QjOR3ymUTq03FwnaeLNqEaHZv4aO003RAONLaw1XGtMG/u6DsLhSirQJ3tonCxh8Hcd66VdNGbT/g0XAanYxZSZEvysA5w+xGu5VjzoTOxd4Okjw/NaolMsbL7oE3KqZp4V/YQY9hPO9+Z8S2rEJ2Wguv/sQCNfJYvEBh2wstguG0t+RBgQc88R188NrNF/4cQKBBVBVNTWOWpoaXS4Vecqd6z3ismkT+RINjVqCwS3NtKVfNFPJ+bRiIc7KqImHM7WOTDI+eTx9Znhbm1kxU9aV5auyyA3Kp4lkbESEmv+V3g2P3lRj625h1YX1XVaiFUGFPl0tzfAprv7ZrWgsNdVG9mt3m8ZSS0WQnAEETss2sP17kWwrynmyhjiHYox6N1tvmnKIpFIpvuWmteER0QWxtBKSuGp9H9PhuJ0npP9jv1x931tbuEWP2aAwmNdFZWik2AvBJ5r47lYxrEEcZHRcF7FYIUfIB32EXLW6X8sTbVmbLPFaQrRrkZ6vC3JehV+9Pg9CAByadgCRWMLVvbvQQldp3F07OJ4OkH/bBlseTv6ioYzsYCqYDZdzfvrL7h6EOK5Vnt6mjW5+9j44XUrYvr0IQuMfBOx1QvTWL753OjFntrJmG4nThLad0RKaIEMcWdVeJhN7mNQr3foPB7nc4HPxAI1j5QdpcC2SSDFQ+IBOZ2w63Bts9mR8TtfYUvmxKu+/THKGNBWWnbhCmJFc0EHQLn7B3+OMNSjsPuF1OE1GxANLwZ8n1FqlqcrA3bjNQn7WniZIaY1M7BbCva69xVp5pMtYz64dU4sxoHbXeaTXTUMMUi1qIBerT5IuM+7sw9giA0SSof+wWIRHX6vMQYrl88DoxWSZMxxW3vHJtWZ51i6Vb9qXKAHh1uZp2loDXLWLGZiseG13ZAOXnmd7vvspXTUAPxb3XqUX/IXAP8X/mOmPG6afpTa/U61hT5X3S3Ls0JXzKGBXndcgEhOT6xoEhQSpmspSeqdiTK88z4J2SpJP+xLrZHUJ2dB2LIwUqkwC/VK+si8mHhoLCFRh4nI1jrv7uSGQZdp523CM+dVhRsFGdCvRgvmMO/8mWTcirrWicxxXqc1dW678029fB+2W3fQjxrX3IUO2kdF19u4QvkJ822y9Rp68oaWkMas0bYn0iDKorBmNnMQrXswTEbe93XQf/cod9DmHr1ongNJbAwnwae1HesP8QeWwjw3BlWbkYFMXbZUqovK3wGu8m5hHkTBchUJnhCbKkH7HUjynDagQYSZKbb61SoKpj2HvHaZkvsGsakqJSWP0k6vH7LVxg67PPLW6XQqF/298S1X6kCXYgWS9VHfKYQm3PjvjnLTmOlWOkwChZH0NncvZmkKrwxUTRt6RdLZcGan26VksUzq7E84OSAj+c2Q3CyY7hU9FHw7Zu0z6m/cW2+xSaizVZskJ+Y+VyuScyemq52iSyPgNf3UiuMzKSNVKXREF6zOOhXjSAxGpUl2IEaz0L6atmlZuEf3awtsoMIbkshtp2g4KQzESckROOdhYRlHX2E1hkm5evoR44ndNdIcFJmBbeui+qvtf52UfsgqNWXE9l3jxh9jtvF+M+1qHfMGF/fdb/vp+uQBENXv7/GdR7GL0MEg35CUlECvV+nwU7xYdvwk2eP52FuCERECDVqByjBwrS68a44Y+kAgj/gCAkOjYuVyJWbEGZUpyOBxG+TzUvg6wX5wSkBiNL6iQi9xb7e24MZTj1/QENuQ4XzI20eY1KJPPn5GafrGqkmwOfWB+8nS5bPY3mMBkuq9YtOA/QZ8Q+CasuswkFvpwFI7t5p9D+7DjT3RtUS5K5xpbBgY9TX5dtkNVHS/OEHXixw+GlfuMaHrnqngBLUUF2cb8VHqYmkxJxPtTmjF8rR0vK1J5HYD7yy1j04T5ft5sMD37lPR6NQ2nqYbkkqKqaKiNYLb8uSlbq8bo2j9lwHo+Q6Jf+3cwYz3fMdes/RkNWc+zgVFnzfY38fLIEQ==",
"reduce-request-0iDPajDN-CfSHYlZW.cjs": "GyEEAOR/50w3Rv0SJTs7YH3sCpi3Io0O10bI8Wwb5pLUKh8SJROJLLAznRyUmCaE/18BMCaF9sQx0tGmMNU0QeK0H8gkDTwm3r/MVXr9DrLrJy6zHhFNg/9krERq/AJjAZRB40F74C0NyGg0+RElY5XXc/JEyl80Yh5JlUXdyjcr311dNoMBOu+o8ESMpd984fmv+NuunkPC86+/cRk0itIYkKqw24O//YVXqSLcV1LQ4ePN7WEQNrgl++TeV1fBxhfOrjj17W/QW+Yq0uAkFlV1wh01AdedUZ8emXTo5eRK9mxHzS6o1h0B1Yqa6Q0JRZoWVSVuk8IivdzKR9xwpgclrWAYnXB0v1ioGO3Y5Vy/XKvodioD5iounAYaUaceX/0ZqDICu8HzCM6Fxy7ZDrpbj/8Z9prd9OEAHKdu0HAVMbQDQMNlJKXmCKXxnmi3rDR2DnPZEI09f9cotYGJvyqDMeYav9HL5BME6w9OZvF8gsCNIY9OHsbXbXt6EoK03g5i3mZuE55WcXy4UQS6ccjr9W2nJmt6lVNwkDM49tBJOmXCgm4lFosbHabho0XciouqK1TB2o+RdRkPzsG6kgxp",
"replay-op-CV6zOuP_-aUq-KXcR.cjs": "GzIXAKwOzPOZAMahbUt5tHxprPpfpzaHZfpWmpRDSulwSmkVP0kUJ4Ty/RDYSTiGbbkCNE2VhJcEUWhJkB4faK6lag+y9Mjh9v7XWhl5gC5ATse6fZ9qugdys3OMiSLunr0NIMvorXOpCANCirwfmv9HLh3pjIgLEdDrZb3qlskzKMhhVeXFickwB0kB5BccLiGT454diOjLEuYXlJNbUoiq6c7VwUnzeK/HYUyM28V7+ADfCf7RnPyay5U4BSqYU+XvXD2uH95df8ej2Amvhw/wneB74/WV8d3bb8xjaWocee94o8GXtcFa8RmgdvEBvhP8IK7Pxja5/ZS9P2SqCjpXC+nBjfk6uLoxbj8f4Ffy/cH9yWv+9rzMPD9pzE0KMf9NxYWbr5aU8/Kx+Ti1NbA0P9n99/2ntd/rf6NE8WWd5+YccIJjMEJrLI7rTRIkiefn9M1rWA5Ht6bVb6FOSM8CYob+UH8mjmdTOwXVh2IV/7pMxsxnAjrPizqVFNG4KGqLDB9MGLJtT6NGhRkSN4NVKHvZDZDEccKwwmJYm8CA2eOWTo/SxM46hsq4+c5bBseCKw+ur2q83Je7BegMMzpiAboOJcLuAC7EyrOfmyYmAUbTlELU9pxbcKPeB8IxL2u4DrLDqI5a6nPKN4PWSUTB5SbQvNdncTQHzi3NMctAjpNOsNw6ApJszWuwx5n/HzXyaguygeeCq5Pd/0sUEY8ibjgQyLtF9kJ8MBC+xzHJ9cQveS2pEaKyCjQIsYsoY6JqSprRiyaEEFH97bpHq0T4ibIkD6ui6ue6UrxXVvg3O7cIjThZbiF514UU/mmbRsJGIaFEq9VTK28PsAQa54LHjaEDqYDbF0ZO8O/MbuLtxqE+Yxqa6fWDLISN+8RbEdgWHJlgcn+HEhUidwupFMg9YFRZbQlqJ9oy/XRrHl9lvm0XeibPi98ku3qyjTOXlDjWDMrKUufUGULaBuqZdgZaZyJ7e1drGv5sexsI8eP+GJdVHBNaW57SN2Z/aMWla657nQPxDMrB6Jnyy6YokYgIeiKD+rPCsehqEVdyt0IX2O8ccnh3p+4uLid3eJ2Np11asDWn2jwSvY+n7oAC40xTyaR7zuBJ0nnBiRpn//sHpESgwyzp2H0+LYX0uG9HJMBhidQAjmpWupUeIhoijIT/6VPOupTz34A+2JQ2XpAtehbufDzCHMLntRxSVM8mnka3BdNLOX1VgegsugUSSj/XV5dGz/VYhA8FESi+d7EXm+muj9Hq8E5uwSKYNt/K4kxtLHwYhdeJjCrGbg/0pO7weIk0MVl2Ay29TjexinfhtjGhNmNiu2oiStL1ZH1IOufwE+ZoEP9h6y9ue4O22PbUvG83cN+Aszqf2hoQNnBFp58FjOMuo8UxNNmX5HI6SmADVtppp51Q/AGgmizxFaJdmiwTzdb/xtYmT4gGLGhiXk602NBRxPQl8hN36LmHMx92+w0ym1PX1KyFhsZ8VZpu/nIaf20G8IU9wszGfY3ulp6bv4vSLt0hbYjFqEJcO5Un9SKsWcNqAbZnhD1LehdCPCf9gGky1Cr4qkOERGDQOk+QixKX9iIDTk8gRVJsuzKvxUBac4aoTLjqMBxT1K6u2Ia2A0+byMUdE4UZUhqpXx8xcnlq7rOuiGZrpgD56YQVFZQOAYhSty6kb33Loi4U3z6jQxNzZDnVbjqe2/lD6YDgP++0izTL0cv0PSAt7zf/DUifuQzLuoA7hwKSBrQqA8KVPUEZEKNcC9YA1pDN/MUQraTu4o+0eF/sL53UCFLxvtSnMIUb8IBjJCLv6b+wKJ4SdAEon24rMzKU1T4BmXhS4nKqje5wx6fa2Q7STfgki+Ag8qoDfm/RoF9gmvEQAtH4B+e6iyfuvE1eURFvR62NRu7kEI36oAet0OMDrIAuW6kBpyKN8c0kptLJ27J1pSmpfu/vYfSiVilqJmQgFFaUyGWIODJaWTS85NE6T4zo+NNk0MsxJhoQRhEyxc0cJeQks5Qg1hNgmnoPDelrDtmigoCmuUKkoYpISZ3YMtxyjHVIjgwxyUKtK+MLxuVLn8ZSpGwbtu8jqWMrygIKucGmAsdRFrEeJSMt8o5No5t7tlzFgDCaEkPase807ta2JIYDRcexSJcftDi+U+XFfLc4mjNbh3Qfl1H8QUSlK3ppqob42tX5yMQeVdVNthbDh70QdzUx5MvdS54frDEDy4VwbFSOesAY5051Gqw6MdozqYE65cR7hAFkjM4zrcZ9p4ANqqbsu1CfyzhAsjQi+XvhJgEnk0eTm4J5ATDvtLUHrEm/TQdSfVJE5A4S4cEv64URhrRYT9No2ZOedbW5K7rY6I7JTMbqBYgEElzVmVVC2vJ4Gxnea4N2en5hNtEeKR046IwB+VUkpXmNWS9ZBsET/8ixUmKtSjGfxB694AsWmLYqug2rSJPgsbuK0p5u0wpk1uxhiIwIW8UUKebYczCcVcT5C+EUuI0RMr6CKEQ5qPmazp0S9SbKSbCynAQFAjWzKgD50jFI+KgbfpAWgGMdMBk1x4s48flSgfE/oQg1CBg65gQejfLCA40EYE8qYropiVhl+ZUIGD+wq+jpZscKAt9KVbcHJWQLjtZeH1IMAcYwdBqarb+RDxZ22fLKUWpmwPGGdXuT+3cevfcTQnxLFcrzENmCV3EjIh99aRf1nlaFXQJ0W+IqYCbWkTJHtC1VpaBA3Im5ihSYk+vm3EeYwjqZSqOQuAO8SMXxQ+GPqKRRN+sRyxiazw4ZHqJUnjlG2mlGpHhR5AZTY8R1Jkn8kjmHLo7wTsrL0g8=",
"run-on-session-CDjbSiON-BjHC5UUd.cjs": "G+wNAIzEOBbxg5CaRX/7aX3Dz9fbDg7gXqkOV2pTV7iETORJS7bZIAo9Pv3/9kttWOgIoSNUct+7Myczf0IfArMbhALJLLFq2ZMlkj0RplLX18o+hqur+hbHEAFxUX9myuQBEjLbxvV4r53WoLUffIPDLe6enAT+gBpWaZc3NUrCfZuaH2+f/Ly2Wl759h0Ro07KGfkr5OOHN6+9Wdsr+DUp+y1OrRTNn+f+onzNP5+faNwxOSFn5HW5KC/O+7fXzbNU13uMeRSUqpWqVc/VSUykXNxcG5dyHYuX6CXlf/r4yerks3v/To2rROuqgi9LC+gnqAQ7TYcTXD5K0EPz/qhvfQ9b6tfCgrwtp8XffIcrqGrBBDJOFkq2+J2MMErk+UszrycZ/eeSwwUlst4SE536aAUvzCaSm9ArI7HPwhX6uzIjpKDc/4+x8Zgf6vY/vXnbbtHiw/blky79ummRjhKtIGlq1FhD4GD5Lg1RhIB7Hq/7Yux461xPVhT+N5YkJIS8RVrVjbCuy9AzOMU+/mYtbuAEm4SETpd8t1F9emh20HLzXrw0eyrauL2yfgP6jbYTrd98qExDL93TOIjZRzFoq4kYNIttH/RW5XHHdtY0PtwOJN3dbZtg8ju06buQgzH/Gs4hLyNuwdut6gaVyvgO84CHMhyhwXUpdPsXLYE1jTOwBZ6rl+mP8I43EYEkCpSRzab3FZeXAAu7maJJJDcXHTxBR3lhs6UuM97wIHGNoyTraMItCY0+thH+iMz8H1jmkzWMQixzZGUtlm2tw5TUGX40yjXLhc5+VEtn1QOE8GTjVKn67U/FQ389wumuERYIc0LxVHHumYTem7mPGa844pQAUlwi+j6toLOyOx0Mmp26hMwxVxclJfHq6IGsg0WXU69sz1tH+mtH20ppFRfLGHtxlMAZ9RWvv0qJj4p/7y//gqXJDsKIRujjIgmor7TSI2nGa3HLT9mSf5BUcHr7LlxGk70nLgrQlvWb08KvKSX+HNtnbMqTgTYzFl8ikFTdbg35FPQXpwnY0KYHMc6wSh04YBdYRM0IcqjY5TxeY30d6XcjGhWLZ0M+ZVaJc8V6Swa7JnTrbYt04nHLSJWuRg9rjIO+QGKlZ+1nwdWcS2RC0NQt3zYam4g3aW0Au6A9kXZcbuI/dky0FSApt7FFfJgRLZSdCtt8Pz2+oL2yJV4iFzgLC0C5EroDIdmJv9Mx/Spr0TXpPYxTQmbzAIn2jykKrHmyPQhC0QA7xX1pzMbI4SLRlqX/FUmuJ+ucVd+l9ApGj1yoBivIkkZnnm1CLy9mSog9jDZG47k8u2HsEpbhZFKi88Ieub67F4JzjKe1aOvC5Wjl2rBW261a/6t1zcqjnae38EcsgeRJXNscjH0V2BpgYVoVPgbQZDSyIEJBz10lAkSQEwKsDH1NuH9fu4/CZpKkZArfgVsrQ+a8jIsyo0DP8tBU0xpFNWD90NpSo4MC9VVlIhGilUXc9S98WX4jYMvjNsbCr/g0VR8E828wIgfGnWszp2RumjO4VtHqKRh4WdUJRmOoR6JLdgkPjKCw420g2O9sO8rUpd+J+kXOIdMLpdSZGXjUOnO35aCyVkJaiO3m2kzJenMPdBF7awq6l0ALWmsC",
"sdk-D720P6Mr.cjs": "mxJBEgUch3eeMH7uWtUm6wXaEZ4m2vsYkesDRIluFcuG/xiH73ckJ4mA2WbX8LaRF1WkJQFQNSPpHGIxfwHUqcLWIBTmAQ2j6LAhDDNChqQ/y8W2IM6F9zS6C8WsRqGwb7EjeVa2TEHFS0xpDAotDB9EpgqFwWA5x4dCYWdB8dKeEo9wKCmXNCN1oFzWXZpmaqIUu5WN+WDt7Vg40A8MsDvJxoljcsoJvUrcWETXxcZsjj/gb+YHKIFx9/ttJRBEABISlkiCIojGPVSOEptJtiS7Pe6D8RF7Fp/kLFGXwhP21XiRG0nejVdmHkU99SXru+kPXr64fph/n3yb9u+fr4fKFguEHJOk04F26XXtdRrXkm0BarDk0ZF0q7DQk2tfuo2N2np7KCTbY5XKJ8zHnTnuSlDh+efXUn+NOiGcTgr4ArYaKED8d+/9qfX1a882ERZbMyMEIgWzpTTehWoc2T2A8/Y4n59lq/50/fBpKoXl3pYUz9nbZdaV0lQ8L0BMmwzLmW66BD7cLgOfvWmZTxK9mpNh7/aBJxN9FDVRwEUJcqGHjPvuQDzftODXa2pFKfl94I+5EkVRvlDmoL5u2KaoEsG54Cr1Ay/0iECj0B/CamDkyUbhBsmu37tMuQkaO+30opX/VGluUyohLl0ppQAUQFj+X9P/1uNmdaeV1+rOlqoEW9oU5kaIkvcNRCTtHP3vf6n1r5+vW5pF0AN4lhVVx1mcnnayO+7eU4C4iKH93uXNPUdGpErw1ataOZPoZ2vdZZZ14dr4DMXZ0Rrw6Vd3A5DOr6Wvp+sOrnjWdmojaCWvCoiSdOalleM/A/1XqdZ9LqcOzKwBKWGNP42x9gnMjfpiE6morhKm1/if76vVP3++TnFSS6Dn4nIfT3AznPjV8XYcey15eqoUFYCIVxbWtKDSpdLhVrFewHRywHo63F6LsxJq+d/3llZtQTBVa7FY9W5G7ygqq/VylNos0++9552Cf+GW4e4RlSG7AARhSYBMM4KZNKsUde993wPfPcCciADZBQSZbSAz2xrJVmS2FKVG6d1a6KWQ21mtEhzJGb2bXtYsB96vSRPad/c3QjEnblC+yWujEQqJRDjgecdChfaFUEppa03DMXaXGDdj9Jdv/ve+n/ZKHmwOZubL+ShQ5sdwRvKZs0Eoj7P3OkvTz9UAbfQJNCANCfI7zrf8xp699znnvtfdIBsAyQE45pP8znFknMtUypQpyV1kXOij/L73mlXgjIyzmbN5oFT+//v7t8+0DURRjhxhlFhnr3XmGNKD/7urVA1VpaYqI6V7Ltr3PUlPVIQGwNCj046cBkSps2Cfc2+gr2+ob6CoKXOQZbbn92afdNE6UGZkFhID0+/eVxsktYM0cpo/aPYzx3jrVJ1zW61WmNkQA3MEGD+zhqb2v/etqrTVanpACBEkGDQIEqcaVdTJd+95BxXObCqDmHVlRpp1V1aZoXtmlpJ77n3f/btHZJWHZ1ZPRNaQrOrFEkI0EAlchiasBBmiFlnSzkogVAOups3+/eZC647xXeXikUh77WtpBAkOJEKhFAiDkDiBx6RlKADMhvx857FTKgsgIfRHmpFcGg0LQVC79ylWrkIJMoUOBVu6E4sBC8InaabH315+wnjPo62UnxfH5hKMLVgVlc0eR7PHZ9swrSPF2+afaUCAEEI8furYzvk2lv3U/rOoe5GXQFyEEK12r2XY8rZVPd89Wp43UEgCVdrtS+/876QllBJC3haPLMu/v+yZu9sorSozdpKL81Rd3CCet4UQoGbWprhe7lUrE2hJxph0vgzTd+m3+7sm7Y46gAXIR2wOIZ43/xuqnlw5XnJ9VzMeH7YkvJIUBCYjpwtnoru9n9cQ4QdW4sGfatL2shV/jSnwEA5Z8LoN07ps32u+mcYG8Vpg7CYGJPE3VPvG+c62tLuNRBdCCMvwKrsN1f9z36nNOXb6p1AAKWO1DCNEtqFWk/v4bj/bviQ0QxfVILT3Y1j+S3v+bjfm0vZvdERAgGEYQBCE/qcwIcMquVxcdPnvaSml21j6/KnA3fkkUIWACV0dk233Y7///2M76r6kWuvllk/CDIjgD8TZJmPW/y97r9UVKVU9BSQhs/sytX9pyy1C80fwGkK2mUY6inZlvqc8bdyPpU9rf9Pt5nxvmygiIsc5MAhjNJb1X9md7N+fY6fqRREQkdtjoqEbJAhOyys5f4nsGKbZtrX30thJ2p6FAPE9wxNFM1CwNjJtsinY5FAtJ8/D8DzJlq3M/TOnqREIgW39VfxP1q++/KM9jmvVF0K2ncCzSci5KuYM2KPXnVWgdOCR4sA1NG2cly/+c8pMIlGaANGEcLTHri2zrIR/Yewku6Zpaa9TmosqKEsm7xCRf5Gmaxd7A2Rbbn0/uuEasPk35F58dO/jb1/9/+10+VRrZV52D0L4CTyMYgjbtE1w/x2Clo+X03v7TNp0OJeUeyenP/m7t7+WwV82fP2v+teriOguo5tnrvqWwv822rCN+cDNU020+d0WOSEwdNKm4xU0iTx3Wu8Jne9R5gJ9TXNkyGAfMfvXDVSB4SC6di4LIgt+vYyy7eQ68L6VLS9/d5Q490xMIUTm25bc5ou3Mz700y8t/gDnzHTKushdCU7iQThesBhZUGVhcIfEonyMRRXc118HGB8u3tjoVlUHhLkfi93hy1j0sGJJtj4slFLaatByrGRFtNPmGryR4yJlrseaEwcTGfu7ZnuRBgLiy6wmYvhfbqAz/C7SdTA/vPivkRF+CJPvk3n4TwRDqkUW3MvvZ4e3s/gkzdKSafj8SgphkRz7yobz0yRGrBRLhterPx2sT+SckJQ5QAgk4CRiN6OksspiroST4lLMLhJkmStzi7VBTdncnLuApnUydyCCgyPUfsUtIPp8w5B8FbyBu0OZ/FOuYzsJopuCoxF5TZxLQThfG95kWry2L5d5XgIsRejefARoZ+tigg15d/XoK8Ua3uvPApC4kzMCh6wPy6ayhiHGO4LaNN3JTW4aVFsNhlqzJVduf/RxtkV+vj2xYPCayiiP1Z9A0qZIF22i3AgGvBrXFq+biQxn1ArBXs9mpP7N+m4GRwDLAA+vVJKIE5iZezxM2cUr8AvAwTtkIwO2dDIoNb3mAR0yO5dzWhDcU0KWp2x1oL18nBNAB++FeJm7nc89437ScpC6mz1Ea32yfwdXGPw101nMtprVZv8WZDjrIHJ2NzmXOUIPqZkItV59OTvHrBH3xU0Hs559VNwwDypUYDit3eUAxjtgfSscyoTZusAKkxOduVbfjZUQ3DbQxJxZlGXr1ylUqWugeaHmcbnttBNtjGsJWYlXQgof1PsIAMCoLgYSS7TCLC3+YHzUVCA46Z/4LMCR6vZXqXXZFaSztS7mSnI5JsVhPk0BySqxoNo/xLf9fHdaaePI4PYBL5ylBSlXvHJXVKvP3N98N31J18Hjcae1Dkfq3Fotr7lyjE/IzAcINeZ8UEw682D1IQgrGM7uDjBlQswFwOZT38tCcSMC3N3R3JZfBSC4gzkfQdjKSMQkGDQr2t5sGpoZMUJ0yEIGxibnbTUtzxJbbvIII5gBgTt0TUZaz+qqzBFKsV962lLKRbxpVcWdAA/wpC/vWv9FKtZhBQZPFpdg2631JKIsvPdlPFn+loX77aKlHVWh7So9wXvOSNKRdezDkPDUDs/p0knwYmHSm07ao8ci+ykzs1TyuKQEUGgnzrRSTAhXSIl0cfO1WIllsrX4qwYo5329aN2g0ecSNK9GRNAURjtlWxxDtw3WtL/DFgLX7A3Kk6BU7JxRES9wpdqPI8AfjerBB57KvZHsQMCm8eqik0W7OvPwRgeC0uYGpNDQIDptYuTuTTSbV21rcj42Okwlb266QS+x/a5ehpZF/M2Hj6vXAVf7HVvG4sMVkURfEuUfhmI+WjbKKS8kx+SlJTouNl8hngdnrIZ1pJ/S30t6u1z5cpvyPUbzquvnttN6smQv8jE4KAcH3A+zBaa+jMXvi9pR7ZIqwNda+65Cevj3/kRhK/kHWImcXR4Yyws14bRsgX/9y9l5Fgl4gCKysY3+05/1l2A5m2WE5xlf2Sy4Pxaajb9ylrP2sVZeWZJLfjwvfHKHVc7LeVB2kuV+lzDZZHsrzt7dwyNbbW/LRc7PkecQtxnf7dPt7SGdMAlvisIi2OlsmPe4WUJuywDg95TfT1LOmx5oFfzvDD31TH9VLNMzxwJvpVwpndVJqkaWk2IqmGaNIvG4DggQC76IuRb5PI+uk5W6w7m4YubMO2sOjvAgKjUt/+/Eg9iU+/TbOXt6ZPasS0a5PoBwneZcE+d9ohu/I2svJH4MAPNAEA+X+4H/1I2w/Nt5myEK4OA4Co6BcNRX657vDa3E09NGjKSF6Cn3osVcz8pUNBYSZ0+DzJ71yCjXBhCu03kkgsYgnp4eYiQNRE95Fy2vEa8utn/us8w0/mbu6pRF8MRInxjl02wUfq/VfKyHhpKRtTcnfpwB5jNBfP5Y2Qbq1ZL+Bl3mrByy9xQkGagkQaOiCMv1xDuUY4lUVBRTTzFxojoCRCXsytXb3mdin8eoWQhRTL9A3pXFCt9n8UXwBO4LZZ/xaZ/6qWjlIXtvIZAMVJ6gUWmCZWWja+m5nomzp2Jmz9pllCuWEdm0uB68p6ETcuqSE72nXpaULxnlF0D4ZXb4eX3H/j0VFZm7ryZLy6oy0tVllKt8PHa971zSanJlzr6qWVJWM6NcRUC4esfRmvYeaxXVnKuvlkvJKjnC1XGqVJldEtBNDhpZSPzPn2ueZKoNdTdjr2t6ZWviBfRHAi5Q0GFiuMDRyHBBwbS3pAuhPxJwwcAYNdc3M8UjQRfYN4k4v1koGg3qgrGNNWhvVqwfiX5zmrD6J2r3emn7FQ4BFzgeCbqg3ELOa1LBKzYfuz2aJqjrih6kZ6qsCtRc22p5QxKyAGzopMJwzVqgfM2dGOV8Or3mc9U9+fbjP36+P96Y25Nl/bLudLjfZnsyJzhF0j+2UWOERbwZoroh34oMxbzY6qinHOlEpV9+m5F9Xf/d8Ws9SdDvXmoIxzgp34O8IlALY9HjSocoNtdegx0g5D2hPja/CyNv+n5U47qdNiQhdpUiTP8F31/9n/l6pMMsevjLsjiyGkvrsfG8/1KxvSa6lvLkE2Un6bw3kxfCujTf2ehw/nHX3c2iQFzsI0+QFvR6zTF43I/6PEmeWLHCKohNJr7gehh6EyVnNoDhg5pX7AwWmGRwI5mTYl6tD31b1SLaV+FcUngPok1qCTfSQEhbhsDoE5+Ktk4QWtdqazaz1FbkvDF4h7EgV7EvRIfuQs98k0Al9xEH8k+cWbY4UafQT3n1WEspUQMW/7k+fCaDhKpuxXhn+ueANKNg5tfc1X66t/LAK1LPsWO1knrsdUHvhk+jT7EqFNtH00IQx6ViXhxSEKfxDUQrTiJMu9Jr550MYhVRCnGQ2WKFpxvUKbmCTKiOAUtCJSv588qwRUZELGb1AYbB38aaz1YrVtAQO+fvs8HKVkW3GNW/rba1A4K1h5LSCbh5lbrPrxNXWQ2vN8RLSBRFdhWmIVdBTMluTOue7fEo4LoFtFUlqQMRU2Mli4GEUEL1mouzbLN5PxONZZsHkWl+eJe/bRSlBzzk5t/v5VtFCsgNtyZIp4ySUPl3mBEd4x2tNIKcuDKxCvk+GDYCFoemXgXXUOgid3oLftjAlz2vf2bYhl+S/Gq5z40qY1GnIFljQ1ekltDaYgYEM38rzFlgJCGHrdBi1qk9NLovdjU3hMDt2mRU1LluxfYDdfQ2akAjFUQHwq7l21Q+PnkmHNC/wicVcMZFto5vp5UN5Sd3z6+/sYfST64bjSN3qZ4GenlPVx66kLTxM7quWVThOgAysgJQYW95KDT7GqUva2E6nlfR7mQMhmV6WeJmF0sP0o5t1K9uLHKA77KLLw/TyFIhAtHcINkW3QTrND3y3T5CoV2PKYvOJZKmX/vo5QYr20QlAxH/oHeTKUfB6ORe2xLLbZUm0kBtvXV0IGdkCnJ6T+2fGPB9PFlaTuPoeEvSrzNqEcMyYZi2EEMshudGFw5uxkA3tQb9FgDjh/ZTKUIsDJYEShjzn93y9+OvQ042CtR9ir3WC3zZah/HLO9dubSa0fKUOfzNn4pZk6Ec5S8SxsbPJfn7s4J16TaGS/gWs+DuGpbKHUwxcYvhEKCAvOdMbMa1dCrDaL/ujWRSyC0rP0xQk+irc+tTkQJL+AO/QaRu8q1fcHY84fsWL01i5K4VVS27zHpy1ilXZ1hkn6dTVWJS1vH7BTgBXq55qTxd966eAv9gGHWoxrTOTsJfLBD5SCcP+LHAxozQUNq1Oe7C7D4WXfX67S5N1eAW5DQKfkxSgnArRjljk0lncZ9xB0v6vAryQljTlxDkICnzk66E6aVVj7V5vD6z6wZnw0RKk3AQRB2Qu950A6X/jPF6/a9bsetv6Rv/VUzteV0XveY8uUD7t1n/k+M14Lnf/tHXNWzS/yxcnLvn39Znmx859dfWUuLEccRc/ukDc3Kf+PAD+hyTZzXJBTMNP1mgNsP4l3/97ca5kObrSYN77KBpCjZdwksP1ngDi7P0hqW4vv8irXRQR1FQ9UgCZTIxxP5blen11c3uBotXD+Xf+HpR+jRPG1HZEBGBnVmri9JfanNae2ED08wsoxx9/YsUc2ayOcFu/zNO9ZcZyVtMGt2qSa6OaBR6B7NTRckD/kfHuPOe3GnNeoTYvIWlq7obkzK+FtvbYrVQaHS1LzrObV9KJN7dDJxP5BvUwvz9+MMX48Di6XQiOFr4tzJOS13Lh27if2S7vas5nsFPyDFMsVq0uoaP2HUZDmoXmTjk78PzzwcZUiD5+se20GLKfML/0cFo0lcXmJ/+qRwNAcpSiCjz/k5p97nzVno6w6OVc98cgCRNNtsD94Fzo1/MhipRfKUXGhBjxPIp5+9Ody/k8YA7rSnCTrha+zmD9nB3+L1yQANdFDFEewPuAECK9Y6Njc3zea6aUmB+sZl241BHOf3AEG6wQ8LnD7CAaUQne0zAvIYIBHH0DUEEaYQJOwp9j2Bk8bDLKltbcNsYW2RjAwgbBNk0a2fIKFw3NIpJwW1smBipjPVOEmyy6YFFJc5rgGKd+YIFC2lbDIwXYFnxSwWV9vUn/OVAg65muTxjeHMwcqNh25vMwmTR/2DEtihx8S8XGsSuhvAORhQq+1vpjO+aHMrtW+Qqor91fEvMjAlHsCPIhbNwYz2DcBboW1VY60m5+X6218nPXs90PiO5kr5b99/CBb616GFxkuCvgmbLboV6lkGRIfZkMeESNA7xqmzo380laTO0TCElVdFswgZjIKk7q+BlXnojSUxnumfFOacHhb2KxjMmt7DmS1WHBnW9ukaGNrf9B3nhws4kQ0YX3+6EjM9UDcffEkJszCqc5aP9YLi35oOJRUoYvJc91DHcCYktDqj3aVJJyaPMZCV7dCUz3LsXngjQ3EePgUcyhLd77rIcUvg9WmVwONEKMeJNhNaRjoIBeLStanfeZZyHMi0j7L8TeYvqCMaw7k8xA45bvuV444kb+GYph4v0gexpCKLKVDzUhfZF8ESxQquPHHuS4YU7psW2WyGBDNBW9KD/jc3kfJ2aLJcmWelvNqshwmCYx6W3SZWPKambjgUYMCPRh+lVqual6YRt/9wP55xLvWrMSRQ9DDAhOR6xfLne9KfiaYmuFXxPpufTLkNgsEnfuEDjC7kbkifVX0L30wHf0fOyv3KqC67riAur70kyUAQXgPTtdOEv03u4r2VxKNCzI+HXU39R/8HbGyVUNtMq6IJ6kIonVtF7TVzPUtUAmf8kzSg63l65YKPxrLJuUDexp8lRsr+vrquTQK/lxZyy9IKi96wXleNzhWTIFLgq87YKEtLqjG28qebAo57n3QfFPlCrPDMXQzdV2l/X/L7cwz5oBpye7VkfJl4V6z5x0QsJG0SwJAST0+v1PskER5IU27AE2dYVRnGBjJraVVe2nUj1hjVn33UoHi4H3m0Qz8S/WO5wNb8GMW3vODhWkb0DNbVQoLldoMg19mvg/PbvdIkhXd0s0fq03ggyWq3EqtYAZlZnTw2IgPwzWKFv7jX+vR30SBxjU/oKcXV2CXiLUfZJ1jEAZ3xiEQMBXbadVp64m8pFzyMjPlAsyiybUF+Mtx992tFIdLnZwyAgg287vUncNeB4gfUtPmMAwh4PO4SvYQaakyMY30Me1pXf5MlCTi7ob6g2LQmGiBfMIgCDRrI2OawKGdv4AP/B5Cut9RqleZLmjgnpyrA0HrgBiVc3KCVOb/ol6R6ufRYX5UCI2+ZqZMPDk0Il/hoVWOJjvnZmShsyoCONgqg4T4IYcyLwtsbQ8I/BGhekoXZViM3K3zCLvzWEQat6C6ZbbCakVrso2pv6JPNI49N1qYJF8uJMjskytEw64VqVePRVDFnUQL/LaEPuc7VX5bepaf8TPCi2Wj+O8e9plHISq0/bhZnawDA9kAPdBTiZ3b0O4qYedQn1HrrLvRDXMj8UC5lSKp+xlST70Kv/+hUvCkeZSpkP9tchA2W4UVm+g+ccXSQxcmMoO8YwKxRtWNDbhoir2soE0N03oPTqYOw5TUtjrRUvNaMdnZNDpYdtFrNaXPg8ZXIMeeOBGEqHJdodyqao0vFrv8+QzWWPiUf+emacS8UxDNM0DSL7SjaBwlem6v8WsvtEvgvTHccLUnDb7KFz/Ne12EwmysOv9QEcxJVrMubx3qNLf8WTlgLeibML5riouXlrXYmqOyIxqzL0SDtnwbEQloNAJ77iDQBWrFPnAaWeKzBqFbYfDzhZa85SSA50tkHshGOvlN3204SRX8vz/GeZ8uPKh6ghU/pM+8d41RcmUii8Xv3wVFmM3x/qiT/ELTgfId0OrT94v35b5vy1mBbUSEwzM070rcloUuVx0dES++5KDKIduy4y+JETN3pg+7EVqlRVy1wKAwVyMuKHTQ3/66fcq094izQyHCppKoPpqlCHMYJVZX5T0wb5RfwcjViA7ccgSVy8xGLyIkFHT1WUz8+fXvik8dypTOizEUnUJy1AexEhT2S2DLimHCTCZH9+zjTEZdWkrYy7c+1nde+U9f3wSbO/YOisC6rHwTLoxBGXcThFBVlWjzFSU15oB9/P6t8XVa4iA6zy1xrwyOpRU1CJcOw9aeqr89e9RH3+7/vVeFy9gsdw9Syd3j0yyCIgU0lIaqQOWSZyjCDu4ZxxlE0MSuakWEme2BrZmxmrc58GaEd1LQcqwVAx4Agez6umdzntOH6bivfPgXaV0DKSJo4OQvnKkNGjFMjatl4qaZ/V/ziNy9OupXtoG3bgwQx++xZ034aJhnMWFC36KQC2B6WzNthToDRRWUWd4f6gxXhqjAB+n2XPkqZ9RX2Kl132YfomQGdUTR3lpS5iS+zWn2yynBNCRJhoTHxkEjCXlbTlRHBFiJhIueANTa49c/TFTbw0cfGleFHJJH1X9EiYhkpNqtVR7hcdRLNYx4fvldDPD+PF6gDema0FbhnBRsWogo8IaXiUFv5Th8AhgiDpPQzcMEPW5cAvj385hFA7RC4O1cNsWZmQDjvLIAOB6p+tBIhzh0Ra2lS8uxADev8QppLFakC/bRn9diHSlM++Wy0k5ttLBEDkkY0idWtE77l7XE671W04NGmtQufGVueKHisb/wTP1U4qaUAsqq7bevoB6P/F8mDhfLGy3UaFz02QgkO+8XVqc4t805gGGtc9zucZEbiWjG1hLbshM+4A0M6m4hR7qvIfr8oqm9T8AcmuePvmh2qosq0b6zkpc94N1SxN+ESpw6Up1vaOpGqTg6Rf6Fp8lJ0HZCqZDNbEN/h+OykcjvAJSuqq6kj5mzJxbjPkvPdT0lmf2fqI6F8czhUODS+8w8AlDu/WS6GJQ6BzUHRL4MgjvONQs/mstVowOrWqtC+WEYu9I2qIRQDpmi5Tf7VAp/qRMiFYzfoHS2ca/VXOLIC7743DuNb0dIHwRJCsa+6JOjo/AuJboQC20Vsd8ybRMESd68XMv5hbbP06oQzJFqFzb8XvdfW26+6IzkcZWBJ57buP+sT9pijGaxc7sqG+3aQMUmIdZsuoJvFNT+LV4N7EbFg8dW81tOkL8QxBz76U1G2Wmk/oqXRuQwrBTTrpZosSUxBE8A/31iBohdtcOnw5Kg9dQOwQLZIoNgAI2glUNnFPutRbg0wml5xjSxrue2+pnyfrp+ByVVaSUHdH1e6r9KiycPnO2rRfQMzJeYCxVeJU8G4JtBCzh7SFGDI9eOKP2I3StpIlzb7j+M6zvb7unRG3+fznQUdPVcQt5jJrOTb60C+Or+JVJTza4r6G9bAoD8qYGdFNwXtEZiYwTNqi2s7lUdYwBaWbjE5nh1OGa8OEnAe94zVWunSy9cHyq7Np2iVViYVYwwZFk3P0GpC0GXbcZ1mFF/TWADjjcjQzkzNmoO6y2iPjDAzwiVamrsqxaTpU91EBDm/6aM38evA7nXZANYWkUonyfh9lNxLnnuvZAMAySaG1fbJJHkbMcOcA0LOojSZew9/Wns6oD82p4A/FXO9+6vY8G4C7rDb15gV5hssC2xVuCrfKTSb6W+VNwFb5/MfzK36U2yq3PzM/8e8F8heQK7xCCpDSRVQ4N83k+cC96x2DD/6n4JpndQrEoHxAaz9Adr9R6Hf/fCu6eioDJWYn9k6OTFb5wIlmZf61ewMlzhhedm+Ts3BL+mTTVR60YVQocgWLNc28IuS0YqIm/FXBidPk8YNNvBlKQG1eyGt3mLfKva4JMp9aEnGBBL5gKaWUCpkIAscW0ZKkdESPH8rAqvEtZ0rAfoWkjWeV0nSxbu2qbnhf1BF96pzRjVX8SoSi92n9T/GS8UZf2uibBTPJg8FKGzzgj+Iz+K5liHrbp+kNP5ztxl8S2csmIm0d80v9Y6kJNa7nlyxDPyF6TGY51jmNlbNwEZYeQP2agh5rpNnqfetYqvNFbSt+0CmWv+9JQyD+mHAYZ0AM4+dj5bt9ojEvk4AkeTxDmJGGoOMs7WchXTl6QY4YppMDztBUJQM294jR/TFdJHU/RownMIvZ9R1j5zsAEOf8Zh7AGlDuJWK4/iYJcBWy9rKDg14Ma31bNyiIwgc1mXF3wEX/8NGcMm370cNDqRroEXw+5mk0nWjJgOfSjj6cbA1btDqvIsTMAZJvHfj5w1x9J5Lj24GXJafqaku5GxSTRLZtrTcm6BXoMxzhejLHts7PjBUQeMibJpCVz0xWsSZVyRIkM6GhOAlhViRAuFgOEI5t9tnG/I/ZbQjRa/bmxw97U7LXGow6IXx8r7YMX9wrYX9jZBkYpZ4uXMwDBHT0TGNijnUcmZHWwcT5MiKnE6UGdSS3CiFulZwodSlTlUWnrG6z8iwOohNAFBvovh/syOkoQO2Jbz534Mnc3IUXCP39+umcenlykkh9N5x87fLJtGE+4G1GZqTGqSyarxq+Mk9fh6UPx4UPNHHDRNuhSKWKfWRASvDo9EZ2cFNanv9219vPX0nznSGM48+EKFy4xhG4NpPzd5GwKZYpU8/mCVq4JmIPvSlqmSTKSZRAwkSKBCr5gF6glitMvlTYf0lKKfkUUfep1pjc5DduDOuShwrr45NmK7c3thlf0yhp/CI4LQNszkzavj9w7VaYagm3LMcL9gDCHwhPrvJTH8bEpZRKE3CCIY+3t4Xnl62MW2lKI5F2DtSzPmgCzOp+/QppgaQYv6wpVovvDZoKH3wKp0sePuQrMTyp7EZxonwvZADP+Il4qGDIGPLDSJEi8wYcsZv7dlJ4TPxqUMDp0N+MHvSJxOuHihYrRZPXqnTApLYmfPcE7hE1fiQTeZd0siG9N1TaOILRxnNS6G+Rfh5dJcDTlpZePmrVC1MYIC1UVEL4Bt4BVg3hN3kczGbwGBqZoTVfbFlmYSwoKD6OE1AN0mHxfvAgkEoP+4lTcQQWhMh/s2jUMk0N7X8/K9eMWllbM6RZ57M8a1YzMyw+5fHfWA2rCeGPq/6MUL61xbRejQtOZD1KZ3FmKo11JkBay23PbgQ4+gFMXQPm/mXzzzqcNWPzOwywe2jKT9FGfkvhSKEIMsJc3K/x5Y7J9ul6M9IxAxvcMQCgrrcDt0YUqIO3SoYxYlLzr+THGMG+h3XTFd4AQnysE48Nj3uowMTBfKb81XRJVWXGPJT9Igb9HxVJ6NplX7A5b2enGpUsmYdfORlXDVWLbZTwHVNJCBUDoT+sFGZhcJ06C1w/YbdWE25Vj9o5QVhJPX5IehLuS03MQC8IPw3Jza+sMlijQHEYWNi76J4lNDhSqd2j4QDq2iZVSiGlt4REcEX2aujeAbs6vROwMC47If19dnUR2je68UlbQZNBcztcMj3xZqBm/tX7XYybYvfjXIAnSmom7c/Ira7Bxf/I6FnHT8+SSUgBgE6YnP3Fpp5MmysNt65+1FiuFWZv6QotfklBLoDGLVuXZ3zayOFrS52lSMiimXn090XV0pmwP7RHyXLirrA0uDoqbWLYibHTmCdiZ6OU1EEVZWIpDL/rVh1yFYkML4JUt3slKbkcA1Ppy0+8bqaazC3PsntEUJFzCyaTPw+5lfGfG7MEiNWfsvfdyrzMCnCt3u9T6bVLYX+e+X8PgTW+WaQw1CgdAvrlNYPJDvN1gU3Qnb0tmQaettNo7lA8tYezbJUPy+we3dPp28RNfGqXN5V7Rf2Zc/R357fvNv3nHAX/P55mvKr/90f9+uTxPM360PlWfJcF5Xv59Z85G6vEO346GstC6wMjEUst4r4thpejlBqdtw3JIR+9HFBTBB0zTkQkXz9RFLXl341wWtc2lL2yJVYQ/v3zjLnNi//IgvuYBN8swv1o6dPMSmjRCvXKnEwaE+dG265j3i6PgV0uKRo+IG4wLIwkmRjMfbUo+4QoalYxu8Yng+hRAPn8ZRgmVPmMqnMqGRs1rdMOeIxmGaVMl6eus1BIBgUnJXEVnfqHaipEnameaUMRsmPzVwPIjY6/YYzOEB7/2co0d05dJx3ZyStx5rhFiomRUNjhlbwKJCZKSyYuJXekRvnmVIVav1TgDb8Vu38OMUdVL03BBPinthzk+EfnRApWyMYi28rhkOyyEoUYV8fCA4uyxSyXJtuBg0VzaTFz9MkPDVKS2L69jOyfAxpKbfDAG3j6CkggbDLs2uAakgZBxUMVhHOeB77Bul97sIhHCwzFS1eMuKhS9C8tTF2R8SFl48x2Kk3r3G2MSGor0nPugt1xVzL/FjxzKt/XH0BitUXEVQLMxO3rpe9ncXcMHc68OpI/FZd13jhS9Yw1kTWeN267DF8kMxCMRqKm8r8kNcIAbcObXQAuvCjMl07BRTaTfA4FSwW5S9ExYEOrCCfBkQVRaXsNUaPWFILZGXNPOy/Gctf893SaX0MaevWmIUVX6e2PyAHe/wXak3qBcXsU/jBkBydfLC3cfBurbhJ4Y0Mq8jLsqz5l2TLoFKE6LrXrmVtdr4Sifx1UXXmFEpkPIEX969L6i7y8aJwLb41OE6/mSy89QD/Wh4yoGNhwn3GXli4kqsZiWRzIIlrIMpYPiZR7cEwk5/eXESOwGzgzqsqPEmWwzJjsYEHxMmQt+Fxd26sn8Qelk9NDXANCi6ysrouwVnlb3chXRRZtQ9idXaOpdozMaFpYo8xfyQndJXMStxhBjKAuyhZ0BXXHy7FpFXyo06OCq5FXKBCTRbydv61ulnXp0fQWry/FStcfJcxMTnYi5ziisDa4XqWeab2ooDgMnQGvXbj/EvTDYTuOkbrLKmwCw+lJjQZZxrvJ0dKjR5rAzBfHaJyGtDulBY1DafWNi+UuoAa6WByxyW+oy0dc/Nud71YiMUIXWSc2Ni7LdimfiY0SmYrCXRyvRBO4U15K2Tm51/dR5nQFk6DipsnKyG9F5193Nvsyj9LRiyZjb71e/ewcr5tNXGMC8yICauvCmVyexcBGxqQ6F1lgj/SXJsVu9XQPTIKYKtfcvVveLxgY5YVD142rOeWTPXgNHDWq/nA9XbgzjmPL6m0/Gys4F4QiWWL63TmPQ1s429+HLkq2mexkKSvt2IIXaevTqO66sdReZnlQ3GpWOSD0GP8a9e9nRYkYx775d97HJ1zr3qNgEPRMY035/r9kie6zDvd4Yw1VzO8MDJz6rC6pWh2Ld+oQVJxNSoYn4IzGlRJ5HP3iFBIY1ihsDMyIJlqqujDQCxYUQbbncNU+FqIhzibitTAFtM4UJcae12ERdekVWPBpguCGZafGohqVzp17TNA519H27IexEGDWLudg0UPV1uKwKRfDpJryEFnNubiU8+4ziTWjWOOT0Ks7S3Tq7ySXOTCqI6xobmDTt/ui9ONTWuadl3dbnsxKYh76xFrlJnUw6O+dN464D8iJTcIqVSw9lJ/JfkXK35uGyDaiCtSwJJHYvEmULFc6AaKWyoRgIfHGrLrvM62Im0H7T1e69dteCirVquZhNhDp+WSMthxZpcqTQ0pdXmr9KkvGdD6L25iLMprWLI093LyspXbntg+ENlSyWtSbCULZqIkNyUAbklM11hc1AKcObPN1YISmOLl/X11HpUdm3QEAYKWXQSavtFgzlj5K6kKLOwS7BBtmZo0hWcY5SV9RG9HAaZ8nWwKaWxRlBvuqlmHm9rpioea6PIZ7w1I8g0fe0XiI1W5sS5Q/6xpzYxMAxtVV9E74YiAcWNeIrw6Yrb79iMMEGbMxXDVPZZX/fE5l9mFgR2jOul4PCkc4x6ymGGOVvg1FikSgqTBbquepaiwlvvk0kpus1Vdjr2XYFMhT5oIwli19+YVzkC9AbrQVitc/ASGbWMWu6ANcrhuLC0GejJa/8ZpIqeaouLGYljunAZHjQ01JWvWSA69Ec5RDIrQUayWttloLIxlazo1Cr//8r2f/pflXazCPs7s3fqqx6PBeVX72h7b3F1NgCUup8jzcgjRER5PQEDjZZHo+1lwAghpfM04cJ8JKiXPQ7PwLeXyNgO9djp93yn34Xz1nUTiJK6L5lczA6Rsix0yfEBU9ybtyujoE2chrRD7mUrNElLKBOk34lOSlyH6BsNpKZNTKNHBJFgurLD4tt4J2iMPr0fx81bVf5SFrZKgwNyAuKwdTqDx8EYJFFWOYb2Ss1DzAiksCxj4PSgkfbNHV6UVZq9UZbD0jCOky4j6QjUob72uqahS0iBpE/hXk+zIWB3HSAHA6r0khKZUDHuSljaqnwNAijEtMzirDHwLKzzoAsAkqiCjOSaMzZh5l5JKVEsffFJ/VFGpmQ7y1QBEH0WzoRSlF9ef92eGlxzmM01ffeH4sUF5Osp5KO47VnRG6BRWYe+XV17+1/6XGZoSXZ6VDmHBh7SkbSDlm08R6WmUriE5lV+lNpKAMx+iPyQXVecbxxtw5dKq9iZHYNNUSJEAZuqJpAU+HaBxMWZ4jMklD6bXSt0NSeoqUdLiK6DVuzrYbuNmtbbOc0gDJ4aRVg0WdhdnxOsPNbR0pKh7kNBsE/HknEtjWNHct2xvnmvOMc7H5YQ77i5zC2svkPwrheTrgOsWUi3vlC3riyqPzsqo+HMHP1NNe8qa/yp49RvyD+4xo00uNQt53EIJ9vsrJtpQ28EevXFjzb/rWV59f+h9i2zfZIQi23uyaHsGg9r7jvM6Uw/XsEpHuEss9zrCBJLr9C2rk5YpYwaJ8Zv068XL/aftQbDdjDBm0JiWCObOmLeSeUo0A19aF2s8OU7ibMVBN8vTPp4SOG+yZd/L5mz6sKFzkl7Ocx7p4Y/53/cIlbXpcfh8lYAREjC9n+C1FiUJVwKXtmVNrxvrgy0JrIIbIsGgmD5Vp0Ebacb8IvQr8EYrUoAqPlcRdVqv5C8gC9zKa6DpL1iVNNtERFuSV5pHVRbJpbhtCdKD5zE9LCJYEaqgtZwDIrGu2KyEsLxUBEcSM6zNy6AbXuXQlr7vPukev1AQlXXxZybOlmRKr6QTDlcJCV8BjZT6ylv+FJICm0YFX9azwi2eouk1zEyWTmzmRw4Sn23+1xMrP9c7O0EribM0cZ0nT5m8o1+Rz9BiTp7ApCLHdban8bAlq9BzuMI2nMwrnRHVeu1iyqUe/V+/f9oxYw6mSKtbKFxPblFGNBpzqgAQNDDDygwQrRL1LiJJjIzxACaXVf5j4g0eoqOf4EfYW524uxZ9Trc3FgBZkaueyshXDzkQdt8IZx9hB2zZUJ9KyNEgqnH1V1pIFYClFftyHfEGZYD/ZAeWchTlUr6ZTmBTj9UqXYjDhkdroGexUxyrnfF2J6NhM88yKBNrm4axhCoYaIoDVin872XvbuFUg5XmZSTbho8YK2k4cMmH56ZtIP2fCx2n/alwn/PVuS7V9KXHxtg96S81Nr2M4zerhS2D5JWNGyOYqrTSNbv13W9xZV3Wxzn18JUIJ+/n2qE/x5duqFR+9G+oJ4FUoLZ+Lms19hwW2J3+hQMumDKno+7t0RoZFU8d3265I9syZlpTUAo4Tzc0vhVafp1f6ogX6G3hXD2ZDF6y7nbTs2Q4OwWFbOPy89+40/Xom5AU06Va0b+Bytm2zAZCEuJ/9ZqKK48WlAw1+0DyrNkmR+N0OX7GCHjGzC1Gzyzlzu7Oo6lTXq3aF9PYGFDSp+NVuDGxUN7+CIW3D64ptMIDEfeFQx9ekSxySiL+uFOukbH5BPfnFxNdRggRgneehMRyfLHZOKEMbflumkMRP3RPA9A4ANugYl5n4bTyoqfaXdaxrOACpiWbCnjc7WMI5vW/wcXnHrtb/7HXD1fgnjFbWOBZtSCWUwJpSqPpjoBlPLv0ovs49dOwISolGI8YKAoYy6UEBA8MgipAU9uBXDL633sLRF99GrF+HocIxjeVlrG+ofkPzgb6GLkMEHaS3UOmhCnztvYQuIGW19hCavE7MMdSze6qH3Z5dqnWUa09mjo+ouPE3A9a8DCQ5HSNp60M0/VjKxqdR+QQlrZCElbrkfVnMi/VcSk26phYR4LIVKxOufMPbnHCejCFlwurYyKqejxNKWLNHWoIP/eKt3nS1HEl2Rx1Ly7dtqzGOlSKPzPv7+3BSR075eDsOlJq2GPkYPgEUPd6OxTvw1xY17IPtfbkQI4nsNb8AQy13bdr4ZRZAmwxGM52QQ3LSh9vcmwr5Lb3rm3C/nXgSFDU2XH8ThpG+ZqLWOLOcftAC2ygdk97l+OtwW4bckPYQsIZUBx5Ib2jp8Vr3Az55LCZl6WBQ8g3J3mgGl/I8UUIH7RgveXDAS2qgqW0hQBi/HW6Q4MEvfkc4SDxRuZ8Lo9Zba5d/1GAJBMuSQ4sZbyUl1JBOSgP1YKu5VjsZFBanTkkLRY5sxUjNlTriF+aElp8Yc89GMNpNtSM/0aI45OJh0Eem228qMrqjsUDYyAm1C6xkLhRf3j2CNSHc7CpNli4gFlGiot8qXY7jR5OUukjSeJ8UusVRoDSfet55lTOXbMqb12i7xKuDP8WU87gXVyZtSqvnC0g+6wxWQh7KAviyKOEyZBTiC1uFaT4GmYEubCqqiyZb9c3s0/CKzwL1LSFRqzN0NZo4HQ3oKvPgYV/7nvjufnx02tbYH9nf6AhMnISx9+jwKJQjMUBdCLAWJSlYcCPxHuOY3P4Sd8v/tl7oEN+zEhmF5t9ny69qUQvn8/fa8nvp+f3t+VU3/B41kPkQc26/qsYIeZp59gBNb9D2VCaDDE3v1tsPvfXBEcUDmkvY70YJAnVF/1wZh6O98hgpG10IYyhf+Wczi6D6TUVY8OMlHIoVH+pq6D4DoOzOKHbDVNLkn0e2Clx78idFI4541HFMrtT9A9y2a+HKoTACVZ3dfwbzmP+5bB5xf0YWCb8KLgjijDS+lDfPDOcL8fTfg3ePPqp/ikfrKjlGZyCnxNTuSEmM/2kWzVFqJGk/Sgcfj6vSeB/V4WYdLU1OrUZquJg6Aodu2g1yfwl0DPYHhDGRsqso+tCOK2qCk4w1m2KeexWLxvQ1K2X6DGXJ52vgKUnlAsiE/smVru6IcIeSnBUZN8uPaRnSUo4CD2C0NuY8KUXxdv+qJrdinc+3lkNzgdufw7CudcjBIixBDujlpbqSH7wMLCj80a8sWET4WTFUhnL7OBNFlBqZ6BuchdwN0XOWL+02Blb1Ni7fB3bslt4lqdY0VchrTVShhdocWjeG7ezjBSna62twpR51YX4gtphFbpTiKHUtjkUyYAjn9Ynh5yF54fe9tDYueNOSZu/vpwfVydC/TSgwfADd5FI59cx8CDtG4Gxxvz145wI2k3U9F/IASmIRCF6S8bg36hjuxTjs9COOrJcjinw43cS43uzMWmIIORa/vFkNwyzwawi9IWtnI3wn248Ew0thZw6rXoqwNjGB2GgGTVguTQrkb9eZvPluPad/Hjx9x+VC4EFG6P3TZbBzh5Jn14KSKPpvb939YP5X7cwP7sf7IeflJcalNlk7Vd8SYqdz1ithFuEkjxx2DPukPRe7UdW+//byeKSVFPerXWRbzMGl5OvJz2tjmkHQGIOSkOEWYFqgZBTmXYbcXR1G2G1muK2NqJEprN91R8vD7OXbggkfpE8+++U/1iN52H0zd3JshLfMQOOBR7n6Ox7TjCg2scgTO3CIxrm/CruJjamJW4AonICb0SObdARsj0pyyRgPOylUsJ20QUGgHV9sbJdbKJqwEuu12NgbXjoytgqCLLLKgJlOKmoA+B49tBh2EDeyT3mR1aPKfnBA/2SnIOtiLst+BbNOX2l1VGzsia4MVwR0Ja0yGTUkyPrdoWuy8oYi6bo6WF0+2D2aaQ3RxnIJlprl+CLbu7Xb5V3+7vbjhPgGp91WwP+mLOxHzytlP7bXCbIP7doGqUVGygd+E9a+bx9gzzVRU+rpZ5R/7+T4Hmd58VOc6gyGbKQ07Y9gV9ZszpVvufTekzUzU28RBGwO6oY/bbrpRt0ws/SP+UbOdHWDHryqjVhVg4q0tKU7Nlk3ph31zmE2AU9ZYsACFwLNZ4mMcvfimEWcM3GemSYC2kutSsNYNhetGotiHne/d9oo3aOOXEqYgicQ2dqVO/qxGrQXtSQqEr4qxcS+/+6SN5dJ1fXfRgnNyM2GHhTrNrIv2XJ1rCAha4ZKRJmKPc6ZTDxxHnMyBKiSOZNnPzgRPYSHCeCBGx72KPzuNs14dYZwVaZWaVo2M7nJPd2Yk5FLNewZlRRfTA2awUYp59eT9/lGRi9UibfwJefiznuqYFblTqvm/O75jbO9Bxn4qn/CtP1NBIfcYBvhoaLVB9gZj4Z31QCYjmuNND3aTj0RDkUOMgzLzTvd9LutMlpgR1sWo+kWZT0QRJUT8+/BHvc1Qwbe+ZLGFdwTKxbu7oPp1m4PBPeLXvNAzHJww2XpSCQqjV4Gxo0ylNdtryp62TJatF2QJOr+JddCvclxV493H09fRrsRUNPAvFlwoeOGnkuAZVRRwymb7gCWY0SxVig9jIXQchOLlMF2n+rxfTHgBIHFz0WSmx7tBWvi4P5XdgUL2y67fUhLKRtmHwa/nU8pK35xED7q3KzKu5eus5htIHFx3gDJjjuHzNYQhhKLpgGCXVsKFqJQiDIk8VlFugGOCrvGHOPD3mB6mEDa5fzmEfXfy1mdDCNmH27k6O3nmFqtO9DOPxPsQCFrDr0dUQRBgJ5dRduKPW3wwo0zBluAmnTkuCcvt4rGdTXT1rHMDqCT34Jkqd7qpWClgJxMsJ+LvdyjF+SK+kAooz57KzM6z6t8tU8kBJiZwWSLy87UK+hd7FaHPQL8ZRqFwuvc/Sx76iR6l06CPzXjghEQs+PLDZj3W64LsGlmOdPPDdJEBpgzwTB5w3aJ0/OmUkP9ArnI3pHqg8DvsyUyfWxOxTcohiQjqoYKunOvaooQlX8lLIhb/YTbW2VrQy+eNDJD0Nb84HNycv7Uy5TLG1a4H8XXx3+u4/+7BYgv3BjO45J8KefjYJ966EB/5xjM53OCyOx6OLYg7EWfPx7dafPdf9z7G4PFs6ijqCSdsgD8QgFf4hjHIRkE9ed7u/hiZ7rzXrbXqm3nJHQZoqRFJ+5vE9cnBeC8jrMz1Jvw3OyqyDjRHfYa8KNXsildVQUnsVCN9gwCU6vqVJlOoFZS8sRYlfVEjb1Raz20P2Y5H9e33W/YtH8pqHPuhRHutk3JNG2/zuSqXBHZ86VxYs+usfT/PTIzgVn45+Y0BVPnMxDfib0JBsUiOW+N3EeqsGwEfh/3EOEXdkaCo1mLSc65eZGxJ2psGHwFo2PLnuS5BWjas7Srs+1MMtc0hcK6ghPBqGQ1LubzG5yjcX2rOmt1nSfHsjd+rrJnx+kxswXVrFtsrhicmTKZDA/uCiWuGcPmZWRO8ggn7utw9bls8lAdHSyeioulTvK6/OBtqLM+6NBI41Q290ES/kEI6f1FJD1jcjOGbelPUOpu96JqfUFGkfkN4JD9YpyRXlgnbGZvMWApe52ypyYG1XMVA2VzPHcYwZV2XbRPRm5P4+9u2uT9BOwI+safG36TykEh3pO6+x1Rc1WFZh/2lb+QD6XCyRqduZAklSleXJOdRWB9Lw97XibS1/olOBOUlsdF1HHRtca5eBGhd0+WTg1kcRRRMoNCKhOdR/vRv8Yor1/7EmVTUsblMX6ZUzbd7Zh8y0wUU0m4Wv8fUeE9T7aZjzomGTbWWl0UKUdtlreEh+RSS8l/8w1Oku400wQNKlkwfGAHK1cvMhBMg845t54izt4QvRJX6UCf1beJq0AsOzxWTeOsspv3BwBxlF40qGVYK3cEOONkWFHoBpbJVlPKmfFraHuW9MqCaUWfYDpvboVOOtisB396Sexk/NCE1meixVBrBjuI/CuvwPVyRj1wDGRC2bhxds1Psb9rgbZ1busEhpQViCoMxoB61lzu/8YxlqChBCeAe2CZvB6mW21aGrCx5v6/p4UUF9Q8/btapXmd6/alLXcWa+rpBtNwSbfnP6QeMe/R8lrE1nQXf1Re3I8JOUE2Zxhm0nX/fGYaMB0MDMSx0Pm9xwloQ2jbL50fcBkS1c9A7swp67HMcPu3Efy4k5EEPznmta1xMki6CZMThgr/lKxxbQ76yDE8IEV/1iDFoHlQNZk+6IL4YVTomdUuTmyHEytIhB3v3JlpxWt/aih51FqebMV2LtEdslnTcMVUZz8Ej43lRrEZp40qUF5vNxtv7sH6r8aSpeLrWqbayZ1wLl9fwbHbXtlwh/ANtxVatyJwGse0Z5x2+Zs8DtdU5x2DDPWrwHB29xnNkO19c0OITwX5YL8C3t4TPvkPxnnEFcN/8suPnZ1417V2C39Z73Q0zuMjYAaL+Wto25vVU4L1gYWrlREwCFZy2q+IcLi2IDzKIUeHhK8YR2TQf+AfYghL/TYguJTSMihNDayesXJ1p7EgwSirx1VDGgtweTy1ZZfVYXFNM1iG686vdP30X6/H4IUFhoFMp6O8uTN3LOMh6VbAAaG4VgEWgEUmr8q5eGuukMx8T4GXe3vlgy9VnEeuuBfabuCGlqipzOmDf6l0KSM1PpQG6iDu+E+W2irngQYL91ekZJw96XMTOtr8XBC5d49PG7AF4A8//3hbUZ36eXQYXQIR2+sYViq5ff1ZigwHLR9suWUIS27NYkwTOxyzvCEylGpTay5liSzEdkyMhan4sYq1r9EuPUvLTQXUs6s+wkHK5UhoYWj0Cc9VQlbWcjDdzoKttCE3P6aSzQ/Ko6m1Jdffhvp5O/zQPUv0l5gFJOPL4CnAPplchbiAJC1FORvGQSimZ3d+b2ej+jYgpAii5vBmIwtgqgAn46bXEwz0BX4hDUc1iMF8q+pUfWp2UHR8H1sqLJSuUHAeyHtu+SZF+DlQeb+EpYjfIvJgagQ/D72cqdHCGViEajN3OWaPqAW13GH5uZUyhzGQtHveYyXmRqLX3azd3779WR8U8ecWlIXvho/tohSkJ3I+3XyOgXAVS+YBBh2+4qKmxP9bYsC6XUIdUT+RCiMqYU3sfrKlzDggD15A2soacukBok4Kn8E7M6RpMgzmzlSmNtUurbRBpAiLe5I3FvIhTwjPancUnNU4mTBKs7abpEscN3RztLGfWUOTQ6oP0ZmYrhfc6IopKelZXHXW9lJFPQ2tXbKPyjwJc2nte10hkC6qNcd3dQyiT5FGc+zte/3N3hC5pDSo+t4JAqqImluxKI4OOPEjpYJPQOrlLHLQbbjKN+/cSwUDhHL1G1tVw1VWTY+hdE2fT/kKa1DY61ot6l50dWGwDtnVOwmiSs10ZE+4AfDPg8UC0rKjcpzrRWISkYKx3eFwch5WgCpL4rfoZ9Do02/HhZp+9wsc69Ezjrd0+94UDawMdegqvnG78ojtzuoVdCudYqpHDQC6Gljp31hQUpwQyBnAsoXZ0jBTDJCnhhOJY0kU5GQtCoDCFlILL8TQS9KeKC8Lxm5xqEBctJEcXdpX4AJlyHaksJmnEWFyMZ1+P15ZIkFcZGomQsjrsETsp99OJO0rkrmoLYui/RO9PKCOTyHaUTcWcS289cZtER/UKzFOEYslgtGJTSuQrRW4jyRsI5IIaORZKQOXD+LPmslF8hF4up+tQffjdBDmXpXW1Q4flp7xu3T0HfSk2OFoOR5pYhAwN+SYG7IVamHea1gRl8hlJw3L2tPZqgAgrVu2pQqnBnPaBriiAoAsdoM5bq4TdsDqpiDVuS5ZQLzPvie+p/JE2L9BFLaHfeS50naWHbuxyx7irNvd+IFTlODbN6P/KveBhiS4MvmS7jiH58d+DYI2Uq51zDG5Rolpmkxhle1VLezhxgVy2gzl4s4L8A6iH8v1ytSNNvlpWZ6FZvGtLteNMm/kviXMTcCtQwn5KuqvhLVRECQSxW0bfUyYybHJsC9LJosoG3ziKPJEnyu4ddRFByFmc2BYRKKZgOcBHIb5Q8SvpkDcMI4MX31BNA+EfGImgQIfq/8hYDDM4R59rCgwJCZMipQPXGT53LV2SwxtEueoLP1TNpCmIVf0zjEAy8Fjl+Vg+GT2TsgrRVDO3G3NAyCGQEgF11HuGfhxSuFRNmTQn676nB+unARSWHnpv5yuITzYkJShZ2/3C1HGnDYgYBED+VzZmBBp3ah8ZAEItIbTHxB/kzW/46hDXHtyzdrxZI22A25uZRc3IX6xlLAnw0dBxe+nWIFkAEJRoT6PWFLSOcyU7ZvBPsiEOtBKbZBtbH5VGpgq/QOwAJ/8kk5imgNJw9DF9RZpUPwF1Ti14FStLS0/0d8vOQMzp2n99VMFEeZH6VNQzYFDhhOFqXYWCXqDCqXufeutmE4MbAJKInLxq9EJ1VIaShVkGmYEyHZ0Mc13CAbVu9b8Pwt5IlNsFFzoSTCzqfGYmt6pw8PopT8M1rY++MXUo7YDQr+h6Rp2PFIKPXZBwpIpiLIdjZGzDH8hFkwDGqrAQGhOC/QULa2q4a3uMrtFqSf3KnwG+HURg9q32/FDJjz1jMic5/FpW7itSSsYDBY6Ng+JUFU6orwz+Iz7pleWPSeYRjRpulhnKCw5fl5YUXvma6Z8gWEcfduAFoJ061BXqPRK2qb5FrcsoXUTUxUad1HobtIDrDZucbxnvaO6CGj72XIGbpbwsVIqAYAeDbIyzK0oCNfKesPqRYhxyvZ/OKh07S7Srty26P0CYLO0t+Bdg1HvHiS3hkYizWhTsfcV0gbtTdIaQ1Z9hqSOn7NifQhv2a1tqZYsLHVzUfvGLKDf85a4a6e990XQQ6c5kM9F6lWyg5eiRMqzke4Zu45v1c54bRgEbjQF9k7kleY1bpIyDXI9MhPksbvP04b+A7yJljxOzScmP+plSFgyZt3dusteB7Y+qsKC/F4pwv2BslxgbTooeJX2WVygrHUS27IMdgwVhy27lo5cdx70nHPGFpyBdidn6QlYw0li7oKKZtQOSpSquVM68bVjehEQEN7wBm6BYnJUfTa1X4paHFq8zBNNWm2cHQMCopi22hiBDJS6Den3WP8hZ8KS7+vf04j1Kax87FqN3QtV+RCM4sDUP4oOD4rJHIyqoPV8NLAnltG6fjCOLq8PEJPYMkQrgpUcw6KZl4Z3FeOnC17OazpsqVqym9zkrJgBK4MpvIIGVBJfYu/dZd/U3mBPVrkyC1766PO/36W47stGwfoFxR+Umc0jlDC5R3Yaa9nHmt3b6OO6T83Z6vDBm7nIVb+MAJSDoVHCdzTMTql7S2c/ZsamvP4t3cW+AHJhsI1O7n6QBhUiF9azqOE3y+0uXXHfuz5EOIhCcTgN+hMIDQ/UXnj27svGEbUDFu+hAsHtlvPMAbKmXv3HEgN3nhiSwl9Ole+7j0MRcQAW+y3aqj6DtC1QJh8CTLv5WOeFXn5eCg5xWN+ahRAwH0N5bFCUKrxyvdTRJzjSybAG1NGP2PXyRSwDGOO5Wep7rJoWN5hdfR+/y8yHCzy7WR89W1JgGFY4c4nCqW1LALCAf3ZC/Uy4DNvfpBGu9BzcoWksticNAl2uk4qYxmAwUIywyhTPNsN3SA0XoY28ZfEr0JtET2Rz65I8Sub4Ceq/eu8XcBHPWODqGswZFsIvQesY567VbjeH4Um5ud+vhP88BUyamBrLONfAMq/a6P3ODzkn5Ti52AYyLdpylz0v3LdfPqHwc58+s5NM4FirQJRtpx7E1sKyFNRlBmVIaZ7HDCpE+CyixeWUJYFa68Oq61qY4Q5W8rrVGC/S1ZPs6lCFeB/iQgj9Vc1ZCXaMLKvCtMEDZyVA5JQD5+bc23iGmPQNpvi862+nxVKWT8Z+eYRpTedaoXXyv//y8/Fd3h/xCHEWuMihYmRhpZsrlx3wx5egt0QQeiKbytO56jk6TqelXLnsjSaJAEC2o0yHKHwbbKBod9k5RkPmw1wjzmEyyuxeEaCC88j3HT6hj0WJHSqAHw1bPLdZWkuIsFyqwX7Aq4Qt5a0c72IBlokGDt45SefC6Vo7j5EPKws1GQL6hEwfSAoZxyXbPJlfM7Kka/VDwkU9ComFbYAoF2CtGWDEcTNlrdP1E5BzPVZ+/M4IqfTsh2mhkPuLG9RnqyzBw10tGh4cxe2fY6IQPyRFBmOLUdu88zlQJ0lP/DMMkpx2f57HKtqAk4IwMSe3Pj0NipZTcpRhGJAzcELk6zN8lUYmzkEDauR2ArWCBndY892WYhvk3fzmtV5qUXNSkukWHxgSkWItpc3pzSfBfp2YzJC5UWlyXjY/Y/vZXpwD6qlZNLwzOx/WmtDxrSGlp1gxPOixuI7Jzok9jRQ47DuX96ZDf/cZEeAb8BLObw9rA5k1GXM0vFWxLObYiKMLHr6GS84LkVNrwhWzBVLlAZFhf+I8gnYZFCAwMxPxicnNgq4XubAJmEaJyUX8I6wlu+Za3GOZFRQADeTiwEBkkODHl1q+/HixQdB1HJrZ1oBqeESLG37qtsS8tKNpLqS86LXi5BkoBgbX8ND2xSekmWwvHpMr2+8ZLMLVScMIMc2SdZvDMJ5BXhit9Mq0BgtzkvVqlhhma5tcY8JoFmxRph3nGEStzWLmgY5eEXnW+ZMPTG4KU9awDQp0Xo3ExqxiQGo2SQ/GM1/g0hT8ovrd8QQPllBxiypg6lYOcyVzCRNEcnIyJULWl4ZvdxPhyp1+FXOcFO3JXCeb2khJRSwBcXTR8yheir6iC4dYEorZBeY8fTNbjupUO1i01TNE31PESytEtphvistA9xHjMjEbw4JIGQmdMuovjt131PMKuzJqAAOS7iv3BfCMWFu7qOeKd8KWqoR2yqgaeaysqzWfXA68Mv2y2rpc6Qec20PLbRFa7y3uZcX+rVFxijttBdOPHzAG6gxePGOLF2237fi5DkPbjTYQ4W9TceYRYMCs57j3myJFhZBE92z2GP5heBo6sGYAMYeis6IFtxpQ5OGp05ggaGhR7dxajVtsQXQE21pihYkRG3EpzEpi0Tqfqcc5WhuaP8zWp7c8Yl9CxQmy4NRqYrD5zKbW1FOPuAy48sveI1NlMwfHcyIiHiIuExeq1WtEIf2lP8eeklbJIjOZ3JjWmaYS6F4cWa0iVO1ApoPiGfJDNO566lEGYeuro1RbzDu2wdqT0ofJmO1m2iWAi0ZV9broir/0uhHnrYCiPT2hkq39xA44oCwE1RgWWrBAKXQs/WO+gum4vbhgDWfuj3OQNniChnmxVlc2d8rDgPNc4azqjp9yXA+wPT49hZEZwVTZhl9M015ker77Xq66WGSqvkg0p9ot+oUpVQ+x//sVuGZM71JW3vz3hJJsb23dVM1Szl0Fcevt4LHkRaKBsEa7zSCLuAIlvGTzCmdlYQ+VB8IycYmqTC/T1KXr/+nRjOMNX6CMZ72o5Jm27sWr5Lc9PQTMfs6BEomw3F8ChPRQVnuYCAelyl8ZeBGsjeLTBxmhLJi5MK4WHCNM0vKJbSz4lSbU4N/B4qT8LXu1RLiMHsJGUdXnSXtqm7iQxK35TqiBtO6OsBB9vs3ZJg3ba9n7IBts8Tw3/4dD8MHVDKa99zqU2RrSxDQ79YMyrM6NADiqdN3ebq6f6MM9Y2bdCSi6kLmm2ZUousoBKf0VVB72LBs8sQtnK8VJ0R5uqmE1XQjcM0imqHkS/0dZzbF5v6CeQrh+G9CgT3OQgYnjEa0qPRQ9Enx/uJcveBpQkQtj2cJUNBAdmRPSr4o9CNKbBylwGVAjUS30LCwbLUNQSA1AUZZ/aQc/TgOKjLYx96hIiafvOSAuUK97MtRRrBaFpAy15aPVRu80I+RkCHCw2s3wooO8bfWxLXocm866QhixyA1fnX5vQ0LwivY2V8KqsY100+1AaRURPNRUmFSfFS/fnhHekhmemUEQ9VJUCAX7vWZdzOuiXlljhZlf9gOMnZ26A01vtXMgfLK6W9Or5EdV1M6kAAvaOnHTMrJ/+JEROYemeoplwXSBihmjPTgSItnIUjk77abWcFgRtYW2eioCqA0mlYXpI0UuNTJdl5ynxt6JsdioAwyefXlQsmvInZ5QsKcCKAgMSbfmw2G+m8q/XqoAXKFrSDlYTkienFY/YMgHYN6ahTPzUt6kb74HjUA8gnyAliEGnV6puuZQF140OV5qpXNxqPHN/W1ecFAae5SCvf+MZ1KFUepCgECrkveqKu+rOGd/AmW8c5xcmuhi1EYjb7phS8kirafLhwTx82DcFuEbFflxX6MB2fSda83Y1t7deLkGPch/zTnN2Zlrqgg95y+4oO4qmX1zDLwvUfJtsJg5spCNXSQWptKzvSFTUjqoK5IRlDGQZz3f2LnC4tegg8LClPuvzOJquyQkoM/8enSk08fv8Gb7c/IvlB6BgrDogRwmUjPQ0VARgQeto23PK0Rlp7iGT/kt/lmy+0EufDnjc+374o/lI0YIm6NSgEMRJ5pmvyjLQj5nZhmMNFu7cPNtyMuRwptRJ1tLIPIxXL86N23k0jAnQeVXlI4h12p96XDWMA3AsvzN4PJbBSqdo28KW0yfjQkCfBKJcxL5Sj1nm12V4pLTlObBGM+rWYqQEHOSobcK4sbbVbWkUhQgoaEBFNsW5ZooymkEfZ12wbUxywlfR1TgRiEJ3p25CIPz0v1gNlnrGkstHnUFrRmKDEdqj46jporlDXuLICeArzT0fqMFvBWVxkzH2jQqBNX8iGR+gXBC4KOvpEGuRiGgk/FywHazKpCoKHInA6O4av1Nd/XXHy3XkVhm6TEzVK8m6pqNUmALji5lo3B8HZPVbQwNlJ1HgaBEumVNOiAuzYIHKOuUBRE4bxygkt4uf/DwiT44HczKX55khBfqOSmzsHHZN2uPZyybsTpk6XT67SgiXrPefk1HGu2I6ph7yTmZ67gQKavf0QiSiXIXx4XYbPphy50qedyv5pXemGAyhdl7zF6hsx69LeuDCxagBPRYae9QRmDVMqTXKYpuAHNzuzJjIl+6StvloHS2JLJl73MIhmBCrt5H4gUSpqvv2T731Nx1L2oMdJ6RSC3cNdHE7/I2u0luIClhZfBmLqZySpQtF9OinbusCnoFkLb+nFaJ8Hfagun4UHz9512V8zl9q9lRvPq63JNhRLL8yRYythGI9ETkyBJay/wWG6pG3r74Ce3gzLR9iaWSt+v6OclYQ5xveGKVAT5aIU6JF8Qh1HRGvpsZyVesjWgaZWs4zbjoiwEGlSpWLk6TDhkkoldIT/BcZEm8pAMALTaBW10Ivj4Hd42KyjzROvqNfa6DZFNBmtCpleo9PEbRbDkvy0eG2CFKiZz063pFmgNdYXYuCwJOnoWCvtL6T2D7Afc912FFc247LRYAqOz77UIcLSPt3zWTfhdIXKUzxywa+3B2JqwgbQgHKVFjQGICKlKjOrqoXyqBphDszKzdjh3/vtgISCDFRTdrsxg8U/Oy+KQOm6gDDCODSlQsKxgDDWlzW6FbzwUM4pUyJf1aFXjsZ1TcLriy7IZpuaGMwmpxlv3YaJ21bAcAEJ+WUK5ooLdGJ5mkwUUCjgiBZysxxaDXXbcDk8OFTjqjlhU5RmJnj8rsjP2C5Buui/QAarm+t5GSAiRRgwXLShZcvGgu9ZUt0EHE3keToUqtBpbSQKzX7k5NE8JPceaPL/cCEIu6tuB4TF5rBi9oewgGKfHqwhjp/FTPFdrszaAxY7gvvXOwp72O4XqOWlQAPo1NwPX8A6ISM1n8ypvoqQ2i8JUnObl0wdy7g2/prx4CEnOWVln3N2J9iYbhENtsz3KuXsw1dB4oSlU7YrCROPJSwDV1O7HGLybn91E/L/DzDLX+vWq/880Yi+ocZFjcO5ZrluJAjSoivCJUKiXkx6WqW1zBR0eXup835cuiS6O07HKJFAkRlBB/nrqn/k2oUiDupPH/tUFmcxiilgS5xjUn9SerWaoxM87s20i3CclFQ9+G7OtjvQ8uWMQszloXJShFYvYecx1Lxh3tnLSo2ZGKq1Llx4CfTT1nRvBZ2tAUCURRWoSbw2upzl75h1JnneZARMBFodQiZDnq985nXR6l6iybRu/DyaQ8L47ZN5s3Mqf1rO8Eb5M7Sn7yPMs+t6kXROY2/v/6HLJZwTdvycGqeRUZHrDbiKg4s55UD8UMoFlyfRIuG3t1Zq1E4Aix+og7LUWkHo6JQfJ8YByW9I6jxjKm/YeKLjaevMt/KytJ6gQZ6US7k/X7Xloj9zBNq23RTMRTy1doQ8PSQLUBXjyVv/gz+2ROobAGKZSxfXdtt0+MNmJcDOmMboS0HUW5iSsDUpzS8MqjxRSWd18H6ixwSrMbXnMEcwVpHG9cipwh1xLuYXXSuk6mVdbPh1eocYEpHcwRSiuQsn0AKV3wlJoLtkLzbecNpnnvADvDDOsxTSRaUYD93QbBnpuOPY96qyOKjeRDAvFKn37BIrELD8d4BVGskaj8K/LT9Att3wi6/oLDrv185N/795BovevYEWAvWHCJHYN794+WwZLETmiPG1y0+GYd9U053Jfv7d3EP0eQ7pG8iKquVnZukcFwvO8JES5C4gnZKEexn68y+6habaClzE9lhFgL1SBkbRVkNHDfG5iucZklao+dlrnvL7eTwl1uphBZiCibjeSYhSFSusV9/RhCMetKTZZ13uVuYrkRqGb0Q8MtaoiY9dY+j8QWBj6SNDsU6JOBIyKlvLghKCNlt9yJ9YzG2AN37FWATUv2NBuYzP7+baNDVZsRMvK4H2hIH25leG3quJXN2veV6qcpzZrAdZX2Vtfic+8J+gUARjup2hTOBmUPAyvJ4E1RxjC4XMSVXmdygihayWwMBwOBXs89EotGBnwcOCJo3MlSMq5V8r3zgr2zA0g8UQIshKT22VG+usd6xQlHjd1W749D9ivmkm6QFgUSIpiJqahojzKOoeyRoAIvYfyOdy8C6cRYfdSSbf5pzInfa48uHMxVQzhlBQTWqlYVuhI4/k+mr8YWl9zFllsGs3PpHWcCkeGqg8XpdAm7te8ZFbdEa9pkYbNUnHimWj+Kqrdeg8VzCd3BI+GE8DPY+6NQuokuMQnm9whFt6YyIhRgGh0CfQKCw/coSPLhX9R6NXn6iL6RxvORi6JsfYqzOF5FOmDEqLyJVeLXGQFqW+ig8zHVZe/n1XBDehRmpDmpDY2RRJUkWpxDiDvikIxDCB9F5ESFl7j8osNjFJbTZ7Ldc+MDF7oQoQeIDUidGmX/YzBgFONs+BO9miNmQG8bnaykUv3h3eyWW0C99VmTf9CDYayqz2LkuAICXTGkaOQqQuvBk0D2w9U8JLHFyVfIWcmtFyuoRsvLdxZZbFbMmPFvbXnDAKhX/ae6eO2GBcieZk9DiydyEAVTF2tYWqN+6GnSn4RyzSq7GkyIu6ijhBhcR0ZpXIoNiqFg1YpXDfs7nMsTTEg/xAWsWClLtDtGK19Rrz6XoizUvigVqHoBCaB+3JZSYi46FDIyTH4o2UC7a5U/ZDwPFnUbkcFv5gwZoJCLKNZXnfMH0VL1yqpGG+lKNfxU8SIhKeSnPUeinIZKCaGpMiyiutJSC9tuO47QzBgZV6yi+2pKqWun9fHu2h0/XPVyQAqdLoOskQP1wglHf8b3+5RGFjht9yUXmUJpJ2dNkwMUyTUOQKpKkzJZ1geKVjM2u0l3qCvp5tpxx2iV14h0+nxZcbia6tBBBS9wVQAU93T+zaP6TYw76dlWz8dXPZ3GGT3QvcVfCTzSraH/H+I4xaS/pr3TB3r0K10BZ2iN1EGF7D6MlO3tVt/yFzrRUfRaipWYTNQrNwig6oeM9G34WTaUkFYLNvZn9I5w1KV/qqw17Ov7CmShiu0bGFJ12rlUYtn2REIqd0/o4+ZZLh05orX9W0SbPLxk2Vb2BJTdLCLyTuU7pqUCwh6NbucWvVCEAHbA4RB5kj3OrlZUx5OBZnxWXI5S5GF/B4pDAns8Ogac8rIoUi85RTQjUcvz71wC0EqIM/Jzpi3WVVYvVNUf7acSnBljz56lxG32lrkfitExkw+pELOwRWBvmjFwRSeGCu5+yGvipTV8NctS4NwpWarQn3/uk01ua/qIZ0uBIrvTWCVOb2S+xBuiUd/RDa7qkOn+0uQDx1YUbCztBOCiY1kMTKxr2G8h6oVIWbfauiuOjgaYWuMw5zdwT5/dLt5ZlcgiBIBWlCY58qYTZ4qMB1dEBOlMrtIKiNIJr+8B89QNZXEf3gla+MqP2qU2n+KJfw4OvjhdChVuhdrmqHy+8cvAf8oRfyMU2OBtBTdJZgYToMADjpwN/UV/Hf2HrmMryTVw+/rvCPvPGXAr/UDAKVuVOdj702mAbo1vXR/TdAd28FS12IoDqCcz/okkDCysCHMPL61Qytj+WWWjUBtaz+8eNO/j4zw3HXmGMlVh8NYCAZMLVucl+0byWLlzmoLbtY7xm0+A3KkAuhuDApDlOsqvXW+vAcefB6PMROx3ej/MoAsBDWfc51k9MxJTnMIbiGN6OjHVX90G12VuAGxqduwacdQl2RROUxyjKCq33sr0GoIoYURrkw7Ccdf1W/duV2HGSPAoXRmy/ZqiNOdrSpBmsyDxZhiKZJEHDRoVh9bbM2dAbeDUI9hH8ED/SfpKLnleNvV/V3+7gz7jZOfvXzC5+trlA4obVEvlqSSb0NDeYEFlEcfXXOoWPwpJXaHs7DTHJ93Op/69soTGYPYivCjKikOJLM7AxQZIWaL6WCIcBElbS4asvHURgATMdNHlvX6HmlAKbtsxB7BDgApLefZT2+nHlvKEE35+XozNsQXKXbQzV2NuPtmBoh2/H/lV2n+Vwa8wXdBcFXPT5goQckoOnQQ9HzOei+Rr5u6qwrn9TbXuqLNBE6FMK8/9FmVgZDjzHf1S1ci+c4Ldb2AKGcWPL6OjL3B/mYw/vDWtSr7ku6QFiKl/x2pGwW8ksYtR7iTO6DhpCsUTNCi2tSQXsOca4ajI/fcHQrS4uACCru6wQCqW4Xr5VYYfYVCbfNwTvZrmdsmgy8q7UGRtdC6sLSOzm7rVkYF5vnwDbv34OiISPgftu+3WYoKJlzQCdqApET5gbQY9BxwnRZYFSTYf93ozJOVTb5HdheK4RbpxKyelfnF4MDRJS5YrfmViUi163dpfMD++0X+rzTBe0XAN+BNuk4+c1xxPJi3QHLQLm7zRl/RfacLYGhgzxJh45tGtEdrCYVMGtAeN1R417+O8lBPJ3AsupLhWQLhLMAKVn4nb9o52RYpEipurTGzsRgg22g1VjhMQpRb7jRWIIlZn41MMgsQWHGbS6LAy6ZsihDKBWyI62u70753s7ZdIepZUhwXsz2tosa2fbhOMdMeG3u/GqLDy6q3E+aP6MCalDjxjFWIr+C/2pDdNOIXLTFYO0XxFXP458S3zFtpSe1aNRqGvvTH3/AYFPChS7Qe+bM4/aSfg4C0GTXMOPKgU5LmKlnh4Dsu02dkUTs4pcOMJz1t+KRfM8Hv7UFzQ2FmIJPij2JtA+l+w+i8ve99KysEFy1nUkImzAm1XxlY/HShnPwzH08D4y0YLhnor4xCu17jTbs9fw2mfOwnyYOyBx1u1DyAfTFRXpT1ZY7ZpC2FHac7J9U4XT3AUD3wVlFHrECZwd0nUCXdPBzQE0VM7Jtd4XerSH0CMcIeY9AXEbVKwd0bBpnRRTNBXnSeOpWRTyr9VWuqKfd7mWEvlzHewwFd3d7j1USbd/6iHU/BnQA5zOHNJsZAJCWeSTRiVg+0pOGU2MdkPWmhbrOAiq972syG2EBFeMggcRqpGaUoNEkM+p6Xyct4PBUYOPgORHOaL1dNZhvvW9eU0sZhSFmDOtrWHQccauiSq1/Wab3diMMU1s4iw9myHclrZEQBKFCUHYqZQAH1xlLiPIjs6mkuvef6ouW6jw+JHsaCwy8cFNVM1coTZwtgOgsXyFfIQKqSPfAZ8FSzZxaJZ9vumShWvxm/4KnVnqe/gjPU0XMZyF7MqGJgaPsLcbRGSJxSbsZwxxl4HhYpqjhJWJelXpx2oHcfGmFgf6kAq+gAtP03wGopMkzA4Oep5rrome67OAghwizZWUFHx8Ek+RuoKQwsDvi3ykk9DtNnG55vSgS8n9IpHTNqJMzCUvYQQoRP3G7TF1JYEmjZb9UCEEIMBJaobzDo+rWWGsWSbIIhpb5tRJyWOjVXmc5qNZ4Y/L8RaSDJxr5KJI1Tw4S9A/Bi3QnBKZ6v9gUVELuDQ1r9U1NsR9HmgYTTNNP67CCGZ7KfIb3gB7vU38tRgT1PTUOQjWP93wXRPoujU0pCLC0V6l00o0Iqcw0UIj8GdpJH+quqw2JBER+WGlIPR0nyZ05Uv8XsHgHyHzZcf2Z4wP2HQ2TJAeRidBCu7OuyPq5O0He6Aq2eqhiNSDGBaK3MORjfTN4IgcxhQe4hrkONrnSnQ+hOL6CM91rx1vj2iVcBNxrrWSBtCTAZTEz0qYDUrBd1XjtdHhtH6XCXFmbtUX+cTYzvs00KYgyKz7tEn+FVZAl5HHtRgGiYmG1VKzK92hiuCLAmNY21hLynNe5SKnhp0V4F05mgQpD7qJHlq/H2hIhpDaVkSd4Y2mHcfs2tpFl/LqDgdW6aBHGQzLvmemSSHmbEhrgsORpmcIimedp9PJPRLU4iF5B4wwwvXPWeOP9WDWvn4Zy1l+qdK3OlnJOVGX5ytwEzWEUHhLMa0goot9t+VHSg4YhJ1smrI1YFQS1bAMVE8txIerYjPYVCUUx3P66RqPbU2DZAGS+Eez2HkRFPjqEJnLSUDZb3GiTXRWmBTahHQ2WdcXUirOA1V0nsk8zZWLzjxef7Ai24HjIiRzIhUElRSVR5oQEIa/UWYpwyW6bbT2OpWdz9bOWDVGJBXVtJFABKOLj1ZCyKJhUDmN1J8vXcs2MNgl+4sXYhNZgPXAgB8gQCe1gL7t7kNZGbMXIyFjgdIO8b00zU4gW6hOkr45vGzUg7uVsyx/2JYr6NZtY9sRFpu471uOKk1Dez3oFmGV+nmFIlrL4HR+jkezZ3Fmi+lp+fcLHHMR05t91RgNhihrufxBk4zwOWSY5mJim5TKCdtQs3FN8WJLVnKAPmtBnLOye2WlCG+qxJSA9OJnmSL16LQIG0FHvKcTTq98XljVilJuuhG93zuyh9u74dTIJBJFWSmmS4XEPLOgyJy4Vwgag/m0hWRq1EjGSp6CzBf2bKEt0BSMzbJlZJzrSscM5QS20zTPUmIpEJnhYh8Ekz2W/RJbIutskyyP8oH46+2cai0HFPltMYyyzUC94iicZ9vfTDRtqWi9tazvuej053WPzhkfV2IKg0DsNZPsIE6OcPTIwrZLwypPdaVUyoR8MpWfO67omUEYuUETA8gavHp6D5cF1f3JIfMlPUmr7Hy32zFZW3/K6OX2oUm/P2g2X1B0JVX+urA0KW1ATx8Ujrz/DklF0K9r1/tr/pnq7+jNcPiU6LDqXzKfRJPSjV2Mfa0DW8E8lM08qSW3olcC0ZnbUxOPCUhcu01VbYqIA7vO460vyg9rYVJQluQxan4vDEhtd6eKA/4zb/4dUs4hlsM37m0Dnp9RKcdUIVJSBP03ET7hmrhzi2f0xZAvd9jd8153/T8P+/uvdi+3ls/qzf00WlXoMD+Nk8fb+Tjk1SYVx7QWr30ZAYA2X/fP9oAP2RVm4oGKB5DK268JwbkD+gAkk3SjZ4UZ1lnfHwvpUTuPbyPoSXLX+XpdQPoWfGutO7Mp7JazPddTf58TUuCWvNYIi5h2cmYPpkpGb3gq5CJmFUKMLviuJb1+UFMAOgx1+DZz3rvm+woTi4EkjPC1l35E2qHRZx4Vd++Naj0uJA43Y4xo6yf+I5Ro0C5Uc65eE6TgkgOEozYyB0keSj8lBFlyjS4ACZpXt3/i6ZpAE+ZO60VZ3kIX/u/Ef1Mz5mGShAS5cxu6yorbqsb/ShNVyi00Elfxlquzlk7heiM+6Lj2j+b8bJqrUCYgfwI6R5mJ6daQ4wcsobAuHl7PBguotMy0zOGxmiqhI7MSh/KqpDE/7gOkRNmPHUyaoqAlaKqLtdqyjBKgXwPlYE9MvxHGFXTJBYHd3opxio1j6wRqtSchN47avSckAljEsvJg0/qVv38dg799fDD5ifJe4Yjtifj0RO5wU/Juh/SeXhyeXD1Ra/1cfjXx2ifJM7f/56Oertc5oEMC7BuGqzXgy4/kYX+1fk25KZ+Rol+L9keEXl2Ns0GfRLO1zNQD5+Vhf3Tu39gvXjmM26Z7mOlB2GhhBWW4pOcWhJTlTQWsVBhtPpjfVYZtS/F5vv9uAxfu+EpVYb+5E08kyuLgTlNYImDDl5Hno3yD8h8K9qmFl8M1jE1y1oNfVs6sW2RsNOMTPSNfBmoWfayMvknPwV9+0UhEwEoOfbRBFVUreSIrVauI7/pzC9tnVho0chMx/NIRVVwJQoig78KLsWBXh+DxiW6tFCBGadhtHesejNgZsW0gGshxVAq81x/yWCMNnDI09MsvAQ5n/KTNRMkCNufMtwmo4vrAdYoCOcScOJilbV7gLhSUUjR+YD0lByOWOkKnmLT3SNAGfC1FTMAkdOK5r90Ym7Wdva7mkYj5yQUb5jtJtoOShL0mCxnJq2HU64GoYXAubWT7+SwD8z8rBV5YVXx30m12xX1ncZoWjCLTaQg78WTR540OROEhigwY74Nt5EIMGTErlhgxU6mvLoqdpNP+RbEqrPH4jNFY9VVLTHlCjfT3Zlmh1afcfuiKxNtCxK52e4YW5IFk2GL2lYfJseHqNTaAZTqA2/FOecFGQYO3Or5v0q6T35OJgOLuxeeF4zS2kAUwvnqWJBKCRMbZbUjIg4vuPDMgMN/yYfew0fo/cDNixET+jN3k6S3mQVPCPMkdGxKwrFiHWIMS2UsyEuz3uzEzGukwjjDne52XDlv/ROY2rmWOVrhCr74tzjnrZQZZAymC8WSU8mKRAfn4+KZcChUXvr55PUx4Uw29LpcH9UxIVhxTJMcrPl59lSk2pyN7f587lnIX6YJxXwU542APLenJiPFkmUuPAWBfHrA3OFFgDUv0vD7hm7FLw8E3IreVErymS3lhfj6YUumQ6a1Pj43zm0bkuUHYH62gNj0Cn3MGHThZWjsWGMYkf2+en7UqpuYvHAXGEymQMN1PUQFwvV/tlyVKaGSApEK3+X5oaSD26ojafM4P5WSqpl/xvdknj6ihigDfh/yuTCWod/wG/MSpukBTvA+bVMR+o3gZ6qMFcdUHAdvSld1WtS2IiTffMYChJo1Gu3Yw2spm832ZU/NwnY9syyrQ8um/ecuakBrsyrJiXJ3YHnMEbrDiwTHBmNERstYDSu/6vxpmmrVqZgGWEwvTkKoXMklP+vydbphXc6Od4+v9fCOYpq3Cy+eGj1wRwzQwX16A35R003ESGq9dxEB2MOofmObDDXKwqKgmlVIKc3yThT1bg7Fd2LFMWy0ZFV62faiLG0q9FFUyfenr5/9vUTzXupajl31tF5jVgVz7TBl3lau1VSXlUQ+Zmg57Vx3HS7BnVfrxZQec/UrkaAOhgFabUPdgexEiFzFgr7b+7Uc2EwNOdpai7aIisBrIe3/Zjxtq1iHBQCYjZIWamo04TM19AGFKHkAZEctrMFmJg4LZNAOHRuTuILxRs8nVyJRFtevFCD0pDQJFcg4uV4KSLqbRYsf4tA8a2R/gHNO4VOFddfXUyle3gvtsvbpU4TBrUTsfJVgQ2Su1r75EpwhQlFOsxf1Ph0YNuIMfLFnegFgH+TaNu90NixL9PZEXKMS48ptNFU7LJppSTvd8yTILKrlDHULdcNbf7+IJE1TYE/B5lPQbWMAuDEI2DBdG3ajLdZaWt7mpsX3W1BP4iAjhhULfCJjbydcfqqDuJazttA5HlXL5AVU3OAFMQNRjfwg+QIVOXc9sH7N0arTZ03/dfvE2l0QTrAmQUf97a0UdebfgV050gVKYBhtD5PEkPWVKXjw8MiryR9uW/CRNwPmtXNnTMQCdopl3T0WTyiQxLuBOgM08T4CfvQmLK7yhMRuRUmMoGsu67jIutt2naOsASrZdNJAkLwWOlKy7pIASG8K+OXNgKq8v/fN4BxygVO/MKu8RW6kE1WOpF0P6LzUvlex4zA3yJDBMnmxagu8FG8DHwptPVt2TG9RfFAEiCB2At2pLzgNcKrX4XpqUYrERWhVbNpQs7ojX1Ly1mwNIG93Mz/KgzTfvFUWIHyj/3ceNn9vYZsEEs0TZHvxiFhdakVKy/aFA5PEy1yVXwDm2t8m9IvtEqXultFhl/RKcTe6prHWhoMjxeXB7u0VqQFYcehIhfxScwEMgGsRRuIh5QU6ib9Uc8IaUClnrD4PRtiq90zejI+H7RYiRb9dQb+4KisykW8u4xBxbTa10q/eyAZJ9dPGXaLe17iR94/EEbiUGKnQ0WolvC6KrAYgUqU9zHlGGfxGSoKVuDrTPnw2t3wx2a/siwrU0gRanPNGD0urNDcdSE26tC6zuhZBtyifosWsgqvIchaQqfOj8Jp5WeGI0Tmm8c1iuS8nnGQhBOiWc+4LGAhDMTmKrLIpUOdxQEH90ZBFMqnQwqUAdny+rcqS3mCQmjmzoVY0rFceJ6fgExGQomXds8rVhl8fVGBKG6W51UkYz01S9Ik8aZ9l/z8GJJE+sxJNZ7VRZYcmeTYxMaFxSSk0o02ZTVyu0KZ9GfqbrEmWeVtuIkunlAkKMV17DWptO3so3gamO6ASvuv7IJJZn5cys6rU06hUgEGEZkMgYiNZereDY9Pq9zDHUwDtgLmizaKFlsgHHkM0ec+c8OGB/jX6s1BeNshjzgVuJtZZRsUgkHbkxKFY1sVyX9WQAE+GbhRfMsHhqAoKcaDp7UaDUVG5tVwrJOMIc1eak2B3n+F+0BDVX8h5nFpDLhOcwrZiP01NrUsBX2CQrKcLn+duSC4HSD11+NpGh5wgt7rfHOWyivxBO3bn+TQNy0w9mm7FWDnTl+lHCHGcDcAA+SXHUqPlvfNGIgetAo+IQN0AZOQ+p46xyE+wagrqHaPlBghxcvZre18Id3Sx/FWEyf4XswiUMCUaQpWmOTwcRdLraki5ZNvpkMxYC7Cn1PLDLMdRi2D29pMRdJpQ8LdIcT592GEam6gPEwiIvHBCr09Kr/LZh2RTSnfRbttowPO2I0ebZ/yFJ09NZsG7hCA4ML+QbdAv/VbGpj8J7vDhDII8NghuQ0hMYULbtWACeo2beA1pNR38ejCcFe5D7/FuKquhwIByo8F9E5p9Hp2ZJr3NL63lOPV2EtgitS2EkVtc+69DyTZu4sDDca7DpeA5c8ws1Nj2T70oAzpO6w4EOCrc6doc19gJCs6rgZmo5TTt33hccwewWBQqc0IkqsKJ+vc0ahIxaB7k1vLYD2IZ82w8Ultw+72MNY0ZxcFxp77ZjfXIiZsVJYFWKE4PmtF/KpCkuhlDqZ+GjB9LfFYCETBlvN/Z3IeYXVTPhb7PDprLtFBKrXO/mYUBjYPvXt8Fo9NyLekw66wQzYs/QiDBdYxjG48TmLacPIA7XQj8pq79nnm/MT98g7LuXLcH7JXpUmpe/OPGRQJpcgLGSKtDWHVQBP2hdtd1qP9vazkE10+mYEDWDYIEcHqVYZDxwMIRgaZr7Bq/n0ladBTYsvhWidhM/78Ms/xAiUHJX0iupoITd1s3vWRXX1dsba0OoIpNbODEubEhdpZXmOlb8822+SwV31SnOBY1l4wFl2JC0bZhh2xMPL2XfPBeN/B6AokvAAf8SlCVeS5QZ02Y8sVwe/O3tPQksSld2cGHq7v9mWOprsu0XjOHHn14WbWczd1v7sme7rMjbEkKWMJgsRyraz9ZtKm53Hirux8FndsaxHrlskBOfZ8X+gHErrgh5W54eEVMG0NlNMa2JRemeUuzTuPNfsQNF2acQvZLbAo3XHS/Cxv45OZsNFZagwsBRcSBY8SXsAd1anyIC4F+sWRgokS1OL8dUZScymu98KaXJxkd7YcK4ZkmzhCAtFKwcxTBsnBS4ck7mBiqFVreJDDgslVXMLNy7vJxAZXjv6atcl2TKDFuqjRfeIZZyfU/wEu5whBnsKSS1nNmE5mTyku+/PbSm5OzFZTowubmtprCLFyiLuYEltTisqh7LeDtrKQIfF4oKC4wtit7rzG4bdWNZP6ZUN02ktPibHmy/JnaVmH3DIhLDcjG+7SrzSnnZmTb60WswTncySrA0GqVNs5KbZO/3UgjrddTgL+QqPS6s9L3xJTmHlOzX729nKY8aPpnBlODkZjpmWFQ9xIq6sFjsp7MeGL20shHrlzX3UroXRok+JuXxFbhi+mRttR5xrhraFmpD2Eq5eFv/4JSVHW+o9XbiiWi4dJVG17AqZex2sqljwQdXlW21vLeyt2pnWBn/ePMhNFdKVzFzM8nqkVKG/48mQJWTvkdxmLtO3F6sTH0ualPc2Z1Czh4TlnCLkvb1RqCqS0Fj7ZspZdqeCobgsuKax7pjVnuA5qRnDe7yT6HYp1Sumb8J1DBHdWvzayhI20lx4sl8OkqG24hEKoJyeFr7EPdTIOsaEFnqzCsA9XcYHU1ibtP4MLAjDZwgjHb9JBJ44yGhwLpKL7Wq2NTm1YeckRxK/87VEBZ219bYUxVyKqhcopolmXUcaOyhvy0gGDmhydn8LoKEaeMsT+gyyZVBxuB64hzdki9PAx0kFUwO0P4cRXGcVnGXq6WJgXNoLU2mgKa+ewURQCXDcVAIpBFV8Y1ahkOSsjpYsBLOo69tRGr+rgv7YsRDarymNd7lKpiny5FT1RDmUoJuqaSCus8oSmOLwNYRd9mQDC2+AsmgtBjQGWoctt7n0gJAANirTlKErqCECXRqF05QphzqaR2iRbZRjcOiMBgYwMoBcd2sHm+avOkrtQuhDtOrugqHqeKd8XoegO/ffsscyiw/6rqdbZQ5Be+5JpFk0v6XAI11wUUyGzmbVNrUrKtuWISPiSMDoZJ5oFfCHS9xM8IpLYTLSdmFsSq5sHmsLljDoFSWpnvh993e9ziJVU3lqUIs/TE0UJWVl497wSaIZTLDEKVj0wbuTNNH1Mr3KQHMdpyqWOwZUc41opNoVACeKcXggwHlGRCV3PbWMmGJYkFSHMpcQEXa0wqc/EWhgKZSM8AEZuYxERvJYiMjsEMyyV2VYrM0ghGgxieamxcBE7vK9e1/o6nnZiV2aP0SFN9SC22S2ZFs48pz9VSmN01r17Ap5Xh1Emm58EJUCKCDa/4YPq0/lAHoWODBU36RKOYjdHsxE15JCTNoLvkgqbz037u7HCrWKyrqRYTUIDlIzInJLdKggXdt0IYQK9iqrBvCXPBFmiU2VfMPc1RpXEIt75VH8kOp8QCgOk2ciz9EZq3hIY2WQAistU1Zd1bgHi2Ka9yCw40Y5uUKX4IZFrQLMeGFp1DFzGKxnAWdzfJu6KS1hMCJES60rt5/ihEvgaYgC7YN2AoXJWl+jHFDyHW4As2ML2Bt0oCTiEiky0Qg9Vtl5Vi6oTqkkHJrPA6Akzvmk4Ai1UQium+RbdMPpZQ4ZDNM0aggCQOQf50Zy4BTH3ki7XA2Z5nWMxw2GIgiwPkP9sNBudbkF9tbA3oCi8XWf7oaiuWET4w/BVA8S35WuSY8KMtZLxs2v7CY6LIkMnD/sHOMi/ikNPz3yMdOdTXTbKCS6Qr3AESsJPj0xlcN1m/kv+C8q43ORtVJTCiNFwTDHkyQfDJZ5JagSBkbvpyzNyzCSGIKg36lL4YJOFt18luwCqXBd70g/gP8Ik5UqjmJ0DQU5/fAUdTzY255xTW6NkjKIkdv8iwEODYCAVEvYe8cEOKYpCBfxtxS0yTR4l0ILQ5TycjqvYpj3lMQRqEldxn4hm+qphBaypn4ZdRGQkSdYNKMQln+oneOncKsIHgt+hj9FKMbyWP08YyAfqsWvOwSqMFJosuraolWKPSRQOWK222lQxULwoRcbHfgL00Xg8D7uTWr0cveCKZNubWin9ktHJBWrvmDRQ9U9uGMnYvlNDGheiCM84GM6fQDnEHS8lKVu2pSJgnpzMQZDbLp5MCAuWVB+SSlSxTjKh8zh5ks4x0DEcMcVsPTg9rWsSTwbG+0wZb2RLghaXeZ+qfGJ6C68Oz0cvfoOw5Kqx5IjHrFEJB7ClatJDPyGRbjfBjXAopDmA5pD7cwGeYJ1ehaRUKiImMi2+f4cRwgILv9o8fgRbVY1phSd5A3g0/VNJqpwtCbN2xdz+kzVnGAjBZSKdAPQs4OjRZKyRaZ4eBvPDHQucDdqOKjzoTXprLu0kkpBm1FqSR/hXzll3G9kuO/87eIlMKc01dZJ05q3cVoQpvG4sN0KuL1XXq2NZmVY1bFLCdXAq5oiUFbektcXfTE6bUkkredUjz0ric2h5OcCMmeuFSZgB/kyJj+oLm0k/zUqei1/ggPv1gbXYOUBWEjQJipb9JT/nzjp3p60U/w7tizRnKZv1WKCgtW0hotuaBYOQXAu0aCql99mixqRfrWTukS5Z0FfAs3zbjUCHxkPJDu+FfH1p2NHB+F0+WG/8VvrNiMCfWS2mNtTy4RD4YJ4vl9XXCVCAlfqIP409UCcg5cidFgQdhPW4ykYSGI12KTsJWKVdxlodkxC3WgCvgS0FE//B+fnVk3jCNic7CYWTKeXqNs3weH87o/rmjzR6bOugwem6FnmicWjme3gwTjls5Qd0AC8/mZ6TDwlsiPC69YvvPGKvm6ugzmS5OIcg9MT4GjacRuOL9X4uTqOXvJGcuu4SRLRvrXdfEw4SGXMMZWYcLNQDEKtmSXcBq2goxSmTXHE0fwZoO4preLcJI+7R9eqjHjbk2kjii6Lq5fhMyyzWZwjGDoad0UVt6TUq/gRnf/mm/w7dfWIP8GBazsgoj4rF8z65vkw5BMLBiMefnIoilq6CIrCqvMzcScQaF5BbEvlBMQoYMugcSA9NYwX5MnpK4bsMVCkr2Tqsd4N9GWx17car/5e1CVdbBVZM0crEBgqc5MRg4Tlz565uEL/6+NUfz7nN4OVwUkbm10qiqDLJj5yXPs3f9IQ6IvC7gPlDjP7DAo72e0lpmT11Z4gJBmb/5hAqX7l5dX47ZTuWmJNGyi6Mxx6LHE7v1CyfBSwFFnv5gy65YEIr4RqP11ZPQwitjOkz2DpeVxsalszgPLhdpI9Ocef9TMkAcGI5kiyq9fCol84rLPnc2N225RjIOvDkXJ0OtO23PzX2gepV/3vWHkARDKdKju/6sLpkp4pZ8jj1nYEwkBpzoNi7VLlyeDZb9lfNudcuee0bULReOyKeicnVXvVZ0RcsXK8/rKzXru2K+jWblt8pkfsizWTxxBWdYx2fBY4cnjRt9ztqSh8+XGHHAF9FepyzBYp2XOaquXfBlq0sDBdGDXLu3ODiuqMbnSy1kXjLOTbEDtqqrHftZLb5J3C7ohNSRumDYTvXjde3iaW+Tci3ijFgRsihR/IcBbhqxgFUS29qawFB5a7UUaC/X//jLY9pkUbPfSOUPJR9mWaTM3VUljIpywep2WBCbtnkrsjyY3/vSQvpRhMmZbdOAaA5cfIcG+L/rqvDDgPtgJe5tRT2herFlSygiuRAd6qYim4FH4t+yRQgteN2RHYil+LB6aSC5N4uM0Ohp6XdVtWQQRe090XAaYQO0GznddoBpCs4FuG5teZS0iooHXMiEt1i4aA3z4DKS6C1nu611I0ciRHcSvi3yS5k/4b5gz8Ds7t9QAp6No1ML/mDxHBSA92LTmbKU/mEehL9cyC3cSeWWdC8PHhhwmk/yJa+XHS/gGv7eY3Aob4XkwM0tmSJfbcmXwgy7dcCCgeCD3JkWX77aTI6wt1Dz0c1XShqBvTUKG7ms/rGwhunKpxEX4LE1ThLl+srpXm+0UlH7CFL1nG2GnIXvMeLJ8XOlGeWCupnJA0SMPWG7kDjoLmLyPJBHnrs7aU0Ismwqh6fstGBpRhRbp35AKXV4+RpffreSv7F4uQTt6sx+mMk1wv1uarYv/t54VHETJdyoW1DyLRF4ZBtzU2d2yFs7y166g2cxOBbRx6W9CwPNTGkAry/k3ROrdhkq8epFYg4IuVoiEA55mbgt05+r1fEkpVX/goaS18DbcMpvj5N8/5RFmUCdngYkfXyNE/EIk4g0ahA0nFQseQOdwvxnyt8nebr1SxcrL+qzhTz7VQalW03c3WniLqZnZOhAhnn41AmHOHo/O/SNroCsFUA53jILc2pLlmmLNHIwz+0yJ5rwc0qznDQ22PZsdkVrNwj/xfxA87TMbrnJxYbEixYqXFp37WI1Dt3kmjLoEJgFS5fNKOXFZ34ELsbwHjEVfD/wo6SYBR4OUdZx2ARZxLhpGhsPoGrk65Dbnr1/i/OV6s7mteCDCCdLTfRSAIru7ztEQGQ+vX+cslwxQ2x6yUMw5RGI1vqdR7bK26qFp85/7sI42/zEd2KIIoeItzV/6eiabi/rBcDFE52tjvVvxwRpz2VOeDOLGu5EFaHbITz5LamiFUsq1yujcWvZmBl7qlXSNAdpQEnvHApjFV5rWaareMlMsy4G6mLTSv9Dg+vLB7DmLCPGZ8efTDcTlSX7dwJiGqUohW5QrbLAsSSf/ZxVzms5gPzMbUlvfaVd7RWBeGiaLrWhwRtsF9GholI0b1fxx0aLyN0MAH4cQYi1FcEhoX5GWgkAZ34Ukuvcul1I0J8WKGkMusDVLO1uxHHC9rnVfvuNkyAcP90EoCMzGVldGXEFS4gQppUR2bwVoQVb+vIP/1S21fDyk4ELESUIasdcWfh6ErS1JwPEiazTTh//+BfA7AyCv1POGJP5qtBOQranJZjKHlAONEVzHUij7uDPUNpUz/GpMiPM8Lr2YfihhX30af5OFpEPIpZp+QS4AOj7CZc5GLY+T3t30Bdqw/O0NU30bu2KHbJrjfoMl+V0dhd1USYQpks1FN2ORzlcN/2ToXWHo9RtNVb6FZeWThsDP61MWUAsrJgBluYW3qB6rqeJEkPweFvKZvq/iBPThqm4nDKt3TLHHO+gXQOMGgmADxU8iBLlJGabPWiHOW6P32aqUhNX7xPRZu0AwEY7trBKguLvM7HeVi7VzWiThsDzc3lGapuyzc/8WIXS3k/3NIONB+N73mxwQXMTTf75qkXjlXTCKvlFLOGXrFme5aBREDUVhHMlG8Qsa5HVnIyFJN7mKl+04PjKDWsAXWbhfq33pCda7ioNQFPN4Lq03BfMq9iqDLUlrNEpTPkbORZ9Ua+AXfC0BCGMnOI650BjMLU6mcPPVyoN0bbViG10rYrSJhLG2hd+xqLmYqlg1BcLfpbLztMuzhku308gXTuF5cH/TpRr5czpCsFi8aoW5t7GtGUGhBaXcjwbeg0jIu0qQMkMrIpApiCLDe9j33bkXS5bHsfdABoW2trRnOcwADPVGRoQkbP3Dv11BFpuUJfG4eZSXkx2HSIC/XFRzhtmguWL68wOwcxUZj0W5yLsFdVnAk5QD7JNuR7stPZEwLETrVCLGvV/n7hOwJojq03Nk6UACIKTWO/pTGs5sDw2XYS20KZmfWQ9ABDOdiRNYx73rTx2h+1ioyLFTXQiY9b443Jhtm/MeA9vQ4i5oatePgzPlHJNh3rAW65YQGIuZ045ewJhG5iF5uAjhTmfHKqBQt05LW49kkHpZt6KR4LGDyIIAC5lCac90swjUHRYfibXoDJAgIwN1c5IWESbr15rJ0eNqbADYhQlh9nuqx9hLDZw4ET3hrgjchLhjX0PKt6+JgX08EA/U/29+k0TJsP1A7BL9WwxGENX6VnpDgG171koD5V7ux6qbHK9BlwnfvfLzlVIEDBos4C3g9nkPjS8vNQ2WYqFXOuizmz1x9bICMIG8571NZODV3FJ8JknknsJMBgQn2e9M1xE0Zb5nYCU2nzU6zMevGN9cnxQr1946AxWX3yf6tr4U4W/IA0TBvbDDqHCpzjGlMcpojSYcWyXvzlZOr93UqR8Ebta+LB34yC/Jgwq1FiaYLZ4volW+EoZGla1YeMqif+XeNyt5fBdHCf8VajD7A0DRG2f/nhEC3JKxfcXM9ckzyWNQr0zH/BcnYi6WizZKl4lZH4GRNGgCwD442Hjj4mjCBRDg1+r4JyxnUpMBqth9RwiZxb7jnxXA4NHpeaiTUH/7CGMJjf7T5eg/qZyaBTnTaqHfoErv5U2Eloj8KuLctwlnZRBOSpA7bClAcTlUyCrfCk5VCZe1SCN7fYPDyU2X986E4Wn5vYorOvmt1Zh/mhm2nAyeqfXjiCw+jskBKaXzeLJ7blp3W+rl7IOYDkzRUhvHDXEUGXU2M3puoBAjThYqP5dgT0CEWhII0jPxaJ30pnEKdmOmbtmy3bvY6aKt4I0vmbNs9zyQDJsCm4gONqx5dDhxIo8jSMABYeHFrpssxlPYlqEt4JZ1OtBcT5dkGCT17szmH62JnltjMh8Cs12DWF6pe0kyhhhEDefh6CwIdlBQAvKH7naV2Zr4XWSohnUqLxQadAhoB64piGBMoEUnmCuRCEI/eP6zksxzDol08m0Pug6Zx4BdzxX/iausDcrbTmmDAva42GJtoFA6hY05uIyn2SBOFcTI/2e0bs7uQbUlYSMs79vwNlo6SnliNygQoAHB6d8XbFmslFaivDmTTCNG4MyZ3VvOA7IKzrtTWEN6Mh+cGTIT86/JqOkKTTag7ivVzkDQIU9VrO5ak0+7fkhn7i7fTaE1sOmH8riTM+PvunOEk5LYhN/sGadXMhfgRITkFyFWncZ7QMUuTFyeSTwIUkzpqKWJVv4vSKxE43x70hJEgqZFLPrlRPQySQ+pCd8RxRUXOvw6iUDIHkpB/000Ptny0Hvzb9W8Eq5csRBN6flD8/NYa9VvVYm8eb8PdRfV4mFpvhtC9+RZy1GruG7Hxv0khpVBiDRThEaMAyY+YZpR/F4Nr9lXHuJpIMyHVfxKXS0RyAGSmdC6+34a2TDbpUOQdg0NXya8lJRzfFc0zZYbCIiBPeV4NIYxuykh+S2FXSJ7CLzN0Be596fXT9nLRNGIDeoOmOe+nmvd4Ke2yS+r77VIbRTlB9Hi8VjO6PIfpGMPbxdHXn5STr80chP+qBgGka77fXKEQsfp1waUDTlyJwfuGmRpSf3JKYgx93IX341wfRDejdgOT4Y4ZYL6cCT6DajGB7UIR09RnHwFIuvI1It4t8262WgPBW1/PKwaBlJyOdRC4whj5p/fvhieW9k2f9rR4OwKZo6lqK3LTqKJl8F8uLuSDOMNXUVbhxopdcEJkU2RRnBrBV63GFM98E89UkNE7QnA0apZoypFx9uaXY3Nx01ut12c9ObgYTOHl4Yd86S0x4ZdM/d7wojX0U8O2Vsv1ulQzOr+UOD/MFK4uEAPDie+BMTPQnAW9URzKN9Xq9LNbKmSWNmN/mPMEMCdEZ0BTzUzkIdBbAVuT8LobUCH6rQpq/kiicZ7y9uizFA0VYyCEBYZcwa+mPp6xMd4GCLd4isEA59udA5JhxZnlm6ccBsZOZwrEeYFQ/7pQ8NP4dyEOZR5HJWbTCp1NIz2kWwIwn1R3XpSkPVsPZEcxQ+M1pd8Rvf+T4Nq6/G9e+mgHS/4o+uDbD7GNfTuILilOs+SqYL7f05klwue9O8GUJqsrItpsGpAb4fva/NIhXFPEkBpwz9rG/1DA4kE+Mwoa/O8CHwafNeeuPtwiCLCAFiJ/Rq4dcdxgfuW72znlW/uFkT2oeIR2EE2QXtWMND7xpoEyT/SitPhSxMGgm5iN73c+KDxuoI29u9/3x4p5gbCKY0GHCmzNqP0zwgvm0lBjctbsxijwLjpT7w4we5wCLsU5t53z/2kwbsUIsw/4lKFd8hUa9iFL2GkzJgUhzTGkGVWIgh+SrMQuuzQTikUgRDBQNRDpePGaDzaJtgJDuNekHlbBmI2dRgPCUoToPRghO2r29xcWlU66iK3xQ7xnBqQocj1IgWT7t1ZQD5OR2PYj/Ijv5dv2OUlEIVxzg2jubTADqVVLGTZZh2ev9Lp6GJvfDHOSUDVyh1wlOS0ve1Tq5Hg8k/bzYhhvvCRFhHY5NMyj6SB/GiirjP3OG/p5mqKl17XkUVw7oWJyk2XEB/JtS7qjlyoalDEntOuavzuMU2KhAUUVprSsfaqychpAW8UHkSxC2SAfjoPjJZeguNAXCGbgqO/9/+d6ELKQTvVTQZA8+W4OnWzbPZjq8kfUayvRCyynVXqtbuYoS4k6tZa9rDl1gD92cf61AvKbmZbaao3/KSfcchYTtepbW4OHVHbs89d9ZO5dd2cX9tcsKPIK4pqZXWPUs5J7TwZtWDEINWagwskovtEkc43zMue3XmnghmfP9sjoFVCe2OoCX69hMSKgDjy5OV3gLw1ywVxNy2TgppbuUZ02giwTgkwqEtciCYRVzY3LkAYdqJbM7mOK/+766jJaNc3L59H/tdjmzPKzPCt083yd3T1OiElkiSSHBDTtKBAr1dHW6p0uH/NtOvnvtqRqKjYSx2Yc+o8FWfmc20aFalpnWWz4u/oHlOh6A32DqiPJ7hzCW3M1vJPSYludWJSOqlEoYzQt26zieK57+8INcqyizn67FSZeJVlUlperWqVti9E9lCE9tybf9OsUx6Q7LQYlYTzUSTcFmXH+vMjhG1Oyb4svrV6y+uK4t5YxjzDA2EZK9nBNUCiJN/x6eHZLZgC4Aza/G687kfFKTwqRTy1BVuEUaKmc5aPjGhX3z5MxW0iy58oMTa0M1eZ+t9DxdFi2K8IAwuN9+T3HJCz+k6oYVm22rODk20PifYM8+qY4gxHeO/NUb2yITNxBru4CKfLdNdODo8Czvl+a5wTf69Wqbm+Q8eWlf4645VzsM0lQOOIghvLf0t+mGr7ylLHA/MTk9bDeq06yLxNomskQ1ctniQ7mPdHYP3nnL91o7SLSnQZNKSxGlgzkG8i6zIPuNwBvQS+opeBzDGhjAaRCGcAsxBWf5ZotvuLkgjisKVWo1cIB8WAnPRf8uYlN18fdKM/OkM2GTWoDMjsn7YAKX8pQdoD44G42ccOhy6K+i9xsEi0J1/VUbItZXHGba13XaRxNaPOS/ci7ru+8mr+TgVU/JqsBSJ/AKq1WslcX7G9XywHj3iF+W8dOejrn+tJ8y5bodwTHNeg9LPrLP0TnYr4pM6cXsx++95Un6x7WCD95F4fBuzjcE/3WDp76h9eAk4QIV/FuooE4dUOQ+muthwVFTzyaKK8rHxHmmVIG48qhCnX97oiL/3uC87kQ1imaUMKfVIkJioiCUxD2Ba3hFnVGmMgAooBbxBu52v8qC75xLhrYrxV65XQg1v7x+R3FOuwEKRUMlsKAFhVZvTSgaXVASlH9HjuNl1bMGOfef+B9iasspToNOljwe8BPkqQB6I2IVwFD3sOUU9TYHrDlV7hStLWXwZboDXgWsL3KYYG6UQYpXDve21N+rSAeCx9DOUMia5D5GvscQ0dvhP89P+yVEyIHawOzc0qEvjZzuPR+ujrQDk0X/BsG1/3Y77krs0lcBv9cFa1NgP0V8GQ5pBclVjCPDmXw1EcpiVgWXh8MnzXj/gU+gCA/5FOn86OppdGEWGwZW8KwUXtQesYpXCeQy/9hwWTcIJuDDjcV3qySFJ9XPLmrwyDs59VOKdDQbhr3EYteH6/WMQ1knCwWjWQFHPw9NX1vBSl6IZ3lIXge+eomHEixGvEv6yksjE3hd75u7SaqvrJCbc/n1pZZXaSJiUth7EUC2ToWk1Btu+47wi1UPbDEbKZ5FkSsJQae33Ysvmwoz1OIbOq6Gw8lBt4OEaVGC6sjUaYrvxCHqFptof7NlxxdrxvzhFQztEfqMudaot1a5leexy02BZv8GqMTOrTV6AbLQMl9jsyTBmvNJwdDmkW+OsMRvEzME4rNk9hVzPGofv60B5+1uGFPiE4D/a2OVRDM8lWEq32MP2wUvt9QCGe7VxbPcO2ewlcBZZrnGRv7VJwDVPqWw3SSqKqsy8BdABQzL0JUEuusJTKaE8NwGk9jKHSzzXLvbTXcymqn/x8rwAtiHV+vzTk2HK2D0szvor9/Ab+UFv3x7H+wj71v179y854lr7x5fuMnQlrugBVl7wf3U1Cvc/8mw8aT0nYEnegUMT/J/YLbbz4Frr4tBbECbPO6f/Bg9hBjlQmMMCGGxcT1117P3owt9eFG32R2EZlnyKYfbMBef6871npAgeqTYVdvW5ftSOc2tVDC0GbFWfn1/+QUTTv3vzePP/ZPpwltOXBftaX1br1+LwCP74DB0IoDT0ahvOjzBkupgcYsLy6FtSPzZM254Q4o/WGfsOahcEexC3IYk3rWSUYr4dPN6mMiTkNGDUbAuejvlOP4v4Un362uG8XTHNJ9cqBvoBAbAG3qBqk24HW3CRlZqWvodViMUinxSmWK3aQbi01xXV9kF9R5hTMH8uF2lM6R0LXjOPNxuHqYFfcJIEKR05LcTyw/CC/HX2Rghc11nrN/udxebGIH3AelL3RKuWVUBp3vUdTCKbETTMVmp/rz9jM8wabC7bFWXPkf1pds2mHGpliIC4/QL0hn8WvbjEXqiD5vNeZFJIohipeMbW3/Yzm0kZn4d0dk1usxf1G72dVcObkUUJZBVoQj3uzHZ1/83whLEidUqzFg9iYwtmrIC4A4UWS5pTFFOj0GXNpitnBobTyQ+DhziIQNkw9zdfTlSxb7Ow1MgVA2fX4/opDAEMWNwjkZ46TAKXvzigDmsQYo0DhvhCbgVgDRTTH605EFigobCaIWsS4I7zZ4Pp9PbJ0837XQF2n7/B/Xf8If+v9NLWfyNf/38u6hd65dun68X9lN4PtcKyonZ8G3ML2H3qczKdYRaCfffvDYxgDDYv9IANZWrAU0cbWRFYG4q5E32zt4Q4NNTqjpCFMoGwMetNlMqfSl6gxG5eHzkblX2Jv+lgTwK7vplr61a91MWwERBbwg7qRoVoGRehW8neWlVUGynasye3wGeyeidgDWM9XmplTv5dQ0LuWpnAEYA2FXwFBYav/xziCwXo/LlXVnxfCP+B1K+bl1KQQI52S7KBApS9Mr6n25q4qj/QT+cuXf2bzdejjOng+2fdBxqDNUpO/EO9eC3P74ma9LzBzxDshP+zBixQ1ZxD7WuLA9m6k7n7aLGwIzvNNit41hXzY09V9njq+y0bzG7KU7ebTqQAfq7db5QqHmW6ae6mwBHQt7sGArepwYBcT8sATo0IoZi0RP5IGIMi3Ms8PPjWpNSL43fy5tmdV8FwbWMeeBwjnQryfNEPEBActlwEbwmnNPi6IqPyLo3RfYh9uq4kmLYTnoC7oECu8/EkarCwlS6zU/gcy679vkxTDZVtX2Nua82ksktdmfHd/uL89OOweHnOmQapIsI3RPPpRo5iTXj5Xbol79JseJfm9L35f6cv0o5Cwusgy0Lvm9nemR0HWscT4A+KzrLnJfajL10rjLz5lFDUhNQgRoAEL/vBDohogBER+sHTWDLQGUDfIT6UydDMNKkOrS8bX86+SgofM84zqd1Mux3/IpeXqzypvFDlNSvIofe/ShwhKnWbFktf+lAWeoGW6lBjwMQh0CZdfQT8GT75aO8MH3bHf2oYOrp5R386P+0AQWwND5kKyEX1Ovqxi/dEraXnZpWbure54fz5Y3kqv8lMF5NwrD/RU04bq3nsREiFTdlBWabsDrkIdoiyqmbzy2uqkpJjaB/bEVek1lLZECZ/rXzz7JVLtKWOM80yKMrqu0zUhaRVUpHIaoEF1cwNa8tfoXiCEQWE111dTD1WSTUWPDym+fpomdVOpym+QqjU7m06XTT4B0Miv2edbqV7StxOuxV360ktkxY5BYsgug1sMDoXabYdZeYGSw39oXdnj5Bk6y/aKAmBn0ojxirTjRqdCIFqyZQSuLrWTlPFMcKHrYEDaOpm3W9TN5ov/bcdHZYLr2Md0Zb33Gnu+XNscONoGGFtZ0kMSAvdj0RIcqs6o/ZcLUEQd+ERoCgsjP6KzckEDcjICo5VaZvqzrmMA105id5bv/XX3vchR2fKN6/Gw12BreevLbMePu+EIbmNjtVP2XJHxfK9lyK2OJfokcv0zW3kbLwvPk3bf9Qlf3KWRQJJ24kl4Jz7y+Pn3rZkA9l19vVFM4Q1Nod/46/SdhgrF3n/Y6KTvg0yN25U4rhe202hOn3uJEy+d3fmkq+2wc3eTiw7oQ8AVYL08bTua9VNHaXuqHWuaoswh/S7hN/P19L+cGSMU+yGMQIjz+1RkPxXXJbKfjiqsst3c9aCz731xJqbhpGr7nzLNgo7Lk4+WqQWH1yJ14T+avxifNxCiHBb7tMOHmgK5M8aI/T1nxeOvacSJZmKbbHnWzV/25U7I2Up18y9xsLs43gJMx7vnbg4d2NuRnsJF4fOJJpAzGFT3tqMSxybA589d4uRrHdld4xxPdAQb9mkyWIy6zXEyGTbp4cp96C5sIGPNgIKykYTIl5xDRDqaSI4ty+K4KK7iII9I20d7cM0szOH7iNGAzx0vl7Wan6/HKoekz8fKKPlt9izA3Kada6Bx6zxmLtioyFfcYE62A3YamcO2qqQ6T2FVVrs54yKXCkuOrUIaarF809LwBVf4sc84uyv9eON4Wm9NUYTz5bgAeLXOhPHa2TMxqc1EsejeqXApCmuSl+g1lo7wixj8hQwVnZUm/+CbYb2nElARVnofk+AoNpGfrwX3s4Co/LmA2O0fBP6tT/3xI7FPBQbjjnJGoz5ialR5ORghkCtufwJBObJCvFUXI+ZL3fmtEPXHLUWw1aRBuBaVqFp4kXVvFPyCCJdw7UKCOGiN0PUqMcGXBOqC4b7r6FBEhCoZXJl+HKv/XssIfVgGR8Io+VsP7z6f/suxd+xSfsdm4rWjNTwot+YSt/z0AiqtqiAdkUfXqZ89yPN2n061gV5Pwu0/zLmtFS43OPvFFfm+q0Ch/fPs2P02SH21LCMEbsZs0hsx2eWavP1bINtTJZh0OL928KaeoYCz61Jeelzpbpc2ifLF04UPQv5KJNDhuoUgN3SeYzMD7dqNAxS6ZH+j3oX/Ue9DfuoNh0+bHNorZr1WV/mnFq/mUHfvIiRC88m6DBnA2hzYr9f/ekw8VNHS/9bvYv+rd6GvdWarr+d2IQBZWjKC351xHwoXzAr5+5ExLESEzJ8zBhX22PH2mqLIWujMZbmv+93y76TwPRZQcSL8mfZeQy67ikh5ABR35gWDWLLA2cKdF0TSNt7CRYRGhVDOvR8PToufz0bRsNO9Z7r/qh1M3602LGPavP1L0vQrYOEooTsCwf7scTGcBFbB431RX/jmINy/fUKtEzXqY5MMi6rglDxX36T1QQnauWO2WFWKSOy+0u8S6jgvTebn+nV/ryFgWE7M44qdB4Y4zNlNLzcHEaWp33AItYydvMMQgZvtusyerO9cJ3ZLdrwoWsfXDmSAqxbSaMne6G2+SuqKuEprsi8wm2Nv5oPwHoIiCKv5erdFQ27XwagWb8HU48sBB4o48JoObc9HIb/jN2PP9ut2s9Wa01nJl4sUYbPqLHhezmvPgoE2HoH7ooGREE5dEBKb4kN88OMqEowgkenKJc49sUcC40DvgvVkvHcGn4XuSTU0tNvr1uBPr/3YeWRBcsDZXyGjJbX6wOH/G0x4thwr3TUZ+rYeMDIdUZj5i0viYk7iL7GmmzPUVt5Z0tp/bSIPSjANXxZkQHjKBDT3rsRO8u9WGh44mzstRPIaPSw9Vj92eq4H52t9my8Ntlp3ZaaDYV8lV8QkTlfntQ8b4GJQ2/UepNi4rCFHEYeQQ1ZHW10r3lbUm3BRlS14fYYAoDKgYNeSW0wm8Tme/pZcChhCCp5+slcg8cYLs+Cd64OT5qNQZI39I3uNd9ooelGwx23+opxO6yZng6MOvHURAF2vtg0afz25i6YAu7RdezSxFbUj56t9msMEJB+mZyRiXvPtdAUq9yriSdi++ZjHJcfnimjZQ7XI/2ZwnUnZobQoGUC31BjggFzphT14Rj8bac6RijZFYP9ZlCF/DyCMQVaeVHzAo+99twx6vfs/DJ5NGTfotHEbiXtjOIIAZbVcV3nqh/hdaZtrNeZHDKdiA1TbPAYbjb50aLDrAvhoy+X7czcn3k32OFOlSZpR9tHiQJkXxeoP+ZRknwU1k2TcOUFIofiq4HD5AExPtNGy7k2ZAbnWutizLGeyZhbY1NrnwAU6M/QwnTVk8YyLCnUf8W5aWowY3b527VnYS8Lq1rHsZwSeMfXoOiZNrsqJwjBBMsihC1sDDH0LcygNww6NRdn5yr+V6cpQANMMzf3MPWntPYIUONI9umKTdJ0bX2t3xAJm+cF0uVohRPhNFOHjRG1O1zU61L5s1hAR00pveRoGc0M8V9xsgHsugPn+JfpSfMkQ00XBwlvXHpXVRBgET+Z5ArUun21ZkqCMbp979y1ulen2eL4Xa4TYfNR8EsqmtTCuoLBeduQoXqStCJpATT5HdI6te66KspbtBPmc5QmR6NHb6AoaA/37mRWr0jfDL+5+hr1xLkC2aWU70dyIK9Qs3+1TEDp6fbf7k8ny+4UJydvcSojc6jrnJYgS1t3bh8FAH6BkposIzGKOVTgUvpHDjMCYSagy1Gt15Wb4TIAzce59vyTtjckJTv0vvv0nJQX/PRnI1wwPl1/rbQa//7W30yLy/EqV+nw9KudpNTKt+K3xfCTGcQ78f4SiOvvw/rj12Otv168t1cm/EvdbReeoGzvT8LgLGpbjFBNfHMhK7d/4h/Nkw4a/a5Z1ubvIgeRFzCJD2ltFncCmRliugixvbS54x8q1FZu8s3UBVYzv7m4YZ3esJaSREUv6NzZ6rhWT4KSEq9RROSy4+OG+TI0WuXuPRMHX/evCWU7lcvn8KXvnBuw/0yrXa5g/E1agoWjVKuKslAUTNaFL1WJI5lR/KmpDEZPR3rg/3He3/ZpjZNosp5HRyY5Xzh2FkasINJRCHEFkOoj9MrWh4ImNtye111ZIiYleOlcx522tJ/PJdIbbezrTU71gvy6CvGVx416PP8Q3TuK7fUi+x5ek1k/Yd38hokrNWvKO/YtqxiuNt1rBHCOoBypCrpG1g5NMmBUEUDjPvY3czN1eI7w/jX7nkHW7DYjNHf/It3nBDrtamUHFIXZQJLoO18QabEDCSDGJmklTyn/3OPOJSn1UnsfTuNRAtlA8o8V3LTtF1M7bSsAo5N/wFamTdD72rID0CbSv/0Q2b0vLTuAjEjXP10yPU1kmSQpT7WnRmJ+P/nVS7o0Pp+VE/C3h+xojzaWCczZA1mLWqCUyIc1ivW6EokYnELs70VrH96zh6ClfdGblsSJTQX7wjIEAwfn+8j6pTUyJGGmNshW3sBXEGELXMdLYCm4JNaCfVoYhrnRM+JFpJD31RF7wncCTuhUE1gA8b+vkYTQibVMGGhIHCndPMNGnPSTNDIE7bggSilOZhjg5jEpIDvv6eEs3cCiwUjz22CclKXUSfn8o9SwN8Jz21doFe2VS8gw0z+1HVwt5ZNlE5s8E6Ux/lITjYjJ4vWObuZw1iGVEIPeDbPkAErZ+mj1k1QAMkse83DQiuPr59+5LtUIeHxHX7+V7dsliu63CuTn+taUqkXHXUk642s5RWS0jzroy4SalgRAhXeoFJVrU33oFYytu/Cp+AayiLpFv2TxXtxYgKL8MHWlSJWaQGMOi8+mqrL2Bbgcle4P7BznpaneuRv17DNbGi5kD4DDtDHf6/WEiquW1YEBOAYQ4Ff9TqZmEfW06igi16lyV/RN2Tx5wuqoLT5Ct9fj0v11aq5yYryertDcVtHEdJqr7EHnklU2mUsXI6pjMd87DPSV9lgqftdkPzneeFP1VP+gKXoQxfczbh2B8Iex16yJ7fx6tDRjA1ahiXFra8+2eVjQXGWmgodAbmXd2ODTrcgpbaEwp0T+vvyeYKNRNB/fJN52mKSiWt7CHgwuHy6MiLoYqPSYyg7CXT+DfMvsr6mi/RQMMxSsGYUPgKN4au0yaMPG136sE5vUTqru6RhkLgAWU801ldokwdry8H9kG4ZiAgxhzLblGxU7sivM0J7BgXhe1qYgy//FCq/tP6MD9+x4oTeMJr8jKwTVADxy+LdFITIi+3k6A4Mx2zVsVSbTPRooqNxvCQoz9MGqYSfAoO/sTx5x/iSypklm1SA9FRHFNcpIovCKZZKp8A01FnU90DktlBJb5C4idLIfonb+osL34CImOv4v4pylF5U5+LL9snO00Y5WhfMl58ZgaTF40ZVIogRpzC7s3eebM/iO1OjdE/labCc5rzzmsGcjDsdgvmS76dnFU90+B9JtFefIAPjy2x/nkmKur9li8baJmnMCorHiA4Ss5kJcOcyVM1kuHn31zRc/C0gyNZ1sohY5+cFm8vo331yyjxwlRAwBSKbeK3bi7UtlZpNzRFwA9/k3325yOTPQ7/cn9VYtNc+Dj36eklpoJr6y60SdM9pa93aSmWawiIiuwz8vQt9PkQQ+tgu9XlrPBqF3R5W+Keh64s3plu1BFyLv5Onyb+a63h40wHBgQ3E8umR5bDvZPbOxNB1jzII427kOt252qAEfG2JavO1PLhos3ibzRS/Uh7L3vjkUZkMcLB9CwUcCwLq2p68Y1KwMX9VAsvMJKIe0hSrU6+JrWDIR3fGeNrkOU7YOX0eRuEMAtYNyTgIaXP0lq9puYnKdbuJvOsk35wYND052qP/iptB7c61EDOubfNt0IVjZzar6N8z+DFoZqLWXQyKKsbebjxvCMBa9VFrHg3HWXRfjzI1DAWnNIfbx9X+UgAWE+6nx3XxvGly8nTM8PFDmhuZiob4HhR+tJ3FCZVs+bnDlKKppZh9JGEvvg5f9WPwV5W8Q8nE+LEoJ9U8rj6KNcW/wU8Vo/9u2VVGochq2ptZ7ddRJjX3eNMqq8U0fPo+l5SJXJ47SwbVA3b7bquUswcgh1pPfzvhNjkcwatWfumEvpohjAofGbtZMaXQDvwhg4gshhrw8jLKt8fYX3WRr6T+cqOUq9qt6c8SqWZ+MtgTKW+DWbAC6PHHC9YHUZil5vTI4Fn9yvqeiPtzXQCfHiuxOxMiZJ6IklCSrpQmtBhk23d7KQ5sCmv4YoEbHYLQCUFEs6sSIa1MA8/IvoqRERNbY4RK7zFn9Ziyst+0hyjkBxXS8A1mj/Fxp2VkEDQJDw3CIhUJZIvd6OLTb90uL6hwt2rkAvZVLaEF8J5Vb2nPg1Q496F+7WNQzJzgN15xAlClep+QLqg7i4L3rPoC5mWV5fqqZZZ6peQiVQ8hDdZ+vj2iW1z7kSEQd+PhVQ/nyAmWLhsgDKqmxJgGWfEya9dIc9vxaXJB/YetfChshFfxiStOVDjHR3IRzlW4zbagbctKQIIawkUYmVqqQ2TplYaOfpHKFAXbohRTiGCViMEzLbtlr32A/Pbc1v2muBJZJoxXp8rXw3tBeTjbPWAJZkKWmUVTjPVmFqjdpHh63Xsy/g+QZ0vfvX85MKZB4y0ubYyw5sy6ltyRSSfesFycKSUaSXo00pRhgiIJdr1AHKffkOnjlJmZv3W7U6qIVmFQ2e/imirn/PYvy/Irs95DeCd5qCP3xjyjaSHXGO5Uid0L7hif8yBzmLVOBYmklUPWZoZ4PVfhewCRGxbvPdA8sIjCelNoIHC4rsaKrHMiyuFifVjfixw0/pktO1SKkA0uiioKLJrKOvfc/j5pf/gyjm9WRf78oJ6rMI/YzJe7epBaghJI7cdQd8/borJxJfCeE2ejmTfjI5U30yPUCMy9+rmo3LtyaS7p8mu0FiK7fKY+fpOB2eEc9LG+LdmRHTxUip8LkGtDqukoRQD0yfmTyNpV7b8im6zOG6dk3LdtpPTCl6mO5Q105qj3147Rpx2uHh+Ray21d+SBDTxfiz9/y51qNFZl6c83axxSm+DAyCto8SCBaSytTlBrRvFRWxLBEBbamYLRb7Mwj7/7pyKlUJomU+x7ID+zzi3of3VPv/tb7t5TjeNvZf2dth9nLBJtmruvKJJPOhgJvq7Lp56F2WajhEypaqyTzGSvRMC73FDDv0pc7a/HnLeKRjJ3+1vX774/Il9q8j8sPqO2HwvDHaD9W6hUTnQ8CRU+75nobRXqqf1VJ5xbzcVUmriQsZD24ot7l9wsco9WFT4MrK5Vfj7Ol5wKepvXElRxc47vdSBQWtzsu3L3Lx1BFyh03iMqHqEJCAs6jI8zIeux2V4hfqfEvOvcCoUFMiESlo/Slt0oYqbU49FaCm807hpNdr3CgFC5/2EiEP8bnb93OU7Q/hLAP1kHhQ9xz8NP4W45uPsuj2ic+fHsA0HdF/lVv3BnZz1rPtRtvttCHo5vpzPRDlc1s90NC5l2Z+L0QT2Q+JnZlv9xK7mKfgVvJ7gpzc97TG5yYt6gNY+yopcTX5bHfx0MUK/c9wPsNWsA8An0BVQ6kxDgLmrewRxJv21eMP4/EXDDbkaJNTkgKQXllJKGXN60jzb3frfNJI2SjgYxFJGB8SUn/WqUlfbpd4HMgOxnkie1Pkxi1D2tWUKq5+zEuDfy2teBAz9kE7/uk2/pndRdJ7LV1A4qlP0/ZW3/SPpjcvmJ9pQcYetyKGZDp/q/u6CC1GUTtkdDyaKFiNE/6zLfhU4FTjPNRtzqVjI4yBdjC2O4r4YkerQ+e5uNnmQBZ7ZI3JV94Atf3Hz79eD7u6RDrAP7xRtgnxKzyw0IeLwAEazeJHPzS0R/BUTkMy6cqjIN9TRI65W0ZwKEKJlF5znQi2CUpEoheZkKgLX2zRMie55GOSoIsxSgZrpy+OX2WqxoFE7Pf/jqKSrdNJzZP5UGdlstLx9ieOMgo1k87M1X4iX8Qo9+R9v7ttUcv+EV5tc8BPqvA9yOpE5rq1QnuF/9qlY6qrD3X8xZbkWRp3eAwOsifAbBWLBkuWg2zd6GJH9uHTQjr/I5PCZ0TrXd8Zy6dJukjmaAmTtFjODbYpnftvml5ETRD5I4PW8Z2Ubbz4rJO/wRDxt6epzx9Ykl8Uf+VTEzijtrjnCx/nh/muC8N9OJAo65OanbutTmHtzMjM3qW6Aw+frS4EoXjVhdEHAoqPFT335vVkvrOkT/r/cxpgRgR13aQcQw5KlWQ0jRluxDq6gq+vCW+bQg0znkxT0ofcJ1wtt4vMlM0N5svIA3D6WX/jPI8PrCxmJIBRgVyVybaoO/rlGgeRaK90//ebu5z87iDRGFEckx4LmUZHSIEi/vXuWXtPmkKScpDQrGYtuCbKI5SGg4Eqc6FpjfNs+p1fMa78txSSgdD4/05vhj+ySunRmselI/nOL7j3r/fMcdqX+3fg1lPq6r+EgtlVVV1NS801aK6qfqCLSyrjquuwmfYgIZ8r79Zu6ntc0kfD+U4NufCBCMsMcEKM6yxgg32YYs17CCQZYtxh5+8wTjGUBpwIER3BAUrm/5PMSUGttb3Xxb7allfN8i99JRKp6NY6KgwWorPTn2WMGbRbp9mNPgjgoKZXn8v2p4Zv+nu0KJExz9bA/9r+1Fmtztd9Ujc8uLa6rN5VaEvwurxJJPX5wlPL6TPjufZJibacVdSEcAoOExcJ1ZsFhhDnRSnSc1oo5IUufpm5HbOUYRQ5l62esiH5NtBMbvfrzX0j/8PsLYoaDpufnG8jQnHViBq/XpOqaCQAyJzscdQCo9aPcY8InEBGVSgkv2OKnNpDVDysnvxmu+zMKnQBs95LfwzFTp2jFa48iyb1zLDuYsTmgc6HrBYU4Tl0CgXnF2ZkVoCqRWwWoNS5+CrDWh1AYFyw3Oit0/iQk9JeuyUQe/V7H3ng0qm9AmK8qfS4CAwdjoat/ZTUS1abNzY6lBUSSqhn0KQVPelr/TZsMB9CVRx1LdpU7oXLYKRkGm7HvqgtouT1u/5LyhE/05KL9xyJMUbKSnfyOC9inl/YfKk6M5QGJ/elgCJgf7wXsLeE6odun7t4GdjNmM1ofpqhx5FcB3rxcVE7XAqGbVq5Z8myo+fevUcqcz5sP9oALWVO4upHZ0qSF+9WqhfdoL/h0M3Nk8RTxA7Gp5Tm/knOTj1Q8XmVClWiaV7iGTpjQ/eQo/Iws6NVryFTBVHBH9tzp0MSN/DppLTHMUlhY2dkMpcxSDjSMeW3lEP+tPLyF3y2C6SDohhY9VJDUm2FUr2BG85UUVQCvMD/SBS/bAoLC1ePuNwuhzWoQJAKSKl1UlvrdsVEtX3IY2sxMQ+wP0SOkvXha/YJJ8QBAHKTAZW7tJXWZMkW5xh8s9KwXBPMbISfPXZiJicKCusVo8iPRrxUV6DK8t0CLkMaeeBKSeRQkE6DKV9Td0uE8Di5nrfLjIHrY5zgtqCkR0h5T6AYTl5mR+zEuxy/bIUffm7Enj9W3nE1xgdybUO6+gH8UmpXZVfh8N5x5y97j7IE2nbVF6m8GrXb/vKE9a0SMgn4gPClXLpmir2KuyK8D6YUigsbUjWcQIkQaQiOLdmQL3jtx780GO8dX3roX7r/iOXO4op2CuWK/zVTa2Q6qWS82G8UO1CfDGELjIkg1VbULUuVOdhWwcTlFhLtI3zaFjHuscHVolcuPpngaRuof5Z0O1C/c+CSc8tSi1UuctqzPhUeHDLJMi0iT6pSzXfBi8/k2OZz6Mco/aV+KwTL9IhqQ4ZwXJCjSKAbeeWP9snkDDKum1jFO0cseYxUKorp9FkWjW1LrOLWSOaj+2fT0wQu5i95QYYNOb+3cbOm+pHlTPRuJZ2bCyhtRdxfLs6EaBu2QXvyqsynbrIW40sryr21YB1m87O1vdBlEFG9FFfNip0dv9kH7WNgT0z8XPJKAwJHNIQNdZotrxUrhtwrf6Erotva3IAU8Nu+96+BRGpmF8ZprS43+S378OrKUjiH+XBPAsl56oc9ifVtuPMfNN04/HpDW4iTRmSP28s2DqPTe3J36gIqaqW8IzDbtqoRD9VRMtVhCYVM8owU2iEaVehPd4iLWgPYIeYRJatVdMDwtJipUVeynFH+CmOOWydo2yDoRdlauH+VYzk+1yq06LhU5c3XrgQRkd9pLMd7R+LjCyxAceYrm6QB1/t77gMmDmU3fWnIYDGqmIcx40TRPB+9pD6LcY8gDxLykf7bIg8BfBRBNtb9MZ+5UR12eDO6MOajY9nVUT8Z+OMgJ2PGfLMYJYj00P/zPF+2PsV3/TPbFn7kIY6/i1U7XyCn75r6xsEqAM8A2C768NN7SY2PS58glfV0xCxO6+LLusWg69aJeQG0jjPErybD84Cn7YJE3Hz+YoagHaTuSERYLTdtYLvr6cKcMQRoeLSDjMfQjZy7AVWNIZ1ZBtXBuihPm7zJScB3fk+lmRX5sSZdjidz0jRE4sbEcU9uEP1zdbaCLMfDAMEMNHXkS1sMKDR6pDeI4Sbeay5Ezg1JO4ayW1qTllZ5eDGCOAHPYF59/AEPfjnzeciUlPPbNnW++v7L2OF7x36Ps3p3M50dRkAtQlLfbdmMMKS8qIiWQuYRzLdpb0fNB41bLGz2cM2siVvAOXiYC3CYeikozwUbEPVPifA8/D3ivE82hjq5/ELpBCziDcaQjJJilVsHq7GWUNWbeqrq2HvLU7Xcb+6nHYjwL90qT/WnDxL46csYk7tVkE3Duf7HJ04fOrTZ1afWl1ZTa+HT6/u21hIJ3lJ0KawsEQ1LB+q7zcAGs/PdPertMAPMu5aXwOtuurUP0lTghslqsXtKfeZ1TLlZNkLnSjsXkxfWOaH/0l/yOFQ5gflsDxfVtbzRG4OYrE4rRdAuCv4HKVRCNfsysPc0D3sj+IedzUA0y0HTvZN7V6+Z0vDtbFQHmExaXkmBYZaA/YJysxKfWRCxjWydCzzx3AipFuNbHYZvZH857ZcWEfwHt5flEumdLaJYvoLigKOi08zbKNpCrqxorVGbqMHbn8+7Y+2vFo+r3y2RErWAx0M1X33dE1iPSSkmSghC3ZtjyroHp71eppin1ksDu+NtTG9Atur4JFgd8P5LhdhmdzdUdMqn9bJyydeUOZhp2T3dCA+1l7oqzb/yRd7XLsI6GWApUFNCwFpYUrEHPZjk3Rs4wixw2uIs+udvam8KDobSiu5CW/7n/OP8PVNjAu+fbxKdsE3XFCH2Tj4FWDg2n5TxNWlo99vdA4YrUNngb6yLknlXGpHBd0vTn8eTuQdTr+7dZJt2WNgfl+bgh5uoTBDINrqFTGYHne5MTkRtCFODQRnY+kiQ5BMIMviYR3/ZGb23oPUCxMrToOmy9Tougxnc7MEXZdrgiK8avImuCxk7IN/oRB2FWQ0OBnX88wwCQjhV8MWUd9kHOaie99QCaKVbQI2V8Vr98125I9D7bS/6JidKX37qEbRFXZ9s7oZDdiyIvU7ZsVoJ9cYVa88lplxnP7BA5cOKLjwJBD4usE+s7vYiJ1bVC9BUQc4IKKNI+9lmtgmGcw37rOOpVNZFsjyjHXkNd3R6Al9L5XPl/OfQ6KRAjmK7mXSfLppR4BPH9oR//hnph8opSNfPmlkFdrlUzSUKs5c25ASUrhqk5kzcH6bCqmlctZScamD46s8jW9mq1/RGnYFy703mrpB/XH8/NGHm92sehaCoNTjs1jgO7oeslOtNEIOgyYokiNoSKlIOAcGpTSzW76jd2vG72C563ZPhrk4Ip7TmLDPmCq9IyMHgZo4+yyTDzhJ0kmJMCFJit11ROEE5PoxzXaATSFE4GLrQCTk++h2Fn8jaSX2VZxjJEPhFFUp4B1v/7QngEzvmF+4RpOe01xgb2IJOcvCdFluq/MNtcgVM75i0xTcj8sy31e2BVJfMwvinkAB1PLpi42KuvdEd+BBkAe+VAzLVs7tOz8q9HjcQqCrlytQV8ibePdHKaxMCfruuRsFUznTncyanTtNCowOTGB1dODxDzbrb8cw4SRt6L4Rdoh6AWB6WTeGwhTSgKw1CRpYz6hnCVemRq9cVCalbZE0uYUWdTKfZDKidX7p9pA/II9/qnEcY+GY1fn10QceWjvyWgjcr2zhtOiix1b4JqTOuMAluiQWJmNZLyTJy7nUh4cJauMWZQvooa95Z/rbYAvuwpgoVzpRorDoibhhXAbu/qvTmRPwm4RKpcsfnp3FluEl+Cr2+F9k8SL6Yn82daJZSMj5cLWbrTesKu9q7pN4Ut9TuRS8q6n0gbS1EbVUGD2RHuFJAJglx6GeO7AJWFULVR6JYbvlXDkfabT4ouxJC9RF/kADoG2nh9l99N6T/M6aS12GWJt/yiRzVEB1uuLb35kF0jS6ppNDtj72j22bz2gbwwjSP09EclaudNDzvMbTRzRTuJoOFXipVRkcxQ3RO5nhsHfS0BKB4HpaT5mp18mbNhfkTrVkdduEWDPSCmmeEwsgJxtvPuZSaWWjKasy1yr/yFt0L2jkrCqbrWWSJAa2d7AC/dBquPDIPVbqk36skaJCTM9r3hrbB83NgaEWQ0mD4z3URJIsyY/Bt7S0AAsw34BVdsvOeImKJ9KdVO21ekP2XP/xIzCYM6p4bK3LOtv+gn24HEZW4CiC/TWDVlf+5nbKrpG8yOidHSM2NMOH2qMjd3EOwzqsVY/uHOdBApJOCNGib9u/PBEh3bV5rPXGLaX3e4LWW9wPfB4Sdmo02BNrzAjL3jD9RDYwt41S8uCvfNc9uRENZhgO3/xGSts6e2bCefXF5tVi++GEoyj+7JZ3UMIk4LsaoGYkKuNSC8Bm1bzeCUdwd/WVYALpKP2fu7TpAnf93sdaDuy1ez/svGbRkNJMgG1lNVRB3fUNTaChw0RwoVTjMFFSt7eVv9j0dz2w4MRzZglWRPf22Utq1ChP7PSkwNSUcMrZc/3pYEles2Z8VAiFsAW/0gW8PilQJDTJprjBxsk21GpH1EQXhnixY78CejujmZyKSfU+WhHdXvUeof0pasOJeFpFyNymJ861U4Ulko49gmjjmcT+6XOqRY2vP1cXPX47FgoTDcPFmKuIk8XJ8yb9EC8CvT+3tcHgh5ElqMc8H81vy7TGh8cOFW7o0SNdva3iWRo6IYi23MoTOsp4k0XXpdP0zRRGkArlcykbJArkQtTkZsAlRAAS+gy5s51cKaHiS9suAEbmR8wHxNEX0dGjTlzbAQHHkiVEK4U4HcsVSAqxESV6xcF3NKlRNEI1FfnAi9Az/eg5jO7C9MKK5ifDMEEPkbPnJHLZq8gtnfq0eEPzcJhFKcjaa8JggIz0KPGe7AEK0eKFF5O7e/LaStgJigC9odrhEEr5NK8VTZKktFcbd/+BimuyU8KD6ffOAxc/SBhr/XVEIMa0bcnKxubqFJV7/fjD9UHQ4iw9agVKz+7NNwFrWssapKXi3Ro/ALoeQT07RA1H5y5zvnJialslrS08M/Ao4rFnA7Zm+nfYsvt9+m9K0n7cKeRwqdOTMzmlFdJT8NHr9Ali4AOJtQULlk8q4qxj0DTFpLtn3FIetytoadaPpxXeiQ0Ev51K0Q+Q8M63qSgqaWwirIGRuchhQjsQFHgtVzXlU6ZN9nWl6wkmBTAV+KgEi8kgn0gKvYS+AGkLnPwxAEES9aSiaCz2r6cixB32e4Y4dyCh5q6ouRgeahJUUpMkBGlr3AXzyB/AjEt1ftSX5eMbZHroYaXjUqcaEKUtrjzn1uxelq8liiw+kEpy0YSz5AMO7Q5/IN9Q/jGo4aoT5JUvfIlvpmBpg5tJsBHUy3aKWZVklfXRs5CMnr+/lot4ZD0ITo/iOYFN9+IC+b0Rpa9E8eJJxwqdBksxxDdyk4GUDjpIMO9x5q8Mcv180WMgMIik3T94IlJwlF8wdk6xEGJ2k4/EJSBxicuBFRy5UmI/Vl6Hwfyi9D0yKBkg3Ce3mnjklO0a2onUT9TZmxEWqjZTkj6pX4oEQDNZRTZd8p2sdpv6qdQl1uCR2IpipSIguwqz/FKXfguiod2DsiF40R66+gOUQP67AU8bdDueOPzhowBW39nx8x5jo27Lz6UBSYvseILZAz+L/hhZtJ9dzO4hMv9tfYcoJM2AZxtM4dGddXzksR3kR9GU+BP2q6iIJxO6jRqftF/T+IpwuRZ+RsO/9bdSVTYBNcTAJJkbV6xxxfoWf830TtI7ISS2WUV+Jah4ubvxkvoftyTfcZ5NKVaJKeukOOgRK1as+TViN8tXR1LONFJyiiBnjxPUUr3yEYtkcYhvfYkvNoih6Z+z7ljyJkUlNx/j7tJ5PHKRf102pI6D45jFw+7QRKaap9WzfxMi9KcprpsmPJZ9/3j0QR76gH0WEHWXK5vh8Bua6yGaXGsuWsCtEYF5MC6evzsF4w7cepB2CbBAnb6tD27baZKBJrHk8MGkZqebUn1/J5AveOWvQZ40s/RMqY5Z824n6Ufi3DX6JsKJYxN+Q5TCSRZ0UxJg1HGX7FpVAu03YapXbR5FT17CJSnFaXOs85yJtf+MxQuexvFaP9u4p18RzkQT3bezkCioSq82ZNGtHWfFffq9Wb8J4XPAR80sXt6P7Ievfpiuz1nitTladrEXKE9oP9kDKJWodMEnZXUmFbQlFda69txxV+iP7L0u1q+ge7L2J3nb87R19BMqTzbewXyb8Q6ct9E7KNT/DvfVdwgDgK1nDyKnKqHebGUGfuVFM2rjbAwAHodKqYiHjnO3HFYCgyNwV4lSdZeCHF/aivVunHZBYzTjsf2KxaKzYjmKMEtrtI01hGIqB4XYNKp8Wdz41Zj2xsEo0l/ZUK+4VaVVgcG84la4KuhfwDEN1pqzRBq4HzWeJs3AKku3T1mxXOX9C8ur1WfcXVQ06pPuY/+1a2ce0uR8+/jCNHl5Nqmun17P7laPv3ynw/aAq7BfGlFBENFV5umfvuHp+RdCcrfplxHTin6+1CpGo0eYrwQZC4tEO7bEpP5L8fA99f8uz4sisvoeu3v2vJzsnRPBvLYsP/zP5QV/2VGzcBFflveI/vZZLj4bx/dD10lfWSy65Z/gTjLxR/nD4lR9hbu3PKKKjLm8/pPgdEocf76JNrIfEB25BS1md98pVt70zxdBo7zR2xtyBUx2sbDVgIsnuxSBh0LDDGV33Fw8msfVyw5pEa3Og5QufKp8pq2/wzTKOZULjVOTxF6LsrZZZWxTFZh4VFzlnp+yRlnZiSR2j2Tyfn+omGtKs7DUlPmufrTpeYfytc7x6pOgXQ1z1n3co305fzaNEreZ1LD63PZ7wmgzxGLurlQ2DeAL5KR/6Sk2q6Iyk52qzGbYS3yzp3tQPi6G9saAW3TJbZ4CWO5zE84K6SjNJhxlrtI6cVKEO7kjUC1ApYErp1KtA+M/9K9NsQLT3d5pXTdr09faC9rBbpsKHBz3e3JigHflWYJy8WyfvFB0bFSzJyBWkMAIQ3oruqaQpsvjoFwiYu49Rj2mxFBC78RONG3SE4wZESYQm5JgXcKItnAlcfD8x89bGqpJ9M2awHAoeYYpshQsBnZePR6HDYtvbfEeQhqF4B/s9dB5lgT3TuLxTHc9sQ/e2Rj5y8pfgPBT9RQ4VHJm2MelPbdwhsH6oA6ShfNF69CVlFf04Kc2Pfx8zyV3wrpQWDh3BeZhgVZPZCVL+dxxopnGpn8txWzaZBby3Kb+OQcFjNrbh/RxnrsUiVDKWlBU2fyltjqryjyfE+XDM7mbQWo+x007vTMj3b7c5BCaIeZI8a3qih8pr0jJhYurWwrtHecuYA/a9ciLvvXthg1OaTOXY6n/TEVmvaZ4EkVWpEt62PYQuHL0odzIvpQ5NydWfGRAt7h3LjMewhLDCrX8R81ClRJ4SxGhLY279q9oEe/LUp1cjBY+uJ1oFtaP+rc4iRtzMXy68mIUFabWGp+jNMUQQjiYwSe1f7GnfoOk95Bhi0CCbQe7x/erDE//gYLYiybMgTZtXT9+0lamkYwL/Yi1ucT+GzpJynxbQy0udtS1yKU7oyN6g9gRIskGF7EPxQyoNhbz/yTU+pA6W6fNKy4vqfz4RXosXig/DyYXWJxZk/OSlp4LeON712IifIO7CkMR6mh8Z9Puv8AckD4H8ebNu8fUgwpKkp0TVDXGJoLY8iGcXBwaxwjmK2jlGY7jsSd78NAbB6419lilF3GiXxFOVb4aoAWU0sH1pK18LYRNrqmc2EGah6SjOtuEoAn7WEclMT8OKwTcT7YhIh/JQ6cnpHLXhk5+Y1tAZtpDihdX2X3Qs6VGa9eXIg1oRFCHfNypJGT69L7imfS6W6BdOKQoYJjEiUsSzfbkJmJForBjmTl7yVhmscAtOlUGHp46ayxhAY6qEQlq37fWqyzaeujH/IXZih9b3MDUIa1Mtthh5RX8pyJjdIxrlWKr95F4umDfPLo03x0OI94ly+EvsKWNwDJGQpyWb6Y7qpwxYofAefLiMduy7AjKdpxuIKhFYK6eT0YkNVUXDwZcnrTZUaKhWy8fY4P7/Gb5+8bpXH4UEiw24uo7JtiFP6Ktk37R91DouXATb4yMPdhL87WP+3fqszchGHVZq6dD+2iu6keZBoZlELbyY88z5P2TqLn+puikAeTTFUg4F49nmnVxeFZljqC+iwQq0aOBOMswmd3mS3u3OQ1uSFbcv36lI9nnDYB0d8SbVw182x2wXvIUKxe60EGBC/XSDyYPL6Tl2CrDNCDCbOwAj+zrgeMk7dvUqZwluMDMQ68kAV3YUwi5fPR9onmNRmmnLRBjf3KC/MsBs/kuM15z5UhZ2WYnHv+/tGK1QHmosmy5JRKoQNx2u1k8LQdHAXxH3ae1XSx5szU8104+vJWlq1S5rm9LEl6ulItKsvU+PU22WIcpvOBh+5g7+LaiSmf+/uuWzAwhUpaZ/3bf81HeeB1Ojkt8ipy9r3XX9Fl12zzY3g8mWoWCipYiThinEBQ5X4rjeO8VgQCRvfNkvjK17939/hs/zNd3vjqugoksssdsn2NfR9P5hlQqUvLVO5WxszNLbSCSMPxmBUci7J16I/v5a8L4yrKH81sViRIJ3BLZZddUXxG+/j1Jn1j2n10T7+wW82G6BZtPemnUIsWaOVrxyqygIpwYLnuG8mqrsZPERZqeQ4DmWkbfVNe6AM1FvZR2OCKz0yQPqyta6Yh9FjuCnDnFMIZq6eMAKz7j2f0T+PNCSf0kdkzziemLSfI0JZC90mTI8QQk49fIsfiCsrk7dOn0iHWgwVTHYJp+Qu5O1QRBU7a7S5gF3pxI6aJRLxriM6pzaMBcEzowcll/WaPpK70jtErLB93LvfIAuuaP9KHyUEgYH14s/VpDEt9kr0kX7/7GnXM1fYO6+4cpqV02VprY5Z/94zdxBp1v/+p+txZSuguKZWrAiZwi4eBwihWxB0mZ3I3ch3txhZMRD4bS20ipawnbQ9+zczL9Iy6oFt3+XErLZn6AtzNXqRuaflu0tgeSTDASMnBYDrkZ5kRq0jZGnhGGh/0t99wKVTuq7xozILgYrUAmRHgULwSmDKF9fWggeIjbh++jlMvfnx5oPsXWptGoe5G+Uqlv3jOncFiEeccBDtFHXDFr3457g8NDUO/ybdYeW6GahRzF717PnmJZGDHL22mWNahzYJHFhBjn+M9f9XMmeUzvxPwSz3R9In+OgPsnxXWEadgHjt9bru1+xN/K0J0F+32Xci4LWZ2ics1sbcKa4lihqqITNGn98wfEj8buKE9QRFyv25tBLjJMPf/Blied4YgNpDqcn7nJyVt8KFvmba69kNBzGicy+vHuNjPbfX+cFSvqz+ocRoHMyHXn4Tr2jtrn4joM/HrypEJ7ffr2rCN/elftPK0H1e2LvlC/T99H6SwGvYrhJlO7FS/gYzugFm4oZG8uxO3q+VAZbih01CHk+Ev5GAkr0uGgS/VZALE7y/gHxL3sWNa+TUlwSvzdZMPDJP9PtzHhrobP7pQ/BFEY/VWqKy1eQYkuPCYGLhNwX7EzO6+agMxQdhPKrkGf1YmXZ4ueZBmTpk/osCw5cfGiB5ol930mfNYmKk4wegJjSadFsZJTF2f7sO59YJZ4npqSlgpvVah18QFiwV/p8PJuyBY9gIhYjMz+SvP9lFiVYHk52P27Q1AoeTiZqHrcOavmlSXsO8lKvw7SeeXn5S+1pM+uD9XzOQTot8zf9DEHd0624zActhAHpVbPSAq46DtWA6okzC57OvZxePaGrurAL6PiUNIMz9DHb2vc4RWJ+11Fvj7KauTfUysaFPjyu/jxvkIlFZZre+Eqi2YJOcReJhJcM5kh+eGfF08moUI8P9PdZ5fsAeWzvdNRg6wXS4NTP08dW2/rwsiHqsa3Gp+uRqksqA2TZNzVUC1AAZX/OZfzVTWdr4p2UGlCPRPtYDt2GzM5abUUI8LCrhRH3bJvWfaASboBPGyhDaqxa8jL1d1qe7T/yawTgjDDwmvZ11JuObPcWokNGneSwspxBpJPyPObUeOL6XCG+u688NEKfG7rgx6l89u9tCKxycYelu8vRZa8fZmsHNcysIv9MpDtA1drrZ/AzuWMya9H9NliHnZ//46AJXxDbWN2FymG7P7+oMJFMEiO7C711i+eeUYEuklngZ2Oj+rDHs+E1vvv+y3DnW8cDVtgCxvlicEK+svgA12MscCFGKjR5BeElbgPS8P+UUw+k9PP5Owz/sOUgf1UHC/xGXf8ln+Z4pNBAdk4a/1Ezk6XohTXf8YTk815hyJ83Te+JgVJi+q5WRYdCEAMcL6Ve0pIZEiJlKezgrw34FzX/RYlsu7xTMxD9pSa/ioXJ0zPzjlCcBN/wYhLOl2lhSv1VSVc0qoGvm2NlHeVVo7xfqT0wPwLpYqhQDs/Wzqzi7RmeRc6N+ZmPpIkyTmCoK6WClKE8kP80hUpDihyEWfM5TD69/xiIHAZkPYfFXBh/6QsPTLguRSf9bqlZQxUXQ9dttQbB+TF94UyJyE3jLQoG8jZ5iUffX6Enm9eT1msLCc2/9tkmqIERtj//DnA/DVWvdByZ+94FTVPNX6txsKoY9z1zZuVj5WtGvaWfn2U+oEGluvHWJ04Exd0rLezzoOU3bInpdqXV9o+N+dfb1fWjpc/fM8v2luodCzwzUJ1V3L7aVEDhLPUtJzqdKktVUtOTn05kdKyMG7fMaYerpqq+MGyVC1UhfLXL4TkdiYxLU3WmQMWcfeQLE4Mkfm3KlKkMyk1cJqVdMb3IIDQh/HH3qtWH55vhBmM+P+nvyIdOi0nEo1oh8g2WHjgcdoK6OZvfbgPQOEm7riIBwDcMA6L6Ug4mkLMGtYvokPetBIHM6j/v79PQg67y3Nu/E3rqvhzzHBFKt6oKVPgc1pUfq4ch6Nq92Uxh6yw41idBA5jZxLucHUO/sxFpJ3Capk0GBm+6V5BrrSZrvdb0WhrKk1018Ve+KkJHwd1sbXIm+EauVu0DeGY/u9oja6t00NmNs+Lf5aGY2Ph0gYi2xd2r7zfq+7cYja2G2XWnme0tXELuAMH9EU9SRBjikfxvwV/BWf3QjUyz+F7tKHu/Q5EQCay1uMxvP+TB2aompWDJGI72S8zNmUBht4KB8y4zmnyJZZVOvT1E7y7Q59XLR9ZJXXJFUJJelagymNB14s5e7PGkm9ERlu//WachveomSTJMAXIQTgIx4CDJTGNQ9MY1mxI7op8ymKZ1kfurFZiqXpWLz/HQhWLK4x9ScqTYjuvPg4NiFkMdqA8DMmvjbMK3LZTQ2eyorCFmq8cTyYTPFd/AqzPsXBe5mRWFTXqm717PElH9sLjR9rf7x5Rky++i3Z8TvKKMcbcZCE/NaeK1Y80nv15NGEVZkpC2VGF2Oq33RtS4viECelf8Q3GAlf0w/C1WsK1LkosUcC883tglGFm1++lbXizt61DWu8zjTuzmDVBJfShkwofcCnOYJdqZyMBmQCaB2R4lnhODKkTC43n4TZ/PaPZE7BrtAcmXv55DhZJ9gQYm1hfcjJbhcGwXQFAXAHm9S7kBLXhbpY1aXpj5dJLS1f1Rn3dkRdVl1szOBM2W3gAkFjOOuNgq2WGdYBRj3InH8jP+0W6ypxN3vbBywhvQGPOYFbUwTtwr1dvCuMD/r7t9gDZRPewcV/Y5tH89KuBV+TyCg0RZoF+l6qH41dsD1iwXicT0dlc7D/uH/yBvhSrCUEDn+uwbXdse1dPYhnREePvl2ut870k6ab1PWxcznyJG8ysoQqiUlzwc5gTJNiGyTgLdLC1uIwjHHIRoAJtxx3fT2GdSltLuze0v6ubcLsf42ubuBxXEQmsJsKELRp6emAZ4IiZ2GxvnbtT/zKt4mIImpGNK/sW97yBrbkSV9Icrbo7FCNWEdwS2ln+XCfdgWAaGS7gbAIfYjUBEXWVOAsbsCwAYWCn54IM4eCwiml+YQc7VBzD2Az2ij1oUuMXJr7tbd7Vm5wuPPT1BtBZbtz96e+r7L7Si71aNmMU56SB7ZiKxSVAmvQvzCJYEzAuu05Aw2vtrqPGV8mMUdl9DqP6RYM/TMxWJ+ongmPOAcV0prWG/0ddjZfXhl4KmcOw/+/O/w370d0QKUdjo9zO91mpjufaoO4jyMYKnKBusBVTZmh/BPt7zf0dp3EJF7ACGT/wxim88ESwuSRPeGO8J0Ffh+2tD7rh5Y0F8rtwRbTq1l4IRUZ/spoZZHBFoZq9K5WsnZxX1xXAtAFCvCXg0ZWgzTE5ZvV6xqoHP+ehC23iPUq/6CIzcQ3Nt/7vaU5h5kS12339I5aT/0/PJPCPZw/Rv+rxefDlunwJTHi2L0PJ0PmTV2EuFbHcnubxq2DM/hAK07eDglLkHIVslgjMwLjaxeM/b7F4fOtHsd0Pc67hAEuJ0gVGPPIMTJSQa1acVzDSoAL/b48+4RomP1+NTD/tWvJsGWD3CeOPlZx0xVUjarTn6r2Lmf/9gYiT+aHeO5uFEs40FCmusj6w0ARM5FkiJEUoBYjfEQEVS2pHmDPEk5pFpPBQygDJtTNQ8rUqv3XSW4T8NKPQ73Z6RV6tjCBgbWb9ZgnRgEl6l941aa/YdUOkeFzgtQkTfQ/VQ/8ZO1UPI+fQDFkd2sYgvElEC0jhKZrBGaFeNkNHNDgzpFtSFcgfWiF6pg1KAvFIdjRfGxtX1lFrSW9nV0qgww4IHov12M7aCikcqPaQ+y6uphkANyfaBqFXgRwKGVJljsAU+Bmh9iA13lshgbKfOzqpPaPFcs5wiwUEQJsqCM6W3jpnQvsQGRqNKlBsKz3n2YjAzZ2wvrm73ECKZgYIGjo6D210qiE9hIwzfBg30oReTZKoFc7PhLHX+sJ+0Tk4VRv9FzClEu1fr3URbgC0suagRvSG4Gxo6WDLaB290tcIgU3QIIVRzxUp9SbMYiByoy0ugsIVqPAZSTAwF2fQd0PTA+pPsA4m2XfRr7loUdQ63yrwYobF/nDmTXNe0OvYR/clBFg8abNFNAytmDmqyTMTz/2VuAaEOY4zXQ5s2phkUf2jFwgZlLMUfp/hVKiu869T85n2dhSwXclpX+Lu3G6b8AM3OY2HyUNDNCz31HKT34brNKuqSR0ISkM5p0U1WoZcky3Yor/DEQVBox4scOZEoRRir0g7iEDlaNSt4YeEVwcKOsEz9WXQbiniMFI3eRvsJ9AMIs+zsrcSAxnk6sB/0pZTSX4jEE6KVkSTy3pHCRPDvwdYfx27Xo4pEuaaUp/z7OZqMdb3TgVPLPiKbBAs4BuIw34cH8Q6ZPL0iBqBc8pxT2OrafpkSK2yFPYXF5DTAS8TRRq2GO5ftG4IpEH1EBch5JZ8KZuABTHB/QXEBXB0TI+Eq8NAN51jNwahWWNfNCCmB8BGG4bAhwSuBHc1KlAag0LLEqQIXrKOQrmM32W5IK1R6TmIrjP89URXApj0iE7MPFKBVkDUAHm7QFMKYC4IUZy6FSwCAVug+x7ibLj+zCeNcTjOWVGIHLFc2EYav81Ya+h+4ePyVijiImNTBURvDf0gfrwExThxFDm87Xha4VTyZDYyA/2XlA6j3HsT1qHfmVPBHmvzUz+o3j1CDhsNpIhkMVLUfBpGUdqLUvACG7edKlPuSeq+pegG12w2hbXcNVruGrLOaLgrd8KNuHAVVlfSvh72jPrrbAMb40acHiqhtBhb51wibFUtmB7VGxGK3sQziwgCz7BDyCshWxZGF3HgQAa2am1SMnhmqrYWzBPzQLgwekAjlKN6GnjEQgWVin6NCccR2AXP6WLGyl4KZLBzrRH6Zp3lXkrUwMjxDJdY22EG0YxKHYcn+kycI0soZrocONAFIL+VifD9bprRCrA6O1gAxrj5S9JKC3UJqoYURY27veRp9gRAPVkISGPjf1ZksH1Rx3crZ4ZH3m70ysIyoRXxoZ7cBeKsb0q9P4US8XOqcf8icnfFl5GCULqPwic7VyL3O8/pYMHK8vUH61tUP/OqEjmzWLWl/iXmunW1h0d1Jlbxvv7yd/cM9tsC94FnxaTyn5a/oSH3iutksZHxNac649Ij9UKU3rkMEBJ9zQ0xJKPPLUrdTOrn21rj8banpu/jQawti5MYIE2xKwM4uypddTYgEgp2jg++rwOkQOFdPHP6lTRSU/+21sikIPqri/LH1Bfb5bNU5PEAjVSos3rSSPlwNkN+H8YGfJXSrMshMm5aG339jmvTd+yVBkXX73ue6MlT4vpJrGYltTo2bHf9DiqvIC/QUmcDJFgaaBfVNtfuqKJc4GVGb3ZZ30gJEYO2y2n9PdQZsn3P5010jSxBlXzBYCTH9GPpO5Yco+lNsW63pgq2L0pmvFEcIiz/rjtKuCFH4L60Lj0TzuMcqVkmMIEdHVSIGGujMLTzDooDDDKS7THUlKjObG1nWAuFapNuyK9frEsGnrcWOIvtgyfoJL/X1yNPy36SmQiIpkSHYf+7dLi98AGNhytfBkg13/K0QNUeSEkwWBrIxNQE/kvRzZnqf6VGbMU3Zq/VTcbpc6MsvLAO8rGtqd+g2RcfLmqLYGNABHoLUc+sa7tWQb8VqgG2ii5iQmXC8udBxqFGEW8+wevApug6xO9AinxanNmMnRuwiFJYjf6lBsUMlOYiWUw0LhL4Qx2DjH65gYFzNkeRZV72gej1mJP0CrYCTLX0R91RW0rurNpwZaemPcPQYfJct613/LgXKdMz7rjEaCJRJ0UxGz6ELKImWHJEKApM6tGCyDyjKzfZyKI7zYKZDuqMEhj2Ec8TNtJWxJhH4k39AnJ5XVtI/t4NjDBIEXlRypVNGCYbdA0oAK5Wl0F41rWrnqnJMo8+gQemQ18rJ1IBZ0Q1Je1vRYgHdZIpxkmD8SnnlxuLs3F8JhBt+yLbZFFPsaMgfUykr6t0UtNOZNpuZxJzbaKl7t1pBZu8B40v9TXi5xTYgJyxCqAUfGiljmiEppQUkRqXY11ckxIVJE4BeJEp6ufpi52LlK/kAYYCp7G/fZOIWjz1ZQN2Nhx+ro6jWTMp745kVl6kS2EIJBYWrC0wt09f6x2FeVCuAOEct4XT0IvZq89YT+8l6n2xs5j6NLxabHwHCf4ZwZYi9fAYQWbgWokvBk3QqNW3akTjALSNqcRjtS/r703PpD46lLEgOO1T/vCpnZLEQQby4mWSyKudGqeTkqy7FpC43nIoQwCRyDJaaPUSXj4XJMbqV9pPJyHxv/nqtlaaE/8HgYJxkz3g3cledm+Zu/O2yAN83Qn84dtmfu84Wpnqd8gDfXdwIkkIC+zSWX9IjNreq4wVGpMWWnb0bDEaeNWeskS+6+03FjtvVadpAJWymWgCVKRvLObvq3KmDi59m2Yz66/6bHXKLFf51bdrmdJV6P6qSmXE0o3TRGFwLIgRbWPgjYkNEBo0iPV1Zd36Vgtg/Y7cHObZGoTrU5XbOnl8vIOHvpfkVzOw22m+u9JaN2KPz9uvryuHU3lAgiRjpDO3XQollDzQwhRq1fMbarOzsBXGzlJkVBT6n5BKemjnUCZSotvHN0lgAsSGhDmIpDfx18+IVUEPJ+3f7YKmdaA64v223UMUWxYVyrp8mlJoQiyVyAXFgMvTmK7kVjmmo9ywnAtvTsPmYgEj+Pc1DhMJRPM5vN8c+rTyrG/Iftj2mP1VPPA8oqSL2qZ9UbAjwqE8TEmVrFIpeKeNgYjOQJdAm8hny1b1NHmgKQXVUY00FojSMNOxB06fYTTabAlwSPgC9kT56sViPt+w3vuLnOkQEXTaiJazU/ZiGe8sDC9hNx2EaF9nM/EiIGf5MvEIw7uBB6jyLqk6tQu9xfXD2uEDhKG98c73D6lCaZ2o4vvC7MrJimpibsEi90iU2jCJ9gOcO8uCFA/lVIvW6RK6d/GykS44WW0HEOEBe+9wk1N0GvBY8H3TEGzMB6YL+o/Tysx1NVTWNgzHsXvO+tvclFSf0iBIz33UQlDdG12UnPPJ5GZnL7Zr8XDxUlI244ylHxW/eNkEw3cRd5BOQd8+2ZZaT4arDJKwiSwAVM/dr4KsbW+QxV62PhLxQrbWyl2bPgTJ3UBH9ijCwD1xPieENIQXpmChms144xknIGP2GtHz2jpjUntrDKmMhL0jyCOGpxPooAgdtOOz+wiiaWSp3GX9yKsLFb4ykAh3iXK+ajw4/bACzX1LYADYr/OsFfyIEe/GPQuvW+gUNoL4IxihYTAsn6za5PCTSaUICO07PnQSWygwxhkNVLvv9Qz8VndBwFZwaupagIVe60Ab0aEDkFVtJ3CaI2oiWYTlDuHenkIV4BsWdmxnUQVfyfQWIEDNPkZ5Op+vcAaQJacWmGbZxmKn+5quI9eHbY6qZPxp6CczaEyNKoLH+FxY85l2P8XBpplGfWSL5S7kAACc52xAm89twYG6msY79jN1zolT3voImvh562ZoFJPoRwSzbMmURx9rKL4fRe0Q7ghNcNBYo9sjF62UsrglBT3uG3K/sPrHoLd2WiGF5aG9O2oSvBCVHHN2usmJt3Pcl9mW9+HirPseV90l2TiBoTGqSz3Vgu0ZWN4cLV8hxMViyClqINtgD6wf3a0AckyjaOi4/2BFL7dSGvj2OWF0dIyjqxeTvZo9gB1eNYIqZlrGcBkliCEoCtNp79fbUwrQmlcgRmVWD/s+kMsJrpEVeUMZWIdwk9pLmWUeAoEyPPEQkmK9yhuAW7TajkJad84rwbLgYXuCRAN3siemRBAQvJ5i6ykSB6MKxhXQQfXu0RZKwQT0I1H+EFQuIBMaJJQfNAVTnfkJ3PcIqG7Ak6eEvWKiWebewniFwsC2zEDMEmhzMMx6owHULOMOnK7WtHNtrOtY9ap3G6m7qnNU1wRLwc5hXJgNYF0FYp3ymkAhVKfagYODFsNG05cPz5DMPyIv7wdnk5Bv9WxNvcGHuLVdUhr15VZ0D9PZdZJ0Ap9UsU9jrt7bMoF/rYEH4u4GfaW2sxVdmV3ERK51oyfa1bCCStaEan+2WCjWQfYjiNvOEN9NYNmojW0TLItbQpkWNjzKEPqIQO1hVKG9eXJQqIlWNltL/xyz7Jnj7Fz4lzw583/H2kViqtiy/v+dNGzbRmpIg2Z/1Ly5b+ajV0RB43IYHQBioZIrEXP2oUX9WCA2CpChBk3CEDZTRpRgGuagp3TRiz+Y0Ce0XH3F80gsbJIfSMgwfXTY3UnpSgdFb0aBKJDrIc2Ubrumg5W3WC/fZIAFzUQOm29I90C2p461hQtrKrWfPOi3lpynSln6YBuMUUUNLu4102QWOooprZtiBvHrgm43lYn08pAd8wMspruYtW2yn7FCQeVTwrAJVrxy4eh7fratTa7aBL0w2aTeCORnk4B3njpoTrPT/KYj2oYzLpUoQDCsg0HhQ93IO6hgoOBAIeEggSExzb07CykWezhYWExTlSGlSPCAADGOBYt9xgBBcJZvP85N5EWY2taosod5q2i07MNLqJu19XZ7acbGTFRrL/Qq1J57lEBKcIHQwospPNykuy8p3bJ7jqyqQm6+1fQ4AVZWHlNl5eWAVKsISzNK0jVMIZ/0K6Noq7XDjzSJ2LgfNinZODtLjqFXp8nrOP5BeoIizWsjJk2h1sn0aT9IMY+IjQyOT9U+TNcWCZCN5NjeVGnP5XAePysxbOyu+qE/IWuj/3tVyf+qHUiM5DN5Fvynh4CwLmjI5Z/mqCBS5c6bXXOQZEDWUc6OJNIa9NoqtL2DrNjNmugM0cvURHlhqFzJIorCF35DsOgFvNcnpZMwzPctOAb7Tg4PCR1h0FlAegIsv0WWmh+ZHGCb8sCt1rzLmitad6Q0dzXeFadf9AF8vscJSHVukfC8u7V0VeTrC90FOUERQy++FLYkUglkjjD5bN92dW/2ogb942S7gG2d1WibkLlMeQ0smn5q/kdpPb6PAr76A7sqkDe2/BhjzFm6fRAGpuK4wE+5xoRQbdQv3J5eLkhyu1Hr8tViBoUub2gU4/z3zUG0a7AYjanzYVWkZY8v3OB9EKE6u2uqFfFSBX3LKWfLt7aEDcueV5yR6y/B7hY0hWv6rCBWGnvLGzjfcQU11QHvJGrarsFGOIYuONoXQOgb052F8U5NeIfgPNZe8Rb0MADE+r1DDehuJdnHAmBTTPejKR1a+2UmmNVuNIIKGAiHHqmtdoItF2/zXAGUG7XTsYfo2O7PZC/h9l8MUT7PDvE/iNUYZMaKj/h7VvrrcInKBa5QGiDvAqXB8q5Pcpl2earPcHXqf59POZQ8D4uR4PjU/zqMd/WFnZSkJmP11Tgc+65f4y2cqCxh6eDJH4wboc/hoG7YzpdX5nzAN+od4+yhYGUYgmHxDAQJrrg+vH58mnoiZPjChrAjXy+M3+0XPZXsGJJeGBnudunjmOLQ4Q2NLq281xeu5BJtUupCkQYsYtz20ZHyJR7vQe8I4z5EERPWpy3gRkASmIsusMzMr/s0tCHh44x+LOCeB7NBaEyYBbbKyjv638Qg/M0AlN2h/cQ4+JxdodxY67NpZCGUrQ/PixiYEN3QKcaTVyTE5L07Cvv4XFDvIo6Z+gfPKwynKbIZzE1XJLTHw6g0iOl/1rCdV0ECaB4m91rktnE5htWgiqXQBLy41w87rc+y/f99r3meJIsVxDcHToJl/hNeW9YDB0iCUWlXC3pArqO1HiDph4OFZxoqAamlsbAhWQhD0M6yteIfvG9S7W45yDIYqozxBfnaM2XmQA9hHcVWiVsxuPr99eO8qjw00CtBEBRehLcEdNPW0wrh9sT8AHw/2GO53mTIjEK4qwI10SLnOlNA1zqFPxzGxgM8xSw5TArdwbrQgfB2Df7Xd9tRXAdQLutnyErMaRObNWJvo8cJnxPAQBdiU4hqS0yv3vengKVQPtrDneGZ1rUzPAixGPVA36ntwnds/6O6HNNF2ASZEW+TC3sejsRJDXqvLezVmIHWg6WgaJd5+KjPxZhIUJIew53IUYUeJzJFJIIqemC8SliuD1DZPaLJvET0yUNQyJjvAkU1i4uP3rrb+Oz+WoPoeur4RuCULnxzmYhFXw6gGwMd8SvWAdO+rS03fK+azFcEfxHDZ9OZmcJaEOuCfJK2U3qHdZPpt8SWEZHIAnXJaTx46KLH4rOp/LyGHA4zcIYyb0c5tsEZ53erjXVpNXa5zORPhZr4+QKKz6SXgqk9RDhHRmwunZvMxTCAwTZ5w8f/3ddZaGDrRmnbne1YW661Kqu3145B4GuHWQoE7PjS2+mLaclngQ20+zDNtuyXj254t6Tm1+SoS8h/ARxX6WAhAI1ELi3N1z6Jdjri718OA/jQu4ijoqU5HZ35ZfNtMdoF2fyqHXoEzHHmEIFjziAuHW2fygl8RuZWuIPuw0OYHW3F0zmZXfTs3dh6XzCGxnL9Vu6Is8CMhzQTQuUxKfFXTCblC0gH0W2O+B7MIbbT/nhfsRkU+9SX69j+G5XXeI+s4VvMNksSsjq4NGQu9qcO63i8mnnQco4zDSyIgcqpNg0aAY48m0mgfN5APiWl+vk0PkVGem6UEH2dt/S4TaFaHDYYFvIsYuNmzSNGsPc4Q/YF8CcZwwkGpeUob131SK8aeIn+STvGsQY89mfIbPdjZgvfOAacX3c8iA+zBDdonny84tgNi0FC1ut/kevmVk7j+rfRc6KCcrp80YktE94/fAFlVRVJSv63vwAFXIvtpYjxYGknjgg0brIIQYCS9Ukjp2NqoCkSWlFvo0s7KEnlFi3gsJHER69TGt1uhMe+Z42NVFsNPF/+IW4S/J7RQNAia648WIUBJ09RN1nSlHcj13EgkOi4MXseLCxoPQtC/pzo9nbndHibXrG3NY/kMrKdk8pLwhWjUt8Nfcui7/gQjmQhnl/Mh1DTunmJZ+buFVXNVkxFSxrbKiFpluONEm6mGNd07SPeQcfwYh78R0MMgswdb0k7KKmURRMVdWk2WCTAfKhwRWNXjg8FXPOg+kxwVxb2UDgOHZCHyWa1fWm8iLW94j0xwqBgix7k7cb1LW+3YxPj3FQ23xRmc+lvtyc8ug1JHl+rdjXLzTsR2A+lvDnXRE+eq7BgHfl4fvz8APC0jIex2GWbu+3b1OYsj0fTk1ZQNSiEURgzY7n0JOSNHZ32qjvzl7nTsSuajbbRD+z+AYd5oPOFD4JYJhr8U1r6QMCWhxVJN1ZN9OR2Oz68C412apGWiPt2ij77LNxzg+n6g+6AVqKhXyK4yWpAdpeHU5W0H7OkQxOUCHPpjXPw2fnnyjr5SQRBer1OAwqxf5uaIiNQnbZjiUFd+AtkAU+MGLupxBIeOJz2wrbs24xAYnFgTFNpO7yECgrOFML/lFosZ3nzU3xyg7o/6TRXwOOGwznwXXbbp+BiEDWcNsmlNwymXdjB6TCCvCy8EOlCqdi5zzNjVU1ThvVLMXzRF2Zwv40kd2l1yKKgZ0iOwtnUAuJbQkHO0W9H079PPvbYwvNZasURuYdHFrHL2mL6bsSNH7ZK983gk7aNTJNZIbSt9c3y0eJf93uA4cv94qrUkfnzIMulTtQngovQmZZ4GvxrO7TLno3JYbfffOq9CNjU+hFtNxW+wn2pSB0Kkc5eDp4G23BbENs8RU7uyT+5J+sE5/Wa6aNN8uaie60bSU6hzcFrMGlYdkPy8svS58B9EDfpYvyfyvU4j1sRJwkXOsGzNYgAr6opyJIvyTjQN7qPpoGEtfblWvfYATlje7gbgU5R505Fm4ewSD5rgI23cn+ceNBElZqKOSjEwK95tyOxczYjxVw6fK8i0o1fPJ8fHe8kGfbeGqIOPWpS9yTGorz/cEUIDwghwsGaZAzz6GkMCLG3/Zzo615UfuF1sd7Xl2jcvWrAORBY0HBNlXyAntbIScug41s87YbcfcJnGo871Cd2cU4NVnd3jm//WimebxYnLRL0uVo/fM5uOEiniereFM0iNZZeGPthT5JkAmcxFGZwCCeJ59ByF0TGyoNhKsj5fFTLl/Xu3saVCuDqjQwdE0NOFuz9Cum1I2tKBDiyTgUgeYrDwO0zRpeEsqcj5gJjzyid9JIlNeU6pef+BGOeMim7P3HSF9SF9WLTcU42CAydsX4w2q/v2D5eXmyZ4x1ag/5Y6OTvlDMd9EFWMLYEwcYFRStlbkIpvd8NqWMljkT7CH7v7EkieaDzS3YVSXzeLXYtTppJ6mzBWzv5eXK24LbAR+eqbvnSLb1HsM36EEcCtHuDFOj4bjRyGbA+eBkZQ0+ISBOTdcN/U61oHRU3udrk4MIeSj+fhy0YtvNe45YUHA1lwXKpjjqjzYXIcCkMiblIx+yu3oxd04avBUpMak9z7CySPN8m259+Nzwbk2X0RAdEoYvuzkVru/hbQgu79jIBBTlcBzMjBiicLMk4ZLoXsjIZnrJf7cu3LaR0D9i88sjjDfXs71sS4Zxrie/vXhsq2fq0gXGKBv7UiFItvxrNdID5DlnVFWPJIfdM05nMkc0xfN/lHAFnBDGKGsILgy3bWBKK0FcP36kSRnMCw7QV8nkzVd74znEA8EL218rxfgyMJQBYT8Dx+dKsYQxDN2GV+qufslWHx5szq3wPXNC1/ONezQtR0vui+VpE8miRaKanGlUmABr8maIsvYoRR9SUqSkNOq9A7Q3GZJGi44VFceNgT0iHm+BhWNkbvgcPX/tpBcEqan0OGz8o0c2VF1M/ZP8iaFMPJ4y0DJYV62vefQ9dn4bwYmFiBafkJn1GIubOwiGKm9Yo4pb9MWdVioVu+naghnVE1tmHFbZelK/h/+Xs9Hv0R5KZjgfywMw1sZQyL2oHmuQ/2gbRGlPhEVaDFFeu9p2uuDEUx7t+kwkT9voppWYdFIWVlODrs2s7g2vl5EExyfc8tR9Q4HPdsuc/iHbhtsxJt2Li55JfPD6qIZynImemABvf80r47JTnoacPFsT6oEw2tikwBE9AQiSDC03RRm+r2E6mBjkMpdaIsZ8zD+CwRagyzkk6ZR7r2KnOB0D34QTV71XLOjavcI2Jr/hymtNGiAPxNJ/yzzjTI6g861sv9IhWi0TQkpWAkOlUwfVVbqgw5okYq7FuWEg0oht0cLLA4ENgZLCoQl0SDItgNccEHo3hAMSqfqjSUODnWnNo/04ifBDKKngccJ+c+Hy1bhT9l8tCvphWnMxVTCwYzMBhXxARccJ5abGBwvNx1ECdU/ttCsYytsWXGetsZ2Ru1oX0xxSpEwfn3XzE3u1374ZI4S6fR+ey0JxoOWxAkzXTKHJJFGesyIAGv5iNfIb5mT+TKVcJDJt7+uTYy8v8We+oJuOwlZ4E5qiCtspELmSW3UeYfg6/EB4a6zv9xw1OQNjvHrZFye8lJU+HnUzE4Nzlt2IIffegBJJPfhPw5ltKG/vHAjrJFjR3y8YsiE0LVRN2mlX55HM9Rbg47z1+EvTPORrncYGeWB+dUIC405lJVuTLbIddjeDRVUxdUvPV5PM+P/T9x/gtYlV2oUEO2MPKi0wSLiAbKzJMVmaxaOH+6fIx7OFdFHaZcwECMyzm9KR5i73xXGhcH+MDBy0DvMrjKxxtiU1uRNaWkH9L4ALz2hzfXCLPzrXmasA1txeUdHvAW2XzrrJDRh2KzafVZPLp4dlaD83FU45tHTD0VeysNAjjRZoEe4rSswHjNd+q6VxOE5cZkbOIkkU4EPIHOGJTNoMN7fiqpVovQmZqrmCfZIUf3ZkTWwsEKUngQyKKyLmE/WfrRMTkV5mJ56qI8I6t9hYyVRylEzENQxriK2IQ8e1dRH0/ZNyhxGuho2NnTMcG/DMKAxk1HiBGr4q+q3Rzk22CQitRFrNYlknt0EGHYi5GwXCrEBSU9Bt1MBT3S9XJcYufbdbHPd3tRQcnnHvXGL9xy2Cax57smIJZ7ziscq3onbPKzJy0YJ4FaJMYlLDa4YDTbrw9b6XNPxXNObWEKU5XBPcHa1fQTwMziDd6EPSpcyJmcJ33glz5xGAjVWUCfbeAHBhEi+xAFAHjHYRkM+XVrswcpw6rZo9yWLsIHCKLIgQahitND90iGdadFS1gxMf9fRRLrANoeu7dqF44AFo4SGjRN3lOYHehLDeed7czp9Yp/IkT2buk1TJ56eFnPPRAcGAUUPbQbVYrwyCt9aFfdwz68aCF5Rt659QRBikytVvj2K4WA5cgI8e8QTi6ew4k72ec1MZE22R2PJHvQeAdIcHe/xY0iC7W1qt0ppjmNPu6EE0rG75aAyvedsY76u7SYMFpBtkjZvmyscwKXBxO63ZjDIR8WbXNCSFN8lg79Y6sR1pbL7MED+VPasTCmYOScygkPzj5WXX6jk5zGhdmDLNDMkO564+LCUbDVBEpCukie+TiwbBID1nP7H2muiVZnlcxwD5vJZkvULDzkByE2uHolPXAbLk3PfznhwCxPqdexTcVVevtxFdu3Tj0sBxwiOWT3mWcbTwKiB1tiZYXqwwmCYkcWtz7XmRHcQ8M7zPdRjyzsKRKjrLbmslqzTbcu1tZ8NoecU20W4ZYZm6RJcNtNv0xr95Iqo1WNrxVj14ulxY3sYuzWJ4YABADdrLgpAGNqs7WSShGaUnVTce5DwJTScTmROaZnoky+aOM/95pZcKr4PLWhfDaKSSzJuYvsoMEMze1O6FMhDX3Lwhy61/k9J8mjhtHr4a1qoIMS0IXo7h8qFghRjz3ZyHt2BoXYnyzc/sjqOLR+qQgxucGZ4J9EkYL8agDznJRxrDIYKOeGSBGdYzgiLt0GWb6MS8YixTAZJpLcijCVWAKth7hwEJv4PQWSGvbJoKYGwk7l8VC3gIc7X90kUzIZOKVfwgEXdFkDIdFwe8IFxiKcUS6QZvYBtQjpS4xiTepkZ8fW3YxYJCQkCBQeFE1NqQQMKzjYJc6/nKKhcYkdWAdX8b59jNiOPqsxgAAplB7PaGAWGg8n54BNQjz9WdEIOJhj6JBQ6jNgS1gc7EQvlXsfh2VCIW77Y4WF689FAD7/WXxERr1S40VuHPzBfr9DirkLwKV3hXHWAL1jyzwWcD14a9EvV8KHNSfa7+WA9l3SZbGBMIf9TRXrRPDbSPctJ7F1u5xhbRjLM+t6oQGFzLNHDfXbPFEzUdy6rU8QjfSV1JN1C2Ue1aVpXE1EG7zl569oYx7HCJsF39YDn7CyQQODO+NH/ptH3xKJnj1B9xdS56y+/7P3ZVhpWCeSH7z+ekd/ScuoMzAImKzDuXODXL/SmJeEsMo2FCh9eslb1s2y4D7bfXLhuZPICqzEyfUILBKezYru8Cf1NXpeI6ZdPRfj16SS9Mcydpen3IGTQDhHsbIwlHRNEBOPw/SHvcM8Zvs2ej/ri0hhPIs3+8rtMXZJ+fQEuF5pLZV4QeOeoG1FBlK27W4zlWoPQBMCUIvME9pMy2zcskaF0od7HTvvYju2TUhqVxmJpkMQr0VNaaRTAQyOt7zUP4CMKnmbiub9c/x13xXxM+HfUIdE94ow+M/2GlYfp01nvQ8+XR85xSDqYtKdyldfy27wnleUTzeEq0w3r2qV/JyyrlyrKkyEhav87ipyP0ioHlNCSxmPDTLFNBnWGAc4VLDwSRcefJAF59jSBgq5kOh13TvRu8Amm1anLzGwHgmfqwt4IpJnWWqMKr4za32lTN5Zpd/l1wHfD0bAiyRzVRx0aFmfcnR0x/5CIRBc7SdaooeQsSbahlIegEe1UYTtIJ55X9dYGMFJPJvjPIhagUkA2LSeRBuVbz9oJ4GCrGdj2lvJuTlgYkDlJS+QqQIuZo7QrQGAA3pLJIJ2H9eDXDrfAWMcQbZovvtU7twKMvRRozPDZ0mWUl2uJG/BTw+bYPg0Uu86MRL00TJ2Zdrv52ZA8aIBfqY+k9uJG0vVkKS1HbRLRhMYlS9tw9BrIIHmHAFTICbQN+Rl75K91WwAtMSnsHvBy08cr/+ZBgch0cuBDAiwIBW0A7/WtDgC4138mokv8POiN9h33Xai16sUCAKJpxAFT6y1C4MHle5uQMvcUxqdB8mmjsNAGQVyvZ2248xF2c7ekataEFYfQEmOfVEJF5lJ9YawyQmJA7D7zoVBaqh/HkrLE37Xq51wcWXMJN1MQ26TP+FsFg4QseMnIO/g3ZMMMABFHyD7edhJxBifAvSWjjzJDtGj/KKuU1ARnGsaVyM9w3FWVCaMpBoxKZe07Jejs5yc1QEnJ6YmIIgDrMLNLg708VFdJ4m0Ijd2OiJrcRn86SMXwIQTdCEkbJfSSlSlsUUKiPMnewO4muLAkyA8+EAYbLLbQBB8XXZwVXEUxcTDOp5ab23Y75vpJGOSHav38HF4lkLFNsEDJDshE7sycIy20wm4gd+SgDpNy5Pt8MAYcSlHqPgGK4/JniSV3RX8svYZW5ocI5U4NIJxI4HKMvokLflP5Y8jr48Jb9y5rV76VTxPC5TsIHE0Jztw8V51XrF3BmxKNskwHiX10R0QLgrDrvNbOX2J9CzvugeiHQspG2iDTZeep1ZKizE8wh508gsk8qL/vC2SvJt1MrQQRMhJVhlvz9yEesQRQWGtkRB+awKWIZAtQoJyJnbT362SwX3GVc7w46fMt0C8pQ+uAOeSHi6yaLwtV0OO3YpNLLkBjScrA2mvfKmKztShUMGvIZmZ6mUJkxJ5bEduYXjVCXUVkJVwsdWVEFOE1VQ2yHKnjys77pgjtvTEwqk7zlReGkqIDYgaib9XAwxHmL3NU9p0J5mlpON5Fzuy7IMXMJ8BSxwJc68JZeNJ+1Cs84NTMO+ISMNKCbFQqfQ73cyF17O7mE1cummNevpo9VJuW9xkCrjelLUJR7ncrPRNoXjKGjALMTUGQ8hSy2//GZAeWZL7btdTHa53VW8DoRTIZqFJqrvFe8SvtMBiOrKs2QvqNW4qxIRHI9hFpFFJc2cjHB4pEu8hjQGfDebgpMZ4/HaMEZm6agKj9ue5hnsQrqClBLf8hLgdusTsr8aXJa0sX2uJTRbEKuhRlpsETzDY/Hrg121snS4jYCdopnwohGXYm0pRGzDKM8XuWVx980psrW5FOdXWlaYZPaFQdXtG0ZwvOlcMZQXXJbKDSh1A98CQ6zrz6FM0ZwTPsx3S6SfznHLKQLbqf8dn/vPPqpSfro/+D3/43J5IysYHzXm5Rgfth+gmGiDUPvm9GvC0zY1Cg1FFA4dw0UZqOSzI/vIBoUDA7BgmU8B3lJL3l/X88laORQvKYqJ2uBWz5ciChaDzjEkZIoiLV7rV77mU1FY69lOBNaRiyw9KOs3qPTTatV3fMtlzCF23J3ISFusQmheb99iDgxyfp8XxvAiashVZgsBMTxyK+XkMc5LUlMZYy/jTMUQiOKrZNJknbI/rfJsCyft4mawQeWHljLYf6jU3O1EL1AOpsKKsPSecT+gzfN8uYXYY429crEShvrNSQErecQNjGw4NwIn4+8lxcK9PEyWoCiehp6BNzz/OE33y8Xq/BD9zfqHstc1hee40v/MIpWFxu8eUctkYj9WP+5H38R/6R8O/SiUfwpjcTqlC2rdhXUvVvxfrMfPGwl7hEJhjxoNGcvjF17YPpdSK+Sfctw/RQs+eQ4grWZZboO/GlFiO8fK7Hjssg0qCqyjwS+glfnk1pPMBH5Fw6nnn79hdwXQlLedpRWmr0MozQBmMNAZmrWF8lA9pDFwULOKlGb+RLNR6OTRiuWTewCvZnN3ItQ9XI6fREKXmGk6a4WCwlba0hbzlanUQyLziFjoKLKYe8UpQfANVhNZBUAY5q1ve4Zd3KRUeH9w/mfRJKRH2T+dGh5HArlDqONutI1LYzNyNe2a5ElhVHzjIL+p+JG36ndyglhZyobnYO0sIfzzl/IWdY3QB5w9fjgQv8AbHkvuWiKvJZrrDuxklWKVqKzbZcwwS06Emj3eYCqOZcYHffo1et9h0/rAaCHiS8JZ2CcjbbVmjZfg3fBzL6IiG7H80nnpdO9M5F4TyC3APtZN5jUNuqQ2VaSZshAWTlirHE9KOe/iddL5rP9xqxQYpXjXwnuGG6gpn2eUcafYoBUOR8G4VdT38aM+8lmGiRroCjESzziYwpuoPSaSUYbGIxhRYT1F03gegaWkFtT6Ic7iyhzXUdWsD3EJhYD2nxdPL17gKNON3u89Li1Vh0uKuVI7MB5J+FA7tInH9meApizMwkRot+0XxFsCfK4JCDhJ5MtQfPJkcuJ9/rGqb2KypE3sle/IpruGIMZAOR1AFxytGH7L39IpZTBFeq7ZG3zqEuyDKfUb7MlY/os/Q1TUnDRdPARr7vWoHK1tq6WwU22Kj5OigHFlX4y/7BHkPxYgAg3jyzbIv+MnAtgHBkdaoQuB00i5n3Amog85E7ntJs7l988zsoFuBGtsv50K0WvVa/hsfKTYbQom12nvNjNQ2fbjXgLiYKhB8Ykvk3uSDsY6BQBrb9C3Uehm4A1ASnDjv12soaslciaCb/iz6xzZ0xiFvb5G9Epu/NrH93bP3yjk3wtOkw2PH1FOuTZHW3xDZ30zm1sQvirnN32OcVxDJ367GzSlhcthDZNbS2VNm7NUsk5nGRUgpCxtNjy7OGyAlcbCUmTqudZeZ+5tUg1+/YIOn5xe/VXK4XEUraeFGpv7dZ0sHVmr1a7wup8H5t9GZqnNSXMSgfv1Pl60RWkHznB0kb0a3urd8sjd8FUVz3hZx89V8XwgyIsfdBCOU8BxslR6lN7qcGDEA1DWw0SVi/iDpma1e2QHzIdmoYYq6aRtRW3/OvcoE+DTWuZ++4ObVYHrocwirHW9mzzm1vRsX53UQC6uEJRL4HPUoOnnUg9slq1k3RN2FYMnlZeEE+H4cd2GTP8YP0mQ2i97uaFaUzu7EQukJdD/1CfNcqY9QnAMFNd5UlshJrynrbwheLWgN7jGoB8U8FHoCVW1DqLjjNopmPLEHOVcpi1dYZTdYszmCMklptKjjH4T5+GndsaTGGdMWsuCXX7xOt6/gat5AIAcKr2tlthMxU66cpVSh2wVx03bnZtZ2a8XoIRjHv1P18pO3e3KLJq1AaPkSUHF/K4YEDL4QEaIKU1VSOreQ330XOdE7BSYwQacdBqE6k0DNLj0ViXWuSzPqwT6EXOJYqgLrITDdS+IO9AkPaDsMGpYx914yBr5DpQ+NU6J0i9i8b/A2wRXWxG0+9Iyzkxs75ZMOLqy1toJi0ORKyNSzvcBOVWUuQHuHGZcGayT4aE8GL63ultP0BpNkif8GGGfOmDDj9it4mAufX4tkWmSBy6jCxndpPSKaKHBNKqz7XuG65+Vwg48pnwjehWbvgBkaoH9lZzzXmlejMDtyUqz9wpfD1lgAuGPr8Xqs1zO07vsTTQ7nn4cCF9AYHRvY67HV2/GsWxRiW4wq7fjSKbHh2Ci5KbKJXTwwftbwKyhR7SqBp3cOOu1yjP4dl3nfcc8b/PSW/NB4Rw/sV4ZK+kVcmAHZl7/qt0y/pYanFaO6dNYY3T/pI4ZGyRVzHgWxGy8nosopAEGHCd9RCgt9acCqR1oKcgEOH66gZXPNL6+ftyNMTQkHC4EsNjMlJ2tWoyBUoItJ4Yq2rR2secOE+u7j3Fa3UGpCuXc0KLn/AAYjeqttXui8Z06A59DbC4X39SLvJrMavnhKs24ljLAcDN4EqUyxDvPTqmZHBZtKzSjMFExgGbKzLo0BtPqMBnz3JQTVFeW4iTfYf394EximvRzTKHOH+Iik1mLlNh3oO8EAUo29oHVuKKucUzUrmJWJmkXjMyemW/IccG22Hnr7Vj7F7zU4+P6BPx2XvvZXmk7TGQ9LkYQ995jrYc/kEpKnr+pTX0zZH01h5HpiGJ7UfG29x/Ho5r+GuDxjCIrgBgGrMLZ0gsZMfGjXdDaTjTZ5bVh8zJ3Pnmop964rIPlpWmHhtK/hJGfNWRBcxqsGmj1sgG14iNRkrg4mlQ90ejddhq0rFsvMLwSWpsXYaQn6HCtZ/XYb+O77CbgNBTUHxfJuJSQ7+yFmrPGg510vuD8Exo8YmTUUpyu+bcidKdieYnwB43jRIcBYbUrn0kcn009lm01Cu8j5VMjN4uhT41cLJIuKp6Bt30p05YHSYNJphOV9WvnX8DTHQKvwCJVvMAk4GsXJ4H7OkMMTzlZSyUfgvrWcYPo6ZMiCYNZKjgJZRrwPwsEuB8yxMHQCO/ULTltHYv26j/7kqM8kveG3NVKd1YkK5ctfyFQF+MvxK6oHdhC5eUqxf7ptApqBslkag63X1p2o9Y3wQP1ybtmvSBmBW3e8H7qZ3ExssOwBXA8Egxen030JhZSI51yQqHM81mIddaEYNV4kRReghpItYzJVUGxUmiZpdcoWIMXiCsrr2FIc2cJKW6FRI3/saBfhw3X3uXX54UNLXBv99iqorS/Esid7oEC0h9iU4RHfpVf4AMDXY9bVpNOvC3QWfwUGwosCRZdXKsV+xZ2JbDQ1X6Z5uOSe1heGe3ezhkxYvr1pXmg4TE+NKlfb5r6cOUksRY1Ect63IQvWPsafJzrhZX1IqeCFD/d8JqB/oakUgilNJAMaQJrUuR0kJKYdulyOAzIzxGsrqiVHFmPvWyxcyBj4QLMDFztnLj3DRXJ47mIyJg5ycdXFCvOFLEXY31Y9Vez62FlH2lvN71yQDD372QhtR2I7+gIEmikULigDEJN2edzkC+0jlZIfiwmg9s6Yr5x8cH4L5f5RVFpQBXrC7nH9r1KCDCR4i0ahZTtsNsQgbKVosI9IWCpr+69eCK6eqBKaSouZgb9lm8SGxF3vtCO64mIpLXLZTuCeYxin47meFphZlxPnxaE+lpt8EpAGbVVYJKhoMCHZaf+l19FYv/fjOc3QIeowuMxKmY6cxT0DfL8Bto4tvwv2INJIodNV7caQTy+vThBPW+zJCP96ul0JnJHPGBvIpthZPocggM9tcv8O5zgzL4e5Brg9ylRf6Xs+bdCcru24FNCTmOJtuCyXWXLqxG1i0s93qKN0I9pPGAIHIlPeoa1pC4jX/89rS7PfHlVG6N9eUBCNhW7XCjBokRVeKjOvYk0JmEcmVpbuEx5YcEtT0LXpZ3b/Hzv0AKX2VpCS0dRo4+bXga2iDUc7MEuQ8RH1WnUbd6oP2G5M6fY33MD6WypFqRAefxGHZkNIOjuZNG360FthJ21zqO5bWQNfhehhrxz3smknkhT6OkiG77p8uAvFWpax788LtiAQIFGSS/H2/uq9+klEZ2hRSnv3XH+lY7+i1xSEq5Js695qbeRfnpY2LeARZwm4SZi7hDYjEiutk567FKsnsemZr3NyHo/Gesr0BvIIf0+hvvpVmfYG+oZ+hOv3mPB+V3F91W+FPVEKmf47KD7R+DojnZEWrH8YcHVZjTnmTlF9/MSVaFouR/ejdvlFzYXodn/F9yDYTMW1X0J3A5a6+VZTgvCTXBB8Xy5ZhWWpyUeT4CJ2+25/byBIJH7sGQnZGH5CWssQD057F97+MDk6qEjE11kKi6332vI+SfONeX16xXApe99RdSjzaQvXLCUvc3cKV0fZWq17HNO+KMu02tGFGC116a7zdRbWMRr/yyqUdoMFnCyEJt5H0bWlaCTfamz/GJt3nnBscLYplLutQ424bia6005LqRt0nEubNpx5raJryX6ztsNc3o2L+GI7CfNCyx6UqNU27dZpFSW1+59VgrWfBHLRTFiIhlJkYS1iu/2sAV+Gcq86c+k9Jtw+DYC6h9pEyBU3AaAadTkwSyDlqM9XmF2aLhFhKLaRtzOC6Zf3wYFbNAGAyX8j3jMskKXlZiSOZfSH8xB5pxVfz2uQuaE9mxAnBPbhTiHKlshodwkt57ixIZsyG/El8nHn8YNOHzbgnOZ7Qah8zdwyt7AIX4DzUqwWmJYR8v1nlIREjRhwkYqUu06PWQPCOGH8zZgKqX5RkvKq8ZQ4qhgcWME85QBxmjgJdjl13EUXOZZzVHpnwkpvPwajt4Bl+u2hgfqhM8rIjIx9JBZhr3ZSnAjC5b9chefFHPBeUdT3Js/xvVhKkmU6V4sMOl6HqeJZSb1LEoRILAEE3DBLbn2pKhVTVWnezEUh7Omc7uzO0XUiRycwwfRduj7VFG5dni92mkz81Ab9jFAMjcYtDJZQByGVtnM4+CO8UG8aMJWbgJeLPVZPh5tdU9tP2bq0D/5OFWs96ljsfbIq0HFSCJS8sAcfGzGzZmjDLPX6WOPIfS1qyuRuqr9BLIeqbZNqXLcgdKCU640KjAf61kg+k9LZsVzCnPZNLhpYduXZIKcV2k9j3ZKo5MMKtaWPkTmU863GMROfWiEPeLi1+g8B/aUsX7PoiSi9n0lyzgnnj/1CqaP1auHOtj1q2Cbes/H5k8TKyLrWqdxCyvgB89k7wZLv/LhOWeCOfFkiqlLhkbiWFxrpxC8bV+TH3LHQV+dn476K74yA7coYuv04zeXo7U9UTjOTJD6yPajp22lxrwf4s4w5fE8AH9K/yoE7eYd2H2nfX7IPdifjUKz/K8IXgecVDrP3gkGfWa3ckLK8vNgOGuuZZ5FoLoH+7lfOXUmHQXJ3uWUDrOcB/+T5LXli0m66GNQc7EgE7GQ03w3K9T6RFZyoUozxX1/o3sk8GCjmAAfpuHXZ0aiDmBVfEV6bXyJykRnjUvFEP0hLLkeRxO92r6WzCIj90IWPPv7oB/bWIqH3sE2lNrdEyXQmhpL8fBETC65W7RvhuRU6Z99pZ/y/ZiD+dB5STQ6RST6NaaMN5i9zChkAVqEjvMBjqLA8RM9LnoDlsT5vLktFgAV05SDejFimD7rzzOBE0xBQCLQ8cUVVA+G2STZsJ2l2oeHspDxI+/zMSH9wSu3b+lL3VLt9zJsbsH2q9MJ3NDkiSO+sLiUWZMHHY6xvt3pgPNzTKIX9HnxUIjmXbi7WOIsFWtgQiSMYnQDIxUiys1r3AI5XDPeVIohtwgVZcj2U5HPEBsfzwgp9L9DjGawgxjkJmIcEQPefCTkxSI0VZ8xkeBAvTesxngStOqDW84hyJh0lz6qvEnwi8Jg9IwnhMVAEfsHkoGGrMxwCicOAA30fx44DUReWeHJbSTSIqdu3UkU2Lt04o29l+2l4aDo3AOsj7OEHMz8ZJKeg8aPT9axqPHU3bfgzCuuXI7uqn6SUOQnMYGO136yEUTgQ5Gbmnh3Q4nxEpQzJRexuvEVfZ+gqZ9uTUNzc1VqMj5joHTcG3TmG/2ARWS6lwzpufn5Xa2N+3b2cywRXYgD12STvJOQORqEMUiydwTqh7L0l82ABeIX+VTzQOjtK40o0gP9QFn+ZBlSpK8p0b/Wz79Lb042f/Y2H4ln/7mPOvMtCYu3EYSX55sEBT9FuIWf04nAe2m31MTHnLQ9NYBP5ifv0cCzflQh/7NF2EK0gCzPJ4Lupd9Ikwexk4Y7hcvOgBoaBrPNFYwIhtJoQOJuJk9mgw22pwfPYfKH+a6VmwhEtBjuIiLKRa3DiJftHsbSC/cybKQ55Xgv0ewOR7PRVhFDGpK090nb0UmYVJ+niHE1HcLjHjCnySBrOVGA5iGnPlw/3q/rjQMfjY5d6ksSiWbr6iHow37fl63Y+NEqznkenbLFv6wlLwqlcJB3mWuck3+yQlCKmyVTHWx07V1vMFukO87/depY6eHEdZHqzMYh6BXJdKe4SHZS6OVi2cmXFE61EtrJBqNBEedBHEbcCC1PJknFvxVeSKIrhb6O3a/Jvmwh7sS45MaMNEqK4BezR43YkH3423d5pYSFRXrGqZO/kzItT900oPEHkHMMUOJNQbw1fBkOVg861EoQCmGggk+J5hH1yCmi4Bv6TAMB7wIZD4Vd8ytvgAEHYI/QVguO2Olywh7cS3D9YqlCywgv+TxIj3Q3Jimuvdzjh7M2fk8MWK5a+zTen59OgawOFNYnosXf+wvZpLG35HzzgFvQZLaDIbMW1fmhlRrAsXcEUCYCXIbahCxgoxkzvgt4brJWHaS40SJ7JF7Z292kC+4OrkT9tjYNxAaFBvxYSNeZXV87j3pKYElrh+PV3iCgmWQxmOC9Vht4iJsn0ITsxl3P5y5W6emHLMjdzjm/7cyQMDRvafq5mWWq322FJRI2f4UScbKsv4o0Dvb4PDvfIH3kXkRCrghhumdjAeeqdm11EXW6V/+0ncEJSKPnloBsZN2WJAmsQJaK/UTevAcMOXsF4YwkVXww+RlmtKbMDoUJZJl9MYi9Zve+pIuXY5MXNu5lI6rsTvPI8p3D4WD4pvhck5OcHr4iG21zi5P6HI4alIjIU3l9apui2A0ueLJ5DQV0kkY2n7qMCAFS5agnzol+gKnopVyc2v0zgIRONkDVmkcdEhr/Ryc2Bnur0nhr/why1o78pwrS23RjSB1iGkyOmx8/ZhLpLKHdLBBwiIsurFRs0O1tRYfvXF+bP2XKf4EBZkxXGJd336Omsp9fIWiLNJCCkhWxFcxgrwiNdBa89aE2nxZph8hiaRj0vUDrGl3U4HOgu4bHproQB6B3Usgjb3uA7ASmgixLLKUvUa8Fol5HMiZQShr9I9+k7Pa3smUSV2AQQQHPoojfZqfrqJEFsysnsrhSqhhwZf74JFJq7YXxRc6XNOXDKGVs2ebTnbitxQt3GhsDQVpRvE8vsNJ5lhLPf4XW8FU2FJUEWJpQ9U4g97S414LG9h0xCI71ZPPykxqcVgRMWzdAAOVDP+jCJHTEYWO8Fjo+Hrf9r4Kr1/e9QOsaXT5UWnyQ5IXPKVbD1Y+HvSCsxppe6IbLpgJBPaavCRFxlhT7Ec1Aqs8o0bmyutSlIPrSZoZwRMw5jNP3FEwUuF7TnABZzVjO5LMSLcXgObCcjdwFSj5O2lHz3KKIscJjQZtlchnmnbxEz3Ho1bvRMerwm+3acS4burcZycK3ca74xGdb4UQh/Of5Gj1sLN6mEgnseQMr9cXeYmenaX9bCmEJqqClMl16y7L16j0x9n9UBp/9IXT9EfwmNm4DcNZDH+/xOhlUTJ8HMbS9OFIwk7R0NY5CYd9x2ydp9Ro5obV2tNZbt4AOnIoR2GjOK8HRdmfzhq2+7N4zq7wrlstfX75sW5DOJ10MOEVh3+N+7Nire/eCymxKH1V+cE7TIQ7omgD3smICxrZz0XHJ8Sb7MCOtDfyF0Q153xgSiShs4d+6elCE1v2YfO5SsHxiioL0IRaV7y24fP1Y+DzpHf/0+eb/TO1nHkDZ0+zfT/RhupJUHyNHwLdsQpk9mobcwG1sgpj51jcM+3QocON4D7O7mOK0/TVTdDWp+xgq/iDanxlhZb4nW676RwzUZ/8wESVq+xqvHYVGUO6WB9tUNVjYvStDRudTH0gWMt/gguVd/Jg9Kgxj37kq0/tws8CS/8SpL/90U8Jq6Z6eDUQ+HRuy6y+D1Me/F71nYfuJrI4flYD/By/HuIpL7eCk6jyp6BIJ4uJDuT1FWvDFpx7omYKxxdmcWXIZYyHFRawL9zbPs1zM12iGRvgHci62ezPM7EuuHvSb87foYuvis+1tz8KCFNWKlVTJuX6bezv1y1g/a46/a3UZzEYXetWK7COSdJZMWP5D9Ga0LYMDsGsRu5aVYpiikowNZQ0eR4yNVuNPMK6lvOAUiKfIOdeIAE2B4BovI8asIPR/Jjoh8R4b6PEeqfbZ3Sd3Hory05IuYMOxmNsmulz3tGVTjqEZx9RY90utt9bnUMVUjeLT9bEKWb41xsXeLRn2Ea7MyCF5YjScNvBBaJCMtVAVu6OLcwORegFVxDlmhtXvGqh59GiIgdCgvO0oQOyIIIj3EERaa0kUNajjk979x0lcsCCZvGmnFKfGbpoSuQB8R3hetLB75ZQvJQsBFnY19KqQSdIg79QmM/A3HbB3SfxfqqJms7zB1W/KRHkDFrukFRaxvsxs4sEHVe83O1Z6TqKvrXV27swOwQprpEPcrNs1drKBucyoXPjp4q0sNBjAccT4KbBeRbUTWZIv9EjEvBX0RC9zXB573ZAo07Gc5VFubcz9jAIDRjwtqNnm/sQZZ2PqfsV4L+js4n9x/7JSiMe6H/DjegdK2wKnaTbRaVGIk+XFVGkOpULOJmVeXogCHWcV6DPUz0GuwuCRx0W9sMw1RdijcZT91AmDcbzlZIRX3zjZ3UpKPjEXsBbzx9HlSOQc1OucmQ+z/wmLF9S3pThXH8pKMClhmW2V8zB5HVugEiO4CBTlSsMlSvnO2VMZc5oSOnjjpSq+Jk2N32ISHNLuSiEau0ITOK4Dign5AawZPfTKGhHehbpTuqjHV3buxvoLayz73cmknz6Y/UjQjriKa3C6WpTcGJrESU4Le1/1iIAn7GepoMhusCV+M++Hmmay6jEbX3hbsqlmk0KRgaKmqtCpaqZq24R8dBL7bhWUnPv7pBsJTRk8WSdm0juGvbZ8bw+RHOa6zeE/p3WyZxKIZufy/T5apO2j/AWk71BW6ztg4WtOFKXGZjOfuvxF0wgW+KW3AiB+6tJxKKho2199gcxXf383D1M34khtK8KeVCeMraYl5vEi//qI/bswx1vITIq36HqTE4tkDdQvyk17se8u/Md8fK07GDu4NauHu7FmaBqUMDolFCcvCtHKaOyo9qRYZ+Ox5l1FpjgeTA9kgifcW1aHPmXrWUiqouC6vdyGzttN6LPfnQ4nvrgeSzUtYGcwVhuoKJ1vASUQmaFqNG8wBd1GA+ke1flRn9Y7g9QJiy0nNm3jE5xtLU5k+rU0GIBGybOZOVrE4zXyHX9+p5wfWfVTGuNi75TqHV+/U+pHtobILLpTcWPfKetHxij2NrzTO4Xt78iH15p+gEOKOmRPv6oqTv88bex1zPYqevJZie+KflFQILpUFXLv7AJJ8OUf4otaKwHPjsEsywfAfFc3Fq3N/1l0TDgIcSeSJgXFMdPScbTrkZbqnoIZXbj37WeP+tlKy5TASeoJiz1NcNIZxg5XHyBYbPm97CEAwspkWYcu5fjKIiJLsX1hfOGH1iREb/xQcL7cQLPFpDTcyg+00xijLA7WpAU+1hAZr3c4Cuw9CtOiIea2uuPRZBlQJMy9pvBJPkmFNi1TpZ6HFqVEEsmUGLCpm+FqSudFgYIvBBy/7S6+4BeMObTqmxIfL8Y3qWnPvr5P4bhnFmQatuaXs6d+3LVjyIOUwbCfFsnxw9GT7RoabvbwzEhF1Ec+Xm+or4DCanEFI8/oVfrVsvy2SX9AVTgNiAwMwBW1w5AhtuYCffK+CQOYNaJY3aAgiRjm148kyqeMOUdqVvJlBny9wAGw1wbbIF31gEjUbFJolh10UbRDSMLLpvuzFjY9EBDvZVtih6JraRsCi+8t22JxO5uLJD/o9JzzNk43PTPfojYyz/VKyL/O9vOQycjXw/+WjuLvBdNjUnbVZf8mBOym2GaXxJazjKfh4TioMgVaYNoCZ6jQRv4Zltv84v+0fG8KDd5+obcdf/Tzv9Irr9TLz8/lor6mnpkWOdWMPddYMUZUxB42GG/sGNqTm6prLR3O3M2zy6AgpQvxI5WLSlhyggEBB+jmSO8HtthBPUMD1kmN5ked8+mjGFmi1RHPTNBbfq/3Tb3xoStEJ9TDHXFLUfEQ0IE1VJlfY2wcqomxXY2ovudx/J75FS1YDWXqMAD4zBf8Ku/Hf6/Wgwv+ceZMwdyW4YPNC1/i3PAvuH8IbmioVSAzbMZnoexS1/Mi1YvVNltCDLVLQCqbwZvUFBZenYixYDuVXkvwDP3H9bwsfaiv4cX3sfaOAF+8rq9Q8Z3/9JdKMvBTrFdnGZL/r+9dF9lrEp0pnU9sUj0h+SOnstXjGQp9SoJvatRnTX2VgeyK1e0b3GCnOFPzXYmSbStjmqLYJKDVDQGl1hETAegK2Hm46VRTzIgLYsq1zIQRNOeLbgwl06YnlC/pVstQSFKT6WksTME3yz7ZDWhEpGJSWPhb8xvutEiynZBAKCRZ/IylZU3l6abeAZSqY/e/TDrIIjF/6cmX47oRwxOUOLz5Y7P59bF2Hmt52nE489Adx7JSybY8k0IcIGD5R6K/jSKcmEz1qH7SRsJhMT5N0GaWMyEMyfZEQNkhpajeUmQYbS01ib6gU4HPRcK6MdaEzvm4+8aX/D+PtJRSg1UImXtXs2+xn1PeVneWdgMKZTJBWqOGvdV5kyJIRaIEiFh9HGdjpE3dZNxAoaDythi25Ul2CNAzt28gl2bW0rauY+nGBDvBQW6TUsYX4wD/dI7sT8ENFTOtISn607g76cmWBXmdhUnkpmnauymS7wNkMCtM0bTxnrZHYNxjyLfLhdYIzGfLqbpj1abP+JO/pKSHQuXYtl3OZt9noD7qtUJUPP1zeKG+OZ7pP19aYfKXfYmZUxRS9owP2eX1onNtZ4yRK2rZOeCzaAJA/Pj2ygHl3KW8VkBu96yvskm9vvoOS/VsbDAtT77ReeTS/hv81Ao+PkBBNo054+raT/m5vKGRTWwbWa3Gnk0RR8k8EDInauhe4jrIx6GQp8KHXdMiOkszDEXhwJOUf8+v33Strq14525QaZ9fx9yfdP1BpQTVlZ2iUvomj92Vmzti6vMd5/ryJz3Od3V8HXhX3YZdfC07V46tU5zVqWhnfRx/UFKDDZ0atHsoUvWMV/y8y377ImQxbN5eMdrVQNDiILj62Lj+59OjsPyn6SXWnqAfeH7QmHGf1dtoZmKQ14MEInfyE408CE5I6oIKqUuRPiQ5dVe/T9O8xCmvBwlT/sLJWFpXnCwN977HZ4uXya4g9WJV2Gch+VbV1S4D5ZJM0g9eyaZna+9nKaeEWFTvx9JNqGPGClkoVCCRHa2lTfpl8FelX6EumbRx0ByB0kPPpms2vt8U1EVfdNLwyKVoDxiYQZ7JMyJpk9+dx5pZLPHfFFfm2jeAAK9I6JT26/ue9ihBPYeUD0p/XUQ3ksN1IZWoXPby6zMwJi9aG+vWf9o8QC+jBBudev2v8Kj/ay/xIgAu95xH+zUeNXC9+TKQh6gH/4krANcHpluFq+b4fYhYwWQ2N9qQTkkDuohvEOhMkPMJU/xWZchZkG7X2pxMZAhzLINeCSy4Mosz8JXgePVffdhIxQUL4MGJvBT7ehr+o+REKUeUhyXhis9jKn6CzYSa4MDBDDAc6JOZIP35juYH5HO5FrvVg2ArjafG8tRvHtus6mzUjy1jG7WwQGz7AtWe0fdzLzWsFjACjHh8vnBMRGOVlOuDBXnXG69Cw3/WcG2sVoNlk/BuLPfbQOQznC4IdaiF/1rdFBtoe0bJLc34yswgQoKCKHUX4nT4b9bqgY5OMFCbVbYR5wHOqiGt1PORsVnmxPFe4Razapu9nQIuqBAdLxFYI4UeVHvYOpD2bMz4wae813bzuYE5ctMyvPxupWYmbGB0NnCEyOu1nF3GwLWG8OQsaPZDmqLfyT5Q1x6evjlqmxJurbiPooEhYhMkusKRrEE7Wblstkt9Zqvy48kxLFtK6Ms0URFTM0ZX+5Pj1k6rHBHstbXxRHUxT9N23lUIB9N2SwU/D+pNcf3mtlRnbNJfv2oDm3+F6u6IX1pr4fpgopmikrg1x9Fm9JjrVbDnXtrvPOYWIX3zliGeXDEcd2VwF5w+dgyQ/jhchYLndYR0IpFtwvLFFrxnX54v6a1WPjWmieKOMRoiTIcALulLy1MV4hkm7Jo3qeSh4VL/iqjxbJg/NEQhPg7odm1ASMZS4EMarTLRP0MtUMW39Gt/1dAIVpro4Y1hFCQ2DIqqyxRPS7rC3fsu2CQ4+p7zTPbQJwWhd/CWlrVBmOCz6KtnO5/YlPyWPWtS0JyIDC13yjgpi9/YZ7Bz28V5qkcOquPRtFVxCAY3hR9aLYmCIlUwH1TlDkXeRjWWl8SqEuhLCKsWuwNhl5Y1AuFex2OrUhybIfNkfjGx13fZmkKwcGAhLjSePS2GEU2bgtGrtmpo1H0OgHjt1WV2tteXNmq/jCYIMs5JCeoZfLyzNdZW2llOw6UeHq1rk9NwP1ASrtX169oaD6d6ENIMcigi0DO69KEJTElKCovtrUXJkT8QnPEHrhZvKBT7qk/FvRtUeTI4ZPAWk/1zaSgKFIt53FBkJRGiWufiBZwyCSKqjSdEkbue+lGF12jrPrFppZ10rvHFT1vRwExTMs0m9YlaGlNlPKn69CXWFgON0Bs+EMWQQMYnXUlNnsIsm56HJDS9PQfQf4eRUDVm55v1aMpV7+S7SOf4f4PAzxYHSiVPeY2HadetGQ3KqR1701QQ0LuMR1U1sdUmmxYyhM86GGLxzCFRw6KOj3zW2DesBlDJnzQMD/vAp3l4V5myFk6zO3Fwpxo6GVt5ysTBrmiNuCsKfg5ERoAD/JpuQyEJA9PQArXvtnrdfwzIDKwwZc7M+JWwkhfcJeeiATHZDgt/EM4swlGR1dz4gtFdT06NarlLMktUQWY7KcLwbRI/CSGp4vusb3AtMzCyz08+PlNLk4liCa5eMOZc0C/4VN/sJ48opJo8lRZSBT8G5aR+177UPqNwuOPn+93YC06W5hpwoxxUhEd1x3crA9JT0ntDvVEUnhfkxUNve25DTktvjbrINpuOyLx2evkwIbEMgV4I+ICRNTUtWt5Q90tmCZ7+bQ1egfqwIA5iEvYaRai7a+8HQuxFdP7rAAJPUZ5BMbaeBhFDBamToOAj3he579w3+Uo6ZicB2hyZ9qBOqo72KxWqxa6ikm6cjEHCJPBXjsOQMlRMCb0geoDk/PGKFHJBONybWFM5UEvR0tLpfHCTnORacKTND4amM38T3slPBQ6z4GSCaqMSNVXrmSyotLwq44pwZ9mjfYGYsxuTcL+os9pry0zfFXVrfLhszsJbULhIiUhquei1vbQGuXmpClaHojPCcFa7EHZmikr8lDIG+e3zDEZlgsvNq2qrcoXR3vbAozXTJSYWoIFbLZrbiNfisrnAjwUWmK4sPbuXcWGVssxY9ZtroIZsfVXnMsiUr2wzY7EwE2WBJ7CgWJMLtoQ7fRvG6vGdFFXV9CLEvH2F/7dutfJt8ayRNXAYwjUqgFcDutl2NdCYi5dqAjXKc8DFMFQbLInEo9zKnSw0d2DKDPDq0OXvjwTruuTAkJlUt/PqTpd21jp6qdze6oqnh7Uvcaz3VVkw6AVXXKtbvzEqS4hlLR/pt24i4YzS17kQBHZzlH7Rb0KfXDuTBzxUiUDp62LpBAj0zMzlsplXhsGKYLgLf4iPPa8P4YG9TZvlbPdbzeF+y7K5JmNE8JAlcRy1KG73twEiC5YvM/yor6fpJuUJ0+brYvqXrXJ+SBtf5DDjgTPMxGW+Ozt93TllYOqAvciv1+tGWV5iXGThLdC5bR0cL1YUX4D3TCzS0Ufkg9dEqThPRNFJt9jSUVEzFa/nY00xxwMCjyiTRIQN1gfhM6GDX/SKhCXmUU2Vk84DKO+uPL1PgQPl0H8DMmZZljJnAg++lrbO/CP3Xfj5u7qmWOhFv5vBNQJGH077vQaep0o64CkeL5HfjzeTmOkNF64sYmNZu4BM7FxBSx3JlS4CDdS8rEuTVqfuZJIkMR8mSxOrSD9HvS9POOX6ZrkuamLaFwEUdZtzfupWekiXoW6x4PT4LXl8R2q+9Jq79LzRyqgp6fl65+UKoRRvrHqAU8b/edcVNnu3X2KnkQohpxriFu+CqOzFh46YNPJnH3l4fIhy61L+AAVQAF8/oZh8xFRxZZWj9bNKpaMKSvkTlVSrFeAKmuWvolMLm4ZF6WJJJWXkAGy+cpPhjQwQfiiME2rzlVU7Ab9lNPGJAvoCaeZwO0l3gPDd+Ab513ztPF1RZZW4g9xg9OQYu9PG+Btigwlmsb2alVbUtpB39rXJ2P9hAqMv+DyUcC75e0r482IqT8XBIq+jXGVBVt82vgQs7CUthZIsA2ybDgC3V2wUejXjuouu5nffmtCcC3uGKXNEmDQ/qChv04isGeJblxbZujZVWW8iWjY9LYDAoAqbkZWXveXtJ0yfZcDm7rrroyLhzKbkDzrguqAMMQ1UsUy0zoKp8K7ugHbUaLqSP1lVo2e24BqultmdkZhhWRHkUk/SADkKz5NmBAtpazBoHx6BCz1EYH8FXEQDSHQp+6b8HtoehKLYZHHaXwUZT+jHNWATHp6Ho7avif6DN1gBS9fK2ALHVfKLTpsHNWitW17OB3jIMAI9ZlmP9YEH3o2HdnRm6XHmgkoHWyPg/ehIZFIkPZKctpLoVZD+N5uMxGPE039iPbzkvPr5IG6LxKfPErDFyCYm9RXeB6lAa+NIkJ+IcZa7ef8YIR/LUjhzkuOcxgcGkIh4rd/yEh4821w44LeBpkeT8uKWPCJXpvfQi5B5cLTwARt+cBTt7zL/WysB4Hj6+ZTNQn5MAS4/QFEZBjF8szF0/LrOkO/LNiO3HL0M8nFxbe0FmhbnQx6HCZ/YWZxRBNjlKNI7vjwHwfFndHn1h4m+ifwiV6m45mvH5vd1fF+NLb0B301U0QsLNqsmYcMrUs9a0gbBYX6JeXdl/7fVSBdisbAeSEdfJD4BxXJ3dkmVXmk5/Ppid4KK6AkQzUyRqVVzOkx1nBlmAUdnzpVLtNPpd3EpiAZhZ7aAsGu6IT8TqwzEeoT10iV3E+JT2XBwN4tiAHcVTL3mJkc7MFgiyOCNN2G+P+mp7XT+YLb1x6WqhVDBm99nkaQL+LUKrjcCHpgPtS15trq6BqCDcLtFukrbAqGHM9t+CR7A4EEp99OXLxYvX4T5sskLkf9pC8S3PTv27ROIiriuvjzfEL7ovJluyY3pL8hxzcIi0+awVi3u6e+Lhb6+iJA3f7SIhyZbGHThmTHLrGRj4zzcX6Pehy8WD1dE5OFTCwtb17CMeEJipUd+IhuH/DgVU3HS/sWj1BsE1ntCNI9jyrzRW1PWYPZskH2mkIxd8shgSO3ojZ9ty5dlfrQ2WVOghS3Nr++xsrZhDje/VkIYg5+Wkpc0f5kOvZYOPvnpjPDOQL7lcc0btSJfHKurqVgfSR3AaV9urVyOw/bHZXbURmubArEpOgRJbK3meqh6ZbONpKvlfT4+FX8eBse2NldkjquxRmJk48ECUicJ+aro072XzjU+8Q2L5pG8m55gmKu1hTAL4yCUsT/auGMnNLd0F5bJDdhdHv7QGfrUAeYj0tyzcsinXpXzvPzbFmxBxraYmigkmlAEqUeD+znZg4sDHJ6dDUzDFpF90tQ8wBan5qRNhNklbNhclx1lIcsvXmP52JDX3pe3wSm8cjeEm8hG1Wz5vH01c6vmiIf2ltcwE5tfMyd7Y3BqxJtR+Ebk8MQBjZh3Qkbt5GXFXb/IiAxQST5M+g+Sby5PiDbqCN6lmUvYKZtGQOyy0K0G2zNYFntfgZ7J6pd8heQWYSUqVuaz2kMK3zlNjB6q9X2dl1C0scD02GO6V7ILJQTCx4Z+O5dRudaHdDqzpsCubBSctDZY2oEtmVPOfUANtGvE2eDiVlY8z2G9KxrvEAgaPi6HsCGyGu67wkAWTVTQbFeuzpTmbGeOuYFkGy8z7CMUuSY3C+tiIw3bsYHYrmuLhmHj7vfzoSv5dvLmml8cSeAT6dNSe6Om36xZEqe7lwMbZmkVvrbSJh+2Z6ijnhBP3VwaU8S+LlFD3pti9n8nEUzt85I/Ftn4+WUJbTo5RYZS/KJT9zgJRQuDzNxfKKpYeCFCHFfaNKo/bVF/UU9d+3pNsFxrmgY7SItfwyo8b7ANW6rVsefHxJDnNO9xl2zjBnh7ywrHaS1buJ8hA9QK1162l6tKDjZ1S4h0MK/W3n8Z3229faTB3IZLg2u6rEAMMl7GxFCESZUJeXtzBi7kttkPVteiIErSgW+/Mg62zGJ5jWwwwlZdaVm+Xgs5Nyi2l5oMeMarTSOIFRabfVK9YAHlb/iWY0Z/yR+eUIOmGaKa3GhizIsCFL5xua+WJNtUHW43gVe3rtbTHrqJLRYyUherHUU+Khw5Yy3ZB5u1j4JS0jgDa3V0LotwDQQ3VX8HFVkWT4e0zeRs70nmLNiCBEL26F7AEZdRqg8REhQF+IanmUHoww5Jl+Jeg0lx1MK5+Ix4DpGVaBkMjAr0/WzAS6kvNamy8hg59jiRXkp8oXudk8DJNEzrBrE80mXgqcbupzOMWo/vz7o3y0Vt9Nr+yLNSD/ExxbttoVD2iaXxNEnqXN0izQqW3Bojzoqxf/jTqHF/+svN4GK/6rx8gTAbrtJ2JbkVYjbHDHV1aaVOh06ikobiPQOF6N5vURaCcSqcy6mEUdIjvggNxO88nWobf66TRRlhop/8aX21dpCVQo3iwKOy6KevZKNsXbyImybSa2xhmfOBB53MjJDwo1AqalI4IVkCwu5wwlyzukzq4+AQubdrvbH+HN8eZZ4BgIcCXU8As/CESAdy5naXu1orwV+pLuhNXbjGfLaTTXu6YjpFhJIpImHIgZ3hz34GGSmC2M/0MUmLWFEahnYL210gqW2LF0iJvXWVXharAQROyG00c28lOI+N+TSzgH99BZNOw/bfCKjcZtv3CuNW2m29+VA3wSJHlQMb/mmUTrczVDxrS/GJdyKsTKQq1CxcDJoCtbrXTTzz9dtOebimfTc6k820LCiWZuXtYvnIgH9eMi1vE/n48pOif+uWMBMZfEpOSYCrP8tOelF7yRj9OQdsU3I11/EE3JCcO+X5Pi4KXU12FuJSbnXrjIoGKWqS9woOFvCeMO9dcXcTzxAnJSf7gSN+8WXeEyClWGRB/zu9IgR/T65dW2uR5bLzmutSVLyKUMxuqNjlen1FqDg5TsBJuBX/SUgMiOQLsg9q0jPG4xeNo15OdGDGOxLy4YBSoQmsX8ONJzM0ysLPw1JizeNmWmQArkvQrpBKDEdleJsusl1wybQrl16iJ7oflgoU5lGkOl6eI97AyEAmUU5nnMeMGPmMNPCSnCzqpr0y9MWLZFOCEEz/unJs64bn2KIhtXPnkmeEW8TyHVMJmQ3C9VaHJ0kBQxu9efIMr2wJQjlmSIL25QF1wlJ1fjZi0i+68XNwpT1KeAfpybaDMaSWpJ07qgqW5hky3xGhCvgDQ0R2D1ZRNIe3aoS0cDmtmIldkm1WsaHSYcPskGd4nRN8mO9tIgA9QAKoau4ZSTB1AUmVizakPUxlN8U2OAKEjR7DhaxfVU7MaheEsiRPfmuHDj05tTsfppYycBf3OqSsJ1PzSrZPKWpeCq5SQ5zxfnT3AyCFnNhAk3b8F+XjbXAABV3irLIt/+5aSBCWG6kbE1QFk/KG3JLcfjS7scd/rb429xRhYdywpvjvc90K5siKcOT+5j95D4pD2g23/Zbs7cdm20Rn+2KKIG2nXwfq08uSWNceVeEpeXgG74l5S/9HeIfSaabZWJ8A4drJqo06j4x68Gcrm6Hhtk1Lms1aauldUTmE9qFbft7xvlrifRcldjisfzWk8oD+jRUf4kRRVKce1hK9rTY9Cue2+2NBRXNVeIxl9rU1M70pfwANq8Iz0triWK+BhZqrjFPrmll61PovtoIe7jd8pJERWm1MsQctr9HCMKFwfV3DOmip5gflB3WJrqwDb3xp57dWxlr/YEEr65HQP/LKvzWOxerszXRhnYdwGXlTETDqPS/rCNex3j5a+57gp/0nDoaoCj7rG6XgKb0vQ1ZYh5Wa3Wt34ip367JTRb3v5smlNhXRbttsA8fUoTzuxL30mPopB4GpHa8Z1sJVJDAPwXQYQZSutVlHlrupkTDfze/e3URgVx2LYL5WWgs7cMKEaRCLmbL1RInF+VUiZT0PFA5tnKrImWImQXuaKoEWg9YQhvOm5HLmWZhash28tMsJxRSK29+VuOFowAec40VVqpuW4Mmkx39+zXlztKP75OFXDu2+qek5/PK5UCFq9LmPLs05HyPDTkeSDWdQZoI/Hz12y+bmuJKH2qV6hJd17rP8sA3h8LkTNqHUgrqq6DONKzwUj3rV+Lphx0ERY7hs2AosrzmmjD2zGWnWu7Qef2oCjwkaSXnNcbq2FU82LF7Ec3GeKX6eX0zueH6ywh1EMKCzixJ1wVZZtKBjb1HZCmcuXnQB/sIX8Jx7RYGGvvapV6mDWXvh0ExG3U7Ya6Z8ga6DyYfVKPgfBQYzMI0sql/AuN23BM0i+UpH4cgUzMlxNR04qWRaH26wjrX+S2a21BIlIRpceQ3eP7iHs4F6iW2db2BfYuaEiIHDL1EENKvAFXWiSBmd8sI9WM1YqJQ8mqEiJfXeYtByM6MtmR1h5tgq9cU45nS1WlMobzZ8z/jS88yot5ZZ3XDJ3lBondYc7ExAnc76tAu3HpD98NSvf+DTHpueradwBqbZoLnIWUz5xwuFKd9IVT3a46tPATCoXFmJcSkTpEpBaKZC2cMK+X8QF1Q4WGgTb676JMGlkgcKC6Me+oodbx4XZWNKzJ9qjsNdKUm5kuXsvCSatMuOb6YHu9lTMBqXIvgYIrCacK9d1+11YDB+6Ont5jyWnon2eUHjgpXQR+6qhh6zwx/acWEoVh0Seuv6hmb6vuJNZ3tYRttVd0TikA0EBrjn7rHS8S7h+/Y7YG8nzzPrvO33wQep2ZBEyV8WDgzLmEzvJ27fpa5LFbaPBHrhlQEBhOO3hReEW1AAxEYTl1IzP8WTElcW/5pz+ARWEGo8zgyHdWTCqCBfCT9NNHNXfrFXQpmRLCDW1VNH8jScabjSaxRl4Aia0UI3DrFGGbI5Z0St+fAdMC1vMRH+JBkvOHcSPyf7J/K3exn96xn8swDWfCix8fmLGTZXl3ySpEWi+WPQs0lNE0wcRLpb0oHTT3FhvKWtU495rw8E9VObS9ej177TeSozHfCuoGs48db3LT+J/eUnjgLmKzUhY2DLY7GIsIGli0+slgVMFrO+h50PKtRzKfOD10gsF728PaUBOOJE0/2WChpdSM7X9B9Kc2AGxMR73W86ACWeQ+PlkBWWecLHD9onqQ9mFIlKGVNlzkmoFk/Nui4PJ7p3OtcpSXIK1KmT5pnu0P1IMIBM/WusDpYaeKan4J8nUdsAApcp64w7vIUGA8MxK+HCDPyTgkk2DzDYyniNoVRCagsR8qFwHWTAlVIZZnouwCyD5lNDoETe0/jsOJimu/j+ZJFY0E7oNfxD4Fb4iKBR5KBQzcGJa5qTgCGZNcwvG+2k/+iSWZ4/adnhbKin/XGJt2EOaehRrG+HmfadyZnD0rQNssf2eNxmKyNevSA8oE7E3l73kYlS+HjyKIPJNVtfKNPWD5JnJriek3EXbx1bB1Y5WjafKbqc8o6c+XeDdlfLHaf08CKh/CfIwlKMoLfXMsrzKOOO6QJXUXo9dEWEdqpsoH5uzxH0H+ik5+APepuBbBpcnRDURsKJ0LTDjVSpejQZ1liBEkIfg8MRQ8ADw+fytPVmza3Bj6WYU0/v33shP6yw+6oWeKvW8ogWAVfj+2tR/FC18TtDApcvrM3KDOEbSLgsAMCk31r1Xt/dCbnvpP8WKbTsgxvj09wn34kYSZgaR1BLGOo+4XHo1AxtkHlvuuYvel0miYhPWuJxfZI/kyL1ZYsTsGDh0hZSAqHdrMxBOCTgI9mP4nXPCyJOILYrlQMd+cyaqnhZUS2agStVwa4jLo7YF+t5K+Mfz2heSpFQ41f8MQxsdTsQ2haXdHUxvKdsX03h0U9fOsN4SWAhj7n3GhX+SoKuTxVk8pq2e6ot1K67RWA2k0UYh7JK5bzGasKkmSwnvZAfLrNCoTS4gpuuk3Jb8YSdn08pkCVq9eTEYtcdNCybCTSIQ4EQObeBV5/xPXkePjG1Y2WjwgucKv5FFUx6o0m1VnR4KLQ2LGWYcJhQN+LdLUAHbyZ/BZAfJce7OZggb1h1q+aAEfWuvJAdT96O8emZkOuZ7PQoBXI//Us3cEmjh2kH+PsGlLgyNuOlGoDuLurZoCBocqrpgV92GSa86CI2eL4HY7KYyvVDRphCkB2jfQTX4nVGyUPAouKwrQUyllQf+ULYcnTjdHqw1+zD88tM+ybPehm8amG8hKm0hOxQ7ZNk6o0JEk0a65XQhUI4pVZzzZVSv7JXwDJNgrUVVVcfqIVfQnybaumqUAnQfW22DyWFP9dvcH1ohO2SsTE21iAON0o9WJp5Mz1oyqEeVCd+tNWSaj5/fdaXNyzOTKByPrU4ok/2ZG6Z5I1dpwm2sGNC1FfaSUKVS3BncSmmayWndK54DSQ66foq6XejwRsrTnepWKuv1KzSW0p6BpWyNLTUZG9whbUVwtenXqSa6RWkzG4hQdTbdoNkdqggMl7zFmRlYTB24TDBmIn9LoZ5sH2e0qBPPQZs1eP3Ve+WuMeTSG8Olun8I3BF7R3kPbWZg2iwAYPZ7Y07KEhzflzxKSUnFZj38+/3jfC6yiwITko4zdfaqyqLAjvILcT465guK34FEQhLM1VCCT5HCyvVlhRLWmr3FMS6HLu2qnWPRE7JMuaIKZcmE7wzZcSclqMBJgR+HbC5n+kV9Xc+kUkkzgyQQChC6vzk29+DOXLOre9JMqKcdpcZ9S5iTwkPw/sTe5nl6a5xPm5p4QStllax0ahqxLJq0owOv/6pkDEyohA1s26TEuJaRSKQe3VC74JyNKgbozuypgorFhqlatuvvcI0ki52MG0TFmYPNR/02OS6HeQ6t65gnkLXZ0xRWUyNNzOs9Q9J8VDFnEYeGOaichsK7lpXPM92XVOdQJuLceHIBboBR4NFaX1AcDTqXwINoK6WgfmQXEKseQ3wsVTRZnX+yQctqX/U4N0+E67KNMDcUL+SPqOBAaWuMbikgC903nI3D986hpWajQiwZ68h+NUdnBPJG3xkXN6E4ygwaFTvNQQg3aqCcZ1bWyQcVu4drr0FVbLf+9sTYPWBg2l5IRxAehZGW6hAmnklTDF3ykP68E1ZB0nK5aK2bgm2PAs0PO8mAGPAv0jF+k+sWyLnd1u7Urg1qhbzjIoV8GmoW+9mFBKGRWUjXUio/hfGcPNf1IONefsEOU/aSoKLbTlfNww7X9XxuEUtwmp6AjTd9+MbURvPlZyp4D2DhVFz2dODLg2VP+Lj0CdzSt5unBN4q+ctMesOX+R1l81+BtpMgjomYbvUbo/7phThG1hAS+pxsViXgOb/w78I8Di2ES6SG6osIeo+IzoJ7wV1Wbril2DJP1m7oVJCf2Ei/Hi7pFWAx6A0ByMBlAuqiJ9C3mPfhUKT6ILVJlN8VSqYtlOeLkZCfs7kpGkQK5nLdGAb+aJmDCdorg6Au3zGxblr4CILuO68QMMhh1zQBB5cWM/AA/NEM65mMIY9/4gCowCzcdr8A2mU9nowwleYovqGmPxkNyF9pulwAkXQmFRTPeDSywTFiWESkhe1GMvQzBCzjBGFCfdWuFXBeeA6tV+6rOZsprZ7Pm/RIIXcUGYiIykMdxO/v0gxiOzC12kMwB/2e4KlM0T7tXBFykaTnDIptJrm4RGYBoWvCpsYBplLZ9Rm8wjeskUwC4XmJU2SoukoNP20WHPgfsNX7k8rqbPN6D2XN+yDhIvlWvMSVxqyixY1YyaQyYimMvMY3KNXxDTJcrYy+Bh4CO5UAfOr4L4yAFaRshNkWCajsKXWHVleXHa7M6Nx4XtN7d5yGRlR0ZAoH4wdyJheOe0t9wUh2KMVv2PLlcu2J6samBzZXB6L974K6+03/u2jqHoej9nQCrykpjnMBXbs2r31dDRh2TdR4zkmsJteoURzEHFhcpi4rpNh5DKBh6mXxE9HPDwEzn+ikWBjk/v6gnFArcm9PSOJpLwnuwSePej1ckDCX/CS3yxWADKEtc6IMrtQggvyh2wJOWgUO5WHye7AIHLh8iBv3iucnEYAOhx+yqyq4VPCw3/BLBuDhEe/jRpQh5wqQVDBIej6vayCqhduZ7ZsZ8R/GQI0DnMsYoZ88Fb6iLNLDYwcqi/7tRTRvSo9FQlR1jDZuiKRu+p1GgT01KtJEvWr/aQT+Qq6RD66+KvyRUiYE/EuJzKmRzpN/WzsWcC93+erKd00tc49ZWnmEqAJbeCvMz4+h8OI5n+0GI7V7gHWmi9rUu3fZOz4Cx+2JDtPb8mRGs67V78rB1D8uOEbNBnXhPDqWESxmdktsKxi6A74bXMdyMuku3eaFp9dLWH74t1IbHIANH4I2DAkU445iN5i7OMn9DS/AsgGJblUxtd6dOnkHvnAkljLH6tSSrlxDukPl/5BcPagQeron32UqfHn7+zqCb9e/2CnTphcue1/PEQP8e9/dMbayqvdcPVS1BaPPpbE+WFZ9eq4lABWCOX7xVn2mbt+aBgp0m6tWAdpgDEKDfWuddPVxkrt4xda76S2YQett0MzwUq4ExmnoufIpB/Se2vUUT5u4T8r6dHMP3UcuK3//CO3m07t17jVf1qtc9P/seP4aGpEvT0qFlzU0tCcOpHTU4vCmvz9GsOiRjs9LlFK1QNubOfYOSOM/mOvM3L9fFe3lfG69yYdmMckyctMlyM9g6A390BugPne1As4JU2WBruiZzyWrtqY0WLZNL7T/OAGe/rm/oIDAZaxyCqT1uE9XSBQoCLdOGWX/yMr6NoJAmo8dE8I2pP2xihc6JebNYWnvANhkpa936YtNTNOhKbmM7YLrz2YMjI4YWFHhtDU0UnRfHRSJBPynvdEjgIDDJPM0Uu/BJvCnr90ulrL8z1spNooJ3gY+6knDZJc2ueLY9sQhMblWNk1NDML4ciCArdzFzM4yFZT2Kxz8fAsbosGvW6wq9IM4UFm1yfGTf2CNTbqM3N/4JpIYTlTpLmz1258+zDDz2ZTgY92TlQ93fPYq23PfwtzinyF6ZyTquQtC2lIaqPbH6FXLOupPd6fgs82WgIT4ZIAFv27HciMLpn+ExHcK2GkKcr+2ksygvDkxaXdkyq7D1XJ3/OY49GkkVxmb0xYSVqne6RFn9vqO1GuncYLvs3pu/bxl843nonWHFlU3oDYRNxAb97Jj8vZYKYvOxJhpUwC5C53r+9nLnMWV3M+zfxn9He5KT02vy9bJYhwWFVGVdBHGj3DaJc3VgzvZxem7AzmskqT/X4ebYI/3IPh+Xs0j2FR0zouKEm6YQ9KTXiTF7Ais6DsarwYi9kh8NWDP7ml8M4xhrmkxLBtOGmYMtNuMMYdtP6CgPrq+aMv3h19sfboey1cTRwahbhPgNr0/zauu7IpD45ljjJeOh+UKOSsfZd6SXWDFBNK9wdZHT8cQD1gNR9Yp7LVjRo4qOStNj7Y+GrbQSgvl4NTXp4dtNzUYrEEvqX5JS5DPd1RtjfHGWRjRHvZzbSVYX/L4ev21NdvTUceeA5bfybfKX6iDyuT2ejmDBSuktYaH6RY2XxoYmnJgMRSchev8/VScqtH20P8rXf1XeQc/rIS/Hsk/o3XtFp3QR66CBTNWoIs5USlUskHBsUaPj7v6WIIbPy+s5JE30zjAs+N4eEZKMj67lAfSFkhP1j6Ajkg2oLsoPcRFgY9r+DD/uKzFtwWe4y5QQfxuThsz/QNuDvy/EeAlKfzaxBY3jnXThLSrG8Ga2WRrdwGbS6sjzm9T3Zvs9PiH/8vJHX031J8ysyz/WXd/eXzy5dvwlqJwsUTAhWIZb4l1lYnegWmQu3udVxVW38Szz6TaS4Hfa4Mz5vh/gaOFb671scMXzE/dviCOYb4AhNk/UUBq6c39k/lF9mtUx+gjItyu8X56RjIvEEo1l5W5IayFaFvHoPez8Be6pu2fvRV80dftDf6Iv0RGQXTHpl7HKU6MkudE4k7zdBxUCygC80QF0XOheSHgxm1fWcFl8xH/Gu5R8cfO0XbVvURN2Wbwu4cStbA2nSspuUxk1n/eTNcGijwZRyhPgzGFfWDYlwSh8ikBIdOdAUX5SymLQkqS9bYAewdqhBwHkkwTskCQwegikGrlhTmMXb7Lloq8M0+MBzY6vlBwBfv+74v1vf4S13OIiAVUZDhUim4BW7IitGUHHWEzUZwVsu4fnXafkcgSD9TYBm4AKUJaOeJxpBo6/yZxoK14r3hezJWJCm9+qQxCVAo9XhVJ6irLFD569UvvWiu+MTOWHjhV6stNlY2WrnwMZsnPFeG543hERr8+Oj7xcBo6Svrxs6kNI6kOSl5xKGWVhGj9TRJ5AzqMXXU9vwlkNyzcIIghAHEddjgD93VOaDjxrAt7bgV05j/4Rn8EGJbYujTV9R/xiXxMymBn3aluTMuFTqIuw8rb2on4/YQa90v9vieePjceValwsNnMhZ7p2+0em/0FfO9zxfM3uYLzJLWGyIM+T6aifZaAtRyRxFUPYQuNbvs5ki2usrAvp/NAevFSGCMXyVRfCrbPVIDB5u4FRF6wNoNc8+4in7s9+X4f+Li+Y/y1FY7sTzwAAUgXjQH1JXhvtKmH8ig2LAj/TVSlfcVzh5W6y1syHk+7odDSrGlxoeehSR0T310STIxphv6lEvo3rtWtq3vimk2x3i+DA9k8EOr7ySjJl9Nd8rJ4iknAxM3MVJpydWlmH9yHY5jZWfPmrgELkzya7IfEVCKRNdOK95YBOfXw4ggvBpXw+oskbtEVMeh3Pt1rab2/dBEKQYbbhC4n0O2tGOwX/+qeEJS9YX4wUx+377jhEc+5VWS+b1nMJovho9ouVYk/6gyu6nMV1DbzrV+shGtWGif1ivKwNRSSYZEUHquZQLrQ7Rvob8Hz+9S1j9Hf5hzUMyqkhjxMd3C17RiLdVXhIENzKjkeOrTEYnEFCHrG2yqEmHwsugyEPC1jSgGBr4Fw9DI5fRSfojG8xk5r5f8EW/7DMG77mJZDxP6kzo2CNRuxjJZg6Qkc5kM2etyMKY6S5mStgGRL6EtxJk+zsAMZj7w+dSr1DWX9695wHv6YmpvB+aMmfpQS3HK2rkKbNc3c/TrQg58UI0r/QiFkOk7/QsCMVKx+fxPGpIgIkO1rIxtyuF7mpPZ+biJbulpcjcAzEuCPcLarmSN3DYOvpKbVA79D83mps6MbXLtiJbTTTcN/GCsfVzMpKY8Y5kgKFsQf1WWM8UQZY159YHZW4+ijwR4SyxoUAnXVryijydEslkQCgY8k2p+rqMpA7tgkZgQWmEWxNCVX7lnboVEao/dV1w9NJa6XwC3UfhfSYTwy21iKOiM5t+n8xewIa2/JBYrQ/uuR/X/palxU/vzFJFpwfzypueMS5MRQFjPv32FgyYmwA/ffSisX8eLo0l164OgbieV12G8PgAx/hnb287fVPKtYNYx3Jimsu8DOgTXhA/NaN9Ut40gzRjlEXXE0drYaigLniblENsr5hyCbVjf2DRZBz2sBzWPQhNvFO174fSbjEsAmf3q90v+RMw3ztyE6s97QaIXMUIPSXr0svicqpTq9Bg9p94jtHnzLr1X5qDyDXlvKN3MLXpvIwc0mx7E14jc50e2VdC359FdncmdfpzSRPMb/BybBeZ2PSyVA5LNzuJYXO72kxYuKRM3/c+u+Rhqai0IACWx/eSUtedOpHZTrIML9TwEtAaj2GKmm++4DUBn+K1NT0sj3RSbiFMDl9oLl+Cbeqx0nAAQ5gAZIp9MlMbQ9wCsodriBbfJ0heLpQV8oJ11TRIYSUt0/capZztwYBs6KDBojliXURq0YXqHCa73WBOJLF1XXssTmEXzmlMQfQdSUUMr4LMwUFBE1QEgd3Pi24Aa9TRdW9cwJfkWcHiY/rCLIRnzAFptmD1XupcheQG+6XDU4qJR5Ne1KrwHr+CVbr/ApMI/hGUEhrfRG2EScBJ8Z0wz5ixvTd+jlqOav/7ABlr8UXmzNDYzV4XUvHxoVagb50CrgqnmPatrV3OdlUcBv9lzjBfwj51dB7kv+TTLO1YWHso2ViAtT0+kMLfJTMyWmHKNct7uSiHzMNYu50szJBhG+oFRuvbsPBl97fe2pDXdNrkyqhB2odxNLCXFWm1oqZua1RBJLHO53SQ66xgwdAQuUMQ6FWu2m2ZjDhj2klnXqZr1tZNvFfWG5/1jpSZJIZ65YbS1tYxRMwfjBw8fV1fTr2zj5wP8zA2w/W4+Kv+Gdrnzx+Nn58BVZWvQZ5r7k/qFyos0/UMCMpbAzfgb0Ppl0Cto9h2Tg167GghorASKYfB0FUPGyVxVyAmi8pXamlLsI5d7xHF+LRr74RGDaR+9TFdQuX9msm4YKyTYsWv57I3rLY6AqaEqVCWXk3IL35Xks/M0to/GmUdt9SoAwSX7j87+xtgstyGfVXEglRYepcLhaOrdku9r9bp+dX1hkYeVuV8j+Z0nKyl2hWq23DvhNPOaRffF7ef80df5O5HfR0eS8s7kvGQTSz1i5BE2b8bDp5RwkRO0JOqfjBML6AkoVGwIknlxARPk2WvoyhaXRS2SMK1XIs/UVKkTo7d4d6YxAffumyVW/0GGnRIsqtcJuqMMTcxMLVLjBNd95QyOnHXM7rkrsJSIlSvBxUsBF2IlW+Y08yJGyZbuS6A+E4koUSm+/u0V2Cnk7OxVzl/Pn0qh9o3+9SqyNCpWf+PZyfVpIC0+YxnfRiB2GjTCWcY8fOGWlNz6vmi4jfDb+MssHh6Kdi8WKAEAq+7mXOWJXzW+vwfKVGHN938AbZ4UBKVIZOw9kBCW0OAd+2+kJhVkFp8NySdlamEJQjG9Cn4vlE6eUELeYCRV5QBGzMYW82I3xhaR2gbelKCbdjmuo6clkQ/o3rtXvFxL5pZxDtCzLxPxDB2gteXLnYRr1WRBT/6UPCi034wq8v8NA4OwAzjwcd+4OOaX5kJ4A00H4/ZM3V5lsC3uDjJchyw04z2/8Ai1vzfIZQf7UdhJxd060eNwLUey5UxHtosdHqBbFGyNl6nDdfNbpbjv5xURJZOM6vw/4qT8E7lkfB9TKeaQvRXgzYvaic9mm12nPI9/DwDU3w9zU/xsD+Up0BH+RmNpXCYX0GWalOORXJWm8O5gHHw/WCYnqrhlvA/s+X/G2zjNu5kJke7WcINvpDqceb9tHKBqVw/8THJZbBw8WcUn5JxOGY6KXt0ZsdrDayEKMYKFwPNL8wzn+kkCXlgPuYCksw8oVjtM6PQxSuw7+HNC1UhXQgVyafA9Akn3Hr5GykjJAQTrY0T1SGLe032CWPcq4I+Cz7oHomxcz/JA3Phla41Hp+lgo7RYsmDm0uu5KLxorcMcwStURAkBk3nMB7oSOBfR7YVjzbWcgMEmSJeACa7cQMqvaBOa2r03PAY7BXZGE6WScbK0VdT+RkjIhVNdgapUG2oZqkSF06UEcrFkQbEcB4XWe9i4XHEx2uP4PWZfVK0WX7+/kZWTjLu+fxuJg7yvYRGDES0c06hxLHroJOKRV5FhcC75GDruWX/jNG+GdHuXPFOFY3G3MP4k+2M/P0TD6vdt6b1ntkesSyR/7Qn8t6vFyXSdM11dfhh6q2vdXepqSbvROPSqXZn8anDzJcjyPZMDZktw8JUKoS/TaocxSNXPZUwkS7iSzwo7aPIfCuP3+iDuwHS8RyvOIFLVN5gUDQ0jqfEaQRuQi4DzrsAhFO/8f5aZz+nHYOdktSIa7qKwR0+UVq//3xx6Qd4pvF+BwNbeYVhIxEeTdYhbJE0DOwEtyE2W55M3u0xKLCfnovsa69n5Hdh6303gb5CKC/XcVGUhyh/ljCPDLxFExIjy1M9tElQofSjHmO0l5R5xdlPcvjzMNzPjxlVVR3hg6hUTckdV/YR3Dq2n1ww+zxj4t3NXFK93JhsyzpHTMY1LDlJWkG+U9UmGRW42eWeemJuyGFPMAoh2T5DiuEm4AMkep9iO7iwodpTNVgGzTmAHGW9s93WW6fWpxerf83bJ9XwnKiaNdG+UXBQUous8l+vHs8nQIoM0qnIAvnlLfH+X6E6aV298gAIqBF5UPBLMk6p578NS3OlcstN9tI5dptcvAlk56WvcxXetwo8/rnyCKRH96oQKduYzifTSxFzxM8KtT1AhDtTnNR5fib9TK+A7ptpLNfJsSBU39dmgYi6/u1KDFDEvAFYiXxCjlQbA4kqCheNKgQXjSvBSnumc2qfWXyOiNkh3++Zr3Z9yLFzOZ7FxG/bJA3LKgIrkWepd7Qbntu6DKqqVHF7XseZNtWOPxORrFX/vBraRojhs/xlfi5/JNeLH9AFGi+k2WE4Df6QEY6kDThK2NvpsNhiW9hYeVLUTFm/BbPXmxPidukETa6X8no1/+dD9V3w9fuXXib/OsE4Ve6s/uKx29UH14H569S/5+tOJDUDPdX/KjjQQcCLI9ZEw1cpdGeOl4PkyPajJ1bm+RIzXr0XOl7y7BUv6yS/++YtnlgcLA0ewZ0Tcg+gTbbOtLULteRXiru5DcXx042D518k6/HZrXTVjsYSD9s/oYw5ieU60j4/axPoov6PjtRTA561Sf8XcGyv57z5n6g+5Sn5Hli5q4YPxrsHvG7JduSTKaYadn49P+DPyYuFP8ft1zTlwYVuGaFIOizAzEnZtFL8FaHnsgwB0OZDOz9kO0lCd9AH2pP2q4/aJbV9yDQkWtYMDRPIiiO24h54pCbKYX4shkg9mkV2H7U2u9fZB/zkscGJTrTZs8DesIWWPd2eOM91X62l67vq+zow9Ibt1TPXj+NPqibN/T1zxt6rlIDHFc5wXPfM88SZv4glTnk29NqboKxjlmNNpLYmTQCC89gbhJRrJqhfMALWD92EZn8ATM3mbxqQ9ESt8J5ZEmsw8HdxDGWKVE7LLLRbYx+Pb9vHjaZYUKGe0LXh4AS0QTFP6JWkaW8Ce+hr5UnBRKCzHiw653iAw6jEslJsElcX0zqYDYxm0G8WdUF5fdY5CgCHOetb9BXALvtaRdUDE34OYgG9h0SK+4MuxAZy9dKDI9eaRZRRXZ+fpasyeqC8vvNHGSEUIrwkh+MbJZ5tL68T+l4FyKcXiBsnWRszs85xB6FqXtDq75+RxBOyasOeTu2xYMepRZBhCmubYyxvcuCZQnTZ1pExBySu9B+F3IdxByJawvKsrAtMGS0uNjBpY9LFw9P/5bGVgYA4/J+tVG7bFMFejMK15ewUltJktWBoKOkQh9ZNeXLH5H0hpNNGzH+qJ2cRhgUGtPniNVwv+wdYNSwg5wFPhElW4wDl43pA5ocrZuUE2iUnzW/Nw1oPWPlC4ETX0QJH3HdUizb5Yrnf/Nz3HHmhrztdoXc9HojtnOb9+TZnvBhaLNQXyRbrOso5zgEmFKFzOo+6EvcUxysNy+2v/HypxkpRptckkwWqL0zTqmZWcz9/MYDDkJETcrUHwDIPEEleKIGqot80YpWPcWOewYLAbIa8mCkQ78j3cgIkwAP6vaMHIoDiXMIoGTWhharF/PAQbjE3d9dfeHhb1Endl36quge85g8JBhr5rKBS4lU+OQaXh6+8R4K6YCvKI//bx2vlXco/jiKMXzeLxPjNiDqN1dDF8byK9Bd/teBtF3wODXZmyQsLM2YmUFqCEKiPDnLKQ1tnctMvpzg/Rpsk50pQJgBmmKvAXsGDkw7GTSzLUfHBmctk45ISkRWQrH/ZQsLC7v0CXyyY2D6t6v/cwYWfm0TcTzgb0Rfi9+MCtuGXdFt1qVyjHVnxcMHLgHcbU6u4M3tK1dax4arlXKr/7VIRi+h2CAyXnyg2IMqwednlaZrQgJ4xZMyrPox3afzi4U2q6PrY2zYsVfS7BIecsFOaGWD2SuAtZsQuT+tnobCcZJuuxnCxzB6Yw2qT5BoRS69g1pl1+iJJp5LH1JI+B8mV/kpAgRagf8AQLvZXLN8c4FPKzrmX87s+M8r53YhEejrHZ7dwjfgL2KWCGD/GEHZ/cylQSleVtEsMsnKhUvTWieYa8Gk6WPF+2RSGkxz8UkR4gMfIs9GPel3qW/GsR0TULaLyRFqJjb0PMEGD3NAOwevcnHq3PRstFmQmf65mT4/gKGfbi43nQNq1ce4+5E8e4u2SK+PBKZ08wDBPYsswpqm7/1x3bpBN6ci20Jtfti9q0dvJyjYaZHcRNHhvCoE7BfcW5gnRAz4sNO5BxNMztOSqPzbyxOcP6f29x7jMq9uY0+SrpWvzn60axAxzeeRkkR3+0v82gL1y0OYM9hzOMxxbb1DXJn5+0+b0BuYRCwFGKUtuWYUyV6z0PmJZVXMy71sSqGp2d513YxXFwSmGGHkbi2wYpW/cZa499xta25DcVd6POGG/rq6c4bAZs9veX4WdKmpYdfH6bEMEYa48Vgt5BQnVhDiE673IsDmvQtjsOQQ+IprXeF7GZ66nWgupu/taAG6WBPDwiYInA9xo/XQl+2tIM6jppGYfZXSv14zHVNxtDF5R9PWVIzH1zGksFeExbBj2WEdB80jPRzAh1Yil7IYw3YhdV5H56ffcJTAlTfAvtfLq5QV6tGJZ1d5xQpghK+517PC6GkaVXVirCWyvLI/WkoGnA1evInMi6e2zIUklpLcI6piCFUMufqVyqalycv3EZJ7TZ8CUQoz86WDpFC3GAePIvqwm7FDSNAO9QNdNtXE4botyD1Ig8ON+O8KDVdkUnzbkhrJBS1r6/ql6hY36FAypIXJBCjdfV3wCcFGtGTzn203a7AMaD9j8kpMTco+2ZwoyaAsDKGvq2TOcNQT5bROMw+Dy3w6XjYtmCznaa7c5yiLRnBAMBcQ/ytMhvuSeSSNcZpZ0Vks1fNXm0HKMi5IuDe3qOFaPnWF/kagUdGAZ/M8v5EAD237QF6EAuwLqwcqZsqZfpdhr6bI8sstu8UK5oFCrPjEGhqlRznJUekzgoP8ZwAOfqomKhQ6bXtwOM8oZgQHQGznBZjmHCWEUFKN4fQ7Dj7T5Mc5ACuCPaMasKjHIqxUa9EC9RpO6iO7nQ9N7iOBTVvQjI0gpPtVbRQeVPJmzUP7Geg+kDdiGXcxKMTSOWAsRo8/P0rUyq8FJCpUbxDKsVvIz08xSD0hTjSvVno/RPu1AgcqSfLVXr5dYmHBkbk7ZcmTZ6aGzOJdFU5yPPK07uGydsZC0WGkWvWkP2sYyC4WHXHwJYre3pwsZpMV1QJEdvl3Dh7KLK3Rp/S95O7Hp6gZwNeFprN5WzkhQNjTQLY6cR7e/EJKXCtuzWpOqPb97QiIUUUz7sZs4mI3aBebiZ3nzYHcEAuPWOayR/Yk/xBQki0pfjRrsr41BkTIaTsP3P99ATxq5K0SXuuBTKZL1a26hHf9vJPRA822pgCyo5WLORDYj2KA9CHObbL+4jkLrRIEBipTkVGXFgf6fezbRmBmw5ND8kSL08XM6ZfTaNRvYW5g1af8vG9wzxUC+aZ/PHbuLtIxjepNjss36lrdtuoodpfPPm9zWdoN6ltlN1EcY9LH04LeEQ58ieGccCoz70bA/mY3RAq2mkdlIYm7IwNlrjURLauGNQ9jf4Um6jUph/C933LTVHyRxKfZbSD3pSkdbvRflLSZKoC5rjM5W2gjmjcg3+M4zh+RgdCZ8U20l/cxKkUFcO10wi0NWmH8tm9wh0oHQd9HBjRfSmhEquJDnDKYu9wNEE61X4FKpswzlZvmEwqxNqzaBGjiSeWlvQtYHVEKQ+GFCuUpIgzvkQg6OMetVuB5qTZjjY740US6u/iVqbuuBWbOlRW4zNwhu6kMkdvSz+ULSa5Il5HBP1FIQ7ujQpdAjTEkt61YW6CyNwYbsyIjw9JX33aeyTaWTN3C/ITHlQz2ChiUVmz2UhEGJsqfUU3P/FDInsNcGDWg/ceLGPY/cdMoLfOnkS9ZjsOGO98c66nXOdt6rEVjOTCyYD7zpayMwmziHLz5HdY1a4cWQvq6eNZ+IYayvBavqjrPM1cxu8iXmQO5QXrX7eD99MwlE6j3uxKLGHJnrOWupQGGnLq4Me1cKPeIyx6wZV7wzkefA1Kg0Jtl3AMBemsAEEItK7C/5CW98SryVEeSYP3CkJV8EUTcK/jWI4YcrbJzk1FMIvGEMMo/tOaGVfjZTYYwJXU+/ouh9Z29x/A7EFS/HNl0IpKGQl7cbCRG/1cj035KHHyCcKRN5MufpaiJBlZlf6dvGcUG/osOjG/d10gQMXTIPDr3/YdULmhkbIhWxUzsJtO0SbumiLcBxu5sBz94cagu4VztQgkDiwVzCH9l7EotI1fKQMd/EvPLP9y5TiUuEiE/xvmlYQMEGkz/Hi2jysUr4ZpxPTEW4gdGpNQHhEUvBgmU422XSGWySif6YOYohhmsINa5jEhFuW9tNQNy5ucWLbEj/yPN2psYBb6jViSzXFKUjqnV4Yn426qM0V0q6Vxibq40xW3VuE3l/xG8H6OqBxNasNWlZpLc9mZVGO/cP3mpL7K7NrDZdr1uJASDxivtdSk6LJsVgB4R4wOd5ShRJwJ0Fb8TCtikOpXu7PuusyANiOmBFnSmv7aG8zOboJpyRRjqZUypSStU/jSotuw8gNt15c6NkqXdT7Peo6kfsZuUbxCQIa0EDYh4Gc4Ct+7XzNCU9bJzvUtXS005Uxl+y8cxJ7mSBcpB9XbYADdU0xmnHSDUM6KI5MomUZn6BGXunFN7hWnaZyC+ftlibFSxE20uif8fJ+tkZsiMMi2TU1erc5DY6gX3woZuOI3UXGzJCaIDITWNHe4fAXsW/rhfPl2QVvGe9s3jVz+dsCEJAABp55fh4DJk+p/QB06wB4PgDHhG8lymrXF8Yw5PdIC75Kz08P9YHh7eYHqP6Ud/Ypx1vPx+UtWILHBxgRLWseaESENaRRxPiWyGgKr8fpgiMx24nJldgdwI1IGB2ztGb0ilbE5/G+s7fLltL196b0RQ0f/DKrsbDhi5/VucvmfpSxEHd5za/wC9PxtAznfD7jJMdHbXmOiuHkh0QeEQAz3pLkjMZxC5MHwbvJbwhhAqsJhfSnCVevlPQfwvThinnGm4hQ+pkEk+znDzHxXtbge9B/ZlpV4PtMBSHu/oP3deR5/FjI2FbO6EVX1mJ54srkLEOHx0PLY1BLnjFDp0QTa8dTOlWKI073ji4VYraOk08jU6Fod+jqaFi51eoOYcMCl6+PZ5/1DxqL8GSWgyYqYASMqLYiMSETVs0wkHm55YlOHI78+XMenexQMdns7X9B9JOxMcj4B+6awSFqNttybDE3zIW4ye6N/9jTYPbPiMNxYcYBIM260EzPK55tdbwnpAniWgXdVfmLDhgMA3kCWNUGiMxQqk+ElSFmryghLsCQd974g5ChEcphgHS8lFTJ5oE6wQGJKppDUjrzvRrDHq3VLW+XaRVLFy4H2g/r935KnyBZSQVFrKkjGEorMHUTxwcSrm2vkcV1hHA5qn52Jfgy1ZHl85ZRiNDbmogoEiJOAp2IV83MKkuu3eN4Ar9I5vXVfv8FXMzWlNLij25T4NYhYlP4N1W+ukUitN9xMwnWR6OIDbQ4BZtlKu/l8U+RNSx38uvX5c+yuTCH2QjOTZnXa8B+hdT7o/AC/175+vlgOPrV8/Hg1sevfH6PxInnB11aa0N7A16jaO3Uhd4YxhuB3QxUxEtOI6RXP7sVy7WfKEpvyW1ZyXYU8ea8Zdv51tRje76IIOYD1XdMDDvTq4RSf4CCi6KuWqNBPnlNlEKIO4JB0xJlbCHNPD2+OlHueBqFTkuuBjtU1jk7jE5+uPvRlp9Ly7iomroGbLTrKTwm8rI60GoKYRzxiRxARDKHoRauhHu66WE53e5/D86bDdlHF2chvLfSsn+VSKilt/qcR5P4p9qsIPMj2oN4xHvJUlzh5tSydOY0ee8hOpzSf7XwhFGzZDfswATDKcTXIdQaSQH9+rTg6tJu7OP+pW674bXNNdaZwsjof2kz6+4QLvjrUc/PyfRpS17n3370/3t237YPh2KdPfhVDp9O6p2UnGq1iuCzjWoylA7DP55bm8rj46uw7Y923UjH1IkE2JASOlU23/aqZKeYUhpqwFtrqd+YynxOoliaWFW+OS/GgjToSzOuNQ1aLq2WBEFR26E2pghVNY1NqAznHlTwi27CBd11g/qX2croVQ1nGQxN9F5Y5B48qcCeN9lJVIb3U/v9AMhNiWX9jaAruHG7PrDl2jN0141FExi74s6ERPT+Ii5OZT0P1vD6SVWHMqrVye717kirzh3M2CcOmvmOUtRzuga1GRAFYgmVY+Ws7bt2KepabqoTyL0JFCvMzYPzQ97LxmFNDc268tIp6kA9qh6e9E2MVweJy6Nqd9hfnnIY0LDbqHoZwFXWvxUg5SNI6C+7Jbdlup6ouDwXgMQsWAwf6LxlrJq0zdVRuie6tTajPGuxpakVhfaOCjtbQqQ7rB1LAftbtxJk3cv5us+J1JMaeggIiM8KqvLfdnpR0SZ/1BF16vGnc+LboV5gaf3T1guyHr+eg1zwwUZBXEC7Sm6TONli7VGUHINrofV5W/sqQjMyI1xdhh8GsrUlF2xCMWi1WnXZKXz90mwUC5rvugcxVKG1icjtaefThlFoWBcWr1+VaW3kTwUBiMOMe7gSwuaWF12dqq6GsbOvFZ//zuC7Gbe3oqJRSajSmGDIRf/lwfGc4gwk28uaYE8DNtPUC7apv0q3vuJAml2lz+WrWUPV9ldQrlmCtZ6JDvCB76lGxhyU9HwzYuVH0aywwOCid+pW5y0BL7rgL8N9sb6z3v7wxLqQCvmupfUiQJ2VwAQ6vqMCOZ5iCuBVMaUH2RtdJnDGLKnIE0jGM7KOexvYt6zOMCs9rVMlNoBlsij8rDXGCAOVpmtJ71aAOdroy8zDlGO5LjHTRFkkZpxdPqlsOStLT4jl1htp+Z41Nj1KY7vSpwI1EOpSS+9rCof1xz3ZOR4YZ4L5Yxl9oA5Be9awrOYtG16PwC0xSy+Etqx7HhuGmfl9JzVpmlmcg2WEcWKgCA5kE2Ofyfv/x2WsBV1+L93+F5sZqxCbshQlos+rnYQK6FEKnIHKcOPVdsw571Jg+C7kjNLGv07TUxuqdRm4Wnbmauhqwe1XbbXrZnF8EicoM0ABEdAf9Yf+f5KvDu/5dfGymZaPq83y7Uj4c7qdLECSI1fRukYrY25GUeGBCqiNKSo/j85ee/DMo7cW5fwMXaJqxbCHmss8a4c5OgFmqmE8v67XYHYhavNtpVpShcnqRZBsplcsdp6ZsBDtXOwFNNgEPhZuzXrDtyatD/S/ngO+BVj6if5ZGsOyD4RG6v/7uyeDFIYLWduNfFroGk8njyfkQmUGiHt5twc+UzyKVYFYaaMN6E1ofK3fbgrcvr2dNhDR/3Z/FKA8LJCzSQt23AVUj0/36jafIdp7Wji0YqFNcOxDmeMzzZXlWhCd6fmZRkqu1zgcMqjA+vDRE0n0qOQ5uiSJSm1KjuvYgxUJE0+gCx1ta0es1XMPHyd6eeH7AAWIkxYDSpCfigiOlbnetyQyI8pS61fSQ+KHsd1O7d8sk07NqP+faBfRh2px3v1b2MUNf/1O4Unx0ASaFTXNpCS4CR9UxGc0iwGVR1iTHU7xspW9wFU1M96nRqbP3WkSy0VvEpF37cKL4eizJmO6dMAT6qC/7jW6HkP8bgJNvGyr4r4dmOO3mYbp4UOIvNZRVfu0+bw+z4YPwO9HgsPOYH7KbgAjO/r8id7BXYhpfzowPZ0ggz+1zXidTLkk9gna9GG8UZxsneYizpzhh60Wvd/hil987C0cqxCPwyD3oBabzfA7b9VgYQ+2j+5S0xDaqRSECEggrZqjzUlkGDvChS7Pevx0AE+w/3Y7njBGjUl+cHkDOXyb8qpQev/LbvsIMe8FYVUlvXKZY/NbL03oLZrc+0/GzQ5mPMoMe3qlzOYq2m1yn86NyxnrZD1mUTu+tpnM8M4nVDm/y/bJS1AiQvJc8gJlqThN31fJ68gx8fI0m9N49Pm1fceqCGrWWTZyAnmLfB9r8+6ixOW/8VDDPMu2F0tPwUdTVXztAAXlJ4nmeW4gVjCmDq4/lHLivUdh6yTikgqJvHZaVQ1Yn7+0S9sLaqiNhNLhFH3X/jFmGjTlC+ziO6TxXWkXMbokj2tOn30/gb+Rk+6XdzQnyvqyaYdxepptiuEzxkywFMY7dnMl3JI76iogX+mWFMkljZSM5BNVpJgKMqOMXKN5LZJHmjOaoykHxxxGnlBTXChlKgi9QS458Ncioim2faRwNRkaLY4pbbjW5GwPEfmNVwhGENmVzsAwAJGXkB9zZ7griCK/XFbEScQNwo2A0u7YgRjoRw6tJiNkgVo4MsTAv7qZbMDdDchJ3ouk39ey3tZ73DeX4+CjwqyvJd7cpiUhyl4759snumxnS2dwMG9XgF7zyLQ1RP12d47mvV9NwRX9HPq64jDHDWgXY15Nz0PcoAUQk5njy91ajTmumAqRxvt4dgv9AybxOhbNKCj3yLngwu+KFFVLjZMDpmTT/9elNCCLvdDwu/+/nPQtPPRnuSv4Em48m00A0gPTu7gx6WtCrqmcsiuxnTrBhUSanKFIUCrhtKxLWG38vtykiRKkSu1QfSJiWbj2I7seP5Lr+A/fpxb0eiwjTmIiZBXj0OOaPp2jPeCDyGuH2cR3aXKVHIIcpcSAk1BSLOcqIf7MnNbqD1KYIoQ9pJ9ieF3Rm5G8lTlqRXoOpJjZlBfyCjzT3tyMiZU+v0v12iEP29Yi+XVZ2+TX87USsv+7INzRm5oljoTTboGqkIHy1VLWy89bM/rMOaHghbzzl+u7rfPaZiaRPywTaxhf+ONKPO3D9LWGvzRrhuifrPyKnutvlFM6H1OT4w+kJDcYtgcN6prxBeWVdw6RkbJlRVeveinQtiKmVmK1TKyQHW4JqGZYLGZRcDi97wBluN1o5ByksXpvyaLGeU9rXq2nEfI1JlL9tLhH6oL8JnzdkF+ZdUV+RV939CF24OemlZkLw3Qltmv3sl/mcSURKqEnqnAReX0xmWBZM+QFPFJD5Dfja4pCAKwx8ivPfgkdfR3ZcXc/LI+667RaW66a8835eoerDtGduHSPvo5mkpMFtN45O/6iQaqDbuvw/Pr+d37dej+SdVnxygO+xe5bkrXH+K1+kDTYnybtOwHHFOjTfPBR/vdc+3WDJtZr+Z0rP/HOecOKzpeyEtPMPNcw8tm6YZhld/oBfhvTockzvpxXFO+cbDu6yzyzg2JNzX8LxuaeME/QCw9/hT+wwmVF0i13kqYxd5n/ogbPqSQ6uC6CJeW7VEkgy60z44sYOJ1a07CQidMrNQPqeDi1usq8iIHTCc8OzHECzetzFBvkHyuwluItVwsS+DF0HkPvDlCRP1Ynmf9U62Vwe+9kprPv5iiUQ7HFUcsNSigoAVHJX/3qd+o9W2FgHvpqzkBMfFkyAQBKjp8sjpYuT3451njUY2PptGjlbnteh3oG2Ze9wSNzju1H2+PZoV+ipF9duR+T398d8JXwiA2rKakbd3V0HJMrK3SOdb0tZnHjNvBBeNMuEdGqDUhJHaB8owTOvx7MVGEMzS636Mv1bWjLRRurAVFaY9zw5ZuimBRiJ0ZJqCzfA8ftnWWghlpmIPKaylg9OiO66mQ7ojXfGPtwY1JREFTO/JI16jpgrB3B2yD3FkaQc6W7Um5//XqawVAOKxb/VaQZsyF6mwiax8gsIQh3oNBWFqcJScM8fRTs/1opQQTJfaJ9huesLQ6GEzYhgalIGPUWys7E/UBkIzgt3j+DZMd676s9hqsjrCFGS2tE8TAOho21oplkfEKvM8Qzhb7FXD/j16/zX2chbY0gyGPYVwQZh5ztCAs3VVAoKKp29IgaUsjxKW9iUIhd/cxUno/50TYGmwduJ61In5dcIN5osu4Ym24wXeecuQXXv7S5hVhcDNsYAqTapUhDpI428e2efbDPUJRv8NapHRJkbsMvFcWcVt//F8U34MT+LiNwzgUNRSdML8Hf4a0QTR+359M6ATbtcztl63T5tV113Ytd9v+Qasqd2/R+VdywjorMXZbd+Le0MCs9Pp6gYiXIx7SamqEBnluRB6IYRNUYnDNzKs9sJGWvLIdRgtUVX9HuCLYRBezpzgUGDNoQWCZgbYZa1vag47HnZYyNliZ43rB2tRYUnXlRD9337C2vi8+JXNkbLWpJkytiL8eo2GAGRRXlNlW7vcA4sfI9LqPfwNdt01BI6XCuqIhLTAVf2T61OoS46rLqN8A77+m0H/XWxJRHD6G4rwK+UNLq3gZMgtdX0La/voSwffcOZwxtTmOX0r6xwZxstaZMKji1hkvbpX/dqCk7Bm+bpq0upnwylHbLlJ6Ie7XI2hSiyU9TcYClVVn5Xms0t9yxVrB87GAl0IIPy111EV4tkMWmIFi+1dS5v5v5A/yTHVp7eKuzSjkkPy20Cj/AxAYzW0Io+jsH6PLjvw5vqLRnEMaWeFWRGd8/CvtauA58pNLPceKYiDIbLDxa/9b5wyP/RxqeC4Flz21zxwx+GhRMupiDPbOM7GBGQs7JOkHjKY4hnA4ALbC9B6WKQUkw7Exn+TjK8Q5Ylw7bSQILK1VyEx5nijfZkL/qS6bebKqlsehTyA5FxlHEs8uYUQF2MVAXj01dpZxn2OT7Mzl3oMQk4p5vmieiP6+RteLJZxvk4OliuxCxWWIxsClKFvM+FPqeHjrLe+6teXKSdoP07nLybE8ybK0Wl1jmDKFlCnvlnfLN7JFxJS9pV5nvjpzYgt3aNSzcHQW8UhWr0EdqrEXEJ2WYy0epnmvQ7bSxnmMzYdTgGffIA1z6kTNRQcP7KNy1sNhoinns7v7LPHdZWG+uEqEpMvnGVvBz4c+2cVIPCIsJZyeWHeJwznR248qVkiCXuWL1e3t80e0Ox/ljrb8CCyIqV7Kce1Co3qdAonr2x9lE7qL/RMB5BqshS3TvgwWM3G671rHeDP5cwtTE3g2wCsbT3sZVmGHzaSrNTfk9sFbJVsUBmuarWMO3+1/2hjCBXbt9YvkP0S5ccLLxedjDevIVNUQnbdYV2+L862NR1VCuNullkddNj0mfC18Wzat/zqY3jglBA8Y5c0kw2Q/pwk/x2jbQkasdf0qXhQtwVKq0DU+nv/W0CY3GajmONJHnpdUyRPy6Fz629AvrmJF/zgcxjULXhVXktAl+Dk7SOq9n+KpWmwlvHG2BlvLSaVrt46DdF6mUruu1FMi2QpasjIl7+dLY2lt3UNm/KJjgTcwxaETmnuasDeTYa+wWm0j2erxOPN8le5nlEnbbs9A31USUo+aWVGlBxwFbnAzPwKjOiY2Vv21GmJq0ka9DPGfoTyU2TiQOAChcW2lV1Ja2s0wYLHHaeU/YZGSBWrdzS7OLRacczozVzO5M0H7o2AyX6rj63qbvEceBfDc2xWZdC5natPNRYQN2b2Ousn8P//pBeSSQBzaWvqktOedy2JSprZNU0CK2l7DHv+CBurmJ38u3TCkk+Dkdi7/jYlUnJRyBakOBFRZ5DiC8GjyWbDogPstzdQLemzm6l0ZItKoZFnrKjWXH5jIL0gUHPRmsoZKWfkPkSKX+OytStlmXmXJp5ypTP3wzInJsSHKV4ZTW5ziIS+4oN+Y6zDbpO8tcRaLJl7yYR2rATEdldGAT5qCXMdb7nO9SwXtHI6eJQ2MvMEc+epfxAit/ZgLfzzb5uf17oBflg64P027/W/LFGrlIz05w96QzfLwXdS1b55ftxkoSssnCxc5IEqInrzaDVl7c8+ZJpw/6eep5zqvH0qG9o55IayZTTe5NvuoL2UWHiiKtCMOnCTvza2rNQmMEoPExu784j54UzPGmcMnV5PoxOss6yv1D/+q26TSqLPp/eJt0U3CYnF7TrPysIwFFT/kY5t+QIWkZ/dwu3y+YvzWjEB5uYllFu5KTZpPelElA2Wt2cCSXmps2LXOZPSTNt9XM9rS+mSXRbju1uql/oHORYTi3ElfJluedNh1jMLft7O54ZVmxK9ZL7JZ1M7vjVVdJKAYMBC9S12Bux12X9mg2h3bfgct9QGD6nDdM22cEUtDN8yGZxzd9QWQ/JYB5b118EMwPandJEHzsIxCw7y4vpoyT+W+ggXJ+FQ+lSFypBbigh+VZ+Gose42t0NeAr8bsLn7J3sqbYPKZ0pR4L+cvE16+Cm1Vgow4ORppzChxoiz6dyx3sGhxJEJwFFKUk97sY5kV/OhzjeFQFLpN5IPDSmdVWNc9zQWH1cLE/ShUBLGbh93HnCyNOJzyZxzU0WybE8UpbolzN68mnkgWTQIyt1bakK2poboIeqbBEzOoaFsUPfDUyQMTRnHP5wxUVOeqjV2gNk37tpYvIw90gns2NlYYpYffvUVZp0ulHFNC3UstjCw26d6KwVtma/dhUVEexs1QmRj1dXjDto0juC3e+RjXjc+1cEJMpyTkNnBypzbwR5Gaqcy8wVIytX/yVRz9zSFrykXGEbxGTQj5ycRVq9KDPmznTw4RVDUVHD7k8Yq4ktV1plnKNJgt9m4x3wbaxZlQ5DGYyAha3cByPEd+dKs87rsC/EgoEQ5tSNAhtx5M7CD/wdL/HgVcv50nFmcxkC3nP0voX0LgzvV/gLIfURuyB3vKwVuU+mN5A6LkilZHO7vSNvTgni/dnvpDudKwXqzlHga3bVZsriEPxbIEN+ICzccp+rHQHf+3WfY6BMHtRKSWtOJ44v0oy2WdSLU6c9e4tLrkWsehVZ6kpGLm02qvJBeFf94i8URxV2WR6httlvsA32JgDL+GxSOFO35efJX4q/C7Mx5H1FCqf6thtAEs9wa9+BIU68dyWLNpCQVFOJhLCyq1OqZ9UNb6rFtCcRUF6ywA/e8uXp01IVajScZUpQNLbvvttSnG/GNyTFRst4i3pIyC8CmNHk4fH0IuK//qTBKqLmeqlU8hjy+LGFtUyR5ExwBMfrdShM1YY8C+k1yyY3Nywmw0rXBF7m7Cem+zBulchS4yt3AjCDx69pS3DfEkNvxddBguFJ70lLYulHDFL1hnUAaTPtMGvtxhfGxXKtqvcFHW3tBEiXWIvJ3RO75cdBxgpKoPtEarD5GWrKz7CfnyojkjlpR1Eav+RatGQOa+Rl8fN9XXfeeGeaa0QL9ss9gs85iwcqWja85RtLGkhcvXAmuxDAqh1emIwVX9wZ5AVkUGFXJwH9hS4l+T7zVBkA1gU6o0xNnoe/2Nc/5NlUATc4/688Ib+Brj6SlTDVH0yPrwMfOsma7NUEGo6PizHRrkdC+O7kEQk3r/WoMX5U77ciF3DFxJ5qeuhnrUJ6bFKDcqYxzoaj4zlrOB47af81hWw4lbEVo0HPRw7RDmQpch6wwiz6oXT4ivBiNHo6lCZ0qDGkXsC2YOY77o8SssdvnSrzoThFbeBQ0h7MAfKgwihFJYN890vrdKnZ3CQJJA7Uu27BirfOFzctPEeI0RH6iBv/mP0zBMLHmmSpwcwXe1WKK2RgX6mj+GT0xmcGNIImGLdFS69LLdGUY+Iul5pWaHojQV8lYv/ymlCiuFags8HYwrS/uO7A6D/7xNPyzCD/sdvHWTQTS+sJFQCpOOdxZowtPV/C9v5r2QUBoES1yIlsWnk1Xa6moq6FMvNVS4QKPchsRdZkqh6G9gn65QZKl1bPt+Hf/6QpRAY+ObMcGooL+2x09LDsd2XyyV9NuLv5Vu5hbpUWX3/rAmCWVuw3lFbUQTRHWvAP2OWH0VpxygpllqHWi0Tvxnk8B5OipZGFCfJMVAzVMdDojap7wOJRfPoM8zVZZSG5eHLZN/OTbf3192rE1n8MmenA4LQi+PDMHLU1e2gyXQ6Ey6wiXPQ7sRV2HF/8+DfGPCI5R78nH6/W2VMDJsvlUkfmi+R2MkMbNeIMXJp/+aDprpcgg1dmfyzqUocBbbjb8ENRUw6cxQ5cL03mNTJKIgznngvrF9G/AycKt2GuB7SzwUcVt0SxmE5Cy03gotzrr29/jaZdJiLe2KOTVXZrMdpnjP7QjsogzmyKh4TYEG2GYq1Y+D654nyXVuXT4AbursocorZmLSHproygKKCWuCrt9rTUiHkwFO7CX+nGWK4MwlBH62lRd9G7Bl2hDhK4swpD7Qp4xCQIghNB39In/nCy/oL1Lm+4ZBwgWVIAEt9wNHdawPATjIZGK8YLDdjkAmDgkYWHDJ9kdtPtKYzkV9/YYfag2GxxJTDbPSEF/Su9+Q4WmqZkZDfrKgS73r7NoI/bynCyOuLpT8sYvhpOl4KQ3WimimWynA9XUdbdN4HQttjzq9vaKZyZcsgxrwwaQ+BjKCd09ImmyBH62jwoFfb2f3CzKYcGTtkCkSqbuXMagpRIy65GsO0NI2Hj0hzM8eHw8UVoXMgrU+Xkb9C/nZcSrPmE78ud3hKTGWE+NQ/BetWHdEU+L4fY7sac6JNxoB9jcBMPKmxuO0Bvs6Cg4tXl71lN0ubF/zbPxptuwIU7jk7lXZ0o5er2WJGWNONNQeOtIW45uADd0yH1YGjELvGd5PYeTRWDjsTJwVXJ0zBssQwxu0S1kB/ReXlkCKcBujs6uPcsQIQ2eEvbQBiXQJN34dnwxdbdDRwPP7xIoBunalpmSikhYPqR3QteBgJUCpmpYER3Bdj8BkomaZRE32/09x3i+LUjxw8pyIAl7edLByNzUja1Z4rZREWvbm1mnTWT9D/RscY/l1LOOSBqVsWJl2kT+zjRwUmjoRlCNblocJkC/zz6CsQyhzNIbkmOxoh6myzmWyA/ZNbWUBszsQ1ecq2gLZTSCo+9AGzKaCsY245dwpAaRl1SAIhegPQE+8HwxZh+7AM5yWmcfUeei3kL6ZGxyr+Y4jJWkaw7O04HZPuKPHMnDwUeyjpG7ZbM5mjYKJI3Xa8In9AV6OpM4i+6xi4ErCThZduTS9MgAu9jz7Dzu2YA6Nb06OF82/hy28B2aKck0eFmXyPlciSdU5s9+E4QJyP3rdyZrgz+gQ+E4ULOLTz1ViazAhqRxl6kZk4EAFhR4+O28Er+0kZV525lK661krrA3xwGwRIO6nj/kVjFdyst4t3mfdtQsXx1BrgdClXHikrm4h4pMCpTzeOP2/o8xr9/sStwtaitBSQ/un/OxAB/Ssr9ZzsssifxlcX5ttHObJ8lNaYhOc2JLo9iaRs0oIcUq2kxmKzi0lltI5z+UldN46yW0dRGFbjM7W5CAhUUPJzCh+fVvntlriy+5FbAyDWM3aNwV5pxVuU6I9zcRqGAu5Ph+cISCtlnpRVlC9mFRV1rANe5zT9Fd8KdL3Ik1gxANCcaIXiOiBZuLjEIQJ+ee2xHqiiVWVBVyvogxEqyYvpg9LXiR83rPgDdHIyvo9opdPfXaHacd66ygG0Vigdruh9HDcliCPMJGiaZHWvxmOfusl+a2X4jfFHklQ0o1fHAWFzbCeDV99LDR/dh+mkHR+ZZlwqPIY3dTOPDoT6wW9R9PG/B8TbKw/zMVZk9iLUrZjm9Tmk17ty2+64yP3zuqTjl8K/pLqYwtUo9ZvK7dIW/kLDzdBQP4aDDdSU333YrLyBSQe7YuSQSWqb03sHdF1m18LUEHYja4PdqTuhnOGeDJrku8XGpN6gxxe/RbGXDZJUyN6mKHUVJRJsC1ZoPNceWdjx3lZ5ha8s7yR3nw7a2UBchw/xB1RXWMBvQfMuI/a+0ZrmxozVZh38v10EL9yl4o7OvPBblcKL1klDbinLhHUEKSv6K64QHTd0c3rqmm76WLnxEASLVJ1V5r5iwysveQEOqpSH93l6fA0guykCodaLu6S3tpNPaHjbiSzwwdxBXSXqX2xuCNU2rvxDaU3TVb7BozLvT3JUkXpbiAranfcdXtV9OguRJ61h9SON6i7IYE/7CtVaFfU7u1xC+zsOe0ztkaEcGY5S0GqheUk8yM1PjTpmRpJtDOvcZmWlsHZs/jGHID72qmLSG9xvoat1XdqG/sIZL/xH22wthV86idczLVoqQsvaK4cozvY313IURP2iKpA8KfU/M3RJlC+e7b4x5cILyN/mhNkckDiQoUPDYmDFgYIylQ7PuavgFsBaOHGTdB309GCADMd0TNuOP8gRoPc9pJl5G85HbJGz55oKH49+OiP29r18b+1/qHL3fp74yT/TzLshSmxwjq9oeulrkcF3ZZGjAFaPagijG1L6XS+pZ60vqdwQHisRjBmqT6s0pLIUF/sO0zcA+A+BInaNI6jOWLH0TeAbN548cbL7KiWlXTWJMf9jKewa2ZmdP4wrXwkZEQrz2su+12gBHcpJ960798mZcTCN+FoBSTmW4xZU2zjFW1LTOyuyK8m9ZOGO7NPLmV3m1semqEioazNvAeq4+lMXEEathc52pdvDL8+gwtNSjh/vWv2P167xkzteh8xDwzX5eAEr3torY6qzGuKNW5/+BJ+4LG/SJFI+IoXpmdJuvCUHpeu4WmSZdR/d6Wq6nWO1S6ZvLcPziA8KLq+gHOGUkEuA+UZN2ColuufWMlkgOw0qm7CYxWhroY1Hl1v3MUzqT+rIWlOc3iUM+eEokCXkzUkZEzevNeJCco2iGFAxlZKVnB3hnb2uLHPFMQmQ0cjRu+DI9ujF5HYGwxxLz8XTRh0Fz9GRfFpAe7Ex/0bY/TlXmb9QwsRpdybYdonI4E6PU30ItINJaTojwhbiehXAxvgK2Hcul7dFQ7qFEquAS7mN2Hc19gJ5pKC6NrLRvTdtGdE0aD5zCgCXG5TdRXvd1Ee2LeGsgnwVbvsGgGa3jFrvYSIcDhzwv/I38gmoskZi2RiaoI8gml+rJEc13FPzvVy48LuiEO/AGDcWv/mwwW/xZ+bRKcmt9+flpf1Y/lcvvJ34MnE5wXk3InO5/1ORyDSSRRnrMdpYh8RmKTCAFzdhxImabsKnAqff2+BBGYEmy4AfzVzFeuHImmZDo9DuN2d6DX+F43YJdaJ0pAbVdqg+A/oBCIJntgZCuF6Hxp8Eg2ixivpa6HqM0lTWL0i2hm+GuA/b8eg3ebsTaEapm/yeYPhDu2zJtCtZW0E6TBzIrBuBcAZRCyuYzirJ9glDz380l8K0cpLJNrJ+bND+MTP4qjUcTXT8+dsueR9sz1Q3hnj8dqYLak4lIc5XzOmGrdxqZV+R+0u79abbL840JcDHKygCZ0X0ilmIdV3NhS11kim6ybCq6kQ1tJ7/8oHjhO4I4bLiK+X1Ntd8XLxXE9pDFZksouEBaq0LxGO3/TdRTtf3FR0aVNHeE4cvGjv5I+vY2/WCI7reNE79FILZQdPNu8FbY7onhIFfHseQhbcC2A24LVRrZfJ5HbrSZqI/IxOSJUa9n7ah9GOqQb4ZDIyUFUUSdos2xNjjmBIpnZ0/HxWVxU/z24Juxguug4md/LdwQaPVgFbx6eVTrfrBEHPfNU9QRi14kvAmdrQ3zduTU7jHn6kWCMt9Pnbz9JBrIyo6bgMgMvQg6BnYK2uyHn8zcKlHdewfbmhqJabCcOQxOmzz082bjXGVT5zrq5ZV7VtDXGHK9iyJysbRPGuPd/STqlDrCn+h0m/vGJqfkqDcKs8yW/M0QdFvwPQJjqzAbcC8Dy6p20/BsMG/yhnNuq8LKNXMbwa3QzTiw96DhoxtvXQYVV2tNoivp69bmx9Reu4VNGdY9ibNV18fyZdlMvOMVdFmCgoQBoNQtGN1XTl6kr3Xj7FgexBCMDtHkllKi9Rn6nTp8WNAPZIi4H76A38xuoCk8EwTc30+66Xxp8tP/utqVxIYFdH8oH1KRJSlRQUXcjwbLLIyTc2o8vnVXnBSuo2x8AmSc2sXX5QvFoT2Oy2c/L33YKZeqa6jBV526Can5UClcmZSZ8zuEDfqJuH0Leze8rnFckJJVZVVR6Dwv9NQfUY58MpxzkEvYl57cVTjvhij0ubb4zZy3hwhQXU3WaQpSwzUy0wgJkFfAGcjekGGWXKhTy6DMuqPGFyS2xVqMKMBwPejV/maxCPEmyPl+wB10IcleA1wZY40SNn3B8NO+Jjt1jFRT2BFEK5BJoJ8sQp8W3GMmRjC9m7kWMCc07YU/xw+/2/ekLVGtIzGHatQ0jKdaJImqDFafLb5nHHoia2zZ3bK8zs4ew8qFnq5n99So+dPcUW+BLzRVlNK1uqXolrpt3cuHENnjVb/SFEWs2NI2BZq1xu8zuKEu3lq0vDhqJNSXCLGjxPdUO72R0DghwjiXuuAFKsJM+etcJ4YwKm49i8IHv8eLi/GLV3xZpoaD7SPxaY4sYqCQbLCLwdBflo5c01rLBZLMCaDN7v4U3+L3aUqOj5u8w+c5PtjO4cIbj+nQfvEplzz+74i44YeTd/wxKT3ERuyA7BPXQHF+7ycFH5g/YGZtyfFyGs5qz1MsKXgthd2TIGlCGJIuKB0HCfBC0ISeS0bRHTI6jUZhGNcMgLQkzAKpZImJ7xE1CaOD0jI2BImw/wTWdhpAKsEuIFEpuDADhtCXWRkSdcU//Y8qnKAlON0glkqPonXkF4tulmUVNkk7q2RQkii4aKebsquSvVaiDjssPfmwjOOdZNg+bjPIR9/bm6GlZAq8Wz3TgkWKMC+SpVD//55evjuKVTTqcE7Gfr07FVFH7WqS0fF2tAfMLdxuCY/yxr8c/8PK+uxUD59nhPD1mp40VAAQdGN27FvJpD9r7tKzMQ9amu41WQ8izumEnhUbR8JGtwqww4VaJUSUCP+seCt75OOl8acmIKNcuGaUjlFd2MNvZNKlsWuCEgOjo8Matjn6yY+Ye5jTzz7atn2CMzvYCd6CQEH3kVDmuR6cZQzoDh6P1LSZutYTb+oHxsM0iCTNFGMKOM+PWCX1wR+PUcCL5mqPz7mtq+z1fvfaw+7zFXgasEFpnihmNXb7CXlySiyThB8ZtA/mp6P+NZEbWJLAALsPheGtYHIcQXETt2EkP+pDC6Yj8tsVrdJdhBlvRkiGIy4as6PPcnFOWv/Bq//R2nqlOQsrEQNMhMW9SZF/DRgfSjppLH00tMDj7k2gzzaQuByZFtgCCFqJKNy9L6lHrS+B0Z7xyU7zBJ+rtmZQf127ZcBetYH43uADGQ9yEkE3Kg4yejgMY+kyLzR0qfksJM8/rimJ1gZe5pUhVVCMXwVNlrU3lPtY4k91qgHtnuiVqQ+VlU4XXLkR+rasQwqFGFEIv9n+ZUeS7TcphG1X0SKUsRUAbTCG/tKa9sqHmd/vZPwzIz2UrVRUtBLh3E7rOT67CHw/LZCSwemMVEYWkJE7qMpRUyxn/EHLDsblWG+HoncneKD/SVUzBdTN1BtfVEwVhf+dlWWiP9KObPAom/L4G2SfzdAfS0qUuQETU20byBq+fdxsmVQ9qqPeAN4tXSWCJBMQj52QDhUlC/Dvtouj+1NK5za7vYgZQAtg5d/cmqasA3gK71XauXykysHwWsSaZIlN1gDui2HKo7YqrpEpI7MFCG0ReGUlP4mngtlla0dVIFC44vO2RGmAchOB5sbrflAeEaBjYfwzCeMeVlEcuz/4VrdzgFzS/fQNrKFy22LN1ANNkdQACrAfhjAOTMtiO76irVi7p3OAQ9Ftmhl8au/GFlqnjzX31f/6cxQpXomSnfpYNFQ26QB9FPWbjTTClczp2JQFXDhuNDrFDs+ZFGJPsC3tP5hcmW52vuUIlelRZtvsO9vnH/AhVK3YBYPs1rWPEn4Cc+o4BhkeTUJZkbcCGjhDUTWIaW+/3lm/j8Y3kGsEicyxJNc3Z7f4dA0q9pbjmI1Xj/XPdCkG1MePnHtKiCpmwNIWTCVw4wioRcdImn2PVm96RXi/MFm+y4JLXZpxVUvEedi1v7kzJzsB5AelvgmddzscuYrLufugLAt8jezFq7P4r41s/UcZbjDax7WXbYZGe0uRnpLgcdAquHDFt8HjNpyIXKc3+mSLSX8zY9RvZPhZjF5+IlpPvprtldGjRn4bNn/IbCmo0TctUsHSn/vl2GzNLJWNOmJ2uDlsHg5FE7WYI4brJ3iH7j3an/WauUyZATR+6EuEC2PvGEt7zdWJPAZGwbMFb23piXn8l/imULIS5YEmdbEh3GVvoM5bnXwX54+Xu0VPal5ZegXEhMvNdAkIWLo4UeVFn5cOcPDPOWjaub+8RERSMdEqDh7OB2R/fo+74cr2kXsLSaZpYos5vHK8E/YUa6ke95lP/0NGUFz2tOHFy/XptCNKPwDfCE+ziWobfoZewrnrlJf7zCkZMM7m8EUsh6nQ6xmo5KzQ3ybd7rTPpWKt5VnvGTQ9n0ER3N0lVEv/L+QT9sSozQe8kJTTEr+6SlWjiapf97XhEYr1bHy3DFjsUXr3abRJG7ru1gboH5W/5usjmoGhOyKt/acVv/IdYuwF6A+E6CC0S3xAqm1+/PmLTDPBhp3N4KX61dUtDGeV9BPCTN/M+NFo/XlF696UL5G4pF/dW6ymR9MM9ksT9yyuuVePtI/bIEa+CUVbzGT3mtlGVbHUv7/s92vLffhBO+YcSXZFgyHvfmcvMX2f+r7uv/2KYUyjfYdVGWlk/mbeGH+ZZKbKrVtOs1WBTYjg+pRI2Xtoxud0XpbV5saoAJxeR9PCNLXEUvoaxMctptwdmcXQm3Y+HZR2czF1m8R2jcXfBBC9RiCpHmQQF51tPNeZRm6plNm5Qb4c4zRCWDPLPd0F57QMghDiIAJIA+x55TjZpiHOdL0qT4EozJeLesMtd/r29lA8CDr4cdi2WYt0SnfrLYqZ+s6UifTPWEp5/nn6d+Q8qGf7X2e8VkML6dKe+Ah+lIVFjyU73Fg6fxLnRH8oR4xQljqSRtz1BENccgzxTXeK7Fmv+6vdWGsPvMzO6jnir0my04vObgEjNP/njvY7DEHweqnfiBrLmxMVpudtw1Y5+IZ1oFz0dOdtXy2UyEA69HqEkRMuLkqKS30IuWsppr1NrLvuJigSzuBlBs7CUCKf4l7Sks5fkiWD/tw8k5l9kbJJGvCleF/NrLfJhtZfUoLQ06CRV283g7d/7fyaLo5yFjcL6OxUwWnNKcN+aMEp2Pq22xxqZAknPPxxuroMkZJcEotVj+wuizU6iOsQVYFHgjB66XJ18RDZIj1tp2zRwsmzzGGUOYmPo63vzLpSo/Fu+Y5rphmt1VA5NxaATLV/7zXRuL7VIkpzeeiQ1NteyyJXgc0YZg0ff12braGKRFUdD6GVozuGEqImt/F3lWFyz7UEl4ms5c2Mb6ZeVDe54MDTMNGXVvp8O1iRxvEmvrDxtzMT+oDbhP/y4DTu6+AWS7kWBiPDhV7bUO67tKTHiecDO4IHOhrITO6kJxvm4lHBNh5dW1UUx/XcdiuGkSrbdQUMYsQ5TZJIuWNQtdG9LFnnBrGSzK3pa8fCHvXv8ihSQJTyQV7PNU6eD8cH0Zu7deu0X3JS9Lz+4exfMAwMqlVtN+mHRMnvYeGQSK9UxKU2J+3chG7BmF5plPcNdGJPPUOz+9kueRb90EnwyPhGp5Q8F5e5zQr5G6uA0z99HzIqxy3lg/O36XD+RtPJS1N6N2k63EiOE4WLrtLMO0ebrl41K/kEdESe1gWoY1lK25mM+n6PwfT49X9Fb/rbuH0UbzoXxNljWPuwwpQKcH2CEUfBjYMMjK47gx6ZWZ6XT/Lkin9k2X7H6U3a0Cni0MX5wjtdbMUZzxmOAorRgTS3Xmi0O5G+IDTFoN3pv4hwtIXsrJpoQmx8shNNGuU/pVyrswxWK/RyMHlYrXx/lSJMtop+OVNoiyKl0j7/nhSNiV9Bq1DijCVRa5EidfVwJF2ad1FbvJNr+eP3xFsOr0aQS5l7307V7w8pvEHwtZL6tJaOGj8sgar5Of4yjFOdsfxUL4uhWdHcKzeR3+z9glNis27AT9bwcCqMfyoHFjg83ZXju+yE7lWBky0cazNSVh64b5xbjKFYmImtCY3K/nQuW+PZfbZp6yzo0899OBgd4wM6CiBddAWqsNTUBgAghUpKoJzLUMdO8VJ4iVUSaB7hhuS9ySEbWPPhe/r7hQ7lYJzo+vnPT8SvycsIoW57yxqhbl3LK6Z/5Gy8xxg3uhPMi3gB9YzNEudGnriK5KppQkVKwfysoLdLFfKZhtGmfhhV28/Es+jDcYtZ21Rl0sPW/LaYMS3wY8iBXSu+AOVX6xdaUhWHpgJZHip/n+PVhSlmGY1cQ7y1wwbxs1C283oQaXOraQbF45xqBlyrlAHZRsM4Dl9nOA7bYifn63E02wyrDNIpcVG4u7bVb080pf5CwCx4EqdoZ3HSjMM98eJWKgZMPi3qLjtov1xkbIIEJiGGZ4AAufRoGfbTorFV2dgS0DomZXycZZNqIYj31Pht6zjylHffKs2whmB4lb4Iy3m8Hr+JDfEJyDvbHuz3GOTqEb+TWl2Jaqip07RkUd1YyW2zFtwRxIceHrenEcUke5tATJpkFGTU6ZnBgB6N3VIritTK1CPi700lRfBBog/gAqYvVo+wzENA1hV5So7gRKcduZTFM+Ijn5ENS+UGGFq67GoQw4LSrVqLYu6C4CxDXg7WNdRWbscCyfYxPwYlM+pwkNpzSQ29zmvkenZj7ZA+V3Wbr2Ls/dfslm7O/9Iy2h0vTdrpIRn/DEKgoB5LGNBmo6WPWKogpJ++WaADxQ4pxMJGlPfrklzVqLIudq6NEjtFh1Yuw2AvUEFj4pcioTOERvm9WmtHK0I0MYhEklijG1Vll1kCM5x7uB8H79SoFy5Cs9jVnPrFtmzi1VtvbOqvp1pku+wPTFufSHWjt8mNsYz0T7680Al6KggvcWGud/svpyNKaMwKr2p2Hgbyo5hLw6HQq+20vqQhfQSkc6XttB6EZG7mPWnPcZO4tZb3OOCf3iO/TAGA1/6IijwlTOCb8Urvz8Av5cARjre7IZA+hdTFHpJOF6a4yWpKVXiOvBBFU2/BtyGWNLkV8hcNU1aB+zflCd7wGNvIVdhPWh9ZxU9dyhw5H773IdObVqBxJHxMdhqibq7E+0auFByYm/jtvrTu6x2Bjj2JZfzuZu+IX09EGTIEYHN+suqC3d+3VLx5KN77esNMn4fvFNP7HZh4FjS9q/f2t0kvH1TicBRQPnhteLAiFD84WyMu34/M6h76lTj/e5IZae/pUBn8jC2ONb96rLUIOVIgVFBOVrWsUFZD1O22Va+ir9If4KS9pPF3Yv6fEg38vgKmEKrcHtzoRmPGSleN0esX/hZrbka81cRRiWeHsxksfq1oVq3BMtiMfFSXtFTYOhdRy+DABbenb8T6J10Xg0RIFX+saRJLaujnWUXbbjgpCzyStKmkSp77n01VXU5yq0Kg5wM0rT+phYQ4K3hrJyvdfeoqnAV6VyazA8HseBeR0smcLtMap3QRbNeq1P6bZeq8KjkK1circZqJxYB2zRBmd6vPMlfX+U5JOmAzj/QX4+XDuPKELXjjgjZA46GtZ9WWtaLoNe9HWcaSSAMGB+/UQkxaQvWcfUL/iBnGoesreP59cLUBe9yEdw3XMVqzSq3/xl509e/ZfgitG/wfpOTwGOJjJ+piWEmlb9rI5ELFhn2zLf108AS0xScLB+mDPmVn8I3XPqywfLGjTLyOUCdu5+iao0d11Zs8SGQy5IstsvPw0aypfR7PXODgQ54CE3fz329eokX3+q1ryKy6hPmh5d204E3FfOsp5e27dSpS8zXurTBPdZq/cO86csnFZP7dS+YrU+eFGjJDAARYdeiWlGaSGqm1NsVm60ApfJ0HtsKTf3chcLhS6x2qzugQEbuKpqvhigGPmBxHvuVUz9UptKATzvdIPXkamkJEK8DzVHiyozmz9BHrF5YJMVH2q/MYgdcvT6AJFT9JzDqDk/B8XnvA395q/V5Xx64tAE6tDiSEfpS1pnGCN3oIKFkXIBUoMhkdpB8XMmbcCQdMmNUK8qntmGdsDJfKcFByYJK8S/1ti84T8qpYHTpvVlioCns4X6MEvTPjayBkXJ4d4f24xkz1Eb93HsfT8dpzjCRrhA+ezZzQ9ANhdd6b3gL1bItl4osEaLRIWBCill2/LUS4eBbGXS1oX6/ug4MNyqmO3IQwQvqafkkyXvl5/9Wa+5HLumVtmhu63J5ONZgR27IlD4FM7TtiDwUoGfbKfNaF7f+N6ceVew8NwGsR4di/uDChDv5y1ELfIVrdrAOPsZ3ciXuYmIR8ekQoS9Pvg+LEYSDu7SFv3PGjyKwGT79y37znet+ekpVespNlLPc68tI3OIQTNkCr4rOhjZX8iWGOBIiJqyZpHECxqnyHRQRLATwfaaEObRr4haE8CuGcEaY4Mm+LtNZhITcS+32cvSk99lXaeJlwjx/t9h747gP0YQ8QRKlOeeglbe+F8XmULH1PvHrNxfF3ZCbGS40whbTYspM8oyo5M70XAekk71LNfzeiZRRrB4KB7qx6c/zsz2YYz+iENL3ySUhQzPDB1TM/kRTwIdjVPqdE6skC0FE5xkz2jvbLkq0RXHZVAYe2OIdookf+M8hVKFvn0160EgkOfwe7SW9eSE2GFDj7J52WYdIlsPOzh3ooAw/LYROX5VJEdbFVYIZqs9j1g70l58by3QTTcOVJ0XXZbf27Iz38fbiv/fUwDTC3JgtrsI/VbU5+XkHi3BfAt+vit34T2KbgQTcahEDYWnahrERFkoCJ81ACKUjvs/nEVrS4BvHgP9JF/bT/kvYnZcNa9EQuRuHXDz/M4ovPmhkgbfEyGJcM8unb/aLZjSPy78s69ZZhk/zX/MwUWc75uGuEb4VXywDv+qP2zx3P7xCzftI+0u7uD2ffoT1DkBtFdq93HMS8xSesfCw2EEzR8gThFONpeAfF6Epzk0ZunHnVIxFvNHVaa1Th0x+lk+EtiNZqlwzAVLFJYbnW5z/qDcE20K+2uig3H8IVQPaxOYGFy8EXFyTxyngw+8R1vY075osfwI05Pd4Z5/ZLz+WyyWnxeULjGJRn9d5CBjNw8t2c6dCnaZLKMWcjNuxdd3ZeDPYisbldlB2ggt43zcUX7Poqv5ck1wL5KS+nhCoZbDUNg42A2n1ItCw9Epz7XtOEyTNe3JtZmQh/ZcQtNo/fo36bfOsNTqurlsYA6aUKM7v87JVmIEWj/7ikofgV/z14I1pFfeF99dSnhyDkWrpVgoLV0z3lBjZQtNpFfIreSVnNyJ7celaUzWbMUdc0Zzabrc9HmQnEWRbC/8ftEgeXVbxmhio7Tu/Jq3iwduEMV2D+kSIeykFDnjm/zmt8EUdE7vu7TzeIMiBLZMDzcJ8nyjOEwU4pb4ydWN4kJRTONxpbBCsJTeWFONrOCHMsS90u5wYZuiimno3cEQz1u01Mi5qO9KvbEapd602jenHRxoYpZUyFvaZQPXqkUX1yfhXYwSyVSqVtSJeX+kDESqLJvCrEZrJ81iVQ4fVHH7BS7IT02UuptbAwIAhEwe7ibbY9Pcq0U3Kd/HZHvyhjpPz0LVfa9ds0hVSaUCtn0ldRa3rfIG7F3d2BkmcvbaTxtCDQxuX12v4GgOgjV10JA5oa4ViQ38tIBUAQPFLS8Ar3mBNREtlYX89CNc61iYOSzSKEuBydz/Nq2IAHDuP0fabNLz2HYU4qYAlhqAtBnh1VYaoHPR9Dpqjz8IIC1ibPNvBOjUTqijMGYlvseHPGAOFNkiBjYThPwzC+DFEQccI0ujPKhaie9BEH9u1V6ThxxDfo5bCIvFGcfXqppyGtCk0P5ObdCD9benL0ZfFaSM2K7qf67t1JzA3gLJJCf8uCvoNGm4ze+iGmaMuV2ktSgIGtWwIPua53KhVw2QX/sGNHFeD5PNSdw3HZJnuOY3uStaXhtk97SjUj+EnDyl3xFd2Zo6EsGDS/jbKRGDyz8QgCYs9Z2zxn3mXGMvH89YZyTf15z83o9VtWjZYIbZn+yRN5LozWvOjBaFDyoQj0t6pdfN1xvTRV+HxEUUzrFI9mjrkPEX66JzOVNuLouDvJumJRETDpvHo94GmTLffXxOBnnb3okF8P0gWzjdGEN/C8bGXpNrUL2CNutWKELsW/AjVIuBFvOKDd3HnzxBniIxW3lsrziMj/ZhnKQcNSTAhIqfek4OL/dUzO2t92lc7rON0J0QnytwerOamElD4zqegld6OP0PKPFL8WVt8exT/Hd9KFsrlGeRBrhlh9kfrx1n1WbZpR3h03+o4RnHpMGHZ3NnF3d8aBj9IfDxI36P47WsAHZkRfCOqARW61GaSKwjmXsCfsOx/LS1sN97OPdaef0UxvITbGh9kfmnXYcM4uekf0ppqOYY6eTO5V2tqwoQw8ru/Dr7dOCoGF09hY4GsqbUujAGjbm1eFpxYrOZgZCSE6S6yH4VdLosqOUP9vLw7LUUwDmJfR8laF3xPMnUZHyEyuqGnfWe8HcRwBrf48ltPZKxtGw8vk8Sd/E96GfPTEGABDRwGQyDE5CTZ0594aHmafuJxsm75UPeHQ4wZTzsjL7K1UiUE1ZrN3VPmsqK5iMQL4LP2vyqEJuVk5mTf7dNRPX8/UillF0xh6DPSp3ucITX0zOoFQsH9GB5GmR0nie39rol4i7Hw7i9Hz87sXX7Hdx7X78rN+kABmE8I4AFNHAZsBudP2R4V37OkKNqnyfkXPG5QcJFWdM9I+FAxShwYzTz27Dc3eoXGqpZvHX7NZOclY7ilWasLRfxk9xCRnIm6lu+GTqCmHAbQAPNQets8fr8gOcNXA/sExMIj29RaHSoWuEuvZKb/IpDPr8oWGfJ5SlecaIzv9SW50wBB0Sd8C0dHJn9hP18+QggGgIptFoNp9dw9k37Er5BY7/gIp7LOvmWtYwKU8xdM+24CWt1u5uiK24puunrecXNeypfnjmVQBBue00mvv6xPDK+wVAlLhpHNTEqq8lAXfyt+wUcV7h4LKhy3jOw0VL5pYuo5Sg80LsQ2NJMpHAys3XIx2ABWDq431fcJcoT4j8Wc3liq2ndExDqZzzy14satNb0OtxPpg1LVMxYZ1NzIsH8I1DL16fClkiheHDga/rsJZxSnV3uNXS1MXea/zpWnXa569/K/p32rI53QAp8HVQH9GY/aDNORzu1OnxeO2Pt+ee8HXtUOi6h6jtq1zKz3Y3084mYC+j/9zNRNbtlRx2FxSGxFXXA0TL8gnP4uLK0Z07Ep0p9ZZ2twrqBTZJ9dmMsZnYvvSR6p9Grm9mM/SbSVe1vlJUn/q63147CYnD4aj3eWoMcz2u9LaL0/m8DqyrOUpZO4GvyQ/MsaavzU74ka+sP0+ELD14YtX9DEzZ0fTZgsYcr3kVgxwA7tDGeuiJ3oDJlnUQVci7/K+n952+BoNxwZc7F/D8mzgJBv2APcn4gDsMFouGPlf8d1AtOrJTeUWZUImxsyqLn5UB1tGzbqSgOUCuB2ACxLjoDxLlIDIe3bow2ShvrDlR/t05Vxrlz8/zUrbvxZfXLfpgd67s3NsXIzIN7WQnaWsieBNhPmJva7kATJFNPj0u0N9AEelhs7N04jG5JWOoW5HPc1iasSMR203azaRHnxk2LAonLaA5az/y422z2NVKT+QlUGxdo4q7BtKhtLPBnBI4AEsdUFJROCZLxlHHCk4meKH56isXxkqL/8FfElNgWx3o7uHhVunTPA/3U37bBq1eaFNv9uPEFfZT+4y+65xex3weEsGXvLcyL3MYC+EQAyVMylNNKOj59BLGMpR2ypOUd8ROWSC7T6UXnP9vYd9XE0Raokw9vQaN0hTs8izTheHgRXluoqjC9pTcBsX5Aq22b+OSoB1yGD3WFXSN2mGNd0JJv7RlDXc+b/qWr/GEyhdcpXx/NRYw7t3EnoHvZs0UIHaO64WMw0ej4Zrvhw6kvPk1HzSe0WQbBMq2wc1JnULj7+jA2z7TI6LtDbk7fH6zn+lkej9jTJlko42mHu258TEygvb7H8aVPyx8xvvr7aR3nUvLfWVj+zTBP3z3ojL6lUiI3RD0RtwoJXerOKe//fwPbI30uPc/cEeJ7kFfd+UTW3ZF3dzMjQtndusxiMdlsET7zpJ/yhbX8wrEXPYN+hllWHS6G/Lgti0ka4c4gWx4miIX346y4j8WLZUVn91+Gl7PcaGqENLW/6jHBTVr2aEOWyRdbJjHJMql5ls18G5OeapngliyTn29j0pMsk5prE4RnWyZ+SEvjGI+5VtQDuY+vgji/53eEw6wO4MGXyf3AI2EmdwePvAeJFVqwJud3Dg/2wjoigzgb26Q2jj3ajGHimzLsgWfi9Si7YbXe4YyLROOOJsZV6YR3Lscp8eIbPgxx9s46nV/jcM1ql6bYz3W3F+PCx7jrhMeL1bXRLSPXN9QtkylsrVtGL2+yWyYys91u4zUdSwjEjBDVOoJLPS/ma4MkYB2NUyPt/Q8T1KLY48d4tOCmTpYc9qDUMYFNOvZonmNi811MeqOOvdq6I4RNO/Zwm07LjiBaoHX3IYrJWv63ztpsKOq2SLV1yk/KkN7ztNyEtBusqT+1sHQ1XaROY0dcIWi/acCR/avb7Zrnp78xDa6X4+3xbP/1TxXc1jl61Z6/N8z/lWnS13lvGf7jRjw/ohr2Lh/hGIa2Xl8Luppd2TfebQONQmuCJtULiFy9HD/IEjgk+fWlKkA4MZTxuA1ow67GpFMngQ288kjEXgva/pBDAUNfPrU1AIa7wXC/GyxKdeRFQcwM3H717be9jLUTJLIG8OzfYOsdLHoHgzyQI7uytm0g65DfRL1Emsacp4fqGtqFsGHIcj6kI9kFUvW0K3zG5AmNp9BXciPpN2ryM7qj+pAq7bWR/jf5rIDPs1aniay9OG7O1rFc85PNOik6Yo3HwC7MMLLXtFp/UjMIfQFR+yskUEMW2KE0DvN6cyDBkEtxTwAy1dYsgchUBzOmhccUrssiDdqapgiZesCxzhuX9GHZGWrxFDMzdYtcahaTMtW/29ncVR9Cd2Y+imXGeAX2uyZAQLXvz72r4twfJf3xu8YxZUQ6LaYzVme8wHrtQfrdtyDE79ch0351lw9hI6qTaXGq7sunnSqzex8IIyJ3JvgFv8NbAlEKS4qnfnmIz26yrvQdbWB7oU1/sdZv4qw7P8k/tTc5vPDF+eu/tvOIlLTO5WWRU9qETya5yGvRVm7RK1C4tjqCzfsz4FCtWlr41s+nAEKzIGoTDT9F+kqmhWt21ve+5wGWK9QztC2i1i4FKwY3PVhjthD1fP1wY6D7wCL5fE4pFYDSLcUbVTuFr9k6lywLeDhWKF+nlnr8cFIgoAtCdvsIQRMyScXkG6sFe1UTK/09HEc4mLySvJYtJTUd/DDoOnSqyjoAThXnL96IZRsG/8MXn+ojhGSd1GvD9pi6qRcwWu01uM1RtunXFx1shouqp6S3GMwxwj91pxzcf+SdrIdyLG817yDb/v4lO7y8lnut+feC1Phv+WJSFi/uliR9PTzP3++OYP0mJr+AVdX4JmhehLxLfjqgexECNnOk213vLucXtOoD/e4skw7DSc+qXH4cr5IgRh7fuJNIKpJsa5wjH5FLvrYZoUuuP30czt/tfIH/VK92p39qq7+v9f7KF1N6KxtXEe0N9dCMKPi/Oe+N6HCZ5BMmoJ48xl48m1uNCmGOeu0notaP04z3IYl2hMvnBEeUilK8w7Er2DuUxxYiVp6p+/BxnuI4GjIw5FpVTXdKrxvEQPWoBxE2ji5SxqG+VuucBv+IDqZ4Iu5G7rolBLR3fjf8f7SCBbIbeoa+59gVBYJ59NU65EpzpIXFR8THZQS4BO0FjCdY1+D1AU1yKTQZDDwiNGsSzHtCqLW0Y9bRxqzVLFVd0+dRZiHLV9P0JshvN7GPaCMzonjEJfeR4XAyacnmjcIGwzbDRrYJY940OFiqwJa9AGeok80+5LWdxyesxeUEcWIWDtnK8R4BXmLB9j0Ey+n8+7dFILN86GLiSk870+IHP4p7suNb6H3SNj7jTFUNj7Vb6CXGqXw1lfwypvXLDsTmaTxuL9S2hdJkSeGIkfVHu0/qRhADS6dv9BNp4pZPbFmffJMTVvIdd/xuG9XdOJMhUbe2j9STJvMyZhYexI4FzWZUh/FYZyu/FOJVhOcIZcm4ofSiitnlMghTltSSijeCsOywppS3MRlkNHj8cY50lKeI0KFhoUITJmRG0oP5QQfPSp5fJOlOzCHgJFEl/ls2afuQZAeGbjcUNBL+uZeVETH7cpiiXTllnLyZ2boUgFciXJJo5wjuCirKdfrZFfl0cUXtfumzqqng/IyPEPZatOWLY11jkehm1FFGtP/BPlmRbDNcVD21vGXgb53z5IettIIzhkOOyLaJNu+DPWVMGxg2TQDiJ4Gk5aS23wzFl7lHoweaSwU+U09dXCX51E8FWPvbiXZ5xuhgYaGorTEv2hyoVxn2lK42CFCmGmXPNgRyZfFAhrtdGhvuzH6HAy+yOIN2EyVSsamwoRRFTdnGRf3qAthw/Nf1vb6li79gfnLNl+IGVlHQbvuYT2QEwemC2rDWjJh2sWQehYLyiGNqfECH+KV2JoSwmsdjHr4A4A8rfguQffCsgmzQj+S8/ImgJv+NWKMxMI6Mlk8nGmaQh00K9DikpC0wYL+otVL8ZbSAxkcGnHyv/b507cmbwA3OGSTvCzhh0LUMrpUagRSGzxHExhTJuYHshnuuQYrFzjpCisZykWkLXBQ8Db3FSHafr5SYepOmy4v1lUDl/70Y/1T6o4hrIHXKINoNlpwCvrWbDZjgG7tt37t+SqJuGUKWeiyOgFlvFFe8GAwW9WsZpfxRhiq9T5vR9+l8FuFA2f2kdlXyPP/EeFfUceAY1+U5Yr71Kkxbvs2E2WG+p/QOw7ZWz4ltkoWGfZZeTUlIzmslGQ8LZfjHe9vVYHweDDkeMQI90pQbC0I6thRZmL1OGtXx1ABZkeDMHBMwqwuSyMdubGrtfa1y376MHwq5m7Ekg9Vck7DTg2O3WHuaD0urLR7mqhiD23fwOLgw4+4hZLCGi5iNcFHzxPKWYb9JHrV2MutbZsus7ig47/PbIS7TeZiH4UEkCL/lBBYefzExShPXaGuRyCvZIt6JL2ruyL2/NWY/hWDWR5pfK0jCoEekxXw3PJJTqLeSjqs8gtnbrtfduPfzbDv50ElZnD+Aigo24kSOS883SJVV5tANqxsNFPoxjmR3Yq1wAyq12ivpn7Sgys70kK6+f/Eq/CkOcI6hmGy9wd7zKdwde7XospkNErojLk/cqJOfzriD6/3FKlfWpXIyDOA6+SCL44dix+U6yPbK2df8tchuuBZFt0LNVLjNiNZqcGoQBvecVSrK3oz3mDX312kE/sk0I9ELfsHuqVqUXuTfUMQvUXe5yKfl0ml9+vlI+yB3ZLxcK5aP3wVj0uv7g64mF8tLhEorn7MtC+9UdGclffxi4rPr0T8gW8Jn2FWlcyM1f9F4fS8WboOlO/TIL7nQu44n3/Ia/mCMFoGXhbfvpMFBJwbUhse452FrXpnFYsRRHvEoepOfriPeRzbOk1A4UZxMlXbpiuHz9Lx5KMzyZvFeNa/YM76TX2wMjDaKdzmGoPRU2orIjbZ5D2MspuDJwfeI1xA+U2liLfeIHt/YVdBlxDv5AEXGjz+urB+sFEfhO8pkwAEVX5Pg7L7YtiilCv+4aCmoQ2VwxSPqCyRJ8wqbcvG+0wkTBVFl1i0leZpS5teo7mreV7JItAznfBz3b8GrLF9ptodIvqXHp6bFBck4TxA+ZhnAMz1gbnvgcX5RGPS8mgQWVyDd0o38TNHQ0MQqb3bPxNwuB7mU87CxbDLGmf7StxdMyaJ/B5axDGacnI6wn8YW7SJrCw/V2ZIpfThSJPotI8QB4Zl04Hh/lP0JLl51uJlw68r2g5Co+4Az9w1R5zYeA051NX/V3e7Z6yPloV82H78NJpFsIb3dHtc4yQ4IRuDvLNBux9CTX+Zb6X1Tre0n1efJADFEAmWzTNBE7dj90Y4sEIKqBlidPSBXu/z7UNlEkpIQ1fljOAKv+WGpOxrHUbQdbE8IXp3FwvN8ukz+ON4xHIdi8jQgb4ANzl2ogB/sS72+SlVRgVBCLcsRNZOzdaYwUpIq709THuVLckDUxS+VZ4KmA8oxRVZPQFRJ1vlEjbcoFaU86PDKYhFsSkYHvwZkiotEbQ54ZY7ZjMiPqNro9lBR6/Foj6YEfZ0reBV10HZ+0FDOX3yMoKnhiVJXmircTstOtiWYoHjU86eWyoKs0BYo4SOzm/qZwYE8NJVTMKfHToOImSoWI6aFOhrcRYeN+PJaLXElqFrzXWwml+vmS2jPVLisZm8NyZl/xuddja5Uq21fFIlq91iRYPXYdDJaFbFsUGWAJE3PGwNRqt50jYXOFbClGb69UaaR4hwGbwo6qm+SOJWA/jxn33Jov6S0QNMqgJJWTVfg5YQGRZHLe4ow3Ao7kBQcCi31eTLRvdQdzrmxPEGczWttGoryLVGjqo0UP8og9Ju72lQGI6Ahnnt3NghTnQFDnk9MkeCQHgBXUorhG7sISGjSS3FkOhVJqFTAhmhNXWB9Fa3EIPe6qMnaE9f9Q/zyOapFiXbHFnU/687q8lQwb8/79bqh9Ia6flfSXB5xdbg5+7ozPleRgurVydR9PyHaAXTW3Ur8rd1I+pZEEiqRbDVPWxPr3EkNVtMvjJL6qNzoQBpIZUSkJSviOhjvQRqkXau5PNv+Pzrf/rsebvS/Nas0qYrL9b+iJqlEtio4euxcwnhitUeV4F59kUmT1OtrQwmT6PijXgJu1sx5b+d/UJg8iZJhobAD+77aGImUeMgf8IDOplSyze26VCmSUJtLtETiBaPDEuxUhuCyZbFLPUG2QFAU3Qgpl5cBCv1vQay9lBfgCf6meSxol7iERIGdyKHGTKIlKL8V4vUjj+18q8SFdGFyvIcCufBO2OOCu3Dc4EffhsJo0A5DmgnzH4tH96tIUGwfz2Cxn3meLwkQ++SvymMbeLVOTmhHbNhm+f573NJF1WEzt3xJgkgUV4dwKYLYeKF1yJtNvt2FW+1tt25sFtSF9hQF5jJjB5l0Ln5HcGPKDGRk/8PpSAaOVzkl4xp/TyvCqYsi/3iGRNlz0lHVPxEAHk//qIpyQFSbjAwxurSbP4cQnFS+TcPzdCwMCdpMOhoakwAPQrkUqXGYZe3WrlXsru17ghQZNDYkkBcsUu7UcBbFuyrFT+22ym6yLhsD/39y3yTu+9gJDQdl82nt2nZC+uKGfp9TDO47XdoIl2+2LZFXTQ/qjR1NxkO9/UQmtldn3qQm1eGE+/+kgRwJHwyzkoQnJC69ufdWTSZkUd0r+gc4jsRoWUlinq3AcAecr+Yu1wsedHgiFKpOC7EciFbAgssDLg5Jq2Vj2TILe3KA/0hgVyUTnDBo9DK/m7H1D/AxA2H0JE297hZshFa9vJGiKUC1jIPLVtz/3zDOgRGKeCTbnxsX0v/Mzj5CyQpY2Zpx5MPKytlg9h83+irEFuwWXsHu2iJEEimrv5Q2iwgLgB32e4xP+mUjnbckjWl2MxEY28tgUrATxKjIYv3lPD/Pe6wyh1ujhoEVXfxKF0nfEjHJDEfqiV+CJyfP9EOclHF4yzuYcheQPC6Z3ZvyW+kJgsAIrQO4UVdniZDivTBd7V8R5YaP8ohsm+Ki8knnLSaxU3yuiJzLWeYkF6jNk/qsSqWC1iAlpO98rZ17AJTlB7YvXOKG7gwbyOrHuaT+HliWki+GVBfmysKHYzhP6k2gu/qoC5dKt0vuwpNEWI/YjGuaAT4OFZqmNx9mXE40Betxdqc88VSna9ae/a057aeYU//7ML32r3WbU5i0zS2zfqkqXffS9ACd8Op1vu+eQS5a//nZjvf++nGdbv/kQWTetqtr80/1klBxtzv+M7bYxDocrNbNNpEzqZLzRs/d+VvarMYz6K5ynJV9SwXqqnWkHCj1yr9peXPlNzmurORotjgLGiq/tCG3oUhkTdklGFb1D3vrdkJY3fwYWITfMCS5NjyLSzIKVxMoyLV9zC8mBIJ7/Wbr84AN4ha/3FS+fj4P73/yMO7eqzXaP8ufaLLNvk7/LjBcH8JjpOzyMaCnzAPqjn8Agn0bsvB1XU4BG4QUtITDYPmwNaz0jw/gNH/fIDALR7f85iBtELwxPWpjXBQfzsc70XkgPyls1VHITh4dsC7Tv3o439bWVXTKE/dxAy19JQHjdQtkaWpt8ZH3kp8qtoQiYs8GQft2FsViY4nUyt0MdtR1uk292y6h7ttrRPHNeNlF1VPSWwzmyOCYE+cmW8Fqm2tF9UnaaX3rpwTKbidmFye58Owwtw/tXN+CtYWSyJ5wnAHyu91pVocDvqU5n7SiUmwOGVja2EmssKymkNIarrOmO/4p1h3PotoDex5cYauwdbTxgnBipj6xmputUzKlr/Q8x6sfjlhIF54VRalRtDViHV+beOEZ/Mprom/WN0xKTPI3IXtx7hBaaDpFEKYVsB3Zpr0SjSV5UXnPmR8G7FRtCY9BmjfZt5Wajf0Dp4QzdJBhX9JwwS66gEhZCFt+XebnhxJMJqvi+QRbuRgp5ayWnSboygqyQNsGGpkAJQCzwZWWb8r70552MbUSTOvkQVpW9LYjCz8bPIUDjXSDMJUn7xRpqPpor5rItREuap5O3jLYt80xtWT+VgB8NJCIZHO3eS/aKYKcshCOprBFMxpo8Bbv2TWc6ABdaK6Dcv2aEL0HFXEuUeR9jOEP4x9V+/dWRPztfx9Y8Iq66o667LvqH2FYv+IyCyrUPWWx4fpfp5r/5DrkuE7903YBOJtCK5+fGMuj3I2gRSVN+cXK99YghfQRQ4wyh7quk7IOs03NNIUlMvISo/Fl2QyF0EKA7jToZCnPQlV7ch6wnov28Tv5iYNzIqR21K++B2cZY/HZ8LlQ9rNjPlHVkYG0rltwbczndeVqVjYYGxKT8jvVdPdm3lN30yT1U+isE5DrMHLPwrZUjPdNs30LHDsTuSyygeEn6YKr8HSosouDdXO1A2JujjqtU4lvLTmhuA7vTnW94klojFz8VJ3WkOi6wIPuQNiSgD5QYw8VljKzqiNqo9r5q36+8iGYdJN8hDiNBG7prLbMCA8h/6UmKp3XhgmtG0msmd3kr4z9PmesoS1s9FZNWoYD9MUfNvNNqLq1OJFOnP/YOhpYP47GqrPkU/ElTSKGA0cfDo9AR6Fe2SzcrQ3vmypV53YPlK8tUNqNzso9uYWwX33qKfFmX5p6b69xuknRQvqbIN2HBrhebZal8l9MLOdYmSHH9evxIdGYntjX/scx9c2rLWRuA/1j82ti/bNIAKRAPQIsj0drpx9QrVXk7BDW/sF5eorgUg3YNd5xPCDmVBLX52Ru8+oAIb3+SXRGNzNjp+r77IzVHCAFvK8RF9iLMU+ZOMPG4FHMf+BKD7mNBxlmH+hQ2syUona6TF3Q15Dlo/Wu27tCP6OIjtiFkM5yeblziFmb44D6/biwsjZWSbjaTw5I3DN7dDUfQALCtlwBn0UV+HwnPcShdXk8D4f8KVQEebQqdMrfHGFl55YmuM+jQv26xb1dt6xhuzJxxzVRBx1HOdAuEyTd7Y8n436f6LmlYI6sKY+XU9RDpkpTOSr0qvGr85B3mnLazaqyHF/xgNlLySGXtaJCgU7UO+h5rVaBsnPCI41VsdQMV7gS5zp7/Jc1j6f/vBfLteN0b2KtG/2yQqaPJCcsxhKVsLWOCCZBvYd1Zf7TJOtwznWkPmUmakYz2Ftuc9xEFkRsBccKRkkv/43Lw+hFZtwFCLbJc5ie+aGLu3TqIXmfHCPA5ms4gCBcdeikaSUPxoaVft6QZJrXYoRbHreCQtZhVr3RhsnF94yVSH7E1R+J7arPcnmtVAz2u8ZpE4wb4DzmZ9jKlP+Zs5o8BKbbU7usum4fai+Avw3wxJ2qvP2RdwF1sxpw32IcmSHtwh2assU2zA7FwL7Y8hHbv5+70YJJ5H0PpIZNeVgfD4bdsxJ+VOOsvkNkm2jp7ilndXP7vtQ4/D7kT7sa9vCgOP9p/5gKuIwVw+M6XqBm4DGPkdj/QXJi/QV0udx38WdSbRVDjsN1TdZ8RlJC2NjHF2AAYzbLx9o6zn4DOAyYS7vrt/ef8+rxRzZe/P7llCiC+Z+xh1h+/fZtJmS/fTsr+eVfPo3eTuTQHs0isgeRskB/Oysx+BMa53CA/f0c4r/UL8IKDf3Qp6/sX/nwz3meP2AmN6x/fdr3kt6LMREiBlD1Q8vdhk1CHRVg26rx5UZOv0fHGdRncq5s7WIIb9qa6dvA6ROHIFixpvZ0is2rlk3YpwxPbF0gYSqlgNjrQx55PqLi0PZHXQk7z54K/qyTD5uyzAFtBjLEVSu7HXou+zGbzzsE84g8tpL09sBfrLt+UYI7gHQUpbL6M3Tjs7tyCmsFFBFb9wAENeSEpJHtdcqEDkZNgl3bWNqKk5G4Cu5vqJFiU6A0Umj4aeXqps+KqYiEnVBO9n9r5y2AlVMhg0fR0Z3N8QHPlqrs0Fv2+oDMIc5s4JJOoRBg4Oj9JTCtO28enT3HaUM6oLpONnn2G8y0YGtqAfhrwXXv+qhge8TBlsUZZmLW+vti9L9SXH1p3vfhKRn4MgUKYs1f1H78bv6WJedOO9lNvzh8Y1nwlRc0kiFb+UtV9mjlUY2LpM81WeVm0jVyHRQ+3JCcRK0gOpHz5j0UdJvTmyY8l8fNpWT5PQmauMoW3KWrNJm6qA0q+yRjVMBl2FYS7VNj9mXYwv97KylH1ZSKdu4EAnFi7EvIWXe48C/xRZuUIPbGjP2pWJg9xVoGmY2fm25dhxk8eWcsUk3rCH4sls30DMnP972M8U1UnQ/R1yIaHCuMQmZxB8OYehk2Vtcw08pomG2RxW7l6w3/ijy7/1pXdKd9hp7uvhIhVfuuyRPKvy147+YSDIosgwzhgNfeloHtfiR/XojuuT6JrKk0tniCosIqFX4VABX0eYEEBUufh6hUftQV8uGTm4updyS7PMbKGKFxdPPtllrzBNlnUqJC7rgCV2yrwBnZu6HNPpNSsAq/YjuJX5UH4oMfLHYqaa+8fuMXaLbd8jifEHWTP7W5RanyAK9p+k6wehhXCAeg0uV+z/ms9Ax0iwTw3CgPpZ/8hSycpaSZw5vtFxL0MiaucczC14m5/1q+S1i9zUXg9tJLAqGp9+DtMDEJPc3SZjPwUFEVExJ77OOXPbIYxiNxVL+IaK5QTbF8TJENvT37I94xV/2hqnmfAFg0WpP+p3A/YM2wiS6kdH8IKpMMgzpIcPYGoYPb5SZyfrYFOrWF0iAIG6rb3Zzoprj72Y8zMzU4UPvGT2URdlsdrSJVczglJV4CKgGk/ERlB46m1gPXNqP9eM8L0wDIuDVL4Z5fgjIitGbWGqDgkWqpXJqcUu86q1nr9X2aH242WeYZg+vSNIJ6BINh7e0Hgh/HzArAyAEZrOgaM0MbpDBtNbtRG5IWQvyeITYBKRuBN5tez9AwilmijdblUBzhmlpuGD2jQmKjLw62c9cQKuTLeQU2qssdmost8QM08n6SQOZDREOkaDssnIqGkPzMOpBzJiLUW4taO0tvipOBwwUt4+n7LzW6An2ldzb6m7XcgTVR72y2h/WyOIzPm/6lgFEAubzbYFwQ3sGgICmHQmgfKCweYzFfnPdnP1jkUTlXZHodSl7H5TQPW2ADmvq+tuxg3G22jo1xiEcR/h3L5G4UjDjCW39UXx7uNZtiF7E6Jynutn2xZHGCJxuTR0PD7LsK6W9KG9tU/F/3NP4rpvEL0yq47XJfdPeBEgn7m/wK2OQ+7auUS3dGySIGFzLxwWovlhQX+Q0vPqbN1weNRH99Kh5qwwDcoJ/YCd7OGZWEMDpATEHcZQLTDifC1odMcya0eUEgxqFBQ41+PcxPyZJRltX3AnHNNOdSigbOoS6pFICU1Q1+vy9MHpscZd4mrEpEoadUal09GXJ/8/cxbv6FZ8hfQR0YYzUp0u/XiCUgtM8mGeXffrRiPIPqUcRVBE5GOnh3CBtCE/oC/KjGh4rvfpw0jy/H14esCj6vJ9sOLO+wPaEl2JJbRv8v+iau8TT0sd2Uc9dPnVw+fm179dq2OVL/MmnkDNfUdbcj4ezorJT0c6O18EZu7PP0Si4p6EO96VZAs5Da/l1YAswv3/7xdcYEMH1shXYpqaG04tdzhP1+0Zgd0S+j9Zr7oSn/V8e0tR+w5ysr77lx8vWTK/VqYvlALvfoH1znmBnwPznHYD11XPsFMgLU6CLibjgRDd286KW9kLejXOROLJfXQ+3Ly+bv9QWUD9uEtxhKCJ4685ezrQfPYuSYh5WQ0dMZi+N2svL0VFEyJoThTAXrHKaFS7HDdLhxxDHvR2Tkqfgp+FkzRG6Uj0XIhiJH1OkD7Q07m0YAwjhfqlZGKu+QcLmyfl8g7MtArqCqKQVgdvNwd0217+rs2oEqi1XFi4zPSKA4pBGBrFXqRQfsgu7CQKlUji+bYzcXw5t3knjRRG9NraxZU5sNHnuS3niBqhosAZytNpzJbR1bTCvPfR6ATHa4/JjXgQt0TN3Z4A4rsU4VkKiKqZvlKWLfXa800YnumDTS4Fps0egVNYG3HxjZxSxVBUvOhkRJYTWCbQgEpqhNbMOUKTxpDHFMdOJ++L8qsq+2Qb3YJiuyBvp1Qg981jTdwoH91sxmc3dynd3Qn0kjUVJFNwuHKPW9m9r8DtcQ61nQ5LqJJMv92k0DY6RFfWJNMAhGPh2xHnkIJIEytCxkRM0y/1uOQzNbBg3mneZFwGgdcerLnWnFPsrF+hhJGOTNq4Pk16GP89+Jly8FpJRKIQI1rnkte18qCcbnIQtonDbMBQrQez6Wwg0SwNVlpEyeUNVnfFG10kU0pAFWJrvlqHWF8MtX4nc75JYuZCtLJWTEPZxw4591jeQG7qI7hg2Em20VXFcHdNBHUSzkztKVuXyZ8sz4+k79+bpctUZB3CYMYWpxsL/R+idly3ozmiK1y1GYWugkDjzFeuz+i5+bPjz0SNxMsA1xZJsriF0CrWnkJK2+hs02cYLo3rdG1saTmhUci8DeasPy5DwOlfo3Q/aqDTfO3Sc/CN+lrEracTwUQwhdy3aiOSjmDvhsmVNMwSvwkTpKmG5hAPQDl1XSO01R15V6LlqwChXHFcu7IHDk+E3TuTRmpBVOXnXnryLlpXW8uwt1tTqIh2Vv7k7cIGtY2Y9+1YUPYW1LCYj1i3ymbJxsO3YE6oUj9Nn1Qm9x51EMjQ3nyn4OlVk0RwfhysAdaKMLBzZgn+hjd0CPjdbs/ctgc/ear6E5I75h+0/h9u6Sh/dvYAVvYjP8obVvcNyap/sFv6SkrIr1ipVHWXtr40gNVF6wHZPBvATaZp98TSqTsd4fq0uVH/9NVRWb6U643B9FKbP/lYpSKc1Ik2wwKZEy5KW4Dnabpu3WnM98Lg84U3NC19ZR2ozLwlvnuMzPaOL4Y5hcjyjAnCbWK+crzCv0+FUPmC3sak92qdYZ0d2o/6Vv5UqWSjMUpCPHGnt+xzqrl+zTS67wV7OuHxqkXg6HDjVORAPylcBD64x3boquCtEx9dbWWtFPa2ddpqksCEeX2LYf5/MoW7lcjTJ9t+b9m3nxuzXderFIuadzoCQjuuXfTUFcrsWJNDrRRYwU4v//WloT5gfSBRQNlCWXkkzpgDnnj0dfHnJgsCe2R6Yc7SpId3Focv5Cubxkxx/oezy2ul2HKJExOWk0/ALp39MpTpEUIa7VXPwULZSGwfFG1bqudlR8YHyiHSgOZFFEQTvmx+DHrWcCIDhTIfg/8EcF7QWeB1YMgeIS7Bw31FjKcGOzQOqbUAnXZSBanxTl/7xQlsg2mN6TyTrdy9Xkj7Wf2XLvmOghvZ1SpSw36jpj0c8kYqy6z4ofPgJ3bBDgnAfc0LyYPGvdcUl0Air+M947nEM3x/INOBJgbIz/XCeshLy5uc++cptd57K8H656tsT0o88qEcx7LSSbtq7H2iXd7oD/OqaRPtY2L2YHtvVgetcWf29pdZHDq3OQddQMiiywFhzNwZAvYOfM76Rsz6GilXGum0FWYGQOKwQ+2+i/fVnmF6Q9K+rMPKX8h5jiuODg2xKLcZ7m+suernqMEpkvsANn4QOMTtW79sKC18a/i1xtlolokeXuClUE8zc9oYyFVDXu36iJggUaJj6E525vdEYm2KhQwe/RHSZbH/8q2lwSHiOA5nvMwE+tck2dOff08Ozj/fTiNksmRqNjLEti+3H3uiRa+Wc8w2nviPS+imUUZLqMC1asff+7c6ZdWjrMi7srOmIQ99Ioanfa6FbXAqPWCalL6Yojg/Avwo4JQQvGrg2/83bF3RWaiyuIo7ydDVZ+AUPZN0/JWhhNdzj2cc7/8JhLDlBTXFEZdcFiAbud5+dP9hFRckvcZih9SLxzK/53/U2sUyIXYQDM57QrLdjulQq6/34Fk1h19hoXvDCK0HfyTrrmze8ssEGDHa+BoIpip1n43w75Ahzzkizvl/Zs0PQpisYek597ws4ubDUXUt++g0bbv4sCxLQ7u3PTWNy1LrMKFegteWowTJDb1x9POJRJMyp0Y9ISExyzvrqg588L5gUBaWBBPtrorecS7PaLejn2xl388YJ5GVFwTvGMJBn2W2LkGNFld/L2zmTEn2gWghmPXMttWOzaRLzFpd3tspVM7ym5PnHMR6GF3bKKlJUHWu8mpASxJJ5NB7uEkY4LG4vG0IuzBNRASGQYHAL2XqIO4rWs0tAPhiRd/IB2Ypo6vVzehKBuFKjGxn+fXzZC0RApXxAYGub5rSjV+vSbGHB5W5uyP0FCKlFsxWrYXzmPa1oWzSVdNYxvGb4N0rogxfGn7CUXGBmF0hFoU/m/thYRzCBxsAaYTp9zE5CVovZ3hzznl4YXos74UFkFUAZ6CTjGdxNjoMITT8fT22Q+GBW6MQlnWWYGbZksEF9+1V+Uec/i7bQrsbE5LUO0NfhHlAC4I2+lt5zBBj+q5aQnaj8Tc4JgXH7HMplesJ7azVLNK8XMMru2z7RRPZaJksAQeifoYx1HOaEwFZe/vW8lBjmRz0SDsc1ApOiTU05IQbtbu5bmF7pMObIwx9q/FNSFHlIRuaybKJnd2ckTXqKspPR3dT7A2wjMO+6f/IXstUkWNCtRXBxrY+tEl2Vhc2V34t0JSmAbg3mJSGoyBydUc/eFO+0G7TN6M2R3WcR86zVppnyO0iXJoZdalwLY2KolfkisCVCqQlkzpF43Uv+AN5AwPUsLreCtHv48l/3ntsQaJHO2nBJbuCxfCyFf2OcyTJIzQcz4GWI6d1RkM9J11wRM4zG9hH4PGQfyA0uRLGdHnrhzthtQ7GZ6G2JyPussyg1kdn3d0heRrNRT6P8dabA8OosofTDdxMt0rn6Kg/b1x5GL+KeMs7IsX827tLYm/HVnTqr2y1gMR9CtPD/6+c3moxCoAK41EoZayzLrLBdsjgJJhivVWecxcLoKhVTEZ580XWzmHlj+Zx3mcRHA3580mrDEl2G6Dw0/Flu9imj1zaxEkiio+8KzOIVkTX3Ka9x8VNX4R0sGcypwh9/rB6wzxKVTxD2/Qa2nQEZUl16G/D9VYy9O7Jz2CEeBLVHFTghB+u72OCuBLqz8itVbxbYXSs5QBfNVIZJxBNaEylJMbpoBg0NdZy0EipQ5MqJXu+KloIG0ZHcyB9P0R2uE0rnW33KsrcHq4VByDdfVl/BsQvwHlST9y78Iqu2tbxiCaYSHFuxj9SvvNsKzRrw3Gdp0D7fI4mQjxPfVBUvN7nqeoMKQCUY1uthOYQ9tntCfFAQfPtINcf6WNPGV6jT6T4Sl3AZYOXMyVsvhLe8TrprDV+HhcghZAE7MLQ3zkjmjTuWMnzpcvCtbQM3p/uZtxOFFEXDn4rzWKsEgYVShhddy4V/rTj7OF1KNm/x+aoZbTNgjJfyAZx8bjIEFQHKULGu0FJy8MSU6fAi4p8QW61FoCLKojz695LJ68GMgFUBw1MllCG4Xx7WS49Bm0E7UQcPjxp72VAQhDpQR+wBcQRBRkasKobe/AnICCYhr50BCvXaoPSTMZJjL7x8UnkbsE/NsXgkuHHj5o02k8MvKtC8W2qu1b1FQHaja3HJJcTY0HpRRzoVe+eubvWFBaNOk2ggwNjTCEGxLhvCwb6oFqQtMmaQpA8b0HmPEFVRH28pFmSGSv4IOQhBsePOZ+BbQ+OtmPv4I7eMV9p2FlgZL1rpLeBaBz9nIUBI2m3iVLvZfZPUbMVOCe2U+SVKhP2qpquG7YAEdHhsuq/P6ZYH62MbU2OtWwGvW0z+UhleRUR+exF2t1zXiw4nr6l0jIbbAAMLo9SDOtJGWwaszrSkRqNWtjqWPjnt6crYg9CYakrUBcVbOJfZVLpKhSnIRlvhRTHum0TJaahKqQ/LiILcsRtCOFrS4nQNGSJYc/03ygXVetCv9qXjnPdwYk9VfmtQvK8royEHwm7hA117t2zud/Hkfm6Twha6ZiDB4QqVvR1aDIRM+K5nhjmTNNUprpGSi48keA3qwPYUxL6y7Kd6lQqX2I+xMNyWW0z5gO9uLdrbLXyu2W72JSIq+dAmegkus3hU1x7LgeHSTk3x46rLS196SQXc/Q1aIrOsiPgseqPsEwr8W+4+BXpGhDXHdaeoxuEbD5qSwwjQfOsxCTONcEOKARco+xArx/vu3p2sJHbkuzG/wly6vbFfAbUgeAm4hUOjheadbDBWfUoxO935BaJ7itHDyCSRo43uIAW0g5jY0w3rt7hCB4aU+sZFrA5Nsd5Nv65x9d+xMgqJ85YbqCU7vN5+7KLmcRdJvdLc3yLoIir6Gl0jlzc2huHXTLp6erFvdJJG5ENG9KZwRtBawHhNZ9PTJXY1Du4tIdiEiwPFX8aCNcRgOL2Tny8AxRyqhITW66l/vHIgVtwsp1AOqkw+yFEJw5sw1Vv/Jaipxza8lZGqxnMw3mqX4bPrx8VJPiYt1o8aTZ3orhfp6R2xL7WgOtwwZ3rip3mZtQfccIAkUQrihutU9WRqoxGHJRs/usjVKYIUdY3qyI5jm0Ivxuikj7dUz1O3vbaVUV/q/sDxAkLtMxcNw1ezgky2YblMQumCGy3/2F4FjIXyHXIRAphwPAdE9oKHW+hcJ7EHyQtPfPYgOyLxxRVVx1SjwCf1THmmJ0Z7cC6XWtaa8iT7nOCL1ODSHvNCV0ibQrWowRlFn9ebCaNT8LK+xkVekqy9xJA8QgufJ9pkJQUY7k/1ITaTpE67a8OK+hmXcFbF4XicGYDz8vFTesM3EwX2y0JaRzTwOGb0LDpF5ef9I+U9p2rA54OHLjVu66qfzQ+Y7b+L2YLp4HvsPL23IhaaF5UBQ/2FN3bZenb6h17bShho0GUd2BKaHzW2VRU73D/KHPmnX/+C65Epaozs5M0I6Bi8e5f8gBHz5qCM2lDObwkTOkQ2m5WtNlMl8zAJ2Kj0cJ3t7sg3qt6AKyeeBN7RaOxAWfIBUzIWCPOdwRGEfcuwmG59x+8pJMM16jKjqEk7ZvZc6Htjr2u+ZGURCQBXepBl1uywjz5Gw8BR9esC4YMiQ5AQ6RHeB6MF5/afS2gFc7VixyEcdmzo0PonxKxwiZKNB5b/B+Se6eVjRhOsYw0glqfZOwqafz0QlQZuopSUTXHWzh0wEDjP8HlspbnRhL7KiC/IvlmNttXo5NH6E1oUHLEyNkgw+hUy0cs5hNLY3gYYSF39cB8P2h051isdQcfWYOLCDdBRHVHQxozdLcHWfSete3QUF/7lG9GJDsonm99HyjcbIpproetwmtJkt2uV4Ie42olgQNPgILVuekDpwB64KCF9aq6k7ezQhrljf2z/HGf6CsBQHnrteaJoS8oMQUtEAho19uTpcoyNLwsSwMVha5zdDkE5Cy+wwObI7ej9yI5a2QeNAaCW9vZ5i4XKsN9BV1CqdKaYX6O7N4I2Kx+dVBw6DaHwa4AT9rMSQxSFlK4/+XDidHHbCCRiifykvk6p9J9v7N7TkgfMU4ZnbcGm32ySP4roPGj4T+h1D8kYfCrs2BqhqKLVEf50yGUx2qNpCVV/hY1nD4Z0b2ni8RaP4KqjW0BeV6X+Y5xTzX9d0jYmDFK6KIqWjHd03uHC2vmy5UlcUIr67fzP4PMBJc77R0kJ93iiefSLl3vdhDdE77UAln85BOJ/SF/DBn92RWpXbZFbRD96Mha1Ki34fjjHLsnNq7oKu52oBfckg8nSa8vPhX/UTPylTuYAypnm5HkVxEIA2GLe8TCuaTkM2ULP5k0nvyKm1aW5Y590K+2FallkCsoreE6U6JTWiatkXieNMEkaAzBO7Vwad+ppENIzOxmR74jGZMKVXUo7TAL23KpvumX3neqIjiTqgKVcClnpz7Ux5NhJCs34UXqBb9znw7JYgTNIRxQ4FmfqU9sYDibvy3+UdPuGkYLOsCWQH3qGPPm6vcpWi3xELw4c6QigSoF+DhuSWsfAMs7fHQUlWJuGahtqv490g+DstqWYPaaLrI3ZRq8XxBPc4NYNg7Lw8uh4KjoIeCVIoEvswmRiJBi3fhWMdCCfRR7oKEaEjGMBZ7acfvS3fWUxW7TtsVeUHTFHxO5uXWh782NIYnip3RgSm9p2jI5U8sOnMPuORhmI+/DD5gMP4tZx6BFxrd+WQZrnQHKjJcxEPbFTzUwQ6JZvvRlV9s3t8MmZ/ISQD8ubGpPpLLCJmien0xylE/NO03QVRT3AH66p6aTQXvcMgLky9/1VP4TD4XtBIjti5i2H7nk7fPEqHpVAHKFj5rGjoIxbDbA8XQCr7a75oFZ/wOfURx7T5+aBd3jpYKt6K48RJW0tzLwR+gnQFAzZV2yEE7UVljAI0ORCncU+vp4xTJpGWQYowlPHt9RUon6nOTeOUqzT7wvLBODwaiWdLZm2clxEt2ezbV0NSroSa5qjiXrG6kyuYjiXgArxAEBbesygrjp1BZQxUPMmqjJOLLPWOr0PaJgz/GsQjTH0e0ffnuXGe5fJDKN4+0OlMEoooDfokr0RlyrUwKxrryseIxqor8+grMpCx8+iveECUVN3pfx6QKJUs+21EgsVhVlhBbs8Vf5v46qZel6CExPl5dGFvWcrVVa7sJvziGp13kj3eOwlDTfEEQi9GnUd9KbgLnHp8rK5mt+Oqj2cgYtCxZnRRyzEq4MaJdNQY7WAVtBsTKw4TSKhfeLn2QkXQj4gj1yRGA37rYgFaymyQCzZahm4CqOEW3tcaDoNZBxqPfN6VyFJXnOF/kXHxfy8rFBQxox73uEzmyvolQ/ljVbNhURtgneQ50g3Ide/VyXatL48tQw92M+TmglFXkWx6RJUr3RgQ0Xt6OxaA0SezR1cqhPahMkV1TxzFK9ZMe/V8wGJ/vK23a5t7OtLXBcDGcarBbfNGPKiQJ/SY8txmjpL4ZbgpjhekfD4ZV82M926Kg4rgzA4cQqpzPfxi/I6yVZtEMf/JtLtuv2uwNjjyahDxyYV9V1xpamOcv9wowIcdQwOgep8vsc1KM7qJnkqlDBI7kXDvKUIwZUIhk8SUlsBEf20OSpjlqP1kcbPxZk2zPS0U6TScexsz5kyaO+t2Z5adzvltAWNZ6vHpuFG688OuQoJCIa8/zFCM9U4TKQof02JvI2Jsk9GhSf/+QEv4jBY/QYGTaRIwf/ACBJ6IIfT3wNvKvP0QAOxRC8P0ddRXXUB48lFTmDTsR63E5Oo51jOBd7AaqgK9i/rbYC4VQ5WUzYq88WrD48sKjS/lQ3o6PslM7MnoB6krmwLIfHy4X4Tou9tAImt4Hk0djTaB6HlDF/Cf5VDoAHYn6xKOrTUpzxL1ZdfWX7kvxNzYd0GU3DK5fjQmxm53tmeErAC3eJBs6Pa1uUmPsPENNPXL2Q/SCgN13YiqSsSSe/rU7HumdQucv1DBwGbWbi/k7sattBbZGdtfjqD6eBb15pS0hWLeWrSb5FwGGJ7EdE4FfaUhlcsu2bgVPaD+oasomjICv+fX3DuoDHUC/Su/Gw63cvV+TPIChCQiczrBhhrehQ6/aLpsGveeXyEiaDriNI6BkbLEUgHpTJADvkOVdMXveTXiCtw28B2EPJ6t5fzQT5GQilxlDoYqhawlQITJtNukMgmh1QSYzU5DqdOJU4qm+8eV5fHLS7T1fjSxV/GWzRDpBfk+pZryqJHyWehj6nC1pqPOnIX168ogvM79WY2Q1pp1olsSO8SLQvuKetVNOFbI2veLYxatvEa0VN2UdGndQuzdpt2SEWcw1h8MsGylam1dqxargv14EbgxgUZHS3Efmgtu0SYiYSEIaMclgpyXpDyxDk2nZDdMOK9N4hyg4ZNmJCuXXzbekQdkHlHHpOdRIsn9rLSmJalaIcFZBl4DhCS+0DckBqMJvV156cfosT7LYTwSgDSM+KUdHuOGu1f4/4NAM/EiDNaenraq/KkAVHKT2/jtHtwat7hS0KGxU+JapTBK0cuyCAhJPc2byyFe4GBI6HLj6nxU+Dn1qL5YuxF/0hvBVsPnU4L2Zz5oBK3DcWhGFXKHWweyne3omILnJpGBN0m5bCakPHK2hu+nvj7E3STTQ+dhGx4YYFSjBKcTRfyt++6dQ4T3kcGIxjl586seYiIbaIl6YEdaSQvOJiWyNrlJULvHDqJzZoZ3kIVADkjcH9jbbnj5uz3U2n//aE4Y1PXfViXA8eBePWKRTkSePp1ctHwQJN29a2ARzy313hnPlJK1rQdJslH6isP3pZdhIha+lO9OgVOXIZx9PX79nNnkpPgUL2zYbVjfUtMd+nMyRST4QVfxbjN0M0eoGzjmzTE0voiCkVsHvYlL19tMsLPhIi7z7C76BOh4Tcyw7f87c8+uEpgKWa2gwl2fRf9e62cnihWk80wtIPB8kn6BTzJmG0tmE9BJY2+eUjGyHnyyvsdustpiyBr1GHbi0kgVs5xCPq27je7EZ7XxMkKw0UNf1kEFCHUZ7rM9vdLwdw50tY/tlRgKBy//vfod54FXIEYULSYGTOUtP4TyJVQSrHE2tB9BJpzT2RkQUxdIFefZPdoRp75eyE/YYrSYeARJINwwDErJ8uAGxiPYYmBvSZDoCku5KJ0ERsvkUUd0IbM2j+u71dFbyCUs0GGogGEdQkXSSFxox/I7auRd7HX2R0RDSAci27b2m4k2JmlypTLvVtY50/527T7HqxqkqKKVpGrhE9Nt4cIeH5dfAThkwcZJy87vgv/J3RdeQC5gBWiAdIWXwixE/L+wvA3ibmFW+QpkJKfXMEdJ+xqUgYruhqNf1j/E6kahb9D7rm0Xpa9we5LpPk9yQs4WPc0jBOKjM7gukJ2JKrlVq7oV4/2xm3b19Prib4w5U5yUa6mEtbtaSQPIvzyl4ygUdSjVia0MrwpMp7BQsUoIKZjSNJiFEMJuQzlPM6CG9Qj7OWOGHZBDWWnL8nofDzw3W1FOFryp1E7omwOqLvbNgG07L1XfgKue9u42I8WFYPL5jrPEGK3a6zAM4yPh/kXRy3hX1XIsX6BC0k+KTgH6WjEotfssypemNnDHebkc/WkUaYI4lnNSJElZpzovNKjPJw5/EGUcH0gXacqIxRlbS3TSoiPxvBTAWhPqZ77/1r88C4H7Wx388HPXlAgmise7I8ltfpdWl8cr+oDO98MKp43yDvZGpCDdHxa0i1QUe8CdPUwtsMZVYqDzTPooGs5L59QZ7KsXoDnBDpU9xAdCJRSXzWy+xK/T8/K3pbCZd3NHKSm1r++asNookjObKm2rnXFxka3iLCemH5P+DbFgDNuf6LyGa2O8fa7kHmeBbnHW7FlqlURwT7fzxd2Ug/t9LYyctwBm7YRmEamwkVkLdGX4E89fZEffhn27YWjpCUyFqXLapo+Y4zH/GB/G7wEAU/7F34x0DuwRVMoFeZzlVLSvQmVpGRbu2X4+vEpFSXlNqV8oa6iXPW9KrsMWmvw3mg+2w7m/D2uT4dqtPBm7+MmCS8AcaXt77emg5Lfl9sqPm18kr0G861ZhkQ/WWkJCtyCBPGryyaEToQd8JojChwr2+gA3xsR6UmG6V+d0fZv0kZ5JSnzovaKJJM6EB9mQPSGJdIxdj+TQ7Akld/7cloGSS0/AULmYuExVmBIJSEnPaEGugqsFcmdIlwQMHPOqWim6parzQoU4GOoQpdOQaiwD8+IYIG+UQ4JqT/j+zgDWqBlWXnBeTSdH4D5nBo5AuZpG3J2VH/I3ckTiNYAntmk3qm5feRLv1oYqdah1EetkItC1/ttuOzgXNQkzLLopmnapzoX5UOv+gxYcw63Zr+ZCWJPawrbjqUhzmpyoQ7fXIBJhgNnQd/uKe6ddQnCB7M45V3JJwuuLe5q/ipArrHDT8+rZg7QkqRRurrBYTNPdRAyQwsNe0XMBAycX17ty8zqRjDEFGkp5abU/NXKGq/hSmOvsS1yC0FKinsWvWOi+q7TlpfieWz8UOH7V4Ti/2ziCz0VNSOj5ly1mAClwGMkIIk0A8wQ/XU9CTBQtlG2zJGANT4ZCV4i1rntD/aMpr0X4yv4iN4Fcd+zQc300PiqzwBy2JHyjt4zTfLSNz07+TDFA9bpHB7R+VfhqJgh8ttZECuIi74hXCNUTNfROzNziXZBV+o9JdIr3aGJmXiSX3CK/IY3Jly7D3lYFY615RHQz2zcfct8frCy4r7/bn9WyAGegx3mGKz1L+dmyi0pZNVzgnqEJQ/9EPUSBwoiv0d6OCFvh9cD89PgQay3m8Q2TH2zCUyEokndmHstFWMdhdb/Bck+/fAp/eJncXHh5E+cq4pov3NknlKz/ktedd+HXeFJDG76bPvnhj3f9xeGf3oVXZ2N9XxSP/oE1NFEnJhC1tESUl5QIr213VmyFZaV0q0N+lhdoQ4q3zShxnH8OoHmrxSEGJl1J2XcyT3kCv3M5uTA9bNyR/8xfwFSKqIt0tlfBsTQ6voA5xdjtgZXIoXGl5z5FRKk+hPfLGsKrXytWcD9QvyoENzUOHVVuDAs2DAF2MPAqxthm5dVqt6a8w47ZKqDzLiIcQ76JL/5aLedFqK2yGygp2h5OgzIfrsx+E2W+5JwO/LbDUCbrDBzAeHZshVHzxAYBmHg+qNDkVmWqh9g0qDiNVXyIJDOmjLpf3bUliQ+SKy0RGMYo1Uad2SXOO31YIRi1AeYXoZu4u0RQX6NMKZADLxOdLLH+sJ7vHuaKMEw7MQyvRFZPfQPFQZoL91ehBPllLPC0WB/yO7GOcAHCWHMKQ8KJwrn1jsSBuKDYgwdxTMUHKeYsKSvnKFH4GxwDqn/0cgIdZfOhMMRTM4AIOnvcm+QKQmHCTCTtpf1EwA4PICjKBt68cELpkqJQj13vuV0YlAMrkVUjhmDw0zx8jZjmiyyMGgcwLbF9f1497egM7rbHjjSt9O90OiHhNXqeW7F7FEwzyo0YXJ9uLsBWaJSntxWSi8r3JYjA8wx96eL+eFmx4E+H426einkQydhK5uunH6CknMAY3QDGrAV6wFwKkq+8quFDaCPBqTvMJbIklJkdMaZzvXEzv9YfY8WKtxfMAh4fFgHm1w2Rx62If8NNbuJhm6X6m1/mFpz328gxRhwvrHiOX7CjQRPL7kJMtMnTxAtsD21alJNKlt6Ruz+obDC0lwE1IC4v4jZD6dRe1FdYBOKTy7+o6OJM2ZQt6SpfZSkA/ZjDlcC5kHuo0EsuHRGsrfI++ZI4o26okcbQalCgZhIIGdw3SxSYHhi9YaqJfXx2i69SXif6Oga9XFAs6dEreEn0XxEQ9eeHWw1HYb4K/wjcWrVPJCnZx6dXPmqcal/rE6HdsWqTb3HfSnr3kLqcSCnUy44H5G+H1KVAP7FGGysMvQeGtetDz9kw1gju4UmPRtPkPhMw0lWEVrZ2PdgrWxBCNk0rOzZkstKcEZ2j2uF/ubvR4rOXXTeA7ELh6F3NMEB9Vwqn0ILYxsDohjvvaGbUrCfIQRnqQttgreYu/iMpKunSUlpIir3hXcIpjgz1qu+qDXZ97J61YYiGv2aobjHWi2Lu21jdGresbeMewo1w//SUjcmtU1+TbJcQnuQRjwWF9ZMZc3Bw3ZpIW/Lz/IfrH8otESlWy2W1lskqHAaJW4W8hIVNqdbjs70PLV4g0vTkwtKQCDgYmdQart7BBlqciHySPmf3YM0Gk47Uyd1ClFz68SP+mj9ipxYTWYQ7tUDGyjLf5w2SsfZ4yaNxjM2AlDVGJ58o97V2EwNEoRQJcmnH+s40AptOkiuqVoIG9mDhfN56uOYIu4UwV1MvZ5wTw0SCHssG2E5TesKEH4z5D7GRTHg60EcGvWbHkHnfSnJQiNTC35BNE9jvkCwVHputZNVNCE89Gyv39xWtnQc8LdV/obRLq6GKOeCkSZRpvpD14ZpswOmO+jtxDkZkeijDH6F25Hska0XQb4xrGeur4zSqWCrYaj+famZwEO2AvITfZwxf84wi7GyDZTcghDvbDuX3vJpFfYhoxugTfgfYMk6AitFGIY8G3I5PFnPVZRv5ZMdHfgcZqikKCHSkycmjMDSe8ZkojuXozOEcJvqhzPCOB/OZOT5VggjYz2/GJeamaVpO9SkZgwPXekK6fVSYlAqAsfXkHt+ikjm6kTpbbJUKnaRbDKWPkt0oADS0gU+JA/S9pF1WN48vFB+heNaHpWAqhQK9sQhgpafjc8392r4pJUOmpGZH/eAORmK0lH4sb7zG8+kXI8rOe4hoskaEs2MKfFl5QipdSfU4jlxXGbNniv5BAjEDsmgM2jpTTRaCjxCtsvu+zDoPzFN06gPRm9Txy/7QWxC3/xlerShW//47UgnN7IRvlJk7SINzFpF0o3ha4xTtLXV0c+muX3ZlCdIa6bI8hzuuiZJciYJ3HIJ+IeT0uhIOvv3MUU269zPPZFlwQPGaN3f9UtzgznQJcbHmWUccPzf0wXGTdb6RIo83scL+qVIJPI3TmUS0ZxkefeAKw41gzeIuad/8PjDtE9khvyBpmWnPcVBTFPx5tK5H/iYA1mAXZdUgyEj0+Ai6VSnd9MZLqJJ8Ma3uYBAnyWDheRjq0WDyySaQtQbO/FdLWb8veB0DZGweaIzgvfNLwhDuvArVBb4A6qtIfaE+6aAGy8sKaLh+k56ryrzto8ZgMbfdsVw5wqElY+B/ukCsolYd5MwJriZ/ukFs1juEG6KoWUpzA87D2Mtjw1OHupYfjMwGLcO5R4qXM5rOGDhjoWpTuhXSAyGa+vTEU83Fs2ULFHRTzmd0wRX9giwxQWUN98uRjPRPioblQR+CDOIFr1Z7Bjk1v6zuJ2Sh/icIVat8E2GczH/rDQl8dokQk3Tetwl7KsUc7KUY5WX0M7Lh9yTkr5Wpl37HnoM1UMEoO++cKoeFk7IWgRRNY77G8voJ4KjKXcGppvU72z5SqW9QK178lwO8rFJ/mur0ZyIku0vL/QvEnpnJe4Az0Om4FJaev8lO3Jg0cNOYQhdkk+y2/uWv8D2cA1TtzVwvQT/UOyUQawsDuDM0Y+C4BzKBTTvbu6ahCBnpJ7tkJnn7ZvK8OFeh7Rwpak7stbDLJf6B3p6ul48p9JHeSBm3c5n36XR/7Os6/HbpVhtvAJE1xd6d3YN1T0LZH/mN7xsT6ZVnb61Bge0AyUlB3f+EnGcQ0fSXtKkvAPRXnGXPUl/jXIT1kZJQO81tPoHn+CBxX5HL1bdRlgRClEjwuVKgmjG84YnN6vwVpTHpyk2vJBpN7bUi7OX64bYzUZRO2TupRRmutSpByEF6ArqNea7cbJG/Z47ftDzFRKipJIGtS2aoLJdGUPSr8ZFpET9xx0qI3SCN2PhGcuaxmXA76B2eKG5gObOlcJahzMrKRzjmMsZDX7/o4a+HQoZggGFZ0admduNXfEs4S7rYo+gbyZCs6YmHmxnqtIZ22U3coWxg06YJJqWJGi/St3ujQMb0JWqNNH3IcifqlHeEmanqMe84S1lOxn3AKlFDCbX0zyJHzb/xJVpIzSL3r8CQ6hmJs4uKhYCwGOlguiDGpq9UgCd6THjNPkZR2GOGq5xK9MVWS4chwSklfGjvmNDQ2tFY2kfhvMB2IiN7d8MwUufMNBPvIJ/P679YQt2Z39yXIb9DVCS8mFSqsqaXGZe8vthgpbBMIa8E/1fr58QpK/qDDJmCJ0AYkNrjP66/OgBvF4tcaw2cviUp+MpvzR+D8C55OANunApoZu50aJq8sSeee0pE+mwaoBdXYSufs0qXgh0IufEn9k38MOp1GkJCU0CnTicJq7T5QVZVztSdGHUgcGR6CF4taVsVs5rpBbU/YI+bSHNSK1WRr3H2UuPsC+jvpmzKI0uXZXW1wEX/6Docm7Ggo1zUs7wicrxpecmANtDM2SMwmCoILe8EOyn7PSqbqQKI/SzNWGlltmkyqJesehrthtsvOrXU6+Had5Xfu2U7FauAfXH9vaTZ9e5IiCn0xASXYzWFCY+tb+tQO31pd4aISEUoIzwu94UxFcooc5X/I9yXDW45wY62d9SVJXFBBJHGQDfiFARVJmrOm0AC6VtFV5rBBfQ2ZpyIt1UcLRUXxzuHvCpvehooJH0rWI/3z+kkhRgKSfXN8uRG6DqDZpasdTMV6Ux9iQ6HdBpzlMbEKcltabzkuctKcI6AEb2jTnjWMh4Eso6kCIrv3AUYN/VP2m59DTHm+tbPrafCuZtOkoaoYfzWeXMzWBO6IZQyqd2QqYh36tWKgzMDs1Nsb0WzCz3oH0g/w5ZxxG5F/VcaPjlFZllMNSJOzVpE5WRRRkIdJYh9dvdXkWEVx4yPExc4J/CT697taPqPDhjQtw4/6K509nFP0hrfE4pvV4lB9X4eV3uk6QY0GjKq3j0Tz0Kh2TKlo5bYF3l9dwOa5PmERV7benx1Ib6Tgaqz2Ad5hi42njiY1o7mflMbSoOovQhS+0g3QuT6HxSU73V3LpYaMxE3amF977URHPBlaL/1+yx2xt438aGpSwOwn+XTXuT61Ghp5j1eieeNn931/338d7VHwE39APAh6aOjTjKfu3VTNOzSjuJlaGikyUyclcwtsa2JRscAJIPUHSluyWWXbq0bGIykQpRB8UetIGYmJoTSeJAByUAuJ1ROO+6rD0nuWGaZq//ywu5sMVjQom3LRc424seVHUuEJ1txtkWUmrUSRV3EFkXtYLpCO4Tg/vNGXTRqZ5KsNYIHxAEw5PlPSMQzNukY03xLpCKq/EXPGGDeGCQfhxKj1PYze84IxjLkmHW4+WZ6egVVh+yMUrC4V7RWxt7V19WNlJZNU69L99chb0J8y18uuz+1jZDhar+m9e5p/ufztD3FnjOQTZkK2hQMAiwZ+XMBORC5tAMnt6gJyGl83s5yO84h/qzTRaEamQqwfdsGI1SecYFsQC93et4poujMbKzMBk2h75r+4VtkGPRqlJzFMvx3ZZAKjTHu8vcPBExerJImZT3SxUrEOce+XYmWjQH4IHoRO0xKwW2EcUvW2Qcgel19X9cPa7GnuWz3++6uEoOfKBd/d123xDU4j0Bc5exEo7ucRknPU/vXnnt2sOlJmZcuqX53f5TUenBRe3HTat1NJtespSTjZm3SjBd7bBCQl6KUupafYNBQle44D/xS+NsotNfL9Mf8uJ7I4IyH6OvtOhDGYp4UPa3m6vUUyYKU7rGGL1IJ2qcour049A51IM58U0DiZK65WnxotWL98yTCq8btdqht++ulIsQ/lNAu+poylet4Er/tTwtf1M5DYcDuHvDJH8jk9OEuyTUgXfNJMbL0rEPdeuv8rNnl8uSyZJ+QF/DkC5Qhx4dxNMr7c96hGrGSXNmwtypnf1r/6Tb+/zIXL7xckcbiTUB38CcO4y3s6+rSrt1YqeijtM31Zqkzs9pMfW/LEEREq65lruK20B55/HTy5jBB0jGbQIKJkC1HjXlgKYIaQN363qK3Vw7VJR8PQHzfd+VE8+kY4GgImr6qb7nOh8ljAb4XkSVina7nb8ysjpxiUi5bJ196Nnx6ufqK82EhMogX9QsZEYIeHGdJLN/qo0IgwTUZx2QHWaFUjw6dZYKM21Fni8uCxtWwBEbmdldRkWunAkhV4uMEPi1Yn0u+F5diYQ4g0cWxE8q3PCptVpAKAeKJCKzYWoFlfE9Bq61DJJM4N3qBoXqafHhLKYhvok03EAIRBNbC7zA9Z5+nWDsB6LxeK24UpGFozl5QMhNKWHEZiQHkIuhyhd46Q9fRBNRJRgsa5kZSaGa6oQWMi/OHXByo58rf7JBdKZe1TLLDXCfaKFZ8Qwsfkk649H+x2xmucmXKZ6eKxxU1nWZOpcpaBz5DWdubjSzdYWxiskZvtVRz5iJncSJeif8bn7sp1RREAKKcp9SpSxs2njh/RNxtkC3JI6XpEwxVogO76Bh6lbGibVqRjs7KSUXgpF3lZvqEypPWCVgRb+KYgWqnjYNT4IiUnAc4Kes4tSK8BvU4V+dGmfGI2sMOcT5UjjG+z8d/ZMP2fAD12A8wpg3jKEMKmINz4qTGtN6de65ouLaWUOv/L5uA/Kufchwe/bOPGdTLg8UZ1qaVk852BNvAfiOsFXKCPaPqjg6sVEhlucetJgUys0WtgspKfYUOHopOWLZ3y24AVZ5NkpjLxmDfqwfiUDlESmHuX3SMWeR/Ze8CbosDm6hIGnDe86UDAHC9bkAslIr1LL0bcX5pfhqawAKZZgcK4uaK/EJAZyQHm89XBE1wgajXhFjHNZb8Q2HH5eLohKiwiIbXwxsi8HZF3zekvCyqZNLxTxKZtZm6U7WdEQ4uqDU5HqWHx4OZgZEuSGNkDQPUlt25jw8ifkMvSN5EZE4WZ3pVBgDYlwQ/HQGImrF3JluyxzWgYdpOfubvrqpTvsx81KcYV7913hUQ8ZilrSADi8NKByDzClbcQQY70lo/g+IsuuGPOuM9jQFvm0izNSXT7MHL+hUu8filB50Rtf3UPnJPfZyGkzPtNqhkrC+A/4987p26b8I5h0ROG+OvpSMzFIoVD7SUg0z2J7sFk+IVxIP2rnhQF7wpTPXg1HJHltybOqOrByV70kdO41g3T3veyYO0aNBkh1WnV3W6Cxk9l39Cx3B70jhPUaNSgs68K92+NQ/FxIuQcT34xnHpwz+oUezhOBbE5FHW1MSU0GqzAKB12jYoWHPcE5nirzKQHy2S0Js4KcrJbLqtls8Moz7UXIpDDLvZD2ooNNRlEGUWSGYM3e+AZTGbVXXoosU3eUrJ/mWtR2MfHPLyFRjISFNWKZoAd2c37G6CXpHdEXvU71HFFB9N1EH3Stf7IQHG/yRui1GV+rv4RwV4fjNyhR9WL+w7GkRcAHz5QgtzzSFhEs82XO2mXM9UndujK0hVHqvOk89cxR3MqwT0i9QTJsWU9kuBur4JlVe9/8MAgRlRx4RxmORTZCay0BCg0wj2Yfl4ZaI2N9aHvyvX6PcwSNs9RqTCY86AWLRiSNVOnSTe/ToTtkx13L5EQcpZ6JgiYnEq15Df4UTEUXTImSFCTukjfR7I79GSGOQ/4CMRB5nG82U0YLifrHsTlanmpCdBeGn0BnVy79973DJNpe8P2JLpp/Idd3gM03xPfCjcg/L+Sn3SNkyfI3tecXx+X7n+qWFEyDXJdwSH0ZmCDKo0MQtuoozlIBe8sTs+4/y3gpsvb/k/wvAnlk8hCdfLr5GKQbUY8nvOtmvbAJ5eJcVmnyR8ud1vBprrANZXpF6ZG4E4I2tsXSlEVNNqoYnAYX2i/bKhV06j7oqUzfqqK0FNaDKABIeFuTkavqS2dSLu5aXPEO4lz/9IDdxarld+uITcw1JzdzqAqHKuvpYumyS2zfhU+O9MzMhKacqPssv28AWmQzNDy9vWVz7RYxN17KWsjiaH7hcAzYy7LgjhwTD9qw7FNBP48cQthMdSakUGQWG5IjMwEnFeyqtcBIMz5M/l/FXZHq6t12DcN4SUw2prG10Cs6hULdFtaLyA6cXFwwYx5/YWpCvGWiadgTzUyLFneL+ID/MfR7htDAN4xQ0RR01PxLjsCfMnN0bZ2tnCo4tuqllyByZrtrsrgncNRLwqJQy8L9w3SgqkZVjlzc7+zChZ+RRoop52RvSYGvkSTm5860ipBB1D39UwLRc2zDyjx8bnNCEsgNbVL9ciVL4+ofXmgK9Klq1LiC62O3wgI1Qvh9aKTkghqSG0JsSuAHq2l9DBa2prgJfIWClvAL2nWrsfJu0LrSy/IG9zCLjWt3KwqjDEBHxENlV5xA4y7K3+8LIBwImd5xluCGojSqCwbnvZh6cpO3H0a7FxepuO67qq0f7+3j9qYGX5rYW1vUqLTjyhedtm26G28A8UNOGBV8Dmu1fVjVJN/Lzn0v6J2jQucPZGppv4kQAX4527/wQ71O+vy8xY56XTs+30xD/seyhTP8QOA+dI0EA40tM+dB0gU/FrmJk96uAUCJPqeT5DAGPuMiMOlZwxecMfmd8CK2MVj0QRoxdJTNdl8na1F43+kwxpi7uK1dv2Bp1n+x1iXqoPXsJH9uewlvc7RcqQj5fUTMAUXuMNzvekdHeTRxavRpRlcp1qFw8gWX4EV1Pgb3AbqxP+2nu+Ouab9GNNsNOzT4PrG7MUz7+8ny6bPF7mE8Q/e5D4oeKGLyRqKzwNbccHQHUsdr1WnzaZNWEY8mg98gnW4SFk5anU0k7Ooo1hUsM6fYiqprKVay8SyzP/sBKnRYEvvqM8Qi3lJL6NyuGmY3r2uFHv5qTioAtlLsNP6jCKgGujosCHo0et/uwWUDebl2GEzR4+IBeil8Ij3GHiwXjCxPt4KiQlLlgb/r2Uh/yo4TNbr9+G51kSk9i0SVyw45MuabzJXTAJN8FLfW3tDEmaPxAJqoNKKqn4Mz32SuT7yG81jAs5mFljbiFNWB64CNWfWlijeOFAgWIJVZZYjyOVvSdIoeJmOfIppYm9rz4mVjbU7N5LtnyaaSMwP45im9LIy3s6xx6Ng1DMVWGxrn48fXDcxWnSV4X2xrNr1LDo/gOY/DIfsOsePrMyzMTxxFR0D3qNDcMcQ6Esxk1IjPs9UvbXGY33nH4rPajPuZPCwpPn01KEmjqrlvVcsJVzaeklj/WeD9Oc82b2Cqxgt3M2pRjLEHb6gx2YnjemBZWTQTVW3UJk+fjM/v4/ykM9ARORNtxWI3dp6Xtm0XH+plxKpBuJ1mcp0N4mA7Y/+5q3ODW0I0W3h4v03phCIe0rT1hgcCRSJF+macgehFTJDRIwYrUQmkmKqvxlm/dP1ALsq/XN10jU7lLxMu6UqfXLvjNJFIjHYaobL9eIOUbzVUj+kz4nHUW4MCstvg6LLHaxurr94ZXmKuV6FtFgN1kGgvVvV+oV1i6c2ITaPb4bCPrQXebtQmUegV/8FDrqQ/d4tQ1qMT1bv607rKwpYudrpb6U9RS+SehkYsoBa7EWhdYjYfy1j6HeUXpzKA+MvJbbzTfn2E2ctGt6s/0//Gj5n/ofe1MsumSjPEqKKKiiLHtEnmN7m4XubVFeoYYBZatceB/wKor75Te4/ESFqNp4+59xts/XtXPLRgv1b/fKLtTvIaNBlV7jJJt1ezrv2/Nj6czAOQDKHLaIq4mq2RWkXK3pplDHV0prtLwiXsU4QWfo2yxILTd8vwzEN/Z4QhPq9pQcFiHd3t/zYrQxP+4B8U97dAYPNTnNR42uealRNT85Ui552KB2Cqyq2Z5QYq0rEi6qVvngRGfbrdfpQXO1MsUhBbl2HJ+Xhq2F8AkBy5AfzMmypMlqmfKdsWylneTPL05i267XDV6fdZ6GqIlinyOQK7elz+clamvheVRAUuQHql5+NEEpObYDlhkXWUvLrsWcx1p3Yh3OLeZU11zr/VFELLYjWNIZArnIatXyvHxsKQQPACQJ+WDUS4RPWEtG3iFLSNqRqZjgWvygPy/BsHiJjII4nH0vu6GYC6Nr0gVnI7K13lce5vv/8QALjAzEFCnR1LRoaGyWB4mZt7hmcd27/RiP9huy2mOsfRs50BsNb3vays3hKDYN+eSAbsFp97i2kXnaWGPvJBFK5eAWT/MD8/iAxUOGaM6kqelJY/OkMes6kBgkCiTc8NShJh2CyvPeje3axnZuTC5nPBuYdRfGMu8m9/x4OzdwNoClXsbelElT05PG5klj5k0cWuhwE1hJguulDazNe+hDCJi13+N4Xa0J6T9bfbpJMn88PoMRHbPty1KCV8QdHuATkHxqPX+Rn7YWwqcHJEhmMOsnTU1PGpsnF1PT9aRQj6M3beY3qs2ANv/KOM4F2aM+RDvz1l/2vulmKhDg5ionmVnf5ZU2R8+lsIICyNusjY3yk3IlO1U33tV180etEqH9K5WErWWdBNrJg4cTvHuzf9JY5teboNM4ERbtE5i5NGnYqlXDI862tMQ2IdJW/cROQwtOClJwLCjBgelVoBXxNhbcWvIz+w0cfFPcGMlvMUi7u88X68Awe2npYAm/K4h4A7ORCHtQ1GeFzLVIrEGIypz274PLrsnvz3629n/0cL7bcf/BiUy0u1rCCXvnYchjZ+u5S/71W+NCoWV4y/SIq/OO2H/geI6uAx6uOpsDdw5P2g12MUyEBe/f3QI9XCQxye+F4/h74Nhi42asTVSLWj9G/62GOLHaUmduCwK7v5XGg7CYvJs/C4XYnJfXB7GovGMwD4bohAPJRUCI73NwBwx+d9EdMPg2vTmMJoZ6q66UkZP0W3eXhut53MiggQGxa1D0zR4A0KR6UF6svSy29tB1grBhhCoB0gwlUgmQrpxAJWDw8cQpAVKOJ0wJuIwiSgmQpj/l8taXa2+Dy792XVgQe8vcEUJxxOvkBayf4d32nSBs5SGjy7/RwwSep4tVT+cE3e3t89XCe7S8RozU6hXKi7VXd1qdyCv0ZPp+13VYhVwz886oE9QdcHYnQ4KhZ3UypBt8NifjcjfhOouTR+1pC3wEj7RUcoDiFofQJe6KNoTbLu4g4P5XlPMrmJ1CQSQCt8eCTku4+CJ4p8UJjBaPK/2DmCoU3jUWXzd6wwwkcShG4oFCJO4EIXGKn/q47sEAHG6Pb3j1RCKEtFAHaYQM0hIVpHUiSEM0kEZIIC1VQFopgLRO/2ih/NEC9aNF4keLtI9GSB8tUz5aKny0XPdoiezREtWj16JHq8COlmMdLYY6Wo50tAboaCnO0RrtS4XgRtOlWxoNdTQabGg0r5/RZnZGE7oZbWBmtKWX0YZWRiOdjJaVbfhPFbxauY3RIBejYSZGwzyMtrIwGuhgNNTAaLB/0TD7omHuRYPMi2bTK5pDrmgT1IijFiu6+rSK5pcqmlKpaHKhopl1iiaTKZpWpWhGkaK5NIq2lyiaUKFoHwJFM+sTzS5PdDGrE+1EnOiK1yY6BdJEx6dMtCNhovv3OFw4ov0j85w4YJ7vn3W2BxrUUkloeSZg5RlPyrMm5Jg8978qV6o8xyzKs/3efv4lebb9M0RiCOz/O+9fjmf7YT90MRliPHNo8exAimd3SjyHJMQzpw7PrDI816sKzwxWM9e7Bs+FKcEzQ+myxQjwHL/+zpzyO/Or75xz8Z37SRKY4XfW776vIfCd9T8rfuidmZF3tgbe2QnuzrSwO6cIdWevoDtTY+7sEXLncvnhUOLtzL8BXhaCOWt+TqHL5cx/QF0+D/EapXJmUMrZQihnW52cKWRyZlDJ2UokZ2ONnG0lcjZSyNlAIGcTfZxN5HFmUMfZRhxnK22c7aRxtlDG2UIYZ7wuzmY4OBvB4AxCwTkfIDgjMHCuPwicEQg4swLgbIR/Mwb+ZnL0m+23/+mxb9bSU60HvlmnUfV0DUqUBWdUsCA4Y7FqHgFw7r00ItXs34NmMwuajaRZZjSg2ch/ZhP7mb2qzWwhNrM5OMpZkZqZTmlm/r8d0KrtZWaOylRmvafMEVrKHJ+jzBSGMg9+MrsvzvpOFpiZzJxeMu8yVjLXKC7MQZu8/PjvBP24+v/ToJecy3tJwudc2SAG4ij3xmzJ/T8sdbk/yuvGstEbhuooXx7RmTzu3eP9WYmk+ygwsmKPaQBqw2xap3I2Vqzq6Vsnb5ltPX29Xg9dZCqsCB9wFbuTzir0o/jSYxXCOPKJsArPTuXeTBRU8e5CQBXU+Knwq54K/6PBbsKOiidsyFEh00bF4sKBgRcVnl1R4X+o2KZhT4G7e2vnMm5th4FX936n8D8g74OApuCxM8Unj8LNFDGBmcLvPwGjGOFKsduJV/vYoGncYKbumI4Ofg/tfshA6OvlCQoMrInvcbjQviVnsW9LOviShkA/3wr5hLptyIuXgJLrZvqzPjmJJkmdpsSEE07Rm42ulJtxjx/oGfKgP8yn8kKhH1HRH27uySuECRF1GS8u3xM0qtn3D8HEezs/EfnDhkLwCIBEwwtG+cGiJw82Ph0sXJ3yPh1rPUWz0BUzXFLbYsQp19XtwbsPK/cSrDezhpGfNuXbe4DNZnh59gR62Qn4mYlx89NBMwxgULb4TRuvU70VrezA2yzb6ANzVmfiY96+3ocHAHPT8+a0vSao99qB3mtkvR8+orwUNoPvDj8+6jBW/f5zdhpkNReH5oP4Lbq3fpzne4r55nls2qzp6Vnj8+zhJi9vYaqTfnWEKHr6eGIVRcG2E/dVqJIuQu2csOT5tg2P0eR7bh7vNE3NP98N8zCFnz8X5fMgpOm4m+usYJqfFZn8Uu8H5o/pj4mLpqgX7UIvGlsvfAlPmrX0eaG59tVuJLTriPfi87117OJNfv4MazW/RctPeckV1k15dQ+Iwxn/TmSzJit5nXbGDPed1J0SqRjKoqsM0IN03MJ/6bYL2J7JBVB+2ZhP94C4bnt34qKJ+ot2xEvSAS88YGoYR6i1XDTUbWSvytlJhYHULSCwdFlsfjQ8/NCU3OJAsQrUusWDxvTjoXdKtGMGURhhfdPA3jZPS23C8G8R7f+c9YJXN3vHp7FybnRCWXJWxNklMrWh+Hhi8OiABNiKlXLRdchJoXXRSVxdVCGo0ZC94DjVnTMUpLOwgQhQJae96fM1fkQWhTEw250WXYUNX178j+FG0VVS3DrjcD50nyJ3AovdwcUnD630Sq6QbCrs5waOAZJAJwbKZ4OanE1smiVmvqF3Qo3nDWO3WJShsOZSbwvspywhdLAB1SHIMdtP8a3WXaFx+t+KEdgrskh00eUVZajz6aNbMNeQX96aNGIVH5uKlvMBjwtYZnXkzJk0NT1pbJ40ppzWR5thFRF+hY60sgO9RyxO0Ts1jut9P+v4io30l9t4TvD5O94i4GmlVbR4Y0gZOLoLiEb4XnCvctd6gKmx+hIjAf+feyftVfx0zveUbSsazwecE7gL6BThx2b9tyYov30H/O0j+3a9+Z9+zyaIorUbsQyytiu0iBcyTNUNDMDuia9SbFT+2Xe7Cr0N7YJymE9hA4c/kU0evi4n+jPYiFQv0z4S/uMvGZ6qmDcVSecEngiQZLtRVT9renJ28Xn2cXleS8z7s4roiA90vNuxDzorlqHh6i1wgDIT31f6S7MPOhvviMJiH/uK6yOkvv4ggCJ7fHnB2044ngKQiISBqReNkI4UCYXHoqD/aBHoIj8agItoDdmkAF97VFFcsIF8eHiMM9H+5zj8o6RTHzNf53kwLwObCsijAua+Ds0MIdDklCzY6CwSGlVJxs2dGlivn5v0XLRhRJDqXCl/yodbGWM1IgyZdgsvpWpzorSZUD09kJcqk1RDlaKhLz+sfCqpD/+hTC62EQwdUkfrRHE9ibWfu6oNC3B1j2698Qi+IS/uAXHK9ScYhoF+ob9qYpJzHjIxUCMSHzmL1weN4RP8iX+QcCm2+2FZD07QajDW764GYb0NDLC6z4xGsOOs1g+x+ja86ga7inxk1SsMzWgy1upXGi2uk4fl8KXdDF16uGAtiEx0AHEtbbuEXM24dpp8w7HJdKpD57T1IP82eMBK8GrPMmjemYrujFjWfJs/im+pifeNL+aderBToH/3WfrtSD4e7vwbbnUII/Cy5hi5z91jMEYFlsT4eVT7l4GBdX+BYlDdWx5Pd30yz7ARc+9/gNt3a/DaPFJgcwFVV81C5qPSakTKDMusjp28eHm1Lh1indUvkhmW2cUXi2OpWcwQqUzo9wVclNV+Jt0DWesEklWEVUaKVCVYpKf+xMXLS1fpEOusvIrMsEzKHqR7fNiZXcsIq/KxJu8kB+WRmTwUkmkZQ3Uy6unlWzLQMOB7LfoxOYcdjB/7a2Q/ikjN3X/0SILzFyGRXsgFOW95vrDImrIYwbKO6EAv1gq0LNCnISyP8k9VLp0EGnuFzlj75H86ukTYIt7MBAZrw+VT6iLnSbx1T99z0OhqYy9F4l/Bg/6LVK//GSMyPibi6/Xy/6+GS/WgKC/iS9WYUyGR8a/qG35LF5MHOyfiB4GB9RSHyfbeOA/i5//KKv4FM7/mlWrd2WUWjo6ywCYbmvjwvs6pZFePfXgWykF25cN18vkZvBMBSx2ugjo2VOSJewAYzudGAPu11Uzo1jkk9piJrLYmLK3AC3xOV1LqAmZCqffdM5HVPb+fPdEeOMG3YfNQ6XayckgeD9AVWz845ZNNU04ZNzzZ+Nmc0/fORJTb+e3+eSP5lBbDOnZRlsXRBfCgVrbf5h4hNkFa3JYwXT7PD8tjAZIXO0AzZ01Sz9qJmn10np24bM9/4dgPc4BNGb/mZzBzxLfXo74F6NrEU6wFX0N2Mk2iOr9uJnRPDVia/CDOX5lofoWj/AoH+tyH+05ZUYrOHKPraJsZL03jIXOGKSDtzuKS85NN+W53dhkMLxbnjlfRUavG5FVjsVsUemXpl9LICXWvC+nPvt2DYeRF4Q9sX2N+9O2qMlMpYPTMqY3zYdYr80Nut1Iz6SL5mKzbHV2/lXQAxb6tTAbQ7BrJeWm3m5gfZru9phDr4KhM2z3MM0+NQ4nNnC7hPVU4rUrb4bY70vhTDRxkG+6k20Js9zBOpfFXSn98+5ofEWtfPc31q3hmTjY5qXaL9c+F2tJK/lB7+iNrd+d9fizKz6+day9+O993tTh35Y7fOhNq9zDNNKOQeXMkJ+yt0u70vKapo2AD1DI5rnYT89Nod4x+Tsh04jh3m9Dc9p4cK8L6oy0yWk7WviPeRMxJ53fhKv83uUtzNw/ZYsjd6SbdF/6xS5qC3v+SdhnYcfQ31brYRJ5tfi2uhl9C1ejW9Tt5W/LfUcB3irMnyx/hYCLyzvAQie8HFwgQH4NTF81o+FUotTz0a6wNa68G4mz0uLRU+6vgWlX3vZnn5/xQPBwQbyuCUs71CvJSHoqcs6RUOM2WIA0Monp0A5qfBe/zEHrZszW2raw4pKERGpfX7ueBqCswO81zHYLm9PScebHaWMCeELDs6dCVS5omJuXKQmYpkoj6Mfeoc87EmW8bLFTHsWEWTVAjhL3uuDvzjN+S7/aA+Ke8WL4oUnIxUHlRaLSM8Xq5ah8h7dhycI2j+Oj8PHBhQ0froGMFAwEi2HmM3btlMacK0U+EFfLm7LaL2Ruy5Vn5iWFI3my9jsxP9rrS25IfU6RzfpSrIvKTxQx3BH7iWbFJ9YW2ER5add5XovBzuSc9t+u0HeLjFgfjHkfXKQ/xz2czvdetk++T79renn+f2r7VpBGm97I0U2gT0EjVVmPz/jQqHtP4q32Ivwf7z5ZOo86F9N+A5jEleQdeBBilSPuCIvK0Y+TezWp2A72zLrAMP2QAPtPG4FkPxSqXYNYXJDZY44tq/tF8Lx1e96vzK2o1DlfIT/1l5YTAChm9qZClAiakzkrIf9Q47eKe729cvL855ZeVd5v/dk3Z2sWM3y/0cnbieZFThvpDc7k+yVea4yG6ks8UPhKs23IkW/Y4Ei5z5b3iB62snBYXBENkXrE+CFc0+K2JX27FQlFZ8f1EZMWgMVasVmgVozVWMTd+KnZvChVbiKfLiMs3QvSHoRCGUu4k/MGQKnowlJErGOCkYNigOg1MMOTDEQxViwQGoEAPNt/OwZ4HmWDnQb2a8gDHyYNP/OVyBpQ8SIQiD6qViAdgHR5snz0JLjzIGQkPSsp7ByDslOKv65yAT/xpoIm/Ut3hNyKHv/ZzDtjwJ8gZ/gpFhB/sB38EgSaWANHg9xxIYglaCv5Aggki6OACyy9bWli3L4wo6igiz0uWAUmwDxWUZG/P2R1fGqGySTI96SmthyS7gjQk6j9Pp8CQDH9jXsQg2XstHlGXbM4JHplujXBo68i2pdbIvKz419IlhKvD1+39GdlMZRdRb1NxCbrIUFa5E1qkuOwTMWNP5HO1VeXUjjyRCLQT0W2x9Q+YyHULDSJP2rEgEqgIIst9UP1SH7KzIxqSDj9DooEzpIRJCsFqFBJHvmi0qpzcSUlRGgSFTHfA89ISsj2QDaItV1xKDTL8rTmRF+RCVDQQ7Ua8c8hAplus/QEFst3B/zH+GkGO7eXuEk/tBf+4TpDxQ7vlzSGIH0Mp7A24j9zD8fGhWVXwZnxE8ZKCCTzSRBQwmdQfXeXuIM6aS+o8Skm9bTFIPZtKLDfTTKl+1JsfbdTP2bBGnW7RqCuSK2qkVNQIfS0no1mjl4fjmzVh2X/0LqpseRIk1JrlW+pgHpe3F7k+aIofev3OW9iNDO2ZqNMUXFOsus/73ebWF3Z1Ooek/z3/XQ7DPA8ymCDnc1rRsRy8x1T9EhiS9WQn4DaftKetReV5gfMCe0DJj/JitD5NyR5FnbRk3wUnRSqDrTvqLeTUHzlSWkd70egcx1OMX4Q6Xq85BcJwU8qHsWEwr88kACmMh093jQbyT4sTHoYnBTbQXcbrTw9UMfZfAr8zMAq8PN6spF5Odi36cmej/MudiBmYVOsw8hFe7noDWbJWJ35HravHSGvcuBY/jdZ7BXvWimqWJ+2sC1Uy6z5qTNdaxg+Y9V6Ck/XpDUzW2TDJOo3eWOv6SXW9amORiP4mzaB60qw/ROXORDPr0smRWiLHrFNJmHWV+WQNp8k6mCQ8fbq2bt1lQiPrypfGuleXccYfPzDWWcLDOqDYqWH9JZ5y9wS10c45Ftb65X3//ldfJMha/VQVuy4joFYvN8HwK2X1JY1B1dngpzoad6pLWHRqBsypP0Tl7nPJcndWRVPmN5x6uqjHazP19mAetbZ2eaSOeqhqTuii3olJoNZO4nxLQD1tV/gTfnrrlHN6MkoCtn5wt6WjPYHTGy4t09r2lD9RpoepmTchpqtAXukPV7nDoytd6nm3ciudE2ml64dRaXNBpbOTpym5zNllU3rLMFH6pHoonSEKpfcZ56SrgjjpncIvaVxjOutsSRejSdIgjqSnyESHEsusc1a+j8EJKVBKW3lzsj0BaKr9bK1VHFu19ah6TGwtQfBa36u9eTP5c661RBFr1c53isKu1gqFqTXRJrXWIjitBta0bjo53yrTWl7AtG7UerS+bytHazLRaK1REVpNMWjdt2J3U5LjF6A1EvpZrxlQZcXODZJoKWtwiLJec/DECr0VXPL5Uaz9YPbQsF7CEL6KXcjJjtyr69MJeiR59UICu9WInVu132jW/5qOwqRjFaXGKjH6K3sCvInmcXpooGNCNhqECkZKZSC/JR5wpBkq8wacfKLxazn6uYoJ5/wJC3DguorJg2onqQNJ86kk3FaQzwscAE7zoAp4eTIHBSWZskGNyYkZ1Fi+sRqz35nVLYgiioWuuEMWcnc9B+AGJrVMUZTSLhgoYU0Qoo2F68mAHExhzRUUrDlhwZoRGAOzrmYghutyg1pdZxWaib7vF8zOKITkPMvn+4o45fusnF8+TcW1jBvmnY/v13pYt+Dx1UsUwpLpVxtbGprAeM/EaLPLk47vq/9ruV2+PrN2NKAI2pv9JTAC29fs1EFCTN0hmpeObYX4bMAesPz54a6XPU1Py53G1zKncf2Ll8+SNhai6ruzaffLNDRKJ+xzTsNjOdh0q0MfAGoZDo7WeqptNurqnhzw2fraG1O/NmD+OkdPXgwNn5vvrB8srT60hYQmtN1nXkq3FU9nBZ4CkFz7sVVczvg2RSndGTcs4TZ+VsqRPNI285srCOEYEHV5R0bh9aZ0Q8S73ezRMz8qTSoYV2g/o4JLlWmCVqXemWVrIc7n1S+wkdh9LN10JkT8GWraLbV86Y+i/xv4soCkW4yoPj2nqVLOZFx3wYuIrQL3l3UvqUtfujLfU9ZkIW+vUJv2U7qa330B8Yfhgq6Ga5Mmyrh6T8VZ9UeE+dCs0tfJcKzeQpBV9zc9Rk/L/qfcvmGp/dV1Pl2p+SR8PkmpTxjqUXEt8ralXPJ2edabjfpEtBDVmk7OJxCVR+L5pKHeSypQtXWq2qo+LsJYq4YhrKLsdTb6cHmxeke/OEx8Edq9svJw2cHsCXOG8m1DdVKZLcUHDTVaRdOySu816h0HAgqb/XcggmLTIIdqjqnpgchpnv8sEFY504QHLEHN/nAfpETMxYxrqhGJS+XNB3Oo2kUwTKToNM+q/BFR3OLIJlXnIqi4q8LjNcKxKyYVAzlb1+zViDbq4rG2FNfdQWUFEqFNLoEBttmgkWfFtnx8HyBWmt6ufgzKpxcvvgteMti8jG8qCOC3ZfYo5TdYBZY3RwyWiH9fUVoxMHheWKSScmFrY3wMnI421k71RtL8dO6KaSFr3DWAJ/8wLHBfHZA4pSFse8AnpZkKU4obilGKp2Ot1ek+0pHq1KUtdWacvuiyPC+7rE19qlObfclmyufkfEPOJzssjZrplsAy1Zv1euM0Kkxqcob/lxdgNpnEofJC5Xls/v8+QaZR+h7pUVxY/2M+qopH0zD9j7qMuOD+PX/r38dFl+99XE69RCl6uMXzcfADL57PXdNDMJ6LKn8wxhcjfKorWJoN0vXw6PVJJY1S3mfJhbR958Lav8cFt37nAtu/x8f+774DpS+j9FOTCpZJo3Tf8w55of3ffflJ96SMqGfr3S3O+8puHDf+FdrscjjnWl6g+XVxerddR+/mP8EfPMUgu6uqfliGrYc1rl+vu8XYulu/Qj0v3bj7uJpxtywXd5t14m5+TXzuQG33BTZI223EZ7v6m9RyB+db+5fRToBPusup+GPUd6srZX60pmsvhr/AZDlAlJd+jLoR3CPygToSBdWHVW6/aPMNH27PYlFU5syQ7ly+wOqkgPjEi8ZedTjt97CdXK4I/F6/cpGroGIag46hh/4Kr0cfBmWwLrd5l0oE59u+Ov/o1XmeDVaEOHXicb73LTw06QhsqfOPSh3/mFtNotO1sX7WPxDg20Jq7cIN82tV8EnXF+KFE/E2mPzbbU/+7XbOgv0ZP0906kVF/dKN1Du6aIKDOqtY8oyG6KzQdc4KkeUs/slqqeiYpTdkan3wjb8M3sseEUGZFGTz/HNx/2cbah3hd1U7S5KWrlU6rt4AF1GfXh8vQ4FAvfqLYO2e1HF9jwUDbVrlLj/s+S71qdb9xx4KrTJV+3LArcXSmYEnApbOmZq2QUUrUvIuWIUa3vEaouV7yupXChp/m12G990Qdkx/EoJaCfsOOU/9jm0jmypyOBqCkLWtxZd0ONIOZYdYNCRDUYJYqoiuNxbKMwJajhDUmRNI+ROj6onR9LS+i2lhDmjHxrGpOjbb4+GdHoTdgJ8cu0bo7riP7SWS1dqqOsZRY+TsFF+O6bq6EWjlxsBj2Cnh60Mcsl3udPi5QhC3FU3nBh4VsPj6kTWtOwtJE9fC7TtjQfedaKE3+YfiAFlYE8Yohhi+7R44jHmY1jED7a7DrSE/5CqLL6F3Wqh6IHNrgXlcoAWJQzRbfpimLzaMLaVFo3DESIJghnjBKpOUgRRYj10Asz5gHhqwHJmA5bzbt/xYvtJXj9VN8tXD7cRj8JVTfK/cV7QC9u8KUmNbybhvjzfa1566K3fGXYVUgWubmavH/eM2N4//E9+WN2N9jXsDHPeyWw2vyaTcH9XeVaW+1e3nM17m0u1MTFvUt5JcfLudy+h/hs+rlR4SKuG6XOHawnUx6zVx6/9eH/TrVLSDzouXd4fLu2/15FIFYikVrcbv/lL4qOtBx/YJUU94q+2DqgAVv7CrWA0+THS123kRqjw97rNBqZutFUBs8atQm1BxiqkNzaq43EmLYir9NhwiJqicbsIZMNyaRtkPifvl4jMCBlcG8EC7UGMNemMpaYYKr2nMOv2Ek8vwZCW21DJmieCAtyGayLoO/eenrrY1rbhB7Yr7lyiuhWFkW5qKQdYMQcthSBfjFiDXUyvn8L7aE/Yw7J2VWZ3y6Ba7+rftlSgMy3BDR/mXonJB+wW6dnL1prHLgKbLjXCMsxSEYLqXof7MJjL+ZLIGEIzDhSmYBYAv3GVqXZj9dWg/ocwX+dIQS69rk+GiK3iwHW/Be4LWyJdB0i/hE67NzAQf52p4Fa9XD382X5EwWHSLYwSk+ZigN1da4AILfComaJwLI38ago3//iS33mvAKy/XjX4DmmZggt6uI/SHh+toiJr+D/de4xJvb6jfZ6iXwJDLzK7P29q4uNjv282mXT/syJmgjo5iyKWPNgPwU/j7jBAQbLVdH6fb/KSLSA6HwOKFtw1xOb5Sn81wwtuGHJ6q9n3I1Fj7RjDzcB8Jh563dElZv9SY/RqKd9HfyqlfrmeB9kH08Mu7E+gUOqeafMB1XQg0Qy5B9R0ZlP7x2kGXla9Y+83hfApPkcMCsi7aP/HadP5mmK/syaZAFXksaL0nx6cedrxNEm0b6toSjhGZD6W0o24O4aOKa4ohSxS2zNn++BTH1BxtiGH6nLQ/J+BLOgbQZ2Of3NZ08Y6hqIxoJYnirRUxgn1ULmS0F4iO9j1kuIarWwUAyAm2WsrafY6yk0YSaeqTdd+YXgMlBOKgtW1jmFF6eExLC4rZr3HOF2atKbY42UTjdpF0/hkGiC6lxW3cF/3iGFQUlzJzddvoF65o5B5qDwD250fzTsClKd5+ED4YC8sbXgLbTkUaG3pkwJZZzoWuDNwEWbwdTNno1Gifz2oYb9JZYQmNya31mSGSJ7lPGvtk3LZyHg83TWLyWL9tlxhochVKTk9DuM4s38HlwaJVDj+2RNigy3K9fVnMKmf9z0jnFKyIndMz/zvyvBxrTKKIh3I+RzKhYXs0YkjIxed/9IVz0AN/18MQZ2hSr4oLeaj9lXMMj/n+cvxBb9t2LVQQ0+VOazhec2MYHBL6cMPTYoc/Gzu1WPEMP/tvy41goFlXzqtPa8ileK1HA98ogmBpffKMYBifU06AmtFMf6JgUr4ixtAuR+Fk070iBjnYCw0cl+kVfHA9gMLJJnkF49w4J+CKF93boh/wu0LrXTm5beJbV9fUrmAU5XzfabxK+WxpFuoFvZ455BSzPN1Vb8sLIW0fCR1TT6uP8ih2Vx3dzWJ1LL5XkVSTF9fLHfxB80hpgDErKwdv4iSHOhLJT8moZJg6HHCjDfGlWoMHP5d0Yw0N4lvr7kDPI2mlPL6FywqAx7ZEIUUaicAx/y95ZLztdlPTqZ4hJ3tojAYHcSZt74AKyGVNDnzVPo84oko7Pzjw6Y521f6nmRGNHGiXg4EkxeGrcf/EUH+P88m0dnOa6YmO7gxyA4g084dm+YOZcNRBIBViPJbHDGnwzvlmrVoyOVX3UmX3efttxDn8Fl8mZwew3D8UmrXdqwdFfnrd6CUNgda53vTvB3W4wkAz9SH4Y15Gp3mhNneRozTwumGrGqKwnw5vZgeOXbl2N7+g0+d3h7fw3f0ss4ATnNxVZh3nbg7r8RTwsAj9St2eTJDRHRczTs6UPyB0fvpfobk3ebM3f4czdFYHmOINdWrC1so4SZHU23Bse0BMTW/znhk1B7Mi/xcZYKljXYEvzhPuXESZym3TSA6cr4kr/m+5Sij6Y/HlYPBTWvsSmGcB41tRZuczHv6seUu6r0X2jWjAs+YNelurJIoa46z1dovZ9bK6t0Js++WT3bptGHCZSLQiGp5613HzK/OOtM1Ab8g43eOQtsVXP0LO74f+ZZwSBPmH0NEcrnZvp0/QLTIe6HFMW35xGQSXPfA2iE36MkCsMvHJ823vO2Heyf3BkJ5UGIPHI5yXg8zxi+Zv0Rn4p+rBRo1x4PpWDOyKM6KlGXgTB67w0Decp8srJqmnrz0mnlIEEqTBYctd7SrJOza3MeEiiLqnrzN55rVZgsumr24B8qae6MP8Yful2B29lymQituqKvhAqf+SWkYujkaDb7ytvLdwvij2iIoNDsj+t2NSjcXln8TWR6wCX4uVQhFypHysjN9k+P/Io13N83FEy3ok7CcU6KqEbR2bRhdef7PIWQeYiQ2iCN9sdfQnX7n317Pg9MoNHvujnvAe7Z369Dq50dDsAXVyOP8S0otMiOr1O4NeBzEuAJatlMmPsd4ERBeZFpUGVby2ZY3divOhmcIe20Sc5g3Go6HGmZscyJ8WB1RPNN1kb09EY6frJNFFRJFAOCFM28hPwl9Yyez24lmRj6jCAtrVNxzemFQFWRdkkdZl2LcNqnL6zF8WbU1KO9V/DdqGtnOeQ8jRf2WY8pwaHAVjJ395zEXcd925wx37IWWLRikNXGo1TmI1TKI/a0XyVotTfHPiZUkEsvzAA0h4FOhAeVJXymPeoIp7CzAU8Cys12IXBJR8YJvcZSgk0JEuZJU7371J36dLE9+ESUGJkGZTbPT48bQ+jXiBzsMUjNSYsXVvIiinQIvXBrpI86qc50IF6cjzad4jOBsxIhW5SCY3rPmf1R+PTmF1/3znVkj2NbOH1M7W5A+EIJf9nBYjzhvlmbwmPkVFy/fVj8pfsbzJR83TOwVajFGUtnx2f1we+orXoEhLP+k1dc4bh5nC+jDzCg/r/pOJ9IYWs1b29CD80l9xvBP1ywox4qASE5v9cGuzijR5gUOqpaqT+xGW4H/VSRVBNK7Zx7XeqeIKXz+d67/Rtc76DZlpqofxiXAlRXtwnlfsy9JJB+uLBeXtc0D1FoTYJj7rAeT9BzQSnWlM2hybNznpmR9zsev+yyBy1fEa3cl7UJop112HzqRy2StrMNRxcIYnqbSSA48eecdvs03nFh150/EQwy2O0o8Wpruc/d+NWKACykfm8GksBPTEH60S85KX/L6Lmvl3RWiflVTQCpeZKD+4OkdX3mLEP1KLpClFZH7ugcsb/ERuMPsH+Gbx1lslZKpP/mrPwbo1v5wtLuGcNSIHO1Kxjq4sMwjYvGgmh9/+csLexSY4j8/dqla7zM3ckM3rjrcOygjCUvTNKQLnaN3mO84MPXlEcKMnp/zh+Gk/9McRrvkkKm8jiAlI74Tc47SGNfdXjBNzr5x5Z12KorIeOzcRne2XrZhoAGP/EVuPrrpfKTe6pB97zcl/5c9veXrZLXfiP+tNhESXBpNQM9dmQV2gtiBHIeuNQ3sVmH3pl3GSzBXq+VLNzekhcooqZymNMPRO1IabyK5JjsvYk7xGNv8rGIE45/gyTaLdXD57J/fyfgpx6i99RdtPcc+u8o31ZVQDp1BEGFyLMjT1ysFaRuHd6ZNaArtTcNKUziy/9fq185sjQoL6zs2BZ9C1VMFcdGIGygij94Gi9YyygzJn0I1ZKTz/Eo7xvN1pt62xoVhdiiXFh/T9k+sGeTft71HeVxTOOzB7aPayR/dpiINyzoce77ZHFpiDL8Bz/lceTnt1tDMPlZQ5HMw2Yzhzl7dgmxBH2wp98dtBcMPQhU0SWDAhZjgaB0cOPtDFfb8cMJ50Y/quM1RDMZ06373/Hi8xYxD8t2T5PTpGaNlONlE7ExKKvNrKeXLdhcqo3CFfUTKdhtlUBn2pjGbmlwb5BKMaMcAw9UEzk+XkRhsAsztArEnpANDpQWMXC/Ipol1/9xa33Rr+39QjSaC4bZVIqYDV981U/QQ/lFr8kdltmGcJ6n+nFzo///V1/bRs0ZiXeXlKlgOWICF+Q/MiiszUNWfTiPMUZpTZ9n7rB9WvATu6IFm1E11qqcpYQ77ecDdgPmKf9NOxqwocI/uqrPGeUWMzFr7dyQjJN750qgsmKqVSmS0Wvm0te7HfEGjx+D3g+nIdhmbxuEyK0l1f5tX8cqTelBis8diwJpvQv/0neZjgVnTtvSheApKQEvFjA1Xb/82moTa64RWe7ruWLH05/FJFKfnMHcgDz9/pMilaudrVwZxXFhn7A0PlEL9DIzrV8UoUmaRP4sb1bJnRrBYBwCQTThVLXINkA4dSJHplrHHy6tilxHYDrCRyiq6NjVa8t9tPySH6a78jh/DwcLLbkzqbropfGPq6ANAXi73PBG+y9TdeHLk2qDlgAXcNCSs27D1gN4ONC+LGu+p474cixfUfROVJuvqyJ1f+zCiVyP9JvKsFeRzvhacFwZ+35V8f8msz5yjVJrTwgH56uPefMX05eTkf9Pc1P160oO3SWmDPH4yNwrWYFQjr8B5Nk0BHS1it746lTEqUvaDbenEZBdgTL7YloefKbt53Y3tqHT00kMNfKTHtwabDSoQTWz5tbIrN6tIhQKH9xXADQES7xS2bS7jJTE3EyYo4swERwkKmbs/DpxhGnp9U8/JRJCHTn+qLG57XHXiDpRYGG3HLu283968w9UHzsPm4TpChfisoPk4dVJ2ZoChc3NraKeEUL4elKbIcoJsivGgXw6iG2hGsCE1H2DWehgmUCTWJKIHvfubAfTFFWRbcsOusjWXcuAzSyUn/mwEb3aGyQ1u50NzWpxSrrvoIAcQVybNzA7HrNSEpQaeBqznHxi4oev/pi2DH1Y/8lVz7A44UTyKCVcev7rgandmLVcmihK/uAS8ifmIeWXuJ7y4F1pg4te3txQlKEzB/7VGVzxdr8d1EIK5T8BRWjzZ2bfGfm467OOmVAToESsbXmmv5ugCEPi517GXiESSrbbc+MVycK5rGhx/YPBUXMKcFS6FJQ0DXRLnkghGs7cgVIhB/Hp5ULlbqz5vFrdhpg7g1m2+HkeDpRaj4CiptReP4SNhFd/Gz3Sz94WLkSKeHip8sn7xaK5ByewqYXvqVbhknuiMQFgfpD1pAoN4fUaSOZqNq9iOBOb5F4g7ytVyhD4tejrBQCqAwija5GhMeL2US/OC3D+xxMtYc7I4g9PYByPwvCd4C2HH27hxyRlanbIM2Khvu2GQ9QcHyGIx5V4RsDXPSXryKHoj/DGef+tZTEzm1bYpgMpOx9yjOBamHG48/EXwOR/JtbZsPmuI/knnvqLIU1pPZxpYD4C8PU6AnrudcTzDoWql4xHqPd1ig648xFsw+FI8OjlCl27g1KZHWX7H+TFoHJtTZ+9nghtiQWHyWGzFnLEVT6QQRNT6E/sTmTJ18uQHm+yPtgmBH38Sg8cWh5EItgJrYiuCH/0D4pK2wV+rH+H9gnGybjWVOqBaB7cgiotZFI4lYsIN6RVTZCEEZimxOWAzjLP5csp2LeiXilxaho5u4Y2hcHXJMJD2ujBSf5UY96pEr5/nyes8wzZMWTEMJi+HbnecqbuicwTWoU1PewIgbFrGznJtDpa8L8SRq1vxnLUzJ/s4UF5p8cFwwC8TQSg4RXxvVGOqJdq4u3li51TszZ2Zkh4tmfbl36PmsXnmqwUGsd4hKikkJDut/WL2fElQAMsNwfeENm352FOjs+moZSqQM2zJrRTJ4n2LJ89b63Pr6L6zzTy8nyXL0q3xQR28mb6c0APvQ9v4y+m0FPBMg2HpegCJTXK1aakspq+Zu5p4O/cXTX0UeGJ0Bfp0L0FFTbqW9BHZMiQeGMmZsf88QDP2xGkdNPAGERvDZm/G7nkH56oB0ssNoL5VHZcUVtgktecUyPebZw947p6pa1z2fMmDBvSqT53AXtRLJWsxNcg8W+r8Q3U2CfpxruE/e1Z0AwMHrIwc6JQ7DArF0Ro1uJPqFjvm4w5wiv9M6f1inCqAMIALwpk234gjALiXN/FIcKO9I10rPguo4LOn/uPguXssJJlv4I+NfaW9qzSKVb3KEcOfBFu83zwybGRcyX4ccDMJyf3U80Hrac65vyjuPyn0lNuiaqAklCn93QY0iyt0XfmEftEOnXGmEaMn0eATMghqSu7GxSIAG4r6ptSVoP4Fp3iULey6hWQjRb/HKGGxMiX7Q7TKYkTlX5EQ+NHMKrfyNexYYfULFBewhQeKqWoKGpGZYLBPkriAjkkAQFDReO50Pv06L7vdQwpGyewt76TWzumxJPstELcexESGud/uFXr4XJpWxftkDOOHxhaJborHcTee04WgtiuAHHJbDllhx3BqdEMmekGgMs1A2aRninGPCzlT8UydabXeEGYE7KWEh2lTjOKgyoA6Vzi2f+TvtLG/Vs18KHmeHq8ePHM1sSYeByy96IAe9XSMt7RKQHHJRPIIXpj1u7JrnN88ByLMrvN0rFyXo/1kYQfKBE3vQccY7ashSBIzJFbqkcGqar1wNwszg4d28moCGw70a5HlvjH5swYlyOiRXnHkEfAbGx28fnYnsf4twytJYHhJduzYmnG6URb5tgfbgwI/1HhwIT50K3SywnBfPwwIF9C/vOb+mT86XrXAJVdzOhuJKmkb2CUIuVS68kJpXODucNy74yAItxtzsY4CXThhfQbavK4Y8ZX97BENSifWAW8/7Cr+bplNe2iVRHtId1DJfdAh7pJ0MHcwOcUcbPeR59+3yGWtqPbOhN+L+ismeSFDgTxLSRI1bGbicae1Zam6xP6edRGS9T9XrQ/+TAt+rv9ikXN87++IxLNXSA+FBaAVihJAoa43FQEXAyqKsg+wJ1gEcvflS1mcEpNXWYBKiA30j2521lq2RgYNuEIahYRlDLlKLF6bZ5FDrt7vDFOXgzobQMTr187D1T4gc7yUUpZci2w99VaGwbNvg3ueC2nnjKZoc/CLCTvzLI9J1l9pa1qiM5WXq5NSrqjjT+8/Zi1C5vH5vNmmlovNOSBRblOWT7AgSL3reYYzT716R2AL9r8LoMD+xb4pBjh7kHa2SsPtLnXf7Iz7y4EXSnAcB4Vo9oZ06sNS15RlkqxSyY/haUuEG8G9RfDn2r2+yUmxg7HdF0ocsGO21AueBkruGPY0tf02qR9IcB4xlVOuNj6nvUvPZ2Rxg/7Qy4DGeBblDHVhydVS3A2i8wCu9tbAd2Ti3ERWwvEc64eWsOqNL+X3hntnpZdQs/LKoAitFZHSu6gTpO/Ar42HPMsHGxm62s7dSiIj0mXXSVvNujzw1JdvzVZKU6bdGZuuk/FfVxEBUWURmY9QvGjnhtsh6Ok8fjAWvFWx26RGDNXqS0TrKrgtmgxnjl84JDAtXad4+zp/EV/a9qnFlF1GZH4WF9ZailcA+4o2kX+hD09qFPK7kFuPGdu3ngmhUgSpiOUu+ZXRV+jYk6+YrZvlIK9C1fueRMGhNOdecV/yfBDyOyNFZwFhE/11Sfb+fNhJwYeXU5l0L61yeMP/9Q1/+l8LQ1ZOgZvkkkFc0LKQdWhAEr5MNOyilq8aVxqPhsiIrU4IWzYq12iwuwnQgNHdfelAc7JfpubYwTuYfkzbZUfrywOQliQvuPMY5n7zsKKb5HsUyIdPhmCUNYTh2Sfj3q2aQ2BeF2r+9E2sZrXDAt/DupnMLaji/Qi+x71/ATcn/cUL50GcYxjnzjVtRJVwKVgUN9uGthj7JihA+oLGQPv0g+Q1/fM7TTZJk9RHd+7GGGDcGu9M5Roy1Mgse903L4+5RkNbJ3sLsky5QZF8IJiyagi70h1s9f1B9EquQRmL0TAQ++3L3akcefvYis+u/B5MxtL79Fr7IRpX0lE27ziEV7iObiaeC3OLI9/LI5fLY1A/XvKsa6WiGHENOYYzw4RTMpDbRHi1/ZS8jmwy5IO0mwlLpYQ1puhGUX+nlpW76ffGTx3P1wHPlDwtH73mKvlEz8cPrJq0a63SD5tiRt3VJdRdGPubCl/VEp1uPK/XuKN4tTzdS3ir6/+oP28uwqDTxt3wGiOxX2laBYtnQOfh4lPeJNtJzOF6MEioK/depp4cTvs0r8aNQQKOa0d+tAXdySdCJaxbRR+zVdxFiYOpLBq9c9l5/0UUJ0VktOIIppa77fdubSiHXglY2x/IJuVQHx/yp6mX6BJPXd53L9I/70dww2vONWtaTcZB0hpGLv9QkACeh278XmWbn71r26kkaqRTJv2Pg5piJSbSlrmQXMfmcYhd9HLhhwjlV3HTriEr0lVV0S+gsvwWqnWZtpAi27Ge7LXJRIrUfnbF7H7+vDvKmv/AGkFJfFnfGbs11o9gkjLfhEvBMukwvE8O1izQfLad0miaPWQBL8rFZiFg7cXYZy086GTQmA0/1ED2crrfLiddcZPc1ksZblLA0cT1Sysp3lb0zebsvSypwZt1etBk3BaalROTaLNyIfzXYrAs4ICgdZ5y3mTj9FDC8UbuJ4ISfZMW+zvlx0OZS7Rvf1bB22T+tnsSqBML18hGvf5zNt/rj0XXg2ZR8gkdt9F/mRlAT6ua7T2dGBvwuUzcDZVlK5PDMG4gtLgu7oEFlmZeW7skGSSGfDLc7YJQ9zNmLsnAatsj/aTNFt7GlcCzZnoFPLlbelHlMBp1r3E8tsTj/cfekMavL3gHW10dwem2MqdVykD4cLiraJTRMpqcMDfnHlq/upEumc4aUyzLQrTsUpwvX5HKH27h3vzXN1U1Z/W50j6c2oi57c9ieh3XhaM86NGhS9yNa8jLZyXvmEHL6svWERxz4LPaNtXESv0MTOByuj7tBDd5P9Yd6cE/uX1jU+JzsgXICp25WgdYK33HveR3UG9O79me+Mpv8OIwmNcLgpwxgRax78N03xo5gbo1mnbHqxvZQgKulL7kw/VnCFQoir9JfgQaRpKkxSKI8Gy6zEcfS8TrlL8DEW16P1RPIQw5zBuRlBXrtyUBBRF1ZZVFslD3aY5MgcORVRyKnUbYBS6E/NT0u3zUpZwU1Tv1PaRDd+lA3CMg1k5t8GXuyINFsvXkIUxsr0qBa5+uWdeNExO3Hpvn3CLbnYMyx/nxRhxo1O9wt2pMPNGeQtwzU2WgTOWrjBc/CTW4LKnigqDz98h5gtF3xBoaw7l7QOBKCa6zf9K7IlGz7L9o2osRW9pzQ1PR4v/WSyUaVjbxlKPPhuE/AIf98xEj/2MGX3/foL04PzApKqxRyYCDNqtiBnFkYEfYa0AgwIAzPedTqDFFCieDWzRpeg6CUWHb9t2WOWXIyUIyzdLMLIJD9A70xgWfN98f/beKu+dlCkJ44cf9Hpa8EC4eeyCIqPSjEBv6wTzIQem9YhTKbQGC8hXBJma6gMaxczhFvI9eeb6ozoXMCmxFZe5gTo9L//7Vz0qS/CzTayAzCo6jBns+FdecWtqBFjzA74S1jlgjaxIouuViTMxa23NYI+7mrp/AHxE6jJVBZE7mvn7Y0qRXy/wyXRcbj8lQ8u2iyGIpMzbhn5jmgEvUpGUJExv9LsshY71fHezdS2GsSVPSwKduwbxA/vHfFSGV7awoz33+s/c28/dkXUWy3y68oIjChrlXBCH/sA82P9rX47rkkGo4V2Tt0yz1AwBQu4WKqMew99yTHjeBFHvhsbyODP8h2lTti41yE+I7K0qOiHyv8z7OQHm5T35M8UUX1ZbW3t553MD2trS0k27e+73sjMjZU8invmWb7ELcnlZq/DkmGIlxcJwV60P49hIZ9//R9onRuahSNtnopz6+ZKvzOPWFz2OLqob+8lVU9Bg6Wm0685NqFBEwGZLbegRwmJ2N4F4ji+me3oddoOkU3O/Ac2DQ1kjcrbI4MGecbbTNr6Iln4m5hWkIrojgzHRRCcVhisuSJjFOvDPAnJtS+HmS8plQeeaoDzUXuJFWo4n17pAPjz21z/+XpZK8ZFmtXk3zWSyzSxlPZ9aa4/yOGPaIsnfJ5UKWwHv85SDVVBRl7MRiPyF76olh0gN0gwXU+C95HQhuqdT4z0BHGlLqpWtlY+b95c7YnmlOtAuYjYRxhXbvwrEgVqdCYtEv+avVHYhEEGim6vu7NyxwP/RDXObzK8nv8iYbV8hgmrxR3drkXu3UE9/lu2eii5vjDvV5dv6jTv/zyYhw8BZoA4T0g4CsN1Ob+phZW1Bh+JzJkWNeRBp+r556zy8m9eRfwx68aXe1ad2upIXv9hUbc305U8f6mL2QXmbLWuIkXLwaZG2+3uNQ1r0hCzVu7caVmX2qYQAfX9MLaqJx/g/0IItVX42VzNdGiYAZzA+hW5CrL8KiAnTM5gYA8pNVd/ee8qisHT4RGNcchNUes33+STygrzxpnhHLiZ38IY6ECazuGnR/ZUmu9LySrcLJKk283VIOxe2y9DrJlrvhmdNhTfNPpXqIl3yjQKoh9Cd9polgbutwVjqxSsTy8SsVbei2qKgkXdYNPRFuElDoAoZhHQoM8HgAfjhxpN8KtFZH2K9x8fwFoQtjzZKjm+g3dfgJd0u3sxljXrLCdVGIPD0i5mBiFTGXejVh/U89JYfMfuvMQexy8OdmlwQpYhlgd21NNTaVqz4EdK63+i+3znbCAkFIm7b3AQWBUfs0KLQvGsGfNGoW4WGDDFMHnTh5qL/fk2f1bxqub51iw0bQ1Ih3trkAsgroVKlx4Qr6uDXHYW3xPPKe1A97EsxG+iUiyTZXc+ZYU+pP7oTsnJONMkW8u5xd8EV+A6Y90jzDaIl/L/IXAgouzMUUt86iy1px6XSHqczeJwoejaEtbZceOxmq2hqvrHO8eknTemT5+GEg8dLNsbyb8RGsbucpt7KTQ6XvOCqho6Lm7r5PJCc/jNnZ6Oban0rXAQ61ypk65Mj+jLckU4GwejY3xz8zsAttsZbBf0BwNom6f94iclG8zvovj5xL2bWQXJq12oErDoU7GhHHZc+bWcAs1TzGUTsCfAxSO3YL3sDrgdqJbK+Z+ewr1CGAUEMEe3ISsOw7yBKzvlJK4adECVui1BVkAXeN/8Irtkhn0jCpf4nW4XfkTs6dKTs1e+E+0HEJ4CSGUaGE/WP5ZZxlnkd2yhBhCZXI7kR2EoR+kkKKpgUsl2ZHq1GPykp1QPv+8F6j94eZvnCOXyHY/Rba6tpPfKSo3HX03JsI620Elr0YcoymMQHTSBExWA6AP1yQXnM1svdxrYApVq67iiAixPuohKubf39yjEtggWpgF51NqeiCAE6TMf5ZTwDfmNVE5xDGiY5/kMRM4BXewZvDRtbhxdmkp9gb0+0WhhkNCRwDBxbh6LQ91GjDGNVG6XszPTg7tSl76tOwD9NmWQNjBqUyCANE+m5pIU2LGjY+6T6sYtUJHTQaJlMRaVDxxyFCntPWISxlh0XDtW7jmQaXWuq4B/85cq6n5/rRqB+P1DdbwXhfwpzse9A1a4dkkGc4Rm47ZsrbosirA9iCnKgVXzkMuuX/4y/bLvfUZ/3p0aVJpNztma1ksN7wzkyk/pQF5/Hq/7McpnRvhPSwLrc0H3uIYNwXpMN1mi12YWOBRlnT4S9d7dlLhstBj7CV9gbznrNfBQMmCX+MFn+MaVUL31fcVqE0TuuVKs+Emcc7SQU/We4O0BPFPSkRGOebgdJMRpynY4ZIJ0OcjEKmZa98e/Mgp5RUjRvnFZ0xC9gda++y9nm3ZHwf/JDp5UzKROFwA/vh7WifOZ5Jd+02BTqtDgWZM6ZcjB3JsXfrTqXSOaKOHcgmz5V+HgPyiRGI7pEZ75Gpsr2JnfOZdCZ0X0V6tt72Ly7euDRtO00a/xAuNdenl8dTZF/T3lK8gBP6/eQPDSUioHAYfXTyEkiGsSX4ZHdaO0HmLorkDmYaSQ/2IMAB/AjyH5fCCsyV9PxsiU6/dr7DFf4+sgSmCEdMWQA+uKzIfu9DFimGiBTkpgaLJSAjRHqc8BmUzjQvDSr+4u8QzGecIn0LzSQC2Lge6Az5Ibt8swJexNbnexA7gaYKipwsGHjfFSEtCPL7AIfuClmOmPFvqm6QzEtLAaLKpPieapRX4LYWqJOsFAI25bb8efDeeTq0FEkNRzxfFIaojoutf26i90EpWngads8Z+PACKt8lmgEnw5+rYVMSumqvae56lqyG7lizKifgdazbpgfOmo+yYxe6k4ISznoXrtJQT9qdrxf7yS2Ig0AZyNzkS4142qWdCk+oAKOo1GGBLTKDhAaC5FvYR5k6ZAXFmIKkG3IVFl+12wikbR+ENINVBYJ4hCekAcaJtyZT044C5f72T/Fs+/YXL7I/4sWlOKG8w99zc7eZBN1aZZdwne3xAeh14kSrwOmjPmHzo0qS3vZOzgZ5fDVHP2AI5gkqQz9fYxP1jtnIC4SpAWe171LbL1Xgb6Q1YHgnYqu5w3EBoKtmH9N+po1FQDvvkpHH2whYv/P8L6mp+1Fe3LkgYZ/N1jhrBaLrOl6/PXzwAQuiK856f8sfwzr5BcRzIRoojq3vPcSb/593ajX5+e68oepLeUl+KjFhRG3QD2RAHtiVEiyPzB+n5H3jhNrqztB4SEP5gMDGC6wWnQBp5Nf6gTkxdmMpweNFwn/N4k3ELcpCL6VgagEmnzuEmF6ftBKo5QIYpetlp3sqO1QT+532/ru0srVqh9rk4KrWae2OnquYebTzSs6neqjJSLrfJ6S4xt9uF2EvE+yf7ZcFfgR47sO5wh9zqz+cVc1afuiUgU+oOxlfCCQh5umrvzjkZ6LJ+GbZIKdktCN47aSrA//D4/cdprTNt+8Hk6IrKyAomQa6MbuRVJbanqbS+j8X3QGNkkdoVoHOD7ItWPBD5W3ahP+NkiQ3hQEbCjKCtzg38F5RJpX6R+R38tl2BD/qswbUGDl1gRavAnzXL0YZ91qOeRz03PvvPJEzTKKCftaYCBjZETekYfnjsdR8x1I4sghghTzvKspIrHehY8xBk+5EHohoB1PL2qNXThH8Rp9jgidlUqvaJ0ak6U0h7DVBKbvxwzzVPmPfU4bL8Kx2jit6uTlJItxKuplghO2rc9O58vn/dDF9h1ODZ3PdoL4cBQ6Ll3FXXdPqyuC6a0dYBWve+53MrY5n1nLaZjEMyxQTC8fpblx7JjFhy7cpQjEB0dz/RlExIWjVxsHLFlsyERlLRmtnR/8/4Uj9xWjXBi44gPCtllU80kKsnM9T04NvKzg9JPOk9alnG/FdKarRlOD+epxy+yeZPbdVWJ9CZpEYSjR6vm5QuPPBHJGUmlao3wtHpEUPyEQHASi/ZmXBZWboZ7uaCKqgvs0jMHrdQc6dVHAndQoRdDBK7rgDEkpM2kuAy40RWOKCgZpamPqtwUbU65N9c/jbP1fX6Ynrcek1+TokAouoda1Yi+vKiTVcfT3ghyH9Q8a/ivvdcAVtMe7EniMUVpC/C8AgsrhPndfXZpU6WEYmC+xlJPCnw0AWKw3LkAqhky42a53ZZc14xmuHI5siB28jwpJY2Dl80fSlpiS3SpZnULmQ3XyWReB7hdq0jep/+HEqMct1kMH+BQwJWA2ipLBz9Z+vwgdoyR9ncNj0NMIlxtJp/wqfekCNMgxzB6cyMdwzAQ2r1Bc/LIuwFZcgQZBb9dvsU4+wMZHn2GNh4WDDogPpDeJUognsYYhBhvGpPDYSnB0TP6NIGem6vgc31jdIfVrd2wqhBU/GQtThQRAIW2pNtXR6st84EBGtIKxlWwDlC37YnuGgP41ZORdpnaALa5J8CtJBTXN2cB8OKLaoTI+J+XexK3LkemXRzTckPLJ/qBqLM1LIvldYor3oc2VG3YRgWUi+tYNlh0jnEP+QBo25TQ4vqiIWJx1wQxRmGTdVjM8Vu/0dl8zbOud2yDShYtE0Kd/2cu+NrvsKRmm8BlLF1Rh/rwaQ79juvk/E8uHyURPlaAG2Eveux6TjU3Vqy/mHSOyWcqzIDTqauaN1FQbekLdoRYnHWPrC+3Ajx+3jpNIHz0zgjS20BdoKxqZfjyDXWXsHk4f/P2AHW/99cvZmqnN50jcYDs/7nfU44PHAOwQMfwHegMe4O9A64A+kfLkOFI97Ad5zQbiAf0A10hnAD43eL8UPMQPuQmH/GdPvJMWPrBVrKW/TtpHzMghhEPFvnv3KXDshQcybaUf7zN+xFg0GG4n/UINalQ5zjR9HH/o27Twxrf4od1RP1cPCnAS6EZgxDvi0W4AoOjxpPnyY/lrfpImgPEFVRDl3Gl5v8TpvKCvMcUl2EQQBAEr1ruj/dyT+HQPAu4LTzANd36JFSfTCpl8K25uTCGMjKAdlD7JU8SZLDriBUabsfHsZv77Y+JPyafSOC8YnYGQuF5skVcnjBtbFLV2M4HQavwuzFwAQXLFFzOAAOxuWu9oN2zlFxpwnWuVKInOOW+Dgy/KTVb813ySgdiyPXWc28sKs6x+sEHXUUw9YlHqgVMKPVVVwNSThD6J7/Dt3X3okF+o81tPCSaIg3eNjt39SRB2N1ZA3C/bnPlL+Zmj2xeByFWWCQgwgmPejfRIGs/9CPAc6wuL91Kvu8fYHwmWlFPyxxA3ajShA2f2AzZ9AXlkHVmuDRnyCm35vWGdDybyJqD/WWyrxew5t3CHOZUixwprviFOoryid79Dwpqoe9i7kbw98qIDTrm4IBtMeC5MzfdS0q1y/5WdGof5xQwP9YevoHJE+brhxuq9eIjQcUaWcRoxHmiMPYDxOo5kIgwX/IkzhUQO8QCj6f/Q8j/U6ka68M4tD+JoQLiCb5OdQtuPywzsQg5p8VmBTvoUvC+57eobyxQciv8EqfjTeDijUwmkNTjTpbjekoR9P1JpKxO07RrOsW0v3kh4Bubf+t+9RruEj3luXFX+C670cAQeO/0UJq5/T7+rnNR0qlASitF5dntY/H57gVgX762PdFUZvj28l3RNxtQ+8dQ7uB1hc1UVWde0SQqi89uKZz2B/x5FvkzJ2w++WWI8SxdHIaxTPIpIWHMaalIV1KOMH+lx8RRFrrwfDPAtJiSSAFojTxf0BxGgBvDzorHRtypEaPR64bCuZgYom8PvtB6PUU3j+9J1OKgqi4GnGB6mIyl0324sDBOK9RzAVrXZsjSwS22qwqWFNlscww2sx9bJa8MHMwmXuJD2twgIlcJz+S1jrr/nQQOokYGa+X+kQoJNbaAmQr1UqB79YVyggoklxyUzkNAyNZSSULUMF8CONb/zegovb/L65m9hc5EM9yxQ8F+fM7kgrAezb0llTfmqfj/DggQAnzcPqAzx2ObkpmSnV5uJwcuvBmpZ6d/MKKBqYPI42atIcQEtW8YZqZ1SiU2CDJ7BEv38Q1ypiOvpNw+JOOp3tu3uceQTKu4B8JF+Mff4fROUn0H9CuGpiF1uOdZ7KfdH97ygWjgUBMrbVKUTStOdbJH8cToBO3yyMck1FOzo1CPwm4fRv36ERFmjitduRuCBRCYwNxujU6ECfwbSXotxeaQg7ZdRUDZO/VCuS+Thqt/SQnvFnWnniUsbor62nRr8Z9Ep99dPRjcRGYe1mbK/QY1wBH2i2iObwZDna96HHdGeofzwWR0cCL6Xm8ZTi1BLJm+SK4mfR6XkeochOosCDsumfE28smYIYmiVnH2XmLBxfKCPcFgIl0ASpz209eDtQuYQCDazd5uyQ92qlGTtsvfkafQWwgSSJYRmWhsGu7g7JXA5aQ/ZPoYdHp0pa7z9VXrEzsSxJMVYFVzrBrDdGwuRpOv76fFRdnFf4f45OnjE5xocRMXhM5ZNwxfmd2IXr+tZqywa2SjBSLPrkdEW3rY5GWkQoSoP4BXgOxH4QftimelTMqf+ibjIpvrs4H3koErkbDPpqjP1KsLwYa9Y318aiWO0RMUMJtEs5Ns+aKbKZ9h7BUHbsvYDOa+MGamB6LgW+izZDqFWNxE68Gl5IhQd7c0GPoLbtzUfJBzOZP+t7T7jeO771wjKSpzk935gcztm92ongODG+nsZzznTkkUEK0RAGfPvBCzh9J7i+fnIo5pyrMuh6eF+tmVB7igYJuI3rYY/ht9KmHj+N27jOm24xo3cFY1Ah/oT/O3183h5gOY2lpU7IxMoSl13q4zWokVv4uVv+BwxbDCT9550uX5+tH+RQYMAC+RHBj7OsX3/LLUF3Yk+CNkFF/EUp2GakRAWKQ0ZrI6iKHHleeqt3zrBc25pnwOERjRZhEyESo+ccH3V7lYzbvpl6YrLzVsBSih8JDbLQfDGWSw4j9QWt42guizGGUYc0nREnbMd9PkEnpLjkXvQ3CjQYoKWNai2QVTTsmRN8IIJyHHBnCkgVrsnmzgeWpVBICR4AJU2dRDeMNrum5hlMJ/wF3lTeTzi5YM/p5BXIxqbfsKus5ZsRiR/OMhKWAXYq8tJ733+tJX0TqVACkRvuRWoxmhRnx0WPLRsQCw5QQ0JHqTtidAgORCuQjK31gUQmWCjkuyMNwd1d5IE4EnuqYTDg2zplyUU4vuC0VPEZbOkh56TtDtbgCPE4nVhfs8d+ienYpLDabELnYkQRd0A/a3RLPGTNSfgv6u3T6pK6zOTYBq1fW+z3nM1LZgc3fZokqCbiqbkPCPdiKbgmJDbhsYENXXZa4iPdwTYa3LXyfd5CmGlyOr83D6OiWRwfczZ4UOWCAYeI63R07Y4EI6FSXNl78Pix8z5Yc+0xdZ0wQcSMuL8ikJpr9FBbQ4dGAuhvJikKfOJnFHmU3EqNq0TQ3YUv+h4ii5aySYS6llgnWsSF9SRpcMRwvWVeFAmh9ssJoWaot8gOcVPQXNlWdJV8UbyUzObS3ltNk2F+6hEWMoGPTXOVyoodp2ug2+82oHSF0b/muN/erDma8rfOXQp44p4HbrAEIdbwR9FysVSGlsK4PR1EEjTh4H9YMSIBLd6QXGWdj4osFoRx0TbK17QoatGV5Zc0hJN3FNKiWjKoMY/YjWHAqEkZy+Kb9/K2Zu+QPKGhIdnGAO8jGRPvlo0K2lN0UfI88NNo2/i5Kny85zBWEGy0FwqMMmoLd7nEojAbIaii+/UwvFVXHM5Oc8DiTaykL5oC1xOFig2fMRuILC6EGLkP1PtQgrJYrZ4KfNzBm7XAqjOpSc9KCirSC9BtIUiYoASk4OeugWN63/zGWdvAEt49NMw03XsQnLIpkmchE8y9Bo7gaFTpdL1uUxoEjiJ6hKDAa7+pNebA2Ukcsz4vmMlYi4nx34KoMH435OUpH80GgiYaMl9SpRsKIXHnIZQcf28rfr4VlqLSeT5zNfbvylzVeP0KFeIlKYU+lev8kjw+IchYWj5o54k3ow5m4Ff/WsIwETMtD5thmqbNkeEyuWgw/5Zlheb29mnVP3F7XGbPeOfTDpc5vzmbWq7MpVOLgSKjYOp9reGKMPGkBGwHR2QoUHK03nuE7P6JWUj+2znHcNLnB3f25NZoHCZucw16OzSs7Vq4PHXqHR/hDtZPOdsTY190qr8w+mhLV7rFwimgJ5Q5FxZO500KqSGo7XjYN1Do4+Yb667nQc1LzCIdIoOUcDZ+zyiqa6yp2Qxtez0P9laZd8zbYOwrXXb88dXZ5y5X7/mQVixwdAskYsWsNxtv05NHu5AzEfU4zjT+3sPl3EJdPKHSdkWTswNXAgFv0dIg2rCJCMH/uOpUsBiln1pu24BxucsCiN9uz/Cwk0H/h992B67Aa8+NSq2XtjoLt0annx4Q+XEmL18IKAuWhJWTrnGF8nk8GRSLIHzcWdQjiN/I64RM0ky73ijFLx+ABnBkQWNvP1BKTWH+U0r21mK5xLq+lsjnEXy7dyi2J0uCQbkhq/dCDazUrAOHFN561G3fErk/RvagZjE5dmLoFdViDzbOFfKFTJIMm9O8z7V6GaXSX8dy8V1VVDA+SIxt55vlzulklR5PcdLdCfjnZUnFrtxfXBMC6hCjS7ztSRjfQyNwB4kdxGhfP+NO5Uep8Ro+Zaa9g51Gu6lrHW6hxbJzV9004uqzAVQbj+422O9Ebkjw2Gf+mVjEEPSMG0Rs/a9W7mvmH0ErXGQ85GirT8dNIoUnZSRH0KOtlOjMPH6Se61AX4sc7aV4LNYxjrorgFZSnd7TGXAxcnsooRocY224aGSjjf+ezUf5wPi7QFRM4pDmG8Ho6r+AtrzVAvnsViHww+DzYvIxEwWzfnTrYVViEETL9wTAszEa+ACnRSrojfCyy4korEOKnLyrCe/uKqxI0hyGLnWHwzg7X/psWQkt+3tAoOTU9Rw458mnpdJK/lhY5g01VBl1ZmRovllW2SKuEKI334FIy1OphymeVy8uCEmrTTt755pmyB7wzE8jikqUu+pa5DX7umT9z4/gCamwfsfiMSMWAy9lLDb3uvoqLPVjzA8QbPqQHuHnTIM/G36TEf89GyLMQ+BCAOK8fMNa6vwt3XLlug1TTviNryODYlrP24Wwaj9hedyuaEeDjS8N6AD4c0gzxJ8tSOdypK1Uh1xlIIlrXaZSjwAP17upfbDpje0lniRzN7YHUpxN0QspjQk7LUeQhDXMKUAjE3XJe4+6fd/O8/Wcdc76gKVMHMJTT4ufTrTxxOftlBjORfrwzyuFAw+b27qfQsLH1z/Jm6XKtEVpyStmnD8dzRlkawhxDqeVc7wHWPVRh3P2VXvbeC9Fych9CzLuRASCQ4NjMG1aU1fog4qr+G1nrSDe4mgE3H7SsjZBBrSvfGPj+6NYPlXBp5uDVM415EgQ/RsEmz/2p9QBqTrj8OnBFBm6o6nlL8HJFDqW9r9/FzpKKIlcL5WTdvSWR74tvpMK/byI3tze04BVHQNy1rNEtUP7gg36BfTXvuv63aatvFXL97Km7Q3DR/cl3Rov6aQkwi7lc1Rlo/0ndqX8FD9UgIxL56/2SZJy35eurtOdmmo7DBVLZUMWopUYoMsZqipPLLdxOo5/NgYvDkgH3AIboa/Ouq5pd7/y7lMwwPgC60vnfCfOb99Vtunn2bQcb5AJYcz5Zu6K9HvnNl3NqhSWAtXS+f7QWOXiRixucHGiOYMtqHbMoQSuac8lK0rSSaQML6nSfewQEQvrV3P/p0uiHb5yp3vK4tZDDRtECDHI4q87jX1xh5mMcCKfNKnJbV7aJn77VHEX5e75lw3VJbaw46kVg4JwH30DZ6FutlXTFW1Yf+aS5qmSoEn2qQrXdfyu3yfcYRG+nUCUrcpFkv+u2G3F7v0n7IaNV2jv17/jbLdnrg4HYl70VHU4FYhRjPOHc0gZWbivyvEpN2lSZ+Fn92iEsQFRKtAo5OLr0bgSPiSaqklISVThec03igWZm9qal+v0s+ryBmJ5SQopAtTqU3H1uw7Aj6YGJE5sKiU8W2CWyYvRT6v7ImbIIEfLE1be2VG4ILvsbw66uywI/xrbKl21o2+RxoG3p65bRM0hOAQ3WuJcsO0kF9OiUJiFkg4aArzL/53nUSC5r8RZsYuQr0gdPRARLLQgDinJuZeCSlch/mGlE/mSFbZvs+gBHY2vTBiKxpnjkau3aLkFpXZOGvBkBPI1xCCpgbHZ86F/4eMjZz6PXIWYEhh8Bn9yKSvvwEnhBG2z9ER41QxC/ab6i6mN4F471SjI5sGcPJMqd81Mm1AgKPzLCHtk+4thN/s0X/fbdmkt/96Zu59bv5QEt06w9NZrNn7Ro4+bLk/kpjunBtlPdIvbB0F+nOZHHbifg5sQp+jhvT3bWtyH1187HEdMwyf8BdW2mKDjYvui6w7iKykFWKZngY1vOGfZyVOBh/Jw1ELZm4LdyDll21PsCGJbixZaBfceVQCYS+NtFlMvRw/xNnewtBZ0yJetExQBMnbBDcd/y0ls75GG58NBcD0794YB99hwOwPXH0CAxzE8+1+f6Q/f3DmNW8N90Lt6MN8eQm7Wlcv1rpsNhwbEVoNu6rQsLH40FH7dr4cx1eKy/DVIgw7UfPfjYrp3oU5xiLUOMTFsMH3qf94I88jBtPPVvvSVbBm3GI+hoPYs7oDVOgTL7FYHWl/Z0J9wduCgNH+wjTk6beUzPBnKdwI2+MtjJmmMA867zSkPwJsg5XGkYV+GcIlPgHHUlNj+ZG3CGcD3h4AY4xgScJbOvdppS0QN2QcAJ32RYf5NF/N7CgyMczmLt47AOeOajJfRlnj3RsLVnd4Yj+5JtPbwrHr5oFgML/7rW11iRuvMrR2PJH5+sSK4S1IdN1c5bHwMS6hNzmrVB8BN/UhOg+sqhsYnInqk48tbsclhATrPC47woysloI45US3yHKeNTaoSYWxionrFXeImRNhETno1LNPQh1Sjz3ffh64Y3s9QeMMzT/cmTUNs5xAz+RJ1vKYm2dQFez5r+8xhjeCaNQ8j5Nc5pAA1DjxxgWlGzsqPJX6hNR5+aba/woIC5/LqALVqyOxecdUhKj7o0Sa2J+q+BU1MWJsELYF1r/PiMUMHWyR+/GvZZ82eSLqE6kAUGgWws1Ccjny5x6NBZaSJXapvCoxccvb1OTKeREcsrytQ47COdX6SF1/xSJYbwjvOWA1j1zB/dLLqaHZPYohoYx04S2XmCLtJEV+7KevzfrDqrkyVSzNUcGe/Kl68vPRqtU6EvgP48ZO45EiaCBj/OeQZ3e66U/mvAY9n+ubxic4Iiw9i+II3f0ORGTOY+ON7VPgZ0V+kqSTa/uFXVG6sPSc792v52Yb+EV/G7MY2E5vDcXjCukfB5zqzdPH/1+z5tb3C2gZDAPUbGKoWVY0jP528T2MNR+nk2AOXIXQGR/M2Ek33HdE+xjSTbRUa8JD6wOe7+yiiHVlZm9ysfHLs3UHfO6YANU4RimzP+MpljgLXjadw7twOjTRS0gF60TOfPGY/OaWQKKJRnNWuBodwmSKBpKRwIUoKA+1kVHUghgzXqY2j2GB7NTd3hQs0blUkQd4qvkMf0DShECx7f+lkPNfUP5swNl80LUFo8hn2Sc4C8PGhPcjnxaWAAu9gJKo7Gfsfblgw4eRQ4+BhiTn9rBO8S1R7vazm2YC1qUDIPrdiSjUGZ26PYxz6tdJcNvqHn2hG01qVl1TnBw7gVacQ851TpacKrYBN5Gy+ERVijtSAP2Udm81wcsteR4wPHG0R1wnTw+LDs6tw2LzszNPpLkujA4dK4ZUAAvLyT1DVCX7NZfesd4Lnf6PSYHewEddR7p2NcwB+icwiWZ0EPgvtPfAwEI1gsFbcsoQiko9NHRYRz348xSrNhevqoHuEyaI+r8dkXr2GiYGVjYzXXfqq2G7LabRVqtZ2XuyhuU7bnMQoEwpnVa0zkDbnfMRrOgPDhzXjEhVTyKDEPQY9OvN3uwkoxpney8PrA3rSNKVHwpC2cNzXS/s5JqKJxevFtsDQ3pHYkqCuJZeAiQ2jgoIZRCcw30fnLPR973lYoKw9qLUP3uVzQp3mobuHE5a2XjKz4KP7cAu7QTPlypc7A1xNJoA5YQYg9dMbfXntEdmWrHz0U3CDZNo8bp7fE1MFTAaw7ceOFQ59lMJbjIJ/wIOojZwOO62uGkyYxVtfsWM5VJZAiV0E3VXgrcqHuYImk0ESPbqPdkTBabeYwgr5Il77jjEwtrvN6D+NghZ5i8WOL4nQnVTshgtbrc40/KiyhF9cj73nn56ShY2lJZBQgw/Q7dQ1b1epAtoo5WiUDfRFgOnbAUQ05VMC7x5q4z8/38q8UlrFzlRyyy/tvXRI/t29TPysFI+xKY4u0/sdrw4jycnwCXdUOwLpg2+/RMqomWvzYosv0ZdrCBWd0LHJoByk6AW9sqHeqnRfJvdDSLxiQFvx7wTXyI345VsQ/cPqv3NIaE2OHT0Zbhk9zyVGS7n9W5Vn2oZPZevFwY+f4GSPRR/zjzL+YwegHUsCEa2oUwDxgVcIf70J/SJNaLT0ztw087X5zi7wjDvRNOtMt/Hp5nDN20yMO653Lj1s8lI9SJoe8EUumS6KDcSMdhZyLcig8aA4r8oeMjyeOxcOwmiBukuOx9tPjgcNhWBuDq32MARKkYbxgN8FN9EPoE41jN/ba5d10X9tS4PX+hE2HSbESWtUOTp37LziAgp0rhGw0fgYnuEunwrJ5uAFmS5zcPr92yKHSwqm4LVQSGmUEpEqZ0mjIL1Zbw5svj99d18vYMr5MXzwhltpfb7UNJlMRfXu69+34MLFiSlokNNVIV92crat29n2pXaV8OPtd26cbA22vXkaW8WXqMt0f4mOEnpCiQYR7MDU9SCLNtyHTw0kDjqkiU5NCdGOieOYHJgPi3c90OJ4jRV6BvZ/D+u9pYr52Ef6YZlMdsH2k9vzFA8mf4tIRJ7qt8usarJUMMx3KvsK2GtSO1HkBlgysGRGaWdUUTj4V/VIehJIgk3K1WLF9i1JqMn+dENf6yoXuFJtTLYAfzm9wcLweP40sRRankfOozRCg30CdekBCnpZipbU2LQ1KfLbyjgqffoODDyKhZp8nZMgUCJjb2aU6YtjWJgwTWVKaP5HMhjxRseZIKOsj/PMywspAupY1RMVIUU7RQpLmkNWsT3t3mjD3v8wk/mcM6LCZaZSzZ/KEfd00Avfm1r0rk1auTwpGO/N9qzYc5lwATi2hNAocyLL2dtjZXZiJFBnZcXn/JA5a9r2j+ItfsL+9/Z48Q2VmDoviniNwcK8ptvscXPMjqbKkmyil3BWRP6LGy3sydBUy7mEuILSZ7cea7yHm8Qv07Lt2MIpSdcaeyeKulhvS6h/8vfF/zXrcRIbsdhPXtUje9UtlxWwVrh8v7ihM65/CRn6e7mC/4PO0K39ixszrho9Vq3m6xLcH3wavOdNBlPmIDMbIF9Esj06JfSb50CnI1MlTjESxvG9yK61nVa3yn3tk0EqINEih7Uht6kFRTeTtbF5bTWQ+oIK6V3MRtp6VGo4b6jQcEfyfimhcPQjdWlzZ+R3iKPO+vkJP87N+v3xCnDqqKB50ahafN7mS/Dgpt+0KlPtE3+h2xmMsASKKZBxlapn3GUSRM7OGBt94f6GPZSYJmN6UXfMXZgn55biY81ijY8EP35Be67yuXKaIg8r3YDZv2QfbcsG9/DLZ5OI3ztONpoKKmKK5YI9aSjCexUXHUwElmskq9VVdWoqtWbfZ9d0wo36oZL3Lwlq5Ydty+J7WtO8+/AALrc47WlVYrop8Ejy5FRNz5zbWH6lkfmISm/jPhXHPqql4fyvkn8TLmhkIn7Zqij3sDUkmcfjnK/95EKF8x+hT9aFudBsJi+MpiEpDUZDbVGvxcAbQtMCKjdmQbxaLFuGW/VtEtHHvu2F7K8XKDnKpjvV28po/lG/W0pG71JlQ/I6RIrUh6qwhc7s6ZdXqljRZfFAI209VAbVu0afSIS1P1SwFqnWsjFjJj0DGS7mgzIkpplDHSY6KpLAFAxUqxbO7lQUxy/Vkw/n2Kd6sdz5lCvWFmpYWgZtevs51manMGbJKKVqeMl9kb836BrMvBdGp+QSZKFHp3koEBrpoksx2i5U2cyl3aIZcu9SYhmp4zUMyYYxkavMuHLuXAL5kMP+03IszWtd44T37SJGovUL+5YbBH3N0MasqxQlrtdzaIvR6Sd3WaZWKx6GIyl0600BZLatYTJmSqshgxoW+BoSYWCG5eaVaRXIGrCDOLSoO37J1mpsyveLXlmozZ+GlFDN1wONz42NZ05a7trzf8bNGTEUQPUHi5pLOONryQoJ4Yu++iaKpJ14ZaeSdm7HOkupG2B+wj+pRN9yAt+mNUlA7K+Kh6nTUeaj0NXnEX5oKxQ2jZ+fTFk/VXknbUgkUMBXVmJXYnqX6snUOymv/7yvA8EBULFrTIsAxHM/SAfJHJuwMNZNRcOZYy4ZeU9PoOdnF2Zx4Z1xHWB+TbZ/NPMdTnaemNpNDnnIrMplgTZwLG7fmTcqyz8WqtZKdNPTOzLthM7tJD4d22DkxDyJxU9F2mIqbeEBDiVSmtBK3ONa+GlYX2zPYoH5Kq3CxeK4pcFOjbSdB0TU/hKOBj4XHNnhBPZKEAeiIzqy8BtbMOl+lOQdr2nEZMl26S8xYu9OpYpgICfhN8itnjwLhdHxNQpytLIkbibuuNkCnd5VZ3Xwk99J6twUHRTRO49k60uYmy/aD+oG3f+vOtM7P0pzVQRzcD8JUHt/K74VHJB/7KAvVgWGvz93UcV45eDED2gg3VqdqHt85guyzbaBS9fKr4duz3Rl5kkmFHU+GrDBnlvZITy0BLVAmnbFsKII7xD15HfQiyaxSF5He/Wq7YTqfsYEhSryh5/rQZRYJC2zHnbraU7OVQuch0L39JpKQ0x97I7Yv3XHOxo382L/09fHd9Q8XcL1xUSOZN4m1kCKMraQFfU6vZ9mUkv6s7s9Jk1RMI6lH3XBZlUVWC6wNd7iCAohOd0A8yJqo1Twv4PGeElxP8xGS71mOM7D52ZFOlraKsEuc2FmNHtCGHH+cVGc7szgn/CT7vmL3/J3NMb25AdWvr+Q81WtJ+nez6e8kY8ByXy0HWL92Dnlgcum3JForBOdelT4LQXul31Id/cixFxDChw+oTjNnmf/jOrOwHHe4s0vvfJTqCAknEF8SU74T3xCtN65GcDL2GYtfNetHY5wux9GwIesbhdELbddMsn5Kw+e1Z3jT4eKc9gifH1wQLXHJW4ZOKh9RM5+hs9JLlEtkSKQYte2ZyKK9jSLfTCRajEqqTCRajJqlTCRajBqZTCRanGr5TGjS/k6JaiYULVZBeya2aQYzAahQVs1iFlFllGhxa1kz0qx53PLCjBQt2ZrNjA3TvH3Ro9fwkWEhhwylG029eqVFWNNY1XrGqrvixY3BijUa8qeq8o4niW6an/RCTfASm0k+ER1LfHY6MJiGjWM0hCPxRKL9IuP4utF6L16kTFwNYZ9djlcpEo4jPJO/tzCp7HMNgrYmxrTUco13OwbCtD+Fz4izV8HWq2jdir1XsfUrs/YrM/Zrzt2v4O1UcPUpLn2K1q3g61VcahXenQquOoVnl4InDJgdZEdU4rh+TCTpSCOWwdGTSixjd9OJZfYJH+Xgib3/3u4ArxyIOQjbcdNUg6P+yFv/Ae6+A0xyaOkgbN9d8Yat9oB3/wHGhoNZruguchzJ1hE3QsDRGTxCwDUpgoSAuzuMhIBvWiwJAX9fQAkBU19UCUHrCy0haH3xJQRtlSATgn4LI00Ie/tJF7MJZF4nx16WIcyl5GLLqYl99VReWQQwj5h8KcfWjMFOqpM9HLOa2Veyg2JGM+VHliUWP1dFdpHMbKdCyB6OWcty22Mbb/Wi5xrHNjzuw0n8jGUIc5WkAsY+ltm9lLTYADGflzAVQ0zRsnHiyJj6GykesYpgJjGhH1as2f+CTqTFWReihoTXmeWg75hJBonDFg4h3zv0yWzTnVPAE26JCBvlBL6XXnHwrIW6YSHXU9g5GxyY86723JZubu5NjCnib7rFB5IwV7IW9rMI5Z6drKKEbvkB/VC5NG4yxDDl37i7SXAd6SIKKAKUu22J7dUTdrFQgAZHFV1qfHVsRGd1N/mEA+yKCkmkFejRa/h6ZO7VwLW4I+Rt/iW2Jxi6wgxVH/Cc1k/1GPHkuGfnVhB6MwFm4XI5KuT18hNpInogIiXbIWuZ97IwGnO/j1H5yq87X5EZ9XB7cen1gbha4RA8qCZeK1+g7PoZbQTgD3+/Jj7ANLB/IbDavd/68/v0yV75dxbduHKSlIBcDBKF1s21skrYlktkL+lVUmgE5hg9/QBI+ujlXrpxy0XjAOSB82qBFiCCDCnpUqf/duIx2pIUqhdOGq8CYW8BECcmnBRIhVsTJznzr1+Lb4clgrhSNAUw0qR932TA0lAQCR8BWLsbqjKCBjEqw9V4qLrvE5dRU5hR0fSXqXHgdIf4EpA/nQeRnX4bxOcnCbYaWRVqejDOMGymOvn3z2XfWOzledZX49KAfczFutxr+5rDen00qdgNjBLAlkzh7vuEcyw1qefNfAca9010w4yFnc6rfHmikeICYPpOfvYE1s5CG1jxhRKhwoEXbt4eNp/vonLOle97vpqdYMDnviSgL+vIXxUBNREN2Qd9C0W/fdfPw0teNyO/zd9UxmsTMDEdViG5ZCeJEOY1RLZQBggOAwJccl2Uja1a3NVPwFDYT3A/JqJcRIObHm9FfKnIlgKgonn/Dsimsw6QWhiSRGKzxF5BfmYOV7HgmebgBx/mCss94+9aRlbcP86ctxT8n37GROpnZZ3efRt4F807a31ukUYzgHf2ucMFNdeBi0WQ1f0SEeQymxSHjYfnFKZLIHrPHm9iJ1mA6Icx6uF+Li4AU9A0goOeWOoQ53WlHvkSwCV57QW479ypZrd926Xa54wv0ihG5fqRSIxM59vcwIm3O+fey1MnfXvYH+EznPb2QXmZzT8L22zWX+D2zTCfebm3t5lPBPU4alrTbAz1yB7BIn3ErZOiwFMM5bJZZOoXjrFpELl8AfHRrPozVVSIbqyzekWkw9qj4o9G+gzztkp0tihEEdcjLOm1ky0pGTJLNGeKKMTxE/OWfeCy3cXoWAPqg4+PjoaHWVMLcuVSJ/Kr8+D8wCq5ICvOcpafVXZrxkKMcPfIHjvP4DA0Dbh3tLyj5jWH8g6iFPjV+4RNwOhgmui4hcpD7PAetvXN+Ix/T8wRGrAnu0MOk53eorIbcCaCk+wLcX7zmEEdajX1QpDywe5sTPSyCgt8QzbCctqIhCYP3ti49i9UOaD38FAceicEBHptZJ3m8TEIHCWj8/UpRtqZJLS6Y97OEopHvZ1rZva1YnBCWcJaM4ICnGwNR08sRZrjdUIWNMvekSiKQJhegkgDXKI/T9y7rGFviPvATvX7NUK/2gqL5Z41CBQIDgVXl0TQRgE70wcRojpzYykS3I4uGjUiZwEIKbefyaDRqG4dtUKVZHHepYHZXc7cbQKcvRRqlJ2P73ISoZbCHTazu7PVEbuYlaukq2Mvjiyw3oZTZiTOYvAiZMll/EhLFnVoY6ewymCVCloM5nciYgkWpWJJ9wSi65+jXz5TOayjlV2JX7py80wfg6bDgoQYwgmxZrjufgiSILMoaD0eO4wzUpOUpRboobs3XXuw3u/FomkYBtL7Y1+e0/PYAYjUYvaiJKoQ5vqU+kRBaaA4F6kZjGFwpj3rmxesdx242ltU93Z1T+uGmALDIHEEND5KYZedRg/HBQpEQ286HecE2WrrCFGBkeE442ZJGyEwDIcImN2erSRITwGiz+GoiMPmMco0hOuWyhCxZBSGibz4T8nWbw5AzZAuHK8ywhc0fa8MxctFpNshxJ3B3lGGpuMB7Dlv0GskyYR+rZvcJBaGRBQXuD4TftrFnGdKNI6tLJyRo+1qIERBgDqcLLYm1/5YRFBKwFKhKYppTCYMjk1O5o65rwvhPyZ7jDs036ADpTRrmqRYQT4P6w9tPwBZQqaI/jrGAys+lev2Zue0eHJK61wpBOAlSEn/MeZOSHBV0psRdRwj00MwlM6d8oEFIEp3im6f0hZk3iCroBjQd6+WR/9BJD/U473L30R2NVwoIreMtpx0WwAcKb8PNg90UrkyckLnxwTtMcCtwOlTuIoJDE45dMQmeOT6JqfisPTPdmMoIgxz2yewj3rOkxEwJGZ9chgVGX96SyoqkNcoxkzYv4/McEP31QoAlTIB9hgSErXPANwGwuNiqxnL6o3Kl9WYWLcpE7wcO1wzoW5e1GnKc8Nanww830CWDNL9+i3qt1Pc8mvc9oD1ajL3cefyG7Qcf7ruovg6XSGxLQsACVGEVEHxC6Qfo3zrcolp9ntnM+wTQZSOWgZwD1wZJRY37CjCYm4S3QSAJjP4xxT9NpUhG0V7CCNy+7VSqUaYKuTpd9vsa98NW1jQStIsXPCgm3z0aMfVRySwIPQQxRsuZNPEZtqBU3aGcO7sBINGSYZKPhYgZYJ87mjJM4AfImGmnpUwJ5EEZAm+19dc00xALo/KPaQgWt8Ezu2RwyLWh9vcbPVR9bDIqQCVWdULJR2t0vN6gfEwNT/awNzj2SNb3s3wVM7Nooo/rvHH1ELBKKf+gQlsroknzJoJM7aA8iHYSdy/v5uQ93NU8U/hzxlyFFD47L2JqWKrtpEXnC86grytZ+tLNWrsMtgvE+IhSCR/4eKMkcgFAziJVqtnVPEm/vMeoHcjPiRB5q3qgPk5fU8hSzw3zQ+uGMtyebH3E6/yTlqLQlvTwd2QMrrh+9UtfRo4Xc9sI8LprWRB/jwb8+0mxIApNuhLc32th9jZ1wNDEjVzwGqTCYr1L4/CeECXKHdjSToGFj589tlpIgsjWj9lwuwJ/zTPz2eTXxZmGcKSJDrjTrtAycEffnZqT+leG2RV+SshpiBKr+2lVi2iVEhpocPkfTYq+MZ4Ikk5oc438+37rf+FisYq6MefCK/8+ZZrWZV2ogP9ajxxEFZi64Dc0l83PK149h1gB+HMz7ybvoQwbLaZmOkAfHcx9QwdlS1j0nKxpXvuDLNgKtjiga/26B7+PgjxpQU+x7r6HAxduekFbKc/I8+5UA+CaXnnsE1ZVYBNzGKJCnk9EXPph7GabIlJCzD3eePBLrz0DnhSS9wESe0X2zg6GuTn2k3YYNo4n8EQO+pl6S2dWH21oe/+K7ky9ti8cOrKRAXG6O5DojUN8Gy7lS/k/Ov7v3PInwxdfp6So7kxY+qvTom1lnvqrefemrP16LAYAcINLIftvfKpsCc7O74aBsJuL0awqyLDYmwX88UZDj2dhTzVaZdlMcBNnlTeNAQJP4HTzwm2iZ9fequxKy/KOLd9f7jqpBiFAximxHAvCXNqxGBu3lIuTs6Ew5PgcFPLV4XNXJfiY/g3aHi8elbH2btjfZ25fiZ8pvGzUI5naM0PvWLQGSSdh1HMgtF8yJBjcG4QCla4OEe8Nu9dLsJzftu+UxqnXHmfZDpPxfQSVcAd46AvAua71kc+ZM0ypcNKSvUxWrmUvo6qeGDhcW7k8nqchjvLhzafruNMzzHiCurkPZsNeAWcqYPY+mNV5IXCeEaL9xrDFN5nTJ8vQvqmyXGzOSOJSC33zAPShjfcrBw42/mluDdtpSUt6ugEgefFlk4WnYLYkQbTPUmC2ZF6tgCeN54FVkve/3lVhRPxFcCytS4imfHlSWSU1OuhbtCMITvLkxz2ulnkJPCOmnbdwcd2H9MfSnXuiP2RTn/UD3/4o3xUDZsN0YdrMspHT7szdvHacCJYX12p5KFfrCTCUy9GZG90gHBFIq5rkVY7WNubbTQ68GccgMdNnEUpP8k365QYs5y2C7G69twA79ROKiZszlFgluiy64VgeiYQ2GRAMAJLhta9aYxpHld4usZZsNtqFOGMWfuPd+tAxvOYucnC55Nj8JShY+TSoJcB3pVIvLmUTwkrALNQuJb46/GoJeJQniob8Mwen96Eq4SC+N8jmMD5MQJTBPfYphwchhEkROyghPdNmpHu3OT3aRq8XWeKFSBjoro6SJrYy8mrDxYmbODSFt264uDDtgGXRB2L5z+htYkeAyLGParaD5WeXpA9FDeSH1zfR4CSbV60VM4yBx5PWDJinusnLs0fpGMA2A6xD/DVoOAIQS88tWYldEERSOU/hf2PyDvWoAvMjip2diBBNzn1eKLHosbN57UlLcqofCpmWFRR/IVwqQjNX1sUEeROrHhYvbrqxQl+cYBkuYUuV5G6K674B7c4dfcqZ2RZXzUW2WMIaceXYNpmE/4wt+r/xSOSY2/EHUSbycHa5dUpBhF9a/4oQlLPd594zNbgEV66uRlnTSvy77YJpd3PVrpZ2p2PZlqHrDXMgFGgt+Wy0ILA05ERd550ml9RhOwE34cpouqMOUZK4ESb4LGBdsrfjwe/7m3V+RCmVChO5bO4Si7j9nAmWKRcVsd3+1ejp5Rd4U93c0Sn7kwePU2IbYIz1/nfeZ6qvNX8kNQMmdOUFrYiNFQ8PieLnwUcqjFIgqncs1uY3FUs9sBz+OqebSG1b9TduAbefupyJizTlzAiTX/D1aje3IHJwiWK4hvpyJz/pvrNhekKri2zYkaXuIUOB8Gbgp3DxBfWYlfwgPmeMbBHAUD4ZD8x1gxCYhJEEZIoFEwL4ggM1dYtkgTnsjAZSQKiFW2MVFygVQgF7Y/OJGlz222dUTC23O3LaFwqg4zOr+8w2WZ/Y08YSW6rbIch4wofuu224PJft6tj5nx3d2i61Ri6vjN+YxvhrOzvIZrOd1gO4i7q6PeAGgkr47Q2Ft8TSX/xbDOR4M8nexN8/KiyjmOB4PcIlzsk+J2VvVgbDMkSjQfHrvVxGcli1WqS4bghYyRf4bCDibbhEOn5WaS625iruSmGlC6WN+/F2T0xyOMtrAoXRweCA7NGgAdRcKq9DNcXHLs7aQx0PLW1vGjx9+HdcOIg8NVIYavC+MdZ/dHBuZxyTXCrg8OBsOiEoml3ws9ayBVNETZMOEKb0MjpzGOOll+fsuDdvTn6GYu9diAgn81kPzrTsn+YJjwZnXonpD4scd//i5HBt4fBVmVn+yBYGHWbjgGyqF611TIl175TG2iaXuiYZVC7xyV43qDLzWKFoRT9WOn9FWCwUmfikUqQ+45MLF6uWbMlo/RrOSKPAKfyAfsrM0I7jxnjAyngPxrfYCpuDbxOg7M/m2zD039QqHeTkD+5T96xWCCykblholQSjKljFEIo9MOx3GCXyALdn4MMdLepRlJBPO40QfENLiCOh/DbZcGrXvtY+riQOXFRaWkam7ekSfO0luvVGyMmhn6W3gjpUh/u/TAKxm033/usYwTpEAx+QgeCGKPfWESjpAmHKApL9neOL48DgYrVyYu8U53y3hChVI2SFf3YfvKYegez1rLJ75a54ajwtXBBOrdJjdRJHHEaCISAjS94/VvNeBQdRqbRkcVomJcFHtMQf4RxbG+fyrD178eb+QvZszE/0mcOnyoo1XLU/2AWHVWRZl2T98Q3Mq/funKmZJderh/6JlAW31fTjtHk/Xr7HEYzfs4LzwHmRRir2M2+heh2BVaIIpFtOjVZ57y1lGs5GGLDebMb4pFFzzK+da0eFlwJIrnmuCrGNiloYFFGKtfeB75t8Ak0N5lHKPSmuMaDxo03UTj1/oNsGbkLv7ka7G4QwZt9hYmrOGGhEQLxiPpuKVt8hu90n3twlMicYxQhF0ewea9VpWCBVpdDSrLIyiZUbBv7xlH000jK8zzg+xR13Kz3sf0dJY3qIf3SxY7bXkOOF2iE4cABfHH8wHR4k+7yelJcD8zoAsZ/B/gQM+WA+BdUqGal8LUY/DElhWK6D0yozujxLnx8d/W5pBXyob2lP8P0Bu5xE3e28f1MSwwYx9ZxXATK89ZJAyA796MdHj/h1gvvb6xgyluP3MzHAXipiaKpZfDdzq0PTtAnTBywNDw9VEEc2EcGJNbsQ3WS50fTj3mmouG4mhpgeL258NqKb1N4IPF0sr2VjbuX3T1yr/fJuEZDh8bAnepuC+TjyHbLNv795D7g7/m4GUNeqS7aw9R5R52emPyo0kW0mu69MWopSOeSgHp4BDMmPBAkvIzlPGtgdg8D1kRcwV8YfC1dlGhKgf6b6CY7ym5zBS59BEja+zjl6mQizl/QlC0kYcys3Eb9iqoim3BudvkiEeZKLKMCjJkAPowoLYvPMY+HYiABCjlfgwC7gilMkTdx+l51FDRzlznyudlaALEwomTrXSLbFSYGhfZa9I3R4T7xQNJkEmMzwQhNAHmzcnGLmy3RNFVlCgQ7JhrQRIv+UiUtVyUtE6VkuesXA2yGV0CX/EZmEWkWIeTDl4CH/0c8NrHESvPOYa1gDJy7OH0+N4WDieXmwIzdpGwTdfG/EEvuKHcFyiBTC3d5jWJA4yaRKG/EuqFa8/W3Y1ALpnCBQgLCC1Hii9NtGBPIORqFlogwdsXxiCd+89JuoPkPXSt4DVEfV0GRRYqJgy+lj9FYMeqZgjwxZbtLl3t7/mVcygsMPneiwb7zSHXM9rsEmteXuEthXjDU9JeCbz3bEL58EXNjYgdreEFUZwu3OOfJ7km+nhcsCjhA4btXIZRCVTK8Tw2R9Ya8+a4kLVjauwHqOWDSrmrpyXfg6PAGGE1c2YvpbKcJG2U80ngNxBWDYFanNlCG6LOu9z2oppkmsGBpkrd+2mqeqxmsgLMjLQnbBPBzMqEph1RRAZ01fRpl0mohCabWGEKYmQT8cWUfTHGi2ZK1/iI3YazH2SbXt/4+xKYljAiQVtt2RUi3lNC+ByKfRN+TpQTAdcwyB+tj2ira1dMK1zKPSvLE4IdNDAKI/zhk56TS0XILStjVqDvhmNYUrTvKsFz0qgHZ7unmZogtQ7WXizcjs005sYzj1caaKmmZOTHLQJC7EYT0vvHKV4tUPQGRtOsvqPHMuKQtyy+FCf5D1uzLYRQbBsXTJNYsuHEpQpD3x60uNbC8dbagRy9srdtqlWns1U5lOxW7TFALhXPTFFjYNzWW+O+Um/y+YCBxLu4OMT7IYwCP5pioYWeAWEv8uY/Ph1d1XP+7WuOqvp/bK2LZC14qmTIhQsm8ZFI3PzShm4/4kuE9sGtQPf2ckXptvRR/GAWCIxR5r4FOGpQi2ZTKJdtVzmEAtAHB+V8DTtcrtgtg/Ln9RitZD/8KrfWt1BXXZhritlIO9ke9+OTmC4FgXKuf4zNgeYVLgxSM4zA8YQ4qPz77lKeIxdZEiRzpuGubN1+zkOVNeMnfBgWIasmHHETTm8cn/mPZpgzoCDodduO+0248qW4pimkhnBv33IQiVFfV4Ni8K7a1BcCQpZedTiJlSZMHgg4ckMNDz01eirCdRNoFKDfe+r6vPMkjmsSTDxyknW3RenWvIXfUz6xgcGxvcSojkQ7khSK6UfsqiU4nWytk6YunVT708t5dB6x7dflg5TMnwKN0zowxOBaQbBGaY66jimZ9kC1IdAqvVxCMHGGIt9bAhovoyJA4MAJh0mXIEr0ORE5Xx/BB/tP7QlcwZaVQ5T2xpklNGjRK3LK2SCoXyHsrzxHi2l2v5VOKx0CT2SYoVXszb2dCb5zIRebz75M1NPvfUp/ms27L3/XgPwLyqEt6bghNYZDrPWvtbsMjmTl7dFXQ6aaRFEiSHoIKnI8RhAc2IeOO8IFHGtcBb/vx3XuW3E0CQ5lSHACWoyLXU+PDLgJqK9WGxLsRk360fM8RoVWJWPGkF/saYMcXRNr4l67BD39/Qyd0+W3WC8p2z4sJgpSb8jUbuG7FyrzRdal0JNu74gLWrfc3jTERdIcqMx/eiM50QGwtCW3K9pXE0tdBJiN58nw1IcOk9EUOkWde98ygEuoMas6HAE7a39drfuUrnWSoQRAEqUx1LT+ribA9eeXba/79rqmtxFA2k8WpuLK6AmPmrYO0qbFv2kaqwxSxi9OjFgx+BUP+LELObD9wCXWsEljQdBKA8JAsgtq+IELvKEaK+j6kD2gHduVSvspGPP071bDVc042elQYk82kRpQOIqRWwPW5Qeux0y3fXMGEfhR6xFbLig2Kt9U0N21MEzmpt48b3xmPxf56/IP5hWIBBbfKU9n8DtzBuZttsEVO3bxTb+PYk/qXWfFPj45YGoHFh0CvdvKew7I6WmO4oVayQkj7yy5d7HZEAiL4kZC0THjefaIrxF37V68Tw68vb+YXO+VlQ/dCTXq50BSt8bZzkwFxgo25b7F38BbGK3bmBM2eSfVJ38NRobHDUWqSm6PkCdpvhb2JaWYt0H/QT8toUo2DaOU/7YX1tlTPH6o9CSJBiqeZS5HnzrO+60zzpBEj+fpnWH/hSQEoFS08dMp2xVfmg1QkHaJDNBF82jJKGjDS/D8J6q+58ZZF0U6o+w1hDlCFZIg+NBCo86srvrTfSDUMIXplZrwU09WzZRuaTJRHOA0EylT2uqmZTsn8/nSgieC4pMoOjKdvUZRnh4hWO3nLqejplwKo9fzz3HMId10tAX1oIXSNE1O5w9nHMp38igEzN15WN/CwrFA1gT75xBA4q2nzWSWmq/97uyuHD9wXOZWn/K6qzYO/WtsZUZUISmUptsF3be1PTVWwFPkcW1j2nbJq9UW/jyPJdY60g6++YzDUdJpJC8XKR5KhrRkepTpis4cGylnDQvhVKx8ECGq6NBbBUt6/wTZtML/MK7Si5iT1W+Xq0NXokJmFlY9gYKjp9Fdty69sx5o8NJVfVv+aC/IUp3IFQY1iSZjlDVtNk2Hqubx3yVUzkH6TFZT33d1ruht/cVXe5UiBTyE=",
"search-op-BeBZWdc5-NCD30yL_.cjs": "G08PIIzDdPson2Giqubasab1Np/XLHuFUUSvND3WK60jEZKQgjkgpTWIQo9P+1r2++SfFArhEUZt9+vZYnbvrpj7KYXbIYSgKBwuBZmCQ+MEy9ioKq+FFTg20OZ/Vko/X/w3hvs30k1WbpY/enfz/+dvs8+8mwaCdV3vQoS0AuUjpDfLOQj4yajP4xzm0NxEUKW1chRA8JAIra+KQEhc/Bnh+OgpivOUDALnxU9XVnzBL88n5GyhbYhF5G/zfpk/Mo9+fdfdLb6YhkGRpvBQd0zqyvAqcGS3r0DvwZux2cKUWl1TMFT6PsSJ71j2eeei2van8E1poTaYCPlb0iVKI2fYrcxRNrBi1gzCYZDko1XFSoJFueHcBtVIjWr88DdPs+bfpcOJ4vH3n79/fk4UY4YM4dKVnCklit3jzOZSoXPKoMB9MTRAxpa8BzLGy075wblSXD9la+tNC9ZBqyDdLdBycDMy++dbjfZtxZNuHiuVSg8jWQPdOzwVqDfsxDNApzY71Irz4pJsoA/0wN1CmcKL+UEmESoo8u4VroWE0BnbkobB5PU0Jlvkcj3vMh3lvxVrCzgTY9+uUENQMp8Ylf9b/C7/EhtCEMQ4nWVPWSIkx4igZDgbedH9ZF6UyFNvnaidNQtXXfBi7OvmJUgxF7l9FVbMm34YqUUxuq+VmGbjeVGSXhFBhDIUbl/ues1CbWnJ4J4LOVwvEbo99k9V67grCTVYIYOsUEw7ZDSUZNUVEegTETM2Im0IlT/YBSbYGvmh2KNqd/8JmS53AUHM7EQ8nPoprS4f8hqkxTUBgQZbIobePvwhT7j6k/LRzy9PP4NwF9IZCPaXM1vqKOhN8sPTT/L1058P4VZdCJ46SOGNDbAWVWpb1RlLXNcjp7ova+tOiB0OeRRZ6XxXOzosPE+etxRLy/24oj5scdXAdyZh/6JbTypv4PgEPj171i1M6EE52DNWdGWP9gVssVi2xD4AIaq54YOi+Ue/crSLW0b5cUA4FKNpb+qSC/Z5NvEGhGkDdIXbNwYwzzSYufHSAWFaag7BSWq8R5rRuAPhyXDQqrbQVubUCm4HG8D1EVSLXM3pmmtgWu3SwXjPPVn11HKXbWHDOhcijq2Vr+Nm1HwOAsJKeRJWIQCoCMkeKRA1nUeXRr9KIYpDUBostcA9M7OzekMI4i96ZDX+KoSBjKprGa0MEXNuHOsvPIpaKINijHd84c9uzjkiihYzJxWWTYFpoYvbnkfx2PcoDLP8DS81Grgjy245Hh+Z/psJpit0myeSnuILE9WuhRHe2jRbHCLEU7JmFQ0V6zNa3QY9xGKEnFMhu2Z0eX18GG4qWc2hj9uw2nVAGtaD0NC/XAWrmvcypN1GM6iCXQRXOoagdD8JjqlhYDpAUGaKDXIlZVwfhCAUmdMG+IY2qrSm+WZcpRvO6p1VVsuYNMuHCULmPff3jFn/fVaLI/YaoVKPECdKe5SZsZ0B5GvudqqMS6CBNVQd8WSh03a0o+vN/u/yGuoJLF+zhLpEJCvED/FR7zurcJ5GxhYYyloATYYGW+JmtyTNKbX7LCWB0YypKwJVADgaV0ztUYsw6H2XiB6e6FdRw+jYRIpGoiMvNXK549oFVJ5ETJuW1XmUE0+jrG6eKlcVGgTW4OPTofbrMqicmsyU7jGEeYorn6uIlbfWMhnLJelbQ+2OLTyv8kF2+taKb0AkBw0c5TCyVr6aMgzhRZaZHdNB0pZR6piJAsw4yGBi7k6xB+JIKPtQxSKUTHQD2R39ynUqGv2saou/uOWDyjGSjiAWSFUoUt+Ylnwrpu69HQ73qQ0t2KCuUeAKPvp55zr74wz3krMQuQ3OHQpk2YmOHhd5ZxFy4uycm4OAFUIoecBMnstdVHrOnujF7fy621w6IC8/Ge6iCT5TT48brkbJQoZA+jMlLYF33VVzLeXXiqF1yu9SZKDg5/oa5zWQVRzdJTWHsyUN548GLApQbUXAntLpGkXHDnqs1U4uiqzxpgDCp33IvEgUNh1Cp/Zoj3H6tTQ4reFFfuVA+CPUAQ==",
"session-op-DI4yzn4A-BHg3_0IT.cjs": "GwwGAIzTDfUosFR9up/undNlovUY1CZS072b3aO5Sxxi9hNEoceqMRUmykTKOJff/b3AB7kgiWyQZaeKhKuqja6uDnHO9AppzzrgZh0hDnEXjHNRmSa+EA1VhZ9MrwSmbSek+79vKv/l83pe9PUjL7N2TzgO+0qI/XvB/YrFhdIhyU81YS9Mzud5+jTFs8KY7K3WI2YQ6Yfjv2lSMXHmiJX0d9Prs7CbbGtWaHTbXXgq3uIEnp+d2QHf8UjHj6sBmKQ8+kRk5X9+IET6NuaKVSX5hXTuUbAW1TExVUfbThUUz5d3cWGNoxmi00QlIY/Hc3yaAwp6G5mGnWE7zEQBgi2IydX5Dvm3NPjOrTPOift7dm5z2UUweykcArqsUCPU0RC5nZzFErsTLS+pU6g6xZa9VFb6EqRYSr0LSFEGW+KkZQ+Ak+I8QsQ8rI6shmkYYOXk4QiI7XDEyh3GIK3tgOo4iRyAmL5C5crfkMaGBDGhb6OMK3b7nB8Qsqis1KFuTN3fgRls7Kg+IRCdOhcrDXbqRf1RoXokYCPEkDV8kFpOAZ/+lek+JMooMMs5AdBpr3mvVBPOUT3GVeld6Y1OcdN7ptvKs/ihIiKQBm/CHJ7XUZYRbGRi7J0vL9OBwDVNiHNcbuJuCWGJGD9BvQM4t2G4kW0haUKJ4bpThVTq8p1F5a0nL03feFRfGbJFSycfwI13COVzsPBTllRb/vErCVy2T+mmM6aAcwfXDoFHeMNB5OwkvT+jWAcWN55DyeFjoaO5VlUV3ThvhyW6ytrZXRh5IcQhafxc2PpQno+aXrNbh0pB",
"session-store-DY3jh1VW-CA63Lle1.cjs": "W16CweC4Ds4DKDrs/WUNeAzgxpCBWtUPpxqjpZ1zYxai5cuS/Wq+ZjNbNv7QGp0B7uSIWJxQ5sR4CNopyiWqzK36g0DtqQj3q00BJQ0nYCIp/LfN/Es9uiBLa2FB9Jzh4EDH2kMVjksaOdIJ92dL/bsvJ/JKfx5ehISX8ZDw1WXZgVgiyI4GENRS3EVxD7dDTEu111uphBc6+UoTNNorpaeR6kQs0/Bu0pXH73E8lPulX6PeUYEyXxU3qfGAlLNSZ1WruFOe8cY6g4w8+0Dg+Gnm612X04O6mNOMqC4rhX7DWTcnJ0UgGWn8zX7bMjxUG6WWmbPkR9De13aniivL1iaeoBJS9D6s9LVe1c9eTYVzFJ6CY6VzCLG6IJFYgp/+4AjeGSYHfVNfp/XZTlO+8PeUugzpLgSOgahGX7O7/71vZbnUNcAqAVBpk4ZLizMU0hq6tJzOe899Z/v/n5XTlZlVi8qqrmBX9zaJBkagBr2xI9+97/2fqoDILvQOqxvYJVYIaWll0zBp+EoaFj0LGItBa0xSVcYC7HBk/Gq7Ft0fvev/dLdVr6363naA8AskhO9Q12FK6t267dZulbSEAIHfGGM7O1OZJtoNHdKT4TiD1eLDoS/efXB0sl+P7Yv+bSYAsHVjRFbxo4LC+CHqhmb0FAAjskoXvmVaN2aiiML5519ywZe3cZ2NPxqQm/K90sHNVPOfgPkIE32bcyu/3wLvNqHQIx/HuZwajo2dlfaLyGdKrdErN7Hk9pvl1AoqH0d9d3Tw6hjzx1kTAFhlHDbIVxOGzX9Ng/QK7YJKIfX4zM+kL0FvE4GIUoPZBUcdd0ZYQ9lGi/q97aGfJtxV98P1r+2P++2xn7WU4mIo1Vxx9z/IdffuMy2b8iMAiuj4wtOnTqb/8Zvr+zE0iTdJxA9fdxWwNyiH9y5el6BV/C4K/qsZYTlM6Uy8BEa/2QtLuv44f+55J/4D3Qrh5ModvvWhWyUmJM4Zx3XiaKsU8z28NYj58B/o9LBZ+9z/dFUtHmctbmUc3A8+9J0/TPbqcgkDJG0D7lHvOOvG43B/pOZ6fmF2fokPyINxyeBssDNpVqjCthb8vZXFyxF6Xt4/HI0IOjFbPx7ddPGVTsp20gSnAI6dvkKop6cV+snwKE2R+gH2WrnBtgZfYOKdeQwiZVoOtjrcW0sHo3FzSbFhuiRmK32QDEQsC73TlNRMsFcCc+OnoNpxZixE9yfpJdlsOS2tTfselJuq/TY3hVyucTJ567IeK3AalsygLH5Sy1Zxzb6x6ZOYwr+ANUyOmAmFIKSwK3DYgW+GNloXHe8d0Q18SnrGM9kJFO2Bp337xiSZuEbU0snYOnEcIUgolvVKbn1E5/GDkQuw+GRLTmdkICxuvgLdj6S4duF9IPYC+eJNO9d2kx09GbuvFsxQwy+yYSvF7SvUwtTA330oN2hlB6fPLPgq0NOmodrf6l4x5kgGnmvkZY/DKm8MMDEaHvQIjCwA5Yj4HpgmjLqx0g0Db0LxuzD+DYrVDUM7DcAVrmi5BKKBqVpdvnIVGyhoSq4S23KUcl708Y+fLDQuudKsYA3lTk5w2JYI2bm/6/twphZk5R33Bzbrdsn+6cJhXOCGE4sOB7YzHp13BuHCTmlvmJAfmGG0xy442tJDg7WKS8K39YbK6LKJCMlazTXFiC7lMr1yixWIKxhqMo7Vg8L2SN8w7NvgwC+dJdxqEzgdNke6wUrcR7dwUd2JX1KQk8Pt7o+Uwp2Z1gWry7uy0kq0qT/wq6z2/D1in9yE/aNO2zdpgjQ+inpsW6WTH4zL4tvbPkR2Zsu30LrXj+bHis/pOYbAQZ05wdCHXKZ6wQw5WPwXO/FCVliWWzvkooPb/qHMuK0aVQuaWa/onY6NYASn20aOpanGaqBeVFOQfEAXkHWyS05TlAX1cU52JGMXrfH1Qov9vVaFxCOZo+tFVyL3b0ZcVI5pO3V1oLFE/47RaxEC/G8O1wf2IoWt/U5qOFVJ3+6EPVa+/V5OuHUoUZpxBbit/SeiDI6RCkqd1V8sWdUGRircwEbeSale+YOOyg+5hNDm0NMBAoJ+paptU3Rii8RgvyosdyA+vv/CvqXTzsNpd77XfzP+Z9/WDv79ikv1SRqAtw1rhj5353DgeBk4abLvroeEYR5mxL+19ZFIC+4OXAHMZ5KidvJbnL2DWiC3zsshvvz46rEEs5XA2Ii6vaD2k+YiE32AlchM230GlOjRRwO5Et9PPOXq0r0Q1q7F6Xm9OO2g41rQHgNW1xw6LaHPLqSJNRqeufQ+fHhnFEzois4VolmiWy4C3QS2p0AxPsmmV+HQyYq/f8Xbn0sElBZE2oEI1frkbL6oj+VLKN4gtZrkJKMVLR+6TgEoxQPrLO1BJda1cLphpnpQ+Hk+LYdvfzqbiVkjoab0SXe7cjrw341RVookT9LPYZG5XU2C/qkcuoNum+zuwh7NqOLwXzbhVEtrOKMMs5YeHPU82VXr9g9t7089uVMM6oWPWabViUsTTaL7PMCD0Phom4w+yi/5GfVoYT4BaYmtNbe8urrPQmAgFIASHhArBT0Ehyvlaby9Kakw28pdMCX9O36KnLO8Q5Wu/Kqhg13hEAuqljRuc2HDK8w0rHmdzR8gvaVUNR9Z4IsxUiLE+UVTiuUwgxzHM3blEudfqpGzbZ1PPWdgTRzd5OG53EsBPbPZ4WI8ZFSFCJkyQgTQFwsWYgRUrTTZTnNrVNqqo8wpkopFFgdY0vB7LK0ejNqw7khmYRprUtU1xfJ5kHHMhKiZF6dB21YjgMRZYbqRLl3tpzokGlBE05i1+ZV1yI2cfXx13M4AUfT6ao9UaDmuskMpj5Dv+WSSidxa3DoJnOVVXUogIrHB20j7SzL4dVey+dKJYCJrTmeOpmfetk1Jn8nKFoiswS1lH0BYjXabhoSAatzpUBHS3wy3qBQkNIBwzz2SeGSrUDwn5ZewBNcs4B4/YiX96i07mECXeRHNtOfg6mhSGeaT1i9lXL3+0h8vPTUl/SNBMDSOa6QSMgnv8oRUymKlfybQxVBFx9p61VBEeQ4Z/arDLkUdGGm99dizlHspzwai1rl86wlJNT2INc1VTkAHzpVDqVsgk5aNqGa9CCjkfA8/DiMOc4Muu8KBZZe3/+8tpFs7o8jrD05NyysfPvtlqtmDkHFYXUXDWU5zC2DsmW4QkAcN3WNlz7HJ68QoqZXL89Tda7T0U1GiDR3VmEHaWqjbkQPjVxIS4owpiJTujGsmFPBteIdCl/87Y32ImMgjhWy8xD4N0S/y1YLAe+2n07B6cK3dnzuENSE+4ljP0V0cUpFelhEGC3GH2FSLRD50qvyyJyyfdzBlh9hJhKmwwTCCMafOt0tCJutaa/yd5r5+LTjNmsczI2+y5hRWdUIWOZnttqZM+JyzVycsyEn99ScPE/eTsJRQG4aR5xmgUvJE314k4XwapdLkDtUHSoW1a7RHUBAlkaWc1XJ+c7dLGFObbz9fy7t9DFdnsXleZcP8MFOcblNGLbWgr2GeOTJnQ19AYwMa3ORYrWPgfqcUmE+7HILkMHroXoAmjWjtxEEnr9mDQn54/BMXrAvpJliKBtQr2cWssSf9U2i44/J6RHKntvUhbkGg9w/h59qaz1nvGTN7XshfdubQ8PbBBMMHb3yfTU34RM9YmvMOVjO4VBNOPVDI1EWEFCvez5WbijrVD5dpqKM0NjUOShN36gvDGqVcUn4kwrjm8VnL2CBhG0nYe9AYksx+8jQV8NtAiEC1VKn2CrU/I1W7WrX9WsMsjDbEfqPM5LXp1CagyPvlKF9sYHnjF2zKYUwfoTHLHpQsx03NBGx/cMu1u4qpsFQkAVVm/nMgeKiSWA1U2DcEUqsW9a8VLlrDEBHT4AKFnigYS00dBfyMqZ1iegmJBb2NC8z7NCMOkv5oSQ6leBiW+BXIj+bXPnQ6zMnGB9zqhirwY1qeyzzN1XPqK606xTHxW5D/UmB6ofXLafw87Vhq28kq67T2lM/SAS9QSQtKqK7MmnGoAuoY2l6rJE6oyLemQznqi5gGboPWugAnpkmeFwGs1spMDgMx/zkbp+gimZjk+379EKupAxkCg+HOR6pxsj8HnOXdkxCefiAKqo8KFJKPgKsxSXw/BuKV4N7J5ryGHgDBuLArMkrH/VeoxohVe/e9MdgXx9x2HGHS0+RumeIg/AHwf9cjGrCIOdyro07siQ3VYQ36Wi6SNWGtkmfGmAnoOkkcQeShWtFamaHtpFWqR7le2oCDxWFkE3Fk0wkCqcyfPuwO9VJmzKOC9+wzx3unAvXrHP4252QMQ2zUNTpgZEv2jrEJDsClbYfx9jnp0KMK4sl4bOyVHWG9tbPAfn6ruVV7zWOg9gVJWx90Xt6Pry+wo4KrVqAnqdPnwL24U6BpYzPvWGsTMfPnZpTexdKWp/WU1H+znQ2UvqBTGe40mQ8y4eot6a9LDLcseHH4AG+ejQE++KAnDkzCh4xVwZJb3fEQ/BCIWk0kPwiYflikIeXCRiPIFx1T4xK6WcohhYsajjID0Z2c7pzyXhlJMOX2Y6irzsUC/uNU7YJULVOr9fcIpcf3ukcmfD0zrii47jnCUKUCq6ktRAlaFaKD2edQwb4dGqQHUcAI576i9RkabZKQVSvhH7QqSUFCysSIKrzZi4Wtg6nLsN46/rgS5DyuxCuHgDHFL5hNkaWaslKGILQcbi1MV/D2B71O3ekwqXZsdeJcGQzdb/ULPfQLfjI3Qp74BOS4JJ66RWuDDcfZPqxR9k7et9Ei/ZZw0KJLSRR4MR5vhyCVe/bH2YhQEz0l7KZ0V8yLPgbmFxIxiygYxwWW+lhkvce0QzubV7p+S9k/DjJwTNZqnmXYdGaqdyV0LPV/yCCkQoinOTkg3ahetAbLCA/9cPQADT6HYFgIQcwYDTmSzFCbtnkNhhgXrYYnJmKREQMeEZJpUcma5ebmZo2XES45pI28TlAp48gFqeGcadsoOZarwG45EuH9ipu21p8go14d6eIZWxQpoXeSANQEnRB9RgZLOe/UWPCPAsJ8MgmM1ZK/0jzcsQmbFxGCqKsQxWhjQYlr3V3g7+kweP8Iw7vS5+8qeYzkid9yM1RX2DuMMyyYMzEfwmrD/hx42IVjNd/kANf/Dssy2iXedcQzJNLyA8r+UYnFamDQC835CxFW9Xxutfqh36vMIf3/w5YY+/d5KRGGCTS7t/E/IObC1zGSmufjh8boKN87f69y+hisHeXb1hTAlnFntotdMrCGx0IYsFbeLq+tTiWWo8IW/vy83qEazJvR4ZzILTOxTpQMyz5VpOmqVsxMhX08rOZ4YXqrDHF5Cq+ND77qH5EbFEnGJekM4sbWd8N0qiSRhs2lmrYQZ91wN9oBdVtGZVJs6RzOLA2pH/fbn3qgz28pG15N08Q995DZ6BGxZzjDxJDa7KhRHSMjXaZnH8ME1x0vN4HsW+rQExlJUc9/OujBbf8MmdedufDm9KcRyYfyz/w2QhPiHkZhpGb0FVI01iqSlXW94zWWgWpwQGOHPyqoCDKpeD8wioAtg/zZ3HRl+xgHZZRA/X/W/Mz/2ZiUfdn+19AgLUoVnM42MFci9Da6mkP+9mTosQ1agwS5HQAgYY5L+0xjX1IB5DdaQrE7FVIus7ZTMGtzkiGWqQqDT44Cp5XwqQaxk8ja7icDcnkXjgcu6oisVGhDsQkZyHdREqkd4nOY0AAz97xptMEi0ZULJPXiWGhf6KlHKNL9YpxQ3oYNLhtfe0hoyF2C8QXm1iuA6NreWJUitwJce7VabBdytzCt9YD1gjaggWjQgVI97iCbkkqXHO8mswk2RJ0fbPZtszeDE735BNDdx9C4wMHYzUQ31J8ZFmQNOTjvuRQwmTENjgxk2XnSJ7cBSkihGmgySgttFP1F1Q42/KbWjMrt8YhzyT0nL/tyDJMLiSv6ff6zJykH8kn2rWP3KlyGigIIWaY4f4POVLVdSICMkliHR9V1YFh1mt3mMhrG3y77QOomBf4Ljb3JMCi8ghSRg9S6peR14O5A639yVDY+UtGiorGk6VqsFNCVM7H8+4qrwLaHnM33iPxjxOw9LUghKVBSt9rBeNFZdFeBlxCxDFUPARFTKO5f9McXOAOIwLLPppp7vAHSfXt2gxYIqoLEjiGGrKxAn1X9U0Pbubtqoezl+GRU5oEztQl6s1etG8/oYxHUHHNDDfKQ63YPuqhMaT2VPjeNzS7CemYNQyVMHpI1cD9TwCNEryYNNpxUwFPSBmMxPTSf16fjxplnEhOuBz4IEELK2DccgoNBQtMCr5wqJ/iThNmPRoTesi5N+yk3y3AVcoslI/oU7KshRK7nrvvSDGC9F/P1soLnaK1LfM6wWDLYWSQmsZabkpektNv2ZRGlPQ0ZCYxc0rKEjMPFjWOeLIkYSpBPIeO94+VxjvyMYJhGvfIMj76P8KDxnzkpA0ctf1lK80sHs/MEZHlMPOoFxZAPuUSXp01zuuYx16qZA/t7iBLnphWq27c0L3YGc7QIEfak4Jppi7B0oTVTJFXlfstyava/KX/IPCCj1JdOc3/oJWQHxPEm2CCI2Fq0Bf1Cqq5M1UEkbQtybS62TqatG10NQwTS0AbRlalr2iVxhLHDSMN3fiIlLHbE3/g3jRrlPokD66BCh6EoRDD0clbZWveOBMNuBfsDu/XYhJzuCsCCur/UDV1X1Oh2l4eyCYPpe4oSLyUfJQ6yPYENTZYmq3Jm6q8Xs2AiAQ63uof7C5rpZ5L9uCJtXw7MB/mcV3ZSEsHH/0xh6yOzJPhEQYJs3OOXGpwkZnmsOlrbcAzTbFK6StEYKVNvKPl4e0WX01N3DqVHBbRz4FXD5hL10vNMM/COv9VC/ljs1ewYPtmoychD5nrGTsWsVeGYMX5aJMlhKc+3DIdJHx5udVIvL3QVOwwiLAx5bu+LJp4wGDsvVdB5JGa/S5tgjir5ieKWeySArSGvXVL3bmCfYjhaUi8b8DtK9LjyMb8f9tWrlvmJjkeAANiRPr4qswQ5fFNwFGaZRLHN9UN9kKU8KYEZFQ3atYw7XC4QSXYOv2CQPK07w1YnsnGJaaNOlLArBnfhmrJRyKN9hMR95zR6tbXjg95hoA0e8RI6CPuUiZ7ka3Sx33WHb57tVLjbpiT7ZrFOOUjZuEjgOcykxWtrgyzv3ut5GOWoFnLdfWEs3Oiqg37zmioS1LBc8qdfWA9I1/vqoAkZpkumo1q6PVcNujIjZ12bkUy9QZ8b73+2qeOgJw2ysrrWbUNr4JY+88w/701rP89hRTG8sOhZuTJ1xMJGs4R/nvtRNOfR+XS3tXqygJ8eX9ogxAWc336kLMVh+mYkMYAVfJ1AQULFvpNWx/LpclmqGRq/zF5wNTlddSNcE42LOBglB0tPgcl0swn/9OphTfuUerhxNXL1VbEUA2mEXKxatsIuBXDMm0WVDSULC5oL5+hHOZ1HrkbIhDJ0gVe8/GzL9wMrMnNWuyntC8vKU4gLro8FqzWklsXTl0ftN7AC4p3rHbcsG8M/T9md99ws6Mh03pm4D/gx/wH37i+0y9MODi7Xv1Be2H/b4eLIUzOB96n0cfEmjNpuMD4OIlLzrKb0fEGXqgAG5oeViTxeOD19PT/tbqHciVtRkfUiduPwyr3fNjytNu5/kOpqb/qY+lzRQ+0fnsdpXHQFGVL86xvPJaOBCocb6VEXm2a8NVIk9bnLhfYDTG1SUbt4K+2n1mvkNHL+UjdTO3jipfvdWH/wDPmaZuYk43C078l5ybm/EV+88FWF2ihwEE56OP3ilecR+ilb2Z5HXrqkHMUXMdK4+B/b/Xh/vErPVK2dwPkoRbdros4P4yJ20X06N5/ON+iEpXNjzYL6bheYlXfSfMUh6uv+7XqO2Q2D2vZ43/sVZd++i0nonO7/+9sI+TTc8zyVrp2ujxc1sU5e3q/PTmA3XbvGWszubdy/eJZeKQcgoaVqNVsdsRxV8d141KHmWqh+iI0js79+5MdyvSz0Q+Ks+c/FKnEmhSxPjcU/t5nmqWzPyYxQkHrfh7XVJDbxjbQFEGtHvOzC7Fad4PlSUX2/v+2THojKw8X/m8TZOo8j9T0I2Y7k105+8KBMyvNzrsR4fNRfefp6/m0enC/Oyqto/Xz5RWHfl3vlnS73/gf9Wpd7bnXybD8K4FjwL5v40ajasfLrzVi39Lb667nYST+cR4pdHFXnzYiqIL02StJu5P9q5f3Ncpf8kYrcWZpnuOxkvF/KiAssCvvW8FRV1xHRHUYiOhyKpecg1T8dPbgMy8s0O7quyKCEj+bvPz6STn5SFOHxL9JxewHwbzDnN1xPnz39wOk1RtK7Z6uya/87u51YKadgt5WUgIDaWvGTUElOWLTXEtBe807/Mp1of5H/Yk3njxtu19Ek+m0ygu5/TF/EBDk15Ron7euUov/tiDw9vsmLwp6u/p/uLpVFaXG3OHt6NlLxQc+mgaEPPNvY8N6piTWz4Rtm/j3V9VVtNbCQl58jh1X35EFx6PBJmkcnzQJYz8IyO7LprtpLECaJl7obeXqeX593Jxjt4yyo71au/zCKvHt7YfWfbbkxF8izf8PDmwv6z/M/uXfn7vF/40mWr26X4cO9ivMV3efHE0kQOV0XmrWKmpjRlEXYe5INK3yGzYep2LsJcY0eWEx5e3SrkMOI7oAc9hBuWzVC2yJAz1502K4Jg6g3R9Mzkh0K+TRfqYnJuZGkW2x3ASpIX0b28yF2qzXCIpFGwfyekyvHkWgO9P/UjuCkmvBBozgruSTt1d60w+m0xWFji5M1QIAVItDkB9ZKyKPNTPrIr+InrAHqq1isCIvtIYITHgNE5JGF9XupKmRUUznDGPdpuC7TN9nz3zfWYR2Ik10D6HCVv2aIL6zXBZgOpVnQMgBIKEEAMghEOcNwfRZ6iLJQIP1Kjj+VccBJisUrj7Shmxm1x8eUwzJjqMpUN76neLVaHfAsOUD+LG9wIz2DBs408hRD/DWw9q0FBNTCw/eitEWuAd3IoMm4ytGWBxZiTGhERurNWAkUmNMdgwhrGY9VzjcA6gozCqz5OjkJzfqDrINk0EXdBUpUu82UzuqcDHP3Xba2Gf6U111GmVbPk0xWEwTlIOEmAyNG8/03R4w0k44Ap/UIUAg4yiguWcFYOp5xOWgSe0PhInFHalrtcT2LZxmLudz1qtQW8IdEBiUk0lycRpOslDxlhpZng34qPtZbN17CIpv2M57H3olT317swaDy+DWOfYRdv83FgM2ixvF2zD75oyFACROfrshBSVryh6oPEvfLUUPJTwfIoQfPDL4NnmN4H69s4PvbmBNCRsY7PueN3fC5BUJ4vPrMYxbYL5ZQmllzDfjFUpZakeXqqZK+8jmgKTchgvTBwOmN7S9QuTXIR43JN/Zpbp98BSvIeOH3+WoOgJArFCVAQ5s/ZDxMzMkF9zFm21uQFb+jLCCOLnWu9IftooHKJgXxqHCwqulEqsjNr1pSPYsV6PPC0kpKzBj1t9I41QN93oX9+NMm3lEzGhAD6Bd8LCTJXs220bf+toMCtUWBN3p/hQNSZWwZEGdEgsKerJLw7UUs/KDZhJmje/2iAuuycCS16ZHsxB+lclVgd36+2dgAWhS9xWJ61IkPis8JelTEIGKpjCHyZs1zehkelPu+sJdFeA068BIeBltUKktuAHZaujmT33QB2LsCz+f7TWpWTem2Xc2y8Xl7k5pv426IS/nKP1bV1JtR87RbX1of74/I8i8hh3t9uEoszfMywFf0u+biTrthQV8sCWRMl+m5jn7AWbkhbHW4WgPVweCm7XxICIfjvihhBAmVHx6RR1Ot+zivYJheImr6D+K1//wBuCW9rjRM5UkqKuFWNgVLDWWbAqNuVpaPMb647x0aYQgliSkL40svkQaBjvdduGffRcgpdsU5uePRFb4ZPebOuyPRFr6J4KQpHlPSk8/8hiy95nBRLEzGKIskXd9ViX+Nml9jsGGlxE3ReVeNR+ForhcTKA2VXtwdvsbyEfAX8rTqvJJsKCdYtVryC6Ra72tO4G6vdP+971lolkxX+w3yvCs1sU3+WPqyXK7GyRXu5CiTc/jteVxOiM+DPYW4TGc0ZROHuc8npI0qzRg1b1SBSDkYL2EPisKkyJzfM0HjZ9XNANinMSVVeoZqX+NIWq9CrhLsFgi88ONhTwDdjUFjEg+lro4nPJmB0Ser9JOiEqUjmt7FFVrYyNmqJIaur7FAG7OlLHuJoi9O1zt9B09QjcN9/PszWYVPPKvqm2xnPIsxc5GBjbEWZjsQJFJMqRRcPFtRD6AyzI//GU2Py0gjj/rFA5YekH17Kk8m3TH4XdS6/J8+7324ek2rRXIcVpaF5NQgSuIrBxHgubBhUs1MT5guyWGlo64Dt/CF0gO5CyhtrnHDZFoJLNo+F0E4ahya2TSFQkCD+oRHZMACRkieffZvCA2DNR0y4J+3YAh7hVSnSx2yQnsUHyOTfsI8PtUdSUUPMIQ8lS21kPw7GgDLCJyx+sgFCmHrKDKnFEBZhTx/nMpXhEFj9ncJaiRpet+EzgaymbYtzfsRo4rOiqnzGhCATsAZhb3s56S4rD/2Xh8SHPu1CLgOMdQkP12a8tFWvmdacPGGfPpkUJW/LVTX3dUBKf0pA4vCB0Bj0z69ez6DAYQrFPHnsGlMnyRXQlMEHdV4k4xsxROhynYfGKcpJaVyHWUTBf2OCvRgHDC8ZTT6EywCdRXLKEdfPR2baf0fAA96s4tqcyyU+GOAPrXlUXYuMQyM4fmRG5FBOfMO7B1FcrPDPJtqfjpIE9o5I54BhOjQ1dfAMgaTF8jpZazCOINPGQcORaMhOtnRsCKtzV3Ptqt9YAjKmbwMmXBJf5yn5wbXoxmfykxgYWkGQW7HUQCYgcHqTCSotTho51sKwmHEIHiO4sNnMREHh/ly3I56zw/+gagdt0VhyAWCwya81Hcxt4WFAS7nn3iFNrfm9VuLCzwwr0yQ/YULpt8dl6+eIgcXfq6M5ngkPO/awn7blVDAQTgAy2Aj3lDNH60bvImd9J5/AB8YN2pku8jjTKf8YDMHZuDHmzQr+EZMmFJ/YlUsqc19S5MTp1+dpEmSWldacCVX4rLDNEqn09g0XbnCWBck7jdxqRQvbtlMw5tEDvegU5dD5EAVGKEy6xMflYeH2EBiAte7QmcmATGvvWNk/6JRE6Q8CTLPmfOJ6oE421yAU2LG6N1CFXwWc8zO5a7VtQ+6kzicmALZKeeiIOHC3G/yOiNpSwM3BL5MAuAqzVyvs8KwBuIF+10n8LPkdJX9ysOoPaPBMY8p/YDGVP9lwPKxKdGuveVp3a7dgLO0tSO/Q1XJ4G3dlgarNJQliLW1i1Tz5Gs0B8t5G+vQXTMCZudGiuN7IjLwyAYmlA8O9REP/blOLKCEDPqzamKQLaLLMtbszFM6NzpWCay8AJlDD7hso7buaA4T2ja8ZFow+yHzyTIs6ETFkgZs/WDGNtAmkvG1LFwz3yHzqpKEvVcDjBS6YeBL4wEzBXhbkDQ/UvXNvJbPhmEjPcvNca2nwxdrfS56nZCTuisdfpxK17cUc0LuAhyhCy11AbJcM9EF3cBVL4aC+WcTOaa6cpfhQUWg82453LDulVfyK11w1mKIgHzyUIkE71Ig7C2gWeQYkmL4HQ09gdeVftolqK5Nmx1Fkmpu2BWFGElTRmqnO/Y3FWC4lzuTjupheYYxu6qG8DHX6xCU6KQIH4K9RNnG96q27X2yhKrHkeWt8oCtmKTkAGtYjPkq6Vf0mbWaryNvzBcqYS8jxVQwx3Ua7nLhkGSIKLdz35p4n7ibEm3/E2eGT1J0w7jL9SPeO7pxNzLe3BGmLB24JVPUtjS7sUwjqgvykalXLxASAxa3dI9fZQNMNVm/IhZlq4b2Fo3Sxf6mMfOv0O78Sw5FX5aJ24C3rbDvuP7Wz/LQNAedBoZffYquLHdhXEvXBEifupRyDPS6TRKcvRowpIlBk7Oa8cmeqk9j44baR/IcmPFMuu/sr3rEZ0E52L1UO2caIfryZbZqTOqQeewEsUIDqzKm3BRJsjVKHeaqXUGk5TNrLOghVlr7sdO3qZtEznBioleLpH3MGip8/cJi7K/Hz6k76p0ko+mMDcNaBrsp4LrZ3GxaLgveWPLzIxKbPjkfbOh7rXTU7meT7znmNDBGMF0lPuXqMdfyRCgz6/Ht8KgJfCFytvaHdCRU2fLNBXbIcIm4QQhUhLaMebQXeTeYC3HKPLvM4Rl17dHVfz1cl8i92GBNvqWYTcysDcPGNEmzzcxr6MIBi7nTUfiP8SdZm77qYFIt4scxBU52iEEpbecIJmgvLm+dl8h+rjoO9zjpVLP5iVHEaGgOjMDPcNgVxGBxCsAc0WHSHFoypYpyxxNGErREw7jOGvO279rrmZsk+fMcTl1+l3cvdeyMrzQ3qEW2Zg6ugRlIfQ65YeOsfZ8+7eXHOmi+vPDxPzy8mIhZhh0MoD/aJGd6jB+r/RvnHw8rty0WGeYzC4PGKk1+lMtBUyEV0vF5PLz8P+zlvbj2Tkcs58i0g9Iun6x9xGvSEusVT1Uo7zMraBSEdpgXzBSDmXP6D7MO7XmwuuD0AfggIMufJqbP8nr9jPgrdjD0JoirAGnYk0Q/EL/CWNGp3ivKcMjCDFXd/Fw9Q5NqgqWciMl5mBxMPntRVGhVMMrEyG5AygwXqxj6Vezd2kzKYUt+aRnKXsjmGFLeJt8k+h9phrQqqIWflRlgtWdrguQSEbd4i+dockOGDzL7hPYgjsiJn2QinkzARy7mbvKtGkArjEO1ntk8vdJ8LnlNMJanT7SR/zFBLyW9rnda5q1fpyuXaiUvnpoCI5YCdJy+d/fKQb7YV13LLjoc0F+1LLtnSjIriqqLBtGuKYd07mzer4s+TK2drvVxNSr2xK408dtYQkP2usLwbH81gqItQBoz4iz2CVtg5ydkrT2IdfxAg5qfmG0nmlg8gH2yBoUFGQ9g9DE1gLCmerElc+hqN2X0hC7+5qHb/vIeg/cATW9c40oYhKij0XNxbbb9CA1Nx6elpaAEc6qyO0g+LWwyki6jTcJ3CjqvR4RHWzGMP7KG7SWRqr/oO9tqsTFwHTn7vOqcjVGzzekviwfTqT+C9uYKQhbiCNqSE5UzdvgsJGq1EvkXh1ywwCIm2vcOwPBIUjIlT1xWQDQ5shjzFfhvn2GiZOzcovB3AS5DlVgKTpQzMzBncDm9Jn3715cv71EFgmGmMkAhddgSjEPI4nxvSy8AN0Tn3kRVCFtZrwYjJVRFS134UEwXuYKKcXt9JuEzHIGlTtJor44pvRGWH6cP5p09fE7pA5avQu3UUkM34D1PO3jrMb+fD+mYatTk+J5E+Klq6N6YdJQQx6MvojDRE3hV9iJtyvlEu18fi/ox8T+9wc1Dl+5n5zf3ze+nnH73xuT1cPU3C+9DT8JyYeVB1qxcGGoIV9cT13L94bJcChRmZOdfTMTsqZFqkZdVT55QMvG/wBCQVKk2heog1GrcX8Qokt3HDONUzFUc6vMdkT5cR8M0vz2hOqa1v3MV5R961czlO15P4+uLfA1eDpYVeEMUrLj3sWKvlt80ch5U5x/5z6tc2FRw1dltzxurCk3r4oUXXJ2D7HaszAE9AnKuS+D7Hr6Qv8mFH7hV4Mczt0urehROaarvDP88PsoIgg7YLH/d3O/3wQKNmbZHoOvt//vPqxnz7DQ89cRTOxmZpnOaa7+wZmNeKMv91zVAJvI/6qHkNMq5VZ+QTRQ6gC+ba00Aee2MuJtqWdznb7PEb4/We3JTOZQVYyXHPIbfpwpEDDng5kR+tJJ3R9lTw9HPh2IJ9sGirJK0uClRisOke3kqKumtYI/f2acPdX+TGwmzHjjd33mNqrj6EFzAATUTAKjO3cWNUNUWTWqnTK7n0SHCYBwpVBfpazOYMJSpW1zqqor0WEnqeDIkvxJKuRwL1nQTIzRuKNtGNMurWiavA4sn82LIIiWrrWCNQT5GX+tcEXVKpSQOTBT4QcXjTtvFcK8XbZlH+yZpni8dssWErSuyZRgURQGvMQk5ef1V0JXKcAy9Xh/DDKHK4k9Kp+c2gDjIB6doA2XsllDnK/VBcJ22eOf3IUN3ZuW2IH3N0PfjSJpHoEx6j8bFg6VsKrIwL6T+6UVfkifLlDquekQpjw0M6op8ga4NyXSE9KqNUByQ/b6+pc9iL5X9EQta6eLYei+++P6vtyG5SER11376WfAsg18ntNEyRCNrj/pRGuRNHabAa/8wXkQj597e2PCowmllHM7WiqMAsoSrgxr6lI1lkYQT+tYhfbWPNsSVWvJibr4UO7g7LfuCIcw+wrprsxhWUPJynaZYXJ0POtfI0oimJIu6qt5pgL9UKXBIwaoRjgCnhXaKHyquHnNRYD2U/MwEZHL0uKkUBIr4gmxPEJek9DMrEX32wQqzTqOAAtJDFM4qZoq+dsKOeqEj4OKO5/mdi4dY+Ixd7nseQXaU5Mommh/eMmXJLNJdNh7wbcjywiT/6iswi4lcXnqL/Eu08pRDOIsuvaEFyqlZkDfVdVBiT2Tv81MNk53+y3CdcAqP5rBTazS7LvJQx4kxBcfGRQtG/2+3q2h85y0kLNQ4iQ42uya3slF3Ei+iwNUgBUuE0rMpnfGSf13X4ILkNEDIirQrgWTDGYp4GvD/tyLEJUTfQ+3GVY7+DY6xYqBLMNTt7VMgeRFxt0Vh5bpiZGhGjH/4GW3JMXdusF8rX7HMN12QgwJAiJHYnuiQKlI28hgiOcDaU+CmidEVFr4NsHlKWEPdFt5U7fGoqFGeuK6VgzUIvMY/b/JrzkXO312OoIkOJDevtLJVAxJF0j3Ezh5EXokGwbS5eTEe3eYYIQ93U2cLKC64u2Z2E8yrqW6yMyWU/2CLnFvKVOd8MQldO2YNl7hI1ypmaVJNV32bRV6AwHvO+Zt95UhjdLBuBibK98txcZsZjL9Yrc1gyYcjXc1pUzwLwW59aPhEraEaC/LFovqQ6ScZ0ivFd7HgxkmsP4sEM8pSecnJSVKljJsgnobGaQEo2KJs1xZW9y0uDVkExx6OH9sHiY1D3Fbz4PDQCsJvBVC2ZnAaMZWvoujBoqhUgPGlLvhkK5DCO3Nsg5RFMxiOZ85RpSzrTBBspGqh8cECCuJBinNXvCE1VNGGwmk84IUDTBKIicXp2Ss4BlVimLZBCiEa4zKS/eTVVcTMbyNeCqF0NYMTCw7JoBZ1k1JPnmXLxmuC6tu5/+jWJjoRAOi7rvr5eF5+o6b7hNxnBVPxnwQpR8EM4XOVLftuZ3T0qBSSOd54niG/uFH37pXVEcpZ/o6tkVdWBHanGvNuUdECvoGwTM48Rk8tHjTHJEw2AFByr+wd9C/3Friz4dIuPvsVzvAop6nCcgjZOkRlW1GfeB4XTuak+Kc9Vd90MNKu5h4u2alT794mPgUDvIObt0X5qX3HIKHl/qsanCVupdjjgVaGDIyMwH7+ld2cAZHkymmA7IwDh46oaw20H6BY7N8P4ZFEfvx59vLezSR2mOehrO1gg73bZGk2vDpFkoytP0amFu6RpddoV+L7kQ9SM3PZN8KE/lfim4J56jELDk+lGbiO9qISCCqizMKLN/VPndIdYtt33tFwOtpII5Be19TqfyzcT82Gi65mcCOm9+lcZYJzwIp+tNcsydk0rzTwqlN2xEZfQNMpOjha/EGMW8Dlc/bD+KToOFGZV4mOeqcMfoNUJIUGYGCYAYGz/wybdtlNmxoXgz4YIW2ane16p47d7RTOWZ0TnOAYbz0KJ4sSrbOActZn2hFKEV6JI5JXyZ5gOHbHw2LKYk9/mqVRn2DRLC071DDniic3plh7Vg7JEnZ+iDGnF2jAuxMfYJC3oyxkiSDrPgv9eehBkw9Q5wfRhTSzV9ILOI6x3/x0LKIol0JmM0ZjjYPSUA4zR+oA3c+e5pgFNZZ5WZfkIMjfmyP592fGDEaK2HqT4pw0zA7k/ZNdug/C5chTF0Di52zojE4+MYN1IZe+OvqBYMbF45cON6WxeyWAK3SJtwlRQHVBHi+EqMFD2pXLIQuWQEN/IMOwio5FfO36D9HEGYbElEs3fy4WCcQ2yXnU65NM7O6+JUG4vf8VV17LORW8wlyHF4qYeKnNnKxxRFmAp9ZmnwatRsaZ54bmUz/X0DrIKlvTvg4JH8h4QjtoEz+RHRiCp4fpnox9613dudSi/LzLephP5w0f0e/EO9xnPAIlk5wx5+rDma2YL+dIfbBOtfpqShbBXCHqeL/vl6opaNpGaIxpHhf0MEjbC501rArHUEQJ3RcxC6tE0shL7tUJOhn6Qfz5GWt8+dwX6UrthPsPzxEBGU0NERxZL1twINYZC/ITFygFc26zl/cNIKT8Q4/i8V5zZACuwVLgNnFCzoHHOUd9wV4TJJ2pUjs4RDoOMuE6lrvKJjZACUQzjMs/19hgjHVar+1GNKXPxvKjZan1T+f64upzjBhB63FA4a7uCUuyyte+JQU37xsdjGZA/uc1qy3y5xcorURNcSOImi3HbXPCsOXdOi7tzcWtyIOD+2ONHk8XPgG+3lPbjLKAzfa2VUIm2oqOoGfXe5A7bbeFqWgNQYR+b7TdBUqw8jUgnygJO7ou3AoiDDkYm4ktEfl306jpr2yS5dXCUI95J+gFNcUbqq2Q6Ua6SJq1L046mBbhKG5uXgdzNPPYsG61mpIQ9KTxqQV4sR69KbF4YCL2mevOM5ucwSSTpoCNRsQdhINVS8gUDcp8eBJZ9NvtKaLmHHU+fd4QfAvlMLZTgEwsTm1ZtHspFZNNHHt8115RAVNtV4Ltzgt1mbNvvdNSJmmFfCx/QC9vAHKtDso0LYEKMGQgJrOk2qcSrnw3Je0Y3CcPwyKKcATYx1Rejg8/a+g7rIvZWcDaAuEnTuH6UuYD7RyrKD7F/ACgro6HxjpUHDAX7hbVa1qs6PVpKD11vEaIFlXr1W8uFtRbvh1/5PAZiNbN72Qi88TUL6L5gohmAXql64GmBLcLP1G0+q44h3nHcRRwhAQuQ+Uax/q0/uqgxdltPzFE8SZBmW90SJQMn2BTcFGoiaqoCDYEjOiQAYu9hWZRQhKHYBcx/BVoCaiDehqXeSMMB7ApkeO2vbTdfDLRK+471IR0aZL4zIXqI4Ioz3qObJWIhbelw7IwbDFsbb/IT8ManFinBtKhxwiQO7yZoOnEBRJ8g+Cyi8lSP1xdMwh21TPhAsj2tlLF+VYGqxK/xanN2ntwK26EeZkgF/WwQUzEytEFis8M8p25/hIIh9U9SP5VChUVOvpGwCBppP6fRy1MZfGymAAqJq2uChDsmhJD4hf68lwCc1ppvex1MZC7L3kxWqGXEca7HhCotvWNc9Dz2f8AFHgPBiTmyPQ+aTMjS5WK4iEVrXVbrgUmekP1RZhkW3SUbVtws68zFV66qs2eUGms7oZFOLAZhhuLQxn5pnzhhfEuxsareEtl6E0570U5OL3SE8Xi8KvAPGB2SXwCkb92Juoe9c5STZQdnwdeTa6NYyBD0fn8SsCVSyxbBdlRifeUxNwiOWIxEEgm4DEHh0bD5IuqYLExeQ3DoZLbSP6kFzVO6ikMBUhUDTFUTvf2RnPqj6uO9FsJHOSMQRtHo5civUq50sGx5Y2qb1Mc7zWvKJezAzQ0KwbaZrx5fB2UzbWDA5GSoy1M7hsjw6yAIUQNtgzJORZKMMWuVZkDt51PqV8wBmzOLj0AJcC6s34NlCsrY+OUx9ikKofwjrNdiPhBzAJVHDkyIJbYqjJpZAtbysCT6XZ4TLtkfAgunIdMF1tZtA39QunhlavDpHd0yb+jbByLIu3RK0XM1EQPvXj+noZeScAcXrXf+ck1Z48OzvpK8OEInfp6VPM/OIktlBewg/fAjF40Tmdmq2Raen8LF116sbj48ciVTipvjHbnM1uMgo/MLGAgt7SSFpEAR8Ota/hFfLJ2It6FmZmLF2TLN5SzTTvLI+qBy33S0DFkPjhYtQuWyspuMdbK5O8nvZRJkJHLh8uzPCRuIOMY17bvRLaUaXVuIb/uracOmnYpivEvQj9QkrIYsxkT2LxU8mZltqBRFk3ACTT4Rs95Xp43/gplrNUa4WgrqtL3dtm+sLBx3EOLxs2WtWc/p528BN8B0blhv8LRbHaHdxsrQiuHygJbXa3B9afToq/Ixx0nABiX5fniVpQm7lAg/hRLdFkAuuyvlW0+wsaBXRmyjnDZ2wtQAy9ggkFnSuZSqE3WRInsSt5YQGjbZEe4KLPDTWGmmfwe8KXY8exXl6MwB8I/CjCaOLKQVox757hDeW1rV1ulGMmsOrED2UY5SOklCKrnRBpsUGbROoHQXYHiswocIJwpSpCFOkyG8PE59El43rM92FgDa5ILgRfW/1+xK7+jeePmeuvsgKJfCrBjM6nw4CAmRZAcRnnPNBJDkAmhLs4AQIw4Lqnn0rBqLBwQZuLrWvJFnhahpz8oVbBhGlxq0itzKKkCtPuGmtGWUrRqx/c/iKuRBtqhSpaQiyRDdK2449f2vMaaJ4EpL6on751fw8o9ZMQ2sj+Sg2DT++ozy0iGi3Rzto8kc0j3NXFpF75WPE2irrMk58fFjovpdY1HVKsdSbiTlcblgGrZ2/s3xD0G1wkuCCmF8sPkHYGO1fo0ZmUDAjIi2GOSo+UkYO4Iq0E5OzkE6ISoN8gJjURaEdjQFJdqHsTmkJLDMAeOmKPOWZUJcuKmo/RRmEod9QLCxk24L1Lpzo17GwR2hspQSg7wMAwzaehmTphJcqGBTRp8/gJTb5s1zkv/7U8NGAE/sYfN6LHXF6TdPGPuc4K2w77Mx3Y56iQAp1vHTPFrlJnQKmcq9Whh7qvldBFyxSUeeGp1BMjfUoBo8xysZ+Otaw0vrnKoSGdVwP+fESmsLon5XGsVPIbD8Yi7MEm+VCOd1KWTZqV33ok3ODDUTbL5xLFKGt5lGomJHEacAosNKOkCrrICOBM7jF3q1dIJBt/SOD/gUk0lJ4MVBb9FcUf0OSq9e0QlhUieRsrW8JyaImd7Nbl/ATMMcVK7vaZgowUTVJowwyHDMYiY66TqZeZ1RIB44UoleAprGwgA5iWp9vW1XSooAbhf6bRoOlfX1wRSD2AmuRs7VY+C0WujdjrhJS3n5rQ1JFoPxdnyJEO7yvrpyzfy4ONiFXRAABuBo/nOR5skczxcoHaZmkvq09LE0kY/26NExDqjLkI8VyJFRpzpMZq2GJwy3y2zNNwN7f0xT5t7JxZUNu7UO8J/1LbyHNbJu640vBxdkXdekSh/GDw6Quoyyfv0CCtmlOu2UXj1rREdBdxr4xlwuglX1mTemCTjStR6XdelyBF8H684WDhL4e/A8SzG9Bq/5R5y5ZX2Z4/gONHnAJUa8nqZw5TgsbZuCQUfPu9w0N6acmhpP20i43bOAuCzX02D2heSvuU+WycGUV6YVbiq03h0UbXQs64u03oWABawJPKMqCS95yEqnOrSrK4KKjZ09+WFoaRS9/BwpX91D2cX1JLF3wLyuGOP3ITSm1DPaEquFkYI7n+orq4qc0nOCkx0kMFApoegPjlauAyJMu7AcIO4eTVAAbW9XlgxFjwtmAiK+YaaEB9MlTtQ0+IYcrzSFWVgLbCFUwnL9JCIMuDsCj1wpVN4Q9tkOlKRmXkO1hJ5W4DU67YjhQkldOtshBFWp6SjIO4EkhPWRqMsn1MrVEB0jpwJmATRBM8CO2PqRGeHGY+cQVo5DZT0QsW3YZIHHCuWqA5G6wTpwOEkKNfn65uJjdDbYISiyPL5zER0WTfR3UIZzyyVir0OHFZPpk6AFNtBw3OWXw0Wm7oZWzyPdTNvU7X5dSYYvC8nzrIbFegq72zNRI19NqPKMDWPCzDh5A7p0q6JmontubyvTJQ/MxUa4PYg+LLr/ZcG9bIS2WlQ3DPlEY6NJdJZWdzJs+FhmgGZsfoI/04MS/Kjc/gYtCBV1oYQGvdsh4Hy3LO17SId2Q/NBpKGZTXTpjuJEuH869FGZzgRaanQj4VfjqhSMAVRmYT6pVz0H2jz4IomK+7JGzEdGw2HzBcTLjtOAhDZxfAu9jPagsEb0GAsKW98VpksMV2HlEuHStAaeekY1/SUXCfftyYagN9KExElnLfc3VAbklCI2ZWJpCceIxlecM62q47I8HoQ3mLMYsB0Pyy1JDVsrPRY2xlbF3Rw4pwpNKYlDcIobJngYz1YHWgQ9KPB+fWYTA7NPEo1KvpNnX7LacCiG7BP6WASYvjBVUmPQZW717yFmPaNs45VANF+YS5LKvBpr4dEnZOhZnUWk6Uac3MKXUTb4Kbo6TUIZUM2r7GOI1EIHv5oOnYnPV1bK2slwoBt9OEq409y65HzWDzAklQCQFDzcjMToKUkJnU4jnsKc0FWi6BvH/vqWG2zPGBfvjqxZKTZJNxtLc4dcaLcxAOc6NTQgw4IoubjVxI7ekktlODtaUHw2AvXg3u9ojBMaQb3Sj2aBazH0WXyaO2yJNxqyBKRTx0uE3uvAiwbuh/buRwXdix85L5FS+OddMiarIsykEvq4D1IACGujLyUT3MQbdpFlifQgtElXcGK03DOug5Cv59vqZaXFggZ7HcslxVHlBZX4Ii9yGrYM3S4bwAAliAoAZjVrNondygS+562SYVW1RWjcsr/inwpD5BEhPOkja5Lx5R7X263pB4XUQJQYk4ZZDTEQTEh8OQ30WK9JhHoKZdacsyNZejKizOUqvZUtppSUQQ5nEEVzb6KMqhAWCcyqBp/zDwgDqpWbaClwCKkafNtsbiEL2GPFuoX9yxLC/1WLbYdt5BqGefmYZMyGSCUHOmspfPv6RyO31DnybXdGKgRT0EcWn9pRrwdbVE5PamJugKJ/LVNOE6FjZ/EIpWp0Fr9xScBNZP9RV7cl0fVJFlKHiSCtEklHk9Opdi2T5YkSdYnbwi+qOLtMoFg9qUku9bvOe/kp219z8XnV+rPld+cfCCQ5dH+jirs0F9x+zOjTW+4ZUUSducbs9NFDMy2uovjJRaONPiEacPKEV3+ZVRSpOtHfRNV4txQSiHCb03NH1OZB5IWB0JvrAXyj5HQCPKqhzR4+UNQAYz+m2RzDf14YcjhM0sreUbUYbJj806n3890YloCsiTrJc2yhhm0G7hisLtxfZSKNCqvi4yKQBj0Qmm8NZYmgoVyr+Xp+2RZI4Go2V/IJR3KgfUF4i2D/3xJqpnf1G4kE4SNmMu+TlYwpQyQi5tjXNahOY5NbBerZR3/uboGZZcF43WjO0JxhRWHZssd9dHHexKSPnf2AQglBEDHLx61nnJinvM+v8aif7LpE82AGZzD3bIhE7+kl5Gdk2rqFQGhan6qzHG/ARRKboV5GX3f7B9nSzmWx55AA/hqD+Nk73If2Mx7wdSZ1jmOJ+iI9UJdat15jms4KFLlkwrmCzgtLv6qBQ+o0CCzwH1X8N2yHC399Bes5xnlqWb9SI8YaukK80yknhtMd8JXLjPUxGRnecUYPp6Hgcr7zI3MVwPhpgYZ/aPRMUwX4Rcj+zS8QkPwpJxNNaYep4WuqYuWeBOLp0X2qT5r3dG10jt18XIXjihnWnt7hfUEbRH+e6WfuKPxD+8juFP73uX2v1mKITPBHbV/L1k/e7n2VdciJ9V+4JtympHvSTIKN7pY3dKkWt/krWoodj3Dbz15jXz/DOHvD9UTcyw3QPbOLU7FHCBz+Ba9nJE8e0ahhBU2cWufkVXkETlqgky7CV012NEmqhoxG5cjSiy/mYOjJ1aIBB0BohEAsUr1pxNUaKuPcTXEG2/m1mQsIhlKqOOsSKiB5AyV6T9L1Bm9WoziywIrpE349M49c82DaFNQtvQg+j9y7XKioVGuJ5RpbOcOKBSDBhSR04TBDKp0zTR0zhGTMvirk1NCo4uxTOijKsy9pWFE0a4rmbXE7M1Q3gmOjHZGv7kdoYBJHIyNB5YFuWVhmfsxjO272X7BZ4EoN50Bt4Z/13GrEhWOrnG2qCxKdTPwmCKILeuEEThD1TCin5/33Ml8+A6cVvB+gAPWdSMFnHGE1nF1CBXrisZzKZN4K6bUxuj/XiuDlOKOdAKrH1fEkzCegiX3oWSrT1DcDzFZYUjSyQQAvCHHzx2uariXYE2bUsSaZi6P2OKOQgaXLTipt9goWSj7cez6DrhOlBisYRrs5oByZ/8RFfBcRijoOEwSk+L8NLQjfI4rDbaLo1udcyozQq59h+rBTIcyH39+ln/QlxG11fVUMApKiJ7NCPP0Se/tMQLvHWYZYmdOj1CR5VDXjEqey2P/KEXvIE37TD8otSCndx5R8CSiGhMJb93EzAggj5NwTUnDs8sW+vFPrmJWDZ85HQ51zcehHxAwyMZdQHqNEkihR4F5/suba4HsH3z6ss96xywxsm1tC/EhoIM1j8kKCw7BRNEDNhqrcMCa2CD4c6zczW/owHlL3HDecLsZe8h3/tE0p9tjBB227DLWDhgEz4gIZPTZ3WT68/qVmP9zIeya82VM/bv2tnJf114S6CaE2oiPqHPwVNFHE3MngOxgWkW9lRpMw0qreAhnXhkMUa0Cu96CzIQho71bVnsez6j0LdogVkp4bgXLKanjlgkbOm1sxSb/PnlB+mTDMf2NxCKRC8+hzn73xUq8Z8Z1yg7mH8fb8XzOFU+2aoM14S0NuPfUm3nWCY6eaZ2RnPUkkhhRPGFKSrbLRB20R+/6bHGWfxlTdlac6T8Q5JATUMvW3U00m43OZEa+5bHlIZUaVZiieUIcoCaWmT4Q707Xp09f1vpbr5Y3FmYPz8Hv0y9eBOxi1NOPbZxu1FDH9G2JTOlmJXRacOpj/DFUXbdHGo/Tz7m2SQkywYGYq5vGauB5ya8kGpQvdR3E9oUnSEPopSCoxV27AJFXFJ3BK1Fc0iVZAEGvjUHoHBvSJvFGOS9Oh5wWiJKjBxPsrkIQ3/1fU6ug3LmBrrgsGRyLAZuKD42HaDk1+AsqkJbA9e0NyfGZZRLcre10U5rEJtJQttElYWpMPGP8r0I2AV9RrKvkB+mnDYb9gyEstbR+PNNJ1Lphfkz6Bg7EWdU2sGFgPXGa7nACzpBHfCzzluKVmfSrkDPQhofPVHphGbu3M3BV7Zpb8Pts0qduUxzbFScd5U5jSOOyhTp2FZuuo4ZQPBR8clzXWWCAnGmA4B8Oqr/ahvuYC1pkgEJ87M/EzBaHGZM+aVNURYjo2OMGK5csEHB/XDKPmeuTUXxA3XTgYVLW6yEnDKNedviBikvKuVqVvTkpKV1ZhAfuSZMpd8zTH3KxYLOtjdPsbkMMCvvReD2zEKYSD6P54CRy8yt2HV9TfZyy3W+K5CwpXGGDldi7PGizqYlRpFI0woGiiRLSmWDifmFZ234lMEpkTk8Y0pSdWpljAY8hXF4fzruYzVDy4IFkiGmjB26g/OijboTW1DTnikDowsJdEcaRyvygJaKjEWzjM0msDgsgJ4frF6ltWEnvUyhXwcsENMjSXgZCEF/pJhJlCoaoI2TsxrXqMc6XutG+J87D8FKiNuZqS3EYl0SNWDZvldFeruYeyVZ4W8wHCQbGeNHDpFS5Dr885wgsEcvwyr0Swa9+NU94k69chlI5luEBUjjkrQTmchyYB33og9mmlwZBEKRdsUtl0gSlKMkHp+n4ddvW2BQcLK9LuD2sDpP0jm0pN6HRvOFGyCioPTysHdgDOoYN0PLK0Zq3IyU3iUT2GspzcF8vgmrLBW82IIfup+QPlDlD+3m5mqlKhQtsNcSyPBtWOZpKuTq0MxH0fKZJshj2IjrRG1GNwkD3/66t8DfXy3uWyTbMR9RLP5YzLEuFe4Vw9gG6nZ77gdWOfajT2NeMeGjiT4ox4clieiKyixJbiE/9KbmK8HAhwDrSS2i1OV7NPjTkBehJYswy6x7dOFbPoDzqNPq+eE46Aaj3CxMiFdPtkHe4GYeJRIwnzWKGj6gsMLVb6SfH1mUnYSfIJVC5usJldrOHdmATJ02JFi/0DufDv55q3EfQ6kxDm1KuWkiQfaCdcVGkR/RYFMPn4w6hTzGqZdeEIgRM0zJat41+e2CDb1BZADupQ3tNFqBV5ekjS59RzhkAkkWEq+pyhxfdkw8/x8A1W316HIyuhvrQwuoo0sDjUcx/RvzHZ6+u3f0MqRXmMigk2IS+GsUcl8VAXHvzrHygK6hEEXwVdRJsM6UL6F/ty9lj8Ei1mztxwIVTIHFfQPpUCf2dmQJmSKWxI4pFs+gc7rShB/Z0g2QPdNxuX6R7fsxgZWHGjh2hYygriffp15yt6QL4NQSWJ7S9QHM0+SOKbZydaWbkK3hdygk6X2FrR7Mz7YffxGwvZqmhJmTWk9RzE0U1mwZkp4odQPjNfQ+dn3ACrIX28Vs9xZ7Ber0skCihfXFZ7+Ft9cLal22OJbutt9NPtOUcUJX8lvM/B7bayZ+PVyWZt6KLVRQLH4uYX1Y84rGZP0M59dGSHaKawuTDctUSgQ7MgkIxXjUXdtND6TtOLXLr0BRDQtXIySYlrVNxOq0Bk+xklb7D2KUmNXIJprt+KkFCdjPJdIHd6OWJndyfDBs3pOZKwmk5N9Dk0T0oN5Gna2/L+4wLiHJ55cqLUCKqS19m6q4Y6U77k9ZcpUzILOS9Xz3Rqs28U7DZclqq780lMUXEyGMxuVA20fL53t/9QyG+w8Mh/0rWnzd4VFD0Eotzt38IwhtENbdeatnwXfTB6JYNCQ7zWThMDAR5AWC36pCv/4d2DyQV9sEXLITM7Aj8ato9HkQD1LDpCS6dMPgN9uBwWwKC6mrgjGkJKSp2AW3JEvau5L4ThQSWO6v395yrFF4rHWjM8vVIMV5jbscz5Q5d0beJZd8HikfqaE4/BtEsu9LApDgPP34U04a/EnNnz9bqc4jAuEfDLy+KqUxNyu3G4sSzw+og3Yn9vk7uxwTo/RPig4Je92Wb82DDovVITUcxxx/TTIzRZLbh22dy02Ig49VVimVIRP/RXt/aZOBGkyP3vXuPj7xCNxsMIsZvp5+HaBYmosoq6EDXELQYpnlwODaKU6mzt6aJh0eZzYvRYsOU+7nJR9QLqcLK46LmlbiRRmuqphGkYVl4wHn5Vppq7lZpvJ2IKcUPUeEvsWBkdS25woCwjwl/8OtUnBek9gTKFXwF4uQa8Ka/kjS7yMmRrrbUBBCs4k/xjWbLP9mk3YPP2L6W+jHTpBfDqD+PaReTkyJgTAA4cVlLUbcQyp1yJIup/0bttiMlXPXTgjYML2tRUYDRqWEHuJztfEAgBDAGh0ahDYEmQR/sD2XN/vwVjTRrpkMdUACTPSe498CulmYBjxYYxHt3Ny2X3w3tP+Aa42j3a3XpcdX18XI6wn2rg6G6UkvsQ6GRrH2/PMHAnuqxv6UNiW5jhcByGnk8i8E0L1ShNJN5K5mApOyPU6XvxxTHpzNUYeD7Y6ZMuYDtmMsl28sE2bdQFZ6EhUUGg9QIo8JKM6k6oyVif0g1rYA538TQElH+8bUqeOlefPpYdniEjgIIBukLvKu4IOXLy775iYN+sJ/MNmE7ccKkHFBfFiT99tKH+IpahQ6pkzZeDwPeLBwMxBRRI9Yq1SXvt0zVFPq+qHp+q1SAhGgb5AlL8eSx8ZPicfx786MgDEDVpFEiUculRlHGP89wZnCTzMI2zYutp/AIEtfzCEOTnjL4NHqF4uOh4FUV60RRVEj54NoAiF1JGZatwBsY/zFdC8gLtYduVd24DlB+PAaR41mt6a+zAowM+uFIei2T7R/SLOoJL9vRs5VGfKYeG5yDrzJtu2qeT0YsmIkldnifqqQAAl8o27/PwxhsV2fzLzlUL5b/2A9iRuAq6uaww+ZzaZMeEwBsAhcyWXCgx8zUdKN2OGM4/Xq9EwjXLEol5QIgxPufNV0QD7sywNVARf605Ijj2REODy/WPzObggD1oqLODAm4nKlyeUNAWECVGlqTsTRvCOMGQK7PIW85KN8Z2puabHIWfc8qhzsffW/FHCBzKksqQE2tLfJc+RMBUaA96cP6sFfhxOsd+ZX6fOnA4Y7Av1P0AXVd37KSe8ZhAObQ8uJ3hyTn/XOlp0OKNS5k/EKEZGFeIBTsbP5RB4ZSosPy9X6wPKycsI/7f49oKYTEo1S1PISWaEBjUVPUwJ4PCNyN+lGH6AlYkf+hVplNyJlM0I0WkzOk1mf0KtSyTYX2ESh1all1CnocbOmrCAUBpa0TMdmxF+pVn4AgoWSdwWz0bjhcbfIKUihjbcM6Ojx8yZkm5UryH/tsCs/DcxKgqPl3STYnJLvgDyqlxvd6ddqa5lOAd5yzXs+hFKe3FgEPxY8uGqIjB1WO2PV9mENYM7XS/Mnoe5kHE/IJnUVwVE9tC+eha5CIrbYGEnEtdZv2VfyMfVhYnDyNt2trL+zxklvj1K8WHU37j6xReMRueDfWnbPqOfC6gYLkjy7/DfuSLnjeN7PshCBySKslfW0IpEsTU2WI4wVohyLvKxUPPV2i7+FFOjEIz1iyEQlrBP21C70qrC2qDXdf9sC5FW9s2ryWVBscsdAjATIqsWiRHCgNLd5ownMPJ5bjFOwQtsbK58i3+I1vdhyx9Ap0baiyGx08NtoaTts4V5ZOHTkn80equhk7Vd7YDl5N8kBrNxQulWwNCoch1lz/KKca/GHf99kztrwdmbIVgRtzFiKu4vm1oGYDb5QTnVWAqKUumwwthrorgrvFRaxOYZlfTsLVDvG+V70yYoBylvfXHYtLuJSNmyLR4qYXGWmzRQ741VqEMjFebnaKtU4m+1b+rWnPjh6QSgEz3iXjG24k4LFF1MBxrECKAXTfgVL0rHHVSc0GVa5u5Ve18oCfSl/iRG20zRNFZtpF8b5K0gN80vPfI/FIXq/tR2HN4Um33DDbsGpZHkNWuCXsINERSFelB03O23RueUSBJP2RN+Z4OVPGnKdIl9LTb3+P/gNhsyFlPA+DQoO2/zKE61+FAYsiTlBVKwEXt2xxI2PVBL2+IejRSKcHQtrVVfFQGWWvc5D9ruu++Nzqi8e3SiaUKjQbpCKD5vtZchbD78dT1THtEd7239sZfekZLD8ZM7EuIVnypN2zOjXyrPj1joxZbHDxGQ2zP0XcFNJUfUwD01qT+7TxKPi2cdWqyEMCm3NmOjcdZjT1EU0qKZcr03sY5Hcuygo11BoLykfttF8i6vaNyRi1SvOANkASMWum+8UKJXC6poF1ZE7MnzC8cuO80Et+nJdO1H7kCSfOo3QKQ+WhY8tmrEQdZsJR7po6NllcwujtljljfUJwsbustQgwWl9Ito5nlKuBDkkVoGHdkjbJd6WwmV7P/aysuGQeYs8filFQU2/YGF4thPodYOUELrIRt3HUps5uWfErcNAsYHx4yj9aT8R6f32UjOX6lLXNG1Lrq3HkxV+Blezm+zOOwAnUXdw2pAc4gB+kMf3HEkKEGsYu4RkhxGp0BsbM9gq2aJfR3f1Bto8vblQh7Wsx8lEoje7eyG9jItfvpGVUA4/AzxWcBEGYxFzNSfPkwreKztsG2nGbiNO3YuXoBEobk9IazFpHrTJgCIAASYKkUvhgNZNsgUyLnoc18HlfqV47D67VSB9f0ECN1Mw+hgwOQPvVmNcTtPy7ZwhmIPAMo0VjkicRjKVQDO797RjMLzlC0RCPbiwswMJ9+JOczpTb6pcTyeafHAmMcCKOHw2x0LAzlYvRBjfC4eIodoHOC3agClW8WRlgbMUEFk8Jv4E0t0ELfc+SomucuBU6GjECG5xobAUQM6X2gkiHaqeJXAXAs3Y+dg0AXyzaxkCcZks0kMXtMq2j5YZr7N7w9QX9B6mubYPBbdgmqG7VslmyFDrnWsjmHiHuRgESnxv1Y0m2byNhqsNziGBPmbJkff/1Tb3DarX7CkRxCKmwZwAUadHe4GVull8bowlaDh+bj7LHteJyEFJIMYDfmsCU3HXy0klWxI9ZFH/caI8Wr3EAWaWn1qLP2dJ3NbJkH2bVabwS39n7XWv8AHoPpLAQr9l9y9a/ieMCZ4tjEvIiQSso6dvOtemjee3UjIjgGl5C5zGfAU9lH0sU+ItHjXwrofRgDlpRmDrx+oeoEzh5AGiHGVR53xMfyv2nf/Ds+90sePJcJO406guiKz9d3faOVLIRwmqYr6LqH9SPSJVDOw+h9fRpl71V7ssM8xpuCbSN9tRB1ieiJGZpYJ/udplsdBahuXsjk8K/yNoq0vHRSlnAxLreM2BGYbZMAgqQqHclsFVDwv2zE1zu/cD8K6fhiJpD6R6flv3My2SMMKSUysSKXfVEB2Srz1tfl0n0qp6BMQ/kX3WY8qpHcwU+fxHvmrSeYIxc/2kKx2abxq9NbJgXi3PVodnOmGtufjmKBrvb+ZPOxeoUA067QEgk/lnXlDIBgpQ8MxcNHTmTKKCN1+3ePXzk/pmNVl3WSt0+nkz4g73rjbzVA2+zcte/GcUG43HOtW6/4ndWy3/NFfblS6u/p224q+8UN819IWA2VjsxY/06oNlAhWleUsCe4eCtmiiSoR4GGwgOFceZp6v+DocrB5gFiD5ueFaMScR9igg3KiHUicgmQI1Zw+nXrHkhYJpWSWoipxKtzpUq+PODvGnwIiirIHbNgWMwt83Q1rQG66C4Ezh6SbfhJ7nbs6CKpglf9VcEhdFK5mrEBk/k0sCruuGwHIZDEkDCNko3XvqjGBEgEgWJiRLkxSHakcYadqjlSp28LuUTssITIaOa8EU43i2uFsvGJUeLCtCkh8RsXvw1/AH7hC7LM7+u21lVDqrq7S6aKLyu8n7ipHB6+gDx8qLPMw1tVAhlV2y/iAktteVJvcJFYse+4WNSicf4FTxNnSN0zaW/6Zhgw/JvBXgzTZXZTOb+wdXblDz09GBZIQFKF0M28m9Npd9984UICDYNOmY5vqI808hck20XIPmWSgwrYUVVX8yCft7qPB9nYh4dA/pE4/6csL6Rt5f5tvfN2XdJoDuFTu0lFk3xz5WuLCYtpqpm1fpvd4/4Cihzj+A5DWDKq59q2/ttnc7LBx7vDvKYqF33PLCeCYPirFuscwzCClhdkSw69F8t+LXqZYKxZBpu62d2OgprCHtEAtUDNts43l+iqnCzSADzXRYukcAd0sQAy5+QAt/4nO2ews0NxEU5/YOxerRFlt039l5ap8gCujtDd3/iybNTx2xIVrGoRrBQAGC8NgC7Stt5M1Xoqq2LddpT18nA5U6ZkBFxPRZJ2mBVpmeGsV+6TFRuleGIhzDkOxuxuBPIvAJCU65ghuvi6WXszC+3kzTbl3j3BkFPE/9foySviZNz99zgyFFoKHaOR7ax0ojbc7eMPYgd5cLp/8pAUmsg5zQQbJCN5lq+nYIsVDWMJwHhMpA2DOujYcPiJUQhzAHnRlRg0EON9dzs6QZcRFisEbiUSWmwCl8DHGVOZh1epvxKiC1dsoLc7BGSwf3CJNTMiMMhQz3xPSRBFhz4WfeJ00PyeQ0AYTPCSoDsYsGawX49FVEYwnVIe70mpxFG/gG8PvxschWPT+6537Le9iUcaIdBmOJWiFz5nMpDKsPrhSfxrQCvRM0KNZDdPVsLHlqWfI2dJa6+Yla9itIsmg1lVrucqbi0nrhAh6FiMY+9WTmLM7TNkd/ojPN4FA4r5/3BcSrhpon+iiinGRbsrUv9uqvDxMGHz4zbryt9c1T34YD8r2Ljsjj+egN4E/HJuNuk8JQW/4VUoLvw406TTBcum9ZSzLbEvtqu/abQukLRN8aWNqGWKmtp+wnW64o+8yiTy6mxr7HkqUIw0ik3fCYnyAor8OOaOUiWhIRgb0GykqglhIkyaKvn65lALx467qC25qu+KB/9hjGzDkQJ9YPgJewOBIUmygoMGFBTTwkY0zlWK5FXsH0oQq50gVMpPHdFrr9afLjq3GyL0qr6x4Upeuz4rS58uMa7axTr+Qd6UJCPvy40XZpsPy+z5SZOgtZ/mwl/TDy5Fra+WdFsXSqaiXmjxnBEjWVW7pNBaG+pmTA+bP0BBTvTJpSFXlw725EWQnvWGS90mQYXVhwFWkTztdSRhKGFS0R39iEb3jyj2o+xAY8AN2kof10zCKmvAvlmS4aNXnCV8iKECHOLoyV+KoLt8cMqA46opGbkckdVasXxTKfh0YKECBTK0F4TqERsLxe3VhhAg+lkvmOWJs5Gca5Uex+KMwQ/IOMxO8xvX+tosxYOxVj2CKTiNBeWoaeObhmQVoJHnAom0j3DxaXgY7BTqoTLy8RxFMuvB+5MZ9Q3EAfHtXxaNVf4Pf4sy1MPu4PLVj4OHjRqo3/oFzbUnbGHxvoyOfnryi6xOvM5oM2P2wQjMmWOl7w3vlFUGX+uWkDBEv1jX87zrpHs3VR/u5a6L6Y90zow4Ru8vu3OGsP2+uZ3WDWpKcmwda+1af2bKLqnmolrUjUZ78npmzNA4idPFTdu4o1W8oF//SODXrrS0L1tRaQ5Ih6iZQppUGxWpFLh/m6NawrK4BZnK2onOo81RmrmexvPCu6czANPknILwcRT1hP8xmMPJgAamVic0PWCnIWJUl4SEk5WRmt/k3PGeVuEQ3hVwNotajKEAsXE/GF08nEuXv04VoaBARWZbRiEhQiN5t4MUOF09GLmEmXddUZ68qzkAc2eI8Q3cDgtUL/tl7nEK9ZicpxnwQlMwAXWp3SAMeUM3Q7s0jHAJX9VMbzyKG8/fIa9SHNjzvXV9X4yBfSSKCsaVLbImvzI776G/F4pmF8y8TLEPkuREA5DEkWsYqFvidwU1VWE1Oi1PmQUvebYYHGvjA7Sjh4OT0VjVNooBeM0q0hrmd/xfOenSmQW1Wv8QHwPLRVjNKj6oyESeEgusZZE+yd/BmVnLLsOb9aW2dFDr7LE4l7ndlirPamA65uOIob6PFIr73ZmWkFHTCbmuKb2Nwn8KQjcEGSzFEgPYWb18v40W1AVma0UkMyZqI7NE024TyhxJfV+SX4SNr3c0JdBL7kSGKQ1QjMNTY4kU2yt5lOlo4aRMyfqC4ngchAHlzBY3AAqeJJUJLvPzawwntuDY/pJ2I7SAKGiRJKs0hlv7osM8FLUrXGuU+Edf1mVYkP28go0VUXvc6N4HReniiQ1Thb247BtB2L2g5ELi7giuwpf4NZQmZfDmFLfHFb+048Jt9LVD9s5DSDXOP8n/n/RFF3uwj3eS6Iw9II7ZRQ16gy3zxo1wZo5LuaCTxJAimb5XLp1Vcrachz11UAnjjbUYCFr0KWCSh+punyvvM1KLRrJNqx/fHRYd0CUzwRHPCwA8f3gIdtL+qrTtCkCIl/WABshZ0ChGKmW7wk77ZQJRRg8LblBqFL6nlw59JqnxFWfaOgeUg5TRAGHkiq53Uo4lnw6Dkjq0h1Tm09ZlXdRL6tgMrrjXkp3nk5tT1CEBodQt3LhBX+hIXP+LL+20jtMseCbJ2bA2BpdJa6OG/m13etg6emUR8Hc6GClyXDEbzQ/M4+KPKQjfwRTRt1hxfSIrM3VffDp4fW1jGAiCFkL16q+E46IW1GJvGsJQS1funacvjP6LqcE9Q7Rc6iXf5B9Ktlyel7w2N1ElVqzxwJxjezylOcQONOStCU3jy93FHA/HmE0UB53SjVg5D14KsNVdA9USzsryLlvvu70Rzlr7D/hUt2eqHM/FCUWOA7OW2fLqKl+dW7k56fr1ol7YWF2JPIO5CVjnpBfSwxghfAcMnWqP3jyvh5rM0GrTXzyTuH4bngmCdHGYfYFQty7hwPSgJa+IEmO2/WUR27vmW/jueRyo5H+vRkeJYFa9+ULcv9KrcvSalo+VzlaI9kIvn05crkLh+fj/E3Iqa69qXEAIU3gwW2+IzQWjqESda8SsW1LOv4EhFVgEsj8dzuFD1C5ydRenIM5ThtS+/2a4kjlFzVJxdIuSqad7sZ93WAhniXlAXWr9hYv4hOvYFW1HFbgy1qOnMUVfETjvMtnatPzhudj4zNjzisefen7GL2YUtMzwo9fk+GyW+cHvAAy7Hu+Ku9wnT+8D3CP7v35ANwiSTI9+zCbZdy8f+Gb7maRVAUJjnBTnxy7C0QF+7M94HFHaEFWmw7r/rj7nzqEI7gs4UHgTrTknf1vKx5279zwALTMXdAJN4+0pi62QCPc4jTlGIl75AgYqBf1Df2+n+5QSXjeMcSir2onpsln39imQYzG7+gR4iF9yZONMC+2eLUJCWhrpNToYVh0JT5rLunY+sFwSc2CgvpHxVrRgxb522MAMZKVXUgxknRXNLRWz7WUlpyxbRGb7JwIhrGgbhx8tTbHHFnTK2WpKY1qpFDsCZ3nSlhY8C8+EnsqbyLwp3/cAlbeV8cH8xsGA/iqHqPBAzBJulHDyGDGlL88A7J8dhy2FX32F0LMGN1U81X4FBZI+dnCzZ29LgEodES4mCIyhJTIilY4MSBEu6IHjrIGeVltGATTWe00zK7MfdvogwMoYrlB/FsOOqz5EacW7Kp9uHXGTTXthbXHkdJXZHTlefTNtpz6cXV7kpdEUWt6A2JoKxtWCye5RhLNbKi6jD7ZVhKCD+nwSo2vqkllkfBOU0x8xRzUv2/LHJWr9OC9aghaTYnSE+4uS/rlukjQrwaAqW+2/4sGydXMFxs/dDk0FhdahhQ4SJP5qmgQAnEIfaODlLYVOIV0RjL2JZaRaJVBNixVAt+EPnKq+uNkbROePPgf2w4gBzeXzKXf3GcgauPal3+buEiitOs+hh64zTtR75kGrvmIn+b+tfY618v77tShXzwCXcDNq6fiwhMdCQn9mHDkZBTiD9rJPWZNyLf/DAIdZjxkN82fKAz3cbE8DmT49J9Iaz/49gQ+D22Nz4XH/gsXH7WHiyRF8JMGp/kIEsC3EN9QRZAev2IJAXsywwQfYsMO3oV0huncQsTggZPGYLEubhFzcAaKtIZhpDDJGfxRoDTgA5PM5YQOEsMEW5jjH/xYoDQME9y32IOHTQLDBMkKpA/e8DhMk9b2GLxN/odpS0qYDB52idSAbHA3di+DBb8nvBk8",
"sessions-op-B-txZHeN-p4sH2tMi.cjs": "GxYEALwM2MYivfw7URaOOM3CVBPfCicJXPvufEsYdU3nHJbpYwaVjVRs2MyI1ByqHJnw0tc9ID4/m8VmiE6nzDCpQRXOKxSguZzfLkhWacEhBwbt65KULUFZKefm5Ff7DbWeae3e3h6iMl090Twmkib+At6OyMGJ6pnJY6BIjEkQYWL9Zr2rW94YxNjzfPm7w8UMUGfsiTXFpZ0py5EbJEVMGVqAkZmK8hHy3NzPsQsmyPrABYnn/+PbPe74O2uTHTkqCGAg8D6JcGMoX06X6uR4cgWrItWHzOb9YVSvN/FLC50FxOsanq+rV4hvJLPjPhmLEMNHoG6ZKLZ2tA9AX+Tcaxlt85sqxBdzfUeHlTE8UvIN9g70unO0AyUHKS6vUoBLCij5SO7LVUJqqR4RVlVQlxpfFUdUsoVaYRzWBxkyFXxAnQRI5ngSEfCb7TgOZ0zsPdYi2MxWHM4t9h5rKdEODjlaw/3jzyjYY9ahM+fR+oIOEEfXzhtx5ZgOpU0cQZ9MJqEt2IC1bkTShz3SXOoI/DCdmkLKSlZKqwhdkDOZJvYnIgI0o+xNUD/yeQ8cqw7eXdNnSM2WUO+5v0t297zz1Qd+xjDNoz3SxBmOa88IywTUSetD0r4Ppz5AzIAClXR6ChS5jqHyPID/ukI9M9JJ",
"slice-range-Dhtc816Y-Bs_62KHa.cjs": "G6wCYMR/tmY+Snpn+udWiglsDjOduKbp4wNodFLGGv98jSPdcIPukr9Z2SUyCUVIEupwY8jQiShsrEY94tvrjUw0E4vmf9zb3JaldKGfHHdXRkFggtCkD5Ra4l4x43pvRjMh+QwsqBXAvO0Vdxv6sn0IzCVHnA4rfTJuCif1VkaVBZA6mgKCPKMVRk6Fx9O8gjg7Qz1XDlHlzE9YcFtxGA8pXglvmG20OYanTSY35UOWEL0NGQ9E9MinmENOz0ROqyRFB/bxZdpS5TdI1Dkg9BzHgQ/sVKrRcSs9GUGy+ctLsfYDNaTQhETYqKgADN9n56qbGlDhPwnJVwRahUijAkSYQi0CLGhGEytX2RA5Cp4yUBEBBAYwTbsp+u+WDYhMIbmRYdlDKaK2AP8EddidPjeGoslGxB8n7m3kLQ7id6m8WYvbzWxwAV5Qh51Vhp3/BA==",
"stats-op-CFdQMF7y-DtAL_ejP.cjs": "G38HAIzUVvNOWDordVlbTbUflAynAMohLDMpSSZ6lB6omvL8cK+zbV2Fq5MYj1L/Xu665lCMJIwxJMIhPBIbg9n2mQp96KrkkMmjcMSnJ11/NR91uIX+5Bs4XHDnIRR0/kVpY3ZEyKTcFd8EkfwlAA5JwkgQ3TWZ1cZKeP4fDEfB81v25e0y9RvDVCOPU4Nb8POM5xKhu+uboJPmddfegsSZzrTr7h28Eg8yXv8qSp087SONZeNjp6pymOg4ivlHrsx6YPJ0kKd2IbBmjlFkj9OKS2UjJC6XDXrg1CQ+szuhd1l77EKUnsj3Erv0kwP8v8zFPu9DZLPLLZbp2bMjxVsctU+K4QRc124fwwKWsAeLLzk8I+8WfUotT2WOAOPRPSGi7nDY6RWAv9/f4+dPQE52Qpg4xeveFEV48hPVbYRqba0uljwlEF4SYiNbj6lY9ntqc0+hAK9u9RpeQ/ASdZcXQgYUpwoqhJRO2siy+FGWIqOCkNhqsuCKKuGsoaPqWON84GOIwtkAHoYhiWpBfETBl45QkJn3xdud17RxLUb0gCHR8EvBKM64w/+0bNXGckVqzELKVfbC6v+oA6AfdJ0pQIV8CmMYYaaYg5/LCkviFIhQQ5dUQlUPSi1n9GNGoTHOSaPi0Y/2kB6mSBP9Tf3hLRVyJwahRmMqzzQ32J9M+5DcuMr7We78pJeECXrKbZacBhemDQyCqI4TN531W6c2LLLAQj4pFmZgzgYkM3tvnfefQGjaA9x1FdYICdpYRwRkmHLuqOHwArw0vAwvHugyrYI2DNoSE57VKEv6EM49IU3OQfiuHy8InVYQ6SDUviz0eFMzPHWq/6KME3gUQLdwe3u74Uh3s4G9gcIFez205iR1hDGxA4UfntU/5mxDtp0sK/kge42y1UHLNJkOcIu/UiED",
"summarize-op-CaPEX_N_-CV7xlg1_.cjs": "G+cFABwHdsPXYPBma0kRAueu5ezP57U1YemJkRN1YkoykIp1Qt+Ly1IAsWKsfdZQw+7JvKgnTWKIJkJmOpnIEOJXYuEhbnZBj8VTtTmTp8CQuOCeFPg3iPfVSN57KxnsFUKl2TNevl3dhmmU/g+9Kkafk5MzjU6sqx0Db+oWFyZ8X7xtnT0/TNzRhusgjdJjejzeWh8/f89OzbOaVduAY4gsgTc1U16R0kTdYm6kS/bdCH+IZh7NC3piPZ59inuBWazJu104Ou8EdcYqtHMFFiTkagciCVbZ7B1k1kQEXFHDy11jLj1I08wo/LelRpeRSsY9foMayrZTTvotFegOzAm/WAH97j0XpTAY4ndXG6cLPD/dMaDVb5KRuVaJDvEVMpEvTcH37yV6HAGSbc6NUD70SfJ1o7VDP4tkG+0ZeivTtzSDJPVHT43DdsZMW6jxPf8k2FPkV3jfhoODm34a76O6nGdcGwAlput8dQRCjwC0eZmVOfLwL04unUh76RS/sxv91D00YhIjXuVteb7O/6gal/0D8WoOJE5KCE1480XylUx7HlCV+lzx1PJaxV/5mNrlVN3/lWiSJnFUP7YEp9l2xST0J7ixobPOK/V6ZW+vM+nLwQOYw/pjnuB0Cfx8SZQijOf6XqtovH9wWsnHLVKVgcJ09H8aVFlNhkK1D10cqUBzTLPgigfVcLRznu+ZI/pbPk1xGLyBjcYR3vKvKZ2FDT/DkqW1C+F/t2GNqnVDcQ5lo6ioYZDgXrEfXsEUSfdj9SqChygL+atnArBEZTYSQ+0e8VH9TbtQzYacxM7VpVhtoAIPhU1FRAx+9tL0yiWCpaHSselJ95gi9e0yqqGEva/yBg=="
};
const __rlmModules = Object.create(null);
__rlmModules["rlm-repl.cjs"] = module; // chunks import shared code from the entry
function __rlmRequire(name) {
  const cached = __rlmModules[name];
  if (cached !== undefined) return cached.exports;
  const module = { exports: {} };
  __rlmModules[name] = module;
  let fn = __rlmEager[name];
  if (fn === undefined) {
    const packed = __rlmPacked[name];
    if (packed === undefined) throw new Error("rlm-repl bundle: no chunk " + name);
    const source = require("node:zlib").brotliDecompressSync(Buffer.from(packed, "base64")).toString("utf8");
    fn = require("node:vm").compileFunction(source, ["exports","require","module","__filename","__dirname","__rlmRequire"], { filename: __filename + "/" + name });
  }
  fn.call(module.exports, module.exports, require, module, __filename, __dirname, __rlmRequire);
  return module.exports;
}
var __rlmBuiltin = (load) => {
	let m;
	const get = () => m ??= load();
	return new Proxy({}, {
		get: (_, k) => get()[k],
		has: (_, k) => k in get(),
		ownKeys: () => Reflect.ownKeys(get()),
		getOwnPropertyDescriptor: (_, k) => {
			const d = Reflect.getOwnPropertyDescriptor(get(), k);
			return d && {
				...d,
				configurable: true
			};
		}
	});
};
Object.defineProperty(exports, Symbol.toStringTag, { value: "Module" });
const require_chunk = __rlmRequire("chunk-BN4qSVkS.cjs");
const require_core_f9jiwAl0 = __rlmRequire("core-f9jiwAl0-CLt506zF.cjs");
const require_rolldown_runtime_twds_ZHy = __rlmRequire("rolldown-runtime-twds-ZHy-lYms76FH.cjs");
let node_fs = require("node:fs");
let node_module = __rlmBuiltin(() => require("node:module"));
let node_path = require("node:path");
let node_crypto = __rlmBuiltin(() => require("node:crypto"));
let node_child_process = __rlmBuiltin(() => require("node:child_process"));
let node_os = __rlmBuiltin(() => require("node:os"));
let node_util = __rlmBuiltin(() => require("node:util"));
//#region src/io.ts
function processIO() {
	return {
		stdout: (t) => process.stdout.write(t),
		stderr: (t) => process.stderr.write(t),
		stderrIsTTY: process.stderr.isTTY === true,
		env: process.env,
		onInterrupt: (handler) => {
			process.on("SIGINT", handler);
			return () => process.off("SIGINT", handler);
		}
	};
}
//#endregion
//#region ../../packages/repl-bridge/dist/describe-ops-CnkqQSVi.mjs
/** An op's arguments as a JSON Schema (draft 2020-12) object, for `rlm-repl ops --json`. */
function argsJsonSchema(specs, oneOf = []) {
	const properties = {};
	const required = [];
	for (const [name, spec] of Object.entries(specs)) {
		properties[name] = propertySchema(spec);
		if (spec.required) required.push(name);
	}
	const schema = {
		type: "object",
		properties,
		additionalProperties: false
	};
	if (required.length > 0) schema.required = required;
	if (oneOf.length > 0) schema.allOf = oneOf.map((group) => ({ oneOf: group.map((name) => ({ required: [name] })) }));
	return schema;
}
function propertySchema(spec) {
	const variants = (typeof spec.type === "string" ? [spec.type] : spec.type).map(typeSchema);
	const out = variants.length === 1 ? { ...variants[0] } : { anyOf: variants };
	out.description = spec.description;
	if (spec.default !== void 0) out.default = spec.default;
	if (spec.enum !== void 0) out.enum = spec.enum;
	if (spec.minimum !== void 0) out.minimum = spec.minimum;
	if (spec.maximum !== void 0) out.maximum = spec.maximum;
	return out;
}
function typeSchema(t) {
	return t === "string[]" ? {
		type: "array",
		items: { type: "string" }
	} : { type: t };
}
function describeOp(op) {
	return {
		name: op.name,
		group: op.group,
		summary: op.summary,
		session: op.session,
		recorded: op.recording === "self" ? "llm_call" : op.recording,
		args_schema: argsJsonSchema(op.args, op.oneOf),
		example: exampleCommand(op)
	};
}
function exampleCommand(op) {
	const args = Object.keys(op.example).length > 0 ? ` --args '${JSON.stringify(op.example)}'` : "";
	return `rlm-repl --op ${op.name}${args}`;
}
//#endregion
//#region ../../packages/repl-bridge/dist/repl-error-C5zokRgo.mjs
/** An error of the REPL bridge: a stable code, a message naming the file or value, a hint. */
var ReplError = class extends require_core_f9jiwAl0.RlmError {
	constructor(code, message, options = {}) {
		super(code, message, options);
		this.name = "ReplError";
	}
};
/** A usage problem (unknown op, arguments that do not fit the op): the CLI exits 2. */
function usageError(message, hint) {
	return new ReplError("ERR_RLM_USAGE", message, hint === void 0 ? {} : { hint });
}
//#endregion
//#region ../../packages/repl-bridge/dist/validate-args-CsptscsG.mjs
/**
* Check `raw` against an op's argument specs and fill in defaults. Unknown arguments,
* missing required ones, wrong types and out-of-range values are usage errors that name
* the argument and what was expected.
*/
function validateArgs(op, specs, raw, oneOf = []) {
	if (raw === void 0 || raw === null) raw = {};
	if (typeof raw !== "object" || Array.isArray(raw)) throw usageError(`--args for ${op} must be a JSON object, got ${describe$1(raw)}`, example(op));
	const given = raw;
	const out = {};
	for (const key of Object.keys(given)) if (!Object.hasOwn(specs, key)) {
		const known = Object.keys(specs);
		throw usageError(`${op} has no argument ${JSON.stringify(key)}`, known.length > 0 ? `its arguments: ${known.join(", ")}` : `${op} takes no arguments`);
	}
	for (const [name, spec] of Object.entries(specs)) {
		const value = given[name];
		if (value === void 0 || value === null) {
			if (spec.required) throw usageError(`${op} needs the argument ${JSON.stringify(name)}`, example(op));
			if (spec.default !== void 0) out[name] = structuredClone(spec.default);
			continue;
		}
		checkValue(op, name, spec, value);
		out[name] = value;
	}
	for (const group of oneOf) {
		const present = group.filter((k) => given[k] !== void 0 && given[k] !== null);
		if (present.length !== 1) throw usageError(`${op} needs exactly one of ${group.map((g) => JSON.stringify(g)).join(", ")}` + (present.length > 1 ? ` (got ${present.join(" and ")})` : ""));
	}
	return out;
}
function checkValue(op, name, spec, value) {
	const types = typeof spec.type === "string" ? [spec.type] : spec.type;
	if (!types.some((t) => isType(t, value))) throw usageError(`${op}: argument ${JSON.stringify(name)} must be ${types.join(" or ")}, got ${describe$1(value)}`);
	if (spec.enum !== void 0 && !spec.enum.includes(value)) throw usageError(`${op}: argument ${JSON.stringify(name)} must be one of ${spec.enum.map((e) => JSON.stringify(e)).join(", ")}, got ${JSON.stringify(value)}`);
	if (typeof value === "number") {
		if (spec.minimum !== void 0 && value < spec.minimum) throw usageError(`${op}: argument ${JSON.stringify(name)} must be ≥ ${spec.minimum}, got ${value}`);
		if (spec.maximum !== void 0 && value > spec.maximum) throw usageError(`${op}: argument ${JSON.stringify(name)} must be ≤ ${spec.maximum}, got ${value}`);
	}
}
function isType(t, v) {
	switch (t) {
		case "string": return typeof v === "string";
		case "integer": return Number.isSafeInteger(v);
		case "number": return typeof v === "number" && Number.isFinite(v);
		case "boolean": return typeof v === "boolean";
		case "object": return typeof v === "object" && v !== null && !Array.isArray(v);
		case "string[]": return Array.isArray(v) && v.every((x) => typeof x === "string");
	}
}
function describe$1(v) {
	if (Array.isArray(v)) return "an array";
	if (v === null) return "null";
	if (typeof v === "string") return `the string ${JSON.stringify(v.length > 40 ? `${v.slice(0, 40)}…` : v)}`;
	return `${typeof v} ${JSON.stringify(v)}`.slice(0, 60);
}
const example = (op) => `see \`rlm-repl --op ${op} --help\` for its arguments and an example`;
//#endregion
//#region ../../packages/repl-bridge/dist/registry-DgFVCC04.mjs
const CONTEXT_OPS = [
	{
		name: "peek",
		group: "context",
		summary: "a slice of a context variable: conversation messages, files, tool outputs, working memory, cells",
		args: {
			var: {
				type: "string",
				enum: [
					"conversation",
					"files",
					"tool_outputs",
					"working_memory",
					"cells"
				],
				default: "conversation",
				description: "what to look at"
			},
			start: {
				type: "integer",
				default: 0,
				description: "first index (negative: from the end)"
			},
			end: {
				type: "integer",
				default: -1,
				description: "last index, inclusive (-1: to the end)"
			}
		},
		example: {
			var: "tool_outputs",
			start: -3
		},
		session: true,
		recording: "repl",
		replayable: true,
		load: () => Promise.resolve().then(() => __rlmRequire("peek-op-tqHcVDbK-CZMIFpkY.cjs"))
	},
	{
		name: "search",
		group: "context",
		summary: "literal or regex search over files (on disk), working memory, tool outputs, cell outputs, or all",
		args: {
			pattern: {
				type: "string",
				required: true,
				description: "text to find (a JavaScript regex when regex is true)"
			},
			var: {
				type: "string",
				enum: [
					"files",
					"working_memory",
					"tool_outputs",
					"cells",
					"all"
				],
				default: "files",
				description: "where to search"
			},
			regex: {
				type: "boolean",
				default: false,
				description: "treat pattern as a regular expression"
			},
			ignore_case: {
				type: "boolean",
				default: false,
				description: "case-insensitive"
			},
			max_results: {
				type: "integer",
				minimum: 1,
				default: 100,
				description: "at most this many hits"
			}
		},
		example: {
			pattern: "TODO",
			var: "all"
		},
		session: true,
		recording: "repl",
		replayable: true,
		load: () => Promise.resolve().then(() => __rlmRequire("search-op-BeBZWdc5-NCD30yL_.cjs"))
	},
	{
		name: "context",
		group: "context",
		summary: "working memory: get it, set keys (updates), delete keys, or list the context's keys",
		args: {
			action: {
				type: "string",
				enum: [
					"get",
					"set",
					"delete",
					"keys"
				],
				default: "get",
				description: "what to do"
			},
			updates: {
				type: "object",
				description: "set: keys → values merged into working memory"
			},
			keys: {
				type: "string[]",
				description: "delete: keys to remove; get: only these keys"
			}
		},
		example: {
			action: "set",
			updates: { plan: "split the parser" }
		},
		session: true,
		recording: "repl",
		replayable: true,
		load: () => Promise.resolve().then(() => __rlmRequire("context-op-CTWCUCWN-wFqsq-Qu.cjs"))
	},
	{
		name: "conversation",
		group: "context",
		summary: "messages of the Claude Code transcript behind transcript.jsonl: text, tool calls and results (paged)",
		args: {
			start: {
				type: "integer",
				default: 0,
				description: "first message (negative: from the end)"
			},
			end: {
				type: "integer",
				default: -1,
				description: "last message, inclusive (-1: to the end)"
			},
			max_chars: {
				type: "integer",
				minimum: 0,
				default: 4e3,
				description: "cut each message's text to this many characters (0: no limit)"
			}
		},
		example: { start: -10 },
		session: true,
		recording: "repl",
		replayable: true,
		load: () => Promise.resolve().then(() => __rlmRequire("conversation-op-8Rf3Fjpr-CO0VY-Xa.cjs"))
	},
	{
		name: "stats",
		group: "context",
		summary: "sizes and token estimates (chars / 4) of conversation, files, tool outputs, cells; depth and activation",
		args: {},
		example: {},
		session: true,
		recording: "repl",
		replayable: true,
		load: () => Promise.resolve().then(() => __rlmRequire("stats-op-CFdQMF7y-DtAL_ejP.cjs"))
	}
];
const NODE_TYPES = [
	"entity",
	"fact",
	"experience",
	"decision",
	"snippet"
];
const MEMORY_OPS = [
	{
		name: "memory_query",
		group: "memory",
		summary: "full-text search (FTS5, ranked by bm25) over the memory database's nodes",
		args: {
			query: {
				type: "string",
				required: true,
				description: "words to find (any of them; see raw)"
			},
			limit: {
				type: "integer",
				minimum: 1,
				maximum: 1e3,
				default: 10,
				description: "at most this many results"
			},
			type: {
				type: "string",
				enum: NODE_TYPES,
				description: "only nodes of this type"
			},
			tier: {
				type: "string",
				enum: [
					"task",
					"session",
					"longterm",
					"archive"
				],
				description: "only nodes of this tier"
			},
			match: {
				type: "string",
				enum: ["any", "all"],
				default: "any",
				description: "any or all of the words"
			},
			raw: {
				type: "boolean",
				default: false,
				description: "pass query to FTS5 MATCH as it is (FTS5 syntax)"
			}
		},
		example: {
			query: "sqlite busy timeout",
			limit: 5
		},
		session: false,
		recording: "none",
		replayable: true,
		load: () => Promise.resolve().then(() => __rlmRequire("memory-query-op-oBMNcVlL-oze3t078.cjs"))
	},
	{
		name: "memory_add",
		group: "memory",
		summary: "add a node to the memory database",
		args: {
			content: {
				type: "string",
				required: true,
				description: "the node's text"
			},
			type: {
				type: "string",
				enum: NODE_TYPES,
				default: "fact",
				description: "node type"
			},
			confidence: {
				type: "number",
				minimum: 0,
				maximum: 1,
				default: .9,
				description: "0..1"
			},
			tier: {
				type: "string",
				enum: [
					"task",
					"session",
					"longterm"
				],
				default: "task",
				description: "memory tier"
			},
			subtype: {
				type: "string",
				description: "free-form subtype"
			},
			metadata: {
				type: "object",
				description: "stored as the node's metadata JSON"
			}
		},
		example: {
			content: "The API rate limit is 50 requests per minute",
			type: "fact",
			confidence: .8
		},
		session: false,
		recording: "none",
		replayable: true,
		load: () => Promise.resolve().then(() => __rlmRequire("memory-add-op-DMPCVpt9-CgNYhmhZ.cjs"))
	},
	{
		name: "promote_to_memory",
		group: "memory",
		summary: "promote a done, non-stale cell's output into the memory database (task tier) and mark the cell",
		args: {
			cell_id: {
				type: "string",
				required: true,
				description: "the cell to promote"
			},
			memory_type: {
				type: "string",
				enum: ["fact", "experience"],
				default: "fact",
				description: "node type"
			},
			confidence: {
				type: "number",
				minimum: 0,
				maximum: 1,
				default: .8,
				description: "0..1"
			}
		},
		example: {
			cell_id: "cell_0a1b2c3d",
			memory_type: "fact",
			confidence: .9
		},
		session: true,
		recording: "repl",
		replayable: true,
		load: () => Promise.resolve().then(() => __rlmRequire("promote-op-CWu0QoEI-CZK8tQZ4.cjs"))
	}
];
const META_OPS = [{
	name: "ops",
	group: "session",
	summary: "every operation with its argument schema (JSON Schema), example and whether it is recorded",
	args: {},
	example: {},
	session: false,
	recording: "none",
	replayable: true,
	load: () => Promise.resolve().then(() => __rlmRequire("ops-op-4oh6yDh_-BWvLDBCu.cjs"))
}];
const SOURCE = {
	content: {
		type: "string",
		description: "the text to work on"
	},
	path: {
		type: "string",
		description: "or a file to read it from (recorded, so an edit makes the cell stale)"
	}
};
const MODEL = {
	model: {
		type: "string",
		description: "model id (default: from rlm-config.json)"
	},
	max_tokens: {
		type: "integer",
		minimum: 1,
		description: "output tokens per call (capped by the config)"
	},
	temperature: {
		type: "number",
		minimum: 0,
		maximum: 1,
		description: "sampling temperature"
	}
};
const MODEL_OPS = [
	{
		name: "llm",
		group: "model",
		summary: "ask the model one question (optionally with context); recorded as an llm_call cell",
		args: {
			query: {
				type: "string",
				required: true,
				description: "the question or instruction"
			},
			context: {
				type: "string",
				description: "text the question is about"
			},
			system: {
				type: "string",
				description: "system prompt"
			},
			...MODEL
		},
		example: {
			query: "Which function parses the config?",
			context: "…"
		},
		session: true,
		recording: "self",
		replayable: true,
		load: () => Promise.resolve().then(() => __rlmRequire("llm-op-CnqcJ05q-DiaxQFkD.cjs"))
	},
	{
		name: "summarize",
		group: "model",
		summary: "summarize content (or a file) in at most max_tokens tokens",
		args: {
			...SOURCE,
			...MODEL,
			max_tokens: {
				type: "integer",
				minimum: 1,
				default: 500,
				description: "summary length in tokens"
			}
		},
		oneOf: [["content", "path"]],
		example: {
			path: "README.md",
			max_tokens: 200
		},
		session: true,
		recording: "self",
		replayable: true,
		load: () => Promise.resolve().then(() => __rlmRequire("summarize-op-CaPEX_N_-CV7xlg1_.cjs"))
	},
	{
		name: "map_reduce",
		group: "model",
		summary: "split content into chunks, run map_prompt on each concurrently (bounded), combine with reduce_prompt",
		args: {
			...SOURCE,
			map_prompt: {
				type: "string",
				default: "Summarize this section",
				description: "instruction for each chunk"
			},
			reduce_prompt: {
				type: "string",
				default: "Combine these summaries",
				description: "instruction for the combination"
			},
			n_chunks: {
				type: "integer",
				minimum: 1,
				maximum: 64,
				default: 4,
				description: "number of chunks"
			},
			concurrency: {
				type: "integer",
				minimum: 1,
				maximum: 16,
				description: "chunk calls in flight (default: from the config, 4)"
			},
			...MODEL
		},
		oneOf: [["content", "path"]],
		example: {
			path: "CHANGELOG.md",
			n_chunks: 4,
			reduce_prompt: "List the breaking changes"
		},
		session: true,
		recording: "self",
		replayable: true,
		load: () => Promise.resolve().then(() => __rlmRequire("map-reduce-op-DU7LHTYa-C89OaKyD.cjs"))
	},
	{
		name: "find_relevant",
		group: "model",
		summary: "the chunks (~50 lines, 5 overlapping) most relevant to a query, keyword-scored; rerank: true asks the model",
		args: {
			...SOURCE,
			query: {
				type: "string",
				required: true,
				description: "what to look for"
			},
			top_k: {
				type: "integer",
				minimum: 1,
				default: 5,
				description: "how many chunks"
			},
			chunk_lines: {
				type: "integer",
				minimum: 1,
				default: 50,
				description: "lines per chunk"
			},
			overlap: {
				type: "integer",
				minimum: 0,
				default: 5,
				description: "lines shared by neighbouring chunks"
			},
			rerank: {
				type: "boolean",
				default: false,
				description: "re-score the best chunks with the model (an llm_call cell)"
			},
			model: MODEL.model
		},
		oneOf: [["content", "path"]],
		example: {
			path: "src/server.ts",
			query: "retry on timeout",
			top_k: 3
		},
		session: true,
		recording: "repl",
		replayable: true,
		load: () => Promise.resolve().then(() => __rlmRequire("find-relevant-op-BE4YaG6L-D2V6NqXI.cjs"))
	},
	{
		name: "extract_functions",
		group: "model",
		summary: "functions and methods of python, go, javascript or typescript source, found by a real parser (tree-sitter)",
		args: {
			...SOURCE,
			language: {
				type: "string",
				enum: [
					"python",
					"go",
					"javascript",
					"typescript"
				],
				description: "source language (default: from the path's extension)"
			}
		},
		oneOf: [["content", "path"]],
		example: { path: "src/app.py" },
		session: true,
		recording: "repl",
		replayable: true,
		load: () => Promise.resolve().then(() => __rlmRequire("extract-functions-op-CblVEUgH-BJ9NbeC9.cjs"))
	}
];
const CELL_TYPES = [
	"repl",
	"tool",
	"llm_call",
	"map_reduce",
	"verification"
];
const CELL_STATUSES = [
	"pending",
	"done",
	"error",
	"stale"
];
const cellId = {
	type: "string",
	required: true,
	description: "a cell id (cell_ + 8 hex digits)"
};
/** Every operation, in the order `--help` lists them. Implementations load on first use. */
const OPS = [
	...[
		{
			name: "session",
			group: "session",
			summary: "the session: id, activation, depth, tokens, cost, cell counts by status, live/ended, lineage",
			args: {},
			example: {},
			session: true,
			recording: "none",
			replayable: true,
			load: () => Promise.resolve().then(() => __rlmRequire("session-op-DI4yzn4A-BHg3_0IT.cjs"))
		},
		{
			name: "sessions",
			group: "session",
			summary: "list sessions, newest first (filters: type, tags, live, since)",
			args: {
				type: {
					type: "string",
					enum: [
						"default",
						"migrated",
						"fork",
						"checkpoint"
					],
					description: "only this session type"
				},
				tags: {
					type: "string[]",
					description: "only sessions carrying every one of these tags"
				},
				live: {
					type: "boolean",
					description: "true: only live sessions; false: only ended ones"
				},
				since: {
					type: "number",
					minimum: 0,
					description: "only sessions created at or after this Unix time (seconds)"
				},
				limit: {
					type: "integer",
					minimum: 1,
					default: 50,
					description: "at most this many sessions"
				}
			},
			example: {
				live: true,
				limit: 5
			},
			session: false,
			recording: "none",
			replayable: true,
			load: () => Promise.resolve().then(() => __rlmRequire("sessions-op-B-txZHeN-p4sH2tMi.cjs"))
		},
		{
			name: "cells",
			group: "session",
			summary: "the session's cells in execution order (filter by type and status; paged)",
			args: {
				type: {
					type: "string",
					enum: CELL_TYPES,
					description: "only cells of this type"
				},
				status: {
					type: "string",
					enum: CELL_STATUSES,
					description: "only cells with this status"
				},
				offset: {
					type: "integer",
					minimum: 0,
					default: 0,
					description: "skip this many (after filtering)"
				},
				limit: {
					type: "integer",
					minimum: 1,
					default: 100,
					description: "at most this many"
				}
			},
			example: {
				status: "stale",
				limit: 20
			},
			session: true,
			recording: "none",
			replayable: true,
			load: () => Promise.resolve().then(() => __rlmRequire("cells-op-B0Ty-9v8-D32J-KS6.cjs"))
		},
		{
			name: "cell",
			group: "session",
			summary: "one cell, whole: input, code, output, dependencies, dependents, trace, metadata",
			args: { cell_id: cellId },
			example: { cell_id: "cell_0a1b2c3d" },
			session: true,
			recording: "none",
			replayable: true,
			load: () => Promise.resolve().then(() => __rlmRequire("cell-op-D_U-aDkr-CQmWwQtz.cjs"))
		},
		{
			name: "dependency_chain",
			group: "session",
			summary: "every cell a cell depends on, transitively, in execution order: all their ids, and the summaries of a page of them",
			args: {
				cell_id: cellId,
				offset: {
					type: "integer",
					minimum: 0,
					default: 0,
					description: "summaries (`cells`) start at this position of the chain"
				},
				limit: {
					type: "integer",
					minimum: 1,
					default: 100,
					description: "at most this many summaries (`chain` always lists every id)"
				}
			},
			example: { cell_id: "cell_0a1b2c3d" },
			session: true,
			recording: "none",
			replayable: true,
			load: () => Promise.resolve().then(() => __rlmRequire("dependency-chain-op-CWOx-RVd-xF1D0RZ8.cjs"))
		},
		{
			name: "dependents",
			group: "session",
			summary: "the cells that depend on a cell (transitively by default): all their ids, and the summaries of a page of them",
			args: {
				cell_id: cellId,
				transitive: {
					type: "boolean",
					default: true,
					description: "false: direct dependents only"
				},
				offset: {
					type: "integer",
					minimum: 0,
					default: 0,
					description: "summaries (`cells`) start at this position of `dependents`"
				},
				limit: {
					type: "integer",
					minimum: 1,
					default: 100,
					description: "at most this many summaries (`dependents` always lists every id)"
				}
			},
			example: {
				cell_id: "cell_0a1b2c3d",
				transitive: false
			},
			session: true,
			recording: "none",
			replayable: true,
			load: () => Promise.resolve().then(() => __rlmRequire("dependents-op-BF-SFeOw-Ctn9OFee.cjs"))
		},
		{
			name: "invalidate",
			group: "session",
			summary: "mark cells stale, and everything downstream: by file, by cell, or by checking every file on disk",
			args: {
				file_path: {
					type: "string",
					description: "cells that read this file (absolute, or relative to the session's cwd)"
				},
				cell_id: {
					type: "string",
					description: "this cell"
				},
				check_disk: {
					type: "boolean",
					description: "true: hash every file a cell read and compare"
				}
			},
			oneOf: [[
				"file_path",
				"cell_id",
				"check_disk"
			]],
			example: { file_path: "src/app.ts" },
			session: true,
			recording: "repl",
			replayable: true,
			load: () => Promise.resolve().then(() => __rlmRequire("invalidate-op-8uoX6f6m-DdtJwseQ.cjs"))
		},
		{
			name: "replay",
			group: "session",
			summary: "re-run cells through @rlm/cells: repl cells re-run their op, llm_call cells come from cached_response unless forced",
			args: {
				cells: {
					type: ["string", "string[]"],
					required: true,
					description: "cell ids, a range \"2-4\" (1-based, creation order), \"stale\" or \"all\""
				},
				force: {
					type: "boolean",
					default: false,
					description: "re-run even cells whose cached output is still valid"
				}
			},
			example: { cells: "stale" },
			session: true,
			recording: "repl",
			replayable: false,
			load: () => Promise.resolve().then(() => __rlmRequire("replay-op-CV6zOuP_-aUq-KXcR.cjs"))
		}
	],
	...CONTEXT_OPS,
	...MODEL_OPS,
	...MEMORY_OPS,
	...META_OPS
];
const BY_NAME = new Map(OPS.map((op) => [op.name, op]));
function findOp(name) {
	const op = BY_NAME.get(name);
	if (op !== void 0) return op;
	const near = OPS.map((o) => o.name).filter((n) => n.startsWith(name.slice(0, 3)));
	throw new ReplError("ERR_RLM_UNKNOWN_OP", `unknown operation ${JSON.stringify(name)}`, { hint: `${near.length > 0 ? `did you mean ${near.join(" or ")}? ` : ""}list them with \`rlm-repl ops\`` });
}
function findOpOrNull(name) {
	return BY_NAME.get(name) ?? null;
}
//#endregion
//#region ../../packages/repl-bridge/dist/model-settings-Jlrvj-95.mjs
function loadRlmConfig(path) {
	let text;
	try {
		text = (0, node_fs.readFileSync)(path, "utf8");
	} catch (err) {
		if (err.code === "ENOENT") return {
			path: null,
			raw: {}
		};
		throw err;
	}
	let raw;
	try {
		raw = JSON.parse(text);
	} catch (err) {
		throw new require_core_f9jiwAl0.CorruptFileError(path, `not valid JSON (${err.message})`, err);
	}
	if (typeof raw !== "object" || raw === null || Array.isArray(raw)) throw new require_core_f9jiwAl0.CorruptFileError(path, "is not a JSON object");
	return {
		path,
		raw
	};
}
/** `config.raw[section][key]` when it has the wanted type. */
function configValue(config, section, key, is) {
	const s = config.raw[section];
	if (typeof s !== "object" || s === null) return void 0;
	const v = s[key];
	return is(v) ? v : void 0;
}
const isString = (v) => typeof v === "string" && v !== "";
const isPositiveInt = (v) => Number.isSafeInteger(v) && v > 0;
const isObject$1 = (v) => typeof v === "object" && v !== null && !Array.isArray(v);
/**
* The model and limits for a call made at session depth `depth`: `models.repl` when set,
* else the model the config assigns to the next recursion depth (`recursive_depth_<d+1>`,
* at most 3), else `recursive_depth_1`, else `root`, else DEFAULT_MODEL.
*/
function modelSettings(config, depth) {
	const model = (key) => configValue(config, "models", key, isString);
	const next = Math.min(Math.max(depth + 1, 1), 3);
	return {
		model: model("repl") ?? model(`recursive_depth_${next}`) ?? model("recursive_depth_1") ?? model("root") ?? "claude-sonnet-4-5",
		maxTokensPerCall: configValue(config, "cost_controls", "max_tokens_per_recursive_call", isPositiveInt) ?? 8e3,
		maxCallsPerOp: configValue(config, "cost_controls", "max_recursive_calls_per_turn", isPositiveInt) ?? 10,
		concurrency: configValue(config, "cost_controls", "max_concurrent_calls", isPositiveInt) ?? 4
	};
}
/** USD per million tokens, by model-name prefix (longest prefix wins). */
const PRICES = {
	"claude-opus-4-5": {
		input: 5,
		output: 25
	},
	"claude-opus-4-6": {
		input: 5,
		output: 25
	},
	"claude-opus-4": {
		input: 15,
		output: 75
	},
	"claude-sonnet-4": {
		input: 3,
		output: 15
	},
	"claude-3-7-sonnet": {
		input: 3,
		output: 15
	},
	"claude-3-5-sonnet": {
		input: 3,
		output: 15
	},
	"claude-haiku-4-5": {
		input: 1,
		output: 5
	},
	"claude-3-5-haiku": {
		input: .8,
		output: 4
	},
	"claude-3-haiku": {
		input: .25,
		output: 1.25
	}
};
/**
* Estimated cost of a call. `cost_controls.pricing[model] = {input_per_mtok, output_per_mtok}`
* in the config overrides the built-in table; an unknown model costs 0 (and says so).
*/
function estimateCost(config, model, usage) {
	const custom = configValue(config, "cost_controls", "pricing", isObject$1)?.[model];
	let price;
	if (isObject$1(custom) && typeof custom.input_per_mtok === "number" && typeof custom.output_per_mtok === "number") price = {
		input: custom.input_per_mtok,
		output: custom.output_per_mtok
	};
	else {
		const prefix = Object.keys(PRICES).filter((p) => model.startsWith(p)).sort((a, b) => b.length - a.length)[0];
		price = prefix === void 0 ? void 0 : PRICES[prefix];
	}
	if (price === void 0) return {
		usd: 0,
		known: false
	};
	return {
		usd: (usage.input_tokens * price.input + usage.output_tokens * price.output) / 1e6,
		known: true
	};
}
//#endregion
//#region ../../packages/repl-bridge/dist/error-message-COMICC9X.mjs
/** A one-line message for any thrown value. */
function errorMessage(err) {
	if (err instanceof Error) return err.message;
	return typeof err === "string" ? err : JSON.stringify(err) ?? String(err);
}
//#endregion
//#region ../../packages/repl-bridge/dist/memory-store-C4iEfEZf.mjs
var memory_store_C4iEfEZf_exports = /* @__PURE__ */ require_chunk.__exportAll({
	a: () => MEMORY_TABLES,
	i: () => MEMORY_SCHEMA_SQL,
	n: () => openMemoryStore,
	r: () => requireTables,
	t: () => memory_store_exports
});
let loaded;
let addon;
/**
* better-sqlite3, loaded on first use (a native module: only the memory ops pay for it),
* with `require` rather than `import()`: a CommonJS package loaded through the ES module
* loader costs a lexer pass and the loader's own start-up. When it cannot be loaded (not
* installed next to rlm-repl, built for another Node) the error says so and how to fix it.
*/
function loadSqlite() {
	if (loaded !== void 0) return loaded;
	try {
		const load = (0, node_module.createRequire)(require("url").pathToFileURL(__filename).href);
		const main = load.resolve("better-sqlite3");
		loaded = load(main);
		const built = (0, node_path.join)((0, node_path.dirname)(main), "..", "build", "Release", "better_sqlite3.node");
		if ((0, node_fs.existsSync)(built)) addon = built;
		return loaded;
	} catch (err) {
		throw new ReplError("ERR_RLM_MISSING_MODULE", `the memory operations need better-sqlite3 (native SQLite for Node) and it cannot be loaded: ${err.message.split("\n")[0]}`, {
			hint: `install it where rlm-repl runs (for the plugin: in the plugin's directory): npm install better-sqlite3@12.11.1 — it must be built for Node ${process.versions.node}`,
			cause: err
		});
	}
}
/**
* better-sqlite3's `nativeBinding` option: the addon where its install puts it. Without
* it, every first open goes through the `bindings` package (two more modules, and a
* search of a dozen candidate paths); with it, the addon is required directly. Undefined
* (the package's own search) when the addon is somewhere else.
*/
function sqliteAddon() {
	return addon;
}
/**
* The memory database's layout, shared with the rest of the plugin (LEGACY-REPL.md):
* created exactly like this when the database has none of these tables, never altered
* when it exists. Times are epoch milliseconds.
*/
const MEMORY_SCHEMA_SQL = `
CREATE TABLE IF NOT EXISTS nodes (
    id TEXT PRIMARY KEY,
    type TEXT NOT NULL CHECK(type IN ('entity', 'fact', 'experience', 'decision', 'snippet')),
    subtype TEXT,
    content TEXT NOT NULL,
    embedding BLOB,
    tier TEXT DEFAULT 'task' CHECK(tier IN ('task', 'session', 'longterm', 'archive')),
    confidence REAL DEFAULT 0.5 CHECK(confidence >= 0.0 AND confidence <= 1.0),
    provenance TEXT,
    created_at INTEGER DEFAULT (strftime('%s', 'now') * 1000),
    updated_at INTEGER DEFAULT (strftime('%s', 'now') * 1000),
    last_accessed INTEGER DEFAULT (strftime('%s', 'now') * 1000),
    access_count INTEGER DEFAULT 0,
    metadata JSON DEFAULT '{}'
);
CREATE TABLE IF NOT EXISTS hyperedges (
    id TEXT PRIMARY KEY,
    edge_type TEXT NOT NULL CHECK(edge_type IN ('relation', 'composition', 'causation', 'context')),
    label TEXT,
    weight REAL DEFAULT 1.0 CHECK(weight >= 0.0)
);
CREATE TABLE IF NOT EXISTS membership (
    hyperedge_id TEXT NOT NULL REFERENCES hyperedges(id) ON DELETE CASCADE,
    node_id TEXT NOT NULL REFERENCES nodes(id) ON DELETE CASCADE,
    role TEXT NOT NULL,
    position INTEGER DEFAULT 0,
    PRIMARY KEY (hyperedge_id, node_id, role)
);
CREATE TABLE IF NOT EXISTS evolution_log (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    timestamp INTEGER DEFAULT (strftime('%s', 'now') * 1000),
    operation TEXT NOT NULL,
    node_ids JSON NOT NULL,
    from_tier TEXT,
    to_tier TEXT,
    reasoning TEXT
);
CREATE TABLE IF NOT EXISTS confidence_updates (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    node_id TEXT NOT NULL REFERENCES nodes(id) ON DELETE CASCADE,
    old_confidence REAL NOT NULL,
    new_confidence REAL NOT NULL,
    trigger_type TEXT NOT NULL CHECK(trigger_type IN ('outcome', 'decay', 'consolidation', 'manual')),
    trigger_id TEXT,
    timestamp INTEGER DEFAULT (strftime('%s', 'now') * 1000)
);
CREATE INDEX IF NOT EXISTS idx_nodes_tier ON nodes(tier);
CREATE INDEX IF NOT EXISTS idx_nodes_type ON nodes(type);
CREATE INDEX IF NOT EXISTS idx_nodes_confidence ON nodes(confidence);
CREATE INDEX IF NOT EXISTS idx_nodes_last_accessed ON nodes(last_accessed);
CREATE INDEX IF NOT EXISTS idx_membership_node ON membership(node_id);
CREATE INDEX IF NOT EXISTS idx_membership_edge ON membership(hyperedge_id);
CREATE INDEX IF NOT EXISTS idx_confidence_updates_node ON confidence_updates(node_id);
CREATE INDEX IF NOT EXISTS idx_confidence_updates_trigger ON confidence_updates(trigger_type);
CREATE VIRTUAL TABLE IF NOT EXISTS content_fts USING fts5(
    node_id UNINDEXED,
    content,
    type UNINDEXED,
    tokenize='porter'
);
CREATE TRIGGER IF NOT EXISTS nodes_fts_insert AFTER INSERT ON nodes BEGIN
    INSERT INTO content_fts(node_id, content, type) VALUES (NEW.id, NEW.content, NEW.type);
END;
CREATE TRIGGER IF NOT EXISTS nodes_fts_update AFTER UPDATE OF content ON nodes BEGIN
    DELETE FROM content_fts WHERE node_id = OLD.id;
    INSERT INTO content_fts(node_id, content, type) VALUES (NEW.id, NEW.content, NEW.type);
END;
CREATE TRIGGER IF NOT EXISTS nodes_fts_delete AFTER DELETE ON nodes BEGIN
    DELETE FROM content_fts WHERE node_id = OLD.id;
END;
`;
/** The tables of that layout (a database holding none of them is initialised). */
const MEMORY_TABLES = [
	"nodes",
	"hyperedges",
	"membership",
	"evolution_log",
	"confidence_updates",
	"content_fts"
];
var memory_store_exports = /* @__PURE__ */ require_rolldown_runtime_twds_ZHy.__exportAll({
	BUSY_TIMEOUT_MS: () => BUSY_TIMEOUT_MS,
	openMemoryStore: () => openMemoryStore,
	requireTables: () => requireTables
});
const BUSY_TIMEOUT_MS = 5e3;
/**
* Open (or create) the memory database: WAL, foreign keys on, a busy timeout so concurrent
* writers wait instead of failing. The layout is created only when none of its tables
* exist; an existing database is used as it is.
*/
async function openMemoryStore(path, options = {}) {
	const Sqlite = loadSqlite();
	if (!options.readonly) (0, node_fs.mkdirSync)((0, node_path.dirname)(path), {
		recursive: true,
		mode: 448
	});
	const isNew = !(0, node_fs.existsSync)(path);
	let db;
	try {
		const nativeBinding = sqliteAddon();
		db = new Sqlite(path, {
			timeout: BUSY_TIMEOUT_MS,
			fileMustExist: options.readonly === true,
			...nativeBinding !== void 0 ? { nativeBinding } : {}
		});
	} catch (err) {
		throw new ReplError("ERR_RLM_MEMORY_DB", `cannot open the memory database ${path}: ${err.message}`, {
			hint: "set RLM_MEMORY_DB to another file, or check the file's permissions",
			cause: err
		});
	}
	try {
		if (isNew && !options.readonly) (0, node_fs.chmodSync)(path, 384);
		db.pragma("foreign_keys = ON");
		const tables = existingTables(db);
		let created = false;
		if (!MEMORY_TABLES.some((t) => tables.has(t)) && !options.readonly) {
			db.pragma("journal_mode = WAL");
			db.exec(`BEGIN IMMEDIATE;${MEMORY_SCHEMA_SQL}COMMIT;`);
			for (const t of MEMORY_TABLES) tables.add(t);
			created = true;
		} else if (!options.readonly && db.pragma("journal_mode", { simple: true }) !== "wal") db.pragma("journal_mode = WAL");
		return {
			path,
			db,
			created,
			tables,
			close: () => db.close()
		};
	} catch (err) {
		db.close();
		if (err instanceof ReplError) throw err;
		throw new ReplError("ERR_RLM_MEMORY_DB", `the memory database ${path} cannot be used: ${err.message}`, {
			hint: "it may not be an SQLite file; set RLM_MEMORY_DB to use another one",
			cause: err
		});
	}
}
function existingTables(db) {
	const rows = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all();
	return new Set(rows.map((r) => r.name));
}
/** Throws ERR_RLM_MEMORY_DB unless the database has every table in `needed`. */
function requireTables(store, needed, op) {
	const missing = needed.filter((t) => !store.tables.has(t));
	if (missing.length > 0) throw new ReplError("ERR_RLM_MEMORY_DB", `${op}: the memory database ${store.path} has no ${missing.join(", ")} table (it was created by something else); it is left as it is`, { hint: "point RLM_MEMORY_DB at a database with the RLM memory layout, or at a new file" });
}
//#endregion
//#region ../../packages/repl-bridge/dist/add-node-B5pcFrdZ.mjs
/** Insert one node (a UUID v4 id); the FTS index follows through the layout's triggers. */
function addNode(store, node) {
	requireTables(store, ["nodes"], "memory_add");
	const id = (0, node_crypto.randomUUID)();
	store.db.prepare(`INSERT INTO nodes (id, type, subtype, content, tier, confidence, provenance, created_at, updated_at, last_accessed, access_count, metadata)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?)`).run(id, node.type, node.subtype ?? null, node.content, node.tier ?? "task", node.confidence, node.provenance ?? null, node.now, node.now, node.now, JSON.stringify(node.metadata ?? {}));
	return id;
}
//#endregion
//#region ../../packages/repl-bridge/dist/promote-node-DM5Pujl8.mjs
/**
* Write a promoted cell as a task-tier node (`provenance` `cell:<id>`) with membership
* (role `subject`) in the session's `context` hyperedge labelled `session:<id>`, in one
* IMMEDIATE transaction. Promoting a cell that already has its node returns that node:
* concurrent promotions of one cell make one node.
*/
function promoteNode(store, p) {
	requireTables(store, [
		"nodes",
		"hyperedges",
		"membership"
	], "promote_to_memory");
	const provenance = `cell:${p.cellId}`;
	const label = `session:${p.sessionId}`;
	return store.db.transaction(() => {
		const existing = store.db.prepare("SELECT id FROM nodes WHERE provenance = ? LIMIT 1").get(provenance);
		const edge = store.db.prepare("SELECT id FROM hyperedges WHERE edge_type = 'context' AND label = ? LIMIT 1").get(label);
		const hyperedgeId = edge?.id ?? (0, node_crypto.randomUUID)();
		if (edge === void 0) store.db.prepare("INSERT INTO hyperedges (id, edge_type, label, weight) VALUES (?, 'context', ?, 1.0)").run(hyperedgeId, label);
		if (existing !== void 0) return {
			nodeId: existing.id,
			created: false,
			hyperedgeId
		};
		const nodeId = addNode(store, {
			type: p.type,
			content: p.content,
			confidence: p.confidence,
			tier: "task",
			provenance,
			metadata: {
				session_id: p.sessionId,
				cell_id: p.cellId,
				...p.metadata
			},
			now: p.now
		});
		const position = store.db.prepare("SELECT COUNT(*) AS n FROM membership WHERE hyperedge_id = ?").get(hyperedgeId).n;
		store.db.prepare("INSERT INTO membership (hyperedge_id, node_id, role, position) VALUES (?, ?, 'subject', ?)").run(hyperedgeId, nodeId, position);
		return {
			nodeId,
			created: true,
			hyperedgeId
		};
	}).immediate();
}
//#endregion
//#region ../../packages/repl-bridge/dist/query-nodes-DxgrieIP.mjs
/**
* FTS5 search over the nodes, best (lowest bm25) first; archived nodes only when asked by
* tier. Read-only. Two steps: the best candidates from the FTS index alone (FTS5 ranks
* `ORDER BY rank LIMIT n` without touching the nodes table), then their rows and the
* tier/type filters; only when the filters leave too few does it rank every match.
*/
function queryNodes(store, q) {
	requireTables(store, ["nodes", "content_fts"], "memory_query");
	const match = q.raw ? q.query : ftsQuery(q.query, q.match ?? "any");
	if (match === "") return [];
	return run(store, q, () => {
		const cap = Math.max(40, q.limit * 4);
		const candidates = store.db.prepare("SELECT node_id, rank FROM content_fts WHERE content_fts MATCH ? ORDER BY rank LIMIT ?").all(match, cap);
		const hits = rowsFor(store, q, candidates);
		if (hits.length >= q.limit || candidates.length < cap) return hits.slice(0, q.limit);
		return rankAll(store, q, match);
	});
}
const COLUMNS = "n.id AS node_id, n.type, n.subtype, n.tier, n.confidence, n.content, n.provenance, n.metadata, n.created_at";
function filters(q) {
	const where = [];
	const params = [];
	if (q.tier !== void 0) {
		where.push("n.tier = ?");
		params.push(q.tier);
	} else where.push("(n.tier IS NULL OR n.tier != 'archive')");
	if (q.type !== void 0) {
		where.push("n.type = ?");
		params.push(q.type);
	}
	return {
		where,
		params
	};
}
/** The candidates' rows that pass the filters, in rank order. */
function rowsFor(store, q, candidates) {
	if (candidates.length === 0) return [];
	const { where, params } = filters(q);
	const ids = candidates.map((c) => c.node_id);
	const rows = store.db.prepare(`SELECT ${COLUMNS} FROM nodes n WHERE n.id IN (${ids.map(() => "?").join(",")}) AND ${where.join(" AND ")}`).all(...ids, ...params);
	const byId = new Map(rows.map((r) => [r.node_id, r]));
	const out = [];
	for (const c of candidates) {
		const r = byId.get(c.node_id);
		if (r !== void 0) out.push(hit(r, c.rank));
	}
	return out;
}
function rankAll(store, q, match) {
	const { where, params } = filters(q);
	return store.db.prepare(`SELECT ${COLUMNS}, bm25(content_fts) AS score FROM content_fts JOIN nodes n ON n.id = content_fts.node_id
       WHERE content_fts MATCH ? AND ${where.join(" AND ")} ORDER BY score LIMIT ?`).all(match, ...params, q.limit).map((r) => hit(r, r.score));
}
function run(store, q, query) {
	try {
		return query();
	} catch (err) {
		const msg = err.message;
		if (q.raw) throw usageError(`memory_query: bad FTS5 query ${JSON.stringify(q.query)}: ${msg}`);
		throw new ReplError("ERR_RLM_MEMORY_DB", `memory_query on ${store.path} failed: ${msg}`, { cause: err });
	}
}
function hit(r, score) {
	const { metadata, ...rest } = r;
	return {
		...rest,
		metadata: parseJson(metadata),
		score: Math.round(score * 1e4) / 1e4
	};
}
/** Words of the user's query, each quoted (no FTS5 syntax reaches MATCH), joined by OR / AND. */
function ftsQuery(text, mode) {
	return text.split(/[^\p{L}\p{N}_]+/u).filter((w) => w !== "").map((w) => `"${w}"`).join(mode === "all" ? " AND " : " OR ");
}
function parseJson(v) {
	if (v === null) return null;
	try {
		return JSON.parse(v);
	} catch {
		return v;
	}
}
//#endregion
//#region ../../packages/repl-bridge/dist/extract-functions-Cj6aayWk.mjs
const PACKAGE = "@vscode/tree-sitter-wasm";
let runtime;
const languages = /* @__PURE__ */ new Map();
/** A parser for one grammar (`python`, `go`, `javascript`, `typescript`, `tsx`); loaded once per process. */
async function parserFor(grammar) {
	runtime ??= loadRuntime();
	const { mod, dir } = await runtime;
	let lang = languages.get(grammar);
	if (lang === void 0) {
		lang = mod.Language.load((0, node_fs.readFileSync)((0, node_path.join)(dir, `tree-sitter-${grammar}.wasm`)));
		languages.set(grammar, lang);
	}
	const parser = new mod.Parser();
	parser.setLanguage(await lang);
	return parser;
}
async function loadRuntime() {
	const req = (0, node_module.createRequire)(require("url").pathToFileURL(__filename).href);
	let entry;
	try {
		entry = req.resolve(PACKAGE);
	} catch (err) {
		throw new ReplError("ERR_RLM_MISSING_MODULE", `extract_functions needs ${PACKAGE} (tree-sitter and its grammars) and it cannot be found`, {
			hint: `install it next to rlm-repl: npm install ${PACKAGE}@0.3.1`,
			cause: err
		});
	}
	const dir = (0, node_path.dirname)(entry);
	const loaded = req(entry);
	const mod = loaded.Parser ? loaded : loaded.default;
	await mod.Parser.init({ locateFile: (f) => (0, node_path.join)(dir, f) });
	return {
		mod,
		dir
	};
}
const DEFINITIONS = {
	python: new Set(["function_definition"]),
	go: new Set(["function_declaration", "method_declaration"]),
	javascript: new Set([
		"function_declaration",
		"generator_function_declaration",
		"method_definition",
		"variable_declarator"
	]),
	typescript: new Set([
		"function_declaration",
		"generator_function_declaration",
		"method_definition",
		"variable_declarator"
	])
};
const FUNCTION_VALUES = new Set([
	"arrow_function",
	"function_expression",
	"function",
	"generator_function"
]);
/**
* Every function and method in `source`, nested ones included, in source order, found by
* tree-sitter (a real parser: multi-line signatures, decorators and nesting are handled).
*/
async function extractFunctions(source, language, options = {}) {
	const parser = await parserFor(language === "typescript" && options.tsx ? "tsx" : language);
	const tree = parser.parse(source);
	if (tree === null) throw new Error(`tree-sitter returned no tree for ${language} source`);
	try {
		const functions = [];
		const wanted = DEFINITIONS[language];
		const stack = [tree.rootNode];
		while (stack.length > 0) {
			const node = stack.pop();
			if (wanted.has(node.type)) {
				const info = describe(node, language, source);
				if (info !== null) functions.push(info);
			}
			const kids = node.namedChildren;
			for (let i = kids.length - 1; i >= 0; i--) {
				const k = kids[i];
				if (k) stack.push(k);
			}
		}
		return {
			functions,
			parseErrors: tree.rootNode.hasError
		};
	} finally {
		tree.delete();
		parser.delete();
	}
}
function describe(node, language, source) {
	let fn = node;
	const name = node.childForFieldName("name")?.text;
	let kind = "function";
	if (node.type === "variable_declarator") {
		const value = node.childForFieldName("value");
		if (value === null || !FUNCTION_VALUES.has(value.type)) return null;
		fn = value;
		kind = value.type === "arrow_function" ? "arrow" : "function";
	}
	if (name === void 0) return null;
	let owner;
	if (language === "go" && node.type === "method_declaration") {
		kind = "method";
		owner = receiverType(node.childForFieldName("receiver"));
	} else if (node.type === "method_definition" || language === "python" && enclosingClass(node) !== void 0) {
		owner = enclosingClass(node);
		if (owner !== void 0 || node.type === "method_definition") kind = "method";
	}
	const body = fn.childForFieldName("body");
	const start = outerStart(node, language);
	const sigEnd = body === null ? node.endIndex : body.startIndex;
	const signature = source.slice(start.startIndex, sigEnd).replace(/\s+/g, " ").replace(/\s*[:{]?\s*$/, "").trim();
	const info = {
		name,
		kind,
		signature,
		start_line: start.startPosition.row + 1,
		end_line: node.endPosition.row + 1
	};
	if (owner !== void 0) info.class = owner;
	if (/^(?:export\s+)?(?:default\s+)?(?:static\s+)?async\b/.test(signature) || /\basync\s+(?:def|function)\b/.test(signature)) info.async = true;
	return info;
}
/** Python decorators and `export`/`const` wrappers belong to the definition's first line. */
function outerStart(node, language) {
	let n = node;
	const p = n.parent;
	if (language === "python" && p?.type === "decorated_definition") return p;
	if (n.type === "variable_declarator" && p !== null && /declaration$/.test(p.type)) n = p;
	if (n.parent?.type === "export_statement") n = n.parent;
	return n;
}
function enclosingClass(node) {
	for (let p = node.parent; p !== null; p = p.parent) {
		if (p.type === "class_definition" || p.type === "class_declaration" || p.type === "class") return p.childForFieldName("name")?.text;
		if (p.type === "function_definition" || p.type === "function_declaration" || p.type === "method_definition") return void 0;
	}
}
function receiverType(receiver) {
	if (receiver === null) return void 0;
	return /\*?\s*([A-Za-z_][\w.]*)(?:\[[^\]]*\])?\s*\)\s*$/.exec(receiver.text)?.[1];
}
//#endregion
//#region ../../packages/repl-bridge/dist/select-provider-BTF7nHHx.mjs
var select_provider_BTF7nHHx_exports = /* @__PURE__ */ require_chunk.__exportAll({
	i: () => anthropicProvider,
	n: () => select_provider_exports,
	r: () => claudeCliProvider,
	t: () => selectProvider
});
/**
* The Anthropic Messages API through `@anthropic-ai/sdk` (loaded on the first call).
* `baseURL` defaults to $ANTHROPIC_BASE_URL, as in the SDK.
*/
function anthropicProvider(o) {
	let client;
	return {
		name: "anthropic-api",
		async complete(request, signal) {
			client ??= Promise.resolve().then(() => __rlmRequire("sdk-D720P6Mr.cjs")).then((n) => n.sdk_exports).then((m) => {
				const mod = m;
				return new (mod.Anthropic ?? mod.default.Anthropic ?? mod.default)({
					apiKey: o.apiKey,
					baseURL: o.baseURL ?? null,
					maxRetries: o.maxRetries ?? 2
				});
			});
			const c = await client;
			try {
				const msg = await c.messages.create({
					model: request.model,
					max_tokens: request.max_tokens,
					messages: request.messages,
					...request.system !== void 0 ? { system: request.system } : {},
					...request.temperature !== void 0 ? { temperature: request.temperature } : {}
				}, signal === void 0 ? {} : { signal });
				return {
					text: msg.content.filter((b) => b.type === "text").map((b) => b.text).join(""),
					model: msg.model,
					usage: {
						input_tokens: msg.usage.input_tokens,
						output_tokens: msg.usage.output_tokens
					},
					stop_reason: msg.stop_reason ?? null,
					provider: "anthropic-api"
				};
			} catch (err) {
				if (signal?.aborted) throw new ReplError("ERR_RLM_INTERRUPTED", "model call interrupted", { cause: err });
				const status = err.status;
				throw new ReplError("ERR_RLM_PROVIDER", `Anthropic API call failed${status ? ` (HTTP ${status})` : ""}: ${err.message}`, {
					hint: "check ANTHROPIC_API_KEY, ANTHROPIC_BASE_URL and the model name",
					cause: err
				});
			}
		}
	};
}
/**
* The headless Claude Code CLI: `claude -p --output-format json --model M --max-turns 1`,
* the prompt on stdin, one JSON result object on stdout
* (`{type: "result", is_error, result, usage, total_cost_usd, modelUsage}`).
* The child gets RLM_REPL_NESTED=1 so RLM's own hooks can tell it is a nested call.
*/
function claudeCliProvider(o) {
	return {
		name: "claude-cli",
		complete: (request, signal) => runClaude(o, request, signal)
	};
}
function runClaude(o, request, signal) {
	const args = [
		"-p",
		"--output-format",
		"json",
		"--model",
		request.model,
		"--max-turns",
		"1"
	];
	if (request.system !== void 0) args.push("--system-prompt", request.system);
	const prompt = request.messages.map((m) => m.content).join("\n\n");
	return new Promise((resolve, reject) => {
		const child = (0, node_child_process.spawn)(o.executable, args, {
			env: {
				...o.env,
				RLM_REPL_NESTED: "1"
			},
			stdio: [
				"pipe",
				"pipe",
				"pipe"
			],
			...signal === void 0 ? {} : { signal }
		});
		let stdout = "";
		let stderr = "";
		child.stdout.setEncoding("utf8").on("data", (d) => {
			stdout += d;
		});
		child.stderr.setEncoding("utf8").on("data", (d) => {
			stderr += d;
		});
		child.stdin.on("error", () => {});
		child.on("error", (err) => {
			if (signal?.aborted) reject(new ReplError("ERR_RLM_INTERRUPTED", "model call interrupted", { cause: err }));
			else reject(new ReplError("ERR_RLM_PROVIDER", `cannot run ${o.executable}: ${err.message}`, { cause: err }));
		});
		child.on("close", (code) => {
			try {
				resolve(parseResult(o.executable, stdout, stderr, code, request.model));
			} catch (err) {
				reject(err);
			}
		});
		child.stdin.end(prompt);
	});
}
function parseResult(exe, stdout, stderr, code, model) {
	const doc = lastJsonObject(stdout);
	const fail = (why) => new ReplError("ERR_RLM_PROVIDER", `${exe} -p failed: ${why}`, { hint: "run `claude -p 'hello' --output-format json` to see what the CLI says" });
	if (doc === null) throw fail(`exit ${code}, no JSON result on stdout${stderr.trim() ? `; stderr: ${stderr.trim().slice(0, 300)}` : ""}`);
	if (doc.is_error === true || doc.subtype !== "success") throw fail(`${String(doc.subtype ?? "error")}: ${String(doc.result ?? "").slice(0, 300)}`);
	const usage = doc.usage ?? {};
	const num = (v) => typeof v === "number" && Number.isFinite(v) ? v : 0;
	const input = num(usage.input_tokens) + num(usage.cache_creation_input_tokens) + num(usage.cache_read_input_tokens);
	const modelUsage = doc.modelUsage;
	const answered = typeof modelUsage === "object" && modelUsage !== null ? Object.keys(modelUsage)[0] ?? model : model;
	return {
		text: typeof doc.result === "string" ? doc.result : "",
		model: answered,
		usage: {
			input_tokens: input,
			output_tokens: num(usage.output_tokens)
		},
		stop_reason: typeof doc.stop_reason === "string" ? doc.stop_reason : null,
		provider: "claude-cli",
		...typeof doc.total_cost_usd === "number" ? { cost_usd: doc.total_cost_usd } : {}
	};
}
function lastJsonObject(text) {
	const lines = text.trim().split("\n");
	for (let i = lines.length - 1; i >= 0; i--) try {
		const v = JSON.parse(lines[i]);
		if (typeof v === "object" && v !== null && !Array.isArray(v)) return v;
	} catch {}
	try {
		const v = JSON.parse(text);
		return typeof v === "object" && v !== null && !Array.isArray(v) ? v : null;
	} catch {
		return null;
	}
}
var select_provider_exports = /* @__PURE__ */ require_rolldown_runtime_twds_ZHy.__exportAll({
	findOnPath: () => findOnPath,
	selectProvider: () => selectProvider
});
/**
* The Anthropic API when ANTHROPIC_API_KEY is set, else `claude -p` when `claude` is on
* the PATH, else ERR_RLM_NO_PROVIDER.
*/
function selectProvider(env) {
	const key = env.ANTHROPIC_API_KEY;
	if (key !== void 0 && key.trim() !== "") {
		const baseURL = env.ANTHROPIC_BASE_URL;
		return anthropicProvider({
			apiKey: key,
			...baseURL ? { baseURL } : {}
		});
	}
	const claude = findOnPath("claude", env.PATH ?? "");
	if (claude !== null) return claudeCliProvider({
		executable: claude,
		env
	});
	throw new ReplError("ERR_RLM_NO_PROVIDER", "no model provider: ANTHROPIC_API_KEY is not set and `claude` is not on the PATH", { hint: "set ANTHROPIC_API_KEY (optionally ANTHROPIC_BASE_URL), or install Claude Code so `claude -p` can be used" });
}
function findOnPath(name, path) {
	for (const dir of path.split(node_path.delimiter)) {
		if (dir === "") continue;
		const candidate = (0, node_path.join)(dir, name);
		try {
			if (!(0, node_fs.statSync)(candidate).isFile()) continue;
			(0, node_fs.accessSync)(candidate, node_fs.constants.X_OK);
			return candidate;
		} catch {}
	}
	return null;
}
//#endregion
//#region ../../packages/repl-bridge/dist/session-transcript-D1GLLuQz.mjs
/**
* The user and assistant messages of a Claude Code transcript (JSONL), in file order.
* Consecutive assistant lines of one API message (same `message.id`) are merged. Lines
* that are not JSON and lines of other types are skipped and counted, never fatal.
*/
function parseTranscript(text) {
	const out = {
		messages: [],
		lines: 0,
		bad_lines: 0,
		skipped_types: {}
	};
	let last;
	for (const line of text.split("\n")) {
		if (line.trim() === "") continue;
		out.lines++;
		let entry;
		try {
			entry = JSON.parse(line);
		} catch {
			out.bad_lines++;
			continue;
		}
		if (!isObject(entry)) {
			out.bad_lines++;
			continue;
		}
		const type = typeof entry.type === "string" ? entry.type : "(none)";
		const message = entry.message;
		if (type !== "user" && type !== "assistant" || !isObject(message)) {
			out.skipped_types[type] = (out.skipped_types[type] ?? 0) + 1;
			continue;
		}
		const id = typeof message.id === "string" ? message.id : void 0;
		if (type === "assistant" && last?.role === "assistant" && id !== void 0 && last.message_id === id) {
			addContent(last, message.content);
			continue;
		}
		last = newMessage(out.messages.length, type, entry, message, id);
		addContent(last, message.content);
		out.messages.push(last);
	}
	return out;
}
function newMessage(index, role, entry, message, id) {
	const m = {
		index,
		role,
		uuid: typeof entry.uuid === "string" ? entry.uuid : null,
		timestamp: typeof entry.timestamp === "string" ? entry.timestamp : null,
		text: ""
	};
	if (id !== void 0) m.message_id = id;
	if (typeof message.model === "string") m.model = message.model;
	if (entry.isMeta === true) m.meta = true;
	if (entry.isCompactSummary === true) m.compact_summary = true;
	if (entry.isSidechain === true) m.sidechain = true;
	return m;
}
function addContent(m, content) {
	if (typeof content === "string") {
		appendText(m, content);
		return;
	}
	if (!Array.isArray(content)) return;
	for (const block of content) {
		if (!isObject(block)) continue;
		switch (block.type) {
			case "text":
				if (typeof block.text === "string") appendText(m, block.text);
				break;
			case "tool_use":
				m.tool_calls ??= [];
				m.tool_calls.push({
					id: String(block.id ?? ""),
					name: String(block.name ?? ""),
					input: block.input ?? null
				});
				break;
			case "tool_result":
				m.tool_results ??= [];
				m.tool_results.push({
					tool_use_id: String(block.tool_use_id ?? ""),
					is_error: block.is_error === true,
					content: resultText(block.content)
				});
				break;
			case "image":
				appendText(m, "[image]");
				break;
		}
	}
}
function appendText(m, text) {
	m.text = m.text === "" ? text : `${m.text}\n\n${text}`;
}
function resultText(content) {
	if (typeof content === "string") return content;
	if (!Array.isArray(content)) return content === void 0 || content === null ? "" : JSON.stringify(content);
	return content.map((b) => isObject(b) && b.type === "text" && typeof b.text === "string" ? b.text : isObject(b) && b.type === "image" ? "[image]" : "").filter((s) => s !== "").join("\n");
}
function isObject(v) {
	return typeof v === "object" && v !== null && !Array.isArray(v);
}
/**
* Read the Claude Code transcript behind `<session>/transcript.jsonl` (a symlink that may
* dangle until Claude Code writes it), falling back to `metadata.claude_transcript_path`.
*/
function readSessionTranscript(store, sessionId) {
	const empty = {
		messages: [],
		lines: 0,
		bad_lines: 0,
		skipped_types: {}
	};
	const candidates = [(0, node_path.join)(store.sessionDir(sessionId), "transcript.jsonl")];
	const recorded = store.load(sessionId).metadata.claude_transcript_path;
	if (recorded) candidates.push(recorded);
	for (const candidate of candidates) {
		let path;
		try {
			path = (0, node_fs.realpathSync)(candidate);
		} catch {
			continue;
		}
		return {
			...parseTranscript((0, node_fs.readFileSync)(path, "utf8")),
			path
		};
	}
	return {
		...empty,
		path: recorded ?? null,
		missing: recorded ? `the transcript ${recorded} does not exist (yet)` : "the session has no transcript link"
	};
}
//#endregion
//#region ../../packages/repl-bridge/dist/index.mjs
function createLazyServices(o) {
	let config;
	let provider = o.provider ? Promise.resolve(o.provider) : void 0;
	let memory;
	let opened;
	return {
		memoryDbPath: o.memoryDb,
		config: () => {
			config ??= loadRlmConfig(o.configPath);
			return config;
		},
		provider: () => {
			provider ??= Promise.resolve().then(() => select_provider_BTF7nHHx_exports).then((n) => n.n).then((m) => m.selectProvider(o.env));
			return provider;
		},
		memory: () => {
			memory ??= Promise.resolve().then(() => memory_store_C4iEfEZf_exports).then((n) => n.t).then(async (m) => {
				opened = await m.openMemoryStore(o.memoryDb);
				return opened;
			});
			return memory;
		},
		close: () => opened?.close()
	};
}
function createBridge(options = {}) {
	const env = options.env ?? process.env;
	const services = createLazyServices({
		env,
		memoryDb: options.memoryDb ?? nonEmpty(env.RLM_MEMORY_DB) ?? (0, node_path.join)((0, node_os.homedir)(), ".claude", "rlm-memory.db"),
		configPath: options.configPath ?? nonEmpty(env.RLM_CONFIG) ?? (0, node_path.join)((0, node_os.homedir)(), ".claude", "rlm-config.json"),
		provider: options.provider
	});
	const now = options.now ?? Date.now;
	return {
		ops: OPS,
		async run(name, rawArgs, runOptions = {}) {
			const spec = findOp(name);
			const args = validateArgs(spec.name, spec.args, rawArgs, spec.oneOf);
			const signal = runOptions.signal ?? new AbortController().signal;
			const report = runOptions.onProgress;
			const progress = (done, total, label) => report?.({
				op: spec.name,
				done,
				total,
				label
			});
			const mod = await spec.load();
			if (!spec.session) {
				const ctx = sessionlessContext(services, options.sessionsDir, env, signal, now, progress);
				return (await mod.run(ctx, args)).result;
			}
			const { runOnSession } = await Promise.resolve().then(() => __rlmRequire("run-on-session-CDjbSiON-BjHC5UUd.cjs"));
			return runOnSession(spec, mod, args, {
				sessionsDir: options.sessionsDir,
				session: runOptions.session,
				services,
				env,
				signal,
				now,
				progress
			});
		},
		close: () => services.close()
	};
}
function sessionlessContext(services, sessionsDir, env, signal, now, progress) {
	return {
		sessionsDir,
		get sessionId() {
			throw new ReplError("ERR_RLM_USAGE", "this operation does not act on a session");
		},
		store: () => {
			throw new ReplError("ERR_RLM_USAGE", "this operation does not act on a session");
		},
		cells: () => {
			throw new ReplError("ERR_RLM_USAGE", "this operation does not act on a session");
		},
		config: () => services.config(),
		provider: () => services.provider(),
		memory: () => services.memory(),
		env,
		signal,
		replaying: false,
		now,
		progress
	};
}
function nonEmpty(v) {
	return v !== void 0 && v.trim() !== "" ? v : void 0;
}
//#endregion
//#region package.json
var version = "0.0.0";
//#endregion
//#region src/error-document.ts
/** `{code, message, hint}` for any thrown value; non-RLM errors get ERR_RLM_INTERNAL. */
function errorDocument(err) {
	const e = err;
	const code = typeof e?.code === "string" && e.code.startsWith("ERR_RLM_") ? e.code : "ERR_RLM_INTERNAL";
	const doc = {
		code,
		message: err instanceof Error ? err.message : String(err)
	};
	if (typeof e?.hint === "string") doc.hint = e.hint;
	else if (code === "ERR_RLM_INTERNAL" && typeof e?.code === "string") doc.hint = `system error ${e.code}`;
	return doc;
}
/** Codes that mean the command line was wrong (exit 2). */
function isUsageCode(code) {
	return code === "ERR_RLM_USAGE" || code === "ERR_RLM_UNKNOWN_OP";
}
//#endregion
//#region src/exit-codes.ts
const EXIT_CODES_HELP = `Exit codes:
  0    the operation ran; its JSON result is on stdout
  1    the operation failed; {"error": {"code", "message", "hint"}} is on stdout
  2    usage error: unknown option or operation, --args that is not JSON or does
       not fit the operation (the same {"error": …} document is printed)
  130  interrupted (Ctrl-C); writes are atomic, nothing is left half-written
`;
//#endregion
//#region src/help.ts
const GROUPS = {
	session: "Session and cells",
	context: "Context (the session directory)",
	model: "Model-backed and parsers",
	memory: "Memory database"
};
function mainHelp(version) {
	const lines = [
		`rlm-repl ${version}: the RLM REPL bridge. Runs one operation on a session directory and prints one JSON document.`,
		"",
		"Usage:",
		"  rlm-repl --op NAME [--args '<json>'] [--session ID] [--sessions-dir DIR] [--pretty]",
		"  rlm-repl --op NAME --help          arguments and an example for one operation",
		"  rlm-repl ops [--json]              every operation (with --json: argument schemas)",
		"",
		"Options:",
		"  --op NAME            the operation (below)",
		"  --args JSON          its arguments, one JSON object (default {})",
		"  --session ID         the session (default: current, the session <root>/current names)",
		"  --sessions-dir DIR   sessions root (default: $RLM_SESSIONS_DIR, else ~/.claude/rlm-sessions)",
		"  --pretty             indent the JSON output",
		"  --json               JSON output (the default for operations; for `ops`, the schemas)",
		"  -h, --help           this help",
		"  -V, --version        the version",
		""
	];
	for (const [group, title] of Object.entries(GROUPS)) {
		lines.push(`${title}:`);
		for (const op of OPS.filter((o) => o.group === group)) {
			lines.push(`  ${op.name.padEnd(18)} ${op.summary}${recordNote(op)}`);
			lines.push(`  ${"".padEnd(18)} e.g. ${exampleCommand(op)}`);
		}
		lines.push("");
	}
	lines.push("Every operation on a session is recorded as a cell (repl, or llm_call for model calls) so that", "`replay` can re-run it, except the read-only ones marked (not recorded).", "", "Environment:", "  RLM_SESSIONS_DIR     sessions root            RLM_MEMORY_DB   memory database (~/.claude/rlm-memory.db)", "  RLM_CONFIG           rlm-config.json path (~/.claude/rlm-config.json)", "  ANTHROPIC_API_KEY    model calls through the Anthropic API (ANTHROPIC_BASE_URL to redirect);", "                       without it, `claude -p` when `claude` is on the PATH", "", EXIT_CODES_HELP);
	return lines.join("\n");
}
function opHelp(op) {
	const lines = [
		`rlm-repl --op ${op.name}: ${op.summary}${recordNote(op)}`,
		"",
		"Arguments (--args JSON object):"
	];
	const entries = Object.entries(op.args);
	if (entries.length === 0) lines.push("  (none)");
	for (const [name, spec] of entries) lines.push(`  ${name.padEnd(14)} ${describeArg(spec)}`);
	for (const group of op.oneOf ?? []) lines.push(`  exactly one of: ${group.join(", ")}`);
	lines.push("", "Example:", `  ${exampleCommand(op)}`, "", op.session ? "Acts on --session (default: current)." : "Needs no session.");
	lines.push("", EXIT_CODES_HELP);
	return lines.join("\n");
}
function opsTable() {
	return `${OPS.map((op) => `${op.name.padEnd(18)} ${op.group.padEnd(8)} ${op.summary}`).join("\n")}\n\n${OPS.length} operations; \`rlm-repl ops --json\` gives their argument schemas.\n`;
}
function describeArg(spec) {
	const parts = [`${typeof spec.type === "string" ? spec.type : spec.type.join(" | ")}${spec.required ? ", required" : ""}`];
	if (spec.enum) parts.push(`one of ${spec.enum.join(", ")}`);
	if (spec.default !== void 0) parts.push(`default ${JSON.stringify(spec.default)}`);
	return `(${parts.join("; ")}) ${spec.description}`;
}
function recordNote(op) {
	if (op.recording === "none") return op.session ? " (not recorded)" : "";
	return "";
}
//#endregion
//#region src/parse-argv.ts
/** node:util's parseArgs (strict): an unknown option throws a TypeError with code ERR_PARSE_ARGS_*. */
function parseArgv(argv) {
	const { values, positionals } = (0, node_util.parseArgs)({
		args: argv,
		strict: true,
		allowPositionals: true,
		options: {
			op: { type: "string" },
			args: { type: "string" },
			session: { type: "string" },
			"sessions-dir": { type: "string" },
			pretty: {
				type: "boolean",
				default: false
			},
			json: {
				type: "boolean",
				default: false
			},
			help: {
				type: "boolean",
				short: "h",
				default: false
			},
			version: {
				type: "boolean",
				short: "V",
				default: false
			}
		}
	});
	return {
		...values.op !== void 0 ? { op: values.op } : {},
		...values.args !== void 0 ? { args: values.args } : {},
		...values.session !== void 0 ? { session: values.session } : {},
		...values["sessions-dir"] !== void 0 ? { sessionsDir: values["sessions-dir"] } : {},
		pretty: values.pretty === true,
		json: values.json === true,
		help: values.help === true,
		version: values.version === true,
		positionals
	};
}
//#endregion
//#region src/progress.ts
/** A one-line progress bar on stderr when it is a terminal (stdout stays one JSON document); else nothing. */
function progressBar(io) {
	if (!io.stderrIsTTY) return void 0;
	return ({ done, total, label }) => {
		const width = 24;
		const filled = total > 0 ? Math.round(width * done / total) : width;
		io.stderr(`\r[${"#".repeat(filled)}${".".repeat(width - filled)}] ${done}/${total} ${label}`);
		if (done >= total) io.stderr("\r\x1B[K");
	};
}
//#endregion
//#region src/run-cli.ts
/**
* rlm-repl with `argv` (without node and the script). The one error boundary: every
* outcome is one JSON document on stdout and an exit code (0 ok, 1 failed, 2 usage, 130 Ctrl-C).
*/
async function runCli(argv, io) {
	let args;
	try {
		args = parseArgv(argv);
	} catch (err) {
		return fail(io, false, {
			code: "ERR_RLM_USAGE",
			message: err.message,
			hint: "run rlm-repl --help"
		});
	}
	const print = (doc) => io.stdout(`${JSON.stringify(doc, null, args.pretty ? 2 : void 0)}\n`);
	if (args.version) {
		io.stdout(`${version}\n`);
		return 0;
	}
	const [command, ...extra] = args.positionals;
	if (command !== void 0 && (command !== "ops" || extra.length > 0 || args.op !== void 0)) return fail(io, args.pretty, {
		code: "ERR_RLM_USAGE",
		message: `unexpected argument ${JSON.stringify(command === "ops" ? extra[0] ?? "--op" : command)}`,
		hint: "operations are chosen with --op NAME; run rlm-repl --help"
	});
	if (args.help) {
		if (args.op === void 0) {
			io.stdout(mainHelp(version));
			return 0;
		}
		try {
			io.stdout(opHelp(findOp(args.op)));
			return 0;
		} catch (err) {
			return fail(io, args.pretty, errorDocument(err));
		}
	}
	if (command === "ops") {
		if (args.json) print({
			ops: OPS.map(describeOp),
			count: OPS.length
		});
		else io.stdout(opsTable());
		return 0;
	}
	if (args.op === void 0) return fail(io, args.pretty, {
		code: "ERR_RLM_USAGE",
		message: "no operation: pass --op NAME",
		hint: "rlm-repl --help lists the operations; rlm-repl ops --json gives their argument schemas"
	});
	let opArgs = {};
	if (args.args !== void 0) try {
		opArgs = JSON.parse(args.args);
	} catch (err) {
		return fail(io, args.pretty, {
			code: "ERR_RLM_USAGE",
			message: `--args is not valid JSON: ${err.message}`,
			hint: `pass one JSON object, e.g. --args '{"cell_id": "cell_0a1b2c3d"}'`
		});
	}
	return runOp(io, args, args.op, opArgs, print);
}
async function runOp(io, args, op, opArgs, print) {
	const controller = new AbortController();
	let interrupted = false;
	const off = io.onInterrupt(() => {
		if (interrupted) process.exit(130);
		interrupted = true;
		io.stderr(`\nrlm-repl: interrupted during --op ${op}; stopping (files are written atomically, nothing is left half-written). Ctrl-C again to quit at once.\n`);
		controller.abort();
	});
	const bridge = createBridge({
		env: io.env,
		...args.sessionsDir !== void 0 ? { sessionsDir: args.sessionsDir } : {}
	});
	try {
		const result = await bridge.run(op, opArgs, {
			...args.session !== void 0 ? { session: args.session } : {},
			signal: controller.signal,
			onProgress: progressBar(io)
		});
		if (interrupted) return fail(io, args.pretty, interruptedDoc(op), 130);
		print(result);
		return 0;
	} catch (err) {
		const doc = interrupted ? interruptedDoc(op) : errorDocument(err);
		return fail(io, args.pretty, doc, interrupted ? 130 : void 0);
	} finally {
		off();
		bridge.close();
	}
}
function interruptedDoc(op) {
	return {
		code: "ERR_RLM_INTERRUPTED",
		message: `--op ${op} was interrupted (Ctrl-C)`,
		hint: "run it again"
	};
}
function fail(io, pretty, error, exitCode) {
	io.stdout(`${JSON.stringify({ error }, null, pretty ? 2 : void 0)}\n`);
	if (io.stderrIsTTY) io.stderr(`rlm-repl: ${error.message}${error.hint ? `\nhint: ${error.hint}` : ""}\n`);
	return exitCode ?? (isUsageCode(error.code) ? 2 : 1);
}
//#endregion
//#region src/main.ts
runCli(process.argv.slice(2), processIO()).then((code) => {
	process.exitCode = code;
	process.stdout.write("", () => process.exit(code));
}, (err) => {
	process.stderr.write(`rlm-repl: internal error: ${err?.stack ?? String(err)}\n`);
	process.exit(1);
});
//#endregion
exports.OPS = OPS;
exports.ReplError = ReplError;
exports.addNode = addNode;
exports.describeOp = describeOp;
exports.errorMessage = errorMessage;
exports.estimateCost = estimateCost;
exports.extractFunctions = extractFunctions;
exports.findOpOrNull = findOpOrNull;
exports.modelSettings = modelSettings;
exports.promoteNode = promoteNode;
exports.queryNodes = queryNodes;
exports.readSessionTranscript = readSessionTranscript;
exports.usageError = usageError;
exports.validateArgs = validateArgs;
