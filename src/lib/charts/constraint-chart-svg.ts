// The constraint matrix as a bar chart, one builder for the district page (ConstraintChart.svelte)
// and the memoria's DOCX figure: one group of bars per municipio, one bar per layer in its own
// colour (the map's), the share of the municipio it covers on a 0–100 % axis (layers may overlap: not
// stacked), each non-zero bar labelled with its share and titled for a tooltip, the legend below.
import { scaleBand, scaleLinear } from 'd3-scale';
import type { ConstraintMatrix } from '../domain/constraint-matrix';
import { esNumber } from '../domain/anexo2-format';
import { layerColor } from '../catalog/layer-colors';
import { svgFigure, xmlText, type SvgFigure } from './svg-figure';
import { svgLegend } from './svg-legend';

const LABEL = 130;
const BAR = 9;
const AXIS = 22;

export function constraintChartSvg(
  matrix: ConstraintMatrix,
  label: (row: ConstraintMatrix['rows'][number]) => string,
  width = 600
): SvgFigure {
  const group = Math.max(1, matrix.layers.length) * BAR + 8;
  const plotH = matrix.rows.length * group;
  const y = scaleBand<string>()
    .domain(matrix.rows.map((r) => r.code))
    .range([0, plotH]);
  const x = scaleLinear()
    .domain([0, 100])
    .range([LABEL, width - 50])
    .clamp(true);
  const parts: string[] = [];
  for (const t of [0, 25, 50, 75, 100])
    parts.push(
      `<line x1="${x(t)}" x2="${x(t)}" y1="0" y2="${plotH + 4}" stroke="#d5dbde" stroke-dasharray="2 2"/>`,
      `<text x="${x(t)}" y="${plotH + 16}" text-anchor="middle">${t} %</text>`
    );
  for (const r of matrix.rows) {
    const top = y(r.code) ?? 0;
    const name = xmlText(label(r));
    parts.push(
      `<text x="${LABEL - 6}" y="${top + group / 2}" text-anchor="end" dominant-baseline="middle">${name}</text>`
    );
    matrix.layers.forEach((l, j) => {
      const pct = r.cells[l.id]?.pct ?? 0;
      const top2 = top + 4 + j * BAR;
      const share = `${esNumber(pct, 2)} %`;
      parts.push(
        `<rect x="${x(0)}" y="${top2}" width="${(x(pct) - x(0)).toFixed(1)}" height="${BAR - 1}" fill="${layerColor(l.id, l.kind)}">` +
          `<title>${name} · ${xmlText(l.title)}: ${share}</title></rect>`
      );
      if (pct > 0)
        parts.push(
          `<text x="${(x(pct) + 4).toFixed(1)}" y="${top2 + BAR / 2}" font-size="9" dominant-baseline="middle">${share}</text>`
        );
    });
  }
  const legend = svgLegend(
    matrix.layers.map((l) => ({ color: layerColor(l.id, l.kind), label: l.title })),
    8,
    plotH + AXIS + 4,
    width - 16
  );
  parts.push(legend.body);
  return svgFigure(width, plotH + AXIS + 8 + legend.height, parts.join(''));
}
