// How presence from an official record (no polygon) reads in screens and documents: what the
// register says, and that the overlap was not measured — never an invented area.
import { esHa } from './anexo2-format';
import type { EthnicRecord } from './consulta-previa-screen';

export const RECORD_CAVEAT =
  'el registro de la ANT nombra un solo municipio por resguardo y no trae polígono: el traslape no se mide, y un resguardo que abarca varios municipios aparece solo donde se registró';

export function recordEvidenceText(r: EthnicRecord): string {
  const parts = [
    'registrado por la ANT en el municipio',
    r.recorded_ha === null ? null : `área registrada ${esHa(r.recorded_ha)}`,
    r.act,
    r.filed_as ? `ubicado por el nombre «${r.filed_as}»` : null
  ].filter(Boolean);
  return `${parts.join(', ')}; traslape sin medir (sin polígono)`;
}
