import { spawnSync } from "node:child_process";
import { cpSync, existsSync, readdirSync, readFileSync, realpathSync, rmSync } from "node:fs";
import { dirname, join } from "node:path";

const WORKSPACE = join(import.meta.dirname, "..", "..", "..", "..");
const PNPM_VERSION = JSON.parse(readFileSync(join(WORKSPACE, "package.json"), "utf8")).packageManager.split(
  "@",
)[1] as string;

/** How to run the workspace's pinned pnpm: the one running us (turbo under pnpm), else through npx. */
function pnpmCommand(): [string, string[]] {
  const execpath = process.env.npm_execpath;
  // pnpm 12 is a single executable; older ones are a script that node runs.
  if (execpath && /pnpm/.test(execpath))
    return /\.[cm]?js$/.test(execpath) ? [process.execPath, [execpath]] : [execpath, []];
  const probe = spawnSync("pnpm", ["--version"], { encoding: "utf8" });
  if (probe.status === 0 && probe.stdout.trim() === PNPM_VERSION) return ["pnpm", []];
  return ["npx", ["--yes", `pnpm@${PNPM_VERSION}`]];
}

function run(command: string, args: string[], cwd: string): string {
  const r = spawnSync(command, args, {
    cwd,
    encoding: "utf8",
    env: { ...process.env, npm_config_loglevel: "error" },
  });
  if (r.status !== 0)
    throw new Error(`${command} ${args.join(" ")} (in ${cwd}) failed: ${r.stderr || r.stdout}`);
  return r.stdout;
}

/** `pnpm pack` a workspace package (publishConfig applied, workspace: ranges resolved) into `dest`; returns the tarball. */
export function pnpmPack(pkgDir: string, dest: string): string {
  const [cmd, pre] = pnpmCommand();
  const before = new Set(readdirSync(dest));
  run(cmd, [...pre, "pack", "--pack-destination", dest], pkgDir);
  const made = readdirSync(dest).find((f) => f.endsWith(".tgz") && !before.has(f));
  if (!made) throw new Error(`pnpm pack of ${pkgDir} made no tarball`);
  return join(dest, made);
}

/**
 * A tarball of an installed third-party package (its folder in the pnpm store holds
 * exactly what its own tarball held), in `dest`. (`npm pack <folder>` fails on the store.)
 */
export function tarInstalled(pkgDir: string, dest: string): string {
  const manifest = JSON.parse(readFileSync(join(pkgDir, "package.json"), "utf8")) as Manifest & {
    version: string;
  };
  const base = `${manifest.name.replace("@", "").replace("/", "-")}-${manifest.version}`;
  const staging = join(dest, `.${base}`);
  cpSync(pkgDir, join(staging, "package"), {
    recursive: true,
    dereference: true,
    filter: (src) => !src.endsWith("/node_modules"),
  });
  const tarball = join(dest, `${base}.tgz`);
  run("tar", ["-czf", tarball, "-C", staging, "package"], dest);
  rmSync(staging, { recursive: true, force: true });
  return tarball;
}

type Manifest = { name: string; dependencies?: Record<string, string> };

/** Where Node would find package `dep` from `fromDir` (by folder: not every package exports ./package.json). */
function packageDir(fromDir: string, dep: string): string {
  for (let d = fromDir; ; d = dirname(d)) {
    const candidate = join(d, "node_modules", dep);
    if (existsSync(join(candidate, "package.json"))) return realpathSync(candidate);
    if (dirname(d) === d) throw new Error(`${dep} is not installed above ${fromDir}`);
  }
}

/**
 * Every package `workspacePkgs` need at run time, as tarballs in `dest`: the workspace ones
 * packed by pnpm, third-party ones (and theirs, recursively) packed from the installed copies.
 */
export function packClosure(workspacePkgs: string[], dest: string): string[] {
  const tarballs: string[] = [];
  const seen = new Set<string>();
  const visit = (dir: string, workspace: boolean) => {
    const manifest = JSON.parse(readFileSync(join(dir, "package.json"), "utf8")) as Manifest;
    if (seen.has(manifest.name)) return;
    seen.add(manifest.name);
    tarballs.push(workspace ? pnpmPack(dir, dest) : tarInstalled(dir, dest));
    for (const dep of Object.keys(manifest.dependencies ?? {}))
      visit(packageDir(dir, dep), dep.startsWith("@rlm/"));
  };
  for (const dir of workspacePkgs) visit(dir, true);
  return tarballs;
}

/** Install tarballs into a fresh consumer project at `dir`, offline, with a private npm cache. */
export function npmInstallOffline(dir: string, tarballs: string[], cache: string): void {
  run(
    "npm",
    ["install", "--offline", "--no-audit", "--no-fund", "--ignore-scripts", "--cache", cache, ...tarballs],
    dir,
  );
}
