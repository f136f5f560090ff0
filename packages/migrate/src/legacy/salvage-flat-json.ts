const PAIR = /^\s*"([A-Za-z0-9_]+)"\s*:\s*(.*?)\s*,?\s*$/;

function readScalar(raw: string): unknown {
  try {
    return JSON.parse(raw);
  } catch {
    // The shell heredoc did not escape: take what is between the outer quotes literally.
    if (raw.length >= 2 && raw.startsWith('"') && raw.endsWith('"')) return raw.slice(1, -1);
    return undefined;
  }
}

/**
 * `session-metadata.json` was written by a shell heredoc without escaping, so a path
 * holding a quote or a backslash makes it invalid JSON. Its shape is one `"key": value`
 * per line: read it line by line. Null when no line looks like a pair.
 */
export function salvageFlatJson(
  text: string,
): { value: Record<string, unknown>; unreadLines: number } | null {
  const value: Record<string, unknown> = {};
  let unreadLines = 0;
  let pairs = 0;
  for (const line of text.split(/\r?\n/)) {
    const t = line.trim();
    if (t === "" || t === "{" || t === "}") continue;
    const m = PAIR.exec(line);
    const scalar = m ? readScalar(m[2]!) : undefined;
    if (!m || scalar === undefined) {
      unreadLines++;
      continue;
    }
    value[m[1]!] = scalar;
    pairs++;
  }
  return pairs === 0 ? null : { value, unreadLines };
}
