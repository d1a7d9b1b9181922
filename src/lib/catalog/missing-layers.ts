// Official layers that decide a delimitation and are not bundled.
import type { MissingLayer } from './layer-types';

/** Official layers that decide a delimitation but could not be bundled: users import them. */
export const MISSING_LAYERS: readonly MissingLayer[] = [
  {
    id: 'runap',
    title: 'Polígonos de áreas protegidas RUNAP / SINAP (cobertura nacional)',
    kind: 'ambiental',
    producer: 'Parques Nacionales Naturales de Colombia (RUNAP)',
    where: 'Descarga oficial de RUNAP'
  },
  {
    id: 'titulos_anm',
    title: 'Títulos y solicitudes mineras (capa TMIN19ANMIMULKV1)',
    kind: 'minero',
    producer: 'Agencia Nacional de Minería (AnnA Minería)',
    where: 'Geovisor / datos abiertos de AnnA Minería'
  },
  {
    id: 'resguardos_nacional',
    title: 'Resguardos indígenas (cobertura nacional)',
    kind: 'étnico',
    producer: 'Agencia Nacional de Tierras (ANT)',
    where: 'Datos abiertos de la ANT'
  },
  {
    id: 'consejos_comunitarios',
    title: 'Títulos colectivos de comunidades negras (consejos comunitarios)',
    kind: 'étnico',
    producer: 'Agencia Nacional de Tierras (ANT)',
    where: 'Datos abiertos de la ANT'
  },
  {
    id: 'zomac',
    title: 'Municipios ZOMAC (Decreto 1650 de 2017, 344 municipios)',
    kind: 'ordenamiento',
    producer: 'Ministerio de Hacienda / ART',
    where: 'Anexo del Decreto 1650 de 2017'
  },
  {
    id: 'paramos',
    title: 'Páramos delimitados',
    kind: 'ambiental',
    producer: 'Ministerio de Ambiente / Instituto Humboldt',
    where: 'Descarga oficial de MinAmbiente o SIAC'
  },
  {
    id: 'reserva_ley2',
    title: 'Reserva Forestal de Ley 2ª de 1959',
    kind: 'ambiental',
    producer: 'Ministerio de Ambiente y Desarrollo Sostenible',
    where: 'Descarga oficial de MinAmbiente o SIAC'
  },
  {
    id: 'frontera_agricola',
    title: 'Frontera agrícola nacional',
    kind: 'ordenamiento',
    producer: 'UPRA',
    where: 'SIPRA (UPRA)'
  }
];
