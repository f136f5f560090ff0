import { isSessionId, sessionIdProblem } from "@rlm/session-schema";
import { LEGACY_ROOTS, type LegacyDirs } from "../legacy/legacy-dirs.js";
import { classifyStateName, leftoverOwner, NOT_SESSION_IDS } from "./classify-state-name.js";
import type { DiscoveredSession, Discovery, LegacyEntry, UnknownEntry } from "./discovery-types.js";
import { notSessionState } from "./vet-state-file.js";
import { walkLegacyRoot } from "./walk-legacy.js";

const SUMMARY = /^(\d{8})_(.+)_summary\.json$/;

/** The session whose id appears in a file name as a whole token (longest id wins). */
function ownerByName(name: string, sessions: Map<string, DiscoveredSession>): DiscoveredSession | undefined {
  let best: DiscoveredSession | undefined;
  for (const s of sessions.values()) {
    const at = name.indexOf(s.id);
    if (at < 0 || (best && best.id.length >= s.id.length)) continue;
    const before = name[at - 1];
    const after = name[at + s.id.length];
    const edge = (c: string | undefined) => c === undefined || !/[A-Za-z0-9]/.test(c);
    if (edge(before) && edge(after)) best = s;
  }
  return best;
}

function idRefusal(id: string): string | null {
  if (NOT_SESSION_IDS.has(id)) return `"${id}" is a shared legacy file name, not a session id`;
  const problem = sessionIdProblem(id);
  return problem === null ? null : `session id ${JSON.stringify(id.slice(0, 80))} ${problem}; not migrated`;
}

/**
 * Find every legacy session and every other file under the three legacy folders, by name
 * (only `<name>.json` files are opened, to tell a session state from another program's
 * file). Ids that are not plain ids are reported, never used as paths.
 */
export function discoverLegacy(dirs: LegacyDirs): Discovery {
  const sessions = new Map<string, DiscoveredSession>();
  const unknown: UnknownEntry[] = [];
  const entries: LegacyEntry[] = [];
  const present: Discovery["present"] = [];
  const globals: Discovery["globals"] = {
    context: null,
    sessionMetadata: null,
    currentTranscript: null,
    activation: null,
  };
  const looseTrajectoryFiles: string[] = [];
  const tmpCandidates: string[] = [];

  const session = (id: string): DiscoveredSession => {
    let s = sessions.get(id);
    if (!s) {
      s = {
        id,
        state: null,
        context: null,
        fileAccess: null,
        leftovers: [],
        externalized: [],
        trajectories: [],
      };
      sessions.set(id, s);
    }
    return s;
  };
  const claim = (id: string, ref: string, put: (s: DiscoveredSession) => void): void => {
    const refusal = idRefusal(id);
    if (refusal === null) put(session(id));
    else unknown.push({ ref, reason: refusal });
  };

  for (const root of LEGACY_ROOTS) {
    const walked = walkLegacyRoot(dirs, root);
    unknown.push(...walked.skipped);
    if (walked.entries.length === 0) continue;
    present.push(root);
    entries.push(...walked.entries);
    for (const e of walked.entries) {
      if (e.ref === root) continue;
      const rel = e.ref.slice(root.length + 1);
      const parts = rel.split("/");
      const name = parts[parts.length - 1]!;
      if (root === "rlm-externalized") {
        const id = parts[0]!;
        if (parts.length === 1) {
          if (e.type !== "dir") unknown.push({ ref: e.ref, reason: "not inside a session folder" });
          else if (idRefusal(id) !== null) unknown.push({ ref: e.ref, reason: idRefusal(id)! });
        } else if (e.type !== "dir" && idRefusal(id) === null) session(id).externalized.push(e.ref);
        continue;
      }
      if (e.type === "dir") {
        if (parts.length === 1) unknown.push({ ref: e.ref, reason: "unexpected folder; kept in the backup" });
        continue;
      }
      if (parts.length > 1) continue; // reported with its folder
      if (root === "rlm-trajectories") {
        const m = SUMMARY.exec(name);
        if (m) claim(m[2]!, e.ref, (s) => s.trajectories.push(e.ref));
        else looseTrajectoryFiles.push(e.ref);
        continue;
      }
      const c = classifyStateName(name);
      if (c.kind === "global-context") globals.context = e.ref;
      else if (c.kind === "session-metadata") globals.sessionMetadata = e.ref;
      else if (c.kind === "current-transcript") globals.currentTranscript = e.ref;
      else if (c.kind === "activation") globals.activation = e.ref;
      else if (c.kind === "leftover") tmpCandidates.push(e.ref);
      else if (c.kind === "unknown")
        unknown.push({ ref: e.ref, reason: "not a file the legacy plugin is known to write" });
      else if (c.kind === "state") {
        const other = idRefusal(c.id) === null ? notSessionState(dirs, e.ref, c.id) : null;
        if (other !== null) unknown.push({ ref: e.ref, reason: other });
        else claim(c.id, e.ref, (s) => (s.state = e.ref));
      } else if (c.kind === "context") claim(c.id, e.ref, (s) => (s.context = e.ref));
      else if (c.kind === "file-access") claim(c.id, e.ref, (s) => (s.fileAccess = e.ref));
    }
  }
  for (const ref of tmpCandidates) {
    const id = leftoverOwner(ref.slice("rlm-state/".length), sessions.keys());
    const owner = id !== null && isSessionId(id) ? sessions.get(id) : undefined;
    if (owner) owner.leftovers.push(ref);
    else
      unknown.push({
        ref,
        reason: "temporary file left by an interrupted write; belongs to no session found",
      });
  }
  for (const ref of looseTrajectoryFiles) {
    const owner = ownerByName(ref.slice("rlm-trajectories/".length), sessions);
    if (owner) owner.trajectories.push(ref);
    else
      unknown.push({
        ref,
        reason: "neither a trajectory summary nor named after a session; kept in the backup",
      });
  }
  const sorted = [...sessions.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return { dirs, present, sessions: sorted, globals, unknown, entries };
}
