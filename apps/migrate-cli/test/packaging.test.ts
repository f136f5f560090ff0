import { spawnSync } from "node:child_process";
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { join } from "node:path";
import { tempDir } from "@rlm/test-utils";
import { beforeAll, describe, expect, it } from "vitest";
import { APP, assertBuilt, BUNDLE, CLEAN_ENV, FIXTURES, legacyCopy, oneObject } from "./support/cli.js";
import { npmInstallOffline, packClosure } from "./support/pack.js";

// rlm-migrate and its libraries as consumers get them, far from the workspace: packed
// tarballs installed with npm (offline) into a temp project, and the single-file plugin
// bundle copied alone into a temp dir. (That the committed plugin/bin/rlm-migrate.cjs is
// this build is checked by `node tooling/plugin-sync.mjs --check`, which npm test runs.)

beforeAll(assertBuilt);

const node = (args: string[], cwd: string, env: NodeJS.ProcessEnv = {}) =>
  spawnSync(process.execPath, args, { cwd, encoding: "utf8", env: { ...process.env, ...CLEAN_ENV, ...env } });

describe("the plugin's single-file bundle", () => {
  it("runs --help and a real migration alone in a temp dir, with no node_modules around it", () => {
    const { dir, where, root } = legacyCopy("normal");
    const bin = dir.join("rlm-migrate.cjs");
    copyFileSync(BUNDLE, bin);
    expect(existsSync(dir.join("node_modules"))).toBe(false);
    const help = node([bin, "--help"], dir.path);
    expect(help.status).toBe(0);
    expect(help.stdout).toContain("Usage: rlm-migrate");
    const r = node([bin, ...where, "--json"], dir.path);
    expect(r.status, r.stderr).toBe(0);
    expect(oneObject(r.stdout)).toMatchObject({ kind: "migrate", ok: true, totals: { migrated: 2 } });
    expect(readdirSync(root)).toContain("7f3a9c1e-2b4d-4e8f-9a6b-1c2d3e4f5a6b");
    const v = node([bin, "verify", ...where, "--json"], dir.path);
    expect(v.status, v.stderr).toBe(0);
    expect(oneObject(v.stdout)).toMatchObject({ kind: "verify", ok: true });
  });
});

describe("packed tarballs installed outside the workspace", () => {
  // One install for all tests: packing and installing take a while.
  let consumer = "";
  let packed: string[] = [];
  let cache = "";
  let empty = "";
  beforeAll(() => {
    const dir = tempDir("rlm-packed-");
    const tarballs = dir.join("tarballs");
    mkdirSync(tarballs);
    consumer = dir.join("consumer");
    mkdirSync(consumer);
    writeFileSync(
      join(consumer, "package.json"),
      '{ "name": "consumer", "private": true, "type": "module" }\n',
    );
    packed = packClosure([APP], tarballs);
    cache = dir.join("npm-cache");
    npmInstallOffline(consumer, packed, cache);
    empty = dir.join("elsewhere");
    mkdirSync(empty);
  }, 240_000);

  it("publishes exports without the workspace's `source` condition, and every package has its LICENSE", () => {
    for (const name of ["migrate", "migrate-cli", "session-schema", "session-store", "cells"]) {
      const pkgDir = join(consumer, "node_modules", "@rlm", name);
      const manifest = readFileSync(join(pkgDir, "package.json"), "utf8");
      expect(manifest, name).not.toContain('"source"');
      expect(manifest, name).not.toContain("workspace:");
      expect(existsSync(join(pkgDir, "LICENSE")), name).toBe(true);
      expect(existsSync(join(pkgDir, "src")), name).toBe(false);
    }
  });

  it("runs with npx from the tarballs, in a folder with no project (`npx @rlm/migrate-cli`)", () => {
    const cli = packed.find((t) => /rlm-migrate-cli-/.test(t))!;
    const others = packed.filter((t) => t !== cli);
    // What `npx @rlm/migrate-cli --version` does once published: install the package and its
    // dependencies into npx's cache and run its single bin.
    const r = spawnSync(
      "npm",
      [
        "exec",
        "--yes",
        "--offline",
        "--cache",
        cache,
        ...[cli, ...others].flatMap((t) => ["--package", t]),
        "--",
        "rlm-migrate",
        "--version",
      ],
      { cwd: empty, encoding: "utf8", env: { ...process.env, npm_config_loglevel: "error" } },
    );
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });

  it("runs the installed rlm-migrate (npx-style) on a real legacy tree", () => {
    const { where } = legacyCopy("normal");
    const npx = spawnSync("npm", ["exec", "--offline", "--", "rlm-migrate", "--version"], {
      cwd: consumer,
      encoding: "utf8",
    });
    expect(npx.status, npx.stderr).toBe(0);
    expect(npx.stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
    const bin = join(consumer, "node_modules", ".bin", "rlm-migrate");
    const r = spawnSync(bin, [...where, "--json"], {
      cwd: consumer,
      encoding: "utf8",
      env: { ...process.env, ...CLEAN_ENV },
    });
    expect(r.status, r.stderr).toBe(0);
    expect(oneObject(r.stdout)).toMatchObject({ kind: "migrate", ok: true, totals: { migrated: 2 } });
  });

  it("imports the libraries with and without --conditions=source", () => {
    const script = `
      const m = await import("@rlm/migrate");
      const s = await import("@rlm/session-store");
      const c = await import("@rlm/cells");
      const r = m.planMigration({ legacyDir: process.argv[1], sessionsDir: process.argv[2] });
      console.log(JSON.stringify({ create: r.totals.create, store: typeof s.createSessionStore, cells: typeof c.openCells }));
    `;
    const legacy = join(FIXTURES, "partial", "legacy");
    for (const flags of [[], ["--conditions=source"]]) {
      const r = node([...flags, "--input-type=module", "-e", script, legacy, join(consumer, "s")], consumer);
      expect(r.status, `${flags.join(" ")}: ${r.stderr}`).toBe(0);
      expect(JSON.parse(r.stdout)).toEqual({ create: 6, store: "function", cells: "function" });
    }
  });
});

describe("packing builds first", () => {
  // `pnpm pack` in a clone that was never built made a tarball with no code (LICENSE,
  // README.md and package.json only), exit 0. Each published package's `prepack` runs its
  // own build when the file its manifest points at is missing.
  const WORKSPACE = join(APP, "..", "..");
  const published = ["packages", "apps"].flatMap((group) =>
    readdirSync(join(WORKSPACE, group))
      .map((name) => join(WORKSPACE, group, name))
      .filter((dir) => existsSync(join(dir, "package.json")))
      .filter((dir) => JSON.parse(readFileSync(join(dir, "package.json"), "utf8")).private !== true),
  );

  it("every published package has a prepack that builds when dist/ is missing, and only then", () => {
    expect(published.length).toBeGreaterThan(5);
    const empty = tempDir("rlm-prepack-").path;
    for (const dir of published) {
      const prepack = JSON.parse(readFileSync(join(dir, "package.json"), "utf8")).scripts?.prepack as
        | string
        | undefined;
      expect(prepack, dir).toMatch(/\|\| pnpm run build$/);
      const check = prepack!.replace(/ \|\| pnpm run build$/, "");
      // The check fails where the built file is missing, so the build runs, and passes where
      // it is (no rebuild of a dist/ that other tests may be running).
      const built = /existsSync\('([^']+)'\)/.exec(check)?.[1];
      expect(built, dir).toBeDefined();
      expect(spawnSync("sh", ["-c", check], { cwd: empty }).status, dir).toBe(1);
      mkdirSync(join(empty, built!, ".."), { recursive: true });
      writeFileSync(join(empty, built!), "");
      expect(spawnSync("sh", ["-c", check], { cwd: empty }).status, dir).toBe(0);
      rmSync(join(empty, "dist"), { recursive: true });
    }
  });
});
