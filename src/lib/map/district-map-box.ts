// The frame of the district map figure: the bounding box of the district's municipios grown by a
// share of its extent on every side, so the neighbours that fall in it are drawn for context.

export type Box = [west: number, south: number, east: number, north: number];

export function districtMapBox(boxes: readonly Box[], margin = 0.1): Box | null {
  if (!boxes.length) return null;
  const [w, s, e, n] = [
    Math.min(...boxes.map((b) => b[0])),
    Math.min(...boxes.map((b) => b[1])),
    Math.max(...boxes.map((b) => b[2])),
    Math.max(...boxes.map((b) => b[3]))
  ];
  const [dx, dy] = [(e - w) * margin, (n - s) * margin];
  return [w - dx, s - dy, e + dx, n + dy];
}
