// An import the worker refused: its Spanish message, and whether naming a coordinate system would
// let the same files be read (a shapefile without .prj in metres).
export class ImportFailure extends Error {
  constructor(
    message: string,
    readonly needsCrs: boolean
  ) {
    super(message);
    this.name = 'ImportFailure';
  }
}
