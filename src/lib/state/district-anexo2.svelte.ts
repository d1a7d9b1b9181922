// The anexo 2 of the district being built: the facts the workspace computed (profile, matrix,
// screens, NBI components and IDF scores, every loaded layer's provenance and the official layers
// still missing; lib/facts/district-facts.ts); pre-filled rows the mesa can edit, download as XLSX and
// re-import once entities have filled them offline.
/* eslint-disable svelte/prefer-svelte-reactivity -- local lookups, never state */
import type { ExportProvenance } from '$lib/export/layer-geojson';
import type { Anexo2Row, DistrictFacts, FactLayer } from '$lib/domain/anexo2-facts';
import { factLayers } from '$lib/facts/fact-layers';
import { UNNAMED_DISTRICT } from '$lib/facts/facts-ports';
import type { Analysis } from './analysis.svelte';
import type { DistrictWorkspace } from './district.svelte';
import { tableLists } from './table-lists';
import type { UserTable } from './tables.svelte';
import type { Anexo2Edit, Anexo2Saved } from '$lib/domain/model/anexo2';
import type { Anexo2Outgoing } from '$lib/domain/model/outbox';
import type { Outbox } from './outbox.svelte';

export class DistrictAnexo2 {
  rows: Anexo2Row[] = $state([]);
  status: 'idle' | 'working' = $state('idle');
  error: string | null = $state(null);
  warnings: string[] = $state([]);
  /** Latest saved version of each aspect's mesa columns (server store). */
  saved: Anexo2Saved[] = $state.raw([]);
  notice: string | null = $state(null);

  constructor(
    private readonly ws: DistrictWorkspace,
    private readonly analysis: Analysis,
    private readonly tables: () => UserTable[],
    /** Where answers saved without connection wait (null on the server). */
    readonly outbox: Outbox | null = null
  ) {
    outbox?.onSent((district, saved, sent) => {
      if (district !== this.ws.id) return;
      this.saved = saved;
      if (sent)
        this.notice = `Enviado al volver la conexión: ${sent} aspecto(s) guardados con autor y fecha.`;
    });
  }

  /** Every loaded layer and list as the anexo cites it (lib/facts/fact-layers.ts). */
  layers(): FactLayer[] {
    return factLayers(this.analysis.overlayLayers, tableLists(this.tables())).layers;
  }

  sources(): ExportProvenance[] {
    return this.layers().map((l) => ({
      title: l.title,
      producer: l.producer,
      cutoff: l.cutoff,
      license: '',
      source: l.id
    }));
  }

  /** The district's facts as the anexo 2 and the memoria read them (null before `compute`). */
  async facts(): Promise<DistrictFacts | null> {
    const facts = this.ws.districtFacts;
    return facts && { ...facts, name: this.ws.name.trim() || UNNAMED_DISTRICT };
  }

  async generate(): Promise<void> {
    const ws = this.ws;
    if (!ws.profile || !ws.matrix || !ws.district) return;
    this.status = 'working';
    this.error = null;
    try {
      const facts = await this.facts();
      if (!facts) return;
      const { prefillAnexo2 } = await import('$lib/domain/anexo2-prefill');
      const api = await import('$lib/api/anexo2-api');
      if (ws.id && !this.rows.length) {
        this.saved = await api.loadAnexo2(ws.id);
        this.rows = this.withQueued(api.withSaved(prefillAnexo2(facts), this.saved));
        return;
      }
      const edits = new Map(this.rows.map((r) => [r.aspect, r]));
      this.rows = prefillAnexo2(facts).map((r) => {
        const e = edits.get(r.aspect);
        return e
          ? { ...r, respuesta: e.respuesta, suficiente: e.suficiente, propuestas: e.propuestas }
          : r;
      });
    } catch (e) {
      this.error = e instanceof Error ? e.message : String(e);
    } finally {
      this.status = 'idle';
    }
  }

  /** Saves the aspects whose mesa columns changed, with their versions (author and time on the server). */
  async save(): Promise<void> {
    this.error = null;
    this.notice = null;
    if (!this.ws.id) {
      this.error = 'Guarde primero el distrito: las respuestas del anexo 2 se guardan con él.';
      return;
    }
    try {
      const api = await import('$lib/api/anexo2-api');
      // An aspect in conflict waits for the user's decision (resolveConflict), never overwrites.
      const clashing = new Set(this.queued?.clashes.map((c) => c.mine.aspect));
      const edits = api
        .changedEdits($state.snapshot(this.rows), this.saved)
        .filter((e) => !clashing.has(e.aspect));
      if (!edits.length) {
        this.notice = 'No hay cambios que guardar.';
        return;
      }
      // Offline, or answers of this district already waiting: they go (in order) through the outbox.
      if (this.outbox && (!navigator.onLine || this.outbox.entry(this.ws.id)?.edits.length))
        return await this.queue(this.ws.id, edits);
      try {
        this.saved = await api.saveAnexo2(this.ws.id, edits);
      } catch (e) {
        // fetch rejects with a TypeError when there is no connection at all.
        if (this.outbox && e instanceof TypeError) return await this.queue(this.ws.id, edits);
        throw e;
      }
      this.rows = api.withSaved(this.rows, this.saved);
      this.notice = `Guardado: ${edits.length} aspecto(s), con autor y fecha; las versiones anteriores se conservan.`;
    } catch (e) {
      this.error = e instanceof Error ? e.message : String(e);
    }
  }

  /** This district's answers waiting in the outbox (pending and in conflict). */
  get queued(): Anexo2Outgoing | undefined {
    return this.ws.id ? this.outbox?.entry(this.ws.id) : undefined;
  }

  /** Keeps the server's value of a conflicting aspect (shown in the row) or sends the user's over it. */
  async resolveConflict(aspect: string, keep: 'servidor' | 'mia'): Promise<void> {
    const clash = this.queued?.clashes.find((c) => c.mine.aspect === aspect);
    if (!clash || !this.ws.id) return;
    if (keep === 'servidor') {
      const t = clash.theirs;
      this.rows = this.rows.map((r) =>
        r.aspect === aspect
          ? {
              ...r,
              respuesta: t?.respuesta ?? '',
              suficiente: t?.suficiente ?? null,
              propuestas: t?.propuestas ?? ''
            }
          : r
      );
    }
    await this.outbox!.resolve(this.ws.id, aspect, keep);
  }

  private async queue(district: string, edits: Anexo2Edit[]): Promise<void> {
    await this.outbox!.queueAnexo2(district, edits);
    if (navigator.onLine) await this.outbox!.flush();
    if (this.outbox!.entry(district)?.edits.length)
      this.notice = `Sin conexión: ${edits.length} aspecto(s) quedan pendientes de envío; se enviarán cuando vuelva la conexión.`;
  }

  /** The rows with this district's answers still waiting in the outbox laid over them. */
  private withQueued(rows: Anexo2Row[]): Anexo2Row[] {
    const entry = this.ws.id ? this.outbox?.entry(this.ws.id) : undefined;
    if (!entry) return rows;
    const by = new Map(
      [...entry.clashes.map((c) => c.mine), ...entry.edits].map((e) => [e.aspect, e])
    );
    return rows.map((r) => {
      const e = by.get(r.aspect);
      return e
        ? { ...r, respuesta: e.respuesta, suficiente: e.suficiente, propuestas: e.propuestas }
        : r;
    });
  }

  async xlsx(now: Date): Promise<Uint8Array> {
    const { anexo2Xlsx } = await import('$lib/export/anexo2-xlsx');
    const municipios = this.ws.codes.map((c) => `${this.ws.entry(c)?.name ?? c} (${c})`);
    return anexo2Xlsx(
      $state.snapshot(this.rows),
      { district: this.ws.name || 'Distrito sin nombre', municipios, generated: now },
      this.sources()
    );
  }

  /** Merges the mesa's columns of a completed workbook into the rows. */
  async reimport(file: File): Promise<void> {
    this.error = null;
    try {
      const { readAnexo2 } = await import('$lib/import/read-anexo2');
      const { edits, warnings } = await readAnexo2({
        name: file.name,
        bytes: new Uint8Array(await file.arrayBuffer())
      });
      const byAspect = new Map(edits.map((e) => [e.aspect, e]));
      this.rows = this.rows.map((r) => {
        const e = byAspect.get(r.aspect);
        return e
          ? { ...r, respuesta: e.respuesta, suficiente: e.suficiente, propuestas: e.propuestas }
          : r;
      });
      this.warnings = warnings;
    } catch (e) {
      this.error = e instanceof Error ? e.message : String(e);
    }
  }
}
