import { SessionNotFoundError, type SessionStore } from "@rlm/session-store";

/**
 * The session to work on: the one asked for; else `$RLM_SESSION_ID` (the plugin's
 * SessionStart exports it into the shell of the Claude Code session that runs us, so two
 * sessions open at once each reach their own); else the one `current` names.
 */
export function resolveSessionId(
  store: SessionStore,
  requested: string | undefined,
  env: NodeJS.ProcessEnv = process.env,
): string {
  const fromEnv = env.RLM_SESSION_ID;
  if (requested === undefined && fromEnv !== undefined && fromEnv !== "") {
    if (!store.exists(fromEnv))
      throw new SessionNotFoundError(fromEnv, `${store.root} (named by $RLM_SESSION_ID)`);
    return fromEnv;
  }
  if (requested === undefined || requested === "current") {
    const id = store.getCurrent();
    if (id === null)
      throw new SessionNotFoundError(
        "current",
        `${store.root} (no \`current\` link, or it names a missing session)`,
      );
    return id;
  }
  if (!store.exists(requested)) throw new SessionNotFoundError(requested, store.root);
  return requested;
}
