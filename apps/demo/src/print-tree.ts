import { lstatSync, readdirSync, readlinkSync } from "node:fs";
import { join } from "node:path";

const mode = (m: number) => (m & 0o777).toString(8).padStart(4, "0");

function size(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KiB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
}

/** `tree`-style listing of `dir` with file modes and sizes; symlinks show their target. */
export function renderTree(dir: string, prefix = ""): string[] {
  const lines: string[] = [];
  const names = readdirSync(dir).sort();
  names.forEach((name, i) => {
    const last = i === names.length - 1;
    const p = join(dir, name);
    const st = lstatSync(p);
    const branch = `${prefix}${last ? "└── " : "├── "}`;
    if (st.isSymbolicLink()) lines.push(`${branch}${name} -> ${readlinkSync(p)}`);
    else if (st.isDirectory()) {
      lines.push(`${branch}${name}/  (${mode(st.mode)})`);
      lines.push(...renderTree(p, `${prefix}${last ? "    " : "│   "}`));
    } else lines.push(`${branch}${name}  (${mode(st.mode)}, ${st.isFIFO() ? "fifo" : size(st.size)})`);
  });
  return lines;
}
