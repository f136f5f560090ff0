// rlm-repl's resident helper: answers the read-only operations its short-lived clients
// hand it (helper-protocol.ts SERVED_OPS) by running the same runCli a client would run,
// on long-lived bridges that keep the sessions' cell indexes between requests
// (@rlm/repl-bridge `resident`; @rlm/cells `reuse`); the memory database is opened per
// request. See docs/decisions.md §26.
import { appendFileSync, statSync, truncateSync } from "node:fs";
import { join, resolve } from "node:path";
import { type Bridge, createBridge } from "@rlm/repl-bridge";
import { coreIdentity, type RequestHeader } from "@rlm/resident-helper/client";
import { type Answer, serveHelper as serve } from "@rlm/resident-helper/serve";
import {
  HELPER_DIR,
  HELPER_IDLE_MS,
  type ReplReply,
  type ReplRequest,
  SERVED_OPS,
} from "./helper-protocol.js";
import type { CliIO } from "./io.js";
import { parseArgv } from "./parse-argv.js";
import { runCli } from "./run-cli.js";

/** Bridges kept (one per environment and sessions-dir option seen); the least recently used is closed. */
const MAX_BRIDGES = 4;
/** The helper's own failures, `<root>/.rlm-repld/errors.log`, cut back when over this. */
const LOG_MAX_BYTES = 64 * 1024;

/** Serve `root` until idle, replaced, or the root is gone. Logs its own failures; never throws. */
export function serveHelper(rootArg: string): void {
  const root = resolve(rootArg);
  const dir = join(root, HELPER_DIR);
  const bridges = new Map<string, Bridge>();
  const bridgeFor = (sessionsDir: string, clientEnv: NodeJS.ProcessEnv): Bridge => {
    // the clients' own knobs (RLM_REPL_TRACE, RLM_REPL_HELPER_*, RLM_HOOK_*) are not the
    // operations' business: clients differing only in those share a bridge and its indexes
    const env = Object.fromEntries(
      Object.entries(clientEnv)
        .filter(([k]) => !k.startsWith("RLM_REPL_") && !k.startsWith("RLM_HOOK_"))
        .sort(([a], [b]) => (a < b ? -1 : 1)),
    );
    const key = JSON.stringify([resolve(sessionsDir), env]);
    let bridge = bridges.get(key);
    bridges.delete(key);
    bridge ??= createBridge({ sessionsDir, env, resident: true });
    bridges.set(key, bridge);
    for (const [k, b] of bridges) {
      if (bridges.size <= MAX_BRIDGES) break;
      b.close();
      bridges.delete(k);
    }
    return bridge;
  };
  serve<ReplReply>({
    root,
    dir,
    identity: coreIdentity(__filename),
    idleMs: Number(process.env.RLM_REPL_HELPER_IDLE_MS ?? HELPER_IDLE_MS) || HELPER_IDLE_MS,
    handle: (header) => answer(header, bridgeFor),
    // between requests: indexes compacted meanwhile (a Stop hook) are reloaded now, not by the next query
    onIdle: () => {
      for (const bridge of bridges.values()) bridge.warm();
    },
    fail: (message) => {
      const log = join(dir, "errors.log");
      try {
        if ((statSync(log, { throwIfNoEntry: false })?.size ?? 0) > LOG_MAX_BYTES) truncateSync(log, 0);
        appendFileSync(
          log,
          `${JSON.stringify({ time: new Date().toISOString(), code: "ERR_RLM_HELPER", message })}\n`,
          {
            mode: 0o600,
          },
        );
      } catch {
        // nowhere to say it
      }
    },
  });
}

/** Run one request's command line with captured output; anything but a served operation goes back to its client. */
async function answer(
  header: RequestHeader,
  bridgeFor: (sessionsDir: string, env: NodeJS.ProcessEnv) => Bridge,
): Promise<Answer<ReplReply> | { fallback: string }> {
  const request = header.extra as Partial<ReplRequest> | undefined;
  const argv = request?.argv;
  if (!Array.isArray(argv) || !argv.every((a) => typeof a === "string"))
    return { fallback: "unreadable request" };
  try {
    const args = parseArgv(argv);
    if (args.help || args.version || args.positionals.length > 0 || !SERVED_OPS.has(args.op ?? ""))
      return { fallback: "not served" };
  } catch {
    return { fallback: "not served" }; // a usage error: the client reports it itself
  }
  let stdout = "";
  let stderr = "";
  const used = new Set<Bridge>();
  const io: CliIO = {
    stdout: (t) => {
      stdout += t;
    },
    stderr: (t) => {
      stderr += t;
    },
    stderrIsTTY: request?.stderrIsTTY === true,
    env: header.env,
    onInterrupt: () => () => {},
    // The client resolved the root (its --sessions-dir, RLM_SESSIONS_DIR or its HOME) and
    // this helper serves exactly that one: never this process's own HOME.
    bridgeFor: (options) => {
      const bridge = bridgeFor(options.sessionsDir ?? header.root, options.env);
      used.add(bridge);
      return bridge;
    },
  };
  let code: number;
  try {
    code = await runCli(argv, io);
  } finally {
    // The memory database is not held open between requests: the last connection to
    // close checkpoints the WAL into the file (a copy of it is then whole), and a file
    // copied over it is read as it is. (Opening it again costs ~1 ms here; the module and
    // the addon stay loaded.)
    for (const bridge of used) bridge.close();
  }
  // the JSON document goes as it is, after the reply: a 2 MB chain is not escaped and parsed again
  return { reply: { stderr, code }, tail: stdout };
}
