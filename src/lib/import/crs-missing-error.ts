// A shapefile with no .prj whose coordinates are not degrees: only the user can say which system
// they are in (the import form offers a choice, the CLI takes --crs); nothing is guessed.
import { ImportError } from './import-error';

export class CrsMissingError extends ImportError {
  constructor(file: string) {
    super(file, 'no trae .prj y sus coordenadas no son grados: indique el sistema de coordenadas.');
  }
}
