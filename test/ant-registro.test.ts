// The ANT national resguardo table as built into data/ (issue 19). Expected figures come from the
// issue's hand check of the official table (Segovia: Embera Katío de Tagual–La Po 1,830.6 ha and
// La Chinita; Remedios: Korodo-Ite) and, for the rows filed by name, from DANE's DIVIPOLA list
// (sources/socioeconomico/divipola_table_epico.csv), which the build does not read.
import { csvParse } from 'd3-dsv';
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { readArrowRows, type Row } from '../src/lib/node/read-arrow-rows';
import { SOURCES } from './fixtures/sources';

const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toUpperCase().trim();

let rows: Row[];
beforeAll(async () => {
  rows = await readArrowRows('data', 'resguardos_ant_registro');
});

describe('ANT «Resguardo Indígena Formalizado», national table', () => {
  it('keeps all 927 resguardos, each under a 5-digit municipio code', () => {
    expect(rows).toHaveLength(927);
    expect(rows.filter((r) => !/^\d{5}$/.test(String(r.code)))).toEqual([]);
  });

  it('Segovia (05736) holds two resguardos and Remedios (05604) one, as the ANT records', () => {
    const inSegovia = rows.filter((r) => r.code === '05736');
    expect(inSegovia.map((r) => String(r.name)).sort()).toEqual([
      'Resguardo Indígena Embera - Katio deTagual  - La Po',
      'Resguardo Indígena La Chinita'
    ]);
    const tagual = inSegovia.find((r) => String(r.name).includes('Tagual'))!;
    expect(tagual.area_ha).toBeCloseTo(1830.6, 1);
    expect(tagual.people).toBe('EMBERA KATIO');
    expect(String(tagual.act)).toMatch(/^RESOLUCION 0009/);
    expect(rows.filter((r) => r.code === '05604').map((r) => r.name)).toEqual([
      'Resguardo Indígena Korodo-Ite'
    ]);
  });

  it('places each row filed by municipio name where DIVIPOLA gives that name', () => {
    const divipola = new Map(
      csvParse(readFileSync(`${SOURCES}/socioeconomico/divipola_table_epico.csv`, 'utf8')).map(
        (r) => [r.COD_MPIO!, fold(r.NOM_MPIO!)]
      )
    );
    const byName = rows.filter((r) => r.filed_as !== null);
    expect(byName).toHaveLength(12);
    for (const r of byName)
      expect(divipola.get(String(r.code)), String(r.name)).toBe(fold(String(r.filed_as)));
  });
});
