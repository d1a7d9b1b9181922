// The repository stands alone (issue 18): every raw file it reads ships in sources/ with its
// provenance and checksum, and the self-containment check refuses references to sibling folders.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUNDLED_LAYERS } from '../src/lib/catalog/catalog';
import { SOURCES } from './fixtures/sources';

const walk = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)]
  );

/** Rows of the provenance table: file → its cells. */
function provenance(): Map<string, string[]> {
  const rows = readFileSync(join(SOURCES, 'SOURCES.md'), 'utf8')
    .split('\n')
    .filter((l) => l.startsWith('| ') && !/^\| (file|-)/.test(l))
    .map((l) =>
      l
        .slice(1, -1)
        .split(' | ')
        .map((c) => c.trim())
    );
  return new Map(rows.map((r) => [r[0]!, r]));
}

describe('sources/', () => {
  const table = provenance();
  const files = walk(SOURCES)
    .map((f) => relative(SOURCES, f))
    .filter((f) => f !== 'SOURCES.md');

  it('lists every shipped file, and ships every listed one, with its SHA-256', () => {
    expect(files.length).toBeGreaterThan(0);
    expect([...table.keys()].sort()).toEqual([...files].sort());
    for (const f of files) {
      const sha = createHash('sha256')
        .update(readFileSync(join(SOURCES, f)))
        .digest('hex');
      expect(table.get(f)?.at(-1), f).toBe(sha);
    }
  });

  it('gives each file a producer, a date, a licence, an origin and what was done to it', () => {
    for (const [file, cells] of table) {
      expect(cells, file).toHaveLength(7);
      for (const cell of cells) expect(cell.length, file).toBeGreaterThan(3);
    }
  });

  it('holds the raw file of every bundled layer the data build reads', () => {
    for (const l of BUNDLED_LAYERS) {
      // A layer merged from a folder of files (the RFPN zips): every file in it is listed.
      const inFolder = files.filter((f) => f.startsWith(`${l.source.raw}/`));
      expect(table.has(l.source.raw) || inFolder.length > 0, l.id).toBe(true);
      for (const f of inFolder) expect(table.has(f), f).toBe(true);
    }
  });
});

describe('scripts/check-self-contained.mjs', () => {
  const check = (cwd: string) =>
    spawnSync('node', [join(process.cwd(), 'scripts/check-self-contained.mjs')], {
      cwd,
      encoding: 'utf8',
      env: { ...process.env, GIT_DIR: join(cwd, 'no-git') }
    });

  it('passes on this repository', () => {
    const r = check(process.cwd());
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
  });

  it('fails, naming the file and line, when a file points at a sibling folder', () => {
    const dir = mkdtempSync(join(tmpdir(), 'atlas-self-contained-'));
    writeFileSync(join(dir, 'ok.ts'), "const data = 'sources/x.csv';\n");
    const sibling = ['..', 'shared', 'data'].join('/');
    writeFileSync(join(dir, 'bad.ts'), `// reads\nconst data = '${sibling}/x.csv';\n`);
    const r = check(dir);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('bad.ts:2:');
    expect(r.stderr).not.toContain('ok.ts');
  });
});
