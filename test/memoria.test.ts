// The memoria justificativa (issue 6) of the Nordeste Antioqueño, end to end in Node: the district's
// facts from the bundled data, the anexo 2 pre-fill, the figures rendered with resvg, written as
// DOCX and read back unzipped (fflate) and with a second reader (mammoth). Figures are checked
// against expectations computed here from the raw DANE file, never from the modules' own output.
import { readFileSync } from 'node:fs';
import { csvParse } from 'd3-dsv';
import mammoth from 'mammoth';
import { beforeAll, describe, expect, it } from 'vitest';
import { layerById } from '../src/lib/catalog/catalog';
import { memoriaDocx } from '../src/lib/export/memoria-docx';
import { districtComputation } from '../src/lib/node/district-facts';
import { memoriaFigures } from '../src/lib/node/memoria-figures';
import { readArrowRows } from '../src/lib/node/read-arrow-rows';
import { prefillAnexo2 } from '../src/lib/domain/anexo2-prefill';
import { inclusionParagraphs } from '../src/lib/domain/inclusion-paragraphs';
import { NORDESTE } from './fixtures/districts';
import { docxParts, type DocxParts } from './fixtures/docx-parts';
import { MEMORIA_HEADINGS } from './fixtures/memoria-headings';

import { SOURCES } from './fixtures/sources';
const population = csvParse(
  readFileSync(`${SOURCES}/socioeconomico/poblacion_proyeccion_municipal_total.csv`, 'utf8')
).filter((r) => NORDESTE.includes(r.cod_dane_mpio ?? ''));
const latestYear = Math.max(...population.map((r) => Number(r.anio)));
const total2024 = population
  .filter((r) => Number(r.anio) === latestYear)
  .reduce((a, r) => a + Number(r.total), 0);
const es = (n: number) => new Intl.NumberFormat('es-CO').format(n);

let bytes: Uint8Array;
let doc: DocxParts;
let names: Map<string, string>; // code → MGN name (capitals)

beforeAll(async () => {
  const { facts } = await districtComputation('data', NORDESTE, { name: 'Nordeste Antioqueño' });
  const rows = await readArrowRows('data', 'municipios');
  const mine = rows.filter((r) => NORDESTE.includes(String(r.code)));
  names = new Map(mine.map((r) => [String(r.code), String(r.name)]));
  bytes = await memoriaDocx({
    facts,
    anexo2: prefillAnexo2(facts),
    areasKm2: Object.fromEntries(mine.map((r) => [String(r.code), Number(r.area_official_km2)])),
    inclusion: inclusionParagraphs(facts, [NORDESTE]),
    figures: memoriaFigures(rows, facts),
    generated: new Date('2026-03-15T03:00:00Z') // 14 March, 22:00 in Bogotá
  });
  doc = docxParts(bytes);
}, 60_000);

const text = () => doc.paragraphs.map((p) => p.text).join('\n');

describe('memoria justificativa DOCX (Nordeste Antioqueño)', () => {
  it('has the seven sections of §1.1 in order as Heading 1, then the annex', () => {
    expect(doc.paragraphs.filter((p) => p.style === 'Heading1').map((p) => p.text)).toEqual(
      MEMORIA_HEADINGS
    );
  });

  it('dates the draft in Bogotá time on the title page', () => {
    const title = doc.paragraphs.slice(0, 10).map((p) => p.text);
    expect(title).toContain('Borrador generado por Atlas DMEDP el 14 de marzo de 2026');
    expect(title.join(' ')).toContain('«Nordeste Antioqueño»');
  });

  it('lists the ten municipios in the district table with codes and the DANE population total', () => {
    const [table] = doc.tables;
    expect(table![0]).toEqual([
      'Municipio',
      'Departamento',
      'Código DANE',
      'Área (km²)',
      `Población ${latestYear}`,
      'NBI (%)',
      'PDET (subregión)'
    ]);
    const body = table!.slice(1, -1);
    expect(body.map((r) => r[2])).toEqual(NORDESTE);
    expect(body.map((r) => r[0]!.toLocaleUpperCase('es'))).toEqual(
      NORDESTE.map((c) => names.get(c))
    );
    expect(table!.at(-1)![0]).toBe('Total del distrito');
    expect(table!.at(-1)![4]).toBe(es(total2024));
    expect(es(total2024)).toBe('210.077');
  });

  it('marks the three sections the lawyers write with shaded placeholders under their headings', () => {
    const at = (heading: string) => doc.paragraphs.findIndex((p) => p.text === heading);
    for (const h of MEMORIA_HEADINGS.slice(2, 5)) {
      const box = doc.paragraphs[at(h) + 1]!;
      expect(box.text).toMatch(/^\[Texto a cargo de/);
      expect(box.xml).toContain('w:fill="FFF5D6"');
    }
    expect(doc.paragraphs[at(MEMORIA_HEADINGS[2]!) + 1]!.text).toBe(
      '[Texto a cargo de la Oficina Asesora Jurídica]'
    );
    expect(text().match(/\[Texto a cargo/g)).toHaveLength(3);
  });

  it('says which environmental layers are not loaded in section 6', () => {
    const s6 = text().split(MEMORIA_HEADINGS[5]!)[1]!.split(MEMORIA_HEADINGS[6]!)[0]!;
    expect(s6).toContain('No se ha cargado la capa «Polígonos de áreas protegidas RUNAP / SINAP');
    expect(s6).toContain('No se ha cargado la capa «Páramos delimitados»');
    // RUNAP's per-municipio report, official figures: Anorí's DRMI Bajo Cauca Nechí (34,108 ha).
    expect(s6).toContain('según el reporte oficial «Áreas protegidas (RUNAP)»');
    expect(s6).toContain('Bajo Cauca Nechí (Distritos Regionales de Manejo Integrado)');
  });

  it('carries the consulta previa pre-screen with its caveat and an inclusion paragraph per municipio', () => {
    const s7 = text().split(MEMORIA_HEADINGS[6]!)[1]!.split(MEMORIA_HEADINGS[7]!)[0]!;
    expect(s7).toContain('SU-123/2018');
    const screen = doc.tables.find((t) => t[0]!.join('|') === 'Municipio|Resultado|Evidencia')!;
    // Segovia (05736) and Remedios (05604) hold resguardos in the ANT's national record.
    expect(screen.slice(1).map((r) => r[1])).toEqual(
      NORDESTE.map((c) =>
        ['05736', '05604'].includes(c) ? 'Superposición' : 'Sin registro en las capas cargadas'
      )
    );
    for (const code of NORDESTE) expect(s7).toContain(`código DANE ${code}) cumple`);
  });

  it('lists every layer with producer and cut-off in the annex, and the missing RUNAP layer', () => {
    const sample = layerById('resguardos_muestra')!;
    const layers = doc.tables.find((t) => t[0]![0] === 'Capa' && t[0]![4] === 'Límites')!;
    expect(
      layers.find((r) => r[0] === 'Resguardos indígenas — muestra Nariño, Cauca, Putumayo')
    ).toEqual([sample.title, 'étnico', sample.producer, sample.version, sample.caveats]);
    const missing = doc.tables.find(
      (t) => t[0]!.join('|') === 'Capa|Tipo|Productor|Dónde se obtiene'
    )!;
    expect(missing.map((r) => r[0])).toContain(
      'Polígonos de áreas protegidas RUNAP / SINAP (cobertura nacional)'
    );
  });

  it('embeds the figures as SVG with PNG fallbacks in word/media', () => {
    expect(doc.images.length).toBe(6); // map, population, constraints: SVG + PNG each
    for (const path of doc.images) expect(doc.files[path]?.length, path).toBeGreaterThan(100);
    const pngs = doc.images.filter((p) => p.endsWith('.png')).map((p) => doc.files[p]!);
    for (const png of pngs) expect([...png.slice(0, 4)]).toEqual([0x89, 0x50, 0x4e, 0x47]);
    const svgs = doc.images.filter((p) => p.endsWith('.svg'));
    expect(svgs).toHaveLength(3);
    const map = new TextDecoder().decode(doc.files[svgs[0]!]);
    expect(map).toMatch(/^<svg /);
    expect(map).toContain('>Segovia</text>');
  });

  it('opens with a second reader (mammoth)', async () => {
    const { value, messages } = await mammoth.extractRawText({ buffer: Buffer.from(bytes) });
    expect(messages.filter((m) => m.type === 'error')).toEqual([]);
    for (const h of MEMORIA_HEADINGS) expect(value).toContain(h);
    expect(value).toContain('210.077');
  });
});
