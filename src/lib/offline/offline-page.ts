// The page the service worker answers when a page never opened in this browser is asked offline.
export function offlinePage(): Response {
  const html = `<!doctype html><html lang="es-CO"><head><meta charset="utf-8"><title>Atlas DMEDP — Sin conexión</title></head><body style="font-family:system-ui,sans-serif;padding:2rem"><h1>Sin conexión</h1><p>Esta página no se abrió antes en este navegador, así que no hay una copia guardada. Vuelva a intentarlo cuando haya conexión; los distritos que ya abrió siguen disponibles.</p></body></html>`;
  return new Response(html, {
    status: 503,
    headers: { 'content-type': 'text/html; charset=utf-8' }
  });
}
