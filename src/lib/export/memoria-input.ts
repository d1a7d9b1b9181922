// What the memoria justificativa (guide §1.1) is written from: the district's facts (the anexo 2's
// own input), the anexo 2 rows, each municipio's official area and inclusion paragraph, and the
// figures the caller rendered — so the same builder serves the command line and the browser.
import type { Anexo2Row, DistrictFacts } from '../domain/anexo2-facts';

/** A figure as PNG (every reader shows it), optionally with its SVG (Word 2016+ shows that). */
export interface MemoriaFigure {
  png: Uint8Array;
  svg?: string;
  /** Display size, CSS px (96 per inch); the text column is 624 px wide. */
  width: number;
  height: number;
}

export interface MemoriaFigures {
  /** The district's municipios (figure of section 1). */
  map?: MemoriaFigure;
  /** Population per municipio (section 1, socioeconomic component). */
  population?: MemoriaFigure;
  /** Share of each municipio in each constraint layer (section 7). */
  constraints?: MemoriaFigure;
}

export interface MemoriaInput {
  facts: DistrictFacts;
  /** `prefillAnexo2(facts)`, or the rows as the mesa edited them. */
  anexo2: readonly Anexo2Row[];
  /** Official area per municipio code, km² (DANE MGN 2018 `MPIO_NAREA`; DistrictProfile has it). */
  areasKm2: Readonly<Record<string, number>>;
  /** Inclusion paragraph per municipio code (domain/inclusion-paragraphs.ts). */
  inclusion: Readonly<Record<string, string>>;
  figures: MemoriaFigures;
  /** When the draft is generated (the caller's clock; written as a Bogotá date). */
  generated: Date;
}

/** Running numbers of tables and figures while the document is written. */
export interface MemoriaCounters {
  table: number;
  figure: number;
}
