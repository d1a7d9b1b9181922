// The constraint matrix as the bar chart the district page shows (ConstraintChart.svelte), as a
// standalone SVG figure: one group of bars per municipio, one bar per layer in its kind's colour,
// the share of the municipio it covers on a 0–100 % axis (layers may overlap: not stacked), each
// non-zero bar labelled with its share, and the legend under the chart.
import type { ConstraintMatrix } from '../domain/constraint-matrix';
import { esNumber } from '../domain/anexo2-format';
import { KIND_COLORS } from '../map/kind-colors';
import { svgFigure, xmlText, type SvgFigure } from './svg-figure';
import { svgLegend } from './svg-legend';

const LABEL = 130;
const BAR = 9;
const AXIS = 22;

const color = (kind: string) => KIND_COLORS[kind as keyof typeof KIND_COLORS] ?? '#777777';

export function constraintChartSvg(
  matrix: ConstraintMatrix,
  label: (row: ConstraintMatrix['rows'][number]) => string,
  width = 600
): SvgFigure {
  const group = Math.max(1, matrix.layers.length) * BAR + 8;
  const plotH = matrix.rows.length * group;
  const x = (pct: number) => LABEL + (Math.min(100, Math.max(0, pct)) / 100) * (width - LABEL - 50);
  const parts: string[] = [];
  for (const t of [0, 25, 50, 75, 100])
    parts.push(
      `<line x1="${x(t)}" x2="${x(t)}" y1="0" y2="${plotH + 4}" stroke="#d5dbde" stroke-dasharray="2 2"/>`,
      `<text x="${x(t)}" y="${plotH + 16}" text-anchor="middle">${t} %</text>`
    );
  matrix.rows.forEach((r, i) => {
    const top = i * group;
    parts.push(
      `<text x="${LABEL - 6}" y="${top + group / 2}" text-anchor="end" dominant-baseline="middle">${xmlText(label(r))}</text>`
    );
    matrix.layers.forEach((l, j) => {
      const pct = r.cells[l.id]?.pct ?? 0;
      const y = top + 4 + j * BAR;
      parts.push(
        `<rect x="${x(0)}" y="${y}" width="${(x(pct) - x(0)).toFixed(1)}" height="${BAR - 1}" fill="${color(l.kind)}"/>`
      );
      if (pct > 0)
        parts.push(
          `<text x="${(x(pct) + 4).toFixed(1)}" y="${y + BAR / 2}" font-size="9" dominant-baseline="middle">${esNumber(pct, 2)} %</text>`
        );
    });
  });
  const legend = svgLegend(
    matrix.layers.map((l) => ({ color: color(l.kind), label: l.title })),
    8,
    plotH + AXIS + 4,
    width - 16
  );
  parts.push(legend.body);
  return svgFigure(width, plotH + AXIS + 8 + legend.height, parts.join(''));
}
