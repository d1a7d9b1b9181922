// The location a citizen attaches to a comment: a GeoJSON Point or Polygon in WGS84 degrees,
// inside Colombia's extent, with a bounded vertex count, closed rings of non-zero area and no
// self-intersections (@turf/kinks). Returns the geometry rebuilt from its coordinates only
// (nothing else the client sent is kept) or a Spanish reason.
import kinks from '@turf/kinks';
import type { Point, Polygon, Position } from 'geojson';

/** Colombia's continental and insular extent (with San Andrés, Serranilla and Bajo Nuevo). */
export const COLOMBIA_EXTENT = [-82, -4.3, -66.8, 16.2] as const;

export type CommentGeometry = Point | Polygon;
type Result = { ok: true; value: CommentGeometry } | { ok: false; error: string };

const fail = (error: string): Result => ({ ok: false, error });

function position(p: unknown): Position | string {
  if (!Array.isArray(p) || p.length < 2 || p.length > 3)
    return 'cada posición debe ser [longitud, latitud]';
  const [x, y] = p as unknown[];
  if (typeof x !== 'number' || typeof y !== 'number' || !Number.isFinite(x) || !Number.isFinite(y))
    return 'las coordenadas deben ser números';
  const [w, s, e, n] = COLOMBIA_EXTENT;
  if (x < w || x > e || y < s || y > n)
    return `la posición [${x}, ${y}] está fuera de Colombia (grados WGS84: longitud, latitud)`;
  return [x, y];
}

function ringArea(ring: Position[]): number {
  let a = 0;
  for (let i = 0; i < ring.length - 1; i++)
    a += ring[i]![0]! * ring[i + 1]![1]! - ring[i + 1]![0]! * ring[i]![1]!;
  return a / 2;
}

export function validateCommentGeometry(g: unknown, maxVertices = 2000): Result {
  if (typeof g !== 'object' || g === null || Array.isArray(g))
    return fail('La ubicación debe ser un objeto GeoJSON (Point o Polygon).');
  const { type, coordinates } = g as { type?: unknown; coordinates?: unknown };
  if (type === 'Point') {
    const p = position(coordinates);
    return typeof p === 'string'
      ? fail(`Ubicación inválida: ${p}.`)
      : { ok: true, value: { type, coordinates: p } };
  }
  if (type !== 'Polygon')
    return fail('La ubicación debe ser un punto (Point) o un polígono (Polygon).');
  if (!Array.isArray(coordinates) || coordinates.length === 0)
    return fail('El polígono no tiene anillos.');
  let count = 0;
  const rings: Position[][] = [];
  for (const raw of coordinates as unknown[]) {
    if (!Array.isArray(raw))
      return fail('Cada anillo del polígono debe ser una lista de posiciones.');
    count += raw.length;
    if (count > maxVertices)
      return fail(`El polígono tiene más de ${maxVertices.toLocaleString('es-CO')} vértices.`);
    const ring: Position[] = [];
    for (const q of raw as unknown[]) {
      const p = position(q);
      if (typeof p === 'string') return fail(`Polígono inválido: ${p}.`);
      ring.push(p);
    }
    const [a, z] = [ring[0], ring[ring.length - 1]];
    if (ring.length < 4 || a![0] !== z![0] || a![1] !== z![1])
      return fail(
        'Cada anillo del polígono debe cerrarse (primera posición = última) y tener al menos 3 vértices.'
      );
    if (ringArea(ring) === 0) return fail('El polígono no encierra ningún área.');
    rings.push(ring);
  }
  const value: Polygon = { type: 'Polygon', coordinates: rings };
  if (kinks(value).features.length) return fail('El polígono se corta a sí mismo.');
  return { ok: true, value };
}
