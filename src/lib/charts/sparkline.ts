// Pure SVG path for a small trend line: x spread evenly, y scaled to the series' own range.
export function sparklinePath(values: number[], width: number, height: number, pad = 2): string {
  if (values.length === 0) return '';
  const min = Math.min(...values);
  const max = Math.max(...values);
  const span = max - min || 1;
  const dx = values.length > 1 ? (width - 2 * pad) / (values.length - 1) : 0;
  const y = (v: number) =>
    max === min ? height / 2 : pad + ((max - v) / span) * (height - 2 * pad);
  return values
    .map((v, i) => `${i === 0 ? 'M' : 'L'}${(pad + i * dx).toFixed(1)},${y(v).toFixed(1)}`)
    .join('');
}
