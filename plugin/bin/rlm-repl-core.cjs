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
"core-f9jiwAl0-DlfRdhF8.cjs": function (exports, require, module, __filename, __dirname, __rlmRequire) {
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
"describe-ops-CnkqQSVi-DknNCxlY.cjs": function (exports, require, module, __filename, __dirname, __rlmRequire) {
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
Object.defineProperty(exports, "describeOp", {
	enumerable: true,
	get: function() {
		return describeOp;
	}
});
Object.defineProperty(exports, "exampleCommand", {
	enumerable: true,
	get: function() {
		return exampleCommand;
	}
});

},
"model-settings-Jlrvj-95-BB1rqFDx.cjs": function (exports, require, module, __filename, __dirname, __rlmRequire) {
__rlmRequire("chunk-BN4qSVkS.cjs");
const require_core_f9jiwAl0 = __rlmRequire("core-f9jiwAl0-DlfRdhF8.cjs");
let node_fs = require("node:fs");
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
const isObject = (v) => typeof v === "object" && v !== null && !Array.isArray(v);
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
	const custom = configValue(config, "cost_controls", "pricing", isObject)?.[model];
	let price;
	if (isObject(custom) && typeof custom.input_per_mtok === "number" && typeof custom.output_per_mtok === "number") price = {
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
Object.defineProperty(exports, "estimateCost", {
	enumerable: true,
	get: function() {
		return estimateCost;
	}
});
Object.defineProperty(exports, "loadRlmConfig", {
	enumerable: true,
	get: function() {
		return loadRlmConfig;
	}
});
Object.defineProperty(exports, "modelSettings", {
	enumerable: true,
	get: function() {
		return modelSettings;
	}
});

},
"registry-CnL5wtJs-CrFARFa3.cjs": function (exports, require, module, __filename, __dirname, __rlmRequire) {
const require_repl_error_C5zokRgo = __rlmRequire("repl-error-C5zokRgo-DRh3bqQH.cjs");
//#region ../../packages/repl-bridge/dist/registry-CnL5wtJs.mjs
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
		load: () => Promise.resolve().then(() => __rlmRequire("peek-op-DJ4q5BqR-BtozdFFU.cjs"))
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
		load: () => Promise.resolve().then(() => __rlmRequire("search-op-CX4IvMwC-z8PujWwi.cjs"))
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
		load: () => Promise.resolve().then(() => __rlmRequire("context-op-CfOVmua7-Dhh0voO3.cjs"))
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
		load: () => Promise.resolve().then(() => __rlmRequire("conversation-op-8Rf3Fjpr-CR--p5Gx.cjs"))
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
		load: () => Promise.resolve().then(() => __rlmRequire("stats-op-CFdQMF7y-WyX6dLnI.cjs"))
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
		load: () => Promise.resolve().then(() => __rlmRequire("memory-query-op-C8GVWPbg--50PtTwa.cjs"))
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
		load: () => Promise.resolve().then(() => __rlmRequire("memory-add-op-Q_Nj5fTo-JGXeELRZ.cjs"))
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
		load: () => Promise.resolve().then(() => __rlmRequire("promote-op-BI_a9g8r-g9uZyz8O.cjs"))
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
	load: () => Promise.resolve().then(() => __rlmRequire("ops-op-CDDnq5T4-i6vQmumC.cjs"))
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
		load: () => Promise.resolve().then(() => __rlmRequire("llm-op-CInbl9rO-INDEDGkt.cjs"))
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
		load: () => Promise.resolve().then(() => __rlmRequire("summarize-op-CRkbOzFL-C6fpk9cJ.cjs"))
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
		load: () => Promise.resolve().then(() => __rlmRequire("map-reduce-op-B8d_LQqB-CmG94-4f.cjs"))
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
		load: () => Promise.resolve().then(() => __rlmRequire("find-relevant-op-BfeyakC0-xw4yS16F.cjs"))
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
		load: () => Promise.resolve().then(() => __rlmRequire("extract-functions-op-fyJ7anSP-QEM2JEMN.cjs"))
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
			load: () => Promise.resolve().then(() => __rlmRequire("session-op-DI4yzn4A-r3NT__S1.cjs"))
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
			load: () => Promise.resolve().then(() => __rlmRequire("sessions-op-B-txZHeN-bU8PIIkZ.cjs"))
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
			load: () => Promise.resolve().then(() => __rlmRequire("cells-op-B0Ty-9v8-UL0sNv2-.cjs"))
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
			load: () => Promise.resolve().then(() => __rlmRequire("cell-op-D_U-aDkr-J49NAuZa.cjs"))
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
			load: () => Promise.resolve().then(() => __rlmRequire("dependency-chain-op-CWOx-RVd-uYCt_Ckg.cjs"))
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
			load: () => Promise.resolve().then(() => __rlmRequire("dependents-op-BF-SFeOw-B-58tl__.cjs"))
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
			load: () => Promise.resolve().then(() => __rlmRequire("invalidate-op-8uoX6f6m-CsuThElF.cjs"))
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
			load: () => Promise.resolve().then(() => __rlmRequire("replay-op-BL-ZxjYJ-BWTPWyFm.cjs"))
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
	throw new require_repl_error_C5zokRgo.ReplError("ERR_RLM_UNKNOWN_OP", `unknown operation ${JSON.stringify(name)}`, { hint: `${near.length > 0 ? `did you mean ${near.join(" or ")}? ` : ""}list them with \`rlm-repl ops\`` });
}
function findOpOrNull(name) {
	return BY_NAME.get(name) ?? null;
}
//#endregion
Object.defineProperty(exports, "OPS", {
	enumerable: true,
	get: function() {
		return OPS;
	}
});
Object.defineProperty(exports, "findOp", {
	enumerable: true,
	get: function() {
		return findOp;
	}
});
Object.defineProperty(exports, "findOpOrNull", {
	enumerable: true,
	get: function() {
		return findOpOrNull;
	}
});

},
"repl-error-C5zokRgo-DRh3bqQH.cjs": function (exports, require, module, __filename, __dirname, __rlmRequire) {
const require_core_f9jiwAl0 = __rlmRequire("core-f9jiwAl0-DlfRdhF8.cjs");
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
Object.defineProperty(exports, "ReplError", {
	enumerable: true,
	get: function() {
		return ReplError;
	}
});
Object.defineProperty(exports, "usageError", {
	enumerable: true,
	get: function() {
		return usageError;
	}
});

},
"validate-args-BhDDPVG_-C23MnzAF.cjs": function (exports, require, module, __filename, __dirname, __rlmRequire) {
const require_repl_error_C5zokRgo = __rlmRequire("repl-error-C5zokRgo-DRh3bqQH.cjs");
//#region ../../packages/repl-bridge/dist/validate-args-BhDDPVG_.mjs
/**
* Check `raw` against an op's argument specs and fill in defaults. Unknown arguments,
* missing required ones, wrong types and out-of-range values are usage errors that name
* the argument and what was expected.
*/
function validateArgs(op, specs, raw, oneOf = []) {
	if (raw === void 0 || raw === null) raw = {};
	if (typeof raw !== "object" || Array.isArray(raw)) throw require_repl_error_C5zokRgo.usageError(`--args for ${op} must be a JSON object, got ${describe(raw)}`, example(op));
	const given = raw;
	const out = {};
	for (const key of Object.keys(given)) if (!Object.hasOwn(specs, key)) {
		const known = Object.keys(specs);
		throw require_repl_error_C5zokRgo.usageError(`${op} has no argument ${JSON.stringify(key)}`, known.length > 0 ? `its arguments: ${known.join(", ")}` : `${op} takes no arguments`);
	}
	for (const [name, spec] of Object.entries(specs)) {
		const value = given[name];
		if (value === void 0 || value === null) {
			if (spec.required) throw require_repl_error_C5zokRgo.usageError(`${op} needs the argument ${JSON.stringify(name)}`, example(op));
			if (spec.default !== void 0) out[name] = structuredClone(spec.default);
			continue;
		}
		checkValue(op, name, spec, value);
		out[name] = value;
	}
	for (const group of oneOf) {
		const present = group.filter((k) => given[k] !== void 0 && given[k] !== null);
		if (present.length !== 1) throw require_repl_error_C5zokRgo.usageError(`${op} needs exactly one of ${group.map((g) => JSON.stringify(g)).join(", ")}` + (present.length > 1 ? ` (got ${present.join(" and ")})` : ""), `${present.length > 1 ? "keep one of them" : `add one of them`}: ${group.map((g) => describeArg(specs, g)).join("; ")}`);
	}
	return out;
}
function checkValue(op, name, spec, value) {
	const types = typeof spec.type === "string" ? [spec.type] : spec.type;
	if (!types.some((t) => isType(t, value))) throw require_repl_error_C5zokRgo.usageError(`${op}: argument ${JSON.stringify(name)} must be ${types.join(" or ")}, got ${describe(value)}`, `${name}: ${spec.description}; ${example(op)}`);
	if (spec.enum !== void 0 && !spec.enum.includes(value)) throw require_repl_error_C5zokRgo.usageError(`${op}: argument ${JSON.stringify(name)} must be one of ${spec.enum.map((e) => JSON.stringify(e)).join(", ")}, got ${JSON.stringify(value)}`, `use one of those values for ${name} (${spec.description})`);
	if (typeof value === "number") {
		const range = `${name} takes ${bounds(spec)} (${spec.description})`;
		if (spec.minimum !== void 0 && value < spec.minimum) throw require_repl_error_C5zokRgo.usageError(`${op}: argument ${JSON.stringify(name)} must be ≥ ${spec.minimum}, got ${value}`, range);
		if (spec.maximum !== void 0 && value > spec.maximum) throw require_repl_error_C5zokRgo.usageError(`${op}: argument ${JSON.stringify(name)} must be ≤ ${spec.maximum}, got ${value}`, range);
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
function describe(v) {
	if (Array.isArray(v)) return "an array";
	if (v === null) return "null";
	if (typeof v === "string") return `the string ${JSON.stringify(v.length > 40 ? `${v.slice(0, 40)}…` : v)}`;
	return `${typeof v} ${JSON.stringify(v)}`.slice(0, 60);
}
const example = (op) => `see \`rlm-repl --op ${op} --help\` for its arguments and an example`;
function bounds(spec) {
	if (spec.minimum !== void 0 && spec.maximum !== void 0) return `${spec.minimum} to ${spec.maximum}`;
	return spec.minimum !== void 0 ? `${spec.minimum} or more` : `at most ${spec.maximum}`;
}
function describeArg(specs, name) {
	const spec = specs[name];
	return spec === void 0 ? name : `${name} (${spec.description})`;
}
//#endregion
Object.defineProperty(exports, "validateArgs", {
	enumerable: true,
	get: function() {
		return validateArgs;
	}
});

}
};
const __rlmPacked = {
"add-node-Bdx2Kq8N-6Ewln_Bm.cjs": "G2oFAIzUYa0wdruWy3fyee3QD9wQUjMnsrRHhIielQKIX+2nNqzjYnWcy397e582AKCIFGCFiStJFLauk/FF6bqI593tUBUVE8HuQMoySfsvmtMGdoCS8ymDnV2Y2Faiaki3WGMwD8O/MhyRg34Ke3s7ay7ZZkeW83WjOrgvs35EJzMOxLb8zW+mko9LgIkV7a/4h1tHDf2qF4M2blDMZZ25UqMHHXlH5GMrl7qlq6Gz7j66L6jD8ahfZCV4EMN8NBF2AN7Iu8JgvMBdwlIORnqCtmAJIZDrjqekD9HzhEBg5cz8WrNTe8a2KJIy7y1yPyLhsDGxc3i7XDy9xk8ijCriVB05SomMYa6MH/8ig/eNg6vg/g92AJpy6XdCzq7TzB82Sx+rd9ARjkjU78uwHOV1BjuhLlTGiRIuXAc2YwCMa8115+oky0K4Pzqvct2hlcRJSFdc1FXt+ojO8WPnEPvFq2L9VqRRpXKDwSTEM5kZt9hfqQ8vLxfH0C6DRra1Hio4fX6qu+WG66MUqVZsUb6C6P+mEjBwE3DFR1xteSQNlyNyWHDdXKRx4UKNFk37z3wRtVKRH554nfiIhCWEjMbLxTyXq4gsAIy5LEkQwLrAYOfoEG89KmMNhhKWPlCNfM5DalUTaHjKnG9qrUo+RyKUL2eNX3JKDku/jjQ5IucQmeH0FPI6NVlXGg4LSb/KbPhSuxXnU+kerzzza3vMY6JsDNVgQATFpGX6q7C311BINsyM9lLRqnTkkLE1amUyyB+Ty5MAH2GyTocxxarcvav/RtRSswo4tyczlkH1NW6ZReqaMliKnbeKyMz1mtTjCdbGSeRySX72VpkmVam9zFmfExNk0hjZO+oLHDsvAA==",
"cell-op-D_U-aDkr-J49NAuZa.cjs": "G/kAAEShbWWupGG6jjQ6iaz6pma7EQ5It78raEFxEmB/U4ggoHRuhZCAvcCPs+ici1RxG0FAK0pMvHSn1W8TsZ2uN5L47x8nPy1yv0qXS7DNV0HHQbZ3AOCwVFh3C1bhWKpdHy+JnbWvUBZddgCHbOjlvlvPl4fqMlxtfIVEnwSKGCEg+AEPsoOhu1loJKmYWhv/yUuk2u1tgV0o8Awu9x0JvBkJ",
"cell-summary-DQhuOWJW-uUkQx_p7.cjs": "G/cBAByFccM9aMX6obSWd/wQBvVLggrIqW1mviRUOs1lEnFtuznlPKHmLfKA47bLffqbGii/P0c0Nob/Oh9WgAFlnIp4O+Ckl3uw+hZYNJNLopHORbECTIXUjPcjkeiETv4S9Awffd2vuOkGzsIKH/IcfWwEkaz322VZjSV9b+Xc5mcqisEmT1INqf4w4likoKVs2oLvX7crA/9ATKJIQzWV+djIrMWgcRpVAJVwkY+QDih0WnSIbE7hobJJy6EmBlSbl4/LymTlicWpMGs9trdzKndK7o+9PTfoPz1owCwKuwXEWlGS+GecY3fLfEJRyKhM194kaKiW9r+jvPTtc1cYitU1kJhIGZxNBA==",
"cells-op-B0Ty-9v8-UL0sNv2-.cjs": "GyYDAByFcZtTFBOkLpWdh9yOUzvUa+8yXYUkv4EcS73YCS4vfeA/b/2X9Kqm2xGyTWhXlCuMKQ6uaW//gH79lcuwSKA1Dn08+w1jFzVEPTN5Ag0S6h0q0Uv7W+/14L48To5g6PolSf92uJDJ00UeaoXOPl4//VTUoyuTqoqwdTAHbEr78QtycU8J6gBnxAmvN9Iv/4/yE+rk8UblWzKiK5WiwG660FaG4oZzXthEkI5o5A8bNbDesC8nX+IwPF2I/kMh3bvF5Z5J9u2lYS7/KvMV7UJGPJglxMlJ1Uv51HIas9xBHIYGqb9RQilUUc2BWtq3F268qSRjgj3DufQVaN0sgK7bXPCmQINv3V7+ocL3a3lKbV6znEVsTiGljmOt5tZyEUNI/aUPKStUWtr8Ug+dSk1KunLsVJEeQ4eaIcLJmIH698Z1uKRByxXFJBrCJCdqapn8UnZMR9D5FuZJklymXqFtvDEm6tg4GQvHNnB/X0wllckUvkq9wpZJsRx3MvyruocduZkjE2p0dYzXPYM6qKwK",
"context-op-CfOVmua7-Dhh0voO3.cjs": "GzwIAJwH2VnmlFzdwitMZrHRNVV3L9MfacInPSlVSqkdqxWEAdk9w7akDCU7oc/sZYIopFj9fjo+IDMRMsLI//ZuA0gF4BDrClfX8XUV9lc438dwrnSvREYpvuJGKGvTACNXuI67FU9ogx+tjWX5mErYAc51JR7B0hYJDsft2HKOH7OVQD2cY1gYQr3GZqZ+GxAZIrPvCEOgwr/Botw0jI8/ObLrHCV3r6Lnb6AoTIu1269jrLWtnKy/IMlArTFsndWVVQTIewsGOjGMGeebDkVoM2Xb0L3aCpuhzdepoSYRhJTFqR04X76WDQ/1VGQmIF0UTzEdzNAfn+zsADFxQ7AyqLTjJi1PMksJ7GQJD/fDi2syLQc6iaAdyZc7FyOsdsDETU02900w730T152L4IW7/4I12SI2EmOK4Di+Tg0sTL7JAqnD3+x88k1snAYMdq2xkuTDNxEa1LH997dAhMYAxkWSN1DEOo31GbkZoIIYbuoXkS0qwcD8mp2w14gr0ShzzbkoKkfEPgdsRd1/xw5OiFvYBIQZIcptaAlPkTdoKwM2IYqhnL8SfYietSD4OAdCdkAe2Mh5U97oVAM9MKOHAvDUSpqpx9KrIpNtYBP/6r/8/C14EgUAI3+X1lCgfFAzL3WEd5zqMOWrQgYqPGI5lg61sytFhtRAxKMJRAQZRTmiFx+XmuL3m3eakjo1/Gvmm7tBbQ2ErfTNFKN1over/CHx6gEyJcX7cdJZ2KFvIZpgWwND2zUQZwl962bI1AVbEvRPrHZwD/cyIBpCP8h+JMzDSjlQYpbDmQwMGVmypywsmawG8JUdiCwLFzoaywKgsHDoUe6Ad41L/4fzWK+HZKLN2cL5Dcqu4/IzmAniCmTvtD1pBhiAE+YfQQ/Q+sf7yFil7Q+11NNR+F0gq43a9moF4Xt88UxuQBL/a4VI1Qvx3SmUWjhXXo3raB5rVeIuou7VsAOH0l4=",
"conversation-op-8Rf3Fjpr-CR--p5Gx.cjs": "G74FABwHbmzFaDdfzK0UQArQ9P/pck6W6dfh3vGpKCkVNSLkPGLnDNtSq4bT0zRIh7V/+/cz/NFqSakem3Rhm4uLkBmsyiKeOxkU4QXzzuQhECSkeiDKS82b1Z+gTlbOb26qxzFIUCrvRU/sKTI782Me9j/sZGNr0B3oEQadYpY6WkJ4iBLtJ+qkVQbbK5ufTRCjk3nYRRZd9pbz68de3UXO56SsASI/MXG0xPMw7TEjf8B1uyi5dv/GkpRtPzXWzjppjlGnsHmtBtoP6yt4nKtZ0P2lAo57XqXDF05fEfsdQo270Ql5FZOgHNZ7ebOgMLEt4V9cglSzRePym0BFXlioVvxNHAVaj9Bs7UtNnVZk8rUx6OWf314mYEAqXZBgn6ZlUqLsuvuCXsPwcRi3NYy8IUiaAr0qaAUKBh1eJHTQcjMRcNgS+JG2Fr23dY6raiD3roslngd9hIgl3g7Iz0h5C2BlGfZhAqQjkWvBgDgxpREjoLNcfBmPDfRQFr9VJb8URL4INV4vYWox5F8iLyUkoiD3/hFqtRlE3pDSBUKR2gYAdMf3tCIxgsmURetpqFXmAct1pDpAICQao5s6SClvnz1nOgUFLX3/gvhdBvLVi9hL09kDcfIAo/YLRbmXMeAOInwLuO8PYy2WibpJhEtgbMs4TIRcUxu2lMMVvAq7EpZpN4pE7uYLqjJBCpWb2uOwd1iGfXDnJ4UbJ8lytTPm398kw+5g1twEgrNu/LogFo04EqwLiCggZUgrGs+TCGFLxeDO0tfICKkcamkF17EPQQIbO4wzD5GGHDnnXr1K5YiiQ4bScKI2lAIpyRXDWK9C9tfonMmrGCScizsA",
"dependency-chain-op-CWOx-RVd-uYCt_Ckg.cjs": "GzsDAIzEOBbxg5CqQcdsOj/LdKmCj/GpncxHeKQN+XciWgogJk1X2bIkFoSy3CV51nJz+LUsshaL0AhVYSnOs6h3zQrL2e5MXgNEyppRNb3bGPr+fbF+/X34hXmt+7L6WLGNL5K0yIhYYv1dvO90O5RumS7IlFKXEExASjUwGd9SfWhLwYAD5WNaqatLem4v5OFL0bTi7vd1Jz5+vKyWCSlKEb2WGnZJxQD7JnoDd0EN8c85e9iEcs/H2q1MzLuA3UTuDUlvfPBkgoLUXcYeok+ADRgzwxt5CBmiOYJ2VAwJmj9o6gAnWYDS2DofyjLNUTA8wp4oN54/gXNMf/IQ4niJ0usiT56z//LahbRq+iQRVWL6W7+usVvt+Lz/TwSOKHNNXU4SzC/nfwHJkuksephvwzqnoxc4bQ2Z40qA7krOcCXtbI9He5IM5L+8a0d/fNW67hGkrjyBt5YBsZmMns8ijauTXao9jEWchwmBirNxtNrkoI4TVbw1P7ZUNzDEqgyJzxMiq7zFIk7aqB0W/ZCamqDsDOepsxT3Q+2LGnqHyXa/xr8w1p4C",
"dependents-op-BF-SFeOw-B-58tl__.cjs": "G3sDACwGcrIzVRQTpPJidorQ5e6bg+hom52SbnM8zjSZxz9UDzbvBJWXvnqylpXrPiELQjJZMhuK4fkLnQacSSCTlVHUT/dOfxPTVDN+86+FraVtPTxMszBdQN+z891+fSdBEDvyzc0j0IJInkyegCEhc1TCLvufLbvl/r66g2MsD6O/HS6sSvbkvuwk3zU4Pks7aJ+qwqbWECxAgSaJ8Uhd5RLLDrhRTY8KNbrcSE5SeU5OVjyV5xM3QRig4gtvtfeNEPSLZyK0X3K2eVjhezmWhQwOog3yJsz2Xs4F6h5ZB2KFEoyDO+RrDJnb5FkEiQ1JbMHkCmhhozYQ1CbPnKBUgPGCWUbxYBBmwYTauIxHe49u0Z2ZgehJKTVIHfKL20bxkmi5Q7xvHEilU4zw8auADHiuPBNGOrgPmWcaxSNSBlUPMkqEiKICYKUmJJhZAygEZCkmvWl7puSbO7ZrXEPrrwgN+9YlIBd9eiMBFPQSsHV1DTCMvJALZAKNWgAn6aMSn0KK6FuNsLhYHYsW/p4fjJa2qwiWLveBzatNYj73314LxlZsbgnXBh4qv4xh5KwcBA==",
"error-message-COMICC9X-DM1781su.cjs": "G5ABAKwGbHcag7KqKXdYVJTi0MGYRS8P99IRkswiDo47YdAAM4oDh5zDObG+OprXv6SbnIW0EsnH2CAsaWrzCaut3OQGb5IOiP+J3veiLMziTAOrCEj1TFwOLzZauJZlVAjterAHuhKVY4uiLZh2TkeoI89YnX9bSEHuZn+CtA6p11rKDAQY8lF6gR7v9xZ+0EOHO5JLmDqrxpo/xe1yMVCd9s6VcaHhcm5jW0/tpyrInba1MYRlPOUlLy7Se1IenKqxexUW8dqclca78oDQalDRCHdtE01fWY44s7zxM4h8GYitkAXyJygvk3psIcO+IgBPDxUzHw==",
"extract-functions-BmjsyylK-CfXAM80h.cjs": "GxIaACwObLrTQoUX9ibij8FouWJGzncNosC1FxxyxgHf4ERp86y55VuKC/elLsqCQRgWn31QXnDFcP9P1XYt0w/X+KpXKn5E6W1Tj4VlXEAGubRhWy5Benz8/5a+fmh3ZoYNDagZ3HtfsWd2tSpe+xxJaU1ympRWZmb3n6PvNLfGghLCaqVhMDAoEGcZOl9175UQQsgDT1GH6q6Lwkymxy/akAo4Ss7vIvBh6+AWHUx74RzMn4RGdEAE2JhCHHPwE4oPyuevV2IJT0av1nS795GcR75Nhha+8QvQvIpiMs785LOisk+PQSoYPG/kUt36+o33+o/Ip0mRwmKHQh59XKpjQaXno361NuhJjNbjsRo4wkHZpQR8nO99Wf1CLfTEtgWGvPy/8i3pg/W6IRAkBeV9Ug5keWa9uKz/LXJ/ifSHczUOTh5+zl738Sv7I0tA5V5Faqswop0UTfiPFKe/Nnr8MjVwuAB3NDgRfDA4exn+eJ89N8xoQyj0G4uBBc5kx+pDLIeSUPEgl4lIW6CUWaCvIYgBAlouBQn4WFr0IRp9QxhaSLN3MaqGKOProlraLrJwbSC5XxGcTEd2vZ7c8ndhlP5bb26EHC2sMIfIrn17YGXXCRMsKzsl5M3NXIm5cdg94zu4yIWjoph09doT3Eh6n7yvWkry2nXhmImMxhh3Wk0M62do2a67oValr2z0b4kyYQ21/bTLdlVib/ARHv+RVpgb42jhRk5wYpXWosOFIEqpAeVOK+N6V7+sA8Uq2//FFqa69tXSwB64allJHlCZ+XoVcE5AB6wkIINVFbhpdbniVwJqJKAQm3VEDLX/UfrVFzHMTAJHg3z59Vd9TKVwYA4TK6S1NGxJm6v7uCVhug9bblEial1C5Rlf9IkHTKN6K7/UAoPCuK0kZyQdSIzsSPlimEyzBRa+utAYOavJCtfSx4CrokywUkyvquclpKqwMTcTguFu+pYMwtyxp0XhLWC7A06Mo8Emon+o/q5+I+e5TvRK/21AVPyRTXvjayqMwf1qDY1e8mOwKZmEfX04X76DkvOXl6Lf3RdXuHNd/Lf4PuIrdfFkwZ5y93FLxd0F2ph60Km2V2dxrfeI6cbq0jE8gZDqqSnjMwDrGMmTZjINSH8do9opAKVlbx99DX+E30oLzIBjxQhjTG4uHtNaPhcksVpPzkfKXVcf01Byu5g+nepnQpmIXYQ414g9qjetclLOUnnE9ZfSbWEbThCDpxg6MKzD1KQC2dlLKZk2e7TPqR6D42BqGbX0ylUNAYt9ikwQ3vAqOpqQVtwpziI0ZM7zxlODpmdnuvSRqMNTHENi+FJMD+MAL0jVAPYhtSngvEjS60kWiHmmC9osiCPlL93IVFucAerMAbG0yf9v9zNHrgdzb+BR82IZsV1VwiZ52so8PcpUM9PxLkQbbK/WJoRTlwU2IKOxdDoiPpwO+sw2q3U8JfwZVhNbepd2hDE2VfVYlFJE/3JljF7ylgid0RoLW1oK2NsuKJeMmzn1fHbsRDIyXZa6jIC3S58StnPFF4WduU8FJgvnx8MO9xfe104FOzel1diieI3IjoEUgv710somIr/L+jZlNNfG0sJyXy9VA5UR5yvwAAyL71er61fZodDV+i5bN+vJU3qnXkloMr+fBhGWmz59hyhDIMGsInxbuOwKYiC/PkaAFehGkFyo3tSl8lclz8IGQPEevcerEDyReJrM6dvw8Vxp2BblqY/bbg/ttYu+UGhJvFHgnXhP801DH+D2cJTgTGFXtqv64/woGlPBgb4RSPrTke6sv9scxj+KgsZ6CRzc6tUtxdzkgVCxCqOyFDKEzI6IwHYY8d3L5/9C2Kx1E6YqXmZqD/jqDJBeKyAkQysqMca/RzLYDbWTehAYvA400lhI4OBW2X8lgG+QcMh9hQwC4ptxjrsSmRHYjZEXJKgdP/MtdVwtSKfHpvxQLu61TEuAf0wEHoY32tXlF8Gl/y2cV3lMV98lR735fXHa+rbdQLFMYzAwzpjIjv3iIs0pZnCJpAMBmROMp9GjuTCyuJdYK9WK3L72C4fsaeSHFkuYSB6x1yz69mWw28GBwWV5BLU3aRJmAirWm29Yo3XwTFJA0U53EK+Gkcjry51WzxDQTzTIUHdHrNOgqq7HYk1wwXBrH+Kyz/FCRmQkiJJAoiTVuzE5H7TxOAYlDVaylLNGW8ichv5IiG2pXDQg8oX4O+BnNhHMWNCw6hug8OBmBLu+kAMiUCBf4j9WoRNqvJbjh0R4L8JBz86J7c9gDUy4NDdK3h95N0BgjQfnHFP8XG6gWAKAljzwwKttTs87YUb1Snqdgi9kc14uy3A9qWOKF67qo85EBhND5FzrSNyNd8CNBa/GIcKnuRq/vB0cxns+tV7UpN1LgDy/yk3Ys/j3yccIoFow6EyblXkGtgfktvFlCr8bRUxg+aEINq5mHu0K/ITPnXvwDfwRV/Xe6l6EZB+iv31jiOJ1FHmQ68nlKKcxU8QXUuthvEZ1z95kEJMPDG6W6Xs0luy14ZD2uSgNIAAWPKOdTfk4mGs2UGSiSpDu60R5EbOBMsoNViDflrNoP5PRcUKUHZ80pRipabC8KKOyeZryHFvyIwEl86zk6SfwzNjaajNUZM39+OJxHF7TSeMr34cp+NVtrIFalyuJLxvgUHw7Kld/gE/UHnOQ16m9az7yu2kdC6tg6I3yTxKb7EIlzSzv9px3rzEi1zx+aVrWGa6U7tgDaNpnZiWJuy1plO6iHe0FYu3732yM/RMW4LxPm2O/cUWZamPP4C+D6/0abqiFODUAGkhx+LPcqXzdWKyhsuc7tGDKr68jM1LC/105WxWSLtw0K4GvI61S5JHAfCzWTcQFyM1el4kyqLQqMpFjBwcE+KfmevXNF3yzsSWQXNJy32wrjCpfOZQ0fZ1HqWvf/y5NjoOjCjZFlqTLcLhIY7YkydMsc9MMwWYp+oGXQ1+JfiFiuqZxuAnSoGHypVD1S+3M+JwtNhLX76hOo+WKpL8Yycha49MH8AMjMM5zHdFtL16rUO5zUggw9AQ=",
"extract-functions-op-fyJ7anSP-QEM2JEMN.cjs": "G0wGQIzTDfUMqoZLw3Lr7T4vDiPBaLzIZpWwwIWBpZyfUHXAn12trSMWE9M/JGhpd+//EPGm0piriDXvdEg/HxKSoJI6gz/2zVX8FSin7GFc5JqUxn7wL4b7Dmr2knno+H4Uvbx7L1hzE9hcpHGWCBBVLx1ExUtF/4WejFfce7Y42CMJXemRCWmBTp/toRo9XcqVcR2k4VVPjwM3KQr/Rrzs2IxMSCt0Yn4e3c16dthzik51oZ6+Dxx2b/SDMzozIBOaRMc3+tm3oqJnxTcEMBIPTZQLe2L/SNYRdJfrdsslsDTG3RfFxr1dBTEAXtHVnUR0I/WKh8gsrqcKe3nEgZvEpXj8RdeJyWd71lIJ4rCABAwLYXMGO7SZzjli8X3M4t9tbiIggNEXCM4SNKduknuFc8K7/QLBXoLmSCT5uLRd3VZrYPYdhen1MnGyk5gLR3g8pxvvqAUQsWGgxBHCiDFodaWCALeKO/GSNTSRdyixlTR1SrpWBC6+Bx8PJntfTqKYwOLUNHIB9mT5MFYi/xWZn3oOAISAaPQ6WHJjP2jQm83Gfbpp0lw+L1969xocxJTtgwOkVH+MXPz5wwSTX4Sg3PoIO+aZgdN8S9DaxJstm2qSmOYhdhESC/ublXVkMHA+WO9TcrvaVu6A5aTEL/Ta9wsJziQwGF90WLwzxyIiPASlBNdzO0L5G+tvzbNV09mZ4qQ4fszkaFN+DgIVH6y/ew1EkhN0UihD7i7YbGg6l7Julv0gwnylZNhLvgVLAvG5hzHW19QOXiJrQJ0mgOrbItZbz7ToSoIG5GItcTmZvpNmotQ4TxE9AZukUd7GG0VLulPZrm2SljOYfvdLs/RZi5cM7FlSZBE=",
"find-relevant-op-BfeyakC0-xw4yS16F.cjs": "G7QYABwHbqwzWA+tMGk/+2n1Pfn5euM1MIB613VItpRuXEQhCSngCZnmElKlAOL/O31tWTYuogW0lPle3acTyXJO7KRrTMn/d01UmLKGFe/FCsFEfYxVfc1+7XeXKSECipaNrfVMniAiURyAEkXAnxD3/7p1+3cbBxyEGA/Hd95alNzG6RT9v/TBu+0f3f9vn7B+5xNcgbxeKoHF04tPvxv7ShfHGzxO0Cn6POi95+rhN9nRmTEOgjBPL+69+PI1fPxmnuhvjE7Ri+lL99dddf3v3x/rs+wnWp0MjGWMZdIYs+g6VjkqU8aHjKgNTegfUjfQe2t9I/f3c3bceQxxh5HFEx94rwNKJEgLl+79HBmg09DdSDm09dat9NC3wweNBxPArcFZOEQC3cC0V7IJGBkF+oKzbG9BgnHF0+R/MmREiwcwTLMzadhZM8Z+6KFknIShnpHV31fD9CL+532vomjm2QnjhjHRxQgFDHwBQT+sXUChE8I5CbawrfR+qOfekaUptP32ZPf7qrUt5UfVCCoH3joYuyFLat1iO66lVWkWKf6E+8Bajw5lzSA3BBgjyrRwUKoZ/o1My1Y2kSeYCsrhFh3lNSqgzgNducFYBL/Pyz0FBrfXnQLwoeUgZfeigw6w/ePyqocLdLzq3+ZhzmcirNtDGvhGizBjJN86Nrz9zJ2C+gKQeDbGH/ptC+J4jLaqrBcx6B8hwWzpaORJjZlWcTSpvmIEDJ26WAPnHOeI2yiRuxkLIcpK3vlZemJ/luXWD3pEOJY8Dl1EQwxHJT/p4DaogHkD8nqP4S+Z9evdDWzdFYxy1LO0msFZrAR/vgdk1Boz4IjcwEcYoTOTS54U+b1sxlL0WM4O18tiLWrWpf0i5mfhefucafOgI240CMax7CgHhHpBy1iF2Qf8BQa1lFxAUyIRUUEZCwXJIzoEnTLK5Bf8R9QaeOitgty9Czsv/OtGd/WKhTfVuwaWS8gxLP5jbOPBks6NEg9Fbu3ajZeo7xDqSRPH+YMOQtGpHImNDyCMFECb2GCBI3igNs2SIUQI5OhoMRPoNBeyTxzcphiQxZC6kSuFoVTa/gyQWgOltJeSwqcc/rVKIJlDL1lliHQGwQvbyj1zMSH1a6plfhJaLK9eNh0iXuckSqkuVPgfJbihgUHd7kOS7Eg11zFMN1CQS7M/ftyI4nag0D1RTZtYlJzyza288UH2e9JqrQ5aDJBQySaSV3ajxkJkByMq4L9cNXDOOdCi8jtNpjTfmDHSYxjsfB7TYLF1SU8LbxsHdB1bpqQj3VuuIYVC/4Eh+2+otJQr35pgwpK1ntoaKfkyUGpKUVd7tbYddQGxbck9s832Z6me+/pxUjgd1UtDTFb+usPhWEoJcA58Zufb3fCbd+85ju9oJGcpjNpea0d9Enj4rX/rX0K1s9qyjkhRTGkwbrPuCqs9Wr8+pX99PFnUh2tSjhuv3Vw90a3zsltgK+L7KQdkQi91H/mayBz86p3BDc+navnBYq8pSrXstn09084Mz3hSgpJ37VenMI0j1xYudLXA0X2183cWo2tBsCTOJjevSlTEgvDqGACrObqndbGiA+L5pp0XiFYZmrnodXn+roq3xD0rMx7JQZdCd1OLuCB16bD1jDEWJeDkIyKgOboWMviXGF05SLGUlnSBBsFktPL8PBA/XyIpY+jwXggp/F4E6iZIKvLqWU8VROAgq1gcmVzPqBnLWJrmOFxPcO3LREY97dX43sUyVA+gzHpKouceladatgOFDfqG/k3yPyaol7mAL038LzIa5jFQwbePde69HQMvD6XrTTA/+Kmcyslzp0YeMDx7aMoDB5FYO4RRZarFGd8MnhIhFf1SnaOKcNcSJugUoO1NwLr2dk4DEcpTFJgbRfVzxXiCGOQaSlXWiQPS3/e1P3iNBRXP1adM7nkMpDW7Pb4DRDwMvOchq0K/ZW5v6nJ98MAbO+wGUAFs6LA62afrWNhhcU2xfXj3MjQ0JIsNUcDRQfwhv/gRv7UTs3VKSG91CfG44+648QxGSvIz+7lJKWbGLKpcEABiWJf6mMuQFNFRrgS//FFei+D22noNs+D3v/4mASpv8cO09o0e41XjwExvcppTjBiDXTvpBt20I9ORKrBpUOVo9bIt0M0zO0S5kDkZTEwFu8NFzIQQzLG4fJjoXB+LUMMzZ8nQqgIaWkl17UUehX1c9/88mZhYZnC4p2dlyzbSHytT7o3JYmVnht8XV/YiW7p30Vp9ecRDu8MKzS5xibPatHnUOvBudE/DIxfmYlJ3cSAHdLI1ZgF7ny5crUiy3wTMQNpppKHVKcimPR5l8+CfJz5rYu9n88ZiwxNXtCsbQdHvntiaodfcLTgFujOgWpz1Zx7AKgzUxXfwEa8sRe7B59Q9IykzVHk9C2wPMOE9L6QJZCgRQSOFGvbyql3hegyRght3KW4VbrshhVi680AHFfIa/xrL1sf17qC8AifWO4FnC2N3eLWXs+XRtdLDU0WiuL4B3uWILmYLFarX+fVN7+fBi3o3xS5osAQzT/C6rVHWi5PxZEEHsaWyRmR1OVjElQUWkevWZdm84QDkTYl2J7YsaqFdKOS5beWevxyLIWxHd0WUYes3Z9m7Z14nzbclD9+JFy/Fw8slfiOiPeuy6I5YFePHLllDTUcFA21PyIkYTcyVeOPA3fPxXbvIdJidqgUqdH7JtOsGvGSKr3I/UOfNkqUas2EtK+4146VGNBIlnlNfdUqsoO0Xiu7nKSIpMiwbrpmGlI9c8FjPz7dNyI0usmxmcfVW+5u6Orxv1Gf9NP6+vqVtvwYfSJRsphcqbykQvztGqZysB2Zv13kzLFU7KEpGrNaprLQcVG691godqsG/na3q+vuqadJVkzF9rXu/xjPXHlNTccXMSxTaWnxdlEIegsMtdNARkQ54nHiVl8KxYSs3NQgFFwqpnroLurhsIZJI5EE6RzzgoegLZOrk/gOvhOWaroyBmoWIxWXgujbOYo37em3Ve5rdM3SRa0CBf6byBvELXAjbCg==",
"invalidate-op-8uoX6f6m-CsuThElF.cjs": "GxwEAIzDdGtxh4LzKGHS/20zQ0lidzz4f8kOy2uL4FNHvEEUduQaNLdcpzlwf4+ZN7W0CKSFSqq2jK43B1bnPKIMVxEAcOeMRB9Oi+K3zLSGx1tR4u1too+sz9daVp9gfp6/4HUveDSMCY9FreQrpg2yCGSxY4v16dlRu/fRoGidWD/vXKUpbSAY6JF//9WbHMrWtPtfCmqIO3zeRdnF43P/84LVvblpqoLouo3EqRlfGOw9m/VdBpuY/AxxX+a3IzL+erM+FkwM6UtxYwPPYAQ8L2tnJabJ5qyre65D2V5sBaFgNz8R3kORZETGBx7xMgX9HAjl85i/iWAMMtKymsKfW2SvjiD11+5LvmNMwSqNm8S7mky6BRAjh4sUBOypJyj6wQJghTDCr/iMG/2ELb/h3mmuHfMhSK5gvnsAgO/Pky3RLDlko49uUWsFpEAdnI4SI9m1pKhXCAiCpSQbUTiVim3jere1Y1UZDv72TRPZSdh7WxLMaJPRWzEwVOmaHCp36PJ43yazZ6oMEHuqb7udwDi82VLo5Pvc/2T9d+8s2m7zsFgCk8mpKUT5xBQP8GXwFUTDg+D6IWQDRf/Vv45PUTs=",
"llm-op-CInbl9rO-INDEDGkt.cjs": "G6IEAJwHdsNLaOgZ66z4hEjwMEKSzmU221mm1AR4USo2vSu9igbOvBNcXvomiEJfgux0+c/fu7gNiHXue/eP2xoD5I+wDRxIoHkWF9AinM4IWAz++ZXJ0+CISBm2VPVdjm8/v7y37y30SOmg+l+HkyJdkEbpT/TOPB0toouz5ju32KjxkvY+sLbi8i38GS4pGvy/+WLrehxRUdOikys9w0vngamdS9ZswoN+8aKiZ364SX7iVdxwlxoQldX4kknNJietveH6D46v63MvajOctduANI5zS3l2LwZplhX7bssProLMlxud8Oq3dFEvH6VssA/ZlH7qnKRnljCAgdaZ5bkGGVsowg5F+HTbOVS0Hk0MREOmaXwjnGNFRFVsw5cjZ+0KxYDp8iOCSShRBMLOt2EwCCJDpU3bNCJZOwuu+MshjNRW1zkNLNjxdG8WAgJ5nTQel4650hDI1a0p/Bhiq3oBu/jqd9KG6j9kjSNyCbiy0D4wiPRamJZTmlr+qzcopSeL5XRUyKfSil9os7JY1ZAHKOxKKcyDQPY2J6QLcFY1TylO9HOBQclLTkgmfdciR6AIViT6At2qlVK1WmWKvyUQfisgXtnMeQilVHkSGPnjVteTiHHYUxvmOSIEdmirx9J3FyOAmm/uArtdIsrt5PMS8WpBXF5vMFpLvVimSVexzxxfQ8+pQic=",
"map-reduce-op-B8d_LQqB-CmG94-4f.cjs": "G3EUABwHuTnymjR60oFF/++n/nf4+brdUgGT97aWpGNtpEoaW7zOTg+doPLSpxRA/Gr6St0BwEYwem93b/6d5RTpu9SC0u4U/ZTSYWvMY5TKM4EgODZEzW/r/JoaJ4QQYPU9E1szeQ4VCWoBlKAy/oVa+/1dvJ4+FyBBqdrmp8lOeNOXTt7D/y9fP538fKpOtkXy0kzTCPKYThUVB1eXPzI8NIP8goRdvIcfBl/dSzdu9RN/YY29YszB1er+9U17cZv9ZboO3sMPgx8Uv1fSz39/nnXTDbni38HV+s726uXroEaXtN28h5/J7fjf5O/Pr7USxgpmPLFhIYIv1tdDwEwRxJ8Eada0Qa5LjvzHRclX/6Vq/6RaFflLQ1pchHiMsRcXYiE5EcOhIMM+h1hCixjWkSHCdVHkz1MoeBRIHP9JVuKPQ4IaXQyItXSiM57r8kaHx4VTuSzs3jFS6AgsbBQfFQsaMrma1500gjWtk7ogoR9lxBmpLCUUu+JRkEPYvp6GC16mW5cAj2kUA22OdCO+H0XsKN7au+wBEga+HCMlWfgMm9Fkex3BRXjUWyrfrLbWIxznzqPs4OLD6z5hLs/Q+2Fef3oDBtyOMsKajlXI07JE3YAvI5EbsCCuecDHvdDH8zHu8acYQzJ5w9cGivHAJDUYFa5uJA+H7gybjvWAzwmeHp9kTLwhWkKPQNagyEJJBRXrNgA1nIVrYkHES4IYqEVqy7AW6b2lh6XVoX2JUEi5OFxOjTlsq7WuzHWoAzGbmMzmMmuyEADS9Fb/IDEoLNRacjFxkOCwRHnylwQJikaRsg0EDgN5YQrR94SgfRZUNlnR6yliFRJQAQYPghSChP6cUZj79QQICUG2lMZUXGfRgkwQ6euZe5xmhRFFk0Ix20PsZEUZUDdmYrl8LYeSLNhkScWotqVRDy1H5vjg6HbrY3uoPaN2Djd3rnvkBkICA6cmUJAuOerDoLA+Y/mJ2DmFF+Zjva3BJwL4gTGAFuEeHGkE4QIv2vIIhDPlupJARB8jB7qcx2UkNSEU1W9VWRd52YKXFLi0vM4weboEryhZPZ2hBGkSYxXJi7Vo4KgbdmsEa3MVBG8mRP8kFwMrvHGSVxB302ZfU0BtuAl2fZN+UoL2NU2rrRFED2e5/9FL2k9W18+N5jVv/6qlZdQTC+EPou0XhIEZ9UOxvncP0nB7ESEOVUxRdV9OdYfAeNH0kmdUoErMzDU68El9up3UxYdJqeufrIpTU9rzHHjy9MbpqTrdP1C7cc7zyTzCxqIh/J0Pz3b0YF5qZjSCae6b3+1dU9Pr+2bMdjDJsA1Pq0jb+S2sRQlG8ERRn5aBXRqwQI7jYX2wg+AYRGnCc1pjdhTlBNMcHbYqTI5fC/9Yx6Y+KpkiJ7C6giEczoMMjsJsV3xw40cMEBGXITFxibO0NcjbdFCa+ndMEg7+4q0xMDYfpoZ2J984DgHPPleuK2H71baUZ7N3owhpqD9erWZrrrY5pwn7QpOyV7d1RQpa6QuSOpgKiBQjDV94xFKmd+glQLPMrmB6yrdI6gfYCsmmtY07lzB6gJy7RXaJ3wJ5va3RTTXc7cia4UKSeM/QySdTqXz0yU4sAc3RCNtCowyF/lxC45LGiiI3Wzq00YDAOn8ckGWFaIEVrpHjoUulIw52SWVIM0h+kyzPfnDlXhRSh8hbhECidcM40+t9GEFX7pqDcOc+anHs9jdLUCoxJf04A2gEJ8ER69I4dX5s3lCfJpL286zO5H2JfZid7s0MvmiaX1l0KDEoxYkDr5KREMn1Ykj8BJs54bFwOLjaEmyzw7QyaECKpPhA7vjTEuIb4sdymqVZW6mfmzDDRT1jnocS5wKZQxyKoA6ErZyFm4q5TCjGkqAQopHYsvxBmhTxwaXS2ThSIXlEmgTCDvqtfJfG90YARMON1dMsWM3Em8LxbEf5hrvHexzDWR3e42xHZxYVjVGEGOkm90AXD7QuEheGMZYHH2fixxDGxd07C6KKrJChAd+XsFaESfUgQ7PHRNsy+QWUinqTfMuPdJK49E3Tu4+aYhAIU9N2rp6qp+rJTS2NFChxeuXTnote7aQQklHPy/tcf757R3SVxiglAsGp7uTWyvH2JDNNiA0P9E07KWVEhFM6UQJaVzKiFubuhBCl5kwyLnqY9827cQfhuP0sSSvqe/dMB07Ulc1LVFbXNFfw2i/VDWDBosrSkBsSMzHRdYEYH7hkpDHkWryqbBf2KvJSca1KMTgPyRA8EupC8nhJ0hAcA1Q55HiMWSfmFNQjH2PIPr2C4ENCDN8uEXlH2T42Rj8uACIzJy8meXTRnv6tSQGRcOyiSfPucOAij3mNGUyfcrLn19vqNwQJ352IAA==",
"memory-add-op-Q_Nj5fTo-JGXeELRZ.cjs": "G6cCAIzUYK0wyx3T2QzLdDUB2n8nLzqJ70QgJkBaD4Wpc74CKSD+dVC27XZeImlDfZqKbOKyeVrw36VnJjfBI6PwpBTkhxBPcnPy1lx9wi0IofPiV5E77qYIIQgUuXhd56V4KmiQmu7EYaxncwGUspHE2wumVZ0T4BdMJsYyFDVi7I+qJj/iMz0P/ytapAaz6RQepYSqfDaqwFbfuaT0IYiiKcMrd9mnELotx4HdzMHTkZnAHiN/8qva8Ba8lT8bC3/ijGbiIC4J9oCSxrUaCKOEQxe3qTtHCKKXieS4qVRU/Uz0sa363DgNcZjOnaXRWW0uLlJBLEURvl9xolTKgvrcRCZRmkyUPpvWt0gUieD+/kodp4pfsP3SM3ns6rwgVDE4ErHwpB9HVCjrYSwaJglxtb8/ZlVZrTmI7AzoWNGv42TuzWO3xtLn5NDoR1qZHeHoHDknVqUsTfx+IUfdlnBLVM/B",
"memory-query-op-C8GVWPbg--50PtTwa.cjs": "G6QCAIzDOIb8F5MSj5b0mnvLlEq5FzBWDzBABs89qQDgZutHJGDZQZP05FOQ3cHIRdIzkwfQIp6FmWv1ADxXq7BrTl/zeAHSlnXZ7QfFZQonNdM0uczianWrvCtt9DZXTk0SSvn6L4BIY7QP9+gxLr4J/4HO1tcbxdI3q8x9PJnFWHUy7blL3G+uhGoaVEbD8PoOMgrF5dF7oSDj89h9s9M+EEbQKBnnMwA4LveD4t1eBjiX5VX9Eqb10Ri4TTvTBFAU/rczSjUpyYzT9TRWHuZwO8JTKuwaNfKYPF6izrgox8iBeiYVpUOKehgVUUiHi/NUIA16HSIqOMlq2XR61njjy8IXwk8CCvn9Q+L7L9NyPb9ARihMJTQjzEiHDD7BF4iLifZCg49AACMTVpiTZIWp/cxNgO7i86xs/vBPkn8P088PMxuQkcUaL/cDpJPSJAE=",
"memory-store-bX9AKbPf-u0Bu3Y6O.cjs": "G6QtACwKY2Np3J3lC/0GKZSvXigjJJn935+r/4afr2u2cK8HorPbYTPdV6f2JEocsyJxSZzGoVT6IGfTv1EIP2krWUPKJTSIQo/PdjJimup/v9fUKdXuNIXhjAGLGbLOPefd2V+2SYriUrrslPbe+9Lu2l2bVipygSkNhZHgUGQEAwNw1Bv+KheTba/XUGmO3H0TByCgorGp6QPdfVI21aJ/0VG2BgHB+WsE4tDGUWUCLIqiiat9gEcTQEAHRy1gY0NwP4XUJDpfvDbPcNS4l1dsuzSQsejd0TmUqfkngjkC6XZ+n9p3m2m/fQ7WbvCx1l3dcazOo9QdkU+bSnSLV0Sy8fC57gUVj6M+4prgAYzw2FSCCHAg74wBv2MFAn5FyfQW2jER57xML6XXpA/S64pAsKno/K7r4mjHnRZn7GKXh8nJbFXPQdC+OtnQRvb6T2bbB1/+nF7MT/nkt2fk23YQKmXCfne58/XNzU8eXVhwtzBbkv0Q2e7J7PP4z/E/IUPQwA1bZbOqmeK7y/Bcennzz2v4wfXi7NbsluyHyLb3t8rVViVjEWeXkt2/u9y+aMLua3P+IacLsyXZo7Pdp/mP8ZeL8g98CSV1opx6EJoQsPrmPHVF9h8FwecVclXGM12PMAoBQpePBRvwu34weCdhW4DzwRV0eDlIBCqYvkFpfRhoC2F2yfHVz63/x0dTvvjt1SRdLJRLZC2rTA8SBn3YlPLgsN9DSugPOKnLpetHbVUVtnGkRYYzlFzJ//GFq82VWU728hZ5erzXsKSGduDYZtYxsTWXNIqaQ8i1YklIcRDo3TgpqXV5+fJapauLBv1+3Ad9epnM/6lsMJ9TmJ5tZld9qzWA2lTNs5jj7cSMeAO4GQnkKAul9WtHtYJ4rqr0VCrH6ENSOX37p7v/nRqJ+RZXL7ujR9+JmaXtym33VubFNDW8kC3T1TGJB3d1u+uObDX8YAo8cwixjaHUi1VoZSbY2lSLjJNsn8+4UoPeuSUd2ykqum3vAFF2+Dem9gUsPO4PcjhEW54SfBpJjyEDFShre2L16+6QSmWedGU0jr/UJzZheRYOUwnLjbYgSe4RisxRq1SM+Ov0mesfi+PmnpYyp0S+VdBBgfSoiAFlWuYqupeEnILxSsm8CHZlQPAahSSqxYACBhxDxzyE69eVtoGFoTw4xThnKfZSlBc0kh/eCcliWfBwCA5I6SF3pn7uH445fa0nhNB0iHi/AwI6eMwSWmaVfWjSEMnBh+Vzfjqo9p/iJ3oxerkCstHJiTzZ25czJ13Ju/3vM1NKYqI6ASoWGfp2AQXu0afHexYDU8dwYK8mHj4+9741aaYTIpS+2nd1gbnTqSLAlmhm61UrTkdgVvUJX7DejGFy3klfmbNe1Ut8J5ETKFcvF5KTQ+RBm2uf+NoaX6sPdy1tLZIlobUB3rfFoXBgKpau7U7l63YztiBjLcWK3s/fxZ3u2p54UJTTuKIdBSeECAgw9YXyJouHG7X4jqWI3HYrRVCyrzh1ILQxDFWJTqpV9aXnlebaiuHZmXkokaq5bNcPDBJ1X12lezO1PQpSsM5ToTINAIc5tgqGY83wjvGtXaAHAUGVp/gKsnel4aHISzKgLJ3RTCRlseWcqonioezCCT/njI/D8a9VfqpLOEtG2SIxTZkVTsz1FbOT0dEeX5SU128Lk0XPr4q3Zz0eHuGnwEx7qI0xrErZGAA6Xv9ayzlnAcFa435Mx4AZN5nBwlaVrS4ZPai58jnzfhBUfH9esYy8H/4NDg7P7l2kYNmLeMAYAMBqal/DMd1v+390nW5EtYbv8I253bFzC2pPv+VfgIlxsOE1SSVTPQn/juoF+Au1GFy+jK/tcmlCQhTFJr8af3Kt7IppvNy8zfxjY2fbsb13uA3jbdY0ujOSFsnR3AlSOOEjtuBHhUQsqNygooM31YAcuKgih8kg9hg2DPnXj9jV1Lrw3jWELbt+j/slrPFhmFYjXlFrxzfw0AapuQ/welx70YdmWkbeismHBfLY2j0nBP3KuT5VcZyVIFBFrOSZZZvxT/6wyp//qobubM99CAIM8p5QX3DbJTEVLLp29roUirN85FM4PDPJrHThHOt7zuM9ru7iGYrbt6t27ExhNec4/Vh1ThkESa5HuhBznAVhG9nor3f0n0Na4eWTg5wQqR+tCA7dv1D7d7ZOd7Z2R7BC0gcPCo4GDwXWikaRDOQbKPXjtBoBREvlHVxA+EORyG0wvOWozg8ec7xgHpVXe+2dkzNVaq7djjXzXO5lnkYiCBN0Nc9shw1lXCqoAM4p3VqdxBm8D0GLWL1UUvrPoSfI7DPEa7kupX7MUubJmGdXMj8NKLb+5YtMnspSuvpVSs2M52JLK56/KCThPJssEaWPzZ/zSmCb1Yukn6Uyvm3NrTgTvomxP+J5Rh6d5HEYvn5mQsrkCb6km4ZcIoVmQSOsaPWt+BRK+7VKo0fXKMOH1yA8Dl7D5ltwdoIW2w2wpKwdRaEZi28WexWItslp8HND3GKjX1Ge2+eAHB3tlqGiElzWkVm+99o3IxJrxohp8mJNDHtjYRFwVNKQb5NHzFl9d2axGaXGo7Zipq1jNJy8EymgJXLwvum6Fw9Gl9wJ/i1nXCGqvSQju+CK8HrklLUvGC/2Jsil8jD5xfGjzbK1k/z/g3C4XW5VYMtmheuFyCyjKDAKZXBjDYojP6OxQh+bAHU1R30QQ1UHtx4qOiAL6JBRDpUWtzEeC8JtHDHAp1jKXMy5KlIA9piWC2xpkDltcmyfweJ7jDSWRmzYwNgINkhjyyXy63P6gnrPAtHaDs1ImjSgyGmUx+vNrT0WObZbI2b1tnrcEnhJFSIuAl7ubremcVS1RHULLl6tkG/SI1qXanQuSUmeX6HcvoXF0X15cmTB9+I1V1kxmRdZBlYYUfrpMVbhCk0syB8UDPkVipn6TVM+B48nZBpo7X03cIiCaAYiU9Dh+lXX5jlR6h6Z85xiUeiNKSuvaOLJmvIHtOAP2e6Sterfu31+Gjr5A3fK/dPcptbJ2e8HNOun1vxmE38v3oqTi+sEEL6az5CPzsQb0KU+/DwEwVhzIHe5tXeEGugL8uedU7rGK/8KwS6MWwXwDiauvi0ztc7QaKmN+kdplt15tlMkPWwkgB3Gddl+i4eAWcUys7Og3SvOlaBOOAeibW/u3aOhhmGbbuhnVdiQ1ZIr49t4HaKRN+1irw1rVA5Ljf3d2qYNW66se7H9BG2M144LjnG/hekF7WwGsDVGLBqmzQjqTSYbTvb2IyXUPC+M08ElkRmjrI3c27azvFPgALTqWmZjDZrRjpzC1oVREE0NVfFS9/wVnIiAqqB913ilOBY0XDOsH8bugTkQenZ1eWHT9PzluJEitceOgrAxwuuGqBw31wtQhClbtbjx1Ll4wQEaLjBOiI3QMW8OrX0gNldazAbiFJi4leW1YANaSPs6yLWdtfnqaQ9QPja9u90UIAM+UrZJUmEVBzlO1dn1c4b8dzNvAgQf9VEFnYxRbf8lrL4g8bsqPjHPrOyenGAcYwY0uTdxUMIf75jMFq58OZD6/ONLYvP+q1Mz9bNQvlM4xJqM6lbqIi21oQMhL1SI67Ac+wHbBVUTOmoIYgaD4zE0biiG0CvMZEszTsA7hVmivFAWQkYBNN3pVsa1UZUNfVbdn7t439qQH97tHO7v/3tWKO9o/agQa7OPp0W4LgES+7VKDJ4CtmRtfPnB5TSLNbDLEiKNRv3s8DcItjtYqt0ND/Gug46E58tkz7piBERSAwJpahxBws1NcbLLhNa+lFB0trFyPutElLZuGgn9ZuGMnIkXsDnsn/wUuKnMdgiE/N9h0hQSP+h33JSHLG8Yob/A0u+6p91A+L62MgWVgJBdLbwJZ8Oa1eK8PMoBNVd61q/Mi/0dVO5q1RnRxmAJ0VoPqhaUuq9UxKHVKS/dno+hl3ghEl8ntLtmp84BWTCrX8xTKtl9Sr+arEiD7TEJI667wmzN8VHWs9aAkfXzhV4iNsWvkjdFR94stKYCpIcSORemQ3wPowFc8dY9eB/FZ9pjINrf3VUmdjKI0IkJtnJFkS0lRj8iracOk/dt6BJSdCIhFk7uMpknwhrYuttwfxydcm+AGJy3TMY3SDaeE6QiXUZGixWDy76/tJrShkYXmKTNGeNro2Cp/RJr7H33YOKwmJe2WWZDZSoqaw+cggjHhbXfPpmYM7xUebFwrbMZ1aHwUAM7NhPT7Qb8RPtaHjNyODo42wEgKbh2l7qoXOH2YtCkfQpqX80WtJzbgV6rBugQQfdx4WqIblxzOAnGkPzXU1++/CjKYO9n7zs+9b5F0VH16irjFHXlTnN1nOpxycrKkIrONEweLY0bn21wVncAu86mSnVIPYXSZyKmvu2qJOgapfUo1Z13a+GEdwShNgahKnv+Ky4j0gChCC/vIRNftw7DsPVKvTsuIsk980UC508eQDTjTmcWXs+m94q+733CLec8NIfTytr9t6p28L7djEl0Q3eeDnWkfaC6h9ztfeoLwyT7NaaTG/NfcZ7jdbmQSQmfmuKo70NAhtXCVZLNfyHvWzddzu+kHvP81mmpINgndoAWuD0R3h/YingdKirA2D0oVIchKTV8WCfi3PtyTTgycdU8BZ/31+i4eAAFIFn3MJAV9Klcb1x+VnGXZ06xVpjgZB1H3pmzjpMlE+zaHEyTmQBVPXuORxNGT/aC4+CBEsonRwVoiVTOPCipWHvU",
"model-call-BLXYtUZi-Mo5Adx86.cjs": "G+gWQByH6cbidqndR9WmZan2jj8vdZsU5PRuO93Tt4YggaSDkQLtdiaovCSIgo/fu/yf/V1hFcpg9Lt3ZnLeJru02pK83fzesAhXquMgFFjFMpzubkiII+2EbrfDJa+BDE97P/GU7R9o6/1zuGnGAVYQReuaRIfK6btRMSH+j9huLt8Obi/2cXidplk/uMSrIbR+nA5tvL+mz+9hM+WEGBVD4leIzc2leLu7/QhfeeaJkT9Om99j3n6K32414aiYEL9CbN/ffBq8+66fhYuXKExIgX+ctvfvvuVfe4NrSTkkRsSEeFec3G1u9e7s7suZqxmZPAuIFWJl9b5iq6jkE5W+SrniBkT+l2Lz+Oev/O33FbrrVNztwtdLA88TMCMsTJeremEfoTy6/iXdStX1nmuL2baie2OYHxm8FDjAfCdhRTi3T0fFtlAHgwTCtQPN8LDmedCdWuQonenH3gD0YzqIqAwrokNHLowbexi/zXg6c4+pWrdqrNAJGB5W1mN66R0q2eblDbsL4kNyTArSsO+hU490JI5Xru4NAcnwTJJyc9o5+it+qjt6AAIvCCw0yj/Ymwe7OohNqIB8c3qnaag5PqHLGe9ZTpZyHmZfyvNt/+sP5nFojIarnPDq1+mAysUWwuiP+049tkDPKAiqvWi+h5ZB4uB+K7kXuLzyuTbdOGzJlm1w5Xl4mQuxb+EVwRpzbRpaJqKqEc/cjGRcnzmmr5ikTkOp+kqY01DN6XGUmO68SvBWcEykemRLfhMy9M2J0NlA/cKKdUJrCKf6qY0UUXroPPfqRZrnusriPrvfHsODwqVlrZkrZa4cuJJoojldBIvG5PBtyTMTWCor7bKgdmV3NCMmHK7+5aCUnJJtzPCcZFwK3W49B5rR9GUNip61O6T/eSTzuHlwyKGO4dQvZWxJj4tPO33LsNCCRFlyVxSoSWx5j2mA0JaVTL/MeWjlJ6dBg6U0pXYb+UgEU+GOJOTA6X5wQaZIhZCwq67k3RPgdag1eTJFQoOY8GZpmQAsbZln55CJoOV8MhZkYNEiV9asFb95LO/oxzgNmCFbqDahYunEEGI73eZhJa5CrIhlJvAirOhFoJWF1Z4Fpvfm4Aq16JbKcGh55U7Pz5xyamFCPQwrAagULbDijy3UBWe9Re/2k5c9LqGLGRN3WaHTSsuMHYuuYL96jhCZSaStbUXRzYoEXW13jEhTJVsr6f2PFY0k3fbhgfFqiQ3zOrmTwykPX9HcBag0kp8yGmEDZqiMrotPkJHQjunmVLyb4MleBuCTSCqYrz2+A7cEhi+0c3b37YY+5syG14ftyRsrvZVuoXOdPu0Ga2teo1ny/8hCdaOmmImiZtSKPsXC10xP4CdzkhUaAaiaBu3AHhTi73PW5NWAmj6qOpQ3dWXDPl3y4aEEwVlYNZ2Ml2CFGvoI5S/QWZts8THGNhSMMYhppOMGiDr+e7k0MfIrMStjSOhQ30uEPIbqqi5heQwEDUYTNefQt3RleFcYeInukpZCp8akdW6xv5HcrYPI3HEIe2Z99ovDw1TZni0ZT1RNTfF7XZReod6VdBPd/bP/ChuOmZ5EiqITUcbxL1I4U00xfEPekcfasZwH5qBLiSM3suzMN94amP3G48qDtNa5okMSpvrGUxLtzPxwKZn3FKo4Thh8WzJeqd8Lk4UE4cGfbCV8cEWb5yYxuEk+fVG4V1mSEx72YNeLPFqEAma94WUP/pgmir1snqBywvRY1J+5Pj6IcQuI5HawizGGsFsFByG300Ob0rG6cQ+zaFqrHOinjgd8WBbwISNEoHr6QNfmynlhB3ZJQKGiYHZzx0yLyU+/UiCh1qTQOYugOvV9K5zIQaD/J0hmdXOLOy/gnxILYVsRqPSQpL8RGvi9q5AcnYwJbQId33iFkleTdBlwFX3oiKZl4laa9H/KZmZ4kOf//PvHoC2KcodscWl4ZRIyUYjlEKN61mSlVVYUsTeKG/7KRC0MD5Fmql8V3SWja6ci4OKRnJh9UzECqGMkLyJUABn+clZQXWGtu1QI5tUzsNLEbOrmNsYe4pFEbkQSI1z9k4/DLpVMl+NROB9wpbmvibwMTsgKvInd8lZWYwqqCSCYp83F1lTwNbYUYJ0noq3krHKMYy0QHxRRVqB4w5BhoPHB+CYORzKr1pbXuIFhojPG66dQnPJnGWq07XypJ6di2nRf1k9XC4051kSMA+q50tR7zRxnsPElgcD6GvVDp2KN5+XfLXuh97x7LV5wHkwhBOLuSPmyYwilit1XycR7XpW8Squg4i8piFIv+SHJ4lQPHtp0aAA=",
"node-DOUhNPZS.cjs": "W37TEUWwcQQQQP/KRBHoDiRhunt9OAfcYdg4gAeazAXoubgxBi5amfvkUFAu2jgRfqhosfhyB/Jl0YmCS5gvSfA25udCoWjbq3h4rDQ2+llF6+oMcIcV0fzwvQ6mr1EvJBs7dvv1XAhKjGZfmKliW4CmEK4tX6mjf8qGsqRDhYHyL5iOKru4xYZLFumTJzm/9mr1r5+vV7ogmGnQhSg2pOx1CSzaNjceo1Lj2dVV6TRTe30bwmiIGPJVpwfhMaucl929FCAzsuh4EEkjkFSOqn78PnvYlv35vGanxiAhSJWa/e7lCUuQrFRYrHY5zkpd9mmqCwBX8lmOziB5dHrADVapgeSXzd7uczm10y6yYTae+JuzUxgEDRT1pYe2X09yFajCeYUifrjZwiVBenzg81Wz/poqxNR0IWvOO17Ckvb7EYSdecRfOD+jvifBGpZTxwtpO7ZI8L/3LSsnaGFWCGUNXRqelKbySMuYvOfcd9hfZHIqRXEyqwqcLhQQrWOhVqL57ns/C5lV6J5EAdtbwGCDaFCpnqUUzViLQpvUli0dk5aFHQv06H/trT53mbHMObYIekCWrRBR5z03T2x3VXfod/dMxPTXHxljaJ68mfmq3a+eWeM82xCgCgEixhwGWS1Xu+h/IYk5QFa3IcF8dTDpzRnfl9753wkNtCUB3jYztvz7y7I8d69hapNW9uWSOJ1pLUCwLLAfj+SgOqYiK9wON+O+9ZT3y2X/ov9WCQD6hagamM6q7ag+1A6k4NkOoAW8WV21F2ecS36NRG7P/+TaZ9z59TIrMxnIa9Td3NG55+Wvgflxin6f/zj9e1zitZerTIz9WT7vY8exvlPSL0Q+P9UqsfZuihy9PKMXVI5HfTcbeGjGzXG1uAoAB0mnCiM304353RSeHtBuYbD64as4k75ZvU8EYqca5a4cDdwZnam6e5efdRjaCRcAu/drSK7FM/8nzR1/0T3++v74cXUgtWQ/QjYfI/79Ji7xT3+a89NczoLx3YdtAnjhdvhKa6LKIqize+0hH/nxcbfz9QQZgzRfWP5tJ/QlUdUv3Upff9uhz2PJAr6xVW5fUo+iP+98l+zhXxRX+kLA7ftAsbbqUZI0EWGtY6NReElLh9vs4831Pw6XrRQ9A5zBzyi4+LTYxeKLtf8k8foWhOHfEln6Zoy09gdF4ykIPidL16ds60OKskoQGSWv/UbRgHBwwVaJ64uDYAM0Rr//F2Fr29142d4qUPZTLmkwYXkkm4tbv7IwYTz/RW/9wQ7Yocwo57MfNW1s/s9gk3ZjDx/9lxmGas9784FU5zgWWiIaQnzhZaCUyljRmp95xQkJ0N4FdBz/M5GNrOlN4cimqIH7vA7CSfQppHAJl36LCtXUmp2l/oaZt9npG/XkyPWij1oSljVtZxmoT8dhTGkoHhJg4twfksEXeIrBDNI9QiK4GJmyTP8RcMDYe2knyA+YFRvfAD0pPdJ0yWDboQWAwbhlsvmA+1t9gQzI/7D05Q7BFgBu6SrzkoMw5uO9vXMWRTrgnnD69pyggo1/m8rpYIewnKXqGQ3Nt0ubgrKTmsXmF/mMo2fU29k60UaaFjVsSZuJPGgpQgPtqKll/wa8rtfMVmsRJiD/skPTWf/EUrPmdKYDIclfN1Vi2bzgc6AR//4yCEvIIbVtjrI1rz+Fvd2mOXlKP3Tvu9b5468AsfQ32caFNkO0YuW7fzq2E7jAntV9s8sdEpS+BApVFniZaM6rYUDxrYTfwdlLEHzkjHs58BkCi9+0sdLeBiTQzl4MCJ/ovNujIwI32geeswL61p9/EKEcBco36sw1OyIeyYDdRheNldiZf17QByFwY0ROe91l1lgm6hZvOhctl1bktQnsMLG9JsLxLhaW27WAbiKRV/Z3n40xhmapuLyNq2dFJ/kaGJ/0TlviDORccLIbPveU+vjYTu/09kK0DEEAxtCkWhA3QXZsY+exWHjREEfTAVa5E18o+bPBPq6TAtvqV3UdUoc08MeQ79+qfOIDUmTdBICIiZHR6OjyYvxj0nuu8EXFaypfx1WGG5KIw0AaxWkqXkYNtszuTG2YDafXt3rDuOyQ5Tny5Gw1ErH+HquDbF7ni/Go3OAZeSrWgGq6sJpi58JSxvixkKBrGzTwGjFFLh62iVYaBBffEZOBhcLYfDr4Cf+x+mIBM7yDhJ2ueK4Vx23CluK1WWdi7plQsKG/wsxvAzr803QIwbQXdFkbEsLvxeO8I1m2MiaKDWRkQoqM2TbweJsLLThB+TAB3AC+mHfrdNmy3vbw3egOe8nnnioK4BGaD1JVY2Mdd66Vowg0FRbvCgKLhluu07FOupfKTiM+NFwuP2RuZmtNUku1tcvem+OlFqBkIBEGscftD8Nl71ACU17/WybJwl/TmbIhjGmUqmPcnYclmGaWk8RzF7q7CL7pMh0zVx4va5sqKJTxBoTs3bSvs/rIZbh2gvUS1zg6w340ps1kY1TW0HtKqPGJWPTiO5D4Bb1NSqN7yMAs2VBwqzknYaK3wSOx4WgnN1dBZ2EVCy7I36QTTi/DgtVZmx/2wmwDJ9M6K2e8EYz8x06N4p89wgSwsnYJx8hbXUzu+og1uTbhPCjtKVM8rpWO0wkl6yJqNAcxK8HGkiPisAJntcziC1k6cPQ9wpJKNTFvgbhT2tZ7NOmYjamCQaxXkHi1tM9xYNwIrSG7nWqFlo5A0we9075EL8ZqpYyvbV4vVhM/PuklS3Df5ves8u2oibjvRa09Vt7d0MGZy7QQcUJKjZaU0UwgXW0oZvRB/rVaqVR1x2RGF6L31biZ7QbfRisbvKUdTd/9aPVqKtYhDxU9pX5T1JIAlb0UY1HT9wUg5dOMbgOBhDXXNL0wsN8sy2pxIMakFKiJMFF3gTQcM3h2KngIi1w/OtYO+vsFmiHvcSvs7Hd269gxik19Q6al72uqNQcT30uD+FYdL7vBQ/Zdqj1Uuchpm411cq/Mxy3HPlifKJS440YqJbIkKRRuPBRlm5GIWmpY/k3A0SGT+5H7/nrg5n4UzmbhWmVnuPlNWcvguSNVIYRUPyLQzYCdDpvn0tg5m7ouXpw9L1HJIxdinRbYcLMKHPiZ56v2+LMB2As4ttexsLbsSufWh1xk4bRsUtuBe9VSJb1ds/EvwraOdsPgzRufqFP9DPos2hrVVwoH/Cvy4V4eHtLAFacfxhccJECZmzdL8Ej186aNgNVgo1go+DzQBabETWytvJOkFa68KnEOK7UR1gz5Lg+RnU+VoPNbgXyy5CAJ5tlcLEgVVqDg4uZBd7ouT4Q6opCYBHLANwTPtAGit7Lq6R5yUxrDnEBL66hsAJ8MED02l1aRzwEEJ2RnYeuXShcKcvSCL0LSEICa+H6v3dp42BXhEzMoLNPhdlbyourb9AeoF9QqaCUNu9hvTk3Qj8BJbQeb89BUMsmZ+kmebEVT1oXZOBxsNubDZ7VMJZsPRZbQ8UxiymkC4fdO6Es3TA3Xl2XC8H+3xpDP25AtumuFjHH0STOzqay8p/Mh0uwtuGeAupnmpZTBSvdYezSsnmp6ET09DGzKqSTDa7BKCjVM74eAewvbiVihG02pZmkRrRItssfUAeKrL285hcEdjQbtHZtc0/Dt4TiUkZU8UErzYbmapI5ho5B61VS4gYv0Z5vqfcYBEijvoXAfySYmEub1rn2DD1etfvl4rNqoVsH9GHkgsKUh8wnIf5a47DJyzpzWRY0ItZxBDvSrCHGTL0xcriOLMsg7hB3Use6qlEbk2BJz3Dys0gtER6h3KPB7Um7aHVN7QZLQD+o9+x7htBii3USiaNO2blg4NtOBIEVJjDURIfFj0DxNLAqu1CL/7vpVk7siiPl7PTNxG5mRn5WmWbX3Th/JBZ8SIygm9gq6bqagxHkGILp7kCdkb8QV2klBV3WmPfIwstapUR7AL7aej5aqcWimvE6YCjSQqL+wGhPWL6xOEB0IvX24UhtpFJHdpcUni9SLAezSehSuXveIyEIMdcTcd44WdMYZtB6Mhra2Wfv6NyvAQ3Ppi0BQPzNeQ3buR1uEGCwhxgciPF+kzj87sAN0Vj1wjyrUfLLK4ug+DN1GxfVGr+3NLgBny2pz3s5ZHmO2eYer3d9gGT5/Vg7CuC4Fj8ED37lTMZWzPkU7ekzLzHvwnYYDDZqcMAO5Tn+k0R6PbEcEPEquet2cW39FYyZwE/oi3YPu5wQJRhSC/RMXD1CtcwhZjDNiTIXNMnJMovOs7jEPVyPAg09JghF5OypPItD26gjIn2PjOho/U4AvldCFyvWovM5Bb75/KuVO8E6hC/o2JCLSrZa7DxEyPmrN7EEVsBcGE1Xv+Az7Yehp+1nAvb5zTj9/8Ml4JGNqVkriP4mot5PavhwlgFD7hEjGWoS/Ge5X3Q/tMqt7BBLdTc6Z44so+qtRrW/NP/jbHPcctQvmF7wpQYwTnStpRNP8EXO2XH8zuQz2kYHD4gp+EdZP6yZ9770hhOmt7oWV2pMuE9V+yzUV0Nm/eawMWkxCcxGdWRsmZB211Vj1uF2K5WyngbPZsJ7Poq5xgptlG5yVL5DyjWZg5pv7qtc5e0H29vhOjQIRMWz2GT3rDwfDJlnbXi8db0n6qa5JEX7kzVKcNO8rhjz9zExci3NHUezyKmOhTJkxLkqbkzTvuN8NK03qhFvxHqSDtSYXyagICqMc0dyL1j9k9YkjpnMx/ON7E7rEbQP1jA1Ol0TSnF3xCuFzhtlq9uSfqLexCzFUvZ9QGGnUkCRfqEfkGRx0+McR9fdo7ub8dfVjPTY9BGTrrPpDyW1BVbXwCDILrgYZctRCap9Be95gsG2LMaMdWPDfdKldgHfrnxycJosPESumwu28ar4+v86oasS7wQKuP8oSSLpZbursjvZdqk+X/qjB0UIZrESDKLC3XIOW88kdGIiWhxZsoE8oMLeuh9e9hdShn63XWUwn3eItJ9ouS0iZeBY5ho39rVrJMuBZLOvE2I6SWptO4xo2+KR9TZcFIE4hJYGzbgg8rQPqCidmtNjn/olMJhMtMktsEl98nzIfzKMcvIkMKiM2/mlaWCMSrGff5D68u8okQWmA5HPHQPwwgPy0Uueb93FSuKMIjYomFymlvzGT2GeqmgyU/1xrZoF3ul6hL5k6DiEwTKebQawa2x6+QuIKZ1Kr3ZPh5C1iXyA035TonWnTGQoAMlM00vskdYI8C1bOEkAimXETCikXxw2V/8pLFrs6L6Mj8/ssUrk+mwYYG7X0027ipdyFhZiCGlWI1aDr9o/9kHNz6YDqEVtVCF0lGoyGG+RUjVxEA4cdKszVUapsYYqreJwFPigaWORaj7ZLkF9glk6eJAuSAF2Id+qoRtQa/h9GI1BBWc17Hrh9tvdB98SvVaQypPbJS0OOedzzBpdRsJ+pbmmjkkZAhFOkZ1MI+9ySyqiAHYbz00eevAYnzaws7wFNmroGY+TBj6BTytesMXCrlBAByII9SoU2JR5pNlBliQV9Rgjar1JB9iQalE7/m7WeDsk4CTJWvWCH0yJrgwC99/JpzrLjZKDCEHABFzz1/nz5UZV9swrMKgp6zzPQGl8KwKK7EL2J5CZl7wIIFCZEpq3UE+7E4Ps/Ga0qFCw+UbFYo+4PhiHZHu8PUw2fP3ZG5sjI26oNDByYdstyK/f6ADUuF6uBQUm+xqWeessHyR9fK8gG9r7Q4Sj0EviX4ZVPLoZeGHvKsjRpEDZbs3HOYY1mYqJBqs3Db3OtwRxhypNp/LHKKCkmIXvE6y++kmHL6uX7Xo5ORkBuatVMSerkTtRXoc9C/czMYE/0roHbFmCjW8DtXPtf0VaFvi7zVpeEcq2Z1Zf/xL3p1G9Y37YxHeKGrHI0m8cIVJGaaLOEYelBZtOuRutHzEryhtEFG5qNHdWtrDN0Kk2IoqlVliVnrRXeZblS82AN/BdKhOnxa4S9IbuvZJa74BfbRqGD3TehWU5545hJYI0wvhH7nXPRHhNazCpOu2Z2LPVJcUskYJT3IkoyqbSwXsNXcchwFpUdMjhOm1Ue88+vs24qX4Ue5r0ol8yijveeXmKmULhkRtMaeq7o2YOIvJ41HikrHcs8s34nQNOIPQ6f+v0ONNX4bt/6JWf22msx9ttfTcWs3HmnyQX64rS09ZPo0XR4KnrqnwahsRtQ542NH3YM6d9x53E69NC5m10OsD93CM7q6M3H2uki97XAODAx88rYLkrkVLT3s/G/SM+I62wkNeUNWrh6jRgdRLextGA4RqZVWiQE2/IosyX3/wDRhfyOAkkFosw+3NsG6AaOvNStldGz9jJ/jXTmYp9VRc+KZV5I+4MRjnhFtAwnMm/UzqWu1qxJHTpEzdabs9Pehz3r8mjdyMW9l42h3R7r8W5WBdsNgnXC5g58w/+paCEdUEcgdyJ2T6QChMqMY7JjN5dollBsSinUACpOQyj5DURaRiWhVlR8a/Iwc3nWHVCMWh2m4me0qgayfIQyQzsDz1BnlCR3aZbRTNMhsy/ZOs43LF1nC60+8for2RAlM8yQ7ksz+GYz2XXUNEPH51CANOGOQHm4um4Px4mTOetC/TyXzJHDFYDBiHpTk+q6pdJhTBzz2hD3xAKLNEvbo56zrudl44lxAPZ4BMn3QWvg2u28PDZA/c/rLvQzwi4U2WdPKl9igNasEmgCeIbtbRmPszbsdTL9DKcomA1IWJpSUHFnUks1zmVw66PjDm8ghxkB4EJw3Sm/lNmnNJ64g8/lqz0VA2Sk2hHNIcDHtO0DVZWNWrbpDQitkGjdBbxQ42GF1/NzH4lJvTJNBUHeJ0tkPaGEdF5zUTHX89pdy7xlt8kNVmKxhGzEc33EF/VVyCg8nfJcbXGDlWS3Rc23SaFILVR+XdgsTX/nZzjl0yRBjv4cwkvZUmdvD/xUflJWn6zG954sXLGqcAAdVUZK76TSzRxJJMHgkzogMbUWWZeETKi+37EHmArFmVM/GA4k1EsH9KcyMlBRy/m5gfH5NJrZnmVHhbMEWBur/4TMKrSA42xfim++Eec699eAeHnR3bUjk58OlfXr0gWF2KHovt70102WXu5dDGRokcsFLQMIeTyC39HFIv26uZcaC3BK9DCppRHCVBpKBrK9CejM/dBYd70TCguNEI8enG5QYgaTFkoTdqbNLA5Pvt0n7exOH4QYUMiVm0putAz04Bp7wBh7OSGhgDyr80Z89rzB7RJD/VaK1sQl/xkKE/pZ5owpKMXIJIL3zxyiW4idC5xO5qTcrQQFJaA9Mw0xZo/0vKZq5L1zMm/rIj62oehwVEW3L/632wIw+zfXDQElEvpujmvTmcq/n+Oi2CDB8craCk5PUlqF7TydemEjBeghr17ZpSCaHDTW+mMMvrhhmhzdveBA6IIQFLKoQP9pfDXLmJGjbGflcTlgxyoGQoul6uxHFmxzsWnwDFx/GwRLOHCwZ9nr+0zHTG9QMPOeoZzGZ/FIvlR3XLkMnw52X4doPXLUCEhqp5JpN8+unycN2kggOdYHq4MCY1v97u3f+jeCnf+qpZw3B0Dq9tI+WAeKGfNrR/WZtAaVQwmu2hJMGxWrQgcUX3ymTZXDcURwSemb5l9F5dD3eZ2134u+k+0NiGEdrK2d7Q6yGn7X5YB0b5Ey/uVyxb9FIKQMsklyXFTTjyEMrMbfCmHcykodp/YjrNovqiVhYkBasyiOfbg06TmZwp92/hcHr6Jrn+7x4zvWQ8OqgPx1vdthFg+PciLR1+IKwxPmV0xoBq1KXeWnRewMTv4avqQficzW8UU+6xYkfx5pyH29hWQ82nYUY5fJxjRF+0BkZZX+TVbwb5SYpu1GFb8mwIu+Jn7+2r0+qg2E76PLEQyo3JRBzJ4kBA9Tj3kTndObwfNKlY7zDTfAh8/Lf2A9siy9BP185F8mE9QVwY4rhkzFn7utnFpVTVdO0zov/3PXMeUaDhMCwwX7wmdXUZaKhnwy2CBzDkeAXL6EE9husITrnwZ2JiqBb0ea2w7j/okL50pYEQnSP7+heNNiVaIlefZP5vjrDw05iMqhIxCu574/kdHsGOZtDE7TSDcnX5vreoOrdvW3pN48SWCckT4zzd7LhTJiC3fkJoUluJhtTd2n3L2lyE9xPS1mvJnwQXmEYX0ODq9EvtHT5LeJGaZ7760OVN9qxv2R7k6LoWwtdqND/wuxzCh5IVohJJvGhOy44bbTifv/k1Bu1rUjOP/lj+6UALe+P5JL1H+2ZDH0z0INzG1lkXtkviHiMucWSGiaYG0BJ7OVdCjfQ/SVTvRqaY8vBlv3FwRuToYFiDY/plx3/zif/sy2CZ6yqtZIcQnal3/mcC7k5/ORP/98c7z43g4GboJLEJUWcT59vpXtM4hEDEQQ3X5MRBSzbxu9iuFqzoRb0w+3J9V5E10nbZ7eRo21yIon5c+sreLtS5T4q/2ssTpDdmOwdqKkC26xvsRnA7qK8yAcny/QuoL5eChYoDowdiP5i5o2yIzyoZNknL/tRKIzbk2PlI5FriU5TRrXTxKaQ4aSSlP7GCmHMseyuHTM/n+5uPWviGKl5n40ka3h0QWLMC1bc2c/U6y+JKUM22akfMuqIeza/KMqUo0FP2Iu6bfumKF6neXf+rKCkfxrz2m089VGWrEi0pDZ9acFc39kEVpO2P4ZuGnNmKk/xLvYONwzq9a4rpWSh1AM/Zul6e/e9ooTv4ZYkHMQR+iFmSyU00uDK4D7R/P4a4SckMr4IuhY76hXNkVnhEkR9YCtkJJtRxPxxG6Qj5FKdYnRX9Jg5TVrB++b2mHxywclDcJAFrIxzmXApcciax5Z+Q9Dsvu1GVOvYopHC4uxZVWig4zCrykVrRkUYpSpRWLZqq0xx2VSj4/qSrSybN1yDmTlqHznF8IAIFhHJcwNyd8HslVXedK/+wuvf1lPrMygWFSV4wxJxgcgrTKiXHZS96+UhV57++x2u2O2fsgAtOU+sT8r2FB/rvbycJfVnSvMOpolH4Rfi5vk+S1aa3tzi0F9Z8SEP9bN7xahx0bgVc1WjU0B44rLz9E8Vf7hiPiyGoGfd0p2lzmoYJ1fz07VHmvgST1ZOgoCET4Utmjh0nTLm4JZOOTDSiOKbiFYRozu/3jOGVfdZwJ+HW9O+gx8+rcYLEyPYzCm0fs+mqbinE02RY2yADVHmKtJ6OQTZySsWa0E5zanFK1qnVLIh4fwl1ysQb/gDq8FWYsLRNwAIvN276/ZgBHpHC6scCStmSjceSUlIfXffRxJwQe590gOionxeaC1/MqV7Fsjb34rcIwjFDzxheee43fa9sv+Nj/7464n55fhd5c/p+9n9/f9zhLr8aUC2G9R6HclWtI0eswvPUEYMR/dyrn3sHLlqCb/c51ftMgF1U4nUcsnxWFRY+hMak3/OW3ec4dRPVatEQ59gSqyVgR+P0/ZiY1t/nshjH3GYDyUzraJZPZPeAv8PkHKg0Ll3G9ju2T/i6o1LqUv3MFYrdGHYHQ+ZLYtv+rt5yrKdgtiJYTeZfsaUob/5J+jNWb/xppOijbDZUPZkzkjMNs7DZvJ3pgg8hDMjE3wb3YEZwq7ZtpsoIY5yPMlmDyPtVrJlD0VsgnCnED1p4ma+seMmr/UBe/NXpkWXKIJ4ucz9EEnt1V9BzNkD9r8Uud1sGHRvqpsgcX0xuN9406j5XUr083tBf3SeK00n5lX9omJkAbDL7VSQPFHAYbPvNnyMJyPysK9uLiF93F2V7/gdEvtylc6jl1PNeQTHB2UK2mnDssh9jsIk3XIOx2l6KnvY5tMpuuJYJ2AeXrSlfQJzbXN9DzLMMhrtanQVvVSOpuVsHff1mB/DURshNcIb9YGCglnXJke2jITDDO69H9M/4wTtYzhIxWqx5ydtSNJ1YlAQrIs94AdplvjObJkxPyFiLKrhjIz7kdfMKQCDTzHZPbEeJR11F6H8sFVCYqi0EYi3tiAbnYlyeeCyoayebyeAclGnrWQPYpzIka9WD6cUYzzuFCMb6NdCAxrimkQbb/3f1n2pIphnu050cVl3FsnPjIAdtdEsVyAH61UeT6px5FiuiDlBlN8zSdoTYFFo11IpM3ePt6Ne40HvqS37K6GBrMpJWD8+Jk44dOcaYJ9wAp5DabkkhAfNPszWq12r8sVWsemi8ZVGEbi9c22fbsl3tdeN56e8/HPm3bw3ZzyMibNsnWXhWnIIjCBSFcaOKXVrumAe80+t4ETZ/m38dYTYkBBbRZW4Kn7xY35d6sBxFlwNensJVPJNKLPNROrWuWWjxhTFNgWJCdjog+eK/fClCSof44jxf3Lo6BqaH0dCkYO/9WTmHenRRvqtr13zQg9kN75v/cHyBwgtNjBJepf/JhUN3RwbEOE7iE8OVKMLvAcfUTmAc+a+iZKthmPVComZAoEmQtiN87FcaI1fHLf2t0W0ZfGRnT0AQY7zba/2XKqZJwzD+61ROE1y6Stc8ES9y+2QhEO1eqSrtx+QRcOMwmwk6JMDJCtxe40yJNvQGlb00wQ4SoANgIus+ygidFDQNdtI3qLQoJya8yIWo96HLM149FTEnxGRh9fIa4jp2qUZfWqjCBOfkNgwzzBRdZ5Og7BLMteW5+hcbEw/O7/Gz3F1rv33Ef3CrpZFzLy/uhPzx+z58NxHakUQ9N/RdBfXBp/GziOtywZNplO1tPjtqiPHDWwzanTW7lfogC8CPuXD1NPbcdnK66Q2f/Ov74h/O5v+98QTb5s3xBvTI/lgG6+r8r3A/dWoM+BKS7Jah+zDsRyvTu4+SES4Cx0HySqVGqCIx395gzNn1O031iuMYe+c9wvF5VTC9qc5e1I/qz5H/v+6vYN4xe/dRzpuA92dCOG1dXcJ4IxBqLRyf9srPOVVWCp6oenqkUJ1nC234HtyAK2VTN95izVByRwlExLHp7FBXDQD+uxfxAqaS7pfepdCUDcBksXcRQ5rQuY9K1yP+uDZRpgWB4NjBFn49GZZMi/CJlzQKTmQVctM1idqhM8doeh7T58K426geHIuLrYz2O8pTdUqcVkM/ouzTtbZ9bV2nQAmtFn+jyjM3xitp7em7pra02A0Wy9x3vf9YtArmx33aD8BCV7RDjLHtm646wpCqtfALbBxusI1NMunQXIHhCZfumEenM5hF14RNEcrcX7TF8eof85EBRVx5zX7Bj9egp2zGFoof5ZK2lXhzbss1k+HAKVAuVFZ/unAReUsCMArciPZRVFpLQX2QQv/0jhXAgps7l8SOFkexc1OVDUxYqQos3AdPP/fymCeL6tN0aVI7enCOWVC6tlw4GSu0FNeTUbKcHArts3An/E5/4Bf7Mb1L0/o6ERZW7W71zakY330EgHB0+n4ljtcI14bDhRez68Sg7+SQ11FBfaPSzpw79RGNCYawtbUFB1GdBMWca+/eUjP5jpXGZWu1GnfzrAZjI2gATyL7iIxB3JKPKAApHNGnHKAOGt4QcFfwXlr2e1vjevyRnVNGXrLvj8oJp7STs1Bc2qft6VQqT5qaqsiYw89UNV5G4ZBjxnNhT4nDnSCFY17qkjrvl/z5F0aUxi01ocBwlEbP3nj3eK2Dj8EFYBPcCOmgZMkTlGKRGl1B5BCl4TBNxTfJg3q93+hHZsGY5w3P3ZBA4Hhz5mL2AksvWMnPkG0g03+M9x2tlA0zpaxybM984BFPnSvSyav01YuX08jXe2Po+p8zvm7WwRxzQ8N2bvsmAB6nSQSD4VAOXpRHfB/GWhtba8a+nH573HEfhdzZV2kE0t0+2qdxq/PIUJugbhX0vCXztpgvBW8JYp1bwi/wyllY1aEOWNnC/CSQDHA6/UcnVGADu7sZh7Co7lmHrq2i27NFrGz47k678qDPpau20y/umalC/+FZKZz/bv2NCOj2EyxZ2dKF01RUO+nxuk6kYS5lwlDq3KzbiiswkO5nTYW02D4VOqktsKWWRf+PHZA1P1W5pfYkrH+ffaliLVjwb5B7fjxGq5tKhj7xSJ/rQBaedSrLgocziYEw4VZ2/d3aqMJ2K14CC0cgdvYSu6Jz7PUSRFc+yvBCKKLc3W3t7AYqbwI+7X4pwXph1sIVOcwmG76eR1pUWPsK22qil2sc1rLb/lFvl649o1GTyxx2eYy6dHL/40D572FbVtO7roNTcL1OQfmC1PwuKsB44K1etySs7cL9QqeEi5amX5jrWFnEG/DThgl4IGnE5qeVoO9TFwgvWxXusKx9R0JmiZ6t9CGi9zCfh4/M3UKnzT58MHceJzzOuP5sLRJ5UXR/DegW15E9HJ0u41C3SN7+ArJz4/7X0AAwX9MoToU6vgVkM02KbBYkKC+D4iDwSbK2A5IM9xru3pylwmaMee6BzJXBGxvVB/Os3OHI4gXjbGChnMe6H5tc06HEFlT2GxEg8THpqR94PwNloiMQTzqM+DmE/0STuYcv+y1m+/ItYHH1ILaBLoRTEBitwjZcCxSVyrNfxIrFxoWvcvzeNVub1Kt1eI2yt0e0Vur8Tt1bi9GrcP73Ye4WZBxd6zUUYAKXOgIrqCUTpSuoXhTjskB91GFkaCzwwzptv8JS6N15uZXHM9s1bXy5ClZ0wanMT2rjLx2DXrb8Kkcv2NFq7diH7HzcR2vlzdlmaOPwkjeIxI7BlcyLGq0wRYv42cpDR9O2VoL7OdxaSYoNLTmYc9dVb5qgHS63IvI/qsu+egV2OVWjXle2t5SPZomjCGRCmh4wPx+1jrvcMyX+Iu8NsUG46orAEdQpzoHrwzctRzTeNpuylsMqTR6+x1Dk2LlxHhstgIrFYX/PtScVK44LdpMlCDsiwHxJJnIrhuNH5DvBlQsZ8ck3Cx3s+tkT4Y/HkcfDf2SSuCkYZSOmhg8CrScwhy8w5WeiTeh/zlPJGqEkrDX0N1/0RQ5gC6LA7Zrc5Olsx5BjNnM0zg+EAOQmDF3T+E3YbeDnVblYEYxzimHfEkXJG6XKHXFentNq7y7gKJCBfF8YyD4Ol5ZGxU3Hbw8ylb3GFpV5zfly3+yLiisqyCXV1bDGQ/8T2tfyLPaTrPdwPHbEhtkSgGC+Ed/M3WsbDDnx95gNZjcL0DbahbtOIa/D+tLQmt3DQQXofgh0H41OMicPlrCZOdeqbGh8gWiISYKXsT1Leq0loHVDRiUQmyGuwC8BlWTZZdvPEWAY91eH8q1vLQQathTCnlOccdgKSlvaqhUdITJWGcuhaxoQzw044ut6TKX+SaZ+yRQ0WF+8nXkuIZ2ToNZITvUVMue9gj5ooVY5zXyJ1mYuaplBLmnSEa45rwbM5GO23jKot7NthNPeT1FL5DzVugIh9MSRMkb2GUYn954gALN9Y1iMqi5mfV6Kry7mGuM8Cl9BZ1On7+iFbD0NjCVwHjLWsl6eEL/HQJ2ulQPHqsrFpZaCGiWELcIfrzEI5nz/JZRDoh4UbHSxV0PmJuvZrul+g6+3Cj87YbpDO7WPXbpfbdfzY0+Xaq4I9DrsdWsCTCtj9+jhvmEwRSHG7d1vE3hzCoKVyH5rI3bspQfQVheU0GTqt2Bkr8ASK/9WtB+ec1frPK8LaXse+R1/bGU+vInuO5dHiyony8/p87Ho53SE3oBIQni7kvNtDo/gM5CqTIFjGWNd0t7tj2vw7KVM5bqCACXvxB5SLTY4ilurNyPE/EBCq9vcdoFC+VEQTR0mFmQfqxt0TvtL692Dvp6jzORcQwUqIsQhUvaZSnGFmj5tSp6x32tBTiBYFxh6g+7F8W9OEkzJugXsje6cTKODCoLwcIPXXrgawMnDkazPkfVye08On+wePbZWmUUOs2/jW+I/yBKwenigW9t9UMphwWx15qpTLHpVhAqrZt7g30xWKrYLFiT7DJ45SMS+/GpUpwTmzXfYUxfRhZb1jxQ/PibfzEWv5txILzi6yct2JU7ONQsilvqsiH7sLQlce9E01bhI/Txf1YTf1waEE84upDxNcUT0fbotTkU+cZCJl2mzFQpPYA2EW2wYSE+mRxi5bEsaj+yZO/J3mtPFptV7nsqaUcZNV/fxuci8Ko1hFAkefygTvuhjzmhMK4vmRtDQF+9phx8XQIoaiBiQ+nmHEAtk73nboaPoV1QFG1zy7xL4wpRN26aEjCahCyMkMqBe0cMUZQll3DoQ8TEn28zuKn6uHTefdpCiIp16MECqGR9uaq9ns3LqQkdrGCsY20/tsOfSBFFvx8oPBuUiLBOuzdwCpL2wHJIqgxnFRlV0JAec/QnFuaGgd3LH6G/yZtOBhh1teaESD3k9L1d8U/2Tt9bHioQAFeKYEJddO9J1RfJh5v6hwjVvmsmOXIbrhIF4FsmcHgNhesfTgUV2Ne7Wwl1VU/aadPYbARlbF8Ney6Q4mXzwj0RazNz7Xo0ZAzmpWwMexgdIvnXzb/JTcwr7zUmt4CG21HXx2g6NsKTJdhihJs+7CDVfSmgwqravlZt2slHBjzPw1sjXOlsSVUJ2YFZiGxhLYxJSLXEaGyYmaBKOLM/w7WW3CF7vuhQgsBhYhjECuBbuoJxx5UhBHKLtAYSgeoP6Ix6C40RFQorC2LTwIKFKCHDF+1nhQc092WsXz4C6i1un6G1Fo4cYqn1zbMap1QErDS9JMSTDbYBC+dogqAK0jbOhht6K+8vs+nrRPOKMSioDDdk32Uzxs9NiaHnt2keBJfZ+9As6cMA78uK19exVzxGif1l//KVhj2375OnHLnewypBGbfxoplmFu0pD5AftfthTb3Bh+fCvBMZBKTrWFoLRIoWsRkpNCmoIvdwRU1m8dYrH+3jhUMUEJaTMbOaZkOocRanX6dmFejkdwjwGJrJkqv6jgXbwOnO9c9wCpp0bB50jAaisSva1p08VD9yLtPSKP/lhnOL9uhjAtn9ojJ7NoZpNy8swL9ssOC4bohZH0oyHKrDyIzvp0tutRITip2Isq4uL3O0MhLsqDGNx8q4WU0M5mxD15aJS2CqHNETKrCKbayvrOl0KqTWgnUcr7mV/G2/u+RVf+vy5+pVdjhdqMPJZWFJrh4DLF2recbg9gL7+sftn5/sz8xskXOMdrcqfM+Ukf0qhT9Dwn3vtQ6Na6jnxy0H7fVOpJF7d4o6n1Kf57ADLL+8SU75hZZvffsB6oJQEXxnP7snpNx69dOhS/ZjJ79uJk6a87lWUaldeT8HyVdPphMfn5HLHOI8wk3d65WPPXK/dZRJMDiUhyp45hkTkfH/MHjhUES9tQBMgQbNNKoJN2nW3e6VNBknC4ozJdvB10tMZR9Xr4gfvABzokMOmVfwi4RSiXqrMWrmV2Xwg95bNpQ0hVGrezY2qOCqo8J7od9YPQptUWBJqgcsUc6YghpMrbfRVLNmbeCraR/8HNlW78CKvjJjG3spIHmorunhma8HwJ/tepUDHxXKO5O60vHCK3QL9AAsE3PkGwcUj2IdhJAe/4C3Mvns6bTXrHxNRlAVfBndDbs1O5Uxmpz5YnOvh5OdlCTzoNiEKG8bVZgsTkvnMSLy0xMGMkqagM8af4tuo9+/NVefpNhm/feY5fEaHStBAo0480EhZPAdUlpXS/B4fcS6F8nVrJd1AD1St3h2Q4lSpV/4+UkkD5L2GLRTpojP+73+A6ohm/j2wTS+vyUN+Z2zUqP6s56NdqoIagpSo8EDC1FD8Pq+1+R3w1uGvizsEQlmCBpa1rG464m1HH416NGlUBgBxCxjntmWWmya1c0EftEDB5XONM0khBGEs6Tf0YVUdLSFHz/86LzamYnNW81q+8Q0gLdWYxqYMErYzLchTji1+PfzyVh9/t9iPguI068jFHeHUYYLg4zISkmxcWrZuc8pTQpQtQAZBJjtbmuj7fWYpcfF5fuxcDYWfBS563NJKylsPah4ZqDSMFmAIrHI6xRQilONaB+xFiepqDrdvlscf9dlh3phD11hVIzVFRumS1BYD6cNMNKLhX0nkPKNMp3OqZTkHbVxMnXptaWkNiaa2HLajjUvj0ZmHUb+M0SEU6JlYBwya/jF1jSbRWBN4JjnoQLlYFTI75BcpewvI0LyoE96+r2LjyOufrEduY5Z6sQHKCfpqV6n//zWqO0NlgRynjzAc+P4WongEdJ8wWWv6UEEaMIBuGEUS16nUTlPU/tWemPOlKbnwzPcehcQcKn0rbkZnWWWqlckIw6VHAn/DwS5nsVek4EN9oJK5hnB422z68FE30mbpFsjb99ibeO+as+4xl8j9kQh9Vp7jnRx+/0/BLE12PCmd6cQipqV7PXzyvTAr7mhJS2+HCPTzKO2NrSAq2MdSigHiElDzPeJvSjL49s3nlrSIkJ3IEK+Tvp/YaaCjj5Bj4ci6+kNWNPrSvptsQV9kLZF3Apa5rUN/XaEZSIHITIiY7oDfGv0vM8hKQfn4No6olWlNOZNl7f5n0KRPxMGsNCs2lLGRGT0BwNCjvvSbPjvgHjMUhi0sRr9W9NElR/mK9IC6Z53OcpEC3wz5RWfD7Tgfns3yOxvD3FcFuXiXLRQe/452ABVv076OdgL4DBFIMtAS8HafBPejlxL8g57lP/48yqeMDHToToeHkbuoadodpkTVn9kz0YEKaGiEId45DzRjvrg91WnqShDhTzziFYnsdJw8EM8r2fhk25zxac1ZcN0mobBXChzxp7/S2cQUi/7UO58TIYkcfr0dFiQcx1oNgCfDp4UPEDNzirX4iXGSoYfgQjB+ZchvKStCRrTCDxrMKQfzJCOmgrzjzM637hTlTtQB2uyIglOsUIcUW7iemTWXkCj4Mh4fOSM+CMDxlZrhyK7pl/CKOmppDxsxqr6TTvOp57H8MH+ZuiR2P/7dJGbBaedWvIkqqQ3FxwN1L8imG+DMZthG1llD/rbYvVq1Xu/qoZsPVq8VK11ljNFHhBzyj7R/KroaMSO1vT1DKk2sropAZ3SAgjjjhN06r326vCfL2xgSXyKPUcp8GD8QotMrfF7VXLL4EBYw1mml0kh370GtzKnVbP7d8wR7Vgm69tzF4D8JJlGz92z4agxYR7m9WZnDGmOnJQd7FUI6s5UDPeXBwwXDiOB2JgSR8IGVQCb5GGsaC/S32a051sJ/NVzthFZHEkFzIuIuOHtPmaDTyHvK5jAGdsC9kx/31uIe8/OU7swMHzwtf+Lg5SR7zqzPTpOnBu4g0og5iCQ5JBafgo7asbpfnM5SgPa14hnlKYuHNa+6KX9KcGl8vtnIl5xk14CDm8tB/eApseuxv4JwDf0/PX2Eo7+dd43/HizMAxSxboOXcKlH0maVJK89j5aYyVcoQcrS3UFGIwxNiKPp5LZM3BLYg3jbQQeLzrADUTrcjL872HuXAjE/l/fjZpOYej7qtKWNQAMefB8qyRx0L3fOQKlX+K9/VxzHy0VvbNMfYvw9er0/sr0/sD9h5HYUezR/Q5Q5HjlXHqiKCdP3ulI/lTp7MKCwjLOyZ5Bxqe6gCKKiVK48JN7xVdL+1BP/oXaHgqgnJkMFFARAjjneMRL45aISKyFdE5Qc4TwYrErA/mB3c0mmYD0YKm6J+mVFkcLCdGyE+LgvG9ub2vahPdStryMSlHc/kPAaBJVFwV4hNgdDtrPJwRYY1TbMB8R7f8eBkkS9cqAT6aPwCluKDG9PzckYuVm2epPwrWXZh/d15wYQ8pxa4QidGdH0rV4Mf4dP1wvUahdgUtG7pf0YSS0azR6ha9dgHGL/v9SLjOmGbk1iTyHF3zUXjU31xOkU0JJb8qXh9ZFP3tCU0lGr+6PpvVKfqT6J1RGX6SEpiKUSfs60G1XlCw/FtOP9S4IfLnGPzx110ZA9c5cOZE4hooN3XlAFws4U2YVbapzzJlWP6eHcEAbTjtUQLkP9LYJRT+ef2AHnLBBT9TpXNSmfWOT7+aangBfTnZXsyjZqQFnPPJkq82nSnqdncnm/0nRKnYED1kSxK4s2QW0OEbBFYO46UQzy0HiLkQ4R451iMrp+9mDJOW6z7QOORlnfaTujusc5hzOm63JGFzDwZY0NFkDIc0noYYNPM2hwk7TfaslaQgCEO1oxxxDssw70pS7DKq0XeD6Lgh9HkL5Fw5mhRj9XpGS77InjeK571fsGakdHBuY5POJ/kKS3z7hkzRnufv9/RgIW9TAeMWAI5DTdbcPWngp9PP2LwXzqEejfjEWUaLrsj0ZVO9ow7vCjf2FfFgBY70mpcmN6QjgvPcQlMJI9BgJBmd8QidmKUbwurH3LelOU9awTqj1qd/E+pfFljXrsyhaJkazEiap4mhNCwCdP4ftgyPg2B1jbiTV+IKvd3czYJIqRGA0vRhPuUIhoGyWlBkv+m5lJYR56wmchUUz0s+Y+GclFXoccwq2BRf8w84AkyY8MUrHhga6WExbQ1Gu/SaGJeBsprpzZdQvfKFiSJB+zwsxaGQYFTNm0lKHzkzwu2hBWqKIKZ6Va12yqtERFi9Jy9pFWLgS8qZolKUdlnmPFFCq03itcPZ0L5hbKYeD4xoGSsfKg4k2QyLGlMBxvw+WC+cirEHtDLhD14gNnQVljeVyLnFe6NyN1jwQVRB4kcAkWAKr/O17SfBeqn54/7YzAR9CNVY7hW3qeKGxp69qj4UBO6ZbRx3eOoz/Hl8pKjKRmEe7AVY1xhcq/ek0zi8ao4HfbuFcrbTjWZC+EZ/+TI5jD+dibyTt/SLp7LArT4ESOpZNe7s/OpuUDPZqoSxgMaD5rVKfa4WGlMfnz6RoTmOhTQ8G/Ubp0/1K/mloSV4KZagQxzdIA3RY1BNoo/2dfQINRUNjMWxjXruCRnNjOkYFVEhfPa2rsNHhHJUsn3ouHwq2UymzQV6IaYvX2m3xQxDgBEj25N3lL8szXt5abUwtaCmLftKiZH0LBw9fnGLGizIOK0csxOmG5MYt/dE12ahAgJxHPy5B1mCabvQoXy8edjDXApuITmYZvOMhL+IwuC05SJp5Ze+EHZj7tJI6FwQX4FWV8rOYqFlrShJanJYZG7NGg9uU4TqzepNtnWSs3Jiq0+ix/MFVy/n//UXX/Ud5qPXXQqOcvgFaxo6b5NYI6v8al+46xNORDukBju1YTmxJayo/i2CNaKgTynFtqro3lvhsmwJDTUw8zzYHtXske3Ysj1ySzjx+LZrm/bIntgTXLY/9sX+2Jq9sBeeN/tiH2zNFuBBTdLe2BP74/mBkedpb+yN7dsXazzF8m3bfrgdsMDA9sOe2AIsMEd7Y4/shX2xZ24vXk+ty1DrSluAQocU7TBfTEM9/ISd2jwg4F+31P69JiVvqy9nxfo/Y6vHkb5JJfV+qH3kOC80mhzlk5aUxRc0qc2Jsr+Wns5Evov2/vQAzPATqLJTvV6//d1jkpr//kXGCYNmfgPv1vaZhY8Qo4YfSHfYkpq+lnDf8XGNMvdwS7+3UXH7oD3E4T+D4WMOKBDF/UOet481Xibs5YFP4+H21Z5NcTi1RmaHBh4iGkG0Lh2qjW3O0TClIQHxbw3cN44K0QjHDQHhBm0t/UWJmM57GimFre7bfW5hdjAnkrpnT3aANfTkS/o9+yfsByhXV6WvemXnGgE+9MQ/1gBRn1jUKk1yB5hBkUvsUW3LF+qaWFWDLBQy5E5wCQG5EmovXMfItPZDLGD8yUqPtTmSGHm9834ss+USES2vJBvO61uY0fOCm8+ssMH0AGIPwAvKzh5X/OSqGd4+2zE7KYBCAaBgTSSoS4oQOxncRtlCGBwhCnKsfKJc1hCyX3CN6nC6TVaLsj1wbh1+8TljRj+RJ5I9SweYNKI5NgYcmmAc4tsvwxoy5W+X6b388I4NiLmNsDFIMd/lVE3Uaro39zNiHJl5PDhcMUPIXrZUC7QTY8BiEnLYs3YpS8oF7hu2U5EQPgblfr1vTcUWKWP1DhJFn7huSS9btynw7Y7pFYgtzSxHgmQ02wDHy0aFsYdKLXZPJ7BgmR2OxcCLGSKe6Zk/n2lBO+VHridbXPlLFwUB8FAJPUClIIlZ2HxCQfVdPk5bjC2zaUBShGWN69v4iffNjrnSAUsQxHRYkscYUC+0FpTkl/hKUj9Nbxn48ewG2pWVyi3ZQHpqDsB6xd/uiDP5xrCl2SMKHeyjP8lw1NlSmkF+CilTndw7piD5x/4eHj/hQ3LQJt649Ltm/Vm8RlL59vgwAdYTPLd2mnSOJBgDkWmNdR/NO4RdQ6BAWTjGeEMAgkMw8vQSQjrvAbF7+vZ8SXDAnT7b7z9F5pYvL5escF6qHSLlO6whaiXXOMpLMZuML7X4JaC708CB+KIvacW8xwgWF5rVsqK8luVAEVhmklnOo7FIja8hpDVQJ+XyN3GB53l98w2ilaFZ7qIgVT/LF3loDEv3y5JUiTf+kA79KCUlCq4bz6XGZl0ZcWa6RVRsTEXfhPmev8GShqVBlw6VVbRBeDKZk//XPZ6ixqkKL3bUQvbsUT3HlAbfZzWz/7SoPHsI4hxpSqXe4KhrNV27FanUZmd4TvC4QIQ8xZnNmkwJcoVGPmkklq3mg5n+izGDihTBQxyGClagaYQHXmmluMACrU6BceiWc3te8+uQwqx9SRHLM+JMyRdKsH/Wm8NpFM5OFnSj4mJtOidU9J9KoIDpjgihxT4eg1mtfiVvFEugWXUVyiskSubQF+H+nBVBDThf8K235IPdrcW4/lNZUTTyd2/RyIr5pitKZsFmjKEBUutI8Z1sKEiOiqBEMlJuCisWe0PyuA2cbyBYXgooY1QOVYRuNnhBJD38lWi5LSAXkeOH20j6Da5yNEV1ebRoqqoShVeQix48bWvyL8p6xA1KbaQOFG4SuQrKP5+8i0orExdqIaty0KUU//8naoi5yrS0tn0i9fiM5sfTBonXe7dbjWXB+asXvHk3mR7/rJMiqdCg2ubqN0G2gvHO8wi6LUliyvI6xYxi25R3C8x+PwNm78JFZD2coYRF4YQ1mpDPGM/jB2yeWE8FL3ZpKCZBnc8sukfEDKjsg36g/n6RAF6Mo0K0fYEDToJXNov+8OWtfN4diyZtO7w5sBRe0kswwfckvBwWhnqhts0xLzTYqx8XCe3uklOUVj7C8c3tcTY837diit/0rzNbpqocxO75RvaIC7YN2eqYz2pn0z7mmT1We3KFBqnEVEDXlbhCPtQEZXDUBG4bDzyaqY5X78oM0A2bQzKpHEm1JhIu+DEqYLlbxPtnOExcG3bn/di+vK1K45axChPfniEzbNcpDg+hTlYuFBBVbOM/kD2L+CapvUQgpO5Gf7EdGf/F+r79j41W2SW31yvW1OOaugjUXKqdKGxzZN6Tcv6E2HmXsFmLWOG3yfAH0ub68jPiw4+Uu17uySOiQCsn7lYdlHDBGkj1/cdWAG3UahYb6TDhy2xKRPpzO4kCnkIHkaLHU6aXaSHjxsDXgayRUxSW8zqsq0PD6+bKos6WzwVWMnYAJMth3K2xdaJqlQyvxda1RnhY5ZwpnXJqpwq9gbX35YXRjQjPuOj4E+4q54mzqXikBJgzsmGgIrCM0Pl9FIyPR1wwl9DjeStFNL35rX4uVWIcmVvkfiJmq2hZkK3mIKBzRe0q9K4FEpO6u7+RMfLLX+FdFPbNE2hCiLFOlK/ZUUDHngtZ50tq0C8b2cuLC0sK0sDNN0ca7+nQvtYEZyyRYp3h9F08zrPDQYegU2DE9aAnzmzeGF18Tv2powGG2YboIULtZdAqfJuMK9LdYV10PyM6ZISQBnmhdbWPM9aDjS5LxRwL5Wg5S9IUSnpnykIvX/hXzLqosbvy7tcF6h+bBxfSJMyVvzSEKUlth1TN6ECCeQC4w/13FUCG82b5/jFjbLD4fDbpQCug0QPyngC5uFuTkD2n+3OpNSVA3YzHRnizuDjyaUWSmJuxhid0wjltoR6/bZEQOhAZVOQGNxpHDVHnr/NbEbg8GKRObCcxbtp5he0caEF7gOnhtiW0AEsa2g2KIB5Ns6GquZsoXceUiuO6uDlE/zfVLfyLQ512x52og6604dzWbjTNYsWqP5mtnFa/glkPBTzZY3YI6Fis4QdTiQ25JQNxgS6bgiCzF4B5hRAv1FkPwhcA5sR1YfR3WpiYoar0D6SYjCYnQRLw0X23jAug8bpBU0ECZGkxjKRfiLJUxM7HPsnj+h/UwlIuFWbMksH0gcatJNZybh6vHM7seAFI4rqaO2OqjhYtmF2NBes5k3K1twZgxfMRzCUpxWEtet7BjhneHdG+kxQ4eJpVR8N4OXriJzVrMk/Ex1Xm1hfb99USxiQpbOwfch/TK/TKWKsNB0mh+4ixbOcd5+cIjcmjNvkYr01MC5dIZrB/69+46YZNF33gjU54plIFU+6r9Gb71ULtpFou7HbzV5Ms2a8NcQWl5S19I+QHLWSXoXvUKh6B3JyX5wo9l6379Mk2cCZkKEqnN61VwUNWNP6XDUspEpNmQNwQzvNni+wnoI8iRgYlovqN6wBKgFVwJoGQqRP45oE4OZjIr50WaMhYxNS/H8HjRiRHY8s/rTo1HlWZA0Ym+mLSeeBK4ogOTQEhWpPH98odGE1JJbh9EIZD8csQnEd1gSWhNdRyKq9wkodFKRWuUHYkexwsvxsPYS8WPuEe3BZRyJnuT2WY28c6y/vucBSIcsvD07MmSobkkNFd0fzDqEJ+Q1/at1XckQLEJfIbV4XJ++EwaDdmo9GRx0CeuqHalzo9E4df3ZCLLRqyKza7tdb3+4f2Rsp355MCv/5v+vBvX70i3qYiGNc9jShjTDQqDmShz6oy6H/vf8d7Zzec+6Mbyq2kInpV5nR+WREZyPom+rhG24ImrrXy1z3bWxC2URurfyoHsJ9oDqS5E1oD8F29UTfM4/cKd5tjy73aUU7cRLiWKMAqNccfx4FJU6IHVql5r5Lnj2qKU73OWe1GEftcv/Uked1kOTJPejNGXvWghOFtFJ92oqt6uUZJWOvSVSDyIGpdqXAVxsZIrBSYCxikzmgS52eatTfgOpeONyoD5KOfjwBEsFK/HZHP6GRfbZjm0RVjVv+un/OaPxW79qD46c/5ZwEgAEKI5VCyNR8FhIwu2AgbtO1T3TONsLd2V7eJI8Vh7cc6XpxOzJKytwWvwW0R8RBXt94jnslQnchWcxy8OLSZ98zTEfbmAAswJd7qiNkDu/eAKAh/dpf4rrbSybrV4+nUtkrKUMP6v2ttwFWpc7/QcxvgXZh6esmZvLqf5YRbTQ3KXRJQ7ZOHqx+CEarqQnMojESSPE5FW7YFmvhcI89bwSD6+ADDKHIL/7EijQQWy5eaUe2ctdguoygbdRFBVCt07GqCbj2n4FBKnKIEPTG/X5QaiRLq/va84TZaBdkO8XZgW5T1Y3xVR+DfY3/wsHM8tn8KRKLU3FLip5/KVV/6J78yF6TnztuknMeNwq+8I7bmleWqRSKfhXu0ADyMsCJRfvAUUKLmj25zbcrQ6CFOeZBcwHLCr8k77rRQQFE1sLz4rDn/bizf2IvYdK8o7VSCmiQ3SQPE0/2ZoZZ0fMyefTr/XH2uuQ4Dnv68pI/8IKuNXLCn4tXNk+4yb3deAneQwRgBHUYGvEAgn2mc7+nwDKyrjPKIc7LczE7wxN00nqYnovkuuyiN7BWHuXYh37Fn21fUJak7W3hhsn+c0rUpT/r/z4q8ONnTysS7C5KGcF7H43aLhH9BiMEOGouCXZiwFZSi9WpFCXaefl/q2dZ2OD5UVPioC6WBpvbHjoFxg1jupLgxTlHPfFsLTrpqZs4MlOiNzpi4PpmxVwVcvcb51vHGmkjaibFBtQ/93EapA59OB2g4n+NBQpEaagF7v3mFLobynqGAmTj8jnXOTGksL+0xXx2PfQ/iKOdHIpyK4et/bnnmrzLpe+Ij7wVQl6hdO9Lh7JTc1Un/PRU7Jfq1Zh70WG2R2Gy5A41eMrumOf9KxrKa3NJpisKSAksarQ90KUNcVhdpaZ7wFi9hEEGb+5s2e/+E8pTCDtjrzPwqgeZuSckEeja52kYykU0tZSg6abpoL3YWRqLAIoHeXNrH1a+3UNVB3HnwsxdyZlNUK7jBdRPzx0DRclYHQH1SvZ5hhFzRObKyGbMOAz9c0woLxLIMtCfB8eKBJUM9zjkG/DVs8wTjCZkbat0Fx6vcpKRLHj61sudGJ6ZZ5WB+/32EAZSvXzYEgvJev6+GiD6eC2xKdiqQaWnTp8gXOwF6h4RgE/vK7E0F1W4GoA26u68dwDuv2NxLWrlz9H9vSvfHzsnNNzCMKYB8+fGuGgtyyrETrfmL04FwNi6fsWYGmS+VecyUqn4kVk57DLV+pU+EPmnDK9c7+W5iR0xOU4VR5U9bMxVxarXHPGlFfC645TlXeV1HWrhXvsxAU3LkwJsdkSUJfdHfZy+kNfo9x6Yc9c59FDIFPZhy365MCwbdtD7W83Pdxnn77M/Ob/c9Y0KtVd1QRL1Vy5A6KAe5tKjEh2ARK71f1qfCiqTpYhhSQNbBK+XYhzMSXOpmEJ7o3AHGn8PshvCscvXstl2bIKZat90d0sMhwaN2qipIOc4m/ZV0asRUnIoDZecRaOGoDMQj2K8CrYYYZX2xSImmCLT27fP4zGOhkVQ4NufAcX4cRkBGRLTe1j6VMzRqMdB2Taii6/vp67gsRk54t/iOtDTTJbDe1pj1V8/qrb1ijnU201P5hAYiNZ4Ryhc378qepfEEEs+qVU2/aD42BGolRnuo26Mo3N00EpnbFGFeqgnpnP0trpCmqnB5LlCecUgis0O3MRs5UBZSn40R6aZtwUjgbQ6WbWQcel0pZWHg/led6TlGVPu6TAEMQgm+tcaBKbcl2CBx/2ybMsGjCa6IllNlfifvmC5XesQ0/ql0XAHzP85OOBtZRhLi05Es9Opv9oFdHSZMkcVtGC/ABZOn/ZevoapOCHRZgDCDgK1QJYOgIPoE7vz7dMSGRgD3vrNdMKL1MhrkpI0hyJvwGHyKtDea5MT8gfNKpQUnWxQboT4asDRWtZG41JHUzyqJg9JqAUlCJhWljPwqs4u3RWmL2rr6EdLB7sD0CioViu0Idkk5HYn2of7PXi/jzBX2HiJr/ADA1wQmiUBa4VngXLPPP96i5G/sm573i7fwhIeKjiKU/Xf3pbj3BHtH9RTAj56cO4Jak3uCyyX3nuCycwmbxnRXx2zoLALJaGkoshuCtMo5CXZdBOsHQiMzjoJZN7tZJ7Qoky2iei5QIZe4QnImLWUm9oqosS9vCxUHRspsDJx7OtPs5YnbYCschNu6zAnQIrOPnQNoq8VRY1dlnsoSBlfhd2ASbGW657jh5Unkspx3fnZmHFGs17Sw6Rx0QvAMg9eroxnncJHWvbA7Cq4CZ4l1jeoDZZXE3l6KPxkfufdUllUYbNJj/6WkW9gyDROZxelewTJy9A6EkXxhO9mGr0C9QaZbr/4rTMxogo9XWadcDZgjMrPrCTJzKwT2G1k1ktjPGLjz1xieroDf89e3astix7xZfUYMGbl8U+c0BVkquC7cnpiG3xm+gDoYku2zQqX47USufD5YZzUz2HqqD2k3Mph+GGUYWVNrDwZqLGwTaF/v7A5ftk1EGmF8uL+9awrBrx+biM2UiWuzG8McNIpF9Fb+wYlrfnHqxBkTbRM1tARkxDfwBBUGhiXusYExkn3gAe/VoGn3SpzpWb2L70BHwwa+VYp0GC6afLfAwKC/yL0s3BiviejBk+sn7nNOe1JklHMWwdQOf6ZNTfdfL/0EPmzUzmEf5fSP71Gdvhur4ZLwtO56Y5K2by3J3Wz6i4Uk5wChfqEIm1YjnWsQ8rkx4gfkNzzbNGwtzC1vbYqR1ZU9QoyY6nZxDQK4DGQnnQuB56scpOoWPL7mdxXpF5dqhUw+Eq+OI31LgozbaqAl+/VikqxAGzFaAGo7Xt/hIln9CWA38I34i74m9+XN8Yhnolo8o0U2iVMKfPtTO32wvUEoMhrg4a9aADRv6nW43Fbt8bD+TNReYXoP2RcsQCIEwy9pVjwyBa5dhQKX6qr0eGWS0RxnQdz5rvuW+ww8JoT/vAlwjMzr0Z9nZzci0t79XFwdy3IlpH+dWVSSMTJ0TrLpjF8csS9TeL9yKBuJIXS3u3Oo9DRoenuZzPPl7T1Orx4MdX/oZZM5CitPjCY3cZhJ2ItB+z0j84ntP9eeqHNXBbweTEJbMEbtGYSUnvG0nu5NfyXSv1TMmf9j5Oez/M1KcP82/ewmIAmym7j0/2dzKWO2zqvn5EIAryuZk8tpTvRC08GfutCAnvFsMBR0szNhTNID2Uhl00hiEVdU+PFZYMLNoJRwy6anWO/h8wtv4qOPE0fhGwDpVT6zqPMLJRY9x6K8l5fPfA+/VZUNKtXiiEwcexqfwnx3YF1N2RSdZ13wpQ+OzJKsZYnP1DZyVcNcztZu6LvUh5qd8Wm0ffTEgBonzcT8wOjrpHPRzHx2Lqvm3G0us9dMBbQ4BxD3Z7SQlertVERVm0BkYc/etlSgcX+fVtozb8QtKAbfSkMojTAjX1Q8kC7pXIYZXnAtFusS5ZwtDJvpPTlZXg4JZQzwrbxc2Jh5x/ZhxWSmX1bLeCnE7Nd/wkfM3ccsOLHZDspFg+Ew16w65USqibh4HSiDIQzOcpuvKdyODgU8d7XL6eNUijutn4OJ5HUGUhh3mk3uwy2CYEu1Kpt6WkgUrXwrH64LhMNCiVV/4oIcNX3Zzy1UeW7mcfnSLGOZPhp8f9tawetmUUnM4uxr+aUGIr4DZWynwVUlkRgBu5JQDDivkPqOTDa9OCgHgZJpnvIYtNPKAo2x4qRPhKuzYZknrpIS7mwpin32i2WCeM8dHiPHm8A92nQ9JaWeIicnixW+ZpeyvTqjK7Q4JavaD+ra0EbcNucJzNSGR8Zdi8Nwety6tt33THaGz1+foqC39wZlpmvDWW+jzaSdBrwPF5OOPi2+tPHxMbvBOT/EkLqMb7zHbM+q/oyTBZWwmC5wCOd7GuyfwYg/TE9QVCLhOouqqLA5Cs4lvP0CloKzq/aTC3aJT0x78EufsnJecUYEbj/x4f9zVNozH+Ik+ivlDYLb2/tYsCzfVsYAKkeE1i5N9RhyKN+Enl/L6b+Pcef3yNvH/HAbePt4KreBt49luI3h7h/i06MY6fCt6UNqXRsZ/JegVb8635xj3xuxjuZzhajV/ZcRC/3oq9fevJn3yNjQ2muw+jqZhMz3q38YzEXe3E+lrFqKEciSzoaMcxIWZNVJEHuVl3/KlZvDpt1Fnh9Dh0s3V8LMASIosYBL7nMag9ORQlbZgXliReZE9qziwsoRr1MF50Xdd4qFnC4KPCeOU53wViKf81IeBVFcqhmjsU2i8N2tAjNVutOhsKxB24d4Qv+apCgRFxcPMBdzwVp+I3/D6Awi2+05364k/o0K7/sk//D7wzLQFqwzXxpsx2N+kq6OI3GutjwksVV3pfeZw+wfqbqxsO1U0RXmkjiw/eVNFGYz9l+4W04okDKQxqXE/Pe7o1aJsLqyszZkHiPtUe9aK0Jz1Ws7LCQ1MSoiU55TAmmjOKdeodxEXE2tlrkQyjE1YbVzE+E19arofsGeDy8e1s4+dN7wehV6I6cl1CboP45ry1Zg7pv4PrVDJzbUq6cE+S5hroMj31OucBLTiJhX4oHDbXHKWgk+ftMzu5IgRnZSVN4M5uXJz60R0+ooVpvwW5RWP4DbOHneQ4JJKpKlaA0iHeaGD60OgJz7DiETJ+ZQ40OwTROZQRlOgcHi46FXu/aFDSname+FU9yzq3veLKkkXbDOgpH3MqHcoNWJPeDQ3GGksITxEcEuoUkCQ3wmID/l/2L7tdTXZVrukm7BaW4U7j0qAzEDp59UMiEJOLCWJWi/iW2YOufiwZAiesU7yCYyhqVJn8dlVB1Kf4QwHKyk8FmXsiY1/knHbAKwnFJLQ1sJA51/8jeOmJA8VNu0++Dx1JlqqZQLrbxbUMQmxQm1J7sESoP9GaMk8O9/rpjnVz6BuxJsajz8uxAvPhVQcJyzGenzNw30jLf4+y6v5pJZUPvUHisdMDn/DFNNTyhb7D5iXv2Imq4Hu77r/sbc853OtTl5MH61pw8t/flxh96FbKZ49TThAqRzo8CGhnthOh++i12EycZ5rJmN8+AieLz95qR1jXRRQvnn02QbhbmUlJP3GpwvvomKoXJuJuvFv/yB7IpEYGftYHVk37VOgIp4Je5nh7OXMbkf1x6DV+YsNMH/mOp3AVdks4kq2BZSbXeTFsRPkR04yfzuo3ShvSMVOcMlujWqxvzp6MApY6GujNQ87o6FTTstUr9ma5f07iPguOBMhWo2xi8bb2Sfx9mSyqucHfHnFj+/A4RQhv2khoXWSdKfLVeaRmRoGjzpRxgZlYVzxvsfEMxt/0LWD/TUQMoirO+SSv7wqt0mhb/l9VeY2ZgTRhJKcpYHLq1jxukHUSwy0Ru77VGgbvhwsnnw43gtMMljDgLmOUfB/RaKOVwnQQfrMy+dLmoa4g87+YgTsh3qaqWxNKiJMjyMSubJD092n+mu93kKfv5fn+I8xbDZID+ZcJcU1DP7YFDMdn0Fn2nDxz1ayMMV1hyuMHJRZaDb6m1x27IK6U+ZFHXTqQvuo6qgHmeNlMVoZJxchM6R3wwzAx+DSESIC/4y0UUk5Ej1H1qsbLNo8vKYPpRJl8+sc4b3oE8mzLur70hLpzDl+0qmKWcy6dEB6Et/p0zpDJm+xbW0UcW60/nj/f5LadlQuG87gC8HUl7bZrHPwqk3HEau5fkRX4K7CofSoXQmzoGbJZN/cshzn1Xzx3uU+vM8fADUB7bho8VuMeX2H9tWkrEWy30cY0sPFMv58s1Kf+I70qhAZBUzbsGnhgHXShFJEocHUmLRINYI6peAwJO+0FBgNvvUYAXqX4ucNXHE+/ThbcMyivaRuh84I+Ojel5Gfmp/mT/OoP9fB1uMilmfuhbfw1BFOqQLWiIW66jg9VnoUCfuG6hWdBPvEO0cYet+hUVGxBu/+1vwV3m+1wZFnlI1Cj0lJFJonXsFVK+Qe9qefjHqoxE0e4r7/+2bq1vXqbC0yTipSD+zE8GK8D2sFAqiFGGfuK/JhF6AGHe2H0aVhXK49At2cUrvBjtEIYXOAHYA7KgcQgZR1133gyqqajWIoo4xVjerGka1OButLxlcn5tqePg97jxTf/MXRUT651xb4onRWnZJ49jQ/MT3ogTlgq1Jp3CTD6cLKH7UFS2gI5EbrefL1vcYX6/MHEEvOH8dFlyfy00Z2i6TnusS7y1ohYg+RAPQ9UbbIlQPMvUP8QU/pFnsTnf/boOToT+gd1RyGYtMMzDvxT6ORQZkePi4f+mLAe8OI/cv6CBxabFUotxse273FyNx9G5OT6zPSJAUw+tR+mqz6MVHU62c+Or4LWP/OpryTW++nE4c2xNcileMxTwyw2PUKyWQoB1imIVs/YjHjxK5ZviEw210sCsxnYauawV8lU5TApFVV2Va7L/Oa1uONTsTOLL24Uz0KhgZj+cGWL/rfzhXBxZh3MvjRrjC0mnRe/v6qprXiyt+rHdU2c+jF3ifkiKIiOy2NFCFYXKZddGBHQx6o7SAfWESpljF+QJZVRXHuS8GGnGuWrcR597T+Co7C9X3lp8nddLbjczPHTLb5DKxI0y7lmBfjYgEbOOnZgi+PzsLPfucZ2WFeqePGD+724vLbwHpMc3J+W2E0Ynjxx3Vzfm3KMRVQHe10WJuwLzbMH8lliFQAfXoqCd3p38/Hacs8vs3Ny5TLN6H+prIVoTTdIHIbT6Aid8SRovfARBjsskdwzjPFySwosZVJpN6dKQzKroJQgU3z7FKAeCh+U3NBp6YoO6fM8TGDXEumvtjDXLxgYI8LceqjRIGIG0oA4MPBMJTVdm+M9yXfpB/7mUG/8GXVEbkflAFMDICsLXOOv2Vl7DvNnFoylXVJgcUmOVk2QJ+0ihttwAw7CCVkZvwQN143IiopIzVmyzxsgeV9vBE/fpYZLtqfSGW/qdsIF3dvz0tn7a+IFqqEqqoTVz0WJbdsZPt661ZtPN12Z3jotnvXLwBGu710Js3338JekKYuZNnV55k9W7sehlpUnpgjvEk3g8zgNjWHbN5/HxLz8z2QfWj5Ln+h6o0UJVRMswah32pASi6ebh+RN935/B+UWdoPVw7dgS+Gl3D1+4RxJvOAJ+e3V/Mo++bUkI3iyFuRonk6Tn2P2EPZgWJcwL/1ApwSTmGd8hrNyIIBN3eGTS4SqxxphDTaP744KGs7nx5e6De60mf3wzZyklRTkraWD/OcaE2xFdQW5w8nQGMskDnjDmp24526EoZDkx1DhhsdPiUkHtK18pBF+Afc3RZ/tHspno4NgKKwtA94BDqhbYnaPUeya2xtfZMhm1xgde06mOy39drW3NNYZGltRd5oEUjBFjwr+u8kI/FXepA86h4dP4viSM38cw05af3YczlA2TONAw7Kpc0OPeTGNwzMfXMel0eItJigJU1y3tBks3/zUluZ6N5e7I6HARTzqXUX0bt8ZKReC3xtYxh6dQLgoBPGQ9nUB+Jdm1IX4lWoRYtmYYZGZ086SeI4DlNQMTUvFTXwsxCkVrd0mcL54/pg5Y92av08KjbXEqVZ4hfU6z5QoBZbgQuOtu7I+Ky5z33y3UsT+0SMpm6ncOgOjPxOuZk5vxMHSdcma2xOpZueRIHdcooVyc5Q/FjL5I75mg4HlesddbsWgL0ye4ZLTAeAI00C4KtlPLXh2rioq1gCn+qzQ0cNg+sEI6GpeR5B/hRwFUCla0SLv5RLfP1SflMELU3N4xwE4G73cxptDrjk3n85A2fe7acem5HPr5xI21SIk8rfW+2ahv1au4nnbsC9ep9vIhpZs5GcxtlFT1M5UGPvI+nzusLpVd61U3mnLh1nfO+RYL6WrxPPEleb+O3i17sG7Y/1QOyHnruMcoKNCz7/W7PZGG9b9B79QGsNoIohGjjUiD8jGzdhT5upXQe80XMtEj6Zi+jmO0rysdg3KiW7jYA20Bl5ue2ptABljKuWdPD5EH1y/IBUPwvOTF0hdKdt29/OiJWf313tCFesDlvv5DT5L7Xir8hd+wvQt3nap+PPWCs3xKR3pUCWzzmazRbeZD/ow8hHaKOQj+N4miS1lupbT7YEbQpHjLZEhnhYKGv/KAu0CW0M6YqwFgpl69LrS4Wi5lfaP8E2EIrYx6FtHsxZoTex37ucjchvu3+rV/DS3YDQt48AcMtTcEoK6ZLe9vpGfF8+Qms55gL+XHbdXZ83HN9bmhv/Te6MvY2RbvHlGG55LwwQ43L+kTVswBbcpf0CebMEk58A6KobBmZHWsBbfpGn5oiLiznq4Ib0CAgWnfsEztLm7yegTpadiewaqanoNO84+CbaoZwA5ZfGS9L9aHd3NszPa7MMtkdGHuhX6DwqGYlv8gIpJAo9db7Nab8n1/QjS8c7qk7QxlrFrXUCNLItl9k6hT2R/Ht0812lpDI4t59jSjEQmNyeP22vIeBm//ApIwBeirMtymde7uBxeDszXc6J6D5RLzERdFmF7KB79uHr2vSkhUIguYigrnEAsTju8Jt9lT06mDALudfgWfQTzeT/8Z8oTT5ct7Mzms37FsOfIZjCQwFx5zBbAZCpvPdzjugMMumpo1gb0FWZsxs/bx/OUNXb+DTXPzUBglpA8e5ZWmHzO6W75nSz3x4R2zX4aCnGM5MjWY8by1n6Vz0mk844riDXs55DeVldVLmdN57ki0Fd2t2M6RzeE4nVNsgoY1OmtNFNIqoJtdhMQCdsu7uekTLJGaCtOvfOVObqWxcXERwhgeyGdOwswAfwDCyXKrEHTSJKlH1c83+EtjZAIU8NSD1nEpPtednDfzHQoAZBfw/6IiYF611dBQDODjpQbJsL6ITIx/06KGlxpsOP+t8iRy3WNN2i8fsKV8tw/kNEk6EKdYSzS2xg7nM9iJjYMaAlsCp7SGb57AOHzsondVc5hYVpnaEjdUpr37KTg3OMDKhyXlNpN981lc4IbMN2XaUYErpknEru9uUtZrOP6guelCjU5X4C/9MHbve3PuxxSzSykmGJgVFC0O9vhxmUxiaT318lHqcu8brJO+YL0yBigP5/ADJTX3LLmq5b+5y27kmCdCrOLGoJDpClsp8OL72lfYVICnOGNwtfG7ZeThfuUxg6+Un9FsPwU/gWWamRgis12bTrqH3FcuSxVJ8j5bCbkrMuHeqLYTMj3r2LiNkH547Ey7YmDUSwvSXMwfz++pcYKt8jOVqz0D5eM4XdLNXvAG5Cr72GlObGp1ZGbJ9/9+z5V7KIu5/dmOzGet7n26/353LxW0+DQ9PL5UJ2L4ndVBavN2ksJYG1nkv/KcTp23N0nb3Zgb4Ngu+8MZz3FD9liwz1+aZNNh1qTFSjX/UzcPH+vLqFcHr60AzyL5snBKGyqjfJPNEOT1R4m1r19x52rczLr1/g3ZdJ7E8kZlg5GckC4bhZn0YgGvomXF+PqzuHVjo4OVqi0m0YI8B3dZCqWMvcple/hWGjUBWgNnDQNy2CjCSH7FLmcIf658pOCosNCiVGd1SsiiAgb2CuDVgFqUzNSgUDo3X8QNFpgsPw3VLG6L+h7JhWNYwmIwioQpcKwpxuYmil7rNanJi2O6LAWWDc+yPggYr245XJy7WrQKNEfMDUYma2N/yOOQfKGk9E3+DmvstWbXI3tDKNaBdTBx+7CY+Gb/C2hVO3zjKlEX9Mz5jXGMSZ2+X3QYqwsdWB2MniNFy/kkY9It9BxTLcxA29/vcKsjMnRqEwoi3elTMYk2IOpndj1sURK3yinZN0qtc11krqfwG5SvpZqbjtDO39lF38aCHdV3a7gk5xBMFQAghC7UrM1k8Rtb4IerCZN4vpZ/fhAuHtbhXnedA1EZpInSdowj0dLnL5Mwpj2O9kzb0SkE5WtjFFX7ly6DikDohb4JMLdZ4SJEPY5zn4reA0tP35++5A5uyI/JBqtTD3Q5DmrtMS/AyiYMwtkIo/ctTFXmeUMHw6TNondyjsGumequUZ1Ky4OzZMycBpP04yuKlwjaDm4nsrFBLLlqH7jnGMk3zstXhhVkoV1hrYVsXbyfPaoJ9rP5vUVhrTF4ekokQ2kVUtPhBnNSemjdrtkQ63yA8IGTfDV8g5wSzK7ltdP8DtoDlaglgllrAuxZKxKcQg9Wm/Sx5pz0aThnbb2cAjcHt6ti4iDkVian+kwstG7hVpgp01fGyQxDsOu+w8Drz9TxWSSYMtKxk7QoCPwM5ofheZlqTQoIVN6OnD0nOqQxqBiR7pGsb0lsfOX6ZMGL2ICwx0stGn13iPva5UrqA98emHNt32gLKmFU/bLdUOhvSZ6cSMp+giYGMxp7f19G8WWP6lQ9n2lwwz6wxGnvc7Sw/xyyjOyl6tdOVDlW/VB/GulLxQJnHODy7wjjBbg0aTwgTFf1O5bFDXK3WbwerwSNpU3o+D9fgSGJHDIplg8p8VNoEnJiqHdEJDB4mHq1s+KBxJjxl37l9ZmlwcXxlWS2+polCGg3JPDjUpXz3XwXejP3w1/ngeJWD6lNSl2o4XTcMuA+vA7CQ5l7MbPrqCM2JM4OuBJmVLADneId1PlSxy/R0mFgzKv3E5QtJvfDhH+IsvbYBzu13LDxXmbFtc3yaC00Uy3dpxk7bDG/uF6AQYosPpl6phQmXsJuPVguHy3ZgXqMQIHgf7RREqBUo5toI/BdqcmEKJQ0uXoavzhM4saKvko2IWW3O7nkqSOO8Gv9btTh/VhTBAFiSXl5iqQR5kSZuhdmaBRymWXkhx9QPBR2Lmu04WCMfMnq03Eo2RsGnSNGg6ae2J4hT+/xQqzz4dBSoOOL/V4Skf/5Y/YfUEEMYP+uePLS8r6DkMJlSPx34cR8ebtvMfkeWsbIjwGM1QfiVFsCFUQ9WkUlePdmGbt/95//Wd9jOsbIm0v24c1LU+sR658eoCBU/xSLFcaewH49W9SWnp1+SmI2cPyWMhVH1kNjCc5QFWEE+VJRA5Hr8HScQn2aG9f72phqBbeJjYfT5oVxCUHEDhiTCnx6RMW7X3rMoj0Nf6zFbTMcLmcrIdbCyl/aUIalgRcjsQAcqt8pc68GnID4Rh8jGrQeH91hxLQfriPZEk5ezB1TEA6ayBTE5I/AkLW1aD/cnwc7DHCFdkCZcGqIGVYJUAvO7BNDK6Hh7JGaiyEJzmKLkUdXeRkC2zZ01GBkY85L9Xki58mF01uUwsfAzVnFkio7ikYN9fcfwZ2IA3n/XYXOmzt00hFoLgkMEAufI+J+zX23fuNS/ue99Oh2bxY0bPgv9+btvTLr6orM/zzXBxY6/+XRU8QdsFil2keO1aIC7uLKky8IFNGJ7/z4WKWiIolDfOtZpREnOQy22l7GnhO/i5+3tNqbMdpcopqIhOBcm0uY+V+em3d/pKeV9IeNMs96Z6lxmLX4oHZP4sa1dcr5294MS0JZpNQE8bKleoButLXmoglM+vEuudo36TrjR2pz3Gt7L8xljsjqM9ZnzRQWD5mts9yqz3IvdRqvdJn6bXMjnDvosW9D61piiSzQIzd+YhavVDbIbgXo8DJhXUukszSQymjXwtI1+giq5x2AdXqUEJRLuEnRzhwJg3vfXuz8c+AgoVZgDqPB13qMF/3rxiHZhyC8NuoHcdRpydnIvvc5RosqJIKnKFpHaGUkbRu3AUFIGMgD5VsxcBjiy5wI=",
"node-Dh8mlDB8.cjs": "G90GAOR/3XImy/TrgUJSsxOb6hJ4kMMTms+J+f3fNy0LY82wO/OmfcU+Rb1o2d6047KCdfJANg0whyzEs1LWKfeogg7E5LaFMEV5/yIrVdAAqs5XGxpNWBCrkDWUl8R6BvMgxLLRAAqwSmi1GoDPURtk5vNzJSfwYPR0Rhcrl0nMorMvgAoX8hZsOqj9nf+61iFJgK0cUoVBY+mJupaznlLzR+QzVgmKRQkh0ftR7gU1/TzqW9qwhzJmOmJRJQznImcJMLHLUaYvHq30xK3LYoxF7iX3lfQx680LgcAqvqKNrjJ64E64ZulmdRkSYTJSOTTmffLJokDXy5+97t3R//Nb/szCDNftS1LIGpSOpBgiNMAQ4OC7AEpHsIxRJkStB8+31Fy5sM8S65New4KNQS1gkGompnVx16kEXYKarKzGSsojNFa7NFYPDs2sqnXGaBEn1AuIZJwmlrbylNiCFpbuErESOq8FdHHhmkqBUb2wJsCyAkK5gFygNHHsOC1cM1qMUC9gGMemyflGhKXGGD8hELtefwQ5q1RV8nag6sToKg29IN3FKG/vs/0jtifmOmofsRN2SunS+HmaO9iEHWJlhoQ7Tgy4pZUEaopxWT6akPuRu2YZzB5uhmfHINf4o5cqBCqxSFX9EMsYZl6KNmNs3oEmAvAp3zVO+NGwXpwEFUJaQ9YEnykmOM8F1A8RrY3CpPWQOPBNeiMMh80wiWrWzEhZkYprXjADKT0jbIM43Fum2SS8+hrAHWgL8d7D7wsBDl9kjJ7oFAVdEGvoJIvLkieWGq4NriyS1WJtShW1SfImNtnXFFc3RV8ZeGNdtcS673Er1aiUbmvNJdaoPPxFHGh30hAUIy0A",
"ops-op-CDDnq5T4-i6vQmumC.cjs": "G7gBAIzUYa0wdhvm5q3PtSpgFXlZjRiLCoV1x5eD2g9tD1pra7vQS8uCyANMMKSopdu8PDqDkuHUQVcd8c3kEiAyM+/THzI28ZgBNpzd4awFWgGGcU1r75gSIQOA4A8YGng9eJk3KOheKNlAJ4VdfjMDvCw9/bmHzF4IejBwx739mCugKkLhM02GEE2smgq5EjFBSQ0SNc9Hwb3YBAyGQ+yUjkVo6V6xW/eOE8nAl6ZaI34DqXH19UXKJl498v1wsz1AiyOJrHm4U25IMkNRnTWCTD/RYv6Bf+NPWCUsDqEFZKB7x4EWidAA",
"peek-op-DJ4q5BqR-BtozdFFU.cjs": "GzYIQBwHuYn1jiltiyjjza7l8h0+r61DJiwVTYaKGlE/8VIAKTc5/3PobLvBOpxGKPpeX3KXn7CHGnvYCsX5MRWHAyErHM5h1VIRtwNFbfNUPkzc85InqEZS+ZuSUfdU9XWo07WL29ve0xgkKNXmxXPgHjo/bsJL/Hv46dbOIBv4I/TSzjyz5ANhSKrob1enT3Hv4eP6IweEK/ISfw/ee8uehqreSZtqZwqyFmp+3PV217a/GCzPS/wgL67y1fbmKV8MC7GA3kZAFIhCP9eINqhzLjxfIfyk0xV1EGS8qvnp9Wazddw8Y5F2iNB1osPR+wH1VN6vkZMpw8fAX6MP/IS4RiVeQx2jms8xcAbJdfjWSI05o49DFcOjksrAmpPsHcsasbEPRURrtSvxzjJvINGFKtTR9krqdYdGZ9RhMCEazEN9kI4L2Hdaa0rpcl4869ejAX9YOVNZQWWf6oOUEubrbPO5aJzpnlseA2qBni2r7TUACs7v02OIGc9WA01e+czKxCZvsAMPlH31bgWzUogMncMzjdIuPgaYD63tDmQgQ4PqRE3Xonl2l9Z3WnPfIFiaQfO8Wsd5N36mnyvTVpuk6s/CjJp/ypv+PJQFawM3m/lQJJAazAXRRoOuYzp11IWqwTkpL059svoAfv7A/BNj5o9o2qwvdpxblMHjbEKTxCTE9O6k7EsK+RkwI72zAXwdZo5OJRGcPKhno+N0eyycmlos1l0NH9w5NzD00qnXjsZucFQu8T2PnCSbx/E+qv+nw85kE775y2Ph/wfwn4LlhJ94XRJIfPLNWnCABj1qgUknGEdvnmgKo/xf/eB8oNmgtpeOIpI8cXA6OfKEcnAgQlpHB6cTQmnDgXJQ9RBY/0m9I+L9Ac0YyH34yQx81/5kf3+MEejDrAc4HJT+PJE3b7qs7ZUg4bjTAg==",
"promote-node-Dh3-hEJJ-B01HVKiF.cjs": "GxQKADwPN66v3wCPlqIJQqAbWUOJxszoVTZ7j4PbCvu+nP5fU8/xcvq1C/Pk2zHNo2MuMIFE1ODObqokvHjA3XJkK0HZoLUISsqeVkhhKYLMsVTFJpzF8gTp8WkQBRKeTaZUlTaDnuLSaUquiZKW7iQZjFvN5Pn979cq3jut7b8z89ZUEBvEongiUgKJ0z0WiTyG89k6RomxvfkhbpvzIuk/vmhEG2AIO286wM7UKlEV9Fv1CuYl6KkKiABG+rC/z8AHSTPR8+tGDeHhdDQm/x8SZ6O/UR/hrngLNEOkj3/dzqvCoKzEoA0MNiPp0Fyre5rKH5FPOrkJLC2tkOP+bB4FpV9H/UJaoAczIkdeAkN4pN6ZAo7O1tnI55JGT9jGGgilG9r/TvpQvbwRCDq5/vtN/9MTd6wwaVn+LXKfImFtYnp0t/HzW/yMiUoblKdiUh5uYW5uH3/C2x+7aj90gcHGkIt0hb4ErTuqfW6F/f8DkptUKn4kR2vX+c4dZgtqga7Q3dQnhh/1scIyCM9MpxhnVboSO/KQVPMVOAG95NsQWMvM3nzbdAZ5iF7p5/ae/+ShWXPKk7qsvKKAOfrGSbhOn3aFi0rrZtPyZPxoALAhCZ80PhRAsdCmlVYFs2kgoljbZALTUQLEdNS/tiec9rTKayULkDreK7KVBRbVxjeX1eUSRP4bFRCOM1U0RCh7dhMlQUyZSNT1hk9xix9E9z37x4+vThAK4K2SZaBBv0UFiSJfkZd0OxPopKYIZWVY51IJaZcyI0VpgRjqbQ7PeEUfL1zK6Xv0bORQ5lj60a3RixD8inKmZ8f3xt1I8VRpu0GjHxOnFD1tW/3GZiDLq5RU3HbKG5VmUWDL0qYZBuqX/gUsqT4ObEGQEpaz5GHi9ClqYwrEiWUEL+w15BnWj9RwUYIvnUOVXhYlccmRo/tZdu97i7TkUnGiACCjLKGcY1NSmhRyCHu5j6TEEUwVOHSij8N4oG6KvEJbvgRs85t91GB/H8hKuZs92zD2OnFEgpqXuQ/VYPlVK5ODvQYNf53qzROiuQu3+4lWuCrzOP9zz3vYd4WzBa3tT1dJqKgN4V9wKN5M+p2d448NgMtuSJe/5Cd0BF+SS8UoLQ2K1qRQnCv9MZ5rAitUnRir8xSTh8wlX4a3iYjUwYiXIJ1VI0S2EkNnlGkpn/2SpxSpjIsO9ExLfLknqaokKzznmi9jcO2F3CRdETSnHsIMkWET+U99ruHBugmVaHsyzYgjmzP9tJrjnBwGt2xd6PJUWUqKa2Ys5qvTIuWgmR3d4PbhPkfQkmlzAK/gYHjfb3nYctFP08Ptjo1AIwFjh1jaPuOSIYQjLOL/OsgFbQZUkhm13Hqs1h97m8L4elDeUvusXYi7bXvzqncRNG0SHB/pqarZqLjWKMCPi+QF",
"promote-op-BI_a9g8r-g9uZyz8O.cjs": "GyQJACwL7GA4/oQTCwfMKuyqI72qfKGhEfp/OT03l9MfM2JkovQxl9r1Jx0kVWisOjpB5aUPz+fOE3o7+1ughc0DakvgGkRhB2y5vHQM0pmeJFNCs/i1XxbNkUgj1ZvdeXvnmMq7j1goRKJlQrbKJzYS62C6q9fQFliOupHJMwhIgh1QEmSsAu9PN+NWBgTEYjJtkXVR8lAXNob/Ez60Bsf9/Ff2RyXJkswE/WfURip8GBzj4LG3J1LWhjVhbXg2vDvA3vvwfIwUbYdrLzCZmpNEXtNk3RPJYVlFMn9nZuHdKyaX2UXBpqPSyfMc55iOk6VaLGujw7JPUwyLVdL+nZaoWuVz/3+Ja1vBN+sIsbtHJFYGZT+uqiVx/xfwpkyOxsX8UMasX7rYcLaAzESAfJk5Rk4JZslZRVFr+lctA0mRla7NINqlWtAp4OWEQFq5m34Fgk8+2uJQDoPwtsIyVVEWE+GqAN1CSCU/MX8KvfcomRpuQc3gHQbef0s2oRt9FRxJxdJgNVOFRr/DK7BEDsoYBmeVJ27GQURkDRUafsUfDRQFeAmU/AV1T3lUMFkABZYBxZ+eNSC5AeXVJWzM3VYHUpSNP3MmtGhoH5EyLqc9B2SxpR3RZuHt4I9n1A0bXzbrYiJumHe7Je0AzoAxSsFIg5du+vuoH1XdM34FYN816NwuSXDEQhWIgL+YVzPuAMCWUIJzEBKYBjB/aagVz7i+ZOxvrYaq4Ig1Fw+IHA1+xqMBqBHZ53ksZjui2WLZtWIvQWcFYxwxW6yaAhLYpGNvMuk5yfqo+M/aay4ATxh4UcFwmexuSqcOIMP/adqDlUtsWi1saidrweVs9n5AHm8LWx+f+PXdwZ/W9+f3IQ0PT7EHu3Y2vzptfch6OOJ03/ZgZV9gYzDUFUfM+2VMm9qk3kQbOAgtPU81Faqu2D2s2oaPhyms3hdyuomcibJXPMdmzdKWWIiTp0hUg8IsIqabxvwMCjnuWkiKreg3ryEGiv3A5sCRstcJBIDGKmVhob8CgKzSo09ieSn+Q50G1ZVL0YySco3vhV++A9qCzoXclv//MgrtlIcOnu4l8VNDShsRZYLcJvrL9llFObqKweDNx8b8sJT0qd0wXdHc1Q4dDlByPhZ3b1qQU2MWQ+ZJ+bmA6AjHEivfwFitICkU1LoydTTdddXlqhZKVEewegoR2afzLG/UjFcoR1m39qxIJcNEa1maSyG+pjCitHzJnNWn+vp8yeKsaLIsFbUGUdh2NQM=",
"query-nodes-BlKWxe9B-ChhtFyFM.cjs": "GzcPABwH5eYxx4Shqj+2HTbVt/m8rpclUSFlTCgZc4EwYngIM2ziEhKkxyelnKbgv2/5zRKSRyqMQHn+u1XdZ6d608wOKcTeEBXkOajgkEkho1BInEBjY2ju5UQ4gWS/bdoz+Tg0JLwNUMLL+Afewdr/rH8fZ+DyvGIwvE/WErzfaG2x/o91eJ+sBPndKe/2SqSOUbJxK7y2frsXvG7tXQS30aOl3GhtsR63xov745W39Zv3g0LM+DW3cC44FyLuSkGaifUGEaZlJeTfWGD+i9LaH1y8/KitfT7slYYwTcOE48eHNXCjMkPJoa2wxom+viEYLq9RYFbv4HUJU8uTkozxE6eD6e33qlQVHO6VDK00N3B4rDO4gDw6wcvKLc4blYgs/DuMVBA6hdALpWGCP3oj3f5bKMPReVj7gE9wOkh13JgAmTd00zXss1aGHb07vY2wfoaNp0qnXbx6FJ749VWWQaRqL34mragB5Ix2z8AwRa9CCs31dZDtXL96TqExOtgY5ylYXy1n7j6wVaeQAWL3US+qSvxigCVRoVBSOgCEph+DK+eFrGEHcn63D2yZGRs8Dx5j8Zbjpp0dQKlLkobxh1sKIrVYugA5/vuRYqybt+t5HWndn52MU105Agt63VD+kNXF2vAjrpiwSp3ENSDCHRGgPgz+rToKji4yct3vpeEWixrnk5ofjCdoHcoAhL5wB8Bz8w5SLgeDZjaM3Jom+YTh4mVwnBWtrIlVDvikt2Qj9mzXyKd+f19zmvhXlzOTN0bKpOIOZVsiSB7uDQY08KJk0dpQrv0f6/MfXKh5GsLe7Go1B7h+PlyOg2cBXzeVvifEuKcPLGCvZSSbr0lj6t416BVPVuiAPXWUQiBulOHfhQsZDzbL6PcwMHJ6jsMftyncbpFCiPxmnwqS3IIrNfHHCiKBFwFPNJ06K/M4uW/PHtTT0zdAV9lbGDSmAUVKz05MR4pkC7kmnuvcRXIZkyzDKMlIetLD78JjonDSLsBxurXgzJl7kEkRwQXYmqVpFo7U7dAYc+ORnr168c4lNdMA2Ulkw5Yr5Jy0TUNp1mXfMJQjQrpqoO9yEOYsUDpvB9/s97MNlKP9cCU+rns22H7kLCCzTRpWx12DfVmXEPbHyJC2FPY6hNmmFR5H8Ci++J3+Hs55GpbMz9bIis5TwfQs9GaOX8kRIduqi+J+8FFwNfTUF80rC+TAvhhlBZCYD3Yhi8SRGNKBW+HHPFYVYRgCm90pVAMok7a5jhRMl6NhNUWbEgpaDowFqo/XA42orfRFSy2Yn7CSqN+GKiKc27l1NecRn0U8c9PTKjdZYkpnwJcFaveFSjwrfifFX3f0Mw4qFTxL6M70ruDF6CZzeU7zhzGFw3j+lR4nMojAmH34HlFFAYh9wzJ+PKSKYlwqEhSw3l+bQpUUWe2lcmItDHfhKt8juGgLZOjsEbYfZps9i9vUwJ408gL20daO/+6wjFufARaytmejSRcV9cjeBCnSZHBElnCYoCDzFvC9/YCdQkzoqZK2ZKK5VdwQ1zePCxDx0XvquFfyVMyVWwGrLFC0KV3jxytoxZOx+3B7eRiP3Hv3l1fegGV/0jvcRwZ8ugkyDbMN0DWNUdptsyumIK7fdJJUVzaskh2QVoeK8uUbbVasXoUr7Es9fULlk45SVUCNWntkXKrU2oNyw+rjYqQJFqOQaPFToy9Bk4fZnToZa8Ct2TPq2M8Wjk3yaL2nPGGvDKdBdkzhDU1ENWF7cYwqDaFnwYQl9daC+LE2aix79bk8OkW7UmJHe2TQxZDsiUbSLeVUV/JnDQiAdZAyGNK+4zdAoGe20at8WO3QRZOhsMIbqhifOXWP+Pj+HDWX7Q8PXbfe118xpv8CJh2pu3nU6rZH7PsW8YiPs03dom9dVIk5wrfKwQBhBxTNMbDh47OAyqHm5+TEBMekjG16nKwuAWs7KoM+SinPkIniqJOVCSY0NXhQ6fC5GJPINiQfaUAc/bwDVuDkSCCox9WRVg8FA/XHG3pLrKpJ66raqgTqFywB",
"read-source-V2inNe1m-BKdEZab-.cjs": "G8gEQIzEOBbxB6mYdJib7+bzOvBQm2g718JE4+CpgweIVdNZug/CqWQv9xlSGrWpUroqCsmgNEbhUZ5BsajbhVpq8YlS6BGSDEf/YrjPiqKb64F99rQVN98HTUf00yL2kQh1mgGpEyRR0ZBk/RNyvj0PB0EnhMOcECtsx+x9+yLobvL49SbfxlBloGjzpJ3CYZIYwIB3Ggekn98BjEvJdUt01sFx3CdhSYaLhirmlit7aQYqMWnz4i37faOnn9T6yBn1U+Q2GtDqzh2pwzSEUftSL9QeZVWbWhAmK3npA8XgGYW6WnMVDn2RgphI7EDDVTJsVG38py6yqcWSTophgQyBE9RyCnXh8J4qqm66iB0mUugGrtde7IQFJ62UN1s/f8hY+ciQHDWOzMPoQFuEAUXlXBTZtA46dFwLHQAxHe6tvDVGKmPqojsJysfHoEYAyDctN4nx9KG+Zsms4vTS8eGSuI5HGcMxQre8yOwU5X1HTKR1Qe70JWIuDdp5gwxYf3SHsRj77o3mTAtcZzy1innW3ititmgbJcj4A6FM3cM5iQxOcUdNs66SRCCCQ/lQqo0C150Pus/5F3eTcAJaTQzCcwIoVb4dZUJyzF0+PT/VW0U4/jAcBCR4eCSwZIvU7O8deHBaC2mqDuGqBXR5giByBcoLxtOV944yTh4fI8fGXFpRi0NSt6f14tcFYN5eS896qqa635UitI7X7AY+TzULMcdBYiF5eXkTV0mi442PVqZYUloeTLTGkqqLFPWTx4uBvSgag1HE3FILvirzofotXZ50VObpjlThKD2VDiQA",
"record-op-cell-DHuUtYGb-MuBC0ulF.cjs": "W762EUUZ5QWNROh2oCQRizuiCDYOwDO8Ox+AHoc7IiyKw36UELm4+k1pHVXDfPzr+orVSYP/Cc84CBt9wUzeCYYcGJWCkcFgxcWLhjDzNgsPPgPH3Rrx/qeqTus7pPGr4gMgRbG4Tamdkm2wSVBzoeoxl33JtAUccsB6+rwgwCDSDfUZW/mCSbEgWoDR7JMS2HDXKgkvfc9aZq83nT1qBzGG5EYUhBzH5Uip4hqX7O6yutt2Rgz7f+zrub5v0+/3bFaa6U5hSidTav1AkMnnYN/4SMpzeMXvVee0ilL7ySCKzDvLlPZpbYIkW/y+dOVdl9NHDnQ9Ss06pJZ3mMAGHMBv2HWS9dS9qBiJ1JjqCRyA/ufC/Bo1rNqBt/+oqLiEUiXawD+jj/D0sutX0psJ2Mxk7rdCuFio1vprKkH2B9WQS4qO/GHuNZznHebwShjB196YfZpqW0nyy+YQwmXYxvPx2RlR//+XVp6zKCe0AC5hES0zokaje+/7z/1/SZqpkjTHUgd3dNBGtfOm+lXqUNqkdggRpYTGOGRkZG7CfZYi2yqtab9JByj1rO3BmCSwm1EE/v/7ln5OSDPGmEhRZnw4QaokUp29z9369epVjbqqu9cAaGAJAPnH8I8lx9h7zr3vdVV14//uBsUBQEoLlPexN2EgH8TKQn75VEEmSCcxKturP8vAJRcB16GqrHdfasA2P4eAA6b74s/+O8wQ2imlvL3Ef1m2Zcm/pOwa5UxpQ8oRKNKxO+/j8djeFM6d/7qRed++6N/ZAwh2bpnAYc5IGuz7sBiacEEDAgIHm5rze3Zu2dAMcL62Y8Y7H/dn056EyAa5RQeahe0nyLzA0Ge8if0OB/RgmwQ9eE7H+1BwrO+ctDcinykloxc3GLK9eB9aQdXHUV+PYj09Y+HYGRJauJRxudBruG7ARxwiPW07xmTbq1f5TPrwepsIBFpR3JkHHXd6Z0LZ3i1yf5Y4jY/YFrc6/7D8+lrm4lFzVBdDqbenXlmkXr9d9PnmegVkCyBuXf42+vRe35fu7RvbDKumjVay7/Tt7JOm/fTRtN5U3Lp85S/9bX/Mv/1+tv8PJQ3OLPU6gLwNUL6+ynWJ9OwijiUTo02GpfvCabIBEb7ZFWjgd/M1PEPdftj5uLTj/DONs8WFcStN45iein1/UTH9/t/sln9OdnnUbJ1ZEWhikJIr9lHQMbKKQ7izz2wVXJ1QQsR+j9UdwwDkCXnNjFB2ZsTRc4JNlL/0PdNvzLPQKCRQ+k9nLGHa92eRCX3OIYbZFfOpvb4LQS58qiIO53TYYEc0DmOyYQfgMqeIaZiy/7pd4KSuRFyXnYsdajTKrJ8PLHy5Zw21HeMIPhiZtTonTBmdNTM8r4KV/N/mbTfGXcfLBcl4ByhS+2tu7yFF8UH7rKQr273V8dWf/qxSvCEpzCLsGpwxOzITs7IaHSIihvC3PAQwWw0/j7JnvlsAKgjtA2iPi1VaIuwtjBCzSUk77kblfaGaFLL8zoLpmSnwEFIeJSzzZ43ZxELmpXuzKdJPLMIyxtqh4L5Ggk2s6HblfvwQv2fGuwf3vMAz93ArpG9VLr5G4R05vFA/huIbtSZIx61+fKqfd0z9ff/QcVCHwtmBVsTZDJlDbX8EBms7MKRyw5v3fBMpIpxBZ1a3Pvb4V+4nz5nd/+MpWUPNf/KXcuO5WPnhsicky57Kf/s/SvT6P/nT46M+H8kvN/Mr+x6biNk4XJ0f1xvcXyh7FkjZlFwl4CDmvrsaf3m3DHHIXE1qny1uSBIogysFRAvuvI+Dcql64fWfnjroTPAuFQLj/Re35OjMO6GPfdyolDldq+uokTHt4+48wpWj93Y+cf13yuGWZxMu19oacPtkwH3jBK4pZcbQ8U9TEoqgib5eBVO6FuukO1uja4N/wiG0pVdOtlLzLbuwi3maWaQVy7RmlTas0z5n6YDL+6MYeE5eW18AwsqFaauCKQOteqxUyWXlf40Ivtgul+jSRrp4rs41/85czIiuNz6IbruGU820T8JjzzpgA3akpbNBZcp6K/A4GqhtCTc1Wqzk7rUUyLvkpvOo5mxGPqhlRyXbskTXKdGArChkQS4NVupwy7crFeUuqOPXiK5eF9p+L5i5KigWqqFZqoFhpT581hog4ExHHhWNRXeZX/+Hi2Z5QPmB13qSJoN4zXk2tfNSUimDHfcqZTZk4iv6u+Kz+FVHvJHNtm+DxA6+vNIt2qHcSjYxx3Inv3Zr3SrHK368NviA9j4SCfwAzQJKrEIyIHBoza2Zfbc8PDANSNNrVRb2/jvQqfmkv7+hXgL6WkzrP+Js9VoePYzc4Cb4lB2kyt/eLgKuzLubF8JeqURrhsP7G9D89YaGWHi9PoJ73eAy4Ke28DXJqvT+BMIQEyiuneZlMWhBNZybm+McUCWUR7f8E4Q9IhclNYxQDT/Gm7tcb8Y/uQqNYF4d8eVleys/gDZuf2zDLTyL344DevS4aY25+z6PikjP1CD23svxY9BrD0XLBCkpBggRVbJ9njt3FaFCerCfebE4pPWPQpEZI8/yCL4+2eKxoseaU1YvpbCyLoqVfL3m0TQClNVwrpKF4qpKLPzOLqe6lR9cZwdt+f/9N3WvIAhRXHWb9FTj+BHfdj6mCGc5ag5A/JGFAMxIeGI9zIPXrFYb0WTEnXsiyfg43m4grE6nYhj1J5AJyIph1H9kJYLPn1grIxonbUbnMV58nc8/WGLKNBu4GFH/L0Dl4NBckkk4XQo12oit4BuvBoehDpyza6aRMYnheYETQ5ASHEJMnbDxSGlNvJsJ51SePIQVIfJESBUWtH8nWo8wXRpGu9NSehSpCDK0uYD+5Qizt0ucS7ZCY0XMIllSmB1ZlU2OrvAqdgdZAdr1vs2rmvM2tzVFcnjaruRVTbhhGpuuo6zZOBDXj9UXZAw7jyiOWUN9gOdBuX3fc1FoL3pbsZSglj793zQDLJI50YfqYQZGwmSLTx1wnACIMTtwrZnl9eCOg/JFq94roNdFaWoF1YUZ2L03nAyDMVgwvfTyObaoOMM+K4kVkC7W2mrmQ9VNddKb0oX10YXt6v4GrufqIurBgWlvba0930kWlG5t7838Wq1PP2lVWl/Mp/DG40rRNMcCcpHsvjdY4tV+8fOeM7JYbDmNvzqjDi3B8hsKdI0//nB9Dz2YYXyGewQqZuAPGart0Rulxh/aFLtYtNmZzh0DJMhSo4gzuqVD3/9YGJGpjKqks7mtSyRbOCUUqloDiHYu2sHg83tvpJqz8MTZ1p8z1TejGIXEyzI72AiJgOfBnH+8kMzg8QR92ZhD2wZnZXwWFMjRH60lxy44G0ZsvWTRzvlJL8z2Jvdf8MBoinbaeV9Luqi3F+vAN8DzKNFZe3foUKpunHmc9IHdAxIcfyyjsdxrBtYw1ybf9tqBse1h/hiO1wPReZZRcAsxJZWUqpcx5mbzyqF9sArnkxNerGdzbXkkTmjrZp/rOctmPSG7BhmsW8eUcHagsiphHHUHQns+7th1dmecHVnj1EeNmeMJas8GsKk8XAIZSLvntLbvv1me4/3rdRANjqlkAysU1TXMZvapezi0H2K4Md+ZSy4qJIBQegAHAoJ43nj/TTRWddjSCIReOLT6nUfkUPYHEJWKB68neBVXAPTw7ozqmfaqjZISeP+McxtNYFXLKlaQ2rlbjhbERZhvDC2LroKaRsLEypCGdrsurPN8cSdn+76lpHntQmY1IuZS9ptwY9qE3F2GAzX7Y1iSOePI0uiUMCxo9+yYrSoiEvJ8F/Q9eqhAeaBe2oma+UCja0gHlnLmZWa0Tf8FkokAnV63a4dduEmjOSMbvCRpNDd1fnG2RJR4lpqwOEHRh6AyrGBXVDVfZUZwkItha4wzNypfjKZ9kZ8tXnHBCpT1pM09N11EKriq5m+IovNXww+UDoi5lzYpOhhypmmWkgaWJFtrsCfCaGeZoCxPgV8ZaoVS8HOJJFYnEMm2Nk0gLBC5V0OGOFSiLkNNxKWa6o0J9qiS2TfLUXoQ33iNy8jsVw1NiHn6rlITyBord/PNW7xLeAYo0wmLlLusFrj01lUEMEoNR9roK3xxHukg59corqB7ay+gfVGZB+3TmYa+PxxKKm7xocrpMaU9Cp6ahHc9jr+9Uhvhad0p5gPYEPL56S2Y+/3MCB6odJ0xSyGzZ2Kq31hwgPvMsh9W9Bm87EH/QNyN0CRta9N2ADInfKl67yDFowiJj4VwX4lfya1YgtBoDKZ54HOMGB6pJBLCpFElMxtxgw5AhbHnhY1VsMfaccBhJ61tmFs+sDD9VMX/VDzll4w6/mIFCPd2LCmZOpLzqUdmXMBAeIniY9QXqJscmwYzE5RL558GC/ZWSCzd8oKXDeMKkvt9Ql/hVB0JN5iHdVA+Zq4DQdqvymcrgraADVvRjaBTyYvlWR0SUPpkQFDXmDlif5wKBipo0buA6ZmhA+RnYttj4gUCvd4KEHlIc5szbHvOH609rSXB+KQx2TNp+AME7FVQOM4qAbElFs6v1oJwxAoRc3S4Da5nFWxDFTq0dLg9wQqpwGiB2Fn5cmFprE3RhTGgnYhLh/cvaUQleqtTovuL4PaxmZG4x+kqpRlhBJi61KvADPMSAbUlZiAqs2GOGYzm3HyyoA3EX4CeHkmUZZStf3/ur9P+4h7sTXAZGL+kNTmAMJg5xsGKTqLAYL9ToUZ2vmyiT4EdS9hwOLeC17EGwXY8kOKu1sdkgPzaOB9WuaJSdCO4aS7jpe8tR6CHSfHypU52vA3Ts1jpBC0ydAKRkPH0wtBdaTnOLF9eonzrsR/GzOl/XqJ5FGZm4FzPWScsqTCxWpAzI9wdLs1p6oT5dq6jbCyC3cdthd3yFhoqwo9D/YsdsBKjFwKEUZxWza/70LAyS2GWurrMjLgjmHXLUpMtPXMkmb5n3iNjntBVNAGb8DBiaw1phB74pblor1i2EHm4Z7vp1ZgBZLwqlzkKJmQ5cjai2/IovBQy5NGRIXKHpminUTDxd1WwwpZ4eQznpf0JcWModxI+gML1Mwh1ZKzHBgmcGySqgr1/SXP0CsfOStwhUgQqIWHNBq80RO4gNCt+4TR5lc71OMC8T7RU0faGVNtG1e7ZxvkDgZ64Dn+/QDE0/PUguNDLLrTONmpthlHsIVpkXMyTRPwpZUWSWZ8vcb9szqFL9vzviffTy4jOPn/xcJ3+03FfdxsdbcL0nPG8Buwwyr6L1skuYzIKM5YgwQCHmQixaFCs0yKdsWX1neLISqj05DBz5imXn0P4wm/Sj2ZMzZrPC7rbllNaWWqbLmO55keQ5CkDM65O9mqm1m9jRWO16fcU0nfNJBFogZhambxYfdZ9oTwHWDEwYp3JaQoRcOoMA5gMFHMOD7Gr6e3nFdUhhd4dFNjbe0fBLtajqKf6s/zlJKcNuDbrgSxh+d2GdCaZqiUj6HaG9cph4aXOjOBk79YkcjWuB2OC/jhTZqwwCyZIuQTRBnKw/jWJUlQKmMaXj/p0FP5sJoWARc5E/ADbN31DuV3awMPMo5ABpmILF+AQB10S3ls3/wgXRM6D09MC16O2X6u29sUVEa+tKSWTlLYYwUMb5QeGQEkXXo61AIEi7hB7oLPQOWV0gqCd9s2TgeQ6jv2bqQWXAuHIn4+Dvqu35khdCy48oEsSDPwDh5pETAcG9u/oHMAfQNyKRw5iVl6JkdzOK8voVWJ1je2Y9t91iBWk/SGpv/yk7i298WoN1D0nZrLwXyiub3nZp7SKhfB6wAoOCFzZxsYDhyVCWB3ISBO30aIdXf3iJaqVMK0RHjlSZfDKkMsgfJwcRSmnOBAyGSfVS/6kb7pjtR2Z1o3D7NMseM3iR3uuaGAzOPP95PB0LfFr+SCU76euwAPK/ytBDLPGkbqYPPSA6a3eo73ahqOdl7GPum5qzdqsoOeUbVVZS6nKYkGTtVd5eCNnEQGD7ssNMc8y3IOlFHZYW5fxAevXNDyX+Ynr8Bv3+jH8Vrx4WrqoBs83Nudt44UKNPzgq17LgO5SaGjfmRyhLK3xDwickW03DNTpS6nempvDpO3JtxdZN9tt9wfNkm03lrg5PSAfWnHLmQmZthKVpmsehWSYYqjSSXcJ6lA4uuBGrNPjggRBhhlK6eWwRBmOP2jXqf31Vu++85lQQ7ctk2glvJjABZx+T/7cQsMyLivO14g8avv82cmwR0y3P1akKTzUiN6maztEcBSoY/9rEvpJkRki8qG+7IbRnl8hmsgb6ynKkl79nTyiibZuANVEq2S95BXfVunDEkaMubrMMNbT/mONS/8oov8YSgST7w/JMc8BrAVb/3fNpyIWcerBKKZK7gnNWVtPw8NTkjyqnXCcMjjzjK6FekvqNkZ1fy8DMFX2osWXVa7AEHnDUat0CEhjz/vCJPn3+PA2dT/7g7IMJk5noTEm2RHdI6rEP4pFqjxa0SDf2MW4WuntK4QDrSevHQI0nz94FIkbxXs5Fiut7svr6qyLuMfet5Ob524J8gh8VXbZ9f8JYo9aPBqh4dJJQmsQLuTjVmdDbMAktYHO82YP2UJotPkowT4x5uEcxVa0Zk4bd909Tob2eVqNicaYi4aE4x7iDLZ/70XzgJ1wDFIp2i9xQlUS1BtP/6uwkeJjZdBi03k7KvlvanGFkJ/cAQV+OW72sEneEYPQat4j9Gtegde5ggo1+8sTbMyNOZjigfER0LrTMQUu/5ql4L8rQ4ME4dxDcdiIpgI2sKcgbufz/Rn2F9BH7/hwMbJYbMMkQrNTslCQ2hVJh5uGB4UXTVs8FGDix/0ARRH9nDlnfLZ3MmvWqyehXb6HXYwBa0y0RDReRKooiPXThGUMYDZNfxFONetA5tAOUac05QQytIk09cg0g6WQcB2qtb4vN0Tayu7PeMSzUkuJGi/1bzq7n1L1Oq2vJDPR00GVo/1q+b3GH3XTcofzkWlmn8QpsD6/qjRn80ZwNvqZt3Pz0V7WIezww8ysGC1I7RyEo5BtRTXXsrrDS3HATeQ6rrZXeXaSbnV6Bxbq8bbSCk4f8sVt1dUWTkNeiLAK3cix4oLj22r5iQ/iwPTn9QgTOda62Tssqz/aj3dfonpKsOHoAgSNrYBsvBWTlmjhuGF++GTZUv0jh1DT3byB3/DSH4r6AsNrVQ9PZ2BZi9VcdbHear3GpfBBWWJTY9SxqZEM5tTV/roSeTUrTGpsJlTnHw3IkU4zyK9G3bG3wwKX0AOOCswtOBC3DZEwaMrkvi5V8EUFsDahqzyzj4tyXmv2pyP02aP3NjpOvO/sxWrHZUVXqjLw4ruNI5t0kwa3Y4a/oIMWgR4LtcQ3DwaYHBwq+FoEIjkq8kueiTkocdct3MINd914y+KB9Sp2avemwLQAEx/8mdS088V3reo4csLc2BwYdqIGQSc32KaOTlFsTGU8v31a7xBpxp3yw0dtBc7e9UFsTR5bRC+thdzwHcaqUFwWUPlnnKAuHVE2WkKYabVx0ZKkqgaK5qhLp7FaBbPl8E8JXORbWRTQMlVbDUt+TzR9uYuTQwQa7omGwEp+amk8nanlH1R4ANf/U/NvCHPMIgAJepxD3p2mtzyQmZgL3qSTUN/EtbWfD0aPIYhX5AP+hQ1O/puRmyfj9S0IgduzKPOYUitZJxTv9qleZUsrLS0F3HFOmw7n0aWbZiJL0Dr32R2J2lISbF2Wxg1XCNPO9xn7o0vDv4sXggxdRuDw/pqwJFTosoQGGVM6fGuN6yAvPozWeErXI6DxVu3mSx18moeo0wyU8VbYiOdVyZgUVhTE2Gn1C6ydWqfq44FWHbp/U/f6+gqQYlodveZeqKGJeSOMWmnN2VP9/VNsorR/FntO7NxRDx7OCDLkPjQMLOLWwzEOh15gkIfuzHXrQYHTiWHGGKOf++XE0WYdan4qkKdCqMB3gzq9ss0vb8ppVSCZdlECkII1E3eF8iqzbAUO3RKRrRHqPnaDsiAzq2rpZGcscU9zo1YZbarPo0EWNVN5pXKwDbsDZjg1MIcKT6EEIZOWn9yoK7tn+m+M6ZW18cU/c2qVa4Zj9aLWlbEqprVXBZbKDUyKoVgCE7YVzBZ35LYBlVS1qi2bkWei5nMg1ALiRX3YWlDVaIxIQpjTGbqvCBTkmoE70tbxvw/XOLiFo/QQ8JaFpo0O5cnBcc9ra+q/JDxPpDnPT40OAHAtYwO7LR0Qb9eY/uLEBJxwtRd+oqjssUPZUvVXXOF7ExKDUQJ2yDmxnVQAzxtqVnawdswLtZTHCMrs2vvix9FMsB/U292yzzNRZka8mpzt/Ylj56z3QllyCTP98twVxE8Ui9Gb3vl+5Go+TBOZIwF1MdFSFVplLU53PhmhRitCHvk56gQMT5AJdCHHBIcbMhmvbOUt2wwPFgN5pbV4ERj5CdJZx3Y0+qj4jHpCzeH2aQu198JSNZvmX/yDETIHDM1YaVZWZHRihzniDtIDDJthoPCVbqlkrt+iMuh2usPVuBvQsFcZ2Y1GTrLzjOMkYuHwAH5pI0T57S4EMB85wHfDP6kKtof8Gw/7I2h1B5igl64y6odTnId/dqFILvbBcHvldfeXIOod4B8vgtGOwF4lyZmG4bsDETo7D2+KOy6oc0iz/sg2O1Kr/Ob7Wnep8557eM+sPP+LEk7hkVqIanleAy8l/N47ygeprrBiAUUi3whm4/qf28oHFejZYV/g6JvMTME25DI7wv/2t+EGrVXequBTwkL9dJS7c+aua2PPU1DM+FkyD0AMDzfKW+93mfM8jO08+r2jbJ7VI5e+UKN6umIIFnjaFR0/AJN1QVOFDMDo8UdFrSs8ocH61Ypd3dXUAutyw/jjq7RxdwG5gK+TiwzJIejsJd4/ApFQkGDw3C9IAFaD4CGBR4yWiABAhXdpNJVoKCS5XGMnuokisspG3OkVX+ol/ODLV9iQvAOf2lbrjIrxxdfeTsRHYbrBCkP2YwBXenRj8Om2LgwgFZCZXJRXCqaGmANbW9YhPOeaFuw8uFth4pA/ujqohqAJ1big0zF8FUjKmuJuUobIsKG0jTMwbEfY6zaqhdopY/8yCiqZZMQQwu+kfeWpHDkojz2E/m7Br2D4XWw5UW0xtPoFXjwqmT4YlNz2mGa9jG9oPAVSzEenFinvSqE+Y4LUbaTYGzZ/kco4YH1nZ9OZk8Gia31xxPCk8ZSHodLg5I8Xu7Igj822TblOWRnQMYSz9SXhXLt253+oLXSHjDwTg5HdDyvksArgcRp3u3NGxx1fu1HUJ7H6Yn+qwkZ53mC3xztTimt8pEolP3oHQVnwB7Wf4DRsWaVGAfLdRgpRBn628/XfqkUnBDnDCkXHNkF7cPN3nVGMmuxDdN9TQC7jI6XM+re+RlSFCMpCvm6YdoL3dGvuzf0ekcEY41VCKjJhygCuNScGprx82ns+ohzpn5+HveEw6aJ+s0g9rGNJEaV6W/yBOFqLitnq5nxEpx/vqXOVhBhPrcSRdLyXEB/6ahLOjhnBP4GCWdWR2VZ7rSooSIe4FjfKYIGO6g8Q1bbRXiEJERKAaZz3l6Hd/IOBx0Qk5GTaDla/izMIXjG13Ew13BQ0mXzTr3amtP/N/gWfKqMoMH/4eLx5/EP5WN3QwKfSzqHH4ShuPs0BLegZiJ6rHnY0LFcYhTBDq6qs1Lwq1P4/SHn/lZOfVqgqDw6A9Vqai4cSAvYN8bcCApvqnOdz7oX9Sv8iujj8cgO19zZPJElq8sTEn+ZweUfdFZlD8cKjyt0b3Hz7BixFsXiFYIqtKORrAjboZqkGLzKjv+VuRROZ114/8OQE/YqXLp9CJ5AdXoZloZyZr0UYNLKJ8jkKwlDC4KImQ9BccUBjwkTakQaaBhq1hvXsc9s+K6eMiVAJNMHKyV+QT0p4Eh6ga/spbrGkOdMVeO12rAdZsfjUZErfV3pNby3fUVuDoWjqmPlrgnuIoxKvxvfamOwz8/AB0KfY4phR6h7lvHmVE3ZEvrH0lYZRX7ScUW91PSyytXh/9s/cgdpZBmLmAmvz/01FmgTgsf2dtQpWX2qllTi1Tbsf8HztzlnZMoW9n51mGX1HBFnZFGZJ2MBQ85Tm+LHmsMp4cRK80uK/14F9NEJJsGaXI2n+7qDVtFik8GECiEBdeXq8xfQxKG+YHeZqgrlm1P0kBhORbTga4ct9o2fRfjSRcETT5CnEZxwZ0J60LfpPQR9PCdqtBjaeTyyMBTV/w5mkvf4U4/cKoiVqGJSO4q64vv0RISvkoPfAOXNtEKevuUXGUypQKVSVSicC9XaJNHBIqj5PxGOR2tbI8TfW+SvIqvVQ2lKdI+dowghTyptJ6Yma/qYJ2krmNjeZWZmyz4iEeVTH8IsBH2OiPgrbzWATc04+K/9Ty00YsHCbWixBC3U/pADviVhX5oxuSSwvBRr0XAZHsfM5jYmk3uERWm6InT+UrQJs1ECMODj9Crydc6CaUEgzXOyYYcuN1r3yQDq0OqgW6CsTa83kqNIvdEvybtvFCkyinGHKfp5sSrFQWS3ELDk0fWFaTTKBOkrZLpJBmyzx731yCH6uBqVCRoz5rpOz7XaVNM58ywk2De41edVRQBWY1CqJx+1nkyFZiJYjWKGXS63OkkOJuY/bwDnYAkTMJ/eO/5GLkenO3CZwk5RNKYd6/a3FQJA1MzqnNh5D5dF7o9E/g8f36gA1KyUEbsXegZE2XKTD3HbXAEWnlkWMvAp80jwpInMaLG12eyPJnMhuUZDYYJEYgYbhPHpFfwlQwkfeUUGmIqG65xh+Fl9txwKI6xFVSBqCexoWKwnczHjTLofPcjW7CwZ3tevt0PF+vGVIJkO1o42feiU1+v/sbFjJit2wigjf3r/1m6FLyzEVXD5d8KcMDerHgEz4ts9JF3+q3YPIERtJnpUblbFF58P9mH7yRuXivsBcxs82yg1aRpqdOt8yfWYkyGwF+YObtrBbhCdpBHZpQSv+l881ghVfSI3OLYp/05g6Ex5T9MXJsu3x6K+DSzPU6ROE/z08l6cGptM0AHPsv57AaYDACN3ebJ8JKNCFyw+8bGHTscYAojuls+tcxg1tNSexGPKqxEtNR+B+MKFh06SAETcv5kueePiwaLjBY1Eum5CDsekFDNSJaHxI7HVTaYTvsp9+hyyDRjUF37K5Xs4nrEGlRPHO9aI9oGnEWs1nqGnLfFolekCdALo84S3wjf3cTuoZmUNG1n0hRigI7OmbTBlMGniA7gHl+GqgeKr4nbT4tJyMaQaEsrl+z1BbdV/l81LWywdQ+HBUt9uM756eoMa5sr1zFv1RLLtr0ZWwYbAVLSo5smKljvG7iFIEyingH9faMiZFP+nhigxHmZBgEnFn/vB1AiatuMzuBhirL8OneimHS9tshCQZqAZ046x7rGn+nZFm99vQUY489hBTxnoe3dacMIfSGkcbWNXDjZzT27YyPr/tv74lGB5Yl0M740M14amsikYzGR6srUbHf68IUL+sjCKQtD9dK55pkh3UvvLwBsrDVUe3rM+T6WY8TREqIvyK0NAzORcdR0mBD5b8NuRQkB0rw6U+OBaQ+95AbWAuBTdAtBb9EGe7tJKfQ5lMUivKcnSHaFBF+aWWn2qrmNbrEYw0OVV2hfp7RH1p84cyjsSrUKovPbFBk2k1Tb5y0S39H+z2FEwkxsunXepsyaFKTczXnjjrOrXXI4nGMUrhSFmu4osLyKWuAVaTrJyqsG4DAIuCLoxuuoc2W0m7m5ShzfBplVhLRtQzDDBwJqlA4fsmXOCrusS+haZtnQHsM5VyBwG7ZuFBlCh0442Z5Ih1dTOnfahfT2hrcatUHwz2h5QfUn2TGV9QTur+YycL29QSv6Ajo4o75dhtMaO0MCNo1ZfsqoA1gabKYMrnE9x625XKzFdHaFzKayaHprdE4Fds4sh/LgoNLnTe36ZUu245td+hTGStyFHb4LIzrae0+Q7FDnFjaLFlOchSU3hV9fpqD7q0+TS4eTlQroHIqvse0Jb4vWl+1G5so2wkRJofp1d1L2f7dfP9exeEL+xn+RbJAM3mFos/78scyN2AGpjD1/MBExvgOTd+vvecMWW+wiOMtWHa3okmbqEuTA0VPW7TLYTkHw9lzjrJ5uk1lUSuR0a8apbf6dFNU3Ermg0ZcFpWC7AHNWimKS0jxFL6fEHHosV/sEfqkOnooi9xHX8MDWZoDbXutat22Qa2v8vOM/MXxDKAcxBt+TuiYaeYMhQdmspYTC/0chhjmpzLxYH/0JnhYTPvXt5aPq+SYztoy9tzZVmg0eC0ttM3oUTLKoF8aB6Do6fwElOrsqh50rS0HnqjgzKV2ABrkQFgXaDHSMF5arrpz5SnHd0gMQ0CDGjePP46WWeyoZhZReTYFUscDc/p5zAqWDXp/TbvnZzHv2k+bx41rIfxJWH2intYJlHkcgyNz7EzoClHtfQhHKdvPdiSiNqRPrVTciuV+oSbwEbv3AarOAQ/wy/uPO3Y2MagprZ+i/Ilx6NGxCouqTuuh9gvB0MmzLR6Szs2dsIA+6w6mQssUdS6ksy4G2gaL/nFwd11obQGU1P3jsu/hFaA6UhpYfIIs16cPtQybEy9RJ/v89MrD/3LQqOyAwflntu0SZQvaSRkPy+s63J/VdTzcTQYBd3MJOVsaf2woSHEkHzW6h0tf/gA1oltV1PSIErF7hTsK9svbY/lMeeKEfRiOXyjUPFG5Ub4uMYArved7wZDsmUr4gRD4OG3cfYbU93ihYOP/2n2+dGgiUZ/1k1Je4ixEYIhTg7ys3sAB0vP68iXjJ14d+P6OBvXx7GxwPbpBUwzcO4OxqmHDFX1ViEEDb8KpWXKk2HqekeOKtZ8GnP37ldFE+a5CDsDDxIBi+z9oF0846NKBjMqawKMmR/tPK7MgmaOF9LkQuPwpTz1KedolDz3VU2WdAa0VHRHnVMGl+kzzkx6Pg3Ri/aMIGApmt7I8qKNcShbGt6FoXzKg3wn87SuvEJHoL/TlnXBb9Vjr1NVckGv2a+pTcl8Cw8LXHaZNbUWJX/cfwpPu4wCPLPJeqiQ5pe8t/pfhutqnQZv2pupl0cWPnQOW9y+/7MNETokAsiUDlUfUhL7dkhCyHVis1I6yaGrbMqJsf4gNa62yI6brdtx17HfuJ/ftrEfx0Qmkx7sRXbHPVX46OkipjyTYSKGNnXhJIizTr0fPvMx8CsrQcTRI3xsmQt+ykkpsnYUaLfxTi+FlRHLC2wMVB9BXZnC4tfbZsGEAZTT2kpvkoneYlYVbyIsLEt+sVoddGGmQggDrstG4bZqTNDE8WCrLIkKDZOxKwrRgrYtq6fmciuzEe/6e20MAGh9gy0lOPXkTBgZ7S46R+z9qhjZxdC+EQtSGVEZfjCLlwu1tAAExUW52a+KImBTJsx9MUMIZW2aBRwfk381rXua6dQzWG9GN0uVBby64Vhooljy6oVUvfDEIynRDo4FJh/uwf3fBWssRGq6OVRLIvFMCZBWdcE0UxUHOPOS2zgeXYwWJRJw/8mefqy1PHpH9CduDPY9+7QtIq+DKOpIPoC32vK+yT6DKxpWfcqoZ0DB3J1w1heN9Q07HrD8hR9s+X5+edN+YXX99+j0ecv5p7o7y43I3faXLykXg2EwF00zbGY25lQJgoILm5oZ3f4rbda/eEkpn3+G0c0U7sK1cuSnP0b2VJ/kMB2pn6hhC18fctdCI0asLCji2Aencj2yNUVlKZckkMjyuXQEAvvBS/Yrx+wrZkrsdFfkwvU8lo7XvjB7iruGpqBgGH28GkrHBl84XATkMc3KZJ9++LbIDC3rJJ8FFYyVW7c98EYygEA85HNJ5GTrRttspyLmXMb3J0Aop7Bm8lwXoa1chNpjXUm7KWZDuW5+pWlkk+6SBscDAfKUZzhhcBLYoVrk/QZUdruFZVjnJ5emUtWl3uHiEYRjiNjn5tI3o8XSbfl6Eg9LplLIM11r3Hs+nzdg1Nk6V8xDgZLz71CyWLTLvwRlGhcZ5bSTFBHNw+s/5ScyDcl+JVHm5m9x6C1cQVORpyKvJC11Wi426UDhqrmKMY4mCw7DFsR8BAhAIhEuxZTQ+rxpcMqhPnI4yzDpGg/ZD+P1gVoZKWAMp5jmTBpVfACOglhsUSOVI1LmcFSjcV4R9SDGvoI9jVraLNwo7u3Pu+DEVCykNCggQzcCSlCeXKZmRvRTM74pxokRJRt4yQVjKkk0sDKz0GoBLtYKRy4BytcwxCj11Wr5nH6nWKndrUhBWv6li2r/pXh0NS+Nu6MKhM2UAZ7rsXPC1Iuah9CiSKKKcGT1L+nSjSq1aOKlf2pzUqragrMe2RzGbeEJI/dKaQF6G/+dKmdSB0djxNl1V8Warpz//DOelxKPsbPLvkI39kyHXerPkGWzpHn95+2Ry7B6F2S5heFDqAzRvj3tdiccIY2XB2WMDLEaBwOR7Ok3G7X95mMZvs10Es4RdCDf/KqRQ7tRmFBY+N4l4nDNyekp19JTaAVXEnSUbMuAKrfciDYEtpo7XM9MKE9ZgiHDe5K7G62sGkECYhVMBAd5ovg71nsOLmqjsoiao1/kjwoLwx9vVqrvBdlhhU8zB1Toauh997jErs0Q2/c6yagKtGl1uG8uo8tt+iAF/hGFRZd2m/dGK56IZ1qg4SlaLUw6TTRmkvZVrkzgCNc2/5Fa1tPGBsqqLiZTCfukBVheKyaV2sgg2+rfAaUy2d8Nrl/qBld/xpzpBHqrGfgSzW0dj+Pr+vrFkqyH7vFixFVX3D9eX3wSzpdIve26IHybC0iOH2+b4y1livieDcw8rTzwq5/yzc1N4eE/2WcpOoBZqOIf31f+XS18C3cW1oPCdCuhO56r+fIirZnv0usbWR4yjnkdmKZX+U2ey8i9CJSddGVSoIJnH1SEtkA1SIsrGOAGYCkyuw/K7kPlQ/KbTIH+jYnL3Yl1qniRqpKjG7t17LcpIMTXMxKO+LunJVZDte6n8Zo8XlXsJLly4VnaMrZLx7eS6MXxs6Vi4DOt6WBQMGkSe///S4Y/yz6fiDBh9VwRXMHH3fmCSgFrJ/ETdJcmO3/tFqt4lq9bKc5bO7nIYaVs/8mc6e1Nj2XHVFVa6wVcnLQfz6XyYQSysv7YcxZXyjSbtYXCdFN/RlNZXz3HsH5DfAz9K8sB2KtVmKF/6SrvX2of5V38K3s0hGgZI9Pfpnefprr4mRgG4LYD/launuqsyXnVbKOgyOcfpt3bt4WvZj911R1N1ZJJPH9QCtbJztNAXFWcruOAQI1mfu4er0/cDNRQHaDIPm8M7gkQdL+STIZU0mL8XTVvsteR2+1fTZAdHBxLuGGovgEBGRecQINhN/TVKcatpBIXYXhRciNG+M1lUXHYQIqQ67FVhrFnH7zjXIqGD4SP+/VcKb5hJswsOouRr8zMZzpjELbYhBe6uOk4AMfT+QzUWa/5zqMT3neNe3Wr4jqIZ0gtIqBiS2hf5hxdCFFNY43oLgt8u9jgaf2TH7AMmVpWvQytBlJKyf75EYQPHmE3R6Nej4xXl1e74SsdQwExibsbs1m31absiLPoe6AU6lf8WdSWdt87nVhlUbiw47JHMvZ6JoSnv3Y/ZVNZhqyJXZPVU/eGcryUSKhBrvE5Oh/1+dGFim1kehqSzy3pvTUQN0k6R5jdIweu1FKTPIfIR+JMlWzt4SGPb4opKzaKQmB4NHunpQL6vjW9Nf2Mea0v2Byy/YVnTE31/Aco7E5AceqxesAYLWNBy3a2DYwlr4hAx3jhaQ7zZclz3pe/e6YTX8MsPls2jSJgqhemGaN3p23rU0DAAs6DEsZtWE56fzaGkJp2+ZGYMj/yBYjIeaw1vrjyOiewzmlCYxweUVm1hJED+UQFyUyR9ACAhodHeOPs+MzoJrJW7Bm5v9PW80gayxHdc3oQa4F3JksmZfK8D8ZhxKGjsmpQEq5972Lmze4SmJp+7AnSnzoMs09WR6rlMCKAgx++sN/iWprI2TrRhu11r25+Dj3rMp3VhQcV/ZmLrNvmRSEHRTSVWVZuYTgniMymwmHSRn29YTdvyvKX6OsSxDoMb9cRDoSxr1TJFgVAAcytieIFmQB1imaoAasGZ9z9mLTaJYt7c2ZaDq7iwA9N8LT54cTSkXLxIlWEqHueZMOdb7L2eYjCUG55JqzN4ccSSv7Gq1CEdZlRkRYKrbxca27tTcXtvPJbJf40HbeWj9GJlnOu06G7yWn0WIrh/6NJ05METUO55mz4ptZsri9osAeXF4oeMhk2tYm3HDWTNC51xD1YHXAGy1GzQsGHslW9v28LlhgdtvvIQK/U4VHgbnYLk8IZfV1CQq0GzQauJq8m6cJ5bpV9aO2W2ePvIQPp8zVl4kNXf38dbOjiC+7c8CY/QRsaaaBL+N+1unxX/pbrm//b+2vgFZ+PV/NDs6+502OmUCP3S4Nk04TGB2TmmZgMJKheRYqjMdizkLaropSzely+wwPOvSugcjMSorbtgFlBGCBjFqKdPzUW4BuR3HmvUQIXxnfvQxiiR4n83rsQRvd0Am/EQP+6M8heczNBsNDp9IbmxwWufa2nWMfxCbt/xauH0na9ajXikSje8OXCi2x/DtoaE17Sve2iw/byBnFJlUoMmADItZw0eF21/X6U+XLROECe9dMHy2rV1Tt4WEWPU4IlYO5xuomkqHj+cVGqZdWryFGfEoSKca5H/akVF+IG0s0UEpTqJw4SR25qqK+tMDvD2hO9BBN8AcaY1oUTie0HvRuuBlg7eUyC7Dh9nZBXGHWuUMpE26FJ/ve1GqDlrlqbd1dwljOf1ADp+bnLegqTp87zpoKlvO7KkCF1n0g38yjE4/58+rWj2uNnxUM77FtXS+j11p/VAFUyegNozZXlCH58Vt7dAd0JbHER4FTMe44S4mrvFYZcgh4gkCznrr1Sx03idoO4RTjZ9oQTRAq8axOV7T7C70XkkMZZwBLw/TisTBxVK5rh88IDsiIctaBqwtaeaS5o9nUFU+k04qrLcuTN8NcGV+C9fTNnwpnfLXS7flu3nq/L2hc6ax9GGwdMFRf0W8phr8dDaWVbXdlnFbQOMSCFOl4WADHkYSUgjGaq2Q4Zxj9CBFzb3O6K6LoWIYaExL6KZaRt7XihwvUtGyntw4WKAx5sPDwQWSWXSpcUIJckw7Z24NrzT2j0Aqb9yCON3P1aY3Sw35YV1Emwv9Znk23bFWLvsNLAGo5YkGnaJyNs1rAyknxp6O6jmvu/Z2JHGk/blT8pzG1tODL8Nka1zfD0Sn72Y141vLnX6dNC4QtGr7So9yXT3YlkBmypeucfbQDOLp3VqbkQup6fniimQUZxl3DGNpQLWS/LSz7lyhweQPqoDXB0x55J+bBjZs67i/fB2L5mTnPg9d/uE3JqwIOIyVUJsFjFSlM0gFVfOY9f3M0HMTq5S+SQcOztKY+G5k74SdqNhFRX28699QggPaXNL6e2jCmBy2ZGg7/pRTrY1RmL27GBIGf+r5ZFYmvFstUL1XA1aO1N6Y+5S9hmmENSp8/Uzl9bY2slgUnt/lvMjKnb0kiCwB5xW0x5MYyfnossY/asbOfKE/Ny9Frr5+XnDO8aZ/pHp486rrafo9GWL2MDgsgeZfCEUCmqbOaZUErgyOoSkyyGmcNlxmlVcm/ExZ55Zp0UmNGTv3nt1nqRcGWZvj86nz9C/eLdNOX3NjIBBTZU/xgYU428vf5NcrdYlMDorOmRIMtMRoyEknXfrbbiS0hY6We1tMh4RO+WGgbkIPjVLsTx5DT/KO9hfN3VzGhHLGHQJI120HI9qdlwHwepuswMUVMSHBYDOpyK38pZfvRlvlAik0KO5rL2qVVFgtshIV9ctb/TyQ5gMIiYlCl6Y/Nqb/Z+7uZ51LspDcZt5mTrqWoKV62/xhdMe1ylyEHw50kO9h4KML2O8B0b8WGUONUYhEhQI2z3MPt1BfJb7bHbg+ZsN2ikxJap9dpvAls5Wp/wui9viW/afGvl81wbSGl7MTzcoDB/Gu9vg6QgR7BclJJ7/3LkFii+YMbG4tF5Os/DYQSJ1mo3l1RERb+FvEdR0fLSZubsl87GzF6ezHru3NcPe+J8EaDBKRHmmhCZfbtjmXVF11CTmva654abQn11t8fXr+kO+fqbdzXmD25EHFloVvAdxtjez6ym3WGhAIo1nNrzx7X0UpPuGB1tfDJzlol355KuJqtew7YDG7MHWTc7bzlgGhsFj43bRmMSmYvbGW32FeaOtfKkb5HFzHnx6+fcD/LWVuDAdtMJQ8OYK9xO5HVvxwxC4lXrwXnSmSYo55zBi2SqEM2Pr9Pxdd0rwnx34YAKDp++H0JFy2Hy6JEiBI+8QWcjENQ5jJ3i9dIJ+/ss4a7RgiRgUFzm5m0t3w42n2kMK+Y6YdFasFjwdw5m1f/of/gjdlhVSAy6UXBVGvIMMFgJgJXhBKCqfELgr+wpxV3saF72yyuzU3ulxAbQLDOaHWorOCNhKa9IggKx1ZUkG0Ii+cxGKO7olvkIvqtXeTrgzKpgK8W3yXeC5b7GEAtBm54m+yWBVp9RCmk7aaPla1+k8Z5RW9dDHe37jD57g7ZfjWi6oIE3umG4fTxEpCkFn08md1bR+YUtJ+H74rzm4dNGzAbikH//reBql5dCHovwC5d280Ees9GmVy3akPU2bt/ftD9+Cg/sFoN2Agx/dAuq/dVbwaFZr0b9BQ1B9Oq/mpacvEPtPhI3lh61F4VUzq3YVvLbMH54Ez/Oi/jjsGaYgyp0L2PjE2UQN0+UGVpos7x9qmCn2dhABkANaDf2KZpxu/vYpPHtb7ltGvutdsanw/PA1bFNC28cRzLRPhrRkEkXacBJGb7Ea88qS/jcbULrqkHhgEw1pJst1ocy2GN25eLBiWNNt2h5cAtH6SDoCozIUYA9mkkh8V5I2iDpZ7dNEHqOVccD46VCjwCjnWoA50TfaWmN0lQ8e7ThU+uF+pmEf0akIyL9j2Wtkb9xE+5kI610XMNd30gktDB7NjZ5yglzDonIrjB1PUH0ipb3vbidC/gX28vqGrcPOGxfBw2DNOrg238k/vq0zH9C7ZaRMU2HdhB5W7B0uQMUEWAhlpke2yVB7DAwe1lrJOH66UC7s1YZsCqPMH6F9/q4NiGQ6UuHzppYdqSh9lxR16yd6aavPfnJh89cPXobCnL5SbUQiSj3cQiR9P1XeP/n/qop2LaYSrQVydq8mu9DVlUGkpRs1oYesE/mW1eMU+KBT2R8bRjhS00k+enKpSw6EciBuD4/LIZO3ocCr+WxZxIKT2A0+qYTkMH000H7SY1/GtRNDDDsCfYCpEWgSOhwut2NkFYs3NX6+/s+oqEXTc75BEvpK9yGR2/6N4oLn2pE98a0AVZvubHHTzzg0dCYFe4z9//aPdfUSt+eHpDRKmibVKEbnQQRDap7ltyIu49Hc+7fOvHiO2COimS7ZzO93CVhk+9vOhnxDhyDZ23zMk4u+Bnd07BDqVmoUDIPY1LvQuX29JCvVmPnIQajAgn0DKaepDd775CkB12DCsnRVy5sCqGQWbQIOfFayssBxkKkTx1A+GraZMUCQGXg9lqwB0sjloWU8PUMCr04th7J2zJIEhFAtVCIc7qf65DNnkYO8heCmkjFRA/hJAR+uT2I0ubKkrYw7r1ZtuLcODrfRQC9WpIAy+fuj0QSq6K20G+fLFeGUaDidFA30SOz+TnHGDLh08ky+1zFx3BaaG3SyiItt+AreJ/bzZzTRXLrWfTxPodsPOOBJoXbehTqKqI3lQMRD/LOh47qfvQ5lVKKvxQPopvB8Zy9P8iJhnpoB1glLsZ2Y3I2QZlj1iEWHX5afdbY4PtvYpHAhoJBui0x4FMFCToDMmJi4L6C+ajdg+UaO892ITofLTzCLgiZroHsKYiDk14UdSSUpsPk9vc+FsiKBgvleOLt/ItqDh4ebvGKKpogxXR0UN5Y70w7Q5rEu8yHDHOg/BxT1BdWGU8kC9jTz3f0o0s8QDgbXZcSuZ5rUurzB3Mc+mX+PlgNh5sdslw5uZ84+N45K2In7PTE6ul0BHIYtqkgUIZWLRStuUZTGmzU3H9rJ+rNn8dPiHft0215uIcxVVaHmT/Uo68kmwNq1d0UDw5unFmme4VvkOyrHHcskLMVZCKGOVzoFnIid555tBQ+bhTk2m/1ssSbrvSNExRVub7xNq/xzXi8X4f5fj9go8FnKFxH5/5QlV8a2/tIeH91GUtN7D9aND1AcV9MA2X9rRJMf1mnBob68YPW9Ppz9Nat6jCPLhThXa9j+07jjT77PF7sMttv4azrDKRBQqLlVrpGh/aIk9ZaLSfnKJpW0wSGsAVawW5eeMBg26fK2qriDBnhTtgEBxGhReu3arpHAWifTqEwl2I3YSzVG8kxt+IA5hp1gf4K3bFROKzRqMWIaIvjP7TGQbLd2uWtJj0NfaBMQs1OCI1A2X8VOLUDQAwV4gEtAQiTFz4gn3bMqoyoZB8Y5C4sJbdabrICovXJ+C0awQ9+qUl002UAsIk66Kts9Ce3XyBZvTBXcNFiCZPaQa3DrvVUYggR3yShG8o4L95uRG6nGScZYz7X4ahr8EpJPtyO6zbS8rWqnHWp20QR67tiFvfmIAEhjpf2WRk5pOv5dp2BXY1vx1wjnQdGZl4cWEtZDuuhqIq5stwIAsinbaCP3R69qNA2YPE1yfMd/msRM/RWKPfcaDN1t7FZFJApO7c/m259ct+UYIVADKx6eYRqQHF1Ul8Ea3tzYqe1SXWHpkKpVCboHdjKuJTfPYNlPpMMYaghmYIWiQjMilJ8C7W7BaGPXpZpDiu5VnNd7285feq6NbwKD1L/9KGf8ch4nHv03Ot5hgfaQNFO9P3t5nx5tq0jL9HYdTYP44HhywVWnYU6+bFXTfR97HLxkOHaPHi1CORzqwUkqa7NhctGK9YDfIQKCMhORJS2bLHGhlUzsoMfOpZ1i0YwNBAEy06reYCwB6DbB8DGCSdqYu+w1DnY78ZhMsQjXPBG7opxUbFr9I2awhPfc1JSxgf1uLxAnnZSQ7pSrcbIocrUQujEzyCILddBuo/SUoUy5jp8Ey9SUhKWY8M8sdUAtrt0FWPF9wJhMeKKtioleaPj1yjcnfELT4pRAx3Mleo5jLZxVeazvMhVAlHTc6waV082/kmnPDaoKyf3NrTpjTW1g2gfcgatmnzgGUW3hruMvc/D5HGLMXVh1WaA00rHXWbGbor+P8g+q1qMm/Cdw00wcvZPWKdHMOi7/bGBJNOyxpF0TQs/9D/5GhAJXDq6Zp022zj4IAcr32h6z6NHLzSQMl/t6DPMbGaly+7V+wCVwvChxVk0lB3rkP1w9/H7ox8aiN5kNr5y01XNbHCMMx5cvDaNcrgz/iy7PCkGYgZp+9CxZJQ0PTOwL09miqmrSUAXxaAhL6cmEEO0rU05MG3a8sAoe/3IzRcj+bAQ0KJq70ZTwiQhfVrdTCX2OcWWTzka6hh3AFvbwKsJhRaM9N+jdvtuit3jsv9zaKvOzZdYv7+2XtD1k6nzk4oTZP5qPEQm111/tBFz7F+4L/tTAf8LPEojEDUnoDjV/hc3GnOUo/q3POG40FmwEZaR1lZyTTlPbdSMLUIo/PKrxsVRIxIFgEYLyIf8lJmZI6G9G9jQNJSGqsrwUYINGmWs0N6H6yZN8dXt+lO7iV/hVM1fLgV14XJu5tAntFaaESQfWnxuemRJT/aWRl9yiKySuX/ISCzHLxrjqEEssDyApdmcFZ1lvpfqnk25gThWqPanI3vyb/OYHumgKCxb9LbXZeAum2oZwfftMYqOLC+2SLwWzDV0ybykeQiQdjdDlgR07Uom9Wg7rHmCDpaf04/xJ2TT4Zh6mtd41fUWn0PFKapz/k0evxPbpkQvUsQEq/loso8snKmSER7+xR1eSJc/oRSnnMoVKyKqVSg3xyf/hhk+aawblOOabA+6S1iPS72lhEYIHlU08RYWfcWxK2E2BZFu4kaz9/KMyQ0A9Bm3mOh+siVYnbTu8/5tH0OQ3s6EMXX5cSx1nDxn66lUoOwBk9LiL1f2gAlrjs0U44SJZlDXtMcifFmR9HKBhbUrWIFXcglMa7F4hXOjdUU2JRIVxNkRUrKP4juoq3iHOzJiCIA46ZHJq/kQLRslgakD/e913+Hqi+UfEVNAAiSsoNyIOoPQ7DWePUcWGcoRxamY9ldFFw4NUOdoIUrPMpEmspRYSbkxGxdqjLXbRuf6mlZerBCD3ydi6OgMsCMtHpLzDBqGRxJlqwMHPCCE+rym5dgGrqTkhnPtx1Bmm11GHEGEPwgAp58O9JUFXMOlKXfnkH8LgRXuF/pmk39GHYFA0DBWyCGBLQwfRDYTH17SZr9JOHkDKUqpUB9k4CMTHaCLi/rENw+qyfwxwf+64H+30mFGroYY7KDun/GUrTITuhSLDUyacV9iTrMYGxo82SqeLXX63tTHkua06Z0bEmoD8RVpwjoXWDRi5PnO7kpn8OcHABGhNVpZVgR6hdOZnAUTerlgxRnIbeTJTppmmWILOoUdbq39EvVgByqe2oFRE0TBx3Xk4rUr0DdauswVje3phDhTG08o0zUCDO7QxEeLXBb6W8+c95DG6BxUtYfodDYfp/M3ryGP4RREH4Eucdojb8pkiHSmgwVj1LWPiptoJwxGcyfg9L8uz5ct0Go6TNEzdHXkwN35BPcuJ2K+z1HXNTAgDB5Y/KRRNhdotLmdpFHS6Qmq6fVAu4HGk50tJHlY3ex8aomxbnbvSDqmm8BjNMhP7Z38il5pAW/cJKf33ZTDTGPmgmdeXtq4TEdTw33i/BtRKWfb3q57uB98uZubc2tSXE2sy0Xht0rI2ZfPtuGiWLyErRPFdldsa5wE6xj/B2lJnzzLXYovU+DArNfriDo8v+SIm2B1SVWRVl9G/cvn11dhHFxSsHIuxyy2MQ2+qLrmHcF8IB00cEJ5q3A/dqlrclJX1CcibdT1oVhzW3ZZk61QNt8cWQlPO1PUOxgU+xkBTf8psq8YOVkthoBlijyftQB0cFZwDwyxMpgXQleHLS9HOPZCYNmsUBxoPkN1gYwRHhZTNJtfTJmKlb41nJh5ew8vi5+TpK3U+jadL4vqjMw+rxT6WTazOzUYBRefnKuzdAv+Jg9nZhVxBxkmKBg+8qcPf9hsjaSKfspOiJKQOgIYU/vU1KzzmNFIGjy0VbtWx75FSWTtLsbUJvzeorV9nvmzo2FojpkpcFOGkUunWa7utjjH7RLmSW8Pht/i22wQocMs9g5ESgz72I7+EFfjy/BNLqc/DgeLKMK2EqktuMiClyNSBbnf0TuicHJm9sX96lHvj90bQYKPiG1oxD0b0j0Qo8qIOTBW2unYZKipZCSikv5VirLd2e+xRrkzU82ZgYAcdcQ/g90Dc0YzVYsyLiXMX/fhAFC9+iQTx0kj/07L5fr4UUBiUkIRjc4vlEI8qycwsCKHDHH5+iDPiS32fVnWCvllGrUh/B9MK9t5hsJaEdwowYRCZFjLhy5IuyngiuZyK05XFa+MY+Oufh5aKLjoBKzaTrFCrQY81YapqxBQdkYNA0nV/I6hxWZePhhTEF3b5h50ANZ92Dpt1FcKAKo7b+HFcMlxkkSfnBUF+NmYsValbo5FHbpRMs7keSIT72CCuM1BvBEa3Oyw3hXcScZx8UM/lOiQCMZAzKV/t5I0gkkCcaPAXO3dz9D6FyhATVy0kiZPRhlxZT6AmOOlLNF1VMviPbSqE2y1lac80+gYu8oSUT+iE/XtppdIrvy/GwURixuB1mr0A3WS9vW4DrDwOOAitlosSCHSY16ORcD9IpE9UyvcQrT83pap7cXw7Wuwc/t/oTdNiAXl/WHCDVqLpJJpqQEDPbve8rE86btBbA5QSZNKKJcxpknzibGU+ao6FNF8b0xw1yQyKo8G3jS2AthRCGLVKcn2L3FD2R/ovZbtUdOnNlEpKYJd44Ybw30LWH5WRD7PZWdb59k5Ik28d0mT4dvDUAPc6inVlYAfNL1Fw59uoBlRk8uDQDOs7bm2Kfu+5/Ojdrf0CVRou7ju82SFrpr8KD+jJOnvw3jrsewptAPF8qO7N+u+Vqr1k13tj4Blp4pJ+FMGVzWIwe7TXGq9eYAjvXZtrCSu9Ihthuordjq+Okn7Lzmp8iG1N+9Q213uOWyWMIwex41qZKAwGpZVjMbqCwHuGFjhcQU7R1UUOu5PWZbg92349f9+nNX9lnd1LvXGOmPqk/3rtvNadHCy/HCbA17S0Xbj9iCw5ELQoPvrrbyCWOnECZvGX4YnU+QkG700aw/wNkzUc0ARuXstTr1qyYRGBl5+omE/w3SDqICED+u30foA2tgW/tUrH5aGsXprOecO5l5tX14kZkL2awa66FLXpMGvzc+E0KyqK8UiKKU4Kwe4ewYX8ITtk5oJmibHpApnOGrb4CYDz3bH8FncSqH2N1nwOTclOYLda8UNzDal9CTZy4c9oUZZDtc/ooSjxpqgnvKN3bnacsIFPq8S1vf34FOHbNcPlw/mOJMmbLsM0q1ZunsI8SyTUEZDBM6PIsHDsyEOtWiGkOHloLDqQReO+FlmRz15yJ+avtV3OSpHQ6kcrGwQyAVJU7SXNfLPCPPbZAFt5k35uGkTVPObDz+sbz14St81FV5wMlOZT+FrraxWmIXN/Bem5ZfYOAm4cMIrOhbRyfdNsf1S6B01DkRoKOGQ8tTpLEOJDyefTCatM49ZLcSz5RbGpGZAFaR8siQ3eAGJb649UaZriJZ4mqwBKYOSSQsMqLV73Z05Yvps5OQJQ1pXLdloKM092J7wm84WY54B2vTtTV0C0Yjc6JeAPaoF4Vd7JZ1nDPOKwXzlc/uSZYQsuA5yZNaghQ9aVNaFYLMoTe+ts7d75xaH01q5WzklkYeBmNfsh2uE8rx3wKVD7XlT3t11TiDdoYsBcnSrCbJDgiyOxfz461EeZMn91646NGKEpWpNsNurRow0D6mlrZA+0CTX7VGaN6QJYmga+cuei9rdLkXNyv4zyqBAiB/06IBknZ8dCJDkdeHSMLK/oHPfhTQK4mRvLD10JpdiyBGe4atzaySxw7vQKYvhaxipwLUsxEU1zGpLongZ39kQyzFaNWsBNr0gmZ5jqB6j5vMssxDgHpJNBaWP0+UtguvjD3yrRR6h5Eg3uOpN9nBtvHk+ND3Ze6RMYJqV71LkqBZcBroepkUZx/LdEdK8R9HYbX3IOAYbbnfQcxCejVpbiOTge5E+zocBb9W+p7FfcGUZzQq1BwPs4BSvhhnsoP4ykYV0IQDxwYZ+kh+IqWHqjPj72rKFjugViZ722QWL2EwSL4g02kngScxABpQSGHguSn5VI8LwDY3Fvc5fXj9Kcdb8NgMnY/Uo5vShujgF9KW7Q6wLmcWZCKxZQSWedLoyUORcR/Acn9nw+sN10ru4cFOvyUUwVOg4xybQvPoQT2kmm4NYoP+Onj3chR0LPVSWC5qeSJAnRj2kEQrLhf9IaBsz8o/uTZYrSZhZ6dv+gjWtk3AWg6ZfN8styETL/ga7Xj/MBu+vYFIHeXg3U/tTS0ANcllBQ+X4rbLab2/yH/+q5JiMUYrABK4xEv7VwizVqA7braE2KiYA6if4mERWGu75+MLe0TSqq2QjEaA9FJEFM9Eb0ZmpTfEJ3w2Q69tI+HMqRiERXeS0AlFqXtYq52FTAE3K0OFPQUT07J+40CqKBBg13v0lLwNEmfIOYXNfVyilS4GT9wt1bmI1azDB5IuPtFpplgVKCoD06+OowUqkJg0ZFc58uoJ8GuMbOZv/2Bf9VEyskxgz4OIpmGTFa8yGssIhpzyv2Fe7TxgJN3I2pkYdIJKakizzmeiK0hyUKMvlMqiGGR444vzfTSMPu+/ooIIVIwooI6HayL5vDlKuBWbbUOh11eink1gjvdUe0lXT4ZGMI9m2vieK6HMwhM/NugkXu1RjQwWOZRS+2BZHKcix2ib+EeYct9ZZzJoIEJwTz/2bJbQvJ/KQZrqwwK6FZCbRBMOLnIYWzU8qud6TQ1LE0O30H52fUuLsRq7Yjrm93aJwSXSgN1FeJaB/dHgAyWVDTPiibTSvg4k4QwhbfqX0MTEe5d47KdMQnU4ymbCCvkY94m6KMBj99Vcpk7TW61xdOo+tJm9gVkwFdiiOF8jHnbsuCDd6ZqtA3YvpoficWBCEvEK1kwtNem5fP2FWnghdwWj1zLR1MhMd35qrEPoHxwBz+mkTRyEaFF8lsbwdtqXppYlLjmgUdPsR1atrVHbuJVlOoWTKlnOVBlNsfFXEy3lYFZ1Gqkk+NTV5qzLXuNa1kUsMhrt7FZReesMZCZhtMDUpjVYgFAyWKtO0AyWrKuVSVYeCPPF68dtH6OSKkiEmthBcz1eetE3QZdNJBt0iqYeWhpJrYozAkiaLtf3BGxdGuOI7gITrGS19J4wjtPes1W9zpRDf9iaQ7A918eZ//MdiOr6RKrSxZWq5pofiCTi80zWdaVWf4c4jMDcsvLDPNLGymeNybCS5IJKOIOTN5ZlKkjlkv68Io0lATLbnmnXEG63RwNN8JfYKns+Xh/JUQArEo46RlZmIAi3xAhVBo7KGR6rG7KOMuav/9riMNbDr9krkUcyskZG+WpXc9QJ1lTg5sUrh9FvJYJ6b7Cx8otqaHRUX610e9uDJkHKVkM8wc5mcsY6MkX86w3s7xxNPqinLsIM/y7nfhAUdfXOsfEcL/q5Q3U7J67+RzLQsbvaVvWnVHUBzGPbCv020Fmn0i6B9z0FmqJhu08bH4SPtbiennB7Dl+pJ0S8V2kOY1nRl53mpMeZmfefEH55J/iPNKo8aN55q31odAxnQpp7uLen4ltvbX+TRgR3tWgZfnBkJxkegbCQVzc+UPbDfX6HSkM76QMsECUepAxiveGg2CQSXDC5S5Gl/mkQz8zDv2tRuDNfIQDqXMoIwyoL8JZYRBSriCMLHZDDFYqaHuR1/aY6UCzZeYxDXXkg/uQGDHfehCsF3HALBvEo7nVf4KDKJJ+iSKuzZgUXjqL9OrxaKlOM7JwAfBzgGt0rjNhbCViDEBO3tfHzNoiZINDhd/DfzpBKLhiKDsTX+SCvc6P6xAzosooTtnoCSwZuFzUEsAR6dVRJCePl6bZRrkNOiyZxtpN6eE9/z7zvHLgBhF584j/alA7iYPO95tgGvzwp7LwcYxxbsE7tzszqsXwxwbl9HtDx41X8o+TKPm/lnBeM0bwf+6Cub6IaeZrzWZI7FOqvtmZRFXuaYN5yryXAYxu2DXdlMmAOjnuJW7y8/YnWKcGi6mdKij4zqb1fHKXJKq4OSa0jX9J3G6w0pw+mQjWfNFicI5WTtd3d0wyPpxkrQo283kbHzfBRbBllpDNsd6QQCHzlSzxydnd/xQ4q7Tjo7Mdjld+nrQ2Nnm78xiNyv7Q3Ctbi+sTC7DhwejM+4DL2594T69iUqlTC9CzYRX1AI+CnKV/ye2MfwiO7IkQ7PsaOVsnZiGq3JuH55yTFzst9K3y2MsqMhG073iQoIYDmw0rIxp4JBVJA33RKi0Jv2BU3D7quw8EfRtYo+1WzU8VORaWwImPXaQy75oDOmces2FFAb9cDixkYkCB344BV1pIg0TU5GQB2tiqjDUk8WG1hKhS59Z2EEldS0cu21eow7d0MYutzjfFZIbqAv4g61LO/4dRXCmpAIoHgKuIROJl3ulmwGutO08B3HXBAxLUNZ1bl2dDHdEG8KTxjZXgfC8fvp0z4zYirJ8X/QX5eH0znYM8szynUjd3q0igrnhFyMaVsWB2hCM7AN/9sGM3Tnzv4d3RPhDTUwxYhINjPcMDoZPLqm1rABoVZ61B0kjjTsLRZXbeJWAFke6Cq86t2T2XW4qRhdnBdP68yrjJSy2xhN22m8PQsXM+Q61TwZdfaW6OaB6+y554hk2o/2o/vhDQCPhhzJtSM2pBKbQkXBIbbQ6I3ckQsOvSuNQTziLNZJhoj3s5OU1C7jacG8SJ2mTz2lvCR2AV5X+O3H9EhGnDnWzEd7tEdct9NQx1rcP2GdCfNDkBUECyQSN31BvI58ZVWvXJGMpM26D8sdb2Zk/6qM7gxEaaqLyBdK50XSpmoVGUn3+ZUXtMGM+fvKysbtSG9Dyde7FOs+rafcuWbXTMnmdmZc7ZzvajwrEP5JEUXFuLNl/0iCC4lzqFsF7lcCjyKqHyK/80GU52ku5pKmX+tptutdnIdPMU4dJAo0eRW7W7V5Zpl214oK+bdMnc5TDB+3IaiE6Zf5x/oGeWwzMCGIga3Lf3KmZPK7jnOs23Sr8lZ4502LyFQ7+JfpvMeWnfcooiIfiYi8h+EeuLRKOcYHqxnlpWJzr+twpSXti3GcIiMWzUhx9eZTbKoCg28bN5Q2UwriE8CNuhv0Uee5u8k7DtbEG9mUTbhNPiESdkewOFVdn+KPAe9gSB9Xu6HnSQtRELcZB6MXHwmXMrg1HGFFecQjiTCt/mSgSa4whPWKX6JKEARfHerjXBtesfyZHhFtBnQin1y6Oaml7pwd0jcpgBcDiQx+VZne5jbzQ7S6iwWLNxwVVYxWMPZjQVxuX5VUG5fkautT/DFMxNOO4ux17VPDLieWlR+wIRiAjCTRRjJHW7bZCIlJcA5uXIsgB7wQIQ4sKZUWcc2zCDYLs0PfUDrUFILKsXWLrSXl3ja0l8zOIqgDjKv+6sla/Yg9YfL/cx+60fCZWSgX2CtrComEujufEd67zXmbL+09HT9EeXQJHAQCwU6DNIZSM9jTgQP1npR0IgRNn1hKYH4VJj2AgzBpxQYKGFH9DQojuv7vECo5klf3Il+7kOO+8MfglgaUTE1CIIDbzxFibCUFrfR0u4UyOYCnw3WSiPrGzbQKQKd+9rK4PzLcVjEZXkA5Yy7N+JOK647o6Y5sl+m9TctkcAMFLfMVYbS67bBZeYqKTiJzUV8+z3azr+4EmhRs10xdlSPaJioAF4fu31cC8HeBKPdL8T+j+DnG1X1XgPaqF+LkksAszr70FSpxTYxCGt5pOl+wNduNHwr8fw6WxqnXhPBoHyaNvUBgD/UL9pIKSOvrokdizkFO/n1aJRyQj2rf9J+8HURMTeaQSmJavpHvlaYNx4Yk3xhJ/lVCLnrjiFFPx33k93OzlI/EQbSiicRL7/Hj39uIDiIBaXcWXnNKcO0RmCZ0yWWc7oB+x0EaxtjXe+iYkb+PjDDekeWdDNXiJNfmVke5Pb1UeEM0+yjvtyExVsi+dewZkUAGprb6G8e8R/1lx25URE9EF3YTuZwKapC6JZOAQHmpFIRNLnJyw5cq3VRNg0eqcNyeImKyT5SjJGu6TTxOTqqYe3VV/r/K6EsmKqebYuf2Y1YynUV3sB8vOO4aJKshGkO4Z01eJLYiAXTI4LxNkWRo5LgD6p6J8E2JtBCe62U+jIqa2EGSdh8CtFdWR1J+W9bWwm+B1rCgIfegGCxyXdWqHTpSOIyA5oaqtoRWef9V+siX2ep0hTHawEoMMgVkXj7uhs6tIiTSw4iHH1pPCv27CYuivvhBnCsypiaSK7EhIU0xGBAHBKqTtttnfnWnUPLm6tr0vAVS3sKenjMNOv/WnHZeHjWOwMx6bw5CHbuGn3xwWRnVo1hrSsqsI0zRAqWwUSES1BF3DwEG9Fd1ZvdIB/1yey6KXAW01OVBiiaJYRDGoCtx5OJ1+gGsMuxA+T+5myjbmgEAx25k3glWJlhIE3gusG4PdIUhAvE0DHUaHuA2dp5l30R3oD3t/5pujMpACk8ECeDGkbdR3+kOHcJLLME2w/4sUd7VJPUreIRPaQ3/Fzf7UuTdg0z80W+Uzk2cvi7UA8WF3+dDHSjcd6zj1ldP/6WACTqOljSwnF7swiSqVVtWagcOeK/6pGSUp++WEYVElwPQqE5zD18TR55JmsQ55E0HSZtaRuYA3BlGdtpbYTlT7+R2TFsUKmO6y+I2vcGVHArympdJ8Sosh1ODjV9TFFPi8himysIEWGqsXXHWB6Hd3Leum5YXGK4xR31PjPfO1hj04yB+Mo0HUV7LHGz8pSUs7ebg7r4wW3r19bK2DA6weZLqu7Jg5SOZOeexmo+RxtyDrDg+7637jCOM1Ztl7ngYl+7jxjc5Ul9840l9tZlSafOZkgNCOdMpzqFKM2HPv8Gbap44LRQD9floAjlnzSyOS4RWn1JYoPTqPgj3NRt29z+TqwGH4w4liwKu5bc8vtn9tju6w4xYVogUdIspfWVt14O8tyeKvtis7MOuoflSFvufbOcNrhKvEv3FJs2S9g7h+sWEk1tXih6l6Q2Wg+NewvGrKmzUcTRQU8Pl12/BsNgXKtV0SrxjloJtdmrMIFp9HMEvLjhCjODdmsIOgry8r4iKWOWU3nITs6WJOvkK7CJM38wiUv0ASnttX8k2gjHU8/nwEDD1FbQ4Il3RD+c/WDk/NIVEPmQbA2+jxIx1KrQ06lVpxMLQm1LOX6C2A69KpfUnB+BhR01FH40h9am3h+a2Tu4MSRWjmK+6R/OpB30J5z2vMwcEwvKISswFPvcQsxl6UhzXTUmgiGDYFXlTEyFSDUHNg2DGGBzx1kBmmqAunQ9r6SqYiufAUGqgfXSkSIGQ86TPy9nehfUVPSekpt4NBjv8AFfhePL0vgyTTAfjSjLzefMRltV0RqwI/xf95JWLbnVuCNrgFSJPv1JaD7uGlGv/RTyZRuX0zw4o/KLq1kexoP1bBYiplGxxOJ33L2cq5lKbPKUqePp6WnBL66w0qUDicWWV2AXbb0v+IA5rltXnOkU6ulheb7lsBHx91MsBmVTQRV4C3K1Fa+S7sy6wrE6sLxogjmru/Khgpp1QXNzNvMmXD3XbN9R5QpwbF0ccOnCj1ffoxVah09lnUKhHzvi7W+bHUto4Y/Wkkdof7BDxu0XhVscWBp89ihuZo3kL+cSU+6lujGAF/FWZ0LsJGfzNrHn5W4/Fdfez7B7b2sHleh4X419Yg16+yxGujX1vT0RaZReO17MfFFqqlsNqd7XhB7+kR5IerPdUrBbgs0QvdTlS/UcksmagSOHC1WCYJPG0OB5rywOshWvtJiTwizdIozM5v5aBYRMXQKizkkqghs16+m6UookHzI8vkTaZfj7hIzqvXGb4MLgWJCy33SJpkqjVKUDTQBI9rPgsSLlIoiWqM9GcgiSi3EsK3dVmwRxlxhUd2QoNLHCmI2NqtB4pQpVa1hYmYHjWS0UIRzD4ocMTtFyn7ODIjzxwvQSCNAIBCoeSxqxPZ8o9eIXQHSdSKEmym225fXzJRJNZo8K6SlkwpREkTI3MQyfyb22CqQV5tHp3NAyqYmAUnqYoYF0U2CFZ3gcEQFKJdLLQ9LZXey+v15BcQK2sxzn4iNFE4RFkj5jW1pAq7rWrFRW9VgfYSH0vop1yaM2DF/laTm6G87SBnQyV1f0MdE0ifSWodqQqK1SpKbwShueidIxUaNGI4XWTswhLYggwzuPDkTN0Eg1pa3MdxW5XcpUngO+ThoN+mngN4rtSzgvu6qTJU7QuTqfMc15iHvPQoUvwIuLboR2S/l72j8WItsz7cR1TioNVEWg3csrImHc/vFtAurp4zW8P+1MpJPHwtnjcIr/WAlibSzSns5wfPPB8CumNu4bFXfJracjbOcX2wjP60FF3U4UpJeGQiwozukW0aPf8mH2QvhlA6im7xRpSptEq+0vvrAIQIGF/wXNlwqJEFYoQXoyVauG1oODLouaRMV+MY0QXI+9SLxncStcjBV81C22hceEbJLt/ABJ48mrbOzx8AXts6FsLhAwuOGkwQSsoUDcH5BqBAlSYbweeRNe2AsIrrP1xdgjGNhFbcO+GsGsnY6SM2+Xyv1wDzo5N/P3OriP7+LmOCUNQX6PkhkjQS3I2rWT1x4b9kC2JZMh4xb+60ca2RBiZnlhQq4WjiIsSRYviRmOq58++8huPuvPkuezn4XcYzP1VoXcN7S+5ieletKQI96BpU55SyQU2DAh9n93Qtot57u/hjTMyT8rTwCLeXn3fXlIfhJUm+6KQ0/avrdlGfOPp236NYJeZHJb3x8X8Lzrj6JEQBNC8jcEisDEcd/NwU9Ksz59R9HKQtrPYRM0cMBNEh+utj64eHAt0xyQuiN89wgI+hq7eXyWSHz+gKW6b5emqwrxQh8nXJO1gjEkn4Ey6CjGGsOxsLtr2BOMFHNudqqlz1AgIzxvjUcVV6a1KUaZSO8qSy7rUzNHQ5AmLJhnTQowVgHHbnlFRw81rpi0Bg0phtHBTdU7jNh7rE9FGSHd8Uo8UTEMTkTZ1qXXCbGRTEFyNyb6b0nr1EBJuQJTLTxYzpQNz1N1xAS+c5flUx9R0zXpFX2ph9WMuhI2XtkCXTo7PTEwF3WtzD2arcmle6ynkI+21v9MmYln0wkkSDxszF45roa47HuLuX2ODgtv+Kh4zlqOpI8dekS1RbcfUhkcZ1tl+ODRxv5ZesV+2RGYeND6WuO0ujDUnTpx2iFGwr9gM21VkiP/rgnX2XVBoRIanFK5rNQCk5oBabGdDrWbS9lYuY9VslDfLgMp8ocsxlVBVasy/o11sfEnDl0apZs3d3B6l0EU7QZQHGbC9gY1c8hWyDnIGvT78I7M8U2NuZCaLKSamfDhIxsCH+TiBmdQcIpDOfCSgK5JUj/svox5HlZWYXI2ihjm9E2+qHnosnQEYG32mEiNvWzuOkgJqs1LaiYtbAoztTHVBx5h2I+pXFw1k/f95+AS+MP9O++RfHrtNlyBybvThTXLbdzkCpwxjnMxc3QJoPmH5Xr6+HcqbFMPxZItc8trJh7n0l/FSgyZH3lu9YMDbXr/4oDoPndC721eeLSR8/UJ21pW6/itJ6Z7b9dKnVXAHCl8myxmiLVx4mRhzgK4ebb8g0JpYu2XgrAi7p8/Ytd/mR+gdmerNJXxyWJkckuzGyHUXxzm5sTeEOhmliBJGQJELVo3tDN+W2EK6F2/Z5g4179cY6BXmLGge8bWj+aqWcsTxqUEzl/pqC1miGRdXvac/60bJLmHOQAKsrC0fm30TpC+UbYnif2VEgxRznYZQR3Ffaw6WbLX4U2Tv/Nc7k3IPufVSIYjiT69a+y93uOC6usgAe3cuY0pWLupZsUFtt5aACb7k2X4l64ZNU6VcB7r1oujlQiGUwxyAKv9oiaCu1DPmE+Ry0W0UcmbkF7sAa9ZFfVkWz1pfIrden5liyKeyRSB9LK2u0pJKVM2/5huUigztaORgsnYaQF6t8pUSa6BRsaol4Bco5Rhw431bJzOdDrVZqN3fD5htEVgRB8kJZ2c5XcBt+3g375v3hcNdXH16EpDAF9HqV/juqu6RCMmtCNHr0qS+rDt3DOKm5mga45wfMqgaUVsrNgfOgMyLJ0ex+axYn0inHQMpAEaajjxuQOt8amfyvKRfTbfp6j2CE/iAe1acdRyO4zJq8B7d9QcWPb0wE6NAG+3c56AgV8TJyjdHD4UxPoaAQr0Y+na8kunXqGTK9tSZHyNMyF4jcp1jsius5sLC2zUGIo2gZ7+aXrS9dBkZSMFPevFSphHIfMuViCAhr1BbFcgoEoWcnjWbZKctVbR7z888jef7BgOtvDDY/KgZDx8C65tR9HeMKLSmt/wdfs6ik47Mxu70ty04bC9W1MLtIOLpFhrjhXNVSsq0iZorweQwMuL5So4eTalGs9joQDYRJEQ2UroBjzi1e3+CQ1fVYJ5215Fkw4tpbdcRrNyHWoMqwpjX4CBN0hKVNBhspeDGLFiSDL4qEZKi9lgt1Sq2PlOhklnoWpRUOj2sjfs/piXMvfZ+pCSuSMU1IXKVHg09l5dVni6cSb75koR0tp/Rkzz04FH7gzvhndvufKEIWDDP5oJDs2Ab/PFcqyQhVDGV0mn+h7Sl1o2m+YIhNaAVGnNGt1A3d6JDjSWhZqimTbhBL+AWHJgFH6w0ReqVHc2rx9zbpZ7BZR/RvVKTYW71Srsm7kwlJiDW0mDXPd6NXR2DmnfNQsQUF+YRBufq6ph5eSBlrJkuOMkyX3qQRp5KXRjfNMkE52nuo9vlfeBndCNuhLjZOv/vF8V1q0bJIc2mFChnpgDgeazOb55KUIAJyuNuw717tUvudE3KxPoYhTDwefpGoYJiwNmKiS4cwlPle6MbKS081vfhPQt96WhY5iNnWdfCQXGxBssSjlDUoL9OemjhRILg0k3kOLf6MduOV8Mpxfw1NQJiY1B7y/Xi/b38fSDnQ6TZQh1V4n4Sjs2rHX5NLjUpvueT5Bi7o/xwExHnpDe+3Ska3J+AjzPf66Cd39QHowq0xwX34stHbVnmP7Ls8C+vV/2ZVDELI+8qDOFOq2njRdXkF8RUWFhBBQ2EosdU1qijxVTFfxoJtj/6vu4UEXfXWdJHIfZ8ZQviVEH21ZZ4/owCDHlM0fREd9kvmo3ohSiAKavVF/reF4F+aRiu2PQ+LRE8U9eS36D5wpDZPzDtA+zHATjWEvT6/tVlWdAJLOzvUV++vr58S32p8DC0hA0V19IEbSKXp/XVJqtHBjB6PvlU8vdBkejiuj8QORv0RIrhqR9TjQY71HJFFMTswWsZpSFNIEYOQMQLTrzjvT2lPfRbGllbl86ESx39JajDUIYTjDyc96z6RrV0W3mV3TX2WpFRccec+plqk2+1/4y2nYlzj+29Z7hdTD2SdAAb0UgYVelGMdPdLh2TPUBaHDRl2qTC4bhS0IDBNNHN4A7OKFfIiVaQWzPF+V9q0+dnivaBnWBGNgEyojrLkuW3nCq3zbGb9SPAXdJcL+k5Tuaj1+xZbdrBAf5XH2j+yBGT9g034+vk7BdbxvdNSJ1Rbweei8WzOl+7Bir1dFv79ri3gxZ+QUaPwPb0mhCtN3Kuqu8odYu4u7wEEUZvhA3k82dQ0HxKRlkx+wpiWSQzSJS7wptM73mjUbTTfW0Y6WyjbNsBLmdeF6Tqfi5R0BLWah+kGc1jWkZAEfZGIcURQZegcsjp6iKI2kn4Ktt8/NDbbezUMKZpwMKKH5nOIJGSDGW48gQj5+MOqB2hmcjvFEqn1pvLX2+6WbU89t5LaTLTTdEA00trDVca0wb+7kBYXCmy4wRv7bN5DL6OY730q5ZM2v91SGA1u7guFKLfLYHzB1Ljm+E/2FN2LvB0kOD5rVEplxuucAndqpmntX0VLD2G0tYbeOnIMmSjufzuQyBcJ4v1RxyysdguGEr/WOoRccwT1813j8F84ccFRPwWq6qpcdTS1OhyqchT7qhvEZdNm4qYaGjUEgxuaaYt/XIwS86nFQtxVkZNPJypdWSS8cnj6TPD29rMipmyrixflUVuUD5NJGMjItT8r/TuWfSmGlt3C6surO+yEq0IKvTpammGT3H1z25FY6mpNrJfu9s0nRwr0NAI6R6zDWxvFSkbskJP1pCdlcdo7GbrpimHSIuV4ltumg2PiK4+qu0hiYXp97FaHLbzhPR/6per77u1JYn1DhsUBmMvKkMjxX4QfKLB7+1NHOkQBxkd10WNVsgR8kEfpVit7teGidfaZ/EiE6Jdi/R8XZAzhv76TTkOAHBo2ilEPBw39/aqVt2kpLt2evVzgMxyN/jucdozjWVkBwfniNzLfvq/cQBQwTmr8OLNGt0Ma354cXU5E9qLIDT+QcBep3Rv/mslQCfm3NTWfKFxmtAGdS+hQTLEkWXtZRcgASb1XkqEjwblRRrIZTE1jVcvpMFZxL5jpPABnc5Ffnhr8NGVMZVfY0vlx7Z+/TLkDGkqLLtwM2FGcqlSQbuEM/CzjIgvEfh5w4uem1IfCPyb/zx273ZTlUGUBHYI+UV3NEFKa2Ri9xVP0IVOmZUJyozP/9oxtcwoanddRnrdN9Qm1XKdchlGJekyE4VDHFtUgPCSmnyx5it1UKvMQYrl88DJzWJZMJxNrOOTC/vzoi0T37SvBwfCrc1AvpUGuGmLGZis+NzuyAYuPc/2fPdTukQTfizuvUov+L+6giXeNFZ/1bDGrjNgaK417KnyfkOOHXw5jwJ221gNomExuYhUUEiQqqXU0nskxvTKyyxqp9getS+xTlbX6w9tx8IpqcokEEjlK/ti4qGxgEAVJi5X47i7X+o9W6adt43HmF+KbxRsRLcSLRiHopBo0Y1TU7YrRgZwSQDdteUyi/3RddBv2U0/Ylx7BxmyjVJFYO8O4SvEt83WaxSAALSUNGaZpi35aVHgpzUnsYt4JfiCRJ6AP9lUK79MGn3O4UtWKaz01kACfFr7kd6weFA57DND0aU5OdjURbyliqj8FgS74CbmUeQYrsywegE2pd7dNX1k48vJKSSlhin22Fgin4X6qVI9bXeFeDYoNRVnldZXn1AFjpgC/Y6wqinJLw3tL3aP2bNJ7ECfeSJ3uxQK/9+sIk2SlSzBxiXzUgMqhyUEoR8tMuDMVbEcJyGPyfoaqJeTPIXEhxvqhK2ApHOQOkyVVs8am9JHXnD2gYTgP0c29GCyUx5V9OGQ/RZYASRxJ9C1Umoq1R7LCVmSlcrknOF0VY80SaQ3h786EVxGYmUrpTwWVNnOV7UEWOTM+lRmIfv01Il2qS5kFFb615e7NF/dIle2hRBS8BElosVU1z66/a6d7tbqP4xlYcUp6ainpFg3MttYys8ct7uRBgUXhQcbjtlsOPvdItpU39pzhFDf/pVpr0u83wIzpWp+8edciUVJPG3GO3jCLZj7fyyVlIhNlOmUgeZBx0cL/Rfyv2Z1Cx7OEmNvhiPJdAcizV3wwAW4aG9kKEfk6LQmNL1DOZrTwTaV7egZ+8RIWu0LExJP/IkZUiwKDRvDrQee9r/OC7pluWer4kqN8bJucYzjQRH3Vcz5ZdPB77f88+V4abdqwVXwHzy0C8jGKN2Rl2RnbBVkEGhL/EqgG2wwsMDgA9tfsRla7swJGSxjvqmMiPxUcpkRTgHYr+4752usLH4TzMhzSivZJz13OpClcf5JAvK+4oDJ5nyx937HuKFfrR/YkCMYypiOHDO4OZ+sJW8mYnwqS2yOePn8Yruz5GACk8m0YviH/7iUQuAbWHUBeWxhjKNwbDc3Rtr0H3+ia4ty0e3X2J8y6Glyf3UYGgF52bWoEz9+OCy8DEXTO1EwCEIuKsioQKDSsyWkxSNO8tKM4Qs7ecHAyit83V9IJfsmzAdvkfKnbzxGuRJlw2JeK7lYwCoaaiOYLf/QnNY6YqjZrXTt81hXlgrP/iz653mqRzf7UwbM8wyZefbvYMY837E0mP0ZDZnn2UBLNbP9TeRWcgQ=",
"reduce-request-DIHBVk1r-lf8h73yC.cjs": "G4cGIIyE3GTqD7RBHGSlzmqrqTbKg04GjdsgdI9kswIkJ/wBYvJ7J0JL/uUl7DEtCAVGV7Wyi3jeKph2ejBElSobS8Hz1E4A0aJQUaxuKvWoWJtCcTSwuc7+y+2NR52Xqb/x5hPDlJR4yokSMXmBrgDzYPVr2YZvwGM0JORHlG8X01ZO4lH+JFXuqDVnqFUoTNxtlvNV4SR5jXBmVka//F2dDRX/vxZfC1Uy+bc3D1ZCrBxNqDfwV3vSFFXUPyY0bPj/vGFFs+quqUO48UdTYKOdfy04/f8V6n4lJZNoxwpCJ/kMprh4TBcmciSnE/ejUXAzYCD0Akg13ugYbw+ByrZPYhb1iJCZBi/QA1gSmyXhpEAhs3WAkVUHAkweUf8DMLmX50rjd0YXECaYJzWAlQKCRriBvD07+wMCLJI9k1ilNffiJB21MOycYVlJUG95SDj2wSxwgzl4ZiddVI4KyfwT5KYPdQxBWLN4BC6rwSYznkHbb1j6m01wTlVXqKHsqcOeIdl9OoEIj44P8LryqePvpqAP/vi3yImLAmMIXt7yPC/QmoKMFpD7U99sjSGQmxPpw9lmFTfdjsCs2Qj+f7MPQJqUrHixX3ZnxQIz7QdpGJNU+kIYwIpZqaLyKYE8Q2VrOae/ROCERYnqQoBFUQSE+mtZzRI2wMShZT2qYVYuIOSqKt+oTo9GJhzxO3V2KV/eoVSvd3T6bm7QUi07L61cjjroWUqTZdCjzdeq2BGaSFEQd4KXuTtWtSUq7h1N6JJJ8Xn4dj6P377+ekANRzTh+hWf6ItnRyleVeVkEUtNza6pSl6msB4zsr3IwdnNndjbEiZesXCWzBeYN1lScG2SRNroFNok0IqyaziWIWrvAVh1Yz8+L0PO3m/LLhhu",
"replay-op-BL-ZxjYJ-BWTPWyFm.cjs": "G9dHEZWrGoAeCrQjvEyxV3Vl28GkblqnMFPsRFpX/mQYzCMnvTLfbFw8+kajKS9mgwnNCElm/W9q2W9TvcGJf4dwyHAx25ZD1IC8cFnBfN0Grym6xls6ndZYJSVcIF8VhKlAgZfta16hr6H49bAtbZCeFp9KbCtVjj7kvSJiaS/ipQBi5VKxnqAzbLkE4dC+M161kbJu8qcJ1DGVHf5WnTJ1Smj3BjSUNJUqCS/+l2lmXbakT+9OLgsVBqpceO//fsVpzECcAXZFALtnljxjbHdjsAuQlIQzxoQydouRjE8VKspVDJVGVCi3DSiimoHfteeoLPv03faadEdHERUB0XmuDzoXtdPfMdy/B35+tQfoZ4M/RX0oJL8+RLJ8tY+nkNjoBqlEBn5daLz8e7nJNxckLPg7gdO4FoVZbvveLXNDDuj/L7tZNg/ql6aZ1g4/gtfjxWlci7WePT89/7W9H6/d1/lHow2H06f/CDr4Oo1rASPZWmnPTkM1/N7JCyzaR6d58LofOmcetvndwnGcxjVBdNc0lLsNzMzJihl+dOonbfesfuze6O84TuNaFKPuvBG+k4vvnZ3xfL0vcDLMt9H5aPuaeAXo4fJ9+57w69PWuvXNXdSuzB2d5uGBXh/UKALze6o4jZfiGCd6fDo3HtPNPTj0Qlau2dsjUSBwOG7gc/7jezzuhZI/HoGKxsdF0Kr4/Y9D4WFhW88T9U+3Toofs+vvQ90rj15aEn/81BvN2VSFf0h3zNzGHWdXk5gh++yBv7s6D00vyUZDXbN2HpHu4wUU8WocNVkY6n2uZ3KU5AEPxEB6GWyJRNX2T5DChWrQ43rmR6IkdaGowNb/sQZwIuYGwgygb1s8JnSImeaQv79ux1GObzOCXUK5kbhoF1DyuEAq5QQ0WodKluXuUGsOw/s+auuri37Z4cT0DlOUa41r2ioGS0WCAgzRurN6H1ClgrTMOG9SeJpEKjpRIlxogV08FGm/A9X5aS9WODtrANnG296WglJZhdbDXh7I4xhV/zWpJN73jlOCd14/4zy5ei8Uu2XpypNT90fi+6CiEoW88f4CXzHLzmAhiZfjGHAExp0ZZuU8C2LVliZTSHf7C0irDHBSPrb8C63p0g4mrP+H8MZpTNi0xkXFAwXHaPPORAtwQOXzBRAjak0BE3ZFhEAyePR1t4yyYPvEt4eU8OzVia1W8e0dyCMbeta8Gzpv7Hj8tmOgAvCSFbFL+RFbYRx8904UM1LelJjsSwtPAB33oSi8uIoKalDKpcqyO3cCMC0iP9vDBSLnP/O1Z/y7EJ9dUJYFbhoYuKXb8nlLoNrl5aeeN+AZIfxWKcOb0FVuJZlBQm4hzxn2JR/HsqFOU1DAbTkNyxQxm6OIgjWie5FtXhSOxKCB8H2fB6Hr8P/PBAS2TXr2F7QnoNfOl+ccqJ8yqfvZ/DUQ4oAhmm2ZCsf5eWt1cIhr96mGTUetK4zmH+PfkMGXhPhUp8gLUCSVkkkdut95M3CsIxB4CRxlgaw7H8lzUoiZNhA9yTQJIjKxBR341ANRCehSvU4pETZkhSJse5rqMgxDjHoiaec373P8VffTYzOHI8XkLzfzy2/DJ9V81xq1kRDBMmTN+2wKgvRR6zpxkGrRDbq3pfEbVuKIwWEpDqzSaAUqGOYDqK0DmPZpEDYgi/PktVKAMOJ6Rh6QQQigB9muASAF1sFdvuUIeRXh2ISJkNBmtpxwTirG3X1N0dJPIxZyi+X33GQyFf2yBnsXCfILZ63FelmhBmyTXDW0isT+EeojXCpBXX8yWWyoBsJjZOvEoBUY/5FPs5LoWz19G2KYkRq/QuoKtW12dRuDozgx4Ue9ky5AMnTu/ADZmCe/X7qmH2jr3D4lvJ9jQ0nORuwey+CCZ/smQw1rg/qNRNYTfwftrw78ZRqzjRtAc5Q6FCMRG+qZwsysZQdCTf/RW5fUoA59M8aySI+wkajndslstfouwIQ+1pBvWI3lbjTkaV6TvWTUu0GRLwoMDOuBlSnWCHiPRqPtlf47AXvu6H5Czd8ABbV7h+8NsjdIUfzuLYQ12uncpt8pO/SMM4MHbhsqleBCuj4gx3cbm0PeIgRu/xXeyMo9nkhfRivBvjO4e7L5XO21K1booCkIxuP53Lsdm5TDvZsqQYOZJuOyZmNNL+tLY8yLfIo214AUcUel/DrRXnk0csIvVy2icf91JyQ5dVMupi13z971Tca7RE32qiveRNB6HWI/ynh/AQKOG/rvCwUogws5fIHtfkqHNHAfp3ZidXnMY7a1P2MypyoNFilrGcSLkuIieC3dFrQ5BirQuozNlM7ZOFvyAmqHC8XdU48UpYsjNdKckKOTuhJ6qR/FEU2xr0shi5fy7xQrll6ycjFRb16otOz/hrI8p7f+n3QgvdrI9pkdbLYfhwTRfbOxF8031lEVyPvjGuJXneqj/V6TiaZG1f0ZXWfWY7eVUK1UQOpNsKSUiosNx0Z9e2kg+OIc+uQ/DI8vYdXaYQNCbrobPa/MFDV2v7wgU80+N0ibpHXLyMIPtGHTYbpxEnyVKOHpSjUcbMNljvgYiHkiiMak26j6tCXLU1kr/BCakQE86mVGYtPmLvVEnaVVv6F7vCryPkxE8AeRlNH/5Rg3sDIcXNmEk5zZG3nz1po/ZMIy+jdIgQd+NXB4FE3U2BZbRbHK7O55fYTEgZNU85r7NQ2rkaXQxL9PgZoSEjtndec73uV8eyLyXYIrTLEwIhYvh4dPUfB6OZCVMXBhnhCm1nuMbXErsvhLDP3Uv3+AVoR+kskMcSHfumNvG5N+yA4NwBKNQRe2QqiFEk2B6Lkf+2zE6xv2yl5vTgTs27utVxPFIW2Yd2hmAkrxGxSRfsDhhqcqw5Z2byj5xeZU61iSvUvFGj+JEFem/HpTVCzEo+hdTNlkXZMWx8zqRb5CjnpPcIzIgdG+IewsMbxE53SodqW/b8u0A2SXoQAmmNEAC8V2NPjwES9l1uIcsHZwZyf0iJlbQUSE+xoVydfrsdnLuRkTVrznPGsGmTj7WRdZN4rkPvujGHHJIxyhFUGYmMzm5OVGPdomZEhozHdg6KmjNaCoWcknNvJy5kJYcRgo+APxztOryMNU+NvHbyOwYvrBDO1CJspVY2WlmSqt/VfO2Ck6JDtCcj5x6WVCCBm9hvt9DMYjCwUpuSdgti2zuBJG/4mP2MwXcJ7NsCYzNlo0ZJBQuVRmkrTvwi3PTvq8iwZzRCNgoDlvB+vCrK8RUG1aDQDoCqdMb0RAsS+wpuUxcPvJzYTdQUYLlnwu5O1qBYq2C0yQ1SEZ0s/sn6MSvIeSKRBBTYN+iT2AyCYl3ZUKMVPELEpqAz3dQq9PaJPUhFLm5IVUlc56dEvSuVSWx4ugud82gUldK649zRXhaSJeBaj+bQisJtiJFSbOGnJ3CY5PzQtqLp2TJYsl+qKcdHdfxGr/C8VbprQYmRHo8Yh32I9nX3VEnETof/UO5P0Jern2H9IdvZQiVSTV+PoUuvKNikLQFrH99cItB9EK+/hGrGShWscvPnjh+uS7sVRrslU9Knl19yL+bByY9dNUL4bJ55DyEurOHcfQD51DKGmKxW3Qy/6VFF2kEFr2wvr2+iODkStAHxTBLKZSPSazTbkXE2Zxt4sTuL2TTdPYohU01i+UegqhdLdDBCgRRYkXScjgthapFGqVsBQGszmsCJWxfG6+vUAiNGke2MYbNFkzgBOQNZTZ6jnCr4FLDzveyNgEMBIWMSJyBsLFhEj0ml9GqwYNIlWwlSAfrkTAZsl7DL0d3zdFYkhiZxKeeSZQnRsr/oDzFYN+Lr+5KxwFWg0ujVb0BXZahbPFnGYWVSqBXSyi6glw1SodQ5f22mC7Vt6qHHCaFxc/S31Q6ss4JnfPi8fp/3T39fmZ67kt+PsD9qCViQFbw/GKBLnKzK2Idk2gW2OhJGAgBAFV+pkt54HgQqvwDlGmgJP9RRR15j/ytuIdgSIHC4kBYXvslAtCXPNM/sPYKDjhmf27615qgzX7ckO0r7vfP2awlB97lyDjXYb0e7ODeJFmqw6+m0tG6EJNUh4wgFTI//FZ7BaZ1OWwzCh3dHlo8f6a55nTCGTRAhBPlH32/ueqHGPvpEfL84RhFb89gkWPCM4rjh+7SpE7RGsvckgEm7cCdXLHTKI+DM0i4VIWFl7IFujS+yV/6a9eRVoWf2nwNZKPpZQaUp1rme2sVRdHXZw+EkZ60Exn7VOTC5lvokH1OgMiUFNpe7FUb7CYVdvULYPxFngPi/eimYZs0XX00ka3lop8N/lR5Sp/yXVszi6/eUQLXNfWxTRZi+mD9C2hhHpcOWE4/KI1cYfsAJIsxWVJY2kNa66mPDSAPRg1E3qRq4v6WbGSO5aYTmy5hJl6dw6FVJibZ0T2mXEQeRfq0HoALDjeafKneGZ/EUEtVe7+3/qXWiG8z8c8l72kB/AqyG5pyLdEqwmqi8nAa44IZ6zNZQMBi8jD8mGgHiK0PusnbCxZciVkWLX+SZOKPq/0iZKzjRj6UixOyE398M718y9lqMraYfVwCOG5VAv6zMjXsnhLCuy4ldbF/GAnuPGR9kRn1ieh3SaeDBZ/dRpNmk7yq3cDq5TGXRiPTE8svF8V+PWasqnWGCpuciwhyZHKbre/CCpmeNjIEyWsFqVuzuUUhfKsfFyoDzSPiVYw5HWmyv6f6oxzGxZoRvzv8LNcjCXb8m61Ntwofrvj21+PB1lwErZC3d0VEcVaTnjP4n7YnXkWWp4gZ6yYXZNjcEwM6bdBgwVcEDY7Aicix7AZw0DJxWxJzor00gOt8mtWHUKxXLc/C7kKxuyBiJDztUxYYR8P4iPHFhjWx9ecY0/b8nngcQK9oYD9jznGFpopkjba20ugZh2JPAcnyS/KNJ2V7xEW0cJIrLDZ1fPNeOlGrOLL+n0Oe7TrO1mqspXBhQy/dMO5O4wQ8TWGv9WGPtXnPSAQ0hAGKz0PhWbM9J4TWCI9EQVz9B2CNPZKWHUM7+XCTZ9EVqGlITXK6+0KuI9ckM4rcHCXCQf8Lcqwnwc1vL7B1cgM6GVRMg3itEMLBIskq5tXrICJ9a86gnIJrooFbFpesw7WHd5KBZgbD2Kq5bPudNwWi2kp1aqCRsbuszXPazFBjbl0vBGpwp/dClaDTCeQt4ve4tKL2faQfnS9OW6t0PmHAWwA0c09c5mH6mFv+Nwo5aMJ2N8brzM6MFwUe09UYxYmvRJCeV8HhHKxDeZVlM2SQs+iGUpenoYCyGKTVfGtaPF4IW/KTinRY3ZyGvb0+9trZou+Tuv3H1tbXdOAr6i7SeOSeXYBTOs95zkeIh32WIi2zNw+aRiTyX2M+dcAP8Wz4oXwihLPhSdFJbLy91aJIth5vR3LrAN5bmBShIGZ6ZcdVeUKYBt8NnzEX1mnaMvZuvnY/M2LnbdN4wpftWZTWrdWNW2/ZmYOVE1YCWMm8HBqXuCNEt8V+XOdulygtRhyJH3iP6v/oHIlRylURECMaOR+86vejYcjadgRE0YgZVWSHvM56KfYCZeNpE6ZohN+57vxPAmqRpqJtI6NCiD7PJLUiWheths19O8WpnmJPT7D/0YonO3+YidBrL/6FVfnuIdx/NvhroV7H1+mggH5E//5l6hI4dJbTQvq2V9iOEVb+0sU0OPTt/8SoukYgAUMpu6kiUPaLtDXZfPytHocJRHI9uVZhWyud9qFH2Fr/ybcXA700xDlqWv3F8H8IBf2pEQZ0g0q7QQz30Q4BGjKJnTH8EPUXc51xlHLWoMBzEwIvy5i2xE+FVg22PHYUGAqVDHoreKNky71U587hpN4xhlVdwFt2iOv4FELbZyzOiTxfRE7IZTZD4c2WGM0SZyZxuo4eXnUd1tTb7F9sVh0BDT75THdXR/gdjxVUwLJEcSGy63iORU9q2OQ8XTch/MQg71/cMEYdF9a7gTbE/G7tLGG9Y139Hgqb18peoVKZjYCwvQ5izt6Qh/LmjKdeXeD/rga7opofHcMKSlT2FN9NFjReEP8AUIJGdYCftKAxAjJYmdmpdtelPH2d9tClElZ4xN0rZKoyU6tvJexZP+lFR3dqEm+3Ni44w7tzDLn3JJr3TFH6yGpHoiJmiJZaBe3Qlo3az59zrIH6qk1j0c4ZK81ZyanixHqNwwGP/Lecpr8jPUssp0+84LtQW5un/+pO8ZgOCYAODqS22emXhBTRgxVHMamYHBB7UWmZl4SfLj7Fl2uadaD09C9idEApXtMtTzBT33sgx5lqP6l2s8zssfGe4Vts3Q83TYiHfeP4MOj0ecxkOWcdJnscOBENn9Gq4083M5hVFXTpbAzu6mFBVkgs43PxGEapJpNvcqy43ST2JyKyBD9HWi1qBfIeWiZRxGnD5KCeC0GxOcr9CBWU3OLTdUqFgHT0+6mw05vMBmppUZNI1ttRP0geXYihmGhjHYZt1O1SgYbNVFaPDyDFC6BKtV5d+bqvoSuKcgkYYMRjjqSs3rO64eQe1vA+uQCHCxrsKTBZw0Ci3VgQC2pUS9mS4Jn3VE8unhAIchUrLOVOaFb/HN+TLaUqDpdnPdLfnovDZ859NuK8BaUrDdq7uxPgDAnYEUmR7FCkbPGqdJ3gVVTeNs/L3uKY9VhWHSgmUBFdjKpIs7tzKIBRSdbIylohIeZoZ6EocGeN+tyom/+4EJ7A5YMpCMUcbiC7MzYjV8qV5s9TCkeT8Rd7J6Nc0/XqEVL7z5lpY7g1cGGeB2r6XKuvMR4fzsBhMz90phNbK4Gm7jlNLjBGH20GbUqaTy34HKi4ts1RqJtCJb3mKB/2afOSXtCpuPIs+Wn22Gd1EN46Sxg82TtLOOlLt8c0QeUejERq/dXRU4VKTG15wafE+UreSR8neTCpUiLlFm7jcOcwg+RY2uXvGJ5mcUSyXgt0GB8iQ2W3DUyPktpbx8TNAYRaFuu0KhCWLzkNKtAmpYYuW+eM9KTkTkch0RFoVKZ4pPEfRyZZAUQcLRfXXWuyIOfMJv7m9CdWwlTBzggsP+SnE5xvLcLGfAYxgBk90D+XlXyIFmCK561jrlsYCsQObiE5/g2i6RR/G4EiYvtKX+A1PTm9Z6sBsX18BT+2IjDAdXulQKmTc1kERtXWuc9bUgIXEfOUCz1rNXJRxXXdBnWfMg7s6H8oAsffKbHu95L/crlHXGXXzc2efWtnzUSMxSuKM9afXwczOernsYPOc9cc30k3vXIs8BIdRi4SdXtaqwi3RvUKV0Qg9Hr0mtjPUw1xLuPWMBpOpCKMGNCOQg0GyPBsQ08rtker1cSo4ox/8k8OnzUo+Mrxfo0EGwt",
"rolldown-runtime-twds-ZHy-BMAduAl_.cjs": "G3cDACwKbLcVjcmAZsEgodwNV8Tw8UtLes3tMuWdeofmByf4UvkhPVl+K3+IUjQbCUWHsrH+klYFQxNsF6SzPOnGdvfHvdMANMM3/5hla9EaSzDRuGsBb0fk4ERUt3ryOs3uX9QR5WBBcf4KrIcvj5RayIzwDOZFCKgFIoCODByzwNdRMIKdv+f0hMUVrzd+XyZicXjdOjzJkul4QC0Kuz7s0VHhpSknEIHBSUdxPq7n1MofkU+OchCWhrDPnK/1XlCrz6P+VtTkURjRI8fAIrgTOnPApXVr1c9mQU/UujgVprxv/ZX00fTyQiB4lP3HNf9d4T9G4zUru6iTxE4cu+nm6m/TzBqUtNQ755ZQ0ZbWhh6tpjJVArdDY1HTagmCXiwq9T135g+lfbJG2bq6ccN7N8nIVxFWHEWuGraqtmeAyit0JLxJx/N4KZXlxSkp18KBz0zSR42p+EUNSASfhyJyOREYu4jhyCArAYGQ9u5gioNPcs/IglTsMMFPOnJspcx/sD2tXd2bSPaFKE/run98iVf/AGVs9ApaOk3Y9DpvHg9ftfS0ayO7q8tmwWEO2m14ZR5lvUoCuvg/sQA=",
"run-on-session-BmTsFgI_-BmSK5Y_R.cjs": "G2QVABwHbiw3w+ElIQt56/+l6l2X07e6wA+Q024pZElZS10DFAvbePBVQMkGFY9DWuiUZvvB0iAKPT79/5bvbKjCCQ4KlX/fu29OdnayabXMNkopwiCRAVmqQzokWvEYrvIiv9QhoiCycvu3JZMHSEi/GuPh95NPc3uzvRyBpJRfruoAHSQ9XOb/hlfLSd3O9j6K8TyktAiazMriFQpnV+W7e1zUU4SJcBf4Zf7xvKpnb67+Xx5AJlAmoPnzys9PD8vy0w/9ZNDL/FPw6nTtw8e10MMn9b3KkmtXO998rO78V75e4Jd58+vVuF58vHr7rdX8mFDYKVY4u6oO+q/x5/7VQcM28fP8Mj/JT/udctQv925Dkz3T7vpFs28mP3xGVi3cX89aG2Lme8fRccx/urP6Evamh0qs5iGZ4XD+8Y2NA79ccQDQLMGmHPmC5zDYdu9UuvFVWBd99zBLNHr6vKjOzr+oPisfVAeHZ19ASq3YhDH4KsAEzKI4dNh2xHam0ZniHLuwPbp4duPEoEZ4osKPaM4dN67bdkOnRRpVujFC6WzTXwiwW9eqPjlVCB+FJkAD5ckhGeItb/ziOAI6sDFn4wyzm2fWxSSw5k2yIBT0QeINa38IoZRxSF+3JE7KXhWsaCd0965HkC8lyUQTnoNnGKcB/Nke+nJpifGewkOCELzzgH3HhA31UaYAxBBvwaTpHk4prYiBznARDm/tzA03t4vaXWOoBDxhQINgw4RhnEC6O+alpIUFkE1HwoADCVbXyEE5dqJbZhlEIU26EGSvD9CUqhZyllaVifQs9DD1ZSqAyAKMS16TneonAFoZ8O7DdnVqMocdqE9S1WLxRICvA5fJZWG1QBx5t4wuFwkhuujEBH3RKO3Qz2nPncY8pQ4rnX7de0/TIQkkTfUGNsI550sSJtqDw8Zy2fStAdswN0UX+vVX+8AEhHiDScwP2JxsqLJQPEXFdkpNoAhbQoKurlLNQgXlncpR62dKGelYl50zy8Zdg/xf9mm4SJ6oAELVl+yGQcjbCAKlBcs4aBMgJ60KyUiVscHvbuDTmaaxKeMJbvqP/sGQByiFOPN4w0B1KpYgUmm8rexEWEuMfv4QCRSWwScgfQosyvQdVNMiCiRBQA2tmt7XPD6CX0gzRZNIai7ZFiQ8hqcmKkOexAjoqR0cyuINTbhDoewxgvCnyDT/gm7VrKIHG8UvDUWMtYAonbalR1muOSrc2EdcOqMrEOGHC2NSrWM7GtNEnqH1Z315k2k7kLYBb6DriL0NzF2so6yE0aW5bYonLEDQa2+m9TF6n24lZsdnkD4WcrVQcN6piErazk7VFPxAft2OpqjFBDFRIllF/D3pfHJCCl01Boe4mLJWqiucQWtN7vsW5g5kIWr/M3Ky4L1P+mBoe4kJyngLAQF44qZ6vl44GGuXe5bVBWPIsd3nNuHhCXIP4E09p8FSATl7ikrMg17yogRA5YjtJduEUJD39IS8TwItHTKAQAzBMz80X9Jab2FDS1+16UlnfAiyeRTQARl4zBjSMA00TVlsGA7FJZC8Qn0jQbFNyJ6WA3cQmK+BdVl6PZ1ICnHlMwnHTGYTpKL6dLXuHTSnaexyM97RL2FFVxwHsGPqKNaiadadQeyChzT7EHwiCWitKNMqKbhZgCXEZIMWH+HqbO60JQ7ZGHQ+T6Mj7vnZjxtHTNqBDvMNBbD6oFivoppypHfn+f4nJHRmzKywZRo/DQzSVdrfkThMmgYvBrbZVso+QFMa+J2a6RGRVRRRzYXbiWOtqFydTU3tnqTw1VYtn7LDHIEdGH06h+JjIlTWl96Bddc+jR9VmWR8jieeDqSq4eClDEh0XhnHW5CfXPRuqV4X2KI5VLqBAq5fQKpKoABlqZzzJHdApCPC946M4y2xhigVJcOhQaP9zXIXXs06vCGoysiZICWG4IhdixOJzVaxgjBtiLB+9WrQrCg4BMgRVU8l4ZkV4Z+4Crj1AMecoSlOkRH19Gf16zjvJBviVbEzSShDWWgBigqFnKKsAix98k3SluaUGSE0EWMkPxjOlxgFMjzJHhiiZUxx/RJtJP2vSK5n0+7qWEa88KIZTNIAwpBApQceLNm9D08iQNuHN9sw4+inLuzk35B1TC3AyCY4d6P/6PDGAD3sDd8E5VjI5nWH+nzW7U1HGoRaIhckh3rPVNixt1PJhITROx0oQMrkiWBgFbCiY9VzvlrWaN9lc1OqPp0oTqB0vu4S0gO8GiHtkGEXotTTk2w082hZUPPWh1opy97UUwNGMhMuaqTFRX/DpyM5HAY+3oRo/IinmRzhzN9Bi24gBOp8otpBZh7nOK+I40DOaNSHhtBmivaoFs0yeoVBEwTOfrDPRjtt+JmgX6YU8r275W/Lw2ll2zxyYJkvJDVCJxrghoxrLyHp2nauYn4FJKeOIg==",
"sdk-dld5rvyo.cjs": "mxJBEiV4siG62wYTPTW36eccYNOBb/mya3ityiM12IKSbipHd7KlzExHu8In3q4RzXQuXCRs/00FqKpZR8cYNegHalaFUPcKYfAmOjo5VBO7zYPYT9q46MIaJm6Qj4lw4fC1j0QicdULwyBm4miBjkJPMeTogy6OJld8ljCWC8Oj/dSxkX92badSKMaNinWwMQfqQiv47IJKa49Lk0chf+71HgNu61RSCce93oZLrQkfSQoqN6VrKfaMEeAwUvn/QHxI3Avnphup/6sNseUL8BGlfIiFuxjvgoupUFRXuta0/uIJxIlOa8J+57wgwPfIuHe77f8kK5AASFFXcYtICm1odUc6Rtz2eJJyoNC7zpXlaHxi7ucgaMvlqmvSb9gb9p3h8dQpyZe+ZfsEXyk5Gv+wLev/fG37/72b1bxokTR/UhY4l7Q24wiDYg0heQ7Qk2tfuo2N2np7KCTbY5XKJ8zHnTnuSlAhit9P/Ro1SQHwAkYWiNTr96tX1a9fh84MLpVpjaOcOiTb1IhAmts+9I2JexzsQnCj/5gt6zy+nB4KKSwQMq6q3qgwZNl6XcGxvxeMEix5tBTpFtWH43XgbS1ev0ZF/sCj+Ayn5MCKCtUcpaZW6rLq95PoNmAOdKkKzY/OZtkPekDBl07yeQh6sio1czfd8Ky+jEDO0gBS9GHlegEzUdV2LxPShYSkcSAJkdaX0qa3lc58rxqmH5btVVLTaeVouRIAyTu6TFO69E1pdYtf/bLyXz9fGfIhsIH2caLY7Tk06+3du7vtewIhEjBW1aOcLyXERAj6r1Kzuy6nljw0ILTG3WQNZd0bMDfqi03kRHXVIHoNvL+MtN+m+m3AuE6XqrY9KATmHoOkvY3/+r5Z/evn60AdjMj0JTWPJ7VpTT07tV2vLbumG3AMkrGubU6pTMOXTkcLSCcHrKfD7bU4K6HWZTbr9cU9B11xGVs2sIkqjuLM6ZkbmFNTQ7eNCcqBKCQyh+L/Z1/PfbzW/2qtOl1Hw7YyJOhtIXxk9XKZddWY+g9B+dOYnyCToiuUw+0yliv19V3hFqRNLxdufcYFjpJ0NCn17TfeYPMKKpHg/39vpn3dPpUUJX1vJpNuP2tS5n8/a2MnIx/nnH13ZcR7LxYREUBVAkj8n4a5xExSq5mUuFZJpX/Oue8FIgJICkAmVUiQqkWyVKsptSP1rVVVOz8bGz/0a96jUYI1Edu4kTejHrb/vW+vvaUMtLImS+T5R/K58Uk4OHuvu2ZeuxLwjES4b2C+MWabc87tfg8AHx5ADsAxnxw5fhnrU5WCSFGgUpAo9FF+uxtTBXLkfCpfuTIFQSL4N6YTWhcIYzqEQSN8V9qd3HEeYTDGfPmAj/4q9eMA8p+jq1Y3x0kS2n4924LBYAAD7PnfOdJe8pse0eb2PKu2/oCNnJBT68/P5RAgzQDAAhk3Fob9lAA0Vs7/3t9nX271EJlAlo9soWXpnr3vipESIqpLUkOp1FR/gEzAszadl6lUSqXiDzTAYLY1rkFkOufe9zoif/0/AOCN4Xnj9+9bWaWiq2cJYUdn0goS5xJV1MpnZu8uwtlpZJCzyIzIJsjCsKqhzK6ZPffvPxyAh2eiJiKB7kkAQwjVZlUuryastGfFFbVIzHBpCdVmzf/pfwLAsixh3O/6T1plgY1QjzQjbSso6QRB2W9PcEzc1ysAKKEg/zAMYEV4bUujXG9RA0gJQqORvMkNWG0twUYDxohKa5YlvcfntjH0/9vZba+23V0LIYQQAqi1ivYvQ0V7nHPbbTFHgBB8EwweVFsil7zPV7p7ZSSk0ohuY5XfI8LMEJKgngsk2mpd6AIum0mFPh6Mm1g3sVlDC20XCsxcE1t+flmWn+Q2SfW/USI5jmVb/2IWECzLAjaQu+98kWU+beaTttvMsduAbww4HLYsPcVizKya5K/kvigiZaXdojuIb7Xf6zgtfdp8NccFuPVNFHGJxZia8V1mdCkgjmekPEcipPD/7KfOk7QK7VcRBy8LNFuv8XOovtzayW6kBo7HwbZN1h8JgIFuqcoTal+CGIFDllrnNCRpbOLb1kij50UIBHpmap9M/a7g/JYyczFCFUS32r7VLaNSS9Kd1Oc4cdvbZYDhESDeASHfj7Vv7dgjMN/bjEuBcRhAKvgkz7+/mxtt5APhTfhNuL6M5bvmH3NSZLcRbZXXJLQ3+aBtBg67MU4/XcvjNUyrcjaazcWyXXVjC4QA8TTP1wLWjzH9uuwlW369ktBEg6homAGZxzKW74917KB96z9ajUgQkIYjeOFbbH7Tb2cGa4a3PbLk5bW3/Jd26HayR78eUhWSPS5JImL9b1jrv5zR+f5etOrZIUDYtpA2zT0QRXAabujyS8wRmIpzB7TACtcFy7EdNeU6fDEa0/7H3IT3x7TfAmsjSjkxibiUNVQrZM/25lOBX2lqV0lED6kqE1XYD7Abx+3eLXuR3LJk8hYB+cdpmnbGGzZel3Z9P7rhJrD552SeQyl1t3d3sP0htTsvs0c+/E58XdkQsWka7/5DhK0cL8f39imh7E85pc7Q9Et39/bvPCAN/KBV/30bKgyX0c0nHrqWw/8iWr+N6WSHPyTSZq9LdkJh6KxNdxbEBUlF8sxovSf0dY/yKtBXrQ+EBPERs3/WQBUYnjO+nfKCwILf9iO3nVwL9I20vPyDQcfUEzOFERm2LdqmizcTHXD6pcXvY8qLTlkWeSDihc0LJwsWIvOqLAzuhhSCfAeLTcF99fWC6LAUIqO71TFkzHE0dTeuguBhxZJsfViopbTWoPlYSYqop820dCPFRc7cVFifJJjE2Pua7UprCKgvsxqJ0X+xw53hsWjX3vLw2X+OgvAURt/H8/SfKIa0F11wmD/PDG9mKaI0i0vG4XN7yYRFc+x1GP5dJjViuVhyfq3m4pStsHNEUuEAIxCBo4hdjZMqKvPOESfZpZidhWyZKzODtUGNrbk5dx6N62huQQUHRyj9iltAdHnDkHwZbvHNPk/+Xa6CDQfWpuCYmL2mziUjnC31bzQtXNvlQObFw5KF7s4DQFtdFhNqKLvDg68cm7CtP3Mg4n7KCByyPsybyhqGmOwIaeN2J1e5qlfN7mykTdbsyu0PPt2uAj9bDyrovcYy8mPFE1g6KeJFqyi3PAKerdYWr5klhQfSCsNea92I3ZvGbgYHAMsAD1SqScQJzMw97tbZxXeQF4BDdihGBmzxZFBqes0DRsjsXB7iguCeE7I8ZSsD7aZhigA9exSCMnc76y3hftzmLGU3u0uv5cnuPVwR8Felc5yX5Wqzfx0OcJQBU3E3PZc5whhSMxFuvfJyPsd5Je6FTQaznH2QTQkPClQQOC3d5QAmOxB9yxzKjNm6wArTEy1Sq1tjJQy3BpqY2TLI0vp1ClXKGqheqHlcbjvtpDfBtYishCthhffqPQQAYKXOBhJL1MIsLr4ZP9hYIDj5n2AW4Mh1e1dqXXYF+Wy1i5mQXo5RcUOn0SNZJRYU+/tg28t34korRwa3B3jiLM1LGfDMDShWn7g7/Ez6nK7F/Z1Gae2PlLm1WF5z5QSfkBkGKDWmfHBMRubB6gPgtwgP7vYpJUbMBMCGqet1obgRBe5uqG7LQwEI7mDOe1C2MhEx8QbViqY3G/tqRgwQHTKTgbHpeVtNy5NSlpsKguFND88duaYjbczqUOEIudjPPW8p5yLdtKrSToBHFLQvb1r+RSzWYQUGf8wuIbZb6ytCmXnvyTRa/pqZh/GsOY6q0DbImOBdp2Xpinbs/RD/1A5/46WTgGJu7jcN3mOMRfZbXsxSSeMSEyChmTjTQjEhXCYl2sW9rsVyLNOtBa8aIJ/35aJ1RUaXa9C8GBFBUxgdKdvgGLqdYE37W7QQuCZvcJ4MpcsYEI9wkPbjFcAfjvIxEfkrr0ayBQFbiOVsRx2wtt1xfaYDRGF2AyuX0cA4zGLKy5tYbG7Na2J3zHToS5zdLGK4Stnv5dLlLGV8882nzmOAS/kdU8b86ooUT++yWnZq4g0pzZnkYWJu0T5lm08Q7YN32HWQJf10+jH+qVx5vkG+UWgWXY+L+tXCWYM/HTxQPHiA+gFTYLrzmO49qz1Ub0klwPla/k4hLeP3/rQo7HbLUErMyc1POWzO1AiOvGXmq1/O50lQASsoIhPbOP70z/groe8YP7pM+GnCns3C6I+5duKvvMtZc1krLy/ROF+eFxp3WPG8lHq1ibec7xJFNpneinfv7nAjU23vyZDbi+EphmnGD7b/9/HCgnySCYvAjqeC+UAJER6cBoBzlPMFn/VuJ9Q32wVff72ivxTLXjOPAm9SLp8OdUJqZB1JsSuYpkYR+pgGBICCL0vWIp+n0TRZ0R3uKivmTLw75cEhfJBtylr+3sX3jJK6eHaXvXCwcw4LQ3l4AoSHaX+vieM10Y0zOu0N5D4OAcyHBOLDzevAf+qaIJ3dbXNABHlwuDQ4TBimvlpf+d4Ildz0QiOHKRSyJ+plh1TvialYWCCXvRCwcw4HQ3loAoSH6VgSQeMkN71wyGEKgeyJdtlxinjuZPrn9i4zjR+mDXc1uUTOrPTMKs/9pfD7ks5rPTQg0dpr5I8tyLwlibfHEi+o11/S38A7+QQX7T3AVCNCJimCRhk/J97jvJZIBVGmHpicEUcChLAzP962ORPbPkbNmzCW6d+QZ2tl4PMW74J75N4p245P29ZPxVFetPc6IdWI8EmK0EnGsPjX0v2c5Owhsp3pWOVgrOChxe3iPQ2m6FTwl57D40ocrPIICo99ws/zXzG/p4KY3X3MXI1Rs9Jxs8qRZ9v1vnOJ65CLnX1UrsSYrHLEoHC8WVvTNmOtguauPpZXYSRXOI5/KpSds7skRDV5mKNV//zlaZKyCXU2YxJNr2sHjmcaNkIYDAKThqFkNAzvRXsPGs9GCKN7YdRel2E2QhriIpHsQiZjWKOeWe9hi+a8EfbSxuRfWJdwmxMcIQxlI6RhXMn1Onk+I5C3eY2UrY/W/it5UBwoU4GaSVstb0RC5oGNnFQYrlkPlK96ZuTb8ftV73ZU/vPLf/x0f/J1LyyL13pF+fttDSc4JdK/g8HGAItw0we6Ed+KDKW82OrAU450Aunn32cFt+t/t3ZbRxL0pxMM4Rgn+D3IKwIVGYsRVzpCsZlqBjsgyHuf5tC8wsibvhtg3IxRjElIXaUE03/Q70//VfcDgbLo/Jdl8cVqLK3Hxt/dl4rtNcm1lCefgB2l8zmZbAhzab6/0eDc44G7D4sCcXGMPEFaUOtVbfi0HNR5P7lmpQqrEDaZ+ELrYeRNlJyZAJoPMK/YCSwoyWBHsielvFqPXFthkeyrcC4pvAfRJ7X4G+kgpNn6wOgSnww2Jwita7WZzSwUgZxWO7rDiMhV6gtRob23Z75NoJK7QAP5D5xetsjglPZTHh5rKSVowODf7+OX0orLtlnifGf6RwCdUCilr1lr/ty9+J5XpP6LA6uV1GO3DfI0ehr9E1Oh2D5NCSEcl4p5sUghnMYPCK14FWE6lF77t9MhrCJJIW6yW4xwuaM6ba4gV1THgCWhNiv5A8qwBcG6sZjVBxgFfxNqPhupWEFH7Ny/ZwJWtiq6wVn922hfO2iwdi4qg4CbVVv3+TlxlWl4vS6eQ3QGcl1gCnIKYtrsxpTurDmeJNywgLaqTerQiGmiJYuGpKGEqjVjY9lm+/50DJbnnFnGc/Auf10fW/d55ebf7eVbRQqaG26NNJ2yloTKv8O06BjvaKURfJk4hbz2h40Ei0fToIJzKHQu1mwhDJvwRS/rnxm34UOyXw23mVFlLOoUIGss6IrUEhotZgAw9VPFnAQ4CTloRS/mnNpCo713q5mCBrdrtFFR5yZutz9oojehAxipINq3bCjfxvLz8TPjgPYVPquAIy6yNURe2UB+fNfD+utbnLtimtE47S403UAv7tCUhz4kJX5G0zVLKlwDQCZWEFSGt9xXNNsapW+jMF2dV9HuJDLDMrMscLOKpftjPWzULz+E5YR/ySq+nGcluRARMbkGss26CNZpfuQn+wSy3nWfDtG5JNIMax++bEHeDihhRPy9Pk+UFBmik3utI5bLEBJpgLbWOsrIGYWCXL9HKoHvUciYchqTX9vVNUm/TKvFDJsJw7KFMLEwzy1dOMiMgW6qGf0YAPsR/NSJEAvGkkDRMf/OLX/cPB1xwsgU802wqwPebzX2eJf3tty0mpUkyhz+9veuypuhHKRPTJ+L8ve2htqlawyX8CNmwd01KkKTG4TismsIa4Ac8VYy0Yxr4VyG3n6zMCqzQl5B/mWEqkZvl9atiIEj+JW+KlbPqPULzk9Gep/wHhYjdTV2WXJZ9ezMOZcLLJLPdnZJSIZ1/P650EGWM5Qi0zm6PAZ+WWi1tse8zkbDXyxQ+YgnC7gTxJgBquXdnGgvwm5Dsaiev905XHVuwU7l4I7kBOEag0z1yMRk9DC7z6SDOX1eBHk+rOpLCEqQ5PnJqITxpVaPtXm8OcuqwjlhJqVROCiiFsjrTtpA6X/a//Xp74+6ffuIf+RDMbW/m5p8vvLkDMG3WX3L8RrwV/32L31dw0bP74PLc/v0y/qfvR45xWtrKbF0GvEq//SOV3Iv/fw9ugzRUjfKhTD1P5mn9oLxL/7n51d5IpOnJ/XuHYfmOdh0CS8dRON1trtxp0SK6/sv2krP6igqqg5NoEImhth/qzK/vrq5vspHWb2RTfX1WYtny3EIlYaICOLMUl3U/lKa09ILK5hmZgnl4ONfNZszk80Ddu9fdmApIXmLUSfHXr2SxwHZu8yOSsgb9aMZyUyS+R6zm/kI2fMYc7K6G8dmfC62w2S12NDKdX+5xtb2JUXi0zXgfF+aWVvn76W+f1ESzIjgaOG/Sz8tdSkf2MZ+T7i+rW/TgR+Ro5titmh1CR9y6NyfRC/ScchfjXdftcJSIHn+zfs+YSjzCf+hndGkX84xn/2+7A0OylSIKPPuTmj7ufFWWpzh3krZNwcgWZPNuOMYKBv9L1lRjeIrrdCAGCOWTzl/t3L2Qt7pMSM1RdjJqNa+b9AB3+x/Ld+jgc4K6KJ9Qu4AQIp1ho2NjfN55lSlwHyhab91UwMXP9CFG/SQ8PkDLGAa0cgeAzCvIQJBHH3LwoI0woAdRX9PYGDysIsqW1tw21jVyMYJIWwQZNP0GkO4cN3SCgYFt7FiYqXC650k2GTTA41KmjchinWaAxYsWttiGHgBphW/EFBp33yGr3s96GyWyxbDm4ORGxXb3mQWJpP+ByO2eY6DfznXInbVhXcwoFDZ3kpHfDfJodxeIlcR/Y3hW2JqjDgCHU4uIws31jNwZxF9twrUnuDN9xJ2g5+9mWitR3Ilfbfmv4ULfKPRw+IlwV8F1ZbtAvUsTJGx7Mliw8VpHOJV2dC/nXOSamjpQkqqolmFDcZAUndWwcu8+LoQmc60L4JzTg8Ke4jEE0o0rPFS1aBBXKemkaHObe/M703YqmBI7+LrnRDxmaj++FtCiJVZhbN81B8U99p8NNFIcYN3W4fL6G+ERBf79PswqQTzKD1ZyRpdSQ/37sKCANV98hhaJF14u5cmyyGFv6NWersTtRA93kioHWkoGIBH3ap0Z13GeSiTsoL+dwK+oziCMaz7JWbAcde1FK8suIFvlnK4SB+InvogqkzEuS7UL4IniiVaXeDYk3Qv3DIsNt0MCYRBW5GD9jc2kvN1qrJcqKilP9XswBq9YeJLb4MqX6WgbjLmoMCUeR+GV6maF9IJO/1zPziRkmwnPicRdB6gQrI/Yvlyuem7YmmJrAG2J93zaZMhMNikbZyhtYXcDMlGtZfQ/LTHK1pe9imHuuCmd7bNanuSDZSNc2D17XTiL+M7cV/p2aBAzo74P4/8t/jvvj45UthUiaAJ6k4qgViX3mvkWkpVBaT/kzSiaPl++YKV4FllzaBu8xMnQ8n6vrqmTiJ6LU/mlKUXBL1rvYX3zzqsDJkCV2FeV2GFtFqlG6+qGfCgl2nzQXEP5CpPvBVDNxa9v6Z5lwe8DZoBp2V71oeJVcW8T5z0QsIGESwJweT0ZrUX7uBIsmIbliCbOsMoPpBeU5vqyrITqdww5+wH+vL9+cS7Dcsz8Y+XWl7OPjCkPXMyrCI7A2rcgrnX5qob7NfA+e1fqslN+5hTqlL7tD5orfiqRgFmVGebenhAfvQW6Kt7jX9vCzmSxtiQvoJfnV4c3nyU/ZJ1DMAZn1j4QECXZaeVJ24mct5Lz4g7kkXpZRPii/L21s2ORqLN1e4HARF808hN/K4BxwXaN/+MDgg7PGwXnv0UNCNHML6FPLQrn+TJQk4uaG+oOi0BhogXjCIAnUYyN9kvCxnr+AD/0VRkWus5SrMkjR0T0pV+YTxwA5KgblCKn970MejeWPrWL8qO4LfN1IiG+weFiv81KrDExnzuzIROSIGWJAqgYjyJYsyIwNsaQ8O/DyZcEIaaO0NsWv6a2fypPgxS1Vow3GJTIdXaWQHfapOMI41P14UCJsnziRiTaWgZdMK1KvFgTh9Ffd+AIXWp0ir/b2ja/yYeZVulny5jX+PI5SBWz5q5GXSQqN4jBtoGOJltXy9+E3urhHoP3cVe9GtD3sEXRkqp4RHbUoJ9r6/618deFA6YSqUP7TJQ2I3K9B085+iyEiO3+sLBh1miaN2C3jNYXNZWOoBuvwClRwdjl+GpseaKF9rejk7JQeiNYxK1Ghz4PGVyjPXGAzGUdkt0vS90UaX9136HwZvTHpOA/NVMmErZ0A3TODKRfTmBKfCVqfq/gOQ+AdV4fGY4MwazTR8ax3/VEbfTo/PDz/UBHMSVazLG8d6xSX/FkhYC3onTC+a4iLl9g032qjsYmVUZeqSZo+CYCMtOoBNfdgKAFevYBECp5wqMWmXYj/vqkZqzFJIdra4QW7LvFdxtVwaM/Go/TT9SSo8rEiVkQj/R/n18aIuFFApfV+VSaYyvD3TEb2wanA2QbofaH/zcPJepfM+nGTUSw8yUA32bJDSp8rhoaYp9D0R6UfmuswJ+5MSN7ttzqIUqWdUylsJAgZz0+GFDw//qkjopJJdIJmlkOFTSVAbVVaB2YwStSv+mJg3rF/F9YgA/RPjZSRInLzEfM0nQleciyu/nnz//2SQxpzKhz3okUZs0B+1kCXkis2XANeEgESb781PmLi6rKm0l3pxpPx13z1l/bjwL6RMMnXVC9dhZOp044B67U1SQZfYYK6LK89P+D9v8+VkjZ5EBVvlrB/CI6pFT0BXh2H0Woq3O6miK+vz3nRo8dVbBfTh6lk7uLhnWIiATSUiqpHZZJnKMIO58ytjLJjolc6tYSZ7Y6tkn56zOfRigHtW07KgEXcWAI3gsV43vStqx/zZd3j8H2mVCS0+a2NsL5Ssso1cskLV1vlTyPsM/nMTFeZfSPtQNO/BgBr997NB9GyYSTmlQtGinANgelI7aYFeB1ETXKuqE+I0a47EF/FYLzxTq9pXLJ8tF52OYvomgE9VIHZVqbMXKzckmfUsIjcL0CuKj4IAlreReEsE5FUGk7PyGOddcXaGkjifExaO4y2TSftcEpJ6GF9vS+7Kf+vlaMaYb44OIn57YX6zGu+2J4oNmLZBLAzZeaFT4I4p0fpQ74rfeEolQglYf6SBUM/W6vPEz8r+8paJeLuiL08srpffKFBl4Z7nJjYLq360WkIcOMbSUqfgMRYwI/iXMMy9WI/THKhB2KILyJJTPuVxLJLrtvSaAmkcwql0eDuM9vrkfd3sdpodBV8tCl8LWkjN6zGz8D3i2ZsmkQWO17HrMp2+DMVgkv6xsj0nh4wlycCg3fkx1adEMMDHN43yZEZFrKdiWoWVPWI87EGhHU3GMNVX5N5dlKSvJ8Qlyb2HoT9VQZVk31lUrM/tfVs1CwidK3ZjDoTZ3WqqSHCTtQtfUXjYekK5kMrG2fUPRbicVhz18Qid1VZVT/qbOnFsPOe++SJq1ma1zRH8hTg0eDW98wcIlDW/XU6GJLNDJFN0yOPIIX9g12dxrVAumT60q7YppxGLtiCY0RABpmi5dfzUAp+YRnBCcZv2DozOP/gpPEog79spjXCt6NAJcCpB19T1RB+c5ID4OKWEbpdOxbBItQ9S5ySf9294i9euI0qdYhMa9lbDX1suuu8PaH2UYksir31v2zMOmKPi1ixsZq2/XKYNgrENvGdUsvplJghr8m9gN0VOHa6BNM80zBj35QlR3Mtd8wkylcRtyCK7TSddblNiCAEJ4OFyLoBNuU3p82SsPnUBsHyNSUyQACMYJupzULWlSbwSZzC45z5YQ7vtgqfflhin4XJWVZNTdXnX7qn5UWfh852zaLiCW5LyAVa3EkcDdEhghFg/pCjFmevTIt7iN6m2QI00/wfjWE3bvw7PiJu//PJjoUiXcYi/TdsRGH3jvuGOrKuHeBrc1zIdFx6CMnhFdF7wHZBoEhkmbV6FzeZJr6ILSdUanvcPpgGtDh5z7neM5VrqosvTB8tGim3bJVWIi1nBBMeQMnQEkb4YV91lEhRfMNoHgbJSjmZ2cUFF3F9WG1hkGwCdGGZsqx0nToLqLCvB4YzNnft35raYrADWGpFKJ8l6ftB01557rCQNg6aTQaJ+sk4cVb7kzENDZrcZNvAa/qQOd6T6QUyEcir0++NztNimIu6g29WYFeQbLItsBFxU35CId/Q25irAh978lv2IHuQy5/N75iX3N5H8QOeAdcoCULltl5KaZPB+5t51n8NH/GL55WudATJSPaO0PyO5WCv2mH89iqksZKbE4sXsy4yCrfOREu7Lw2n4jSrwxguzulm6bGzInSVe509iocMsVzIeQeUWR43IQNeGfbhw5bR5/WMebAQNq/UJeu8W8U+76xsB8bkm2i0jAC45SsFQoRFBwpIiWLKXT9GopA6fGS46UgH2ErI0fKqWZYt3aVV3wvmgihtRZIc1YJaxEUQw+zeQuQTJeGEon04tFM8mD0UrzzwPhKD5D6FocS73tZbrij5Pt+CGJvSwi0tZQfGt4LDWhNur5hWfWT0gek16OtU9jHVm4bJYWQN1SBx3mSLMVX1uHXJ0vahv6QbtY/o5nQYKkHyMO0wxsA/98zHy3Q2miHnOcBCTJ4xOEHmkodDXL+1lMV/aekbMN3ckBZiBVyQSbfwR3f3QXSdOvIsUTMfPz8Qbe+U4ANOfCZh7BmqA8SMR4/SGJcFVk7W07e70Z13paNygI5IPazGq3wyX/CNHsMm37yeJDqRroEH2+w5kK6URDATyXdvDhJDVsMeqsSiNmD5B8t7PTh776llLi28EV5lR9bcG7QTHJZNvSeqODXhF9ghOvJ31sa//MmAGBF3nbDA7lM5NVnElVsgzJVAwUOyHMUAIUF/EAYd/motiYf5vbhhi95m6ef9hD2V1rYtQL4efbtT3c+1eK/ZWBpWeSerT4mEcI9NFZPSb2WIeRWWldmHhfJuT0ojSgcnKraMTNkhNYl9JVWfTK6jcrz+IhWhTEbT3996Mpr6MCak+8+NyBJ31zl7FA6Odryyl2/PnQIs09sdnXVjvThv1gbDPSIzUOZdFsFeGVfvpaHL0/LPyAxA0dbQeUShX6ihEphUevt4KHG9P0/Ld9p5+/MhY6QxzHvymijMI1cuDaTMnfJcKmWKZMvZgnYOGbCD20pqgVkignUQIZE0EJVMoBnYVaqTD51c3+V3JKyV22urs6Y3KRT1wY1yUP3ayPj5tUbq+vM+7iyHn8snFcRtjsmbT5sOPakzDXEi5ZiRfDAwjf2Dyq5a/O88SllAoJOIWhjLe7xY8vW+FbaUojk3YK1LM2aCKY1f36G/ICCRq/zClW0fcmmgrvX4TxlIcP5UqwJ5XVKE6U7zoZgLP6pHmoYMAY88NKkSPzFhyhm/92UrhPwmpQwJnQX0w/aBOJ91OlF8OiyXuoPmBTW4lcPYFD0o3nZCJfkk82oIejS+MjGF081wrDLfLPK1sZ8JTS0stHrXoZFAa0FioqsfkW3gNDNUTY5H4MNoP7QGQGar5IWWZxLHRQQhw7oOplwhL8EEAglQH2Yyd0BCaEyP8matQKTRO6/15Szhm1MrdmSLPGZ3nRrGZnmHzKO39hVUNNCN+u+jOK8tQW4zYbFxzIemBncWQqbehMEGmU2364ERjRD8TUDWD+Xxb/rMVRM7awwwi7o6F8F20cbyk8KRRBQZiT+7VxuaOzffreTOvogQ38zSscQwHM9X7g1ogCc3CvFBgjJHX/SnmMCey7ymaawRuAiE91olz/tIcGjBzMZ8o/zZdUTWbKQ92fxaH/owIJXbvsEz7n/exIZZJl8/ArR+Oqo2mxjRK+Yy4JsWJA9GnFMIuD69hZ5Pox+7SacKt61M4Jsiqpdx6SnoW7XBPT8xDEMQ3Nk59ZZbBGgSIYWNi7hJ4UGshUavfoOFB1bZUqYyHl1RKSwRXdw8C9BXZFfidAYVq2JPt9enEW3J1hfNQHWDJYboeS6YmHETazr7/bxbgxWj/ORXjipRbSfq88qQOr/5GlZ915ehKhIVUAcLKSs/9LEyfLmysOdx++EyzXysreMhRa+pIqOQOatmxdnq6njVhfm9s0JkKWzMyCv8+qUmfC/tAeVGHkrrA0uDooTWLYianTKg4idjZKUe1VUSaRwvi77tWhVJHo8CLIdbtXkpPLITCXvrjw62Zq4sLydPmIACp67lI5+rnPrYz/PFFLgBj+JW3frczLDFDXyOOYgq9dCvsz5/7dR63xzSIjQw3TPkq/uGZQ7jBblrIRurOPJ9PB03Yak7sqntrDqVvlw2LpwV3Oo01k4pObvKncy5rP3JK/+79PKP+co+D/xW3CK/d/v+DXy4dzme2h8634LgvK9/JrP3NTXol3/HQ0lrmud4xELFMR98yy6sWWWmPwtiE55LfLBtQUQ8eMEwHJ9T71ZxvjjY8rMWiVryidTYusIPw6b135fHGPjImfYfBShbr85qKgjrESWoJCu7Ikk6bEudM2y5S3VSmwKyVFx4eKW6RQRpJMDO4+LMleEkaTRcqu6UkvfFSBXH6eMBOqfETTOZWMjZrWagc8JrNMUsbzTddZKCQDg2VpHGJT/1RLhaQztTN9KKpsrfurA+ROx99wRucI7/zSY5o7p26TluLklTA13CLFzEggdngjrwKZidKSiUvJXVGnfDgxodYvFXDDb4Xuv/q4o5qX5mCC+ktLB7nznXNCBStkI8m2Ih2yXUZRiGl1JB5Yki28XCi3Awfz9aXFzMGF7RqkJKl9cxnZP1doILXBA2/g6SsAgbDpsGuDq08eBBUPVSWc8zzwDdb+1oNFElpgKF5eihEXVYr+pYWpKzI+pGyc2U6laZ27jRFJa0V8Tl2wO+6K5n8DH+jp+/oDUKy2iLiqUDNy+3zxh1vfB4YWZ14d2Z9KyDqtqFXPWBNZ43n9oXP/iTMHwWgk6io/SG6EAdz6N7uAuvCiMF86BRfZTPIlFCwV5AFBw4ANraI6UUcWRaXtNcSPWlMIFmcsPO28guWu2a/pNL+GPPTwpiHFVunt75ETfvcXYJf1AuP2IP4wZgcnX6QWbrap6iZWb2xIRV6GfdWnbLYMOkWojUvtehZW11uheLz2qq68oonORxBS/7qs/llenDVOxFvD08Sr5dILe/wY60pHNAxsuE+5S0tnElMjWRYSWUILXcbyIYFyD44J5PTxMmIEdgNnSlP5XpIM0ozJDhYML0PWgs/VtaN5kn9QOzk9xDUgNE/qarMEa8h9uJMPBRZ9Q1Z3do2u2jIxo2thjTJ/NAuaV/LC5jGCGFFd1C3oCujWLsemEeV9gx4NHIZewUA4i3Q7vw93y7r26HrzOpKVbl45TCs52YqeOwEca3C9Sh3zetFAEQydAa+Zuf8S9P3VtjZFau+rsAkMpyc1GmQZ7zanpkePzAIzWwyjcRrT7uRY0DiM1qNxPl8C6qDz2QmbfMFcPuPi3+5/IoukCG1gndjYuCzbpXwi2CiRsXjchvFKNIM7tptSdkq8vQ8ypoJJUHHTZGXJb8XmX3U0f5Ert36IJmNvvVbc/Bz1wCauMYF5FlFq68IZVc9i4ETGpDoVRGSP/Jdmxe52tGcmQcyUa+Y+LO8xA6O8COi6cTVHfPAHb4GDg2o/XE8X7ozj2LJ6m3tnBeeCMCTLTL895whoc7P+94GzmhGTnaSy0o8tepF5fSZiu3aW2ssiD8it5pU9Yo/V35L+vaQYEdPYh39/+PiMa/3wKBAEPfNYY5x/kGW6TyY84o01VLG80zNy6rq6pOp1JO/UVdBwNinpn4EzHAdl8jj6xRFkMKxR2CqYEU2sVA1hwBcsKAJtz+Gqvc9ZY5xNhGtxCnCdCkiMPa/DIurSK7Dg0wTALY11Y1FNSme8UoKW19H2lI2FALd2JQdLHqq+FodNORvPqikPkdWSi8s5X39a3GYUa3wSenVnmU79nZQyeyZ1VCuB69n07Viaf7ykNO+c3m1lMqPEnPvMWuUm02DQ3ztvHHEMlMRGYdUqkR7oZ9JekfLvtsGyjagC1S9LJDFvGqXKlU6AqFSZEC0khzGr7rvMKiIzaP/pqFu/7gUuNKtahtlAqOeTMdpyZBUrjw4xdWWp9a0iGfP5JLexFGU4rVkeu797WUvtNm0fqNpAydai3o44jI2W2BAddEJ6qs76WR2U0wa2+TpwQjOc3L8Pt1HpkVkPAFAw6GUqk1dK1ozURyldKLlDsIvaMDebRCVpnKP0gdaIDk7/XC4FNPco6gz+VaVh5v46kKi5rgPD3bEUz3Ag72gPiGE3tiXKv+oWc2MTQI2rq+ic8NlAPLCuEV+dYrb69iMOU8mqdYar6lJW+c/mRLMPAzvCctb1ulc8wjlmNccYq/RtKFJkAs2E6Vw9T1Mjlfj204jmslZfjb2WYVMgj5mLwkhb+uJz58BfgN7oKxSvf0CFNGIVu6L3CLluLC5EebK0/I1XSMpkjkoYi3m5U4oqcnioKUmrXnLFg3COeoiEUrEGWbXRW5jI0HNusXd//tczf5n81RvswLnejO9+zDu8V5WfvdT28eIKpLCUKs8bW+QWIqJVxRKTcru1vgAIDXy1ReZYCPMaO8Bc/Qt5fK0pPr8c3x/U+8xfs2DhgsQMy1/Cg6RviMqFPiEmelQRyhnqEGWjrFE7YkY9IuF1A7S84ZO4k8x+irg6amTSyjywR4vEqgjP6FawDmFkPZrfrKb2y0tFJ0OFeVCSsnLQQOXhBbUMqDqEbqVjbecBNlgaMS7nSS3VJ1t0LelFXevbGexyJhDaZSR9ohglDe8bqmpMqUsaVP8M6bGKxUEc1Ss4ntWkEJWeAx6UpY3aQYGhRZiWhJJVUb8DGN92CsAmqAKiOCeNLpApy8SlGKWBf1B61oeoWRzx4QpEPYpmQy9qcdWfTy4Plx7ncM7c/HDwY4HyepL1TNsma25L4KZEMM/o1TcWfcqNtVSvXz0DwsQSa485KDKO2SyzLlvZCqRl3JX0qgU0nGA/ZhfM5gXGp/JE6lh7FyOy8lZL0ABjGIqaQj0DYggwnp6jOomDP7TknqAkN9Ui1r2QvsTN2cZ+bXb7tlmWMoAIjmw1WK2zMDteF3WdriNFxYOeZoMKf95CAtualq5l83GqOS8wp6sfOuwvsujaLdkDJ9xNAO5nmHFxb3xBTww9uiyr6sMIfvnc0F7yyj9jzx4j/iF81nCzS41C364KCC7n00+2ZbiBP3rjwpp/5W6v5fyy/xDb/pyrOQSH3uKaHsGg9sJwXmf8cD1jIrJdYjlnFhtIYtu/YE7uV8QKFuUL69eyLvev7uKMzYSxyqA1MVHIhTVtRfeY4gS4ti7Mf64WFF6aM9BM8vTPL40dP8K+yk4+/7nPjCnsystFz60ufpj/vXzxkjU99t/7FTACIsaXC/yWgqLQK+Ky9swyN2P/6CuqtkgMiaFrJg+T6dBB26Z/C30AXmGSHFXhuTawfbVavoAscC9jma6TZF3SZBMdcUFZaR5ZXSSb5rEhxBJwPvFkxGBi0AdbPwNAYV1zuBHK8pKLiCAWQl/QwzB4makrZd19MTxmVBNQuviKmtu5mRKr6RTCLDvRFeqxMh9dy/9UMkBNCOC9elbk5BmaHvPcBMnsZsnkMOOZ9l/1UPlxuYsz9JJ6sabDWdKM5RvqDeUck2P2FD4FIba79ca3c1Rj53CHeTybUbhkqsvaxSSmrv/g9/0cA9ZwemlVb+WLmW3q6A0GnOoABYsMMPKDRisEPSZEImxUD6VUZdV/mPiDMjQ0C/yIe925m5P8s9HaXAxoYeKRqZ0rSlMMBxN1PIgtOOYB2rehOpOepVGSCfZVRUsSwEqJ/LQP5QKbYT/bKRpKFk6q3syAmJTDjahLuTLhkdrZGexU5yYP5ToL6NTM8iyKJNam9GBhCqYWogJvlfh2dnHY5q0CqS8qTLIJHy1mcDszFMKGr9hF+gUTPu/3N851xm8enqoda8nJ27HSBwphehvjaVYPXwbtp4wZIZurtHFodBu/eXJnXdXFNvfxlQQl7efboz4l1u+rVmLwYawnCq9BaflsajaP7BfYXtKFKlpXNCTT93ftARgWTZ0/fLsi2TNnelLxCzDOVLeYCq1Hnl7pi17Rv8G7YjAbhmDd7aR1K3ZwCA7fwuFLP7zZdb8ehrwApnSmfQOXs+2bDQAlpP3sN5NVHK8uHWjwg5ZZtUmKpO9++IoN9ohZXJBa3M+Z28WsptPcqNoV2tsbUNCl8le7M7BR3fJBDXEb31ZsgwEg4QtSHV+zkTkkEv9aKd5J3fyEefKLma8bEUcA6zxPneH06LFLApn68JfkjCZ+6J4Alm8oYIOOablJ3MaDlmp/+cC6hQOQumQm7XnzMqy6oPcN3q/0aNX6j69bTfZ/0mRli1PRhlyCVaw5hao/TjXTybWfxLe5h44fQanQ6MRYQcBYpgwUcGoYRVElhSP1Gw7eGzsEevPtxPp1GDKBaSov531j9Rta9vg1dBmi0lF6C9kDysBr7yV0CdTV2kNoVmfmGOv5PdXDbs+uVTYaak8Who+ovPE3I9ZhGUhyOkZK04do/tHqxocz+QxFzWjCSl2GfVkcFuu5Fpt0zS0hwGUrZjOuvOO+JJhnY0iZtDo286q3wzLCuz3yEnzqJ2/1rqt0JNkddSwt37etxjhWCjxz75/j41kNOvb5MZyotTQx8in8gqLs+TFc/nz8ucUM/2R7Xy7ESBJ7LS/AUe2uTbtjmQRoV8BoxhN6iE75DZt706C4pXd9E+6PEWeBUWPD9R+ONNHXQtQWF5bLEyXYZvmY8i3yH8ItDbkh7yHKGnIdeCK/odTjre4HfPZIJiV1MKF8Q3M0msHlvEiUqpN2jJc9kYiyGmhqawSoJm6Hm2R48IvfGQwiT1Dhx8qZ9UbuVAclEOyWHRI3nkpOSIGOlAdCtKWhtTobFJJTR8kLRYFsgOiaKwHwZauJLZ+MheeKaBSuCuD3qUGsW/Iw8XOui1uWGG1IKhA2cmLtgjeyLRaXtzqEc0R8s6tmtHICcZIkZvhXUZfj9LESlX6JZMXbSLFbnARuPe+8wplLNOXNNxOb6JeWP0A1c9iyCZM2Q6vnC2R81qnaonmoC8qPso3wMGQU0gtdhWk8BpkqPdRtqCyarPWu/qlwS8oC9nMCIl6n4DKcOB0N8BrmwcO+9n3gr6/Tk4O2xlbmencakYnRsG49OiwI4UgMqi4EWIsqJVhwI/E+RdO7LGHP7b+1FzrEr2kJjQHnX2LNj68RD+fXL7bmF9PyS9vy46/5RVZA51O25fbjOxSRbebZAzh9B2lPBR5k6OBue/tht6UPRF5CSgnX25GjQFnRP1fG8flloGx0IYyhfPB700VA/aUCDPhpL/sM8qGuhu5bEcrmBOIgvJU0+eeRrQLXnvzF04wjHg0cswdz/y639ZpP7fxNl3SkP09gHr/YTp9inBjVnoex0pnwDmz6lr1q6Tjfzx7//uEbIZfqH/NsXSXH5BzkPnkgJzH9L7doDmuREvwsH3w6oUrTfVSHu3W0NAW1Gq3pYuqoOA3TYZT7RyAN1gxgjqTsKoo+teOKuuAsY83GzHOvYtmYvm6lTN+qEG26UjynyS6ATPCfXdrqQvgHjOSsyLh5fkxtTEs9qngEp/Up51kWxMf8s7rchm2+XHsO3QVhfwnHut5xDhbhCSKhl5fqRip5Bdig8DcfWbCI8FuisEz19gkmCqjMZKJ3BAt5OKSXVr+02xjZ1Eco30YO7B7ftWTWvE0Y1pqoQiutObZtHNvZpyMq2utrdKPejIn6QO4xq9wpJVDqWhxNNmCM4PU15cIpHsKf+sxZ41Iy5zx7/2N6VJuM/dvFAuNH0E0hlVPPLIe4YwLBFo9HvTcuYLNE15OQVKAomkjwskwnvNHGCC8uYJenkNmuQJQd4QwT07r7mbXEEYZU/MpmZYZb4NcYdkPRzif4QbEfGYb3Yq/ZqpcyqE1MIDa6QROUy5OPe3+7aR/1h+05/QNAXTYxUcmDjND7e8rgh2VLn10LSuLpv7hTu9eX3UrvbXH1JS+vMS61ydqp+pYQO62xXgm3CCd55EbDsE/aM9yPqvad+3d+pJUU96tdXFvKwaXk68nPa0KeQdAYg5LQ4RZgWlTJUpivW5Bc3Qgw28xwT4Wgk6lav+uOVobZpcuKCR/kTz59/2/KUL35olseGpEMCDjuO3mp/r5TUA8oNrHIMzsIiMa5vwq7iY1pibsghDiBMKMym+II2B6U1JIxHnZCVLCdtAEh0OTnK9/lFoYmrMR6K07MDS8dGVsFgRZZZcBMJxUzoPiQnkqG7cWN7CUnWT3Z6W8c0L+/VZB1MZdlv4JZpy9NGgUbe6IrwxUDXUmrvBk1NMj2u8PWZOUNJOm6OVhdPtg9mnoN0cZyCZaa5fgi273B/fIuf1P9bUl8g9NvK8r/lJb1t17umv62njvIPrRr62UWGSnv+U219n2v77yXlqgZdfkZ5d89mfEtzvLipzjVGQzZSGnc2WBX1mzOla+7aOtkLjNTb+ViYHNQT4oPm256Mr5hZukfmhg509UNevCmTnBVDSrS0Jbu2GTdmHbUB4fpRHnKEgMWuBBwPkl0lIcXxyzinInzxDQi0NxrVSaMZXPWqrEo5mF3e6eN0j3qyLWEKXgCko1euaMfq0F7UUuhIuGrUjj2nbcXN+hJ1fXfhgndyM2GHgxrV7ovWHMmV4CQNUNFokzFHudMJpw4jzkZAlTNnMmzC0FEpfA0ATxxw9Oehd/dyWG8OgM4lKlVupbNTG56j1buZOjSDPuKRkoqpgXNYaOW0+vpx2yVJS80ibfwKfvizh9Uwa3Kg17N+d3zG2d7DzrwWf+Aa/ubGPa5wTfCU0WrT7AzHh3vqkAxA9caWXplPfVEkIocZBiU27ea6ndbZbTAZBsrRtctxnpFEFVOzL8Ne9jWDBn44EscB4QnViw82IXlBvcSIfyi1zwAkw5usCwfiUyl4cvIeCIM5bVZVfTiKHDRdkFSqPsnHLs8i763BuZH0HRvZEdATSPzyQwLHTf0XAIsgoYaTGl0B7AcI541gumNkFVWngSSMtjuUzu+J3oMIbD4OY9y06O9YE0c3P9Kq2Bh22W3r7gU2jD7MPjtfEpZ8YuD8NHm5lU+vLSNx2wDmYvTCig77hwyX0McSiiaBwh+bTlYiMIg6pDCZxXoBgQq7BpzTA87Bek8gbzL6ZXB/tuZ7CCImH14okBvP8fcaj2Atv4ZYfsCWXPovQAuogA9u4q2FXva4IUbZwy2ADXryHFPXnKKVrom09exzA6Aky9BstBs9VLwUqgcTbCfi73c4yHIFfUBUSZ9di8zOs+qjmqfSQhqpgqSLS47M6+Ad6lbXe0B4C/zKBRet93Psi+dRO/CUZBfWnDBCIiZ/GIF937sehVO/Cxn+rFBnMgAcyYYJm/YznF63lRrqF8gF9k70Pag4vdYI00fm2PxNaohScmuoYLu3Ku6IkTlUcKCuNVPuL1Vtjb0kkh7qdbmB2+Q0fN7nlIqP7Cq+2Z8vPlzI/6/WYD4xIzh3F+TLeW8v7IXHW6Ufr0CzOdzBul2JR6bMPai509DOJXU/aF3ByXDwRIDRU3TWRoFbxfwGQJjf5WMgsrXpV18sTHdeS5hV7VtnIQ2PkmadOJ2H7g+KSjO6zgLQ70Jz81mShgnuqi9AfjRKtkiXrUKTkKhGXJzAkOr6qIxBcFYSWlV1iM19kat9dDekOV8XN8zP4Oyfymoc+6EEe7mmJOZxP06k6NyRVzP5sDEnl1j6f+7ZGICs/DPzWkKxiZlIL2TeBMMCkVq3pq4r4jB0hD4XdhDhJ/ZaR2cw5rBOefmRceuaKBh8BWMji1tkucWoGlfpV2dbWeShaYxPNYVnAhGRWtiUj6/wTma1jdqs0bWeXJHmvF9lT07zJjZgmqaLTZXGGeuTCbDQ7gCxTVj2LyMzEke4US+biy+kk0eqoODx9NwidRRXhufvPUN1vsdd9I4lc0xyMI/Cj6/P5fyM6Y3Y9iWxwmo7vYoptYXZBSZ3wAMaS/GKfGFd8JndqXHU3a9sqcmpqqzVQzUzfHc4QRX6nW2Phm5PYq/1+PG30vwI9gbf265jasAhXRPpt3vmJqrqmr2YR/8iXIoDU7W6MyFJKlOSeKa7SwC63t92PMycb7WL8GZSul5XEQdF11rnIsXER7uydKpASyOIkpmUIhlYvPoP/rXGOX1a1+ibmrKuDzGLwvKZrsdpVtmopBKxtX6/4gP7zq7FN7rkGSxsdbqomg5sFnuCQ/JpZaS/+YdQZLhNLMEHSpZMHxgBys3LzIQTIfOObceE85OIT2Iq3SAz+rbRCqQyvZPVdM0q+zm/T5BGKUXDWoZ1sodAc44GVYQuoFl0tSUsmf8JvQ9y3pl0bSCTyCdVkehZUeb9ehPL4mdjB+a0PpMghhqzeAHkX/lAVwvZ9gDRk8mlI0bZ9f8FPu7FnBbt22dwJCyKqIJvSGgnjXX+x9zTCXoKCEI4BFYJq/H6VablkZsrLn/WVpMcUZN87/DKs3rXLcv9ApnsaaeYTCNl3R7/kPuEfMeLa5ZbE128Uf1xf2YkB1kc4JlJl33z2cqEdP+QI8cic7vHgrQhtC2XzqXcAUStU9P7syp6x2J/unvBPlxJyMJfnLMa1vjZJAME6YnDBX+yazGtTnwI8fwUCnhswYpppqSasn0yRDEd8NCz6x2CWI76llBotrVXTgzq3jrjxUlT2orkw1s5xLDIZs19TdMbfYUPDeuMIrNOJ2IAeX1ZpPp5i5MfzWVLBVf1xLVTu6EC/n6CoHd9sqGO4RvsI1o3YjAUTalPcGE/E3KIzTVeccgQ/0q0J/dfSYzZHvfwhDSU0He+1gBb+8Jn/z74zTCivE/+eXHzk687ZW4hb+sdzoYp/EZIIPF/DW07c3qKcH6wDxGKyNAEKzktF8BQbq2IDzqIUeHVF9xjsigf88/hBCW+m2KEFJKy6A0NzC8YOXqTiMhwTCrp1V9GgtweTy1ZZfV1eKaZrAC1/2faLvyX69H74UFhoFMx4O7mdEPLOMh6VbAAaG4VgESwCKTV+VcvE0egExdT4GXWjuxli9WLVeuuOfSbuCGUtRU5/jRI9Uu40iND6WeNog7/pPltsp5oMHC/RUoGWdP+tyEjjbfD2ffGpI/X0fAFoCff3e7WlGdHvPoMLoAENttGFYquX31ZY4MklYOttIyhKW2Zimmid0YstyRGMpkU2suZZkspHbMjIWp+LGKta+YZu0rt9xUhXp21VfyQcrFJrQwNPxknauErKzlYLqdBVtxQ27HmGq2Y1CGSW0tOf429Jg36XP3LMlf4hbQjE9TTwH2yeQqxAUkaSnK2TD2Q4ad3fm9nfbtbYqQI4iWw91GFsBUAU7H7WSNlIM+r5hnTh3NIAQ7WtWmeqRmkhLiY2yxsFi6gsFpgLfc802LrM+B6vs5hRbxuzlJamoIPwedgqnhwhlYhGpzd7GzZ7SCem6/8tygwmGMJO2R91iJpZF46G7W7m9vfNYHRdK5RWXhe8L7dlYG8iByR7odOaaEq1iyA6CX9BUbLSXp3zID1u0S5oj/iVY4UYlrYveTrabZAX04BGReWQMurwDRIIWPcDgzpplkECycqU5tql1aaQNJMRZ5kp5EPpQJcbDaA4SzGicThmnWdpN4iXDDNgcrX7CGJlZqDwmZcNcLbrRkSmp6Blettb1UUY9Do5fsozqX4S6NeasbBNTFt8n40MAg4RRndMfOvNXvdkfikuKg5vsgCFVF1MKKJXEMwMkxUir4BKROZxFLt+EqP3Zvp5kAwLn6ja2qESqrrsdYumbPS77CGhB7XatF3Yuu1g/WIa16Jyqq1ExH9oQnUP55WImAlHZU5LleJGYRKRjbHfZH57wCUFkWv2E/g4l8+e24UNdvP6pjPXrG8ZZu35uCgZehDl3FN65XHrHdWb2CbqVTzPWoA8BWPSv9J1opMU4Q5Axg2cJs6ZgpBOhTx4nIkRIFPVmLAoCwhdTiEGLsJWVP0MuCs1saKhBnrTKOLu0zcIHSZztS2MzTkDC9mE6/m1eWSRCJTN1ECHlNPgrlp1+PpLuVyJxlXE15FP2f4GWAOT6HaLJuLOJafOud2xI+mFdSnCIWKYIxiI1rkK0FwX3AYZ2QRIWGnlEZuHwQf9ZMzmIedH+mRrYfyp49daY0pnb4RukYv0tH30FPih2JluMRJ0YBMwU5N2QrzMK81/AiLpHLThqWtaezVQFAWztvSxVODeZ4DHBFBVAy3xVy3Fwn7IDVbcLVuS6Zw7zPviu+x/JE2L+OFaGFfeSZ0naW3TFj5z3EWde78YOgKOrbN6P/sviDpUPtyuRLuuPc+LtxaxC0kXKtY47pNUzM0mQKq2yvamEPNy6Q02YoFzkvindw8mO5XpnafpOfxtOz0Cy+0eW6UeaN3NP8VppAWIcRci3mD4I6URQkDkW2DT9mzMRuNOzTssliygafkEWZ6DNw66iLAUJ4s69ZRKKbgOcBSMP9IeJXUyAyDJn+qy+I7oGYT3gSMPCp+k8APSCHRzxixYM+KWFCUt534eVz19otMbZJgqOy9E/dAJrGXPFwjhFYrjx2WQ6OT2bvhLxCgnLubmseADJUhFxwHeSuw9+PKA6UDZnqZ/su54crR4EYVl76L2drCPd2JGXo2ft9zZkHOxChVD6W6U1Euu5V/e9D77xX7uY5eLH4O9Dxcd8ox7XHrlm7lTXj5nbt4iYHv1iK36PhUdDi9yXuAIShQn0fsWSkc6gp6ZsxL9gHGVEH2qgNLhubXSkHpop8AObQg18iJKYZoDQMIq63mQbGX5CNU3Nt09rS8xP9/WIEWPk0rr9+V8KifMvdGVQz4JDhRGFswiKBNKhQ697XDyz3XjyyCSgnkUtcLZxgLaWhVEHGwSNAtqPNw3yfYKTdtcnJC5mQMTYKLnREmNl4FTE1vVN/RRhS+sNgfetDXIw9ajsg9Sc0XtOOe0rBxy5QWDJmoKygsRItI16YC8YBDWVgIDinhfAULq2q4a325d08GcndA+YB/jvLgu3bTeOQEU89pWDOhsS0KdzWUyuYDJY65ofMUGU6ovxi8lnuG19Y9jnBOKJJ08U6U2GhjfM8VK1nvirF73EY775vQHPmeetgV6hIJW1Tv8UtO9F6Es4qtNxForsZHmC1cUsbPZOO6jyg7WfLGXKzpI/VUgkA9GiSlWEWqopwra43rF4kMI7Z/udDatduQ9g1t821XQDMS/sI0TUY9e5Cr9bQmUgz2lXsPQH7oL2Je2PIps9wquNnQrU+pLcUaxtqJQtL3YzVvmUWhN/nLXHXDnvv0eBDpzmQ+yLtKtnOS2Ei5cnAS8ZO8K0qjNcJgsCNnoG9E+1K85rtcmYa6HrkRZB34qvndPQf4E200+PUfGLywxY6RPITEnfrdbQ62PqwC/A0VYxwf6RSF9iaDipepX1WFyhrncS2LIMtQsVhg3TpyInzoLNXztiC09Pu6CySgDWcJOYuKGlGzcBEqZo7RYivLeKLgIDwhjfkFjAmR9lnU/tPUYtDixd5cZPWGmeLgIAopq01RiADpW5D5B7r/8iRsOT7pv9sIpnCyp/rhY3ihar8EYziwNTfxBjfKyZzcFcGred3A3tiuZvoB+PdXesDxCQ2CNGKyEouw6Kbl4Z3FctPZ7yct3TYSLNkt+2QG2MGrA6m8AoaUEl8EW3kvWxqbyHl4DGz4MWfM/ndQ6rrvmhkrl9Q/UHxbBbAhMldMclYI/6smdJGF9Z9as5Wh4/evIpc+csIQDkYGiW8oGF2ku4tIp5mxsa6/i3iYp9DcGGwKU/uvpcZYcdArGdhw292tbuI4r6LMkTYj5FxOBPIEwgdD1QpPHv3ZeOI1gFL9NCA4HZL18wBsqae/ccyB+6/oU8Cfzllvu8eriTiACz2Wwyrz0BtC5jJhwRTMR+rX5Dy80Kwi8NkaxZSwGIM5rGBUaqIys2kQSY4ImRYA+roh3Q9f2JcAMauvseiaYmDhdVf43eRJOICX92sz54NGbA9rIjmArVPbVu8A3O6sSPqp+TCb5/JSbhy5eAO21vAkwYzXXBSEdG/xxgMBokRqIxxa2p6h0zhIrQVhyx+BHmT5ImMty6po2SWH6H+q3NuARuxxAJb12BOQQg/BK2rWHettrtZDILSuZ+vyH+UAY8aPTYG41QDy5xqo3M7P+WcjMfJt20g06I1d5m4rH37xYL865hFZCeVwFWvAlGanbrXsBYWpSAv0ytCSuM8RlAhwGcBLS6nLPHUWh9WXdfCFA8MJa+XGuNZnj3Jrka6ifchLATfH2rOINgxsAyFaZMHTpOHyC4Hzs053HCGkPQ1Kn23bx9Ns6UsLwe/PMA0qnOt0Dr6v//y/M67fHegI0QucBFDxcDCTDdXLtvjl09B71pD2hMZK0+nqmV0FKdlvHK5NpokA0CzHR10iJtvgwso2p12jpXZ82GuEedGNO7ZvRJABeeB6xt6QheSEpMqgJ/0WyjbLEw7RFhO1WBX8LrDltIX+TYkYNnWwME5R+lcOF2Dcoz8WlqohyGgj8h0gSSRcaNkmyPza0pIulo/HLjIR+FgYR0g0gWgNQWMOG+mbOt0vQByqtbKj98akko//DARCrG/yKCKVocEDw9FNDw5i9s/woRA3OAUBJ4mRm3Slc+BPEla8M8oSLLb/VmOVbIBmYKwbU5ujD0Nbi2n1CjDNCAnUG0iX5fg625kogwaSCP3EjgzaLCHVd9tCZpB3vE3r/lSC5qjkrBbvG9wQIq5lCYdb/4Q7NYHkxkyMzJNzslmE9hPt9s5oI6aBcP7s7VhqQkd3yak9Ai9DQ8qF9cx2bptT2MLHPady3vTob/7FBv4BrqEc9sbNUBmVcacDW8olcUsG2l0wcHXcMp5seXUeuAKb0FUeUQQ1J/IR9B1C1IIjMzEfGTSmdd1si9sAqZBYlRJfwRa0mquxT4WWUEByEAuDPQkBgl+fCny5eW3DYK249TMtgZUoyNa2PCs25Ly0kzVXDjyotOKyNNTDAzO4aFdF5/YzWS7eUquNL9nQISrk4YRws0SdZvFMJ9BnhgNeuOxBoTJZL2aJcxssMo1HhiTmVqUaUcZg6S1aYg80NErEs9aV/gAc1NgWcMuUKDTzkBsg1X0OJptpwdjyRe0NAU/r363LOABCd1uUQVM3TrCXIlcAoNIbp9MSZD1qeGb3SS48kq/ijFOSvZkrJOxNlKOIqaAkJ33MoiXpK/oghRTQuFdGJynK7nlqLLawaStHiH6niJ+t0KkifnGOAx0n9AujNkYFUTGkdAqK/3JsfuWermjrqwUgIFI96U7BThGzK2d1UvFO37bqoQ4Za0aKVfW1ZozlwOnTL8sty5H+gF5e2hsXYTme4t9mbF/PCpNcafc3vTDPWAgz+C3Z2z+IlxtO57XYWi7VYe8+dtUnDkEBmDWMu5xNVFUCEl0T2eH4S/6p5EDawaQcighK1pwrwFFHJ5ajQcEDS2qnV2rYYs1iK7BtqZYgTFia1wKs5JQtG5L6pFHayPzB259Oj1G7IsolRELjqwYg805m1pTTz3SMmDLLzpLoUljDq7OBxHpEHGZuFCtTiMe6Q/dOfSUY5VDZCbMjWmeaSxK9+wgchUha4dmOkiesX+INrqeOpRB2Pr64NQW847LYO390sajMdtN6yVAi0ZW9aYoDSc9b8R5LaAETwtU0rSfuAIOuBeCagwTLSBQEh07/sGvYDpvL05Yw4m7Aw/SBk/QMC7W7MrmRnmYcJ4rnFXd8VPsVYL18WkRRt4RTJVt+Ldp2otMy7vvVlrvEJmqLzaaU+0W/AJL1X3wf6+CWRzTuyMrr/57n5Bmr23dVHEp586CuPV28FTysqOBQKPZRpBluwJFX7J6hVxZ2FP3A2ERfYmqPF7GWtL1Hx2aIT+xJyjjGeaViTT7KE4lXybcB8xebr4lEmG53wSI3UMZ9rQtHJRJ/jqAF8HaLD6d3yOUOeCFcRjCdFq+sMeCX2p89fYnSCwLbjmrJSJlBAgZRVVfywZqW1xIx61Bp6qebt0es2B9LnN2os32d9n7IBuQeI6Z/cMl+OByBuMevT5Kt4bUM01OYTAOq4dGKDiolH6+2aTvEcKhBWY9CSg6yNykOZUoynJA6v6qVO72Khue2Pq/Xfa9Im/uUsJKfUBxpZHwUXoB/2+yXZqa90dqMfhP3nk0AOkCZFTEAASpIMB2nwTfn+X5S/waeEMo9OMW+CKpKAycGvuFggeUVIdBRLgwKOmorPrcj422qkAkNcBFxSH9azv4celRhLVJPHJFxHi65oA8Qb3xAtQtWXWJpDyq6SPf6f6dRpGcPBIc+B4e8HJPjm2+zzbroTYdeYXUYpkef7YhLeJtvZd5z4/alt1N9oFSMyL2LaJNSOWVgPx8cHj1ZgOmAhTVt6yifWfoGl8XeWYNGWZ85dvSXqDYWdEdZHrLnYPgk+XdJjVLflBF7kxGYEFbK3ZaBPEffmQkziFjcFU9l2XBZIGKGb09OBIiWchSOTrtJtZwWBG1hbp6CgKoDViVhfFRkQuDRNclx6mxq5ax2KgDDJ49PShZNeRWChRsqQAKAkPSrXl3mO2a+ddDFYAjdI1VDpYDkieH1Q8Y8h6Yt8mNM/OrvEnbfBcOEvEI8gFqhhh0WqXKmkFNeNZkeKlBZXGI8dX9TZpwUOp7lIK9+4hnUoFx1YUAgVol71UV3lV+zj4CZbwznJya6GLVRiNvsqFLKSKt6+lDgvi5N26L8I2K/E5XowI56RvXmrKNvrn+cg16WP81ZzSnZ86pIrScP+OCvKsU9s0wsL5EyBugMXNkIRubSMyVlbO9wpCU9uutYARhdORpzzd2ptL4NWovtzDh/plpXHWXuATkmV2vTHT6+BvWbB/Lv3D1CBSEeQ/EMJGagYaGiAg8SF1Zt7yCV3aCa/iUX+OeRByHY+GLBR9rH8vfFo8YIWyOSgEORbxoGv0iLQvxnKllMNJo7czN7z6XA4dfjTrZagIRj+H41blhI5eKOYkqv6Q0DLFW41KHk4ZqAJbFbwaXL11Q6Rx9U9hi+mhMAOCXSJxlxCv1mG06M8UlpinVg9GfV6MU0UKMSfpeK4gbr1eVkq6iAAkNDaC4tig3CUs5Daev0y64OmY54OvwCjxRSIJ1ZyZC57w0P5hN1prGUopHXUFqhiLDntqjZa+JYnrD1iKICWArE/q5dQTnVFRaZTjWqlHRUM2OSOYXCCdEfLSV1MlVKTh00l8O2G5WFyQqLrmTgVFctf6lZ/XX35so55hm6T5TVI8m6pr2UmALjiZlK7J/HVur2+gaSDsPQkaJtNEmDRCnZsEdXOuUuRQ4rxygkt4uf3D3Uh8cDmblk4WMcKGcZamFE5d9s/p4+rKpyEOWRqdvROHxJuvTr+lAKw1RHXMvOSZzLSciZfk7KkEyUZ7FccE3m3zocqdKHveL+S23CsyqMHqP0Stk1r23RX0wwRyEgB4rbR1KD6xS+rQ6RdINYG5sV6ZM5EtXqbvsFc4WUrrsihiCLpiQq3eBeIGE6Wp7dp57auy6G2x0dJZIpBbummhid3md3Sg3kJQwM3h7I0s6JcqWg2nRzE1WBbwCSGt/jqpE+Dvlhun4UHz1u/0ulXP+KdhRvDLN120YkSx/tEUb2/BEerLlQCO1ZXaLE6pGri8cS98fp1i/xFTJ63X9IchYRZyveGKWATZaIU6JB8Qh5HRWXDMzkq9YHdE4yFZ3msqlLwYYZKqYuThKGmSQiF4hvc/OqySBl3QAoMUmcMsLwdZntE2jojBPtI52Y59pKcVUkCa0qqV6C4+VoLYcl+UDg/UQV4mc9Ot6RJoDXWFWlgUBJ0uhoK+09hM4/YC7GuswozmzhxYLAHTt++1AHC0Cb981lXYXCFylMcc0KHs+ORNWkDaEnZSoMiAxARWpUR2d1c+ZQBMIdmZWb8eGfy8cDCSQ4qSbtVoMlqlxWdyo3SZqB8OIoBIRi1KMgfrUuQ1o1nMGg3glT0m/hgKP7YyK2QVWFt0wLE8oorBcnEU/1ltnLdoBAPinBaQr6uiNkkkmaTCRCIeHwNaKTzHoddPtUMVwoZHOSomKHCOxk0kenbFdkLxgukgPoJrreh0pKUDiNZiwDNLg/EUwqc9sgQ4itj4aDRVqObCUBmK9NnealEX4Kcb84fnKDuJQ12Ycj9FrTeE5bXdBISVenQNbnZ9qWaFJvg0aI4ZjyY2dPe02DMdz1LwC8GmsAq7HH1gqMVuLX7mKmRq/FL7yJCeX1qv7oHct/ibbAok5Teta909E+5IMwyB2sj3LsXox09B4oChV6fDBRuLIQwE3Kdsta/x8Mn4f9XKBH2eote9V/Z1uqiyyc1jD4s6wXLMQB2pU2cIjQqWrhPxO2RVZruCD1iXv51X5oiiVII0xuSSKhAhKiD9A1WP3xi6rQNxK5f+rPflqHKyWRLnGNSe1J8tZqjJTG9k3gW4TKxcNeRuSra/KrXfCInZx0pSUIBWJ0XuMdSwYt3TmpEXJjlRchSo/Brw39ZwZwWdpwyFJIIrSPNwMvkp29sofSp51LIKIgIuLUguXZa/fO892epQqs5w0eh9MBD+rkX2zWSNjWs/6TuBOckPJX55n2WdWxRyl7qT4Tx9DTq7hm7XkYFW9yhoesNmIqDhFS6q7YgbQNLk+cZeNvTjTVrLgCDH7iBs1RaQe9olFsjyw6qf0jr3GMqb5Q0YXJ568i38rM0lqBRnplnYna/e9MCH3MEyrbdZIxFPLV2hDw9RAtQJeApU/+DN7ZAqh0AYplHH67trZPrGyEuNscmN0I6RtuZSbODIgxSgTHnm0GMLy5utAnQVOaXbFV45griCN45VTkTPkWsI9rE5a10q1yvz58AUxzjGlgTlcaQAp23chWxc8pcaCjdB8W7nBJO+e8MYw/VpME4lWBOD8bsPCnpuMXYdaq8OLrchdIvFKm36BIqkLd0d/haVYI1H5l+R7441O3wia/oxr034+8tfeA0603rbsCHAuWHCKHb1b96/MnSWJm1Aft7gl22Yd9c11uC+v7V39nyNI90heeFWXKzs1S2EY3reECAchcUk6ylHsp6vMPqpa66kps1PhEGuuGhZZWxcyGrjvDZaucZEkao+NlnneX24nibtcTCCiEFE268kxc0OEdPP7eu9DMetSTaZ13uRuYLkRqEb0fd0tSoiY9Qa3I7CFjo8kzw4BujFwROQqL27wwkjZLTdiPaMy9sAN5yrApqw9zQZLZn98XelQlWaEjNzvOxrSh5sZXhMbbmWj9n25+t6gWRK4rlLfalr87j7hdgGAUU8qNoWzwbWHgZaEeVNcYxgcLuJKqzM5QBSNRDaGg8GCXs8sEItGBnzsOCJI3EmSMq5V63vnF/bOdiDwxBVgISTVz47Yo3usR5xwpbLbmvPjkO2KOaUbhEURiSWYiaGoSI9rHMO1R4IIXEL/HW+fBasTY/lRC7b5rzEnfjceXTiYq4RQZAUE5qqGLroSOP6Pps/GFpM8YA1uMKidr95xtiAynHWweJ02Yrf2HBBxl7VWnSx0li4nnonWexH1+DpoPF+hO1gkjBDeva0/Lko30SW2gvkdXNHNqYwIBahGg0CeCMHuQ3KSvPsX1V5tPX3E3Ajjec9FcW19irHYX0XaYcRK/hanxJ9THNROoYOWfSrLfk7r7oZ0L9RIY1LrGiPxKom3OAXvd8QjGYcQPsqSExVe4vJBg0cvLIfPZLuXygcudMFD91g2IDVqXPsfgwGl6GfDR7Rq9pgBuY0qrKSr+sOb6S3XgFrrMyq/04KhrIrPfORqBQSyoktRySGL1oONQPbD1NwlqcXyM+TM5NaTFWSj5e0bi8w3M2aM+Lc6rugA9ar7ZBOP3bAIss1saWj+RHYiYWpjDktz1OeGpD0J1zWrnNVgormzGlKI3nlkpMYl2eAyFAzNeNWwv/25PEGF9C4+YGCmLJHuGK18SbP4SpKykPviqkDVE0gA9f22lBRzHpDICJv8kLKBdtcyf4h4Hm3yNiKDL8YMGaAQiyjWV43zTdRkvbKs0UY1pepfVDzLEhTyYs+BKMVQwRCaKMMiqikttLDutmUP1YyecWAW3WdTSl47zY+3j+Z4uvLlgBQaXYa1Rg7UC0v2/vTvx5RGFjht95STTKHUkzOnyQ6K5BwHIFWlrTJZ1gaKWjM2u0lzqCt6c224Y7TKa5Z0+vRacDia6pBBAc8zVQBc7un8xb36Isad9GzD4/GhxWmU6IHuLfZK4JFuDe3/4Me5TPpr2jq9p0W/XFWoFK2ROugiu/cjZXuz1e/8QiM6il4LsZKSiXrligWoespI3/qXsiGEtFrQsS/RO8JRF/4pslaxrz8DyEIV29fTpeq0c+mKZduGhFTuUOjjZkkOHTm8tf2/iDa6eciyLe0JKLtpQOQd6W4YlgoIe9S7ndpyoAgBbF+iQuRJ8Tg7WlEtCwOTcav4HKXIw/kdKB4J7PFoGHDKy7xIPeWUrRmJWh5/5ysArYQ4KyGEi5m2mFcZnqiqO9qr4p3ZwJ4d7xK34S3v/VCMjpF8OArBhS08e9NsAFd0YqjQ7vu8JU5ao1czLQXNnTtLFbhPNr2N6iOeLQWK7E5jlTidgXmKN0SjvWMYHBqQGf7S7APHVhRspHZC4bxhWQzMrGvcbzHqmTCtW33dkaOjA6be2C/49dzTZ7eLd1YlMvdeQeOzIw89MFNglBwICNqZXaUXEKQTXt8rzHM31MV9eKfSwld+tC6teYkn/tnvfv9z7elSqHAr1HhZubx+Njf7tdjfqAps8DbITZK5wQgo6qGOnA39IX+9NLt9LAtNroHbVz8uZH4RIK70AwJHLEzmYO+X0wHdGt/aPqbpDuzgqVqxQQnUkxn/RKIDCyvC3MNLI0oZ2z9DNgp1ouv53ZPufafl5jvy9GWqwtRbCwRMLlidl+xr82yDeEFx5XatY/zqx0A8ToEeFEYKZHQd5deuM9eA40+TG6u8+Wvqhxl0MaDBjPs8q2dGYoxdeANxTE8nXP3Fzp/aZRgAm5otXSOOuiSbwmmKYxRF9dZbmV5DEBRGtDZpIRx3Xb85vdlVmLEi9aCu9Nl+TfGa8zUlQLNZkHgzCEWzuIMFDYsbxuUzZ0Br4NQj2Hs4gP6tXHaZnx6Vh+IvTVevzjjZ6ZcVk6uvXj4qbIsxUnkqyUY0tDeYF7yI42sxdau8okkdUXZ6z/HJsPPJ/65cwWJwezGeZ+XFgSKLM3CxAVoWKN8X8JJAaWsWyMq9lQpEMTNEl7f6A2bCKIRtxxzAzgJVYSnPfmo7fd9SSGTBCT8/p1Zbbg4+JDizmHPzSQsU7eSQ+UWVv6j9F/QQNFdpYdpCAWJOqaEToef6FHORfMXc7O6DDfubCtvRZr0mQhm3ifsxOSEynvmW/r0VwL51ejxuoWlO8cMDKvq8m5/H+VNbKxn5YibbA4Tr37IiMPiVZJwNPoic4bFsDCURTCC2tTQJ2E1VPCpu/9UBpxbPp4DbNRwWlQqlv11+UfjnmLQmn4diV7Pc9WjZ5fazUGRtdM6sNSOzm7rVkYF5vnwDbv34OmISPnrtu+3WYoKJlzQCdqApEd63igx69pAnRlYESTYf92YzJNVT75L1BeO4RbpxKydl+mL/aGiUlixX/IowrZa8bg0XzO9c+Y9qM4xXdFxT/DHX2UfOa44vZi3QHLT1m7zR5fxfacLYKDXmiDHzTNmtGPPCYVMGtAeN1R5N3sd5KSeSuWNYyHENAHidIQaV54Rte0c7ECNx4uYqkxi75b2NdUOV4wgE1WKvMaZEAWuw8TkGQWILDjNtDFiZ9k0KoLyBWyK6st7p3/vJpxePepZVhwfszdfQYls/3CYY6Y4Nvde1LsLKq7ci52X1aUxK7TvgFRIr+C/2pDNNOIXLTFYO0GxFWv4Zti24grbcnlWjUegrD/odfgEDSopT+4Evm/NP5hNw6i0FTUsOlFQM8lJFQzw8h2Xa7GyyIOcMuPWEpS2/lANm+N1dnEPQqvMQKfBHsYdA/l+w+k+ve09LxiEEy17UkDfOCrhdGVtdsShnPwzyaWT8RS28pt5N3PvrNe6o6/lrOOq+kyAlYw883qp9APlkprqq7f01JpQthF2Jc06uB1u8jwOb56ugjFqHOIG7S6JBuH2W0BhET+2YHON1aUh/BHHCHeLSZ5CwScHOGAUb00ExwaPqNAkspZhS/q3a0lDsyzZ3XCmf+Q4SfHV3hxvvZdL9D3s4encG9LCEM+OUCpmQrJnkxI/KwfYUnDKbkOwHJdoWLzhLq7f9NIIWEsILegnDUNUkTbFBZsiXtFRfzvuhwIjlJyCOw3yxejrL8Ni62ncTixllEeZ0W3sYbKyxS2J63a75dicGV1yziAhvz3Yop7EfQUFJosQiFgoF0JOjRD6K7hhoLnyU6bMWug0PSx8lgsIuHxfQzNWIDYuFsR0EyfIV9BArpM98BnwVLMXFYln2+6ZJlUON3ziqNJylRwdnrKfjMpU723aEgTGsR5i7zSV9QrE5ywlg/torVlR3FF2V5F+ddWB2HBtjZJ2vA6nYA7j8OKGwUGSahNHJQS9T0zXbc3UTlAC2BGOAiQqHX+RjpG4wrNDj2xIvuRigzTY+36QHvhzRKwdi0k6ckaG0JYQYLf3YoC+mviTQ9NnqAUQVwhhgorbBrOPj2mUYS3biBTHt7aQfpETYWGU+o9l5pjrOC7IWk4zcm2TiiBV8/AslfoxbITjFs3H9gcVEDuDQ5vRSUe9HsOe++tE10/TvLPhssp8ifyIJuDcf63WFPc1Nw5AP4frvmeWRJNGpp6EUF0h6FwnyuKLkcBakHMJJmugPNYdkQyIdjetDB6OneZrTlffxewdQ+Rar+Re2J+yYMNXZMkApjU6ClV0d9vIaJG2HOxDqmavhiBQ9mNbKgoPhzfyNIMgCBszuExrEfq1zBXp/4hGdsmPtsM63R7SqcJPyrjWyhhCTqamJHmRAy8qI7ityPXaMpihVUpylSz3qfGZsx7q8EOagyLx75UX9UJaA19EHM5iHidlG1RLLq63iiiDLQkOuKfwFP9+hXPRo1J1F0lGgsSj1UWfJQ+fvCxXhFIppSdgZWufefcyupVp8LZLicGyZBjJr3Tjle2ZIDwpjJa4LZoNOTJHkT7vPR+L7uSnEQkoPNsML1j0ngT+0A3t5/SPXMv7BGnf64VG51RZnS2qGbQSlFixqVrGKLfTfpR0oOLIs6UTVkJpjQq1YYYEJ4rGXQDZDPlZjpJxMPq6Tyu3U5mkwbeYp2OM5GzlRzDhywElLSYdZr3FCTTQTbFIrmurow68upE04dVXSe6TzEG0XO/F5+rQXwo4xIgY0PVDKUFFVucPBMtLWXwRlSueZKpp95MXPJgeIGp3KKy3oBMAM9iQ9Ogq8FAIBfb+WQuu9o1E7D+1UnAUJseFswDkAU/gCHnpaDqyXuY3BjDTDGRM7zrB0DOaHR3CgdAvRUaBvGnal3HQ3Mbf2i+649tmqfaDh5eI83quiSawpirUHzdL/E2ROgrguIECY93g0JhYzXiwfzrmZqgMesWx7pQLQgACTnusJHCMAd4nVAolMXr5cOGk3i7nwIxGxCaVIQfyRK8R3LN0uQRiCVwVSDRhE9AAt/E4CjZnNCucKnQ07qPFxYpZZEvJkN5DnY1J+Ob0vmwCFMCqRhpmhu5hEXHhgFTFwOAjnB2PorCK2Rq4Sz0y+DZZ9RcrifjIpzsYGWLF0bOtMHRAKJdsdWffAIEgldmYlBB8SAvsNWgHbTDOUIa1cPoj+rI6DocVqMkxztUA5V2E9opC5j2sfBLTUVOTUesT34E53rHwwp2ldJpRmDExr/rI8UJeO1IMiarBfKNQU64woFQD4xBp8TLtCzsgkMyJgOICoiIefSsNVcHlJspRNWa9w9ZH/Zg0uSvs/MUqpHWigvw+a3R0CpLyUVmcaOrR2Mj14sTxw/pQiCSFv65fTq/6Fqu94RphoSiA4pa+YJvGkZJ8djLy2QY0wfJJEHrIpdSK2BYSjNCaWPCVecG0xVXQomJj5HT6R/wL0MBaGlKUFkRiDjxMTyOb1icTwG+liJ7+uAWFYTOi5zB2U+IhEO6iqZAmZBZ3Dtm1oDNx5zudsjYJ6u8dCmrOy6fyf51svyv7eeiVu6cq4KFBR+1XXha2+OuqozCIP2DpS6akZCoD+ZV9tgA1ZJbdKAuTH0PKV91QD6Su0AU03SlOcpu74eCm5RC5neB93mS2/jeL1BdBz4t2wujMT5bSYl32b/GWGWrNYwi5hyWSMn2FKRy/YKnQi5pQC7K64uuf1+VGMAehVnsGzm/e9b7QjO7lgSM4QW3fjT6geDnHit/r28WDS44LieHuOHWW94FsGGxnKjXzOxTpNMiLZizFiQ7cX56GwU4aUbabBGZI4zavbf16WC+ApplNbAUsSvp7/RpxnehoaJkFINmd223OsuK2u/1uWrlBwIUg/xlq+nbNWheiU+6Hjmh/VeF61BiBmF/kR2j1MV1WtwUducA2OcfvpsFahiKDF0xOKPppuQkempfNjVcjM//jvEDkJjEdOHtoiYJBX1flaTQOMYiD3vjywxwD/IUa7aTwGd+r6wqhSsyCsUD00R6F3jx7dMSFXjCSWHzzYqVst5zez99f5h81NyXuC5GhPxtETt6Gckvkf6nn4dG1wVdJ/1cfwr49on1TOH3+/b5eL1KNhDtZOnfWmV+oMOehfPdyG3tSfcLK/l1yPiNhOp92glwG+3oG6v1Hm9pc3f2DUk+KZv3DLeB8rEoQFE1ZYi09yaElMVc6xiJUKo9cf6zPLqH0tNt+ZpzA8iuEpZYb+6E0ikzOLgVeawBIHHTyPPCe6fkD8rXCbWmLRm8fUrGs1yLZ0ZNssaacXMjE28mWgZtlNyugf/Vzou68TmQOAmmOfjDiLqjU4YqsRPfIbm7g09clC88ZmWnmNVGQFV8IgMsSr4FIc6PUxaFxCpIUKzDhNo91DNZoBMyvGBVxLKaZS8XP9zwXG6AOHTB5n6SXI+ZRn1k2QQGx/muE2KV5c90D2gDCXgAMXo6zrJxyuRBQiOt8lPcf3I1a6gKdq0+YRkOlxbsVMAVWOKzt/6sTct6azPykEG3WOQvED3/Yhoe1lJOSjsfym0TqccvUpduHJ70Z/+UIO3c9akRdWFf+l7Pb7rLh4jaYFs9hECvJdDvLIkyZngtAYBW7Me38fiQr6jNgVCVbsZMqrq+J6tFJvQao6fSKfKRirrmqIKVeEmfbWNVu2+ozbF12ZaFuQSGe7Y2xZFkyGLX5bfZjY9zGp0QMo1QfeinPOCzIMHLjVy0cl3yfPk8nA4u6F54RRehuQQjxfHQtSMWFmo6x2RMxxCM4dN+DwX/Krj/Aeej9w82KEQ7/3ruPx2yTCE+I80Y6TEnGsWIcQw1IZC/DSrDc7MfOaqDDNcKe7HVfOW/cEpramZY5WuIIv/i3T/VbKAjIG04VhyalkRaaD83HxTDgULC/8OOz6mHAmGzpZro/amCpYcUyX7G35WfJUpNqcjc32fO5ZzF+mCcV8FKeNiDz3p0mGimXLXHwKBPnlFeYBLypYK0Qm9m1Dt+KXRwJhRW+qJfnIlvJCeF2/JdOh0Fofnxvntg3Z8n2Any0iNrvCHlOrdF4o0JjcRDEi+x31Yl+rm5j84SEwmEyBjut6iAqE6/9spSozQjUFJFV9m5eHkg5uQ0fSpjw/FJOqm3/KdeSePqGGKCN+H/O5OJaxX/8byxJm6R5B8Ji6qQiPjXDMVBkrjrk4Dt6Uruq0mG0kJN98xiKEmjca7tjDaxk3m+3LnrqF7XpmWVaH0qb9x3VeA1qbVUl2lLtTlqccoTu8OHBsMEZg9IxhUPlZ50/TTKtOxdTDYzo9CaFyJJf8GZfT+IF1Hh3vHl+r9I7imvcKf7w0euCOGKCD+/gG/KzmNhEjqvXeRVTAHkb1G9tkqFMWFgXVrUJOaZp3oqh3cyhHJ1Ycw0ZLVqWXbS/KAoXoo6CS72evnvmlJPNe61oOXe20XkNWA3PrMGfe2NBqpsuWREJ5S3E575yHDpfhjqv1OKeHUv0QChJgEKFlG+puwLaC5IgHfdOHNZ/YTKUSbdaijUFB8Z7P+3+SArcR79AIwGajhIeqGQv/ETp6gYgSR0Aqq3GNbWZiLZKxdui2MYkDzssHXzsSiaK0fihCWBPTIFagPpNxcr0UkHQ3i+Y/KqlZ0sl+RyIlh4+svLu+nkpJ8l7oulXcfYpwuEHIzlZRbUjM1ds336MzJCjKafa82qcDw0acgS/2zC5Q2A1LbZt3NutXJHpzJq1RjXHlNpqr7ZfMNGSd9jkJMvMVPX3DQt3x1r9cRJLSPfYUzJ+CbhsDwI1BwIbntaEYbXOtoeVtZl58vw7VdJz0GcOGBT6WQdoJF5/qRK7ltK10jnvVMnoBFTd4gcxANCPfi75ARc5dB6xf827N6bOl/7p9Yu0uECdYo6Cj/vE4fvb8WzAXv9MFUmAYbfejxJDtlSl48PCZN5Pf37bgI28KzGvnzhiJBRSKZd09Vk8okMS7hWe3gCbeh+DqB3du4SoPSFyvyCcj6JrLBBdZd9v0HGUNUMmmkwaC5DUvSMm6SwIgvTHglzcFqvL+yre9c7gKnPyFGfIRcyOdqOZI2vWAzkvtexY79nODGTJYZl6s2kJeireenwptPVt2jG9R/CQJEIHsBLpTX3AmwKleC31q0RCJi+Cq2LgJzXBHfuQ2vDdbA8jHgwrf8pmbb94qCxC+If+d8/B+S9skkWieINuLe8TqVCuSWra/KxglXtRk+Q/AXPuL+H7GJjrX3bJwmEqvFHejazrXGr9zpLjc273dJDkBKw4dCHt+qbmADABdhJH5kOYFOokf5ZywJlSaM4b7wRk29JHRm/HRsN3CTNFvV9EvtLIiI/nmIo6Qa7PpSP3qrQTIWT9NKBJ1rsWNXD4SB+CuMVKho9VIep0VRAtADJVKmPOEWPAbaRCsxtWpyPDZ3PLVZL98LBegliaExTlv4WFtleamA6lJG1CO6yK51yI4LcpH6DCrWM4CCnV+FF5zLyOOGJ6rNL5ZpPtywkkSIYC37HNfqIEwDBNbFJXNgDqPA6rUy4YikmmFFS4ksOPzjaUlvc7ANTizoUYa1iuPk1PwiQlQUVr3dEu14dd3y1DQxmhudRLGc5MSfaJP5s+y/x8Dkmifao1ms9qosn2zPJsYmdC4pBDN6FPmExc73Kc9Df0ha5ZlVu4wkeVTygSFmK69pmptPXso7j3zHTAJ3/V9EMm8z2uZalPqeVQawChCiyEQsZEsfdiB3Lj66hd4ikKTsFC02bjQE/nEs48lDy0I3zjweI3HWaCX9TowZ4IwE+sso2EQSDtyQirSukj3VQsJ8GjoRvElExyuLKEQEpPebzQaFZ8bzbVCMo4wd6U5iXb3LKofNEb1F3Iep9aQwwSnsK3YlampdSngcx6U9XTh89wNyeEAqacOX9vokBPkRvebo1xWkd9rw+Y0HcuwzLSj2VbYypm+zD5CiONsAA7IT7FLnZaP1jmJWFoFHgEBux7AyH1OHWLRn0DVHNRbBvINKkTk7Nf2fgHcUcryVxEm+18sIlDDGNkQqjQt4EEWWa+rPuWSbScgm7Hm1R5R6w+zHEcrgtnbj4e3aYLBf0OG8/HdpOls4j9cIADywgm+Pis95KPz2aYU72LdprGA521HbCcv8AtPnprNwuESouDA/EK2Qb88tjI2/Ylwi3fnEOSxQXAbQEIKE9queRfQa9zEW0ir6XCsB8cZ8Oj7iA8zWR0FDpQ7DR6bsOxz6MQ02m12j5Xj1NtJZIvcthBGbnHtvw4l27iJfYfluQ6XAudEm1mose2felEGtJzWHQAgK2una3NcYycoOK8GZqKW3bR/6+nitwrms2JlTohEUzhR/65WXCJGzb3CWp76QSxjno0ytQW3H2aqacwo9k479W431iMnYVa8BFihOJU0p/+kJ0p1N4ZRPw6dYyw5shIVAVLG+53NfYjZRfVc6PvioIVMi6XUO/eaLgxo7H//di8Yg5ZrSYdZZ4VoXvwRAgmuYxzbeJzAtOHkAdzpQsA3c+331B0bs+sdxrpz3R6gV6ZLqR3iHzUhEkCTEzBGXB3AaoCi0qc6XNdV/a/bmZMP/WQKBmjdItwITq8yDDIeWDgi0HyNXeP3U8mLrni2LL7eLHbi/8/9LD8wolf2F5qrueAk3NZdL9nV14GtrTUAVKFJDCydGxtCJ73CXN+abzbNR6n4pjklsKi7ZCy4FBeKvg0/ZGPi8Z3j/e/tWr2eQOIzIAC/7DtNfi5Qp02c8oK/v/hb5vQksilemeT58W575liq6zKt18yhRx9eVi1nc/dbeLIv99EytiQFLGGwWOzq1k8WbWohN97q4UeVzvQaxHowLZBT3+dEPyixK25IuRvuXxHThFgZjbFtyYVp2dK803izX+GGCzNNIfslNoUbLrrfOQY+uTkbjVFrcCGgiDlgrNhL2IM2NT7EhUC/WDIwUaJWnMGSKNmV13rhTS/OMjra9RXCU5c5QwTSCGHnIMDowkmFJ+9gwlQjWt4mHIWLWlvBzcq5y8cFVI7/mrbKdU2iyLip0jzxDLOS63+Al3KEIU7hSSWv59wmMieVU7789tJbkLMVlOjC5mZ2u8I0XKIuFgQW9OKyaHsl8LagFIHPC1WKC4ztytFbDGFbbSOVf2ZUt43stIgtT5Y/c9sq7L4C4FIDsvE172pzyrkZ2XY7mWpwDneyCtC3WqUJs1Lb5G+34ojr9RTgLyQqve6s9C1xpZnD1OyXd69jSb3mf6bsanAScz1zDNpetKJK3iHtZMYTs5dGPnLluO5WRB/QIuK/eUlsFb6YnqhLg2dMu/rSSn0MU6GHv/kLqKgafFcW94EU0XDpqvUncOplrDaY+kil/avK1krZW7k7tRPsrH+cmzC5K8RVzPy8VCtSW/+v5RBYOeV3GIu1C+I8xFZhz019njOrW4DkKTWFXTZtV2sIxjgWPPqyUS/V8VQ3BBerrnmk12fiZiTnzW60TyFbp5SuGf99ciYe1a/JvKElayXyxRP45Sob7sIDTROSw+dqEetmFmRFCzpbhWEdaOYGbatR3H0AFgZmtIETjNmmc5Y5Z3Q8EKSj+Fpvjk1tWnmKjcJW/ndogLK2v7aAmJqQVUPlGNEty6jjhmUN+FEewLQYnpzR6xAkjoigP6LLJlUHH0HoiHN2yHR5OGgvr2BxhupXyziOyzL2epWaFCyD1tpoCmjus5NtEOCyoRhJBLQYyrhGLYNBDTlejHiJxx3nxoRVj7gfOZRHNKrKU15/oFQNezaXMNEMZSol2JpGqlp3EJrh+DQFQ+xtDgRni7/gIog9elSGKre9x0ROABCQas2Qo9AWiCiKhu3gBGFGaaR2iRbXhjckxKC3s0EpBVf1YPN81eZJHdQuhDtOruAqB04V7sDkegPf3zjNHAr8v2p6nS0UOeFTjlk0OaTPRam5LqAAZjNvm1mjkm3NFbPwIWO0309nHvj5YOglfCYgtZ1oWZpbEKq6B5vD5oE5REppZb4fft/tcYvXVN1YliJM6onDhaysvHLbMKVAKIcZhBofmTZyZ5o+5la4SQ/C2nKpY7BlR5BrzKZQoADe7ySzwAEjmdHV0jZWsmFZYgHSUkpcwMUas8pcvIWBQCHSM0DEJiYx01uJImNgMMdymV3VIu/SCEaDGJ9qalwEju4r17X+jqedmJXZK1pmUr3LVGyXzYpuH3Oew3KY7ZxXL8DTynDaJLNz7wwoAcGHBz6ZP60/NUDo2GDBkj7TKLwxnJ24GY+MpDl0G0PQeL7Zz60ebhWLdTXTYgYKavmMzAlJV8mwoPtWiAN4qJgp7FvCUrBFGmX2FQtPs5ZEmcehuvWt+ch2OCPmgJp2pcfyH6F5S2hok0Ug4lpDU9a9BYCnK3qVW3CgOduojMWvQKaEZrHrSzqHLWISjeEsHmz023JBrSMAyIi0+eHm+aMQ9xphQnWBvgFH4aos9RhT+BBiDb5gA9MbuFcycKoiMtkCMXjddl45phZNlwpK5oU34YnyrtkEarEKQuHuY5pl9rHECjesjIxAAUgcgvxyFy6hmPbIF2uBsz3PuJjxsKVAlgbIx3aD0fkW5NSE1oCOeDlP8kdXW7EI8IHhrwCKr0vXLG3Ct7aQ8bJp+4OP0Vn6TBb39w6WOYlDds9/h3xk36NulBVCIkPhDkDETo5PpwjdZP1KPkF5N9/ppnwVZURtuCYY8myC4JNLkluBIHRuupez8GxCiKJKgz7FL0ZJuF93QgeocljgjX8w/x4u3OUUm+YnQNBTn39nqgGjspwbszOTWqNnjVCqkT37VQfFAMMnSgpQTaHyuqvCUDXIwDccGMqUpDyTrgDSnKfhiJrmFGoeU4WaEpboMmMFH+sCWmUZLEgEv4zKiJD4G0yKWTizTzys86AAHwjHFo8YvRTjGynjNIEmwCOr1jys0miB2aILq6glWCPqoimWI222kQJUJ0REXOw3YC+N18OAO7n16/EQXEqhjaW1cjwyWTlDF6F5Q54809oGMnYvFG3jYnTBGWeDmZFqh7gjmLKSVXsqEJbJGQwEmc3y6bQAQfnLI3KpSpYpRlQ/Zw+yWUZaASPGuI1TzgPWrIgvRsf6Rh9sZEuA54Z6n7F7xvgUXB+eDF7+BmXPUeHNI4lFpxALYk/Rood8Kku21Qg/xqWQQgLLIfXxBj7CPLmqml6hCjGRcTnap2JiOKjC0e2fnyOflzWtsBRvoO/WxKLm1Y5GRGzdsQ8+Nk0ZOhaA6UI+BeZZxNFiyRqRaL0IGCgLfyR0PmA3qvisM+GlpbzbcUapBZlI/4rZUVzG9gvOf2dvkSmFmbYuss6c1dsKcAZvG4sN0KuL1XXq2JZmVY1bNLCdXAo5oiUFbekt8WDTdqHEI6rkXYc4L4zLqe18xDdiohMuZXrwNykuxq9oLnyZsU5Fr/FBfPjB2uwcoKoSNgqIlf6mPeXPO3amr5N++nfFmjGQk+W9YFBathDRbM0DwcnPBNo1FFQ7v0eLk3qxnjUpXbKkq4AnfducQ4UkQcqTZsW/PqzscOD8Lh4tN/4rjs6Kwyytl9IaW7k3RT44J8ny+loyFsiJL/Vp/IkqAjlH7sQo8CCs8qYTWWgE0oX1SdgqdBXnechG3OUacAV8qRIJPw4/vzoy75jGRGfhMDLlPL3GWT7l+zO6f+pos8emATqMnlvBJzqnVo6nN4MEeaMT1B2w8Gx+wiouvGuNp9Qrtv+MqWpujn4l08WpCnJPjPde42kErnj/oyKbESFq+UvRmMqGwkjOxnrVNUkwgZGrvyDroFBTgFglg+wCUdMGxChRXHOwPkI0HcQ1XQXCSOu0PdvX48bcGkkcUWw9ufoQMkufTOE2g2GnFNSW9knp14H0Pp9X+PbAGuRpALMyRBDxWL5n/dukRRAMXQHm/JQyLkVBEUVVXmffSNQzLEi6MO7verYZMs1ge2hiyjRWsH8mdylcNyiW76GgFO+0WgH+TZS7Yi8O9b/0Z+qyDqImmXBnA4RMc8IYECd6/vomkYu/O7qjre4zunkIishorTBVlY3s2HHJ8+Jdf0AFCI0F3PsanGCBB0ctpbVIHrqyhAJhMv/qEyqE7l7Fl2O+U3lVI9GzC9EYsej0xG89cBI8VKG4038Y7Io5coxnGq2jJ6GHV7bpMNo7ZnlpZC6d1nlwOUgbmebM659SAOIgcCQ5qrT7VErlFd0+dzo3bblGCg68uZ2ToVadtrPsPlh6VX7e9YeQBJtS5Iru6rO6ZKaYP2YvBRjTGSuS6A6EaleFZwPYXyXv1g/23BviarkgotwUPdFdLQvRFT1fvbzgKw34rphvo1vlXJnMD2U+izt6cEYkvqi8TnjK3JhL1iYJvnQx4opcRPNWRYIFzssSVfcFfDmU0mCC2pVSuw8hOCKqyeVSqwovWc9NsQK2Ldcq9vNp8Y8S2oU5MetTSsHwnd7Xj7XgaU9xiUWcEatFiZI+DBqxHKySiGtrAkPlaLW0o73c/POvVynLYst+g8sfjXyYVZEyfYdKGBXlgtV4WI7YtM1RZPnO/N6tVkg/iDA5s20cejQHTr5D6/B/N53CX+u4D7bFva1gILRdbImEIhoXokPdFiQr8Ej8W7UIoQX5jqwgluLD6qmB5N7MMwLoadnvqjqTdVHUjpHWTyPsA60bOd7uAFOuwHW05V7SKjY84EQqDLFwBQ1zz3Ukabec5aJ1Y4huRnB4V+SXovWE7YK9RmF3Xy+hnszRoQdfmjUHBcUbgXUmLaV/NmeWLxfzJnSS0ZJvy4NnABzmkxjyelrxAtTwk48hn3Kbci4kUyyypAt5a80GCjP81hRWBAjeyJZpMfhqKzKFtYUkRUuqDGkE1tao+Mh29UvDGqYrZxEd8FiZk8LiCnK6RxtcKtE/3KzxmG26nIW1MeKZ4zvSjCqgbmbyoMLHnvBdzNiTLnzy3BmPMncXo4kR5tJdOczgbsHSjCiaTn2DmtTUh1t/+N3R+FOtLyFo147sh7qcEG6DLlOufJ86rXwjSphTiyr5iAg8soa5qWd2KFs7y14KwbMYHCD6CO09CNDMlAb0NSDvlljVbqjE3ovEHBBytdQgSMjLxG01/dkupicprfobLJQ8enz0Tvmt2STf8xbVBOrwNCDNx0d/QzyFSUQ6NQzUO6lYlQ10iPCfqXyflOnWui5WXtSnQJ6tl0HFpiYudJrQxfCMDAmktwyfcYdD3Ho/K/T1RUAmI6BM32oW5qyOLNMSzciNeS5XONFEnlO65aBtgy3PZ1vCbuDOmB9Ynp5ZPDfpbEjstFCua93JwWrsqsmJN6gQmAVL200XZcVnNgUUo/qeYJ/gu+dGTiEL3DtE6cJmEwKIcbU0Gh4gLiPHIbc8f/8IlyvVyOaRsAZRXYCaaKUAHLu+rxCBMavj527M0mOGyHrJSXDlPipk7ndOWapsqxqemvy5E0W2+YHvxCaKTIV/7fhFopPQbtdRQPBE44Vd+TGdMNu+zKNe3aKu7owqqBYr3PkTUkWtSCrXkdGYt0z1HntqKGlEIFVRUjuHo4HCq7Nn2hK3KS1r42A6z1ppX3S4Ah9A2Vn6OJ9OH01zkzhXaL8TGEYoRSm0QMnEAtMluZRjVrlazwOVd92u7FaQdsmfV8RJw2wZGQ0eYxtDuycqg+W1F39MpYjc3ADKTyqM4rMVjpDw/EzgEoCe+VTMXM+ta0eCfjHhNmQGnaA3SxuNmJ7wfTa13/qBJKiOF3MB2EhdJqAro17OE7wKtUqfuflaCS3I6csvftV8S/DywsCFGiUa1Im55uHdJGiTGwPEgaLTDt/+8dtguAfBr8tJIdpv2ew0yPKsBFdZo5QbmqK79kijHsJXr7RpPManURhhhtf1NQz/EN3HNc0+KSLyRsQyUk8ABcDeIy5zMOQ+T2t3cC2MjOcpN41f3eSIHdK+Rj3GYTmdDWG5KBNwu0tVLYof95VwXe1PgdZNHWddFrPSx649nT4GeVqZssA4h5gBnmYeLlAl1yOm1MGteEvKZtrfqCd2GxbHh0OmdbjCMfsBZo8BRl0TKN5UyCBKLQcJ22xBO9xxefI2cyl1w9XbiWi6JACI0Y4mrApB8S3LtJuVK9qmL0uDk/m5ekRqxVtJMz+pQOH3i22aQeZB/5mzDU5gN4nJP0Mt6nvSCZ+Sn8QS/pA1y7McdApqzQWCXCkGMctaApqTfiGJ8VzloAX7IzesK4gwC9cX70lJtJxWGEBTy6BfWq6Lzm3gKsOzJXxGp+LK7ynxfujUKxAXPC1BcFtOMZtzQ2NwtXoyh5eHKoxoy2Ji64tVMfBEwlkL8DMWNVegggHwsxx2ntY5ZwjfTyAdn8Li5HmiXCtnThGCxeJVLcy9x7KmVASOS7HPNr2GLSJdV4CSGVgdgzkFWWS8j3XbkXe56Lbc7ga0YaGtTc1lDoNipjoDAxEle29RX0egpcNy6RxuX8rzonGICPRHRTlv2BMsH8SZHYKZschRWz2W7CKoPhNwgnqQbYo+2GnriYBjJ3qhFjnq/x5hnYA1R1abek2WAiAITmK9p57WrsDy2HSRsIU+NetnJgGAcLQj6Rrzat/LY7fbLnYqUtyEEBmzzh8XxWzfmPsh3voE5pbSOjEMU0q9pn0j4C1XLOBkLmdOc/YIwjYwS83eewrzfHJDAxTqzhhy63EalG7mrXokcPwgggDgQpHktCeaHkHRYdczuQ6VAQJk7Kh2FoR5sPvqtX5y1DIVCiAWomQ327H6O4zFDg4stTTEgsgy0htlDzLevkYFdP9EP1H9PfymJybD9X2Y1OrZYDCmroZn0AMEah9aKvele7uequxyvSZcy3H3y85VSBIwabOEt53ZzH3oeHlpbbJUC7nWzDqz1bW9kRGEDeaS9TWTvVdxSfJZJJJHSTAYkJhn0hkupGiLf0ugUpuf9faMexesl5cP6u0L9/Vg+OJ7qVvjTxn+gnOYMFAOO4QKn+IYUz6PEKbBrIZ++ZuTRfi9oyL1i5i28KF04yC/JhlUQmPnBLPH85Nwha/UoWFNG05MI/H/BDfNmk9f2XDGdhw6eG8YIGq6849X6EFOafj+bCs5yXNB42LvzHe5q1aEXS122ipeJWRxBkTRwAsAxOO8Oh1OjiJQDA1+rYJzxuZZYjJYC6unUHCmQXbk17UweFAqKG0K5LOHNBpdlJ8uQf1N5tAozpuUD/0CV36rbST0RuAXl/OdzunIDMqVDNQOW9aBuHwMZJUvJKbKyKscpLFif/9UYvf1TZgoPDS3yzG8bn68Cv6jm2n9g9EZvnYEgtXfImJoetEkT27PN6x7dXVU1gEsZ8YI6Y1nDTFUGTl2c7QsIGAjDhaqf1moj8AaDKQTpKdCJp10nuKUbMfMXbNlxft4UcXjQM+vaYkstzygDJuEGwiOdmw5dDixYp7GHoCCw0NLXfbZjAcxbYY3jFnUm8PhfFRIsNHrgzUe/6WO8twYEX9KmE2HMD3TdhJmjDCJJ5+HwLAhKSCgB+VPXO4Ls7X0WiZpBrVQnql06BBQD1yTlECdQApPMFejEIj+cbLzUgyzjpnpZFzneZ0zC4A7nqt/Exr2ZrUtxzPDAvd4WKNtCCB5Cxpznq24zCSZJc5Evab04wrXgDpokXH29gKcjZqeUvbIBSJEcG/nlN8r2lQ2SkvZvHnlTKuFQZnTulccO+QdjfZQaAMysjf29Hnn/GsySppCo92L+3qVMwBE2GOYzlVq8mvb+/zi5s6zIdQeTvquLE70cu9Dd5pwUhKd+J017eSL/BUoMQHJZaj1LKN9hCA2RiyPAN4naMZQ1DBlC3+uSOwEffxb0hyEQiTF6HpwAFpO4EN4wiuioOJch4enDIDkVznox4HePht2em/2NcAq5cwRB92cpj8sm0NfQ61WOvHm+D3UXof4QhP8poXtyLPmI9ew3Y8Mekn1Kj2QaEcIDRg6zHzdxIEtlOa3jHMvkXRQJuMqPomWzhGInqszofl2fBrZsJulQ1hsmho+TXmpqORY1rQTLDZZIgT3THBpdGM20kNw2wqbRLae+Rsgr9vWn20/Zi1bjMBaY8yz7i9yB8g5zuD76te6Cx0qyo+9xeKxnF5kv5GMPTxe7Xl5lA57VPKT0ilYdKPDbfXKHgufznVpQNKUI3Pu2YkgwpNZEkOQ4W7CJ5+yMb2H1g2Yjg96uOVEOrARzWYihgd5SEOPcTl4KpOvI1LN49+m62mgzFg135wmLRMC8jyogX7IIwnPT76Sf0Rb+l+y1y02haijIXrZS0ch8uOCvJg50gijo6bCMgKt9JjApMgmv0YwnUD3ZxjTeYBNt2sZnPZMj16q6WPqkw/XMHs419hrtFwO5xqvChIyi3uh3zkNTmus0z0zvwn0fBWxdUjffsfSXTNH9Xt18gctBQsH4J79iY8syEkAHqv2YO7182ilohE1DeozW+Q/hRESoNOjR8C96lkoowKsZbc971st8CZ1bdpKLniQ8nYxXfQD5HUVOgFws4zpIN+nvjbQAXa2eEpKC27Xm5PKmDBktWRpygGzkanDvh6hlt9thz7UvTdNJ8x9kctZtkFXpZaWISfBTgio36x7Mg21irWR5ih8RrRxxm/84c8wrH5UrrxEgdD8iu84N8BiY5xPYwvBKdd9pEwLxfNzJDlc9ip5GkESWdkppsGhAV6O1teqkRrFPEkBh3T9HL/rIzgIkRi7CX14ug+BTav10hqP5ztZhAsQOxGPFn69wXiP21JvzGfVL6bWgPoh4lHoQQ6Ddkzg0Lp61AmSf6Wmp4EsLFQSchK9l3Pgg8rqCMBBeLuXn2t3CtpAQNKgY2btbpwnxLe1YnB6xI2ZlygwXuoDP36gC8zDPlXMW/nYDhpQoBbO/4FMFT/EQD2Me+BrOEMGTIpjnASoRhaiO30VZsH1WUccUpUEwwgGohwuHyuAzkM2wTjt1PMFld4yEbOxzngaID8ORis5Yfn8Fg8u9eU6asRviu5jOGuEhyPkiBYPuxVmANkxHZvFtpMd8l0/ZdSUQhbHGDaOVqcJdFYSxk5W07SE92ec+sZ4xe+nmBRcoaITdiYpY1/nyXXfZLK/RzsgivvChFhHzSYZlX0MHsiLqsz7zB3+O72oqsZrzx0XxrB24iTJhnPozwR7V+MVueqQzD3H3NVZPZBtVCAoomGtMR1rt5oOIS3ghcoHQdxiMAAf3SfGsLTQmAAnuENw5//2P0UXUgjeK2kyBp4twdOt83Oyvb+86BOi7bmwVa7TVK3rAUTciTZrje/wI1wD98881qkOza5vV2pDv+UN9n2D+G1/lbbi4tgduT2P70Pzqyj311QyiFlKSqX1K0tJE5r7rcUDl4Na9QYBydl2iSmk94zdXl3hSgT1vnxKZmBRIl6OELfoy1+QUADo3z3ZcLUA0jVbCvzatr4opGsrWzH1XUjQDkmooc3XQLASdmETuQCO7EQezmY7r6Z3HVKMMnb7Fhz7bQ/A80q9MPh083T3dGm0Ey2xSGKB6xWl2FCgHVdHXGrL4X81M79s7RtXJLE1jMlu3jMrvNVHSkqLVuzS1GXr+ZAuODwXm6BXt2OL8hhDyiWXQ63kGkRJLpUQySgqYUTDla3r64nK+DcvWGtVtllWr0erxkJS1XxKl1ctajn0TmQdTZTu2v4iRsa9odDRYhYT1UflcFnhH+sKpnHXbj/Gl9V/WfnFbGU5r19iYCYMvOqZs0oM8sV/JaUPZWXLagH4ytqSrp2vgyIXPnGGfLgUTkZziXnqglU/mbC++apTKphvuviXW6xLNOT9bD3yxKjvppg3zoPp5vspGYYxPcddhNaL2taUOjSz+gNCOIdX1XEo3riK/0qO9DsTLk2uiRe42KeudIWiwyYg5XnbIpP/WikT6/zjl9XifkGs8nA3U+N0BzsIRwvP+v7NzfszSyoJOJQ8bXjkrKOTeJdyZ40BuEwWEPe3oGPw4Dnjb50ahoEMTQ5WBu7TIM1BEUVWITyHt88g3Hp99ZUDWNwbEneDOAOgQVn+WbLb9V1YRhSPK6UaAciHzYEZqy5jknfzdaIZ+dNqZxOqQaeKZf0IAbbyF57wcLA1GE9xaH/X3YbeW+zNAt3Zo14ItvJIYVvTwUUS0I85LTKJ2lz7SWk+jiWVvBl0RSIXoFq9VBLpM66vB+vZI36Rz0v3f7DLf9oJNNftkBrTXNJg62fBWTgvdivsk1p6uLj67yxRfvHYwQaXInH6NuYQo/50c0ufo/ThOeAAE34szJEnDqlxTkxt8cBRMc2RxRT5Y+MT0gpBBB5VyNMvbZSz/ep4X3QyG9gySx5S6pTAMVEZl+Q8ONPwB3lGjcYMqA6lDm8wbKd36aw7dI7wVtn4K3gl1Pnt0yOe7ikILBQLlZUNOSCsZvNzJUNMKozSj7vHMZgcW4DYd+IfYKskn8dwTrs+HvZLsF4F8AMRKIQj62FPCcpp6rgiVO1l3p7LzZftG6AcuLbAbUyykQshVjjc7f46ry4cAAnLNMNWxjj3IfY1l5jFFm/NT3snR86A2MT24UCDxnQ5j6c2RWUHyFP/Bc+W/XU87g33cKgEaRsfLEX1++HuL3UjHAbJTfXbAS7LqzqRTGZhoCkiPpju9Q1+CV3ZA/6NrGaH3A/j3vfOu965vquuuDiYx3G1ypVzv/DJT+9VU8gJ+MsFj7TUM4ckxc8lD8wr/Y1TRiW2s0FN2HPAqA2PW8fQ0yRhxjhOjKKchx8j1nBb6Y3j0KUuGj59yoBR/KuJV1v5ByKRGXqr9szspcVWG5KYkP99aWGVgyZhsrU1L3qVMulbLMaA9x3zHSseKhuMYj7zSRaT0BVay1eFs7kYx3IcfedDg9A6U3InXIMqIW11iYahnboAWoGmJg/2DFesJfyLUwYMZiL/5FAd0mH4oPWx66d5y/INSGPmoiZg9t7ITlvgSja758eMD46c3BLS7cVZ42KQZw7GYcu+is/1WePkQwHl7d8ZYsgnNP4rjJ2vMvK5RJZSjj3sH3mpvRxAf681Fr53CNtLYC2buMWb/L1tDbjl/SYpVVHZi7cAOmBQhr4myEVXeCoVlOcWgNRe4bjEY+1ivzzEbGn6Fy/PDbANydbna/F4Yfe3ZLOq9y38Ru7Ye7R27XG8j6399+YvtdjGl/95q7kJWiQ40wFg5TV+tdFG4flP8PTDzuZzByzZL5BQNv7L7A66eTK9damQWyNMpldO/wVXMIMUOMxhAQLuEsVm4+p4F8cG/2dtE7ZrT8JISx3jvBcXJuu/Zz1lVfCAbSqifa4Xncaptyqux4D3d++eMc8R0fTvupWX5b+T6dVM8ddCHNT+qHhn/RH++JwAAVTbhvM9DBkvJvuYsGv07VQ/dkzbJkjgD5YZZQd1HTB7ELchSTStZpRivukj3sQ6JOQwYORsCybH604/LfCl/PS13XnXZfEn5yoG5IAAWANvELZJN70tuMhGTYvsYRVisbhOCmOsVe1AXNprst32UXEhzCmYP5UraDzTO1a8ZhGfrBwmB36RkyRJ6chRfi6fRyHJX6NPViN2na1+U+4s5huT9BHrK94TDa2rgNS86y9kEtmMoGO20vp7fYp5mHXYXLYrmj1X9LPp9KbsamWKIHB7GUAa/tnshYq9kAfNp52ZSSKJ4kzFFFt/23N2kzJOB3V2E7LZCfuN3swq4s3IZgloFZj88XFnupv7n0wkLCuSpzRrYSc2tmCWFTDvEEKbS3qlKMZGossmnShneqbT8ofeQxyEoGyY+1PPA23wZVaWCtEYONPH9SOYAhiwuMdA+tBhFHL5ZwfYYY2AWOeAQb6QWwFYB8X0qXUHAgs0GFbTZ00C3HH+mSBNt08255d9BnafP8nlsbb8L3frk/5zOTh5lxUvPtPt5jS7TPnV1wrLqtrxfcwtYPep+2Q8wywB9uLf6zmDMZhfkIANaWrApINVNs7A2lDMLfXDPpLAoaNW94UKzQnClllvI0fzrFwLlNjN2yNnp7IvsDcZbCKw65u5tq7ZS10MWwBiT9gRupWMtIyzctdL9kazotqCopI9uQvesdU7AWsY2/FSKzPyb00JeWhjAgcA3lXwAQwMX/8hxecC0PmzVFZiXwL+PYk71S/EJAEd7XbKBipQ9sz4Hm9r4qo+YZxO3dP8m/nrUca0b4aWz6sy0CqzRrkS/4acrZXndyXBkjf405yAxmNoAAtUNedQ+9pwR7YWMq+vZWZHCs3mFSLrqvmxSZUST73cskEVUy5dMZ1IAfxMe9jITTzKeOPcTYEjoO93DQhuU4MBuZ52ATg5IoRq0hL6I2EMjHAvfnjwrUmtF3e+o349dVkwXHvKIvDGuIdDQf1igR0EAQ5bfRG8VXGqDr6uzGj1UTUWHm7uB72SaJqegLugQK7znVE0YGErIrNT+BxL0X5P5sOGyqZrMbdBN6lM1ZU5v5ud8+Mfh/mH25Vpy5jhT1GYj+8eZ3E94Et/VN2qPqpm00fVXP1h8Rd+kQKFhHNPdaFjMwthdqxIG0+EPyiFZR+X2MkH15Y48w4/JGHWpKHhHCESvHp/Rgcqs4FGKqmfTGaiM4G+RX7IT0Mz0wx16H3Z6oejr3KGjxnnkdT2T+52/ON8ePHAF+X3VPlrsoIceu+ROo4QNXSbZks/stENeoGWal9jwMQh0CZd/Qz4M3z/E5Y0/LEH3moYWsS8o89OrzNAEFvHQ8YMclHVox9T3hPFztLSuln1Te23reF8/bHsyi+i6PzrAtYd9VOqjVU8MhHSYVOGlCVld2hFsEMWq2p6LF5zKSl5C/NjO7A91Fo6NoTRv1ZerL1yRFsKnDTL0FHW32WyXEjaJRU1WWVYUG3csBZzBfYEK2QRfu3qIvVYhWosGHiV1PXOMq1BpxRfwVZqj+b5dlnBPwiSu/Zb6TaJ32m2v0c1Ii2GKaQI+vzZwBXsXNRsV5XEDTFomKAXMoOIq1/YuAMERMkVXGUsH92CRqcAAbWkpwR+XG+nUXEwfNgbwgBM3fw8aqMbLWf/7dlhheCV64ha3pODo+cfcoM755lmWNtDSQ6QKXS/QIQqt6oXtBc+LRDkXXgHUEwWRqV4SiY8k8BIBaf6ZNpU9xrmONA1TMJ761l/HZ0POToo3+FjOmFXwNaHXz9nPax3wphhG47V70nLnVQoP7wit7iU7FEY0nd3Iufzffljbg/UJUUuskwgg+2M3yTMhZKnH/b2pTSQrnPUDLctTg7/zS/T1zipXFb6n1JwUjTIUhWjyo6bta6H6jLvJHTfe2B88rXWez3cOZSdcbwBqAaQPiWtZ2r1WhekLhwtXNVOYQ71dwV+v7KW+sOJhTiF3cARGDS3NwLnUsJQKj/jBVW6fLfCWrLurWfWYdOFyE2cb103XJx91EgtPrgSrwn51fjFfL+HkOG2ws0BHmhO5M8WI/R16YzmheNd2aMkRbE1nG/V8duB3AlKW6+Zh3Mqs4/HS1jo8d65Li4k5mbGJVzcdS76I3DNYdO4tXld4tQi+NZxfo1kfSy7rzGuV5qut2zy5Ndk1nvIVyb75/SQNBc+8XGOgMKy0YKIV7QBQt1MBHVHrAwuegyd7APT1nF+mO7h3Kr7DGigh87vkSWdvw+rqqcUzxeK83jLIzsi0ry6Box58RxduWiKKw5Qx7uSrXZhqK2KMr2XtCqL/VJZkSu7iy49Qprr7vnnJeGKL/NzjATza/2wMX5YHwzn7OwDPIJ9vZrcrpmYt6cXye2oUTGcNEWr9AVrrfVCmA2cPAWNlYOqzX/HNlN7aYOAA2Xh8nuCBNXe+PlceDsEJhXNF4bzuEnj2h89ubIcQ7lwjiQvmOOJuVFk4+BAgVrX/AmE5slK8VS0x8z3R/T6obagWovhy+QBuF5VODVxc2jeOc8RRL6G6xWE4aJ3fLCxHhvQJlRXSvdfFwbJQKCeicp0ca/9NpWUerG4F4LzyI7Tq/8t1pTfckl/y6WyMSNreDE+mco48qgRVD2jAvqV+vBy+3e/YVkvn47XIB/nifO/zJFWKpe7/R31hVy/UeD48XlruBgOeaTGBUauM4dI7icGS7V8PWwwjRnKMOj5/u1pTb3ADs+9pCz6XK0Ol/5Ou+DEomfheZTFIRfqkoDd8nlMLA4PyjmAVEakf1+vMe7rffi+Wjrt/enQ+mrW5/Eyl3L2mwPpm1fBuIhsgQ7zIIBzTuz31j8czj51Yenf1WuMu3ofvquVru/ObNKAZWgaBvxqw3wuX5GPnLsHIrdKHpDxLeO0tlvH+2qzkPfRaKXl3/PdMu8kNH1WEvFi/7O8eAw67rEUckBR35gXDcWWB88UqF0zSPtfSxYRioqQvvdcHp1WvN4KzsGpPnLd+1qded/ix/fV8vWLJbisg6SihMwLJ/Ox5MawsdbxnPqivzWkULn+2gIti57qyL+cZq0gVLzym2wWPFGzM2YnWUsZMehf01lCJe+9m/zML+fnPQ0M28E4qdR5YbiHxTksN6eRx3RMWMRaYDc/QArwZr8h0Jv9pePMbmbDl4590HIkhVi3kkdP5kL96a9oVQnP0SLzjG61X80XaD0ERpHXovpgEYaD+wFs1u8B6omlwAvFrTiP3PZ0GP8n15//tHv1P63emrZMvFsiv39rC4av+Tb6MAywjVbcmROIQuXQgSm9lhvmJ4mmKjCCx0VRtjz2xSOaGgf8JJoPxpPNfJpnSainb3szZkx5+egD5YklywvFPSTOY70+cYhvzxHHht9KpTGoc/EEyHWiOXhtk5i4gHUZa9Zuo/blnbWl9dNd7KECXNPFioEwjkIx7cNrMrPcC0LjB85brz2ANGPErcfqn1blsTlb/Xm7NvlpnZa6CYX82T8UkXlontTcboF/jj1R6x0UZ8OW4NB4JDVktdmor3laUu3BG6pauN1CIFA5eNAruQ0Wc7H5vu2Juc9hSCq5+55XbxZD8yz4BavjB81bkMEbu6O+5o4emjoKd5zqK8ftMGb6tsBMicdTFODFF5unGr+904Ul4d6sA9XEVtaPnq9e1xgwIP2KWCMz8zEchcaMcq8lHgPb93mM04rDw+I8OMKI9AdFqCcHQyroQRALNWYYcFtKcTwcx7/t0sYIS3bFZL8TVik/j2QsiWYbNS/42Ou3HeP4np0XkycT7AfknHUrw04TZwywrLZ1ndbY4HXS3up1kmPmE/Fpigke081nP1p1nHUhffSl2c4sfcu74w53aTRJL7R9lilA5nXB+mOuJRnWwoZ5Eq6+IpBj4WrkNHlBuIfNeeT6lBkdtV5jjthIMkdrzkOo2voEoH+RGo8PLWnMkfpvMHZCADNW58M++SLMsjCVOvb1lMBq/iQUmWkzVTmJVGyCtgihjY3Bj/0KNqpPeZTUvGh7pGqVGkmBeabnKWYUldIjQIyjDC8nHApRtze1/kAqtnlbJFmOVgosXIQ6vI0o3RFSvSxVvIkF9K4plV95t4wWK+a/amgBHJiKc/zHZLjEcPi8j4uDjG9acldVJIQmfjJLE6hz+1ptVROMkfa9c2r1aE5zxYlTrpPS5aPEnhQ0qSWvC4DzfiFD9KSQUiEhSPIHrHXf8tJVUN5TO2M+IcWOTo7ekZLhPVy7s1m9IH0zxcs1lqgnPVdgu7Lk+7Ec2CuV7N8sD6D0fK06HHQ2v9zHRsvPtbGWOVHalRxkiXUX5igAYg/U1GS5E6PYQgUhp390GBBIAwFd3hW9zh7GCwA0vy8l809ib4hPduL0+5Y8LScb9A/Dr8Crx/shoeNv4+Jg+E156dG0f/6BlrK0hosZtup+c0W8E+Mvgzj/HRyneyFMHhtlvMz1L+hztDMEdXt/5ouzqGsxxursO1Sycq+ICt0XLRr9wSqvzb9FCizvYGEb4to0dwLZGGLahNjeO9xZNqF+cotpbi5wmtnntTOvtfs8Lcg1iQpGQLtxlPta/SCrKfFiRbXcqvm6Llymi1Zc90rPwZb9S1G/Tq31c/jed04Gzv/KqyVndfhTUoKdpiVU5QWhEDHZirsUio6sDsU/mAJtKZZWGv6jft0M1RJPUZNtvhtxktPCe3FkhCMihZEQMwISfle5su1w0IMw3srzfSzhs5IaaZzn9lvy3UnCv5HFvm12ikfktxqJD77v6vvpI+peGG2PR9nfwCOb1UXWaZg+uFLnTX3Hfm6NhgumeyQCjhSpYuiGfDudkoFBRTVo7q7emztnwxPC7ddYe4YcsWwm9O7+V7rLhex0fxztQL50Es0OuaX7TguuDdhBTqOYzS2FPL37nx7PXIpS7/UPcWJ3tESyQ+6/KtiJzRfITmxaBNO5/8RKJAdBH3bAViPaI/9vHwK2H2bAViOZyG+/XHIRpWoi+0OSbVT+aKTS+wnoJd0bvxHyhfjf0+loOff6HNbsgaJFLVBK5J0JxXpdCyIGG8D+XrX24WaPA0v7qjctoolNTnxhhYKB7dO9ZX1vjQJJaMUGxcpb8RVM2ILU8cRZApckWoiXhaGZG3tFPA0c8t4dwQXf4jipUxVnQcT/QgILoUW1TBhoII6Ubp7QdJz0vgZBqB3XjlKqk4UGuC4kBbDzLk/b5zNYNRipOxvjJJZSJ831R8LYG5W57Xu0Hdozl5Bhmh/2HeyWVI6b6OSZiMb4UVeNiCnwekfdCM+W4EoooI/CxjmAUDE92sxEFoC00WCe8ZZwfKN+mbTUwOD2Tsf9Y9W+jSh23CrQX5c3pdQU+nQnkrbht5xiZrT/2CH8CFgzxAEw5ktIFNXHoPTQGWZ2F76cH4CbUde1SxZ9cRMJitWHaV+K1EoTmM1h9FmjIltbgP2odP+Bne28bqq3M6OevdWx4VrsAXSYKmZfr0tRXFOsDQzAp4EE5Em/k5lVzHra66wsL1Pirsor2Tz9DyZH/SzeQg9Px6X+2zI4yYn2ugk2D0toojvNr+xB7dKvbNJxEyN622L2HQbaSrtRot/N2RfLe3pddVn/YC56xYovMs6OQJjD056ypqrL09FE4iMwCU3B7Zt69rN5WjA4ycwYH0bmVqaNHfryMHyR/6Ewx4T/3l8nmDSKYfdNotthBNEUH2kPBpcPAyMqLgYqPRbfQLgbPwjXZfZ7pkjfoMIMI2tB4G2gKZlYY43aMPnaN0a2gi2ocxuDzAXEolFfk5dGiG3Lw/8fOzNkMDEEmJjOhW+E7WQPhSHvwVH2uG8mIsv+jQSv49+jo/pZeIcxTOPfaV8IKkE8VvznqJA2IvtxeQkhY9w0bBFmLfdIVFBqvwUpXKmPfjXsJWKQnv1ZR5w/ClkDkvNqkJ42FkYcSZReMU+CCleIseB6pHNaKiWqyBUXnSidbC9m5ztVvged2Oj472R2lnaqc3C3/dvOgdEOVOH8LecGYvBClZSkEkrT7JG9Z3zRwd2RGb17Ub5m20m61Y057J0Rx8Vgd8nW0zsXu+8CxbGKffIIlI+/fdM5pymP7xmxeLeZmkMCQbDiRQmh5iK6svSPdIRcPPU5D198KmBJFzo5SbXksx8wk7d/ycMl58mnEiZGBCjMvWq74OW2EthknyxXANf5L3nc5HLHIH49fnzvKFLzfJSn8W6Ki9BM7spee+oc0I6ltwvBNMOJsPjaVLwR/j6JePA2LvT2/HoGhN47rsxDQdczr8+3jAddSH6SJzVvzn09HjSIKUNN83Te8mwv7eV2gzTt08wRcaxzBZcyHGolm3bitr/RkkSD5jR72uud+pDn3rdEg9kQA+2fUHApBjCsHbVXDLasjLipgQzGF0MJaYumUK+9r2OnB9Ed5/In13Hc1vHDKCLB4g4AaifrOQlocvaXTGq7icltuom/5SZPnhvseAiyQ/0PZ4UOzaUSMawPedp0IpitZlX9G2d5Bq8M1Nr7YRbF2DvI/ZYogkW3Sut4PE666+KcubUvdlpzjGV8+48ScAURfmt8d99Dg4vHc4bDAzY3NK8W6mtQ+BWGwkaqbO1xg6sDq6aZP5IwldoHr7ix+P95Qjr9WIf8B6k86wHGrcFX2zX26VyhoYhCldPQKVnt1V4nNa7bslRWje/zv1+t/qEkVSeOoYLr4urxXVnKOQIjN7G+erqyt0KPoNeqP3FDP1QRx4o7NHa7O2qMJjgb+EMCE5/vxJOXApbl+P2H3JRruqDnlquEr+rNAauT9dFoGqK8xd2aDVCXJ1G42S/KJGWvV0bH4o9W4SBWP4VfHB0dK9idiJEzT8RIWJMMSxNaDRg23S7T0KaEpr8DsOqOwcqKQEUJqIMR1yZP5uUfQnNAwrK0wzF2mrP6zVhYbdt9lHMCiul4H8qy43ulZQsEDYJAw7CJhUJZIvd6OrSbD2OL6hzNa0agtnKZW4DvpEpLe0aQ1Q496GoXi3rmBKfhmgNEmfbrlHJB1UYcvHftRzI3syzPbzWzUE7NQ6gcQp6q+3x67GZ57UsoEXXk41cN5eMLlS0aIk+opMaaDFjyMZlsxua059figvwLW/9E2GBHT8vk4kHZlQ8x0dyIc5X3ZBtxQ07qE8QQNvLIxNYqFLZOGTnRb3K5wgg79CCFuIMcBQzTyC27d4feT8/2Qt40VwrjhGlFOn5tDhMu5RTzjCWQBVl6GnUz21BKk+aZ+fCL+d9AfINqeK63phRYvJWlzYadnVmj9CGJ5PmedTHNJxlZevWUphQDDCjYLSvl7q6D6+zUs7fxjdpsDDXMVA4Svuk14Z9w/98s0u0lye8TdXV81on+i0+EbaR3wjuWEnfErw2eyAOzk/4SKnBMVgLV/grUm+HyP/OYzOix9ZnpgUUEwdNcG57DZU+q6Kp4siosEdP6nfpJ/a/zpcSq82nbkqqi4qKJrmPvk+/Smm/du9GdW3/x+FkeKZ1H6ttQd5+OqXPC2C0SdWb66+isbJ3eCX4OdPNpfOH8NL9wXRHT4o/afRsXN8sLX161PQXt+iNp/KiAu4qr8Qw/F6/yajWCKLEwuXq0vi5SVKC+MHxh/Jzi3huK8fqGIT6XG5fDeX3InOofyqtcqkQNj/163Ayn66oOU2qjtC1VDgp0s1B/ecufWzFWdeqdtR0fUxj3YWRUsnmQQAzNrUJWGlTzyloQwxIVWJuC0TjbmUfZ7QGm5dYo0Xw/A/nNExfe7STS7PbZ157PTWo7+1+m0LcvIqzJXPfLk0I8Bw58ri3GX0ba1tX4/NJma5tmPhFLMILLOWUw1/RydhHP8+oLmVfHZ9dzxxeUWprPaflNp/Hb0fg5lRu9XzsJzrcA6jTu4RQrPg1fr6hLs/l6UaZeSJh6ObhHuSsfL7BBiwuvwpNdSly37eWdCyCV9cTVFNwHe2wkikjbmYubvctHX1XLbfoPyk9QiUoCzmtHmFFEnI6uUFxS+de+jAVChZgQwqV9u20MVkKRWavDbCW4Wb2jP8X1mgUSf/nLSiLwBMw/r+EYp19CxDvLoMBQH3Pwt7J8Npk8Ay8QPnx7ALCtIv/O7M9M+lnr2cuY2UIf9jN2ZvoThWYe/SDEXHMlHwvxonMziSvHy60pFwsCt8aoR1eEa7JNb3ASNlEbxthRSyLX/tjv4yGKVcY9AP1HaAbzBeibGH0mJ57OjOZ58YXU5861EzxfSF/pnx11tFmVHpFQgvKMNGGUNtmRpt6/P/OjR9ONBJmrSIOJNSXwjWpLYLorwJzoTnh56+l3SI3ync0cp4ZHP+a5QVy3FhqAHFXw7f7Bbf2vPIokR81ujGPt7Sm33f/8Q1jMvmL9uksIOm7FCGQ5fxhODlKbnXTnxLc+WchN5mmf+Tb7VOC4aT7qVueS0UmmBrZRthfc8CAP1pdLfPwsGyCKXbJR8g6JuX64XH75N7ccYh1Gf94I+4BYVTgYct4A5i03iZzh0skfyVE5bJbfrygO+jlYGOS33oMr7U3j8tryCWBPxEUQUHZGWF36ZQnkPc8jIyoBMgmTZLBy+nS6Dqw61Mgswn6t+ih21DadqnkqW9ZxebYxYqxJPMtJrAtnZhV+4h+kkfdb++wJCq4on7ccoDk1dD+SOk2z/dYJvoe220pHq5yRB/mHW5H+pfWDx9JB+gbAtsWR4ZE1Ye6/b/Rb1nAMmvW422cJ7SF2fMf/VqXTSvpJxqsVr6g4pxmcpu/sftLywWsk5DA/btl2hxKX0mU73QmGDH157uHZkkpfF+v++hOT+Kf3OS/L7WfDnOqPg6A40GgvIG1uvt68w7+ZJTMql+kI3/60VCUIabvaS6RCXjUPuyPry+n86s6Tne3bzOuAEPl+dweZimHHyCqI6TAlbkHd/if409LwTkOgae4XU1L3A8MK59b35c8sNj/Xv4C0GY6v8mYMT1HPlsWUDLBUIO9k4g22/p31bYpF4v1Xe3/X1/zc1SFiYERKTPN8zCIfWggRrz/nDuuurBlIsjJEHYZ0Cv5JJ0nqhgPh186Hpneab63P4Vm+J88fpwIwNL6uY8WwL+dheaseDLfhfot7//12dHe0O9pJcgOKql+JH5qj9mh11H1YH10ebY4OH8yHqyP/Z8cX+IwGNJR7/U2Ppi6fS/fdT4Pj09gqFyYCsBSElRCsRcBGJGxFwQ6GylvMHX5yDeoYQ5mAgyG4S5DZZTP+E0NAa30/frXbfSzqIDOXMaU40hEt5KQwbYmYjS6WasoiXYVUhT9KIFImhxIq2Ljt36sdOb75bRjwXXWYZDY57OoPEaO5eGsV21yqv54/IQ4z9ZCF+pSdsTNLnE9MG/a5ZR6cNQ4T19BKbZpQ5xOz4kLe62B3ouIfZHflkUQop6uFVVakMOPGwm/evXayf/2/w9p5IbNi86DidUgktUSo/opyqhHjmZF/SJQ7XCOrouhUssqJYcxWfMw2vmoPlSxXn5/LfRamOrYRR1kKf9oyv+GYrcRWs6xeqwRX/eHE5g2/cRbUMYIptNUNOA5o5K5AdwO5Bwj3COmeoNwzDOciUyKqCzqh9uD5CcZeVX8b+UCaCT9BUfa5NPRZwkTno7GWfk6iWFR75yZaHDpRIcmEnqYn725nfd1fPRe4B3gXx/6aio72osUJJkJiux7aQaOjOLX1wN++Y/Cv1+lFtxyJsSEl5oYM3t15Or4QkRijMwjGzu8oA1CAfuwLjNEuDdfTF8caIQIKUu0dZwccZaz7M9hxYc5IRSv7qTJwHLuyZwtoyI5yL61cn9HxwgLS8xWlvPDxH4cMRDaZEcI8T4bH3GbxSQ5O/bRDdcqrVVAZHiJZesUd1xQRRDi4wgrXVKjygNi7zYWzAek2bCo76SgucTY8IxUNYtBphGPmdzYGPRXyy9MsatbjIulAGBqrTktI2lYoBQk2OdFUkPj5dn/QxfpOVlRGunLB4Xw5LENVADWL1Fon0Ua3a0RqjkEmVmJmH9A+Qtt27bCiST6hCCokMxpYuJMvX5KkWJwQ0s9aIXAvC35L8fVPRqTkSEVhvby7+BhIj8kaXEWhg8/ep6uPQj6JGKrEw2H1ec9+uE6AiIfhiW/BU9B6lBLMFoKcKKn0Dgr97GV5yDzYVrXnou9+WwDqn+GJVM3hjVJHdPRb+EYtXfmvnf7DiLk4jB+lCWmbyi3zz8ZF21ce8RQXQrwwHxCplpNBCvam7Jx/30puKsvoU3QsgGSIFgS7qAb0d/zZx28/6rPXw8/+s+cX7leDMbisUK7pa2ndGrtldZtxYXcY6os+FJURElitBVXrmerqrOtghhKtico0D6Halz2u7JHJFVefB8jdSvd58Hiz/zxEfi5Ra6HIXS3G9J8LD24ZBVmvqi+UpQRbz8vLcK10ufIxal9Tn/XI83xIikPKsJxRfQlA27nlf/IJJPS6btkUeTsjTBCDpHrh1JsMK6bW8+zKSyMEo3zbzAR+FLPV3ACDytxf3U8bo105qpxJxg2FQ2UJtT1P48Xm4gD1mp1DVx2i0EUXea2R+VVNfKPHsU1nV9btIMogPfkoLysXirjfDlFdGVhTMz9XBYU+QUKEUBUNseWl5lqA69339HNjkoboAKVK3fLRXiDEYjEf6GeocT/O79P54Qwk6ff6YDXzJZeqHPYZs+wwM91ILzI+vMJNoqlD8r8jC7HOQ1NH8mlDyNjVNTzDcDh1VJKfdiTLOg9NLmacYaKIAaZdjez+NdIK7wFsEIPYsrRiuiM41Fhpkedy3BF+kcYctp6itMHQK3lqxf3DGMjLnKvTQuip5zeWuRAmTvpIX3a03mYZWWQDjiFtN8RDrtZ3UgbKDEpv8VcIQGU1UuynjRMk0L33ELsWY+5BPHPKp/ZPCJkB9EQCZRO9sV85UVxWuDF9WLPx8azyhL8SZgTsbMqQJQa17DM/9Mv7+2HrVnzTPrNl8iENNfrF1zjyCTht19YLBLgDOh2g3OLdTPUabEpY+AdZjUhdwE69F6OsJQRvtUhIDeRxniR4UwwmAi+6hMLc/HVFAhBHk5khCWCwzXUEX7+ZK8AIR4AqFznMfAgp7FjzoqgCa8SKVDroXuO4FUvOArqzfSzJUZkDX7TD+Xz6ZD0+uwmquHi3qX5YW+sj7Bv9GQqY5MeJLawwoNJqkDZGCFdFHFMnaBIiTqtM2qI5dWUtBYsgQB7i6YX+Mbr95+5zEWmxF1q29cnV/f1U4fN938Y5nccXXW0BoDFi2T/qMARhpULRI1odzBcyPqK+P1s4+ojF1c0c28B62QDJ7mAtwmHoZJM8NrT1cwI8J/8tCntOsfG4f075vEyYWdQbDaGZJMYqNufbceqhqzZdiqth7y2Ob8J+9WrsJ4D/SOlwrDl5Jl/diIg5tWuF3Hg+fcnJiedPfv7U9Sevryzjn+dnl2MbChlJXiJ0kllYpBqV51b3KwAN56f8cdUW+EXCXTuUQKuu2vG3xCnBjRPV7PaI+8RqiXK07InOFHYY8xeW18P/qN/5tM/zWVDk+rKymidyc4DF4rgaQHjAuwzcKIRrduZhbugQ66M45KoGYLqxgZNzU9sPn9nYcG4slEdYfFqcSIGh1kB8gjKxUh4ZkXGOLB3L/LE+EdKtCe12WfkG+c9NM7LewXt4f1ZKQulsIsf05/AKjqOPUmKjmdR8Y8XeGvle+eX251N/oc3V5jnNMw1Ssh7oYKjuu+drEsshIc3ECEWwa0tU6e7hySTnKfaJxWLzPtE2xlfHdnt8S3C98/kpF2Gc/LitphU+rZKXj72pzMNCyerpwHysXd9Waf7jj0tc83tALwKMDWpaCEoLUybmsB6bpGIbx4gdnkOcne/sTeWropM+t5Kb8Lb/Ef9893bm/QLPbpcSG2cYF9Ti3Tj4ZShEzu03RVxlvd+sHDCbxsoC+yvrUlU5l2yrUK8XB9fhZN7x5TesB2zLbgLz09oU9XCLKzMGwiaXjsEg7tWZGROhbiimBoPzlKVLNQQDE6iXxdU6/gMzc7/PJPXSxMrTwHSZmlWX8dXcYQFdFxzhVZO3wWZhYx/8CythV0DGDieTep4ZJgMh/GTYYtc3GYcZNp8bWiBa2Szg7qp47r7ZjvJxqL3sLzpmZ0rfvlJ10RV2/W51Mxp6y4rUb60oRlu5xqh65bHMjOPlHzxw6YAVFy4Cga8b9JXdxUas3KJ6Coo6wAYRrR15j2lie5PBfH3IOuZWsSyQ5RmryGtMFj2j76Xz+fL4/QhLEshRdC9D8+kmAvDpOZLi+GemHyilIl9eNDKEd/mEhlLFmWsrUsIKV91l5gycXrdCainOWioutdi+SjW+ma1uwWvYAZY7ZzR1g/rj+Pmj8ze7WfEsBEG5x2exwDO6HrJTbW2EHAZNUKRE0JBSkXEODErZzW75jt6tKb+D5bZZPBnm4ogkzkSFfUqq9I6MHAA1cfLJkw99kqSTkmFCkhS764jCEnD9mGY70KYQInC2KRAJ+z7ancVfSZzkvopzjGRYOUVVCnjL+z+vA5DpLdOVK9Gkr2nO0CcsIadZmC7KbXI+o+a5YsY7Zk3p+3EZ5+vKtkDqPbMg8QkcQC3ffrVRUfee6A48CHjgS2FYNji37zwKejzOIfDVy61QB+RNfPqtFCamDH330o2CqVzoTmbNXjuNCoz2TGB1tOf2Dzbrjzsw40Va32UjLBD1FYDpZd0qFKaQBuRVk6wG1jPuWcKVsdkrh8qk8BZJk1uwqJP5JKMRrdNz9of8Drn/s8uxjYVjVubXow/ctLbktQDcr8zhdNVFj23lm7A64wyX6JJZmIxlfSVJWc6lPpwnQhu3iC2gc4/5zvQboFfcRTBRbu1ERGHRE4nDah6445cvZ5bgNxmVSpc/ODmL7eEj+Crh+IHMPsRerM+mzjQLmXM+XM1m7vUryruS+yielPcUl4IPNOHOs31t7FoqjC6lRngyAGbB2dRzATaAVTVw5ZE9bLecK48Dray+iD1pcXVOgQdA20wzu08+eMHvrLnUJoq1+be8yRwVUp2u2PZfYYE8ja7p5JBNj/Vj2+wz3sYwgvTPM5GchStt9Dwv8XShmymcTIcKvdSqDI4Sh+idTHC9d9LQsgPB9bQeW6Vep2zaXJBb1ZLVbXPHmpFWSPOcWQA523jzNpfKXjaasiJzrfCPvEX3gkbOqrLZWiZJYmBLBwvQ5xbjFB75iYX6pB5rpKiA6XmtsMb9g+Zmz1CLp+TB8S4qIkmR5MfgW1pagMUxvwOrLJat8hIFT6Q7udo7oHBWz8uPHwEwZwTxeGtdabPt37QPNzCyWo4i6L9kpdXVn9JM2W0in7XInR2IDYPLh7qMjNzVOMA6XKoc3YnzoBaRPWw0rcv2P5kIJd2N69jQPZeU0TmvdF/PB75AwjbQYI9czIi4ecPsitUg7D9SXB78yLPNBtbkgTCYobh6zQspY+nsiUQeqy8Wrzr/Q4bDBX/R5xNImBR81ww0GERlPdSCsFl9hrNoFHfXBooJZHvp/9GlSWeaT3zWWonstfNv92PNYialmoo4aCvDUgWVD6lBbKevGMwhPkwk6va28MWmH/UDE04cmSW8Inq1g5cUntjpVwrsTQnXXHyuqoNIXrPR+KghNIRj8CsBeH1SWEVCu2yKR9i42hG1xiMaRRcOcdixXwFDPKNMTsUr1ceACNHtTWeo22+jNupXPF0ibnNHPfF17VQRE4lnj1jRxq9JnD+9owI1vv6nGnr8dmIo7DQMD0OqiJPF1ctN+kMcAr0vbW1w8IeRCOoh89H8cZkafHjqULUbevFWuvq4ikUaOiHc1HErr/CU8VEWBPnXvDGSkyDK5+J3SLjOhZjJj4a+hChBQq9JLTb8oISK72ybkBiZv3Y+hvszWn7UqWtXQcKxdAy7lcI+HesZSEaxERG9kvR3VMxYN0ItFXngRfmZvv9SEt+F6UWE5ifDMIEeIhfPyeSyDxBLqy4tPtk849uAgqz5IQIGKJ0eZb8nnexBCtHqvRez56EkbSXtBCZAr1Yv25RK+TKttZskxWivfdz9GyquyU5lPVj+3bnh4hcJba1/iIjEmLY5WbmzuTpFZahvf7g+CLo6K89aidKDJS7NdwgTr2VDp6XqizV+gXQ9knq2g4qOzrHVfGVRaltjrS08C/Qo4thzIFtTPnYci9+DCyXuh41CDnudnmzlJa2ynoJHr+UXmIGPTqxNuWK5zzXGetDU4E13L7hlMm430tKiH1/G2TAGht82EfoBGt5um4qqksYhwhYYfS9ymNAOgAJv61VLeSm06bJufD3BmwKYAT5K3GIy6DeSwk6hdyRtQZI/gSBIdj3JrRrd8vVyIJvp/V5gzh1YqDkWM8/6TzTi6uuDmyQpSVuzV8zDD2Dma3V86evyeY1Mdzcrna91ZEKU7rj1OeZm+br8lF1kiYlUglVPmkjGvG1f7/QH8oH1H4NanXQE3/nBj/otrFiG0c2kvRG003bcuyrJOsujJ1G1nr9Y80k8Oh0Mp8fqWZyVH3eC/HxA6SuxesnQsUKnIVIM9Y3SZCCng7Yjwnts3ZlBqZ8XtiFgEMm7f8hExEmUX3vsLLkQMLspW2JPSJxoObCRI+cR+7FWhyH8IfoeGZRCEO7drWCPknW7hXYi5RNz9k6AgavNRNIn9UuRBGhKUHTWSeoUtdu0b+MusQWPzFZUnmaWHgYZR5z+YTp59V+B1de77zD4RbSbrj6CEsl/d2C2Qf3xzOHCZwH8+c6Or6e0zem2/CSNQFoMmhecPfBZ9Edk0Z67WFwmcu97XxQFpxkxt0EXnlyu46PHcpBfTjnHX7tfO0dUJgwLNb72uMZxB7hcAz93hn/rL21V2YLUNQYmm7lxA4Urfmn5Y6EfbHonmMQXq8h3wYq3xxtvZf/j2uY7Hv43pdgkUtZZEekRFSum/Bmx6/L1gZScRslOYeRhwQWrPb3yYYtCOLpvvcWLjcbQjPOsL6OwSaHkDnHcY7zxUQj+dd1AHSfxmMdhd2JupppvU83ujR3Qn7q4ek0al/2c8uYDn/cB+8IDdRfOZmj8anPTB/RrzdVRcGtYYOmVy8J/QwzGFbg1kg4bYIHn9G19Pk1WoFmIOWJlkrLTplQ/slbyfT9s5+miyWPPEuuomvco8T86zmODIMJpxibzjRELF13Q7VUWmBXcFbvW1wLajzE1SjZPoiSv0FI6NdPukHnO2Tp+5MELHm7mrX60UU+/KJyeJh99CwtpBH0tz3Zk1K0FZ+Y+/2FcP0b4YcE3mi5aPovkyVc/TtHnotLa9ZZdHAXKM6QnSwAlEVUuOFNWF5JAW5PAWqXnzotCf1k3nb1eSfFk7XdB2/Nt7ygnVJpsvIP4duMdZt5H73Ch/nfMX31HYABl21mCSK4Sfuy2OAN/5UVX1MZqDFA8jdcSi/jR59w9hVnFoAjcNUSpuktEjnfNxUY38i6ojRb22X41xaqbxHgUy7STkTfWJRguB1Wxa17tP82N741+72aYhP8rGeoVtyq/MiZYVtSKuYz7G3X0g61uGrhfPlwmJb2KsMq62adyYrnq7eupVbJroM8au0a9uN741007M0rT/PbmfNDktTapTW8e/3e3uv36V9v6B3TF/F6JdQQRmxSqf+aKm41C+YRNHjX+Rkxz+XyZVqDRw84zb8VCL20dW6rS/lM8/KUun/MjIzK299jxUb6czJ0T1txbCvmy5fkfrkrtRPplFD9W15n+9jpBGa++6qT346LBv8GdZPBH+Zcl09mA+AZPjBljLh//ZjidMcefD9VG9m2iI7fgxez4vWGTTX83A43yoLMzlAJMdjqL1YCjJ/BQeZhh4o7rxKMuTF51nRax4jxY6cJL5Qtv/ROhUXZULjS+NUnMa5S1LSpjm6nAxHU2ed/zM9EomziR1O4+T1bvDxVzzXgWJqzMT/WjzV53mFzrEq/uQ1UlzEX3cfePZfLZDErcFlIj6nPbPxFPnT5mmLNS3sQAfsBO+neeg0kVlZnsVGW2IF7iOx3tWfm4GNqDHrOYsttcZrAOnQpnD3SUFhOJMldZmVgMYaB0BHoDqLTiyrFU68D6X/o3TLEC5ScOtG6zddDPpQfawbjeCmwP2yVZFODdZJZgUjxbkA9Cx8Y0ewKwgkSPMLS2oj2B7LrcBOUSUXM3VS8YCZzQO7KBpo1UMBYgTKA2NcGWEkbsC99/+fPLLQ3VKPqwKjBsSp5hiiIFi4GdlXUcNoy+u8VEQBqF4O8ftdB5kQR3xuLxTHc9sQze37wb/zjxZyDmkyX4ipIzwz5O7bmLsRTRB7VAFs4L2qErVVr04LfuevjpXmqdhZacRTh3hc3DQq2evFeylO8dV+2msbd/Le3ZtGEW8tQm+uccFDBq9xjnj/PMeJUIpawFR5XNX2qrs6rM8ylWOTxTuhnk5nOcteNbP9L5y1kO0AwxR0pqVSd8rnpFSy6cP6s5tHcntQFL0HWHkujrv92+2sjpaB7HUv+OgshBaNcYj6xIijRJD9sSAlcOPuQd9qXMuRmx4iMDvsW9dUF5CEsMK9TyHyULVUrgLeUttGVizv0rWsT7kuxOLl6LHtyONAvrh/1XXtiUuRg+nXg2sgJTg8ZnyE0xhAAHM+Sk9o/3PG+Z1RYybAHcYNvG7p3HlfvLf6Ag9mIJ74E2TV0/fr/dHkc2LnRDr80l99+SwinzbQ21uNhW1yKXLoyO6Q0SRkCSDS5iGYoZUG3Mp/9NqPVt6mydt6S4OKf863+hI83M+XkIucDizJKcR1p6DvDGd68ZDL7B6w6fi1BH4/ubev8Ic+j0OZg3b969QxxWQUmKc4KqxjgJJLZ8AK2xQeMYIXwFLTzDcRx7soOH3jj6WmPHKj3EiX5BOFblaoA9oEQH1/vt9l1mbHJN5cT24zwlHdXZJgRN1Mc6Kon5ncAK4H5yDBH5SJ46PSGVH93RySc2B2SiHVI8uyrug06MNV67vhh4QSOCWubjVpGQ6dP7imPS62KB/cIhRUHDJF64JNFsTm4iVmQKO8aZsxeMBYuFbtGxKvDw2AVjAQtwVI1IcPu+0V5l0dZNP96/MBvxY8uWbmqTVoYtdlh5Gf+ryBgd41Tl2OoxokwX7MmTc+TicCPgKFlufASubcQtEyTEUflsuu+UCSO2CZxFTx6zOcuKoGzBaQdALYJw9XwyIqmpungw4PKkvTtKTOjWS8dgML9+rPxxczlJ5dcgWGyFk++bYS/5iDYO/aLv4tAzcBNvDII92E3TlY97t9p3p0KwErJWR5v2lbmoTwO9MQhb82PNCeT9dhCmvik6qQT5FAUSzuHxTLMGh+eozBHUdxHHJXrsIM4yTGZXUmntJqfBjZAV1x/vdCT7PgKU7vbx5mG93HZ7WK/KFCsHXWhPwIXa2g8mNy/QcqyFYRoIYDY2gkfWdeA4SXsZO1SyBAvMMvRKEtDAnkLK5b3vA83HaFTtyALR72/OkP+wwZTUZcaTWPZZV8rkxOP/hlYsFkQZqjSttEQcF4jltJvJ83hIFMAW1HWaWmDJm03ha+3ky/ayFJUqj9NlSbqSz8rJ1nv0OGG0NlN4xsP2NbPIbUWVzvy9ly3CDClSlon/Yr8MR/7G0Z8cx/gUOXmn066ps+q2ebC9FxZehYKLlvJ2wjjGG0XOj/jp9NpNAgCRvbVovzW1d/XNfviV0/a7+18floI3ssgO7/Y59nNQtN+zSkX2fHVGZezslaXuIJJ5+GMFnEjYGvVG9u9fEyZXll3+eSsiEZHADbFddk30FeGrP+DxhbD97JokZzubD2+3YLMip0bNUyiZYy9eeVdQEU0MlzNDebbVqkPiIk3PIERzLYLbVddUAZqxeil8OKKw06QMqxMaqYh9GiqCnDrFMIZq6WMDKynjxf0T5PNCpH6yd0yzkbcvJinTlEB2wpMhJxOQTF4jd9hmlM3ddZdOt1j7WrzVMZimn1C6UzUgaMpxd5lnQTYnsnfRuBcN+Izqe2jATBs6CHJZ/9hO05c7R2iRlgfdy1A5gK75Iz1UHlYSJocXS79GscQ3WWrS0dd/Yb1P+gPqboAmtYuzcohdBhvIxBksvqfv5daCynKBsj1Jxi5O6ESCA4dFtL6S0vMZmcMs7liMxcS19NlQLI2UbEuYHnqzT6XGhcxFL/eldOrMO+a65arsDqe/LHTuHxjkBE/CCHP4HMbe8E4MvXI/xjhHeDzKQ+5ZkUpr9e2fOBaMRp0hr4jYA73w4DXuofuHBgK7zzZ+HKWsfv3zCVUXWxc9jXko0qu358xxERYp7FbBoYUR98D2jeTL5lWDJqh3GWbtuS9UQRg+4uj17CkskRFv+e/yIzao84Moixc+Cep//qEntVLBprdkMcZT3ngl5xFwf6loRyiHbzh+b3F98CMfytCdBY7DLjapUyDXxNamUVOcA6oQnaFO61/OBn40Zkd5geLA9Xq06eAiQ9fzH2/5MGiO2EjQQX3upyjej4eydTvNtVfies5DR0bfbv4nT3Y/GidgBf4BznEAZEJu2A/XOTlq74vr1PHryZOA9nrFeNaRP8lVO09PoLq9SYX6vWKK0lkMkorxOlO7dVzA5zigCDfWYG824nYlPgQjdIUS5v2Oxxx/m0/OYY90JMOl+iQwsDu9/wPibjm+1741cE45fjdZ8TAP/0+ngLtr7nPa5Q8VL4z98nDJ4hXk6MJ9ouJlKtzXdM/OmyYgMZSbCeWmQb+hE5IXs54UGcXQR3SjLFmk+KUHBkueUya8+gYqjlB6AmOR/bSgZGP8bB9qvtRU+PPMlCxX+FBAo42vDCz4WcDqsS8WfQgiYmdkLh+0nKbUoQTLLW+mF7xXgHx4MhF6LOxV85457JckK2kdpMvyz+tvQ9JvrHPVixoqw2+ZZ1LMQ7dOccNhOMVMHJTaiJFmcLEH9gaUPzC7zN2Yx+GFDO0K4FeG4pAYhirMx7c1FpAitb/rSNdHXo1ybrRoAPDd59hhWaOcCqs1XqRg0Swhh+KlsJCaSYvkOz8uPhRSPXh+ytVvLOEB5Ytbp6MGRRJLgzOaZ5Zt2ehCz4dBk6PGA2vkymBow4iKRypqATKo/P9z3n7rFO23rB0ETY+eibGxHePSTo5a7IoRZRH3FEe/3b4V2SNOMnXggYXRqcasIfd7d2vYffilsBYEZYYdrxXXSWm5sLu1RAwad5TdyqfTkXyRujcF40UCVGiPZMV/XAHljhR0P3Zvi0eRusnWCVZOl2pIPnw3WSW25ZBt7E+BdL9sbUQ/jTtXFZPfMrzPceRhL5/eMWIJfwDb02wvJIVc+uMHFTaCTnINd6m3efbME8LRFZNVcLp+6n2KpzdC9P6vfcew8MrWsFWwcKA89WgF+xXGA119xAI7MVCiKc8Iq34f5ob9tyC+kPwLGX/B/5g8sH83zmv5gqt+Lb9C9slKBtl60vqRnJyuWSlu/IwFJgenHX7Va/okIGFRVZsl0eEAEIMx38o5JSQq5B0pT3sFebfHuK67KUpkm8czMW9QJTT9ZSYkmD+dcVxwE3/OisvjdJVmrtS1euCSVhh43Rp4v6u0fIzHkdwDszcKFQNAU5/tOrOzdPXyLnQuTUeyIHn0IMDWhowUvdJD6rkrBnFglov+jGM+DP8YvjMQYh4Q/ZdlxAvXFZXpURKfG/yztc3SxhGoWk7YbalvOGJe6lRoiCLsJ1taNNSRy83Lnj49AuodrqdRrKGcovmPyTYNhDhg/4ergeYPX7XwMtlbXgzNU/ivYSxx6Bi7bfMOlS+CDQ17rLMn1w81cOn6cbg60egXOsbPpiOQNlv2LFe7PNJ2q9S/fFwpG15+6/3/d+1dIujcwTfCtcu5fVbQAGktEZaDTi8VS4HkwarLPoA2NI67bhkH3aswLYsfkWVZO6oC/PGmS54nEocm3jRZjRkWqcqQrAGZf2vHUDqTsoHTdI2zafc9CD6MP/SjevvwrCMyGPH95b+RDomWE0QjmiCyZRYeOE4bADd/S8O9B4SbKHERjwAmQz4sxiPiaBax2bBeiA45aSVmZlC/39sL02F3ec7lv2ldG3+G7W9JxY2aKgWe06L1c+s4jKodSyOHrKhjXp0EHPLOJItD6Ry8y4WlOWHYSRrkDN98r4ArbSrp/UY82l4qTVTXhlT46QkfBYhZFluzvNlYI3c7bUMkxv83WqVr63SXmc3TbK9ScWzMXDqByPbG7JX3c9WdU8zGZqPM2rOEtiZMAXeMAX3RTzLE6OJR/GcZv4LTD0JNpJ/DdxnAvddhEZCIrOV4bNz/yQ0zFGblIJnYlufLjHVZgA1vhX0mfM9p8uUoq3TD10/wHvR9WrQ0sErKkmsMJY9nBQoeM7qebTo3ayz4xsFo66ffjNPw03IGSTRMAeSEcEI4BTjxAjGMQ9PoV21Ibot8yGKhi1NurQaxVD2r559jpor5Mxj7guQnxXRefSe0OJjFYAbKw5D8vnFWgZtj19CZrMhsoeYru+UkgufwJ5H1+SiclzmZoaJGfbOHHyfpSF5454Ffr8weUZMvPsQ4PiV5oI8xN1nIT82pjupHGs/e21iHVZgpCWcHFWrUb7orQuJ4wYT0d7zCWGCLnob3sIBrXZSYo4Bp54dglKFn1w8TGx72nDqk9W2mcWYWsySoxD60UuEJm+IMdqGxNhKRCaARIBtniacYgzqxHON5OM1fT2jnBOwa8cDEy1+ngINkT4AxifWlJLMVGAzTFQAHV4BZtQs5Qq25m2WfNL2+sun4yPfqjVJdg3rpaEZrEs2WBIASm6qHWNhly0x0oFEflj25kPvLTroaoprh2EeS0XsCGscEZgwdvBW7ftmTwniF2/g4Mcqm7xw29pltvjHfaTXHFbmtCU2EEegfp/Kx/BjtAYJ1gwjRo7nkl+qFF+rLkmGi0xDVemjT7jgnV6cx9+iY8fvdteaolwXdUN4jH8uZc6NoZrgq9ErFjJ+HZgVD3EbKeGikQ67FS+NIi7ykiArHHX8uYZlKEyVZ2r2u/cU53OhjfE2Jy9GLSKCaCAxbNHh6QAxwRCY261undupfpFUshqAa2SjZt6jzBiZzJUrSHLW6O4gRqwtOhHZ2fK7l5kDARoYzTJXAh6gmIFBXiVnYgLIAbANbxQsybAf7XZjmBTvY4sIx0GawO+w+kSZMGPm2o7yrt3E8+12nT7B3loq7P/71kN2XesZOm1nF6ZycYTuKfGviAvhj+he4CDYZGi5aJ6Dba22uo2ZX32aMivY5rNQTbf/DyEw6Ub9zOJISUKQzrTX2P+xh1LuG3gt5hWHP2/1vrK/to71ZSDlaGG3sdH8wUR37lSFvJWSxBLAJtmR8DLjPwf5gufOwGFbBCkgBMozgDovgBhfY2XiCN/T30LWvs/TmQjf7eG3Bfkmg34Ur1EsHF0QoUv0b0UxHgys8qtm7ckJrJ+crcQVbtAGMeIuGR5cObQ7GMalfx1V17cdr6IIz7cNTv+giLuKaoW/162nOXVqnu9X+40r8qT4/k4bPzv7KvhgPK8PJ2nct0uAsSYtTm47Kg8R1mfnvu+v4rgS4ZLqI+W6hwPVj9Eg2izSzID1ZhZf/+mkLL9/7MViuPiAsFUkXmHTk2TCCIdc0zSuYPKig/vc/n6hqJz9fw7RyqBzdtgywXYTxy0qOdcVVo6TRbtfvIgb//0MRW+aHOrHYnXThhDMTyhRXWR9UaAIhcpQIiREKAvE7IOBiSU2lOUGA1DQQhYdyBkiunYGyr1XpddJbhPw0K2beTfeKlFZGFLA2s367hPWASTqT3jVlr9hNgwU9LvDehEm+hwrQ/7StisOTcmrKVoe2eRhvEskCUpYUw+CMUC+a8hENzgzpFlcI+UMrRE+lQUkQHsmOpntj48o6ai3p7eRKCbTcAcGr7Dy2k65CkAPVLlLfxdW0A9DmRHMg6FUQh0JGVJkrUAr8lEh7kAbvnZCAsq87Oqk7o8Ny3nCLeQQgmypIXpzXApUN7cHa0mhVgWNb6TVPRwJubk31ze3mBlI0O0DQ0NJ1aKNTE+eHkHGGD+NGmtC7SRKxwvWZNPZaV7gvegena+P/AqZVkv3rtSbCDYBW1hzUmN4QvA0dHVwZnaPX+hoRsAkapDDuuSJYb8IcBiI32uIiOFyBSp+xBAPzcYZ9NzI9oPkE52CK/ST6mGhE0eh8q8DzGRb7w9k37XlOr2If7WkIMP88dotoGFoxc1yTZyrA/eWwxkhzJ8xkObBpY5JF9Y8gECroyYL8PsOlUF+nH8bmM+3twKNbyWlf4u7Ujkv4ng+5jPsC0BANy4FabvPbcJ1mVQ2pZYbSUK5pXo2WIddkixr1dzimIGjcgwXenCSUQuoVaYYJVK5U3xp+iH+1r6AXPFGfBu2WEg4jTZPfe8ME2kE886QMVmIgg1wdwCdtOZXsNwLhpChFFLmodpIwMfp7gPPXsevllCJhvimFnCc3V4uxvncqeGEBKrJBsEBvII76cXwQ64jJ0xNqBK4ppz2NrUNTJ0NqVaWIP7uKOB3wMkmkYYvh72e1jYA0qB/SIoQ8kz8qJlBBTPB/gXABHB/TI+PqMNRNa8StgtGssS8aMNMDUKMNQ+AbBL4ED7UqcBqDwssSBAUvWUehXMbvslyQ1qj0DETXGf56pisBSnpEJ2aeqEArKGqgvF2gKQiYC1IUr24Fi8DAFui/+3gbrj/zsikOx3krSpETlgvbSOOnWWuN3C98XN4KRZzFdKqA5K2hH6SPl6AZJ48Sh7cdlxVPJQezkRXoP6x4GvnVOaxDv7OnQj3WBlO/W7U7RBw2GkiRyGIE1XwaRVHai4J4ge20napQ7knqruXoBtd0NqW13DU67hqxzmi4K38J30kLV2F1Je3P+QLovy42iLHTSNNDJZQWbWuNT4SrqgXTK/VGhCKY+MQsjHBm2CHklZAtC6OLPPAgPVu1NiUZPDNVWwvmSXkgXBg9kBHKwX4CPWKhgipFWGPScQR2ATidbbGylwIyuLlGSX17n+VOSdTAyOkMl1TbYRYxGbW66p/oMnkONFLOdDlwYAogfiuT4TvthPIasDo7WADGuPlL0koLdQWqlhRljbu95DIDAXBPFiLS2PifFRls3tfx3crthSe+3eiVucGEVsR3BXJnsIm+Tfb+HErE32MFdxX+JLJe8jJikEr2UfiTHWsR+53ndopAZfn8HfUt0t9xVYlYGFdtyf80ff3gcvePciFa8T5/+ZsdPX5q4F68KiSV/7D8BxtSp7kVFRuZXp2UC+49Up+z8juXgpTW11zFkpQ/twh3M8mvd4nG43VPTR/wINcHBlaioEx3K4WTXZWuXIwxCQW9xlff6WGsQOFLvND+CBqpyT+1NbKGiP5yWX63uoxNukohHg/jkQq5qN9e6/zD1VR+3gQDvUpJ1mVFxbml1ecPuzd9J154UHT+eObFgTwUzi9izElKdWxz3fnDuLxCK6AlF2NEsFR0i+Kas4dVUe74MuU3u6hvJIyIQdvllP4ecoFo3/OfIWSNLI0r+ZqAiR5cMf6EfceSY6X4rlS3W9MF2xelMH6nPCRY/usuwHBDjsF9aV16JpxXU6RmEaEEdnRQIWysjcLQzjs4DjDYSLanUFOSOrO1nWEtFKpLuiW/fb1cMvC8tcBpaB88ISf53a6uZ1r2k6xEQDZlOgx7X7ml7YXvUjp8AWVAVPMNLwtc7YGcBIOlgUxOTeC/GNycqf6XK8RuemP2Rj15QtPnxll44Rzksq1p3uDZFx8s3TXAhAIi0FuIArP22LUK+q1QA7BVdBEdKhOWP/MUh1oJdPOJs/btsKlD/hasyKfhlU3ZuQGLKIXV6F9oScxAeS6SxUTjIoGfaxhU9MsNDJqzOQgs87IPQq/HnKRXqBVgLNgfdae/puROdlda2akZTz9ymDzVvNc7frWXKTMz7rjEaCPRJEUwGz6EJFETLblCJApM7tGCyDyjK7et1ovuTGbKdFBvlOCwD/hTqJG2IscsIN7UzSiX19TFaO/dwMgLgiIvSrmyEcNUg6mBBMDV6TIIz7p21Ss1VWbBJ/CO6dDXyonUwAlWQ0n7WxHJgzvJFOukxfiU80uBbFY7PuVJtn1RbLKop9hRkD4m0tVVOmloS5m226nEXCfBUXfmsoJL3oUWSn0F2ykGa0HOWgWgID60Ukc0YlNKikity4kuvkmZChKnALyoFM3z6NnNRc5X8ghDg+Oa7r2Iszo8hbKBOhtu3Fd7ojkzwXdHsiov3AUZAomBBWcLyu3T1zrDYR70VKBw7tTF49CL2avPqlzei/T77GYx9Wl4tbj4Fhb8s0JXitTDOwh3Bq6V+WLQBo1bfatBTAyCdgKdeKr2Zf298STVJ4c8FgSne8rffWqnJHGQgextaZKornZqnE5qFA0jcPLWLYcyJUgSWRUttNYlvOpPYWKs/0r75UlI/t/26rZVaU7+P0oUjJvsAd697KJ7a3nUvIk6pNedAA6fNP1ZFmiZ6gvkkbmTSEJYYJfe+nOi+uuvKmuFwZREy47AFqOBV+OxJfJDsN9Y7LxVn64BVKrmognQkb6xmH+sy4UmuPZlms2tv+pbFbRpV/k1dmsDp6vQ/VVVcMTSrfNkYXAsiBFdYwLGxAUIDxrE+rqybn2rA/CwY2gO87wO0vWpyu29PD5+PkcxSIqrGfjtNN9da60bsSc+O66vK0dQeUCCJGelC7ddCiWUPNZFKdRq5rdUd2dhG4ydlcDIFPqfkUt6aOdQLlKi28e3cGACxIeEQxBJMPGvz4hTQQ8n7Z/tkpZtoDri/bbdQ5Q7FpXK+3zaUmpDLJXIBcWAz9OYruRWBbajp2E5F35EHD4XCxTBf6T1mEggut/jw+YU0sqzsSXHYdtX4E/kwCNLuqhrOjIFOyIdysNYrmRVsOCdNgZSdIamBOYEuZi3qqfJA00pqIlqpNEQSsNCxx44v8PRaLMloCHhSzy0zlc3i/l8y7SFi5zpECWgWJVtyE45DDLeWRhewm56CDG+znYSRUDOczrxCOP7gReoBJfUnbqF/vJGYe34AcLYYLzz43PqcGWDqOKnwtzK2YpqYm7BMv9IktpwifZjXHhLw4qHhlSL1ukSvnfxvoE2eFltBxDhAXvvCJNT9BoALPjcCS7mIyYE/eV3ZuetNVQyF9bvRALn9u+xLTX/rgmC2k/3Rtip7g1PjieTG//Y2YvtWjzcvJTgZpxV6UfFL1420fBtoB2kI7hvn2xLrSfDVQZL2EQWAKrn7lXB1rY3yGIvWx+JeCFba+X2mD4Ey91AR/YowsA9cT4jjDSEN6ZgoZrNeOMJV2HG7DWS57V1xqTu1gRSG5l4x5EvQKcT1kEROmjH7/YTimbCS+Uu20demdlhKwOJcJck56vWg8sPK9DcHRkMAPt1ntaSH1jUu3HPwuuGJoWNIP4EBngYDMsnqzE5+mRSJQJB+66eOoktHBjjhHqu3fdaQHyrb0HARmhq6pqHRb7oQNuiQ/sgq9pO5DRH1ES2CMsdwr09hSrAtzQmsZ15FX0lj8eAIDW7EOVpXb7CCcCWnBpQmmUTip3uabuOXM9jCrpk/Knvb2bQmB5VBk/xuXDmU+1+ioNNM4P60BqkNuQAAJ3nXECTz23Bvqaaxjv2M3XKVZe89QkU8dPWV6BRFtZPBGbZkC2vfKqh+F4cZ4dwBziEBo01ur1SRSsFF7ekqMc9gx9nVv827K1dVkhheWzvjjMJXphKjno72+TE2ynuy2zL+3Bx1j3HVN0l2ziBpTGqSzPVgu0ZWt48LV8hxsViyClpINtgD6wf3a0Q5CqNoqG1/QcrebmV0sD3poTR8DGOtlpM9mr2AHZ41Qp1MdUyhosgQwxBUZjW9X69fbgArYEC0Spzetj3gVxOcI2syAll2DqEQ2mvZJZ5CALK8MxDSND6jbMAt2i1LaW07pwH4bIAsD1DooE/2RVzIggEXk+59RJJg1GF4grooToDtIVTMIH8SPR8SCp3sAkNMsoP2oLpzmAC9z0Cqhvw4qlgp5Rolvm3MF6hMLAtsxBzBNocDLPeaAE1x7gDZ6o141xLTR2rXvV2A3dXdY7rmmAp2DmMC3MBrKtAqlNeMyqE+lQ3sH8SMWw0fXl+gmT+kXh5v3szHfKpwNb0GyDE3W7HNOrLWfAw27nuCPEEPqlyH8VcvTdlRv9aAw+k3Q1CpaZzFW2ZXcRErnWjJ8rVsIJa1oRqd7hYKNZB9hOoBzdDejeBY6MxNk2wLHYJZVrY8ChD6CcI650jVOgA5KBRk61stpbuNWbZM3eScwEveXEGf1e9i8RUs2X9/1tp2LYJ3JAGzf6ofXPfzEdQxLocVg4AtVDZKhFH9qG3+jFHDQowoAbtwhAhU1YowRzMfo9p04s/mpRPaMzyFc8CtbBZ/EB8hvGTz+sbLm1pr+rNuCEKjHpIB6XbLMvByinWSyUDzGku5LD5pugeiu1pZG1u/Jla2k92+q1156lGln6H+5iJfYQY95oimYWWakqrUhwgfl3TTbeYSC8NyTDvYDHe2aytu/2MCwoqVwlDEqw4sPed5L8891Qsrnr5aw0XJivay/DcdOBd3ztofZkdZ96wRqqEsjGAYKSDQfFgL3kLBQMFBwoJBwkMSbTDOROJJQ8HC0s02wwqkeABARKOBUu+MEAQlmpbNs/nRjIKY2OVuuR5eQiCZW+/SOjtcWwmTpm4T/Ymr0J47qqA1EoLBISXULkM6Z5rspHdPbGqCr0+arougOXqY6ksXw9EtYpSaaoiXW0G5aJfjqG3v9phb4uI9e1jUbK+aV4hhqM5N32HHP+g3ZBIyzBibAm1g85c9oMMy4TYyOLYqvayXJuyQoZDRY7zpkrbyksbtpUYG7srNvoTgzb471Vl/1U76BnZNnm29E8PIVjX05LyY1oriGBc2zw1B1kApNRydnqRWaXXhlJ9BFn5NGuCATaudCTICwN6LYhoBneuIVh4BedcRE4is98uWkp9Zy8PKUfYc7ZQ9ISp/EQX7M9ADlObxopbjbBLCRWVJ1Kabe3i6i+/WHfgh5c4gb7OiMTf3Vn9VdOPHq5jSNDUhJ5z70Wk5G1JzFErPmuxq63dOwH614vt0m0zk+bahMzK5jVQRvqDdi6gnkY9fhkFcvNHLqpAm7V1P5I1J1Lsg2rHVGcu06ecotZQgPrV4um1rpION2qIXxU7wHW5oxXU89+7A2sHWEwwdf8yGCLB46WpvA+qFIMNVCv5EoqunXKbeMESDiZ2UeWM3LmrL26BGNynzAo6SeOe2y3cXnAF2GrNPknUyFODjeYYWtJoL5Ggb5TiLIw/q326Q+Y8Jn2yiB4rgJh9dqih3K16+4wAimF4Hk0xydpXSWAWxWhsCkIKGAkOPVFbLQRbjm/zuQJobtROwR6iiSPPJF18+RezKD9nh3iCWMyDs7HiH6RnpeQQicoNRKE0g7wIlGeWFn2yz1mRp9pC1Kmn5yHLJXs7LOYEwaeeHJl3tWMhJTkmS/XVfLj0Xf8KFU7ULLp08DluhOxwESd1w3a+vDDnE75R7xhnDyUrwwCGxbvAI7jiOnn++ETlRGD4wqawI18ujA/2h76U7ASSXhgZrnbpc4HhuQpvqHVpkb2+SiWXeJNSF4o0YRHj5o+2lC/x+Ag6Wxj3KYqYsDxtETcClsBcdMAys7zu09SGhLcz+rU4dxfUDKE2YRa3FSvvqH8TjfA3A1B2h/Yb7eBzdoVyY61X08hIKFsfrosYmBBd0ynGxSsSYvLeb4V9eEURLKgXEW6m3lGuMKynQDOwm44ktPQwogax+Z81zPJqkwCahElbC2wbhzE8Dap4FJpgX9zry9brs8T/P95HmWrJwoLI5rSTYJF/hxOXdeM0kmCU3tU2PSBX0VrfIOnnA4frVBWN2ebFxMXVn+EWtPPYWvEd79t0vFuuZRncqozxhHytmTLj0GOwjsJU4lyMvfr9+jjNKg8FWjsEYW0vwnsCqmnr+wrh/kT/QPt+YGPZ32SMGYVwSrTwuU5F0LVG4Q+nsXGEJ5slp0mpO6oudCi8nYL/evPeiO6AymXNDF6JOVViV43Yq+hlUs8JaKBLsQmjWojpzbvhArGUykdbuDPc07o2hgcYi1EP9B2unb3H9j9bl4O7CJXAM+JNubC7cBwnBfRpXTyqMSNbD0JB0Sbz8Fn/W8CEg5I0GG5Ejgr0MuEpLIGqaIHxymE53sBV94hN5iWsT56Cgsd8dxUUvmvseutu8tn9oQbW5bRDR+CUBr45TsQqXw6iGyMd8Qe+A6b9XLfc8L+UaL8l+gsbPpvMXCmsRbEuyCRpntI7VTeZZkvVMsISWaQuuYwnD531WFw25Z9XzGGcgTaUGTvisY2acX55f7VKpRobLjPrp0JK/HyI4lfSS2hqDxHOkRabY+cm0zEMYLBNPrH7v/s0C0W2bpS2Pbiea+O1VmH1+eQYIl87zRIhYNuXXk3/cmr8WagG2n2bsC3vy0e3vAup+Sk5qhPyvwCOqxwsBCgjkXNL86lPIp2O+PuHYSAf+hJ2FLU0p6Zzfdn8XFi7IJVf1UOPgGucOQRyzIni0tD2qbTAr8jcwjvIPhzDbGsrhs7O7KJnr8dWv2AMteV61doRZ6EZz6knhOJjUuyvKE/Kv4QEim7XiO/RHKp22h/vK3YFxX7py3Vs/43ya3yEdLgKbLM4IauGy4bMRf3UYB2vrmYetJzjoIECMVA5VaVBEKDJs0EC4fMA+SUp1cynMSkC6c7IIXrNWXLcJ18tGhvEhXwVsXFY8xkj2HicIfsC+pO04USD0ny0bl01SC8ZeAn+UTWmcw141Z/Bs92PmS1ccQ5ovx54EJ8njBs1T74fWw7DYuCQNfofZ25voTWueRstJyqIp7OjTvI8YfzDAyirqHBS/D/5ABTyWmzPRYyjpe04AmlcZxGMQCXrnUZ2xxSgKRxaEW+joR3EpPIWLaCxEcdHH1OCbm+Ex35lwYarrQDP53+IQ4I/MwIEKbJw5ckqAJzcRd1kTFNej1zNAUMqx43V8+TCgtSzZMifM7u93TgdntMr9lzzSIaRbZ9UnhMeGJX6LvYts77jMRzOQty/mMdQU7l5jmfq5UVVzRZNRSGNbcWQNMXxpISbycY1WXuLd9BVeDFP/kewMVDmgVOkjUrKZdFEWV3qCYsEmg8RrqjcleOxgFMeVJ4JXlqFPQQGdYj7YbJebZ8bB7G2F70nIAxCW7Qgbzce77l7nxsb56m8+ak0m2N/uyPh0X0o8uq1ag8z3rxjgeNQyqemWuo/7pSMWIc/nt8/OkA8LfAwFrtsuNuxTW3O+HhsetJCVaOEMCJjZoyXnqR4Y1dOe5Wd65d50FVXNFvZRh/Z/RNO81DnC4eCCBMN/iVb+gBiy9uypBtLJnpn9z4/v4FG27VIc8RrO1GfvRfuzmC5vpcd1Eok9GMEN5kMyPryfIqSNmPmdKhQiXIuvT2Fn7V/Lq+T70QQpdfHNKQQx7epKTwC1W47Qgyqw/8SacgTZ4zdlGMJAxxe9sJW7PsMoMSiwVimknZ4DBUEnAnDf5tqkLy8+SW+uKjuL7rMhXi84XBGPsKzCvNTsDAC4LBJLjw5mHaphqTBCPqx1oXo7s4VWzg/M7+qaROweSxGznqpBvfbmMVdJA1ZBUyBdFa41bUge3EonHbYeTT99VRY1vR8KqnitNyjWxZVy7DF9J1hN15bNLfN4HONJbnJXiBuW+tN+uXit7PyHL6uXVxdZfT189DLBS2yjmAhnVKIR+ifHNAubTUm691x88kaEXNTYxdtiwgfcgsVQaNo6eJw8GRyG24XxQ4vNZf0kl/SS3Sh9mab6XNT8mbZfWZGklPVdPAauWhY60TyyuPSp5H3QfXE2PjfkqtxGmcRp2Ou5QTnSxLBuqomUSx5ReBQ3tpjNA05DKkvp7rFDvQZx8PdiOUUsXZSZfOIi85kA7LxJHeHxQ+aqK5Q+RoU9BE3OxIHZzOWmAuH75XNdKN39edbzbuQDHtvj1GnPUmStyRGrLz+VEFIDwyF4Ek2ych1xtCICLa1/Vxo6hpVfuTVsaGtLxbcjWrAOZBYELiCEg/Q0zxz0tzL+C4F1wy5p4m5ETweUJ/YxDkPWN7cOXb/WsqencVJhRh5TtZX/81mOLhGE+WtKVpTYswLZmyHPYskkzg7oLDCDeEkGg4VN+DjUeXIMAXker6z8GV+uLdRoQy5eiLFMTGkxYK1XSFD6siSHAGOrFNHkNTFIXJPzgllS0fcHWAvyJ2MnCWFcpvc83gBmPcZlz1euOgHqsN69+44F48CY3usX4z6x0+sb5av1fTxji1B/1zorN9p8HTQBJnA2IKCjQFFz2WpsJTGH2LqVAtHYvsIcevsWUTy2E4f+a9IEtfd4r/FSXuROh/x1lz8vFhb8lxh17mqXr53Tc8IttmewpEg7dEgBTo9jEYuR9ZHjyMj9qQZafJi3TDfsla0rhQ3a7UZ0IUtlH47Dxsatte9xpkUnA1lQRuqo8zY5kIGXPFDAhfLMbuvNxN/04bfBeQQrqU5fhWLPD8iq59mN341JutoiQ4Kha66F4PWPvhrqYX/9jJJCXLoDlZmFaBw8UXGwTO8syqT8Uv2q3rZbSFWP6DyyjPPt8RRf6xI4Dm/JX58eG2orNanjYyTNfJPTcjVipPRXAOYL8hsU4zFh9zTTaczx2qOYfpha6PMGQFGUWMY4UrLNhWPYu6rx39RJaTmhAbT1pzPO6q8ibVjAuAG+2s2vR+XxxJkWE+y4/NbssaTDN2Mm9S/45JQTR5vKSble6KDjuXv8GpeQEnvB6ZrFkkDGdFMXxfsMmWgIWaKslKKEVPUFGpKg8wrUHqDQRYpml5Y5jYm9gR/uANe7cpXw4/yw9e+W8FsFbXew8YPIrq58mLql4gvgnbb4cwjLa3lYX3NITYwNGkMI1Z6VrJL7vxnIjB3lhaiuJNqBW7ZP3JUFha65SvINWwAWec4r7D1UL6G+Vea05+z3+LN1DzBAzPH5ChlXlUaNOE/2lvRK0u8YVfLKa7M9p2OuDWUj4N+k4EJe/3kU9MmF4UVn+Djmdb24BppuV8e8T1P6QcU+By36OUbi124LbPXDfT8HPnFqwcxhPO1yJkJwMa3fTuK2Smfhy5fXhDriTJZ2qYoIXiSJUQ2cKEJ2ug9ZWyYGuSQlNpElH3f1NP6LcApAyfpFB7r2KnyAdAxHFD9XtG0Aa9wrbK84ovx0EaIy+JpTrlmZHqE2z+o/Cr0cFYDT9CYlRkhU6rg+jI3VBgTEWNNtB5mE3XoBkmcLDTwIUpkMK/muiQoFsRqDgKPRnIAIlWfVGmI8HOpObR+EuG74ekPzpQB9/0it98OgaI9l4V80q9I5ioGCwZTcKMrQkSc+bw010Dg+ZhqoHJqv1EwljVbfGGss50BbtYF+mMK6sTR8m7eYW/3+w+dozDIx8EpL3VOtBi2TJNNxlTkEidOrSADWv7FLOUz8DN/hilXMQzjnj459/LCn/Wu1mRcaaVHgRlKqw0hciGb2H0E+jn8u8J9XX2//m5wAGF/cNhmNb+UlHk6LGSCBucu3leD7dsHIZB8/5cK3vmWaGP/SChOslnN/Z2lWRAPLVRV2G5W5ZP3egpycd5dfkP95xyM0/iE7lgftMyZuFNmkhX8MttiUWP26CqqLnj29VLlc07O/XCLX4JWZefW4YA9jDxDTcUFpGlFBrIyi1ELl083H2M6vAvDNtMu5MAMT5OeNO9aZ9wXWt2v40MLWob8Kq8+K6MtS5MbC2vLnH+L4aLktXl5c1l4do41XUNZczspkm7H/FYZ7yq7wqhDsPl0M5nt9PBMpavmYijTtg4l9NXSWakVVmc0CXbkpGc80mu+W9EaThMXiY4zh7KJcADyB2hilM1gSTu+otmtZ5CZmi5YJrnBj5czZ2ktYKXEg28QK4icC2C3dSJo8qsw8Vy1ILyrWnoL6SuuphNBw5BW8BURiOXtnQdNv2Hxrki8ZjtqdsK8bkA3CgOMGveA0asW31WaucmCoNSVKKNZPJehdmi/4zAXIzDcKhUKyvobdXko7paik+OefqZcz17pbjc6aOH0u2bxWzcY1OGx9zdMQY13LaxyjfX+2IGNlmbNk0DdJAYhrHZlwGk6Y09rSfNPRXJOzWOK1hXg/mDsAPk0MIX4QwOCPHWOxBSu26UgFz4xTJGKMoG+m0X2GdRTtiKKGePtVchm4tWuMMepK1WzL3JYMwMOkVERLA3FlUMP7YwM69YNLZSIj8v7Soix9qF95d6NYoTLQAsTCS3yJk8CuwtxubV5d1NOrdP8J45k95wWz0nRw5/wkAPBnk5A3EO9uVkZEmmtJ/26Y9QfD46wfE3nnDqWRIpM7NaYtqu5wHnIimu8QWh6fQox72cktTHhNpqtIfI9AN4RCPb+F6BFcNHWrtxCMB6afZ2z+pUlX62WFW074U11d2E0wWmWs0ewfNmqsAIXk9O6d5GCbb6oTk1CSJM41k61F9Yj3VovLMFD/EmtMHJmouRMCsknTn5S478rR07jAmOY3SBTLnf9ejEp0TBFRIogXeQrcnFlWNBD1nH2PlENScbn1RJgn0aq5gtE7FwlB1A7HJyzrpht7k1X//kqQKRP6lV8qEW13o7+YOjGpIflhENsPunMjLONJxaxtS2L5cVNBkNCIpIWj6YX7CjuMsP7VMKIexbmVcladltLVmsWcG/vE7lc2yt2S7Sdk1jm3CIuwwWbvs2qf7OqNhoJeNs8eilfGpgX28BieSIAshiwk8xOGopR1eptEsIoLdl003TuA2AqWbA5wXmmJ4KN/FHSf29lY8KL4PLWbqW1Y2BmTfAX2X7EZ25Kd0IhwprjSwG59T/k9m8nRkGid4DGqiDN4tFFKS4fKpOwRDzH0znt2EozNL7ZmuURteLROK9gic8tnwn2yTxaiEbt2yQXZfRzDAL1xAAuqpcIjmWXLslMv8NhyqwhBTCappOcinA1MwVbhhMLvQUAVWvbdCC4kbA1s1iYt5CP9kP8LUTBTLbRyi9UnHlwYTsnlBeED4pLHFEboO6MeqhsS0TaptjHz/stFwMGCQkJAsWN7ViREDDScchl66cTC00km6z+C9f2jxj6ftQIACAKG7pCQIhavhdvQA0V++0/IwLZGb1H0VDHUPcc2AI3F0ugtwrpjkqBhLt7d7SooD2VgPv9RSGCcb/UXINi55dg3mfQU4r4i8ild00kSP/IAp85XB/+ytT7BeGgfr/LNZ/IZeekeUwg4KjnuWqtWG4T8Kb1LLbmSCukraXy3KpJaHAhj6nR5potnqhBJKdfyyN0I30l10Td4mWfVWdpXA2M2/zFF2dXcZcj0rbhi+Xgx5xN4ED/3vhh3vbBp+QBUL9vm2vJU3bf/5nbMqoU5CefH97Rf+IDqhlYJGzWXrlzPU9/SwIvBcuoiKFG669Xz9Zls3S031Z/Wcn8CUxlduCEGjhRac9m1S7wB3V12j/HLHT0Xx+9JJem2bO1vTLlDDEBhIcbIwtHRSMAOf08SHucMxg26bMe/naaEUJZlu8tgUqedfIOEgnPI7VCwg+M9ALrSmQkbSdhnekw9gAwJAhdYJ7SZjrmeErWuFDqYYeD90p0T+8JKaqldpKpELi3YoxpJBOBjI73LJRfADYl9rbmsr7An/NdEb/a7xNqn/BGGR77wk7D8uus8RSvMz6NX5xisOij0l1KV17L7nCedxSPt8Qo9OxS1St5OT255llTbSQiHuWcFmUuNwHNe0pgMeNes0wBc4YDxuFuNRxC3J0n9+jisx8Rhgb7odQdPYrVG4JmmQ4nrzHQPxPf1xYwzaTeMtUYdfz4WvvKmWdmt3+X3Ad8fTYEWCKbqeKsQ836LUcPf6+OQBg8R9u4pugmjnhTLz2SXsBHybtKWsN55X8twFgBmfwbo3yIWoHIgJh07om3qrzd20+AUiznY9ibSrl9w8QBhpR+xEgRc7XqGNEaEDTks0gqYfl6NcCt8+Uoxhlsi+5rYzv7kJeDjhjPDZMmW0k2vJG9OTo+lVugoxd/04nb5omS0z9m/HplhhgjFehj6j+5kbStWAlZUtui2RRMoly9twxBrIYPUOkqOAFuAn0jXvpauq+GK1Aj4RV8B3Thif+1J93gOCxyERAjARkgiHb4VbitvVH6Fl717HfYBOEz7LtOfdGKFQaMgkoXsApbGurCYHGVozv0EsekRv+hspnXAEI2YtkutucQczGxfa9IUAtC+4ZMMu6JSLrKTpw1hklMTByG33VWEKmG8ueCLE3LXq41yQOUUJs1ORW7TPhCXCw8oVFGzsYvqB2VDHiAiL7B9vPQC3Axvgl5LZwCyULRo7xjbpWQURxtGhfjfUNxFpSmdCwaUcQTJcfb0WnenoqI0zNGpiCIw+wCD+7OTHESvKdK1MdtTPXCWoFslpSxWwCiDao0oexXUoqUZTEDlxHmTnYH87VFASbg+XCAMdnlLoCo+HrZwTbQqYtKBv3cMW31mO9FauQjkgX0G7o4AOuAxVYJHSY74RN7YWGZdSYT8QU/xaH0ZZGl22GBsOKqGaPgGO4/xgHJHTqX/FJxmR/qOUcq8OlEYvsDnGW0F9iyL0seJ94G9iunoN1KpwbgsR2DCySF5iwfL8671qvMnRGLsg1CjBd1VUZDhJvmsNvMWrc/gfa6rHsg0qiQVkVL2viGLQWdUSrMxfOAeePILJLKi/7QtkqwjVrjWjfXgQMhabTKfn+KRcxdFBbYtMULik9zAeECpRByRM4UX3i1YxbvU4cdbsd3jaeAPKR39gAKcR83VRA+x2U3Y5dcJUtqQOVgrTPtlTNdmpEqaDLgDbQzSyU1YUhK9+3ITRxHQchRgiHBfStQgNMgBDkOQfbgLtuuc+a4PT2BQPyIDwovTQfzDRDMOH4uOh8PRvc1lFTE0wg5UUnO5X4hS+ErzGeRBQrixCE5TTxpFRplbtQ0FvhjMsKAfFDMbRT63Q7mGsnZfVwNfXXTnPV4a3VC7ltspEpdT5KyxHUutytt43gcjhoQhBjt8RCw5PzLrwfkZ5bQvuJiMMvtruKVIxwK0Rw0gL4XvAv4jkcgsi2Pgr12tBpXKM2Doz7MxLPIh2ZOeDjU00WkIfQB302G4KjHeLQ0jBxm6QCFNvPMYEG+gjAnvtASi9vNA2R/OTiStNFlrsk0WxTLpoa82NTxDI9Fr2c7b2WqcNkCdhjNZD8ZcdGtLUkX2wDl8ZOWCHdfn9K3Npds9ZWmHiZqfaFjdfihIjgs3FYMrgsusuUiKHhbfItJIkV/5jJGUzb4MB4tkRqcw5BTtNhOPo7P/ZceVC5f3t79PX7+vKAqGN1qzMsxPmx/LIoJEDjfN5pf4z6WplGwKZrj0GO40AcqcevIPkCvsasAzAHzPYAHasn1Vb1srJWKoi5F0lAbW/L2UviOxYByJBIyjCJNzvkZ57gpCms1WzOB9chFuB7o6zdjqcFq5nd8g92Yg9hxVSKQNvkWQtN6+BZjwyDn9+mLMbwIInIVZMFFDFeWtJ886nVJsi0D9gJnsgqB0H2VsJrwU/aPuT/bXKCd1GzVoOLOroyNP1Rw7jBBC7gGU6qKMNWeuh4A8pgutxi7lthLOyuhVG6OHFiiEbfYyIZzpXEyek1zLNxLPZ3isegZ04brTw/j6XI2O10FfZPyoSh1jc5zXMlhFil1NH7ziNNNRuzHan86+lId6R/m9o7ydzE4pyNFUPMirHvB4//iML4vyNhDORT2KNGQsdxe9hPpc2FuhfhJ6/VJXOyJMAClmkXUxn4zovh0jpUa8dhpGpTvsI5GvwBX0MmtW5mB+orKtudfukVXhUVTHgq7Avs1R9fMhCkaOkwzByg21TmHgUXO3KU006c8GwlPrM2qfFINwN5s7ko0dg+X43smoUuA05kVcgzb0pb2Yr4ilryK+jzCOzocWYyx4hRE8BW9ifACmBnGqW97qrq4IVt4f3CeFk2U9SiaOjVYbxbkDpLHXb/FpVqLXIU7rDxnOUrethJvMH7kqfo9O4H3LEWb54DvLMj4pz/TxfOq5A84u9upILqDNxRL7mqQVyzNzXA9G6vkvUSp3y6qDDOtiZDJ4y3K45gSPuPHr+pph0nrha2FkC5RzcLaGGnxNTNeWt0Nv+DGJ3dpVuUXt0una2fQ7zWExmW3QPWxJjP3adA2LWvozZSJApxUrXJyei/nLVaR5978u3kKFIi3a+Etww3clM8yyrhTbNAKh5FgXBvMvf9RP/JZhvEGaBpRFs/YM4U30HhUJuUMjSeoZIXzDIbG63AiQ2ohOj/EWUyb/U00GtY11MAhoO3rxdPBAz7KdOX3e0+XkUaPS465UvdgPJLwoe7RBh7LnwGaamEWJkKLa1/g1BLgvmAUcJLID0PxyZPJCfj8oOokiyZtoq9clWl3D0GMgXI6gBZao+j9lr+lU8pgmtRcs8d4GQn2nin1I/TFaP6LPUNS1Bw0XTxEa671pBwd21ZLcaexKT5OigLGlb0Yf98jyB9EmCHD+LIV82/0iQDxTsAJrciFwHik3CeMymhDzkRuu8qz/dVXGdkgN4KO22+nRui1ETTcDUe3u01B1Trbus0MVG37cW1E4mCoQf6JN5N7kg76dQoA0dagr8jQ7MAagAzBjf00uXrdLZEJCfSGv/I8R/ZsTmGvdxF3ZTd+cvneBvyVQ/4daJtseHyJcsqN2bviI1rnm7ncCuOrsvOGzzGOGejAT/ODqjV3O6xucmuprWFzlkrR6SyjAoWUpc16zy4OG2CltbAUWQSuddCZg03qwe5f0PCTw6u/hnJ4HEXr2UaNzfW6TlYcWavWrrC6nxumn8pmqdVLcxKBy/0+LqbitANjfpnMVg2vPVoeuSN+UcXT39bxvgqedwx58UoH6TgFHGduVR6ltwoeGPEAlPVQWcNN/MFQs9o9YQfMu2ahelXSSduKWv597lEl4KdjmfvlD242SlwfyizCWjO7wWNuTa/24UkPPMU0gnIJfI4GNPxa6gObZStZHE29uuch5SXhRTh+XHMh/T+GXyRY7Ze+LFC1qZ3DkQusJdD+rl80y5mWCMFJsLjOqAkSE15zrbwheNWg1/lGZx6U8KkwE+qq87LjiuS3s+WBOcq5Sku6wyj97mM2J7C4xVQCSg+b8FU74/2cl1CjZcEuv3gd7y3wex4AoIYqb6slNu1jJ21YpdQ+W8VxU7dzMyv79QKccMyT/+la2am7bZlFs8ZTlDw5qJjfFQMiDb4jI8S0pjokd++hOfpTZyhxisxgA046DUL1pgEmvPVWZda5LM+rDPoRc4lipAusjMN1N+h0kEl6INlh1LCOu/GQNfIdKn0cOCVKPw/Z/wXdJrjaiuDdl5ZxZnJ7v2TS0Zc1zk1YHIqnMiLloA/YqaKsDXDnMOPOYJ0K59pw+N7qbz1DazRF3pfGCPfUvgYw4noVn+bTZ9ccmSZ74DK+kNEeTq+IFhrMoFrdvme4/1lBduAx5RvJq9jMBShTC+yvtJz3SgMxAm7X3m73XuPrZQtMYPzxtVh9lst5dJu9iWbH0499yz0KjP5tVevx1ZtxLFtUoh3C6u04UuidLiyc3FRPCR188PEYQEOPaFUNJrkRvVZ5AW/UVd53zPM2kN64D0rnzhPjlfdKeoUnsAMzb36clnbL+A8N8Dgc04e1cnR/W8eGDZLa9Hjj5Vw4M2+sLA1QOLZ9MJYW5pNgaouOAkKMxk9nrPaRxpfXX/ox+oaE6UYAu8sMxemqxSgqhVw5KFRRp7ULPXeoXN/8BLnzB70qlPND5708zxCjrN+s3ROJ7+QCfA6x+lz7hFnE1WTG8sNFmWmtJOFwI3wSlFLCO48uaTE5NNrWeUZhoGNDmokw7dLYhIbDZMxzU7aoryjFiXNr/f3YlXCa9G+EUp0/i4s8mVmkRD+JvxMQlmzqAqtpz13jkKgdsStVdOWtTJ95usJxYrvivPN2ov0L0TkhJMBn8Np3veg6KLKeFyPIe+9h5xEPpBKK908Y03YzZGM9p5HpjGN7QfPc+08AqJZlgIcrypyAxTDMKRxvvZERih+dAW3sQptZPh82p/KWL970U7cu9rC4Ne3UUrZfwijOGmLUnAarhK2eKlSrfTSZtEUYTapeaPaLOw2a+tYL6KwGbQxEkPJAHb7Ts3oct/Htuwk4hIL6ucDGpYR9Z2/UnjUeHKTzheafrMEjREaZ43Stv5Rh61wsr0n8LzeOWx2EwhrXPpI4sZg6lW0NSh8T5dPgaUyhT4OnMJEuKp2Bj/1RoQPvYA0mnU20ltfO3+HTAwavgCJVuMEk0GsXC5js7BsWNT7laPdWSiXvgPrW9QbR5UqRVED7XHIyyrTfBwji313CwdAI79iknDZGRPPwn115ouzJe4sW0cqdpFXlsuXPCXcx/rtiV+gOQqHycpdi30itocmgmDwm/fefWzYrLTTBO+qTt/N6QVSDNm84T/2s3ozsMGoBHE8Eg9dXE72JhdRIp5xQKPPchFhnTQhWTRdJ4SWogVLLe3JVUKwUWmbpNQrW4AXyysprGMo8mEOKeyHR49cKunXYcN1dfn1e2NICj/aIrSpK+ytB3OkeKiD9IS5Fzsiv8gsgMMj1uGU16cTbgpzFT7GhwBJh0cW1WqlvYVcCC13tl2k+LvmHpWS0p50zYcT060tzo+4YH5rUrzdNfbhykliLmohjPW7CF6x9DT7O5cbKeplTQYqfbngSoL8hqRRCKQ0kQ5rEmhQ5HaQkpl26HA4D8nMEqytqJUcWsJctdg5ULFyAmYGrnRMH39CRvN+JQIyZk3x8RbHiTBF3MRbCKlzNroeVfaTBbnrlgCDuPdMLqe2QoaNjSKCRQ+GCMwhNyj6fg3qhdbTC8mMxGdzWEfOts09WfZ/5Al0m5Ir1hd1j+14lBDCJ4i1aheB22G2YQdkKqnBPGFjqK3vvvDBdPXClNJUXM4N+1xvHRsQdFNqJHRORtHa5bEcwr6LYp+M5nlaYGffTpwWhvlIbuZJxRm2VmGwoKJzDslM/+FUk9r/O1L0hOkQUTI6Kmc4cBX0bdW+ojWMLfsEdTBI5bKa61Qji8Q3ihPS8zZKM9KPn05nIHfGQvYlshpHpc0gO8tQug3e4wJmhHtQaAPuUqb9S9vx7IbldW4CUUNNYoi34bFfb8mpE7+JTj7doI8xjGgAMiSPxSc+ylthl5M+/TasXmC+l2hjtywMTsqnY5SITLEpUBUB1Hk2mMQnjyNTawmfKCwvc8iR0Xdq5zc/3Di1wmW0ktHQUNea46WVgizjDwQB2uUUgqk6jbgOj/oTlzpxi/8gVzmdLtSAFyuM37shsIEF3J4u+3Q9qY+ysdYDmvuM1+JdINeQX551MCkSaRk8X2fDNlAf/Uamm9fzLfsEGBgo8Snr5ut+T3qc3aD5Di1Leu+P9Kz39v8w5JeGaMvual3qf1E8PC/sWcIjTJNxEzh1CmxHL1dZJj13Q6nlsatbbjKz3k7EOpPdKHNIfs7ibbnXGvaGeoT/x6j0VnD8SfF7VW1FPpHKGzw66fwSO7mhHpBXL75ldbUZznplTdD8vUTWKlvsBbvwuv7C5CK3+v+AfDJexiO4r4HbQWq/O8nuBcBu2oHi+XLNKy9MSjycgxO323H7eIJDIfViyk+FwDtY/EY0FyLLD/qGHD06uHjsywSJT+XL71kAWFyf3Ka/fXwO+9H2uif5kM1krXVjKPheelK6vFRq17LMQ+lHX6TVzHGDVGtNx03oLhT36Z4FBoRks0mQhN/O+szKUoNN9qVM61ubs/Yk9rG1S2j3d4W24Xs/9bblaytim60/xtl0vPLbxoUTf4rhhTufzEo7oftJcYtGThFNtHyhLrSyP7n0GDta8TOWiHDGRjqRIw1rQuz1dAQf7ZSjztj+T1m/D4bsI6H+kS4BUcRcAoUGbh7AUWY72dIXZkeEWMYpqm3A7Lyz/+jY4YIM2GCjhfwQwywpdVlJK5lwLN+g348jO2fDXcxUyrtpFQMoTYyHuoQoVMpWbpOtfcWJDCPm5+JrC8dG4Bc5HC+IyVwfV+Q6e8h08xDu8ZiVYe2JYS8v1kaSoxGvChE0qUj10eggHRPjhLALmChqb1g9eNUOJw8riZoR4xoCx18BLyOW1rPU4Cinz1OaolM+EEF6+DkcfQMp1reWhd8LnGhGZmHrIIsNgtpLcyIpl727lk+Kz4PwbJnvZZ5g2HssuynQvKph0XY7TRDWTeg6liBBY0hJwIS1Z96TIVU1Zp3s1tA1nTed3Z/eKyBM5OIYPqu3QdKrIXDs8X+20kXnIDfsS6DI3mLQy2YY4TK2yhcfJHeM38bIStjIIebEUsnxutNo9tWHM1Fv/5O1UUd+njsPaI1CDjJHUScmj5eDjh3FzXpRh/jx9DBiC9x2tidTV7CeQ+ki1XUqV5w6kFpyyplHR8rHeDaD/VGVW/JnCXKoPblrM9iWYIMtVms+jLdLoIIOqtSUuOp9yJrGIneKKsEd8/IrO88aeItafhrWLqP1YYnmdE3dPQMH0WL0C1MG+XxXbFMtj86eJGpF1ndO4BH5QZzJosPy78sHMmYQ58ZQplnLZRCNRYVFl/VQI3tO+MvlI7rhAX+l87Gj4lD+ZEW5RIbZygLH7zfIweno6iePi8sh2R03baol5r5g555xPfcOfwtSx0W7OIPedtokrq6zPRjWzfhXB84LIIJW4qRn0hdXKyVdZvsgu8+ZnmaesUN39/VCvnNDEmKCxdjm1wiyn0/4n3aKVmzfSsrNB5GJhJmI1jizdVJtan75WcjUVMsX9t0bPCNo82GgTzh22Nr++2BJxoVPlWFNr4yUqGyprXBV9xepWzzsTLDYOubFkpjJSClmw9fchfmxjPh7xDvZIvt1tKIHW3JiPhyYy5ry7pfbtEJ0qXfeVvs/3XQ6eR5yXOKNThKdfXcr4EU8vFoUgQFHoOBxgJwo5vqcH0wwsifa8uS0QgCimKblqMYJPv+nPA4ETDCIgDuj4ggoaD4Zgw3aqah8AZSHj+9z55wiKc83tW+ulrqr2ex02V2H71eEE3tHkiQNfWCRl1uBB18ZY32/Zt/k57qIXdL4AFOrzLtyfYomz52oNDIiEmxjdQKRCVLl1xS0QwzXloFoMGSK9KEO2nIp8hNh4PCNk0H8LAY5kB7HITWAcEQvePBLyySI1VeeYjeBAwRtqYzxJWvXJLedQZEy4S29VYBLyojQYXeIJaTEwxP6RZLBCVmFYhBMHgQbrfx46DVReRWHmNgJpkUW3LlCF3F068MbgZXthOBg6d4Po4ywgBzs/mYTnsOLHB+tY1Xjo7ptxSjWuXN7cVf0goehPaqI5XvvBRnQCH9q4qUl291JivADlTMFFYEX/W9DYld/NQHNz1WoyPiNROo4GnVmi/2sRhA93WdNz8/NLr41jO/sZSsQc4oA12SzvJGWOATQGyfYOon6oSn/ZDiCRn8jnmgdAb4s0okkP9Ctl+cpekSN9zYn+r3r9cn5zcvmzs3winv3nPujMM5IWZxGAl+eb9Ap+jnALPqczgffKbmmIh5yUnRq8T+acRzQw1gcV8uct+i0kC8jyfCboXvmNDHkvdtLYTuG0M14NA3uzzTWMCPalUULibmZPZosNstMDckjnLN+1dhOBhBbDt4hIclG7YcTd3h7G8gv3KmxkOOWglxh2h2PYKFPAkPZJKnxSNjoLk5rzFBFW0zU87gZ7msxnLf+IoHlocx+uD5/VCWPiozGzy31JMjFsvUEM0Yf9qvdbxvhoBec8N//OHv7lSfJUKIVM3mU+4pL8kyVBKa6WTHWw0bR3vcFskS6f/+uzY9nDicsi1ZmNLOgVcbpTnJKdVPdyWnbymcKplqGdbG00KOIyiMMRN0LL4ySp+E/VL8ToSqEfx+6PyX7YJO7EccmtKTZKisQvZosasSH7cO+7pJSwvCIt49Tx76Q8l0c3DTD+kPkZRitxpgBvDZPhYPGgQ6kEoRAGqvYpaB5RjpxCBd+YziagxteBvt8gm+pX3gAD9qHpoa3mWtrpcmQP7hlcv1iqYBnhRc+ZW6R7kpji2vMeP5y18QksV4/j7nxAAW8DCuudQLY3PRohk00aemvGNS+4Bk1mOxgya1Gdn05SAzj2jgDKhIfLUHshC2ajhZ3xQ8Bzc9aqgxQ3SmSPi1cOd/PUJXOByVG/rT02KDTgD8OuMweOOo9GSmBJb4fTvXqDdJpJvg8m+HpMBgxx8wKaFG7c9Th38Urvv4MgdztyftvBkDA2tjTj2MyD6ndfgUTC7n9BiXyxrL+LNA/2/Dq72CAdhlxEgleEIO7ZGEFZ1a59uYg63au/fGZwkqbRC9eATGTdr0kKMNOzVBwVYvMe3ZBztCJcEFPFJ8LPsJApRToUZuAyewev2V2/pqtfj018ZZPeNgJls2ZoxZ3D+tbwrcK5pl/kcPjK2Wg70eew10SJnHl6flzYxlnsIc7xpHiNC+hGjGxeuMcIgaxyZME5YTuYCstycbD7ewAzTjaIas29LhIa/6aTOAZ7Uire2n2AnI1n/ucV0NtM55B+EdPIcNz87GNykM6Gm0CIQ8LowrNig55vMw2+c3Ntfjnl38QAC4srjCu7b6gF9/OrDlojDURQskZsRhjsNUIjzoL3vqgtxiLtGJtYGgZ93zHpFr2rwc+BvjQ8dtU74wC0Tgpl5O0QwE5gLpGljaUoVKLvFrA0JGMBSqbRv+GNj93+VVoKmwAjgAJeBIrfZqPrqJFG2JWLtLhTqjHgxvT4WpJEfWH8gNM5lXQa+RjbYPN5R7e1SLjT2RgRpKfifXqBZ+dZMp7/huzhKzcUWQCWFqj6RU2eWjCvBcb2AxoEx36yS35Sg9NTwLR3AwgoH9MDFyapI06E/lro9Hjc/r8Lrl7f9x2TbtH752qUD0Je+DnFbrj68bjvCKupri/0xGXTAUHN09dMQJwlh/0YzWi+4QttA2BxqUlEX5CxwYBizmGcDsWbMHG9rnOSyGpheSafhWgxnefAetVzFyh8nLSh5nlGEX2Fx0pOywzHMC9yQc9x4k6702PU9tN248e5rOje5kgWvo0/FW94azs4Ych/nmn0sLJ4m45I4MobWKlv7C12Dqr2t+UgLLUyWCrTpdceW6++EuPoO2rw+RfVVH8fv1R3rkNo90Nv9/g0GmSeX3oa2l59pWChsHQ1jYPCseP2T2j1Op7Q2jqs9dYtoCOvxajZZP5slETbnZdSrL781TOb9lKsUL6+Ym5b+LBLAKdI9j3mt+a9emkSVGZV+ojyG6c4ZXFA9gR4lRVXYKw7F+mXHG8j+AFrG/jjY7GQfWMwEpE7w3/l9hIKrfsEd38L6XP8AkRB2hDzyq953v/4xOT+IFP+eSa/IrWvX4KybfbvD7Tx+MBUH2sGwLesQplrlqNLA7eKCWLkWyx/zbCXfaYZ+3uY67FCp+2v+l7eV0L7GCr+IMqfrsjKfFdfoerPOVaf/SnyPMdP9hVOHNiNIO+WB9tUJ7Cwe1tTYTrlpQ8kC5mvMd7yHDtsHhWBsW9Nkel9uFlgySBOfWknOxBR6Z4OdUQ+Leqy6y+SiIH28W/H1hG2H8tt+FHx+L/3cowJG2sHm0wqGiNBLD7k51NCDb7Ysxt6oWCUMHvfEiNTKWNMWFxEmnBv826TC9s1vEFD8gM5Ndu9HmBfSPWgfqp8iy6Yi8+2zz2nl7Goli+kSiz127jaqb/X2lmzPnBxGcRGF3pZi+wVJp2FEJb/fMyAyZbeAXZpEZqWFTRMkTFjQ1qCx4qx3mr47YxrMS9zitFT5NSWiMCqAkEnvAzos4Ks/TOtERLvaRA93iO7a3b3xZ1zgT8t4QJUHIu4bdDlfKUtqnLMqnGMjVW/5HJrfQr9nMqz+Ph0KEKWno1R2ruFwD6aKyM4JA/OhmMDBjYStqalCtfR+dZAxH0BmcVRMsNsPBsqGj2ahQEDG6VzRzJg2NECgeEdHDCEXouFIh9wj0/4qSOHYsFkkYlDO6zsppGZyzTfUTxPk6B55VguJRMCC7saelHIaNVAAyajEXZPh9k7Bf8Xq8jFLK+4+w1OlBfNfJO0mkWkLTMbe5ODqndbHCt1S6LvrXVx7oyyYGV7pCVp1u0TdtjAXGbkhZ9Ob2WuwgCOI/pPgfVK1U4QST7XIhHTieiJXrYYf69lQwKnY6nIoxwM4X62AwaY8fhAzTavJ44kG5OvK7YhwdnF/+r+JUchHut1wI9rsChtC5Km2ViHh0IUlhejbA7FJGcTCi+vUYGOigr0GehzkKoQ/SDjonqwTCfyelfnUbRTpxms+S2HILzaycnuViD5RFyAUswfV5Yj4jmoVzkLH2a/hUUP1LdUnKsPeSGYGFhmW5U8THzUFqjACCwCyXGl8hGl+OLsUcGcBkMHbxyr4vOqqS2XOckc0v5KB9HQFJoWx3WN/Ip8BntGD5OyR2QDoTulUz0+i3O37b+gxLIfTo/q6Z3ZDwVtxVXYg+PdouAToYk4SbGw90VPYP1I/CxZK4gbbBq/ifebmqaz7DEbd/A2FVPNxgWUgcKmMulUNV2Vc0LaO4l92IeYc39fprYVTRo8USNmwjvKXpsObRfJstRtlm+nVdgzkY5i53S4jwm2faQ7IPWCsny6Gac/b4ku9GbmO7d9Ac+kJBb4hbUEED828TgcqGja//QHZL78uw+zxGYpkdp2CHvUHBlbjUvI4yn/+kDzK5njzQUs3qL7TY4WySYoX5R77rP958y9fnylfQ4mS1EPd33N0DgIYTglFCsvAtHKqOyo5qRYR+N73XYVnmJ58HyACZ4s3tL67LRYz4KpioLrdnPrOm83oc1+dzqS+OJaLNUmgTiDsdhARelsC10CyAx1QvMGU9CuJiDuUZ0fdXG/M7BOWKw5sXEdnuCP7cUJT7+XBgNQKXkht4h36PwaWfAPhfKQv93RxhijUHYFXxRKkb+1osyi62UztlDW+ROa9jZsfxeKaN6zh602/ZQ+iwSiDtHSr6oKz/8adbAbE3bUk49CfBfaRUE10aXK8d7Ze6yB9zfii1pmwLMZzGI5AMagbnS1zf8ryBi5Z3AnApOC4phl7jjY9VpJ+dW8GV24L/xHj/quwjJec0A9YbPHBCecQXZ49kiuF2p+r3uIaYLCZLFDJ3l8xRERI7YvnV/w0JKE6Cceql3MG2h8mBSGM3+gHWK/hdko9oM1aJkgQscaLOPNjlOBvTchRQ0xj4yXP1oMA4xkcK8p/CAUOm0ZKi2laRFLJLGbEgM2edNclenVbAMKuuD8+OOPxSf0gjaHUn0gnN5Inta99sqr+0TFvbTgoGGb/ftuez/uxgi5ihkE+5RYiq/3njRrqPvRv54buRD1NWevT6lP54VldgWUZ/Rl+glU/nOamsDK3SosAw2wkTsEqZE1HXR/3YQAjBoRrW4QkUTU6fUzifxR3uMRqZnEyxT4ZuEHQF6n6Arpyg0iYMMjakCqN7qI2iFKxEtft3dJbHosgN7LrjA+B15HRhCYfK/RFrXb0VIE+Y6nHTlv6/FH7oy3iIxUcy0Tjl9n/X7KpPDr4T+iA9t7ZnlKjMseuzd2gD2M1T4x3Fk0puGhOLBSBpJgOoefIUgb+S+y3Karv8vc19Eb/JoXP/fyb3/lN5/prvvw8VkuivnquWkWU42G5xovjBEXYg8ZrK/k6OqTm6yzmg5n7OaVKBSEdM5+hHhRCS7HCeD8ANkcafVAnR3Y0zQgnVBoTvnIp/doZIlShz1TRG/5W/ra+BsdupRTCbm5w26JV1wD2g0NVcbXaBtrOdG2ixDpe2zHR9MrSjA1ZfJQAPiIHX469uN/S3HAL/g1TJmCqi3yD05f6BKXujen/hq/YaalApxhsz4jZZeczxvs3miti4uPIXJxnsrp+Jvk5ByvvAhasB1iryVohrxxPS8KH/I1PP++rrw9wDcu8hUqvvNN/pAEAz/AZHGOIdpveV94y55hdKZwOX2T9IbgjyOVLbdnSPQZAnxlIzqr7NMBZDdIXb8wGuzEz5R4V8DkWEuYWZZs4rzVU7yXmntMBCArYI8iDqdm2QLvEMNRy0wYjnPsdL0pKTe5IX1Jtlq6RJIMp6cxMQVfTPtkM6DRIy06Bcc/V3/CkxIJthMSCJEki11wpFlT2e7eO4BUdWT/i7CDLALzu1e+mYI8QRWLd7UsN7++p55DjU87bqbUN8dx2aikW57ZQxyAYPnXhP88oHBiDqpH0ZN56DgsOk4TpJrlFAlDsj4RkHZILKp3xEJGW4crib6gVYTPxY51o0MTOh7H3V9xn08TpaUsFKyiSPPa5Rx+fDunvK3wgO0GBMrlia41qr63KO9yKZAGjBJQ2Mrf67o2deFxBpmCx7fFkC1vLkOAv3P7BmJpIi1f13VM3WiQExSkMklxfDFO8M8vcfkpuKFiTa6QFO1pPCjp8nYOeZmZiR1N05R3ESTOAyQwM5+iKGNL6yPQ5hjS7XKmNgLjxe6WPbFqMyz4g7/EJPvszLFtO13Mts/A9ajnDHHh6Q/hPftiedq/33YHkd/uB4jZwpC4Z7xKLo9nXSqZMWpmXGVnhc6iCgDxrdsrK5gzS3nOgKPdM5/dJvV81gxL+WJsME1vutG55lGGwU/O4FqPI7JpLKlnV1r5Of1BJZvINrKcjRxNEWfJXGEyF+jQvMS5kddD4ZgKr1ZNCegkzBAvCiee5Mfv+c03WbIrG96ZDSps82sb+3NNf5AxweXKtrB0bZPH5sqNFdF6vOOYX3zQ4zir4+NAu/I67GJZdsocW6e4aOhFO6c/MKmBGt8wcgXtMS/Sbhkv77jL8fpFyPqweXn53q4NBDUOgjnuG9d/fzgdJP8hfYC0B/CHP99xzKgv1NpowcAgzwcBROyWDzTyIDggqTMqhC5F/BDk1M3xNk2LBU55PgiY8g8OxnK83GCpe2qOT7GXyaYgDdkquzWR8rWq66sMPZdkEH+MlWw6WrveXTwlxKh638ZuQuozVuBCoQKM7Bh0bbZeWnuVflEXk/eNA1EEUg9jMl2j8frjQW38rJsPj1SK+oAhMaCZvMDCNvmqPObMaIn/YTZmUfkaEKAVCZ6u/DTvqVoJajmkvFHG10X8SnJ4oxBKVLq9/PoMhMmj1sa69R9ZBuhlPcHGD702oVH/sn2AFgFwuebc2s/2SMBp9WUgDlEP/r13AFxvmFg11z+PsBUIZtdKG5JXlps2Ed8Q6AiQ15u+YtcqwxoFKZujMRlPEMRYhs4A5syI4gyeAQ6zXfowYcUFBnB3wliK/Urq/+fWwJwonqI8TGRUfM5U4wm2d9SEAI4tsAEH+nEmcnu+W/UD4liuLlu9ddhK1tQUn/qtQ51VHQf1mAe20cgQiB13UOMR/Tj2UhlqAY/AR5zvgmOyPlYJvD7ounc9aZVV/Gdl1MbqZbB8m4zdWDg+onRBloda6K/VS8ZA5Rk1u7TisxODCLEKAuoVJPHw3yrwDI9OwFLTIduQ5mGUVUP2Uu9XxsbEieMHIg3UoW3Od7a4hoXo0ERggxh6UNXBeSC5NmZi6+PH2m6vG5hrOxHg9VeLgpHdsHtQwJE53mjP2SknHDUElbOgwQ9wiv6W1GNw+fL06aptfLy1MI6iLYUIuyBBF65JB+Hk4LJdLfXAVvnncyBZ7CmhT9pFRWQNF102p0Cvg71yhHG0r03EaivyGSrnXZlgon23lPHnoA6K67+x3CqyFemv71XLFrdQ3Un8ureWtQ+m7aaoKG4t0LQVr7leGUf6pf3OY20SpF/eYAiVK2bXXZmMgtOfakP4PwFVoUC9jgBPJGKfsN7YgveOZeGSDrXypZINx3puh6SmDqbAgjf/JfMQQKhhwtKwSTiPjpfaLaKG2jD/usGz8b5F56MBqTe2eD7A0SoP3PeoFSp/SL/WQ9OdYNsuevrCGIBIDVOgojPdg1FXuDnugsnDkdeMx2IORT4IjANDWpasMKLPTVyp7Xykpqwvca1JqeBIyJDtTmuaFKdvPMSg5lzjPMUTB0XzINuQG1KJ08YPyZYERh4UXa5Y5U43eQMabS/xoSLSt0C4qlN3lNm9xVJAvNcw2JCPwwEyKvMLnr28ir0pWiqckhAXSI+rxdDDaVMq9VCphgT3PQDspVeX8WKrL21E30kQtTJGpQRVWh+rtsZyWzv7eZzvYeG6tlYN94O8cMmuH9vXeBx0x6ZR4pCHoGdk7UM8mB6VFHblrXnekT0hOmNPOCzeqCT2q66Ke9OqojI42mStJtt1adgAdKt5KCgyiISotrx5QatMAgnVZAiO445jPyq/jbY+xigH7YR2zec+OaMBzWckm/00iTiOqSJDCldfYnAz0IzG8Fl1GDxIt9KVROaLn8X+uYtC0/MhgPzXdYQiMDrfrIVTrqq9786fw9+GxJ85DRQgb/iYDpMXLZ0MijmfepPaEFC9jcds7zkuP9eKGarJGinEzTBHJg03OHbis7i+sQIoJHsWOzz2pr+MG7cyZTSexidx8CodOhnb+GSrTBzkitaxuyqg50AkBDhIX9MyFAozEA0tYPtuL9azbYhmYIUocw6EXwkHecEoORcBmJIdkPAHocwivGtiNQtfcKJr5dSokAfE0yYVDGQnRQi+TVlOREiq6X3eNHiUGUg5picf367FCaypBNcuKHmu6Asm1Tf4Ge7YSDV7QAuqgp8COMnfdSTtn2E07vR5vBtH1snjXAMWykEgvKo7vlppkUrP71nQGAXwskAvHjrsuR06LX0wiiJlNt0g09Hp5c3ZRGsDIxvwGSMpayrUDqj7NSiC1b+t1iuBDwXiIiahrknYusdqOzHGbpzzvwZgecz2DLLx+TSYMGRQnQQZ37CHQvedR0oO0rE4MdDdkakOiqRwtF+pEBa7ikp5cnYSSb3APzmOwaWv6BNGVvQYi/rjFS6kgnAYm1hzvlBLEdLj6XxQk5xiW3ClzS+G+jP/Ft7wp0YOB8ZFB1VFNmmq1jC5odLTqoyrIrXlkGkg5kGPibhfVFt92zLTdAVujQnb3Vk4BIWNT0RUy0Wj7SQ00M1LnbU6sa4RhvOqjbCLYFTir1OLQTp8nkGoTNDcvApbwRmpfck9r9ZM15i4AQ3UatENI16fls0VfqywQHZ269nTpJlS7DZjFW8plhq89emjTO2Zbaa4WdgjZYFHsMBYkwW22ju8TGnZ9E7nVCF7ZRIOX+H/rGuxfVsNa8wcOD6GG2QA7x3Rbd6vhgK7zUt9LDW355CKYUAYrolUO7mBOGEgdPCYGeB63/nfjwTDseRIkJkg2qIa6dLJUUdXQu2tNjw+rD3kHPcVJBh0yQPXovSbILOEKjYyEVu6idoz579OK4Eg3h3FrvpN0CTRmTxooAMSKL3JiBUgYImZy0rEKyMgRTC+C3+oib2oM/vgjQ275WzvD+SR/ui6Obwxh/CQ1XMca1U87m8DDi1YHmH46J9PM/XKG2Tbnhczb7bK6ce0+e40ZvzIGReyme/mp/fZKQCDBlqWVzTaKOvXGAsvvkQ8t40pMWIk8VXQnonCnX1Evq5NlHqHidx0YlZbDBY1A3vUxxpSjkewPAqmMSFsZHFoPxtEyDe90mOpMyiB8lznxiRvsz3d+sAV26H/AMjVV87bnF304N+kLYF/zbgLX7zPa8qVXva7GbYRMPtw2tcB/CmZdEhTPA7J7/NNPTMMuHCQiI2ydYGB2MJFLXF3urT0OFBzVW9NGrTa8HScVH6cyU1DEHOTfg57X55wtuub23WRE9NuBFDkbc6ZqZfpIb8NdXsbTo/hLY8fSE3XXnNNzxvNjJrins93Xg4IW/FGw0NcaPT3h95BZR/2B6hpJCCEVEP04kNg5b240BGzOv7sLR8fHwJuXcsfAAAb4OtnbCYfMVe0rHI0f1Ypd2RBKX8gk2o1AM6gWf4sqlrYdFyUGksqySMXweaWmwwXMkDpQ+E0obZcSbUT0reMXXyiEX2JaebSdpL6AOa78QP0r/nkVi6xskpcQ26xenKM3Wlj/ILYIINZVK9ypQO1LdI7+0xmbP6QgdEXfJ7LeC6Ze4r5XVGZp+LRIq+jXGWjrL5qfA5Y2UsqCluyjGjbdBFw+8BGoWeTrrvqav70exOaS6HOKGaOiKPmB2XlFY3IgsG9dX6RLWqDymIT0rLpcQEEJgVsOlZe95aX3wFxlhuKu+vaR0XsmY3JH3RCu6AMkQ2gWDJaF0FWeFVPQDsqNT3Inxyq0ZNb8AhXy+rOyJRhORDkQidpkDgKw5PdCBaprdagvXkILvQQhn0LuIgA4Ohi9k35PXR/EHJik7lp/xBkPKMf14BMeHgGjty+ZvIfjMGyWHpUxmY5rpJZdMLcVKu1lryct/DgYVh6LLJu6w03vBq37ejM0uPkBUgHWyng9eid0KRI+k582kGiV0b6Z5YZsccdD/+B4/CS9uqvm1gWiY+fJaCKkbuY1Gd4HwSBjsaRQD8R4xR3+/4YwR/rUqg5yXFaE4kMvCfYezTP4eZZceGIvw2UPXYpL96TR/jK/JTeiMzDcBZ+xIZv7ET7UeZ/byUiOJ54PmazkI8poss3us0MAxe+URc6/lhnCPelzMgtOy8DfVxcWxuB+sV5m8d2wkd2FmeAIHU5mugdX58D4/gjur76PbXfRX7hq1hc88mheY/xfTXs6Y343UQZvbBiswoSlrwm6llr2kA4zG8wna7sf7QS+EosVtYD/ugnyckDxXp3dk2Vnmk+/PyXu2NVRExE0UwfmfZqTtupjjLDLMDRmXOliXY68S7uG6KB2JmtSNg1d0d+RlYZcPWw66Vr7maMT3lDw90giiO4K2PqNTc53IEBjowGb7wZy/1Zq7bT+cZi69vFqoWA4C3vg0gSBfRaBe2NgBuWA7bFz4arRwA68MMt0gVtM4QYzmL7KekABg1KeZY8fbZ4+izMp41eiPxfNkP82ItjPz6CqIiL6vPzJeGzzsvpntyafoGPKxdmmZaHdWhxV3yXLcT1WYSM+bNzNttkM4MoWBi3Qyva2FhM4V01uQqfLZ4+i4h4PrawsEUN84h7JJZ/5Huy8Zgf+2LKTvZ/8TD1BkXrPSYaxjFm3uiVKUcwe3fgfSaTjFryicHg2uEbP1uVD8k/2j5ZUyQLW4Jf36fK2pI5XH0BEcasnxZIjfqjjadISFPX0pNfTUx3BvEtT2ve6CJy5Vhd1WJ9InWApn25XuRyGrbPluqoTdY2BaIoOjhJlFZzPVS9sioj6epan09Pxe25WNlGcUUmW401kiIbdxaQOonLV0Vf7Uz6rHHGHQuaJ/JueoRhrtYLhKfABpGMfWbTjh3X3OAuFiZ3xcvl4ZM+oVyvMB91zT3rN+RTr8p5Hv9tC7YwY1tMjRcSTciD1JPB/S3ZzaUBDt+cDYRhC2QPmpoF2OLUnFREmB3DhuK6bC8LWX70GstHQV57H9+GVeHFu8HdRApVs+Vz+Wpmqebwh3bJa3gSxa+Zo10YnBrxduy+4Tk8cSAj5lchk3bystZKRoSDMlq3rIfB/yB2cnlE2qiR4y6LvnSZslkk0EMWeqFge21bVnNfochklSZfAd0inJvFymTUskvhFx2LBUK1vt1Oc2m6vKK21xzTPZcQSuiIj01xO2exXOvHaXWkz8CuuCnYuNvgDB+4k9nsuQ9gAEMjrj1E3blWjzqsF017CYGA5fv9ENyIzJb7JsYgLdjI4WxXvJwp7Ll8449tIUrj5QD3ECPX2HbBtdgahw22EO7rKrQMbu7e5t/8It9Cb65240jq8USENF294fM3qxXFcfZy1IVWXKVDyT356nrMdTBT1cM0mQwx4vpaou3gfdOsffdKeFvLOON3W9jw7/uVdGk6RlatMKxejWVSNXUscmB+oaCjE4Q6x+FFm6LmwxX+ADP51dd9wnL1OQ02yMWv3Ut4PkPf2OK9HLtdJgZ7TbNhSLYhAd4IFsRpNW13P0MA1DZP08tVJfurdRgiHeDV2v2P8WHT7SEOcBsuDNR02QoxcLyM0VCEscqEnN6cdS7kttkPqGuRiJK04tuvlP0FGC1lZAMIW3WlZfx6TXJuUGz/q8mAZ0IiiD0s1r6onlqC8g+45WjpL+XtRQ1oWmhUk4NDAF4U9MI3Kfpq2WSbpsNpdcbq1q6dGHQT2ywUWBdreC/y0cORLWvJPNhc+llQ1zRJxVrtn/JCroFAU/UvVpZV9nSwbSalvUf0WfsWJDRkj+0F7HOPrD7ELkFRO77hJjEIedhh06Wk92CSjlooi8+Yz0FZiRFgYFRg59nQX0p926QK5TEi9lik7hlf6LxzIpzMAFo30PKIiC4VTzV1P11g1HZ8vOUeHkVt9Nr+Pc9KfRcfY07bQqHsE0viabKoc3Lf06xgzIPZHmfF2T/9cmrCr3i8q1zs3+fb4pkMNlxt25ViV9hncyzwWl36ok4njnolDe3vGUiie39FXgjPuXjKlzWMNj3iu/DC/D2IU23j11ZZlDNM/MUv76vVlayUapQHHpVlX7GSnbJ1sVe/wU5Qeg2vLK0/6ERkZAu+J6WixgUCyeJ62B0IzDVeLhP6aOcQuTdrvf71c3R7FHGGdfBQ1q4n1s3Co4t0ADK3O+9qrbj/lepEb6rkGvPxhjftqYrhFCIlU5sJXQysgD/7PtI6BbGf6T5Ji/BCaVa1W7bdZU1q28IFtMTeOrOXxartBE6ANpqps5I5D4n5NL0w//oCyzoN2zACSrfZ9p1Cv5V2qDPf1A1Y5KiyYsO/F3Sj2xkIz9pSfOKtAKSFlEnNQmnQ1Hqt7nUzn+n07Y0xXNNqozPYTIuCYqkm3m5fPlLwz0um5SHKx5cviv7da2REGXzcnJLWufpj3QkvakXG8NcU3TYlJlMdT8BVybm2PN+z22JWkxVCXIxWtw5UNGNRkzhXcGYBzQnz3iW6m3CFOFpysh84wm8dpzkB4haLTNr/ju8Ise+De9fWGiWx7LShLoXpVQQ0u8G0y/XqirXiZL0BJ82t9g+FRIGSLwAf1CBnjMcvAqJeTgSA8Q4N+TAjKzQZ9Guw8SSGei78nJc11jRspnkAcF0y6QoxYzgy4G06ZbvYLdOqnHKJHug+Ly+gMA2U6ng5hd7AACATz9MZTa+aDz8hDXRNDoi6ca4MdfQi2hSdEEz/s3KwdbPnkKIhtFPnAjPCLWD5TqAEYINQvdnhwaJgVRu9efYMfbElI+WYEoP2xQF1QvPS+VGNSb9ox/fKldZZQjNID9gO+pBaknbqqCxYmmOIfIdIFfDnGSyye7AK1BzeyAhp4nJYMaJdkm2+xAazw4bYIY7wgASfHu9tQgf0YAygyrGnb4KpC8hSuTiGtIYp7abIBofrwkaP8Y2sX5QvHtUu2JUl6eK3dr1DT9zanQ9jixG40r0OWtYTS/NKtk9BNS8JqtRsntF8dPcDIAlPbFiSdvjb1o+H4ACKZYmzcl60JR+iBQWhu5F6qYLKASlvF1v+fHqD13+mPhp7NrIwTkzZ/Pe9bgWzZ0V15MPNP+0Mitm0G0b6Lau3X5vG9tVnWqRttOtAfH3Zg3Xtm4T99+LgEbzPzGv634t3wE4zaWNtAMLlYdWGKZ+oPr9tZR8qbptq0uy8RUvvFeEhtM/f4nuVfbVl6S+ixIJs/YshwQz9kxW/zi4y8mZBTD1AiZ5D0yP6vOPuUFCRhsJDhnko7TKXlfJXTV0oPJOixWGnUQOlIeNEbXMe/5V9840g4n6riyRPhFamFBZaXsiCTkLhONawglnC54PyXZ3JFRh4/Vv+fGsF1drCggZxJEwh7k+88rbFVKzW3k03Yh7CbeJNRUDSe1smguuI20fR9ySX9kvuDRkEn+0lKThK79uYgHUIavaw3ntpOld5eC07Vb333R1cald12m0fbSBNHRroTtx7h9iVGARe7TgPsFbmQgIHEkwHCqJ0vc5KWe7m1oX57nz/4UoQdtWpIOZr7Wthx64SYeHRYmbZeqKdxfn3ETjtPPVwaKdU9ZyJZhK0pakKUEO0hkDOm4rNWSZkasl68NImJxRRiG5/N6KGGz1GcI5Xu1RdScErL93+5S24IaviaEP3yV8/6Ot9te7P4VfOWRbCRo99dHkuJY0Muz902XAa5dDhzyfvuw3iDnZlILVL9R7ewPPI0uQrwuG7NzRxrmW0qujbMbwyQn9pfN18x3E9xsxt+AtY3m6fMtfMek+zXaX1/qcG8HhBLSnnwU7X1uLJjvUXcSzOc9nuy7OXO97vHTADEQPQOfQS1WErLlpQ2ltka+Es9BdDgH/wI35KnXiBrn/tk6/2DmZthUP3Mq7thK1mygK6jicjq1HQPyIMZvg04lS/z0r2R6QklHylVDiyeHNyXk3HhpjM69MNVlrrv7ZaLFeJUiA6v/I63B3uoWx4vfRtgy/4vvSZC0QQDr8iI3izCly9TiQpo1FemIPV0UKl4tBcL1JS7TVEy81RWzJPYeZYK/WGjjldO6zRlHebf0/70vNOq7eVUd3UZe8ob53SHO1OQJ3uetiFB/ee/fi9X//YipitVTgD2ezQUOQ8S/jxTrGEG4XUo90uXzRAoHKLdgkRpAqj0PSFoptu5P8DccEBAwlt4uCqDzxcgrwhCHHUm16x482jUTYO5OVXmzv+XIpSrko6O5tEk2o58SZ7kJs9iUajKYLvgAapCbfCLbqzDnTSdz29XbVH/bOifDZonFMS+shdKul1cflDJy4ExWpBj167vqHKflnRprNr2KPq0hORuKlBAgao5+4do/VRwvfwLWKvlecZdd72+7AXqTnDiyo/3DhQFzCp2B+4/tCSZaywfYspDa+MGIC7flsYgRuCAkA2mmhKzbiKJ0tYOZjXVS2dwHJMlcaZ4bKOlBkB8hnQ00SVd/LFXgmlUlKLmMMTTbI4nKke9AY5GWiCBLROI7YoQHZ1RtQaDl/Asr5FT/hryZ2s7iQ+UZ+vgcdxs/88xOMKWPOlxOb1FzNuqC7hJFGLRPPbqLVJTRnMTIz0oJQHqp/iUvm50zb1mPd6S1A/t+l0ffLaT+pKXsiEVyW5hjOHvq/9xdRf/sJVwHyg8Rk9WR7LWSCVzj5wWBYQWcx8DDufKrGeY/IPtpFYzHp+q9IAXHGiiH6fEjU6ilFf078rTc/MGBPHul97BMoZDqUXx6ywzmPeviZ7HDsvR8fRY8ZUt+RCihBX8/VYHop07/xSxSTJYaTOa2kc6FaNR4KKxNSPWJnEN9BAz0f/1IvqEQmcPyedcaevY4OG4Jil8cIo+qec1QA0bqW0xrAQIbVDOvFhoDrIiFcWYphpqQBzuUk4VRNL5JjGZ8fBVNGL6w9WiQu0Ts/6twKu8i2PGrE3iytdskwEJwJDUmWoWc6kk/6jS2ZZ+qSll7Mhhva7Vb3RPeCH3grFeZlpnx2lZJcOWi97XV+P26qU4stnjA+IFrG31/1+C2X0WnmUTuYSrB8a85Vv4yUrTuvpoy9WOXoMrOFq2WygaELKr6WUfjII93J5YjoxLEuw9uw/RBpLcQX9mmUc+d0q0wVXcfR6dEWBdikbqN8IzE7/hw6A8VG8zSPZ3C91IqidJBNhbscL5FQdXIE1VVBC9DE6jhgDD4xfynOud2tpDX8sxZJ6fvd37+SHa+m+8oJv1Vr/oi0Crpb314r4wbVxGJDAlTPbrMw1fAPFpQIAUQc1vde/fdkPz530v6L4lmwwY6xMz8l3CkaKqesIrITB966jbadmOAeD703X8kUfl0kK4ssj8XZ90j+TYuvLGidwwcJ2LkQDoU+zskDgUOAbfA7/X695QeYJxA6kHOjoZ9aU4xVFLZrBK1VhXiesjjiScOBtrD8faq6lKGqechoHWz0KEdviIV1dDX+nbl9N8ei3LK1hPCdYyNvce10y90iCbk8hr+t2T7WFDts+IDO7aUAexxqUy/OaQVdMRn082N7JDzdFoXAaXcHN1Em5rePJ5vz5lAJZjlo9t8QybHuvedlNvWZxrF6YPLfpf98zvkdL/Q/8bUdjIzMJPFX8jQkmJ6Oraq3o8IT4UoYZYkIF8SECDPzN5J8A05VzXDhYyFuhu/2fY6Wpd2VFdvzlo1ibZ6Jdz+SVHmWD3M/lpQCXj9HDvHP4+84pcQ2+Ga80AN1jTGtQPKDJpemB33cej/6ii77B88sx3/q3cnOf0U0hyAmjI8SvxesrSh4NLCrEtt6RsZQ+8oUe3S06vbHXfA7Pr2vbN3nedfCqJnvF1LaE7MR8TpLpwVhIVGmsZ6EnCrEo1cx1MEr9oCvgNE1hvaHq5j/Rwh8hrimdYwpVwDDtNtKm8OfmAa87XWH7FGxc4SsEhzvFDpZ53k075nKsHfnkuzYrqeb7r88fyjtWZiaonHtVR/QpntxLJnln2zRhLnwooqYS2VANGtxFOBXT1cip7BVpJBK+MVWSzm4WkMeK1J2KWEt9qZhV1JsKGdGoVFjS2FRM8hudzJHwwyk72cz0CnKc3UOCzN6+GySzYwXh8QVvQVYWBocLRwkeJvbbuZFHs3kq0dSDoNXj86p3T7R4Eu7NwY/0/CNwRe0d5JDazUHmYAcGl91RIc3zY8On8jmpYD4uvz81xGyVqQgulwiqr7WbKguDlzHUEGN3SlcUfx4aIqWZW0MJvkQNK50sWyxpse4xjXU5rtqq2h7JONZlzFFSLlUm+MqUkXx6jwZYBL4fa7yf6VXzx3BHJrFxZsAIRBFi8zO8/D1YIg+l9VNFRpHTwW6h3ms4FJLD8PWJvW7H06vGedvSwBO0+raKjVnVLFrTpIXc/Pqv8xmDaBSiFto2aUNcq0IEeq9OTNu0HA26jPF0ZC2FFYsJldr2azeYxqaLTzBtd1xY/OP5oocq1+2Q67m1gXmZrg9NRFncGu9mrPVfSTZvYs4sj4y5yG5H4a6tlfPs1ZbqBG2UuISBJ+hGDF6K0rjDf86CfhFoAL6qA4uRXBFr0gi0VrXN6uyHGy2pvWa821txdUwH5sbqCprQiFRcR6NTiSHMQue9jDsE5nUKu2I2Ss++gKDrDudk5B0euC7vwjAJCRr5fQEBpNsUGNe5tkVxaNw7Xn0LcvLDUfsFrD5zKDUvxANIL+JoCxWkuVRMyXdZQ/oKY22QRC+X1XUrrL0XaHi/mwDGwH+RyuzfrVt0z2+5ZVq4bTKLeajkDPj0WLfd1SgkK7up54Lq3nMOd3+vDHbm/qspHaWdBK+1tl43/rJz0JGnvanFtJoS/ms5jvLDpjavlTwshSglZ0bN854e9dxQ2QnHsclRYXcOYbIrWz2vRVhftq/ZbdfNcQLaTYo6Z2G71m4P+65U4TtYQUvscbFYl4Hm/8O/CPA02ggX0Y3O5hB1nxGdQvfqB5fWFb+ESr5l7Y6KCX3ASPg1jikRAZ5CpykYEaBSUMX84vOhfeFCocl0oWqXdXxmO5i2c54uJsJ+vshJ48C9yrSijXxRMoYTVFcrwFU/46LSVXFxC7geZIGGVQ65oAncubCeijteE82wikEd9XwTBQYBZvW8+Wlx5PK8MsAnLEF9QhacHE1IzDStjiALaqOqFQGXXuZIbPSTkLx4i7oEzQSx9rMgOiHcGOAWv0oepM7bz5+JmoqZt914IVs0CCFXPwgTBcnDcDfx65OQAisufB6GAPIhjwMqVSDKw8QVOWtNYs6E0N409o/ANEiwetjA0OhcOts9itd26BqFQsuyTZKy4Sg0f1msPnC/6iuPh5XU+aawlzJhHSRdLPuaW7rSMKhoVXfMBHYyojlHHkOYekWaJmlHK0NMAw/RO1XQ+VVwXRkgVpGyEuS6TIaRpR470u5c9miE0Njxvebo3rIbGamiIal8MFYg8/bKaS+5LzHBHqX4ndpwtmVPVhUwObGxPJavfRnpHTVu+iKqHsdj3rQSLakpDnOFFbt2bb0/FWHZ11HjNTqwO66IozkO2DE5dVw3wVBzmaCHqZcldkdMHkLPf6KQ6MYmz7RF4UC1Jg+3lpJIypZsS3j2AOv9gLl/wYt/s1oJkCGkdY61swsVcIn/MEhCEo1ypTKZLOAz6FEuXKnkzfOi9WmUQIdDT+lVDfgSeHirjLIxYHj0Uy4GtaM9JAgOcIh2/V4VRNULtdNbjiPi35sAhcMYi2jBD97WPuI8pQZaDoPL81qqtXuVHIqEVNZQTN0okbvBOg4NunFshKPd45cN5CtAqenotH/wRWCYE9WuxDLKnk6Nv4M8Hbn3+5qJ0k6IVu4xSzFXADWhrehra9PnkIwYfqHEcHA7R9TAV82put6/yNjpBz4sSXYZp2JJXc+7V72zFSh+WjcByLQGhFfHIIrFzO6BYRVNd8TH7krIG5ruPihafHGxhOWLd2tik2MA+CUgYshOORZQ9BYnn9ihl/UVkGxQNpfK9EqPtkru4Q+sdbziuiollhtnlf5w6W1/Ay8P4skO7tUOZt77rxZxhBe6P5quZTGz43HtByPT8flF3Zp9qJs2p+IuNeZdnY8pfDLNHQ9mVVxfObj4/eLlRT4SNUVaVoq14wZgo7Sg3k0XXU1SytdfaFxJsWoHzcsh3WAlWIn0XdF7VNwP2ntraivvl/C/Mqko5h8QB5f1v/6s5aYD/IZL/YfUiov+9xWH91Qh6nmr2PWilkRx6qCcnhIURvz3sXjdYntEO02XsFj1gJHtwXYuhEb/8awzhuPzXWtXote9d6RnrpOkyDNdD+0ZBNhcA7kFpmtTN+SUtBga5Ioz4/Htqo0RLTaIxo3mRx+QZyLuHzhQYI9BlnVaJ3c4BQIlVKQ7J+yKfwYGXU+CgIDHPhOCdqe9KwIX6uWOdeEl70DqpGXttymm5uqJ0B35jOXC6xlMORycsNI1Q+iO0UnUfHRWMBPyoZuRw9AAw8Jz8tgvwbuwt0+5q63M7+Et1U7J4OHkp5o0inNpHy+ObVUQmodj9tTQ3CiEYxcUeFQVzCCRrSaw2ebg4S1sgwbdb7BrDA88uz5w39VPKGOnPgbqD1zjKDxlinQje+3W7adu+uwgK9DRzpnA0zOPvda2/FmIU+TnKaeUoJK2LJRbERvd/gi9Ylmr9vjoe6GzjR7BRIQogEX/bQeykCbTvxugOggjZWH7ay/RCMK9s/HxTKr8OVQVd89rjscujaQye1NKlaRyujta9LmtvjP5+nm60bclcbfe/VL7pjNTmRNzyjswNRED6C2q/LghGBzwy444WNkmAXSXe9j2mstchMOczxP9Gf3LNqWH5l1aR/IwPnDNSQn8SKM1jHalkTC8n98C7ALy8qBJfj9vbII+3IPg+Uc4j2FV4zougCTesD+ujrW/hQWy8GA3Q2MsDhqBd+L1O+QJPk+OcTKdvEtML9p0QxOdBmNcQ+sbBNSH59999u7dZ2vffaOFrolGYyPuO0Bu+n8cl52ipN6wy8DjubVBkELO2nepl1g3UDGhdH+QVfPDFtSLrOYt61SqukUTWZW80sZbGx923grZfF3rlOfHVsv1LRZD4CHNL24Z8PRE2T41ThAVw9nLaaatBPtbLl+3x75+qz9y48lu/Y78jvoFfliZTEW3ZyJ7lVTWeCvFYPO2ibklLRJzyTVe51tJp1aPtoH4pXf1XeQc5gKEf796/o3WtFqjIA9dBIoWLV6WUqJSyeQDieIIH1/qtNEGNnrfWYmib6bRgTtjen4mtrK2PpRbUheQby2ZoWsRmZFn9T6LLUDPK/hMffKgBcNij1Nu0EF8Lq7yTN9GfIaPvwqkYzntfIX1nXOfJCEt+iZACYtg5T6Uubz6Uq/xyeltdkL8zfdJyA7ucIyV5GnGT/fPX2eL/UNmbYvCxecIKhDrfEuorVr0GMFC7W47rqqqPx9vn+E8l4beKdNdMz3bxK7C19d6l+ED812Hz5hdiM8wg9ZfdBRcXx/zVHqR3Tr1AbZxUWi3WD+9BwJvIIq1h9SpoWyF7ZtHos8ysZH6sq2/+9D8u8/au/ss/TsCCsY9Mk+1gnVkFpoTiZFm6GgoVtAFZ4gLkHOi/HAQo7bvqHDOcri/Fnp09LFThG1ZHzEo2zTuzrZktaxNxGpcHjOZ8u+a6dJEli+jCfV2MA7Ut4pxTmwjkxwcPNEVXJWziLYksCxZIwewDyRDwHlAwTglKwxdBFUkWrWmMI+020/RWoEv94H2wIbnWwGfvW/6Plvf4C9tPYsiqXCCHC+VDbdIG7JcNHlHHWKzkTSr5X1974T99oJwP9PIMtICFCegnccZg6Mt8hfNYR4V723vEaRIUnr1SSMSoAD1clUkwFUSqPy6+aGN5opfOBkLz/5qtsVGykYrVz5mM4Q7ZbprTC/Q5LtH3ywGOksfrOs6k9zYkea45BMOdWsVEVpPE0XOIB9Th23P34DwPfMVBCEEIK5LDf6MXd0sOgaGbWnHrZhG/s/P5NsQWxFDHz7Q+MPnxI8kB37YmebO7Fahg3D6sPKidjJuL2Gt+2KD75GHz4MXKBUGPpO02Dh9qdUbow/MNz6fMRubzzCLWm8IMeT7yUx01hLAljuaQNXH0CVnl707kg1XCdj3u2uj9SIlEMavEic+lepeqImtTVyJsD0g7Ya5Rxyi7/p9Pv53nD1/K01ttT3LA49QIMaL3QH1YLiPl/QDGWw27FB/jWTlfaw9w2odwoYc5mM8HJKPLTk+tBaS0D310SXJRJqu7VMqofv0iqKs74p5Ns24W6YbmXzb6mvJqNmH6c45XjzneGDmXYyUW/JwKeZ3rsNxrOTsWT2XQMMkP+FzSIDSRHTttOKNRHC+jkAE4tW46ndyl4zqGMq9ry26t+9njM7dYMNNAvdbyJYqBvutR+oESdXn4icz+az9wAnf+T2vkpPPPOOj+Xx4RMu1LvlHyOymsl1BbTvX2GQzWjHXfl+v6IQpPVgqa5CIsD+XPDj5FO0R9T7u3rnEP0cPGIszrGrgYzGmEb3sK6Z7fcEemTANbKjk+N6nI3YSUw9Zn5im6hEGD8nQBwL+1ealGxj4Fgy6kWvppbyOxtsZOS+X/Ii3fRcSXXd9Wc8n9Dd1bNBRuw3LZGlJSeMyGdDrWjCmukmZkrYBmS8hLeSZPs6cGcx84PzKh/hqru1f8w7v1WFq7wccG2bqMyLGLWvn7rBd36SVjwse+KCaV7rQZeaD/g06YuzFln/8Yhp2QUSDaqUatsl337MFmSO/j8SwVEzuCHDmJckeJrYr2UZrGxtKyu4qB/aTNnPTyIZtytqRWEs3HWnOD8Y67hFspCa/YZnAySuIv6rJmWwXBaGr/sLmrUciwPMxJaISbr14xW4vslTzQii44Zm55julpgxEwSL1jNAG02WG7vlVMHMrNNIwdp8bPTQxd78CHpbDfxYdwh+0DjDSIs9/ns9fwVbz+mthsUrad7Nc/99OTZXbn1VEZhfmV4TuNC1NKYCw1b99D+UiNPUE+NUJiZoU1l/BM9IkrvUuKO4k63VM0EeVmJ+rfsf5BCs/Crh8hxsDKtshoMfgZ8IHMNqG6twI0giUe6kjntTGVkPZ7dOk/4rtbXBuGNXXhibbIQ/Ho5qnIhPvKNlXafqDwCUUmXscH5a8YOYjDm7C9ucbsaI3AkKXf9bJ+CyepyqlZnqMMWe+R5jmk3fFe2UZNHyD3xtyN31LvLcRA3xbPIgfI3xfPrIdBfN2P7obZ3xnPk6ZRP0b8jm2FOjb42GpEODb0lmcFOe780mLLDm5aqb/0TU7iJFSEMAoiW0vTll9r0vspiCDgHp2CGh1u2KKmeZ6x52BoTP8XtPjkkg3u03EA4CXTy9cDr6pd4zWLwAIPYAyeDyZGBJDv0aAhFCLCbfJkReKpbnxgXbVJUmgTVoi5Gdme6YDB7ShwwY6NEdsci0NajW9Yw8m91iXxaN03TCXJ1CGxjGnQPpWtqKGRMCnYiCDIqpUALm5Jr51oEY9S0gLCd0kNgG7b6UfbNGRjLmirTaUnU1lGSoPwHewGEW7mMnIr6tReFcTsJsevwJJhScY4a23RigH9Ih3RiVjHOWtynu0ctTs32/oQIt/tzE2q28KqenGQwumbnkMtGBM77hnQbp3rLN66xDf7ALlhfHHTl0GpQ/9tDXuWN141GhjlaZy90SgczsjE4s5prtEWbSH0jHyMC9dFpEMDRFG5o5RID31OBlz6fe2KEm3nbEyggk7odxNnks6S7VRS90kWkNNYpnl8jDZWccwQkfCApWtk4qa7WGrMkcIe5cVZHqteOzIF1i9xevui0pNk0Kcm2G0VTBjNMzB+NrDx72b6Vf38XMgMgMcfz4flX8dXu787rj5OXBV2SrtK8n9SX6h8iJNf5eAjCZws35LaX4Z9BY0/fXJQW9cDAQ0WgJFN3i6FktGZa4KzQGg8utqNSXb10zuEddP16KxHR4xmPbRV8utSKfwzGTdMFZIsGPXstkblymOgIqhCFSSy8lycb9J8tlxGtu3xsmO2uopBQWX0X8swhNjs9wp+SqC07XwKD0MjqHc7fJ76kg2b64vbvKgvFoSjb/t3ko6m0KRLXfDHFGvPev+9e3m/DGX+Tsiv48JJ7Ubk9s5233X9XM1j3B4MR55Swl3UgJCIvtifWMBPYIjFRtHknm5AxPx2WvVni0qkQLTayX8THWVOjB6zeZMJwKu3XfAWP3HiXIqYHF4neR0lAHEjdQiFU7ouq/k4Bi8jjfvQmAOI1ZueBWveboQK94yh5kXaZSsVV8BGnciEW1Uit/z4VbEX4GcH73Kw/35UyjUHunfriBLrWL1g7mT691AST5jGN/WQOwUaIKjjHn8wK0Iufd9q7lN8DH9MIvJQ9nqxYohAMiqu8urPHNc8+t7IE4VVn//F5LmHmGGIpmwT8HcsISO3rH/RSZSZvJskyBDpkwNLNFQTL8PmgrJwRNKkjeYYVU5ECNmJ4tlsRrjg0gtA28upJt2PfDRbEnsB3Rf3yturyULw7iA0LOvU+MZBoTWlv/cSbh+mB7Qs39KHhfLb8Yh8v8HA4CsAI6c7psHx/xuDoR30HAwbvfU/V4G++LqIM11zEAzX/NLU6jjtUEuO14OyE4qP60TTYdrScmWnI4sFztNoFsV3RpvaB2uO/9UCut+URBhO8mojv8jDso/wUvGz1ByMAfvzRBvXhyd+HzC6DplPv5DgKD+/n6uyj8Xp/AU1BH+1hwuXGYIoK2blPRIcqUovDqYgL4frIsSFd0yPgPN+D/jZZwOq5kFItWt5gbdKDSc+WhpPUDVc0/0THxZRA7uHWKFck6XDEfmrO4cWu3hvhAGjWDB8OLQfCDn+oUD/mE9FBIknSOAscphJtnHiLHvoM8Fqlo6SyqQrcBPCYzde/hvpIwSHYCxfgUxNZI07+kZwtK9BuRT6LPuMe2Nay4P2I0/ttV4MAod2igtkjSdufTmIAMvSutkAPEKGSshxGQe44HOEs5FnPbCqVAtB2CwM9I10gRXRpCGf9EmNJV77/oY7By0M5pXxsmrraL1d1LCWTjVXVCVWkO9hiox4XK3QF4reaFYQYRC2z1sWrG4PNnj9H3KvphabXr9UeOhnITu+v57JG3ifc0hYkDRwjFNOo1FnU6RPM5VZJw0l8ENnfYW3zgtmyfdjpJnqtJYQhGmX2R/vs4P2bD5fVuw98z+mOqS6V97Af/tZnG2UOdMV0oiP7je6lrcpailZDJArxplsmvAfIW0aSErzJ4A+OwBodE9a4fhpOqX9IlkxZXrWeGdJv+J4b/XR8GBBa1Io1BRYxqNCprSOFRSQ18gSDsQ3hkZgknDH9Ztn8tvsAuuakXm7qIwR3dLY7s/u1Uvue4U0XuSsa0HhmZBfDFZa9yyxTQyBPQsd9l1PvkRNrNSysm9cXbzNdaz8Tvw5b5bwF+VihP13BVlIeiPCuTI8HsIixtBT/0yvAQVqA+ljNlec+4RFwy5fYOYb2bGjauKjvCYbhUThoaq+q47h9rT64TPMwT/9tAUxSsy2RA5R87INE45SNEgb6D1ScQiN6u8MxlzY8mYYhZAtHmClMhNwYWRbHGKvXRnAdlRPlsFzDqBFzLesPdDlgx6/etTitW/lnbL7XwVLq42p2WX5KLAsK7zasnnq8vQonPSyHMAvntLfP+YwE6aVyc+QIkvBF5UPOLMUz7mvU+SsNMls9N9ow4u0+t3Ae+Y9DXsYvnjJrn9dPFnOiWgX4/ozKfE0pXFx4rfwtz+CSrUU5rHNV5PyP82EeBvnWiXj5HngKs8qs9WCmb5tys1kiC2M8ALUc6IsYWGlNULCTeuFwpuWC8Eh0OWheCn1u8jYDJwd/uWS92ffMheDvOI3IY2eUCfMiCAPOVzV1voOZCpUkTRyOFYq+tY86Y6sBdi8aWKf3QDcaQoTrd/j5Pie5hE9pw+wGgx3QbLacCP1MNY6oSThK2NPpsNiqW9h5uKdMLmzZmtXp0Yf1C3aGGplD+y8Q+fdv8RJ8ePPJn44wztVKG3+sbl4VBvKif3q6v/ys9vTw4A/1zPpuxIAwAnjFxvCVWt3JQxngvuluWmFlfm+hwxXr4WGV/y5hZs6Se/+Ltv3xa+1zBwBntKxFPQnyjOtrYAteeVi7uaD8Xw0Y2D5a9xHX67ta2asVnCQPs79JoCa54THeOLtrA8yh/oeCkF6vNaqU8w9wIh/9XnTP05r5Pfka2LMHww3jX4fX21C5cEOc1E5+fDE36HvJLYXex+HToHLmLLEE3KYSEzA2HXBvFbgJbbPgiFbgyk88dsB26oTvoAR9K+62L7xL4vbQsJFuHBAQJ5EY3tvIecKXGymF+KIZAPVuFdJ9qbHPb2Qf45UeDEllpp2OjfsISUI96dNR7pvmpP08eu78vM2B28Wxepfhx+Wr1w9u8pVvytSjlwTPEaj4ue4zzxFm/hBUs+mnpGgUzRGxjlmJvTWlIjgdJw4xtMK9GYUfUyMkBrw9J4ArupvLNZpe2ihZ/EnEiTqqfVPZQhiHTSyzUU2G586THupjU2JQfKFbgFDyugOYJpSr/0mkYM2FNbIx9KXWQKy/GiQ643PBh1GBbKjYPKZjqz6cBYBu1GcSeU11eNo2BgCLOedX8B3INvdWQdEPF3kTvFd7Elsy/YcmwAZy8dKHIdPbLMx9XJc7was0fqywtvfmPkgxBeE0LwyMlnu0vbxP7ngXIpxWKARLcJs8Bp7SB0rVtam91z8TACdk3Ys8lMNmwY9cgyDCFN8rmOv4tCkgB12tKSMAUhr/QehD8JUTkhW8Lyrq0ITBosDFpk1KhFHwtH+5/PVgYG5vBTvK/asC2GuRql09DbKwihrcRgaQhoH4HUTzo2xeZfSGk0kbMf6MUT2GCBQa0+WI2HOf/Y3gElBB/grvQSVDjHj/O8AXNCk7Nzh0SJSbNb83TWk9Y+UHojaOiRtPUdzSLNvliui39N69gDuOZ8TdbNE6CvnBRP168p893AYrGmlLwgn2RZxznApEKUXq4rXYW9xTHKw3L7a3+HSCzTZ1ptMU6w1uI0iXri4jGfP0yJYMhxiPhbo8FHGCSOOCiAqIHeNqOUrmJincOCwW4EvxorEOzI93ADxsJA8X9A81r3HU45jKxewdd4PEL/eApOMDZ11x+7e9jUc9yVvhFZU6xnDAo7GfqmoZDjVj45BuWG1+9A4BOMO3lknj5cO/8IHnEecPRJM1u8zxybw2Ad3Qy/m0hvwTc73sfR/4TeXDxlhYSasxMpLUAIlUeGGWXBrbOZaZf9gx+sTXvnSPtMAJ1hXwX+BhYdeXfs5JZMa945M7ltnOYEp0V4K+/2ULBxBy5vu9ifqOrt3sMEnZlHbSaciervCbsXH3ieuK2J0a1MYFjs2IqPC0YOcYcxtbqLafd0vQ6Kpzb0SuWP/16Z4vodgmMh48ot0BlWT7s8LTdakJOORTMqzwMP7X9/eKZMtH1sbZkXM30uwYm2FgoHRKyeSNiFQbCNSv1W9NFO0k02inLS5g5M6Wjj5lsgpdbxJOZdfoiKbQxj68kwBsrb/iShQApTP+MBtnJrKN8cw1DIe13L+N0/MspnviML83COLW7WHuETcExJZPhgT9rxyW3MJFFpp0kMC19RqTo1onlIEENlyfPhMQqh3P7BBHoAx8jdyMfhWFCOR8m/iYCuK4PmDbTgnXs7sSoDy9MMUOLld71l70nNRSITPumpk3P8uBH26scXXtpkY+295saOubtkCv/0Wg4WY+AmcGSpUxDd+scr2ygTKmMtZJXrVSE2ufqNSypmPIibfHsfBjEKPjSMK5oO6KlYsVNvHIk1n6NyX82bzRhW/3vEmc8g2Pup8gX9tdj3rxiBDmB454WTHOzR9j6dvnCRcwZ7glOMZwttaqrk749Sv3cwllBlsJei1LGlGEPkqteBaVn5xbzLJlaVNHaeuqCL42NK4Qw9TGLbVq9s5auSnn3VvR3JLwjurq463taHF99tRqPZf7iH98Rr2mrgs3FCRMdYeyXg9A4SIgtXF6JTl2FxrEKbNxyqf0BFrfVawObaTrVMVbn6G6FuSgV5PCAAqTUMP2zcctW7ZU9TqOu4ZRpqdy3XT0dV320RuqDs66VA4tA3p7FUgKe0ZdBjGQHdJz0TzcxAJ95nL5jxOg7wEblfHt99BpaCKbaF9ni6uUNerRg+6u48oUxhlPY797i95ieWXpkVhDcq7Zl6lvlpwNXryJzIhkfsvKXSp7Uw65TCK4Rq/kzlUkXjtaev7/KENht+hMbsq4OmYzDEAewZvr0k7FLQNFJ4QTUsj9hm2RHlHqRE5Mn5MfgXrdYrOknOHaGFWF77Oap6gc7jKxxRQPKCFGq4rv4K4Kwgmd3l3C/1dgGMB+1/T2iOqcPSk3Nk1CsPBhhhdX2bSr0hyGeboBwmn3c8XJoLZQs6bjXbnX6ItEcAA6HiHoZg5LfMiSTaeUVpZ6Xe5p9NT7PtEBShXxzcy1OoGK1jfeGrPXZgGHgiy/nGADt+wgXohC8s6sLiCt5SK9NdGfpsj86yOy4tTyUwFTVj4EQVYm610kOJg+JjGw7gQlnkNrpSen07o8NPCAZEZlgNl/UQJghV5KjC/BgCHW/3VZqcFCx2RB6zqiyinCLbIBfyLVzqLnqQG03vLQ9DUe5FQCYrfSq1XAeVv/g2GvWfV+8A/QG6kMs1MYbTiAUDbbT5+WXfeVKBcwmE2opnWBZwH+jn+wqSKcZ58QdS+revlCFyph8nxXoqaYKRsbEZK+Rp3HVyaGrGJZFUz0fuV6PMGyd8YC0WGkWvWkP2sYwC4WHXHwK6WvHpwodpcV1QJEdvl3TjwUQ1dGv8LXk78eRwgZyNV621u8pYSR8NjX4Wpu5HtL8Rkz4V9mWzJkV/euuOBiyUlPIVszA6GaELzMPN/PrD7gAG0FtvuEbyJ76KL+ghomwCM9pjFYMiQzKche7/fA884fSqklxixqVgk/VqxVGP/rpTeCJEutXIGlTxsG4nOxDsYU9CnOb7L+wj4brJAEByobkvZcSB/Z16N9WaGbDl0PxQIPXycHnObLNpUrL3MmvQ9ms2sWWIp7pBz+bfdI71jzBZk3K1z9uV9m69iRam6a2739Z0hliX2qrqIg17aG04Le4Qz5EtM4EGRnkY6R7Mx+iIWtNE9aQ0NKVRNlrDUZK2aYeg7K/wldJGlpn/Dt21LTUHyRxLfNbiGz19kdYfhf1WL0mUBc3hmayu4GpUrsF+hjE8H6Mj4T3GhvubkySFOjtcMwlDN5t+LJvdI9Cx0HXQw52Z4E0FlbGSDBlOWfUMBwrWK/PJVNlHUFm+qTNr4GpNp0aOJJ7aWtC1jtVgpN7oUK5cUiCe8wEGJxn0ql0PdJVmONpzJ4XS6q+i1qYuuBdrepQWU9Pwxi9kcjcrSzwUrRZ1oh7nnnqMxx3dmj50SKf3LBk1F+oBrCCkO+QRidNT0ncXv5ZXsZMc+gWZuZ/UC2hoopH5uiwEQIyYWk/G/T/MMEsvGA7qLXDThT5O3XbIAH7bZEnUc7LjCnLTXXU/z3VeKhJ7zcpYMOl411FDZjZxTljeR3aP2eDGmb6sljbWxDFIq4fV8q1R52vmNjiJeZAZyos2P+/vfz5EK/48nsYWzx6a6DlbqUPpKDWvDlpUjR3xFETXDV+9C3jPg61R/ZBg34YOd2EKO4rgifTxzH+B61titQQrzw2hd07MVWoMSvi3+RgumPKKvZw6H8LvmOIZRo+dtNm+GqmI5x5cXbuj63EM0ubZKxxasJZPvhQso5CVtFtbkN7q5eZgyEOP408UiLzZ5+oXQrgsM7vSj1qYE+od7RbdeLy7znHgkmsw+PV3uy7I3NEEYyGblLFw33bRpizaIwyHu9nxPHxTXdCjwpk6ABIH9grm0D4KWGRNwzfUYhb/wprtX6cUl4yJTOC/5bRBhwkCfU5n0+ZJ1eebG3pBJ5Yj3EDo1FqA8ISM4MUizyZ9OcMtBtG/Ugc5xLRM4YYxXGHCLUPHZai7ELcEsT3Hj2ynO3UW0KVeY2ypljgFQ73omenZaIvaQiHtVmlquj6N9Hhv0Xp/5DeCjW1A42jeGrSM0srPZiUrx/Him8k9If0rs72Z8zFrsU0Kj+ierdRk0eQYzEE4B6XGW4YoBXcUrBUX015pKG2V+/Vd557AdNSNOJHc2kfzzeLoJlqShL+aUlmmlNz6NKmx2DSC2XDq7kDPNuOi3T8tbxDZT4WjFJ9AgAZoYInzgCb4jF87P8aEx47DAfmYBtrpETkXfGvjJPYygZylH1d9gAMODTGa2KIbunJQHNGiJYpPwCKv9MU3uNacpmIL5+2eJsVLGo006pc/v5/UiM3Eskh2S43efU6DI/iND8ltHJGbyKAMqQgilMDy/g6HPol9W0+cT2cXuGZMq7exb+ayAAiQAAw88XweAyZPGUG3bkQ4f0QYc3w9Zv4ir7YzxjDw9wgLfpWeHx7qNcPu5muo/pR39iHHrufLZRcskccDjIjEmgONiGQNWRQxbomMpfA6bhfehGZbMpmI3bmjEQlLxy5tGb0ii3gxW3b2imwpXL80pQs1VPDzrIZgQxU/qXPF5mqURSGueE2tkDEdb8vkrM/lJ9k/auLZK4abD4E8AoDI+JIwZ/Q3WpgcEO9mfEMSJkQ1IZJ+PUPrlYL+QU9PryLP2IlISn8kwSD744cYeG/U4CvQHyuw1XydqSDE3X/wdZ150bzlM7aVM/qs8bVYLlJlOsuwhMcndhtQS57olGh87XiGTpXihLZ7Rw8VYtbl0aeRKle0O3R1NKzc6giH0GGBy/bHq8/63hwWvanlQKhci4Cxqa04mZBxu6YfyLzc8mxOHI78+at2dLJDxWSzt//FpJ+MyCBjHxg0g0PUbHbkOGIemHGxqC7If2xxMNtnbMPxQI1lgDTrQjMtrXji6niJSBOTaxV0V+UHHVDoBvIE0BoREJm+VEfCyhDTl5cQCzDknYu84zIgoRwGSMdtTpVs7mYnOJiiiuY5KV3xXo1hjfZqlrftuPKlcZdl2g/7t35Kn1myChUU0UlHMJRWYOo0jA8k3NtaI4vrAcLDWfXKgvhrUkealyOrOluzIYp0EieBTsSrz8YmS/Ze8XgBv2ji9b3d/l2+mKMppcSMOzrHwC1DxGZj35my1SwSIX/7aBIsjySPDSIOzkaZyqsc/sGzRHORW7+Qf9m6BSnMevncbNtaCOzXSb2/DSdTOWk40ueL5Q+2w8ktjz97j+MFUVZUrUtrTeAb8IaCtUMX+l5+3gDsNFARHxiNEE796FYsN38DL/2YNpeUbCGPp9OWzbMt1WN7gr2AsPnA9J0Qwi70KqHUH6Dgoqir0WhQLl4TmyHE7cPMaYlKayG1Ph9fnRhzMo3CbiupBjtU1jk7jE5+OP7kyo9zFEw0Td08Nsb9OIeJQtYGWk2dGEfc0wKeJHOE2cKVMs8OvVpOtyd/FDFtNiQf7a5C+Gynvn+VEFTvrN7Z0ST+5SUrxPwIfBCvsV6TFLd8c1pZOkucvOeIDaf03xVOGDVLdsMOjDCcXHwDpNZIXO7Xm4KpK7uxj+JL3VYzO17b3GKdKQ2M/s+2fN3s/QpumUwvtiG+4Ih8OS3++yKPX3xarLMXX8vh00m9k5JTbWoRfPZRTYbSYfzHk7WxPD6xCtv+aNeNdEydKIANMaFTZYttrzrtFNOZhhrardXqN64ynwsVSxOryje3xViQBn1pobWmQcul15LAKWo7VGSKUFXT2YSsP/ekgl/0EC7pQRzUvcxXRq9qOOukaCarsci9eJwC+7zJTqIyvJ/aH3tAboos698Er96N2/WBPdeeoUI3FU1g6oo7IxLR9V1MSMr6MFjD6ydVHcqoVid71LsjbUY4mLNPHM/nHZ1Rz+ke1GbAJhArqBwrZ33ftUte13JTnSHwJsxYYe7snc9pLzvAmhqadecWFHUsrqke7nljsOo4OnlU7Q77y1MOAxr+GFUvQ3aV9e+aIeUbMM+/7Nbikel+suLyXAIis2AxfKDz2lA1pc7VYeGJYa3NKMtabGlqRaG9o8LOVhAJh/VjKWB/61aBrHsFX89EkXpSQw8BAf7ZQFX++04vKjvkLzqCTj39eE5iO9Q7TOmfvl6Q9fyNAHLJBzul4QLaVXIfxckea4+i5BhdC61P2zpWEZobMyLUZfhhIltbUsFebeRikLVahew4V782G4WC5ofwIPgqZJuI3H+Z04lh5DmsC4rXr8q0IvmTmwDiIOEe7AR5c+tE96eqq0Ho7OfZpr/37LsR7M1VNComqjTkDdn1Xx4YzymOUBwvaoK9DXaYVC/YVH+VYX3F2dTsqr0uX00aqtpfQYVmCdR6pnWAD3hPNTKkoKTXmxEqPwpmhQ0GF72DF53XZ7zoPfcBPrn9Hbv94QlDSGX6rqX1IgCdFZkJDFxHJed42lIAv1+WeOa90WUBMKafRZ6YZDziPe5tmNiiOsNYejKo0g4AZbJwbtYaYgSeStvZz3crjDrY6H3iYcqwXpeY7QRZJGacM92rbDnmpSfECuuN1L/HxqYPEdQrfQpNA6GQWjhfgzvYHff2CDwgMMG6L6MvzSFojw3Lat5i/3rI3BKS9DLflk3aY8MwM7/rpEZNMws4WM6JgavQg3UTsc/k7f/HpakFIr+X1v5PNj1WwTRlHTYibhF9PtoqVLAeFcFnYGR246N9wpxtlwL1u2AZpbN/nehTG1crDaQlJg2lxe2p0a4Xi+NVnFhlBkSwCMTv+7v8f5LLdOK1u+HTCITDeT8uYSg50fobVpIjN2JxjY7MczMREx4YwWpjEZOfJ86+zTx6rSjn36DLUbViv4eay/ymHfHo7BGn2o/fXtdrMLsctX+3lWpJFSarF8GyxV6x2E3M7Be0S7F38OAY6JZpzXrD90bpA/3zc8BNgKVH9M/SGJZ1yI3Y//snTwYpDBfWTiNpcQ06eRBKobKIEffyYg/8jeJRrArEQhsdwW/C6Gv9dlPg9m31xIDoV7s/2kN5WCBnk3uw4xGgeny1q9t8F/rU0zKhdSzcJzj2VZlj9djSXJmuBdKZts80iuR6orUmQxRYbz46EUWPskuSqXRLyXkde2VlhUkg0FUdbWtHNqvnTn180MuL3acRIHHSwqBE8lMxwbHC60NLsmbEWmrDSuolvqe126n9p4KkYzPq/1u6mRYf7Orb3/T35hnuvqbwpHxoopqVNc1MSXAbLqqIP9EsVqg8w5oscGpftrIU+KmaGR9SI+jzaBrNctFBIgquXTgzHH2byZgrHcBgD3p52igdhoTdRDUJsq2W+37AMX+bCUwP72PktY6q2rMt5PWlGngEfv9NcNgB5lfsqjBejj4/o0dwFwLtTwfQ04ky+G07j12BcknqE5zp8zhQnGyd5mLOHPCDrkXTB9xzYb+3WKxGPA6j3INObDbgd97awWIebB/dpdAQzqlUCTGQqLQ6jsaTxDBGwiVdnjX8YALv0PxzO54wJo3J68FlDXL0Nt1Xhab3v+z0R4x5bwirKul1L3MMv/VHE3qLkHv/k3EzwoyhDNjTmILNVWm3CT+dm5YzFmU9Zkk7vrOZDHjnC6qcH7N95zkkEUnyXDIiZamgph+rZDxyIF4+zeY0AX0et4+siqFm5aLJCWSS9X2s8d0licv/MSgwz44ksu3F0FPko6kYX0+AgvJKYvc8NyJWcE0dXF8UPvE+IgjbJOKSmEReT1pVDVhfv7RLfRbUUB8J3OEUqdrvY+QgmWfYxQ9IQ1X6RRxdko9rTre+n8DfSKP75QPNCV5fNh0wTsvZZCw+Y4yEpzA+sJvjcEt61FWIfKUuKZJLGikVySeqyAbSooy8Io8rgTxSgtG4mnLgmsOIBjXVA6WsaaJ1kEue+DXr6D7rPlJ6NBkKLY6glo41OZlDTfyGIwSDdPZaJ2DwASIOIT/UzvCbCGvyA3jVNInaQbhZQOF3PIYz0OccWsVEkAXqmiMDf/jnu8kCvOuAnNhnkfQbzeO9/j38N4Y7Ktz6WuLNbXoSgvbaR37/RJfpbKkFB/N+Beg1j0xfQ/C3u49o3fvVFVyjn0O/r8SY4wa0SzGvruchO2gBlMnM8RVurY45rpCFkcb72LqF/gKT+DoW3Sige+Sj4MDvirCqpc7JgaVk0//rShqQwT7R+Lf/Xy76Fiv0Z0Mo+BJhPDubAJQHpr24MTnXhFxTBWVXYjsNgguJNAVDUaBUImhZV7Da+Hm5TZIKpErNUH0hYlm4tsiOxyI5ji/8NbXgqscyohETYaq4Dj2u5dM51gNrEHnrMJv+LkkX5dDkKBQDTgKlGM5FIW6ZZq3+dIaXCGFf0k9xeV3RzkjemjlqRXkOhMxsyQt5BM80N7dDMurzs1RvHfKwbSuSH5etTX483yqh+r8LwgPp1CxxIpzWBapCBcpXT1kPP2+t6DPXhIIH8tov1w9b563NTDp/XiRbGF/74zie9mH6VsMfmi1D9Mbo1+i5vqOc0q0xNTP+tDDXBsNeQQNeM2tBefTOoTNCW1Z39dhLgbaRmBqJcZkYIXu5JaAtw2JlFoWA08f2uAm3jkbOQRqrjyYWHOdXWvO4nkbL15CE/bS+R9qC/CR825AfmW1FfkTfdvSf2CE/N92YuXBMV2K71pf9MpcrSVAJO1EVF5G3F5Npli1DXsMjLUR+Mr6lKATAFiM/8uyH0NFrZKfd/UxDNFynm7XlKoJvzu8PuBoQ3YlD9+g1mslMFtD64Oz4gwapDrptw/Pj+yo/bv06knVY8YrA2mKnpFh7XL/VD5r0jsH+Kko6wd+YgvU0v/kob+ear1v0zutafubKL7xznnV+LfOJ2dYQ8tG6UTDL7vQD/DnGQzfNuDuvCB452Lb1R+aZHCGhUfS3IBT1RPAAvdDwV+gDK1RWxD2kTvLDmLpMf1GDz7EkBNwoBnPKi1RJROZbV4wvIuB4aouGhUQcX2kxoI6GY6tLzIsIOB7z6MAMc7D59mxBjenHDXjiB59JBYm4gzZ3wC2hyB/lSeavTzn3pvf1uZz/fF6EciBbHFxuEKCghIJK/rY7d6XvCcTAPPWLuchi4lcTCgAgcPzk8KvlmierjxyPes+YWyWt3AzPt8I0A+9pb7CFOcf6o23L2WG5K5J+Wcv9Hvn7w7lbmR+xOk5JfcW5BuOwciZD58jr7WIXX/GkqcB7wyYRUdkGJFAHKB6oAme/H6+wMIZxl3vy/vom2nJRx2oASmvUGZa+KfrJAHZiBEJl2RY47tqJezTUsiLIaxpk9ehKcNXJcUBtvlHzsY5JfKGgUvFdbdJ0wGg9glch9+YkyLngrpSvufnOcIEohy0O/21EYUwo6G0W0Dwks0RB+FoYrpnFqV4ysy59FppfSiVIQTKPSJvhuTqSg2G8rbDAo0goegtlY+J+Q/gGnBaf3wVmw3pv2R5D65jXEMXSGt4/1IFuYJU0k8hNaHWGeKbQz6HqL3rznfejiyhKACCPYVsRpA6aIHFTBqGgaNjRY9cQM43P7SAmROzqY455Pu6n1jHYQXA7KSN93nMmW6XJujA2zWC6qlwYjdtPba7xi9f8PlYAUu1WWinSEKijjX+7Jx8cU5SlG7x3aofMMrdjl/LiEFff/xflBxCqw12il1JWvBSdNL6EWMBbczR92sCmbcrYdMzsUqwzZNd+1XUvdhH/MdWUi9v4flXYsI6KzGNCGP+dFhyVnridoHIlKG5pNTVDI3tuJg1EMYiqMXhIzMle2UhKny2HUYHVHV/V7gz2AQX85c4FClyzIbBMwIqGWt72oOOx5xVMpaUJjjesXa2VBGde1UP3PXvLa/M5G1f21hGTpBkqYm8IUbHDDIrKy22qdnuBcXLle1pGv5F/901DIaXDc0VFXEIqxMr2fQsgJFSXVb9Bu/Pen/aj3hqZ8uRzKB6rgO8Upe7twCh4YwVt/+tLCNuFdzxjaHMcu5T2jQhzsteaMqng1BoufZf+dWui7Bi8fZy2SkzZ5GbaLXN5IuzVKsEpRJeeprYBllZl5dcHLQy5UzVnxa2DVUANG9a76iK8lsnE5pywfKup82jX7ZP2JzvRdvBWsIodkp9WUoUfoGKHmS3BFf3BAUp++r/jGyr9FYSxJ/4qz0zvH3L7VkAHPqp0c5xZKrLEBo1D6787f/jU/ZGGZ8Ox7LltLkxkp2uCybDlYM/tkR5syJxzsk7QeIljCKOTjBb43oNS+cBOGHbms3wcdrwDVtIpniSwsFKWmXA403aTTdmrrmTqzKZaGos+heRQZBxFPB/GhAogxGi6eBzqpqQ8Q5TvH6ZzBzqZRDz0pnki+PMWWSvuvRSBT54utgvhmzXLBz5GSbPtS77v5aGzPjBvy6OT9Aeka8jI8x3JsLdaXHKZM4aWKfTZlfLNici0opf0uxzWQE7swbB29Qt3oYBVqmIZfaTGWsT2pExT+bDquXrdLpX1HJ8Io3rPeErf50s/AxOZObyP5rsWFhuNMY/d3b9Nc5eF9eYu4ZtimL6xGXau3NU2ztkDwqq02Ymnh2045zq7cWWKnZDLXA3qvUN96XYn4/Sx1l+BzyIqd7KeO1Co3qeZRI3sj4uB3EX/iYDrDFZ9lqjogwaM3G4HxrPe8e6c/dTkzg2wCua3wzu/Qg3Rp2mr3B68VumtiiNomtdJh+/0X+8MEWZ27aAS+afRxq8gn9VQHxbX9d18wsTO3Ld/3dU/HkXXQLnaSieLdt10n3S5yGXRdPXPqemN4/igIeU+cUlSaYd04Qsc3Abac7XjH6Tz4sI2KsXchsfob3ZuQoNQLfuRJvKiLFqG8p958eNIv4jOGf3nLSUfaBrFvi/swtMm+NkcpbWvZ+Sq1m0jvHG3eVrypdNY7eOxViysmK7rtRTItkKaooSJj/LlRtfVwkGX+KJggi9jjkEja+sxV20gh15jWKwR7XW/TjxvcZcpy2LahELfZDc0OWpsSSUMOnatxQn/DAjqHNhY8dNmhKFJy/R1CNcM/alE5ETCAICCvaVWRca0nWVBYdqmnfdEM40sYOt2bGlWvugzhzOhNbI7I2s/ADYbpNrvvuP0vYVxANuFTrJZ51zGNu14VNgwu7dQl9m/yz96Uh6R6YHNS2vRGNf9pixDnaTaXMT2CTYe3r7HJ+rmJv4235JzocBOccj2jrOVXpTaCFQRBVZo5DWA8PuCg4hyQnyHh2oFvLcw814amaJVLUDo68xYOKDLLKYuOOjJYN0saekvJJaU66MP30HVusxSSnuoMvWTd81Jjg2nXGW4pPU5DuKSOcqMpQyzTfrOuq0i0RJK3s0CN2CWnVI6sglz1GWK9T4XQyq4djRyujA0foE58s27xAdY+Qejqap79ursNy3ZBXxy3ZfN9pfoizVwkV6d4OFFZ3i7ZzWYrfPHNmMlDglM2AhGUZA9+esTaOUSXjdPevusn8aO5fyNaNr2pidqNZM13bbe5Nu8TGxpa4qiVh7ufgvoiX/3WrOQV4EMQH6M+I89jdsEMD1roOS2lPrhybJbVPpH+8TQ9N4IWdrP/UPSCnCmRHrdm8FPngnIm9GIXwmSNA9xbsfv55q/FVQIo2IsixBW0kOzSW3KJDiy1xxejuTcStNmYC4Kh4Tltgpuz+CbBBKFjRp08/GBakSm4eySV0nkkzOkIwrGoZ3xriEy6xgL2QsYF9mNGA9dVbNdDBhwnp1dg6kdd1nao4kO7SqA871HYLqcF0wRM2ZSUM3zJprHJ30Hz94lgHrFLj5w5qVJIQmuPfbhCViFS4spo9P8N8yBcn4YTyU7uVIz+YLOLHx9LHtCV9XXCF9C7U78UtFqN8G0J0rTxXm5fZng8kVoqxJlxHNHI00YJE6VxXwlubUtxpHohKPQBTmxZp/IrJAHnxOKq4LQbUU6OF7p7OXXdZemguPVwoZ1L1QEKcyjreNcLI08ndqvOKi92TanilO9JW6zcETyzSQgW2ulDfmaGqoLoOcQnpheRduC6IGlQRqYMIpHLmeYRXVuhtAFatP0b2v5MoaBTvBQ18EKpXTwe3osdLpUyjCdqHuphZHFJj1cMXjL7O0uLMrL48AMlYpJ/45v2PZhBPfFlY9p3fncChBi2ReSR2ijO/WeP0xsprLxDovJ1P+VL3P2N/ussUSm4b1GTQjDk5GrVsUHfWLnn8FHUNXNMPjEfrkj7mRz2GjxE9Wg1oiu2W4HCfFAl0CRx5VERlLrBtZzFcNnN+ZxPxaUj4SCcGgHQYdCPph4If9B6n9vFMrfzjPHsxjI0/lPCv1tDtxp/2fI51C0IYcIpxy8L1J/6HdZlNwQdrSzKW1DC+753var29OVBnthy1MWcdi831zHEMSyhHXEppiPS/Ljc3f8f2fpNBAu24ksLGkt44lPI1bpDXaqVcVd96VVnVu9D626pGQVBzdtdkGyIf55jywniseK9am+u81yHOAqEcb0x7jlSBHKz4sfEtuxXzuX44hGSvX/NTLakC33hnkxqCdQPj+WpzWqllBCwsHasyA/q8OxDzzXZ0MKxdUXeLWAzf9e4c5ZG2K5mGSIlQ6g3PbvkMbJ/GM4TELskMRbIKMgexRRj6CND4GT1X21mISGyx218mnO4z2JsY4le+Y7lGHyVyULbIajAReBnMSyOblhDsZWYFE4mszeO9pZOlevy+ItGAhkHr1vlOeKeJJH/kJ81kBcKNx1jLouJLi6LdgUmIFiTqngy+3kQ71SsXaFi1PtgSVOWDvo3aV4x1eLhgOMqPrAOFq9A9dkZRtPeF1eVGdEj6yLyPoXY42Aqt6TjzdV9XVhrJhnkgX6vs5ik+YxNWXWmWt2IG1MjLB1zbCxlEHhtXbZt4isP5gTWBVZYcjBE9BMEv87eS+4gGyQN6VuHTw+BXFcfa8eztlBNoFUcw/l86UDfMl6esIqUUUP3MfXzGNMlwMVuFZ0+DwOgZwcitNFXMWk6o6BF447+fHc7ND1SqLP2D3UI5qYDJSbCsbp19V85MvZNOPcznkcCjgx7wgtgIMKaUdj50qGWAzShlDCC+IrATmSqEL+07IJFOGkmIPwRUXXOJaQUAxByJ13ARCCBvwhAERwLYVl9qjxvZWvzk4VkCwopzZn1+DOFz6Ro4l5YcRn6/Bu/cNNgIkD/lPwMTlS7Wo3RvQeFajFH+PPTGY4DFlu4YgUKt3zHHdg5BNJ5ZVghw6Oqalod1VtnxJUWNlQW+DNEF056BuyOxX+83z8MK982F/h8iYDxfiCSkLZjDQ2ZykmPL2aP+tgfhRmpEFwoES0XM5WWS21rqYOn3pJpMLMNMo7UKyXOZNU9E/RpykUOWgN277N41/bixZQP/pGMRjx9O/as02rPR3zW7Fkoj9etlvJYB6RG6p47I+NSYhxO7cpahdjEOFWAVrtfymuf4eoIYCmWaoraJQn/qsDcJ6uE4sBuiVJS6Dm+x0tQO1Tt0Ph4pnN53FUFj8bl0+myd/L5vuHhQM3nc1NfHI6bKR4eUQELy8NbQcTYHQmtXDiXMgD8Qyh+u8u5BsbHnK5Jw+3f7+tkkYG1bcK4IfmH2y0jpJZd4XiFOO/psumTQ6h7t3ZgrP3BSjhZvwl4VTAootDec3YvIeqSARPXKvgvuG2DXiKslU7BOW9JRsU7X3T6aICydko3wq5zLouerbadWix1r6cSn1VZhoOIu95vAC7MAVDMio+F6ACthFT/SBc96KJXFWr/iRzU8f7oleM9qS9ms7eQKCYmCbF9fu88WlwMswR59F/HiskOEOH5J9t78e2DZiNJhC+svEi9QFbyuAFyDGEHkffvb7ze++svUhZ7ysGCTQqIAH14wFSHetnANrCZMJ+wWY2kvkCZIJIwFCNB7o9arMLjekkutVvvKg1GF9KTBFjW0V8WZ79RhNPUxGFBD9Z1EJ3qXfF0EbVzyshjPpr5pLfhxg+aDrekgfLNjTT86yM68s+crd5gYXco04fr83MZEuWoQZ8pVIeg4zg5RFJgy5lR3ZUOLDr7ezjhAcTjlU7RIxEAvcig5rkiFFIfpeDZmmbR09w07PXjwf5VQG1SluNk1F9IT8Lb/0V06l/Pe7aKdGXE3Mo/pctXxc2U+L8Lkd8mXPqG8kM+5MHjPVQ/XFaA30dBYYWL6t6yt4pal+zbPzLbNkTFr+s3asyzx29vitLyBi60FArdKQjxjVBD/TIfLAMmELvGe+mMHkwlmzIYWfiJIE6lxYsQwhvzF3KXO6/SFo9KQI2RrBr3uSItRY6Y95LBzQineDWX5uLoasNOhpY/oSEaoCuXatnMlFixB1uALoVHMxnKNXikuAIrptNMJmoWQrVZP//rM37lSj5AxfPiSrg/m6DlXuoGdmww72kT9KyP7p1WjnYZ6h/gw2BXRsFk8wr5YCdWRf50zZyUOfUiZg5shV5KIB8hX9Ck3XozByNPjkmu7nDlK9zmQLAvmMtL9nsrvDq49JHoMKECXUfcMCsYYtt1DHnziZAWlENAleo/oDmic+9IdvQHXhCi5l5jJ2Hbgvyh7nBsZpvkyhJTfDPMqRt95Q5di6jDT6cGIm+Hm3O2kbBxJnaNGxif4BXAqmzyD7rHLiSIMiqK3vTKz3gQuTZf9gRgzksvDkZ7tC/hxjeAzOF31PWijJFzG2SpJpc2W9Kscu5H53udE9wZ0wm+E7kLLanX6rE9mkJSWMoYzciBX+ooZqHL84ZISuepKxNSq9yNgpqQzwwWwiE/Ywxv4LxSk72m8XH6rt24XQMtRYIWcoFRxriJhGeJNTncS3p/7cyr63zErcz2YrAUh3+U348lAE960vtHHFZ5LfB9VV0YzNPlh9ogEf4XXBiJt1dkk7NKqHFIdVOZih+bSkxlF/zXB7Cr1snha2NJGzN6ZRdDhIG1XFmRunrZZzHVY4vdRVRMgxinImij7zTiJtKtzcjGYe2luvrwWkC8nHpD8oI9QdzscoWVmKPc5b+Qg9FemVpAlc8ILAT3SDiDDRjL4cgTMjf59LrDUnGKmu4HqMMxMcmD+YvljyIeX/GNm8IISvTPqJXnPrsiqUd072jGERjBu6WoXRxnEuT1yAJab5O658Mx3/6Q/LTH4qflHokQUnX/+YkKOyGaTV8/WVB1rP1MoXk11eWCYcql9GpZubWkWwX/Dkads3/CYK17UdwcLYk4UGp2rFitPmiV3X4qU985LFWffLTlyJ/Se/tECih1peRJdFW/sDDTRCQPwVDR2pKZ88mK28gIeQ3FYNKVN8+sbdF1x383YA6hN049cH21N0IzlCezD7J9z21Sb1BDu/9lZCNsasRqXBfkNJUJJNgHbJDR1t5R9eO8z7Mx3BncwO9+WXWjQWI6/ih9YjqFgHQV8CEftTer62tqTG5aPPnD/txz+vKq2y4o6OfUnel8A1lSgCv6ZQIqhGk35dNNoboTkc3v9RhYlPOfg4VWsR4Z5r5i4pYe6oJtMdSv7rLI+ApBNnBJhxqpbhTemt19YiOu7GMEz6IIlBDpvIb7I4AtXfzA6U3XFZRBuOy90yylFG6C8iM2t163V4ZPbpqEa32EPrxAnU3JPDzbqMK7Yravd1uASd7TnkPeyOCa1nOVJPsYSnJfGWLDw3dQycJfuYNxnIZMjh7nh/yBXDfM3UReBfnq+ytvlVrPEcga8d/tMHKVOxdbXAxtaKpLbzgPbJP7iB/upa9JewJVS2CP6Tmb6sEMhkwq3sKP9Y/DpXysTGJjUpmMYp5jEFhw6WGIqoIWekR1wVTAbjUXTYBumkrQSgjvKDnuvH8L+JikFcvdUr+1knHrPHpRxqL36f84o9X4778b+UPuty+v8ez/P+QcS9akXmPZfih34xTUvOkoNfHFSlA214Vy5Zel9Kw31K/01RP0SN87bLUUt+tstOToV/su2UBWDYECtqkw2iyxQlNGH2lkOiN5ydeZicmo5LOUHLcajyFXTMzg/O7pXWBkBGsPG+57HcCmGGXoeJNy/FNY0YsbBcGVkBivpUxa4o4XiE1MbHTtF0ttE8aZmaf3Epnm1vmmhFZQl5bcRaoAqdTdjluWF7gaNteBF6LwfjGJT3PGnH//q1rzNSu1xnyQGFdRl2A625ai2MU5o5CjeuXbWEnHvuLlBAIP8KFaVkKXXhKCUsneDHJMsq/03Jo6nWO1S4Zv8sLZwhxUBR5AeMMuYKxDFRr3ICuWiZ/fCOTgWbzo2oqPIhc9Wt2dL1xF8+kvlcD0hwV4CgnzhFEgS4nq4/LmDx5r6UxynaIYUDGCCUE3MzQzm63DpkC22RoZcTofXQQR/RZOBwNhriX78cbRs6xQxAUnxbgTj4cH/tyr7T9oc0Tpc3NMPPKSAidniZ7EWkFCQH80Zsi0UpEfxq1gXgljKnr1SNyUqdAco3i4vgmjHmNnUAuyYmuPWxA3227iCgabX5kFIFYblNtFe93UR44tgayCcSrdtkhAZrOmLXeQFk4PHLCr/EH2ER+csYCmdg3QR7AND/USM7ruCXnerlxYXPEodsAdNxb/+j9Cgb+19NOnNwr/lbtm6NwloJROKE8mfi8UDl3ovN5u9MRCHQSwRlrcZrYRoRIUqEAruZDcZO0TQVOg89/NJMdM4KoC8A/TV0F+VAgLdPgcUizuxO8xv+hEbvEqigNmajSBtl/QBWIJHBiZyiE621osEk0GjVcSd8KVV9UNEriFcHO8NMo/t06eu12Z+8KzTD9zzYAdjg+awLQlrMBpHczJwI+FgAfg4BFP4Rzeim75KHpO38pRCcvkWh7NTw+4TM/KLXfzPR4H5hLXpvtgX5mjIdrY7b3xSFxmONxrr7GOSy1+N8RvcuaepM9zEbplxJaqCC5zjevU8hCqm1s6FqtEZGuU4BXahDW3nr/5fcMhbonFucBX++pdbjNyoW6npIQrJrJLngsEKH9ItG6Xb87ffDdpKJLUB3hPWnhotXJH7+F3qwRXNfFRW/4l7q06OARzXvnN6fJnh4E/M4hHll0LoCZgGtrs14uNnd/OjUUkT+nCqkSxd5O+9A7MJEAv1q07n1VdEnaHIaKMVdnSKR2dP1Uq6sCn0e3hN0NF12PJjPyvUJXHK2N2lg8rTC6vUVg8Mzvvkc4olb9adRRa+g/DKYmp34PP9KRWBb6/Ntn7hdgZSLUcRkAy5CToNKxVghinR8tXPKwhuPLDAWx3CcIw7I//8xYP1SjH5SPyMVC1oU+Zhr8MFzOR0wyGILI/5TJZ0KnxDZhmvwOk/7weptILg3cj4bFkmSKOfoXE74DG+2ifCugnUcPpe3HYIjwj3Jloy7LMnqZ4dXoTjy+/6DnoBHjsYcOu/Kj1Rbb6znqxtY3pI5LtblzHH2LpovvH6YuyrZzzFUeZhMUII4GmdGN1XTl6jrvvfw6Lfh4IQCze0SVqaxEfabOn4k7DuwRFwPF6FX7enXJksI0Ts3y712vjB+Xj781lQsJ9OpIPrA9RUKqkoKiCzmWzWY5+XozuXRelRWspG53DuyS2Mza5Qf5qzWCzW6CE4Hy/Sivb8uMdRk7yo7BNL8oBXpGZ6Z9zuAUfaNuGULfTm4pnVdEJySipqrcguH/azDrMS6nUwlziPkm5t47Lyniqz1Oqm+Mxcn40BUWzO42K0nKMjFV1wKYhcOnaLMxO6CgTKU5j/Z+WY0ljG6JWIWq1GR5wDv4OF9n8Uhgl/FSEUgtxLUSvAqsbxM9Mib9Y35H8tYtNn4xRyDLoZyAlgl5YiNsa0WCbMSQvYMUYzbnlD5rH+68/1cXVKshvdDCrv0aJOUGpD41QavHyR/R445FTRy2dcFXmPbh6jzoQ+rOX1TLOnfm1DHwpc4Wo1VWtjRaid8M3ty4YQ3ebUb9IUSw5sbhsKxVLnf43YwS7eFlg9hQdCgJZhHC81Qj2s3uGBDkHEmsuQJIsZI8e9IK440JuB3H5gUR8eNh/WTU3hVD0dB8oH8QmOLOKgkGywi8Hc3y0cqaa6zCZtEAazJYv4d3+b8QKFHR86tsPjPKdkYFRyZc/86DhUS23LMVf6MzRt7N30FikrvIDREQrKEVTHhk3xCVv5BoYMP9eVGD1Zy1Tkb40ix2V2LGgFIkQUS8LDQ8o2gWhGTjtG2xpUdQqc3CG2GfF9QwAStfImJ6bp+A0sjpuTEChuB8gG86CzcqwCohPkECOgiA0RZXFxl5wjX1jyOfqiww1U06gQRVv3xJYsmmm0VNkUPqcIsSkywaKubtquSus1YDGZcd/tTCek6xvtxrPq5D2Lceqq1hBWAtng3jEG+NmslXqXr4L929vdpgOuV0SsB+Yp+OraLws05t+VxJh4ZPeDQnO+Y/rCDbF+3qQ1sMlG/bvKy0KHW8CChgwGjkVsyrOWTv274yA16f6ne8ClKexB1TKSyKlo9k9W6VyU6VKFXi0aP+seCtr5POl/qcmELNsvM0pPKK7gaOfZPKls3cEBo6OnxjWsc+WTHzT3O78cy3r55BRGZ6oXWikzn4yKtw2Ivcbg3lDC0cvX8xabM1zG4/KL+1GSRCpigSzCglfr3gF1cEfj0Dgq8ZKv++prbv89V7H6vPe2xVAJUAkSnuOHf1Dnt5SSSa3CYoPgrkr6b3M7spgjaRBWABFtdLw/ogE/FFhI6dxJA/aR5dIU5Lqla3BDvIkn4aopiM+KqunfsTivJXft2+/R2jqmOQslshaJCZtqgzL+CzA/FHTSWPp5eY7H3ItRnm4xYClSNxgCDVUCUbl6X1MfWk23dkPDgo32GS9KsmZQf127ZcBX8avQPAQN6PUJmAAx0/GgVc7DNnZD6n9CkozDTLJ0ftBJy5p6eqOIWQDE+ZvTal91S7keSWAueR7SJqQaYtqrBsWfKDq0asgypVCLLYb82pcl2m6TCNVvdLoCxFv6TBNIq39pV3bKhZpg//NEwzE1GqNloK4dJVnvv8kmPYw3XZdwCLG1swURhawhRdfgutkL/xIOaAbXfLM8TrVsUdig/0nlPwvjzqMtXWUwqF9fG9tbRG7qP4fJbfxPgSaD8S4w6g55q6sIxRfKuxieYNXCfeIScXDmlGe2AR4lFpLJ6gWAn42RT0pUqnddhZ0/2h0rjOmnbxE6BEATs0+5ORamBqUGrqu0aXyo5Y/79Q6yJTFJXd1ByqwxzIHfGq+UzE3MEBZTX6zqr0q1AmZHFsRTOTKrWo8eMO2SHMKwE4Xtmu3ZYf0NcwZbtjeIx3mPJxEcu3n3HtDi9B88dvYNnKBy22HLsBa7I7ChqsVhh/jMLajqDq6g9+UfcKU9BjlB16aurK71mm2Jv/6vuTbw0INaJnhr9LLSRb0ZB3yIMQwp2mXLicWzOByi4bjg9Rku35yk4k+wLu4fyCbMvjKfdaiV4lWZvv9V7fmJvrhVI3IPCneYNQ/a/Vn/iMA7pRgkOXZJqKC0lPWDOoy9Byjy+dxetPOKywiB9KMk1TuP18h4CuX9M0aNAmo+fnuheE5zHQ5e9XYwp2ZWszQmR8pRVGIcpFtXi8db1xetLLzflC0+24RG+zjxuoeI9OLm7tOwQzO11AelvkGbdzsdqY6HQ/dQUq30LYjPZ2f2PxrR+p4+DjzaArLzvYZWd4dzNilFs/BJYXGezxeSikITYqLf0ZJtEezlv8GMJPtmEWr8XtSPc/9pgGK1l4+VbfcFhH04Tsu7Er/O/HPGRuVQRTeqdFNENtCDT557QiMsTdiRgh9gOvPupbNEkVgZ34c1yBtECxP3HH5bcbU9I6GccBjA7v5dOyU/efotUQ4oqcOMeWaBr20mc4z94H++vLn2+lvOeWX0m5kJm490BQhEvihU6qonz45A+M8Fa8rW5uaYiKrnRIqA2nq7c7To++DwaspV0AqYdmWpLphsk4+KctIy3d9zwqf5pqOg2v4HnPicn1670pJDMK31GfcH8by9BL9DRwxQM3649nOHGSof2N1BSy3qdDqqaj0nODfZtXzeRvpdJd5YGfHHjTR3I0y1cR/8q7wT9sToz095ITnmLW9smeauF4lv7v86qD8WqdeBmuhGvxxZvtm5PIXad1MJdh/la+m8wOmsaEVpXv7fha/yGmLpW9QOc7CTEQ3RhrNb1+dWKRbsuDkcftTfDNySUHbRz3FaRD8sx/10C2oFJ+9aaZ8jcci3plKRHWG/MIC/5Ikfcr8fKR+t0yrIEi63iNF3mvlG1bHaR9v9mR9/aLiMI3gviSDUvmg3tzvPlZ9v+q+5NvdiiFyg12Y5Rlzyfz5vAzeYscm2oz7Xo7LArWjg+Fo8bLwKPbIzq/zYu7FmACm7wvVxSJq5uXUCYmJe02cjYHlYg7Fp199t5Uyuj9Bo17BN5oRC2mEWkZFLBnfb85j/JMPQt5k/JOuPMuNGeQZ/o0tNe+YOQwBzEAMkBfY3dUkqYYy/mSNSmWwZSMj4Liuf5/+VpvKvDg+2HHIg/zlunUCwtOvbDEkS5M94TFj3JPY7chZ8NXFt4rhAF8OyIfgQdxJDoseVG/4sFifAzdkSyQrjgRLJWs7bkWUS0yyAvFNZ0rW/Ov7a19CLsvzOwZ+qEK/c4yDq8luMTCkz/IfQmh88eBZie+kQ43NqDlYcddC/aJeaZd8HziZNctny1EOFAdoSFF2IiTo5PeqBctZzW3U2svU4W0qizuEig2eAkixd+nPcO5PF+I9d2eTs6Rs++QRL4rXEX5tZflMNvO6lHKDToZFdA8fp07fztZsH4eCgbn21jMhOBwc97AGRydj2ttsQZTapLz1GM7q6CpGe2CUSpb/gL03WNojrEFWBx4owSuh5NNiC6SI9bUdi0cLLM8JhpDQEytxod/mavyY/EBMdcdYvZYDQhj0QjyV/6jfWLgakBslwI5vf2EMaBq2WU74XEEir6v79bFxiApiqKtn0E1D26YOiJr/3XSrMZbtvFNwpfpzEVIrF8IH2p/MlTNNLSrp502XJsIvEmYrU97zMX8dEuIffqPLMbJ3beJat8lkBgPh6rsWqv1XXtMeL7gZhAgc+GspJ3VpcX5OkKAifDm1bFRTB+uY7HcdBOtN1FQxCyDlNkkipY1Bl3rz4s9wdYyMJS5LRl8IX+8fiCFZBOeyFmwz5dKB6uH6zR2bw27ReWSl0/Pnr+LrwMAS5Va9/Y9pUPytI/EgYdiPbOlKXF93Ygh9kxE88ydcNeGkcxTS356pe9D3boN6xkeJ6rFDQX+9vhEv0bR4ibM3EvPC0/kvGF+tv4ub3Ri8VDU3oyyTUyJkZ0DWLptJcNkeTrl41K+kO/IJrWVaRmmUExzMZ5PtfN//Hy8IkX9t0oPo4nmY/P1tKz5fmRxBujlAXbIDT4TNMMgK9fjxqQhM9Pn/YdAne2b1tl9KbtbGjwzGLw4x9lac43ijB8THCUVY0Kpzrx2KKUhPsBFq8G2iT+7QijmC8qJJvBydJpo10n7VYoTpjDsV2iQEF3x+nC9FMlnZOl4vGREWZWskff4cCToSnqNMAdVFrlOTr6u+Blln9ZV7CZxfj1/+gpn1enT8HIvovRtTjb8l8Qf81kvu0lo4aPSyBqvk59jKIU52x/FQti6FZ0d3LN5Hf532DmYFBsGQf/jAYG0IPUa7jRgSth1fJGdyrFSZDYbz9aUhK0b5hfrKlckImpCo3K/nguX+/ZcLpt5yj438txPAAO9YSZARQRXT1qrDU2ywIQsUJGqJnmu5Uz3Xul5sTLKJNCdw43EPRlR++hzsfuKhVK3SjB+fOWk53fip4RVRJzTxqoiyqlldc/8ncjMcQe8UB7kWsAPEHO0CyVtndFV0ZSShIr1Q1l5ji52KwW1TeMsXBji5S95P96g1AZrjVosPW/LcYMS2wY8iBbSuwCHKl9sXWlIKz2wkkjh03z3HpAUMpxntZeZCuYto2bhL2989SZ1hNBSvXJkr2WNcTQ7KHmkZCz3YvKwfXaY/Pw+KjTBNoplk+WYRBZ3OSx28zJfYKx6jtNZsbM61+kM86zHRwn2lCytuPdG68e+OC8jIcNCwn6Y1QF4kWtB4C/vOiuVtjvJtoxOanbbtHEWSBTTt74nfO/Jx/XRs27Dmx0kbgEYbze91/Epv6F8DvbGut/FWFrN3cjPqGDbUlUhuGNU1FFotNzOaSvPgRQWvq4XxyF1lEtLkEQNMkI5ZQIxIqN3VwvvtnJrFfJxIUtTfeFpgNiDXBGrQ9sXIfccEXZFieouoBQXz2Sa8hFJyYdy7QsVVpjqahxKgYNRqUa1dUF3kUxcI799rKvIhl0by+foRH6xKZ3ThIZT6sltbnPfizMzn4hA+Sqka1d57vZLDmN/189qhytN32mZcraCN6ysIJge26inpoO7XlFUIWk/XBOABzI5JxNJ2k+/3JJmrUWTczH06BlarDpx6zai6Qms9qTIqUxgEL1tVpvSytBuGsIgVOqkGFNrlVUHOZJznBuo3a8fZypHvtLTqPXMumXm3FJla++sqq+5LvoC0xXnkg+1dviwtTGeifa/tyO7FAUVvLfwOP+T1ZejMWYEVrW/EA7/SUWHkFenQ953e0ldCAGtBNLx3g5ewcgIPmZt+YwvwWLW25xiQk98hx4Yo+EPzeSoMJVywk+EWz+9gN+VALO/dzY1gD5iCUonEddbY7QkkV5zXA8qqLLh36YwBkyRX3PgqnvQPmb94HC9B7TpLexC1vvWc2LVc4cOR+6/y3Xk1KodSBwRHodnNVFnP8xVCw9KRvxhzEEzJGKxMcaxkV8OpjD8WDS91yTw0cH1vgtqS/dZnnQs2vj+yEqjjO+Jb/qJwz70DFvy/v1bo6OMrwedBBQNXBtenxR8ztB8rqyMOz4vOPQ9dezxPjPE0tO/Mtknslrs8b276jLUYJ2RgiKA8jVHxQXTepwmZFr6Kv1D7BWatJ8u7F7S40F+1CJWwhSwwe3Bt3PGQ1aK1+MR+xfuJiZfa+IqQrGE24tNeazuVVTjnmhBPC5O2jtqGgzt4/DdALClV8f/JFoXjUdD5HmlR44ksXV1tKPssh0TZDqbvDZJkyj1PZO+ugr6XIVWxR5uRmlanyPpEOGtoaxc77S3aCzwVbHcGhSPb+PAvA6WjOH2GNW7IItm/a2P6bZeq8KjkK5cjLeZXDmxDtiCDc70+OBz+v5sohVNB/n8x/Tz4dp5RBG6dmozQmago2E902pNy3HQi76OM40EOQyYXz8RSTHpS/Yx9QtuIKeah4j28fz6BBSiF/kI0D1XsUo39ZtPdv7o1X8Cbrn5N1jf6WeAo4mEn4mEzKZVv9hG9FawzuIy3+vfCixRSd7B+mHOmLH+ELrn1MunJx00y8hyATt3T6Iqzl1X1iyp4ZAFUXb75acBonwZaK931k/IAQ8t+uuxq1cn+fpLteZNHEZ90nTo2nYk4L5ylnX02r6VKr3MuNTHCe7TVu8c5t+y+bR6Zav2FQv74EWNEs8AFBx6nUwzCoaobk6xWZnRClwmQ++xpdw8HVwsFEpitVk9BUNr4Kqq+clAxcj3JN4zr+LWk9pUDOB50A1eR6aSkvDxPtQcLarMbO4E+YbNA52s+BD+xrylld93oUHRX6+lVMDPpPi8E0O/+St1OW9eODQ0O7R4aiP3Ja2XHCN3VAWjkXJBpQZ8Ip3NjJ/TwAFDzEtuFu6biie2oce00XybBQfGFFYIf7tizRv9R2tp4BpqfYki0M+zhS78Jg/qx7UCoSgx3PvrMWu051ob9zz2vj8blzjCtYRA9cmzixvAUl10hfNCv0gh2y5kBtYogah0oEIy6ZY09cxhILtRKfvaHx0Hhlvlsx15COcl9ZR8tOQ9+dmf9ZrLsWtqFQHdbU0mH84K9NgVgcKXcJ7igsAbmW6ynTajaX3je3PmXWmF5zaI9ehY3B9UgFictxC0yFe0aj3j7GdwI1/mJgIeHZMKEUR98DosRBJO7lKM/mcNHkVgst37lqlzXWtuejqr9RQbqee418jIFmLQDJmCH7EORvYX0iUGOOKipqxZU+IFDVNkAhTh7URae00m5tGPaWwC2DUjWKNs0A3ubpOZxITfy232QnryVfZ1mngJF+//KhL27n8cYXHcTJTnnkJ23uRfFYRCh9j7a1bur5INTzYyFDQCrGkRZYZpRnBynTScu6hTNcn1uJ5JmBIj7oqH+uy7nzW1fRijP9LOpW+CmYUMrgwdUTPxES4CHQ5TqvOcWJq2FAyAZM9kUrpUleiK49IrjB0ZonVGkr+JjkKhQt82zXnME8g1/o7Wsv72gtgBokfJtsBZB0/Xww6unShrMPxWiRy/GpOiLXOrcWb79DxCbaS9+OmSsJtuHKg6L6YsXxvZmdfxtuL/9+RheUEOzLYK129FfV727tkSTLfgR7t1Ce9RcCOYiEMlaii8VNPAJ0pDgf+sATlC6Zj/vaxobYnsm8eyfpKv7af8F1E7rppXIj5yt55x87xgFN59X0mD14RPIqxZ0vlfG4Mp/fPCv/qaZZPxt/nPOUDEed10jmuEXcUn6/Cv+tMWz+2fv4BpH2mrwMHtdfoL1DmRaa+U8HHIS2xSuoLw8DyC5k8Qpwgnm4tAPs/D05was/TjTqkQi/mzKoOtU0eMfpYPBHarSSwcc+UlCuRGx9ucPyn3RJuCeE10Mo4/herz2gQqBhdvREDuifN08In3Ykd72r9sMf8RqidbAc8fzJ7x+nexmP98RAmJaUD6604AmZd2xHMnQy+jZdRCbuZYfP1YJf9ZxLJR2RxTG6F1Xo87yu5FgJqv1xPuRc6kPu4aLuUwFDqOd2WUOlGoPzplueKOw7zY06G+N+fz0F9LaBqsX//O+VtnWmp1PVwimING1Bhur1sSS4ww18++as6PwK/7Nbca0uffZtssNj85J6zVUiwzLV033lBjZyuNpFemW8ncfyUXd2L+vCRksgYWd1zYZi5djm97zpyyqEbbq26/ipC8ciwzmtggrYtfF5a4A4PojnskJKLRs+TIEd7krx+FxSs/vm/ijvEGpU2wZSpgEmD5rgAmOn5b5MHUXYFQdLd5oBTMBQfxjY1qZB07hCKISh5wwaioQoje7QzxvB2mRl5QfZfZGysp9YS1bwYeHEhkllDIM3jZgL1K0cXlifwuepFkyqxW1Ah5/8ToJ6myQIVZCdaOOYtVP3xQ+fgL3E0/NbXU3TganQCAgMrHuyZ7TOhe3XSTYxKfvKHO07NQdd9raBapKqlYwLavpM4C2ypHYO9qZGeYCOy1nzaEmjy4fXV9nY/mYLamDpppTqhrRWIDPxGQKmCgsOUF2WteYM2Glsrm/PSzuNRaYeawiKMslU3m/qdpRZQB5/5zxM0mPY9tN0PclIylBnLaDP9q6xygczH0OmqP3wQ5LeLW5t9IplM7ro7mMSvxPd7nATOgyBYxEE0Q8s9sBi+OuMwxsjTKZ1Ur8T0ox59btdfkc44hf47bHBYLGMfXqppyGtCkgH+ndtaD9aefX4y+SbiM2K7qfy54ak7Z3sKUSU7Y8YjoNOl8mz/CQswY87hIa9EsaFTnBdnXPJcjvWoy+bVvmSbO62FyOIl10z55hmt+k0PR8togw9OOSv0QcvKUviK4snXrpggeXMLfTokYXP6BQG7CUt85a9wX/UVznHw8Y50RfV8D+X0ct2rRcsCcZ3+yR95KoTevKTNaM3xQyfG4xFd63dP9xnTRt2CGiAIci2iPtp4z/mJddC4w5eaSOMjDNC2JmABsHo96G2TKfOv4lAzytr0TS8b3l3h6Eez6WzAge42tQa0VtOljoQha3wIfabUYcDGvgOg+8sQF8tRPZitfxq4N43v7sF6kHH5OgJErfug5dn65sy23d7GP4/Kq2ggFhPhEgMubtfHZIxGicRms8vPpv0HJL+Or2+KJ2/Wvvi/bribPGurhdnqe/eu143vVZglpN/B5fl/DEcNU78PR1vdu2/FV59G/JH/8FQe522SDimljJaqnDVWolha/kRSUSO1KwP/xhcf8uaYyfQ879/craQj/Thjz54611ucfta/xOSF+TvxTykg1ZaSTOZd3hVcVAMPK5vw6e81TKkanp9BRpWmC1oUhNOY2wmnFicHmCwgJnCAVLder4HRZoOUPtvLwbLUU4LiS+j7rELv8eZIph/EpXKYDdt494e98Bmtsiyd35YmCpcPA49qz7OJt+MM9UyCABGhgNYDgC5DTzpz+Cw+1nXZeaJz2sP7UHo4nujIesaKvejGSywlL6k3do3pZ0XwGxEXwcZu7HmIzcLJl8jfbRJTl72eUdNlVdwh6XurwzV94Oj2CGlg8sQXLQ5LZeJ5cPoctEbd8Xo/b+/Hjo9duv7XX6OOn5yYdYEOMZwjAAjSwGrSi0/whw7vyOUOOqj1PyIXiuUEiRFnVPSPhwIpR4Mpo5tdhuUfVHSqqWbx2+zWXnJV+xeNGvC0XiZNcQ0ZxJuprvhkagphwHUADzUHH2fL17oC7Bq4H9sQEwuNrFBqdqo4Ilz5SmPwRp7y+KDjOouUpnnGiIz/VlsfMAg6IBuFrOvhl9gP288tHANkQKKHV6ji9htU37ZfwDSr7BS/iuWyQb15WNJhi7jFTj5twrK53U3TBLUU3fTmvuHpP5ZdnTiUQhOtek4mvn1ZExlcYqsRZ46gqRmVVGaiL/zS/gOMWLh4Lqsx7BlZaKj/WMhUeqBcCW1qIFH6b2bobH4MKsHR0/3fxLJH3iP+xWMoTm6d1e1CoP2DI1xc1iNb0Eu6/TRswKg4Is6lD4g3zj0CRr38XtsQ7FA++8zW99BJOqRe73Dp0tbHLaf7xWL1ol6v/VvYpfS+JrI4PQAr/SlQHFOwHbSboaO+tDstrb1h7/lvejz0qA5fQ9R31a7mx3Y2M84m4FZT/38+dqtlndtRReDgktqYOsC3DX3AOn6uqjMyJWKqlr6xnq7COsElyzG6Mx8zhpTdYkUavCrMZ/02UqzreKCtPfKn3147Cw+Dw9Xq8twY1ntd7W/b9uYFVVZylrHQCC5PPNM+ytLnO5/Il2drcH75kvnDGCzO1n6EJm9H1iwwWO3PFQ8cAO7QzHn6AypQpiCrkXP4n1Pb1t0Ck3HBFzsX8PwbOAsYyowc5v09aizOKht8P/ncQzzixUnRBZYGNqTb0bvmgPFre2qFFHMBXomAD2EaLM4BdtBDD4bUaYx+l0nQHsr+lU5U2eNXz06/djY+qu/Dd7Di+urEqRmbu3MtK0GwpeyEg/IC5ofUONEEy9fC4RH0DTaCbi41dncNoKcKSepDPdl2bCGUitpu2h5seca5dtShQuAwJIC3z48I2+wZKk/keqpULNHHTYFrUJkv8HQLXABLHVBaUDgmS9pAJwkMQPdFZ1U9PutiHFHrwV+iU0xfHdBxcPEku5HlAXb/0wasngqvtvu98QQ/kxe9nLp8Fug8Iy5ZNLcxbuckU+IKYyD4lVTmspuPTAth2LM2RbVqeE2dYInuZPl90/jXHXVEThzyATj5iDwxKV/BDLtIE524nPHlQU2HGUhyjTUBMLVpt28Cdo54Det3MH0QjdggJDbiSb/IKU9fypn/M6/xpMpnzlN8fLUpoN25jZeC3sucQIzSMaqGHCZLR+c3qyKdTX1xNR4MvuGYZ9NNghY2TOkPCzdeHqTkwxMY/HLI4/3iwMae1PB5rj4BCJH21w11/+QAmyJ6+4vFNYfkzxvceP63tXMrtzsLy/wzz9K8HHdG2VEr0hthPJLoLCQ11dcr7P72B7Zk+l9Yzd0zxM6SvuvKJbVSQj4qZFqOsWJdBs9lmi/CZF/8lX1jLI9tRaAb9EjZZtYmG/FhwAfIJrrzOljuAg3z5ZVasPhstqzp79s30cpZrQS2ioe1VjxlOaTmiiSyzL7bMYpBlVuMsj+OtzXqoZYYzWWY/3tqsB1lmNdYmGI+2zPzwh9I4/HaqZbVA7uuvJ3F8y+8wzagG4MHD4HbgkRgHNwePfASJBVqwJMc3Dg+OInRGBnY2NuXWOI5ompGZTzVyBLHRXo5uM6z2BU67SNQLmvB7pRMWLnuIjT7xaYhzdKHq/GpP16jr0mTHuYq98Dsx2k0n3Earu0a3TFx/oW6ZTeHVumXy8kt2y0xGXrdbe0nbGgInwCQNncGlH2ana50mYPXat0aS/juAhwqJH34LcarKksMRlDpmMKXjiMY5Zjbe2awndRzV7I4IpnYc4ZzOdw4gWtiHJCZr/d86a4uhqKNItd2V35QhyvNYbkLeN9hSf2pl6WquSImxI24QtD+Vw8PtH9zy+/kiNhtLa5vDzaEu/viXWrgtGb1qH98b4//xNLrrvJsYvrYR5COqMd3lExxjpK3XJ17pZVd4490INArlBE2aFxC5eiV+kAU4JPn8UhUEOLEg42UMwYbdjEmnhMAGgnzKz0TsUtD2VQ4FACzf2xoAYGcAdo+y3VYdeTE6MwP3Hz/9tpf/RSfoZA3g2P8A1h0gugOgL4cDGNmTtW2arDq/CbxEmvY5Tw/oGtp1YcM8y/k8HWkukKrZRviMSYLGUxgruZWJGzX47N0RPqRKR22E/SbnCvd51so00bQXxw21jmXMTzbrpuiINR7jdmGGkVrTauwEMwj9S8g6XiGJGlJgh/4bh3klJBhSinuCgEw1YAkiMtURZkyLeEzhXBZpbkBTJGTqhmvqvHHJm2VnKC2eYjIzdU+l1CwmKVM9trN5ZDahO5P5KKbMGI8RdE0IBFTTn6ff2cj9UbLWOKYkkU7LNN00duqm8VPA0+9UQR6/j0OmfXSXD24j0Mm0BFXPtGSnyny9T4QRnjuT/IJleEoiSmFP8VTFg3/2knWFdfQG2wtp+sVaf4on2cRJ/raVdToMd/X9X9HWhIF1beVlgSn3REwmWeS1SCtX9AoErkVHsPl4BgKqVUrLslWzfHwKONAsiLpEA6dIX8i2cMnu+t5HHuC4QoJhbJG1zil4YXDTe2vsFqKerw9uje8+QCZ/n1NKB6B0b+LtSzv6xWyzS8oCHg4Vyl9TSz18OCkcQBeE3PYRAiYkSsXkG+sFe9UQ6/H3cBzgIHoleSkrJTVNfhh0GRqrsq6AU8X3F2/EsQ3z/8OLT/UBQrJP6rX99pi+qRd+tBo1uN9i2SauLybYDBddT0mTWMwxwr/gUUPv/n1u43pfjvJW8xtkG+9fZoeX+/KsDf9UwCv+U/x+Hfi/rvbQGaXSdlL9BOs3OfkCVtXgmzjmRchvyU8Hx70IAZc5cttdv13OF7Tqe/rdKZMO60m/Vbn8NF4lJEYObzwoFBVFthXmyCfkksU2E3TJ5QeP/ek73e7wH+hXt+pP2eW3Y/K6xGJKf5eFVcR4QxGaEQ3/N4feiAmXqzxCBOrJI/TiudxqUAh71EsfiVofphmPIYlxhMvjBEeSilK4w6krGB3KQwuRK2Pqz/AwT3EaDVkZcqnqpjtF6AYhUD3oQYKNo+tQxqG+V+ucBv6ICaYYkXYjd9kSANo73A3/BxMokH2jZxA9x0dRIJBH721GrjVHWlB8RHpcBoCLai+4coR1DVwfMCRLoclA4BHUrEkg7wmh19KOOUcbslZfU901fR5kFl7z3TS96eW3m9lHjJEJKB5x2X1kPZxMGLm8UdBg2NuwkfeEMW8eHJQqsGUU4IxMstmb3Ldz+zyP8nSC+GIWDrnK8YgAl1iwfYRg+Xf+fWlBZJYHXUpcEbQzDGecFfZkw1sQPimL7zhTdcNtnRe6i3UqX20lX8a0LuxAaJ6G43ahto1Kkz0UjhjZf7T7h7oRdMU1nb/Rz6SJ3/nMlvXZNzljJf/BHzy3je5unA9Dou7FR+qXJvPSZwoP4o0F7WZU1/HYzVa+FOJVhrcRyh7GDaWLKuYtl3FgypIqqXgjAMumNaXQxiTJaHD4cY58lKcI6tAwqtCEGZmR9WB+r4OxkueLJN2JPQScJLrEf8slbd8n2cTQ7VJBI/TPveyMiBnL4SPalVPGlzczO5cC75WgS9KxcwTPxVGU6/S7K/KPiytqP5c+q5sKzu/4CLTXone+OHZrLArdjm6Ukex/MCYrim2Gi66nlklW/tY5Rz9shQnMGO5zRLVNsDwGe8qIGxgWJwD5k/ik5Z+6fpOKL3uPhgDaSwUek6AurZI86mMBVnE7wZYlRgcbC0Vtj3nR9kC9qrCnx9UGgSNTjbKxrYHcLkqLB2LuNjU2PDCvYeNFFi/QboIiFZsKG6pR1JRtH6J+NQE2HP+8vtd3dPE/sD955Km4gVUUsNv+b76SEU5OE2rDyhkxbbJkHgWC8oBjanhAW/xSnyaAsNrHSw68gMcfRn4LkH1wU0G214+svPyJgJP/RpzRGD+OhZZPVxpmLw+XFBA4hNIW2GN/UgtT/GWwgO8+MODqe+310tGTtxM3aEtjBsmbAk4Y81oGV0qNUBSGxwhiqxTJ2EB2Qz9XkGKxtg5I0dhVaNrCKjs8Db1ESHZ/XWdi6o2ari3W1wkq/6/EvK/0H0VcA2enDMLcIOYU8J/2xz4xsW7sz/aN66ek2S1DSFKPVSMg1htVKz4ZBIv6vYxS/ipDlc2nbej7dDuLMFB2P2e7Kvk1/4C9K6o5sI/r8hYx33oXpi1HM2FzmO/pfIdhW9lzYplkKcP+ks6mJCjnXEnGYaF8/uO17W4wPn8asj9iAD3SMzcWQDq25FmYjU7q1fHUcGZFwJm5RU6zOpBE3ndj29fe9yr37WB8KORu+pIMdnNNspweNLvF2dPrsLDaYmCu8jG4fQ2PwYUZfQ+QwZpVyGxklX2eWF7C95tcl32Tvi4li2WWGQUnKvchLZOocz9PwwMPCL9JgIX7BwaTNCFHW4vCXCoW8Q6+qMHIvb8l9y5CMPMzza+9kYSZG21fzLeNEVSEejN0XMUZzN6+etuNez/NYPKhQlmc34mwMok4ofPS8zVaFZW5uQbNjYZV+jEsZHewVrgBSq3WRvonrKiyEzmlq++fvQm64gDnGMuIeoO9BxHublwtumxKkNAdNnM8USc/lvg3kO8vNLmyapTCMICb4hM3jZ9VOy51QcSVs6/4NQsbrslSKlQJmqkQXeAyemcVjA3S1X1odXLa3owItIaP1mkk/tE0I9HJnkj1ovSi/oYSfom+yyCPlqEz+vT7kfa93JFxd51YPn0XrEkvH/dKh1wqL5EqTB5nGUvvdHR3JX38QuKzy+AfgC3BM3xUpXMDNb9ovF6IBdvg6A4d8EsWetfx5CT34TeGaBH/stj2s5QcdGIAbbiNGw9b+8oUixEHecSj4E3O3UxMRzbMEyqcaE62Sh/pioF5emgeGrO82bxXzQs+Gd/JTzYEBovCXU4hKIJKmcjcKMsjjLGUgicH7BH3IXym1sRajoge39BVwGUEnbxBUfHjLxtDt36wsjsKPxApBgen+JrCze532xbtqcK/zLoX1OFkcMUr6gskgXms6bl4P+hGkwnilFm3vJOnac/8Gqe7mo8lFkDLcK7Hcf8WgsoyS7MpAb4l9QUb5Xck4zxBhJjFgGdSwNseBJw/KYx6XjGB4grktbSQ2xSCTBNV3uy+ErldDvIp55Fj5WSSN/pLf7+wPVn0b8ceszHj4nSEdhpbjItNW3go3pZ80ocjRaLnjBAHhGfSg+P2KPsyZ2/2+Jnw68raQUime8ON/wbSuY1TwKmu5j91t3v2+khRCtbC5tO3wSaSDMrb7LiGSTYhGMTfWXy7nUJPnswzEb4pZuOkOp4MAEOEKJu9CpioDd0f7cACFFS1wOrqAbna1d+HqiaKlFBU50/hCLjm01J3NI2jGDvITgiozhLheT5dJX8c7xCOqZgcB6RujeDcS1fwg4dc51cplBRIa6hlv6BGJVtHlZESqLx/Oa2LfIsaBXXxB0kSND2iXFJE8wQEm1qeT2T0drWiFCcdXl8tgqlmdGAw1CS/StSuK15RYjYTxRHFGWVvomsbb/lkSuquk0JUUby2+A0j5fQSY1RMDY8g9UrThNtJ3clmwASFs55/aakstAxtKRI+Ijb1o4ADcWoqL9GcnDsNTc+ZhGIIadUeWd2FGRvCyzcnPaxUVGt+H9XkciFfQhTD4r6ZvSXImf+STaxGF9RqWxtEarN7LIFgeGl6sVrRcaiCSieQJMW7EVCK2yTHQieF0JL8tzrIJCNOMOFmC47il4VODEA8z+Ath6gF0gJdVgH0WDVdnrzY0CBB5OEeEYaztkfmikMhtT6vbXTvXacyNxYC4uxiciYhyreFG7Ft0vCxeaF9eVdsZSANiXTu5bchN3GZhpCniS0S8OkBYSUsOSrG3zgJSGWkFeKI3uqCUAmBnbhTX2D9zWxJBfmoCeas/SC+/3l+fTZ7UaL7U6PuR99Z3Q8F8zzu10tB6Wl2/S5Tc3n1q4Pi7EtlfF6FCuwvRlN5PSEyB71s7in+/mbE/JakBVTCtNV8qU2so5IamNEfjBH6qC90IAQk6BHpIJB4i5b+dcIg3S8Mt0bb/7enFn+6Ls7J354Hx774sf2X1yShiLuCo28/5TAOrPbaJbhnwiT17NpQwCS6/qiXiJsZc97J+a/zkwdRMiQUKrDvq40SSIl5/sBydDakki1u18VOkYTuuUBLRF5UdEiCnWoQXJYsNtYTZBGCougPKcrlOEChPwti7Vc5Ak/wkeZVQRvjEhIIO5FTGjOBlrD7rUxeP/KqnS+VGEkXJlf3gJALH0TqI+7CcaM++jIUQoP7MEUzIf5j1dH9QgmK7aszSPYzv+YxAWKfzFV51QZGrZOTsiMybLPr/hvc0qjqsJk/eUyCSKCrQxiLIDaOtA55scnfd+FP7Z/d+sNiQe9QTVEglhkbZNLp+N2EG1MikJH6h1NLBq5XOZ3GNf6KlkXbF0X+mhaF0jPoqOp/IgC8/PzXrigHk2qTkRCjS138OUBwUu02DcPTscATVEw64o1JTh5AuVRRY5hlbWnXKqpr+ylhlEFjQcL0gkXwTg2jKN5Vop/afVHdaF0qA/+/dW8c6z52QsEBbj6t77ZKSF/80K8yHQZzTJfaw+WnlhZ9rXIP6oUdt4yBevuBTGyjzrxBTarhhPv/IE6OwAfDS0nAEyKXLu691ZMJWbPuFf0PcBzx0bJOiXm2cg53J+ebg8v3hV90eEIUe532jGUgWsESTA+4GJJWu4xdllnYk8P5HwF2VS6iJgyyXuarGVv/A3zMUDD6KU29Vgs2oFUPG2c0BeiWcfC1Ff3/5wxpYAVFDJLtPzcuZPuZtX1AyQqWspxx5GFl5cvg5WsbTRUiC3ZLXUF1bZFCEsHVXwqbRRMLgB02e4wP+mUrOu+JUml2MxAYy8tgULAThFVkcf7yNR/nPbLM4faoYViKvvxOF0lf4jHJhCP1k1+Cd07W6IcYlHG45B08cxeQNi6Z3ZjyC2kJDGCE9gHc6KuzhEhxLUxXm1dkd8OtPELbplbZ80nnJSKxU+tcHjmXg8QkF+jNk/qmSiVEaxAM6TuvmfMUYGb5gfKFi9/QnVkGLvV2Lum/B5al5Isl1cFcmfhwFc6jehPKXb3XhcuOtUvpwpMErEdkxjUNh49TCk3Rm09lXPbkgvWyfebyxK5O1wwb+6U57V3Maft9cK/9Q93nEoq0rWXWp6rSvV8aHqAjXp3n++4RXIXpP7q1/b2/Va4lKF9/65qZj6ND+/zTdQ8t8nwr/xkam1jVwWpV20RaUiXnB8hd+y1tmvEM2imNsxJbDKir2kg5eOqVf9RqfnAb1ysrqc0WZ14/N1D5qa25DSUia9oualj1P+yc2wnh5ebHvEV4giXJpcFZnJJJuJpEAa7tYb6YEEjuzZvtzwM2CFv8dlP51vk0TH/r+uY9uRwx/hz/07Ij9179usB6fQ4HkbLlY8BMmRv0HX+DD/ZdyGLXzTkFvCGkoCMc5pcPW8tKn30PTvv3DXpm4ZiXfztIG/TeiI/aGBfNh/Pxm+i8Jz8pvKujkJs8Ovy6xH/1/nxb766i0564Dxuo9JWEH68rkKXptcVbHiU/VbwTiog7G+Tbt1MUiw0lUi/uZvBGXeNt6rftQnXf3iCabwZlF11PSZNYzJHBsSfOTTKBaptjovskbFps/ZRw/+UG2e3EzOIkf7g5zO3bdh5vwdpOSeSZcJzB5ndPp1mdG/DNw/koFeVic46BJY2ddBWW1RRytoZr03THP2Ld8QyqrdjzuBW2CFt3Nj4hzMzUO7q52R5K1vQVxnN89eqInXThXnEqNYq0RvTxta0vt4z7yj3RN8cbJgWT/G2VvaAdQgtPpwhgWgHTkX1rX4k3i/Oi8z1nfjtg12pLBAzSt8b7tmqzcXjglEChgwzzkrYX7KOLFSlLYcv3ZX5+W4JssqpbvsJWrkRK+Uftx2kCV1aQAdq2pZEMKLEwG+y0fBPez3vaxdpK0K2TB7Ss6E1H1v5skIQDjfSDkMuT94o0VX10UE342shNxDydfIuyb/uG3JL5r2LBR1sS4Wzuaz6IdoqAUxZyw1vhFW+jLQ2+JXh2ja10gEeo1UFhvQcDca77yfMYg4Pxz4b9e2aRf8fflwb0irp0tbHsu/QFMqxfeFt5EWp3qTZc/3PQ9K+PIcc18Q/tDOxsCi3ef17MV37eQKZKmvIHg+8tUQrpa4ucyhxqWyd+DLNtzTSFiSi5p9H4UjdDSWihEd1pg5OlOAtV+eQ8wDgXHdPv5O/tnRMgtYN89Tk46zQWHxOfC0U/O/SKqs4UZLRtwXdGff6K8kGNDeaKhKT8LY1092T31N2kpH4wXX1g0Mcw8sjAjgyM90PWfoQcO4NyWXQFsyPpMlfhl4UpXYxYN5cdELoE4ozqEp5acpDiOnt2quuCN9KccvFDdBhDUNcF/NIdQLYkTB42Yg85Q9lR1RGkUXb+yvev34dFNi1EiNMIwi3dxRaL8CPsn5BE0Xkd0GjdSWLFusmnbP2FdqtNWrbTW1VpWc9IX/zVfJ6Eqk8WNenW6R+P0cD6cjRWmbWQau8yJWK4xHgEugl1YTvzcDS859zUoOqc90DxMxNKu+mM3C/e4jBfNeOUeNqXhtzzI043IFpIvQrCfUiQ69U0L8EvH1jOYTBD9sfX48c62dJn9qP/sQ9988S2Af6x+SOx/tkJA3CBcQRYbi9W6x+oWqvw2VFY+5tb/RTGpRKwR7zjeEDMGSSuz0nd5pUBQnr9neCMbsZip8b77IzRHMAFvK8RbzAXY+6iOcO24EVM/+BKD7mMJzLMPqFDaZYpBe10GbqgryHLF+tctw+Fo0URGbELIQ/L28POr5i1OQ4Y348LB2tj5YSH/eQAxz2yR1f1AUlA2JYr4KOoAh/vpIcwtC5v5+En+ClUGHmwKnTKvxxhZeeWNNzHUaH+2OLePrYsYXswccdHYgw6jmKgXQZIutvfTqb7fSLnloI5cqQ8XvZRD5kGTeUo06vKr86TvNOU024OleV4jwfM3ohGclkrBhToxLiDnpdqFVF2TniksSGWmskVrsS5zp6+surx6o8Xtjw6Tvcq1h6jP1bI9IWMxmIrMQhb64ZAC+o9rCvTv8ZZR+dcR8pTLFFTmsHecrNxExkQMRUcKxjFvfw33p5HLzLjLoCxDZ7D9MwPXfylMw7J++AYASZfwwFEwlWHak0reTA2rPSjhiTVvBYj3PKyFilkHWbUG2yYXELPWI7kEFe/D/5Y5VnOr5WKwX7XOGkCcQOcl32GqUz5nzmjyWtA3175IRmu24eaC9DfBnjizlDe/sI/BNTNYcB9i3FkJmkX7tqULbZhdCgWq0RfbOV7P0pDTCLPOwA1bBGH9fGXYbeXw7dhnNU6RDYNhu6c2GRsbl+XEYff1nzBxNDDg8r5T/uBCrDHgeGxSy9QM+Ixj41Y/zvnpPUXkGWzf8TuybBVDD421yNZ85iUuLCxbS+IAYyaLNtqfXDlfwQOA+oiV+1y+TGvHg/ZePLLu0GiCOZ/+gXB8Mdv22dC9tf2s5K//ZbjaPNEjrhAHCK7kVIWxL+GSgy+p3HyPb7cziH+bblnVpHQfSuPZHnP19/30/QCMzli+efFtuf0XIwFJkEBasswc7fhlFAnMtB91Vi9kbO/h4wzUp9JWyntYgib2prFp4HTNIdEsKKj+XSK2lXNJiw6wxNbF5QwlVyA7Y0+V5yPGOnQ9la7yObuqeDPMflQtGUOqFhIL6xaWczQPp9DNp894NTD49hKwtsD+6HrlnkOTmHDHVlFXu3uHuO9uHKRrBWQhZ/dA5CoIScgjWytEcY9oNAk2KSN2lbURtJVcHtCjSJtCgyTFBq+WrmK6nNgKiJgJwwn+7/O8xaAyqmQwROpozun4wOWLVUzQxd02orMIc5MYKPnDJ1CIaCBo+fnAGnd2fTobJ/pHNIBw3Wy8rPe0EwLzqYWQH8t2PaubQr2R+xMmbcwA7PWL4vSf1x8WG3ey3DfBKYMfNKBBFjzJ6Mfv6q/ZMmp0w50008OXy0LPvOCKhmymb+UZY9mHlWdJXyuYZGbTeeU6yDx4Up8gmoFwYmcHp5DQTU5fWrCczkKLiXK71HQREWW4C5cpWHoolYU9klGlcGl3w4S7aMx+zRsof+9lZSjTKe8mTsBD5wYew05edxc+Je8lypFFHtjov5ULKCnWEvPs+Bz063LMCJP3hGKVOMxgt+qZSM9g/LztZcxuouq8xF5LYLCYcAoRBa3U4zRt7KyqoSRVgbFbIssdstfn/hXxNn9N0qDO60Wetx9BYVU7V2TByn/luC9qotTKKAMMgsHvPJJFWz3G/kbReoayxOUNRXK5k9QVDNKiV9lBBX0OpODgqnPA6pUftQsyocPbC7G3hF1eQyDMUKT6OrbDTXnCWLJUKJC7LgaXbHNAmdA74ZifYZSsBK/YjuJX5kHoqvPLnQqKT/p+MZPpNl2y9t8QoxN/pDmFrmKA7wi6Ttnh4dxJuEAEDrt95xapedgZiSA50Z5KH7lL0ThLAbNHDptv6CglyBxjWMWvE6M/mtpl7D6nItAzaWWBLKp3oPOw8Qo9DTpnM1AQ0VZTIjMsW5fdItiGI/EUf0slK1gSaF8TJINvT3zQ94xmv5g0XSJI1g0PJL+h+R+QKZhE51J6v6AqEwiDKpEgrNPCB3ULDfK6WQKWLcJ0iAQGqrbnU1UVdy99YNlhgQLo2/8KIqw2+pmJama5ZQU/+aoEkCIT1R24GjyOHAtFu2bHS+ZBrCMWzEU6vkFVEYExkxmAxT4TbVkLk0MqXcV1az18T5Nf91sVOfZVufaNET1CIph7e0Hgh+HZTWCkWNgsKJLTBStCGHacnSjVuLWmOg1otgEgGwEOm16PUPDKGaJOVqXkuIIldRyhegZmSQ2anWwnbuGJkJcz8uhUV10aM7PxA9skvcTBDIfIhgitbnDwqlgCEnPrAM6ZyLcuLXIo7P0pjgZOJTRMpy+/zSiK8BXemujvRnLHRgT9s4mR7Je5tdRu6nvTDAKjC99rBgXNO+gyIjKoYC0DyQGD7GYz875s+8t4qicCjI+hpLncTnOwyayAQ1532jWZNxtsoyNYY1HEf6tZXI3DiqO8NZv2buGe8WkyBsZnZMUd1veUbI4oCcbw5vBYfZdhfQ3SxrbFPzf8jj+68bxM9MoqOlSX3T3gRIK+wv/TLDJVe+zlEt1RoEiBhei+YZqL5Zk5/ENr71Mm29OAkR/fU8cLg0h4Ab9xE7Qec4oJYTBAUIK4i4TmHaoCVtfM8yZ4OkFASkHBw05+vUwZ86SYZTV94JhjTTnQogGjrUu6RSAENUN/lRXLB4b/ZZ5G1mWiAJPKZU6ezLA/ubvYtz8M++QPxN1YNuqoUi/fnhaAgLzLJyB/+1HK+oZVI8irkLkZKQT7w5CQ2gEX4Af1fZA8N1vE+fxxfT1IRqCz3Nt24HhLZsTGIItuWXw/7xvohIPQx/bTTlX+eTJ5fWPNrHXts2N+teIIyxc01fdjgCzo2NQ0o+VVsIbsbJP9QewpKCu9bprEZqF0PTvwhCYffn2j68jJmD6Iw3ahaCGUopfTxH2+2ljJqKfRus594NT/q/azLUfrOcrK+e5Qfv6yZV6NVI/EPUe9YXr7DMD/ienDZfTDktfQEYAK52nuBsKREM3r3JpD+StVC5yJ4ZLx6H25TT5e30B5Xmd8OZDCc5TR/5ytPfgSYwc49dKiOjpRMRxO1h5etqhZIwLw4kI8rDTC+Vih+lwdYpj3n8jI0/F6eDHEQjcKB9bUzYU+o06vad9YmfTGLAwzueqnZGKq3G4XBi/zxDmpZAryGJSAZjd3NRdY+mrOLt2oNJiVf6NtqcSKHZpRAbWKvmNV+yM7sJKIVdKXzZrF2WDiz5E8aJBb42NrBhTsQaPPUmvXqAqJ5YAilYbzuSyDjOmlWufMyGTLZcf0zFwAY6pOhvosBLGVAGKqoi4UZ6i9d31Shud6I5JY81ciy0qPVNN4O0HRnZhpbJgyVnEFBVWA7ENMYYh1SaWddIUnjCGWGMduB/6lUX22TSwF9tUedRAv47UAx8jTTdhYL81s9nUnVwnN/T7cUTnVNHNgiFKtXdTmy/kGmI9C5rcNAHJcr94c8Ez0KI+kSkYBCKfSrEe8SuQNCpDi0JGkCzyv+n30IyZQYN4p3ERMBhHO/XlzuSDfRTV+hBJKOLm1SL4dejb/Hfw9XMBKaVUiICVa1rz3mslmfJpyMIkDhOmDInQez6Wwg0UwOU6UsKPG+ozPqta6CQa0gAzld1y1Dqj8MtX+osZUkPnspVpEDJCDydU+SfdJLkBXXS3dR3gZlt511UJOuijKBZyZ85gLp+mPCO+vlN/Pi9XzVEQNQklmlrszK83/kHZsj6NpgjNsmfGBjqIA48Yj92/43XTZzf+TdwMmAa/sc0X+EccrGmElmbvZbUNnCC4962RtfGkRQXHPGFvlXVxch67Qf0bIXuWhirn7pMfCO9SZiXtsB1MQwhVynKiOTDNHVBrGUNMwSvmJXUUIN1CR9APlFdK7xRBVVbsuXDBKhs4rlDexQJHSr9pOpbG9LDCSYfu/FWAvLRK7+7cWK1uwMOyT3cnhu8MaWFlM/hVRzaEtSUlwI4v8pGwVttGdgTyyhH+PsiF3uLoUQwfG46FfQg7tSieDsw9AnegiU4cWEP7RKfugJ4HN7L3z73J3Wjeq2yGfcL2r3Lmu0sa3j9DFLyx0/CH0r7BUWMe9gt+Tk45FOsljUfJfGvjnDNQeUQ5JpV5CTTNqn1FKZOxtsfoUuTpX7yozmSqE+6ukyhl9m+oKZVSrDTIBnMlUqq8FJXBuGnaasx5j225oTM1FyjdO0qZcZk542zr/NQmjk9BuyYUYGbDMLGeMV9hPKDHr3qC2YJH5Y5HsjYjuhv1v/atXclUaISCeOMwYs/vWGZ5zT5+iwX+Yqv0oEHyejhwqO1ENABeCZxbZ7xjV3RZiA6pt9JqRT+tnblOU1oQDi6x7D9O7ShmuVyNM3625vUbefG7Vd28WiRdQxtIyYhq+HdTEBetOAFGJyqLSiH+v9Z0gcwPhAtIEkhLLgWZ0o7mnD8eeWnIAcEePx+ZUmpXAbiLA5XTHxjLS3b6A33PzFa2ax8lEiQnbRO/QPj3cIpDSorgWzUnP4ULpdnq9kTVqqx2VHygrmkzCwNZJFHQTvNj7HDrkQBomKnQ8D/wBwntBZ4HWqxhxSXwsN9RY8rDrcUAsW8CIVSWDmh9gpV+aaEs4q2Y3hPxOu7lcvLH2lm22DsG9ZDeTqlSlBtVmaHoZxAxZtlHxQ8fgTtWJHDOBTc0LiaPUXecEp2MKv4j3lvOoZty/Qb7TYBhMv7TqbciKCHf3Nw3H7ll1wkv23DVrRrT02eVEM17dTjLtfXou6S1K/5MjCN8rMq3ZgaqbkjvKvxb1FxkuDkHaqMmyNKhteA6HQx5ATtnfkjZnjnktAUr41Q2lajASBxWMLy+8h99WeYXhAsz6MzcUv7DqWI9Y+PbkhbjXE36yYUquo0SiS8wgrNwiWp19VE9acFrkR8jV5tlIkpiOV6hCqP+IieUsXBDjfvndYlMCzSEvQnP3b/RGadhtUwd/R4dMdn6/E/MuSQ0RgDJDzEDPbXKferMoSOH658exh/uZ87EKHzUZUn0j7vnJdHSf/UZThsn0vsgllFw+lLP2NPa95+YMo1p6GAXxys6IiTupXBUrpRRja4ERuUhpC6FDUca5m+F3hISLRj5KPgDblccr9CcbSCO/A5osPItiHhfPZyVOJrusF2imP9hyiUHKCk2VEZZsFjAuHZ+vewjosstUZPh4UPiI/vqfze/VOuUyJlfAfacZqVE28Oggq5/H8AkVm+96hnPlCD0nfQh3/Lmywvs0GDkFgiyKHaYhb8b8gW45SlY3k/NWaXqkxWV3SY/Dwk7Y5hqVlLv76DR9I9RgJhmZzw3jcVd8zKrEIHekqYGQwW5f/36hEOnNbVMVyotMaBj1icXLPyUYK4ISAUz/NFEd88lGPedcjnvbLvzxxPkZUTGMcQzcsmwO2LjGNHl48TtncGGX9YoBFMfuXaXarZLFfF2Lu24dSuZ3pNifWKbj0ID21lE8spftF4oRyEliCXxVB/0zW20r2wcJIZFtBIQAyGR3sQhYO0F1UG8Iau49hNDkizu0b6axofuzJ+qgm4UGMbG38c3lqIhoXyBQ2iY831VqnX2pVqx2Y+m7CPEpRL5WayGfobzuEaKaDb0EcP4muErkPoIUhz/LrsjK8RKEeEItIr8T1gbBcBC4RpgPn3OlcGmalSKWp8d8hhfGl5YP2wvKitHlIFeAs72bkIMlHDiaT29jexBlelGJZxFmRkwZVQhPn3P38Hznqa30yrERue0lGBr8A8pguCOvFE9fDoT/KjqSQ9KP2JzgtC4/E7LZHrBekg3SjXPBBPDrNI+k0b1WMSKAkO2OKA+1n6TAwhTcfn7d7PEIAXymTZhbBMiUvTRMRemoN2tGaX5CS5TVipzrE8/EtWFLolouaybwJlc8ZAmvHheAenv8nyANxGot++f/IWuz0kWOCuRXByZY+t4l2VhtrI78eoEBWQbA3mJltQkDo4b5u4Td1oVWi16s2R1WUh985Y0QzxHqZzEpJeaawFs9NASX2IrDBiqUOYIqVeVVF/gDQBMzzRDK3ijw4/nsh+3pbUgGaPlFD/DZflKWPKF1ZaZlpwJYoTPEEPbkYHNSJVdIxjDMb0g/R60DcAHlsRZjI487QprVxDsdnoaYmI860zCFTK7vqrpF0hW8in0/5YVWB4dRZTem6riaTpXP8VBe/txwCL+IeKsTMtX40qzrQn9uSMnVfkjKIbDyZbuH/zybvNRyKAArkwShlrLMutMiMVRAMhwhTjrPAYOVyHhCvTZJ0wXm7DA6v+svR0nBvj7UaPga3wJTfeB4vtiq1cBs76ZlXDiGXVfeBJ0iFrqY1zjppvKyl8tGQxdQIff85sZZ2MX6oh6fkWph4SMKC+9bPx/t/lF0OwY9gh7hi1ThYcsBKnd7VFUAp0Y+ZUVbxXmXigxQhWMm0IE4gjMAZUlqdyYAhuGuo5mCBQhcmS0Re1sPxI1kKbsTuRgivxgjKx0riyXHGuZsHooKbk211VreDYSPVBJwL/8i3DY3vqaPiwbXKrYh+FXXk2EZo3oYiC06R5uoepkFeD7qoxpZHc9j0BhyIBGNSrbDmEPxU7wkYLYi490w5y/JWk+Q51GPSIsxjbAjJmTrVkOnXmfoGkObcJD+SCwAByoWxjmBXJGHcWMn7yevzJaQI3h/uYhwvCiFnBHdV6ZlWAAMKrAwHO58K80XzbaCxrGTX4HjUVVTVgjJXiBZx8biIHFCMlRUNdoKXTyRoTo5ENAPSXMWI/cRJCFffTxksvswdeIVACIo07Mg3O7sK0ZH3OrVTtQB3W3W3vYU+GYKKGM2IfAFTgWGbiqIHj7S0ROICDi2jEhoV5XVHuIkMkw6u/Pmp5G7BPybF4JXTjQ8kebAOGXGWlfLGRRa9+i2HCgKrblksZsaPiljMIW6uCvL+YGBaFFkmwiDLGhgQzBtmwIfu2bbEDyAlPCaYiAMXVBDbiC8mZLuShRROBX0CIJgnVPPhOeAhr9udmP3tz8eAVLJ36mwRLN7hKeB+hzNjYYhM0GXqWy/Vdo/XKUtvCaqU+QVKi3nKts/c6YiA6PrBeNef1Uod7PMTX2mgZ4xXjqi9LwKgjowxO4q3lbI7oeua76qAfEFrYCIXo9YyfSCMvg5ZnW4Mig1S1vpW6Oenp0tiD0KRqSzAFxVpVLrE0uAqFKogqLfymmPddKGS1WCZYhcHGQGhYBaEcLqm6nBCMkSo7/ujq3hxdNoz8Z7rw3N0Z41R+F65cVrXTAIPiNzsG1V/nWh07eX2KTYL7QR8TCrR5A6dtKMxik8VHJDHUkc6xRmlNKJjieWFCQg/QURryw7qboIxlVaj/CTnVDYDmtK7aD/NAO8vZXi/VebzwlRV+aBE+iS6z6qI0cy0THo5ua4MVTF5W+1pkMuvoZ1CAyt0V8VjyD7hMW/pXYvw/0Eg9t8G2nscegEnW7k7IG03RtZ4WQxrkgigPmIfsQBsT7n7ppRw4dqSzEb9AflV/ar4CakDgE3GIgt0DzTrcYKj6lKB33foFgnuJYOPkEFtTGd44BbaOY2yYZjGt3c4wML3XNtlwbU8l2NfiWh6PvTjuTTFD8pIqqCU7vNp67SLGcRbCs2u0NoC6CZKnQS6T0ouqQXLpqJ3dN1s0ulMicsOjelJ0RtBKwrrFMFqp2Z9vQrlokO2HhyPFXcoOJUTIcnvCOHx3GHMmYutTobHneORApbudSqAuiAw+yJEzszJlronpkNRm7FtYCMLWYavOtMBQfTzs8veU6cbFs0HjyTC4pU213RPbUbtPhlpLi1VX1kKUB3bMESSBhgh3VrV7B0kDGzmo2anaXtChhDXbU5CS/wTQlvRivmqakfXiGOvzVVNJwpf/lUk9G6jIlN6GrZrPPpmDcpFjoAhkuf/YXwWX04N0HPPnGOTDlOEcU3cMk1Fr/Ig49SF5ol6sH0Qkyr2+oyjeNYj6hvsojJTFak3tNqHUtKZ2izykdkXockrO80JXCJtCtStBHUSf17sKg1Hgtr2GSV8TNlyglDyCA54n5mQmIjHbE+5EGSNMHWLXhxUP1ddyZYvG8SoyA8eD1UnnLORMH+mTBMyObaR0yehsc4Xn5egvxT2k4sTnAry/X7+mqn84Pke+8CfuD6ezxu//Q0oaoNE0oBwLydy11S7s6fUevbaUNJCg8nnabjsA491Umqe8P+Be9o338g48kH7xxtZMzFdAxePFk/o+FgC+f7Dc2FCObwoDPyg7T4lYTSZuPPRM7lR6Oo96ebAP6LbBA9HrgdbPWDgsLPkAs5EIBnHNYEVjXrF1o5zNqXqEFY8ajIqpyONK9lzwe2Mfa74kpRABAFV6nqbidl8q9EhYekacGjBOEDAlMoAPqLuA9OB3/VFo7gKvtMhT5yFuTh8aHEL/CHFE2Ghv8N2B/vJtnDU2ojG0dGiTV3oqgHJ8Jc2JzopaWTVDRxRwiEdhZ+D1rpLDThb2Iii6Av1iOVWL1cmh4Ca0TDlgYjZIU7wQmWmFzEI3tU6ChwMWvy6BsfuBUh/QYyjePab/YQTiKFRGVTfUiCa7qM/HYq7sg4z/egJ4xRBSY3wfDV42RjaroetgntKitzcvxXNytIphjVLy5mS2PSx24AzcEhC+10eTOHg3EFfNr+7WO8BcIpTjg3PWyqSkhXgghGQxg2OBdxUGLjigJ48PGhtI6vx4H4SQ0WYfhyG71elRJLG2DyYHQShbrOMWCeqy3sIlahjPF8ALVvSleILi/XwVgGETB0wAn1FslhCzmBK08qpODTjgZhehf2suEat9p9v4NLc2B8yThmUOktNtlyKO46cIdnxF+x6C80YeWzT4GoGpWagn+OmRSTHbI9oXKvsIz0mHzzhV3Hi/RKDxqqDX0xUruf4jn5PNf13SNQYMUrm4LSkcruW9Q4WR+2XLlnFGI6Or6y+DTACfM+UZKC/XnjeL5Z1LufT+sIXinvVHJp3MQTp/SF+MDr92RXJXbSayibrwYC5mVFv12nCHLtHNqWgVdzzUC6pRB5Ol45KeHf9VP/KRI5RzJmMZwPWrFQaxpg7rlRVrROIZsgGbjlUmvxKm1Ga6s82qFdTMlyyxosgreE6Q6khqR7dnXEseRJGwBMk3sXgE59RWJcBgdO5PticdggpReSjkOA/S6V9lwzeg31+MdSasDGnJFzVJvrpwpzUay0KxuhRbo5nVmXtwSC5N0QrEDQbbaGw8k7up/b73DJ5wUHJY1gezAO/Qxp+1VqVL4FTExfNgeEIpE069FQ/LEWHhus9fToKQok7Cnofp5vBsE/2FLqulbmnB9xK43RXstjie4x9EMgrHycut6KDgKeiSgUCTWYZgYiR1afgijNoST6CNdhYjgCAZwVvvlR2/LVxaTVXuBraq8wxQVX9i81PLgx5bG8FS5MiIwtReOjlTywKYze4tHGor58MPkAzbjZ3LsEHCtXZVDmuVCc6Amz0U8sFHNT1HTKdl8N6rqm13j86OGC5AMyJsbE/WXWCBmiXH64xQi/nba+kKoJ7iDdVW9NJoL7zCIC1Pvf9UjHAbfCxrJETt3MWrf0+mbh3RYCnWAgpXvViU+YjHM9nABpLK/5otW8QmfU69xSpufD9rlrYOl4q04ThzaWpprIfATxBUMWFRthxC0F5UxCtDkmjiNe3o9Mk6ZRFoGFGEo49vrK1A+U513jVOu0uwLy51peDQSz5bC2jgvI1qy2bctBqdSCTW7o4p7xepOrs10LBEX2gsEsPCeRVmx7dxUxkDFk6zKOFxkqXd8HWibMPx7EI8w9XlC35/nxrmVyw+heHtDpzNJKKI06Iu8EpUp18Ks2FlXPkY0Vl2ZR1+RQYydR3/HA6Kk6k7/80BEqWTabyMSLA6zwgry/lzxf5Ne3dTrEpSQOD8PLuw9S7m6ypW9C7+4RuedZI/3TsJQU9xA0ItR51EfCq4Cpx731dXsVlz18QwgBh1zRhe1HKMCbpxIRzujHayC9s7EisMEEuoXXq6dpAj6BbHlmsRotN+6OICWMhvkgo2WoZsAariFz9SGw2DWNY1HPu8KstSVZvhfZFz850sLBUXMqKc9LpO5sn7JUL6vajYsagOqkzxHugG57r062a71Zbtn6MFuhry7zairSDYeUeVKN0aL6D3ejkXD6JPZoyuWoH2oTFHdE1vxWJtpr543LNbH5/p+bXNPR/q6aLBxnGrwvnkjHlTIE3pJe24zR0n8MtwUxwsin0+mVTPjvZvioCI4swOHkOpcV78Yv6Ns1SZRzH8y7a5b7xrMDY68GkR8cmE/YlOa2hjnTzYy6GHH0ACofsyX2GalGd1Gj1Ipg2AnEu49RQimTChkSExpCUz4a3NQwixH7SeLm403a5rtaZFIp+Hc25QxZ9LcWbc7s+x0zm8LmMpSj0/HjeLOD7sKCQqFvPUwHTHWO7tI0fYxLfY2IcY2GR2q9O9Pq5G3aPETFDiZJgHTge8sAPBEAqH/GrzR5O8/CjR7JGEYX0e96wLCk581hUnLflQHk6srzGcCF5gNVQHvon4XZpVLxVAlZbMib7za8PiyQuNL+ZCejk8yE3sy+krqyqYAMh8f7hch+u42kMganseujkabQPS8oQv4z7IptAG7k3UJx9Z6Up4l6suurT9zX4i5sR+CKbllcv1iVIzd7mzPCFmh3eJBsrFMrM1NuIVNrrCrXzz7QVxhIK8bkVWJWNqePjX3nkjdAuXPVTCQZ9ZuL3B34yCpRXYmpssBUh+Pot54StpcMW8u2g04l2EMT7KcU0FfaHDlsksT2oruSP/QVZBMGRm/59fUO6iIdAL9678Xbbdy9eGY5KkREk/M6YgaamgXOnTQdNmI9p5fIRBoOtA0jsKRsvhSAeEzQW7tO2RJV/idV1tcAcsKv0HIY7OU80M3Q0IycZWZDSqFzCUAgsm026QyCqHlAMxmp6HUcXBK0Uz/uLI8ftOitt4PJ/Yy3bIpQS/IdynVFFttKZ+JPoYOV2s66kxZWD+vDIJx7k9qhLTWrBPcEt8hXiu0z6RXXYRDhax9Nzlm4cprIEvVTUuV1gFi7zZxSyrOoK8/6Nqypaq1ea1amxXs+0HgRgSqHi3FfWgH3KJNIMJCJqBsFwlynpPy+Do0HcluiHBam0Q5sB2fNCtZmfyi4x15QKYj6hi6HUWH3M+MNS2BaoWIZhloDRBAfKGvifTAhN6qvPBjeFufpzBuiTVp6OlLu3mMG189o/8faDTTHjSDtaenrSpeFYAMN7mF3+7BrfnuZwo6MHYMrlUSo+S9LImAAOpp3p4f4oVtDIAut43OR4mfkx/VF2o32h94I7ZU6PkUkf2Z9xoi63A4NKOMuMOth7Kd7HBMwbVOZKC7pFw2T0i552wN3499fRN300znHg7bcGZAUY0Cmk7k6bfu2+8UEV6PDIY0TuHNL3uIgWxMS9gDO9KVtKBsQpC1iUVE2j12EJ0TM7yDLARwAHB/IJ+74eXvcjjX/vtHjoSBXf9tVQKsB/fyIxbpIPL06WSixQdB0t27Bubp3FLvnfFEkKxtfpAkG4evOHRdeBkiYuJL6eoQOHQZ3NnXo+PnzMZPik/ywspuw/olmu7g18kUiOAHXMW7TXEzh6sbWPPmEBpfRMHArTa9aUPX20Sos+EiTPPsLroE6DAmZsjy/4O5ta6SMSVYrcDC3ZxY/7+Wrw6KFajzTC0i0HySPsAnCbONhtkEcNLQm6dQjKgHn6jvsZusNh+ytnoMO3FpqIpZjJBP826jK/isFl4qgI3e9GXtVQCtLpv7LDetNPydHq72sZ6Joebgxf9WX2geeNbECJPFREepvOlFKJ+2SmJznA3uR5AIpzg7w8TkCVLFeXKNtrNTX8/lJ2wxWgw6gkQt3CAMCsli4wrHI9hSYN2TIMgVFnOROgmIltE1j+iazNo8rq6WR29NLm6CDgMFdPMQKkAjccKO5XfUyDvZ6+jNkyGkmci2rf1Goo1IGlyxzLuVVc64v127z/HKDlKUyUpSNvGJ6bZwEY8P068A22SixknLxu8y/xOrL5yAmMAKwADxDC8FWYj2k5veBmE196zyJcRIjscwR0r7KsqARVfD0Yf1D7K6Xuhb5GPXtgvS53Z7gqf7PMgJOZvNNA0tEB9N0LpAdCYq5Zat6laM9zM7MXp6ffbXxhwpTsw1VcLaXa2kAvEvD3EcBZMOpTyxFeFVatPJTVSsAiAFk5oGsRAE7DaY8zADqqxHtp4yRtjBcigzbVleraOB5+YqzMnCLkq10/RNG6pO1o0a21Zesr4BZz3t3W1GigqB5PMdZ4khWrUXKAzjI+H+xaKX8a6q5Ui+QEakn5icAvS5YlBo91GUL0xtwIrTfDr60zjiBHGbzkkBkrKOOi8wqNeT+zeQjOOZOEhTeirO2FqikxId8eelgM01ob7/ww/meicErp958EPPXVMQmChs744kt/ldWl0en5ANOn8NM5w2yNvZG5ICdX+YyC5SUuzBPtDD1IRqXAUGOs6k96LZeekcOoN99gI0ZbNDaQ/xjaASkssmNp/i1+F5+dty2Mi7uSOUlNrnd0022yiiM5sq3Fc74uIkW6ZZTkg/Bv4NkWAM9j/ReXVjY7x8reTDPwt0i8PdnoVWiQTXdDud3E1pc7+v5BDnLWtm7YR2EqmwkWctUJXhDz594p36a9i3G4amnsBklCqnVX3ElI75+/iw/Ss0MKXf+IdIZ2ENp1IqyOMsp8J9FUpLy6Bwz/bz4VkqDOU1qX4hzaFe9pwpufFbaPLfAO9ty7m/D+vKh2u3smTs5JUFFzRzxPvba3cHRf8kt5debn4eXoNo163cJB+stYSEDiBAHhX5xK0TWQ/4RBBuH8rZ6xku9In1QGG6V6c4vk3qkZ5RSrzrvaKIRM6EBtkse4IS6RC7ruTQ7DGSO7+2PSC59KAZKhXThqkKUSJqUlIzWixXQdXCcmeASwIK27yqZopuoeq8EHYaDDVH6TSknMrAvGhD4o0yJ6T2BJe3BnAdNcPKCY7RdLLS7nNk4NAoVzOIurP0In8DRwCvATixTbtRVfuKk3g3N1ShQ82TWCcRAa7134psnJOauGdYdLMw7VKeC/O+tP2ZFhzDzdmvpgKsSWVi2/HUWnOaGq9Dh0sQCW2AyaHv9hn3Tju64ALYnSdSySkJr0/uaf4yQq4wt5seV88uYklSKtycUbGYZrpBCpCCzV7xXMCwk4vrbbmZRsgYk5ChlJda+9vICa3iC9tcR1/iAoKW4vXMf/tC912lJS9F19z6ppjjl22O8ruNLfhU1IQAz79sMQOIG4ehjCBgApgn+Gk7gZio7aFsmyUB8/ZkIHRGWOu6N9TvTXsuwpf2F7kRYt6xA8/10fioyALTtiXNN3rDMOGjbVx28seK0VSvenRG1q8SX00EMZ+tNZGCMMk7wgiheqIW3omZRrwLMkv/EYmOeI8iZuRFYsot8ssyGHNuM+xlVjDWmkdEt3P/5iX3/cEnMu3r7/ZnNU/AGeBxnuEMz5JeW3ZeKbMdF6hnKMJUPURthRHfu/Z2VNhteD0wP54eYvViHk8n29gBT4VakVwYj2Xt53FY7h9Yfpt+5wh/uJ3SXHj9VOeq4po36dEblMx/6+PJRfkNbrSjjdxNf+Sbv3vXXx3+R+/Cm7PRL03z6hvm0EROTBBqaY0ot5wIz213OrXCilK6zSFfpgnakNFtM0oc59cBNC+NOMSBSSNdiew7mac8wO9c9m6bHjbtyH/Xj2AqRdRFOtur4FgaHV/AnGLs9oGVyKZxpec+RURRH8LHax3Cq/+qaLX7gfpVoXZT462jyju3BRtuAXZw41VMsc3Kq9VuTXmHbbNVQOdDhN+G/C6++Hu1nBdSW2U1ICnavp0GZT5cmf1dlPmSczrw2zZDmazPwAGMZ8dWGDVPbFADE3eDCk1uVab6FpsGFaexig+RZMaUUferu7Yk8UFypSkCwxil2qgzu6R5pw8rBKM2wPwidBN3l6jV1yhTCuTAy0QnS6w36/bhYa4Iw9iJYXglsnr0DRRv0ly4v4okyC9jgafF+pBfiXWECxDGdqcwJJwoo3IeXZA4UBcUa/BBHFPxQYo5a8rKCiUK/13HkOofXSTgKJsvhIhOzaBF0Mce9ya5AihMhImkXtp3PFY4QEiUDbx55YTSJVWhjq4XbpuAcRAlslrEEAz+PodfE9h9UURR49BMS23df8xOHJKDu/XUkUZK/z46ndDwGt1WVmxPgml25UbsuD7d42rYCjvl8bZCc1H5o0URuC3RFxf3x8NGBX8cjbs5ifkgkrGUzNff3+OacgJj9ClgzCTQA+ZakLzzaoYPoQ0uTXDqHuYSWRLKzI4Y07k+eTe/1ttYseL7C2YBjw+LAPPrhsjjVsR/x7u8i4dtlupvfplbcN7fR45xxPHCip/jF6xoYGLZXYiJNnmadIHtuU2LclLJ0ity9weVDQ7tZUANiMsJbjMUp/aivsJCiC8u/6KiizNlI1vSVb7KUhr0Yw5XgHMhH6FCL7l0RLC2yvvkS+KMekeNNG6tBgVqJmkhg/tmiQLTA6M3jJrYx2e3+CrldaKvY9DLBcWSXrw2L4n+K6JF/fnbrYajMF+FfwRurdonkpTs09MrnzROte/1htDuWLXJ73HfSnr3iLqcSCnUy44b8n8H6lKgn1ijjRUOvQeGtetDz9lwrBHcw5OejKbJx0yNka4itLK168ZeWTchZGNa2bEhkxVzRnSOakf/5R4Fi89edt0AsguFo3c1wxrqu1I4hVaLbdwY3XDnHbsZNesJclCGutA2WKu5i/9Iikq6tJQWkmJveJdwiiOHetV31QarvnSHuWGIhr9mqG4x1oti7tuxujVuWdvGXYUb4f7VMTkmt059TdguITzJNR4LCusnM+bg4Lo0kbbk5/kP1z+UWyIoVstltZaTVTgMErcKeQkLG6nW46tdhhYvEGl6cmFpSAQcjEy0hqsfYAMtTkQ+SZ+za7Bmg0kHdXK3ECWXfvyIv+YfsVOLiSzkTi2QsbLM93mDZKw9XvIwjrEZkLKO0ckH5b7WamKAKJQiQS7tWN+Zj8Cmk+RKqpWggX2zcD5vfbvmCLuFKFdTL2ecE8MEQY9lAWynKT1hwlem/IdYSCb8qdqBPjLoNStK5v0syUES1MI/kU1bbb9DslR4bFrJqpdhe+purDxfd2ntnOZpqf4LpV1GO6qY0U7aijLNC1k/voQNOIet/glTeESmj/Phj9B+5I9E1opavwnGMtYfhwlULCXutZ9PNTM4iHFAfoXfJ4av+RlFuNgdlr0EW7iL7ZC/5pNZ1IdAM8Yx4bfBlnEClIaNQl4NuO1PFkvV5Rz5ZPdHfgcZqhEFBA7Q5ORV0BpPfyZKYjkO5nCGiX4hM7z1YD4zx9cuQQTs55vxFXPb07SS6lPrGBy41hPS7VVhLBUA4+jGPb5FJXN0I3VabJUKndh7DKV7yWoUAGrdweeKAxx7Sbutbu4vFK8gnvW2FMwdoUCfLAJY6enkXHO/tl+WkiFTUrPifucORuJoKfNYXr/G76efjygr7y6iiRoRyg4p8GnlCap0RdXjcOS6zBg9U9Q7AGKGyaIJ8N6ZclgIXgGtsvu+zDo2TFN08g3hd6rjF73xuxO3/3GPZojVv//zKKEZnfD1MlMHqficRQTdKB7bOUV7Sh3dXKrrF40sQVwjnabncMcVUZIr1uYdS61fEJxeZ+Dg288c1aB7P9MEy4Idide8veuX4oYfSJcgF2vadMTxU+M+OG6azjdC5PouVtA/VSiBpnEqE0/2LN21H7hCeSdYk7BK2De/94z7RDbnJiQtE+05jtUUNf40WtcjfwMNa6CLsmwQ6Ej0cHW6lSnd+M5LoJJ4MKzuIC1OgsHC8VDq0WDwhbHWQE/+q6Ws3xe8ykDI2FTTYMB755fohHBHLVQd8AWsvYpQFfJCBzmxvMwIDdev0MtOkx/2URMQk9uuiKvsyaElTOBvmWdaRivXcrgEV2M+bxGZ9Q7hOiMqkmLXAK/D2MtDc04d8lqaGBk9aRl69kihOqPwbE+cMSHdCuqBEEx9eOKpxuLJtAXKdJPOZ3SiFf1ELDENZQ334UiG+icFw/KgizcZhAGvlnsGOZpflvcTMlH/EwTVKt9GFCfz3/2BZHx2iYCSdN7HiDUZMQdrKUZ62PoZ2fB7EvJX8tRxv2PPCXOggio77ZwqDgsnZE0CMZnGfIXm8RPAVqWrGqec1q9s+5FKfY1o8eC/FqBllfpNVKffAiHRXVqsnxD2zEjeBc4Mp+NCWHj+IjtyY8LATRNyXZANstv6tz6CizsHqNqTuV4CP9QrEoiViQHcGZoxcFjDMoFFO9uzpoEIEfSTXVom8f7N6HaxwULbMVHUHOy1sMrFv1lvT9eDbXJ9pBco43Yu8z6O+2NfFfBPpZstvAVC1uR7d3YPpp6Eoj/yG9c3JuCVZ91bAze2Y0ROytT9D8o5ehFNf8lwDwD0V6bTnqU+x7lw8yMlQjvNbT4B5/ggaF+RylWXQZZohCiQ4LVQWjVDeEMTm9n5S0pjwpUbryTqTe2NwK+l+qG2M1CUjuyd2KKUa61SELKIJ6DbGOfKTRb5e+L4jeUpBkKNQgJblUypLBdHUPi7yYFpEj9Rx4rAbhBHbHQhONPYjHufdQ6PF9exnOhSOEsps7TykW1zGuOBr5/08FdDIaU2wGxa0cdmduNmfEt2lnShR9G3kiFZ88TDjQx1WEM77SZuKRtYtGnApDSqepG+3RsFMIYvkWuk6EOUO5GnvFuYGaru846jlOXguA9QJaqUUAv/zHPUwhsegoXkLHL9dgyhnh6cXWQsqAmLSgfTiTA2faEAPMFjssfkXiVhjxGtckrJF1suHYQER0r4wN4hoaG1o7G4j8Jxge1ARnJRw1CpcyaaaReDz+f5X5RQV+a392XI70gVCU+eVKq0ppcYl7i+WLFSWKSQV4IfuX6Of8qKfhdDpuAACIOl9ujL9ZcPwFvFAtdcA6cvCQq+4lfzhyC8St6cATVOSWtm6nRwmrywB517CkT6eALQiyu/lc9ZZUqiDoRY+COHRl8mvU4lIjRl5NTpJLJKm25kVuWM3YmqA2Fbxpug1ZK2VTGr2Z5T+xm93SCak1ypCnzV2VONs8+g/xBlYx5Ruiyqq2Vc9HvXYb8bCzjKST3LK5TjDcsLBrCBYs4egcFkQWB5B+wkrfeobCYLQPYzNWOpldmmyYBeouqptxtqv+DUQq/Lte8yv3fLdspXAfvs+o8Us+vdsQhT6IkJWo7VNEZ7bH1Zb7VTp3ZnFhHJgDLC43JfEFOBjCJX+T/DQ2FQy2nsYHurrizABZGJVGu60U5BUGbC5rwRopG+VXClEVyw3sbUQbwt02gpPznemXOqvOkxUEj4mbCu98/pJAUMhYT6JnlyFVxn0OwStW5Gic7U5wjYpNOYozQiTgq3pe0hzV1mwDlijOAddeBZi3iQwTqSJCi+cxegbuqf9N36GmTM+bOfW0+JczcOSUPYMH7rfKoZzIFuCKQMtBsySninPlmxcWJgdkrtrWB2TQ/63dLPbEmdsFtB/xnDJ4fELAupRqCpWYugnCjKiFZH0cQ+uvvLxLAKx4xvJy5wDPCT897tcPoPHzCgLi1f4a509n5NYI3vgeLbWWJQvp7G1R5pugGMBh1V756JZ67QbJrSkUvss3z8UAMa5Pm4SV7bur46ge9kI9VZ6IM8QhcbBw6muaO5X1fHeYeovQhSe0k3BHL9Z4Xke92dV1ONGU8btWx+77URGvAlZL/1p6DpkL0uwpVTlwptP9OXPIj5qdESnvd4Bs8bP9i3//2bZnsEWNQ3wO6UPlp1knHbrZvCYZe2Iy+DQyNNZeCsRG6JLA002gcgEaTuRHGLhl26tSxAMBIKkQbFH7WCiJkYCKVhIx2RgVzOVjllu68+RLnbNMuc/ZcXevceg4ks2rZS5NhHfF3ZbYrwJDPONk9Ss1aiqIuwR1HZmK7Q2kJwf71RJzu1E0nmGoENwgEwxPlPlognbMJjTNMlHkVU6YOaMYC8MZO8P5QYRtvP6DmjMaZDjln7d10MTy9BdcjKKGwW94rWyti7+rq6kdKy2dXr0v2dcyZEl/yZ0vtbBxJwtV9jvXuY/+n8tD35njOATZoK2jR0AiwN8ecy4kCk0nacHFADyGn7OkxzW+fQ/uTpoqYakQpg/7YNhlCecUJsQC936nmn8KIjszEzGzCFumr4pkvoMOjZKCmLpf/vzCAlGiPcxZf3xJi8WEUFZT3CyUrEOWfdrkTLxgC8F7SInT0pBYeocQvm2QcGel11XdUP2WNP89nq991dRQY/ki+mVddHcA2OLSBXOTrR6C4nkPQ8tH/tuEcHm56UKXdJ9cP9FfV6cFe8uLFad8NwzZpKMm6yiDNe5LpBQAxFKXktP6KgoSzdOg/45va3rdBeL9Pv8+N6IoMyLuHr7TwQhmKeED2s5qr1FMECSPeYwxehBOWLFF0eLF1MHUAz37ghcTDnXC1cuVox/zkJ/6hwux20bX8z14D4BwPtoq8oJY/jSfi1Py1cUTsNhRl19zCf/AFPhg93AdeAeM4nhcjS8w51663zs2aXy4NhyT6AF/Dgy5Ahx/txNM77bdqQGrEUrmzIZ5azP9Z/us3pR+TiuYczaCzeCLqDP3gYb25dVZd27saKRa9im+vNUmcmtZn6yQ6Dp/BWnctc+WVuf+T+Sx3B4M1hIKRjNh6CiUAtqMaciSfwBMiPvrPi7RWkusT0APi3/SqdaMyOAVBD0MyVFbnO+9F9Ar4XgWXBOuzP38i0WqliUupahS89G8lert7jfFiwC3yjfkEUIfDAgUti8aNKFQIA16Snyc5cZal6mHSWARe3HXOLS6LGGVkCFd7usihy7SiAlB1eB/i0pvpc0i1pioVBQKLaIxXKNx0qfllBeISBJyJThVcrkA3fI2K1tQSZxPGgJhjK2eSDa4ggviE23QwIROBgLShhenCfJ+k7ATBfr1k2CmJiaN6eRDKTpbBCNxLDhIugutXGrSrUMRoc6iTCgobxJEmYma7UgXFR82wrjvnnyl1lkNUrl7VLosFcL0YjPcU31PEh6cCl/7PtOFyl3hRzpwrD5Uc6pjl2KvY6UA5lbY8bWayhxpis6jV3aqyc3ExBxCfirzrvpnik2AKAd/PIPnXhCxsP8o8I2opqAY+UxhkMlYoDOx8Y6i5jyWvTknOYKycZwEm7Sm3qI5QnzQxYodnEMQNqp/XEKYAiJTXBgpR1YK0I2qAeNercSDPuRXvYHPmhcoz0Nk0vEdmeD6Ch/cBo2hCDIqGAWeSJE0+muXboXBG5trKiVv8vYkD+1ZmHQxf/5HNC/9JocSS1aanS2VakDezXAo0JJ9gzrm+VsFKCynKP208SYWZrexVkT6kvEDBDYYZla7bsCqLybMhh6ho59j3PQPSoHOQkx/sXpjEL5q/0jQ63BcImMkgDjlvcdQAwWa/rBAslSz1LzUacNs1PJQYWEJsdYIlOVzDXLFRFNLAxvyIwBSeCeo3AOq6oxIWPHRfbwwxRQRIN3Q+vBPB2abxvyHuRVEmco18AmbWRv8O3VZENnPNrGFzFw+NumrFJOoHGyBwHyJ/sarx/h+A31ITkjSIKssDpVSIAsHcJfroAEJXJXpVs6XmcH2gYz058xW/qqyPfMn3kVYyrX7vpfCDi2pM2OzIwBawIAKJZwYoaiNiR1voZpGBRJ34/ZjSnMWbaJmC2poDNHmjWr6yJx09n0BGo7cfog/EYj2MyOVOuRS/D/gL2/7ade6fhGxkOksjxjNH7QsoMCbHiGZZyIGZ/IlswoVxBnMUby0FdM42Pqe6CWmhEyr1Rjq7O2vXAR051qZvHOe/EQMpi0HDAyuxVHQ8h/czln9Yw3LQ2TiN+lDpQlXev29fTQ8J4ESjOiW+sO9/mB7mIPaxLQUwMZY4mpgirzdoBtE5jKYI16zORkfkqIvn+iUR4EycUOZnNtFn3maE6h5rKcyBhN/tAlWJD3QXeZQ4yY7C+GaNiMvtqqdHiG2Yp2b+mqbr0AZKXrxhCRpq2jGgCNJzdMLsJ3CK729Ijl1HFyByN/IF1hf39EHeM/yFjE6pK9Y3mR8nh+WWSS+Zhece+o0H4DsCXdrQw1yQJE3K24WrXdD2jY26PWpCqeKk6Xn2mPq6HeaWIfrL2BKti0ucXH9T1dahZ9f6PBAJjQd0YxiGOD4WZyEJjgIoR7F338UpsbX6sk79LbfS7I9J2zwpS4VowQE+0hKRqRSeJdw/m4pbhGJdv8pCUCx0jNiZVuQbmllciVsUhZyQIOSmP9HEkvy+W+Cj/jFuImLUYzxeLAeV8su5NfCbjSU8g8NIwG2Tm3r/zsmUaXt/f7VkyXpXvoOExsPke8lC4R+X1nrzSNozzyB7n7yuOP1WWCLli+I7EYXRkIaIqjWZhuyhjsZAL3uiMzyj+rcDLl7fyH07/iflbJOFq+jVAMaiWQv6kMYNp2wCeXkXLJi8GvlzvjxbNdSasrwC9Mjcs4oyks3XFIqIak5Z1ETjkET99ie6VcaiGImm3vuqq4j40LECC3c7cGAzdU1vugtzLCz9dvBc4/yP0cOm5XmlxCekMi/1d4QAim7n6zLholMhrxofKf33WmEq68m6zh+4w7boZWtq3vtKR7ruoYy/tNnQ5dD8D0sy4uwIiPNh8/6oDMc1I/Hjam4uPhdCKzBS5/YrEwwDEeWEuYxEMPCF/QW6PIodr66Uw7itJymGeahtfJGZRYVvgWtd5AeOLqrcpCFtuDyBXYallqAbywCHHjuf9NKbt9yXcVpMBvBSGUKDGFTEu+jT/BzZG2Vpt4eFdN9kvkYHJHO3ukuJdCyJeNtI8vO/cVwUF0qSXcbOzfkaQrHxENFGP1YgesSPew0m9b+2tCqRj6NttPO4XVkae0bXhOU0AC6Dcq5cbI63PK7TelOKrEmnrAqCLrQGfgRGql0NrDE5I2aoG15sQuyLSsz0VHbxiN0d4IRkriQH0utZa52HUv9CKthfEfQ4BdfpWCqvKdAzIR2SxFSV2EMne6vdvuglwYsV5hhsVtRGpoLBuE+XhaSQTR7+YBs/3dLfeG3vt7+j8VSMry2cPa3sVd514QtO+zbaK2sLf2XCI73EFbJy9qu6V7OPnvTT2D1Yfidr68gMj00V9JcKF5c7dn8EOOX9dJqvJeWncLJme+IfyDjp6EjsU6khQIR6p6z74GCCj8msYG3s4wEkkTKpu8ykJGHM12ZahghqTVz5lfhNZGcvySNSW6MkQcXW6ejvLRaNSMsQ97io0b9sbXB7lO0Rmqao9FR/Zn0Jt7neKECEfL6mbgEm4xtsw3xPD3U2ULF4uUZaBdapVvQmS5UdwEwv+erPRLsGPvXg45tvktCbYae3TwPHGZI3nn9mLV5PG83yh+ucPRaLiyhcAtRVUQ9u6BmuOxW6Wvrxk1oAe4Gg94AnWsg46eCqctJNatFEGNazjOrKWypZuPUksav5hpo6TAl/8lfQIuZFDeBsV+sZlenbdq3dTqTgQQknI8KNSliLg3KkoUH2YUfN8dgtSNxuXsoTNLhfIBbklmRHucOVBfcXEu1gVkoIQrA3/UXEHPGrxmc23b8N6loRVbNwlLthxpUuqd7kLhuQmeOqurdWQpOk9kKCaFVBJBZoeeyPyfZS3FsYFGMysCbeYxu0PnMTqT23RKV6YGVOoIsW6p1T2HuFExc1x6ItSE2tefcSuiNTsnku2mM20/mB+oGIbzojTe6rBuhhnVmGrCpJ19eHpxHEn1aQvi+3VN9fwxML6C5L8MibYdQ9fURpmyHhieLpGvWpkmBsplAndhJC435W0v6qonnP6reSgPjaOEgsP89OSrBrlqmXOC7aUl5aa8phvMZnm4JvZJ/AJu9WwkWQsJen0Z8+B8W1jnFA5IKoxyxYi0sdHz9//VznYT0BsxDNceiN3Yep7bKID/6bUSQDR+kgF2vtkwPJz37YtjsZ2KOl2OUnvrTEW0jbxigVERzxE8sU6DcpBSLa6gSJGaBZCI0OtKX/Z5vtHLkBerW9/lETtahQu9aCMJ7/oOzKEBfG4+ermcqsRthhNByUxpc/BnaSckJUW/t/tstjV8uH2ywfNZcj1HJSJ3WQZKKx/29KusLa+YhPq/ZEbCPqhWeZtfWMegR88Cx31Q3O82ni7uD5bv+1+TLJmidXXSv1fWU/hu4ROpqYUWIv1KLSe8B/rR0zqHaVvTsoDY1vLveY3neN94qVd15vtv+RV2/6p/8Fdl3pLeZRBQEGVadkz8ByLPgvdabqEAatn5cJdwm0o7vUVXD5QQVdP3v4T2vr5WoRbNs9Qf1srq6YfQaBBtc7RPk5uhKvW7Wndt8fn0h0DdwGQcthOXg00za4gFbWabh5q/0xpHy1viFfRT9Dp2jYLMssNv7dE5Ad/PEGEWh6SwyLk1/f3vBhNFsdLQPzzIzqChz45n48+us9LH9XnJ2fKuXYb1G4Cr2pWC0rs24qEs6pWPkSyU77Xy/SguXqZ4pCCXD2Oz0vDbCl8gYBlKJ7MwbLkk/VlKh6MZSsdJD+/uJHX7Xq/wuuzzdNw1kRxnCOQq2hNn89L1GzpuVVAUhRPVL38+ARdyQkHYJmJIvvSsiDmPLa6E2t3bjFnuuak9UdxclF+QStnCOQia1XL8/IxUwqeA5Ak5JNRLxFxwr5k5AOyhKQDBQ0TnOQP2vMSdIuXyCmIw+y7fXeLudC6JF0wG3Fr633laXz8bw+wwLiJGCIlPjVfNHxslgcXM+9xzeKyt7yMh7xDltzHqtvIgb/R8MrDVh5ee7Fp0JMDtgVHbnGVnnlav8beSSI8k4NbPIxPzO0DFg83RWMGn5o/+Ng8+Jh1DUgMCgVibnjqMJMOxsrzXt7k0sY8VybbjGeC0W/CWMZd5R6fb3cN3BnAUu/m3pDBp+YPPjYPPmbexaGFDTeBlyS4ntvA27yHPYSAW/vd99fVREh/o/LFX05Xb9sZjNMw2z5KErwg7nAHn4Dk07fzF/lhthS+eCBBCiazfvCp+YOPzUMU098o1O2rNzLxB8xmgEy/7nWcM5IjDSFb3vojbbtupk4LcHMxOJlZv5srS9aeS6GBAshL1mRJfqEAyVRduqtt80ftrzDlr5QIi2UdAf+ed/Lg4RjP3uybc9i+Pgwf6jWhSZ+ImYtww0atmjzizCUlNgmWtOo1O01acFIkBSdESnCgehXUiniOilstP1MvwOCbzoUp+S1WkWv0fm8dgGYvtQdCzK8yEG9gNBIRXhXjWSFjLZLQKgRlTjXZdAfn0KT7+MvENwIiTu73H1RkouUWQqfH3nks5B4cGpfin/5IXyi07PGW6Ra13hHHDe7P0ZXwsAQHibUPT6oLtgFC6Fq7BXQ4KyDJunBs14HjEBlnYzJSKhpqRv+SQtyw2lIX3BYE8vhWmhgKs8mr+bOoYJvT8saRmFVeMZhHBuuEAimKASZxnUP0BS9xcTH6gpd4mT74gpf6Ul0pIUcpV567p2F4XT1kMshgEOgyFPN6BHSqB9XTg6Le2oMDAW1nHaoEsNlpRyoB7LbegUoA+e47TglgufsOUwKed9VRSgAbX+XyurcHB335VwdhJM6WGQhU3ON16sHqF2S3HgS03g8ZbY8RED7wPK01MKmgu3593n/NHqOsETPVs0L19CBXrU7Uh0Duvt85QEeZecrOCAQZ+bsDdCfDgZ2iOhnO7RjNybh9T7hQnDwX4BVIWqo4z1GB4jaH0CXujjaEOy7pIOD+Ksr7K1i9hYJJBO6MDZ2XcPFN8E6LExgtrivjQkIVCh8ai+8HYxAGkjgUI3GhEIknQUic4rY+n7sYgMPj8Q3vnliEkDbqII2QQdqigrRPBGmIBtIICaStCkg7BZD26R9tlD/aoH60Sfxok/bRCOmjbcpHW4WPtusebZE92qJ69F70aBfY0Xaso81QR9uRjvYAHW3FOdqjfakR3Gi6DEujoY5Ggw2N5vUzOszOaEI3owPMjI70MjrQymikk9G2tg1/pYJPa7cxGuRiNMzEaJiH0VEWRgMdjIYaGA32LxpmXzTMvWiQedFsekVzyBUdghqxarGiu0+raH6poimViiYXKppZp2gymaJpVYpmFCmaS6PoeImiCRWKziFQNLM+0ezyRDezOtFJxInueG2iSyBNtD5lohMJEz1uxnLhiM6PzHPhgHl+vaqrvfCglkpCyzMBK894Up49IcfkedxXpVLlWbMoz/HP9ssvyXPsvSESQ+D8N/n8cjzHL8dLF4shxjOHFs8JpHhOp8SzJCGeOXV4ZpXhuV9VeGawmrnfNXhuTAmeGVqXI0aAZ/36O3PK78yvvnPNxXceb5LADL+z/+n7HgLf2X+74ofemRl552jgnZPg7kwLu3OJUHfOCrozNebOGSF3bpdbDiXezvwPwNtCMGfP7Um6XM78L6ir50u8ZqmcGZRyjhDKOVYnZwqZnBlUco4SyTlYI+dYiZyDFHIOEMg5RB/nEHmcGdRxjhHHOUob5zhpnCOUcY4Qxhmvi3MYDs5BMDiDUHCuBwjOCAyc+w8CZwQCzqwAOAfh34yBv5kc/eb4x//82Dd76an2A9/s06h6eQYtyoIzKlgQnLFYNc8AOI9ZGZFqzu9Bc5gFzUHSLDMa0BzkP3OI/cxZ1WaOEJs5HBzlqkjNTKc0M//9DujU8TIzqzKV2e8ps0JLmfU5ykxhKPPkJ3P65mw8yQIzk5nTS+ZTxkrmHsWFWbTJy7flBP18+v/T4Cg5l8+SyOdcOSAB4iiPwerIo8JSt/ujvB9sB2MQqI7ywyM6k+dn92T/rUTylZEVZ0ymArVh9Wmd2svGil1G/NnHnm1iM+LPyMgIOsqqwgr5BVzF6VSdVfhb8W09VmEMR3I6A4RVZMap3IcJCqr4/IiAKqjBT0Ve1FORPzQ4TWBHxR0ayFFhQxsVm4gDA7yoyIwrKvIHFcc0sKfALb09T8u4j2dt4I/0+J0if4B8DgJoCh7sTPHbY8TNFJoAM0XeMwGjGYErRY9zNu3jfygbN8ipO7Kjg/LQVi0dhL5ua1CAgTVBj8OZ72uyLengU5S/DIFxvRXyBXWbKIrngIrrFoxnfXESgyT9MiUmgnCJ3sLonnEz1vyBnSE32sN8Wl4o9BIVenezFq8QLkTUeTx7+Z6gUs3+4n1YeB/WJyJ/migFtwBINGLJKD+F6LmnMD6dQrh+yfv8XNMSzcJWzPCS2nZ6nHJqbg9efV25l2B9UDWM/DBVbJ8BwmxGlEcPoJcdgJ8ZGDc/HDTdAAbPF7+R/jrVOyorO/DxLNvoA3PWV+Jj3L4+hgcAczMWzWF7n6C/9wP4ex/Z33cfli6F4vDd4eWjDsOq339ZUwZZn4td9UH8HfQ67TCOjxTzLRaxYaNPzx99fB5juMnzW7jqpF8aiM4e7U+sYlGwLeq+BCuns9CwJix5vs0RMRrikRvHO5+mz794GOZhCj8/F+V5EMp0rO46K5gWV0Umf6iPA/MnGI+BB5+if/BD+Acf2z/wOTxZ1tKXR921L7mSIJcRn4mvt+rg7M39+iNYOn8b6FNecoF1qqheAuJwJr4D2eyTdXmdDsYMjwepmxJpMZRZFxlgB+m4hv/SdRewPaMFUP4wWUwvAXE9HN2BB59o/OAH4kMyAB+4w9TQ91BredFQS89eldVJhYPUnUFg6WG++TGx3Q9NWVscKLYCte76XkL58dA6JdpvBlE4YX1jP7xpHpY68d2/RdT/c64XvLrbOz7OrXO9E8qiWRF3l8jURPnxgsGtAxLgUK6Ui26EnCu0UXQS1yiqI6hWl73gell3zjCQzo4PRIBVcqpVn0/4YXkUxsCUGy3UhA2fn/1Hd6XooljcOn13PvQyRW4EFjXA2UWEVnolF0imSvtdA9cBksBIDpSPAWruGMSm0cXMV/ROmPG8ru8Wi2Uo7HNJ6wL7TS4hdLABq0OQc1aneFnrrrA4/e9ID+wVKhKdfdAVpVvn09fOgrmm/PzJpRGr+JgqW+4OuF3AMutnzpjBp+YPPjYPPqY7rPc2wysi/CIbcWUHWo9YTNGLHdfLbT9r/4qN7JdbPyf4zB33CHhkaRW1aHQlA0dzASGEn0nuVX5LCzDVr75ES8D/wr0t7NiOp3RL2VzZeHfAXQJXAU0R8dys//EJuj/xAPwTR4779ea/6msCM4vWZsTSUG3XsSJeUJhKHQxAjcSXCBqNf/bVboXemn5BOdynsI7D72WTh0/zxeNpbESq53FvCf/1rwpPVYxTZdJdAi8IkGRHs6p+9Om5YxSfxzguj+sS8/7YGO3xgfY3O2qns6J1DVcfgwBYZuKXlf3S1E5n4xUaLPa+rbi+hszXHwTQUY8vL3jzpONFABIRMzH1omHScUXCw2NR8D99EVCR7x3ARdSGbDKAr5pVlBfsIB8e7uNMyH/23T9KmvqY+b7Og3kZmCohtwqY+35qRgiBT86ThTA6i4SP6knGw2daYD2dm6gWbegRpEYulL/I+2sZ/WpE6JR2M8+lajVRmiZVLx645yqDTEOVR8M//wjpqeR9xO/K5MU2gq5Dau+dKK6TmLzuqu9YgHu36NY7j+ATRfESEKei8QTD0NEvjB99Yi7nYsjEQB+R+MgqXv8nDV/gL/zrUhz3allPs6CdMtafPyhhfQwoWD2WjIZYPatf8vgqVu/qVa/XrhquWXXWQjO26Fr9lbTFPcm+U33p06guTQZrQZLoY1/a9nPE9SauDz75xmpNpkMOfc/wIF4NHvskAWvPIso7bkVfSHiseWVVfAslfv3nPbXnWYG+9ln6p5FcH+58hVttyujlZU0duVfw+GWMCiYSoz6q/ceAYt0vYVSq+5L16a6/mWeYxtzXr+D2vaW8NmsKbJ5y1VWzkHlUWo1ImWGZ1bGTFy+v1qVDrLP6RTLDMrv4YnEsNYsZIpUJ/b6Ai7Laz6R7IGudQLKKsMpIkaoEi/TUn7h4eekqHWKdlVeRGZZJ2YN0jw87s2sZYVU+1uSd5KA8MpOHQvIbqpNXT5/+TwbaWjwFfK+VH5N1s4Mx21+j+FEUNXe/7ukILl9Eh/Sec0EeW14uLIamIkaErFvpQC9OClyyQF+CcHeU/6rd0rmCxl6RMlYz+YeTSqQW8WYhMEIbc+oi60m89U73OWiUbeypSPwNbPQnUr3+MYaI8TIRX08v/roaLtlBkV7El1LDHIOExr+qDs/SxWRj60T8IMBAO8UwuTzHehA//ymr+BucVOdGdd7FZRaSo0ywyYYqPrxP51yyq8s+PBOSA7LMh/3g8wXsEUv9eBXisY8VeeEORxiWu5Aj9rkI3So3iT0WkdU1Ccsq8ILO6aZL6gIWodRn3YnI6lf8vPaG6YEN3Yb1j5XO6ZOXBzpiq/dO+bscZ/ruNMPvcnj3ltPvYiLK8/ntVw9Pks90jWEd39FNFocE8OBR2X5T9QqxCdaizgnT5VV/v7wskL3IPdRZ5VHmVd5IVunBuVKG5Rr/hYd+eAuw6YZf8xjMPODX9KhvAMvaxOfBHHwN23FmiWrfj+m7Vw22Jr0X+z1H6ns05Hs0kO/7sHbKJveiMw/Rh1fbzJg0jV8yZ4gGsjKLS/ZPRnXdVqkJjE4svnW8WTyZz0Oyz0Oxp/plieSEunkh/dq3u2Ew8qTwU9o6xpe+XZWMqSiA0QunNtaHWc/PF7ndSpqRTpKP0brd0fatqAMo+rZSGUCzHMl5arebMF/MdnuZgmiDozRtd2Me86hho4SLOVzCb0rhvCpti9vuSMYfamCQXfBOuk3EdjfGUcn4TOlnt3WeEOfOnmb7Kl6Yk01Wqt1i+pdCbamRH6ynX7J2r3yfH3/lx9dW48Vu/V7V3+rKK3adCrW7MY1pjIKYt0RyQm+V7k5XTlOHRwSqnyxXuwnz1Wh3DP04ItOJNHeL0NzynjxivbRFDpZHa2fEmwHzqPMsXOW/SZbm1RTZspxuUl74L684heX+V7peBvZ06E11freJvLa5vTV1uBCqFW+d7uRN6r6ngjPFuSPLSzg4kjQzPAzE+eBJAJiPkFKfN6+GX5OFWh50jXWF+kpWEGejcul0sb+KVKuS700/Pfv74sVBaVvRK+WpXhF9ag9FjbOlVDTq3oM0WCGqhwxo/gbueAj7fc+2ku0hKR6nl0ZofH/t/gFoKTB7Pk91GJqi9Jy+WQ3rsVcItr2878otLY8stSspMFtRGjAvc4/EORN7vuvFQnU8NMS7JmhFhDoX7k4/4Sd13Veg9Ms6sdxlUaVOCMouC0buOFzdElKE1gtH66Xzc2MW0xiHy4ZHFzVUUMLFLmPsns2/GEtEPyvIGF6cvbp4ekG2rpWfNTSiF1vnkvk53VZQlnxUkc44yS2J/JxCxGwJ/Kynix5VX1hRnKFU53kphZ9pT565XGd1yDmmOOAer7apM8g/X8/8Xpcr3+e83F7o36ebyKlVsBEGSZbTQpsKk61FdnbHM35N5ktliHfT6s9SpRGoKvU3RZZj0gV4CYG5qLKgFBwKRl6QXs0a9mznnXWDZbolA/CZDgbPempWuQSzfkBigzW+qeZfrZ+lw+t+dX1FrcbhCvm7H50LhBVSvamQrQImpM9KyH81J88f7vn1HxfvP1G7j5X3sv/LZ8r2/GHGXz/o5eqN501OGfpfmst1Rb43nF+ia7lK4SvDuW1XtmPPK+Mxd94r/tTQuUwXBCUyr9gfhCsG3NXol1uxUVRW/DKKrCgaY8VuhVZRrbGKtfFTcXhT6HiEeHkMXb4RoqsQhlbORdQfDKUqPRjaqK5ggJcUDAdULqOYYKhHHcHQtUUCA7ACPTh8cw2150Elys6Dfq0pD3Dl5MFvfnSuoJQ8KEQVedCtJeIBuDo8OD5zJ9SFBzUrCQ9aqt47ACnF39e5AJ/4y0ATf6e6wx9EDn/v5xqw4S+QM/wdigg/2A9+BYFGS4Bo8GcOJFqCloJfSDBBBB1cYHm7iLBu3xhT3HHEnjeEIAn2oYKSnO252vGlIZVNkuWbntJ6SHIqSEPivvdMCgzJdD+WRQySs9fiEXfLlpzgkeWjEQltHTm21BpZtxVfTbUQqV6+Hu/PyGEqu4j7MZWUoItMbVU6oUWayz6RMPZE/lTTzqWOPBEF2on4HrHND5jI4xYaRO7UsSAiVASR7XNQ81IfcrIjGlIOP0PUwBnSwiSFYDUK0ZG/GmnnYiclRWsQFLJ8Ap6XlpDjgWwQb7uSUmqQ6X4tibwgD0RFA/E+iE8OGcjyEet8QIEcd/B/zHdGkNf2SvcRT+MF/3icIOOH95G3hCB+TK1wNuA+ag/Hx89GO3gzPlQEE3isURQwaWRS/3KhvUucPZfUdZSS+thikHo1SmzLNEuqH/XhRxv1fRrWqMstGnVHckWNlIr6v6J03+XhysHLGvO1/9C3qLJWBAnWLN9hhmxnHpe3FzntNMV3rX7nY4SNDO0lutEUXEusepm3u83SFnYpnUOy/55/Wq3F05y5M0HOc1qnYTl4S6naJTAU6ylcgNt80Z5my8q7BXcLXAIqflQsR+vLlByj6BctOR6CiyKVwfYb6i1o6g+NlNbeXjQax/EU45tQ28c3tAuE4WGSD33FYF4fSQBS6A+fLqCB/EOpwkNzUsidx+enh6ly7C6BFwywwMfzbZTUx8n6oh8PxvIfDxKGY1KtMSkjfsHRxgTZclZHv6PW3WOkNa6v6afR+qxgz9qRZnXSzrpRJbMeXWN51lI/YNZnCU7WlxuYrKthknUZvbH27ZP6dtXmu0TsN3l+1E+a9c8ILUQz69aJd9YyOWZdSsKsu8wnazhN1mKi4DHGtf3srhIaWXe+NNYjXeYDv35grKuEh7WgiFPD+m88aHcwG+2SY2HtX+/n97/6QYKs1Xc1sesqAmr1tgQjr5TVD2kMqq4GP9Vq3KluYdGpGTCn/hmh/SmJdtVEU+Y3nHq51OO1mfp4MI/am10ZqaOeUi0JXdQnMQnU3iEutwTUy3lFPuGnj045pxddElD9kK7SMZ7A6QOXlmnvfCqfKNPTaJZNiOkukFf654WGR1e61ePzxq10TaSV7h9GpcMFla5O3M3IZa4um9JHhonSF81D6QpRKH3OOCfdFcRJnxR+SeMm01VnS7oZTZIGcSS9RCZaSkTGPq7K9zE4JAWU0lbeuLg8ALTUfrb2Ko6t3jzqHhNbWxC81i9arjdTP+daWxSxVu9xpynsau1QmFoLbVJrL4LTGmBN66ET1xdlWtsLmNaDWo/WL13kaC0mGq09KkJrKAat51bEXSVZvwCtSuhnfcyAKiv2aFBES1nFIcr6mIMnVuhTcNmPR1r3weKhYX0IQ/gqdpFTHblX948TzEjy6gMJ7FYVO7caXzSb/0xHY9KxilJjFYv6z54Al2heT68GOgay3iBUwFMpA/lP4gHXdENl3kaUexo/u1Y+3TgZnL/gAQ68UcXkTrWTawNJ86UknCvJdwscAC7zoJfw8mIOOpTckg36mFyYQR8r7qzGXO7c6hZkEeWCGu6QRu6q4wDCwKWWKcpS+jY6SlgDhGiydL0w4HamsMYKCo45YcExIzABzLo1A9FdluvM6jqb0Ey0fb9gdsYgJOdZPj5WxKl4zMr5FafpcS0ThnkXx4+v9TD14PG9pyiYS6bf29jSUAXGVYlR8cuTrt+v/q92vXx9ZG3vQBHIH/tL4AS2r+rUQUKCtkM0Lx1zpfjOgEvA8hdPd73s+fR8ufPxfZnzceNnLx+TJR6i6qur6ffLCBqVE/ZlbcVjOdg0q0OvAWsZDoHW9VQrPurqJQXg2fraGlM/DeD+OlsPXjQdn5vftf4jH+2hLSQ0Ye0+81I6Vz7dKfAiAMl1PLeKlzN+mKIr3ZkwLOFh/KyUo3ikMvIfVxDMPiBq+4uMwtOmdEPEe7zZomc+YJUKxgXaj1Q4N5kmqFXqyqywFeJ8uboDG4nd17WZzoSIx6xbavlhfBbdNXC7gKQ7mFHj7JxmlLIn4/EQfAhiRzHtLyurWgIXcREV/J6ybhZ5WqE2jad0df/3Baw/yAVdXZ5NYpRxtabirPo7Aj80q9MnMxyrJQRZVd94PHZa9I/cfsNS49OVn67U/RDOT1Jqw1CPOn5FvlrKlM/liTcbtREtRHWNk/wEos6dmJ801FpSgfrO05iCn6rm1ccQhq8aZFhQtp+NLi+H1R36RTlxH9quso68/KS7hDmyfG5DdUSluCThExpq5EXT4qX3kHAg4Mtm/44YQXHWIIf2HFOTR+S0nn8h53CXM03wsASafXI9KVWZ8Z5qxJtL5eiDedi1i5hgyTs69SeV3yEat+hY0+5cBIp6y+TxLZYj7phUFORs1WyvRhSpi497S/Hhr8eqXCARjsklTAA526DhT4pZffwsZ5qUYm9X+0HpePFVV8FXRzZfj5UKAtha5j5KuYJV4FY5YnAb8b8KkjsGBr8XFlFSLvLaGL9A22HjtqP+YD78dJ7krIWs4DTg34cN3Kt2Ju2UD2Gbh0+KmWqmVG6ojVJ5OludXofoENWiTrSJOs44/aBRLh41akW9qBa14rqYzZQ7sgpyPtnp1KRmekmEZaob63XDaQQmGTnT52IA08gkyspB5WVs/rxPQaaR6NvpUQzWv+ejqujRNBT9uy4jBu5v+NrfxNDljU8up56IRNH3Fs8/g7+8eO5c0zcYz1DlX2N8MQmf6ixYmkhp+z56fUoljUS5myWD9N0IrP8WArfeGLD9Fv/033weKH0U8EWNqKBl0kh0f3iHHLT/5jM/6TWxjKjHrXd3sXjSaDeODf8KtdnlxDnncEiC5hdFp3dyefSOP8IftBiR3aFefsMOiyfWuHj2uktGW3f5X1B9yRt3nzfOuEtLF3dieeKO/5XYO0Rtd4eGpO2E8LMdPqSWCi639DOj3Y+uPTV9/GsMdaXkj9b02bPhEUyWBFFejmPUjZR7RL6rjehcqg+rJL9os4arW7NYOio2M9g7F6/IAgUsn3jRDMNl58mf3D4g8LV+7ZC7i1PRdHEpGJcxjX4OQoN1tRWfMyaCy819dflJry7zYrAjGKfOrOeH28KNkY6AW+ryk0odv87tJkane9b1K/cBgWUhtefelXnpCvqkG5Z440z8WZr9+tKQX186Jvahn57o3FZFt+3GzHd0agSOqLOaRdxjpugs6eycJZGWs/hnq63Cjll+DpnaIQ7+Mqhlj4iIMin4/Fyc/tmGrCN8qppYkuj7WqVu2QG4iP3p9apEAoG6diirBerY61gwcEyr7BPY8z6lqdYW7GHlHVaZql0dcLaxdMecX5BziHOmhlHmhIr2jXJmwXpKzRmvprL8lbL6iUDwt9m5l7shLEJv+q+0V8K+MsrU32UbVLOLHLYgCNnrFTroFBDZryuIRZAMxUuIpR3R9WS+vEPe/XQEr468waj4jZX6N1bm31YppkUQ0I712FQdp+1xJ+lBWAbsOXYN0GV3Geklkru1Vc/GvsfIWTRvNr1RPQm0chh4DJ+9xKcQh2wpnY6YjXOFIM6VTXcN3Cpg8Y1n1rDmLCRN3BfueDAW9HgQX+iD/MPiAGmsMXMUXQxfuQUOfR6mtc9AuwjcGvJdrjL7HHrxQtUdmbMl5naBL0icotHywzTjYsPYvrT4nxCSTyrQ+5oXrDaJNpAC63YLYLUHzEMDVhYTsPJv+7Yfy1f+9NhdydcPtxOPwVc58b3Kn2gN7N8VJGOf7xn3dXtp33jqrhQYd5U/gXubmavb223Nze139FXezPkquwAnv+xWE3syJ5Pyuqu9u4r1rV4e93hdSj8rCTVRvyCluL50Uv1DPr1abeaNEwlV0S+36FuYw+Q+cfnT+WncT2VUagxfdw6vO9+OUy7VtwiXUnH1l8LCuKDj9xMil3B9tTtWBdhGFavB+y7FtIfbufRVnh63EaDUxdoKELHF1742oeIQojY0K8V6J3qIqdh7OMSRoHI4Ec6A4XoaZe8S90vhjABHZQCfEAo1zkEvDEqaoQlrGrMa8zhZ+Z2VqKlljBzggFc+BJF17tvzD68mNK24Q7rhfjnEtTCNyiFNxSA9Q9Ay9elinACNMLVyHa/VUlUcBDsrs3LKo1u0/W9rlSgMMt0wUPW1qKqgtkJX01cvGxMGtLzcCMc4UhCCMZahvt8E6J+RrAEE43BhCkYAeOWuoqqlvp/7+gzFvMpXDiGjTl+GojaJB9vxFfGeQDt56Sn6Jbx2TcxMqOOshyZp1g9PFxskDBYW4hgB5fExIb+sVQsKLKhHxYQcZ6nbH3hv4/58zi33HHDt2vNGnYCWx8CE/No19PtDnfWHpv8n557jUry9oXE/EvUSGFJmdjZvE71o9YAfhxKuHy5EJqieKIaq0UebAXgX/h7BGwS1tuvjcIKfrCIS4RCU4oV3GWI1NjRmR+KEdxnS7ar2jc/UWNcDwRyHO/N3y1u6DIV+mWPaForb6Ndy6leVWaDrIPn0G6cT6CF0TjX5gFulEGiGFKN6g0HpH08feVn5ilW/7M9Hv4scBKQv2l+/Jjp/M8zbPaIYqlLGguY7EZ96OPDlSKJdhjo3MMckmQ+lYaJuDuGjimsKlyUKkznbs1MMM4+jDTGMzUltn4BLOgZgs7HPtyW6eMdQVEa0SiOKd64QGmxBC5mcBaKju5kMu7laKwBADiDUUlZtc5SmG6lNg/pktS/pnY8SArHRuhzGMKOYeSxv1ShWbuKcL0yvKbY4mIjGXUXK888wQKxGafEy7pNneTQqJmuZVdWq9gstGmNftQcAbf9o7nlcesWXv4QPxsLyhpfAZVKRxoW+GTCZ5SzFMnDhqXg7OBRGZ472RcYGfTOcFZbIMbm37vuAPMn9YGCfjKuW83i65ZGYPFavVzkCTda+5PTkzHXF8h3cOFhk5agfLRFlUFmuqyjFrHJWf8/O0VgRk9MzS0eel6MfSRTxVB7PkUzksHYYMQy0y88S6y3noAd+RYf7kHyXrCou5JPCV84xPOb74n5gfatboUJbpNzpHI5tbgyDx4B60PB0csPThVu2WKkF/Fw/yZtgoFnXGKtP55BSvNajiZ8UQbBq6okZwaCfh0iAmtGKfKKQR/mKGKNIOQoHE90rYpDJoaWJU43pFfyoMoDCwUTyCsa5cE7AFZfNSdQH8bsiV7e27VUTTqY8j9oVjJKR7zvrqxHOluaWRoHVM4ccQixPryrX5UXS6j1qyaWerI+pE3tVOYab29LAwtZUM+uNbfwhRyQ7gHfKGirexOWAuSGSm0GjZGg7dOVGG2AlocEzzkpIWEMD81ZfHeg4wK40Xr6FG+0APtsSLSmGSyJwjH8pgsmryU2N1XqGHAw1RgMgdqS1A1ABrqyDxFddR8QWVfT9wQGzynbV9VvRIRou0FUAVyXFUR/GzbPE/OHzk2maOM2YpcNeBmMEIs14CJY/yAlHTXxVIcanBWdIA53dzfTXkumlWo2q7HW0/xAhDf8BX1PILwBJPxRU2250BkXz9O2xlzQ61PN60099t7nCYGTmm+CPUfxLcyk6V/oxneDbo61qdIXn6ZjNNHCsytUedY/OOq7gNWybZxU9OAGyL03r2HXTPR80QJBOX3e34xTk0h0XSx7MKX+g0+PZ/4ocvohWVn7CunTmDUxlCnPbRHlUxlaKwXEbctsDTGq5mpspqDdmRfNfOIANbesKWOwmbBCRo7IqjfqB3TUR4/8kllDYZ/HlxeAPtSYKzHMH46Qo0zBj+rNmlZSuRZoiIjxrVmBhrVJXMo6zztXJtDO/ujs+hP3yebeEDQPIAUsrjOFDl9xsvp5eYLdx9Q0Zh8ND2iUs20LOU9+efZYgqL4JnRyw6702nKi3yPjE8Jg23xM/CPZ7YDUwTdb7AKbKgRvnt733fL6T+6/3w5kKYyDOiG45cBxfNnvRGeWfqk9MqTEO0Fc6LXbFFYylI8WbOEDho29UmtWFlKHm66fEo40gLaTBQWVLXSV5xWblhIvA6D4cz+QZVTXBqjlWt1DkTT2QzfxBvXi74+hlCnqlGqoqMODrL7ZluOLkpcE3VpumLZxPSplRsQFA+l+3SeW9yz/Hli1WAUu0FLyQo8HHk3H7v8mjxeZ5ZrSs+3iP34+lQFdZsa1D2ejCgfXOQxVgJkSiCNsLO7in3rcuPgtWfOjBYffQY3mPdqp+vhbDhmY3qAew0dHri0ziI0v1+u2q9DoIXgAsqlTKD6FnohEZhS4yzWalQbWvaVVjs+K8a6awxzYR2bzBeDTUyLnJQfxpsU/1jqab6+1GNHa6Lg6dBywSCHcI0zR5JvyFK5nd2771vaVUWEBJfcPhjUn1kJEgi7Quw94wfciJr1w488mirTlpp/rJoG1oM/kcQvb+K/285/zgJBg7+fs7Jt2Ywx37LmWLUSkNXGqNTmI1TKI/a0XyVvNcfpHxsiQCWX7kGiI8ChBQnnxWyoNvUMW1BRgeQAzcTUqFgJL37c1XGQqJdKQLWeX+G+f0lV2a+DEsAppFNJtivcePl/VpxBN0HrFgosaMrVczQQjiTkEXaZ6V8xwYQTry6sj3CK6MGJGKRiTMDWv+0f756BTau7dTN4ZkX7N0yOCUJn8gLNmugy1GXA3KM3lEqFDR8nlxffdHLG+ydfi8UkGLMRGlLY8vu6anFa+eNjWO6TU1w0VCY6Hbc17hbtxLufbBW8xa2e2J9f7aGcc7MLx0IYbvVGL8bj8s2bRBJi+wSYI0huR6gCX4b9WqIIjGjjSu9Y5dTODrpxn9aSOd9RuB01R3/RNhK4v2kD13TE5Lp9hZX0zobuMB1SUKUS3G9QDy+gPqhc406mz2zZtkeub75diuPhlE5jueozs5BaWpdy13RE4ql1RZg66OgxyeZJSVHFjzyAi/TbWuanTkzcxDDLfYV360MDznrP8SxQEqoGzB4DNaCOiJt1ZRuLFD3j8rwqeW0D4rpaAV5rLgfZfrDF15hyj+pmocTSdi5ucajDzCMXKD2SvwzeKxt0+oNN7ss7655CZhORtchXPWaBwcko9j78qyAgsliGZu+Nr7AJ6DguzxhmvfRpK5WbVms3XHpYMygrAUfZojcA7pNt+BMqPkkYAbPcnyh+Nf654eRzjmdrC0bSAmIL0TbvdsDWterqghml/JeWdti6KyHr1vIpHbL2ut0ABGvxBbj7bdU8oNkvQj1Zz84/7ynqHXfaqz+HdzoJUgabBQa+bBHFAXqA7IUci6SESqAtOf8acakvAK9Xyv8eb0sDlFlbN0hut6J+qRm7hOFPthpCSvPtr/JcQgKSVOp9G2o/M3I3Ivo1OIs37KGW0/JD+bz6e6lIkBOEQiwmBBlKGpV3bWMhHenY5aFdidwhDROkv8SvVr8+WAkKCuLhvuQNdSDeaiEzNQehi9DxStp5IdlFVW3eBK4fmfcLzdKtnWWFesLm9Liufs49l5g3w97u9J3pcEztkxe+jsZY/u09AGJc+HHq+2R1aZwyzAc/6XH45bMbIzD3WUZRxwmzHk3OWt2ibE0baFvnh2EFw3dGFMAgsYYoaDcTDi4AMd3PXTAeP9lYz/lEM1FNupm93l//ESHIPgvyCDX2OHAFfY8Cb2zg4JRV5pKR0NuVCZlDvkS0pyE2DGyqAvxKKZ+YUhPsGoNgzQTX0wzmQ5uckGwOwKEGtO2gcQPWgksSA/RbT/Rz50d29p28fD/8MLkgCK26ZCSgUbfbCV6if4rtTit9F6w8wlqP9T2z/fjddvnXQdC/3+dHuaLDdYgmTtG8QXUGSmjDmOo80DZd1ll8eNDqp/MVpLGxRLcBpJLaWKpeZbK+MK/Ih9QKdj31HDMbI/kDUmQI3NNvDzilKTz77Iqj9gsYpO2cwJftkm9p6+zaLzpx8A15cjGJrzP2aK0h0t88r8cpt6E2Gwxlv9GsHQv/3PmU1gXzXtPSteiziivSN+zHC//a+sML8hDw/cDt47FqWcPamicHyUD9oNz7/oPClaufrQDSv53iJSf62ojPjTVNr4DmeiyJP0J3E1ejNzNKvdAlMSWSeeBa5B0o5DiYVeGXt28upl5TnuN0CXRJ6ha2NjKcXbz3uO70O59k/kiPQPR708qa+yJwx9XQDoi8WxZLJisvU3Xhy5uqqZ0YC7BoIVG1AP2O1Uo5Zo9K56vPcDm/z49ywrJNV/0U29P1FeBfJ/ouJqQQXHO1FomeXXddnP9+1rs2fv1EaaFEA/Ntz791VXRkXOe919SdeTFrQdWwvs+b2y0bqWshrCOrxH02jR0VxJ68OxVIiFshfIWy9KY2BPvNiJBIUryLzv1nZrHT005ob/sQTOz6EoiRucpvNps7HYnC7sAhTaj3U3AEC0W9DZfMJtijURhyrgzAZrECYu1XTuflBkxPOTclM+CMjI9Ft+csPjvANvsAhClyIOvP2l8f4FYJ8LPNNeDwko5F8Mio/DDJXPTGAULi772knhFC+6pSmoLMhNEV60MzCqIROCFaDpCEjjqSygTMhFRAn4pvccuA+GLcvMGJDOWm3GjbogZE76Xw/QdIdygrZSq6FXWYpV9b2HAOKM5NmhgdN6KkhKYDZwNTZY1DlP72/eCTuufmA7duXDDGI8iWiqOn51t7PRGVSsChUpfHV3eBHxI33UFolvLxlaTJzaJnlXgdKExT9TVOX1YrLfYkTtVQmewuqoWYNF/91M3O0JzwzQEigZX5vX8lULAH1c8tbL4BEkU73bZgwXpw5N41sZ2AIVBmBOiw21QCoBXRM2EgMqWNsRI8gi/LvMVC5m/o93i5up4x3i5mq+HXqCpxe+4meT0lY0iQ+EXXQXP2hO7vYnI0fIHip+tFxwMZYg5fYImF76K91lnEaOQNfp9kEAoN7PKFJHZqPK7EcAc3xtxF2naz5DH857PsJCXwBlvWiTW2MCeCnTgx/85Uy93RlrdHZHZvXlCcj83zK8HbDjPHunuNlmdQoP2thosGGTUoKCzmNQ5auiZltYQ5ZPPjczAP8Zbi5o62kRDFU93bI2k/HsymYEpIcbbz9T+VKPxHpVz++skP9I5WsnlaVQSmabagMMf3moB71wPecnEwy6VioemLZ4h8VC/S2L9+A+FF/cOEKVbjVWnQRZf8X+C2ddm7HO3p8NbgiG6NkmtwFzxsI2cQ7ZKO0hoyc2F+swy3Uw339A28DcyDcxEH3clVxIApAYGwQ//NeWi2C1dCVljH+16Iz6MidbLcL0QYVHrYsiErEAgXp5VNlolqIW2WQqyjiLP3ZsNyIfae1LadAhT9xRbKubGwNH170R4rNcH0a9caUmX14vCsN50oRpKC1hqL7zXIsbumGWGzirsWmmCBqT1llszFxe6pp91DRr4TO3JlV/p5ATTd5lLosLa6GlBlp7rRowCBMmri5cWLm5OJNsJmKHi+Z8cXGo81l15akGZ3a9RZyimBSXsf77VfsxUpggEwzTFt+g9eMDU7jrq2UkkTLYl1l7SwbvLJY8Lq3Pra//Qoh/ejk6Fr1f5YMqejF5O6UF2Iey9ZfIbyusMDEEW48TUGQk13KilillDtzN20IH5eLpVyIPjK7Ans4FC1Hxbha8AHZMQQFmy5hN/z2DMfTHaug18QgQGlnJ3qxfw8y8zxmImR1Gec8KKllcIVqQyDOV4THPHrY+Z1UOul74pBWLXasycR/ufFDaZK3xJrmzt+G/4NANqn67r+HKvKurAIAD50eOhRRlDKnEQo4aXUT0Cx3zcTueIr/LOn+wTpWBMgAPwJs2NYlbBXYpkfNLUaC8Q6SVHlXVvlvS/6b4zraWk8VsUo7Uf4bU1Bo1Kl8nQb3zYIuJ9iiyMeOC+HXIYhUWl6v1SutpL42+ra88Kvc1TkE3uMRQ4PG3Z5xNRLr6wi/wQTt0yZWGa5aMtyMsLhAgcR6rNQK4Eletsi9B+ZcpjUmysM8llARB4U1FGaqNkeYH8i6qGeK5IgfN4JlTtpe/emHxV6i4gJ0mSNyqliZDUlMslmniriAVkkAAFDS+fzDvv6cZ+T30eqRv3gIqvcasLh0Sc5mo/Tg2jcRRtx9R+R4xlbF+2CskM/GfraslGsudG2zD0V6wwXc4LNct0/bQmFYhkt2SbaizbNmkzhAHjwm7EftvnQS1XhFmGty2rDXbziSNM18S6lBZueEbd6WdxaV69r8YlrPDd+SD5Uwv6VBw+YUC5Lqz3UnLcq5IrrkFj+Ax2+MG0jz/aAohnl3B5V65e0H+cm5UydeuOoCOM1xRQy6sgTG5QJcUsKb5YlQJM4PTNy1qCA2Hez+0+71R+bEFGOV0c1zP5gz4DNSMf3Rwdpv9rw3OtjSWx65VDIeaosa3DGAKDnymd8CB8AgpR2aBKV88bwnIoX95nfMr4SRm6Qh1UGbsJLKXpmlomyCbSxVbT6LmFXCH82IEHlmgtJibexRM6YLxFZvtq56BSdH/HkHJKX494NbzvoJfzdChKe0YeM+mOxBkOmiOdMREhm7K5riijc4501VfzLGm5pwNvQj3V8T1QIICf4jkJtioS8DlTGvPUkPH/lx2EhFRn6oS8dtD/zM83rMfbFJs7p19cgxLufKM8CC0AjFCiLS1xmFYQ8DMoay96oGsAyj25gtVnxGRZryNiUsOdE7SnTVXrZCBg24xDkODOoZYppYujLlk1+q3+8MQy8Gd9LGj9+rnfhueAHO8p1gUQQrxL31lsTDxbXDvckXt9BAoihr0lwg7CC+PyKW71Nayem0s71Mnp95URZnef8lShYrl+XtzSakVnbZSWrVFWj+JC0HiRS8bHOP0w1fQt0D/szjazU/sm2amRo3yjlZR2v25zbs8KEQu/pI0x1GA+109gZuaWZrackTZrIRoG76SVbgF4ksSn7b9q1xWghsY67Mi6UNbCdprhe0HSuwb9rS2+DVoHgl7LFhL1ehFjNF3avmsbGZseJpZcE1kwtyhZpZCHdXXAzRZw1d6c2k7ZuPcRmOvjo7CcjSdYVa6LdwzI546zUQucSr2RUlku7iqA07fgWpG1R5Fgi0aux1XbyUR4cVH1ImvbN3hiFNDYXu8CiFp+cGIbFUoBVUTBaeyqMhGRL8oacGhiHp6mF50Ba8UWDtdEYM59yCiVS67TpgVI8bPnaMYJK7CuL3+imuvqq7tJCnzw9Cw3lKy0nAf8cbSl30oa7cQp5XUYdxar/1UkIxKsIpYzJJvkVylaxsSbfMZZ/kIG9C1fucRB7SmVGjMK/5PEgGHF+jMYyxC+E65vt9BhQi6sHJq81kL61yeMP8dfVv2U2Xo6klUs/w8kmdsWIgvaEEjeJ1seIFSqm5Ua9gaLhqyIicoySzfqk3SIsgHmuHuyw+Sh/08vTQWpMn0Y4jLjvKXM5N7kBbceYpzOrnvKKX5DqUyTaXllCUsoZy6BPr3y3YQuBdGtX/7RawltMIB5aGXm84BtJy/Qi+p7y9xXRb+KKF86GNc+zAWvoEXdIKlxiqhwT68UfEhK0IoQGMBffqByhv+wDzH63hU1QdW3481hLSxsTudY8W2lmbB48o13e4eJGmd7C29+AQSefaJZMSiaahSv7/V85+8JrESZQRWj0zg8y93Ozfy8LNRZTe/vdNZQ+vbb8GdOGXKYzbtPCWloI9sJB9LcsBR7OUk5FLa+nwtOusRnqbkGWIKY4SCUzBR2qA7Wv7EniCbDIQA7SZCculuDWi6EVBfGuSFfvpdCZPrpXomchYOk0DveI6+cTP4oW2TVo1zusVz7MhDXVZdpaGPqfDLemCnW48r965YvFucb4S6Wfb/zR/Hy5CkNPBv+Qghsl/JWAWMy4ZOwY9H8TzRBnoOx4tBRxWF/qu6qj/h9TyxHdiZNKoZPrcG6OQSYCeuUULfUq/aRQiRqS4p/uay9/aLKotLznLFkdlS6Lvftd5UjHItcGNzWz5QSjUbyqey+/gEk1e7zkXmh340t4zufKOR9WycKTrCkYs/18QjTkKHfykz7E7fue5VszTUKBI/Y+DmmYGTaFNbyS5j8DniFhUO3CDjPKy52DlaI/rMKaojVJbfAs1OozFSCLfsx7gt9EuJ1P7qjDX4+O01kDc+4Q1GSn1Z7IzdmutGfkgYHcPF4TPpNL1MdL+7SNMZOaXTNHnEAUiWD8NC+NaJkzssP+lk0JgIeao32d3uequa8DsX2UONYPAWJixN3AyUqtKusncmG/dlSQPO6LIXbdYNieEoLXEtDq4SXhWHdTEBgJSOI83bbBxhijG8VfkJ54WfZPlrnfOZ0eZXta/e1TD32T+mmcBVCUjo5RNR/wCb1/Xu+Hvg2bR8gntj1JO54fRkbfM1pBMrM/xdJh8GSoqUIOCZsxBZnFZ2mQGldV5cu0ccgko+Arc7xig6zNkL1eg0bFL+02aKDsGTBKZiTycmFrNozNxng8499lMLHM5/Xj0YzOqyJsL66gCPr00wdFqKpA+7XyraJTRMpqeAhvwjy1d30iXTOSDlshQu6w7G04VzcrnDIVzdb81w+VBWvxnVk3GMqMsaAdv9sC4M7VkHFg3qfkTLXgadvCcGQ05ftoFwxYNPwrWxVifxOzTCcrxe94McvZ/q9u3gnlxfLth4C3qgnODxMquw0QrfMl+GdVQvTO+ac7kyhvyYx5AaDvgpG2JFzD347gPTEMyt8cwzVl0/Horh1dKXYKY/IDyDIJFX4SnQACZpKgyCJM/G1tmQZ+n4OuWXgC8jUY81E8hDgDkDiLIivfakUBGRN1ZZFJyioz0WBRoeedUxkVOvWodLoT+FB7x8V5QcVdQo9T+lQXTnA9MAQq4ZPMmX4UoWBDZbLwHC6GBFHFXzfN0yH5wIePuxGP49Al45GFOsP591QY2KG+4O7ckHmjeIRwbqbHiIHHbxhM/CDY8F5QJQazz98g4AtF3RAYZs3T2v4EmAXGP9ireF5Jzx/6z1IEoYZU8JTU2P95t/ZbKtyUY8MpSEcOgTMOduR8Tmhwt8+V1P/trugUlFaZZDdgxoWBXZkDMqI1yvAU4AGwrDcx6tOl2SkBK4+bCGNyBYSiwu/bdlgVFzUqjGWbrZBZCR/QN1MIHnzffhz6a+ND9bDNIzJxr+sPKZYOHQM1nASg8SuQ3/sA8KEPrVsGrabISG4y24XynTFRsMGpcD4m3ExvN1+0y8OIHFimQ8zMGk9P9/TSqS9VeJqoPMWHzkDVjLuWzduQFbo0WPoDjhDUOWBNpgQ5dYruGChS2PNYLr3FVz+AW5w2SJ6axR7sunLA1ahfy/45hFxXV1Mj67KKooJaYm7Jl5DuiEQ0rEEJ7x/5o0Kubnq+O9GyXsNRkqBNhQresbhA+9umKosb0MhRn3H2s/UbA/OZVFul1+AYvIBKaWRSP4Zwc0P3ytxffAJTBwWxG9m2lpAGhoChcJMWoNe88CyboVvNiEIdubyBAOYlzljrFxLnx6h1WpSdFnDv+fFiE9/Df9PckjXWRf0np762UH43ltHiFZvvl931mRsIGWTzk32O2f8+RS89dHkg1FvPju5EAb7wtIDfd++DFT+nhzoxi0dSzn+Vm2Ds/cHTaHI6428+WjrNZT4GD5LZ15yY0LGZgMkdmaQA2PORsDLK5/chN7VfMpzG3mJbJpegRvUtnsGSLNVx0zq/SCPXGXOC2gFVGcQQeFkAdLTJI9ITj1igh/MKP2VU/uDCULyEMTaD5yJ7lClu/bIx/o/92q+y9PJ7xGuFg72+TznmOVtr2kl94U+j8a2COK8imfBjUK6+mfWWqpSpixF6Jxj9lLX2SLC2AXCnQV9YTvI9kYqnk5s2FHGCNtU7mxMYt/+2pvT7ikmiWMIWEc0Lp2EpkxVaTEYPiS/A2bPwIXQYCV2qWve/s8x0Ofs20Or5Kcxx9vWa2MYfAKeSfn52K3jsF9vp0He9Jy/OFRa66ftOlfvt1FgKfAECB4Dgj4QgOtub/uCKxaDL8VBLKsm8BLzNWzwFnVpMG8SvjN18Geda07WFrI3rxRLPxhVRPvr3sjXBTKyuAmWr3oVC6iHXBjatqQBIa3dnClZl9amJgJrumO1qiYf4P9EAI3VxFlczvRougFzA0ATuQqCXhUsM6ZmEBAzklzV/133NQVwBOhcQ04pKYY6/cf4jNKyovBGU07/rMfwphrwNp2rvMjRmrN+0KiCSeaNCm/UgvGHrD1NshSuKLc4LFHQtPxIFGyb5Bo5eW+RHHRRKE1dNoVDqxCuTS+CuVbOiPKGgknbYNPqC2GlFpAoZgrsUGcDrAQDgLxZYSbayK8rnDj/gJmCK7nSanl+i1dP4Gu6HZQa8xbVkgnFX+FB4RCDCYhQ5V3K+Yz9RxUNv/uO4ejx8Hrky4NUsFSYnWsh56aTlnPgR1rLf/B9mknLMOQUoZ6LwAIjNJpVmhFMMqBNVoU2i8LrJsi+NzJS+9pT57dv0Wiqn3Woo1mrIpy+HIFQhXUQWhwoRn5vDXEvHP4mnkOWwe8juMilAspsp0yteMtqPSH8KVnTkikmbzYWI4vC0V0gU1/pHuCURbpWpQvOBZYHMEUtSigikZz6m2FYM7dJpIQDrItTZMd2RqruBqszku8e0zSRUf++GHI6dBNXG8k/aCz9ULFLnYodvpJZwyoNtBz918noxOex210ejnWQ+tc4cFOOdIn/WZ+elcSaUDZPBoXo5+R3Tm20UrnvsxwOIo6PPWIHCq3qXdx/FR830ZcwqRZB6owHupkTBhVPWZuDQd4eIpSPsEeMxSPHWB7WM24TnRrp9wPp1gPCIyCJbCLXMC640GehtZ3Uk3cWLIADXplQRRB5/g/eMZ2aRn0gipdom24VfuDxVOpoOIu9F9wHER4CQEq0YLrYPkHzmCcZFbH4lIImc3tRHUmDcIgRimaGjg1kq00p66pizqhfPqpF6g8wP21c9Ti2e63zNLWdvgdsoJr9V2YEOuog0rcjNgnU5CA6KQJmKgFQAfXJBc2mdl6adCAHCo3XbUtIvj2qHNUzb+/eY5KwIBobhacD6XxhgBOkDr/SU4B35jWROUQxREd+ySPGYhTcEfWDD64Zj+OS1oKVwP6/dtiC4eAjgBiv4yrN/q+TYPBuCYoV6v5cZFDq5aXNi37MPpsiyPs4GQ2AQTRPpqaSENhIoxC3adVTFrZhZpsJFISGVHxxCmgTmnrCZc0wcLx2rdwy4NMr3lbA/zMXLOp+f5Ys4N6e4M1oucV/GHHg86hvXk2UYGzx03HZFlbdJlVYGuUk9WCs+CulFw/9L79em++2V9NLg3VduPCbE2r5cqdmUT7IQ3I45f6dT+UeBuEd14OmocPPODATUF4THXZ5BYGKzzSmg69d7PHRSqcVnrU7uHd1D21Zu0sFCzwVa/4rAMPAyqF7qvvKlCbBnTLpd2Gi8PBpYOerPYd0gLEP7EQGeWYY+gmEU5TgOCSAdDnPRCpmQptD35gOu0DjBj1cXJTjgVie/vsVM+27I6DfxKNu+EYLxwuMPPwPK0D5zPRpv3iQZXVoVhgjNDlyEz3rUt/JDs7BfxKGNIpzBb/nAPyiyKH7VAa7RH7UY5i1zBjUkLHSbSXh20ncfnWtWEDNm30czwzWpfOHU+NeTd6T/kCQuD/GxcwnECEyiHw0UVrKOrCmujJ6JD9CJ0fsWhuJglQNhDfPQzAH4DnsOhecLYU7mcRMsJaywoZ/HeTDpgiqMQ2AXpwHhGV2EkoZgqDIIhFCRRNRSCI9jjl6ZTNuC1sSfrF7SXck3H08CmInwBg66KjO8CD5FZtDr6MrWn0JhCAp1hqlC7oTNwUPS0J8PgCuuwLJI6J7my5b4jOSCADo4lYfU7bLS3BbylblWQ9A6AxTe03vW3606m1QGIohPmiOES1R3T9a920J1nJytOQc9bIP2cg8TbZ9DAJ/tzZNxWBVHM5eM+TkBqyBsmisohesWYDCpyXEAVhFmuWsiwcURauylJOQE/XjP3ll8RAoA3kbnIkxr0UU8+FEdUBwNZrZoAtMV6GB2C7awGNMHfJDIgqM5FqwF0gumyXO5yyMRLeAEgdBKbpkpBmyBDel0wqPw6Yus93kk/p7U9eZr/HDs2VgvIGyc/N324eQmOVJcZ9SsczlurAk6kCXQftuSEdujSgtncYVqD8arP1zDogelAJmPkK3bh/TEYOCK4CWNV+gdp2Mdq+VqgBSxsBWw0d9BsITSf5TvQ7dTQaymGfHN3PXsjgRfE3568WRnV064KEUTVftcFGMJrO/PL1+Ss7QAgecd7Lu/xR3tjXeQ4d2UhyZHWlHGeYf96sZPTza3tFkSN3ifrSOooZtUE3kA0ZIDrNNt8zf0Ce/2Hv0MMbS/MhAa0cdDEGcL2gEkgjXY3f+dNYF6a0Hl4cjI9NvE3lBTrIxTiWBsCkUzdwk5PTdkBqDhBhil4QzVtKWE1m/rSn69quUlYrZJqLg1cz3hs79DW2aMORnsX3sioj3HJIs7vE0LcLu5fY9890y8K8BD122Lj5DrnVn7+tljOX1C0DGUp3ML4QroKQp6vj1TknAl3WL/0WuCS7pVfvJpoK0A8cv/84rutMy3YwMbqiErGCiXMrmhvxqhLbC1Qk38dSetjOyLy0K4B5g+yLlgsQ+l92QTmjYokNMoB6wgwXrGqMlS+2TCosi6TsGM4F46DPGkbXwKELkui2wJ81u3Ec9lk/prdH9bbLt+E3xEYC/ax5KqCg0daU9vWHtl732ULtyCIIDXIilOVYXOmAzBrXINtvPADVCOha3ta0ehrxydoUG9wwm4r9PticymcKMdUAheLGDy1c4wnzPnW4zJ+IMKpQ7DKTQrqVejXECtk+4MbJ+Xz/qs1+ul6DZ3NH0V4KA4YoyLGproT05e110IR0O2jd+47zVsbE9Zy2mYw5ZjGB7Hj9rUuPZEIsuXaliBGI7u5HmZIJRKsmClausCczkpFUtGZ29P877uuM06oBXnQI4VmxqozRQI5vEql08O1YnR6SeOibD7JI+V8pE9Ayw/nx3GL4Jhvf2qqtLqAzCaPER7193rRzrQB/RE7GpFL2FXB0uhJJ2iMAyNJLEBMuVpZulru5owrqyyQSs7dLqLnKKo5IbiECEoO0TVcMxJJDNpKgLgMjK+xQUDOWpj6v8GTVajf/5vL3dF9db+4Wxq3X5OeUNUBUvWNSRbYvL8F09anHC0H6D7b/qh6uPVeGLaZ1sacJiysgX4TBEVg0JM6rotmlLpYR8ZbrPZJ4UqxAJygOi54LIHMtNLXAra4GXzEa4chmb4CmSHfjROu7L5o+FLLEFiJpJk4L0cVXiRweN7g16IDepz+FLUa5biowfwFdAlYDaLksO/rP1uEDtcwcxe62UWiYEt9Gy80HfOp1c4QRkQWczow2WwUeUnMpeL5sw573BnVBZr5slx8UnV0BDY8eAxsOC2YhwOWQfaYmghYYFBGuv2oPIwR3DwiF0aUu9NyeA5vrWxU+WN1aBaMGTcc5nXDMEwFYaA/0qjuw3jomILCGNIthBdQgo217gIt212/lZKJ9hkbQTvqDgBZyiKub42qYsUV1EEXYrgukxB2HkTg3DpT4wPJhaFiTGUH2uXSB8qrryI66DWVYSL3UlkWHSUcX/xBXjKwnhxbVHgsT13IQ7CnDpuoap9itr+yaNyVSpi3RAMt8amK466fGHT/KEYrUfBOgjM0cfaxWk5rZ7zyM0fPg/hVt+YoH3Vl711HTcai77Mn65ye51axTX0bAyVQ9zZsosE6koh0hFmemgfXlnRW/naOnEZyfeo4stUXYAcamXo4911h7BJOH/x+BANb/v7xyx6qc5mg88Peq/vElZxweuIbggTfgOzAYdwcmB9yB/A+XocMRb+Bnzmg3kA/oBiZDuIH686J+iBkYXxPzj6inT/QZWy9CXt7CX09SoQIYRDwap0+5SwdkqLESJpT/+KttRWOdDMX/oIHRpeOYYgfWp+EX1gsMS8+Mo3raejj20QAXIjOGgdnSClAPu0eNx7fhx/I2bgNTgCjbMnfpX27iK20qVphHl+pCChwAkuik6f50w69zLPAuANt5YOd36JHQ+mC0Xgr2NUcnxkC0HBAUYs/iSZIYdgXZKm334/v+27utD3FPs69HMD4eO2PZQvPgDDm84L2zS/WjuzsMugqzLgYGuGDxgYMOcNAPV7/Pap6j4s4hWOeKIXKOJuLjIPCTVr803wW9dKwduU7WzMOm6q6/TuBeR9HpTvFALYEZre7jrEvCKaF7/jsMrb0DC/Qfa2XhJT4Sb3Gw21/s8Q/G6sgEwv2xzZR+FT/rxOJxBWaBmRvIMqKgf7HFXP2734aYYHF/61T2efN7sJlRUPTDEjdgjaoAYfM7NVM6fWHqVK0BHv0BYvp11zqFIP864qRQb1qZV9fwxhXCnFiKBXC6KyqhvoJ7okfPE6J62LuYyRj+oIDQrK8LBggeqZKjcleDKB2/tG+MRv09QwH/jerVPyB5pHQ2cFtUI1avKEJiEUMUxojDWA8TiHhhIME/50QcKibvEHIln7xYT7/j5dorRRza30gwAGiSH13dgrrPxokdwPyzBJPitXYJTN+TK5S3aXDzK3SlzyYbQcUai5q5aUCdLcawl6PpYePF2B2naA51qel+9KNDt7b/7m3suF5EfovmxV/guu2HA0Hjv9yMNqk8Xz+HfJJUGpik9eJystt4fIprG1Cm135d+Hl3fDv55RF3W+lbx9BuJuuLGvRVN94aSOlPOrimGtgf8eQbKCUi7H65JkEbi5nTKNyDTCR4i8ZwaUh3kt3B/pefhJBorce6fxYTLZY4USBKo/+dilMA8PZAtuK+IYfW6NHGdUMxHkwscNfH32K7u/D+vTskdyIhKq7GnJO6mExFy17oOBinFYq5wFrXkskCi2VtVras6bKYzzDaTDQ2C1MwczDgvcTLAexgItfJT3nQqup+m2VIWosM50t9YJVNrLUFyLJUKwS+W1fIG6A2yUUXlVPXMZKlUrIAtky7ML71/wAqav075ZrJT24AnuXy3xnkz+/IKQbesy1sIfWteTpOjwPCJGEeKh/wuUNyUTJjqcvD5ZjaBRcr9ejOL6yoY/oQ0ahJuwkhUM2bsZlZjUNqDULMHvHyjU2ajGHvO2kZf+h4uudWfO4RJONy5REZUf/+tyufk4n+GSHVwKi2rhPPZL/T/e0uF0QGAjG61irbgmnNGpE/1idAR/WFDY5hlJNzq8hPAg4/tj26UJHGs9WO2AwBVnBrwLNbo4U2geqlql/eEQsxZNdlDJC9V3sQ2zpxs/ajlPCWWPvEI/XVXRGlRX8yS5P4oNHRZ2xsMbayllyoLa6CQUwW0ejeDIukF10PnRJ9PCdCRgNdTI/jLVtWCyBrlg6yPBOez+tWq9wGKSwISPcMeHtZLIzQJDHWcVbT/MGFIsF9gcFEOgeVueVfuhyoHV0HBtcu9PWSULRTjpy2X/wQ3oNYJ5JEkBmVicdu9C7JXo2pNNc/ic5XRJe23P1YPWJlYh0SYKoKHWUKe9AADZtz5PTz+5lxcVZS/uG7FKQnTynv4kKKM3kNCoi0o/+O3IIP/HM9RcCtEowYF31SN0LG1mGRlpAKEkz/BVFB7AdxH8LVbiwYtF/6BqPkG6tjwFtpkavQsI+mMh+q1icL9eaG9njQyx0pJlbDLQqObTMXCmzGvl1cyp5dF2AYTfuHDDFdS4Fvgsug5hW1tIk2gwvJkCCvr7gNveV7X5QUiNn8IT942f2wfe+FYURDdX5vr3/WsH2zE8VzzPJ2mso53+tNAgVESxQV0wAv5PRKcn/56FyeSqrcrOvhujjVUHkIGwo6RMywp/DbqFMPH8Xbuc+EaSOidQdSURXx3PU4f/9UP5fSQSotHErWJ4Zs6bVd3xQ1Alf+zlb/zv0W0USc+OJLp9vNkirEgMHQlwhwtr5+/i3+NVQn9iB4I0TUX4SUXURqRDA5wGhNZHWRuaeVp2quPOuFTnkGIpZorAhDhEyEXHz7gN/LQswW3DgIo5UHRbUQPRYuseHrYChSnEHsDzjD004UJR4jjWs+IprHjvmpiFtSukssRB+DcKMFUs4YziJYBdv2GdHXAgjnIUcKLFGxRtybCyxzpQQEjgCRJi+iGsc3uMqlhqOE/4C7YrnRxS6YM/qNCpRiwmxxqazHOCMWLjRPT1gK2KXMS5t5P68nfRGoUwFQmjmE0GE0J4yIjx5btiJUGIaEgI7QdFx3CgNEKqoeWmmARcU5KitxsTIM9XdZAKJE4KmOkwn7wTlDIdLpBbfkgmu0pYNQlN4ZqqUVJuI4sbpgj/8typsqYbHiAszFDiTogr7R7pZ5jpiB8lvQ3+miT+omG+MmYPnKvN9zPCOVLXB/k0Y1ElBdHULSPViLyxLSOGBZgaPqLsxc4PmbzcW3LX6fdihNtQlZXxvH0d4vVwHuZs+KzAAwTFjH3bEjFpYAHfVp9er3svS9WLL2GfpOnyECJyxPyKQmXPzkFsDjwYK6H4mqQp84mPkryq6SomrJNLhgJP85kmgxqwDMpeQqsXUYSJ+yBlcM20vmVa4Cml+kMpqW8oj8HTmpsDuGqqbsS4hvJSM7tJflsBm6XrrAwifQjWusc9rRwzBvdMieG4zDxe6t3PXmddVsJto6vyfqtH0aOCQACLU+CHos16pQklvXwVEUkEYcey8bhikAS3dkFpFgNfnJgUANvCbgLV1BnbEsL525SQl/MYaqJVtThpr7cA4cmjQrmT+Mn78te+fyAUYaklUewzvIarL9pqNQLVQ3gt8jl6Bt42+gdPmUwtRAuPGSYHiUzlCs271tCqMBohmK8p/or4qq4jOTmPA4Q2iqCwbAWgK42MAes4H4wgJUAxexegc1CKv5ygnjzxsGs3YwFUZVpSlpQYVGQfplJCojlIAU2zlrp1k8b/8bLO3ADm4fm2cabvglPkFVJOpEBu0/RRrF2arsouvFiNK24Qhgz1CQ2Abv6kN5oDVSx1ieFxLSNyLCfHfgqoAfjek+Snv7sUjTBjJe0kU14iBy5VzqDp7Z7efXQgpUWs8nzubDuPKXNVE/QIl4iVJjT6V8/2gTGzDKWXN4MMxKMMGHM3EQf3O0jMSYppvMEW6ht0R8DKFaCj9yQ1ye82e77pnb6ypjISpAP1zs/abWznpzNkaVOAAJFVvncw12jBE7LSAQEB2jQJmn1cEztPOjtUrq29Y5DndDbqC7P3jb8CCOyznw17F5pWHlemnTO9jCX292Ymwr1r6uTnkF9yhaZLeHyilgSyh3aCqezJ0aUkVS+8KvTQOMzrx8Q/2ljO8piX24TSTAcRbj57CxCpe6ktvggdfjWH8ledd4DPaOheuuX186u3jkyn23s4pJiQ4QyRhyaw1Gx/TE1u5oD8R1TjNtjwMc/t2Iyye51ChIEnYmVAHgFj0VMYZVwBDMr01KzaJTcuS84QrO4SYHLPxkexbvhYRdv/D7ZsN1ttrmx6XSylo9Bcaj48APGX3zJS1dcyuAKA8tqVoVzODzfAAUiUz99sSibpLoE3kdiWk0ky4Nim2WjoENOCMikLGfYSSisH6U0n20mG5wqq6lqpnjh0u3Mku8MgDSDUGtH3rwXJsVgOCXbzwaN+7IpD1FD6ImtLrYh8EvsMcqDs/myoVOkQIad32f8eVlGCZ3kc6Nr6qqjOEsebLKDfvPqXYVbE1y0z0V8tPOlpJfO1y8JsCci0si/fYDZeAAjSgdAP4oDuvCHn+qMEydz+gpM74q2LGVq7zV8RZaHItg+fMmHHyWEypC4/uFtjvRB5I8BsO/qVWMQc9IgMxG91r1rnb+IbTSdSJCjA2VMfw0YtSk7KQ16lHW63QmFj9QO9fSJcRv76B5LeRoHHNWBc9IeXrH1pgTwOXJjHxyCKntZpBCHf9bv4z8wHxcoGvGCQh7dPH1uKgmWtxqAGL3JhAxMPicLe+VJJj03cmjXUaLMFyhvzF0CyPIF0A1WsHlCO+rrLBSKoTwqYuS+F6+/KoAm8OgxcrQBWfzdfjGldBUnjcEJafqJXJWIh/WTgfla2GVs7HJ6qAzJ5Pji2WZK+ImIUzjPbiULDU7TPmocXlaUQJj2sk73rRQdsZ5M0JZXKLcRecZu+BrBx5T5fkc1thecfhISPmIS9lTC73uv5Jf9mAuD6BgeE42cPO6gW8i3lDmvxcjxEUIOAQgzOsHhDX3d0HHlZtfYa5p35E1ZGzblpP2cDZFROPP3YomRPDxaWA9Q3w4aBjij5Za2dypapVRrjMjiWjdxJG3Am9Y7y7/YNOR2gsulshqaY8pfZygE5JuE3KsRBGbNIwpQCEm77bLGnd/28lt+zeGOV9mKKMADOW0/rC7lSfu47rMQCHSNzutbA7UcZd33YWGjW5/Fg9LFxsN0ZJT0mv6sF4yitoQlBhSK+e8B1gPUIlxD1d63XuvRIvJfQi+7IYAQCCQYzMdWJFW80HEZddvZG4i3eJyBuBedKyNkaLRpW+IfH946ystXOoJvHrGmAdR8GOUbHjuT80bUFPC5dfMMzJwQ9bOm6KXK7Ip7X2fi50lDUWu3ltJ1t09S3xffGEN/pULPbm92QheHgLirqlFN6HyB+/1Cxybeeftv8VYlZcr9ZOX7g+7EBZOvjWGNUwLELOYy1XtgfYf0q32VwGoBqko5K9zS1JxPJavruIrN1NM3HwgtG26qDpqi0VqrEa8XOzgdpr8bB6cPBYB3AOzRF0bX7qq0e87/y4VU8YPgK7s9HdgfvO+2uebJ1862FgpgAznE40r2tuR337fp1ZzBOYsVewfrkYNWuWiFkcbmgOyZbWuWaRIK5oKiUbScJLhAAvsda8dQgRC+m9z//fmoAffOIPBct1Z8Gaj4ACKAk6q/fgnXxiFGDPltdFEbuvaFvnDt1wgr34tt2y4qqiNNQezcAxUcBcaMBt+S40Svnjb+oOYsFdWDOsEL1mstvtvFjb4rqHo7ZAqZQUhuPg94LsRv/crtF99RavYO/Vvn9KyvQoMxD7vjdHhVEyOBMYTTpE2sHKoyPMqOWlTZfAzO+0QEiEyJVoFAhzd043gMdFEVUJKogrgNdeQCLAzcTct16970acDxPSckuUI2Khdzd2nFcUd0RWYODhUiH+RyC5QFZKf1PaH9pSFiJAnqr+1pnJDYNnfILu+LjP8049Vvmxj26auA9oWrFuqm5GcAhqsCE9FdpQL6MkpzkIQh4ZgX2n5z/XFRnJZi45g4xNfnj54QjJIboEYQJZzLQunokT8h0IjiEcrhG/Q9cE8jawNB4i0NcmRq7VzOzqtdUMqBTOE8DR6EFSA1Gwd9C882+YW5lHQATsyhh8Ar9wKWnv/BnhBG/D+AE+aIYhf135L5Ue5C8d6oZgYsWd3JMqd83Mm1AiMfmS4HtkKceyGz3zRr92sqXR3b2I6t/5k6tkKTdpdo9n8YEQbM1+ejHdxjDe2HZoWcB8MPp3mwDx2OwE3B1P0cf/0ZCfXNiSfdj5ATMOg/MeoazNJxcH2ZecO4ywrgKxSMMHHlpIz6+XIiIfxNddA2JqxsBVzyLIjbStgUIvnRwbWjiuOTCTwt1lDLUezeaZO9nZFJ03JOq1hgE2dsF113/J+tXbQYblg01wPvrr9Bvvk5jbA9fvRItLPTz7XU/uh+5f2MCv4b5wKT8abNczNWnK5+jVRcFhwjBXSbd3WhbmPJmIfhx3RmWt3rL8ipEMZrm3rwcf67kQf4inWBGJk2mJ4d/V5LygiNtOGXf/mp2RLZ8x2BB2tZ3HHaI1TRpn98ojWF1/pTvbswAVlKLCPODkx85ie9OQ6gVtdY7CTFdsAxrPOKyxBhyAHuNIQodw+RYaIc9QVY34yV/CG5nvcxg1sGxPmLVF8tducCm2wyyQc+AbD/Bss/PcWDo6wXMTa4bCOiYyjJdRlWjzRsPnK7nRb9gXbHLwrzk+axcDCva7dq29I3cWlrbHExydLisskVbCp2kXrMCAh3zGnSQGCn/YIbQD6S0FjEzB7pmTLW5P7ZgExzQr386IoJaONKKZaoh2mRExqESJ+odA8Y68IEj1tIsbdREgb6IOaUcbd9y3UdW/iqDVimMbnJ0+g2s4uZfAHa1yLiXWsCxP1rOk/jxGGZ9I4hJxu4zkNRsPQgwA2rahZaWjy51rTIaTG2CvYKGCsvi5hS5bkmQtOLkhKTbo0Ra2J+s+RU9PWbAK/AOvc4kdnhAqyjh7627CPlj9DpmTNgSQycGRjoT4Z+VSFmwmdlTZyJXooPATBPtjrxHQaglheXqUiYId0fp4WXvMzFenjO8xbDsypR+HoZjbVaJvEktQwOHYSqE4zdJ4munKX1+3/Rs1ZlSyRIr7mSPusfPnqrVujVSr0hWF/HjT3HHETQYNvco7e356rlf8KcFu2fzyv2ClQVOjHF0REEydiouKD411RxmDZVRSVBNUvmqrqkdX7yLlf428nmexn8CoP20kVawjP7ZlEVezTnE27fR70z33a3qRhBQvgehNashpWNiDsz19W66UfewOQAi8hd4XJpG8iHfUd455iGyu2y2zpEn9gc+j+iiQHN1bG5VdehN0b1nZO6YANI1JhzBm9DwtsyNrxmPAqbAHaRJkRUBCN6fw50tExjUzBKuXRzJrQUG6RxNG0FGaKlCCgYVZGB1KI0Br1GjZ7bAHNbe3mQiUYpUkQd4hfIdfMzbAQLQv41i9myLl/Y47ScOKeIKXFNdwnOUaQl4vuJFYTXgoA7GInWHG09TvetmJMkEeBBx+bnONvjeFdYrXH+zqOLTiLHCmZN6PYkouxOrdH0cc+bHQXAd/Qc8UEWuvSsuqC2GHckjJ8mXOo9TDjlbDxotUrYS2u4VaQc14js3EpDtgz5Piw7Q1ac8IQeHxIcXXsmpfBDoX+kkQmMJ9bNwEEwMt3krpGEGo2p2+9Azz3Dxo9Zsc6QR11PtMxLhAOwTs4x7Ogg+D+gx89QwzEpeKWOSoCqdjpI2OEcz9VY5Rmw/T0x23h0hmP6vH5vSOaKJi5WN/Mte+q7YacdluFmvHTehfG25TlVqNAIJxps/pMXsn/1mg4A14MHcaDFkLLVWIeAm+deLuXCyvkGL/IwvMNe8M1hkTBk7ZwXvQI9zslqZLB6Sm0saWxJbUdkLoSXwdOKjQDLBoYtIByE56/3OPY87ZCWXlgZ+kun8sFfUqAqg6OfN56LsjyR/GnDnCHdor7laYAn3ckASYgFSFy6Iy/tvZQ5uKtOnoo84Ng2wKun94SwwRPebDuxI0XgD5LZy3HYTnhLNojRwDH9RXRZEiM1SM71HNlGSQvlDNNll6qXGA6tgQ5tMiMDlB3JINWmxkaQR/nS99yWs8trvN2D3VkhR5y4WOL8nQvlXshIK3X5x7/yWgJPfkeeo8vfk5Yui1NiYwCYBh+h75hq0btyFYxR6tooS884MIOOKpFDhXQy2ON/Oene7eMnatkDm/vvnVR+lz+jL5nCra4K0wtwvofrw1bkhfnJ1BVrQCsy2z7HbpV1QSLr934Nn4bu+FmW3RMamiLFJ2A11YMTuOdF+EgNA0LCtIa/95wDfyAX44l6Q/b/FdsaU0IqcMnoy3Dh7nEKEn3v6ClVfZuJ7P54OFq2/ipkegj/kkgAOKfJxlgvSRHAcwdViX8bC/0Z2VSq3nPzGUFNrvf/CKuiAN+iXamG/x6e5wz46crDuut++8WsvJeyiDL67FkuiA56FfCUdC2KEvxQfNYnr/J+HjSWMiG5QRxkxiPtR9PB5bjsDY6V/sYIySTBumC3UQ3PgxBSFTHbux5l3dDv7alyOvdiZvmSbEUW+UOjp37l/agaOcKkg2nz8wJ7tKpoG2eXQCzKU5uHx87ZKm1cChui5WIRhlhUoVMYTTg57ut2YveHre7rt/yW/02ftOCWGh/vdW2MRlF9O3h3rcTwviOKWGT0FAjXXVTtq7c2fdb7irpVdnv2j7VGGB7+a1yq99Gb+PhEB4VekIKRxEawOT0IImw3gZM51MG7EtFRotCeGWgeNQHBifEu2/psF4jBV6OvW7D+u9uDF268P83rKaawX2k1vrFmdRP4dYRJ7qt8usazJVsZlqqvrJ1OagdyesCpBiYKyK4sqppHLwz+qVchJIgQ7Va6Ni+RSm5mD8viGt95UJ3bjenmgA/nF/mxvFqfDeyEFmctppHHobA9huoUw9IwFNKrLjXppRBUciWXlHh4xc4eBEJNfs0IUOmmICxnV1qEoZtbUKZyJLSwglVNsSFijlHQFkf4h+3EWYGtGtZJSpGCnPyFhIMh8xmfdq50oTh/yKT+F/QI2A108g3B44J23poBPjm1r0rE3auDxpGK/N9rTbL5lwATi2gNArMdFt7yXZ2FyYieUaSL+/vwEHLfvLA9hoW5F9vvkOaoTKjhoVxzxFzcK+43a5zcK6PhMqC3URJ5c6I/BE5Xt4ToauQ3oepgKbNyB9zvQeZx5cs4J13MApSdcZayaKuFivC7h/43hT/jPa4CQyx201Y1hJ51S+U5atVsLze3JGY5p/Ehj5Pd7Bf8KnelT+YMdV1W4iVq3lc4sPBt8FzznAQaT0iojHwvUdCMpjsM6iHDkGmTlxiRIrFdZObaT3qahV/7pFBMyHSIIS2I7mpO0U1ysN0XVtOZD6AgnpQc+G3gRUbjhrqGI4I/s+GN64ehW4traz85mySed89Q0/jPb9fnhEnTypSAB2axadNriTOJ8W2nYFyHx8aHaYCxhQgolDFUaSWaV9B5Dmjaqj4gusLvVaZRGB6k7zml9NIfjEu5lwbdMyF4RvSa17XFcvkcVD5Hs3GI/vYulhwbb8MNrH4TfJ001BBSUpRXLAmLSkaj9Ki9VJASmaiS33WlxZic9VtdHw3qKgvtaxXWdAr161bRvewp30P4QssuDtvtaswHRX5EDy5JRNT51bbH6lgfmLih/iPhdHAqul4f2vkH+Ilwwy4d1k0Yg97RZIhDv9S1X8JNKR8x+CN9cFudBsFi/USRKahKNBlqrV42AJo2GBFztmQriaLJuGW/YtHtHHvm2F7ScWKMrlQx3rbeM3vzhdrbp079Zlg/I4RIrXB66whYz07ZdbqljSZvEII8aesgFy3tk+lJS2PahYC5TpmRujkByDjxVyszYkoJlHHSZImKRjBgIUK8exuZgHMcj1Ycb7d4M165wUo1BdsWtwEbrx9neoyUpkyRJdSG3lKQpG9JetblF9yokPzATJRwtK9kVgY6MJFMtttVtrsJfXQiLl2qTGO1ew5D0mEEZKpzdswykGC8QWD6fHtXpjRuuqN9+Q1RKL2EvmXGwa/39FFFU6KE9pqOVgj9HpB39axTsV1KKJyl2Aa1lZLOhZDpqArsjHDDaGGCTHYIbkFpVxFtAUsJ84BJYdv2T7NTZve8WtLvZmj+JKamSrg8bn1qa1pK12bXu/40SCmJAhvIHFzKWesjrwQIJ7Yux+iaHTDK5VB3rHalklRXYX9jH5kj3zgBnsZH5QC2lmxAJWno86l1tfg4b+4FAorqlvn4xFP2V5B21JxFDAV1pi02J7E/rJ5Dcor/+86wCAjShbNZRHG0eVn4QDxEQk7Qc1g5Jy5LcVAr6Fp9JrsZGtOuDKuPayPidZPZp71UufR0mZwiEtuSSYRrNGpsH5tPKQs9rmYtZayo4HeUXlXNrPbDHBgh50T6iACN+VtB6W4QQBUKqQSpaW4xTHvq2F2sD3FAfVDWoWLpHNFgZsabTtxis75WTzq+Eh8LCcvqCeS7AR0eGeWHgNrZJ2fpNwGa7jjMmC6NIeYsTabU7XTRAjAbxIfObsXyDbH1xT42coSuRHvdXkAOr6qzPLhI+FLc29rHBjROPVb6wiHm0zHD+oZb/3TnWlen8U1q0Uc3M+EyQK+lfOFR6Qe+ygL1YFhr6/d5PO8MnsxA9gIVmabaq57Dif7ZB2pZHv51fDlrV2pvGVMgB1PuqowZRbukR5bgo1AGeyMZUMh3CHuyWsxiASzTF1Aevez9YLpfPoBhiDxbkPorVkkLFDznXm3J7WVLTqPBN3bV5ESOevn3ojtK99xTuVGYewv9vHmfP3dRFwvTbCRzJvEWhgijK0MC3qsXs/pUEr5+7b350QlTaaR1F433FZFZC2BtWGDKyiA6HQT4kHWRK3meQL7a0qwb+YjJN+zzAuw+WlIJ4suIuwSJ3ZWPgB6RI4/LqorO7O4JvwgvHfsnt/YzKnVClS/3uZW6qUk/Wmr93eSMWC5r5KA9efOYRyYXNZHEt2uEFx7tdW3LYL2yvpIdfQxxp4hkU2SoToMtjL/rJ7cWI49u7NLJ5fEJNyAuCCmfAf+XqB+cjWChTEfT/yq6f+M2eXkOBpeMco3AqMX+fpcpJR+SsPLc57hqcPFsvySaYTfBxfIiZW3DB2zTuLMZ+iathJdIkOkFNz2TJTk7YLkm8mIKZhUmYyYgrOUyYgpODKZjJiKLZ8Jo7xfUVQzKTEloT0TZ/lC8QegIkvzlaJElcnIqbqsmTTOd6p6YSYlZ9TZzJSf5bsXXiH0CUSfOEIO2SgxTd3DqiktAk1jVfSMVXvFxI1hKmg05FhVCp4kYs2PTagJikn6j0YRHTeh004HpOXExnHkEA4jkmjj58HQel8kKRO7QdinXY6bKGI4jlDJv2s8srLPLgVmTei0lMs1Hu/+fjDt/8JnxNlrYOs1lG7D2ms89xtY+40Z+y3n7jfwdhq4+gxLn6F0G/h6DUutIbrTwFVniOwy8IQJs4P8yEoc+/NEmjpkxDI4eqTEMlZXTixzTPhXDp74+3/bHeCVEzEHYTt+NNXgqN/y0r+Bu28Dk5xaOgjb96t4w1y7Ibp/A2PDxix7dhfZ/pN8HXkjBBydySMEXJMySAi4u9NICPim5ZIQ8PcllBAw9WWVEJS+1BKC0pdfQlDOkmRCUG9hpgnhaF90MZtA5nU09rIMYS5Fiy2nLo7VpbyyCGAeUXwpx96MwRbVyR6OWU31leygmNGU/MjyFE++VkV2kcxsSyFkD8esZdr22MZLtfha49iGx3U4ws9YhjBXiRQw9rHM7knSYgPEfJ5gKsZkTpoaJ46cabwh8YhVBDOJgn5Y+e7qazMiLc55IWpIeJxZDvqOmQxB4bDGQ6j3dvtkNu22KWAFt0SEjXIC30vpODiuoY6YyfUUus0GA+a87ZZbY+bm3sSYIj4j2NCEuZJO2K8EKPdsZBUl7JYf0A+VbeMiQ3RT/o3TmwTXkSJiAEWA4Wpb4nj1hF0sFEDgqKJtCc+OjdhZ3Wna4AB3RYUk0grs0av7eWSu7YFrcUHI2+xHbE8wdIUZqj7gOa1t6tHjyXF7U8sIvVkAZuHhcFTI685nUiF6IKIk2yBrme1loTfmch2j8plfd3VFZtTd5cUVjw/E1AqHYFE18Vr5Csqun9FGAP7+H9boDzAN7DcG2t392B/vwyd75VcXxbhykpRAOBgkCh1X15VVhW25RPaSHkZDIzDD6Ol7gKSP0u6lGHc4aByAPHAeLdAERJChSLrUKd9GPEZrSKF64aTxyhH2FgBxYtxGgaJwHXEKW/61Y/EtsEQQR4oWAYw0ad83GbA0DIiETwBYu1OuMoIGMSrD1Lipuu4Tm6ApzKhoytPUOHC6Q/wIyGfzJLLRb4P4djvirUbaTE1PDDOcNtM4+ffPZZ8i9vK8oqNxEWA752JF7k4/57DutyYVw8AoAWxJFW6hj9vGkiidN/0LNO6b6IYZGzvNq3y5oZHKAcAUTz5+BpNDoA2s2I0SocOBNW5eHjafb6JyzpVvPj+aXcCAz+2WgL6sE7ZTBNRENGQf9C2U+Oe6m6eHvBYrP85/VMZjE1AxDVYhmWRnEiE0aPBsoQwQHAYCcMk1Uaa6a3FRPwFDYdnAfT8Rw0E0mOnxUsQPHdlSAFS02t8B2XQ6D6mFIYknNkusLeRn5ukqDnimOfghhNnB3Gf84mVA6/5jbIJlwP/pV5hI/bTo9M7rwj1o3ljHtyXSaAZw5z53mKDqOnCwCGFxOUSEcJhNEYeNR+Dkpksg8Zo9noadZAGiH8akh4W5OADMgKYRbHTEUgc/ryu1xFcAXJI3nCHuO3fWFZd927Ym5PRP0ihK5foJiZgwnW8zAyfe7pwHLzNHoT3sj/AZLu7tg9n8M7DVZv0Fbt/0C5kXe77NQiKox1HTmqY11AN9BIv0Eb9OigJPMZSLusjULxznpkHU8gnER6vqT1RRIbpVb9UrIh3WHhV/NNJnmLdVorNFIYm4HmBJr21sScmQWWI4U0Qhjp9YsOwjl+02JscmoD74+ORoeJg1NSBXLrUivzoPzg+skgOy4ixn+Rnlbs1YjBGuHtk7ztE7DC0D7gwt72iyq6G8j6Az/Op9n26M0cE0seMWKg+xw3vY1o/FPfY1eorQgD3xDjlMdnpMxRtwJoKT+IU4v3nMoA61mnohSPnAOxsTPazCAt+QjbCctkJCkwcvbFz7DVUO6D08FIe9EwICvbaCTvPOMfQcpaDzzSkG3pkkNNwxbyeJxaPeTjWdfa0YnFCWuNaMoAAnW8PRE0uT5nickAXNsnckiiIQppcgUg+X6LcT9zZr7BuiH9ip/r1G6Jcje0bqWINAgeBQcHXJBG0UsDO9H2BVZ24sRYLbsYtGE5GzAISUe0+412BUd1uRqZIsLrg0MLvLmbtNgLOXwo2y8+ldTiLUUrjDZnZ3snrGLqblKunquBdHFllvo1JmJM5i8CBkyWX1qCVLOjRhp7DKySoVtBjN7wSkEixJxZbuCUTXP8U8fabytI5WvBJ/dOUWmL4D2g4LEmIMJ8ya4brrIUiizKKg9ZB3WE1ITVJWWqBZd2+69mC/37NFyzAMpPfHfXlOt2MHIFKL2YuS6EKY61P6EwWlgeJcpGawSoMz7dm+ecF614mrvUV1b1d9WtunFBgHiSeg8VEKO+w0BjguUiAaetPKeU6QWltHSAqsGI4zbpa0kQWG4RABs9u12wnSU4Doc8gV8bR5rGQawnVXuY9YMgrjRB78pxTrNwegZkgXjmcZ4TOae60MxcNFpNshxJ2B7yinpuMRJnPeoFdpJTP6tW5yk5gbEkFc4vpM+LSDOc+UaBwbvnFGjnZdCxIFAepwslibHPtjEUEpAUuFpiimKZlwcmxyMnfMse6E/5jssdqh+QYtKKVZ46jEGvJ5WH9o/gBkCZki+mssZlz4rly3N3dOixuntJ0rhQAp6T9G3QkJrkrxYkTtj5HpIRpK5075wAIQw+4UHV/TFmQeI7NQDOj6rS//QSSv6d5E173L30R2NlxTRGwZbTnptgA4UnwdbM4EqVQZMaHzY0B7iHAzcPrkjmLCTk656QhD8NDxTY7isPTPd2MoIgxT3CewD3opExEwJCZ9cRgU6T91JBUWSHsU20zYv5+Z4YauixkAKkUC7FlISNReA3AbAI+LpWcsujcyX3RjQt+mSPD03OGKCXXzgk5Dnhur9WHg+WZkySD2128Qd1niFh/jtkas2FWwIQqbzA8kvnnxovZzutLCtigCBEQRYgX5H5C+T/Kty5svs987nGGfeETpSBqAa+SKJDG5YUURFmOT6CZgaDKDvo7ot+lsskG0hzASt18p5eoMU7k6/W6bfenbfgsErSTNwQkPuonPHm1dfUACC9weoujAhRiaWEzbcYq2EA7PDjBoFFSoxOcCJC2Qjx0teDrwQ0TMOLACcyKSgCzB9+ZRKpoJyGWS+5CEaH3jOEvPYS/W+9vcaPFR+VjkKEBlZvWako5W8e1mxuBhaprbsLnHsya2dDfDQzk3syr+gOp0aL+gYJRS/8AINtf4DWZNKjOWiPIh4CTuX+8i5P0cp/in8P8j5CggCdn7EFPJWh4jzzlf2xHkbb21vlSjJk4n+2UgHWKF5C9MSCkSOmAAJdFq9YoqXMR/ugfo3YjnJMo8qI6Yr+nvFLJEa9M0c4VUlsprvh94lXcwWpSNNe3cDSijG+qvDizKwOF6JisRTq8li9XPYzDfbkKImPyAvjDXVxYQO/v8xJB4zcxobaJAMf/SJIxGdIFyN5qkYyDxw8efTSqxUNH6KRNmT/inebw9m/SwMOMYFiTRGXXaCUoO/vCzSXtM99oAqyxccSkFUnpuL7lqLUllJS1wmLjORgnfGA8kSSfU+WK+3d/qP6BoW2T60TeLr/TtDddCl3agA/1sPP4krPjRAbGmP294SvPsO4AH6TM/c5g+xTAYthmY6YCF7oGpMzoqm6ak6WBL945bmDWmhC0e6GJN7tm/ixBfmuBzrKpPwdCVmp7Ddvoj8pwL9ECYlncM25RZBbYKVSxeIa+WYk77Ycwmm2LSAqh93nCyCy+dDE9oiRsvqXxhjKOjQX6q3YCNTRvnIxhiB70sWdOJ1Vcb+u5fwZGx++GFQ1dGKhBGdx8irWkAW9vNQiHlX7r+O/Nw0u3y80iN5saMob+8JFZG7snXnjtLzpajwmIEE65wm9fXymcEe7I5f1UGwm4vBuhVrcKi5sX0pgxLb8qC3thpp20xjBu9QXljCBJ+AKefA2wTPz70VmGXHpRxbPv6UNVRMwoFMEyB4V4S5tCIwNy8pV0cbQkHG8HBqlauylZjWYiP4d/i0+PVqzrO3u/y48zVLeGjjB+NcrRCa3rtFQPPIOk0jkIVDNdDuhqDc4NQsIKbcrTn5r3LWXjOb5s6pXFKlfdRorVSTG1RZbhjnOkLgPmu9ZEPybBM4WklhfqQrFxaX0dVPLDweGPi8maYwJ3l3ZhPN2Em2xhRBXXyns0GvAJO1AFs/TFr8gJhtKJF9xpDFN5nTJ8vwu6bJs6bzRlZtNJyrTwAbXhDzUqBs50einszVtjSIk9OAHhebGlj0SGIHWkwPZAEmB3JZwvg8eBZxmpp/T+OqnAQXwFMR+sCkhmfbkSGSb0e7AbFGKKtPFG2V80iJoF35LTrDjy2+xh/MNW5w++PdPoRP/Shj/SRDWxWog/XRJSPnnaldvDa5kRseXakknMfrcTDUy8kZG+VQbgiCde1RKtk1vZmG/UO/DkH8LgJsyjlJ/linZRips12Waqu3TfAW7XMYcLmOAvMlFxWvQBMzzgCm4wRjMCCU+veDIYyjyv+XKIssNtqEOHMivaPt6uQz+cxapOJz0fH8LlCR8ilQS89vAut8OayrggrABMpXMv89XTUktNQWirr8Mwend6Es4SE+N9bNGHbx3BMLbq3dcxBYRhBQMQOCnjfphix5wa/72nv0zJRLAEZE9bVLGliLyevPkicsIFLW3TLksyHrDNcErWWzn9CaycEDJYw7knVnlV6ekH1kF8Jfub6PgC0bPOiqXKWyXg8YdEZ81w/dmn6AB0DQDzEPsBXA4MjBD7w1JwV0QVFTCr9JPY/JCevARcY5Sp2lpGAmxzNT/RUVN18XpnTjRmlb4wZFmUUfyE7VIQWriWJaOROLJ+tXl3uxYl94QTJYg1cLiN1V1jwD2yRq3ulLbKsLweL7CmEcMeXzLTFJvQhblX/8zmSY+eMO5A2g8za5eUpBeFDa3wkManWuw/m2Rq8xZdqbsKZy4r0r6yy1u5nC9MsteeDmeYxaw4zYBjobakssCDjqciIOzY6jZ8oQrSB73lKqCpjnCMl4wSbQN6Ad8pf84NfdTrvfAhKKhin8llcFpdhvdsSrJVcZvm7/cuzpxQd4U93c0Cn7kQe3kyIrDJnzvO/87hUeav1IaEZoqYpbGwFaKh4PKWKHw0csnOQZKZyT29hcle+2QO24cs+W2JqXcneOAfefuxyBm7jN3dGmv76y6re1IHhRjcviq6EI1P+m+obN5QrqLbEipFcwho4HIveArBzyKEwN7vSABj3kIE8EgDCR/5EWCMK8UUQSUzCUDDNiUMwVJvXUBGcyoJiJIqIVrTSU3GBVj4WlP+rTIIxt9XWkQTDyN16q6alIsjo/OqAyTY7Bh/bESYUt9VshzFji9e47rjC5b+OV6XMeTd3qLqNKfR4Z/pGV8JZ6b9dMp13WI5LOnofUCNhZRxVp+I7EumfvdlMIvjzaR6C1y+oackLhLBHpFyW4DdU89maYEhWaNw7da2Pi0iTqlaTDPmGjJFsQraDhbYhi/TcJlLdbczV3BaDWxfLk/fi7J4Y5PEWdoWLZweCJ2aNAA+i4FR7Ga4vuOqupDHQ8dTW8qbF34H34qpM4CuBY6IK4x9n9Uf7UxnlmuBuh6+MsJiEounuhJ/UkCuaImyYcIQ2oRWnM485Wn51zIL3ux78Fpu9tiAgn03FH504il9Mk0K9E4ohLHHf/8XAybeHwdbazpaTYKHUbTpGyEH1UVtSKLkeOslA07RGx2yDWgKugOcNmtxsVuha0fdrvd8yDFYqTCxRCXLfkYrFwzUTV1JKv5Yh8ghwKldYnpkR5NDPGJ+QDOGj8nWmYtbA4zQY/2izghd/oVBPRyF/cpm8Y7FBpLA5tUSpJBhTwSiE0OiH53KDu0Tm6P4cZBC9Te1MKoSAOy1QfIwLiOMh/LNdCKo7r43XhcyFi5GWpjF9K5rUQKtZLp4qMXHqZxmMkC71YcEPk2BcR3refhey1gjSIXbyEzoQxKj+QRONlCYcwigs2d8xvl4HAhWrUxB5Z3eqe7MEJWsUrBDG9o3H5B5MRssGvwNzw2Hhc+GcdGqTnKijNOIYCIQwGxc61tjJcBDdjIyTI4tgmJcFHmXEH2EQ29uHMmT5u/Ei4UL01oQf6VsMnyog1XLUf7GKDqoIq67Be/AFzPOXrpyR6tLL9VVoYsrCfTV6jKbul9qmMKrwPi0CBzMvwFjFbvYtRpcjsLIkEtiGU5N1zFtLsRQnQ6xcN7shHlHyLOMb9+pBwxUnkmoOi3xqE4I6Fmmicu1C4EN9SMC1ycihIJjCEo0aN85Ezan3D7BF4s59Y7Gxu0UEb/YTTFzFCQ2NEAg56rtatvbu/sJ97sFRWuUckgixOITNe612CiZodVlSkiRWNr5jW+0PzqIfJ1KuU8+/I+q43eBj+x4lTOpZ+aWK7de9guQXYIQu42B8Lf+AcniR7vJ6Uhwis+4C6t8OPsSMZIi/FLOblcLnYuBjpIRiPAQGVGfUdJe9frj4SvIK4am9RTiD8gb4uFHPVvdn3GJAOLaO4yKjPG+dNACyc8/tIP9kl154f0EHU1x65GI+CsBLRRQuLbPQ7Vw7c2L7hGkZlobHWRVLA+uZAfE9+6w7yXVr+pgmKhqOqqkBuuebC+2t+CaFGYmn08db2Zhr2V0T93ydjHMytHQO3KHutkDen9luWod/n9wH/D0fNzXkleqi3UwdV9TpiclylSqi9HTvg1FTQzqVxKiHR2bGgAeCgJexmGcNTB5gwBqJS/gLgy6FiyJNMdB/I91Euew2V6DSe4CkvY9TzjYmovwJTdmyIoyJlluoX1FZYtOcmxy+iIe5EsugAGFGgA8D0qL5nK/jMTFQAGU1X0WAXYESJs8bOH0vOwqYucrs+dyuLQBYGFGw9i6R7QrCoGy8FrxwcrhPPJC4mETYDBihCEAv0i5ucb3GmyarjIFgx6ABDVr058rpdpXTbVBKtLt+MWAzOAK64Nsqi0CzCAEfPAU8/L+iICwx07xyWAsYA4cXR8inpjCbVG4MzNhFynaCLv5XoqkdhVeADDS1cKfnKAYb3MQT5Y3QN5R7vv5aFlTD4g9QiEB4obX4wnQbRgRSjkKhJQKMXVE84gl/tLWb0fyHbgQ8hqhnVVBkkXzh4EvpAhorRj5TkAembHdpfG3Pv4xxeYDB564asO88cB1j/C6C5vUp7lIYNwwV/YXgW09WuB9fxBRMbLaGF0R5tXBLc57sXuSrdcGkgBmK37ULoWtUxaf3SUREvyEdvisoC6bxbgz1HBBpV7X04FvIHd4Co/ELezOd7Qxhw4wrg9eYuGQQqOrkAcos+czL1QflNNMENCwN6tZPu8NzNYslcHbELWEbAd6HCU05oIoK8KzpUyiTVgspMJXBENzMJOAPKIewhIlmSzT6C12EsZpmG+5v/VNklJs7I0DcbVsVQbulZON7WOIT6HsytQC4CUnmYH0oW7Vx9bjDNc2jkrQw+OEhgADi34TkXFRabbfAhF2NfCcc456i6Y4yLBd71WDV7uHqZomtQLW2ixcjk1UxsYzjkw09VcI2c2SWjiB3QwjpfZOlnxYpBwIkadefU+MZ+KQty0+NCf5TVtjmeTYbNoqnie9ZcOvchCDeH7e81cBy72yNHr2wtd1Wy0xjr3Yq2+nYJYJKLBybJsHCvtFU4r9favzbg4WkueAdfHoQeQBN5oiozjOYWEv8/35+PrSr4/p3t8ZV/T3XM2HZG14ymTLBQ8m8YFI3X5rQzXt8yfAe4BLrnn5OrF5ZTs0fqkBwBCLvldBJA1IEq0K5aD3LWQZAGyY4/mvA4XLGdgGEP9bfqiXr8V+itb4WusLSSENYl8qB/VFP3rH6QiAYlvJ7fQYsz3BpEILhPAwPzEHl67NPeYiYrA2UiDMdd4Np+TMLWZ7CU/22UYColnxQJhrBvL3bf2jbFAEdQaXDbtw3ioMn5SNFoSwEc+Oe29iE6qoaHUtwhbG2DDBk8WGng0hZ0tQZQQfOkMNDrU1esrCdRNplUG689X1faZGHN4knH5glz7Y4BnWvIJfrR1WwcWxPcSoikQ7EjSK6UesiSk4HazNk6QubVZ573XfnEete1T6Y+UwJ8Cidq2RsHBNItmiaQ60jiyb7IJuQ6BRerSEYucUhOloDBi6CI7PCgQqESadTlqh9IGK6Ooae5D++LnQJU1ZyXd4Daxoa0qBxopa1RVK5QLy38jhDXLvba/mQ4jHQVLaTKZX3Zl62hN4krRYZb38v6dDcf0v7NB/ttvxdD/8KyKNO6bkhMIUi13vaxt22gGRi7FFVAacbJlJMkjALSnA+hhAe2ICMO4KHPuK0jvGWjw/vWUo3EQxlCnEAWJwVuV4a77yIUVupNiTejYj01fY9R4RWJcKG2jzp4Fg97PiCSFP70TVY9vfLXaXUXYq9oJRr1kwQpNyUd+nC81GsNBjtSqWj2N4U57Buvc8MURGih6pWPjwWwXRAbC1xY8qWhcTS10EmIxndby3JMCl9pYbIKq9LZVAV6gzGmo8AOGnf7xz+yIVGMtQgCIKMTLk0vtcmwvbkla+v8y9XTW1NjMhmsDg1ruyuwJS5dJA2ifi0HaTaTRG7OD1qwcmvYMyfJchZ7Qcuro9VAgua4N18l1Y2QZUNRCg7ipGivg/pY39/8Vv5KRtx8+9Uw1YvJTnoUWFMNqMWUTqIUFoB1+dOWo9tbvn2AhT0o9AjtlrWbFCCrZa56WCaqEm9NwpyrwMW++edn/XvHAsouFueCvM7cAfnbhbgiJy2eqe+xLEn9R/T4lePjlgagaWHQK928oHDonq2xqiVrBHS+uylK96OSEAEXxOSlgm3u090hbhof+dhZPju+aN/t1MeNnRp1BQPF5qiiawcRIWJ423MQgt23HsuWKh37IwJmj1D/UnfwbNCI9lRnI6SJ2g/C3uDaGatsf5dXoRRRRoH0crpPVl7KNHzh0DfkTkIBCEebuyKPFbcVFfuaR405ARfv4P1M9yQAEwFDzbusp3xmXuWBkmHEOBdAJ8mt9IcaGn8RYL6eew8sBi0E+pxJcwMjZAMIQYOALl/dcan/ltpDEMIUZHbzpLu6lGi2Qp1lAc4HAByV/Y0sxtBQf/+CIALYL9LlR3ob3xAMTw7BDT7wZt2RY+4EADL+5/HGkOwYm8JOAYeQAe6ckdwHct06QMG3FywW92Mh6dDsw70KSaGIDjtNp8sxZjV37bbOerATaGpPNMnVdoPfvfqTZJRiaAhlWIbPGnT95pmyVLkDVt82HdKrDRWX/QdtsSrHLKDr75iMNRU6shCsfKWOLQ1zSOpI9bdNFB2NQvpV628ESCoqVLYCZby+gW2tsY82gVKVVFE/Va5KXQ1dlBmYeUtODDUVPqRdfhwGx7EQ1P58hBfs0CnOJUbCGoMu4RZXjDXlDRNPZfXnnLVNGT/kRWU172H11R3fOWqvMojBW5D",
"search-op-CX4IvMwC-z8PujWwi.cjs": "GxAQAIzDdPson0FV1Vw71rTe5vOa5RoYRK80PdYtrSNRkpCCe0BKaxCFHp/2tdYbZPWFjzDqul/PVpauMveJYHcCACoVFwdsCVx0nEhMhkuzvkNIkHBA62wTQtjB8P8Y7u9Q2R2ZfrR19uP/9V3/mpU9h0hWWRvnIbBzhFXvA8H8v4jtn/O6f9WpgeMFuoPRkWhztHPV/d76f3nAuXegPKjaYtF2wFnnMN6XlqkQ+PAnLHBqj+MPIe0BxuIbl5eS2COW0BNxpZ3PQn8a1e/R9sOPw/HpZJsNe64RhyFs6q5JHTleFbb89gWoLVjVUVNIyYUZCS1ZvXrfLVvmXM+Ml9P+Fr4pjNUKiZSe8s4wk5Q6b6C2woEZt8YJLBpBPFtVLeMy8lx0I6SPCqrz3WcWNvO3j4sVJsvnl9eXm+G4Q6HBf/wcNVmg+O1GTQ4lOsUSSuJnQg6oo9GvRx2HySpCONaK86+sLqwqQBsoFKitAJxPbiYUH+NC4+OiYspqAGY6lZ4G4ga6uWvUYavojmmAUTE+1MqL+SHbQCFYQrdxSRAvZhuhpDHJTHgH99XIuxKMs4oI6Rtjq2QYzftYqyqxB1aTzBDW+ODfFTISei0OQOffhs/JK75BiIA/TjebH0ngSz6kC4XDYehF/8J5UeChfdr5tSWjCWtDls3jrPkJXoxGLn+FGffGNj3WxB9tXxMSaBN6URBgcaGNxSiqBSrOFw3lFCeU8LkQwbeEkDf5+qOmjXiFoeDMNyEuZNUETSYKs0ErQxoHfkzoI6mDT91jF5lgaeWHfE10u+3FNZW5FRBxmqy4+1U3Uut8EdngLbEVGqiwhaL3dPNB7JD1R8XW483uNXB/IBzBYHcdrKkjoT8uLnavxPHuI3A/s1zw1EYIJyBgLa4Ie9VZS5wXJMXKLzR2O8yOAnuA0MLxsrb1WJRMadSSzN7X84r6slm2OQZjm+0vvvWktAq2XxCHe9e6inI1SANrzgrODNI0hCUac83tA+C8HCjWyJu/tSODSz+lpO04Aot8NGZVVnBAP88GVgHHNpBXGcDRhJGmwfAmFgUUElNjEE5iZS0hjp51AcP95iDC1uPC/xEitsLHxbqCrXx/VLdnXvoUWYF2YGoPsnGvlnnhcJpafFx8qU8cxlYFherfOhbIeVaWfeVTxkr7hxzgseiGrjVwpUAdoTjPAlLQlMenVslVmBKJ3fGfoz1ohyLIwR/bBimPxcGxtJnlhBwMgJMQiCqGVUSBqpwgU6aoqz36rqpv6Wx58LKiiwqJ9r6aAXMvAf4vvbMhchUcw4M5KidASJcpw+996zHxawkmKNl+ccH9NsaYS+R+xk7kWzZmxrjST/tOJSa9p0JDS1d/WLmDeMTZLcvlOyPgZkQC5svJB3mPsqHycuXIsGjI82UmYRRjvgbc5hZzZFrtDH3cYpxcuUd5h4iL7BMtd1NCKzedTLsZxz3Bhu0EcgGXS4nVdphDcDmpKFkJuiGWZZeXVU8PDsqWo0pAWsaKDSrtcjJHC2noZyYOGJi7AVlVOOJMrJTDAfNZxbXw7pB4GBGIvec+96nx66faTKHvAJt9hP4JMR+g+nR1BulYvO3s48tBDmNIYUQyXnHBXX4ligJwPiSgLwGvlQh6Wbu23W04hT2lcww9W6KtDPu1ut0iE4hP9T5LrwDXA/pKU+UAPg5rptYJRiL0H0xAEevqkdcw0FEeuyPX/sOKMI+H1QtuuRs0jZVokCCjxNjOWheRdtUgd0E0DydE0dFliHYqnem9xyDqI6x9rq6YT+Gy8jAVvG91WY3BLNI0IlRC3JoqvmDLQQMfc+gfS5smDY14mGgGZNrM2xyMDdXVgHEDTeji3Sn6RkfylZ1U9/EJ9bvRbPR2ZErpVfWpmlW8/sw3ZWSEHWbMkarzRMV3lPUtn7rfJli8RiBaAqHWtmMaPnA9MyUAOeSeteY8067+AQ2y+ERXlYu/g4QUFbKueIUPq4hT5Q2jqS63Xi87e64XF2Mcb/Nx4fobK62ZV64gWbAe1xq13xEj8P6ZwlZx4Drc5lqSy7yWNtLOgiRa8HCHS/0a0Mi3/6DKzdnyRqUDTXDkoGIFhLwKCRt0j1UM2XgHipFtoTgFFc52Er7IL2zd+FZN5nZlqu+ssWPGM+zIAHfPZwE=",
"select-provider-5MUhwm1T-DdnZLm-e.cjs": "GxUfIJwHttO0JN00mOpTOl6NkGT2/6VmZ+ty+iYNJoDtZCt+rKa0jmTBjOQCDiBrvI46oe9FZaaAsDSIQo9P/2utKmLVsrDk5ArHSm+9TzGZXTVQNdS4fMA9c8CZWTUEPXus+lYeIAl70p1W5zZ9wq1jyCizx1Dt+TsvisSDgNicZUNqH1LKT2dPLxqqLEg4Nv+OgDysElMTYTZM4WyI8G4iSNh/aAZpKoFPY+KRbP5laxo49+5jiVctxTHRWRsWsKImd2B5AiZPkxc6Pa/Mw60JVBYEtyHX2COzfKG9/B/yiY/HoHTOmv5ZY58EFc5GfcR57IiLJGOgQeJrFJpHkD0kruhcnaZ5QrakwznXdCBekD5yXpYDAh/XBu20iel2spZHLtTyAlWUtZ2AzPrWpXuJ0fm/ZJunf/y6up1c8WIckMAPeTOfqnL95mrrz//d5PLdoQLYMXaSfRds+7L8Ofp1sY8Y9QzEcEP52tLEt1Gx0UE97i/RC/AJdpQdYS9lmycbut6YqpGAdMBHnqreAkgeB1wPixgIlJ2+wj1+o4qWKyV2o6Rbj6kkhSQO8wKEDHvvk0q8yHnvV6bre7nGHGFZT1ch9qpzwfjQr7M/T27KZja45rNxYG0Mc1KdVLlq6TxH6q3BulLrdP0OSsFajwBmuQJ+ycZ0ileJitJfmttYejevir+ByNX5SZscsYwvc530X11M81qbrWmF4hxRPTET/O7X1hqAxcbIdSYHvY3zAwvkfLYeu99gedULepIB3qba6X5K8KkhwpNBxqAeubk8zoDV/GOA6ODzxun1/uXZ+cGWWoHpCeWxCVIXr7aP1tf1OHM6T/rYEd7ETNf4D1VPcMQ3Cii+7XmFaiuJAN0U0rJ4VBZLhLbqdC7E3GQ2dvL/+vEI4bE01JaqGb8Z9ITpqf7TL5auDii8t+dpy01aYOpbzHiTnWdm7upnXCdiqRN4to6XUDtNwU3ytdmxIhj9VCfn8iOzFBwfaFEfKSC8yBBwkFhnmMEs/1gaiQv3wAEf/gcUaEh+snRMFHC5eJUCIl/SBqLE7gvvkAWfqy6LL406/T5L8m/sQy5B7LzSAdYHEHMWOMEcvbIjvTIfV09uELe7cpaGZX1IYQUeisIAP0ULwqrFE0rYJLLQ965CEEbLGatkOQoSD0Gp72hLKEVyDRLeiQzOuYDnf/iPEo8Izo3Wc4RQOwT+EQif5XMAODuyvVHGESK0KBhxVAz060zpyH1H3ZB3hieYDdwrp+CsPNUdYz/ea1ZDDWspnYsDhW4p2lUWmeYEnMNMtmTLegQb70k6oFPy4ZdSno+cj0YTQOGbmthUDk/zS5m2t+DPop3LS3V5fKIOTq+7qZvz4qFtRKHcgw1HF+PyEl/Po9HoPDxc3o4CsiDdafIAi5h7ehWHfG3X5dbDnF8l6fTbd40z3ldQrXVignASosWHeb82adSt9DygMj4EscEJZR1/9vNq3A+mkAG2g6jrz7QkAwGhVqiImNTQA9ssX6g9HMiOb7NxfqCOdh4ocaLPkOIsh0BYQQ7lra6WRSgPsQH9/ZZIxexylm8dHwhZ4fgwmwNjJNti5jc00jLyyN3JQCf/YMaaTzDIaINlmf3jbB7BWQhRV5Zydm6nrJ+LtUJgFl0dV9s4W/2CYhX08TBaFQoppyE9XbsgaiE41Wp6WNVB06xo3WTtLOEpJPUItlwU5tDlzvmxOl0P/6FtOYDg3P/xWwDXWCidmwQocmvwtaUitXOwjXavyzqW2GkVhPe1QpqBu6yYvqtsPlC4snpX1bY07okdBSMlaPFoDo8H14p27t8vS58SHcTmEdkMFSu7o2wFgguYhtOyaT0qdA6xdIASL8OYSzNp40lceG00K8ZAPCMVFHYiaEGaY0pLm0sBx1z92KyYyQL9eMdn+2xRk42VnVmMzxgtyNB0FL4w3bybhPtUK/8THuZ5Ywl2fHlZmBMNEicVeszYhWhATTsueXpJEWEp5Jwyf1SU0olyyg5MNXStHcQJTUsax0qlaJHwgd7UxPpGT+4MXE8Z72lW/wx6hwcTN5LkL6I6vv2DCHcWozlrjw1rBU+Qn/0u6dGW4LuSxvtLMt6XlQ1KzAEvfIjgYoiMhrxeAAot/H/xy5of4hOdeA/rraRjLaWcLdqNIjLyeUXoDUVYfIKRWASIyzDZBAkuzDzrUzgPwURhh7YTnv+VyfoM0MbpT5Y8GX0Owfgj51g918YOmQZ5btGpGs3UnNPK4ehaZMW88JURomJxUZAjg9XT8C1jNWZv8B1tCXOPYpehUaQQmYjZP6hdAfJJtZiQkv+cthzaeCr6TpdIuCmXGbSWJDP0eWU+TKsqsDIEQuk05ZJAciAO0FOoU/hvK5hZr1u8PIPoIBgDc5yBRuJgMQe9WiJmKKnlpg+L9koRmMGZLTpL5JBrOXisdZi6cdXDWYltY+SI3lYNuR4k+NM6bkEePPKz3yepc+uz2BRcT6FooWOi/fs3+HVCPWqLHO3K+sgm4jz7edUdFAXppSkwsLdrBShODT02R9GzcqY+WC8jwoMuFQ0G0rb1jAz84iLdZK1Fm4nXnhZ2QF4F7OdUYbeyVTQhnprCAoQ+Lup9dRLnFrgx9EYC3z3Jtlwoq/aOFGwWm+ibjtgUPktm4GYP/jv1FfISwHFiWQvFPvLNu7TVhRQqETbrUQBE8yJCjpJjBeLH2EAjbVQZc1ByvOeV9B0p9QRhzdEaohZ/POyWvpEDoJKtTc7N9L4kySW+xTENveqiG0MUojVqt6S+SypKiD+htcf0RvYD9dxSBFDbQawEJ7kdcj7kiNRpOCP5SIXWrhNRECF2HVaDuhXIENoN9HMMBkMV/Cf1y9uMEZAhjB71hdgLbV8mCt5+ql7wEmvQapUmtskFjcHBd7fDalmFHx/BC0KAkgaLYQIGaW8cA95j7BJ+TT64hhNIFAPDbZ53TTIRN7QMr9AOn7QWo19n5sxODq6HwPEtaMy8q2j8Je0CPVZ1Sgj0lBkT54YXiC2fBTHVBpCVs61dbLFuCaMycv707B43HVNxHMfGLkh2cWKWyOTNedRE4AAoaFShFDNRqJv83ogQIRSxeSretCHBiKbWBJ1ds6tiTNroELxUa2WQK6ipOkWbJsnB9bL0KozcS3S0kH0izySVDGGUKlWittGN10BxywWQox6VXWhVa2T4kUKUjx6yjuMbv2tAPh3ronY7yK2mF/Wad/ZtPdKPGijDBd5iJDVl54kaLZ3+sf1mNDjCDZdetUl6ZlQumL8q+qNAQcwZRat8qPLg3nyFfVp/Vo9rs1j20pOAVIIIkkta1H7kySFNWkexNLENHbXcHUHgqT0Lxadcj3FPdoOUb8G297SrpS0IRuqJpnKPqcFk3Bs6QbmLOnUNILT7+mMDv1dnR/2iFgDuEWvOMmaPri64rrH6nidaBHei6xZslRUF2hHqZOPWY2GWEW7dr6Dzt3g3cQ5ZGt2VddxRLQU9AA==",
"session-op-DI4yzn4A-r3NT__S1.cjs": "GwwGAIzTDfUosFR9up/undNlovUY1CZS072b3aO5Sxxi9hNEoceqMRUmykTKOJff/b3AB7kgiWyQZaeKhKuqja6uDnHO9AppzzrgZh0hDnEXjHNRmSa+EA1VhZ9MrwSmbSek+79vKv/l83pe9PUjL7N2TzgO+0qI/XvB/YrFhdIhyU81YS9Mzud5+jTFs8KY7K3WI2YQ6Yfjv2lSMXHmiJX0d9Prs7CbbGtWaHTbXXgq3uIEnp+d2QHf8UjHj6sBmKQ8+kRk5X9+IET6NuaKVSX5hXTuUbAW1TExVUfbThUUz5d3cWGNoxmi00QlIY/Hc3yaAwp6G5mGnWE7zEQBgi2IydX5Dvm3NPjOrTPOift7dm5z2UUweykcArqsUCPU0RC5nZzFErsTLS+pU6g6xZa9VFb6EqRYSr0LSFEGW+KkZQ+Ak+I8QsQ8rI6shmkYYOXk4QiI7XDEyh3GIK3tgOo4iRyAmL5C5crfkMaGBDGhb6OMK3b7nB8Qsqis1KFuTN3fgRls7Kg+IRCdOhcrDXbqRf1RoXokYCPEkDV8kFpOAZ/+lek+JMooMMs5AdBpr3mvVBPOUT3GVeld6Y1OcdN7ptvKs/ihIiKQBm/CHJ7XUZYRbGRi7J0vL9OBwDVNiHNcbuJuCWGJGD9BvQM4t2G4kW0haUKJ4bpThVTq8p1F5a0nL03feFRfGbJFSycfwI13COVzsPBTllRb/vErCVy2T+mmM6aAcwfXDoFHeMNB5OwkvT+jWAcWN55DyeFjoaO5VlUV3ThvhyW6ytrZXRh5IcQhafxc2PpQno+aXrNbh0pB",
"session-store-BVrtDyrU-Dvk8b4Vd.cjs": "W46SEUU5q22vKALnAUJ+3hf4Rwdj2DgAwIpOHUDPA+oY0WyQqPsX8yDZFMd73JZG2ejVt/miJTWan8nfCZyz8qvzePTW4UouyvQ4xSG1UnI1tFsEfga2jfxJTvqqTpCPIGvk9ealvNFeBN5KJnxPmwJKGk7ARFKI5kR9xka+aOmm5kRESZJVPATaMXep8tL3Z1O/uy8n/MLfPNEs4TIeEr5StncglviWHQ1GMBYuu7JzuB1iWqq93kolvNDJV5qg0V4pPY1UJ2KZhneTrjx+j4MQ1pbqvSmQfCwFRGVvn7q3Pk2luFOY31iyWfwBNwB4Z/vpm+m/fr4elMOcZkj1OEfFGrs5DydfqiEy1nhNrG05HrqIiop//r35E7pnomufKAgsL1M13bNMl/Q9gGEpSjxb8LT2+7didzdble/tz8vFbhJcfeV6scdxvxjKGMu4vWOEI6kbmDBQ2UQRfWopsXgILTZxT2eQ7yjdXX+UtJVV6w9vztk6wE0RPtCMlTkt6U3/7H/vm5aSx3qfqSacIFVkfLqbRfznnPuv8P5vtNgGmOlGEyoAXFYRnHUYs+vfff8DbDSwqiZIVZGzjrsyxkTrTawgVJBLG8kFkbJMCqJN5X+/tyrpGgdXxjEhuAYKCQuRznvPfSeU+bMypmxMV1X3Wi/n3rnv/Z+uupVdUztRbWScZx4TASSIehYKCcpsjJ04EGNiuf+fWetQS73O29KVYcAYbMxokn+rsazK5r1ks6k6BYbhERWh+bIvatX3vFPu6bUr/LuSGJIYQBCB9iK5R0eT/XIYX/QvmRGAO1sg5AM3IikYP0QzWkFPASBBPmiD15ydLTiSgefPvuSEL+/jPDl3FZBN8o4LXEWa9/fcUhz5a/ai3+wCHzZBcYPHbH2PA8cGEqT9R+Qzq8a5xRWBXHv/PY6CytdRXx8JPCNj6dhrAgD28q4Q8J3Ss6UvNURPaMfYPAzxWXwlfaDeXggEVkm/cw8m7lQxsWyrRX1nJWzOF7zzN2rjb/XjYTVuJqulOhlJJUO73xezffebp+v5IwAKXLxw/8Fn8bj9lHbP3kJDvqEQP91sK2DvEcYbVXQFsirfYRG/0wgrUErr8qXg9ZNe13T5W/7a+63Sr1wTwu5eu5Fbn3bLmyQ0NeOgKRyNLzF/xHEQF+PvaX/TfS9Pbs9f9sNkVWngPaoUxskfpnsNtYQBwtiA69QJe904C7cHbs79C7P9SzyiQFCr4GyxMwwrpLKtgXxvbfHuDD3wT48HLyAnr9ZnI7kpvpikbDtNsACI7Lgg0uNuhX4gPHUOrqpxrJUTDmvwMSbu7NcgotAy2jK4V+cRVHNzdoQwnk3Z5A+oQBBYMTmp5magXiBz5e+oWhOvWKjpT5glmbaiVm+b9nWI3Nl9k5taslnSGfR4Xg4eHHHpFZTlTz2yFbHZciF9AFP8C9iGyQoZEgalhV1CxEZePa0MMZrtB9/QB8qznuFIoHAGHuf2DUgzcR9RKyeDEMWBhgAsdrtFbb1DzXw0egMsPhAyUSMCuNgswvCLEteI75HoIfn4Vb/XdeWJnp67TxUmaOE/smEjze1LtHBq4A+fiBxZmeH4ZaGvB3nay1BtrVwvOX/OBl7diLoTrqCiN8HUanhyAxgZAmGC1IvSIKibKJ0YeIrN7471b9SsTgxtEYFbuMJ2iVQDY62+fEoVKwg1XbFCaDlJeRKL+a/fDBsXXDkmWCO53TH2hyUCR+7v/n1wvubMLDtu9WLWtRL7p3MHkwJXjAPajh5nXO37AzHgjry3WJCPXB/tqUuRtvKQsK3iKPi2vaFYXbZmQthWc5YYuKKUGa0bbIG4gTFHJrFGUDo80lcStlJwkpf2Mt46A5wWB0c6YUvcqwNSVLuXlwhyuL8e/nCkjsw0N1gdd4rSZNruvpBWbO35c9hWcoX45y7tuEk7SJOj3I0dVuk6DSZl+e2hDzr1oXyKvYM90o8tPvfEOQZGTZEEiyn0zVTv8OMSrN7LUTzmO0mS9yNyvIBCuKsrbutGZUMzmxW95nkQDGi6afVYLDXWA3VTy0D6AW5A1sFusqA3Q/UsUJrJOorW+n68pXCc8Zi4w2eubpaSeHcz5kI9ph2pq5GFTfRvmbzm0cP3Kdwc2OOUNqY7reFYo33bD1vKcvv1kvE2ok7SnleC24Q/lWWKDDoo+ar+CGTZBhhRuaEDeYdWPeWDltoPuYbQXkOPCwQU5pXS2SodxQaFwf6rsOzDZPz5ufuOnndf9tv9t9xX/k/uNxH+bsVSIYtF4HuDdaN3vyuD2Tyx02R/WIeqZR4mhL85+gjagsOBM4DFShJ2u7/l7V3cQrV13g6J7cenBqSYpZ63Cro2I48nzXEmxgnQIjNnNxhQpucpOqVY6ueBF5xjupEQ7RrsntfNaQKZs6E9AKy2NVqUoM+OpQLr9DxxknylcH8QOuzC5RLxLLjGCdBNYbsASvG1bnoZER0u5Pt3efu5i5rKArQdylD2J2evF/XevISkFjJbk1zraOHk7esUgVo8ic4YD4pcZ+N0xYXryeKzPJ37+z/dzsSCAdbIn3i0K8fRfydnTY6EJ/XvdpHHnT7F/6iHbuHaXuzuWIkmqiX8J0xw1JvWsEeZfq08BO65u60h7m9f3R43FE945Mm/JkeCrqU0OILrAwVP2HhycMZNkrTke9TDxnwNpCGx1uLy1Oq2KAMLoQgUZEBtKeg2OFy0p3X7iMjg7FwegzGy8+A+cU56Syot9VUiw7aIiKGqIYfnOdz4RX4SOz7L/kdIr3Wpmo5iA19MkIIS5/Nml9J+Ag0cTtSVa5y/UCNimzodN1yBJb26ydPnivAqyDN7dbgyHXpWFQmyrgiFoBcrzhUIKIM03U5qB5U2FimLCkoxdHGChYHfAxn1YNzG+47wKkwDQ6raplk+VbKOGZiaJXGsdGy1EIRoFcsNpnQ1T10gG9REY87a6ytzyY1cfHxqXE8A0fT6tbC60TLLAqO6jsDPNAwrkatzpA6jZHlZlwoINDa6VdovyOB0U7PpOkhg0DXXe47GPW87j6Lvxco2EJnoRttHEM7osOWgJkB6Dy6oQvrpigu1IEUPwnuekFpGtg7FA1I641JSM8Ddu0aQntYY2OgMX/YTHHs4o6urTwrMu63ObVxevvBvV5RtyjeqhGFwXJJOyFp5lxekrioW8zNFLkYqXGvrKX1RKRNm+N2Pukg68tL44HXMUg5zPzmI7HL97VMic3Ska5lTTeARnKqXUjckOy+roLTcCCjVfE//QmmpQsSXQ+PAqstr//cR0g3sUeT9T2fg5F2fX+h8ySWB0nFYX0XiKie1CNYx0y0gctQwPvb/n9DqOnh1bhXqPMb7DG399GjRFiOV3CJtDfTtwGBQFCTlmZcg53R7nAujUGqLn7Jo878z0ccJU3Uk2MYtb3LUacF3AwrvMz/thtXRIds/TwRrSnzlMffRHRHpUV5uBw7mYkduMiDohxZK52PC8kOjSBgI0wmmRwhGEZ5zjL6damKyqbUm37H2jduCk+Y63ivylA2nsK4TF5Frv+3Klymfc/FqlyUlqUe+fLzwbjg2JdSWYfT9DKCWvOZvN5kweDdKMeRO3QfkwpwaHQlUTAm6lL21SN5c7xLF9K23X7MWtfsc7l3F5nWVLfPjleJ4kypq9IJefF45es2mTQEyMSDhQY5lH4Mf75QO4dNO2yA9DI2uR2jziEY7Djr8QTzoqA9nnzhRXZFvSqRI4F51WF41npD/EZo+dfrN0OyOoZ2EuRWQfnIMv3pXywHrVDH7zAucMcbF8R3RJM+j9zrOpqZ88sRYmYsRph+dejNOGnRU6lAhlS1vBJE7VSfTcJGWO2KwqUlQLNz1XBjvUco15TsSiktf7LWMLRK2kpS9IwtEMvnkl6lQ2k6JENyu7lR7Fwuf4cRRrTr/2sFE6QNiv5JX8hw6tQok8mYlSWw2eHvjc9q5H90XLPVagsLmuNFPQewvXHPnoWOq2CoCorqF/xyIvmiFoEUKW4ZBsmuRZ2tcNEYgckpTDAi95mDeamop4OeKYcL3bSgsmm3cIbyPM9RBmI9W66FIh8UWP4H8db726GU/FZuIuOWVVJTGevNcpvnSPcdUsetUZkhbof51hemxVufj+LzsWGlby0d0OnNfzuKCF+qkFSdkLLNhHLRQH0PTOUXhlA1+WA5hGpuYBm4Ft3VBUaxf5HmuIGh2ZvoyENPP7d1VF7WP4blv5QeCdheqEBwN+x+pj539GUlfdw9TefrrumbvZGgk7wB3YzrzfS+YpN7DZLVfQ0eAF9TEFazSceMtsvNi3d4nvTra58dcjjjCsOPJ7bLESfkj4P/aIzSwDWb3qI+6Fk9sqQ4b0NdwkyxF+MkWGPWxQPeTxESZp25FG2WmsZPWqV6q9eoDcDA/RiE5jawaExB1/p7C9tgvZd4iKcTEPvd44xRQn3H82+yRCwxlr2HQgWc2qnetTTCCmDYtxdvHsCWPXhB3x9GGiyPCenUnRJ/fsbZqTB0juxc4jj5oe32/vl8AOwkXdqDXWqcfgDHFE9A42CxG1sZETPrTMMoYY4zlaXpOGn98nI2sXuCpwx3nSkGmXL0qeXTkcMOKl0APSubeGCAHjwJpYJgp9FwFlVxtxw30AYjsJsKvEHMyKiKmAm6YQbHpWA8u8TijHdJxoudSZQDXddRDVH5W7izY9fYD2NPlfAb/WHC+iKphbnX2PUHRfKNFYtL3c/slCZeNIRxSK7CcheIk4UEVycHCC6RgP4EM6i8nAWOcW2Trc9l4EzDLIJUejSqpUeKcyTOq42b/WNhcTB3LenP8kQnqeV4hKduAN9KX/NaZRUdZKwMEDeMmwAwN72gYXfJIh6HbsdGFc6n39NZOH/zSt9JkcZQ+8QEoaAmJukp7VQiz3rSsUXZ32TdplX5DOBrRRRYlWczNmx6l+MzeQojCGtx0Ubdrd+Ef7hyZL2TlrLJg0EmBxlz0fo+xwTibd5X/ndIfI3uRyUbNexu23jPVQxkdW/1vN5SpERJ5Tg6IB6pXo8EyxuNp2DnBQawhHBdgiJmgAZPajzvjmNfCEuNwanRSq1gwZPAOZTYNm2xYbu5v0vpnhKsj0oS6DqSUSeQgakVn3DVWQeTqELecRRTTqitH6w9RUS9HvrjHZk1Kud1KAKpA14Q+QQ6Lknc9WPDHBGEahshYLuUr1uFBTFg9yxBlXQ9VDAcLIq95dIH/qOMQ4xtGjGWs36l5LOkTP3Uz1LDYOA6MC6+ZvB7S1oa9CRysw7Wbbzig9V9gW0V7Gz+54pkKafeXrONXTyqmh1M9ub94coKlmx+sTn/xZ5klpP8/bE6xv8xzZJheQLP9kP+nSLlKdZlILfHlL+Zo5T+7+FnV+AsU7Vy/bUMBbDPuLHSEhYU1IhXKg43yDnVt71JiNapC8d/PGgdkh0UTHfdM7nYW1iGLYXdKSTStH8XspfAkCaY/P3l564lxPFXSBsdUnTwjVzCTbE9nlDf2+m6aTlXvkYbNpRq37M66jd1ohqHbWJWJo6VzPTMGUt/r/Z9aoK9ZUax7tZ4mnh9DK+898tEzPsPEBrWZr4pXz0ibHWcfGwlOiyfaAtm2ZNeTb0gKI/+hoKe78JLCrztz7MezT5HcDuV/+nsIbUh46oVBz+i7xNBYtiKZm643W2NaqEYekhk/KSgplqXiT9WOUSC2rfKnuCl1+xKeqpVA9T3Ez/ptZ1L3VfZP0A5atC44n20QoWTD2xhqrfl7l07dt0EwIMj9UACZcNyyiyP2ZR1AYajUXRopN9nGKUSwNcuwwNyG6DNT0LQzPndgYZJYF+WLAUndBfMkRgOxlQ5naDahAvlDRkQWhqUcPhxhEZ+XphoCMle1QtJPIkJro6efoMj3m3lCfRsOcNnSzJBwzN2AyQUR11uA7NrfBlUytwPc4mprsQVzb2Aq/YD9hDGgiWqwBgU3YsihpDYlR+MUISGEbPJDvPp2hFvByW5aAIYbCs0bHMzdSnVD95VnI9ZUgtPEFcRU3hwdFch29GxO7hwkYY1qkMnMA9to+pttGM755sHM6MXVRGLyWVFUczmmqYUsFuM+fuyzpj3lpPjxtXsdLrHiAFKRKa/f4LJ0bTcKILMkd6Gkug0K6y6z+6SiYf4dsgdKNznwD1l43/BosoI1kZPSuqeWdRDvxOl/OyqtAyVBkuStOLqnywq6diVW/9xy5YX208TqHd1nCJpunOaJBwpE6SYMzxfOolsJgUcZ61iNGhD4UnV/011PcAFQyLJHquEed0Fmt6ErMCDwECS2bGDI0kb6pOoPYjuEu2y17N356VmZI2dst/Zmoz7rIsPPeVLmmNvQoKi5bva0i9worWdF16KxwXJdz6QhVorkgarB7Z0C7iC0aurOht0MRApjMObRbR73R6sN5rmJ7VyPYlAYENI9+sa74OTQtWmFqCxYt/4JOPvrCN9Z5lm0H3O5A9x8NoHvE/v6APJYT+X3xQzw/V7Mx2UVvqvSD/kusBga7IoZkxrlRvBApT3On5sozROyEKxcIi0p43QLdcyDNSGFCPJZSLy3nB6nyK8KxnF0ojzT10m/im9M/8SBGTlq/Msw7Z0OZhcBoD0Gj7yJDB3gL26l27Mt8yTlsaeqmSL6e8hznFutUEPf0hx5gOmAO7AePeOa1Rbhtmdas4qkMt9vdz41+27KbzMFciiq4jr3L76ERUB2vCEKBIGoGRvoF2i6slcdBHbbka/NTVvK09aO7oYhotzQBtGVVde0zdkRBoKRpmN+yCUMMcff+OdGDTqehQuslQYdYjJIYGz0UGVr9o6E690I9oe69dgyOR0K4Iy6X6hF2yXJSGHjhijCYPyJWYlvizvCDChPYEXrpLVQt2Ny9GLmTFjA9pYpuDFD2/4sZ7/ustsnInOeO+eNnYQlRPPvGSw9svuEaCmykJUlfqnBSWqTx5qjdR7ORTsb1rJqY1TKerKY8/HaipRPj/ICSg8zaOfAq4bNheql545m4B0/0yA/U3i7OaaYjT4Ouc1kT9il02mZOWaAoUWCC8M/XwVslvtwe8tIPTGjregwiKJnyF17S5zKKwZj51Yl3YGYjUsbMEdJfqi45REJ4ALRrd2qT36SeG3Caqkn/SR+K9dE8B/TR9VXr/TzQw1HhADYUn18mWdJ+fCtgqOal+Uotq1+VR/ktrw9B2bJa7hYw7jD3R6izjunEQzC21572DIiK2eTJpVCwsEbHMLBWijkTkmQuPf3o3xpx6NOMNAGj3gBXYSjzZTezlc1fDq8tn98EWPmbluTbIHAWXJBzxtXyvBcdKT5O0uBLP977wdKBzQLud+/ubHgRvf64ZHXuiFBifMlf+iZeY+06D4SUnQw7plWXP14tR90aUY+674O6bZ3qu+Vj3GbDIMQYIQ9bbZtgy1wq+M88/jeOvXzFBKK6U+7nj0TU5dYWOn28A8KN4LmNK6LzTt5MsBPZ5cGCHGA89sgZRGH6ZNIMoAVPCNQIKNh33WtjhG73J2rWTV+mZT8nsnkmHSjmBLNd3EUJBf2ngpzxmal/8IYSGlf254enoycqnrsxSg3Qp6tGqWwwwMOdsWioqBksEBXOGhuhNTpgawqskwZ3OGFkk93W/wqBcVBij3H8/HbyjuIA9fHtNUIKyW0gBp67JY8w1xpVuyYrRVARRO6WY04P+tqc6xXcTUbLh+clJbERSw5o8/72q548CjRJn68yrOcRKnZJRqYYiO3n8M+f/24OFx5dp8mF/JMvGmatb3VtO1aE7o9ZjJnX0g2ZHIcfycHTc5pTNo4MPH674udFFKFnCp/3Dx2QsYCAo1LCIy8t5Hfj31XjGLFqqvRnaIeTMmm3oAY3tArwf112gXR5Y1nSs+P2xEuLZ9eT+yn0uQzvY/eSNSjtyIe9SHWju5I760XnFtnwd3oblEBegmESFeGCHpZD/osL9MDzx7xgWYne70XkZr2jKSPR6yed4KlMPnPwRTRxXihl/2fS/Zb353wlKLgZhFZhKqXfY9o3DcFLbx3vKnl/mYfgCnzepQPyaAqo009wqdPhxV00ZnGQ/yaEJUFNSC7fXPNpc4ZQM4/h6XFjbw6aOT1Z1oAyUhsA0XXn6so7b/vk4Ajz8ywPlVPH8cvPunbIYrHyGJ1sJej+36c5z2hCEzL2gRfs7PFGwJ/5mL1pSGhYGDPuo0/ufdrJc/2e/j7sl/tlbPOyV5PaL96mgs78Qgvh/jI0zKnKJ17zG6gqw6b1DwSn1MNrD/mmMawhnY8SE7nzuRU5V+wb8917zNTs7pYvy1DzBFm5iSLYdU2FLzksb9iL57FMkNNvPKVLnxbzJ7jXEX/YC27PDI1qKzsRcxhHJ/Yncbx+o4nYz7YYT0qQgzH1upgTcqJi/bqmq6uV+B6MagrJQvqD90hrm7UvCJZ/twIS7bZLYO+H7NTDyO9H+6t83AWp//mUUURhxuRY+k+vBxuNLFP/ES/MTu1+NhDxuZIGIv8H/zjKehAIEhVy/VBzriUS1kyy2YlQ1R/gRnIYu7vbOeVZr2K4CytLpZ1zEBkOTbmv64F5sIv78BUUQF7f4KluRKb8sNhY0W3NU+0K7OrxxgeYFl/f3/oincaytMdb+Ekj+NYqa+f99gJJJcfS4aB4Ysm9Ue2veYUgj5rDX80s7Sv6yyv/oQRX7qwEN6VfqVV9ke/jtrr/Fa3RMOEiZ/xvr80iOJj7S3/l9a/DuE85Gdc/q1Z1xn8jqDTZf33pTT7gJf2TR6Q59At+/LU8AukHAN9C2dK16rJ5Mq6eVDE/GBpsbrKDYA99r4/1CaD+339eqy+qdl4/kBSNPN4QVuZj58Wx+ZtvLwgher//e/3KhB59nIpy7IsTGkuoP+8VQ4ig21Or8xGIanN133H3Zda+WLzUs3k5kO4Itfbs3PfCQSDNoBB/vd7kMbHZekT/w2oX+B8lNmHsN4+77a5jRts8TeNeWvX7MAVZqmCsUA+ju3azSUZ26WfvCTX6o8GpH8ruYkj7wxrwS+Jb0tGDAbSO2S6kiS3dvDy25nDY9XhwdtdjzEPNop/wD65+T+6wyrSy6RkgmqUAyZxrmoddGK8+hPwSLwETTgxw1KVZ0HJ3cSv8iUTgGGGOu1xn9x6RfbRu7sbJN+1gp6o9r9PoPmt4t735e3je3/cBwVh0EGbPG8IsPvjsKo3jMgcCHK5snnMayhNeV2ZkcShm5nvspGpUZGZDH4ophx3eFYUP8v/7MPNh/FnQZgzqAvRA6sbUc9FdMUiiN2Ec7uJJRbW/rdTo52lix9mUCp+R7zi3V2KkUVlcvLSfOZCPQSvU7p0DzVrZ8S/f8We0opGvy7kFZ2cWGJ753q5Hshy62pGwnvaiX266/IQ6tmbezmLp0ddEQedMq3TGHUYHIeeLSCuLI/r8ywxLtLVrHjWq+2BpUeQXFn5bqybqLTIDIxjd6a9RBDlds3FmbdY/gEwYJ92vidEGPjLlyTF2/DQIqaJWXd0AXksS/D9E2ETDNrDviDNdOzJ1QcNuDst9koYhUSl8HCnShVOtemuCt60M3RgTsh6A5ZpIUoCCGr6gCxsXhEkDob/FD5hjuirkPmqULKqHLhOtKb2UKEVFbEJLYCwRnOSwsMSNo7fN/N/MtZiTnWBLmJoMaRrE5hRVDuGOCPnrdYtwFFxQNCtAMJZdobngUpYXw5kIpw9jWNgN4W5q6u0HcYJtdd7lS/zyqn0MZz5nOKp6m3CQ2SEfCqPXZF/FuDZWJe9AP0YLPPO5OEus48YZcboF1p0EoR8DWm3LQNzBUaVAix7Vm9M0BxvSJRdA3wbjctQ37QZ3HZeKJrx8jRmrWQBndddjhuRtsliFv7hANQSFmuDc/HOGUCRgmLeMRFTOCoqvE6g4JbAXVbH5MfWFA4Z6w4gEAgwWMFbSVqt3t3yVL3YXZlzxDVODIVZPqlh3RXzTjZgD+aoMmBeGxU4WnDTUo5aYhFnabAthQfbCvfRG092keXxHEwJrTwDVVPRUQqiwbsMVaWsVOeJCxhkhtSbmi3ig9EtdbYr1wUzsWjhx/u5CfxjruW/qhVg1tHLgteUUkrLpU+Wyul3WCQhJINq2cwr12mlzBKK6slZTEZmE+ZRUpw2T7yYzyKJbKkeq8H0DwBNuKn2po+iy7K3rxt0Y1KaJhNubNGlffhXHDIKh7jBqxVjvS9RQoBEPf1kFVaZUrTSylpW0FCGxL664nFYrwWCzdsIsaJHmlxVMWXCrHNSPVajPC1OCgH6tFKOHpHrtf4moDUVxmVX9PU9Vl5TK82nW9DnfCbMoqVawebNqTUU6RgZU8/rQkAUosXYV6DgVFElzhsVbq/C+Eo8Z9g9Styku5SSzaTOk+26K/vXVkn5n29WNrHqTMtoLl11T/yvxxAZRZw3NAVg1EdqHs2yGMRri1lVcKRShX7APuxAEiH1QmqbcS0Z5D9+AbJqIJ3wYrlfpaZQdp3OV1MqY9lepSZXhpPyEt/5fVnNs6xqXKj71noc3yjyt5DD/cHPRS5NiwrhS/rGUtzmMAz1nTUBFvBKu5vJ7GBxFW6lJN+QOLln3C4vHyPtdKFdRhgJofKuozadauX+6RoAvfzM8IZ8HT9ZDGHZFFvHqT0pVSXCqubbuqPKKHEqU3A1x/hLu9c0w4Aly6nA8Y3nTMPeex8J3qvvZjcZrPKSPPDsSi+x+P7Qh2PZll5MyTivvk6QJb6KG4r0lgw8DJwsURdZuf6MlPRriNQ9BgYb9UBEn2Q770k4m9hLAqWjxi+t898lY4TBajWtSlQKhDbBOmirL0C1Gmuu1rEwL/KisWel2XLdHTe8eIPvNeGu3i9j2a5Xc3JFOPX4+DN48zovV+bn8Z4dHqQzuopVIminhLRT0Uy8dANYICgHneNsQXHPgWwDD04F4WdTpnsd0QACP8IlfqhNzrmkyhC3wOBNHk+nffmhdwwh8VzmIjLh1QKWGu5yT45Kks54+pAXOOGMluh/nrpzPpC25EDZ9jJLbU73R/0AjqGGhHv32xNbRUpUVNX5OZXMEsJc5mGn7nLfDwyJHNNGgFyeLVkPoLamm/7OTqVllJFnxysBUR5QfSuXp5AuAv6gna7/d8x9jFTvZbXJjtORESk7DYhW+NooAjzBDYtq5fuI+RKMjY/Kah0mF9pyE4PHaWuHOybfzmAx0aUJQrhx6mfXhIWEB43BR+YhEGMsLz7Gz3qBx57Zd0jPKxgRrrHqcuojVjjP8mOW5B/wjw+PR7FxA2JIuWxrOPzHNQBWMbgQ9VELNHArHJmvH4O2CmX+vJRvCI8h7B8S3MjK9JHBzg6rmUXXmtflAdNotbnzFhCATsAVh73pc1bcdp8nbwwLztPaBNxHGO6THyxTaba1PysnOKknLZ9EVfsnsLotFwHSemsDy/ADoLlvlvdcziCCcIEl3s7PLOBW9EoYd+ZL2O/SZQy512vVoWbGPqlZq9yXVEZDf6AGPQQHrGWcLfWHgMBdLTDq0TdPF+Lb/q92CrfVyZ2JCGXpmGABhfaSajcYVkFSeeSBVVAee47iHVVyp/vppbPrff9a0WGS4u6emAvf1CYERjSpQs5PS1PGBXzqOGCULX0ruqNpVVq719OYb3eeJ1hX+jJUwpn7dp1ee9yOfrSUhcIiygxQHuZoAJyCx+5KJOm1OG7XtaBwGjUInqP58B1MxcE1HUXa8eTpSk/I2mXXFIZeIDEO5aXfzd8eVgZIzb/yFos8mKe3VBcoMLUmyPHKhXAv5vY9UuUg+JM2mshIeD50jf3FuoUCCUIArEOMeEu1HothpT7OyP6uE/jLboga3S7quHBpvzhyD6fg5vOsKvg1hJhWfxFVoqideS2TR8U9ouRFkk43OnCtWOJ0wBzaCgO5b8Zyg4kuKNwvcUIr3uKym+KbTA6fyQxeIeTEFo+tEuEw66s+pQ5PSwMbE4ReBp0VBCSi9trA/k2iX5A2kVSep+KB6YG82ryE4RQrRg0Lz+DRrDEHqV27Zx9824jIhQjVKRkPseECnq0NKpVjUgi/EyvxRSbNZIlxg4aNGSHe2ArKEm3w/nsfxv2ZTRK4J/QDBsv8VzhWEyLGIqYF8/C81wJZci6G/g7PWgAfQrqGWy26xWisAwne7bNf4zVY3bcJ6h095I6HsNIk5ozMwGdFhdYepOuU03nepi4gUubToqge1h+AVcVaqRk0CCnElrM22qRTU9cPEt0H2jShF21fsmhHcM5isg4PBjGx5AnbT7k+qCrjMr5XlAWkPGcxVVJK7+0AZKF3DP3SnDoyBIB4UzRpkS3BZs7lrI+MrD+uode6GL4E73PQ65CC1L6aiESJAyEBMQBeB3ewXmhoCFTlmo02mFZZjWAo2X9egnk0lYdMn35SxXm9fMNw1p9eyj88BHstQwbknKLhCDGkKrBXgWqZY4VUtNaYeqDXlnFaI7S6JiJJKZNoODEXHTlS8wfmCmsnLgBienZTDqj44njGc3ZZ0Wuz0JPesFakK4bqXmpsE0lo2F5u2YXK46rylpk6tzhSjTDbxYA/sPxCnnnLel11Yy6Vir1mIGNBoIGatvGcIJehstwUnRvSAuhNtSb8lCvDB1nlLiL7/dmbhHbjkIizt4OpSlfZQnnkDbGyR5nRlL4K5Ww3NJaiJGPX+SqgJpiyTKQ+lO3FxwESgaey6ZL9H6y78y/MKn1ZJW7UzRvh36y574r0SZ2hRWTl6yRDVx93iYhxQAHir+FKmQGd12FaZi8H0K8y19CEpXjZ+9lnY/OhtS/Bc2QndtIjZReagckK4+DwuhztWQjZl8tUzJwkfVRf8bZEVLQ9pwI/PPSDVQvG5EvItJyN0pxm4qXhjy3eL55jqJWJoRYNjAuKE+18fW4F9r+Hr9nvdEECdNoASljDzq6KZd18Ttep/OFv7PKL5OfNHBr/LnMfLmXR8LzkjzbS1RG56mXzE5dYcq1O1GmveiIenhtSv1A1W/MvdKR45py/Q2CHrCx52XAX/KSMZZ1He0WPC4xvx1xYiW03so6Tot49vS6JdwqU+SKmmHHhJ2LYgDjyGxt2Ky5Ond63tUv/9fxD0MaXmA2HRSLRapXJFjn4sEAUMHh7cN5IlLz7uSw93Fk6KGbM6DXESDQEVuJnZTgMxORxnYB5QZdNC2iXLZ7ES794JskIXCB2URXtSMchdm5qyF/s4fSr73JaAqE7EyfNzdXObs0U3IBXIP1ryBUS1fwTPb30Y+WQglHu/8vRkyOIK+wCt5RqRch0Dx+r/yvnf5+uXrWUlKZzlgbJCg0/wuVkqOMq9MDn+fDER7CPf/I6Bl25nBemSu5+xcs6ZjwvLWjPckqgfKysZBAeOpS8AlswsUk7OU8NGc+TNSRnTMCjgF5/2hi/bOEsrfFn6fDUG2JZlZNWemrQj8CvstYZ1BgVdjhQC0+etzj3ZsdHQ/LUue6FCHsPJmdVVxq00hl2YtD1myjOaBl0vqHvuS0HJpPvqGFXNmLGUI59m/wVAfirNuQ0xVn4SZkc7B3ZPklygcxb/Skz5Av8IU6F1RDJRZSak8hRqMw5JmauGPVFrAa1FdZDNTIcrktvLji0Lhir04eK5D9j0PcGgMKtI1/vWXq4XG4YKTs65qVUTpev7/W9iqKjEybh2IW0337KmLbPTbVdCNKUWxReU+7SgVjdP+bjmLCd7uu2jVQcG7suLp8DSQ10bIiVs60FuVyTNl3sz+ZlSgzsXPt2kosgsVhzNdfCuVVDPjyQf6hwyJyMqdW9Vw1EWHI+mXw0FG0WUDmtfpu522Yiz8A9QuOrMLgUKc61bPVAydo9nhKi6WAvR5BGMAtN2C74cWVHqSgzIex3DFLiVOnR+A7jX61hd85M018eO9tXtwHnWgr2QdV5suaGTYCbg5EW+TwV8M3pBGpdqrYlb1T26PHRcVHTS9VfTl/HEstLon2vAR0eLEp2KjYuS2g0nYyk1yuK3xa7qZFxCAvdFzRLv8uWj4LrljOzMGXuOi9lj+0j849/yI4Gw2xlDhVbh3Oy41Ds4jyw9BRWT3P/2URV0W12vRI6SvGsMHUVQ6ju7BX0INIeK4lY4YAWg8Rs751TvLtbkSir7Ad//HeHPkhWITfuRvq0G4pebDv8fgJmrjGly61Gnxo/NhGRL5mHt9x0dBWcWHyVhXV7oqii4+nGMnBVf08s1/dp7HyCzV3Xosfx5fyr81rf4fO1vdhZrj/tS9VdXH2BNbMXphnC5SWXchc2H3Vj0WAG3bxjIObYGtEIxtAQEw6Z+G8wBEib1LpSjeMArccblOqye6/4d0nuNRzKiwuR3lFvwrS8PaA2ZZjYfw3lr/fqw7h9sOTZHod8CWN/s4RoQMCGe+8temvRVU/+tqqDR/HtVAvbGX2QlflBY/GpaUu89OraO0X1lk879aZCc055J/+IF6L3PfhRWEG/LKYDUtVrcOq2TirOhR+vvOQCqfPjHAR9uAGhJgKZG4lMPXwb307sUU3nWmoZ3AoZspbaXHt3sg1YKqIb72oETGR0Ku13+yd1ChmLI6kj99GT4u5APjsDvv1clvf5n0ka9zvr4WSNWdkwFiHmDM5PBLxgYEZggH9nue+usSfTMTK/sgt2sLSNjjIS+F918cSI8FRN0tvAXm/Qqre3f9MHArOORPt3OqMKrrfBARw6ZwAAmlyfPQBVTUJe04+fStMgMlhHOqaL+EI81iXUr25wGqaKeKwL6rg7ZPpwV7rHseqarpIc74oKNyItL/QMg34Tm3koskzJZit8xiAnyNoMoSgtSnVInDpR6g+yHLeGF+Mbe2kyfW0ZpHm6dMp2XtgUv9nToBMU8GEmKYfBttFSKitjWvV6D2ZIVR/+eF/76BEGUB/yaJ9qoKrdLtXpwuLQBN1fsq7kjlARMPTP7QoSzQ8hW6G+Yll6jUj2JUqHDDKzaFVnSfmfiQZLEUWARApXyNXGj2oMa/VmVsuMFX93AXjBeqoqZTo4EmVE40VszZakIRxSJxisUpxSSoL2zLHLxSYoID8dUWAoe1skGKFal7PmUg2fibPfrp9tVl14U2jaW7BB3NpHCkx3UpDRg5Vu7nzr5joPXvY7r4sxQdOG0wVxqW1IkG9/tBC9Me1tGYvOtt23JvpTF8NcalttT5YKNeThe2dj1ZLb7oPlk8oYvxN1pDmYp7OZ0R0Ja2HmRHAbyHt1o+LNOOaRa0cmh6Mz2Ln3Cp36s6/XIRPEy033PpSjbbTf21Qn+BBxLvWI+xsa+ocN7GwXP6w3S7mEd3S5eJYZtHYFVcl95Q5UdY0TKNaKGyIOpcz5+67J7hjtyA8aqaEYtViVCHcR4YYpzCXgvgPDIBFsq2oXOcC4rgnIzqWaYyckIRl+fqHah3M+55Q9cbpjxOlhqOvjsxFLHultx0oqbADkyojHmQa8GF8A3ZrHZU/p7eWAbI8pFeGdZwHh3+cogtVs83TyKY4qTBnu4onf6ycFgZHcvJLYscbXoPY7aUkpkz7cstMILOonOhHyIfjQsen/8NUUFlO2W2+x/JJIvJgljfh4F4LRws049KBMs9rf4Bt8qrGZ+0fDZcZjxttiLj85Yd22macpbNEHHrgQzRn9f9bbWoz3f0JVlS6vG8bVglGNTjeEu0DAJTsriPtGzYgHIFYPLywwnGAcAUPXtQtLMtLEWBXL/f9RDJGq6FHVtmS689YIjBUDCUDFsDcvHMkhAOs7jEXvV8b+aoX0bFZ9QNSGxZMhcUOziJmCmSCANRJ098YIgg76ugcJmOfMhKe4jWoUYSvmsEUKW/7c4uV6VutOCc4luGskLQ7QS3465Zd8kDD9+YoattYHbb5q0e0ScCLk/jFNgDCqHPBpU3lhPcNGV6kOD2IwgJQLz9+HU5l4ZDNMpvUo/skXtBNppDtcdJh666rhAhXwtAfHRRq67G1DNOWCP/OBnfnXnWmeHT71Jhvdz4txaKpZLH851oInS05afLmvTRhWcPv+qREvaqZqeZ4GGvVPmZMB/vjh0NkyXC5MSPwfkswaKucD4wAoRxRG7eIitlT8oLOdoHsTkhJ4VEWBdjYwe2YCfC+nuEnmEsqhiZN6LwA68eS0xhTvTsiSZVHX+DQOqhWTC6FQeDAHIUl9sCHLZS54PJVVnbULxnUC6/iSMCRFSvh5KO5KragQD7ym7T8X0ElSY2J5ulfgmlR1h+k8AJl8hqE8jjMLWTH+EypvhCm0w6wrSfK26FRd8QCUocr30hnUCAQYfl2pW09VfQbTAoybnBnhQ2xlKf/7bO6/rYt9+LxXQSiP3SCpjyQrxFTjy5bskRKPYjfaOY/k1fnNjXX3RT1J0d7vAWm5gXG878feVi8e5BNiUtEGKW4yglosAz8adag6vOhF8C/2E+LOAZ9MGrMvcYZr3V8+sE4hk0gYHYz7wHPTCbKLx7HoKZORo5H1SqO9ZErUr1/nXo5YvWgsYOJ50r8ZSEi58bZG8STIjD8YWtpi9wdlsRy8MjldyBCm16wysv67TJTWXcn4CEW1P/8CT1LIj7+GffyzmdoaixrYp8Icm/Na8pv58NSUpIjA+xkyDtHeMQ90h57lfcd5dYHX0XfDVPwvhcMTjG3PJEm7jNU/SQERvOInNeLxW7T1Fi/uTrkdV3YxnXauY1CFntI1xx9L94W4caNcoyvB6K+lM2eRG3xdP5VYHpuzyxRqYsAC+iIU4E7QLWSaC7yhR434AtyOcfBdQy76asmdy/wh68NiLc4J6kcZLAZ5FWkQYqH7xfl76ne67Z7LDZG8AJ2tuvCuswf8rlBgYqgFuRvf7Sj27Ju3ZGs2/6kghFECjyrIEHLvLPGC95lxJkOxGIMJi6qFyi7Bs+hwS1aC2FimudJYPwhFMjuUGLsw5Mr0IlkrX3xu+flWxiLv3UIpnPqr3vz5GLjZNZct5Zb5PPVkKCZoiANk6RLdKD0KOi46hJEPHARx6qjbBmgtOSqJArQp0gBwI53SLsRLCitteXwhyX82V/I/zYIZmCnQdZPsMOmYHcgujlDNFNJlx3MehGDmpfwqU0zMYr+Usy+7VhVTs3eFli8nfea5eytQVhgS9QlZwPPmeRRi0lMO6Vdd5TQ8gYHxjkzTr5X+7JPzX2QTWRuaqvq6MZK8JTCmEjya1UsmD/fYYSvCPv4DH/xo11SICmsd3gQexlu7cmJz0QFtdG+rR7jWBZCtasOIqTI53LawWp/4bwMcWdC9ES4YMzOx9zHFAAS2R45CFn2oB7laMPhg1VPX0zUSLtZAacC14jEqFZiPNdeYjuCGYnmGNAbbhGHitqz27R1wmR/1/Up6RsWxAytLYiCH1S5lX8MrJL+UnifACToeboin5plXwuucwZn6mn8Zqzwd/sr4s4WzPp5UTObI7PQUwZHtGpsIuc5csE8++jWf84h9/GsBKaWffhSfHzFFBSDIc0nYjIW6w5/XHP1QCL8gGUwHMSIglomVF6708Lt8IjJUAkdiXv6ArSH68UVQ7J1Y1lHRlaRnBRNtkHXh/juol9B7PwB3N8uGJQ6/C+ruaPkShrMMMFDS9OeJwYt/X4HBUYoWnrjo1XKOJ5amLZ+xiO5d8/pWJYITx2PL1Xc/4QvB6+1qOyWP54n73QURo69YlPx4vUUgmeDON4mYOJ1RKn5322zQL3n5YaCe6IKttF26dUBMIDIMJSKCSRoxs3uA9HoCIUifAnRTvmm2IWx407DTMUJMBPREnZaX+Ihwavfb0RDd63fixvzRskLs/ZZkezpQEz3Fc8vQmSSvJA4ErS5cSvUVNIs9nQH6UBh4c86NttTvfY7O2tLgVrdp0aHmFjBxvyaW4X+gc7ZphBqZMm83jpNHdKwgyuD91An743i0MlTDrC8RCuWgCC6f1lrC9vJyYAkd1tj+FiWCq/qwTeWj3yz+VGb+3hproSCffG27oyJ0f2Bjqsc06D3LYG6smOgZdFdSpil0HhjLz3sBBL9GNgU98R80fzSox2UyP2bxSjtlxGjzUggrKiXrrFV5hR43WRG68++Ofnq3MBr3d/pwk26nOHlCCl+8NXhIKObxqcxoxt7mJ1bTJxK1gM7qWz3PMtXovq7XdSfq0eb1a3RJ8yIEeUi92YW1MbQq8Tm4l0M/1yHfNAfimey2Z7aWpjlZpj2JwCDhhxwsB0JWeblMRSSRGb9ZXUrUgqRxb9e7gmpQLpp2DJApo3aYE61fSbX1LVwcjDXiJS63dU/e+typY6e96aV2ORIb+WbuI3r5SWUpUEI3TbOgDrRLEcMixCkCKfgnlbTLGHK5HmZQ6QP8OKtGf/nn0953LeZZthbEfApIrmzD/X1Z1LQVVuV9Ot1DuO3cxNC6Ae0WnmvQZL/5itRGn05Yfqo2e2dLgWIVFES94cfsi4dIQrb3dXdCrshtvxM0XkToBJrE6wSgfZKb+iSMsPTdOUA5Qd9gv5KkVzciu3HMt0331hrSrvUX6whl0MpU6yVLyWBwVnk3Ihr1MgogiDTLJbrGEDfdzEiy4iKmUhllUbSAHURFg9ptwHABnaskueluzXoX2EGSbghqWBA+p+Yzx24pEZR/5rUkSiKm3zkD/cv1xswmTAOmQ8LixF6cgZcmjIBzp49baH3xuAat/IJzubX0X658a69VDN4k2ztfi/r3z56RYXtXS/nrNHSYhg3LPi8uamc+gSraEme0WR2UC7vFCHL15JSep4d6Ka+NGb4c4aTn7UN4Oilm3gSO954BmTx2izTIqka4yk0ayWhEfQElsKWjnobJhtZO7+wwl3HBXS5BnBDK6iiDhO5wmgC+cUnrQjNc6pRsrMslmcRlIsL1luHw9On/6fuMpyDhhO+T/6gYlIiGh/ly9JPYzQS5rfTwHmhWeqingwoFSdQ6nmFWfj0Kd/JKLkw0BYawkSA1LJu1VLcTD3PC8HDv0A391n3zm5u70zSxQuve9DNrifR87qUVHTXFzoCEyHRi9jbxqSJp+m7eXadOvFfs4CnTyAmJkw7wrKG/A4+/+ZGOubBs3QGhLouordjrXyJTnBJKtPChTx0bVMEr9Y317rAMiwbEiEclf3BMm11XxueUEPn6Y+x123tz206ER/kD6Vap5YRj3YONXm3oZXKVFpLNbVhZtc5wL72l3O0cokGnOKUaspjCpHoKdObexYFFBWTl6R8ZJCqEAKLH+jqiKIMc+TdasYyq69S1GrDW1GPB5obcl8GqIDwEtYFKWfmxZXJjxCRxCR/Y2Y2ILmKhqQOpkgETRB0ySKPaDXQGnnfXw+9Jm2afgwxRUNU83eLTUrWo4v2GkVhaWdBSL5SDY2s2SPZXDBaN4kiVKH8vQjASmA+lPi1q6nZCZD8qDAoyWwhd03Jo1ExyMVFU1SZ+VAEd+rKxu9JZzdHK57dW2vRH7yLhiNFJK/g0a6Ky2sGDimpewkAtGD4tIwGOpqsd7/NrO/RKQBNcvqDUo67NXS0k+mkZ0avk6rMY0FTU+qR/C0etHutA8GDx11WfbRqclGno5uwaMh4oJtO92yOVSVfRg0eonciiJ49dTvkijH+H+4GiriiI1rRSqGWn79lWggB10Qq9B6AlDxLZC6MsMItea7aKxZE5/6RP7TtLG9GVwCTuDooMKFEXLrX7VhBdInhZIRBP/Ib8Gy6Pv9F2X2uYLb2znE/wiBwbqQ/phgCKWUtbEzash+Di8AU2LA51agk1zt9cAfcQyRcRYvl/rUfnak1pL16LqIic9zcOxGJlCCiaF8Lqe2K2UlwVSGhnSz2b9ywgKu8shQTQ5A8nMNvSeUgLVFK8cuoqRAu+dZzdIGr161IAQY6rbNsAGH21dXMNGXYeKbW/+erBySPR1J6B80+eWCuLMtKQYGYjyK6CLosQMPE1Uc2wNCahwqRPLCU5aUek0iwfWUbyqShOdTXXPSFHRM+DMy5swEgHpJmZuhcUrgR2a6K6mIJIy+Aai15OFYnXPK7mTJDiVa9eMtCEN23vzLcLTyuIz9lNtsb3HKQ1wTw6LlcpkWDHsSo5iEFoxZoAeiyjW3GxTIU7IeqzW1x6bMyhBjmp/OuoHIB1sjbhSuSIQFZPeFyH73+/pLDq3bG56j9vMBPk/RtE0YzcWlxhkme/fzI0r3GfWhLHey7y7OLmAgjPHu1CB9lLXxIk+ueA7ivJs55rdNr6iSRHdPZa2vhIy689pc5tg7vL+9Cz15SngclSDK8abF/+bNaOkUIoSfrtH6n5kSR9kRY2/dlw5BKH1pFaLrSwl5MSXY4Yagi12quFhZelbcHBPmrRxplcV7ggdB0DMhRYJDoYCXs+W0d4VPw5lqTP2VXABUThBq2VrEjQFRGWsoZ1ZbvzscM2em4edHBRH6VpDgxlIRzeVZXVdNdnrllYSrcHAWkjtICaDERq4+qC0a4w21rFAQGGYRYNP8zFnkU/UYjrhr//hu9sC8DLPH77vsho8VjxjNWo8fN+d+g7IbNX9OqOlFSMXFFXEUgJJlfOxrMslCd7rLGANshyRH1t0Y95u2WBPJ8AgN4Jsk01KanQb7asTOg2q0kCHpLgvRbE39ckBH307e4gJO+SF8hMazWScF871XgG53W8wYOpbrayLpKTFWwflpGc/nImsb7pgJoukW4ygQByKD9keAO9YPKtTQIhcpFseZkwO36x2Flon87gXlBpw1WXkbYzjNO8VmfvqimFGoQyyovaoyWlOGdYXDmPhS8zHZOMuc+U3hWvdWSAGeFWI0gXWxsooqk7eqDtdbxkbUbwyO+t2MnkX+eh6LtgqCfz7cYo6LgEIfYVc9s+M5H9Mmc9VxIPm4LVuwjiX20p8BsfLXpghIP24tnGv4usIfL5Aq3LiUljvAURRZjrc7HTzN9Xg2fLnpx+YtCNvIPtqsETFrp11oaHof3pJsViGnR20T04tv3R21cXJMR3XG14MweUr1+VaD9MHp+JlIvkowLSihfKfdsovca2iEKc/95wAgR1xY01lQggNdsWIwEZgDY1UxkTFJmlYC38+zicFIQv5Ze9Uukwy/nqmdgzeQJC9pT3l9vPeTF475bzE9NfO0T0iK4cetovmpBL3RoJ8J2vpUHrC41T65Btk6Bib8Z9YF3RuOPMZqHdVrfZUBiBSFjyn0BWkhXFFA1Od23W1wQ1O7pH8oNJvtbw8Hxh7/6OxxcUaQp+G8q4UdMjlKNd0cjohGJ7YqBB3rlJW9XW1oMNmMl40RGUh6Q9uVi4Dsku3ImhP3n3aoIKaj+jsGYuKJm6DL78ltpwOyzUPtaSIoIh30pGrG4riCfXCWVWeFIb/Jkjr55xxeJnOXLVbUscoifymyJkfh4JqdRmNCPAQQ6eL9S4G3QnQS4p+mjUKfvK5oBNc2at53CgdT8O9Mbci8GshazWSVm5DhQt+pof0xQPeNZRoxIsqwpdwTpp3Y55/BZR3ncuBA1Lqh5y6gjJ+F10j1TGZ1VKTV8BavZT0DUizX7Q9BrOdAM3T3Ivnt2dLlWfahFe75DJx3LGVty4kct2Z28m6+yzG9WGjCqWxoqLO7QcvSdpibLUeqezUP7zNGiAt3tdPrHdPzyp11XIrpMixWGd4TjYoupZ5Z1NTQ+ZTiig9mf4H6DqUpWd0+dgJKmL2IfU+GzwDERx39vEKZK4/3rcILK07BYe/CBbM7nfGF0Uw5UoS41xLMJyQVWCqRDZKrYv7ar/WJcBNzTHEyXNx3Ic9IeqUKy47riKQDSkwIg5ysgeJx9AUIqivPNlY7LGcp0SVZ+qQHvmFTvS9bRQpz63JTqAv0MXBDWcOi43tIYkchVupSRQySEAEpwemvA/2FZKRC1ZHbXhBy6QdpyUjR5bu5A4hx6uJDTLXFLKVJrDlgk+dsvugU+xzCapu4CUCZYQQc0pjJsC7G3NUccw4IjKwSrVwYWvu5l66o836x3crnM28Fa0LF6Yq4oKQjrqaU4nurxttjnZajF3W/k/ugY/Tc6oqcSYeHvCmQ2kMnb89nIskT5ZBid7NZOCawzhprOIdh1x5bF6gCNRA2C/gNvdTICWynYdpLPx1zApVN4EfWvuu2e93fJEjZbuwlKRFTV7DzbhByJ+IcTQXEnUMIJOaLXX81fmOkXoxK9OxmXi7P6E//cO9v+05Qmt5N5oZrOAjzobWNt2f8/00Q1ZIlqwYJlVo9dhjxMPmrNLu/7nJ+wwi1nnLlse7qShOc8QK4D20wfvQQFIsZhsSNnOQLb5ENkmsBtjN5SKFdEQb2WAMOrbpXPMHLDV4Di7lHgCWdpkDpYHkc2wChZ85AAAUSAqTTT9BAhcy1z2kco2CeT7tjn5fln8l7wURUgjgnSjwNBlYKYCX+3veD9RUQNQc2vDP0+xg0IZWftGlGyvydsqUfUojrWxCpH88gypqb2Wp5VUVEGCzelbhNFFtNwobBOFds8/XjygW+5O7SAupRk6e4S2WV0ilHDHK/WfuGeau++OotqupVZ2x7hUG4dc/hFbk6OcLSj+I72D/R152fSCGxM1E3eMU+tfmRCvR1dcX2zuiGSDe8/WoqS1w8avYtHG1Na1/osWATdTvTNMPi8f6kUg1IDPItJWtZp2FTpdMbSaiyRFcH4g+GDNm6MvEnl5XEiqDfGc81b+taPPuXh+zXAunYUMUiLjtzlnlU7wV93eMBh40y2rknQ6P5hFVzkw2TIfB3Mu7FgMiZcNq0dIKb2iiA5/p1eVmQ4cJTfm+6Mz95+pLAD1boIUg3Emki4uKS+E0fdJGIYfNQDVsyGYS/TxeBeFz51bzVNB2+lJ3FhSY5nYRZ4a7WkAX1o765hplz2XAHY3qG1RtW6MzxNV8S2MQt144xytie3i1Ve3jN15ywJCsxMny4PnbKwQb0DPvaSUple6rWKitIG67LG7AmwOiAuYNcN5Q2qambCtWcv/7/KWlK1PxvsLPTUUl5Ty0GR+an34+ZzUm76gBY9SSQnQ8osYT9WH85r3NWtM/E/G2dksmMUp3D0j9/uSnqp05/fNDyUEz0Uu3oN+l1MauXWwjI6kOv6W7bek9CwSWprQO8JSOjaPgTEFLnD1tnVoriiyRJm70HLBpYuX0tkq79aAWCho5eEvPTiigqaZVdkPA99zloxcFl8w67sYW83+VIpF6O8Ss0aMr+7NQfHIvDLUxWTaRnoOz6ZppPJ1llXy5UC60aJnfzVbdjNk+PHkTY4FUWSrazYarFcpdyxnnu+If6DxuMgfjFnjjp4po9MvXw7hgKTx+7UVZkXhlf4bdeQplugRY6Rwcr1m7v9HSmGF2Z3baf9Vp8neNgw0NV+3zH7o2+E0Vd6DJCeudGjd0Ca9T3LtwyWGG01GJaryfRxVvN/eXFzSuEGwd99qY7Enm4K2immPKapnDUp8wqaM7VOlIj4iL5rWTAdaGLB24UT1LpjJhYhw5Y80gIqnhFeTiUJBcwe8VNF8rShRU/8d1ARG/W5hra2Vmgw21OWqCGsDhAw9r//sos7aq/kofnmasWrDdvpD5tnFRTgF3Z6OcvwnN44Gb5dqPayZBqbDLtYYboEFuZZlwJOq/sgMtC4QwzL5e19OdTE6HssFN0kmzKOnxYxyvy5l3nrJXo3Ta8o1o60zb2FXKoi/lHXjVcoKtWWHujVlN87fCiKgfpYa5TRSEHTJCUvqehaFnQNai/tQqp0cL7cI0OUslQhpSl7M6NdMR61VfcaltTbwPsIe8xJJQVIkc46rRVel34J+xz5J9GJMjb/MH1v2MifXSEXK36echP4kArJ/amTLXzTcL5ZkuoFFJwMA+F01fh5wntOzy61x1xVxhkJVlLrFLaWMbudAudSyVe9C2U/orq9B6CDkyVq8BtsloYIWWqUBXqgI4R1P5xLD7vxYtfSlB96A7SbwudRz6u4IBfwOmhETZlQVJNc2V+ayRm0721xyqXOnbKUXzOpevOizP9HAa8CiQhycmr5eWM61aFQ2bb9HOyj6ANe0VvrJqAU1vUTEnWcj6jlRyq3IjIAE0jKJ0LQMvHfdQ//+yE2sqhEzmsiKbsQ4jQMSBtU4EzI1aJaURhQlj1+5vQU0+8f/fO/vy4csVbJv6QvLQ9IO9nyuFqXgHNwoqsPRxro76JoEA5czzL2bf13A/Y54hfuGSx1pzfN9+tEyT7ZpDCZCIkTODoQL2hExylhNvcuttFaNQD4p8E3z6fn13b9YB1d/3XtDLG62oo7Gx8RJutvk0caZI4HiYNHmJUYNYWBjd/Iczr53MEy0y9ntnZMVMGTWhlnrkJTZo+uun44SPrwC1C2p9JbpNkwGqd158XfVIPtlx+76m4ktRi7V5TXeg3GtvmfV67SRtHgYr8d+hfBystcQ1mzbMhzXSL2MivFefE8rVuquJwtJNIpXTEHJDhGeR9vjT//t8iB+U+AcLCiESALIYU/APdt2d5McPorNqvm23z1PWqkZwyuailmhNYnK9Mvi57P5xa9ftea+U5IXptXDh+H85EOzhF/MesZxoTmhR9EJc3t0p3S3AjpdctTf5WNXXaSgQp5Z2cHuUoBM9EAi1PO+qYHfW3Flo0H40jBycdFEgm0Io5QktfF1CJB5TdAZopLlJUNSJRDMBklaCWzaNln7rAU5LVFpzi0T7O7K+H/mW3K3UdZnBlcLa7oGFo3FVpNClwXrocqfoAHpbPzF4obhxak1A4iF3ZQlTaYTKfjH7JJt1MQ2AeB/snIrCBXViyxhsBz0UBwnmcJyR/vnM0Wz8x0Lc9IP4kStcu8DBwbWc2fuDifgMWXEx4pgOV5ZaGEOUpcxPfxYYy9w6vDT2mjf/ts99E4ILcj3GY7thtPS+cAC0rh15VW8mmr3oaZQFAq+2BnmdquBunWC4J9OqhtU5fVU2c0UbMxWvF3pgrHZQBw/S1ZliOg4I5OV61VMfyJcMmLmajHKLehC7WlK05Iv5c7XIwI/lOuvOkdox76TnepXsWovtANTmcKVaT40eLXNt9cpJnp1ht3sPYeT5FNjmkREWP7ytuN/Oa2u2fY3S7jsV7jD+zoxcmlpt2tdUU1S7d6JsoHat8amNygf+zh+KzDzE16vGHpURa0tIIli/bb5laqP1aojHfKHobps9OP72ceffbOusQWQUq1hn2Xk1UadqSIMXssJGfiYcykqW0UCiY7nH1T7sOE9osLn5i8LIKAqexVYwEzlh0gCK5l2zhCsLU8h7Ego/WB8rSTACFKhOictoDFGDuyZOiDHxjZL4TEyvX0fiYsl84E5rvM0JdUu03MDnwVrxBy8da9C2utnHo5g8qfWz9vmVbh93HiAvQS6Eu0+knHxcdw00iRIf3Qr96lNNKKVJfWEc83geXOJIcEJ8L6CO8LptEgf2FZyC2rMW14HweRBzTmsAyPA56UBLt4YnfnNSJGHLJb1Hso9ue8XXn3kH/XEDeSYXNFAgwtUnq/6ieK3B4U9gXyfCAJTHN2feqvtK/Vm9aIpev6OIgcyGvmMG00wyVcXpeTda3bTbYIaZ6N46SKWEsO2xvG3iFcUYCipwpZsDoxCX5q+ZWTCUK3ZlCk5cJqzLjrZQzrQnFBsPyVeZL6BZkzebC4XKwoDIQF78LJkfegvWs7Vx1Dbuo4e2bGVCGDr+LDI0bHXzvkO3+I8M536Vctc9xmNA7Glc/6X8+XWS80rJBC4cde25ThMATqALYaMDZp5sxMyf/qvNxbuI+wY1JwGPMB3uMT6GPoUL7j7DF7qpmNq3kXqF/kirEe+MqTK2MHCYZX98cQB7VBFAotG26MWANCp9pKQta8SJ1a/BREpkXWeULWw+dR1A9Jt1fI4GcUTD2Gk1YVGB4+2eP0FqSW9vIZ+11VPGyzUWEoeC+MvUkABK4ENuQ6cSVaWwbfRIHh3qvYhqKGU2GNCyHfOesXCTzgFZt5VkFoqsTeEZINAmpgD0Yc61SFQ1yKMql5s6OWBwdijs/rPnzdYinJBb5BhsGeN/NDyG972DAGUTcz6NgTDqAnblYw+Hldchhl7Jz83En4EHa4OtOIyvvlFbPXmJTXVIst+Aoay+NMv04TIV3MAiLDJ19TXEyLAVugIv3XTUppO2ARWSNz9i6bACdO7qhuB0XY51xq+301dPMt1na5VPNd0Tuy07G0GfjqJ6jV97KIPeSfCmrGmjTuzcKZ7oIGe7BTNFBYUtpuWDHQQDjSq8a71rbueNbu6tuh7h7HpQNx2R+sAs22qTk9qwBkH5ft6rodG3kECIV4XDW6wi/WUWewz/TxD37x6XOCad6TO1CTtauHjqRJEUm/imu69re9vXkG06yupL1JtG29crb7dEKHUeLukblonVA7yPq6dWJjLvFNp9nZZ6h/NFRW4TMmdmM5hu4ibioZ7fCrkdwQ4FZctxvMBj0qqXmJmHvZ3SfgA6BYO0B2bfog+GUW5KcFhegmnhYEgLwDsNgPy9f9oe0c7jnD8QkPvJsfItZsej4JogO51csLL8g3xxhXEHaxAuBUqXAVtNsVNQ0FfsoWRa6HvyiCB7cHq5/cGZw0vN9agsbiuZ4rlEhs7X/127oySTcz5MVA8UjyTvRfJVs61JhuNPXzrzGRMaRVZEt/beMihXvG7aPpQNb+tsGseD4lq3ttv9pqDxe/byf1hqOn+iyaDkt6Pq76OIaY6+xGVLlKffywzOZZSuIYvvchjhzyZr9IotiER42dwtbfJxM0WPB55/+6OvEEPFwIixi/Z+5VsZSWyKhroZB9b6DBM03I634mo9Lnb08XDsy2AzGyJqcejwuQz6tBYsz3XGUHJO2l0pmtpQJlqRQAkyG+4Mye3TuOLM4Gk/Gki/CVXurOvJ9eY5NWcUMtPKXlvnlrJwTv4CqTgPeFjb4TKiiGOqQEo7ksgOMXv9gfN5t9KuvT4D+wapf550LLnotl4HkspVvtNZgrlUo2zOaOXRioPJgA1lvMHHeKBaRR7mC45qCljryoaMDo3LIDL041/oX8K5JBEpzCmNYteMfEmzIu3VmYQza325wpUvQxx9bMH+lybZTLDxCTeO79rOf0wdNJJ1HROcVyvy+11t8frGQiPbQ6mGkqtcQyFTrKP/eoCA3e65/7WNiW6Tyaw7TJyNzWZpgr7WtKXV/EMuzBxl57785CMaWlch4E/S+wkhc2bwPos67o06FWJpvBqLKyOJpRUmRGbLTVl0geJN+nQQsCcLwG05K2tZJdXeuMgfGb3vlQgdRxAMMlY4B0ldDF/VK/qXzzYZ9PRbRIGExdB2gwPZWMXGVTZIW2oXcehvp2scGvAhYWHiVZEbiR6pS5ExR63Mcb/XNa9/+jcXBeTNsknHMUn7eaf1MZnwRvuNESetTJLZGK1kkouZ/BjDJanl7JJz9uBvHR4BAnmKRLQKtBsP4lmQv8wJozY3yCbEIeSDzlAgKxVNlp2IeANzP/EPn5QNjEMq/rmdYDGo1hBIiLjPFxOKzAy7D1O2TNB61owv0SVmHLYPllYxlc7L4g4aJMZx31XMw2F4FShsCP43KYYIOWl+8ah1zAm293b+mGz+rd8YxmWeCFQUIbwWDD0pGwyYEaAXeDGRZZYVGxLLzfuhhhD9Pv3NMS2mk2otXEdSPHxsaYPZmCpA6QFanLMtTkiIiw8nn7LOHixOQjQX7DiU6MAty+qWr0hEAvwDfPtubD82rANNwBy9Qp5ZaX+w9Te1V4mj6PHS+V849+xt+YVYMXm21KAltp75PXGwiSEft6lYyQt1+2BedqQVOm/LgUcLqwXZBNJ+DpKLFixy2WcgDm3ZjV4TnItP/lqnVNyHzFMQqRkY60fNm89wuMeTLVBK+vfU5L1YeWkY9z/PbKnkBKE8m3LIrTEExrMbdECq6gnuAdFowHZk2g+8ZctqrqQyxHiByMnT5E6X9GgcMd2FTtbQo3G29ty4vbgythNNjFS3jsxlQMHoX9bTZAk1No6WWE+DNbdJd18kzYmNpyjx9PXnGWhrS3+y0oq8jP1DVlPtPyHJLsTFlzwG43SnPoR+aStXTUCLnGt6QWnUmRPlIw8NhX4siUGctgmoHjtWM4gkiBHbf589FjnwYQ9sR8unNVz19K15Z4kpmtwnCKupR/zsYquwoeDzQXR+Li39iSNN4VDL+NqkzHv/lOzZl89iIruJ0+z17X7AW5SxmzoF9wr+4z10XlcTkgiQVpt7QWOUboxSfqHPL4E7VEWfKfM4dEl+h5+SPsF6ZkrUmR2jaS/V9HcgYO5Ovz9qgcG9+JDbKgnyXYaJ9exKEFGJRYtigM1bccHTaiwkqY5ohBW2Btrx5Ef+Qc/wh6x9Bq0argdVD55HPQyZCerbq1lq6uuFmIbqJayTVRxgu9UgGRHqKi4OKUotS0M0+b+I0e7w8Wx73vP2PMW0mPKGYgbxPkqVcElCE5NwSAIf5Qp0LOVfx8rfAyqbHQTUM7q8bqIXIaXSXWXJkQ8D1FG3m2xGcqBxdZMzJfLUXrF9ATSH8xuUGqBMD4k8xs3IDZGCAT+GSFMKh7wIya6lMYwiw1q1k3SE+SXfPNds0eK9pLtNJgrrzq+yuw+umN14kS9UhBzTEaiR51bWh2O+VLtjKBHee9u1igxJwjk+rEcmtdvf/R/Lb3OtFv3kCbF21IQv8XtV2nAWoDrPTmGIIetBz3fca6nG5Me/eMqABl0rSsfOrPsKScV7b6Rg14oWjO9KkkqdWxYl2uCXZ9npdVMv79L9RndDuHj6JOb2cNjsP5izMK6hmLJSMtnd2lkrPh4LXMWByQ/sxnuFyi5+pE72jSHam9EtWw8C35s6Rv0OiVwuK7tdh0XE41RQq7sGV61nX2uAlhbK7ipWBa4xNQnYc4oWzeGNnGbtARnhxQGqx6ycnA0yxnavs2FiTY+wWftfnFjgHqXNy7UOumDiNOWrx7otLoMAkVTthFqWNUphJAUjNF+hTcxHIO82usi7Y+J8kaxFYl8bgfGAl1j/G0VbVLDKmlzcl2F2QUdqgLEQTf2u8RNvaUtlFboaj8BIwLyrMi7F+7SEI5s9AwtaBbgNXzafxY9TeijpS2DRn3BMnR9mO3dL1FFl+AkR9hZjHUkzy1p3IfyAA/wjTLm/4mCkGFlcTT2OAnBafTDlyxUEI74aI331FKc4w8P+t5b9CLDo1KaHaPxzpZE/V70YnUDz8Av01splddMXU+kGbn0o2PctIOOmVYi+lGtXJywF3+2owSzMUbqTBiO/bHCv7xSDAlzkIrfZGTPT9fgc3lw1yQVUuqZvqwwMINyyxHQ+mNQN6TW7QQd/6MNYYK/nmJwaEmao0K2F+5uwtFm+uM/HKC0xNEWIj8TnsM7Lbzas2TlzsGlH8ZBKmqwTkSU1IiY2ilIbQcdbmOKo49PV9hCCXw/Bduw2qgmwIsk/QK+2g6r9FU6UemcCMOLuSqBC6IEYwO6S/38oLypuxnK1QHmG7ql13CPyLYlcJbZE020brzJztN2xzX3b/r2guHDZh3EgQCZsE/Q3atlt2QtZMO9kq0DQrSJBhC8NqrTOHFuJyGJI3DIYCX02HJ+PLtQ9didlkeidEtK1LyCXVhi8jlGL92+DVQr9Bx+fjGifNEXsovpCX1F8Nu8VmUvXzd05TvmearNvw/qYVU3kgN7KOet6Idt2QxrPMUxainQeCeqsYbdW/wEcA58rBSlWL6sRxeNucTb5nSAjf26Q3F+97IfVxhWB7XgAEjHy9bzWEqATytl2E/wF8VKjF21bJUEOtFYtfD0U6kZRB6w0WnmMz56zFSeZuUFYz/uFslTX0XGZxA+MFl1dP3Ya7l3YkirSR7tHV3xMKJUTu091NP0z3g1k+21zjTvEQvB+2gvHHT+RJbkshsc0T1e/ShfwBf+PvDgSl5JOYxyfL4waWCDTfYpcDFfxXUAFUg2ujLavvHd4y8n+Dz6iaVPsnEtPVbpHz/j8osgU8rNlPAoCytO9a/3N9YvmWvLzHl9+7gp69iar1XFMAUqfRPlmaSTYIwyVXoJx+FYQe9dbJg3jesdIYyTuXz8fAgxgcP19Jfe5bvkB3Ryo1Ao5rOtaV0ESFIKUt40dDGYOgBdvA+PHqECj7/Y6NQNVeuOCmRB3RvfblS9HgSbjTuFbwXMBHjLqbbjl/z2rfxj77SLlx7xnL7i03zXeZNuIgGzadItM82uucQEES/zWAI2jM+b0kQX6dxTQsSRR51TvOPF+COPe87tggifV3KWTATPLYqDVlFKdcchA1EThXP8l+9egEzqhHAQcEySvlzyyb8l1JbUNCS9tApxS3fgIbgki/DetCfrpGgLsL2m2/Try+OzscNoK85E1yIKM8bgbiRmfOw0h8G6EQSD6ebnUbCDyIzqeZbPwSdKn+lEvlc+VwuKXMMJd9yJffeVfEJWGBHKD4tQpFPNxrVptizlBXWAJgNkauvqb84PuGfrZZtSNmnPVxmz7KtjNKEIulWXDpFC9PwJWuDNkFcbb9OhfmWz/2IqvNa2if599Mk9+/bHtNM5y7fwNPeO0DUpfydjgg3b/x3gzTLVljic5yfftbQSoBcr633mMEgK35/NLdVz++ULMSA4Nka1uuI76jPPzC3edwF+bavGiBrWRP2Hl6AuGT1b70WQF7ugTzSucQK7IHWX1+3om7h3Q2AapV69K4lsyr9vHQpvZlPVtaBVv+SeselvC2OgjPtZ8vpXuY7+UG5LWeLxXo8fCvHokRb7ZRpoLngF22DQNACzQkq8MJ757pNqrrvgQIbb9kE6jQZLXp3D9+2dZx9Hw2WiDjfLtlrgkEkcJojBtHLA8uc4ger7ae72VGNyIoH6GR7M1aMvsu6xsQZpmy7O8NMVpvlzX74Qsck5xVVc+hGJBACM9w7g4Dex8lQqdDXYTF33lJc/RK5OK98Qeb0UnRnhVLV9KMueE5iJvFHHLZ/CsL9qxuJTkWRgu07wwtTIEM9fndz6VVSzFPPm7moQ5CnxP1ebEjRjufZPJkcuYksAcznIx1Vm3D78ztKB2FEvXN/SieTOQKN54LbgMjrTCe0JyEHfXf+iCmQF0oZhf85ZsRkJWQhzQHcxERhUqLHHLT5lwsUiiz0D17IeDE7hMYGt8LIa8LLkd0Js6VNyTX536N1qb0CcUf240QRxht6qHC8ROlsR0Vfb9OhZ4gYrU33ia0oKK7D4HfcT0UOhvDkA48yTJni8WV0rRLkiCwpDeNEKn9bkNdJIn0DUw/cuac70IqrDVo3hbyAAo5KEzFtbdbbj1J6omX4TsYpwCQhK1llxA9VdZU9QGFwJNU62hCLLJR1rasMaLrQlFRNTeRuwkkSHoWbjgbNV7Y0YxuEsbPRGAp6lw8bhfGLPNeQN1aGR5TTD5mIhpd9PDZo4/uFZCUt2q1dP/Rws1G+hlJsSmOwt4E3kkZHbqgqUNyqNUuCn8K3RpDSNayaelMsWcSQ94lFrYrVS1C7e2lbIcn+TFpsV09uGlPMs0+ttHgbk9bcxSASzrfUM2uDd3rlnAg2SlLLrG6jeSaUSysgFDFdlMScojVaXa1hwhGokIsnIydFqWNJCKCHQCqcTReOJCAMDASr1KAEFusJZJUoMj09DmZU+cG2EikAko+DmU5rzcC0rqx4eSVPAAfBbV/qQEbt2tT3+yT5q2OOHlV2bVpu/N9kIY2dWq19hQu3kq2Xh6suSLs6Vqpn4PG4MNnoci3qfQp2ro2EiZGdWCw03yyHUharuZZwo3MreO4QoedUOcGwMJGWRzfeyZ5qEkS4ZIdmfFtSPL+jPY8ZB0epWLSmve4bS7mrQY45iOLcTXtLKDM0i/OIcjK4tiDM6WTPhPE3pRq53rqZXnd8SDUU2spVAow4dtSLKDgbYSRh6AeBYIvP7M3dxNzd0q9afqcQ30GkexReJsH3OoctZeJTz3UYiNdetsA69FrpnQOIHCTqWrox7Dzf5tefArNIIt3m5cW5MmXaL6YqcBvLg4VpU9plUfndvXZ8qRBA+R/04edK4i/r0Bw50xlhgvFonl3Dd2iZ5ZP4P6ArjPiEtTFssJQ3Gr4nK+SfNAiqW7D/xYOCzTrr66eGWnrpW0ypZDkxoh1f77tFi8Kx2v9OmyU1ZgO1no0+rHyYon24mb0ndZH6mJljOBMk/GVXceIg3Ookn/9GnwESr2lA+9qoSJdEZ0TMNdYOwzNHJav+R1sGKiLiHZH860CEITdCO+ZOGk4EHJ2eRVz0Jt5Z8DXqBCilOYgHLUQbIFb24jOjzP1InKBlptd6NN3BgiMeWYSbeFsBgxU2msKWcOj+Mrh5fxZuPc2UayFJTIoZJ5HzwbB4tpRSi4698NRHhZTAygWBJBF9TCWW8B5obZWGl3g05PfkKhkkiHha8wIpa4JJatprYya+NKERTJUEf3pizutOwj55f0F2UuSUv3nWmPNVuZZPKKjpUwQnNPvZFSbEvIUaEpdJAxvTzNyFEyMae78fXb0fDOe1tGEqjbhFYkOg6wwKL+9ZoJedI9rAH9YBLSjCi2UcrK8KOz9e/VOJi8U1wn0Y4oXXioWZNfzbxggDZKd9S3/HFn0k5OMfug6uzbZnxMKpsyaE3uBPRay/7hffrxypS7ymqLO8RM2+gM3keawzWeAM7/zLUuQKlUs2wn4YZi49/182CTMjpwgDJXFoqsph4wX1OjZfd8j/kk/D60hbdHDax2iyDxENoZk4XR9Idjl7ztVrIW9SynWolkbx24Mnr3W08gKydLSoW3NdmNhh77svHpKPKBuUJwo2WKbrOV/oUXNrD1y1yi3eDKf/6n2oMG/LSAtqvK4RejWZ0vJJxpJFxNbFvweGdSCIPZi4cItt0KMxRM0U5K19jTk5zEv2RI7cXqahGgUW4VHowBoWgwpVgCihXvPBfoka41lzkflqBN+UiuaaLIjfjUmjT06h+zWdEC3YTW1vuxerWPyzcuRwonw0Kf/+KVdJlC4YZzrl8ESywn9kzbbJYGuF4+Hk9hQuoSSRPl7s3jt5Cb7t20R+iEocb5ywk6MhouDuRYP4fHCM3184VSYuHCUzOzaiJhMjNvh7DAChhSCRXUfKX1KWydVw3bsPG9ja3mrXXm9ka0z6RowHpa+3FKzcdXXddt2/7y2z4xP5HR6t1R0ggTIga9KDK2eKJZr1oenq2yBgJUfOMwEHo6dGo0ruVecPJiDIhOpOXJZkQbNU1qyuPnngqXP2Fhv6h5LBENLBkuZfWewmLlp8iMkpfuWNp05LVeTfx5t7JpnfcW+VOiQCPBAt5cvTWMb8KvdoPdV49bESXxd5g16PTnpGUmdpOk+ns6+x8Wyqr2hg/qw0pGc3amSOdVqnEBU4GSvirMyi98nMiIdkv6t25XnhiHKNZf8fS2lr/fikg+mL0HU5s6zXZpmDVDZSdJBsxCr5e0YeZd8SeY0joWBbvLoEaJhqbHB/FTfEiLwocn23uE901srN/FKb5RI43wUGyM9RnVYjbj1APeU8Nh9RUeKWtr9QeJgdNAxFJfhHSLM39N9/IPv+cbrnwTrmyCha9sM1hEah9qZi4TeFVHKpXQ+HLT+7LoTGT9KPNJK+LoHzTy5aIng4vXyA+vnMER81whr5r4SA7yqoYfFVoc5oBdqWR8eNL2jJL7Xtoda4/pY/ZYlimV5XQlKlwKspDlXlZPMe8mKuQ6t4fFiwQ9gfR5c42NL2DHe6B9m0haXfJKoGgyQ7cDiti8KDyr4dpQ3etvAY8Xbfki9eFEkdCymhJOrjnOCV8+ptDHxJeR2u6Btyv3lvOJylnEtbFcSwJZa842sYFn9nM+/plAVWR+jQ33h6TiH0MpY40Rsny5jHCt7K9uOk6BIIIhUz7kT+dd/jOb94nuGf38eIT7kF5XJW6ZrdiMoyvfMs9HLKDc+ZHeGjMFXsIZAVHtSMgpBdogYi7Hl0UcJfvThQw+Gz2QXBbxlUw/lcnnw3ydMIGm8Tf2NJ92owOL45gQ/eNNRe0iWdsDjQCMPEd7X7k7nhFAerhIfjqupsgh1B94ZgnMTq/s1uYgfzHJnbCvOmiG2FlpKOT0rON4iariKdzQ5GGCBNYPTwb/T3B2zGOthjROwA5UtVdKDG26G5o+LnHtVWWxNi+zE0OUcyHsaKeC313tsbl2dLMyNyUZzVKKM6k3pPZGHgq5jZxpvNmh2AYnpRHGEP18MHlhukZ/nTPmuEJKDH96JH/sNIywaYA8Kvs4VgzZD+U4oL5ZjffheESiVTHFn4elLoGoBYdKb9KXBC2R9Z0QvTaMOmOsDnzHiR1d2ESjHZ3M3DtKv/joCYHkPZqg/innXRgq5KXFpzqfQor93hlGRrs3VHSN0RPJf/ho536uWZLxUpx0ZUqgmN4dN6ogVExjSQ6rUFLIP/io9Mh2LAXvstNlaDpLBJqtMRENc1w+/poh6ito4ZadR9c747WF8zdlN1vK9dBu+4BWt9qR7MmydXKFm96dSVUd+hbTRFykltlq+MGH0hvUm9+Sfmjgx4ljdGZmFYMJxbqQHUtdRI4Sm3Urvpri7dPw6REHvkYgLTk7jpw5SXzmsi15dqW/sSyoOLSoUMMlUCfGnHrleCydcXP4/q99TXufz566waT4VGE6rRHLdAePNGQkXBg4SyTUcjB7Qw9uiYMt8Ig8ETHw0ZZ4kox/HdZjcdBfL+8kYjj9dpfAVR0EUGHl+MFKr/o9n/MKpJXJLz0I+gA5iK+XaaXSqdkDR6rM9N4nyoGMPkzdWeapwwiJvecbkwW6ybT0ckD0HRrmoA0mpzJPxsuTfiJJnM9vsOJabxt9Pgn/6fh0jSB4NbgT+43HZjGy0qslsmflQvTPLkHCZP/QwemeRSEn8kfxf40j5ZgLZP73XJqwmBw2/vXEQTdOX96Dw==",
"session-transcript-D1GLLuQz-D57wkwdy.cjs": "Gz0RAIzUTvlAVW061rTe+HlNZq8wxuCViud5pXUlgWzYFcwJJr1BFHp82td+5SVsdIRy1z39pjL7oerPbggcAM2bALENS3TAQkbH6NMyj+HsVwoCBgqL99a67lv3OYb7RzhbDP588ujdjf+fv51/FrOzgFTUmgi+06aeByj1ERC8UHosiFlfAoD9qjw/kWlfECIXIq/1e+S9WbaTItkr1zbEPCdGE22xG83/8+TJ1edv3gwfd8KdhSRPU7sVU0LGpt6m0jhEweNWDdrM8FyQHIDXsV3eUMZ60423jXh1ks4lXxDmhBb7dt7Aww8vOQ3Ae862CZqhsLohUL2BZ6k/EnfQPCSpjSgjHhO4GmkafKwpxISWrVwa/SerhTOcvWuuompFkub1l9rcf0lh4kW9jWCfsBue3wW6IUIZ1LFnsLPe77/ZP2VYIV25/sxU6fpHYoxqwf5C2h8TdixirYnQqhCL2LzrgbORywLupoeb/3gkWkFdgYUXXeRYgnKDSCPUFhfLRd0QxYowHgeBFRUGOz6dmMxYaIYyE0ci5aSdCFHeCZBJUYkyqucwju1RslUjG9RrxDe3iYhESLz6KplUJJREQEhnaHjuQaig35OQ+84bwoKUVam2RNa2LURl3DSiipv+Q+tbBMdbOXwKDgdIlei4vS/X9PvSS/2FEgd/2qqCKwRjuJoJV1m9KDSh9u2gSXpz515J37llYpBIVrQXV6LvWoxsdQYEchbFsq6thZhYnf7VSuu2NHHcPpNJLeGFKZFA1927qDdhZpke6b6jcWyysovEU8b/dhQtPGn0qMAHGKKoB5vGg0Fheu8kk7WE7DqhLGVr0LoFY0HRscfl5wyD1bImI/iE34Jm6TkA9czaqBGJsBqlKoojt6fZRAmxuUEN8WV9D4ErZiyEWquENIbdGtEFqWCKSJBrNxvemqgioydlRAZyUUPX7W/K/vW/Ms0ndYCfmAYmzqUB5KP3AaKIsRac6xZl5VrjMjXqWtjniUA+N4JauCcXimmCRcIqpDiy/oVmkq+JYrbhcsfRJwQL3xdwMkQnVK21Jd55qAcIQyoCnE2ltBeuTcK6MaAMcylUhOuazdEnsETlMTNmdp1dcNi769p6CIZLdiKQzuaKqip9hjpQ75fPbOiP3NfAcHq3Z1UBImVIMNRqSwRX9nzKVhKZAcCBevD7oo8pCNadXyv8xHuB/d5y4vx1ikpoTeocajMzrhUWK7VwVSHGEm8WTlgJevGUSpq4Sl+leDP+hl/3L25gsHiN8VGjjdS6GnQ1V5XQTDFki9Rc2EM3HP/4P37DxTmNLrpknb6DFFsIl17omyen7u/awwGCITgopzFISykwzXZO0RS9sp2RcGrJ+ZSgPGgqndp+atBIEQEwFayrH3JPkIuV1FSoV0FVhjCMxkgfUJLMgzwpNP+EwQkKRqXP/8hm4arfp0wiNit+wR2j7KtXMMolhNTyO63Iy7vAWNaHigvjQYRh0JPmnrNy1f38H4/V59C2Aa4gbN2jQficU9skBa38aXuztI4DHcutAWykewA2tzU1/RCctixmsc6qOdLrOk/jEcBH1G3Jln4Bb2pGUp/z0jKgs/ufeAkkXAz4f0vpN7+SeYks0oakasXfU09sz+W7bwZzdQ3SX/o28H1cIgQPuiRxKSLTpHFGqieBzQSL0EoPFyfoL+IxO+m1kIHbyCmOWTDMw+MTwn6fz1s/I06p7sfUTVKr4oTfVwjh+NX4JD1L0lzceNCxOMT5HSTKZANpmZl25B+rBDDx18sMtw4JUA2hcetnoYkLRVlyYf/dH6dv5CDOXfjWRGr0HvFUditgofAcGWhQsAfTcQjCKuP1uklUP7wEI/YCSOpxJlwY1WDALJWduV85PFM666buc2riUBXL8JPRJ2YcOiw=",
"sessions-op-B-txZHeN-bU8PIIkZ.cjs": "GxYEAMT/ZrMamuolp2ufE2XPrFIlRkyAKIPft7ZDpWda2z87g6i8fpIQSzSPiUTmFvB2RQ1OclQHfeugSFlJUFRiuVAX78Zdzc0bjqGU6faeIdvrxVEsS2ausqtJ56Cy816jatsWo5wLsSTDHERiR6LcJowedjMXOEStZZ0gOrPZYDj+K3Oz7zt9T7225SKO8drU+JxEuDOUr6drddo2v4FVSG1QNvrzYYz6A/dPC93FwusuzLi/XnWzFGXTsBE8ZxYhhp/g2DIlsnbpBYB+yLnfnjOm+xOJqpuR7k/S4wZENBb5zFctg8Lx8SVa0wZO4RGXTyUAtwIkfOAs9/W66rWUZ4SNAo6lxk/FUfJsoVaBwvoiQ6aCL6hTBSRzvEkJZCw3LI5nTBy81iLYAiEczy0OXmsp0S6OOFoLL6ffScBesw5dOC8dL+kIdfK4q92NYwZKmzqBvplMlS3ZgOOGdklfWCfNpY7AL9MZB87KSssjrYpySc5kmjhcTQnQnLK3Kv3Ilz1wqhx9uqHvkNraSNX7HlGvPFxftxGOT+BnjBo2PaBN3LRUe2yq7HB8LG2as0YUwckXiDEFhJyH9FQoelPm5dlEZtzHcWY0cg4=",
"slice-range-Dhtc816Y-mIl0rKQl.cjs": "G6wCYMR/tmY+Snpn+udWiglsDjOduKbp4wNodFLGGv98jSPdcIPukr9Z2SUyCUVIEupwY8jQiShsrEY94tvrjUw0E4vmf9zb3JaldKGfHHdXRkFggtCkD5Ra4l4x43pvRjMh+QwsqBXAvO0Vdxv6sn0IzCVHnA4rfTJuCif1VkaVBZA6mgKCPKMVRk6Fx9O8gjg7Qz1XDlHlzE9YcFtxGA8pXglvmG20OYanTSY35UOWEL0NGQ9E9MinmENOz0ROqyRFB/bxZdpS5TdI1Dkg9BzHgQ/sVKrRcSs9GUGy+ctLsfYDNaTQhETYqKgADN9n56qbGlDhPwnJVwRahUijAkSYQi0CLGhGEytX2RA5Cp4yUBEBBAYwTbsp+u+WDYhMIbmRYdlDKaK2AP8EddidPjeGoslGxB8n7m3kLQ7id6m8WYvbzWxwAV5Qh51Vhp3/BA==",
"stats-op-CFdQMF7y-WyX6dLnI.cjs": "G8EHAIzTFfEjpNDm0f/T2Zws02/PIAInSh7nvhlRh4oliEKKH+3X8imQGiVe6aT0583O2Qrinmx2EZHSSIF2NoTL2spXL8o+kztwxAkLmgKlsmf1/4vrnbvn59HHHDgI0ZfVdR7ODekr7LLdkn19cDQpJuGMBLkc7kTpmjUzQAh9E7zvo33UlnYyOtEwk4q25ClpN619dRt+vNwezUiVS91SpH1DAgd0EvNmMX568RTMB1FWjs8ChX2dfYax6/Fxrw55q0tANXmfJetj0rLNVtkLdRwi/TODgqTWPx1FgZpiC10ziuzJRnEmbjTw2biBB45P90N4L/Q5ddFQN0iC7RdN+H64jjS9btEyU0YKbvvGV76NcNgeX4+bHpD6wxU0MSiCXjhxTeNZNTlUBBxmwTATED3meiJaaJpSLIX8++wMfv4wyBnoCarO8VoZoIzPfqLKt6Ra92TxDAUExtewWLvymMqtq8uZivIxlwxfbzY6JIGXqNxneBmkuDcmpdQr/DGyLGwnzrYlJbFVsuAKN4EBSQ7sYw9CtaUB5mYNJjQhcUKQOajha9vA6J9U4tPOK22mmq1oOToaLIVaq0AR/9PtbCYVUsRdDynn7DXZ/17D4C9ZyADVsCiiRmSYvIaf6wxL4hSIUFbXWEJ5BtU3KMVjPzMYEKnFj7oYqNGRJvqb5psrKuRODELZepZnWnRJP8X2IbmB5f0id1XSa9gEnfKUJefBRWyDAYETcTJDF/3W1JFFCVjIJ8UiDszFgBRn76OT6gmEsT2EOwqLg5BgzOiwQIYFrQcKOLzBTMPbzHhgKrYK2tDHJSZmcZGypLu6mWkKcnb4t8qbEmajTKR8VV8JerzxcgSa5P+czgk8CqBngXO+9srCcgnqKg43O+AcVt70buuJ88D88Oz+S1s5rRY/x6M6fHX6MSnd0Y9q4PBXrxM=",
"summarize-op-CRkbOzFL-C6fpk9cJ.cjs": "G+cFABwHdsPXYPBma0kRQrh2TGc7y3Q14eiLwYs6MSWNtd4JfS8uSwHEirH2WUMNuyfzop40iSGaCJnpZCJDiF+JhYe42QU9Fk/V5kyeAkPikntS4t8g31d9dW+vxLBXyiyKn/Hy7eo2TKP0f+jxjXX2rRsUzSCvdgTe1C0uTfi+PL79/Crevv0N10Eapcf0Ltk4sibbm6fmWc2qbcAxRJbAmznL7GFEE3WLWX5esO9G+IM/s2kypCfPofEwO7/FOMjJu104Ou8EdcYqtJMMdEjI1Q74CvSi2TuI9YkMuGIOL3fFRNkQRbFR+G9LjS4jlYx7/IasVG2zmPTrmZt3YE74xQrod++5KIXBEL+7pl7IwPPTHQGtfpOMzLVKdIivrEW+NAXfv5focQRItjk3QvnQJ8nXjdYO/dhXbbRn6K1M39IMktQf7WwctjNm2kKN7/knwZ4iv8L7Nhwc3PTTeB/V5Tzj2gAoMV3nqyMQegSgzcuszJGHfzETZfq5HU3xO7vRT91DI6Yw4lXelufr/I+qcdk/EK/mQOKkhNCE114kX8m05wFVqc8VTy2vVfxVj6ldTtX9X4UmaRJH9WNLcJptVzRCf4IbGzrrvFKvV/b2OpO+HDyAOaw/5glOl8DPl0Qpwniu79WLxvsHp5V83CJVGShMR/+nQZXVZChU+9DFUebmHNMsuOJBNRztnOd75oj+lk9THAZvYKNxhLf8a0pnYcPPsGRp7UL4321Yo2rdUJxD2SgqahgkuFfsh1cwRdL9WL2K4CHKQv7qmQAsUZmNZJlbR3xUf8stqGZDTmLn6lKsNlCBh8KmIn0GP9tRdGURwVKodGzayjqmSH27jFmpYO+rvAA="
};
const __rlmModules = Object.create(null);
__rlmModules["rlm-repl-core.cjs"] = module; // chunks import shared code from the entry
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
__rlmRequire("chunk-BN4qSVkS.cjs");
const require_describe_ops_CnkqQSVi = __rlmRequire("describe-ops-CnkqQSVi-DknNCxlY.cjs");
const require_repl_error_C5zokRgo = __rlmRequire("repl-error-C5zokRgo-DRh3bqQH.cjs");
const require_validate_args_BhDDPVG_ = __rlmRequire("validate-args-BhDDPVG_-C23MnzAF.cjs");
const require_registry_CnL5wtJs = __rlmRequire("registry-CnL5wtJs-CrFARFa3.cjs");
const require_model_settings_Jlrvj_95 = __rlmRequire("model-settings-Jlrvj-95-BB1rqFDx.cjs");
let node_fs = require("node:fs");
let node_path = require("node:path");
let node_os = __rlmBuiltin(() => require("node:os"));
let node_child_process = __rlmBuiltin(() => require("node:child_process"));
let node_util = __rlmBuiltin(() => require("node:util"));
let node_net = __rlmBuiltin(() => require("node:net"));
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
//#region ../../packages/repl-bridge/dist/index.mjs
/** Which file is at `path` now ("" when none): device, inode, size and mtime. */
function fileStamp(path) {
	let st;
	try {
		st = (0, node_fs.statSync)(path, { throwIfNoEntry: false });
	} catch {
		st = void 0;
	}
	return st === void 0 ? "" : `${st.dev}:${st.ino}:${st.size}:${st.mtimeMs}`;
}
function createLazyServices(o) {
	let config;
	let provider = o.provider ? Promise.resolve(o.provider) : void 0;
	let memory;
	let opened;
	return {
		memoryDbPath: o.memoryDb,
		config: () => {
			const stamp = fileStamp(o.configPath);
			if (config === void 0 || config.stamp !== stamp) config = {
				stamp,
				value: require_model_settings_Jlrvj_95.loadRlmConfig(o.configPath)
			};
			return config.value;
		},
		provider: () => {
			provider ??= Promise.resolve().then(() => __rlmRequire("select-provider-5MUhwm1T-DdnZLm-e.cjs")).then((n) => n.select_provider_5MUhwm1T_exports).then((n) => n.n).then((m) => m.selectProvider(o.env));
			return provider;
		},
		memory: () => {
			if (opened !== void 0 && opened.stamp !== fileStamp(o.memoryDb)) close();
			memory ??= Promise.resolve().then(() => __rlmRequire("memory-store-bX9AKbPf-u0Bu3Y6O.cjs")).then((n) => n.memory_store_bX9AKbPf_exports).then((n) => n.t).then(async (m) => {
				const store = await m.openMemoryStore(o.memoryDb);
				opened = {
					store,
					stamp: fileStamp(o.memoryDb)
				};
				return store;
			});
			memory.catch(() => {
				memory = void 0;
			});
			return memory;
		},
		close
	};
	/** Close the database; the next memory() opens it again. */
	function close() {
		opened?.store.close();
		opened = void 0;
		memory = void 0;
	}
}
function createBridge(options = {}) {
	const env = options.env ?? process.env;
	const home = nonEmpty(env.HOME) ?? (0, node_os.homedir)();
	const services = createLazyServices({
		env,
		memoryDb: options.memoryDb ?? nonEmpty(env.RLM_MEMORY_DB) ?? (0, node_path.join)(home, ".claude", "rlm-memory.db"),
		configPath: options.configPath ?? nonEmpty(env.RLM_CONFIG) ?? (0, node_path.join)(home, ".claude", "rlm-config.json"),
		provider: options.provider
	});
	const kept = options.resident === true ? /* @__PURE__ */ new Map() : void 0;
	const now = options.now ?? Date.now;
	return {
		ops: require_registry_CnL5wtJs.OPS,
		async run(name, rawArgs, runOptions = {}) {
			const spec = require_registry_CnL5wtJs.findOp(name);
			const args = require_validate_args_BhDDPVG_.validateArgs(spec.name, spec.args, rawArgs, spec.oneOf);
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
			const { runOnSession } = await Promise.resolve().then(() => __rlmRequire("run-on-session-BmTsFgI_-BmSK5Y_R.cjs"));
			return runOnSession(spec, mod, args, {
				sessionsDir: options.sessionsDir,
				session: runOptions.session,
				services,
				env,
				signal,
				now,
				progress,
				kept
			});
		},
		close: () => services.close(),
		warm: () => {
			if (kept === void 0) return;
			for (const [key, entry] of kept) try {
				entry.warm();
			} catch {
				kept.delete(key);
			}
		}
	};
}
function sessionlessContext(services, sessionsDir, env, signal, now, progress) {
	return {
		sessionsDir,
		get sessionId() {
			throw notOnSession();
		},
		store: () => {
			throw notOnSession();
		},
		cells: () => {
			throw notOnSession();
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
function notOnSession() {
	return new require_repl_error_C5zokRgo.ReplError("ERR_RLM_USAGE", "this operation does not act on a session", { hint: "leave out --session for it; `rlm-repl ops` says which operations act on a session" });
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
		for (const op of require_registry_CnL5wtJs.OPS.filter((o) => o.group === group)) {
			lines.push(`  ${op.name.padEnd(18)} ${op.summary}${recordNote(op)}`);
			lines.push(`  ${"".padEnd(18)} e.g. ${require_describe_ops_CnkqQSVi.exampleCommand(op)}`);
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
	lines.push("", "Example:", `  ${require_describe_ops_CnkqQSVi.exampleCommand(op)}`, "", op.session ? "Acts on --session (default: current)." : "Needs no session.");
	lines.push("", EXIT_CODES_HELP);
	return lines.join("\n");
}
function opsTable() {
	return `${require_registry_CnL5wtJs.OPS.map((op) => `${op.name.padEnd(18)} ${op.group.padEnd(8)} ${op.summary}`).join("\n")}\n\n${require_registry_CnL5wtJs.OPS.length} operations; \`rlm-repl ops --json\` gives their argument schemas.\n`;
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
			io.stdout(opHelp(require_registry_CnL5wtJs.findOp(args.op)));
			return 0;
		} catch (err) {
			return fail(io, args.pretty, errorDocument(err));
		}
	}
	if (command === "ops") {
		if (args.json) print({
			ops: require_registry_CnL5wtJs.OPS.map(require_describe_ops_CnkqQSVi.describeOp),
			count: require_registry_CnL5wtJs.OPS.length
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
	const bridgeOptions = {
		env: io.env,
		...args.sessionsDir !== void 0 ? { sessionsDir: args.sessionsDir } : {}
	};
	const bridge = io.bridgeFor?.(bridgeOptions) ?? createBridge(bridgeOptions);
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
		if (io.bridgeFor === void 0) bridge.close();
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
//#region ../../packages/resident-helper/dist/protocol-CyOa-HYu.mjs
const FIFO = "in.fifo";
const STATE_FILE = "helper.json";
const START_FAILED = "start-failed";
const START_FAILED_MS = 10 * 6e4;
const STARTING = "starting";
/** Request names: "<pid>-<random>", nothing else is ever read from the fifo. */
const REQUEST_NAME = /^[0-9]{1,10}-[0-9a-z]{1,16}$/;
/** Which build of the core a file is: size, mtime and inode (a plugin update or a rebuild changes it). */
function coreIdentity(path) {
	const st = (0, node_fs.statSync)(path);
	return `${st.size}:${st.mtimeMs}:${st.ino}`;
}
/** Remove `path`; false when it was not there (or could not be removed). */
function unlinkQuietly(path) {
	try {
		(0, node_fs.unlinkSync)(path);
		return true;
	} catch {
		return false;
	}
}
/** mkdir without -p: an existing directory is fine, a missing parent is an error. */
function mkdirIfMissing(path) {
	try {
		(0, node_fs.mkdirSync)(path, { mode: 448 });
	} catch (err) {
		if (err.code !== "EEXIST") throw err;
	}
}
/** `path` is a real directory of this user (never a symlink to elsewhere). */
function isOwnDir(path) {
	const st = (0, node_fs.lstatSync)(path);
	return st.isDirectory() && (process.getuid === void 0 || st.uid === process.getuid());
}
/** helper.json of the helper that reads the fifo, or null when it cannot be read. */
function readHelperState(dir) {
	try {
		return JSON.parse((0, node_fs.readFileSync)((0, node_path.join)(dir, STATE_FILE), "utf8"));
	} catch {
		return null;
	}
}
//#endregion
//#region ../../packages/resident-helper/dist/serve.mjs
/**
* A claimed request's bytes: only a regular file, opened without blocking and without
* following a symlink (a fifo or device planted in the queue must not wedge the helper).
*/
function readRequest(path) {
	const fd = (0, node_fs.openSync)(path, node_fs.constants.O_RDONLY | node_fs.constants.O_NONBLOCK | node_fs.constants.O_NOFOLLOW);
	try {
		if (!(0, node_fs.fstatSync)(fd).isFile()) throw new Error(`${path} is not a regular file`);
		return (0, node_fs.readFileSync)(fd);
	} finally {
		(0, node_fs.closeSync)(fd);
	}
}
/** A fifo at `path` that some process reads (a live helper). */
function fifoHasReader(path) {
	try {
		(0, node_fs.closeSync)((0, node_fs.openSync)(path, node_fs.constants.O_WRONLY | node_fs.constants.O_NONBLOCK | node_fs.constants.O_NOFOLLOW));
		return true;
	} catch {
		return false;
	}
}
/** Create the fifo, unless a live helper already reads one. Returns its inode, or null. */
function claimFifo(fifo) {
	for (let attempt = 0; attempt < 3; attempt++) {
		if ((0, node_child_process.spawnSync)("mkfifo", [
			"-m",
			"600",
			fifo
		], { stdio: "ignore" }).status === 0) return (0, node_fs.statSync)(fifo).ino;
		let st;
		try {
			st = (0, node_fs.lstatSync)(fifo);
		} catch {
			throw new Error("mkfifo failed (not installed, or a filesystem without fifos)");
		}
		if (st.isFIFO() && fifoHasReader(fifo)) return null;
		unlinkQuietly(fifo);
	}
	throw new Error("could not create its fifo (three tries)");
}
/** Write `data` to `path` by rename (readers see all of it or nothing); no fsync: nothing here must survive a crash. */
function writeWhole(path, data) {
	const tmp = `${path}.${process.pid}.tmp`;
	(0, node_fs.writeFileSync)(tmp, data, { mode: 384 });
	(0, node_fs.renameSync)(tmp, path);
}
/** How often it checks that it is still the root's helper (fifo in place, root not deleted). */
const WATCH_MS = 1e3;
/** Queue files of clients that went away are removed after this long. */
const DEBRIS_MS = 6e4;
/** `client` is a later build than `mine` (identities are "size:mtimeMs:ino"). */
function newerBuild(client, mine) {
	const mtime = (id) => Number(String(id).split(":")[1]);
	return mtime(client) > mtime(mine);
}
/** Serve until idle, replaced, or the root is gone; then exit the process. Logs its own failures; never throws. */
function serveHelper$1(o) {
	const root = (0, node_path.resolve)(o.root);
	const { dir, identity } = o;
	const queue = (0, node_path.join)(dir, "q");
	const fifo = (0, node_path.join)(dir, FIFO);
	const fail = (message) => {
		if ((0, node_fs.existsSync)(root)) o.fail(message);
	};
	process.umask(63);
	const state = {
		pid: process.pid,
		core: identity,
		started_at: (/* @__PURE__ */ new Date()).toISOString()
	};
	let ino = null;
	let fd = -1;
	try {
		for (const d of [dir, queue]) {
			mkdirIfMissing(d);
			if (!isOwnDir(d)) throw new Error(`${d} is not a directory of this user (a symlink?): not used`);
		}
		ino = claimFifo(fifo);
		if (ino !== null) {
			fd = (0, node_fs.openSync)(fifo, node_fs.constants.O_RDWR | node_fs.constants.O_NONBLOCK);
			unlinkQuietly((0, node_path.join)(dir, STARTING));
			writeWhole((0, node_path.join)(dir, STATE_FILE), `${JSON.stringify(state)}\n`);
		}
	} catch (err) {
		if (err.code !== "ENOENT") {
			fail(`the resident helper could not start: ${err.message}; clients do the work themselves (a start is tried again in ${START_FAILED_MS / 6e4} minutes)`);
			try {
				writeWhole((0, node_path.join)(dir, START_FAILED), `${err.message}\n`);
			} catch {}
		}
		if (fd >= 0) (0, node_fs.closeSync)(fd);
		return;
	} finally {
		unlinkQuietly((0, node_path.join)(dir, STARTING));
	}
	if (ino === null) return;
	let lastRequest = Date.now();
	let stopping = false;
	let pending = "";
	const waiting = [];
	let busy = false;
	const reader = new node_net.Socket({
		fd,
		readable: true,
		writable: false
	});
	const stop = () => {
		if (stopping) return;
		stopping = true;
		clearInterval(watch);
		reader.destroy();
		try {
			if ((0, node_fs.statSync)(fifo).ino === ino) (0, node_fs.unlinkSync)(fifo);
		} catch {}
		if (readHelperState(dir)?.pid === process.pid) unlinkQuietly((0, node_path.join)(dir, STATE_FILE));
		process.exit(0);
	};
	const reply = (base, answer) => {
		try {
			const head = `${JSON.stringify("fallback" in answer ? answer : answer.reply)}\n`;
			const tail = "fallback" in answer ? void 0 : answer.tail;
			writeWhole(`${base}.out`, tail === void 0 || tail.length === 0 ? head : Buffer.concat([Buffer.from(head), typeof tail === "string" ? Buffer.from(tail) : tail]));
		} catch (err) {
			fail(`an answer could not be written: ${err.message}`);
		}
		unlinkQuietly(`${base}.work`);
	};
	/** The answer to one claimed request, or a fallback that sends its client its own way. */
	const answer = async (base) => {
		let header;
		let body;
		try {
			const bytes = readRequest(`${base}.work`);
			const nl = bytes.indexOf(10);
			header = JSON.parse(bytes.subarray(0, nl).toString("utf8"));
			body = bytes.subarray(nl + 1);
		} catch (err) {
			fail(`a request could not be read: ${err.message}`);
			return { fallback: "unreadable request" };
		}
		if (header.v !== 1 || header.core !== identity) return { fallback: newerBuild(header.core, identity) ? "stale" : "other build" };
		if (header.root !== root) return { fallback: "another root" };
		try {
			process.chdir(header.cwd);
		} catch {
			process.chdir(dir);
		}
		try {
			return await o.handle(header, body);
		} catch (err) {
			fail(`a request failed in the helper: ${err.stack ?? err.message}`);
			return { fallback: "failed in the helper" };
		} finally {
			process.chdir(dir);
		}
	};
	/** Serve the announced requests one at a time, in order. */
	const drain = async () => {
		if (busy) return;
		busy = true;
		try {
			for (let name = waiting.shift(); name !== void 0 && !stopping; name = waiting.shift()) {
				const base = (0, node_path.join)(queue, name);
				try {
					(0, node_fs.renameSync)(`${base}.req`, `${base}.work`);
				} catch {
					continue;
				}
				lastRequest = Date.now();
				const out = await answer(base);
				reply(base, out);
				if ("fallback" in out && out.fallback === "stale") stop();
			}
		} finally {
			busy = false;
		}
	};
	reader.on("data", (chunk) => {
		pending += chunk.toString("latin1");
		for (let nl = pending.indexOf("\n"); nl >= 0; nl = pending.indexOf("\n")) {
			const name = pending.slice(0, nl);
			pending = pending.slice(nl + 1);
			if (REQUEST_NAME.test(name)) waiting.push(name);
		}
		drain();
	});
	reader.on("error", (err) => {
		fail(`the request fifo failed: ${err.message}`);
		stop();
	});
	const sweepQueue = () => {
		const now = Date.now();
		for (const n of (0, node_fs.readdirSync)(queue)) try {
			if (now - (0, node_fs.statSync)((0, node_path.join)(queue, n)).mtimeMs > DEBRIS_MS) (0, node_fs.rmSync)((0, node_path.join)(queue, n), { force: true });
		} catch {}
	};
	const watch = setInterval(() => {
		try {
			if ((0, node_fs.fstatSync)(fd).ino !== ino || (0, node_fs.statSync)(fifo).ino !== ino) return stop();
		} catch {
			return stop();
		}
		if (!busy && Date.now() - lastRequest > o.idleMs) return stop();
		if (!busy && o.onIdle !== void 0) try {
			o.onIdle();
		} catch (err) {
			fail(`warming up failed: ${err.message}`);
		}
		try {
			if (readHelperState(dir)?.pid !== process.pid) writeWhole((0, node_path.join)(dir, STATE_FILE), `${JSON.stringify(state)}\n`);
			sweepQueue();
		} catch {}
	}, WATCH_MS);
	process.on("uncaughtException", (err) => {
		fail(`the resident helper failed: ${err.stack ?? err.message}`);
		stop();
	});
	for (const signal of [
		"SIGTERM",
		"SIGINT",
		"SIGHUP"
	]) process.on(signal, () => stop());
}
//#endregion
//#region src/helper-protocol.ts
/** `<root>/.rlm-repld/`: the files of rlm-repl's helper for that sessions root. */
const HELPER_DIR = ".rlm-repld";
/**
* The operations a helper answers: the read-only ones (nothing recorded, nothing written,
* no model call), whose cost in a fresh process is loading what they read (a 10,000-cell
* index, the SQLite addon and schema). Every other operation runs in the client's process.
*/
const SERVED_OPS = new Set([
	"session",
	"sessions",
	"cells",
	"cell",
	"dependency_chain",
	"dependents",
	"memory_query"
]);
//#endregion
//#region src/helper.ts
/** Bridges kept (one per environment and sessions-dir option seen); the least recently used is closed. */
const MAX_BRIDGES = 4;
/** The helper's own failures, `<root>/.rlm-repld/errors.log`, cut back when over this. */
const LOG_MAX_BYTES = 64 * 1024;
/** Serve `root` until idle, replaced, or the root is gone. Logs its own failures; never throws. */
function serveHelper(rootArg) {
	const root = (0, node_path.resolve)(rootArg);
	const dir = (0, node_path.join)(root, HELPER_DIR);
	const bridges = /* @__PURE__ */ new Map();
	const bridgeFor = (sessionsDir, clientEnv) => {
		const env = Object.fromEntries(Object.entries(clientEnv).filter(([k]) => !k.startsWith("RLM_REPL_") && !k.startsWith("RLM_HOOK_")).sort(([a], [b]) => a < b ? -1 : 1));
		const key = JSON.stringify([(0, node_path.resolve)(sessionsDir), env]);
		let bridge = bridges.get(key);
		bridges.delete(key);
		bridge ??= createBridge({
			sessionsDir,
			env,
			resident: true
		});
		bridges.set(key, bridge);
		for (const [k, b] of bridges) {
			if (bridges.size <= MAX_BRIDGES) break;
			b.close();
			bridges.delete(k);
		}
		return bridge;
	};
	serveHelper$1({
		root,
		dir,
		identity: coreIdentity(__filename),
		idleMs: Number(process.env.RLM_REPL_HELPER_IDLE_MS ?? 9e5) || 9e5,
		handle: (header) => answer(header, bridgeFor),
		onIdle: () => {
			for (const bridge of bridges.values()) bridge.warm();
		},
		fail: (message) => {
			const log = (0, node_path.join)(dir, "errors.log");
			try {
				if (((0, node_fs.statSync)(log, { throwIfNoEntry: false })?.size ?? 0) > LOG_MAX_BYTES) (0, node_fs.truncateSync)(log, 0);
				(0, node_fs.appendFileSync)(log, `${JSON.stringify({
					time: (/* @__PURE__ */ new Date()).toISOString(),
					code: "ERR_RLM_HELPER",
					message
				})}\n`, { mode: 384 });
			} catch {}
		}
	});
}
/** Run one request's command line with captured output; anything but a served operation goes back to its client. */
async function answer(header, bridgeFor) {
	const request = header.extra;
	const argv = request?.argv;
	if (!Array.isArray(argv) || !argv.every((a) => typeof a === "string")) return { fallback: "unreadable request" };
	try {
		const args = parseArgv(argv);
		if (args.help || args.version || args.positionals.length > 0 || !SERVED_OPS.has(args.op ?? "")) return { fallback: "not served" };
	} catch {
		return { fallback: "not served" };
	}
	let stdout = "";
	let stderr = "";
	const used = /* @__PURE__ */ new Set();
	const io = {
		stdout: (t) => {
			stdout += t;
		},
		stderr: (t) => {
			stderr += t;
		},
		stderrIsTTY: request?.stderrIsTTY === true,
		env: header.env,
		onInterrupt: () => () => {},
		bridgeFor: (options) => {
			const bridge = bridgeFor(options.sessionsDir ?? header.root, options.env);
			used.add(bridge);
			return bridge;
		}
	};
	let code;
	try {
		code = await runCli(argv, io);
	} finally {
		for (const bridge of used) bridge.close();
	}
	return {
		reply: {
			stderr,
			code
		},
		tail: stdout
	};
}
//#endregion
//#region src/main.ts
/**
* rlm-repl in this process (rlm-repl-core.cjs, loaded by the client rlm-repl.cjs): the
* exit code; the client flushes stdout and exits with it.
*/
async function main(argv) {
	try {
		return await runCli(argv, processIO());
	} catch (err) {
		process.stderr.write(`rlm-repl: internal error: ${err?.stack ?? String(err)}\n`);
		return 1;
	}
}
//#endregion
exports.main = main;
exports.serveHelper = serveHelper;
