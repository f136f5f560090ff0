//#region \0rolldown/runtime.js
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __esmMin = (fn, res) => () => (fn && (res = fn(fn = 0)), res);
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
let node_worker_threads = require("node:worker_threads");
let node_os = require("node:os");
let node_path = require("node:path");
let node_fs = require("node:fs");
let node_string_decoder = require("node:string_decoder");
let node_buffer = require("node:buffer");
let node_crypto = require("node:crypto");
let node_util = require("node:util");
let node_module = require("node:module");
let node_child_process = require("node:child_process");
//#region src/io.ts
function processIO(worker) {
	let closed = false;
	process.stdout.on("error", (err) => {
		if (err.code !== "EPIPE") throw err;
		closed = true;
	});
	return {
		stdout: (t) => {
			if (!closed) process.stdout.write(t);
		},
		stderr: (t) => process.stderr.write(t),
		stderrIsTTY: process.stderr.isTTY === true,
		columns: process.stderr.columns || 80,
		env: process.env,
		onSigint: (handler) => {
			process.on("SIGINT", handler);
			return () => process.off("SIGINT", handler);
		},
		worker
	};
}
//#endregion
//#region ../../packages/session-schema/dist/core-f9jiwAl0.mjs
/** True when `err` is an RlmError (optionally with the given code), from any copy of this package. */
function isRlmError(err, code) {
	if (typeof err !== "object" || err === null) return false;
	const c = err.code;
	if (typeof c !== "string" || !c.startsWith("ERR_RLM_")) return false;
	return code === void 0 || c === code;
}
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
/** ISO-8601 strings (pydantic's datetime default) → epoch seconds; numbers pass through. */
function toEpoch$1(v) {
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
	const md = isObject$1$1(doc.metadata) ? { ...doc.metadata } : {};
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
	]) if (md[k] !== void 0) md[k] = toEpoch$1(md[k]);
	if (md.updated_at === void 0 && md.created_at !== void 0) md.updated_at = md.created_at;
	out.metadata = md;
	if (isObject$1$1(doc.context)) {
		const ctx = { ...doc.context };
		if (isObject$1$1(ctx.files)) {
			const files = {};
			for (const [path, entry] of Object.entries(ctx.files)) files[path] = isObject$1$1(entry) ? {
				...entry,
				first_access: toEpoch$1(entry.first_access),
				last_access: toEpoch$1(entry.last_access)
			} : entry;
			ctx.files = files;
		}
		if (Array.isArray(ctx.tool_outputs)) ctx.tool_outputs = ctx.tool_outputs.slice(-100).map((t) => isObject$1$1(t) ? {
			...t,
			timestamp: toEpoch$1(t.timestamp),
			content_preview: typeof t.content_preview === "string" ? t.content_preview.slice(0, TOOL_OUTPUT_PREVIEW_CHARS) : t.content_preview
		} : t);
		out.context = ctx;
	}
	return out;
}
/** Bring a raw session.json document to the current schema_version (in memory only). */
function upgradeSessionDocument(value, file) {
	if (!isObject$1$1(value)) throw new ValidationError("session.json", [{
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
function fail$1(iss, p, k, message) {
	const parts = k === null ? p : [...p, k];
	iss.push({
		path: parts.map(String).join("."),
		message
	});
}
function isObject$2(v) {
	return typeof v === "object" && v !== null && !Array.isArray(v);
}
/** zod's `isPlainObject` (what a record accepts), to the letter. */
function isPlainObject$2(o) {
	if (!isObject$2(o)) return false;
	const ctor = o.constructor;
	if (ctor === void 0) return true;
	if (typeof ctor !== "function") return true;
	const prot = ctor.prototype;
	if (!isObject$2(prot)) return false;
	return Object.hasOwn(prot, "isPrototypeOf");
}
/** True when `o` has an own enumerable symbol key (a record refuses those). */
function hasSymbolKey(o) {
	for (const s of Object.getOwnPropertySymbols(o)) if (Object.prototype.propertyIsEnumerable.call(o, s)) return true;
	return false;
}
/** Code points in `s` (a surrogate pair counts once, a lone surrogate as itself): zod's string length. */
function codePointLength$1(s) {
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
function n0(v, p, k, iss) {
	if (!isObject$2(v)) {
		fail$1(iss, p, k, expected("an object", v));
		return v;
	}
	if (k !== null) p.push(k);
	const out = {};
	let x;
	if (!("cell_id" in v)) fail$1(iss, p, "cell_id", "required");
	else out["cell_id"] = n1(v["cell_id"], p, "cell_id", iss);
	if (!("created_at" in v)) fail$1(iss, p, "created_at", "required");
	else out["created_at"] = n2(v["created_at"], p, "created_at", iss);
	out["completed_at"] = n3(v["completed_at"], p, "completed_at", iss);
	if (!("type" in v)) fail$1(iss, p, "type", "required");
	else out["type"] = n5(v["type"], p, "type", iss);
	if (!("status" in v)) fail$1(iss, p, "status", "required");
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
		fail$1(iss, p, k, expected("a string", v));
		return v;
	}
	if (!R1.test(v)) fail$1(iss, p, k, "must match ^cell_[0-9a-f]{8}$");
	return v;
}
function n2(v, p, k, iss) {
	if (typeof v !== "number" || !Number.isFinite(v)) {
		fail$1(iss, p, k, expected("a finite number", v));
		return v;
	}
	if (v < 0) fail$1(iss, p, k, "must be >= 0");
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
		fail$1(iss, p, k, expected("a string", v));
		return v;
	}
	if (!E2.has(v)) {
		fail$1(iss, p, k, "expected one of \"repl\", \"tool\", \"llm_call\", \"map_reduce\", \"verification\"");
		return v;
	}
	return v;
}
function n6(v, p, k, iss) {
	if (typeof v !== "string") {
		fail$1(iss, p, k, expected("a string", v));
		return v;
	}
	if (!E3.has(v)) {
		fail$1(iss, p, k, "expected one of \"pending\", \"done\", \"error\", \"stale\"");
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
		fail$1(iss, p, k, expected("a string", v));
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
	if (!isObject$2(v)) {
		fail$1(iss, p, k, expected("an object", v));
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
	if (!isObject$2(v)) {
		fail$1(iss, p, k, expected("an object", v));
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
	if (!isPlainObject$2(v)) {
		fail$1(iss, p, k, expected("an object", v));
		return v;
	}
	if (k !== null) p.push(k);
	const out = {};
	for (const key of Object.keys(v)) {
		if (key === "__proto__") continue;
		out[key] = n8(v[key], p, key, iss);
	}
	if (hasSymbolKey(v)) fail$1(iss, p, null, "symbol keys are not allowed");
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
	if (!isObject$2(v)) {
		fail$1(iss, p, k, expected("an object", v));
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
		fail$1(iss, p, k, expected("an array", v));
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
	if (!isObject$2(v)) {
		fail$1(iss, p, k, expected("an object", v));
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
	if (!isObject$2(v)) {
		fail$1(iss, p, k, expected("an object", v));
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
		fail$1(iss, p, k, expected("a finite number", v));
		return v;
	}
	if (!Number.isInteger(v)) {
		fail$1(iss, p, k, "expected an integer, got " + v);
		return v;
	}
	if (v < 0) fail$1(iss, p, k, "must be >= 0");
	if (v > 9007199254740991) fail$1(iss, p, k, "must be <= 9007199254740991");
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
		fail$1(iss, p, k, expected("a finite number", v));
		return v;
	}
	return v;
}
function n33(v, p, k, iss) {
	if (v === void 0) return false;
	return n34(v, p, k, iss);
}
function n34(v, p, k, iss) {
	if (typeof v !== "boolean") fail$1(iss, p, k, expected("a boolean", v));
	return v;
}
function n35(v, p, k, iss) {
	if (!isPlainObject$2(v)) {
		fail$1(iss, p, k, expected("an object", v));
		return v;
	}
	if (k !== null) p.push(k);
	const out = {};
	for (const key of Object.keys(v)) {
		if (key === "__proto__") continue;
		out[key] = n13(v[key], p, key, iss);
	}
	if (hasSymbolKey(v)) fail$1(iss, p, null, "symbol keys are not allowed");
	if (k !== null) p.pop();
	return out;
}
function n36(v, p, k, iss) {
	if (!isObject$2(v)) {
		fail$1(iss, p, k, expected("an object", v));
		return v;
	}
	if (k !== null) p.push(k);
	const out = {};
	let x;
	if (!("version" in v)) fail$1(iss, p, "version", "required");
	else out["version"] = n37(v["version"], p, "version", iss);
	if (!("session_id" in v)) fail$1(iss, p, "session_id", "required");
	else out["session_id"] = n9(v["session_id"], p, "session_id", iss);
	if (!("cells" in v)) fail$1(iss, p, "cells", "required");
	else out["cells"] = n38(v["cells"], p, "cells", iss);
	if (!("roots" in v)) fail$1(iss, p, "roots", "required");
	else out["roots"] = n23(v["roots"], p, "roots", iss);
	if (!("leaves" in v)) fail$1(iss, p, "leaves", "required");
	else out["leaves"] = n23(v["leaves"], p, "leaves", iss);
	if (!("execution_order" in v)) fail$1(iss, p, "execution_order", "required");
	else out["execution_order"] = n23(v["execution_order"], p, "execution_order", iss);
	if (!("cycles_detected" in v)) fail$1(iss, p, "cycles_detected", "required");
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
		fail$1(iss, p, k, "expected 1");
		return v;
	}
	return v;
}
function n38(v, p, k, iss) {
	if (!isPlainObject$2(v)) {
		fail$1(iss, p, k, expected("an object", v));
		return v;
	}
	if (k !== null) p.push(k);
	const out = {};
	for (const key of Object.keys(v)) {
		if (key === "__proto__") continue;
		if (!R1.test(key)) {
			fail$1(iss, p, key, "invalid key: must match ^cell_[0-9a-f]{8}$");
			continue;
		}
		out[key] = n39(v[key], p, key, iss);
	}
	if (hasSymbolKey(v)) fail$1(iss, p, null, "symbol keys are not allowed");
	if (k !== null) p.pop();
	return out;
}
function n39(v, p, k, iss) {
	if (!isObject$2(v)) {
		fail$1(iss, p, k, expected("an object", v));
		return v;
	}
	if (k !== null) p.push(k);
	const out = {};
	if (!("type" in v)) fail$1(iss, p, "type", "required");
	else out["type"] = n5(v["type"], p, "type", iss);
	if (!("status" in v)) fail$1(iss, p, "status", "required");
	else out["status"] = n6(v["status"], p, "status", iss);
	if (!("dependencies" in v)) fail$1(iss, p, "dependencies", "required");
	else out["dependencies"] = n23(v["dependencies"], p, "dependencies", iss);
	if (!("dependents" in v)) fail$1(iss, p, "dependents", "required");
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
		fail$1(iss, p, k, expected("an array", v));
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
	fail$1(iss, p, k, `matches none of the 2 allowed shapes (${[i0[0]?.message, i1[0]?.message].join("; ")})`);
	return v;
}
function n42(v, p, k, iss) {
	if (!isObject$2(v)) {
		fail$1(iss, p, k, expected("an object", v));
		return v;
	}
	if (k !== null) p.push(k);
	const out = {};
	let x;
	if (!("timestamp" in v)) fail$1(iss, p, "timestamp", "required");
	else out["timestamp"] = n43(v["timestamp"], p, "timestamp", iss);
	if (!("tool" in v)) fail$1(iss, p, "tool", "required");
	else out["tool"] = n43(v["tool"], p, "tool", iss);
	x = v["cell_id"];
	if (x !== void 0) out["cell_id"] = n8(x, p, "cell_id", iss);
	else if ("cell_id" in v) out["cell_id"] = void 0;
	if (!("file" in v)) fail$1(iss, p, "file", "required");
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
		fail$1(iss, p, k, expected("a string", v));
		return v;
	}
	if (v.length < 2 && codePointLength$1(v) < 1) fail$1(iss, p, k, "must not be empty");
	return v;
}
function n44(v, p, k, iss) {
	if (!isObject$2(v)) {
		fail$1(iss, p, k, expected("an object", v));
		return v;
	}
	if (k !== null) p.push(k);
	const out = {};
	let x;
	if (!("timestamp" in v)) fail$1(iss, p, "timestamp", "required");
	else out["timestamp"] = n43(v["timestamp"], p, "timestamp", iss);
	if (!("tool" in v)) fail$1(iss, p, "tool", "required");
	else out["tool"] = n43(v["tool"], p, "tool", iss);
	x = v["cell_id"];
	if (x !== void 0) out["cell_id"] = n8(x, p, "cell_id", iss);
	else if ("cell_id" in v) out["cell_id"] = void 0;
	if (!("pattern" in v)) fail$1(iss, p, "pattern", "required");
	else out["pattern"] = n9(v["pattern"], p, "pattern", iss);
	for (const key in v) {
		if (K12.has(key) || key === "__proto__") continue;
		out[key] = v[key];
	}
	if (k !== null) p.pop();
	return out;
}
function n45(v, p, k, iss) {
	if (!isObject$2(v)) {
		fail$1(iss, p, k, expected("an object", v));
		return v;
	}
	if (k !== null) p.push(k);
	const out = {};
	let x;
	if (!("session_id" in v)) fail$1(iss, p, "session_id", "required");
	else out["session_id"] = n43(v["session_id"], p, "session_id", iss);
	if (!("hook_event_name" in v)) fail$1(iss, p, "hook_event_name", "required");
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
	if (!isObject$2(v)) {
		fail$1(iss, p, k, expected("an object", v));
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
		fail$1(iss, p, k, expected("a string", v));
		return v;
	}
	if (!E15.has(v)) {
		fail$1(iss, p, k, "expected one of \"block\", \"approve\"");
		return v;
	}
	return v;
}
function n48(v, p, k, iss) {
	if (!isObject$2(v)) {
		fail$1(iss, p, k, expected("an object", v));
		return v;
	}
	if (k !== null) p.push(k);
	const out = {};
	let x;
	if (!("hookEventName" in v)) fail$1(iss, p, "hookEventName", "required");
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
		fail$1(iss, p, k, expected("a string", v));
		return v;
	}
	if (v.length > 1e4 && codePointLength$1(v) > 1e4) fail$1(iss, p, k, "must be at most 10000 characters");
	return v;
}
function n50(v, p, k, iss) {
	if (typeof v !== "string") {
		fail$1(iss, p, k, expected("a string", v));
		return v;
	}
	if (!E17.has(v)) {
		fail$1(iss, p, k, "expected one of \"allow\", \"deny\", \"ask\", \"defer\"");
		return v;
	}
	return v;
}
function n51(v, p, k, iss) {
	if (!isObject$2(v)) {
		fail$1(iss, p, k, expected("an object", v));
		return v;
	}
	if (k !== null) p.push(k);
	const out = {};
	let x;
	if (!("timestamp" in v)) fail$1(iss, p, "timestamp", "required");
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
	if (!isObject$2(v)) {
		fail$1(iss, p, k, expected("an object", v));
		return v;
	}
	if (k !== null) p.push(k);
	const out = {};
	if (!("schema_version" in v)) fail$1(iss, p, "schema_version", "required");
	else out["schema_version"] = n37(v["schema_version"], p, "schema_version", iss);
	if (!("metadata" in v)) fail$1(iss, p, "metadata", "required");
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
	if (!isObject$2(v)) {
		fail$1(iss, p, k, expected("an object", v));
		return v;
	}
	if (k !== null) p.push(k);
	const out = {};
	if (!("session_id" in v)) fail$1(iss, p, "session_id", "required");
	else out["session_id"] = n54(v["session_id"], p, "session_id", iss);
	if (!("created_at" in v)) fail$1(iss, p, "created_at", "required");
	else out["created_at"] = n2(v["created_at"], p, "created_at", iss);
	if (!("updated_at" in v)) fail$1(iss, p, "updated_at", "required");
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
		fail$1(iss, p, k, expected("a string", v));
		return v;
	}
	if (v.length < 2 && codePointLength$1(v) < 1) fail$1(iss, p, k, "must not be empty");
	if (v.length > 128 && codePointLength$1(v) > 128) fail$1(iss, p, k, "must be at most 128 characters");
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
	if (!isObject$2(v)) {
		fail$1(iss, p, k, expected("an object", v));
		return v;
	}
	if (k !== null) p.push(k);
	const out = {};
	if (!("forked_at" in v)) fail$1(iss, p, "forked_at", "required");
	else out["forked_at"] = n2(v["forked_at"], p, "forked_at", iss);
	if (!("parent_updated_at" in v)) fail$1(iss, p, "parent_updated_at", "required");
	else out["parent_updated_at"] = n2(v["parent_updated_at"], p, "parent_updated_at", iss);
	if (!("parent_cell_count" in v)) fail$1(iss, p, "parent_cell_count", "required");
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
		fail$1(iss, p, k, expected("a string", v));
		return v;
	}
	if (!E22.has(v)) {
		fail$1(iss, p, k, "expected one of \"default\", \"migrated\", \"fork\", \"checkpoint\"");
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
		fail$1(iss, p, k, expected("an array", v));
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
	if (!isObject$2(v)) {
		fail$1(iss, p, k, expected("an object", v));
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
		fail$1(iss, p, k, expected("a string", v));
		return v;
	}
	if (!E24.has(v)) {
		fail$1(iss, p, k, "expected one of \"complexity\", \"manual\", \"always\", \"never\"");
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
		fail$1(iss, p, k, expected("a finite number", v));
		return v;
	}
	if (!Number.isInteger(v)) {
		fail$1(iss, p, k, "expected an integer, got " + v);
		return v;
	}
	if (v < 1) fail$1(iss, p, k, "must be >= 1");
	if (v > 3) fail$1(iss, p, k, "must be <= 3");
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
	if (!isObject$2(v)) {
		fail$1(iss, p, k, expected("an object", v));
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
	if (!isPlainObject$2(v)) {
		fail$1(iss, p, k, expected("an object", v));
		return v;
	}
	if (k !== null) p.push(k);
	const out = {};
	for (const key of Object.keys(v)) {
		if (key === "__proto__") continue;
		out[key] = n75(v[key], p, key, iss);
	}
	if (hasSymbolKey(v)) fail$1(iss, p, null, "symbol keys are not allowed");
	if (k !== null) p.pop();
	return out;
}
function n75(v, p, k, iss) {
	if (!isObject$2(v)) {
		fail$1(iss, p, k, expected("an object", v));
		return v;
	}
	if (k !== null) p.push(k);
	const out = {};
	if (!("hash" in v)) fail$1(iss, p, "hash", "required");
	else out["hash"] = n76(v["hash"], p, "hash", iss);
	if (!("size_bytes" in v)) fail$1(iss, p, "size_bytes", "required");
	else out["size_bytes"] = n78(v["size_bytes"], p, "size_bytes", iss);
	if (!("first_access" in v)) fail$1(iss, p, "first_access", "required");
	else out["first_access"] = n2(v["first_access"], p, "first_access", iss);
	if (!("last_access" in v)) fail$1(iss, p, "last_access", "required");
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
		fail$1(iss, p, k, expected("a string", v));
		return v;
	}
	if (!R27.test(v)) fail$1(iss, p, k, "must match ^sha256:[0-9a-f]{64}$");
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
		fail$1(iss, p, k, expected("an array", v));
		return v;
	}
	if (k !== null) p.push(k);
	const n = v.length;
	const out = new Array(n);
	for (let i = 0; i < n; i++) out[i] = n81(v[i], p, i, iss);
	if (k !== null) p.pop();
	if (n > 100) fail$1(iss, p, k, "must have at most 100 items");
	return out;
}
function n81(v, p, k, iss) {
	if (!isObject$2(v)) {
		fail$1(iss, p, k, expected("an object", v));
		return v;
	}
	if (k !== null) p.push(k);
	const out = {};
	if (!("tool_name" in v)) fail$1(iss, p, "tool_name", "required");
	else out["tool_name"] = n9(v["tool_name"], p, "tool_name", iss);
	if (!("content_preview" in v)) fail$1(iss, p, "content_preview", "required");
	else out["content_preview"] = n82(v["content_preview"], p, "content_preview", iss);
	if (!("exit_code" in v)) fail$1(iss, p, "exit_code", "required");
	else out["exit_code"] = n83(v["exit_code"], p, "exit_code", iss);
	if (!("timestamp" in v)) fail$1(iss, p, "timestamp", "required");
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
		fail$1(iss, p, k, expected("a string", v));
		return v;
	}
	if (v.length > 1e3 && codePointLength$1(v) > 1e3) fail$1(iss, p, k, "must be at most 1000 characters");
	return v;
}
function n83(v, p, k, iss) {
	if (v === null) return null;
	return n84(v, p, k, iss);
}
function n84(v, p, k, iss) {
	if (typeof v !== "number" || !Number.isFinite(v)) {
		fail$1(iss, p, k, expected("a finite number", v));
		return v;
	}
	if (!Number.isInteger(v)) {
		fail$1(iss, p, k, "expected an integer, got " + v);
		return v;
	}
	if (v < -9007199254740991) fail$1(iss, p, k, "must be >= -9007199254740991");
	if (v > 9007199254740991) fail$1(iss, p, k, "must be <= 9007199254740991");
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
	if (!isObject$2(v)) {
		fail$1(iss, p, k, expected("an object", v));
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
	if (!isPlainObject$2(v)) {
		fail$1(iss, p, k, expected("an object", v));
		return v;
	}
	if (k !== null) p.push(k);
	const out = {};
	for (const key of Object.keys(v)) {
		if (key === "__proto__") continue;
		out[key] = n94(v[key], p, key, iss);
	}
	if (hasSymbolKey(v)) fail$1(iss, p, null, "symbol keys are not allowed");
	if (k !== null) p.pop();
	return out;
}
function n94(v, p, k, iss) {
	if (!isObject$2(v)) {
		fail$1(iss, p, k, expected("an object", v));
		return v;
	}
	if (k !== null) p.push(k);
	const out = {};
	if (!("calls" in v)) fail$1(iss, p, "calls", "required");
	else out["calls"] = n29(v["calls"], p, "calls", iss);
	if (!("tokens" in v)) fail$1(iss, p, "tokens", "required");
	else out["tokens"] = n29(v["tokens"], p, "tokens", iss);
	if (!("cost_usd" in v)) fail$1(iss, p, "cost_usd", "required");
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
	if (!isObject$2(v)) {
		fail$1(iss, p, k, expected("an object", v));
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
		fail$1(iss, p, k, expected("a string", v));
		return v;
	}
	if (v !== "cells/index.json") {
		fail$1(iss, p, k, "expected \"cells/index.json\"");
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
	if (!isObject$2(v)) {
		fail$1(iss, p, k, expected("an object", v));
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
function validate$1(check, document, value, file) {
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
	return validate$1(sessionStateCheck, "session.json", upgradeSessionDocument(value, file), file);
}
/** A cell file → the cell with defaults filled (the zod-free twin of `parseCell`). */
function validateCell(value, file) {
	assertNoProtoKeysInCell(value, file);
	return validate$1(DOCUMENT_CHECKS.cell, "cell", value, file);
}
function safeValidateCell(value, file) {
	return safe(() => validateCell(value, file), ValidationError);
}
/** A current-version session state as is (no upgrade, no `__proto__` check, no throw). */
function checkSessionState(value) {
	return runCheck(sessionStateCheck, value);
}
/** One `context.files` entry. */
function checkFileEntry(value) {
	return runCheck(fileEntryCheck, value);
}
/** One `context.tool_outputs` preview. */
function checkToolOutputPreview(value) {
	return runCheck(toolOutputPreviewCheck, value);
}
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
var TOOL_OUTPUT_PREVIEW_CHARS, CELL_TYPES, CELL_STATUSES, SESSION_TYPES, ACTIVATION_MODES, RlmError, SchemaVersionError, ValidationError, SESSION_MAPS, CELL_MAPS, isObject$1$1, HIGH_SURROGATE, K0, R1, E2, E3, K4, K5, K6, K7, K8, K9, K10, K11, K12, K13, K14, E15, K16, E17, K18, K19, K20, K21, E22, K23, E24, K25, K26, R27, K28, K29, K30, K31, K32, DOCUMENT_CHECKS, sessionStateCheck, fileEntryCheck, toolOutputPreviewCheck, CorruptFileError, InvalidIdError, RESERVED_SESSION_IDS, PLAIN_ID, CELL_ID_PATTERN, FAST_DEPTH, FAST_NODES;
var init_core_f9jiwAl0 = __esmMin((() => {
	TOOL_OUTPUT_PREVIEW_CHARS = 1e3;
	CELL_TYPES = [
		"repl",
		"tool",
		"llm_call",
		"map_reduce",
		"verification"
	];
	CELL_STATUSES = [
		"pending",
		"done",
		"error",
		"stale"
	];
	SESSION_TYPES = [
		"default",
		"migrated",
		"fork",
		"checkpoint"
	];
	ACTIVATION_MODES = [
		"complexity",
		"manual",
		"always",
		"never"
	];
	RlmError = class extends Error {
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
	SchemaVersionError = class extends RlmError {
		found;
		supported;
		constructor(document, found, supported, file) {
			super("ERR_RLM_SCHEMA_VERSION", `${document}${file ? ` in ${file}` : ""} has schema_version ${JSON.stringify(found)}; this version of RLM reads up to ${supported}`, { hint: "upgrade the @rlm packages (or the plugin) to read this session" });
			this.name = "SchemaVersionError";
			this.found = found;
			this.supported = supported;
		}
	};
	ValidationError = class extends RlmError {
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
	SESSION_MAPS = [
		["context", "files"],
		["context", "working_memory"],
		["budget", "by_model"]
	];
	CELL_MAPS = [[
		"input",
		"context_snapshot",
		"files"
	]];
	isObject$1$1 = (v) => typeof v === "object" && v !== null && !Array.isArray(v);
	HIGH_SURROGATE = /[\uD800-\uDBFF]/;
	K0 = new Set([
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
	R1 = /* @__PURE__ */ new RegExp("^cell_[0-9a-f]{8}$");
	E2 = new Set([
		"repl",
		"tool",
		"llm_call",
		"map_reduce",
		"verification"
	]);
	E3 = new Set([
		"pending",
		"done",
		"error",
		"stale"
	]);
	K4 = new Set([
		"source",
		"operation",
		"args",
		"context_snapshot"
	]);
	K5 = new Set([
		"files",
		"conversation_slice",
		"memory_query"
	]);
	K6 = new Set([
		"result",
		"error",
		"execution_time_ms",
		"cached_response"
	]);
	K7 = new Set([
		"goal",
		"decision",
		"rationale"
	]);
	K8 = new Set([
		"depth",
		"model",
		"tokens_used",
		"temperature",
		"promoted_to_db"
	]);
	K9 = new Set([
		"version",
		"session_id",
		"cells",
		"roots",
		"leaves",
		"execution_order",
		"cycles_detected",
		"updated_at"
	]);
	K10 = new Set([
		"type",
		"status",
		"dependencies",
		"dependents"
	]);
	K11 = new Set([
		"timestamp",
		"tool",
		"cell_id",
		"file"
	]);
	K12 = new Set([
		"timestamp",
		"tool",
		"cell_id",
		"pattern"
	]);
	K13 = new Set([
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
	K14 = new Set([
		"continue",
		"stopReason",
		"suppressOutput",
		"systemMessage",
		"decision",
		"reason",
		"hookSpecificOutput"
	]);
	E15 = new Set(["block", "approve"]);
	K16 = new Set([
		"hookEventName",
		"additionalContext",
		"permissionDecision",
		"permissionDecisionReason"
	]);
	E17 = new Set([
		"allow",
		"deny",
		"ask",
		"defer"
	]);
	K18 = new Set([
		"timestamp",
		"cell_id",
		"kind"
	]);
	K19 = new Set([
		"schema_version",
		"metadata",
		"activation",
		"context",
		"budget",
		"cells",
		"trajectory"
	]);
	K20 = new Set([
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
	K21 = new Set([
		"forked_at",
		"parent_updated_at",
		"parent_cell_count"
	]);
	E22 = new Set([
		"default",
		"migrated",
		"fork",
		"checkpoint"
	]);
	K23 = new Set([
		"rlm_active",
		"activation_mode",
		"activation_reason",
		"complexity_score",
		"current_depth",
		"max_depth"
	]);
	E24 = new Set([
		"complexity",
		"manual",
		"always",
		"never"
	]);
	K25 = new Set([
		"files",
		"tool_outputs",
		"working_memory"
	]);
	K26 = new Set([
		"hash",
		"size_bytes",
		"first_access",
		"last_access"
	]);
	R27 = /* @__PURE__ */ new RegExp("^sha256:[0-9a-f]{64}$");
	K28 = new Set([
		"tool_name",
		"content_preview",
		"exit_code",
		"timestamp",
		"cell_id"
	]);
	K29 = new Set([
		"total_tokens_used",
		"total_recursive_calls",
		"max_recursive_calls",
		"cost_usd",
		"by_model"
	]);
	K30 = new Set([
		"calls",
		"tokens",
		"cost_usd"
	]);
	K31 = new Set(["count", "index_path"]);
	K32 = new Set(["events_count", "export_path"]);
	DOCUMENT_CHECKS = {
		"cell": n0,
		"cell-index": n36,
		"file-access-line": n41,
		"hook-input": n45,
		"hook-output": n46,
		"reasoning-line": n51,
		"session": n52
	};
	sessionStateCheck = n52;
	fileEntryCheck = n75;
	toolOutputPreviewCheck = n81;
	Object.keys(DOCUMENT_CHECKS).sort();
	CorruptFileError = class extends RlmError {
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
	InvalidIdError = class extends RlmError {
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
	RESERVED_SESSION_IDS = new Set([
		"current",
		"archive",
		"migration-backup",
		"hook-errors.log",
		"locks"
	]);
	PLAIN_ID = /^[A-Za-z0-9_-][A-Za-z0-9._-]*$/;
	CELL_ID_PATTERN = /^cell_[0-9a-f]{8}$/;
	FAST_DEPTH = 64;
	FAST_NODES = 1e6;
}));
//#endregion
//#region ../../node_modules/.pnpm/zod@4.6.7/node_modules/zod/v4/core/util.js
function getEnumValues(entries) {
	const numericValues = Object.values(entries).filter((v) => typeof v === "number");
	return Object.entries(entries).filter(([k, _]) => numericValues.indexOf(+k) === -1).map(([_, v]) => v);
}
function joinValues(array, separator = "|") {
	return array.map((val) => stringifyPrimitive(val)).join(separator);
}
function jsonStringifyReplacer(_, value) {
	if (typeof value === "bigint") return value.toString();
	return value;
}
function cached(getter) {
	return new Cached(getter);
}
function nullish(input) {
	return input === null || input === void 0;
}
function cleanRegex(source) {
	const start = source.startsWith("^") ? 1 : 0;
	const end = source.endsWith("$") ? source.length - 1 : source.length;
	return source.slice(start, end);
}
function floatSafeRemainder(val, step) {
	const ratio = val / step;
	const roundedRatio = Math.round(ratio);
	const tolerance = 4 * Number.EPSILON * Math.max(Math.abs(ratio), 1);
	if (Math.abs(ratio - roundedRatio) < tolerance) return 0;
	return ratio - roundedRatio;
}
function assignProp(target, prop, value) {
	Object.defineProperty(target, prop, {
		value,
		writable: true,
		enumerable: true,
		configurable: true
	});
}
/**
* Whichever object a def's `shape` currently answers from: the one the caller passed until the first read, the frozen copy after it.
*
* Its keys and descriptors read without invoking anything, which is what lets a discriminated union check its discriminator, and the cycle walk read a shape, without resolving a getter that references the schema being constructed. A def that answers `shape` from an accessor of its own has none.
*/
function rawShape(def) {
	const desc = Object.getOwnPropertyDescriptor(def, "shape");
	return desc?.get ? desc.get.raw : desc?.value;
}
function sourceShape(schema) {
	return rawShape(schema._zod.def) ?? schema._zod.def.shape;
}
function deferProp(target, key, getter) {
	Object.defineProperty(target, key, {
		get() {
			const value = getter();
			assignProp(this, key, value);
			return value;
		},
		enumerable: true,
		configurable: true
	});
}
function putProp(target, key, value) {
	if (key in target) assignProp(target, key, value);
	else target[key] = value;
}
/**
* Copies `keys` of `source`'s shape onto `target`, each value passed through `wrap`.
*
* A key the source has resolved is copied through now, so the derived shape states it outright and nothing has to resolve it to learn what it holds. A key the source still defers stays deferred, and reads back through the source's own `shape`, so it resolves once and both shapes get that one schema.
*/
function mirrorShape(target, source, keys, wrap) {
	const raw = sourceShape(source);
	for (const key of keys) {
		const desc = Object.getOwnPropertyDescriptor(raw, key);
		if (!desc.enumerable) continue;
		if (desc.get) deferProp(target, key, () => {
			const value = source._zod.def.shape[key];
			return wrap ? wrap(value, key) : value;
		});
		else putProp(target, key, wrap ? wrap(desc.value, key) : desc.value);
	}
}
function mirrorProps(target, source) {
	for (const key of Reflect.ownKeys(source)) {
		const desc = Object.getOwnPropertyDescriptor(source, key);
		if (!desc.enumerable) continue;
		if (desc.get) deferProp(target, key, () => source[key]);
		else putProp(target, key, desc.value);
	}
}
function mergeDefs(...defs) {
	const mergedDescriptors = {};
	for (const def of defs) Object.assign(mergedDescriptors, Object.getOwnPropertyDescriptors(def));
	return Object.defineProperties({}, mergedDescriptors);
}
function esc(str) {
	return JSON.stringify(str);
}
function slugify(input) {
	return input.toLowerCase().trim().replace(/[^\w\s-]/g, "").replace(/[\s_-]+/g, "-").replace(/^-+|-+$/g, "");
}
function isObject$1(data) {
	return typeof data === "object" && data !== null && !Array.isArray(data);
}
function isPlainObject$1(o) {
	if (isObject$1(o) === false) return false;
	const ctor = o.constructor;
	if (ctor === void 0) return true;
	if (typeof ctor !== "function") return true;
	const prot = ctor.prototype;
	if (isObject$1(prot) === false) return false;
	if (Object.prototype.hasOwnProperty.call(prot, "isPrototypeOf") === false) return false;
	return true;
}
function shallowClone(o) {
	if (isPlainObject$1(o)) return { ...o };
	if (Array.isArray(o)) return [...o];
	if (o instanceof Map) return new Map(o);
	if (o instanceof Set) return new Set(o);
	return o;
}
function escapeRegex(str) {
	return str.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
function clone(inst, def, params) {
	const cl = new inst._zod.constr(def ?? inst._zod.def);
	if (!def || params?.parent) cl._zod.parent = inst;
	return cl;
}
function normalizeParams(_params) {
	const params = _params;
	if (!params) return {};
	if (typeof params === "string") return { error: () => params };
	if (params?.message !== void 0) {
		if (params?.error !== void 0) throw new Error("Cannot specify both `message` and `error` params");
		params.error = params.message;
	}
	delete params.message;
	if (typeof params.error === "string") return {
		...params,
		error: () => params.error
	};
	return params;
}
function stringifyPrimitive(value) {
	if (typeof value === "bigint") return value.toString() + "n";
	if (typeof value === "string") return `"${value}"`;
	return `${value}`;
}
function optionalKeys(shape) {
	return Object.keys(shape).filter((k) => {
		return shape[k]._zod.optin !== void 0 && shape[k]._zod.optout === "optional";
	});
}
function pick(schema, mask) {
	const currDef = schema._zod.def;
	const checks = currDef.checks;
	if (checks && checks.length > 0) throw new Error(".pick() cannot be used on object schemas containing refinements");
	const newShape = {};
	mirrorShape(newShape, schema, maskedKeys(schema, mask));
	return clone(schema, mergeDefs(currDef, {
		shape: newShape,
		checks: []
	}));
}
function maskedKeys(schema, mask) {
	const raw = sourceShape(schema);
	const keys = [];
	for (const key of Reflect.ownKeys(mask)) {
		if (!Object.getOwnPropertyDescriptor(raw, key)?.enumerable) throw new Error(`Unrecognized key: "${String(key)}"`);
		if (mask[key]) keys.push(key);
	}
	return keys;
}
function omit(schema, mask) {
	const currDef = schema._zod.def;
	const checks = currDef.checks;
	if (checks && checks.length > 0) throw new Error(".omit() cannot be used on object schemas containing refinements");
	const omitted = new Set(maskedKeys(schema, mask));
	const newShape = {};
	mirrorShape(newShape, schema, Reflect.ownKeys(sourceShape(schema)).filter((key) => !omitted.has(key)));
	return clone(schema, mergeDefs(currDef, {
		shape: newShape,
		checks: []
	}));
}
function extend(schema, shape) {
	if (!isPlainObject$1(shape)) throw new Error("Invalid input to extend: expected a plain object");
	const checks = schema._zod.def.checks;
	if (checks && checks.length > 0) {
		const existingShape = sourceShape(schema);
		for (const key of Reflect.ownKeys(shape)) if (Object.getOwnPropertyDescriptor(existingShape, key) !== void 0) throw new Error("Cannot overwrite keys on object schemas containing refinements. Use `.safeExtend()` instead.");
	}
	return clone(schema, mergeDefs(schema._zod.def, { shape: extended(schema, shape) }));
}
function extended(schema, shape) {
	const newShape = {};
	mirrorShape(newShape, schema, Reflect.ownKeys(sourceShape(schema)));
	mirrorProps(newShape, shape);
	return newShape;
}
function safeExtend(schema, shape) {
	if (!isPlainObject$1(shape)) throw new Error("Invalid input to safeExtend: expected a plain object");
	return clone(schema, mergeDefs(schema._zod.def, { shape: extended(schema, shape) }));
}
function merge(a, b) {
	if (!b?._zod?.def) throw new Error("Invalid input to merge: expected an object schema. To merge a plain shape, use `.extend()`.");
	if (a._zod.def.checks?.length) throw new Error(".merge() cannot be used on object schemas containing refinements. Use .safeExtend() instead.");
	const newShape = {};
	mirrorShape(newShape, a, Reflect.ownKeys(sourceShape(a)));
	mirrorShape(newShape, b, Reflect.ownKeys(sourceShape(b)));
	return clone(a, mergeDefs(a._zod.def, {
		shape: newShape,
		get catchall() {
			return b._zod.def.catchall;
		},
		checks: b._zod.def.checks ?? []
	}));
}
function partial(Class, schema, mask, name = "partial") {
	const checks = schema._zod.def.checks;
	if (checks && checks.length > 0) throw new Error(`.${name}() cannot be used on object schemas containing refinements`);
	const selected = mask ? new Set(maskedKeys(schema, mask)) : void 0;
	const newShape = {};
	mirrorShape(newShape, schema, Reflect.ownKeys(sourceShape(schema)), Class && ((value, key) => selected && !selected.has(key) ? value : new Class({
		type: "optional",
		innerType: value
	})));
	return clone(schema, mergeDefs(schema._zod.def, {
		shape: newShape,
		checks: []
	}));
}
function required(Class, schema, mask) {
	const selected = mask ? new Set(maskedKeys(schema, mask)) : void 0;
	const newShape = {};
	mirrorShape(newShape, schema, Reflect.ownKeys(sourceShape(schema)), (value, key) => selected && !selected.has(key) ? value : new Class({
		type: "nonoptional",
		innerType: value
	}));
	return clone(schema, mergeDefs(schema._zod.def, { shape: newShape }));
}
function aborted(x, startIndex = 0) {
	if (x.aborted === true) return true;
	for (let i = startIndex; i < x.issues.length; i++) if (x.issues[i]?.continue !== true) return true;
	return false;
}
function explicitlyAborted(x, startIndex = 0) {
	if (x.aborted === true) return true;
	for (let i = startIndex; i < x.issues.length; i++) if (x.issues[i]?.continue === false) return true;
	return false;
}
function prefixIssues(path, issues) {
	return issues.map((iss) => {
		var _a;
		(_a = iss).path ?? (_a.path = []);
		iss.path.unshift(path);
		return iss;
	});
}
function unwrapMessage(message) {
	return typeof message === "string" ? message : message?.message;
}
/** The leading size checks of `defChecks` that set an upper bound, each paired with it. */
function sizeCaps(defChecks) {
	const caps = [];
	for (const ch of defChecks ?? []) {
		const d = ch._zod.def;
		if (!/_(length|size)$|_equals$/.test(d.check)) break;
		const max = d.maximum ?? d.length ?? d.size;
		if (max >= 0) caps.push([max, ch]);
	}
	return caps;
}
function attachSchema(issues, start, inst) {
	var _a;
	for (let i = start; i < issues.length; i++) (_a = issues[i]).schema ?? (_a.schema = inst);
}
function finalizeIssue(iss, ctx, config) {
	var _a;
	const traits = iss.inst?._zod?.traits;
	if (traits?.has("$ZodType")) if (traits.has("$ZodCheck")) (_a = iss).schema ?? (_a.schema = iss.inst);
	else iss.schema = iss.inst;
	const schemaError = iss.schema !== iss.inst ? iss.schema?._zod.def?.error : void 0;
	const message = iss.message ? iss.message : unwrapMessage(iss.inst?._zod.def?.error?.(iss)) ?? unwrapMessage(schemaError?.(iss)) ?? unwrapMessage(ctx?.error?.(iss)) ?? unwrapMessage(config.customError?.(iss)) ?? unwrapMessage(config.localeError?.(iss)) ?? "Invalid input";
	const full = {};
	for (const k of Object.keys(iss)) {
		if (k === "inst" || k === "schema" || k === "continue" || k === "input" || k === "__proto__") continue;
		full[k] = iss[k];
	}
	full.path ?? (full.path = []);
	full.message = message;
	if (ctx?.reportInput) full.input = iss.input;
	return full;
}
function codePointLength(str) {
	const units = str.length;
	if (!highSurrogate.test(str)) return units;
	let count = units;
	for (let i = 0; i < units - 1; i++) if ((str.charCodeAt(i) & 64512) === 55296 && (str.charCodeAt(i + 1) & 64512) === 56320) {
		count--;
		i++;
	}
	return count;
}
function getLengthableOrigin(input) {
	if (Array.isArray(input)) return "array";
	if (typeof input === "string") return "string";
	return "unknown";
}
function parsedType(data) {
	const t = typeof data;
	switch (t) {
		case "number": return Number.isNaN(data) ? "nan" : "number";
		case "object": {
			if (data === null) return "null";
			if (Array.isArray(data)) return "array";
			const obj = data;
			if (obj && Object.getPrototypeOf(obj) !== Object.prototype && "constructor" in obj && obj.constructor) return obj.constructor.name;
		}
	}
	return t;
}
function issue(...args) {
	const [iss, input, inst] = args;
	if (typeof iss === "string") return {
		message: iss,
		code: "custom",
		input,
		inst
	};
	return { ...iss };
}
/**
* Installs a trait's members on its prototype. Each value builds that member for the instance on first read; the built value shadows the accessor as an own property, so a detached `const { parse } = schema` keeps working.
*
* Call this from a `proto` initializer, which runs once per prototype — never per instance.
*/
function members(proto, table) {
	for (const key in table) {
		const desc = Object.getOwnPropertyDescriptor(table, key);
		if (desc.get) Object.defineProperty(proto, key, {
			...desc,
			enumerable: false
		});
		else defineBound(proto, key, desc.value);
	}
}
/** Shadows a prototype member with an own value, so a getter that builds from the instance runs once. */
function own(inst, key, value, enumerable = true) {
	Object.defineProperty(inst, key, {
		configurable: true,
		writable: true,
		enumerable,
		value
	});
	return value;
}
/** Like {@link own}, for a member that was never an own data property and has to stay out of `Object.keys`. */
function hide(inst, key, value) {
	return own(inst, key, value, false);
}
/** Adds members a table derives from the instance: each builds on first read and shadows as own data, and assignment shadows the same way, as when these were own properties. */
function derived(computes, table) {
	for (const key in computes) {
		const compute = computes[key];
		Object.defineProperty(table, key, {
			configurable: true,
			enumerable: true,
			get() {
				return own(this, key, compute(this));
			},
			set(value) {
				own(this, key, value);
			}
		});
	}
	return table;
}
function defineBound(proto, key, fn) {
	Object.defineProperty(proto, key, {
		configurable: true,
		get() {
			return this == null ? fn : own(this, key, fn.bind(this));
		},
		set(value) {
			own(this, key, value);
		}
	});
}
/** Returns the prototype to install on, or `undefined` if this group is already installed on it. */
function claim(inst, sentinel) {
	const proto = Object.getPrototypeOf(inst);
	return sentinel in proto ? void 0 : proto;
}
/**
* Installs a lazily-derived internal on the `_zod` prototype of `inst`'s
* constructor, computed from the internals object itself and cached there on
* first read. One accessor per constructor rather than one per instance.
*/
function defineLazyInternal(inst, key, compute) {
	const proto = Object.getPrototypeOf(inst._zod);
	if (key in proto && installing !== inst._zod) {
		installing = void 0;
		return;
	}
	installing = inst._zod;
	Object.defineProperty(proto, key, {
		configurable: true,
		get() {
			Object.defineProperty(this, key, breaker);
			const outer = broke;
			broke = false;
			try {
				const value = compute(this);
				if (broke) delete this[key];
				else Object.defineProperty(this, key, {
					configurable: true,
					writable: true,
					value
				});
				broke = broke || outer;
				return value;
			} catch (err) {
				delete this[key];
				broke = broke || outer;
				throw err;
			}
		},
		set(value) {
			Object.defineProperty(this, key, {
				configurable: true,
				writable: true,
				value
			});
		}
	});
}
/**
* Installs `key` on `inst`'s prototype, computed by `make` on first read and cached there as an own
* data property. One accessor per constructor rather than one per instance, because an own accessor
* puts every instance after the first into v8 dictionary mode. The key doubles as the sentinel.
*/
function installLazyProp(inst, key, make, enumerable) {
	const proto = claim(inst, key);
	if (!proto) return;
	Object.defineProperty(proto, key, {
		configurable: true,
		get() {
			const desc = {
				configurable: true,
				writable: true,
				enumerable,
				value: void 0
			};
			Object.defineProperty(this, key, desc);
			desc.value = make(this);
			Object.defineProperty(this, key, desc);
			return desc.value;
		},
		set(value) {
			Object.defineProperty(this, key, {
				configurable: true,
				writable: true,
				enumerable,
				value
			});
		}
	});
}
/** Wraps a constant catch value in a thunk tagged with {@link CONSTANT_CATCH}. */
function constantCatch(value) {
	const fn = () => value;
	fn[CONSTANT_CATCH] = true;
	return fn;
}
var Cached, captureStackTrace, allowsEval, propertyKeyTypes, NUMBER_FORMAT_RANGES, BIGINT_FORMAT_RANGES, highSurrogate, installing, broke, breaker, CONSTANT_CATCH;
var init_util = __esmMin((() => {
	init_core$2();
	Cached = class {
		constructor(getter) {
			this._getter = getter;
			this._value = void 0;
		}
		get value() {
			const getter = this._getter;
			if (getter !== void 0) {
				this._value = getter();
				this._getter = void 0;
			}
			return this._value;
		}
	};
	captureStackTrace = "captureStackTrace" in Error ? Error.captureStackTrace : (..._args) => {};
	allowsEval = /* @__PURE__ */ cached(() => {
		if (globalConfig.jitless) return false;
		if (typeof navigator !== "undefined" && navigator?.userAgent?.includes("Cloudflare")) return false;
		try {
			new Function("");
			return true;
		} catch (_) {
			return false;
		}
	});
	propertyKeyTypes = /* @__PURE__ */ new Set([
		"string",
		"number",
		"symbol"
	]);
	NUMBER_FORMAT_RANGES = {
		safeint: [Number.MIN_SAFE_INTEGER, Number.MAX_SAFE_INTEGER],
		int32: [-2147483648, 2147483647],
		uint32: [0, 4294967295],
		float32: [-34028234663852886e22, 34028234663852886e22],
		float64: [-Number.MAX_VALUE, Number.MAX_VALUE]
	};
	BIGINT_FORMAT_RANGES = {
		int64: [/* @__PURE__ */ BigInt("-9223372036854775808"), /* @__PURE__ */ BigInt("9223372036854775807")],
		uint64: [/* @__PURE__ */ BigInt(0), /* @__PURE__ */ BigInt("18446744073709551615")]
	};
	highSurrogate = /[\uD800-\uDBFF]/;
	broke = false;
	breaker = {
		configurable: true,
		get() {
			broke = true;
		}
	};
	CONSTANT_CATCH = "~constantCatch";
}));
//#endregion
//#region ../../node_modules/.pnpm/zod@4.6.7/node_modules/zod/v4/core/core.js
function newError(Definition) {
	const E = _E;
	if (E) {
		const saved = E.stackTraceLimit;
		if (typeof saved === "number") {
			try {
				E.stackTraceLimit = 0;
			} catch {
				_E = null;
				return new Definition();
			}
			try {
				return new Definition();
			} finally {
				E.stackTraceLimit = saved;
			}
		}
	}
	return new Definition();
}
function $constructor(name, initializer, proto, params) {
	const zodProto = {};
	function Internals(def) {
		this.def = def;
		this.constr = _;
		this.traits = /* @__PURE__ */ new Set();
	}
	Internals.prototype = zodProto;
	const protoMembers = proto;
	const initialized = protoMembers && /* @__PURE__ */ new WeakSet();
	function init(inst, def) {
		if (!inst._zod) {
			_zodDesc.value = new Internals(def);
			try {
				Object.defineProperty(inst, "_zod", _zodDesc);
			} finally {
				_zodDesc.value = void 0;
			}
		} else if (inst._zod.traits.has(name)) return;
		inst._zod.traits.add(name);
		initializer(inst, def);
		if (initialized) {
			const own = Object.getPrototypeOf(inst);
			const ctorProto = inst._zod.constr.prototype;
			let up = own;
			while (up && up !== ctorProto) up = Object.getPrototypeOf(up);
			const target = up ?? own;
			if (!initialized.has(target)) {
				initialized.add(target);
				members(target, protoMembers);
			}
		}
		const proto = _.prototype;
		for (const k in proto) {
			if (!Object.prototype.hasOwnProperty.call(proto, k)) continue;
			if (!(k in inst)) inst[k] = proto[k].bind(inst);
		}
	}
	const Parent = params?.Parent ?? Object;
	class Definition extends Parent {}
	Object.defineProperty(Definition, "name", { value: name });
	function _(def) {
		const inst = params?.Parent ? newError(Definition) : this;
		init(inst, def);
		const deferred = inst._zod.deferred;
		if (deferred) {
			for (const fn of deferred) fn();
			inst._zod.deferred = void 0;
		}
		const pp = globalThis.__zod_globalConfig?.postProcessor;
		if (pp) pp(inst);
		return inst;
	}
	Object.defineProperty(_, "init", { value: init });
	Object.defineProperty(_, Symbol.hasInstance, { value: (inst) => {
		if (params?.Parent && inst instanceof params.Parent) return true;
		return inst?._zod?.traits?.has(name);
	} });
	Object.defineProperty(_, "name", { value: name });
	return _;
}
function config(newConfig) {
	if (newConfig) Object.assign(globalConfig, newConfig);
	return globalConfig;
}
var _a$1, _zodDesc, _E, $ZodAsyncError, $ZodEncodeError, globalConfig;
var init_core$2 = __esmMin((() => {
	init_util();
	_zodDesc = {
		value: void 0,
		enumerable: false
	};
	_E = "captureStackTrace" in Error ? Error : null;
	$ZodAsyncError = class extends Error {
		constructor() {
			super(`Encountered Promise during synchronous parse. Use .parseAsync() instead.`);
		}
	};
	$ZodEncodeError = class extends Error {
		constructor(name) {
			super(`Encountered unidirectional transform during encode: ${name}`);
			this.name = "ZodEncodeError";
		}
	};
	(_a$1 = globalThis).__zod_globalConfig ?? (_a$1.__zod_globalConfig = {});
	globalConfig = globalThis.__zod_globalConfig;
}));
//#endregion
//#region ../../node_modules/.pnpm/zod@4.6.7/node_modules/zod/v4/core/errors.js
function _getMessage() {
	const internals = this._zod;
	internals.message ?? (internals.message = JSON.stringify(internals.def, jsonStringifyReplacer, 2));
	return internals.message;
}
function _setMessage(value) {
	this._zod.message = value;
}
/** Get-or-create `obj[key]` as an own data property. A path segment naming an inherited member
* ("toString", "constructor") would otherwise read through to the prototype, and assigning
* "__proto__" would hit the setter instead of creating a key. */
function node(obj, key, make) {
	if (!Object.prototype.hasOwnProperty.call(obj, key)) if (key === "__proto__") Object.defineProperty(obj, key, {
		value: make(),
		writable: true,
		enumerable: true,
		configurable: true
	});
	else obj[key] = make();
	return obj[key];
}
function flattenError(error, mapper = (issue) => issue.message) {
	const fieldErrors = {};
	const formErrors = [];
	for (const sub of error.issues) if (sub.path.length > 0) node(fieldErrors, sub.path[0], () => []).push(mapper(sub));
	else formErrors.push(mapper(sub));
	return {
		formErrors,
		fieldErrors
	};
}
function formatError(error, mapper = (issue) => issue.message) {
	const fieldErrors = { _errors: [] };
	const processError = (error, path = []) => {
		for (const issue of error.issues) if (issue.code === "invalid_union" && issue.errors.length) issue.errors.map((issues) => processError({ issues }, [...path, ...issue.path]));
		else if (issue.code === "invalid_key") processError({ issues: issue.issues }, [...path, ...issue.path]);
		else if (issue.code === "invalid_element") processError({ issues: issue.issues }, [...path, ...issue.path]);
		else {
			const fullpath = [...path, ...issue.path];
			if (fullpath.length === 0) fieldErrors._errors.push(mapper(issue));
			else {
				let curr = fieldErrors;
				let i = 0;
				while (i < fullpath.length) {
					const el = fullpath[i];
					const terminal = i === fullpath.length - 1;
					if (el === "_errors") {
						if (terminal) curr._errors.push(mapper(issue));
						i++;
						continue;
					}
					if (!Object.prototype.hasOwnProperty.call(curr, el)) Object.defineProperty(curr, el, {
						value: { _errors: [] },
						enumerable: true,
						writable: true,
						configurable: true
					});
					const node = curr[el];
					if (terminal) node._errors.push(mapper(issue));
					curr = node;
					i++;
				}
			}
		}
	};
	processError(error);
	return fieldErrors;
}
var _messageDesc, _issuesDesc, _installedToString, initializer$1, $ZodError;
var init_errors$1 = __esmMin((() => {
	init_core$2();
	init_util();
	_messageDesc = {
		get: _getMessage,
		set: _setMessage,
		enumerable: true,
		configurable: true
	};
	_issuesDesc = {
		value: void 0,
		enumerable: false
	};
	_installedToString = /* @__PURE__ */ new WeakSet([Object.prototype, Error.prototype]);
	initializer$1 = (inst, def) => {
		inst.name = "$ZodError";
		_issuesDesc.value = def;
		Object.defineProperty(inst, "issues", _issuesDesc);
		_issuesDesc.value = void 0;
		Object.defineProperty(inst, "message", _messageDesc);
		const proto = Object.getPrototypeOf(inst);
		if (!_installedToString.has(proto)) {
			_installedToString.add(proto);
			Object.defineProperty(proto, "toString", {
				configurable: true,
				enumerable: false,
				get() {
					const value = () => this.message;
					Object.defineProperty(this, "toString", {
						value,
						configurable: true,
						writable: true
					});
					return value;
				},
				set(value) {
					Object.defineProperty(this, "toString", {
						value,
						configurable: true,
						writable: true
					});
				}
			});
		}
	};
	$ZodError = $constructor("$ZodError", initializer$1);
	$constructor("$ZodError", initializer$1, void 0, { Parent: Error });
}));
//#endregion
//#region ../../node_modules/.pnpm/zod@4.6.7/node_modules/zod/v4/core/parse.js
function finalizeParams(callee, params) {
	return {
		callee: params?.callee ?? callee,
		Err: params?.Err
	};
}
function failure(Err, issues, ctx) {
	let error;
	return {
		success: false,
		get error() {
			if (!error) {
				error = new Err(issues.map((iss) => finalizeIssue(iss, ctx, config())));
				issues = void 0;
				ctx = void 0;
			}
			return error;
		},
		set error(e) {
			error = e;
			issues = void 0;
			ctx = void 0;
		}
	};
}
function validateFallback(schema, value, _ctx) {
	const ctx = _ctx ? {
		..._ctx,
		async: false,
		abortEarly: true
	} : {
		async: false,
		abortEarly: true
	};
	const fallbackRun = schema._zod.bag.fallbackRun;
	let result;
	if (fallbackRun) {
		ctx[COMPILE_FALLBACK] = true;
		result = fallbackRun({
			value,
			issues: []
		}, ctx);
	} else result = schema._zod.run({
		value,
		issues: []
	}, ctx);
	if (result instanceof Promise) throw new $ZodAsyncError();
	return result.issues.length === 0;
}
var _parse, _parseAsync, _safeParse, _safeParseAsync, COMPILE_INVALID, COMPILE_FALLBACK, validate, validateAsync$1, _encode, _decode, _encodeAsync, _decodeAsync, _safeEncode, _safeDecode, _safeEncodeAsync, _safeDecodeAsync;
var init_parse$1 = __esmMin((() => {
	init_core$2();
	init_util();
	_parse = (_Err) => {
		const fn = (schema, value, _ctx, _params) => {
			const ctx = _ctx ? {
				..._ctx,
				async: false
			} : { async: false };
			const result = schema._zod.run({
				value,
				issues: []
			}, ctx);
			if (result instanceof Promise) throw new $ZodAsyncError();
			if (result.issues.length) {
				const e = new (_params?.Err ?? _Err)(result.issues.map((iss) => finalizeIssue(iss, ctx, config())));
				captureStackTrace(e, _params?.callee ?? fn);
				throw e;
			}
			return result.value;
		};
		return fn;
	};
	_parseAsync = (_Err) => {
		const fn = async (schema, value, _ctx, params) => {
			const ctx = _ctx ? {
				..._ctx,
				async: true
			} : { async: true };
			let result = schema._zod.run({
				value,
				issues: []
			}, ctx);
			if (result instanceof Promise) result = await result;
			if (result.issues.length) {
				const e = new (params?.Err ?? _Err)(result.issues.map((iss) => finalizeIssue(iss, ctx, config())));
				captureStackTrace(e, params?.callee ?? fn);
				throw e;
			}
			return result.value;
		};
		return fn;
	};
	_safeParse = (_Err) => (schema, value, _ctx) => {
		const ctx = _ctx ? {
			..._ctx,
			async: false
		} : { async: false };
		const result = schema._zod.run({
			value,
			issues: []
		}, ctx);
		if (result instanceof Promise) throw new $ZodAsyncError();
		return result.issues.length ? failure(_Err, result.issues, ctx) : {
			success: true,
			data: result.value
		};
	};
	_safeParseAsync = (_Err) => async (schema, value, _ctx) => {
		const ctx = _ctx ? {
			..._ctx,
			async: true
		} : { async: true };
		let result = schema._zod.run({
			value,
			issues: []
		}, ctx);
		if (result instanceof Promise) result = await result;
		return result.issues.length ? failure(_Err, result.issues, ctx) : {
			success: true,
			data: result.value
		};
	};
	COMPILE_INVALID = /* @__PURE__ */ Symbol.for("zod.compile.invalid");
	COMPILE_FALLBACK = /* @__PURE__ */ Symbol.for("zod.compile.fallback");
	validate = ((schema, value, _ctx) => {
		const validator = schema._zod.bag.validator;
		if (validator !== void 0) {
			if (validator(value) !== COMPILE_INVALID) return true;
			if (validator.definite === true && _ctx === void 0) return false;
		}
		return validateFallback(schema, value, _ctx);
	});
	validateAsync$1 = async (schema, value, _ctx) => {
		const ctx = _ctx ? {
			..._ctx,
			async: true,
			abortEarly: true
		} : {
			async: true,
			abortEarly: true
		};
		let result = schema._zod.run({
			value,
			issues: []
		}, ctx);
		if (result instanceof Promise) result = await result;
		return result.issues.length === 0;
	};
	_encode = (_Err) => {
		const parse = _parse(_Err);
		const fn = (schema, value, _ctx, _params) => {
			return parse(schema, value, _ctx ? {
				..._ctx,
				direction: "backward"
			} : { direction: "backward" }, finalizeParams(fn, _params));
		};
		return fn;
	};
	_decode = (_Err) => {
		const parse = _parse(_Err);
		const fn = (schema, value, _ctx, _params) => {
			return parse(schema, value, _ctx, finalizeParams(fn, _params));
		};
		return fn;
	};
	_encodeAsync = (_Err) => {
		const parseAsync = _parseAsync(_Err);
		const fn = async (schema, value, _ctx, _params) => {
			return await parseAsync(schema, value, _ctx ? {
				..._ctx,
				direction: "backward"
			} : { direction: "backward" }, finalizeParams(fn, _params));
		};
		return fn;
	};
	_decodeAsync = (_Err) => {
		const parseAsync = _parseAsync(_Err);
		const fn = async (schema, value, _ctx, _params) => {
			return await parseAsync(schema, value, _ctx, finalizeParams(fn, _params));
		};
		return fn;
	};
	_safeEncode = (_Err) => (schema, value, _ctx) => {
		const ctx = _ctx ? {
			..._ctx,
			direction: "backward"
		} : { direction: "backward" };
		return _safeParse(_Err)(schema, value, ctx);
	};
	_safeDecode = (_Err) => (schema, value, _ctx) => {
		return _safeParse(_Err)(schema, value, _ctx);
	};
	_safeEncodeAsync = (_Err) => async (schema, value, _ctx) => {
		const ctx = _ctx ? {
			..._ctx,
			direction: "backward"
		} : { direction: "backward" };
		return _safeParseAsync(_Err)(schema, value, ctx);
	};
	_safeDecodeAsync = (_Err) => async (schema, value, _ctx) => {
		return _safeParseAsync(_Err)(schema, value, _ctx);
	};
}));
//#endregion
//#region ../../node_modules/.pnpm/zod@4.6.7/node_modules/zod/v4/core/regexes.js
function nanoidOfLength(length) {
	return new RegExp(`^[a-zA-Z0-9_-]{${length}}$`);
}
function emoji() {
	return new RegExp(_emoji$1, "u");
}
/** Anchors a pattern source. The interpolation lives here rather than at the call site because
* esbuild will not drop a `@__PURE__` call whose own argument interpolates a variable, but it
* will drop `anchor(dateSource)`. Keeping it inline pinned `date` into every bundle. */
function anchor(source) {
	return new RegExp(`^${source}$`);
}
function timeSource(args) {
	const hhmm = `(?:[01]\\d|2[0-3]):[0-5]\\d`;
	return typeof args.precision === "number" ? args.precision === -1 ? `${hhmm}` : args.precision === 0 ? `${hhmm}:[0-5]\\d` : `${hhmm}:[0-5]\\d\\.\\d{${args.precision}}` : args.seconds ? `${hhmm}:[0-5]\\d(?:\\.\\d+)?` : `${hhmm}(?::[0-5]\\d(?:\\.\\d+)?)?`;
}
function time(args) {
	return new RegExp(`^${timeSource(args)}$`);
}
function datetime(args) {
	const opts = ["Z"];
	if (args.offset) opts.push(`([+-](?:[01]\\d|2[0-3]):[0-5]\\d)`);
	const qualified = `${timeSource({
		precision: args.precision,
		seconds: true
	})}(?:${opts.join("|")})`;
	const timeRegex = args.local ? `${qualified}|${timeSource({ precision: args.precision })}` : qualified;
	return new RegExp(`^${dateSource}T(?:${timeRegex})$`);
}
var cuid, cuid2, ulid, xid, ksuid, nanoid, duration, guid, uuid, email, _emoji$1, ipv4, ipv6, cidrv4, cidrv6, base64, base64url, httpProtocol, e164, dateSource, date, anyString, integer, number$1, boolean$1, lowercase, uppercase;
var init_regexes = __esmMin((() => {
	cuid = /^[cC][0-9a-z]{6,}$/;
	cuid2 = /^[0-9a-z]+$/;
	ulid = /^[0-7][0-9A-HJKMNP-TV-Za-hjkmnp-tv-z]{25}$/;
	xid = /^[0-9a-vA-V]{20}$/;
	ksuid = /^[A-Za-z0-9]{27}$/;
	nanoid = /^[a-zA-Z0-9_-]{21}$/;
	duration = /^P(?:(\d+W)|(?!.*W)(?=\d|T\d)(\d+Y)?(\d+M)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+([.,]\d+)?S)?)?)$/;
	guid = /^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})$/;
	uuid = (version) => {
		if (!version) return /^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[1-8][0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12}|00000000-0000-0000-0000-000000000000|ffffffff-ffff-ffff-ffff-ffffffffffff)$/;
		return new RegExp(`^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-${version}[0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12})$`);
	};
	email = /^(?:[A-Za-z0-9_'+\-]+\.)*[A-Za-z0-9_'+\-]*[A-Za-z0-9_+-]@(?:[A-Za-z0-9][A-Za-z0-9\-]*\.)+[A-Za-z]{2,}$/;
	_emoji$1 = `^(?=[\\s\\S]*[\\p{Extended_Pictographic}\\p{Regional_Indicator}\\u20E3])[\\p{Extended_Pictographic}\\p{Emoji_Component}]+$`;
	ipv4 = /^(?:(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])\.){3}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])$/;
	ipv6 = /^(([0-9a-fA-F]{1,4}:){7}[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,7}:|([0-9a-fA-F]{1,4}:){1,6}:[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,5}(:[0-9a-fA-F]{1,4}){1,2}|([0-9a-fA-F]{1,4}:){1,4}(:[0-9a-fA-F]{1,4}){1,3}|([0-9a-fA-F]{1,4}:){1,3}(:[0-9a-fA-F]{1,4}){1,4}|([0-9a-fA-F]{1,4}:){1,2}(:[0-9a-fA-F]{1,4}){1,5}|[0-9a-fA-F]{1,4}:((:[0-9a-fA-F]{1,4}){1,6})|:((:[0-9a-fA-F]{1,4}){1,7}|:))$/;
	cidrv4 = /^((25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])\.){3}(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])\/([0-9]|[1-2][0-9]|3[0-2])$/;
	cidrv6 = /^(([0-9a-fA-F]{1,4}:){7}[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,7}:|([0-9a-fA-F]{1,4}:){1,6}:[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,5}(:[0-9a-fA-F]{1,4}){1,2}|([0-9a-fA-F]{1,4}:){1,4}(:[0-9a-fA-F]{1,4}){1,3}|([0-9a-fA-F]{1,4}:){1,3}(:[0-9a-fA-F]{1,4}){1,4}|([0-9a-fA-F]{1,4}:){1,2}(:[0-9a-fA-F]{1,4}){1,5}|[0-9a-fA-F]{1,4}:((:[0-9a-fA-F]{1,4}){1,6})|:((:[0-9a-fA-F]{1,4}){1,7}|:))\/(12[0-8]|1[01][0-9]|[1-9]?[0-9])$/;
	base64 = /^$|^(?:[0-9a-zA-Z+/]{4})*(?:(?:[0-9a-zA-Z+/]{2}==)|(?:[0-9a-zA-Z+/]{3}=))?$/;
	base64url = /^(?:[A-Za-z0-9_-]{4})*(?:[A-Za-z0-9_-]{2,3})?$/;
	httpProtocol = /^https?$/;
	e164 = /^\+[1-9]\d{6,14}$/;
	dateSource = `(?:(?:\\d\\d[2468][048]|\\d\\d[13579][26]|\\d\\d0[48]|[02468][048]00|[13579][26]00)-02-29|\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|(?:02)-(?:0[1-9]|1\\d|2[0-8])))`;
	date = /* @__PURE__ */ anchor(dateSource);
	anyString = /^[\s\S]{0,}$/;
	integer = /^-?\d+$/;
	number$1 = /^-?\d+(?:\.\d+)?$/;
	boolean$1 = /^(?:true|false)$/i;
	lowercase = /^[^A-Z]*$/;
	uppercase = /^[^a-z]*$/;
}));
//#endregion
//#region ../../node_modules/.pnpm/zod@4.6.7/node_modules/zod/v4/core/checks.js
var $ZodCheck, _whenHasLength, numericOriginMap, $ZodCheckLessThan, $ZodCheckGreaterThan, $ZodCheckMultipleOf, $ZodCheckNumberFormat, $ZodCheckMaxLength, $ZodCheckMinLength, $ZodCheckLengthEquals, $ZodCheckStringFormat, $ZodCheckRegex, $ZodCheckLowerCase, $ZodCheckUpperCase, $ZodCheckIncludes, $ZodCheckStartsWith, $ZodCheckEndsWith, $ZodCheckOverwrite;
var init_checks$1 = __esmMin((() => {
	init_core$2();
	init_regexes();
	init_util();
	$ZodCheck = /* @__PURE__ */ $constructor("$ZodCheck", (inst, def) => {
		var _a;
		inst._zod ?? (inst._zod = {});
		inst._zod.def = def;
		(_a = inst._zod).onattach ?? (_a.onattach = []);
	});
	_whenHasLength = (payload) => {
		const val = payload.value;
		return !nullish(val) && val.length !== void 0;
	};
	numericOriginMap = {
		number: "number",
		bigint: "bigint",
		object: "date"
	};
	$ZodCheckLessThan = /* @__PURE__ */ $constructor("$ZodCheckLessThan", (inst, def) => {
		$ZodCheck.init(inst, def);
		const origin = numericOriginMap[typeof def.value];
		inst._zod.check = (payload) => {
			if (def.inclusive ? payload.value <= def.value : payload.value < def.value) return;
			payload.issues.push({
				origin: numericOriginMap[typeof payload.value] ?? origin,
				code: "too_big",
				maximum: typeof def.value === "object" ? def.value.getTime() : def.value,
				input: payload.value,
				inclusive: def.inclusive,
				inst,
				continue: !def.abort
			});
		};
	});
	$ZodCheckGreaterThan = /* @__PURE__ */ $constructor("$ZodCheckGreaterThan", (inst, def) => {
		$ZodCheck.init(inst, def);
		const origin = numericOriginMap[typeof def.value];
		inst._zod.check = (payload) => {
			if (def.inclusive ? payload.value >= def.value : payload.value > def.value) return;
			payload.issues.push({
				origin: numericOriginMap[typeof payload.value] ?? origin,
				code: "too_small",
				minimum: typeof def.value === "object" ? def.value.getTime() : def.value,
				input: payload.value,
				inclusive: def.inclusive,
				inst,
				continue: !def.abort
			});
		};
	});
	$ZodCheckMultipleOf = /* @__PURE__ */ $constructor("$ZodCheckMultipleOf", (inst, def) => {
		$ZodCheck.init(inst, def);
		inst._zod.check = (payload) => {
			if (typeof payload.value !== typeof def.value) throw new Error("Cannot mix number and bigint in multiple_of check.");
			if (typeof payload.value === "bigint" ? def.value !== BigInt(0) && payload.value % def.value === BigInt(0) : floatSafeRemainder(payload.value, def.value) === 0) return;
			payload.issues.push({
				origin: typeof payload.value,
				code: "not_multiple_of",
				divisor: def.value,
				input: payload.value,
				inst,
				continue: !def.abort
			});
		};
	});
	$ZodCheckNumberFormat = /* @__PURE__ */ $constructor("$ZodCheckNumberFormat", (inst, def) => {
		$ZodCheck.init(inst, def);
		def.format = def.format || "float64";
		const isInt = def.format?.includes("int");
		const origin = isInt ? "int" : "number";
		const [minimum, maximum] = NUMBER_FORMAT_RANGES[def.format];
		inst._zod.check = (payload) => {
			const input = payload.value;
			if (isInt) {
				if (!Number.isInteger(input)) {
					payload.issues.push({
						expected: origin,
						format: def.format,
						code: "invalid_type",
						continue: false,
						input,
						inst
					});
					return;
				}
				if (!Number.isSafeInteger(input)) {
					if (input > 0) payload.issues.push({
						input,
						code: "too_big",
						maximum: Number.MAX_SAFE_INTEGER,
						note: "Integers must be within the safe integer range.",
						inst,
						origin,
						inclusive: true,
						continue: !def.abort
					});
					else payload.issues.push({
						input,
						code: "too_small",
						minimum: Number.MIN_SAFE_INTEGER,
						note: "Integers must be within the safe integer range.",
						inst,
						origin,
						inclusive: true,
						continue: !def.abort
					});
					return;
				}
			}
			if (input < minimum) payload.issues.push({
				origin: "number",
				input,
				code: "too_small",
				minimum,
				inclusive: true,
				inst,
				continue: !def.abort
			});
			if (input > maximum) payload.issues.push({
				origin: "number",
				input,
				code: "too_big",
				maximum,
				inclusive: true,
				inst,
				continue: !def.abort
			});
		};
	});
	$ZodCheckMaxLength = /* @__PURE__ */ $constructor("$ZodCheckMaxLength", (inst, def) => {
		var _a;
		$ZodCheck.init(inst, def);
		(_a = inst._zod.def).when ?? (_a.when = _whenHasLength);
		inst._zod.check = (payload) => {
			const input = payload.value;
			const units = input.length;
			if ((typeof input === "string" && units > def.maximum ? codePointLength(input) : units) <= def.maximum) return;
			const origin = getLengthableOrigin(input);
			payload.issues.push({
				origin,
				code: "too_big",
				maximum: def.maximum,
				inclusive: true,
				input,
				inst,
				continue: !def.abort
			});
		};
	});
	$ZodCheckMinLength = /* @__PURE__ */ $constructor("$ZodCheckMinLength", (inst, def) => {
		var _a;
		$ZodCheck.init(inst, def);
		(_a = inst._zod.def).when ?? (_a.when = _whenHasLength);
		inst._zod.check = (payload) => {
			const input = payload.value;
			const units = input.length;
			if ((typeof input === "string" && units >= def.minimum && units < def.minimum * 2 ? codePointLength(input) : units) >= def.minimum) return;
			const origin = getLengthableOrigin(input);
			payload.issues.push({
				origin,
				code: "too_small",
				minimum: def.minimum,
				inclusive: true,
				input,
				inst,
				continue: !def.abort
			});
		};
	});
	$ZodCheckLengthEquals = /* @__PURE__ */ $constructor("$ZodCheckLengthEquals", (inst, def) => {
		var _a;
		$ZodCheck.init(inst, def);
		(_a = inst._zod.def).when ?? (_a.when = _whenHasLength);
		inst._zod.check = (payload) => {
			const input = payload.value;
			const units = input.length;
			const length = typeof input === "string" && units >= def.length && units <= def.length * 2 ? codePointLength(input) : units;
			if (length === def.length) return;
			const origin = getLengthableOrigin(input);
			const tooBig = length > def.length;
			payload.issues.push({
				origin,
				...tooBig ? {
					code: "too_big",
					maximum: def.length
				} : {
					code: "too_small",
					minimum: def.length
				},
				inclusive: true,
				exact: true,
				input: payload.value,
				inst,
				continue: !def.abort
			});
		};
	});
	$ZodCheckStringFormat = /* @__PURE__ */ $constructor("$ZodCheckStringFormat", (inst, def) => {
		var _a, _b;
		$ZodCheck.init(inst, def);
		if (def.pattern) (_a = inst._zod).check ?? (_a.check = (payload) => {
			def.pattern.lastIndex = 0;
			if (def.pattern.test(payload.value)) return;
			payload.issues.push({
				origin: "string",
				code: "invalid_format",
				format: def.format,
				input: payload.value,
				...def.pattern ? { pattern: def.pattern.toString() } : {},
				inst,
				continue: !def.abort
			});
		});
		else (_b = inst._zod).check ?? (_b.check = () => {});
	});
	$ZodCheckRegex = /* @__PURE__ */ $constructor("$ZodCheckRegex", (inst, def) => {
		$ZodCheckStringFormat.init(inst, def);
		inst._zod.check = (payload) => {
			def.pattern.lastIndex = 0;
			if (def.pattern.test(payload.value)) return;
			payload.issues.push({
				origin: "string",
				code: "invalid_format",
				format: "regex",
				input: payload.value,
				pattern: def.pattern.toString(),
				inst,
				continue: !def.abort
			});
		};
	});
	$ZodCheckLowerCase = /* @__PURE__ */ $constructor("$ZodCheckLowerCase", (inst, def) => {
		def.pattern ?? (def.pattern = lowercase);
		$ZodCheckStringFormat.init(inst, def);
	});
	$ZodCheckUpperCase = /* @__PURE__ */ $constructor("$ZodCheckUpperCase", (inst, def) => {
		def.pattern ?? (def.pattern = uppercase);
		$ZodCheckStringFormat.init(inst, def);
	});
	$ZodCheckIncludes = /* @__PURE__ */ $constructor("$ZodCheckIncludes", (inst, def) => {
		$ZodCheck.init(inst, def);
		const escapedRegex = escapeRegex(def.includes);
		def.pattern = new RegExp(typeof def.position === "number" ? `^.{${def.position},}${escapedRegex}` : escapedRegex);
		inst._zod.check = (payload) => {
			if (payload.value.includes(def.includes, def.position)) return;
			payload.issues.push({
				origin: "string",
				code: "invalid_format",
				format: "includes",
				includes: def.includes,
				input: payload.value,
				inst,
				continue: !def.abort
			});
		};
	});
	$ZodCheckStartsWith = /* @__PURE__ */ $constructor("$ZodCheckStartsWith", (inst, def) => {
		$ZodCheck.init(inst, def);
		const pattern = new RegExp(`^${escapeRegex(def.prefix)}.*`);
		def.pattern ?? (def.pattern = pattern);
		inst._zod.check = (payload) => {
			if (payload.value.startsWith(def.prefix)) return;
			payload.issues.push({
				origin: "string",
				code: "invalid_format",
				format: "starts_with",
				prefix: def.prefix,
				input: payload.value,
				inst,
				continue: !def.abort
			});
		};
	});
	$ZodCheckEndsWith = /* @__PURE__ */ $constructor("$ZodCheckEndsWith", (inst, def) => {
		$ZodCheck.init(inst, def);
		const pattern = new RegExp(`.*${escapeRegex(def.suffix)}$`);
		def.pattern ?? (def.pattern = pattern);
		inst._zod.check = (payload) => {
			if (payload.value.endsWith(def.suffix)) return;
			payload.issues.push({
				origin: "string",
				code: "invalid_format",
				format: "ends_with",
				suffix: def.suffix,
				input: payload.value,
				inst,
				continue: !def.abort
			});
		};
	});
	$ZodCheckOverwrite = /* @__PURE__ */ $constructor("$ZodCheckOverwrite", (inst, def) => {
		$ZodCheck.init(inst, def);
		inst._zod.check = (payload) => {
			payload.value = def.tx(payload.value);
		};
	});
}));
//#endregion
//#region ../../node_modules/.pnpm/zod@4.6.7/node_modules/zod/v4/core/doc.js
var Doc;
var init_doc = __esmMin((() => {
	Doc = class {
		constructor(args = [], closed = {}) {
			this.content = [];
			this.indent = 0;
			this.args = args;
			this.closed = closed;
		}
		indented(fn) {
			this.indent += 1;
			try {
				fn(this);
			} finally {
				this.indent -= 1;
			}
		}
		write(arg) {
			if (typeof arg === "function") {
				arg(this, { execution: "sync" });
				arg(this, { execution: "async" });
				return;
			}
			const lines = arg.split("\n").filter((x) => x);
			const minIndent = Math.min(...lines.map((x) => x.length - x.trimStart().length));
			const dedented = lines.map((x) => x.slice(minIndent)).map((x) => " ".repeat(this.indent * 2) + x);
			for (const line of dedented) this.content.push(line);
		}
		compile() {
			const F = Function;
			const content = this?.content ?? [``];
			return new F(...Object.keys(this.closed), `return function (${this.args.join(", ")}) {\n${content.join("\n")}\n};`)(...Object.values(this.closed));
		}
	};
}));
//#endregion
//#region ../../node_modules/.pnpm/zod@4.6.7/node_modules/zod/v4/core/versions.js
var version$1;
var init_versions = __esmMin((() => {
	version$1 = {
		major: 4,
		minor: 6,
		patch: 7
	};
}));
//#endregion
//#region ../../node_modules/.pnpm/zod@4.6.7/node_modules/zod/v4/core/schemas.js
async function validateAsync(inst, value) {
	const ctx = { async: true };
	return toStandardResult(await inst._zod.run({
		value,
		issues: []
	}, ctx), ctx);
}
function standardProps(inst) {
	return {
		validate: (value) => {
			const ctx = { async: false };
			try {
				const r = inst._zod.run({
					value,
					issues: []
				}, ctx);
				if (!(r instanceof Promise)) return toStandardResult(r, ctx);
			} catch (_) {}
			return validateAsync(inst, value);
		},
		vendor: "zod",
		version: 1
	};
}
function canParseURL(input) {
	try {
		if (typeof URL !== "undefined" && typeof URL.canParse === "function") return URL.canParse(input);
		new URL(input);
		return true;
	} catch {
		return false;
	}
}
function validateURL(trimmed, def) {
	if (!("normalize" in def) && !("hostname" in def) && !("protocol" in def)) return canParseURL(trimmed) || 2;
	return parseURLObject(trimmed, def);
}
/** Parses a URL while preserving the non-normalizing HTTP guard. */
function parseURLObject(trimmed, def) {
	if (!def.normalize && def.protocol?.source === httpProtocol.source && !/^https?:\/\//i.test(trimmed)) return 1;
	try {
		if (typeof URL !== "undefined") {
			const URLStatic = URL;
			if (typeof URLStatic.parse === "function") return URLStatic.parse(trimmed) ?? 2;
		}
		return new URL(trimmed);
	} catch {
		return 2;
	}
}
/** The URL parser deletes every ASCII tab, LF and CR from its input before it parses, so `new URL("https://exa\nmple.com")` reports on `example.com`. Applying the same deletion to the returned value closes the half of that divergence which can move the host; the parser's other rewrite, stripping C0 controls at the edges, cannot. */
function stripTabAndNewline(value) {
	return value.replace(asciiTabOrNewline, "");
}
function urlHostnameOk(url, hostname) {
	hostname.lastIndex = 0;
	return hostname.test(url.hostname);
}
function urlProtocolOk(url, protocol) {
	protocol.lastIndex = 0;
	return protocol.test(url.protocol.endsWith(":") ? url.protocol.slice(0, -1) : url.protocol);
}
function isValidIPv6(value) {
	if (!ipv6Alphabet.test(value)) return false;
	return canParseURL(`http://[${value}]`);
}
function isValidCIDRv6(value) {
	const parts = value.split("/");
	if (parts.length !== 2) return false;
	const [address, prefix] = parts;
	if (!prefix) return false;
	const prefixNum = Number(prefix);
	if (`${prefixNum}` !== prefix) return false;
	if (prefixNum < 0 || prefixNum > 128) return false;
	return isValidIPv6(address);
}
function isValidBase64(data) {
	if (data === "") return true;
	if (/\s/.test(data)) return false;
	if (data.length % 4 !== 0) return false;
	try {
		atob(data);
		return true;
	} catch {
		return false;
	}
}
function isValidBase64URL(data) {
	if (!base64urlCharset.test(data)) return false;
	const base64 = data.replace(/[-_]/g, (c) => c === "-" ? "+" : "/");
	return isValidBase64(base64.padEnd(Math.ceil(base64.length / 4) * 4, "="));
}
function isValidJWT(token, algorithm = null) {
	try {
		const tokensParts = token.split(".");
		if (tokensParts.length !== 3) return false;
		const [header] = tokensParts;
		if (!header) return false;
		const parsedHeader = JSON.parse(atob(header));
		if ("typ" in parsedHeader && parsedHeader?.typ !== "JWT") return false;
		if (!parsedHeader.alg) return false;
		if (algorithm && (!("alg" in parsedHeader) || parsedHeader.alg !== algorithm)) return false;
		return true;
	} catch {
		return false;
	}
}
function capSize(inst, size) {
	const caps = sizeCaps(inst._zod.def.checks);
	if (!caps.length) return;
	const cap = Math.min(...caps.map((c) => c[0]));
	const parse = inst._zod.parse;
	inst._zod.parse = (payload, ctx) => {
		const n = size(payload.value);
		if (n > cap && !ctx?.skipChecks && ctx?.direction !== "backward") {
			for (const [max, ch] of sizeCaps(inst._zod.def.checks)) if (n > max && ch._zod.def.when(payload)) {
				const start = payload.issues.length;
				ch._zod.check(payload);
				payload.issues[start].continue = false;
				attachSchema(payload.issues, start, inst);
				return payload;
			}
		}
		return parse(payload, ctx);
	};
}
function handleArrayResult(result, final, index) {
	if (result.issues.length) final.issues.push(...prefixIssues(index, result.issues));
	final.value[index] = result.value;
}
function handlePropertyResult(result, final, key, input, optin, optout) {
	const isPresent = key in input;
	const isOptionalOut = optout === "optional";
	if (!isPresent && isOptionalOut && optin === "optional") return;
	if (result.issues.length) {
		if (optin !== void 0 && isOptionalOut && !isPresent) return;
		final.issues.push(...prefixIssues(key, result.issues));
	}
	if (!isPresent && optin === void 0) {
		if (!result.issues.length) final.issues.push({
			code: "invalid_type",
			expected: "nonoptional",
			input: void 0,
			path: [key]
		});
		return;
	}
	if (result.value === void 0) {
		if (isPresent || optin === "defaulted" && !isOptionalOut) final.value[key] = void 0;
	} else final.value[key] = result.value;
}
function normalizeDef(def) {
	const keys = Object.keys(def.shape);
	const ownSymbols = Object.getOwnPropertySymbols(def.shape);
	const symbolKeys = ownSymbols.length ? ownSymbols : NO_SYMBOL_KEYS;
	const allKeys = symbolKeys.length ? [...keys, ...symbolKeys] : keys;
	for (const k of allKeys) if (!def.shape?.[k]?._zod?.traits?.has("$ZodType")) throw new Error(`Invalid element at key "${String(k)}": expected a Zod schema`);
	const okeys = optionalKeys(def.shape);
	return {
		...def,
		allKeys,
		symbolKeys,
		keySet: new Set(keys),
		numKeys: keys.length,
		optionalKeys: new Set(okeys)
	};
}
function handleCatchall(proms, input, payload, ctx, def, inst, abortEarly) {
	const unrecognized = [];
	const keySet = def.keySet;
	const _catchall = def.catchall._zod;
	const t = _catchall.def.type;
	const optin = _catchall.optin;
	const optout = _catchall.optout;
	let seen = 0;
	for (const key in input) {
		if (abortEarly && payload.issues.length !== seen) {
			if (aborted(payload, seen)) break;
			seen = payload.issues.length;
		}
		if (keySet.has(key)) continue;
		if (key === "__proto__") {
			if (t === "never") unrecognized.push(key);
			continue;
		}
		if (t === "never") {
			unrecognized.push(key);
			continue;
		}
		const r = _catchall.run({
			value: input[key],
			issues: []
		}, ctx);
		if (r instanceof Promise) proms.push(r.then((r) => handlePropertyResult(r, payload, key, input, optin, optout)));
		else handlePropertyResult(r, payload, key, input, optin, optout);
	}
	if (unrecognized.length) payload.issues.push({
		code: "unrecognized_keys",
		keys: unrecognized,
		input,
		inst,
		continue: true
	});
	if (!proms.length) return payload;
	return Promise.all(proms).then(() => {
		return payload;
	});
}
function handleUnionResults(results, final, inst, ctx) {
	for (const result of results) if (result.issues.length === 0) {
		final.value = result.value;
		return final;
	}
	const nonaborted = results.filter((r) => !aborted(r));
	if (nonaborted.length === 1) {
		final.value = nonaborted[0].value;
		return nonaborted[0];
	}
	final.issues.push({
		code: "invalid_union",
		input: final.value,
		inst,
		errors: results.map((result) => result.issues.map((iss) => finalizeIssue(iss, ctx, config())))
	});
	return final;
}
function mergeValues(a, b) {
	if (a === b) return {
		valid: true,
		data: a
	};
	if (a instanceof Date && b instanceof Date && +a === +b) return {
		valid: true,
		data: a
	};
	if (isPlainObject$1(a) && isPlainObject$1(b)) {
		const bKeys = Object.keys(b);
		const sharedKeys = Object.keys(a).filter((key) => bKeys.indexOf(key) !== -1);
		const newObj = {
			...a,
			...b
		};
		if (Object.prototype.hasOwnProperty.call(newObj, "__proto__")) delete newObj.__proto__;
		for (const key of sharedKeys) {
			if (key === "__proto__") continue;
			const sharedValue = mergeValues(a[key], b[key]);
			if (!sharedValue.valid) return {
				valid: false,
				mergeErrorPath: [key, ...sharedValue.mergeErrorPath]
			};
			newObj[key] = sharedValue.data;
		}
		return {
			valid: true,
			data: newObj
		};
	}
	if (Array.isArray(a) && Array.isArray(b)) {
		if (a.length !== b.length) return {
			valid: false,
			mergeErrorPath: []
		};
		const newArray = [];
		for (let index = 0; index < a.length; index++) {
			const itemA = a[index];
			const itemB = b[index];
			const sharedValue = mergeValues(itemA, itemB);
			if (!sharedValue.valid) return {
				valid: false,
				mergeErrorPath: [index, ...sharedValue.mergeErrorPath]
			};
			newArray.push(sharedValue.data);
		}
		return {
			valid: true,
			data: newArray
		};
	}
	return {
		valid: false,
		mergeErrorPath: []
	};
}
function handleIntersectionResults(result, left, right) {
	const unrecKeys = /* @__PURE__ */ new Map();
	let unrecIssue;
	const keyIssues = /* @__PURE__ */ new Map();
	const collect = (iss, side) => {
		let keys;
		if (iss.code === "unrecognized_keys" && !iss.path?.length) {
			unrecIssue ?? (unrecIssue = iss);
			keys = iss.keys;
		} else if (iss.code === "invalid_key" && iss.origin === "record" && iss.path?.length === 1) {
			const k = String(iss.path[0]);
			if (!keyIssues.has(k)) keyIssues.set(k, iss);
			keys = [k];
		} else return false;
		for (const k of keys) {
			if (!unrecKeys.has(k)) unrecKeys.set(k, {});
			unrecKeys.get(k)[side] = true;
		}
		return true;
	};
	for (const iss of left.issues) if (!collect(iss, "l")) result.issues.push(iss);
	for (const iss of right.issues) if (!collect(iss, "r")) result.issues.push(iss);
	const bothKeys = [...unrecKeys].filter(([, f]) => f.l && f.r).map(([k]) => k);
	if (bothKeys.length) {
		const aggregated = unrecIssue ? bothKeys.filter((k) => unrecIssue.keys.includes(k)) : [];
		if (aggregated.length) result.issues.push({
			...unrecIssue,
			keys: aggregated
		});
		for (const k of bothKeys) if (!aggregated.includes(k) && keyIssues.has(k)) result.issues.push(keyIssues.get(k));
	}
	const merged = mergeValues(left.value, right.value);
	if (!merged.valid) {
		if (aborted(result)) return result;
		throw new Error(`Unmergable intersection. Error path: ${JSON.stringify(merged.mergeErrorPath)}`);
	}
	result.value = merged.data;
	return result;
}
function handleOptionalResult(payload, result) {
	payload.value = result.issues.length ? void 0 : result.value;
	return payload;
}
function handleDefaultResult(payload, def) {
	if (payload.value === void 0) payload.value = def.defaultValue;
	return payload;
}
function handleNonOptionalResult(payload, inst) {
	if (!payload.issues.length && payload.value === void 0) payload.issues.push({
		code: "invalid_type",
		expected: "nonoptional",
		input: payload.value,
		inst
	});
	return payload;
}
function handleCatchResult(payload, result, def, ctx) {
	if (!result.issues.length) {
		payload.value = result.value;
		if (result.memo) payload.memo = true;
		return payload;
	}
	payload.value = def.catchValue({
		...result,
		value: payload.value,
		error: { issues: result.issues.map((iss) => finalizeIssue(iss, ctx, config())) },
		input: payload.value
	});
	return payload;
}
function handlePipeResult(left, next, ctx) {
	if (left.issues.some((iss) => iss.code !== "unrecognized_keys")) {
		left.aborted = true;
		return left;
	}
	return next._zod.run({
		value: left.value,
		issues: left.issues
	}, ctx);
}
function handleReadonlyResult(payload) {
	if (!payload.memo) payload.value = Object.freeze(payload.value);
	return payload;
}
function handleRefineResult(result, payload, input, inst) {
	if (!result) {
		const _iss = {
			code: "custom",
			input,
			inst,
			path: [...inst._zod.def.path ?? []],
			continue: !inst._zod.def.abort
		};
		if (inst._zod.def.params) _iss.params = inst._zod.def.params;
		payload.issues.push(issue(_iss));
	}
}
var $ZodType, toStandardResult, $ZodString, $ZodStringFormat, $ZodGUID, $ZodUUID, $ZodEmail, asciiTabOrNewline, $ZodURL, $ZodEmoji, $ZodNanoID, $ZodCUID, $ZodCUID2, $ZodULID, $ZodXID, $ZodKSUID, $ZodISODateTime, $ZodISODate, $ZodISOTime, $ZodISODuration, $ZodIPv4, ipv6Alphabet, $ZodIPv6, $ZodCIDRv4, $ZodCIDRv6, base64Charset, $ZodBase64, base64urlCharset, $ZodBase64URL, $ZodE164, $ZodJWT, $ZodNumber, $ZodNumberFormat, $ZodBoolean, $ZodUnknown, $ZodNever, arraySize, $ZodArray, NO_SYMBOL_KEYS, $ZodObject, $ZodObjectJIT, $ZodUnion, $ZodIntersection, $ZodRecord, $ZodEnum, $ZodLiteral, $ZodTransform, $ZodOptional, $ZodExactOptional, $ZodNullable, $ZodDefault, $ZodPrefault, $ZodNonOptional, $ZodCatch, $ZodPipe, $ZodReadonly, $ZodCustom;
var init_schemas$1 = __esmMin((() => {
	init_checks$1();
	init_core$2();
	init_doc();
	init_regexes();
	init_util();
	init_versions();
	$ZodType = /* @__PURE__ */ $constructor("$ZodType", (inst, def) => {
		var _a;
		inst ?? (inst = {});
		inst._zod.def = def;
		inst._zod.bag = inst._zod.bag || {};
		inst._zod.version = version$1;
		const defChecks = inst._zod.def.checks;
		const checks = inst._zod.traits.has("$ZodCheck") ? [inst, ...defChecks ?? []] : defChecks?.length ? [...defChecks] : [];
		for (const ch of checks) for (const fn of ch._zod.onattach) fn(inst);
		if (checks.length === 0) {
			(_a = inst._zod).deferred ?? (_a.deferred = []);
			inst._zod.deferred?.push(() => {
				inst._zod.run = inst._zod.parse;
			});
		} else {
			const runChecks = (payload, checks, ctx) => {
				if (payload.memo) return payload;
				let isAborted = aborted(payload);
				let asyncResult;
				for (const ch of checks) {
					if (ch._zod.def.when) {
						if (explicitlyAborted(payload)) continue;
						if (!ch._zod.def.when(payload)) continue;
					} else if (isAborted) continue;
					const currLen = payload.issues.length;
					const _ = ch._zod.check(payload);
					if (_ instanceof Promise && ctx?.async === false) throw new $ZodAsyncError();
					if (asyncResult || _ instanceof Promise) asyncResult = (asyncResult ?? Promise.resolve()).then(async () => {
						await _;
						if (payload.issues.length === currLen) return;
						attachSchema(payload.issues, currLen, inst);
						if (!isAborted) isAborted = aborted(payload, currLen);
					});
					else {
						if (payload.issues.length === currLen) continue;
						attachSchema(payload.issues, currLen, inst);
						if (!isAborted) isAborted = aborted(payload, currLen);
					}
				}
				if (asyncResult) return asyncResult.then(() => {
					return payload;
				});
				return payload;
			};
			const handleCanaryResult = (canary, payload, ctx) => {
				if (aborted(canary)) {
					canary.aborted = true;
					return canary;
				}
				const checkResult = runChecks(payload, checks, ctx);
				if (checkResult instanceof Promise) {
					if (ctx.async === false) throw new $ZodAsyncError();
					return checkResult.then((checkResult) => inst._zod.parse(checkResult, ctx));
				}
				return inst._zod.parse(checkResult, ctx);
			};
			inst._zod.run = (payload, ctx) => {
				if (ctx.skipChecks) return inst._zod.parse(payload, ctx);
				if (ctx.direction === "backward") {
					const canary = inst._zod.parse({
						value: payload.value,
						issues: []
					}, {
						...ctx,
						skipChecks: true
					});
					if (canary instanceof Promise) return canary.then((canary) => {
						return handleCanaryResult(canary, payload, ctx);
					});
					return handleCanaryResult(canary, payload, ctx);
				}
				const result = inst._zod.parse(payload, ctx);
				if (result instanceof Promise) {
					if (ctx.async === false) throw new $ZodAsyncError();
					return result.then((result) => runChecks(result, checks, ctx));
				}
				return runChecks(result, checks, ctx);
			};
		}
	}, {
		get "~standard"() {
			return hide(this, "~standard", standardProps(this));
		},
		set "~standard"(value) {
			own(this, "~standard", value);
		}
	});
	toStandardResult = (r, ctx) => r.issues.length ? { issues: r.issues.map((iss) => finalizeIssue(iss, ctx, config())) } : { value: r.value };
	$ZodString = /* @__PURE__ */ $constructor("$ZodString", (inst, def) => {
		$ZodType.init(inst, def);
		inst._zod.pattern = def.pattern ?? anyString;
		inst._zod.parse = (payload, _) => {
			if (def.coerce) try {
				payload.value = String(payload.value);
			} catch (_) {}
			if (typeof payload.value === "string") return payload;
			payload.issues.push({
				expected: "string",
				code: "invalid_type",
				input: payload.value,
				inst
			});
			return payload;
		};
	});
	$ZodStringFormat = /* @__PURE__ */ $constructor("$ZodStringFormat", (inst, def) => {
		$ZodCheckStringFormat.init(inst, def);
		$ZodString.init(inst, def);
	});
	$ZodGUID = /* @__PURE__ */ $constructor("$ZodGUID", (inst, def) => {
		def.pattern ?? (def.pattern = guid);
		$ZodStringFormat.init(inst, def);
	});
	$ZodUUID = /* @__PURE__ */ $constructor("$ZodUUID", (inst, def) => {
		if (def.version) {
			const v = {
				v1: 1,
				v2: 2,
				v3: 3,
				v4: 4,
				v5: 5,
				v6: 6,
				v7: 7,
				v8: 8
			}[def.version];
			if (v === void 0) throw new Error(`Invalid UUID version: "${def.version}"`);
			def.pattern ?? (def.pattern = uuid(v));
		} else def.pattern ?? (def.pattern = uuid());
		$ZodStringFormat.init(inst, def);
	});
	$ZodEmail = /* @__PURE__ */ $constructor("$ZodEmail", (inst, def) => {
		def.pattern ?? (def.pattern = email);
		$ZodStringFormat.init(inst, def);
	});
	asciiTabOrNewline = /[\t\n\r]/g;
	$ZodURL = /* @__PURE__ */ $constructor("$ZodURL", (inst, def) => {
		$ZodStringFormat.init(inst, def);
		inst._zod.check = (payload) => {
			try {
				const trimmed = payload.value.trim();
				const url = validateURL(trimmed, def);
				if (url === 1) {
					payload.issues.push({
						code: "invalid_format",
						format: "url",
						note: "Invalid URL format",
						input: payload.value,
						inst,
						continue: !def.abort
					});
					return;
				}
				if (url === 2) {
					payload.issues.push({
						code: "invalid_format",
						format: "url",
						input: payload.value,
						inst,
						continue: !def.abort
					});
					return;
				}
				if (url === true) {
					payload.value = stripTabAndNewline(trimmed);
					return;
				}
				if (def.hostname && !urlHostnameOk(url, def.hostname)) payload.issues.push({
					code: "invalid_format",
					format: "url",
					note: "Invalid hostname",
					pattern: def.hostname.source,
					input: payload.value,
					inst,
					continue: !def.abort
				});
				if (def.protocol && !urlProtocolOk(url, def.protocol)) payload.issues.push({
					code: "invalid_format",
					format: "url",
					note: "Invalid protocol",
					pattern: def.protocol.source,
					input: payload.value,
					inst,
					continue: !def.abort
				});
				payload.value = def.normalize ? url.href : stripTabAndNewline(trimmed);
				return;
			} catch (_) {
				payload.issues.push({
					code: "invalid_format",
					format: "url",
					input: payload.value,
					inst,
					continue: !def.abort
				});
			}
		};
	});
	$ZodEmoji = /* @__PURE__ */ $constructor("$ZodEmoji", (inst, def) => {
		def.pattern ?? (def.pattern = emoji());
		$ZodStringFormat.init(inst, def);
	});
	$ZodNanoID = /* @__PURE__ */ $constructor("$ZodNanoID", (inst, def) => {
		if (def.length !== void 0 && (!Number.isInteger(def.length) || def.length < 1)) throw new Error(`Invalid nanoid length: ${def.length}`);
		def.pattern ?? (def.pattern = def.length === void 0 ? nanoid : nanoidOfLength(def.length));
		$ZodStringFormat.init(inst, def);
	});
	$ZodCUID = /* @__PURE__ */ $constructor("$ZodCUID", (inst, def) => {
		def.pattern ?? (def.pattern = cuid);
		$ZodStringFormat.init(inst, def);
	});
	$ZodCUID2 = /* @__PURE__ */ $constructor("$ZodCUID2", (inst, def) => {
		def.pattern ?? (def.pattern = cuid2);
		$ZodStringFormat.init(inst, def);
	});
	$ZodULID = /* @__PURE__ */ $constructor("$ZodULID", (inst, def) => {
		def.pattern ?? (def.pattern = ulid);
		$ZodStringFormat.init(inst, def);
	});
	$ZodXID = /* @__PURE__ */ $constructor("$ZodXID", (inst, def) => {
		def.pattern ?? (def.pattern = xid);
		$ZodStringFormat.init(inst, def);
	});
	$ZodKSUID = /* @__PURE__ */ $constructor("$ZodKSUID", (inst, def) => {
		def.pattern ?? (def.pattern = ksuid);
		$ZodStringFormat.init(inst, def);
	});
	$ZodISODateTime = /* @__PURE__ */ $constructor("$ZodISODateTime", (inst, def) => {
		def.pattern ?? (def.pattern = datetime(def));
		$ZodStringFormat.init(inst, def);
	});
	$ZodISODate = /* @__PURE__ */ $constructor("$ZodISODate", (inst, def) => {
		def.pattern ?? (def.pattern = date);
		$ZodStringFormat.init(inst, def);
	});
	$ZodISOTime = /* @__PURE__ */ $constructor("$ZodISOTime", (inst, def) => {
		def.pattern ?? (def.pattern = time(def));
		$ZodStringFormat.init(inst, def);
	});
	$ZodISODuration = /* @__PURE__ */ $constructor("$ZodISODuration", (inst, def) => {
		def.pattern ?? (def.pattern = duration);
		$ZodStringFormat.init(inst, def);
	});
	$ZodIPv4 = /* @__PURE__ */ $constructor("$ZodIPv4", (inst, def) => {
		def.pattern ?? (def.pattern = ipv4);
		$ZodStringFormat.init(inst, def);
	});
	ipv6Alphabet = /^[0-9a-fA-F:.]+$/;
	$ZodIPv6 = /* @__PURE__ */ $constructor("$ZodIPv6", (inst, def) => {
		def.pattern ?? (def.pattern = ipv6);
		$ZodStringFormat.init(inst, def);
		inst._zod.check = (payload) => {
			if (!isValidIPv6(payload.value)) payload.issues.push({
				code: "invalid_format",
				format: "ipv6",
				input: payload.value,
				inst,
				continue: !def.abort
			});
		};
	});
	$ZodCIDRv4 = /* @__PURE__ */ $constructor("$ZodCIDRv4", (inst, def) => {
		def.pattern ?? (def.pattern = cidrv4);
		$ZodStringFormat.init(inst, def);
	});
	$ZodCIDRv6 = /* @__PURE__ */ $constructor("$ZodCIDRv6", (inst, def) => {
		def.pattern ?? (def.pattern = cidrv6);
		$ZodStringFormat.init(inst, def);
		inst._zod.check = (payload) => {
			if (!isValidCIDRv6(payload.value)) payload.issues.push({
				code: "invalid_format",
				format: "cidrv6",
				input: payload.value,
				inst,
				continue: !def.abort
			});
		};
	});
	base64Charset = /^[0-9a-zA-Z+/]*={0,2}$/;
	$ZodBase64 = /* @__PURE__ */ $constructor("$ZodBase64", (inst, def) => {
		def.pattern ?? (def.pattern = base64Charset);
		$ZodStringFormat.init(inst, def);
		inst._zod.check = (payload) => {
			if (isValidBase64(payload.value)) return;
			payload.issues.push({
				code: "invalid_format",
				format: "base64",
				input: payload.value,
				inst,
				continue: !def.abort
			});
		};
	});
	base64urlCharset = /^[A-Za-z0-9_-]*$/;
	$ZodBase64URL = /* @__PURE__ */ $constructor("$ZodBase64URL", (inst, def) => {
		def.pattern ?? (def.pattern = base64urlCharset);
		$ZodStringFormat.init(inst, def);
		inst._zod.check = (payload) => {
			if (isValidBase64URL(payload.value)) return;
			payload.issues.push({
				code: "invalid_format",
				format: "base64url",
				input: payload.value,
				inst,
				continue: !def.abort
			});
		};
	});
	$ZodE164 = /* @__PURE__ */ $constructor("$ZodE164", (inst, def) => {
		def.pattern ?? (def.pattern = e164);
		$ZodStringFormat.init(inst, def);
	});
	$ZodJWT = /* @__PURE__ */ $constructor("$ZodJWT", (inst, def) => {
		$ZodStringFormat.init(inst, def);
		inst._zod.check = (payload) => {
			if (isValidJWT(payload.value, def.alg)) return;
			payload.issues.push({
				code: "invalid_format",
				format: "jwt",
				input: payload.value,
				inst,
				continue: !def.abort
			});
		};
	});
	$ZodNumber = /* @__PURE__ */ $constructor("$ZodNumber", (inst, def) => {
		$ZodType.init(inst, def);
		inst._zod.pattern = number$1;
		inst._zod.parse = (payload, _ctx) => {
			if (def.coerce) try {
				payload.value = Number(payload.value);
			} catch (_) {}
			const input = payload.value;
			if (typeof input === "number" && !Number.isNaN(input) && Number.isFinite(input)) return payload;
			const received = typeof input === "number" ? Number.isNaN(input) ? "NaN" : !Number.isFinite(input) ? String(input) : void 0 : void 0;
			payload.issues.push({
				expected: "number",
				code: "invalid_type",
				input,
				inst,
				...received ? { received } : {}
			});
			return payload;
		};
	});
	$ZodNumberFormat = /* @__PURE__ */ $constructor("$ZodNumberFormat", (inst, def) => {
		$ZodCheckNumberFormat.init(inst, def);
		$ZodNumber.init(inst, def);
	});
	$ZodBoolean = /* @__PURE__ */ $constructor("$ZodBoolean", (inst, def) => {
		$ZodType.init(inst, def);
		inst._zod.pattern = boolean$1;
		inst._zod.parse = (payload, _ctx) => {
			if (def.coerce) try {
				payload.value = Boolean(payload.value);
			} catch (_) {}
			const input = payload.value;
			if (typeof input === "boolean") return payload;
			payload.issues.push({
				expected: "boolean",
				code: "invalid_type",
				input,
				inst
			});
			return payload;
		};
	});
	$ZodUnknown = /* @__PURE__ */ $constructor("$ZodUnknown", (inst, def) => {
		$ZodType.init(inst, def);
		inst._zod.parse = (payload) => payload;
	});
	$ZodNever = /* @__PURE__ */ $constructor("$ZodNever", (inst, def) => {
		$ZodType.init(inst, def);
		inst._zod.parse = (payload, _ctx) => {
			payload.issues.push({
				expected: "never",
				code: "invalid_type",
				input: payload.value,
				inst
			});
			return payload;
		};
	});
	arraySize = (input) => Array.isArray(input) ? input.length : -1;
	$ZodArray = /* @__PURE__ */ $constructor("$ZodArray", (inst, def) => {
		$ZodType.init(inst, def);
		const memo = globalConfig.memoizer;
		memo?.attach(inst);
		inst._zod.parse = (payload, ctx) => {
			const input = payload.value;
			if (!Array.isArray(input)) {
				payload.issues.push({
					expected: "array",
					code: "invalid_type",
					input,
					inst
				});
				return payload;
			}
			payload.value = memo ? memo.alloc(inst, payload, Array(input.length), ctx) : Array(input.length);
			const proms = [];
			const abortEarly = ctx?.abortEarly;
			for (let i = 0; i < input.length; i++) {
				const item = input[i];
				const result = def.element._zod.run({
					value: item,
					issues: []
				}, ctx);
				if (result instanceof Promise) proms.push(result.then((result) => handleArrayResult(result, payload, i)));
				else {
					handleArrayResult(result, payload, i);
					if (abortEarly && result.issues.length !== 0 && aborted(result)) break;
				}
			}
			if (proms.length) return Promise.all(proms).then(() => payload);
			return payload;
		};
		capSize(inst, arraySize);
	});
	NO_SYMBOL_KEYS = [];
	$ZodObject = /* @__PURE__ */ $constructor("$ZodObject", (inst, def) => {
		$ZodType.init(inst, def);
		const desc = Object.getOwnPropertyDescriptor(def, "shape");
		const sh = desc?.get ? desc.get.raw : def.shape ?? {};
		if (sh) {
			const get = () => {
				const newSh = { ...sh };
				Object.defineProperty(def, "shape", { value: newSh });
				get.raw = newSh;
				return newSh;
			};
			get.raw = sh;
			Object.defineProperty(def, "shape", { get });
		}
		const _normalized = cached(() => normalizeDef(def));
		defineLazyInternal(inst, "propValues", (zod) => {
			const shape = zod.def.shape;
			const propValues = {};
			for (const key in shape) {
				const field = shape[key]._zod;
				if (field.values) {
					if (!Object.prototype.hasOwnProperty.call(propValues, key)) assignProp(propValues, key, /* @__PURE__ */ new Set());
					for (const v of field.values) propValues[key].add(v);
					if (field.optin !== void 0) propValues[key].add(void 0);
				}
			}
			return propValues;
		});
		const isObject = isObject$1;
		const catchall = def.catchall;
		let value;
		const memo = globalConfig.memoizer;
		memo?.attach(inst);
		inst._zod.parse = (payload, ctx) => {
			value ?? (value = _normalized.value);
			const input = payload.value;
			if (!isObject(input)) {
				payload.issues.push({
					expected: "object",
					code: "invalid_type",
					input,
					inst
				});
				return payload;
			}
			payload.value = memo ? memo.alloc(inst, payload, {}, ctx) : {};
			const proms = [];
			const shape = value.shape;
			const abortEarly = ctx?.abortEarly;
			let seen = payload.issues.length;
			for (const key of value.allKeys) {
				if (abortEarly && payload.issues.length !== seen) {
					if (aborted(payload, seen)) break;
					seen = payload.issues.length;
				}
				if (key === "__proto__") continue;
				const el = shape[key];
				const optin = el._zod.optin;
				const optout = el._zod.optout;
				const r = el._zod.run({
					value: input[key],
					issues: []
				}, ctx);
				if (r instanceof Promise) proms.push(r.then((r) => handlePropertyResult(r, payload, key, input, optin, optout)));
				else handlePropertyResult(r, payload, key, input, optin, optout);
			}
			if (!catchall) return proms.length ? Promise.all(proms).then(() => payload) : payload;
			return handleCatchall(proms, input, payload, ctx, _normalized.value, inst, abortEarly === true);
		};
	});
	$ZodObjectJIT = /* @__PURE__ */ $constructor("$ZodObjectJIT", (inst, def) => {
		$ZodObject.init(inst, def);
		const superParse = inst._zod.parse;
		const _normalized = cached(() => normalizeDef(def));
		const memo = globalConfig.memoizer;
		const generateFastpass = (shape) => {
			const normalized = _normalized.value;
			const syms = normalized.symbolKeys;
			const doc = new Doc(["payload", "ctx"], {
				shape,
				inst,
				memo,
				syms
			});
			const parseStr = (k) => `shape[${k}]._zod.run({ value: input[${k}], issues: [] }, ctx)`;
			const prefixStr = (id, k) => `
          let ${id}_ab = false;
          for (let i = 0; i < ${id}.issues.length; i++) {
            const iss = ${id}.issues[i];
            iss.path = iss.path ? [${k}, ...iss.path] : [${k}];
            payload.issues.push(iss);
            if (iss.continue !== true) ${id}_ab = true;
          }
          if (${id}_ab && ctx && ctx.abortEarly) {
            payload.value = newResult;
            return payload;
          }`;
			doc.write(`const input = payload.value;`);
			const ids = Object.create(null);
			let counter = 0;
			for (const key of normalized.allKeys) ids[key] = `key_${counter++}`;
			doc.write(memo ? `const newResult = memo.alloc(inst, payload, {}, ctx);` : `const newResult = {};`);
			for (const key of normalized.allKeys) {
				if (key === "__proto__") continue;
				const id = ids[key];
				const k = typeof key === "symbol" ? `syms[${syms.indexOf(key)}]` : esc(key);
				const isPresent = `${k} in input`;
				const schema = shape[key];
				const optin = schema?._zod?.optin;
				const isOptionalIn = optin !== void 0;
				const isOptionalOut = schema?._zod?.optout === "optional";
				doc.write(`const ${id} = ${parseStr(k)};`);
				if (isOptionalIn && isOptionalOut) {
					const assign = optin === "optional" ? `${id}_present` : `${id}.value !== undefined || ${id}_present`;
					doc.write(`
        const ${id}_present = ${isPresent};
        if (!${id}.issues.length || ${id}_present) {
          if (${id}.issues.length) {${prefixStr(id, k)}
          }

          if (${assign}) {
            newResult[${k}] = ${id}.value;
          }
        }

      `);
				} else if (!isOptionalIn) doc.write(`
        const ${id}_present = ${isPresent};
        if (${id}.issues.length) {${prefixStr(id, k)}
        }
        if (!${id}_present && !${id}.issues.length) {
          payload.issues.push({
            code: "invalid_type",
            expected: "nonoptional",
            input: undefined,
            path: [${k}]
          });
          if (ctx && ctx.abortEarly) {
            payload.value = newResult;
            return payload;
          }
        }

        if (${id}_present) {
          newResult[${k}] = ${id}.value;
        }

      `);
				else {
					doc.write(`
        if (${id}.issues.length) {${prefixStr(id, k)}
        }
      `);
					if (optin === "defaulted") doc.write(`newResult[${k}] = ${id}.value;`);
					else doc.write(`
        if (${id}.value !== undefined || ${isPresent}) {
          newResult[${k}] = ${id}.value;
        }
      `);
				}
			}
			doc.write(`payload.value = newResult;`);
			doc.write(`return payload;`);
			return doc.compile();
		};
		let fastpass;
		const isObject = isObject$1;
		const jit = !globalConfig.jitless;
		const fastEnabled = jit && allowsEval.value;
		const catchall = def.catchall;
		let value;
		inst._zod.parse = (payload, ctx) => {
			value ?? (value = _normalized.value);
			const input = payload.value;
			if (!isObject(input)) {
				payload.issues.push({
					expected: "object",
					code: "invalid_type",
					input,
					inst
				});
				return payload;
			}
			if (jit && fastEnabled && ctx?.async === false && ctx.jitless !== true) {
				if (!fastpass) fastpass = generateFastpass(def.shape);
				payload = fastpass(payload, ctx);
				if (!catchall) return payload;
				return handleCatchall([], input, payload, ctx, value, inst, ctx?.abortEarly === true);
			}
			return superParse(payload, ctx);
		};
	});
	$ZodUnion = /* @__PURE__ */ $constructor("$ZodUnion", (inst, def) => {
		$ZodType.init(inst, def);
		defineLazyInternal(inst, "optin", (zod) => zod.def.options.some((o) => o._zod.optin === "defaulted") ? "defaulted" : zod.def.options.some((o) => o._zod.optin !== void 0) ? "optional" : void 0);
		defineLazyInternal(inst, "optout", (zod) => zod.def.options.some((o) => o._zod.optout === "optional") ? "optional" : void 0);
		defineLazyInternal(inst, "values", (zod) => {
			if (zod.def.options.every((o) => o._zod.values)) return new Set(zod.def.options.flatMap((option) => Array.from(option._zod.values)));
		});
		defineLazyInternal(inst, "pattern", (zod) => {
			if (zod.def.options.every((o) => o._zod.pattern)) {
				const patterns = zod.def.options.map((o) => o._zod.pattern);
				return new RegExp(`^(${patterns.map((p) => cleanRegex(p.source)).join("|")})$`);
			}
		});
		const first = def.options.length === 1 ? def.options[0]._zod.run : null;
		inst._zod.parse = (payload, ctx) => {
			if (first) return first(payload, ctx);
			let async = false;
			const results = [];
			for (const option of def.options) {
				const result = option._zod.run({
					value: payload.value,
					issues: []
				}, ctx);
				if (result instanceof Promise) {
					results.push(result);
					async = true;
				} else {
					if (result.issues.length === 0) return result;
					results.push(result);
				}
			}
			if (!async) return handleUnionResults(results, payload, inst, ctx);
			return Promise.all(results).then((results) => {
				return handleUnionResults(results, payload, inst, ctx);
			});
		};
	});
	$ZodIntersection = /* @__PURE__ */ $constructor("$ZodIntersection", (inst, def) => {
		$ZodType.init(inst, def);
		inst._zod.parse = (payload, ctx) => {
			const input = payload.value;
			const left = def.left._zod.run({
				value: input,
				issues: []
			}, ctx);
			const right = def.right._zod.run({
				value: input,
				issues: []
			}, ctx);
			if (left instanceof Promise || right instanceof Promise) return Promise.all([left, right]).then(([left, right]) => {
				return handleIntersectionResults(payload, left, right);
			});
			return handleIntersectionResults(payload, left, right);
		};
	});
	$ZodRecord = /* @__PURE__ */ $constructor("$ZodRecord", (inst, def) => {
		$ZodType.init(inst, def);
		const memo = globalConfig.memoizer;
		memo?.attach(inst);
		inst._zod.parse = (payload, ctx) => {
			const input = payload.value;
			if (!isPlainObject$1(input)) {
				payload.issues.push({
					expected: "record",
					code: "invalid_type",
					input,
					inst
				});
				return payload;
			}
			const proms = [];
			const values = def.keyType._zod.values;
			if (values && !def.partial) {
				payload.value = memo ? memo.alloc(inst, payload, {}, ctx) : {};
				const recordKeys = /* @__PURE__ */ new Set();
				for (const key of values) if (typeof key === "string" || typeof key === "number" || typeof key === "symbol") {
					recordKeys.add(typeof key === "number" ? key.toString() : key);
					if (key === "__proto__") continue;
					const keyResult = def.keyType._zod.run({
						value: key,
						issues: []
					}, ctx);
					if (keyResult instanceof Promise) throw new Error("Async schemas not supported in object keys currently");
					if (keyResult.issues.length) {
						payload.issues.push({
							code: "invalid_key",
							origin: "record",
							issues: keyResult.issues.map((iss) => finalizeIssue(iss, ctx, config())),
							input: key,
							path: [key],
							inst
						});
						continue;
					}
					const outKey = keyResult.value;
					if (outKey === "__proto__") continue;
					const result = def.valueType._zod.run({
						value: input[key],
						issues: []
					}, ctx);
					if (result instanceof Promise) proms.push(result.then((result) => {
						if (result.issues.length) payload.issues.push(...prefixIssues(key, result.issues));
						payload.value[outKey] = result.value;
					}));
					else {
						if (result.issues.length) payload.issues.push(...prefixIssues(key, result.issues));
						payload.value[outKey] = result.value;
					}
				}
				let unrecognized;
				for (const key in input) if (!recordKeys.has(key)) if (def.mode === "loose") {
					if (key === "__proto__") continue;
					payload.value[key] = input[key];
				} else {
					unrecognized = unrecognized ?? [];
					unrecognized.push(key);
				}
				if (unrecognized && unrecognized.length > 0) payload.issues.push({
					code: "unrecognized_keys",
					input,
					inst,
					keys: unrecognized,
					continue: true
				});
			} else {
				payload.value = memo ? memo.alloc(inst, payload, {}, ctx) : {};
				let unrecognized;
				for (const key of Reflect.ownKeys(input)) {
					if (key === "__proto__") continue;
					if (!Object.prototype.propertyIsEnumerable.call(input, key)) continue;
					let keyResult = def.keyType._zod.run({
						value: key,
						issues: []
					}, ctx);
					if (keyResult instanceof Promise) throw new Error("Async schemas not supported in object keys currently");
					if (typeof key === "string" && number$1.test(key) && keyResult.issues.length) {
						const retryResult = def.keyType._zod.run({
							value: Number(key),
							issues: []
						}, ctx);
						if (retryResult instanceof Promise) throw new Error("Async schemas not supported in object keys currently");
						if (retryResult.issues.length === 0) keyResult = retryResult;
					}
					if (keyResult.issues.length) {
						if (def.mode === "loose") payload.value[key] = input[key];
						else if (values) {
							unrecognized = unrecognized ?? [];
							unrecognized.push(key);
						} else payload.issues.push({
							code: "invalid_key",
							origin: "record",
							issues: keyResult.issues.map((iss) => finalizeIssue(iss, ctx, config())),
							input: key,
							path: [key],
							inst
						});
						continue;
					}
					const outKey = keyResult.value;
					if (outKey === "__proto__") continue;
					const result = def.valueType._zod.run({
						value: input[key],
						issues: []
					}, ctx);
					if (result instanceof Promise) proms.push(result.then((result) => {
						if (result.issues.length) payload.issues.push(...prefixIssues(key, result.issues));
						payload.value[outKey] = result.value;
					}));
					else {
						if (result.issues.length) payload.issues.push(...prefixIssues(key, result.issues));
						payload.value[outKey] = result.value;
					}
				}
				if (unrecognized && unrecognized.length > 0) payload.issues.push({
					code: "unrecognized_keys",
					input,
					inst,
					keys: unrecognized,
					continue: true
				});
			}
			if (proms.length) return Promise.all(proms).then(() => payload);
			return payload;
		};
	});
	$ZodEnum = /* @__PURE__ */ $constructor("$ZodEnum", (inst, def) => {
		$ZodType.init(inst, def);
		const values = getEnumValues(def.entries);
		const valuesSet = new Set(values);
		inst._zod.values = valuesSet;
		defineLazyInternal(inst, "pattern", (zod) => {
			const patternValues = getEnumValues(zod.def.entries).filter((k) => propertyKeyTypes.has(typeof k));
			return new RegExp(patternValues.length ? `^(${patternValues.map((o) => escapeRegex(o.toString())).join("|")})$` : "^[^\\s\\S]$");
		});
		inst._zod.parse = (payload, _ctx) => {
			const input = payload.value;
			if (valuesSet.has(input)) return payload;
			payload.issues.push({
				code: "invalid_value",
				values,
				input,
				inst
			});
			return payload;
		};
	});
	$ZodLiteral = /* @__PURE__ */ $constructor("$ZodLiteral", (inst, def) => {
		$ZodType.init(inst, def);
		const values = new Set(def.values);
		inst._zod.values = values;
		defineLazyInternal(inst, "pattern", (zod) => {
			const vals = zod.def.values;
			return new RegExp(vals.length ? `^(${vals.map((o) => typeof o === "string" ? escapeRegex(o) : o ? escapeRegex(o.toString()) : String(o)).join("|")})$` : "^[^\\s\\S]$");
		});
		inst._zod.parse = (payload, _ctx) => {
			const input = payload.value;
			if (values.has(input)) return payload;
			payload.issues.push({
				code: "invalid_value",
				values: def.values,
				input,
				inst
			});
			return payload;
		};
	});
	$ZodTransform = /* @__PURE__ */ $constructor("$ZodTransform", (inst, def) => {
		$ZodType.init(inst, def);
		inst._zod.optin = "optional";
		globalConfig.memoizer?.guard(inst);
		inst._zod.parse = (payload, ctx) => {
			if (ctx.direction === "backward") throw new $ZodEncodeError(inst.constructor.name);
			const _out = def.transform(payload.value, payload);
			if (ctx.async) return (_out instanceof Promise ? _out : Promise.resolve(_out)).then((output) => {
				payload.value = output;
				return payload;
			});
			if (_out instanceof Promise) throw new $ZodAsyncError();
			payload.value = _out;
			return payload;
		};
	});
	$ZodOptional = /* @__PURE__ */ $constructor("$ZodOptional", (inst, def) => {
		$ZodType.init(inst, def);
		defineLazyInternal(inst, "optin", (zod) => zod.def.innerType._zod.optin === "defaulted" ? "defaulted" : "optional");
		inst._zod.optout = "optional";
		defineLazyInternal(inst, "values", (zod) => {
			const values = zod.def.innerType._zod.values;
			return values ? new Set([...values, void 0]) : void 0;
		});
		defineLazyInternal(inst, "pattern", (zod) => {
			const pattern = zod.def.innerType._zod.pattern;
			return pattern ? new RegExp(`^(${cleanRegex(pattern.source)})?$`) : void 0;
		});
		inst._zod.parse = (payload, ctx) => {
			if (payload.value === void 0) {
				if (def.innerType._zod.optin !== "defaulted") return payload;
				const result = def.innerType._zod.run({
					value: payload.value,
					issues: []
				}, ctx);
				if (result instanceof Promise) return result.then((result) => handleOptionalResult(payload, result));
				return handleOptionalResult(payload, result);
			}
			return def.innerType._zod.run(payload, ctx);
		};
	});
	$ZodExactOptional = /* @__PURE__ */ $constructor("$ZodExactOptional", (inst, def) => {
		$ZodOptional.init(inst, def);
		defineLazyInternal(inst, "values", (zod) => zod.def.innerType._zod.values);
		defineLazyInternal(inst, "pattern", (zod) => zod.def.innerType._zod.pattern);
		inst._zod.parse = (payload, ctx) => {
			return def.innerType._zod.run(payload, ctx);
		};
	});
	$ZodNullable = /* @__PURE__ */ $constructor("$ZodNullable", (inst, def) => {
		$ZodType.init(inst, def);
		defineLazyInternal(inst, "optin", (zod) => zod.def.innerType._zod.optin);
		defineLazyInternal(inst, "optout", (zod) => zod.def.innerType._zod.optout);
		defineLazyInternal(inst, "pattern", (zod) => {
			const pattern = zod.def.innerType._zod.pattern;
			return pattern ? new RegExp(`^(${cleanRegex(pattern.source)}|null)$`) : void 0;
		});
		defineLazyInternal(inst, "values", (zod) => {
			return zod.def.innerType._zod.values ? new Set([...zod.def.innerType._zod.values, null]) : void 0;
		});
		inst._zod.parse = (payload, ctx) => {
			if (payload.value === null) return payload;
			return def.innerType._zod.run(payload, ctx);
		};
	});
	$ZodDefault = /* @__PURE__ */ $constructor("$ZodDefault", (inst, def) => {
		$ZodType.init(inst, def);
		inst._zod.optin = "defaulted";
		defineLazyInternal(inst, "values", (zod) => zod.def.innerType._zod.values);
		inst._zod.parse = (payload, ctx) => {
			if (ctx.direction === "backward") return def.innerType._zod.run(payload, ctx);
			if (payload.value === void 0) {
				payload.value = def.defaultValue;
				/**
				* $ZodDefault returns the default value immediately in forward direction.
				* It doesn't pass the default value into the validator ("prefault"). There's no reason to pass the default value through validation. The validity of the default is enforced by TypeScript statically. Otherwise, it's the responsibility of the user to ensure the default is valid. In the case of pipes with divergent in/out types, you can specify the default on the `in` schema of your ZodPipe to set a "prefault" for the pipe.   */
				return payload;
			}
			const result = def.innerType._zod.run(payload, ctx);
			if (result instanceof Promise) return result.then((result) => handleDefaultResult(result, def));
			return handleDefaultResult(result, def);
		};
	});
	$ZodPrefault = /* @__PURE__ */ $constructor("$ZodPrefault", (inst, def) => {
		$ZodType.init(inst, def);
		inst._zod.optin = "defaulted";
		defineLazyInternal(inst, "values", (zod) => zod.def.innerType._zod.values);
		inst._zod.parse = (payload, ctx) => {
			if (ctx.direction === "backward") return def.innerType._zod.run(payload, ctx);
			if (payload.value === void 0) payload.value = def.defaultValue;
			return def.innerType._zod.run(payload, ctx);
		};
	});
	$ZodNonOptional = /* @__PURE__ */ $constructor("$ZodNonOptional", (inst, def) => {
		$ZodType.init(inst, def);
		defineLazyInternal(inst, "values", (zod) => {
			const v = zod.def.innerType._zod.values;
			return v ? new Set([...v].filter((x) => x !== void 0)) : void 0;
		});
		inst._zod.parse = (payload, ctx) => {
			const result = def.innerType._zod.run(payload, ctx);
			if (result instanceof Promise) return result.then((result) => handleNonOptionalResult(result, inst));
			return handleNonOptionalResult(result, inst);
		};
	});
	$ZodCatch = /* @__PURE__ */ $constructor("$ZodCatch", (inst, def) => {
		$ZodType.init(inst, def);
		defineLazyInternal(inst, "optin", (zod) => zod.def.innerType._zod.optin === "defaulted" ? "defaulted" : "optional");
		defineLazyInternal(inst, "optout", (zod) => zod.def.innerType._zod.optout);
		defineLazyInternal(inst, "values", (zod) => zod.def.innerType._zod.values);
		inst._zod.parse = (payload, ctx) => {
			if (ctx.direction === "backward") return def.innerType._zod.run(payload, ctx);
			const result = def.innerType._zod.run({
				value: payload.value,
				issues: []
			}, ctx);
			if (result instanceof Promise) return result.then((result) => handleCatchResult(payload, result, def, ctx));
			return handleCatchResult(payload, result, def, ctx);
		};
	});
	$ZodPipe = /* @__PURE__ */ $constructor("$ZodPipe", (inst, def) => {
		$ZodType.init(inst, def);
		defineLazyInternal(inst, "values", (zod) => zod.def.in._zod.values);
		defineLazyInternal(inst, "optin", (zod) => zod.def.in._zod.optin);
		defineLazyInternal(inst, "optout", (zod) => zod.def.out._zod.optout);
		defineLazyInternal(inst, "propValues", (zod) => zod.def.in._zod.propValues);
		inst._zod.parse = (payload, ctx) => {
			if (ctx.direction === "backward") {
				const right = def.out._zod.run(payload, ctx);
				if (right instanceof Promise) return right.then((right) => handlePipeResult(right, def.in, ctx));
				return handlePipeResult(right, def.in, ctx);
			}
			const left = def.in._zod.run(payload, ctx);
			if (left instanceof Promise) return left.then((left) => handlePipeResult(left, def.out, ctx));
			return handlePipeResult(left, def.out, ctx);
		};
	});
	$ZodReadonly = /* @__PURE__ */ $constructor("$ZodReadonly", (inst, def) => {
		$ZodType.init(inst, def);
		defineLazyInternal(inst, "propValues", (zod) => zod.def.innerType._zod.propValues);
		defineLazyInternal(inst, "values", (zod) => zod.def.innerType._zod.values);
		defineLazyInternal(inst, "optin", (zod) => zod.def.innerType?._zod?.optin);
		defineLazyInternal(inst, "optout", (zod) => zod.def.innerType?._zod?.optout);
		inst._zod.parse = (payload, ctx) => {
			if (ctx.direction === "backward") return def.innerType._zod.run(payload, ctx);
			const result = def.innerType._zod.run(payload, ctx);
			if (result instanceof Promise) return result.then(handleReadonlyResult);
			return handleReadonlyResult(result);
		};
	});
	$ZodCustom = /* @__PURE__ */ $constructor("$ZodCustom", (inst, def) => {
		$ZodCheck.init(inst, def);
		$ZodType.init(inst, def);
		inst._zod.parse = (payload, _) => {
			return payload;
		};
		inst._zod.check = (payload) => {
			const input = payload.value;
			const r = def.fn(input);
			if (r instanceof Promise) return r.then((r) => handleRefineResult(r, payload, input, inst));
			handleRefineResult(r, payload, input, inst);
		};
	});
}));
//#endregion
//#region ../../node_modules/.pnpm/zod@4.6.7/node_modules/zod/v4/core/memoizer.js
function isRef(value) {
	return value !== null && typeof value === "object";
}
function cloneIssues(issues) {
	return issues.map((iss) => iss.path ? {
		...iss,
		path: iss.path.slice()
	} : { ...iss });
}
/** Whether this schema's subtree contains a cycle, so one parse can re-enter it. */
function isRecursive(inst, stack, resolve) {
	const cached = recursive.get(inst);
	if (cached !== void 0) return cached ? PROVEN : NONE;
	if (stack.has(inst)) return PROVEN;
	stack.add(inst);
	let result = NONE;
	const check = (child) => {
		if (result !== PROVEN && child?._zod) {
			const answer = isRecursive(child, stack, resolve);
			if (answer > result) result = answer;
		}
	};
	const shape = (sh, spread) => {
		let answer = NONE;
		for (const key of Reflect.ownKeys(sh)) {
			const desc = Object.getOwnPropertyDescriptor(sh, key);
			if (spread && !desc.enumerable) continue;
			const child = desc.get ? ASSUMED : desc.value?._zod ? isRecursive(desc.value, stack, resolve) : NONE;
			if (child > answer) answer = child;
		}
		return answer;
	};
	const merge = (answer) => {
		if (answer > result) result = answer;
	};
	const def = inst._zod.def;
	switch (def.type) {
		case "object": {
			const raw = rawShape(def);
			merge(raw ? shape(raw, true) : ASSUMED);
			check(def.catchall);
			break;
		}
		case "array":
			check(def.element);
			break;
		case "tuple":
			for (const el of def.items) check(el);
			check(def.rest);
			break;
		case "record":
		case "map":
			check(def.keyType);
			check(def.valueType);
			break;
		case "set":
			check(def.valueType);
			break;
		case "union":
			for (const el of def.options) check(el);
			break;
		case "intersection":
			check(def.left);
			check(def.right);
			break;
		case "optional":
		case "nullable":
		case "default":
		case "prefault":
		case "catch":
		case "readonly":
		case "nonoptional":
		case "promise":
		case "success":
			check(def.innerType);
			break;
		case "pipe":
			check(def.in);
			check(def.out);
			break;
		case "function":
			check(def.input);
			check(def.output);
			break;
		case "lazy": {
			const inner = def._cachedInner ?? (resolve ? inst._zod.innerType : void 0);
			merge(inner ? isRecursive(inner, stack, false) : ASSUMED);
			break;
		}
		case "template_literal":
		case "string":
		case "number":
		case "int":
		case "boolean":
		case "bigint":
		case "symbol":
		case "undefined":
		case "null":
		case "void":
		case "never":
		case "any":
		case "unknown":
		case "date":
		case "nan":
		case "enum":
		case "literal":
		case "file":
		case "transform":
		case "custom": break;
		default: for (const key in def) {
			const desc = Object.getOwnPropertyDescriptor(def, key);
			if (!desc || desc.get) continue;
			const value = desc.value;
			if (!value || typeof value !== "object") continue;
			if (value._zod) check(value);
			else if (Array.isArray(value)) for (const el of value) check(el);
		}
	}
	stack.delete(inst);
	return settle(inst, result);
}
/** An assumed answer must not outlive the resolution that settles it, so only a certain one is cached. */
function settle(inst, answer) {
	if (answer !== ASSUMED) recursive.set(inst, answer === PROVEN);
	return answer;
}
function bucketFor(state, inst) {
	let bucket = state.buckets.get(inst);
	if (!bucket) {
		bucket = /* @__PURE__ */ new WeakMap();
		state.buckets.set(inst, bucket);
	}
	return bucket;
}
/** The memoizer that gives containers cycle support. `zod` installs it by default; `zod/mini` opts in with `config({ memoizer: memoizer() })`. */
function memoizer() {
	return memo;
}
/** Whether this value is a node a back-edge resolved to before it finished. */
function isBackEdge(ctx, value) {
	const backEdges = ctx[STATE]?.backEdges;
	return backEdges !== void 0 && isRef(value) && backEdges.has(value);
}
var $ZodCyclicError, STATE, NO_ISSUES, recursive, NONE, ASSUMED, PROVEN, handoff, open$1, memo;
var init_memoizer = __esmMin((() => {
	init_util();
	$ZodCyclicError = class extends Error {
		constructor() {
			super(`Cannot parse a reference cycle that closes through a transform`);
			this.name = "ZodCyclicError";
		}
	};
	STATE = "~memo";
	NO_ISSUES = [];
	recursive = /* @__PURE__ */ new WeakMap();
	NONE = 0;
	ASSUMED = 1;
	PROVEN = 2;
	open$1 = [];
	memo = {
		alloc(_inst, payload, empty) {
			const bucket = handoff;
			if (!bucket) return empty;
			handoff = void 0;
			const entry = {
				value: empty,
				issues: null
			};
			bucket.set(payload.value, entry);
			open$1.push(entry);
			return empty;
		},
		guard(inst) {
			var _a;
			(_a = inst._zod).deferred ?? (_a.deferred = []);
			inst._zod.deferred.push(() => {
				const base = inst._zod.parse;
				const wrapped = (payload, ctx) => {
					if (ctx.direction !== "backward" && isBackEdge(ctx, payload.value)) throw new $ZodCyclicError();
					return base(payload, ctx);
				};
				inst._zod.parse = wrapped;
				if (inst._zod.run === base) inst._zod.run = wrapped;
			});
		},
		attach(inst) {
			var _a;
			let isRecursiveInst;
			let rechecked = false;
			let lastCtx;
			let lastBucket;
			(_a = inst._zod).deferred ?? (_a.deferred = []);
			inst._zod.deferred.push(() => {
				const base = inst._zod.parse;
				const wrapped = (payload, ctx) => {
					if (isRecursiveInst === void 0) {
						const walked = isRecursive(inst, /* @__PURE__ */ new Set(), false);
						if (walked === NONE) {
							inst._zod.parse = base;
							if (inst._zod.run === wrapped) inst._zod.run = base;
							return base(payload, ctx);
						}
						if (walked === PROVEN || rechecked) isRecursiveInst = true;
						else rechecked = true;
					}
					const input = payload.value;
					if (!isRef(input)) return base(payload, ctx);
					let state = ctx[STATE];
					if (!state) {
						state = {
							buckets: /* @__PURE__ */ new WeakMap(),
							backEdges: void 0
						};
						ctx[STATE] = state;
					}
					let bucket;
					if (lastCtx === ctx) bucket = lastBucket;
					else {
						bucket = bucketFor(state, inst);
						lastCtx = ctx;
						lastBucket = bucket;
					}
					const hit = bucket.get(input);
					if (hit) {
						payload.value = hit.value;
						if (hit.issues) {
							if (hit.issues.length) payload.issues.push(...cloneIssues(hit.issues));
						} else {
							payload.memo = true;
							state.backEdges ?? (state.backEdges = /* @__PURE__ */ new WeakSet());
							state.backEdges.add(hit.value);
						}
						return payload;
					}
					handoff = bucket;
					const depth = open$1.length;
					const result = base(payload, ctx);
					handoff = void 0;
					const entry = open$1.length > depth ? open$1.pop() : void 0;
					if (result instanceof Promise) return result.then((r) => {
						if (entry) entry.issues = r.issues.length ? cloneIssues(r.issues) : NO_ISSUES;
						return r;
					});
					if (entry) entry.issues = result.issues.length ? cloneIssues(result.issues) : NO_ISSUES;
					return result;
				};
				inst._zod.parse = wrapped;
				if (inst._zod.run === base) inst._zod.run = wrapped;
			});
		}
	};
}));
//#endregion
//#region ../../node_modules/.pnpm/zod@4.6.7/node_modules/zod/v4/locales/en.js
function en_default() {
	return { localeError: error() };
}
var error;
var init_en = __esmMin((() => {
	init_util();
	error = () => {
		const Sizable = {
			string: {
				unit: "characters",
				verb: "to have"
			},
			file: {
				unit: "bytes",
				verb: "to have"
			},
			array: {
				unit: "items",
				verb: "to have"
			},
			set: {
				unit: "items",
				verb: "to have"
			},
			map: {
				unit: "entries",
				verb: "to have"
			}
		};
		function getSizing(origin) {
			return Sizable[origin] ?? null;
		}
		const FormatDictionary = {
			regex: "input",
			email: "email address",
			url: "URL",
			emoji: "emoji",
			uuid: "UUID",
			uuidv4: "UUIDv4",
			uuidv6: "UUIDv6",
			nanoid: "nanoid",
			guid: "GUID",
			cuid: "cuid",
			cuid2: "cuid2",
			ulid: "ULID",
			xid: "XID",
			ksuid: "KSUID",
			datetime: "ISO datetime",
			date: "ISO date",
			time: "ISO time",
			duration: "ISO duration",
			ipv4: "IPv4 address",
			ipv6: "IPv6 address",
			mac: "MAC address",
			cidrv4: "IPv4 range",
			cidrv6: "IPv6 range",
			base64: "base64-encoded string",
			base64url: "base64url-encoded string",
			json_string: "JSON string",
			e164: "E.164 number",
			currency_code: "currency code",
			credit_card: "credit card number",
			iban: "IBAN",
			jwt: "JWT",
			template_literal: "input"
		};
		const TypeDictionary = { nan: "NaN" };
		function getTypeName(type, input) {
			if (type === "number" && typeof input === "number" && !Number.isFinite(input)) return String(input);
			return TypeDictionary[type] ?? type;
		}
		return (issue) => {
			switch (issue.code) {
				case "invalid_type": return `Invalid input: expected ${getTypeName(issue.expected)}, received ${getTypeName(parsedType(issue.input), issue.input)}`;
				case "invalid_value":
					if (issue.values.length === 1) return `Invalid input: expected ${stringifyPrimitive(issue.values[0])}`;
					return `Invalid option: expected one of ${joinValues(issue.values, "|")}`;
				case "too_big": {
					const adj = issue.exact ? "exactly " : issue.inclusive ? "<=" : "<";
					const sizing = getSizing(issue.origin);
					if (sizing) return `Too big: expected ${issue.origin ?? "value"} to have ${adj}${issue.maximum.toString()} ${sizing.unit ?? "elements"}`;
					return `Too big: expected ${issue.origin ?? "value"} to be ${adj}${issue.maximum.toString()}`;
				}
				case "too_small": {
					const adj = issue.exact ? "exactly " : issue.inclusive ? ">=" : ">";
					const sizing = getSizing(issue.origin);
					if (sizing) return `Too small: expected ${issue.origin} to have ${adj}${issue.minimum.toString()} ${sizing.unit}`;
					return `Too small: expected ${issue.origin} to be ${adj}${issue.minimum.toString()}`;
				}
				case "invalid_format": {
					const _issue = issue;
					if (_issue.format === "starts_with") return `Invalid string: must start with "${_issue.prefix}"`;
					if (_issue.format === "ends_with") return `Invalid string: must end with "${_issue.suffix}"`;
					if (_issue.format === "includes") return `Invalid string: must include "${_issue.includes}"`;
					if (_issue.format === "regex") return `Invalid string: must match pattern ${_issue.pattern}`;
					return `Invalid ${FormatDictionary[_issue.format] ?? issue.format}`;
				}
				case "not_multiple_of": return `Invalid number: must be a multiple of ${issue.divisor}`;
				case "unrecognized_keys": return `Unrecognized key${issue.keys.length > 1 ? "s" : ""}: ${joinValues(issue.keys, ", ")}`;
				case "invalid_key": return `Invalid key in ${issue.origin}`;
				case "invalid_union":
					if (issue.options && Array.isArray(issue.options) && issue.options.length > 0) return `Invalid discriminator value. Expected ${issue.options.map((o) => `'${o}'`).join(" | ")}`;
					if (issue.inclusive === false) return "Invalid input: more than one option matched";
					return "Invalid input";
				case "invalid_element": return `Invalid value in ${issue.origin}`;
				default: return `Invalid input`;
			}
		};
	};
}));
//#endregion
//#region ../../node_modules/.pnpm/zod@4.6.7/node_modules/zod/v4/core/registries.js
function registry() {
	return new $ZodRegistry();
}
var _a, $ZodRegistry, globalRegistry;
var init_registries = __esmMin((() => {
	$ZodRegistry = class {
		constructor() {
			this._map = /* @__PURE__ */ new WeakMap();
			this._idmap = /* @__PURE__ */ new Map();
		}
		add(schema, ..._meta) {
			const meta = _meta[0];
			this._map.set(schema, meta);
			if (meta && typeof meta === "object" && "id" in meta) this._idmap.set(meta.id, schema);
			return this;
		}
		clear() {
			this._map = /* @__PURE__ */ new WeakMap();
			this._idmap = /* @__PURE__ */ new Map();
			return this;
		}
		remove(schema) {
			const meta = this._map.get(schema);
			if (meta && typeof meta === "object" && "id" in meta) this._idmap.delete(meta.id);
			this._map.delete(schema);
			return this;
		}
		get(schema) {
			const p = schema._zod.parent;
			if (p) {
				const pm = { ...this.get(p) ?? {} };
				delete pm.id;
				const f = {
					...pm,
					...this._map.get(schema)
				};
				return Object.keys(f).length ? f : void 0;
			}
			return this._map.get(schema);
		}
		has(schema) {
			return this._map.has(schema);
		}
	};
	(_a = globalThis).__zod_globalRegistry ?? (_a.__zod_globalRegistry = registry());
	globalRegistry = globalThis.__zod_globalRegistry;
}));
//#endregion
//#region ../../node_modules/.pnpm/zod@4.6.7/node_modules/zod/v4/core/compile.js
var init_compile = __esmMin((() => {}));
//#endregion
//#region ../../node_modules/.pnpm/zod@4.6.7/node_modules/zod/v4/core/api.js
function snapshotChecks(def) {
	if (def.checks) def.checks = [...def.checks];
	return def;
}
/* @__NO_SIDE_EFFECTS__ */
function _string(Class, params) {
	return new Class(snapshotChecks({
		type: "string",
		...normalizeParams(params)
	}));
}
/* @__NO_SIDE_EFFECTS__ */
function _email(Class, params) {
	return new Class({
		type: "string",
		format: "email",
		check: "string_format",
		abort: false,
		...normalizeParams(params)
	});
}
/* @__NO_SIDE_EFFECTS__ */
function _guid(Class, params) {
	return new Class({
		type: "string",
		format: "guid",
		check: "string_format",
		abort: false,
		...normalizeParams(params)
	});
}
/* @__NO_SIDE_EFFECTS__ */
function _uuid(Class, params) {
	return new Class({
		type: "string",
		format: "uuid",
		check: "string_format",
		abort: false,
		...normalizeParams(params)
	});
}
/* @__NO_SIDE_EFFECTS__ */
function _uuidv4(Class, params) {
	return new Class({
		type: "string",
		format: "uuid",
		check: "string_format",
		abort: false,
		version: "v4",
		...normalizeParams(params)
	});
}
/* @__NO_SIDE_EFFECTS__ */
function _uuidv6(Class, params) {
	return new Class({
		type: "string",
		format: "uuid",
		check: "string_format",
		abort: false,
		version: "v6",
		...normalizeParams(params)
	});
}
/* @__NO_SIDE_EFFECTS__ */
function _uuidv7(Class, params) {
	return new Class({
		type: "string",
		format: "uuid",
		check: "string_format",
		abort: false,
		version: "v7",
		...normalizeParams(params)
	});
}
/* @__NO_SIDE_EFFECTS__ */
function _url(Class, params) {
	return new Class({
		type: "string",
		format: "url",
		check: "string_format",
		abort: false,
		...normalizeParams(params)
	});
}
/* @__NO_SIDE_EFFECTS__ */
function _emoji(Class, params) {
	return new Class({
		type: "string",
		format: "emoji",
		check: "string_format",
		abort: false,
		...normalizeParams(params)
	});
}
/* @__NO_SIDE_EFFECTS__ */
function _nanoid(Class, params) {
	return new Class({
		type: "string",
		format: "nanoid",
		check: "string_format",
		abort: false,
		...normalizeParams(params)
	});
}
/**
* @deprecated CUID v1 is deprecated by its authors due to information leakage
* (timestamps embedded in the id). Use {@link _cuid2} instead.
* See https://github.com/paralleldrive/cuid.
*/
/* @__NO_SIDE_EFFECTS__ */
function _cuid(Class, params) {
	return new Class({
		type: "string",
		format: "cuid",
		check: "string_format",
		abort: false,
		...normalizeParams(params)
	});
}
/* @__NO_SIDE_EFFECTS__ */
function _cuid2(Class, params) {
	return new Class({
		type: "string",
		format: "cuid2",
		check: "string_format",
		abort: false,
		...normalizeParams(params)
	});
}
/* @__NO_SIDE_EFFECTS__ */
function _ulid(Class, params) {
	return new Class({
		type: "string",
		format: "ulid",
		check: "string_format",
		abort: false,
		...normalizeParams(params)
	});
}
/* @__NO_SIDE_EFFECTS__ */
function _xid(Class, params) {
	return new Class({
		type: "string",
		format: "xid",
		check: "string_format",
		abort: false,
		...normalizeParams(params)
	});
}
/* @__NO_SIDE_EFFECTS__ */
function _ksuid(Class, params) {
	return new Class({
		type: "string",
		format: "ksuid",
		check: "string_format",
		abort: false,
		...normalizeParams(params)
	});
}
/* @__NO_SIDE_EFFECTS__ */
function _ipv4(Class, params) {
	return new Class({
		type: "string",
		format: "ipv4",
		check: "string_format",
		abort: false,
		...normalizeParams(params)
	});
}
/* @__NO_SIDE_EFFECTS__ */
function _ipv6(Class, params) {
	return new Class({
		type: "string",
		format: "ipv6",
		check: "string_format",
		abort: false,
		...normalizeParams(params)
	});
}
/* @__NO_SIDE_EFFECTS__ */
function _cidrv4(Class, params) {
	return new Class({
		type: "string",
		format: "cidrv4",
		check: "string_format",
		abort: false,
		...normalizeParams(params)
	});
}
/* @__NO_SIDE_EFFECTS__ */
function _cidrv6(Class, params) {
	return new Class({
		type: "string",
		format: "cidrv6",
		check: "string_format",
		abort: false,
		...normalizeParams(params)
	});
}
/* @__NO_SIDE_EFFECTS__ */
function _base64(Class, params) {
	return new Class({
		type: "string",
		format: "base64",
		check: "string_format",
		abort: false,
		...normalizeParams(params)
	});
}
/* @__NO_SIDE_EFFECTS__ */
function _base64url(Class, params) {
	return new Class({
		type: "string",
		format: "base64url",
		check: "string_format",
		abort: false,
		...normalizeParams(params)
	});
}
/* @__NO_SIDE_EFFECTS__ */
function _e164(Class, params) {
	return new Class({
		type: "string",
		format: "e164",
		check: "string_format",
		abort: false,
		...normalizeParams(params)
	});
}
/* @__NO_SIDE_EFFECTS__ */
function _jwt(Class, params) {
	return new Class({
		type: "string",
		format: "jwt",
		check: "string_format",
		abort: false,
		...normalizeParams(params)
	});
}
/* @__NO_SIDE_EFFECTS__ */
function _isoDateTime(Class, params) {
	return new Class({
		type: "string",
		format: "datetime",
		check: "string_format",
		offset: false,
		local: false,
		precision: null,
		...normalizeParams(params)
	});
}
/* @__NO_SIDE_EFFECTS__ */
function _isoDate(Class, params) {
	return new Class({
		type: "string",
		format: "date",
		check: "string_format",
		...normalizeParams(params)
	});
}
/* @__NO_SIDE_EFFECTS__ */
function _isoTime(Class, params) {
	return new Class({
		type: "string",
		format: "time",
		check: "string_format",
		precision: null,
		...normalizeParams(params)
	});
}
/* @__NO_SIDE_EFFECTS__ */
function _isoDuration(Class, params) {
	return new Class({
		type: "string",
		format: "duration",
		check: "string_format",
		...normalizeParams(params)
	});
}
/* @__NO_SIDE_EFFECTS__ */
function _number(Class, params) {
	return new Class(snapshotChecks({
		type: "number",
		checks: [],
		...normalizeParams(params)
	}));
}
/* @__NO_SIDE_EFFECTS__ */
function _int(Class, params) {
	return new Class({
		type: "number",
		check: "number_format",
		abort: false,
		format: "safeint",
		...normalizeParams(params)
	});
}
/* @__NO_SIDE_EFFECTS__ */
function _boolean(Class, params) {
	return new Class({
		type: "boolean",
		...normalizeParams(params)
	});
}
/* @__NO_SIDE_EFFECTS__ */
function _unknown(Class) {
	return new Class({ type: "unknown" });
}
/* @__NO_SIDE_EFFECTS__ */
function _never(Class, params) {
	return new Class({
		type: "never",
		...normalizeParams(params)
	});
}
/* @__NO_SIDE_EFFECTS__ */
function _lt(value, params) {
	return new $ZodCheckLessThan({
		check: "less_than",
		...normalizeParams(params),
		value,
		inclusive: false
	});
}
/* @__NO_SIDE_EFFECTS__ */
function _lte(value, params) {
	return new $ZodCheckLessThan({
		check: "less_than",
		...normalizeParams(params),
		value,
		inclusive: true
	});
}
/* @__NO_SIDE_EFFECTS__ */
function _gt(value, params) {
	return new $ZodCheckGreaterThan({
		check: "greater_than",
		...normalizeParams(params),
		value,
		inclusive: false
	});
}
/* @__NO_SIDE_EFFECTS__ */
function _gte(value, params) {
	return new $ZodCheckGreaterThan({
		check: "greater_than",
		...normalizeParams(params),
		value,
		inclusive: true
	});
}
/* @__NO_SIDE_EFFECTS__ */
function _multipleOf(value, params) {
	return new $ZodCheckMultipleOf({
		check: "multiple_of",
		...normalizeParams(params),
		value
	});
}
/* @__NO_SIDE_EFFECTS__ */
function _maxLength(maximum, params) {
	return new $ZodCheckMaxLength({
		check: "max_length",
		...normalizeParams(params),
		maximum
	});
}
/* @__NO_SIDE_EFFECTS__ */
function _minLength(minimum, params) {
	return new $ZodCheckMinLength({
		check: "min_length",
		...normalizeParams(params),
		minimum
	});
}
/* @__NO_SIDE_EFFECTS__ */
function _length(length, params) {
	return new $ZodCheckLengthEquals({
		check: "length_equals",
		...normalizeParams(params),
		length
	});
}
/* @__NO_SIDE_EFFECTS__ */
function _regex(pattern, params) {
	return new $ZodCheckRegex({
		check: "string_format",
		format: "regex",
		...normalizeParams(params),
		pattern
	});
}
/* @__NO_SIDE_EFFECTS__ */
function _lowercase(params) {
	return new $ZodCheckLowerCase({
		check: "string_format",
		format: "lowercase",
		...normalizeParams(params)
	});
}
/* @__NO_SIDE_EFFECTS__ */
function _uppercase(params) {
	return new $ZodCheckUpperCase({
		check: "string_format",
		format: "uppercase",
		...normalizeParams(params)
	});
}
/* @__NO_SIDE_EFFECTS__ */
function _includes(includes, params) {
	return new $ZodCheckIncludes({
		check: "string_format",
		format: "includes",
		...normalizeParams(params),
		includes
	});
}
/* @__NO_SIDE_EFFECTS__ */
function _startsWith(prefix, params) {
	return new $ZodCheckStartsWith({
		check: "string_format",
		format: "starts_with",
		...normalizeParams(params),
		prefix
	});
}
/* @__NO_SIDE_EFFECTS__ */
function _endsWith(suffix, params) {
	return new $ZodCheckEndsWith({
		check: "string_format",
		format: "ends_with",
		...normalizeParams(params),
		suffix
	});
}
/* @__NO_SIDE_EFFECTS__ */
function _overwrite(tx) {
	return new $ZodCheckOverwrite({
		check: "overwrite",
		tx
	});
}
/* @__NO_SIDE_EFFECTS__ */
function _normalize(form) {
	return /* @__PURE__ */ _overwrite((input) => input.normalize(form));
}
/* @__NO_SIDE_EFFECTS__ */
function _trim() {
	return /* @__PURE__ */ _overwrite((input) => input.trim());
}
/* @__NO_SIDE_EFFECTS__ */
function _toLowerCase() {
	return /* @__PURE__ */ _overwrite((input) => input.toLowerCase());
}
/* @__NO_SIDE_EFFECTS__ */
function _toUpperCase() {
	return /* @__PURE__ */ _overwrite((input) => input.toUpperCase());
}
/* @__NO_SIDE_EFFECTS__ */
function _slugify() {
	return /* @__PURE__ */ _overwrite((input) => slugify(input));
}
/* @__NO_SIDE_EFFECTS__ */
function _array(Class, element, params) {
	return new Class({
		type: "array",
		element,
		...normalizeParams(params)
	});
}
/* @__NO_SIDE_EFFECTS__ */
function _refine(Class, fn, _params) {
	return new Class({
		type: "custom",
		check: "custom",
		fn,
		...normalizeParams(_params)
	});
}
/* @__NO_SIDE_EFFECTS__ */
function _superRefine(fn, params) {
	const ch = /* @__PURE__ */ _check((payload) => {
		payload.addIssue = (issue$2) => {
			if (typeof issue$2 === "string") payload.issues.push(issue(issue$2, payload.value, ch._zod.def));
			else {
				const _issue = issue$2;
				if (_issue.fatal) _issue.continue = false;
				_issue.code ?? (_issue.code = "custom");
				if (!("input" in _issue)) _issue.input = payload.value;
				_issue.inst ?? (_issue.inst = ch);
				_issue.continue ?? (_issue.continue = !ch._zod.def.abort);
				payload.issues.push(issue(_issue));
			}
		};
		return fn(payload.value, payload);
	}, params);
	return ch;
}
/* @__NO_SIDE_EFFECTS__ */
function _check(fn, params) {
	const ch = new $ZodCheck({
		check: "custom",
		...normalizeParams(params)
	});
	ch._zod.check = fn;
	return ch;
}
var init_api = __esmMin((() => {
	init_checks$1();
	init_util();
}));
//#endregion
//#region ../../node_modules/.pnpm/zod@4.6.7/node_modules/zod/v4/core/to-json-schema.js
function assignProps(target, ...sources) {
	for (const source of sources) for (const key of Reflect.ownKeys(source)) if (Object.prototype.propertyIsEnumerable.call(source, key)) assignProp(target, key, source[key]);
	return target;
}
function initializeContext(params) {
	let target = params?.target ?? "draft-2020-12";
	if (target === "draft-4") target = "draft-04";
	if (target === "draft-7") target = "draft-07";
	return {
		processors: params.processors ?? {},
		metadataRegistry: params?.metadata ?? globalRegistry,
		target,
		unrepresentable: params?.unrepresentable ?? "throw",
		override: params?.override ?? (() => {}),
		io: params?.io ?? "output",
		counter: 0,
		seen: /* @__PURE__ */ new Map(),
		sharedDefsExtractedFor: void 0,
		sharedEmitDoneFor: void 0,
		cycles: params?.cycles ?? "ref",
		reused: params?.reused ?? "inline",
		intersections: [],
		deferred: [],
		external: params?.external ?? void 0
	};
}
/**
* Applies the `unrepresentable` setting at a site that has no JSON Schema equivalent. Throws
* `message` unless the setting (or the handler's return value) says otherwise. Returns `true` if a
* custom JSON Schema was written into `json`, in which case the caller must not write its own.
*/
function handleUnrepresentable(schema, ctx, json, params, message) {
	const result = typeof ctx.unrepresentable === "function" ? ctx.unrepresentable({
		zodSchema: schema,
		path: params.path,
		message
	}) : ctx.unrepresentable;
	if (result === "any") return false;
	if (result === void 0 || result === "throw") throw new Error(message);
	Object.assign(json, result);
	return true;
}
function processSchema(schema, ctx, _params = {
	path: [],
	schemaPath: []
}) {
	var _a;
	const def = schema._zod.def;
	const seen = ctx.seen.get(schema);
	if (seen) {
		seen.count++;
		if (_params.schemaPath.includes(schema)) seen.cycle = _params.path;
		return seen.schema;
	}
	const result = {
		schema: {},
		count: 1,
		cycle: void 0,
		path: _params.path
	};
	ctx.seen.set(schema, result);
	ctx.sharedDefsExtractedFor = void 0;
	ctx.sharedEmitDoneFor = void 0;
	const overrideSchema = schema._zod.toJSONSchema?.();
	if (overrideSchema) result.schema = overrideSchema;
	else {
		const params = {
			..._params,
			schemaPath: [..._params.schemaPath, schema],
			path: _params.path
		};
		if (schema._zod.processJSONSchema) schema._zod.processJSONSchema(ctx, result.schema, params);
		else {
			const _json = result.schema;
			const processor = ctx.processors[def.type];
			if (!processor) throw new Error(`[toJSONSchema]: Non-representable type encountered: ${def.type}`);
			processor(schema, ctx, _json, params);
		}
		const parent = schema._zod.parent;
		if (parent) {
			if (!result.ref) result.ref = parent;
			processSchema(parent, ctx, params);
			ctx.seen.get(parent).isParent = true;
		}
	}
	const meta = ctx.metadataRegistry.get(schema);
	if (meta) assignProps(result.schema, meta);
	if (ctx.io === "input" && isTransforming(schema)) {
		delete result.schema.examples;
		delete result.schema.default;
	}
	if (ctx.io === "input" && "_prefault" in result.schema) (_a = result.schema).default ?? (_a.default = result.schema._prefault);
	delete result.schema._prefault;
	return ctx.seen.get(schema).schema;
}
function encodeJSONPointerSegment(segment) {
	return segment.replace(/~/g, "~0").replace(/\//g, "~1");
}
function extractDefs(ctx, schema) {
	const root = ctx.seen.get(schema);
	if (!root) throw new Error("Unprocessed schema. This is a bug in Zod.");
	if (ctx.external && ctx.sharedDefsExtractedFor === ctx.external) return;
	const idToSchema = /* @__PURE__ */ new Map();
	for (const entry of ctx.seen.entries()) {
		const id = ctx.metadataRegistry.get(entry[0])?.id;
		if (id) {
			const existing = idToSchema.get(id);
			if (existing && existing !== entry[0]) throw new Error(`Duplicate schema id "${id}" detected during JSON Schema conversion. Two different schemas cannot share the same id when converted together.`);
			idToSchema.set(id, entry[0]);
		}
	}
	const makeURI = (entry) => {
		const defsSegment = ctx.target === "draft-2020-12" ? "$defs" : "definitions";
		if (ctx.external) {
			const externalId = ctx.external.registry.get(entry[0])?.id;
			const uriGenerator = ctx.external.uri ?? ((id) => id);
			if (externalId) return { ref: uriGenerator(externalId) };
			const id = entry[1].defId ?? entry[1].schema.id ?? `schema${ctx.counter++}`;
			entry[1].defId = id;
			return {
				defId: id,
				ref: `${uriGenerator("__shared")}#/${defsSegment}/${encodeJSONPointerSegment(id)}`
			};
		}
		const uriPrefix = `#`;
		const defUriPrefix = `${uriPrefix}/${defsSegment}/`;
		if (entry[1] === root && !entry[1].schema.id) return { ref: uriPrefix };
		const defId = entry[1].schema.id ?? `__schema${ctx.counter++}`;
		return {
			defId,
			ref: defUriPrefix + encodeJSONPointerSegment(defId)
		};
	};
	const extractToDef = (entry) => {
		if (entry[1].schema.$ref) return;
		const seen = entry[1];
		const { ref, defId } = makeURI(entry);
		seen.def = { ...seen.schema };
		if (defId) seen.defId = defId;
		const schema = seen.schema;
		for (const key in schema) delete schema[key];
		schema.$ref = ref;
	};
	if (ctx.cycles === "throw") for (const entry of ctx.seen.entries()) {
		const seen = entry[1];
		if (seen.cycle) throw new Error(`Cycle detected: #/${seen.cycle?.join("/")}/<root>

Set the \`cycles\` parameter to \`"ref"\` to resolve cyclical schemas with defs.`);
	}
	for (const entry of ctx.seen.entries()) {
		const seen = entry[1];
		if (schema === entry[0]) {
			extractToDef(entry);
			continue;
		}
		if (ctx.external) {
			const ext = ctx.external.registry.get(entry[0])?.id;
			if (schema !== entry[0] && ext) {
				extractToDef(entry);
				continue;
			}
		}
		if (ctx.metadataRegistry.get(entry[0])?.id) {
			extractToDef(entry);
			continue;
		}
		if (seen.cycle) {
			extractToDef(entry);
			continue;
		}
		if (seen.count > 1) {
			if (ctx.reused === "ref") extractToDef(entry);
		}
	}
	if (ctx.external) ctx.sharedDefsExtractedFor = ctx.external;
}
/** Rewrites `anyOf: [{type: "a"}, {type: "b"}]` to `type: ["a", "b"]`, which every JSON Schema draft treats as equivalent and most consumers render far better for the nullable case. Only branches that are a bare type assertion qualify — anything carrying a constraint, `$ref`, `const` or metadata is left alone. Runs after `flattenRef`, so a branch an override decorated or `$defs` extraction turned into a `$ref` is no longer bare and correctly stays in `anyOf`. `oneOf` is excluded: `integer` and `number` overlap, so "exactly one" and "at least one" are not the same there. OpenAPI 3.0 is excluded: its `type` must be a single string. */
function compactTypeUnion(schema) {
	const options = schema.anyOf;
	if (!Array.isArray(options) || options.length === 0 || schema.type !== void 0) return;
	const types = [];
	for (const option of options) {
		if (!option || typeof option !== "object") return;
		compactTypeUnion(option);
		const keys = Object.keys(option);
		if (keys.length !== 1 || keys[0] !== "type") return;
		const type = option.type;
		for (const member of Array.isArray(type) ? type : [type]) {
			if (typeof member !== "string") return;
			if (!types.includes(member)) types.push(member);
		}
	}
	delete schema.anyOf;
	schema.type = types.length === 1 ? types[0] : types;
}
/** A member's constraint on a key it does not declare itself. A `catchall` states one; `false`, an absent `additionalProperties`, and the empty schema a loose object emits state nothing. */
function undeclaredConstraint(member) {
	const extra = member.additionalProperties;
	if (extra === void 0 || extra === false || typeof extra !== "object" || extra === null) return null;
	return Object.keys(extra).length ? extra : null;
}
/** Combines object members into the single object they describe together, or returns `null` if any of them carries a keyword outside {@link FOLDABLE_KEYS}. */
function foldObjects(members) {
	const objects = [];
	for (const member of members) {
		if (typeof member !== "object" || member.type !== "object") return null;
		for (const key in member) if (!FOLDABLE_KEYS.has(key)) return null;
		objects.push(member);
	}
	const properties = {};
	const required = /* @__PURE__ */ new Set();
	for (const object of objects) {
		for (const key in object.properties) {
			if (Object.prototype.hasOwnProperty.call(properties, key)) continue;
			const parts = [];
			for (const other of objects) {
				const part = other.properties?.[key] ?? undeclaredConstraint(other);
				if (part === null || part === void 0) continue;
				if (!parts.some((seen) => JSON.stringify(seen) === JSON.stringify(part))) parts.push(part);
			}
			assignProp(properties, key, parts.length === 1 ? parts[0] : foldObjects(parts) ?? { allOf: parts });
		}
		for (const key of object.required ?? []) required.add(key);
	}
	const folded = {
		type: "object",
		properties
	};
	if (required.size) folded.required = [...required];
	if (objects.every((object) => object.additionalProperties === false)) folded.additionalProperties = false;
	else {
		const constraints = [];
		for (const object of objects) {
			const constraint = undeclaredConstraint(object);
			if (constraint && !constraints.some((seen) => JSON.stringify(seen) === JSON.stringify(constraint))) constraints.push(constraint);
		}
		if (constraints.length === 1) folded.additionalProperties = constraints[0];
		else if (constraints.length > 1) folded.additionalProperties = { allOf: constraints };
	}
	return folded;
}
/** `additionalProperties` in an `allOf` member sees only that member's own `properties`, so two
* closed object members reject each other's keys and the schema validates nothing. Zod's parser
* pools the key sets instead — `handleIntersectionResults` reports a key as unrecognized only when
* *every* side rejects it — so the emitted schema has to pool them too, and folding the members
* into one object is the encoding that says so on every target.
*
* This runs from `finalize`, after `extractDefs`, which is what keeps it clear of the `$ref`
* machinery: a member extracted into `$defs` is already a `$ref` by now and declines to fold, so it
* keeps its reference and its own closedness rather than being inlined as a stale copy. */
function foldIntersection(json) {
	const allOf = json.allOf;
	if (!Array.isArray(allOf) || allOf.length < 2) return;
	for (const key of FOLDABLE_KEYS) if (key in json) return;
	const unions = allOf.filter((m) => UNION_KEYS.some((k) => Array.isArray(m[k])));
	let folded = null;
	if (!unions.length) folded = foldObjects(allOf);
	else {
		const union = unions[0];
		const keyword = UNION_KEYS.find((k) => Array.isArray(union[k]));
		if (Object.keys(union).length !== 1) return;
		const rest = allOf.filter((m) => m !== union);
		const branches = union[keyword].map((branch) => foldObjects([...rest, branch]));
		if (branches.some((b) => !b)) return;
		folded = { [keyword]: branches };
	}
	if (!folded) return;
	delete json.allOf;
	assignProps(json, folded);
}
function finalize(ctx, schema) {
	const root = ctx.seen.get(schema);
	if (!root) throw new Error("Unprocessed schema. This is a bug in Zod.");
	const flattenRef = (zodSchema) => {
		const seen = ctx.seen.get(zodSchema);
		if (seen.ref === null) return;
		const schema = seen.def ?? seen.schema;
		const _cached = { ...schema };
		const ref = seen.ref;
		seen.ref = null;
		if (ref) {
			flattenRef(ref);
			const refSeen = ctx.seen.get(ref);
			const refSchema = refSeen.schema;
			if (refSchema.$ref && (ctx.target === "draft-07" || ctx.target === "draft-04" || ctx.target === "openapi-3.0")) {
				schema.allOf = schema.allOf ?? [];
				schema.allOf.push(refSchema);
			} else assignProps(schema, refSchema);
			assignProps(schema, _cached);
			if (zodSchema._zod.parent === ref) for (const key in schema) {
				if (key === "$ref" || key === "allOf") continue;
				if (!(key in _cached)) delete schema[key];
			}
			if (refSchema.$ref && refSeen.def) for (const key in schema) {
				if (key === "$ref" || key === "allOf") continue;
				if (key in refSeen.def && JSON.stringify(schema[key]) === JSON.stringify(refSeen.def[key])) delete schema[key];
			}
		}
		const parent = zodSchema._zod.parent;
		if (parent && parent !== ref) {
			flattenRef(parent);
			const parentSeen = ctx.seen.get(parent);
			if (parentSeen?.schema.$ref) {
				schema.$ref = parentSeen.schema.$ref;
				if (parentSeen.def) for (const key in schema) {
					if (key === "$ref" || key === "allOf") continue;
					if (key in parentSeen.def && JSON.stringify(schema[key]) === JSON.stringify(parentSeen.def[key])) delete schema[key];
				}
			}
		}
		ctx.override({
			zodSchema,
			jsonSchema: schema,
			path: seen.path ?? []
		});
	};
	if (!ctx.external || ctx.sharedEmitDoneFor !== ctx.external) {
		for (const entry of [...ctx.seen.entries()].reverse()) flattenRef(entry[0]);
		if (ctx.target !== "openapi-3.0") for (const entry of ctx.seen.entries()) compactTypeUnion(entry[1].def ?? entry[1].schema);
		for (const rewrite of ctx.deferred) rewrite();
		if (ctx.intersections.length) {
			const carriers = /* @__PURE__ */ new Map();
			for (const seen of ctx.seen.values()) for (const json of [seen.schema, seen.def]) {
				const allOf = json?.allOf;
				if (!Array.isArray(allOf)) continue;
				const existing = carriers.get(allOf);
				if (existing) existing.push(json);
				else carriers.set(allOf, [json]);
			}
			for (const allOf of ctx.intersections) for (const json of carriers.get(allOf) ?? []) foldIntersection(json);
		}
	}
	const result = {};
	if (ctx.target === "draft-2020-12") result.$schema = "https://json-schema.org/draft/2020-12/schema";
	else if (ctx.target === "draft-07") result.$schema = "http://json-schema.org/draft-07/schema#";
	else if (ctx.target === "draft-04") result.$schema = "http://json-schema.org/draft-04/schema#";
	else if (ctx.target === "openapi-3.0") {}
	if (ctx.external?.uri) {
		const id = ctx.external.registry.get(schema)?.id;
		if (!id) throw new Error("Schema is missing an `id` property");
		result.$id = ctx.external.uri(id);
	}
	assignProps(result, root.defId ? root.schema : root.def ?? root.schema);
	const rootMetaId = ctx.metadataRegistry.get(schema)?.id;
	if (rootMetaId !== void 0 && result.id === rootMetaId) delete result.id;
	const defs = ctx.external?.defs ?? {};
	if (!ctx.external || ctx.sharedEmitDoneFor !== ctx.external) for (const entry of ctx.seen.entries()) {
		const seen = entry[1];
		if (seen.def && seen.defId) {
			if (seen.def.id === seen.defId) delete seen.def.id;
			assignProp(defs, seen.defId, seen.def);
		}
	}
	if (ctx.external) ctx.sharedEmitDoneFor = ctx.external;
	if (ctx.external) {} else if (Object.keys(defs).length > 0) if (ctx.target === "draft-2020-12") result.$defs = defs;
	else result.definitions = defs;
	try {
		const finalized = JSON.parse(JSON.stringify(result));
		Object.defineProperty(finalized, "~standard", {
			value: {
				...schema["~standard"],
				jsonSchema: {
					input: createStandardJSONSchemaMethod(schema, "input", ctx.processors),
					output: createStandardJSONSchemaMethod(schema, "output", ctx.processors)
				}
			},
			enumerable: false,
			writable: false
		});
		return finalized;
	} catch (_err) {
		throw new Error("Error converting schema to JSON.");
	}
}
function isTransforming(_schema, _ctx) {
	const ctx = _ctx ?? { seen: /* @__PURE__ */ new Set() };
	if (ctx.seen.has(_schema)) return false;
	ctx.seen.add(_schema);
	const def = _schema._zod.def;
	if (def.type === "transform") return true;
	if (def.type === "array") return isTransforming(def.element, ctx);
	if (def.type === "set") return isTransforming(def.valueType, ctx);
	if (def.type === "lazy") return isTransforming(def.getter(), ctx);
	if (def.type === "promise" || def.type === "optional" || def.type === "nonoptional" || def.type === "nullable" || def.type === "readonly" || def.type === "default" || def.type === "prefault" || def.type === "catch") return isTransforming(def.innerType, ctx);
	if (def.type === "intersection") return isTransforming(def.left, ctx) || isTransforming(def.right, ctx);
	if (def.type === "record" || def.type === "map") return isTransforming(def.keyType, ctx) || isTransforming(def.valueType, ctx);
	if (def.type === "pipe") {
		if (_schema._zod.traits.has("$ZodCodec")) return true;
		return isTransforming(def.in, ctx) || isTransforming(def.out, ctx);
	}
	if (def.type === "object") {
		for (const key in def.shape) if (isTransforming(def.shape[key], ctx)) return true;
		return false;
	}
	if (def.type === "union") {
		for (const option of def.options) if (isTransforming(option, ctx)) return true;
		return false;
	}
	if (def.type === "tuple") {
		for (const item of def.items) if (isTransforming(item, ctx)) return true;
		if (def.rest && isTransforming(def.rest, ctx)) return true;
		return false;
	}
	return false;
}
var FOLDABLE_KEYS, UNION_KEYS, createToJSONSchemaMethod, createStandardJSONSchemaMethod;
var init_to_json_schema = __esmMin((() => {
	init_registries();
	init_util();
	FOLDABLE_KEYS = new Set([
		"type",
		"properties",
		"required",
		"additionalProperties"
	]);
	UNION_KEYS = ["oneOf", "anyOf"];
	createToJSONSchemaMethod = (schema, processors = {}) => (params) => {
		const ctx = initializeContext({
			...params,
			processors
		});
		processSchema(schema, ctx);
		extractDefs(ctx, schema);
		return finalize(ctx, schema);
	};
	createStandardJSONSchemaMethod = (schema, io, processors = {}) => (params) => {
		const { libraryOptions, target } = params ?? {};
		const ctx = initializeContext({
			...libraryOptions ?? {},
			target,
			io,
			processors
		});
		processSchema(schema, ctx);
		extractDefs(ctx, schema);
		return finalize(ctx, schema);
	};
}));
//#endregion
//#region ../../node_modules/.pnpm/zod@4.6.7/node_modules/zod/v4/core/json-schema-processors.js
function aggregateChecks(schema) {
	const agg = {};
	const def = schema._zod.def;
	const list = schema._zod.traits.has("$ZodCheck") ? [schema, ...def.checks ?? []] : def.checks ?? [];
	for (const ch of list) contributors[ch._zod.def.check]?.(agg, ch._zod.def);
	const bag = schema._zod.bag;
	if (bag.minimum !== void 0) narrowMin(agg, "minimum", bag.minimum);
	if (bag.exclusiveMinimum !== void 0) narrowMin(agg, "exclusiveMinimum", bag.exclusiveMinimum);
	if (bag.maximum !== void 0) narrowMax(agg, "maximum", bag.maximum);
	if (bag.exclusiveMaximum !== void 0) narrowMax(agg, "exclusiveMaximum", bag.exclusiveMaximum);
	if (bag.multipleOf !== void 0) addDivisor(agg, bag.multipleOf);
	if (bag.format !== void 0) {
		agg.format ?? (agg.format = bag.format);
		if (bag.format.includes("int")) agg.isInt = true;
	}
	if (bag.mime) intersectMime(agg, bag.mime);
	for (const pattern of bag.patterns ?? []) addPattern(agg, pattern);
	return agg;
}
function inputOptin(schema) {
	const def = schema._zod.def;
	if (def.type === "pipe" && def.in._zod.traits.has("$ZodTransform")) return inputOptin(def.out);
	if (def.type === "catch") return inputOptin(def.innerType);
	return schema._zod.optin;
}
/** JSON object keys are always strings, so a numeric record key schema is re-expressed over the
* numeric-string form the record parser matches. Deferred to `finalize`, after the flatten: a key
* behind a wrapper only carries its own `type` before then, and a union key only has its branches.
*
* A numeric bound cannot apply to a property name, so `minimum` and its siblings are dropped rather
* than carried over: keeping them beside `type: "string"` reproduces the match-nothing schema this
* exists to fix. A key that carries one therefore emits wider than the record parses — `z.record(z.number().min(5), V)`
* accepts `"3"` — which is the deliberate trade, since throwing on it would reject an ordinary schema
* outright. */
function stringifyKeyNames(bySchema, json, visited) {
	if (json.$ref) {
		if (visited.has(json)) return json;
		visited.add(json);
		const def = bySchema.get(json)?.def;
		if (!def) return json;
		const inlined = stringifyKeyNames(bySchema, def, visited);
		return inlined === def ? json : inlined;
	}
	for (const keyword of ["anyOf", "oneOf"]) {
		const branches = json[keyword];
		if (!Array.isArray(branches)) continue;
		const mapped = branches.map((branch) => stringifyKeyNames(bySchema, branch, visited));
		if (mapped.some((branch, i) => branch !== branches[i])) json = {
			...json,
			[keyword]: mapped
		};
	}
	const types = Array.isArray(json.type) ? json.type : [json.type];
	const numericType = !types.includes("string") && types.some((t) => t === "number" || t === "integer");
	const values = json.enum ?? (json.const !== void 0 ? [json.const] : void 0);
	if (!numericType && !values?.some((v) => typeof v === "number")) return json;
	const { minimum, maximum, exclusiveMinimum, exclusiveMaximum, multipleOf, format, id, ...rest } = json;
	if (rest.enum) rest.enum = rest.enum.map((v) => typeof v === "number" ? String(v) : v);
	else if (typeof rest.const === "number") rest.const = String(rest.const);
	if (!numericType) return rest;
	rest.type = "string";
	if (!values) rest.pattern = (types.includes("number") ? number$1 : integer).source;
	return rest;
}
function rewriteKeyNames(ctx) {
	const bySchema = /* @__PURE__ */ new Map();
	for (const entry of ctx.seen.values()) if (entry.def && !bySchema.has(entry.schema)) bySchema.set(entry.schema, entry);
	const rewrites = /* @__PURE__ */ new Map();
	for (const record of pendingRecords.get(ctx) ?? []) {
		const seen = ctx.seen.get(record);
		const names = (seen?.def ?? seen?.schema)?.propertyNames;
		if (!names || names === true || rewrites.has(names)) continue;
		const rewritten = stringifyKeyNames(bySchema, names, /* @__PURE__ */ new Set());
		if (rewritten !== names) rewrites.set(names, rewritten);
	}
	if (!rewrites.size) return;
	for (const entry of ctx.seen.values()) for (const carrier of [entry.schema, entry.def]) {
		const rewritten = carrier && rewrites.get(carrier.propertyNames);
		if (rewritten) carrier.propertyNames = rewritten;
	}
}
function serializeDefaultValue(value, schema, ctx, json, params) {
	let unrepresentable = false;
	const serialized = JSON.stringify(value, (_, val) => {
		if (typeof val !== "bigint") return val;
		unrepresentable = true;
		return null;
	});
	if (!unrepresentable) return JSON.parse(serialized);
	handleUnrepresentable(schema, ctx, json, params, "BigInt defaults cannot be represented in JSON Schema");
	return UNREPRESENTABLE_DEFAULT;
}
var narrowMin, narrowMax, narrowBoth, addDivisor, addPattern, intersectMime, setFormat, minContributor, maxContributor, formatContributor, contributors, formatMap, exactPatterns, exactPattern, stringProcessor, numberProcessor, booleanProcessor, neverProcessor, unknownProcessor, enumProcessor, literalProcessor, customProcessor, transformProcessor, arrayProcessor, objectProcessor, unionProcessor, intersectionProcessor, pendingRecords, recordProcessor, nullableProcessor, nonoptionalProcessor, UNREPRESENTABLE_DEFAULT, defaultProcessor, prefaultProcessor, catchProcessor, pipeProcessor, readonlyProcessor, optionalProcessor;
var init_json_schema_processors = __esmMin((() => {
	init_regexes();
	init_schemas$1();
	init_to_json_schema();
	init_util();
	narrowMin = (agg, key, value) => {
		if (agg[key] === void 0 || value > agg[key]) agg[key] = value;
	};
	narrowMax = (agg, key, value) => {
		if (agg[key] === void 0 || value < agg[key]) agg[key] = value;
	};
	narrowBoth = (agg, value) => {
		narrowMin(agg, "minimum", value);
		narrowMax(agg, "maximum", value);
	};
	addDivisor = (agg, value) => {
		agg.multipleOf ?? (agg.multipleOf = []);
		if (!agg.multipleOf.includes(value)) agg.multipleOf.push(value);
	};
	addPattern = (agg, pattern) => {
		agg.patterns ?? (agg.patterns = /* @__PURE__ */ new Set());
		agg.patterns.add(pattern);
	};
	intersectMime = (agg, mime) => {
		agg.mime = agg.mime ? agg.mime.filter((m) => mime.includes(m)) : [...mime];
	};
	setFormat = (agg, format) => {
		agg.format = format;
		if (format.includes("int")) agg.isInt = true;
	};
	minContributor = (agg, def) => narrowMin(agg, "minimum", def.minimum);
	maxContributor = (agg, def) => narrowMax(agg, "maximum", def.maximum);
	formatContributor = (ranges) => (agg, def) => {
		setFormat(agg, def.format);
		const [minimum, maximum] = ranges[def.format];
		narrowMin(agg, "minimum", minimum);
		narrowMax(agg, "maximum", maximum);
	};
	contributors = {
		greater_than: (agg, def) => narrowMin(agg, def.inclusive ? "minimum" : "exclusiveMinimum", def.value),
		less_than: (agg, def) => narrowMax(agg, def.inclusive ? "maximum" : "exclusiveMaximum", def.value),
		multiple_of: (agg, def) => addDivisor(agg, def.value),
		number_format: formatContributor(NUMBER_FORMAT_RANGES),
		bigint_format: formatContributor(BIGINT_FORMAT_RANGES),
		min_length: minContributor,
		max_length: maxContributor,
		length_equals: (agg, def) => narrowBoth(agg, def.length),
		min_size: minContributor,
		max_size: maxContributor,
		size_equals: (agg, def) => narrowBoth(agg, def.size),
		string_format: (agg, def) => {
			setFormat(agg, def.format);
			if (def.pattern) addPattern(agg, def.pattern);
			if (def.format === "base64" || def.format === "base64url") agg.contentEncoding = def.format;
			if (def.local || def.precision === -1) agg.laxFormat = true;
		},
		mime_type: (agg, def) => intersectMime(agg, def.mime)
	};
	formatMap = {
		guid: "uuid",
		url: "uri",
		datetime: "date-time",
		json_string: "json-string",
		regex: ""
	};
	exactPatterns = new Map([[base64Charset, base64], [base64urlCharset, base64url]]);
	exactPattern = (p) => exactPatterns.get(p) ?? p;
	stringProcessor = (schema, ctx, _json, _params) => {
		const json = _json;
		json.type = "string";
		const { minimum, maximum, format, patterns, contentEncoding, laxFormat } = aggregateChecks(schema);
		if (typeof minimum === "number") json.minLength = minimum;
		if (typeof maximum === "number") json.maxLength = maximum;
		if (format) {
			json.format = formatMap[format] ?? format;
			if (json.format === "") delete json.format;
			if (format === "time" || laxFormat) delete json.format;
		}
		if (contentEncoding) json.contentEncoding = contentEncoding;
		if (patterns && patterns.size > 0) {
			const patternList = [...patterns].map(exactPattern);
			if (patternList.length === 1) json.pattern = patternList[0].source;
			else if (patternList.length > 1) json.allOf = [...patternList.map((regex) => ({
				...ctx.target === "draft-07" || ctx.target === "draft-04" || ctx.target === "openapi-3.0" ? { type: "string" } : {},
				pattern: regex.source
			}))];
		}
	};
	numberProcessor = (schema, ctx, _json, params) => {
		const json = _json;
		const { minimum, maximum, multipleOf, exclusiveMaximum, exclusiveMinimum, isInt } = aggregateChecks(schema);
		json.type = isInt ? "integer" : "number";
		const exMin = typeof exclusiveMinimum === "number" && exclusiveMinimum >= (minimum ?? Number.NEGATIVE_INFINITY);
		const exMax = typeof exclusiveMaximum === "number" && exclusiveMaximum <= (maximum ?? Number.POSITIVE_INFINITY);
		const legacy = ctx.target === "draft-04" || ctx.target === "openapi-3.0";
		if (exMin) if (legacy) {
			json.minimum = exclusiveMinimum;
			json.exclusiveMinimum = true;
		} else json.exclusiveMinimum = exclusiveMinimum;
		else if (typeof minimum === "number") json.minimum = minimum;
		if (exMax) if (legacy) {
			json.maximum = exclusiveMaximum;
			json.exclusiveMaximum = true;
		} else json.exclusiveMaximum = exclusiveMaximum;
		else if (typeof maximum === "number") json.maximum = maximum;
		if (multipleOf) {
			const divisors = /* @__PURE__ */ new Set();
			for (const divisor of multipleOf) if (Number.isFinite(divisor) && divisor !== 0) divisors.add(Math.abs(divisor));
			else handleUnrepresentable(schema, ctx, json, params, `A multipleOf divisor of ${divisor} cannot be represented in JSON Schema`);
			const [first, ...rest] = divisors;
			if (first !== void 0) json.multipleOf = first;
			if (rest.length) json.allOf = [...json.allOf ?? [], ...rest.map((m) => ({ multipleOf: m }))];
		}
	};
	booleanProcessor = (_schema, _ctx, json, _params) => {
		json.type = "boolean";
	};
	neverProcessor = (_schema, _ctx, json, _params) => {
		json.not = {};
	};
	unknownProcessor = (_schema, _ctx, _json, _params) => {};
	enumProcessor = (schema, _ctx, json, _params) => {
		const def = schema._zod.def;
		const values = getEnumValues(def.entries);
		if (values.length === 0) {
			json.not = {};
			return;
		}
		if (values.every((v) => typeof v === "number")) json.type = "number";
		if (values.every((v) => typeof v === "string")) json.type = "string";
		json.enum = values;
	};
	literalProcessor = (schema, ctx, json, params) => {
		const def = schema._zod.def;
		if (def.values.length === 0) {
			json.not = {};
			return;
		}
		const vals = [];
		for (const val of def.values) if (val === void 0) {
			if (handleUnrepresentable(schema, ctx, json, params, "Literal `undefined` cannot be represented in JSON Schema")) return;
		} else if (typeof val === "bigint") {
			if (handleUnrepresentable(schema, ctx, json, params, "BigInt literals cannot be represented in JSON Schema")) return;
			vals.push(Number(val));
		} else vals.push(val);
		if (vals.length === 0) {} else if (vals.length === 1) {
			const val = vals[0];
			json.type = val === null ? "null" : typeof val;
			if (ctx.target === "draft-04" || ctx.target === "openapi-3.0") json.enum = [val];
			else json.const = val;
		} else {
			if (vals.every((v) => typeof v === "number")) json.type = "number";
			if (vals.every((v) => typeof v === "string")) json.type = "string";
			if (vals.every((v) => typeof v === "boolean")) json.type = "boolean";
			if (vals.every((v) => v === null)) json.type = "null";
			json.enum = vals;
		}
	};
	customProcessor = (schema, ctx, json, params) => {
		handleUnrepresentable(schema, ctx, json, params, "Custom types cannot be represented in JSON Schema");
	};
	transformProcessor = (schema, ctx, json, params) => {
		handleUnrepresentable(schema, ctx, json, params, "Transforms cannot be represented in JSON Schema");
	};
	arrayProcessor = (schema, ctx, _json, params) => {
		const json = _json;
		const def = schema._zod.def;
		const { minimum, maximum } = aggregateChecks(schema);
		if (typeof minimum === "number") json.minItems = minimum;
		if (typeof maximum === "number") json.maxItems = maximum;
		json.type = "array";
		json.items = processSchema(def.element, ctx, {
			...params,
			path: [...params.path, "items"]
		});
	};
	objectProcessor = (schema, ctx, _json, params) => {
		const json = _json;
		const def = schema._zod.def;
		const shape = def.shape;
		if (Object.getOwnPropertySymbols(shape).length && handleUnrepresentable(schema, ctx, json, params, "Symbol keys cannot be represented in JSON Schema")) return;
		json.type = "object";
		json.properties = {};
		for (const key in shape) assignProp(json.properties, key, processSchema(shape[key], ctx, {
			...params,
			path: [
				...params.path,
				"properties",
				key
			]
		}));
		const requiredKeys = [];
		for (const key of Object.keys(shape)) {
			const field = def.shape[key];
			if (ctx.io === "input" ? inputOptin(field) === void 0 : field._zod.optout === void 0) requiredKeys.push(key);
		}
		if (requiredKeys.length > 0) json.required = requiredKeys;
		if (def.catchall?._zod.def.type === "never") json.additionalProperties = false;
		else if (!def.catchall) {
			if (ctx.io === "output") json.additionalProperties = false;
		} else if (def.catchall) json.additionalProperties = processSchema(def.catchall, ctx, {
			...params,
			path: [...params.path, "additionalProperties"]
		});
	};
	unionProcessor = (schema, ctx, json, params) => {
		const def = schema._zod.def;
		const isExclusive = def.inclusive === false;
		const options = def.options.map((x, i) => processSchema(x, ctx, {
			...params,
			path: [
				...params.path,
				isExclusive ? "oneOf" : "anyOf",
				i
			]
		}));
		if (isExclusive) json.oneOf = options;
		else json.anyOf = options;
	};
	intersectionProcessor = (schema, ctx, json, params) => {
		const def = schema._zod.def;
		const a = processSchema(def.left, ctx, {
			...params,
			path: [
				...params.path,
				"allOf",
				0
			]
		});
		const b = processSchema(def.right, ctx, {
			...params,
			path: [
				...params.path,
				"allOf",
				1
			]
		});
		const isSimpleIntersection = (val) => "allOf" in val && Object.keys(val).length === 1;
		const allOf = [...isSimpleIntersection(a) ? a.allOf : [a], ...isSimpleIntersection(b) ? b.allOf : [b]];
		json.allOf = allOf;
		ctx.intersections.push(allOf);
	};
	pendingRecords = /* @__PURE__ */ new WeakMap();
	recordProcessor = (schema, ctx, _json, params) => {
		const json = _json;
		const def = schema._zod.def;
		json.type = "object";
		const keyType = def.keyType;
		const patterns = aggregateChecks(keyType).patterns;
		if (def.mode === "loose" && patterns && patterns.size > 0) {
			const valueSchema = processSchema(def.valueType, ctx, {
				...params,
				path: [
					...params.path,
					"patternProperties",
					"*"
				]
			});
			json.patternProperties = {};
			for (const pattern of patterns) assignProp(json.patternProperties, exactPattern(pattern).source, valueSchema);
		} else {
			if (ctx.target === "draft-07" || ctx.target === "draft-2020-12") {
				json.propertyNames = processSchema(def.keyType, ctx, {
					...params,
					path: [...params.path, "propertyNames"]
				});
				let pending = pendingRecords.get(ctx);
				if (!pending) {
					pending = [];
					pendingRecords.set(ctx, pending);
					ctx.deferred.push(() => rewriteKeyNames(ctx));
				}
				pending.push(schema);
			}
			json.additionalProperties = processSchema(def.valueType, ctx, {
				...params,
				path: [...params.path, "additionalProperties"]
			});
		}
		const keyValues = keyType._zod.values;
		const omittableOnInput = ctx.io === "input" && inputOptin(def.valueType) !== void 0;
		if (keyValues && !def.partial && !omittableOnInput) {
			const validKeyValues = [...keyValues].filter((v) => typeof v === "string" || typeof v === "number");
			if (validKeyValues.length > 0) json.required = validKeyValues.map(String);
		}
	};
	nullableProcessor = (schema, ctx, json, params) => {
		const def = schema._zod.def;
		const inner = processSchema(def.innerType, ctx, params);
		const seen = ctx.seen.get(schema);
		if (ctx.target === "openapi-3.0") {
			seen.ref = def.innerType;
			json.nullable = true;
		} else json.anyOf = [inner, { type: "null" }];
	};
	nonoptionalProcessor = (schema, ctx, _json, params) => {
		const def = schema._zod.def;
		processSchema(def.innerType, ctx, params);
		const seen = ctx.seen.get(schema);
		seen.ref = def.innerType;
	};
	UNREPRESENTABLE_DEFAULT = Symbol();
	defaultProcessor = (schema, ctx, json, params) => {
		const def = schema._zod.def;
		processSchema(def.innerType, ctx, params);
		const seen = ctx.seen.get(schema);
		seen.ref = def.innerType;
		const value = serializeDefaultValue(def.defaultValue, schema, ctx, json, params);
		if (value !== UNREPRESENTABLE_DEFAULT) json.default = value;
	};
	prefaultProcessor = (schema, ctx, json, params) => {
		const def = schema._zod.def;
		processSchema(def.innerType, ctx, params);
		const seen = ctx.seen.get(schema);
		seen.ref = def.innerType;
		if (ctx.io !== "input") return;
		const value = serializeDefaultValue(def.defaultValue, schema, ctx, json, params);
		if (value !== UNREPRESENTABLE_DEFAULT) json._prefault = value;
	};
	catchProcessor = (schema, ctx, json, params) => {
		const def = schema._zod.def;
		processSchema(def.innerType, ctx, params);
		const seen = ctx.seen.get(schema);
		seen.ref = def.innerType;
		let catchValue;
		try {
			catchValue = def.catchValue(void 0);
		} catch {
			handleUnrepresentable(schema, ctx, json, params, "Dynamic catch values are not supported in JSON Schema");
			return;
		}
		json.default = catchValue;
	};
	pipeProcessor = (schema, ctx, _json, params) => {
		const def = schema._zod.def;
		const inIsTransform = def.in._zod.traits.has("$ZodTransform");
		const innerType = ctx.io === "input" ? inIsTransform ? def.out : def.in : def.out;
		processSchema(innerType, ctx, params);
		const seen = ctx.seen.get(schema);
		seen.ref = innerType;
	};
	readonlyProcessor = (schema, ctx, json, params) => {
		const def = schema._zod.def;
		processSchema(def.innerType, ctx, params);
		const seen = ctx.seen.get(schema);
		seen.ref = def.innerType;
		json.readOnly = true;
	};
	optionalProcessor = (schema, ctx, _json, params) => {
		const def = schema._zod.def;
		processSchema(def.innerType, ctx, params);
		const seen = ctx.seen.get(schema);
		seen.ref = def.innerType;
	};
}));
//#endregion
//#region ../../node_modules/.pnpm/zod@4.6.7/node_modules/zod/v4/core/index.js
var init_core$1 = __esmMin((() => {
	init_core$2();
	init_parse$1();
	init_errors$1();
	init_schemas$1();
	init_memoizer();
	init_checks$1();
	init_versions();
	init_util();
	init_regexes();
	init_en();
	init_registries();
	init_doc();
	init_compile();
	init_api();
	init_to_json_schema();
	init_json_schema_processors();
	init_to_json_schema();
}));
//#endregion
//#region ../../node_modules/.pnpm/zod@4.6.7/node_modules/zod/v4/classic/checks.js
var init_checks = __esmMin((() => {
	init_core$1();
}));
//#endregion
//#region ../../node_modules/.pnpm/zod@4.6.7/node_modules/zod/v4/classic/errors.js
function _lazyMethod(proto, key, make) {
	Object.defineProperty(proto, key, {
		configurable: true,
		enumerable: false,
		get() {
			const value = make(this);
			Object.defineProperty(this, key, {
				value,
				configurable: true,
				writable: true
			});
			return value;
		},
		set(value) {
			Object.defineProperty(this, key, {
				value,
				configurable: true,
				writable: true
			});
		}
	});
}
var _installedErrorProtos, initializer, ZodRealError;
var init_errors = __esmMin((() => {
	init_core$1();
	init_util();
	_installedErrorProtos = /* @__PURE__ */ new WeakSet([Object.prototype, Error.prototype]);
	initializer = (inst, issues) => {
		$ZodError.init(inst, issues);
		inst.name = "ZodError";
		const proto = Object.getPrototypeOf(inst);
		if (_installedErrorProtos.has(proto)) return;
		_installedErrorProtos.add(proto);
		_lazyMethod(proto, "format", (self) => (mapper) => formatError(self, mapper));
		_lazyMethod(proto, "flatten", (self) => (mapper) => flattenError(self, mapper));
		_lazyMethod(proto, "addIssue", (self) => (issue) => {
			self.issues.push(issue);
			self.message = JSON.stringify(self.issues, jsonStringifyReplacer, 2);
		});
		_lazyMethod(proto, "addIssues", (self) => (issues) => {
			self.issues.push(...issues);
			self.message = JSON.stringify(self.issues, jsonStringifyReplacer, 2);
		});
		Object.defineProperty(proto, "isEmpty", {
			configurable: true,
			enumerable: false,
			get() {
				return this.issues.length === 0;
			}
		});
	};
	ZodRealError = /* @__PURE__ */ $constructor("ZodError", initializer, void 0, { Parent: Error });
}));
//#endregion
//#region ../../node_modules/.pnpm/zod@4.6.7/node_modules/zod/v4/classic/parse.js
var parse$1, parseAsync, safeParse, safeParseAsync, encode, decode, encodeAsync, decodeAsync, safeEncode, safeDecode, safeEncodeAsync, safeDecodeAsync;
var init_parse = __esmMin((() => {
	init_core$1();
	init_errors();
	parse$1 = /* @__PURE__ */ _parse(ZodRealError);
	parseAsync = /* @__PURE__ */ _parseAsync(ZodRealError);
	safeParse = /* @__PURE__ */ _safeParse(ZodRealError);
	safeParseAsync = /* @__PURE__ */ _safeParseAsync(ZodRealError);
	encode = /* @__PURE__ */ _encode(ZodRealError);
	decode = /* @__PURE__ */ _decode(ZodRealError);
	encodeAsync = /* @__PURE__ */ _encodeAsync(ZodRealError);
	decodeAsync = /* @__PURE__ */ _decodeAsync(ZodRealError);
	safeEncode = /* @__PURE__ */ _safeEncode(ZodRealError);
	safeDecode = /* @__PURE__ */ _safeDecode(ZodRealError);
	safeEncodeAsync = /* @__PURE__ */ _safeEncodeAsync(ZodRealError);
	safeDecodeAsync = /* @__PURE__ */ _safeDecodeAsync(ZodRealError);
}));
//#endregion
//#region ../../node_modules/.pnpm/zod@4.6.7/node_modules/zod/v4/classic/schemas.js
function _ensureDefaultLocale() {
	if (!globalConfig.localeError) config(en_default());
}
function _ensureDefaultMemoizer() {
	if (!globalConfig.memoizer) config({ memoizer: memoizer() });
}
function string(params) {
	return /* @__PURE__ */ _string(ZodString, params);
}
function number(params) {
	return /* @__PURE__ */ _number(ZodNumber, params);
}
function int(params) {
	return /* @__PURE__ */ _int(ZodNumberFormat, params);
}
function boolean(params) {
	return /* @__PURE__ */ _boolean(ZodBoolean, params);
}
function unknown() {
	return /* @__PURE__ */ _unknown(ZodUnknown);
}
function never(params) {
	return /* @__PURE__ */ _never(ZodNever, params);
}
function array(element, params) {
	return /* @__PURE__ */ _array(ZodArray, element, params);
}
function looseObject(shape, params) {
	return new ZodObject({
		type: "object",
		shape,
		catchall: unknown(),
		...normalizeParams(params)
	});
}
function union(options, params) {
	return new ZodUnion({
		type: "union",
		options,
		...normalizeParams(params)
	});
}
function intersection(left, right) {
	return new ZodIntersection({
		type: "intersection",
		left,
		right
	});
}
function record$1(keyType, valueType, params) {
	if (!valueType || !valueType._zod) return new ZodRecord({
		type: "record",
		keyType: string(),
		valueType: keyType,
		...normalizeParams(valueType)
	});
	return new ZodRecord({
		type: "record",
		keyType,
		valueType,
		...normalizeParams(params)
	});
}
function _enum(values, params) {
	return new ZodEnum({
		type: "enum",
		entries: Array.isArray(values) ? Object.fromEntries(values.map((v) => [v, v])) : values,
		...normalizeParams(params)
	});
}
function literal(value, params) {
	return new ZodLiteral({
		type: "literal",
		values: Array.isArray(value) ? value : [value],
		...normalizeParams(params)
	});
}
function transform(fn) {
	return new ZodTransform({
		type: "transform",
		transform: fn
	});
}
function optional(innerType) {
	return new ZodOptional({
		type: "optional",
		innerType
	});
}
function exactOptional(innerType) {
	return new ZodExactOptional({
		type: "optional",
		innerType
	});
}
function nullable(innerType) {
	return new ZodNullable({
		type: "nullable",
		innerType
	});
}
function _default(innerType, defaultValue) {
	return new ZodDefault({
		type: "default",
		innerType,
		get defaultValue() {
			return typeof defaultValue === "function" ? defaultValue() : shallowClone(defaultValue);
		}
	});
}
function prefault(innerType, defaultValue) {
	return new ZodPrefault({
		type: "prefault",
		innerType,
		get defaultValue() {
			return typeof defaultValue === "function" ? defaultValue() : shallowClone(defaultValue);
		}
	});
}
function nonoptional(innerType, params) {
	return new ZodNonOptional({
		type: "nonoptional",
		innerType,
		...normalizeParams(params)
	});
}
function _catch(innerType, catchValue) {
	return new ZodCatch({
		type: "catch",
		innerType,
		catchValue: typeof catchValue === "function" ? catchValue : constantCatch(catchValue)
	});
}
function pipe(in_, out) {
	return new ZodPipe({
		type: "pipe",
		in: in_,
		out
	});
}
function readonly(innerType) {
	return new ZodReadonly({
		type: "readonly",
		innerType
	});
}
function refine(fn, _params = {}) {
	return /* @__PURE__ */ _refine(ZodCustom, fn, _params);
}
function superRefine(fn, params) {
	return /* @__PURE__ */ _superRefine(fn, params);
}
var ZodType, _ZodString, ZodString, ZodStringFormat, ZodISODateTime, ZodISODate, ZodISOTime, ZodISODuration, ZodEmail, ZodGUID, ZodUUID, ZodURL, ZodEmoji, ZodNanoID, ZodCUID, ZodCUID2, ZodULID, ZodXID, ZodKSUID, ZodIPv4, ZodIPv6, ZodCIDRv4, ZodCIDRv6, ZodBase64, ZodBase64URL, ZodE164, ZodJWT, ZodNumber, ZodNumberFormat, ZodBoolean, ZodUnknown, ZodNever, ZodArray, ZodObject, ZodUnion, ZodIntersection, ZodRecord, ZodEnum, ZodLiteral, ZodTransform, ZodOptional, ZodExactOptional, ZodNullable, ZodDefault, ZodPrefault, ZodNonOptional, ZodCatch, ZodPipe, ZodReadonly, ZodCustom;
var init_schemas = __esmMin((() => {
	init_core$1();
	init_json_schema_processors();
	init_to_json_schema();
	init_en();
	init_checks();
	init_parse();
	ZodType = /* @__PURE__ */ $constructor("ZodType", (inst, def) => {
		_ensureDefaultLocale();
		$ZodType.init(inst, def);
		inst.def = def;
		inst.type = def.type;
		return inst;
	}, {
		check(...chks) {
			const def = this.def;
			return this.clone(mergeDefs(def, { checks: [...def.checks ?? [], ...chks.map((ch) => typeof ch === "function" ? { _zod: {
				check: ch,
				def: { check: "custom" },
				onattach: []
			} } : ch)] }), { parent: true });
		},
		with(...chks) {
			return this.check(...chks);
		},
		clone(def, params) {
			return clone(this, def, params);
		},
		brand() {
			return this;
		},
		register(reg, meta) {
			reg.add(this, meta);
			return this;
		},
		refine(check, params) {
			return this.check(refine(check, params));
		},
		superRefine(refinement, params) {
			return this.check(superRefine(refinement, params));
		},
		overwrite(fn) {
			return this.check(/* @__PURE__ */ _overwrite(fn));
		},
		optional() {
			return optional(this);
		},
		exactOptional() {
			return exactOptional(this);
		},
		nullable() {
			return nullable(this);
		},
		nullish() {
			return optional(nullable(this));
		},
		nonoptional(params) {
			return nonoptional(this, params);
		},
		array() {
			return array(this);
		},
		or(arg) {
			return union([this, arg]);
		},
		and(arg) {
			return intersection(this, arg);
		},
		transform(tx) {
			return pipe(this, transform(tx));
		},
		default(d) {
			return _default(this, d);
		},
		prefault(d) {
			return prefault(this, d);
		},
		catch(params) {
			return _catch(this, params);
		},
		pipe(target) {
			return pipe(this, target);
		},
		readonly() {
			return readonly(this);
		},
		describe(description) {
			const cl = this.clone();
			globalRegistry.add(cl, { description });
			return cl;
		},
		meta(...args) {
			if (args.length === 0) return globalRegistry.get(this);
			const cl = this.clone();
			globalRegistry.add(cl, args[0]);
			return cl;
		},
		isOptional() {
			return this.safeParse(void 0).success;
		},
		isNullable() {
			return this.safeParse(null).success;
		},
		apply(fn, ...args) {
			return args.length === 0 ? fn(this) : fn(this, ...args);
		},
		get "~standard"() {
			return hide(this, "~standard", {
				...standardProps(this),
				jsonSchema: {
					input: createStandardJSONSchemaMethod(this, "input"),
					output: createStandardJSONSchemaMethod(this, "output")
				}
			});
		},
		set "~standard"(value) {
			own(this, "~standard", value);
		},
		parse: function _parse(data, params) {
			return parse$1(this, data, params, { callee: _parse });
		},
		parseAsync: async function _parseAsync(data, params) {
			return await parseAsync(this, data, params, { callee: _parseAsync });
		},
		safeParse(data, params) {
			return safeParse(this, data, params);
		},
		async safeParseAsync(data, params) {
			return safeParseAsync(this, data, params);
		},
		get spa() {
			return this?.safeParseAsync;
		},
		set spa(value) {
			own(this, "spa", value);
		},
		validate(data, params) {
			return validate(this, data, params);
		},
		validateAsync(data, params) {
			return validateAsync$1(this, data, params);
		},
		encode: function _encode(data, params) {
			return encode(this, data, params, { callee: _encode });
		},
		decode: function _decode(data, params) {
			return decode(this, data, params, { callee: _decode });
		},
		encodeAsync: async function _encodeAsync(data, params) {
			return await encodeAsync(this, data, params, { callee: _encodeAsync });
		},
		decodeAsync: async function _decodeAsync(data, params) {
			return await decodeAsync(this, data, params, { callee: _decodeAsync });
		},
		safeEncode(data, params) {
			return safeEncode(this, data, params);
		},
		safeDecode(data, params) {
			return safeDecode(this, data, params);
		},
		async safeEncodeAsync(data, params) {
			return safeEncodeAsync(this, data, params);
		},
		async safeDecodeAsync(data, params) {
			return safeDecodeAsync(this, data, params);
		},
		toJSONSchema(params) {
			return createToJSONSchemaMethod(this, {})(params);
		},
		get description() {
			return globalRegistry.get(this)?.description;
		},
		get _def() {
			return this._zod.def;
		}
	});
	_ZodString = /* @__PURE__ */ $constructor("_ZodString", (inst, def) => {
		$ZodString.init(inst, def);
		ZodType.init(inst, def);
		inst._zod.processJSONSchema = (ctx, json, params) => stringProcessor(inst, ctx, json, params);
	}, /* @__PURE__ */ derived({
		format: (inst) => aggregateChecks(inst).format ?? null,
		minLength: (inst) => aggregateChecks(inst).minimum ?? null,
		maxLength: (inst) => aggregateChecks(inst).maximum ?? null
	}, {
		regex(...args) {
			return this.check(/* @__PURE__ */ _regex(...args));
		},
		includes(...args) {
			return this.check(/* @__PURE__ */ _includes(...args));
		},
		startsWith(...args) {
			return this.check(/* @__PURE__ */ _startsWith(...args));
		},
		endsWith(...args) {
			return this.check(/* @__PURE__ */ _endsWith(...args));
		},
		min(...args) {
			return this.check(/* @__PURE__ */ _minLength(...args));
		},
		max(...args) {
			return this.check(/* @__PURE__ */ _maxLength(...args));
		},
		length(...args) {
			return this.check(/* @__PURE__ */ _length(...args));
		},
		nonempty(...args) {
			return this.check(/* @__PURE__ */ _minLength(1, ...args));
		},
		lowercase(params) {
			return this.check(/* @__PURE__ */ _lowercase(params));
		},
		uppercase(params) {
			return this.check(/* @__PURE__ */ _uppercase(params));
		},
		trim() {
			return this.check(/* @__PURE__ */ _trim());
		},
		normalize(...args) {
			return this.check(/* @__PURE__ */ _normalize(...args));
		},
		toLowerCase() {
			return this.check(/* @__PURE__ */ _toLowerCase());
		},
		toUpperCase() {
			return this.check(/* @__PURE__ */ _toUpperCase());
		},
		slugify() {
			return this.check(/* @__PURE__ */ _slugify());
		}
	}));
	ZodString = /* @__PURE__ */ $constructor("ZodString", (inst, def) => {
		$ZodString.init(inst, def);
		_ZodString.init(inst, def);
	}, {
		email(params) {
			return this.check(/* @__PURE__ */ _email(ZodEmail, params));
		},
		url(params) {
			return this.check(/* @__PURE__ */ _url(ZodURL, params));
		},
		jwt(params) {
			return this.check(/* @__PURE__ */ _jwt(ZodJWT, params));
		},
		emoji(params) {
			return this.check(/* @__PURE__ */ _emoji(ZodEmoji, params));
		},
		guid(params) {
			return this.check(/* @__PURE__ */ _guid(ZodGUID, params));
		},
		uuid(params) {
			return this.check(/* @__PURE__ */ _uuid(ZodUUID, params));
		},
		uuidv4(params) {
			return this.check(/* @__PURE__ */ _uuidv4(ZodUUID, params));
		},
		uuidv6(params) {
			return this.check(/* @__PURE__ */ _uuidv6(ZodUUID, params));
		},
		uuidv7(params) {
			return this.check(/* @__PURE__ */ _uuidv7(ZodUUID, params));
		},
		nanoid(params) {
			return this.check(/* @__PURE__ */ _nanoid(ZodNanoID, params));
		},
		cuid(params) {
			return this.check(/* @__PURE__ */ _cuid(ZodCUID, params));
		},
		cuid2(params) {
			return this.check(/* @__PURE__ */ _cuid2(ZodCUID2, params));
		},
		ulid(params) {
			return this.check(/* @__PURE__ */ _ulid(ZodULID, params));
		},
		base64(params) {
			return this.check(/* @__PURE__ */ _base64(ZodBase64, params));
		},
		base64url(params) {
			return this.check(/* @__PURE__ */ _base64url(ZodBase64URL, params));
		},
		xid(params) {
			return this.check(/* @__PURE__ */ _xid(ZodXID, params));
		},
		ksuid(params) {
			return this.check(/* @__PURE__ */ _ksuid(ZodKSUID, params));
		},
		ipv4(params) {
			return this.check(/* @__PURE__ */ _ipv4(ZodIPv4, params));
		},
		ipv6(params) {
			return this.check(/* @__PURE__ */ _ipv6(ZodIPv6, params));
		},
		cidrv4(params) {
			return this.check(/* @__PURE__ */ _cidrv4(ZodCIDRv4, params));
		},
		cidrv6(params) {
			return this.check(/* @__PURE__ */ _cidrv6(ZodCIDRv6, params));
		},
		e164(params) {
			return this.check(/* @__PURE__ */ _e164(ZodE164, params));
		},
		datetime(params) {
			return this.check(/* @__PURE__ */ _isoDateTime(ZodISODateTime, params));
		},
		date(params) {
			return this.check(/* @__PURE__ */ _isoDate(ZodISODate, params));
		},
		time(params) {
			return this.check(/* @__PURE__ */ _isoTime(ZodISOTime, params));
		},
		duration(params) {
			return this.check(/* @__PURE__ */ _isoDuration(ZodISODuration, params));
		}
	});
	ZodStringFormat = /* @__PURE__ */ $constructor("ZodStringFormat", (inst, def) => {
		$ZodStringFormat.init(inst, def);
		_ZodString.init(inst, def);
	});
	ZodISODateTime = /* @__PURE__ */ $constructor("ZodISODateTime", (inst, def) => {
		$ZodISODateTime.init(inst, def);
		ZodStringFormat.init(inst, def);
	});
	ZodISODate = /* @__PURE__ */ $constructor("ZodISODate", (inst, def) => {
		$ZodISODate.init(inst, def);
		ZodStringFormat.init(inst, def);
	});
	ZodISOTime = /* @__PURE__ */ $constructor("ZodISOTime", (inst, def) => {
		$ZodISOTime.init(inst, def);
		ZodStringFormat.init(inst, def);
	});
	ZodISODuration = /* @__PURE__ */ $constructor("ZodISODuration", (inst, def) => {
		$ZodISODuration.init(inst, def);
		ZodStringFormat.init(inst, def);
	});
	ZodEmail = /* @__PURE__ */ $constructor("ZodEmail", (inst, def) => {
		$ZodEmail.init(inst, def);
		ZodStringFormat.init(inst, def);
	});
	ZodGUID = /* @__PURE__ */ $constructor("ZodGUID", (inst, def) => {
		$ZodGUID.init(inst, def);
		ZodStringFormat.init(inst, def);
	});
	ZodUUID = /* @__PURE__ */ $constructor("ZodUUID", (inst, def) => {
		$ZodUUID.init(inst, def);
		ZodStringFormat.init(inst, def);
	});
	ZodURL = /* @__PURE__ */ $constructor("ZodURL", (inst, def) => {
		$ZodURL.init(inst, def);
		ZodStringFormat.init(inst, def);
	});
	ZodEmoji = /* @__PURE__ */ $constructor("ZodEmoji", (inst, def) => {
		$ZodEmoji.init(inst, def);
		ZodStringFormat.init(inst, def);
	});
	ZodNanoID = /* @__PURE__ */ $constructor("ZodNanoID", (inst, def) => {
		$ZodNanoID.init(inst, def);
		ZodStringFormat.init(inst, def);
	});
	ZodCUID = /* @__PURE__ */ $constructor("ZodCUID", (inst, def) => {
		$ZodCUID.init(inst, def);
		ZodStringFormat.init(inst, def);
	});
	ZodCUID2 = /* @__PURE__ */ $constructor("ZodCUID2", (inst, def) => {
		$ZodCUID2.init(inst, def);
		ZodStringFormat.init(inst, def);
	});
	ZodULID = /* @__PURE__ */ $constructor("ZodULID", (inst, def) => {
		$ZodULID.init(inst, def);
		ZodStringFormat.init(inst, def);
	});
	ZodXID = /* @__PURE__ */ $constructor("ZodXID", (inst, def) => {
		$ZodXID.init(inst, def);
		ZodStringFormat.init(inst, def);
	});
	ZodKSUID = /* @__PURE__ */ $constructor("ZodKSUID", (inst, def) => {
		$ZodKSUID.init(inst, def);
		ZodStringFormat.init(inst, def);
	});
	ZodIPv4 = /* @__PURE__ */ $constructor("ZodIPv4", (inst, def) => {
		$ZodIPv4.init(inst, def);
		ZodStringFormat.init(inst, def);
	});
	ZodIPv6 = /* @__PURE__ */ $constructor("ZodIPv6", (inst, def) => {
		$ZodIPv6.init(inst, def);
		ZodStringFormat.init(inst, def);
	});
	ZodCIDRv4 = /* @__PURE__ */ $constructor("ZodCIDRv4", (inst, def) => {
		$ZodCIDRv4.init(inst, def);
		ZodStringFormat.init(inst, def);
	});
	ZodCIDRv6 = /* @__PURE__ */ $constructor("ZodCIDRv6", (inst, def) => {
		$ZodCIDRv6.init(inst, def);
		ZodStringFormat.init(inst, def);
	});
	ZodBase64 = /* @__PURE__ */ $constructor("ZodBase64", (inst, def) => {
		$ZodBase64.init(inst, def);
		ZodStringFormat.init(inst, def);
	});
	ZodBase64URL = /* @__PURE__ */ $constructor("ZodBase64URL", (inst, def) => {
		$ZodBase64URL.init(inst, def);
		ZodStringFormat.init(inst, def);
	});
	ZodE164 = /* @__PURE__ */ $constructor("ZodE164", (inst, def) => {
		$ZodE164.init(inst, def);
		ZodStringFormat.init(inst, def);
	});
	ZodJWT = /* @__PURE__ */ $constructor("ZodJWT", (inst, def) => {
		$ZodJWT.init(inst, def);
		ZodStringFormat.init(inst, def);
	});
	ZodNumber = /* @__PURE__ */ $constructor("ZodNumber", (inst, def) => {
		$ZodNumber.init(inst, def);
		ZodType.init(inst, def);
		inst._zod.processJSONSchema = (ctx, json, params) => numberProcessor(inst, ctx, json, params);
		inst.isFinite = true;
	}, /* @__PURE__ */ derived({
		minValue: (inst) => {
			const { minimum, exclusiveMinimum } = aggregateChecks(inst);
			return Math.max(minimum ?? Number.NEGATIVE_INFINITY, exclusiveMinimum ?? Number.NEGATIVE_INFINITY);
		},
		maxValue: (inst) => {
			const { maximum, exclusiveMaximum } = aggregateChecks(inst);
			return Math.min(maximum ?? Number.POSITIVE_INFINITY, exclusiveMaximum ?? Number.POSITIVE_INFINITY);
		},
		isInt: (inst) => {
			const { isInt, multipleOf } = aggregateChecks(inst);
			return !!isInt || !!multipleOf?.some(Number.isSafeInteger);
		},
		format: (inst) => aggregateChecks(inst).format ?? null
	}, {
		gt(value, params) {
			return this.check(/* @__PURE__ */ _gt(value, params));
		},
		gte(value, params) {
			return this.check(/* @__PURE__ */ _gte(value, params));
		},
		min(value, params) {
			return this.check(/* @__PURE__ */ _gte(value, params));
		},
		lt(value, params) {
			return this.check(/* @__PURE__ */ _lt(value, params));
		},
		lte(value, params) {
			return this.check(/* @__PURE__ */ _lte(value, params));
		},
		max(value, params) {
			return this.check(/* @__PURE__ */ _lte(value, params));
		},
		int(params) {
			return this.check(int(params));
		},
		safe(params) {
			return this.check(int(params));
		},
		positive(params) {
			return this.check(/* @__PURE__ */ _gt(0, params));
		},
		nonnegative(params) {
			return this.check(/* @__PURE__ */ _gte(0, params));
		},
		negative(params) {
			return this.check(/* @__PURE__ */ _lt(0, params));
		},
		nonpositive(params) {
			return this.check(/* @__PURE__ */ _lte(0, params));
		},
		multipleOf(value, params) {
			return this.check(/* @__PURE__ */ _multipleOf(value, params));
		},
		step(value, params) {
			return this.check(/* @__PURE__ */ _multipleOf(value, params));
		},
		finite() {
			return this;
		}
	}));
	ZodNumberFormat = /* @__PURE__ */ $constructor("ZodNumberFormat", (inst, def) => {
		$ZodNumberFormat.init(inst, def);
		ZodNumber.init(inst, def);
	});
	ZodBoolean = /* @__PURE__ */ $constructor("ZodBoolean", (inst, def) => {
		$ZodBoolean.init(inst, def);
		ZodType.init(inst, def);
		inst._zod.processJSONSchema = (ctx, json, params) => booleanProcessor(inst, ctx, json, params);
	});
	ZodUnknown = /* @__PURE__ */ $constructor("ZodUnknown", (inst, def) => {
		$ZodUnknown.init(inst, def);
		ZodType.init(inst, def);
		inst._zod.processJSONSchema = (ctx, json, params) => unknownProcessor(inst, ctx, json, params);
	});
	ZodNever = /* @__PURE__ */ $constructor("ZodNever", (inst, def) => {
		$ZodNever.init(inst, def);
		ZodType.init(inst, def);
		inst._zod.processJSONSchema = (ctx, json, params) => neverProcessor(inst, ctx, json, params);
	});
	ZodArray = /* @__PURE__ */ $constructor("ZodArray", (inst, def) => {
		_ensureDefaultMemoizer();
		$ZodArray.init(inst, def);
		ZodType.init(inst, def);
		inst._zod.processJSONSchema = (ctx, json, params) => arrayProcessor(inst, ctx, json, params);
		inst.element = def.element;
	}, {
		min(n, params) {
			return this.check(/* @__PURE__ */ _minLength(n, params));
		},
		nonempty(params) {
			return this.check(/* @__PURE__ */ _minLength(1, params));
		},
		max(n, params) {
			return this.check(/* @__PURE__ */ _maxLength(n, params));
		},
		length(n, params) {
			return this.check(/* @__PURE__ */ _length(n, params));
		},
		unwrap() {
			return this.element;
		}
	});
	ZodObject = /* @__PURE__ */ $constructor("ZodObject", (inst, def) => {
		_ensureDefaultMemoizer();
		$ZodObjectJIT.init(inst, def);
		ZodType.init(inst, def);
		inst._zod.processJSONSchema = (ctx, json, params) => objectProcessor(inst, ctx, json, params);
		installLazyProp(inst, "shape", (self) => self._zod.def.shape, false);
	}, {
		keyof() {
			return _enum(Object.keys(this._zod.def.shape));
		},
		catchall(catchall) {
			return this.clone(mergeDefs(this._zod.def, { catchall }));
		},
		passthrough() {
			return this.clone(mergeDefs(this._zod.def, { catchall: unknown() }));
		},
		loose() {
			return this.clone(mergeDefs(this._zod.def, { catchall: unknown() }));
		},
		strict() {
			return this.clone(mergeDefs(this._zod.def, { catchall: never() }));
		},
		strip() {
			return this.clone(mergeDefs(this._zod.def, { catchall: void 0 }));
		},
		extend(incoming) {
			return extend(this, incoming);
		},
		safeExtend(incoming) {
			return safeExtend(this, incoming);
		},
		merge(other) {
			return merge(this, other);
		},
		pick(mask) {
			return pick(this, mask);
		},
		omit(mask) {
			return omit(this, mask);
		},
		partial(...args) {
			return partial(ZodOptional, this, args[0]);
		},
		exactPartial(...args) {
			return partial(ZodExactOptional, this, args[0], "exactPartial");
		},
		required(...args) {
			return required(ZodNonOptional, this, args[0]);
		}
	});
	ZodUnion = /* @__PURE__ */ $constructor("ZodUnion", (inst, def) => {
		$ZodUnion.init(inst, def);
		ZodType.init(inst, def);
		inst._zod.processJSONSchema = (ctx, json, params) => unionProcessor(inst, ctx, json, params);
		inst.options = def.options;
	});
	ZodIntersection = /* @__PURE__ */ $constructor("ZodIntersection", (inst, def) => {
		$ZodIntersection.init(inst, def);
		ZodType.init(inst, def);
		inst._zod.processJSONSchema = (ctx, json, params) => intersectionProcessor(inst, ctx, json, params);
	});
	ZodRecord = /* @__PURE__ */ $constructor("ZodRecord", (inst, def) => {
		_ensureDefaultMemoizer();
		$ZodRecord.init(inst, def);
		ZodType.init(inst, def);
		inst._zod.processJSONSchema = (ctx, json, params) => recordProcessor(inst, ctx, json, params);
		inst.keyType = def.keyType;
		inst.valueType = def.valueType;
	});
	ZodEnum = /* @__PURE__ */ $constructor("ZodEnum", (inst, def) => {
		$ZodEnum.init(inst, def);
		ZodType.init(inst, def);
		inst._zod.processJSONSchema = (ctx, json, params) => enumProcessor(inst, ctx, json, params);
		inst.enum = def.entries;
		inst.options = [...inst._zod.values];
		const keys = new Set(Object.keys(def.entries));
		inst.extract = (values, params) => {
			const newEntries = {};
			for (const value of values) if (keys.has(value)) newEntries[value] = def.entries[value];
			else throw new Error(`Key ${value} not found in enum`);
			return new ZodEnum({
				...def,
				checks: [],
				...normalizeParams(params),
				entries: newEntries
			});
		};
		inst.exclude = (values, params) => {
			const newEntries = { ...def.entries };
			for (const value of values) if (keys.has(value)) delete newEntries[value];
			else throw new Error(`Key ${value} not found in enum`);
			return new ZodEnum({
				...def,
				checks: [],
				...normalizeParams(params),
				entries: newEntries
			});
		};
	});
	ZodLiteral = /* @__PURE__ */ $constructor("ZodLiteral", (inst, def) => {
		$ZodLiteral.init(inst, def);
		ZodType.init(inst, def);
		inst._zod.processJSONSchema = (ctx, json, params) => literalProcessor(inst, ctx, json, params);
		inst.values = new Set(def.values);
		Object.defineProperty(inst, "value", { get() {
			if (def.values.length > 1) throw new Error("This schema contains multiple valid literal values. Use `.values` instead.");
			return def.values[0];
		} });
	});
	ZodTransform = /* @__PURE__ */ $constructor("ZodTransform", (inst, def) => {
		_ensureDefaultMemoizer();
		$ZodTransform.init(inst, def);
		ZodType.init(inst, def);
		inst._zod.processJSONSchema = (ctx, json, params) => transformProcessor(inst, ctx, json, params);
		inst._zod.parse = (payload, _ctx) => {
			if (_ctx.direction === "backward") throw new $ZodEncodeError(inst.constructor.name);
			payload.addIssue = (issue$1) => {
				if (typeof issue$1 === "string") payload.issues.push(issue(issue$1, payload.value, def));
				else {
					const _issue = issue$1;
					if (_issue.fatal) _issue.continue = false;
					_issue.code ?? (_issue.code = "custom");
					if (!("input" in _issue)) _issue.input = payload.value;
					_issue.inst ?? (_issue.inst = inst);
					payload.issues.push(issue(_issue));
				}
			};
			const output = def.transform(payload.value, payload);
			if (output instanceof Promise) return output.then((output) => {
				payload.value = output;
				return payload;
			});
			payload.value = output;
			return payload;
		};
	});
	ZodOptional = /* @__PURE__ */ $constructor("ZodOptional", (inst, def) => {
		$ZodOptional.init(inst, def);
		ZodType.init(inst, def);
		inst._zod.processJSONSchema = (ctx, json, params) => optionalProcessor(inst, ctx, json, params);
		inst.unwrap = () => inst._zod.def.innerType;
	});
	ZodExactOptional = /* @__PURE__ */ $constructor("ZodExactOptional", (inst, def) => {
		$ZodExactOptional.init(inst, def);
		ZodType.init(inst, def);
		inst._zod.processJSONSchema = (ctx, json, params) => optionalProcessor(inst, ctx, json, params);
		inst.unwrap = () => inst._zod.def.innerType;
	});
	ZodNullable = /* @__PURE__ */ $constructor("ZodNullable", (inst, def) => {
		$ZodNullable.init(inst, def);
		ZodType.init(inst, def);
		inst._zod.processJSONSchema = (ctx, json, params) => nullableProcessor(inst, ctx, json, params);
		inst.unwrap = () => inst._zod.def.innerType;
	});
	ZodDefault = /* @__PURE__ */ $constructor("ZodDefault", (inst, def) => {
		$ZodDefault.init(inst, def);
		ZodType.init(inst, def);
		inst._zod.processJSONSchema = (ctx, json, params) => defaultProcessor(inst, ctx, json, params);
		inst.unwrap = () => inst._zod.def.innerType;
		inst.removeDefault = inst.unwrap;
	});
	ZodPrefault = /* @__PURE__ */ $constructor("ZodPrefault", (inst, def) => {
		$ZodPrefault.init(inst, def);
		ZodType.init(inst, def);
		inst._zod.processJSONSchema = (ctx, json, params) => prefaultProcessor(inst, ctx, json, params);
		inst.unwrap = () => inst._zod.def.innerType;
	});
	ZodNonOptional = /* @__PURE__ */ $constructor("ZodNonOptional", (inst, def) => {
		$ZodNonOptional.init(inst, def);
		ZodType.init(inst, def);
		inst._zod.processJSONSchema = (ctx, json, params) => nonoptionalProcessor(inst, ctx, json, params);
		inst.unwrap = () => inst._zod.def.innerType;
	});
	ZodCatch = /* @__PURE__ */ $constructor("ZodCatch", (inst, def) => {
		$ZodCatch.init(inst, def);
		ZodType.init(inst, def);
		inst._zod.processJSONSchema = (ctx, json, params) => catchProcessor(inst, ctx, json, params);
		inst.unwrap = () => inst._zod.def.innerType;
		inst.removeCatch = inst.unwrap;
	});
	ZodPipe = /* @__PURE__ */ $constructor("ZodPipe", (inst, def) => {
		$ZodPipe.init(inst, def);
		ZodType.init(inst, def);
		inst._zod.processJSONSchema = (ctx, json, params) => pipeProcessor(inst, ctx, json, params);
		inst.in = def.in;
		inst.out = def.out;
	});
	ZodReadonly = /* @__PURE__ */ $constructor("ZodReadonly", (inst, def) => {
		$ZodReadonly.init(inst, def);
		ZodType.init(inst, def);
		inst._zod.processJSONSchema = (ctx, json, params) => readonlyProcessor(inst, ctx, json, params);
		inst.unwrap = () => inst._zod.def.innerType;
	});
	ZodCustom = /* @__PURE__ */ $constructor("ZodCustom", (inst, def) => {
		$ZodCustom.init(inst, def);
		ZodType.init(inst, def);
		inst._zod.processJSONSchema = (ctx, json, params) => customProcessor(inst, ctx, json, params);
	});
}));
//#endregion
//#region ../../node_modules/.pnpm/zod@4.6.7/node_modules/zod/v4/classic/compat.js
var ZodFirstPartyTypeKind;
var init_compat = __esmMin((() => {
	init_core$1();
	(function(ZodFirstPartyTypeKind) {})(ZodFirstPartyTypeKind || (ZodFirstPartyTypeKind = {}));
}));
//#endregion
//#region ../../node_modules/.pnpm/zod@4.6.7/node_modules/zod/v4/classic/external.js
var init_external = __esmMin((() => {
	init_core$1();
	init_schemas();
	init_checks();
	init_errors();
	init_parse();
	init_compat();
	init_json_schema_processors();
	init_registries();
	init_util();
	init_checks();
	init_schemas();
	init_schemas$1();
	init_en();
}));
//#endregion
//#region ../../node_modules/.pnpm/zod@4.6.7/node_modules/zod/index.js
var init_zod = __esmMin((() => {
	init_external();
	init_external();
}));
//#endregion
//#region ../../packages/session-schema/dist/index.mjs
/** zod issues → `{path: "a.b.3.c", message}`. */
function toIssues(error) {
	return error.issues.map((i) => ({
		path: i.path.map((p) => String(p)).join("."),
		message: i.message
	}));
}
/** Parse `value` with `schema`; on failure a ValidationError naming each failing field by path. */
function safeParseWith(schema, document, value, file) {
	const r = schema.safeParse(value);
	if (r.success) return {
		ok: true,
		value: r.data
	};
	return {
		ok: false,
		error: new ValidationError(document, toIssues(r.error), file)
	};
}
function parseWith(schema, document, value, file) {
	const r = safeParseWith(schema, document, value, file);
	if (!r.ok) throw r.error;
	return r.value;
}
function safeParseSession(value, file) {
	try {
		assertNoProtoKeysInSession(value, file);
		return safeParseWith(SessionState, "session.json", upgradeSessionDocument(value, file), file);
	} catch (err) {
		if (err instanceof SchemaVersionError || err instanceof ValidationError) return {
			ok: false,
			error: err
		};
		throw err;
	}
}
var EpochSeconds, Sha256Hash, NonNegativeInt, SessionIdString, CellIdString, JsonObject, CellType, CellStatus, ContextSnapshot, CellInput, CellOutput, CellTrace, CellMetadata, CellIndexEntry, base, Num, Obj, LegacyState, LegacyContext, SessionType, ActivationMode, ForkPoint, SessionMetadata, Activation, FileEntry, ToolOutputPreview, SessionContext, ModelUsage, Budget, CellsSummary, Trajectory, SessionState;
var init_dist$3 = __esmMin((() => {
	init_core_f9jiwAl0();
	init_zod();
	EpochSeconds = number().nonnegative().finite();
	Sha256Hash = string().regex(/^sha256:[0-9a-f]{64}$/, "expected sha256:<64 lowercase hex>");
	NonNegativeInt = number().int().nonnegative();
	SessionIdString = string().min(1).max(128);
	CellIdString = string().regex(/^cell_[0-9a-f]{8}$/, "expected cell_ + 8 lowercase hex digits");
	JsonObject = record$1(string(), unknown());
	CellType = _enum(CELL_TYPES);
	CellStatus = _enum(CELL_STATUSES);
	ContextSnapshot = looseObject({
		/** path → `sha256:<hex>` of the content the cell read (null: read, content unknown). */
		files: record$1(string(), string().nullable()).default({}),
		conversation_slice: unknown().nullable().default(null),
		memory_query: unknown().nullable().default(null)
	});
	CellInput = looseObject({
		source: string().nullable().default(null),
		operation: string().nullable().default(null),
		args: unknown().default(null),
		context_snapshot: ContextSnapshot.default(() => ContextSnapshot.parse({}))
	});
	CellOutput = looseObject({
		result: unknown().default(null),
		error: string().nullable().default(null),
		execution_time_ms: number().nonnegative().nullable().default(null),
		/** The exact LLM text of an llm_call, so replays are deterministic. */
		cached_response: string().nullable().default(null)
	});
	CellTrace = looseObject({
		goal: string().nullable().default(null),
		decision: string().nullable().default(null),
		rationale: string().nullable().default(null)
	});
	CellMetadata = looseObject({
		depth: NonNegativeInt.default(0),
		model: string().nullable().default(null),
		tokens_used: NonNegativeInt.default(0),
		temperature: number().nullable().default(null),
		promoted_to_db: boolean().default(false)
	});
	looseObject({
		cell_id: CellIdString,
		created_at: EpochSeconds,
		completed_at: EpochSeconds.nullable().default(null),
		type: CellType,
		status: CellStatus,
		/** Why the cell is `stale` or `error` when the system (not the cell's run) decided it. */
		status_reason: string().nullable().default(null),
		input: CellInput.default(() => CellInput.parse({})),
		code: string().nullable().default(null),
		output: CellOutput.default(() => CellOutput.parse({})),
		dependencies: array(CellIdString).default([]),
		dependents: array(CellIdString).default([]),
		trace: CellTrace.default(() => CellTrace.parse({})),
		metadata: CellMetadata.default(() => CellMetadata.parse({})),
		extra: JsonObject.optional()
	});
	CellIndexEntry = looseObject({
		type: CellType,
		status: CellStatus,
		dependencies: array(CellIdString),
		dependents: array(CellIdString)
	});
	looseObject({
		version: literal(1),
		session_id: string(),
		cells: record$1(CellIdString, CellIndexEntry),
		roots: array(CellIdString),
		leaves: array(CellIdString),
		execution_order: array(CellIdString),
		cycles_detected: array(array(CellIdString)),
		updated_at: EpochSeconds.optional()
	});
	base = {
		timestamp: string().min(1),
		tool: string().min(1),
		cell_id: string().nullable().optional()
	};
	union([looseObject({
		...base,
		file: string()
	}), looseObject({
		...base,
		pattern: string()
	})]);
	looseObject({
		timestamp: number(),
		cell_id: string().nullable().optional(),
		kind: string().optional()
	});
	looseObject({
		session_id: string().min(1),
		hook_event_name: string().min(1),
		transcript_path: string().optional(),
		cwd: string().optional(),
		permission_mode: string().optional(),
		prompt_id: string().optional(),
		agent_id: string().optional(),
		agent_type: string().optional(),
		source: string().optional(),
		model: string().optional(),
		prompt: string().optional(),
		tool_name: string().optional(),
		tool_input: unknown().optional(),
		tool_response: unknown().optional(),
		tool_use_id: string().optional(),
		error: unknown().optional(),
		is_interrupt: boolean().optional(),
		duration_ms: number().optional(),
		stop_hook_active: boolean().optional(),
		last_assistant_message: string().nullable().optional(),
		agent_transcript_path: string().optional(),
		trigger: string().optional(),
		custom_instructions: string().nullable().optional(),
		reason: string().optional(),
		file_path: string().optional(),
		event: string().optional(),
		message: string().optional(),
		notification_type: string().optional(),
		session_title: string().optional()
	});
	looseObject({
		continue: boolean().optional(),
		stopReason: string().optional(),
		suppressOutput: boolean().optional(),
		systemMessage: string().optional(),
		decision: _enum(["block", "approve"]).optional(),
		reason: string().optional(),
		hookSpecificOutput: looseObject({
			hookEventName: string(),
			additionalContext: string().max(1e4).optional(),
			permissionDecision: _enum([
				"allow",
				"deny",
				"ask",
				"defer"
			]).optional(),
			permissionDecisionReason: string().optional()
		}).optional()
	});
	Num = union([number(), string()]).nullable();
	Obj = record$1(string(), unknown());
	LegacyState = looseObject({
		session_id: string().optional(),
		created_at: Num.optional(),
		updated_at: Num.optional(),
		rlm_active: union([boolean(), string()]).nullable().optional(),
		current_depth: Num.optional(),
		total_recursive_calls: Num.optional(),
		total_tokens_used: Num.optional(),
		working_memory: Obj.nullable().optional(),
		file_cache: record$1(string(), unknown()).nullable().optional(),
		tool_outputs_count: Num.optional(),
		trajectory_path: string().nullable().optional(),
		trajectory_events_count: Num.optional()
	});
	looseObject({
		role: string().optional(),
		content: unknown().optional(),
		timestamp: Num.optional()
	});
	looseObject({
		tool_name: string().nullable().optional(),
		content: unknown().optional(),
		exit_code: Num.optional(),
		timestamp: Num.optional()
	});
	LegacyContext = looseObject({
		messages: array(unknown()).nullable().optional(),
		files: record$1(string(), unknown()).nullable().optional(),
		tool_outputs: array(unknown()).nullable().optional(),
		working_memory: Obj.nullable().optional()
	});
	looseObject({
		conversation: array(unknown()).nullable().optional(),
		files: record$1(string(), unknown()).nullable().optional(),
		tool_outputs: array(unknown()).nullable().optional(),
		working_memory: Obj.nullable().optional(),
		session_id: string().nullable().optional(),
		rlm_active: union([boolean(), string()]).nullable().optional(),
		last_tool: unknown().optional()
	});
	looseObject({
		session_id: string().optional(),
		transcript_path: string().nullable().optional(),
		cwd: string().nullable().optional(),
		started_at: string().nullable().optional()
	});
	looseObject({
		timestamp: string().optional(),
		tool: string().optional(),
		file: string().optional(),
		pattern: string().optional()
	});
	looseObject({
		session_id: string().optional(),
		timestamp: Num.optional(),
		state_file: string().nullable().optional(),
		externalized_at: unknown().optional(),
		context_stats: looseObject({
			messages: Num.optional(),
			files: Num.optional(),
			tool_outputs: Num.optional()
		}).optional()
	});
	looseObject({
		session_id: string().optional(),
		timestamp: unknown().optional(),
		date: string().optional(),
		duration_info: looseObject({
			created_at: Num.optional(),
			ended_at: Num.optional()
		}).optional(),
		rlm_stats: looseObject({
			was_active: union([boolean(), string()]).nullable().optional(),
			max_depth: Num.optional(),
			total_recursive_calls: Num.optional(),
			total_tokens_used: Num.optional(),
			trajectory_events: Num.optional()
		}).optional(),
		context_stats: looseObject({
			tool_outputs_count: Num.optional(),
			files_cached: Num.optional()
		}).optional(),
		state_file: string().nullable().optional(),
		trajectory_file: string().nullable().optional(),
		cleaned_old_sessions: unknown().optional()
	});
	SessionType = _enum(SESSION_TYPES);
	ActivationMode = _enum(ACTIVATION_MODES);
	ForkPoint = looseObject({
		/** When the fork was made. */
		forked_at: EpochSeconds,
		/** The parent's `updated_at` at that moment. */
		parent_updated_at: EpochSeconds,
		/** Cells of the parent visible to the fork (shared until the fork changes them). */
		parent_cell_count: NonNegativeInt
	});
	SessionMetadata = looseObject({
		session_id: SessionIdString,
		created_at: EpochSeconds,
		updated_at: EpochSeconds,
		ended_at: EpochSeconds.nullable().default(null),
		cwd: string().nullable().default(null),
		claude_transcript_path: string().nullable().default(null),
		rlm_version: string().default("0.1.0"),
		parent_session_id: SessionIdString.nullable().default(null),
		fork_point: ForkPoint.nullable().default(null),
		session_type: SessionType.default("default"),
		tags: array(string()).default([]),
		description: string().nullable().default(null)
	});
	Activation = looseObject({
		rlm_active: boolean().default(false),
		activation_mode: ActivationMode.default("complexity"),
		activation_reason: string().nullable().default(null),
		complexity_score: number().nullable().default(null),
		current_depth: NonNegativeInt.default(0),
		max_depth: number().int().min(1).max(3).default(2)
	});
	FileEntry = looseObject({
		hash: Sha256Hash.nullable(),
		size_bytes: NonNegativeInt.nullable(),
		first_access: EpochSeconds,
		last_access: EpochSeconds
	});
	ToolOutputPreview = looseObject({
		tool_name: string(),
		content_preview: string().max(TOOL_OUTPUT_PREVIEW_CHARS),
		exit_code: number().int().nullable(),
		timestamp: EpochSeconds,
		cell_id: CellIdString.nullable().default(null)
	});
	SessionContext = looseObject({
		files: record$1(string(), FileEntry).default({}),
		tool_outputs: array(ToolOutputPreview).max(100).default([]),
		working_memory: JsonObject.default({})
	});
	ModelUsage = looseObject({
		calls: NonNegativeInt,
		tokens: NonNegativeInt,
		cost_usd: number().nonnegative()
	});
	Budget = looseObject({
		total_tokens_used: NonNegativeInt.default(0),
		total_recursive_calls: NonNegativeInt.default(0),
		max_recursive_calls: NonNegativeInt.default(50),
		cost_usd: number().nonnegative().default(0),
		by_model: record$1(string(), ModelUsage).default({})
	});
	CellsSummary = looseObject({
		count: NonNegativeInt.default(0),
		index_path: literal("cells/index.json").default("cells/index.json")
	});
	Trajectory = looseObject({
		events_count: NonNegativeInt.default(0),
		export_path: string().nullable().default(null)
	});
	SessionState = looseObject({
		schema_version: literal(1),
		metadata: SessionMetadata,
		activation: Activation.default(() => Activation.parse({})),
		context: SessionContext.default(() => SessionContext.parse({})),
		budget: Budget.default(() => Budget.parse({})),
		cells: CellsSummary.default(() => CellsSummary.parse({})),
		trajectory: Trajectory.default(() => Trajectory.parse({}))
	});
}));
//#endregion
//#region ../../packages/session-schema/dist/core.mjs
var init_core = __esmMin((() => {
	init_core_f9jiwAl0();
}));
//#endregion
//#region ../../packages/session-store/dist/session-store-BVrtDyrU.mjs
/** The sessions root: explicit option, else $RLM_SESSIONS_DIR, else ~/.claude/rlm-sessions. */
function resolveSessionsRoot(explicit, env = process.env) {
	const chosen = explicit ?? env.RLM_SESSIONS_DIR;
	if (chosen && chosen.trim() !== "") return (0, node_path.resolve)(chosen);
	return (0, node_path.join)((0, node_os.homedir)(), ".claude", "rlm-sessions");
}
/** `digits` (≤ 13, i.e. ≤ 52 bits: one Math.random) random lowercase hex digits. */
function hex52(digits) {
	return Math.floor(Math.random() * 2 ** (digits * 4)).toString(16).padStart(digits, "0");
}
/** `digits` random lowercase hex digits. */
function randomHex(digits) {
	let out = "";
	for (let left = digits; left > 0; left -= 13) out += hex52(Math.min(13, left));
	return out;
}
/** Write all of `data` at the file position of `fd` (a list of buffers with one writev). */
function writeAll$1(fd, data) {
	if (Array.isArray(data) && data.length <= IOV_MAX) {
		const total = data.reduce((n, b) => n + b.length, 0);
		const written = (0, node_fs.writevSync)(fd, data);
		if (written === total) return;
		data = Buffer.concat(data).subarray(written);
	}
	const bytes = typeof data === "string" ? Buffer.from(data) : Array.isArray(data) ? Buffer.concat(data) : data;
	let off = 0;
	while (off < bytes.length) off += (0, node_fs.writeSync)(fd, bytes, off, bytes.length - off);
}
/**
* Replace `path` atomically (temp file in the same dir, fsync, rename), mode 0600.
* `data` may be a list of buffers (written with one writev, never concatenated).
* `fsync: false` skips the fsync, for bulk writes into a private staging directory that
* is made durable as a whole (the rename is still atomic).
*/
function writeFileAtomicSync(path, data, options = {}) {
	const tmp = `${path}.${process.pid}.${instance}.${++counter}.tmp`;
	const fd = (0, node_fs.openSync)(tmp, "wx", 384);
	let done = false;
	try {
		writeAll$1(fd, data);
		if (options.fsync !== false) (0, node_fs.fsyncSync)(fd);
		(0, node_fs.closeSync)(fd);
		done = true;
		(0, node_fs.renameSync)(tmp, path);
	} catch (err) {
		if (!done) (0, node_fs.closeSync)(fd);
		try {
			(0, node_fs.unlinkSync)(tmp);
		} catch {}
		throw err;
	}
}
/** Serialize and replace a JSON document atomically. */
function writeJsonAtomic(path, value, pretty = true) {
	writeFileAtomicSync(path, `${pretty ? JSON.stringify(value, null, 2) : JSON.stringify(value)}\n`);
}
/**
* Read a JSON document. Missing → the ENOENT error is rethrown as is (callers decide);
* unreadable or unparsable → CorruptFileError naming the path and the reason.
*/
function readJsonFile(path) {
	let text;
	try {
		text = (0, node_fs.readFileSync)(path, "utf8");
	} catch (err) {
		if (err.code === "ENOENT") throw err;
		throw new CorruptFileError(path, `cannot read: ${err.message}`, err);
	}
	if (text.trim() === "") throw new CorruptFileError(path, "empty file");
	try {
		return JSON.parse(text);
	} catch (err) {
		throw new CorruptFileError(path, `invalid JSON: ${err.message}`, err);
	}
}
function isMissing(err) {
	return err?.code === "ENOENT";
}
function isPlainObject(value) {
	if (typeof value !== "object" || value === null || Array.isArray(value)) return false;
	const proto = Object.getPrototypeOf(value);
	return proto === Object.prototype || proto === null;
}
function keyCount(o) {
	let n = 0;
	for (const _ in o) n++;
	return n;
}
/** Carries exactly `count` keys, none undefined (an undefined value would take a schema default). */
function complete(v, count) {
	if (!isPlainObject(v) || keyCount(v) !== count) return false;
	for (const k in v) if (v[k] === void 0) return false;
	return true;
}
function hit(v, key, same, count) {
	const m = entries.get(v);
	if (m === void 0 || m.key !== key || !same(v, m) || keyCount(v) !== count) return null;
	return m.bytes;
}
function remember(v, key, text, count) {
	const bytes = Buffer.from(text);
	if (keyCount(v) === count) {
		const snapshot = count === 4 ? {
			a: v.hash,
			b: v.size_bytes,
			c: v.first_access,
			d: v.last_access,
			e: void 0
		} : {
			a: v.tool_name,
			b: v.content_preview,
			c: v.exit_code,
			d: v.timestamp,
			e: v.cell_id
		};
		entries.set(v, {
			key,
			bytes,
			...snapshot
		});
	}
	return bytes;
}
function section(owner, open, parts, close) {
	const prev = sections.get(owner);
	if (prev !== void 0 && prev.parts.length === parts.length && prev.parts.every((p, i) => p === parts[i])) return prev.bytes;
	const list = [Buffer.from(open)];
	parts.forEach((p, i) => {
		if (i > 0) list.push(COMMA);
		list.push(p);
	});
	list.push(Buffer.from(close));
	const bytes = Buffer.concat(list);
	sections.set(owner, {
		parts,
		bytes
	});
	return bytes;
}
/** `{"path":{…},…}` from remembered entries (validating a few new ones), or null. */
function rememberedFiles(record) {
	if (!sections.has(record)) return null;
	const keys = Object.keys(record);
	const parts = new Array(keys.length);
	let misses = 0;
	for (let i = 0; i < keys.length; i++) {
		const k = keys[i];
		const v = record[k];
		if (typeof v !== "object" || v === null) return null;
		const known = hit(v, k, fileFields, 4);
		if (known !== null) {
			parts[i] = known;
			continue;
		}
		if (++misses > MAX_MISSES || !complete(v, 4)) return null;
		if (!checkFileEntry(v).ok) return null;
		parts[i] = remember(v, k, `${JSON.stringify(k)}:${JSON.stringify(v)}`, 4);
	}
	return section(record, "{", parts, "}");
}
/** `[{…},…]` from remembered previews (validating a few new ones), or null. */
function rememberedTools(list) {
	if (!sections.has(list)) return null;
	const parts = new Array(list.length);
	let misses = 0;
	for (let i = 0; i < list.length; i++) {
		const v = list[i];
		if (typeof v !== "object" || v === null) return null;
		const known = hit(v, null, toolFields, 5);
		if (known !== null) {
			parts[i] = known;
			continue;
		}
		if (++misses > MAX_MISSES || !complete(v, 5)) return null;
		if (!checkToolOutputPreview(v).ok) return null;
		parts[i] = remember(v, null, JSON.stringify(v), 5);
	}
	return section(list, "[", parts, "]");
}
/** Encode validated files entries, remembering each. */
function filesSection(record) {
	return section(record, "{", Object.entries(record).map(([k, v]) => remember(v, k, `${JSON.stringify(k)}:${JSON.stringify(v)}`, 4)), "}");
}
/** Encode validated tool-output previews, remembering each. */
function toolsSection(list) {
	return section(list, "[", list.map((v) => remember(v, null, JSON.stringify(v), 5)), "]");
}
/**
* Validate and serialize a session document. Throws ValidationError / SchemaVersionError;
* a value JSON cannot hold (BigInt, function, NaN, a cycle, …) is a ValidationError naming
* its dot path, never a raw TypeError or a silent change.
*/
function encodeSession(value, file) {
	const remembered = encodeRemembered(value, file);
	if (remembered !== null) return remembered;
	assertJsonValue(value, "session.json", file);
	const state = validateSession(value, file);
	const files = isPlainObject(value) && isPlainObject(value.context) ? value.context.files : void 0;
	const bytes = typeof files === "object" && files !== null && held$1.has(files) ? serialize(state, filesSection(state.context.files), toolsSection(state.context.tool_outputs)) : serializePlain(state);
	held$1.add(state.context.files);
	return {
		state,
		bytes
	};
}
function encodeRemembered(value, file) {
	if (!isPlainObject(value) || value.schema_version !== 1) return null;
	const context = value.context;
	if (!isPlainObject(context)) return null;
	const { files, tool_outputs } = context;
	if (!isPlainObject(files) || !Array.isArray(tool_outputs) || tool_outputs.length > 100) return null;
	if (Object.getOwnPropertySymbols(files).length > 0) return null;
	const filesBytes = rememberedFiles(files);
	const toolsBytes = filesBytes && rememberedTools(tool_outputs);
	if (!filesBytes || !toolsBytes) return null;
	const rest = {
		...value,
		context: {
			...context,
			files: {},
			tool_outputs: []
		}
	};
	assertJsonValue(rest, "session.json", file);
	const shell = checkSessionState(rest);
	if (!shell.ok) return null;
	const state = shell.value;
	state.context.files = files;
	state.context.tool_outputs = tool_outputs;
	return {
		state,
		bytes: serialize(state, filesBytes, toolsBytes)
	};
}
function serializePlain(state) {
	const { schema_version: _v, metadata: _m, ...rest } = state;
	const body = JSON.stringify(rest);
	return [Buffer.from(body === "{}" ? `${headOf$1(state)}}\n` : `${headOf$1(state)},\n${body.slice(1)}\n`)];
}
function serialize(state, files, tools) {
	const out = [buf(headOf$1(state))];
	let first = true;
	for (const [key, value] of Object.entries(state)) {
		if (key === "schema_version" || key === "metadata") continue;
		const sep = first ? ",\n" : ",";
		if (key !== "context") {
			const text = JSON.stringify(value);
			if (text === void 0) continue;
			out.push(buf(`${sep}${JSON.stringify(key)}:${text}`));
		} else {
			out.push(buf(`${sep}"context":{`));
			let inner = true;
			for (const [k, v] of Object.entries(state.context)) {
				const lead = `${inner ? "" : ","}${JSON.stringify(k)}:`;
				if (k === "files" || k === "tool_outputs") out.push(buf(lead), k === "files" ? files : tools);
				else {
					const text = JSON.stringify(v);
					if (text === void 0) continue;
					out.push(buf(lead + text));
				}
				inner = false;
			}
			out.push(buf("}"));
		}
		first = false;
	}
	out.push(buf("}\n"));
	return out;
}
/** `text` with every recognised secret replaced by `[REDACTED:<kind>]`. */
function redactSecrets(text) {
	let out = text;
	for (const rule of RULES) if (mayMatch(rule, out)) out = out.replace(rule.pattern, rule.replace);
	return out;
}
function mayMatch(rule, text) {
	if (rule.hint instanceof RegExp) return rule.hint.test(text);
	for (const s of rule.hint) if (text.includes(s)) return true;
	return false;
}
/** The first `max` UTF-16 units of `text`, never ending in half a surrogate pair. */
function previewOf(text, max = TOOL_OUTPUT_PREVIEW_CHARS) {
	if (text.length <= max) return text;
	const last = text.charCodeAt(max - 1);
	return text.slice(0, last >= 55296 && last <= 56319 ? max - 1 : max);
}
/**
* The preview session.json keeps of a tool output: redacted, ≤ 1000 characters. The
* redaction runs over a window a little longer than the preview, so a secret cut by the
* preview's end is still recognised whole (and a huge output is not scanned in full).
*/
function toolOutputPreview(content, redact = redactSecrets) {
	return previewOf(redact(content.slice(0, TOOL_OUTPUT_PREVIEW_CHARS + REDACTION_LOOKAHEAD)));
}
/** Start time (clock ticks since boot) and state of `pid` from /proc, or null off Linux. */
function procStat(pid) {
	let text;
	try {
		text = (0, node_fs.readFileSync)(`/proc/${pid}/stat`, "utf8");
	} catch {
		return null;
	}
	const fields = text.slice(text.lastIndexOf(")") + 2).split(" ");
	const state = fields[0];
	const start = fields[19];
	return state !== void 0 && start !== void 0 ? {
		state,
		start
	} : null;
}
/** True unless `pid` is certainly gone (exited, zombie, or recycled since `start`). */
function processAlive(pid, start) {
	try {
		process.kill(pid, 0);
	} catch (err) {
		if (err.code !== "EPERM") return false;
	}
	const stat = procStat(pid);
	if (stat === null) return true;
	if (stat.state === "Z" || stat.state === "X") return false;
	return start === void 0 || stat.start === start;
}
function newOwner(intent) {
	const owner = {
		pid: process.pid,
		host: HOST,
		token: randomHex(24),
		acquired_at: 0
	};
	if (SELF_START !== void 0) owner.start = SELF_START;
	if (intent !== void 0) owner.intent = intent;
	return owner;
}
function readOwner(lockPath) {
	try {
		const parsed = JSON.parse((0, node_fs.readFileSync)(lockPath, "utf8"));
		return typeof parsed?.token === "string" ? parsed : null;
	} catch {
		return null;
	}
}
function fileAgeMs(path) {
	try {
		return Date.now() - (0, node_fs.statSync)(path).mtimeMs;
	} catch {
		return 0;
	}
}
function isStale(owner, lockPath, staleMs) {
	if (owner === null) return fileAgeMs(lockPath) > 1e3;
	if (Date.now() - owner.acquired_at > staleMs) return true;
	return owner.host === HOST && !processAlive(owner.pid, owner.start);
}
function unlinkQuietly(path) {
	try {
		(0, node_fs.unlinkSync)(path);
	} catch {}
}
function safeUnlinkIfToken(path, token) {
	if ((readOwner(path)?.token ?? null) === token) unlinkQuietly(path);
}
function writeTemp$1(path, owner) {
	const tmp = `${path}.${owner.token}.tmp`;
	(0, node_fs.writeFileSync)(tmp, JSON.stringify(owner), { mode: 384 });
	return tmp;
}
/** Create `path` holding `owner`, atomically and only if absent. */
function tryCreate(path, owner) {
	const tmp = writeTemp$1(path, owner);
	try {
		(0, node_fs.linkSync)(tmp, path);
		return true;
	} catch (err) {
		if (err.code === "EEXIST") return false;
		throw err;
	} finally {
		unlinkQuietly(tmp);
	}
}
/** The chain a new holder inherits from the stale owner it replaces (nearest first, flat). */
function inheritedFrom(stale) {
	if (stale === null) return [];
	const { recovered = [], ...self } = stale;
	return [self, ...recovered.map(({ recovered: _r, ...o }) => o)].slice(0, MAX_RECOVERED);
}
/**
* Replace a stale lock with `owner`'s record in one rename(2), so the process that found
* it stale is the one that holds the lock next (nobody can slip in between break and take).
* The guard `<lock>.break` serializes breakers; the token is re-checked under it. Returns
* the owners taken over (empty for record-less debris), or null when the lock was not
* taken (guard busy, or the lock changed meanwhile).
*/
function takeOverStale(lockPath, seen, staleMs, owner) {
	const guard = `${lockPath}.break`;
	const breaker = newOwner();
	breaker.acquired_at = Date.now();
	if (!tryCreate(guard, breaker)) {
		const guardOwner = readOwner(guard);
		if (isStale(guardOwner, guard, Math.min(staleMs, 5e3))) safeUnlinkIfToken(guard, guardOwner?.token ?? null);
		return null;
	}
	try {
		const now = readOwner(lockPath);
		if ((now?.token ?? null) !== (seen?.token ?? null) || !isStale(now, lockPath, staleMs)) return null;
		const recovered = inheritedFrom(now);
		owner.acquired_at = Date.now();
		if (recovered.length > 0) owner.recovered = recovered;
		else delete owner.recovered;
		const tmp = writeTemp$1(lockPath, owner);
		try {
			(0, node_fs.renameSync)(tmp, lockPath);
		} catch (err) {
			unlinkQuietly(tmp);
			throw err;
		}
		return recovered;
	} finally {
		safeUnlinkIfToken(guard, breaker.token);
	}
}
/** FNV-1a of the host name: 8 hex digits, enough to tell this host from another. */
function hostHash(host) {
	let h = 2166136261;
	for (let i = 0; i < host.length; i++) h = Math.imul(h ^ host.charCodeAt(i), 16777619);
	return (h >>> 0).toString(16).padStart(8, "0");
}
/** `<dir>/.<name>.q` for `<dir>/<name>` (a dot-name: never listed as a session, never archived). */
function queueDirOf(lockPath) {
	const name = (0, node_path.basename)(lockPath);
	return (0, node_path.join)((0, node_path.dirname)(lockPath), `${name.startsWith(".") ? "" : "."}${name}.q`);
}
/** A ticket name for a waiter that arrived at `arrivalNs` (process.hrtime.bigint()). */
function ticketName(arrivalNs) {
	return `${arrivalNs.toString().padStart(20, "0")}-${process.pid}-${SELF_START ?? "x"}-${HOST_HASH}-${randomHex(6)}`;
}
function parse(name) {
	const m = TICKET.exec(name);
	if (m === null) return null;
	return {
		name,
		pid: Number(m[2]),
		start: m[3] === "x" ? void 0 : m[3],
		host: m[4]
	};
}
/** Waiting tickets, first in line first. */
function readQueue(queueDir) {
	let names;
	try {
		names = (0, node_fs.readdirSync)(queueDir);
	} catch {
		return [];
	}
	const out = [];
	for (const n of names.sort()) {
		const t = parse(n);
		if (t !== null) out.push(t);
	}
	return out;
}
/** True when nobody waits (the directory is missing or holds no ticket). */
function queueEmpty(queueDir) {
	try {
		return !(0, node_fs.readdirSync)(queueDir).some((n) => TICKET.test(n));
	} catch {
		return true;
	}
}
/**
* Add (or re-add) this waiter's ticket. False when the line cannot be used: something that
* is not a real directory (a file, a symlink planted to lead the tickets out of the root)
* sits where it belongs. The waiter then waits without a line: fairness is lost, never
* safety (the lock file alone gives mutual exclusion), and nothing is written through it.
*/
function enqueue(queueDir, name) {
	for (let attempt = 0;; attempt++) {
		const st = (0, node_fs.lstatSync)(queueDir, { throwIfNoEntry: false });
		if (st !== void 0 && !st.isDirectory()) return false;
		if (st !== void 0) try {
			(0, node_fs.mkdirSync)((0, node_path.join)(queueDir, name), { mode: 448 });
			return true;
		} catch (err) {
			const code = err.code;
			if (code === "EEXIST") return true;
			if (code !== "ENOENT" || attempt > 100) throw err;
		}
		try {
			(0, node_fs.mkdirSync)(queueDir, { mode: 448 });
		} catch (err) {
			if (err.code !== "EEXIST") throw err;
		}
	}
}
function rmdirQuietly(path) {
	try {
		(0, node_fs.rmdirSync)(path);
	} catch {}
}
/** Remove a ticket (this waiter's, or a dead one's). */
function removeTicket(queueDir, name) {
	rmdirQuietly((0, node_path.join)(queueDir, name));
}
/** Remove this waiter's ticket, and the queue directory once nobody waits in it. */
function dequeue(queueDir, name) {
	removeTicket(queueDir, name);
	rmdirQuietly(queueDir);
}
/**
* Whether the waiter behind a ticket is still there: same host → its process is alive (and
* its pid not recycled); another host → the ticket is younger than `staleMs`.
*/
function ticketAlive(queueDir, ticket, staleMs) {
	if (ticket.host !== HOST_HASH) try {
		return Date.now() - (0, node_fs.statSync)((0, node_path.join)(queueDir, ticket.name)).mtimeMs < staleMs;
	} catch {
		return false;
	}
	return processAlive(ticket.pid, ticket.start);
}
/** Block the thread for `ms` without spinning. */
function sleepSync(ms) {
	Atomics.wait(sleeper, 0, 0, ms);
}
/**
* One poll of the lock: null when it is free. The time it was taken comes from the owner
* record's `acquired_at` (read once per holder; file times are too coarse, ~10 ms here).
*/
function pollHolder(lockPath, last) {
	let ino;
	try {
		ino = (0, node_fs.lstatSync)(lockPath).ino;
	} catch {
		return null;
	}
	if (last !== null && last.ino === ino) return last;
	const at = readOwner(lockPath)?.acquired_at;
	const now = Date.now();
	return {
		ino,
		since: typeof at === "number" && at <= now ? at : now
	};
}
/** Take a lock seen held, if its holder is stale: the owners taken over, or null. */
function takeIfStale(lockPath, owner, staleMs) {
	const holder = readOwner(lockPath);
	return isStale(holder, lockPath, staleMs) ? takeOverStale(lockPath, holder, staleMs, owner) : null;
}
/** Take the lock if it is free or stale; the owners taken over, or null when it is held. */
function tryTake(lockPath, owner, staleMs) {
	owner.acquired_at = Date.now();
	if (tryCreate(lockPath, owner)) return [];
	const holder = readOwner(lockPath);
	return isStale(holder, lockPath, staleMs) ? takeOverStale(lockPath, holder, staleMs, owner) : null;
}
/** Wait in line for the lock at `lockPath`; returns the stale owners taken over (usually none). */
function waitForLock(lockPath, owner, options) {
	const arrival = process.hrtime.bigint();
	const queueDir = queueDirOf(lockPath);
	if (queueEmpty(queueDir)) {
		const taken = tryTake(lockPath, owner, options.staleMs);
		if (taken !== null) return taken;
	}
	if (options.timeoutMs <= 0) throw new LockTimeoutError(lockPath, 0, readOwner(lockPath) ?? { waiting: "others are in line" });
	const ticket = ticketName(arrival);
	if (!enqueue(queueDir, ticket)) return inLine(lockPath, owner, options, queueDir, null);
	try {
		return inLine(lockPath, owner, options, queueDir, ticket);
	} finally {
		dequeue(queueDir, ticket);
	}
}
/**
* How long a waiter sleeps between looks. The first in line polls every 0.5 ms (the lock
* must not sit free while it sleeps: measured, sleeping until the holder is "due" cost more
* in late hand-offs than it saved), less often for a holder that keeps the lock long. On 2
* cores every wake-up of a waiter further back is CPU the holder does not get, so those look
* about twice per hold they still have to wait (`holdMs`: the holds this process has seen).
*/
function pauseFor(place, heldMs, holdMs) {
	if (place === 0) return heldMs < 200 ? .5 : heldMs < 1e3 ? 2 : 10;
	return Math.min(Math.max(.5, (place - .5) * holdMs / 2), 50);
}
function inLine(lockPath, owner, { timeoutMs, staleMs }, queueDir, ticket) {
	const start = Date.now();
	let lastStaleCheck = 0;
	let lastAliveCheck = 0;
	let lastStuckCheck = 0;
	let holder = null;
	let heldAt = 0;
	let freeSince = null;
	let place = -1;
	let ahead = null;
	const reread = () => {
		if (ticket === null) {
			place = 0;
			return;
		}
		let line = readQueue(queueDir);
		place = line.findIndex((t) => t.name === ticket);
		while (place < 0) {
			if (!enqueue(queueDir, ticket)) {
				place = 0;
				ahead = null;
				return;
			}
			line = readQueue(queueDir);
			place = line.findIndex((t) => t.name === ticket);
		}
		ahead = place > 0 ? line[place - 1] : null;
	};
	let lastAhead = null;
	for (;;) {
		const now = Date.now();
		reread();
		if (ahead !== null && ahead.name !== lastAhead) {
			lastAhead = ahead.name;
			lastAliveCheck = now;
		}
		const holdMs = holdEstimates.get(lockPath) ?? 5;
		if (place === 0 || place === 1 && now - lastStuckCheck >= Math.max(holdMs, 10)) {
			lastStuckCheck = now;
			const seen = pollHolder(lockPath, holder);
			if (seen === null && holder !== null && place === 0 && heldAt > 0 && now - heldAt <= 5) {
				const held = Math.min(Math.max((heldAt + now) / 2 - holder.since, .5), 1e3);
				holdEstimates.set(lockPath, .7 * (holdEstimates.get(lockPath) ?? held) + .3 * held);
			}
			freeSince = seen === null ? freeSince ?? now : null;
			heldAt = seen !== null && place === 0 ? now : 0;
			holder = seen;
		}
		const skipStuck = place === 1 && freeSince !== null && now - freeSince >= SKIP_STUCK_MS;
		if (place === 0 || skipStuck) {
			if (freeSince !== null) {
				if (place === 0 || skipStuck) {
					const taken = tryTake(lockPath, owner, staleMs);
					if (taken !== null) return taken;
				}
			} else if (now - lastStaleCheck >= STALE_CHECK_MS) {
				lastStaleCheck = now;
				const taken = takeIfStale(lockPath, owner, staleMs);
				if (taken !== null) return taken;
			}
		} else if (ahead !== null && now - lastAliveCheck >= ALIVE_CHECK_MS) {
			lastAliveCheck = now;
			if (!ticketAlive(queueDir, ahead, staleMs)) {
				removeTicket(queueDir, ahead.name);
				continue;
			}
		}
		const waited = Date.now() - start;
		if (waited >= timeoutMs) throw new LockTimeoutError(lockPath, waited, readOwner(lockPath) ?? { waiting_ahead: place });
		const heldMs = holder === null ? 0 : Date.now() - holder.since;
		sleepSync(Math.min(pauseFor(place, heldMs, holdMs), timeoutMs - waited));
	}
}
/** Take the lock at `lockPath`, waiting (bounded) and recovering stale locks. */
function acquireLock(lockPath, options = {}) {
	if (heldHere.has(lockPath)) throw new LockReentryError(lockPath);
	if (options.intent !== void 0) assertJsonValue(options.intent, "lock intent", lockPath);
	const timeoutMs = options.timeoutMs ?? 1e4;
	const staleMs = options.staleMs ?? 3e4;
	const owner = newOwner(options.intent);
	return held(lockPath, owner, waitForLock(lockPath, owner, {
		timeoutMs,
		staleMs
	}), staleMs);
}
function held(lockPath, owner, recovered, staleMs) {
	heldHere.add(lockPath);
	let released = false;
	return {
		path: lockPath,
		owner: { ...owner },
		recovered,
		release() {
			if (released) return;
			released = true;
			heldHere.delete(lockPath);
			if (Date.now() - owner.acquired_at < staleMs / 2) unlinkQuietly(lockPath);
			else safeUnlinkIfToken(lockPath, owner.token);
		},
		forget() {
			released = true;
			heldHere.delete(lockPath);
		}
	};
}
/** Run `fn(held)` while holding the lock at `lockPath`; released when `fn` returns or throws. */
function withLock(lockPath, fn, options) {
	const lock = acquireLock(lockPath, options);
	try {
		return fn(lock);
	} finally {
		lock.release();
	}
}
/**
* `mkdir -p` that always ends: creates `path` and its missing parents (each with `mode`).
* Node 20's `mkdirSync(p, { recursive: true })` spins forever where mkdir(2) answers ENOENT
* for a parent that exists (`/proc/nope`): here a parent that exists and a child that still
* cannot be made is that error, thrown. An existing directory (or a symlink to one) is fine.
*/
function mkdirpSync(path, mode) {
	const missing = [];
	let at = (0, node_path.resolve)(path);
	for (;;) try {
		(0, node_fs.mkdirSync)(at, { mode });
		break;
	} catch (err) {
		const code = err.code;
		if (code === "EEXIST" && (0, node_fs.statSync)(at, { throwIfNoEntry: false })?.isDirectory() === true) break;
		const parent = (0, node_path.dirname)(at);
		if (code !== "ENOENT" || parent === at) throw err;
		missing.push(at);
		at = parent;
	}
	for (let i = missing.length - 1; i >= 0; i--) try {
		(0, node_fs.mkdirSync)(missing[i], { mode });
	} catch (err) {
		if (err.code !== "EEXIST") throw err;
	}
}
var OutsideRootError, SESSION_FILE, CELLS_DIR, CELL_INDEX_FILE, FILE_ACCESS_LOG, TRANSCRIPT_LINK, counter, instance, IOV_MAX, MAX_MISSES, COMMA, entries, sections, fileFields, toolFields, held$1, headOf$1, buf, LockReentryError, LockTimeoutError, SessionNotFoundError, r, SECRET_WORD, SECRET_NAME, NOT_A_SECRET_NAME, RULES, REDACTION_LOOKAHEAD, SELF_START, HOST, MAX_RECOVERED, TICKET, HOST_HASH, STALE_CHECK_MS, ALIVE_CHECK_MS, SKIP_STUCK_MS, sleeper, holdEstimates, heldHere;
var init_session_store_BVrtDyrU = __esmMin((() => {
	init_core();
	OutsideRootError = class extends RlmError {
		constructor(path, root, why = "outside") {
			super("ERR_RLM_OUTSIDE_ROOT", `refusing to touch ${path}: ${why} ${root}`);
			this.name = "OutsideRootError";
		}
	};
	SESSION_FILE = "session.json";
	CELLS_DIR = "cells";
	CELL_INDEX_FILE = "cells/index.json";
	FILE_ACCESS_LOG = "file-access.jsonl";
	TRANSCRIPT_LINK = "transcript.jsonl";
	counter = 0;
	instance = randomHex(6);
	IOV_MAX = 1024;
	MAX_MISSES = 32;
	COMMA = Buffer.from(",");
	entries = /* @__PURE__ */ new WeakMap();
	sections = /* @__PURE__ */ new WeakMap();
	fileFields = (v, m) => {
		if (m === null) return false;
		return m.a === v.hash && m.b === v.size_bytes && m.c === v.first_access && m.d === v.last_access;
	};
	toolFields = (v, m) => {
		if (m === null) return false;
		return m.a === v.tool_name && m.b === v.content_preview && m.c === v.exit_code && m.d === v.timestamp && m.e === v.cell_id;
	};
	held$1 = /* @__PURE__ */ new WeakSet();
	headOf$1 = (state) => `{"schema_version":${JSON.stringify(state.schema_version)},"metadata":${JSON.stringify(state.metadata)}`;
	buf = (s) => Buffer.from(s);
	LockReentryError = class extends RlmError {
		lockPath;
		constructor(lockPath) {
			super("ERR_RLM_USAGE", `lock ${lockPath} is already held by this thread`, { hint: "do not call store methods on the same session from inside update(); return the new state instead" });
			this.name = "LockReentryError";
			this.lockPath = lockPath;
		}
	};
	LockTimeoutError = class extends RlmError {
		lockPath;
		waitedMs;
		holder;
		constructor(lockPath, waitedMs, holder) {
			super("ERR_RLM_LOCK_TIMEOUT", `timed out after ${waitedMs} ms waiting for lock ${lockPath}`, { hint: `held by ${JSON.stringify(holder)}; if that process is gone the lock is recovered automatically` });
			this.name = "LockTimeoutError";
			this.lockPath = lockPath;
			this.waitedMs = waitedMs;
			this.holder = holder;
		}
	};
	SessionNotFoundError = class extends RlmError {
		sessionId;
		constructor(sessionId, where) {
			super("ERR_RLM_SESSION_NOT_FOUND", `session ${sessionId} not found in ${where}`, { hint: "list sessions with `rlm-repl --op sessions` or check --sessions-dir / RLM_SESSIONS_DIR" });
			this.name = "SessionNotFoundError";
			this.sessionId = sessionId;
		}
	};
	r = (kind, hint, pattern, keep = "") => ({
		kind,
		pattern,
		replace: `${keep}[REDACTED:${kind}]`,
		hint
	});
	SECRET_WORD = "(?:secret|token|password|passwd|passphrase|api[_-]?key|apikey|access[_-]?key|private[_-]?key|credentials?|auth[_-]?token)";
	SECRET_NAME = "[A-Z0-9_]*(?:SECRET|TOKEN|PASSWORD|PASSWD|PASSPHRASE|API_?KEY|ACCESS_KEY|PRIVATE_KEY|CREDENTIALS?|AUTH)";
	NOT_A_SECRET_NAME = `(?<!${[
		...[
			"type",
			"name",
			"file",
			"path",
			"dir",
			"url",
			"uri",
			"id",
			"ids",
			"ref",
			"ttl",
			"count",
			"size",
			"length",
			"limit",
			"mode",
			"kind",
			"format",
			"version",
			"header",
			"field",
			"expiry",
			"expires",
			"handshake"
		].flatMap((w) => [
			w,
			w.toUpperCase(),
			`${w[0].toUpperCase()}${w.slice(1)}`
		]),
		"tokeniz[a-z]*",
		"TOKENIZ[A-Z]*"
	].join("|")})`;
	RULES = [
		r("private_key", ["PRIVATE KEY-----"], /-----BEGIN [A-Z0-9 ]*PRIVATE KEY-----[\s\S]*?(?:-----END [A-Z0-9 ]*PRIVATE KEY-----|$)/g),
		r("anthropic_key", ["sk-ant-"], /\bsk-ant-[A-Za-z0-9_-]{20,}/g),
		r("openai_key", ["sk-"], /\bsk-(?:proj-|svcacct-)?[A-Za-z0-9_-]{32,}/g),
		r("aws_access_key", ["AKIA", "ASIA"], /\b(?:AKIA|ASIA)[0-9A-Z]{16}\b/g),
		r("github_token", /gh[pousr]_|github_pat_/, /\b(?:gh[pousr]_[A-Za-z0-9]{36,}|github_pat_[A-Za-z0-9_]{40,})\b/g),
		r("slack_token", ["xox"], /\bxox[abposr]-[A-Za-z0-9-]{10,}/g),
		r("slack_webhook", ["hooks.slack.com"], /https:\/\/hooks\.slack\.com\/services\/[A-Za-z0-9/_-]+/g),
		r("gitlab_token", ["glpat-"], /\bglpat-[A-Za-z0-9_-]{20,}/g),
		r("huggingface_token", ["hf_"], /\bhf_[A-Za-z0-9]{30,}\b/g),
		r("npm_token", ["npm_"], /\bnpm_[A-Za-z0-9]{36}\b/g),
		r("google_api_key", ["AIza"], /\bAIza[0-9A-Za-z_-]{35}\b/g),
		r("stripe_key", ["_live_", "_test_"], /\b(?:sk|rk)_(?:live|test)_[A-Za-z0-9]{16,}/g),
		r("jwt", ["eyJ"], /\beyJ[A-Za-z0-9_-]{8,}\.eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}/g),
		r("bearer_token", /bearer/i, /(\bBearer\s+)[A-Za-z0-9._~+/=-]{16,}/gi, "$1"),
		r("basic_auth", /basic/i, /(\bauthorization["']?\s*[:=]\s*["']?Basic\s+)[A-Za-z0-9+/]{6,}={0,2}/gi, "$1"),
		r("cli_password", ["-p"], /(\b(?:mysql|mysqldump|mysqladmin|mariadb)\b[^\n]*?\s-p)(?=[^\s'"])[^\s'"]+/g, "$1"),
		r("url_password", ["://"], /(\b[a-z][a-z0-9+.-]*:\/\/[^\s:/@]+:)[^\s@/]{3,}(?=@)/gi, "$1"),
		r("env", /SECRET|TOKEN|PASS|API_?KEY|ACCESS_KEY|PRIVATE_KEY|CREDENTIAL|AUTH/, new RegExp(`((?:^|\\\\[nr]|")[ \\t]*(?:export[ \\t]+)?(?:${SECRET_NAME}[A-Z0-9_]*|(?:[A-Z0-9]+_)*PASS)${NOT_A_SECRET_NAME}[ \\t]*=[ \\t]*)(?!\\$)(?:"[^"\\n]+"|'[^'\\n]+'|\\\\"[^"\\\\\\n]+\\\\"|(?=[^\\s'"\\\\])(?:(?![ \\t]+#|[ \\t]*(?:\$|\\\\[nrt]|"))[^\\n])+)`, "gm"), "$1"),
		r("secret_assignment", /secret|token|passw|passphrase|api.?key|access.?key|private.?key|credential|auth/i, new RegExp(`((?:^|[\\s"'{,;(]|\\\\[nrt])[A-Za-z0-9_.-]*${SECRET_WORD}[A-Za-z0-9_.-]*${NOT_A_SECRET_NAME}(?:\\\\?["'])?[ \\t]*[:=][ \\t]*)(?!(?:\\\\?["'])?[$])(?!\\[REDACTED:)(?![0-9.]+(?:[\\s"',;#(){}\\[\\]]|$))(?!(?:\\?["'])?[\\^~>=<v]*[0-9]+(?:\\.[0-9]+)+(?:[-+][A-Za-z0-9.]+)?(?:\\?["'])?(?=[\\s,;}\\]]|\$))(?:\\\\"[^"\\\\\\n]{4,}\\\\"|"[^"\\n]{4,}"|'[^'\\n]{4,}'|(?=[^\\s"',;#(){}\\[\\]\\\\]*[0-9~!@#%^&*+=/_-])[^\\s"',;#(){}\\[\\]\\\\]{6,})`, "gim"), "$1"),
		r("secret_line", /secret|token|pass|api.?key|access.?key|private.?key|credential|auth/i, new RegExp(`((?:^|\\\\[nr])[ \\t]*(?:export[ \\t]+)?(?:[A-Za-z0-9_.-]*${SECRET_WORD}[A-Za-z0-9_.-]*|(?:[A-Za-z0-9]+[_.-])*pass)${NOT_A_SECRET_NAME}["']?[ \\t]*[:=][ \\t]*)(?!\\$|\\[REDACTED:|(?:[0-9.]+|true|false|null|none|yes|no)[ \\t]*(?:$|\\\\[nrt]|"))(?:\\\\"[^"\\\\\\n]{4,}\\\\"|(?=[^\\s'"\\\\(){}\\[\\];,]{4})[^\\s'"\\\\(){}\\[\\];,]+)(?=[ \\t]*(?:$|#|\\\\[nrt]|"))`, "gim"), "$1")
	];
	RULES.map((rule) => rule.kind);
	REDACTION_LOOKAHEAD = 8192;
	SELF_START = procStat(process.pid)?.start;
	HOST = (0, node_os.hostname)();
	MAX_RECOVERED = 32;
	TICKET = /^(\d{20})-(\d+)-([0-9]+|x)-([0-9a-f]{8})-[0-9a-f]{6}$/;
	HOST_HASH = hostHash(HOST);
	STALE_CHECK_MS = 25;
	ALIVE_CHECK_MS = 100;
	SKIP_STUCK_MS = 250;
	sleeper = new Int32Array(new SharedArrayBuffer(4));
	holdEstimates = /* @__PURE__ */ new Map();
	heldHere = /* @__PURE__ */ new Set();
	node_fs.constants.O_RDWR | node_fs.constants.O_APPEND | node_fs.constants.O_CREAT | node_fs.constants.O_NOFOLLOW;
}));
//#endregion
//#region ../../packages/session-store/dist/index.mjs
var init_dist$2 = __esmMin((() => {
	init_session_store_BVrtDyrU();
}));
//#endregion
//#region ../../packages/cells/dist/open-cells-Dsq_lmYg.mjs
/**
* JSON with object keys sorted at every level, so equal values hash equally whatever
* order their keys were written in. `undefined` members are dropped like JSON.stringify does.
*/
function canonicalJson(value) {
	return JSON.stringify(sortKeys(value, 0));
}
function sortKeys(value, depth) {
	if (depth > MAX_DEPTH) return "[depth limit]";
	if (Array.isArray(value)) return value.map((v) => sortKeys(v, depth + 1));
	if (value === null || typeof value !== "object") return value;
	if (typeof value.toJSON === "function") return value;
	const out = {};
	for (const key of Object.keys(value).sort()) out[key] = sortKeys(value[key], depth + 1);
	return out;
}
function primes(n) {
	const out = [];
	for (let c = 2; out.length < n; c++) if (out.every((p) => c % p !== 0)) out.push(c);
	return out;
}
function compress(h, v, at) {
	const w = W;
	for (let i = 0, j = at; i < 16; i++, j += 4) w[i] = v[j] << 24 | v[j + 1] << 16 | v[j + 2] << 8 | v[j + 3];
	for (let i = 16; i < 64; i++) {
		const x = w[i - 15];
		const y = w[i - 2];
		const s0 = (x >>> 7 | x << 25) ^ (x >>> 18 | x << 14) ^ x >>> 3;
		const s1 = (y >>> 17 | y << 15) ^ (y >>> 19 | y << 13) ^ y >>> 10;
		w[i] = w[i - 16] + s0 + w[i - 7] + s1 | 0;
	}
	let a = h[0];
	let b = h[1];
	let c = h[2];
	let d = h[3];
	let e = h[4];
	let f = h[5];
	let g = h[6];
	let k = h[7];
	for (let i = 0; i < 64; i++) {
		const S1 = (e >>> 6 | e << 26) ^ (e >>> 11 | e << 21) ^ (e >>> 25 | e << 7);
		const t1 = k + S1 + (e & f ^ ~e & g) + K[i] + w[i] | 0;
		const t2 = ((a >>> 2 | a << 30) ^ (a >>> 13 | a << 19) ^ (a >>> 22 | a << 10)) + (a & b ^ a & c ^ b & c) | 0;
		k = g;
		g = f;
		f = e;
		e = d + t1 | 0;
		d = c;
		c = b;
		b = a;
		a = t1 + t2 | 0;
	}
	h[0] = h[0] + a;
	h[1] = h[1] + b;
	h[2] = h[2] + c;
	h[3] = h[3] + d;
	h[4] = h[4] + e;
	h[5] = h[5] + f;
	h[6] = h[6] + g;
	h[7] = h[7] + k;
}
function jsSha256(bytes) {
	const h = Uint32Array.from(H0);
	const full = bytes.length - bytes.length % 64;
	for (let at = 0; at < full; at += 64) compress(h, bytes, at);
	const tail = new Uint8Array(bytes.length - full < 56 ? 64 : 128);
	tail.set(bytes.subarray(full));
	tail[bytes.length - full] = 128;
	const tv = new DataView(tail.buffer);
	const bits = bytes.length * 8;
	tv.setUint32(tail.length - 8, Math.floor(bits / 2 ** 32));
	tv.setUint32(tail.length - 4, bits >>> 0);
	for (let at = 0; at < tail.length; at += 64) compress(h, tail, at);
	let out = "";
	for (const word of h) out += word.toString(16).padStart(8, "0");
	return out;
}
/** Lowercase hex SHA-256 of `data` (a string is hashed as UTF-8). */
function sha256Hex$1(data) {
	const bytes = typeof data === "string" ? Buffer.from(data, "utf8") : data;
	if (bytes.length < 8192) return jsSha256(bytes);
	native ??= (0, node_module.createRequire)(require("url").pathToFileURL(__filename).href)("node:crypto");
	return native.createHash("sha256").update(bytes).digest("hex");
}
/** An incremental hash of many chunks (a file read in pieces): native, loaded on first use. */
function nativeSha256() {
	native ??= (0, node_module.createRequire)(require("url").pathToFileURL(__filename).href)("node:crypto");
	return native.createHash("sha256");
}
/** Digest of what a cell hands to its dependents. */
function outputDigest(output) {
	return sha256(canonicalJson([
		output.result ?? null,
		output.error ?? null,
		output.cached_response ?? null
	]));
}
/**
* The key over operation/code, args, the hashes of the files read (path → hash, `null` for
* "content unknown", DELETED for gone) and the outputs of the dependencies (id → digest).
*/
function cacheKey(cell, fileHashes, dependencyDigests) {
	const files = Object.keys(fileHashes).sort().map((p) => [p, fileHashes[p] ?? null]);
	const deps = [...cell.dependencies].sort().map((d) => [d, dependencyDigests[d] ?? null]);
	const { source, operation, args } = cell.input;
	return sha256(canonicalJson([
		"rlm-cell-key/1",
		cell.type,
		source,
		operation,
		cell.code,
		args ?? null,
		files,
		deps
	]));
}
function isObject(v) {
	return typeof v === "object" && v !== null && !Array.isArray(v);
}
function epoch(v) {
	if (typeof v !== "string") return v;
	const ms = Date.parse(v);
	return Number.isNaN(ms) ? v : ms / 1e3;
}
/** The cell document as this version reads it (a copy when anything changed). */
function upgradeCellDocument(raw) {
	if (!isObject(raw)) return raw;
	let c = null;
	const edit = () => {
		c ??= { ...raw };
		return c;
	};
	for (const key of SECTIONS) if (raw[key] === null) delete edit()[key];
	for (const key of ["dependencies", "dependents"]) if (raw[key] === null) edit()[key] = [];
	for (const key of ["created_at", "completed_at"]) if (typeof raw[key] === "string") edit()[key] = epoch(raw[key]);
	const input = raw.input;
	if (isObject(input) && (input.context_snapshot === null || isObject(input.context_snapshot))) {
		const snap = input.context_snapshot;
		if (snap === null) {
			const { context_snapshot: _drop, ...rest } = input;
			edit().input = rest;
		} else if (snap.files === null) edit().input = {
			...input,
			context_snapshot: {
				...snap,
				files: {}
			}
		};
	}
	if (raw.status === void 0 || raw.status === null) {
		const out = isObject(raw.output) ? raw.output : {};
		const done = (raw.completed_at ?? null) !== null || (out.result ?? null) !== null;
		edit().status = typeof out.error === "string" && out.error !== "" ? "error" : done ? "done" : "pending";
	}
	return c ?? raw;
}
/** Open `path` with `flags | O_NOFOLLOW` (created 0600); a symlink → CorruptFileError, ENOENT rethrown as is. */
function openNoFollow(path, flags) {
	try {
		return (0, node_fs.openSync)(path, flags | NO_FOLLOW, 384);
	} catch (err) {
		if (err.code === "ELOOP") throw new CorruptFileError(path, "is a symlink; not followed", err);
		throw err;
	}
}
/** The bytes of `path`, never through a symlink. ENOENT is rethrown as is. */
function readNoFollow(path) {
	const fd = openNoFollow(path, node_fs.constants.O_RDONLY);
	try {
		return (0, node_fs.readFileSync)(fd);
	} finally {
		(0, node_fs.closeSync)(fd);
	}
}
/** Parse a JSON document under `cells/`: ENOENT rethrown; a symlink, unreadable or invalid file → CorruptFileError. */
function readJsonNoFollow(path) {
	let text;
	try {
		text = readNoFollow(path).toString("utf8");
	} catch (err) {
		if (err.code === "ENOENT" || err instanceof CorruptFileError) throw err;
		throw new CorruptFileError(path, `cannot read: ${err.message}`, err);
	}
	if (text.trim() === "") throw new CorruptFileError(path, "empty file");
	try {
		return JSON.parse(text);
	} catch (err) {
		throw new CorruptFileError(path, `invalid JSON: ${err.message}`, err);
	}
}
/** The file text of `cell`; ValidationError (nothing written yet) when it is not JSON (BigInt, cycles). */
function cellText(cell, file) {
	assertJsonValue(cell, "cell", file);
	try {
		return `${JSON.stringify(cell, null, 2)}\n`;
	} catch (err) {
		throw new ValidationError("cell", [{
			path: "(cell)",
			message: `cannot be stored as JSON: ${err.message}`
		}], file);
	}
}
function writeTemp(target, cell, fsync) {
	const text = cellText(cell, target);
	const tmp = `${target}.${process.pid}.${randomHex(8)}.tmp`;
	const fd = (0, node_fs.openSync)(tmp, "wx", 384);
	try {
		(0, node_fs.writeSync)(fd, text);
		if (fsync) (0, node_fs.fsyncSync)(fd);
	} catch (err) {
		(0, node_fs.closeSync)(fd);
		(0, node_fs.unlinkSync)(tmp);
		throw err;
	}
	(0, node_fs.closeSync)(fd);
	return tmp;
}
/** Write a new cell file; false (and nothing written) when a cell with that id already exists. */
function writeNewCell(paths, cell, fsync, bulk = false) {
	const target = paths.cellFile(cell.cell_id);
	if (bulk) return writeNewCellBulk(target, cell);
	const tmp = writeTemp(target, cell, fsync);
	try {
		(0, node_fs.linkSync)(tmp, target);
		return true;
	} catch (err) {
		if (err.code === "EEXIST") return false;
		throw err;
	} finally {
		(0, node_fs.unlinkSync)(tmp);
	}
}
/**
* Bulk mode (a staging dir nobody reads yet: openStagedCells with `fsync: false`): one exclusive
* create, no temp file and link. A reader racing this could see a half-written file, so
* normal sessions never take this path.
*/
function writeNewCellBulk(target, cell) {
	const text = cellText(cell, target);
	let fd;
	try {
		fd = (0, node_fs.openSync)(target, "wx", 384);
	} catch (err) {
		if (err.code === "EEXIST") return false;
		throw err;
	}
	try {
		(0, node_fs.writeSync)(fd, text);
	} catch (err) {
		(0, node_fs.closeSync)(fd);
		(0, node_fs.unlinkSync)(target);
		throw err;
	}
	(0, node_fs.closeSync)(fd);
	return true;
}
/** Replace an existing cell file atomically. Callers hold the cells lock (read-modify-write). */
function rewriteCell(paths, cell, fsync) {
	const target = paths.cellFile(cell.cell_id);
	const tmp = writeTemp(target, cell, fsync);
	try {
		(0, node_fs.renameSync)(tmp, target);
	} catch (err) {
		(0, node_fs.unlinkSync)(tmp);
		throw err;
	}
}
/** Read and validate a cell file. Missing → CellNotFoundError; bad → CorruptFileError / ValidationError. */
function readCell(paths, cellId) {
	const file = paths.cellFile(cellId);
	let raw;
	try {
		raw = readJsonNoFollow(file);
	} catch (err) {
		if (isMissing(err)) throw new CellNotFoundError(cellId, paths.dir);
		throw err;
	}
	return validateCell(upgradeCellDocument(raw), file);
}
function cellFileExists(paths, cellId) {
	return (0, node_fs.existsSync)(paths.cellFile(cellId));
}
/** Breadth-first over dependents from `sources` (included, `via` null). */
function reachDependents(graph, sources) {
	const epoch = graph.nextEpoch();
	const queue = [];
	for (const s of sources) {
		if (s.mark === epoch) continue;
		s.mark = epoch;
		s.via = null;
		queue.push(s);
	}
	for (let head = 0; head < queue.length; head++) {
		const node = queue[head];
		for (const d of node.dependentNodes) {
			if (d.mark === epoch) continue;
			d.mark = epoch;
			d.via = node;
			queue.push(d);
		}
	}
	return queue;
}
/** Every cell `start` depends on, directly or not (excluding `start` unless it sits on a cycle). */
function reachDependencies(graph, start) {
	const epoch = graph.nextEpoch();
	const out = [];
	const stack = [...start.depNodes];
	while (stack.length > 0) {
		const node = stack.pop();
		if (node.mark === epoch) continue;
		node.mark = epoch;
		out.push(node);
		for (const d of node.depNodes) if (d.mark !== epoch) stack.push(d);
	}
	return out;
}
/** Shortest "depends on" path from `from` to `to` (both included, as ids), or null. */
function dependencyPath(graph, from, to) {
	const epoch = graph.nextEpoch();
	from.mark = epoch;
	from.via = null;
	const queue = [from];
	for (let head = 0; head < queue.length; head++) {
		const node = queue[head];
		if (node === to) {
			const path = [];
			for (let at = node; at !== null; at = at.via) path.push(at.id);
			return path.reverse();
		}
		for (const d of node.depNodes) {
			if (d.mark === epoch) continue;
			d.mark = epoch;
			d.via = node;
			queue.push(d);
		}
	}
	return null;
}
/**
* Epoch seconds with microsecond resolution, strictly increasing within this process.
* `created_at` breaks execution-order ties, so two cells made one after the other by
* one process must never share it (Date.now() has only millisecond resolution), and file
* marks are ordered against cells made by other processes. `performance.timeOrigin` is
* taken to the microsecond at process start; loading it costs ~2 ms (node:perf_hooks).
* A clock built on `process.hrtime` with an origin calibrated on a Date.now() tick was
* tried and reverted (docs/decisions.md §24): it spins up to 1 ms per try, cost as much as
* the load on average and more in the tail under load, and hung under frozen fake timers.
*/
function nowEpochSeconds() {
	const wall = Date.now();
	let ms = performance.timeOrigin + performance.now() + skewMs;
	if (Math.abs(ms - wall) > DRIFT_MS) {
		skewMs += wall - ms;
		ms = wall;
	}
	let t = Math.round(ms * 1e3) / 1e6;
	if (t <= last) t = Math.round((last + 1e-6) * 1e6) / 1e6;
	last = t;
	return t;
}
function makeNode(f) {
	return newNode(f.id, f.type, f.status, f.reason, f.at, f.deps, f.files);
}
/**
* `makeNode` without the fields object (index.json loads build 100,000s of nodes). The
* adjacency arrays start as the shared `NO_NODES` / `NO_IDS`: CellGraph replaces them
* before adding to them, so a cell without edges allocates no arrays.
*/
function newNode(id, type, status, reason, at, deps, files) {
	return {
		id,
		type,
		status,
		reason,
		at,
		deps,
		dependents: NO_IDS,
		files,
		depNodes: NO_NODES,
		dependentNodes: NO_NODES,
		rank: -1,
		pos: -1,
		mark: 0,
		via: null
	};
}
/** Execution-order tie-break: created_at, then cell id. Total, since ids are unique. */
function compareNodes(a, b) {
	return a.at - b.at || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}
/** Each cycle as a path that starts and ends with the same cell: `[a, b, a]` = a → b → a. */
function findCycles(candidates, nodes) {
	const inScope = new Set(candidates.map((c) => c.id));
	const index = /* @__PURE__ */ new Map();
	const low = /* @__PURE__ */ new Map();
	const onStack = /* @__PURE__ */ new Set();
	const stack = [];
	const cycles = [];
	let counter = 0;
	for (const start of candidates) {
		if (index.has(start.id)) continue;
		const work = [{
			id: start.id,
			next: 0
		}];
		index.set(start.id, counter);
		low.set(start.id, counter++);
		stack.push(start.id);
		onStack.add(start.id);
		while (work.length > 0) {
			const frame = work[work.length - 1];
			const deps = nodes.get(frame.id).deps;
			if (frame.next < deps.length) {
				const w = deps[frame.next++];
				if (!inScope.has(w)) continue;
				if (!index.has(w)) {
					index.set(w, counter);
					low.set(w, counter++);
					stack.push(w);
					onStack.add(w);
					work.push({
						id: w,
						next: 0
					});
				} else if (onStack.has(w)) low.set(frame.id, Math.min(low.get(frame.id), index.get(w)));
				continue;
			}
			work.pop();
			const parent = work[work.length - 1];
			if (parent) low.set(parent.id, Math.min(low.get(parent.id), low.get(frame.id)));
			if (low.get(frame.id) !== index.get(frame.id)) continue;
			const members = [];
			for (;;) {
				const m = stack.pop();
				onStack.delete(m);
				members.push(m);
				if (m === frame.id) break;
			}
			const cycle = cycleThrough(members, nodes);
			if (cycle) cycles.push(cycle);
		}
	}
	return cycles.sort((a, b) => a[0].localeCompare(b[0]));
}
function cycleThrough(members, nodes) {
	const first = [...members].sort()[0];
	if (members.length === 1) return nodes.get(first).deps.includes(first) ? [first, first] : null;
	const inPart = new Set(members);
	const parent = /* @__PURE__ */ new Map();
	const queue = [first];
	for (let head = 0; head < queue.length; head++) {
		const id = queue[head];
		for (const d of nodes.get(id).deps) {
			if (!inPart.has(d)) continue;
			if (d === first) {
				const path = [first];
				for (let at = id; at !== void 0 && at !== first; at = parent.get(at)) path.push(at);
				return [
					first,
					...path.slice(1).reverse(),
					first
				];
			}
			if (!parent.has(d)) {
				parent.set(d, id);
				queue.push(d);
			}
		}
	}
	return null;
}
function insertSorted(list, node) {
	const at = sortedIndex(list, node);
	if (at === list.length) list.push(node);
	else list.splice(at, 0, node);
}
/** Keeps `dep.dependents` (ids) and `dep.dependentNodes` in step, sorted by key. */
function insertDependent(dep, node) {
	if (dep.dependentNodes.length === 0) {
		dep.dependentNodes = [node];
		dep.dependents = [node.id];
		return;
	}
	const list = dep.dependentNodes;
	const at = sortedIndex(list, node);
	if (list[at] === node) return;
	if (at === list.length) {
		list.push(node);
		dep.dependents.push(node.id);
	} else {
		list.splice(at, 0, node);
		dep.dependents.splice(at, 0, node.id);
	}
}
function sortedIndex(list, node) {
	const last = list[list.length - 1];
	if (last === void 0 || compareNodes(last, node) < 0) return list.length;
	let lo = 0;
	let hi = list.length;
	while (lo < hi) {
		const mid = lo + hi >> 1;
		if (compareNodes(list[mid], node) < 0) lo = mid + 1;
		else hi = mid;
	}
	return lo;
}
/** `byKey` must be sorted by (created_at, cell_id). */
function topoOrder(byKey) {
	const n = byKey.length;
	const indegree = new Int32Array(n);
	const heap = new MinHeap(n);
	for (let i = 0; i < n; i++) {
		const node = byKey[i];
		node.rank = i;
		indegree[i] = node.depNodes.length;
		if (indegree[i] === 0) heap.push(i);
	}
	const order = [];
	while (heap.size > 0) {
		const node = byKey[heap.pop()];
		order.push(node);
		for (const d of node.dependentNodes) {
			const left = indegree[d.rank] - 1;
			indegree[d.rank] = left;
			if (left === 0) heap.push(d.rank);
		}
	}
	return {
		order,
		complete: order.length === n
	};
}
function sameIds(ids, nodes) {
	if (ids.length !== nodes.length) return false;
	for (let i = 0; i < ids.length; i++) if (ids[i] !== nodes[i].id) return false;
	return true;
}
/** The index document for `graph` (what flush writes). */
function indexDocument(graph, sessionId, gen, now) {
	const cells = {};
	for (const n of graph.inKeyOrder()) {
		const entry = {
			type: n.type,
			status: n.status,
			dependencies: n.deps,
			dependents: n.dependents,
			created_at: n.at
		};
		if (n.files !== null) entry.files = n.files;
		if (n.reason !== null) entry.status_reason = n.reason;
		cells[n.id] = entry;
	}
	const order = graph.executionOrder();
	const nodes = graph.nodes;
	const marks = graph.fileMarks.size > 0 ? { file_marks: Object.fromEntries(graph.fileMarks) } : {};
	return {
		version: 1,
		gen,
		session_id: sessionId,
		updated_at: now,
		cells,
		roots: order.filter((id) => nodes.get(id).deps.length === 0),
		leaves: order.filter((id) => nodes.get(id).dependents.length === 0),
		execution_order: [...order],
		cycles_detected: graph.cycles(),
		...marks
	};
}
/** index.json → graph. Missing → generation 0, empty. Unusable → CorruptFileError. */
function readIndex(path, sessionId, cwd) {
	const loaded = readEntries(path, sessionId);
	const graph = new CellGraph(cwd);
	if (loaded === null) return {
		gen: 0,
		graph
	};
	graph.bulkLoad(loaded.nodes);
	loadFileMarks(graph, loaded.marks);
	return {
		gen: loaded.gen,
		graph
	};
}
/** The nodes of index.json in key order (null: no index.json). */
function readEntries(path, sessionId) {
	let doc;
	try {
		doc = readJsonNoFollow(path);
	} catch (err) {
		if (isMissing(err)) return null;
		throw err;
	}
	if (typeof doc !== "object" || doc === null || doc.version !== 1 || typeof doc.cells !== "object" || !doc.cells) throw new CorruptFileError(path, "not a version 1 cell index");
	if (doc.session_id !== void 0 && doc.session_id !== sessionId) throw new SessionMismatchError(path, String(doc.session_id), sessionId);
	const nodes = [];
	const shared = /* @__PURE__ */ new Map();
	for (const id in doc.cells) {
		const e = doc.cells[id];
		if (!isCellId(id) || !validEntry(e)) throw new CorruptFileError(path, `cells.${id.slice(0, 40)}: not an entry this version can use`);
		const node = newNode(id, e.type, e.status, e.status_reason ?? null, e.created_at, e.dependencies, e.files === void 0 ? null : internFiles(e.files, shared));
		if (Array.isArray(e.dependents) && e.dependents.length > 0) node.dependents = e.dependents;
		nodes.push(node);
	}
	if (!inKeyOrder(nodes)) nodes.sort(compareNodes);
	return {
		gen: typeof doc.gen === "number" ? doc.gen : 0,
		nodes,
		marks: doc.file_marks
	};
}
/** compareNodes(nodes[i - 1], nodes[i]) < 0 for every i, without a call per pair. */
function inKeyOrder(nodes) {
	for (let i = 1; i < nodes.length; i++) {
		const a = nodes[i - 1];
		const b = nodes[i];
		if (a.at > b.at || a.at === b.at && a.id >= b.id) return false;
	}
	return true;
}
function loadFileMarks(graph, marks) {
	if (typeof marks !== "object" || marks === null) return;
	for (const [path, m] of Object.entries(marks)) {
		if (typeof m?.at !== "number") continue;
		graph.fileMarks.set(path, {
			hash: typeof m.hash === "string" ? m.hash : null,
			at: m.at,
			by: typeof m.by === "string" ? m.by : null
		});
	}
}
/**
* Cells that read one file at the same version share one snapshot object: sessions read
* the same files over and over, and each copy costs ~150 bytes at 100,000 cells. Safe
* because snapshots are replaced, never mutated (CellGraph.setFiles).
*/
function internFiles(files, shared) {
	let only;
	for (const path in files) {
		if (only !== void 0) return files;
		only = path;
	}
	if (only === void 0) return null;
	const hash = files[only] ?? null;
	let byHash = shared.get(only);
	if (byHash === void 0) {
		byHash = /* @__PURE__ */ new Map();
		shared.set(only, byHash);
	}
	const known = byHash.get(hash);
	if (known !== void 0) return known;
	byHash.set(hash, files);
	return files;
}
function validEntry(e) {
	if (typeof e !== "object" || e === null) return false;
	const x = e;
	return TYPES$1.has(x.type) && STATUSES$1.has(x.status) && Array.isArray(x.dependencies) && typeof x.created_at === "number";
}
/** The generation of index.json from its first bytes, without parsing the whole document. */
function peekIndexGen(path) {
	let fd;
	try {
		fd = openNoFollow(path, node_fs.constants.O_RDONLY);
	} catch {
		return 0;
	}
	try {
		const head = Buffer.alloc(256);
		const n = (0, node_fs.readSync)(fd, head, 0, head.length, 0);
		const m = /^\{"version":1,"gen":(\d+),/.exec(head.subarray(0, n).toString("utf8"));
		return m ? Number(m[1]) : 0;
	} finally {
		(0, node_fs.closeSync)(fd);
	}
}
/** The hash a cell recorded for `abs`, by any spelling of the path. */
function recorded(node, abs, graph) {
	const files = graph.fileIndex();
	for (const p in node.files) if (files.key(p) === abs) return node.files?.[p] ?? null;
}
/** Whether `node` read `abs` before `mark` and saw other content than it has now. */
function outdatedBy(node, abs, mark, graph) {
	if (node.id === mark.by || !(node.at < mark.at)) return false;
	const seen = recorded(node, abs, graph);
	return seen !== void 0 && seen !== (mark.hash ?? "deleted");
}
function markReason(path, hash) {
	return hash === null ? `file deleted: ${path}` : `file changed: ${path}`;
}
/** Apply a file mark to the graph (see the file header). */
function applyFileMark(graph, m) {
	const abs = graph.fileIndex().key(m.path);
	const known = graph.fileMarks.get(abs);
	if (known !== void 0 && known.hash === m.hash && known.at <= m.at) return;
	const mark = {
		hash: m.hash,
		at: m.at,
		by: m.by
	};
	if (known === void 0 || known.at <= m.at) graph.fileMarks.set(abs, mark);
	markReached(graph, graph.fileIndex().readers(abs).filter((n) => outdatedBy(n, abs, mark, graph)), markReason(m.path, m.hash));
}
/** A cell just added: stale already if a file it read changed after it read it. */
function checkNewNode(graph, node) {
	if (node.files === null || graph.fileMarks.size === 0) return;
	for (const p in node.files) {
		const abs = graph.fileIndex().key(p);
		const mark = graph.fileMarks.get(abs);
		if (mark !== void 0 && outdatedBy(node, abs, mark, graph)) {
			markReached(graph, [node], markReason(abs, mark.hash));
			return;
		}
	}
}
/** `sources` and everything downstream become stale (except pending / stale ones). */
function markReached(graph, sources, reason) {
	if (sources.length === 0) return;
	for (const n of reachDependents(graph, sources)) {
		if (n.status === "pending" || n.status === "stale") continue;
		n.status = "stale";
		n.reason = n.via === null ? reason : `dependency stale: ${n.via.id}`;
	}
}
/** Apply one journal entry to the in-memory graph. Idempotent for creates (first one wins). */
function applyEntry(graph, e) {
	switch (e.op) {
		case "create": {
			const node = makeNode({
				id: e.id,
				type: e.type,
				status: e.status,
				reason: e.reason ?? null,
				at: e.at,
				deps: [...new Set(e.deps)],
				files: e.files && Object.keys(e.files).length > 0 ? e.files : null
			});
			if (graph.add(node)) checkNewNode(graph, node);
			return;
		}
		case "status":
			graph.setStatus(e.id, e.status, e.reason);
			if (e.files !== void 0) graph.setFiles(e.id, e.files);
			return;
		case "dependency":
			graph.addEdge(e.id, e.dep);
			return;
		case "invalidate":
			for (let i = 0; i < e.ids.length; i++) graph.setStatus(e.ids[i], "stale", e.reasons[i]);
			return;
		case "file":
			applyFileMark(graph, e);
			return;
	}
}
/** A parsed line, or null when the line is not a well-formed entry (it is then skipped and counted). */
function parseEntry(line) {
	let v;
	try {
		v = JSON.parse(line);
	} catch {
		return null;
	}
	if (typeof v !== "object" || v === null) return null;
	return (() => {
		switch (v.op) {
			case "create": return isCellId(v.id) && TYPES.has(v.type) && STATUSES.has(v.status) && isIdArray(v.deps) && typeof v.at === "number";
			case "status": return isCellId(v.id) && STATUSES.has(v.status);
			case "dependency": return isCellId(v.id) && isCellId(v.dep);
			case "invalidate": return isIdArray(v.ids) && isStrArray(v.reasons) && v.ids.length === v.reasons.length && (v.at === void 0 || typeof v.at === "number");
			case "file": return typeof v.path === "string" && (v.hash === null || typeof v.hash === "string") && (v.by === null || isCellId(v.by)) && typeof v.at === "number";
			default: return false;
		}
	})() ? v : null;
}
function parseHeader(line) {
	try {
		const v = JSON.parse(line);
		return v?.journal === "rlm-cells" && Number.isInteger(v.gen) && typeof v.token === "string" ? v : null;
	} catch {
		return null;
	}
}
function sameFile(st, c) {
	return st.ino === c.ino && st.size === c.size && st.mtimeMs === c.mtimeMs;
}
/** Read the journal at `fd` from `from` (same token) or from just after its header. */
function readJournalFd(fd, from) {
	const st = (0, node_fs.fstatSync)(fd);
	const head = Buffer.alloc(Math.min(HEAD_BYTES, st.size));
	(0, node_fs.readSync)(fd, head, 0, head.length, 0);
	const nl = head.indexOf(10);
	const header = nl < 0 ? null : parseHeader(head.subarray(0, nl).toString("utf8"));
	const token = header?.token ?? "";
	const start = from !== null && header !== null && from.token === token ? from.offset : nl + 1;
	const entries = [];
	let corrupt = 0;
	let end = start;
	if (header !== null && st.size > start) {
		const body = Buffer.alloc(st.size - start);
		(0, node_fs.readSync)(fd, body, 0, body.length, start);
		const lastNl = body.lastIndexOf(10);
		if (lastNl >= 0) {
			end = start + lastNl + 1;
			for (const line of body.subarray(0, lastNl).toString("utf8").split("\n")) {
				if (line === "") continue;
				const e = parseEntry(line);
				if (e === null) corrupt++;
				else entries.push(e);
			}
		}
	}
	return {
		header,
		entries,
		corrupt,
		cursor: {
			token,
			offset: end,
			ino: st.ino,
			size: st.size,
			mtimeMs: st.mtimeMs
		}
	};
}
/** Replace the journal with an empty one continuing index generation `gen`. */
function resetJournal(path, gen, fsync = true) {
	const header = {
		journal: "rlm-cells",
		gen,
		token: randomHex(16)
	};
	writeFileAtomicSync(path, `${JSON.stringify(header)}\n`, { fsync });
	return header;
}
/**
* Append `lines` (caller holds the lock). The journal must continue generation `gen`;
* a missing or empty or older journal is first replaced by an empty one of `gen` (an older
* one is already folded into index.json). Returns null if the journal is ahead of `gen`,
* which means the caller's idea of the index is out of date, or if it has no header
* (damaged: it is left as it is, for a rebuild to salvage and keep).
*/
function appendToJournal(path, gen, lines, fsync) {
	let fd = openOrNull(path);
	if (fd === null) {
		resetJournal(path, gen, fsync);
		fd = openNoFollow(path, APPEND);
	}
	try {
		let probe = readHeadOnly(fd);
		if (probe.header === null && probe.size > 0) return null;
		if (probe.header === null || probe.header.gen < gen) {
			(0, node_fs.closeSync)(fd);
			resetJournal(path, gen, fsync);
			fd = openNoFollow(path, APPEND);
			probe = readHeadOnly(fd);
		}
		const header = probe.header;
		if (header.gen > gen) return null;
		let data = `${lines.join("\n")}\n`;
		let start = probe.size;
		if (!probe.endsWithNewline) {
			data = `\n${data}`;
			start += 1;
		}
		(0, node_fs.writeSync)(fd, data);
		if (fsync) (0, node_fs.fsyncSync)(fd);
		const st = (0, node_fs.fstatSync)(fd);
		return {
			gen,
			token: header.token,
			start,
			cursor: {
				token: header.token,
				offset: st.size,
				ino: st.ino,
				size: st.size,
				mtimeMs: st.mtimeMs
			}
		};
	} finally {
		(0, node_fs.closeSync)(fd);
	}
}
function openOrNull(path) {
	try {
		return openNoFollow(path, APPEND);
	} catch (err) {
		if (err.code === "ENOENT") return null;
		throw err;
	}
}
function readHeadOnly(fd) {
	const st = (0, node_fs.fstatSync)(fd);
	const head = Buffer.alloc(Math.min(HEAD_BYTES, st.size));
	(0, node_fs.readSync)(fd, head, 0, head.length, 0);
	const nl = head.indexOf(10);
	const header = nl < 0 ? null : parseHeader(head.subarray(0, nl).toString("utf8"));
	const last = Buffer.alloc(1);
	if (st.size > 0) (0, node_fs.readSync)(fd, last, 0, 1, st.size - 1);
	return {
		header,
		size: st.size,
		endsWithNewline: st.size === 0 || last[0] === 10
	};
}
function cellPaths(sessionPath) {
	const dir = (0, node_path.join)(sessionPath, CELLS_DIR);
	return {
		sessionPath,
		dir,
		index: (0, node_path.join)(sessionPath, CELL_INDEX_FILE),
		journal: (0, node_path.join)(dir, JOURNAL_FILE$1),
		lock: (0, node_path.join)(dir, CELLS_LOCK),
		marks: (0, node_path.join)(dir, MARKS_FILE),
		writers: (0, node_path.join)(dir, WRITERS_FILE),
		promoted: (0, node_path.join)(dir, PROMOTED_FILE),
		cellFile(cellId) {
			assertCellId(cellId);
			return (0, node_path.join)(dir, `${cellId}.json`);
		}
	};
}
/** `cell_0123abcd.json` → `cell_0123abcd`; anything else → null. */
function cellIdOfFile(name) {
	return CELL_FILE.test(name) ? name.slice(0, -5) : null;
}
/**
* index.json is missing. That is normal only for a session whose journal was never
* compacted (generation 0: the journal holds every change); otherwise, if cell files
* exist, the index was lost, and reading "no index" as "no cells" would hide them.
*/
function indexLost(paths) {
	if (journalGen(paths.journal) === 0) return false;
	return hasCellFiles(paths.dir);
}
function journalGen(path) {
	try {
		const fd = openNoFollow(path, node_fs.constants.O_RDONLY);
		try {
			return readJournalFd(fd, null).header?.gen ?? null;
		} finally {
			(0, node_fs.closeSync)(fd);
		}
	} catch {
		return null;
	}
}
function hasCellFiles(dir) {
	try {
		return (0, node_fs.readdirSync)(dir).some((name) => cellIdOfFile(name) !== null);
	} catch {
		return false;
	}
}
function statOrNull(path) {
	return (0, node_fs.lstatSync)(path, { throwIfNoEntry: false }) ?? null;
}
function sameStamp(a, b) {
	if (a === null || b === null) return a === b;
	return a.ino === b.ino && a.size === b.size && a.mtimeMs === b.mtimeMs;
}
function isMark(e) {
	return e.op === "file" || e.op === "invalidate" && typeof e.at === "number";
}
/** Append marks (caller holds the cells lock). Written before the journal: a mark may be applied twice, never lost. */
function appendMarks(path, marks, fsync) {
	if (marks.length === 0) return;
	const fd = openNoFollow(path, node_fs.constants.O_WRONLY | node_fs.constants.O_APPEND | node_fs.constants.O_CREAT);
	try {
		(0, node_fs.writeSync)(fd, `${marks.map((m) => JSON.stringify(m)).join("\n")}\n`);
		if (fsync) (0, node_fs.fsyncSync)(fd);
	} finally {
		(0, node_fs.closeSync)(fd);
	}
}
/** Every usable mark, in file order; unusable lines (a torn last one included) are counted. */
function readMarks(path) {
	let text;
	try {
		text = readNoFollow(path).toString("utf8");
	} catch (err) {
		if (isMissing(err)) return {
			marks: [],
			corrupt: 0
		};
		throw err;
	}
	const marks = [];
	let corrupt = 0;
	for (const line of text.split("\n")) {
		if (line === "") continue;
		const e = parseEntry(line);
		if (e !== null && isMark(e)) marks.push(e);
		else corrupt++;
	}
	return {
		marks,
		corrupt
	};
}
/** `cell_` + 8 lowercase hex digits. Uniqueness is enforced by the exclusive create of the cell file. */
function randomCellId() {
	return `cell_${randomHex(8)}`;
}
function keyedCellId(key, attempt) {
	return `cell_${sha256Hex$1(`${attempt}\n${key}`).slice(0, 8)}`;
}
function keyOf(cell) {
	const k = cell.extra?.key;
	return typeof k === "string" ? k : null;
}
/**
* Walk the attempts for `key`: `{ found }` with the cell that carries it, or `{ free }`
* with the first id no cell has. A cell file that cannot be read counts as taken.
*/
function probeKey(paths, key) {
	for (let attempt = 0; attempt < 64; attempt++) {
		const id = keyedCellId(key, attempt);
		let cell;
		try {
			cell = readCell(paths, id);
		} catch (err) {
			if (err.code === "ERR_RLM_CELL_NOT_FOUND") return {
				free: id,
				attempt
			};
			continue;
		}
		if (keyOf(cell) === key) return { found: cell };
	}
	throw new Error(`no free id for key ${JSON.stringify(key).slice(0, 80)} after 64 attempts in ${paths.dir}`);
}
/** The key a cell's current output was computed under, over its recorded file hashes. */
function keyAtCompletion(paths, cell, known) {
	const digests = {};
	for (const dep of cell.dependencies) {
		const d = known?.get(dep) ?? tryRead(paths, dep);
		digests[dep] = d === null ? "missing" : outputDigest(d.output);
	}
	return cacheKey(cell, cell.input.context_snapshot.files, digests);
}
/** Store `key` as `extra.cache_key`. */
function setCacheKey(cell, key) {
	cell.extra = {
		...cell.extra ?? {},
		cache_key: key
	};
}
function tryRead(paths, id) {
	try {
		return readCell(paths, id);
	} catch {
		return null;
	}
}
/**
* `sha256:<hex>` of the file's content, or null when it does not exist or cannot be read.
* Small files are read whole and hashed without node:crypto; bigger ones by node:crypto,
* in 1 MiB chunks.
*/
function hashFile$1(path) {
	let fd;
	try {
		fd = (0, node_fs.openSync)(path, "r");
	} catch {
		return null;
	}
	try {
		const size = (0, node_fs.fstatSync)(fd).size;
		if (size < 8192) {
			const buf = Buffer.allocUnsafe(size + 1);
			let n = 0;
			for (let r = 1; r > 0 && n <= size; n += r) r = (0, node_fs.readSync)(fd, buf, n, buf.length - n, null);
			if (n <= size) return `sha256:${sha256Hex$1(buf.subarray(0, n))}`;
		}
		chunk ??= Buffer.allocUnsafe(CHUNK_BYTES);
		const hash = nativeSha256();
		for (let pos = 0;;) {
			const n = (0, node_fs.readSync)(fd, chunk, 0, CHUNK_BYTES, pos);
			if (n === 0) break;
			hash.update(chunk.subarray(0, n));
			pos += n;
		}
		return `sha256:${hash.digest("hex")}`;
	} catch {
		return null;
	} finally {
		(0, node_fs.closeSync)(fd);
	}
}
/** path (absolute) → hash of what the cell left there (null: the file is gone). */
function hashWrites(cwd, paths) {
	const out = {};
	for (const p of paths) {
		const abs = (0, node_path.resolve)(cwd, p);
		out[abs] = hashFile$1(abs);
	}
	return out;
}
/** The file marks of a cell that wrote files (caller holds the lock: `at` orders them with the journal). */
function writeMarks(by, writes) {
	const at = nowEpochSeconds();
	return Object.entries(writes).map(([path, hash]) => ({
		op: "file",
		path,
		hash,
		by,
		at
	}));
}
/** The map as on disk; an absent or unusable file reads as empty (a rebuild recomputes it). */
function readWriters(path) {
	try {
		const doc = readJsonNoFollow(path);
		return typeof doc === "object" && doc !== null && !Array.isArray(doc) ? doc : {};
	} catch {
		return {};
	}
}
/** Record `cellId` as the last writer of `paths` (caller holds the cells lock). */
function recordWriter(ctx, cellId, paths) {
	if (paths.length === 0) return;
	const writers = readWriters(ctx.paths.writers);
	for (const p of paths) writers[p] = cellId;
	writeFileAtomicSync(ctx.paths.writers, `${JSON.stringify(writers)}\n`, { fsync: ctx.fsync });
}
/** The paths a cell wrote (`extra.writes`: path → hash after the write). */
function writesOf(cell) {
	const w = cell.extra?.writes;
	return typeof w === "object" && w !== null && !Array.isArray(w) ? Object.keys(w) : [];
}
/** Recompute writers.json from the cell files: per path, the writer that finished last. */
function writeWritersOf(ctx, cells) {
	const writers = {};
	const when = {};
	for (const c of cells) {
		if (c.status === "pending" || c.status === "error") continue;
		const t = c.completed_at ?? c.created_at;
		for (const p of writesOf(c)) {
			if ((when[p] ?? -1) > t) continue;
			when[p] = t;
			writers[p] = c.cell_id;
		}
	}
	writeFileAtomicSync(ctx.paths.writers, `${JSON.stringify(writers)}\n`, { fsync: ctx.fsync });
}
/** Create cells in order; a spec may depend on cells created earlier in the same call. */
function createCells(ctx, specs) {
	ensureDir(ctx);
	return locked(ctx, () => createLocked(ctx, specs));
}
function createLocked(ctx, specs) {
	const made = /* @__PURE__ */ new Map();
	let pending = [];
	const journal = () => {
		const batch = pending;
		pending = [];
		if (batch.length > 0) journalBatch(ctx, batch);
	};
	try {
		for (const spec of specs) {
			const { cell, writes } = createOne(ctx, spec, made);
			made.set(cell.cell_id, cell);
			pending.push({
				id: cell.cell_id,
				entry: createEntry(cell),
				writes
			});
			if (pending.length >= BATCH) journal();
		}
	} finally {
		journal();
	}
	return [...made.values()];
}
/** One append for the batch (creates, and the file marks of cells that wrote files), then the writers map. */
function journalBatch(ctx, batch) {
	const entries = [];
	for (const m of batch) {
		entries.push(m.entry);
		if (m.writes !== null) entries.push(...writeMarks(m.id, m.writes));
	}
	appendEntries(ctx, entries, entries.length > batch.length);
	for (const m of batch) if (m.writes !== null) recordWriter(ctx, m.id, Object.keys(m.writes));
}
function createOne(ctx, spec, made) {
	if (spec.cellId !== void 0) {
		assertCellId(spec.cellId);
		if (made.has(spec.cellId) || ctx.view?.graph.nodes.has(spec.cellId)) throw new CellExistsError(spec.cellId, ctx.paths.dir);
	}
	if (spec.key !== void 0 && (typeof spec.key !== "string" || spec.key === "" || spec.cellId !== void 0)) throw new ValidationError("cell spec", [{
		path: "key",
		message: "a non-empty string, and not together with cellId"
	}]);
	const name = spec.cellId ?? "(new cell)";
	const deps = [...new Set([...spec.dependencies ?? [], ...spec.output?.dependencies ?? []])];
	for (const dep of deps) {
		assertCellId(dep);
		if (dep === spec.cellId) throw new SelfDependencyError(dep);
		if (!made.has(dep) && !ctx.view?.graph.nodes.has(dep) && !cellFileExists(ctx.paths, dep)) throw new MissingDependencyError(name, dep);
	}
	const status = spec.status ?? (spec.output === void 0 ? "pending" : (spec.output.error ?? null) !== null ? "error" : "done");
	const finished = status === "done" || status === "error";
	const o = spec.output ?? {};
	const writes = status === "done" && o.writes !== void 0 ? hashWrites(ctx.cwd, o.writes) : null;
	const extra = {
		...spec.extra ?? {},
		...spec.key === void 0 ? {} : { key: spec.key },
		...writes === null ? {} : { writes }
	};
	let input = absoluteSnapshot(spec.input, ctx.cwd);
	if (o.reads !== void 0 && o.reads.length > 0) {
		const snap = input?.context_snapshot;
		const files = {
			...snap?.files ?? {},
			...hashWrites(ctx.cwd, o.reads)
		};
		input = {
			...input ?? {},
			context_snapshot: {
				...snap ?? {},
				files
			}
		};
	}
	const cell = validateCell({
		cell_id: spec.cellId ?? "cell_00000000",
		created_at: spec.createdAt ?? nowEpochSeconds(),
		completed_at: spec.completedAt ?? (finished ? nowEpochSeconds() : null),
		type: spec.type,
		status,
		input,
		code: spec.code ?? null,
		output: {
			result: o.result ?? null,
			error: o.error ?? null,
			execution_time_ms: o.executionTimeMs ?? null,
			cached_response: o.cachedResponse ?? null
		},
		dependencies: deps,
		dependents: [],
		trace: spec.trace,
		metadata: spec.metadata,
		...Object.keys(extra).length === 0 ? {} : { extra }
	});
	if (finished) setCacheKey(cell, keyAtCompletion(ctx.paths, cell, made));
	if (spec.key !== void 0) {
		writeKeyed(ctx, cell, spec.key);
		return {
			cell,
			writes
		};
	}
	for (let attempt = 0; attempt < MAX_ID_ATTEMPTS; attempt++) {
		if (spec.cellId === void 0) {
			cell.cell_id = randomCellId();
			if (made.has(cell.cell_id) || ctx.view?.graph.nodes.has(cell.cell_id)) continue;
		}
		if (writeNewCell(ctx.paths, cell, ctx.fsync, ctx.bulk)) return {
			cell,
			writes
		};
		if (spec.cellId !== void 0) throw new CellExistsError(spec.cellId, ctx.paths.dir);
	}
	throw new Error(`no free cell id after ${MAX_ID_ATTEMPTS} attempts in ${ctx.paths.dir}`);
}
/** Take the first free id of the key's probe sequence; another process may take it first. */
function writeKeyed(ctx, cell, key) {
	for (;;) {
		const probe = probeKey(ctx.paths, key);
		if ("found" in probe) throw new CellExistsError(probe.found.cell_id, `${ctx.paths.dir} (key ${key})`);
		cell.cell_id = probe.free;
		if (writeNewCell(ctx.paths, cell, ctx.fsync, ctx.bulk)) return;
	}
}
/** Snapshot paths are stored absolute (resolved against the session's cwd): they mean the same file from anywhere. */
function absoluteSnapshot(input, cwd) {
	const files = input?.context_snapshot?.files;
	if (files === void 0 || files === null || typeof files !== "object") return input;
	const keys = Object.keys(files);
	if (keys.every((k) => (0, node_path.isAbsolute)(k))) return input;
	const abs = {};
	for (const k of keys) abs[(0, node_path.resolve)(cwd, k)] = files[k] ?? null;
	const snap = input.context_snapshot;
	return {
		...input,
		context_snapshot: {
			...snap,
			files: abs
		}
	};
}
function createEntry(cell) {
	const files = cell.input.context_snapshot.files;
	return {
		op: "create",
		id: cell.cell_id,
		type: cell.type,
		status: cell.status,
		deps: cell.dependencies,
		at: cell.created_at,
		...Object.keys(files).length > 0 ? { files } : {},
		...cell.status_reason ? { reason: cell.status_reason } : {}
	};
}
function isCellsOwner(owner) {
	return typeof owner.intent === "object" && owner.intent !== null && "cells" in owner.intent;
}
/** Make the journal agree with every cell file written since `sinceMs` (caller holds the lock). */
function repairSince(ctx, sinceMs) {
	const since = sinceMs - SLACK_MS;
	return journalFiles(ctx, cellFiles(ctx, (_id, name) => (0, node_fs.lstatSync)((0, node_path.join)(ctx.paths.dir, name)).mtimeMs >= since), since);
}
/**
* Index the cell files the index does not know (caller holds the lock). A writer killed
* between its file and its journal line is repaired by the next holder of the lock; this
* covers what that cannot see: journal lines lost with the machine (a power cut after the
* cell file's fsync, the journal's append not yet on disk), or a journal put back from an
* older copy. Readers run it when they load a session, if its cells/ holds such files.
*/
function indexStray(ctx) {
	const graph = ensureView(ctx).graph;
	return journalFiles(ctx, cellFiles(ctx, (id) => !graph.nodes.has(id)), 0);
}
/** The ids of the cell files in `cells/` that `graph` does not hold (one readdir). */
function strayIds(ctx, graph) {
	const out = [];
	for (const name of listDir(ctx.paths.dir)) {
		const id = cellIdOfFile(name);
		if (id !== null && !graph.nodes.has(id)) out.push(id);
	}
	return out;
}
function journalFiles(ctx, cells, sinceMs) {
	const graph = ensureView(ctx).graph;
	const entries = [];
	const writers = [];
	const repaired = [];
	for (const cell of cells) {
		const node = graph.nodes.get(cell.cell_id);
		const finished = cell.status === "done" || cell.status === "error";
		const before = entries.length;
		if (node === void 0) entries.push(createEntry(cell));
		else {
			for (const dep of cell.dependencies) if (!node.deps.includes(dep)) entries.push({
				op: "dependency",
				id: cell.cell_id,
				dep
			});
			const recent = (cell.completed_at ?? 0) * 1e3 >= sinceMs;
			if (finished && recent && node.status !== cell.status) entries.push({
				op: "status",
				id: cell.cell_id,
				status: cell.status,
				reason: cell.status_reason
			});
		}
		if (entries.length > before && cell.status === "done" && writesOf(cell).length > 0) {
			entries.push(...writeMarks(cell.cell_id, cell.extra?.writes));
			writers.push([cell.cell_id, writesOf(cell)]);
		}
		if (entries.length > before) repaired.push(cell.cell_id);
	}
	appendEntries(ctx, entries, true);
	for (const [id, paths] of writers) recordWriter(ctx, id, paths);
	return repaired;
}
function listDir(dir) {
	try {
		return (0, node_fs.readdirSync)(dir);
	} catch {
		return [];
	}
}
/** The readable cell files that pass `keep`, oldest first (unreadable ones: a rebuild reports them). */
function cellFiles(ctx, keep) {
	const out = [];
	for (const name of listDir(ctx.paths.dir)) {
		const id = cellIdOfFile(name);
		if (id === null) continue;
		try {
			if (!keep(id, name)) continue;
			out.push(readCell(ctx.paths, id));
		} catch {}
	}
	return out.sort((a, b) => a.created_at - b.created_at);
}
/** The view, loaded on first use and refreshed on every later one (strictly under the lock). */
function ensureView(ctx) {
	repairIfAbandoned(ctx);
	try {
		if (ctx.view === null) ctx.view = new DiskView(ctx.paths, ctx.sessionId, ctx.cwd);
		else ctx.view.refresh(ctx.lockDepth > 0);
	} catch (err) {
		if (!ctx.autoRebuild || !isRlmError(err, "ERR_RLM_CORRUPT_FILE") || err instanceof SessionMismatchError) throw err;
		ctx.rebuild();
	}
	const view = ctx.view;
	if (view.strayCheck) {
		view.strayCheck = false;
		if (ctx.repair) indexStrayFiles(ctx, view);
	}
	return view;
}
/**
* Cell files the loaded index does not know (journal lines lost with the machine, a journal
* put back): indexed under the lock when it is free at once. A writer holding it may be
* between its file and its line (nothing is wrong then): this store looks again on its next
* use, until it finds none or gets the lock (a write of its own always does).
*/
function indexStrayFiles(ctx, view) {
	if (strayIds(ctx, view.graph).length === 0) return;
	try {
		locked(ctx, () => indexStray(ctx), {
			...ctx.lock,
			timeoutMs: 0
		});
	} catch (err) {
		if (!isRlmError(err, "ERR_RLM_LOCK_TIMEOUT")) throw err;
		view.strayCheck = true;
	}
}
/**
* Run `fn` under the session's cells lock (re-entrant within this store). A lock taken
* over from a writer that died holding it is repaired first (repair.ts).
*/
function locked(ctx, fn, lock = ctx.lock) {
	if (ctx.lockDepth > 0) return fn();
	ensureDir(ctx);
	return withLock(ctx.paths.lock, (held) => {
		ctx.lockDepth++;
		try {
			const dead = held.recovered.filter(isCellsOwner);
			if (dead.length > 0) repairSince(ctx, Math.min(...dead.map((o) => o.acquired_at)));
			return fn();
		} finally {
			ctx.lockDepth--;
		}
	}, {
		...lock,
		intent: CELLS_INTENT
	});
}
/**
* A reader that finds the cells lock held checks, without waiting, whether its holder is
* dead; if so it takes the lock over and repairs (so a `list` after a crash is right).
*/
function repairIfAbandoned(ctx) {
	if (!ctx.repair || ctx.lockDepth > 0 || (0, node_fs.lstatSync)(ctx.paths.lock, { throwIfNoEntry: false }) === void 0) return;
	try {
		locked(ctx, () => void 0, {
			...ctx.lock,
			timeoutMs: 0
		});
	} catch (err) {
		if (!isRlmError(err, "ERR_RLM_LOCK_TIMEOUT")) throw err;
	}
}
/** Create `cells/` when missing (never through a symlink planted there). */
function ensureDir(ctx) {
	if (ctx.dirReady) return;
	try {
		(0, node_fs.mkdirSync)(ctx.paths.dir, { mode: 448 });
	} catch (err) {
		if (err.code !== "EEXIST") throw err;
	}
	if ((0, node_fs.lstatSync)(ctx.paths.dir).isSymbolicLink()) throw new OutsideRootError(ctx.paths.dir, ctx.paths.sessionPath, "a symlink instead of the cells directory in");
	ctx.dirReady = true;
}
/**
* Append journal entries; the caller holds the lock. `durable`: fsync the journal (for
* changes that exist nowhere else yet, like stale marks). Compacts when the journal has
* grown past max(autoFlushBytes, index.json size / 4): amortized O(1) per entry.
*/
function appendEntries(ctx, entries, durable) {
	if (entries.length === 0) return;
	appendMarks(ctx.paths.marks, entries.filter(isMark), ctx.fsync);
	const lines = entries.map((e) => JSON.stringify(e));
	if (ctx.view !== null) ensureView(ctx);
	const index = (0, node_fs.statSync)(ctx.paths.index, { throwIfNoEntry: false });
	let appended = appendToJournal(ctx.paths.journal, currentGen(ctx, index), lines, durable && ctx.fsync);
	if (appended === null) {
		ensureView(ctx);
		appended = appendToJournal(ctx.paths.journal, currentGen(ctx, index), lines, durable && ctx.fsync);
		if (appended === null) {
			ctx.rebuild();
			appended = appendToJournal(ctx.paths.journal, currentGen(ctx, void 0), lines, durable && ctx.fsync);
		}
	}
	if (appended === null) throw new Error("cells journal generation mismatch persists after rebuild");
	ctx.view?.applyOwn(appended, entries);
	if (appended.cursor.size > Math.max(ctx.autoFlushBytes, (index?.size ?? 0) / 4)) compactLocked(ctx);
}
/** Fold the journal into index.json (generation + 1) and start an empty journal. Caller holds the lock. */
function compactLocked(ctx) {
	const view = ensureView(ctx);
	const gen = view.gen + 1;
	writeFileAtomicSync(ctx.paths.index, `${JSON.stringify(indexDocument(view.graph, ctx.sessionId, gen, nowEpochSeconds()))}\n`, { fsync: ctx.fsync });
	resetJournal(ctx.paths.journal, gen, ctx.fsync);
	view.replace(view.graph, gen);
	return {
		cells: view.graph.size,
		gen
	};
}
/**
* The index generation the journal must continue. Without a loaded view, index.json's
* first bytes are read again only when the file itself changed (by inode, size, mtime).
*/
function currentGen(ctx, index) {
	if (ctx.view !== null) return ctx.view.gen;
	const seen = ctx.indexGen;
	if (index !== void 0 && seen !== null && seen.ino === index.ino && seen.size === index.size && seen.mtimeMs === index.mtimeMs) return seen.gen;
	const gen = peekIndexGen(ctx.paths.index);
	ctx.indexGen = index === void 0 ? null : {
		gen,
		ino: index.ino,
		size: index.size,
		mtimeMs: index.mtimeMs
	};
	return gen;
}
/**
* Make `cellId` depend on `dependencyId`, unless that closes a cycle. Checked and written
* under the lock against a fresh view, so two processes cannot each add half of a cycle.
*/
function addDependency(ctx, cellId, dependencyId) {
	assertCellId(cellId);
	assertCellId(dependencyId);
	if (cellId === dependencyId) throw new SelfDependencyError(cellId);
	return locked(ctx, () => {
		const graph = ensureView(ctx).graph;
		const node = graph.nodes.get(cellId);
		const dep = graph.nodes.get(dependencyId);
		if (node === void 0) throw new CellNotFoundError(cellId, ctx.paths.index);
		if (dep === void 0) throw new MissingDependencyError(cellId, dependencyId);
		const cell = readCell(ctx.paths, cellId);
		if (cell.dependencies.includes(dependencyId)) return cell;
		const back = dependencyPath(graph, dep, node);
		if (back !== null) throw new CycleError([cellId, ...back]);
		cell.dependencies.push(dependencyId);
		rewriteCell(ctx.paths, cell, ctx.fsync);
		appendEntries(ctx, [{
			op: "dependency",
			id: cellId,
			dep: dependencyId
		}], true);
		return cell;
	});
}
/**
* Merge `patch` into a cell's `metadata` (e.g. `{ promoted_to_db: true, memory_node_id }`),
* under the lock. Status, output and cache key are untouched; nothing is journaled (the
* index holds no metadata). A patch the schema refuses changes nothing (ERR_RLM_VALIDATION).
*/
function updateMetadata(ctx, cellId, patch) {
	assertCellId(cellId);
	return locked(ctx, () => {
		const cell = readCell(ctx.paths, cellId);
		const next = validateCell({
			...cell,
			metadata: {
				...cell.metadata,
				...patch
			}
		}, ctx.paths.cellFile(cellId));
		rewriteCell(ctx.paths, next, ctx.fsync);
		if (next.metadata.promoted_to_db !== cell.metadata.promoted_to_db) writePromoted(ctx, promotedIds(ctx.paths.promoted), cellId, next.metadata.promoted_to_db);
		return next;
	});
}
/** Ids of the cells promoted to the memory database (`metadata.promoted_to_db`), without the index. */
function promoted(ctx) {
	return promotedIds(ctx.paths.promoted);
}
function promotedIds(path) {
	try {
		const doc = readJsonNoFollow(path);
		return Array.isArray(doc) ? doc.filter((x) => typeof x === "string") : [];
	} catch {
		return [];
	}
}
/** Add or remove one id (caller holds the lock). */
function writePromoted(ctx, ids, cellId, on) {
	const next = ids.filter((id) => id !== cellId);
	if (on) next.push(cellId);
	writeFileAtomicSync(ctx.paths.promoted, `${JSON.stringify(next)}\n`, { fsync: ctx.fsync });
}
/** promoted.json from the cell files (rebuild). */
function writePromotedOf(ctx, cells) {
	const ids = cells.filter((c) => c.metadata.promoted_to_db).map((c) => c.cell_id);
	writeFileAtomicSync(ctx.paths.promoted, `${JSON.stringify(ids)}\n`, { fsync: ctx.fsync });
}
/**
* A file changed outside any cell (an editor, `git checkout`, Claude Code's FileChanged):
* every cell that recorded other content for it becomes stale, transitively, when readers
* apply the mark. One journal line; the index is not loaded. Returns the hash recorded (null: deleted).
*/
function fileChanged(ctx, path) {
	const abs = (0, node_path.resolve)(ctx.cwd, path);
	const hash = hashFile$1(abs);
	locked(ctx, () => appendEntries(ctx, [{
		op: "file",
		path: abs,
		hash,
		by: null,
		at: nowEpochSeconds()
	}], true));
	return hash;
}
/** The cell that last wrote `path` in this session (declared `writes`), or null. One small read, no index. */
function lastWriter(ctx, path) {
	return readWriters(ctx.paths.writers)[(0, node_path.resolve)(ctx.cwd, path)] ?? null;
}
/** The id of the cell created with `key`, or null. Reads one cell file in the usual case. */
function findKey(ctx, key) {
	const probe = probeKey(ctx.paths, key);
	return "found" in probe ? probe.found.cell_id : null;
}
function invalidate(ctx, target) {
	checkTarget$1(target);
	const hashes = /* @__PURE__ */ new Map();
	if ("checkDisk" in target) for (const abs of ensureView(ctx).graph.fileIndex().paths()) hashes.set(abs, hashFile$1(abs));
	return locked(ctx, () => {
		const graph = ensureView(ctx).graph;
		return markStale(ctx, graph, findSources(graph, target, hashes));
	});
}
/** Mark `sources` and their transitive dependents stale (caller holds the lock); returns the changes. */
function markStale(ctx, graph, sources, dependentReason = (via) => ({
	kind: "dependency_stale",
	via
})) {
	const starts = [];
	for (const id of sources.keys()) {
		const node = graph.nodes.get(id);
		if (node !== void 0) starts.push(node);
	}
	const reached = reachDependents(graph, starts);
	const epoch = reached[0]?.mark;
	const changes = [];
	for (const id of graph.sortByExecution(reached, epoch)) {
		const node = graph.nodes.get(id);
		if (node.status === "stale" || node.status === "pending") continue;
		changes.push({
			cellId: id,
			from: node.status,
			reason: node.via === null ? sources.get(id) : dependentReason(node.via.id)
		});
	}
	if (changes.length > 0) appendEntries(ctx, [{
		op: "invalidate",
		ids: changes.map((c) => c.cellId),
		reasons: changes.map((c) => describeReason(c.reason)),
		at: nowEpochSeconds()
	}], true);
	return changes;
}
function findSources(graph, target, hashes) {
	const sources = /* @__PURE__ */ new Map();
	if ("cellIds" in target) {
		for (const id of target.cellIds) {
			assertCellId(id);
			if (!graph.nodes.has(id)) throw new CellNotFoundError(id, "the cell index");
			sources.set(id, { kind: "requested" });
		}
		return sources;
	}
	const files = graph.fileIndex();
	if ("filePath" in target) {
		const abs = files.key(target.filePath);
		for (const node of files.readers(target.filePath)) sources.set(node.id, {
			kind: "file_changed",
			path: recordedPath(node, abs, files)
		});
		return sources;
	}
	for (const abs of files.paths()) {
		if (!hashes.has(abs)) hashes.set(abs, hashFile$1(abs));
		const found = hashes.get(abs) ?? null;
		const mark = graph.fileMarks.get(abs);
		if (mark !== void 0 && mark.hash === found) continue;
		for (const node of files.readers(abs)) {
			const path = recordedPath(node, abs, files);
			const recorded = node.files?.[path] ?? null;
			if (found === null) {
				if (recorded !== "deleted") sources.set(node.id, {
					kind: "file_deleted",
					path,
					recorded
				});
			} else if (recorded !== null && recorded !== found) sources.set(node.id, {
				kind: "file_changed",
				path,
				recorded,
				found
			});
		}
	}
	return sources;
}
/** Exactly one of the three forms (targets come from other programs through JSON). */
function checkTarget$1(target) {
	const t = typeof target === "object" && target !== null ? target : {};
	if (!([
		"cellIds",
		"filePath",
		"checkDisk"
	].filter((k) => t[k] !== void 0).length === 1 && (Array.isArray(t.cellIds) || typeof t.filePath === "string" && t.filePath !== "" || t.checkDisk === true))) throw new ValidationError("invalidation target", [{
		path: "(target)",
		message: "give exactly one of { cellIds: string[] }, { filePath: string } or { checkDisk: true }"
	}]);
}
function recordedPath(node, abs, files) {
	for (const p in node.files) if (files.key(p) === abs) return p;
	return abs;
}
/** The one-line `status_reason` stored for a change. */
function describeReason(r) {
	switch (r.kind) {
		case "requested": return "invalidated on request";
		case "file_changed": return `file changed: ${r.path}`;
		case "file_deleted": return `file deleted: ${r.path}`;
		case "dependency_stale": return `dependency stale: ${r.via}`;
		case "dependency_changed": return `dependency re-run with a different output: ${r.via}`;
	}
}
/**
* Record a cell's outcome: `done`, or `error` when `error` is set. Computes and stores its
* cache key. An outcome the cell schema refuses (or that is not JSON) is refused with
* ERR_RLM_VALIDATION and nothing is written. Completing a cell that already had an outcome
* with a different output makes its dependents stale (`dependency_changed`): they were
* computed from the old one. `writes` (done only) are hashed before the lock is taken.
*/
function completeCell(ctx, cellId, outcome) {
	assertCellId(cellId);
	const prepared = prepare(ctx, outcome);
	return locked(ctx, () => completeLocked(ctx, readCell(ctx.paths, cellId), outcome, prepared));
}
/**
* Complete the cell only if its file still says `pending` (an orphan sweep must never
* overwrite a real result that landed meanwhile); null when it was not pending.
*/
function completeIfPending(ctx, cellId, outcome) {
	assertCellId(cellId);
	const prepared = prepare(ctx, outcome);
	return locked(ctx, () => {
		const cell = readCell(ctx.paths, cellId);
		return cell.status === "pending" ? completeLocked(ctx, cell, outcome, prepared) : null;
	});
}
function prepare(ctx, outcome) {
	return {
		writes: (outcome.error ?? null) === null && outcome.writes !== void 0 ? hashWrites(ctx.cwd, outcome.writes) : null,
		reads: outcome.reads !== void 0 ? hashWrites(ctx.cwd, outcome.reads) : null
	};
}
/** The outcome into `cell` (read under the lock), written with its journal lines. */
function completeLocked(ctx, cell, outcome, prepared) {
	const before = cell.status === "pending" ? null : outputDigest(cell.output);
	const error = outcome.error ?? null;
	cell.output = {
		...cell.output,
		result: outcome.result ?? null,
		error,
		execution_time_ms: outcome.executionTimeMs ?? null,
		cached_response: outcome.cachedResponse ?? null
	};
	cell.status = error === null ? "done" : "error";
	cell.status_reason = outcome.reason ?? null;
	cell.completed_at = nowEpochSeconds();
	if (prepared.reads !== null) cell.input.context_snapshot.files = {
		...cell.input.context_snapshot.files,
		...prepared.reads
	};
	if (prepared.writes !== null) cell.extra = {
		...cell.extra ?? {},
		writes: prepared.writes
	};
	const added = newDependencies(ctx, cell, outcome.dependencies ?? []);
	cell.dependencies = [...cell.dependencies, ...added];
	validateCell(cell, ctx.paths.cellFile(cell.cell_id));
	const marks = prepared.writes === null ? [] : writeMarks(cell.cell_id, prepared.writes);
	writeFinished(ctx, cell, [...added.map((dep) => ({
		op: "dependency",
		id: cell.cell_id,
		dep
	})), ...marks], prepared.reads);
	if (prepared.writes !== null) recordWriter(ctx, cell.cell_id, Object.keys(prepared.writes));
	if (before !== null && outputDigest(cell.output) !== before) staleDependents(ctx, cell.cell_id);
	return cell;
}
/** Dependencies to add at completion, checked like addDependency (missing, self, cycle). */
function newDependencies(ctx, cell, deps) {
	const added = [...new Set(deps)].filter((d) => !cell.dependencies.includes(d));
	if (added.length === 0) return [];
	const graph = ensureView(ctx).graph;
	const node = graph.nodes.get(cell.cell_id);
	for (const dep of added) {
		assertCellId(dep);
		if (dep === cell.cell_id) throw new SelfDependencyError(dep);
		const target = graph.nodes.get(dep);
		if (target === void 0) throw new MissingDependencyError(cell.cell_id, dep);
		const back = node === void 0 ? null : dependencyPath(graph, target, node);
		if (back !== null) throw new CycleError([cell.cell_id, ...back]);
	}
	return added;
}
/** Store a finished cell (caller holds the lock): key, current dependents, file, journal (one append). */
function writeFinished(ctx, cell, marks = [], reads = null) {
	setCacheKey(cell, keyAtCompletion(ctx.paths, cell));
	if (ctx.view !== null) ensureView(ctx);
	const node = ctx.view?.graph.nodes.get(cell.cell_id);
	if (node !== void 0) cell.dependents = [...node.dependents];
	rewriteCell(ctx.paths, cell, ctx.fsync);
	appendEntries(ctx, [{
		op: "status",
		id: cell.cell_id,
		status: cell.status,
		reason: cell.status_reason,
		...reads === null ? {} : { files: reads }
	}, ...marks], true);
}
/** The dependents of `cellId` (caller holds the lock), whose output just changed. */
function staleDependents(ctx, cellId) {
	const graph = ensureView(ctx).graph;
	const sources = /* @__PURE__ */ new Map();
	for (const d of graph.nodes.get(cellId)?.dependents ?? []) sources.set(d, {
		kind: "dependency_changed",
		via: cellId
	});
	markStale(ctx, graph, sources);
}
/**
* The cell file, with what the index knows better: status and status_reason (stale marks
* live in the journal until the cell is next written) and the current dependents.
*/
function getCell(ctx, cellId) {
	assertCellId(cellId);
	const node = ensureView(ctx).graph.nodes.get(cellId);
	let cell;
	try {
		cell = readCell(ctx.paths, cellId);
	} catch (err) {
		if (node !== void 0 && isRlmError(err, "ERR_RLM_CELL_NOT_FOUND")) throw new CellNotFoundError(cellId, ctx.paths.dir, "the index lists it but its file is gone: rebuild() reports such orphans");
		throw err;
	}
	if (node !== void 0) {
		if (!(node.status === "pending" && cell.status !== "pending")) {
			cell.status = node.status;
			cell.status_reason = node.reason;
		}
		cell.dependents = [...node.dependents];
	}
	return cell;
}
function summarize(n) {
	return {
		cellId: n.id,
		type: n.type,
		status: n.status,
		statusReason: n.reason,
		createdAt: n.at,
		dependencies: n.deps,
		dependents: n.dependents.length === 0 ? [] : n.dependents
	};
}
/** Cells in creation order (created_at, then id), optionally by type and/or status. */
function listCells(ctx, filter = {}) {
	const out = [];
	const { type, status } = filter;
	for (const n of ensureView(ctx).graph.inKeyOrder()) if ((type === void 0 || n.type === type) && (status === void 0 || n.status === status)) out.push(summarize(n));
	return out;
}
/** A page of the execution order, filtered; only the page's cells are summarized. */
function executionPage(ctx, filter, offset, limit) {
	const { graph } = ensureView(ctx);
	const { type, status } = filter;
	const order = graph.executionNodes();
	const end = offset + limit;
	const cells = [];
	let matched = 0;
	for (let i = 0; i < order.length; i++) {
		const n = order[i];
		if (type !== void 0 && n.type !== type || status !== void 0 && n.status !== status) continue;
		if (matched >= offset && matched < end) cells.push({
			position: i + 1,
			...summarize(n)
		});
		matched++;
	}
	return {
		total: graph.size,
		matched,
		cells
	};
}
function summaries(ctx, cellIds) {
	const { nodes } = ensureView(ctx).graph;
	const out = [];
	for (const id of cellIds) {
		const n = nodes.get(id);
		if (n !== void 0) out.push(summarize(n));
	}
	return out;
}
function nodeOf(ctx, cellId) {
	assertCellId(cellId);
	const node = ensureView(ctx).graph.nodes.get(cellId);
	if (node === void 0) throw new CellNotFoundError(cellId, ctx.paths.index);
	return node;
}
/** Every cell `cellId` depends on, directly or transitively, in execution order (itself excluded). */
function dependencyChain(ctx, cellId) {
	const node = nodeOf(ctx, cellId);
	const graph = ctx.view.graph;
	const found = reachDependencies(graph, node);
	return graph.sortByExecution(found, found[0]?.mark);
}
/** Direct dependents (creation order) or all transitive ones (execution order). */
function dependentsOf(ctx, cellId, transitive) {
	const node = nodeOf(ctx, cellId);
	if (!transitive) return [...node.dependents];
	const graph = ctx.view.graph;
	const reached = reachDependents(graph, [node]);
	const epoch = node.mark;
	node.mark = 0;
	return graph.sortByExecution(reached.slice(1), epoch);
}
function executionOrder(ctx) {
	return [...ensureView(ctx).graph.executionOrder()];
}
function roots(ctx) {
	const { nodes } = ensureView(ctx).graph;
	return executionOrder(ctx).filter((id) => nodes.get(id).deps.length === 0);
}
function leaves(ctx) {
	const { nodes } = ensureView(ctx).graph;
	return executionOrder(ctx).filter((id) => nodes.get(id).dependents.length === 0);
}
/**
* Keep a damaged file's bytes next to it (`<name>.damaged-<ms>-<rand>`, 0600) before a
* rebuild replaces it: a copy, so that lock-free readers never see the file missing.
*/
function keepDamaged(path) {
	const to = `${path}.damaged-${Date.now()}-${randomHex(6)}`;
	(0, node_fs.copyFileSync)(path, to, node_fs.constants.COPYFILE_EXCL);
	(0, node_fs.chmodSync)(to, 384);
	return to;
}
/**
* Read a journal as tolerantly as possible, for a rebuild (under the lock, so a last line
* without its newline is a killed writer's, not one being written). Null when there is none.
*/
function salvageJournal(path) {
	let bytes;
	try {
		bytes = readNoFollow(path);
	} catch (err) {
		if (isMissing(err)) return null;
		throw err;
	}
	const lines = bytes.toString("utf8").split("\n");
	const tail = lines.pop();
	const header = lines.length > 0 ? parseHeader(lines[0]) : null;
	let corrupt = tail === "" ? 0 : 1;
	const entries = [];
	for (const line of header === null ? lines : lines.slice(1)) {
		if (line === "") continue;
		const e = parseEntry(line);
		if (e === null) corrupt++;
		else entries.push(e);
	}
	return {
		header,
		entries,
		corrupt,
		damaged: corrupt > 0 || header === null && bytes.length > 0
	};
}
function readPreviousState(paths, sessionId, cwd) {
	const damaged = [];
	let index = "missing";
	let graph = new CellGraph(cwd);
	let gen = peekIndexGen(paths.index);
	if ((0, node_fs.existsSync)(paths.index)) try {
		const read = readIndex(paths.index, sessionId, cwd);
		graph = read.graph;
		gen = Math.max(gen, read.gen);
		index = "ok";
	} catch {
		index = "unreadable";
		damaged.push(paths.index);
	}
	const journal = salvageJournal(paths.journal);
	if (journal?.damaged) damaged.push(paths.journal);
	const journalGen = journal?.header?.gen;
	if (journal !== null && (journalGen === void 0 || journalGen >= gen)) for (const e of journal.entries) applyEntry(graph, e);
	const status = /* @__PURE__ */ new Map();
	for (const n of graph.nodes.values()) status.set(n.id, {
		status: n.status,
		reason: n.reason
	});
	return {
		index,
		ids: new Set(status.keys()),
		status,
		gen: Math.max(gen, journalGen ?? 0),
		corruptJournalLines: journal?.corrupt ?? 0,
		damaged
	};
}
/**
* The graph the journal would have built: each cell appears at `created_at` (still
* `pending` if its outcome came later), takes its recorded status at `completed_at`, and
* each mark applies at its `at`, in time order (creates, then outcomes, then marks on a
* tie). Dependencies are the ones the cell files record (an edge added later by
* addDependency counts from the cell's creation: the files do not say when it was added).
*/
function replayHistory(cwd, cells, marks) {
	const events = [];
	for (const cell of cells) {
		const done = cell.completed_at;
		const later = cell.status !== "pending" && done !== null && done > cell.created_at;
		events.push({
			t: cell.created_at,
			order: 0,
			cell,
			status: later ? "pending" : cell.status
		});
		if (later) events.push({
			t: done,
			order: 1,
			cell
		});
	}
	for (const mark of marks) events.push({
		t: mark.at,
		order: 2,
		mark
	});
	events.sort((a, b) => a.t - b.t || a.order - b.order || tie(a, b));
	const graph = new CellGraph(cwd);
	for (const e of events) if (e.order === 2) applyEntry(graph, e.mark);
	else if (e.order === 1) graph.setStatus(e.cell.cell_id, e.cell.status, e.cell.status_reason);
	else {
		const files = e.cell.input.context_snapshot.files;
		applyEntry(graph, {
			op: "create",
			id: e.cell.cell_id,
			type: e.cell.type,
			status: e.status,
			deps: [...new Set(e.cell.dependencies)],
			at: e.cell.created_at,
			...Object.keys(files).length > 0 ? { files } : {},
			reason: e.status === e.cell.status ? e.cell.status_reason : null
		});
	}
	return graph;
}
function tie(a, b) {
	const ka = "cell" in a ? a.cell.cell_id : "";
	const kb = "cell" in b ? b.cell.cell_id : "";
	return ka < kb ? -1 : ka > kb ? 1 : 0;
}
/**
* Reconstruct index.json from the cell files and the marks log (caller holds the lock).
* The history is replayed in time order — each cell created at `created_at` and given its
* outcome at `completed_at`, each stale mark applied at its `at` — through the same code
* that applies journal lines, so the rebuilt index says what the incremental one says.
*/
function rebuildLocked(ctx) {
	const prev = readPreviousState(ctx.paths, ctx.sessionId, ctx.cwd);
	const { cells, unparsable } = scanCells(ctx);
	const { marks, corrupt: corruptMarkLines } = readMarks(ctx.paths.marks);
	const graph = replayHistory(ctx.cwd, cells, marks);
	const fileIds = new Set(cells.map((c) => c.cell_id));
	const dangling = [];
	for (const c of cells) for (const d of c.dependencies) if (!fileIds.has(d)) dangling.push({
		cellId: c.cell_id,
		missing: d
	});
	keepPreviousMarks(graph, prev);
	const gen = prev.gen + 1;
	const preserved = prev.damaged.map(keepDamaged);
	writeJsonAtomic(ctx.paths.index, indexDocument(graph, ctx.sessionId, gen, nowEpochSeconds()), false);
	resetJournal(ctx.paths.journal, gen);
	writeWritersOf(ctx, cells);
	writePromotedOf(ctx, cells);
	ctx.view = new DiskView(ctx.paths, ctx.sessionId, ctx.cwd, {
		graph,
		gen
	});
	let keptStale = 0;
	for (const n of graph.nodes.values()) if (n.status === "stale") keptStale++;
	return {
		cells: graph.size,
		previousIndex: prev.index,
		orphans: [...prev.ids].filter((id) => !fileIds.has(id)).sort(),
		unindexed: [...fileIds].filter((id) => !prev.ids.has(id)).sort(),
		unparsable,
		danglingDependencies: dangling,
		cycles: graph.cycles(),
		keptStale,
		corruptJournalLines: prev.corruptJournalLines,
		corruptMarkLines,
		preserved
	};
}
/**
* A stale mark the previous index or journal still holds is kept: they saw every change in
* order (a session older than the marks log has its marks only there).
*/
function keepPreviousMarks(graph, prev) {
	for (const [id, before] of prev.status) {
		const node = graph.nodes.get(id);
		if (node === void 0 || before.status !== "stale" || node.status === "stale") continue;
		node.status = "stale";
		node.reason = before.reason;
	}
}
function scanCells(ctx) {
	let names;
	try {
		names = (0, node_fs.readdirSync)(ctx.paths.dir);
	} catch (err) {
		if (isMissing(err)) return {
			cells: [],
			unparsable: []
		};
		throw err;
	}
	const cells = [];
	const unparsable = [];
	for (const name of names.sort()) {
		const id = cellIdOfFile(name);
		if (id === null) continue;
		const path = (0, node_path.join)(ctx.paths.dir, name);
		try {
			const r = safeValidateCell(upgradeCellDocument(readJsonNoFollow(path)), path);
			if (!r.ok) unparsable.push({
				path,
				reason: r.error.message
			});
			else if (r.value.cell_id !== id) unparsable.push({
				path,
				reason: `names ${r.value.cell_id}, not ${id}`
			});
			else cells.push(r.value);
		} catch (err) {
			if (!isMissing(err)) unparsable.push({
				path,
				reason: err.message
			});
		}
	}
	return {
		cells,
		unparsable
	};
}
function digestsOf(deps) {
	const out = {};
	for (const [id, o] of Object.entries(deps)) out[id] = outputDigest(o);
	return out;
}
/**
* The key the cell would have if it ran now: today's file hashes (a gone file → DELETED;
* a file recorded as "content unknown" only counts when deleted) and today's dependency outputs.
*/
function currentKey(cell, disk, depDigests) {
	const files = {};
	for (const [path, recorded] of Object.entries(cell.input.context_snapshot.files)) {
		const now = disk.get(path);
		files[path] = now === null ? DELETED : recorded === null ? null : now;
	}
	return cacheKey(cell, files, depDigests);
}
/** The key the stored output was computed under (recomputed over recorded hashes if none was stored). */
function recordedKey(cell, depDigests) {
	const k = cell.extra?.cache_key;
	return typeof k === "string" ? k : cacheKey(cell, cell.input.context_snapshot.files, depDigests);
}
function unwrapExecutorOutput(value) {
	if (typeof value === "object" && value !== null && value[BRAND] === true) {
		const v = value;
		return {
			result: v.result,
			cachedResponse: v.cachedResponse
		};
	}
	return {
		result: value,
		cachedResponse: void 0
	};
}
/**
* Run one cell's executor and record the outcome in its file: output, `done`/`error`, the
* hashes of its files as they were when the run started (what it read, so a change during
* the run is never taken for what it read) and the new cache key. A file that changed
* while the executor ran makes the cell and its dependents stale again at once. A result
* that cannot be stored (not JSON, refused by the cell schema) fails the run.
*/
async function runCell(ctx, cell, executor, deps) {
	const read = hashAll(ctx.cwd, Object.keys(cell.input.context_snapshot.files));
	const started = performance.now();
	let value;
	let error = null;
	try {
		value = await executor(cell, deps);
	} catch (err) {
		error = err instanceof Error ? err.message : String(err);
	}
	const durationMs = performance.now() - started;
	const base = {
		...cell.output,
		execution_time_ms: Math.round(durationMs * 1e3) / 1e3
	};
	const failed = (e) => ({
		...base,
		result: null,
		error: e
	});
	let output = failed(error ?? "");
	if (error === null) {
		const { result, cachedResponse } = unwrapExecutorOutput(value);
		output = {
			...base,
			result: result ?? null,
			error: null
		};
		if (cachedResponse !== void 0) output.cached_response = cachedResponse;
		error = unstorable(cell, output);
		if (error !== null) output = failed(error);
	}
	const invalidated = locked(ctx, () => record(ctx, cell.cell_id, output, read, deps));
	return error === null ? {
		ok: true,
		output,
		durationMs,
		invalidated
	} : {
		ok: false,
		output,
		error,
		durationMs,
		invalidated
	};
}
function record(ctx, cellId, output, read, deps) {
	const fresh = readCell(ctx.paths, cellId);
	fresh.output = output;
	fresh.status = output.error === null ? "done" : "error";
	fresh.status_reason = null;
	fresh.completed_at = nowEpochSeconds();
	const files = fresh.input.context_snapshot.files;
	for (const path of Object.keys(files)) files[path] = read[path] ?? hashOrDeleted(ctx.cwd, path);
	setCacheKey(fresh, cacheKey(fresh, files, digestsOf(deps)));
	const node = ensureView(ctx).graph.nodes.get(cellId);
	if (node !== void 0) fresh.dependents = [...node.dependents];
	rewriteCell(ctx.paths, fresh, ctx.fsync);
	const entry = {
		op: "status",
		id: cellId,
		status: fresh.status,
		reason: null
	};
	appendEntries(ctx, [Object.keys(files).length > 0 ? {
		...entry,
		files
	} : entry], true);
	const moved = changedSince(ctx.cwd, files);
	return moved === null ? [] : markStale(ctx, ensureView(ctx).graph, new Map([[cellId, moved]]));
}
/** Why the output can not go into the cell file, or null. */
function unstorable(cell, output) {
	try {
		JSON.stringify(output);
		validateCell({
			...cell,
			output
		});
		return null;
	} catch (err) {
		return `the executor's result cannot be stored: ${err.message}`;
	}
}
function hashOrDeleted(cwd, path) {
	return hashFile$1((0, node_path.resolve)(cwd, path)) ?? "deleted";
}
function hashAll(cwd, paths) {
	const out = {};
	for (const p of paths) out[p] = hashOrDeleted(cwd, p);
	return out;
}
/** The first file whose content is no longer what was recorded, as an invalidation reason. */
function changedSince(cwd, recorded) {
	for (const [path, was] of Object.entries(recorded)) {
		const now = hashOrDeleted(cwd, path);
		if (now === was) continue;
		return now === "deleted" ? {
			kind: "file_deleted",
			path,
			recorded: was
		} : {
			kind: "file_changed",
			path,
			recorded: was,
			found: now
		};
	}
	return null;
}
/** The selected cell ids, in execution order. */
function resolveSelection(selection, graph) {
	const order = graph.executionOrder();
	if (Array.isArray(selection)) {
		const wanted = /* @__PURE__ */ new Set();
		for (const id of selection) {
			assertCellId(id);
			const node = graph.nodes.get(id);
			if (node === void 0) throw new CellNotFoundError(id, "the cell index");
			if (graph.positionOf(node) < 0) throw new ReplayError(`cannot replay ${id}: it sits on or behind a dependency cycle`);
			wanted.add(node);
		}
		return graph.sortByExecution([...wanted]);
	}
	if (selection === "all") return [...order];
	if (selection === "stale") return order.filter((id) => graph.nodes.get(id)?.status === "stale");
	const m = RANGE.exec(selection);
	if (m === null) throw new ReplayError(`bad replay selection ${JSON.stringify(selection)}`, "use cell ids, \"2-4\", \"3\", \"stale\" or \"all\"");
	const from = Number(m[1]);
	const to = m[2] === void 0 ? from : Number(m[2]);
	if (from < 1 || to < from || to > order.length) throw new ReplayError(`replay range ${from}-${to} is outside 1-${order.length} (the execution order)`);
	return order.slice(from - 1, to);
}
/**
* Walk the selected cells in execution order. A cell runs when it is stale, pending,
* forced, or its cache key no longer matches (a file it read or a dependency's output
* changed); otherwise its stored output is reused. An llm_call with a cached_response is
* served from it unless forced. Dependencies outside the selection provide their stored output.
*/
async function replay(ctx, selection, executors, options = {}) {
	const graph = ensureView(ctx).graph;
	const selected = resolveSelection(selection, graph);
	const disk = new DiskHashes(ctx.cwd);
	const outputs = /* @__PURE__ */ new Map();
	const blocked = /* @__PURE__ */ new Map();
	const changed = [];
	const midRun = [];
	const steps = [];
	const outputOf = (id) => {
		let o = outputs.get(id);
		if (o === void 0) {
			o = readCell(ctx.paths, id).output;
			outputs.set(id, o);
		}
		return o;
	};
	for (const id of selected) {
		const cell = getCell(ctx, id);
		const deps = {};
		for (const d of cell.dependencies) deps[d] = outputOf(d);
		const digests = digestsOf(deps);
		const base = {
			cellId: id,
			position: graph.positionOf(graph.nodes.get(id)) + 1,
			type: cell.type
		};
		const runReason = whyRun(cell, options.force === true, () => currentKey(cell, disk, digests) !== recordedKey(cell, digests));
		outputs.set(id, cell.output);
		if (runReason === null) {
			const cachedError = cell.status === "error" ? cell.output.error ?? "error" : void 0;
			if (cachedError !== void 0) blocked.set(id, "cached_error");
			steps.push({
				...base,
				outcome: "cached",
				fresh: false,
				from: "output",
				...cachedError !== void 0 ? { error: cachedError } : {}
			});
			continue;
		}
		if (cell.type === "llm_call" && options.force !== true && cell.output.cached_response !== null) {
			steps.push({
				...base,
				outcome: "cached",
				fresh: false,
				from: "cached_response",
				runReason
			});
			continue;
		}
		const via = cell.dependencies.find((d) => blocked.has(d));
		if (via !== void 0) {
			blocked.set(id, "skipped");
			steps.push({
				...base,
				outcome: "skipped",
				fresh: false,
				runReason,
				via,
				blockedBy: blocked.get(via)
			});
			continue;
		}
		const executor = executors[cell.type];
		if (executor === void 0) {
			blocked.set(id, "needs_executor");
			steps.push({
				...base,
				outcome: "needs_executor",
				fresh: false,
				runReason
			});
			continue;
		}
		const before = outputDigest(cell.output);
		const run = await runCell(ctx, cell, executor, deps);
		disk.forget();
		midRun.push(...run.invalidated);
		outputs.set(id, run.output);
		if (outputDigest(run.output) !== before) changed.push(id);
		if (run.ok) steps.push({
			...base,
			outcome: "live",
			fresh: true,
			runReason,
			durationMs: run.durationMs
		});
		else {
			blocked.set(id, "failed");
			steps.push({
				...base,
				outcome: "failed",
				fresh: true,
				runReason,
				error: run.error,
				durationMs: run.durationMs
			});
		}
	}
	return {
		steps,
		counts: countOutcomes(steps),
		invalidated: [...midRun, ...invalidateDownstream(ctx, changed, new Set(selected))]
	};
}
function whyRun(cell, force, keyChanged) {
	if (force) return "forced";
	if (cell.status === "stale") return "stale";
	if (cell.status === "pending") return "pending";
	return keyChanged() ? "key_changed" : null;
}
/** Dependents outside the selection of cells whose output changed can no longer be trusted. */
function invalidateDownstream(ctx, changed, selected) {
	if (changed.length === 0) return [];
	return locked(ctx, () => {
		const graph = ensureView(ctx).graph;
		const sources = /* @__PURE__ */ new Map();
		for (const id of changed) for (const d of graph.nodes.get(id)?.dependents ?? []) if (!selected.has(d) && !sources.has(d)) sources.set(d, {
			kind: "dependency_changed",
			via: id
		});
		return markStale(ctx, graph, sources);
	});
}
function countOutcomes(steps) {
	const counts = {
		cached: 0,
		live: 0,
		failed: 0,
		skipped: 0,
		needs_executor: 0
	};
	for (const s of steps) counts[s.outcome]++;
	return counts;
}
/** The session id and cwd recorded in `<sessionPath>/session.json`. */
function readSessionHead(sessionPath) {
	const file = (0, node_path.join)(sessionPath, SESSION_FILE);
	let fd;
	try {
		fd = (0, node_fs.openSync)(file, node_fs.constants.O_RDONLY | node_fs.constants.O_NOFOLLOW);
	} catch (err) {
		const code = err.code;
		throw new CorruptFileError(file, code === "ENOENT" ? "missing: cells need the session's session.json" : code === "ELOOP" ? "is a symlink; not followed" : `cannot read: ${err.message}`, err);
	}
	let doc;
	try {
		const buf = Buffer.allocUnsafe(BLOCK);
		const n = (0, node_fs.readSync)(fd, buf, 0, BLOCK, 0);
		const nl = buf.subarray(0, n).indexOf(10);
		const line = nl >= 0 ? buf.toString("utf8", 0, nl) : "";
		doc = line.endsWith(",") ? tryParse(`${line.slice(0, -1)}}`) : void 0;
		if (headOf(doc) === null) doc = tryParse((0, node_fs.readFileSync)(fd, "utf8"));
	} finally {
		(0, node_fs.closeSync)(fd);
	}
	const head = headOf(doc);
	if (head === null) throw new CorruptFileError(file, "no metadata.session_id: not a session.json");
	return head;
}
function tryParse(text) {
	try {
		return JSON.parse(text);
	} catch {
		return;
	}
}
function headOf(doc) {
	const md = doc?.metadata;
	if (typeof md?.session_id !== "string") return null;
	return {
		sessionId: md.session_id,
		cwd: typeof md.cwd === "string" && md.cwd !== "" ? md.cwd : null
	};
}
/**
* The cells of a session being built outside the root (a migration's staging directory,
* renamed into place when complete). Same checks as `openCells`, except that the
* directory is the caller's: it must hold the session.json of `sessionId`.
*/
function openStagedCells(sessionPath, sessionId, options = {}) {
	assertSessionId(sessionId);
	const dir = (0, node_path.resolve)(sessionPath);
	const st = lstatOrNull(dir);
	if (st === null || !st.isDirectory()) throw new SessionNotFoundError(sessionId, dir);
	return open(dir, sessionId, options, options.fsync === false, st);
}
function open(dir, sessionId, options, bulk, st) {
	const head = readSessionHead(dir);
	if (head.sessionId !== sessionId) throw new SessionMismatchError((0, node_path.join)(dir, "session.json"), head.sessionId, sessionId);
	const cellsDir = (0, node_path.join)(dir, CELLS_DIR);
	const cst = lstatOrNull(cellsDir);
	if (cst?.isSymbolicLink()) throw new OutsideRootError(cellsDir, dir, "a symlink instead of the cells directory in");
	if (cst !== null && !cst.isDirectory()) throw new CorruptFileError(cellsDir, "not a directory");
	const ctx = {
		paths: cellPaths(dir),
		sessionId,
		cwd: (0, node_path.resolve)(options.cwd ?? head.cwd ?? process.cwd()),
		fsync: options.fsync ?? true,
		bulk,
		lock: options.lock ?? {},
		autoFlushBytes: options.autoFlushBytes ?? DEFAULT_AUTO_FLUSH_BYTES,
		autoRebuild: options.autoRebuild ?? true,
		repair: options.repair ?? true,
		view: null,
		lockDepth: 0,
		dirReady: cst !== null,
		indexGen: null,
		rebuild: () => {
			locked(ctx, () => rebuildLocked(ctx));
		}
	};
	const earlier = options.reuse === void 0 ? void 0 : origins.get(options.reuse);
	if (earlier !== void 0 && earlier.ctx.view !== null && earlier.dev === st.dev && earlier.ino === st.ino && earlier.ctx.paths.sessionPath === ctx.paths.sessionPath && earlier.ctx.sessionId === sessionId && earlier.ctx.cwd === ctx.cwd && earlier.ctx.bulk === bulk) {
		ctx.view = earlier.ctx.view;
		ctx.indexGen = earlier.ctx.indexGen;
		earlier.ctx.view = null;
	}
	const cells = new CellStore(ctx);
	origins.set(cells, {
		ctx,
		dev: st.dev,
		ino: st.ino
	});
	return cells;
}
function lstatOrNull(path) {
	try {
		return (0, node_fs.lstatSync)(path);
	} catch (err) {
		const code = err.code;
		if (code === "ENOENT" || code === "ENOTDIR") return null;
		throw err;
	}
}
var MAX_DEPTH, frac32, P, K, H0, W, native, DELETED, sha256, CellNotFoundError, SECTIONS, NO_FOLLOW, CycleError, MissingDependencyError, SelfDependencyError, last, skewMs, DRIFT_MS, SessionMismatchError, NO_NODES, NO_IDS, FileIndex, MinHeap, CellGraph, TYPES$1, STATUSES$1, TYPES, STATUSES, isIdArray, isStrArray, HEAD_BYTES, APPEND, JOURNAL_FILE$1, CELLS_LOCK, MARKS_FILE, WRITERS_FILE, PROMOTED_FILE, CELL_FILE, DiskView, CellExistsError, CHUNK_BYTES, chunk, BATCH, MAX_ID_ATTEMPTS, SLACK_MS, CELLS_INTENT, DiskHashes, BRAND, ReplayError, RANGE, CellStore, BLOCK, DEFAULT_AUTO_FLUSH_BYTES, origins;
var init_open_cells_Dsq_lmYg = __esmMin((() => {
	init_core();
	init_dist$2();
	MAX_DEPTH = 200;
	frac32 = (x) => Math.floor((x - Math.floor(x)) * 2 ** 32) >>> 0;
	P = primes(64);
	K = Uint32Array.from(P, (p) => frac32(Math.cbrt(p)));
	H0 = Uint32Array.from(P.slice(0, 8), (p) => frac32(Math.sqrt(p)));
	W = new Uint32Array(64);
	DELETED = "deleted";
	sha256 = (text) => `sha256:${sha256Hex$1(text)}`;
	CellNotFoundError = class extends RlmError {
		cellId;
		constructor(cellId, where, hint) {
			super("ERR_RLM_CELL_NOT_FOUND", `cell ${cellId} not found in ${where}`, { hint: hint ?? "list the session's cells, or run rebuild() if the index looks out of date" });
			this.name = "CellNotFoundError";
			this.cellId = cellId;
		}
	};
	SECTIONS = [
		"input",
		"output",
		"trace",
		"metadata",
		"extra"
	];
	NO_FOLLOW = node_fs.constants.O_NOFOLLOW;
	CycleError = class extends RlmError {
		path;
		constructor(path) {
			super("ERR_RLM_CYCLE", `cycle: ${path.join(" → ")}`, { hint: "cells form a DAG; drop one of the dependencies on this path" });
			this.name = "CycleError";
			this.path = [...path];
		}
	};
	MissingDependencyError = class extends RlmError {
		/** The cell that would depend on `missing` (the new cell's id, or "(new cell)" before one is drawn). */
		cellId;
		missing;
		path;
		constructor(cellId, missing) {
			super("ERR_RLM_MISSING_DEPENDENCY", `missing dependency: ${cellId} → ${missing} (no such cell)`, { hint: "create the dependency first; dependencies must already exist" });
			this.name = "MissingDependencyError";
			this.cellId = cellId;
			this.missing = missing;
			this.path = [cellId, missing];
		}
	};
	SelfDependencyError = class extends RlmError {
		cellId;
		path;
		constructor(cellId) {
			super("ERR_RLM_SELF_DEPENDENCY", `self-dependency: ${cellId} → ${cellId}`);
			this.name = "SelfDependencyError";
			this.cellId = cellId;
			this.path = [cellId, cellId];
		}
	};
	last = 0;
	skewMs = 0;
	DRIFT_MS = 20;
	SessionMismatchError = class extends CorruptFileError {
		expected;
		found;
		constructor(path, found, expected) {
			super(path, `belongs to session ${found}, not ${expected} (a session directory copied or renamed by hand? copy sessions with fork)`);
			this.name = "SessionMismatchError";
			this.expected = expected;
			this.found = found;
		}
	};
	NO_NODES = [];
	NO_IDS = [];
	FileIndex = class {
		byPath = /* @__PURE__ */ new Map();
		resolved = /* @__PURE__ */ new Map();
		constructor(cwd) {
			this.cwd = cwd;
		}
		/** The absolute form of a recorded path (memoized: sessions read the same files over and over). */
		key(path) {
			let abs = this.resolved.get(path);
			if (abs === void 0) {
				abs = (0, node_path.resolve)(this.cwd, path);
				this.resolved.set(path, abs);
			}
			return abs;
		}
		add(node) {
			if (node.files === null) return;
			for (const path in node.files) {
				const k = this.key(path);
				const list = this.byPath.get(k);
				if (list === void 0) this.byPath.set(k, [node]);
				else if (list[list.length - 1] !== node) list.push(node);
			}
		}
		/** Paths a cell's snapshot gained after it was indexed (a completion that named what it read). */
		addPaths(node, paths) {
			for (const path of paths) {
				const k = this.key(path);
				const list = this.byPath.get(k);
				if (list === void 0) this.byPath.set(k, [node]);
				else if (!list.includes(node)) list.push(node);
			}
		}
		readers(path) {
			return this.byPath.get(this.key(path)) ?? [];
		}
		paths() {
			return this.byPath.keys();
		}
	};
	MinHeap = class {
		items;
		size = 0;
		constructor(capacity) {
			this.items = new Int32Array(Math.max(1, capacity));
		}
		push(value) {
			const a = this.items;
			let i = this.size++;
			while (i > 0) {
				const parent = i - 1 >> 1;
				const p = a[parent];
				if (p <= value) break;
				a[i] = p;
				i = parent;
			}
			a[i] = value;
		}
		pop() {
			const a = this.items;
			const top = a[0];
			const last = a[--this.size];
			let i = 0;
			for (;;) {
				const l = 2 * i + 1;
				if (l >= this.size) break;
				const r = l + 1;
				const c = r < this.size && a[r] < a[l] ? r : l;
				if (a[c] >= last) break;
				a[i] = a[c];
				i = c;
			}
			if (this.size > 0) a[i] = last;
			return top;
		}
	};
	CellGraph = class {
		nodes = /* @__PURE__ */ new Map();
		/** The latest file mark per absolute path (see file-marks.ts). */
		fileMarks = /* @__PURE__ */ new Map();
		byKey = [];
		backward = 0;
		waiting = /* @__PURE__ */ new Map();
		order = null;
		positioned = false;
		files = null;
		epoch = 0;
		constructor(cwd) {
			this.cwd = cwd;
		}
		get size() {
			return this.nodes.size;
		}
		/** A fresh mark for one traversal (see reachable.ts). */
		nextEpoch() {
			return ++this.epoch;
		}
		/** Adds a cell; false when the id is already there (duplicates are ignored, first wins). */
		add(node) {
			if (this.nodes.has(node.id)) return false;
			this.nodes.set(node.id, node);
			insertSorted(this.byKey, node);
			for (const dep of node.deps) this.link(dep, node);
			const waiters = this.waiting.get(node.id);
			if (waiters !== void 0) {
				this.waiting.delete(node.id);
				for (const w of waiters) this.link(node.id, w);
			}
			this.files?.add(node);
			this.changed();
			return true;
		}
		/**
		* Load many cells into an empty graph at once (index.json, rebuild). `sorted` must be in
		* (created_at, cell_id) order with unique ids. Same result as `add` one by one, but
		* every adjacency array is allocated at its exact size: at 100,000 cells the slack of
		* growing arrays by push is tens of megabytes. A node may arrive with `dependents`
		* already set (index.json records them): when they are exactly the ones the edges give,
		* that array is kept instead of building an equal one.
		*/
		bulkLoad(sorted) {
			if (this.nodes.size > 0) throw new Error("bulkLoad needs an empty graph");
			const nodes = this.nodes;
			this.byKey = sorted;
			for (let i = 0; i < sorted.length; i++) {
				const n = sorted[i];
				nodes.set(n.id, n);
				n.rank = 0;
				n.pos = i;
			}
			for (const n of sorted) {
				const deps = n.deps;
				const k = deps.length;
				if (k === 0) continue;
				const depNodes = new Array(k);
				let found = 0;
				for (let i = 0; i < k; i++) {
					const id = deps[i];
					const d = nodes.get(id);
					if (d === void 0) this.waitFor(id, n);
					else {
						depNodes[found++] = d;
						d.rank++;
					}
				}
				if (found === 0) continue;
				if (found < k) depNodes.length = found;
				n.depNodes = depNodes;
			}
			for (const n of sorted) for (const d of n.depNodes) {
				let list = d.dependentNodes;
				if (list.length === 0) {
					list = d.dependentNodes = new Array(d.rank);
					d.rank = 0;
				}
				list[d.rank++] = n;
				if (d.pos >= n.pos) this.backward++;
			}
			for (const n of sorted) {
				n.rank = -1;
				n.pos = -1;
				const dn = n.dependentNodes;
				if (dn.length === 0) n.dependents = NO_IDS;
				else if (!sameIds(n.dependents, dn)) n.dependents = dn.map((x) => x.id);
			}
			this.changed();
		}
		/** Records "`id` depends on `dep`"; false when already recorded. */
		addEdge(id, dep) {
			const node = this.nodes.get(id);
			if (node === void 0 || node.deps.includes(dep)) return false;
			node.deps.push(dep);
			this.link(dep, node);
			this.changed();
			return true;
		}
		setStatus(id, status, reason) {
			const node = this.nodes.get(id);
			if (node === void 0) return;
			node.status = status;
			node.reason = reason;
		}
		/** Recorded hashes for the files a cell read: new hashes after a re-run, or paths learnt at completion. */
		setFiles(id, files) {
			const node = this.nodes.get(id);
			if (node === void 0) return;
			const added = Object.keys(files).filter((p) => node.files === null || !(p in node.files));
			node.files = {
				...node.files ?? {},
				...files
			};
			if (added.length > 0) this.files?.addPaths(node, added);
		}
		/** Cells in (created_at, cell_id) order. */
		inKeyOrder() {
			return this.byKey;
		}
		/** Topological order (see the file header); cached until the structure changes. */
		executionOrder() {
			return this.ordered().ids;
		}
		executionNodes() {
			return this.ordered().nodes;
		}
		/** Cycles present in the graph (only possible for graphs rebuilt from foreign files). */
		cycles() {
			return this.ordered().cycles;
		}
		/** 0-based position in the execution order, -1 for a cell on or behind a cycle. */
		positionOf(node) {
			if (!this.positioned) {
				for (const n of this.byKey) n.pos = -1;
				this.executionNodes().forEach((n, i) => {
					n.pos = i;
				});
				this.positioned = true;
			}
			return node.pos;
		}
		/**
		* The ids of `nodes` in execution order (cells on a cycle dropped). When `marked` is
		* given, `nodes` are exactly the nodes carrying that traversal mark.
		*/
		sortByExecution(nodes, marked) {
			const order = this.executionNodes();
			if (marked !== void 0 && nodes.length * 16 >= order.length) {
				const out = [];
				for (const n of order) if (n.mark === marked) out.push(n.id);
				return out;
			}
			if (this.backward === 0) return [...nodes].sort(compareNodes).map((n) => n.id);
			return nodes.filter((n) => this.positionOf(n) >= 0).sort((a, b) => a.pos - b.pos).map((n) => n.id);
		}
		fileIndex() {
			if (this.files === null) {
				this.files = new FileIndex(this.cwd);
				for (const node of this.byKey) this.files.add(node);
			}
			return this.files;
		}
		ordered() {
			if (this.order === null) if (this.backward === 0) {
				const nodes = this.byKey.slice();
				this.order = {
					nodes,
					ids: nodes.map((n) => n.id),
					cycles: []
				};
			} else {
				const { order, complete } = topoOrder(this.byKey);
				const placed = new Set(order);
				const rest = complete ? [] : this.byKey.filter((n) => !placed.has(n));
				this.order = {
					nodes: order,
					ids: order.map((n) => n.id),
					cycles: rest.length > 0 ? findCycles(rest, this.nodes) : []
				};
			}
			return this.order;
		}
		link(depId, node) {
			const dep = this.nodes.get(depId);
			if (dep === void 0) {
				this.waitFor(depId, node);
				return;
			}
			if (node.depNodes.length === 0) node.depNodes = [dep];
			else node.depNodes.push(dep);
			insertDependent(dep, node);
			if (compareNodes(dep, node) >= 0) this.backward++;
		}
		waitFor(depId, node) {
			const list = this.waiting.get(depId);
			if (list === void 0) this.waiting.set(depId, [node]);
			else list.push(node);
		}
		changed() {
			this.order = null;
			this.positioned = false;
		}
	};
	TYPES$1 = new Set(CELL_TYPES);
	STATUSES$1 = new Set(CELL_STATUSES);
	TYPES = new Set(CELL_TYPES);
	STATUSES = new Set(CELL_STATUSES);
	isIdArray = (v) => Array.isArray(v) && v.every(isCellId);
	isStrArray = (v) => Array.isArray(v) && v.every((x) => typeof x === "string");
	HEAD_BYTES = 512;
	APPEND = node_fs.constants.O_RDWR | node_fs.constants.O_APPEND;
	JOURNAL_FILE$1 = "index.journal.jsonl";
	CELLS_LOCK = ".cells.lock";
	MARKS_FILE = "marks.jsonl";
	WRITERS_FILE = "writers.json";
	PROMOTED_FILE = "promoted.json";
	CELL_FILE = /^cell_[0-9a-f]{8}\.json$/;
	DiskView = class {
		graph;
		gen = 0;
		/** Journal lines skipped because they did not parse (a writer killed mid-line, damage). */
		corruptLines = 0;
		/**
		* Loaded from disk (not handed over) or reloaded from a journal put back: the store then
		* looks once for cell files the index does not know (repair.ts `indexStray`).
		*/
		strayCheck;
		cursor = null;
		indexStamp = null;
		constructor(paths, sessionId, cwd, preset) {
			this.paths = paths;
			this.sessionId = sessionId;
			this.cwd = cwd;
			this.strayCheck = preset === void 0;
			if (preset === void 0) this.reloadIndex();
			else {
				this.graph = preset.graph;
				this.gen = preset.gen;
				this.indexStamp = statOrNull(this.paths.index);
			}
			this.refresh();
		}
		/**
		* Catch up with the disk. `strict` (writers, under the lock) also notices an index.json
		* replaced while the journal stayed put: a compaction that crashed between writing the
		* index and replacing the journal. Appending to that journal would lose the lines.
		*/
		refresh(strict = false) {
			if (strict && !sameStamp(statOrNull(this.paths.index), this.indexStamp)) this.reloadIndex();
			for (let attempt = 0; attempt < 20; attempt++) {
				const st = statOrNull(this.paths.journal);
				if (st === null) {
					if (sameStamp(statOrNull(this.paths.index), this.indexStamp)) return;
					this.reloadIndex();
					continue;
				}
				if (this.cursor !== null && sameFile(st, this.cursor)) return;
				if (this.cursor !== null && (st.ino !== this.cursor.ino || st.size < this.cursor.offset)) {
					this.strayCheck = true;
					this.reloadIndex();
					continue;
				}
				const outcome = this.readJournal();
				if (outcome === "done") return;
				if (outcome === "ahead") this.reloadIndex();
				if (outcome === "behind") {
					if (sameStamp(statOrNull(this.paths.index), this.indexStamp)) return;
					this.reloadIndex();
				}
			}
			throw new CorruptFileError(this.paths.journal, `journal continues a newer index than ${this.paths.index}`);
		}
		/** Apply what we just appended under the lock; falls back to a refresh if others wrote in between. */
		applyOwn(appended, entries) {
			const c = this.cursor;
			if (c !== null && this.gen === appended.gen && c.token === appended.token && c.offset === appended.start) {
				for (const e of entries) applyEntry(this.graph, e);
				this.cursor = appended.cursor;
			} else this.refresh();
		}
		/** Adopt a graph just written as index generation `gen` with an empty journal. */
		replace(graph, gen) {
			this.graph = graph;
			this.gen = gen;
			this.cursor = null;
			this.indexStamp = statOrNull(this.paths.index);
			this.refresh();
		}
		readJournal() {
			let fd;
			try {
				fd = openNoFollow(this.paths.journal, node_fs.constants.O_RDONLY);
			} catch (err) {
				if (err.code === "ENOENT") return "gone";
				throw err;
			}
			try {
				const r = readJournalFd(fd, this.cursor);
				if (r.header === null && r.cursor.size > 0) throw new CorruptFileError(this.paths.journal, "no journal header: the journal is damaged");
				if (r.header === null || r.header.gen < this.gen) {
					this.cursor = {
						...r.cursor,
						offset: r.cursor.size
					};
					return r.header === null ? "done" : "behind";
				}
				if (r.header.gen > this.gen) return "ahead";
				for (const e of r.entries) applyEntry(this.graph, e);
				this.corruptLines += r.corrupt;
				this.cursor = r.cursor;
				return "done";
			} finally {
				(0, node_fs.closeSync)(fd);
			}
		}
		reloadIndex() {
			this.indexStamp = statOrNull(this.paths.index);
			if (this.indexStamp === null && indexLost(this.paths)) throw new CorruptFileError(this.paths.index, "missing while the session has cells: rebuilt from the cell files");
			const { gen, graph } = readIndex(this.paths.index, this.sessionId, this.cwd);
			this.graph = graph;
			this.gen = gen;
			this.cursor = null;
		}
	};
	CellExistsError = class extends RlmError {
		cellId;
		constructor(cellId, where) {
			super("ERR_RLM_CELL_EXISTS", `cell ${cellId} already exists in ${where}`, { hint: "omit cellId to get a fresh random id" });
			this.name = "CellExistsError";
			this.cellId = cellId;
		}
	};
	CHUNK_BYTES = 1 << 20;
	BATCH = 500;
	MAX_ID_ATTEMPTS = 32;
	SLACK_MS = 2e3;
	CELLS_INTENT = { cells: 1 };
	DiskHashes = class {
		memo = /* @__PURE__ */ new Map();
		constructor(cwd) {
			this.cwd = cwd;
		}
		get(path) {
			const abs = (0, node_path.resolve)(this.cwd, path);
			let h = this.memo.get(abs);
			if (h === void 0) {
				h = hashFile$1(abs);
				this.memo.set(abs, h);
			}
			return h;
		}
		/** Drop every memoized hash: an executor that just ran may have written files. */
		forget() {
			this.memo.clear();
		}
	};
	BRAND = Symbol.for("@rlm/cells.executor-output");
	ReplayError = class extends RlmError {
		constructor(message, hint) {
			super("ERR_RLM_REPLAY", message, hint === void 0 ? {} : { hint });
			this.name = "ReplayError";
		}
	};
	RANGE = /^\s*(\d+)\s*(?:-\s*(\d+)\s*)?$/;
	CellStore = class {
		/** @internal */
		constructor(ctx) {
			this.ctx = ctx;
		}
		get sessionId() {
			return this.ctx.sessionId;
		}
		get sessionPath() {
			return this.ctx.paths.sessionPath;
		}
		get cellsDir() {
			return this.ctx.paths.dir;
		}
		create(spec) {
			return createCells(this.ctx, [spec])[0];
		}
		/** Many cells in one call (one journal append per 500): for migrations and imports. */
		createMany(specs) {
			return createCells(this.ctx, specs);
		}
		complete(cellId, outcome) {
			return completeCell(this.ctx, cellId, outcome);
		}
		/** Complete only if the cell file still says `pending`; null otherwise (orphan sweeps). */
		completeIfPending(cellId, outcome) {
			return completeIfPending(this.ctx, cellId, outcome);
		}
		/** Merge into the cell's `metadata` (status, output and key untouched). */
		updateMetadata(cellId, patch) {
			return updateMetadata(this.ctx, cellId, patch);
		}
		/** Ids of the cells promoted to the memory database (`metadata.promoted_to_db`), in promotion order. */
		promoted() {
			return promoted(this.ctx);
		}
		/** The id of the cell created with `key` (CreateCellSpec.key), or null. */
		findKey(key) {
			return findKey(this.ctx, key);
		}
		/** The cell that last wrote `path` (CompleteCellOptions.writes), or null. */
		lastWriter(path) {
			return lastWriter(this.ctx, path);
		}
		/** `path` changed outside any cell: its readers (other content recorded) and their dependents become stale. Returns the new hash. */
		fileChanged(path) {
			return fileChanged(this.ctx, path);
		}
		/**
		* The cell file as stored, without loading the index: its status does not show stale
		* marks made since it was written (use `get` for that), and `dependents` is a snapshot.
		*/
		getStored(cellId) {
			return readCell(this.ctx.paths, cellId);
		}
		get(cellId) {
			return getCell(this.ctx, cellId);
		}
		/** Whether the index knows the cell. */
		has(cellId) {
			return ensureView(this.ctx).graph.nodes.has(cellId);
		}
		get size() {
			return ensureView(this.ctx).graph.size;
		}
		list(filter) {
			return listCells(this.ctx, filter);
		}
		/**
		* Cells `offset` to `offset + limit` of the execution order, filtered, with counts: a
		* summary is built only for the page (list() builds one per cell).
		*/
		executionPage(filter = {}, offset = 0, limit = Number.POSITIVE_INFINITY) {
			return executionPage(this.ctx, filter, offset, limit);
		}
		/** Summaries of the cells `cellIds` that the index knows, in that order (unknown ids skipped). */
		summaries(cellIds) {
			return summaries(this.ctx, cellIds);
		}
		addDependency(cellId, dependencyId) {
			return addDependency(this.ctx, cellId, dependencyId);
		}
		executionOrder() {
			return executionOrder(this.ctx);
		}
		roots() {
			return roots(this.ctx);
		}
		leaves() {
			return leaves(this.ctx);
		}
		dependencyChain(cellId) {
			return dependencyChain(this.ctx, cellId);
		}
		dependents(cellId, options = {}) {
			return dependentsOf(this.ctx, cellId, options.transitive === true);
		}
		invalidate(target) {
			return invalidate(this.ctx, target);
		}
		replay(selection, executors, options) {
			return replay(this.ctx, selection, executors, options);
		}
		/** Fold the journal into index.json now (hooks call this on Stop). */
		flush() {
			return locked(this.ctx, () => compactLocked(this.ctx));
		}
		/** Reconstruct index.json from the cell files, reporting what did not add up. */
		rebuild() {
			return locked(this.ctx, () => rebuildLocked(this.ctx));
		}
		/** The index document as `flush()` would write it now (without writing it). */
		index() {
			const view = ensureView(this.ctx);
			return indexDocument(view.graph, this.ctx.sessionId, view.gen, Date.now() / 1e3);
		}
	};
	BLOCK = 4096;
	DEFAULT_AUTO_FLUSH_BYTES = 1 << 20;
	origins = /* @__PURE__ */ new WeakMap();
}));
//#endregion
//#region ../../packages/cells/dist/index.mjs
var init_dist$1 = __esmMin((() => {
	init_open_cells_Dsq_lmYg();
}));
//#endregion
//#region ../../packages/migrate/dist/index.mjs
var dist_exports = /* @__PURE__ */ __exportAll({
	BACKUP_DIR: () => BACKUP_DIR,
	BACKUP_MANIFEST: () => BACKUP_MANIFEST,
	LEGACY_ROOTS: () => LEGACY_ROOTS,
	MIGRATE_TOOL: () => MIGRATE_TOOL,
	MigrateUsageError: () => MigrateUsageError,
	MigrationError: () => MigrationError,
	RUN_ID_PATTERN: () => RUN_ID_PATTERN,
	discoverLegacy: () => discoverLegacy,
	indexTranscripts: () => indexTranscripts,
	listRuns: () => listRuns,
	loadSession: () => loadSession,
	mapSession: () => mapSession,
	migrate: () => migrate,
	migratedCellIds: () => migratedCellIds,
	parseIsoSeconds: () => parseIsoSeconds,
	parseLenientJson: () => parseLenientJson,
	planMigration: () => planMigration,
	readGlobals: () => readGlobals,
	repairJson: () => repairJson,
	resolveClaudeDir: () => resolveClaudeDir,
	resolveLegacyDirs: () => resolveLegacyDirs,
	rollback: () => rollback,
	salvageFlatJson: () => salvageFlatJson,
	toBool: () => toBool,
	toCount: () => toCount,
	toEpoch: () => toEpoch,
	toInt: () => toInt,
	toNumber: () => toNumber,
	transcriptCwd: () => transcriptCwd,
	verifyMigration: () => verifyMigration
});
/** Where Claude Code keeps its transcripts: `<claude dir>/projects/<sanitized cwd>/<session_id>.jsonl`. */
function resolveClaudeDir(options = {}) {
	const fromEnv = (options.env ?? process.env).CLAUDE_CONFIG_DIR?.trim();
	return (0, node_path.resolve)(options.claudeDir ?? (fromEnv ? fromEnv : (0, node_path.join)(options.home ?? (0, node_os.homedir)(), ".claude")));
}
/**
* The `cwd` of a Claude Code transcript: the first line (within the first megabyte) that
* parses and carries a string `cwd`. Metadata lines carry none; unparsable lines are
* skipped (a transcript's last line may be torn). Null when none is found or unreadable.
*/
function transcriptCwd(path) {
	let fd;
	try {
		fd = (0, node_fs.openSync)(path, "r");
	} catch {
		return null;
	}
	try {
		const buf = Buffer.alloc(CHUNK$1);
		const decoder = new node_string_decoder.StringDecoder("utf8");
		let pending = "";
		let read = 0;
		while (read < LIMIT) {
			const n = (0, node_fs.readSync)(fd, buf, 0, CHUNK$1, read);
			if (n === 0) break;
			read += n;
			const lines = (pending + decoder.write(buf.subarray(0, n))).split("\n");
			pending = lines.pop() ?? "";
			for (const line of lines) {
				const cwd = lineCwd(line);
				if (cwd !== null) return cwd;
			}
		}
		return lineCwd(pending);
	} catch {
		return null;
	} finally {
		(0, node_fs.closeSync)(fd);
	}
}
function lineCwd(line) {
	if (!line.includes("\"cwd\"")) return null;
	try {
		const v = JSON.parse(line);
		return typeof v?.cwd === "string" && v.cwd !== "" ? v.cwd : null;
	} catch {
		return null;
	}
}
function listSafe(dir) {
	try {
		return (0, node_fs.readdirSync)(dir).sort();
	} catch {
		return [];
	}
}
/**
* Index Claude Code's transcripts by session id. The project folder names are a lossy
* encoding of the session's cwd, never decoded: the cwd is read from the transcript's lines.
*/
function indexTranscripts(claudeDir) {
	const projectsDir = (0, node_path.join)(claudeDir, "projects");
	const byId = /* @__PURE__ */ new Map();
	const projects = listSafe(projectsDir);
	for (const project of projects) for (const name of listSafe((0, node_path.join)(projectsDir, project))) {
		if (!name.endsWith(".jsonl")) continue;
		const id = name.slice(0, -6);
		if (!isSessionId(id)) continue;
		const path = (0, node_path.join)(projectsDir, project, name);
		let mtimeMs;
		try {
			const st = (0, node_fs.statSync)(path);
			if (!st.isFile()) continue;
			mtimeMs = st.mtimeMs;
		} catch {
			continue;
		}
		const list = byId.get(id) ?? [];
		list.push({
			path,
			mtimeMs
		});
		byId.set(id, list);
	}
	return {
		projectsDir,
		present: projects.length > 0,
		find(sessionId) {
			const list = byId.get(sessionId);
			if (!list) return null;
			const [newest, ...rest] = [...list].sort((a, b) => b.mtimeMs - a.mtimeMs || (a.path < b.path ? -1 : 1));
			return {
				path: newest.path,
				cwd: transcriptCwd(newest.path),
				others: rest.map((r) => r.path)
			};
		}
	};
}
/** Absolute legacy folders: each explicit folder wins, then `--legacy-dir`, then `~/.claude`. */
function resolveLegacyDirs(options = {}) {
	const base = (0, node_path.resolve)(options.legacyDir ?? (0, node_path.join)(options.home ?? (0, node_os.homedir)(), ".claude"));
	return {
		"rlm-state": (0, node_path.resolve)(options.stateDir ?? (0, node_path.join)(base, "rlm-state")),
		"rlm-externalized": (0, node_path.resolve)(options.externalizedDir ?? (0, node_path.join)(base, "rlm-externalized")),
		"rlm-trajectories": (0, node_path.resolve)(options.trajectoriesDir ?? (0, node_path.join)(base, "rlm-trajectories"))
	};
}
/**
* A legacy reference is `<root>/<relative path>` (`rlm-state/abc.json`): stable across
* machines, used in reports, backups and a session's `legacy/` folder.
*/
function legacyRef(root, relPath) {
	return `${root}/${relPath.split(node_path.sep).join("/")}`;
}
function splitRef(ref) {
	if (LEGACY_ROOTS.includes(ref)) return {
		root: ref,
		rel: ""
	};
	const slash = ref.indexOf("/");
	const root = ref.slice(0, slash);
	const rel = ref.slice(slash + 1);
	const escapes = (0, node_path.normalize)(rel).split(/[\\/]/)[0] === "..";
	if (!LEGACY_ROOTS.includes(root) || slash < 0 || (0, node_path.isAbsolute)(rel) || escapes || rel === "") throw new Error(`not a legacy reference: ${ref}`);
	return {
		root,
		rel
	};
}
/** Absolute path of a legacy reference (a bare root name is the folder itself). */
function refPath(dirs, ref) {
	const { root, rel } = splitRef(ref);
	return (0, node_path.join)(dirs[root], rel);
}
function classifyStateName(name) {
	if (name === "context.json") return { kind: "global-context" };
	if (name === "session-metadata.json") return { kind: "session-metadata" };
	if (name === "current-transcript.jsonl") return { kind: "current-transcript" };
	if (name === "activation.json") return { kind: "activation" };
	if (name.endsWith(".tmp")) return { kind: "leftover" };
	if (name.startsWith("file-access-") && name.endsWith(".jsonl")) return {
		kind: "file-access",
		id: name.slice(12, -6)
	};
	if (name.endsWith("_context.json")) return {
		kind: "context",
		id: name.slice(0, -13)
	};
	if (name.endsWith(".json")) return {
		kind: "state",
		id: name.slice(0, -5)
	};
	return { kind: "unknown" };
}
/**
* The session a `*.tmp` crash leftover belongs to: the longest known id the name starts
* with, followed by `.` or `_`. Covers the old writers' names: `<id>.json.tmp`,
* `<id>.json.<x>.tmp`, and mkstemp's `<id>_context_<random>.tmp` / `<id>_<random>.tmp`.
*/
function leftoverOwner(name, ids) {
	let best = null;
	for (const id of ids) {
		if (!name.startsWith(id) || best !== null && best.length >= id.length) continue;
		const next = name[id.length];
		if (next === "." || next === "_") best = id;
	}
	return best;
}
/**
* Split JSON text into tokens. A string cut off by the end of the text yields `partial`;
* any character that cannot start a token yields `bad`. Both end the scan.
*/
function* jsonTokens(s) {
	const n = s.length;
	let i = 0;
	for (;;) {
		while (i < n && WS.test(s[i])) i++;
		if (i >= n) return;
		const c = s[i];
		if (PUNCT.has(c)) {
			yield {
				type: c,
				start: i,
				end: i + 1
			};
			i++;
		} else if (c === "\"") {
			let j = i + 1;
			while (j < n && s[j] !== "\"") j += s[j] === "\\" ? 2 : 1;
			if (j >= n) {
				yield {
					type: "partial",
					start: i,
					end: n
				};
				return;
			}
			yield {
				type: "string",
				start: i,
				end: j + 1
			};
			i = j + 1;
		} else if (LITERAL.test(c)) {
			let j = i;
			while (j < n && LITERAL.test(s[j])) j++;
			yield {
				type: j >= n ? "partial" : "literal",
				start: i,
				end: j
			};
			if (j >= n) return;
			i = j;
		} else {
			yield {
				type: "bad",
				start: i,
				end: i + 1
			};
			return;
		}
	}
}
/** Python's json.dump writes NaN / Infinity, which JSON.parse refuses: read them as null. */
function replacePythonLiterals(text) {
	let out = "";
	let from = 0;
	for (const t of jsonTokens(text)) if (t.type === "literal" && PY_LITERALS.has(text.slice(t.start, t.end))) {
		out += `${text.slice(from, t.start)}null`;
		from = t.end;
	}
	return from === 0 ? null : out + text.slice(from);
}
/**
* Cut a damaged document back to its last complete record: the top-level fields and the
* whole entries of top-level lists and maps (never half an entry, so a truncated tool
* output is dropped rather than kept without its content). Also drops trailing data
* after a complete document. Null when the text is not a cut-off or over-long document.
*/
function repairJson(text) {
	const stack = [];
	let safe = null;
	const markSafe = (pos) => {
		safe = {
			pos,
			closers: [...stack].reverse().map((f) => f.array ? "]" : "}").join("")
		};
	};
	let topEnd = -1;
	const valueDone = (end) => {
		if (stack.length === 0) topEnd = end;
		else if (stack.length <= 2) markSafe(end);
	};
	for (const t of jsonTokens(text)) {
		const top = stack[stack.length - 1];
		if (t.type === "{" || t.type === "[") {
			stack.push({
				array: t.type === "[",
				expectKey: t.type === "{"
			});
			if (stack.length === 1) markSafe(t.end);
		} else if (t.type === "}" || t.type === "]") {
			if (!top || top.array !== (t.type === "]")) return null;
			stack.pop();
			valueDone(t.end);
		} else if (t.type === ",") {
			if (top && !top.array) top.expectKey = true;
		} else if (t.type === "string") if (top && !top.array && top.expectKey) top.expectKey = false;
		else valueDone(t.end);
		else if (t.type === "literal") valueDone(t.end);
		else if (t.type === "bad") return null;
		if (topEnd >= 0) break;
		if (t.type === "partial") break;
	}
	if (topEnd >= 0) {
		if (text.slice(topEnd).trim() === "") return null;
		return {
			text: text.slice(0, topEnd),
			repair: `trailing data after the JSON document (from character ${topEnd}) ignored`
		};
	}
	const cut = safe;
	if (stack.length === 0 || cut === null) return null;
	return {
		text: text.slice(0, cut.pos) + cut.closers,
		repair: `truncated JSON: kept the complete entries before character ${cut.pos} of ${text.length}, the rest could not be read`
	};
}
/**
* Parse legacy JSON as far as it can be read: valid JSON as is; Python NaN/Infinity as
* null; a truncated or over-long document cut back to its last complete record.
*/
function parseLenientJson(text) {
	if (text.trim() === "") return {
		ok: false,
		reason: "empty file"
	};
	let firstError;
	try {
		return {
			ok: true,
			value: JSON.parse(text),
			repairs: []
		};
	} catch (err) {
		firstError = err.message;
	}
	const repairs = [];
	let current = text;
	const py = replacePythonLiterals(current);
	if (py !== null) {
		current = py;
		repairs.push("Python NaN/Infinity values read as null");
		try {
			return {
				ok: true,
				value: JSON.parse(current),
				repairs
			};
		} catch {}
	}
	const fixed = repairJson(current);
	if (fixed !== null) try {
		return {
			ok: true,
			value: JSON.parse(fixed.text),
			repairs: [...repairs, fixed.repair]
		};
	} catch {}
	return {
		ok: false,
		reason: `invalid JSON: ${firstError}`
	};
}
function warn(sink, source, message) {
	sink.push({
		source,
		level: "warning",
		message
	});
}
function note(sink, source, message) {
	sink.push({
		source,
		level: "info",
		message
	});
}
/** Read a legacy file without ever failing: problems go to `sink`, the file's kind says what was there. */
function readLegacyFile(dirs, ref, sink) {
	const path = refPath(dirs, ref);
	let linkTarget = null;
	try {
		const st = (0, node_fs.lstatSync)(path);
		if (st.isSymbolicLink()) {
			linkTarget = (0, node_fs.readlinkSync)(path);
			try {
				if (!(0, node_fs.statSync)(path).isFile()) {
					warn(sink, ref, `symlink to ${linkTarget}, which is not a regular file; not read`);
					return {
						ref,
						kind: "unreadable",
						bytes: null,
						linkTarget
					};
				}
			} catch {
				warn(sink, ref, `dangling symlink to ${linkTarget}; nothing to read`);
				return {
					ref,
					kind: "dangling-symlink",
					bytes: null,
					linkTarget
				};
			}
			note(sink, ref, `symlink to ${linkTarget}; its content was read`);
		} else if (!st.isFile()) {
			warn(sink, ref, "not a regular file; not read");
			return {
				ref,
				kind: "unreadable",
				bytes: null,
				linkTarget
			};
		}
		return {
			ref,
			kind: linkTarget === null ? "file" : "symlink",
			bytes: (0, node_fs.readFileSync)(path),
			linkTarget
		};
	} catch (err) {
		if (err.code === "ENOENT") {
			warn(sink, ref, "disappeared while the migration ran");
			return {
				ref,
				kind: "missing",
				bytes: null,
				linkTarget
			};
		}
		warn(sink, ref, `cannot be read: ${err.message}`);
		return {
			ref,
			kind: "unreadable",
			bytes: null,
			linkTarget,
			readError: err.message
		};
	}
}
/**
* Bytes → text. Invalid UTF-8 is decoded with U+FFFD replacement and reported (the raw
* bytes are kept in the backup and under the session's `legacy/`); a BOM is dropped.
*/
function decodeLegacyText(bytes, ref, sink) {
	if (!(0, node_buffer.isUtf8)(bytes)) warn(sink, ref, "not valid UTF-8: decoded with U+FFFD replacement characters (raw bytes kept verbatim)");
	const text = bytes.toString("utf8");
	return text.charCodeAt(0) === 65279 ? text.slice(1) : text;
}
/** True when the file starts with `"session_id": "<id>"`: a session state, whatever follows. */
function startsWithOwnId(path, id) {
	let fd = null;
	try {
		fd = (0, node_fs.openSync)(path, "r");
		const head = Buffer.alloc(512);
		const n = (0, node_fs.readSync)(fd, head, 0, head.length, 0);
		const m = LEADING_ID.exec(head.toString("utf8", 0, n).replace(/^\uFEFF/, ""));
		return m !== null && JSON.parse(m[1]) === id;
	} catch {
		return false;
	} finally {
		if (fd !== null) (0, node_fs.closeSync)(fd);
	}
}
/**
* Why `rlm-state/<id>.json` is not a session state, or null when it is (or may be). A file
* that parses but carries no `session_id`, or another one, is some other program's file
* (LEGACY.md); a damaged file that does not parse, or one that cannot be read, still counts
* as the session's state (its problems are reported when it is loaded). The old writer put
* `session_id` first, so a real state is recognised from its first bytes.
*/
function notSessionState(dirs, ref, id) {
	if (startsWithOwnId(refPath(dirs, ref), id)) return null;
	const file = readLegacyFile(dirs, ref, []);
	if (file.bytes === null) return null;
	const parsed = parseLenientJson(decodeLegacyText(file.bytes, ref, []));
	if (!parsed.ok || parsed.repairs.some((r) => !BENIGN_REPAIR.test(r))) return null;
	const v = parsed.value;
	const sid = v !== null && typeof v === "object" && !Array.isArray(v) ? v.session_id : void 0;
	if (sid === void 0 || sid === null) return "parses but carries no \"session_id\": not a session state; kept in the backup";
	if (String(sid) !== id) return `names session ${JSON.stringify(String(sid).slice(0, 80))}, not ${JSON.stringify(id)}: not this session's state; kept in the backup`;
	return null;
}
/**
* Every entry under one legacy folder, without following symlinks. Nothing found here
* stops the walk: what cannot be listed or named is reported in `skipped` and left
* alone, and an entry that vanishes while the walk runs (the old plugin may still be
* writing) is passed over. Empty when the folder is missing.
*/
function walkLegacyRoot(dirs, root) {
	const base = dirs[root];
	const skipped = [];
	try {
		if (!(0, node_fs.lstatSync)(base).isDirectory()) return {
			entries: [],
			skipped
		};
	} catch {
		return {
			entries: [],
			skipped
		};
	}
	const out = [{
		ref: root,
		type: "dir",
		size: 0
	}];
	const visit = (rel) => {
		let names;
		try {
			names = (0, node_fs.readdirSync)((0, node_path.join)(base, rel), { encoding: "buffer" });
		} catch (err) {
			const ref = rel === "" ? root : legacyRef(root, rel);
			const readError = err.message;
			skipped.push({
				ref,
				reason: `folder cannot be read (${readError}); left alone`,
				readError
			});
			return;
		}
		for (const raw of names) {
			const name = raw.toString("utf8");
			const childRel = rel === "" ? name : `${rel}/${name}`;
			const ref = legacyRef(root, childRel);
			if (!(0, node_buffer.isUtf8)(raw)) {
				skipped.push({
					ref,
					reason: "name is not valid UTF-8; left alone (not in the backup)"
				});
				continue;
			}
			let st;
			try {
				st = (0, node_fs.lstatSync)((0, node_path.join)(base, childRel));
			} catch {
				continue;
			}
			if (st.isSymbolicLink()) out.push({
				ref,
				type: "symlink",
				size: 0
			});
			else if (st.isDirectory()) {
				out.push({
					ref,
					type: "dir",
					size: 0
				});
				visit(childRel);
			} else if (st.isFile()) out.push({
				ref,
				type: "file",
				size: st.size
			});
			else skipped.push({
				ref,
				reason: "not a regular file (fifo, socket or device); left alone"
			});
		}
	};
	visit("");
	return {
		entries: out.sort((a, b) => a.ref < b.ref ? -1 : a.ref > b.ref ? 1 : 0),
		skipped
	};
}
/** The session whose id appears in a file name as a whole token (longest id wins). */
function ownerByName(name, sessions) {
	let best;
	for (const s of sessions.values()) {
		const at = name.indexOf(s.id);
		if (at < 0 || best && best.id.length >= s.id.length) continue;
		const before = name[at - 1];
		const after = name[at + s.id.length];
		const edge = (c) => c === void 0 || !/[A-Za-z0-9]/.test(c);
		if (edge(before) && edge(after)) best = s;
	}
	return best;
}
function idRefusal(id) {
	if (NOT_SESSION_IDS.has(id)) return `"${id}" is a shared legacy file name, not a session id`;
	const problem = sessionIdProblem(id);
	return problem === null ? null : `session id ${JSON.stringify(id.slice(0, 80))} ${problem}; not migrated`;
}
/**
* Find every legacy session and every other file under the three legacy folders, by name
* (only `<name>.json` files are opened, to tell a session state from another program's
* file). Ids that are not plain ids are reported, never used as paths.
*/
function discoverLegacy(dirs) {
	const sessions = /* @__PURE__ */ new Map();
	const unknown = [];
	const entries = [];
	const present = [];
	const globals = {
		context: null,
		sessionMetadata: null,
		currentTranscript: null,
		activation: null
	};
	const looseTrajectoryFiles = [];
	const tmpCandidates = [];
	const session = (id) => {
		let s = sessions.get(id);
		if (!s) {
			s = {
				id,
				state: null,
				context: null,
				fileAccess: null,
				leftovers: [],
				externalized: [],
				trajectories: []
			};
			sessions.set(id, s);
		}
		return s;
	};
	const claim = (id, ref, put) => {
		const refusal = idRefusal(id);
		if (refusal === null) put(session(id));
		else unknown.push({
			ref,
			reason: refusal
		});
	};
	for (const root of LEGACY_ROOTS) {
		const walked = walkLegacyRoot(dirs, root);
		unknown.push(...walked.skipped);
		if (walked.entries.length === 0) continue;
		present.push(root);
		entries.push(...walked.entries);
		for (const e of walked.entries) {
			if (e.ref === root) continue;
			const parts = e.ref.slice(root.length + 1).split("/");
			const name = parts[parts.length - 1];
			if (root === "rlm-externalized") {
				const id = parts[0];
				if (parts.length === 1) {
					if (e.type !== "dir") unknown.push({
						ref: e.ref,
						reason: "not inside a session folder"
					});
					else if (idRefusal(id) !== null) unknown.push({
						ref: e.ref,
						reason: idRefusal(id)
					});
				} else if (e.type !== "dir" && idRefusal(id) === null) session(id).externalized.push(e.ref);
				continue;
			}
			if (e.type === "dir") {
				if (parts.length === 1) unknown.push({
					ref: e.ref,
					reason: "unexpected folder; kept in the backup"
				});
				continue;
			}
			if (parts.length > 1) continue;
			if (root === "rlm-trajectories") {
				const m = SUMMARY.exec(name);
				if (m) claim(m[2], e.ref, (s) => s.trajectories.push(e.ref));
				else looseTrajectoryFiles.push(e.ref);
				continue;
			}
			const c = classifyStateName(name);
			if (c.kind === "global-context") globals.context = e.ref;
			else if (c.kind === "session-metadata") globals.sessionMetadata = e.ref;
			else if (c.kind === "current-transcript") globals.currentTranscript = e.ref;
			else if (c.kind === "activation") globals.activation = e.ref;
			else if (c.kind === "leftover") tmpCandidates.push(e.ref);
			else if (c.kind === "unknown") unknown.push({
				ref: e.ref,
				reason: "not a file the legacy plugin is known to write"
			});
			else if (c.kind === "state") {
				const other = idRefusal(c.id) === null ? notSessionState(dirs, e.ref, c.id) : null;
				if (other !== null) unknown.push({
					ref: e.ref,
					reason: other
				});
				else claim(c.id, e.ref, (s) => s.state = e.ref);
			} else if (c.kind === "context") claim(c.id, e.ref, (s) => s.context = e.ref);
			else if (c.kind === "file-access") claim(c.id, e.ref, (s) => s.fileAccess = e.ref);
		}
	}
	for (const ref of tmpCandidates) {
		const id = leftoverOwner(ref.slice(10), sessions.keys());
		const owner = id !== null && isSessionId(id) ? sessions.get(id) : void 0;
		if (owner) owner.leftovers.push(ref);
		else unknown.push({
			ref,
			reason: "temporary file left by an interrupted write; belongs to no session found"
		});
	}
	for (const ref of looseTrajectoryFiles) {
		const owner = ownerByName(ref.slice(17), sessions);
		if (owner) owner.trajectories.push(ref);
		else unknown.push({
			ref,
			reason: "neither a trajectory summary nor named after a session; kept in the backup"
		});
	}
	return {
		dirs,
		present,
		sessions: [...sessions.values()].sort((a, b) => a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
		globals,
		unknown,
		entries
	};
}
function fail(ctx, field, v, expected) {
	const shown = JSON.stringify(v)?.slice(0, 60) ?? String(v);
	warn(ctx.sink, `${ctx.source}#${field}`, `could not read ${shown} as ${expected}; left unset`);
	return null;
}
function toNumber(ctx, field, v) {
	if (absent(v)) return null;
	if (typeof v === "number" && Number.isFinite(v)) return v;
	if (typeof v === "string" && v.trim() !== "" && Number.isFinite(Number(v))) return Number(v);
	return fail(ctx, field, v, "a number");
}
/** A non-negative integer (counters, depths): floats with a fractional part are refused. */
function toCount(ctx, field, v) {
	const n = toNumber(ctx, field, v);
	if (n === null) return null;
	if (Number.isInteger(n) && n >= 0) return n;
	return fail(ctx, field, v, "a non-negative integer");
}
/** An integer that may be negative (exit codes). */
function toInt(ctx, field, v) {
	const n = toNumber(ctx, field, v);
	if (n === null) return null;
	return Number.isInteger(n) ? n : fail(ctx, field, v, "an integer");
}
function toBool(ctx, field, v) {
	if (absent(v)) return null;
	if (typeof v === "boolean") return v;
	if (typeof v === "number") return v !== 0;
	if (typeof v === "string") {
		const s = v.trim().toLowerCase();
		if (TRUE.has(s)) return true;
		if (FALSE.has(s)) return false;
	}
	return fail(ctx, field, v, "a boolean");
}
/** ISO 8601 or Python str(datetime) (no zone: read as UTC) → epoch seconds. */
function parseIsoSeconds(v) {
	const s = v.trim();
	if (!/^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?)?(Z|[+-]\d{2}:?\d{2})?$/.test(s)) return null;
	const hasZone = /(Z|[+-]\d{2}:?\d{2})$/.test(s.slice(10));
	const ms = Date.parse(s.replace(" ", "T") + (hasZone || s.length === 10 ? "" : "Z"));
	return Number.isFinite(ms) && ms >= 0 ? ms / 1e3 : null;
}
/** Epoch seconds from a number, a numeric string, or an ISO / str(datetime) string. */
function toEpoch(ctx, field, v) {
	if (absent(v)) return null;
	if (typeof v === "number" && Number.isFinite(v) && v >= 0) return v;
	if (typeof v === "string") {
		const s = v.trim();
		if (s !== "" && Number.isFinite(Number(s)) && Number(s) >= 0) return Number(s);
		const iso = parseIsoSeconds(s);
		if (iso !== null) return iso;
	}
	return fail(ctx, field, v, "a time");
}
/** A plain JSON object, or null (reported) for anything else. */
function toObject(ctx, field, v) {
	if (absent(v)) return null;
	if (typeof v === "object" && !Array.isArray(v)) return v;
	return fail(ctx, field, v, "an object");
}
function toStringOrNull(ctx, field, v) {
	if (v === void 0 || v === null) return null;
	if (typeof v === "string") return v;
	if (typeof v === "number" || typeof v === "boolean") return String(v);
	return fail(ctx, field, v, "a string");
}
function readScalar(raw) {
	try {
		return JSON.parse(raw);
	} catch {
		if (raw.length >= 2 && raw.startsWith("\"") && raw.endsWith("\"")) return raw.slice(1, -1);
		return;
	}
}
/**
* `session-metadata.json` was written by a shell heredoc without escaping, so a path
* holding a quote or a backslash makes it invalid JSON. Its shape is one `"key": value`
* per line: read it line by line. Null when no line looks like a pair.
*/
function salvageFlatJson(text) {
	const value = {};
	let unreadLines = 0;
	let pairs = 0;
	for (const line of text.split(/\r?\n/)) {
		const t = line.trim();
		if (t === "" || t === "{" || t === "}") continue;
		const m = PAIR.exec(line);
		const scalar = m ? readScalar(m[2]) : void 0;
		if (!m || scalar === void 0) {
			unreadLines++;
			continue;
		}
		value[m[1]] = scalar;
		pairs++;
	}
	return pairs === 0 ? null : {
		value,
		unreadLines
	};
}
/**
* Deterministic cell ids for migrated tool outputs: `cell_` + the first 8 hex digits of
* sha256("<session id>:<index>"), so a re-run or a resumed run produces the same tree.
* On the (rare) collision within a session, ":<n>" is appended until the id is free.
*/
function migratedCellIds(sessionId, count) {
	const taken = /* @__PURE__ */ new Set();
	const ids = [];
	for (let i = 0; i < count; i++) {
		let id = "";
		for (let n = 0; id === "" || taken.has(id); n++) {
			const seed = n === 0 ? `${sessionId}:${i}` : `${sessionId}:${i}:${n}`;
			id = `cell_${(0, node_crypto.createHash)("sha256").update(seed).digest("hex").slice(0, 8)}`;
		}
		taken.add(id);
		ids.push(id);
	}
	return ids;
}
/** Why a transcript path from the legacy records cannot be linked, or null when it is a regular file. */
function unusableTranscript(path) {
	if (!(0, node_path.isAbsolute)(path)) return "is not an absolute path";
	try {
		return (0, node_fs.statSync)(path).isFile() ? null : "is not a regular file";
	} catch (err) {
		const code = err.code;
		return code === "ENOENT" || code === "ENOTDIR" ? "does not exist" : `cannot be read (${code})`;
	}
}
/**
* The session's link to Claude Code: `cwd` and transcript path from `session-metadata.json`
* when it names the session (the legacy record wins), else from Claude Code's own transcript
* found on disk (its lines carry `cwd`). A recorded transcript path that is no longer a
* file (Claude Code deletes old transcripts) is not linked: the one found on disk is, if
* any. Says when no transcript was found.
*/
function claudeLink(s, sink, metadataCwd, recordedTranscript) {
	const found = s.transcript;
	const source = transcriptSource(s.id);
	const why = recordedTranscript === null ? null : unusableTranscript(recordedTranscript);
	if (why !== null) note(sink, s.metadata?.ref ?? source, `transcript_path ${recordedTranscript} ${why}: not linked${found === null ? "" : `; linked ${found.path}, found on disk`}`);
	const metadataTranscript = why === null ? recordedTranscript : null;
	if (found === null) {
		if (metadataTranscript === null) note(sink, source, "Claude Code's transcript of this session was not found: no transcript link");
		return {
			cwd: metadataCwd,
			transcript: metadataTranscript
		};
	}
	if (found.others.length > 0) note(sink, source, `also found at ${found.others.join(", ")}; linked the newest, ${found.path}`);
	if (metadataCwd === null && found.cwd === null) note(sink, source, `${found.path} has no line carrying "cwd": cwd left unset`);
	return {
		cwd: metadataCwd ?? found.cwd,
		transcript: metadataTranscript ?? found.path
	};
}
function sha256Hex(data) {
	return (0, node_crypto.createHash)("sha256").update(data).digest("hex");
}
/** The content of a legacy tool output entry: its `content`, or the entry itself when it is not an object. */
function toolOutputContent(entry) {
	if (entry !== null && typeof entry === "object" && !Array.isArray(entry)) return entry.content ?? null;
	return entry ?? null;
}
/** Text of a legacy value: strings as they are, anything else as JSON (null → ""). */
function contentText(v) {
	if (typeof v === "string") return v;
	if (v === void 0 || v === null) return "";
	return JSON.stringify(v);
}
/** Digest used to prove a value was carried over whole: sha256 of its text. */
function contentDigest(v) {
	return sha256Hex(contentText(v));
}
/**
* The legacy file-access log, lines kept as they are. A missing final newline is added so
* the hooks' later appends start on a line of their own; lines that are not JSON are kept
* and reported.
*/
function fileAccessLines(log, sink) {
	if (log === null) return {
		bytes: null,
		lines: []
	};
	const lines = log.bytes.toString("utf8").split("\n").filter((l) => l.trim() !== "");
	let unreadable = 0;
	for (const line of lines) try {
		JSON.parse(line);
	} catch {
		unreadable++;
	}
	if (unreadable > 0) warn(sink, log.ref, `${unreadable} of ${lines.length} line(s) are not JSON; kept as they are`);
	return {
		bytes: log.bytes[log.bytes.length - 1] === 10 ? log.bytes : Buffer.concat([log.bytes, Buffer.from("\n")]),
		lines
	};
}
/** When each file was first and last touched, from the legacy file-access log. */
function accessTimes(lines) {
	const out = /* @__PURE__ */ new Map();
	for (const line of lines) {
		let rec;
		try {
			rec = JSON.parse(line);
		} catch {
			continue;
		}
		const t = typeof rec?.timestamp === "string" ? parseIsoSeconds(rec.timestamp) : null;
		if (typeof rec?.file !== "string" || t === null) continue;
		const seen = out.get(rec.file);
		if (!seen) out.set(rec.file, {
			first: t,
			last: t
		});
		else {
			seen.first = Math.min(seen.first, t);
			seen.last = Math.max(seen.last, t);
		}
	}
	return out;
}
/** The cached files of a session: the state's `file_cache` first, then the context's `files`. */
function cachedFiles(state, context) {
	const out = /* @__PURE__ */ new Map();
	const fromState = state?.file_cache;
	const fromContext = context?.files;
	if (fromState && typeof fromState === "object" && !Array.isArray(fromState)) for (const [p, c] of Object.entries(fromState)) out.set(p, { content: c });
	if (fromContext && typeof fromContext === "object" && !Array.isArray(fromContext)) for (const [p, c] of Object.entries(fromContext)) {
		const seen = out.get(p);
		if (seen) seen.other = c;
		else out.set(p, { content: c });
	}
	return out;
}
/**
* `context.files`: one entry per cached path with `sha256:<hex>` and the UTF-8 size of the
* cached content; access times from the file-access log, else the session's own times.
*/
function mapFiles(source, sink, files, times, created, updated) {
	const out = {};
	for (const [path, { content, other }] of files) {
		if (path === "__proto__") {
			warn(sink, `${source}#files.${path}`, UNMAPPABLE_MESSAGE);
			continue;
		}
		const text = typeof content === "string" ? content : null;
		if (text === null) warn(sink, `${source}#files.${path}`, "cached content is not text; hash and size left unset");
		if (other !== void 0 && other !== content) warn(sink, `${source}#files.${path}`, "state and context cache different contents; hashed the state's (both kept under legacy/)");
		const t = times.get(path);
		out[path] = {
			hash: text === null ? null : `sha256:${sha256Hex(text)}`,
			size_bytes: text === null ? null : Buffer.byteLength(text, "utf8"),
			first_access: t?.first ?? created,
			last_access: t?.last ?? updated
		};
	}
	return out;
}
/**
* Every legacy tool output → a cell; the last 100 also → previews (≤ 1000 characters)
* pointing at their cell.
*/
function mapToolOutputs(ctx, sessionId, list, fallbackTime) {
	if (list === void 0 || list === null) return {
		cells: [],
		previews: []
	};
	if (!Array.isArray(list)) {
		warn(ctx.sink, `${ctx.source}#tool_outputs`, "not a list; no tool output could be read");
		return {
			cells: [],
			previews: []
		};
	}
	const ids = migratedCellIds(sessionId, list.length);
	const cells = list.map((entry, index) => {
		const field = `tool_outputs.${index}`;
		const obj = entry !== null && typeof entry === "object" && !Array.isArray(entry) ? entry : null;
		if (obj === null) warn(ctx.sink, `${ctx.source}#${field}`, "not an object; kept whole as the cell's content");
		else if (!("content" in obj)) warn(ctx.sink, `${ctx.source}#${field}.content`, "missing; the cell has no content");
		const { content: _content, ...fields } = obj ?? {};
		const toolName = toStringOrNull(ctx, `${field}.tool_name`, obj?.tool_name) ?? "unknown";
		return {
			cellId: ids[index],
			index,
			createdAt: toEpoch(ctx, `${field}.timestamp`, obj?.timestamp) ?? fallbackTime,
			toolName,
			content: toolOutputContent(entry),
			exitCode: toInt(ctx, `${field}.exit_code`, obj?.exit_code),
			fields
		};
	});
	return {
		cells,
		previews: cells.slice(-100).map((c) => ({
			tool_name: c.toolName,
			content_preview: toolOutputPreview(contentText(c.content)),
			exit_code: c.exitCode,
			timestamp: c.createdAt,
			cell_id: c.cellId
		}))
	};
}
function withoutUnmappable(ctx, wm) {
	if (wm === null) return {};
	if (!Object.hasOwn(wm, "__proto__")) return wm;
	warn(ctx.sink, `${ctx.source}#working_memory.${UNMAPPABLE_KEY}`, UNMAPPABLE_MESSAGE);
	return Object.fromEntries(Object.entries(wm).filter(([k]) => k !== UNMAPPABLE_KEY));
}
/** The state's working memory, plus keys only the context file has; differing values are noted. */
function mergeWorkingMemory(stateCtx, fromState, contextCtx, fromContext) {
	const s = withoutUnmappable(stateCtx, toObject(stateCtx, "working_memory", fromState));
	const c = withoutUnmappable(contextCtx, toObject(contextCtx, "working_memory", fromContext));
	const differing = Object.keys(c).filter((k) => k in s && !(0, node_util.isDeepStrictEqual)(s[k], c[k]));
	if (differing.length > 0) note(stateCtx.sink, `${contextCtx.source}#working_memory`, `differs from the state's for ${differing.join(", ")}; the state's values used (both kept under legacy/)`);
	return {
		...c,
		...s
	};
}
function list(v) {
	return Array.isArray(v) ? v : [];
}
/** Every time the legacy data mentions for a session (used when the state file has none). */
function mentionedTimes(s, fileAccessLines) {
	const quiet = {
		source: "",
		sink: []
	};
	const out = [];
	const ctx = s.context?.value;
	for (const m of list(ctx?.messages)) out.push(toEpoch(quiet, "", m?.timestamp));
	for (const t of list(ctx?.tool_outputs)) out.push(toEpoch(quiet, "", t?.timestamp));
	for (const line of fileAccessLines) try {
		out.push(toEpoch(quiet, "", JSON.parse(line)?.timestamp));
	} catch {}
	out.push(toEpoch(quiet, "", s.metadata?.value.started_at));
	for (const { value } of s.summaries) {
		const d = value.duration_info;
		out.push(toEpoch(quiet, "", d?.created_at), toEpoch(quiet, "", d?.ended_at), toEpoch(quiet, "", value.timestamp));
	}
	for (const { value } of s.manifests) out.push(toEpoch(quiet, "", value.timestamp));
	return out.filter((t) => t !== null && t > 0);
}
function unmappedKeys(doc, known) {
	if (!doc) return null;
	const extra = Object.fromEntries(Object.entries(doc).filter(([k]) => !known.has(k)));
	return Object.keys(extra).length > 0 ? extra : null;
}
/** Map one loaded legacy session onto session.json, tool cells and `legacy/` files. */
function mapSession(s, nowSeconds) {
	const problems = [...s.problems];
	const st = s.state?.value;
	const cx = s.context?.value;
	const stateCtx = {
		source: s.state?.ref ?? `rlm-state/${s.id}.json`,
		sink: problems
	};
	const contextCtx = {
		source: s.context?.ref ?? `rlm-state/${s.id}_context.json`,
		sink: problems
	};
	const latest = s.summaries[s.summaries.length - 1];
	const summaryCtx = {
		source: latest?.ref ?? "",
		sink: problems
	};
	const stats = latest?.value.rlm_stats ?? {};
	const access = fileAccessLines(s.fileAccess, problems);
	if (st && typeof st.session_id === "string" && st.session_id !== s.id) note(problems, `${stateCtx.source}#session_id`, `names ${JSON.stringify(st.session_id)}; the file name's id is used`);
	const seen = mentionedTimes(s, access.lines);
	let created = toEpoch(stateCtx, "created_at", st?.created_at);
	if (created === null) {
		created = seen.length > 0 ? Math.min(...seen) : nowSeconds;
		note(problems, `${stateCtx.source}#created_at`, seen.length > 0 ? "absent: earliest time found in the legacy data used" : "absent and no time found anywhere: migration time used");
	}
	const updated = toEpoch(stateCtx, "updated_at", st?.updated_at) ?? (seen.length > 0 ? Math.max(created, ...seen) : created);
	const ended = latest ? toEpoch(summaryCtx, "duration_info.ended_at", latest.value.duration_info?.ended_at) : null;
	const tools = mapToolOutputs(contextCtx, s.id, cx?.tool_outputs, created);
	const files = mapFiles(stateCtx.source, problems, cachedFiles(st ?? null, cx ?? null), accessTimes(access.lines), created, updated);
	const workingMemory = mergeWorkingMemory(stateCtx, st?.working_memory, contextCtx, cx?.working_memory);
	const md = s.metadata?.value;
	const mdCtx = {
		source: s.metadata?.ref ?? "",
		sink: problems
	};
	const link = claudeLink(s, problems, toStringOrNull(mdCtx, "cwd", md?.cwd), toStringOrNull(mdCtx, "transcript_path", md?.transcript_path));
	const transcript = link.transcript;
	const session = parseWith(SessionState, "session.json", {
		schema_version: 1,
		metadata: {
			session_id: s.id,
			created_at: created,
			updated_at: updated,
			ended_at: ended,
			cwd: link.cwd,
			claude_transcript_path: transcript,
			rlm_version: "legacy",
			parent_session_id: null,
			fork_point: null,
			session_type: "migrated",
			tags: ["migrated"],
			description: null
		},
		activation: {
			rlm_active: toBool(stateCtx, "rlm_active", st?.rlm_active) ?? toBool({
				source: s.globalContext?.ref ?? "",
				sink: problems
			}, "rlm_active", s.globalContext?.value.rlm_active) ?? toBool(summaryCtx, "rlm_stats.was_active", stats.was_active) ?? false,
			current_depth: toCount(stateCtx, "current_depth", st?.current_depth) ?? 0
		},
		context: {
			files,
			tool_outputs: tools.previews,
			working_memory: workingMemory
		},
		budget: {
			total_tokens_used: toCount(stateCtx, "total_tokens_used", st?.total_tokens_used) ?? toCount(summaryCtx, "rlm_stats.total_tokens_used", stats.total_tokens_used) ?? 0,
			total_recursive_calls: toCount(stateCtx, "total_recursive_calls", st?.total_recursive_calls) ?? toCount(summaryCtx, "rlm_stats.total_recursive_calls", stats.total_recursive_calls) ?? 0
		},
		cells: { count: tools.cells.length },
		trajectory: {
			events_count: toCount(stateCtx, "trajectory_events_count", st?.trajectory_events_count) ?? toCount(summaryCtx, "rlm_stats.trajectory_events", stats.trajectory_events) ?? 0,
			export_path: toStringOrNull(stateCtx, "trajectory_path", st?.trajectory_path) ?? toStringOrNull(summaryCtx, "trajectory_file", latest?.value.trajectory_file)
		}
	});
	const legacyFiles = [];
	for (const f of s.files) if (f.bytes !== null && f.ref !== s.fileAccess?.ref) legacyFiles.push({
		path: f.ref,
		bytes: f.bytes
	});
	const messages = Array.isArray(cx?.messages) ? cx.messages : null;
	if (messages) legacyFiles.push({
		path: "messages.json",
		bytes: json(messages)
	});
	const unmapped = Object.fromEntries([[stateCtx.source, unmappedKeys(st, STATE_KEYS)], [contextCtx.source, unmappedKeys(cx, CONTEXT_KEYS)]].filter(([, v]) => v !== null));
	if (Object.keys(unmapped).length > 0) legacyFiles.push({
		path: "unmapped.json",
		bytes: json(unmapped)
	});
	const counts = {
		toolOutputs: tools.cells.length,
		previews: tools.previews.length,
		files: Object.keys(files).length,
		workingMemoryKeys: Object.keys(workingMemory).length,
		messages: messages?.length ?? 0,
		fileAccessLines: access.lines.length,
		externalized: s.files.filter((f) => f.ref.startsWith("rlm-externalized/")).length,
		trajectories: s.files.filter((f) => f.ref.startsWith("rlm-trajectories/")).length,
		legacyFiles: legacyFiles.length + 1
	};
	const sources = s.files.map((f) => ({
		ref: f.ref,
		kind: f.kind,
		sha256: f.bytes === null ? null : sha256Hex(f.bytes),
		size: f.bytes?.length ?? null,
		link_target: f.linkTarget
	}));
	legacyFiles.push({
		path: "migration.json",
		bytes: json({
			session_id: s.id,
			sources,
			counts,
			problems
		})
	});
	return {
		id: s.id,
		session,
		cells: tools.cells,
		toolOutputsRef: s.context?.ref ?? null,
		fileAccess: access.bytes,
		transcriptPath: transcript?.startsWith("/") ? transcript : null,
		legacyFiles,
		counts,
		problems
	};
}
/**
* Read and parse one legacy JSON file as far as possible, reporting every repair and
* every failure on `sink`. `flat`: a one-pair-per-line document (session-metadata.json)
* that may be salvaged line by line.
*/
function readLegacyJson(dirs, ref, sink, flat = false) {
	const file = readLegacyFile(dirs, ref, sink);
	if (file.bytes === null) return {
		file,
		value: null,
		empty: false
	};
	const text = decodeLegacyText(file.bytes, ref, sink);
	if (text.trim() === "") {
		note(sink, ref, "empty file");
		return {
			file,
			value: null,
			empty: true
		};
	}
	const parsed = parseLenientJson(text);
	if (parsed.ok) {
		for (const r of parsed.repairs) warn(sink, ref, r);
		return {
			file,
			value: parsed.value,
			empty: false
		};
	}
	if (flat) {
		const salvaged = salvageFlatJson(text);
		if (salvaged !== null) {
			const fields = Object.keys(salvaged.value).join(", ");
			warn(sink, ref, `${parsed.reason}; read line by line (unescaped quote?): recovered ${fields}`);
			if (salvaged.unreadLines > 0) warn(sink, ref, `${salvaged.unreadLines} line(s) could not be read`);
			return {
				file,
				value: salvaged.value,
				empty: false
			};
		}
	}
	warn(sink, ref, `${parsed.reason}; nothing could be read`);
	return {
		file,
		value: null,
		empty: false
	};
}
function readGlobal(discovery, ref, problems, flat) {
	if (ref === null) return null;
	const json = readLegacyJson(discovery.dirs, ref, problems, flat);
	const value = json.value !== null && typeof json.value === "object" && !Array.isArray(json.value) ? json.value : null;
	const id = value?.session_id;
	return {
		file: json.file,
		value,
		sessionId: typeof id === "string" ? id : null
	};
}
/** `current-transcript.jsonl` is a symlink to the latest session's transcript: say when it leads nowhere. */
function checkCurrentTranscript(discovery, problems) {
	const ref = discovery.globals.currentTranscript;
	if (ref === null) return;
	const path = refPath(discovery.dirs, ref);
	try {
		if (!(0, node_fs.lstatSync)(path).isSymbolicLink()) {
			note(problems, ref, "not a symlink (the old plugin made one); kept in the backup only");
			return;
		}
		const target = (0, node_fs.readlinkSync)(path);
		try {
			(0, node_fs.statSync)(path);
		} catch {
			warn(problems, ref, `dangling symlink to ${target}: that transcript is gone; the link is kept in the backup (and restored by a rollback)`);
		}
	} catch {}
}
/**
* Read the shared files once per run; each belongs to the session its `session_id` names.
* `claudeDir`: Claude Code's folder whose `projects/` is searched for each session's transcript.
*/
function readGlobals(discovery, claudeDir = null) {
	const problems = [];
	const context = readGlobal(discovery, discovery.globals.context, problems, false);
	const metadata = readGlobal(discovery, discovery.globals.sessionMetadata, problems, true);
	const known = new Set(discovery.sessions.map((s) => s.id));
	for (const g of [context, metadata]) if (g && (g.sessionId === null || !known.has(g.sessionId))) {
		const whose = g.sessionId === null ? "names no session" : `names session ${JSON.stringify(g.sessionId)}, which has no other legacy file`;
		problems.push({
			source: g.file.ref,
			level: "info",
			message: `${whose}; kept in the backup only`
		});
	}
	if (discovery.globals.activation !== null) note(problems, discovery.globals.activation, "the last activation decision, for whichever session ran last (it names no session): not a session; kept in the backup only");
	checkCurrentTranscript(discovery, problems);
	return {
		context,
		metadata,
		transcripts: claudeDir === null ? null : indexTranscripts(claudeDir),
		problems
	};
}
/** Claude Code's transcript of one session, when the run looks for them. */
function findTranscript(globals, sessionId) {
	return globals.transcripts?.find(sessionId) ?? null;
}
function readDoc(discovery, ref, files, problems) {
	if (ref === null) return {
		doc: null,
		empty: false
	};
	const json = readLegacyJson(discovery.dirs, ref, problems);
	files.push(json.file);
	const doc = asDoc(json.value);
	if (json.value !== null && doc === null) warn(problems, ref, "not a JSON object; nothing could be read");
	return {
		doc: doc === null ? null : {
			ref,
			value: doc
		},
		empty: json.empty
	};
}
function loadSession(discovery, globals, s) {
	const problems = [];
	const files = [];
	const state = readDoc(discovery, s.state, files, problems);
	const context = readDoc(discovery, s.context, files, problems);
	let fileAccess = null;
	let empties = Number(state.empty) + Number(context.empty);
	let contentFiles = 0;
	if (s.fileAccess !== null) {
		const f = readLegacyFile(discovery.dirs, s.fileAccess, problems);
		files.push(f);
		if (f.bytes !== null && f.bytes.length === 0) {
			note(problems, s.fileAccess, "empty log");
			empties++;
		} else if (f.bytes !== null) fileAccess = {
			ref: s.fileAccess,
			bytes: f.bytes
		};
	}
	const summaries = [];
	for (const ref of s.trajectories) {
		if (!ref.endsWith("_summary.json")) {
			const f = readLegacyFile(discovery.dirs, ref, problems);
			files.push(f);
			if (f.bytes !== null && f.bytes.length > 0) contentFiles++;
			else if (f.bytes !== null) empties++;
			continue;
		}
		const r = readDoc(discovery, ref, files, problems);
		if (r.doc) summaries.push(r.doc);
		empties += Number(r.empty);
	}
	const manifests = [];
	for (const ref of s.externalized) {
		if (/\/manifest_[^/]*\.json$/.test(ref)) {
			const r = readDoc(discovery, ref, files, problems);
			if (r.doc) manifests.push(r.doc);
			empties += Number(r.empty);
			continue;
		}
		const f = readLegacyFile(discovery.dirs, ref, problems);
		files.push(f);
		if (f.bytes !== null && f.bytes.length > 0) contentFiles++;
		else if (f.bytes !== null) empties++;
	}
	for (const ref of s.leftovers) {
		files.push(readLegacyFile(discovery.dirs, ref, problems));
		note(problems, ref, "temporary file left by an interrupted write: not read, kept verbatim under legacy/");
	}
	const belongs = (g) => {
		if (!g || g.sessionId !== s.id || g.value === null) return null;
		files.push(g.file);
		return {
			ref: g.file.ref,
			value: g.value
		};
	};
	const globalContext = belongs(globals.context);
	const metadata = belongs(globals.metadata);
	const readable = state.doc !== null || context.doc !== null || fileAccess !== null || summaries.length > 0 || manifests.length > 0 || contentFiles > 0;
	const counted = (s.state ? 1 : 0) + (s.context ? 1 : 0) + (s.fileAccess ? 1 : 0) + s.trajectories.length + s.externalized.length;
	return {
		id: s.id,
		state: state.doc,
		context: context.doc,
		fileAccess,
		summaries,
		manifests,
		globalContext,
		metadata,
		transcript: findTranscript(globals, s.id),
		files: files.sort((a, b) => a.ref < b.ref ? -1 : a.ref > b.ref ? 1 : 0),
		problems,
		readable,
		empty: !readable && empties === counted
	};
}
/**
* Why a loaded session is not migrated, and whether that is a failure; null when it can
* be. A file or folder of it that exists but could not be read (permissions, I/O) is a
* failure, even when the rest was read: the session would be incomplete and a re-run
* would take it for done. It fails, naming them, and a re-run after the cause is fixed
* migrates it whole. Files that were read but hold no usable data are a skip: the raw
* bytes stay in the backup, and a re-run would find nothing more.
*/
function notMigrated(discovery, loaded) {
	const folder = `rlm-externalized/${loaded.id}`;
	const unreadable = [...loaded.files.filter((f) => f.readError !== void 0).map((f) => `${f.ref} (${f.readError})`), ...discovery.unknown.filter((u) => u.readError !== void 0 && (u.ref === folder || u.ref.startsWith(`${folder}/`))).map((u) => `${u.ref}/ (${u.readError})`)];
	if (unreadable.length > 0) return {
		failed: true,
		reason: `cannot read ${unreadable.join(", ")}: nothing of the session was migrated; fix the cause (permissions?) and run again`
	};
	if (loaded.readable) return null;
	if (loaded.empty) return {
		failed: false,
		reason: "only empty files: nothing to migrate"
	};
	return {
		failed: false,
		reason: "nothing could be read: no usable data in its files (raw bytes kept in the backup)"
	};
}
/** A new run id that sorts after every id in `existing` (two runs can start within one second). */
function newRunId(nowMs, existing = []) {
	const iso = new Date(nowMs).toISOString();
	let stamp = `${iso.slice(0, 10).replaceAll("-", "")}-${iso.slice(11, 19).replaceAll(":", "")}`;
	const last = [...existing].sort().pop();
	if (last !== void 0 && last.slice(0, 15) > stamp) stamp = last.slice(0, 15);
	let suffix = (0, node_crypto.randomBytes)(3).readUIntBE(0, 3);
	if (last !== void 0 && last.slice(0, 15) === stamp) {
		const after = Number.parseInt(last.slice(16), 16) + 1;
		suffix = Math.min(16777215, after + suffix % 256);
	}
	return `${stamp}-${suffix.toString(16).padStart(6, "0")}`;
}
/** Refuses anything that is not a run id before it is used as a path (`--rollback ../x`). */
function assertRunId(value) {
	if (typeof value !== "string" || !RUN_ID_PATTERN.test(value)) throw new MigrateUsageError(`invalid run id ${typeof value === "string" ? JSON.stringify(value.slice(0, 80)) : typeof value}`, "run ids look like 20250101-120000-a1b2c3; list them under <sessions root>/migration-backup/");
}
/** `mkdir -p` (0700) that always ends (Node's recursive mkdirSync can spin: session-store's mkdirpSync). */
function mkdirPrivate(path) {
	mkdirpSync(path, 448);
}
function writePrivate(path, data) {
	(0, node_fs.writeFileSync)(path, data, { mode: 384 });
}
function fsyncPath(path) {
	const fd = (0, node_fs.openSync)(path, "r");
	try {
		(0, node_fs.fsyncSync)(fd);
	} finally {
		(0, node_fs.closeSync)(fd);
	}
}
/** fsync every file and folder under `dir` (depth first), then `dir` itself. */
function fsyncTree(dir) {
	for (const d of (0, node_fs.readdirSync)(dir, { withFileTypes: true })) {
		const p = (0, node_path.join)(dir, d.name);
		if (d.isDirectory()) fsyncTree(p);
		else if (d.isFile()) fsyncPath(p);
	}
	fsyncPath(dir);
}
/**
* Replace a JSON record durably under a fixed temp name (`<path>.tmp`), so a run killed
* mid-write leaves a name the next run knows to sweep (write-file-atomic's names are random).
*/
function writeJsonRecord(path, value) {
	const tmp = `${path}.tmp`;
	const fd = (0, node_fs.openSync)(tmp, "w", 384);
	try {
		(0, node_fs.writeFileSync)(fd, `${JSON.stringify(value, null, 2)}\n`);
		(0, node_fs.fsyncSync)(fd);
	} finally {
		(0, node_fs.closeSync)(fd);
	}
	(0, node_fs.renameSync)(tmp, path);
}
function runPath(root, runId) {
	return (0, node_path.join)(root, BACKUP_DIR, runId);
}
/** Create the run folder atomically: built as `.run-<id>.tmp`, renamed once run.json is in it. */
function createRun(root, record) {
	const base = (0, node_path.join)(root, BACKUP_DIR);
	mkdirPrivate(base);
	const tmp = (0, node_path.join)(base, `.run-${record.run_id}.tmp`);
	(0, node_fs.rmSync)(tmp, {
		recursive: true,
		force: true
	});
	mkdirPrivate(tmp);
	writeJsonRecord((0, node_path.join)(tmp, RUN_FILE), record);
	const final = runPath(root, record.run_id);
	(0, node_fs.renameSync)(tmp, final);
	return final;
}
function writeRun(root, record) {
	writeJsonRecord((0, node_path.join)(runPath(root, record.run_id), RUN_FILE), record);
}
function readRun(root, runId) {
	const file = (0, node_path.join)(runPath(root, runId), RUN_FILE);
	if (!(0, node_fs.existsSync)(file)) {
		const runs = listRunIds(root);
		throw new MigrateUsageError(`no migration run ${runId} in ${(0, node_path.join)(root, BACKUP_DIR)}`, runs.length > 0 ? `runs there: ${runs.join(", ")}` : "no run was recorded there");
	}
	return readJsonFile(file);
}
/** Ids of every run folder, oldest first. */
function listRunIds(root) {
	const base = (0, node_path.join)(root, BACKUP_DIR);
	return (0, node_fs.existsSync)(base) ? (0, node_fs.readdirSync)(base).filter((n) => RUN_ID_PATTERN.test(n)).sort() : [];
}
/** Every run with a readable run.json, oldest first. */
function listRuns(root) {
	const base = (0, node_path.join)(root, BACKUP_DIR);
	if (!(0, node_fs.existsSync)(base)) return [];
	const out = [];
	for (const name of (0, node_fs.readdirSync)(base).sort()) {
		if (!RUN_ID_PATTERN.test(name)) continue;
		try {
			out.push(readJsonFile((0, node_path.join)(base, name, RUN_FILE)));
		} catch {}
	}
	return out;
}
function appendJournal(root, runId, entry) {
	(0, node_fs.appendFileSync)((0, node_path.join)(runPath(root, runId), JOURNAL_FILE), `${JSON.stringify(entry)}\n`, { mode: 384 });
}
/** The journal's entries; a line cut short by a kill is ignored. */
function readJournal(root, runId) {
	let text;
	try {
		text = (0, node_fs.readFileSync)((0, node_path.join)(runPath(root, runId), JOURNAL_FILE), "utf8");
	} catch {
		return [];
	}
	const out = [];
	for (const line of text.split("\n")) try {
		if (line.trim() !== "") out.push(JSON.parse(line));
	} catch {}
	return out;
}
/**
* Why a migrated session must not be replaced by `--force`: its session.json is no longer
* the one its run wrote (the hooks resumed it, or a user edited it). Null when it is
* unchanged, or when the run's journal does not say (nothing to compare with).
* `journals` caches each run's journal for the length of one run.
*/
function changedSinceMigration(root, sessionId, target, journals) {
	if (target.runId === null || !RUN_ID_PATTERN.test(target.runId)) return null;
	let written = journals.get(target.runId);
	if (!written) {
		written = /* @__PURE__ */ new Map();
		for (const e of readJournal(root, target.runId)) if (e.op === "begin" && e.session_sha256 !== void 0) written.set(e.session_id, e.session_sha256);
		journals.set(target.runId, written);
	}
	const sha = written.get(sessionId);
	if (sha === void 0 || sha === sha256Hex(target.sessionJson)) return null;
	return `changed since run ${target.runId} migrated it (resumed by the hooks?); not replaced, even with --force`;
}
/**
* session.json bytes in the store's own layout (metadata on the first line, so the
* store's `list` reads migrated sessions as fast as hook-created ones). Validates too.
*/
function sessionJsonBytes(doc) {
	return Buffer.concat(encodeSession(doc).bytes);
}
/** The `@rlm/cells` spec of a migrated tool output: a completed `tool` cell holding the whole content. */
function migratedCellSpec(c, sourceRef) {
	return {
		cellId: c.cellId,
		type: "tool",
		createdAt: c.createdAt,
		completedAt: c.createdAt,
		status: "done",
		input: {
			source: "legacy-migration",
			operation: c.toolName,
			args: null
		},
		output: {
			result: c.content,
			error: null
		},
		extra: { migrated_from: {
			ref: sourceRef,
			index: c.index,
			fields: c.fields
		} }
	};
}
/**
* Write every migrated tool output as a completed `tool` cell of the (staging) session at
* `sessionPath`, then compact the index. No per-file fsync: the staging folder is made
* durable as a whole before it is renamed into place.
*/
function writeMigratedCells(sessionPath, sessionId, cells, sourceRef) {
	const store = openStagedCells(sessionPath, sessionId, {
		fsync: false,
		autoRebuild: false
	});
	store.createMany(cells.map((c) => migratedCellSpec(c, sourceRef)));
	store.flush();
}
function stagingPath(root, sessionId) {
	return (0, node_path.join)(root, `${STAGING_PREFIX}${sessionId}`);
}
/**
* Write a mapped session into `<root>/.staging-<id>` (replacing any leftover), without
* fsync (see make-durable.ts). Returns the staging path, the bytes written and the sha256
* of the session.json.
*/
function stageSession(root, m, provenance) {
	const path = stagingPath(root, m.id);
	(0, node_fs.rmSync)(path, {
		recursive: true,
		force: true
	});
	mkdirPrivate(path);
	const sessionJson = sessionJsonBytes({
		...m.session,
		migration: provenance
	});
	writePrivate((0, node_path.join)(path, SESSION_FILE), sessionJson);
	writeMigratedCells(path, m.id, m.cells, m.toolOutputsRef ?? "");
	if (m.fileAccess !== null) writePrivate((0, node_path.join)(path, FILE_ACCESS_LOG), m.fileAccess);
	if (m.transcriptPath !== null) (0, node_fs.symlinkSync)(m.transcriptPath, (0, node_path.join)(path, TRANSCRIPT_LINK));
	const made = /* @__PURE__ */ new Set();
	let bytes = sessionJson.length + (m.fileAccess?.length ?? 0);
	for (const f of m.legacyFiles) {
		const target = (0, node_path.join)(path, "legacy", f.path);
		const dir = (0, node_path.dirname)(target);
		if (!made.has(dir)) mkdirPrivate(dir);
		made.add(dir);
		writePrivate(target, f.bytes);
		bytes += f.bytes.length;
	}
	for (const c of m.cells) bytes += typeof c.content === "string" ? c.content.length : 0;
	return {
		path,
		bytes,
		sessionSha256: sha256Hex(sessionJson)
	};
}
/**
* One migration or rollback at a time per sessions root. A run killed with -9 leaves its
* lock behind; the next run sees the owner process is gone and takes it over.
*/
function acquireRunLock(root) {
	const path = (0, node_path.join)(root, RUN_LOCK);
	try {
		return acquireLock(path, {
			timeoutMs: 2e3,
			staleMs: 168 * 36e5
		});
	} catch (err) {
		if (isRlmError(err, "ERR_RLM_LOCK_TIMEOUT")) throw new MigrationError(`another rlm-migrate is working on ${root} (lock file ${path})`, {
			hint: "wait for it to finish; if no rlm-migrate is running, remove the lock file it names",
			cause: err
		});
		throw err;
	}
}
/**
* What an interrupted run or rollback left half-done: staging folders, run folders never
* renamed into place, folders being deleted, the lock's temp files.
*/
function findLeftovers(root) {
	const found = [];
	const scan = (dir, match) => {
		if (!(0, node_fs.existsSync)(dir)) return;
		for (const name of (0, node_fs.readdirSync)(dir).sort()) if (match(name)) found.push((0, node_path.join)(dir, name));
	};
	scan(root, (n) => n.startsWith(".staging-") || n.startsWith(".rollback-") || n.startsWith(`.rlm-migrate.lock.`) && n.endsWith(".tmp"));
	scan((0, node_path.join)(root, BACKUP_DIR), (n) => n.startsWith(".run-") && n.endsWith(".tmp"));
	const runs = (0, node_path.join)(root, BACKUP_DIR);
	if ((0, node_fs.existsSync)(runs)) for (const run of (0, node_fs.readdirSync)(runs).filter((n) => RUN_ID_PATTERN.test(n))) scan((0, node_path.join)(runs, run), (n) => RECORD_TEMP.test(n));
	return found;
}
/** Remove the leftovers of interrupted runs. Call under the run lock. */
function cleanLeftovers(root) {
	const found = findLeftovers(root);
	for (const p of found) (0, node_fs.rmSync)(p, {
		recursive: true,
		force: true
	});
	return found;
}
function inspectTarget(root, sessionId) {
	const dir = (0, node_path.join)(root, sessionId);
	try {
		if (!(0, node_fs.lstatSync)(dir).isDirectory()) return {
			kind: "foreign",
			reason: "a non-folder with this name is in the sessions root"
		};
	} catch (err) {
		if (err.code === "ENOENT") return { kind: "absent" };
		throw err;
	}
	let text;
	let doc;
	try {
		text = (0, node_fs.readFileSync)((0, node_path.join)(dir, SESSION_FILE), "utf8");
		doc = JSON.parse(text);
	} catch {
		return {
			kind: "foreign",
			reason: "a session folder without a readable session.json exists; left untouched"
		};
	}
	if (doc?.metadata?.session_type !== "migrated" || typeof doc.migration !== "object" || doc.migration === null) return {
		kind: "foreign",
		reason: "a session created by the hooks already has this id; never overwritten"
	};
	const runId = doc.migration.run_id;
	return {
		kind: "migrated",
		runId: typeof runId === "string" ? runId : null,
		sessionJson: text
	};
}
/**
* `--claude-dir` names Claude Code's folder (usually `~/.claude`), whose `projects/` holds
* the transcripts. A folder that does not exist, or the `projects` folder itself, would
* migrate every session without its transcript and `cwd`, and a re-run with the right
* folder would find nothing to do: a usage error (exit 2) saying what was meant. Null when
* it looks right.
*/
function misplacedClaudeDir(claudeDir) {
	const dir = (0, node_path.resolve)(claudeDir);
	const what = "--claude-dir is Claude Code's folder (usually ~/.claude), the one holding projects/";
	let isDir;
	try {
		isDir = (0, node_fs.statSync)(dir).isDirectory();
	} catch {
		return new MigrateUsageError(`--claude-dir ${claudeDir} does not exist`, what);
	}
	if (!isDir) return new MigrateUsageError(`--claude-dir ${claudeDir} is not a folder`, what);
	if ((0, node_path.basename)(dir) === "projects" && !(0, node_fs.existsSync)((0, node_path.join)(dir, "projects"))) return new MigrateUsageError(`--claude-dir ${claudeDir} is Claude Code's projects folder itself; ${what}`, `did you mean --claude-dir ${(0, node_path.dirname)(dir)}?`);
	return null;
}
/** A folder whose files look like the old plugin's `rlm-state/` (whatever it is called). */
function looksLikeStateDir(dir) {
	try {
		return (0, node_fs.readdirSync)(dir).some((n) => n === "session-metadata.json" || n.endsWith("_context.json") || n.startsWith("file-access-") && n.endsWith(".jsonl"));
	} catch {
		return false;
	}
}
/**
* `--legacy-dir` names the `~/.claude` folder that holds the three legacy folders. Users
* give their home or the `rlm-state` folder itself, find nothing and think they are done:
* recognise both and say what was meant (a usage error, exit 2). Null when it looks right
* or when nothing better can be said.
*/
function misplacedLegacyDir(legacyDir) {
	const dir = (0, node_path.resolve)(legacyDir);
	if (holdsLegacy(dir)) return null;
	const claude = (0, node_path.join)(dir, ".claude");
	if (holdsLegacy(claude)) return new MigrateUsageError(`--legacy-dir ${legacyDir} holds none of the legacy folders (${LEGACY_ROOTS.join(", ")}), but ${claude} does`, `did you mean --legacy-dir ${claude}? (--legacy-dir is the ~/.claude folder, not your home)`);
	const name = (0, node_path.basename)(dir);
	if (LEGACY_ROOTS.includes(name) || looksLikeStateDir(dir)) {
		const flag = LEGACY_ROOTS.includes(name) ? FLAG[name] : "--state-dir";
		return new MigrateUsageError(`--legacy-dir ${legacyDir} is itself a legacy folder; --legacy-dir is the folder that holds ${LEGACY_ROOTS.join(", ")}`, `did you mean --legacy-dir ${(0, node_path.dirname)(dir)}? (or ${flag} ${dir} for this folder alone)`);
	}
	return null;
}
/** `path` itself when it exists, else its nearest parent that does: the folder a write there would need. */
function nearestExisting(path) {
	let at = path;
	while (!(0, node_fs.existsSync)(at) && (0, node_path.dirname)(at) !== at) at = (0, node_path.dirname)(at);
	return at;
}
function errnoOf(err) {
	for (let e = err, depth = 0; e && depth < 3; e = e.cause, depth++) {
		const code = e.code;
		if (typeof code === "string" && code in WRITE_ERRORS) return code;
	}
	return null;
}
/**
* A write into the sessions root that failed for a reason the user must fix (permissions,
* read-only or full disk), as a coded error naming the folder instead of whichever internal
* file was being written. Null for any other error (and for errors already coded).
*/
function targetWriteError(err, folder, doing) {
	if (isRlmError(err, "ERR_RLM_MIGRATION") || isRlmError(err, "ERR_RLM_USAGE")) return null;
	if (isRlmError(err, "ERR_RLM_LOCK_TIMEOUT")) return null;
	const code = errnoOf(err);
	if (code === null) return null;
	return new MigrationError(`cannot ${doing} in ${folder}: ${WRITE_ERRORS[code]} (${code})`, {
		hint: `${HINTS[code]}; nothing was changed in the legacy folders, and a re-run resumes`,
		cause: err
	});
}
/** Run `fn`, turning a permission / read-only / full-disk failure into `targetWriteError`. */
function withTargetErrors(folder, doing, fn) {
	try {
		return fn();
	} catch (err) {
		throw targetWriteError(err, folder, doing) ?? err;
	}
}
/** The target of `path` when it is a symlink (to nothing that exists), else null. */
function danglingTarget(path) {
	try {
		return (0, node_fs.lstatSync)(path).isSymbolicLink() ? (0, node_fs.readlinkSync)(path) : null;
	} catch {
		return null;
	}
}
/**
* A sessions root that is a file, or lies under one, or a dangling symlink (or lies under
* one): a usage error naming it (exit 2),
* instead of whichever system call would trip over it first. Null when it is a folder or
* can be made as one.
*/
function sessionsRootNotAFolder(root) {
	for (let head = root;; head = (0, node_path.dirname)(head)) {
		try {
			if ((0, node_fs.statSync)(head).isDirectory()) return null;
		} catch (err) {
			const code = err.code;
			const link = code === "ENOENT" ? danglingTarget(head) : null;
			if (link !== null) return new MigrateUsageError(head === root ? `the sessions root ${root} is a symlink to ${link}, which does not exist` : `the sessions root ${root} cannot be made: ${head} is a symlink to ${link}, which does not exist`, `${HINT}, or create ${link} (a drive that is not mounted?)`);
			if ((code === "ENOENT" || code === "ENOTDIR") && (0, node_path.dirname)(head) !== head) continue;
			return null;
		}
		return new MigrateUsageError(head === root ? `the sessions root ${root} is not a folder` : `the sessions root ${root} cannot be made: ${head} is not a folder`, HINT);
	}
}
/**
* Make the sessions root. A failure is diagnosed on the nearest folder that exists, as the
* dry run checks it ("cannot write in <folder>: read-only file system (EROFS)").
*/
function createSessionsRoot(root) {
	try {
		mkdirPrivate(root);
	} catch (err) {
		const checked = nearestExisting(root);
		const code = err.code;
		const direct = code === "EROFS" || code === "EACCES" || code === "EPERM" ? targetWriteError(err, checked, "write") : targetWriteError(err, root, "create the sessions root");
		if (direct !== null) throw direct;
		try {
			(0, node_fs.accessSync)(checked, node_fs.constants.W_OK | node_fs.constants.X_OK);
		} catch (why) {
			throw targetWriteError(why, checked, "write") ?? err;
		}
		throw err;
	}
}
/** `path` with its deepest existing ancestor resolved through symlinks (it need not exist). */
function realish(path) {
	let head = path;
	while (!(0, node_fs.existsSync)(head) && (0, node_path.dirname)(head) !== head) head = (0, node_path.dirname)(head);
	return (0, node_fs.existsSync)(head) ? (0, node_path.join)((0, node_fs.realpathSync)(head), (0, node_path.relative)(head, path)) : path;
}
/** The sessions root and legacy folders; folders named explicitly must exist and nothing may overlap. */
function resolveLocations(options) {
	const dirs = resolveLegacyDirs(options);
	for (const r of LEGACY_ROOTS) if ((0, node_fs.existsSync)(dirs[r])) dirs[r] = (0, node_fs.realpathSync)(dirs[r]);
	const explicit = [
		["--legacy-dir", options.legacyDir],
		["--state-dir", options.stateDir],
		["--externalized-dir", options.externalizedDir],
		["--trajectories-dir", options.trajectoriesDir]
	];
	for (const [flag, value] of explicit) if (value !== void 0 && !(0, node_fs.existsSync)(value)) throw new MigrateUsageError(`${flag} ${value} does not exist`);
	const separately = options.stateDir ?? options.externalizedDir ?? options.trajectoriesDir;
	if (options.legacyDir !== void 0 && separately === void 0) {
		const misplaced = misplacedLegacyDir(options.legacyDir);
		if (misplaced !== null) throw misplaced;
	}
	const root = resolveSessionsRoot(options.sessionsDir, options.env ?? process.env);
	const notAFolder = sessionsRootNotAFolder(root);
	if (notAFolder !== null) throw notAFolder;
	for (const r of LEGACY_ROOTS) {
		const real = realish(root);
		if (nested(dirs[r], root) || nested(root, dirs[r]) || nested(dirs[r], real) || nested(real, dirs[r])) throw new MigrateUsageError(`the sessions root ${root} and the legacy folder ${dirs[r]} overlap`, "migrate into a separate folder");
	}
	if (options.claudeDir !== void 0) {
		const misplaced = misplacedClaudeDir(options.claudeDir);
		if (misplaced !== null) throw misplaced;
	}
	return {
		root,
		dirs,
		claudeDir: resolveClaudeDir(options)
	};
}
/** The latest run over the same folders that never finished (killed): the next run completes it. */
function findResumableRun(root, dirs) {
	const runs = listRuns(root).filter((r) => r.status === "running" && (0, node_util.isDeepStrictEqual)(r.legacy, dirs));
	return runs[runs.length - 1] ?? null;
}
/**
* Check the sessions root the way the run will use it: writable (or creatable) by this
* user, on a writable file system, with room for about `neededBytes`. Writes nothing.
*/
function checkTarget(root, neededBytes) {
	const checked = nearestExisting(root);
	const base = {
		path: root,
		exists: checked === root,
		checked,
		neededBytes
	};
	try {
		if (!(0, node_fs.statSync)(checked).isDirectory()) return {
			...base,
			writable: false,
			freeBytes: null,
			problem: `${checked} is not a folder`
		};
		(0, node_fs.accessSync)(checked, node_fs.constants.W_OK | node_fs.constants.X_OK);
	} catch (err) {
		const code = err.code ?? "error";
		const why = WRITE_ERRORS[code] ?? err.message;
		return {
			...base,
			writable: false,
			freeBytes: null,
			problem: `cannot write in ${checked}: ${why} (${code})`
		};
	}
	let freeBytes = null;
	try {
		const fs = (0, node_fs.statfsSync)(checked);
		freeBytes = Number(fs.bavail) * Number(fs.bsize);
	} catch {}
	const problem = freeBytes !== null && freeBytes < neededBytes ? `not enough space in ${checked}: about ${neededBytes} bytes needed, ${freeBytes} free (ENOSPC)` : null;
	return {
		...base,
		writable: true,
		freeBytes,
		problem
	};
}
function creates(m) {
	const out = [SESSION_FILE, "cells/index.json"];
	if (m.cells.length > 0) out.push(`cells/<cell_id>.json × ${m.cells.length}`);
	if (m.fileAccess !== null) out.push(FILE_ACCESS_LOG);
	if (m.transcriptPath !== null) out.push(`${TRANSCRIPT_LINK} -> ${m.transcriptPath}`);
	return [...out, ...m.legacyFiles.filter((f) => !f.path.includes("/")).map((f) => `legacy/${f.path}`)];
}
/** The dry run: everything a migration would do, read and mapped in full, nothing written. */
function planMigration(options = {}) {
	const { root, dirs, claudeDir } = resolveLocations(options);
	const discovery = discoverLegacy(dirs);
	const globals = readGlobals(discovery, claudeDir);
	const resumable = findResumableRun(root, dirs);
	const nowSeconds = (options.now ?? Date.now)() / 1e3;
	const journals = /* @__PURE__ */ new Map();
	const total = discovery.sessions.length;
	const sessions = discovery.sessions.map((s, index) => {
		options.onEvent?.({
			type: "planned",
			index,
			total,
			sessionId: s.id
		});
		const plan = (action, reason, problems = []) => ({
			sessionId: s.id,
			action,
			reason,
			creates: [],
			copied: [],
			counts: null,
			transcript: null,
			problems
		});
		const target = inspectTarget(root, s.id);
		if (target.kind === "foreign") return plan("skip", target.reason);
		if (target.kind === "migrated" && (!options.force || target.runId === resumable?.run_id)) return plan("already-migrated", null);
		if (target.kind === "migrated") {
			const changed = changedSinceMigration(root, s.id, target, journals);
			if (changed !== null) return plan("skip", changed);
		}
		const loaded = loadSession(discovery, globals, s);
		const why = notMigrated(discovery, loaded);
		if (why !== null) return plan(why.failed ? "fail" : "skip", why.reason, loaded.problems);
		try {
			const m = mapSession(loaded, nowSeconds);
			return {
				...plan(target.kind === "migrated" ? "replace" : "create", null, m.problems),
				creates: creates(m),
				copied: m.legacyFiles.filter((f) => f.path.includes("/")).map((f) => f.path),
				counts: m.counts,
				transcript: m.transcriptPath
			};
		} catch (err) {
			return plan("fail", err.message, loaded.problems);
		}
	});
	const totals = {
		create: 0,
		replace: 0,
		"already-migrated": 0,
		skip: 0,
		fail: 0
	};
	for (const s of sessions) totals[s.action]++;
	const files = discovery.entries.filter((e) => e.type === "file");
	const bytes = files.reduce((n, e) => n + e.size, 0);
	const needed = totals.create + totals.replace > 0 ? 2 * bytes + (options.backup === false ? 0 : bytes) : 0;
	return {
		kind: "plan",
		sessionsRoot: root,
		legacy: dirs,
		claudeDir,
		resumeRunId: resumable?.run_id ?? null,
		leftovers: findLeftovers(root),
		backup: {
			files: files.length,
			bytes
		},
		target: checkTarget(root, needed),
		sessions,
		unknown: discovery.unknown,
		problems: globals.problems,
		totals
	};
}
/**
* Make staged folders durable before they are renamed into place. One syncfs(2) of the
* sessions root's filesystem (`sync -f`) flushes a whole batch with a single journal
* commit, where fsync per file costs one commit per file; where `sync -f` is not
* available, every file and folder is fsynced.
*/
function makeDurable(root, staged) {
	if (syncfsWorks !== false) {
		syncfsWorks = (0, node_child_process.spawnSync)("sync", ["-f", root], { stdio: "ignore" }).status === 0;
		if (syncfsWorks) return "syncfs";
	}
	for (const dir of staged) fsyncTree(dir);
	return "fsync";
}
/**
* sha256 of `src`, copying it byte for byte to `dst` on the way when `dst` is given.
* Reads in 1 MiB chunks so a huge legacy file never sits in memory whole.
*/
function copyAndHash(src, dst) {
	buffer ??= Buffer.allocUnsafe(CHUNK);
	const hash = (0, node_crypto.createHash)("sha256");
	const input = (0, node_fs.openSync)(src, "r");
	const output = dst === null ? null : (0, node_fs.openSync)(dst, "w", 384);
	let size = 0;
	try {
		for (;;) {
			const n = (0, node_fs.readSync)(input, buffer, 0, CHUNK, null);
			if (n === 0) break;
			hash.update(buffer.subarray(0, n));
			if (output !== null) (0, node_fs.writeSync)(output, buffer, 0, n);
			size += n;
		}
	} finally {
		(0, node_fs.closeSync)(input);
		if (output !== null) (0, node_fs.closeSync)(output);
	}
	return {
		sha256: hash.digest("hex"),
		size
	};
}
/** sha256 of a file, or null when it cannot be read. */
function hashFile(path) {
	try {
		return copyAndHash(path, null).sha256;
	} catch {
		return null;
	}
}
/** The error a run stopped on request (`shouldStop`, Ctrl-C in the CLI) ends with: resumable. */
function interrupted(runId, done, total) {
	return new MigrationError(`interrupted after ${done} of ${total} session(s); ${runId === null ? "nothing was written yet" : `run ${runId} is kept unfinished`}`, { hint: "run the same command again: it resumes the run where it stopped and finishes it" });
}
/** Stopped while the backup was being copied (no session written yet). */
function interruptedDuringBackup() {
	return new MigrationError("interrupted while backing up the legacy files; no session was written yet", { hint: "run the same command again: it starts (or resumes) the backup and finishes the run" });
}
/** Why `path` cannot be read, or null when it can (the source side of a failed copy). */
function sourceProblem(path) {
	try {
		(0, node_fs.closeSync)((0, node_fs.openSync)(path, "r"));
		return null;
	} catch (err) {
		return err;
	}
}
/**
* One manifest entry. A legacy file that vanished or cannot be read is recorded as such;
* a copy that cannot be written throws: the run must not go on without its backup.
*/
function backupEntry(dirs, ref, type, copyTo, backupDir) {
	const path = refPath(dirs, ref);
	let st;
	try {
		st = (0, node_fs.lstatSync)(path);
	} catch {
		return {
			ref,
			type,
			mode: 0,
			mtime_ms: 0,
			missing: true
		};
	}
	const base = {
		ref,
		type,
		mode: st.mode & 4095,
		mtime_ms: st.mtimeMs
	};
	if (type === "dir") return base;
	if (type === "symlink") return {
		...base,
		target: (0, node_fs.readlinkSync)(path)
	};
	try {
		if (copyTo !== null) mkdirPrivate((0, node_path.dirname)(copyTo));
		return {
			...base,
			...copyAndHash(path, copyTo)
		};
	} catch (err) {
		const source = sourceProblem(path);
		if (source?.code === "ENOENT") return {
			ref,
			type,
			mode: 0,
			mtime_ms: 0,
			missing: true
		};
		if (source !== null) return {
			...base,
			unreadable: source.message
		};
		throw targetWriteError(err, backupDir, "write the backup") ?? new MigrationError(`the backup could not be written in ${backupDir}: ${err.message} (copying ${ref})`, {
			hint: "--no-backup keeps checksums only",
			cause: err
		});
	}
}
/**
* Copy every legacy file byte for byte under `<run>/files/<ref>` (or, with `copy: false`,
* only checksum it), then write the manifest. Symlinks are recorded with their target.
*/
function writeBackup(runDir, runId, discovery, copy, durable, shouldStop = () => false) {
	const filesDir = (0, node_path.join)(runDir, BACKUP_FILES);
	const entries = [];
	for (const e of discovery.entries) {
		if (shouldStop()) throw interruptedDuringBackup();
		entries.push(backupEntry(discovery.dirs, e.ref, e.type, copy && e.type === "file" ? (0, node_path.join)(filesDir, e.ref) : null, runDir));
	}
	const present = entries.filter((e) => e.type === "file" && !e.missing && e.unreadable === void 0);
	const manifest = {
		version: 1,
		run_id: runId,
		copied: copy,
		roots: discovery.dirs,
		files: present.length,
		bytes: present.reduce((n, e) => n + (e.size ?? 0), 0),
		entries
	};
	if (copy && durable && (0, node_fs.existsSync)(filesDir)) makeDurable(runDir, [filesDir]);
	writeJsonRecord((0, node_path.join)(runDir, BACKUP_MANIFEST), manifest);
	return manifest;
}
function readBackupManifest(runDir) {
	const file = (0, node_path.join)(runDir, BACKUP_MANIFEST);
	return (0, node_fs.existsSync)(file) ? readJsonFile(file) : null;
}
/** Legacy files the backup could not read: warned about in the run's report. */
function backupProblems(manifest) {
	return (manifest?.entries ?? []).filter((e) => e.unreadable !== void 0).map((e) => ({
		source: e.ref,
		level: "warning",
		message: `cannot be read (${e.unreadable}), so it is not in the backup; it was left untouched`
	}));
}
/**
* A rollback takes the legacy folders from the run's records. The same options the run
* was made with are accepted (users repeat their command line with `--rollback`); folders
* that differ from the records are a usage error naming both.
*/
function checkRunLegacy(record, given) {
	const named = given.legacyDir !== void 0 ? [...LEGACY_ROOTS] : LEGACY_ROOTS.filter((r) => r === "rlm-state" && given.stateDir !== void 0 || r === "rlm-externalized" && given.externalizedDir !== void 0 || r === "rlm-trajectories" && given.trajectoriesDir !== void 0);
	if (named.length === 0) return;
	const dirs = resolveLegacyDirs(given);
	const differ = named.filter((r) => {
		return ((0, node_fs.existsSync)(dirs[r]) ? (0, node_fs.realpathSync)(dirs[r]) : dirs[r]) !== record.legacy[r] && dirs[r] !== record.legacy[r];
	});
	if (differ.length === 0) return;
	throw new MigrateUsageError(`run ${record.run_id} was made with other legacy folders: ${differ.map((r) => `${r} ${record.legacy[r]} (given: ${dirs[r]})`).join("; ")}`, "a rollback restores the folders the run recorded: drop the legacy folder options, or name the run made with these folders");
}
/**
* Remove every session this run created: those its journal names, plus any session whose
* session.json carries the run's id (a kill can land between the rename and the journal
* line). A session changed since it was written is kept unless `force`. Then put back
* the sessions the run replaced.
*/
function removeRunSessions(root, runId, journal, act, force, report) {
	const written = /* @__PURE__ */ new Map();
	for (const e of journal) if (e.op === "begin") written.set(e.session_id, e.session_sha256);
	for (const name of (0, node_fs.existsSync)(root) ? (0, node_fs.readdirSync)(root) : []) if (!written.has(name) && isSessionId(name)) {
		const t = inspectTarget(root, name);
		if (t.kind === "migrated" && t.runId === runId) written.set(name, void 0);
	}
	for (const [id, sha] of [...written].sort(([a], [b]) => a < b ? -1 : 1)) {
		const t = inspectTarget(root, id);
		if (t.kind !== "migrated" || t.runId !== runId) continue;
		if (sha !== void 0 && sha256Hex(t.sessionJson) !== sha && !force) {
			report.kept.push({
				sessionId: id,
				reason: "session.json changed since the migration (resumed by the hooks?); use --force to remove it anyway"
			});
			continue;
		}
		if (act) {
			const trash = (0, node_path.join)(root, `${TRASH_PREFIX}${id}`);
			(0, node_fs.renameSync)((0, node_path.join)(root, id), trash);
			(0, node_fs.rmSync)(trash, {
				recursive: true,
				force: true
			});
		}
		report.removed.push(id);
	}
	const replaced = (0, node_path.join)(runPath(root, runId), REPLACED_DIR);
	for (const id of (0, node_fs.existsSync)(replaced) ? (0, node_fs.readdirSync)(replaced).sort() : []) {
		if (!isSessionId(id)) continue;
		const dest = (0, node_path.join)(root, id);
		if ((0, node_fs.existsSync)(dest) && !(report.removed.includes(id) && !act)) {
			report.kept.push({
				sessionId: id,
				reason: `cannot put the replaced session back: ${dest} exists`
			});
			continue;
		}
		if (act) (0, node_fs.renameSync)((0, node_path.join)(replaced, id), dest);
		report.restoredSessions.push(id);
	}
}
function current(path, e) {
	let st;
	try {
		st = (0, node_fs.lstatSync)(path);
	} catch {
		return { kind: "missing" };
	}
	if (e.type === "dir") return st.isDirectory() ? { kind: "same" } : { kind: "different" };
	if (e.type === "symlink") return st.isSymbolicLink() && (0, node_fs.readlinkSync)(path) === e.target ? { kind: "same" } : { kind: "different" };
	return st.isFile() && hashFile(path) === e.sha256 ? { kind: "same" } : { kind: "different" };
}
/** Put one entry back as the manifest recorded it: content, mode and modification time. */
function put(runDir, manifest, e, path) {
	if (e.type === "dir") {
		(0, node_fs.mkdirSync)(path, { recursive: true });
		(0, node_fs.chmodSync)(path, e.mode);
		return null;
	}
	(0, node_fs.mkdirSync)((0, node_path.dirname)(path), { recursive: true });
	if (e.type === "symlink") {
		(0, node_fs.symlinkSync)(e.target, path);
		return null;
	}
	if (!manifest.copied) return "the run kept no copy (--no-backup)";
	const src = (0, node_path.join)(runDir, BACKUP_FILES, e.ref);
	if (hashFile(src) !== e.sha256) return "the backup copy is missing or does not match its checksum";
	const tmp = `${path}.rlm-restore.tmp`;
	copyAndHash(src, tmp);
	(0, node_fs.chmodSync)(tmp, e.mode);
	(0, node_fs.utimesSync)(tmp, e.mtime_ms / 1e3, e.mtime_ms / 1e3);
	(0, node_fs.renameSync)(tmp, path);
	return null;
}
/**
* Make every legacy file, link and folder the run saw exist again byte for byte. Files
* deleted since are restored from the backup; files that differ are left alone (someone
* wrote them after the migration) unless `force`, which moves them aside under
* `<run>/displaced/` first.
*/
function restoreLegacy(runDir, manifest, act, force, report) {
	for (const e of manifest.entries) {
		if (e.missing || e.unreadable !== void 0) continue;
		const path = refPath(manifest.roots, e.ref);
		const now = current(path, e);
		if (now.kind === "same") {
			report.legacy.unchanged++;
			continue;
		}
		if (now.kind === "different" && (!force || e.type === "dir")) {
			report.legacy.changed.push({
				ref: e.ref,
				action: "kept"
			});
			continue;
		}
		try {
			if (act && now.kind === "different") {
				const aside = (0, node_path.join)(runDir, DISPLACED_DIR, e.ref);
				(0, node_fs.mkdirSync)((0, node_path.dirname)(aside), { recursive: true });
				(0, node_fs.renameSync)(path, aside);
			}
			const problem = act ? put(runDir, manifest, e, path) : e.type === "file" && !manifest.copied ? "the run kept no copy (--no-backup)" : null;
			if (problem !== null) report.legacy.unrestorable.push({
				ref: e.ref,
				reason: problem
			});
			else if (now.kind === "different") report.legacy.changed.push({
				ref: e.ref,
				action: "overwritten"
			});
			else report.legacy.restored.push(e.ref);
		} catch (err) {
			report.legacy.unrestorable.push({
				ref: e.ref,
				reason: err.message
			});
		}
	}
}
/**
* Undo one migration run: remove exactly the sessions it created, put back the sessions
* it replaced, and make every legacy file it backed up exist again byte for byte. The
* run's backup folder stays (marked rolled back) as the record of what happened.
*/
function rollback(options = {}) {
	const root = resolveSessionsRoot(options.sessionsDir, options.env ?? process.env);
	let runId = options.runId;
	if (runId === void 0) {
		const candidates = listRuns(root).filter((r) => r.status !== "rolled-back");
		runId = candidates[candidates.length - 1]?.run_id;
		if (runId === void 0) throw new MigrateUsageError(`no migration run to roll back in ${root}`);
	}
	assertRunId(runId);
	const act = !options.dryRun;
	const force = options.force ?? false;
	const lock = act ? withTargetErrors(root, "write", () => acquireRunLock(root)) : null;
	try {
		const record = readRun(root, runId);
		if (options.legacy !== void 0) checkRunLegacy(record, options.legacy);
		if (act) cleanLeftovers(root);
		const report = {
			kind: "rollback",
			runId,
			sessionsRoot: root,
			dryRun: !act,
			removed: [],
			restoredSessions: [],
			kept: [],
			legacy: {
				restored: [],
				unchanged: 0,
				changed: [],
				unrestorable: []
			},
			ok: false
		};
		removeRunSessions(root, runId, readJournal(root, runId), act, force, report);
		const manifest = readBackupManifest(runPath(root, runId));
		if (manifest) restoreLegacy(runPath(root, runId), manifest, act, force, report);
		report.ok = report.kept.length === 0 && report.legacy.unrestorable.length === 0 && report.legacy.changed.every((c) => c.action === "overwritten");
		if (act && report.ok) writeRun(root, {
			...record,
			status: "rolled-back",
			rolled_back_at: (options.now ?? Date.now)() / 1e3
		});
		return report;
	} finally {
		lock?.release();
	}
}
function countStatuses(outcomes) {
	const totals = {
		discovered: outcomes.length,
		migrated: 0,
		replaced: 0,
		"already-migrated": 0,
		skipped: 0,
		failed: 0
	};
	for (const o of outcomes) totals[o.status]++;
	return totals;
}
/**
* Read, map and stage one session. Returns the staged session, or the session's final
* outcome when there is nothing to write. Never throws.
*/
function prepareSession(job, s) {
	const { settings, run } = job;
	let target;
	try {
		target = inspectTarget(settings.root, s.id);
	} catch (err) {
		return outcome(s, "failed", err.message);
	}
	if (target.kind === "foreign") return outcome(s, "skipped", target.reason);
	if (target.kind === "migrated" && (!settings.force || target.runId === run.id)) return outcome(s, "already-migrated", null);
	if (target.kind === "migrated") {
		const changed = changedSinceMigration(settings.root, s.id, target, job.journals);
		if (changed !== null) return outcome(s, "skipped", changed);
	}
	const loaded = loadSession(settings.discovery, job.globals, s);
	const why = notMigrated(settings.discovery, loaded);
	if (why !== null) return outcome(s, why.failed ? "failed" : "skipped", why.reason, loaded.problems);
	let mapped;
	try {
		mapped = mapSession(loaded, settings.nowMs() / 1e3);
	} catch (err) {
		return outcome(s, "failed", err.message, loaded.problems);
	}
	const runId = run.ensureStarted();
	try {
		const provenance = {
			run_id: runId,
			migrated_at: settings.nowMs() / 1e3,
			tool: MIGRATE_TOOL
		};
		const staged = stageSession(settings.root, mapped, provenance);
		return {
			id: s.id,
			...staged,
			replaces: target.kind === "migrated",
			counts: mapped.counts,
			transcript: mapped.transcriptPath,
			problems: mapped.problems
		};
	} catch (err) {
		(0, node_fs.rmSync)(stagingPath(settings.root, s.id), {
			recursive: true,
			force: true
		});
		return outcome(s, "failed", err.message, loaded.problems);
	}
}
/** Rename a staged (and already durable) session into place, moving a replaced one into the run's backup. */
function commitSession(job, staged) {
	const { settings, run } = job;
	const dest = (0, node_path.join)(settings.root, staged.id);
	try {
		run.journal({
			op: "begin",
			session_id: staged.id,
			session_sha256: staged.sessionSha256
		});
		if (staged.replaces) {
			const replaced = (0, node_path.join)(run.path, REPLACED_DIR);
			mkdirPrivate(replaced);
			(0, node_fs.renameSync)(dest, (0, node_path.join)(replaced, staged.id));
			run.journal({
				op: "replaced",
				session_id: staged.id
			});
		}
		(0, node_fs.renameSync)(staged.path, dest);
		run.journal({
			op: "created",
			session_id: staged.id,
			session_sha256: staged.sessionSha256
		});
		const status = staged.replaces ? "replaced" : "migrated";
		return {
			sessionId: staged.id,
			status,
			reason: null,
			counts: staged.counts,
			transcript: staged.transcript,
			problems: staged.problems
		};
	} catch (err) {
		(0, node_fs.rmSync)(staged.path, {
			recursive: true,
			force: true
		});
		return {
			sessionId: staged.id,
			status: "failed",
			reason: err.message,
			counts: null,
			transcript: null,
			problems: staged.problems
		};
	}
}
/**
* Migrate every legacy session into the sessions root. Idempotent (a second run is a no-op
* that writes nothing), resumable (a run killed at any moment is finished by the next),
* and it never modifies or deletes a legacy file. Failures of single sessions are reported
* in the result, never thrown.
*/
function migrate(options = {}) {
	const nowMs = options.now ?? Date.now;
	const began = Date.now();
	const emit = options.onEvent ?? (() => {});
	const { root, dirs, claudeDir } = resolveLocations(options);
	const discovery = discoverLegacy(dirs);
	const globals = readGlobals(discovery, claudeDir);
	emit({
		type: "start",
		sessions: discovery.sessions.length,
		sessionsRoot: root
	});
	const outcomes = [];
	let cleaned = [];
	let run = null;
	const report = () => {
		const totals = countStatuses(outcomes);
		const manifest = run?.backup ?? null;
		return {
			kind: "migrate",
			runId: run?.id ?? null,
			resumed: run?.resumed ?? false,
			sessionsRoot: root,
			legacy: dirs,
			claudeDir,
			backup: manifest && run?.path ? {
				copied: manifest.copied,
				path: run.path,
				files: manifest.files,
				bytes: manifest.bytes
			} : null,
			sessions: outcomes,
			unknown: discovery.unknown,
			problems: [...globals.problems, ...backupProblems(manifest)],
			cleaned,
			totals,
			ok: totals.failed === 0,
			durationMs: Date.now() - began
		};
	};
	if (discovery.sessions.length > 0) createSessionsRoot(root);
	if ((0, node_fs.existsSync)(root)) {
		const lock = withTargetErrors(root, "write", () => acquireRunLock(root));
		try {
			cleaned = cleanLeftovers(root);
			const stop = options.shouldStop ?? (() => false);
			const settings = {
				root,
				discovery,
				backup: options.backup ?? true,
				force: options.force ?? false,
				durable: options.durable ?? true,
				nowMs,
				emit,
				shouldStop: stop
			};
			run = new RunHandle(settings, findResumableRun(root, dirs));
			const job = {
				settings,
				globals,
				run,
				journals: /* @__PURE__ */ new Map()
			};
			const total = discovery.sessions.length;
			let batch = [];
			let batchBytes = 0;
			const settle = (index, o) => {
				outcomes[index] = o;
				emit({
					type: "session",
					index,
					total,
					outcome: o
				});
			};
			const commitBatch = () => {
				if (batch.length === 0) return;
				if (settings.durable) makeDurable(root, batch.map((b) => b.staged.path));
				for (const b of batch) settle(b.index, commitSession(job, b.staged));
				if (settings.durable) fsyncPath(root);
				batch = [];
				batchBytes = 0;
			};
			for (const [index, s] of discovery.sessions.entries()) {
				if (stop()) {
					commitBatch();
					throw interrupted(run.id, outcomes.filter(Boolean).length, total);
				}
				const prepared = prepareSession(job, s);
				if (!("path" in prepared)) {
					settle(index, prepared);
					continue;
				}
				emit({
					type: "staged",
					index,
					total,
					sessionId: s.id
				});
				batch.push({
					index,
					staged: prepared
				});
				batchBytes += prepared.bytes;
				if (batch.length >= BATCH_SESSIONS || batchBytes >= BATCH_BYTES) commitBatch();
			}
			commitBatch();
			run.finish(report());
		} catch (err) {
			throw targetWriteError(err, root, "write") ?? err;
		} finally {
			lock.release();
		}
	}
	const final = report();
	emit({
		type: "finish",
		report: final
	});
	return final;
}
/** Cached files (hash and size of each), working-memory keys and values, budget and depth counters. */
function checkContext(legacy, migrated, diffs) {
	const st = legacy.state?.value ?? null;
	const cx = legacy.context?.value ?? null;
	const session = migrated.session ?? {};
	const context = session.context ?? {};
	const files = context.files ?? {};
	const cached = cachedFiles(st, cx);
	let filesOk = 0;
	cached.delete(UNMAPPABLE_KEY);
	for (const [path, { content }] of cached) {
		const entry = files[path];
		if (!entry) diffs.push(`file ${path} is not in context.files`);
		else if (typeof content === "string" && entry.hash !== `sha256:${sha256Hex(content)}`) diffs.push(`file ${path}: hash differs`);
		else if (typeof content === "string" && entry.size_bytes !== Buffer.byteLength(content, "utf8")) diffs.push(`file ${path}: size differs`);
		else filesOk++;
	}
	const wmState = toObject(quiet$1(), "", st?.working_memory) ?? {};
	const wmContext = toObject(quiet$1(), "", cx?.working_memory) ?? {};
	const wm = context.working_memory ?? {};
	const keys = new Set([...Object.keys(wmContext), ...Object.keys(wmState)]);
	keys.delete(UNMAPPABLE_KEY);
	let wmOk = 0;
	for (const k of keys) {
		const expected = k in wmState ? wmState[k] : wmContext[k];
		if (!(k in wm)) diffs.push(`working_memory.${k} is missing`);
		else if (!(0, node_util.isDeepStrictEqual)(wm[k], expected)) diffs.push(`working_memory.${k} differs`);
		else wmOk++;
	}
	const counters = [
		[
			"total_tokens_used",
			st?.total_tokens_used,
			session.budget?.total_tokens_used
		],
		[
			"total_recursive_calls",
			st?.total_recursive_calls,
			session.budget?.total_recursive_calls
		],
		[
			"current_depth",
			st?.current_depth,
			session.activation?.current_depth
		],
		[
			"trajectory_events_count",
			st?.trajectory_events_count,
			session.trajectory?.events_count
		]
	];
	let countersOk = 0;
	let countersSeen = 0;
	for (const [name, raw, got] of counters) {
		const want = toCount(quiet$1(), name, raw);
		if (want === null) continue;
		countersSeen++;
		if (want === got) countersOk++;
		else diffs.push(`${name}: legacy ${want}, migrated ${String(got)}`);
	}
	return [
		{
			name: "files",
			legacy: cached.size,
			migrated: filesOk,
			ok: filesOk === cached.size
		},
		{
			name: "working_memory_keys",
			legacy: keys.size,
			migrated: wmOk,
			ok: wmOk === keys.size
		},
		{
			name: "counters",
			legacy: countersSeen,
			migrated: countersOk,
			ok: countersOk === countersSeen
		}
	];
}
function copiesCheck(name, legacy, migrated, prefix, diffs) {
	const files = legacy.files.filter((f) => f.bytes !== null && prefix(f.ref) && f.ref !== legacy.fileAccess?.ref);
	let ok = 0;
	for (const f of files) {
		const copy = hashFile((0, node_path.join)(migrated.dir, "legacy", f.ref));
		if (copy === null) diffs.push(`legacy/${f.ref} is missing`);
		else if (copy !== sha256Hex(f.bytes)) diffs.push(`legacy/${f.ref} differs from ${f.ref}`);
		else ok++;
	}
	return {
		name,
		legacy: files.length,
		migrated: ok,
		ok: ok === files.length
	};
}
/** Messages, file-access lines, and the byte-for-byte copies of every legacy file of the session. */
function checkCopies(legacy, migrated, diffs) {
	const raw = legacy.context?.value.messages;
	const messages = Array.isArray(raw) ? raw : null;
	let copied = null;
	try {
		copied = JSON.parse((0, node_fs.readFileSync)((0, node_path.join)(migrated.dir, "legacy", "messages.json"), "utf8"));
	} catch {
		if (messages !== null) diffs.push("legacy/messages.json is missing or unreadable");
	}
	const messagesOk = messages === null || (0, node_util.isDeepStrictEqual)(copied, messages);
	if (!messagesOk && copied !== null) diffs.push("legacy/messages.json differs from the legacy messages");
	const legacyLines = lines(legacy.fileAccess?.bytes.toString("utf8") ?? null);
	const migratedLines = lines(migrated.fileAccess);
	const accessOk = (0, node_util.isDeepStrictEqual)(legacyLines, migratedLines);
	if (!accessOk) diffs.push(`file-access.jsonl has ${migratedLines.length} line(s) that do not match the legacy log's ${legacyLines.length}`);
	return [
		{
			name: "messages",
			legacy: messages?.length ?? 0,
			migrated: Array.isArray(copied) ? copied.length : 0,
			ok: messagesOk
		},
		{
			name: "file_access_lines",
			legacy: legacyLines.length,
			migrated: migratedLines.length,
			ok: accessOk
		},
		copiesCheck("externalized", legacy, migrated, (r) => r.startsWith("rlm-externalized/"), diffs),
		copiesCheck("trajectories", legacy, migrated, (r) => r.startsWith("rlm-trajectories/"), diffs),
		copiesCheck("state_files", legacy, migrated, (r) => r.startsWith("rlm-state/"), diffs)
	];
}
/**
* The single legacy values that became session.json fields: times, activation, and the
* cwd and transcript path of session-metadata.json when it names the session (else of
* Claude Code's transcript, found again on disk; a recorded path that is no longer a file is
* not linked, see claude-link.ts); the `transcript.jsonl` link must lead to
* that transcript path. Only values the sources hold are compared (a fallback the
* migration chose proves nothing).
*/
function checkMetadata(legacy, migrated, diffs) {
	const st = legacy.state?.value;
	const md = legacy.metadata?.value;
	const latest = legacy.summaries[legacy.summaries.length - 1]?.value;
	const session = migrated.session ?? {};
	const meta = session.metadata ?? {};
	const activation = session.activation ?? {};
	const recorded = toStringOrNull(quiet(), "", md?.transcript_path);
	const transcript = recorded !== null && unusableTranscript(recorded) === null ? recorded : null;
	const fields = [
		[
			"created_at",
			toEpoch(quiet(), "", st?.created_at),
			meta.created_at
		],
		[
			"updated_at",
			toEpoch(quiet(), "", st?.updated_at),
			meta.updated_at
		],
		[
			"ended_at",
			toEpoch(quiet(), "", (latest?.duration_info)?.ended_at),
			meta.ended_at
		],
		[
			"rlm_active",
			toBool(quiet(), "", st?.rlm_active),
			activation.rlm_active
		],
		[
			"cwd",
			toStringOrNull(quiet(), "", md?.cwd) ?? legacy.transcript?.cwd ?? null,
			meta.cwd
		],
		[
			"claude_transcript_path",
			transcript ?? legacy.transcript?.path ?? null,
			meta.claude_transcript_path
		]
	];
	const linked = meta.claude_transcript_path;
	if (typeof linked === "string" && linked.startsWith("/")) {
		let target = null;
		try {
			target = (0, node_fs.readlinkSync)((0, node_path.join)(migrated.dir, TRANSCRIPT_LINK));
		} catch {}
		fields.push([
			TRANSCRIPT_LINK,
			linked,
			target
		]);
	}
	let seen = 0;
	let same = 0;
	for (const [name, want, got] of fields) {
		if (want === null) continue;
		seen++;
		if (want === got) same++;
		else diffs.push(`${name}: legacy ${JSON.stringify(want)}, migrated ${JSON.stringify(got) ?? "absent"}`);
	}
	return {
		name: "metadata",
		legacy: seen,
		migrated: same,
		ok: same === seen
	};
}
/** Every legacy tool output has a `tool` cell holding its whole content; the window of previews matches. */
function checkToolOutputs(legacy, migrated, diffs) {
	const list = legacy.context?.value.tool_outputs;
	const outputs = Array.isArray(list) ? list : [];
	const byIndex = /* @__PURE__ */ new Map();
	for (const cell of migrated.cells.values()) {
		const from = cell.extra?.migrated_from;
		if (typeof from?.index === "number") byIndex.set(from.index, cell);
	}
	let matched = 0;
	for (const [i, entry] of outputs.entries()) {
		const cell = byIndex.get(i);
		if (!cell) {
			diffs.push(`tool output #${i} has no cell`);
			continue;
		}
		const output = cell.output;
		if (cell.type !== "tool" || cell.status !== "done") diffs.push(`cell ${String(cell.cell_id)} (tool output #${i}) is not a done tool cell`);
		else if (contentDigest(output?.result) !== contentDigest(toolOutputContent(entry))) diffs.push(`cell ${String(cell.cell_id)} (tool output #${i}) does not hold the legacy content`);
		else matched++;
	}
	const context = migrated.session?.context ?? {};
	const previews = Array.isArray(context.tool_outputs) ? context.tool_outputs : [];
	const window = outputs.slice(-100);
	let previewsOk = previews.length === window.length;
	if (!previewsOk) diffs.push(`previews: ${window.length} legacy tool outputs in the window, ${previews.length} previews`);
	previews.forEach((p, i) => {
		const expected = toolOutputPreview(contentText(toolOutputContent(window[i])));
		const cell = migrated.cells.get(String(p.cell_id));
		if (p.content_preview !== expected || !cell) {
			previewsOk = false;
			diffs.push(`tool output preview #${i} does not match its legacy output or cell`);
		}
	});
	const indexed = migrated.index?.cells;
	const unindexed = [...migrated.cells.keys()].filter((id) => !indexed || !(id in indexed));
	if (unindexed.length > 0) diffs.push(`cells/index.json misses ${unindexed.length} cell(s)`);
	const cellsCount = (migrated.session?.cells ?? {}).count;
	if (cellsCount !== migrated.cells.size) diffs.push(`session.json counts ${String(cellsCount)} cells, ${migrated.cells.size} cell files exist`);
	return [
		{
			name: "tool_outputs",
			legacy: outputs.length,
			migrated: matched,
			ok: matched === outputs.length
		},
		{
			name: "previews",
			legacy: window.length,
			migrated: previews.length,
			ok: previewsOk
		},
		{
			name: "cell_index",
			legacy: migrated.cells.size,
			migrated: migrated.cells.size - unindexed.length,
			ok: unindexed.length === 0 && cellsCount === migrated.cells.size
		}
	];
}
function readJson(path, problems, what) {
	try {
		return JSON.parse((0, node_fs.readFileSync)(path, "utf8"));
	} catch (err) {
		problems.push(`${what}: ${err.message}`);
		return null;
	}
}
function readMigrated(dir) {
	const problems = [];
	const session = readJson((0, node_path.join)(dir, SESSION_FILE), problems, SESSION_FILE);
	if (session !== null) {
		const parsed = safeParseSession(session);
		if (!parsed.ok) problems.push(parsed.error.message);
	}
	const cells = /* @__PURE__ */ new Map();
	const cellsDir = (0, node_path.join)(dir, "cells");
	const names = (0, node_fs.existsSync)(cellsDir) ? (0, node_fs.readdirSync)(cellsDir).filter((n) => n.endsWith(".json") && n !== "index.json") : [];
	for (const name of names) {
		const doc = readJson((0, node_path.join)(cellsDir, name), problems, `cells/${name}`);
		if (doc !== null) cells.set(name.slice(0, -5), doc);
	}
	const index = (0, node_fs.existsSync)((0, node_path.join)(cellsDir, "index.json")) ? readJson((0, node_path.join)(cellsDir, "index.json"), problems, "cells/index.json") : null;
	const accessPath = (0, node_path.join)(dir, FILE_ACCESS_LOG);
	return {
		dir,
		session,
		problems,
		cells,
		index,
		fileAccess: (0, node_fs.existsSync)(accessPath) ? (0, node_fs.readFileSync)(accessPath, "utf8") : null
	};
}
/**
* Prove nothing was lost: for every legacy session, compare the legacy source (read again,
* independently of the mapping) with the migrated session on disk: counts of tool outputs,
* files, working-memory keys, messages, file-access lines, externalized exports, and the
* content hash of each. Read-only.
*/
function verifyMigration(options = {}) {
	const { root, dirs, claudeDir } = resolveLocations(options);
	const discovery = discoverLegacy(dirs);
	const globals = readGlobals(discovery, claudeDir);
	const sessions = discovery.sessions.map((s) => {
		const base = {
			sessionId: s.id,
			reason: null,
			checks: [],
			differences: []
		};
		const loaded = loadSession(discovery, globals, s);
		const unread = loaded.files.filter((f) => f.readError !== void 0).map((f) => `${f.ref} could not be read (${f.readError}): its content is neither migrated nor verified`);
		if (!loaded.readable) {
			if (unread.length > 0) return {
				...base,
				status: "mismatch",
				reason: "its legacy files could not be read",
				differences: unread
			};
			return {
				...base,
				status: "skipped",
				reason: loaded.empty ? "only empty legacy files" : "nothing in the legacy files could be read"
			};
		}
		const target = inspectTarget(root, s.id);
		if (target.kind === "absent") return {
			...base,
			status: "missing",
			reason: `no session ${s.id} in ${root}`
		};
		if (target.kind === "foreign" && !(0, node_fs.existsSync)((0, node_path.join)(root, s.id, "legacy", "migration.json"))) return {
			...base,
			status: "skipped",
			reason: `not migrated: ${target.reason}`
		};
		const migrated = readMigrated((0, node_path.join)(root, s.id));
		const differences = [...migrated.problems, ...unread];
		const checks = [
			...checkToolOutputs(loaded, migrated, differences),
			...checkContext(loaded, migrated, differences),
			checkMetadata(loaded, migrated, differences),
			...checkCopies(loaded, migrated, differences)
		];
		const ok = differences.length === 0 && checks.every((c) => c.ok);
		return {
			...base,
			status: ok ? "ok" : "mismatch",
			checks,
			differences
		};
	});
	const totals = {
		ok: 0,
		mismatch: 0,
		missing: 0,
		skipped: 0
	};
	for (const s of sessions) totals[s.status]++;
	return {
		kind: "verify",
		sessionsRoot: root,
		legacy: dirs,
		sessions,
		totals,
		ok: totals.mismatch === 0 && totals.missing === 0
	};
}
var CHUNK$1, LIMIT, LEGACY_ROOTS, NOT_SESSION_IDS, PUNCT, LITERAL, WS, PY_LITERALS, BENIGN_REPAIR, LEADING_ID, SUMMARY, MigrateUsageError, MigrationError, absent, TRUE, FALSE, PAIR, transcriptSource, UNMAPPABLE_KEY, UNMAPPABLE_MESSAGE, STATE_KEYS, CONTEXT_KEYS, json, asDoc, RUN_ID_PATTERN, BACKUP_DIR, RUN_FILE, JOURNAL_FILE, REPORT_FILE, REPLACED_DIR, STAGING_PREFIX, RUN_LOCK, TRASH_PREFIX, RECORD_TEMP, FLAG, holdsLegacy, WRITE_ERRORS, HINTS, HINT, nested, syncfsWorks, CHUNK, buffer, BACKUP_MANIFEST, BACKUP_FILES, DISPLACED_DIR, MIGRATE_TOOL, outcome, RunHandle, BATCH_SESSIONS, BATCH_BYTES, quiet$1, lines, quiet;
var init_dist = __esmMin((() => {
	init_dist$3();
	init_dist$2();
	init_dist$1();
	CHUNK$1 = 64 * 1024;
	LIMIT = 1024 * 1024;
	LEGACY_ROOTS = [
		"rlm-state",
		"rlm-externalized",
		"rlm-trajectories"
	];
	NOT_SESSION_IDS = new Set([
		"context",
		"session-metadata",
		"current-transcript",
		"activation"
	]);
	PUNCT = new Set([
		"{",
		"}",
		"[",
		"]",
		",",
		":"
	]);
	LITERAL = /[-+.0-9A-Za-z]/;
	WS = /\s/;
	PY_LITERALS = new Set([
		"NaN",
		"Infinity",
		"-Infinity"
	]);
	BENIGN_REPAIR = /^Python NaN\/Infinity/;
	LEADING_ID = /^\s*\{\s*"session_id"\s*:\s*("(?:[^"\\]|\\.)*")/;
	SUMMARY = /^(\d{8})_(.+)_summary\.json$/;
	MigrateUsageError = class extends RlmError {
		constructor(message, hint) {
			super("ERR_RLM_USAGE", message, { hint });
			this.name = "MigrateUsageError";
		}
	};
	MigrationError = class extends RlmError {
		constructor(message, options = {}) {
			super("ERR_RLM_MIGRATION", message, options);
			this.name = "MigrationError";
		}
	};
	absent = (v) => v === void 0 || v === null || v === "None" || v === "null";
	TRUE = new Set([
		"true",
		"1",
		"yes",
		"on"
	]);
	FALSE = new Set([
		"false",
		"0",
		"no",
		"off",
		""
	]);
	PAIR = /^\s*"([A-Za-z0-9_]+)"\s*:\s*(.*?)\s*,?\s*$/;
	transcriptSource = (id) => `claude/projects/*/${id}.jsonl`;
	UNMAPPABLE_KEY = "__proto__";
	UNMAPPABLE_MESSAGE = "the key __proto__ cannot be stored in session.json; left out (kept verbatim under legacy/)";
	STATE_KEYS = new Set(Object.keys(LegacyState.shape));
	CONTEXT_KEYS = new Set(Object.keys(LegacyContext.shape));
	json = (v) => Buffer.from(`${JSON.stringify(v, null, 2)}\n`);
	asDoc = (v) => v !== null && typeof v === "object" && !Array.isArray(v) ? v : null;
	RUN_ID_PATTERN = /^\d{8}-\d{6}-[0-9a-f]{6}$/;
	BACKUP_DIR = "migration-backup";
	RUN_FILE = "run.json";
	JOURNAL_FILE = "journal.jsonl";
	REPORT_FILE = "report.json";
	REPLACED_DIR = "replaced";
	STAGING_PREFIX = ".staging-";
	RUN_LOCK = ".rlm-migrate.lock";
	TRASH_PREFIX = ".rollback-";
	RECORD_TEMP = /^(run|backup-manifest|report)\.json\.tmp$/;
	FLAG = {
		"rlm-state": "--state-dir",
		"rlm-externalized": "--externalized-dir",
		"rlm-trajectories": "--trajectories-dir"
	};
	holdsLegacy = (base) => LEGACY_ROOTS.some((r) => (0, node_fs.existsSync)((0, node_path.join)(base, r)));
	WRITE_ERRORS = {
		EACCES: "permission denied",
		EPERM: "operation not permitted",
		EROFS: "read-only file system",
		ENOSPC: "no space left on device",
		EDQUOT: "disk quota exceeded"
	};
	HINTS = {
		EACCES: "make the folder writable by you, or choose another one with --sessions-dir",
		EPERM: "make the folder writable by you, or choose another one with --sessions-dir",
		EROFS: "choose a folder on a writable file system with --sessions-dir",
		ENOSPC: "free some space (`rlm-migrate --dry-run` estimates what is needed) or choose a --sessions-dir on a disk with room",
		EDQUOT: "free some space (`rlm-migrate --dry-run` estimates what is needed) or choose a --sessions-dir on a disk with room"
	};
	HINT = "choose a folder with --sessions-dir (or $RLM_SESSIONS_DIR)";
	nested = (outer, inner) => {
		const r = (0, node_path.relative)(outer, inner);
		return r === "" || !r.startsWith("..") && !r.startsWith("/");
	};
	syncfsWorks = null;
	CHUNK = 1 << 20;
	buffer = null;
	BACKUP_MANIFEST = "backup-manifest.json";
	BACKUP_FILES = "files";
	DISPLACED_DIR = "displaced";
	MIGRATE_TOOL = `@rlm/migrate@0.1.0`;
	outcome = (s, status, reason, problems = []) => ({
		sessionId: s.id,
		status,
		reason,
		counts: null,
		transcript: null,
		problems
	});
	RunHandle = class {
		record;
		manifest = null;
		resumed;
		constructor(settings, resumable) {
			this.settings = settings;
			this.record = resumable;
			this.resumed = resumable !== null;
			if (resumable) this.ensureBackup();
		}
		get id() {
			return this.record?.run_id ?? null;
		}
		get path() {
			return this.record ? runPath(this.settings.root, this.record.run_id) : null;
		}
		get backup() {
			return this.manifest;
		}
		/** Start the run (folder, record, backup) if not started yet; returns its id. */
		ensureStarted() {
			if (this.record) return this.record.run_id;
			const { root, discovery, backup, force, nowMs } = this.settings;
			const started = nowMs();
			this.record = {
				version: 1,
				run_id: newRunId(started, listRunIds(root)),
				status: "running",
				started_at: started / 1e3,
				finished_at: null,
				rolled_back_at: null,
				tool: MIGRATE_TOOL,
				sessions_root: root,
				legacy: discovery.dirs,
				backup,
				force
			};
			const dir = createRun(root, this.record);
			try {
				this.ensureBackup();
			} catch (err) {
				this.record = null;
				(0, node_fs.rmSync)(dir, {
					recursive: true,
					force: true
				});
				throw err;
			}
			return this.record.run_id;
		}
		ensureBackup() {
			const dir = this.path;
			const id = this.record.run_id;
			this.manifest = readBackupManifest(dir) ?? writeBackup(dir, id, this.settings.discovery, this.record.backup, this.settings.durable, this.settings.shouldStop);
			this.settings.emit({
				type: "backup",
				runId: id,
				files: this.manifest.files,
				bytes: this.manifest.bytes
			});
		}
		journal(entry) {
			appendJournal(this.settings.root, this.ensureStarted(), {
				...entry,
				at: this.settings.nowMs() / 1e3
			});
		}
		/** Mark the run complete and keep its report beside the backup. */
		finish(report) {
			if (!this.record) return;
			writeJsonRecord((0, node_path.join)(this.path, REPORT_FILE), report);
			this.record = {
				...this.record,
				status: "complete",
				finished_at: this.settings.nowMs() / 1e3
			};
			writeRun(this.settings.root, this.record);
		}
	};
	BATCH_SESSIONS = 64;
	BATCH_BYTES = 64 * 1024 * 1024;
	quiet$1 = () => ({
		source: "",
		sink: []
	});
	lines = (text) => (text ?? "").split("\n").filter((l) => l.trim() !== "");
	quiet = () => ({
		source: "",
		sink: []
	});
}));
//#endregion
//#region src/job/job.ts
function toJobError(err) {
	const e = err ?? {};
	return {
		name: typeof e.name === "string" ? e.name : "Error",
		code: typeof e.code === "string" ? e.code : void 0,
		message: typeof e.message === "string" ? e.message : String(err),
		hint: typeof e.hint === "string" ? e.hint : void 0,
		stack: typeof e.stack === "string" ? e.stack : void 0,
		syscall: typeof e.syscall === "string" ? e.syscall : void 0
	};
}
/**
* Run a job in this thread. `shouldStop` is asked between sessions (migrate only: the
* other jobs write nothing that a stop could leave half done, or finish on a re-run).
*/
async function executeJob(job, onEvent, shouldStop) {
	const lib = await Promise.resolve().then(() => (init_dist(), dist_exports));
	const forward = (e) => {
		if (e.type !== "finish") onEvent(e);
	};
	switch (job.kind) {
		case "migrate": return lib.migrate({
			...job.options,
			onEvent: forward,
			shouldStop
		});
		case "plan": return lib.planMigration({
			...job.options,
			onEvent
		});
		case "verify": return lib.verifyMigration(job.options);
		case "rollback": return lib.rollback(job.options);
	}
}
var init_job = __esmMin((() => {}));
//#endregion
//#region src/job/worker-side.ts
init_job();
/** True when this thread was started by `runJob` (see run-job.ts) to run a job. */
function isJobWorker() {
	return node_worker_threads.parentPort !== null && node_worker_threads.workerData?.rlmMigrateJob !== void 0;
}
/** The worker's side: run the job, stream its events, post its result or error. */
async function runWorkerJob() {
	const input = node_worker_threads.workerData;
	const flag = new Int32Array(input.stop);
	const post = (m) => node_worker_threads.parentPort.postMessage(m);
	try {
		post({
			type: "done",
			result: await executeJob(input.rlmMigrateJob, (event) => post({
				type: "event",
				event
			}), () => Atomics.load(flag, 0) === 1)
		});
	} catch (err) {
		post({
			type: "error",
			error: toJobError(err)
		});
	}
}
//#endregion
//#region ../../node_modules/.pnpm/commander@14.0.3/node_modules/commander/lib/error.js
var require_error = /* @__PURE__ */ __commonJSMin(((exports) => {
	/**
	* CommanderError class
	*/
	var CommanderError = class extends Error {
		/**
		* Constructs the CommanderError class
		* @param {number} exitCode suggested exit code which could be used with process.exit
		* @param {string} code an id string representing the error
		* @param {string} message human-readable description of the error
		*/
		constructor(exitCode, code, message) {
			super(message);
			Error.captureStackTrace(this, this.constructor);
			this.name = this.constructor.name;
			this.code = code;
			this.exitCode = exitCode;
			this.nestedError = void 0;
		}
	};
	/**
	* InvalidArgumentError class
	*/
	var InvalidArgumentError = class extends CommanderError {
		/**
		* Constructs the InvalidArgumentError class
		* @param {string} [message] explanation of why argument is invalid
		*/
		constructor(message) {
			super(1, "commander.invalidArgument", message);
			Error.captureStackTrace(this, this.constructor);
			this.name = this.constructor.name;
		}
	};
	exports.CommanderError = CommanderError;
	exports.InvalidArgumentError = InvalidArgumentError;
}));
//#endregion
//#region ../../node_modules/.pnpm/commander@14.0.3/node_modules/commander/lib/argument.js
var require_argument = /* @__PURE__ */ __commonJSMin(((exports) => {
	const { InvalidArgumentError } = require_error();
	var Argument = class {
		/**
		* Initialize a new command argument with the given name and description.
		* The default is that the argument is required, and you can explicitly
		* indicate this with <> around the name. Put [] around the name for an optional argument.
		*
		* @param {string} name
		* @param {string} [description]
		*/
		constructor(name, description) {
			this.description = description || "";
			this.variadic = false;
			this.parseArg = void 0;
			this.defaultValue = void 0;
			this.defaultValueDescription = void 0;
			this.argChoices = void 0;
			switch (name[0]) {
				case "<":
					this.required = true;
					this._name = name.slice(1, -1);
					break;
				case "[":
					this.required = false;
					this._name = name.slice(1, -1);
					break;
				default:
					this.required = true;
					this._name = name;
					break;
			}
			if (this._name.endsWith("...")) {
				this.variadic = true;
				this._name = this._name.slice(0, -3);
			}
		}
		/**
		* Return argument name.
		*
		* @return {string}
		*/
		name() {
			return this._name;
		}
		/**
		* @package
		*/
		_collectValue(value, previous) {
			if (previous === this.defaultValue || !Array.isArray(previous)) return [value];
			previous.push(value);
			return previous;
		}
		/**
		* Set the default value, and optionally supply the description to be displayed in the help.
		*
		* @param {*} value
		* @param {string} [description]
		* @return {Argument}
		*/
		default(value, description) {
			this.defaultValue = value;
			this.defaultValueDescription = description;
			return this;
		}
		/**
		* Set the custom handler for processing CLI command arguments into argument values.
		*
		* @param {Function} [fn]
		* @return {Argument}
		*/
		argParser(fn) {
			this.parseArg = fn;
			return this;
		}
		/**
		* Only allow argument value to be one of choices.
		*
		* @param {string[]} values
		* @return {Argument}
		*/
		choices(values) {
			this.argChoices = values.slice();
			this.parseArg = (arg, previous) => {
				if (!this.argChoices.includes(arg)) throw new InvalidArgumentError(`Allowed choices are ${this.argChoices.join(", ")}.`);
				if (this.variadic) return this._collectValue(arg, previous);
				return arg;
			};
			return this;
		}
		/**
		* Make argument required.
		*
		* @returns {Argument}
		*/
		argRequired() {
			this.required = true;
			return this;
		}
		/**
		* Make argument optional.
		*
		* @returns {Argument}
		*/
		argOptional() {
			this.required = false;
			return this;
		}
	};
	/**
	* Takes an argument and returns its human readable equivalent for help usage.
	*
	* @param {Argument} arg
	* @return {string}
	* @private
	*/
	function humanReadableArgName(arg) {
		const nameOutput = arg.name() + (arg.variadic === true ? "..." : "");
		return arg.required ? "<" + nameOutput + ">" : "[" + nameOutput + "]";
	}
	exports.Argument = Argument;
	exports.humanReadableArgName = humanReadableArgName;
}));
//#endregion
//#region ../../node_modules/.pnpm/commander@14.0.3/node_modules/commander/lib/help.js
var require_help = /* @__PURE__ */ __commonJSMin(((exports) => {
	const { humanReadableArgName } = require_argument();
	/**
	* TypeScript import types for JSDoc, used by Visual Studio Code IntelliSense and `npm run typescript-checkJS`
	* https://www.typescriptlang.org/docs/handbook/jsdoc-supported-types.html#import-types
	* @typedef { import("./argument.js").Argument } Argument
	* @typedef { import("./command.js").Command } Command
	* @typedef { import("./option.js").Option } Option
	*/
	var Help = class {
		constructor() {
			this.helpWidth = void 0;
			this.minWidthToWrap = 40;
			this.sortSubcommands = false;
			this.sortOptions = false;
			this.showGlobalOptions = false;
		}
		/**
		* prepareContext is called by Commander after applying overrides from `Command.configureHelp()`
		* and just before calling `formatHelp()`.
		*
		* Commander just uses the helpWidth and the rest is provided for optional use by more complex subclasses.
		*
		* @param {{ error?: boolean, helpWidth?: number, outputHasColors?: boolean }} contextOptions
		*/
		prepareContext(contextOptions) {
			this.helpWidth = this.helpWidth ?? contextOptions.helpWidth ?? 80;
		}
		/**
		* Get an array of the visible subcommands. Includes a placeholder for the implicit help command, if there is one.
		*
		* @param {Command} cmd
		* @returns {Command[]}
		*/
		visibleCommands(cmd) {
			const visibleCommands = cmd.commands.filter((cmd) => !cmd._hidden);
			const helpCommand = cmd._getHelpCommand();
			if (helpCommand && !helpCommand._hidden) visibleCommands.push(helpCommand);
			if (this.sortSubcommands) visibleCommands.sort((a, b) => {
				return a.name().localeCompare(b.name());
			});
			return visibleCommands;
		}
		/**
		* Compare options for sort.
		*
		* @param {Option} a
		* @param {Option} b
		* @returns {number}
		*/
		compareOptions(a, b) {
			const getSortKey = (option) => {
				return option.short ? option.short.replace(/^-/, "") : option.long.replace(/^--/, "");
			};
			return getSortKey(a).localeCompare(getSortKey(b));
		}
		/**
		* Get an array of the visible options. Includes a placeholder for the implicit help option, if there is one.
		*
		* @param {Command} cmd
		* @returns {Option[]}
		*/
		visibleOptions(cmd) {
			const visibleOptions = cmd.options.filter((option) => !option.hidden);
			const helpOption = cmd._getHelpOption();
			if (helpOption && !helpOption.hidden) {
				const removeShort = helpOption.short && cmd._findOption(helpOption.short);
				const removeLong = helpOption.long && cmd._findOption(helpOption.long);
				if (!removeShort && !removeLong) visibleOptions.push(helpOption);
				else if (helpOption.long && !removeLong) visibleOptions.push(cmd.createOption(helpOption.long, helpOption.description));
				else if (helpOption.short && !removeShort) visibleOptions.push(cmd.createOption(helpOption.short, helpOption.description));
			}
			if (this.sortOptions) visibleOptions.sort(this.compareOptions);
			return visibleOptions;
		}
		/**
		* Get an array of the visible global options. (Not including help.)
		*
		* @param {Command} cmd
		* @returns {Option[]}
		*/
		visibleGlobalOptions(cmd) {
			if (!this.showGlobalOptions) return [];
			const globalOptions = [];
			for (let ancestorCmd = cmd.parent; ancestorCmd; ancestorCmd = ancestorCmd.parent) {
				const visibleOptions = ancestorCmd.options.filter((option) => !option.hidden);
				globalOptions.push(...visibleOptions);
			}
			if (this.sortOptions) globalOptions.sort(this.compareOptions);
			return globalOptions;
		}
		/**
		* Get an array of the arguments if any have a description.
		*
		* @param {Command} cmd
		* @returns {Argument[]}
		*/
		visibleArguments(cmd) {
			if (cmd._argsDescription) cmd.registeredArguments.forEach((argument) => {
				argument.description = argument.description || cmd._argsDescription[argument.name()] || "";
			});
			if (cmd.registeredArguments.find((argument) => argument.description)) return cmd.registeredArguments;
			return [];
		}
		/**
		* Get the command term to show in the list of subcommands.
		*
		* @param {Command} cmd
		* @returns {string}
		*/
		subcommandTerm(cmd) {
			const args = cmd.registeredArguments.map((arg) => humanReadableArgName(arg)).join(" ");
			return cmd._name + (cmd._aliases[0] ? "|" + cmd._aliases[0] : "") + (cmd.options.length ? " [options]" : "") + (args ? " " + args : "");
		}
		/**
		* Get the option term to show in the list of options.
		*
		* @param {Option} option
		* @returns {string}
		*/
		optionTerm(option) {
			return option.flags;
		}
		/**
		* Get the argument term to show in the list of arguments.
		*
		* @param {Argument} argument
		* @returns {string}
		*/
		argumentTerm(argument) {
			return argument.name();
		}
		/**
		* Get the longest command term length.
		*
		* @param {Command} cmd
		* @param {Help} helper
		* @returns {number}
		*/
		longestSubcommandTermLength(cmd, helper) {
			return helper.visibleCommands(cmd).reduce((max, command) => {
				return Math.max(max, this.displayWidth(helper.styleSubcommandTerm(helper.subcommandTerm(command))));
			}, 0);
		}
		/**
		* Get the longest option term length.
		*
		* @param {Command} cmd
		* @param {Help} helper
		* @returns {number}
		*/
		longestOptionTermLength(cmd, helper) {
			return helper.visibleOptions(cmd).reduce((max, option) => {
				return Math.max(max, this.displayWidth(helper.styleOptionTerm(helper.optionTerm(option))));
			}, 0);
		}
		/**
		* Get the longest global option term length.
		*
		* @param {Command} cmd
		* @param {Help} helper
		* @returns {number}
		*/
		longestGlobalOptionTermLength(cmd, helper) {
			return helper.visibleGlobalOptions(cmd).reduce((max, option) => {
				return Math.max(max, this.displayWidth(helper.styleOptionTerm(helper.optionTerm(option))));
			}, 0);
		}
		/**
		* Get the longest argument term length.
		*
		* @param {Command} cmd
		* @param {Help} helper
		* @returns {number}
		*/
		longestArgumentTermLength(cmd, helper) {
			return helper.visibleArguments(cmd).reduce((max, argument) => {
				return Math.max(max, this.displayWidth(helper.styleArgumentTerm(helper.argumentTerm(argument))));
			}, 0);
		}
		/**
		* Get the command usage to be displayed at the top of the built-in help.
		*
		* @param {Command} cmd
		* @returns {string}
		*/
		commandUsage(cmd) {
			let cmdName = cmd._name;
			if (cmd._aliases[0]) cmdName = cmdName + "|" + cmd._aliases[0];
			let ancestorCmdNames = "";
			for (let ancestorCmd = cmd.parent; ancestorCmd; ancestorCmd = ancestorCmd.parent) ancestorCmdNames = ancestorCmd.name() + " " + ancestorCmdNames;
			return ancestorCmdNames + cmdName + " " + cmd.usage();
		}
		/**
		* Get the description for the command.
		*
		* @param {Command} cmd
		* @returns {string}
		*/
		commandDescription(cmd) {
			return cmd.description();
		}
		/**
		* Get the subcommand summary to show in the list of subcommands.
		* (Fallback to description for backwards compatibility.)
		*
		* @param {Command} cmd
		* @returns {string}
		*/
		subcommandDescription(cmd) {
			return cmd.summary() || cmd.description();
		}
		/**
		* Get the option description to show in the list of options.
		*
		* @param {Option} option
		* @return {string}
		*/
		optionDescription(option) {
			const extraInfo = [];
			if (option.argChoices) extraInfo.push(`choices: ${option.argChoices.map((choice) => JSON.stringify(choice)).join(", ")}`);
			if (option.defaultValue !== void 0) {
				if (option.required || option.optional || option.isBoolean() && typeof option.defaultValue === "boolean") extraInfo.push(`default: ${option.defaultValueDescription || JSON.stringify(option.defaultValue)}`);
			}
			if (option.presetArg !== void 0 && option.optional) extraInfo.push(`preset: ${JSON.stringify(option.presetArg)}`);
			if (option.envVar !== void 0) extraInfo.push(`env: ${option.envVar}`);
			if (extraInfo.length > 0) {
				const extraDescription = `(${extraInfo.join(", ")})`;
				if (option.description) return `${option.description} ${extraDescription}`;
				return extraDescription;
			}
			return option.description;
		}
		/**
		* Get the argument description to show in the list of arguments.
		*
		* @param {Argument} argument
		* @return {string}
		*/
		argumentDescription(argument) {
			const extraInfo = [];
			if (argument.argChoices) extraInfo.push(`choices: ${argument.argChoices.map((choice) => JSON.stringify(choice)).join(", ")}`);
			if (argument.defaultValue !== void 0) extraInfo.push(`default: ${argument.defaultValueDescription || JSON.stringify(argument.defaultValue)}`);
			if (extraInfo.length > 0) {
				const extraDescription = `(${extraInfo.join(", ")})`;
				if (argument.description) return `${argument.description} ${extraDescription}`;
				return extraDescription;
			}
			return argument.description;
		}
		/**
		* Format a list of items, given a heading and an array of formatted items.
		*
		* @param {string} heading
		* @param {string[]} items
		* @param {Help} helper
		* @returns string[]
		*/
		formatItemList(heading, items, helper) {
			if (items.length === 0) return [];
			return [
				helper.styleTitle(heading),
				...items,
				""
			];
		}
		/**
		* Group items by their help group heading.
		*
		* @param {Command[] | Option[]} unsortedItems
		* @param {Command[] | Option[]} visibleItems
		* @param {Function} getGroup
		* @returns {Map<string, Command[] | Option[]>}
		*/
		groupItems(unsortedItems, visibleItems, getGroup) {
			const result = /* @__PURE__ */ new Map();
			unsortedItems.forEach((item) => {
				const group = getGroup(item);
				if (!result.has(group)) result.set(group, []);
			});
			visibleItems.forEach((item) => {
				const group = getGroup(item);
				if (!result.has(group)) result.set(group, []);
				result.get(group).push(item);
			});
			return result;
		}
		/**
		* Generate the built-in help text.
		*
		* @param {Command} cmd
		* @param {Help} helper
		* @returns {string}
		*/
		formatHelp(cmd, helper) {
			const termWidth = helper.padWidth(cmd, helper);
			const helpWidth = helper.helpWidth ?? 80;
			function callFormatItem(term, description) {
				return helper.formatItem(term, termWidth, description, helper);
			}
			let output = [`${helper.styleTitle("Usage:")} ${helper.styleUsage(helper.commandUsage(cmd))}`, ""];
			const commandDescription = helper.commandDescription(cmd);
			if (commandDescription.length > 0) output = output.concat([helper.boxWrap(helper.styleCommandDescription(commandDescription), helpWidth), ""]);
			const argumentList = helper.visibleArguments(cmd).map((argument) => {
				return callFormatItem(helper.styleArgumentTerm(helper.argumentTerm(argument)), helper.styleArgumentDescription(helper.argumentDescription(argument)));
			});
			output = output.concat(this.formatItemList("Arguments:", argumentList, helper));
			this.groupItems(cmd.options, helper.visibleOptions(cmd), (option) => option.helpGroupHeading ?? "Options:").forEach((options, group) => {
				const optionList = options.map((option) => {
					return callFormatItem(helper.styleOptionTerm(helper.optionTerm(option)), helper.styleOptionDescription(helper.optionDescription(option)));
				});
				output = output.concat(this.formatItemList(group, optionList, helper));
			});
			if (helper.showGlobalOptions) {
				const globalOptionList = helper.visibleGlobalOptions(cmd).map((option) => {
					return callFormatItem(helper.styleOptionTerm(helper.optionTerm(option)), helper.styleOptionDescription(helper.optionDescription(option)));
				});
				output = output.concat(this.formatItemList("Global Options:", globalOptionList, helper));
			}
			this.groupItems(cmd.commands, helper.visibleCommands(cmd), (sub) => sub.helpGroup() || "Commands:").forEach((commands, group) => {
				const commandList = commands.map((sub) => {
					return callFormatItem(helper.styleSubcommandTerm(helper.subcommandTerm(sub)), helper.styleSubcommandDescription(helper.subcommandDescription(sub)));
				});
				output = output.concat(this.formatItemList(group, commandList, helper));
			});
			return output.join("\n");
		}
		/**
		* Return display width of string, ignoring ANSI escape sequences. Used in padding and wrapping calculations.
		*
		* @param {string} str
		* @returns {number}
		*/
		displayWidth(str) {
			return stripColor(str).length;
		}
		/**
		* Style the title for displaying in the help. Called with 'Usage:', 'Options:', etc.
		*
		* @param {string} str
		* @returns {string}
		*/
		styleTitle(str) {
			return str;
		}
		styleUsage(str) {
			return str.split(" ").map((word) => {
				if (word === "[options]") return this.styleOptionText(word);
				if (word === "[command]") return this.styleSubcommandText(word);
				if (word[0] === "[" || word[0] === "<") return this.styleArgumentText(word);
				return this.styleCommandText(word);
			}).join(" ");
		}
		styleCommandDescription(str) {
			return this.styleDescriptionText(str);
		}
		styleOptionDescription(str) {
			return this.styleDescriptionText(str);
		}
		styleSubcommandDescription(str) {
			return this.styleDescriptionText(str);
		}
		styleArgumentDescription(str) {
			return this.styleDescriptionText(str);
		}
		styleDescriptionText(str) {
			return str;
		}
		styleOptionTerm(str) {
			return this.styleOptionText(str);
		}
		styleSubcommandTerm(str) {
			return str.split(" ").map((word) => {
				if (word === "[options]") return this.styleOptionText(word);
				if (word[0] === "[" || word[0] === "<") return this.styleArgumentText(word);
				return this.styleSubcommandText(word);
			}).join(" ");
		}
		styleArgumentTerm(str) {
			return this.styleArgumentText(str);
		}
		styleOptionText(str) {
			return str;
		}
		styleArgumentText(str) {
			return str;
		}
		styleSubcommandText(str) {
			return str;
		}
		styleCommandText(str) {
			return str;
		}
		/**
		* Calculate the pad width from the maximum term length.
		*
		* @param {Command} cmd
		* @param {Help} helper
		* @returns {number}
		*/
		padWidth(cmd, helper) {
			return Math.max(helper.longestOptionTermLength(cmd, helper), helper.longestGlobalOptionTermLength(cmd, helper), helper.longestSubcommandTermLength(cmd, helper), helper.longestArgumentTermLength(cmd, helper));
		}
		/**
		* Detect manually wrapped and indented strings by checking for line break followed by whitespace.
		*
		* @param {string} str
		* @returns {boolean}
		*/
		preformatted(str) {
			return /\n[^\S\r\n]/.test(str);
		}
		/**
		* Format the "item", which consists of a term and description. Pad the term and wrap the description, indenting the following lines.
		*
		* So "TTT", 5, "DDD DDDD DD DDD" might be formatted for this.helpWidth=17 like so:
		*   TTT  DDD DDDD
		*        DD DDD
		*
		* @param {string} term
		* @param {number} termWidth
		* @param {string} description
		* @param {Help} helper
		* @returns {string}
		*/
		formatItem(term, termWidth, description, helper) {
			const itemIndent = 2;
			const itemIndentStr = " ".repeat(itemIndent);
			if (!description) return itemIndentStr + term;
			const paddedTerm = term.padEnd(termWidth + term.length - helper.displayWidth(term));
			const spacerWidth = 2;
			const remainingWidth = (this.helpWidth ?? 80) - termWidth - spacerWidth - itemIndent;
			let formattedDescription;
			if (remainingWidth < this.minWidthToWrap || helper.preformatted(description)) formattedDescription = description;
			else formattedDescription = helper.boxWrap(description, remainingWidth).replace(/\n/g, "\n" + " ".repeat(termWidth + spacerWidth));
			return itemIndentStr + paddedTerm + " ".repeat(spacerWidth) + formattedDescription.replace(/\n/g, `\n${itemIndentStr}`);
		}
		/**
		* Wrap a string at whitespace, preserving existing line breaks.
		* Wrapping is skipped if the width is less than `minWidthToWrap`.
		*
		* @param {string} str
		* @param {number} width
		* @returns {string}
		*/
		boxWrap(str, width) {
			if (width < this.minWidthToWrap) return str;
			const rawLines = str.split(/\r\n|\n/);
			const chunkPattern = /[\s]*[^\s]+/g;
			const wrappedLines = [];
			rawLines.forEach((line) => {
				const chunks = line.match(chunkPattern);
				if (chunks === null) {
					wrappedLines.push("");
					return;
				}
				let sumChunks = [chunks.shift()];
				let sumWidth = this.displayWidth(sumChunks[0]);
				chunks.forEach((chunk) => {
					const visibleWidth = this.displayWidth(chunk);
					if (sumWidth + visibleWidth <= width) {
						sumChunks.push(chunk);
						sumWidth += visibleWidth;
						return;
					}
					wrappedLines.push(sumChunks.join(""));
					const nextChunk = chunk.trimStart();
					sumChunks = [nextChunk];
					sumWidth = this.displayWidth(nextChunk);
				});
				wrappedLines.push(sumChunks.join(""));
			});
			return wrappedLines.join("\n");
		}
	};
	/**
	* Strip style ANSI escape sequences from the string. In particular, SGR (Select Graphic Rendition) codes.
	*
	* @param {string} str
	* @returns {string}
	* @package
	*/
	function stripColor(str) {
		return str.replace(/\x1b\[\d*(;\d*)*m/g, "");
	}
	exports.Help = Help;
	exports.stripColor = stripColor;
}));
//#endregion
//#region ../../node_modules/.pnpm/commander@14.0.3/node_modules/commander/lib/option.js
var require_option = /* @__PURE__ */ __commonJSMin(((exports) => {
	const { InvalidArgumentError } = require_error();
	var Option = class {
		/**
		* Initialize a new `Option` with the given `flags` and `description`.
		*
		* @param {string} flags
		* @param {string} [description]
		*/
		constructor(flags, description) {
			this.flags = flags;
			this.description = description || "";
			this.required = flags.includes("<");
			this.optional = flags.includes("[");
			this.variadic = /\w\.\.\.[>\]]$/.test(flags);
			this.mandatory = false;
			const optionFlags = splitOptionFlags(flags);
			this.short = optionFlags.shortFlag;
			this.long = optionFlags.longFlag;
			this.negate = false;
			if (this.long) this.negate = this.long.startsWith("--no-");
			this.defaultValue = void 0;
			this.defaultValueDescription = void 0;
			this.presetArg = void 0;
			this.envVar = void 0;
			this.parseArg = void 0;
			this.hidden = false;
			this.argChoices = void 0;
			this.conflictsWith = [];
			this.implied = void 0;
			this.helpGroupHeading = void 0;
		}
		/**
		* Set the default value, and optionally supply the description to be displayed in the help.
		*
		* @param {*} value
		* @param {string} [description]
		* @return {Option}
		*/
		default(value, description) {
			this.defaultValue = value;
			this.defaultValueDescription = description;
			return this;
		}
		/**
		* Preset to use when option used without option-argument, especially optional but also boolean and negated.
		* The custom processing (parseArg) is called.
		*
		* @example
		* new Option('--color').default('GREYSCALE').preset('RGB');
		* new Option('--donate [amount]').preset('20').argParser(parseFloat);
		*
		* @param {*} arg
		* @return {Option}
		*/
		preset(arg) {
			this.presetArg = arg;
			return this;
		}
		/**
		* Add option name(s) that conflict with this option.
		* An error will be displayed if conflicting options are found during parsing.
		*
		* @example
		* new Option('--rgb').conflicts('cmyk');
		* new Option('--js').conflicts(['ts', 'jsx']);
		*
		* @param {(string | string[])} names
		* @return {Option}
		*/
		conflicts(names) {
			this.conflictsWith = this.conflictsWith.concat(names);
			return this;
		}
		/**
		* Specify implied option values for when this option is set and the implied options are not.
		*
		* The custom processing (parseArg) is not called on the implied values.
		*
		* @example
		* program
		*   .addOption(new Option('--log', 'write logging information to file'))
		*   .addOption(new Option('--trace', 'log extra details').implies({ log: 'trace.txt' }));
		*
		* @param {object} impliedOptionValues
		* @return {Option}
		*/
		implies(impliedOptionValues) {
			let newImplied = impliedOptionValues;
			if (typeof impliedOptionValues === "string") newImplied = { [impliedOptionValues]: true };
			this.implied = Object.assign(this.implied || {}, newImplied);
			return this;
		}
		/**
		* Set environment variable to check for option value.
		*
		* An environment variable is only used if when processed the current option value is
		* undefined, or the source of the current value is 'default' or 'config' or 'env'.
		*
		* @param {string} name
		* @return {Option}
		*/
		env(name) {
			this.envVar = name;
			return this;
		}
		/**
		* Set the custom handler for processing CLI option arguments into option values.
		*
		* @param {Function} [fn]
		* @return {Option}
		*/
		argParser(fn) {
			this.parseArg = fn;
			return this;
		}
		/**
		* Whether the option is mandatory and must have a value after parsing.
		*
		* @param {boolean} [mandatory=true]
		* @return {Option}
		*/
		makeOptionMandatory(mandatory = true) {
			this.mandatory = !!mandatory;
			return this;
		}
		/**
		* Hide option in help.
		*
		* @param {boolean} [hide=true]
		* @return {Option}
		*/
		hideHelp(hide = true) {
			this.hidden = !!hide;
			return this;
		}
		/**
		* @package
		*/
		_collectValue(value, previous) {
			if (previous === this.defaultValue || !Array.isArray(previous)) return [value];
			previous.push(value);
			return previous;
		}
		/**
		* Only allow option value to be one of choices.
		*
		* @param {string[]} values
		* @return {Option}
		*/
		choices(values) {
			this.argChoices = values.slice();
			this.parseArg = (arg, previous) => {
				if (!this.argChoices.includes(arg)) throw new InvalidArgumentError(`Allowed choices are ${this.argChoices.join(", ")}.`);
				if (this.variadic) return this._collectValue(arg, previous);
				return arg;
			};
			return this;
		}
		/**
		* Return option name.
		*
		* @return {string}
		*/
		name() {
			if (this.long) return this.long.replace(/^--/, "");
			return this.short.replace(/^-/, "");
		}
		/**
		* Return option name, in a camelcase format that can be used
		* as an object attribute key.
		*
		* @return {string}
		*/
		attributeName() {
			if (this.negate) return camelcase(this.name().replace(/^no-/, ""));
			return camelcase(this.name());
		}
		/**
		* Set the help group heading.
		*
		* @param {string} heading
		* @return {Option}
		*/
		helpGroup(heading) {
			this.helpGroupHeading = heading;
			return this;
		}
		/**
		* Check if `arg` matches the short or long flag.
		*
		* @param {string} arg
		* @return {boolean}
		* @package
		*/
		is(arg) {
			return this.short === arg || this.long === arg;
		}
		/**
		* Return whether a boolean option.
		*
		* Options are one of boolean, negated, required argument, or optional argument.
		*
		* @return {boolean}
		* @package
		*/
		isBoolean() {
			return !this.required && !this.optional && !this.negate;
		}
	};
	/**
	* This class is to make it easier to work with dual options, without changing the existing
	* implementation. We support separate dual options for separate positive and negative options,
	* like `--build` and `--no-build`, which share a single option value. This works nicely for some
	* use cases, but is tricky for others where we want separate behaviours despite
	* the single shared option value.
	*/
	var DualOptions = class {
		/**
		* @param {Option[]} options
		*/
		constructor(options) {
			this.positiveOptions = /* @__PURE__ */ new Map();
			this.negativeOptions = /* @__PURE__ */ new Map();
			this.dualOptions = /* @__PURE__ */ new Set();
			options.forEach((option) => {
				if (option.negate) this.negativeOptions.set(option.attributeName(), option);
				else this.positiveOptions.set(option.attributeName(), option);
			});
			this.negativeOptions.forEach((value, key) => {
				if (this.positiveOptions.has(key)) this.dualOptions.add(key);
			});
		}
		/**
		* Did the value come from the option, and not from possible matching dual option?
		*
		* @param {*} value
		* @param {Option} option
		* @returns {boolean}
		*/
		valueFromOption(value, option) {
			const optionKey = option.attributeName();
			if (!this.dualOptions.has(optionKey)) return true;
			const preset = this.negativeOptions.get(optionKey).presetArg;
			const negativeValue = preset !== void 0 ? preset : false;
			return option.negate === (negativeValue === value);
		}
	};
	/**
	* Convert string from kebab-case to camelCase.
	*
	* @param {string} str
	* @return {string}
	* @private
	*/
	function camelcase(str) {
		return str.split("-").reduce((str, word) => {
			return str + word[0].toUpperCase() + word.slice(1);
		});
	}
	/**
	* Split the short and long flag out of something like '-m,--mixed <value>'
	*
	* @private
	*/
	function splitOptionFlags(flags) {
		let shortFlag;
		let longFlag;
		const shortFlagExp = /^-[^-]$/;
		const longFlagExp = /^--[^-]/;
		const flagParts = flags.split(/[ |,]+/).concat("guard");
		if (shortFlagExp.test(flagParts[0])) shortFlag = flagParts.shift();
		if (longFlagExp.test(flagParts[0])) longFlag = flagParts.shift();
		if (!shortFlag && shortFlagExp.test(flagParts[0])) shortFlag = flagParts.shift();
		if (!shortFlag && longFlagExp.test(flagParts[0])) {
			shortFlag = longFlag;
			longFlag = flagParts.shift();
		}
		if (flagParts[0].startsWith("-")) {
			const unsupportedFlag = flagParts[0];
			const baseError = `option creation failed due to '${unsupportedFlag}' in option flags '${flags}'`;
			if (/^-[^-][^-]/.test(unsupportedFlag)) throw new Error(`${baseError}
- a short flag is a single dash and a single character
  - either use a single dash and a single character (for a short flag)
  - or use a double dash for a long option (and can have two, like '--ws, --workspace')`);
			if (shortFlagExp.test(unsupportedFlag)) throw new Error(`${baseError}
- too many short flags`);
			if (longFlagExp.test(unsupportedFlag)) throw new Error(`${baseError}
- too many long flags`);
			throw new Error(`${baseError}
- unrecognised flag format`);
		}
		if (shortFlag === void 0 && longFlag === void 0) throw new Error(`option creation failed due to no flags found in '${flags}'.`);
		return {
			shortFlag,
			longFlag
		};
	}
	exports.Option = Option;
	exports.DualOptions = DualOptions;
}));
//#endregion
//#region ../../node_modules/.pnpm/commander@14.0.3/node_modules/commander/lib/suggestSimilar.js
var require_suggestSimilar = /* @__PURE__ */ __commonJSMin(((exports) => {
	const maxDistance = 3;
	function editDistance(a, b) {
		if (Math.abs(a.length - b.length) > maxDistance) return Math.max(a.length, b.length);
		const d = [];
		for (let i = 0; i <= a.length; i++) d[i] = [i];
		for (let j = 0; j <= b.length; j++) d[0][j] = j;
		for (let j = 1; j <= b.length; j++) for (let i = 1; i <= a.length; i++) {
			let cost = 1;
			if (a[i - 1] === b[j - 1]) cost = 0;
			else cost = 1;
			d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
			if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
		}
		return d[a.length][b.length];
	}
	/**
	* Find close matches, restricted to same number of edits.
	*
	* @param {string} word
	* @param {string[]} candidates
	* @returns {string}
	*/
	function suggestSimilar(word, candidates) {
		if (!candidates || candidates.length === 0) return "";
		candidates = Array.from(new Set(candidates));
		const searchingOptions = word.startsWith("--");
		if (searchingOptions) {
			word = word.slice(2);
			candidates = candidates.map((candidate) => candidate.slice(2));
		}
		let similar = [];
		let bestDistance = maxDistance;
		const minSimilarity = .4;
		candidates.forEach((candidate) => {
			if (candidate.length <= 1) return;
			const distance = editDistance(word, candidate);
			const length = Math.max(word.length, candidate.length);
			if ((length - distance) / length > minSimilarity) {
				if (distance < bestDistance) {
					bestDistance = distance;
					similar = [candidate];
				} else if (distance === bestDistance) similar.push(candidate);
			}
		});
		similar.sort((a, b) => a.localeCompare(b));
		if (searchingOptions) similar = similar.map((candidate) => `--${candidate}`);
		if (similar.length > 1) return `\n(Did you mean one of ${similar.join(", ")}?)`;
		if (similar.length === 1) return `\n(Did you mean ${similar[0]}?)`;
		return "";
	}
	exports.suggestSimilar = suggestSimilar;
}));
//#endregion
//#region ../../node_modules/.pnpm/commander@14.0.3/node_modules/commander/lib/command.js
var require_command = /* @__PURE__ */ __commonJSMin(((exports) => {
	const EventEmitter = require("node:events").EventEmitter;
	const childProcess = require("node:child_process");
	const path = require("node:path");
	const fs = require("node:fs");
	const process$1 = require("node:process");
	const { Argument, humanReadableArgName } = require_argument();
	const { CommanderError } = require_error();
	const { Help, stripColor } = require_help();
	const { Option, DualOptions } = require_option();
	const { suggestSimilar } = require_suggestSimilar();
	var Command = class Command extends EventEmitter {
		/**
		* Initialize a new `Command`.
		*
		* @param {string} [name]
		*/
		constructor(name) {
			super();
			/** @type {Command[]} */
			this.commands = [];
			/** @type {Option[]} */
			this.options = [];
			this.parent = null;
			this._allowUnknownOption = false;
			this._allowExcessArguments = false;
			/** @type {Argument[]} */
			this.registeredArguments = [];
			this._args = this.registeredArguments;
			/** @type {string[]} */
			this.args = [];
			this.rawArgs = [];
			this.processedArgs = [];
			this._scriptPath = null;
			this._name = name || "";
			this._optionValues = {};
			this._optionValueSources = {};
			this._storeOptionsAsProperties = false;
			this._actionHandler = null;
			this._executableHandler = false;
			this._executableFile = null;
			this._executableDir = null;
			this._defaultCommandName = null;
			this._exitCallback = null;
			this._aliases = [];
			this._combineFlagAndOptionalValue = true;
			this._description = "";
			this._summary = "";
			this._argsDescription = void 0;
			this._enablePositionalOptions = false;
			this._passThroughOptions = false;
			this._lifeCycleHooks = {};
			/** @type {(boolean | string)} */
			this._showHelpAfterError = false;
			this._showSuggestionAfterError = true;
			this._savedState = null;
			this._outputConfiguration = {
				writeOut: (str) => process$1.stdout.write(str),
				writeErr: (str) => process$1.stderr.write(str),
				outputError: (str, write) => write(str),
				getOutHelpWidth: () => process$1.stdout.isTTY ? process$1.stdout.columns : void 0,
				getErrHelpWidth: () => process$1.stderr.isTTY ? process$1.stderr.columns : void 0,
				getOutHasColors: () => useColor() ?? (process$1.stdout.isTTY && process$1.stdout.hasColors?.()),
				getErrHasColors: () => useColor() ?? (process$1.stderr.isTTY && process$1.stderr.hasColors?.()),
				stripColor: (str) => stripColor(str)
			};
			this._hidden = false;
			/** @type {(Option | null | undefined)} */
			this._helpOption = void 0;
			this._addImplicitHelpCommand = void 0;
			/** @type {Command} */
			this._helpCommand = void 0;
			this._helpConfiguration = {};
			/** @type {string | undefined} */
			this._helpGroupHeading = void 0;
			/** @type {string | undefined} */
			this._defaultCommandGroup = void 0;
			/** @type {string | undefined} */
			this._defaultOptionGroup = void 0;
		}
		/**
		* Copy settings that are useful to have in common across root command and subcommands.
		*
		* (Used internally when adding a command using `.command()` so subcommands inherit parent settings.)
		*
		* @param {Command} sourceCommand
		* @return {Command} `this` command for chaining
		*/
		copyInheritedSettings(sourceCommand) {
			this._outputConfiguration = sourceCommand._outputConfiguration;
			this._helpOption = sourceCommand._helpOption;
			this._helpCommand = sourceCommand._helpCommand;
			this._helpConfiguration = sourceCommand._helpConfiguration;
			this._exitCallback = sourceCommand._exitCallback;
			this._storeOptionsAsProperties = sourceCommand._storeOptionsAsProperties;
			this._combineFlagAndOptionalValue = sourceCommand._combineFlagAndOptionalValue;
			this._allowExcessArguments = sourceCommand._allowExcessArguments;
			this._enablePositionalOptions = sourceCommand._enablePositionalOptions;
			this._showHelpAfterError = sourceCommand._showHelpAfterError;
			this._showSuggestionAfterError = sourceCommand._showSuggestionAfterError;
			return this;
		}
		/**
		* @returns {Command[]}
		* @private
		*/
		_getCommandAndAncestors() {
			const result = [];
			for (let command = this; command; command = command.parent) result.push(command);
			return result;
		}
		/**
		* Define a command.
		*
		* There are two styles of command: pay attention to where to put the description.
		*
		* @example
		* // Command implemented using action handler (description is supplied separately to `.command`)
		* program
		*   .command('clone <source> [destination]')
		*   .description('clone a repository into a newly created directory')
		*   .action((source, destination) => {
		*     console.log('clone command called');
		*   });
		*
		* // Command implemented using separate executable file (description is second parameter to `.command`)
		* program
		*   .command('start <service>', 'start named service')
		*   .command('stop [service]', 'stop named service, or all if no name supplied');
		*
		* @param {string} nameAndArgs - command name and arguments, args are `<required>` or `[optional]` and last may also be `variadic...`
		* @param {(object | string)} [actionOptsOrExecDesc] - configuration options (for action), or description (for executable)
		* @param {object} [execOpts] - configuration options (for executable)
		* @return {Command} returns new command for action handler, or `this` for executable command
		*/
		command(nameAndArgs, actionOptsOrExecDesc, execOpts) {
			let desc = actionOptsOrExecDesc;
			let opts = execOpts;
			if (typeof desc === "object" && desc !== null) {
				opts = desc;
				desc = null;
			}
			opts = opts || {};
			const [, name, args] = nameAndArgs.match(/([^ ]+) *(.*)/);
			const cmd = this.createCommand(name);
			if (desc) {
				cmd.description(desc);
				cmd._executableHandler = true;
			}
			if (opts.isDefault) this._defaultCommandName = cmd._name;
			cmd._hidden = !!(opts.noHelp || opts.hidden);
			cmd._executableFile = opts.executableFile || null;
			if (args) cmd.arguments(args);
			this._registerCommand(cmd);
			cmd.parent = this;
			cmd.copyInheritedSettings(this);
			if (desc) return this;
			return cmd;
		}
		/**
		* Factory routine to create a new unattached command.
		*
		* See .command() for creating an attached subcommand, which uses this routine to
		* create the command. You can override createCommand to customise subcommands.
		*
		* @param {string} [name]
		* @return {Command} new command
		*/
		createCommand(name) {
			return new Command(name);
		}
		/**
		* You can customise the help with a subclass of Help by overriding createHelp,
		* or by overriding Help properties using configureHelp().
		*
		* @return {Help}
		*/
		createHelp() {
			return Object.assign(new Help(), this.configureHelp());
		}
		/**
		* You can customise the help by overriding Help properties using configureHelp(),
		* or with a subclass of Help by overriding createHelp().
		*
		* @param {object} [configuration] - configuration options
		* @return {(Command | object)} `this` command for chaining, or stored configuration
		*/
		configureHelp(configuration) {
			if (configuration === void 0) return this._helpConfiguration;
			this._helpConfiguration = configuration;
			return this;
		}
		/**
		* The default output goes to stdout and stderr. You can customise this for special
		* applications. You can also customise the display of errors by overriding outputError.
		*
		* The configuration properties are all functions:
		*
		*     // change how output being written, defaults to stdout and stderr
		*     writeOut(str)
		*     writeErr(str)
		*     // change how output being written for errors, defaults to writeErr
		*     outputError(str, write) // used for displaying errors and not used for displaying help
		*     // specify width for wrapping help
		*     getOutHelpWidth()
		*     getErrHelpWidth()
		*     // color support, currently only used with Help
		*     getOutHasColors()
		*     getErrHasColors()
		*     stripColor() // used to remove ANSI escape codes if output does not have colors
		*
		* @param {object} [configuration] - configuration options
		* @return {(Command | object)} `this` command for chaining, or stored configuration
		*/
		configureOutput(configuration) {
			if (configuration === void 0) return this._outputConfiguration;
			this._outputConfiguration = {
				...this._outputConfiguration,
				...configuration
			};
			return this;
		}
		/**
		* Display the help or a custom message after an error occurs.
		*
		* @param {(boolean|string)} [displayHelp]
		* @return {Command} `this` command for chaining
		*/
		showHelpAfterError(displayHelp = true) {
			if (typeof displayHelp !== "string") displayHelp = !!displayHelp;
			this._showHelpAfterError = displayHelp;
			return this;
		}
		/**
		* Display suggestion of similar commands for unknown commands, or options for unknown options.
		*
		* @param {boolean} [displaySuggestion]
		* @return {Command} `this` command for chaining
		*/
		showSuggestionAfterError(displaySuggestion = true) {
			this._showSuggestionAfterError = !!displaySuggestion;
			return this;
		}
		/**
		* Add a prepared subcommand.
		*
		* See .command() for creating an attached subcommand which inherits settings from its parent.
		*
		* @param {Command} cmd - new subcommand
		* @param {object} [opts] - configuration options
		* @return {Command} `this` command for chaining
		*/
		addCommand(cmd, opts) {
			if (!cmd._name) throw new Error(`Command passed to .addCommand() must have a name
- specify the name in Command constructor or using .name()`);
			opts = opts || {};
			if (opts.isDefault) this._defaultCommandName = cmd._name;
			if (opts.noHelp || opts.hidden) cmd._hidden = true;
			this._registerCommand(cmd);
			cmd.parent = this;
			cmd._checkForBrokenPassThrough();
			return this;
		}
		/**
		* Factory routine to create a new unattached argument.
		*
		* See .argument() for creating an attached argument, which uses this routine to
		* create the argument. You can override createArgument to return a custom argument.
		*
		* @param {string} name
		* @param {string} [description]
		* @return {Argument} new argument
		*/
		createArgument(name, description) {
			return new Argument(name, description);
		}
		/**
		* Define argument syntax for command.
		*
		* The default is that the argument is required, and you can explicitly
		* indicate this with <> around the name. Put [] around the name for an optional argument.
		*
		* @example
		* program.argument('<input-file>');
		* program.argument('[output-file]');
		*
		* @param {string} name
		* @param {string} [description]
		* @param {(Function|*)} [parseArg] - custom argument processing function or default value
		* @param {*} [defaultValue]
		* @return {Command} `this` command for chaining
		*/
		argument(name, description, parseArg, defaultValue) {
			const argument = this.createArgument(name, description);
			if (typeof parseArg === "function") argument.default(defaultValue).argParser(parseArg);
			else argument.default(parseArg);
			this.addArgument(argument);
			return this;
		}
		/**
		* Define argument syntax for command, adding multiple at once (without descriptions).
		*
		* See also .argument().
		*
		* @example
		* program.arguments('<cmd> [env]');
		*
		* @param {string} names
		* @return {Command} `this` command for chaining
		*/
		arguments(names) {
			names.trim().split(/ +/).forEach((detail) => {
				this.argument(detail);
			});
			return this;
		}
		/**
		* Define argument syntax for command, adding a prepared argument.
		*
		* @param {Argument} argument
		* @return {Command} `this` command for chaining
		*/
		addArgument(argument) {
			const previousArgument = this.registeredArguments.slice(-1)[0];
			if (previousArgument?.variadic) throw new Error(`only the last argument can be variadic '${previousArgument.name()}'`);
			if (argument.required && argument.defaultValue !== void 0 && argument.parseArg === void 0) throw new Error(`a default value for a required argument is never used: '${argument.name()}'`);
			this.registeredArguments.push(argument);
			return this;
		}
		/**
		* Customise or override default help command. By default a help command is automatically added if your command has subcommands.
		*
		* @example
		*    program.helpCommand('help [cmd]');
		*    program.helpCommand('help [cmd]', 'show help');
		*    program.helpCommand(false); // suppress default help command
		*    program.helpCommand(true); // add help command even if no subcommands
		*
		* @param {string|boolean} enableOrNameAndArgs - enable with custom name and/or arguments, or boolean to override whether added
		* @param {string} [description] - custom description
		* @return {Command} `this` command for chaining
		*/
		helpCommand(enableOrNameAndArgs, description) {
			if (typeof enableOrNameAndArgs === "boolean") {
				this._addImplicitHelpCommand = enableOrNameAndArgs;
				if (enableOrNameAndArgs && this._defaultCommandGroup) this._initCommandGroup(this._getHelpCommand());
				return this;
			}
			const [, helpName, helpArgs] = (enableOrNameAndArgs ?? "help [command]").match(/([^ ]+) *(.*)/);
			const helpDescription = description ?? "display help for command";
			const helpCommand = this.createCommand(helpName);
			helpCommand.helpOption(false);
			if (helpArgs) helpCommand.arguments(helpArgs);
			if (helpDescription) helpCommand.description(helpDescription);
			this._addImplicitHelpCommand = true;
			this._helpCommand = helpCommand;
			if (enableOrNameAndArgs || description) this._initCommandGroup(helpCommand);
			return this;
		}
		/**
		* Add prepared custom help command.
		*
		* @param {(Command|string|boolean)} helpCommand - custom help command, or deprecated enableOrNameAndArgs as for `.helpCommand()`
		* @param {string} [deprecatedDescription] - deprecated custom description used with custom name only
		* @return {Command} `this` command for chaining
		*/
		addHelpCommand(helpCommand, deprecatedDescription) {
			if (typeof helpCommand !== "object") {
				this.helpCommand(helpCommand, deprecatedDescription);
				return this;
			}
			this._addImplicitHelpCommand = true;
			this._helpCommand = helpCommand;
			this._initCommandGroup(helpCommand);
			return this;
		}
		/**
		* Lazy create help command.
		*
		* @return {(Command|null)}
		* @package
		*/
		_getHelpCommand() {
			if (this._addImplicitHelpCommand ?? (this.commands.length && !this._actionHandler && !this._findCommand("help"))) {
				if (this._helpCommand === void 0) this.helpCommand(void 0, void 0);
				return this._helpCommand;
			}
			return null;
		}
		/**
		* Add hook for life cycle event.
		*
		* @param {string} event
		* @param {Function} listener
		* @return {Command} `this` command for chaining
		*/
		hook(event, listener) {
			const allowedValues = [
				"preSubcommand",
				"preAction",
				"postAction"
			];
			if (!allowedValues.includes(event)) throw new Error(`Unexpected value for event passed to hook : '${event}'.
Expecting one of '${allowedValues.join("', '")}'`);
			if (this._lifeCycleHooks[event]) this._lifeCycleHooks[event].push(listener);
			else this._lifeCycleHooks[event] = [listener];
			return this;
		}
		/**
		* Register callback to use as replacement for calling process.exit.
		*
		* @param {Function} [fn] optional callback which will be passed a CommanderError, defaults to throwing
		* @return {Command} `this` command for chaining
		*/
		exitOverride(fn) {
			if (fn) this._exitCallback = fn;
			else this._exitCallback = (err) => {
				if (err.code !== "commander.executeSubCommandAsync") throw err;
			};
			return this;
		}
		/**
		* Call process.exit, and _exitCallback if defined.
		*
		* @param {number} exitCode exit code for using with process.exit
		* @param {string} code an id string representing the error
		* @param {string} message human-readable description of the error
		* @return never
		* @private
		*/
		_exit(exitCode, code, message) {
			if (this._exitCallback) this._exitCallback(new CommanderError(exitCode, code, message));
			process$1.exit(exitCode);
		}
		/**
		* Register callback `fn` for the command.
		*
		* @example
		* program
		*   .command('serve')
		*   .description('start service')
		*   .action(function() {
		*      // do work here
		*   });
		*
		* @param {Function} fn
		* @return {Command} `this` command for chaining
		*/
		action(fn) {
			const listener = (args) => {
				const expectedArgsCount = this.registeredArguments.length;
				const actionArgs = args.slice(0, expectedArgsCount);
				if (this._storeOptionsAsProperties) actionArgs[expectedArgsCount] = this;
				else actionArgs[expectedArgsCount] = this.opts();
				actionArgs.push(this);
				return fn.apply(this, actionArgs);
			};
			this._actionHandler = listener;
			return this;
		}
		/**
		* Factory routine to create a new unattached option.
		*
		* See .option() for creating an attached option, which uses this routine to
		* create the option. You can override createOption to return a custom option.
		*
		* @param {string} flags
		* @param {string} [description]
		* @return {Option} new option
		*/
		createOption(flags, description) {
			return new Option(flags, description);
		}
		/**
		* Wrap parseArgs to catch 'commander.invalidArgument'.
		*
		* @param {(Option | Argument)} target
		* @param {string} value
		* @param {*} previous
		* @param {string} invalidArgumentMessage
		* @private
		*/
		_callParseArg(target, value, previous, invalidArgumentMessage) {
			try {
				return target.parseArg(value, previous);
			} catch (err) {
				if (err.code === "commander.invalidArgument") {
					const message = `${invalidArgumentMessage} ${err.message}`;
					this.error(message, {
						exitCode: err.exitCode,
						code: err.code
					});
				}
				throw err;
			}
		}
		/**
		* Check for option flag conflicts.
		* Register option if no conflicts found, or throw on conflict.
		*
		* @param {Option} option
		* @private
		*/
		_registerOption(option) {
			const matchingOption = option.short && this._findOption(option.short) || option.long && this._findOption(option.long);
			if (matchingOption) {
				const matchingFlag = option.long && this._findOption(option.long) ? option.long : option.short;
				throw new Error(`Cannot add option '${option.flags}'${this._name && ` to command '${this._name}'`} due to conflicting flag '${matchingFlag}'
-  already used by option '${matchingOption.flags}'`);
			}
			this._initOptionGroup(option);
			this.options.push(option);
		}
		/**
		* Check for command name and alias conflicts with existing commands.
		* Register command if no conflicts found, or throw on conflict.
		*
		* @param {Command} command
		* @private
		*/
		_registerCommand(command) {
			const knownBy = (cmd) => {
				return [cmd.name()].concat(cmd.aliases());
			};
			const alreadyUsed = knownBy(command).find((name) => this._findCommand(name));
			if (alreadyUsed) {
				const existingCmd = knownBy(this._findCommand(alreadyUsed)).join("|");
				const newCmd = knownBy(command).join("|");
				throw new Error(`cannot add command '${newCmd}' as already have command '${existingCmd}'`);
			}
			this._initCommandGroup(command);
			this.commands.push(command);
		}
		/**
		* Add an option.
		*
		* @param {Option} option
		* @return {Command} `this` command for chaining
		*/
		addOption(option) {
			this._registerOption(option);
			const oname = option.name();
			const name = option.attributeName();
			if (option.negate) {
				const positiveLongFlag = option.long.replace(/^--no-/, "--");
				if (!this._findOption(positiveLongFlag)) this.setOptionValueWithSource(name, option.defaultValue === void 0 ? true : option.defaultValue, "default");
			} else if (option.defaultValue !== void 0) this.setOptionValueWithSource(name, option.defaultValue, "default");
			const handleOptionValue = (val, invalidValueMessage, valueSource) => {
				if (val == null && option.presetArg !== void 0) val = option.presetArg;
				const oldValue = this.getOptionValue(name);
				if (val !== null && option.parseArg) val = this._callParseArg(option, val, oldValue, invalidValueMessage);
				else if (val !== null && option.variadic) val = option._collectValue(val, oldValue);
				if (val == null) if (option.negate) val = false;
				else if (option.isBoolean() || option.optional) val = true;
				else val = "";
				this.setOptionValueWithSource(name, val, valueSource);
			};
			this.on("option:" + oname, (val) => {
				handleOptionValue(val, `error: option '${option.flags}' argument '${val}' is invalid.`, "cli");
			});
			if (option.envVar) this.on("optionEnv:" + oname, (val) => {
				handleOptionValue(val, `error: option '${option.flags}' value '${val}' from env '${option.envVar}' is invalid.`, "env");
			});
			return this;
		}
		/**
		* Internal implementation shared by .option() and .requiredOption()
		*
		* @return {Command} `this` command for chaining
		* @private
		*/
		_optionEx(config, flags, description, fn, defaultValue) {
			if (typeof flags === "object" && flags instanceof Option) throw new Error("To add an Option object use addOption() instead of option() or requiredOption()");
			const option = this.createOption(flags, description);
			option.makeOptionMandatory(!!config.mandatory);
			if (typeof fn === "function") option.default(defaultValue).argParser(fn);
			else if (fn instanceof RegExp) {
				const regex = fn;
				fn = (val, def) => {
					const m = regex.exec(val);
					return m ? m[0] : def;
				};
				option.default(defaultValue).argParser(fn);
			} else option.default(fn);
			return this.addOption(option);
		}
		/**
		* Define option with `flags`, `description`, and optional argument parsing function or `defaultValue` or both.
		*
		* The `flags` string contains the short and/or long flags, separated by comma, a pipe or space. A required
		* option-argument is indicated by `<>` and an optional option-argument by `[]`.
		*
		* See the README for more details, and see also addOption() and requiredOption().
		*
		* @example
		* program
		*     .option('-p, --pepper', 'add pepper')
		*     .option('--pt, --pizza-type <TYPE>', 'type of pizza') // required option-argument
		*     .option('-c, --cheese [CHEESE]', 'add extra cheese', 'mozzarella') // optional option-argument with default
		*     .option('-t, --tip <VALUE>', 'add tip to purchase cost', parseFloat) // custom parse function
		*
		* @param {string} flags
		* @param {string} [description]
		* @param {(Function|*)} [parseArg] - custom option processing function or default value
		* @param {*} [defaultValue]
		* @return {Command} `this` command for chaining
		*/
		option(flags, description, parseArg, defaultValue) {
			return this._optionEx({}, flags, description, parseArg, defaultValue);
		}
		/**
		* Add a required option which must have a value after parsing. This usually means
		* the option must be specified on the command line. (Otherwise the same as .option().)
		*
		* The `flags` string contains the short and/or long flags, separated by comma, a pipe or space.
		*
		* @param {string} flags
		* @param {string} [description]
		* @param {(Function|*)} [parseArg] - custom option processing function or default value
		* @param {*} [defaultValue]
		* @return {Command} `this` command for chaining
		*/
		requiredOption(flags, description, parseArg, defaultValue) {
			return this._optionEx({ mandatory: true }, flags, description, parseArg, defaultValue);
		}
		/**
		* Alter parsing of short flags with optional values.
		*
		* @example
		* // for `.option('-f,--flag [value]'):
		* program.combineFlagAndOptionalValue(true);  // `-f80` is treated like `--flag=80`, this is the default behaviour
		* program.combineFlagAndOptionalValue(false) // `-fb` is treated like `-f -b`
		*
		* @param {boolean} [combine] - if `true` or omitted, an optional value can be specified directly after the flag.
		* @return {Command} `this` command for chaining
		*/
		combineFlagAndOptionalValue(combine = true) {
			this._combineFlagAndOptionalValue = !!combine;
			return this;
		}
		/**
		* Allow unknown options on the command line.
		*
		* @param {boolean} [allowUnknown] - if `true` or omitted, no error will be thrown for unknown options.
		* @return {Command} `this` command for chaining
		*/
		allowUnknownOption(allowUnknown = true) {
			this._allowUnknownOption = !!allowUnknown;
			return this;
		}
		/**
		* Allow excess command-arguments on the command line. Pass false to make excess arguments an error.
		*
		* @param {boolean} [allowExcess] - if `true` or omitted, no error will be thrown for excess arguments.
		* @return {Command} `this` command for chaining
		*/
		allowExcessArguments(allowExcess = true) {
			this._allowExcessArguments = !!allowExcess;
			return this;
		}
		/**
		* Enable positional options. Positional means global options are specified before subcommands which lets
		* subcommands reuse the same option names, and also enables subcommands to turn on passThroughOptions.
		* The default behaviour is non-positional and global options may appear anywhere on the command line.
		*
		* @param {boolean} [positional]
		* @return {Command} `this` command for chaining
		*/
		enablePositionalOptions(positional = true) {
			this._enablePositionalOptions = !!positional;
			return this;
		}
		/**
		* Pass through options that come after command-arguments rather than treat them as command-options,
		* so actual command-options come before command-arguments. Turning this on for a subcommand requires
		* positional options to have been enabled on the program (parent commands).
		* The default behaviour is non-positional and options may appear before or after command-arguments.
		*
		* @param {boolean} [passThrough] for unknown options.
		* @return {Command} `this` command for chaining
		*/
		passThroughOptions(passThrough = true) {
			this._passThroughOptions = !!passThrough;
			this._checkForBrokenPassThrough();
			return this;
		}
		/**
		* @private
		*/
		_checkForBrokenPassThrough() {
			if (this.parent && this._passThroughOptions && !this.parent._enablePositionalOptions) throw new Error(`passThroughOptions cannot be used for '${this._name}' without turning on enablePositionalOptions for parent command(s)`);
		}
		/**
		* Whether to store option values as properties on command object,
		* or store separately (specify false). In both cases the option values can be accessed using .opts().
		*
		* @param {boolean} [storeAsProperties=true]
		* @return {Command} `this` command for chaining
		*/
		storeOptionsAsProperties(storeAsProperties = true) {
			if (this.options.length) throw new Error("call .storeOptionsAsProperties() before adding options");
			if (Object.keys(this._optionValues).length) throw new Error("call .storeOptionsAsProperties() before setting option values");
			this._storeOptionsAsProperties = !!storeAsProperties;
			return this;
		}
		/**
		* Retrieve option value.
		*
		* @param {string} key
		* @return {object} value
		*/
		getOptionValue(key) {
			if (this._storeOptionsAsProperties) return this[key];
			return this._optionValues[key];
		}
		/**
		* Store option value.
		*
		* @param {string} key
		* @param {object} value
		* @return {Command} `this` command for chaining
		*/
		setOptionValue(key, value) {
			return this.setOptionValueWithSource(key, value, void 0);
		}
		/**
		* Store option value and where the value came from.
		*
		* @param {string} key
		* @param {object} value
		* @param {string} source - expected values are default/config/env/cli/implied
		* @return {Command} `this` command for chaining
		*/
		setOptionValueWithSource(key, value, source) {
			if (this._storeOptionsAsProperties) this[key] = value;
			else this._optionValues[key] = value;
			this._optionValueSources[key] = source;
			return this;
		}
		/**
		* Get source of option value.
		* Expected values are default | config | env | cli | implied
		*
		* @param {string} key
		* @return {string}
		*/
		getOptionValueSource(key) {
			return this._optionValueSources[key];
		}
		/**
		* Get source of option value. See also .optsWithGlobals().
		* Expected values are default | config | env | cli | implied
		*
		* @param {string} key
		* @return {string}
		*/
		getOptionValueSourceWithGlobals(key) {
			let source;
			this._getCommandAndAncestors().forEach((cmd) => {
				if (cmd.getOptionValueSource(key) !== void 0) source = cmd.getOptionValueSource(key);
			});
			return source;
		}
		/**
		* Get user arguments from implied or explicit arguments.
		* Side-effects: set _scriptPath if args included script. Used for default program name, and subcommand searches.
		*
		* @private
		*/
		_prepareUserArgs(argv, parseOptions) {
			if (argv !== void 0 && !Array.isArray(argv)) throw new Error("first parameter to parse must be array or undefined");
			parseOptions = parseOptions || {};
			if (argv === void 0 && parseOptions.from === void 0) {
				if (process$1.versions?.electron) parseOptions.from = "electron";
				const execArgv = process$1.execArgv ?? [];
				if (execArgv.includes("-e") || execArgv.includes("--eval") || execArgv.includes("-p") || execArgv.includes("--print")) parseOptions.from = "eval";
			}
			if (argv === void 0) argv = process$1.argv;
			this.rawArgs = argv.slice();
			let userArgs;
			switch (parseOptions.from) {
				case void 0:
				case "node":
					this._scriptPath = argv[1];
					userArgs = argv.slice(2);
					break;
				case "electron":
					if (process$1.defaultApp) {
						this._scriptPath = argv[1];
						userArgs = argv.slice(2);
					} else userArgs = argv.slice(1);
					break;
				case "user":
					userArgs = argv.slice(0);
					break;
				case "eval":
					userArgs = argv.slice(1);
					break;
				default: throw new Error(`unexpected parse option { from: '${parseOptions.from}' }`);
			}
			if (!this._name && this._scriptPath) this.nameFromFilename(this._scriptPath);
			this._name = this._name || "program";
			return userArgs;
		}
		/**
		* Parse `argv`, setting options and invoking commands when defined.
		*
		* Use parseAsync instead of parse if any of your action handlers are async.
		*
		* Call with no parameters to parse `process.argv`. Detects Electron and special node options like `node --eval`. Easy mode!
		*
		* Or call with an array of strings to parse, and optionally where the user arguments start by specifying where the arguments are `from`:
		* - `'node'`: default, `argv[0]` is the application and `argv[1]` is the script being run, with user arguments after that
		* - `'electron'`: `argv[0]` is the application and `argv[1]` varies depending on whether the electron application is packaged
		* - `'user'`: just user arguments
		*
		* @example
		* program.parse(); // parse process.argv and auto-detect electron and special node flags
		* program.parse(process.argv); // assume argv[0] is app and argv[1] is script
		* program.parse(my-args, { from: 'user' }); // just user supplied arguments, nothing special about argv[0]
		*
		* @param {string[]} [argv] - optional, defaults to process.argv
		* @param {object} [parseOptions] - optionally specify style of options with from: node/user/electron
		* @param {string} [parseOptions.from] - where the args are from: 'node', 'user', 'electron'
		* @return {Command} `this` command for chaining
		*/
		parse(argv, parseOptions) {
			this._prepareForParse();
			const userArgs = this._prepareUserArgs(argv, parseOptions);
			this._parseCommand([], userArgs);
			return this;
		}
		/**
		* Parse `argv`, setting options and invoking commands when defined.
		*
		* Call with no parameters to parse `process.argv`. Detects Electron and special node options like `node --eval`. Easy mode!
		*
		* Or call with an array of strings to parse, and optionally where the user arguments start by specifying where the arguments are `from`:
		* - `'node'`: default, `argv[0]` is the application and `argv[1]` is the script being run, with user arguments after that
		* - `'electron'`: `argv[0]` is the application and `argv[1]` varies depending on whether the electron application is packaged
		* - `'user'`: just user arguments
		*
		* @example
		* await program.parseAsync(); // parse process.argv and auto-detect electron and special node flags
		* await program.parseAsync(process.argv); // assume argv[0] is app and argv[1] is script
		* await program.parseAsync(my-args, { from: 'user' }); // just user supplied arguments, nothing special about argv[0]
		*
		* @param {string[]} [argv]
		* @param {object} [parseOptions]
		* @param {string} parseOptions.from - where the args are from: 'node', 'user', 'electron'
		* @return {Promise}
		*/
		async parseAsync(argv, parseOptions) {
			this._prepareForParse();
			const userArgs = this._prepareUserArgs(argv, parseOptions);
			await this._parseCommand([], userArgs);
			return this;
		}
		_prepareForParse() {
			if (this._savedState === null) this.saveStateBeforeParse();
			else this.restoreStateBeforeParse();
		}
		/**
		* Called the first time parse is called to save state and allow a restore before subsequent calls to parse.
		* Not usually called directly, but available for subclasses to save their custom state.
		*
		* This is called in a lazy way. Only commands used in parsing chain will have state saved.
		*/
		saveStateBeforeParse() {
			this._savedState = {
				_name: this._name,
				_optionValues: { ...this._optionValues },
				_optionValueSources: { ...this._optionValueSources }
			};
		}
		/**
		* Restore state before parse for calls after the first.
		* Not usually called directly, but available for subclasses to save their custom state.
		*
		* This is called in a lazy way. Only commands used in parsing chain will have state restored.
		*/
		restoreStateBeforeParse() {
			if (this._storeOptionsAsProperties) throw new Error(`Can not call parse again when storeOptionsAsProperties is true.
- either make a new Command for each call to parse, or stop storing options as properties`);
			this._name = this._savedState._name;
			this._scriptPath = null;
			this.rawArgs = [];
			this._optionValues = { ...this._savedState._optionValues };
			this._optionValueSources = { ...this._savedState._optionValueSources };
			this.args = [];
			this.processedArgs = [];
		}
		/**
		* Throw if expected executable is missing. Add lots of help for author.
		*
		* @param {string} executableFile
		* @param {string} executableDir
		* @param {string} subcommandName
		*/
		_checkForMissingExecutable(executableFile, executableDir, subcommandName) {
			if (fs.existsSync(executableFile)) return;
			const executableMissing = `'${executableFile}' does not exist
 - if '${subcommandName}' is not meant to be an executable command, remove description parameter from '.command()' and use '.description()' instead
 - if the default executable name is not suitable, use the executableFile option to supply a custom name or path
 - ${executableDir ? `searched for local subcommand relative to directory '${executableDir}'` : "no directory for search for local subcommand, use .executableDir() to supply a custom directory"}`;
			throw new Error(executableMissing);
		}
		/**
		* Execute a sub-command executable.
		*
		* @private
		*/
		_executeSubCommand(subcommand, args) {
			args = args.slice();
			let launchWithNode = false;
			const sourceExt = [
				".js",
				".ts",
				".tsx",
				".mjs",
				".cjs"
			];
			function findFile(baseDir, baseName) {
				const localBin = path.resolve(baseDir, baseName);
				if (fs.existsSync(localBin)) return localBin;
				if (sourceExt.includes(path.extname(baseName))) return void 0;
				const foundExt = sourceExt.find((ext) => fs.existsSync(`${localBin}${ext}`));
				if (foundExt) return `${localBin}${foundExt}`;
			}
			this._checkForMissingMandatoryOptions();
			this._checkForConflictingOptions();
			let executableFile = subcommand._executableFile || `${this._name}-${subcommand._name}`;
			let executableDir = this._executableDir || "";
			if (this._scriptPath) {
				let resolvedScriptPath;
				try {
					resolvedScriptPath = fs.realpathSync(this._scriptPath);
				} catch {
					resolvedScriptPath = this._scriptPath;
				}
				executableDir = path.resolve(path.dirname(resolvedScriptPath), executableDir);
			}
			if (executableDir) {
				let localFile = findFile(executableDir, executableFile);
				if (!localFile && !subcommand._executableFile && this._scriptPath) {
					const legacyName = path.basename(this._scriptPath, path.extname(this._scriptPath));
					if (legacyName !== this._name) localFile = findFile(executableDir, `${legacyName}-${subcommand._name}`);
				}
				executableFile = localFile || executableFile;
			}
			launchWithNode = sourceExt.includes(path.extname(executableFile));
			let proc;
			if (process$1.platform !== "win32") if (launchWithNode) {
				args.unshift(executableFile);
				args = incrementNodeInspectorPort(process$1.execArgv).concat(args);
				proc = childProcess.spawn(process$1.argv[0], args, { stdio: "inherit" });
			} else proc = childProcess.spawn(executableFile, args, { stdio: "inherit" });
			else {
				this._checkForMissingExecutable(executableFile, executableDir, subcommand._name);
				args.unshift(executableFile);
				args = incrementNodeInspectorPort(process$1.execArgv).concat(args);
				proc = childProcess.spawn(process$1.execPath, args, { stdio: "inherit" });
			}
			if (!proc.killed) [
				"SIGUSR1",
				"SIGUSR2",
				"SIGTERM",
				"SIGINT",
				"SIGHUP"
			].forEach((signal) => {
				process$1.on(signal, () => {
					if (proc.killed === false && proc.exitCode === null) proc.kill(signal);
				});
			});
			const exitCallback = this._exitCallback;
			proc.on("close", (code) => {
				code = code ?? 1;
				if (!exitCallback) process$1.exit(code);
				else exitCallback(new CommanderError(code, "commander.executeSubCommandAsync", "(close)"));
			});
			proc.on("error", (err) => {
				if (err.code === "ENOENT") this._checkForMissingExecutable(executableFile, executableDir, subcommand._name);
				else if (err.code === "EACCES") throw new Error(`'${executableFile}' not executable`);
				if (!exitCallback) process$1.exit(1);
				else {
					const wrappedError = new CommanderError(1, "commander.executeSubCommandAsync", "(error)");
					wrappedError.nestedError = err;
					exitCallback(wrappedError);
				}
			});
			this.runningCommand = proc;
		}
		/**
		* @private
		*/
		_dispatchSubcommand(commandName, operands, unknown) {
			const subCommand = this._findCommand(commandName);
			if (!subCommand) this.help({ error: true });
			subCommand._prepareForParse();
			let promiseChain;
			promiseChain = this._chainOrCallSubCommandHook(promiseChain, subCommand, "preSubcommand");
			promiseChain = this._chainOrCall(promiseChain, () => {
				if (subCommand._executableHandler) this._executeSubCommand(subCommand, operands.concat(unknown));
				else return subCommand._parseCommand(operands, unknown);
			});
			return promiseChain;
		}
		/**
		* Invoke help directly if possible, or dispatch if necessary.
		* e.g. help foo
		*
		* @private
		*/
		_dispatchHelpCommand(subcommandName) {
			if (!subcommandName) this.help();
			const subCommand = this._findCommand(subcommandName);
			if (subCommand && !subCommand._executableHandler) subCommand.help();
			return this._dispatchSubcommand(subcommandName, [], [this._getHelpOption()?.long ?? this._getHelpOption()?.short ?? "--help"]);
		}
		/**
		* Check this.args against expected this.registeredArguments.
		*
		* @private
		*/
		_checkNumberOfArguments() {
			this.registeredArguments.forEach((arg, i) => {
				if (arg.required && this.args[i] == null) this.missingArgument(arg.name());
			});
			if (this.registeredArguments.length > 0 && this.registeredArguments[this.registeredArguments.length - 1].variadic) return;
			if (this.args.length > this.registeredArguments.length) this._excessArguments(this.args);
		}
		/**
		* Process this.args using this.registeredArguments and save as this.processedArgs!
		*
		* @private
		*/
		_processArguments() {
			const myParseArg = (argument, value, previous) => {
				let parsedValue = value;
				if (value !== null && argument.parseArg) {
					const invalidValueMessage = `error: command-argument value '${value}' is invalid for argument '${argument.name()}'.`;
					parsedValue = this._callParseArg(argument, value, previous, invalidValueMessage);
				}
				return parsedValue;
			};
			this._checkNumberOfArguments();
			const processedArgs = [];
			this.registeredArguments.forEach((declaredArg, index) => {
				let value = declaredArg.defaultValue;
				if (declaredArg.variadic) {
					if (index < this.args.length) {
						value = this.args.slice(index);
						if (declaredArg.parseArg) value = value.reduce((processed, v) => {
							return myParseArg(declaredArg, v, processed);
						}, declaredArg.defaultValue);
					} else if (value === void 0) value = [];
				} else if (index < this.args.length) {
					value = this.args[index];
					if (declaredArg.parseArg) value = myParseArg(declaredArg, value, declaredArg.defaultValue);
				}
				processedArgs[index] = value;
			});
			this.processedArgs = processedArgs;
		}
		/**
		* Once we have a promise we chain, but call synchronously until then.
		*
		* @param {(Promise|undefined)} promise
		* @param {Function} fn
		* @return {(Promise|undefined)}
		* @private
		*/
		_chainOrCall(promise, fn) {
			if (promise?.then && typeof promise.then === "function") return promise.then(() => fn());
			return fn();
		}
		/**
		*
		* @param {(Promise|undefined)} promise
		* @param {string} event
		* @return {(Promise|undefined)}
		* @private
		*/
		_chainOrCallHooks(promise, event) {
			let result = promise;
			const hooks = [];
			this._getCommandAndAncestors().reverse().filter((cmd) => cmd._lifeCycleHooks[event] !== void 0).forEach((hookedCommand) => {
				hookedCommand._lifeCycleHooks[event].forEach((callback) => {
					hooks.push({
						hookedCommand,
						callback
					});
				});
			});
			if (event === "postAction") hooks.reverse();
			hooks.forEach((hookDetail) => {
				result = this._chainOrCall(result, () => {
					return hookDetail.callback(hookDetail.hookedCommand, this);
				});
			});
			return result;
		}
		/**
		*
		* @param {(Promise|undefined)} promise
		* @param {Command} subCommand
		* @param {string} event
		* @return {(Promise|undefined)}
		* @private
		*/
		_chainOrCallSubCommandHook(promise, subCommand, event) {
			let result = promise;
			if (this._lifeCycleHooks[event] !== void 0) this._lifeCycleHooks[event].forEach((hook) => {
				result = this._chainOrCall(result, () => {
					return hook(this, subCommand);
				});
			});
			return result;
		}
		/**
		* Process arguments in context of this command.
		* Returns action result, in case it is a promise.
		*
		* @private
		*/
		_parseCommand(operands, unknown) {
			const parsed = this.parseOptions(unknown);
			this._parseOptionsEnv();
			this._parseOptionsImplied();
			operands = operands.concat(parsed.operands);
			unknown = parsed.unknown;
			this.args = operands.concat(unknown);
			if (operands && this._findCommand(operands[0])) return this._dispatchSubcommand(operands[0], operands.slice(1), unknown);
			if (this._getHelpCommand() && operands[0] === this._getHelpCommand().name()) return this._dispatchHelpCommand(operands[1]);
			if (this._defaultCommandName) {
				this._outputHelpIfRequested(unknown);
				return this._dispatchSubcommand(this._defaultCommandName, operands, unknown);
			}
			if (this.commands.length && this.args.length === 0 && !this._actionHandler && !this._defaultCommandName) this.help({ error: true });
			this._outputHelpIfRequested(parsed.unknown);
			this._checkForMissingMandatoryOptions();
			this._checkForConflictingOptions();
			const checkForUnknownOptions = () => {
				if (parsed.unknown.length > 0) this.unknownOption(parsed.unknown[0]);
			};
			const commandEvent = `command:${this.name()}`;
			if (this._actionHandler) {
				checkForUnknownOptions();
				this._processArguments();
				let promiseChain;
				promiseChain = this._chainOrCallHooks(promiseChain, "preAction");
				promiseChain = this._chainOrCall(promiseChain, () => this._actionHandler(this.processedArgs));
				if (this.parent) promiseChain = this._chainOrCall(promiseChain, () => {
					this.parent.emit(commandEvent, operands, unknown);
				});
				promiseChain = this._chainOrCallHooks(promiseChain, "postAction");
				return promiseChain;
			}
			if (this.parent?.listenerCount(commandEvent)) {
				checkForUnknownOptions();
				this._processArguments();
				this.parent.emit(commandEvent, operands, unknown);
			} else if (operands.length) {
				if (this._findCommand("*")) return this._dispatchSubcommand("*", operands, unknown);
				if (this.listenerCount("command:*")) this.emit("command:*", operands, unknown);
				else if (this.commands.length) this.unknownCommand();
				else {
					checkForUnknownOptions();
					this._processArguments();
				}
			} else if (this.commands.length) {
				checkForUnknownOptions();
				this.help({ error: true });
			} else {
				checkForUnknownOptions();
				this._processArguments();
			}
		}
		/**
		* Find matching command.
		*
		* @private
		* @return {Command | undefined}
		*/
		_findCommand(name) {
			if (!name) return void 0;
			return this.commands.find((cmd) => cmd._name === name || cmd._aliases.includes(name));
		}
		/**
		* Return an option matching `arg` if any.
		*
		* @param {string} arg
		* @return {Option}
		* @package
		*/
		_findOption(arg) {
			return this.options.find((option) => option.is(arg));
		}
		/**
		* Display an error message if a mandatory option does not have a value.
		* Called after checking for help flags in leaf subcommand.
		*
		* @private
		*/
		_checkForMissingMandatoryOptions() {
			this._getCommandAndAncestors().forEach((cmd) => {
				cmd.options.forEach((anOption) => {
					if (anOption.mandatory && cmd.getOptionValue(anOption.attributeName()) === void 0) cmd.missingMandatoryOptionValue(anOption);
				});
			});
		}
		/**
		* Display an error message if conflicting options are used together in this.
		*
		* @private
		*/
		_checkForConflictingLocalOptions() {
			const definedNonDefaultOptions = this.options.filter((option) => {
				const optionKey = option.attributeName();
				if (this.getOptionValue(optionKey) === void 0) return false;
				return this.getOptionValueSource(optionKey) !== "default";
			});
			definedNonDefaultOptions.filter((option) => option.conflictsWith.length > 0).forEach((option) => {
				const conflictingAndDefined = definedNonDefaultOptions.find((defined) => option.conflictsWith.includes(defined.attributeName()));
				if (conflictingAndDefined) this._conflictingOption(option, conflictingAndDefined);
			});
		}
		/**
		* Display an error message if conflicting options are used together.
		* Called after checking for help flags in leaf subcommand.
		*
		* @private
		*/
		_checkForConflictingOptions() {
			this._getCommandAndAncestors().forEach((cmd) => {
				cmd._checkForConflictingLocalOptions();
			});
		}
		/**
		* Parse options from `argv` removing known options,
		* and return argv split into operands and unknown arguments.
		*
		* Side effects: modifies command by storing options. Does not reset state if called again.
		*
		* Examples:
		*
		*     argv => operands, unknown
		*     --known kkk op => [op], []
		*     op --known kkk => [op], []
		*     sub --unknown uuu op => [sub], [--unknown uuu op]
		*     sub -- --unknown uuu op => [sub --unknown uuu op], []
		*
		* @param {string[]} args
		* @return {{operands: string[], unknown: string[]}}
		*/
		parseOptions(args) {
			const operands = [];
			const unknown = [];
			let dest = operands;
			function maybeOption(arg) {
				return arg.length > 1 && arg[0] === "-";
			}
			const negativeNumberArg = (arg) => {
				if (!/^-(\d+|\d*\.\d+)(e[+-]?\d+)?$/.test(arg)) return false;
				return !this._getCommandAndAncestors().some((cmd) => cmd.options.map((opt) => opt.short).some((short) => /^-\d$/.test(short)));
			};
			let activeVariadicOption = null;
			let activeGroup = null;
			let i = 0;
			while (i < args.length || activeGroup) {
				const arg = activeGroup ?? args[i++];
				activeGroup = null;
				if (arg === "--") {
					if (dest === unknown) dest.push(arg);
					dest.push(...args.slice(i));
					break;
				}
				if (activeVariadicOption && (!maybeOption(arg) || negativeNumberArg(arg))) {
					this.emit(`option:${activeVariadicOption.name()}`, arg);
					continue;
				}
				activeVariadicOption = null;
				if (maybeOption(arg)) {
					const option = this._findOption(arg);
					if (option) {
						if (option.required) {
							const value = args[i++];
							if (value === void 0) this.optionMissingArgument(option);
							this.emit(`option:${option.name()}`, value);
						} else if (option.optional) {
							let value = null;
							if (i < args.length && (!maybeOption(args[i]) || negativeNumberArg(args[i]))) value = args[i++];
							this.emit(`option:${option.name()}`, value);
						} else this.emit(`option:${option.name()}`);
						activeVariadicOption = option.variadic ? option : null;
						continue;
					}
				}
				if (arg.length > 2 && arg[0] === "-" && arg[1] !== "-") {
					const option = this._findOption(`-${arg[1]}`);
					if (option) {
						if (option.required || option.optional && this._combineFlagAndOptionalValue) this.emit(`option:${option.name()}`, arg.slice(2));
						else {
							this.emit(`option:${option.name()}`);
							activeGroup = `-${arg.slice(2)}`;
						}
						continue;
					}
				}
				if (/^--[^=]+=/.test(arg)) {
					const index = arg.indexOf("=");
					const option = this._findOption(arg.slice(0, index));
					if (option && (option.required || option.optional)) {
						this.emit(`option:${option.name()}`, arg.slice(index + 1));
						continue;
					}
				}
				if (dest === operands && maybeOption(arg) && !(this.commands.length === 0 && negativeNumberArg(arg))) dest = unknown;
				if ((this._enablePositionalOptions || this._passThroughOptions) && operands.length === 0 && unknown.length === 0) {
					if (this._findCommand(arg)) {
						operands.push(arg);
						unknown.push(...args.slice(i));
						break;
					} else if (this._getHelpCommand() && arg === this._getHelpCommand().name()) {
						operands.push(arg, ...args.slice(i));
						break;
					} else if (this._defaultCommandName) {
						unknown.push(arg, ...args.slice(i));
						break;
					}
				}
				if (this._passThroughOptions) {
					dest.push(arg, ...args.slice(i));
					break;
				}
				dest.push(arg);
			}
			return {
				operands,
				unknown
			};
		}
		/**
		* Return an object containing local option values as key-value pairs.
		*
		* @return {object}
		*/
		opts() {
			if (this._storeOptionsAsProperties) {
				const result = {};
				const len = this.options.length;
				for (let i = 0; i < len; i++) {
					const key = this.options[i].attributeName();
					result[key] = key === this._versionOptionName ? this._version : this[key];
				}
				return result;
			}
			return this._optionValues;
		}
		/**
		* Return an object containing merged local and global option values as key-value pairs.
		*
		* @return {object}
		*/
		optsWithGlobals() {
			return this._getCommandAndAncestors().reduce((combinedOptions, cmd) => Object.assign(combinedOptions, cmd.opts()), {});
		}
		/**
		* Display error message and exit (or call exitOverride).
		*
		* @param {string} message
		* @param {object} [errorOptions]
		* @param {string} [errorOptions.code] - an id string representing the error
		* @param {number} [errorOptions.exitCode] - used with process.exit
		*/
		error(message, errorOptions) {
			this._outputConfiguration.outputError(`${message}\n`, this._outputConfiguration.writeErr);
			if (typeof this._showHelpAfterError === "string") this._outputConfiguration.writeErr(`${this._showHelpAfterError}\n`);
			else if (this._showHelpAfterError) {
				this._outputConfiguration.writeErr("\n");
				this.outputHelp({ error: true });
			}
			const config = errorOptions || {};
			const exitCode = config.exitCode || 1;
			const code = config.code || "commander.error";
			this._exit(exitCode, code, message);
		}
		/**
		* Apply any option related environment variables, if option does
		* not have a value from cli or client code.
		*
		* @private
		*/
		_parseOptionsEnv() {
			this.options.forEach((option) => {
				if (option.envVar && option.envVar in process$1.env) {
					const optionKey = option.attributeName();
					if (this.getOptionValue(optionKey) === void 0 || [
						"default",
						"config",
						"env"
					].includes(this.getOptionValueSource(optionKey))) if (option.required || option.optional) this.emit(`optionEnv:${option.name()}`, process$1.env[option.envVar]);
					else this.emit(`optionEnv:${option.name()}`);
				}
			});
		}
		/**
		* Apply any implied option values, if option is undefined or default value.
		*
		* @private
		*/
		_parseOptionsImplied() {
			const dualHelper = new DualOptions(this.options);
			const hasCustomOptionValue = (optionKey) => {
				return this.getOptionValue(optionKey) !== void 0 && !["default", "implied"].includes(this.getOptionValueSource(optionKey));
			};
			this.options.filter((option) => option.implied !== void 0 && hasCustomOptionValue(option.attributeName()) && dualHelper.valueFromOption(this.getOptionValue(option.attributeName()), option)).forEach((option) => {
				Object.keys(option.implied).filter((impliedKey) => !hasCustomOptionValue(impliedKey)).forEach((impliedKey) => {
					this.setOptionValueWithSource(impliedKey, option.implied[impliedKey], "implied");
				});
			});
		}
		/**
		* Argument `name` is missing.
		*
		* @param {string} name
		* @private
		*/
		missingArgument(name) {
			const message = `error: missing required argument '${name}'`;
			this.error(message, { code: "commander.missingArgument" });
		}
		/**
		* `Option` is missing an argument.
		*
		* @param {Option} option
		* @private
		*/
		optionMissingArgument(option) {
			const message = `error: option '${option.flags}' argument missing`;
			this.error(message, { code: "commander.optionMissingArgument" });
		}
		/**
		* `Option` does not have a value, and is a mandatory option.
		*
		* @param {Option} option
		* @private
		*/
		missingMandatoryOptionValue(option) {
			const message = `error: required option '${option.flags}' not specified`;
			this.error(message, { code: "commander.missingMandatoryOptionValue" });
		}
		/**
		* `Option` conflicts with another option.
		*
		* @param {Option} option
		* @param {Option} conflictingOption
		* @private
		*/
		_conflictingOption(option, conflictingOption) {
			const findBestOptionFromValue = (option) => {
				const optionKey = option.attributeName();
				const optionValue = this.getOptionValue(optionKey);
				const negativeOption = this.options.find((target) => target.negate && optionKey === target.attributeName());
				const positiveOption = this.options.find((target) => !target.negate && optionKey === target.attributeName());
				if (negativeOption && (negativeOption.presetArg === void 0 && optionValue === false || negativeOption.presetArg !== void 0 && optionValue === negativeOption.presetArg)) return negativeOption;
				return positiveOption || option;
			};
			const getErrorMessage = (option) => {
				const bestOption = findBestOptionFromValue(option);
				const optionKey = bestOption.attributeName();
				if (this.getOptionValueSource(optionKey) === "env") return `environment variable '${bestOption.envVar}'`;
				return `option '${bestOption.flags}'`;
			};
			const message = `error: ${getErrorMessage(option)} cannot be used with ${getErrorMessage(conflictingOption)}`;
			this.error(message, { code: "commander.conflictingOption" });
		}
		/**
		* Unknown option `flag`.
		*
		* @param {string} flag
		* @private
		*/
		unknownOption(flag) {
			if (this._allowUnknownOption) return;
			let suggestion = "";
			if (flag.startsWith("--") && this._showSuggestionAfterError) {
				let candidateFlags = [];
				let command = this;
				do {
					const moreFlags = command.createHelp().visibleOptions(command).filter((option) => option.long).map((option) => option.long);
					candidateFlags = candidateFlags.concat(moreFlags);
					command = command.parent;
				} while (command && !command._enablePositionalOptions);
				suggestion = suggestSimilar(flag, candidateFlags);
			}
			const message = `error: unknown option '${flag}'${suggestion}`;
			this.error(message, { code: "commander.unknownOption" });
		}
		/**
		* Excess arguments, more than expected.
		*
		* @param {string[]} receivedArgs
		* @private
		*/
		_excessArguments(receivedArgs) {
			if (this._allowExcessArguments) return;
			const expected = this.registeredArguments.length;
			const s = expected === 1 ? "" : "s";
			const message = `error: too many arguments${this.parent ? ` for '${this.name()}'` : ""}. Expected ${expected} argument${s} but got ${receivedArgs.length}.`;
			this.error(message, { code: "commander.excessArguments" });
		}
		/**
		* Unknown command.
		*
		* @private
		*/
		unknownCommand() {
			const unknownName = this.args[0];
			let suggestion = "";
			if (this._showSuggestionAfterError) {
				const candidateNames = [];
				this.createHelp().visibleCommands(this).forEach((command) => {
					candidateNames.push(command.name());
					if (command.alias()) candidateNames.push(command.alias());
				});
				suggestion = suggestSimilar(unknownName, candidateNames);
			}
			const message = `error: unknown command '${unknownName}'${suggestion}`;
			this.error(message, { code: "commander.unknownCommand" });
		}
		/**
		* Get or set the program version.
		*
		* This method auto-registers the "-V, --version" option which will print the version number.
		*
		* You can optionally supply the flags and description to override the defaults.
		*
		* @param {string} [str]
		* @param {string} [flags]
		* @param {string} [description]
		* @return {(this | string | undefined)} `this` command for chaining, or version string if no arguments
		*/
		version(str, flags, description) {
			if (str === void 0) return this._version;
			this._version = str;
			flags = flags || "-V, --version";
			description = description || "output the version number";
			const versionOption = this.createOption(flags, description);
			this._versionOptionName = versionOption.attributeName();
			this._registerOption(versionOption);
			this.on("option:" + versionOption.name(), () => {
				this._outputConfiguration.writeOut(`${str}\n`);
				this._exit(0, "commander.version", str);
			});
			return this;
		}
		/**
		* Set the description.
		*
		* @param {string} [str]
		* @param {object} [argsDescription]
		* @return {(string|Command)}
		*/
		description(str, argsDescription) {
			if (str === void 0 && argsDescription === void 0) return this._description;
			this._description = str;
			if (argsDescription) this._argsDescription = argsDescription;
			return this;
		}
		/**
		* Set the summary. Used when listed as subcommand of parent.
		*
		* @param {string} [str]
		* @return {(string|Command)}
		*/
		summary(str) {
			if (str === void 0) return this._summary;
			this._summary = str;
			return this;
		}
		/**
		* Set an alias for the command.
		*
		* You may call more than once to add multiple aliases. Only the first alias is shown in the auto-generated help.
		*
		* @param {string} [alias]
		* @return {(string|Command)}
		*/
		alias(alias) {
			if (alias === void 0) return this._aliases[0];
			/** @type {Command} */
			let command = this;
			if (this.commands.length !== 0 && this.commands[this.commands.length - 1]._executableHandler) command = this.commands[this.commands.length - 1];
			if (alias === command._name) throw new Error("Command alias can't be the same as its name");
			const matchingCommand = this.parent?._findCommand(alias);
			if (matchingCommand) {
				const existingCmd = [matchingCommand.name()].concat(matchingCommand.aliases()).join("|");
				throw new Error(`cannot add alias '${alias}' to command '${this.name()}' as already have command '${existingCmd}'`);
			}
			command._aliases.push(alias);
			return this;
		}
		/**
		* Set aliases for the command.
		*
		* Only the first alias is shown in the auto-generated help.
		*
		* @param {string[]} [aliases]
		* @return {(string[]|Command)}
		*/
		aliases(aliases) {
			if (aliases === void 0) return this._aliases;
			aliases.forEach((alias) => this.alias(alias));
			return this;
		}
		/**
		* Set / get the command usage `str`.
		*
		* @param {string} [str]
		* @return {(string|Command)}
		*/
		usage(str) {
			if (str === void 0) {
				if (this._usage) return this._usage;
				const args = this.registeredArguments.map((arg) => {
					return humanReadableArgName(arg);
				});
				return [].concat(this.options.length || this._helpOption !== null ? "[options]" : [], this.commands.length ? "[command]" : [], this.registeredArguments.length ? args : []).join(" ");
			}
			this._usage = str;
			return this;
		}
		/**
		* Get or set the name of the command.
		*
		* @param {string} [str]
		* @return {(string|Command)}
		*/
		name(str) {
			if (str === void 0) return this._name;
			this._name = str;
			return this;
		}
		/**
		* Set/get the help group heading for this subcommand in parent command's help.
		*
		* @param {string} [heading]
		* @return {Command | string}
		*/
		helpGroup(heading) {
			if (heading === void 0) return this._helpGroupHeading ?? "";
			this._helpGroupHeading = heading;
			return this;
		}
		/**
		* Set/get the default help group heading for subcommands added to this command.
		* (This does not override a group set directly on the subcommand using .helpGroup().)
		*
		* @example
		* program.commandsGroup('Development Commands:);
		* program.command('watch')...
		* program.command('lint')...
		* ...
		*
		* @param {string} [heading]
		* @returns {Command | string}
		*/
		commandsGroup(heading) {
			if (heading === void 0) return this._defaultCommandGroup ?? "";
			this._defaultCommandGroup = heading;
			return this;
		}
		/**
		* Set/get the default help group heading for options added to this command.
		* (This does not override a group set directly on the option using .helpGroup().)
		*
		* @example
		* program
		*   .optionsGroup('Development Options:')
		*   .option('-d, --debug', 'output extra debugging')
		*   .option('-p, --profile', 'output profiling information')
		*
		* @param {string} [heading]
		* @returns {Command | string}
		*/
		optionsGroup(heading) {
			if (heading === void 0) return this._defaultOptionGroup ?? "";
			this._defaultOptionGroup = heading;
			return this;
		}
		/**
		* @param {Option} option
		* @private
		*/
		_initOptionGroup(option) {
			if (this._defaultOptionGroup && !option.helpGroupHeading) option.helpGroup(this._defaultOptionGroup);
		}
		/**
		* @param {Command} cmd
		* @private
		*/
		_initCommandGroup(cmd) {
			if (this._defaultCommandGroup && !cmd.helpGroup()) cmd.helpGroup(this._defaultCommandGroup);
		}
		/**
		* Set the name of the command from script filename, such as process.argv[1],
		* or require.main.filename, or __filename.
		*
		* (Used internally and public although not documented in README.)
		*
		* @example
		* program.nameFromFilename(require.main.filename);
		*
		* @param {string} filename
		* @return {Command}
		*/
		nameFromFilename(filename) {
			this._name = path.basename(filename, path.extname(filename));
			return this;
		}
		/**
		* Get or set the directory for searching for executable subcommands of this command.
		*
		* @example
		* program.executableDir(__dirname);
		* // or
		* program.executableDir('subcommands');
		*
		* @param {string} [path]
		* @return {(string|null|Command)}
		*/
		executableDir(path) {
			if (path === void 0) return this._executableDir;
			this._executableDir = path;
			return this;
		}
		/**
		* Return program help documentation.
		*
		* @param {{ error: boolean }} [contextOptions] - pass {error:true} to wrap for stderr instead of stdout
		* @return {string}
		*/
		helpInformation(contextOptions) {
			const helper = this.createHelp();
			const context = this._getOutputContext(contextOptions);
			helper.prepareContext({
				error: context.error,
				helpWidth: context.helpWidth,
				outputHasColors: context.hasColors
			});
			const text = helper.formatHelp(this, helper);
			if (context.hasColors) return text;
			return this._outputConfiguration.stripColor(text);
		}
		/**
		* @typedef HelpContext
		* @type {object}
		* @property {boolean} error
		* @property {number} helpWidth
		* @property {boolean} hasColors
		* @property {function} write - includes stripColor if needed
		*
		* @returns {HelpContext}
		* @private
		*/
		_getOutputContext(contextOptions) {
			contextOptions = contextOptions || {};
			const error = !!contextOptions.error;
			let baseWrite;
			let hasColors;
			let helpWidth;
			if (error) {
				baseWrite = (str) => this._outputConfiguration.writeErr(str);
				hasColors = this._outputConfiguration.getErrHasColors();
				helpWidth = this._outputConfiguration.getErrHelpWidth();
			} else {
				baseWrite = (str) => this._outputConfiguration.writeOut(str);
				hasColors = this._outputConfiguration.getOutHasColors();
				helpWidth = this._outputConfiguration.getOutHelpWidth();
			}
			const write = (str) => {
				if (!hasColors) str = this._outputConfiguration.stripColor(str);
				return baseWrite(str);
			};
			return {
				error,
				write,
				hasColors,
				helpWidth
			};
		}
		/**
		* Output help information for this command.
		*
		* Outputs built-in help, and custom text added using `.addHelpText()`.
		*
		* @param {{ error: boolean } | Function} [contextOptions] - pass {error:true} to write to stderr instead of stdout
		*/
		outputHelp(contextOptions) {
			let deprecatedCallback;
			if (typeof contextOptions === "function") {
				deprecatedCallback = contextOptions;
				contextOptions = void 0;
			}
			const outputContext = this._getOutputContext(contextOptions);
			/** @type {HelpTextEventContext} */
			const eventContext = {
				error: outputContext.error,
				write: outputContext.write,
				command: this
			};
			this._getCommandAndAncestors().reverse().forEach((command) => command.emit("beforeAllHelp", eventContext));
			this.emit("beforeHelp", eventContext);
			let helpInformation = this.helpInformation({ error: outputContext.error });
			if (deprecatedCallback) {
				helpInformation = deprecatedCallback(helpInformation);
				if (typeof helpInformation !== "string" && !Buffer.isBuffer(helpInformation)) throw new Error("outputHelp callback must return a string or a Buffer");
			}
			outputContext.write(helpInformation);
			if (this._getHelpOption()?.long) this.emit(this._getHelpOption().long);
			this.emit("afterHelp", eventContext);
			this._getCommandAndAncestors().forEach((command) => command.emit("afterAllHelp", eventContext));
		}
		/**
		* You can pass in flags and a description to customise the built-in help option.
		* Pass in false to disable the built-in help option.
		*
		* @example
		* program.helpOption('-?, --help' 'show help'); // customise
		* program.helpOption(false); // disable
		*
		* @param {(string | boolean)} flags
		* @param {string} [description]
		* @return {Command} `this` command for chaining
		*/
		helpOption(flags, description) {
			if (typeof flags === "boolean") {
				if (flags) {
					if (this._helpOption === null) this._helpOption = void 0;
					if (this._defaultOptionGroup) this._initOptionGroup(this._getHelpOption());
				} else this._helpOption = null;
				return this;
			}
			this._helpOption = this.createOption(flags ?? "-h, --help", description ?? "display help for command");
			if (flags || description) this._initOptionGroup(this._helpOption);
			return this;
		}
		/**
		* Lazy create help option.
		* Returns null if has been disabled with .helpOption(false).
		*
		* @returns {(Option | null)} the help option
		* @package
		*/
		_getHelpOption() {
			if (this._helpOption === void 0) this.helpOption(void 0, void 0);
			return this._helpOption;
		}
		/**
		* Supply your own option to use for the built-in help option.
		* This is an alternative to using helpOption() to customise the flags and description etc.
		*
		* @param {Option} option
		* @return {Command} `this` command for chaining
		*/
		addHelpOption(option) {
			this._helpOption = option;
			this._initOptionGroup(option);
			return this;
		}
		/**
		* Output help information and exit.
		*
		* Outputs built-in help, and custom text added using `.addHelpText()`.
		*
		* @param {{ error: boolean }} [contextOptions] - pass {error:true} to write to stderr instead of stdout
		*/
		help(contextOptions) {
			this.outputHelp(contextOptions);
			let exitCode = Number(process$1.exitCode ?? 0);
			if (exitCode === 0 && contextOptions && typeof contextOptions !== "function" && contextOptions.error) exitCode = 1;
			this._exit(exitCode, "commander.help", "(outputHelp)");
		}
		/**
		* // Do a little typing to coordinate emit and listener for the help text events.
		* @typedef HelpTextEventContext
		* @type {object}
		* @property {boolean} error
		* @property {Command} command
		* @property {function} write
		*/
		/**
		* Add additional text to be displayed with the built-in help.
		*
		* Position is 'before' or 'after' to affect just this command,
		* and 'beforeAll' or 'afterAll' to affect this command and all its subcommands.
		*
		* @param {string} position - before or after built-in help
		* @param {(string | Function)} text - string to add, or a function returning a string
		* @return {Command} `this` command for chaining
		*/
		addHelpText(position, text) {
			const allowedValues = [
				"beforeAll",
				"before",
				"after",
				"afterAll"
			];
			if (!allowedValues.includes(position)) throw new Error(`Unexpected value for position to addHelpText.
Expecting one of '${allowedValues.join("', '")}'`);
			const helpEvent = `${position}Help`;
			this.on(helpEvent, (context) => {
				let helpStr;
				if (typeof text === "function") helpStr = text({
					error: context.error,
					command: context.command
				});
				else helpStr = text;
				if (helpStr) context.write(`${helpStr}\n`);
			});
			return this;
		}
		/**
		* Output help information if help flags specified
		*
		* @param {Array} args - array of options to search for help flags
		* @private
		*/
		_outputHelpIfRequested(args) {
			const helpOption = this._getHelpOption();
			if (helpOption && args.find((arg) => helpOption.is(arg))) {
				this.outputHelp();
				this._exit(0, "commander.helpDisplayed", "(outputHelp)");
			}
		}
	};
	/**
	* Scan arguments and increment port number for inspect calls (to avoid conflicts when spawning new command).
	*
	* @param {string[]} args - array of arguments from node.execArgv
	* @returns {string[]}
	* @private
	*/
	function incrementNodeInspectorPort(args) {
		return args.map((arg) => {
			if (!arg.startsWith("--inspect")) return arg;
			let debugOption;
			let debugHost = "127.0.0.1";
			let debugPort = "9229";
			let match;
			if ((match = arg.match(/^(--inspect(-brk)?)$/)) !== null) debugOption = match[1];
			else if ((match = arg.match(/^(--inspect(-brk|-port)?)=([^:]+)$/)) !== null) {
				debugOption = match[1];
				if (/^\d+$/.test(match[3])) debugPort = match[3];
				else debugHost = match[3];
			} else if ((match = arg.match(/^(--inspect(-brk|-port)?)=([^:]+):(\d+)$/)) !== null) {
				debugOption = match[1];
				debugHost = match[3];
				debugPort = match[4];
			}
			if (debugOption && debugPort !== "0") return `${debugOption}=${debugHost}:${parseInt(debugPort) + 1}`;
			return arg;
		});
	}
	/**
	* @returns {boolean | undefined}
	* @package
	*/
	function useColor() {
		if (process$1.env.NO_COLOR || process$1.env.FORCE_COLOR === "0" || process$1.env.FORCE_COLOR === "false") return false;
		if (process$1.env.FORCE_COLOR || process$1.env.CLICOLOR_FORCE !== void 0) return true;
	}
	exports.Command = Command;
	exports.useColor = useColor;
}));
//#endregion
//#region ../../node_modules/.pnpm/commander@14.0.3/node_modules/commander/index.js
var require_commander = /* @__PURE__ */ __commonJSMin(((exports) => {
	const { Argument } = require_argument();
	const { Command } = require_command();
	const { CommanderError, InvalidArgumentError } = require_error();
	const { Help } = require_help();
	const { Option } = require_option();
	exports.program = new Command();
	exports.createCommand = (name) => new Command(name);
	exports.createOption = (flags, description) => new Option(flags, description);
	exports.createArgument = (name, description) => new Argument(name, description);
	/**
	* Expose classes
	*/
	exports.Command = Command;
	exports.Option = Option;
	exports.Argument = Argument;
	exports.Help = Help;
	exports.CommanderError = CommanderError;
	exports.InvalidArgumentError = InvalidArgumentError;
	exports.InvalidOptionArgumentError = InvalidArgumentError;
}));
//#endregion
//#region ../../node_modules/.pnpm/commander@14.0.3/node_modules/commander/esm.mjs
var import_commander, program, createCommand, createArgument, createOption, CommanderError, InvalidArgumentError, InvalidOptionArgumentError, Command, Argument, Option, Help;
var init_esm = __esmMin((() => {
	import_commander = /* @__PURE__ */ __toESM(require_commander(), 1);
	({program, createCommand, createArgument, createOption, CommanderError, InvalidArgumentError, InvalidOptionArgumentError, Command, Argument, Option, Help} = import_commander.default);
}));
//#endregion
//#region package.json
init_esm();
var version = "0.1.0";
//#endregion
//#region src/exit-codes.ts
var EXIT_CODES_HELP;
var init_exit_codes = __esmMin((() => {
	EXIT_CODES_HELP = `
Exit codes:
  0    everything worked (a second run that finds nothing to do also exits 0)
  1    some sessions failed (the others were still migrated), verify found a
       difference, a rollback could not undo everything, the sessions folder
       cannot be written (a dry run checks it), or an unexpected error
  2    usage error: unknown option, bad value, a folder that does not exist or
       is not the one meant, a run id that names no run, nothing to roll back
  130  stopped by Ctrl-C: what was done stays done; run the same command again
       to resume
`;
}));
//#endregion
//#region src/print-error.ts
/**
* Print an error once (stderr; with --json also one `{kind: "error"}` object on stdout) and
* return its exit code: `ERR_RLM_USAGE` → 2, anything else → 1. Coded errors and system
* errors (which name their path) print no stack; unexpected ones do.
*/
function printError(io, json, e) {
	const coded = typeof e.code === "string" && e.code.startsWith("ERR_RLM_");
	const code = coded ? e.code : "ERR_UNEXPECTED";
	if (json) io.stdout(`${JSON.stringify({
		kind: "error",
		code,
		message: e.message,
		hint: e.hint
	}, null, 2)}\n`);
	io.stderr(`rlm-migrate: ${e.message}\n${e.hint ? `hint: ${e.hint}\n` : ""}`);
	if (!coded && e.syscall === void 0 && e.stack) io.stderr(`${e.stack}\n`);
	return code === "ERR_RLM_USAGE" ? 2 : 1;
}
var init_print_error = __esmMin((() => {
	init_exit_codes();
}));
//#endregion
//#region src/paths.ts
/**
* `~` and `~/…` as the shell would expand them: `--sessions-dir=~/x` reaches us unexpanded
* (the shell only expands a `~` that starts a word). `~user/…` is refused rather than
* turned into a folder literally named `~user`.
*/
function expandHome(value, env) {
	if (value.startsWith("--")) throw new InvalidArgumentError(`expected a folder, got the option ${value}`);
	if (value !== "~" && !value.startsWith("~")) return value;
	const home = env.HOME;
	if (value === "~" || value.startsWith("~/")) {
		if (!home || !(0, node_path.isAbsolute)(home)) throw new InvalidArgumentError("~ cannot be expanded: $HOME is not set");
		return (0, node_path.join)(home, value.slice(1));
	}
	throw new InvalidArgumentError(`${value.split("/")[0]} is not expanded here: give the full path`);
}
var init_paths = __esmMin((() => {}));
//#endregion
//#region src/options.ts
function addLocationOptions(cmd, env) {
	const path = (v) => expandHome(v, env);
	return cmd.option("--legacy-dir <dir>", "the ~/.claude folder holding rlm-state, rlm-externalized and rlm-trajectories", path).option("--state-dir <dir>", "legacy state folder (default <legacy-dir>/rlm-state)", path).option("--externalized-dir <dir>", "legacy externalized folder (default <legacy-dir>/rlm-externalized)", path).option("--trajectories-dir <dir>", "legacy trajectories folder (default <legacy-dir>/rlm-trajectories)", path).option("--sessions-dir <dir>", "sessions root (default $RLM_SESSIONS_DIR, else ~/.claude/rlm-sessions)", path).option("--claude-dir <dir>", "Claude Code's folder, whose projects/ holds each session's transcript (default $CLAUDE_CONFIG_DIR, else ~/.claude)", path).option("--json", "print one machine-readable report object on stdout").option("--verbose", "list every session (the dry run prints its plan per session)");
}
function locations(flags, env) {
	return {
		legacyDir: flags.legacyDir,
		stateDir: flags.stateDir,
		externalizedDir: flags.externalizedDir,
		trajectoriesDir: flags.trajectoriesDir,
		sessionsDir: flags.sessionsDir,
		claudeDir: flags.claudeDir,
		env
	};
}
var init_options = __esmMin((() => {
	init_paths();
}));
//#endregion
//#region src/render/format.ts
function formatBytes(n) {
	if (n < 1024) return `${n} B`;
	if (n < 1024 ** 2) return `${(n / 1024).toFixed(1)} KB`;
	if (n < 1024 ** 3) return `${(n / 1024 ** 2).toFixed(1)} MB`;
	return `${(n / 1024 ** 3).toFixed(2)} GB`;
}
/** A plain aligned table (first column left, the rest right-aligned). */
function textTable(header, rows) {
	const cells = [header, ...rows.map((r) => r.map(String))];
	const widths = header.map((_, i) => Math.max(...cells.map((r) => (r[i] ?? "").length)));
	const line = (r) => r.map((c, i) => i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i])).join("  ").trimEnd();
	return [
		line(header),
		widths.map((w) => "-".repeat(w)).join("  "),
		...cells.slice(1).map(line)
	].join("\n");
}
/** Up to `limit` lines, then a count of the rest. */
function capped(lines, limit, more) {
	if (lines.length <= limit) return lines;
	return [...lines.slice(0, limit), `  … ${lines.length - limit} more ${more}`];
}
function problemLines(sessionId, problems) {
	return problems.filter((p) => p.level === "warning").map((p) => `  ${sessionId}: ${p.source}: ${p.message}`);
}
var warnings;
var init_format = __esmMin((() => {
	warnings = (problems) => problems.filter((p) => p.level === "warning").length;
}));
//#endregion
//#region src/render/render-plan.ts
function sessionLines(s) {
	const c = s.counts;
	const out = ["", `${s.action.padEnd(7)} ${s.sessionId}${s.reason ? `: ${s.reason}` : ""}`];
	if (c) out.push(`  maps:   ${c.toolOutputs} tool cells, ${c.previews} previews, ${c.files} files, ${c.workingMemoryKeys} working-memory keys, ${c.messages} messages, ${c.fileAccessLines} file-access lines`);
	if (s.copied.length > 0) out.push(`  copies: ${s.copied.join(", ")}`);
	if (s.creates.length > 0) out.push(`  writes: ${s.creates.join(", ")}`);
	const lines = s.problems.map(problemLine);
	out.push(...capped(lines, 12, "problem(s) (see --json)"));
	if (lines.length === 0 && s.action === "create") out.push("  no problems");
	return out;
}
/** One line per session that will not be created as planned, and a count of the rest. */
function summaryLines(p) {
	const out = [];
	const notCreated = p.sessions.filter((s) => s.action === "skip" || s.action === "fail");
	if (notCreated.length > 0) out.push("", "Not migrated:", ...capped(notCreated.map((s) => `  ${s.action.padEnd(4)} ${s.sessionId}: ${s.reason}`), 30, "(see --verbose or --json)"));
	const warned = p.sessions.filter((s) => warnings(s.problems) > 0);
	if (warned.length > 0) {
		const count = warned.reduce((n, s) => n + warnings(s.problems), 0);
		out.push("", `${count} warning(s) in ${warned.length} session(s) (raw files are kept): rlm-migrate --dry-run --verbose lists them`);
	}
	return out;
}
/** The dry run: per session (or summed up on large machines) what would be created, mapped and copied, and every problem. */
function renderPlan(p, verbose = false) {
	const out = [`Dry run: nothing is written. Sessions root: ${p.sessionsRoot}`];
	if (p.resumeRunId) out.push(`An interrupted run (${p.resumeRunId}) would be resumed and finished.`);
	if (p.problems.length > 0) out.push("", "Shared legacy files:", ...p.problems.map(problemLine));
	if (p.leftovers.length > 0) out.push(`${p.leftovers.length} leftover(s) of an interrupted run would be removed.`);
	const detailed = verbose || p.sessions.length <= 20;
	if (detailed) {
		for (const s of p.sessions) if (s.action !== "already-migrated") out.push(...sessionLines(s));
	} else out.push(...summaryLines(p));
	const t = p.totals;
	out.push("", textTable(["action", "sessions"], [
		["create", t.create],
		["replace (--force)", t.replace],
		["already migrated", t["already-migrated"]],
		["skip", t.skip],
		["fail", t.fail]
	]), "");
	const planned = p.sessions.filter((s) => s.action === "create" || s.action === "replace");
	if (planned.length > 0) {
		const linked = planned.filter((s) => s.transcript !== null).length;
		out.push(`Claude Code transcripts: ${linked} of ${planned.length} session(s) would be linked (looked in ${p.claudeDir}/projects).`);
	}
	out.push(`Backup would copy ${p.backup.files} legacy files (${formatBytes(p.backup.bytes)}).`);
	const tg = p.target;
	out.push(tg.problem === null ? `Sessions root: writable${tg.freeBytes === null ? "" : `, ${formatBytes(tg.freeBytes)} free`} (about ${formatBytes(tg.neededBytes)} needed).` : `Sessions root: ${tg.problem}: the run would fail; fix this first.`);
	if (p.unknown.length > 0) {
		out.push("Not part of any session (kept in the backup, not migrated):");
		out.push(...capped(p.unknown.map((u) => `  ${u.ref}: ${u.reason}`), 15, "(see --json)"));
	}
	if (!detailed) out.push("", `The plan per session: rlm-migrate --dry-run --verbose (${p.sessions.length} sessions).`);
	return `${out.join("\n")}\n`;
}
var problemLine;
var init_render_plan = __esmMin((() => {
	init_format();
	problemLine = (pr) => `  ${pr.level === "warning" ? "warning" : "note"}: ${pr.source}: ${pr.message}`;
}));
//#endregion
//#region src/render/render-report.ts
/** The human summary of a migration run: status table, failures, warnings, what to do next. */
function renderMigrationReport(r, verbose = false) {
	const limit = verbose ? Number.POSITIVE_INFINITY : 30;
	const t = r.totals;
	const writtenCount = t.migrated + t.replaced;
	if (r.runId === null && t.failed === 0 && t.skipped === 0) return t.discovered === 0 ? `Nothing to migrate: no legacy session found in ${r.legacy["rlm-state"]} (or beside it).\n` : `Nothing to do: all ${t["already-migrated"]} legacy session(s) are already migrated into ${r.sessionsRoot}.\n`;
	const out = [];
	if (r.runId !== null) out.push(`Run ${r.runId}${r.resumed ? " (resumed an interrupted run)" : ""} → ${r.sessionsRoot}`);
	if (r.backup) out.push(r.backup.copied ? `Backup: ${r.backup.files} legacy files (${formatBytes(r.backup.bytes)}) in ${r.backup.path}` : `Backup: checksums only (--no-backup), in ${r.backup.path}`);
	out.push("", textTable(["status", "sessions"], [
		["migrated", t.migrated],
		["replaced (--force)", t.replaced],
		["already migrated", t["already-migrated"]],
		["skipped", t.skipped],
		["failed", t.failed],
		["total", t.discovered]
	]));
	const notDone = r.sessions.filter((s) => s.status === "failed" || s.status === "skipped");
	if (notDone.length > 0) out.push("", "Not migrated:", ...capped(notDone.map((s) => `  ${s.status.padEnd(7)} ${s.sessionId}: ${s.reason}`), limit, "(see --json)"));
	if (r.problems.length > 0) out.push("", "Shared legacy files (kept in the backup):", ...r.problems.map((p) => `  ${p.level === "warning" ? "warning" : "note"}: ${p.source}: ${p.message}`));
	const warned = r.sessions.flatMap((s) => problemLines(s.sessionId, s.problems));
	if (warned.length > 0) {
		out.push("", "Read with problems (raw files kept in the backup and under each session's legacy/ unless said otherwise):");
		out.push(...capped(warned, limit, "(see --verbose or --json)"));
	}
	const written = r.sessions.filter((s) => s.status === "migrated" || s.status === "replaced");
	if (written.length > 0) {
		const unlinked = written.filter((s) => s.transcript === null).map((s) => s.sessionId);
		out.push("", `Claude Code transcripts: ${written.length - unlinked.length} of ${written.length} session(s) linked (looked in ${r.claudeDir}/projects).`);
		if (unlinked.length > 0) out.push("Not found (Claude Code deletes transcripts after `cleanupPeriodDays`, 30 by default):", ...capped(unlinked.map((id) => `  ${id}`), verbose ? Number.POSITIVE_INFINITY : 10, "(see --verbose or --json)"));
	}
	if (r.unknown.length > 0) {
		out.push("", `Not part of any session (kept in the backup, not migrated):`);
		out.push(...capped(r.unknown.map((u) => `  ${u.ref}: ${u.reason}`), 15, "(see --json)"));
	}
	if (r.cleaned.length > 0) out.push("", `Cleaned up ${r.cleaned.length} leftover(s) of an interrupted run.`);
	if (writtenCount > 0 && r.runId !== null) out.push("", "Next: `rlm-migrate verify` proves nothing was lost;", `      \`rlm-migrate --rollback ${r.runId}\` undoes this run.`);
	return `${out.join("\n")}\n`;
}
var init_render_report = __esmMin((() => {
	init_format();
}));
//#endregion
//#region src/render/render-rollback.ts
function renderRollback(r) {
	const out = [`${r.dryRun ? "Dry run of the rollback" : "Rolled back"} run ${r.runId} in ${r.sessionsRoot}`];
	out.push(`  ${r.dryRun ? "sessions that would be removed" : "sessions removed"}: ${r.removed.length}`);
	if (r.restoredSessions.length > 0) out.push(`  replaced sessions put back: ${r.restoredSessions.length}`);
	out.push(`  legacy files unchanged: ${r.legacy.unchanged}, restored from the backup: ${r.legacy.restored.length}`);
	out.push(...capped(r.legacy.restored.map((ref) => `    restored ${ref}`), 20, "(see --json)"));
	for (const k of r.kept) out.push(`  kept ${k.sessionId}: ${k.reason}`);
	for (const c of r.legacy.changed) out.push(`  ${c.ref} changed since the run: ${c.action === "kept" ? "left as it is (--force overwrites it, moving it aside first)" : "overwritten; the newer file is under displaced/"}`);
	for (const u of r.legacy.unrestorable) out.push(`  cannot restore ${u.ref}: ${u.reason}`);
	if (r.dryRun) out.push("Dry run: nothing was changed.");
	else out.push(r.ok ? "Done." : "The rollback is incomplete: see above.");
	return `${out.join("\n")}\n`;
}
var init_render_rollback = __esmMin((() => {
	init_format();
}));
//#endregion
//#region src/usage-error.ts
/**
* A command line that cannot work (exit code 2). Built here rather than imported from
* @rlm/migrate so that the main thread never loads the library (the worker does).
*/
function usageError(message, hint) {
	return new RlmError("ERR_RLM_USAGE", message, { hint });
}
var init_usage_error = __esmMin((() => {
	init_dist$3();
}));
//#endregion
//#region src/job/run-job.ts
/**
* Run a job. With a worker script (the bins pass theirs), the library runs in a worker
* thread so this thread stays free for Ctrl-C: the first asks the run to stop at the next
* session (what is done stays done, and the run can be resumed), a second one or the grace
* period ends the worker at once (as safe as a kill: the next run cleans up and resumes).
* Without one (tests in process), the job runs here and Ctrl-C keeps Node's default.
*/
async function runJob(job, io, onEvent, onInterrupt) {
	if (io.worker === void 0) try {
		return {
			type: "done",
			result: await executeJob(job, onEvent, () => false)
		};
	} catch (err) {
		return {
			type: "error",
			error: toJobError(err)
		};
	}
	const stop = new SharedArrayBuffer(4);
	const flag = new Int32Array(stop);
	const worker = new node_worker_threads.Worker(io.worker, { workerData: {
		rlmMigrateJob: job,
		stop
	} });
	return await new Promise((resolve) => {
		let interrupted = false;
		let settled = false;
		let timer;
		const finish = (outcome) => {
			if (settled) return;
			settled = true;
			removeSigint();
			if (timer) clearTimeout(timer);
			resolve(outcome);
			worker.terminate();
		};
		const removeSigint = io.onSigint(() => {
			if (interrupted) {
				finish({
					type: "interrupted",
					error: null
				});
				return;
			}
			interrupted = true;
			onInterrupt();
			if (job.kind !== "migrate") {
				finish({
					type: "interrupted",
					error: null
				});
				return;
			}
			Atomics.store(flag, 0, 1);
			timer = setTimeout(() => finish({
				type: "interrupted",
				error: null
			}), GRACE_MS);
		});
		worker.on("message", (m) => {
			if (m.type === "event") onEvent(m.event);
			else if (m.type === "done") finish({
				type: "done",
				result: m.result
			});
			else finish(interrupted ? {
				type: "interrupted",
				error: m.error
			} : {
				type: "error",
				error: m.error
			});
		});
		worker.on("error", (err) => finish({
			type: "error",
			error: toJobError(err)
		}));
		worker.on("exit", (code) => {
			if (!settled) finish(interrupted ? {
				type: "interrupted",
				error: null
			} : {
				type: "error",
				error: toJobError(/* @__PURE__ */ new Error(`the worker stopped with exit code ${code}`))
			});
		});
	});
}
var GRACE_MS;
var init_run_job = __esmMin((() => {
	init_job();
	GRACE_MS = 5e3;
}));
//#endregion
//#region src/render/progress.ts
/**
* Progress on stderr: a bar redrawn in place on a terminal (advancing as sessions are
* staged or planned, before their batch is committed), otherwise one line per session that
* was written, skipped or failed (sessions already migrated stay quiet, so a second run
* prints nothing here; a dry run prints no per-session lines). With --json, only the bar,
* and only on a terminal.
*/
function progressRenderer(io, json) {
	const bar = io.stderrIsTTY;
	let drawn = false;
	let done = 0;
	const clear = () => {
		if (drawn) io.stderr("\r\x1B[2K");
		drawn = false;
	};
	const draw = (index, total, label) => {
		done = Math.max(done, index + 1);
		const width = Math.max(10, Math.min(30, io.columns - 50));
		const filled = Math.round(done / total * width);
		const text = label.slice(0, Math.max(0, io.columns - width - 20));
		io.stderr(`\r\x1b[2K[${"#".repeat(filled)}${".".repeat(width - filled)}] ${done}/${total} ${text}`);
		drawn = true;
	};
	const onEvent = (e) => {
		if (e.type === "backup") {
			if (json && !bar) return;
			clear();
			io.stderr(`run ${e.runId}: backed up ${e.files} legacy files (${formatBytes(e.bytes)})\n`);
		} else if (e.type === "planned") {
			if (bar) draw(e.index, e.total, `reading ${e.sessionId}`);
		} else if (e.type === "staged" || e.type === "session") {
			const label = e.type === "staged" ? `writing ${e.sessionId}` : `${e.outcome.status} ${e.outcome.sessionId}`;
			if (bar) draw(e.index, e.total, label);
			else if (!json && e.type === "session" && e.outcome.status !== "already-migrated") {
				const o = e.outcome;
				const w = warnings(o.problems);
				const tail = [o.reason, w > 0 ? `${w} warning(s)` : null].filter(Boolean).join("; ");
				io.stderr(`${o.status.padEnd(9)} ${o.sessionId}${tail ? `  (${tail})` : ""}\n`);
			}
		} else if (e.type === "finish") clear();
	};
	return Object.assign(onEvent, { clear });
}
var init_progress = __esmMin((() => {
	init_format();
}));
//#endregion
//#region src/commands/run-with-progress.ts
/**
* Run one library job with progress on stderr and the Ctrl-C behaviour of run-job.ts.
* Returns the job's result, or the exit code already decided (error printed, or stopped).
*/
async function runWithProgress(io, json, job) {
	const progress = progressRenderer(io, json);
	const outcome = await runJob(job, io, progress, () => {
		progress.clear();
		if (job.kind === "migrate") io.stderr("Stopping after the current session… (press Ctrl-C again to stop at once)\n");
	});
	progress.clear();
	if (outcome.type === "done") return { result: outcome.result };
	if (outcome.type === "error") return { exit: printError(io, json, outcome.error) };
	const message = outcome.error?.message ?? "interrupted";
	if (json) io.stdout(`${JSON.stringify({
		kind: "error",
		code: "ERR_RLM_MIGRATION",
		interrupted: true,
		message,
		hint: STOPPED[job.kind]
	}, null, 2)}\n`);
	io.stderr(`rlm-migrate: ${message}\n${STOPPED[job.kind]}\n`);
	return { exit: 130 };
}
var STOPPED;
var init_run_with_progress = __esmMin((() => {
	init_exit_codes();
	init_run_job();
	init_print_error();
	init_progress();
	STOPPED = {
		migrate: "Nothing is lost: sessions already written stay whole, the legacy files are untouched.\nRun the same command again to resume: it finishes the run where it stopped.",
		plan: "Nothing was written (a dry run changes nothing).",
		verify: "Nothing was written (verify changes nothing); run it again for the full result.",
		rollback: "Run the same --rollback command again to finish undoing the run."
	};
}));
//#endregion
//#region src/commands/migrate-command.ts
var migrate_command_exports = /* @__PURE__ */ __exportAll({ runMigrateCommand: () => runMigrateCommand });
function emit(io, json, value, human) {
	io.stdout(json ? `${JSON.stringify(value, null, 2)}\n` : human());
}
async function runRollback(io, flags) {
	if (flags.backup !== void 0) throw usageError(`--${flags.backup ? "" : "no-"}backup has no meaning with --rollback`, "a rollback uses the backup the run made; drop the option");
	const given = {
		legacyDir: flags.legacyDir,
		stateDir: flags.stateDir,
		externalizedDir: flags.externalizedDir,
		trajectoriesDir: flags.trajectoriesDir
	};
	const named = Object.values(given).some((v) => v !== void 0);
	const run = await runWithProgress(io, flags.json === true, {
		kind: "rollback",
		options: {
			sessionsDir: flags.sessionsDir,
			env: io.env,
			runId: typeof flags.rollback === "string" ? flags.rollback : void 0,
			force: flags.force,
			dryRun: flags.dryRun,
			legacy: named ? given : void 0
		}
	});
	if ("exit" in run) return run.exit;
	const report = run.result;
	emit(io, flags.json === true, report, () => renderRollback(report));
	return report.ok ? 0 : 1;
}
/** The default command: migrate, or plan (--dry-run), or undo a run (--rollback). */
async function runMigrateCommand(io, flags) {
	const json = flags.json === true;
	if (flags.rollback !== void 0) return runRollback(io, flags);
	const where = locations(flags, io.env);
	if (flags.dryRun) {
		const run = await runWithProgress(io, json, {
			kind: "plan",
			options: {
				...where,
				force: flags.force,
				backup: flags.backup !== false
			}
		});
		if ("exit" in run) return run.exit;
		const plan = run.result;
		emit(io, json, plan, () => renderPlan(plan, flags.verbose === true));
		return plan.totals.fail > 0 || plan.target.problem !== null ? 1 : 0;
	}
	const run = await runWithProgress(io, json, {
		kind: "migrate",
		options: {
			...where,
			backup: flags.backup !== false,
			force: flags.force
		}
	});
	if ("exit" in run) return run.exit;
	const report = run.result;
	emit(io, json, report, () => renderMigrationReport(report, flags.verbose === true));
	return report.ok ? 0 : 1;
}
var init_migrate_command = __esmMin((() => {
	init_exit_codes();
	init_options();
	init_render_plan();
	init_render_report();
	init_render_rollback();
	init_usage_error();
	init_run_with_progress();
}));
//#endregion
//#region src/render/render-verify.ts
function renderVerify(r, verbose = false) {
	const out = [];
	for (const s of r.sessions) {
		if (s.status === "ok" && !verbose) continue;
		out.push(`${s.status.padEnd(8)} ${s.sessionId}${s.reason ? `: ${s.reason}` : ""}`);
		out.push(...capped(s.differences.map((d) => `  ${d}`), 20, "difference(s) (see --json)"));
	}
	if (out.length > 0) out.push("");
	const t = r.totals;
	out.push(textTable(["result", "sessions"], [
		["ok", t.ok],
		["mismatch", t.mismatch],
		["missing", t.missing],
		["skipped", t.skipped]
	]));
	out.push("", !r.ok ? "Differences found: see above." : t.ok > 0 ? `Verified: every migrated session holds everything its legacy files hold (${t.ok} session(s)).` : r.sessions.length === 0 ? `Nothing to verify: no legacy session found in ${r.legacy["rlm-state"]} (or beside it).` : "Nothing was verified: no session has legacy data to compare (see the skipped ones above).");
	return `${out.join("\n")}\n`;
}
var init_render_verify = __esmMin((() => {
	init_format();
}));
//#endregion
//#region src/commands/verify-command.ts
var verify_command_exports = /* @__PURE__ */ __exportAll({ runVerifyCommand: () => runVerifyCommand });
/** Options of the migration itself: verify changes nothing, so they would be silently ignored. */
function refuseMigrateOptions(flags) {
	const given = [
		flags.dryRun ? "--dry-run" : null,
		flags.rollback !== void 0 ? "--rollback" : null,
		flags.force ? "--force" : null,
		flags.backup === false ? "--no-backup" : flags.backup === true ? "--backup" : null
	].filter((f) => f !== null);
	if (given.length > 0) throw usageError(`verify takes no ${given.join(", ")}: it only reads, and changes nothing`, "run `rlm-migrate verify` with the location options only (see rlm-migrate verify --help)");
}
async function runVerifyCommand(io, flags) {
	refuseMigrateOptions(flags);
	const json = flags.json === true;
	const run = await runWithProgress(io, json, {
		kind: "verify",
		options: locations(flags, io.env)
	});
	if ("exit" in run) return run.exit;
	const report = run.result;
	io.stdout(json ? `${JSON.stringify(report, null, 2)}\n` : renderVerify(report, flags.verbose === true));
	return report.ok ? 0 : 1;
}
var init_verify_command = __esmMin((() => {
	init_exit_codes();
	init_options();
	init_render_verify();
	init_usage_error();
	init_run_with_progress();
}));
//#endregion
//#region src/program.ts
init_esm();
init_exit_codes();
init_options();
const EXAMPLES = `
Examples:
  rlm-migrate --dry-run                 show what would be migrated, change nothing
  rlm-migrate --dry-run --verbose       the plan per session (the default up to 20 sessions)
  rlm-migrate                           migrate (after backing up every legacy file)
  rlm-migrate verify                    prove nothing was lost
  rlm-migrate --rollback                undo the latest run (or --rollback <run-id>)
  rlm-migrate --json | jq .totals       machine-readable report

Not installed? The Claude Code plugin ships a copy (Node >= 20.19):
  node <plugin folder>/bin/rlm-migrate.cjs --dry-run
Once @rlm/migrate-cli is published on npm:  npx @rlm/migrate-cli --dry-run
`;
/**
* The commander program. Handlers are loaded lazily and report their exit code through
* `setExit`; errors propagate to the one boundary in `main`.
*/
function buildProgram(io, setExit, version, json = false) {
	const program = new Command("rlm-migrate").description("Move RLM's legacy flat-file state (~/.claude/rlm-state, rlm-externalized, rlm-trajectories) into one directory per session. Legacy files are never modified; a backup, verify and rollback keep it safe.").version(version, "-V, --version", "print the version (also -v)").exitOverride().configureOutput({
		writeOut: (s) => io.stdout(s),
		writeErr: (s) => io.stderr(s)
	}).showHelpAfterError("(run rlm-migrate --help for usage)").helpCommand("help [command]", "show help for rlm-migrate or for a command").option("--dry-run", "print the plan (created, mapped, copied, problems, room on disk); write nothing").option("--backup", "copy every legacy file into <sessions>/migration-backup/<run>/ first (default)").option("--no-backup", "skip the copies (checksums are still recorded; rollback cannot restore deleted files)").option("--rollback [run-id]", "undo a run: remove what it created, restore legacy files (latest run by default)").option("--force", "re-migrate sessions migrated earlier (never sessions created by the hooks); with --rollback, also undo changed items");
	addLocationOptions(program, io.env).addHelpText("after", EXAMPLES + EXIT_CODES_HELP).action(async (flags) => {
		const { runMigrateCommand } = await Promise.resolve().then(() => (init_migrate_command(), migrate_command_exports));
		setExit(await runMigrateCommand(io, {
			...flags,
			json: json || flags.json
		}));
	});
	addLocationOptions(program.command("verify").description("prove nothing was lost: compare every migrated session with its legacy files (read-only)").addHelpText("after", EXIT_CODES_HELP), io.env).action(async (_flags, cmd) => {
		const { runVerifyCommand } = await Promise.resolve().then(() => (init_verify_command(), verify_command_exports));
		setExit(await runVerifyCommand(io, {
			...cmd.optsWithGlobals(),
			json: json || cmd.optsWithGlobals().json
		}));
	});
	return program;
}
//#endregion
//#region src/main.ts
init_dist$3();
init_esm();
init_exit_codes();
init_job();
init_print_error();
/**
* `-v` asks for the version, as with most tools (commander only knows -V): wherever
* `--version` would be taken, never as the value of an option or after `--`.
*/
function normalizeArgv(argv) {
	const end = argv.indexOf("--");
	return argv.map((a, i) => a === "-v" && (end === -1 || i < end) && !/^--[a-z-]+-dir$/.test(argv[i - 1] ?? "") ? "--version" : a);
}
/**
* Run rlm-migrate with `argv` (without node and the script). The one error boundary:
* commander and usage errors → 2, any other error → 1, each printed once.
*/
async function main(argv, io = processIO()) {
	let exitCode = 0;
	const json = argv.includes("--json");
	try {
		await buildProgram(io, (c) => exitCode = c, version, json).parseAsync(normalizeArgv(argv), { from: "user" });
		return exitCode;
	} catch (err) {
		if (err instanceof CommanderError) {
			if (err.exitCode === 0) return 0;
			const message = err.message.replace(/^error: /, "");
			if (json) io.stdout(`${JSON.stringify({
				kind: "error",
				code: "ERR_RLM_USAGE",
				message
			}, null, 2)}\n`);
			return 2;
		}
		const e = toJobError(err);
		return printError(io, json, isRlmError(err) ? e : {
			...e,
			code: e.code?.startsWith("ERR_RLM_") ? e.code : void 0
		});
	}
}
//#endregion
//#region src/plugin-main.ts
if (isJobWorker()) runWorkerJob();
else main(process.argv.slice(2), processIO(__filename)).then((code) => {
	process.exitCode = code;
});
//#endregion
