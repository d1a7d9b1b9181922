// The body of one public comment: a unique token in its text (to find it in the database), and a
// point or a small square over the Nordeste antioqueño, alternating.

const TOKEN = /\[(carga-[\w.-]+)\]/;

/** The token of a stored comment's text, if it is one of the benchmark's. */
export const tokenOf = (texto: string): string | null => TOKEN.exec(texto)?.[1] ?? null;

export function commentBody(token: string, n: number): Record<string, unknown> {
  // Spread over roughly 0.5° × 0.5° around Segovia–Remedios, deterministic in n.
  const lon = -74.95 + ((n * 37) % 500) / 1000;
  const lat = 6.95 + ((n * 53) % 500) / 1000;
  const d = 0.01;
  const geometria =
    n % 2 === 0
      ? { type: 'Point', coordinates: [lon, lat] }
      : {
          type: 'Polygon',
          coordinates: [
            [
              [lon, lat],
              [lon + d, lat],
              [lon + d, lat + d],
              [lon, lat + d],
              [lon, lat]
            ]
          ]
        };
  return {
    texto: `Comentario de carga [${token}]: observación sobre el área marcada en el mapa.`,
    componente: n % 3 === 0 ? 'ambiental' : 'social',
    geometria
  };
}
