import { isAbsolute, join } from "node:path";
import { InvalidArgumentError } from "commander";

/**
 * `~` and `~/…` as the shell would expand them: `--sessions-dir=~/x` reaches us unexpanded
 * (the shell only expands a `~` that starts a word). `~user/…` is refused rather than
 * turned into a folder literally named `~user`.
 */
export function expandHome(value: string, env: NodeJS.ProcessEnv): string {
  // `--legacy-dir --json`: the folder was forgotten (commander takes the next word as the value).
  if (value.startsWith("--")) throw new InvalidArgumentError(`expected a folder, got the option ${value}`);
  if (value !== "~" && !value.startsWith("~")) return value;
  const home = env.HOME;
  if (value === "~" || value.startsWith("~/")) {
    if (!home || !isAbsolute(home)) throw new InvalidArgumentError("~ cannot be expanded: $HOME is not set");
    return join(home, value.slice(1));
  }
  throw new InvalidArgumentError(`${value.split("/")[0]} is not expanded here: give the full path`);
}
