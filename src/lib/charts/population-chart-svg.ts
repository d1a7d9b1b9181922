// Population per municipio as a horizontal bar chart (SVG figure for the memoria justificativa):
// largest first, each bar labelled with its value as written in Colombia ("41.258").
import { esNumber } from '../domain/anexo2-format';
import { svgFigure, xmlText, type SvgFigure } from './svg-figure';

export interface PopulationBar {
  label: string;
  /** Inhabitants; null when the projection has no value. */
  value: number | null;
}

const LABEL = 130;
const VALUE = 70;
const ROW = 22;
const TOP = 8;

export function populationChartSvg(bars: readonly PopulationBar[], width = 600): SvgFigure {
  const sorted = [...bars].sort((a, b) => (b.value ?? -1) - (a.value ?? -1));
  const max = Math.max(1, ...sorted.map((b) => b.value ?? 0));
  const span = width - LABEL - VALUE;
  const body = sorted.map((b, i) => {
    const y = TOP + i * ROW;
    const w = b.value === null ? 0 : (b.value / max) * span;
    const value = b.value === null ? 'sin dato' : esNumber(b.value);
    return [
      `<text x="${LABEL - 6}" y="${y + ROW / 2}" text-anchor="end" dominant-baseline="middle">${xmlText(b.label)}</text>`,
      `<rect x="${LABEL}" y="${y + 3}" width="${w.toFixed(1)}" height="${ROW - 6}" fill="#4e79a7"/>`,
      `<text x="${(LABEL + w + 5).toFixed(1)}" y="${y + ROW / 2}" dominant-baseline="middle">${value}</text>`
    ].join('');
  });
  const axis = `<line x1="${LABEL}" x2="${LABEL}" y1="${TOP}" y2="${TOP + sorted.length * ROW}" stroke="#7d868c"/>`;
  return svgFigure(width, TOP * 2 + sorted.length * ROW, body.join('') + axis);
}
