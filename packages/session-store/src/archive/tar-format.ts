// The subset of POSIX pax/ustar that archives need: regular files, directories and
// symlinks, with a pax extended header per entry carrying the exact path, link target and
// sub-second mtime (so names longer than ustar's 100 bytes round-trip). GNU and BSD tar
// read these archives (`tar tzf <id>.tar.gz`).

export type TarEntryType = "file" | "dir" | "symlink";

export interface TarEntry {
  /** Relative path with "/" separators; directories without a trailing slash. */
  path: string;
  type: TarEntryType;
  /** Permission bits (e.g. 0o600). */
  mode: number;
  /** Seconds since the epoch, fractional. */
  mtime: number;
  /** File contents (files only). */
  data?: Buffer;
  /** Symlink target (symlinks only). */
  linkTarget?: string;
}

export const BLOCK = 512;
export const TYPE_FLAG: Record<TarEntryType, string> = { file: "0", dir: "5", symlink: "2" };

/** Checksum of a header block: bytes summed with the checksum field read as spaces. */
export function checksum(block: Buffer): number {
  let sum = 0;
  for (let i = 0; i < BLOCK; i++) sum += i >= 148 && i < 156 ? 0x20 : (block[i] as number);
  return sum;
}

export const padLength = (n: number): number => (BLOCK - (n % BLOCK)) % BLOCK;
