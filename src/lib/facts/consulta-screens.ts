// The consulta previa pre-screen of some areas from the overlay engine's hits: one screen per area
// (screenConsulta, with what official records file under each) and the screen of their union
// (districtScreen). The district page, the command
// line and the server's PEG screening all read their screens from here.
import { screenConsulta, type ConsultaScreen } from '../domain/consulta-previa-screen';
import { districtScreen } from '../domain/district-screen';
import type { AreaHits } from '../geo/area-hits';
import type { CodedRecordHit } from './record-hits';

export interface ConsultaScreens {
  screens: ConsultaScreen[];
  district: ConsultaScreen;
}

export function consultaScreens(
  hits: Readonly<Record<string, AreaHits>>,
  ids: readonly string[],
  bufferKm: number,
  district: { id: string; areaHa: number },
  records: readonly CodedRecordHit[] = []
): ConsultaScreens {
  const screens = ids.map((c) =>
    screenConsulta(
      c,
      hits[c]!.overlaps,
      hits[c]!.near,
      bufferKm,
      records.filter((r) => r.code === c)
    )
  );
  return { screens, district: districtScreen(district.id, screens, district.areaHa) };
}
