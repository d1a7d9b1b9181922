// A raster summarised per municipio (zonal statistics) as one anexo 2 sentence over the district:
// continuous rasters by their mean weighted by the area with data, minimum and maximum;
// categorical ones by each class's share of the area with data.
import type { RasterFacts } from './anexo2-facts';
import { esHa, esList, esNumber, esPct } from './anexo2-format';

const AREA = /^área con dato/i;
const CLASS = /^Clase (.+) \(%\)$/;

export function rasterText(raster: RasterFacts, codes: readonly string[]): string {
  const area = raster.columns.find((c) => AREA.test(c));
  const rows = codes.flatMap((c) => {
    const r = raster.rows.get(c);
    return r ? [r] : [];
  });
  const head = `Ráster «${raster.title}»: ${esNumber(rows.length)} de ${esNumber(codes.length)} municipios con dato`;
  if (!rows.length || !area) return `${head}.`;
  const weight = (r: Record<string, string>) => Number(r[area]) || 0;
  const total = rows.reduce((a, r) => a + weight(r), 0);
  const classes = raster.columns.filter((c) => CLASS.test(c));
  const mean = (col: string) =>
    total > 0 ? rows.reduce((a, r) => a + (Number(r[col]) || 0) * weight(r), 0) / total : 0;
  if (classes.length) {
    const shares = classes.map((c) => {
      const id = CLASS.exec(c)![1]!;
      const named = raster.classNames?.[id];
      return named
        ? `${named} ${esPct(mean(c))} (${esHa((mean(c) * total) / 100)})`
        : `clase ${id} ${esPct(mean(c))}`;
    });
    return `${head} (${esHa(total)}); participación en el área con dato: ${esList(shares)}.`;
  }
  const values = (col: string) => rows.map((r) => Number(r[col])).filter(Number.isFinite);
  const [mins, maxs] = [values('Mínimo'), values('Máximo')];
  if (!mins.length || !maxs.length) return `${head} (${esHa(total)}).`;
  return `${head} (${esHa(total)}); media ponderada por área ${esNumber(mean('Media'), 2)}, mínimo ${esNumber(Math.min(...mins), 2)}, máximo ${esNumber(Math.max(...maxs), 2)}.`;
}
