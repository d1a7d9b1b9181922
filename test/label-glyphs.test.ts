// The map's label glyphs committed in static/glyphs/ (scripts/build-glyphs.ts): decoded here with a
// reader written from glyphs.proto, independent of the encoder.
import { existsSync, readFileSync } from 'node:fs';
import { tableFromIPC } from 'apache-arrow';
import { PbfReader } from 'pbf';
import { describe, expect, it } from 'vitest';
import { titleCase } from '../src/lib/domain/anexo2-format';
import { GLYPH_FONT, GLYPH_RANGES } from '../src/lib/map/glyph-font';

interface Glyph {
  id: number;
  bitmap: Uint8Array | null;
  width: number;
  height: number;
  left: number;
  top: number;
  advance: number;
}
interface Stack {
  name: string;
  range: string;
  glyphs: Glyph[];
}

function readGlyph(tag: number, g: Glyph, pbf: PbfReader) {
  if (tag === 1) g.id = pbf.readVarint();
  else if (tag === 2) g.bitmap = pbf.readBytes();
  else if (tag === 3) g.width = pbf.readVarint();
  else if (tag === 4) g.height = pbf.readVarint();
  else if (tag === 5) g.left = pbf.readSVarint();
  else if (tag === 6) g.top = pbf.readSVarint();
  else if (tag === 7) g.advance = pbf.readVarint();
}

function readStack(tag: number, s: Stack, pbf: PbfReader) {
  if (tag === 1) s.name = pbf.readString();
  else if (tag === 2) s.range = pbf.readString();
  else if (tag === 3) {
    const g = { id: -1, bitmap: null, width: 0, height: 0, left: 0, top: 0, advance: 0 };
    s.glyphs.push(pbf.readMessage(readGlyph, g));
  }
}

function decode(first: number, last: number): Stack[] {
  const file = `static/glyphs/${GLYPH_FONT}/${first}-${last}.pbf`;
  const stacks: Stack[] = [];
  new PbfReader(readFileSync(file)).readFields((tag, out, pbf) => {
    if (tag === 1) out.push(pbf.readMessage(readStack, { name: '', range: '', glyphs: [] }));
  }, stacks);
  return stacks;
}

const glyphs = new Map(
  GLYPH_RANGES.flatMap(([first, last]) => decode(first, last).flatMap((s) => s.glyphs)).map(
    (g) => [g.id, g] as const
  )
);
const glyph = (c: string) => glyphs.get(c.codePointAt(0)!)!;

describe('label glyphs (static/glyphs)', () => {
  it('ships one font stack per range, named and ranged as MapLibre asks for it', () => {
    for (const [first, last] of GLYPH_RANGES) {
      const stacks = decode(first, last);
      expect(stacks).toHaveLength(1);
      expect(stacks[0]).toMatchObject({ name: GLYPH_FONT, range: `${first}-${last}` });
      const ids = stacks[0]!.glyphs.map((g) => g.id);
      expect(ids.every((id) => id >= first && id <= last)).toBe(true);
      expect(new Set(ids).size).toBe(ids.length);
    }
  });

  it('has a glyph for every character of every municipio and department name', () => {
    const rows = tableFromIPC(readFileSync('data/municipios.arrow'))
      .toArray()
      .map((r) => r.toJSON() as { name: string; department: string });
    const text = rows.map((r) => `${r.name}${titleCase(r.name)}${r.department}`).join('');
    const chars = [...new Set(text)];
    expect(chars).toEqual(expect.arrayContaining(['Ñ', 'ñ', 'Á', 'á', 'ü', ',', '.']));
    expect(chars.filter((c) => !glyphs.has(c.codePointAt(0)!))).toEqual([]);
  });

  it('holds SDF bitmaps of (width + 6) × (height + 6) bytes, and none for blanks', () => {
    for (const g of glyphs.values()) {
      if (g.width && g.height)
        expect(g.bitmap?.length, String(g.id)).toBe((g.width + 6) * (g.height + 6));
      else expect(g.bitmap ?? new Uint8Array(0), String(g.id)).toHaveLength(0);
    }
    expect(glyph(' ')).toMatchObject({ width: 0, height: 0 });
    expect(glyph(' ').advance).toBeGreaterThan(4);
  });

  it('has sane metrics: wide letters advance more, capitals share a top, descenders reach lower', () => {
    expect(glyph('W').advance).toBeGreaterThan(2 * glyph('i').advance);
    expect(glyph('m').advance).toBeGreaterThan(glyph('n').advance);
    expect(glyph('H').top).toBe(glyph('E').top);
    expect(glyph('H').top).toBeGreaterThan(glyph('x').top);
    expect(glyph('p').height).toBeGreaterThan(glyph('o').height);
    expect(glyph('Á').top).toBeGreaterThan(glyph('A').top);
    // 24 px em: a capital is 15–20 px tall; no advance beyond 1.5 em (DŽ is the widest).
    expect(glyph('H').height).toBeGreaterThanOrEqual(15);
    expect(glyph('H').height).toBeLessThanOrEqual(20);
    for (const g of glyphs.values()) expect(g.advance, String(g.id)).toBeLessThanOrEqual(36);
  });

  it('draws distances: inside a stroke is above the edge value, the padding below it', () => {
    const l = glyph('l');
    const row = 3 + Math.floor(l.height / 2);
    const stride = l.width + 6;
    const inside = Math.max(...l.bitmap!.subarray(row * stride, (row + 1) * stride));
    expect(inside).toBeGreaterThan(191); // tiny-sdf cutoff 0.25: the edge is 255 · 0.75
    expect(l.bitmap![0]).toBeLessThan(100);
  });

  it('ships the font licence with the glyphs', () => {
    expect(existsSync(`static/glyphs/${GLYPH_FONT}/LICENCIA.txt`)).toBe(true);
    expect(readFileSync(`static/glyphs/${GLYPH_FONT}/LICENCIA.txt`, 'utf8')).toContain('Bitstream');
  });
});
