// DuckDB's lexical rules, enough to find the words and symbols of a statement outside comments
// and quotes: -- and nested /* */ comments, '…' and E'…' strings, "…" identifiers, $tag$…$tag$.
// Used to explain a refusal in Spanish; DuckDB's own parser is the authority (read-only-sql.ts).

export interface SqlToken {
  kind: 'word' | 'string' | 'identifier' | 'symbol';
  /** Words lower-cased; strings and identifiers without their quotes. */
  text: string;
}

const WORD_START = /[\p{L}_]/u;
const WORD_PART = /[\p{L}\p{N}_$]/u;
const DOLLAR_TAG = /\$([\p{L}_][\p{L}\p{N}_]*)?\$/uy;

/** Index just past the quote that closes the one at `start` (`''` inside is a quote). */
function closeQuote(sql: string, start: number, quote: string, backslash: boolean): number {
  let i = start + 1;
  while (i < sql.length) {
    const c = sql[i]!;
    if (backslash && c === '\\') i += 2;
    else if (c === quote && sql[i + 1] === quote) i += 2;
    else if (c === quote) return i + 1;
    else i++;
  }
  return sql.length;
}

/** Index just past the end of a nested block comment opened at `start`. */
function closeComment(sql: string, start: number): number {
  let depth = 0;
  let i = start;
  while (i < sql.length) {
    if (sql.startsWith('/*', i)) {
      depth++;
      i += 2;
    } else if (sql.startsWith('*/', i)) {
      i += 2;
      if (--depth === 0) return i;
    } else i++;
  }
  return sql.length;
}

export function sqlTokens(sql: string): SqlToken[] {
  const tokens: SqlToken[] = [];
  let i = 0;
  while (i < sql.length) {
    const c = sql[i]!;
    DOLLAR_TAG.lastIndex = i;
    const tag = c === '$' ? DOLLAR_TAG.exec(sql)?.[0] : undefined;
    if (/\s/u.test(c)) i++;
    else if (sql.startsWith('--', i)) {
      const eol = sql.indexOf('\n', i);
      i = eol < 0 ? sql.length : eol;
    } else if (sql.startsWith('/*', i)) i = closeComment(sql, i);
    else if (c === "'" || c === '"') {
      const end = closeQuote(sql, i, c, false);
      const text = sql.slice(i + 1, end - 1).replaceAll(c + c, c);
      tokens.push({ kind: c === "'" ? 'string' : 'identifier', text });
      i = end;
    } else if ((c === 'e' || c === 'E') && sql[i + 1] === "'") {
      const end = closeQuote(sql, i + 1, "'", true);
      tokens.push({ kind: 'string', text: sql.slice(i + 2, end - 1) });
      i = end;
    } else if (tag) {
      const close = sql.indexOf(tag, i + tag.length);
      const end = close < 0 ? sql.length : close;
      tokens.push({ kind: 'string', text: sql.slice(i + tag.length, end) });
      i = close < 0 ? end : end + tag.length;
    } else if (WORD_START.test(c)) {
      let j = i + 1;
      while (j < sql.length && WORD_PART.test(sql[j]!)) j++;
      tokens.push({ kind: 'word', text: sql.slice(i, j).toLowerCase() });
      i = j;
    } else {
      tokens.push({ kind: 'symbol', text: c });
      i++;
    }
  }
  return tokens;
}
