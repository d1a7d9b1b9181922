// Which version of each team layer a page loads. A saved district or a permalink records the
// exact versions it used (`equipo:<id>@<n>`): those are loaded, retired or not, so it gives the
// same numbers anywhere, and every layer whose current version differs (a newer one, a retired
// one, or a layer that did not exist then) is reported so the page can offer to re-screen. With nothing recorded, the current versions.
import type { TeamLayerKind } from './model/team-layer';
import { parseTeamLayerRef } from './team-layer-ref';

/** A version as the browser sees it in the library listing (no bytes, no repairs list). */
export interface TeamVersionInfo {
  version: number;
  producer: string;
  cutoff: string;
  licence: string | null;
  file_name: string;
  data_sha256: string;
  data_size: number;
  feature_count: number;
  /** Staff listings only (the public one names no uploads). */
  uploaded_at?: string;
  retired_at: string | null;
}

export interface TeamLayerListing {
  id: string;
  title: string;
  kind: TeamLayerKind;
  key_field: string;
  /** Oldest first. */
  versions: TeamVersionInfo[];
}

export interface ChosenVersion {
  layer: TeamLayerListing;
  version: TeamVersionInfo;
}

/** A layer whose current version is not the one recorded (a newer one, or a retirement). */
export interface StaleVersion {
  layer: TeamLayerListing;
  /** The version recorded, null when the layer was not used (it came later). */
  used: number | null;
  current: TeamVersionInfo;
}

export interface TeamLayerChoice {
  load: ChosenVersion[];
  stale: StaleVersion[];
  /** Recorded references the library does not hold (a layer or version unknown here). */
  missing: string[];
}

/** The latest version not retired. */
export const currentVersion = (l: TeamLayerListing): TeamVersionInfo | null =>
  l.versions.findLast((v) => v.retired_at === null) ?? null;

/** `recorded` null: nothing recorded, load the current versions. */
export function chooseTeamVersions(
  library: readonly TeamLayerListing[],
  recorded: readonly string[] | null
): TeamLayerChoice {
  const out: TeamLayerChoice = { load: [], stale: [], missing: [] };
  const pinned = new Map<string, number>();
  for (const r of recorded ?? []) {
    let ref;
    try {
      ref = parseTeamLayerRef(r);
    } catch {
      ref = null;
    }
    if (ref?.version == null) out.missing.push(r);
    else pinned.set(ref.id, ref.version);
  }
  for (const [id, n] of pinned) {
    const layer = library.find((l) => l.id === id);
    const version = layer?.versions.find((v) => v.version === n);
    if (!layer || !version) out.missing.push(`equipo:${id}@${n}`);
  }
  for (const layer of library) {
    const current = currentVersion(layer);
    const n = pinned.get(layer.id);
    const used = n === undefined ? undefined : layer.versions.find((v) => v.version === n);
    if (recorded === null) {
      if (current) out.load.push({ layer, version: current });
      continue;
    }
    if (used) out.load.push({ layer, version: used });
    if (current && current.version !== used?.version)
      out.stale.push({ layer, used: used?.version ?? null, current });
  }
  return out;
}
