// Every bundled layer carries complete provenance and matches what the data build wrote.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BUNDLED_LAYERS, MISSING_LAYERS } from '../src/lib/catalog/catalog';

const manifest = JSON.parse(readFileSync('data/manifest.json', 'utf8')) as {
  layers: Record<string, { file: string; rows: number }>;
};

describe('layer catalog', () => {
  it('gives every bundled layer a title, kind, producer, version, licence, source and caveats', () => {
    for (const l of BUNDLED_LAYERS) {
      for (const field of [
        l.title,
        l.kind,
        l.producer,
        l.version,
        l.license,
        l.caveats,
        l.keyField
      ]) {
        expect(field.trim().length, l.id).toBeGreaterThan(3);
      }
      expect(l.source.repository, l.id).toMatch(/^[\w.-]+\/[\w.-]+$/);
      expect(l.source.commit, l.id).toMatch(/^[0-9a-f]{40}$/);
      // A folder raw (a layer merged from several files) must hold files.
      const raw = `sources/${l.source.raw}`;
      const size = statSync(raw).isDirectory() ? readdirSync(raw).length : statSync(raw).size;
      expect(size, l.id).toBeGreaterThan(0);
    }
  });

  it('matches the manifest: one file per layer with the catalog feature count', () => {
    expect(Object.keys(manifest.layers).sort()).toEqual(BUNDLED_LAYERS.map((l) => l.id).sort());
    for (const l of BUNDLED_LAYERS) {
      expect(manifest.layers[l.id]).toMatchObject({
        file: `${l.table}.arrow`,
        rows: l.featureCount
      });
    }
  });

  it('names the official layers that must be imported (SOURCES.md "Not available here")', () => {
    const ids = MISSING_LAYERS.map((l) => l.id);
    for (const id of [
      'runap',
      'titulos_anm',
      'resguardos_nacional',
      'consejos_comunitarios',
      'zomac',
      'paramos',
      'reserva_ley2'
    ]) {
      expect(ids).toContain(id);
    }
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('uses unique ids and table names that are safe SQL identifiers', () => {
    const tables = BUNDLED_LAYERS.map((l) => l.table);
    expect(new Set(tables).size).toBe(tables.length);
    for (const t of tables) expect(t).toMatch(/^[a-z_]+$/);
  });
});
