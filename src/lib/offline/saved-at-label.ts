// «7 de diciembre de 2026, 6:05 p. m.»: the as-of time of saved data, in Colombia's time.
const FORMAT = new Intl.DateTimeFormat('es-CO', {
  dateStyle: 'long',
  timeStyle: 'short',
  timeZone: 'America/Bogota'
});

export function savedAtLabel(iso: string): string {
  return FORMAT.format(new Date(iso));
}
