import { parseArgs } from "node:util";

export interface CliArgs {
  op?: string;
  args?: string;
  session?: string;
  sessionsDir?: string;
  pretty: boolean;
  json: boolean;
  help: boolean;
  version: boolean;
  positionals: string[];
}

/** node:util's parseArgs (strict): an unknown option throws a TypeError with code ERR_PARSE_ARGS_*. */
export function parseArgv(argv: string[]): CliArgs {
  const { values, positionals } = parseArgs({
    args: argv,
    strict: true,
    allowPositionals: true,
    options: {
      op: { type: "string" },
      args: { type: "string" },
      session: { type: "string" },
      "sessions-dir": { type: "string" },
      pretty: { type: "boolean", default: false },
      json: { type: "boolean", default: false },
      help: { type: "boolean", short: "h", default: false },
      version: { type: "boolean", short: "V", default: false },
    },
  });
  return {
    ...(values.op !== undefined ? { op: values.op } : {}),
    ...(values.args !== undefined ? { args: values.args } : {}),
    ...(values.session !== undefined ? { session: values.session } : {}),
    ...(values["sessions-dir"] !== undefined ? { sessionsDir: values["sessions-dir"] } : {}),
    pretty: values.pretty === true,
    json: values.json === true,
    help: values.help === true,
    version: values.version === true,
    positionals,
  };
}
