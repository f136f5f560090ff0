import { resolve } from "node:path";
import type { CellNode } from "./cell-node.js";

/** Reverse index: absolute file path → the cells whose context snapshot names it. */
export class FileIndex {
  private readonly byPath = new Map<string, CellNode[]>();
  private readonly resolved = new Map<string, string>();

  constructor(private readonly cwd: string) {}

  /** The absolute form of a recorded path (memoized: sessions read the same files over and over). */
  key(path: string): string {
    let abs = this.resolved.get(path);
    if (abs === undefined) {
      abs = resolve(this.cwd, path);
      this.resolved.set(path, abs);
    }
    return abs;
  }

  add(node: CellNode): void {
    if (node.files === null) return;
    for (const path in node.files) {
      const k = this.key(path);
      const list = this.byPath.get(k);
      if (list === undefined) this.byPath.set(k, [node]);
      else if (list[list.length - 1] !== node) list.push(node);
    }
  }

  /** Paths a cell's snapshot gained after it was indexed (a completion that named what it read). */
  addPaths(node: CellNode, paths: readonly string[]): void {
    for (const path of paths) {
      const k = this.key(path);
      const list = this.byPath.get(k);
      if (list === undefined) this.byPath.set(k, [node]);
      else if (!list.includes(node)) list.push(node);
    }
  }

  readers(path: string): readonly CellNode[] {
    return this.byPath.get(this.key(path)) ?? [];
  }

  paths(): IterableIterator<string> {
    return this.byPath.keys();
  }
}
