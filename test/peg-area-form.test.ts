// A PEG action whose territory is an area drawn on the map (guide §3.1, §3.2): the staff form's
// fields → pegFormObject → validatePegAction, and the server check that the area lies in the
// district. The Cumbal square is inside the Resguardo Indígena de Cumbal (shared source file
// etnicos/resguardos_ant_muestra_narino_cauca_putumayo.geojson), in municipio 52227.
import type { Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { AREA_UNREADABLE, validatePegAction } from '../src/lib/domain/peg-action';
import { areaOutsideDistrict } from '../src/lib/server/area-in-district';
import { pegFormObject } from '../src/lib/server/forms/peg-form';

const DISTRICT = ['52227', '52356']; // Cumbal, Ipiales

const square = (x: number, y: number, h: number): Polygon => ({
  type: 'Polygon',
  coordinates: [
    [
      [x - h, y - h],
      [x + h, y - h],
      [x + h, y + h],
      [x - h, y + h],
      [x - h, y - h]
    ]
  ]
});
const CUMBAL = square(-77.8305, 0.8265, 0.003);

function form(fields: Record<string, string>, municipios: string[] = []): FormData {
  const f = new FormData();
  const base: Record<string, string> = {
    component: 'minero',
    hito: 'Formalización',
    action: 'Capacitación en buenas prácticas mineras',
    entity: 'Agencia Nacional de Minería',
    contact: 'Laura Gómez',
    email: 'laura.gomez@anm.gov.co',
    indicator: 'Unidades capacitadas',
    start_date: '2027-02-01',
    impact: 'Menos accidentes',
    level: 'municipal'
  };
  for (const [k, v] of Object.entries({ ...base, ...fields })) f.set(k, v);
  for (const m of municipios) f.append('municipios', m);
  return f;
}

const check = (f: FormData) => validatePegAction(pegFormObject(f), DISTRICT);

describe('pegFormObject: the drawn area of a PEG action', () => {
  it('a valid drawn area is the territory, and ticked municipios are left out', () => {
    const r = check(form({ territorio: 'area', area: JSON.stringify(CUMBAL) }, ['52356']));
    if (!r.ok) throw new Error(JSON.stringify(r.errors));
    expect(r.value.territory).toStrictEqual({ municipios: [], area: CUMBAL });
  });

  it('with «Municipios del distrito» chosen, a leftover area is ignored', () => {
    const r = check(form({ territorio: 'municipios', area: JSON.stringify(CUMBAL) }, ['52227']));
    if (!r.ok) throw new Error(JSON.stringify(r.errors));
    expect(r.value.territory).toStrictEqual({ municipios: ['52227'], area: null });
  });

  it('malformed JSON in the hidden field is a Spanish error on the territory only', () => {
    const r = check(form({ territorio: 'area', area: '{"type":"Polygon","coordinates":[[' }));
    if (r.ok) throw new Error('expected an error');
    expect(r.errors).toStrictEqual({ territory: AREA_UNREADABLE });
    expect(AREA_UNREADABLE).toMatch(/no es GeoJSON válido/);
  });

  it('JSON that is not an object (a number) is refused the same way', () => {
    const r = check(form({ territorio: 'area', area: '42' }));
    expect(r.ok ? null : r.errors.territory).toBe(AREA_UNREADABLE);
  });

  it('a self-intersecting polygon (bow tie) is refused', () => {
    const bowtie = {
      type: 'Polygon',
      coordinates: [
        [
          [-77.84, 0.82],
          [-77.81, 0.84],
          [-77.81, 0.82],
          [-77.84, 0.83],
          [-77.84, 0.82]
        ]
      ]
    };
    const r = check(form({ territorio: 'area', area: JSON.stringify(bowtie) }));
    expect(r.ok ? null : r.errors.territory).toBe('El polígono se corta a sí mismo.');
  });

  it('a polygon outside Colombia is refused, naming the position', () => {
    const r = check(form({ territorio: 'area', area: JSON.stringify(square(-60, 0.8, 0.01)) }));
    expect(r.ok ? null : r.errors.territory).toMatch(/\[-60\.01, 0\.79\] está fuera de Colombia/);
  });

  it('«Área dibujada» chosen without drawing asks for the area', () => {
    const r = check(form({ territorio: 'area', area: '' }, ['52227']));
    expect(r.ok ? null : r.errors).toStrictEqual({
      territory: 'Dibuje en el mapa el área donde se ejecuta la acción.'
    });
  });
});

describe('areaOutsideDistrict: the drawn area lies in the district', { timeout: 60_000 }, () => {
  it('a square inside Cumbal passes', async () => {
    expect(await areaOutsideDistrict(CUMBAL, DISTRICT)).toBeNull();
  });

  it('a square in Segovia (Antioquia) is outside the Nariño district', async () => {
    expect(await areaOutsideDistrict(square(-74.7, 7.1, 0.02), DISTRICT)).toBe(
      'El área dibujada está fuera del distrito: dibújela sobre sus municipios.'
    );
  });

  it('the same Cumbal square is outside a district of Ipiales alone', async () => {
    expect(await areaOutsideDistrict(CUMBAL, ['52356'])).toMatch(/fuera del distrito/);
  });
});
