// What the follow-up dashboard shows (guide §5): each approved PEG action with its light today
// and its reports, the counts by component and by entity, the next district session the
// instrument prepares, and the map of actions by municipio.
import type { CalendarDate } from '../domain/calendar-date';
import { dueQuarter } from '../domain/plan-quarter';
import type { FollowUpRow, ReportView } from '../domain/model/follow-up';
import { actionLight, evaluateReport } from '../domain/progress-light';
import { lightStack } from '../charts/light-stack';
import { actionsByMunicipio } from '../geo/actions-by-municipio';
import { followUpMap } from './follow-up-map';
import { municipioNames } from './municipio-names';
import { municipioShapes } from './municipio-shapes';
import { nextFollowUpSession } from './next-follow-up-session';
import { stores } from './store/open-store';

export async function followUpView(
  district: { id: string; municipios: string[] },
  today: CalendarDate
) {
  const names = municipioNames();
  const actions = (await stores().peg.list(district.id)).filter((a) => a.status === 'aprobada');
  const reports = await stores().progress.list(district.id);
  const rows = actions.map((a): FollowUpRow => {
    const own = reports.filter((r) => r.action_id === a.id);
    return {
      id: a.id,
      component: a.component,
      entity: a.entity,
      hito: a.hito,
      action: a.action,
      indicator: a.indicator,
      baseline: a.baseline,
      targets: a.targets,
      start_date: a.start_date,
      territory: a.territory.area
        ? 'Área dibujada'
        : a.territory.municipios.map((c) => names.get(c) ?? c).join(', '),
      now: actionLight(a, own, today),
      reports: own
        .map((r): ReportView => ({ ...r, evaluation: evaluateReport(a, r.quarter, r.value) }))
        .reverse()
    };
  });
  const shapes = municipioShapes(district.municipios);
  const reach = actionsByMunicipio(
    actions,
    shapes.filter((s) => s.inDistrict)
  );
  return {
    quarter: dueQuarter(today),
    rows,
    entities: [...new Set(actions.map((a) => a.entity))].sort((a, b) => a.localeCompare(b, 'es')),
    byComponent: lightStack(rows.map((r) => ({ key: r.component, light: r.now.light }))),
    byEntity: lightStack(rows.map((r) => ({ key: r.entity, light: r.now.light }))),
    session: await nextFollowUpSession(district.id, today),
    map: shapes.length ? followUpMap(shapes, reach) : null,
    reach: [...reach].map(([code, ids]) => ({ code, name: names.get(code) ?? code, ids }))
  };
}

export type FollowUpView = Awaited<ReturnType<typeof followUpView>>;
