// The server (host:port, or the socket folder) and database a postgres:// URL names, for Spanish
// messages that never show the password: `hide` blanks it out of any text.
export interface PgPlace {
  server: string;
  database: string;
  /** The text with the URL's password (if any) replaced by ***. */
  hide(text: string): string;
}

export function pgPlace(url: string): PgPlace {
  try {
    const u = new URL(url);
    const host = decodeURIComponent(u.hostname) || u.searchParams.get('host') || 'localhost';
    const database = decodeURIComponent(u.pathname.replace(/^\//, '')) || 'postgres';
    const secrets = [u.password, decodeURIComponent(u.password)].filter((p) => p.length > 0);
    return {
      server: `${host}:${u.port || '5432'}`,
      database,
      hide: (text) => secrets.reduce((t, p) => t.split(p).join('***'), text)
    };
  } catch {
    return { server: '(dirección no válida)', database: '', hide: (text) => text };
  }
}
