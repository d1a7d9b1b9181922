// Which team layer versions a district page loads (issue 20, «Everyone uses the same version»):
// the versions a saved district or permalink recorded, retired or not, so any browser gives the
// same numbers; the current ones when nothing was recorded; and every layer whose current
// version differs from the recorded one, to offer a re-screen.
import { describe, expect, test } from 'vitest';
import {
  chooseTeamVersions,
  type TeamLayerListing,
  type TeamVersionInfo
} from '../src/lib/domain/team-layer-choice';
import { districtQuery, readDistrictQuery } from '../src/lib/state/district-url';
import { validatePatch } from '../src/lib/server/store/validate-district';

const v = (version: number, retired = false): TeamVersionInfo => ({
  version,
  producer: 'ANT',
  cutoff: `2026-0${version}-01`,
  licence: null,
  file_name: 'resguardos.zip',
  data_sha256: `sha${version}`,
  data_size: 10,
  feature_count: 1,
  retired_at: retired ? '2026-10-01T00:00:00Z' : null
});
const layer = (id: string, versions: TeamVersionInfo[]): TeamLayerListing => ({
  id,
  title: id,
  kind: 'étnico',
  key_field: 'NOMBRE',
  versions
});
const resguardos = layer('resguardos-ant', [v(1), v(2), v(3, true)]);
const titulos = layer('titulos-anm', [v(1)]);
const loaded = (c: ReturnType<typeof chooseTeamVersions>) =>
  c.load.map((x) => `${x.layer.id}@${x.version.version}`);

describe('chooseTeamVersions', () => {
  test('nothing recorded: the current (latest live) version of every layer, none stale', () => {
    const c = chooseTeamVersions([resguardos, titulos], null);
    expect(loaded(c)).toEqual(['resguardos-ant@2', 'titulos-anm@1']);
    expect(c.stale).toEqual([]);
  });

  test('recorded versions load as recorded, a retired one too; newer and absent ones are stale', () => {
    const c = chooseTeamVersions([resguardos, titulos], ['equipo:resguardos-ant@3']);
    expect(loaded(c)).toEqual(['resguardos-ant@3']);
    expect(c.stale.map((s) => [s.layer.id, s.used, s.current.version])).toEqual([
      ['resguardos-ant', 3, 2],
      ['titulos-anm', null, 1]
    ]);
    expect(c.missing).toEqual([]);
  });

  test('an empty record means "no team layer": nothing loads, the existing ones are offered', () => {
    const c = chooseTeamVersions([titulos], []);
    expect(c.load).toEqual([]);
    expect(c.stale.map((s) => s.layer.id)).toEqual(['titulos-anm']);
  });

  test('unknown layers, versions and malformed references are missing, not fatal', () => {
    const c = chooseTeamVersions(
      [resguardos],
      ['equipo:resguardos-ant@9', 'equipo:otra@1', 'equipo:sin-version', 'basura']
    );
    expect(c.load).toEqual([]);
    expect(c.missing.sort()).toEqual(
      ['basura', 'equipo:otra@1', 'equipo:resguardos-ant@9', 'equipo:sin-version'].sort()
    );
  });
});

describe('the recorded versions travel with the district', () => {
  test('permalink: equipo=<id>@<n> round trip', () => {
    const settings = {
      buffer_km: 5,
      sliver_ha: 50,
      sliver_pct: 1,
      layers: [],
      criteria: [],
      team_layers: ['equipo:resguardos-ant@2', 'equipo:titulos-anm@1']
    };
    const text = districtQuery(['05736'], settings);
    expect(text).toContain('equipo=resguardos-ant@2,titulos-anm@1');
    expect(readDistrictQuery(new URLSearchParams(text)).settings.team_layers).toEqual(
      settings.team_layers
    );
  });

  test('the districts API keeps exact versions and refuses anything else', () => {
    const known = new Set(['05736']);
    const ok = validatePatch({ ajustes: { team_layers: ['equipo:resguardos-ant@2'] } }, known);
    expect(ok).toEqual({
      ok: true,
      value: { patch: { settings: { team_layers: ['equipo:resguardos-ant@2'] } } }
    });
    for (const bad of [
      ['equipo:resguardos-ant'],
      ['resguardos-ant@2'],
      ['equipo:a@1', 'equipo:a@2'],
      'equipo:a@1',
      [7]
    ]) {
      const r = validatePatch({ ajustes: { team_layers: bad } }, known);
      expect(r.ok ? 'aceptado' : r.error).toMatch(/ajustes\.team_layers/);
    }
  });
});
