// Repositories and licence wordings the catalog entries share.
export const MGN = {
  repository: 'caticoa3/colombia_mapa',
  path: 'colombia_2018.topojson',
  commit: 'a3e2a52aa2672f46fd222f2e06333a4ffd877a8b',
  raw: 'municipios/colombia_2018_mgn_detail.topojson'
};
export const IRV = {
  repository: 'odpiobservatorio/odpiobservatorio.github.io',
  path: 'GIS/layers/IRV-2022.js',
  commit: '7e68ec626cb28570f52f4b1e36d4426fec8bc456',
  raw: 'pdet_zomac/pdet_municipios_irv2022.csv'
};
/** Repositories that committed the official downloads (sources/SOURCES.md, «A» and «B»). */
export const OTLS = {
  repository: 'andresmosqueraw/orquestador-otls',
  commit: '2ad9b8cd7bc30d0515eed4ecf9f9f76d76ecbfec'
};
export const CAQUETA_STUDY = {
  repository: 'NataliaGHz/Calculo_deforestaci-n',
  commit: '52c43b17e4a8bb491aa863c20cddc5bdc9591e90'
};
export const OPEN_DATA = (who: string) =>
  `No declarada en el repositorio (datos abiertos de ${who})`;
export const CLIPPED =
  'Recorte regional hecho por un tercero (autor del repositorio) en el límite de Caquetá: las áreas que cruzan el límite quedan cortadas y el área oficial registrada es la del área completa; no es cobertura nacional ni sirve para concluir ausencia fuera de Caquetá.';
export const DANE_LICENSE =
  'Datos de DANE (CC BY 4.0 según términos de DANE); el repositorio no declara licencia';
