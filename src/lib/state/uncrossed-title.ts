// How a layer the overlay worker could not cross at all (only points or lines, which it skips
// with a warning each) is titled in the matrix, the consulta previa and the exports: by its name,
// saying so — never as if it had been crossed and found nothing. The server's screen words it so.
import type { LoadSummary } from '$lib/geo/overlay-session';

export const uncrossedTitle = (title: string, summary: LoadSummary): string =>
  summary.features === 0 && summary.warnings.length > 0
    ? `${title} — solo puntos o líneas: no se cruza`
    : title;
