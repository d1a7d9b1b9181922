// The memoria justificativa of a district (guide §1.1) as a Word document: a title page, the
// seven minimum sections in the guide's order — 1 antecedentes, 2 ámbito, 3–5 the lawyers'
// sections as marked spaces, 6 impacto medioambiental, 7 estudios técnicos — and the annex of
// sources and cut-off dates. Content comes from the district's facts and anexo 2 rows; figures are
// rendered by the caller (command line: resvg; browser: canvas). Works in Node and the browser.
import { AlignmentType, Document, Footer, Packer, PageNumber, Paragraph, TextRun } from 'docx';
import { esList, esNumber, titleCase } from '../domain/anexo2-format';
import { ambiental } from './memoria-ambiental';
import { ambito } from './memoria-ambito';
import { annex } from './memoria-annex';
import { antecedentes } from './memoria-antecedentes';
import { estudios } from './memoria-estudios';
import type { MemoriaCounters, MemoriaInput } from './memoria-input';
import { legalSections } from './memoria-legal';

const FONT = 'Arial';
const bogotaDate = (d: Date) =>
  new Intl.DateTimeFormat('es-CO', { dateStyle: 'long', timeZone: 'America/Bogota' }).format(d);

function titlePage({ facts, generated }: MemoriaInput): Paragraph[] {
  const names = facts.matrix.rows.map((r) => titleCase(r.name));
  const line = (text: string, size = 24, bold = false) =>
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { after: 240 },
      children: [new TextRun({ text, size, bold })]
    });
  return [
    new Paragraph({ text: '', spacing: { before: 2400 } }),
    line('Ministerio de Minas y Energía', 24, true),
    line('MEMORIA JUSTIFICATIVA', 36, true),
    line(
      `Proyecto de resolución de delimitación del Distrito Minero Especial para la Diversificación Productiva «${facts.name}»`,
      28
    ),
    line(`${esNumber(names.length)} municipios: ${esList(names)}`),
    line(`Borrador generado por Atlas DMEDP el ${bogotaDate(generated)}`, 22, true),
    new Paragraph({
      spacing: { before: 1200 },
      children: [
        new TextRun({
          size: 20,
          italics: true,
          text: 'Las cifras, tablas y figuras provienen de las capas cargadas en la plataforma Atlas DMEDP; cada una cita su fuente, y el anexo «Fuentes y fechas de corte» lista la procedencia de todas las capas y las oficiales que faltan. Los espacios sombreados los redactan los equipos jurídicos de la Dirección responsable y la Oficina Asesora Jurídica, que validan y firman la memoria (guía metodológica DMEDP, Tomo II, §1.1).'
        })
      ]
    })
  ];
}

export async function memoriaDocx(input: MemoriaInput): Promise<Uint8Array> {
  const n: MemoriaCounters = { table: 0, figure: 0 };
  const children = [
    ...titlePage(input),
    ...antecedentes(input, n),
    ...ambito(input),
    ...legalSections(),
    ...ambiental(input, n),
    ...estudios(input, n),
    ...annex(input, n)
  ];
  const footer = new Footer({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [
          new TextRun({
            size: 16,
            children: [
              `Memoria justificativa «${input.facts.name}» — borrador — página `,
              PageNumber.CURRENT,
              ' de ',
              PageNumber.TOTAL_PAGES
            ]
          })
        ]
      })
    ]
  });
  const doc = new Document({
    creator: 'Atlas DMEDP',
    title: `Memoria justificativa — ${input.facts.name}`,
    description: 'Borrador generado por Atlas DMEDP (guía metodológica DMEDP, Tomo II, §1.1).',
    styles: {
      default: {
        document: { run: { font: FONT, size: 22 }, paragraph: { spacing: { line: 276 } } },
        heading1: {
          run: { font: FONT, size: 30, bold: true, color: '1D4E5F' },
          paragraph: { spacing: { before: 240, after: 200 } }
        },
        heading2: {
          run: { font: FONT, size: 25, bold: true, color: '1D4E5F' },
          paragraph: { spacing: { before: 240, after: 120 } }
        },
        heading3: {
          run: { font: FONT, size: 22, bold: true },
          paragraph: { spacing: { before: 200, after: 100 } }
        }
      }
    },
    sections: [
      {
        properties: {
          page: {
            size: { width: 12240, height: 15840 }, // carta
            margin: { top: 1440, bottom: 1440, left: 1440, right: 1440 }
          },
          titlePage: true
        },
        footers: { default: footer },
        children
      }
    ]
  });
  return new Uint8Array(await Packer.toArrayBuffer(doc));
}
