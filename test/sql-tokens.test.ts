// DuckDB's lexical rules as the console's first check reads them: what is a word, a string, a
// comment.
import { describe, expect, it } from 'vitest';
import { sqlTokens } from '../src/lib/queries/sql-tokens';

const words = (sql: string) =>
  sqlTokens(sql)
    .filter((t) => t.kind === 'word' || t.text === ';')
    .map((t) => t.text);

describe('sqlTokens', () => {
  it('skips line comments and nested block comments', () => {
    expect(words('-- DROP x\nSELECT /* a /* DELETE */ still comment; */ 1;')).toEqual([
      'select',
      ';'
    ]);
  });

  it('reads quotes with doubled quotes, E-strings with backslashes and dollar quotes', () => {
    expect(sqlTokens(`SELECT 'it''s; DROP', "a""b", E'x\\'; DROP', $t$;DELETE$t$, $$;$$`)).toEqual([
      { kind: 'word', text: 'select' },
      { kind: 'string', text: "it's; DROP" },
      { kind: 'symbol', text: ',' },
      { kind: 'identifier', text: 'a"b' },
      { kind: 'symbol', text: ',' },
      { kind: 'string', text: "x\\'; DROP" },
      { kind: 'symbol', text: ',' },
      { kind: 'string', text: ';DELETE' },
      { kind: 'symbol', text: ',' },
      { kind: 'string', text: ';' }
    ]);
  });

  it('keeps words with accents and digits whole, lower-cased, and $1 as symbols', () => {
    expect(words('SELECT Año_2024 FROM equipo_titulos_v2 WHERE x = $1')).toEqual([
      'select',
      'año_2024',
      'from',
      'equipo_titulos_v2',
      'where',
      'x'
    ]);
  });

  it('runs an unterminated string or comment to the end (DuckDB then reports it)', () => {
    expect(words("SELECT 'abc; DROP")).toEqual(['select']);
    expect(words('SELECT 1 /* ; DROP')).toEqual(['select']);
  });
});
