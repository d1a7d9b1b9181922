// Runs `fn` once the page's first view is drawn: the map ready (or failed to get ready within
// MAP_WAIT_MS), or the page loaded when it has no map. Offline support waits for it so it never
// competes with the first paint.
const MAP_WAIT_MS = 15_000;

export function afterFirstView(fn: () => void): void {
  let done = false;
  const once = () => {
    if (done) return;
    done = true;
    fn();
  };
  const afterLoad = (f: () => void) =>
    document.readyState === 'complete' ? f() : addEventListener('load', f, { once: true });
  const map = document.querySelector<HTMLElement>('[data-testid="mapa"]');
  if (!map || map.dataset.ready === 'true') return afterLoad(once);
  const seen = new MutationObserver(() => {
    if (map.dataset.ready !== 'true') return;
    seen.disconnect();
    afterLoad(once);
  });
  seen.observe(map, { attributes: true, attributeFilter: ['data-ready'] });
  afterLoad(() => setTimeout(once, MAP_WAIT_MS));
}
