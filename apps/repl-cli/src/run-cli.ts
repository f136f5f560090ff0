import { createBridge, describeOp, findOp, OPS } from "@rlm/repl-bridge";
import pkg from "../package.json" with { type: "json" };
import { errorDocument, isUsageCode } from "./error-document.js";
import { EXIT_FAILED, EXIT_INTERRUPTED, EXIT_OK, EXIT_USAGE } from "./exit-codes.js";
import { mainHelp, opHelp, opsTable } from "./help.js";
import type { CliIO } from "./io.js";
import { type CliArgs, parseArgv } from "./parse-argv.js";
import { progressBar } from "./progress.js";

/**
 * rlm-repl with `argv` (without node and the script). The one error boundary: every
 * outcome is one JSON document on stdout and an exit code (0 ok, 1 failed, 2 usage, 130 Ctrl-C).
 */
export async function runCli(argv: string[], io: CliIO): Promise<number> {
  let args: CliArgs;
  try {
    args = parseArgv(argv);
  } catch (err) {
    return fail(io, false, {
      code: "ERR_RLM_USAGE",
      message: (err as Error).message,
      hint: "run rlm-repl --help",
    });
  }
  const print = (doc: unknown) => io.stdout(`${JSON.stringify(doc, null, args.pretty ? 2 : undefined)}\n`);
  if (args.version) {
    io.stdout(`${pkg.version}\n`);
    return EXIT_OK;
  }
  const [command, ...extra] = args.positionals;
  if (command !== undefined && (command !== "ops" || extra.length > 0 || args.op !== undefined))
    return fail(io, args.pretty, {
      code: "ERR_RLM_USAGE",
      message: `unexpected argument ${JSON.stringify(command === "ops" ? (extra[0] ?? "--op") : command)}`,
      hint: "operations are chosen with --op NAME; run rlm-repl --help",
    });
  if (args.help) {
    if (args.op === undefined) {
      io.stdout(mainHelp(pkg.version));
      return EXIT_OK;
    }
    try {
      io.stdout(opHelp(findOp(args.op)));
      return EXIT_OK;
    } catch (err) {
      return fail(io, args.pretty, errorDocument(err));
    }
  }
  if (command === "ops") {
    if (args.json) print({ ops: OPS.map(describeOp), count: OPS.length });
    else io.stdout(opsTable());
    return EXIT_OK;
  }
  if (args.op === undefined)
    return fail(io, args.pretty, {
      code: "ERR_RLM_USAGE",
      message: "no operation: pass --op NAME",
      hint: "rlm-repl --help lists the operations; rlm-repl ops --json gives their argument schemas",
    });
  let opArgs: unknown = {};
  if (args.args !== undefined) {
    try {
      opArgs = JSON.parse(args.args);
    } catch (err) {
      return fail(io, args.pretty, {
        code: "ERR_RLM_USAGE",
        message: `--args is not valid JSON: ${(err as Error).message}`,
        hint: `pass one JSON object, e.g. --args '{"cell_id": "cell_0a1b2c3d"}'`,
      });
    }
  }
  return runOp(io, args, args.op, opArgs, print);
}

async function runOp(
  io: CliIO,
  args: CliArgs,
  op: string,
  opArgs: unknown,
  print: (doc: unknown) => void,
): Promise<number> {
  const controller = new AbortController();
  let interrupted = false;
  const off = io.onInterrupt(() => {
    if (interrupted) process.exit(EXIT_INTERRUPTED); // a second Ctrl-C: leave now
    interrupted = true;
    io.stderr(
      `\nrlm-repl: interrupted during --op ${op}; stopping (files are written atomically, nothing is left half-written). Ctrl-C again to quit at once.\n`,
    );
    controller.abort();
  });
  const bridgeOptions = {
    env: io.env,
    ...(args.sessionsDir !== undefined ? { sessionsDir: args.sessionsDir } : {}),
  };
  const bridge = io.bridgeFor?.(bridgeOptions) ?? createBridge(bridgeOptions);
  try {
    const result = await bridge.run(op, opArgs, {
      ...(args.session !== undefined ? { session: args.session } : {}),
      signal: controller.signal,
      onProgress: progressBar(io),
    });
    if (interrupted) return fail(io, args.pretty, interruptedDoc(op), EXIT_INTERRUPTED);
    print(result);
    return EXIT_OK;
  } catch (err) {
    const doc = interrupted ? interruptedDoc(op) : errorDocument(err);
    return fail(io, args.pretty, doc, interrupted ? EXIT_INTERRUPTED : undefined);
  } finally {
    off();
    if (io.bridgeFor === undefined) bridge.close();
  }
}

function interruptedDoc(op: string) {
  return {
    code: "ERR_RLM_INTERRUPTED",
    message: `--op ${op} was interrupted (Ctrl-C)`,
    hint: "run it again",
  };
}

function fail(
  io: CliIO,
  pretty: boolean,
  error: { code: string; message: string; hint?: string | undefined },
  exitCode?: number,
): number {
  io.stdout(`${JSON.stringify({ error }, null, pretty ? 2 : undefined)}\n`);
  if (io.stderrIsTTY) io.stderr(`rlm-repl: ${error.message}${error.hint ? `\nhint: ${error.hint}` : ""}\n`);
  return exitCode ?? (isUsageCode(error.code) ? EXIT_USAGE : EXIT_FAILED);
}
