// DANE municipio codes are 5-character text: department (2) + municipio (3), leading zeros kept.
export const DANE_CODE = /^\d{5}$/;
