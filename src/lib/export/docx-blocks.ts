// Building blocks of the Word documents the platform writes (the memoria justificativa first):
// headings, paragraphs, bullet lists, tables with a repeated header row, the shaded boxes that
// mark text others must write, and numbered figures — all on the `docx` library, no hand-written
// OOXML. A figure with SVG embeds it with its PNG as fallback; otherwise the PNG alone.
import {
  AlignmentType,
  BorderStyle,
  HeadingLevel,
  ImageRun,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType
} from 'docx';
import type { MemoriaCounters, MemoriaFigure } from './memoria-input';

const LEVELS = [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3] as const;
/** Shade of the spaces others fill in, as in the anexo 2 workbook's editable columns. */
const TO_WRITE = 'FFF5D6';
const HEADER_SHADE = 'E4EBEE';
/** Widest figure, px: the text column of a letter page with 1-inch margins. */
const MAX_FIGURE_WIDTH = 600;

export type Block = Paragraph | Table;

export const heading = (text: string, level: 1 | 2 | 3 = 1, pageBreakBefore = false) =>
  new Paragraph({ text, heading: LEVELS[level - 1], pageBreakBefore });

export const para = (text: string, opts: { bold?: boolean; italics?: boolean } = {}) =>
  new Paragraph({ children: [new TextRun({ text, ...opts })], spacing: { after: 120 } });

/** A paragraph led by a bold term: "Término: texto". */
export const termPara = (term: string, text: string) =>
  new Paragraph({
    children: [new TextRun({ text: `${term}: `, bold: true }), new TextRun(text)],
    spacing: { after: 120 }
  });

export const bullets = (items: readonly string[]) =>
  items.map((text) => new Paragraph({ text, bullet: { level: 0 } }));

const line = { style: BorderStyle.SINGLE, size: 6, color: 'B08D2C', space: 4 };

/** A shaded, bordered box: «[label]» in bold, then what the guide asks to write there. */
export function toWrite(label: string, guidance: string): Paragraph[] {
  const box = {
    shading: { type: ShadingType.CLEAR, fill: TO_WRITE, color: 'auto' },
    border: { top: line, bottom: line, left: line, right: line }
  };
  return [
    new Paragraph({ ...box, children: [new TextRun({ text: label, bold: true })] }),
    new Paragraph({
      ...box,
      children: [new TextRun({ text: guidance, italics: true })],
      spacing: { after: 200 }
    })
  ];
}

const cell = (text: string, header: boolean, right: boolean) =>
  new TableCell({
    children: text.split('\n').map(
      (t) =>
        new Paragraph({
          children: [new TextRun({ text: t, bold: header, size: 18 })],
          alignment: right ? AlignmentType.RIGHT : AlignmentType.LEFT
        })
    ),
    ...(header ? { shading: { type: ShadingType.CLEAR, fill: HEADER_SHADE, color: 'auto' } } : {}),
    margins: { top: 40, bottom: 40, left: 80, right: 80 }
  });

/**
 * A numbered table with its caption above: header row repeated on each page, `right` marks the
 * numeric columns, a `total` row in bold. Cell text may hold line breaks.
 */
export function table(
  n: MemoriaCounters,
  caption: string,
  header: readonly string[],
  rows: readonly (readonly string[])[],
  { right = [], total }: { right?: readonly number[]; total?: readonly string[] } = {}
): Block[] {
  n.table += 1;
  const row = (r: readonly string[], bold: boolean, tableHeader = false) =>
    new TableRow({
      tableHeader,
      cantSplit: true,
      children: r.map((t, i) => cell(t, bold, !tableHeader && right.includes(i)))
    });
  return [
    new Paragraph({
      children: [new TextRun({ text: `Tabla ${n.table}. `, bold: true }), new TextRun(caption)],
      keepNext: true,
      spacing: { before: 120, after: 60 }
    }),
    new Table({
      width: { size: 100, type: WidthType.PERCENTAGE },
      rows: [
        row(header, true, true),
        ...rows.map((r) => row(r, false)),
        ...(total ? [row(total, true)] : [])
      ]
    }),
    new Paragraph({ text: '', spacing: { after: 120 } })
  ];
}

/** A numbered figure, centred, scaled to the text column, with its caption and source under it. */
export function figure(n: MemoriaCounters, fig: MemoriaFigure, caption: string, source: string) {
  n.figure += 1;
  const k = Math.min(1, MAX_FIGURE_WIDTH / fig.width);
  const transformation = { width: Math.round(fig.width * k), height: Math.round(fig.height * k) };
  const altText = {
    name: `Figura ${n.figure}`,
    title: caption,
    description: `${caption}. ${source}`
  };
  const image = fig.svg
    ? new ImageRun({
        type: 'svg',
        data: new TextEncoder().encode(fig.svg),
        fallback: { type: 'png', data: fig.png },
        transformation,
        altText
      })
    : new ImageRun({ type: 'png', data: fig.png, transformation, altText });
  return [
    new Paragraph({ children: [image], alignment: AlignmentType.CENTER, keepNext: true }),
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { after: 200 },
      children: [
        new TextRun({ text: `Figura ${n.figure}. `, bold: true, size: 18 }),
        new TextRun({ text: `${caption}. Fuente: ${source}.`, size: 18 })
      ]
    })
  ];
}
