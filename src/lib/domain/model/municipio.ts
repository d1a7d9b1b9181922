// A bundled municipio as the district page searches and frames it.

export interface DirectoryEntry {
  code: string;
  name: string;
  department: string;
  pdet: string | null;
  bbox: [number, number, number, number];
}
