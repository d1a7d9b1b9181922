// Properties of a municipio in the map's boundary tiles.
export interface MunicipioProps {
  code: string;
  name: string;
  department: string;
  pdet?: string | null;
}
