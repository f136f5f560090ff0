export interface Match {
  /** 1-based line of the match in the searched text. */
  line: number;
  /** The match with up to 40 characters around it, on one line. */
  context: string;
}

/** A matcher for a literal or regex pattern; a bad regex throws SyntaxError. */
export function makeMatcher(pattern: string, regex: boolean, ignoreCase: boolean): RegExp {
  const source = regex ? pattern : pattern.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return new RegExp(source, ignoreCase ? "gi" : "g");
}

/** Every match of `re` in `text` (count), the first `keep` with their line and context. */
export function findMatches(re: RegExp, text: string, keep: number): { count: number; matches: Match[] } {
  const matches: Match[] = [];
  let count = 0;
  re.lastIndex = 0;
  let line = 1;
  let scanned = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    if (m[0] === "") re.lastIndex++; // an empty match must still advance
    count++;
    if (matches.length < keep) {
      for (let i = scanned; i < m.index; i++) if (text.charCodeAt(i) === 10) line++;
      scanned = m.index;
      const from = Math.max(0, m.index - 20);
      const to = Math.min(text.length, m.index + m[0].length + 20);
      matches.push({ line, context: text.slice(from, to).replace(/\s+/g, " ") });
    }
  }
  return { count, matches };
}
