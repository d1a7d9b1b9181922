// The municipio selected on the public map: its profile and protected areas from the analysis
// tables, and its overlaps from the overlay worker.
import type { MunicipioProfile } from '$lib/queries/municipio-profile';
import type { ProtectedArea } from '$lib/queries/municipio-protected-areas';
import type { MunicipioProps } from '$lib/map/municipio-props';
import type { Analysis, LayerOverlaps } from './analysis.svelte';

export class Selection {
  municipio: MunicipioProps | null = $state(null);
  profile: MunicipioProfile | null = $state(null);
  error: string | null = $state(null);
  overlaps: LayerOverlaps[] | null = $state(null);
  overlapsError: string | null = $state(null);
  areas: ProtectedArea[] | null = $state(null);
  areasError: string | null = $state(null);
  /** Land-cover transition row of the municipio (only Caquetá's are bundled); null: none. */
  cover: Record<string, unknown> | null = $state(null);
  #request = 0;
  #overlapRequest = 0;

  constructor(private readonly analysis: Analysis) {}

  /** A municipio's panel needs the engine: selecting one starts it. */
  select(m: MunicipioProps | null): void {
    this.municipio = m;
    if (m) void this.analysis.start();
    void this.refresh();
    void this.refreshOverlaps();
  }

  /** Re-computes the overlaps (call again when the overlay worker becomes ready). */
  async refreshOverlaps(): Promise<void> {
    const id = ++this.#overlapRequest;
    this.overlaps = null;
    this.overlapsError = null;
    const code = this.municipio?.code;
    if (!code || this.analysis.overlayStatus !== 'ready') return;
    try {
      const o = await this.analysis.overlaps(code);
      if (id === this.#overlapRequest) this.overlaps = o;
    } catch (e) {
      if (id === this.#overlapRequest)
        this.overlapsError = e instanceof Error ? e.message : String(e);
    }
  }

  /** Re-reads the profile (call again when the analysis engine becomes ready). */
  async refresh(): Promise<void> {
    const id = ++this.#request;
    this.profile = null;
    this.error = null;
    this.areas = null;
    this.areasError = null;
    this.cover = null;
    const code = this.municipio?.code;
    if (!code || this.analysis.status !== 'ready') return;
    void this.#refreshAreas(id, code);
    void this.analysis
      .landCoverChange([code])
      .then(([row]) => {
        if (id === this.#request) this.cover = row ?? null;
      })
      .catch(() => {
        // The panel simply shows no transition block; the district page reports table errors.
      });
    try {
      const p = await this.analysis.profile(code);
      if (id === this.#request) this.profile = p;
    } catch (e) {
      if (id === this.#request) this.error = e instanceof Error ? e.message : String(e);
    }
  }

  async #refreshAreas(id: number, code: string): Promise<void> {
    try {
      const areas = await this.analysis.protectedAreasOf(code);
      if (id === this.#request) this.areas = areas;
    } catch (e) {
      if (id === this.#request) this.areasError = e instanceof Error ? e.message : String(e);
    }
  }
}
