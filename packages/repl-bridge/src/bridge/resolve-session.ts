import { SessionNotFoundError, type SessionStore } from "@rlm/session-store";

/** `current` (the default) → the session the `current` link names; any other id must exist. */
export function resolveSessionId(store: SessionStore, requested: string | undefined): string {
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
