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
"registry-ukVFbOdJ-DkkG_rDh.cjs": function (exports, require, module, __filename, __dirname, __rlmRequire) {
const require_repl_error_C5zokRgo = __rlmRequire("repl-error-C5zokRgo-DRh3bqQH.cjs");
//#region ../../packages/repl-bridge/dist/registry-ukVFbOdJ.mjs
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
		load: () => Promise.resolve().then(() => __rlmRequire("peek-op-DJ4q5BqR-CMsG-umR.cjs"))
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
		load: () => Promise.resolve().then(() => __rlmRequire("context-op-CfOVmua7-DHolxGNe.cjs"))
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
		load: () => Promise.resolve().then(() => __rlmRequire("conversation-op-8Rf3Fjpr-Bs8xnLbR.cjs"))
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
		load: () => Promise.resolve().then(() => __rlmRequire("stats-op-CFdQMF7y-CsAyWJmr.cjs"))
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
		load: () => Promise.resolve().then(() => __rlmRequire("memory-query-op-Bg1duvDv-Bb7cx0Lx.cjs"))
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
		load: () => Promise.resolve().then(() => __rlmRequire("memory-add-op-BxlSsvKk-Cp-BHBQa.cjs"))
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
		load: () => Promise.resolve().then(() => __rlmRequire("promote-op-BOoFhFs4-DJTJhpss.cjs"))
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
	load: () => Promise.resolve().then(() => __rlmRequire("ops-op-BN_SLfHH-zF_ODHcs.cjs"))
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
		load: () => Promise.resolve().then(() => __rlmRequire("llm-op-CnqcJ05q-BF1AhrJf.cjs"))
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
		load: () => Promise.resolve().then(() => __rlmRequire("summarize-op-CaPEX_N_-CV_sCpvf.cjs"))
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
		load: () => Promise.resolve().then(() => __rlmRequire("map-reduce-op-B4K0oPLC-BLbJONt8.cjs"))
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
		load: () => Promise.resolve().then(() => __rlmRequire("find-relevant-op-BhGFd9v_-tDjSNou6.cjs"))
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
		load: () => Promise.resolve().then(() => __rlmRequire("extract-functions-op-fyJ7anSP-U3pRnbJr.cjs"))
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
			load: () => Promise.resolve().then(() => __rlmRequire("sessions-op-B-txZHeN-BkBab0Gi.cjs"))
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
			load: () => Promise.resolve().then(() => __rlmRequire("cells-op-B0Ty-9v8-zVRwYdMf.cjs"))
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
			load: () => Promise.resolve().then(() => __rlmRequire("cell-op-D_U-aDkr-XrsnUpnv.cjs"))
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
			load: () => Promise.resolve().then(() => __rlmRequire("dependency-chain-op-CWOx-RVd-Dmr115cn.cjs"))
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
			load: () => Promise.resolve().then(() => __rlmRequire("dependents-op-BF-SFeOw-BQ4Ff_qU.cjs"))
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
			load: () => Promise.resolve().then(() => __rlmRequire("replay-op-C1cVB2zA-Dm2ibjDn.cjs"))
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
"add-node-CDpKx7OJ-BeiDPpK8.cjs": "G2oFAIzEOBbxg5CKSddy1Tv5vLrYD0wRsmZZUSPS3E2MiI8kiIKPX+2nNjQ+LlbHufy3t/dpAwCKqSxMXEmisHWdjC9K10U8726HUgTVRIjbk7JM0v6LpkINDsrOpwycYWoaiaoh3ckYg3kQ/ivDElnoprC/76y5ZJsd2Z9Pa9XBQ5n1A53OORLbcDe9jUouLoEmUjS/419uHDb2qk4MobaDYirr9LUaHnTkHZGPjVxql64GZN1/dF9QF8ejfpSV6MEMy1FHcBDeyLmiYLwgXcxQDkZ6wjZjCCGQQ5enpA+v5wmBwMiZu7Xmp+ac7aTIl3lvkfsRCcaNjq2ju9Xi+S1+FkFUEavqyFFKZAxzZfz4F3mUXi5FidwCBzZl028FrIS1BSxb92f+25LEjnBEon5fBuWQ1xk4oS7Uj2MlXtgObEcQGNeKbS/USRaFsH90XuXaQyuJlZBO2BhWte0hWsePreOT/LrfuL8SaVSpzGg0CfFUpsct9lfqwevr5Qm0qxAi21GPFZy9PNfdcsP1pRSpVmxRtoLo/6YSMLITcMlDXG155BsuJ+Sw4Lq5l0aFDTVaNO0+9U3UQkV+OeJ05CESlhBSIV6OFrm/isgCIJjLkgQhrAr0d44OcdejMtZgKFHpAg2Rz3lIpWp8gKfM+aYOVcnnSITy5bT2Sk7JQenVoSZH5BwiM5yOQg5Sk3Wl4bCQ9MvMhC+1W3E+le5zyrO4s89cJspGcw0BRHBMIPNfhv39hkIyYWG0k1KoSksOGVujVqaA/DGlvBLhI3TWQRhTrMrd2+G/gRpqUYHn9nTOMqhuiDvNI3VFaSzFzFtFZOZ6TerxBGujJHK5JD97q3STqtRe5BmfKybIpCmyc9QXOGZeAA==",
"cell-op-D_U-aDkr-XrsnUpnv.cjs": "G/kAAEShbWWupGG6jjQ6iaz6pma7EQ5It78raEFxEmB/U4ggoHRuhZCAvcCPs+ici1RxG0FAK0pMvHSn1W8TsZ2uN5L47x8nPy1yv0qXS7DNV0HHQbZ3AOCwVFh3C1bhWKpdHy+JnbWvUBZddgCHbOjlvlvPl4fqMlxtfIVEnwSKGCEg+AEPsoOhu1loJKmYWhv/yUuk2u1tgV0o8Awu9x0JvBkJ",
"cell-summary-DQhuOWJW-C04CORZa.cjs": "G/cBAByFccM9aMX6obSWd/wQBvVLggrIqW1mviRUOs1lEnFtuznlPKHmLfKA47bLffqbGii/P0c0Nob/Oh9WgAFlnIp4O+Ckl3uw+hZYNJNLopHORbECTIXUjPcjkeiETv4S9Awffd2vuOkGzsIKH/IcfWwEkaz322VZjSV9b+Xc5mcqisEmT1INqf4w4likoKVs2oLvX7crA/9ATKJIQzWV+djIrMWgcRpVAJVwkY+QDih0WnSIbE7hobJJy6EmBlSbl4/LymTlicWpMGs9trdzKndK7o+9PTfoPz1owCwKuwXEWlGS+GecY3fLfEJRyKhM194kaKiW9r+jvPTtc1cYitU1kJhIGZxNBA==",
"cells-op-B0Ty-9v8-zVRwYdMf.cjs": "GyYDAJwD7s7BQOq0GwhQj4bxlwcKHR3puWeZrv6Px8IOXaETXF76wH/e+i/p1WvXbwhZsn4qM7IcoqH6+Wva2R2gv76qZVkk0BqHPtC/Yewih6BXJs+gRWKhR2VCZR2EZjfvk9HfQEEQLq43L7BGceozAePE8Ezme8m0r3ErKC7RBAtgLdJh/Iq7aKHL9IALTrWuN25Y/p8JDlP330zukdWzr0QkCUtTg64yyjy45oXNBOmMRv6xUUP5Dcdy8i0O4/BG9F8k178dLncfKbcXjXQxrpiv6BYy4cE8MZueFbxUTy1nMcs9xGNokIYbJZRBFTUcqJVye7GtN0OYJTgwXKKvQJtmCbFSaSl4y0ODb9Ne/8nD99NFSmPespxHbEkgpYlTuuE2OMQY0n4ZQuo8tZYuvxKsmW9IyVb3Zh3pNXSoHRI2HXPQ8N7RVC5Z0HJNMY3GMCmI2lpmv5QfsxH0fi0pRCgxpQpd44MpUVdh07F07AKPD8VUUZlN4afUqxRMqi3pbP6hB9ixtlWZEZOrU/befSiB6oIA",
"context-op-CfOVmua7-DHolxGNe.cjs": "GzwIAJwH2VnmlFzdwitMZrHRNVV3L9MfacInPSlVSqkdqxWEAdk9w7akDCU7oc/sZYIopFj9fjo+IDMRMsLI//ZuA0gF4BDrClfX8XUV9lc438dwrnSvREYpvuJGKGvTACNXuI67FU9ogx+tjWX5mErYAc51JR7B0hYJDsft2HKOH7OVQD2cY1gYQr3GZqZ+GxAZIrPvCEOgwr/Botw0jI8/ObLrHCV3r6Lnb6AoTIu1269jrLWtnKy/IMlArTFsndWVVQTIewsGOjGMGeebDkVoM2Xb0L3aCpuhzdepoSYRhJTFqR04X76WDQ/1VGQmIF0UTzEdzNAfn+zsADFxQ7AyqLTjJi1PMksJ7GQJD/fDi2syLQc6iaAdyZc7FyOsdsDETU02900w730T152L4IW7/4I12SI2EmOK4Di+Tg0sTL7JAqnD3+x88k1snAYMdq2xkuTDNxEa1LH997dAhMYAxkWSN1DEOo31GbkZoIIYbuoXkS0qwcD8mp2w14gr0ShzzbkoKkfEPgdsRd1/xw5OiFvYBIQZIcptaAlPkTdoKwM2IYqhnL8SfYietSD4OAdCdkAe2Mh5U97oVAM9MKOHAvDUSpqpx9KrIpNtYBP/6r/8/C14EgUAI3+X1lCgfFAzL3WEd5zqMOWrQgYqPGI5lg61sytFhtRAxKMJRAQZRTmiFx+XmuL3m3eakjo1/Gvmm7tBbQ2ErfTNFKN1over/CHx6gEyJcX7cdJZ2KFvIZpgWwND2zUQZwl962bI1AVbEvRPrHZwD/cyIBpCP8h+JMzDSjlQYpbDmQwMGVmypywsmawG8JUdiCwLFzoaywKgsHDoUe6Ad41L/4fzWK+HZKLN2cL5Dcqu4/IzmAniCmTvtD1pBhiAE+YfQQ/Q+sf7yFil7Q+11NNR+F0gq43a9moF4Xt88UxuQBL/a4VI1Qvx3SmUWjhXXo3raB5rVeIuou7VsAOH0l4=",
"conversation-op-8Rf3Fjpr-Bs8xnLbR.cjs": "G74FABwHbmzFaDdfzK0UQArQ1Epd1nZTbVj6eZ0CKEcBJD2RbA45KromVg2np2mQDmv/9u9n+KPVklI9NunCNhcXITNYlUU8dzIowgvmnclDECRkeiDGS82b1Z9g9uYOz86K619oGJOO7A17io3P/IRH/I9YHtSXbO/ompqDbJwHWkJ4iBHtJ2avlzdX55afmyBGp/CIi2JnLT9Yi2626y5KOSFlDUTyxMTRkkzb8UgY+QPZ6me51O7fRBSL1ZvOwsEgTskOMl9WKtB+uHUFj3M1C7o/k2F3VC9a7RdOXxH7HaEi3eiEtAhZM/+urqfdjKP0PeFfnEOr2ZJx+U2gIncsVCv+Jo4Cr0ZotvZxiwetSPm1Mejln9+eR3DQShci2JtpmeUku+6+kNcwfNwO2xra+jc0TYFe0+wFMgYdXiR00HMzUXDYE/iRfkv13lY5rqqB3Luu5nQe9BER5XQ7ID+m9S2AlVlsogTpSOVacFBLVxoxAjrLxZfx2EAPZfVVVfJOQeSLUuP1EqYWQ/7F1mPGLIfe+Eeo1WZg69+cLxCK1DYAoDuNesuQGMFkyqL1uN0ymQcs15HqAIGQaIxu6tBa3z57zt8fFLT0+g71tQzkq2dhPU5nD9TyAUbtF4pyL2PAHUT5FnDf3w5bah6pm0S4BOd7LuAi5JrasKUcruBVrGvM8m4Use7maxZ5gmUqN7XHsXFYxiZqk2Xmxkk2W+2M+/crybA7hHU3geCsG+81qFkjjgjrAhEJSBnSqsbzzBJsuRjcWfoaGSGTQy2v4Dr2ITTY2GGcaYg15Eg59+pVKiUUHTKchxO1oRRISa7YDlurkP81OmfSIoTGuXgA",
"dependency-chain-op-CWOx-RVd-Dmr115cn.cjs": "GzsDAIzEOBbxg5CaRf/PmbMs079UwJoy4XMyU68gYHKc9q9JLwUQ/+Fyh9fEtIC09/5oLZsDaEwNT9OAAzrQLvMW9a5ZYTnbncmbgEhNMqopd5tAHlws57O7wzvISjnWzeWKPbqW5MJ8mCjMk/387PKxiMwK11gqjtchmEMUxQOT8Xp8lUsjZMBBbB1O8dUlQ/MdysOXYdeH+d3ZV3h5a6NmhSTmnPBrqWGX1BWwb5xVcBfUSPA5Zw8fZf0ddK1bmZgPgLqJ/A1Jb2xpmcBB6i7dCM4iUAXGUgWVPEQU0xxBO86VCN0bdG0JJ1mA0ti6VNY1rnBQPMKeKDdBKOAc0588hDheovS6LNBz9l/RmhKnbsSI8FhMfxvnlprpK1iM78jgl3ima8s5QnY5/wtIgaVLZyHbhnVROitw2hoyx0uA7iVneEk7O+DRniIG8l/e9Zw9vmrd4BekribgbXpA7EVng1mkcUPsUu1hLOI8TAhUnI2jNcVBnRMNujU/tlQ3MMQaPhKfZyxqip6KOGmjdlj8IXYtI94//Kf+pXhUtrZokneY7I0z/uWxXgo=",
"dependents-op-BF-SFeOw-BQ4Ff_qU.cjs": "G3sDAKwGbOcLhYLEkpYLcSiEts2NPxkAaHFOP6Nybof+wIqxGeKBO0Hlpa+erGXlOhOyTZGtm2Amh2imUIXzCkUHfJOnEUyURZdqOkajGuOd3b1vDdOapuvhYzQWjDagBz6V8l4nzukovTN5DIQEbEDFrLUOrL9z0xxswTCWBeGixoLkWV8aSE6SMo2DCt275kmbUkCwBBmc6DgeKle5RNIAuFMM93pTxi63qxQnUpc00x+hd+XG8yuoeOCtWfqGCPrNNRDIQ862DzN4X45VwwoyEm2RitHs4GZc0HjrWnsQaxThePCAdIphcptc8wqxBXFkwskVNIcNCRA0zUPmDMUCHF/QyTBaGaSzYAJ1vUzW9p6dum6ZWYheZC5lJHXILiL67SVSM/tKfTMAue/kDdXxV0CGVNeuAY1mYEfMNazeo3VZZU1gorQmLmNqICqNRgm70wQKgGoySR+Ia4i+Xcd8TabQ6msMDarUxSDnVc2NBZXBUKLK5uoaqmB1C1WpNINGUwQnrqLSYUo6vP6rEaldqY4ECv9Ph1YTMomg78oysHmwE9Hc//pUMDEjQ8XcPPBYzu4RNOSKWg==",
"error-message-COMICC9X-DM1781su.cjs": "G5ABAKwGbHcag7KqKXdYVJTi0MGYRS8P99IRkswiDo47YdAAM4oDh5zDObG+OprXv6SbnIW0EsnH2CAsaWrzCaut3OQGb5IOiP+J3veiLMziTAOrCEj1TFwOLzZauJZlVAjterAHuhKVY4uiLZh2TkeoI89YnX9bSEHuZn+CtA6p11rKDAQY8lF6gR7v9xZ+0EOHO5JLmDqrxpo/xe1yMVCd9s6VcaHhcm5jW0/tpyrInba1MYRlPOUlLy7Se1IenKqxexUW8dqclca78oDQalDRCHdtE01fWY44s7zxM4h8GYitkAXyJygvk3psIcO+IgBPDxUzHw==",
"extract-functions-BmjsyylK-PJQOEWNd.cjs": "GxIaACwObLrTQoUX9ibij8FouWJGzncNosC1FxxyxgHf4ERp86y55VuKC/elLsqCQRgWn31QXnDFcP9P1XYt0w/X+KpXKn5E6W1Tj4VlXEAGubRhWy5Benz8/5a+fmh3ZoYNDagZ3HtfsWd2tSpe+xxJaU1ympRWZmb3n6PvNLfGghLCaqVhMDAoEGcZOl9175UQQsgDT1GH6q6Lwkymxy/akAo4Ss7vIvBh6+AWHUx74RzMn4RGdEAE2JhCHHPwE4oPyuevV2IJT0av1nS795GcR75Nhha+8QvQvIpiMs785LOisk+PQSoYPG/kUt36+o33+o/Ip0mRwmKHQh59XKpjQaXno361NuhJjNbjsRo4wkHZpQR8nO99Wf1CLfTEtgWGvPy/8i3pg/W6IRAkBeV9Ug5keWa9uKz/LXJ/ifSHczUOTh5+zl738Sv7I0tA5V5Faqswop0UTfiPFKe/Nnr8MjVwuAB3NDgRfDA4exn+eJ89N8xoQyj0G4uBBc5kx+pDLIeSUPEgl4lIW6CUWaCvIYgBAlouBQn4WFr0IRp9QxhaSLN3MaqGKOProlraLrJwbSC5XxGcTEd2vZ7c8ndhlP5bb26EHC2sMIfIrn17YGXXCRMsKzsl5M3NXIm5cdg94zu4yIWjoph09doT3Eh6n7yvWkry2nXhmImMxhh3Wk0M62do2a67oValr2z0b4kyYQ21/bTLdlVib/ARHv+RVpgb42jhRk5wYpXWosOFIEqpAeVOK+N6V7+sA8Uq2//FFqa69tXSwB64allJHlCZ+XoVcE5AB6wkIINVFbhpdbniVwJqJKAQm3VEDLX/UfrVFzHMTAJHg3z59Vd9TKVwYA4TK6S1NGxJm6v7uCVhug9bblEial1C5Rlf9IkHTKN6K7/UAoPCuK0kZyQdSIzsSPlimEyzBRa+utAYOavJCtfSx4CrokywUkyvquclpKqwMTcTguFu+pYMwtyxp0XhLWC7A06Mo8Emon+o/q5+I+e5TvRK/21AVPyRTXvjayqMwf1qDY1e8mOwKZmEfX04X76DkvOXl6Lf3RdXuHNd/Lf4PuIrdfFkwZ5y93FLxd0F2ph60Km2V2dxrfeI6cbq0jE8gZDqqSnjMwDrGMmTZjINSH8do9opAKVlbx99DX+E30oLzIBjxQhjTG4uHtNaPhcksVpPzkfKXVcf01Byu5g+nepnQpmIXYQ414g9qjetclLOUnnE9ZfSbWEbThCDpxg6MKzD1KQC2dlLKZk2e7TPqR6D42BqGbX0ylUNAYt9ikwQ3vAqOpqQVtwpziI0ZM7zxlODpmdnuvSRqMNTHENi+FJMD+MAL0jVAPYhtSngvEjS60kWiHmmC9osiCPlL93IVFucAerMAbG0yf9v9zNHrgdzb+BR82IZsV1VwiZ52so8PcpUM9PxLkQbbK/WJoRTlwU2IKOxdDoiPpwO+sw2q3U8JfwZVhNbepd2hDE2VfVYlFJE/3JljF7ylgid0RoLW1oK2NsuKJeMmzn1fHbsRDIyXZa6jIC3S58StnPFF4WduU8FJgvnx8MO9xfe104FOzel1diieI3IjoEUgv710somIr/L+jZlNNfG0sJyXy9VA5UR5yvwAAyL71er61fZodDV+i5bN+vJU3qnXkloMr+fBhGWmz59hyhDIMGsInxbuOwKYiC/PkaAFehGkFyo3tSl8lclz8IGQPEevcerEDyReJrM6dvw8Vxp2BblqY/bbg/ttYu+UGhJvFHgnXhP801DH+D2cJTgTGFXtqv64/woGlPBgb4RSPrTke6sv9scxj+KgsZ6CRzc6tUtxdzkgVCxCqOyFDKEzI6IwHYY8d3L5/9C2Kx1E6YqXmZqD/jqDJBeKyAkQysqMca/RzLYDbWTehAYvA400lhI4OBW2X8lgG+QcMh9hQwC4ptxjrsSmRHYjZEXJKgdP/MtdVwtSKfHpvxQLu61TEuAf0wEHoY32tXlF8Gl/y2cV3lMV98lR735fXHa+rbdQLFMYzAwzpjIjv3iIs0pZnCJpAMBmROMp9GjuTCyuJdYK9WK3L72C4fsaeSHFkuYSB6x1yz69mWw28GBwWV5BLU3aRJmAirWm29Yo3XwTFJA0U53EK+Gkcjry51WzxDQTzTIUHdHrNOgqq7HYk1wwXBrH+Kyz/FCRmQkiJJAoiTVuzE5H7TxOAYlDVaylLNGW8ichv5IiG2pXDQg8oX4O+BnNhHMWNCw6hug8OBmBLu+kAMiUCBf4j9WoRNqvJbjh0R4L8JBz86J7c9gDUy4NDdK3h95N0BgjQfnHFP8XG6gWAKAljzwwKttTs87YUb1Snqdgi9kc14uy3A9qWOKF67qo85EBhND5FzrSNyNd8CNBa/GIcKnuRq/vB0cxns+tV7UpN1LgDy/yk3Ys/j3yccIoFow6EyblXkGtgfktvFlCr8bRUxg+aEINq5mHu0K/ITPnXvwDfwRV/Xe6l6EZB+iv31jiOJ1FHmQ68nlKKcxU8QXUuthvEZ1z95kEJMPDG6W6Xs0luy14ZD2uSgNIAAWPKOdTfk4mGs2UGSiSpDu60R5EbOBMsoNViDflrNoP5PRcUKUHZ80pRipabC8KKOyeZryHFvyIwEl86zk6SfwzNjaajNUZM39+OJxHF7TSeMr34cp+NVtrIFalyuJLxvgUHw7Kld/gE/UHnOQ16m9az7yu2kdC6tg6I3yTxKb7EIlzSzv9px3rzEi1zx+aVrWGa6U7tgDaNpnZiWJuy1plO6iHe0FYu3732yM/RMW4LxPm2O/cUWZamPP4C+D6/0abqiFODUAGkhx+LPcqXzdWKyhsuc7tGDKr68jM1LC/105WxWSLtw0K4GvI61S5JHAfCzWTcQFyM1el4kyqLQqMpFjBwcE+KfmevXNF3yzsSWQXNJy32wrjCpfOZQ0fZ1HqWvf/y5NjoOjCjZFlqTLcLhIY7YkydMsc9MMwWYp+oGXQ1+JfiFiuqZxuAnSoGHypVD1S+3M+JwtNhLX76hOo+WKpL8Yycha49MH8AMjMM5zHdFtL16rUO5zUggw9AQ=",
"extract-functions-op-fyJ7anSP-U3pRnbJr.cjs": "G0wGQIzTDfUMqoZLw3R6N8/FqChMnE7UiZE4dEC0LZZyfkLVAX92tbaOWExM/5Cgpd29/0PEm0pjriLWvNMh/XxISIJK6gz+2DdX8VegnLKHcZFrUiqT9F8M9x10gozH6Ohu7f/5LX7GTqRgf5wjuNIgql46iIqXiv4LPV6vRfzkC7BLErrSIxPSAp08Bav2/+OFXBnXQRpe9fQojVRVJdfiZcdmZEJaoYerx/vT9zs37DnLpbpQT99WQn7HltMzOjMgE5pEx/WnSgKWPSsJ08BIPDRRLuyS/pGsI+gut7jYLIGlMV58UWzcu6ggBsArFt1Q6cVIvRIT5FVXmxZ/fsBppOJSPPqk68Tks11TowHxpIIEnFQ6EByOaDPDc8QX+5gvvtsiJSCA0RdIzxIcp5Eqvdo54d1+gXQvwXGkVTluzNfiYDAw+47F3XqZONlJzIUjQs7pxjt2BbRkDKlQayYxGCwaBQFuFXdkxnuOLkcs6au+TknXisDFd+HjwWTv80kUExifmqzUYFeWD2Ml8l+R+WnJPoAQEL2lEZbc2A8a9Ga/d5/umzSXz8uX3t0GBzFle38fKdVvVupff5hg8osQlFsfHUhRGDjNtwStTbzZpqkmiWkeYhchsbC/2ZpGBgPng/U+Jberzc0RWE5K/ECvfT+QEFwCg/HFiC9GcywiwkNQSnA6tyOUv7H+1jxzNZ1dWGGK48dMjjbl5yBQ8cH6u6dAq5Kgk0IZcnfBbEbTRZR1s+wHEeZrJMNe8i3YEIjPPYyxvqYW8BKZAuo0AVTfHDGde6ZFVxI0IBdricvJ9J00E6XsPEX0BGySRnkbbxQt6U5lvuZJWo5x9+43ZumzJjMOdi0pMg4=",
"find-relevant-op-BhGFd9v_-tDjSNou6.cjs": "G7QYAIzUYS0wd/vZT6vvyc/XG/cKGEDd7TokV6tz3bhIhERSwAMzzaUUQPx/l9/AbddIjXVzb+7L2WQynJ2htZLM/5T+WYVcHOvQvTmkqIrHWNXX7Nd+d5kSIqBo2dhaz+QJIhLFAShRBPwJ8eWrJ3es9w44COFP59pbi5LbJJ2h/5d+VQ8vtv///h3rDyHBFcgbpRJYPL3467mxv+jifIPHKTpDnwf98unfcBr0ZWaMgyDM04s/33xd//qg7p7ob4LO0MvpV3/tXn75zg0fG7PsGa1OB8YyxjJpjFl0HasclykTpoyoDU3oH1I30i+Gb79R7+4EOx8ChrjDyOKJD9zqCSUSpIVL936BnGCrYfso5dDW2wcZoG+HD5oAZgK3A2fhEAl0A9PeyyZgZBToC86yvQUJxhVPk//JkBEtHsIwL66kYXfDGPuhh5JxEoZ6Tta834zzT/E/7/slinaZXTBuGRNdjtCEga9g0g/rV1DohHBNgm1skMEP9dw7sjSFrh8u9rivWttRflSNoHLg7aOxe7Kkzi1241pak2aR4k/4Elgb0KGsGeSGAGNEmRYOSjXDv5Fp2cYm8gRTQTncorN8QAXUVUBXbjIWwe/zMlJgcPvdZQI+tByk7H500hNs/6S8GuAGHa/6dwRY8pkI6/aQBr7RIswEybeODe+8cpdJfQFIvBrjD/22BXE8QVtV1osY9I+QYLZ0PAqkxkyrOJpUXzEChk5drIFzjnPEbZTI3YyFEGUl76pFemJ/luU2jtojHEsehy6iIYajkp90cntUwLIBeWPA8JfM+vXtIwzuHrz0epFWMziLleAvDoCM2mEGHJEb+AgjdFbkkidFPsoWLEWP5exwvSrWomZd2i9ifhaed8+ZNg865sYnwTiRneWIUC9oGasw+4C/wKCWkgtoSiQiKigTU0HyiA5Bp4wy+QX/EbUDHnq7IA/vws4L/wbv7l+x8Kbm0MJ6DTmG1X+MbTxY0rlR4qHIrd85f4n6jqCeNHFcddJBKDqVI7HxAYSRAmgTmyxwBA81pl0zhAiBHB0tZgKdlkL2iZPbFyOyGFI3cqUwlEo7mAFSO6CU9lJS+JTDv1EJJHPoJWsMkc4geGFHuWcuJqR+TbXMT0KL5dXLpkPE65xEKdWFCv+jBDc0MKjbA0iSW1Kt3DJMN1GQS3MfPtyI4k6gsH2imjaxKDnlm4N8DJPsj6TVWp20GCChkk0kr+zGjYXIDkZUwH+5auCac6BF5XeWTGm5MWOkxzDY5TKmwWLrkp4W3g4O6CG2TElHurc8QAqFfoEh+2+otJQr35pgwpK1ntoaKfkyUGpKUVd7tb7zuoDYduSe2Wb7s1TPff04KZyO6qUhJit/w+l0LqUEOAc+s/Odbvw0uPccx3c8kosUvLbXWq9PAg+/9af9S6h2VlvWESmKKQ3GHdbdY7VH69en9K/7i0X99EBKvw/azdUT3TkvuwW2It5OOSATeqn7yNdE5uBX757c+ONULc8vjpqiVMtu2zcz7czwjCclKAXXfnUK0zhybeFCVwsc3Vc7f2cxuhYES+JscqtUiYpYEF4dA2A1R/e0IVZ0QLzetPMC0SpDMxe9Kc/fVfGWuGdlxmM56FLobmoRF6QuHbZfMcaiBJx8RAQ0R9dChvASoysHKZbSki7QIJiMVp6fB+LnSyRlDB3eCyGF50WgboakIq+e972CCBxkFYsjk+sZNWMZS9Mch5sJrn2ZyHigvRpvXSxD9QDKrKckeu5ReaplO1DYoG/o3yT/E4J6mQv40sT/IqNhHgMVfPdY545uGXh5KF1vg/nBT+VUTp47NfKA4dlDUx44iMTaJYwqUy0u+GbwlAip6JfqHFWEe9YwQ6cAbW8C1o23C1qIUJ6jwNwqqp9rxhPEINdQqrJOHJD+vq/9wWssqHiuPmVyr8JAWrPbYw2IeBh4z0NWhX7H3N7U5frggTd22A2gAtjQYXWyT9exsMPihmL78O5laGhIFhuigKOD+EN+8SN+aydm64yQ3uoS4nHX534fGIyU5Gf2c5tSzIxZVLkgAMSwLvUxlyEpoqNcI/G7QT6IqpuRUGqYBc9fvSYBKm/xj2n9b9rHq8aBmd7kNKcYMQa7dtINumlHpiNVYNOiytHqZVugm2d2iHIhczKYmAp2h4uYCSGYY3H5MNG5ORahhmfOkqFVBTS0kuq6mzwK+7ge/Gg2MbHM4DDSs7JlG+mPlSn3x2S1sTPDH4gbe5Mtja46qy+PeOh2WKHZJS5xVps2j1oH3o3uWXjkwsqY1F0cygFdbI1ZwN5nC1crkhw0E2Yg7TTS0OoUZNMej7KZ/6OZz5rY+9kqY7HhiSvajY2g6DcSOzP0hs8LToHuDKgWZ/2ZB7AKA3XxHXzEe0uRe/A5dc9IygxVXs8C2zxmes8LaQIZSkTQSKGGvbxqV7ieQKTg/C7FrcJtN6QQS3ce6KBCXhNeY9n6uNGdlFfgxHon8Gxh7A6v9nK2PL5RevxekShubIF3OaKL2UKF6nV+/dj7eQii3s2xCxoswcwTvG4wynpx4i8WdBBbKmtEVpeDRVxZYBG5aVeWzRsOQN6UaHdiy6IW2oVCnttW7vnLiRimwbt7ogxbvznH6mdeJ823JV/Xtah/+lnUX18u8VsR7VmXRXfEqhg/dskaajoqGGhnQs7EaGKuxBsH7p6P79pFpsPsVC1QoavWTLtuwmum+Cr3Q03erlmqMRvWsuJeM15qRCNR4jn1dafEcrp+oeg+miOSIsOy4ZppSPnIBY/1/Hzbgpx3kWUzh6u3OtzU1eEDXp/10/j75o62/Rp8IFGymV6ovKVA/O4YpXKyHpi9XefNsFTtoCgZsVqnstJyULn1Rit0qAb/drZpmvebtk03bcb0g+79Gs/ceE5NxRUzL1Foa/F1UQp5CA630EFHRDrgceJVXgrnhq3c1CAUXCikeu4u6PKyhUgikQfpHPGAh6IvkKmT+w+8GtZrujIGahYiFleB6/q4iDXuG7VV72lxz9BFrgEF/hWVN4hf4ELYVgA=",
"invalidate-op-8uoX6f6m-CsuThElF.cjs": "GxwEAIzDdGtxh4LzKGHS/20zQ0lidzz4f8kOy2uL4FNHvEEUduQaNLdcpzlwf4+ZN7W0CKSFSqq2jK43B1bnPKIMVxEAcOeMRB9Oi+K3zLSGx1tR4u1too+sz9daVp9gfp6/4HUveDSMCY9FreQrpg2yCGSxY4v16dlRu/fRoGidWD/vXKUpbSAY6JF//9WbHMrWtPtfCmqIO3zeRdnF43P/84LVvblpqoLouo3EqRlfGOw9m/VdBpuY/AxxX+a3IzL+erM+FkwM6UtxYwPPYAQ8L2tnJabJ5qyre65D2V5sBaFgNz8R3kORZETGBx7xMgX9HAjl85i/iWAMMtKymsKfW2SvjiD11+5LvmNMwSqNm8S7mky6BRAjh4sUBOypJyj6wQJghTDCr/iMG/2ELb/h3mmuHfMhSK5gvnsAgO/Pky3RLDlko49uUWsFpEAdnI4SI9m1pKhXCAiCpSQbUTiVim3jere1Y1UZDv72TRPZSdh7WxLMaJPRWzEwVOmaHCp36PJ43yazZ6oMEHuqb7udwDi82VLo5Pvc/2T9d+8s2m7zsFgCk8mpKUT5xBQP8GXwFUTDg+D6IWQDRf/Vv45PUTs=",
"llm-op-CnqcJ05q-BF1AhrJf.cjs": "G6IEABwHzrkrQPDcCG5T5McISTqv5ezP57U1WaickhN1moouREjOmHSCy0vfBFHos2htZDzECLN3+7KYSCgvRDxkQiFUQv5MQIt43ojrCTxk8iw4RJQMW6kKoB5XD++uf4ffsEmpmPQdWbmaP4YxjoHw4Gm8tL8eTPlgbvM1r4mC9iHw9sXxW0QfLhn0/L/FcGYTQaQxCHHfRIOz1nLE9dyy1etwbQZeVE6CiZvkHq+Svl0bINJWYyaT2nXBcnvD6QHi1FQHyW+TH09sDVwczjnl1Zt+kOWhYl8+ueMqyPy45oVXj9JFDT5K2WC32ZR+Kpxk0yzhAAOtQ5bPGmQ8oQgvROHLbWevovtk3ycyZO5ijnDO5Yl0vglf78YTKxUDpuOPSCahRBEI/9+F7W1PZKg0adv+r0qdJSvXHMJEz0yV08CCHb17sxAQyMOhdTOKzZWaQE5ubendEFvSC9n5od9JE6pXZI3D51JQs9Bt2fbprdQrOppG9mG2EPFnueh2pawnrfxPoe3KYpVCXiD3qjiYF4nsawaSW4AzqXlKcaLfSwxKXvpAMmleixweRbAyUxboXK3ipGoVUjyXQFhWQHyzueMhlILKk8AIP851PYkYhzflYZ47QuCFvHqqUjvcAdR+tEPsfkSkZoffI6LTIXPIvJ5hdEZmeM2youKYx6mBTb9KXg==",
"map-reduce-op-B4K0oPLC-BLbJONt8.cjs": "GyYTAJwHdswCVzY2Xkv2/5rZWS+nnw4R0NntGlJqQ1aZDImCNWV9tErCS99SACmXF/9f3WvH8DDO9b33SSfSdwr+QbuALLlOAXgk2nI60czj0LnbUK39d7omQxaawBU8EjczeQkFiWIAShQZ/0Js/Pxv385fLHAQoinK82TL0fRlmI7R/0s3zyff/9Vnuyx7badxAnIjc4HFwsX1N22O1ai8IOEIHaOfg278v2uLiepfWeIgCLNwcfV76/zkM3//x3RDdIx+Drp5Pf6x8ddOXmzTDaWg38JFpDdP5evmMXSlHaVj9GS6aavoulTba2gWztTEDmIydT2GxJQgfifMdduFpawo5N+2FV3/cRDZ08MNVr62/hYXIR2btBYXUyFZnsKhIMM/x1RCqxTmyJBwnZPU5ykUPAok9v9kk/jjkKDqxdD3ll50VpSyutHhcXAqx8LuPzYYBj8SjtvPloGGTG7udW+cqFBdJXUjhyjJaJvSKJ612q0IA18G2/MsXESZrl8CeExjMGoNHPBcECQRe9m+e9BPIOHg+2ODSRG+ltQ42f7OzyV6slsq3zpZFAhxnDuP/gCXEF/3CetLbdAvG+QnGhHgRpggNulIgQJel8wN6DKXOAMr38wDIdXCkLZj/NN3TQrZpDdvLdhxxyQtGAdcWzMZh+4Mn455wNcDJPsnGZNuiJag50C3UDQoqcJsbgNgwybcpLFIPMN8oVmktYwbkQGNHhbXYX0JoeJ8OFyJnTl8q+OuWh1WgViXKV3kct5kYwgGp3fljxwGhYVWyy4mDgqOS5hn/4iQoFgUMdtpgMJIXphC9p4g6J8FlSyrPM8Qm5AACxB4GrgQZPhzRGUZlBNAiAiyeRzbxXWdKYAnSOz12kczTVZGKJYUhtk9ppWsJAPKxkxcL9/6yxwt+GSlYtTAUo1MQZH1dAQrt1sft4faa8Xe8fbOdc/dQYxgpNhEDGSE1wGMVtZTnp8Qh6fwynwqtzF8ZQjfYBQJ7O02nM8EUYEX4zwCUZnyqiQQyefckazauIyUJfxRKStRNbasOkCZNaPlrcEU8AheGVk7naEEMumLNUiBzaKBo27YVxooilIEoTYTk//KxcCW2jjRq3y7aXNAa6FR1AV73fTNTIP2KW0nC8V8O1zk/keUdZ+kbF5ay+tq+5fMPaOdWIhwFO3+QBgwEz1UJ8Gizo47sAhVqFKM2nU5tx0CExjrladmRiRm5g4KfEyEoZs09sOldK2fbGPnqirOc+Cx01vn5+L88EjsxjnPJ/McmYqG6LshPjvgg7bU2pUVmKa+q3cHx2rW+r6YkgNMtOni0ybS7fwWZlGCE1xum9MysI8EYw2FE2A+2GlwBKI04SUvMRXFKME0S5a5CpcTNsLf1alqTiqi6ARWtxCE3XloRFazw+qj6z9iQC85G6YaEVuk7YDeLgeVav7GJKPgnn2rYKw+kji+k27sh0DNvhRVV4KdENtSXqfflUBkXNwHMc3W+qYoKU7YFxojb2e5t03qafpOSSwh+1crc48LJgMgGL6gDE0yVPJz1MF5rWdAbmIfu2iAwDw2HpDLCnKBbAkGaXvc8EiDfVJ100XuTohWIL/49Z4TY4fI6xhItNjoO3kxghUY1rvdQXyoEtnqKMrXclCUFJMJ06hxCKfBKenyOHPorr1jzyuz7vNMxZQRZ+4lpyWUwedOc6uWVQWDdbesUmqSlSHJuR4Uv5LUFctUGT24zkLkmni0nGAgJUl+3Yv8eTHy4+zX/jRJs32teWnjDOd4DqqMJc4HMoecZBQHd9avw53aXCA2G0pQMUwiZ/mLY2nteS6VNU2IhfJImgTCHcha/0Oa4LVqpbVNM02CzfS9LJ7ODpjvdI/m0fRLbFt+NLMDnkVU0u6OKaRr3BNePHi4RFwYxlgeUJsTP4YUUVTzFpmZCgKJmo/wWP2BocVTaoyV/CxKQbdFP/IzXxSXv1t6/9mR7dEnYs7X9qV9aV/8Mq/WriFnV6Ds6fA1pYRQ1AiVOjZR7qIQ3X2DsS8AXLoufmaJV2datTFs1KJW7uWYj5lEkOXztyLS+/UPjNWURBTOeWqwlUNjWSS23y1pSwFvndDQzB65CnBr+ZxpiohhufKjzJuEzuPiK2blRDYrRKP2vBWToKueqpURVKOA/3m4KlIKnMcRCBoJu5g9lVkqAmDHlQkeOxHkfiynoC7+bAz5/JyBADJk+H4ey7uDjDBpsp8FiC6zf3WixnrFo/dtDhAJm6s2z7uXA5d4R02jTP5c+rsrvUfTG+Dw0/IE",
"memory-add-op-BxlSsvKk-Cp-BHBQa.cjs": "G6cCAKwK7IbzJ5xiwAhWCHHXXL2wX1ZtaHJbeZQ0zCNv1kSvDzHNhJc+kM11S1oV1FDE8tTO08NB7E8Flp10UXpqMjc4uVPnfAVSQPzroGzb7bxEUmykT7PN9ogCCYqYLJ2n+QlGG0k9k5vQkBEZbOR+CHS99b3XjgKhMk5+lVyOWBGZkKF8Off26fvKCStCl0pqLqCiixTbC7V08lgGfqHaQVWrKGqy2B/Z5Esf/6v2HikvrLAEAZ7ZMKs3qqDO5lxSGgRRJKhYcpcthSiblLPqXsK4V/FMwk4+1YZ7jOTPLsJPnNHwEyXBBEra5lYDYJRsIHCbCANA9DKwwa2MzZ5DO16rLonTQITpm2ZpSlGT+KIXRBI5/LmKRIlkpi5JZAKnJAOnPFeNqUjkhPB4fKXH1+IfbD81JI/ExInsFWODRIwMNo4gcWoDY1GYxOJ2f/pblWbdBkS2AI5vgEVj5nFbY9vcuENThrQyW1jSkRM72WRi3ws5TpPCvVO9rQA=",
"memory-query-op-Bg1duvDv-Bb7cx0Lx.cjs": "G6QCAIzDOIb8F5MSj470nPPLdFHr+wrajAgBMnjuSQUAN1s/IgHLDpqkJ5+C7A5GLpKemTyAFvG2mLnbHoBH3jYe72mqepeguN1Kr/esuMzHSS1shrnC9etyc9B7KTw+ZM6fJ5Ty9V8AkcZoH+7RY1z8MPwHerrLCsXSD1eZ+/sL167Rk6o1NHw/ZEIDAWgt5sn1HWQUisuj90JBxufxwWSndyyJEKBknM8A4JDUj++oGCHYS1fZbxOm9dEYuC3upwmgKPxvZ5T+vCQzTteLWHmYwx0Jz1dhN1Qjj8nj5eqMi3JCOVDPpKJ0SFEPoyIK6SDtdQXSoNchooKTrJYtFmeNN5Ey2BB+clDIrws52y3T8n6WICMUphKaEWakQwafwAbiYq690OAjEMDIhBXmJFlhan865EB38XlWNi64eeL2MP35c7IBGVmsUVI/UExK8wQ=",
"memory-store-BmI1jl-9-B-OFbV1_.cjs": "GzMrACwKY2Np3J3lC/0GKZSvXigjJJn935+r/4afr2u2cK8Hou522Dj91am6pXmSKHHMCGSWxGkcSqUPamP2lWToi218dI+8BzaIQo/PdjJimur//1plkC0JE2VyRrisU1P3vftfpqD3TFf16Qz0zjL0Av//q7pngWpCgGpBBkjFmehYtUrG6LhtQPUzQnzaP4ZZPX9n57JPYhQQUNBkrO0B3S1StlXdv2g324CA4Pw9AnHo4qgyAeqiaOUaH+DaBBAwwG417O0J4aeRmkjnizfmHi5b9/CIXZ9GMhW92z2HMrX9RDS7IP3aLlL5URvt127BOgw+Zt01HceKPEneEfm4KcOweEUiKy7um15Q/nnUW66NHsAQj4USRISNdtcU8D1VpMMvLZleYtsj4pyX6b/Cn6QP0vMHgWBT2u8718fRgTtJramTXY6Qq82u2YKgfT7bUCJ7/Tezw/M3f+Zft3O+uvGM9pYDhDKZsd9fHr19ctvZtYsL4W7P7sp+jOx4tnm9/HP1T8wQNHDDatnuGqb4ITLcl17+/Ocxfoa+M7stuzU7Njs8Oyh3B5VMBbwDRbKvXHsQ2kiw+pY8DKUs2gbBixnmfGxnDd1iFAMEI54KNuB7fjR6JgWrgPPR4fRsNiKUKoGhUWl9GEl0lsnjpbPD+t/JTZV95PWNV2Ua4nZ5hxzIj9KsOUQYDWFfygFcv4+UMBzldo/L0MccVBV2caTZWmcROZf/VxZOihNZnZDlVXJ+ddpwVwMJ1vOPSefBZNzZuqT1NG+J3RlCHBzovTgpVTPqvy+vVbqmaDQcxkPQeZfJ/J/KBvM6hSnU1iJlaLcGULuT9ZbGsbZcTXgAbs7WsZuF0oYWTKEgPlEZJrnS6kNIKqevo3Tvv7kjV998E7B38uSrmOtYfgDt5so8mNYKc0Wnhtoj8eCuaRtdl+2GD3jAFLhLbQqpfszopCm/uq3qjJPkuEzf8EAP2ozGXwpjtPQOEBZZ/2BtH8DC4+GoFEKy2ZzgXSRdg0KOoMwOxGzg3phqTpZ1WXSufao4bMLyHBynEhY7IwKFuU8oMrvtUjHir93Prg8rxrbdlbI0Q9mS0sA9+lSkgHqnan7ek0FOwXglY7sQdhYS2NWLiVTzAQUMGOfGEoTr50rbwqKx7JJinLMbLmm58Gx7eFdI7pQpj0fBASkt5mrt5+dhj/ljsyKEpiLi/QoEdNgxSmi6PragSUskBx9m92VeUw09zWe8zMTf0exkNpOz0zM5u9G5vGv+PjulJMYrt2H7R+jbAxS4Y+dXpxYDa8dwYK86Hj4q97wzaXmZ72pI5e+mUlv1qpheFW1sMwvF6YhMzBN3gYdlCl3nhvTVOetV/cR35NiHcs1tLTkxRA7Zn7zikwmf2Kw9S3sIZYloDeB5V2Vxg0eRfC17VfbKVc2CjCWMVI9fuI973bU28aAox3N/VgputCEgoLlPlBcsHm5Y2pWlGlu6nSLIOJ5bdSC0MZxJgU4qlInR90pzrcZw71wxKpG0LtbqB5zIaX9dpXsyjc8IUjDnqVCZAoDB7Hvu3HgwrPN6slLcgUCoymN6KfmkwvhQLVUyoL4b0UxKyvQguKomFQ8WF0b4Ez7zsRujWu6no0RnsihabVV3Y46TZ33FbHZyecrrkvKG7VX0utmPy+1bj4cl+Bmw0R4ah4maO3KcPsfUX2jd1pk6kBazn9IxYMatNlDbqrImjdBDNVe8ZN4KgorvcytSkA/Dv8H5xed7AClY9iIeMAYAsJp+Vzfu+jX/n/xIN8L00HfsjfnXkdv/U55+z78AE+Ngw2OSStZ6Ff7u1d2xxlkaeLuMb+ztrQkJURILfrf81LX0/YXp6uY15l8aX9i6w9OLQxjvt6blHYY0TUZcR0gRRB+xBb9oxeATBgiMEbzRSjHgPGcLRmxvKQzG/O2HH2p6KrT3jOHA8b6PfcItE8YpVut9jTZ8HQ8NpOZ+umtpbUYf2nU9djUmLxbIPRt3nxAMDWh+0rhblChgxuXy1l8b+6f+UrM8fsnH4eToeggCnOaWUV9y1ycxFSw6u3m8FYqzvOZTBDwzyawawjjWjm7Hu2+S4hmK27bTgjWmEOvWzz81b0MGQZbzUUOQOc6CsPX86DcY+s8nrfCyEfwHRBpGK4IL9wHU4aOD+dHB8QmskPTmUSFQ81jgUagVSUe+Rrnv51ULEK1OCliWxj8SicxPotfu1PjBUvYXzHXypFYezW5NUoS2pqaxc7nVeWqJQEzQHTyyHX6O5VJBEZxTurW8oWXwPgItfPWSS+k/h54gi88Qr+e6lPoxSpmnYu5D0UXUUGztYgvdkixSevpRSsXVZmKrnjZ7YUzEeTFZwssfmePmCWCN1YOkn+QyvmTNbTiOvRVje8TzWB6N5H4ctn48MUXKBFvCTSMunkKTqBGXt/o2fBqlvSzT6No0yujx1QiPgVez+VZcnKjJdg2WkLW9JDir8PVizwrRGrkOfv6Gk6r9FuW5/ALI9slxHcqrwUUDiXd6s30yIvFmtExbFnPy1msri4Ajl852meBhnXl3YxaZ9Wk8citmw9hHo4Oq3wDNkEPvP66b8fzkGw+CvzOYriDVXpYTx+CS8HzUaWW/plPqdZBT5WGCiv1HmQlrI/n/B+Fix9yqwFZd/zcQkUVGkWBkyuEmFpSenRkNCvx4FqA2c9hQYKYOruGTN2gK6JA2B6PFfIx7gvArjhjg0yytTMx1lacA5DGsF8hSI3PcZNg+i8ULjHi+C9+xgfMXyIkUE1WRn8/pf7CHKxAt7OkTlSY1KOpUx+P1lk4e0xzb1RGzepuMW4P+iwaRLgSe4R6wpjVUuXi2hS5mVnBvpYe3LtTougQ1eb24evsqFkeLbdkRBd+q17pKqsn6T60DMw4v//joq3DGRhbUX6gY6sVVM/kd5nwMHsvIMNLC713DIYyiHohIRUfXL7sx94FSt8SM55gKY6/NWe6KZpioK7+hB3/EtpGoV//xwy9z4w008JA8m8c2JYj57xu69UNvfr2Lvx9vy4mltQ8Ib83ryEeH3wG62MMvQBCcNdty3w5OR5GB/hp/3Tmla7nzjxBsbdwugHewcs31jSl0WEZrqteHiTPhrrdICqVHGwnghzFdttXiIWCW88ysL2j3XDMlyBuFA8mWm+9uyaiG0XZX1xcqtTGztZXOt04No8iaX3FkhTT8mhpmn7TStGPLlHU/diyfnIe1csHR71vQremAMIDN87ii8VicoNZkMpidniWqUOttt9gNLovEGSXt2Nb+HOWdFE8Sy+ZfKMWsd9opp2jrQhtEU0NevBSD/TC6PEDVIvCab623pW1fmrjosSYnh7IbEU3P3rWIQhhxTVnXevPmw0Kgfgy75+ZAGDjoGXFetEMvXS5bO0LHbhuEsxK7DqJy2TZPjBEnnd5k61PncooAaAHBSUHkdBxL5uizDsSGnrYGh8D4zTWvB3vQQTrUQ67r3dZXT8MCC8Tu8WGbAlsCwCJ1Ig/3Oshxqr6BINYi8F7mTYDovQ6poJNwvByshNUXJP64xCfnmbveshMcKMyA9vVRWPHh1aZ2JbNz8PrDm8zWO6tOwfTY7fLdwgXW9lR04uupu0EPQvBUs85hudwHbOd0luuVQYg1Ggy+ULghHUPPOIMt9TgB7xBm6oTbZSqEHUBrOF6luBJVJdOm0P35i+edM/rI/uji7Ozfz4XaHc0oOWItjvawLtgjQGKrVolhJ4etsjYuNpKcev0A7KKECJNhpzr81wTbdSzVHXOHdOegJ+H5Ktm9rhgBkdgSoTQVjlDCnZjiJP9WaOXCjNJgKyrny2AkKeu6SOjXC6cXjLyAze5g5KfBrWW2IhDy/4ZJW0h80y+/TRBl5yhCf4Glk3Vfu6XxA21lCioBMZtaeAvOhrXP+ZUCryjlxOhJJzKzHypU4QrV81BOuOKSle5SSTJ3X62IQ/NVXLqtQESX8FRkPm+97oLdTg4o09SO0zIll32l+M2ZiRTYjksYcd0VFmuGD4ueWQMmNsxrfYvY1uMyXmh6u0lsdTVRi8ULTkxH+BpFA5jiLQbwHsM32mMgOrjdVCaOKPDQ8Qk2sVKRzSRGqZzgiqOS513oE1J0UkLcvnrEaokITbm5X2ExaE6GF0AEzltXnT2SdXKC5KTLlNF8xWCyby9J0/KCFYUH4hLF03hH2xbZ8is/QidX/QNPoTiOcswvObO/hkbFzONAHt5YiCB6v/wpMaCdDfbPORbMI1db4+5Ozc5NYRw3X1UyOiKR2LO+kCT2ZBFU+uPfJl9nM3hFV+Qh4RfnPDYfzsvAHvxSjYPn3WbMaRp6blTUk/ZgtYDcr0XqC8EkepnSrhvjF18rWLXdqRHiU1AaxSIGqJQkrxJF/KU879z0eY1LqadaOUHCgmCf2gNa4OodWPdsFMIVFbYOztZglg9UdwEf0qc7wsktjZXjdCsCEj5rmq9cdgAF8BNsO6Cy0X1u3rj8zOMeqDrjVW6+iTmstzNnfeQyVtIUZmxD/WVlG6DzZmQwO06Km0eqUD41KkALpHL8oIRibUkD",
"model-call-U7EROxdv-DVf4C9oh.cjs": "G8wPABwHdszidn4njMuWpdrb/rzUblLA7d0m3ZNbQzgx2UBqkWx3gorLi1IA8cvlK3VHHlNgBg2Q773Vak7SnVtaK/t1JaV2GugxSgBMIAzKYzSr7SsVAQlj1/5e10xeQUYiLoASMeFf4Nn7eejrdoADQCwHToMtbq+eR8WE+D/iXHfeNl5frmWzR6usDjM5q5Gx5ePtoBz38PN77ISdEKNiSKyEOD3dK18vz6cUnNQiinL5eF5efqDTBp4c6KiYECshXjpvP8T287cXkeMODEM04dm7mV+PvsVfVw2BHRIjYkJcKU5Pfk0/3k7D66aztVbZGbJl+33MBCtGeUpWdClm8oDS/1B8+3ihn6bFWLoepddq8LVj4WUCNkMeB4+y2lomlBvsv6+WGbt7Cw9YdLToLmnGKYNFigyYcj0cQAxHqCOwMepgoODYc1MwubZ5Om8liY7ipjo8Dmi/JJFlDg+VjiG5Om5MMn6QcSRHHxOqghXCuEjb1ogsmGIhmMauCIehvlPG9stP2WnT2kJayXj4EenyKW7NcVd3bBFtRnhuIz3xNAn4TJyUlV1aXFp4h5UAN9RRijkO6NnZx9Wwk5nHPARG/2UGsVOGCXg78eUFqcM5JniXrl5ojfr+Aa/bvJt5w9qLsL64v0klvM3dSMyUCro197sqCC0w5Tz/5gNHAXsxsnp98UaFSjn8W8MvoNP1UV1tw7bE/QJ0vY4P8qGEbaBCSi5uzypUzJJw2e7u4C2sMlUqAuaatU2kGKyNKmNFcqK9sKFp3e0kX5z44gwhzUYJ2Xet7oq7kDdMC1gdApMpVnfFdnGya3F93ocJnDYUFZ/i0kEgcUxETkoqZfP0SEck1oBgQIEpjcVvxJCSDTJ4AUfnNzo6Ap/XNsjHzgLFk8fJ9DaMFWjJfvScqHr0RQG57xsVQky7I5W3OwOfdVapHzOPF/HbxODgsEDrUPVwXz/iV+wbt4mnSgmxwH91ouMr83gzleciEtbZA61a2z8GBzBQWiKw5a9SeJBj4D5HRekPqfDkC88aDm7g5NyDGQychy0aqOKi2lFc7zZL20bspXxfTTLioGGc8FeF4RZBmPi9ksEnp6OePSyDG0ZoPxJG2OLC3lx+oohencoEDmogmgbamgLz/AvDU4AcSnv0EzKYZCCA7PjL/9zpETL1ZBUJa02Km958Yyj8vbDrD3CounLGxuKgDtLK6Q3cbbwplJPyOH8Tu2aH0KZwtFprrmomrr5RB0kZXUqafHek2jJB7ph7wv8PRSb2x4q1dZABEg/9KhHU6wAqT8Llo0ryc53KGuNSBeLaqxcg+XxIncCtmEBHRjUZR90w/qHO5Chszv7z7x+DKiXml1Te0exaYseEaRqC7nA25q1gzRNbF7jnLwRr4aOIVq8OWG3dK1X+CELbMrcCvF5GgXn0zExWBZXmQJr2h9TBwF3L9/IWmRg98ZRKnyz/UJCA+R4meizlw+eSI9osnaJUz2t0C1682PYZlkxAAaInnhKMSz9qV+F9sKHVPh8PwsJXwHc+G211p/WhjddgfFJJWZXiHV3AhP09e29jAKg14IOqPNDs32R98ZzSPbmVrqOO26LbPP4Nq63MuFqDVHaToJsbA/tXBireMtuAVMkM4ECFUKaP3Qir1Pv/UAQ9feRL1N5J5xH1w8JgWdw7+UEk/ZBu7Hj1zUFzB84zAg==",
"node-Bgozvt9k.cjs": "W37TEUW5ql2vUQTOA+mQh8ZvA+4wbBxACPB5AD0XN8bARTPznhwKykWO2hGbmsTiwxPIl0UVDZdwvyTBx7g/NxpNZa/my9dKozDPOkYnzgB3WBHND9/rYPoa9UKysWO3X8+FoMRo9oWZKrYFaArh2vKVOvqnbChLOlQYKP+C6aiyi1tsuGSRPnmS8x+d2s4yPf80PkXIJdVpbbqbOsIIg1xSCC1Vx51maq9vQxgNEUO+6vQgPGaV87K7lwJkRhYdDyJpBJLKUdWP32et1GWfproAcGWf5OgMkkenB9xglRpIfu7N6t8/X0/eIzBd4D1OmOO6o8gQU+mwnQ6Wi/SMV7JVzbL/fF4lOyABOvNjz3s5MzQUEMR2J32VNU4RoArnFYr44WYLlwTp8YHPV836a6oQU9OFrDnveAlL2u9HEHbmEX/h/Iz6ngRrWE4dL6Tt2CLB/963TLcUgTLGRVSqIHMmiJRl7HPOfVf7Tbc43T2j7R5T3MEAZXdLcLRYvfv+n2F3D7hqDFarGRA03kLFSMaH8lmkJFQUkRtB/vd7v09lFlJgRjBELCPJCKj3Xvus0ktd6ljV/YOn/ncI+awT7n2vw3T/nj+TlROTDKjLgJixTPHtdnoSmjGyWQJEzsk4uOrBPiqnJ78XVf87SiQnz5KdvxEJDlohyuCC2dfws5/eZfva/8x1o0YRFQHRZPtQHVORFW6HQ7tXntJmuaxf9N+VAaCfCKqB6ZzajupD7UAqnu0AWsDl6qo9O0Eu+UkWmTl/89pn3Pn1Mivbm8iT+K53dBp4+Q9k/pTi38c/bv+hSzz/cpWJwe/Z8z5WHGudlHYh8tmuWonFA5LsvjqjFlTej/p6MfJUjOljr7gKBHsdLhkGCd0N+VUVjp7UbmCI4uG7OJI+jN4GAsGuymPnjhruDL4luzmXNzgM7YQLgNnbNSRX057/TXPXX9RPv74/fZwfSKuj7yObjwH/XHPf3JYvim9esDl449sPuwTwwrH5XAtRZRFS2Z32kHb8+LTb+TpDxiThCsu/sMO/XFTnl99KX19w6PNYi4BrrJXdl+ST6FekHn50/y+JK33R47a9pzi07PGgTBFx1yHUEoWXlLSzyz7cPPzHzrI7xF+BTu9XFFx8IXRBeHHo30m8fzuF/t8usvStEOnQHxLNl1OwMVmaPmY7PKV4VImiguRD/5BoUti+aCPH9dQgepCa7LjV7/8h7Gy1Gy+72xnqfio5DyYuj2VzcftXMZwImf6it/8Qe2LfZ/TzsidVF5r/NWzSbe3xyX9ZYFbteWc6kOY8z7GWiIo6vrA+UGplkLXWW8440QK012Edx38tio41vi0c2RQ3rj6vBWFL9Cm0cMmWfm0VqkmanbX+6Jm32qmbfHJSvdRRS84y0XZGQD0a2zHloQZIgI1ze2gG30mgJAyU7hCSwMXIlFn6j5Cjxd5TOxE9ACMGboDWlO5qumaw7swCMGF6yGTzAfc3+gIZLP8D8cstgi0guJmvxEseBMDHu7pzErV0wA1h9fW5QeVl/FvUWQczFHBmqmcVNN0uMgUnJ30Wm0/yGUfPHm9t60abbVqMMKI2iNxuqYUGYivkwt8ZXtNHZqkFBATkn9g0nvVPnmrWlCY6WJLs56qJLKvnfbYN0ut3QFkihVR3FGVtfn4Ee7dLc/Icv5Xft63zx18BtfT328r7NnS0gvzdX43VBC6wYfUgdrlFgtKXQuHMAusTTXkcBnbfSvYd7PISBIyccH8d+NCBxe9ukNtbgAbaLi8GnY807Xb/iMOF6p0fkwr0yp9/iKwchYev1J7zdkS6JwvsJjprrMfG/POEPpzAjlU5bXTnSWNPUbOg6VRILpHlxQB2nNjeJ8IxFQukduHRIZK0st1sNsZYmv2Iszu4VpLvAuNZ77ilnoE7dzjhxvcNpT7eYadxfHqnJASBgB1DHAovDkHYtrDzubnwoiEOpgGs41n4Is4fGvuYTIrdVruq6+Q6JMMffb7+QPm4D4mJdXMAREyMHY2GLy/GN8gfuaBvFa/JfhhXGW44R5wK0ixOYwk8anbLcFdqw2w4rbHVC8Zlg12e3UDOViMR68+yetjNa0IxHthBD+yp4AQqVIGSYuuFpYyxYzFB5zdo4AUzRcYexkArFYaLb0nZwEJRbB4NfsZ/rL5YQA1vO+NcVjzVuscNYTMJWq8TKfcglN3Q74L+0aDD3qFCMqatoLu2oSD8bDwuO5xl5DFZbMgjc6TIOtsgz6ep0IITPB9GgBvEFzi3Rpct1Lan70pX2Es+N1SWAY/QvJuiGhvquFOtHGWgqbDYUBBqNNxwnY510j1Udm7xoeJ0+clzg6lVUS6vrY33Xh1PtYAlg4kAxRa3P4br3qIEprL+RyIJ/q/qdFlRj2niqtPuzr0STIPhJPbcie4ugpddpmNB5fG0samCYhmvQMjGLfs+q4+Mh4sdqpe0xtEJ9q0y50wWRmWNo6ccNT4uZr0EBxK7oLdJaHQHGZi1GAou1eckLPQGPREbhnbuZg90FlaxyQX5ZTrh9NIvoMwabtgKMxpOpnVWTngWjOzXTk3snw1CB9SyNg7HIGtdTG57wppdq3Bul/aUeTzOlw7TCSX7RdSoDmLmgpUlB8ROA2e1rOJLXjpx9FnCknM1MW2BuFHa1kY0+TErUwTDWM8h8Yq4z3BgWDOtybsda42WhkDjB7nTlkQupmqljK91Xi9WFT8+3lPW6KHL70njy1CTcd8IWnrseXdRB2eu0iLECSkFLymDmUA635DV6AP/a75Srur2yYwhRM+pcTPbDb4NVma8pR5V3+1o3dVUrEPuyXpK/bqoJQIKe8XGkqTvlUCquxXdCjyJaq7x9MLgfhgWSnHIxhQXqAo0WXeRNBwKeDYqeDKLTD461A7aBwVaIW9wC+zwK7s17BjUor4x09LXedWaxsQ38iC+VsfLbvSQfZVqD69c3GmdTXVyq52PG459sD5RKHHHxWQkdklSKNp0KPE2IxE107D0mwPHD5ncD9L2dwcO+xNzNgsXhZ3hZjfPWgWvHakKEaTaEYFmAOx02DyXht7Z2PfxYvW8RCWPWoh1WmDD9Sry8DNNZ+3x/gD2oh7b09Sxntl1mVsbclGFE8mkugP3vKVKer2m41+EbTfa9YO3brqjm+pX0Ktoq1RdKRz2X5kPd/LwkAcuJP8yvvAgAcrarFmiR4mfF20EUILNYuHB54FuYkrcyNbKBkkic2VVifWwUhuB05DP8BDZ+UAJBr8VyCdEB4kxr+Zik1RhBQoubhZ0o+vyRKgzCqmToB7wRcEzbYDTW1n1dAe5ro1hTqCldlQ1gGcziJ6aSxTky4DgiPQsMH+pdKEgBzf7RUwaA/Amvt1rtxYeDUX4uAkUlulwG8t58eob6iPUC2IVtpLoXez3UlWqx8EpaYea89BUKsmZ+Mk9YUZTqMIMhINhYmY+q2Yq1Xx4ZAUdyySlXCoQ9twIfWmKqeH6sowY/s/UGPJ5G7JFd81RiB59kswsalfe0nkPafY2uWeAupjmpQuDPd1D7RG9enrTy+j5J8imnEo8vAqLpFjDtMEE3BWsJqKFDp5SYWgRrRItssFcAeITL285hcEdjUbpnZpcKPjmcBzzyEoeeEpzs1xVlge9Ubh4FTJcxEWGs021MeMECYX3FLgPZCMTCTi989/hw1Wrnz0e63NU8+jBRh4JbJeQ2QTkbyAu5wUlZU7toyaEms0gC/pVQtqWixKXy8giD/IWYQfV1l0npRF7bKlzXD0s0gtER6h3xPA7K7fsjrE9I0nkh/Uevgc4qg7ReiJRfPPtsGHx2EoHg3RKYmiICGc/BsnTyKLgXC3y3yZfxbFzgpi/0bMDt6kz8gZ5mlV17/SRjPHpbASPCd5R1q0UlHqeAYjmnuSJujfeK8ROh67XmXjmYWStU6UcgF1sPbOW6nZoxrxBmB5oIFHfshYT1lvWJoj2hN4WXKkNNB6R9aXZJ5upFwPqpbXIXL0QEOGFoOuIaXCONunYGUQNRnRbW61d/eUGeN1c2iIQfJyZriG79rMtYgxmEPUDQc8WqfPXB3ZAZ9Uj96hCzbuqLFn3UehoFdcaubY1uwQcptVmfTvr8gBs8wZXu7/CNHzeLwfpuM4Et8Fjv3OtoSqHOkVrukvLxNv4TsWehk1OmIHcT3+k0hqPakcceOJctbo5R31FgAlchbpId6D/MUECi0LUf9LiATrrHEGWdkYAKmyWkUNinWd1DxxcFwEefDonmJHHVvfkBNpGER755aJbR2NnCvCqHLpQuRxV1zno8ofnYna8dwrdoY8mEZFuReo+RAg4ak3cVhSwEQaIqrd8xv5wGEj7VcCtvrOefv6pO+ORAGpWSuI3I+rtpLUvBxNCrH1CJGMtor8K9xM2Q7ss6p6BRHejc+bYIoo+FdX6zvxDf2G5x6hdVL/QzROkOMm5J01omn/GnC3X30qugr1vyWF5Bb8E6wd1vb42XuHD/Knbiyq1sy4T1X7DNWXQ2b94rAxqTEJzEp1ZG0akHbVUa/WYXgpStuPA2Wyg5rNT1zzBzbIOztwXSPlKA5h5eV/1Oicv1L3dv1MjQGQMqyahh/pwVGxybdsLpcMtST/WNSnCL75ZioPV+wqTp09MxLU4NxTFJq8yNpUpM8XF02YkzTX3u2WlSY1wKz4H7mBXk8tkdDAKIx8R9iXtH3X1hSNQuXf4h/cmdIabluqKDU6nRNKcnQsewssLZqvZne+qt7ELMVS9H6cw8qghOX+hOyIP4aDDvxBRf/fnbta/7nw7XDc9BIR5Vv1RSkyoqis8gQzeFZTJRy2k9iG0540K25iMmfTAgv+qi+0CvGt/Z+80ITxkrJQK0/Pq8vWKtSKvEW+HBa6fFA6k3Mw2dXLH951qT5f+KMHxhTIgR8MoaLRchYbz8TswECmPNNhIn4hhjqqHF4JF6tDO1msV1UnTeMuJttMSEiauIsfUsb9RazUPhC4WKjHWI6cWw2mcxxKftK/qkgDCKaYk9KwrEk/rgDrHqTNaHHN/ppDJRARmqZukB9+n3A/WUbbfxA6qIjb8qVrYRSSgZt/oAbybQiXB00DO55qB+F4A+Ylc5+UHOClaUYRKWZOTlJLfQCf4TFUTSNnvtWYWeKPrFflyVcc+BAZUuliyVWPbo0dI3MMZVWL3pDh5g9hXCM2XOHorXTrDAyDPlI30Fkuc4J4dVtYlIEcy6014SDk7ri//171ksevuy/iR9bWKRK4Pp4GOjbf0467vS5kL+JiCGNURq0LbbR/HIefq0gHVI7Z6ITSRaFAarpBSBbuIIMcdXpg7rVRhYorzeFwYPiwaXORai7pL5F9wlk6dJAuTQFmIDerojChO/N+LFUOFZTUfeWD62TYG3RJ/qCKVIbVNXhpyzOKeN7iKAv6MdUUblSQCTjhFejaFsMUtqYoKu8N0fvTIk9fgopk9y1tAk6qqwbQ8+CI4pfyQNQZvHSXEAQRvz1LhmyeeaQapMsdCPiME8bNUkC2JoNLon1Xr+SEVJ4cMihewOS2yNjDQWy+fZpUdJwMVTcAFXLDU2/3lz07et6rArKKQ9zwDcfKlACy5C9EbSW6K9+4AocBEyLSUesKcgL79qGh1QgHhiReLQ9T9QTEk22PjYTrD16+dESyZedupA0MHUG6Zb2Ve76LG5WQ1UCjJ17jU0mj5wPnTYwVZ6b0vDDgKowT+LrzwycXQC2NPO5YmTcJmaVbO2anQTExSSMU4/BhrjeoIYx5P488qo+YQhfQRL7z4Soot85fvRzkaGUG+KYqZEtfJnPhYhSYx9XM1gw3RqwaOJcDmsICbufK/oq0KY12mrSEJ5Vozqy+/6d506res79oYD2FDVjnC5GmBKlITdZYwLj0IJm1itHbErMRvGGywoLuxA9/cOqZTpUIUVa2yLFm1Vnhn5UrO7Q3wXygRUONLhL6hhq9kmrvsL9a1QIe7r0OznNLWMhPDmmF8H7acc9EeElpMGk4nqx0SussLmkhwUTaKKPGk0sJ60V/FDsNZVDbI4DhtVtnmn11n3VS+CiPMWxEuwaD2G8/AMfNQtGRGKI0jV/ze7Yg8njUWKeSOXT2z+1kATRZ7DD7dz7egzcd3+9QuObPRXQ+xr341tXBy51pdMvTFaanrOzmiaeeU9dQ/FVLTMKAmKBvf6zDp33BncdoJ0LmbXQ6wDxyiszq6/EQ7Xey+FjoOSsy0YdvFEzmW9P3Q/pfpGXCNlaTGPKOF89cI0WF0K8sLhmFkWqVFQrClgDJL8vyvEJ3J78iQNBBl9tHeuoRu6JGXhrUqejhfZo+RzlTsQ1H0pFjmhUt/aOFIV0QLfSLrJulcGmqtmtSgI9SsvTq79H00si6P1sVc3HtZGOrtqR5vZlEwbmSsCza34Cv+z1kKaYDaBXkWYrdEKpCprDgmPXbYRLWkgiGlWAN4cepDyS8g0ioqCbWi4NsnD4PNq+6gYBRlmB4/8KoayPIByh3aCXiGOnCS3KRZJjVNg8yWZGs437h0nSW0+sjrr6RDlNQwQ7pPzeAbRrJrqGmmjM+gQG7CLZEOcGXdFo4RJ1PWhfpZLsGSwxWAoUW9scl13Uzx0CZOeY2Oe2KBZZpd2uMjZ03Oq8aTdgA2eAzJt0FqYNLtvDxW6Ppf113o9cIuZtkXT6oeYoDarBJoBHjo7W0Wj4sy8D6pfoZTFMwMEpamFPS4K6mlGuc0uPXRvsMz5DAhANwUXHfKtzL7lMcTd/C5vNdzVkBmqg3RDAL6HLf9ZFWFVssY3kDQCon2ZwdeqPG4wuvpuVti8lGZkMEhb5Mlqp7whDRBctGhrme1uy/zVsMmF1iJxRKyEM/1kR+SVzGjeHfKc2+LK8wkuy5qvkUKRWqh8uvChjj92s9wSqdJggz9ZcLLs6W7e7vtp/ybsno2H99HsmjFqo4DHKgyUNoglWbgyFkSCj6JA1KnFoF1icnE6vuaPcRUKNY5tYPxQI566YB2V0YGetTy/lzP+DyKZrZn2VHRLAE4x2q/IbMeWsBxtS/FJ9uEc43/Z0C8vOiu25HJTocK9br8gkKsUXRfa8brJk0v8+4dyNAilwtaBhD18QR+QxcE+t3qXt5YsKckD6OWG+GYKkXJQLZXoTtzOzTXXW+EwqaGiScPRjd4YnqTFp4m7kwbDI53Xu2zOrvTmyBGFDLhpic3agZacJXdAGAvR8wUcM8+eCPee9zgdkoQP5WiNfLJf4jChH6WOUMKymOEA9n3zxxyWAj2hZ5O5qQ8rIQFJaC9Mo0x1oj0vKaq5NF4njeqiA+tKNofVTnsS/+ttwCs8c3P64qAZAl9G8duOpP59zwXxQYyjk+treCMJKVV2B7m0yhsT4GPkOeo7FIQs+Q1ur4N4ItfNJ0cPEfBcaaLh8CQSQXGb+OrGcYBOcpmVh5PBmJbRUHoaKk6+/4Fu1JsGiID+7cmWLqDAHuWvbHPVIz0ioAZzxnK0T5LRHJSz37lMmI62GNTRus5R40AuXYsmXaL7HqRNGhDhuTKHKwOCrdt9dPbv/4bvBHY9VNXynUzAKRhL/WDdqB3xuzaUT2R1qCyI8FVW6Jqo8eqMADFFp+JoXJkR4SXlL4q/1YUDv2019n3W9E3sr0CMaqDfasHuwOvRl/dfEC5R6DMn4yv+HmiWKkomczHZTX9AoSC1fBbJoxpWfnAqa1IV+2TakmcGJA4Lcpj7yzNck6l8HXO/+LgVXTu0y1+fcdaaFg9IHtc79aYxsP9vEi0LbsC/YTZFROaQItS5/lpZTuzJ38enzJYIsM8vtTPugHJ30ca9r6uIOmOdgPFNGSyMk/RZoisLNK/zgp+RQ5p6s6q+HkBno01sfPXbo1RrWB8n0OOqEBlqgze2XMOwb3UY15H7/Rm8DrXpON87xXx4RXyn12PLHMvST/v6qdJBXVOcOAKOlOx+26aT53OpyunicrLf+M6plLBdkJguGBf+Ow8ylJRESeDBVLnMATI+Us8ge0KU7h+HbArohK4dqa5dhj3TRfOVexEJBT89XuLy5acsluSh/9kjr/nEJ2DeDk0BOL13Lc7MpqdZt6G4DRZujlQ5XU90VW9/lcSbx4kGCekz4TZezqTLbZoR65SWIILTGvsPuXuiiI/xfW0mPBmwiflEcz6bB9eCX+jpclvU2dY7m20OlF9qbb747I7XwxlbbGbA/rfKc4zcV6EVgwJw5ioO46+7fzE/b8Zqpd17QjOfrujWyXAjR+P5JLknzVpDP11qIG5oyxyj8w3RtzVuR0kUk3AuYCD2UpqyncHQy0T3Svt8aWxdXtA4KbELEDU+YF0zYPjPPqFbRs9J5WvieISpC9/7XAWq4/no3D+8eZ48b0ZGW6iSxKVCDgfPNtI9oGiEIMR5LAfiIhs9uVQroK+mjPm1ni/PXmdN9J10uLpbTBUi8x5Uv5gbB3eXkVJuHqu6qozZjeNtQsljXHL9SU+HOgqzoIwfD5BmwrmHcvCAtWJsQvJX9a0gWeUm05y5fxlzxKdcpcCAFfmfC3j0ySzns6h2WEoqVK1j5EyKMuWxalj8ddycWtfEQW55nZUke3CoxMWYVq25s52plhtSUoZtk1I+ZZVQ9y1+EdV5DUW/XjnUn67HStUq7Psyz+QMXL/vuco2vnORtpjJaRRZ9fudpjbZxah2YStn4Gp1gyZ+mO8i43DHbN8TZtaKXkMBd2/IU5/5o4XkvtrjIV6Dt4jtMKsLpTRS70rgDcezWOPEXJCKuAiaFhvqFdWRVeERRG1gK2QkmWtiVhiF8jHQOV1CfgvqbDwWrWDjU1tsPjl7ZoHZqAK2RDnMmDcYydr7tv4jybZ7dqM+ahisUcLi7FVVeIHGZRdUyppM3iIkacWiWUUW3OOyyQeH/hKtLLruuU9kLmD9jtfGQYCARWVODek/m7LVkPlRf9uLbz+ZS13ZXrFolM4rpBc+YCkVUaUu57UG6+UhVF7W+x6u0O2frAAteU2sb8q2FB/zht5eHatOxOYNTRLPgm/Gjfn59eorW3NLY36TogKf6ybnylCjyuGV2e2um0KKlecfoHmqecfj8gPlAj8pXOyu9yDCtr53dnptcch8KQ7WX4UBuL4UNiihkvVTW+KauHkD3saWXQLwSpicv+2nDOuulcCfj/elIwZePS3MSymh2MY09HLFqqm8pxNFkWMsglqjjhXk6OTTZyRsGa+EpxjTClp1RqlkJuHsIdcrEK94AaPBVmNC0RcQUfm9d4/M4MR6RwukDlyqZlTuNNKQkLJv9tgScGM3Fske8UEOA/Utr9yLvuhyKvfMhzDCIV3vPK59/SVtq2yP03P/nj2O6eX8W9T3sfvZ8/P+Z01teNLBbDVotCvS6SkyXrMt54gjFSObuXcR1iZcNQn/zOZX9TIJdUuJ1HK54LDosTQOqld8s/x6j13mMRjnTXCji9QRTiLoK+3p5yLjm3+d1Mo+wxBeSidbZPI7Fd7C/w+IcpDTOXcb2WrZP9t+ZqWMhfuYKzW5MNhdDxkNqZfdfWFsnLdklgJoTfZvoqk0Y/63t1g9i9s6KSoM1xWlD2YM4La3lHoTLZGBVGHUGYsgn+YEZ152F2qzSDVz0GeL0HleajFSpD2SMgmMnMC1Z8mamofM2r60he8N3tkWniJJoSfD9GHTm6txg5myB6k+aXB6+yGRf2qsgaW0huP9307lT6uWatuLi/ol+y1Sn1mWrgnJiIajH+8lSKK3w9gPvN6y8N4PioDt+JiGt77Ob/6Badralfe3HFyI9WYT3S0Xa64nX5YmdhvIEzVIdccpYK7fpptwpEmJ6J2AufpSVfSJzTXGOl5klGQ51tToc3bpXRWa2HPvK/W/hiIoIXXAJfrBYoYZ5ybNm2ZMYYVXfnfp3/CibeM4S0Vqhc4O2lHkqiTgYRkIfXAHVAtMEd2HrH+MKIaquGZGfdzLBhTwQZeNpktMRZlP2qrQ3nTVQmKrNBKAt7YgC66kmRzQWWmbF5Yz4JkIc9aqBHFORHjo1ien1GM87iIjY/WLgIGTsVU2G2/jX+Zda+CYZ3tudDFeNxLJz6uAGyuhWI5Az9qqep8Uvcj2QxByhWm9JhPSJuCi0Y7kXCbrX28HXd2NPji3mq4GhvMqjyA9uMn4oRP804T9QPmyMuYknFCzGj2E75a7VaXK3QYnS4pV9GMxNObXfduSbzPP28C3Wf2z6uu8d2U8zAmTYoNl6VqyGZgApGmVHBKq13zA26s9r4FnDjLP8VbT0gRFbVZWYHH7jdvzn+jBJBnwVWlo5eMJdOIvl09sYpVbviIMSaBbYFzMiT64O3y/TAhCeuf/Uj2P1kUvBo6vAyFlsN/bWLzrkWkQ11Xz01joYfcO/t5a0CdA4YWB7hE+YsdU+KGBo6NjtAthLMdWemC98lH7DzwXsgPUa6bcV+lYqJOgUPmhNiVc3mcqA2f3Nd2NwL6km1EQx9isNFsW5s1p0rKOdPoXksUXrUM2joVLHH/ZCsUYV+prujK5Zd0YT+VAOx0ygSEMBe7oyBPvpdc2ppmgghXAbAScplmh1SM7gGybrToLTIJyq2xIooa9TxmbezRixO8IqWPNxPXsacKzrJaVUYYJ7sxsH6e6CIbPB1NMLtmL+ZnCBQLw9/2P+spmO/e231yr6CbDSFT35/j6fVr9rzTrSOVgm76zwnHi7vEHw3H+ZQlA4PpZCM9bgr62EEDW5w6vZH7NTLAi2P/7GHqqLF9spYCma3v8uN7hz/xbfd7R6Mv2/eOF6bHMkBX3xfl24Fby9CXYYpTstbHpANbrvXM3nwfDnAWuhmJKpWa4MiPfn1G4d9TstuYbTCbfqzbLxeVIwsa1nI1kr9r/mErXN2+t3vqW8crHffujm7CsG4x90EshADR4Mu+Fzb5qiqwVPXTU6dGCddwttVBd2QT26pZPvMu1ZvI4Cipltw7iwvioB3WYn83VNKM0/vAuxKAtPXmLvIo7rSbweRfXu4nfdBMIwzL1sAUcTUejUmG+3dC5hhgqVnQnZoZqk59EDx3B9N2z7/lRl3EcGRcN9vPYrykN1apxWQr+sbNW60za68wHZBmtJk+V3SKT8rWo3vy4dq+JsCott7ic9uNi2CuLHfDoOwEJVtEOCSPMO84nIri6heIbdTx2gX1tEsnAbKHRKZdOqHWXA5hYx6JNSdt8TbRl7sYfhiCkuhY85rtY1hMwQ45jDTUX2Yl6Wrfhn0yy5tBoKNAWdFZ/snggidsF0Aq8stJWQkp8Sab4OXrxt5ZrFQylw8pHGxuE5MDRVmsE1LSGRi//P9fiiDvr4tNUZXl9hShvHJRtYw+UHI3rCn3kpEQjN11fDPw+3zsH/D3XLHufb2SWpS4Xr9zaUdm76GSCg6WTo9j54BrxmPBs9pz8yo5+EcV1FlcpPcwo4+/wzOoMfctbEFA1WRAg7SKff3bR34wqNzVrNaDTv+0jeWkbEAOJMotju1IRicPxBBZrBGnbLdGz3L8ZpS/Tmr9VF6TXaimMZu64NsPqrzXtCtSjKzz5+1QrDQfqeY1kVGgfohFbsAA8fxiQ/E6Zw40HlZn3dNtuOb/nyPp0pjEqjM4DRKI1vqPHze5WDh8dqsC/s7LUVMBFJl9GIkmpTYIYvAuR7Q9pXc4s66nd2nHlsNxG3fvT+BwcNc72DOMXNb+Qs58L/mTnuA+h6mygU/riIpNnO9dAyjyU/dCMH+TsHL7dBrv7Pw8xs43zttZo41pITcGhoK34Op02Eg+EMDk6UirYH5HRK2Odi1927z3ugdu1+dK2y6mTtNtzzuOXx7DBF297K8l50+etoIwKXjNlGrGyF+horLQOpK/QeqHsJOB46mfXHK1ogAb+8BibigQy4F8rtrtsAQv46vj+cKvisJ8LW6LbH+6y8tTf4UUcNn2FQXtfO7n06/OTvTunKI+X283SNWNJ865KhtaHU9ARWcRVzCnwWOrCRo2paqutkJW2Re+bfbAxH5L80uM6WT/RttcpOvRkH4wGKdLLZdO6tiUIqlPG4x2zsSKjYrC4ZxwZJxdubtVGU/ECu/gZuW238LO6F72PAeVDppbf1UgvmJLmNrVDaxmCj/Zfi3OeQHl8CFkilM4LDdKXuciaoQtVaymqGKbcy1/8Bb5+cbV62XwRI3PMJdPiyj+oACe9pXctjWdac1NIj35B2fLc2dx1gMzhWq8nFI2t8tqFayk7FlZ3nhuISvEtwICdqloMOv8WNaWQ34NnBA/1riuzEyfzoSSqfZdSMNlLgEbj7+YgsIe9PnwLJv4GvP6S7lwtEnl/YrgXYNVuYjoYGkPkaW5xmv4zIn3jxvfwYGC9msI0aag0EMNUeE5DXUTUojPIfJAtJkBqwF5ZnNtQ1dwmRgdvKgcKapI1l4UP98tZQ4zEO8QE0OG8174/NowDjNQ2dJZZOJxwkNoeSsGbyMQZSFY99o8iPlEn4LBmPsqrt9Ww60NPlQUKBJoBVDqPYoHHJvEQ7WGL4pToalz/23z+bh0e5y6PUbcHqNuj0m3x6Lb49Ht8ej2/HU7LsINXgWPzMoIIQULKqIrO0q7C8Od2OQOmo0sjAQfNDOk2/QVLo3X5UKu2B6M1eQy6tIrJhUOYntbnXjsVutv4qRy7Y0Urt6wfof1xHa2XN2aZo4/CCN6jETsgS75WJ3TBKDeRk5SQt1GGeJttrOYFAgq3Z152FAnlfcMkF7je4Hps+a+g1bZKkUx5bNreYz6aD5hjIhSQccM8Zut9dZjmS1xl/gNyfojqmpAg5AmulffGTZqueb2tE0VNinS+OPsdQxPi5cR4a6xEbpaTfBvS8VJ4bK/LZWBLii75oB3yTMWXDMqvzHeCqg4Tk5JONk0c2ukNwV/HAdfj33SiqCk4SntZRi8E+llghzOAblH4X3IX80T6VVCyfw1RfdngjIH0GnxyG4f7IRozjJYOZthguwDGQiJFbf/EHYHeifUZVUGYhyjTTvhSbgidblArynS22y9ytsLJCJcFIczDg5PyyPAqLjs4MdTtpjD0q44v69a/EFoRWVZBTu/djBkPwojrV+d5zWd57uhYzWkmCQKaDG87b/ZBhY2+PsjT9BaDC50oJm6ZSvuxv/T2pLYyo0D4TUIfiqEjwMuApc9ljDZqWe6fYhsgUiMmWdvgvpSUVq7ARWVWLwEoQS7AHyF1cXLLt50i4DnOrwfiYU8dtC6HVNKdc5x25C0tHsaspKeKAkgde3EhmeAnXZ0uSX1/GWuWcbuelRUtF/9WlE8gzhMAxnhu9uU8x42iL5ixRjnNTKnGZt5rBSHeW1IyrgQns3ZiN1oV1nccwXWxI0j5HmXf0nNW6AiL6a4CeS3IEo6Xh44gMLt6xr0yqLm57TRVeS9hLnOHC6lJ5XpxPkjWgnDzBV+WmK8Za0kPLyDny9COx0KR9fKai4LLfQolhC3RX4u4UT2nLyIwCeku+HxUgWdW8ytV9PLJboe7Dc6b3ojndnFqt+ste/xs6GJp0HBrybXtRUssbDtd5zjhrkEgtQP19s6/nAQo6buWprLpXFjhvJDmOU1Hji02hEo8McR+Vd/Laj/PMZvVhg+73nse+S9/cCpdWT34Vw6IlnKH6//F47b8c5TI4OA/M5i7rMbaHz/gRw1R5EtYixruue4YzP8uVemcj6HCkLw4meViwyPEksOZ4U9T4+Ji/T2nuCkeKmMeBBzOsxBKfnYr8aN4+b2vr2jrs51LiKEkRJlASr7ksZ5irE1aladht75njmFeEPA7hDEh8uXBX0ECfMroF7I2uloZSwd1GmAMFLXB7IycA7RYs4/X05o8bP9vfu3y9IowdZt9cu+o/vzXjl6qsZE+ryawRRmcewtVyrzqBQrSNm2HXoD/WixVbBYtkd08jAl44l3bVMlOKdu16gwhg9j681X/DB7+WP11LX8PGLB+WUWzueiVBx2KNGUz4rAB+7EdOWjxpGmLfK3YXFfq6nvCy2yj3j6McJjisejbVBq8qnzjARVu00bXqT2ANrFboMJkfrk6BYtSWBR/R0nfw/ymnl0ul3by55aykFU/eM2ODeFUa17AMU+Vxju+IPIY86oHdeJtTUA+NljxsVhCCGVwOhnUMx+ALROo1NX7VNYC4qyfQ6Of8GmEGTrpCEBqyZkRYZUCto56hi5sOwxtn2YkOi9i6xhqh7cnQ+fBiMSfD1woDw00N5Y1f7S2YUkx04rGFtI68/b9oEUWfHzQuHFDlGCte3FyDJL5y2SKajdnFRlV0JAes/QHFuaGsefffEz+Bm0YTPC9EvNAJAxKd14YfyTvtN7tQ8VKIArJbBLw3T/XKi+Tjze1DnGrPJZMcvNuuFCGLJ5BqO3OWLtQ1NcjXl1ayuprvpJB31KBxtRGbZfDb3uKscrZgR6Nxbm+1L0aMgZzUroGHZ0dLP7v3z2Dj+KqLxUm94DG1qPvmig6KMyzBczRUbbPnGwgtx0oMKqUn7W7VoJV5T5b4Ktcc40uoTqBFpgRokltK1TInwdYSorZmaIIs7i3+h6C67QfT9UqCGgEAkMYiXQTT3h2AMVYYRyG2gMpQPUH9EYdBcaIgoUlraLTwIKFGCEDF+lkRS06e7LWJ79QmqprvdIqUUQp7h7YcMs1wk5AStNPylBM8EmeOkUVQBcRtqWweimv9L6Pm9aJ5xRiNWCwnRP/pbf7/TYMDl07yWmk/g6eA+a3dAO/NpUvnw1U8XrPanf/1e2wrA/xzpx8p0/bLAcmH95VyzB3KMl9QHyu6wvtN4ofLwU4J6aSkzShqG2SEXQIiojmTQFQ+x2tijpPNbZ+teLWMEAOaTZZOyclmkGOdbi9OvEvBKNFB4BFl8zkb0r41x9G3C6c90DrJIWDVskDdZQJH5d06KLh+Jb2r1LGuOvzHC+6YAyLpw5IiazayeQcovBCvTLAQt1Rci6Kchyq+9Epj6dLbrUSE4IdhRlgt1e79DQS9Kg9i98soSX0cyO1DF4aZW0HkS9R4SkMpxiKxs75xRadVIrgprOOz+Kt/6/O1F9rfOfIVW4xh1GLyUVhUZcPIVYvdbzjULsjfeND+sfb/b+USxyjtHZ3TLvB+qAH5Wif5Zo5UurU906hslBl+N2uo6kUbs3imrfpz93+Ayy8faMHXOLrN577QeqCUBJ8Qw/u+fuuC3XQYUTm9FzOW4mT+dcnmVU6uHzv5B0+WBH4v2bo8khjjtC3bla8dQr96FIgNG5OFLHMcmcjo75g8/XB4vZUwbIINigkUYlGT5DuzO4gs7jDEZhunw7GGoJU/Zp+YL4xQc4JDxoS75Uh0QolaizFi/m7roUfvBjbUFJFxS1fGBrjwiqbBM8Dntk9CmlRRVJUG6xRwZiCGky7LgLky06b1m3kv7Rn8vb+gVQwW9mbOMgDTQX3SM1NOPjEPinV6ei4LtAdrfNLx0WWiFfoAJgm5zBTBxcPbB2jKDffwru5fNZ0rJXrX9NBlBk/DmdDT21aw1bbSE80dnXq5MdlLjzoBiEKW93FFhs0Rc28eIyERNOsorYAHfCvyn35Mdf3ek3ObbF6D0OSaxZ1zJSoBkvFlM4Rq6LSxtyCZrfM9KPiNVsFzFAuVIPeLZDiVzlx68mgfR5wkaLtimO/fF4rj8DqtWn4dsE0vp8lyfmdklLj+LOcjXaKCEoCUrnMQw9RcflGvtf4N8N3DTwd2GJQjBB0ta0DI+7mtDA4UdBk0ogsAOIWMY916x03nUImsj4BAwRVgRoGiaEgURg8s+goha1NHnf/7zonJqbSclZTdV1CGuBYS3ONbD0K+NHhA2xxW+Ev5Zzb/j6UURclzMnnocoPxRGHC5mmRALSXHxqvm+iCn9EGFqAEeyx2q33Whvrdmu2C423dsDY2fGS623NJKw5sLam4ZrCsK8zQBdPM4xRvGl2NXQ9SPa8jR53TDLe8X9d553pBX2lBVKyVBWuOWmBIFpsymGhVwq6IcPlmiUb9umQ5B2lcTJl41Y1MpamithySo4lL6dLZlVG/g9iTNOyZmAaMqvw5e9pGMWgReDQxqEi4WBYyPcILVKWHaOi9IRnnWv9u79OObyq7czSzmjQLCHeqqW6339z5OlEudgnVHGb3bA8xO4un5yPjk7OJi+1QHOjCIBwgmtWvx9EpXXPMWroz7qQA03GV7DsnKFGJ9Ky5KblVn6TOXCwSxDJTrhxzlg2qjQY2K4ETuQMc82grfPl4KBPhNaJEvjL5virfX81T3iGV0PTEjN6nzsOeeP3/j5FYnvwYgjvRmHVFKuj14/bQwL+KQT6rDN/W6fBERsMbVA5LF2BFQjpORghtuAfnLlEeadK0OOTOJG1Dt/F7/flNM9Tr6AD/viKyoN8NSalGZKmmEvpX0nXMoZJvWyXjuCFBFBiJzpiNYw/+pqnpZh6cfGIBp7diuq4Uwrr244nwITP6MGWGg2bKkCYjGa443CjntS7LA/gfECSGLSwGvd3z5IUPcTriJNmOaFvkiBPAP/UHnF50MdmPd+mcT67hTDHVUmzkV7PfjX3gJQ/Nvrz/ZeBMAUvQ2Bb3sp8N1eTtwLMsR9un8bWBV3+dSKGBzP7kDnsNNXmSop6/5UDQb6qT6iWMbYZz94Z727O9KLNdSeYq4dgvVFmNSfTC/X+yhsKn2x6KyurJdS6yRAE332ttc/yImM9GMdyoFlMAOPp6ODhYIc68BDC+J0cLfCBy1wVrMwL9NbMN0IWw5MuTTlFWtJOJkg5lm9h/yDEeNBWXHkYV33C7eiagfqcEVGzNBpjxDnjOlYLlmFJ3Q4bBI+rSUBrvBQgeXco+Be6YfQamoMaT/rbTWN513r597a8PH4RVEj4L+d2YjFwkO1hiyqCtHNCXdziF0xzKfB+BxhXWnl/d61UDwb5fqvmgA7XCleKtYa6pECT+hZaf8kv0o6SrG2NU8tfYqtwCc10SERjdjiNA2r3m7PCvPpxgZI5Jnr2c9DAPAKNTa3He1VpJcIwFiFiWYTqaYfrRq3aqXVc/NHz1E1YPPFwuxVQC8ZNvDYXQ1BmxPpbOZncu4x1ToHNRtLJbI+BmqGzcU2w4XjuC0GSPrIyKBH8Ag0AEF/k7o04zsZO/NZzuAistiVCwkXZ+NHvPnCBN4OeV3bAE7YErJz/PvcQJ57cpzYgYPHwhf/be5NLXHPmanTte1chxuQRiGFmiST0/BB22Y3Kv3B5nQc57yifkqp48Yr7Skv8U9BV9PtnIhxxiE8+Bxd2g9XwEWP1Q18F+D7dP95ttIO/jXct7w4MnBMkgV+zo0DZRtJWpzSvOD8NMRKKUK11vauKRxgiKEZfbxdJmsKbpM408gLgYW7RtBHonX28mztYU7cSEf2z88mTedwcNqsEjZriMB6OD1rprFUaR+pQk8/xfvh+5h5cZ3MW23svx2+Hp8ej02Pu+0RWmFHvcfuc/p2jlfuU8cZ2nn/lY7kT9+dFVhQWF4xySrQaFcDVLxQotQuHGrvUPXMHsyzfdkNT4egvDOYKCB2CGOV4xkuDkYhIMKM6Iwh55H0iqSkD8cHt240YQLRgMbo7yoXWWwvJ+6QXwZF7dvp9rYqTTQjqfPHKG/Nj78HQM1FxVkhngGj26pxc8aEtXbxBOY13fLTpZGsbKtEeHf+QFTighzjszNLLhZurlJ9Eux37/l37aUv7D652DkiIbrhodTp/RSeHtpfHyZTO4eWDN1qKMKj0eyk1Q167QIMX7b6kXGdIY3I7YPIq3XNi+FRfVM5RoYUHv169nrXkqhvQygq8fjV9MmsRvOfJOfMwvCDmMFcjBpjX3er1cKM5eedfqhxQ6TP2fjjM66MgasUuFIicQ6Ui7pwgDaW+k2YNJapD4kyTn8PW9hAm1a7m4DcR2q7xMy/rh/QHS5Q8IMsjT9USe/4squpRhfQl7HtpTRqxlrAMZ8Mea/pzFG32btg9h8Rp2J91JBNSeDWkllABzcIzhzGciGWWg4UcyHe98i+7liRvpuwnrRM9YHHIcvr1J/kXWMdw1zDcZsheW/uQQOb9DwZ0yKBaQiowdnsZJwrsmWsYgXBe6i2LkcMYRmlXcWKXcY1+noQHzeiPm2RnSvrJgVQr2e85Dvb8+B43uoF+4iURs5MbORcks2wxJZvCJK2PH6/xQeb8tYVe9wiwWFWkjV1Tx74ZfUTNufFfSpHY3/iyqNFW1T8sqjO0TevCzu2GfFwBo5ymqca16wjEnlu76aSWpDGxDK6whFZsXI3otVWqW/EOWetYJlRHeK/EdXvBtitXNeHB8tSYMbSvHQMqWUQ5PN/p2UwDqLRVWJPVojr3dtNXU+IVAohKR8+zIYcYTNQFQs622/+mklLi1NWHZkMHs778QqFc1ZWqcYhi2BTeK3fRARYNOmK5zwAGml+MS0NRr10mmyXwbwa1GZTqJ77wkCR5H2ehmJUxDCqj5spTh81MsLNoUVqCi/m5ao+2ykrEnHG6i16SbMQIy4pKwWlzO0qz3mghGabpGuHs6J1w1hMHR6BaBnKH3oYKLYZNmt0RRrT+2C8tCqFHlTKiD90gdjIVpTf9EjODN5OKjeDAW8HlU78jEBkmEJlvlh+Es6X2v7IHUNPVId3NZY7xWUquJG2J68qDyWDezCNfYcnv/yfhUceVKEV5vZehHENgVq9RZ1AeBWWR3WbgWq004V6QPhKf9k0OYBPZ2Lv5Ip+8lQnuNWWHlJq9hJ3VX41O+jS2byEoYC3B81LldpcLDSkOj5tZkNzGAOpuDeqNw6falfyS0VT8PJQQhaxe4MUJIchOdV9tM2jx7umkoY5ObbBmTtCBTND2iZJPBM+eVvn4eOMcnQk+1hx+UiSmYqbC/xCjF8+026EDH2IqUe2s3eUviyNe3l6tTC3oOOdXykycjV7Hz12cYuCFo84qhSzMaYboxgz98TXZqEAgmEc3bl5WZGpne/wdDwc7E4uJbcp2ZhG84yMvziHwWnJRdLML20i7AB3aSA0FMTn0KrKk7OcaFktUoqbHGWZazPHg5sUoXoze5NlHeXMnXTWJ/HjmcjK+fw//OKrvsN09LKLwZEPP2WNTed9EGsklb8mZPb6hBPQDlKCbeewgtkSFlT/AsGio6CXlOK5qtq9s8Bl5BwaSmCmc7AtymyRq3HFtsgl4cTDd7Wu0hbZEluCTdtjW2yPK7MVtsKzZltsgytzBfCgJtLW2BLb49mBkafT1tgaV29bLPEU43fVtsPlgAUGbDtsiSuABabR1tgiW2FbbJnLq+8piXUZalloC1CoSdEO9UVr6hEn7NTmAQE/amj8a1kJeVt9RVes/72u9Tikb1JJvW+qHzmcFypNDuWTmpTZBySpzYnyf+aeDuJ8Een9/gGYESdQ5ad6vXj6t0slNf373UwTBc38Bt4tm3tGPkIdNeJAusOX1PSBDPc9Pq5T5hFu7vcyRdx+wn7G4V/B6HMaUCCKx5vc729LukzY4wOfysPtqz2bxOFUG5kDGuIQdQuiZe5QybY5rWFKQwLi3x83jsKiEVb7BYR7aEvqi9IwXWga6QpbA9tjbmEqmNNI3b2TPcCSefIxcc//CfjA5Oqi66te2LlGYA/d8GOtGOoTQC2WSe4QZqXLJXBUaMWJuhpUNSChQJDHgksYUBxC4cLzGJksfGgFjN/p0MNCjkuMPN+hH/tsqUdE4OXLhgt+Cwm96LjFzApr43oA8RiAZys7e7jjO7Fm+PRqWH0pgLICQLGayKA2ioXYyeA2+paFwTFEMY6VduSnNQTyC7lRHE63ztmiXB1ktw6/eM2UCCfSRLIHMYbJJHpmY8ChO8Zd/HMf1pCp+LOJ9vLxHQhIun1hY/Di2BWrmihxutebGTHmdh4PDldMISSUzY+FtRNjwKIJmR2gXUqeUof7gu1UJAwfg3I/2KcSsQX6WLyDRKET1+3py9dlavi+YXoFWktz4EiRrM02wPGytc7YsdInu6cTWLDPjsxi4cUMEXs9+/uVFnRWvv1GsyWX33NRLAAeR4IGqHQkMQtbTCio2BXjtCXZMpsGPNWsrPH8Nj7nA7NjKUxpJQhuOoAUNQaOVwULevJjfNqhLzNbBn7c20BYea/cmw20p54B5Cv+YkdcytcGlKZeUehgH/02zTFmY0UG9BRapvJy79iCpG9/nR0/gSGpaNNunP0qgT+510oqPT08zADLDV6AnSmdRhOMgcgEYxmjucHZORQK9IXrFm8YgNgQrCG9lJDOrbLYPf3zbElxwEbMju0LSGp5c3nKCoel5BCW7nBB1EJ+x1G+DLPJxKkWvwnr7vTgsPii92il8hgjeF3ooCWjvERyoAssM8mMh2jsUuNzkKU1MCb56W/iFzwv+M0XiCCDWO60IKyf8bs8TIa3+3lPKrcbP6NFn8SoRCF363OpUawrI848tqiK/aKir3PxPR+z5uHUoPOMSkf0QXgymVP83z1uQeOkOi9+r5fsqVf1HFNa+TqopP0LRf3ZGcSF0ZQC32DeSU0X7oxUirMzPBA8LhAlT21mk5MpRS6LyItGAmxNH9L0X4wZGClih7haKshA0woP10rL6wLztDoFxsxP5/aw5u+Mwly+pIblWXFa9IUe7O/05nAaBdnJbN2o+GVtOiSr6N+XhIKL7ogSmj2Ox7hYrfGbvJGdAs3CMZQXuCiZWcjC/S6rgprg4oRvQ5KPy92ajevfl9WKRv7mHRpZNd90Rcks2Iwx9IAUHBbeyQMKkqoiHMK0lERh2cnecHncHlw8gGDpVGDjajfj8e3dPY5khL8QKbcHFCxy/HIbybjBRY6miC7ni6aqyFH4SgrWQ6RtSf5FWI+4QaiN1IHCNZGLKPyLybsotHJ2oRayYg865+L//0S1MVeZnta2d6Qe77X58bRB4vXe7RZjeXDx6AWv302mx+9lFiRlElTfQvwmyJZ1vNM8gqFLYqAsL1PMyLZ1eTFi+LsHhnfhNLIezpwEorDLEk3nz6DPEwdsnlhPGS9+aSgmgjqvLLrPWmdAeR/0A/H3GwT0xWgVou0DPWATvLBZ9OuvbuXzti0aW3Z4E4AUbuglmOBrIn05LAz1VG/aY55qcFQ/LhLa9SWnKK39iMC30MdZC/2+BVP82t8ObJ6qcqDuXmzsHnHBttVudb2f1d5Ne+qBa6vdbKGBKzEpoOtKXMEfaoIye9QAblsfeOhOdX31rswA3bAFJE3mGldrQsyFOEYBLNeLeHmFw8S1wZ75vHIsb6vQuMVWoeH2DJ5hu0xx8BDKZOVIAVHENvwbsmcU3yS1xwiE1N3QH2xHhv9gfd/+7dYqu/j2esWaelxTFoGaS6UTmW6OzHuSz59Qd97FbNYilvltUvwBt7m8/Iz64Yfku2725BG1QAsn7lY0SjhiDaTy/pUFQGutmMUtHVp/mU2JsN+XkyjgKXT0IAU9JXqZGjKhDHwe8Bo5RWE+r8OyOjS8rq816nz5XOhK1h0AyVIY18u2Tq1aZYfXYxtSI3x65ZwonXxqpwK9gbX3pYXRDRGe96Lr73BXOE+cddVHMsKckQ2GitBlhMzvOTA+TrgAlzDieSlZNL35rX42CjaOzC1yNxGzRbTMyFZ3UKFzRewq9K4HUid1b//GjlFc/ooYorBtgUATQox1onxMHQXU9ly167yhjH65Za8oLiwpSAO32AJpYqRD+1oTomOJFOsMpz/I4zR1OKgJOgVGvR6MxLnOG6OL90m/qzXAarYheohQexm0AB+TcdVkd1gX3ReJDhnBpEFeaF0ddsZ6sDF4qZhjIbeWMyZNoaR3oiz08oW/z6SLst2Vdn99oPy2fnAhTaq58vuGmLLUdkjVjAEkmAeAO8J/VwFkON8l3z8UQhiLT2eTDrQCGh2x91SQi7s1Ccmz3R+k1pQAZTUe6+ENcQnk04rEwM1Ywh064Zy2UA/ftUAI7YgcKnKDG42jhqjz18UtC1w+GaRObCcxbtp5hh0c6EFHgPYM3RJqgJmCpk0RtFvTbKhqrkdK14pSsaqKW0D0f1Pdwn9o6rQ77kQdDKWtzm0dStMsVqz6TW/5tPoFzDoW8OSfU4eA2mKtvjGV2JBbYogLdNkkCDJ/AJgXBPFMnHUUvgAwu34IY7xQw8QVVWV8INlkVDmpJAFv3c+ecRVofP2gSUECZGlmRjIuRJllsdOxd5Nd/x0vNOUsM+OaDC4P9N6KQcu5frzSnNlqAYihrhbOmKr5IgXzq7HgI2csVXtpAKs+H8G0OKU4rEcvBtgxw7sj2neSAjtHs+hosL4cPfGdkjWZJ+J51bn1xfZJtYQxSQob+2PuY3qGXhlrseEgKXQXdSzb+47T7xF6J4/S5BUem5iWXiI7g/1b/8ZNN2y66INodKpnKpV1ymOV3my/WqgdK+XC7lB/dc6S/1lTryDXvKVvhHzUYnY5utdaxTnIzXl5ztBz2YbPmGwDZ0KGorR/y2oVHLOi8b9supTCMWkGxAXpeX5xsfsJ6KOIsYNSo/q91wGUQFchOgmETJnAdw/EyYGJ/NJpgVY7FnXqP44QcSOSo7Hld6tMjUfVzgEjU/tg0nngQuKIDk0BIVoTj++ZOzCaJJUQ+kEwhxKXIThZdYEmoTfUciqvcJLMouQCVwg7zBwH5t8ND+EoFjHhHtxmUUiZHnclmPvbMsv77elRIMotn5GeJVEyJIec7qrNP4wq5LG+sm+ruLkCxAb7rVeF5vxwGLQbU6PRkcdAnrKi2nt6PRuHZzbkYrOG7IxNb6315e6hvZHy2/NOhl//F33EV6xeEU+TIhiXDY0oNiYaBQey0GcVGfS/9L/gpXMYzt0xDOVSUhG9InM631REBrK+iT4u0bagiUut/HnP9haEba2N1e/CAfw3mgNp7oTWAPiu3igb5vF7mbvNseVeHSgnbmq4Zhxg5ZLj53Fg0pTaJ1apeaeS5ycVhVRv9KxuRxF7rd965ryuMx+ZJ71ZR171oIThZWSfdqKrejlHcVjL3FUg8kDUulLhyoytI7FSYMFgkDqjiZ2faNbegMu9dDxRGCBv/f0IQAQr9bsl/Bmd7KsN0yK6osyKr9o5r+GuuusIiu9xX7xnAAIghFiucramRwEho7NuhBtte6l7Zgt7S391m2gpDms/VntxOjGLJW+zvga3UdhDXN16D3smQXVCuprDwYumzWJknlrYmwZYgCn1rYyYPbD7YVALIu69Tf2uttLJujXiGdS2cspQw8bPpTbgrKnzuNBza+BdOvX0kjJ58SDLCbeSGJS7JKDSOw9XPgQjVJSFplAYCTt4OBFt3hZo4lONPN0KBtHHGzqMwreIXyvSGsNi/FIzVDvnLXbwKPJGXVgQxQodu5qgW84pOJQSpyhBT8zvN6SGo4S6vz1vuA0tgmyHeDuwPcr6NnxVR+DfYd/4tDke40eBSC01l5T46ady1Zd+p0fmgvTcYZuUi7iR+ZV21LV5ZblqNZbPyCNaAB5GWJEoffIUUGrNH92m2pSh0UM95ZXkApYT/Jj4wJ0WCqhWDYzPPmvOvwvbb+xFbLpXlA4qQVWSm7gB4unuzFBPOt6mnn06/1x5rrkOBZ7+vKSP9MmuNnLB76qvbp50l3u79gq4gwyGBXQoGfACgbzSOD3b5il0XcXKI87Jcj05wR3X83ianojmD9pFachRcZhrF/wdv7d9RV2SuoOFFyb7sylTmcrJ+P+pIi9O9rQw8e6IpCGcl/G4XSPhXxBssJ3BouAXJmwBpWi5XlGCn6ffe3qxjR5OmIqqfpaZ0kBT+4NjwG4Qy50UN8apNjLf14JjV83MgUWJXnPKxOXJjKMq4Oo1DreON9ZE0k6MDVT70M9llDjwZjpAw/k0PkkoUkItYO9Xr9DFUN4xFDATh791mTNTWueX9qivDo99R+NRzg+JcMqGL39f8pq/wqTvhiPvKVCXqF0H0uHslMLVbv/diJ0S/VwzD3pdbGEwW96CRs/0rmlOf0xbXpN7Ol1QmFNgptCyoUsxcVlcpKV7wlN9CYMI2t1ftNn7J8hPyfSAo85MjxJoGpZkOtCzydU2kolsaimrrJOmi/biZ2EkAiwS6M2lfbj69RKqOqgPHnz1Qt7ZFNEKbnDd1PljoGg5iwZQn1SvZxghF2SOrGyGWYdBHK5phQWiWQbak+B448CSoRHnFAP+GWyLBOMOmRtq6YLjVW5S0iWZTy3sudCRalZuzO+/jzCAivXLVoGgfa9fVUNCH88FNnl3qsLT0qZPka/uBOhdJQSbuq/MXsuodncA2qB7+6UDeOEVm3tTa+8c49+b0v30kt18CIdjDiC/4vC2KgtyyrFdrfmL04FwNq6YsWYKPF8K85gpRflIXTgdMdT6lT4R+kQbXrneydczB2JymipYld9vzVTEqdUe8qQVibngxu+5yuM60tJ75cMMNMkeOfDmlvCShL7oH7NXpTX6PddVOcqD+8hkqoxgSmO7Ei1YGab1tGdnso3D9tmfHd7pR8ZUpVZlRRH1VixD6iA3culRqR+CRSz3vqlPhRVJ08UwmEdW45Vy7NmMBZeyGkQkOg2AifswuyE8K189uW2XJoiq1mV3TXoEJHjUTlEFKceJcX81nRoxZafiQMl5DbRwlAcSEewXgRZCrGd9tkiJpgi0ju2L+ExHQ8NkWJlz4Dg8DhaQERGtt3VM5QQatTrQbiNTRdb30zMAWJSc8OLxHVLTTJfAellj1l89q7f2irkqs5k+lU9oIFLDd4TSxc07s+/SRAKJZ/Wqpp81X1QEaiVGe6jb+Sjc26ckMn1VhOlSTail6HPyt3qANKUAl3OBCouDFmkdeh/mzonUJ23UVNM2YSTfhG2Opm1EhF4b5SxM6H+VQc8hU+1tHgJYjBK8f40DY25G2GJxf7LII4XRhM+I1ofK/GDeIV7O9Mjj+BPpUAGz3wYnHFuWOQvx2JKErv6GD2x1QJhyiNvUXsAnTI71ly91VY0OdD0DQY0IVqgcICiJHsGer9ATCxqhvvcNdsEuXi+7GjnFkyFKm/i2FGgvNNEJ3IFhpVKjk02KTVTvD5gaq58jsUMHUtvrURyl9jMgScio4JRRX2W4eGs6bLO1qn6RdFgfmF9Bj4XieQRcUk67cfVQ/as30zgzia2GyCH+kMBLAkgiPKzwKiDXbOOP13jw9/VVj/3iDXIih5q20pf9j+u5uA8EGwcNFOB7z84dQaPZA8HlUvpAcNk5+02A7mo9GxpEIBkvDUW4IYxXObFg14S3vivUssIo6nWxG3XCJ2WyRFzPBS7kEiokK2koE7FXRA2+7FyoIzBShjFwGmhPtbcHboMtcPC+rctIgBbBPjYE0OaLo8asypjKioZm4bdtMkxlvOfZ4enJyIecd3rtmnacY72qpS3rkBUSMwxdr47Qzs4irX1xdRRMBo0Sawr1D+ZVEry9En8wPvDvuSzrANikxfpLuWppytJMBIvTnAIScnIOopFcYd2bhs1AvULQref/FQZmhOD9ddJTVAOmSGB2nSEzWiE03wjVSIKfMaDzV1lMV4j3/IWt2jHYIS9WH5ghE8o33UhTCFLBw9JtCTT8xuACamTEts8ctcbbSah83l1nNBNsHdXztBsYjPeRRoG1lHZ3IMemaz3t087u8G29Ckgjjef3t4cPIfg9XRV7M1XkWu2GMNsrxSBaJ/1gzDW/8+jEEROxiBo+BWSFN3AEHQCGJfTYCIxkW2LAuxc0rV6JgZ7V+vCOfDQswK3SWYfRpMnXCwAGfZiNLNwYrjnTgweXT9ynnHqSZZR9HsCUNr/Stqb7o9pPwGGjtA/rKKe/Y43q9OFQw5lwm3e9g6QdS0tyvZj66kLMOsCoX1WED6th+xqEvDZG+sDxDa82BfsZ5pYfbZIR6soeIc5Mdbu4BgGcBnKwzgXP834OUnUTHl/Ku4qMi0u1wCafinvjkbklQUBbjbxkP11OkhWIFqMFoljx+gYXyeqrgd3AN+JP+jq5z26OR5iJ+uQZEdgkpBT04z07fbC9RiQyauDer0YAFQ/5Glxuq3jeaz4XtVEWtYfwRQNwEU7DLmlWPjMJzl+FEpfqqqvx3CTjOQ5e3HDXveI+A48R4d80AXaReD36i+zsQkTiYfvi7FhmKyH+awxRSQZk6JQk0xW+WMe+iuHtyqGsJITwO+6GUOlR8PT27aSfP+ceYXj1oKk3Dr9sro/CzBOjziGOIwlbNmirZ488s/3n3BN9356A971ZaAva6HoFIaVX3O0vc6a/gvQvFVjzv0V9PMvfrWMZ3k4/ucVIouQWn4f/k7k8YrLOq+fkRADWlUrJ5TwnWqZp+09deEDPMBsMGd1sT2iTdFc2UFk0BymL61z46VUA4aZXTLhk41PO9/DtF96Eo48xR2ELAGlFPpOg4wsliJ5jVt7yyys/0K9VYYPnarnFdRxrGh/BeHeErqasiyZAF3zqgyNYkl1J4pXaRPY0jHK2r4a+HXrPaid8Km0eLQFQY6yZwA0M3g46Zw3ms6GsmqPbXIbXzDNocQwgrc9oISnV2qGIOk2CgQVerS2pQOX/e1BpT7ypb0EH+NYVxNyIEvJFyQPrkoYyTP+MazFblzjnrAFspg3sZFk+JOQxiFt5ObMxCR72YQ/JoF4Vy1guBOZrf8JHTN3HJLh6s+2ViibgMOetOkUiFSJO3oRKbwq9k9xwNYXb7qEAc1dcTh9Hkt2pwxhMYq8zsMK4ttrsPtwgCLZcqrKoh4Vk1sqW8uGCQFgspZj3J07I0Ycv+4uVlZ+bBFy+NLNYpo4KH1etFYJqNhuRWRx9Lb/UQBx3oAx2Gl5VEgkI2LmEQsBpg9V3JrLlxMU5CKRM45RHr51mFghgxcWfiGZnozxPnCUl7RkxCj7bxTDJvOcaD8jxKqBHm66npFRT5OBkscLVrFOWV2ewhU9OCUX7QV40beRtce7gSG18Zuha7ITT49K1rX9ktjNs/PoUBF3da5WYrw2D3sYXk3YccD6aTDrrtNjUxofH5IbG/HBA6jLcePfZnmV9vZMFlbCaKnD05xsazF/eSH8UnzCrJMZ1NqviwmY3OufwtgogBVdV7bMLziOfMe3ezz5l5rxijfDcseMt/+egNGc+xUr0p6UNKrfv62PGtHxbgQFURISWPk6NEHJQ3ISeXYv031Pu/Bry9tQPtwFvz6dxG/D2NMNtGHT/EJ7OY6DDH00fUuraCPCfUSt+9f4IyJ7XYhnNa4Uo1f2XEYR+dNVLr9+EPTIWtPYcLL42nRB8v/KH0xzlR7gpS6pZiEBIOhsSziasklQnQ+xFLP8UlZtZc95FXk/hoHRzJmAOsIMS97hEn9MBTkcMWYQDc9eKTJHsQcOGFRGvfQXyouE6xUD2F3meXYdUJ5yVHM9xKeeZKE7VjMHYOnH4HkaBkSrD6pBZVq8dTTyhfo1SlImL04eYjYVgzb8R3zBagxwd5pxuZxJ+o4J9n6QffnU4D3QZ64RLg694zOfS+XEiztWShxisugu9zhxu/ojVHcK2fcVXmIshsP3eTWSGGfv33C0nFIgZyOOSgf9+fdQiERZXdpaGTEdLW9RDS0Wor3Jph/ukJqAiEuc5OZFGjnOKBcpNzNWUSpkzoWxTUy12bmO8plgU3S840uHZ08+zDzpueLkIvRFpCdqI3Md+a9kMzG0R38e26cCGdtWUEO4SsB1u+clyxZ0cRgROSRt2tsUptBJ6/u4zXEkQgzgoKm0b82rny9dIebUuVqtwWzqsewNvw8S8RwyTrCNT0RqIdZgLPjI6EAr0HSogTkxFjjfDNk1IDwo4BRqLD0+9VLWvfiJFK/O9fop7ZnXH68Vy0hl0Fgy8x/HlTq3M7AGb5g7GCks1PAqy4yiSxBCeCcmX/F9svZbyvEzzVRLKoKZG5j6CMjAzsP/JOROygANjGYP3m7oJU+WcPBhixCh4B9tEDlia1HkcR9ZB+Y8QwMFyDp91KmtS4m8q5ikATym1nGjLaaDyT/rGFheSmmq7co+eTJWpxoq5cJb3ChSzSfWIOqJdEqXGfodRM/jXP1ZM0wufwJ0BTI2zvwvx4qWAphPIZtjnz1v0rLP42y6v8pJZVPjUHSseMDn9HE41PaPusPvY8+rb9Qw1+PVd91eWge98rjs7d65nuv9Q65eOO/TOVDmFq/sZFyBdaAUmNLgTpvXhO1tFmKSdh5pZOw9Ogif+bQfQNuyipGeRxFnbICwOsZR8lOC8+01UCJVSM0kt8RVPJFckADtoe6ulbdJKgNrxSr2eHfZuovPYrjUGz0whNMH/uOzXAVdks4kS2EIK5930DOJLZBt2M777UKrQ2pHaOcMG1RpVYfGK7sB5xEhVGal43KMXNq20SPW6qW3o1UfAdukzFbJ5G7+kvSHrPE4tqjzL0RG/ZPHzO4APpd83Ody3TiT+ueJK0QgMXYG7/QAjdWURyHj/HaKZG56p4oGeCrAkwvIeq+THV+0yKfw1z7+GiY0lYyTDgwLywLFVzDB9p7JJJsbJbn9mXTe8JVU++HF4JTDKYwoC+jnEGP0WipltoqCd9cpLTyc1DfEzdzzChGSGOltpTA1qQgkeBiVTSg9P6j6lu96nk/GLf32K08mGTY3yExl3jUEjsQ+AYq42lHCvChd3spCHK6y5OsPIUaWBaou30U3LC6RfMimuplMW3MtVQSnMGvIoBiPDHQvfOeQ3/cyAz4FYRKhn/GWgi5qQuao/NFreZtTo5SF95EnHT6xzhPdKnUzo97Y+EJdOQpc/WjKZfKZGPWyJPPa3JUqnkOgbXUnyFipbN54/Hi99MW3hvmwDvpxIeW6bxToLR37iMKKWZ1tsCu6eOXQVusocOXAYsvCTY5p7VYuP96D1QR4+AKoDW/HWYrWY8vkfLCvJUIvVOo7pTA8ly3H5VqG/+jvyVoFMKmZowacTA6aUYidJah6oA4sawUlQuwQEzvrCiQKY7AOjVaqfjpw1csBj/PC2YBlF80jVDwzI+Cif5ZEf2F/mHwPo/zeByajA+Lxq8R0MVcRDvqAlYrZOEl6YBdd14pZFsaLpeI0oZxdb1yssAhEPvPtrcFd5uheNIo+oGEWOkgdKaDd6BZKvkHpa7n8q6JMWfPQUc//Lt2a37rvi1CbDoCLtwEycVqRvfqWQEZUIfPJ+SBB6SWLoTD+0Kgv5cFcv4eJ0tYN2CEIKlQGwgXBU9mGDqOmu+0HPqvpsEJ07xljc7MUwXoqz0LqS3uW5qYRH30PnmNpbPyUi8j9nynJMjA5lltIOmuYn3IsSlRO2Zp3CdN6fL6D40S1poTsSt6PDubLDO4zv0dBHUAv3X4CFq3O5KE3bXafHOsV7eK0Q0IdggKpeaM8IdXuZ7g/HBT/EWapOl3jGuzVHQ2/VOyhQxgJoBua8UMexCEBG+I/x4hcjvji03L+hQ+Qyx1DR5ea8R7u/GIh77eb08vkZkRJD+HiWv+ZZ8BKtqU6d9O7Re8bhdTQVi9780nzi0B7kUrhiEPNQD0/RrpiAgq4RzRzJ1o1E+EiRnf7TLW7N0a6EdGy6zhnwVSpNkURWXJUpcfl1WttSrNkeQWTtWZmoNadBjOcajD/U347qwFEY93K7EcywdD/rnX19Vs19YcUPNg5K83nuBexTUgChnd2WGqrAT54kXVRgG0VtOEx6X9gNQ6z6/gJbVRXLGUVDO1zIttiYc19S+yrb67LvLT8vqGRpFzI/t8hskcsIRxhXLcG+ZiLSaRuemuJ9/2w2DOxLmZQR8gEXsXp+tzcvfQ8crnFOjreRt05cPa2obta/QT6uQnpRaU1TA+bc2twVIUOABKzRUY/uhr8PY5VFvH9z7SLGwr3V1SisCEPagKLN52T0m8Jg8NcAzJisS8sw5PnkABTUhMwAqYdbFkbG0IEUcGMfihScvCt+XcPAoxHq8XlNbEIT56K+36shFw4UwLTcZ22UegDigjLA+7hAd1RV2HfaXell/rmXAf5zV1JpkXtZRVCBAJxba93/lZew7yYjNBWycpEDCmA5WbIAn9DKvJsAmK8glbGbcCHXHlc7Kin36g1IvOwJqcM/Qb3RFtmuWl8XC/dT1hCv7t8lT5+2PiFayCJF1CZOHZYld2zn/NXWLJp5L9w5IRr1zokNULvT89q8+fpLwBG6nhfyepLVubHqZU2RUgNzGEcS9TArFNuqYza3n2+pmdneqH6o40L9g8o0oCxDHeHGONiXaoCim5vr1/j77mzeL/IMWg7X3jsC3w1dwtfuEMSZToE+HTvfTEXdF6WIbiqauBhFkvvnWP+ELZglZJ8T+KsWgEvMMXiFvHYtgkHQy508Om2lrnDGEJNR/OrgoLzsfHxzoNrLUV/cvLOV3SyfZMrwuaqmiZ2lGdRmO/dnoJFn6AKYk7LpaIUuS3BgqHPQ4EmHlwxlIHUpH3QK/jFFl46fz26qhpURkGWG7gCLUCd0daJWrpHcGlprzWSYFid4TaNekfl+m7afrskMMjf2LA00aoAAA36k00w+RrepHc1J9vjsbxJGruOYqcuX9zFG+QCJM/XD0ZWLNc59EaM7JsaeSa3jU0RcDLIyZ/nISPL0f3OU23nSvD1aHZwEY86x5B9H7uEPRuQ1xtc4mqVVj0gCLmV4OgPVkWhXhtSVaBXqwZIrmIHR7rN6gvCek/GIGJqX8rqfGSlQKxv61Pz5Q/pQckR7hRoeZZOzWHkK4auFmq8HzFIjsNGpPaIjLn/dcT9DxfLSKiETk7ezGVRnIl7bnEw5PVPuEy5P1ngZS/dxEgZ1HpHPTnIK2Y+tSO4Yo2E1LljrLNn1COjF7lklMBwAjzQjki3k8heHa+L8XMEk3KmebmCzefQKEd2w5Jh3AI8CzhIoPysR4k9qmas36RND1HG6YQg7EbpXm1mNFme8mMcv3vC5Zcuqp23Jqxs70lNKxLQy1martFCvbn9SuasiX7mOF3uameZJc29lVXu6zAM90zqeBtYXyq/0oovMOeGz6xz3rSao74z3rgfJ6z35HaJH+4bpT+qJo44993qXFXFiGffrDYOF9f6A2otP9GojHYWw2zjzhK/I1lXo62cpA2O+GpgWpm7WMqrDvqI4BuNGuXS1AXgOVEZ+bjsVOoChDHdaM/zkjvvLyw6Q/c+RGDpDqS7Ob78cEaM/vyvasF+wad7emtPssdaKj+VO/UWo+6D2edsRg35LREZVCizxWMzRbOFJ/o8+xHgIOjL1NIqjTlpvubL5ZEXQpnDIj5bACBszdaUnVYEqoZ0hVUbGc7l8nyt1tFDM3UL7J8hmShnmmR12J4aMUPuwn7e5mhB/3P5bv4LHrAaEtLkRw82GYJQZ09nadkZCPF1+Ass55EJ63FedHR93XJ0bmlv/jbaMtU3R6jG5X86RF6aviaNeqHplZHN0SZ9g1iz+JBYgitLmgdlKC2hTN+rUZGFhPl4V7QAaAdO6w76wsrTm9JzUfFmdwKKebkDHeavSNZU0ERrMv1K/LMWnVnNvT/SENOMkd6DtkX6Cw6OSkbyNkUhpaZ3fzOT/8wu68X2299SVoQyaRU41AjyyHWcZOgX1UWL5dLOVJURncb/xGkEIQmMgvP578h4Hrv+BSRkAeszMz2M892sNrKbP3nylc6SbTw+XMCna7EI2iHX7iHlNWrTiglxx2sFcggDx0T3hDjwVS7VRepeLL8EM+pVt7/80XUhFTvNmZl67+cLgmY1HL4GSccwBZjMS1F2sdt49CkM2tV9L7y2elFkxrJ/jpQxDvsaX2fhgjYS4gONYsrT7zK6W75lSz7y9InaosOlFwJldoYI2bDFJF6I7X26JK0e9nPJqxbI6STPMY0lHU8LrNasZsvD9nO5SaQOFznTUnC6iUQ9qchUWPdDAqvsDjySEokQQV/07B7UZ0urkIsQaLmQTprKyAJcwQJarLFxBE5UJsp9r1pfA9goVYGoA7jkZn3LNz2bwj4XARxSIf9ARmhatVXQkABwY9CAZdmTR0SOfqzF8Sw2bjtgbuESu2l7TrheP4Sk/XYbjDSI7ZIi1xHOLVjCn3t6XMZgB0CJIbbcsnkMPjh04HMVcZhcVUDtkYXXKs5+yXc0JRkQ0OdZE/IVXfYYT1FvLsqOILqlKhK2oblNWatp/UZ31gEL3VeJv/DNVHGoL54czZsorJwBNEkkLTb2uwmQKfPPg7aNY4zwUXmd5x1xh8lRoyBcbwG7qr7pZJXfNi9x0HksCeqcDi8aB7JClMh5OzH1l/kwQHGc0Vws/dKw8XMxcRmC9/AzNNkDgCXxQmKhhB9bdMO1a976ELJmQ4kewJKspccC9Q252yPxcz15lhOwjUmfsC1aTRuwwfZopmDfXObup4rmSqz3D88eHfOlu9su9EXkIvtYak4sanRmZJ/te92ypl7KI8ZMb601b35FuP+PO+eY2TsPt8SUTAZv3Dm2KizebGNbiwDr2wh9KarYtpO3hzIzw77HwhbeO4xdVsyXDzJV5JjV2PdGYQw0/6tmjZ/9x9YLgfhVwBNmpISVsMqN8E+CJYniihG3rorxjdyxnXHp8tQlVJ7HYkelgJ89ICIbdzpb1AFzrntn3Hw6j+3VYdHh7usVEWm6O0t3WkVLb3pfL9Oo/9rAhbAWYOTT2bUsPw+O1dymT+L36JwpEhdkNSmVEN0aLiaDAK+i3GeiF8UyNCoS7wuv9Aynowm193cKEoP5WGIZpDM1sFLGrwK4gJI5NHL3UTZaDE7vpvm+gKvsc+znQEGXTieLEo03LAG1oekClqIn9kceSfsBBfTr+an3ot2zVevIGRs4G7QRx+KmbcTLeYm0Lw2uHiTJVP8IzhDV24MG7ZbWBivR9qYP9SrDfcTlHTy95sq+AYnkMwtn9OreSMlKnRqHQ4q0eFCNbI0Enkvu6REFQKq5o13R4FXWdrqjyq3XMpBuJjqETt/ZRt3FRQ69N2z11DvGyAnQIQQO1KzOZGCOz/RBUYUeOJfV7bsIFYS2sVec5ELThMDK6jlYEfMWxJ8mJXRHGRiVtVysE5d3CHl3hVq5AhyF1Rt5IGUqsYUiRN2M8LNlteZeesT5/73FgU2YEHKRKNdxtsx8WNjMnetmBTT22ulC4l1dU7HFCSSOGz4BxYo3CHptqLFOeSMm8cyTPggWQ+ds9L17KbMO7mciFJZqTjdapR4qxzNM8TbU9M+vSFeZaOK+zt7vPYoJjrPp/lyJiTFreD0aH0CGiosTLOKg9FG/GbJF0vkB43iH79fKL5CHp2RVoG43vsUksl4sEs9jCnWshRzxACFYb9rPknPZoOGTscjsCqHq3h13jLOa+yEz1BxZaMXKnmcrTVdvLtnSwG9hh+fvM1WNbJZow0jSS7gKC2OPHSPa9DFoTfYJlN9XRS5QzSKNmp2TPdG1DxtlHtF8GDU0eyBQjI2/0FYuuY19IxQt4f2XzsUunLO8y5rQfdksqnTXps12pMx9RRCPQ2If3tTU/rbGvZHOm9aXnmY7W2KtuZfnRZtmqk6JWO2zpvmqW4kMtKyUGytiG5tkV4AQXa9L+cmHkoj+4PA6Kp+v1+8Zq7pC4KD1vQyhwR2JbjIolg8o4Kq1DjqBqa3cCzc3E1cjaG40j4im7zs1rhuY27l9ZUgvvoSOJo/1gbGy1qVj9V5I3bT/5ddY4nvmg+pDUpRJOqCY87pPrkpjEuTczG75aqQVzZq4qUkYhi5Njv8OxX4rYqXtYjJaMUj06fSHKJx/xQWTpuQxwYb4rwVzlgG2Z49NYaORYfpFH7LTF8MZ6AbJDbOJgGoVaPuCSr+ajlcL5ZTtwWCORU4g62smLQCkuWShD8Bea5cLoS2a4eBk+O0/gpIK+SjJCk9oY3XOQTuOiGP8btAQ+KwxgnFg6vDzFUgqKLI0uhVlnBgdxVp7JMfklo2NBs213aOQloQfDrSRj6H2KHA2aemprgrhvX26aKwe+PwpcHOH/K0LCPb9X/cd4IgY0/sx9eWx5X0HJMpjSst/w2z483LGZ/eYsQWGH0EMxgfxME+DyVg9WkAmsnmxBt//gn/9b37EdY6Wz031dOSkofdc656couCt+iPUYJ6zC/kSwyi9aPdwSxaxl/0A9FqrsEtm64ygLsIy8FJS4yD58x0EkhplBub/9YInAJuNYqC5f8iUgpQswRBHxioAMYTvXnoVpHLjaCNk0Hi8kKhV1sLKTjpghyWBZyGzDAmSeK3310YcgvCJaCRO3GhxRYyWULMah5hQ6LycPIAk8JpMFGp2BeDosLVoP1ifB9rs+JF6gIuIwDxpYCFLxzL9BAJ2ETpyP9JEoMt8sQ5Q8V7GzEJDz1R0lGBkZc5LLHZ/y5Xu11pOhgfBTizgySXfqOQfz+ubhwzEAj586rE/XuZ2KrzUv2CLQ+xxZ/WP289y3X+rfWPc+3c3T4oaGTwZ9USxMOuuioz7PY8HFDt98WCrxATuIZLuAeK2fgLu5MaXLwgU0Ymv/vpJD/EQUhMbSse5HpMQ41IS9DDUlYhU/f2+3i6mwWyWKfdEUAoWJtLjP1bFpj3dqSkVdSB1pNipTncvQ4kvuGMyPbeyi8+7qByWic+bVxOn5kuoJ32jznIYqWOWTu6RqO8o73Y66kfdqr+X5GlO2Mox+cL4goSi+BrtXGXIvVButVpv4MTlJ5zZ9lg2o3xhTcOknhA7fGsLV6gLZ7QBqvF9i3lGmswxIZNCrYNoGNwGZwmGgDK+SgyILd4m62UOBMO7H691vNHx0KlWaDVz4BvZo4l5vHvEqDMWlQdeIrlPL3t37w+uIElV21A5SWERqe3hYG7cDrawMZATypZh5KcCWPR8=",
"node-DEbt5iW4.cjs": "G90GAOR/3XImy/TrgUJSsxOb6hJ4kMMTms+J+X2HpglYWGOW92d2Ulqn2IZK20nrGLC8gJ02PcBzOBPxeinvXjAVg5G5AyFMUbZfZKUKGkDN+dWGRhMWxCpkDeUlsfpg7oNYVhtAAVYJrVYD8Glqg0x+/lzJCTwYPZ3RxcoVErb47AugwoX8CjGBS/s7/3Wd/ZIAezmkCgOApSfqWs5ABDArIp9xilIsjlASun9JW1DL/VF/0EY8jDHZ0YygIXAtdtYACl++JPsiUUlP0oYsxljk/nKHpI9cbwYEAqfIije02rVX9iU5s3ZTukyJMBmpHBr5PvbkkKXrxz973buj/+e3/JmFGa7bl6SQNSgdSTFEaIBhwNNzAZSOYB2zTIhaD55vKT25sC8S5ZN+hgOTQW1AQGn0YWhmVa2hUV5FaVHU9DE6QHwU7g2IcRpRJRgXpffG2l0mNkKXtYEtLlwz6XJtx75WfonWeFSrkRHX3fgMLJNwbkBAacSe08ZnRgsJ9wbEOKYa5xsJljJj/INA7Hv9I8hZpaqStwNVJ0ZXaegF6S5GeXuf7R+xPTHXUfuInbBTTpfHyxPcwybsFCszJNxxUsA9rSRwU4rL8tGE3E/c1cpg1rkZ+o5BvvGPXqoQqMQiVXUnlmHc9VO0mWAzBpqIwMd93zjqJ8NGcRJUCGkNuxr4zDDB9V1A3YloeRQm1z4SB+akN+JwqAxjaGbZjJQTmbjnRTOwpT7CVonDg2XKTSJrrAHcgbYQ4x7+XghweCFj9EKnKOiCWEMvWXyWDLHMcF3wZ46sCmtNqugaIyOxyaGm+LpxOmTgg3XTouuhx6tUo1L6rWWXWC+l8xfxoN1MQ1SMrAA=",
"ops-op-BN_SLfHH-zF_ODHcs.cjs": "G7gBAIzDdGs8H4U4UYO5H/dX3pUk7q0fiPQhpwLIzrrjy0Hth7YHrbW1XeilZUHkASYYUtTSbV4enUHJcOqgq474ZnIpE5mp9+kPKcv2qKWpOffnRymPoyhXNx6OqV01wIj/4JVmXpax/gdO9aqdoZPCLidUoH027JU/ILMX4h6vNG1LuSsZVQmpnWkyAJlYNRVxBVvHJTWEVzyfBPdi2XhxoZ4ncbcDQ/WK3bqB2e6UQa0Rs1LjBuuLyLK9QeT74Xp7gsHY7ax52CmvdqcPoc4aQaafaDFFxQrCKpj8kJKADLiBWR6TCEM=",
"peek-op-DJ4q5BqR-CMsG-umR.cjs": "GzYIQBwHuYn1jiltU2J9rK7l7B0+r+0pZMJSM07UiFmd5LwUQNINTs7/HFNbQOvqdIVq3+tP7vKTdogKgAtkK9TOA6rd3CZkhZtzs4pUxO1AUds8lQ8T87zkAaoRVP6qZNQ8VX0faq92eHZWXP+ABKXm+egm8ChdGufwFP8e3k6d1ig+ukYvXSyxgXwgDEEV/e1q7zouLh9PHnNAuCRP8ffgu9Xm7uXNi5M21U4VZAXKP9Zet9Z+ZrA4T/HLfKenD3qTm+3FjBDL6B0GRIEo9FPFI3Q8F56vEH6y0GIaBBmfxPdOmrPWzuwGR+mCCNMkJmy/H9DoxPs1MjKl+Bj4LvrAT4irV+I1vbCq+ToD5yC5QX8wksac0sehCsO9kkrHmpPsHYs1YmMfiojW6nDinWXeQGIKVehjXoypp7+sztGCwS8xYJ4uQTpuYunMB1NKl/HiWbueC/jD4pniCir7VAlSSlh6qjvmIuOIbloeHWqBPFtW5S4ACs7v02OaWc+WAi0d+2yQif6+wQ48UPbV9QT+SyFSdHY3NEc1PgaYD60dCWQghgbV8Yau+f7ZM0bpzPtLi2BppvqX1NovufEz/XRMW9okJX8WZq7/tbzh3UOyYG3gpv8+FAmkBnNBtNGgG/z7c5QLVVMVKS9OfVK9Ca/v0P8aY/WdGMZ/X6yaW5TBajahSaISYnoPUfYlhfwMmJFeYwB3w8xQXRKCkwW1Maqm2+PImVKLxbpLwwd3znUMvXBqtSOrg+tyie95pJZsVuNdpf91YWeyAd/8ZVX4/wH8dbBc9BNPk4DEJ9/sBZto0KMX9KmGcbTmiabQy//VD847mg1q23YUkWTNQX0yZAnl4EAIaV0f1CeEkg0HkoNUD4HlP6l3Tbw/oBkDuQGvmYXv/tfs/Z0xAr377wHOBPx5IG/edMe8GIOE46EB",
"promote-node-DlsAvMl0-DlB8n95O.cjs": "GxQKALwOdywF/D+TFXEhIBpZ4UJjJmaV7dx9cJ+XXd9Jf0vbnzeX0zM2cOBlV3scLK38Bil8lxRCmvZUSXhJF6GnToEZawMbcORRyQByKqSwJEiPT4MokPBMsjS3/FKLayOnKTlJlKTUZDFVdistz+9/v1bx3mlt/525b0UcMZ01JIonIqeTiJzuschjTHe/RhxFtPbZIO68lE1RPr5ojbEgEHbepSCGL69Cd1Cu1yuYj8GL7oAEYE0Jm5sCfJI0Yzq/bfUbXF29f5D/MCTBQX9rQ0Qy+RZoVpF+539Z51HjqJ3IwVgYbNZUb/ZU38uUf0Q+dgoTWFl6ocDl2T0Kyr6O+oWqQQ9mKEc9BYGwq96VAo7B9bOTL5QqvWBbN0CYslDrO+kj6flGIOgU+um3/KMn7nhhSWX+W+S+ROPe5nznYvHbh/wWy1ofVKdUqYjUsLDUj3+RO+VxFXINBGwKOciHeIKvBV6CT/wwgn0sksoi/nq5u+dO31ceswc1wEf4UZ62d+VOV7FCMwTPlqT5cF21oh5FSK7FGpyAHgp9CLxl5WCybboFBYiB9dsQNNoVvGhuClLTdoEpUI5+sFe02z8vhs5a77k5z5PxsxHAplL4pPGpCMzCPO+MbpgtA1FmbY+NbKIVqOna8MaGou1pU9bGPEDq+KgqVh5Y1ljfXE7OtqDK31oF4w+nm4aIFM/FQqegpkoky7zhU97jB9GWZ//E8dUJUhG8VTIHGuxbVIgo/Iq8krZbAkllTagmhncea6H6T1mRwlogRnrrwzOB6dNFSDt9T56NnHJU07vXxihC6CvKuZ4DvzfhQY6XWp8FXfq4OJPQm32vv/MZqMquIpX3qb0xeZYFsRzbl8PA9LEfBStJnwexEEiGeWYZFk6fohhzIE+0Ebrw15BnRD+s4bIEXzqnTOplURFXHDnaynJ401ukYyNAc2IAICOXSJyeKZmUJDmEo9JHUnQE0wRsu5cenXiQboa8QTt+DMTmL5towOYmkCEr3erZhnX3CxUJal7lPlWD5VcNk0O9Bg1/ndrNE2KwRZh9ohWtyiL0f+55j2wy4XxBb/vb0aSATW8J/8RheHP5d3aCP1UAtd2Qrn4szOgMZslZMbKlIdGWFMy5ST/Fc00QRjWIsbZMKXnIPBZyeFuIsA5GPINyNo0QbhkjZ9i0Ush/yVOJNMolB3mmJb7cE6sqFoXn0ggVDK29UJrYFUF3WkLoEBk2mZ+TL/R28G4iSaw+uWZE1+osP63mehS2A6vZ1ujq1GhKSRpqTPW1eVGiaGfdK1wL7nMErai2BvAKDo73Vs3DVk2/TDvrnSqBRQLGOmhai3JxCKGLRf4nB7mgzYBKsqJPtxGv9afepnC+HuRbap/1jXjY17eofhdB1ybB8ZEX3TUbDdcWBfgJyV4=",
"promote-op-BOoFhFs4-DJTJhpss.cjs": "GyQJICwHeDKMV8IJBbGEejZhT7tLndbfAKlzqb7jz+tKF45s3DGJ6B5W/2dH4B3wzCydoPLSB8ptqV/7FBa3DZEuLKtdEHFwfqHpBYo4sRpEYQdsu7zUiG0yNzi7/vNzvyzaCqUTaaT4d+49722OqWxDLBSiWQpW+cRG+s/BqpMyQb29aQYmjyAcAfY/CZCvCLw/faYMUwMCYlvNQqpWyn2FX+2Xxn8Is+M3vy+si450CWZ6lhi1kQofqu72n9XBIwnL/Wq/8F6/urs4l8v+gu1gbQYmJsUJAp9pqm4KZN71gci/mfl33/cpe+pO7KJzGo8dp5j245VazGmj/a5Lkw9rVdLunTZNtcZn/v0SF7aCbcIRImd3SewNymlUUwui7i9gDZkYjYqpXMS6pYsJZwPIWghQzzHHwCnAbGoW0Q6adr/0xG3auTYh1qVW0CKg5YBAGmhjr0CwyXtjzPWB8DrPUtVTDivB1ADahIBKdmL2FPLUg+RpOAUtg28Y9vRrsAncwCvvRCpms1WtWoUuIJ4AlshAkWscVZ446XvxEI00qO8Vf7AQz0NLmOQPaHvIY4KpAiCQDCf+ShkDUluYvJh09bnTKj9E0fgrZjKTkfIRJ8Ny2ieHyrek/dosfO38/ooqbHTZSRcDcc2s2yZp/2+GizEKPtq7cNPdR72o2h7xy/86r0HlNkiCIwYqQTi8xawacfmA2nQSlAEQbxWA2UsDrWhG9Qkjf3Wfq5YjxlzcFzEa+ojHAjD9csqzmM82RLPKsmu9noW/TMEQR8wVC6aFGPbo2BFXHSdZHRXv2eaa8f8tBuOgXDhJbrc6p/KR3/81/WzlEkurhUltYSFYjmbvF1gY4vj4xPieWOG3f5/RcJ8n8l/rzuY3o6zXWf96nOzHRbay59nIct1zxLqfxLKpSeqItX2DzMzT6ESrqopted80vJknsHhfiGkjMiaKXvEbWzWzW2IQFw+Q6rPWLOKljS52hoQMly0gxEb0h9cQAUV+YnvgCP8qAf/TVoUsKPSW87cs0qNTYnEp3kOVBrWVE5EMEGR7j/1My9cGdCzE1v3/ZzFoplx38HgliZ4yMvsQZXpcJOrL5lmuGF3EoPOaRvr8rJT0sUmerGjsKoeOBigZH2u7t0oQU1vmQ94J+bGA6ADHEik/QKlWELcKBt2bIZYuu9pyWgMlmiNIPYSI6NN1FjdqxXOKUVatU0Ykzy7RWGamUvCvKPSr5HPkLD41rc4nLM2SCcdsO2gQZW3rJA==",
"query-nodes-DjmQ6Air-CgUXbwJ6.cjs": "GzcPABwH5eYxx4Shqj+2HTbVd/i8rpclUSFlTCjZw3XHFMLINi4IC7CJS0iQHp+WcjKaCv99y2+WkDxSYQTK89+t6j471Ztmdkgh9oaoIM9BBYdMChmFQuIEGhtDcy8nwgkk+23TnsnHoSEhN0AJmfEP5Pnu/+Jfb1RASMoyy3vJWoL3G70t3v/xLnrj7di+3vDBpEIaOCUbt0K29dvlWX67Ocnk4aOl3Oht8n7nHXpn3vPir5vy/aAQy37NLZwLzoWIu0qQZmK9QSRpVQv5Nx6Y/6LyLib5695pWvJ8UjnCdR0Xrvqfd8GNygwlh7bCGif6+oY439qlwKw+wOuSpJYnJRnjJ07Hi9vv1akuOfS0Srw0N3DoNwVcQB6d4GXlFueNSkQW/h1GKgidQuiFynEhGr2R7uxHKMPRedhEgE9wOkjNqDEBMm/opmvYZ60MO3p3ehth/QwbT1VBu3j1KDzx6+uigKFuvPiZtKYGkDPaPQPHFb0KKTRP10G2c/3qlkLrLGFjnKdgfbWcufuFrTqFDBC7j8phXeEfBlgSFQolZQmA0PRjCFleqgaOwfK7feDLzNjgefAYi7ccNx0fAypTkjSMP9xSEKnF0gXI8d+PlDPTvF3P60gb/uxknBqoKVjQ63L1RnY2asOPuOLCDg0S14CIcESA+iT+t+ooOLrIyHW/TJMtFjXOJzU/GE/QOpQBCH3hMYDn5mOkXGVZMxtGbk2TfMII8TK4KspW1sQqB3zSW7IRe45q5FPv7685TXyqy5nJGyNlUnGHsi0RJA9Ps4wGXpQsOhvKtf9jff5DCA1PEzg9u1rDAa6fD1ez+FnA102l7wkx7ukDC9gbFcnma9KYuncNekWqGgOwp45SCMSNMvy7CCHjwWYZ/R4GhqXnOHwIm8LtNiiEyG/2qSDJLYRSE3+sIBJ4EfBE06mzMo+T+/b2g3p6+hmYKnvrg8Y0oEjp2YnFVJNsIdfEc527SC5jkmUYJRlJT3r4XeiPNU7adThOtxacOXMPMikiuABbszTNwpG6HVpnbjzSs1dv3LmkZlogO4ls2AmFnJO2aSLNuuwbcjUlZKAG+gEHYc4CpfN28M1Rv9JCOboPV+LjpmeD7UduA7LSpkl13DXYl3UJYX+MDGlH4bQLWGlb4XEEj+JL1Onv4ZynScX8bI2s6DwVL24Tb+b4o5oSsq26KO8Hv0quhp76Q/PKAjmwLw6LEkjMBwdQDMWRGNJBWOHHfKRrwjAENrtTqAZQJm1zHSmZAUfDaoo2JRS0HBgLVB+vB1pRW+mLllowP2ElUb8NVUQ4t3Pras4jPot45rmnVWGyxJTOgS8L1O4LlXhW/E6Kv+4YZRxUKniW0J3pXcmL0U3m8pzmD2MKh/H8Kz1OZBCBMfvwPaLLEhD78mr0eEiX5bhUJChgvb82hXpcFo2Xyom1MNyFqyKP4KIvVomzR9h+WGn3LG5TA3vSoRewj3Z+/HfzatRFDLBUjT8bTbqo6Ef2JkiRJoMjqoLDBAWZt4Dv7QfsFGLCTJW0FRPNreKZeHruL0DER+9p4F7JUzFXbgWsskDRpnSNH69gNE/GeuH28jBe6snew6McsOxPyoszZMCnm6AwsNICXdMYpds2u2IK4vrN0jg1tQ/r8Q5Iq0NF+fKNtihXr8IV9qWePqHyyUCla6BGrT0yq3Rq7UG5YfVxMdIEi1FIdPip0ZegycPsTp2MNeDW7Bl17GfLwCZ5tN5TnvBXhtMgO6bwhiaimvC9OEaVhtCz4MKmfmtB/FgbNZa9+lwenaJdqbCjPTLoYkj2xCDplmphavW2BgTAOkgZDGnf8Wcg0DPb6FU+rHbooslQWOENVYzPnLpH/Pr7e9o+dD889NTJPx/FjP4LmHSk6ebRqNsese9bxCMRrrRNh5F1USXmCN+qsgzhGBTNMfDh47OAyqHm5+TcBMe8jG1mlqwuAWsHKoM+SinPkLniqJOVOSY0NXhQm+S5OJPINiQfaUAc/bwDVuDkSCCox/WRVg/Fmf7jDb1lpOtJ66raqgTqFywB",
"read-source-V2inNe1m-CzYslheu.cjs": "G8gEQIzEOBbxB6mYdJib7+bzOvBQm2g718JE4+CpgweIVdNZug/CqWQv9xlSGrWpUroqCsmgNEbhUZ5BsajbhVpq8YlS6BGSDEf/YrjPiqKb64F99rQVN98HTUf00yL2kQh1mgGpEyRR0ZBk/RNyvj0PB0EnhMOcECtsx+x9+yLobvL49SbfxlBloGjzpJ3CYZIYwIB3Ggekn98BjEvJdUt01sFx3CdhSYaLhirmlit7aQYqMWnz4i37faOnn9T6yBn1U+Q2GtDqzh2pwzSEUftSL9QeZVWbWhAmK3npA8XgGYW6WnMVDn2RgphI7EDDVTJsVG38py6yqcWSTophgQyBE9RyCnXh8J4qqm66iB0mUugGrtde7IQFJ62UN1s/f8hY+ciQHDWOzMPoQFuEAUXlXBTZtA46dFwLHQAxHe6tvDVGKmPqojsJysfHoEYAyDctN4nx9KG+Zsms4vTS8eGSuI5HGcMxQre8yOwU5X1HTKR1Qe70JWIuDdp5gwxYf3SHsRj77o3mTAtcZzy1innW3ititmgbJcj4A6FM3cM5iQxOcUdNs66SRCCCQ/lQqo0C150Pus/5F3eTcAJaTQzCcwIoVb4dZUJyzF0+PT/VW0U4/jAcBCR4eCSwZIvU7O8deHBaC2mqDuGqBXR5giByBcoLxtOV944yTh4fI8fGXFpRi0NSt6f14tcFYN5eS896qqa635UitI7X7AY+TzULMcdBYiF5eXkTV0mi442PVqZYUloeTLTGkqqLFPWTx4uBvSgag1HE3FILvirzofotXZ50VObpjlThKD2VDiQA",
"record-op-cell-DHuUtYGb-BAYx7Jxo.cjs": "W2G2EUXZ5kWiyO1A+bD/O/Iogo0DBLNxjwTQ2/BGhCSq+w1qODSclbrPxcEJP/5mZA4sN37b+BtBQ69QilGxfDxzExrx88AcbB4k8VnrKGdoLTyS32xK/fm8lOxeIcVXOrlSexCWSTzYwiMpcdgZ/Kc27b6X01uqw2B/IkpqJBsqtEtIxQbRJFUFhxywnj4vCDCI5pav1MUFYxHDVMHHh8nEtWuVhK6+W02r15u+JK+LHdjNFIJlQ0hckEhjFXTL1Y3NTDG+/+Nez/PTV61//Xw96Io58Ii+Uoe5KHV3fcXe+qUVRJ41iZQmw8MtQmD4XmfGQ9BTUEaa/ORWa/dAoLXkvQhamaNFbInUzb9Rl2WCCiBoaJ0hXOBr7VFfo9aGlpPmEyjHsCY/j2NnSmqZyazaFRVH2N65dNE5Ewb/SD9w/OALep///6am56haDOici8pNFyt3rlpX4r33/eedPwNKGIA8zGZUwDqRSuH/GUoLQAlcpVimyilUOVau3LvoXfqo7ezK/v/7Zn4qJNnjfaYo40wkhROkSiLV2fvcLdYrM4MqAEvdAHupQTOG/Jb/y7h7zr3voaqA/h9AUxx095imjDHxTCYTKQyMTcOmfKogE2QTGT/aTVefgU0uAu6PrX9e/QqJjSgRJ4zbxGYNuwS6pZSZI/5l2ZYlf0l7W5TzvyKxHT4OsPuY6fNQqyWNA+tO/pGH+ti+6F85MhAkIxE4rE1Jg/2QDrNlnNOAoAUHG+XGXyYjuU1OcP7xjhXv/fyY3boayEVyJwWc2fgGMF/jNq/pzvbn3NDDMQQ9eN3on6eGY7U4ab+IfKYUnV7cgWRn++FWUOk46ouTWE/PWDh2u0ALz2RcLiw3bDfgXnaBnradYnF08y6fSR9ObxOBQKpU76ZdHXeW94Sy/bbI/Ukm2T/xfXXh1R9++Tb/JZNnK1FdDKVen/POoudp5e9mVT2vFpAtUPHG449Cdxb527R80bbNsGqjexpgP2/ncdS07Via1n71xuM99f9lrZmL11P7f98iM9zekZ7zDtujDRC+0OW6RHrO2jgWXYy2GZbuc1vZgADf7gok8LVlmkvU7S0M0zDM/DOussUTq1SaVyE9Vvv+rMrZ2amOptdGfrbCVNU/KroYpOSKbRQMjKyJQrizz2zzdFedUELEdo/VHcMA5FElr5kRys6MOPpKhYcwf6kj028czUKjEEHpP52xhI1xnFkm9JRGNbMr5lP7o0+JL3yqIq58pcMWO0pnMSYbdgAeWgqYhikHB1un8qSulJiXTQWHWo0y6+cTiS/3LGBgx5jxwUh5qXPClFGfzfC8CjbR/tu87ca467TLKG79jiLJX3N7Hxx0oX1W0g27t1bH39/9WaXY+1spi7BrccbsyExsOLOT0caBEv4OowKYrYafR9kzGe8E6yrw7UPcNVZpCb+3MILNJkNWei823jO12JDlVxZMz0yhDz7lUcIyf1PdbSxkXnrnRYv4UyZ+WWbpUHD/mD5uexLOGfvjk0el2qwXcE8SrLiHW2X5VuXiAyTekcMn8sfkfxY5Qfy6pcen+rRH6Pv+rvciKgTXVNRWMphh5VA7R8Bg7TR3UuntfXEqckQ4g8Gsbh9p/Cv3o3Nmzz8dsrUi848+tjaei5XXtqwtyz6b/qtPSvT0n/zp8ZHOR/K9XXnjVRMlYi6+nTMn1171Z1o2gy1KUFUfdAbVN5f487mtLm8XVYvt9WJ2R/8ExI4rAQQL7nwXnX2x0r5eqVYcBAa69LbmTv/ZduEd+G6EDjr0mtKbPqbFtXmyYppxN2lxhXfvHR/k+u8qXba30q7LdM2agqrZAD6Kj4Jc6U3XYrM/5QyIoHFf758tbrB6uzO2rhfpJ6ChWumVG6OylSU77erHb6R+8kbRT99Y62dvrPfzNzb6xRub/fn8Vgw8OOsaJwDpK/w0ZjDtn0u6sih94vJOcSy0BN/ieWMODrvYrq8iz5W/KycKBseeCxa8auHkppmERw4dWB5F1NRmZ6WyStv2NrqaAd8uUFmoe6kX4/9eUsQD5iYcqixWepci741F1gsbKbhVzECPiqTni7g3FFEPh890nxJRDq+2zwbXC9/m3oL68ZIoRD9ZqhW1frpUL+r9bKlRNPr5UrNo9oulFlFxdp5f/4ezp3dl9GrjN7dXVs0gHrDMpnbHFpUy2HBvbGZDJj5H31WuhK8U8UZRtoMo6NvBt9dyG52h3Eo2McdyJ1/6HMWU41V/XFt8QHs/Hn00TpQnkKH1DzAAcOSVZuZA55CeWAak6YEaC5f/O8BJfFK/3nBcAsZaTOtvNczxRsXDqA1ug89QBaihvZpFwJV5d/Nc26USrVkxHw+hzF+o0xALrwcnuKcGzwJ+agufqykrva+g9MQEmmvHsiwGLIiGc3Nzmk667kFHt/xNtE2Z+5IaKFTDL0/FXa434x/cJVUoswcm4y1dHL/BVaENSmGpB2D9dBwwosctNubue5oCSM8YEHt/nD2c9uSpaFkFkmJQIaJKtk9KlHgYoUJ6kJ+5sznk5o9eZGaMPMsj+EK+vXQEPdaasmB7hZV1UWTyac2jbQQoq+GstUNV4sTLPJQU9+F7H7ODvvz/btndKCmnrG1cm45U4/g6f5v3eYKzHDUHwP7IygBmpOjEepgHf2yQLqrZmZIPIPHxcbpiEHaHUzGM4ydQCciKYWk/qEoEnT+xVkaUTtqMzmO8+DpPP1hjyjQbuBhR/ytA5eDQXJJROF0KNfqIreAbrwa7oQ6dqzTTyJjEcLzAiSFICQ4hpk7YeOnENfFuVqmk8uQhZISoEyFVWNH+3e5+xnRpGLWaluLjSIWXoc8F9C9HmH2zxLlkcyxWxCySJZXbkVXZ5Oic9YrdYd2Edv3e5jXlRpvbRJEcnq4reVWr1DGNTddx0aY4ENeP1RdUDDuPqFyRhrqR59a4f98TVWgveluxFKGWvvG/6QZYSXjK6KtHBRgJky0+dcBxAkWM2UHbmlleD+44KO+0G4MCoi5KU3OoLszA7n/DxREYgwHjl16eYouqGfZZSayAzGKtLTEfqm6qk/bLubq4sNPs7+A61RZR7+1Y9mvn3PlOsqDMtvYu0QORTx+16ayv1lN443GlaJrgBHKR7L6HGPDqoPj6yBk5Wd1zWf3YBx1agvQbAnSN3/50fe/zJqDPcI9AxQrcIUO1fbxV6PyhTbGLpM3OdO4YIEGWGkWcpUsdav9jYUSmMg4l3dzYukSyhVNEoao1gOjmoh2Gv8hGmrUJT7ku/TlTfWsSpxAPyzI73IkzAc+DOb+jGfq+9PcP5Fg2JtI7DORZGd80CuTo1y9LTq04G0ZsvdqinZO1stXeKP8FByxN004772vRFvV2Zx34yfA8SnTW3h06lKobZx4nfWD3gAjHH2k00r12YK2U2uTb5XZg7Ng9fwzH64HgvNlUcAshJZaUqrflXJvNK4f2QRbOFye8WCxWWx6JE9qiO+Z6zrJZDGTXoIJ1+xgRZwci8yLG0WwhtCf9mfxgd8bZkTVOfSTMHE9Q+7YDu8rDJZABtHtOa/v+q6M3+P7yphMljpGxHWdIf17DbGafeoRD+yGGG/OdueRJgwSArQewIyCI543330ZjNYcjjYDvhUOr3/Wooaw3EJWKB29Z8CquAOjh3e01Mu1VGyUlcMMK1100glUtq1hB6uZuOVoQF4HfGFoWXRU1jQTGxm00dNt1rt7mi7sl21f5l5WtbF0IVlvA7LLfhRsPu5SHZDgmhj/CkuCMkCV1ihhWtCs7RquKOQJSvmvwFT1QgDyQb/1EzfxaZ0cqO5Yi8zIYbem/RWIimMys29rNLNio0Z2hDSpJUnMPxT+ULS1IfImacXICog9CZR3B3lDVtMqM4iAWw5bGmYzSF9tl35xfG16RYMWE+YLNM3dYRSp2Y83fEYXnrwZ3ax0wT5w0UxQYItM0pKSVJ8lulNgzB2qxTKwtzwI/A2qVUvA+EcXqCcxkW0uTASaI5NWSIa6VqAuoqQbCUqJaRNiiimbfZonMg/jA/7iOzH7V0ISYp+8mykAmrNytt+/kbwnPAGU6YZFy15gHrn7rKgIYrYZLKvRVsTgvaSfnSwxX0L0dAtoXDZOzfzobYT3uDiUVd/KRyuFTyVsUPDUJX3gSf32HXgBPGw5TfQIbQj5fOsob/z4zggYqXWfMUsjsmZjqNxYc6P3Su8U7+ghe9qDfqLl5qUdta9N2CGEO+NJE7yDFowgpnzDhvhF+JbfiDIRGazDNA08xYnjEQCSESaOGDDfCBh2ACGPPCxurYI+144DDTlrbMLd84GH6WMX/VDzll4w6frYNCPduLBn6zkByHjvLcQGEcBLFx2jcoG5ybBrMTFAunX8YLNhbIbJ0ywteNoyrSO53xSg4lSLhReZhHLSPmehAkPar8tmJoB1gQym6FXQqeZGepZCA0KMBQZ0wc8T+uF8wUEErlQRm2QwdIJ+IecTEcwR6PRIg8grNbc6w7Ytfv8xpLQnGa8Vkz6ThDmCwV7UJx+VKQGyJhfOrdSAcsULEHB3uguvlCrahCh06c7g9wQqpQGiB2NnEsLA01qbowhjQTsSlwweXNKISvdUp0f1O8HF1WWPc43Se0oxAAaIuaRWYYT5DQG2JGQjKbJhjBktzbj5Z0AXiZ6DlZ4myjLL173f8DbX30yPY2+AycH6JNTmA0e42jIMN9USBwX7xxx1qZKdlE30KdixZwWGnBG/PGgTa8RgXd7k+Jgfkq31+2uWKTNEpuGEu8NKfvO6BDkbFXzrGzo+34WERCY1okcETiGQVT199Ty3sdT9DvtxRvs3Yb2Jm+V+WaIrCYMasq5z1hCUVJFYPcjCC3eWSp6mR+XbUcXQjCZaPW4Vdv4WOiubGpf6FDlgDo5d5CKJ4ODW/XkLDypDCPHXtMzPie5N5tyw22eIrIsnD71m3yJAn7BuaGJnwMmJrhTRED/uCubm/WdoC5MGed7tRjRkMjKpywVEjQhaRM0W3fhTuQoYYHQGR92iKNkXBhJ9VwQG1xIsxHEv7kbixljtpLmCN6x8B1pGxfl0ngXODRFawLy5pQq9g7KyBOkSSQAUkvNngL/dEPkZhVvyF0+R15HwchxHvIy21qHpDsm0ja/do4/xrgQH4GP5lhWLW8df3ghu97ErrbKfWHmFSe4AWgYs5JuInyooos97d4r435+AlvF6feJ8uI7r8/EXhmv4l3OfDR0c7YXrOKK8xchhHow/Wg1/G5FyIsRQJhlGYmUMoWlXrtBhmbLlTW7ISKj05zJR5yuXnEL7wm/TejKlJ83lBd4OU0spS23RZujU/giRPGZhxdbJXE7V+G2c0Vpt+TyF911oSgRaIqZXJi9VnPWbKM4AVAwPWmZzGEAHH0TCAyUAx5/AQu5refhapDin07qDASiwAOF2sR1FP9UeBESc5bcC1WQ9kCcuvNqQzyVQtGaFhtzOuV44TrwdmhCZ7R5fIvXE9FsiPC2XGHLNgglhKEG0gB+tfEylFxYRpfPsJ/x+nX99IIWCQyyJ+gOnbviDcLW3gYeZRyACsKOFCOdhBF433Fs1GuCByHpSeTnA9rv71Dlt7dkXFawtKydQtRrDQ5vIDaJCki2/rVoAgEXcWe6Sz2DmldoKgkfbNkoHLdQz7V64suCwQzvnz+aDv3luzpq4F2xHQJYkGfu7CQsR0YGD/iPoB/AnERjxykLLyRIxkdj5giF5PrKaxO6btZx2ChrTXDL0vX/F2zhR7NQXqlIiZ4P/Liukrj9uUICyUpdcDVnBA4Mo2Nh7YDwhhx0BGmriNFu3o6hcvUa2EaYXwyJEqg1eGXKbCx8lRlHKKAyGTUVK95A/6pjtW25FpwzjMPsyA16y+teeKCmwGZ7rvHJ6uJX5KLR/68mYeKjyQ/D8RxChrrKmLyU4ETG91iV6FPUe7vYzd9cOVNQO3gp4x25KyVlKV5UVN6K9yvJazOAHD7ssdYp4yPDJLJexAX5d5p/UDGp4LbmI67Ka9dgy/CS+eLqrBcxGmbeOFA2h457vllgE9pNDSvjM6Qllay3+UwBrZ1uuo05dSvb0xhUnbZ07nOTfbbY/3mjTbig53pwfkQytuOTMh01ak0nQhopAMUww1OukuQh0KexdyMuKdHr9GgiDTWUrpPixhhqMn7Jrsr1q9a+fHYSR/XybBSnNiANfU8efkj600LLPmfI3Io7YPi4tjj5hsf6xIU3iqEb0t124RwVGgjv3vjugnRWaISPva0T+7cbTnZ1DN5A1GilLSfz8uYjbQs3vAYaJJsi4542uM7ogYecylZQZIT9s3Opf+RMz+Ay05mGx/lhzbcwD0YOv/K788YhmnFoxgKuSe1NzW1hP6+HJJntSGHKvE1ryia1k9F9VtTOr2uwygVHlWtPivyhUUIms4ioMOCWnuuUl40fpfv1ubutMf3VEgDyadheoeyc7ornH6R9lJVXuTNch3zGKc9PS2HsLZWk9e0gDJ82McInHFxr2sq55WmwraO2s0nyQm6KA2yvIIvFf2sFk/q6g7onh09wgNl04SWoNwIXdgV7dhByKpLXSet3vIFkKjz0cR9okxD+cotqI1c9q4We5xMrSnaTUmOmMuGhJOR4gL2P4ddskCdpXzplK0DjihGgnqjUv/CmxP8WWH6GQ3eJ6M3DdWuELIT+6AAn94beawSd4Rg9Bq0iKNA6/Ai1xBhSP7hwtMzI05mOKh41ZA9raiwOWfkzf8d7GzRILwNrLhcDAbUmzHnoK5zef7M+wvgI/R8eFqZLHYhkmEZuekIJUrko52k29P3Glo0zNlDONxr6KsYu+bzjU92yuZNVvVEwGX737XwIABE50hGs9je1IhVm8zlg0AEzT9TrjN2Y7Yol2iyGkqCaRpC7a2QzZiWAgR2yGarH3pzTSVy5/xUl5rtRQFvFS/ae2BRf5eXp9LekqQwSFHBz/H36T9E9600mF6HjSzd6YpkD5fU8DZHAjOsJ85nJtje1kEPOBsZjYECFKTQTga2TYUey1rObxODhhEbkZ6e43nIulOq3dhqR9vlFZw+5Bnt93QW7g/5gvhV2EZOTIuWL6rlx+ZiQNTn/cjbMoxWWbvYdn8+vVn/Wi1rAQTjo8AKuwMyNZHVUOiBb5hXnuw3FP/Iw+htqc5A1/hR/9U1FfoX+t6eD4DyVpkc82Lwz1ZNa4TN8koNgCjjg1AMljTUvurhpj/NonlHMGE0vGjAVky0yP5FdYdezkskIQeUFRgaUFE3IYiYfBUJ9dKquCdGmDdJd955hoXlbwG9icOffbJO5QDJz6YhDg7cI3rPGJ3AK98WTiyTTepcScXxhfEtAjkWKlFfrg3QOTgSME3EYgcUZFb8kLMgxIPPcIjPPDQg48sHtiv4qJ2BwWmAVj4ya/VFjhffCRdx5Hwcys4MMxEBQqdXGPXebBiY0NM6zuv9QaWZrxVcjSFHTj7rA9ia/LYInppLeSG6zBWheKygso/4wT1zBFloyWEmVYbFz1JaqyjaC4tdRqrVTDbgn+K4CLfyqKAlqkZNSz5stnw9R5ODhFouC+WEin5DUuj6Uwtf6fBg3Hjn9b/hlCnqgKQoMcU8u40veWBzMRc8SadhPomrq2DJFrLEMQ9kqArbOfkv9V162R5owQhcHsWZR5TaiXrhOLd/qpX2dFKi0cBd0xp0+E8unTTpsgTtM59dkeitpQEW5elccMVwrTzCsc/mjT8k3hhEKNJDBzeX4IrCjk0GYUSMZE5/MYCt0FSfBit8ZSuR0DjrdrNlzr4NA9Rpxko4xthI55rkjEpZBTE2Gn1C4wd907VHYHOVDyQ3aivr5UyxbQ6esO9UEMT81BIaT48VZ/vGiaK53t1lsQ+OurewxlBVngNDT2LsPWRPMVnXmFwDN0H120FBU4nhhUbGH3qw2VEm32oyTYgRwVfge4GVV6iOtv4ECind4GoW1MJpqkYc9IOvjxlhh3Aou/UORuj9H38YcIMmUdNfTtZA0s4kgO1UmvWn7cOWVS6YqdyNXIxYRdg1lkDcqjyIkoAMsP4gQ26wiPof0sf3qjRL/4zx1a5bnje/FN1ZdykpfbKwEI5YVKsxRLD8K6B2eJCbh9QiVWratmMOBM19wBrAfGkPnwtqGw0BiQBzOEM3GcEEnI5cLfaOr74cJ1v7uUoPQi8Xmj66FBKDsK91H9JeC5EuZGfGhwA4FrOBnZb2tvwdo3oL05MwBFXf+FHisqeCLpIVf+MG/ysQGIwSsD2OSe2kwrgdUPdyg5WjnmhlvIYQZlde+9/6s0E+0E98PO2zkSZGfFqdLb3V47JVe+Z8o5LmOqX567Y8BPFYvSmd74fuZoP00TmSEBdTLRUhVZZi9OdF1eo04qQR36OOgHDE2QCnUuY4HBDxuOVjaRlm+mDxUBeaS1eBEb+JtJVx2a5vFd8Rr2g5nD7vEf1j8JSNZPmn/yDETIHDM2y0aysyODEDnPEHaQHGDZkoPCVbqlktt8gN+h2usPVuBvQsNMY2S6XTrLzjOMkYmF/Ab+0EaL8chcCmA8s8F3zT6qC7T7/lsv+CFo9ACbopauM+mGJ8/DPrhTJxT4Ybq+87v4SRL0D/JMsdtIR2AsnOZMw/e5AhM6JnTfFHSfUOaJ5d2SbGalVfvN9rYfU+cg9vKOsPP+LEk7hkVqIanleAy8l/N47Ti9SXWHFAopE/iKYLe0/t5VPKtCzQy5w9EVmpmAbcpkt4H/7r+EGrVXequBTwkL9dJS7c+aua2PPU1DM+J4zDUAMD7fUX73feUPzMLbz6PeOsnlWj1z6Qo3q6YohWOBpV3T8AExWKU0VMgCDx28Vta5wQYn63YJd3bbUAutyw+jjq7RxdwG5gK+jiwzJIejsJT4+A5FQkGDw3C9IABab4CGBR4yWiABAhXdpNJVoKCS5XGMruokisoONuNMrvtRL+MGXL+CQvAMf2hZ1RsX44ntvJ+KjMN1IJQzZtQFc6dG1wafbujCAVEBmctbdKJhaYg5sbVmH8JxrWrDz4G6UiEN+6+qgGoImVOOCTsfwBZKUNcXdpAyRYUNpo2/AsA1hr9uoFmqnjP37GChlkRFDCL+V9ZWncuSgPIkQxrsFv4Lhdz5yodpiaPUDvHjcsdwZlNz2mGa9jG9oPAZSzAezFilvXUR9xgSp20ixN2z+FoU4YH1ny+nMyWDRtb44YnjSeMrDUGlw8seLXVmQx2bbplynrAzoGMLZ+pRwrl278z/UFrpDRp6JqZHd7+aQwCqAx2nczeSMjju+Z6eoT2L12fO5HHbK8wa7PZkMW71GR6pU8qN3EJQZv9f6CU7DlsXWKEC+3UkhysBPJl9N/hdV0IiTzLDiaiAWaA9ufuzM1ajJNkT3hgFqGXeNPOvf4B5RlSIo+HzaMG3Ir+Cm3JvNiMpgQHhVkMqZMGEA15QTQ1NWPk29GFFO9M+t8HCpmTRRPwySDusYUkSo3gZ/MI4GogJTLe6XdPr8SJ17Scjx1EIcuY5LgfjSl5Jw2GdE/2QUTNVGZqv2Wr2gEB3iWmhUwSIddfYASa2Z7RWREFkCgMRaXIV25T8YWEzkhJybxs7qY65B8EqpZTEKuHnQ3GTPV5Mp399rn+IjN8oCc/3yd8cv5Gu6o4SPzOTQPl7t3Rss0AU9KPFX1cJOht0VRSHNyKokK4VTZbX/m1O8/uESpxVKyoMZYL2G5uJZCUH74vRTAaFNac5z0b2439O/E10afrkDtafci0lSmiwx6btzuLy57srMIXhht5Fng5v3CrgUweAVgSlvReG+FmAz3SrV6EVl9OfkUTSJeW31A0tO1O/xciafUieRnV6mZVk5c/+1CKNGNVFeQ0GIHQy2W2IEbVeMaMwxUXa0BloGOmoNg9XnKJ+FU8YkqGQ0QeXkL8wnXXiSPUnXnp3idpa0Zroirx37epgVO59aTOlNZdBUHI/MW2coQpwz/98X9xhHIV5B9xpE9pV52ADo98WWgBlW9wjnzSucsCPxjV1faBj1sCWMehzrgcDWxfvDj3IHaVcZyJkL0Of/RUWaROCp/R16Beuf3kqrxalmy+/0fOrOKhFT2PrZ+SyjRyLIyqY4S8IKDDUvaY4da46qjFuL2Cud/Pc0sLtXKAnW2eXINX9QaSktllP4NEFEkK729HiO5R6NN6wOcynBnDLqvoJoKrINQyN+mm/8FbTPjSQcuWnxFPJXPjIgXmVb7j8Per0kaLOa2LhWexg71OwXzqS115/H+EZR7YkaB6WTuCtf336NkJVy0A1wzlybidMH3CLjkAKoFEpKpaEAvbtEihySqs0TsS8y3xs5/cQ670KR+gilLdUaeo4mAFhS3jYpvVDTfmmCGsnc5uCZFYRtRiTOo1qHHwx4XSfqk7AdiMHmnPZZ+Q8tL2nAwgYqLGELdTukAOuJmFbmADcklqcFGvRMBiex8xqliaSOeBSWG4Lzh6pVAGYNBMDJ6ffA45wDyYRCPsPFiBm2HLA2XFM8xDGo8PTKxVpncvTSL+uWZN22gxWcRLkNU6bLZBOKhcRqR8yQQ8sXkOokE6QjlO1OMvjmltjXNDmEPqqiFMiIOtk1LDbbA0njzMI5bDq41+JV5wKqjEntJXE9fXQyJAPRMgcr9DKp1Tg5lFhnJx83gbM3AkTMJ/eO/5GLkenO3CZwk5RNKYd69YXFQZA1MzqnNh5D49GHy2WLePlBHaBmpYTArdg7MNKGi3SY3e4qUHRqWcTIq8AnzaMiMqfB0ma3N5LMiewWBYkNFokByA03olf0lwAlfOQDFWQqEqo7juFn4dU2LIC4HlGFpCG4x2GxksDNmDbtcvjMD9xdMLiLjtu+4/14y5BMhmp7Gz/3ldTp/5uz7iArtt0hInzweOuCoUvLMRVcPl3w5wyN6seATPh2LEkXf6ndg8gRm0mehYzK2KLz4X6eftSoPHJfYC7jZxvkBi0jzU6db1g+MhJksoL87KMt7BbhSRqBXVrQiv/lc41gxTdSo3Oz4t80pk6UxhS9P1i2HR79dZA0Q50+Qfjv4Xk8TGY6TQMwx/6rGZwGCIzQzcf2mYACXbj8wMsWNh1rDCC6VTq7zmXc0FZzEgshL4rWS9MRuB9MaNg0KWDEzfN19QtPHxYNN3gsymUTcjA2vYCBOhEtHxF73VQa4TuP0++QZdCopuBLNtfL+YQ1qJQo3rletDPKRqzVfIaatsynVaIH1AmgyxPeAt/Iz21lnpE5ZGTdF2KEgsCevsmUwaSBB+geUI6vBorHhp9Ji0/LyZhmQCib6/cMtVWPRTIvZb18AIUPR3W7ienh6QlqnCvbO2fRH8Wyu7ZdCRs2W9GikiMrVuoYv4soRaCcAv5JjJY5Kfoy8A0ZjjIhwSTizvzh6wRMWnGZ2U1hrL4Mn+ulHC5tfSskyUA1oBtn3WNN8+8saXa/NR3lyJMIMWSs59FtzQlzKK1wtIFVPdzAOb1tmfHpxfrxLcHwwLoc2hkfqglPZVU0msnwYG01Ov5H6YnibmUUgaT96VrxTJPsoPYd/AbKw1VHt6zPk8lmPE0RKiL8itDQMzkXHUdJgQ+W/IDlUJAdK8N9wHAsIPfDQoEwl4KbQrQW/RTFLi3k51Amk9SKshzdIRpUUX6p5afaKqb1egQjTU6VXaH+HlFf2vypjCPxKpTqS09s0GRaTZOvXHRL/we7PQUTifH2vZCJLTlUqYn52oWo/0vt9UiicYxSOFKWq3j/BHKpa4DVJCunKqzbAMCioAujm+6gzdbS7iZZaDN8WkTWkhH1FAUGziQVKHzfiAt8VZfYtyjb1pmCXaZS7iBg1yw8iBKFbryxlhyxrm7mtA/16wVtLW6V6oPB/pDyQ6pvMuMLykndv+1kYetW4hd0ZFRxpxy7LWaUFmYErfqS3RSwJtBUGUz5fIJbb7tSmfkuDY1Lec3k0PSWCPyKTRz5z0WhwYXO+9uUatctUfsdykRWihy1DS4703pKm+9Q7BA3hhZblYMsNYEXRdRne9Cl9efBzcuBcg1EVj2KgLbEHw31kw5jG2UjIdL88uqq7uVsv26u//Cc7Aq7Vb5FMkCzucXiz/syB3I3oAbm8PV8wNgGeMqNn+89Z0yY7/AMY22YtHeiiVuoC1NDRY/bcgtD8i+5zFlF2Ty9ppLI9ciIV83yBz267ipuRbNpBpzmTQJ21oJmmtIyQiylz2d0LFr8G3ukDpmOLvoU1/HXKLGC1HDWvZJqlxWw/bfsPDN/RpwGcI6iLf+NaNhKpwxFh6YyFtO9UYIxJsm5XBz477oyPGzlg+HZ8nmVHJuoLW/PlWWBBoPT2o7fhBItqwTyoXsOQk/hLaZWZVFz0fW0HnpLgTKV2ABrlgFgXaDHSMF5arq5TOVpRzdITIMAA5o3jz9O1olsKGYWTI5dscTR8Jx+DqOCVZPebxKfnMd/ar7wTdMwjC8JsxfsYZlEkcsxND7HzoCmHNXSp3CcvvVgSyJqe/rUTsmtVOoTbgIbvXMbrOIQ/Ay/uPO0Y+0bg5rY6gXKlxyPGhGruKTuuB5ivxwMmTDT6i3t2NgKA+yz6mQ2sEhR60oy426gabzk+539daa0BlNT947Lv4RWgOlIaWHyCDNenD7UKmxMvESf7/PTKw/981SisgMH5Z7btI6UL2kkZD8vrKtyf5HW83E0GAXdDJNytrR+2NAQYkg+a/WOlj98AOvEtqspaRClYncK9pXtl7bH8phzxQh6sRy+Uah4o5ERPq6xgeujypeDIVnaijjBEHj4aZz9xvSPeOHg43+df/ocNdHo192aWUtibAnBECcH+foWjIO153XkS8ZOvNt+3U/6dT/UF9g+vYBJBs7dXj/1kGlVvVUIQcMvQmaZ8mSYut4lRxVrPo25e3f7ognzXISdgQeJgEX2ftAunvFBJYMZlTUBxsyPdh5WZkEzxwtpcqZx+FKe+pRTlEqe+6omSzoDWiq6o84pYy3DyVw0w1yb6EV7RhCwFE2vZXnRRjiULQ3vQiyf8iDfyTqtK6/QEejvtGVd8Fv13GlUlVzQa/a7CxMy18LTPJddZk2sRckf9p/C0y6jAM9ssh4qpPklH63+l+G6qNPgTXs39fIyFD50Dlvcfu6LxwgdEgFkSoeqDymJfdslIeQ6simUTnLoKutsYqw/RovUBrPj5r7suGtYN+7nlxX245jIZNKDvcjuuMcKHz1dxJRnMkzE0KYunARx1qn30xfuA7+zFkQcPcLHljmjw5qUIm1HgXYb74/aWBmxvMDGQPUR1JUpLC7stDRQjCinlZfeJBO9xawq3kRYWJX8bLU66MJMhRCmuC4bhduqMUETx4OtsiQqNEzGrihEC9o2b141l1uZjXi7XmljAEDrm9pSglNPzoSR0e6ic4m936lLdjG0b8SCVJaoDD+YwcuFWloAguKs3Ox3ahGwKRPmvpghhLI2zQIO98m/mtY9zXTqGazXvZulygJe3XBRaKJY8uqFVL3wxDMp0fYuCkw+3YO7FwVrLERqujlUSyLxTAmQVnXBNFMVBzjzkpt5P7oYLUok4P7FnmGqtTx+Se5P3Bjse/JpW0ReB1HUgWQAb7XlfZN8Blc0rPqcu3E0KZi7A2d90VjfsOOMJW/8YMt3k8ub9uOz64/P2/OW8y+Vx6sgl3L821+TbwbD4C6aZthwNuZUCYKCcxvljG7/hXb2d1pEJpl/htHNFO7CtXLkp79G0bYY5TAdqZ+oYfNfH3LXfCNGrCwo4tizbVyPbE1RWcolCSSyfC4dgcA+8Zb9yjH7imGJne6KXLiex9Lx2hdmT3HX0BcUDKOPV0Pp2BALh/OAOqZZmezTD98WmaFVneSzoIKxcutiBd5ABhCIh3waJXKyvNGK7VTEnMv4+k1gKKewbvJcF6GtXITaY11JuylmQ7lubqVpZJPukqaOBwLkKc/0hMFJYIdqkY9KUNntFpZhnS+OFZmqS73DpUQQFhG2y82lb84WS7fl60k8zBlKIc90rXHv2bxvwKgTmxXzUKDk/DuULBbs8k9BmcZFRjntJEVE8/Den/IdmYZkv5Ioc/O3OPQWrqCpyFORV5KWOi0Xm3SgcNVsxRhHkwWHYQtiPgIEIJEIl2JKaH3clHHKob7kcJZh0jUesh/G65l6HSlgmU4xzYk0qvgAHAWx2KJGKgekzOGoRstNRdSDGPsK9jRqabNwo7i3P++CE2OxkNKggAzdCChBeXIZmxnRT834phgnRpRs4CUXjKkk0cDKzEKrBbhYLxy5BChfwxCj1Fer5XP6HeNM7W5FCtLyL11U+y/Fo6t5adwdVSBsxgzwXI+dE6Ze1DyEFkQSVYQjq39Jl25UqUUTz92FOSlVLeGsRzaHcUs8YeTCRR1np4p56LFyJnVwNEacXXdRrenK+c9f84JC3k+DXfYVurFnOuxSf4YsmyXN698Pei7D6gMIa25h+C5Uh2jfbGV3whHSeHlQxsgQi34wEMme3tZre3tfhm8zmYRzBB3IN7+z59BuFCYUFr53idgvc3J6yrX4FFrBlQQdJdsyoMotN6INga3mDtdTJpSnLMGQ4T0q5U4rq0aQgFgFE8FBnij+jvWevfPaqCyi5ugX+aPCwvDHm5Xqa0Z2WOHTzAEVuhp6390vsWszxPaxcjKqAm1SHe6bzehymz5IgX9AYdGl3aa90YoL8VoLNDxGq4VJp4nGTNK+ypURHOHa5t+ud0M2NlBWdTGZStgnLcDyWjGp1FoH2Vb/DiiVyf5ucP1QN7j6M+ZMRxCNZsrn3N3W5X58XV+/WJL10D1eDLjqirvH6/0ZOF8i9bbrgvBtLiA5fLytj7eUKeJ71jDztPLA77rnm5sbw8O/OGZUdACzUMU/fKz8u1r4Eu7MrDNiuZXQHc5qvrxIa6a79PpGloeMY1oHxulVfpPnMnIvAmUTdVVSgAKzDypCW6AapMUVMOG1YCkyuw/K7kPlQ/KbTIH+jYnL3Yl1qnjJ+bJLMnZrWLcxIMTnUxKO+G9PS6yGat1Py2HyeFWxk+TKhWdpy9guHV9KoufHL56Kgc+0poPBwKRJ7P3/S4a/yTEv5DBh9VwRXMHH3fmCSgHrJ/GF3D4LsvNXbi+iN8vXrS3OWzu5yGGlbP/RnOHdeccfbgVdldZ6ARdH1Y/nUvk0QFbWX/rEx5UyzWZtoTDd1N8QBmur5xjWb5ieQ/vOagB2RhVmaN+6yifzGLN+1/+VPRpCtIyR6b+md5+nfIszMQzAbQf8rV091VmT86rZ2kCRzz9MuzcvNr6afdZVdzRVSybx/EU5WSc7TwNxVXG60gCBGs303D1eL1wFaqgOUGQ33RjcI6DS3VwyGVJJi/F3Vd1kryO327+okR0cHIu4Yai+AQEZF5xAg2E39NUpxq2kEhdheJ5xI0b4zWVRcdhAipDrsVWGvmcfvONcioYPhI+7xVwpvmEmzCw6i5HviM1lOmMQttiCN7q46TgAx3ubCqizXvOdRye87xp3ilbFdRBPsLWIgIotoX2Zc3QhRDWNNaK7LPDt/PLpov7JOyxDppZVL0OrgZRSsh/eg/DBI+zmctnrkfHq8mo3fKVjKCAm8XBjtuq22pIdcRZ9D5RC/Yrfs9rQ73s/mLosChd2XPZIxl7PhPDy9+6nbCrLkDWxa7J66t5QjpcSCTXINd6h/cGYH52r2kamp2nyuSW9twbiJknnCLN7ZE9KLTXJc4h8JmKqZOsPD3l8Y0xZs1EUAsNHs3daLKDvW9Nb08+Y1/qcrSHbPfGMqame/wCF3REoTD3RCJijZSxo2c62gbHkFRHoGC88zWE+DzTnffm7JzrxNczis2XTUgRM9cI0Y/RutW19D4BYwHlQwrgN80Hub0YQctMuPxJT5ke+ABE5j7XGF1de5cA6pwmN5eKIyqoljOzJBypIhkXSAwAaHl7CL86Oz4xuLGvFniX3d9p4HkljOaJ7Tg9iPfDOZMmkTJ713jiMOHRUVg1KwrWf2c730x4SmJp87AnSnzpMZ5+sjlTLPhPAwQ8f79s0aBM5yxNt2l53hubn0LNy6awuPKjor1xk3TYvCjkooqnMPLcLwzlCZDYWDqM26usNuzlTlr9EX5cg1mF4UEQ4EMa+UiVLCoACmFsTxQsyAeoUzVADVg3OuPtJoLchWTzcsMJycBUHfuny6bL1YbV0Sbl4ZktD1D9PsumdbrL2aYjCUG55JqzN4ccSSv7Gu1CEdZlRkRYKrbxca27tTcXttPJbJf40HbeWj9GJllOu06G7yWn0WIrh/6NJ05METUO5SrPhmzqyub6gwR5c7qVGJsOmNvGWo2aSxqWOuAerA85gOWrWKHh/blXvv7cFczk7bI+QgV6pw6PAXT8sTApn9HUuOdRqqtnA1fjVJF04z62yD63dMnv8d8hA+nxNmbjr6r9fB2vn4gvuXNMmP0EbGmmgS/jv2rw8dj6ON3e/b7e3gRd8uwrzQ7OvudNjJlAj93OdZNOExntk5qmYDCSoXuS4fjQGe2bS5lSUclaPy3d4kOfeFVC5yUzUth0wIwgDZMx8tPO7xgJ8IZI7HzVK4ML47n0KQ/Qskd/7EMLokU7gjRjoX3cG2WtuJggWOp1e0/y4wDX0myPldRybsPsuPyyiFg27XiOfLYoLMSy8CNtz1NYx4aXca37osD3dIS+p0hMDJwAyLcMS/ydtv3fjhrhoGiAP4/Thslr9ah08cKDHmMwSgH2MbhIp6jz/fFGqYdWrzFEPAbBiXOtRP7SiStwgullCglD97HxxkDhyU0N9bZTYGdaf6Dlg8AUYY1oXTiS2m/SuuRpg/eQxDrLj9HVCXmHQuUIpY22HJvnf1WqAlrtqfd5dwFnOvLAO0vPN74akJVLneRPBUl63IWRI3SfSzTzGvN+fT7920Hr8LHhoh13ragm93vqzGqBKRm8AWnPFaQQ/mZF3t0B3AltcBDgV856jhLjae4Uhl6AHCCTLuWsn6LhJvt0g3yKcrDzhBJEC79pEZbuP8HMR2d+Ms4Al4PtxWBk7qhY0w+d5BGRFOGpB1YStP9Nc0OyrCqbSacBVl+XIm+GvTa7AR/tpYsKZPyD5bdvWrefrsvaFztrFYOOAqeKCfks57PV4KC1sqyv7rII2IAakUMfLAiCGPKwEhNFMNdsgw/hHiIBru9tdFl3XIsSQkNhXsYy0rR33crixZSOlfbowcMCDjacHIqvkUumSAuSSZNjWDlx7/gmNXsC0H3mkkbtfa4wO9tuygDoJ9tf6bLGyXSH29nMNrOGIBZmmfTLCJg0rI8mXhu4+qrn/Oy52pPG4e+VPCnNbG44Mv41RbTM8vZKvf8yrhjf1On1aKHzO6J0W9T5nuFuVZqIwIKTqnb9+eeDkWIs6gQth6fnxwmkaFBR3KRVsQyBkvZCXfMxVOJxBmmsDcHfshZSjHTM8H2w/7Exf8UhzGOu/3UbiFMKDmJKrGmC2ipEmaAoWbec8fvAwP5mik6emHJIRe3uVQwO4E74SuJGQ62rTebTGANJT2/zpqGguGVwmMxr8RS/SMVydDXF7amCQs/wXZJGGtWLd6pVquJlqHc3aH5PXsE0/h6xOlwnOX/fGvZUFRsH9NwYzRt/nhhME9hLvsyknBvzp+ZRlLJ5V7Fwpg5dLr7T+vvyS4QPjDP+j1QdlVNtlNNpyZQQgiMOj9J4SVJpU1utOKMVzHOrSIFn0M9Flxm1VcmdEYs+8sE4qzOjItxdurFcJV4b8/Zn5/BP7Fx9sbf5ooxCQZ0P3j54x0Ti213/XvFusSqB10vzIIMt0xhSJUzZ8t9qIbyOlSpdqaZnjUXu39DAwD4JLuxDxyWn/UT4Dft3FOtCOWALSJGE7aNme9Gx4jEiqLrNA1JYE+wVCh2PxSznLuS9zQomMCznay9q3VlUT3HYJOXHV/kon2wNkEDErc+qN4NUO9n7aZjnq3ZQOxk1B2HrqmsJWG6/xOdPzVYoSBL8uSrCPcALT+wg/vhPt5xmnOgUhEgSE7Q7muq7Q/BY8dhtpzmYHICVCpta034Rh5cT4ONZ9eSS+6e73VjlP2kAK7MVweeDE9Hm8HwZJXo7Bct5Jnv3kyM1QfECPzcWjj+k8C2cgSG2tNrikIiq6LZQ9ioqWk9ZpZL8sNmbxcrHu7136OtsTpycFaLBKDXNtiMy13bHOuqIB1KSineZ7zaBQ39Xs8O27m32+vb2pU/5gIOI4hGYN36GN8H5mNB0OAIo1nNqz+7X0UpPuGB1t/GXmLBPvziVdTVa9hm0HNmYHsm523nLANDYKHpu3jcYkMhe3M9rsPcwda+VJ1yKLqfPi9534/SBvbQUObDeeMDSMucLtRF73IGcQEi+yRfOkE01QTjmDF8lUIZofX6fj67oXgPnu3AEVHD79JGDNlqfJo8eKEjzyBp2MQlDnMHaM19eNsL/Lxl2jBUnAoDj33dtavh1sPtMYVsx1wqK1YLHg7xzMqv/R//BH7LCqkBjkRsFVacgzwGAlAFamJwBV5RMC/+CILe4x0bzsl1dma/5KiQ1Ms8zS7FBbwxkJS3kBEhSIra4k2RASyWc2QnFHt0xH8F29ytMBZxYVWym+TT7GJQPgDsRC0KanyUxGAq1eUwppO2mj5WtfpPGeUVvXQx3tJ4y+R4O2PxtmwzkNvNENw+3lEJGmFHw+mtxZRefHIxel22y/4uHTRswG4pD/CAm42vmxkccsfO9YaT7IYzba9KJtv0jW23J8f9P/+iF94CcM2gkw/MERVPu7RsGh2ahG/QUNQfTqfzbNuURBX/tI3DjVUXtRSOXcim0kv03HH20axmnhj8OaYQ6q0L2MjU+UQdw8UWZovs3y9j0DO83GBjIAakC7sU/RLMfdx0aNb//wnb2x32pnfDo8D1wd27TwxmEkE+2zEQ2ZdJEGnJThc5z2pLOEz90mtK4aFA7IVEO62WD7UAZ7zC4kHpw41nSLljN6cpQOgq7AgBwE2KNhCon3fGYNJP3kzh6EnmPV8cB4qdAjwGinGsA50XdaWqM0FU8+2fCpjUL9RMI/I9IRkf7HstbA3zgPd7KRVjqu4a7fSCR0A7OnNnnKCXMOichuMHVVI3pFy/vh3OYG/sX2srrG7QMO21dB3SCNOvj2E4m/Pu7yT6jdMjKm6dAOIm8Lli53gCICLMQy02O7JIgdBmbPzxJJuH4+0C6tVQasyiOMX+G9Pq5NCGT6XLSzJpYdaag9U9Q1a2e68WtPvvzo+dTbuw8pufykWohElPs4hEj6/gd8Vz5OKwXbFlKJtiJZm1fzfciqypQkJZv1oQfsk/nWFcsp8cAnMj7XhPClJpL8+ORSFh0J+EBcnx8OQyefQMob+dgzCYUnMBp90xHIYPrpoP3NGn8R1E0MMOwJ9gKkRaBI6HC63Q2QVizcNcfbJz6gaVRNzvkES+kr3IZHb/o30nMfBaJ7I9oAqzfc2ONvuuDR0JgRHjH339o918RK354ekNEqaJtUoRucBBENqnuW3Ii7l6Pc8G+dePEdMEdFst2zmV7ukrBO9jcdjXgHjsGztnmugQt+Rvc07FBqBiqUzMOY1LtQuXk95KvV2HmIwahAAj2DqSfpTd47JOlB16BCchkrFzaFUMjMWoSceC3l5QBjIdKnDiB8NW2yYgGgMnB7LdiDuWHLQkr4egaFXhxbj+RtGCSJCKCaKcQ53c91yHpPIwf5C0FNpGKih3ASAr/cLkJpc2WgLYx7b5atONctne8igF4tSYDlc/dHIolVUVvot0+WK8MoUHE6qJvokcn8nGMMGfHXyTJ7p+FjOM20NmllkZZb8BW8y+1mzukiufUs+viEoCiR8UDjwm09CnUV0ZvKgYizZvGhg7offU6llOIvxYPoZnA8Z+cf5ERDO7QDrBLn/ciYnC1Q5ph1iEWHf+141tjg+xGLcmEooD//DQED3qacoTMgIyYG0AfglOwOLNfYerYL0flo4RF2Qch0DWSPQRyc9KKoI6E0Hcd7P2fIgpCFEp94u/ziOQ8eslu8oI4mmmLiDsqB9U60C6RRY5c5yjAPlG9y7fjKOuPJzAKO9I87OneJexjOBtdniVzNNSn3+SdLHLpl+jVYDYubC7L8dPI8Evp9cVZMnTDTM6vn0yU0h2GaKgIVaBWhaE0aTamx0XP/hRaqzb8PLwnv2stjvjwCTpXFsvOHVvSVbLMHUN3N6cFB8Mwy38t/gxRfhe9YJM6Wl5kwzOJKbqEkcutZRuvEy3blUvutVoY46EofnqB4lvSNt8ca35wPt3SY77YIG019loTr6NwtXfn5i6Z3THj/cDGJgnn9aFF0huZjMQ8U+ls1Mf2Fzg309ZOHVbAznqO3bldsHp27jnzV69i20/Lmmn3yi112+y0j65JAGmZIRG6lK/TQXkJorRU5OQcBWk0dQGGLZAWz+UaGwTafqmirqjMUhFslHUQiQoNW357TM06A9qlUEiYpdiNwqd5I4tyKCMyFdYHuCsuxUTmsUKuFiGiKp38ojUiy3dj5hSQdDXVomahnFxI0PGU/lecEB4AYKo0HQAIwTO79QHi3fVYFo5JdgOQukJJbkZssj4g+GX9ELfjCRU1yOzkHAJOogq7KsD+5+QqSxT3lKlxELGHSO6hV2K3eSgw+4oskdL0pOM/fcZi3046TjDHf63BHafCKTT48Dtt9SeRrVSXr3MpEMdV3xSyeTSQBIY7n9rXSss/S843NwK7w27HUSPeBkZ77151rWQ4WFVXRV8iNYAD5tg10sZujH6pkG1LxNcnxHe5rNWborFDvudZm7m6nZrWATNhH+7Pt1kevTQlGKIiRqp6/QhWgujoaXxlre7P229qkqgOoUDorE9QOByMjKb87estcJkFhKJRMQYmmCMyIOvkW6nArhD57QaY5jCSt5ro9Grm867YxTIUHW/90oUs8MvK5R8e9ui2S0QZO7UTX3y43yLNtcV4i3HW2Du1hwJcEVp3YeY7HXlWre2lRGUOGbdOkq1kg31stJJLq1iRcNhqx2qRHnEEDsjMhSllGrLHpqgeygxs6yLoFEAw1hIllb6u5h3AEQbcLARs3nKgbe/uZysH/bbDJEDlccCB3xbhasSt0jUDhmd7zpqS0D+pwOYFj2kkP6Uo1GphDQ6Em32k8g0FstQ5SfZBIFcoG1+Ga+KZTysKybFg3thpg2F2qirbi+hKE0uInLStl80b8a5TRneUvY1KMGqhgqVTvYbSZV2c+K4v8TGjU9PCqcXV95690y2NTdWX9bIc2nbEiOIg2yxk0ajTjGUW10F3G1edh87jZGEtYtSHwttJhKcy4TNH/D4rPqhfjOvzgcO6NfPgn0OkRNOKwPteQZVrGeCJdEeGH/iunAZGBS0tXpNJWG8wHebDyhab3LMq90EDOfLHQ77CzmbUue3h+7Ep1YngPcRY1ZbwO2ScPH37L/dBA9Ca78ZWHbgKzAY8z7l38bBKF3Rn/Loc8K4bGDPL2fjsko6zphYG9ezZTTF1NE3RxGjSU5VDExhBNa7ccmDctPTDI3j9y/UVLjhYCStTtXWtOGDVJn3Y30xn7vMWWbzka+hh3AKFt4NSkhRa09D+jcvtoTrtHsv/z0Fafmz+Cfn/de4Ouv5k6fVNxxJy/gIc4yHXXr18Rc+hncl/mpxP893hSIBCBE3A61X5mN4A5Clf/ViccCZ3FMMJ8hrWR3NKRp3bSjBAhPvnFm/DiCIhEHqDWEuTDVmRmZkko7w5sKBqcpqozfJDCBkAZC8D7kG7SNL26WX9tm4ZTmqrHl0tFXUY5V8P6hKryLcDMh4jPzTlLujh7SmvJMWWV7P3DgcTCv2iMo0ZjgfUBDM32rOis871WV4EHDRFXqI6nmD35u8nTIy1UC8uS3jZdBm6ziRYMvg+mOHVkdbFlxmvGXEM2mZM0WYC0hyGZk6JrN3NSj8dS9gnaHd+n4PFH5U3kqad9izfdbvFGFaeozsdv8vgdCZsSncgpJhjNz+bwkfkzz2QND//gAa+ky69Qi3OeqhiuRlSrUm7iJ//+FXzTWNcoy7XZHlQXXOotJTRC8Kiiibew6CuOXQmzKYh0YzeaPZdnjG8AoM+4xUT3xQzgT9rwef+5n1KS0WbCmDr/NJc6Tp6zjVQqUPaASWnxlyt7wIQ1x2aKccJEM7jXtMcCfFmR9HzKibUrWIFXcglMa7F4hXNL74psSiQqiLMjpGQfxXdQV/EOd2DCEABx0iOTV/MhWjZKAlMH+s/rfoerL5Z/REwBCZCwgnIj6gxCs1d49hTiyFCOKE7FtL8qunBIa1C6Vog08aTE+mnDjFlrjcaycNaydXhNJi8Wh8HbI5FzdIbVgQoFyWkBA8NjiXHUgQMeBsJ6XpNxbHNWUjLCqfZjCDlmW5BEEEEPAqzp5wNDZwGXb2m23Znj3wBywX2vnTbvZ9ARCIQKY10c0tbM8PFjw/juJW3imzSTN/ChlLr0rAAfGdcAXVLUR346UE3hj/H812X+u5EOMzI0xGAHYf+Mp2yBmTClWGhgqoxbEnOGxSjQ4MkG8fQJ82DUls5R3zyWTE5tIMQiTWmnArtGjE3f5V0JDx7/BsCMwnqtLFsC1cLxWu6ECb0cseIMZDhyMUnzjFNsTadwxK11YKIkbF9FVR42t0QstF4tlLvLOz2xsLaSZqp4bU8txFnbeEK5sBFgcIcmQVqks9DfeuZ8iDRG6qCqPVyns/mYnd+9tjyE0xF9xLrEKZC8WZMh1RkPIowR2D6KbqKdMBhNn4Df/7o8dzZDq6kxRc/g68uBu/PJ7m0iwr5PKeodGBAGEix80ihbC/Ta3I7sKOn0BNX0eqDdWOPJztaSPKwudz7NxFg3s3ckHZNNYDMapKj2ToRFr7QAOW6SpvrdlP1aY+aCpy5eWreZjqaG28i5OKJVzrbAXUUYIHy6m5vzbFJcTbLLReG3SsjJl9K2YaRYvIRtFJ0Fr1AtcNE3imljlcnX05yhRK5FRWfoHvDv9SqqgvqXTHIT0i6pMdJqzaB/cX59J8bxJoUup3fMYNQcVdasJJjt0zEEp5u3CvpDa3WTU76iLhJJpa4Pxcrbas+aXIaySee4S3jaeaTewoDaTwBI/E9xf8WIySoyBCoT5em65aGDswKDYGiVsb0QsjpsVTtCuRcCy1aF8UDTG6oOZIzQspigmfzsiqVk6VzSiYm4j/DPpp+To+VrfXvQlzV2BmaXFw593aHvT48CBIOzT87kWbojf5OlMzOKmIUM8xUMH/nTR0NstcZZRT9lJ0RYSB0BjKldan5W+QvWJW0e2qpNrGN/oySydrdjbLN+59ACPy382VIyNEfUFJgrw0CmSJgTJkVnwF2yPenu1RATrL/U5yCFAGMQmilU18bsSpyIHJxLQMJ7g1PADbHRi5hiy7cH3FPZJoekSrsNa48TlWRPPNB/lrLON/uvLzDuzAJTJndgNl3Kf8O6u0rHEbL/z/p4YFB+xGiMQ5kZi03zYzb5XOLMRwTHOtBJhVJIUPUI5j5kn4EiX+0UKAHEPqrXP8JPmUVgCOWz4WA7T1CIKhobpYqwfAxHnu0ChhsDUWg2txZvVZHHmDQC6KepB1SLTsDC6hRx06JDJW06daEAyualYaynmoIxbbH1lY+XFFzUVgqDDoCjD7PTlnox/1EFecMrhkuONiT65KSqIMSWHg5VGuZw0b4MZHGyzROZ2PsSUGwOhY3Q4H6E9cbdTtWNSwj6XYkNXWCswmz6uwXSCAYJJIICc7W9PkPr32AANXDRQpojpWNEZ3kGMVNKWaLrqCrFHmhVTltWkqc8k+gYY8oSUT8uEnW5xpc7rvy/M8WNoF81KMF6oqBmug5w2TjgOrNaKEiBxmNejkXAI5KIh6kVbiFa/lD5pR/F9Nv7YKff/05v7W2csNLvRwybtageGZcaMP6yjRZh5dHo55k5AA6NKqFcDJjGcCfGUuar6lDExL02wV1Tsag8GtjH2AiQQSGIhX4z2aEl7vkK+NgYNHSPbh56oFSYA6NehgWzWwNYIRakMq+VYY3zBJrwGm5c0tjsthNGAi0dU1ys92jpLTf8cAct6I4sn3iOge7honh5k8/rTYcLEgISzFpamjk8w2hKbuD3JFn6GYR3L5LYU8j72VgsP7o7me5rpVo/2dXKCIhwqpiEP2VwVYOY2l2a7qzx+xMvtbShkrgy4J4Z+s/YEfiuKO1T5NTEh9TevEFtd7nn4FNCAnoY95KRgUI6WBYaGjUuBLgjSYXHFewc7FDouD9lWYKCt+HX//txVvc9735c6hvrjLFP9nnbzmuRqsnyw20OqEOXtmu1A5kiF5oD3V9vlRVQSSfa1jT+MlSWovjY4KVZe4D7UKvnOB9y90po76pVDeqtP/9U05aD6R5OAU8ellij9QHMri0UqVc+Kg1j9dZyzh2sPc2+vEjkgey9DHTRpS4bg1+bfxNasKoOE4uglCisHCbuKbTGJuxw1EzQNDkmVTjDsc8GN5nybAMLn2itFGoLkhmfMzyS48C91rzH2NoJOJI9b9gTapT5Iv8RsRoBsQH6rcTVqGrLaQv40DTd3D6CYUF21IfLB3ORSRO2XQbprVm6ewjxLJNQRuYDzi8jlRyeDXGoRdaDDC8HhfgOunDEzzI76slD/tQ0q77LUTkaSuVgZYNA0Ueaor2skX+WML9Nuc963TeP+ypBNb/58MP61oOn9F0TygUnM5X5LLuWs2oRWNhvf2YajX+bygCXH7hITfRL/o/Cx69W3kFjMwRYEponpE5x9SRWmXzSl+TIPGH14KCWWxiTmimqgNmTVbPBC0h8U21bMl5DtMTTZA3rGJSMWgNArd1L48wS4ycJx83jybpqVUVDae7B9jzceM4V8wzQJkFv7CqFRuRGvwQETy0gvNor6fRfmO4L5iuf27ssIwTAdZBpsga5etCisi4EmwVpem9V3x9ed3o425S4VTNdeRiIv8x+0EMoz3sHXN3Tns7kzV3nNMztSwyQ6VrNW0FmCbJ8LGbyppdbXRX/5t3ARowjkhoQeHXVS3pmh75gt6Kbddnn/kngNiLbIXaN/HIkdHZlclFT+X/pGJLZ8FYLD8dqLOdQxiNPUwpDu/aayz0G2xW3sTWWdpzBpRxypGf+W76AtpYgGXiXC2UxfAUjFbjchLjuhVltSSwsy+9siOUYrZq0ABtfkIzPMVTPAe5JVkIItg7JpgKkx+lyjxD1+APfah1GKDnSPah6kz1cG988H5qc7D3gEpgmy7sUOTYEF1Ouh2lRxhF7d4Q071A0dlsfMo6pDW934AVkzdqsLXRs8L0ICOfTQG/VbiSDX/BfGVkJtQcDeN8Yr4aJ5aD+MvF5dOHo8MGGfqociExh7ET1Jyoi6EhHkRhkn17ggs0kcU9k0U4aTGIGMkUpDYCnouRXNSJMv2ljca/zl9ePUpw1vw3haMQbxZw+bBTHgL50d4h14Zs4EUEeK6jENk5XBorM5QjM4rUNr9+qyG5ilE29JpeSUCG1HPs08wJBvEeFbA5ihv5bRvZowhspPFLSFyyeStJPjHqXUoggF4oiYVbMKDR6OFhupDJmoffdA/dYR2nmVKZf2soNiC3Lvge/pD7M0O6eYEcHeXg3U1tIS4YMclnBFOUoqLLab2fwH79UcoxG+sQJftcYafNqIX9qVIft1lAbWxJg6ROUSaL8DLd8fGGnaxrVVbKBCBAYisiCPOiNyfmdTVH+3g0QvduSUNxUvDwiusgMBaLUnKxVzsOmADGUYawfgyvo6V9xoYUOCYxovPmrUga4LOUdwtC+alBKlwLK7tfS3Dhf1uBTydcHaUHRJGuIFADp58ugxGKhJpkXFVp7uoKsFOMbOZv/Hhf9VEyso3gn4PommGRNXsyEsgKQTMor9t7uE0baipzTqKUcIKqXkizzWnRFaQ5KlPm7NKgG5R044vyfNiMPu+/ooIK4IsoQIyGsyD5uRinXAj9sKPS6avTjTPKQ3moP6arp8EhpkWxbvaVb6B0YQrlmI3mLXaplR6iNVRTex+ZY/zhW20QRwpzj1joXWCPhdHP6tt8W0b6cDkOa6fL8uhZSgkQTTF9kBrRovmiS8pwckiKGbqf/6PyUWGY3csF2TO3tFhFKItW8iZUqAcejwwOkLBtiQulsE24dTMQZAr7yMyVhifEo995JlobodFKyhEXuNXYQd1OEwejXVH6VPEndsU5MYiOjmkhgVsf916E5/gx73Lurdm1FT60iUNdie8g+R2YEIa1Q7+hMk4Hb1S/YlSOha1h6MxPNbkyk49buHNDPHPsXiJiZd13XJ+0syPJAraTpuYmf3KGljogfR2N1g0rOvauKE5RM2GquUjBF4qtaX5zDqpg0UM0VTtOQU5W5wZV8Gw/kgnD3oGIxlk44A4FJg4mkNFhhLV9wVImmDZSsqJRPVRyq5YmXiz92hY4uKAkxHbmBm/mOi2byueyljMG0Vr1DR0PONTJG4EjzKGj7wRv7K7jmO4BryzNYeiXHdtCeVlZ/zZYam7YXQbI7TfHid39bbMcLWKG5J1PHJR6KCvB4p286cVVf4co9sDf0h7C3FFlJ5vipZuSKPnQCA3FKuDxR6eQZst5XzheTGjHZlmtWEW9Qo+Gw46szU0H1vAcnlcK4Pdzrg6YyEfGck3iGCtAor+Geiph9XLRV9R9M8/kg6ZpeiYcRZsbIVqda5dx1H3LlOPl6koLyW9FgHuv0Fr5QbE0+WhbLXe528GTjZhXIZ4NnGSuwDvSRf7xC8LYiEBfNX5zYDv4oar8fJ3T0Iq98C6chtkJxOyat/0ayLjdxvS/sTaquAJrFMF39baAuQsvYT9mnBWSCinibEh/7fnltR5LxMTxVTmqJUYEegljTtZ2WwWBMzXrl6zM8kbzLsPKjxoVK7UurYiAL2guce0s6XvJ7+8lJbDSwo12LyYszI8H4CJSNpKL5mbJN9Sc7lJq1sz7Q6j3CUeoAxiveNQ8yuyUPipRK2l8nscI8zAceKjZcIwPpXMoS5EUWRCQxZwJUxBGElxQwxWLYw9yOv3pGyjUVr5F8a7uiL+9AYMd9qkbwHYbMLq+yTucVfRQZUxJ01RN2bJKicdQ/T+8eirrxnSOAiwMcg7uZcacJIRQQ7oD2jju+lFATJBqcLv6beFKJRUMRk9gKf6QVbnT/2AEdFrG2dk9AyeD1weYgOQCPzioJIbx8XTXKNYhS0djCtqTentPH8+86+yExwqmhMAftSwdwvXc+8sSEl1CFPd0CjKgKtnLdtrk6rF+vb25fR7ScfdU/KvmCx830s4JxmrcDxfOVZXRDTzNea0rEYp3V9kzKxS5zzBviajI0g3GHX1c2EXK/qKe41fvLj8lEEQ6NN1Na9JER5u3qOEVOgXJQuAzpOrtje0kgZbgXsvGsyZA4AZSTLtnd0Y2ApHMfwYxebiNj59kotkxlZTDMSCQFAB8pUo98xDm/4k06vJxMdg4yl19lrm+kOSv+RhB5WNtzeKvPe6O/dA0c7oyP2Du8OT2E6vYlKoWYXgUbWdug9AkBP0b5gt8T+xge0R05XuApNp1S1k5MozUZYy7POVZm81vpu4X0damQDaf7pPkDsBxYadWYY8EgKsibbiFO6K6tO9Ow+04sLEx0LW5PNRt0/FTEDhsCZlV7yIUTdMIybt2GAmpjBJjd2CsEoQMfvKC1FJGmydE4oqNVEbtX6sliA0up0KXvLIygkpoWbXutHuPO3RCGLnc4nxWSG0iAuEM9Vzp+6YOwJiQCKB4DrnKTMYC7JT6B7jQtlMQxF0RkyFBWda4f0LUjiDeFJ4xsrwPh+P34aZ8JEYjkaDnor8tDuxzsmeQZRa+ROz1aRYVTQi7GtC2LAzShIWzD/7bBDN25k39H90R4Qw1MMSKS/QbXjOUFj66pNewRqJUedQeJIw07h8VV6xlbf5YHugqveoNjdh1uGkYXp0WlOvEqI6XsiHS0P423Z+FihlzlmicjoN4i3TRwnT23HL9L+9F+dD+8AeDRkOOhdtyDVGJLqCg4xBYavZGBccGhd6UxSDCcxTopBfF+dpKS2mU8LZgW19L4qaeU3cMuwOsKBf0yP5IRZ44189Ee7RFj7DTUEQv3T1hn8vYQZAXBAolsTZ+QgCNf/NQLFw0jabPuwnLHmwXxvCqjO49PmuoyjsV650UCoWoVGUn3+YXntMGM6fvKysbtSG9DydcbCes2rqfcuWYXTkjmdiZc7ZxvPDwpEP4RCaJi3DmnfyzBtb7Zt938djuZRBH1DpHU+SDKM62UREnLr/U02/XcPHyKCGovUqDJq9jdqs0zw7S7VlTIrzJ1Ok0xfNiGoBKmX4kfG77jITcwIYiBjcs/Od8w+U3HOdZtslV5K9TwJkV8px0sxnTeYsvOexRRkY9ERPbAcAuMVKVM3YMbjPJqrnnYLNjSovb5apoiIxbNSHH1/lBsqgLJbhtXk/Y7ChIOwBt1N0iYznN3k70brIk3sCknb+s8ISpzl2Bxqro+xR8DOsCQPq7WnptHFXBruM3bF734WCmIydb0CCvKYx5NhGn1JwONuYQhrBf8KlKCrPbqUF+uteEVpz/jI6LNI05kZUtvTg2pO2eL7V0K4MVAxYJf+KUH1OZPiFZ3cUnxhqOiihcKxn4siMvbd0bV3iK52voUfwwT8bSjOHtV+NR0lxPz3A3YEAxARhI6I/mXLTthhMQkOAc3rkUzA14rEHuWlEqLGNuZBZuF2X5oKO1rCkHl2HyLrSXl3ia0l8zOIqgDjKv+7Mpa3fg2YfL/cz90o+H1WShXEfLfluMIdXc+I7x3mzk2X9p73P/TzdElExDI7DoN0hhKzWBPBw7Ue4pJRxA0fZIjgflVmPQADsKkBRsoYET1Nygv6Pp/+1DJkQK6+3w/hBy3bj8Eb2lAydQkBAK4/RQhxlZS0EpPt1so4wJ4PFyn6JxvvJlUAejUz14W90eG2yo+wAsoZ8ylGQtRcd0RPd2R7TK9tzfFZDDsBC3TFWG0uu2wSdl+ik4i/09fnGe72Sc67QSCUbUDJoDKEGILFYBJLPdnSgD9CSPr+6H4t1QnuZ+OJwLuTytLfMtlWrH6pa+QSFSiFurtxmW+pmrYjI8VTj4DS9PUawtt0DZMmvcCic3TrqlLqwyz3jK7Jv4Z3MlXiyXy+3ii2kiiSf9OjqkJFkmEmmV77T6gybfBrOGDuOM3KIenO/vMqMP9caL3NbMgjpzJZ48m0Rc9xY9/25idVBLnh1m+zK000c6BaUITLsZ4AvodA2mop77ejmNF0l4zYndDljdcmMFFUc25hqJ1elrAW7rWa3k/zxpjgTJbw56xxUjDAlNb/Y1j3qP+wnEEFdET0YXddCinshSkbokNIBBHKgVhH4qcIvC5MiBV0+CRcBu3p0iB7DeVkFEe3abvJqcmzL26yP5bZfTl0n3TT1Rz+zEpJc0iDdiPFxx3DarSEI0h3LMmLxJbEdI5xGTeJhoyNHLcAXXPRPimRP0Hz/XyB0ZFTewgSbsPAdorTiMpvy3W1sJvgRywoCH3oHggcl3Vqh06UjiMgOaGqjZkrfL+i/RVLrPV6QqDsykrMcgUkHn5sHsut4qQSLIiHn5oVRf6dxMWRX3xgzhXZExNx1ZiQ0I9YjAgDghUJ22zz9zqTkFsm6trk9wWqG0L225ONOj8CzltjryUcQRm1ntzEOrQGH7C4LIyqqJYa0rKrCNM0QKlsJcgEtQBuYUAA/qrOrN7pIPEuB2JIlcBLXV5kKJJYhiEMehKYrh4KX0Aqww7UP6v4iaKn2YAwLEbhXeClQkW0niSC0zYA10EiEDfDEOdhge4jW1k8TTRHWhP+z94G4MykMIjgUm3ceRtqe90hw7hVZBgxbC/yazQxiT1C3iUlWgN/xc3+1Lk7a1O/NFvFKBNnL4uBP7Ehd+nCxso3BXubusLnP9cwAIdR0saWE7PH9IiTVVLK7UxBrxX/aXwksdvYhHlOJcD0KhOcw9fE0eeST3EKetdB0k+WkaJANwZRnbau1U53+1kSEy7CCpjusviTrrBlRwK8pqXSfEqLIdTg43fnRZT4vIYpsrCp1dqrN1wFoPQMvetGyblBYZrzNHREwu9cx4G/TiIn0zibFbQMgWnfWkJS7s5uLsb+CG9+kZZWwYH2DxJ9V2ZctuRzJzzWM1qSGPuQVYcXre/fcoexurNkDsexqVbrfEuR+qTd57UZ5tvlDYrKDkgFPhCERMpzYQ9/R5sqnnitFAM1GejDOSce7I4LhFafUphgRgr0CYAtx6LD7dXcpXgcBwj4yJAWj75qdd8+kbuAIoy1yhZtEBoqcBtJuntOdFdalaeDbuGz5eq2H9uky+4SqxKtNeDtEraKyjVL+AfbvNaV4oepekbLAdTvITjV1XYqONoYJka1q+fR7DYFyrVpES8b9KGs3VqzCBafRzBr/83Qozg3ZrCDrK2fKSoiljllN5yE7OlcSP5KuwijN9gIhDmAGJ4bVvJCsEY6vkw/E089RW0OCJdkfjmP1g7PzSFROFjGwNvo8SMdSq0NOpVacTC0JtS5lygtgOvSqX1yx349oHgiT4yQOpTD7rmbkvuDAn+opivukfzqXttCec9rxMBAmF1RCXmAit6iNkMPSmO601JoEhJ2BV5UxMhUg1BTYNgxggc8a2BzDRBXTod1tKFMRVPgaHUlPaReiIFKXIePS9nyxXWV/SckJp6Nxgc6wNchePJ4/syTDIdvCXJzGftl1hW0xmxIp9f9JMXEt3q3BC0wStEnn6hrB12DSnXfooEMQ3K8c+uJPyk6tZHsaD9WwWIiZRssX8171/OVPyfNtk+VfD09bTgltZZaVKBxOPKKrELtluV/EFi1SyrT3WKdHSxvN5y8QX4+qjnAyo1n7O8ZKxbS7/IN1CdYVmdWF/XPxzV3PlBwUw7ori4m3XvLR/qtg+o84Q4NS6OOHTgRqvv0YutQqezv0GhHjlv7m6ZH8vJ1wzVk0Zqf7FDxu8WEVodWxi8fkQxMkfzLeQTE24TxtgGK+CvyoTeTcHgb2bNy98KLK67n2SX19YOLtfzuBj/zp4w6u+ifmtj39sRIq2yC8erOb8otFQth9XuasMPfkmPhDFYb3VYLcBniV7qcqT6z0hkzUCRwoWrwTAJy2m2PVQtD7AWrrWb1r9v4SaNTuP8WkyFLVwAsc5KKoEaNuu9971UTTxgfnwOtCnp8wkfkWLlYr2HwbWsXx8pu3XWolmeMi4Nn7DidRBEkaQ/VGeiKWU9RNGUFNKozYA5yowrrpQlNLDAmYyMqdF6pAhVanFYGA/gWS8VORnB4HcFT9BynbKDIz/24EsaEAQGCFA4lDRmfDpT7sGLeO7whlpJUtVmJbeXdyxkkzUqrKuUS1IaQdrRyN9zIqLWFphaFBmrd0fDoCoHRuFpSOvVpXUdkuUjAAKSSuqShey2nd57eUmF5DJkZT3OwUeMJgqPIHvEtLaGVHGvXW2o6LU6wCbTexbtFBVrHrzI13JyM5zHDexkqKweVaBrEgEpQbUjVVmgSk3hlTA8ReYYqdCiEdPXTXEiLIkhwDiPD0fO0EnXo+XmOordruQqTwA/Kw0H/TTxGsQapZwX3NVJNqfIURxPPOe09DbmoUOX4HW+t0U7JP1efrQ4s3moj6s6phQHiyrQbpSUkTHvvn+5gHTx4mW53W9PpZDEw2rx8gr5tRbA2lqiOZ3l/MYDXw6pXLtr2N4kYpaGSJxTbC88ow8ddTdVmFISJraoMCMtRIt2T4/pg/RuClJP2T3WkDKNVtl3emMVgAAJ+wueKhMWJapQhPB6qVQLrwUFXxY1LxnzxXKF6GLJu8lLTLbS9VjBF7ZCW2ic+8nC198DITl5te0dHr7GPNb0rQRCBteENJigFRSomwNyjUCkKcy3HU8iPVsB4RXW7jQ7BGPbiC24N4jvpGl4GCNl3C4X0eUKcHastfc7m4Xs45tbBsRkvkbJDamdl+RsUsnqjzX7IVsSyZDxin9xro1tiTAyPbKgVgtHEReFfhYlgsZUz5+58puPuvPkueyPw58Uzf1VoXcN6y+5ien+sCTadq9sUx5Dxqg1DAh9n203t4t55n/dGyfEnpSngUW8vfq+vaQ+yBNN9kU5pO2+tmYb8Y2nb/u1BLsMc1jeHxfz3xf96JEQBNC8tcMisDZMcfNwUxisz16h6OUgbWexiZo5YCaIDte9j/QdHAukwSQuiN898vw9hK7ePSWSXz9gedo2y9NVhXmhDpPvjtrBGJNOwJl0FWIMYdnZXLTtCcYLOLY7VVPnqBEQnjf6q4qr0luVokykdpRFl1WmmaOhyRMWjTKmhRgrAOO2PaOihpvXjFsCBpXCaOGm6pzGbTzWR6KNiLr1pB4pGIcmIm3qUuuI2cimrLYak303RevVQ0i4AVEuX2znUzowR90dF/DCWZ5PdUxN16xX9O0WrH7MhbDx0hbo0snxmUmSoHtt7t56VS7Naz2FfKS99nfcRCyLXjhJElxj5sJxX6grx0Mi/StsUHDbX8VjxhU0deTYK7Ilqu2YWvMow6reD4cm7rYCJvYri8jMg8bHHPftubHmxInTDkkHdhWbcbuKDPF/XbBOvgsKjcjwlMJ1rQaA1OxRi+1kYdVM2t7KxaCajfJmGVCZL3Q5RtGSKo35d7SLjS9p+PYYYau5m9ujFLquJojyIKa1N3gtV2WF3H2cQC/h/pK5kqkxNzKTxRQTUz4cJGPgw3ycwDA1hwikMx8J6Iok1eP+y6DHUWUlJlejqGFO78Sbqocec0GAsdGnyjDytrXjKImUNiOlnbi4JcCymqku6BjTbkT9AqCBOP4/hAF07fydPMm/P26XIUNE0ejDm2SI71JkQhnHOJm5umXEfOQPn27Xt015k6g3nmxRNF47eb8U0DJeDdBkmntjVzxy2//3P5Dz0BE9R2bl2ULy0S+UYV1p67+SlO65Xa9OWgV3ILxltCgg2vJ/l4kxB+gCz/bL6qyJtVsGToywe+yMXfs+PULvyPduLoST/dzkkGTXTvS6OM7JjZ0kd8ko6JMwAopcsOhtZ/g2JAvSv3jLijvUvNtioFeYs6B5zPcDWVa1ICIOZw2audRnWw4Szbi46jn9WTdKtoE5AwmwsrZ8rHMTpC+ULUXxLxnRoJZcpyF30VfNwZqtvvZPRYz1t7Iy1B506x9ezIvmfzrVjY+lwwnXtY88qu/nZUyDFV16KDag7bsyU1N8ibPLXBwNZ4ZcOQ/sF4ui+0KhlMMYgDr69QuIHSv1sXlFrujcO6kcjHzZEVizTgLJQjxzfQnd+kYMEVK2aJiPpdVVVlKJ8PhX/GSj7EI7GjmYrJ0GkBeUfKHEGmhUrGoJ+DVEOQQMc9/WyUzHC2sWavf3PeIsBFbEQXLC2VlNF3DbPpnqY/fUbbiLq09PAhL4Olf9fb67qnskQnIrQvTSMamvvM4dUdzUHE1jnPNDBlUjaivD5sAZkGnx5Cg2nxbrE+m0fSACMCrTkYcdaJ1P7Yyel/QL3jZevUdwAh/w0IqqjsNxXOmMeKO7fnnb0wsz8fKz1s59DgpyxTxZ+WbvofrFxxBQqBdDH+gLmX4ulZLYnjrzJUqE7DUi1zkku8JqLizcr9HRTgQ9u830om2lByNFrX3Si5cyjUDmW65EBAl5hdqqQJZCopCTnGaL7LRURbv3fO2yz28nO9XKC4PPj5rx8CGwvhlFf8eIQmt6y9/h5yw66chs7E5fbdlee7GiFm4HbU23UBovnKtSUqZN1FwJJoeREc9XcvTSlGo0i40OZBNBQmQjpWvwiFO79yc4dFUN5ml3HQkfvJjWdh3Byn2oNagijHkNDtKk/lBJg8FWCm7MgiXJ4DsjISlqj9VSrWLrtQqVzELXoqTS6WFt3P8SBMy99pShJK5IxTUhcpUeTXsu0qo8XTgfe9MlCelsP6MneehsCn9wJ7x/sTqfKAJmzNO1waFZsDX+eGpNkhCqmErpOP9DIFKrTtN0wZAa0AqNKaNbqJs70aHGklAzVOMm3KAXcAsOzIIPVpqiwMr25tVj7u1Sz9RlH9G9UpNhbvVKu6a5TCUmINbSYNct3oxcHYOaN81CxBQX5hGGztXVMXPyQGFYM11wkmW69CCNPJW6MN41yQTnae6j2+V94Gd0I94IcbMR/+3XrXWjTsk+zaYUKGemAOB5rM6vPxVyABOUx92ae/dql9ypMikT62MUwsDn6RuFCooBZys+t3AIT5XvjW6ktPBY34f3LPSpo2GZj5wF7r+tU8QaLEuYNlGD/jr5oYUTCYJLN5Hj3OrHbBpesKYU89fYCIiNQe0t14v39/L3gZwOkWYLdVSJ+1E4Nq8W/JpcalJ8zycpJnZH+eEmIs5Rd97vFA3uj8DHme910M5v6oNRBdrjgnvx5aOWlvmPLDv8E/WqnkkVMzPyrsIQbrSaNp43IV+zUmFhBRU0EIoeMnGgLj2mKv7rRbDt0U8Mh4mn26WQ9FGInVjZgn5UkGK1AZ4/o4xBnsBseEV32a9rjeiFKIApi9Mn+t7ngWFpGC6q9C4tETxTl3vfVPO1G7Pb8NUD7McBONYi9OrBBWCZ0Qks7B80vn7f+PrD42uFh6ElD6i4liZoE7k8rc82WT0ygNHzm7+SfJ2RRBfX/YEO2aAnEvUO/ZxqNLVDK/pDQczuvREjGtIEYmQPpLDgRDY+3FO6LL9hKWvr6pZwqaO/SnQQynSCgYfzntbuVEu3lRfCXWOvFRkVd8ypn6k2+Vb7z2jbmTj32N57htvF1CNJe7ARjeRFlW4UM97t0jHaA6TFQVOmTSocDisFDRhME90M7uCMcoWcaAW5NVGcfkkb/75mtA9sBTOyCZBlqrMsWX7LqXLbFLtZPwZ8kjRX70guTuajV+1ZbdLBAf6lDzR/5IhR+4Yb+jo5+/WQ8X0TUmfU24HnkuuszteugUo93da+Pe5tp4VfM9EDsD29JkTrjZyr6jsKxiLuLi9ZgdEbYQP5/BkUNJ8SI1bMvoJYFskMkrau8CbTe95oFD1z3xN2OtsgWznARcHrsk7dzVUEmkOu9o1U0CKGZQSUMm+UIxwRdAkqh8yozoKonYSvss1qD73dxk4NY5oGzKz4kekMQiPJUIYrTzByXnZD7QjNRH6nUDq13lxEeuPNqkWm91FKs5tuigaYXFpruNKYNvC1BWFxpVSNE7y1Txcx+DqO9dKvmjNo/wccgdXsYoxQiH43AM4fNmq4GT7qTOxc4OkgwfNbo1Iub7wIJXCrZp5W/oWq9ES63ug5tnTgLGSjufzuQyBcJ4vVJxyysdguGEr/Uhox45gnrpuf2pP5wo9ziFgiVlVT46ilqdHlUpGn3KXeIy6bNhUx0dCoJRjc0kxb+kVVlpxPKxbirIyaeDhT68gk45PH02eGt7WZFTNlXVm+KovcoHyaKBorRKj5l/TuePSmGlt3C6surO+yEq0IKvSXat0Mn+Lqn92KxlJTbWS/drdpPDlWoGsRAjhmG9iezVE2q4SerCHeKo/R2M3Wm6YcIi1Wim+5aTI8IrpAqLaFJC6jP8HqcTjOE9L/sZ+uvu+tLeyr99mgMFjWRWVopNgngk80+D1oYhqHOMjouC5qtEKOkA/6KMVqdb/WB+K1dlkCyIRo1yI9XxfkvJu/emvuNAFwaNoxRIIbN8/+wlPdpH537fh0OkB+thus8Tg9mEYysoPJcjZcLvnp/wwBQJnmpPKFN2N085T56XF1xRHaiyA0/kHAXqd0b/rLGUAn5gzP1qybcZrQ5l0voUEyxJFV7WXXCAEm9V7tg88G2XUUyMUlNY6dLqTBSSSzY6DwAZ3O6H24N1jdyvi+r7Gl8mNT3H+Z5gxpKiw7d5UwI7ngp6Bd8hP4Ome0xWC5Da9LbgpmINCa/MeRWqs0VRmkPWC7kO/b0wQprZGJ3RclQdciZVI+JTNW/GvH1GKdqN11Gel111CbVIteysUMlaTLTFoNcWxRAcKrXvKtWi+mQa0yBymWzwOzNbNl3nBSe8cn197nvt1q37Qv2QbCrc3jvbUGuGk3MzBZ8c7pyAYuPc/2fPdTuooSfizuvUov+D+Mgrl8Xlf9Q8vR/nQy5jmuNeyp8n5Njh36ch4F7Kb3GkTDYnKdp6CQIFVzOUrvsRjTK8+zWTsl66h9iXWyuqR+aDsWZkZVJoFAKl/ZFxMPjQUEqjBxuRrH3f3cGMgy7bxtNMb8anmjYCO6lWjBciGtiCbdOKI2t+I1AFftz11broTYX1wH7Zbd9CPGtbeQIdso+AP27hC+QnzbbL1GGQVAS0ljVmmaiThL3JTvTvdZvJJNQSLyvy8/DR/9Smb0OYdv26Cw0lsDCfBp7Ud6w8JB5bDXhqJLs3KwqYt4SxVR+VuQvYKbmEeRY7gyZPUCbAqmu2v6yKaAk1NISg1j7LHpPj4J469K9bTdFeLZVKmpOKlAvfrkHnDAFOh3mFVNYXtpaH/29Jg9mVAN9DdP5G6XQuH/G99znaxkCTYumZYaUDksodP8YJIBJ66K5TjJYUzW10C9nOQpJD7cMJGHApLOnuswVVo9a2xKH3nG2QUJwX+OnOLBZKc8qujDIfsqsAJI4k6ga6XURKo9lhOyJCuVyTnT01U90iSRwxy+dCK4jMTKVkp5LKiyja9qCbDImfWpzEL26bGIdqkuZBRW+lfDXZqvbpEr20IIKfiIEtHie2sX3X7XTXdr9R+WWWHFKemop6RYNzLbWMrPHPa7kQYF58T7hmO2Gs7+VGSypX5rzxFCfftXpr0u8X4eZkrV/OLPuRILknjainfwhFsw9/8yKCkRmyjTKVOaBx0fLfRfyP+a1S14OEuMvamOJNMdiDR3zrsEuGhvZChH5Oi0JjS9Qzma08E2ljPoCfvESFrtawcST/yVBY7rSyvDplnrTOn/13nNtaz2bFFdTDFeeS2OcZxV07nQOH/a1fjlt/z1Nb76WrVsKfhvEtplWGOQ7igD2RkbBRkE2hJ/JtADNhhYYIiB7S+qDC135oQMljHfNEZEfiy5EgjHAOxXj5zrZVAWXwiGknMvMMonPbc6kKVx/kky7L6iwWRzuj17v2Pc0C+oD2zIEQxlfEEua7g5n6wl+yTiTSpLbEs/U79ed5YcTGAymVY8+fDff1IIfFNWXeMdS4xxFI7tZphIm/7jT3RtUS66/Rr7UwY9TQat9kMjIK+MFnXix0+HE7tB0fROFAyCkIsKMioQqPQkd4HuiNm7NGP4wk5e06/yIlz31zrJrgnzQSlS/vqLT1kvFtlwmNdKrueviobaCGbLvzBlax0x1ORWuvZprCtLhSd/Fv3TPNWjm/wpA6Z5hsw8+XcwY5rvWBpM/oyGTPNsoKWa2P4mcis5Ag==",
"reduce-request-0iDPajDN-Dop0VmeF.cjs": "GyEEAOR/50w3Rv0SJTs7YH3sCpi3Io0O10bI8Wwb5pLUKh8SJROJLLAznRyUmCaE/18BMCaF9sQx0tGmMNU0QeK0H8gkDTwm3r/MVXr9DrLrJy6zHhFNg/9krERq/AJjAZRB40F74C0NyGg0+RElY5XXc/JEyl80Yh5JlUXdyjcr311dNoMBOu+o8ESMpd984fmv+NuunkPC86+/cRk0itIYkKqw24O//YVXqSLcV1LQ4ePN7WEQNrgl++TeV1fBxhfOrjj17W/QW+Yq0uAkFlV1wh01AdedUZ8emXTo5eRK9mxHzS6o1h0B1Yqa6Q0JRZoWVSVuk8IivdzKR9xwpgclrWAYnXB0v1ioGO3Y5Vy/XKvodioD5iounAYaUaceX/0ZqDICu8HzCM6Fxy7ZDrpbj/8Z9prd9OEAHKdu0HAVMbQDQMNlJKXmCKXxnmi3rDR2DnPZEI09f9cotYGJvyqDMeYav9HL5BME6w9OZvF8gsCNIY9OHsbXbXt6EoK03g5i3mZuE55WcXy4UQS6ccjr9W2nJmt6lVNwkDM49tBJOmXCgm4lFosbHabho0XciouqK1TB2o+RdRkPzsG6kgxp",
"replay-op-C1cVB2zA-Dm2ibjDn.cjs": "Gy07AKwHeEOa8htZY6/EYIYxz/5r64x3sQhFaIQks37vO/P/8/N1j0qeraQCyy0nBfLWBUrOyBsp8BJDPQ4/p6Gkaaq8AJq0qU6NimYEY2ocat3DPtaXrmzpdM8yvVVS2N5CCpRg6nVyeifFDSikBvD7w7a0QXp8fiaIQgt87rdUR5eVaApy/KIcj9v0v0y1ajei5NM1WerCYCsX3nu/f2kaMyjOAMQKgOwa57p7hhTIdaDW8XTOhs5GzqQXXpYovDSS7kQZSfjbt6/DNPWu7Z7ukVYgPMbYxiYJyfYcczuXf8dw/5ua9ptqZW4/3/339cfqq81GUZTWsJIOhY28kkrkyG8J39071qt8XoPEhXAnzGnzxzD3+eLOxb8vb2MO4P8/s2QufLsYDs9/vOG3EPS4OW3+GObV7TufquOL+9ta9y0+8O798foi0/uoQ6jT5ooZrlb9DbTPRayC7zU2GLV/f75/u/m+v99cXBR2yxw3p80fw9y++L1/8H5fp8CarLjCf3/+ejDKs33Yxs5wx81p80cx9z9md189qvM9V8P5Vhtc29S/7s/ul/ckKLIeLufiIZPNt8Xoey5sppFx7vfneDk8L/4bfk5AYU+Z0+YDZlg3N3+U8bGY0VkhK2Z7l8g6Engcdwi5Km5cknEvVLo4AhWNN1BQTfyZGz+DdI5tcSjUf7y7Nf3x8vbxRS9GGXR21v2xU2+0EuUJPz5eVnveueNyuY0V8oh4hz+bOg+sl2SjIdOsziPS0/IAJl4NU5PeWJ/mX7RMSZ71DqVyegD2ROLN9q+QJgMuqwbWS59LkiR1YVeB3P/lBiQR2wbCFkCPDJIbhA4pczjkny6qaUym157gcwJykbiYOrDncYHEZQQ0eo8qweXunZYcy+sj6Dx74vTLlg1thkPl2sKaYxXDSEVmBRDi6M7qPKJKR6nK2HYkPE0iFZ0oEToqskffiWzYkWvb04uQs/MuQ9p525EAKmUl3EO3Z4tIsPA1qSS+4SV2BG/b5jxPrt671SjPOf/4if9IfJ/TuEUnb3p5glfs+85gIaoq1sRI49m41sNOP09RrKfYJIV0d3nKadVnOMGPLf9u7yZD1Tmw/J/DCLvYYj6XnBQPFBxrm3cWLcAe4ee7oMZ6Lk2eMBURZpLRw9bdCnBBc+K7hEBwtuZErlV8+RoUUQ0DW95tXTc6Hr+dGKgAgmQo9lh/TRQZR8+DC8WK9GBemOzDHU8AhvuACu9tI8bB2qXq++6cBGCKIj/buwZQff2zXgemfxHqswtKXOCugQFb+u2+bpmp9nrxqdUNZEZ0fqsg8DpdpZIkSpRQW1DmDHPJx7FsuNEUFHBHV8OyQKndUUTRiug+KilxCkdi0ED8NudB6Drs95mAyC6RVfMP+AnotcnluQRqp0zqGdHsDoQ4QIjDtnQK5+ArroNDXHuaS5Q1tY7Ix/7tv7CoZEHYbEUbxQEo6SWZFcH8zmSUHRkCAZcgURbIusmRPCeF2NIGkieZJkFEJbagA596NrAF+lTpJiXCjqyAwpppqvVhGGO0G5I2efNp3qxFs3ls1nCklOx2lzxyBGPNvmsL2kiAIA6JvS93oJy+5FmlQ5e4nW7Qvy2N3zhOI4rHriSwyoIVoGCcz6LzDCC0L4JKI1KaJ89KZ4QJ1554AAZzAD3ITgcZ8sg6NNy3IgdeRTBWZyIUtHHOCe+kYTzxzB04/WIN029Rfa8cIVPRuzWYXSTIL7x9KbbLCjVgu+2bhi/i3f4J6iOsV4K2/npKicEMQimSOzFqj4xflNMME4+glAxS40coW2w3jIoDrWZRNp0KEm6+3vhrp8so1waJqVJk5TEhbWJjEGvshBp6N1mUrZI2eElqTkErncifH8ACXRGKrgBuAIWdw1Y4qpp+O1uPcce6zEvBGA8n2LPT2+vWuZuLTYAmDKMB2FiMyDLpKiJvflad9SgqCjNB6iDyChGIxggenRpaLRUAekYItDChuW4A7OoyQm9Q+h9dH34O7jk11uv8i7yW1NjNxIwW/N/QmjYd6fts7Zid1CznLYqWTD8iGOWvVxLZI1ZJtq+JtRWbz53JmjaEHo4D00NW69GVHP6d6wKN/lTHlM0RSxqC7hZijqcJ2ExtUYQdNen7iWB6QNEAfpg+EBz5152w7dt6J3q0+WjK/XdK4IiWVkUVKEJuQ3uh9vOcVlnAwT7/a6UB9ZCBLg6VpJOLDmXgxKTmG9opVhtUTTaTDBfcRrkmI+cuQJJMInp33VG0DwVqvboe+xZdiXGK4z1Tc5lcfMfOuwDSOhJITOUOAr0vgYexD3tR43+uWIMs2xQ9FUx6KP9mQrqFReuIboeKMz8GrvyHwR0T2/mqNvSsdrwvwZ/Gz74KkvPy+4Q+BRvHbno8z1bhhcNGpRV7f12QzSQ09qT9phQ6nezaUuCYB8kawEwLH1pP03C04nXX/hQCTckSyvoTMc3BXeuKYgknDhjRuqmdpzQ3DURtlwo75scNUQwhTmAP1lZGhHbH8sEEuVpeE06P5eAKWa3n8k9gsFylG6SzB0knyAYUap3iF0mzC1k0FHw+0s4ggziNz8NKNyckCHzG675XfYVpPV3LyHKmNpE4qldiOFvF3BBirj8Vw/0gkLIZ0DErCEtrtkY5t6rvOBFCP/Xvf0BFajPraQBbr8QzT+1VkWHIk0dk1uvBA9YPj2FNBRayb8CanKRe8Xjd79oSmBW6lqupi0PqtaqxHA3q1NsUkHao2oJT1ectVYx78Ys03ZdRkU0ZLwrswueHg79OJgpIPFm/umQwe1ahGQaZ9bVkjho1G2JckwMR4TFMsxdBYnQiTbvl/LyTtFPnOoAimFV7GqBYNEXd6w94V4P014B473xJ8LhEsYaACNd9hJKfYwB22wBq+YRbzOaasVMWTt/7VdVN1j0G/TmFmOEvHNsTszCzbAfI8MZtoZJ0vbuRT33n9bFyJSj3yfNN4oQmJqNScQXCogCPFRz403euI7Bh2mHwXASX5Lobn+PbOJQc4TWjkzuIfzEj5zNe32aEmGFveqSJwQUkUpCSWwGWi2GfViJtvvqaqH0BZ2gMS7JiYwqGLCdUS5QFM5/1bis1vZubTCqRxCaAQDPjg7UZENZoVrVBBmTQVBWZxoEZxSxSpR8oZTevNkfDxMbsWuxE03TcBC3ozNJhnDg1tWmicqXiDLpN4wNQldZQtpow5qawEaKxqJ5xrF9WdYVO0whdlWNKTDZg+ohK9Fz2XOxLqROqJlCoiUx+jmeydEK8NdiyzBj3yEfVJEtv23J7RbKUph2ImD6gd9yYUAy+d2G7X/hEZ1qTEPdu2CpWGdHwxguXp4gLV1+SfOb3JWnFbJC8N1Ge/buZ3ATJt5HqGbrMx4TzMDPgRfNUbDxvObwXxS+23st9JQZ+/ijZyJVJz6lgB1KZTgjV5rUX55DFVRdr8pc+rkv2A74gYShgfaWMzPTXdOtLZMIl/yRmyB99Pb1aFyzJg4ZvVwTKmD9XaENIxOYdQnI95SYjjDiZUzGp1lAj/Bil67SmUZKaZxgFi5gQeaXDoqFe0eqIlUop9HaC3ZmSqRcC4z/M+mKc7RFHJZgnNvvwLFQCJLUYhwPM1xz46X7XwvD7QMWO17FSdpVuQuRscVJmoioVauooSCOAfNW6HGMue+2gXetgVR9xWheP7IfiLdb3wJjyri5K0778asvzPdcZKvpnftCAFiYEtITBFQUyTYb9RuZmgG5Nle6cAiCIqLLP5M6DakXfHnJESgHPkZZE3XPkTGkPtXAm00GGRtyWOiXlkNaqJ/8mwQJeeKavx19D4aCmDxvU85M8+DjRskc1GIPEzcf0czMEvJNmNQebMpAIXWhJXgeMIO1/f3IeukWxbXdQZpJzu3y48yO7/tDz3kAWFYFLCdn74C9TqkjgcfVGXieMq/hpCfQ9InivsYTyEVXtEKyDyCEBrGAF6iTPXId4PRQ+zJdXYeFGscAvg2/5bbjWC2Xp//AVWVF8uFKOTlVhZUGs1hrk2pyKDya612JY7UuTd7u+xBqN2BQo6kvTaGjpljXLX61jQhH0ZRz4EqpnJMxBQZGNZhzvWGtD7shnWHiV33QrK9lK2jVymmEqtU/UI4ZF43TTb+5rvcEMzu4PF6lNdlcwqRZXhUIp5Bc4sb+XWeoBrpqPkTnhYIopsOGZ/tx6Wpr42+8ML5g4bUKLmTUQ4zaBLMGzBdb0d85wwAyQ8u2T4sQuo3uHgZ0/fYI2klWBeZBwwrYdZdtQqCLWHb3dWB7BiZYvJysa76UXok6jFjG3Ye/jplX5Z+LqXdcsX+9BB7DCgae37xoqwW+911uz9fGsazmzdMlkPbZYOLyGwTO2SqCnlxx814GzHYYXbXktyyUMqfaSC32U55iUOR4iIK4LJblQrGtupUC4vgr7edBB+o2GdDuSl9lyGsWDIsidmY2D0X9onE0s/5FjVhqoM9RuZNN1jwHDubTlufFZFNgNTMgZ0upneWlDrUS61XV59wfuwqzGHjuQp+HqBCot1IIkXzltrzAzagaR+Yr2yG5Wx1MTVIsYWI0s2jCEnH+Y6Y+qDrO7fHsCmmvj5e89g0Wum8laTG/R/4QutqyBolpsg1+csrEoCuw0w4uXl6GQZaew3vCFWjyOtTuyUx3zsgTHIc3/fPSZ2+kn888u30jHkEibsC5llg+Y51FvS4OwkkpW3bEpLMFKzP1mhbHC6sBjSMZ/weq2uau8xuqO8qRxISt/bVmhYOft/pUy9fTKEFKEFQbSDx3t25rMNvisuybdUqlcW8leN5f2d9Wm84kIwKq3lKtNwuAUffsWAwNVc6iEsXx4GDUvaGGT0BWFM/2E+0ACHGMNryR81v5B5UqeLpw6ARHRyMPm//xVXTaShrmEMAIodRJTqnJ+3+EDGnwi00C6nTjtHU4zG9SFLx8B7aR1qoSA1B8lpXOieeDCZDJc6UzjlR7fx19UATnby9PO66UNP7ScwR6Dto7CZpD7GqZj5fDX+P/HakKaYG/VR9SzYzXug60dA4Ie7x8dg2IdI7IAQfc3/eWY/l7tv7Msb00e21viuxfl7QmwtdzpBsI4tB7ZEq3Lnr4boFS69vIUzV/pzeVTxx46G/qfB7ceZDg0VY52pz+GxaPtchscHE3vSyiCpQPx1ya1ufKlgNtoYmKGWBBtCBpXvH3K5Vrw8wmdpDPt0XR7aFNHXgOac2g0mVS5y37PaknEsjyh48Gh+FGIM8tYJcXLk34i1fcjiR4tm5qIlmPGZliGZG7u882UmeSaLYLlVvm8xsDmGHSKfjxiqxDDODTzwaqRdO1TKF5Syav3bAX1jQztsdftYUPDVjLieSbUFehXmgV91T42zN28xr59FFHrNF61RUrKEg7seYw6umBIP+TQOxnigN9tYGviVOqsrHSfQD4+6cHoBZlr1m3DEfYSNNGH0dHYlqzLvqCBGy3J3CXGHY9oxc68czuxglmmXdILKcllTwzgnkiv1X2NjGlin7YtjWe77VzeGHmX3WupTK7G7KDfMMyJHryVsPxM9CyKnbZGoGY2mQ9B+55LxGCW9gxw1D73G8hBdliVccxpSEzBOLjad5maAybYalhbdNCt0RCnR3mzxAAjNQzWAZ4hd+Wf864K1tXVfv3XS2K8VthmeCelAnPS8cwAdl5LahUD2eXdWkrlDVew/msTVlG69QEWtcxiTEyyMrVWUQTS8K+sO8whNBo25rhsMN0kI1qcyEjNHmmxaB3ce+yFRydO30wAyVqMiM89EdelIKHyuhUelKD/ckDmL19W63/5WCN+GWmrkgijpUy9wxBJZzzWVI/ROQsnWo3zpDdgTULqRL0gJCon0TqT2uMZNkf+CtIqbXFSb0JOcGLRovd+Wa+BaHKqEZ9JisvgNpfm2JfLGDiUrFW1GDeSTMgL5XFba4ypZsZAqsnVs1VTfDt/F5rxOFGQFj1oFqnILpit8SJLc3RZ8RN1kCAD80PwOZDH7t1Yr3sxNL9xoX2FFYdyBDSEL0jDUji7VdziLE43IEa5dhsLLOk6XSIqbuwhfcAconeFItI1qKbuXHgX64rp5MGx9n28v7fRgBg3TGToOZwSjltvZATkK1Q/fMJzfMo2Ndm8qqrorKf8lrXK/wsiIpTobPhThCMJggeI52EFI1fjDG5iKrfMpISCwHfCJsM0sC9OLlBc0iRwhfDgFCvLD/rwwWf+uOl2KO5074i/hzWzw41fHpZIDBJc0AP74tMQWecNP8nDvZe8OB9JcH/kVSAkDiOrqXha3yh4LnWsu4xIQZhcujdpgAW7eLXRXDj4bVdwZCyUo7Sz8WMc98WjBRxw/zA1Vh9rFa6iw1s9OGo5LE9TcZsG",
"rolldown-runtime-twds-ZHy-BMAduAl_.cjs": "G3cDACwKbLcVjcmAZsEgodwNV8Tw8UtLes3tMuWdeofmByf4UvkhPVl+K3+IUjQbCUWHsrH+klYFQxNsF6SzPOnGdvfHvdMANMM3/5hla9EaSzDRuGsBb0fk4ERUt3ryOs3uX9QR5WBBcf4KrIcvj5RayIzwDOZFCKgFIoCODByzwNdRMIKdv+f0hMUVrzd+XyZicXjdOjzJkul4QC0Kuz7s0VHhpSknEIHBSUdxPq7n1MofkU+OchCWhrDPnK/1XlCrz6P+VtTkURjRI8fAIrgTOnPApXVr1c9mQU/UujgVprxv/ZX00fTyQiB4lP3HNf9d4T9G4zUru6iTxE4cu+nm6m/TzBqUtNQ755ZQ0ZbWhh6tpjJVArdDY1HTagmCXiwq9T135g+lfbJG2bq6ccN7N8nIVxFWHEWuGraqtmeAyit0JLxJx/N4KZXlxSkp18KBz0zSR42p+EUNSASfhyJyOREYu4jhyCArAYGQ9u5gioNPcs/IglTsMMFPOnJspcx/sD2tXd2bSPaFKE/run98iVf/AGVs9ApaOk3Y9DpvHg9ftfS0ayO7q8tmwWEO2m14ZR5lvUoCuvg/sQA=",
"run-on-session-CuZXxMxm-D5rlfUfo.cjs": "G4cRAByH6cbidqnJi9r2/37qf8efr9sNOYAd20fHXGgjTeyLXA8Xm3TYCSovfUsBxK+W30hZOIFE3b7u11P3e+eH2wsxS2r2B0IInqI8CkmdJEubFVbyGKo3695RgxwFNKcmm+2ZPAIhbuaJJsF3mO3z08Pt7ZUH0GCM75dXKQs2Op2XF+TfkTunM0vLM1SrzieN8gR8UueG5Es3O35vkbbeDW/PygvyfcjL3txi6F7c3iq90wYrU9S6pos/qG/D4/67pj0lz8gL8nK5tfk4XDoa4uvo4jHvaZ9SsVJx/fR4C51cFp6D47ygEPvaSXQS82/erp8ehqfDUpWfFK3dhpueBXTW7YIw2SkFUcwRZDC/Ty3SH2Ght1soK5Q1GiPnG1xBOy69AJZfA5LTgidblRJ432F+hVCyjdAah99IteiEiRX13glc6FaQ69HFEnHxwxq61YERYk2nP9AnbvWedPzq5NSc9uJZc7iT0q/nH2mOooA0qdDsReS6+xVa7QgB27b7WZ3bjdt5MK3wEA6sSSSEMMCoBhQOiBnGGKbT/U9BLUeOsBES0wrn6Zn3uS4SB9U7noVTdsfaeNquWfcF+r9xJwsRmWiZRuX13TRZ3A0Ug4YTtF6ANg1a63ZRZVoZ2+y3NhJTjI7mJpB8BDf9V+Vgyh+Gcwg9jwNwdlB1o6Jy5AzD2omysqHBWhXT8d9MoHJHGmCjomsm9H085QkFkiBgSNul9wV/fxAXR4WiJJKbq0UOGvAY69qgzp3lCOh5MTvM3VUlPKDQ6n0c4aXIdP2CgaH0oC/EcrWtbOoy1yZMKYqcH62kFrhwdd/T0pm8ABE+hDSs6sOwGboDRJ/Bf7XRiMnSadA27C0Mfm8gg+0jtdMdFV36C8x0og0Ly6z6TQWJ8XNbidl3DRqWE73aVHHeLMlKvP9gLAU/sF+PBChp873Q106zUv097PzjAgpR5kQ+CEiLaeTObYfKGbxWct/2336DLkSNl+kgSz7QpJOh7RoTlPFuBgLwJEw9FX3mbLQut63NBXMoVbuPrcNvA6t/wdua7GqyXEGuNVlJB4fruigJusUvOOKrHRkHvRbprZR3SKGlc8YWAikEF3FwwIor61DRVTymzjOD8SDIllHAEEoQMd/Q8DAnnuYiN8yH4hKZrGBvJCmOatd5OQiTwHwB/NOl1/lqHsirLCQ81prKJkgl9nTjqnaQXeawWr3pEOMqouhK4HasxMzl1wNo7dMRrChCHFckn46C1JXxNFc1n0VBwCqs0QmflXB1Q132howUgVYqcZ4dcS9vQJk9YuE0hvw2Q1DkNlLa34mlnKvduXv8F4wq2xFLzMXMd0lEo0hX6La0dlPHlx9yTg0hGtSkudWoHqZpp/DFY9i6r5jsx3sjBTgUukcDbcsDvFwASZ7WO2EI+pN752zpOEWx9b6qD3AgDB1GbTUkFEcVCQSD3ooPlZgrXzvWCUNmjXKuWB/QYL/etfosPy04HDBUpf826iopOOLswyR6qaquQ0h2yU4D5mbW4YQqnhha9mU/kgY8a0n6h5aEWz9IzJma+gqC6MxB1bie80p1IF+t1zOMi5yFmVVUqEWIsmiIoqQf5XjWzu5hXBmkNlhKtG9jFNn8ZHsUiGIGdoq/e8x6z+GXaGPpf9Ui11tHf9ZJ485VFFvKQgMYQwa1nDgZ2Y3fJkBdkAyAaLTarTR7qHuxUjCjhRN2F/3RCO5D/9DjbR/VmLfyKHVTLVY2zp3Xsz5vr2tfuCV6QSQ00LcWMY0OPo+wMLlnABVIK30iGJiFU3TM/pXtnmb7Ouvr2rcoUF3A6bJxENYDvPZT2FTDUQZppDMxWg9Kq6QWre/akdHqTiPlLdWZCNF+HDzrb/gMLEfAsMNBiuxHfFivBIL5O3jRB4xBRcPNb+0yLtW8ZjUO7Ex6RzWFtgN00KVo9zAqjvj4CPaR07pZFPQzQT/LOch9VCkVZTKcM0W+mjmwLBeSDlJX3ocwal3+HKPRL5cs33OgIagnAQ==",
"sdk-DD9nVusQ.cjs": "mxJBEhVsY6D2bgfN2N/9JA7g5g420Gwc4YAuKik/dDL85xh739BA4OIIQduWXSOa+SKKEts9TAOqmnZUjsjEvm0LB4fflhAozOCqkbVUtEcQ0aVSDhWMLNUc01kWpEHf7aSoqOfi4mK+F4oh1jb5QcBCuHP3LXaQnfy9j24zPU6KmSq0IQ2PqKBOsgVXlwjhSd27cSUr9J2KWZZrHrISCwfjSw1ZdO1UdVL8CgpdP4vlEcXqqq/SMDLYSJzBgaAoSn+JTMGZ5o+enjmjXZQBn71b4j9RMBPxMfmEohit2QFCYtxtt/+qKASAkMFqDbs4yBhyIpkXGUjqIB7jWvQNT2ccSeoi7uI17lTd0Dv6YOXZaK/4DtuH3r/iT/yj/rOlfef5lxO874QnE8zm5CeaEDW9u3vPMpviIIGxrU6wGARZSubfD3M6zuEyA/3nWOo1NurmlYVkW1aZHBTwF2ErQYWH16XyEPRQdB61FdRh/V4JH3v4WcvqT9ex5alKGdHbgvzI2mZfbf2KhwE7fuMMRCZNl1wcbpf5M7fvzuX0Vpz8Ir5aAw+pYV9DE6CwJaFpsZn6n6/z+/fP17EfExBRriPKFtgsW0oH1pILoBcseVTCmwj88s2s/vnz9YLtGALuBDjHCa6bU2e7puvakmp6ImQFAIspCVMsQaGE3OZuED5Nla9XUz3oJw/+3KonYagqbAK80GZeSEtEzZUfo/oQZcj4gyeFoLaiwtAM0fZ3OmVJlu3Lb0LXIqxWpZqv7zlyHeWYVhl3RUFFgg5xGnksYhuFmRUu0fdV/Xf2WyYc/RTxmGKACxAk08qwZE3kpke3pMtJd4ZtiF//S6v/189Xhmbek5gGPMuKotu1qPq1q3bb9Xo2B0IkMLTvPdzJkwipIuS/y9LT9Yuk9VDRfSH420bDJvjJjp7VWzTHOQP/36eW7rVZoSg5cAId4i4npXiHfVz/qdE8U8B/Q8MB3rdFypegT0OCy4pwkpGrSnNPI9t7m3apAVmskwPW0+H2WpyVUIv4n1vqL5uCRbAY5RgMtDg/znoBC5ZI8L/3q7QyaymZIFnsfRGk0ZZNGxJV7N612TZBnt3vPeedSv//uxvCPSKqMiIyunJBGokEaIYEibHm9u593yPdPROsiEigKjIJliVAtjXI2QD2urJ61kWQRtF7WcVZNnUkCYlSiJldmxZ7pLERFGn87/191RvfaxaBJVk2Dn2whOTYU2fvddaffBS/KkHRRYKu6ojf0yOks/c+8F5mVnYWdHf1AIkILPY8ud+TfMny73uvOiJ7BMQeoGG44vnWYiFnhUHkEJuhmC1FbtkiMyXWH5+Q2ETpwwCIk/9YKq2qgmqIDNXn1AQODg7Aac+yegFgPmZDIz7bs3LMj38T2qqSVD+ERBCs6T0Hv3/fyv8cRRIfn0IowyMtGtZo6VI51qsTEWcTVSnWdJdYA7SY9YB+WItPUb3/SB07Ik7mzVvZjazsBn5VAzPTwBuOEMKjsKhtega1S5peNT61NOl/7+/z/00NhJU7yZBjR4m115x7VEkNH66kD1dXBoQ1Jq3TrVa3rnSB3jMgZD91GhOFydr7HFf11zNxhJmD1EES+f/mSruZH7gSuT7PKll/hFLsn5lMYOEIYWZzmC2zqlI9YSpknahKUxIA1FLw6yhdsf0dCSthXJJ9aTeftpZgQwLGiGqry5Le43Pb2Nv3+tufbXemhSSQEAMqoHV7B7opePzLIr/tNfbrx7J7XWrNXLAsCyxfLRXx2ZLURiQd3307lpW+Vcl2wg9co9T/yomU+EmWVfU9QNMcV3M0MJPdZfjq/9/sJG3XtMt7qy1AfMxXgIQ9i2FanTNSJhc7mdmNDH8LYQlB05TWbMxqe/MOX5oC1gSixlhwGctwXu9vbberQAiP/GpFCbskZ/8d+2DtA2xX/QWlUWiFOFKr7dvwtaaddPef7lxtAQJjmxAHg6TnM5Gp/SDtj44fCXgBZoTEkn06eP7XH5U6P+p+oxlP2Ri0y1jadme7z3b3FZQnJBAhRoue/w5XpR3xneSKPD54W8ZWDvF1WPaiK3erTDL9J1DAL9ecQAKYXcb0+xv1RsfrH5W1pAoIIek29n5ds5/risjM1EJArRIC9vlB8Bp77Sd9tdcXTTNzTRSRzwrL8lEQuE1snz+0j92WDfAPII7jBMm+5VvHULUSlx/E7nTEEGA4YdYxJHwby366+8+j5RKpoKIlAXnBen/N6ut4gn41pAlZIyYI9w743zDtv0l30pPvJal6sRAgtk3IkbkHQiguT02h34FbYsLzNMdY+kt71xIgImrX8C6jsd//j52Rd8e03i9Yf6gIiZ3EFTCLaVW+GP5hQmbI9h4Saq2hWiF7djafCvxKU7tKLHrI0jP5AEb+XepmnPEGKA679f3dDdeBz38i89ndp18WH5wWl+VrqTUWa/33EH4MT1LZTG36Orj/CWFLw+343n4iUfannFJr1Pidf3j7p0hiifd39Z+L5KlgRpyP3MxaCf85tGEf09G+fy2Jtrg/FCcNhldturXAVSIvjLZ7wts9WivQl63P2Az1Mbf/2EAboDlJP055QWDB7y+OvO/kBiDfy56XvzvomLYkTBNERm1HrseLN+Je0Kx7iz/ClEanKovcFfHCFkSlC+AIQZXO4K7BsHwLiwi4L378c9yLpeA63S73oWAeRMfu2hXAHjcsCdvDIivlUw2ej5VRkdNpC228OcZFyVxn1hcNVmSwXrMDag1B8wWviSL+6vj0gqPhcbKu1frwkX+2ijDB5PtgHv4lw+Ceky0Y+fli83aWIkm9tGQafugO9y0TNstxWGP4fprMCHKx5PJKzcUxWxHnhOTKQUEwAScRXCFJV5Vl7YSz7NLczsOiz5WFwhtQU+sO9CqgaZ3MA5jggMTSr+ESYpbtGJLPg9vON/s8+auugg0H1l3B0Um8MOeWES6Whjfp4Gsv63TeAixZ6MHUA3TQZTGLjXR3dfZdYh2v9WcJkbiTMgBvWR/lTWULQ6A7FrVp4tnVrh5Uzy+IWrcWV+5/fFdG5hfrMxYK3lOZ+bHTCSLt8nTxSZQbnsWz9crjFTPK3qJWBPZKKzO2b5o6HI4BngGepNySGArdgM87DvipD9QXglN3pEYARjoByl2vuOEMmf3zLS0EXkvC+lNGGegg9VMC+KUmYSRz3EVtI+6HbVys7Ia7nb08ObuGKwr+sjA7rw6LzWb/Crw60+7gRN1h5zIkziGFi0nrpbU8dV5NxD237rDK2ccGz6aUhwUqKpyX7nIA6A5VH5lDqZjtHVbATgzWWn81ViZw7KCJha1Ytr1f51ClrMHJC3eP/bbLz85QXCRkg69EFHVQbyMAAGt1NpB4cioMafET8dmngsAl/4SyAUepY63U3neF5Iypi4WQXY5JcU2MUkC2SSws9o+hdpjtTiufOALcIeBJ5YkgbeCzamCx+tTd/rPrc7oB7k8arXU4Vub2YnkLq1J8QWYUaNQ05lNiNjOPXu8Cv4G94R2plASxEACD0qy3hYZjBry6cXLbHhpAwKO77sHY2kLEJBhOVvS929RPZkSGhKhMhs6w89hMy9Mwz21FhBnMiMCr6MJGYs7qqsoRcrGfc9pTycV4y6sZdwE8pGB9dfPyL1OxDWsw/FV2SbXdubiLqDLvQxklz189M0nnzY3UhMZgc4IPnFGkaxq5DsPCcz/+TpcogcTSfN52yp5zLLKv0pilMY5bSjAKfY7mhWJBVJmUWZeqXQtyLNjWQtcdmM/X5aJNFY1ZZkHzYkQETWF8pmyP99Bthy3tH7CHwH30puQlUGFGRmqCWtFk/XgF8K8b5dMx829ujaQdASvH7aQd0bYj12c6IORmN/AyGQ2c3SwmNW9isbk1r/HxmOkwFD+7WVi+UtnvhczkLGl+851n0WOAS/kdS8bs5oqkQO+z2uLYJBvGNBaShfGlRf9QbHaEaB8sYtdBevrp9FmEp3pl5Qb9RqFZbD1+NKwWyRb0w8EC+YMFqB+wBKa7jIlvRW2hemsqAS5X8ncqaZq/97tEYbfbAqXEOLrxMYaNherBUbY/+9p0mgU5sIEidNvCNs0//TP+9uvjNMuAnyb8ZbM4+2OpXfhraznr97Xy4hKNs/68uHOHnc5nU6c2C1b1Lllks+WtXHv3DBxbavuC9KTO+cXxDMMy47ub332cWYh3XVkMdjoVzF95UUOuMgC4dLkchJx3u2Ol+HJKv72ivwzLmjKPCm9arpBOc0Jm5JhJsQxM06KIfBwHBICKL0+2Il830HGyYjscKxvmHHlH5cEhfJBvylr+3+x7RkltvDhmjw9GZ14YyvkJEM7TWtfE2Sa6cUHU3kD4cQhgPiQQH97agf/WNUgXx20OSCAPDpcGhwnDbq+Olu8NroTT40aIiQv5U+zlh7FeI1OxsECYPQ4YnflgKOcmQDhPZ08EjaNwenwIMXEgf4q7/HiMeC68/HOuZabxydjVG5PItwzptwzlt7VQ+LV06uuhwSSi9u6EH+8BzO8JxO+PP7CA+shJ/wIl+cRcRO8xmGhEJhMoMhrB2E684NyXSIVFIfUYE2ZkRwDIhJ2yeZt1JuZ6jJpKGMn0FfIqrczwdRQXwSfgLpS5xqe56qdiKS+i94SQaETmEygyncCYWZy19DmfhNljkdGZO4ZyxhiCixbvnfc0eIqYOnCg19hjSnxgKD8ECD+sCj/Pr6jfU2ExY/fZzNSY1Qzp7GYoZ3nfdr2fXOKlyMWYfVaZErPJUM5igHD29t6aZo21CmuO1WfLqTBLDuHsuK9YWVUS4mzywNEx//nbD0iK/0avZkyTpve1PYfwVQADYYJJw9B01TBsFe3da1S+CmC0VRi10ybIVwEN5SKR7huQrgY1mmfWy29TuX4V9NZaNP+Cui2lzQZHAEPzVUDDUMl18tWMhUxtfnR9jPK0Vg8qLwVqIe1ieVQSggKjOql1uIY1UL7snoHPx8+XHXBZvH7+4Kf77tTePjwsM+1K7/c0PcF5Jf1bGG0cYTnejKGOyreG4TUvdgp63iOdUfp5L1lDd388WLcZIfjXTDSsxzibv0e8AugzY7nFlVVFsYXqFeywQt47NIfmdzD1TT8baFyP0bQkql3lFab/oJ+O/1XPZ2zNoouflsWHFmP5cmw+n31asL1hdS3vk8/ITtJ163KH8Fqa71xpcOlx1/3togAubiNPQAthvewYPi2HcN5J7rnUCmtUbAJ8qeuB6k1Czjhg5APNS3YKi5pklJH5pDWvNt3Udlqq9lV6Lil9D3Kd1KY3toKQfqeBMSU+GvCaIHxZK17ZzG4ikbNqV+8wzsj12hcWwnBtz3yTQJFnoQ7kv3Zm2SCiU9pP1fS0lNJGDTL+vW53PHMSb20/4P3O9G8BPKPJlN5xqf30YPZ9X5H+HTes1nKPgybIDfVp/ClfCsXeMYKwiuO2YN4EaRWn+cWKVjobmG9KL773MxWrVKWQF/M2Fp5uU+fNFezMxTHsktCblfwBpd8Dp91YDMsDUIO/D0s+e1mwwhWxy/9QBV3ZOnSPd/Vvr+vaYYO1C1HZCLhFtXVf/Zq4ysvwelU8h+hM5KrAAtRLEPNmNwh6Zvl4lHCbBbRTbVLHRkydRrYIWUMJD2vB1mUb/P50DJZPeWYZzx/v8tcOsfOI1978Zzt8LEhhc8OdkaZTaEno/XcgilXHO77QiFpmSWH3o34nYFM0H1X4HgpdouMtjMMA3+1p+bNsG49W/Oq5LIxFxhZOIbLBDl2xpYSoixkIzD05zGmgJ6GKWokLktNbaAz3abVQEMG92tFohHPdmv2JOHoDOpCxBURHmk3Nt6l8ffgsOLB9RV1U4F9cZOfyfVkZJD+8w7j+6hbntphmNFV0dzWrgd69Q1MeaUha+ZlN15BVVA0AlVkRqGze8lhotTVKf1HDdH26iHY/sTMs8LKLy71YepTWm436+UNYDviH7cWXi2RlpRCD6K6J7LHuBOu0PPLN7kCOu/v5JjqXTFrj2nsvVyCvk5R1RPzd3jdKikyxwr1SE8thlSrSJI3WOt6RMycK8vjelwG+TSEKNafpu76O0i/dqcWNLxNGZQsTYhFe1btw0BmAbqsF/ToA8ZP9FMUiS8EqgmZj/qvb/oFaGkeMTDE/UOzqAL/22v5cy/tQvLSatRgpc/ibP3sqVoZynL5x/Kokf3trqTGrneESPs0t4F1R0rhRKSYLHI4BCpGvNZO7cS2tZRj9Nwsnqwq5g/ylBIVFX11bn4oU2IWb+I0SdSf2fsHpcYrv67y2iEXE2NV4iEaXVS/OWHKxwmL02c5DwEnexu8PQwddjkiKTsfk4hT4QbFTa8+o61xY+EcLTD7SqQTcCWpMhmplNxdxT8pecrEon7/duaVqcCFOleCOlAThGln21OTay+ze0w7m9H4R5MOhk77kjiCkQZbnJ7MSpuepem7N4/UZrQnOjkpKk3AwRAOQV51wB6X/adnq+vePw659zt700Fzxe103u1uenKPpbVcf9n4N+Ht/749kW8Mm7++D26l782X1jfbIKV1spcSJx5Gt/NM7W3Kf+OW7NOmjpcMkl8o0/ohA0WD8M//+/bu+ka4dPbgnDoZqsHkPLzOoxqtsd+ZWqZS299+slV8cKRqqGZbAlcwc+fdbtfr6jnNVZCW/6eo1/tROz4qP6fQoorYjIoI6q1QXrb+V5rz0oglMuGFEOX5Okc3BZXuCvXDqf7hHpNpjUqWGrx/J2zEtSnuHQRrNnuSPzty0JZvM0sskH2Eyr2PurO7WtJk6FzvDZLXY0NqzeLnF3vYlRdKr6sD5jjSxFuZvpz49KAUwIke0qP8WPi1tJe+6iv2WcHtTX2kLfkKObsrVorUVvMd64+4ouNiKQ/4+vHp3tq8USF7/2L5Lhg8+Uf9yZjTpn8oxP/ZzEQ0OqlRIJPPZvdThc+ettDgj0UbZNwdgSZPtKPAAKBv9zayIksRXeqGRMCYqn4/8PcjVC3mrx4zSlGBnW7X2PUMc8M3+1/I9Gei8ABbtHUcHIFFsZoaxwTyfF0ZdCsznmqk3Hqrn4gdZuBGHZJw/wiKlkZ3sOQHzFiGQjaNvaFiIRpywo9H3CAYWD7tbHdaWo22sa2JjRwhbhNg0b2PYt3Dd0AomBbe1Zmal9l3vaoKtYXqIqMV5HUms85ywYCNth2HDC7is+F1BK+3rz+Wxp8FXs1yOgG7Ogdyk2d7qYGG20/8ciG2Z4+RfLrWEXXfhfQwkVPW38hnfdUcox7epdUJ/b8YtgR4TjmGnk9uWhWPoGbqzQd+uAtGzcvPDhN3kZ68nGlsjuTd9R/ffMgp8r8nDxpIcX4XVlsOC9GxfisxtTzYbLk5TEV59GPo3c05SDW2rkLJZ0arC5sBANu+sQZd5/qsIcdCZ4UVyPtKDw15F4SmFCHu81DRokDdT18hQ53b4zK9NOKhgKO9S1zsx4oOs8fRbQYiVWWVk+YgfNa/RfDhBpLjBW63HVYw3QoLFEf0+TSorebQ1WVkdXdka7qsPFQSk76On0CLlwns9mSyHFH6OqIx2J6EQPd5EhY59UDAAj9i68sq6MPJQpmQN/Pcj/kZ5AgOq+1M8AMdtP1K8qeDGcbN8hIv0yehpDKEKMi50oX6RY6Ig0ZqFEXsS9sIDw2LfrZDAvqCtqGH/G8zkfFNUWe4qi9KfalZDG71h+l56TKp8XQR1qFiCBvPC+yi82qx5W3QCl3/uu8+IlO3E5ySSLgJ0SMQjlS9Xm74blpaoWsH2bPV83mWIA2zKNs7R2kJuhuSg20vofjriO1pe9tsOdcF15WzCbnuWDDTBJbD7dr7wl+kd3Bd6NihQsy/+x/v+S/53Xj8YVNpcy5AJ2k5qnti33muyvJTqGtj6T9KIYuDvi2esxJhV6AZ1Uz5xNJTV72vV1cmgN7Jkzof0oqS3XG5h8UWHnSFz4C6txirskNagsKl1hQGPe5p0HzT3YK7y1FcpdFOh/RXN78sD3gcNwGXZ9dCHiVXFvE9c9EIyDCKHJOQgp9ero/AKjiwptmUJsq8zjMaB8preVdeqncjVhjVn33Us35+PY7dxeyb+3VLDy+4CQ3KbtBeOZqjImQE1bdG80ArgzfBrHPntz9cIR9Fs1rj2aXNArfiqXgFWVIdDIzygfo2WWFf3YvzeAWosjsGUvoJfnZ8dHj4KXxo6huAwTix9IKFbtdPaxDtkLnvyjHwwWbS1bFJ+0R5vP1y1kRgyvcdBYATfN2oTvwvg/CD68M9kQDjDE0J8jdMQRo5g6h7yRNeuGpNFI7mwv6FjWgKMCC+cRQCZRio3OS4LGev4CP/hRDOt7RwlLMljx6TpyrgwHkYDMq8OKMVPb/sYdK8tfekXTSL4bZia0fD4oNDwv2gFlthYnTuD1I40GEihISrGsyAGRiTdFgMa/isw4Yww1EeGGCh/yZy8VBcGpW4tnG4xdEhROy/ir9uk4kiM0/VYAZPk5USMqTS0TDrhSpl4fNV1UdT3HDCkNpUHlX+ZmvZfw5uQKf00xL7GgYtJrJ63uxkxSHQfEQPtASOZ7T3++U2KptY21HvPXewFv+a8yRdySyk/YosEe+lP/wfbH3pJOBxUKn06y0D7ulHbfYd65OiyEyM3+sLBhyFRBFvQFwwWl7W1FUAPP4Lys4NxQI5Iauy54l0tt6MzciH12iGLXj1OfJ4Pcsz9xmNjKGdLdLUvrKLK+dd+m8Gryx4zj/zFTJhK2cCGaRq/RPbFBKbA90HV/zMkdwlxgsd7+jNjMNv8oXP8Fx3QtEfnZ73WB44g7qMmcx7vM3bpb1jSrmDsxPmZclzk3LzBJnvVfUyDVYE80s9RcEyETZLkxBcdCxiKdWo8oM3nCgO12mY/HjFWpfmQQiYx6AqxE/a9VnY7KxNGfrmfph9VSsMljgoyqR9p/xXetMXSFIp/LvNThZi+39UTv7EhuBhouh1qf/h5fQpw9lpOwtZICjNzTvStS2RSH+NioCX23RXpROW7zgvGIxdt9MieQy1UyaqWuRSGFsgJxw9MDf+LS2rFJYJFGoGGqjaVQXeX6GyMiKqt3xTKuH8R3yOHNXH6k0mSFi+xHLNI0LUXMsrXDz351OddYE4fhD7jSOI2CQedyRbyxMGWCRfS2URYw5+fMbO4bOq0k3irTPsDenDK5fPa82S/OaCzL6iegoXpxDH3yE7RQZbVY6yJLp9qRz+W8vtZVavI4FD5G3vwjOqZU/Ad4Th4ntRWF4t+ifr679s1eBatQmI8e5aV2gMy7EVAJlOQXEtnWWZq0CDuYsrAZZNMyapdrNSY2O7Zu1dDnddhQDi6acWohKxiOCJ4LFdN73PakX+bb+9fBbrKhBZOmhQdRfK1r4xe40A21vlSS/us/qtSuHs6lAwPdcMVeA4Gv9dB7tuSKzijIdGynwJh16B81gYHCqQmvldRp/hv1hhPK8BvsaD9Lybi9sHHS+nRxucw/TSSLs3n1lEuYmtWrd9ssuwJIVGY3ND4yDhgTispykZwhY5opFz4DXWuQ/UIxXW8tHDxtXiRyaT9bghIPA0/9Ej1x+20nW+BMYs5PnyXxP58PT7dPpTvdGuBWhqw8YNGhT+iTONHKeC/9R4ohBa0eg8DV8/Q6/LO357/5T2U9UJCXxx+vJhar0yZjneWu9wpqf7dagFx6BBDS5mKL1fGQPDPYx55sRqp36ZA2K6MtOSzr1YTieXmEUkg8ghG0ceDYbwnd/E47+bWhkPTTbPQubDVOaPHzMa/xPPmJZk0IBZl120+/RjMwcL5YmW7TQqfTJCD46uN5cYPqS4twgCd6R5XlxkZuZaCbZladldw3KFEnE3FKepU5a9NOHBkqffQi8fo6r4aqmzrxqZAZWH/O1SzLcJnWl2bm0Dt71FqNjlI+oVuMFF1HrBVyWRycXxL0W8nlUcRvYhJW1cfKX/byJyDQ85bL1La9pltj4j+nB0LPRrf/EMLtzh8uFwKTRwCXYOiI4NjQ/hDoW71aLVaAJ5eVTrLlxHLvSPqaIoA9tF0W/VXD3BuHisTotNsfnB05dFf4kkCeQ+88hhXut0fAZ4IkM3Ee6INrh4B8fUQk7aVOp3KJtEyTJ/r8qR/2Vts/TqhjCkWsXNvI+wN1bbr7rPyowxTEnn59Wf/w+RXU47Xbm6Eob4rpgxWYh24ZTSz+DCTeTX6N7MbkafurYG2XSKvGPT0O0nfbq75pJlK5zbmECqmkxW3KLMFQ8TwcG8tQk64R+bxTdYGX0DsGCMKKTUACMYJWHbtnnSpR4NMZZcqz5Y03K+DpT9ONkzR57qqJKNeibrbN/FxbenzK2fzfgGxJFdLWNda3Be4OwIjxOKhXCHGTA8f+Wtu47it5EjzGxjfeMLufe+suM/4nwcTPVUJt9nLvJ2x0bveO+zYqkok2uO+gfWw+ByUyRmxYsF7TKZJYEDZstrO5VGugQVlxYzOucP5hGsDQ86jzuEaK92tsvXBdhnApt1SlVyINV3QDLlAZwBLm3HHfXar8KLZOkjOZjma2ckpZbF7XMWzzjABPjPK1Mxy7JoO1bPoQI839faZ3wW/0bA7oKZQVCpR3u5OmwG56rWZDQBsKylE2ycweVjzlrsACTN7FKOJt+D3daAD9qE5FcOh2evdz1s+TwrkPa42/RY5dYCFyHaFD5e3yoet6G+Vm4Gt8vjH8xU7WLfKx++dT+xrJv9HmSu8Qw5Qyk3Uttw0U1dH7kPnGerofwrcPK9zIJBVR7T4gapnK41+46dHMdVTGSmpOHFwdphkVR05ya4QXof3soyNGWQPmpwP92RONV2VIIZR0ZFLWH6QZl5R5rTciJrwnx+cLNk8fwDjzUABBV/IK7dY7ZQH/WBgdW7JxA2S8IKjFCoVCxGSHFtEW5KyQno9tKFT89uOlAB+haxNPVVKmGLT2lXf8L5oIoXURcrdWM2vRFkKPv3xw7xk/FAo7U4+EM0kT0Ur/R9PhqP4CqFr95TrbZ+mG3843Qy/LLK3SkTauay+PDyWmlDMen7X89BPTB4TLsfO09hnFm7C9gmg2RKDGdZIs9PPziHPzje9QX5wFsvf9jxx4vRjwlGawWMcP58r351FHHOaBBXZ8BEiRxpJXd/m/RDTFdFzMo6RnRxhhqYqmWT4R47uT3aRMv06UjyDWb56unPs/EoCkavCZh7BQlIeJGK8/hqJcF1m6w3BUW/FtXVbN2pI4oPbzHonUCX/DNFimbb3ZPGhzRqYIfp8wjnhphM9BfBc2fGHs61hi1EXbSACe6Di2+d2+sCr70RKfPtwRTl1X1vobtTMEtnYWm8y6DXoU5x4PeGx7fyZuQKCWuZNMziVz0xVcSbXCRmSORooMiHMSAKSF+kAQWx7UWzM/8JtQ4zecrd6/LDXJHdtyXEvxM9v1fZw718l91cElpFJ6v3RxzxEgMfM4pjYYxtGZqVtaca+SsjlRWVAH8mtgUi1Sk5SXQqrsuiV3W82XsVDDChJx0b674eT5HVcQuvFb7324Zw3d5kLhP9+ZTnFln84UZS5O5t9HQQzbdoP5zZja6TmqSxarH7hFT59A44+HhY/2cSNjLYDSaUJfc2IVNKj11uzh5vS7vnv9Vv7+UsDoTPEcfpZMsosXOMIXNsp+VeJMDTLtGkX8wwtfZOgh94UrUKS1CRaMGNiRQKNcsBMUlEqTL78cP1lKaXkYaLVw50x+bArPxTXJU8/7M8Pm63cXl1n2MWB8/jl4LQIsMWZtL8RuHKnyrWEj6zEy+kBhL88PLnKTzM/Jq6UNJqASxrLeAfX+PllK+NWQmtm0s6AfuiDZsCq7vevkBdIyPhlTbFOvodsaXx0EcZLHj6UKzk8qdVGcaL9jFUQzvob8tQBwBTz00qZI6stOEKH/66USMz8atCgMmH9AXzYJ5Lv9xUuoKLZa1U8aFM7M6o9gXuETT2Sif1YOhlA7w2WGEcwuniOisIt889rbzLgaUvLWj1r1cukMIhaqKjk4Ru4BqZqyLApcU42Q2JsZMbWfLFlGeJYYlBCnBhQjTJhCX4MIFSqAPuhEzmC+kAmEKL+rqpRFJo6+v9hUq4ZtSJbM5Wh81leNGu5GYVPefIXLorVhPBeNX9GqJraYjrujQtPZD1rZ3lmKsE6EyFBuV2zG0GOfgjTtgDCv1X+2YCzZoxjRxH2jJaqp2gTv6UMpDSEBWEJ9wu+3DnZvkJvhjpnYGM4JgDNrf2gkhGF5vDeKDBGndz9G+UxJbBv8VWbwVuASJ3qxH3j0x4ZMFlkPtN+PV/SNFkpj1Q/i7D/o2sSunbhiz5X+9l9lUnI5vFXjsZlkWmRRol/Yi6JsWJA9P2KYRYHt7FD5Pohm6gmKqkevXOCbUrqrYek582z3BIz8hDkMU3F3c+sMoAo0BiDgr2b6VVDwz2N1j05DqGurFKtFNI+LWERXFG9mnZfB9t9fifoorTshOz3A4vzYO4K45O6giWD5fbJmJ54LbBZfPNxFeOmqP24KsIzLb2Q9nvlTh2I/o99e9att9cRClIAamcbOfs3mzhR3txxuH3zE8FyrW3srUIh0pcU5Bxo2rJz/mQ7bUz6ylzmMRFCMrMI/ndetXYmrA/tcR5G7goLwdVxYRPDTkqd1h1E6myUojqqocwcRfF326tDqSJRUW9hrrt6JTm5XAfl0ncv/LqZ6oqwPC8eUYOGmttUhfx5zK2M/9wpESBW/7a673bmZVaA6+XxgIIvLoX9RWH+PgYWfLNYYSgwHQP6mUsGVWwWywKboPu38WQ5eEqn0b1C6dQezgspH3aLN+2ezqPNeOKjm5xU7kXNZ87J350/RpS/z1Hw/+H8N9bj//+0N05en6fZHj7fSt1lwflefuVnzkop8Y6fjsay1PXBkYhtLuKhWhbeZKU0Bm8MyWH3WTSgpglWzDhJIxt/LAvzaX93GLSurCgHmxFZQfhL56UrlZW9KPCfk+BrjeE+3eRjqRqhzSiyq0oyaUqcO22/THkHlQJXpaTo+IS4QVIwkoRtdPfVkuwTwqhbpOyenozCxwHs8XNjx6bGZzRdU8lg1LRBO+ApmVWSMp0nl7PQSCYGJ6VwFZvWT7dUSDpTO8uHIuRg3d8dIHc6/UdnrBzhyb8vMc2d07bJQHHyUpgbbpFiZiRUdtRGXgYzE4WSSaLkrqlTvjYxodUvlfqG/1z3+nuMO7p5aQ4mwD+19SC3fuKUUKGEbKqybewO2S7UKMS0OlYeIMk2u9xVxQocLNc3ipnjC9sRpCSpfX8b2T8HhJZO8KAbefoKmnAzVODa4BqTB2HDQxNEc54HvsGG33uwmEcLDMXbRzGiUKXsX1qYuhLjQ87GGVYqzdvcMUakrBXxOXPG6rg7mn8D3oz1+/4DUWxSRFyuEGay8PX8j2UugWHAmVdn9qcRss4qotTPWJNY43n1duPuG28dhKORuKt8PyUiDOI2nuyCcOGlzXr5FFxiM6kuoVBUkLsEDQMWtEpwFhwhikrpNUyPFimEijMIT/uvYLlr8Ws6zW8gD706aUixVXr7XXLA735T25N6kXF7Vv4oZicnX6ot3P6Sqm5jeLAhFXkZrps+bbdl2CnCbVxa17OwulltisfrqObKS5VE5UNIVf9msvqzfDhvnCpvgSe2N8ulj93gx9isqYiGkQ33OVdp6VxiaqyW5Y4soaUqsHwoTbUGx9LkbHsbMYKrgTOnqfooSYbqjMUOFg0vQ9aSz9WN1jyLP6RcnB7yGhBaJlUNPcFa5b66k6+qWfQN29zZDbrqwMRMrkUZZf5oFjSv5IXNYwwxo7qo2tAVrQcrjk0v4GODngxcDb2Cgdks0+38vrpbtpVH11suYrXS9ROHaSMnB1FzK0DGGpJXaca8XjTQGMNnwOtn7r8M/XjYwaZIw1UKm8BwetKiIZbxbnJqevTYIjCLxTAa5zHtfkCgcRrtR+Nyvja4gy5nJ2x2pbl6RuHf7tyQRVKEIbBODDYuy3Ipn4qFEpmKxkMYr8QzuFO7K2Vn5M3ex1ty1MBkqLRosvbNb8XmXzTNb3Dixg/RZOytV4pbTp1FzyYumMA8j4BCLpzJVbMY2MmYVGcCj+yZ//Ks2O2O5plJEJhyxVYdlg8lA6O8DOi+cDX3+eEPtQWO96r9eD1dVGccB2L19h+dlZwL0pAsM/3mnCegLc3637vOGpSY7FQtq/wY0Yst69OJ7YYRtVdFHla3witHxB7rvyf9h0kxIqaxr/368Kkzru3Do+hg6JXHmsrt+1mm+3TFI97UQhXLOyMjp9loLml6nap32hAyXCQl4zNwwHGlTJ5Gv7gPGQwQha0DM6KJlZohjPiSBUWiXXO4io8la4yzjfoiTiGuc9GSY8/7sIguegUFPk00uKHRJhb1pHRBekowkOtoe16PhUC3rkoOSB6avhaHTTkfz6o5D5HNkkuVc776VrnPKCA+Cb26s0yn/5eUMkcmdYI1w40kfXugSv7xKa3zzuu7USZDTcyFD1ya3GweDPt758QRDwAlsUnYlZqjh/ozq69I+71psCwjqkGNyxKZy0OhZbnSCRC9ViZEC8lhrKb72dYqxjOk/6xqt37th85FZjXLMFsI9XwyRogj61jV6AjTqiy1+aZIpny+qttUigJOG5bHHu9eoNQeQvsgaGhle4t6M+IwNlpiS3TQjtQ0nfVZheCyARZfh04Iw8X9++o2Kj0y2wGAACu9AJm80mrNWPtoqQuv7jDsFmzAzbpAqo5zkr6iNaKDyz9PtgY09yipDP7VrMPM/XXFSs1NHRjVnaJ4hgN5X3tArHYTLVH+3bZYNTYBYaq2ipnbfD4QD2xqxNcKWFTf9YjDAlm3znBZPZVN/osp1dmHgR1pOXS9HhWPaI5ZzzHGJn0MRcpMIEyYz83zMjXWEt98m9FcFu3VXGsZkQLVmFVRmOqWPvMZp8BfoNroK9re/iSEVWKVuqKPCLnVWFyM8uzb8rdeIWmzORphLOblzmhC5PqxpSRtesmBV8I5qhESXou1klV7vUWJjDznhvTuj3975k/dn70BB87V0/ldj2XBe1X5ud61195cQTUspcnz2gaJhYRoE9hc0qYb6xuA0IqvIc0cG2G1whnaXP6TeHxtAV88n98fUvvMn7NgUQWJBVa/zA6SviG+L/QJwdb7FaFcoY5RNssarSNmUiMStWpqbSt8MnUW2c8RV0eFSlqVB67RUmVV1A/1VrSO9Mh6NL9RTetXvSs6GRvMA0jKykEPjYePqVFatXWYrVRs1DzA0MsjxpN5SknzKYquE3pJ1WZ1Bns6EwjvMpI+WYyyivcNTTUArZIGV79AeqxDOIj79QAPZi0pQmXkgAdFtFEcFBxaRGlJKFkV+H3A+KEDIJugrpG2a9LoorP2KnEpRnngXyk9G1OpWRzxtTUt2lG0CL2kpGr+fLS4uPU4p3Pm5oeDnwLK+0nWg7Jt1tyBtJtThXlWX33teplyYwPh/XtkQOhsZe0D9kDgmA2ZddvLViJtZVfWuxLW4QT7KbsAmxc9Pp4lux5o52JC1la1RAU0RqGoz+EVEEOAqetzXKVwqA8teyYo2eRKTHoU0k8xOdvUb83uWJplSwMY49heg7U6C6vjdYGb6TZSNjz4aTZo8OdtJIjWtHQtW45Ty3nRc776YQbri2xh7Y7oj2rzLAPwOMPAxT34gu5MfXQRq+q9CH69d7SWvPYL9uw54h/DZws3XGoU/nY55saT+aon2wJu5I8eXFjrtz3xOplf+IfY9rMuJ9y46i3K9EgGtXcN53WmHq5nSkRYJZYLZrGAJFj+BTh5LRErWZQvrF/btty/vIszNhPGupcyaA1MROfOmragu6c4gV1bF+o/76bYvDFngJng6R/fEjt+jX33lXz+mT8+x2ZXXu5qPuzixPzv2xcvKemx//M4B0ZAtPHliN9Sq1EoRVxKz9yWZqxHXwytkZglho5M3kyGQ5OyuX9t+kPAa2osUZU9d1Jv36wWC5Bl3MtopuuQyCUNNtEtLuiS5oHVRbBpzoQQG8D54OkYgzWBCrZ+BoDOuua4EcLykouIbBuFPlKDMPg21650ufs4PEa1JlbThRcrXs5kSmimEx0eZq90NXiTzEdk+V9LBmgRAnipZ0VcPQPTOc8NLZHd7JkcZDzD/qteV3y+3cUZeElerFnhLGly+QZqqZyj+5A9NZ+yTaC79cYv56hGz+EO8ng6o3DPVHfZxZpLvf8jP/XnHNZwSkrFW/FCZhsqytoYpzqGgkYGNvKDRCvQ+pQQNWYDvIECSpv/bOIP7IGhUeC3uNedu7kWfy60NdcGtABTOw+UqhgOJup4HltwzAM001BdS8/SKMkF+1LREhVgLUU+96Fc4DPs1zugXrKgXXUzg8qkXN+odikHEx6pyc7GTnVuci/XeY1mt5ZHUSSxNnZ3C2NjaiEAsFXi2/XFYZtTBUJdVJgECR8s5nC71hbC+nfsIpsLJnju+3vnuub3D67VjpXk1dsx6HOlMP02xtNoHj4B/ZeMGSGLq7SzJ7qN37i6s9Z08Tb38ZUEJe3nu4n2lFg9N63E2oexngB+AIXy2bVsXtgJ2N78hQJNVR2S6/s7uWlmQlPnD6YrkjVzhic1vUyPa9UtroXWI0+v9EUG+t/wdj+YDUKwrnbS1IodGIKDKRx+801c118vgl+mTescfQPE2WayAUPJ0n70m8kajtfnDjT2g5ZZlSRF0ncevmKHPWKWZ6SW13PmdpzVdJgbNbua8vGpnYCCLhW/2p2BRHXLGxjiNt5WpMGAJu4Luzq+Zp45JBJ/RyneSdX8gnnyi5mv2xFHAHKeh85wevTYJWkZ+vBHk0IRP3VNANMPAEjQMS038Wk8aKn2lw2sWzgAqUlmwp43L5RLOKf3DT6uF9Rq/cfHXSv5PUxWtjgVbcgllMCaU6h6N9BMJ9d+3r7NPXTsCEqJRrONDQSMZdLADQaGURQhudmD3xD9PrJBoC/+mG39OgwVgWkqL+N9o/oNLXv8GroMEXRIb6HygCr0a+8l9FyZqlp7CM0WmTnGenZN9bDas2uVjXLrycLwERUTfzNizWIgyekYSVUfovnHUjU+jclnKGqFIkjqktdlMQvruRZJuuaWEOCyFSszrrzjviQ9z8aQMmFzbORVb4c0I6zbIy/Bp37xVu+6Wo8kq6MO0fItbTXGsVLNI/f+kNuzGnTK58dwoNJUxcin8BtA0fNj2HwN/txihn2S3peCGElir+UFOGq5atPmWGYFtClgNOMJNUQn3V1ybxrkU3rXk3B/jOWzwKiRcP2blcNEXwtRW1xYTm+0wjbKx6Qf2f8BXNchN+Q9BKwh14En8htae7zV/YDPbqtJWTsY1HxDsTeawbU8byuhAzrGayvY4WU1QGpbbCCMT4cbZHjwi38iPYg8tXI/V2LWRzKnii7Oxm7ZIXHjqeSEVNNBeSBEWxpaq7NBbnXqkLyQF8iyjoZcCRpf85rY8smM8FwRjcJVofk5tRbrtnqY+BnXxS1KjDYkFXCJnNi6YI1si8XlrQ7hGBFLdtWMVlxBHCSJEf5Vtct++liJSr9EsuJtUOzmJ4FbzzuvVzpnLtmUNy8Tm+iXkl+lyu63bMKkTaF6PkfEZx1gLeSRKoLvZrG5DBnF9AJSmOZjkAF0qdNQF5ps1Tv8E/qazyL2PWniXgftWjhpOhriVebB47r2vePr4/JtT2tc7zkcbUYmlYJ169FRa+EciRHqXIC1KEvBkhuJtyhSqZ1levf27+iFzu0HWgmNgvNvseYX1riH6/s3W/ObafmtbfmF1/wmK6jygh24/cIVQORp5tmDOL1K2nOBBxma3u9vP+0284Eo7vBSwmEzcBToEv1LMo63l46C6MIZQ3nn92YW0erPFKDAzy/KPqP6ENLQvYJQNictpmFV0uKfx5cKHD35TdMWRzwIHN2Nuf8Ft/Waj+0czghJ/9G/1ar9r72c/yrzPyyH/recwOzCuf5RNysc5ytsevnhy4fe5h/JLp6tUnJMzkHO2SvRAzmJ6X8boTlKiyTjR/ng0wlVmu6jOdzI0dIU1GqUhsLUETgM026U+5shMVifNIyRlFVF0ad2XFEXnG1Zsynmuddt0Zi+RlKmn6IQbboCnlNUCkAm+M8ubfVI+AeM5KzIuFl+TMuYlmoUeIDT2pTzLK7Fx/yzutyGbb5cew7dBWF/Cce6VTgHi/AE2aGXl+rGZOd1YIfCX31kwSKb3xKFZai2TzBRjdJCJnpHsJCHQXpp1QvdxmBTHyJ7GxzYLb5r2qx5mpBlTdRNK6052jaG7ezTERXt9TXcqFd9xPmB2GNWmVNKoFRZHItswIjg9cbyfYyH8LsfRWs8F8xDnr3/MT3UJqP/M7HA+Ai6KaRy6pnlEHdMINji8bDHGwXYTM71JFQAKIpFJHhNpxPeaGOEFxOw01vs2a5AFB3hDBPTutuZtcQRcip+/Wq1DCPg1wi7oWhnE3yn2I8MwxfDF3OSeinStYkJxEY3aNKFD4VJr2/X7U/27f6c/gHg+rY2Ag8yRu/vKYNbdyp1uBaUTNM/t537zPxvuzOfuc+vY8mrVhhFbQKdak0Jsd8Y65V0i3CSR641DOukvcDdqGrfvjPnI1RSWq92U42UQ6Lk+8nP60OewdCAQUmqqAQwLVD2LcxXLQRfXQtQy8zwggpBJ3PYetUdUYY5EFIy4cP8yQ/c/zV58bj5Yh64b0TwMRbHIycp1d9xUpo1iiQWeWaHARGc+/vmamJjWeI2xFw5wTDje7bpCNi1VpZL5njYSaUCVtKGFYHYv1ypLrc0NGEltrZip258+cjYvpFoiVUGznTSMIPA9+jp1bCjuJF9yqusHu3wjQP6dzYKIhdzEfuVzDp9bktRsLAnLhmuCbgkrbYyaiqw/XenrcXKG6uk2+ZQunyyezS3DNFguYSiZlV8kR3c4Jt4l78xvp0Q3+Dy2wb4n9J2+NbTtsO39X2A7ANd2yizxEj5yD+CxZ8XjnhPlmgZ9fQzyn9wdniLs7zUU5z6DIYiUpp2MlyVNcy58hVP2jpRzMzUOwkLYA7qLv3EdNPd/MaZpX/42MWZri/QQ21qh1I1+JaelnQHk3Vz2tE6OMxz8JQlBgq4EHA+TVSUR72ds4hrJs5To4RAf21V6RjL5rxVYlGs1nu2V9ooXaOOXEmYgicg2WvJHeuxGrwXtSUqEr4qzca+/fam1rdJ1f3vwERuVM2GHgwbVqofs+ZiX9FErBk6EmUq9jhnsvSJ85iLIUBXrJk8ZzaI+C4+sYFP3vjEs/C72+3Hq4OGqzK1KtfCzORQe3/lTkBXZuA7Gmm+WBaEw0YlZy/uHotVlLzIJN3Clx2Lu/qgCm5VHvJqze+e3zTbe1DBr/YnXbu+meCYG30jPH1r80l2xqPjXfYEVuDaIEuvraeeCLsiBxnQ5eatpvrdNhktwN7ebpPrFmNrIG51Tsy/Bd1va4YM6uArHFcIT2pYuLsLyw2+7Qjhl73mqbHqwaEX8pHMVAJfRcadMJQ3SKmidw8cF6cLskTdv+enWLaai3cI03UnPQJqGpl3s17suOHnEmA3aCj0tEp3IMsxplkvmF4LpbRyF6qUyXaf2/Ft0WMIkcXPZZSbHu8Fi+3k/tdqBYvLLrt3xaXUDasPQ72cTykrfnEQPtkcXlWHl6HxmD0gc3FWAcoVdw6ZrzEOlS6eBwh+jRwst9IgqbDEZ1PTLQhUXDXmmB7OlE4XCeRdzq487L+VqU7SkbMPdwr0+DnmVtsBdPB9gh0JRObQFwJkEQX42VXEUuw5wYsWzphsAXrWUeOefNYoWu7q2tcpZge1s6sh2dUs9VLwUkJOOtnP5Vru6RCURH1EVEkf7mVG50UbR3WdSQgwc6UThMvOzCvaV6lbG/YY8Ft5FG3etN3Psm+fRO+xM/TtBReOgJjt312Be7/uugA7P8uZf24RJzHAnG0Mkzfs5Tg9b6o0tC+Ii+x9cHsI+G3WUNPH5lh8iVafpHBLqOAr9+quyK32V8KCONonqrVVBg29edJR0E5+8DUyan7Py5SKZy5wPxHPL9+vxf8zAoh3Zgzn8Yogyvl4sOcNbkC/kgGm02kB6nYlHusK9qKXT304Nd/9nnd7heJgiYGipeg8DcCbBXyFwDgeUlFQ+X5qhS8G050XEnZN2+AktPdJUtdtx31F+aQInLdxFoZ6E56bYUoYJ7rAXgP8iEa2iFergVO6yAybqg2rNtVFYwqCsZESTdYTA3ujoB46HLKcj+sXzO8cZf1S2OY8E0a4+0NOpkvrdWatcsVUL+bWk2t2TdH/D8jEBGbhn1vTFEyNz2B6Z+5mGFwXy3l74r4mBltF4M/CGiL82Z3RwdmvGZxxbl5UHIhGNw6+wtGxrU7yKgE08V3o6rCcSQhNU2jsEpwYRkerMylfvcA5ntb3arNe5Dy5Jc38LmXPPukxsw3VvBQ21ywOriwmw0O4Yo1rxrB5GZlTPMIZf11bvMuLPNTWjh4vw81RJ3lDfeo2NlgfFe6kcSqbByAL/zD4/P6Sys9AbcawrY4T1rrjUUxtC2QUmd+gHlZfjHPiS++kzxxQwFMOemVNTQA1s00MUq3x3OkEl+pNtr4Yub0fv6/GnX9OwI9ob77f8DuXAYrpns273xctV01o9WFf+YvlUBmcyOgsQZJcpXlxz3aWDZs7dVzzMlO+0YvgLFB5noSok9C14Fy8bNHhnohOTc3iKKJiBkVYJjaP/uO/wShvLfuSVEtRxuUxfyEow3b7SiyZietUMq7o/2M6vOXHPffR1sm+NhZUF0XJsctyT3hILq2U+rvuDJIKp5kl5FCJwPCBHazcvMhAsBw659x6qnDOFNIrcZVO7bP2NuMKprLjU9U0zSqreX9EUI/Si4atDBvFigBnnAy7Fr6AZVbVlHZk/Dr6HrJeWTTt2ic6nVXdppOONtvRn18SOxk/NIH6zIwYWs3oB5F/5RW4Xs6wpx4jmVAGN84V+SnXdy3gtmlpnciQsgPJhNE6sJ01V/u/cEwl5CghCPARWCZvx+loTUsjNrXc/wwtpjinT/K/qzWat7lu39UVzmJLvcJgGi/58vyH3CPnPdq9520bsoo/ri6ux4QdIJtTLDPpvn4+c4mYjt7pkFOl81v7AtAQYvml8x1VgcTtM5I7c6l6ItHd/e6QH3cxklBPjnll55oMUmECasJQ4R+NWlybEz9xDE9IMx8IUgCtnW7J9KkQpA9g4WdWuwSxfUZWkAS7vg1nsEpt/ami5FFtZbIV6VxiOBRZ03jD3Gbvg+fWCqNcjNNODCivN5pMNw9g+u2pZGn4upKoOLkTVcj3VwjsWCsbrRA+9EaldS8b7mdT2lOkQ/429zM0tXnHEEP9vmE8u/tKZsT2PsIQ01NDPvpYIW/vCZ/8R/M06hXjf/HLz5WdeNMrcQu/1e50PE/jM+hMFvM3QNubtVOS9YGlDyoj6mBYxWm/a8TdLYHwpEYcHQq+4RyRQf+R79IhiPoNIIaUQhmU5gZWL1hVbaexIgGYtdOqMcQCEo+nJXZZG5bXNAMKXHcuedOWf70eowULDAOZTgd1C2MeFOMh6VagAaEkq4AqwCKTV+VcvHU3msxdT4HPtrZiJZ8vW05ccS+lXcANr1FzldM3f7lyKyMFH0ojbRBX/CfLbZXzQEPB/V1TMc6e9LkJHW2+F5x9az4YzGIJwC+++luUqM6PeXYY3QXYdtAwSCq5d/XPHBl3ohyM0jI3W24NKSa2XRuy3JkY2mxTkEshk8XUTpmxMBU/pVj7gpOM0gLlpgP62VVfiwcpN5lAYQj8bJurjKyMcjBdzoKduCPHMeaKcQza0FXWsva34cc8dl94zZL8JW5BxfwCvDaoT6akEDeQhFJUs2EchQw7V+f3dj60N4CYI4iW4x0jC3CqgErFzUCQd9BPKZZRhJMZ0gFHq9vUj9Rsp5n4AdZYIJZuYHAW4C33fCix7TlwdT87Rdl+O6ECTAvhT8JMwRS4aAYWoxrubnJ4Riu4544rz61UOIyRJB55j5VYGomH7nbt/va13/ZBMX+OqCz86fjYy54M1EFUHek4cgAiKZZwAIzafclFS5n/R2YA3S5pjumfKKUTlbgmdj/Z6WAdVMdDwJaVheb2CRAPUvwMh7Nimm6rA8KZq3RS7UKlTSRN2PjJelXysUzIgxUPVpy1OJkAphntpvAy5qZtjlfqiTU0k3J7mMnMduuNW101pRQ9g8sOtJe+tcah1yL7uMqTcJdevbUNIuqmWzc/PDCYOU2Z3HGm3tp33Jm4pDi4+XUQJFTZirCCJE4BODlGSgOfgbTrWUyyWnCVL9+5d0oOQHP1G6mqGSqbrqdYumXPp1zCGlb2VlSLvhZdgx+sw2r1zoKo0jId2RPuAPyHYM0B0rqjsl/yIimLqI2R7nA8OhcVaJVl8Xv2M+jku16OC3f94SOc2tEzjrd8+d5cG3oZ29B9+9a15BF7hfQKvpROMdfjDkBbjWz07zSoME4Q1AxgmWC2csxUB6pzx4nIqSaKajKKAmoBQWp5CCn2srQn68uCsyMNNYjzVhFHl/gKXKCMWY4UkXkCCajldPqzeWWZBOPI1E2MkFfEs2D46ddB8VklMufV5VHyf2lvA82pc4jYW41F3Ipva+dGwkfzSopTtsUawRjEphXIzgLcxxzWCUkEBHqoZZD4IPVZMzmPedD9mRrMcSh79tSa0pvW4WuFZ/wuH32HPSn2CZTjESdFAQsF+6ohW2kW572mF0lELpw0LNDTQSoAKhvmZaniqcGcdgFJVECQ5WZ0jovrxBWwumlwea5LljTvs2+J77E4EfavYoVrYR95obScZbfMsPEa4mzq1fhhULTguyaj/7zrz4XTfGXyJd1xrn1/6WUQxEi56JgDtcAElhZTWGV5VQt7uFFATsxQbnxegPfhfyzXK9MwJPnpQ30WyeJ7Xa4bZd7IQw0tTTCs0wgbi/kr6dopCjKFxtvATxkzk5s0fCGbbKIi+ORelok+QSo56mKAMLs5MixbopuQ5wHupvtzSy1NgfEw94yXviC6B2M+s5OAQZ2q/xTQQefwiEesaTAmJUyqlI9cWHzuFt2SYpskODpL/1JNTdOYKx7OMQLLwWOX5eD4YvbOyCtVUJW7Q+YBIiMg5oLbWh54/OM++YGyZQv9seMs44crR0EYNl7+t8rW3DzakZyh59rv0+yc2XYg6NJ8Jr0JSPdepd/dO+7N/fCc+wvFX9PxebV43yrHtQ/cs3Zra8bNce3iJge/SZrek1aj4MXvp7gDEIcKrfuIJSOdE6akb9ANYB8Epg68URueNra4ZwlMlfEBWEIPftkgMS0knIZxiOsRaRT8hcQ4tdQ2rW09P/Hfz+fA0qZp/fXVBovyLbclqBbEIOBEYRoHi4SjQcVa977yDS28CgebgFKI3PwKd1K0lECpgi2jRYRsx7Bw8x0iR9pd63Yr7IlMsFE0YUaMmU2XHnPV+/XyMEfpjxP61ke/QDxq+yT0O1ruYac9pZRjFzksmdJRyGis5ZrpL8YCJKDhAgyk5LToniKlVVe807ysWwY9edBjFvDXeRZi3+7HDxnz1HNy5uIYn/a52V60QsGA0IEdFqEudER7V/CB+qbvNNeUAIloSnXRrlDY1fp56WTrmS9L6XXCONd9A1oyy61TXKE2Kmnb5tvMQkHrLpQqBHWJ6W65h1ht3NF6D6Ojugxo+2E9IzVb+KCWSgKgx4OsTAsnK8JFXW9MXswxlbD9L4aoXXsIbndqW2q7AsBKvAXvAka9B2TP1vBIlBrvKvahwPqgvY17Y6imz1jU8RNObg7hbdnanlrJ4lq3YNUPYqH7a9oyc3HY+9AMOXTCgNwWa1cJOy9NiJSnA8sZVwPf6oPx2gECN14Cez/aRPOKrVYyjXw96iTIW9ePUjv6T/Amonicq09UvtdqJ9gBhrv1Kryl6702wKuxFIT7Q7WaoNZ0WPGq9Ku6QEt1Et22Dg5AxWGPa+moGs6DmT1zBivOSL2TvY0ELHCSmJvgrBn1gxClWuaUQXwdIBcBA+GNbqQWCibHxWfT+uWoxZHGxzm7SrTGOQAIiKYarTESGShtHTbusfWHHQlLvq9fuwFjCmsfVwcbhxeq8WEYxaGqf5QhvndM5nB2Aa3nM8CeWGYM/WCcq3N9iJjEHohWJClVBMtuXgLvKqCnc9amLR320izZTdvnLJgB1MEUXkETKonPI+p3Y1N7A1dLEWbB83/k/se7Vdf9uJGZvrD6g2LZIkAIkwdik7Kef2zY3MYspH2uDsnhw1fPInf5MhJQDkCjRD3QMPtB83Zz/Jgpm2r6W4aLfUk6lwr7yuTuuxkRdhyZ9Sxi+M3OdrehuJ/lY4hwFI3gcDqOJxA7Huij8FybbxtHtg5YvMcGBPdGOmeOkDWtxX9sMXDnA10S+Mu58H0PeWURh2Cx3yEt6jNy20Jh8jHAfJiP3S6O8vOucBcHxtYshAB8TOGxUVCq9Mr1oGFMcGyQYQHU0fdot/yNET5ZdgDTUt9j1rSYAbjWffwed0Y/3GztPXuSAAorjbmLlqa2Jx7Aku7ohPpxuus3P9lCuPbJwX2S2vLypKGjWzupiGGMGpPESFSmmPqS3mFzuARtzSHLH0neFHkim1uX5VEyw0/Q+jVzdkETqcRCU7dgzkGIPwSl6xh3ozI7DMaD1lU/X6L/Ng0eNXqsLcapBpZZ1VZndzXLOSvHybdtIFPiNXfZcdv69sfH5N8PWER2lglc1yoQrdqpRw1rgSiFeZlREVIa5ymCCh4+82hxOWWJo7b6sPq6Fua4cyh5v9QYz9Pdk+yy65t4H/xCcP1V9VkJdvQsq8IE88B5cxA75MC5PvfWn9EnfYkK/9+1z0flUpZPBr/cw/Sqc63ROvm///b+1rd8PNMR4ixwGUNFz6JMt1YuO+JXnYLe1oa0J8JUns5Uy+gsTlu5crk2miwCYLMdH3RIm2/DCyi6Ou0ca7Pnw1ojzrVo3LN7J4AazmO/begJs5CUQKgAfjTsoWyza9ohwnKqBmcD3nfY0voiPoQELNsaOFrnJF0Lp+tRjrE70kIPhoQ+IcsGkkSmGiUblqzXnJCsav0YcJmPYmBRHSDTBaI1B4zIN9P2dbpdADkz1sqPvz4omfXww0IoxP7Gg360OSR4uDui4Skubv8WDYH4ySlwcqoYtU9XPgfzJGnBP6Mg2WH3VznWyQaaFAS2Obm36WloazktRxnYgJxCvol8swTfdyOTZdBAGnkhgTGDRnOg+m5HUA3y1fzmPV8KrzmRZLrFRwZ7pJhL6VN4q4PgbBWYoMnCyDRVVraYwH6+3c4Bt9TMG97pxoalInZ860jqffQ2PLhYXMfk4LY9TS1w1Hcu703H/u5z2MA30iUqu71WG8isyljc8FalssCwkUYXLHwDp5yXW07tAdfslkSVhwRO/YnzCLpqIQIERWYmPnHr4HQz2Rc2A3MvMblEfyRaVmuuxTyIrCiBZKDKD4wkBhl+vhz58q63DUKmE2tmrAEVdET4jXrqtqK89FM1F0JetFpjeTkKwPAcHuK6+ORuJuOjpuRa9XsGRLQ6aWphtlmibhiM/AzyxGilPwprRFiTrHe9zDJ7rHKNAaObqUWZcpYxRFqbh8iDHb0i8WxwhQ9ObopT1sAFCnTW6IkxWMWI0IydHowlX9LSHPyy+j2wgEckfLtFHbBU+whzJXIJE0Sq9slUBNk6NXyjqwRXXelXMcZJyZ6KdbKpjZRQpBSQosuevHhJ+ooqCiklNLsLg/PMqtlyNKfaoaStHSHWPUXq3QqxKuabohnoPmJcJmYDKoiVkcgoa/3JsfuGetpSV9Y6wECk+9ydAiwj5tbO60nyvt+0KhFOWatGiZV1teaTy6FVpi/k1q2lH2huD72ti/B8bzGvMvavj05T3O/hTD9yBAzmGertGVuuutp26rkOU9mNOuTN35bkzCI4ALOXcR+UE0WNkET1fLYY/ZJ7ghzY0kCUQzNZUcJbCyjj8NRoChDStMiuzNr0W6pBrBpse4oVJkaMxqXUK/FFm7akHudoDTJ/mK3PTI8R+zxKImLBfcuJweYzm9pQTz3RMmjKzzgFV6wyB9fnQCQ6RFwmLmW71ZhG/sPs0feUsKohMpPJjXmeaSqB7vmB5ypC1o7NdJg8c/8QMbqeWxQg7HyzV4rFvPMyWHuntPGozV4z9RKkRTOrel20houfN+K8FtCM5wUqq9pPXgEH2gtB10aJFhEoiQ7CP+crmPLt5QlrOHW3n4M04BkaxcWeXdneSA8M57XCWVcdv0zeBVQfnxZhbI1gLm3Lv3TzXmRe3n2r0rqGyHR1sdGcK4f3C1OqHoP/2+XUmjF9FbLy6r93CCmP2tZt5SzlqrMgjt4ONZW87Ggg0ejXEWTZrkALL1W9ollZ4On7gbAbfYmqCi9Tzun+P2YopnhnT1DGM1724khf92JVdsXhMWAOc/YtkQSr+i2A3D2U1Z7YwkGb5e8DeAksuPjM/B6hLMFcGFdDWFarN/dY8HN1qM7+BoGTglvOaolxmQBSxFH190kDxRYXynJb0CVrpF0Ph140vpY523G965sdfZAtFvgks/jDJfhQ5QymI3q/l24NqWNCzGEoDmv7Rko4LrV+vdGknxHCPfPMfhJQfJC5rj6VKD7lgNT+Xao98S4bnjj4/zQfO0W7vimF1fSg5J5a0kXNm/i/ars0N+/X12Lwyx88GoS0BBkccQBRqBKg3CaC7/dyceWvgR/0hXHcQlc0Mjp6TsR+Vd6DUnr7QUa41KjRUq3shR8bLctgJDXARpn+8VTaAX7sPYoydjie2aJiPKw5oJ2gXnMG6kxWq0TS72PTx3gLt8sjRHJ+b+AQb2mA91sjbMfb1mE81aYrr9A0WEtNfbYhGfFaX4tc8quaNtqb7wMlMiL89qPGpP5ugHxjZvFwZgLDgRDVW1RhPy10Oa+LdmZNGWa98CbFDkV3kumROyfBJ8u7dSNLflxF7swKsKhsEDPtBv4PPzIS51hVr21ZgCq2Yia3h6oJkVVkqR2ddsgFDSuStlhXL0kEtQW7sjB9ocljg9Suy45T4yzfxmK0DgA8vGpQVmvIgxQo1FOBLQhApNvo3WGxmcy/n6oAnqFr7nKwHZA8O6x+pJCPoLx1QTOrd3lTtvkW7CXhkc0HhIwo6LJKV7WAmvC80ehSK5XFKaeu7u/TgoNS3+Mt2GdPdCaXGHddiBCEqsZedemz0s/hV2gZXxnOmia6WTXayEM1sbQs0iZfPiQbP4+mbQk+WpHfWtWgQHZ951po2+t7xS8X0MP+r1VGq3DWmipCz/lzzsi7WmYfhqH1JVK+BpoypyFkYxeJpeJq9lYwJaWjulYwojQ58rwfN3ahhfgV2ii3gPT6lSHu2CUuQXWw67VtO33+TGvGr5P/0O4ROAh4D8YwsTWDDE0ZEXhQurbueUWvXElu0VN+tX8d8SAyFn4818faD+RvxCNoCJuTUkhDMRZNo1+mZSGeg16AkUZr567+HfNxbPAbWiejJpDxGM9fXTVt5FIxZ0Hl55SGIdbqXepw2tCNwLL4DXD17RsqnZNvyrCYdTRmCPglIs5JxCvtmG1+Z4pLTFOqB6M/b0YpRkKMScbeGoSbGldXku6igBoaAqC5tmnXha2cptO32y5Udcx2wNfpFXShkATrzkxE5rwyPwebbHWNlZKadEWlGYmMIq3ngChkKb1RbxHGBLSVTnzeOEDmUlRaZzj2qlEjqGVHauYXGk4YfLSV1MldKzp0wi+Hw242NyQqbrkTwDit2n/yq/rrXw61c0yzXAya+tlE3dBeisOCs0vZGuWvg726ja7BtPM4ZJLIEGjKAHFpFhLQXqcsYeBq7QhV7e3yp4RP9KnpYDZ+q5ARPqTmpPTihcu+XX28fNmc5yFLp9OvRe7xutXl13SslY6o1eBedkzmBi5ECvk7aaFmorqK44JvhnpiuV9tHveL+C03Csy6KHqP0StVtr03oj6aYAlS2B4r7R0qD+xKxvQ6ZdJNYNXcrqBNHJeuUXc5KpztwrCcFTGEXDBprj4LjRfUMN1tD9e5p8euB9FGR1eJxObCXRFL7C6vs5vkhiYlygze3MqSTpm25WRa9HOXVUPvANLan/v1Rvj7PWBW41B88f+77YSm7L0fjuKliRhkGLFZ/mQaGXvwjfRM5FhD0YLd8oKqsf65U65Hc9P6JaVKNa6btyCDiri64klZBtpoo3FKPCEOIaez5rqZqfkK6oimQbW705y2vphgmKlS5uJ+0iFDjegd0jvsVGYJvGoHwLbYAo68EG19Qds1KkqrG62z39gnGlo2lU0TBkWp3cNjLehtx2X52GAc4i6Rq/26n5Hm0K4wK8uyAadKoWxfif4TvPyAZyPWUUZzYU9bLALwve/HiTjaDax/11z6XTBwlc4c86DtxeTUsEJtQ8SkxLVhExO2IkWro/O2cyYQEjmcGert1PHvucFAAikuutmrxWiZHpfFg8420RkMM4JKZOyWDAw0ps5thW495xgQL+Vp069Vgcd+RsXshiuLbhSWO4ookItD9ANuna1ohwDon3YhXXFH75VKDZJGExk4PQSPNnwKoLdNt08Vw4VOOms9KqoGEjsdiOhM/YLsSdPF9gCO3KzHyJsCJF5DCctKCC5XmbTObLEdROx9NGkuFTmwtA3EZu/u1PVN+CnG/JH5KgFzqCszzufk2NJ4KTZC1Mgbry4BduenWVbos7+ApojhgeQuZk8HDcP5HIVXID1NVcDt+INbJYa9+LXezNT7rfC1SSO5DF7fu70f8fdL3yCxCmnf6/5O0LdomAbBxfZsx+oFppHx2KLUldMHo4mjTgVcV3W1rfHL0cb7aJcL6nmGon+v43e2GW2ZneMeFs/MkGsIcWyNaiI6I1S+S8hPynbf2xV8fHTJ+9W6fEa0StBemdwiRUFkS4g/QLXF9o1ddoF4kMr/l3vlq81kvSzIxag5qT0hZ+nazG1k34d2m9y5aKrbkmx9Xe6jExazi9OmpISpSIzeY6yDYDzQlZMWFVdNxV2qj8fA97Z+ZEaOs7RlnySIRAkPt4A/JTt76XclzzpFIBHg4qbU0mXF9Xv/3i+P0lWWi0bv3UkcXo/z8M2wRsW09dB3hrfLDGXv6jHLPrHaL2H6dsX/rGPIbgYf1pKDdf0ae3igbiOm4xwtqe2KGUAguZm7y9ZeHtBKNhwhZh95F1Ii6lHMLFLlgXW/pHeKYsiY/ncZXV548lX821hJ0iDEyGprd7J+37sm4h6nabXHGonUreUbbUPD0kC9At48VX3yZw7JFEKJhloo8/LdxdU+sbYS43xyZ3Q0pB24lZs8MyDFKB3PPFoMYXn3dZLOwkhpuPFPTmBuEI3jTUuRA3EtGT2s3bRukG6N9fPxD+VUjmkfMKcrrdCU7TuQnQud0mPBXtp8o9wAxQcHvDPMuB7TIqIVCby+27ix51Bx4Ije6vRia/KwQLzRp9+wWOwi4eivuBVralT+Ofl5tNPlGyHTn3Pt2q9n/n34gDdaH5rhCHgtWGiJHaN796/NzJLMTYTHDW7JttkmfWsf7sv33mb8X9UgvSby0qtWubIzszSm4eueEOEkJJ4QRjmJ/Wx1sI8maiORgp3aN8TCVcMma/tGRpP2vcW2a9xNNmqPnZZ13V/uJYm7dZDIKMS0zTg5Zm7IkA6/748xLWarVFNpXW3yamK5EahH9GPdLSqIlPUejzOwBcZHlmanBD8YRkTULi9u8dLUsttuonpGbfDkndcqwLbYe5ottpn9g+tKh6YyNGSUeM1oyJ/VyvB623Erm7Xvi+XPI5oVcdRV4e2m5dfBG24XBBhxcrkpnC3uPQxRsi9vinsMw9NF3Oh1ZgeIopfIBjQYbuj1wkJj0TgAnxhHBIX7WVLGjXJ/7+qNvYMAA0/cARZBcnz2xZ7dYz/jhGu13dNcH4fqV6wl3TAsGiS3YCaGoqI87nGM9h6JMvgR+He8eRbsTgzyowi2+RcGJ34rnlxGMHcFochKCMpVrbrpShzxf9LrbGwxyV3W4gaD3vnuHWcbIqNVBxvrDJa6deiAjNusNXWyxCzdTjzI9keR9fp1QDzfoTtaJI0Q3qOtP25Kt8gl2MH8GVyxWlOZCArUTQahOgOh8D1ykpz9i6PX2k8fMzfDeM65KO6tTzGW+FWkDCPW8l9zSv44x0FxCR0MFnNV+Dyr2A25KPVIY1Kwxki8SuItzsD7HWMkjBCiZ9lyojKWuF1k8OiF7fCZ7PWkfRiFLnjoEdsG5EaNe/8DGNRKfjb8ilYtjhlU27PCSrqrP7oDtxwBt9ZnVP6QBVNbl5/5yPUSCFVFl5KWq2xaDw+S2E9TS8hii5PPkCuT205WmI22V91ZZLmaMVPEv1PTkwHqZf/RJp67YQPCYfU0hD8xSSZMQ8xheY76ws+kP4n2Natc1WBG3HkNKUSdKOeRLTXuyQa2oWA045VRf+ujPJkO4aNxwGCmLFDuBlr5vmbxLidllPvCrkDlCaQB9Xxbeop5bpHItK/Jp5TN2u5q5s8inpeLvE1TgW/EDBEgikWE6ivG+Qw1Wa8oazRLV6p6UfGYJijExZ6nohRDWwmhylIqophSQwvqbpeIQE/2jINZdJ9N6XntMD++vDXH/cqXGyTqdEl7jUytFzbs/eHf97SNrNG03as1MoVeT46cJhgUtTYOgFaVustkUR8ooKbD7Abdod7h873jjrZV3rGl0zfLkulsqpsKSPg5TAoA2z0df0NUvkFxR3u28Xh8tDhtJXoj93Z7BXBut2b9/8yPY5v0d7R3etGivzu0kGuaNXWQTXavNWX7tNW/8QeM6Fr0aohtMVnTr99sA6ruWdO3einbpKCtlmHsS/Su4agL/5CZVezL50CzUKH2FV0qbzsX7li2Hgiaym2lfdzDLKeO3Ly1/ltEO3lwyrI17SGS3ToQ8q41d5uWijXsEe92Y8uJIjRgjwk5Ia9lj6OzFbVkYeBsPNo4R1rk2fUd2BjJhseDYWykvMiL5ClnE42aqMXxd7wD0NIQZ5JjqozzKuOJqtijvhPnjAb2XJld4la827ofutYcyVMotFnYmmPPjQdwtU4MCe2+8iew0oxejbTUaO7YWSqafbKqXag+4tFSoDDdaVslzsrAPMXbjrK52Q+OemT4vzD7gLEVGzZQO03iecOyGJBZl7hfY9SjMK1bXN2Ro9kCQ2eseb/inj67XbzTKpFzHyQsfHbkuS2SMENgEBwEZMqRXYUTAKQ7vLuTGOduoAr78A6pfV75bFwY8y1m/EP2HP3btKdLoTFbod6L2uPVl4v7eJv/oixOg7cfZ5MEO5gART7laWZDf8hfd9370b4oqhq4ffEB8PFyZPAr/YjAfV501mDvT6cFVmt8G2pM0/3MDp66EftRgPVkmD+RhYFlKsLaw0sQpTDtn1U2CrXT9fzVU/Z9a9vPviPP2ElVQD5aIJC5YJMv2Zei87QtiknHtY7xq14MtJ0i0N2SV8wQ0XV8vnaz2zXg+NNIHmlVf62fhxmsYkDAjPs862dGYpodwhseJ3s6s9VfZPrTsPcDnKbmQNeIoy/Jpsw0pZooiqtttzK9giApjGxtMmSH467r96c/uAoz1iSf1JUx269pWotfUwI044KkD0Aoik0dDQgsrimfz5yBjMFTj4DPEID+en7b8vv2F1ovf+1T36gzTnb2rWiSqy+HA+RLylF1KskmNLY3WOKxiOMrW+qO/hySVkTZ+czjU37no78u3Wkw2r0JL/1w4kCR5Rm42JIp2cXF5y6YIFHauR8hK7fhfQkWMMtHlz/tO/WkVvTb1eQA9imTFZbyXLO2888d64QTf/6krDexpfBuxlnY8uazGijazyPyC71/YcPPb2NoLhN+Gr6AMafl0IXQJ2NevEi+4Gin1dH5/W1r08lkoxihTCvP/Tq5EBXPfEP/WpbAvnHA9xtyfGUVP7KNRz9l+3O5v3OHXFo+n5vnAGbr37BsDH4F6POFdyEHPE4aQ/MEnRzbWYgDDlqJR03tXxoC6uHDcxK82vvDItOhjDfLLzR+kJUx9bwnZoXhrrJdnm6/GUVoo3NurScyu61bHRknz5dvwG09vo6JhMeofbfdWeSYdEkjcAeaksNHVnOCniPEhRGKIMnm416v+6R86m2yvmEct0g3buWkzV8cHw1N0pLlil+KoRTJ6876hvnJlXpSm2G+o+VC8odcZx/F15wvZS3YHHTwm7wxy/m/0oSxV3JgiTHzLNEdH8vCcVMGvAcNao+693FeyolknjEs5rhWAHi1gA9q7wUbe0e7IkampOJVZi52wwdr44YqxwlIqsVhbU2KA3ZvU+cYDAkWHAZl8liZ8m0MoK3ALTm6tt7p3zvJu4eMepZVpwMcLtbQYtsf1SYY+Y4Nvd21Lod9rt6OXC3qT0xS6sgBpzBX4b/Ykxk24TpcOFlVgBYXpOWfYNuBQ2jk9lCNpkNfuNfv8AsYSNCU4ge9wfPPlhOo5CMFTUsOEnQM8lJFT3N4Dsu02V+XXq7S4MYblrb80hrM8FtXcfZB685BLMEfj70G5P8Na/1Vqz7Uknb0wXYUNWzFWQG3S3OnLRLl7IdRPI2MP2OEN9TbiXt/vcbd7/H8NdzvYydBCcYeePpo9gHUU5nqprJ31pBQthB2LfKc3LSmeAcHNj+vgjJqHeME7S6Je+HhWcBjED+1Y9bG61Kf/hBihfvEps8hflMHZzZRsCk1igmFqrPEs5RiSvnfriz1xXXZ5pYp5TPfIYKv7+5w77Mw3X+vp6P3V0CNSjgLTqkQDtmWSXZ+VA61pxDLbEHCD060LU5wnlZv+7kLLSSEj+klDKDqSZpjw8xQXdJydfncDw3GJD8CUxz4xfrpLON95+p2mFigFSLM+br2MJjYY5dE97ZZ8+1ODLa4YRGRzp7tUE4vN6KEkkSZRCwUGmBNjjL+KKqjp3nsLU2eLd8NPJA+mgOFXT4uoJWrMRkVC2M7CJHlG+gxVkifOQd8P1iKi8Ww6vctnRpBTd8MVe7P0tAhjvWyXKVy59uOMDCF7QirPpaUOqMY1nIKwF1HxYpujxZWJfnXyjjUO46NMfGZrwNpmIO4/CShMFCcNImik+OeJrp7tudyFqQQthljBR0djl6ax0hbYxphxDcSL3sA0HYbn2/jA19O6I2AmLQTV2RodQlhQiceNuSKqSsZtFy2GYAkwyyGmLhpyHV8WqkMY8l2/iDZ3nZDL2XMpirzBc3WMyecF2QRk0xWrROOM1ao419Kqce4NYJTPHvTH9hErAGH9ubtR2s3ojmP1A+2maZ/58Fnk2sW+R0RcK8ffPhKYU9z09TkPbj+e2a5J0l06mgsxQWS3uNi8riy5HAeqBj9CcEKE/1RfUA2BNKsXYUOBkfzNKd33vL3FSDzc1a/Pp/2hIYJlR0tAxTC1kkw2dVhLy5eUne4w3w9cjUYkaIwaa3IOyjeyN80BJHHML0rvqHJ73S2AOcPHGLFzJgF63h7RFOJc8q5dsgYjZhITnb0aQY0bCvofme261vGoihV4jhKlxLqfGbsyvq8kPGgiJx78iB/dErAu6gzPZCH4WyjKOHy6lLNiiDKQpvYIneXtygXPRp1Z5F05GksSr3XWfLQ+vtCRTiFYloSdobW2Xcfs2uhFl+LpDgcW6aBzFo7Tuc9M6QGhbHSrAtmg0qwSPKn3ecjCdu5KcSZlB6MwwvWPSeePzQDO3n9kSsZf7DCrT48Ktfa4mxJzrCJINW8Rc0oVrGF/ru0AwUHtkg6UTWk+tihlqwwz4TjsZNANEM+lmOknEw8rpPKzdSWaTBl5ijY4zkbOVH0OIjASUtJh1mvcUJNNBNsUiOa7OjhVxfSZpy6KukdUrmPNoud+Dx92ht+xyYiBjQ9UMpQUVW5w8Ey0tZfBGVK55h6NHvkxc/GB4gancwrLegEwDT2JD0KBV4InoC+X0mh9d7QyJ2HcirOgoTYcDbgHIBJfAoPNS0G1svcxmBGimGNiRlninQM+ochOJC6gegoUDcNu1JuqhubW/tFF659tmoXaHixOI/3MjePNUWy9qBZ+P8JMidBXBUQcJj3eDQmFjNeLB7y3EzlAY9YtH1SAWjgAJOe6wkcIwB7ieUCiUxcXs6ftMliLvxIRGxCKZIQP3KJ+I6F2yPwQ3CqQKgBg4geoIXfiacxvVniXKGyYQc1Pk7MMkNCnMwG8nxMyi+n92UdIBFaJcLQM7QXE4gLDywjBg4L4fxgDJ1lxMbIZeKZibfBsq9IWdxPJsTZ2AArFo5NnckDQqFgeyLrHmgEocTMLIXgQ0Bgv0YrYJtohjKEdZYPoj6r42BosZwM01wuUM5lWI8oZO7j2gcBLTUVObUe8T1mpztWPpjTtC47lGYMTGn+tjxQF47kgyJqsJ8qqCnWGVEqAPDcGnxMu0LOyAQzImA4gKgcD7+Uhqvg8pJkKZuyWuHqI//1GlyU9j83SqkdaKC+D5rdLQKkvJRWZwo6tHYxNXizOHB+QZGEkLf1y+lVP7/6XcUIE00JBKf0HdMkTiT76mDkvQlqhOGTJPIQTakTsSlwOEpjYsFj4g+uLKaKgoIdM7fDF/JfgB7GwhCytCA6xuDjxASieX0iTfiN/xpw8ut6EIZNRI6r3EGJj0S0o6xGllBZ0CWwtqHRc+c5n/M1EtrtHgtpDmXT5d+fWi/a8d56Sd/W5y+LAg25X8SVt++LF6fSEHnQ1JFKL8WUQPSf9tUGYMgqmxoJUD2GVl15LzkUvkRb0HSjNMXp646PT+UskcsZ3ufNFssf6vH2AujFeDes7gxHxRbzad8mf1ugFgZLpktYMhnTZ5jS0YumCp2IxVJA3RXXu7k+P8yYAPS64eA5m/e9bzLjdHI5ITkgtunGn3A1GuKk3urb1wdMjwuK0/UtdpStD37daOOEcuM852KdpiYiOWpixEB31MxDaaYMKWymwTlsM81rm39ZVQvgKbpLWQErEr6f/0aeZ3ppGpggJJszu6d7rLidbngvS1couAhkPcZavp2zqEKspNdDx/U/yqnnqrUCYrjIj9juYR5VtQYXucY1WMbNu/1Z+SKBNk1PKeKi6SZ0ZEpmYawKW/if/w6RE8943/zuLQJWcqr2vFZTD+MY2HPsHNijh38PE9tRCoP7o14cVWoRuBGaQXMSeuuHRxcmbORIYnng4U7dejm/795fFx92x5L3FEFoT8bRM7WhnJK5H+t59Kza4Lpg/WqP4d8e0T6pnH/w3b5d7qYODVjYMLPW616rE9Sgf21/G3pTf0TJ/l5qPSImO591gz4J8O0O1OO1gt0/vfkDnMWzuuMW9j7WjiAsN2FFo/gkVUsG1WhjEQcV5qo/Nucto65Hsfn2PIXh8TQ8pZuhPzmZYfLNYlBPEyrSzW/1Hnl26j9g+jZ2m9pMMXqPqTXWaji3pRPfY7E778gk09iEi5rlICmHf8cXTN+/18hMAEeOfTTiW1Tt6JiqXv4d+U09s/RVY6FlIzkD9ZGKW8GVbBAZzVWuS3FevT64NC55Sgv9woxzOzo4VI0ZrpkV7AIubEq2VPTcfOlgzDVwmPR0a1/Wcj7tHZYJEibbn3q4bWovrkcAIi+BClyMsq4ecLgSURjrfIf0HN+PWFl5PJebNo+gyIhzKwYJkjkt5epTJ1Z9ezr7TWGwUeUkFB/8xsNMO0pLikdt9S2tfTjl5tPkwlPfvX7VhRzZH1qRl6kq/vlsd7tyf7E1mBbMAkYK9lMCeZyTpjhBeIxCO9ZtvItECWNG7IoEK3Uy1dVVcTVaybcwVZ0/kc8cDKqrepqUK/3McGubA1t9xu2LbjDaNiTWYXeMkWUhM2zTG/VhJj9Gp14PoNQeeCvynDdkHDhwp6e/Sr7P3ifMwOLuheeEUTkbkWI83xwL0jFRZqOsdsTEGQSXjh1o+C+7+z18ht4P2rwYs6Hfe9fx+CGJ8MQ4z0LHrkCcK9YRxLBUxgK8NOvNTsy8JypKM6rT3c4r5232BKYOpmWOV7hyXvw7qsetVAVkDqZLzZJTycpMh/hx6Uw4FCwf+3Ta9THxTDbMZLk+bmLJUMWxbHK04RfJU5EKno399nzuIeYvbELJj+KsEZHn7tRtUUG2rIpPiaBetcTc40UJG8WRzv7Z0q345aGAX/EPV5I8sqW8CN6s35LpUGhtj8/Nc9vGbPkRwM+IiGFWmmNupS4LBRqIdWoist9WrYda3cTsxbvBkJmCLLfqIWoQVf9nlKqghSsKSLr8ISsPJR3cVh1JW+J6OCZNO/+4n5F91gk1jyrir2O+Ko5V7Df+Q2UJGHqEF3xA3VREYSOEmebEimMuToM3pas6LXqDhFQ3n0GE0HJG4M49vLay2Wxf9twusOuZZVkdTpuuH1flGtCCq5IdKPdKWp5yhO7wpqCaBmMEJsdYDaq+2vPThG5NVkwjHGYmTkKoteSSP+Nykp65zGend4+vXXhfsc0Xci/OjR60Iwbs4D69BD+v6SZiQrXdu0gS1MOo/aE2GW6VZYqCblchpzTPOlG0uzmU0MkVx6jREqr0su1F2UUh+jio5PtjV8/8UZL5WulGBt3NtFlBdg1z4yhn3nPfCt1tTyKfUKScd277jirDnVfrxZyeSvUroeAeRhFaa0PdCexEkFzFgb7ZzZqP00wNJdpWi7YISpI3fN7/tRS4reIciADIjVIOCj268EgtfQQRJY+AIIq4hpuZOC6SYTt0bkziCtYbA5+1RKIsrV8pQpgR0yRW0MTJ/VJA8t0sWt5KoUXSyn77jIjB95XO3V5PpXn5+tBVq3n4FGlxKyG7WCW5ITF3Z99+jc6YoPhMs5fVwQ6MG3HGebFnZqHEmVdq274x2bgi0RsTaY0rjCu38VztuGSmF8YZXidBZlmtZqxfaFve5reLSHJ2wJ4C7CnotgEAbgABG5VrYzYasdbT+rYwr75fgaodBz1i1LDAhzKMdsLjz3Vk13LeVjqnvWoZv4COG7zAZiCbkR/FX6Aj524GrF9rRnP6aum/rV9YuwvMCbY46Gi/vZ5ALP8G7OyzTBAHhlH3OE4M1V6ZgwePj7yZ/PG6DR95c2BeOzcGLBZoUCzb5ql6QoMk3g3IFNDEew+4/nU6mqoDElcrcmEET7kwcJFts3Gdo2wAKtkyEiBI3vADKdk2yQCkNwX88uZAVd7f82ZwCmeBS74wq7xFapQRTYqU3hrQean+WsSO48wQQQbNosWmLtJSvI18OLT1sO5AblF6iAWIwHaCzGmvOB1wqjfgempxF5mJlKrYtHbN6ob8qMc3jhTA3u5W+Jafuf7WrbEC8Zvjv3MRfu1hmwSS1Atke3GPWJtrRXHL9i8GJomPs8K/CMy1v1XYzthE57ZZcAcu6ZVibjTNY633O0eKyaPNO2gsAdgw6FjY6aVlAgmA1yKMxUNKCzKSf1xywh5QKWWsbocibNV7xm/GB8N2i5Hi31VFv7wqKzKWbx7HEXZtth24X72RACn104cs0cy1uJGPj8QxuGuMdOho9RJe5wXeApBc5SPMeUos+I3cCahxdS5j+Ayz6mqyX2zLBailCW6pjId7VFslzKxAajJ0625S1iIcFuX7KCA6zCqXs8BCXT0KL+wLxBHguU7jm0W6rxhOighBvO2Y+1IOD1Mzk2VRGRq05zjgUmvRUESCUhrhsQR2fL7ntKRXGbgCZzYUpGG/8jjFgs9EiIrTuudVqg2/vlOGlNZaa6uTOJ6bpegTdbZ8Fv5vDEiifK4VwmStUWXHZnm2GWRC45JCNJNLwSUeb3CXrmnor7FnWRY9/ESWTykMCsmuvSVrY809lLeR+Q7qxO/2PohkzlcrmWtd2nlUaaAowoshPIKRLGu/Q7FpeR3neYpECMAXbRcuckQ9+RxjyHvmha8dGF5jOAv0slEBcyHwM7HOMmrGA2lHTgpFWpfovm4gA5403yi+hMHhWhEKKdD1buPRqOnc61krJOMIa1eak2j30CL/wWPU+kLOE2sNayY4ZdqKs8Ka2pcCvpSDsp8ufJ27IWsOkH7q8L2NjmaC3Ot+c5TLKvK7bdicpmMZlllmhGnNWsXpC+YxQqqZDdAC9WVyqdXqPjgrMUlU4AkQsRsBTLPPaUMs6hOonoP6upH8QRnGcvi1d7sA7mud8lc5rOl/qYggBVNEQ6zShMejKLNel306S7Z9i2zGhpd7n0p94HIcjcjJ3n44vEkTDP4Gaa7HTwjL2kx/2kAAVB9O8K2z0qs8Zj7blOJdjNvXBqjntmOy3Qv8MidPz2YxuIQoOEx+IdugX4WtbJr+QnjAZ2URmmOD4QZAQQoMbTe8Dfg1blIbyKvpGNaD5axwH3uPd+jslkILyq2G920Y9pPEqVEy2+LaRo6st5PIlrltI0yzxcW/DiVs3MSRI8W1DpcC59QxXKi57Z9+UQYMZOtOABS1rdMFj2vuBIX4apATtR2m/RtPs99KWM6KlcUQSbqIUf+BVmwiRs2j/Fqe+vFYNnk2ibQW3H4vU01MRnF02uk3fKgeOfGzpiXBGsWpIKz+o14ote2YWv0kZMJYErISGQFSNvc78D4kd1E/F/p1cRA+E7GUO+dhM8sENI5++FU5GL1W1ZKOXGeNaF38EQbJWcdU08YTA9OezAO004WED33xe+7CxuJ6o7bVuW4P0BvsUlpB/IPGRxJocgLGhGsFsOmhJPV97a/bsv6f7Ymj9/2aFAzRukFkIzi/yjA08cAyIwLP1+Aav59LXnTNT8viK81iJ/733HH5oRajsr9U3MwFJ/62bXvJrr6u2NraPUATmrnAic/GRtBFr4Dto/lmXz9Kxbf0KZ7F7SWbgkuxoejadEM1Jp7eKT76ZNfy/QQSnwMe+EXfafJzgTqv45Tn/Mut37akp5BN8coEL7YP2zPH0lyXabtmjj36+Ea1HHj3wz/hVT2GYlqSBpZMsNjk2sZPFm0Knxs/2v7HpS50DWK9Mi1QrO9zoh+l4Iob8tkNj6+I6UOszMbYWHJhWraEc2Ju9mvccGGlKZp+CVi48aL7XWKYJ7e40YBawwsBxcQJY81ewh4yKeYhbgTWiyXjJErciIv3nkTZobz2C2969+RER2ddhfDcZM4YgfRC2DkOUKp4UuE1dzCzVBAtbxIZibu1pqKdlXOXzwuonP+atsp1TeLIVKzSauIZuZL7P8BLa2GIczhSyetVdhMnJ5VTvurtpYeXwwpKfGFzC7ttYR4uURd4gV16cVkyvRN4B1CKOM8Ll8oLjO1SWxuMfttNY5l/ZVT3jOy0sa1Olr9y2364egXApQZk62PeFTzlKo5sB51MNcTDXVMFGFut0geu1GD+diPOeLmeAuoLicqvOyv/k9jSIrWdSc1+fv06ltRp/mcubY1WAtuDZcj0Fiq64C1S9WQ8yb00ziPX2nW3I3qXFhH/rUtiq8yL6ZG61HvGtGssrbSOYRr08Dd+BhXVve/a4rYiRTRcumrjCZx+GautTH2U1PFVZRu97O2zO8UJdva/lZ0ouSvEVXJ+PlEjStn418kQWMXyO4zFOrPHFcTWYc5tfZ4zq1ug4BkNCrvt2q7XEEyxFDy6MqiXbnmumgd399s1j/TqLZqO5LzZTeYZZOuU8jXjv0MS+KP69VtnGMhYiXhxBL2qyobb8FA3Izl8rRexbmZAVbSws1UY1kF6btGmmsSrB2FxYEYMnIDJNl2oIuuMlkeCdDy+0esD1qaNp8k4bJ//jjTwqe1vLCCmOmTVUDlGsssy6jiwbAG/nwcwL4YnV/S6ChL3caE/pMsmVQcXoe+IPDtsvjwtdJRTqDgj+etlHKdlGddqnZoUDMPW2mwKCPvZzwIBLRtKkURAS75Ma9QCDCnI8VLEKzxuOQ8mrB7ifvRQHvGoKk9564DS1OxjuZlJevikUoKppaXLrQIhNOcXJKxiblgQrS3+oo0w9hhRGeqz7X1A5AQIganWAjkKQ46IowhsV04QFjItvUu0qQbeFDCB0dZGqTq4rgeb17vFJ3WldiHacXIH1wg4TbgrJtdbzO1rpyeHQvdv6t6eFopd+GVtFs2a9LkFalUXUAID523oNZFsa66UhQ8Zo6O+ffLAnwr5XsFXAtLaiZYTswtBdftQc9jcM4dIKa3Mr4ffr/a4pVbU3FiWcljUkwoXTWXlpfOGKQVCa2YQrn2ctFF1puljbkWb9GBWWy51DLXsCGK9pykUKIB3OskscFBLZXS9tM2VbCBLbEBeSokLuNhgVlmLtwAIFiLrCRCpiUnM9DaiyOgZYFlVZteV2FoaOdEgxaeeGpcD9+8r173+TqedWJXZa1ykKz9tLnaVzYp2H3Oeq+Uwh5mvXoDnleEySWbm0RlQAaILr/hU/rT9dA/hY4MFQ9aZRrMb4Fwdh/bMSMKiB+uDpvOEnwc93CoX6wrdYgaKcvWMkxOyrpFhYfetEAcoqEAX9S1RKRiRRuG+Av+0QJnHkbzNjf7MdlRaLAE5w0oN8h+heUtoaJNFIKbafVPWvYWA5yt6VbXgQFjbRKbx3SBTQrPJjSWd0xQxieZwFneP6LflgtqMADAjMuTBrZ4fhan3CJOyC/QtWIpWZelhzOHzkGrwDRsnvcFbIwPnMuIkW3iMTreXR45pQN0tg5I54XV4cXoXJqFcroLQbPd1mofsY4kVrll5PREoAolDkD/dhUtKljnyxVrwbM8rLlY8jBQIaYCdthuKzncglz60BqyIl8ssf321FbuBeWDUVwDFV6R7lmPCt7aQ8bJp+4MP0Vn6jBb3j/aWOYnDDs//DPnIsaFukhV8onzhPkDErhmfzuG7NfUrO4Pyrr/nrHS1wEjKeE0w5NkEw2ePJLfCg1S57V4M/hmHGEWVBn2OX4ySeLvqiI5QrVngTT+LfxcXrmLydasZIPipzx8Aoyt5Yx5kYmv0nMVShez6qwrEALfOQAzQrJB57irRlIMM/DkMa5gTopJMOgGC5+mkRd0+WpCPKVHjYUf3I/6R9PJcBbSu9Bb1MiojQqZv0Clm4WCeGKxzr0AXCGFLIcYvxfheyjh9oAkoZLWahzUaLShb9NiqWoINoi5CsrW02V4KULNAROTFfsPppel6GKhObv1mDIInUmhTaa2ERyUr5/C9b96SJM8yNkDG7oUW2lQxuuGM3GAWxNoh7seBspJVezoQlcnlDQwZuHxWSoigvfKI3LKShcWIqxf3IHAZGQhGjHF7J10BFkbkS9Gx/5EL9rIlwEtFvc80vlN8ylkfng5e/gZlz1HpzBONRacQC3JP0aKDfHwQJ9tqxB/jUkgpwOWQ1vEGH4FPrsuWU7hEMjIuoX0ujOEoi6G7fv4gWF4EW2FL3lDdjRwxr3b/ERGsO/bud7i7OBYAVDGfQv0QcQwbQ7aIRJsqWAoYLAt/IHQ+UDeq+Gwz4eWlvJtdCbGjtIJ00r9iceCXsf0u59/ZW2RKYaFti2wzZ/WmAozBe4awAX51sVadOvakkapxhwbGyaWwFi1paEtvibvrllDiAVXxriOcd43Lqe1ixBdiYiZcyozgb9JUTF/RPPahY5uKX+OD/KwHa8M5QHUQEQXERn8oT/nzjp3p21U/47tiLQwtu+W9YFAoW4RoJvNAcPJzAbqGgurM12ixq4X1bO1ykSWrBnjVb8M5fJN5SHvTr/jXp5UrHDS/S41WNf4rj86Gw5xYL6UNY+XRNfLBOVUt768TxoI58RN9gj9RRyDnyF0YBR6EfT9UMgvNQLqrfRK2Sr1K5XnMRtzmGnAFfDmImZ+HXy0dWe2YYKKzcBiZcp7e4ixf+8czun/mGLPHpgE6jJ7bwCc6pzeOpzfoxP2oJ2g7YOHZ/JRWXHhbG89qr0T/GVPV3Bz/TqaLcwhxT8yPUeNpBK54/+ciSlr+DiqlokkYRdnY7rpmHiYQco1nZJ0hFABMVTKRXchq2gopSmTXnKSPZE2Hac0sF8LI+7R9rGunjbk1kjSi2Lq7uhuZ5ZpM0ZjBtFMq1JZfk9KvAuHL98oO37VgDfY2CLOyCiPisX4P17fJgCiYulKY8zMM21IpKCKrypvMjSQ9g0HWhW3/okBBphltT00A5qkCfky+LXHd+ysUVOydNjvAv4EeHXt5qv+tP1fVdUhqko4vNkDyNGcWw8DJK399m/DFPzu4Iw73BZ0aCUWEsFaIqsogOzgveTV71++SA6KGCu4jDf6BBR63Wk5rN3nqypIQSMzqW51RkejuTfly4DuNm6Mkzy6BBoHF9yd+WwtOwpcDmjr/AWJXLKFbaqLRtvQk8vDGmA6Tua+Wl0bi0vmiDG6NtFF5zrz/qRggDgxHiqLKL59Ky7zyss+dL02j1CjGgbf34mRodaedWXIfmt7kn3fzISbhUIo60Kv+rFU208RfZ08MjLnCBie6K4pq1xTPhmJ/lbLbOLHnvibqlstAlGMxUrqrk5LoSp7vXl7kKw3yXancJrfKqTJVHsp8lt+8gjNi4Ivg7YDnxI05Z23m4cslRtzgi2jZKEuwlPOyJNVjBb5cNaQRg9ZTXLuvEuAkUU3Ol1qTecl2aUodsGEuOvarWfyDJOwSTyp9n4Zg+s7o54da4WnPcCGLuBJWJInmPyAasTVWSaa1LYahcmm1/EJ7uf7XD76gKEsr+00qfy7yYdZFCvquymFU5AvW02FrsWnbS5FVX8zvs7UK6ccRxmc2tvGK5uA/vkNc8H/XjcI7LtwHjLi3EzSEr4utJKGI6JJ1qJuCZAcec390izBaWO7IKmLFPqz/00CqfsEzgtDTdtxVXREuUdSZN+I6jcCdqxs5XR8AUx3AbWnLa06rtPCAnSAgsXBDGuaRx0iybjknK62bYnSg8EFRXsqOE60L9hqZ3f14QXgRR6cefGlGCYrAG4F0pllL/2iemb9cqm2Ek1ZYimt58AiA03ySi7ze7HjB0PBLT+G2jAoJwMZLbsjX12xFYabfArDBQPBWrkwLxFdbkz3qLWQ+2nxlyCOot0bDR/aq7x7XKF+5iLgAj504KRhXJKd7uEGlEv2jUhrP2WZVssAaI547v0ua0RSoW4U8QtSpJ32XCkeGizp7XqEnnrsLaiZEVT6VwwJOC5YWRLl06lsUU8CHr/Hid0f051pfiaDdOrMf7nJGOB5upo36b+60qhdRAk5tQckHROSRLcxNu7Aj3tpV91ICvKrBKUSfRHsPDDQrp0F9Icg7Mqt+GSrp6kVSCYilWmkQOORV5raZ/xwW+5dq5LT8X2oh4xW4h3N+V2yW70dYuBnUfB4Q+OEVR2LCLCKcWhEKZxVd3kAzzH+a/H2Cp1u5dLHsqr4myLNcZVC81MRrODXCRb4ggwAS5uGTJxzC6P3o0BeVgGwpgBJ93SLM62qKTIU4YjDPWuZEDX5O4ZapscHqfJZoDyS7QfUv5oeWl2cWz00uNiRdtFDVpXVnjdW46iZn2rBDYBYt7TVjFKrPsIchxvU9xTbwveBnTqEIPDpGmYVhE4IQ425pLjxANCOXQ+7k/P0DnK9UBJuHwhEkuCBqImoBtHVz1yGCW9bHt4OY5YoZEumldtGVx0DY0u/ac6K8rXp8Cv5zOxVs8xPfySGKAFHfZvxWoDPT7tUBIOGJpgu58gc6UdmRzAnvbtGGO6eM0CbFb/0JuaKBZ5XbktHAW+Zmxp6WlDTGkA6U9M7RZkrhNZNnwsQ9MstiG7GrSSvxLocr4gM4OcsY5/P9kw43iarC+p0QGaOUtdAGZTMLoEvyWc5Z5XqthpC3XZfsViTtslcNpF2r2TISGryOdSBdNVQGy/tV/DGXKnK4AcFPM2xSa0UVkNg+E6gEqGe+l4rbpXW/kKCfb/CYGLTD1SyNMAI96ftaar/NIUgITp9wAdrIXSZIVya9Kk+oIdwqY1Tr1ogtROmrd723fMvw6lORizRKNGgH5paHz/KozSZFiCuyTrv6+MdvwsAZBL8iI0Tc/8BwFyInZyW6ygZQDTQldx2RR70H76PypvEcn0ZmhBVft48w/mBhn440vIlF5K1IZSyfwBBAe0+4KsGI+jzt3aGjMBKep9Q09eFmLXbIrzXqKZrldPYI5rJOoJou1bUofjyWw3W3vxhaB5yUnhSx0ocuPV0+Rn5albPgtkpiBnoaPNygSqnHRKVDdeCdUDETf5OenDYsbg+nTOveMsdcP4h7jDDamhB4W86DqLRcidlmRO10x5Pjt1mmtJFrrxPRfBkAyEY7l7AqRMU3bKG9rFzRNmNJGiqen5tnpNa0NT/zTQUKvV9c0wwRD9ZvOdlgB7lJzP5BatH6SjpRk3wXa/hD0SwvcsgppLUMZHAVG8SqawnSnIyLSUBzlQstOF5ywzZAFLNws+Q9KZmWswoBaGoZXpeWm6LzEKjK2FqiFp2GK78t4Xt/Ua+QXfC0BqEaOQU210BjdLV2Nkefr6kRop0UEdtYWRUDTSSdtQh+pqrmhqhgFPjZmp0nLs4Zie9nkBWdwu7BfyfKrXrmVEKwWL3qlbkvsKzJgEhxafLZ0GscEemqApQqwPoWqjRkkfA+9m1n2eVxoRh3g9qo0hZ7c57DCKxcZyAgEmfvA/rrGLR1NFfOUc2lvCxaDhGD/qCo5w0zweolObNDNDOVtR4bu5gCRfWZgRO0BtmmXQ923noi4djJXqhFifq/TVglYM2xZNPPyXIABNFIpntuaesMrBqbLua20Kdmf2QjABCOdiRdY17ve3lc7baLnYo0MzmIjFnnj8uF2b418z28jXHMDa11+DA8U+o1HeuBWnNDAwtzVeqcsicQt4FZaI7eU5jTyTUNUKi7YNitZzEo38yjeiRK/CCCAOCxPKG0R5p5AYoOnM9UdaiMECBTR7UzJyyD3Vdv9ZOjRVTMgMBFyW62B+pnKosdHDjR3JAyIicR3sx7SPD2LS6gxwf6qerv1W9eMJmmH0GlVs8ehTF03T0r3cmg9j0L5bF8b7dDVV2u94Ab2O/1unMZFgQK2izgsTNb1MeOl5fWJku1kBtN1EHX7NgbGUPYYD6yvlA5OolLgg+eSO4lwKjAfJ6NznBhRdvsSy3ApTYefXvGcsY6Rwd9+8KqBf7q+9Ct8ZcCf4GFZZg4aRx2BBU+xzGmPe4jQoNZD/3yh5Fl8HsnYvWL4GrhY+6mgvyaEai5BmWC1eP5LlLhK3VooGnDzjQS/+/xslnz8SsbTtiOXUfrgQGivit/vEYPckrD9+dbkiTPYxot8c58h8dqRMTVgmKrfJWQ+ZkQRaMsAOiPi8qcC0cJKIaAX6vhnLFfSswmtLB6hnDOPIwd+VUtFB4XGhdtCsdnj2E0uTV+ugL1t4RD4zhvcjn0G1z5UdtI6I3ALyrnWxunozAo10pQO+z4BOLyKZBVvss1VCarL2IqQRrN9tdDCd3X18FEwaG5DxhK1s2vVsJ+62Za3RkrI9cOYlj9cxI81RdN0OTl3G59VFfLZZ2B5UwFIT07aoChSpbYzfWygpgYcWyl+g+F+gi0wUA6QXojlKOTjiJOwXZMzVVdmr3nkypeBTy+1t2z2PIYZ9hg3KDhaEfXQ4cTK9C07QHoODzU0EWfzXAQUyN8wZhF/abXXI8XJNjJ8Z9c4vGf6iIvjZFmT3ezXkOYXmg7gTBGEMRnnycS2FDLIFgPyu9cHgu1WXhtkjWDzJVHlQ4dGtQDdyQkrE4ggSeYq1HImP5xY+clGGY9JdG1ZSsv65yHAXDHc/Vv2hX2prUtc8kwkh4ParQlB0K2oBzu2YtLTRJZ4kNR32v6dIVrgzq0yTiPbgU4s7o9ZZNpnclowGXnbOM7WnXWlpZNeH7lTNM+QJlD3WtuAu3FRnsu0DAV0dtEKu94/JqoJU1vo10afT0dGcBk6HMMc1EafOnxypfd3XU2ZLWHZz0ri4OeRJ+7Q8IpCTDxghk68SZ/UUtMg+Qy1HKV0b5EEBtbLG8BvBI0ORQtWLKFv1YkroI+/nNpDkIUSSG6Hg5Amwl8Fp7sm0lQvNbh8ZTBIPldDvpJYLTPBZneq30NWGVrOeLWbk7SH5TNDa9Rq20r8cb8PcReR3yhSv7UwnbalPnIHWz3a6O9pHiVAhHtGmkDZgwzf6hxYAul+QdG20tEOyhV8S7+YizpGoEo7s6E5NvttzYbdqt0oM2myehpMpaKKOaypl5gscEWIbhXQEuDG6OTngW3B+FHIpd58DeDvGt7fy77OWvpZgRmnTGP7a9qB9Tsk/S+/Ja70FZJfuAWa8/NcJH9JA31cL/Oefkk3exRmp90pmDsRtvt9QqOhfdzXxosaYqJOd92jcDDk1oSQpDSbug3Xk0wfFDvBluOj3G4xUI67KB1m2EKj+UhlTyG7eBJFl8Hopqnv61Xy0B5yIr84rBoGQrI50EEasSj5p/vvpI/G1nyv5qs22yKpo+E6E1vHUVTzxvyouYII4wVdRVuW6AVnhOYkNjk9whmJdD9FcZ0G+DQRzUKpz3qwaUaPiZffLiE2e3cmGt067Zz45uANJXdvYzvnASnnYLpnppfJfpxFe3oCG+/vThrZta/xOTPUCILN8BFfuInTmoCgHt1DuYen5drlW1R0xDP7Kb+HkZIBh0enQGX6lmgIgG2LO6PfBi1wHPq2rCVWPKQ9vqhWNQAeayICYBbZcwK6n3qqxMdALPFGzAUnNCno8qYZsi0ZKnaGWUj0ge8Hk0vL6ynPtS955IJc5W4HGUbZFdqYRmtEexQQP2srp1pyCrWTiwm4SOi5RW/4ROfY1R91q5/Nw2o+xXevDbAbmNYT+MSksNR9y1lutC8PkeC02UvitcupKYqusQ0MDXAt6P3tSCStZhHU8AR1s/8N5/BAUViYBP6/LAPMZsW64U17ueZLJoLgDrBZws/7zBeuG/0jnxW/qF6DdQPgY4CD7KNtmMND6yrUCeI8SslPaVmYVRJiEX0vp0TH5ShjgwohLd7//PevRlvIMbSoBNm7Qexj4hvW4rC9QE3Zn5Ege2lvuHHz/gC87BPbeo1f6wHDTCgFs7+QaGKb9FRz2MmuYbDZYZJcVvWHJSxheiKr5pak/qsYw4pZcGQwUAUw+VjAug82ibYip16uaDCWgRitNQpDx3kl5nShBI2L29xMqkqdVTGb4rsYzg2IsMRSEQLh926MID0mI5Gse5kt/Fdv2HUlAIRxyg2jqazADqWRLCTaZh29/7rzsJgvOK3U0wKrlBshJYkhe9zmVxXg0k/r7dDBPeFAbOOQiYRl31wnrEXlcR9ZA7+PTypKpO155WLYFhXYiTYhnPozzTxrvIZuWJQiz0n3NWHi55tow5BEXFrJnSsD6p2CGkZXqi8E5pZcIbBR/fOGB4tNATAAdkuePb/9i90IYHgvbAmo+DZani6dXaebebvXm8Tou5zKZJcd6VqvR+Aibt2NWud9vSbuAbuv/JYxzrw4noaVbn+Qa+zv2OQsO+vklZcnLgjLxexfZRe28X9tUYCUU1BrjQ/sxQ8obnfkj1wFLRUa8whsdgu7Rnwe4Zur058JoJY3x+NGJCV4NMReIu++RXJMgD17snS2QIWrtFa4FPbfFUIUytNmKoribVDQjW0+RoIJhEXNpAL4NhOxOFstPOq111Hy0apuH07jv0uB+B5JVYofLpR3D1cG7Wgpa2StsKVvMQNBepxdfNLth7+7zPzrqkvJyTcGsbZNu5BCp/3RMZp0YSvTattOk/hYofnuAl6MZtblLcl4FxyM9xK7sCU5EYZkeShEjZvuLx1nk4kyz+9INVKtllar8dSlVFQZTaF66tktRx6J6KOJrbu2v51jEh6Q9TRYmQTxUaRcFmXH+sEz2HXbk3wZfm75l9UV0R5tcCwSBg86xlR1RTixX8S0ltJbFEtAF5Za9At5/OgIIVPKyFPp8K1xVhj7p2z8sKE+eYr51Qw3nThE1ust2iK+9l67eGj6qYYN8TBevV9T6Yxoee4k9BK3LaG3KGp1v+W4M7xqjq2Yo2r+K9TpN+Z8NZQDZ/gog9JdBtHh4uAlOdLzZj8Z7lMS/P3X1q7+R2xyuNmhsphju0gPBn2U/UzVu9LliQBOMqetlnktFsn8d7KnTUK4LK2grjPjo7Bp88ZfsuzNA0KNJm0DO7TAM9BjCIrcs/29hnQrfRVHQcw3hvCu0GcAuNBuf1rJ7f3b8I8YrM4ydU0gHxoDDxkvZYxIbv5nGlG/FkaYwOuQddKZP3mAtvKv/aAuwOtwXiOQ+umuw2911gWge7DR2FFw1YeOGxbdHCRNOjH3BQKomWf+4nRfDyVUPJqrCsS8QCq5bkS5s84Twdz8uAvyHnpO599eKYe4rnuitSY5oLGtn7qnAvnxW4iPqmNuwvJ/8oy5cfHDmZciPDzl5hdbPWnq1nys+U+vAQcTIVfauogE4dQOZ4MdeHAUVeNhV0V5GPjA1IzQQAeFdH0P7rWzva+4nxREJuJZRYypJRnSGKibVlAeWbMgg+jGVHKBCgGhQbP6Lab20nUbV0ivKkYfxteCSW+fXhwcc+GwMKmIUlsIAFhURuXlSSfJILS593jNuk4thhi34F/gAcl2XwK46Tr47RfAvUqmDwQDYVwED3sDUE+TQwXhKp9l7fnYvOl+wYwDlwPwO2UYIMUQjRz+EH9z1n1WgcIWISZbWVUch9Nv1CJalziP81Pj84OkgHRJ5e3Aw3i083c722Ith0g9/7LLNv0137MC2Y6VGJhy3fkomp/sPtLzKDDILGq2g7wtr6KEcHTyAwsco8P870+45fQyR7wTzKPjjZvY67OmGVGepcmXJjUYk5WkTjX3Nf+lJMmogT7xIoHXupBIUH2c8MTaKWuHGNUojsbRIX+bDBqs/uHp9DzJKHKsKwptXye/VFmDS+13rDMutQFxTfPmWwRPiXwssSfmESG67XaM9UXZlt1CnwC+feFmVVMEoTB1latKOUyYRtnY0z2HefbInsoYjBiOvNBxkHoMq39K5Fsri1DPg624y5OWDpVbQZcgxKXLnWOBq5dOwdqhiYbD/YIV6zd/RfnTDapiviBKZ3CaVDtk9THLg+1lvkbsMbMVW32WslOW+ESmb3uhwx3LpzcGtLtxVnjahATB/2wZV/J5nrSOLkpoLz9fUMMdELlP8Sw8UkWPpMgKZXYw/5BS+35ANp7s3bIvUPEXgJt0ZNbvMnf21LALe83SaqKqjx5C6ADBmfoa4JcdIWnUkJ5bgJI7XWOSTzWLvrTXdSmpn/x8rwAtiHF+nwDPfF4YvdKNqs738Jv5C9a2/Y038fUb92/Nn9q1d+o//3RzJO+n7gwAKy8ls/iahReGnpbrF723RDAO8ygaPkT9I6YPpreugRyawH3+XDyb3AIHiAQmIIPR/DXdGZq0Poxjb/s1Ea47crTMMPSl1TWmwkd/TzvFVTBQ7Gp2NXn+jgzT71VqXoMeIff5a9XiGj6r923aFb96U4OPUWyfzRia2dZws0L+OOrBhDAr7bhfA9DJovJMSpwjj6K+qlj2njCHH+8zDB2UFcByUO4DUm8iZpRivq+93gf65Cww4BRsi18Op53+gMxv1yevtidd1UWe3KpYnAcEAhr4C0iNum+10UT1ahpGXtYh1gsz5PiErSqHZhLe0XJ2e/LjjCnoP5MJqeppHeseA0e71YGSwK/pCQLUhlyPx/LF1EI8lfoB9TwTVer3xp3FtimIH3IxVL2RKvWVSBu3v2dRGKbEXbM1lp/bz8DC7MOm9t2xclzTf80n60pu1oVInTcYQZGwz+LXl5iL5JB81knMsUkUYxUPoP0Gz+rm5TxeXJn1wmdMxG/0RtZ/eLNCFFCXgW6UznuzP+b++/GEyBFyZRmI+zE5hYMpMC4owsRS36mKJdGpsu6bihnRobTyU+jpzgZQ9lU96eeT1TBl3FZKuSKgcP1uH4fhgAnru7RkbXruIhU/uygOKzpEHQOmOwLVQkAOijmP6I7EFyhKbCaMSkJccf5Z4JwYufZwf42BLvPn+R6wJ79F8fj0/6TjN27cJnJjCzbC/cT0jeVYKGqnbqPuQXsPm2bIDPM4uB6+PdGRjAn2MURsBFPDXzqeBXNEdiairoTfcNb4jh21OoOylxZQBjEehO58qdyLlCiN2+PXJ3Kfoy9yYQniV3fzLRNLV7qohgOiD1hp+vWMtYyzotjL9l7LYpqOMVH9uQ2uIPkXYA1jO14uZYF+XcPCbt7YwLHDpCugq8gwPDNHyG+FIDOX7my4vvi8O9K3HX3TgoS8tGOIhusQLkWxvf0X5uZ6j/IT2eup81u/g321ihjOjrcD/JA6ySNcib+NTlbK89vSYJH3uBP8zNovAUNYIHq6irUvvbcke2ZzKtnVOqxTDOsomeran7wVCPH0863bFHZlKcumy6kAH6iPWzlJh5tOSR3U+AIWPe7hgy3ucKAXE+cAC6JCLGatIT/SCqjINyLHTX41qzWC3Hc+yj8+tleMFybmAcuxmwOBdX5AjsIDBy2ahG8FRgVg6/LUxreQ2XmXsS+ua4k5hOegLtgglznF0fRgIUtD5mdwOc4Ze1vST5iqJy3LebO0U0qvdSVGd/zvfEHX6bDN+cz03pE+ITcfH6zjeLY4d3voVnhPVTr3kN18V39n+RFChQSHnpVFzo2sxjMjjVp44nwB+Vg2ds1dvbGtI6RN94lJmpc1zBGiASv6oc1IIgGKglCn43J0wp0BdA3yA+iGBpUy9Wh92Xrr46+WgkfKNeR1OEX6Xb8u7y6+k9n5ddC+R2/gBz68FE4jhDdddtmTT86sUf0Ai3VscqIiUOiTbr5CPgzfOcT+iJ84M7/1DAMDPOO/3T2rAQEMToeMmWQi/p19IOL98S1pcdmnZqGDxzbG66uPzap/MM0XX4M2OyET6k2dvnMRNgKmzKirFp2h14E+2Szquan4rW2klL3sD62Y7ultZbPDWHyr7Wnaq+qRlsOXG2WiVHG7zLZLiRnSSUkmwMWNDs3bIS5wvAEa2QR9d7VxdZjjVZjwcDrpG/tLPMadNriK9hK69n/ddxq8I+S7OF8K6tDxjv9+ut+o5GWwhRTBH/9TODG4VzcbJdVjRti0ICk57ZjxFz9sY0yQOhxgKzUY1SZbkGjU4CAXsIpgb9utaOkOQZ82BvCAEzd/DpqkxstZ/9th8NyweuoI2p5Tw4nz59zgzvnFWZY20NJDJApdL9AhCq3qm+g575KIMi78AGgWCyMKrEtmfAKAiM1nOqLaVPdd17jQNcwCe+tV/21dz3k6KR886/phF0BWx9+7Zr1sN8JI8M2HKvfi5Y7qVB+eENucSnZIzek7+5Ezub74uc8OVGXlLnYZgIZbGf+CsKcq3j6YW9fSgPpOkd1f9/i5PDv/kP6MyaVi0r/UwpOSgZZqmJUkrhT6TlUp/1OAvvegzEn32yDt8ONQtkZpzuAagDpU9J6T63e6oLUI6WFq9olzKH+LuHvV9ZSfzixEKewG0YERpvb24EzJW4olc9xQZUu362wFux765lV2DQhctPOt647Ls72EKmlB1fSNaG+mr4Yi1sIEW3LPezQgeYk/mwxQV//eeHYeypRkqnYFtd8q8ZvB3Kjpyz3NfMwZzP7yC9hofzeSYtzL8zN6FrChdCl6DqQctgUtzbTEqdmwLfO3VIk603ZnWJcDzSkWzYpspTMegUxMdn26SGpB82FDXz0EVBQNpoQ8YprgFAPE8G4I1YEFz2GDvaMtHX0D9NYZ3bdR4QGeOj8almK6VPYVT0lf14ps6W32LMDKc0a10BjVnlMXbHSkK64Qh1vBmy1CwNtVfD0nsIqrfZLRUWuVBedeoQ01+r55wXgiq/xYxpx8mv9aGO8Wx+M2cSzdfCA+LXGxPEaKbPxaZXE8aheKTBpiqvSF6i11oEwy5g8BYyVHdHmv2Orob20TkBDWRh+T4Cg2kZ+nAtvJ4FJefPKmC3dhH7tTz2xYTENxYpjSrIKY3piaRQ5OJghUGsufwKBebJCPBXXY+aXRhTqoWmOWIuhqygDcKuu0DXxomneOecIolzDrRIE4aL3fLRRjg24JlRXCvdf4wYpQKCaSZXhy73276mE1NUyXwmzpWw/vPp/+ybF37FK+x2rilJGSnjR70yl73lIBFV7VEC9Ig8vU7/7bctl+HSsCfJ+mej/ZUxpqXK51z4KX6jrlwSO989bY/bJIfbUWMKIzYxJJNbjE0u1+nqywTYm8zBo8f5tYU29QIXnVqW89LlRXS/tk+ULJ7KehfMok0HG1SkAu5XzmJgfHtRsCKTSI/0f9Sb6j3od9lGtOnzY7tBaMeuzvcyl9H4zg755FSIXnk3QYc4K0OfEfr/6u8PET51b+t/qTfRv9TrsrVZ1/e3MJgzIQ1Ne8asj5vP5CpU4d3dEHCuxQ8bHjDG1PXasrrYYsjoaY2n5W75b8k4C02cFES/qn+XgMWjaU0LIAay+sSwa2JYHzhRouhaQtvcSLCJUKop06vl6dFr+eivMhpzqPdf9UWtm/GjRYx/V6utflmBYBwlFCckLB/lYYmO4iK3jHHnR3+1TEK6/XoGW6TrVkUXGZBUQKv7Lb7JZ4UStzJid5MJlRDZ/TbOECt57s/mZX+bnLQwM24lxUqFzZcwXZTa03BxGlqZ9wCLWEnazBSGBN+t1Cb1ZX5hmdos2fGjqgytHUoB1K2X0JBdqu7+iohKe44rMK8zW+Kv5AKyHgCjyWqo+WLjh4H4CmvV7EPXEQuBKmVdmS7nt4TD+MzY//mzXaj9btTUdmfh0iTz9lBYMX/M5+SgQYOvtuCs6EAXh0AEpvSU2zE8SoyrBCB6Dolzi2Bc2FhIH/ASKdcaTZX4XZ0mopp/6ZkiY8vLeh5QnFixXynxBZkvr9YFD+rYYcWy4VxrqE3WsPCDkOqUx8ZaXxMQjWF9jzbpj1Jbf2ZJbP61iDwJwDV9WZMA4CsS0D695ZrkXCY13nI29dgcyGj1sPVZ/thruR2erPhuvTXpat6VmQyFf5RdYZM6XJzWPW2Dh6I1ab6eYOGxxDiOPoIasjjaa17wtqdZgI6pacXsMAUDlwEGvlDZYZLb5fuoTc5/DEFTy9OtencUYLs+Cr10d7zQbg3Te6BvNa75RQ9ONijtu9RXjdkiZfmpglsRjFwU4+GLzJPHbe31YAu7VJrg0sRX1o5er4xoDBKRfF6dkZt5zKzRFknsz8ejYvucxTssPF2W2xOF6pD9RuObExBAqtETgK2osMGCOlKI9HIO/7dTGCDm7YrDfC6uQn0cwpkArL2pe4LHXHjtG+56dXyZPxtkPaDaxW+l2RnGEAMvquK4z1Y/wOtU21utUjiwnYsMUGzyGmy1+tOow60L46MtlO7P0I+8GO9yp0SQdaPuoUIDkdYH6Y+4lyXth3TIJN17hyFF0NThMroj5os2Wcm3IDKdaa2JMsZ7KmFpjVVuvGFYA/QPUeLxpSWMW6n+8cQ0xmLG6bPaJF+UmC0OtY1tOCcrAn4BhY9pcq5wgUpfgXoTQm43Btv06fvR9ypNVzVOwh0rmtdAUmG/DPMXMU9p7BKhxpObpHS8JDG1jrX8hUte8LZIuRyucDk5KHbaLqN3hol6Xyr/EAnpoSulfHpbR4k3iv2HUCDgwBef4t4rYiOt9nRcHad+09K6qIMAtfjJLPahD+2blzZJgjHXfO6+t7g1pTjj+mutEOH4UrElFk1rYUDA4b0cyVE8SFAkCaPI7pHVueXRVlLdoJ8wnpMjR6NEbKAraw1d3MqtXpG+GP159jXrimQLZpTHfj+RAXqFm/2Y7gdLztW+30dn8OMc5yIedy4450erSFmRp687dogDAGiipyXIQo7hCBS6lf+UwIxBmArpUar2ufBmXAWiuoM9k45+yveEp2b5T726el7Np9D+Ef6yyuTospRj+08z2o+B2vvRF2j9/cRAbW+Wzajbv/wu7eOfRT0B+/OdYtRcVJh9vRrOv7B/F/WYeCcv2fud3ZxFTMdsaurcUsvLoSR7DD+wa/fTNbW3+O6TA8gIWtiFemtudwC+GGG4htifjB/u+R2PvWmxhKKifVedjNzHocSaXJCpFoeDJK461utuUlHh0IjuuBN7W58s4apdLuHtl4mDr/qXQT1Nr+Rx+8J2TAftfabXkQxl/SkuwC7TkqrwsFASTrfClkDiyMop/NIVWv3omJ/a36/GmvyzpKJpsszJkktNCVSyMsCBSKISYAki4Ur2y7VDQo6y9lR8PkYRPShql8TF32pJ3J4n0Rkb7tskpLshvVYgPVrtanT5E90KxPS6yv4OBzOqEdWqmJ1fqvC7v2C+tYrjYdI8I4FgjVSLdUGqnfTIwq6gRze3qk7lzXXhCmH+NqWfIK8bNhMndTP7bdJ+Z5HQgWztQmz9VmB30TPg9W3iKxg56QoipPVMmT/n8Nx53Llmp1+q72HBHCcgOev4LBdf4+wVKGn9FgMk9/yk7QHpB73aGDwi0i77+wUPEx7uZ4QOCTOhr+/Ml02oiyyxJeak9NxLj/STqJZl90r4EeSb+91gc7WoOt+yBsotauCmR9xc21utGMGKwB9rf+659uD7gOJf2fd+0WEtsqpYvrIxgYO/86Fm/5qYFSRiEh5aVtyErJ2GLq45nYIW4JJFDrBbGbm4QI56HGfI+GECFbwOu0akaWA7if1fCFEJb0zKRoolxpBLzlObESe9o4GS0436ilC5kGQPcLGgFcefdng5/GbDvYKTZozNO4VJqF9Y/soq98TW3fZu2Q1tyiRam/yHt4KBQxWud1p5ObIyfVN8RMQW93mnPTsCXcIU+DD96BxQq5kfDTCwBZPh/g3nGI+P42vNvOS81MLi54VQ/aPZtQpExpVsF8md7c0r1QKedSbpoz3KKhdH+ugP/Z2xNiwegzDtkisqjKT/0BmZ3F75Z7MEtqFuMSxZzcWMBiraHqSdFqrUJ1OUw+WyuIutYgEusdL+yk5uXrnqXBuvZFzo1XKo9AA7ziDnX66korh6sIgbgFECAn/U7m73FoqdVf4XlNmXuirwpmCf/YHbUHu+g2/Nxqf96bc5yorueh21uy2iiP81T9qB2ySmbLHmIEdWumHOHgbHSnirJ7+rtJ82brq+e8h/URw+c+FGG3REIc5h6zpocnZ+Plhh2YBaaKLc292yfhwXNWWbKeEThVuaNDb8+CH+kFgpzToTvy88ZNo2iYffLN4nTDpNi1J63vAeFy4fCiMSLgkoPlDsId+cLLp0y+1umtH6ODWYoWzMRH4OB4sV1oKwNN1/7qdFvijvFemizkLmAWcw111S2JnlWy8P/jc0MGcwM0Zlt8o36ndg7uqE9gwP/dFszI8t/5QKv/T+jg+HZ0XE0TCa/IwcE1cA88vRvZ4VIiezn2yWEjdldw9Zost6j4YK69Vuywsx9cGjYiTHomf3JJc6fStbskkVZSE/FhzOPpJZf2ZCmq1gxjhRvxDony6W0L9qcep3Ys8bd7uB9Fzjtov3f6eDs6hBysNv+eee00U6rwu1zzh2LwQnZlYSJCGxsF/be4UcHvnMM6MsT+Z66dol75jFv7tlIwzGYL9Vhzuzi8jmQbqu4RwfAl9/+dc2pz/Vntlh82UTNOQHRWPHNC1nNhbhyq684sly8+sM3X/y6gCRb08kmsujJDzaTH//TN5fso0eEiCEAydR77zrx8/3KzCb3qLgAvvZ/+naT48xA/3r5pN6qpeZ98DHPU1oLzcRXrjpR54y2tr6dZKYZLKKi69Lzg9D3a5EEvrYL/XhpPRuEvjqq9E1B54m3p1u2Bx1Ev8rTPb6dz3l70ADDwVPgdcnytsfT4/2NpekemwVxTHOBz5gdargBHzti3p+sNFi8z7a13qkPYut9SyT5E2ZDEJazUDAlBExre+crBs+sDP9UA8noE1Ku0hanQr0K38JOleiOMc1yHRO2jk+jiNnRALWDcE4IDZb+Eqm2TiC3qRN9UydvnhkUPDjsUP+iU2jfnCoRYB3kbdOCYOXXrKp+Y/wz6spAlX0pzHJi7B3kdleUA4tenrSOx+N07roYNHePxZ3WHOHHt38uAQMI96nm3X2DkovhGcPsgZIbmoOFevlvQeGH6Asbe2VbPm9wo2domtlnEqbS+qCP2vFz9v+ThHT8sQ6ZOH82eZSTkNeEH23X3vuyT0UUQU4Dc1qtV0dMahxaX4BV48v+9W58hkKEE0dp4Nqg7t0flnJ2geQaLpZfzu2bvR7BiKo/9wPvAOKYwRHZzdULJekWfqiDiZ8qJslnLYrD9v6HXFcU3xul5Wr4NYM55uLifNL6slPeBrflgr3LMyVc7xeFycXrlfVj8XdU7VlWn7afA51sG7Y7ESOHQIxL2JKsliZyGmzYdO8QuU07mv4EYDUcg7WLDioaopUZcW3z3bz8QyjPUFgVbjQFhzl72IoFWtseA84JAtPxDhRFzWul5WATNAgKDeMuloCyZO6t+6Hd30wt0Dla1kxga+VmWjTfSdeW9oIyXe0ogNnCxwLPnOA1fasMoszHdSq9oPpJHOrghttubmZZXnen2VUFzEMEDqG6V/f5/DjM8tZfeyWiVffxm0T59NLLFueo7qikx1oCWKpj0j1Mzfue34oL8y9d/Xth7ZR8x0HohPZyiIl0E87l5IWUpuZvzEljWAy8SUYm2KpI2TplYqd3SbkCHTusjRTiFnJTNxQM06tf+JhVo59e3Pb6prkUTrNKK/LpG/XWYS2XmmeQQGDZ9jTq+nZxLo4mzTP72h/0v574NfLbJ/PwTCmKeCtLmy03cWZN0ldJpFruWY/HK5ZkEunV+zSlxDBNwe6kUu52D8Ju2tkbcqOGi1WJlcpBwzejwD/m/n9ZlOdrvN9H/HJ51sr+MyF7NdXRHu+BlLj7rDs8kRtmX61MRRuzjUDFq0C9EZL0zzSWZYzY+8y0YRGR8TzWpuZUOZIqqSqarDNLxLTZBT+p/m17Ka5a6bSnU1ClgEsivo29j74KE995ZKFb7/wuf9+cgYIa5gnqMxbcWZZjm2DWjRz1SrW2zsoM0xtu9DyiGksqDgsV14QKv7ht9dPwo7/kI3tZdn5OeLX/h368kMERIQYoCwTE0wrhukK41+jsYZIiAqpiUjGUqdvG0Rtid701cc9at8zb9WCbipvyW6GUo/Ku77tNnq5vpSO5lrmtlA+ssUD3bvCX1/w5krEept5ybjhNYaqTkdHJViOBWDW2ClFpCJrXTgkxfqOCclMUmvoH8yib7kK/CpycxOP9DOQ3zfXYab2RZtOzrz6V27Tu7H9pwm64crB+q3pcnBTcOdjAD7ZE98tI2xnnt88udGgJmU/5YYygckk+zBUdznfi+ZR8Ont5nl2fPJ9W9tR8TstvfOLfhlY/23sr9xtnxvkGhLpM23AGcU/gG+V0aTTfTsq0EwlzTgePSHfl5QJbVHLhZfJ0kwtcN92KQAWR2nbiug8egz1WEkWk7dwf/aPLJ109lNv2Z5SfogsIJKi81cKMIuK0uMJxWebf+1IKxAyxIMyWjsxjkDKKIO0Ks43gVvZO+hTVGxbI9NVdmUTiCZh/7qo/wHoXRHwqDUoM7ZKDf4Y3NbxeZc+7xpNvjwDYK/Jv93yPbudaz6EXeF/6cOSFnuhPVeHp4gcj5krTvBTi+b0ZEruqXG5DqdglcBujuCKMyT69UUnYRW0K80AtGV/Xbb9PTRSrlD0Q/QdoBPNp6CfQ7iabeH9GNJ/iTyc/eG+c4fl02qX2M6NOMsUhFQj6uxASZn4zKoLv/RWDjQwbM0SQfRB5h6lDSuBzQ0tg+qhkmJuwE1q+43q3glF+stjJpuzixz42qPPWTzQAObLg2RfU6i+5iKRHzWruRtzGcPWUx93PriWLOVasv/pRPmi7FVNA0h//zDs7iMmcSNdKdHNnC0mzefCcb+NnBY40z4epZUvJsFmmHCynZNseA16QJ6Tbf1GnnyUCimQX3Sl5CQlX/fEvp+Vv3KmJdXD6oythX0BkShwqZLwAuLZqlchxXGz2R0SrHOaSc2XTD/q9sMI88a2sQcczaYO2nLX2JMBSKjmQQOlaBM9Ljw2D5yPPQwsqBcipD7NkxMbpK5cNr2pgFmZ/Wdmxuunk1VPZ7nbL058Lxlr/hBudxbpcqqLmGf9Ahex7Z49dyQqfKI/9WMD1qLnllNRprfS7pbE3uOt2w62ox8iTsYOJSGdobWGxutC3BsAex5DNIWvazK5u7O5dOIE2Le6uCqHbRKZS3vW0LuvpJdlarVu1DrfrBs7RM1Y/Y3mgNRLyiBcTdpaBFPWxx176qlGk6f1+xipHKh0XxLdxdpvELu3LWlm+IVwzJ7NukKwsqJRJktJTe/ZeN3eqVknpGEtH+K6lNd1GuJ7oDtGBtGordo+fp0fj1KWWvNqb61oNYCLHJil0BWUd41HDpVMpRQHr7h3B2+eadw4CTfOQso/Ut8Cwzj3xXJ1dQXprhgLI2mD38i9jrA6n2Zo2JQOsFsgZidgzct5UHN6HoNteV3ezM4Ott55MEzEsIjmmrdZl0R7aCRZvGueOaeasZri7w0OsQ5POwlvdUZL64IZwKrVN0/vNteKxedZm5NqxqSQYKs9t4YnNW4157mf2YGyoee9x7/8vL5y4xCU7F6EbSdV/FDtyLadcZz03cP/hZhvtF84FT/BJFWhIj/qbKKb2m/adttDheWzhScQQWAzAq6HQDYOzkeFiOFyh8LhFPuAnL0naGMr0ZnOnzLir4LvJtPwTTcC2+n5qbPl9eY2g+1FSioWOKEFnhQlJxCx1FvicRTYayjP8KoFIGR1qcWu/7fnjmxsC+O3e/JCf9DDLbGZe7f1GxEQ/7KSsI+L9q/BEnMoUQzGIS0lYW8xxamljfUy+BqdKM3FNuSvTKrlFW0Uh7oWxe3Ds/9C6w04iRK9zJVW8rqKLyoNszz90pjv/nePQJZAZbP8IPpuEUssIFVfVplrweNNAjpcUusxKqrrcNTANYjSpnfBvbSEnoSHn5czlPT1mYbzTzkanqfDfyfcQxdqrsWSX7DX3cJnjRTs2P+RmQLgI+tAOW3AcUMg8AcwF1HwFMztk8wxuXqDoV+oTMbhgFww9SBBRepX5qfCBhUx4BkXlX0pD3CiMuhxN3tTPIZJFuU6NmhwytZVIqqFfZB+dp7VFf7o+4L6J1/HYn3F3OIoWjZmQVq+HOWgs4pT09ZfCNP55rA/VHEm1IyX1jgxeZFflhYakKs4ATG7f0QKMgf7CfkRmDtJAz+tl+Zdo2SWTmneXcVVQaazH0+wuq8WMSFrll85w/NNX356q7pl8NUBq5Xy6u+yWQPrOctSPy+X/x0m73Ee2g3QXz4bH0mbxRRqnftohO+WDVVAZNpEsHfHEmCICCwcjpDCmTJUbxNY2Fy4GpPuwqdZJrbjEyfCCVDSIQKcRitm+sxL0H2yb/dB5+Uo6I8wqq05SSFJXKB2J7XKiBkFNzy/6WeXqV35QyXTFjIPlcpCGSgAlipRcJ9Cy2p2No8YY2sxKW9jHaD9Bl6naYbUq+bSAICEZzoDEXbv6lCTY4oD4n52c4b5L+J2Ar+6NQMm1T1bYvXg69xikR3nNVDHTmc5ep3cPKJ40F0rcYVt93KMfDxOMxWm481N0H7Tr+gSVNUYOAqnwaRT6xctik3mwm2wub7Hoz58LMtTnhLKyg6tUh6qolntp6kq+drTHgjl1CA78BNZNZfMr9i6gdV9Z4OkWSDxaPofIG8rhgAl7FthJ+n1NoAaWqk6qYgQUFkITgllnAw6vuPTScEnp/vS1Lz1XnImNBbpgL1Nu6LVbt4GuV3e6PNiNCL6oQw4yjAeLalA1jlTXa14HC5RITjTN80hUl2mP527WkgNVH4PQdoPuY8D5av8xKO2zY6iFJHeYjKlfCg9q6QReL0GfSUslbJWPN0PFm5y4jdpHwWfseKU9OMkhsTDfomoJQN25+a90BhKWYV1viko5JSwhBklx4rQUaUumxnF28NGIhDH96MIEZRGz5twAg8zc9+/WOulyq3ImGXcSDpkl5PZKGj99nh0gztkV6MLBMp1V4ecaGV9F7Gs1tnU6u3bZDyIPsiQf6WWxhczur7VRnRnYUAs/h4xCncAhiVBhjSTLR6Q6Acfdr9ddOLYPnAOUCnX90X6amN0V/YF6mhz3k/wx3h4sQ5L+MjxY3+ric5UP+2LubWb6m9QnHm/PcJNohiH+68ycrX3TxEi+WSak7eIQnmYYk0cl+W5HsrQroWmLns3QU1gDUy4iuz5HGtg9gBWiyVq6JdMLgk2OlRJ+LMcD4Wdp9GFjHyUVhh7EqYH6B9GQ2xyrUyLRE8c3GrkQxs76cD92tHmMMjzHtljCyaTDlnjy1eYNl5EyQPkU70YAM6uR4nreuEAC3YdPsa0x5hHEK6Z8376MkAVATyTQdtGbx5WTyWWHm9LJms3Ts6om/KXQEZDDnCF4Bpccszz0i/vHYes2fBPnbJmdpKGg33SNhU/EiUNbbxC0HdJZAdoUnxD1McgUs+hFXo1IK4OdKX6RtZng6y0SfIPsOPcSmhwDWOB5k1AsN/9ckQHEYjIIigAZG6oj+ObDUgEgnAZqPKyZ+QjSrGPDs6IzLIg1rqygR5VxO5bcCqQOx1hSRZkrfmhHy/mMiXrq6CYExUW7be0/5dbGMPtWf2MALPLjzBZlGJhpBSRKhDg64ug7SZMRcVZF3BbFFVa2fLAxAvkhXp7rX6F7fxzPi0i4XqjZ1kdXj/dzhS/229bNpTx+6GoHAI0Oq/5h+8kIa3MUI5y1gjl6RcbX1I83Zo7DsAVZt2JjWJk3OMlSYy3izdCJzfKIqfLnAqBYXGvsxZLY075YWiJCy3SDNyHIQyZ0sQiZD6t56nlYFTckV5Wjtxg8mJ38CvoZ4F2ZYRulBJLTTyzClLIxglz19vKQkaPe9A/mvX6fuA/ubsY90AfWFFZIXhy0yyTgqKDywupxBeDm/Hj/oIYWvNPjbgwp0KaqYf5jbipw2EQzur3Po2eFp5wMvPGFwu7F8oXl8/C/w2983OfpWZTq9WVlLU/kdDSLxWltAOEu79NzDQjX7MjDnOgetkdxj5saIHVvmbOyqcObP9nUcGwswSNsMu2eCMBQG6A+QWNslEcmZB4jK8+ycDAmQvnVqWqXtfeW/9yXE9sDvGfwtF6FUimd6Sgx/VZyAycmF1Jqowml3Fh5bQ3eT334XZ6yoiUpi5VQEj2mZJvpQNQOvZZrksohIc2Mi1SwizWqDPfwdLCSKfape3/33mkX00dgBzt8T3B11KzIRZhmj2qvicInGnn50Kde5nGlVPN0FD7WgW+rNP/hxzWu/5XRxwGmBpgWsqeFqRBz1I5N0rBNJYgdHUOcHe9cU+WbotNeOMkpatf/ln9dXW05H+GXgatNruKCBlyNg1/MpMzH9gOIq2r3W40DZvPUWOB4sC41wbmEvUK7XRy+DicLTg+/6TzYtuw2oJ/XVMLhljZmYgKzy8BgGPfmwoyJ0CaKqSF23mfp0uRgxQQa5XC9jv+KmXncnyT10sTK0wBYplbTZXo0d68MXZcS4XXKm9BlEWMfwwsb4aqAzAonaD0PxBIgRD2brjT0TcVhgc2fLZUhWmERqLoqHrsP11E/Dq2H/QVjdgB9+1o1RFe6ravVQRpGy8rUH6wqRgf5pqjW4LHMyPnwjwFU6cANF18EwlC36Fd2FxexcYvmISjugU6IiPPI1zZNjIsM5qvbXMbcqC0LZHkGDXlNjwXWgr63nc+36+9HWEmBHCX/Mms+3XZswKcXjqV4/jPDB0ppyFcvGllFdvkyDaWGN1dWpEQUrl5lVhGcXScgtdzOWho+DbB/tdX4Zq5mC1nDruB45klTP4Qfxx86ZuENbyieBRZcenyIBb+S7yE7tbZGzGFEgqI0gsaUioJzECulmh35TsFtqLCD46FZPcVz8cQ0p1O8zwlK78zIwaAmTu/GyccxScpLszAhSYrbTUThBOz6Mc127JtCiMD5JiYS8X0MW4e/ghizfQ3vFMmwcYpQCvi6j98bDJDp606iWKJJH9Ocox9mCTnf8vS4zGbnC2qZKWb64KIpYz8u0+q2ssGkf2QOTD1BAqjlXm82GnDvif4wgGAPfKkZlq2c2/cfafR4WkKUq1e1QV0hb/JPvZfizFSg77V2o0iVK90JzvDYaSIkHZnA7unI/R9dtn/fghkP0sauG2GFaG8AgMu6dQCmUAQWazJnYHMrPUv6MtV65aYyaXWL5Mlt56JOFpJNZrTOzl0f8tvl43sxzn0sPUOZ35990K51oKDtBPcrSzjddClgbHwTUWec4xJdCQtTsWxvJKXLuTSEiyRG45ZsC+jCYz5Sfw30hrsoJqraOsmisBSIqWE9Z+7By4czJxC2BJUqn989OYnt4T2Eanh8X2bvJi62Z9MWmoWZXM1Xv15644ryVcl9Ek/Ke26XgneNa1i49UVdm4aWStITaRFeAoDZxezqtQLDwKp6pPKoEbYj59r1WCubL9metEFdSpQB0B7r0+w++sLZfmfh05B6rK1f5SJzVLrqdMn2vsKBZBrdwuQQ5sf2sbH4INsYRVDh1UIkV+HKT3qel3hmYZgpmi2PSn+pHQyOpoYYnDFUo3dybjWA4HZaT22jXpdu2iqWB0XJ6h49sGamFdM8FxZALjbe/JxLpZZNVCgytwr/zFvyLyBy1sFmi0ySxABrhwrQFxZpwo89YqE+aceaKWon0/PGd85UPwg/R3JtkkoGxweoiaRUkh/ZR1qCYQNWV2CV1XJQQbLgyXSXVHvF1pA9t//8ETiZM4p4rK3LmG1/xz7MdyfTyAofRVC/Zdzqyt/cQdnVki9bjM6OGRua+UPtMZC7aIdpHbZqRHfO8yCIpA4YrXK//RsTgdNdG8Zab/QpvT/ltd7iceDzlLBzs8GeWXNG2NMbpn8QDMxtp8Q8+Cu/9EhuFIMZwOHTr6S0tbOXiM7VF6tXC/9DgaOI/qzPOyJhkvFdRahZiMo41gKzWTWPR9GB3V19kE0gnaX/Zy1sOtMs3+dQy+G99nB7O9csiilhdokjbWWYq6DyR+ohttMbHuYj/piI1e1tyRebftU/OODEJbOEV0SfdvSSkid2+oMCsynhmUvPFTooyWs2GR/1CD3CKfiVAl6fFA6R0JRN8QQbTzuh1nREk+jCR1zs2G8GLJ1RIqfig+pTFBHd3nU2uv0BasPpwFMT8TV30hM/1k4VKZF49ogDbfyRxOXTeyqixtf/qRY9fjspFCYNw8vgKuJk8fRKk/4jLgK9z21t8OE/RkpQD56P5k/LFPHhuUPVbuind9DVp1XM0tAJ4Usdt/IJTxmfZBlgv/0mSlU+yfhc6h0SlXIh6PODQZcQF0joFanBhm+MUPHJtgmFkfkH5iI82tHUR527dhkSHMuvkVop0unYj0CCxEZC9Eqi76jxgRqhSEXd8eL1mX70BdfqXVheRGh+Kgwd7BC5eK5KLnsXcTTq0uKj9TN+CCjIWjZpYICi9Kj0njwJUYjmr73o7jvT2pGyE1QB+mh52WoglFI+sbWqSZK49trH3b+g4prJKbmD6e/OBRdfJZS1/gEiEWPaxmTlzubqFJWuvvzh+iBodpaetQqlZ+fmewRV17JGaal4tgbOF4quJ1HP9lHL0Tm1LV/ZGrUtqtaWngV5FHnfcxBb0972jdnv7kqx47AxyOHapicH2aT1qqfQvdf2ycrApxJrc2Qsd1BjTYOmHqS7F9xCG7dDtLTox+chG8ZQ4bc9hX6Ah3eWUtFN0jhEGIFxLnLoMAyBAo98FSlvgTaf11GvJyQFMAA+ymApGfyDSYFD6CuRttiSP0EgSKmeVGWN1fz1YiSb0X4vVM4dq1BzKnw+5j9SG9Q0UZskrUhbuzPm5Xdg9rk63vW8fF8h09PFSve5jiyI0gsuP8fYjOflD6kiC7y5kEp+0ERyzZv29SF/oH4z/1NQmzfdhy/6pm/tryFjWU1uJtdGEIftVKxKson10dMQS8/fXfNBPH47K5ye2bOBtUd1gPxywegrmb1k6FiR02xSDPdNrcmgmg7aMxrvcXBHBqV+PnYMAYOouvtnm4hULcrvGjubLSTMbsqSuBYkzlo5MMSRqxH7sVGEIfwQ+h4VlCIQ7u0k2KMkb0doO1k/gbO3ApRabRaSPmVfihJA01DxUWe6U8xuEx+oXWIET5Wt6IOMCMi0CrP+hEs6+g/D6uvDdxh8OlKLdurqIyjZ8t8dmG1QdzxzeHAugD3f2fHvqWR9ui0/ScNOWmTkCWeP/bPov0cW7bmLBYrMde+LomA1A3MbtOHJ5Tq+8lgO8oNp5/gjt3Ae8WFCt1Djk/0ah90Ol2vgZ87wb/3VWpVNSE1lYLKaGzdQuGJ1i18L7Vn1TqDEFqvIPWHF5fHkko4/bll9x/l/U4pN7CnrLI/0uFeskPndYjNLsQclp5GiU5CcNU5Yy9MrH6ZIhKP51pf7i43K0PTzrC8gWZPuSm6O4x7jxkfuzr+uc6eOg3jM7ofdCV1NNT9V3e0b+w79qY2r04Rx2YeWXn3i52PAvvA76i5LNgPxS/UdH9GuNVeHDbeGAZYeXDT/hhicHrg1knYrYIHn9G19Pk080CzEHD6YpOy0KtWPaJCf+9N2Xs2aPPZMro6P5j0M3I+W89jkToSTxib6RsTCKSzo1omGUcFdkmvtEmi/BVO9ZPMkSvISLalTmnbHNs8ZU/uvOHjByyje6lcb9/SLwulo0vctLCQJ2qV3OzLq1oKzYprfifVbED5rfLuZBeV74Z589WOKPhcRtWktuzgKlGcIJ0sAJRGVHjhTVheSQFuTwFq3njsuCv1B3WxscQXFk7X3hLbnZe8oJ1SebJzAfLtxAs376AQb6j9BffWEwABg21mCyKVK2O+2OAN/8qEetfFjDACeRpdcEU+d5245rAQGR2DSEKVqkogcV83FeiOXXVATLezcfqVi1UkxHoWepTTyxqpDsZSDQuyarnxbjLw2ur1RMAn3VzbUAWOVWxUULEtuharC/gs4usFWq3pEA/eDx3lUYlM6q+zNPhVgufqfr1SwuZmJlAw1jXoTvfXPTTtrl+aPt7dnpcn7q0kxv7+9ulvdfP3q5+VBX+m+JoEhiGBWePlnTtwfPsnJw8Y/Z0yr2vmCU56NnjwvvIzFSY6OLafE/yke/g7DX8NuNKMR77HT6Xo51Ton2TxcxvzPzlT+43JtaE3S+/og9LdXRVLnvmk66Z14Xy3/Y7fbmj/KX5BMF9v80+WpebAxlw//EDgdhOOv345G9j2CkVvKYnZ6zRm66Z/NhkZ53NkSpQYmO5/VaqDJHQJ0GWZA3XEzCWgWZq+7QYugOE9Ruuil8kW2/onSKGcEF5ouTRLLGrC2RTC2AQITV9mE7vlBNcpQJ5K7PeLR2v0RMNcgszCryvwUH2143AG91iVB3YGqynPBPu5RW6afzQDitpAaEc9t/15y6nQxw1xKeZWAnxQn/ZOnYIKispJdUGYL6iW+1dE8g49L3B73mMNU3OZmwH6bKT5HWEdpoUjAXIUysXHiTdoRGG1ApQ1fHkhYB7Z/KbzVgBVoj3iTcyzWlT6fekM7mNa+wF6/XZOtAbxDZwnQ4tkueZfp2ADZEzQrSI4Iw1srOhRI1eU2gEvE6a6rOsclSELvvo1p2tgKxoIJE7hLT7AT4ZF14Uev/vz+lnI1ib5WxYxOJS+eokrBIrOLMp6HDZNvb3DMRhpF9o9ajbtaJcEzE/F4hl1ProN31g/6x5l/FqI+uYS8gpyZ7nloz23Muao+aIBl4TynHbrUbIseunvVw0/3Cu0ldHFW4dwliQBLb/WMVrKU+76T1TS4/Gv5yKZhs5BnVvHnHAAYddDG5eO8MN4kEpS1lKgywhVanR0yz2dY9fAs7WZIms9x0U5v5UiXrxY5jWZIOdJ0qznjB2uXUHLh8t1ZQnu3UhOwBl11hBZ95YcdawlNsx1L/VcqcNUa45EVSZHTpId9DaEvxx/EaPtS8G5BnNSRodzivn5BBUhH4pWw/GfJwkEJvKOQ0JbOHPtXUMT7Wdl9cJHa2sHtxDJe3+v/5YVN0UX+fOb5yApMPZIvkFOJQxoHM/Wk9u/2Ir9Nawu53wNk2cbO7sl25e7lPwSIvQniNdCmj/Xjd9rtcRDjwmwYtbnZ/htSOGW+nfuaXbDXReTSlbESeoPhSJNko49ch2IGdBfL6V8Jtdmkzs5p14rHCwr+/k06Qw6Sn6eSCxBnleRqS0vPDbzxrWsGG9/gVYObIuFofGd9cnwEHQd9TuHNI7gn1KQ4EoKSUueEoMbYhS62vAuNsQFxjFS+ghee6Tmfe8KThzU5x1qD5yprEyf6+eHY1KsBa0BlHVzvtNt3WbDJLciJHcU+Jp3gbBNYs+ZjHUFifitQGrif5SEyH9nTCiek9vCKTn2BJWCMeErx/Kq6D2Z8KmTt+nxgC4gIGpiPB7WEzDq9Lzklva8WrBcOKco+TPKBSxLN/uInYyWhsHMavH3MUHBY+i061QY8PHVo7MIYjtCIpLTvex1UFm3f9fP6hdlLGDu2gumntIJtsdPJi/hPNTJ5prkusdUHSDpdwBePzk2rw7WAabJc+wjc2hgsKBLiftliumOUCRLsAhfRg8ewZNUQFFacwTHUIipXr05GJrWgi0eCKk/i6ijR0a/PnoLBfH65/IOsTMX33ILF1jj7jhn20o9o76xf9C0M8alxE28Nij04SNNViIe32n2mOFizWWtGu/a1uahfNAjKNgibhbHjFPL+URCmvSl4KR3y6QASjs3jGbRqDs8M5gjgXcRJid4qiKMME7lturRzk9PMD8qKu7cf8CS6X4Oe7laCeV6vt92C81SnWLHRhRYNLlS3fkY5v7CWYykMg4CM2Vg7PLKrJ46DtG9TRzVLcIFZh15BAqqxp6Dn8j70QXqORuqmzRC1X7FA/mmH2XQXGa+psrKtbMxBwP8frVgsYB2qILRvtSVSSYHYit10z9OpUQCsqJs0t5glbzZHj7WTv6hlKZAqj/NtTrqUz8vJ1dtsccRkP03hOQ/734VDbysOOvO3X44IGvVI2Rj/XL9lI7938GeHKXWKnL7TeVf03rFtHlwfhkVWoZSipZETxikIRc6P5mW5DxrDgMi+ftz/QHXo9HL7FSf9j3e+2QfGhSxyhqt9Dj6P0/4nUalYytfMQMYOjyy9gsjM8MsFnEjYGngj19evCeiV5UD+vBWRZJHAPYlddkPwivDFN3h8IGw/+2baOcz04XILtihyaNQyhZI5a/HKVUHFWmK4lQzV0VbrzhIXRb2AdJprN/iquj5naMEapNXDkZSdZmFYn9FLQ+zz0BDk3AHDmNDS5w7WdKZW90/Qz4ss9VOjY1qMXL6YLExTmJyJTIYqnYBk+hq5xTYDNvdquHS+xzrS4lLHAKSfSLtTLUPQtHx3M7OgmxNLXYT0omk+o34NDVhouaMil/1NqTDT9MXOAZql1UL3gsYCdJ8+0kXlgUngOrxg+PXqlPgmVJPWvvoLl0c3LlCvwDup3aK1RewGQCdxhuT76qtnayGFLiilZZi6cSInEg4OP3H6lpTNx8gIOQtnYolzw4/oUAwFeaTGtbj5oXd0Ki0uRD569VxKh958wVx7roru9PqrhY7DA42cGEhoYc6QQ9s3gxNNX3EYo50jAx7VKPeslkpb9c2vFCysNcoM7Rsee1ovPuw7xUPXh4YCF6+tPB6lLH79eUA1xdaVgcY4Flkeby6ZUyRYhGpHA4eII26A63vBvGQwBPUuaNYeh0JVCfklYq9nT2FpGfEt/053cUGdH7Sy+MIrTvvPv+xZa1Sw6S2Zb+Mpr/8m9xFwf6noRiiHHTh+b3Ft9CNGZejOAvtxlzKrU1Suma1NWFMcK1RVdIYmrX95ifjR2B3lCRQR1+vhZpCLDFPPf3zNi85wxAapDsdnLnLwFh/K1u02116J7zkPExn9WvObPNv9aJwUK+rP6szgjAKRkVvOw3UPjvy5uG49vyRPKDT1VduzIH+AK58nA6jYN6BQ7quGKGExACrmJlPbxQv43g4cFm4K2ZtP4kaBD5RR+kLc/XbhKce/kE/OYUU6HHSpvgwgdmcZ/oC41x1o7dscvFPi7yYbHib5f3oI+LvqP7tT/hAEYfRPqa6UvIISXbjPVLpMwH1Dz+y8agIyQ9lNKLsGfUtzkGeLnmQZk6LP6LAsOTHxpAeaJfchE75qIxVnKD2BsaSfVbOScxNm+3Waby0VwnlqSloqvFWh1sUHiAV/w+LtA18seoCIWIzM/krzYUqsSrC87u3HN/hgUPI4mah6XDmr5pUl7DvJSlgH6bzy8/KfWtK31vnq+RgC9FvmX0LM4c7JdhyGmy3EQakVGEkBF31gNaBKwuxyaOY+Ds9g6CYLfhkVh5JieIQ+flvjClAk7ncT+fooq5H/zrVoUOCXXmKH6waVVFiv7YWrLJol5BB7mVBwzWSB5Cc/3r+YuArx/ExP31qyB5TP9k5HDbIglganME8dW2/rwsCHqsa3Gj/ZGrm0QG2YJOKximgBCqj8vznuf+DS/gemHVSaUM9EO9iOg0pPzlosxYiwsCvFUbfsW5Y90iRdDx620HrV2DXk5eputd3bPzLrBEGYYeG17HuptJxZbq00DRp3lvzKaXqS91X7ptT46VgcoT6cN/56BZDbQtDbsX27llYkNtkYYPlwKbLk7ctk5biWwS72F4HUH67WWj9JO5cjJr8ewWeLedj94R0TlvADtU3ZXSQfsvvjqsJF0EuO7C711i+eeUl4ukllgZ2Ob9U3e7sIrfc/8TXDlZ8cDVtgCxvliZMV9I/BB7oYY4ELMVCjyS8IK2Eflob9JsQrSVYyX/EfpgzsT8R5wyvu+DP/McUngwKycdb6mSY7XYpS3PmMRSab8w5/ts90SUDionJsmkUHAhADnG/lnhJKIhJFypNZQb7ZY1w33RYl0u7xVMw7VIlN/1QmJphfvcHxwVX8Q1Zc0ukqKVwp7wrhkhY18PP6AL2r1HKM55HSAzd2ihVDgXp8unRmj9I1y7vQOTcfSaPkNoAAV2sKUlTlh8SlK5o4sMhFPWNbDqN8tC8Ggi0DIv+jR7pwfFCeHjnpuSY8G3VLazFQNd+wbKkXjpSXGAq1HIReONKiVk/ONy99lvkRON52PbVitXKy5n9AuqlKsAj7334MNH+EqhMus53jBWqeInwNY7GoY1z0zdsqn1U2NOyJLp6lfqiB3fVjrE7MxQkd4zLvAKTulj0t1Z62tL1Qx9/fruSOlz/znq+0t6PSucA3Ceui5PajggZIZ4m4HHS6qy2FJTdOPf0YpbWmcceOsekeqqkXP1qWXgtVAf74pk/uZxKbpcmaO2CRcA/JKiLzX98WJJ1JqIHTqqRTvrc9BPowfv03JtWHb0yEGYz4t0P09FekY6flQqIR7xAZg4UnHqetgG7+6MN9BAo3acdFPATgxnFYTGfAEQqBNWyfRIe9aCUNZtD/fXgUJofd5bVq/E2bqvgT7HhFOt6oOVPic1pUfq6cCkfVHkhjDllhp7E6GTiOncmYw9k51EduPHEIq2XScGT40L2CXGlzXe/3otFoKs1UN4Re+KUJHwR1sb3IG3CNvFq0DWOY/u87Gl3bpLtFNs+yfZWGY2Ph0g4i45u7V77eq+7aYjbYjTIbn2a09WELuBMH9E0+CxBzikf5z4K/gvMfQnUyz+EHpKHuw44UgZnIXo8HeP9nC2a4mp2DBWIH3i8zmLIAoLfCERPOc1p8hWWVFfr6Gby7wzYtRupZJXXJPYVS9KzAlaeCruer7s0aRN+EjLb19pupNHzFKMn7wxS+j9y+L9y+L9y+Bm4xjiPTGNdsSO6K6pjFLt/fcme1EkvXs3b5ORWqWL6Dse+S8qTczqtPQgtiFsMdKE9DqtfG2QXuD1NDB1lZ2MLN175PJhM8V3+SWJ9j4bzFZFYVNeobHjWepDN74ckzT9/ePaKQLz5MOXVO8oohxtxkKb80p4nVjzKew6+xCauAKRlmxyUWVr/vPhkT5xdNyP+LnzQWuqL3w/dqEde2KLFEgfLO74FRhpldv5e24bU+tg5pu8807cxi1QQ110dOKjzpUiqD3dU4G3PIDCAAEPAs8QwDqRMLjefRNn89pd0TsBu0BxAv/zoDRJI9A8xNrG8lmVFhMGxXABJXgEV1CDlBMdzNsiZNry5dWj6wVb1xqAtVn7g1kzOJZisAIIlx1Ks42JOWWdZBRn2v3Mlj2V8X6WqVo1nd9glkjN6AxjGDmaiDt+beP+lNYbzG/0+7DyXZjN3DxnVhmx+f77BaeEWOd8IQYQz0T1L5dPzE9gCDdY3EokdzyT+aH/qQvpywmuQ1xGO9Z9vuOAdXZ3EV0IHx18u1VkEvRN1Y3yPH5cylUjIzfRUFpWLBz3vmBEPaRsp41USHXItPjKMc8gklVFTc+fMU1qnEqahLu1e1f4gp3OAxvgXico4iklZNRIEtwjw9qAY4WSa22lsXOvUfp1VbDGEzslGzbxHzBtC5kjRpzlbdKxMjdh8qFdrh+bmBTwdCMTKcowoCH1k1gQx1VTYLG6wsgPvAQcuCjPvBcS9MqxU7OOCFY+ybwUFz+ETqPGOy9hzwrt7E8ewfPr9D7ayAuz/9Ncvuc1vGTtOs43BOLbB9xSkeAyShf1GKYJ1HXFAn4PtrP11Hy61fZowK+hzWqpmof5g4tBP1Y96MCHBLZ9qo3b/XzXDbNYxBWAwDXw+3/2b+GC4vUo6gcWdnxyykQXVq66rz+6hivx/ggK33Tb42rPwEe1Xu/fHAeE14DfhxwfczNjDDA2FAh3zAm9q90tfXcX/Hi26cXrcgPhLwd2Ef9tYDF0goMvZDwcwKB1fiqGbPyhbXTnarwwpYtAGNeCsMj645tDlpx1r9vo6qKD9fQxfx5LPGftGuLuIak2/x+zTnKlvEdrd7pzHi97um+KzNf5yfamdTw6PXP+PujPEf/H+Zqx9JvfwL3cDuMHl/+er7rSB0ycHmpIpL37+c0YJaM5HNgmJeFm53cf/T+4/E/W9/3OjXsRMsidIFNR557oxQyDXhvEJNgwqe++O7T/Tz5OcLpl2JK1sG2EPC+GslJ11x1Yga7bl67zLgf39JxMn8UB9Ms1DCmY4ixVXWJxaakImtJcJChEZA/I4JqFhSP8KcIkBqHpDCwykDpNbOwMnXqp110juE8jRrrt/9+o5trUxJwN7M+s0C2gMmmZn4LqS9ZNcNFvK4oHMTFvoeOkD/0zYqjpyUYzNkdWhPDuFNElpAGkvRDM0I9W4zdERDM0O6wyVB/vAK0XNpUJKIR7Kv6dzYtLKOXkt6L7lSAgN3QPA6W4+9pK0w4kB1gLTt4mqZAXFzot8j9CqRQyFDqsw1MAV+Tqg9KI2vrZCBwu8dndSeyWJVznDHcAiINlUUvFivXeQmdAhtQ5NRBYpt5cc8HxC4eTDWNw+vN5AizIBewyCOwxud6pweQsYZPowbacLPJsnkCscHYfDeLLdfcg6VqkH/BaBUof3rlSaiDYBW1hwURG+IzkaWjrZM1rFW+gYhsAkbpAD1XDGqNwGLwcCNt7hIClfgwmckwQAuDqnvQNMD6U+wDpDsm+hjohZFratbBV6OsdgflXnLnJfiy9DHcO4D7P7QZotgGFsxq6gmz1yA+4thRSLMrTCW5cZNG5Msqn8EgZTBORvx+wyHInWdnaTmM/F57FGv5HRd4u7MbpvwXe8zD/sC0BgMy4FabvJ7cJ1mNTVpkASloRzTshosY67JDjXp76iIgiCoBwuduVAoRdgr0g8RqFwbdbv/Ye7VkYJO8FR9G7RbijiM0k1dRsMEmUHkeVoGK9GTYa4O4ZO3nCryG0F/0pRiitytDpQwAf490Pr72PVyTJGAa0oh5+nV1WJs750KHViAimoQLOAbSIX9OLUXWyGTZ42oETymHPc0dvZDnfKpXZbC/vw2kNOBbwtFGnYYnp9XDQTSkHqEixD2SL6dTcCCmOD+AuICVHRMT4SrA0k3g2G3DkKzpr5oSEwPiI028oGvEbgSXt2oSGkMCi1LMBK8hI5CtYzfZbkg0aj0AgTX5f/WRFeCmPTITsxqpAJtJFEzybvyNI0Ac1GI4tRRsIgEbEHue4yz0foznzTG4VTOSkLkiOWiNtL0A2NtoftFHZZHoYjzQMcKhN4a/hR+vATFVOI4cnjj9rSmU9nKbCwC/YcVjyM/OoV16K/MqWCPNWDqd6oORyCHjXtSQrIYIzWfwChKvGmEFxjc9qtMtSepZy1FN7iisyUsctdkuVvIOuP+rj0JF+HCVVhdSXxfLID622wDG3ATTg8VX9q0rTcuUfax4U2vVRsRSmDiI7NxIs+wQ8gbPlvmRxdx6EBGtmoNKeU9K1bb8uaFeSBaGD2iEcpx10gega/gUgnWQDiNwC4Ap/MtVvbSQAY71yuhb3ZZ7qRkDYwcz3CFtR0wiG5Q6rp/YbYV51hDxUyXA4e6QOS3ggjf7hpKKQB1drgAjHHzl6SVFtoSNA0pihp3e8nTDARIPVmUkKbG/1BksH9dx3cn5wmPfNjpnaXFhFbEuwO5c9hY31T2/uxLxK+phvuHkMslDzMGoXwfhU9mrkTtd577k4Uqy7fvqm/R/MqrSuTMYtWW9rfp687l4R61maDiffvtb+7p8Bee+8ijUlT598i/sSG1ihtUsZH1K05txqVH6iUrvXMZIST7mhtjSKDPLU7dTNrH26PxeOyp6Qd4EGvHwkqMkKbYlRGcqypdbTYkEgo4xoff6Y2kQOFNvND8SRqpaf+gNTIjRH9tUf4VtRmbdJSOPB6kkQptVu80On8+mjF/rwUDvkp51uUYGbctjb595bnpV+ydBkW3rwfODuQlcfsgVrOSXh2btrt9JZVXsA20tNkQCZZG2kW3za0rqyiX9DLQm13VN3JCxODtcqK/hzZDte/5SbGvkSWpki8ZrOE2vaO+Y8ltLb041u22VKH2RcVMF4kjhOW/6gIKN1QRuC+vS6+I83oK1OxGMIGdHVQYH7RRGNp5J8UBJhnJrjHUVKjOjLYz0EKh26Qb8vt7YcnA89YC56F98ASd5A+6OvFE9pNFIiiaEx2Gw6/c4PbCd6g8voAyRKr5nodFqvYgSoKh0kAQ0yP4zwdXZ6r/xQqxG9+Ya63uKk6fg7Lw0jrYbltLv0mzL95dulOACgZEsLcQB2bDoWsV9lvhGoBVdDEdKhOWv/AqDLUW8OaTvI7ssK5T/AGkyKfnkc3ZuYGKKIXV6N/VopiB01wkhETjIoFfaBhkrJcbmDhncxxY5mWfiF7POUlvYCvAVKg/6n59ismd7k64stPSnnHoMHmmea93/HovUqZn2nGJ0USiTppkGD6EJVErWXKNUBRY1KOFgXkFV25aoxfd6WfMdLDZKEnDPuZPwUbahhiLiHDTbE5yeUVdjPbeDYxNMBJ5UcqVTRiQjbpGFAB3qysvPOva1Y8UsiyCL/DO6dD3yolSwClWTUn7WzHkSZ1kinHKYOqY82cHslnt+LgX2vZFtsminnJHQdYhkVldpVOadiLTdjuXkGsXLPXMHFawyQfQQqkvYDvFYA2oMlYDaIQPrdQRjakpJUbkxlWxLq7JiQqSpgC8yBT18/6znYuUr+QhhgKn6+OFD3FWi+dQNmBnw7WP1XCENTN6d2RReRNuxBDIDCxYW2Jun783MxTmwbkyCedWXTwOvVi9+qzL4T1Pv892llOfxneLjR8gwT9rtKWMPTxBZGfg2okvhkwQ1OrbNaIzCbQdVFJjta/q700nVB8d8lAQXKtpn/x7GdvJURxkIIdRorraqX48qZE1tMCIW7ccyhQgiGRVtNBaF/Gq58LIWP+V9oujkPxne3Xbqjgn/0WBnHGTPcC7k110ny3Xmk+Rh/i648Dhk2b+JgYtU/0IeaPvRJIQFtils/68qPr0qDJWaExKtOwIbDEaeNWeskS+C/Ybi523qtM0gErZTDABKtJPFvP3VblQB9d+irOZ9Vd9q6wyy1V+9e1apnQVur+qEo1YuntqFgbHghjRNgZgTGyA0KBBrK8r69a3WgALO3JzmJd1EK5PVW7r5PH8GnZ9kORXM7Dbab670lo3Yo/P26+vKzen8oB4ScZIWTK47VLovuSeLkyhhp4fq87OwjYYOjPPqCr035FKeqBzqBAowfbxNQGKgESfsHiRAhP/5/nAqrCHk9V/VhfU8kAx4v3Vdg9R27JAqOjyZUpNE1KpRC0oBl0eQrqeW5WYDrhxORc+EWfMxSJG8O9qHSYjiOHr3sPmJqT1V3NDzv22G/gbz4BHK+oC27Rr8nZcOJaHqamSlVHBOzQGYjojXSJxghyuWtVD9AAxBegoAo0VojQMOvbA/jGNBs2WEIeEL3Gpna9eLebzsWkLFzXTIUCgWIhWslOWQca7CsO73y0H4dq3kGIzsQIgr3I+8Qjj3cA9KsElVCd2oVpc268d7yGMBuPF1y+rwaU1goofh9mVFyuoqXML5rlHoNQGRdqf4LWz7Ejx0BprkTpdje5d/F4DTXCy2g6g+AfovcOMTsFpKGDRn12wMW8Z6/UvP56Z52qo+DasjiOAc/5im1LqK+oF5bmzFhbVvQFnezK50dkL18OuxePJSxltxlmXflTqxctWMvwQcAfpPrJvn2xLrSfDVSZJ2GQWAKvnHlZB1ra3yGIvo49EvpGttfJwiB+S5G6wI3sWYdCeOF8QQhqiE1OAr4YZbzzlZMoY3hN6XqMzJre3YChlJOwrgjxCPJ1gB0XooJ1fw10STcdL5W75Iy/NtNjKQNLfFcr5uvHw8MMKNM8OBAZA/TrPa8GPLRa7cQ/+dU+d4kYQfwQDNAxG5ZNdmyr8ZHIpAkL7rh86iS0UGOOUeqrd90og+VZ3QcBecGrqiocNX3agjeDQEciqtitxWiNqElmE1Q7h3htDFeAbGpXQzrKafGW31wFJ1JyFIM/g8hVOAbLk1APTLPtQ7PRQ23XkehFTUKXCT2O/lEEDNboINcbn0prPtfspDTYNGvWeNUhNyAFgcl5lA/psbguONNU03qmfqTNOHvLOJ1DET1s3JwZZWD8hmGUvTHntUw3Ft2MYO4Q7xj44aOzB7bU8WGm0uCVNejw0+Hpu9QOptzisEMOqU3v3jVHwQlRy3NlhkxPvpbgvs5H3UYVZDx1VdVdk44SGpqCu9NQLtmfJ8nC0ekcpLgghp6iBjMEeoB/dnRDkuhhFw2D7D3b0ciulgV+YEkZDxziGajHZm9kD3OFVa1TFXMsY7gYJYgyK2WhtuK7Z4QK0AAWmVbB63PeBWk5wD6zYC8rgOoRD6lrKLPOQCJRREw8hI+s3lQFUi1Y7UEh057xSWhYBdk2QaOhODsQcCSKC10tsP0ThYJQwrqA4qJkB2kIpmIh+JM6fgtqVZEJDhPJDpgDVASZo3yOwuoEOXhLOFBPNMvcWxisUBrYFA4El8OZglPUmA2hZxn04XW1p50ao61z1qjcbmLuqq6iuCZeCXcO4gA1QXQVhnfKGk0KkTrcDRwcRwmbTlxcnSOafkJf3O5ftkB8AW1dvgBC36x3TqC8XwRtM56pTCCfoRRf7fszVe0Pm5F808CDc3RBU6jtbMRTZRYrkohs9U677FVKyR1Rnh8VCQQfZj2DR2xnhuwktm7Sxb7xls0ss06KGR+VDHxOp9jCq0BmAHBUK0cpma5k9xix75lZyyuGlDg7wd927SMwVW9b/f5CGbftADWnY7I+bt/bNfARFqsuBcgCshapWiTSyDz/Vj10sQAEG1OBdGNJnygolwMIcbTFtevGHk/IJvVq+4kWgFraKH5jLMH36dXXDhS0dVb2ZJ0TBUQ/5oHT7ZTlYe4n1VskAS5oLOWy/LLrHYnseWFuawNNL+9lCv63uPF3L0gvtx0LsNYS4NxTKLAxUU9ql0gDx24rux8VE+uyQDPMCFtODz8a628+4oKC2lzBCwYoH+1wJPua11/fTc3HVY6LCZJfynjw1HXh/7x30e5mdxbzhjFiJwjgIYxyG8lSDvIOCoXAoEocEI+l2O85CYpnjsFi6VTGkROKBQNpZLPPaQAi/Ovucm8ifMLXVqMwZm+a17MNTxa69t/uxGb9kIg47La9i+nOvrSClZYHYw4vLvLpL95hTc8/ubdWqevBt7zW9vgJWKz9bK6udD6tqdSqlWVula5hAcdWvFkEl146X5ipi4y5+VbJxx6whhlIc4Ve0+EfuDTXSoj5immuoFTzjuh9GsKgSm1E4V9W+ul5bjYWUKsf+VqVdyG0R1kqMm90Vi/7EoA1+e1Xpb9UOeka6Js9a/ukBKtZVKjL96WIFEYRbNKQ5SAMgGcvZ6UV6SK8NpjKDrCSzJnhD5XIlQVsY4KtBRBV46TaCRcngKRepJ+Gp7ybGlL7T2wPWI6zUFlY9YSm/JArqZyCHpU0t4lYj7JJDRZmQ0hwriqxx1ddfjAF8+4gT6OtcI/HfxVP8VeWPF4o7Q4LKxrx46DdVpBoKc1RXny37ri7V3qlD//pqu4RtxaGZPSGz4m0NJEm/YP3nknr8GAVi8QcOVaBd2XoZpcxpDPugGpiq5rJ8yinKhqJTv9r+9BqtpO03KsevEg6ALve0Ajz/vT+wdh0WszN1e8uCSPB4aZD3QZnibXbVWrhRMLr5kPPBS1/CzsEuqpaRO9/rh1sgAvcZs4Ie0uhnu4JbB64AVa1ZIlEjpMFGWwxNZbSXKNA3ZjgL47XalDtky2PyShTRIwKIldShhvVu1dtnBFAEAx1NKYq1r1KFWQyjkbWAWeAwqmqLQbAF4rlbv1WAe2vUzcAeVLHzM+ZLt/8wivg2O+gBYhgHR2PhB8KzqHJkieIjskI2Aj8LZCPzsz5+52V50k9kdfLqefCxeP4wjAkZn7xyRN7pF2dSzMlM1afxcOo7f0URjjreDom0dJjHDeV7ntWN2vh4Zq5nfCNvGDlryQNsZTjAsHgMPIIrTqPlxyeUTySGL3wOO9rzhfWT/4aXksWApHf0jK126XOB5lThjWldWsdeH6OSa2ST0s8VzYxFjIsftJSv/ngKnS2MxxxFTDA/7TE3QpHALDfAMtvxum/nNqR2O4OvZNxVUBFi2oRJZgMr76x/k43wS60mAzzYHeSN68G34MqDGyu3ptF/5MHWx3YRAwOiWHWK03hFXWxmH6+FfTgU9J8iaSY+2a6wOkwJZjQ3OZQgy8MMNqg7/rOGJV6oBCAzbEy1hLZxEGMPgyrbC034XNzj5of1PNn/J/eWJkGSSNC5BXoSJPmHHF7WuaMkwaiw66t6QJugtVIh6QeDhccq0gNSu/rC12ShWoN227dWYuJ9keK7tWmWYbXKGI/Is2TKFkLPzjrKWKm34jyr39fnKas81NHYIQhZX4QnAsS0lfsK4SDXv0K/H6ZYm29y+oxC9ZJotXOaYtCJUvjDcWw9wJuUpZeJYneKLgwwvL8E/3rz/tHQIZZrjTNmJabpE180Yumjy0TOCXFgiLENREmJ6dZdfwFYwPK1Gu4Mz7RmZXgIsez1QK+ZcfY9tv/ZuhzoIn3CzEh0yIVdhYM4waF36+JZjZnVelgKqlWZx17xd3UmCUpjxFglcjChy8SmmiSoUgPjbCEN54jiHrnKvIbk045BaWN6n5goc9d86q2Lg8/u1zawLtsOOwKna+Hb8kS89uVEunWoo/6L24Dpj3nNDf9Wxf0PwL9M4VObsxUK62GsJcWkOU7pA9FNbtwasYxMRB6qaxzGo4cieSSXbcrPA3IszDAYukU7+diOZJw36pPVOqux5TJXPhWXxE8PUGIhvQZM/S7COTJhW+7cxEKMHRhsK0c+/d/lMgsAW9FL22ana1++Vp4sxtunEPjkMhWGgJ9eSj/9nanJZ1EMdHh33Zb+Xz664G1JLV6Sg5DQ/wI4NklnIWAbiTZa2r70SWeHHn9/FAb0gZuaM6ylaQa6lZdtx0Takny+qbsegZU4sw7gmCaIq6LtkwqCWJC5B3ec+3AI85OtRrols0nPMoy9/YIxNJXjHdIRp4IzHtBMiOHHNJnfUJmUvwOxGN2XiB/hHCN2Ou7vK76A4rj1Ze7bf6PyGk8pHd7VbVMhITnAdUXm6n+jsE4kq9l2Ws5xrqEH2VE54dNKJzCQp+YSTr7dQXFLSsT5ZGLKOOnKiBA95715HBBXa8BWwkK7iNh2t9ZXjLDRE3TZF+KfxhRucFCzHcjWRURGi4GT96/1Y3OtgUj8GTPbZZ/Z4juvFcGPEw/ig4RhweaN9xPHaViMFlqj/qPGxS2CJoxvR3OiDnw6n3XSbpPRP7yAkqdKkhJ/txegWNdi+yhiPVj6xJFAE5JFGiKW7E8aLR2DgyZBaHV6W1raISfVrtGCAVtDfPA1Saf7K+Hxb63OJtWGg6eXf6h3Cb+n6CDOotVd7WiVDpw4Rd1KTlN7GEWBYw2yHTcfnk4tLM56KhXyp1nd3ldOxx7TK/6x5tFYRvZzUu2W+MVeqR9CX8r6jodwkoX6/GI7hLrebbc4V7eIVTU1NpUpaWwXh0Q8Zw9KuCmlOJlrmfDWOoEX06n/SDMOyMycJ31QgpWkCUytzAGLRJzPKWzo2pXjocAuecB8JnCDCHtOmNihPg/TmtWOrdki1vax99QJg8CWGuTtjK8nrt9XMRONsG1G4GzL/S3OhEcHUBTJtZIvl29emOB5KOX+VMP+cqUoY535eHv/UBB5es5jX+zy3S3nNrVp8uO56kkPVJ0WwmTGTJEvPZHmjUU77Tx3K19m1okrmlrbxhjY4wsv08HOSw+CLBMN/qFr+iBg691LpFu2mOjh+n19cAuNPrVotsjb9rA+yyzclcFw+nHuxFY6w5gjuJWLAW24PJhTaY5ja2ldgZKpuXRvCj8H/7SyTjGJMJgeX5NBhTy/TU0lI9CVtrPEgBD+O0iDnmzF2K0ilozA4W0vfM++zQhMrAHMYVqzHc6h4gQnBOG/UDVIWd72oX4IQT0eMEwL8OyKwy3wrezxKZgIgeOwSi6M7Ey79EOgMIL+s8pCNJ+Gii1cnpmbatrk2JiLEZteqs79NrK5iy5DlglGjrRJuJVa0LwQChMc5XE0/SmVK2p8PpWl4kzcwxOL+iWvMX1npI2XF826GXy+sVI02U6I69Z6VX13/9dZWQ1foxdX1zla+TzMciGISiKYQKcUVWI8Av+EoF2WzZisd3TzqTQilqbGEm2LCB9wixVBo+jo/HjwZEobbhfEdj9qPsKP+CP88D6ovVE3fWZL3iy71wpMcqraDl6Dq4a1biSvOC19GmUfVE8KF/8LczVP4y7iNMy1nuB8CSLYVtUkqiWvSDmUt5ZG05BDzn051SN2YMjYR3cj1lPEu5Oqm0e7aEzWARtPcre/WqSJ6qqqbuIWFPQRDzvSiLMZasyF6HvlC93oXcP5XvOOErT3ZvaEqLmnmeSaxEiS11edCPCBwxC4yCoZ8ZiLNACC17YfA2JdWeUXvSHWdX3xzt0pO5wDkAUc17DEHfQ0r5y08HN8TcGoIXebqA84DyfUJ6g4xw7L1Z3D7l9LzWNncTqPYD5XF3d/hxoOpDRRrk3RhE1jURiDHvZokgzkTI6yB6gLJyFy4LkOjxelR8OYIB7HPStf5qd7G52UQ1evpEifGNJmwapXSF86siIigJ51SghJKc6J38NSNms6Qt/m7CXRyYgsqSvfJnoeD+bMPUPZ4wGD/oOGsH4yHcfAIIDB0Rnrq1G/fIf65cPLNXO8o2fQvxY65TvlTAdjkAsYW0CwsaBorSwVlDL6XUidauNIrB/B186eTSSP7fRPdhNJfNktditOmpvUWcZbe/PzZG3BuMJT56ph+cVrRvdgm+1pHAnU7nVSoNNtb+QyaH04j4zQE1ekCZt1I37TXNG6VtyUapPBhRpKv52HHQzbZa/xSAqOurJgWarjnLHOhchxiYfEXWzH7G7ejN3Shl8J5Iijpjn2ITZ5fkj2P+NuvBiTdWiig0ahq+7GorUt/pbYwm69TNCCHKGDByMBKBxsk3HYdD8pymR8y371L3dbSBke8Hnllde74vjf9yTgnFuJ759eGyrF+rShcZpG/akJUS1/MZpRgPkRW66KseSQe9J0kjmKOUbsu7mOhDMCjKKGeGG0ZZtIQlH66vFPqoTSnNBg2ir5vKHKG985FgBeYH+tLO/HyFgCgfVEHJ9fmBU5xdDNuEr9yy8J1eLxlnxQvgUu6K385R7NCyjp/fzpnkUmkYxopjcbbUYBGnymKEtbMWKJmkJNabB5BVpvMMgiRcsLi+LGwp6QDvfAa1j5bPiePHztmxUUq6j1MWx8J6KbKw+mft7+QdBmPZwy0jJYFtbX7HwPXZ9GeLEysYJNcpM+E4G5s7QQxT00Ctyyv8VZlbDQTd+O1LAOZJ19WWHroXwN/69lPpbzL0lmOh7ggZm3xChlXlUONOE/2gbR9ubAM6yQFNdG/M9vuPFePnb+nwxM2JuXlJo3UhQ2UkKXZypswfVy8qg84nte1g9o8HXbbk8vUrtwT+akWzHxc+QXr5/NEK6uRc7MADa+5dtRTE75NPT0yYLYLpQJZZtSQ/BEJEQ1cCEMbfQFZWyYGuRYlFonvX3P1NGGPcAoAyfpFB7r2K/yAdADOKD6vaSpAl7hWqe+4rvjoY2QSsTTnPLPxPQIjmd9PAs9o9UjETxnlSBkThVcn+f6CmMiYqxOu4GQeES3SOFkoYEPqZHBsip1SejZCKs5CTyaxQEYqnVRpSHDz63mEOdJhO+EtkxOB9x3xrn/YT1S/MxlYV9KK5G5CmDBgB6udUWIiEvOS8SGBs+nUgOdU/tBwVhotvjCWGf7A9ysS/THFNSJs+Xd6oi92R/+kCLFzj6PT3mpc6LdfhearBtLkUuiOLeGDAj5xVDyGfmZP8OUqxkGuKfPXnt54c/6qtZkKm2lJ4EFyqCtQuRCGLh6D/Rz+C+Gx8b6zvhxhwMI+939Piv1c0mZpsNMZmRw7vE72Yd+eDACyXd+keidboU29g8EdZIRtOprVmZB3LXQ7AObWY0PPdbTiIvzQfEDr/+c43kar/AN6+OGWYg7ZyZZoy+zA2Y1iUfX6Osx4oc+P+nswo9/w08jq7JLn3DAHm48R2XFBaRlRQayMotZi+bPajrmcHwzjsPWuSCBGa8WPWnett64LbTeLeNDC1oGeZXX3+loK21yo7K2kvzbDJea1+b65kp5dt0KV4OuuTNRSXdGeavAu8qVMuo0bD5fTVY7PTxT+aK5eKqyrYOGvq6dlQdhfUaT4ExE6RnP8ppvVzSG08TdxMghomoiHIL8gY6AshlQtONLmnY9g8wUrnCe1Ao/n85c2lowSEkCXyPaEDl3gaetEyOTX4WJ55qK8K5r6y1UqlQ1nUgahoTiKyaR9O1dBn2/ZvFNJV6ETo6dMi8beBqFIUaNR8Do1dV3tcPchFFQ6kpU2Syvy1A7dFQ4zMUEDLdGhYKq/kYrGYpnD6aTU139TLUZPtPdQXRwonLvisVv3GBQu8fe2TAGdXvVwipXgt2ZR5A5iWCeBuomMRhhdaUDTj96e1bLmn8alnOKhClON4D7w1tXsE8D9Kjf9CDYU+dE0eOmnQty4xPjEKkpE/gbAnIEYFdhQRQF4x2lZLPwaleY47TSqrlWOayfAYeorIiBZs+NXQ/DjAzrwRUtasSn+X0t5FhH0D5z71bxohKgRYWEFnuTF4Hdhbwcbd7dD6fWufyJEz04p8V1tunhj/S0A8GRUWDeI7e1WhkKaW0X/bpv1B8P97B8SeeUOppCimB2ayrbFTGoEmTNNd4gHb06hZT3M5LamAmb9EER+R4B70gEe/9n0CK4aKtWbiAYD82+LlnTCsVXe2BN2071lrq7azTBaSbZI1m+bF1YgUvFab3QCCFDvlsdWoSQZmGs/epQ1iNdWy8swSP8Sa0xc1ah5CoKqS6c/LQmfdePnMZFyhC7RiYpd+vlYqLRsExESiBd1DNyaWFY0EM24+R9qjomlZ83NcA+i6qaL5ixa5EcQO1wfMplwYypN13854sAQ1/Uq/iaqmq9F/2isRuLHrYXHILpZGYmnD08DQiWtlLLS6sMQEKiihavfS/YUTyQDG9zGUfaskBSJUvZPS1ZrWHEvbkbsl7ba3ZNdJiLWNbUYnNGNdr8ZVH9qqra6GXEY/Xos/mDhZk4BBbLMwkoYsB+Upw0qlE16HUSwSgtWXXzcu4DYCql2JzRPNNTwUb+KOW/D7IyUZvg8s4rqbVTUGZN8hfZUcQnbll3QiHCmgcXBbn9Hzb8l4kZwqgGWqtCGJaELr3y8KEyiDTieTAtacdOWJLxzcHMj6wVj94lhTQ+h5wJ+JCMFqZRRzbLQRnjIsORespBjNoawUl36VLM9BOOF0IKYNLhkr0U4aYwBTsn/MJCb/D+HVetbZ8IkhsJBzOJhWmLcrT/y4tCwURmWvlTIFlEUzEcF4V6RjhHEY0j0hH6JpcF9UhZl2gFFku9inxrZhkYEomEoHioig0JgTHOMav2X04smk7VWfvT7uwXMew+1WgA6FJNTwgIfB5rZ0ANDfMdPyMCGY/Ro2hop1CPHNiCNhdLwLcKOx2VAgp3j+5o0UF7KoD2+4tDBFC/1FyBZudPQL/PYX0QIX+RqPQuWBL1j+D5LOH68Hei3m8EB/V7bdZ8JJuNk6YxgYSjNc1VG8Rw+5Bu2s5i61tcIR0sluc2dcK9C7vNDTfXsHiigEiVepFHWI30VVQTdUcu++wqS8NqJNzmz784uYwHHBF2CL8sBz/kxQQOjO+Nn/qNp16yG0H9kW3uJU/Vff8nbgtYKVhl+MHr4x39By4gzcACYrOWcueK3D+XwFtkGAkbKDR/P+Uty2bpcL8tf1vQ/MmIyuzghBo4VmHPZmkX+ENdndZzzKij/3z0kliaZk/W9vqUM3AEyK5ujCwYFU0DiOnnsbjHLYNhk7zq4e9KE0IozfL9UKASZ1c4hxYIjwO1rQs/UNQLzKWIUNqu+XWqQu4BYMQLvcA8pc2wzMwlalwodLDj4D0J7sk5IbFcYiaRDES9FTmkEUwEsnW8p778BWBSzd5mNusX8Od4V8RP+31C7SPeVoZHf7HToPw6ajzxcfqX8cAUg7GLCncpXX8vOsN5nFG8fQZaIbx7Va/g7ZBz5lhDZQQsXuZwY5H7SUDjnBJQzLg0yxSmz8GERLtTDTcm7syTC1181pAwlMwHQq/o2o1eE2g2aXHiGgP1THxfW0AVEzrLUGFQ8atr7Stn8IxO/y44D/h8NgRQIhux4qRDzfyUo8fv8QiEjeZoK9UUnZMBb6ilEPWy9Kj2LoJGaV75fxdgqABE/g1BPgtaGZIBIepcTLdKPr/dNUAhNvMc+8S+C7n3wMQBhph+TJFSytW6I0RrTKARnUVyAcvvqwFtna8KY5xJtui+NI6zD3k56IDx0tBpkZVkpBvhs8LjUxsCHr3UJ524Z54oOf+G9vuRIWFMWKDPqf/URtJGsRKRpLbdZmMwiVP13jIEsVZ6gAvXSBPQJtAH8tK34n2ttALXEh3Bt0EXnrpfvFgNjgOBi5AwEhIDjNAOvwze2il8C+/W5HcYjPRT7btOfxPFCkOKggsXUhV2NL0LA8Iq9++SlzQmNbkPFw1OgwmyMZXt8fYcQi5gO/aIjLQgDHtiEqgnovAqO7HWHCaxUuI4/K7zgolqLH9uxNK07OVaCB6ghJssxPTUZcEXpcXSEQIzcrb+PWnHBWM6QEi+0fbzMAVUIb6OtBbOgWTB6FGdMbcLqCCON43L8b6xOAtLU1YkGtHkMyXH09Hp345KCafnjExBkIbZRRrcneliF5ynCzTGbsz1wAaBbIjK4BSAZIIuTCj7lZQiVVnMQGWEtZPdSXxtWYCJ6Xy8kTDZ5TZASfHtsoNDwFMXF4zquWXa6jHfG2qiI5IF9CO5OADrkIrtAlYp2Qmd2AsLy+wzmchf+ClVkr4xId5OA6QRN/WYBcd4/jEVkNwXl5Jfzi5zQyPnSIUuXYnY9Y2UZXQU2MKvJY9T+0/yK+egHaVTA/DYi8EGCkNzTj5dXGet15g7IxVlWylhvMjrIiIhHIrjbjMb3P4EOmyz7oFIYCGt8fa08SbozGJhVThPKW8xMKuoctff0FYJiYBt1Br7DhwJSZNVdvtbLGLuo7DApi1eULzKAqY+UK5CJORM8Qtf7Zql+9TVDr/jG85bQB7SO3eAA3EvN1EQPrfLbscuuUaW1IDK0Vpn2ktnurQjVTBkwCfQ7iyV1IQhKd03IzdxHFVCbiVYJbhvRBXgNKiC3A5B9uAufdc5c9ycnkAgfsRE4aXJYKEBUjPo56IL8QC7r3FIRXsaWU40knN5uyxL4RTms8QCVeLEWXLaeNIqNOrcmGnIj8kIA/JRMdcp9NsdzTWQs/20Gjp105z1+Gh1Qu4bHKRKXU+SusR1LtcrbeN0HE4aEAsxOuMhYMnll18NKM8ssX21i8Eut7uKV55wKEQz0ED1veJdwJcTEMddeRTtNWo1rqq0AI6GMJPAIpNmTgQ4NNBFoCEMAd9MxuBoxni0NoyQWTrUuF2hap6ZW1CvIKyJL7jEeLt5gey/DQ4lrXWba4rNFsRyrKEuNu14hvsS1rNdtjL1uKwBO2Qz2SsDLnZrS7KLbQDyeKUhgt1Xp+xbm0s2eaVphom0L3Sm9t8LgsPAumKwLLgolctEYdv4LTYTafoztzU0pcKHcW+J1OIcupyicTv5PD73mw8q6997m799K/94higYXWvMszk+7N/GYoILXO4b6te4fxbVKDgWjTh0Dhf2gUqsHdkDDBo7AWDOMd8C9I5a8P6ynpS10qkopUgUtbEh15fC71gMeEeYkCGLNLnmV1xjVRRWBrZWAuvMRVAP7Os3M6nFarZ3eIOnMQfccfUigDbZCqFp3X2LsWKQ88e0YQxPg2CuAi04xnBlSPeTR12WJKcyQC9gJhMIhN1XiaSJPGX/Z96fba7QTn42Maj4ZCpj/Q8VlrubEAQswZREEabBUw8DuDzGyy3Eri3spScrodRujggs4YhrLLPhXAmejL6nNRZupY6keIw9Y8Hw+NMkXS5nm9OHEG7SPhStrrHzHJdymkVKicZvHzHSZHA/lrvLwRd5pn+Y2xHlb2AgpyNNUPMmrDsh4/90P78PqNhDNRR2aKEhoNzf7BXL58LaCvFIj+tIVmxEGYCWmkXYxn4yoPjlHEvV47HTZVB+h3U0+DNYBZ7ceJIZkFdUTj2/8BbdF8am3BdpBelrjtTMJlOMdMRm7qA4VucMBBYt8y6lmb7V2Uhs4tFM5JMGAJ7N5u5FM3f3fH6vJHQJWDp1Qs5gK21pO/MVmeSHaJ9HeKITMIvRV5yYwVfMJiILYHEYL33bUeLihlLh7Xenw6KJqh5Fh04NHrcEcgNq46bfwFJNI1exjiTPVY6Suz2IOwzf86X6vTqBzyxFq+dA7iyo+Kev6eBtVeoHnN7fdSL6BG8olNzUAK8kmif9dSur5LNEad4uEYYZSyJk9HiNyjimiM/s8a162eKi9cLaQiiUSLKwKiMtuWaGS5Pd8P1lfN02kV+sl04PzmC/17jqFiY+VueM5zTokniutDdTzoSDA9Eqh+17Oe9ilWw+mn/cMwUC5O1aeM1wM2rKpxll2Ck21gqHomDcMuh7/Zbf4lmG8RqoChESz1iM4Q1qj4gklKHxgEpUs56kaTgOx5JiC2z9LMyiyqzrKGvWe7iIQkDr74unpw/4KNOF3u/dLy1lhwuKuZI7MNwC/yF3aIO3zc8ATVqYBZHQbtsv4NQS4GPBScBBJJ+G4hNHkwPw2cgA74EmbiLvvCvr7hyCEALFdABdaLWi/Bl/hlPKoIqUXLNXeJgR9mJM/Rp9MJL/oq8AFTWHposHyZo7PSpHc9tqYdopN8WHSVHAV44re3f4ao8gvxthhvTjy/aUf+AnAtlXDE5phS4EoJFyHzEuIoacydx2F2fvu3czsoluBDNuv50WotdG0HC7faHZbQou1/nWbWagZtuPG0MiDocaVL/wRjJP0sG4TgHIGg36GoYwAzQAGbwb/IVYo86WCEwCvuGvvc+RPZ9T2OstxNzJjZ/tvjeAv1PIv2Ntkw3PX1FOuTbXtvg+lfXNbG6D8FWB3+pzjAMNXfEHbtCVVp0OazW5tVLWanOWKtbpLKMyCSmLm42eXRw1wCpjUSmyCFzboDMHm1IDzl8Q6ZOrV38N5fA0itbzjRqbm1WdrDiyVq9dgbqfW6a/Tmap3UlrEoHL+T7uTkVpB6b8hsiohjdMl0fuPr+p4lmf1vGRCl6vCPLipY7CaQo4zt0pPUtvlXRghgNY1sNFDSfxR03NaveEHTBfNQs1qpJO2lbUyZ/nnmRi+nQsc3/yg5uNAreHMku/Fnq38phb06N97aQGcYFCWC5Br0mDVj+W9sBm1UqWRlPv9nmV8pJ0Iho/LmzI6s/xB0lS++VvG1RvaufeiEXSEoiP9kGrnGkJEJwGi+tMihEx4Q3Tyhu9V/d6K9dY6YcEfF/oiVQ186LziOynMuUVc5RzmU7oDKP8UodsTuH6FFMFKGvYxN/aGe/kvBJorQp21YvX8fYCv+cBgHK49FgtsXkdOhnCKqWO2SqO2+qdm9ncrxc+ibQ1+p9utJ26O7RZNOs9RsmLgorVu2LA0NCdGSFQmqtQ1L1H+lhzXcDYeWKGGnDyaRBqNw3Q8dRbnVjnqjyvE+hHziUKUBfYCYfrQQjuRJP0gLLDrGEdd+OhauRXSenTwClB+mUo/0m8TahqK5J2XyLjDGLXbgnCyZX1zk4gDCWuCkhV0IfkVNFiA9o5zDwz2EqGC8dw+N7ubmuC1ghJ3pHmCPfSkQYw4moVX3Dpi3sOTIs8cIEuZAyH0iuyhQZo1KDb9wznP2vEDjzGfCN6FUNfmGQKz/7SUfNeCRBj4A707WZfK3yzZIGJhD++FarPcjnvX2Vvstnx9HmkuU8Ck3tb13p87WYcyxaVGCYzzsjbcQTTZ11YKLmpcKEOPnB9BaChR2tVzXRyFr1WeQYv6irvm/O8FaQv/BPCOX7NeNt7El8BB3Rg5vUv7Zbx7xjgcTikD2Pl4P6mbms2SGrT47UX88zp+bSaQ7E8ErDpG6fSQn+SlNqipQATw/HTGat8xPHl/Wdhjr4hYToRwG4zQ3a6ajGalEK2HBiqqNPahZ47VKwf/RRJdAe9KpRzQ+c98bOEUVZv1u6JhHdyBj6HWF2u/UAv4moyY/nhIs20kpLScKP0JEiliHceHdJZftNgW6cZhYGKLdFMmFmXxso0HCZjnpuyQXVFMU7wrfX3Y0fCcdK/XEB1/iwsctKzQIn+EH0noFSyqfOspj11jUOkdsSsVNKlNzJ95eEKbkfWxc5bb8favxHxCSEBfoL3vrGKtoMC63kxgrz3HrYe8UAqIXn/gTZtNkM2VnMamM4othcUz73/BIBqUXp42RHBClgIw6zC4c4TGaHw0SnQxg60meWjfncyb/jgTT1142IHi1PTTg1l8yWM4qwhTppTb5VSq6cqqdWeDZPGhNGk6oFmD+40aKpaLyBeDdoYiCDpkXT4Vs/qcdzGt+8mYB/h1c8FMi4l5Dt7reas4eAgni84/2QNHiEwyhSna/WTCBunYnkN8f+2cbvWjZKwxpWPKE7Mpo5lW4PCx0j5NMiNMfRpkAsj6aLiGfjYtzIduYM0mHQ6UVlfO3+Xnh4QeAUUqcIJJgFfu5jiZGdfs1ikp9xfSiXvk/rW7QbRbU+RnMHABRehTPt9wMD1zw1xMDzAOzUpp71h0d/8z1nB0ZbkvaEW0dKd1pZVy5a/NKiL8b8Yu5T34QqVl7MU+/HUCup6yezWHS8/p2jWWmjCO+uTD8N6QdSbNzxM/eyux8nIDsMWwPFIMHh9NdGbWEiNdMwJhTLPPR/rrPHBqvEiKbwENZBqeU+uCooVQ8ssvUbBGrxAXFl5DUOaR7NP8SAkavyXBWMdNlx7l1+fFza0wLVdY6uK0v5LIHe6lxSQfopNER75VX4BBAa6HkudEJl4W6Cz+CnWF1gCLLq4Viv2LeyLZ6HLOjPL8xLuYdky2vO1E2LE9OtLc7Pbrd43Gb7eNPX+ykliLWoilvW48V+w9jV4nsuJlfUip7wUP97wLGB/Q1IphGIaiIY0gTUqcjqISUy7dDnsB+TnCFZX1EpuWcBettg5kLFwAWYGrnZOHHxDRXK/FwEZMyd5frNixZki9mIshFW4ml0PK/uWBrvplQOCePhNL6S2T4aOFUECjRQKl5RBqCv6fA7yhdbRCsmP5WRwoyPmG7d/9sZlPmeWjlSxvpB77LpXCQMspHiLRmG0HXaPJlC2RircEwKW+tLOizPR1SNVSnNxOTPot9Pg2Ih4BYX285aISKJdLuwI5nUW+6xojicKM/N8+rwg1BdqQ69cUkZtF1hkKCjwUdmp7/8yEPt/Z9W+JXSYLAgYFTKdOQj6Cy7VviVtHFvwC/ZgksBh09WtBhCPbxAnqOdtlmSkPz2dzkTuiJfYm8hmGBk/h+BAT+0yeIcDnBnqQa4BsE+J+itlz38Qktu1BUgJOY0l2oLLdpUt70bULi71eAs2Qj+mAcAQOBKe9AxrCV1Gvv9jWl3AfNmqDdqXN1JCNhW6XDDBokRVAFTn2kQaEzGOTK0tXKa8scAtj0LXxZ3b/Hzv0AKX2VpCS0dRo4+bXga2iDUcDGCXIQJRdRp1Gxj1Jyx35hj7Jz7gdLZUC1KgPH6jjsxGIujuZNG380FthJ21DtA89KIGP0SoIQ/OO5kUiDSFni6y4ZsuD/5WoaZ1/MtywUYKFGiU9PL98ND1Pr1jpjO0KOW9O86/0tH/25xTFK5Js695qQ8v1E8PC/sWsIjTRNxEzB1KNhvRhuRqY9JjE1k9r5uadZmR9XIy1pnonZFD+j0WP6Zb3aa9sZ5hPPHqJRacHwt+NvVU1BtiOcNnBz2+VdyKm9xqWrF82dtsRnPeMqfocV4iFMqW+wluwi6/uLkI3f6/6B4cm5FkjyUIO2jtL0/6SRAuwhYUby/XDGHttMTzBTIJuz33X3cQJHI3LNmJsbD2BW8sQCU57M89fHBy9diRCRaZypbbLzVkccG5T3n9/gqwpe9jRfRHm8la4fxS9jFzv3R9LVOvZZ+FwB91nV4zQwFWS206bqbeQuKP/lmgUWgGizhZyM28XxgZS9DpvtRJJ9bm7DXHHsY2KeWe6mZNuF7N/U25XkjfpOu5WNOuZ+6beC7RtzhsmNP5tIQjup80l3LRk4RSbR8oT60sj+59MgVrXsZyUY6YSEdSpH4t8N2etiAuQ9lu+lNS+kW4xTaC6h9pEyhUvQ0g01qTJ7MWtBwt8QqzQMMtQyiqfcTtXFr69e1QwAY0GKj+fw1g1hW6DCCJKZm7lP7uGJWIz6778+cqpGN1jwDdEGNBN5BCxbGWW6LONU6shJCf42sa5r3xPqAeLfDLLgWrfQVDvoIBXaHOSqheieE5tlxfCoqVqBMmatKMVKT3rtMle0AIP+zagGVK642WlRfGUGJZMN0YwdwxQI0GXoKdv46jmw/gMs9qjkr/TIjh5ddw9BG5XNcYHqgTPq+IyMSph8wyDGYrkxtZsOy3u/ikmAvORy3FvfmNTBuPBYky3YsFJl2P4zSxzKSeRSlKCCzBBFxwS649KWpVU9XpXgzF4azp3O7sThF1Igfn8EG0Hfo5VVSuHV6vdtrMPNSGfYWQzA1OWpnMIw6nVtnM48kd47140YStXCR5sRSyfElAWt1TG8bM7fsn76eK9T51LNYegRpUjCQiJQ/Mwcdm3Jw3yDB/nT4GDKHvXV2J1FXtJ5D1SLVtSpXjDpQWnHKlUYH5WG8iwX9aMiueU5hL0eCmZdq+RBPkuErrebRDGh1lULG29BSZTzk/YhA79dQAe8TFr8F59uwpY/15WElE7acCyzgn7p+AgulD9QpQB7t+FWxTj3xo/jSxIrKudRpXwA/iTAYNlp8ru2rOFMyJl0yxhMsWGokziwtrl0Lw3vaFyWdyxxn6QudzR6N/8n/sDLcoE1s4bX5z+dN6e57CcXZ/ZPux0rbSY963Nmd85dXUIf6U/hQi7eYj8v2obXrKI7iejaJm+VUEj6tmBgnHq0CDPnNZOTHK8nPvetbsZZ7lBdXd7Jd15VRJOhUkV5dTFsxyHvyfpENbRlbSxTBB1GLRSsSinHZ0s6Jan4yVXFSlleL+d6NMH4AebGQSsIdZ9OuzDVGvsKr4iqza+GKUicUaF0G/tRVfj62JHrabS2YKI72QBbG/D/lj23LxyHewv9i1u4gSaL0ac/GQRL5yzt0S+3YonSq99pW+y/dtDt5HnpdYo1OEo19tyvgvvL0wFIIADULH4QBbUfDxHT0eWoElgc+b2wIByGKa8qlSjHhO7/XngcAJJiAgFuj4ggqaD4Zow3aWah8AZUHjO9z5lwjTk1du39KXuqXa72XY3ILtV8cTuKHJE0d4YbEps0YPOhxj/bBlj/NzTKIX9HUBKKB5F5FdLHHGxRoYEQmjGN3AQIWIcusatkAO15QXlWLIJUJFGbL9VOQzxMaHM0IK/Y8QNCc7iEFuIsQRMeDNB0LeLqam6ismEhwoeMNqjCeTVv3klnMIMibepfcqMAl+0TQYPeIJ02KgiP1LkoGGgNl6CCeOBBro/zzpNBAZrNYXtxFJixy6dSVRYO/SkTcGL9uLw0HRuTtYH2cROZj5ySQ+B40fH61jUeOxu2+UKa24cjm6q/pRQpGfxAQ6XvvRRhCBD0VuauLdDSXGi1DOFF1EqOh/CRrb8rcpaO6nSjXZc8ZE6Xgw6Ow6ov9jETj7LTo99/P8kmvjoZ39jCXiFXoC1mSrvBOXOS5IY5Bq70jUDy3pL5sBOPIb+VrzAOjtkEag9ECvKcsle0ON9LUm+r/rz9+qb042f/ZHvhDP/j990Jl/ELf4IwLw8s9NOgW/RrgFn9OVwHtht3SJx5z0cWpwPpn/8gENfNVHFfL/bdFtoVhA9pmvBN0Lv5FL3omdNPwp/NkZp4YLO7PNIUYEu9JoQuJuVk9mgw0+Tg+Bw+R//Nw1vIlAQYvhPiKKXNR6jPi2/cNYfeFehI1cTjnBS1x254nLRh8KGNIuSZlP+hhdhUnVeYqIq6kOj7vDnCZzWcsPJWge2tqH6z9f1DHjxEfjxa72JfHEZesZTog+7Fe+3TPGS1Oc8zx8ze7+5UHyVCgFIe8y71lL/omToBRXS6ZG2Gjau95jDkgn5/967Vj2cGJdpDq/IYJeEac7xSnZSV0vp2UnnymcahnayXZGR0XcBnE448bY8jhJKv5D3QsxulLo9dh9nezVJnEnzktuTbFRUiR/MVvUiD3Zh8e+S0kJyxRpGaeOfyflujy6aYDxB48vOE7ZbErw1qgYDqkHHbQSZI/00J1PQfNIPXIKFXxzOAwgh6+Cfb+m2VS/8hZ6cATNGdpqqUo7XRXZg9cMrl8CVbCM8HzKM7dId2dMcV3zHj+jtfULLFcfJMXzLgV2G1BYb0WyvcitAUI26dhbM7G54ho0me1gyKxFdX44SA3g2DsCKBMJLl3tgSyYjBZ2wncBz81Jqw5S3NDIHgevHB7mqufMI4xA/baesUHpAF4Ldp05cL3zqNcLAmnDcDqevUFOmkn2HEzwKesMGOLmATQh3Ljrce5iez3/DYLc7cj5bQdDwmhsafq5mQXV774CiYTd/4QS8WxZ/yjSeLTHx9n5HmmXpYgErwjB3LNxA21Vu/bpIupcr/60wuAETaPnLgFZyLpdkiRgxZml4uhabN7jNOTsLQgXxFTxgfEzLMSQYh0KM3CZvYHX7K5f0tUvxya+sAkfNoLeZnXXijuH9cbzrcK5pp3lsPvKhGg70eew12SJnHh6vj+yTZPYBc75pCSNGdGNGNl85B4zBLLKUQnOifIEU1GyXBzC/kWgGScbRLXmXpcJjX/QiZ+DPakp39p9gJz1J/5nFdDbDKeQfhnTYDhufu4xOUhn3VUg5CFudmFZsUHvbysafOfOpfmTU/6LHGBhcYVxffMD1ET7+dUFrZEGIihZM7bCGOw1QyPOgve+rM3HIu2IVSwdB33fMOgWvanHz4A+dXzsqjfmAWidFNrI2yGBncBcMssyl9Ii6nWHqNeQjAkomUb/dj943+0foaGwCTgCKOBFoPhtNrqOelkYu3JCixulmgNuTJdPkp2oL4yf73ROJR1H3seWQz5v6bYWBXeaECODtFS8zySw7DxLxvPfkC185YaiEoClCap+0pGnJixpgbF9hwbJuXVdFj+po9NSwLSNAwgoH8MDFyZhJE6E87XQ6Um4/X8TXJO+7xsG3aK3z9cgL4S88DOKzXBN47FvGFdTXV7oHZdNOwRVpq+ZgDhLdvsxm1G54VPfBkB1qUlEX7CxQYdizuGddsmZKPJ6XeYEmdXC8kw+lWgpTp4D69WZu0Dh46QNNc97FHGu8FjJ3TJ5H+ajkqDnOEkOu9Nz1Pa77cbnuazo3uZMFqmN3xUveGnbOVGQ/zzL6GFl8TbtkcCRNwhS39xbwuxU7W/LTtjCKeIlSufect86a0cfibH7k/D49E4O9Rfxi1z7GEK7HXqzxyR5VF0/8zS0PQ96GDSWrt4fO4XzyP3ME1q9gSe0njqs9Y6bQe/xUkyOvW9+byyLtjuNlVl9xaNnNu2hWKl9feXctvBhlwFOiex7ql+QvXpmClRWVfp470enOIo44FsCOspKCzDVnYuflxxvIsPHZapt4H+xDavtG5ORiMI9/DuLT0lo3Q/zc5cN4VQQBVmPsdj7wVSeXn+4Pu+czt97f/8z6/fjn7K3pzm939HG4w1TfawZAN+qCmUOSmVr4IaZIGap9SX9UfaZZjjfw1wNQE7bX/aSH3vS9zE00sGUPweyMj/Aj0PfP2jxlP2dFGEZ7Au8OLB7Id4tb4UmDoBx96Ya2pBP/UjCmPkSEywuscPqUTEY+8GoTF+PN4wsa8Spn53HmtBL98xwIvIZcMquf1yGp/i30hhs3H4oq+FHzeH/7oshJmysHdwIqk0qKiNBXHwQ96dQDb7otTO9UTA2Pxs3plbGmLC4iDTh3vrVKhfWa3iFhuwHcmqhezUgvLDqQf1Q+xY9gxifrh87zi1jUS2vpEps9ds42qm/1dpZs96xugwSogu9rEX2CpPOwgjLv4O5gsEWPgJ2aBGalhU0TJExY0OqwWPFWx80/HLetZCXRcXoKXJqNSKwqkDQAS8DzllB1v6Z1giJtzTIHm+R9pjdXYnnXOBPS8QAFccicRuMOR9pi6ocs2ocY281LVlvrRfQT6k8iY8PBxWy9N4Ypb1bGOyjxTKCQ/LgZDjWoWMvEWqaq3AcnW8NRDwuIAs4NDPMbmdPxaF7MzOgY6906kg6dFuaIdC9hR26MGkxU+QdHuMTfuiNQ7lgMsvEYzus7KaRicsc31I+T4OgeeXYLiUTAgu7et9UIaNFA3UYjG6wx3RYuFPwf3EfuZnlFTe/wYny4phvklYLiLRlZuNvdlD1dptjpa5J9K21bs6dkQhWtkVasmbdPmCHDczllvDCT6e3MldhAIcR50+B1YWqnWCSfK5FIqYT0RM9O2L8f9UNCZyOpSaPsjeM+9l2GGDC4x01mzyeOLJsTD6u2LoEZxf/q/vL9kLc1+OA71dnWdoGLE2z8Q53hSgsL0bZHIpJziY0Xl6jAh01FehT9M9B2oe4BxsX1Z1lOpB3uzqNop06zWOVtxyG8Gp3Tva4AsknEgNoMX9YmY+I56Be5mR8mP0hLLqjvqXiXH0QSjAxsMw2anmYeK/NUIEXmAWS/UrlPUrxwdmjhjkNhg5eO1bF50VTY5cpySLSntJONDSFpuVx3SG/IJ/BltHdpGwRWUfoTulUj8/m3G3bL9BY9v32qJ5+MvuhUVuJFbbgeLMo+MDYRJ6kWNj7vCewe2R+luwUzA02zd8k+a2fprOcMGu38zY1U80mBJSBwr4y6VQ1XZX7hPTsJPZ+H1LO/V0Z2hY06eiJGjETyVFO2rRri0iWrW6z/HBahT0TuShhTrvbmGDbR3oEpB5Qlg8349znNdEzvZr51q1fnFXEAn9hLQHEn5pwnO2oWLT/9DtkfvD7QrjaYJHaugv7pDgytjptPo+n/Ounml/JHO9cwOItst3kaJHszNEvyl33c/vL0dvd5Sd2J1NZmnq4O9cMnQYpFKeEzco3iRBkq+yoxUPPcrP9X9Zdm8hmeex6ggleY36g9bXiZj1rTFVEsfsgs1Pn7Rza7PeqsMQX12KpOgjMGczUBuq9PtzAFQKZoQyoyaA9LFcDAPeoLo1WdruTWCeMa07stPRP9LdtxTWRfivNPLBKySNpEef18hf++Itk/AXj/3BtjPGLhP/CX/4iWf6CUaPMomPZvP1FQn/BjkB7G9HXXyRHF7dwiWrTz9wBog7R0q/aF67/59TBbkzYUU8+lPgutIuCOqJzleO9s3eggfcPxJd+mQHPZvCL7QAYncbR1Tb/D8kYuWdwJwKTghKZRR45hPWxlvKzOTM6c1+op4T6hiEw3nFAPWF9iwlOfJ5lyiAcPvhcAgs1v9c1xIBgZ7JYoZPMvWKHiM/YvtS+4EP3JETv+FBwMd1A42RSSM70A20fbRS7weq1mI4NWMYnhfcCe+9nQtIQw53PzN0dNcMgJ2/ca4Cf+ELbAl9pNjMtUYkknabEgk3RMldwXWQBiroQ3Pg93/+SXtDmCNXXhB/PNttWT3vm3QOi4j7iq9Gwdf+61mc/7sYMeRQ3SvaToqT48c4TioaGO56e+mBH1Necvd7SfskJG2FX2POMXqZfJIvXbeqDvMIwwjLIAFcUTknGYK0Z+uR1kxIoaCSyuiFCEjFOrx9J5E97z1ukZiNcBuCbuRtAvLboCulqG0TCZ5tEs+yoi6QdwgJemF5fPbHpoQB5L9thfBVRu0oQlHyPYAvsdsZKLz+IrFvO27q9+1XhFscImltzUft1xu8Fk6Kvh/8jHdjeM8tTYlxusX1jB+jDWOnEmM+yNg1PxZEXOHiCaQ83w4k28p8mYBj9+xhP7dkZfCGT6Xb27KcvZEZev3naDfzlPPXUJAypZs1zTTvGyB2xJwbrKxxDfXKLd6umwxW6eSYAhT5dsB8pXVTSnFNJENwAz46s9QCznfjTNIhOKrU+2i2fPpKRJaFOewZCb/mtPg5+r0OXEimhbe60W+4UjwEdmoaqwmuyjWMFyba7FM333I7fM70Sgk1TlggA4Gc+4zfbfvy3Wg24Bf84U8YAtWXuwfaFLok1vAX1j3EbOo0KaYbN+kyUXdpinoU/29qY4WI4LsFR2Y67KUFh5vWJ7Au2M+q1JM2wN8XzMv+hHcOL7+viHQE++7IdodK73vyPhjfwVSqLawzRfvx96C17i6IzpexyTZoDvT+1VLa2PWOiT/Hwwcd1FvybDciuoI5vtgY7dzM93JVw2dOSpsuSTYKzuiU4qW2HSQA8AnYWvj/VZQxxRkxbLbNgBMH5rBtNCcJ8YPqS51qGRJIWTU9TYgq/lfapw4Amh9R0ijN/r/7iQ4gk+YQCIiLJUjPsamIqT/fZO8BUdRb/y6iDLD3z543Dgu4JyizeoiiyX5+ou6/pace1lLrDcWyZSsh51hniQALLvybi+0DCidWoHl1P+nDisKCdJng1y4EIQ6o+EZh2KCqqt8vSjbaWPYk+p1GCz6UT6wZNEzpvx9037vNt6mkprQerMDQPLru/x+Oc8obsjdoNOJRJ56k1CtfblTcRg1QoSoDx9efjTm1qE3EfMoVIb4uJrYZQICBclb+hUJ+hFeu6TqkbK+BEBQGTJo0v1gv8q1lCeQplVKzJHpLyeBoXJU1mmJFnWzOpW9O08DZJ8jJADrPlUpgyntL6CKxLDCFfrqqNwJw5DK0HozaF4Xf/FpPss3Nn3naTWcc+g/uj3ubIHU/XC3QBr/kny9P++7Y7yPx230DOFo6kPeNVuDyelVUKY9SM2MvOCp1FFQDiV/MrK7izSHnMga3dMx5Nlno8aoGlmBkZpuGgmc41t9QMfmION484IZsGSz2/dJSfwzsq2UTyyGI+sjZFvErmCpN5hA6Hlzg28noobFPh1apJHp34GeJE4YUn2fZ7fudNlvxSxjuLQbnH/LoM/ZlDfxBxwe7KtvA0xyaPhyvXV0Tr+o59cf5Kj/2ijo8D7YrrsIvbslPuyJ0iUz6Ldk5/4NLHNazZg/Y6J9I9Ml7hepfr6xeh1YVtxyt2dn0grHEQjvWucf/fd6cD8u/SG6A9QDzd+UJgi/qqjjZapWfQLoYeRNtQ72m0g7AeST+jou/SSRy9nH5j/TFNq/Oc2sXQY2q/WW+sWZTvLRUPlPhUe9l4KEirbJV/NJHaa1U3VhnPXJJB4tlWss3a2nEN6ZSQJdX7PnUTgsvYgxYKdaDIjpVzm6+X3lKlX1TH5OfGgSqCqYd1mOZgPO4RVBHnDTE8o1LWB4yRg5ppGTxqkw/lWcGWLPEfZeNWi68DgVrRIDLED2VPYSXMkUNqN8r6uEhcSQ6HOV+i57zXHp+hNO2ktbFf/EfZCL3bmWAT+15boVF/p72BFhFwd825sJ/tkYJD9WUwDNEf/JN3ANzfMBk1x98jbAW92VxpQzolDThEfEOg00POA6b4tcqQgyDdxtqQTCQJQyxDRwILRgZxBo8Ex9Hf+rChigsWwNVx+KEtxX6Qun9IOVHKHuVhTVrF5ylle4LNJ2qCAwcMaHCgr2ckH893VD8g1+VaFKvHCVtJTa2ip37LUGdVl4N6bBu2UUsTiG2fodoD+n7opaapBUzARTw9NxwTnWOVpOuDxeldb7QKFf9Z02pjdTdYdknbjeXMZ3q6IJShlv7X6h5joO0ZJbu04CN3BhFiFQTUYwTR4b9FwwMdnaClNqtsY5oHelYNWUo97xmb7Zw4PiVkoVZtc7iRxQUVouMhAmuk0IOqDlsG0tbGjG99yra2m+sG5rZreHh5aqVkxm7g6mzgCDOvt+TsOj+41hBWzoJ6P6Qp+p3UA7h29/TNXtuU4daKdhSNFCIugkRduK10kE5WLpvVUu/Zqvh4dJDlkhL6MIuoCNaco6vNydFrZ6kc4ewta+Px6oJP03belYv54LJbyvlt0BvF9TfvoTJjk/76XmPZ4iNU90j8trQWjg8mFlNUErfmaNqC7HO9cvb0S887j6VNkL53gyFUrhj2uzJoBac/7hjC/XF6FQrW60imE4lcJozHofCptsxf0qZWPlfYRPOOQQ0zTAcLLu5Ly00BsYYJu/pNKnh0uNQ/ImqsDfPnh8jGxxbdrg0IzlhyfEijVWbmd1SEKm7Sr/2hYSFYWUQPE8YAZGoYgKrOFDdLusLddhdsHByd5tySOfRxQWgcbNKy1goz+Czyam3nMzUlT7K1JgXJmZCh+U45TcqmbxxhUHPbwXmqTxxUzSO2VfMQEDeZH1osiZwiKGAHVblDljehmfySGCoDfQnCpk7dAbdrw6LAcK9jsFUujvWQWZlfdOx1KpemkFQ4dCEuRM9Wi2FE06aAetVWDQ3cJwD461ldZpm9c2mj9t1IAivjVEpQT+vj1dZYW25nOY5zPTxa1ybVcD/ICdfi+nXLGo+DHtg0kzgUEegZjX2oA1OSksJie2uucxR+MDjjf3C1eKOS2DddFfeuVWVlcMiHF03269JQABTRPG4ospYIUW1x9gKqTMIkVNMQopm7nvpRhcdo6z2MstJOatf05k9b0MCMc8Jmd5pEPY2psoZUW32JtdlAEzSGz9BhcCArK11JMU9ulnXPQxKa3u4D6H/DmVAl5sk369GUq97Od+HO8dmQ8LNNAyXIc96mwzTL1p4MyrE99aYpI6B3Ho97vOe87efakCFM1kkhFsMcmTQscPzEZ537xkoASP6odnjsgIsz2KNMWRtOsy/i4FE6nGRsZZWJFx1KGPndEPTnQOwIcJC+pttQSNzQaWiB2ndbud57DMkMrHTKnLnjV8JKXtBKzkUCpmQ7XfiD9MwivGpiNTe+YGTXyqlRKQ9IZJlUkLudFOnwbRI7CSGppvdZ0+BaZoCy3598/DQjjmBNJbj5hMJzRd8wqb7eT74ik2r2Ai2kCn4K4KR815G0fEahcafP7d3Ys06W5hpwoxwEwr2649RKi/Sm1lYRYxTAy5y8eGiz5zbktPTBKItss+k2mdZOL2/GJpY20LMBnzWSWFOhZYO6X4MiWP3bar0C+FAgdmIS6pqErXusth8MsRez898BYHmK/AzyseU0ioQhkjoJcr5tD0XuO48UrqRjceGgiyNTHZRJ4eh5pUJYPFVU0oOjQSR0An/HOAYXoaJL6FnRY1zXH68IYS8Ih7aJNecdtRQpLZ3OR2+Sk2wL9rT5aqg78/fgDX9p4DBzTjqoKiqTpmoNkxmVtq/KuCGkLYekDxBz1mMS7hfVVntsmWm6ArfGhMvFWdgEhQuXiKSWi0bbSWqQm5c6a3WiXSMMl1WZsItQVOI31cKZNJ9ndFQmONy8ClvBFah99J57a6YxJmagobdaNM2I16ZlM8KPCAuwK3PPniYslVLmGat8S7HUEK0PG2SaYmGb9mxhS5QFHsKCYk0m2GrvMJlolemdZlYF9srFbb7C/0TXIn9bDWtkCRwbwnUKgPcN6LYvV2MlZvZSH0vN/Bz2YhiQhjGR6lkud04Y8B0sZQa41W/8/48EeV1y7JCZINuibOnSwVpHV9LbW2309LD2kLPeV3TBoEuuuBZbv3EKS6hiPRMpt26i9sy4r9NKIPAXRymjfhM0SZxMHjTQTARK7zBiBQiUnZnLSp1XhtMVwdhT+ENN7Kpe2gdrbFgsZ3vvwCO8a9xcnTFD8JDhOI6Kivvn24AhC5bHGD67l9MMnfIGbNvLYsaHrXL6IW2+U2MmETgjIw/z3fz8Pjt7YNDAkud1rW+UtTHGJIqTSOe28REYMZL4KvqeiSSc54h83TFR6u0nMuukiLYUVNQM/FEfa0g5HmB5FExjQthgeWg/G2SIs17psNQZlEB5pjMwybvITy9d4Ip86F8P5SoQIc/ZBA/+blrb869pd+GL67KmjPTyvJvhMQLmOZz2JsCfUkiHfYrHIfm53IxjhgYXji5iI+Uu0BNbmKAlrkaXlp4Gaq7q3KSs1YVII0jx47gJYkhiZunnqPflCSdf38rXRUlM5yCAomxzzkzdQg/pPNTtZZwewzmPH0mfxF5zh543Whg1LzxV7rwcEHLxBsNDWGj478feQWUf9xuoaSQg+FRD9OJjYBW9zKEjRp35s0M+PD4E3BrLHwAAGfD1I7LJR4wVR1Y5Wj6rXLiUNqu+oZBqNQAuoFn+KKpa2HRYlA6WVFJELoDNR24yvJEBSh8Kpwk1du2qnZC+ZSziEw3oS0gzl7aT1Adw3407yL/ms3O5pMoqcQ25xXUmx9gnbYy/ITZgMIvqFVdaUduC3tn3mLH5AwPjXPB5KcO5GXNn7vdJFZ6KBYu8E+UqG2T1VeMLQGQvqSjkZBnBtukC4PaKjUKPhq4bdTXv/dKEJivUGaXMEXHS/KC8vE0jsmSY3zq3yJa1QWW5iWjZ9LQAAh8K2JxZOe4tk99n8iwDNnfXHR8VsWc2JX/QDxwXlCHYAIqF0coErDBVX4B2FDVdyZ+sqtHDLbiGqyW6MzJlWFYEufSTNEgcheHJYgQLaqs1aG8egQs9hGN/BFxEAgh0Kfum/AxdHoRmscnmaX8VZDziPK5BN+HhGThK+5rJfzAGy2LpWhmb5bhKZtFJc1Ot1rrl5byFhwjD0oPJGtYBA6bGbTtOZulxeAHSwRoFTI9eiUyKpK8kpq0keuWkfzNmxB9X3Pwb1sNL2quXm7gtEp8+S0AVIxcxqS/wPggCrY0jQX4ixinu9v05QjziUqg5yXFa4wYG4Ii4S4/mBdx8u7lwhN8GYo9FyouX5BGxMj5nFCHzMGYLP2DDA8+ifSvzfzASARxPPp+yWcjnFMHlGzSFYTCHb3YOHb+uM/j7ss3ILc9eBvm4uLYyAnWL8zaP7YRP7CzOAEHqcjTROx6fA+f4LRpf/baiX0R+EatUXPPZofl9Hd9Xw5LeCN9NVNALEZtVkjDymqhnxbRBcJjfYXq5sv/VSmCRWETWA+7o28Q4oIh3Z2Oq9EiL4ce/3YVVETkRRDNdZFqqOW2nup4ZZgGOkzlXDtFOJ9/FNSMahJ3ZCoRd0wvyM7HKwFwPu14Zc7dDfCoaGu56URzAXTnTWXOTox0YLBBk8MYbwe6PWrWdzi+YrV+PqhYCgsvee5EkC/prFRxvBAxgB2xLnA1X1wB04JtbpAva5gg5HGb7IekARh+U8iJ5+Hzx8HnYD5O8EPkXmyPuNnPs7hOIirisvjgfCZ93HqcHemv6DTEuLswzjYe1anFPfp8v5PV5hIz5izmbbbK5sSxgjClmJRsb5759jTpvPl8MPo/I4FMLi5isvoiwQ2K5R74jGw/5sSum/GT5F49Sb1Cw3uMCP66nzBu9MmUNZm8G0WdyyaglnxgMoR298bNV+Vj5Z1sma4pkYUvy6/tUWRuZw9X3Sghj8GWBvKSwXHwZD52WDj359fh0ZxDf8rTmjRqRT47VVS7XJ1IHaNqXayOX07D955IdtcnapkSwooOXBLea6wH1yopH0tVyPp+eisfLYNkWuyLzuaI1kiIb9xZQOonPV6Cvd94qavzGNwyaJ/Ju+gVkrlYGghCeA0jG/tOnHTu+ucW7MEzujuny8C8V0C+9Az/6P8096/+HfOqhnGf137ZkK2dsy6kJQqIJBZB6Mrifkt1cGuDw5GxgHLZA9lFTcwBbnuJJLMLsGjaw67KDLKvyq9egHoy89r6+DVbh1bvB30SYqtnqmb+aydUc4dDmvAZBsF8zXzYzOEXxduS/EThceSAjpq2QSTt5VZXVTzIiPFTciiMeFkbzq+ryCGmjVvJdmrm4Rtk0AjzIQrcSbE/Sstb6CoNMVh3yFaBbhKWxWJmuag8pfONYLCBU60M7zUvQxmKqtxbTPZcglOAQH5vB7VyE5Vrv0ujKHAO74qDg4GiDBS44kjmk3AeQgEEjThZlt9Ts0Yf1KqifIRBQvN8OwYHIrLj3GQNZUFGCs11RnCnU2c64xQqiOl4m6Icwck2sFuyLbWHYlhWE47o2qBgc3P12fudCvhW9ucaDI2n5ibBp2nsjx9+sURDHzcsxHUZhlV02cky+6R6uDnIae8im3BAi9rJEJfNeBJP/Owqval0XXMWz4eenhep0OESGUHaBUXc/aYImCpnYXiiImFihuTgU2lSVH7rIL5CTS1/PEZZrjtNgi7j41RXheY0+sCUrjj0+J4Y4pnmLQbINFfDacIE4rb4l9zMCgNr+bX25zuRotWwMkU7g1Tr4L+MBfoeIE7gNdw2o6UKEGHC8DNBQBLDKhL29ORAXciT7CepaQkRJ3vHtl+rR+2C1vUY2AWGrzbSs36yRnBsZ46MmA18JlSCOUNjwyHpuEZR/gFuOgeZSfj2vAWULg2pyvA+AF4VU+CaFvloN2SZEOKt6WN066BoXT2JDQQHrYq1ORT5GaHIwQqoNNk+9E/SYJulYq6NTXpBrIKGp+hcpyzobOrFtpmZ7j5mz0xYkDmQPtgKOuEesPiSSoOiEb7jPJGIbdjR0KekxmEJHLZqLz3TnRFmJEcDAxADvs5FeSn3LpArKY4LYYyO9xvhCF50SwskMQOtGtDxyIh1P9X430wGpno7Hj7slQlGbjPbkKc/KeBIfU71tS4a+TeyVp7lXF/dIaVa45rVZirMS1N98BjbpM18fOhf7Xb8Wz2Rgw8XYrphbEc3mGFBWFwp12neKKmmA3jMIie79tLwQOafiKc8xDIYe8TFswX2X6VS74vOpUqgcTP7UM5rq6E5WagrUtjwxS59NJh8oqYvHuAZKr4mRJelBpwIjevwaKRWZFE1IlorC7mjCXKu4TIkD4hC5sWm9dfk5SI8qzCCBh+K4npDMwotEOhTI3Bbe1RqY/koVRG8K5Bpze8Or6gRjaSUgJVM6wioEBsCfvUgYHQWxT/UxSV0oKI1du8V0F4fU1uIFjcTeTLCXxTATgRNBG826UxK1p8p8zCxoXl/HFp2A9mcE1EyzbTqGdSrtQZ38ZLeCQk5Vdmz480E3ok1R8Kz1YhJPBKDypBhhpGahaNDUqFb3qnFnyr+NDMM17bvRGSTTIqtYKM6bpeUjBfO8NITch5n44pHRr7mGRiiDj4dT0oirP+JOGFF7yRh+TkG2KcFNRTwC1yXnOvJ8HzTFpiYrCHExtLp1QEUzLGoStwrOFKAtYd65hO4m7CGOkZzsGUe46jptCRCPWGQy/nd8RIj9f3Ds2kqrJJSd7qAuhdGrCNDsBqNdrpeXxShO1gdw0vRqP8gmCij5AuCDGrSM8XAVRL0csQDGOwzkw4xYoclAvwaJJ5HU48LPeYmxpiGZ5gGA61JSrxBjDEcGeJuOsl3skGllTq1ED0SflwIUpgGlOl5OQW9gACATj6czmlm1EH4iBNCYHCDqxq0y1NVnUaUgQjD9tnRg62avoUZDCKfaBcwIt4jl3YAJgA1CxWaNB17BujZ6/WwYWtiSIeWYEgbtiy3qiKbo/KjHpJ9W83vnSquT0AbSA2wHvU0tSDjVVGYtzTNEpkNIFfDbBotsHiwDag5vxQhponMoMUK7JJssYoOxw4aoIQ7wOiT4INxbBwL0YBhAlUNPPwRTFxBfuTjYtNqp30yRBIcjYaOH5IGsn5dnD2rPSMqS1PutHHXoiUe7824cMQBXdK+DkfWEb15K+hSo5iWBKjV1M9aO7p4BkuCJDavSDt8tftwHGSjWJM4s2NKHCkFWmCZS18qqEiDldaHl7P8h9AZP/559begpyMK4gaeY75NuWXOkRGjyaPND3kFxhnbDrb8lG/upGWxfvCKBtjeuA9XxZQmsa68K+yl5eFrvmVlP/0fhDrHTTHNme+sDEK4dVm3r9zjvANXGh63sgorbNjVptmjR0rshPIT2+Rvxi+2rJdZPQGIHsf7Vk0qB/k0Qn7cJo0inHmqJ3qZNj7rz0N1+R0WzKjwmMEfS+plelD8cDVXhmai2ODZpEKB2lXEqY7NI/2v9FgdBxf1GijQaQqs1FlJspOUVFqYQCtenNayDkeryoHxVZ7gyDbzx2F7eWolaP7KglelI6A9e+dhiFKu3d9PINA9hnHhWERB6b4sCXMd0+2jqe4KhfYjZECXBZ3shhUDpPY5MsA4TNXtYH+1ewFXunstOFfS+m8KldhXQbttkA2nqUKY7cV/cx7akIPBqx4cJRay5OZHAQoLpSEGUDttcKMtdTxDmu7X9w8RG2FVbQczXgLWwvRBk6D1azPR3TwAszu8SGE0fIRw6aBWBs9BMAkaaykArojVEct5kLmeWkKml+sELQ07osgjd/m5ED0czRnCO53OurufgGdPN3S91Ux4MdJ//7zt9faz28By+c81UOBuUfTTpM6KRYXqSzgeQDadVZoA/n3zoluXNbiWT2qX6AC/zPLJ0sR3h8LMWtHGubMqqop8GCRHm1Pi6hY5jA8bIb9gTWN7ykDI0zPpAs12n9eGnRvB4QR0pH9lN1/biyY4NF1EW56Vst+XFyx1vr8+YERET0NkNEtVjKy5aUNpbVPbCmRsuugL+hk/4KbUSBBr42idfhQ5mHYVD8zLO7YSjZsoKuo5HI6tRMD8iDGaENOJVf643o/+PlISSr5QKR6ZgTtrVdGwUk3nd3GCltf5rb66Ws0RJiCasvAX3gHtoG0EvQ1vnD0JfhswJEYTDL1GEYFYF16ATWcoYlBfuwWpooVLyaAaKlNR4C6LlZqgtmaUwc+yV+oKOOd2c12jLuy28p3vpeaPT28qkbuizd1SwTmUOu1GgTjctduHBfWA/Hvr1j63I2dqFM1DNDo1FLrPEH+8US7yRinq01w4PFhCo3GRcQgSp3CQ0QyHvu77J/+vjghkDCW3i5Kp3AlwKeVsQ0qh3vCLgzWNQNg6E+aX6nr+UopSrtJydQ6JJvZz4UD3IzZ4kozEUwfdAg9SEl9ItulYHGuUbSG9X49HwLGmfAxpntAQYuQsVvc5Pf+jEhaBYLRjQK+gbquqXJW06u4k96i5siMQdDTIwQD137xmNzxK+i7eEvXaepwe87eewJ6k5I4hKX3xzoC5iUrl/qds/EF3HCtt3mTLwykgBmPO3hRWYKSgAZKOJodT0u3gyxZXZvm5o6QSWYao0zgyndaTMKCCfDj1NVHUHfwiVUKokdYixeGJIJQ5nqhd6g7wMDEEiWmMQWxQhmz4jao2HH8GyvcVA+JPKnU3fSXz9vW+UXyp1/nWBqw2w5lOJjfsvZmysLvEkUYtE84+hvUlNFcxMivSgoAPdT/Hcfri3CWLeqx1B46PepOuz175jW/JCFrwq2TV8cOr7lj+Z+8ufOAuYX6oOGTxZHotZIJeuvKNYFhBZzHgOO58qqZ5j5b84RmI+6/m5SwNwxoki+zklaXSk6K/pX5n6yMQUE+e6X3sCylgOleenrLDNU/x4Y3kVW69Gw9FixlSz5pEUKW7YWpaHIt07u1YxSbKfqDNG6ke6VfORoCIz9SusLBIaaKRnVT7kny6iehCB87+qzrjT19RgUeGYhXShR/6pYZ0ASltpXWOYCiG1Q5r5kGsdZNCVqTDMLGsB5jSIP1VDJfKaxmfGwVTbk+93gsQJrZOqhwRXDRFpxNwsrvWSZWA5CzAkHQydljPJpP/Iklll/aSlu7MhE+1XKXxt+7AMvRv2j91M+9xUSp+lgzbIXtf747Y6OPGFC9IDMoqY2+t+nZUyeTp4lMbl4q0fGvL6Q8SzYl5Pn/FSDo5+B1beW7bSUyx8yk+qlH7VW/dCcWI6O0qdQP8B0rQUZ9A3llHkV7NMF7qKxuupKzK0U2ED9aMO1YH+K32oaq7Y2/yQzf1YJwW1k3gidO04QUzVwnhYUyVKSH0MpyNG0APjfXkO9W71rVEfS9Gnnt/3eyc/zLj7igt1q9b6B2URcDW/v5bFD6yNXaYErl9YmpWZgm8g4TICAFI7TXqvfV/wOe+k/2EljGSDGWJlypPvZIwkTJ1HkEoYeO872nJqhkOQ69509V/0vEySEZ+0xP36ZP1MiqUv1zhBFSxcDoXEQGg2K3MYDgn4Np+Dft3ygqgmEDuQwoGO9cyaYryuKBbNUCtVYVgnHB1xJGHibZz9vdAsliKhxiqGMbTVwyBsW5zS1dXQT6t9NaVHf/LCGcZzIgu5z723pPRnEnR7PHmdt3tGW2i37R0cs5s6uHFUp1ie1XQ6Y1LO9r3eyQ9zr1AwDY/gpuoUua3mZHH+bCoCWT5aPZfE0m17o27ZTY06cVQjSJ7ZNL/2ju/RUvcPfTsmNiqsQFbxL5Jg0hqdVWtZhyekLmWYwSZUIt6lAJ36ZvK3g+nEGS45mCDvBj7rOVaKeleuyI6eD+MseSbK9Uxu9CgL5H6OLyVweY4e5l2Fv28qJa5cN+OlEoDuMWZqUJzQ5FTSA3/JZTzWF12sGzx/LObTyVTuHDNUUwgSMDpC6rV4vaLkUcCigm1rKzKWVB75Ih7djDrd2Wvm4fl1LfsmL7sVvGrhvISpZQnZiZknyXQyJkis0liPQgOFOiqRzDUnSv2lXQFhmgRrE6puPlkLv5m4onXupFAJ0FW7DbQo/Lmzp5eHzrBdPDbOjTWMw52SDpZu3k0PunLUg3jiR1sqqebj12en8o7lmQlVzlajI/p4T+aSSd7ZaZowFFYkRFVplAVVjsFdhFBM10RO6VyhBoHg9aESdHAjATdWqO6QEGuhLyTMKugNCdKDoZBgCaMhYRLfcCg+hB9MechippeQz+weImTw9l0hjh0lBMf73oTMLEaQLhwiLJnY72EMD0vzlEZVPQCxesxXvXtiiifB3iysoWcfgjNqbyFTajcLGYIdKIxzh5I0z44TPqXkpBLzvv/97nBLq8yI4KSEs/pae1JlQfAC8hpifJ7SecVfhoZwaeZWUIIvsYaVWssSS1pS9xSFdTk2bVXTHomZssqYI6dcVpnglSkj7rQ1GmBC4O9jTe1nesP8xwOZhMKZIRsgFSFpfvLl70EfOfvWT1UZWE4H+4x6L+NQiA/D6xN73ZrTTeN8zcKiJmi1ZRUbnapOLJMmLWT3698MGQIvFKIWpm3SgrhWmQisvTphd1FyNOg4RnZkTQVWLCxKxbZfe4JpLLqYwbTNZ2HxxHnVwyrX7STXM+sE5il0vThhZXFpvJNprX9Gsvkk5nTyYJqL6HYU3bWtfJ79OqU6iTZyXFzBAN1AYbgorQ9ojoTeBBooXsSB+ZRcQqxRA2CtKpvV2eSdltRGHd7tV8JVk4aYG/VMoAEMhIRrYDiksQAMQudWzGZBt07hkTAbuWfvI3h2J+fE8A4XnJd3oZgEB4343kdA0m0KGdd5bYuEw8S949a3ICbbHXVfhNVnD2XNC6kBpBepaAuVSDMqYYq7Ux7SF1GZBkni5aJ13RJseRRoeNxNQMag/iKVwb/fjOg1v9u2xcJtU7KYC+VfwKefuu1ejUKcspsajqjuDYdw9zeKYGe236jSUdqQ4OW2XK8bPTsLNTztRS3salLQmm5HxX5RG6+VnMeCp4Ivo+Z3Tw/9NlQ+BeNoMJBgdw5gs6tbPa9JWV+wL9ttt83+CLSbDHUswnar3c77rjThO9hAS+qxW6xrQPP/4V8EeBr7CBfJjUOZQ9T9N6KT4r0imCUWTxJLrrJ2R6WEPmAi/AjHJEWAp3DQMRgJoFpQJfwU8qE1MRSaQpdY7bIDn5UHuLZLnhgTET8bOWkaVAe1Mi3sI18rGRuKTa4WwNU+649pV+GHOrjuugDHEiI6mrA7Ousp3K1NNHgVh1rssRIFsGBuddn8rXHg9rzI8BULq6/IQhOzCUEZruUE8qA+qUYJoPcyiuJgmIDED3vURmiMEBNPEUkJd55wy0DzTOvYf6GrmqoZ++6YugWHEHJNlAmKxDD4M/HrkzAGXl3wPOTA9EMeB7FUhWgPEyxI1rvEkgmh2TUOD8BwSKgybODobC7Qvn4Mr2/1PwuFVsWYJGXTUWjxsFpD4M11X3k8raQOmxF7JYttg6Sr5VhzT1cauo7WFWAmAMiIFpx5DGHuFWiapJ+tDDENPDToVDHgV+k9qgUSbKobQQQyGU6VWnakP7jsZoTUduB7pXRvOYwMVNEQVD7YNiDz8coZr7kvscFN1OI3G3L2dU+WKpi8Z3N5LN/6csq7qP3yP6DqeTzGtpUYSaU6zDU27MaNdT+qsNysp7bX4MGeuSKe5jLgwOTUc3nRNTD0XCbpYepEc3+k7CFC/pOkJBibPNIWpSPVmlxuLSWR9Heya8KzR7HeCpjhC97Dm/mFABlSWadYgV3I4BrhQ1GEZxq1tapssnPoUC5c6eTNi6INaZxAh9NMFVSt8Mfw+KMxy8aI4dHPuFjUvrZIEBZwyHH9XhdE1Uu9K1iOM+K/tgFJxzkWMYAfvDE+4mpSgxwHxFW7llrjXmVPRSIqa2i2DkrkDrEehBbdOzYmEbf4BxP5iqK0THReLHyRGObEjStxjPZIp96/QZ0Vuff7koXCNURr9wELOdeAmtA2zHWw+XPMRgw/WWM4uV0gGsGVBevmVftXGTv9yIc1yS7Tkhypgbx7NbuyA8VP6xcIMq0J4dUtimI1s3thXEXbHXjfXRl5eejunarFF1drWL94tyE2OQYCPw8kDAmUYw5FbzHq8T16ml8ByQblcKlMr/boUss9woE1zsvvq1JiuXF26Q/X/iXw+iRe2cG9+iqz7Y95WMQRfp/un6ZrWIx4Ofx4vvJ89eP9L4pLq46b4Q+Vag3lNFuogR5N88C9eZTMIcTvF5cX+dXQU6TdarEO/ABdFCrq3eqqq42S2vsvtF5Ldd0O2q6G5gEr4UZk7IueUPE/HO+tSTv5uIb/zKRHNf8UcXBd//kr15tO4be41n8qrXPV/7HmeGmqRL3dKRZQ1NJQnTopp6dGhTXh+y0LZYl2mi9RYtUDJraz61wIjf5DmeRF+Xw3u5Xode89OTL1SZIXmK6H8QyC2NwCuQumc1MvyClpsjSoFS3jseOqjRktlmXjm+bHz6jTl/fXHyiwxyir9Fond2gCgRIq0p0Td/lfmUHXRhBQ4PEtIWj12rsicqFZ7lgfnvIOhF5atn6bUmqmnwhNyWesF15bMGVwcMJK9wyhKaOTqPnorGAm5EN3R46CBhgmmZPHfgnWh719yl9t5/4exiHslB08jPrUkIZ4l/b54tjWBaFxPFY2Dc3MQjiCoMDDqmgGmWw1kc02Rw9vYRc16HGDXVN44Nn1jtuufkIbO/WeqT9wjaewlCnSzOy1u8/+4uXPZlWBjnbORDxteezNtuW/hThFfplySklU0paFNCS1AfZHgIpl7drjo8+ZzjZaBBPhogAW/WwHspAh078foCqEkaoo4bWXaATh9bPxoSVVtg1Vyd/znONxSCOpzN6UciWpne6eFjC31fdBvvYx3eTbkrxb739pfNN5UJsT88o7MDcRE+jN6/y4HA1m/LIjHlbekwC6yz1st57LXIRizueJ/oz+SdvSQ/P70jmSRWtFpVcFfqTRHka73lowvF8uIewC6rJCk/x+3l4FfbgHwfP3cB7DqsJ1XBCSeMMemJrwnp9pBVl4YTfDYCxmg8DlF8sdAjaOcWImeZVY3mrLOS2mGYz1Btp/QEBj8eJbzD68xWz9W2y1NDU1aL6J+xDYm/6vxPUmUFJn2Kfn4dzYIEghJ8MudUp1ExUTKviDZMOvdqBRYrXdsU5KVxdoMU6lXWvjnU0sdrsT8vmGzqmdn3VaYWiRLMFOaX71yxQPDWW7P04QHdPbazPTMsH+1tPXLbGvXw5Hzj25rV+cH4Vf4IeVieno4izGXTVqa7yTssK2uybLrdEhWS5tg9d5J+nU6tG3kLj2rhJEzmkvGeHfM/AXWtPqzYI8ggiUWZWCLFCiUt3JhwplCR9f6jTRBQq97+yJom8mYwJXxvLgLNbJ+ubQ3ZGGAsXO0jIMHaJlFDm9z6IEQF7BZyryqIXTYs/m3BBAfJZXfab3EO/x/Q8A6VhOOy+xvbNwIwnNqleBUpbRygFoM7FeKrQ+bd5mIcWfeZEoO7hmiJXkacJP8fuDTlU1zOQdheUPCCqQ23wp1oYRnSBYqD0cx1Xo+vPx8h4/pmWgV8py1SxnW6yviM21v8+IBYt9R8zY+pCYYQNaf0HC6tE59gl6kS1AfcD3uExsl5wfbhWRNxHF2pFwaijbw/VNR6FnWayVxqrtf4tFi28x6+gWs4xvjCgs7pG5qxWsI5PKnEjONMPAQLmBrjhDXAVZEOWHkxi1vVbCJevp/yT2KOhjp0iruz5yUrYh7W5dSXasImNvXB4zMe1fNcvKYhxfiyH0d4P1gsZOsZ6TdZGNHAI80VW5KecRbUliWTIhB7Az2SFgEVAwTpcNhiKBqgrttaUwHWXLV6etgljtA92BL17sBGL2se3HbGOLX9l2lkmk0gvadKm+ccu8Ic9Hm+CoQGw2mmeVtvlSSPvjCsJ9roll5gUAJ6At4o3J0Zf5i3KYpeLd8y2CFEkqVJ8IkQClUJerMlFckEDl6+Yeg+bKn2yMReR+sduikLLRnhsf+p1mCZRFYxm0rDO+f/TtYqC39IV1fWeSG3vSHJd8xqG+W0WE1tNEkTPYj6nDtufvQPie+Q6CEAIQ1+UGf25fZ4eOiWFbCrgV06j/5Vl8F2JrYujdFzR+9znxPcmB7/ZOc2f2XaGD0HxYeVGBjNvLWOv+sMX3yMPn0YsoFRY+k7LYOn2l1VujL5hvfT5jtjafYRa13hBiyA9lM6HVEsCWO5pB1afQZc8u+3AkW1wlYN9v1ibrRUkgjF8lXnwq3d2phZ1NXItwPSDthvF7TkTf9/t8/GucPV+VprbageWBJyiQ4sXhgFoY7tM1cCCDtw071F8ju/I+1bawWqewIcf5mA+HFGLLHh/aC0kAT32AJJko03V9SiV0n18J1PVdURqZrTPuFzfCr1a/S0bFX6eb3FKc3BII99O8GOliyeBSzHuuwHGszdmzApdAxiQ/43NAQCkSXQuteGsiOL8GQUTFq3HVe3IXQnVcyr3fYlXfvp8bnYvBhosC93PIlk4M9nuPwhskVX8RH83kz+3vnHDP+7xKDv7sGYjmL8NXtFwrkn9Umd1U5iuorebaPFlCK1609+sVHTCIotL8iCf/XK9+8Zw9RvuB/3K071zUP0e/jnE4Q6nSMmJiekBf/Yo1X1+RAcPAjEqO+z4d4UlMAbI+MUxVIgwed30ZCPh3W1AMDHwFBtHI5fRSXkTj+Yyc50v+ird9AzGuu1DWg4S+U8cGNbWbsUyWkJRkLpPBel0OxlRnKVNSNYD4EtwCzfRxps0g5wMfr71Jr+by/jWv8V4fZO3DwCljpj4XMbqsnbvAdn2DVvYXfOGDKq10oc7M7/o3qInhiy0//SIKvCAiQ7VSGdvk6+/Zdpkj70fivlRk7gjQ5iVoD7O2K9lGbhsbm5T1Kof5J83mppEZ25RVI7GcbjrStB+kddwUzKQmP2OZsJAXEX9VljPZOmo4luUvzN56IAE+HCtqVMK1FK/o7T5L3QdCQYdnUs0vtTVlYBUsEhNCK5sFMXTld66ZWyGQWmP3FVcPjaXuF4bbKPxvRGfht9kEmGhA8+/T+QuzIa2/RBYrTfuuR/X/C1NRUfvzFJHpgfnlVS8VlyYtgLCef/sKA01MgB8++1BYf4BnQ5Oq1qugZicV1zFWHzAx/Qnr28+flPK9YNI23JhQ2bcBnYBrwocw2ofqthCkGVAeUUfcboylhrII06RsYnsFzgU4hvWtocnjoId1p+ZVaOILRfvecfpD4BKM7H7M2yV/h88vOLgJ2d/3gEA/CAi9nSpt8V5KT6mOP0ZNXKffI7R5cZffK3NQeUPfG2ofe4ve2+gBzaYH8TWi9/mRbRX07X10V2d6px+nNNF+g59js8DeroelekCy2Vkci+vdftLCJcm/4vrvrdlBLeM1CIBKYpeTU1Zf61K6KfjgQL2SBLQaqVhjZjHfcWdAOsNfb7e4VNJNtIl4APBUeuGS+KbeMxqfABCqgTRYOJnIlaHfJMBDhMUHbpMjLxBLM/SBdtVVSaBDWiL8Z4Y964FTsKEDA5DmiE3upUHtpnfIULQe65pakK7Ln+UJVKF+ySlwvpWjqCEF8KkdCFFElQ4gL+bEtxJq1LOEt/BQJn4K2FxUfKhFKRlzxVhtqDqbzmUovQDfQW8r0cVMKL+uFuFdzaFkevwKIBWeYIG3djNCDaBHuTPqGP0ib9XdY5SjZv98QQkt/v3Q2NztUEhNtxxaKHXLS6CFYnqXPQvevUud1e8dyptdELyw/Nipu6DwoWtby45VxkOLjVWR0tMTQcztLEzMN5juDmXRaqVj4WHWuSzCMTQUGBm/GQXeUy+TMXZ+b4tydNtZKiOUsBPOu8kaSWenNvSsmyRqqKksM90vksg6hgU6Mi9Q1TqpotkuWoM55rB3uYNPrzseO/IJVW/xffcVpaZVIc4NGW0VyBh1WzC+9rC69zD9qhwfAi8NcPz+lCr/Grjc+VVxyykwq2xV9JW0/iSeqLyo099UIKMV3Kw/EzSeBr0JTa+2OuiNK0JAo2egaIinazJkdOaqiOxkVL5ZaSjUvmZaj7j+NheNS/KIwbqPvlEWqL35Z1brBlohQcSuVTZvXD7iCKgdikUFrZxMd3MNqs/269i+O06WaquHAiRcFv+xCF+gzXKnZHexnK4nj9Ij4ei63S7XUyXfeLi+yORB+V7yaLy271bSORWKZrkXypHw2qru79x8yx9jl78j2vsYGFJ7MrndsM2lbniE3ZPxiEdKuJMWEBOVL9YPFtBDOFKxMSSZlwcwEZ+9Vh3ZogpJmNYoEWaqr9SJ0Vu8nWlkwLn7ZozVf5yopgSL4nWC5ihDEDNTi1Q6oeu+sgdHDjpevQ/BDEas3PA6XvN0IVaCZU4zL9Io2VJ/CdQHIhEdVIpf/eHPqH6L5OzsVc63Z0+xUHuif7uiLHWK1XfunVzvB9LiM8bxbQPETokmOMuYx0duScm976r2NsH79OMsZg9FmxcrxgAgq+5mX+WZ4xqf3wNxqrCG+19HmtcJMxaJpH0K5oElNPSO/Q+wkDKTZ5skyTtlamSJgWL6tdAxl5w8oSR5gxFWlQMxYjaqWOabMTaK1Drw5kK6adcDH90tiXBA96lBcaGWzI3jHELPvk6DZ+gQWlt+3Em4NbdH9IRPyeNi/c0oIv8/MgDIBuDgfN84Oua1ORLeQdPBuD1Qt0cZ7Iubg7TXkZFmvOUX5lD7W4Ncd7wckJ1U3KwTzYdrycmWPR1ZL3aYQbfKwRovjw7XvddKYdvPiyJKIBnV+X/ESfkneMn4PZQczSF4K4g3L0onvpwwu065H/8hQFB/fx035Z+zY3wK6gh/N4crl8kRdOknJT+SXCkLzw7Goe8H66JFRbeM74Fm/p/xNE7zZmZCpL7V3mAaqQxnPloHBKha7oGZSSiLxMHrc6xQzumU4aho1Z1Bqz08FqJAI1iwPD82z+RcP0nAB+shlyDpHAGMVQ0z2X2MGPsO5pxQ1dGVpAK5lPgpgbF7Dz8jZaTkAKz1xxHTIEnznt5DWLk3gfwW+qx7TAfjupcH3MZv3Wo4GI0ObZQWRRbAXHpnlJEXlXUygniFCichxGQe84GuJJyLaPbCqdAtJ2CwsdI10gRXJpDyJ9qEpnrvDYzBzkE7o3lmnDzbKjp/oyS0wqnuhKrUGeo5VIkNp0spyMsFTxTLSVDouIdNKxUXZ3ucvsvZF1urza8/ai3KSeiu7z9A0mbe1xQRA4oWjmXSeSzqdRLxaKvImDyX7IdOe4lvnJYlkG5HyTNVeSyuDNOvsj/e5odqOPy+Ldh7Zn/MdYnMr72C/3a7OBvUOdNVXMoPVW91Ld2lVEsaJ0PoVVOZfDbQfAmyVAuZYfYEgq+cECpNrh1GJVW/ZJ1IlnBlOytspcl/YtTf60PowARaoYZAQvVhGCTQEMZAGmvgfYKwA8m7godQqCyA+mUdfE4/BjsnqRVRcxeFLbpfWNv9brRekHYK7zPg2NYbDAuB+OvJ2sUtEqbBRkDL5C5L88k3d5kVWE5ORfU11rPyO7D5vpvAX5KKC/XcZGUhjj/KaUeGv4iw8BHHU78MUVDh6EPZxmyvOfWIC3S4fbmZb2bCjauyjvCYrhUTckVVfd+dQunpNY3PMxr+7VwVxWvPZEPaOXIapnHJQcoCcsexPkmzyM0i78wTc1MexhSTAKLVE6QYbhIumGSNU2xbdxYcdpRNVgGTTmAbGW+s9wOW6PWpxOqfy2TO7XwmKm7U52GXpKKg4F3nqVw+nkyCFo2TRpwC8N17xPePiaykebXjAxRQIfCi4hFnnlTMe58kcadLJqf7dhNcptefBrxD0le/i59YhF97mv2ZTfHot+dVBGc+E08vDRwqfoa79REqxBn1wxqPL8T31AK4x2R7KUaeDaHioj4blMzld1dqkCTmOcBS5HNitNSAsbiUYOa4VGDGuBS8M2Y4l/Kp9WcIWAxc3b75Svd7H7Iv57NYuA376AE5ZkBF8izlrnZj56HsgjKqmRxeV7HmTbVhd2LwlYq/dQPLSFGcbX+ML8VjeImsnj5AazHdGstp4I+UYCyl4SRia6POZgOwtNdwU1FOmL05s9XDifEbdYsGVkr5LRv/8Fn3H/Hl+JFfJv44Y3eq2Ft94XLe1JuK5n599Y98/8EUANBzvZiSIw0EnHByvSWgWrkpY7wQ3C/DTQ2uyvUFYrx6LTK+5M0tmNOPfvGPLl9mvt9hQAd7IOI56He0zLY2D7XnlYu7mg/F8NG1g+Xfgmvz26151YzZEgbaP6SnFHjnOdE23rWB1VF+Q8crKTCf35X6C+aeWMh/9ilTf8lZ9Dsyd1EJH4xXDX5fWx/SJV5OM8H5+fiEPySv5DaK3a8rzoEL2zJEo3JYhJmesGu9+C1Ay2MfhEE3BNL5Q7aDMFRHfYAtaZ91oX1i3Zc2hwSLysEBPHkRi03fQ82UOFnMr8TgyQeTiK4T7E2u9PZB/TlB4MSGWmXY2N+wgpQt3p0pHui+7p6mD13fV5mxEaJbF6h+HH9aPXDy7ylU/K0qOQhM8RQPi57DPPEGb+ABQz6Yei1M0VfQyjGn41oSI4Gw8Ow9pZVoZFC9CAywt2FJOIFlkPdRhrQlu/CnMUfSJPA0XEMZ6iJF+3LxBbaPT9nGfZqs01Kgmli24GkFhCOYx/Qr0jSVgD23NerhzEWu6DhevMn1JoHRDM1COQSozOY9mw62ZdBVK+7E4/V14yg5GPysZ9VfgNZQ5zqyN4j4B1A4w7exJfMv2HLQgLOXChS5XTyyQHF1+hyvxuyJ1ccLD9oYKwjhPSKEunDyYXVpntj/XFAupVg2kOjoMAuc1TZC1z4n8uxeQ40jUNWEvRjNZKOMUY88YxPStMBzvMGdSxLViWEgaQpS3qg9CL8JUTkhI2L5Kq8IoAx2LXJkFMyyjoWT/a9OVgYb5vAzvK/asB2GuRpnE8XbK0ghJpVgaUroGIn0d2Zsis0/GNNoombf1dkT2GDBRq0+WI1Xc/7h2oElpBhwdHaFKlzix3keyJyQ5exaoYrEJOzW0s6uafGGsxtRQw+lre/MFmnVxXKz+Gt6jj1Y1pyvyLj+RvTE6erb9WuqdDfosFhTRp6TZRYqzgFFFeLsalrrTthbbKM8kNpf/E6ZOEnKtNYAQUBucUKhnpo95PPXsgEMVQJi7hYs1AEGmSWu5EEUqLftgNJ1dKxzdGCwWyGu4AW9HdU13AB4GBj+72je6L7DKYeR1Wv4Go8H7J+0YIe2qbv9ONjBrLXAXRp6UTXgPGNQ2MnQNw2FHLfy0TGoMHzNHQS4C6acPOI/Pl47/0hucRxx9LaZLd5nis9htI7Ohvsm4lvwzY4PUfQ/oLezx6yQgDk7EdMCpFBFZJhRFsI6m5l2OT065W2anCNNmQA2w1QF/gwWG3l37OSczGreOTM5b5zlhKBlRCvu9lAwc4cub6vYn6Dq7drDBJWZR20inInpb4uyxbX4wPPEecMS3coL+LYV3y4YOQs7DLHVHadd06MmODy1XiuVv/xzcIXqHYJLIePKU9AJVk+rPC1qLcjBxrJpleetHNr/4eBOWWjq2No2L+bqXIIr7Vko7AWx+p74XeiS7SD1JzHBTsJNNgpy0qcOTNkYE+anIEetw0ssuvQQNdPobetJbwPlfX2S0CCFq184oVRb/fjm4IdCXtvoMX5vPjDKOx/5wj3TY8ubaRP+E2ybksDwjT9pxSe3M4ui0neTGJb+RKVq14jmBXkxO1nyeHCJQmiPf3CeHkxgZHTqsW+LpMSD5N+ER9eVQ/N6WvD03k5MysHyOAN08fJRb9kxuXORwIRPenByjm83wF59+8Irm2yovddc+DF3lUzha6/lbHEGbgJHFpyC7NY/XtsmlVAZaiFDrtcFucmd37gkMONG3OTndWEQo+Bjw7ii8YCeioGdknEkpnyKyn2YN5sxrP5+xJnPINn7CfmCdC32+M1GsANo3nnhJAd7tL1Opy5c5JTBnuCA8Wy+TU1I/uEo+L2DoYQqh70YpY4tYAyZq54GxmXlH+ZdNrKqpLHz1IVdnCOkFCToYRLbtpKylU+69OyTru1IfkJyd3XS9rY+PPhuMxrM/uM9vCakaauBzy4TItrG2usCTu0gIapwdSE6dRkWxwLavOFQ6QG1aK3XIjbXfKplpsrhb4S5KQHyeETAAY6/U/vha70fjjRAHROWOWB3VOjnger7FqDLsOHY11OGxFw3p/GoAE9pj0GPxwho3ukZaWaEOrGUveDGKzhAEbmfXt99BkPCFNtCezjdXCGvVgwbdHccUaZwSuude9xe9hOLr6yUhI9UlDr1rNA04Op1ZEpk3S02ZKmktBZunZKTQujOn7Fcqmy8vH1lH0e02fAtLEYfHXY6RQlxAH/yp1WEXQ40jQw+ooyHh2w47IjjHqRCpOb8GPxVq/cVnRTnjtiFlKL2IWW9RMfhFQ6UkPhACtVfV38A6F1dvmRrdL1v9XYBtgftf15ojqnFuiXnwKjFAS4M17d1OW8I/t48gMPG+6UcLm0LxxZ0utFkd9ZNpL08GDgTFzCmRH57n0jCbgPFndUkmz9ov70/n7wilIuDuz/5isE51nex2mAFhqEfJTmfHOD2h7IA3RALBl04cpJowcp0Vvo626Pw7IzLykICV3VmDCpZlZzzrPSEyEH1NpsDuFQVVTPtK7W+HdmoOwQDrjJ4hsuKDxP5KqqYUv8YQhVv936anBQYOmJss6oYUM5IvkkttOeoYnfBRs41vre2H4rRtQjI2oU9KK2qgsrvPg1G/YV6BfQbqkIuZ8SZGEesOMjW5ufz33lUgQuJpJqHZzhawmtPPy8qSMYYV8u/CqW/jU2OuE4/nZTrdSkTtYyNpq1UpPcEUkOzGZeaojqNjF8bpd84wZ61cNAoctUaoo5lbBgeVP0hyla2PF2wnxaqgiLReru4M68mqrVa48+k7YSX0wvkbNyIt1hr90pbCR8NST8Ls/sRrddiwqfCsazXxNGfcNlni4UlpvzW5txgMtgugIabs+s3yy0YVNy45lqTP+EivoCHiGVv6NHeqGgUEZLhRWD/0571BOGqJbpUjkuhT9Yr20Y96rGT+UWwsNVgBLU4WNrIDlp79F9C/Zofv3YfjtJNYwHiH5obQYgDxjv1MmgNAmwxNT8skNI9XE7MJpsUyD7KjEHbRza2YQhf9a55Nn99HatvMYxJPuxjs9LRjZtgYJpy2XlT0wvEuJQrqgs37GFvwsm4Q5yQDTMGAsN5aGEP0DE6EDVNipPc0JQd2MiGo4Roc4egrAd8S26jXpr/AZ03LaWDZI46PgfphUpfpPG96H/ESxLOgnR4ph4rUInKJcxnOofn6+xI+IsYGx5vTpwU6vrpmqlJ9GozjmVjeAR6ItQPerCxLnjTgrrGSgKCUy4HiWsTrBfpQ6ptG0Zh+brOrIarNZwaMZN4Sm1BRx2rVZJygUO5KMkCceKzGJwy6FUeB1KhGQ577FIorXqIGk1d8ChGejgtZkN4ozOZXGhksaei1UVeg8e+p57O4458Gj50ICZ7lrSqC/UhjMAU21SRFqdnS9/9LIzJNG3NdVyQOfMv9TkQWkNkXJaFaiGGlloPyf0/zDDLINgelA1w89o+zm46RAC/LRkS5TtZuOh68y6ynZPOU47EUbMgFkw43hUiZOAiE2ef5XWSe6wKN27hZRjaVBLHXBseVm2DqPNB3IaYmAfnUF5Q/bzvnQ/Rij+Pi9ji2QOJnquWOiCG1bw6ZFCtzIhbEF03ffUO8J5HUyP8kHDblRihYwoHgeiJ9OHM32zrW260pCxPjRG3J+lCmKpJ+K/mY9gw/Zl7OQ0+hH/CFM8w2HeJVo/VSMbe9uAa6h0d+1FOm0dvcNuCtYL5UqglRVLSjkvw0erl2migoSeoJzNEDnfa5+q/COGyDHKl32+MEuqddotO7u/eOQ58C5XQ+NW7XS/I2NCEsZBNpS08tl20cRYdEZrDfXY8N18UF3Qrc6ZkgYSJvQIU2lsBi3rd8DO1wMW/oGT7DynFpU5H1ux/l+sVOkzA0ud61m0+rfp8I60T0hFOeHTKSqkA4Ym04H6hL0a5nOGMRtRX6sAX0S1TOMGDChPObG2XoU4QdwOxGeNHtNOdOAu6pF5DaKmUOKWa+rq3pmeDLcpBIXmrNJuqr0PZ3DNKrzf8pLC2DUhyY2uQ4ZLFZzOIyrH98mXwUMj6yuwwc56zFnuk8IjZ00tNCCbnZpUIF6DUeAsG5cLdD9ZKL9NRaShxyP3qfuOOgDzuRpxK9vbRcrU4uk5LkqivplTIlFK9T5NqC+QIeiPZq4meDe2S3X+lVRB53RSmKD5BSEMaKnEe0Qyf8WvrU2zx2DRskKfU0FYnhFzwpY2T2LMEsko/rMoAB2waMJrYqBu6eFAc0NCShE+gRl7p2Te4sjpNxRnO2yVNimc0WjTqp1/fTxqNDbEMyV5To3eZ0+AAfuNDEhtH5CYyJIZUgIhEYHl5h0OfxL6pJ86niwvsGVPaNuxmroUgJCEMZXm/jAGTtwywNzfAnD/AjDl8OGKYkVe7D4xh0O8RFvwqPT885JFhd/MRyl/yzj7k2vV8teyCEXU8wYhKrjnRiErVkk0R457I2Aqv83HhTWS2QyU3Ynce6ETCyiGkbaNXZRHvzZadvSJbC9cvTelSDR38PKsh2dDFT+pcub0esSjEla/pVQ5Mx8c6Ncfvw0+yf9Tks1csD58CeQUAkfElUc7oZ/QwORHezfiGFGyIakoi/fEqrVcK+iec3r6MPGsnIiXzkQSDnI8fauCzUYOvwXyswCPny06AUA//wdf1zbvySMjQFs6oYeRSLEcul51lOIa7to9BKXnODTAo0ZSl42kGVYpL2uEd3RSI2bKIPo1CFVm7w1BHw8KttvYQMi1w6fbY+6zfyGHRixgOkqiiRsBY1VZkJmSKTdMPpJ9veVYnDmf+/HU7O9mhYLI52v+C6SdjY5DRN9Q2g1PUrLfn2GPumCpxkp0b/7HGwazvsQ7HjTBKAKk3hGZqWvFsq+M5Ik0w1yoYrsrvdiBgMZEnQFTbAJHpS/WasjDE5FmeEEdgyjtP/IWSoRHKYYJ0POZUyOYFd4IDFlXUp6R0zUc1hg3aqhrejuNFLVW5lGg/bF/HKX2SZGUKKGIpA8GQW4CpqzA/kHBrG81ZHAcIN9+qTy24vyY4Mn/Zs9DZmhVRJEycBAYRr5oP61ly65EOHfhFEq+vdvsv6GK2upQWd3QbA7dOEZsiv7nK1c0Sof2Jm0mw3htVbNDqVGzmqbyXwz9V1ojcya1f179s1ZUpzEZ0bspnvQbsV5x63wRnc1Gq1Rt2t9f/4s/xy6333/GqVK5UdcO0hrTWhvYGvEXB2omFXvHTDcBuJiriNYMI6dTPYcVy6y9UpQ+3bUnJdlTx5rRl2+XWNGJ7fhrC+gPFOyaEnRlVQokfAHCR1VWrNcid10Q5hLjbMDwtUa4tpIXz46szk46HKPSylmKwQ2Gdc8Do5JsHn2z5SQ5ciorU1WOj3U7hMJHX1YlWUxjjiDe0gJlkDsMtXIn0dNfDfLq990uups2G5KOLXgjvbbQcXyUSaumsvrSzSfybay4Q/SPag3gke0lSXOnm1Lx05jh5nyI2ndL/cuGEEVlyGHZghOFU4jsgpUZSUL8+z6W6dmj7eHyJbXc82txizBQGRv9rm62bvX8s7yynF2dUPeIG/6md/edFbx7Lp2ydXX3Nh08neCc5p9rULPjso0iGp8P4+5O1KT8+PoRtv7djI51TJxJgQ0zohGy+6VXZTjHlNNRQb60lvjGF+ZxEMTexCr75WcwFacBLCy01DRouLUqCoqjpUBtThEJNYxIq/bkHBfyiu/CcHsRB3ctsYfQqwlmnQDNZCoPc1SsB2GdNZhI9w/vBft8DclNkWX83aPVu3I4H9lxzhh66qSCBqQN3RiSiy6cxMYH1PFnD6ztVA8qoFie7N7ojbUZ7MGOeOM7nFeWo53QLajJgFYglVM6Vs3bs2qWqa76pzhD7JnCsMPeOTs9pLxuLNdU068ZLq6hjcVX18LoPhqyOo6+Pot3heHnKaUDD7qPiMpCrrP9fCVK+DTP/ZbcW90y3U21ZdnnegUVmgWz4GOb1oWpanavD2yeGpTajMhsxpakRBeaOgpmtIcIeludSwM0btxpk7Rn8dSeKlJOajRAQpj47KMp/HvSisl3+HxwBU9//eE5iM9RnTOFPLhdk/f5GFnLJG18rFRcwDsk5ipOfwpqjcHJsHYXW07aOIcJwZUaEWAZvJmfrSCrYoGKQUa3a7DhXvzYbhYzmh/ZB8FXIJhH58wPnjWFkHtYF2etXMK2N/MkxgDhIuAcbAW1ufdXdsehqEDr7Ubbp/3fy3cjuzRU0KhhVGvKG7MYvD8znFAdQ7S9Kgr0NtptULthUfpVhecUZa3bVPpevJg1VHa+gQr0ESj3TBsAHvKaIDCkoaX8zQuFHQa+wxuSit/eKeT3hRe+4B/jObe/QHQ9P2IZU2HctLRcBYFYQExi4jgrleFpTAH9IlvjMO63LGawxPRd5YifjAe95b8OOLYozjE9Ptqq0HUCeLJybtYYYgafSdvP8boUJBxO9TzxMJdbLErNdcRaJHudUT3q2HPIyEmKF5UbqX2Nt0/sI6pU+haqBUJtaOF9DOdgd9/poeUDWBKviGX1pTkF7rFlW/Rb71wNxS0jSy3xb6obHhmZmftdJjZpmFutg+U4MXEQcLJuIfSZv/j8udS048ntp7H+76bEKuinLrUvsEX1e2lGoQD1KAs9AyejGSztgzmmXAut3IWWUDv51Ep/asFpqICyjCUNhwe2hwa57i+OjODHLDJBAEZDf8Tf5/yT7p5Z/n9fjUVhZrhfNM2Y1dzP8DzPJkSsxukZLxrkZCYsHSqDamIT188jZl5lHbyrK+Rfo8lGtaPcw5jK/aIc8OhvIqdrxy+v6GMzORe19O1ItGYXJ0YtA2WQfsdhZZjYLaKdiv4GDZeC5hNYcb/jBqPhA//scsAuwdEb/rBjDsidcI+n//eDJoAjDBdZWI2HBNeDkAfCFyiQM7uWPPfAXikdxVCBG2mgJfBNKP9ZvNxluP7duDCB6t/ujDSIPC/hscgQ7ngBRj6934zbfQIeelhBaTeGY4NibMsc5zZX5WmCdaf5Mo0iuZ1rrMkSB9e4jII4erS5JrlKfktd17NHKCJNAoIsdeWtHvNVzhx8Hennh+wwBEictBpRIfiqyz4NjZaq3LYnIiLTU2pVUS3xba5dT+1/YJB2LUf/f0X5MyuH8uv+LnU5itvtK4Un+0IQ1y2uaSUlwG86piM9oFjNU7mFNNjgVlq1sBa6qmfE2NYI+T0aJLxc5JCLr2oXjw9G3m4yp0gEj5EE/n9dab0PsbsKaWNlWyf0wcPLfZgLTw52LvOZRVXu32bx+bw3cAb9vCQ47wPyazTCM5OjzO9qDuxBofzqAno6TwR9YPXcFyiWxT1CmL+NAcbJ0mgs/c8APay16fsRbPlnvLRwrF49DJ/egEpsN+J23crCwB8tHdyk0hHIqZUI4JCytiqNNSWQYG8KFLs+6fT8C79P871Y8YYwak/Tg8gpy+DYNq0Lp/S+79cPFvOeElZX0Gsocw2+9NKG3CLn3n4ybDcy4lQF7eqRgcxXtNplP58bljDWyHrOoHV/ZTAa88xFVzm+yff8lKBEheS55gLJUjKafquRx5EC8PM3mNBZ9fmzfsCqcmnWSlZxAniLex9q0uyhx+TtuCsyzwfZi7inC0VQZXytAQXklUTzPDcQKruCvqYPrk4In3icEoU8iLglJ5PWkVdUE6+uXdqnPghrqIwE7nCJW+zGGDqJ5hF18QBqs0i/i4JJ8WHO69f1E/I00ul8eaE7g+rJpwDhNZ6Ox8IwxFJ7CeGA3h+GWIVhRVynwNSxJkZpRI1GR/BAr0oXMYkZuyH0jRI8EGK2rKYeuOYxqUFNOlDJXhC+QS478nlU0Zd1HirPJEHFxYLRhrslhD5n4TTMEI6jsUgdh9AaippCfamd4lbAiP48vTJPIBcKNgcrv2Icz0I85tEJHlAVqyZEhvvnXdpMheLUAOcnPIukPNPPb+QT3re3w+ahw62sjb27TkxBjr73nxye6yLOlFhzM+xWIr3lk+hpifrt7j9a9X13BNfg59N+VGHLcBO1SzKvrecgFWgBlMnN8wa3VIccVtDDQeB9bt9B/wSQex6IbBeMeeS+Y+F0RVLXUOTmwMdn0b11JA7LZW40/+r9y0bc4oD8boeBLwHh2NgEoD0xXcWNyrgm5pgJl18h2CoJLFGkCQ1GgVAK0rCtYbfy+3CZKBVKldqi+ELGsuDbJ8mOS5OMT/0gteOixbNGIidBVXIce1/LpHOuBI4i8dZhNfZeoa+RQ5CgjhjgJI8V2rhHilmnW6s8yvEQI+5J+isvrii5G8tbMUSvKcyDDzJa8kDfgmfbmdlA2+vwu1VuHvNi2FcnzZWuT5+dbJVT/d0F4JIuaJU6E05ZAVahA+eop6/Tz1oo+c00oeCOv/XJ92DpvbWZS+ctC2cL4yh+H8bQvpm81/K3ZMkRvbPwaPNcvlFO6I6amx58Jc20w7AM0mGvmKChvvHOojIwtq7p600sJbRtiihObZYJD9nJLQD3DYmUWBcDpU0dch9tCI+dgHKtPJhYzzh+05s16GiVfg5Lpp9U90hbkpfBtQ54z24o8R9929O/YIT837cxcOKZrZLu2lv0yX1eSoBJ2oiosIm8vJlMsW4a8gkdaiLw0vqUoFIAtRp7z7FPo6FuQnXb388YoXKfd2nIV4Jvz30dcBUR3YuoefQuaSU8W0HpwdvykQaoT3bbhef4+y/OtP0ayphWvEBwtdkyKtcf1W/2gQY8H++uo0glGTIE/zVcf5b/nMtcturNfyxuufOOd86DzvsxXzN81CplbNzJm2UY/kD/H61DhjNN5RccjzLatLvOsHCKhl9BvoVDIE0EGvaDwV9ADK0hWBD1ETvLFWHUZ/aJGPuuSKOBGZTCkfJEqKZHh1mXjixSwPrVZw0JFrF9pNqBODetWF5kXKWB9TO7AfMyRzeHZOmrgjwCsP3WxICTuUHUH6zgNSZE/4EnmP5Vy7gz3nczt9PvTKpQj2eLkcoMLCkqsqOTP37kHfU8gBubCb6a8iImfVSgAgIvjJ8uPHrY81frE8agnxtwoaeXV9LwCSwfe0d5QV+ac2o92Xc8Os32V9PtW7ifktz903aryiI3jlNSNS/XGYXYTQ+fE620zixt3lgnem3aJiGAbkIs6QPlEGVz9++EKC2OUdrktb+9v0JbLNlZDobQGzqjpm5KfFGEnxkWorLoHjjs4cScNtcwp5DUVrB6di1x1shfQmm9gPrcxuS8YqhQ/r026Dhi0I3iA3FtAkHOXu1JeePrhyAMohzWL/zzRGBMqelsVNE9kljCEOzBcM4sTXtJZlz4KzWdQCWJI1SPeZ3jOD+RgVN5mJOgsEpDeQtWZuB8J3wKnxdt7YHas97pjyfYYWseyhqgsrWH9Qx1oJlZJM/HchF5niFcK/Ryq/oBPP/S/zCKaEiCQx7CvCFIHTZC4qUJCQdFlR49DQ4owPreTGBCxq48Z5vmYT9rGYDNwOykjfb7oTLZGk/XI2HSD6apyYTRuP7W5hV+87PexkdsKkGo/RRoCdbSpb/fkg32BonSD9050SJK5jbxUFXNcff9fVOwhhMNDoiciyRbQCeNL8A94K0XTpx3ktE2ETfvSTtk6XXntV0P3YpfjPxKmPLpNr1eFDesIZB4TDuPf18IJ9Pj1BBWDIL+m1VQPDfLcijQQRSOq2uCcmFPZs5FUvDIfRglWN3xDu2+wDShguzsXBDDVhsA8AWsz1LKmB52PPa9jKi1NcLxh6WqtJDjzqpq67zlaXhfvs3Jl7x6wnDS5IPZyiIodplFUVW6D2u0ZxonB97S0foNv+6amkKfDM0UgLiEVfLB9brEIceGy4hvUO+/5dBz11siUJ0+huA8B3ykK7u3AKHh9gLb/jSWE7Yd3nDa0OY5dnvaNDeZkr9VlEuDUai7tkP51d6EYGLxtnLa6msrJcNotc3kg7NUqa1OIJj1NrQMsLcrKT4WDMOudqhXLrx2sBFrIYb0rLsKbmbzanAzLt+o6jzbz+aD+yU60HbzVWqWckp9WUoQfEGKH6S2hFP2tA3T96d/GayptD8LYE2+qMtP7m8q+FbYDX6l0c5w5IaLEBguH1r9//vCe+yM1z4XCcuS2eWSiPE0VTLo1B3tpj+Lgg6Sck2WCxi6OIZIOCC2wowelqkHJMOzMO38c5XwHrGuH7SSBmZUqpQmHM6032VC+6kqmzmyK0pj1KSSHIvMo4uUwJlSAQ4yqi8eubkrKM2zy/ZmdO1BmEvHQB/JE8OctMla8/pIF/vJ0MV2I2qxZNbAxShaffd737R466wfpbXl0knaHdHEleTl3MuytBpf4zBmBMkW8cuH5Zo7ItKKXtJvMi3NO7MF27eoX7pECWSnEKvBIjbGI9UkZpvJRwnP1up0q6zk2EUb1nvGUvqdLP7ImKnh4H6W7FgYbjTGPw91/meYuM+vNTcI3RWbf2Ap5rlxvGyf3gLAqdXZixWEdzpnBblylUjLkMjdCeu1QX9juZJze1vIrsCSiciPrmQOF4j4lEtUzPy4ezl2MnwjoZ7Dqs0SPPkTAzO12YB3rPe+v2U9N7NwAo2B8OVy7iTBsPk1b5fZgUaU1Kg5AmreoDj/hb+sM4RK7drCy/NVo4x9LX5vM7nu74WEcY+kkXhqc5tcv96SqA6620smiHZvuky4X8Vk0Xfw5Ndw4xgcNBbeJS1LIckoXfoTTtoH2XHT8BbosXllHpeBteAr8VvImNAjVsh8hkauyogxVv+LJtz184X1n9O+dct6IIQrdFjaRQxP8GByldR5n+FCrfQgvHG2elvKn07To46A9FqmYrutRCs62QpGshIn786WJtbf2oHJ8kTHB2+g5aEQ+PU2vDeTQa2wXm4j2ejwmnu+avc5yLbHtkOmb7IIqR40NqdSCjl1tccI/A4I6ByZW/NNmhIGkhX0dQp+hP5bYOJEwAaBga6lRkVvazqISMK3TzluiYSML2LgdG5pVLTrncCaiRmZnkPYDy2azqfab72363sI4QO4iJpmscyVjk3Y8K2yY2VuEy8zf5X88hy/lKcIe2NyyEU1yxW9KH8oklbyI7QS7eU+PNMxN/Kd8S865CjvFPts7LlYxK9URKBoKrIuoPoDwbnAQUb4Qr3qsRsBrg+F7aZxFqxqw0otmKByayyxZFxyOZLCBS1r6U4kj5eo0DdzXal2m5dIuRaa+/5sxk2MjlquMXVpf8yCupANpzGSabcIr67aIRM2XPM4C02DaUSJV0ME6zKHXKZb7nG9TwaWjltOEobFX6CNffUh8gZW/PJZpemv/mvzHkvOwLHf7stn+En2xBi7S3gnudjrD17aspmXr/NbNUIlDAq9cHIwkIXrwZhNo5dXtN096+ZzfxFbmvHkibXvVE7XqyZouW6/zbb5O7NpWFUWtKtz94ojj3/ZavZDt3R6A7MObvs1p3CaAaccGTG5LrB8WLbtFsX+0P2mb3hshS/t//W3SCnCmhHrdm8FP7AnI8rGYfyWGpHlwczt+P+f8rbgmKQSpFMsihJX01mxSszIJ7uw18+ZIzu2naTMw54VD3J/bKrQ9g28SSBQxNOhm4wPViUzD2WVdJTHPliEdQeiHdsaBoDUwCgSfA2NB8HowDhSr7gYMRl55dw2mYdxlEY5mdmjXCTjfJQRmzHnClGnGjRRUer74mscnfcGYvU8Aes1dfBiZzy3KSTDnYx+JgHVy6W7K6G3+G+6Bcr6Ks1J5c6VWbBf0UrwAX01gr+EKwQBoaHcRZGrlKZi8JkdKU+K8nB8mHL4CbVWCijg5GmlML3ECFv0Jyx2UJY5EOhyF5OWkN/tYZgXf+1xjOOSFbhPx4DDorKJ13dNYcBgWJqajEAhCmodNYy6WRmin/BUHdTTb5gQ4Ya3eErdZOSLZbBKQufWkDdkzNVTnQc8UeGKSirZ50QNPnTgwYRT3XM7Qi+rcDL4L1KZpX9bjy8gNneChXhsrjNLB7+mpUOlSKce0o+6lFkYeNunhBY23zN7uwqKiPAZnqExM+j7esG39CO6LEx/TGvmzFSjEdEpCHqIN7tQSfxShmcrMOywkU/srn4Xub6asKReZBnmNmhDyDwNXrQoP+iTpr0wRVDWd3woHn9iBRbRk86lo4RoNY4u5W6jbQbM4C4o8piYyglY3sF6oyD+7MY/7saB+JFQIhzYi6JDLBxML8h+k/vd2ofztPHO6ioEsnf+k0L8sgTvt/yz5HKo25BDhkoO3VeoP/aaIkhvCjnZ2pW3owT2/uPtq93SlwV7Y8pSFOG3Wb25hjMSyhG3ERTUfp+jHlu74f8/SayBctxPRsqS1jic+g9hIr3NQrSrueiyt6tzqY2jVJSmpmN20mS+SC+Kf98h6onisWJ/qe9gs5wE+SIIxfBtbjxQufl78MrEd+4fO9TiiiVL9vyZGG4rl3hAXX4Pi+Fie1mxaQgEJB0tHQWVUx3MflFyfdSkUV1+wmwUQ/z3GjVkTYnU1yRhWOpBy228nTYH5x3SYLLFdEm8pGQXhUSY9nD4+hE5W99WlJHS5nKVWPi15fElibMGSPfiOKTD545IVNmOTAUchOslic3LCbEyt0CJ3NsHeh7SLdK5eF6VbOBEsPHreKW8b4kmc+DPhY4ZwoXDbMdq6kOH6vmAogIGmT6vgy+0XfbtSQb/CpVB7bIkBax+9u1Tv+HrecYBJqj4AR6v34ZasjPnE1+Vlc0asJesisf4FrBFw1Yfy7mVTfd01DuaZbIF+3WaxRfOYm7LoxJozkDZmWti5Z9hYy6D0WtyOLETWHyyJWBWpiwYMOXgPNEHiP5APgivIBmVTqnTTRJxdfa8/OecLXQSaNffoP68cwde4np6ialhFj9jHr5lnabo2ooJbRce/+yEhp1NxcpKbmNT7aQkvfnbazYXOMduVZP7WHaEejYlpIeUmRcbhvprP1OVscLgt5zzWhThxD4QWiYMe3A5BF3KGLBtEuirFC+KrgeRopCpUUxqUFLEKNIehL3o8BWMXUKijIPTgXZAIYQH+UEGIcCuFdfBM4Xurd2enIEgSqFUyZKfg4As/I6cmpktGfLYKf+YX50FMrFlT5Tk5QuxqYaL2iAr0pT/Gf5nMcDIkkbBHMpWuHfY7YuQrkpFXSjsUe1MhvXrFT+ldYaXctQWeD+TK2lCQ3aHyn7ffHxadH/ZHuMcmg6fxhZmEUlA60Vm4JzzdzL88mE/DfKdBsKY70bLqsKxSraupuD/1UqLC3WiUh1DxZeaSiv4uhhSFImujYNv3j/GvP4oSaEy+GQpGR/r7e+K0ZHZsj8XSD/3+Em+lg7lHRlTZqT+WklB0Oy4qaidSENWlAvTXxOyXicoADEnTLLUbaJQn/osj4DzdTiwG6J4krYGaNztaCLVP2Q4VF88Qz/OsLGU0Lj8tTf4lNt+/t3DgpjPcZC9Oh5VUL49A8PLc0HawBhmdSS1ccy60E3ETIfw7g3xjwmMp9+Th9PvbKnlk2HyrKPzQfKfa6KyZ9aJSnHz5r+m4mS6HUI/uTN659AUqsd34S8CpgFmXhio1c/cemyIRPXGpwH1j+zbgddSt2nlQ31uyQxHfV50uUyE5K+Vboa2zrqOBvXZZtFhLY6FSX5XZTIch77m9ArsYgomMircEaIBthql+BNc9L5CratUfFG7q8rHoFTNH0p60O99IoJiYJtX1e6sO6XAy4IjD6J8uKyQ4U4eUn23jy74N2BpthPCVlYfUB+4poxewxBB6Hv3i9Z2fe4H+ImW5axgk1KgCCWg5H4jqWJ8HaCuTiccFw+z2CmQiJGBA45ruj9r8SmN6JrrXbzzUGoyvJaYaY6UhvqR3vyHwNFWj0IifLBgLh9S7zraNwOc9bRhxc6nkj20MZwXjpTRYa0UzPUgRrq/baLtM17LQjqjT+2s1M/kny1ANPoTU+yAtePeIpCkW5NE6Kxz45Xb2XsKTCUdGh4yRSO29jEZNKWLUNd93UC1t08EJYXr2eHuQXxUKC9H6OBn1z+Rnx0vZYzrxf/e7ekqMz4lpAP9Vq9Ydqylx+i5Htptz4oVGgv2NB4y8q/E8rcGxjoJTi5dXPGUPi5rXPBN/mi27zeKveXhVtryj1/tZQsaYjobaAyPtMa4J2NE9827PgEngnvFuChMPxsJpZ+IysXVGXKnBMobwJu9SVlH/pbXdkyLtxmTtmlc5YquGzkR76QqVSGe47ef2aupqI0ajzB+RECbo2o2Kk4kyLe4zW6Aj42A1QamIS0IzuG7GYDIJWVpPgKhu9zfkeb8vKvHgxXPiALwe0Vi5hzMjG1Z4mPROWvYH957WzniP599gS+DXVs4lkFKusDJUkT9Dqwa9T53IniNbUYcGqGf4L2RZh/fM0UTJ0W36DlP1OZcpCOxbNvKSzO6GqL5eegtcmtih7mMZMOuZYxvtknOHDpBWhEEUCt8/MHviczJkNN2Bp7QlM0+h88htwb6ZG2qr+bYJSOoDPcsqebvn3IFeZh58VHJk6tbF5myoASZ1al/zSfUBXvGkrkP22WTDlURJ9r1ybXoVAS5lXvWHnUowB/ybi+NV8e9RCe+hmaJeU5aLMkXO0UlSTa7sN2e4SrmfnO58TXRnTDr4ThIs5adfCmLH5IQkOKrQjcTA7yqo7OGLc0ZgLScpc5PSi5qNwtoAN8wWAnE/rc2vQLySk+1m8TbZrl04HU2thYcqxcIjNXmTiE8SSnm8mvTvVuK1tV/idiZzEVqqK/+Unw6lQc/6ve0acVnkt8b1VfbGZposP9KQFsGJmXh3aXBSVgkuDkl2MrPip5YSc/kpz+U5/LR1ktna8MLWQKcUOUgIVHdkZuS/XpZ5Wj3iS7UiSoBBLGdyJyfvtMRNxdubGVgObS7Xp4PTZMiXS39WllB/NldWWcEK9jin6C/0UqTXQ5pAiweEw4luLKIGmrH1IQgT8uNcfL2hgWWVOVwvo8yIL5s8m68teRZzfEEZNoSQlWkf0StOfXbF0o5p6SgG0Zghd8tQqh3n4uQ1DCRpPk/rn8yO//Tn5Kc/Fz/J90iCkq7/Zi8oDMM0Gb6+XhB7tjZTSH56ZZlwqFKPTrUxt87AasHfomFt/k+QWVt9BGdnRRKelZIdK0Kbj3pV55+64iOPndUn338pwpf03g4xJdT6srB42spfeLgJAvLnYOhITenm2WTljUnc5JuiQSWqb5/Y26LrDn43Rh3CblR9sD11N4wzFCazT/L9wGxSb5DDez9isjGKGpH7L3ISm4oHEow5C+s6V95Z23Fe5rkNdxI30Zvv5ZJZgGrHD9kjqusCQ28BE/pRe1+qra0huXDzzngc92xXHpJxR6e+su5K4WMOSTI8oyoRFAjSF2WTjVmsqqObV8yNTTnvc8pIkRaxvDPN/EUN1p5SAu1lqbfu8jB4CkF2kIVDLRd3Sm+tUI/ouBvJqPBBVALVZCrfONwRSO3NYk/pDcgqd2PjcrAmWcoo3YXJjNrdet1eGT26chFn7SHcxwur2yGBn3eZKrQtavf2uAVU9pzyHkojgjuznCkneYelJPOVHB8aGkOQhH3mE4yHRQjg7FGxVxpw1xt1EVgX56u8W32j0lpHIGvHf7TBylrsXT3hYqpEU1V4wXJh791B/u9c9oqwe1Q1BH9Izd+WhDAYYBzuCR6PP5xuyvFmE26S2IVV2Ic1UHDjIoMQUihxhEd9D3wLwEWu3wRw0+0KQgxlj55z7flfRG+QDy9NUv7Wg7ZZ42MeUlv8PuK9Pz4q9+l/q5/pcvd4j1f5/yXtXoxCxmss8GB/sw6k9lFBH28nYoC2SRVjw6xLaVlvqb/QoKdICJ8dDljqu1VOEhn6h30n/9UCoDYE8tpUx9EcaPzoC4Mo3ni+42V2sBiUdFQkx/WMp6BqZoZ3fjcsnSdk81Ye51z2mwAz7pJOvGnfvnVMiIWuQtEKFplv0mZNoYxXtJqY2E3arkb5k2Y9s0/MJb3NLXXNYJ5A1CbOAtXxdMIvJwyb8xyt8zeGfyoGEwYX7Pwlptl/PXeNEdv1Ln0eCK5LmSO87txKHlmaV+RrXD50DtV4qC9SyBM+44VhWaIqPKX7pWt4HGUZ1N9NmbN6HW21SyTu7YMzUBgUXV2YcQZCgVAG0jNuAFctVT8+k8mMZaVRVQhvi7zrd2zreuMunkl5LUPSXBfwKAfXiKKwKier4jLW3rzXxjilK7RmQEYXChZwPUM7vX14yBj41oaltBi9Lw98i34uJdsaa+Je/tVYwsgldgiS4uMCvCr67UNd7hXmP7QSUWrfDDM+GQlU6WmiFpEWlJChPyrBSlS/hdlCuBJB1/XqkmjqIZScMLzh8CaCfo2dYi7JiU4eMaLvRbuAKIS1PDCKQii3Q3kVn1dRHtg2QdkUwlVbd4UAzXrMWucoD7ceOOH/yN/IJqLJ2S6SiakJxhFM9x9rpPq6bsmZlxoXNkdM3Qxg42T85+8fa0T/GTvSVX72/5fFbVVZ18IGazE+GPm8Mnm/I50ftzv9FBDppJKzXYvTPbYRIZBUAMBuPlQ3ydhUkGT4/O1MdswoFl0A/ha4iuVLnrRCg8eUZvfEe03+TS12SXSiNLSjSlvk/4ROIJLiiZOmEM7b0GCTEBbNX4nPhao3qiG4+Ca8neFbGP7dejrtVhevCtkw/T9tAO5w+0kTwG551IP012ZKBPJSAPxTQcRi7sN5eNjYJQ9Nn+OXQvTgJRIdTwHhE97LvVLn2UyP11FyyTeb7AHfM8bDtTHrqTg0DHM8lko1zn6plX5H911R15vsIhujXya0WEFynRfSKSQhNTY2uFxrRKDr5OGVMoTVW++/+khfmHts4dLj64lFmytWLpzrKfXBaonsAmGBSu0bonWrfjm98a5T0aVFHeGVtHjRTUd//ASDSSOY68KiD+il1hYcPIJ5d7Q5ono8CvjmGEIW6wtgDuC1LVsvm8mdLlcpIvJLOiFVCuzjuA+zDVMF8H0xuqeqcFHaTMOJMTdnSMR2ND+d1VXFz6NawnbNRdflaEa+I3qF0SrM1sJphdHtCYHRM7/7DuGAWu1bmKPc0L8IuianeQ0/4pZoC31m2z94Ln1DrEyo6LgMwGWoJujpWKsLcpp+sXBpxzXsX2YoyuVuwjCk0+KAs7Gvxtgrn1muzmdd1duWhdgPV/CWXbLSB1H8rl2+xXdK3SyWpbjCpF+fzVOTSoPwrXJJxpijvxT+OzDTLkq3AvJ59FDaegyGBf5RrmzUZXGMXkXzanQvHl+/0bPRiLGlhw6rsq3VFvPr2avG1jfkHJdqducY9hZNFd+fuy7KZeWYqyLMLChAGA3SoxurqcrVtd97+aYWfEgIwO0eQWUqL3E+U+fPixsB7BEWA+XoJftK+Zwlg2GYmun3XS9tP64fPzUdFxLY1ZZ8YHsOCalKCcpeyPBsNqvJV+rJxfOqvOBJ6jZ6YJeEZtauPiherQFsdpOc/Pk4b249Q102N1eUbQN2flEJjAzOzOucwTnqRt3ShL6d3lI8rwxOyFgBVW7A8P979HqMi3Yqfg7Z38Q8fOEcI77b46z6xlicjO85YGHvbrMRpawiU61yALMI+Bx5NoYNCmAqTXl0TcsKnii4JZUqVGcmSwPe8cfpKolHBnsST5eB1ELcOoJXg63zRE+cSb9AO5LnbjHEBY5ASKGcgZYOeWIvfBt4hGwqIXvHKcZkzjl7yB/uvP5XN1ScIb2Qw67jMiTlGhbeNUFrh8kfi8edDjVxtblLeYUZHq7OgzFL3fo/kxC9sxReAl/afAGrtrJlo5W4Z8rNjevX4E0Tzh9CpNTcOAKWtcrlNr/rUaI9vrwVbCjalAS3qMDzVBe0m90xIIgeSUy5A5BikDx71ArjjQm4HcfmBZHx42F6O2rvihXR0LynfywwxciQBI1lBF6OJvlo5c01FrBZLMCaDN7v4Sh/hUQJRM9PMvvMRbYzKjnS4fp3HiwlMueeTfiNdIy8mh+xxCSjqA2REEyhCVx4YnuLyi8kG5hxf56UYTVnrZMRPjSJ3ZUlY0AZEi8iXhIaXlBlC0Iyc9q2mNMjOKnNIhphygvKmIBVLBEwPedPQGng9JwZAUPKfIBvOgtnKsCqIN4ioTgIgNOWUBcZecJn6h9bPtWxwFRn6QQiVP19H8gt2nTzUFNkk7qyRYlOFg0d5u0Kctdeq4G0yw5/ZSlyTbFuRpqP6xD2vcdqzrACSi2ejeMQskZN5Kucevjfe/+rwaSkU04HAvaz9OnYEIV/6mDLl0p1yPiEJznJMf+BmWy/x/y6vB8Gys+dHMkpK3X8EFDAgdGFWzEPc8jet30wA1Gf6j4egpRHccdMCo+ix0eykltlklMloEoIPeofC976POl8KOXEFDDLTtOQqisajTL2TZAtm7ghZHR0+Masjv1hYOZrczvzzLcPzyAjMz2RO9HJFHzkIRzWIrdbA5whh6P3LyRttobZ+Qfl5zaDBMgULQQzyoh/XvCLTwR+PQeCzxlO/n3N2b7Pn9772Pm8x1wFWAksMsUIvasj7OUlgWhynqD4RSB/Nb2f2VnhtYksAAuwuF4a1gfpiC/Cd+wkhvxJ0+gKeVpitbohWEGW9N0QxWTAV3X53J8Ayt/86/zt7zhVHYKUnQtBg8y0RZV5AesOhB81lTqeXmEy+ZBrM8yHLQQmR5YBglRGlWxcldaH1JPO35Hx6KB8hUnSTxqVHeC3bbkKfjd2B6CBvG9hMoEHOn52FHCxz+jIfErpU1iYaYa3x90JBHNPtao4hZAKT5m9NrXvqXYjyQ0FziPbLagFmbyowrBlxQ+hGjENOqlCUMV+bk6V+4gv03yYhtUF4bIUNeTBNMRbg3xkQ82f6dd/GuaZyVSqJi3FcGkr3T4rGYY9bJdTx7C4sWUThbkljOhywq2QV1yJOUDvbiWG+Bqn5C6LD/SJU9BfZN1GtfVIsWB9uvMorVH8KN6f5SoDlri+BNqPxHUH0Hs3dSEZVmMTzRu4St4ZTg4OaVp7YA3Ei6WxOIJiJsLPxqAuZSrXYW5N9yeWxnVOt4t/QihhMB3a/cmiakA2MNX1XYuXyo5Y/1ew9SVTFJTd2BysMzlEd8Sz5s9EyB0cUGajP5mVPgppghaHVjQ9qWKLHD/skB3CPBMBxzPbtdvyHeoaxmx3DPfxDlM+LGLZ+BnX7vAraP7wDby28qDFlkM3YE12h0GB1Qz8xzAc7YhRXSV+UfcMx6AHlx36qakrv22RQm/+K+/ltyYINaJnBr/Lsie9aMgD8iAU4UYzWLicOzOByi4bjndxINrzlUEk+xTudH5BtuWxzL1WoldJ1OZ7vdfX5uZWodQNCPhpPkEIf7X6E58yQMclmLok01RcSFbCmkFdhhY789JdfPyp/qywiN9KMk1Tcfv5DgFLv6ZpUKBJo+fnuqeE9zFQ5R9SYwqGsrVpITK+0gqjUMxFtXjcu944Penl+nyhWXZcYrXZxw1UvEMnF7e2CYWZXS4gvS3wjNu5WG1MdLqfugKVbyHTjEa7v6H41mfqOPB4M9EVlx0M2RkebkZs5LYOgeWXDEZ8HgppiLVKS3+GTrSX8xY/RglG5uN1zOIzcRfS/bOHNGjJwmcv1Q2HNZsm5KriHcF/38Yhs5QYMm2aWDu0DIYij1piaeI4YhuIfsezU98sKYUYduLIJUgLZPsT73Px7YZMUidjG8BYxfsF27LT8p9iqSHEBTFxti3RYRilz3Ceex/s2xW/3Ep5hy2/ROVCZuK9B4IiXBwv9KAqyodP/sCAt+y+unlBISq60iGhNpxdvd1xevT91Ii1tAtEWqGZJcrstvEw+KeekW7L9zwqf3oaXMHznhNH16/3ppDMKPyJ+oT7fSxDT9FPw6x442b98TOcOMlQ/kZqClnv0yFV01HpucG+zctm8rdS6a7ygp8ccNNHcjTLVxH/yrvBP2xOjKz3khOeYtb2yUi1cDxL/7/zcoHxap14Ga6Ea/HFu92bk8hdp2MwF2H+Vr6b7A6axoQOlR/M+FH/IWSXyl5g8Z2EEIiOx1pNr1+VWKTreTDyuD0J311cctDGvK8gFZJn/kdGsgWW8qs3jZS/4VjUM4sJsb4wD7HEH0nyfiWePlI/LM0aSLKO13iS90rZttWJtO83O/DefhJB+AaIL9mwZN64N/nNj7L/V9zLbzaUQuUGuyHKMvLJvD38PB8RY1Ntpl1vwKLg6PhQMGq8DDi6PaHz27xYtwAT0OR9taZIXO1eQpFMStpt0dkco0TYsajsi3szVLj3HRr3BHyhRWoxtUjLoIA969fNeZRn6lnIm5QH4c4baMwgz/RpaK89oOXQB9EA0kBfYfdUkqYYr/MlaVJMgykZnzSFc/3/9LXeVODB98OORRzmLd2pJ5Y49cQiRzox3RMmP9S/ie2GnA2fWeZeQQzBt0PyAXggR6LDkif1Bx5MxofQHckE6YoTYKlkbc+1iGqBQR4U11SuaM1/i501hrD7wsxeoG+q0H9ZxOG1BJcYPPnd3FcQFn8caHbiG2m4sQlaDjvuGtgn+pl2wfOJk123fDaIcCA7QiFF2IiTo5PeYi9azmpuUGsvuwpqVVncjaDYxEtEUvwT2jEcy/NFsH61jyfn0NkHJJHvClfF/NrLcphtZ/UoxQadtArGPP6YO387WaB+HgKD820sZorgYHPehDMwOh/X2mJNTKlJznOPDVZBUzG6BKNUtPxF0DfH0BxjC7A48EYJXI9Hk4gukiOWbLsGB8sujwnGECGmZuPhX8aq/Fi8g8z1CTJ7qAaI8dII4lf+wy0NbruUyOkXvGYMQ7Xssl3wOKLZBdH39dW60hikRlGM9TOEZuKGqRRZ+5tIk5pg0caZhKfpzEWorF84H+r9ZKibaUiq571Grk0kv0mUrV82zcX8rDWEPv0nFujk7i8g6kNKADEetKrqWrv1XTEmPE+4GRyQuVBWMs7qMuJ8HSfkiTDz6tIopj+uYzHc9BCtN1tQwCyDk9kkiJY1BV3r/cWeQGsZFMrGljx8Ia9f/yCF5BCeiC/Y56nSweHh+jF2bz12i85LXtae3V+K5wGAFUqtsn1b6YA87RNRYFKsZ440JebXjSRiz8Q2z7yHuzZQMk8989MrfR3h1m3YneHhUS1jKNhvjz36NZEobsXMvfO88FzOa+Vn++/yRl7FQ0F7M6o2SSVGJEdm6baDDFPl6ZqPS81CLhEmtZ1pGRZQUnMxk0+N83/cP16RU/23zh5GK80H89Vb1lyeWPABOj3ADsng86Ahg6zcjxuTHpmZ9vcfA+XbNx2z+052tyJ4VjBMcQ7fWjNHccbTBEepxZhAqjMfHcrZEB9g0mrw1sRfXyEq5hnFo0l+OZAm2nUyfpUySt4JUyT2yzUQBCteH/pLkbxHho6na2aUVSGNvG8PR9JcSa8R6aDIIlfm5OuK5yj7tKxiN9nm1/NfX1GsOjwNL/dylH6us/nyN4k/5rNeNpNA4aPSyBqPyc9JlMKc7Q+wELluBbNDeTaP4f+QXYIJ2LAV9D8dEEgLUqdhrQVTwm7gi+wgxyqQWW08WwMJW9fML8ZVDiQiMKEJuV+Phcp9eyz3zTxkmxt57KcFA71gJkBFK66etFYTmpDABBKoCKoJzbVMdO+VghcrI08C3Xe4rfFAR5Q++lzyvuJKqVslJD++cNLzG/FTwipandPGqlqVU8vqHvk/tM4cf2BfKHdyLeA7VnPQha5tfaOroimlEyo2DmXlFbrYrRTCNsRZeGUbL/+a9+MNQW1rrVFXC+dtOW5QktuAO4lCuAv2UOVXGysNqaUHBokUPs1378Gasg7TrOb500wZ88asWfhCHaqzUwcrWfXKMXotc8kF7qBkTyEsdzZ52O5n5ud3r1IH6wLjI3ZZsbG4Y7eim1f6lGTpOY5csTOd68hhntXtUSJ6SkYt7i0b33ez3tgIGUxI9MNMB2Dj8yDw8/VgpeKbA9kyZGp2nW2chQ+NKKavfU/43pO366Nn3YY3O5y4BdZ4u+m9jr/yG6JzsNfW/RHG0Sh1Iz+lyLagKg7uGIg6qhktt++0RXMghYWvG8VxCI5ybgmSTYOMmpwyWTGC0LuruXdbubQC+biQa4O+8DRA8gFVxOrQ9ntA4aoh7AqI6jpQitvOZBr4iKTkQ1T7AsKKVF3EoQI4LSrVKLYuYBch4hr09jFWkQ92dSyfExP0YlM6pwmEU+rJbW59392Znk+OQPkia9cu8tjtp+zG/i5faI+DphH4pz0kxVbwwIUVBOyxDTw1rUW5ogCQyD+2JADXhDkn05O0ZL/cGvVaSZGFaHrwDe0MnWztNrLqCbz6pGiDTJSQedktNqUs0YINYVAhwRRjolRZMcmRLHBuMPV+fZIJjmLQI8JGet1u+tyuYGvXGVWfU0X0Ba4rzspvonT4+GlnPhMtbxeDXIoOBbyXaJz+w8KXvTFmBAu1vxAK/6cpOoR2OF3lfbc8qTvagPa0pLNbW7PtyIz9mPfJMwbWYt7LNsWEcvUddOccDb9umKPCppQTvgYWcXoBvzQBZnsPN6MBPWYJSqcR13tztKRZO1NcTyFMYcPfU2EMLUU+U+CKLWCMWV+b+3uAsLewSVjpWy+IVS+cOhzt+F2OmVOr70TiyPA4lquJmv/AqxauFZL4dZiDZtQRq5tjHGX9dHYPw0fQ5L0mUY3WrrfdobR0z0rXros2vtyzrlHGl6tv9YO7ve4lltL+5Uujo4zvb3VSATTYN7y+UghlaLFS9ow7vv3gmJ9Jxx4fS6MQNfT45wj5RFGNPb66C5cBg40jBUUA5ZkDcAFbjyOHzHJfZb9IviqSjdOF7qkjHuRtC7EQptAa3M4+5RkPGRT3/VHzF/6ELfnaEldRgTXcXo3lsTq5UIx7ioJ4XpyMNyQIhrYxfTEBbFnv+L8nqIvmoyHyvOIbR5KaupzoyLusk4Kys8m9SpoU1HspSfBXVgHPVaAq9nAzCml9iVSHCG8NsHK9Q2/RWOCrYrk1BB5fx4F5DJaM4fYYxV04i2a91cd0W4+qcC8UKxfjbYYqJ8aALdjgTPePPqefLxKtIB3Q+Q/28+HaaUYRunapM0KWoIOwXmhR03IZ9KS/jjNEAgoD5scnclJM+pRtTP2EG8ip5i5H+3h+vgW10Yu8Bds9F1ilq/rNX3f+6NV/DBZc/RuMd3oOcDSR8DOtIdy06u9pM3otWGfbMt/XfMqwJCR5B+unOWNu9YfAnlNfP1vpgCwj1wuYufs1quLcdc+aJTYcckWU3X7+adBQvoxmr3d2ZMgBD23z12NXr+7k67tqzbsII540Hbq2HQm4D86yjl7bN1KlrzNe6+ME90Wrdw7zL1k6rV7bqHnFan3wAqPEMwAFh16ZaUZpIaqbAzarNFqGy2TqPbbAzfPRxUCha6wmq+dgqA1chZpvBwIj35N4L72KS7/WpmIAz1vd4HlkgpSEj/eh+miBMrO5E+QrNg9iMvCh9hvznlZub6Ctog1aaAWF9XMAPmcxjJu/KMv5tOPQBO7Q4thmHkta55wjdwjBwky5wFNDPpH64fg5kzZgKL7kxqh3iAfT0D5tNN9pxoHFwgrp/21Y/Ub9VskNnDetLwCBms8WmvmPdPV9K29QlJru/bnPjPacpXEf5973+6OLI2ylDVSdPDvcAKy66CrnhfqKTLbNhANrRCAqTlRIqdhIUy+dBrJdSGwL/v3BONDcqprtyF0UL4lT8tGS9+vP/qhHLseurlUO6G4jmXw4K4hjFwQKd+E8bQsC72S6yXZoRtP6xs/m9LtSC89tEuvRubg/CID4OG8haJEPtGo94+xncCP/zE0EPDomARGO+uBlWIgkfLlLW/Q/I3hkgcl271t2netac9NTrtZTTKSe415bRz4hGs2QLvgJ62Rkf6FYooEjJWpgzWKJFzRMkWmhCG8nUttrwphHP6VbE8CuacGaYIMucHebTCcm6l5uspe1J19kW6eJpyjx/i8wd/8whMUBV3GiPBcUsnHjf1jggE6x948zcr+VbJjZyIDViFpNi4OZKLKCk4NpOK+iTkWS63k5k0RBuHqVPdSDz/68ClumMfpTWl76JuEsZNQzdBxm6i11Ap0YphR8TmxgWwpWsJKdyg5iAUoU4Nh7wFgaQzQ4kvx5dBRKAb3tzXroCeQIfgtqmX3aIXbU0KP8s2qzDrVYj3bQd6JYYfhWiRzfn5KibVRWKqaVnkeIGGkufr7kHKYbB0LnRZfldfXY7M48ji8V/9+nAMs3YGC2UYJ+K/h5+XVTS3C9BT/cwrW8R82NkCMObVFD4aGahjDRKRTUzxqgEUrn/G9nhbQl1DePqX6S39tP+R802XG7eSVSI3fripvnI6Pwy6+VNHhM1CTCmLWd/7R7MKWfLvyjr1mMjH+dP82BI87jpjWuEXcVJ9bhP+qTLe7bT7/gaR9po/DB7XH6A9Q5obRXKvq45SWMlI6wPFxH0HwCcTbhZHMC5PMhPE3SmOU87pRqsZhPVZneOnXE0LN8I7BbraRwzKVLFOyNltucT5R7QqYQXxMlxvFJqF7XJkxi8OaNCMs9kU4HJ7y7ncpp/7bFfJVJTzaCn39kfP+HWMzXt5ScmESnvy5iyHzLPfq5UzddiGWUjdz0e/H1GxX9s4Col426cRIoayO0zv64A3kPwdZ8vWK4F8VJfTxvuOTD0MXY24yk4EQBf3SQOdqOQ19taalvLfg8jH0JDcH68f/Fv3U2c62O3VUDc0BEjenn8Um1EiPy+tkLkz8CP/R7rjWkt99m21xrenL2WYul2Dkt3TDfUHNjc42k19mt5I107sTVv5ehMVmrFXfMbDWX2uWW55lTFmW0vXT7ZYPkxb7g5Iw6NpzWxc+LZHXHDqLb75E2EU2cJUWO8CbfdB8Wr/34vokbzzcojcGWqbCTgMx3xWKiU7eFH1LdFRuK7jKPLQUrwUF6YaOIrJOHCISjkre44KaoQg2925niebuWGnlB+C7cGyuBemq1b0Y7OJDILAHIM+2yAVuVrIvLA/QuepFkClcraoS8f2Z0TKosmsKsBGsHz2LVTx9UfvsF7thPTc11N/ZGGQAQCPl0M8keU3OvbtjkmGxP3oDz9CiE7nttm0VQJRUL2PZB6ix2W+UN2Lu6sTNMZO21nyaEGhrcvrKe0dEcJGvqoGFzQl0jEmv4aQUpAgYKW15AXvMCa1a0VJby0y9wrdXCzGEeR1mKTOb+n4aKiADn/n3EzSYjj23HIW4KYakBSpvhX23lAToXTa+z9vhNQGkR1zb/RohO7ZQ6SmNW4me8zwOWQJEpYmAzQcg/sgReHHHEMfJplCdVK/EziOLPrZpr8pRjyK/jlsJiscbxUVUDpwEkhfZ3apMerP/0/MXou4TziO1C/3Npp+ZE9hZYJjmRxxOCadJ0mz/Bapgx5n4RalESNKppQfaR53KhZw2RX/tGNHEeh8nuJJZN++QZjvwmt0XLo0G2Tzsq8SHOyVP6guDK1qVjETw4h78diBic/4EANWGpn5wx7vf4KcfJx9PWGdH3NSu/T+NWFC07zDT7kznyVircvKbMaHH4oELxuMRXet12uzEs+h7MNqKwjkW0R1unjL8Yi85lTbm5JA7ydprWiZiw2DwecRvOlPmW8SkZ5E17JxbC95dwemHsxlswNPYaG0GtBbTpt0IR1L4F3tJiMeBsXqGh+8gDHeSpZ2YrX8WuDuN787B2Ug6fEmBQxQ+cY9PLna25vYtdHJdX1UQoVojPBOjerE3NqKFxJWSVp9N/8TGosErA6IAnHvvf5lPZjjrlWZMmuJ19m/3rveNjNWSJj92E3fZTDVsOiyYftnQfu+eOr3ob/Uu2j7/iuSAnoBgW2BDUwwIagVoQfFOC4SMNjwT8tzjmv2LL7C3SuZ9W1H8Qxvx3Z1Pr46U0EXiT+DlT4n9KpanWHOlU9eVdL6sKMsPKVf86+5jXrBjd7EJHI0Vzbl2Yk8bcRuhWnNxtJSDk7ASpr3JYBZ8uS275Q6M8vEYtBUrOYt9HHbKt2E8yPRofo7K5Y6fdDn8XCaypRzy5nSdkLC07zx8CXFl38Xlzz5R7gu4Tum/opRFHICfPnPrMQ83b7UcaJ2+Wr3lzuEKU8bAT+iqbkcgnrFZu6t5P5xXNFyAOwTet/q6AzcrJzOzfnRNRPX+/UNKxK+IQ9FnU6Rd+4PX0CGrVhStasDz1MhrPkwdzPRNxl+NhPN+P3xy9dPsdPDpfvytP6YDJeHYv0P1C9w29NKLlQ4Z35UuGnK32MiFnipcGCRNlRfeMwIEDo8CF0cwvw3JPqr9RUM3ipduvieSs9COeNiNtuYibZA8Z0ZmoL/lmaAhiwmUADXYOmmYL1/uD7hu6HtkzEyweX6LQ6Fo1wVx6IjP5Cdd8elEwzZLKUzzjRAd+qi0PmQwOiBrhPR38MPsB+/n8EUAwBGJotQpOr+Hkm/Y5fIPCfsFZPJc18o3LKFaYYu6UKcdNmKrL3RRtuKXsTW/nFRfvqXx+5lQSUbjsNZn69ZflkPEFhiqxahxVxKisIgN18e/mF3Bc5uIxUGXZM7DQUvmulrnwQKUQ2NJIpPDbzNbd+BhMAEtn7/8q7hL5Avcfi7E8sXlad4EN9SNUvryoAVrTI9x/mzboqBhhZlNj4g3zj0DI178LW+Idigff+ZrOvYRT6maXW4auNrad5k/H6qZdrvxb2dc0Kw2r4zWQIr5OqgPK7AdtRutop1aH92sXrD3/ksexR6XmEkd9R3EtR7a7kXE+EUuB///9TFTNbtlRR2F2SOyDOuDbMrzDOXypqjIyJ+Jd9X1llVZh3cQmySa7MYiZ9UvvsHIavbqZzeA3Ua5qc6OsPPGtHq8dhdng8I/1eLQGNZ4XvS2nvm1gVXlnKfOdwJvJO5pnP2kLnXflS37WFv7QdXxhhxf+qF1CE/aHrvccWGzHFY87BtihxHj4BfJTpkxUIbvyP6O2/W+BpnLDlXMu5t/MOAsY7xkU5PwJaS1czGj4/eB/h+0ZDStF36j0sDHVjt4vV3Kj5b0d6sUBYiU8NuCzUe8M+FzUE8PhrRojjVKJugPO30JUpd09P/3e3fik+jvszI7761u7YmTGcS+LHoJm89mdoPAD5oaWO9CElamHxyXKG2hCu5lt7CocRksUllSCfLbL2kQoEHHetD1elYhz7aJFgchliAFpmR+XarNvIDaZH6BauEATNw2moTaZ5+8RugYRHFNBUKoSVtoqY4RVUHsi++kpFPs1hb74K0LKORfHtBxcPEsuzfOAzv1yDl49E5xt9/3JF/RI/uN3Mp+ehXYfEGDL3lqYh9xkHrwjiPCU9OWwnI5P/wAbY2mDjLS8IX7AEuEyHV90/jXHRasmDhlRnXzE/OQWF6UrzCEVacJwtxKetHSqMGOtXgJi2uGqbRuYOOol5sOHoBErvBMSOJJv8gtt3ZU3/SPO8pvJZA5TPj1a1KB9cRsrAv8qew4hwoVRLebRBo3R9s2q5M2pL86mo0HAMcugpvUrvDipM0b48vVh0/xmCI3/45BF+T8PNqY0l8fj0yO9Qkb6bIe7Tnz0TBh7/kiH39ovv8X4Xv1pbftS7u0sLJcM87T3oCOuLZUSviHSiUSTkJCoy1Pe/+31rLf0uTSfucPFL4BfdWUfbTQgHw1mWoiywbqMNhttloTPgA95Yi2v2bZCPehX8KNXbWqDfyx60cs3cKXrLXc9HM2XA69YX9nasqyzF8/dy16u1dcyFBmj16seI1zZsUWLOkYf7hjFUMeo5jqW812NerRjhJs6Rj/f1aiHOkY12xmIpztG/mZCjeN1vdSqrkDut585cf7K7yjbqQvAg8XwdeBhyOHLwcO3wBihgTE5f3F4sBXSFhnU3tjK2Di2aI1k5KskW6DJejy2l2F1H+CsSaJzQBOvO+qEA5fnPrX2xZshztZJ2fm1dtfUcWmq7XwO9uJ1Y2N96YTX2nLH6JYN5w/ULaMJHq1bNh4/ZLeMZPK43dZjuuYQNG+URqUtuOzfq5drJ07A88t6bqTQ/6lHpxUhfryuNK7KLDlsQVQxgpWKLZpTjGxe1aiXKrZquyIDqxVbuFP1N0QLJPA+JDFZ8//WWXsairo9Um298lEZoj1/LzchYoPLrqb+1IWlq7kiRWNHrBC0f6HBA/7RrafxS/U2Idb9drjZX7O//Og/3BZHr9rd90b4Px0ld53nwvAvNwI/ohpyl2/hGIG2/j7zWg+7Mm282wgahYYETdQLiPx6c/wgu4FDkh9eqoIIJxZlvIoh2rDVmHSKBDbwyEci9lDQ9qscCgBT/tbWAICzAZyfbH5bqiMvpo2ZgYdv/f22l3+dE9zIGkDZP4H1DETPAOyBHdmBtW01Wev8JvQSaTrmPD2oa2j3FTYsspwv0pHZBVJV2gqfMUloPIVNJbeSzUbNfo7uSB9SpRttxPwmy4rX51nr0sSsvThu2DqWNT/ZrFnRETEe89pFGEammlYzJ5pB6N9C1s0VkqghPezQbRzmlUgwpC/uCQKZapYlSGSqI2ZMizymMCyLVDZLUxQydcMzdt64ZLNlZygXTzHNTD0gfc1iSpnqtZ3NE3MWujPNRzEzYzxFqGtCEFCt/jz/zkb3R8mpxjElRTotpsNYdBiPQKTf+YIifl+HTPvqLh+VjVAn0/JW9UJLO1VmIBzviTCicmfILxDDW4gohVeKpxoe6rNL1hXZ0Q/4XqDps7X+hTzJJk/yd20MT3U2vx7+sZmNcUh2Z3lZYMozkZNJsrwWtHKsV6Bxbb9qdQSbN2dgR7VyaeFbfz8FdDQLoirRMFOkP0m28JkN+t43PEBxhWYGt2Wp9ZWChMFNr60RLET9tP5ya3T3gZfk9pxSKgClB5/4BcM4+s1sL5fEBTwcKpSnqaUePpwUOtAFIbV9hIAJcVIxp43Vgr3KibX/PRwHOHBeSX6WxZKaRj8M+hzqqrIKwKmi/eKNKLZh+n949Kk+QEjWSb223h5TN/VCj1YbDR4ylG2a9YUHm5lkraekp0jMMTL9bo/KtPt3uI3qdTniW83vkG1z/5IdXn6WqXb75wLv6F+j18Mw+N1lgd3GqTZrXa5g/bZMPoJV5fgm+rwI+T356aDfixBQmSP33fX75XxEq76m35046SBO2qpy+TReJShGtm88qhgVRrZl58gTcslmmwRd8vn95v70t53N6Z/F2/3lD8n2Pyt5vDTFlH6V2VWEe0MNNCMK/m/OeCM8XK7yGxxQTx62F0/lVoNCyKN+9o6o9Xaa8SYk4Y5M8ntiAklFKdxh6go2DuWhhSwrj9Sf4XaeYhoNEQz5rKqmO2XWDUKgetADgo2jqyvjUF+rdU4Df4QHUzxAu5H73BIA2juzG/6OUaBA9kDPMPccp6JAII/+tBdypTnSguIj6HEZAC5Be8HADtY1cH3ALRkLTQYCj8BmTQJ5Twi1lnZMOdqQtXpIVdf0eZBZOOSraXpTy2/Xs49wI2NRPOK8+4g4nExGUnmjoMGww7CRY8KY1w8OYhXYshHgjPJks3f52c79yyzlxwmiYRYOqcrxBgGOsWD7BoLldH6ytUAyyy8dJa7MtDMj/sN/Cnuy9i3MPukYDzhT14b7+lroR6RTp1VW8nFM68YOhOZpOG5HatuwNNmucMTI+qPd7+pG0IAh7b/R96SJr7xny3rvm+yxkv/gD97bRnU3zt2QqAfhI7XRZF62mciDeGdBwYyqGI/dbeVjIV6X8HZC2W7cUDqqYt5zGR1TllRMxRsBWDauKWVsTKKMBtsf5/BHeYrADg3DCk3okRleD+bXOnhUTvkoSXcihICTRJX4b6mk7eskGxm6XSxoBP+5l5URMZtyuEe7cspovJlZuRRorwRekvrOEfwqelGu0wdX5PeLK2rPS59VTQXnAz4C7rXoyBfH7o2FodvRnTLI/gebZIWxzUyy1lPLUwR/6xM7P2xlFJgxXOcIa5sY8ybYU4bbwDA3ASw/iU5aTqr6TSy+hB6NGSiUCvxOM3W0SvJb7wqwzrcT4/KM0cHCQlFbY160EKhXFva0X20Q6JlqlD2aCOSiDC4eiL7b2NjwaPweNl5k8QLtJjBSscmwoRpFTdr2FPmrEbDh+Kf1vb6li3/D/OSax+IGllHAbvtnvpIROKcRtWGljJg2WjKPAkF5wDE1PKAtfqkvE0BYzeMVB17A4Q9DvwWIPripINvpR1Ze/kRAyX8j1miMG8dCy6crDbOTh00KMByCaQvssN/WQhR/GRNgATcfGLD3vfZ+aerJ24IbDBkkbwo4YfRrGVwlNQIoDA8RxIYUydBAdmN/rijF4t06MEVjJ2FpC5Os8DT0FCnZ/Wntiak3Zrq8WF87qPy/AvOy0j+KuAb2ThmEu8GSU8Bf7cvWmJg29rV94/opqXfLEFLUY2EE5HqjsOLtIFrUr2WU8lcZqsw+bUbfp/NZhJGy+9nbVclP+QfsXdGdA1Ncl+eI+darMG3Zmgmzw3xP+zsM20qeE6skCwz7QzqZkmCcUyUZx4Wy/sdz29VgfF4bMh0xkB7pnhsLMB1bIhZmo5OSOp4adFYEnZkbRJvVoSTy1I1tXXtfq9y3jfGxkLtJJRms5ppkOD3s7BZrT0/D/GqLgbmKYnD7OzxGF2b2e8AM1kyyzEYmWeeJ5Sliv8lpOTXl62bLLE9BRsGJyn3Iy1TG89CX4YEXCL8JwML9A4NZmlCirbPKXKoW8S58UYORe39V4R1CMPMrza/9RxJmbrRjMd8MAiHUm0XHVVzB7G3sfTfu7TSByYcqyuL8HoSVScQJXZeer9CqqszNNehuNKzRj2EluwtrhWtIqdXaSf+EDVV2Ipd09e2LX8BQHOAcYxlRb7DzCOHuxtWiy2YIErrBZo4n6uQ3Jv4NlPsLXa6sGqViGMCT6s9eHj9rdlzqgogrZ1/yexY2XJOlG5FmKjRN5wzPVsW5QWbdU6tT0vZmFDDqbjepFf7R1APR2UgM/S9Kr/jfogW/VN826Ls2ONL1Ek3/PdK+lzsyni6L5ZfvgjNp/2mvtcst5SVKZZD32YGVdzq6XyV9/IbEZ9fZPwS2FJ6hqkrnDtT8VeP1IFbYBqY7dIFfcqV33Zh8yXP4g0O0iH9ZZHshLQ46MQRteIybDlv3yqwWIx7k0RgN3uTaCeJ1ZId5UgonmpOrUpWuGClPL5mHxixvNu9Vs0fN+E5+sUNgDNFwl5cQFKDSQVRudMgnGGNLCp4cUo94Dhlnak2s5QnR4zt0leAycumBkzfIO378VaN+sDIchR8JFY2DU3xN5Wb3w7ZFV6rwr7KOgjqcDK74QH2BJGGealYu3o86biIhTpl1y//kaboyv8bpruZTiUWgZTjXedy/BVBZdmk2JoJvif1uk/IDyThPEBCzaPBMDOa2B4Dz28Kg59UkUFyBPJcmcpuCkG6iypvdI5Hb5SCfch46lk5GudNf+s8Lu5JF/3nYY9ZmXJyO0E5ji3bRtYWH4m3JO32YKRI9ZoSYEJ5JD47bo+z3cfGLAj8Tfl1ZOwiJvDf80X9DTzzp3MYp4JRX81fd7Z66PlLuurF5+jbIRHIE8/Z4XMMkGxEM5O8sut2m0JM386PMvqnRNpPq42QAGCJI2ewgYKLWdn+0AwtgUFUCq7MH5GqXfx/KmjBSglGdn8IRcM3Hpe4ojaNwOzieEIw6i4Xnp+ky+eN4h3CMxWQ3ID3g3EsX8IPHXKVXKUQKpCXUsreoUc7WUWGkRK+8f7muVr5Fjnbq4g9SS9D0hMKmiOoJCGtqaT4R6e1KRSkuOry+WARTyejAZihLfpGoXRGvyDGbicyIwo2yuyy1jXueTEn5dVIwKorQFt8hKacXE6P2qeEBUq80VbidlJ1s7jBB4arnX1oqCy1BW9oTPqLT1I8MDsSlqbwEc3LtNLRlzgSKAdLqegTdhR0b4OW7iw4rtVdr/hDV5HI5fAmZGSvuq9lb6nLmv2LTqUaXXqttLYjUavdYgGDYNr0YrSxxqEClAyRp5t0AlMI3SbHQSQFakvhWg0xi4gQDNxs4it8WccIAzHnGueWQedHTAl1WAfR91XTRvHBoEBB5uOsRhvNiT8wFh0JKfV5zdO95p21uLBqIs4uFm9SjfFuokbVNCh+bENq3N5orAy2QoHMvH4YMwjOFkKcJFwmI9ABYCSbG3zgKSOWk5eOIXuq8UMkCOzFSXWD9jWwVBPmkieas/Si+/mV+vR/XokQPp0bdj7qzum8K5rndr5cDpafe9bt0zeWVVgeHsy8n4/MqTGB9MZbKzxMiC9Cr5oXh72wG9G9JmkcldFvNl9rEOk5SA3P6ozF8H/UHHQgJCRIiHWRLvEdL/zh+kB5mza3B9v/dmdlfd721/Eu8dJ1tEO//IE0ShrgqOPp5pxzGhtVeqwT3jJ+knl8b8phE1x/1EnAzZ85zNf8t/eRelAwFhRPY95XGelJikT+wAp31qWTL23WpUiShMedpiZYXiA5FsFMZgsuKxS71BNkCQVH0RUC5vAxQ6PeCWPtRXoAneEvzUNAucQmJAjuRA40ZT0tY/VY6rx95aOcrJS6kC5PDPRTIhY/CxYK7cNzAR1+FQmowDgOaCfkfC0f3q0hQbB/OINrP/JQvCRD7ZK7KQxsYtU5OYEdU2Gan/Te4pYuqw2a+8iUJIlFcHcKlCGLjhdYhLzf5cRe+ar9264vlgl6hM0WBUGZslEm3x+863JgSgIycfzi1ZOB6ldNuXOMvH1m0dVHkb2qhUgYaHVX9JwLAq3+9VkU56FSbjMQYXerDnwMGJ5Vv0zA8HQsiQYdJR6IxieYBlkuBGuMsa492reJ0bT8nXGTQWJLQvWCRcqeGVhTvKouf2kOR3VhdKgP/v38fHM997ISSg7L5tL7aTkL64oZ+pekwmG261ASXv3Ad0acq96Be2nHLGKi378nENurM69WkGk+4/w8S5Ah+MDyUeDyh5dKHe2/VZEJWr3tF/wGOIxQta5eYZyt6uNOc744unxd+0eHJoljrtDqWkWgFQzA+4GJMWu0wdlhmYU8O+j+C7KocBCYMsl7mTzO2/gN8zAAYfZemXk8LNrBVj1t7NAWolnHwsZX9/88Y08AARQyS7Z8bFzL/zLt9YMkKhrKUceRxZeXD4OFfbjRViCrYLbiC07VFgCRSVn/JbxZ1LAB22Owx3uuXDXQ+EAVpdtMTGKvLoFewE4RVZLH+8ikf5j2SzOHWqGEYij78ShdJn0KYZOKR+s4vwftHy/RDNMo4fOQd3HMXkDwumd2Y8jNpCQxkhNYB3Kirs2SR4rMwXW1ekdUNt/IIa5uaZM0nnafIxE5NcxFyLmcJSS5Qmyf1WZVKBa1BSkjfecOd5wA9yw8cX7jQhu7MMHCot3NJ/T2wLCVfDKkO58qLD4dwHtObAHf1pAuXHW+X3IUnCVyPqIxragEfBwpN2ZsPMi57/y+1YL1q9ZYnbnW65gnsS3Pat5gT/D601/6ZXjKHIu3ZMutnVem2l/YH6JRX83zffQe/BPUf3tp07+89ruXt79waq+ZmeY//sFtgwu/35/8ZEptY/xysVrFN5P57DyVVcr7BuKPf0uYwnkH/r3ycFaxlAHXVMVIOSL3yzzuabvzOrysreTVbnHkJlf9pKrehQmRN2CUYVvEPc+N2QuhufsxahL+hSfLe3Fn8SRbhaiuK49p+zO8mBCv38s2O5wEbdFv886byvetp+P47tydpa7ui+GP0D+JsvMPl/y6gri/hXKTs/jEgp8wF4o6/wAb7JmTh6x45BRwQUtAQDrPLh61mpf/6Fpza9w1aZrnhsfzhIG3QeiM/amM3EXz4bbwXnbfkJ4WjOgqZyaPDrkv+V2/Pt3V0FZ3wdPPdBtr7SsKO1+2QpYm1xUs+SH6qOBKKiDkbZNu3sysW25VIde5msKeu+Tb1frukum/vTQTfTJBdRD0lfYvGHBk3tMS5yau4apu7iuiTXKcNrZ8SkN1OzCxO8oebw9y+befxFqztlESeCccZbH73dJrVuQHfGF+PUlEuNucYWNLYSVdhWU0hZ2u4Nk13/CPWHc+g2oo9j1thi7B1Z+MtYWam3tHNzfZQsqavMJ7jq1dH7KQL94pTqVGkNaKPr219uWXcV+6JvjneMCmY5G+r7AXtEFpoOkUA0wqYjuxb+0q8WZwXne8589sBu1ZbImCQvjXet1WbjcMDpwQKHWSYl7S9YB9drEhZClu+L/Pz2xJkk1Xd8hW2ciVSyj9qP04TuLKCDNC2LY1kQImF2WCn5Zvwft7TLtZWgm6dPKBlRW86svZngyQcaKQfhFyevFekqeqjg2rC10ZuIubp5FuUfds35JbMfxULPtqSCGdzX/NBtFMEnLKQG94Kr3gbbWnwLcGzUXeKrXTAR0yrg8p6FwzEufI8xvBg/KNh/96yiL/972MLekVddcVY9l31RTKsX/G2CCLU3aXacP2fc03/8hhyXCf+eTcGOJtCK+9vxHzi+w20VElT/nDwvTWUQvq2hYLKHGpbJ+UYZpuaaQprouQljcaXuhlKQgtBdKcBJ0t5Fqrak/OA41y0T7+T7x+dEiC1o3z1OTjLNBafE58LRT875hVVHSlIa9uCW6M+HygfprHBWJGYlN9ppLs3dk/dTZPUT6aLVwzyGEbuGdiWgfG+ydq3kGNnUi6LrGA4ki64Cj81TOljxLq52gExF0ecVl3iU0tOUlyHZ6e6XvAkNKZc/BSdxpDUdYG/dAeSLQnIAyP2UGEoM6o6ojSqnb/q+5c/hkU2yUeI00jCLZ3FFovwPPMnJVHpvDZotO4ksca6yads/ZF2qyEt7PRWVVrWA+mLP8nnSah6sKhJZ07/7BgNrC9HY5VZ8ql4lykRwzHGI9BNqBc2M3dHw/umQdW53QPlz5ZQ2k3OyL1+jXMbwXz1GafEm31pyr19xOkmRAvpr4J0HxrI9WozL5VfMbCc42CGHI+vxyewLT2zH/2PY+ibp7aN8I8tHon154wBysEFxhFgud2t1j9QtVbhs6Ow9je3+imMSyVgj3jH8YCYM0hcn5O6zSsDhPT6O8EZ3YzFTo332RmjOYALeF8j3mAuxtxFc4ZtwV1M/+BKD7mMJzLMPqFDaZYpBe10GbqgryHLu3Wu28fCaFFERuxCyMPy9rj4FbM2xwHj+3HhYG2snPCwnxzguEf26Ko+IAkI23IFfBRV4OOd9BCG1uXtPHTxU6gw8mBV6JR/OcLKzi1puI+jQv2xxb19bFnC9mDijo/EGHQcxUC7DJB0t7+dTPf7RM4tBXPkSHm8nKIeMg2aylGmV5VfnSd5pymn3Rwqy/EeD5i9E43kslYMKNCJcQc9L9Uqouyc8EhjQyw1kytciXOdPX1l1eP1+ytbHh2nexVrj9EfK2R6J6mx2EoMwta6IdCCeg/ryvSvcdbROdeR8hRL1JRmsLfcbNxEBkRMBccKRnEv/423l9GLzLgLYGyD5zA980MXd+mMQ/I+OEaAyddwAJFw1aFa00oejA0r/dA+STWvxQi3vKpFClmHGfUGGyYX3zOWIznE1e+AzSrPcn6tVAz2u8ZJE4gb4HzZZ5jKlP+ZM5q8BvTttTYbrtuHmgvQ3wZ44s5Q3n7nNqBuDgPuW4wjM0m7cNembDGrfYrRoZjQF1v5PsqlJiaRFx0JatgiDuvTL8PuMIdvwzgrOkQ2D4bugthsbG7flBGHH2s+Z+Ls4UHj/Kd9VwXc48DwOEsvUDPiMc+N2PyZc9H6C8qy3z2CezJsFZOP7dVI1jwlKVXYGNtLYgDjJgtb7Q+u/ULgMKguNonL04959XTIxt0f74BEEcr/rBcEwx+/sc+E7C/2s5K//ebjgHkiR1xgFpHdRCkL4l+gEoPvapz8EV+Oc4h/T+6ZNSR0x8ojy3u+/pGfpheYyX2Wf55vt5yei7HAJChAaxln7jaaEupEBr6vGtQbOf8TZJyR+kzZSmsXQ2BqaxafBk5ojohgxYzm0yluVz2bsOiMTmxdUsJUcUG21w454XzESIe2d5olbJk8Ffw1Jh+assoBNQMZhVUrixk60s8hmw8PVOpR49hKwdsD/DDrltUcnAG4E6vIK+7VY7oXVy6StQKxqGf3ACJqyAlII9tohKkecGgSDGmztpW0UXQVHE+oUaRNgWGSQqNXK1dRfQ1MRQLshOFk//d53gJRORUzeCJ1dNd0fADZUi0z9JhWW1E5xJkJ7OkUCiENHL14BZDWHaZHZ0dU55AOHK6TnZ/NhmZaaDa1QPprobZ3sSncH3FlymoLs2LW+tOi9B8WH6jN+zTc+2pQBj7pQAKs+ZPRj1/VX7Lk1GkHuuknh6+WBZ95QZUM2cxfyrJHM4+qzhI+17DIzaRzynWQ+HAlPkG1guBETofnUFBNTp+a8FzOuJQov0dBExVZgrtwlYahi1pR2JOMKoNLvxkk2kdj9mnYQv97IylHmU55M3cEHjgx9hpy8ri58M94L1WKKPbGhP5UnEFPsRaeZ8HnphuXYUSevCMUqcZjBL9Vy0Z6BuXnay9jdBdV5yPyOgsKhwGjEFncTjFG38rKqhJGWhkUsy2y2C5/feJfEWf3P9Ea3Gm10OPuKyikau+aPEj5twTvVV2cQgFlkFk44KV3qmDb38ifFNg1licoayqUzZ+gqGaUEr/KCCro40wOCqY+D6hS+UGzKB8+sLkYe0fU5TEMxgiNo6tvN9ScJ4glQ4kKseNqdMU2C5wBvRuK9RlKwUr8is0kfmUeiK4+W+hUUn7S8Y2fSLPthrf5iBib/CHNDXIVB3hF0jd6h4dxJuEAEDrt95xapUdgZiSA50Z5KH7lL0ThLAbNHDptv6CglyBxjUMWvE6M/mtpl7D6nItAzaWWBLKp3oPOw8Qo9DTpnM1AQ0VZTIjMsW5fdItiGPfEUf0kmK1gSaF8TJINvTnzQ94xmv5g0XSJI1g0PJL+h+R+QKZhE51J6v6AqEwiDKpEgrNPCB3ULDeR08kUsG4TpEEgNFS3PZuoqrh96wfLDAkWRt/4URRht9HNSlI1yykp/s1RJYAQn6hswdHkceBaLNqPdnrJNIBl3IqhUM8voDIiMGYyG6DAb6olc2liSL2rqGatj/dp+utmozrPtjrXpiGqR1AMa28+EHw/LKsRjBwDgxVdYqJoRQjTlqMbtRK3xkSvEcUmAGQj0GnT6ykaRjELzNG6lBRHqKQWK0TPyCSxUauDbd01NBHiel4OjeqiQ3N+Jn5gk7yfIJB5F8EQqc0dFo4FQ0h6Zh3QORPhxq1FHp2l1/nJwKGMFuH0/acRXQG+0htX2pux3IIxYe9s0pL1Mr+O2k19Z4JRYHzpY8W4oHkHRUZUDgWkfSAxeIjFfHLOn31nEUflVJDxMZQ8j8txHjaRDWjI+4lmTcbdJsvYGNa4F+HfWiZ3o6DiCG/8lr1ruFdMiryR0TlKcbflHSWLA3qyMbwZHGbfVkh/XdLYpOC/0uPwy4zDJ6ZRUNOlvuj2AyUU9hf+mWCTq95nKZfqjAJFDJ6J5huqvViQncc3vPYybX5yECD661vicWkIATfoJ3aCznNGKSEMDhBSELeZwLRFTdj4mmHOBE8vCEg5OGjI0a+7eeYsGUZZfU8ZVkhzLoRo4Fjrkk4BCFHd4IddsXhs9FvmbcKyRBR4SqnU2ZMB9jd/G+Pmn3iG/JmoA9tWDUX69cPTEhCYZ+EM/G8+WlHPoLoXcRUiJyOdeHcQGkIj+AJ8r7YHgm9/mziPL6avD9EQfJ5r2xYMb9mcwBBsyC2D/+d9E5V4GPrYbMq5yidPLq9/tB17bZvcqF9KHGDhmrrqdgSYHR2Dkn6stBLeiJV9yj+AJQV1rVddi9AshKZ/G4bA7MvXf3wdMQHTH2nQLgQ1lFL8eoqw328xZkf002g9535wyv/VMXPtB+v5ytJ5btC+fnKlXo3UD0S9R33hOvvMgP/MOYbLtsPSB5ARwErnKe6GAtHQ9atc2gt5K5WL3Irh0nGofXGb/J2+gPK8TnjzoQTnqSN/Odp78CRGjvFrJUT0dMLjuB2sPD3sUDLGheFEBHnY6YVyscV0uDrFMe+/kZGH4nXw4+YEuFE+1KZsKPQbdXpH+8TOphFgYZxPVSsjFVfjcLEwfp8gzEshV5DFpAIw27mpu8bSV3G27UClxar8G21PJVDs0ogMrFXyG6/YGd2ElUKulL5s1i7KBhd9iOJFg94aG1kxpmIN7nuSXr1AVU4sARStNpzKfRVmTCuP+zwTMtly+TEdAxfgmKqzgQ4rYUwVoKiKiBvlKVrfXa+00YnumDTSzLXYoNIz1QTefGBkG1YqC5acukRRYTUQ2xBjGFJtYlknTeEJY4g11oH7oV9ZZJ9NA3uxTZZHDfSrSD3wMdJ0Ewb2WzGbTd3JVXJDvxtndE4VXS8YolR7N7X+O7mGWI2DJk/qiGS5f2LTkDPQoj6RKRgEIp9KsR7xK5A0KkOLQkaQLPK/6ffQjJlBg3incREwGEc79eVOpWAfRbU+RBKKuHm1CH4d+jb/dXz9VEBKKRUiYOWa1rz3WkmmfBqyMInDhClDIvSe96VwAwVwuY6U8OOG+oxPqhY6iYY0wExlNxy1zij88pX4wwypoXPZyjQIGaGHE6r8k26S3IAuutu6DnCzLb3rqgQd9F4UC7kx92Aun6Y8I76+VX8+L1fNURA1CSWaWuzMrzf+QdmyPo2mCM2yZ8YGOogDjxiP7b/jddNnN/5N3AyYBr+xzRX4RxysaYSWZu9ltQ2cILj3rZG1cVKigmOesLfKujg5j92g/o2QPUtDlXP7yQ+EdymzknbYDqYhhCplOdEcmOYOqLWMIabgleQldRQg3UJH0A+UV0rvFEFVVuy5cMEqGziuUN7FAkdKv2k6lsb0sMJJh+78ZYC8tErv7txYrW7Aw7JPdyeukRZWdoNfdWFDWFtSAvz4Ih8J67Vty45AXjmC710u8Ba3HsXg2HAs7Ato1aI5OmPOCNwBJjpxYB3tE73vDughmJG9f+FN7k79XrIZ/gnbfygz313S8P41vOCNn4Y/tPYNjhrzsF/wC3KKoVgvaTxK5lsbB8ZA5QXlmBTzEmCaVfuaVCRjvT1GFyLf/wuLSiZTnXC63otSZv8bFaVSmpEG2WBUIqXkpagMtpumrcYc99iWOzpTc0Tr3lHajMuZM86+zk81cfw+aNc9CjCHifWM+QrjAT1+2RPMFjwqdzyStRnR3aj/ta/lSqZCIxTEG4cRe37LMstr9vFbLPDnW60HDZLXw4FDbSeiAfBK4Nwq4x27ostCdEi9lVYr+mntzHWa0oJwcIll/3FqRzHL5WqU8bM1r9/Ii9+u6ubVIuka2kBKRlTDPz6PKYjLVpwIoxOVRU0h/n/T+B6aH0gX0EggLLnkZEoXNOd8OvLSkAODPeV8ZEqpXQXhLg5VTn+wWF4y0x/op9RsZLv0USJBctKY+AXSv6dT7FJShLJVc+On2EJpWB1PVK3KalDxgXpNO6UwkEUQBc00PwaHW88EQGCmQuB/4OsN7QWe92ixBopL8OFyR40hD2d2A2R9EwqhsiyA1idZ6ZcWyjK8Vab3eLy2e7k2+WPpLJvvHZN6SPcpVcpyoyozFv10IsZW9l7xwwm4Y5UEzrnCDfWLyXPUHTeJTqCK/4z3VufQrcv6DfhNgHEy/nMnghLy4ubeeuScXae8bIer7tWYnnxWiaF5rwFnbW09xi5p3xW/J8aBPlbPNzEDvW5M7+r4t1NzkdXNOZg2aipZBrQWHNPBkLdg68wPKdtzWsHKOJVNJSowEocVDG+t1JMvy/wCd2EEnZlbyn8YVaxnXPi2pMU4N5J+cqGKXkaJxBcY4Cw8J2t19WF904LXxD8iV5tlIlJkOa5QRaH+IieUsTBDjfuXNYlMCzSEfRGeO7/RGaNhtUwN/R4dmGx9+Tc+55LQGAEkn2MGemqV29SZQ0cOtz5N0g/nmTMxEh11WRL94+5xSbTwX32G08YR6X0QyygYfalnbGnt+3dIGUcaOtjFcUVHhMS9JIrSRNqq0ZXAqDyE1CW34ciC+Vuht4REC0Y+En7G7YrjCs2VDcSR34wGK98Cl/fVi7MURtMdLpco5n+YcskBSooNlVEWLBYw1s6vF31ENLklajIsfEh8aCf//84XuUqJnPkVYM9pVlKwnQcVdP37ACaxWutVz3imBKHvpA/ZljdfWGCHBoNbIIii2G4W/m7IF+CWh2B5PzRnlapPVlT2Mvk5J+yMMNWspN7fQaPpH1GAmGZnnJvG4q5xmVWIQG9JU4Ohgty/fn3CodGaWqYrlZbo0DHrkzMWviuYKwJSwQr+aKK75xKMfadcLjvbbvzxAHkZkbEP8YxMMuyO2DhGdPk4cXuns+HXzAvB1EeuzaWa7VJFvI1LO7ZuJdN7QqxPXOaj0MB2FpG88hetR1Zfh5QglMQTfZA3t9G+sjFJzBbBSpgYFhIpE4eAnc+pDuITWaW17/RJsvi22MlReujZ/JYSulHYMDb+u5CNpmgIlS9wCA3zfCdLtT78Ildc7EZT9hPEpRL5WayGfNJ5XNOyaC7og8P4kuHbIOURS3H8hj8jCV8pGI5Ai8j/prVgAOda4RpgPn3OhUFUilqfHfIYXxpeaD9sLyorR5SBngHO9q5DDJRw4mk9vY3sQZXpWiWcRZkZMGVUIT59z9/B846mt9MqxFrntJRga/BnlEBwR17LaD6dCb5X9aQHpR+xOUJoXH6nZTK9YD2kG6WaZ4KJYVZpn0qjeixiRYEhWxxQH2u/yQGEqbj84+MsMUiBfKZNGNuEiBR9dMzMFLSbtUdpfoLLlJXKHCvzI1Fd6JKIlsu6jpzJFQ9pwovnFZD+Ls8HeB2Bevv+yV9gmJMscFYiuTgyx9bxLsuZ2cruxKsTFJBtDOQlWlKTODhumLtP3GlVaLXozZDVZSH1zVvSDPEcpXISk15qrgWw1kNLfImtMGCoQpkjpF5VUn2BNwAwPdMMreC1Hj+ey37cltaCZIyWU/wMl+VLockXVltmWnIqiBE+QwxtRwY2I1V2TcAYjukF6fegbQA+sCTOYnTkaVdYu4Jg19PTEBPjWWcSrpDZ9WXNWECykk+h/ze0wPLoKKL0TquKp+lc/RQH7e3HAYv4h4izMi1fjSvNtib0546cVOWPoBgOJ1u6P/j1N81HIYMCuDJJGGoty6xTFCyOAkCGK8RZZTFwuAoJV6DPPmG62MQLrP7PyttxYoC/H9UavsaX0HQfKL4vtnoVMOubWQonnlH3hSdBh6ilPsY1brqprPzVksHQBXT4Pb+ZcTZ2oY6o51eUekjIiPLSy8b/N4pfBM2OYY+wZ9gSVXjIQpDa3R5FJdCJkV9a8ZZh7oUSI1TBuClEII7AHFBZksqNKbBhqOtohkARIkdGW9Ru9iNRA2nK7kQOpsgPxshK58pyybGWCauHkpJrc121hmcTogcqCfiXfxEO21tf0Ydlg0sV+zD8yquJ0KwRXQyENt3DLVSdrAJ8X5Uxjeyu5xEoDBnQqEZl2yHsodgJPlIQe/GRrgvnbyE0n6FOox4RFmMbYMbMydYsh868T9A0hzbhoXwQWAAO1C0M8wI5o45ixk9ez18ZLaDGcH9zH2F4UQu4ozqvzEowABhVYOC5XPiXmi8b7QUN4ya/m8YiryaskRK8wLMPDcTAYoTkKKhrtBA6eSNCdPIhoJ4SZqxHbiLIwj76eMll9uBrRCoAxFEn5sG5XdjWjI+51aodqIO627U97KlwTJRQRuxC4AociwxcVRC8/SUiJxAQce2YkFCvcqo9RMhkGPX3Z01PI3YJeTYvhS4caPmjdYDwy4y0L85kUWvfothwoCq25ZLGbGj4pYzCFurgry/mBgWhRZJsIgyxoYEMwbZkCH7tm2xA8gJTwmmIgDF1QQ24gvJmS7koUUTgV9AiCYJ1Tz4TngIa/bmZj97c/HgFSyd+psESze4SHgXoczYyGITNBl6lsv3FtH4CmR28ZuoTJBXqLecqW78zJqLDI+tFY14/Vaj3c0yNnaYBXjGe+qI0vAoc+vAE7mre1oiuR66rPuoBsYWtQIhez9iJNMIyeHmmNTgyaHXLW6mbo54enS0IfYqGJHNAnGXuEmuTi0CokqjC4l+KaY+0UkaLVYJlCFwcpIZFANrRGVW3U4IREiXHf5XM7OGzstGfDHfemxsjvOqPwvWzilI6YBD8Js7BtVf51oeO7q+xSTA/00fEwq0eQOnbSjMYpPFRyQx1JHOsUZpTSiY4nlhQkIP0FEa8sO6m6CMZVWo/wFZ1Q2A5rSu2s/zQzvL23xfrvd54Soq+MAmeRJdY9VEbOZaJjkc3OcGLpy4qfa0zGXT1M6hBZG6L+LR4Bt0nLPwrsX8f6CUe2uDbTmOPQSXqdidlDabp2s4KIY3zjCgOmIfsQxgQ7z+8aQYOHaksxG/QH5Vf2q+AmpA4BNxCILdA8043GCo+pigd936BYJ7iWDj5CK6pje8cA9pGMbdNMhjX7uYKMrzUNdtybUwl22TwLQ9H3512Jpmg+EkVVROc3m48d5FiOYtgWbXbG0BdBMlSoZdI6UXVIbl01U7umqybXSiROWHRvSk7I2glYF1jmSxU7c62oU1aJDth4cjxV3KDiVEyHJ7wjh8dxhzJmLrU6Gx53jkQKW7nUqgLogMPsiRM7MyZa6x6ZDUZu+bXAjC1mGrztTAUH7cdnt5ynbhYDmg8eSr3lKm2OyJ7arfpcEtJ8eqqus/SgO44giSQMMGO6paPYGkgY2c1GzW7S1qUsAY7anKS32Cakl6Ml7UpaR+eofZ/NJU0XOl/sdSRkbpMyU3oqtnssykYNykWukCGy7/yA8O+JvsWNUgJTDnOSYruYRJqrX8Rhx4kL7TL1YPoBJnXN1Tlm0Yxn1Bf5ZGSGK3JvSbUqpaUTtHnlI5I3Q/JWV7oUmET6EYl6KOok3p3YVBqvJbXMMkr4uZLlJIHEMDzxPzMBERGO+L9QAOk6QOs2vD0obo67kyxeF4mRsB48HqpvOaciQN9suCZkc10ETJ6ExzhefF4C/FPaTixOcCvL9fv6aqfzg+R77wO+4Pp7PG7/9DShqg0TSgHAvJ3LXVLuzp9R69tpQ0kKDxWOgLziov7KovU9yf8h95pH//gY8gHmqudnKmAjsGLJ/N/LAR8+WS/saEY2RQGfFZ2mBa3mkjafOiZ2Kn0cBz19mQT0G+BBaLXA6+btXZYWPAOYiEXCuCcw4rAumbtQjufUfMKLRgzHhVRlcOR7r3k8cA+1n5PTCECAKrwKs2I23mp3Cth4RF5asA4QciQwAQ6oO4C3oPT8U+ltQO42jFDkY+8NXlofAjxK8wJykZjg/8G7I9386yhCZWxrUODpNobEZTjM2FObE7U0pIJKrqYQyQCOwu/Y40UdrqwE1HRBfAXy6FKrF4ODS+hdcIBC6NRkuKdwEQrbA6isX0KNBS4+HUZlM0PnOqQHkP55jHtFzsIR7EiorKpXiTBVX0mHnt1z8j4TzWgZwwRBeb3wfBVY2SjKroa9gktamvzcjwXd6sI5hgVb25my+NSB27ADQHhC200ubNHA3HF/Nr+WUf4C4RSHHDuetnUlBAvhJAMBjCs8a7ioEVHlITxYWNDaZ1fjYNwEpqsw3Bkt3o9yCWWtsbkQGgpi3WcYkE91mtIE7UMZ4rhBap7U7xAcH+/ssAwiIKnAY4wWiWELOYErTyqk4NOOBmF6F/Yy4Rq3yiP/g0t1IHzJOGZfUja7T7kUTzpwh2fEX7HoLzRu5rNPgagalZqCf46ZFJMdsj2hcq+ggkHSofNWyqy83iPRulRotbQ45Xc/3DPqc5/ndE1Fg1S2G8KSkeD3DdAOJ9ftuwbZxQiWB2/DD4EOGXO51JaqDxvFIcfSLn35bCG5J2WRiUXUxAOT+kL+dBrd6StynZ1q4iNd2Phs9Kid3CGLNPOqfU86LrUCIgpg8hiPPLD4V+B6Sd+UqRyjmRMY7geteIg1rRB3fIirWgcQzZAs/HKpFfi1No0V9Z5tcK6mZJlFjRZBe8JUh1Jjcj27GuJ40gStgCZJnYvgZz6ikQ4jI6dyfbEYzBBSi+lHIcBet2rbLhm9Jvr8Y6k1QENuaJmqddXzpRmI1loVrdCC3TzOjMvbomFSTqh2IEgik9pbzyQuCv/Xd7hE04KNsuaQHbgHfro0/YqVyn6FTExfKgDQpFo+jVoSB44C89t9vY0KMnKJFzTUPt5vBsE/6gl1exbmuj6iF201+J4gnsczSAYKy+ProeCo6BHAgpFYh2GiZHYoeXHMGtDOIk+0lWICI5gAGe1X370tnxlMVm1F9iqyjtMUfGFzUstD35saQxPlSsjAlN74ehIJQ9sOrO3eKShmA8/TD5gM34qxxYB19pVOaRZLjQHavJcxAMb1fwUNZ2SzXejqr7ZNb48an0DkgF5c2Oi/hILxCwxTn+cQsQ/SFvfCPUEd7CuqpdGc+EdBnFh6v2veoTD4HtBIzli5y5G7Xs6ffOQDkuhDlCw8k2rwkcshtkeLoBU9td80So+4XPqNU5p8/NBu7x1sFS8FceJQ1tLcy0EfoK4ggGLqu0QgvaiMkYBmlwTp3FPr0fGKZNIy4AiDGV8e30Fymeq865xylWafWG5Mw2PRuLZklkb52VESzb7uYvJKVdCze6o4l6xupNrMx1LwIX2AgEsvGdRVmw7N5UxUPEkqzIOF1nqHV8H2iYM/x7EI0x9ntD357lxbuXyQyje3tDpTBKKKA36Iq9EZcq1MCt21pWPEY1VV+bRV2QQY+fR3/GAKKm60/88EFEqmfbbiASLw6ywgrw/V/zPpFc39boEJSTOz4ML+8BTrq5yZe/CL67ReSfZ472TMNQUNxD0YtR51IeCq8Cpx311NbsVV308A4hBx5zRRS3HqIAbJ9LRzmgHq6C9M7HiMIGE+oWXa29SBH1HbLkmMRrtty4WoKXMBrlgo2XoJoAabuELteEwmHVN45HPu4IsdaUZ/hdbLv77pYWCImbU0x6XyVxZv2Qo31c1Gxa1AdVJniPdgFz3Xp1s1/ryuGfowW6GvLvNqKtINh5R5Uo3RovoPd6ORcPok9mjK5ygfahMUd0TW/FUm2mvnjfM18fn+n7tcE9H+rposHGcavC+eSMeVMgTekV5bjNHSfwy3BTHCyKfT6ZVM+O9m+KgIjizA4eQ6lxXvxi/o2zVJlHMfzLtrlvvGswNjrwaRHxyYT9hU5raGOePNzLoYcfQAKh+zJfYZqUZ3UaPUimDYCcS7j1FCKZMKGRITGkJTPhrc1DCLEftJ4ubjTdrmu1pkUin4dzblDFn0txZtzuz7HTObwuYylKPT8eN4s4PuwoJCoW899COGOudXaRo+5gWe5sQY5uMDlX692dq6C1a/AQFTqZJwPxWCwA8EUPo/wFvNPn7twaaPWphmL6O+qoLCE/eNYVJw37UCiZXzzGfCXyE2VAV8C7qz4K5VAxVUjYr8sarDY8vKzS+lA/p6fgkM7Eno6+krmwKIPPx4X4Rou9uA4ms4Xns6mi0CUTPG7qA/yybQhuwO1mXcGytJ+VZor7s2voz94WYG/sxiJJbJtd3o2Lsdmd7RsgK7RYPkg0vxMrchFvY+Aq7+sWzH8QVBvK6EVmViIXt6VOz74nULVD+XAUDeWbtdgJ3N/aSWmSnfHc5QOrjUdQbT0mbK+bNRbsB5zKM4VGWcyrocw2uXHapQlvRHekfugqSKSPj9/yeegcVkU6gX/a1aLuVy5tjkqdGSDwxpyNqqKFd6NBB02Ut2nt+hUCg6UDTOApHyuJLBYTPBLm175AlXeF3Xm1xBSwr/AYhD72lnO+6GQnJxFVmNqgUMpcACCbTdpPKKISWAzCbrYZSx8EpRdP9/cry+G0L23g/nNjLdMumBL0g36ZUU2y1pXwm+hg6XK3pqDNlYf28MgjGuT+pEdJas05wS3yHeK3QPpNedREOFbJ23eSYhSuvgSxVNyVVWnuIvVu3W1JxBn39QdeWLVWtzWvV2qxg3w8CNyJQ9WgpbkM74BatAxEWMgFlu0iQ85yUx9eh6Uh2Q4TT2iTKge34pBnJ0uQXHe/IHTIdUcfQ7SA65H5mrGkJVCtENMtAa4AA4gt9RaQDJvRW5YUfw9v6KIVxS6xJQ09f2s1jXPvqGf3/QKOZ9qAZrB09bVXxqgBkuMkt/HYPbsV3P1PQgbFjcK2SGCXvZUkEBFBP8/r8EC9sYwB0uW10Pkr8nPyovlC70f7AG7GlQs+niOzPvNMQWYfDoRllxB1u5cl2ssExBY9NIgPdJeWifkLKPWcr+H7s65u462Q6dztswxmHohoFNJ3I02/dN78pIrweGQxpnMKbX/YQA9mYlrAHdqAraUHZhCBrE4uItHtsITonZngLWQjgAOD+QD63w8vf4HGu/fd3bQkDu/6bqgRYD+7lRyzSQeTpw9FEiw+CpLt3DczTuaXeO+OJIFnb/CBJ1gZfcei68DJExMSX0tUhcOgyuLOvR8fPmbWfFJ/khZXdhtVHNN3Br5MpEMEPuIo3m8HNHK5uYM2bQ2j8LAoGbrXpTRu63iZCnQ3PwjTP7qJLgA5jYoYs/z+YW+sqGVOC1Qos3JMT6/9W8tVBsQJ1nqkFBJpP0gf4JGG21jCbAE4aevMUihH14BP1PbaT1eZD1laPYSsuDVUxixHyad5tdAWf1cJLBbDRm76sggqg1WVzn+WmlYbfPcLVPtR3Yqg5ePG/5d9pHnjWxAiTxURHqbzpRSiftkpic5wN7keQCKc4O8PE5AlSxXlyjXa0U1/P5SdsMFoMOoJELdwgDArJYuMKxyPYYmDdkyDIFRZzkToJiJbRNY/omszaPK6ulkdvTS5ugg4DBXTzECpAI3HCjuU31Mg72evozZMhpJnItq39RqKNSBpcscy7lVXOuL9d28/xyg5SlMlKUjbxiem28CweH6ZfAbbJRI2TFo3fZf4nVj9zAmICKwADxDO8FGQh2k9uehuE1dyzypcQIzkewxwp7asoAxZdDUcf1j/I6nqhr5GPbdsuSJ/b7Qme7vMgJ+R01tM0tEB8MEHrAtGZqJRbtqobMd4fuMbo6fXJXxtzpDgx11QJa3u1kgrEvzzEcRRMOpTyxFaEV6lNJzdRsQqAFExqGsRCELDbYM7DDKiyHtl6yhhhB8uhzLRlcbWOBp6brTAnZ3ZRqp2mb9pQdbJu1Ni28pL1DTjrae92M1JUCCSfbzlLDNGqHUthGO8J90+LUcbbqpYj+QIZkX5icgrQ54pBod1HUb4wtQErTvPp6E+jiBPEbTonBUjKOuq8wKA+bu7fQDKOZ9IgTempOGNriU5KdMSflwI214T67o8fu79TCFw/8+CHnrumIDBR2N4tSW79d2l1eTynN+j8OMxw2iBvZ29ICtT9YSK7SEmxB/tAD1MTqnEVGOg4k96LZuelc+gM9tkL0JTNDqU9xDeCSkgum9h8il+H5+VvS2Ej7+aGUFJqn9812WyjiM5sqnBf7YiLk2yZZjkh/Rj4N0SCMdj/ROfVjY3x8rWUD/8s0J0ddnsWWiUSXNPtdHI3pc39vlSGOG9ZM2tHtJNIhbU8a4GqDH/k6RtvGNuwbzYMTT2ByShVTqv6iCkd8/fxYftXaGBKv/EPkc7CGk6lVJD7WU6F+yqUlpZB4Z7N58OzVBjKa1L9QppDvew4U/LEb6DJfxm8sy7n/t6tEx+u3dKSsZNXFlzQzBHvb689HRT9k9xeern5eXgNol23cpN8sNYSEtqDAHlU5BO3TmQ94BNBuH0oZ69nuNAn1gOF6V6d4vg2qUd6RinxrveKIhI5Expks+wJSqRD7LqSQ7PDSO78se0ByaUHzVCpmDZMVYgSUZOSmtFiuQqqFpY7A1wSUNjmZTlTdAtV56mw02CoOUqnIeVUBubpMSTeKHNCak9weWMA11EzLJ3gGE0nK+0+RwYOjXI1jag7Sy/yN3AE8BqAE9u0G1W1rziJd3NDFTrUPIl1EhHgWv/V77NxTmrinmHR9cK0S3kuzHtSdi+14BBuzn41FWBNKhPbjofamtPkeB3aX4JIaANMDn23z7h32sUFF8DufEZKTkl4fXJP898i5Apzu+lx9ewiliSlws0ZFYtpuhukACnY7CU5FzDs5OJ6Uy4nCTLGJGQo5ZnW/mLkhFbxhW2uoy9xAUFL8Xrmv32h+67Skpeia258U8zxyzZH+d3EFrwQNSHA8y8bzADixmEoIwiYAOYEP941EBO1PZRtsiRg3p4MhM4Ia133hvq9Kc9F+NL+IjeBmHfswHO9Nz4qssC0bUnzjV4zNHy0tctO/lgxmupVj87I+lXiq4kg5rO1JlIQJnlHGCFUj9TgnZhpxLsgs/QfkeiI9yhiRl4kptwiP8hgzLnJsJdZwVhrHhFdz/2bl9z3Ozdk2tff7c9ynoAzwOM8xQ2eJb227LxSZjsuUM9QhKl6iNoKI7637e2osJvwemB+PD3E6sU8Ho62sQOeCrUieeZ5LCs/j8Ny/8Dy6/Q7R/jD7ZrmwuunOlcV17xxj96gZP5bH08uym9wox1t5G76Pd/87bv+6vDfexfenI1+aYpX3zCHJnJiglBLa0S5pUR4brvTqRVWlNJtDvkiTdCGjG6bKRcocZxfB9C81OIQByZdiew7mac8wO9cTm6bHjbtyH/jRzCVIuoine1VcCyNji9gTjF2+8BKZNO40nOfIqKoD+HTUofw6r8rWu1+oH5VqN3UeOuo8s5twYZbgB3ceBVTbLPyarVbU95h22wV0PkY4bchv4sv/l4t5wXVVlkNSIq2b6dBmQ9XZn8XZb7knA78ts1QJuszcADj2bEVRs0TG9TAxP2gQpNblam+xaZBxWms4kMkmTFl1P3qri1JfJBcaYrAMEapNurMLnHe6cMKwagNML8I3cTdJWr1NcqUAjnwMtHJEuvNun18mCvCMHZiGF6JrB59A8WbNBfuryIJ8su2wNNifcivxDrCBQhju1MYEk4Uzq0LEgfigmINPohjKj5IMWdJWTlHicKf4RRS/aPHCTjK5nPBpVMzaBF09rg3yRVAYcJMJO2l/T6PFW4gJMoG3rxwQumSolCvPF65XRiUAyuRVSOGYPB9Pf6MwO6LLIoah2ZaYuv+0K5xcA7utqeONK3073Q6IeE1up1bsXsSTDPKjRhcn26uhq2wU57eVkguKn8sQQRuZ+hLF/fHw0oFfzoad/NazAeRjKVkvr7fEZeUExijW8CYtUAPmEtB8pVXNXwIbSQ4dQ9ziSwJZWZHjOlcn7ybX+ttrFjx/QWzgMeHRYD5dUPkcSviv+Nd3sXDNkv1N7/MLTjv7yPHOOJ4YcXP8QtWNDCx7C7ERJs8TbrA9tKmRTmpZOkVufuDygaH9jKgBsTlDW4zFKf2or7CIhBfXP5FRRdnyka2pKt8laU06MccrgDnQj5ChV5y6YhgbZX3yZfEGfWOGmncWg0K1EzSQgb3zRIFpgdGbxg1sY/PbvFVyutEX8eglwuKJd29Ni+J/iuiRf35262GozBfhX8Ebq3aJ5KU7NPTK580TrXv9YbQ7li1ye9x30p694i6nEgp1MuOG/I/B+pSoJ9Yo40VDr0HhrXrQ89Zf6wR3MOTnoymycdMjZGuIrSytevGXlk3IWRjWtmxIZMVc0Z0jmpH/+WeBIvPXnbdALILhaN3NcMa6ruSO4VWi23cGN1w5x27GTXrCXJQhrrQNliruYv/SIpKurSUFpJib3iXcIojh3rVd9UGq75yh7lhiIa/ZqhuMdaLYu7bsbo1blnbxl2FG+H+9TY7JrdOfU3YLiE8yTUeCwrrJzPm4OC6NJG25Of5D9c/lFsiKFbLZbWWq1U4DBK3CnkJCxup1uOrXYYWLxBpenJhaUgEHIxMtIarH2ADLU5EPkmfs2uwZoNJB3VytxAll378iL/mH7FTi4kswp1aIGNlme/zBslYe7zkYRxjMyBlHaOTD8p9rdXEAFEoRYJc2rG+Mx2BTSfJlVQrQQP7ZuF83vp2zRF2C1Gupl7OOCeGCYIeywLYTlN6woSvTPkPsZBMeDrQRwa9ZsWQed9KclAIauFvyKZJ2++QLBUem61k1W3Ynno2Vu6vK1o7T/O0VP+F0i6tHVXM0U6aRJnmC1kfLmEDTrfVPx9TeESmh3z4I7Qf+Z7IWlHrN8ZYxvru0EDFUsG99vOpZgYH0Q7IS/h9xvA1P6MIO7vDsluwhTvbDuXXvLqN+hBoxugTfgfYMk6AimGjkLsBt+OTxVx12UY+2fGR30GGaooCAh00ObkLt8YzPhPFsRydOZzDRL+UGd7xYD4zx5dKEAH7+c24xNw0TcupPiXH4MC1npBuHxUmpQJgbN24x7eoZI5upM4WW6VCJ+k9htK9ZDUKAA3dwafEAfpe0i6rm8cXio8gnvVhKZiKUKA3FgGs9HR8rrlf27elZMiU1Kyod+5gJI6W0o/ljdd4PnJ8RFl5dxFN1IhQdkiBTytPUKUrqh6HI9dlxuiZot4BEDNMFo2B986Uw0LwCmiV3e3LrGPDNEUn3xB+pzp+0Ru/O3H7H/dohlj9+z+PEprRCV8vM3WQis9ZRNCN4rGdU7S31NHNpbp+0cgSxDXSaXoOd1gRJblibd6x1PoFwel1Bg6+/cxRDbr3M02wLNiReM3ru34prvmBdAlysaZlRxxfmOyD47rsfCNEru9iBf1ThRJoGqcy8WTP0l37gSuUd4I1CauEffN7x7hPZHNuQtIy0Z7jWE1R40+jdT3yN9CwBrooywaBjkQPV6dbmdKN77wEKokHw+oO0uIkGJx5Hko9Ggy+MNYa6Ml/tZD1+4KXKQgZm2oaDHjv/BKdEO6ohaoDvoC1VxGqQl7oICeWlxmh4fqhnjpNfthHjUFMbpsQV9mTQ0uYwH95vtAyWrmWwyW4GvN5jcisdwjXGVGRFLsGeB3GXh6ac+qQ19LEyOhJy9CzRwrVGYVne+KMCelWUA+EYOrDE081Fk+mLVCmm3Q+oxOt6CdiiWkoa7gPRzLUPykYljtdvMkgDHi13DPI0fyyvJ+QifofIahW+TqiOJm/5jPJ+OwSASXpvI0JazJiDtZSjPSw9TOy4fck5C/lseV+x55LzIEKquy0c6o4LJyQNQnEZBrzJZrHjwBbla5qnHJav7LtRyr1FaLFg780QMsq9ZuoTr8FQqK7tFg/IeyZkbwLnBlOx4Ww8PxFduTGhIGbxuS6IBtkt/VvfQQXdw5QtTdzvQB+qFckECsTA7hTNGPgsIZlAot2tndNAxEi6Ce7sEzi/ZvR7eKgQtsxUdQc7LWwysW/WW9PV902uT7SC5RxO5d5H8f9sS+z+KfSzRZeAyFr8r07uwVTT0LRH/m16xsT8Mqz7q2BG9sxIidl6v5H5DydiKY/I808ANBfqU57lvoc58LNj5QI7TS3+QSc44OgfUUqV10GWaIRokCCj4XSqhnCG5rYzM5fUhoTrtx4JVFvap8I/FqqH2o7A0XpyN6JLUq51ioFIYt4Arpt41y5ySJ/Txy/sTzFQKhRSGCrkimV5eIICn83PjBN4ifqWBHYDeKIjS4EZxqbce+zzuHx4jqWE10KZ0FlllY+sm1OYzzw9ZMe/moopNQGmE0r+tjMrt2Mb8nOki70KPpaYUhW5MTDjQx1WEM77SZuKRtYtGnApDRR9SJ92zcKYAxfItdI0YcodyJPebcwM1Td5x1HKcvBcR+gSlQpoRb+meeo+Tc8BAvJWeT67RhCPT04u8hYUBMWlQ6mE2Fs+lwBeILHZI/JvUrCHiNa5ZSSL7ZcOggJjpTwgb1DQkNrR2NxH4XjAtuBjOSihqFS50w00y4Gn8/zvyihrsyv78uQ34AVCU+eVKq0ppcYl7i+WLFSWKSQV4IfuX6Of8qKfi/vGYMDIAyW2qMv118+AG8VC1xzDZy+JCj4il/NH4LwKnlzBtQ4Ja2ZqdPBafLCHnTuKRDp4wagF1d+I5/TUpdEHQix8McOTXyZ9DqViNCUkVOno9AqbbqRWZUzdieqDoRtGW+CVkvaVMWsZnpO7Wf0doNoTnKlKvBVZ081zj6B/kOUjXlE6bKorpZx0e9dh/1uLOAoJ/Usr2CONywvGMAGijm7BwaTBYHlHbCTtN69spksANnP1IylVmaTJgN6iaqn3m6o/YJTC70u177L/N4N2ylfBeyT6z9SzK53QyJMoUcatByrKYz22Pqy3mqnTu3OLCKSAWWE++W+IKYCGUWu8j+Ah8KgltPYwfZWXVmACyITqdZ0o52CoMyEzXkTiEb6lsGVRnDBehtTB/G2TKOl/OR4Z86p8rrHQCHhZ8K63j+noxQwFBLqm+TJVXCdQTNL1LoZJTpTn8Jik45jjtKIOCnclraHNHeZAeeIMYJ31IFnLeJBButIkqD41l2Auqk/qdv1NciY82c/t54S524ckoawYfza+VQzmAPdEEgZaDdklPBOPV++cWJgtkrtrWB2TQ/63dLPbEmdsFtB/xnDJ4fELAupRqCpWWdBOVGUEa2Oool9dPeXiWEVjhnfTlzgGOAn573b4fQfPmBAXVq+wl3p7P2awBrfA8W3s8SgfD2Nq93TdAMYDTqq3h0Tz1yh2TSlI5fYJ3n7oQY0yPNxk7y21fjqBL6TjVRnoQ/yCF2sHTiY5o7mflUd5x2i9iJI7SPdEMj1nxWS73VzKqcaM542atn83mstNOBLyH7rhwI7sNdFuHLqUqHtZ/qSBzE/NVrA8x7P4Hnje7v2v6fP2R4BFvUNsDulj1adZNy266Zw2KUdycvg0EiTGTgrkVsiSwON9gFIBKk7UdyiYZduJQsQjIRCpEHxe60gYiYGQmnYSEdkIBfdKqds99WHJHebZpmz//JU79xjMJFF25aLHPuIryu7TRGeZMbZ5klq1lIU9SzsUVQ2piu0thDcX2/UyU7tRJK5RmCDcAAMcf6TJeIJm/AY03SJRxFV+qBmDCBvzCTvDyWG0fYzes5ojOmQY1b+XRfD00tQHbIyCpvFvRIrZexdfV1eSmnR7Op14f7OOROiS/586f1FNyjgarfGevcw/9P5aXvyPWcAmzQVtCnoBFgo4s9lxIFIpe042aMGkNP2tZ/mts6h/cnTRU01IhXA/m0bDKE844TYgF5u9fNO4UVHZmNmNmAKddXwTZfQYdCzUVIWC//fmUFKNEa4iy/viDF5ukoaynqEk5WIc866XYkWjQF4J2gRO3tSCvYRxi2YZx8Y6HXVdVU/ZI89zWWr33dzlRj8WH72XHV1ANfg2AJylaMTje6ygaTnof0rxz062HQi09Al1ff3x6TWnavaixurdTcM16ypJOM6FnHGi1zXCIihKCWv5UcUNJSlW+cB39z+thXa62X6fX5cT2RQxiV8vZ0HwlDME6KH1Vy1niJYAOkec/gilKB8kaLLg6WLqQNo5hs3JA7mnKuFK1cr5j9H4R8VbjeDtu2fXGlA/IOBdtGXlJLH8ST82p/OXFE7DYUZdfcwn/wOj4YPdwHXgHjOJ4XI0qOO6NZb52fFLpcHw5J9AC/gwZchQ473YmuU99u0ITViKVzZkM8sZ3+s/3Rr8yNy8dzDGTQWbwK6gz94GG9uXVWXduvGikWvYpvr9VJnJrWZ+maNwYvwVp3LXPllbn/k/ksngok3hwFIx6y9CCYCtaAacyY8gQMgP/rWwtsrSHWJ6QHw33bzfKIxOwZADUHTV1blOu/F5TPwPQ0sK9bheP5GwmqliUmpa1V86VkTe7n6iPPhjF3gO/ULogiBJw5cEosfVaoQIHBNeprszFWWq4dJZxlwcTsyt7gkaZyRJVDh7S5DkWuXAkjZ4XUBn9ZUn0v6mHTFwiAgUe2RBuWbThW/rCA8woQnIlOFVyuQHd8jsNpaEpnE8aBmGMrZ5IMPoQTxDdh0M0EgAidrQQ3Tg/s8ydgJgPl6zdgoiMDQnD1BMpPlsMIwEsPARVDdavNWFeocDU51EsmChnGQJJmZrjSAcVHzbC+O+efSfZBJVq9cVC6JJnN1PRvpKb6mgQ9JF1z6P9maw1XqTTF3qjBdfqYjzLFTcdSBcihrc9zIYg01xmRVP+ROjZWTm2kR8Vz8XOfdFM8UWwHwbh45pi58YeNB/hFBW1EtxCOlcQZDpXBg5xeGeshY8tq05Bzmykkm4KRdpRH6SMqTZgasUDRxyCC103riFECRkppgi5RVYK0I+qAeNercyDPuoT1sjvxQOUT4cRreIrI970BD+4HRtCEGRaCAWeSJEwfTXDt0LolcW9lQq/+LGJB/9czToat/8nNC/9JkcYTatNTobCtoA/uVQGvgBHvK1K0SVkqistz99pMEzGztqILsKfU5LCIUZli2FsuuAJVnQw5T18i57zkC0bNykJMc71+YxiyYv9Qf6XRbIGwiE2nA8TEeOgAY1us6YKFk1LPUYsRp1/xUYmABsdkBlmi4grlmoSqiiY35FYEQnAD1GgnruKISNz53XGwPM0QFWTT0OLySgLdL831N3ousSuIc/QUhszbyd/i2KrKJc34Ng6vy8LgLMxakE9EYmdMA+ZNdjfffAfyGmpG8iYgWWeD0KhEA2IcEPx0ARCXYq5INPY/zEw3j2Ylf8Tf11ZHfEj7yJsbVP3TT+UTEtSdtdmZgWrBiARBFBUtqIGJHWutnkBaLGvj9nNGSxphp6yCzNQVs9kC3fmVdPH4aQUdCbT9mH4zHfBzD5Ez5UPQyHC9g/7f93FtdvpHhIIkczxi9L6TMkCRWPJOlHIjZnygWTIgriLP4kXFQ10zjc6q7RS00IufeKEdXZ+V6yEdOddTN45J3YiJlNWh4wcrsVR1fQvrI5e/TMNw0Nk4jfpQ6UJV3r9vV4SFhvAgU58Q31p1v8UEOsYd1FMTEVObSxBTJarN2Aq3jWEGwZj0SGYlXkcj3TySSN3FCyMlsus2GzwzVGGoqzwHCbvaJKqWGugu8y5zIjMH6ZqyKyeyrpU6Lb5ilZL9UU3XtAyQvX0kIGWnKskQToMvZNYubwD2yu609ch1VjMRo5A+sKxzvh7hz/A8Zm1BVqt8oPkpOzy9BLonD8oF9R4PwA4AvHWhhrkgSJnC24Woz+XpG59wO9SBV8Vp1vPlMfVxP80oJ/WTrCTbFpM8vPqnrqxBF1bs/EQiMFXVjGIc4PgQzkTNNAaqMYO+Gj1dia3Njnfxd6qPfHZG2OxZIhWuLAXqiJSRVq3SSeLNepC3DOS6/yUNSLnSM2Jg05RqYW96IWIVDzggIOamM9HEiv6+W+CT/jFuJmLUyni9WA8rlZN3JfSbjSU8AeGmIBpm59289tkzD6/t3e5aMN+U7aLgPbL4HHgr3pLzekzfahnEe2eP6fcX5p8qIkCuGbwkOoyMLkVRpYs7sEGUsBrngtS74jMq/FXj58pb/w+k/Mn+BJFzNvwZRDKrFkN80tjdtG8Djq2TZ5NHAZ+v9NtBcZ2B9BdErc80QZySDrSuGiGoELRsicMgjPnyJ7qVxqC5F0mF91ZVkPjQMIMHuYG5Mhh6pLXcB9/LCny7dCzn/I/RwGbleaXUJaYTF/q7iACKbufzeuGiWyGvGh8r/xVJjKunEm90eesC0G2Zo6dj6Sme6H6KOPbPbMOTQ/QSgmXF3BSA82Hz/qhAxzQh+PO2bS4+FohWZKXLHFYmHQRDnhbksi2DgCfn9nB9FCddWSzDuKyHlMIfaRhfBLCpsC1zrBi9gfFP1FoKw53YPchXWWoZaIA8ccuh43m/BSf9TDbfVMICXliG0UOOGGBf9NP+HbIyysdbCw4dusl+iAJO5tLtLircNRLxspHl4P7ivKhRIk16Wm531ZySSlY9AE/VYi+gRO+IjnNT7Vt6qAB1D32zj8biwsuQZXZue40RgAZR79fZEUOvzBq03RWOAr0rkrQsEXWxd8JkwQvVsaK2JE1K2qcGNJsSuAHq2p9DBK3ZzghfIWEkMoNet1hqH0fhCK9pfEI85BNTpo6ZLZVVBRwM+IoutrLEDD3urPzGvAHBilfMMVxWojQiBwjrtTBmeWgpx9JNo8NkWx2V9tF77yzov1cTK/HWEtb1Ih05co+nYZluhtvCXt5nie7kC1i9eVfZK6+OHPRn766vTWYkvGJku6msSXFzvHH8FO8T8dVl7MzjPjZul0BPfuY6ErRexQ0UbCapIR+q2D3sOkFb8GubOHrvACRAmVff5VAGMuZqMdSinxeRVXzK/AVbGWjwSxRq9MURcHW7ejkrRqJQM2RF3Fbu37RUu98odIlGqag/hI/sCGnNfyF0J+XhOwwRMI9d4Q+Z7suLuJmsWL0aUZco61aoeQLI8gY9iwStmpV3Ct42L0zGfJZc1wdDWp8HzjckWz9+1F3GdhvM0U/2th4hExVXfKKitsBna1mtAdyx2ZykeXjKrQQ/laD3KE6zVOszJU+mkIa1oo1qoYW3XEfVUtuZjzhLLln8YqbNZgY++Ij9CbGSTvI1Kfe2Ynl3v1WMaFQeXULJkeFGqUQTcDioKVB8jahvPdkDdbN6qETa7ukIujFuCiHDgxoP6DRPb2BSSnCVYGn5YNSQ1afjMth93YTtL4iY2OyQuGNzokuqH3AVNuAkeuqtbC0la3wkSVBiZFaGSCjQ99k7k+yBvPYwLZDCzxtxCGnc8cJKqP1ZiULwwM+VQRY51T6nsLcKZipvl0C/KTaxl9RG7IlKzeynZYjbT+pP5gYptOCPO76kG62qcWYW9KsjW1aenE8edNJO+LLVX313DgYX1F5D8MibYdQe/ojzMwHhieLomvWpkmBsplAndhEDc70reX1VULzn9RkpQHxtHmYWH+WlJVo1y1TLnBVvKS0vNecwfYzLNwTez53jN2K2GjWRjKaHTnz0HxveNcUblgKjGrFiIyB8fPX//X+XgOAGxEc9wGY3chbnvsYsO/JtSJ0GI1kcu0D4mA5ZPu7ZvcTS1Q1m3y1l6r02pkLaPNywgOeJFJF9s06AShGSbGyhhhG4hNDLUuvKXTX7/SCxAWa2vv0WidjUKt/qijINf9DsyhIF43Hx1bew1wh6j6VNJTOlzcCcpJ8lKC/93hyx2tXy6/fJJc1nkelbYTW4DwPp32foV1qVv2IRyP3MDQX5IkXmXvjOPsDdchY7yQ0q8uvB2YXu2/Nb7LciqJdpeK+W/bT2FHxI6qZpeYS06otC644d/P6KodxR+cygPbPtavl2/OsX7mpN2Q2+2/40fY/+n/AOHLpVRHmVIUFBFXvZIeI61MQvdTbqGAdOrcuFjwu0o7uUVXP6QCrp68fYfaNvnawe3bFyh/rpVVky/hoQGVTlBxzi5dlyxbk+nfXt8KN0zdB8QJQ7bCauBVbMrrIrWmm6e1v6Z0r62fEW8in6CTte2WVC13PDHS0Sxl8cTBNTykByGkF/e3/MwmsyNl4j45zt0BA9963w++tp9XvpafX5yoJxrt0HtJpCqZjWixH5dkXBWlcqHSHDK17pNDztXKVMcKMiV4/g8Gmbz4R0ixlDcm4Ox5FvrYypujLGVNpJfXtzIy3a9X+D1uc7TcI5EcZwjwFW0pM/nETWbf24VEYrinqrHj2+hi5ywAcZMVLOPlqXFnMe17sTanVvMVV1z0vqjOKEoP6DFMwS4yNaq5Xl8zOSDl0CEhLw36hERt9hHRt4gIyRtKFgxwUn4oD0vQbd4iYSCOCy+21eXzYXWlnTBYsQtrfeV1/Huvz3EgHE9MQQlvm0+NHzdjAdXZ17imsW2t7yMh7xDltzHqufIgX/S8MrDVh5fe7FpSCcH6hYcucVVeuZp/RF7J0R4VQ5usRrvmdtHDA/XR2OUb5uvfN2sfJ11DUgMIgVinnjqqCYdjIPnvWxla2Oencm24Jlg8JswlnG73OPD7b6he4MY9W7oDVG+bb7ydbPydeZFHFrU4SaQkgTXtQ2kzXvUhxAQa7/7/rqagPS3Ozygz/bmYLCAcRpm2ydJCy+IO9zBJyB8+vX8RV7N5sO7RwSkoDfrlW+br3zdrKI6/ZNC3d69kZk/UG0GyPzr7uOcEY7UhJx560+07bqZOi3AzcUoZGb9Ua6sOXouhRUUQB5Zk3n5TiHCVJ2/q+vmj9ofYeKv1BKGZZ0F/s138uDhGM/e7Ls5bF8fhw/1mtCkT8TMRbhho1ZNHnHmkhKbBEta9ZqdJi04KZKCEyIlOFC9CmpFPEfFLbRJfqZdgME3kwtT8lusotfq/WRMQLOX5IES810OxBsYjUSUV8V4VshYi6S0CkGZU3NtNbnsO6juvmT4hzcqSs/7DzIyUbuVtFPdO4+R7HuXZEv+WaP3QqEbq2+ZXuAs3xHXW5zP0W5weuhdNGz38KQ2YqVHSbvlbgETi6rPYF44jvPAcckYe2MqaSlauoz+dQmxZxlTV4wLgvF6LE1NC6MZZ/OPagXaMS5vXROjGmcMjmsG6gEGUlUHkNR5DlUA1IOLVQDUafoiADZP1W3UIFuZ++7pe/i1nHgy8GDwpvNQ7KXXAMRA9aD+0BdFaO3BPQRmWwNUCeBmq0AqAdxtHEAlYPXtA6cEcLl9wJSAt20BpQRw40+5vP5jXxxg+Vf3CDNib5kfBFP8xuv0Bxi/wLv1D4FZxyGj7d9YEBKep9VsYXKC7nrzvBt4j5HXiI3qXqH+0Be50+pEf8JChu937oHOZGbqndFDEHcLxw90J8OAraI6GcZtGc3JuP1xLBQnjxl4BSMtlZwncqC4DwfQJe6KNoQ7LnQQcH8S5f0VzN5C4ZAI3IwDnZVw8UX8nRYHMFpcV9qGhCoU3jQWXy/aIgwkcVeMxIVCJE6CkDjEoT6uuxiAw+PxDa+eBKUIIS3qIJ2QQVpRQdoTQTqigXRCAmlVAWlTAGlP/2hR/mhB/WhJ/GhJ++iE9NGa8tGq8NG67tGK7NGK6tG96NEW2NE61tEy1NE60tEO0NEqztGO9qUiuNHrAkujo45Ghw2N3utn9Jid0QvdjB4wM3rSy+hBK6OTTkZrY1t+q4ZXq9sYHXIxOmZidMzD6CkLo4MORkcNjA77Fx2zLzrmXnTIvGjORNMrGkOu6BDUiFWLFV19WkXjSxUNqVQ0uFDRyDpFg8kUDatSNKJI0VgaRcdLFA2oUDSHQNHI+kSjyxNdzOpEk4gTXfHaRKdAmmh9ykQTCRPd9mO5cETzI/OcOGCeX7Z1tm8tqKWC0PIMwMqzPynPloBj8txOVVSqPGsW5Tn+2X78kjzHngw9MQTm3+f55XiOv2svXUyGGM8YWjwTSPFMp8SzJCGeMXV4RpXhuV5VeEawmrneNXguTAmeEUaXLUaAZ/36O2PK74yvvnPOxXdub5KADL+z/en7GgLf2X5Y4UPvjIy8czTwziS4O8PC7pwi1J1ZQXeGxtyZEXLncjlwIPF2xn8AXhaCOVsOJ+lyOeO/oC6fL/EapXJGUMo5QijnWJ2cIWRyRlDJOUok52CNnGMlcg5SyDlAIOcQfZxD5HFGUMc5RhznKG2c46RxjlDGOUIYZ39dnMNwcA6CwdkJBed8gODsgYFz/UHg7IGAMyoAzkH4N/vA3wyOfnP843927Jut9FTbgW+2aVQ9XYMSZcHZK74gOPti1TwC4Nyu04hUM78HzWEWNAdJs4xoQHOQ/8wh9jOzqs0cITZzODjKWZGaGU5pZvzTjtOq42VmVmUqs91TZoWWMutzlBnCUObBT2b64aw9yeJmJjOml8y7jJXMNYoLs2iTl/s6QT+u/n8anCTn8l4S+ZwrByRAHOW2mC25NSz14/4orxfLRVsEqqN8e0Rn8vjsHvbfSiRbjazYYzIU1IbZp3V6vDZWrNJizzrHs0xsWuxpaWnxjrJWWCG/wFXsTu2swj6KL/tYxcFghLOEVTD3VO7NpAVVfHhqQBXQ5aeCt/VU8I8Gu0ntqLigrRwVx9pGxeIRB4R6UcHcKyr4h4ptuthT+Fn2996esOw3PhlzHunldwr+BfI+KEBT4MjOFD88JrmZQpPATMFbEjCKUXCl2Hg5d+3jXygaN4ipO6Kjg+OhrUY6Efq63YICGVgT6XE4839rbVvSwbc4BMbTrZCPqNtETjxHFF23oDvro5MYtNKPU2LCCMfoLazdq9yMNXxQz5Ab7WE+5RcKvUSF3t2s0SuECBF1Xp+dvycoVLO/6BgW3ofTE5G/TuSDW0AEjZg3yq8h+9xrWD9dQ3r9mPf5oaYxmkVdMcM5te30OOW0uj14/fXgXoL1waRh5NVUrn0BCrMZTh6tYF9WQX9Gsd68Omi6AQyeLH4j/XWq91UOduDTLOfoA3PWT8THuEu9Cw8g5mbMmcMuvoX+xTfgX3zN/qX7sNJSKALfHV4+6jAc+v1XNXGQ9bnYFR/EP0SPmR2G8Y5ivsUcNmzw7fMHXz8PMb3J9S1EddLfO4AOHu1PrCIr2BZxvxdWTqvQcEpY8nybw2Gk4o4bxzvfTp9/cTPMw5T+/FKUl0GI07GK66xgWjwpMvmx3g3Mn6A7Bo6+jf7om/BHX7c/8hqeatbSVyfFtS/ZSZBtxBfi870mWL25n38OSzF9oEhPeckG61ROvUTE4Yx7B7LZt9blddoYMzxupG5OpGwoszYZUA/ScQn/pX0XsD2TCqD8OJlLLxFxPezcgaNvaXz0DfGYNMAjd5ga+h5qLWcNtfTsVTk5qRCQulVXG99Z/Xhkux+aS25x1SIHUOsX+V5C/PG0dUqUn6yWqhDW99Czn9UPS33ku3+LWv7PcVzwfLF3/GGhXNc7oVxTVlSCqYnC447RrSMCcChUyqEbsc4FbVQ7wTWq1QGq1WUvuF6OnTMqSGdHBiLAITnVos8n/LAkCmPolBsttAobPr/4H91O0UWV3Tp9dz70so3cCCyqgbMLB632lWyQTOX3+4auQ4TASAiUDwHb3CGomwZXZ76gd6Iaz+v6brHIQ2GfS1oW2G8yh9DBBhwOQQ5ZnePlqLuixul/X/TAXpFEorNXaUXpjvn0tRuYq8/P70QasYqPqYLl/qDbRYxZP3DGKN82X/m6Wfk6XbXe2wypiPD3sBkv7EDrEYs5elHjerntZ+1fsVH95dYvCT6/4xIBj+RWUXNGFzNwNBcQYvELyb3KL2kBpvrDl2gB/G/d2wg7tuMp3VI2VzDeH3Sf0FVEc0Q8NOu/fQvd77gB/o5rjsv15r/yawIziNZmxNJI2q5Ti3ghwVQqYACqI34vQWvln321O6C3plxQDvEprOPwB1nl4fM8uzuNk0j1PF4s8F//muCpimGqQLpP6I4QITsaVPWDb587RPXzENfLw5pj3p+aoj0+0P5mR+10VrSu4epTYAB5Jn5Z1V+a2ulsvMIKi71vK66voerrDwB0kseXB948/rgLRBAxPVMPDdMeFxKePoaC/8uHgEK+FwAXURqyqQJ81aCisGAB+fBwH2dC/mff/aOkuY+Z76d5MI+BqTxyq4i57/tmBAh86zwshLUzJHytHjIe31kD6+nSRFPRhh5BamSj/C53exn9YUToEu1mrqWSZtmUKK3x1QeP2rXKUNVQ1dnRrz+kdCp1H/pdmZxtI+g6pJ6lE8XnWex43dVesADvbtHNC4/gi5z4e0ScUt0JhqGjX6hPvWUt5zTNxMBeI/GRk3h9DZ/hz/zrUvzHfbKsaRHUJcb6nedEWP/HQAKrkTMaF5vOaj+J1ffkVR+vXbU8ZdVdC804ktbq3yu1uA9ymUy+9MMkXZoqrAUJ0ee+tO1v4NYnuD7L5BtHazJdcugvrHlQHwaP+yyB2p5FxDtOUi36QYRjzZNQfCtz/DHzJfWbNwW69lnm15F+PNy9wq1u3Kh5WXOM3IfzuhmjwEpi4FHtvwwMrPt9mAbVfcnj6c5X8ywbMff1D3D7pTV4bR4psPkVqq6ahcyz0mpEygzLrI6dPDxerUuHWGf1i2SGZXbxxeJYahYzRKoT+n0BF2W1n0n3QNY6gWQVYZWRIlUJFumpP3F4vHSVDrHOyqvIDMuk7EH7xp+d27WMsKo/a/JL81E+mclHIXnlbxyqm7Gefvg+GWgM+J6lH5NjtIOx2l8j+1EkNXf/PuMIzl+EQ2a7XNDb1ucLi6YpixEmcxsd6OGgQJ8F5gKE3RF/qG6Z3EBjT4SMVU1/dEKJ2CLezASGaWNNXWQ+ibcONM1Bq2Rjj0Xin4CTviDV68c1qLCeJuLzmIW/rYZLchDii/goMtgjkOD4V7XAUrrYnGyeiF8EYKGcop5cXsF8EL9/kVX8Ck6690L1uOoyC8ERI2yypYwP72NyLdnVaR+eUaIH0CU+3N8+34NtsNSbq2CP3VTkmTs1MBzFhTTY9yR0q4wSe00iq8dXWI4ML/CcbqupC5iEUt/pnkRWf8/1Qw98H9jgbVi/qXSPT94/oAZb3Tvxg2xne3Cq4YNs3h1z+juZiPJ6fvv7x4Xks91iWMelGmVxUAAP5sr2R1V7iE2QFnVNmI7f5v3yfgHJi+yhyVtvZX/rK+luunG+KfXyaP+F6345Btg04tfcBjPX+OP7qB8BdG3iu8EafA3ZcVaJar9c47sPGliadC/Ol2ypX6Iiv0QFfezD3CnbTEVnrqPPe9vM+Goa7zJniAJyJBZH4pNVrrvNagDDieGx4+3s6creJJe9KS7p/n4J5YS6aSHz3Ld7Y2DlR+G36e41fOrbVdFhKxQAq5VTG/PDrFfuJ7ndJIYhfSRfw3W7q+VbYQdQ+DbJDKBdiuQ+ttttsJ/MdmexBaIMruK03Zt92IcMbiK4mPclPFoE11Vpm9x2V2L9uwZq2QW/pMdIbPdmHZJYnyj9zt29D4jHTp5m+Qorc7LNTLUbxrwWamuF/CQ985S1e+UxP57x5rWj8nBxPK7qebjyiotJhtq92YZtWAXCPo3kBG9FX6dHStNECQvUcjNd7TbYz0a7azAPh2Q6EeZuFpqb39NbrOe2yMZ6a+2EeNNgb3WfhKv8tUnSvJosW6bTTUoLf+MVx6D3v9rtMrC3B99U95NN5EOr56eqTj2hOuzN8U7eJve9LXCiODsynsPBlrSJ4aUhTgdvDEB8hJD6TbM3/NootTzwGuth6veygThb5Uu3an8VoZai700/POd98d6BwjbhlXioJ6xv5SFUOUtKolJ3CtJgg6geNKD5FbjtIdynPdsRbM9B8WbaNULj6bX7DaCpwOzdeahD0BSm5/TFapnHPkBg2et9F5e03rJWriTDLEWtwT7PvSLnTES+x85CdV03xEkTdFiEe0/cnX7Ab3Ld74HCr3NivOisagvBKBedMSrO9dXNIYVpPXM0T52fN7uwDevg4sbDFDJIIIKL1TF278xnDYtEPxPosDw7+3Dx9oxsnSs/MxiEnm3dU+bndllBXvKZRTrrILco8nMLKuymwM88pjDD6guHFY+Qq/NuSYWfrScfOV/ncMhjfOOAPZ6WqUegf76Z9b2uZ77Pfam94L9PN3WHVsVMGARZzhnaFAy2DmWP/mKDX9P4O/MQn0xbftYWGkFVsvwm9GSd9Ay8BMBY1LygJF1mjH4ffTFr2NPnnXWBZTiQHfCZDgbPehhWsQSzviGxwdp/qMa/nz9LB9f96vyKWu2HK+SPfjE5QVgh1ZsKWSpgQtqshHTldeUEvS+651Jx8V6LyuLK4+tMKRuiGS+RXmae59OQ2ilD3zV3Fyd/b2AXXYWn8afAWvvU5uanOGeHG+8Vv9ZvmpicpguCEplXrA/CFQOONfrlViwUlRU/jiIrisZYsVqhVVRrrGJu/FRs3hQaHiGeLkOXb4TeLYShlHMS/YMhVdWDoYx6BYN7pWDYoHIaZYIhHz2CoWpLAoNjAz3YfHMO3fMgE7XzoF475YFfnTz4wS8mZ1AlDxLRIg+qtSIeOLfDg+0zF6EXHuSsEh6UVN87cFKKv65zAj7xp4Em/kp1hz+IHP7azzlgw58gZ/grFBF+Zz/4FcQ1WuKIBj9zXKIl3lLwC4lPPOIdv7jl7YoI6/YP5lDMMeR43lAIkmDfVVCSvT1ne740pLJJMn3TU1gPSXYFaUjMJ09SYEiG0xiLGCR7r8Uj5pGNnOCR6aMRhLaObFtqjczHik+mRgiql6/H+zOymcouYn5MhRJ0kWGsohNapLjsEwljT+RntdnkVE+eiALtRGyP2PIDJnLfQoPIRT0LIkJFEFk+B5WX+pCdHdGQdPgZogbOkBImKcRXoxAd+aXRbHKyl5KiNAgKmT4Bj0tLyPZANoh1XKGUGmQ4rZHIC3IjKhqI9UE8OWQg00es+YAC2e7g/xiPRi6v7UX3EU/jBf+4T5Dxw/rIGyGIH8MozAbcR+7h+PjWzCb+ZnyoiE/cczSK4rxYKpP6u0v8PHTOWl1S51FTUm9bapB6FkssW9NMqfaj3vxUG/U1rVqjTrdGo65IdUXtqamol+X3FWWR5eH4Y4057T+UospaS5BQa5bvM3fmcXl5kdOdpviO9TufIixkaK/QpCm4DrHqZca7zcKFXWrPIel/z7+q1sI2z7wzQc4xrUMsB+8pFS+BwQaj9RSOwG0+ak+zBeX9QvcLXSKKflQsROvjlByz0Y9actwER0Uqo9tvqLeQUn+kSGnt7UWjcRxPMb6B2p7e0WYIw+MkH/qCwbw+kgBWoT98ujQayD+WQnhozgq5dXx+fpgqxO4TumOIAR8Pt1Goj1vrQz9ujPEfNxL+OSbVGpUy8h0uShsgHzmqo99R6+ox0tqvrumn0XqvYM/a0MzypJ11oUpm3arG9KilfsCs9xKcrE+3MFlnwyTrNHpjbZsntc2qjW/pMd9keamdNOtvkSghmlmXTh64dcgx61QSZl1lPlm702QtJglP69fWo7tMaGRd+dJYt+Yybvj1A2OdJTysBSVODetf8YhygdloR46FtX1/n9//6psEWasvNbHrMgJq9XIJBq+U1bc0BlVng59qNe5Ul7Do1AiYU3+LRPlZUpSzJpoyvuHU0109XJuptwfzqK2ti5E66qGpkdBFvROTQG3t4rgloJ6OK/iEn9465ZyeVEmH1Q90Kx3jCZzecGmZto6n+ESZHnozNiGmq0Be6W+XKP7oSpd6PmzcSudEWun6YVQ6XFDp7OQyI5c5u2xKbxkmSp80D6UzRKH0PuOcdFUQJ71T+CXtN5jOOlvSxWiStBNH0lNkoqUkMuucle9j50iKK6WtuDm5ngCaaj9baxXHVms7qh4TW0sQvNaPWq83kz/nWksUsVbrdqco7GqtUJhaE21Say2C0xpgTeumk/OrMq3lBUzrRq1H68eucrQmE43WGhWhNRSD1n0rcVdJ1i9AqxL6We8ZUGX13Rok0VJWcYiy3nPwxOp6C67j2yOt82Dx0LDewhC+6ruTkx25V9fnCTKSvHojgd2qYudW4xfN8h/pKEw6Vr3UWEWH/tkT4CWa19OvgY6OrDcIFXiKZSD/kXjANcVQmV8AUR7s+Om18llT0zh/QgIceKeqkzvVTm4dSJqPJeFcXr5f6ABxnAc9j5dHc9CxyY3ZoK+TIzPo64oLqzGXG7G6BUFEoaAVd0iz7qrjAMxApJYpClL6MjpKWANANJm/7gy5nSmssUDBlAMLpgxgAjrrjgxEty3XVavrXIVmou37BbMzFUJynuXjXUWcirusnF9xOz2uZcww7+L640c9TCV4fO8pCmbO9HsnWxqKwLgmYlTk8qTrd4f/q+2Xr4+s7QUoAvnD/hIIge1rcuqAkGDdIZpHx1w+vjfoEjH+4v6ux55vn487X7+POV9vfPXyKVkjIaq+vm65X0a0UTxhX9UWPJaDVbM69C2AowwHQ+txqhUZdfWSDPBifW2NqZ8HEH+drQcvmoLPzR9Z/ZMP9aEtEJqo7T7zKJ0rnO4VugtEuI6HVnE+44dtdNGdMcMID+vPohzRI5WB/3AFwewDorY/kVF43paeiHhPV1v0zEcsUsHYoP1ECZdVpglKlboyK1wLcb5a/Q02EruvazOdCYjHB612S42P80H0/4beX0ToFgNqrp7TVG3uMK6b4FHUrcL2l/VakstcprLfU9ZmJ+9aoTadp3S1/34B9WO5oKvl0aSNMq6+TMVZ9SvCfmhW6bkZjtUXIciq19cfY6bl+ntu37DU+ea6n67UvgvfT1LqaxjqUfEReWspH/JennmzUV8jWohq9ZP7CUTlSryfNNSXJRWomsDPTVVz6mMIw1UNMiwo281Gl9fD6hb9opy6C21bWVledzNtwhxZPrehOiIpLkn4hIZaOdGMOOk9XzgQ8GWz/5kYQHXUIIeOHNOQQ+S2jn9PyvKQM21wsASafXMdKVWZ9ZFqxIdL5eCDeTq0ixhhzSc69UeV3yIatmjZ0OFcBIrakLy2qeTIByYVCTlbNdqrUQXq4vPRUnz+86YqFkiEc3IJI0CPNmjYo2JXF7+Tkkal2NlpNygdr651FVw7srk+ZyoIYG+Z90HKGawCT5kjBk8D/t+C5IGBwfvCKkrKRVwb4w1oO2w0d9S/mk8/nbdy1EJWsBrwH8t67oNWknbq+3DMwafFbDVTK7fURq08na1Or0NMiLTIiTGR44zTn7SIi1ctsiIv0iIrrovZTLklR0LOp7s9NKmZXhJhmerGet1wWoFJRs72tRrANDKJsnpQeRnbv+5TkGkl5g56FIPNH/moFD2almL+0GXUwPMF1/NFDR0vfHI59UQlQt9bPP8s/vLiuXVD32A8Q8W/xvgwCZ/qLFjaSBn7Pnp9SiWtRNzOkkHGGgYbb2rg0YYBx5v6Z77xeaD0VQhfZESClkkrMf3LO/Sg843P/KTXxDKiHrfevYjFW41249jwr1CbXU+cc7835ILmF0Wnd3J59A4/wB+UGJHdeU1+bR3Wn1jj4tnrjoy27vgnqLrkjbsPG2fc0dLFnVieuMOfEmuHqO0uaEnaTgg/2/n71JLB5ZZ+ZrRzx4fd9VT+a/R1pcSP1vzV8+EBTFYEUV7OY9StpHtEvqPN6JyqD2tcftEWLXW1ZbEpanNmXO/cfYUsUI7pEy+YfjitHNzJj/eI+1a/xyGXd4ui8W5T0O5tHH0bhAbrcis+aEwER819dfykV8e8GKwIxqk7rOeb3UJnpAPgljp+UqnD17nVxOh0T7p+Zj8gMC2k9tS5Mu9VQZ90bSX+4Ez8Sdrx+rkAr59bJvapn57ozKuK5rWbw3xHp0b4EXVWsYgrMkVnSWfnLIm0nIU/Wy0Vdsyyc8jUiLDeXzq57BEeUSY5vz+Xvf7Zuqwj/KjqxZJEP9eqaRdOwEUeT6/HJRII1O0iykpP6pjzWDB4Tqts4tnzJl1TreHtYcAqU303B5zaULpiyrdIWcU5U8MCVHQEFVrBRlJdi1dXWvuVsvq2QNLfZguf74aQmG75ICthbxTz1F9q3aibIoe9JAjZ9RI66BQ4sq8riJ2SZCiRRuxKRNcT68srpIz1EXt1ZEGo+sJKjQsrLS5yLqZFZYJ2rEybqjPYHhc5PQhpoM+xeYCm4yqeL5GW1lajNpaMkZMUlzYdVgOBVlsaeIx/Is2HJA5Zyp3Obu6hEac1mK6a8kKVVvvWD6xhl7OQZvBYc9crsxq9Xkms6SvHH78OEBk17hBlEsNXbeCY5mHKaQba1OHW0J7kKvOX0EkLvRwyp9YzF6uMNZLto9H6x2LWaxsrO9Qt8Q81CaQM0QtWmYgyYAqs3gpgZgeMQw1YLJyAxW/tW360fGWfPFY++dqJ2wmHg684yfeKf0IrYP67cplin5D96t5r33iqu1LAcVf8E3Bt08xVX/Tvuelf0ffOm3F6Vf4GHHJmtxpiMikvh9q7qljf6vl5xetS+klJqIn6GYmifm6l+qd8erVKyycSKtEtV3Qt7GF6l7j+5f7mu6m4Umt43Tpct771KZfqQriUSqnG2V8KZ8YGHe9PiGzCdWp3rAqwiSxWg/fMEuv+di5keXpc56HUxWkFCNjiK7kJFfsEbWhWiu1O9BRTsc9wiDNBZf8AZ8Bw/Rpl7y7ul8IZAY7KAJ6TQo1z0AuS0gxNWNOY1ZjDydLBStSrZYyc4IBXshdZ59rys4tvWnGLdMf9coprYRyVfZqKQXqEoGXquhgnQCNMrVzHa71UFXuxszIrpzi6Rfv521omCoOMN/RUfSuqKqht0NXc1TPcHS1PN8IxjiSEYIxlqG/L6J+RqAEE43BiCkYAeOOuoqpFepyrSyjmTb5yCBl0OhmK2iQcbMc1wj2BtvISgl/CKydkJtRxVlORFKvt5WKBC4OF+ThGQHl4TMjvK61AgQX1oJiQ4yxS9T0u++tT5pEDrqw6pzeg5SEwIa+7hn5vumadmv7P/8hxKdze0LAfCXoJDCkzO5u3qV5sz98nVdFfPzREJqieKIaqwUebAfgQ/h7AIKi5XR/7ez9ZRSTCISiFC+8yxHIuaMiOhAnvMqQ7VO1rkRrruieY43Cn/mVxS5ch3y9zTNtDcTN+Tad+VZkFug6Sj79xOoEeQuerJh9wqxQCzZAtqScwSP3j6TNPK1+x6mdDUw6Rg4D0RfurJzh/M8ybro3fUJUyFjQ/iPjUw54vBxLtMtQ5McckkQ+lYaJuDuGjjGsKFyUKkznbB8d8mHkYbYhhbE5qxwRcrmMANhv7dAku3jEUpRGt0oDinSuEBjvDQiZngejoYSbDbq7WDACQPXwtZdU2R2mukarUq09W+2z67RIkBGKjddmPYUYx81heqVGsXMQxX5ieU2yxd0DjzpDq8WcYIFaDtHgZ9+RdjEbFZCuzqlrVfuGKxthX7QFAOz6aO3Bpii9/CR+MheUNL4HLpCKNO30zYDLLWcyVgQtI3g4O+dGZo30e3fXNcFRYIsfkzrotEye5H/Tsk3F15Tweb3kgJo/Vay1noMlKyunJmeuK6Tu4cbBolaN+tkSUQWW5rqIUsspZ/S02zVgRk9MzS0ecl6OfSRTxWB6PkUzksHYaMQxUi1ViveIY9MAPG798tMmy4kKel6+cY3jM98X+wLpW90KFqki50zkcr7kxDJ4D6kHD00mDlwtNtlipefxcv8mHYKBZ1xirT+eQkrzWo5GfJEGwauqJGcGgn4dIgJrRinyikAf5ihijSDkKewf3ihhk0lc0cqohvYKfVQZQ2DuQVzDOhX0v4IqL5ibqk/BdEatbLdWVfDPledCuYJSMfN9JXw1xtjRXNAgsnzlkn1CeXlWuy4uk0kdUkU09rT6mVuxV5ehvrko9i7WmmllvbOcPOSKtA3irrKHkTVwOmBsiuRg0SoZrhy7daENYmW/wwFniwhoamLf65kCHmXWl8fQt3GgL6HdbwpJiOCUCx/iXSqNXLzc1lusZsjc1RgMgtqS1E1ABtqyDxFddR8QeVfTzwQGzynbV9aZoEQ0b6CqAy5LiqPfjepeYP318Mk0vTjO20mGTwRiBSDMevOUPYsJRE1mFGC+KM6SBzvZm+rZkmlSrQZW9jvYbkE//9TxKeQKQ64eCatt1n0HRPH1z7CWNFvW43vRD3e4Kg4GZ74I/RvGT5mLqXOnGdIRvjraq0Raep2M208CxKVe71x0667iC17BtnlV04ATIro3r2HbTvY4iQJBWP+5+awxy6o6LJQ/GlD/Q6vHof0UOX0QrKz+yuHTOdjDFCvO1ifKgjFcpBodtyG0PMKnlap40andmRfNfWIAN7esKWGwnbBCRpbIqjbqB7TUR4v8klFDY7+LLi8HPNEFgnlsYX4oyDTOmP2tWSde1SFNEhGfNCsyvVWpLxnHWuToZd+ZWd0P2++XTxm8YQA6stMIYPnTPzeardse6jctvyNifh7RLWLaHnIfa0kcJguq70MkBu95r+kS+Rcbz8pg2PzI3CHZ7YDUwTda7AKbKgYbj29474p3cf6nhSIUxEGfULgeW4wtH0RlCV/xT9dyoMQ5OX7HBrrhCt3QE3sTBKbz0jcpj+cbI0OOrTT01R5CCNDjYbKWrJO/YrDzhIui6D19n8uyqFoIlWt0C5E3d8zR/sC+r3UG9TEFQqkdVhRtY6y9zy1iKk6PBN7ab3ls4T6TMUbHhAJV/PSeVX13+KXLGKrglRQqrkKPoY2T8zbL/L3nU1TwfOVrWI34UCnR1xbYOxOjC68O5oAPMBEwU4cvboz8799z51l3PgtNPN3jLPW4R79HeqV7uxXBDs4fU6eCi2voiE6F6/QHQ6yD5AmCx5UZ+GG83K11kemw06P71rWnuVpyzZgq8toko5g3Gs6FGyU2O6k+LI6pPNB2hx0No7HRTAroMWCUQnhAmLNVC+Is2Mnvhp5fXsmmFBZzUNyq8MekRAgmyWOsy7GvGsarSWW8s2laQ9qufAW1D+5ZzCMX9V8ZFr4pDpcHYyT8+MerGnO64Zilbykpr4FJ7dgqrYQr9WTuSt1om/FuCl6UQyPJDz1DhUZCA8qyslKfcoMp7CzAjwBy4nZQKASUf2ZvvMhQW6FgXssqdL07pq7g08WUsAppFNZsC7vFT6/o04gU6z1yAqjFj59FEEJN4pqCLtK7KeQ2MIB15fZR7BNc+MCKVnEiEG9b80/DXq1MY7j6cuTEk+5qVQyWnNfkD6cneOMVixPVGeSYPiSUqWr4obhj+iOVNdobPiQZajIkobXl6PfZHWvEa6VPvhF5Tw8QIz4XZXvIKr8Z9NkZJ3GLWyh6P0OpwxfGumF6+EqNmKjH1YT9QbIagkxfYJkkaU3IzwBL8r9eoIIjGGWlc64k2JvD1E07/gLHO+g10kqSp7vgT4VJW7Vn1vFK5LJ2YWV+cMdwqA6q3IESsqNQDiPsPqFc600iwwZs3IfTM12rsarwxiDR2uEZ3YgpKk+hq7WBJKhdUWWOsjgMSniTrSg60e6SE3yZWpxodeaPyAMMtVvVHC+M1Z/ePLCaogPIABh/ZAkBP/GCVmBd2yO86q7nPS0L7rNCCVmjIKPqu1im68qYs/iw1gUYQIRmvk5PXOEFuMHpv+GZx7x0TGOWHfpEPrrg1vxwNTuGctXUOthRj5q4sE3jYvGgUhn/+9QRegoLq8cJ1bJlkbqZO2XTb8dZBGQFYir5OEDhH6zbfUWNGySOEGz0h8ofb/+16ehzBmI+ipXUHMQDpnRZ2L9awxu2KOCL1FZJ31qUoKuuR5ybC0n7Z0ioNYOQrsPXosnuTchtJ+oFqTv4Nf/2tozfF2kv8Z0vw0kgajKaacTIT6gKVATEKWW8cTFVg8ot/iSOBrFCPj5lsTm8+h6hyFsFwrHciz9wgdE2yHwZK8qpY/w/gQxARzkfJt+vzD4uxT6Ssmjv2U1/R9iP1WWO+1q0MJ+CIRoRBkyhCU69g1jIM705PSgrsTs2RpnRU+IXq187vzwgJ6t37mUfQtZTBXHRgBkoPo/cNReuJZgdlykm3SaXw+Ec4vmyUbGuUFatj0/5bUrzg735cN8hX4/Ee5X1O4LyM2cMXL9foPo19UMl86PFue4SJOd0iPOd/8em4FaM78/BAoeJQ2oyR5C6PybYgjjZW+vKtg1CxoQsICSwUiBmOx8Gogw988Gy7HDDemcv4XyVUQzOdtttD/h0vi8Qg+J/J4tfYIcAUNryKzskhochLrUpHQy5U0HKHfE5JbhIMogz6rlg0M79rqE8wmh0DsqkP5ZktJ4duAAx3gFgE6QhA9KCRxILqOaKr/uEtbrvd/79ZQ5JAcdumklKBox/YavUTalZq8btmvWOWEtT/Dl/Y/8tf9M8/LDY683Gxu8yWE5YgsX+j/BKKzPQxp+Ps8xRjCtleu9NB9ctoHU2Q7MlJklpqGvYp30w5N0IesU/odOyyEsfIviQXOBbU2MyBbzSuU/Ktn1fVl1isUlDmc4Hv28Jeyjc9Wj77CXB9VQRDszwNQlF6Rcu8vrycc2+uDNZ4ol8jBPq3v57LBnayGe9Z8YY5EPY/4scWFrf/k6UeN9XhFR4P3AVWrRzfqKIKfFYP7IHnX+88Klq5umqm5by0yMwfKaKK+A0q0cROV6LIJH0Sh9PzWaJZLR7QSOadR1a4BgmMQykqvTI27OzVrdxzPG4A1kRO0bWx0Uvz9sJzfB/atb8lRyg8HXF7Uh+yNxj6LAfQF13bMrGZtP7Gi1OuntRs0YC7RooVG1EP2P1pBp4ge4eC937kUz3+krcaScQveyD6ayqqQv5PobnqqOF4Khoten5Ul/26Yo9mznVQTWijAXquf1wvqlUZNTmX2ouSThctqF2sBfZ8qc71zmJWIqzDC2KUPDo1r6J1dShlikrZC9Wt49QDsCfudiFR4yoy77vveFhHDw3D8OdL4OlkabXQ4aTNxbC5aFaXsgAF+yK7AUA0EO0WbDaXcJ0STcRhCjizwTqESUi1nLuflBnx8qTclQcRCZn+yC9ueFx34A0WSehKxJ63vzXfPwe6U+KZ9XpKwCD/ZlB8HFaofGECo3BxOdZOCqd4wZamYLKgN0V4Os7AqIZMCFaApiMgjaeygjIhVxEl4Ls+c+A+GL4sMmdAOmu1BTcaglA46X81wNINygnaSr2GXRUpVjX2HgKIM5JnhwUq67kiKYHFwNXYYTHnIr379JGw4+oD25Ern8whxpOIZqrjV3e7Gp1BxaowkcJXd4cXET8yL1RN4ptLhgoTp7adfFSF0oTlP1NU5ePF5L/miPmrGjyF5QvLmiz6/03H3Z/wygAtgZLxlWQtX/UA0Mcl770MnkEys7txwXBxatA0vrWBzVNhAJa02FBLpBLQNWEnMaCCtR0xgjzC/5eFysUs/vFhcTNzfEDc3MzXAyd4ehoqfjEtbUXjeCDsorv4XnNyu78YOULxUPGj5YKLsQQpt0fA9NJ/113HaeQI9DjtPgkA1PsZReoA9cWovvhRwBwfnbijdM9X6MNyy2dYKCugyEWbqi0maryUKfCD31+a55OxFrM7otd7ByDzvyV4C2DHOfimhJmLOl0GbTQx2rEJlKCAZQwwPuRTts460r/5YnoQ/jOcX9DWUxcchZ3imc1kHJzYnJD2cOPJ5+B1OpLbhZ3vlPL/SOMzp5WlACWzrWsHiL88EMFauZ5zPYHTtVLxiGmLd1iY6k9YfIf0oXj84ABVuuEsgiRdf8Xmy2AdmbHN3p8Jrg+G6NmmsPFdCswZC98kOOSj9IeMnthcrsMtx2C+/7A2gbnRb2Ig+5iVXEgBkBwbBD/8jzUXyWrlStoY/96yM+JlTrZZhNmDCY9aF0UlYgEC9fKostE8xVRkHZko4yz+OLDdiXyk9S+lQ4c6cUORvrqFMQh0PRohPsv1adQ7V+ry5ePVYLhMmjANpRUMtXeeaXVDd8xqA1c1ds0MwWLSO4udmctbXfOPumbNf+bepOZvpHyhybvKZXlhPbTUQeuvVRMGacLE1YUbKzc3Z1LNRO1w0awvbg51OatuPNXgzK83iFEVk+Iq1r+36jhGChNkgmHa4husfnxginR9tYgmUgbHMmv/JYN3EUset9bn1td/IcQ/vRgDC+5XeaeK3kzejmkB9qHs/SX62wprTAzB1uMCFBmptVyoZU6ZE3f9tdFBu3j8k8gDoxuwN+eCpahEN0teADumoAGzdcxm/5bBGPpjOXBNPAKERtayN+PXNLPocwViYYdRPmYNlayuECso5JnJ8Jxnd1vvqyonXW980gmL3asy8RzufFLabK3JJrmzTfqfceoGk357ruEqvKurAoAD10eOpRRVDJmIhRI1uqjoFzrm43YyRX7Xdf5gmyoDZQAegDetRxG3CdilRMkvRYHyDpFWejSp9mxJ/0fFd7atnCxnk3ak/iukptaoU/kqAaY7dzY4th5lNhZckLwOWZyExe1qfaL1sCenr8s7j8ptjUvQE1xyKIj4mzPGLiLdfeHP8EU7dM2VhuuWjPcjLC+QIHEdq3UCeCKuVuVYgvJ/ZjQmycK+lFAKBKU3NWWYbIx0P1B3MZkhmSty0A1eOGVH+as3Fv8dFRew+xkS2tTSlEhBisUyTd0VpEoSCICCxvf2/fbXUUl+D3060ndvAZVeY1GXDomlTNR+HpsmxFG3H1H5HgmVsX7YS6hw8ecUyyUay507xYajneCDZzgsj9tC+0NjWoVIdkO+YZpl6yZ1gThkTNi1+H9tntR6R5hpcJvy1nw7lTjOYkmoQ2Xphq/dnXYWt+rZ3+QV4827szvBWK/pUHD5hQbkcWdzkJbFPCF5zC14BI/FHjeQ5vlHUwj17Apu98o9CvIf58Yk+bGTB9BxhjtqyIU2MCYX6JIC0TRfnCphZnD6rk0NoeFwH4f2vDeqP7aAoJxugevVnAGfgbrxdw9Obov/tcPZlsby2JXK4dBS1PmWAUzBgR/oHXAgPFLKkVlgKhfPWwFy6F9el/xKOolbOkIDlDk7cf2leRraJ8iWUsXek6p5BdLhvDiBVxYoPeZmHwVXumJ8xRb7amTgUvSvR1AKit8OuPW8r+B303ToSrsE0bP5DiSZDpqjHDGRoZuxOe5oo3POdbUXS6ypuWRDL8r9FQk9kKDAHyW5jjbaEnA509qz1LCxu9CdRETUp6oC/PbQP5vHR/aLTYrNvbNPjmEpV54RHoSWIEYIkbZWOAxrCJg5lJVXPZB1AMXefKHqUwLSjLcxccmBzkm6s+aqFTJw0DXCYWhQxxDL1OKFMZfsWv12fxhiObiTPnb0Xv3cb8ITYI73FIsiSCH+pe8sFia+De5trqid7gNFUYM+iLCD8PKAXLpLbS2r18biOnVy6k1VlOntlyxVqFiefzSblFrRaSWlVVuk9ZO4ECSe9tTgGKfvv8O5BfqfxdFufmLfFDM1apR3sErS7s5t3uWVQuTig6Q5jgLcY/UEbmpmaWqLM8pmJUTb8JWswjUQX5L4tO1f5bIU3MBYnxVJ71rJaa8Vth8osW/Y0drit6B5JOyxYC1VoxcxRj+o5bOymbHhaWbBNZEJc4eaWQp1ULcHaLyGr/Tm0nbMxrltjb06OgrL0XSGWem2cE8te+o0E7nEqdg3JZHt4qoOOL0L1YyqPYoEWzB2Pa7eSCLCi4+oE9/Zuv0Rp4bC9niVhMTyvRHZqlAKqiYKTuVsRTYi+kWlFuyLqKeH6UVX8FKBtdMVMZhzDyJa5bLthFkxYvzUGYpB4iqM2+tvuPaq6tpOkjKfhYb1hpKVhvuIN5K+6KSq3UKcVlKHcW299oUgGZVgFbGYJd8iuUrXNiTa5jPO8hE2oGv9ziMOaE2p0JhX/B8lAg4v0KnHOAvhO+X6fjcVIujCyrHVZy2sc/mI+e/u27KfKkOXH0U1ix8iecaGhfiCFjSC18maFyil6ka1hq3hoiErcoKSzPKt2iQtgnygGe6u/CB52E/Tk7EgTaafQ1y2lL+cye9BWnDrKc5pft9SSvMtSmWaSsspS1hCMXUJ9O83tAN2L4xq//aLWEtohQPKQy83nT2I5fx39Jz6/gLXZeGPEsqHPsY8qIVv4AWdYKmxSmiwD69V5EVWhFCAxgL69AOVN/zheY7X8aiqB6T0Yw0hbWzsjmdYsa2lWfC4ck23uwdJWid7Sy8+gUSefSIZsWgKqtTvre38UlyTWIkyAqtHJvDRp4edG7n72aiyJ/+xVmtoffstuBOnTHnMpt2mUinoIxvJx5LscRJ7sRVyMbP1+Vp01iM8TckzxBTGCAWnYKK0QXe0+I09QTYZCAHaTYTk0t0a0HQjoL40yAv99NsSJtdL9UzkLBwmgd7yHH2jZvBT2yYta+d0jebYkfu6rLpKQ59T4Zf1wE637lfuXbF4tzjfCHWz7P+bPxwvQ5LSwL/lI4TIfiljFTAuGzoFPx7F80Qb6DkcTwcdVRT6N+vK4wWf+8h2YGfSqGb43Bqgk0uAnbhGCX1LvWoXIUSmuqT4yGXv7RdVFpec5Yojs6XQd79tvakY5Vrgxua2fKCUarYtn8ru4xNMXu06F5kf+tFcM7jztUbWs3Gm6AhHLv5UeUCchPb/VmbYnX5w3atmaahRJH7HwM0xAyfRpraSXcbga8QtKhy4QcZ5WHOxc7RG9JlTVEeoLL8Gmp1GY6QQbtmPcVvoQYnUfnTGGnz8rhrIO5/wBiOlvpztjN2a60Z+SBgdw8XhM+k0vUx0j12k6Yyc0mmaPOIAJMuHYSF868TJFZafdDJoTIQ81Zvsbne9VU14zEX2UCMYvIUJSxNPBgpVaVfZG6ON+7KgAWd02Ys244bEcJSWuBYHVwmvisO6mABASseR5m0mjjDFGF6r/YTzwidZ/lrn/MBp/VDtq3c1zH32b9R04KoEJPTiqah/mM3nevXiceDZlDzBvTHqydxwerK2+RrSiZUZ/i6TDwMlRUoQ8NQZiCxOK7vMgNI6L67dIw5BJR+B2x1jFB3m7IVqdBo2Kf9pM0X74EkCU7GnExOLWTRm7rNB5x77qQUO5x8ZKxjM6nJ0hPXlAR7fGmPotBRJH3YPKtoFNEymh4CG/CPLl6+kS6ZzQMplKVzWHYynC+fkcod9fHW/Nc3lQ1n9dgyP0xhRl6MFbM/DemZozzqwaFD3I1ryMujkPTEYcvqiDYQrHnwSro21OonfoQksx+t1P8jR+7F23w7u5P5i0cZb0APlCI+XWYWNVviG+ZbVUb0wvWmfy5Ux5Mc8htRwwE/ZECti7sF3G0BDMLdGM89Ydf14KIZXS19KYPo9gXcQJPIqPAUawCRNhUGQ5FnbOhvyLB1fp/wCsNiIeqiZQB4CzBlAlCXptSeFioi8scpZzik62mNRoOGRVx0TOfWqdbgU+kMY8fJdUXJUUaPU/5QG0Z0PTAMIuWbwJF+GK1kQ2Gy9BAijgxVxVM3zdct8cCLg7cdi+LcE8MrBmGL9+awLalTccHdoJx9oziAeGaiz4SFy2MUTPgs3PBaUC0Ct8fSzOwDQdkUHGLJ1t7yGJwFyjfXDt4XkvOX/SetBlDDKnhKamu7vDz9ksq3JRjwylIRw6BMw524H+OaHC3z5bU/+2u6BSUVplkN2DGhYFdmQMyojXK8BTgAbCsNzHq06XZKQErj5sIZPQLCUWFz6b4sCo+akUI2zcLMLICP7B+pgAo+aH85/1otL87OFID1zouEPK58JFg49kwWs9CCR2/AP+6AAoV8Nq6bNJtBwvAX3kDJdSoNB43JAvI3YeL6qy8iLE1isSMbDHExK///XpiJZf5WoOsiMxUfegLWcy9adW7A1WvQIihNeM2RJoA02dInlGi5Y2PBYI7jOXTWHX5A7TJaYzprIXfmSpUGrkP93dFlUXFcn47OLoopSYmrCnpnngE44pEQM4Rn/r0mjYn6+Ot65VMJOk6FCgA3Vur5B+NSrK4Ya28tQmHH/sfYVBfuTc1mk2+XnBBGZwNSyaAT/7IDmh6+1+B64BAZuK6IPMy0NAA1N4SIhRq1h59NAsm4FT7dhyPY6MoSDGFe5Y2ycZz69w6rUpOgHBv+fFiHd3aa/kzzSRfYtrbc3XnYwntfmEZLlhz92nRUJG2j5mHOD3f6UJ5eav92TbCjixbcnB9poP4PUcO/7t5nS+5sbxaCtYznPTzJ1eOqesDkccbXpLx9ltZ4CB8uv6cxLblzIwGSIzNYEarjP2Rhgcf2Tm9irmk9hbjMvkU1TI3iXymbPEGm+6phZpRfsibvEaQGtiOIUOiiEPFhikuwJwalXRPiDGbUve+XOULKAPDSB5iK3kitk+b4+8oH+3626//JwxFuEi7WzTT7acqzStpf00ptC/0cDe0RRPuVFUKOwnv6ZpZaqhBl7IRr3mL30RXl/AexCga6invB9JBtDNS9nNuwIY6RtKjc2ZvGvX+3tCZdUs4QxJIwDWtdOIjOmipQYDF+Sv2HzR+AiCLBSu/R1r5/neOhzts3hVZbz+OMtq+UxDN4g7+T8XOzWMbjPN0WiNy3H77Zac/2kTf9iv4sAD4EhQPAcEPC5Blpzf9UBKFsMvxE4YVlPAltiLj8NnFVNGsyrhD96luhd17q9pYXsk5184feTTby/aie8L5SVwU20etGpXETbY25q2pAEhrdycKVmV1qYmAmu6I7WqJh/g30GgZmriLJeTLQoegFzA4ATucoCHhWscyYmEJBz0txV/x03dQXwRGhUAw6pKcb6/Uf5nJLycnBG047/6ocw5hqwtqPr/IiRWvO+kGjCiSZNyq/UgrEHbL0NshSuKDd47JHQdDxIlOwbJFp6uS9RXDRRaA2ddoUDq1Auja9C+RbOiLJGwknb4CNsgyGlFlAo5kpsEKcDLISDQHwZ4eaaCK8r3Li/gBmC63lSarl+TddPoCu6ndUa85YV0knFX+EBoRCDSchQ5d2K+Uw9B5XNv+/O4+hx8OqkS4NUsJRYHepTT02lrOfAlrWW/2L7tBOWYUgpQ70XAARG6TQrtCwY5cAaLQrtwQLrpgg+N7Kl97Qnz/bfI1HVPmvRRtNWRTl8uQKhCmovNLjQjHzeGmLeOXzNPIetA17FcRHKhRTZrpna8R5U+kP40jMnJNJMXmwsx7eFIrrApj/SPcEoi3QtyhccCyyOYIpaFFBFozn1tkIw524TSQgH2Ra2yY5sjVVcDVbnJd49JumiI398N+R06DpcbyT9oLP1QsUudih2+qazBlQb6Ln7r6PRCc/jJjq9HOpT61zhwU450ic9Mj+9K4k0oGzujYvRr8juHNtopXNfZjgcRe2fekQOldvUuzi+kNC3EZcwadaBKoyHOhkTRlWPmVvDHh6eopRPsNcZEY/tYXtYzbhOdCul3PcXsR4QGAVLYBe5gHXHgzwNre+kmrixZAEa9MqCKILO8X/wjO3CMugFVbpE23Cr9geLp1JBxV3ov+A4iPASAlSiBdfB8vecxTjJrI7FpRAym9uK6kwahEGMUjQ1cGokW2lOXVMXdUJ58akXqLyC+ytnqMWz3U2Zpa3t8AdkBdfqhzAh1lEHlbgZsU+mIAHRSRMwUQuADq5JLmw2s/XSoAE5VG66altE8O1R56iaf3f1HJWAAdHcLDgfSuMNARwhdf6TjAK+Ma2IyiGKIzr2SR4zEKfgjqwZPLhnN45LWgpXA/rtptjCIaAjgNiDcfWJvm/TYDCuCcrVan5c5NCq5YVNyz6MPtviCDs4mU0AQbSPpibSUJgIo1D3aRmTVnahJhuJlOSP5MAUHALqlDaecEkTLByvfQ23PMj0mrc1wO/MNZ2a7w81O6i3N1ghel7BH3Y86Bzaf55NVODscdMxWdYWXWYV2BrlZLXgLLgrJddPvW++3ptv9leTS0O13bgwW9NquXJnJtF+SAPy+Kf8dhxKPA/COy8HzcMH7nHATUF4THXZ5BYGKzzSmg69d7PHRSqcVnrU7uHd1D21Zu0sFCzwXa/4rIOHCZVC99W3FahNA7rl0mHDJeCQ0kGPVscBaQHin1iJjHLIcXSdKacpQHDJAOjzHojUTIW2Bx+YTvkAI0Z9nFzVY4HY0T471bMtuvPgH0UTbgTGK4cLzD28ndaB85lo136JoOrqUCwxRuhyZCZ569Ifz85OAU9JQ7qE2eJfc0B+URSwLWqjPeI4ylnsGmZMSui4iPbytO0kLt+6Nmwgpo1+irdm68KF46GxH43eUz6HCPD/jRsYTqBC5RD46KJTKGJhTfTG6JDjCJ0fsGpuJktQdhA/PAzAH4DnsGAvOBtK91MXGWmtbYUM/huVDpgjqOQ2AXpwHhG12EkqZgaDJIhVCRRNRqCI9jjmwZTNuC9sRfrp7S08k3Fw+BTkTwCwdcHoDvAiudWagy9jKzq9DgTgKZ4apQs6F9c5pyUBHl8Ay75A4ZgYzpb6huqMBDowmkjU57TD0hL8lrJNSVYzABrT0v6ksw0/nVoJJIZCmp/lp6j2iK5/pbv2pCtZeRh6zhr53xlovE3WPUyCPzfypiKQai4n73kWUkPWJDmrKqJ3rNmAAuclRUGYxVqlrApHlIWrupQT0NM1Y3/5BTEQaAO5mZyJcSfl1CNhVHUA8PWxZIAtMV6HB2CHawGNMHfNDIgaM5VqwE0gumyXJ5yyNhreAGgdBKZhSUgz5AgfSybVHwdM3Zcbyef08Wcu499ih6ZJUd4g9bm52/VDaiy3hXGXyvGMpjrwZK5At0F7pEinLg2o7R2OFSi/2nw9tRYIDioBN1+iE/ePycgBxVUAm9otUNsuRtu3CjVgaSdgo6kDvoHQVJIfRL9TBx+GcthHR/PZCxl8VvyXi1fzozq6dUHCqJkv22gjGE1nefn6/JUMEIJHnPf0lD/KO/u6yIGRjSRnVlfKcYb7581KRj///F5R5Mhtob7UzmJGbdANZE0OiE3zzXPmD+jzP+wj7PDO0nxKQGsHXY4BXC+oBtJIN+N38TTRhSmdDp/tnY9dvE7VBTrJxTiWBsCsU3dwnYvTdkBrDhBhil4QzVtKWE3m/rSn69puUjYrZJqLQ1Qz2Rs7jDX2aMOZniX2sikjwrJPirvEsLcNvxf497P7Re5egh47bNx8h9zqz79Wz5lb6paADLU7GJ8LJyHk6fJwd86JQJf1s7AHpsluscl7V00F6Cecv/8wXraZlv1gYnRFJWoFExdWdDfiTSU2l6govvel9bCDkXltVwDLBtkXIzcg9K/sgnZG1RIb5ABxwgyXrOqMtS+2Tipsi6TtSNuuBT7os4bTGjh0QRFNgT9rDqMN+6xXfVj1YfCD/wG50UA/a54LECzKV9tS2k8/tPe6yx5qRxZB6JCHhLLM6koHVNZ4CrL5zgNQjYBu5W1dq4cJn61PscYDi6k47oPdqXyhEFMNUKhu/NDGNZ4x73OHi/yZCKMKzS4LKaQbma6GWCHbJ9w4OZ/v3q3ZL8c1eNZ3FO2lMGCIkhy76kpKXzb3QROy7aB171suWxmT1HPaZjLmWMQEsvP1ty49kgmx5NqVIhiB6OZx1CmZQLVqomDlCkcyIx1JRWtmR/+/476ecVo1wIsOITwrNpUJGsjxQzKVTr4dm9NTEg9990kWGf/vSia0LHC+P48YvsnGj7ZqqyvoTMIs8VlvX9YZXGvA71GQMauUfQMcna5kknIEAFl7CWLCxcbSzXDXV1RBfZlEYvZ2CzVXXcUR6S1EQGKQtuuKgVhy6EYSNGQQZIUdCmrG2tRHJd5sWu2W31z+kZ6r65OrpXHrNfk5pg0QVW+YTJHvi3MyXX0a8UKQ/g/7f7Xo7z1Xhi2mdbWnKYsroF+EwRlYNCXOq6LZpa6WEfGe6zOSOBFr0AmKw4JzAWShhSWt3I1SyBWjEY5s9g5oiXQPLrSefdH0odAlthBJM3FZiG6+ShTwuMOtSQf0Pv0CdhjlusnA8gWwBKwG0FJZdvafjcMHalk4isNto9EwI76PlrsP+NTrlggjIws4nRl9tgo8pOZW8Lzsw46PBrEgM9+2y0/Kzm6AhkevgQ2nBbMU4HbIvlAXQRsMygjHr9rDDMHTA0JjdKkXem7Pgc31tUofbG6tilGDpuKcLjgWiQAstAd2NRzYbh0zENhCmtWwAuqQ0bY9wEW741s5mWqfoQloV/1JQAs5xNXN8WSYsUV1kEXYrwukxB2nkQQ3TpT4xPJhaliXGUn2qfge5VXXkR11G8qwkHqhPYtOkw4W/xBPGNlODi2qPRYmrtUg+FOGTdU1SbFb33NoXjcjKltiAZ750sRw10+dO7ylEYrUfBOgjM0SfaxOJrWy35ik7Llz/Zh8+ZKHWHt70zHTcai7HMn6O0luNe80lhFwMtVI8y4KbBOlaEuIxZlpYH2x9uJ3cfgogfNTL5GltgA7wNjUi4FzjbVXMLn7/zMQwPpv/87Va1HldI3GA7P+6WNOODxwDsEDO/AdGIy7A9kBdyD8y2WocMQb+IET2g3EA7qBZAg3UH9d1A8xA+OnxPxF1MsneMbWU0pe38LfjqrcBDCIeDRO3+QuHZChxkaYUP7jb7YXjTEZin9fA6NL4ZhiB9an/hcuFxiWPjPO6mnb4dinBngmOmMYuC29AI2we9V4/Bh+LW/jPjAFiLIvc2f+chPfaVOxwTxYqgsZcABIopOm+8MNv5+TCu8CEzsPcH2HHghtD0bbpeBYc3RhDETrAUEh9qyeJglhV5Bt0nY7vuff3m19iHsz+3oE4+OxM5atNA+ukMML3ge71Di6p8OgmzDramCACxafOGCAg364xn1WyxwVN/bBOlcMkXO0EB8Gjp+0+q35LuDSsXbmOtkyD7uqO36dwFxH0dlO8UAtgRmtHuOMJeGU0D3/DYbW3oEF+g+1uvASn4nXONjt39ShF2N1YALh/thnSr9JnHVm8bACs8AsDOQZUdC/+GKh/n0/hphgcX/rVPZ5/Xewm1FS9NMSN2DNqgBh8zszU5i+MDFVa4BHf4CYfj20TiHJv4oYKdSbNubVLbxxhzAnkWIBku6KaqivEJ7o1fOEqB72JmYyht8rIDTrqwIHySOT5Kjd1SRKxy/sB0aj/l6ggP+RjIwvSB4lnR3cFNWI1ScUIbGIIQtjxGGspwnkfAGQ4J9zKg4V03cIuZZP3hmn3/F67ZUiDu1vQjAAaJIfrG5Bw2fjxA9g/lmCSfE6dQlc35E7lLdZcMsrdKPPxhtBxRrLmrlZQp0utiGXo+lp49XYHcdoTnWZ0v34rUO3tr/mNrY8XUR9i5bFX+Bx3w8HgsZ/wgy3qby9fvb5pKk0ME3rxeVU+3i8wLUPaNNrvy8CORzfVn57xN1W+t4xtJvp+qIGY9Wdtw5S9otPrqkO9lc8+RqVEhF2P1sToI/FwmkUnkEmCrxlY7g2pAfJnmD/s08xk2qtx9g/i6kWS5wqEKWJ/z2K0wDw9kC1Yt6QQ1v0aOe6oZgMJhaE6+Mfue2ewvu37pA8iISouBpxTutiMhUrO4FxME4rFHOBra6lkgUey9as7FlT5exqgdF6orFZuIKFg4HsJV5OYAcTuY5+SpJWTffHLFPSemS4XuoDr2xmrS1AlrVaIfDdukLeAbVZLrqpnDrGSJZqyQLYM2VhfKv/AVTU+t9UayY/hQF4lsv/YJA/v6WgGHjPtrSF1rfm4Ti9DgjThHmofsDnBsFNyYy1Lg+XY6YuuFmpR09+YUmM6UNUoybtIYRANW8mZmY1Cqk3CDV7xLM3Nukyhtx30ir+0Pl0z6353CFIxuXaI3Ki/uOvVTonM/0zQqqB0dS6TjyT/Un3t6dcEB0IxOhWq+wL5jVrRP5YnwEdtBd3OIZRTs61oj8J2P/Q9+hKRRovVjtiNwR4wb0BL26NFvoEapcm/fIRuRBDdl3GANk7dQSxrxN3az9KCW+Ftc88Eq/uiigt+vksTeKDRkc/YGOPsZe11ELtcRUcYrKIBnszLJJedD11SvTxnCgZDXQ1Pc63bFUtgKxZOsjqTHg9r9tU5TpoYUFAumfA28viYYQmibGNs7rmTy4UKe4LDCbSOajMLf+n64HaxTEwuHanb5eEop1y5LT99BfKZxDrVJIIsqAyidgTvZdmr8ZMWuhPovOS6NIW25/LR6xMrEMCTFWho8xgTxqgYXPOnH59PzMuzkraP/yfBOnJY0q7uJDiTF6DAiLt6H8it+AD/1xPEXCrBCPGRZ/UjZCxdVikJaSCBNN/QVQQ+0Hcp3C1GwsG7Zd+wCj5weoY8FZa5Co07KMp5kPV+mSh3tzQHg96uQFjYjXcouDYNnOhwGbsx8Wl7Nl1AYbRtH/IENO1FPg6uAxqXlFLm2gzuJAMCfLqimxDb5Hui5ICMZs/6gfnzW9s3/vMMKKhOr+1M58Z2L7ZieI5ZnlbTeWc78wmgQKiJYqKaYAXcnoiub98dCpPJVVu1vXwOL8aqDyEDQXtI2bYU/htq1MPH8XbuU+5biOidQdSURXx3PU4f/tqTikdpNLCoWR9YsiWPvbnm6JG4Mrf2erfs9/AzcWJL750uj0pVIkYMBj6EgHO1tfPv8cPQ3ViD4I3QkT9RUjZRaRGBJMDjFZEVheZe1p5rPaVZ32mU56BiCUaK8IQIRMhF98+4feyELN5Nw7CaOVebi1Ej4VLbPg6GIoUZxD7A87wuBNFicdI45qPiOaxYz6MuCWlu8RC9DEI11og5YzhLIJVsG2fEX0lgHAecqCAJSrWiHuzgUWilIDAESDS5EVUw/gGV73UcJTwH3BTLDe62AVzRj+pQCkmzBaXynqMM2LhQvP0hKWAbcq8sJn383rSF4E6FQClmUMIHUazwoj46LFhK0KFYUgI6AhNx3WnMECkouqhlQZYVJyjshIXK8NQf5cFIEoEnuo4mbAfnDMUIp1ecEsuuEZbOghF6Z2hWlxhIo4Tqwt2+N9ZeVMlnK24AHOxAwm6oG+0uyWeI2ag/Bb0D7rok7rJxrgJWL4y7/ccz0hlC9xfp2GNBFRX+5B0d9bisoQ0DlhW4Ki6CzMXeP5mc/FtC9+nHUpTbULW18ZxtPfLVYC72bMiMwAME9Zxd+yIhSVAR31avfq9LH0vlqx9hb7TZ4jACcsTMqkJFz+5BfB4sKDuR6Kq0JMFZv6KsqukqFo0DS4YyX+OJFrMKgBzKblKbB0G0qeswRXv20vmVa4Cml+kMpqW8oj8HTmpsDuGqqbsS4hvJSM7tBPLYTN0vXSBhU+gG9dY57Sjh2HeaJ8dNxiHi91bvuv146rZrWir7J6o0/ZpYJ8AQKj1QdBjuZa5kty6Do6igDTi2EfZMEwBWLols4gEq8lPDgRq4DUBb+kK6oxlcenMTUr4izFULdmaMtTch3Pg0KRZyfx+/PxN2TuXDzDSkKzyGN5BVpPttx0RqoXqRvB75BK0bfyXKF2+pTA1EG60JBgepTMU63Zvm8JogGiGovwn+lBRVXxmEhMeZwhNdcEAWEsAFxvYYzYQX1iAauAiVu+gBmF5tXLC+POGwawdTIVRVWlKWlChUZB+QKIyQglIsZ2zdprF8/a/wdIO7OD2oXmm4YYH8QmqIlEnMmj/KdIozlZlF10vRpS2DUcAe4aCxDZ4Vx/KA62ROsbyfCYhfSMizHcHrgr40Zjuo7S3H4s0bSDjBV1UIw4iV86l7uADu/38WkiBSuv5xFn/GFf+siLqA5SIlyg19lDKj4+2sQGjnDWHB8OsBBN8OBN78TdHy0iMabrJHOEWekvExxCqxfAjN8TlOX+26565fVxlKEQF6IeLvd/U2llvzsaoEgcgoWLrfK7BjjFipwUEAqJjFCjztDp4hnZ+tFZJfds6h2E95Aa6+4O3DQ/iuJwDH47NSw0r10ub3sEW/qzZSWdbsfbVcMpLuEfRIrs9VE4BW0K5QVPxZG7UkCqS2oiHTQOMzrx8Q/2nmLClJPbhNpEAx1mNn6PGKlzqSm6DB16PY/2l5F3jMdg7Fq67en3p7OKRK3fdziomJTpAJGPIrTUYHdMTW7ujPRDXOc20ve7h8O9GXD6B1HlBkrAzoQoAt+ihiDEsA4Zg/tik1Cw6JUfOG67gHG5ywMJPtmfxXkjY9Qu/azZcZ6ttflwqrazVU2A8Og78kNE3X9LiNbcCiPLQgqpVwQw+zwdAkcjUb08s6iaJPpHXkZhGM+nSoNhm6RjYgDMiAhn7GUYiCutHKd1Hi+kGp+paqJo5frl0S7PEKwMg3RDU+qE777VZAQgefOPRuHEHKu0pehA1odWxD2O/wB6rODybKxc6Rgpo3PV9xpeXYZjcRTo3vqqqMoaz5MkqN+w/p9pVsDXJdfdUyE87W0p+bX/xmgBzLi6J9LsOFJEDNKJ0APijOKwLe/ypwjB1PqOnzPiqYMdWrvJWxxtocSyC5c+bcPBZTqgIje8X2u5EH0jyEAz/ppYxBj0lBjIb3WvVm9r5h9BS14kIMTZUxvDTiFGTsqPaqEdZr9OZWPxA7VxLlxC/fYDmtZCjccxZFTwj5ekdW2NOAJcnM/LJIaS2m0YKdfxvrEZ+xXxcoGvGCQh7dPH1uKgmWtxqAGL3JhAxMPicre6VJJj03cmjXUaLMFyhvzF0CyPIF0A1WsHlCO+rrLBSKoTwpYuS+F6+/aoAm8OgxcrQBWfzVfjGldBUnleCklPjJXJWIh/WTgfla2GVs7HJ6qAzJ5Pji2WZK+ImIUzjPbiULDU7TPmocXlaUQJj2soH3rVQdsZ5M0JZXKLcRecZu+DHDrxOledzWGN7xeEjIeUjLmVPLfS6/0oe7MFcHkDB8Jxs4OZVA99EvKHMfy9GiIsQcAhAmNcPCGvu74KOK0+ewlzTriNryNi2LSft4WyKiMafuxVNiODj08B6hvhw0DDEHy13yuZOVauMcp0ZSUTrSZx5K/CG9e7yLzYdqb3gYomslvaY0scJOiHpNiHHShSxScOYAhRi8m64rHH7t63dNnxjmPNlhjIKwFCOi192t/LI9bwuM1CI9KOdUTYH6rjLh+5Cw1q3P4uHpYuNhmjJKek1fVgvGUVtCEoMqZVz3gOsB6jEuIcrve69V6LF5D4EX3ZDACAQyLGZDqxIq/kg4rLrNzI3kW5xOQNwLzrWRkjR6NJ3RL6f3cWdFi5NA6+eMeZBFHwfJRue+1PzBtSUcPk1844M3JC186bo5YpsSnvX52JnQUORq+9WknVzVyS+L74UDf6VCz25vdkIXh4C4q5Ui25C5Q/eqQu0zbzz9t9irMrLlfrJS/eHJkQPJ9/4CGuYFiBmMZcXtQfaf1S32p8fBVSDVBTyl/gFqTgey1dX8ZWbKSZuPhDaNl1UHbXFIjVWI14udnBbTX42B04eiwDugVmiro0vXdXo8c6/TcWU8QOgKzv9HZjfvC93+ebJlw42Vgogw/lE44r2duTXX/ep1RyBOUsV+7PVqEGrXNTiaENzQLasVgsWKdKKpkKikTScZDjAAnvdx45ABEL6o7n/W3NjBN84g8Fy3VnwZqPgAIoCTsr9+CdfGIUYM8tro4ncxrUt8ofvuUBe/Vpu2XBVUWtrDmbhGKjgLjRgNvyeGiV88ab1BzFhr6wY6CR74Vht+z8sbPBTQ9HbIVXKCkIExe/Mdy1+74fa7zxapd6pf+2zW7JXgYHYp70xOpyKyZHAeMIp0gZW9hV5XiUnbaoMfmWnHUIiRKZEq0CAg2t3I7hPNFGVkJKoAnjNNSQC7EzcTUv161706QAxPadkOQI2aldz96LcuCO6AhMHhwrxLxLZBapC8pPa/tCeshAR8kT1t9JUbggs+8to19dlhn/6scoXbWzb5HVA24J1C3YzklNAgxXhqciOcgE9OcVZCOLQEOw7Lf95PNhILmvREWx84svTB09IBsktEAPIcq5l4VSUiP9QaETiYYXwDbo+mKeRteEAkbYmOXK1dmsXp7VuSKVghhCeRg+CCpCarYP+hQ+anMM8CjpgR8bwAfDJraC19+bAU1qD9wM8bYYgflX/A8rPcheO1UIxMWLP7kiUO+enTKgRGP3IcD2yFeLYDZ/5on9+s6bCP7yJ6dz6zdSxZZq0u0az/sGI1ma+PBnv4hhvbDs0LeA+GHw6zYF57HYCbo6foo/j6clOrm1IPu18gJiGQfmPUddmkoqDzcvOHcZZVgBZpWCCjy0lZ9bLkREP48dcA2FrxsJWzCHLDrStgEEtnh8ZWDuuODKRwF+jDbUcXPaZOtnZFZ00Jeu0hgE2dcJ21X2L69XaQYflgk1z3flq9xvsk5vbANcfQotINz/5XE3th25v7GBW8F8+FZ6MN2uYm7XkcvV7ouCw4BAl0m3d1oW5z8Zin/sd0Jlrd6y/DZJQhmvdevChjk70IZ5iTSBGpi2Gd1ef9xlFxGbasOvf/JRs6YzZjqCj9SzuGK1xyiizXx7R+uIr3QnPDlymDAX2EUcbM4/pSU+uE7jWNQY7WrENYDzrvMISdAhygCuNBkX7FBkhzlFXjPnJXMEbmu9xGzewbUyYt0Tx1VZzKrzBLpNw4AcM8x/PAj8bODjCchFrh8M6JjKOllCXafFEw+Yru9Nt2Rdsc/CuOH/TLAbO/NvKvPmG1F1c2hpLfHyypLhMUgWbql20DgMS8h1zmnQg+GmvoQ1AfylobAJmz5RseWty3Swgplnhfl4UpWS0EcVUS7TDlIhJLULELxSaZ+zkQaKnTcS4mwhpA31QM8q4+76Fuu5dHLVGDJP4/OTpUW1npAz+SI0fMbGOdWGinjb95zHC8FQah5DTt3hOg9Ew9CCATStqlhqa/LnWdAipMfYKNgoYq69LKNFSK7ng5IKk1KRLk9SaqP8cOTVlzSbwAFjnFj86I1SQdfSqj4Z9tPwZMiVrDiSRgSMbC/XJyKcq3EzotDCRK9FD4SEI9sFeJ6bTEMTy8ioVATuk8/O08JrfWpEuvsO85cCcehSOrmdTjbZJLEkNg2Mngeo0Q+dpois3+bL936g5q5IlUsTXHBiflS9fvnNrtEqFvjDsz4PmniNuImjwo5yn87fnSuW/BNyW7Z+qV+wUKCr04wsiookTMVHxweF2X8Zg2VUUlQTVL5qq6pHVe/Ai/rld20Mn+634LO+aooq2As/NqXhV9EX20K7v2/53nzYn6lbQAK5H6JT1sHQO4Xz+stks/VgNQBq5K6wnfZbuCFTsO8Y9xdZSbJfZ0iX+wObQ/RVJDm6sjMuvvAi7N6ztnNIBG0akwpgzeh8W2JC14zHhVdgCtIkyI0AQTdP5c6SjYxqZglXKo5k1oaHcIomjaSnMLFKCgIZZGR1IIUJr1GvY7LEFNNc1mwuVYJQmQdwhfoVcMzfDQrQs4Fu9mCHn/o05SsOJe4KUFtdwn+QYQV4uupNYTXgpALCLrWDF0dbveNOKMUHuBR58bHKOvzeCt4nVHu/qODbgLHKkZN6MYkMuxurc7kUf+7DRXQR8Q881E2itS8uqC2KHcUvK8GXOodbDjFfCxotWr4S1uIZbQc55jczGpThgz5Djw7Y3aM0JQ+DxIcXVsWteWDsU+ksSmcB8bt0EEAAvv0nqGkGo2ay+9Q7w3N5r9Jgd6wR10PlMx3iGcAjewTmeMzoI7j/ywRfwgbhU3EKgIpCKnT4yRjj34RqiNBumhydxC5fOeFSPj+4d0ETBzMX6Zq59V23Xwmm3VagZP613YbxNWW41CgTCqdarz+SV/G+NhjNAYugwHn4htFwl5iHw1ok3e7mwQo7xiyw837A3XGNIFDxpC+dFj3C/U5IqGZyeQhtbGltSOwKpK/F14KRCM8CigUELKDfh+cs9jj1vI5SVB3aW7vK5PBNfEqCqgyOft5oLsvxR/KkD3KKd4n6lKcDnHUmACUhFiBw64z9fezA7e6uPHsr8INg2j+unt8QwwWMerDtx4wWgz9JZy2FYTjiL9sgRwHF9iZsPibG8ZYd6riyD5IVypsnSS5ULTMeWUA6NzGgfdUcyaLUZoxH0Sb70DWf03OIqa/dQR1boIRc+NyhP91K5FwLSen3u8Z+MltCT76GP+OLnhKXb0pTIKACG4U/oGzZq1I5sFXOwShb61AMu7ICDGnKogF4ea+Q/X+zVMraukjm8vf3WRelz+TP6kSnY4q4wtQjrv782bElenJ9AVbUCsC6z7bfoVlUTLL5249v4beyGm23RMamhLVJ0Al5ZkeCUd14kDkLTsKAgrfHvDdfAD/jlWJL+sM1/xZbWmJA6PGltGT7MJUZJun++Sqvs3U5m88HD1bbxUyPRR/w94Ag4/rclA9AlOQpg7rAq4Q92oT8rk1rOe2YuK7DZ/eYWcUUc8AvtTDfx6+1xTpWbrjisN64/7iEr76UMsrweS6YLkoN+JRwFbYuyFB80h+X5m4z3J42FbFhOEDeJ8Vj78XRgOQ5rW+dq72OEZNIgXbCd6MaHIQiJ6tiNPe/ybujXNhR5vT1x0zwplmKr3MGxc//CHiLauQJlw+kzc4LbdCpom2cXwGyKk9vHxw5Zai0cittCJaJRRphUIVMYDfj5bmv2orf7767zW+1Wv43ftCAW2l9ttG1MRhF9e7j3zYQwvmNK2CQ01EhX3dRYV+7s+y13lfSm7Ldtn2oMsL38VrnVb6O38XAIrxV6QgpHERrA5PQgibDeBkznUwbsS0VGi0J4ZaB41AcGJ8S7b+mwXiMFXo69bsP6bxwMXXrm/29YTTWD+0it9YszqZ/CrSNOdBvl1zWYK9nMtFR9ZetyUDuS1wVIMTBXRHBlVVM4+GD0S7kIJUGGarXQsX2DUnIxf14Q1/rKhW40u1NNgB/ODzw4XM3vRhYii9NW88jDENh+A3XqAQl4SokV99qUMigK2dIrKnz8AgcvIqFmLxIyZIoJGNvZpSZh2NYmlIksKc2fUGVDXKiYcwSU9SH+cRthZkC7llWiYqQwJ28hwXDIbNbHnStNGP4vMon/Aj0sVp1GPjuwTdjWQyPAN7fuXZmwc33QMFqZ72q1WTbnAnBqAaVRYCbb2ku2s7swEckzknx5/wAOWvbNA9urX5B/vf4OaYbKjBoWxj1HzMG9pNmvc3Cuj4TKgt1ESeXOiPwROV7eE6GrkN6HqYCmzcgfc70HmccXLOCddzAKUnXGWsmirhYrwu4f+FkX/4z2uAkMsdtNWNYiedUvlOWrVbC83tyRmOZfxIa+jhfYL/iU78ofzJjqui3EytU8LvH+4NvgOWc4iLQeEdEY+FoyS5NTZJ9BPfScc0RxiREpFtdNbqb1qKtV/LVDBs2ESIMQ2o7kpu4U1UTup+vaciLzARTUg5oLvwms2HDUUMdwRPCfE964ehS6sbSy8puzSeZd8ww9jY/8fvmDOHlSkQLo0CxeNLmSOJ8U23YGyn18aLSfChhTgIhCFUeRWqZ9BZHnjKqh4guuL/RaZRKB6U3yml9MQ/nFuJhzbdAxF4avSa95XVcsk8dB5Xs0G4/sY+tiwbX9MtjE4jfO44OhgpKUorhgTVpSNB6lReulgJTMRJf6rC8txOaq2+j4blBRX2pZr7KgV65bt3DvYU/7HsIXWHB33mpXYToq8iF4cksmps6ttj9SwfzExA/xHwujgVVT8fZayD/ES4YZcB+yaMQedqokQxx+YbVfCCDKdwy/sz7YjW6iYLFegsg0FAW6TLXOHrYAGjZYkXM2pKvJokm4Rf/iEW3c26bfX1Kxokwu1LHaN17z+/LjmhvnTn0mGL9jhEht8DpryFjPTpm1uiFNJm8QQvwpKyDXre1TaUnLo5qFQLmOmRE6+QHIeDEXa3MiiknUcZSgSQpGMGChQjy7m1kAs1wPVpxvnvBmvfNUKNQXbFrcBG68fZ3qMlKZMkSXUht5SkKRnSXra5RfcqJD8wEyUcLSvZZoGOjCRTKbbVbazCX10Ii5tqkxjtXsOQ9JhBGSqc2bMCtIML5gMD293QodraveeE/eQiRqL5F/sWbwhxxcVBKlOKKtlr01Qq8X9G0d61RchyIqN7GmYW21pGMxZAq6Ihsz3BBqmBCDHZKbV8pVRFvAcuLsUXL4mu3T3JTpHb821Js5ii+pmakCHp9rn9qatty16fWOHw1iSoLwBhLX53LG6sgLAeKJvf0hikY3vFIZ5B2rbZkU1VXYz+jX7DUfuMFexgelgHaWRYDK01HnUutr8PDfXAqFFdWt8/GIp2yvjralAgqYCmtMWmxPbH/ZvAblpf91HWCQESWL5rII4+jys3CA+IyEnaBmMHLO3JZioNfQNHpNdrI1J1wZ1x7Wx0TrJzPPeqnzaGkzOMQltyRTAxN2KqxfGw8pi30uZq2l7Gigd1Telc3sOgMc2GHnhDqIwE1520EpbhAAlQqpRGkpbnHM+2qYHWxPcUD9kFbhIulcUeC6RttOnKJzfhaPOj4SH8vJC+qJJDsBHd6ZpcfAGlnn81TbYA13XAZMF+YQM1Zmc6p2mggB+E3iI2f3Atnm+JoEP1tZIjfivS4PQMdXlVk+fCR8ae5tjQMjGqd+ax3hcJPp+EE9461/ujPN67O4ZrWIg/uZMFnAt3S+8IDUYx9koTow7Iy1m3yeV2bPZgAbwcpsU811z+Fkn6wjlWwvvxq+vLeJyjuYZNjxpKsKU2bhHumxJdgIlMHOWDYUwh3iTo7FIBLMMnUB6d3P1gum8+kHGILE2w2hN2aRsEDNd+bdntRWNug8EnRvX0VK5KyfeyO2r3zHOZUbhbHffvfycv9t4tr4zEQbybxJrIUhwtjKsKCHjHpOh1LKPza9PycqaTKNpPa64bYqImsJrA0bXEEBRKebEA+yJmo1zwnsrynBvpmPkHzPMs/B5qchnSy6iLBLnNhZ+QDoHjn+uKiu7MzimvC98N6xe35jM6dXK1D9epNzqZeS9Met2d9JxoDlvqwErD93DuPA5LI+kuhmheDaq42+bxC0V9ZHqqPPMfYJhPDhDNV+sJX5D+rMjQmsjx272KWjhYKEE4i3coVX7H8i6heuRnAw9vHFr5r+wRiXl+No2DDqG4XRi9yeM6X1Uxo+nnuGFx0ujuUe4esHFySXuOQtQwczn6RmPkNHU6+kXCJDkkqhtj0TWXLvQpFvJpJcCpVUmUhyKdQsZSLJpVAjk4kkl0q1fCY05f6VEtVMKLmUCtozsS1nKCYAFZk1ZykWUWUyyaVay5pJzTlPtbwwk0ouozWbmTIs57VFj57DB9xCDmOOoXShqadXWoQ1jaXWM5buihc3BivWaMgfq+QVT1JdND/2Qk3wwyQ9RHQ83ethpwOwPrBxnGMIh/FCoo2b5x+0viz+S5m4/0DYD7scT/ehCMdRuvy4xmNU9gHk/mNNfElrY7nGmzvM+KvwGXHOKthmFW1asc0qbuaVWeeVGee1555X8E4quOYUpzlFm1bwzSpOWYX3pIIrp/CcUvCUAbOD7IhKHPfvE0km0ohlcMykEsvY3HRimX3Kl3Lwxj5/bXeAVw7EHISduGiqwZHf+za/g3tuB5McWjoIO3dVvOEmu8N7fgfjwM4s9+gucvuTbBNxIwQck8EjBFybIkgIuKfDSAj4tsWSEPDPBZQQMM1FlRC0udASgjYXX0LQHiXIhKDfYKQJYW8/6WI2gczr5NjLMoS5lFxsuTWxr57KK4sA5hGTL+Xa2jHYSXWyh2NWM/tKdlDMaKb8yLLU4ueqyC6Sme1UCNnDMWsstz228VYveq5xbMPrPpzEz1iGMFckFTD2sczupaTFBoj5vISpGGKKlo0TV8bW30jxiFUEM4kJ/bBi7XioE2lxHheihpTHmeWg75j6KLDCYYmHrN7b7ZPZutumgBbcAhE2igl8L73j4GkNdc1MrqeQbTYoMOddbrktzNzcGxhTRPt/PGcmCXMlK2E/CVDuWckqSrZbfoZ+qFwaFxmim/Jv3FwluI50EQkUAdLVtoTx6gG7WCBAg4OKLiU8Ozbazuqu0wYHsCsqIJFW2B69ut9H5k4HXIs7Qt6mv2J7gKErm6HqGzyn1U09ejw57tE0MkJvRsAsnA5HBbyefSAVogeilWQrZC3TvSz0xtyvY1Q88+tOL8iMOl1eXP74QFSt5hA0qgZeK5+g7PoRbQTg9/+wRn+AaWC/KLDc3vd+uo9P9srfXXTjiklSAnQwSBCaV+fKSmFbLpC9pOfh0AhMMXr6Akj66O1eunHTQeMYyAPH0QKdgQgyxKRLnf6jxGO0BSlUL5g0XjnC3oJBnBi3USAWbkWcaMu/eiy+HZYI2pGiMYCRBu37JgKWhoRI+BDA2l0zlQE0iEEZqsa58rpPXARN2YyKpj9NjRtOd2i/AvKHfRRZ6bdBeP8o4q1GlqWa7gwdTpspT/79Y9nXiL08T3Q0Lg1Yz7lYl3uln3NYHx9NKjYDgwRmS6JwDX3cNpaa1PNm/hoa9w10wwyNnc6rfLGhkeQAYLonP30Ga2eiDazoDRJZhwNt3Lw5bD5fRcWcK199PpsdYcDnegtAX9aB7RRhagIasm/0LRT+877v40teNyPf598qw7EJiJgKq5BUsqNECAkaPFtThhEcBgi45Kooa921uKsfgKGwb+C+JiIdRIOaHi5FfOrIFgKgoml/N8ims/KQWtgk8cRmiZ2C/Mw4XcWEZ5obPwthrnDlM/76h4il+49T4y0J/6efMJH6WaLTu60X7qR5Zc3vG6TRDNgd+9yhgorrsINFoMX9EBHoMJsYh423wMlNl0D4mj1eh51kMUQ/DEkPDXPtADAJTSOYdcRSBz+vK9XEFwEuySeOh/vOHWt+2bddakJO/ySNIlSuH0rE0HS+TQ0ceLtzHLw8dCq0N/sDfIbjvX1Qm/9x6Gq1/g63b2oh88WOb7OQSNXjqGlN6zHUp/oIFunT3DooCjzdUF43i0z9wu3cNDS5eALxkar6gyoqRDf1Vr0Y6bD2qPijkj7DvK0CnS2iJOJugCW9urElIUNmNc2pIjpx/ESDZR+5XDYxOXYG6oOPT47Sq1rTAuTKpaXIL84D8wOr4ICsMMtZ/nHFbs1ojEFXj+wz5+kchpQBrwwt7+hsV0P5HQSd4Vfv76KTxOjMNG3HLUQeYIf3Zlv/QnzEvkZPERqwB94hhslOr6h4A8xEcMgvRPObxwjqUIupd4KUj3lnZSKHVdjhG7ISltMmJDR54MLG1UeoMqH38KY4PPQ/TzHACTrNZ6fQc2wZnb85xsA6k4TGHfNlllic9XajmdnXisIJ5RbWqhF04GSrOHpib9LMxwnZ0Sx7R6IoMsL0kolUcIl+O3FfrCJ9A/yAeUJ8vUfoDyJ7RmpZG4ECwaHg6i0RNCtgZ/pxgFadurEQCW63XTQ6Ezk7QEj59mvuNBjVx0eRqZIsLrhUMLuLmbsNwdnLRo2w8+ldTCLUQrjDpnZ3WD1jF+tylXB12IsjjawvkSuTibMYOAhZcJm+0JImHRZhp7D6ySptaBzNXwWkEjRJhZbuAUTXv8E8fabitI4mXgm/unINTN+AtsOChBDDNWLVcN31ENSCzK6g3ZB3mCakJikqLZCsuzddfUW/3+OiZRgK0vt5X57D7dgZEKm12YtSUwUw16f3JyKlGcW5SMxgSoNT7em+eZn17hJXe2N1X1Z92rJLKSAOao4Axgcp9LDTEOC4SAFo6M1SznNCq7V1UFJgYjjOuFrSrBTYDAcImN0HdjtBesog+pzlinDaPCaZhnB9rNxFLBkFcSIO/rNl61cHIGYIF27PMsJHmr5WhvhwEeF2AHFnzHf0U9PxEpU5b9A/AY3M6Ne6iU3CfklDJi5wfab+pQdzHilROS74hhk52vtaCBEQoG5O1tYGx/7YRRBKwFKnKYpJSoZOjk1M5o7Z60r4j4lepx2ab7AEpTTrNErRhnwe1h+qPzCyhEwX/Z9iccnMD+F6ubpzWtg4pe5cqQkQkv5jxJ2A4KrEFyNqHSPTs2gonDvlGxaASLtTtD+nLci8wpZDMaD3F9O3PxDJ9/To3uWvIzsbrikitoy2nHRTABwpvg42Z6xUqoyY0PkxoD1EuBk4fXJHMWEnp9x0hCF46PgmR3FY+kfbIRQRhinuE9iDnngiAobEpC8OgyL9l46kwgJpj2KbCfv3MzPc0HUxA0ClSIAdCwmJ2mcAbgPgcbH0jEX3RuaLbkzo2xQJnp47XDGhbl7QachzbbU+DDzfjCwZxP76NeLuS9ziY9zWiBW7CjZEYZP5HuGfzl5Uf09XVtgWRYCAKEKsIP8L0vdJvlVx82X2O4cZ9gkhSkctA7hGrkgSkxtWFGExNoluAoYmM+jbiH6byiYbRLsLI3H7pVIuzzCVq9PvttmXvuk3QNBK0iyc8KCb+OzR1tUHJLDA7SGKDlyIoYnFtB2naAvh8OwAg0ZBhUp8LkDSAvnY0YKnAz9ExIwDKzAnIgnIAnyf3JKmmYBcBsKHJETrG8e5PXKYxHpvkxstPiifFjkKUJlZvaakg1V6fzKj8DA1zW3Y3ONZE1u6m+GhnOtZFX9YZc7pCQpGKfUPjGBzjd9g1kSasUSUdwEncf96FyFvZxjFP4T/HyFHAUnI3oeYStbyGHnO+dqOIG/qvfWlGjV2OtkvA+kQKyR/amJKkdABAyiJVqtXVOEi/tM9QO9GPCdR5l5VxPyYsaeQJVqbppkrpLJUXvP9wKu8g9GibKxp525AGd1Qf7VnUQYO1zNZiXB8LVmsfh6D+XYTQsTkB/SFub60gNjZ5yeGxGtmRmsTBYr5tyZhNKILlLvWJB0DiR8+/mxSiYWK1o+ZMDvCP83j7dnEh4WZxrAgic6o005QcvC7n03aY7rXBlhl4YpLKZDSc3vJVWtJKitpgcPEdTZK+MZ4IEk6oc4X8+3+Vv8BRdsi04++W3yl7695LnRpBzrQz8bjT8KKHx2wr8Hzhqc0z74BeJA+8zOH6VMMg2GbgZkOWOgemDqjo7JpSpoOtnSn28KsMSVs8UAXa3LP/l2E+NIEn2NVfQqGrtT0HLbTH5HnXKAHwrS8Y9imzCqwVb6KBQp5OYw57Ycxm2yKSQug9nntk1146WR4Qktce0nlG2McHbzLT7UbsLFp43wEQ+ygl4XXdGL11Zq++3dwZOx+eOHQlZEKhNHNSaI1DWBru1kopPzz67+zFE66XX4eqdFcmzH0l5fEysg9+dpzZ8npcquwGMGEK9zm9bXyybAnO8pflYGw29MBelWrsKh5Mb0pw9K7sqB3dtppWwzjRu9Q3hiChB/A6ecA28SPD71V2KUHZRzbvr6q6qgZhQIYpsBwLwlzaERgbt5CLo62hION4GBVy1eF1bYsxMfwr9Hp8epVHafXx/w4c3VL+CjjR6McrdCaXnvFwDNIOo2jUAXD9ZCuxuDcIBSs4KYc7bl573IWnvPbdp3SOKXK+yjRWCmmtqgy3DHO9AXAfNf6yIdkWKbwtJJCfUhWLqyvgyoeWHi4NXH5ZGjgzvJuzKcnYSzbGFEFdfKezRq8Ak7UAWz9MWvyAmG0okX3GkMU3mdMn09D75smzpvNKUm00nKtPABteEPNSoGznR6Ke9NW2NIiT04AeF5saGPRIYgdaTA9kASYHclnC+Dx4FnGamH9P46qcBBfAUxH6wKSGZ9uRIZJvR7sBsUYoq08UbZXzSImgXfktOsOvG72dfyVqc4dfn+kw8/8VV/1NX3NBjYr0YdrIspHT5uoHby2ORFbnh2p5NxHK/Hw1AsJ2WtlEK5IwnUl0SqZtZ3ZRr0Df8QBPG7CLEr5JF+sk1LMtNkuS9W15wZ4oxJFTNgcZ4GZksuqF4DpGUdgkzGCEVhwat2bxlDmcSU/lygL7LYaRDi1rP3zzSrk83mM2mTi89EpfK7QEXJp0DOP3oVWeHMpS8IKwIQK1xJ/PR21kGkoLZV1eGaPTm/CWUJC/O8tmrDtYzimFt3bOuagMIwgIGIHBbyv04zYc4Pft3jwbpkoloCMCetqljSxk5FXHyROWMOlnXXLksyHrDNcErWWzj+htSsCBksY96Rqzyo9PKN6yK8EP3N9DwAl27xoqpxFMh4nLDpjnqtXLk1fQccAEA+xC/DVwOAIgQ88NWdFdEERk0q/iP1n5OQ14AKjXMXWMhJwk6P5iZ6KqpvPS3O6MaP0nTHDooziL2SHitD8tSQRjdyJ5bPVy8u9OLFvnCBZrIHLZaTuCgv+tg0Sda+0RZbV5WCRPYUQ7viSmbbYhL6KW9X/fI7k0DnjDqTNILN2eXlJQfjQGp9JTKr17oN5tgZv8aWam3DmsiL9K6ustfvpQjcL7flgpnnMmsMMGAZ6WyoLLEh5GjLijo1O4zeKEG3ge14kVJUxzpGScYJNIG/AO+Wv+cEvO7V3PgQlFYxT+ZxdFpe59dgSrJVcZvm73cuzpxQd4U93c0Cn7kQe3kyIrDJnzvO/87hUeaP1IaEZoqYpbGwFaKh4OKWKHw0csnOQZKZyS29hcle+2QO24cs+W2JqXcneOAfefuxyBm7jN3dGmv7Sy6re1IHhRjcviq6EI1P+6+oHN5QrqLbEipFcwho4HIveArBzyKEwN7vSABj3kIG8JgCEj/yJsEYU4osgkpiEoWAaieNgqDavoSI4yKLFSBQRLWmlp+ICLX0sKP9XmQRjbqutIwmGkbv1Vk1LRZDR+eUWk232V3aEoeK2zHYQMy7xxuv2BZf/2q9KmeOu7lB0yyl0viN9IyvNWcm/XTIdd7Mcl3T0PiAjYWVcV6fiVyTSTXv2cjuJ4B9K+Rp4+7TKgbxACHuMq8oS/Poqn60MhoRC49Gpa399HClT1W6SId+QMbJ9yHao0DZkkT65jFR3G7iam2Jw62J7816a3ROTPN6irnDx7EDoxKwJ4EEUnGovw/UF192VNEY6ntpG1rT423AtTmYCXwoMFVWAf5zVHx1NZZRrAh6/jzvyygg3nUA02Z3wQw25oolhw4QjtAlNnM485mj5z41ZcL2Zs9+52esSBOSztfijgwN/YJp06p0Qh7DAff8vBk6+vRls1na2nwQLoW7TIUIm1bO2WqbkPHRqA0xTGx2jDWoPuAjPG1S50azQtaKvtd5fShis1JlootLIfUciFg7XrNmSUPq1FJFHMKfyDvszM0I714zxjmQIH4WvMxW1BhynwemPJtvw+AGFejMK+ZP75B0LDSIbmWtLlEoyY+oYhZA1+sG53MAukTm6PwcYsLfJzqQCBdxhgeIrnEEcD8Gfy1xQvfK28HYhc+Ei09I01m9FkxJoLZaL10pMO/WzCEZAl/rQ4AdJMKy7/i5krRGkQ+zkJ3QgiFH9gyYaKU04hFFYsr9u+FkdCFQsH4LIG+2l7s0SlKxRsEIY2zcek3swGS0b/PbMDIeFz4Vz0qlNcqKO0ohjIBDCbFzoWGNH27PoZmScHDlrDfMyx2MM8UeoY3v7UIYsfzteJFyI3hvzPX2P4VMFpFoM+i9W0UEVYdU1eA++gHn+0pUzUl16eXEXmpiycF+OHqPJE5TDddH6jGkeOJh5AcYqdrOXEL19AitLIoFtODVZx7y1FEtxMsTKdbNr4hElzyK+ea8eNFxxIqnmsMinNiGoY5EmKlcuBN7XhwRcm4wcCoIpLNGoce1M1Jx6/wRbJO7cDxYbu2tE8GafI3cVRzQ0QiDkqG/uZGsf7i/c5w4cpVXOIYkQi0PYvNeyVTBBq8uSkiSxsvYd22p/cBb9OJHyOHX8O6KO6w0+Nu9RwqSelV+q2H7dS0h+AUboMg7G1/IPKIcX6S6fL4pDZNZdQP3HwYeYkQzxFwq0s1L4XAx8jpRQjIfAgOqMmu6yt/cX73JaITy1twhnUN4AHzfq2er+jFsMCMfWcVxklOetowZAdu65HeSf7NIL7y/oYIpLj1zMRwF4qYjCpWUWup1rZ05snzAtw9LwOKtiaWA9MyC+Z591J3l8NH1OExUNR9XUAN3zzYX2VnydwozEw/bxVtbmWnbXxD1fJ+OcDC2dA3eouy2Q92e2m9bh30d3AX/Ph80Y8lJ10R6mjivq9MhouUoVUXq698GoqSGdSmLUwyMzY8ADQcDLWMyzBiYPMGCNxCX8hUGXwkWRphjov5Fuolx2mytQ6T1A0t7FKWcbE1H+hKZsWRHGRMst1K+oLLFpzk0OX8TDXIlFUIAwI8CHAWnRfM7X8UAMK4Cymq8iwK5ACZPnDZy+lx0FzFxl9nyu1xYALIwoWHuTyHaF2KBsvBZ+QXK4TzyQuJhE2AwYoQhAL9Iu7ux6jTdNVhkDwY5BAxq06E+V0+0qp9uglGh3/XTAZnAEdMGPVRaBZhECPngKePh/RS62xEzzymElYAwcXhwhn5rCbFK5MTBjFynbFbr4X4mmdhReATLQ1MKdnqMYbHATT5Q3Qt9Q7vn6z7MQNSz+AIUYhBdqiy9Mt2FEIOUoFFoiwNgVILh8+kdbuxnNf+iJgMcQ9UEVFFkkXzj4TLqAxoqRzxTkgSnbXRpf2/PPYlwcYPC5kwP2nQemY4zfRdC8PsVdCuOGoaK/EHzryQr364uYgonN1vCCKK8WbnHOyexFvloXTAqYofhduxBSoyo6vU8NEf2GdPiuoCyYxrsx1HNApF3W0oNvIXd4DYzGL+zNdDYzhA0zLg1eo+KSQaCqkwcos+QzL1cflNNME9CwNKhbP24Nz9UMlsDZEbeEbQLwMUxoygFVVIBnTZ9CmbQ6kwJTGQzBzUwC/rByCEuYaLZEo7/QRRirabbh/tYfklFu7owAcbdtVQTtlpKN72GJT6DvydQC4EnIMgfrQ9mqjavHHa5pHpWkhcF39wEEEP9RSE5FpdV2C0zY1ch3wjHsKZrvKMNisVcNVu0er/6x44vHa7t4MTJZFRPLOJ5v6KkStpkjs3QEuRtCSO8bL/22SDkQIEm7/pwaT8ElbVh+akzw97PGNs+z2bBRPE18z4Jr5yYE8f645a0GFjtna/TohY3ttlpmGjuVU9lMxy4RVGLh0DQZFvaNphJ/XWnw7woWkuaCd/DpQeQBNJkjonrPoGIt8P/7+fnQro6r526Ny/bvub4Tlr3hJZMpEzyUzAsmdfOlCd28x5cMbwEuse7p5/jqleXU/KEKBEcg8k4FnTQgRbAqlIvWs5xlALRhguO/BhwuZ2wXQPhj/bVash7/JVrra6ErLI00hHWpHNgf9eQDqy8EgmEpf9RnwPIMlwYhGM7D8MAcVL4++5SHiMnaQIk403FPcFL9zkIWD+GpftsoQFQLvlImGsG8fdh/aNsUAR1BpcNu3DaagyflI0WhLARz457r2ITqqhodS3CFsbYMMGTxYaeDSFnS5BlBB06Rw0OrTV6wsJ1E2mVQbrz1fV9pkYc3iZMPzArPdnYI6l5CLtePqmDj2N7iVEQiHYgbRXSj1kWUnA7WZsjSFzarPPcz351HrDtV+2DmMyXAo3ROxtg4JpBs0TSHWkcWTfZBNiHRKbxcQTByi0N0tAYMXARHZoUDFQiTTqcsUftAxHR1DD3Jf3xd6BKmrOS6vAfWNDSkQaNELWuDpHKBeG/lcYa4trfX8iHFY6DJbFdTKu/NvGwJvXFaLTLe/2alQ7P/De3TfLTb8jc9+FdAHnVKzw2BKRS53tI27rYFJBNjj6oKON0wkWKShFlQgvMxhPDABmTcEbzaa5jWMd7y+f5rltxNBEOZQhwAFmdFrpfGOy9i1FaqNYl3IyJ9tX3PAaFViUjzpKdtdbDjy0Ra26+uQbO/P+ikVnfP94KyTWkzQSPlpnxJL7wfxUqC0VWhdCu2V8U5rFvvLx8iIrCHSisfXglrOkZsLXFjyvaFwNLXjUxGcvJ8PpRhQvqkhkgrr3tlUAp1BrnmgwAn7e/qDH9poZIMNQCCIJkpL8VHNhG2By9eX+Pfr5raTAxmMyxOxhXdFZAybx2kTY193Q5S7aaIXZgetdjJr0DMHyXIUe1nXFwfqwAWNB0FIDwkmqC2vYnQdxQjRH0fwtfHevZb/y0bYfPvUMODnjgx6FFnDDYnhVE6CCqtMNfnTlqPbm75owUo6EehR2y1pNmgetu2zE0G07Sa1G/P0M4ELPrPZ5+ZrxgWUPBxcS7M78AdnLu5AEfk1NVX1T2OPSn/WOcPPTpgaQSaHjJ6tZMPHC6qZ2sMWokaIe3OXjrxdkACIvAWkLRMsN19oCvEXftXk8Twy/PbfGWnOGzo3qiJDxcaojXedm4yTBxnYxpa7JyChXrHzpig2TPUn/QtPCs0kh3F6Sg5QftZ2BtEM2uN9e/1IozK0jiIlk7vCd6t+1I9fyj3BAgEIR5mLEUeG47qRjPNMw2M4OufYP0ZBwnAVLBg5ynbGZ+ZZ6lIOgQHbwL4OHmUMNhI438kqL+JjXvmRTuh7lfCzFGFZAg+MABI86szPrVfSzUMIXhFZntOpqtHi26sYaI8gsMAIE1lzzdshhPm9w8cYALYL6myA/3hPfLy7BDQbAdvOhU9/EIANJ9/HlsMwcarJYAPLICOTOUO5zKW6dIvGDBz42V1Aw9LhyYT6LNPDIFzNm0+a4oxrf/abueoA9d5TuWZflOl8+B3qx5JqhJBQ1mKbfBNm/6uaRYsRV5zjZd9p4KVavVFf8aReJ0j7eDLdwyGTKdOWigWH4lDmxkepTpi00MD5dSwEH7V4oMAQaZLYREs8f4FtrHBvNoFWqopSf1WXBW6jJ4ys7D4CE4MmU5/ZjV+ug3PyUNT/PTsnzkhT3GKKwgyiiVhxhtuMq0NU8/x3luuzEDuF1lBvO+7e6a780+u4l2eKfAxBA==",
"search-op-CX4IvMwC-z8PujWwi.cjs": "GxAQAIzDdPson0FV1Vw71rTe5vOa5RoYRK80PdYtrSNRkpCCe0BKaxCFHp/2tdYbZPWFjzDqul/PVpauMveJYHcCACoVFwdsCVx0nEhMhkuzvkNIkHBA62wTQtjB8P8Y7u9Q2R2ZfrR19uP/9V3/mpU9h0hWWRvnIbBzhFXvA8H8v4jtn/O6f9WpgeMFuoPRkWhztHPV/d76f3nAuXegPKjaYtF2wFnnMN6XlqkQ+PAnLHBqj+MPIe0BxuIbl5eS2COW0BNxpZ3PQn8a1e/R9sOPw/HpZJsNe64RhyFs6q5JHTleFbb89gWoLVjVUVNIyYUZCS1ZvXrfLVvmXM+Ml9P+Fr4pjNUKiZSe8s4wk5Q6b6C2woEZt8YJLBpBPFtVLeMy8lx0I6SPCqrz3WcWNvO3j4sVJsvnl9eXm+G4Q6HBf/wcNVmg+O1GTQ4lOsUSSuJnQg6oo9GvRx2HySpCONaK86+sLqwqQBsoFKitAJxPbiYUH+NC4+OiYspqAGY6lZ4G4ga6uWvUYavojmmAUTE+1MqL+SHbQCFYQrdxSRAvZhuhpDHJTHgH99XIuxKMs4oI6Rtjq2QYzftYqyqxB1aTzBDW+ODfFTISei0OQOffhs/JK75BiIA/TjebH0ngSz6kC4XDYehF/8J5UeChfdr5tSWjCWtDls3jrPkJXoxGLn+FGffGNj3WxB9tXxMSaBN6URBgcaGNxSiqBSrOFw3lFCeU8LkQwbeEkDf5+qOmjXiFoeDMNyEuZNUETSYKs0ErQxoHfkzoI6mDT91jF5lgaeWHfE10u+3FNZW5FRBxmqy4+1U3Uut8EdngLbEVGqiwhaL3dPNB7JD1R8XW483uNXB/IBzBYHcdrKkjoT8uLnavxPHuI3A/s1zw1EYIJyBgLa4Ie9VZS5wXJMXKLzR2O8yOAnuA0MLxsrb1WJRMadSSzN7X84r6slm2OQZjm+0vvvWktAq2XxCHe9e6inI1SANrzgrODNI0hCUac83tA+C8HCjWyJu/tSODSz+lpO04Aot8NGZVVnBAP88GVgHHNpBXGcDRhJGmwfAmFgUUElNjEE5iZS0hjp51AcP95iDC1uPC/xEitsLHxbqCrXx/VLdnXvoUWYF2YGoPsnGvlnnhcJpafFx8qU8cxlYFherfOhbIeVaWfeVTxkr7hxzgseiGrjVwpUAdoTjPAlLQlMenVslVmBKJ3fGfoz1ohyLIwR/bBimPxcGxtJnlhBwMgJMQiCqGVUSBqpwgU6aoqz36rqpv6Wx58LKiiwqJ9r6aAXMvAf4vvbMhchUcw4M5KidASJcpw+996zHxawkmKNl+ccH9NsaYS+R+xk7kWzZmxrjST/tOJSa9p0JDS1d/WLmDeMTZLcvlOyPgZkQC5svJB3mPsqHycuXIsGjI82UmYRRjvgbc5hZzZFrtDH3cYpxcuUd5h4iL7BMtd1NCKzedTLsZxz3Bhu0EcgGXS4nVdphDcDmpKFkJuiGWZZeXVU8PDsqWo0pAWsaKDSrtcjJHC2noZyYOGJi7AVlVOOJMrJTDAfNZxbXw7pB4GBGIvec+96nx66faTKHvAJt9hP4JMR+g+nR1BulYvO3s48tBDmNIYUQyXnHBXX4ligJwPiSgLwGvlQh6Wbu23W04hT2lcww9W6KtDPu1ut0iE4hP9T5LrwDXA/pKU+UAPg5rptYJRiL0H0xAEevqkdcw0FEeuyPX/sOKMI+H1QtuuRs0jZVokCCjxNjOWheRdtUgd0E0DydE0dFliHYqnem9xyDqI6x9rq6YT+Gy8jAVvG91WY3BLNI0IlRC3JoqvmDLQQMfc+gfS5smDY14mGgGZNrM2xyMDdXVgHEDTeji3Sn6RkfylZ1U9/EJ9bvRbPR2ZErpVfWpmlW8/sw3ZWSEHWbMkarzRMV3lPUtn7rfJli8RiBaAqHWtmMaPnA9MyUAOeSeteY8067+AQ2y+ERXlYu/g4QUFbKueIUPq4hT5Q2jqS63Xi87e64XF2Mcb/Nx4fobK62ZV64gWbAe1xq13xEj8P6ZwlZx4Drc5lqSy7yWNtLOgiRa8HCHS/0a0Mi3/6DKzdnyRqUDTXDkoGIFhLwKCRt0j1UM2XgHipFtoTgFFc52Er7IL2zd+FZN5nZlqu+ssWPGM+zIAHfPZwE=",
"select-provider-5MUhwm1T-FlpBbGDl.cjs": "GxUfIJwHttO0JN00mOpTOl6NkGT2/2Wrzno5fekNqgG1e1Z8TGrZdhIDVeICNhBTjp1O6HtRmSkgLA2i0OPT/1qrili1LCw5ucKx0lvvU0xmVw1UDTUuH3DPHHBmVg1Bzx6rvpUHSMKedKfVuU2fcOsYMdLsMVR7/s6LIvEgIDZn2ZDah5QK09nTi4asAwnH5t8RkIdV29QkmA1SehcTvJsEEvYfmkGWSeDTmHgkm3/ZmRrOg/9Y4lVDcUy01oYFrKjJHViegMnT5IVOzxsV8dYErAPBbcjX7sgsX2gv/4d84uMxKJ0z0j+r3ZOgwtmoj/iAHXGRZAw0SHyNQvMIsofEFa2r0zRPyJa0OOeaDsQL0kfOy3JA4OOaoJ2mbbqdjPLIhVpeoMpR5SYgs7516V5idP4v2ebpH7+ubidXvBxHJPBDwcynqly/udr6838/uXz3qAB2jJ1k3wXbvhz9HP662EeMegZiuKFC5Wji26hU66ge95foBfgEO8qOsJeyzZMNXW1M1UhAOuAjT1VvEaSAA66HRQwEyk5f4R6/UUXLlRK7UdKtx1SSQhKHeQFCBr37SSVe5Lz7K9P13VxjjrCsq21M3epcMD706+zPk5tRPetf89k4sjaGOalOqly1dJ4jdddgXal1un4HpWCtSwCzXAG/ZGM6xas2S+kvLVwaBT+35d9A5Or8pEuOWMaXuU6Gry6nRaXN1tSiOEdST8wEv/u1tQZgsTFynclBb+P8wAI5n6/H7jdYYbtRT3LA21Q73U8JPjVEeHuQM6hHbi6Pc2A1/xghefi8cXq9f3l2frClVmB6QnlsgtTFq+2j9XVdzpzOkz72hDcx0zX+Q9UTHPGNAopve25RbSURoJtCWhaPymKJ0Fat1oWYm8zGTv5fPx4hPI0MtaVqxm9GPWHb2/+62ype1AGF9+487bhJC0x9ixlvsvPMzF/9jOtELHUCz9bxEmpnGbhJvjY7VgSj/61WMbdHZil4PtCiPlJAeJEh4CCxzjCDWfGxNBIX74EDPvwPKNCQ/GTpmCjhCvEqBUS+pA1Eid0X3yELPlddFl8adfp9luTf2Idcgth5pQOsjyDmLHCCOXplR3plPq6e3CBud+QsDct6kMEKPBSFAX6KBoRVgyeUsElkoe9dhSCMljNWyXIUJB6CUt/RhlCK5BokvBMZnHMBz//wHyUeEpwbrucIoXYI/CMQPivmAHB2ZHujjCNEaFEw4qgY6NeZ0pH7lroh7wxPMBu4V07BWXmqO8Z+vNeshhrWUjoXBwrdUrSrLDLNCTiHmWzJlvUINiGQdECn5MMvZbwY+pCMJoDC1zWxqRye5pcybW/Bn0U7l5fq8vhEHZxes6mb8+ahbUSh3IMNRxfj8pJQzZPR6Dw8PLqdBGRBulMXERYx93SbBkLl1uXWw5xfJen023eNMyFUUK11YoJwEqLFh3m/NmnUrfQ8oHI+BLHBCWUdf/bzatwPZpADtoOo6880JAcBoUaoiJjU0AObPF+oPRzIjm+zcX6gjnYeKHGiz5DiLIdAWEEO5Y2ulkUoD7EB/f2WSMXscpZvHR8Ieen4MJsDYyTbYuY3NNKy4pG7k4FO8cGMNZ+gn9MGyzL7x9k8gXcQk7aO8m5up6yfi7VCYBZ9lVbbOF/9gmIV9PEwmo2FlNOQnq5dELUQnGo1PayqqGlWtG6ydpbwFJJ6BFsuCnPocuf8WJ2uh//QtuxD9O7/+C2Crx2MvJ9EKAtn8LWlIrULcI12r8s6lthpFYT3tUKagbusnL6rbD5QuLJ6V1WuNO6JPQUjJWjxaA6PB9eKdhHeL0uf2lqIzSOyGSpWdkfZCgQXMA2nZdN6VOgcYmkftb0MYi7NpI0nceG10awYA/GMVFDYiaAFaY4pLW0uBRxz9WOzYiYL9OMdn92zQ002VnZmMT5jtCBD01H4wnTzbhLuUa38T3icF7Uj2PPlZWFONEicVOgx4xaiATXtueTpJUWEpZBzyvxRUUovyik7MNXQtXYQJzQtaRwrlaJFmw/0pibVN3pyZ+B6yoRAs/pn0Ds8mrSRJH8RVentH0S4dxjNWXtsWCt4gvzsd0mPNgTflTQhXJIJobQuKDEHvPAhgoshsjLk9QJQaOH/i1/W/BCf6MR7WG8lHWsp5WzRbhSRkc8rQm8owuITjMQiQFyOySZIcHHmWZ/CB4gmCTu0nfD8r0zWZ4A2Tn+y5MnocwjGHznH6rk2dsg0yHOLTtVopuacVg5H1yIr5oWvjBAVi4uCHBmsnoZvGacxe4PvaEOYexS7DI0ihchEzP5B7UuQT6rFhJT857Tl0MZT0Xe6RML1aJlBa0kyQ59X5sM0qgIrQyCUTj1aEkgOxAF6CnUK/20FM+t1i5fnkDxEY2COM9BIHCzmoFdDxAwltdz0YdFeKQIzOLdFZ4kccg0Hj7UOUzeuejgrsW2MHNHbqgHXgwR/WsctyINHfvZ6JHVufR6bguspFC10TLR//wa/TqyGbZGjHVkf2UScZz+vuoOiIL0sAwb2do0Axamhx+YoelbO1AfrZUR40GWiwUDarpqRgV9cpJustWgz8drTwg7Iq4D9HBt3rbPJhHhqBgsQerio99VJnFvgxtAbCXz3JNtyoazaO1KwWWyibzpiU/gsmYGbPfjv1FfISwDHiWUtFPvIN+/QVhcyqETYrEcBEM2LCDlKjhWIH2MDjbRRZcxByfGeV9J3pMwThDVHa4ha/PGwW/pGDoBKtjY5N9P7krQv8S2OaehVF90YohCtUbsl9V1SUUL8Ca09pjeyH6jnliKA2g5iJTjJ7ZDzIUekTsMZyUcqtHadiIIIseuwGtS1IENoN9DPMegPWPhP6rW3GSMgQxg96guxF9q+TBS8/WRf8BJr0GqVJrbJBY3BwXe2w2pp44+P4AUhQEmDxSABg7Q3jgHvMXYJvyYfXMMJJIqB4TbPu7YzETe0DK/QDp+0FqNfZ+bMTQ6uh8DxLWjMvKto/CXtAj1WdUoI9JQZk+aGF4gtnwcx1QaQlXetXWyxbgmjMnL+9OweNx1TcRzHxi1IdnFilsjkzXnUROAAKGhUoRQzUaib/N6IECEUsXkq3rQhwYim1gSdXbOrYkza6BC8VGtlkCuoqTpFkybJwfWy9CqM3Et0tJB9Is8klQxhlCpVorbRjddAccsFkKMelVtoVWtk+JFClI8ecp7jG79rQD4d55N2Oyicphf1mvfubT3SjxoowwXeYiQ1ZeeJGi2d/rH9ZjR6wg2XXrVJemZULpi/KvqjQEHMGUWrfMgG8G++wj6tP6vHtVksexlIQCpBBMklLWo/8uSAJq2jWJrYho5a7o4g8NSeheJTrse4JztByrdo23va1dKVBCP1RFO5x9RgMu4NraDcRZ26BhDaff2xkd+rs6N+UQsA94g1ZxmzR1cXXNc4fc/bWgR3ousWbJUVBdoR6mTj1mNhlhFu3a+g87d4N2kOWRrdlXXcUS0FPQA=",
"session-op-DI4yzn4A-r3NT__S1.cjs": "GwwGAIzTDfUosFR9up/undNlovUY1CZS072b3aO5Sxxi9hNEoceqMRUmykTKOJff/b3AB7kgiWyQZaeKhKuqja6uDnHO9AppzzrgZh0hDnEXjHNRmSa+EA1VhZ9MrwSmbSek+79vKv/l83pe9PUjL7N2TzgO+0qI/XvB/YrFhdIhyU81YS9Mzud5+jTFs8KY7K3WI2YQ6Yfjv2lSMXHmiJX0d9Prs7CbbGtWaHTbXXgq3uIEnp+d2QHf8UjHj6sBmKQ8+kRk5X9+IET6NuaKVSX5hXTuUbAW1TExVUfbThUUz5d3cWGNoxmi00QlIY/Hc3yaAwp6G5mGnWE7zEQBgi2IydX5Dvm3NPjOrTPOift7dm5z2UUweykcArqsUCPU0RC5nZzFErsTLS+pU6g6xZa9VFb6EqRYSr0LSFEGW+KkZQ+Ak+I8QsQ8rI6shmkYYOXk4QiI7XDEyh3GIK3tgOo4iRyAmL5C5crfkMaGBDGhb6OMK3b7nB8Qsqis1KFuTN3fgRls7Kg+IRCdOhcrDXbqRf1RoXokYCPEkDV8kFpOAZ/+lek+JMooMMs5AdBpr3mvVBPOUT3GVeld6Y1OcdN7ptvKs/ihIiKQBm/CHJ7XUZYRbGRi7J0vL9OBwDVNiHNcbuJuCWGJGD9BvQM4t2G4kW0haUKJ4bpThVTq8p1F5a0nL03feFRfGbJFSycfwI13COVzsPBTllRb/vErCVy2T+mmM6aAcwfXDoFHeMNB5OwkvT+jWAcWN55DyeFjoaO5VlUV3ThvhyW6ytrZXRh5IcQhafxc2PpQno+aXrNbh0pB",
"session-store-DrF6sBb_-Qh36tgPU.cjs": "W0+NwehA7HaAhEj1Uw14Dp7IgPa/KpKD4sJgYR+LRcXo8F37ybwNlbPxiX5TjIUzwJ0ckR7RbAvzZ9ROTW9hGzx5HiUOpjGepk0BJQ0nYCIpRHOiPmMjX3SUqTkRUZJkFQ+BdMxdqrz0XTbNvz8vvGmLq0QbhoQopXTss8Qh7B2QYEpIIc7j9zjTUu31VirhhU6+0gSN9krpaaQ6Ecs0vJt05fF7nP9NLXs11TvE3YICSHeOkrDWqXfpMbAhpS+76Ar7nzrds0yqN5X5nyUDCxN+BQLHL99U//nz9YY9hG2WYI8TnLHGznko+aI1AEKuLNSSyGrBNkxFCtn5Cx1YQBtR4HlmzpIfQXv9d6q4smxt4gkq4e/DOsWubzq/eppKl/H8sD17IcQqESzw59YIj55IG6CKtVT27BOoGME6vLXhrsvMPMH3pSujdA4MqlUpNFESmBfaNe3SF70TzB1bvV9VCt61M7iOGV63uIJKibs8TmmpUlI6Izyeo///WR9dmVm1U1nVRXZ1b5PT23vVTu8J4EW8lz+PqhlmVxdg1T0DcHDcxwC8DpUURAo6LpESRWrSzIqUIIKqYxhxIJ6B/9t13uSvkdlc+idXZnK7iooIiGXLx2oMbdIkbdp8mpkX4EAOURGWA3s/LKvv5bSzusbp4+9aQoAAcQRBXPJIch8cdQ/DsX/R/8okAKypmZAuphlpw/g+GqIZvQ2ALtKFSb42qKnZuB6A51996QVf3oZ1NtNZQG6Sd9bBQ4Lq36cebcZ9qr3C73MLd6ukuJGvw3U6dRwbuyDtD5HPVrXGrbxLILffnk69oPJ51LcHBa+RsXScNAkAq7wjBLk17tnS1zREr9DOcBQ1qp/5LekL6m1DILKq0e/ci4E7I6xYttmi/uty6NpJ7qubav138/1+03SdllJcjKSaknZ/R8rd25+0XP/+CIAiLr7w8HUX8bD7kPdP3kCTfJNC/Gi5WwGdR1m8U3hXQlbxp6zwt2aA5SilM/kSeP0WzyW9/QR/Lt1O9AHXCuHopUO99ZFbRSulOeO4LhxtVWK+l7M+kBf/dx0evT159Xfzz9t1p0VRhPuUQj/4w2yvjksYIOkbcI8a4agbD8PdUZrr8YXZ8SU+IMNCMzib7Ey6FaqxrYV+b3Xxcoaelg8PRy9CTmTrh4OaIb4ySNkOmuAYILKT20R6elihXxseaw1dlDjXyg1Oa/AZhjy4m4NIlZa9LYJ7a+lgtG4uLiFMlqBslQ/CQCSwMDlNKc2EegWZGz+hasvZYiGGP8koyWYramnftO9BpHrdf+JGq+EQJ5az83CswCkuyaAsf1LPVonNrgnpazHNv4B9mBwxPWEQVtgVRGzP15422hgd7l3IDXxLecYzORMoOgJPx/aNyTJxjZiVk7GN4thBECyW3Qq3PqB7+d7gHbD42pyUblcAXNy8Dd1DSlwrvvdkheSzV62iuoqBnszdVwoztPCHbNhKdfsSLZwa+LuPQoasbOHkeaGvgjxtM1S7G9crxh/FwAtNaDnhCMp7A0zMhgc3AiNDoCyR1IPSRFE3Vbph4E2ofhfmv0G1umFoxwG4hytaL4FpYKLVlq9axQZCTSlWElpOUkximP94ZNi44MqxgjWSO5qL9rREyJn7u94l52sOJ91xt1Wzbpfons4duBa4YR7Qfu9+xqPzTkUMuFPZGxbkB6atddSFSFt5aLCv4lLwbX9DZXbZJIRkX821xIgr1TL96hZ7IK5g6Mg0Vg8Kp0f6RsJuDA760kmSO2cCp8PJkW6wJ+6jKVpUd9CXFGR/eL/7Q1N1ZqZ1h9XlU1VpFdp0H6RV9vb8XWxXvYv6R5d23qQJ0vQourHTKp3SYFoWP970oY5NKN/KiqBfzY89PmfiiIG9OmuCYQq5m+oFP9Rg8S+O4hnjoijtReTsSWrDfcm4rRlVK5rZqOitFp1ghKbbxo6lpcZaoF7WUpB9QHcg62hXtUqUofrQUpzJOIvWuL20xTDXKkw8ZhJXL5+WiP2HCRe1Y9qZutrTtIv+HZPXPAD/zeDGwJ4lR4neWw0nGuvbnTDFpLffy0nuIkqSZl4Bbmt/RZYhMtJAqVv1l0BWtYORGjdwIu+kVq/6QUf1h9xCaNvQ0wkCgnGl6myTi2KLwmB/Kix3YNv5+bV9y5ad58Vuf+K58n/6bR3h/1Y5ipBMA/CqwZuBlu2SFhyGgYMm+54ahKZ56KiFUqsfYi24O3gFMM8kZd3Rb3H1CWkBbp3XQ3z98ZULeJhF8Daibgfk+aQ5y0XbiWtk5uw+g0zoMUUDxRL3p575HNOdFNWuxeF5vTxR0HKtaI8Bq2sWHZdgz86kBrzR89SZ5COFd4YQg11xuUIyS1zLRaCbwfYYGMUn2/QqItpH+v3HvP3iUVJZEGsHMlTbk7PtRX06j2SxgsreJCcbrTj58CQHoBUPqrP0B5Vc18rphlnqYcWv8uz38O1PVzOzYARrKp/0bFdOev/emNUqkeRJeuwXadzVJ+Sf2qE7uLaN3Z3J0dZyDf+hTQ75rjWcMLpfKw9Oeh7tVhv3D2/uTh3FUzzqhdfpmKCTliaOxPUpwQNsfLz1SBctLfkR9WhlPgFpSa21uLyyussCYCIUgBIdEHsKug8BV+rT+HhdJHB2rojBBMnr+Jw4p70jlQ5+1dDCroiIoaolh+c53PANfhp2vM7+95C+p1I1C2IHX0yREiPOr5t8jIcZNHgYqSu3OL9VE8rKdT51zMAaN7vJo3O5lyLIM9s6XEyHzKqQIBMjBIK+WGQuTEA1SLPtNFWn0lYjZVGRUiy2OMCSjt9j6fVg0oZtR7IVprEuVV1TLZ+RzGMmQs2SOCHtWw0ESbTCciNDutpnLiQbUEXTnLXtK+uUG7n6+Mo4jgBZ9fpqs1RpOUzBixKPkPtsGTORW4ul9kGzvKzLBUQsNvgYad+SwfW2ZPhbJ4GJrTkdOZoeedt5FH0WK9tBZEW31H0AYc2FDQeJANW7c6EmpL8RcVErSOgBeM8TknRka1A8Ja0zLqE1C7irOwTJtPrA9ibkMi/imOHsXZ19qsJ81Opcx9W3t/54qVTHdCkk9J3jGmmETMa7vCCVWKyMzwS5GKnoXFuvaBexPGNGb3XUpaQDL60PHucs5V7qZgNR21y+bY9IHD1wuTYnTsAIztRTqRuSKctGVLPeCShwvkd/VrWsbCCXXeXA2OXt/3sP6ZaPKPL6g9Ny8rEPn3WeUk4gbBzWVtEwy2kqBOOc6QaI3GscH/v7JzReJ14prRzP03ivsdpPRY02jFRjJmlroW1HFoxvFyTkGUsQJd2J1ywokNrwByu6/PdM9SFhgkeK2Pigu9S7tMitBYP32k+HYfXgnN2fJwRrRnzksR6ju0SkorwsAwdzOSc3NSCxDx1rnc8Jy+c9SKB1DpMEUxGCUQRzTqNvl0RMNrTW9Dvlvn5fcJqVx5ORN1l3Cms6oYqc/HYbX2Z8ztWrIx7UpP76k4cJ+37YlVCbhpHHGaBW8iTfXgZh4DBKpcsdmg9UCuvQaE+gEEpiSzkpQvXN7S5TTC3ffrEI7Q45XM1ic15l0/yQKU7KzKilFfTic+ZIzoZdATI1oMGTHKttDDzfKQXl0y77IDuMLroXQJYRrQ4ctH+tHhT44eFnn6gulJtQKRpIrxQWWeOC8k+h4QeX18KJOw1tEeEWIH1xDL9Qr/mUNWLMHHkhr9LHhfj2aILnvbc6z6ZmfGJirMz5CKsfXKoFpy4oMHUxIcUr71uRalOnpuEijXSUzqamQWnhTmNh2KKUW8oPJBTXPD5qGZskbCMZe/dqJpLpZzZTgbQNRAhclxrVPkbtF2hxVqvOv3YwreoTYr+RM3ntOrUJJPI+OZqvNrC+oZOKfYb/hMZOclCyO27qJ1D7g/fcuWuYCmtFgqiy8p8DwVVXSdAghV0rILVpUV+tctFahYiUhhgo9CTBWGvqGODnpGGK7yUUFow2LijvkwzmIBmPluxQSodhjV+B/Fi+la/WDnOx8YhbHUkFaUy75zJLc/OcpkqbTrFM0hbwXxpMz7Q6n4YXZcdK21a6qtPauZ6lE16gkRaSUGOZdePQFWhjaLdOpXBijdy1HMpSX8U0cBu4rwuIYtrI85wgaG3M5DQQsy/tnaaL5KOfz930JUHTBRgC0XDnI/VwsD970vDuPoynX1OX0ccZKskHwM2YFL6fBtsI97rd4xp6AGCh1RWZpeP+a43GizV7L/pOtM+PvZ1xhL6Ryd2yxMH4A+C/1SMQsAns7kEbdVJPbKoO69DXcpWsCfsqeWKRLQFdJ8USZB6aFa2XGfpOWqN6xPXSCTiYj7WQSCOb5gSkNn+msBvbpcybJwWf2OeOd04F6ieMf6o9UoUh9uo6HTCzhb1jboI9iGlrKN6+e0MeVRCPxqYOV84I662dF/bzG+VWbcljsO4LvPY+6Ly9H7cv4IOoN21AT1an3wdjjKdA085mPrLWJ2Lqx26UPsbSl6f1ktTf2c8Gq76gVRvuJFUKMuPqrbBHlxxu2fDi6AHJPBkT9OC9YBroPYXMVaGSW6Y5hD4EojYTyQOIWYyKFFMON5pBvuqYOpcwzlIPKVzUc8QMxHWKuovKe6QUwbTbj7FeXc4D+K9jriuiallarb8jKF2+0zwx4fZcvyTqbWcAh2oVWE1CIUkwqJAcLDxHCnZ3ZJCuJAETnLtk63Mw2SSY1SCRHvQqSSihZGJGFT7sPwtbJ1OXab11/nEVyHleSVL2AW9KX/CbMksdZbUMIWhZ3FqYruLtF3qXeqbDpNmxpcK50nr6QEuPvOJmabI4/oVFIK9ltCSJukW7IITDDp3WKPuk7tuQSb8lHPToUhEFXYzL2xal8pO9uBCBNXFTom5ad8W/uCMyvxDIWWTBuAsC9bnIdo8JQT+bj3V0ReqXvUBksl7zrMOmI1O9K0PnWv+HDQFVQrzMyQHpiepFb7BM8DANByc58ByCuBCBmCkasiT5oTPt8xpMMS5OjU6SiUW6DD4mENOyJuuWm/ubNv4b4VJE2sTrhJQyjVyIGtGZtNUqp3IV1C2KiDCteNfe+j0Y9WotF09YUKWE2z4BqAU6EfoUKSzVvFNnwT8KCLNljIzVUr9SHu7UhM1BhiDrKkwx2llQ8lrPLvD3Nla2/YHhY+n5u1oeI3vit15V2VfsjOPABTkT+RD2NuzPAcE2/G3m6y2t/222Mdol/uiMZyik5StW+2slFauHQS/05y8kWHXz+6ulq95XWUP6/4eFFPv3OJQMwwY0u3f5PyDlItUxkVri46vm6Mjf076HnzwW1Y72besKYLtxZ6FLWDKxhqdCeLBe3o7XVpcS46gIhY9f1dZKBrOqNu6F3DILa89iWE6pEk1X9WJmKVwkweqPF5a3SozLUyStH1O1aEZuYCYZSNMZ5I3xd8NyqqSRhq2lmrSos264G+2Aui2oTIotncOZpSD1Vb/9aQT64sax6dW0TNxLD5nNHhF7hitMDKnNjhrFMTPSZXb2MUxw3fGwKaDGljr1REFSNPJfH/Tg9uM5mfnOnHlzel1DyaH8s78KQYaEh1kYOTL6MVE0mBTJKrre4VoLUA0OaEz540JEkUwq3k+MIp+ILZv8qW463j6Gp2wmUP/P1M/8ZWPC+7L1r6LptChNcDrawEKJurcx1NzytyNDt20QDAjyfBiARDkurbMz9iUNQLbQU3eqpFxk76dgweYiQwLTNUSfLAVNq+BTBxImibXNNwbkeBeWBzHqSKxUOEO1CQzkuykRSRiScvhQhFl8XjdWH5C4yg2SenEqtK/01BMU5X4xT2hvwwkuG5cjJBRzF+B6gcX1EiC7zm+CSplbAa692ltsh7lbmEo9YL2gD2hgGnSg1I1byK6kMiTHx8lCQgjR4Afb+raFm8GJPnwB6G4oNK5wMHcz0w3dZ56FWEMNzicuISbzpujIQJajJ2NyG5CEVKpBJiM3bKPqL2ttYcMfGswo3J6XuJjcc7L9WI5huJDEYrHvf3or8UA9ye46d6/CJVYUQKgyxfwNLlPTdqEAMktiF55U10Fh1WX2PMdomH/b7AulmxL4L9T8tuFRdAWpIgel9ZxS10G8A6e/5yjFjrbI0aK35OiayzDQlZlYfr/kygntEedwqX2OmJ314aaovNLSrTCYLzqK7jKIEjKWWPUWEPEFdv8ynV8QCiCQZV9Ndvd4ApJ1O7pBCwQ9BYkd7xiyspE+rcqXYtuFu9pb2cv5yazMkTOxg/VmJ183kdGfedrGmFvXIG+5bvesi7pTWs9E06qxwaKtZ1YZKxF5CGvgelLAY4RaTWpsOEpApKQPxjxxm6/rCWuCeS6xg+tBDIIOIeXeN2yCg0Na04KoHLMO9ifB2Y9FcuqdFtV+4u1TwM2XkPA5sK8GEGM9c+RLM4DHvZj3ywpuo1KHfCoshga8y4SJ6OWm4AWV9nX+UkVpeyEDwcglpSVkHD4cj3m6JKRQgnwGCd47QY8z5O8IhjhaKM9wXfQavmj6pw6YgaPW3wzTbHSwdR6A1MfEo36ADHmVj+jjWWtz3vOYvWpmgu/UeA+xxrlJherGluZByzAdcBesR1ZcM2kRll5pzQRJ1Xq/5Xpq9rcpv8+wAEapLV3n/vB3SHagOl6PBkFE12Zb0C+k68oUHUTCtlCvjXMb1Wnrgi/DEEFtaIPoysQ17VJ1hLHDSMMxP6klLHrE3/ifjTHIOBkX6CENOvVRIYHRyVFkax0dCbrdCvYHhvXYKjndFcAVdd+qgikWbVCb8VCaMJh8cFXipfBR5kHaE9jQsDRplZmpZy9mzpABsL9FFu4vIIef1ezHF8L2YWBMDp/zzk5KIPj5P1FYeWTGBB8oCJCNOX6pwUlik8e6o3UermGY9aWpNBsjZZoMaz7eXlnr6ak5h9KjFbRz4FXD5hLx0nOmGXjH32whfyj8enMMORs1jNxnpqfsVmStVo4Z49QiCYclPt9iHFb7cH+LSD1cYFYMGEQYGXJu78pLvGIw73wwHdSJmJ2XNsEcVfK94pZ7JIALBF4zqBe/QD/N4WhLk7zAvyPHhIsfs/s0Vq8a53tNR4AA2JE8vlpnCfXwTcBRqGU1im2rH+KDLOXFGphR1KBey7jD5QiR6s7hDAbJy54n2CIiG5c5bdSIEnbR4C6cLY1CHuQuEvedw6CqteO9RjDQBo94AV2EfchEL/prNDjtnvtvnvW0cretSXZZY504yLpxUYXnkEnzN6RBlnfu12lVW3QLue57bjHc6KoPPfKaOhLUcL3kr392OiBNt6OBJjBM90xHsfR4oerj0gz1rGsZydAb9LXxft6mpkFPG1JYXfu2oT1wS3meeX5vKv08g4Ji+MWuZ2Vh6sgLG80e/mk2zaA5i/tx9i6eLOCnh5cwhLiA89tJylIcpm9Bih6s4BOCDTJ07DtJdSy5y+VazZD4ZfrSxeS06EZYEo27OEiSg72nQGXS7bp/XHpW0j6FHh4sRq62KvZiUBshr1YtrbBLBBxzs6jSULJ4QblwitMMo7MwNUJWKUN3eMXKL7c8H6Sg0Eqx6/Lz0rLjFOKC62PO4gwrNegBtbhxJESBudJesGN2LwAqmMCnScT5q17HMf0+pH4uvb3lgrIk1LHijFT793eLsEhOddT1pX+wva461lNtWO2ytewvP5yxXwKZm+UtJA6N4a+57M572V8Q2ul0K2ynAGjzO7h3f2GwvOzgoJj+tezu+HczLrUQhZrgDVXaONtw2aaV/LEXYe9JSv71kvZVAB6YuYGK/HvpdPH1/HqPC/54bklFCmpsx/43t37biKIfu78j1eV43UXf5YomtX/Qj+N40hI7pPjXr/OUggZ6QG6kR110mvbR8DqyL9wuDL6Gq/YDamfvwvZT4zkw8rfcTtu2ZcJ5+220PzTKfE0zM5L5cNR25Kzkvr9hXxz4Kl1tFMkIN/04/sLq5xH6aVv1Ng44b4NyZF/ESePsf272w3jxJRMTtXqCL6QU3VhJnV7ttInu9t7c3m/QCdznRsmc+h43SH0Nmq84RP29fzeMkd1QqP053JdQcvfNu+iFzvH+v3+MkA/DHc9D6drp6vipKvaUX2/XsxNgUm8q45gixnH6F+3LpMQDkNBYtZo/mtIdJLHdeBikpoxUP0z3ZGT/9dHH/nLu6YvEWHNtYpV8JpEsD4353zeZ5rFcXpAZoSD0vh+x5VI68YO0BaFrSzTuQu1WneCp2A2+fb/pVndE5dHi/8XapH4cqe8Bz09IfmDSwSd06ucXnNYg+HF/1OLr/rk8uF5MfYlav5q9cMd3p+1rISd/R7/U/viWtzBt6cCh8K83kc62bW/cm7az6x/RUpPiiJn1W2gH+bVkSJ+jnK8W+v+QTaloydlkaR7Wy0jn/Y8bKVAUncY556xdtnycnTvtixDF+DwOmtX2qkzuLJVrH43EfpGUHxP4fH+TaHutpA8n5uhrhTu10jj88n3tynJJvhyb//8zeYunepO3f1Gw9oLNd9vsK7u0nm+1rdkTXfm/Kuvnu12EMPZicnyheccff5I5FuJprrfCJjj2HQ+kf5m3P0Z/lxD77bLKSADTsaR/WO+t+O0HYV1hZRitAreOT1Z8a/ax6fjQzyfWiZM79qc5nq/+X5Vi7+lVLgIS97Y5rao3TQ08tLDazpl/s02MD2hoT6/7QM+2CVRflo69bWWZeuPduQyFe84j6nv4/eOSRfdOYPltKv2bI5F1ZU9TXPhV/mfa4XPnJYpNMnsxWrh7IkvWXCTuAs1W5srgnFjO8jQYY9YbO4f31X7vsfj7fGIal4y1hllKCpemyaBur7NDm+ujWb/lywmR69m4nPB6FPVHm1+gjIPFd8aZW54IrzSpv1el5dzV9fArZufsqpgcki3chb0oLQmbQRiDvR4hZIXDovnbht25Cou2PeDo88Z2qxnVEcyFKPsDKtZIiW5pojbA3Gg7BRGi3+xtT4k0NKPdfKUm+uM2uaqYdiETmr6M6PMpbisZ2SInJMZs7KImD1vSHOAmlUYwU0140CjmSi5psHRv9ssNoYwr/C9e1gBBISShJm+QlZDHLhrhuF/Ba60Bo6UxXxHadgSDU7EZ9MhI+nHgO/EhILrSoR33sKJVk7ft+e8fM1qP+8ogFXQ4qWRTNOdx7AzChLQJWgYAcTmEIINAtLMC1c9LrajEDlKN6fBZjAeOUnC+0qYdKZwye35aORBmDB2hV8V3Fa9UqwMeRPaQT+X7d4jPgFya1Pk4JL8f4ry1yHC38PA77boDqAHdCEY3Tqq1LQNzYca1EWDoTHJFoTnJGERYC/yvdG8Bo2NmgL95s0ypVP+H9JAsoPO6WM610jZTWom476Ei3GJtgBLsHr6AmqvnicrWhOMyQAwUHM4IXmJzLABpnXHAbD0GJAIOiMdFKxhL9snLQaPYE5lj4hZnLe7DNMrMkot5N/91DGUgjhTl4RCmOZ5GdfoUDTUrBWrHmLW3Ym/csoRFVstsPBf1YBWOtqCDMgzjN1U6osoc5zkOWKV92Dc7u+SPhgix4kdyRRRl0ZIPjrSR+F9UrQZIsiBKD54XfF1WA6VJ8M7KWXw7s41SBTE6nueN29IaFgihffWZL8hiExZRmnXpIPjFYpaSyJbqiRrO+xTQppvo8fZe79a07Q+eubVl3Rqbbuyypb3/mosl8PT3eXwM+W6XKClAQ2ONZCJzzMj6iWSy3beg2N9RFyKOtqyvcNd2jkplTIxoKzw22nQ5+FiaX9GnNAon6LNCS16KnY31t0LqqkW/7II+/pKOt/Sx1BkD6Nd8EiSTXB9tnZdObaEoSaV5hXr/GAf6KblleYYjEoCOIpTjmwvcxdGmk1RU3mnmubAuCw/cN00kO5rOHOFXFCb+fLuxytfT0lTG6VFn8WM8evSo5LqJowJZ83rVU3gZHpTnLgvLy7ESNDsg4WFZ2Qrq5Y73T0pXRfebL0FhcaHnl/tNuhJX6XK+rtTll+1NunqXu4CX8sq/VnVNr1H1UMEfXDfjDxb5DyKH3fDLCpdm2T7AV+hTl+Ju7oYFfTElEAihZmlmuoSzepewRekIDVSX5Ttpj1bCbF/qRREjiKj88uXGNNa6r9OBGLWZRE8/wNfFq6vALankp2EqEymphFtZjT81lCkFRl0lQM8xvqn3NmUYQkk4ZWF84YVp6D/0rgv37FXMqIdWvCR3gl3hzeC/O++OsC28SbZYU/ybIJn5zG9YpNdc0ScLkzHSIlmu79oS/xfSuMZAYaUsCqXV/BofhaOqhYygNFR4Uzt+j+kjFJfJ46rzSqJQjrBKWtILxFrva+IFtGUzE973TDRLpqv9Bvh47bfdJm+Xviynq3F0hTt5Cd0ZvHrOy15+7h2cRc94RlNWT516PiJtHMcZA49H6iIQlIPmOdageOwyson5qaD8rLoBJ7vUhKnn2ENP9scBl1YJdQsCXvTxcOCJnvxDUxL3Vd6cTnh0BCY7rXJPiUqSjmR6529wwj711gI2dPOgIW3MgbLuJSt9dbo+6luYBKppuFe/G8UqUuJVVT9CINNZTJmLPGx0jX7ng0CixJQ26PkGy3oAlVml/GN0eVpGGXl8XCXAygPYt5fyTkmngt85p8t/LPK5iFavZbUojsO22VCcGkQpfGUUAZ7DDYtq5rtnuSSLVY66+QJEL5QB750jaXOHGybfKmDR1b4Iwknj0M+mCQuBDFoEH5EHQ4yIPPtevN89PNaM/0F63oBBhiuiOl3qiBXOo/wYJeFb/eNb45HW6AJiyEvZUofcv60FsEzAmaoPLlDArZPI3IIF6irU+eNSviI9mrK/DSmNpEzvWuxskM20TW3eT1AWRqssndcAAtAJOJOwF30hisvu4+QtIoLjtBYB1xGG+uQ3y1SYbeWfzAku3pMvn0RV+W5YXXdvDkjppQwswg+Axr5Z3mM9gwjCG1biZf+Ke4SEVIIrAfNFiWhvEkJq1LsrM3YxtOKSvXIl6oqBfkcDenQcQE01IjaGgNC6imOEo6+ekgJb/9NbhNvsoc5cF0rmY4Al3GWiTheo6LD4/sgNy3w58Ri7dwTJTQ8z895c+6ieDLVEhTPEhAr7g8CYTB4gp4+xAuPMf8I4sCkivulgR8OCtDZvF1JePjkHYXcGL0MlHLkv1+n5gevxGH+VGcDCrhkkuW3HAGAKB1ZXIsGsxV57vKckHAYMgp8xfPgcBuIgVTnX29HT87RmkLXjdigMuECw2YCX+q/YO4eBAa7m7/2ONg/mtVuDC7xnfje9XBy4YO7ddnktCHJw6efGaK6PhJ+7drDfbkco6EE4D5bRjXiiPv5tB1phXBP64kl4YIZaBdtFHWcu5Q3bIUwhtjdJUvBNWMKO+lNXxS61ma+vyd2Te0RJL0k6XWm9K8USjy3mUOo4x0czliu864KL+3WcwShe/LKZpTcbObyCNYSuIAd7USIUZn3kY+rwsDSwMUHs3aAzg4DYqb1tYP9iUC9ImQgqz6nzjumBuNqcw7CLFaOPC/fgvVhjdq52rZ59UMP1kA8KqlOyPmHDBVaDclqbFGvCc1y4zsVJM7/IsUBFQ2bBfrUOPFOmrgpf+zAazmiRxDahH3CY5r/Ms5wUKpZRtMxF8FoFZArYDv0d7pUE3sQENb9KlFPRWBsarh7Pfo3WYHnfxugH1BBc7eyQIjlZZAY+MjqY8iBlmZjS7Dp1AZEyp062f5cRycsq1kzRmc4RYyt5K+e7c2j63kYkeGtuqrRt05dM8tnvM85kGQF0cmJJE7aedrbRdcVlfC0LRDTc5z5Vkkrv5cAI024Y+qUxfVYh3hZNmieMfjOP5cxXjLC43F2v9Xj4bIPPQa89Rak7ufBkUd1SZrAg3QZ/ZL3QshigyrUjuuAaZdWDoXD884moqas8ZvjgThTn7XLEYd3vXsnfGIOTlj4Dcl61wgQfUxTYW0C1zLFCCmpPmnpCryvPaZvQ6hqX9iiT1HHDvijkSOJQqms8ubxZiOFVXrs8iofjGebsqqYYZbFXiqdYE4szRPcSYxu/iN+sSWUXqm5HlbfK9IHBE2dPa1iM+U2WXzFnwWq9jroxl4vD7lrGRGCpnqirzhVyGSLLTdWyXpdg3hRrw3dcGT4NsSfIfNczWHDtxl1XmI47wFSlo2xJi8gtMdOWVmtV/iNp6fcMQdFDlqp7vAumZ9Zk1dg4lK2iJC8GBdHhpknmP7Luzj9FKfq0StzoK7cyvMP6W2pUpGkeOg6M8rXI0JXjLpBRdShA+qO7Ug6BXvfeK7OXAyjomG/SiR5/2XPvs/i4b+0jeA6O8Z10T1tC3cicBeNgd2eATjSF7MulutWcVAqNXHOzQnR8mVOOI5eMxFMH1sgryLSckcucpgrS8MeO36aWZ6GViZ6Ek9IljQ3tfP3awuwvw+fU7jVREvCmMZewlr3dFMq6hdxcl0uXeGOXnyeAbe6k++Fw92oZkfjnk++9kboMCOaump9y8yXX6kTsZtXj8fDoCP1C1GztH+hIuOec3zGwTVaWWDboA3fCWdZ5tHsKHLDenCAzM9q/3ZVkKmzao/USsRemDeYxxYwPuCKGjYknuDGCtuJC+tg0rBX+y/yTpE1vcpkcFvFkc1EmO+Sg7G3nBUyivfi8dafE7ueq6+Eeep16xg4bQ4yGpcBI/KwMu4EYAk4JmBd0HGkRLR2lO+WJH5hJcCIc8F1UnLZfSe47Nwny53s4dfVdvprZdWf8pLn5WuzWzCAcsAKpryE3SNbv+/XsQz6tPBrkPNv/yMJiXKwr7IBfw2iXlOkKn9bwN87/PqrebDEKVdksDZpeq/8El4OjwlXIyOf58PAu+Psur33Ukct5YRrJGZa/rH3G66Ulzms5VaC8r6zgUCK0K3kBYyIwalqcqj+c58nqktMn4IOgTn4dMXne4iFa46+lg6nXY1mFl1Z6EugH4FccVoyqPxXtcIgckLrfzrmaIZg6QqDk++VOmD2YnFlWNGhVb7QTI4NPKQ2qrILSsLh7bsMDxiTMadmXnZCxtNK+TW6T/B9tQ95UZBZ+usweVp9sTZJcwPMWf2KWYI5C/SDMTnTBetSceJ4mMe8Kn7lgFeaxGtBWWA/VCAFQm9dcdGFcMFan94rkfwjQmctX8bpFTIJ1eqNkYHKu3tQzllJ4HV/f23t7mnIkjaBjF6U+9VePjrvnYjpWNNUVDwReU+7TqXM4vM23w4TtdK2ZbKRi39iV+AyOJTVkaDWsnO2uCHaavNtgwDTPPWJg5/p/64J1JVdpvuZ6AHfiiMMDhCciT8zJQi/r02oJwpDSxSQ0UeFKBayjc7/o6mbO4ENwRWhyZQ5XAs2rDoeeimpjZSYgmo4PksxgBHOssQZLnxRs2qRS20n4TkBqZCI92qrD+KNr3JwTaPqLZ2eWPRvzrqNon1YF82F0bCKknI6uhdNMgG+uXojcl2hb8kblxK28Fy5qDRL1Fyl8WGKxJNrXFtDhkUXJdvnGZQWNJgnZsV7B+e2ynxgZu7io/4Bm4WccxVFwajmzA2bMX3Jz5dn+9fB9RxYaDDsq8yhsHc7xjkPYxfm+lixAb4jRvYmq0G/tejXIlHAvMHVxhmK72CuoIBPtKwlf4QgtjZJme3VO6ZN+ebKQON6Fw58JfYC0NHROJzXtBk7Ptx18LsBO0qd03GrU1Pi+ifCckRjfuOkoFRxffJGFqT3BqcrQt02k5ev8qWI3evB88gNu7rpUgRtZe/uR3J4P+PncjybT50eeVH5h5RnWrL0wzBCuxnySKe66SOeBwYwMNI2BmH1rpE7kLP7JBCET/xsMCbwq1aZQpXmuh/uHWMVl92n93xTNKR2a8wuRPpImAtf69pTqkKLgzimV/9GrhnX0OOYa7Yd8Dc4+zApOQzRsuPfpsipCr5qqgur0se1PtbDtwZsyUz5tsCo1bYkX7u87aTp3vJv0Y4LmXCUu/F5eht724AdxFfqxoABSqh6DUx61qEAJ3D7yyAelDy5XJ2rAfbCMSPTtKLh6843tTwwaTetT1XO2E0JInba59vuRNma5bO6/WQNgInunpQdhP6smQpJs3NSB/zKW2/Qgn50Rf3Nflvf5n6nnz8fzw0tXlLJhrKSYh3A712DBEAXHgvvxjL47xp6ajp79jl2wDxblLN6J48BTpMrv4amYpLeBPX5FpD5s/nj3BGY9dMwff0b1A7dzCAAH9hkAQF1uB/dAVZPR1TR0V7VNJDMYWwrTRXorEFMJ5dUtPnVTRbqtBHU86pO+0ZfyOBZd000SBN2wx41oljcNTE47jG/mxZJlSjZbwRmDnCRkO8QiWpRKSBw6UegPajnuFC+GpoU0qaJ2DdI8W5KyxQtbBQBmGhRBAa8ySTk53S9YSmVlDKter2CrVOXwh33tB/e5B/UhHxxi9VS126U6W+k5tFb7kKwreRCiipSMEOwGMpX3kK1EYqosvfZIjWZIQQqSwwhJTYjwM+FEVUgKwUIULuSKq3tFarF6M6tlJiI/UwRX8XpTiIU5PpGFk+5T2JotyGPXUydYvKoCXaosWp84FpvqCBXIZ6OILGS/mAVGKpOSnlyqoXS//s/1s8+qCzaFpj+CNoi7viVg+9EEExXMPHPvu2mu8/R5v2FdjLFEx7jexoQhEuSHj5vtbRrziElg+dgnE/2pg6EvtaW2J0qFHPLwp4O++ZJb7oPFk8oYvxN1pDiYp7eR0w0Jc1PmhNE7j3t1C503zzE+ufLJxHB0RjsO3kOnfuDrsU8K8VLXte+ep6a13+tUJ+gQsRFJxn6MhjzQiqFm+/PwYil38V24XDxOj1q5gsokT1IPsrpGSaT6ihtC1oTsweuuyeoz2uBvdJJDMXLBDhHvJEQKU5hLwNUGvCBSKqtqZXouvs5JWDYiaNWEFCRD97dR+3DOZ5+8J05/hDgDNIVhdDZizCO99VBJ2REAufLEbU8BXoxPgG4l4rKn9I3LAdlepFRYcJoFhH/vo4hWsc3zk0+21cOU4S9e+Dl/URSReSFhM8MXUZoDL+UkaT5+ZrslsUgvGcbEN8FYdyT/0fu5C7ZQH3wr+ZdA4hUl6OSmTyAYHZuAQw+VqhQW1r3P6zU0cw/DVZKTkCLMVYSpE9adyTxMYYNC6djEaM7Y/7Nt1mJ8560IiX2dGsbNDqNahv1P+CIalC0rEDhMdbOdwg1Eu66J4QSTABg6rl0JJCOOKqti+P9/FSASioxUU6vK3v/cMa4YrAAqjXv7zJMcArBdayx6XRn6qyOmslnlgKizAxdD4hbHPGaKKAoBWSOJ62yMRJOgrytIwDxrE57CI0YjhK2Yx3ZSsuWvRiZOs1qPS3AuxXetosUh9Bo/3eS3fJAwe3dJjxfrg26etDLwC8Iiqf1jusjIea2QmDYTbu2lM7UT6nDHiF9IUXz3Gl5J4NKrcTK9K+UboUhPdfao00XC1DtXDRcogKcVPN/U0WXvGqIJH/jKB3YWXjnTmB2cesMR5dfFBDTVDow/ibXAZMmJG6/2tSkzC7h9fWr4i1pTNZ6nEYfqU2YxwJ++ETobw+XchMTnkGTGUDkfGDtAuWRhJB+PQwMlI9TbIujexDT8VpeIiNSyo8MnCHI6TnGTDcSVQxNo8yoAOmFyWmMqryJkybKoND71g2qcyRoKRTmaY5ukHGzg4JgPl+7Kqs7kg9G9l3V8II5FTPI8j8UTmRUVxQNP1MXnDnSS0JhYnp7cxjmpUofpPACZOMMQj+PsgKwYfz+VV0EKHbDDkSR5WzSoL4xADFW+SndUPRCgf1apW08VfQbTQ0rNLOnhQ9rKqgTih/Py27qYw+eTAsSCOAph9RGkFZhpQtl1VhrSrbIbTd4HeXX+8saotLcltZQeR4/J6yzSyd2pht4JOC7kG+WkSi+I1MwBaLEM/GjUoVJ8ZRyzf6O3gjsHuETlzH6TM13IYRphnUImE60McexTzxsXZQrocNzbJiP3BrjVjOGSqXG+fZN6OWA2gbGACQip4R2CpJH7r9fgAnFSq4+Hljbs/khrEKevkdHGStL0RKw/67/DRbTuCs73UAge+cN4bBL59hf5++6mZ1vca2BOhRGb8/bmvYXwyhSbJBbBHyLDIdrHQkd3qCzvB5NTF7COfhKm4n8pJjxB3/ZM07TLtPpXUkAKXuFOjHj48Ef9Eyd/j9z2K7s0nQ6u4xCFXuX79d+W7sfW+UMlq9wIVmOd7llHftSpfoqYrpq3qwxqYsACDQUowEXQrZg0H/QhY/qjtwB2gkOWQ0eVS0M1dOd7HQHvfTEWZwH+CIdhlDeBA5cKvF+cr8HfFTYDBwxMeSFwdn8T7za/79/lCMbHGpa7ye0yiZW6eUe2Zu2fiIKrJehSRFlWMThDngs+c65oCMlYIqFJZaysCK5D4cbW2r2wbEKvnj+gi2S2qOHRlURuTAvJVjn6cyPMDzDueU8PUTzxBW3+fFTcrMxlQ7nhPsceHHmEujSIKxTRnZJJwHLMQ+i3RCUr5VLgbWP01jgoDTG0GdII6Kk8avYcrxGvtOHxAcrfEyP5D2TFDJgpEupNsrubhtmCrHA4NhPg5cBjvQCSNK/kpQwpMY91mLOblVWk1Px5+tKpzzR3LwVohTHxISELuF6Ix1tMauiQYeUspxAIHCwOZBi91umzr55/yCZuXE185eVGQPIS2JhS9OjWF5k43otWWxH3xd/wxrcyp2JSyHVwoT3MXcrMieKiwtqowWbfBq3GIJtzQ0up38zausQqZ+V+HebI1N0b8YIzSRO1jyEqIPC9YC2k9bHuXGnRyodjPeTTeSdcjIHyEfeMR6BkZj5yrkUUwRWlcoY0BevUw0R9yf5/V9hl3uf7ZWpqxXYOSMa0CSuMdklnVjvr5BfO5wlzgq8PF3aQSzMvxVe3TUzsu/wLN9blq7+u/lnqs774VDERkNGlGMGS9bI3EXKduSCPuPYrlHPC3/ceFFP+qktxfQ8fDMB1ngviJlHIFf6Yc9RbIbRAMppqYkREZBArC67T8KtCYmeowI7EvPxzdfWmx6ddVd6IYR3ZvJIMLPVE69y4cH2O2UsYPBYo3NVcsNjiHc7V0XRzm7xkhNElzT9eNf3iP79A5SjqFh5BVLYc9xMLccsfG0S3M+d3YgkcPB1rjr478wl4MpW2KUV9nn2/qyxiDBWDkk8mUzCSnW/75KPNGRH5PamcrF8I8lWAT5RsK12Ht4LFRNb0liK8maSVWDO7p0h3JxACJLqXgZI33RqADW86PhIjxITQbmjY5Bo+ItxU++3SFdZ7d/xSw8GyQtn7jaQLOqWJMcXztRUdKrMoDoQeemw8CtCPWexZB+gDcdAHecfZUr/POJGkog6/yq5Bh1qNUKQWY1iF/yHDQ61OVCdMzdud0/S+eBYIU3edGmF/nI2QIQ5mfUmIWAA4wdVxraWEXl4OLKHdGttvoER0Tg7bUD7qZvFnKvP31lgDBXnxte1ERSi/ycZUxTTolVUwNzZM9Az1F3JuIXaMjOXnVQDBr1VNQSX+A9SKhrpxmcqHBTzKThkxDXlYlCCKinUmWxQp8CYvQHf+joEWFS+MxvWWHnlSZsXiBSm4eOP0BUlDc69kRj30rj4xOl/QUB/MTOLjebJZpvQkWXIR9ejm9WtvjmoegtyV3ixhbfS1TXmf7uHoVQn5BhXRz0x33rPJGFSySnvQkRlxH+qDVUvIxCfLbHgS2ey3m1tEzRnqfPg8EWwL5XBuJwCZGLXDWLR9GcHZLV0cjzK5Ki63DZDc9rxQl5321hstMUm7GWb8Ab38grYU1ECZpgVQAe0SxGQR0ikFUuC7KWnHGHK5GzajcEfw40yQ9/jjl+VktC7CEQPWHwDJxSFcH8u8o53zKqJPkR/AbddNDKwbpOe0cwKdhpuvrL2EKcLyq20Ld+2rjG8EH9Rbfhx+cp9JqD0OPZqQWmLoF0HjQURZgEl5LgDaB7ONL8IogX40EFtX0DcJXxjCs4zIbj7Wl01XOy3GbvvJLoo1ccps44lAyWBwNjmfimhUNSsCQQQlGqTDom+u2SwhiENMpRhlEbQEO0gtjUveiIcDdK7IcNt+tttdYIIk3XeYYUFQJfkzx26JCCI+6z3SVSLm3jkd/Ytui2JrpwWmA9rwiT1VQZ6YMAL0Hd4M0HRjXgNWfo5dDJb65eqaIVt8aMH6AfWlqQSMv5UBq2jixbXN2gcMRYqWsEwspXp0OgZiZXKB6NOhpC/EhUbrRHsydJY8wOLr6NiiIZ9Jr4YPaqlqjmspABSNQ00VWvrQkBgSJtfH5xJm4EprZWcbtxfiY14MiuuhKPCux52r/fEXb2Cx1+IfaGzEY86JOpi+SNhMkYZKRfSQ7mO79vjR9EZDvWDps3aqpQklNmY/0zTLob0BSOBn1iPVIurkjP7B6FAEWCt/8pPzXZwbL7g2u3hlPQ6e/x5cbxkSxeLyq/hv8OyS/ImGX2o3ou5RI973JETJLHBx3dalQAbW9vmVYPiXvGzDfoChSUhBTDkrMBcDYTEDhXlwBE6svijgHi9WLdDgDuUxkj89flU5Cd0yEO5dPZJdOdzbG3nw3606Wu9EnZwiyBhr9NJMrxJXOhg23qhQWsV0r3lNucwO0FBWDCQJh1l8Dcjm2sWBgPxRu9m7QDGZFqDqKJefNRgQ130zcfVVRBXXern0mhwLNjeXHghC0O6sXcN+zOLYOPMY+TVcwjtmuxDxi5g5qnCl9IBoQlYE0sh2ttQDT/ub/t/EZOV9MOEsZBJmS65VaBeinK+UBpM09SX7jrL5WLoHEf2mGbPOL4RWvP+epaAkoA6rOu3s5P0BiD689qVgwxE61uHYeZHgJromkgk+vAUyet7g72SrMC29v5WCyb+MLj4duRQvyM+oOZvZbhRsZGqBB3JNi2kRCfhoOClYny7wGJEAAJi/oLjXZrkw2NM8FGJyS5/kM4YilQeNQ4KoyKuNYhSM/r5uZRnpkrLLXJwvQ+IHisNzbTNiOWpXHKjCXki0HoQ6aWlVh18HvreJz8Ii9PQKr6sommVh55EW9cg3j96wIJA1MrpqXLbVGtUV0SKT39fl9oWFjZOJXgxutgLLe+gUVmj7WBBb3XnrJavMuQ05F1TudqGtruY5o3RO6hfBIbaLyH5Prkh2LFNp6aqCjASaKR9gw2JXhpbDvHxzAThWQKiqp5Xs8/4y9ms8OzvnSDZzur2xJRYfwWX4ckHofwRmKcS9oPhltuTHzB4HRGIdpRBmzH3yMGFZCge3BkohnpE6sr0FXNpL/mRJ1ctMD4FtM7atQE54NkRrBVlVbiulu3EdvcFnoiglP4/yaGD1IbJEQVKRFSujBjZZHEyI1jwq+qVwqMdM6uGbgJNy3Cdk+YJxJD7gwwNKxdpF4IiT537GVebOwgFhJnNdm+HsYWwddK1m9IdxcLlRryxLrfb1y298GSyhVtlwPRQBLifhM/c1vR46S2qIpKofH7qNrlzz6Mly+l9573zzh+4pYJ8U1CjPVk2fq7+JEcGRkGvnj2hrhAxP8mSG75UJzq4zRHLJocxeDPU4Dho8cGiiRytNlf/GhbUc7d0KrZfJdYQLQz9hpjn5QqKD0avmrAyVRMY/YUwaPx0FzYNbdSj9qESC9kT4R7peFNlvYkNdXap70ClFSQ7THBikjrBz1UWQ08Ueuc/CVOtoFJA2jlZLkcFD7tz7ILQzzKNScUCE4ZhFQzdzMV7SYBECXeHvr8Gp3yx7XvpPf6pnAEzEXrZa0L6/wG9HKYZwT39gV0h5uCvqKAApdcTqe2iWmXpNJxqNaIFsgl3pknEV13iSPPAF0NmVINu8rg0ZesRaLTW0KBVJdENWsLcFce4licltvYIrOLIZuVuo5Ws1ktheOlVvRuft+EAAQz0kmU+yNSVsDJaRmD5uJNO4uICaLpB/L4AdcRDYpZEqg2DyLU1GFXL5KwUZMKN9tpxbrJPK6B5Q6kuUl5GyNzynJldnOzXllILYLnFRO1mTC/yki9+a0Dgu0zHImOuwtcu81pEBMguXKsFI2NpAVUGv871vr+2mhgnB3cr6VpO5uhM40M+E5Dc4H6oRBZ0NI5TdMzfkmYksk7B1X1SAYIrerUIqP6zI8JHPEQMQwkYbb5b5t006xO4v1LpMTDqFtbRovdGfdq+7ua7WjZalKH07o+t3hbqpBicsdsusDbfD9qeaVIY4UNm50+jI9kdtL88hib3jasOLORR5+1WJ8sHk0VlPd5G8V0Ba8UK53m+UXou2iI54+rVhBOyt58aaYqaT2miJ0LsbuhR1l1gkKg6+zVr4O3EYhcVz5Kc8Q/kB0/7sFRwn5hzwUVNeb8ic0srX3i0h28NfO5yIt64cetrPmpDKZWkJ8LmvpUHrC50k85itkyhLL62/gKs6jSsubBbKbXWZTYAQsIQlfwBkJVkFDNHgVNdmdU1QsaO7K9+YHioND/dX+vuBcXJh43b/rZCHTJEDU5+zp5HRhMyAJdAxbF9dW1XW54ANmJh41hUoD0F7crCgDoku3IHhBnH3aoAK6nxGYcVc8GTEIsjkE8kQHyyk3dMy4kSHvVQVDWAtCLBVCZ/0kIgy4CxGLpyJGsua5UiVe+c5WE/kTQEq37cdpfagNSPAETWeHNTJGHQBQc7G+mjUOnhivxSGdAWtqcJoaLcnwa0zDaKzw0ya36CsHAebnmXFt2GKBwKrqFEJ0PMq/+Bw0iJd5P1bSMXJB6MxSOUUpsYl6b2JnpbK+MhKqbjrwGH1FE6FSLEfNLwOHNVgsUlqBPi60r+mT9XaO2Ix+FhOvGUPmvpXvtibiTr77EaVYWp+fr/n4g49GK9JGqIZuWbSLJQ/Ow0ayd1B0NvX+3dN6mUVsuO0yfmWZzg2lqguZnknU8PDNAMKlfUZ/l1YeSqyc/gctCRVIcyQGvdsS0+09PnadpEE+YfXOZGkZbV4yVvJumv966GiM+xlWSqMYxGXA8oSTJWZ+tC+lKv+PaoZXCGOFJ50Gsux0YfJYtFz3XEUgAgshkuxm5GlDd6A2mJFeePzxmSJ5Tokej1UgdbMS8e4rqekOvm+NdkB/DZaT6KG8567B1pDEiEyv0ISlaTgDhkft9XRp18nNXPGrLBU9wOXPjnCxkaPrZ1JBMMAewk10shImoRR2DLBx3qwBqCEm0aL1DdAagJLPKAID8ZNBvaWDktjGLBL5aB3hUER6mZQt7zZ7Ffw+85Zx8YKaV+6y4oKYrrQS1jntL1aneZkqcXcHOqh0TeEKWYWmoSyKZtXufNIVNeLX1qO3UlP1tbLWt114BtjuOr8k9wXuPJYPcATqwFgUdpyNxOgpaTQfTiPewyTys1F0LfPfQ2stlseKFpRXVgyso8S7sbGeUvEz4G4fb2dGkbQAS3tfP5KuKM3/0RppR87JY49czkQ9IKWMKGV3Cv1bBYwGUcDa4+ud45v1ZAlh1BK/KRs9Np1OMugCTru12ec2UHgI/fNtzQ8SeOwyRAFgDBSB+9BAQjxX+Skg81AtukQWSZgr6sLuooVpxEFywHCYl/f2ii09EBWg4sdS4kUkKVF5k1xFNkMe9FTdw0AwApEpqug7gABYocisauyTQLmalghtajCb8qj0ABlRKn0/Bi6dEz0/WH7T1icEzUAdfsVfOoQr8TU1ZS/mY/1gvyoJ3ptxTF3lqEgz88Um9pj9aYlFVWQwwNUIzJUEZUWCutEQVvzjxcP6EqrVxuIi2SECG2xLVaXiCX80Ur9bOe4NE5btdp2cs2qZ1xKi00qn4asyVHOWjr/BYPD8RvSstaWBxM1EkeLU+sfnBFvBl9Uo2DazLDAXWVtU+NXYeNHcZHGVNa1+oMvAuom+90Bua/m8jXt1JFMMtL6XJGvnMC9be+XIkkhbW8Ivijn4yKB18KFlGD57zrv1F/b+q6L53PkzMpvIXCQyPKv/Z1V2KE/4vFnBlgfeGRVEnbnG7PTRQ5MtyjE8ZILBxpiwrJh9YhSsh6FFJH6cV8rVXNqGGm66Tem5o+rLALJ3hRhNNYCadlIvRU5PzMNTtQMGoDRs0ky12SPl3oofO691Twjav/1RCBNpZYx1UneFWi9rjdfzTpmsMPkCsPuxvVRqnyxnMEhVdY0GIXSeWs8TcRQ5VmrfcBRWKOAqNupM8s357xvEG+BBvuSVOPf1W8UE6SN2Mvej1Zi81FQAKhDDCuSzqFN2451/P+u7knZmWS8XrKThuKS4jZN35+0Pvrxrlc2fU5PEqQSEqDj21yuyrHmNe+Lay36n4zzrh1gB87gnhk51i8pcZROfsz6hoTQfZ7L8rg84RVGbgWWvp6Uwk+wvecYn5wEkNqrTxhqaeZnYExbA67LtuCNqsRC1LQLxQviKP5HsVU+GojPAlGLh78awANKEM0syr4b+J6zZLRx/FVnjeh8q1lPRRaE2C4BOtO90AKnmp6rDPViMn30uGRy+NAPA5WPgxslXw7gTT0y+0erY5guw89Gd6m/TTNmJc6mDtMo0sJw03lt+ZCAJ0X6rSlr3dK1Mjl1+XIXjorHhH17pfVQsoH/ndJv86nRL58ixFPH0+Xhv14KTswEd9D+H1xH9odloK7m62CtH7jTTjPKe5qEFTe6BN3SpwbfmPearXjoqcjSw+zJz/Ql0v3henKO9QbY3nkydrH5qJl0MoFOQMaeUSlhg03c22eUKvaIjDQpprO5ChTt6BNVTZiN44iSy683SMkTOxcGFwGhEQCpSt2nQ2lp869xPgEk3y2uyVskMlRQx6xIpIFwhsrynxXqTF7Nx8B/YLCINtHT3wSWIBf0KSgHuhf9l9y5HBJxxPVEMo3tKEdFYtCDEnLa1jxRld4yB52LRF+iv7o4JTI6G5dJumgN5j7QMKMY1qUsWFL2ZqzeIidGO+Pe4g4sYPs/psaDygJuWTggjxjG+dMNxUPPglBuhh7c0Ya4wViVpHBw5riWWZXqZuCxRJBQ1okicCzNYUa/6Pfcyrz6QZlW8X6ArdZ1JwUcG422cXUIFXtAj+dSJ/FBTJht/+P7zEBi5RZ5qM2f4XTMdQLYD0vUbPUJqvshJSsMKTqZAYDv4Ph5xHUdfkqwJk0lYo07vRCpxR1hBpdzcPiRsVeqUPZw6voWxE5WEa1hGexWRLnjFIoqeI4RCjkOU8SkOj+hdv7fceXAzjftuao5lRUh179D3WAjubIrF/nxiMJdJtRW462IKSgRerYxsWev7CkcE/A+YsYQO3Mgp0os+0w3Knku1929Fb2DMu2ZflBrAad3CVHwFKKaE4lu3Tb9gSBPk4hNycHz2zns6x9fRVaNlNFFRLqW4jANQAzYOBEZOhQkhQkF5fEW+2tB7O/dfjkjjIcMz8t5cSikh0AO1lz7iAr2wULRAzYZq3CgmtgGNmZatZt/rwNVbbnCncrb1aiI7/Tx2pyfyCu4sD32Y+uAQfCKiEDGONxNZoyuP2aEfy5xnTSny+D0qSOo3O3aK0NuIqhN+Mh6Tq0s7uhj5oAgW5iO98JqDeZgpV65D+dfFQxZWwV2vQaZGUNGrVuOSyHcGJ8e3XhYS3hhJc4lqdOWCRsubSrUJrsf/UXyZMO+/I3EYpELj/bS/krXSrpnpnXK/7WCGJvk0POVTs7VDmuiWxpwn6jX06zbxnuudV5y1ZNEYkLxiKGtZNtYrofs0R99Nj8afzYyWxF3EiMw5FAT0MDW3bs4thCdz0x8y/WcR1JqFGGJ5qH7QJoYM30gf52enz19qPW3pPeML2QPL8Dt/IuDQFjMeqaxdVuqNtIxd+c4pXSzNjrNBfTX+AlU3eWbNH2u31znJm3IhAZisW6aqoHnpbRSaNC+1A0htn8TQRnCJAWolnhtA8u8oukMSYnykjHJEAS3NmWoi2wom8RLqAe/DjktUHpLDybYXdU1v/uH1JhSeWZwHZDODYCPvBkjE9LOyxgmntGAKKZhaG8YEkytCfS3+OmWNIlLpLBus0uyUWOKpON/1Gw9xIoK6KU4SN1rqBYSTGGpp/XzmU735w3zc9I3cKB4s/aBDQPrqdP3e5yAE/KAj2XRUrwy09MZpAhtevhEo7fAs3u7qlYNxHoOyeRNT+bzFMd2xelxu1Uz0rgM9pLdb6/roKdQPBS83TumQb5AfThA8A8n1QVK8Hgu2LsDpnuyX2g3YzzVEUfGlFURIjr2uMnK5aouPhAuGTFzfTGKD/BLfIcpTR1fBGxtrcP5U/xQrr+qHKHtcTIdSuDfNxfalqlM4cqUGGq8tJrdfYiJXj/DLuEew0niqTGfRERYfnAs8jWl1TE7/iQFl/UKV3hfJUYuD9psWldUk1TMdKBsoH6WZhYBz2fctl8KzPxY0D1Dj7JTKwuw4bF+y/wkfYjZqiM/5E+OWDYWwPeTt77qZl3NSISuWoMlTtz96BypLA5ayzky3TbnkpT6sQRyWkB/kT4PG95dqgQt8TIBArKyl4EFZK50E4knBdPOEYJ1Y0b1GBdL3WifvYswopSogrkWUDxGDtmRwgitylhN4R4izU5vB/JBEgNjXOdhSqrchufWPAJLxBy8dG+PtFfP3BnR5HeuwbGoZbh9VE39XAJdOf0PgnHx3vrjLA2C9Ee/4pDK5AZKWZJPOOcMeFfXGBKcAK8ruAt4HRbprX4ruQk15onXQTC5UWMO2MAI0HlpgItXGm/ejBRqk+SyXkO1TO7rhZNv+Wk91jlyXO5joMEZKs/DarZVBuRgTyDWJN4wxdH9yY2xninA6S+apAnqQoQkFkY+oyryg3xWUbLdXLADLpNimAVxcwt6OcOSTtqXiFcUYCjpheFY7RiFujR9DWRCU75WrHlyzXQng7hxDmnJMSEzUCJuQ1xHdxptNserFYWGkAArjYxZY+6DinP1BOqjjiMju6x0AjAuHBY5KvbaPu7xLfYT6Ij3DfPTxzQemNHP9C/ny2Ucg3skEGjaZdly7OYIbcEWQ5oJT15qhMxHf73UdB/BpkQNDYm92kBDRqF4CrdkfESPxSyNPu+Q+lTiXsZsKkKqNBvndZvstxc2+A6VJbDTeXihBQD0qrwkZOmrxInVL0lESASbO7ziwHz5dQOu2+rL42C0MjSGllYHDh08HsXrz4j0+Mura0+/6mmFhc4KCSth/EUjC4DU+0quA2ViFGXwZdRJpU3VIWDMtCtnjwkhta1y74Azp5KEfQXpSyWsh0cy9aSm2BFloakzgafaMKp6tiGXBwZjt8/SfnzagGVBxnhhYbAn3Ybw5deCrRkCeDYeyzMZg1BzbDEiympccWlu5BV8X8jRi6/wtaMVl/bFT2KrFy+poRZZ1pO+c4s/9TINyEMVB4CIm/sc+nrCCbAV2sVP1VR4hhMGgBUS7cNQFAhgeF+9qRjKPsd6Zdf76RfPcl2n6p3NNZ0De+2s34DvSnJsxRCrKAteibBmrHjElVk8Qys5oCc7RDOFBYXlpiUCHZgHhWq8an3rpoe6/xz36nqHZpYaGmZQhkhrnarTSS04Yyd8Ofdd19nYSCDYnXOgCUZkLLXMEulNTo5wf3+Ba9yRmqmJoeXCoVNlg6DexDVd+1je37iCKNdXrr4I9bG7cLH6dkUkNu0XanTVOiHzkM/F2olWfeaTalWXy1L9aC4pSSRWrsS0UtpE3C58vBdPhfiJCIfijNl43uBRQdVLzMzt/j4JbxDVwtupZ8MP0QejRTYkOMxfwmFhIMgLALtVg3z9ATrek076e2cc1G6yjVyr6fF4EA3QvSYn3LhpiJ/tQdzGqoHG8uAqaAkpmpUDfckSRq6kvr1CAsuD1ft7A0kHwJUtaMyu65GiX2NjR6vf9kko2cScXwSKR4pnzjoX0cq50mSjeA9ffmbSprSSrH/P1xpzKOC6w8J3rwiyNEbM7SbxyvPtaqtbkv28rp6HitHXZ23tLrsb+baOwaY66xGVDmKXfywzMZaS+YZPf5GbDSWZr65RLEMiFp/B9b1NJm604HHXh3d15A26+WAQMX4664BEKyuRVdZAB5YOocdwzYPD+U6cSp2/NV08vMoCoow2m3rczVw+ph91GizPdVpU4k4avalaGpCmWhEBF+Vbvo25R6XzdiKQFL9Ehz/EahnW9eQKk7w+J/zBr1EMXiK1JySu4CsQEdeEN+vZpBVDHFMDUFyXQPCKX8U3ui1/ZQtx9z7L4PnUz4Mmq1xG43kspegPZggy9SPFZy0U7UMqdyqgMpbzGwXbDtRtNU5zWJoy1qqiAKNTxw5wOc38C/1AICciOoU2rZn0PrFf0zn75Zs0cquZBZdA1Utaqbu3dJtqs0CmE0zivbO7lssfhi4+iRrjXS/W69Ljqtvj5QyEF20OhhpKLXEMhU6yjv3yAgN/quf+ljYlep5MOstl5GoKJtO8SqdS9OWNGAY7HVylq/8cUtP0XazCwQ8k1JKseQ8UF0PGthaa96EpPBoWKCwIJUJGgdWGvSHpg9ivcU8rYM5nM1rCyKpp+xt6xYdwkNWWS0DqKIBgkLHAO0ooXn57zXs/u9eP6GTKjMHERZCioLEs2BnAK6PjG2rVQafO1gl6GHBhEWCgtY46sV6pCrlwjoYu0T/zvHRvleYXEWODfMBTfPDY+IPa0rRskqEu8BR1s0SilysRpHLgnmBA3lnKjtw0p3pR4REkmOeRgPpA7XsSYRJ+2Eec07lOzFSGkg85LYCslUxx2hp4A/M/ZukJyo6FYVXdvA7QeDxWkBNhsAm3WQFADuu0JLMayeBT6SXqiSnb0ZOVZnxmmzucg28ybbvavVFQCKbChR3RpyFLgJQXWhbCX8OYbNdg83dRqjcKxNgO4oVAQQYsYIeh58omIyYE2AUuXGTBgR7bUsuN+uGc4fTrrV4hW82iVTJtBFJ88bNmCDLDrg5wLVCRo6moOBFOEfDwRoXgxaYgQL2luVOjAJcvqlz9HBALUJPK1lxYem3IhhsAuf4KecOk/sPU3tRcJieR8VLZz/y76KN4BUiz5rIUoKXWHnluepKA0M+OLCIJtzcgyWsNSZX669KBwx3RfmdmDN5pg5ZN7DQOEzD71kzq9kmt5SdHpn1yvhWCSYiULKz1g3m/LT4awFAm/Fi+1TGWh5UTjnH/3+E9hZAglBq2idASTWgwH0UL7EXxwNMoGnXInkAzhR8uymxCLueFbrScnCL1PqNBoZ5tKmyfQZ2Xy4bb0OPgy6Jm2BBS2jsRmx1Hod7wGkgS6vUbrDDvqsPVJ2+ejTImNrxjwMPXnGmhrSz+40Jq7Rk9J+uJln+bVHdCkgt+oVFqdKR5J23ZXQe4xLkmDpxKcVbzEfIwO+28IQdyMCSN3V2QGURSX6vNn46MdR5cyA8sJsJZPfUtXFuuSSKuGq8i4lrqNh2r+FX48LC4IBpv19Ys0lJTeO80rhYTTfufnHV2fy/Kt+6cJta16waasWE0/Cf8S5Zoeu/ULickkUNaLVmLRShdmCSxQx7PgQKKoq+UOfR0ib6Hb9J+QXrGiu5IWCPprxWIe6sxv0a4Dz3gRC/exDp6NYktWmIdeAJkVGLRojhQF2u80YUXJlEcxynYIeyNlc+Rb/Eb3+w4YukVaNXQYEg6eWz0Mpytky4tnTGUjuYvDIU0doZEsh28l/WBzZCo2jKl3JQtDHHm+uNI7AfFse/zZ+x5O9JjKxI35iRI3EP8awVaNojK2utKAWQtLellaDGUGxHhFhlTHcNafFrC1fbxflS9KYSAcpaP151IXLiRnpscIeImZBlpt0UUPAcWWTMxX+bDZMX0ANz5RzdItYA575L5DTcTcGUJhW8cK5RiAN13ogpNvlWdsqtUJccqz6nKA34qY4kTtdk2T+iYZRfV+yopk/G1nv+o2SN5vbMwBd7AfccWmH1Y9SzPIavcEnaQmAiUbdOD+uM2XS8eURVJv2KWOV7OBAvhb6Sa6PG7h/q/IFY2pIUJwqTQpF2cXeD66zRgVcRFp+ol4OJ2Wdzw2DBSr21IenTSswhEIL6qfKjMstfYSXnXDV/81eqrxzdKQipV2FVKFRbO97PmLKbfT6QeB79HeNv94Gf0rmew/GLMwrqEYsmTdh/VpZFnxfe3Zc5ig8vPaJr9GaKmkqbhhRrY1pbcl43HIbaNq15FnhLYnMtWu2lc0bSIpmrJtG2Z1eWgPXxRdbSh+CaoWM2TsGTU7YqhctoqrQPaIJnDrJvuGRBK4HRNB+vARKCfMLxy57wwSr7KKwq1n3nCifMoXcJQeejYSp1MATiohlOlpDquYCwclgVjY0IINb0s/gKYrS8UWye2zeXAgKQK0LCuok2SXCltJtdNnFUanixCHPnDLBvq6ol14dVCpfABuCGQcUbcx1GfOrtlxXPVoFvA+PAh/2k9Yerd9VGCz/qMtbUdqfXdOfLaEMFLDvOjM/bgBFpO8DyUBwSAL5Qx/Y8VhAg1jEPCk41SXmMwMGbJc7BFh4zu6Q+yffzmRjURQy1GPiql0VwY+W1MJPid8qTq4DH4tYI96UUm9mpOmicXvlUM3jawgVsvT9+qlYMTTEYne2twawO1yoQhAAJkBtINDQg4lGRMLy17HiXwOT9p3EMPrtVMHxdooEY+Zpcpgz3QaHnm7QQ9/54NYQYCTzV4NCb1QiEACpXw3y3nYN5ygNKQK2oOTFW4D78Q3JlpfT2LEK4/ER+E8uj62ZCUGnamcjF630YMXDzFIdBpAUdQhZr9rgwwtmoCDFHCTyDNbdBK34uw6TonjutGI1bgg9OUsABiphJ30PBT/TQN3AB41sHHtgHgi2XbGIjT7IkGqhlepA603HGNwxu+vWD8TKd8bDC4DfsE1b1adkuWQrtcK9k8IsTdKEDic6d+Lsn2bSRMdUQOGeypTZa8X5xnqQ9YvXbvgWYmIWX1DIAiJdobnGRv+aN16tFz+PRsRvnZE9IDi0KpDfzUlLbkqYuXjoxrXtO6+fdG3S6qvSNg6jNtRV/ol64rkCUX0V2AzivxnX3ctcUPoPdACgvxmt2nDDygeC4ItjgnIacoXEFJ337ZCws0r601IyK4jpes57GeAR8qwZlo8AePGvlGwtKBOehFYenEa++ar+DkAaAdZlLlvedM5WGWf/DsF3tY8uRXkfjTqC+Iqfx0ddvb0sRXSKth3ouGB9E4olQOHTx0mNQPu+m+8lxmmpdqeRtba4xDmQaQJbHoAbv0tJt0pKsILdwbnswNR1F4UY4PVioyKnh1TyUrCjPWB6hAotGV0Fb7TC9+OSHkhV9Yf+XsK1JzKMPjh11+FmWKQhlSP2Vhxa56ogMy0Pjt1JYJe9XK0RSIa8nXqkdzBT5/Ee+a9JvgjII3agnHZlvGr11suBeHc8Pl2c5YiHq+O4oG2+P4l8HFxpwDTrtQSGT72daULgIkKaXtLjo6GCBRQB+v84MH+MiLX2z06oKqdReKZMIfXLjdyHs9iDYbd/2NlWyAsTnTvv2S36aVf/877MuXnv6utuHTfKe8aW4yAbO52l07148JzQY6LPOyBOxYTt6qixL93oGwgRBQcZ55EvU/CLhyglmI6OtGzorJabnLEOFGIaQ6EdmEqMlLOflquhdCpmm15EjkhKS/uVIlf36Qdw1xIEVqatcdOBRy2QztTWuyDos7gaOX8xh+kbt9FAzh1QtOvpJRGHEnVyc2eSKXBs4pi8NyGA5JAAXbKN14ZcBiRIBIMzAWSpAMh6Zfmmu6A54rxfG6kk/ICk+EQqYiFuF8t8b6nh1QCpWpAE1GSOzm1V/DD/gn62WZ8rzans4M9LaHc2FTEXWRqQ0nhdPTFwiSF2Oe2YelQkfHYv9FbGitLRP15p6JA/uGj9kgL+PX8DQNjtA1V/4mY4YNy/8V4M0yVRZLm/sHN65XitCzydocEkoXQ4YRck2VoX79RQAQbPb7zK74ivpMM3ON912A5FuqMayGFV395iXo163O1s9KzIN90Cc69+cEnkXeX163Cz+cfxcEulMY1E5i2RR/XTosDKLFVtWqWv/pnpGsAGWJELz0ACx59UttF35bp/PyicengzwmCtYLHlgvWEFx1S14F4OwAjgmUuyGxTkAv1pi/Qs2aHisH0XkKPAF9ogEaoV09nF8vERX4WaRPv7bjtIcQYqj3gDLn+IEvvFdtJ11XRxG6nrGB3P16Isse2zso7TOkAV0d4bu/tSTZ1G8bCivYl4NiEUAYLx2ALvK1opTW6GrxuvquLfdpQt3dUoji8jrsShWCK8yK3eMPTsy0blVhiOewpDfbMbiTiDh/EtN4P6puCGe3kTX/GZ/SbF94bt3CBqZ+F9VTIqaeDkPz02OHISGCud4EO8qzbi9cMV4ArGjXji+YSSSegO114Fgg8toRontBOShGoE+6YuYgbThWF8NW5ZZQhbCHXBuRAcOPdRYz80+3ISLZBZrBi5lURq8wvsAR1mQ2YCXJb8SYsuQgmvyT4bS9HsD4oj0yKsdY+/4K+8PSl+ab3o+HBqPRsASSttEeIVV2jVL/nDIUB/4HJLiDA78nPuB08P1cWHA6FkiypD6YsuRAbc9mVQ4wm3ee62moJFG/gXERXxtdC2ru57zuGXghAs42BWTMOWtrMXL51SeMxre7E5J2AZEJeo3qYPs6WVx8ODAFGvsLIkXFssMVtTe1Hwoy/zlXMXNUe8SHY6K7Rj2Zg0JztA2R3FjMC7iUTqsHPcHx6lGt6bqMrKcbthyta70665OF3s//WRih13q60B1Hw7If+lILkr0sCfAu4hPxj36IlLavhVKge7Clz9NSn+4ZGJSsawVu9Y5X2iNsK8UfW9zaSuGaRGgtltBvq74QY8zPdQaewpLvxWFRJDYXC+eFbaPzDUTaLKElG5viXgl1U4oz2bgZC87OKF6PHS8BUtbrBbEaVlwnjYbIZVwWwg/w+5AMXbi5MCBQW31lIASnqPtEjsH24eiVMsQuFYkFAmJA/LiyzXn5ltUVjU+Lk0BksBPVelDxvS+16/nH9j9Qh5/XWBM7su/FynFmpOg9Z/mwh8Trx6Gr68XY/YuVc1ELVJnOKLGM6v3KYS499RcmKzH/oCCn2kT6kKvnqTtSNzbnh9MKLvMYhkrA4ldZPO11IJGo6VLRFj3EUtvnqn2Y/LDY/j1DWmza4bQMivQp7Zi2OgFN4ExwviwsDgd5Nda2B4/bzTglFHqRi532qhW/dx0Gh7vSVYChTp0oRViclxCLo7BGWCf6WS+c5bWK6epLtX6M5Q4C37GyaOuWNw+4EDlLQKKRyJIpOI6Htahxw71DEgMwmOGBSsFn+Mi//oYrpYa4TJvO07TeSbmznVGXgR5cFiEtgXnKr+rT6M+9cBJhGz14+BJoz76l75jQ90Ze3Czr5NTvC41WT6b3wdUcTxPSk9TFtPJR+ObRBn555oFVCzRf+ydkY866T5Mjbfrqftq2kvaAxe+w+v77mwxbK/vfodNk7qSBFv3Wp/Wv4mm+1A3cUuqLuM9OQF3Jkj8wVPFg5v4oJd84R//ysCzrjZ0b+eqwiMxK9EzhXo8tuxTyYx/j8ZPC07kOSoL1ZYzwXCMls73NYwKHpzMAq8Cc9xr4jX5CUDl0SMThJDSNPZ0OwbR579NJyjFKCLa2q88n4kLFyFJXhbEcEZdhmCumFsBnPZPruLVJ7kyDJCrKCHEIHJPaDYvLLUVTkfvFTNx8t1gZABBmwhJp9LE+K1BLpSFnn5/aGryFQyknLhcCAIrjIHWKjV8zPZVtwPjznwgJH/TVrxtTm8/fMZflLkxFjMrk6LMvs+kOosOlXGGk7f8aZHIn+2ExSXTmEXc01/bBZPlPLZg1bdGQxutgYXS6I1qZSTLZtpgcR8bIXkbNBzOQb3VghKM06yjHWZxx8fbv1TiYlGzkQ8jrNEyUWKjpj+aA0KE5BIboXbx4s+k7Ixn1yFqb8sy9GFUWZLLr3M7rNeeLOz2zQcxKQA91i6fdmbaQEeSMebItPYrn/x1UKYVKJZqcT2CGaL3/TpikE2ZrhSQzKW2TjYVLbhPqXGjGt+S1yHXH1Kh+e3NviyBQWIqdNOwxZF0mK3XfKx25D5yKUl9JRHcbevgDlGLH0DmTxYVSe5zNyuMyPfg2HoSWak0QWgYmKSbeyb//zyAd/pwTXCdKqv6G2oUG/0PuQ3ynTjwV6PMOu79GWmGHC3sy6ETDyShCDMXHpGNvCp44ZjEzMrhTMmLDqLvsOV2G4muZAiNY6WPI9AQXtgUzEbFigL+XNQIN5Kye04L8KZYuNVwfeZqWBoubgrVh21CRGoVswW/nIX9jRrvWC6We5bw06etGk9Gy2U8G/enEwELQI+0weJxxOPw4zimC6hJXJ6O979qdS0ZKtr0XXB2yNN9khJUZDT8HUiQ/C+aIzeXziXKFw/RGJq7UxkfkuZxXoQhUsCgyV1FwV9S24qWlF14GzaWDUMqwZ6bf9SmfSxHDdJXsl4pzfTt7RRbZzAuOeFY/0dHaF0EEggzYgxypHLWPtIEF01PjVF5kRA5Dw1shF4ZhSq9Wvk07LRTJkRn8LLkJgRLdU1/FdCrngpXfaFheCg5LBEFhF1an/lcQujlhxOhpa7csbT5klX5FP2StVHjJ56lcueJIi8IFtLkqK1j/hW0airkeXXYhN7avcGunk55RtLN1Fa6DGdfR9c3SmVVa+Nnf4QrGcXamSOdUqnEBU6GUvjrZ1Bq5QlFQrJfVGvrWQQiPkaz/o6lPbZ8+x7g9J3TdzjxsbeJYW+9LpvsJMk5VuAdPt5OsCE7x5DQCczux34OEzWzoFtx8yiaBwW60Tr3ia6awBZ2FEt5ooZfG4HAlsqzImyYgVh3+S30NSmycG+aj/QyTA6KA06499ake2qqvxUhef/M3TBhLygsyLVe2OqwHlX+DI9o2Ov8HDID4j94chiOtZugHy1z8nYRHHB4WRvR0+HlCxzMd44grRH60osLgrPBqEcmzGIbky+QO50sPr7kURKode++OvffqY9ZYuDmrypH3ibDqUjvXvmU9jnmRUMp1bUHmg4g7A+i3M0ymsnhGFoN+rKQ9L9kHUHQZAVuhzS5uFX4F1hZmZ23c8DTcUPd7imUOBKWRktSwU1IOQMw3Bj6EPB+WtI1oGHVPmK+UTHTtCoObEEsawW7Fl/wFc68L182UsqlF+bGN45J5EDG0o80FpJtTs8IX54NyEXHIRBESmTaL/hd+UTo/OJzgGf0XFycxHNQdtZLobNZMBkWr3zT0zySg3MSR7hpkSt2G8gKjmoXgJAeYA9E3PRodYCn+6pEAUPIEh4Et0VcFu1/p+3RIM9P2MCs8gUjyPNI6/BiC0wgL15TwaO4R1QgW7/ob2jPXf+EDe7z4SH4DKufoMyQfWKbJjE6v6NbyAzpt0xshHtxxRtuSkhbJ6XG8NhiKonrc0EnHRImsGp4WOpv0W3FOFpyRK8A5EhWd6HEyKK7QvBzPddSWXLOzvPc5BBFYhgr6sbRV29zXJ41Ys6mrjSrUUKxJwyezNfAYzI+EnsqH3IIhvFxPNN8rA4fzZ+YnuF39awZXoASM4waeRgzfQ1kCgC/7DhsK8bsL2QgY75Z3VdhuFgi5WeLMLdyqgGoj0bIvxMXhOyRFb1wGmKIcUXYHHkNvrz6MAhyvfppuHZZ+LbRJweQ9nKH+KecdGAzE5cW7Kp9Odb2di8GCuzuUdJXTK8i/eZ7OfVjTYzSIclHVQIInuG98kGNgZJrJNG0eq129JPvlR7hCHniKz28Fi+VRcI7TWfidbbQ4/17OUZlbS/8oRqCarBR+oS7i8L/spoaPFYDQOubWeBqkFzNjuLDX10BASCGlhOnHOSRHVXxQAie9CUfeknpewVpTDqjNzataF60ekN2LVXSWgqPyH3Vu/F2nsTJ05vkewdULjeXkUs3mWog38ajo/y3rVBKPm0TztDTCvRO9PBMkNu84ud2/7X2da5/3vuoDoPhkcVq1qoWKA6e6EhIKLBwlMlTiMHtjD26Joy3h0HghY6HnJeEozH9f8fFeBzMCNKv3q/d4fgeoKJtAB0ej1u6fdAc/khQBPfwOvUj6AHmIr6h9CA9yZQlBOy9GSb4cEXT4K/Qn2FebhAxeOD0Y7CzLjJhHTwCRb+GiUihyRn8o+DTgB9oMpcTOrwYJthCj3/wfwo+DRMJGtN98LDpwTBB0oQFgz/4zzCPhH8z+Hs6fpj3ktwvg4dd8mrAaNBu88uIgjf9PIMH",
"session-transcript-D1GLLuQz-6ja5mhHQ.cjs": "Gz0RAIzUTvlAVW061rTe+HlNZq8wxuCViud5pXUlgWzYFcwJJr1BFHp82td+5SVsdIRy1z39pjL7oerPbggcAM2bALENS3TAQkbH6NMyj+HsVwoCBgqL99a67lv3OYb7RzhbDP588ujdjf+fv51/FrOzgFTUmgi+06aeByj1ERC8UHosiFlfAoD9qjw/kWlfECIXIq/1e+S9WbaTItkr1zbEPCdGE22xG83/8+TJ1edv3gwfd8KdhSRPU7sVU0LGpt6m0jhEweNWDdrM8FyQHIDXsV3eUMZ60423jXh1ks4lXxDmhBb7dt7Aww8vOQ3Ae862CZqhsLohUL2BZ6k/EnfQPCSpjSgjHhO4GmkafKwpxISWrVwa/SerhTOcvWuuompFkub1l9rcf0lh4kW9jWCfsBue3wW6IUIZ1LFnsLPe77/ZP2VYIV25/sxU6fpHYoxqwf5C2h8TdixirYnQqhCL2LzrgbORywLupoeb/3gkWkFdgYUXXeRYgnKDSCPUFhfLRd0QxYowHgeBFRUGOz6dmMxYaIYyE0ci5aSdCFHeCZBJUYkyqucwju1RslUjG9RrxDe3iYhESLz6KplUJJREQEhnaHjuQaig35OQ+84bwoKUVam2RNa2LURl3DSiipv+Q+tbBMdbOXwKDgdIlei4vS/X9PvSS/2FEgd/2qqCKwRjuJoJV1m9KDSh9u2gSXpz515J37llYpBIVrQXV6LvWoxsdQYEchbFsq6thZhYnf7VSuu2NHHcPpNJLeGFKZFA1927qDdhZpke6b6jcWyysovEU8b/dhQtPGn0qMAHGKKoB5vGg0Fheu8kk7WE7DqhLGVr0LoFY0HRscfl5wyD1bImI/iE34Jm6TkA9czaqBGJsBqlKoojt6fZRAmxuUEN8WV9D4ErZiyEWquENIbdGtEFqWCKSJBrNxvemqgioydlRAZyUUPX7W/K/vW/Ms0ndYCfmAYmzqUB5KP3AaKIsRac6xZl5VrjMjXqWtjniUA+N4JauCcXimmCRcIqpDiy/oVmkq+JYrbhcsfRJwQL3xdwMkQnVK21Jd55qAcIQyoCnE2ltBeuTcK6MaAMcylUhOuazdEnsETlMTNmdp1dcNi769p6CIZLdiKQzuaKqip9hjpQ75fPbOiP3NfAcHq3Z1UBImVIMNRqSwRX9nzKVhKZAcCBevD7oo8pCNadXyv8xHuB/d5y4vx1ikpoTeocajMzrhUWK7VwVSHGEm8WTlgJevGUSpq4Sl+leDP+hl/3L25gsHiN8VGjjdS6GnQ1V5XQTDFki9Rc2EM3HP/4P37DxTmNLrpknb6DFFsIl17omyen7u/awwGCITgopzFISykwzXZO0RS9sp2RcGrJ+ZSgPGgqndp+atBIEQEwFayrH3JPkIuV1FSoV0FVhjCMxkgfUJLMgzwpNP+EwQkKRqXP/8hm4arfp0wiNit+wR2j7KtXMMolhNTyO63Iy7vAWNaHigvjQYRh0JPmnrNy1f38H4/V59C2Aa4gbN2jQficU9skBa38aXuztI4DHcutAWykewA2tzU1/RCctixmsc6qOdLrOk/jEcBH1G3Jln4Bb2pGUp/z0jKgs/ufeAkkXAz4f0vpN7+SeYks0oakasXfU09sz+W7bwZzdQ3SX/o28H1cIgQPuiRxKSLTpHFGqieBzQSL0EoPFyfoL+IxO+m1kIHbyCmOWTDMw+MTwn6fz1s/I06p7sfUTVKr4oTfVwjh+NX4JD1L0lzceNCxOMT5HSTKZANpmZl25B+rBDDx18sMtw4JUA2hcetnoYkLRVlyYf/dH6dv5CDOXfjWRGr0HvFUditgofAcGWhQsAfTcQjCKuP1uklUP7wEI/YCSOpxJlwY1WDALJWduV85PFM666buc2riUBXL8JPRJ2YcOiw=",
"sessions-op-B-txZHeN-BkBab0Gi.cjs": "GxYEAMT/n+6dYZlu67FHRZOaTarE5DtUOfjVfkOtZ1q7t7eHqExXTzSPiaSJv4C3I3Jw4lg2HCgNRWJSgogU67c8mZxtqKNUYhdSTnr9vztcbBrUGXgCTcFNvbqhq+sHylo17URciBkZWiASMxXlEfE4l2jgggmRN0qLeP4/GI6Co0D/vl4Ul9RvFReui/u6wPskwo2hfDldqpNT0RWsilQfyaR4fxjVwVD/0kJnrvC6hsnXYDHTvz6SSaUcGM4sQgwfwa5lomTt6B0AfZFzrw1nrBh8h8j0LxWDb/+wMhGNlHyDJ80EU7u752gHlrAPg7i8GgJwySKEsZzlvlwljJbqEWFVi12p8VVxRA1bqBWmsD7IkKngA+okAMkcT3wCfpNK4XDGxN5jLYLNbMXh3GLvsZYS7eCQozV8d/xZCNhj1qEz59HdBR0gjq71Cn3lmA6lTRxBn0wmwRZswFpV6KQPL5LmUkfgh+nULGdlJWuQVpFwQc5kmtif8AnQjLI3EfqRz3vgWHXw7po+Q2p2yVfvuUP9ZLS4qBzs7sHPGKaVv0eaOKOo9ozIRGN3V1ofZ2nHgVMfIGbAwkbcpqdAkesYL88DNPkaYDcz0hEH",
"slice-range-Dhtc816Y-B9tF9oRA.cjs": "G6wCYMR/tmY+Snpn+udWiglsDjOduKbp4wNodFLGGv98jSPdcIPukr9Z2SUyCUVIEupwY8jQiShsrEY94tvrjUw0E4vmf9zb3JaldKGfHHdXRkFggtCkD5Ra4l4x43pvRjMh+QwsqBXAvO0Vdxv6sn0IzCVHnA4rfTJuCif1VkaVBZA6mgKCPKMVRk6Fx9O8gjg7Qz1XDlHlzE9YcFtxGA8pXglvmG20OYanTSY35UOWEL0NGQ9E9MinmENOz0ROqyRFB/bxZdpS5TdI1Dkg9BzHgQ/sVKrRcSs9GUGy+ctLsfYDNaTQhETYqKgADN9n56qbGlDhPwnJVwRahUijAkSYQi0CLGhGEytX2RA5Cp4yUBEBBAYwTbsp+u+WDYhMIbmRYdlDKaK2AP8EddidPjeGoslGxB8n7m3kLQ7id6m8WYvbzWxwAV5Qh51Vhp3/BA==",
"stats-op-CFdQMF7y-CsAyWJmr.cjs": "G8EHAIyTpR6lhGbpWs7eyee15xBZTpQO5/6zrRmhSMUaRCGlqx/t1/IpkBolXumk9OfNztkK4p5sdhGR0kiBdjaEy9rKVy/KPpM7cMSRBU1CqexZ/f90vXP3/Dz8mIECItfX13k4t0pfkZfzlvLDbuVAt+8/sNb1qyslxJo1M4Ao3gTv+4RrDPp5MjqJescH0VIl+NwM8qvb+sfL7dEUddfHliLtGx4UsJOYN8up04unYL7W6PTHZ0HAvs6+JNn1+HilqPNWl4Bq8r5M1sd8ZputshfqOET6Z4kASc09HWW1MOHmRUaRPdkozsSNBj8bN/DA8el+qN8LfS5cNNQNTLD9ognfD9eZptczWmb6jQC3faMr30YUbI+vN40Dpv6wBtOEgOiFE9cintVUgUZwmAXDTED0mHNEtGBMn5ZC/n12Bj/nIGfAIarO8VpZQxmf/USVb7Fa93SaU1ZDGF/jYu3SYyq3ri6noZFvcsnw9WajwyO8ROU+45NBinubWEq9VB0jy8J24uygpCS2ShZc4SYw4PHAPvYwVmQMMDcLSMGExJEgc1DD17aB0T/W4tPOK22mmi21HB0NlkKtVaCI/+l2tuMDU8RdDynn7DXl/z7C4C+dugRUI6OIGpFh8hF+rkssiVMgQlldkwnlGVTfoKfHfmkwMFLLH3UxUKMjTfQ3zTeXVMidGISy9TLPtOiSfortQ3KDzPtF7qqk17gJOuUpS86Di9gGAwJHcTJDF/3W1JFFCVjIJ8UiDszFgBRn76Nj/QTC2B7CHYXFCQnGjA4LZFjQeiDB4Q1pGt6WxgNTsVXQhj4uMTGLi5Ql3dXNTJPI2eHfdGVCmI0ykfJVfSXo8cbLEWiS/3MxJ/AogJ4FpdTaKwuLBYSrONzsilKw8qZ3W0+cB+mHZ/df0bLUcvFzvFHUX118TEp3uGEBCv7qLQU=",
"summarize-op-CaPEX_N_-CV_sCpvf.cjs": "G+cFABwHdsPXYPBma0kRAueu2aynqTYmLHkxeFHnTLkMRLQT+l5clgKIFWPts4Yadk/mRT1pEkM0ETLTyUSGEL8SCw9xswt6LJ6qzZk8BYbEJfekxL9Bvq/G6t5fyWGvlDrLn/HyzfI2TKP0f+jJ7MtkkT9ENzHllsCbusWlCd+Xb1tnzw8Tb7ThOkij9JievgfrJztFdGqeVazaBhxDZAm8aZj2+xlN1C3mxWbAvhvhD/HMp0WfntiPZ5/yXmKeGPJ2G47OO0GdsQrNQoMNCbnagliBPWj2DnJ7IgOuaODlrlgoH7IsNwr/banRZqSScY/foIeq6Q4m3bYOTQvmhF+sgH73notSGAzxu2vqhQw8P90S0Oo3ychcq0SH+Mpa5EtT8P17iR5HgGSbcyOUD32SfN1o7dDPY9VEe4beynQtzSBJ/dHX47CdMdMWanzPPwn2FPkV3rfh4OCmn8a7qC7nGdcGQInpOl8egdAjAG1eZmWOPPyLWyg3Nn42xe/sRj91D42YwoiXeVuer/M/qsZl/0C8nAOJkxJCE956kXwl054HVKU6Vzy1vFbxVz2mdjlV938VmqRJHNWPLcFptl2xCP0JbmzorPNKvV7a2+tM+rL3AOaw/pgnOF0CP18SpQjjub7XLhrvH5xW8nGLVGWgMB39nwZVlpOhUO5CF0c6NBzTLLjiQTUc7Zzne+aI/pZPUxwGb2CjcYS3/GtKZ2HDz7Bkae1C+N9tWKNq3VCcQ9koKmoYJLhX7IdXMEXS3Vi9iuAhykL+6pkALFGZjeTQeEd8VH8zHlSzISexc3UpVhuowENhU5Exg5/9LLvyiGApVDo2feUdU6S+XUY9VLD3VV4A"
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
const require_registry_ukVFbOdJ = __rlmRequire("registry-ukVFbOdJ-DkkG_rDh.cjs");
const require_model_settings_Jlrvj_95 = __rlmRequire("model-settings-Jlrvj-95-BB1rqFDx.cjs");
let node_fs = require("node:fs");
let node_path = require("node:path");
let node_child_process = __rlmBuiltin(() => require("node:child_process"));
let node_os = __rlmBuiltin(() => require("node:os"));
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
			provider ??= Promise.resolve().then(() => __rlmRequire("select-provider-5MUhwm1T-FlpBbGDl.cjs")).then((n) => n.select_provider_5MUhwm1T_exports).then((n) => n.n).then((m) => m.selectProvider(o.env));
			return provider;
		},
		memory: () => {
			if (opened !== void 0 && opened.stamp !== fileStamp(o.memoryDb)) close();
			memory ??= Promise.resolve().then(() => __rlmRequire("memory-store-BmI1jl-9-B-OFbV1_.cjs")).then((n) => n.memory_store_BmI1jl_9_exports).then((n) => n.t).then(async (m) => {
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
		ops: require_registry_ukVFbOdJ.OPS,
		async run(name, rawArgs, runOptions = {}) {
			const spec = require_registry_ukVFbOdJ.findOp(name);
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
			const { runOnSession } = await Promise.resolve().then(() => __rlmRequire("run-on-session-CuZXxMxm-D5rlfUfo.cjs"));
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
		for (const op of require_registry_ukVFbOdJ.OPS.filter((o) => o.group === group)) {
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
	return `${require_registry_ukVFbOdJ.OPS.map((op) => `${op.name.padEnd(18)} ${op.group.padEnd(8)} ${op.summary}`).join("\n")}\n\n${require_registry_ukVFbOdJ.OPS.length} operations; \`rlm-repl ops --json\` gives their argument schemas.\n`;
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
			io.stdout(opHelp(require_registry_ukVFbOdJ.findOp(args.op)));
			return 0;
		} catch (err) {
			return fail(io, args.pretty, errorDocument(err));
		}
	}
	if (command === "ops") {
		if (args.json) print({
			ops: require_registry_ukVFbOdJ.OPS.map(require_describe_ops_CnkqQSVi.describeOp),
			count: require_registry_ukVFbOdJ.OPS.length
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
