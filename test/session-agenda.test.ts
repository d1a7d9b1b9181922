// The agendas the guide sets for the mesas' sessions (§2.2.2.1, §2.2.2.2, §2.2.2.3 for the district
// mesa, §2.1.2 for the MTIN plenary, §2.3.4 for thematic and zonal mesas). Expected items are read
// from the guide's text, not from the code.
import { describe, expect, it } from 'vitest';
import { sessionAgenda, type SessionAgenda } from '../src/lib/domain/session-agenda';

const district = (number: number, consulta: boolean | null = null) =>
  sessionAgenda({ mesa: 'distrital', kind: 'ordinaria', number }, consulta);
const titles = (a: SessionAgenda) => a.items.map((i) => i.title);
const CONSULTA = 'Seguimiento a los avances en el marco de la consulta previa';

describe('§2.2.2.1 agenda of the district mesa, first session', () => {
  const a = district(1);

  it('has the guide’s eleven items, from the installation to «Varios y cierre»', () => {
    expect(a.section).toBe('§2.2.2.1');
    expect(a.items).toHaveLength(11);
    expect(a.items[0]!.title).toBe('Instalación de la mesa');
    expect(a.items.at(-1)!.title).toBe('Varios y cierre del espacio');
  });

  it('the minister (or delegate) installs the mesa; UPME presents the diagnóstico', () => {
    expect(a.items[0]!.lead).toMatch(/ministra\(o\) de Minas y Energía o su delegada/);
    const diagnostico = a.items.find((i) => /diagnóstico/i.test(i.title));
    expect(diagnostico?.lead).toContain('UPME');
  });

  it('the internal rules are explained before they are approved', () => {
    const t = titles(a);
    const explained = t.findIndex((x) => /reglamento interno/.test(x) && /roles/.test(x));
    const approved = t.indexOf('Aprobación del reglamento interno');
    expect(explained).toBeGreaterThanOrEqual(0);
    expect(approved).toBe(explained + 1);
  });

  it('each entity gets 5 minutes for its institutional offer', () => {
    const offer = a.items.find((i) => /oferta institucional/.test(i.title));
    expect(offer?.lead).toContain('5 minutos');
  });
});

describe('§2.2.2.2 agenda of the district mesa, second session', () => {
  const a = district(2);

  it('presents the thematic and zonal conclusions, then presents and validates the PEG', () => {
    expect(a.section).toBe('§2.2.2.2');
    const t = titles(a);
    const conclusions = t.findIndex((x) => /conclusiones de las mesas temáticas/.test(x));
    const presented = t.findIndex((x) => /^Presentación del Plan Estratégico/.test(x));
    const validated = t.findIndex((x) => /^Validación del Plan Estratégico/.test(x));
    expect(conclusions).toBeGreaterThan(0);
    expect(presented).toBe(conclusions + 1);
    expect(validated).toBe(presented + 1);
    expect(a.items).toHaveLength(6);
  });

  it('the thematic delegates speak for at most 10 minutes', () => {
    expect(a.items[2]!.lead).toContain('10 minutos');
  });
});

describe('§2.2.2.3 agenda of the third and later sessions', () => {
  it('includes the consulta previa follow-up where DANCP determined it', () => {
    const a = district(3, true);
    expect(a.section).toBe('§2.2.2.3');
    const item = a.items.find((i) => i.title === CONSULTA);
    expect(item).toBeDefined();
    expect(item!.condition).toBeUndefined();
    expect(titles(a).indexOf(CONSULTA)).toBe(2);
  });

  it('leaves it out where DANCP did not', () => {
    const a = district(5, false);
    expect(titles(a)).not.toContain(CONSULTA);
    expect(a.items).toHaveLength(4);
    expect(titles(a)).toContain('Seguimiento a la implementación del plan estratégico de gestión');
  });

  it('keeps it with its condition when the determination is not recorded', () => {
    const item = district(4, null).items.find((i) => i.title === CONSULTA);
    expect(item?.condition).toMatch(/DANCP/);
  });
});

describe('agendas of the other mesas (§2.1.2, §2.3.4) and extraordinary sessions', () => {
  it('§2.1.2 MTIN plenary: deliberation, decisions, closing with commitments', () => {
    const a = sessionAgenda({ mesa: 'mtin', kind: 'ordinaria', number: 1 }, null);
    expect(a.section).toBe('§2.1.2');
    expect(titles(a)).toHaveLength(3);
    expect(titles(a)[2]).toMatch(/compromisos y responsables/);
    expect(a.note).toMatch(/Secretaría Técnica/);
  });

  it('§2.3.4 thematic and zonal mesas choose two representatives', () => {
    const a = sessionAgenda({ mesa: 'tematica', kind: 'ordinaria', number: 2 }, true);
    expect(a.section).toBe('§2.3.4');
    expect(titles(a).some((t) => /dos representantes/.test(t))).toBe(true);
    expect(titles(a).at(-1)).toMatch(/^Plenaria/);
  });

  it('an extraordinary session has no fixed agenda', () => {
    for (const mesa of ['mtin', 'distrital', 'tematica'] as const) {
      const a = sessionAgenda({ mesa, kind: 'extraordinaria', number: 1 }, true);
      expect(a).toEqual({ section: null, items: [], note: null });
    }
  });
});
