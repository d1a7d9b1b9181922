// A file that cannot be imported: a Spanish message that names the file and what is wrong.
export class ImportError extends Error {
  constructor(
    readonly file: string,
    readonly detail: string
  ) {
    super(`«${file}»: ${detail}`);
    this.name = 'ImportError';
  }
}

/** One file as the user gave it (picked, dropped, or read from disk by the CLI). */
export interface InputFile {
  name: string;
  bytes: Uint8Array;
}

export const extensionOf = (name: string) => /\.([^./\\]+)$/.exec(name)?.[1]?.toLowerCase() ?? '';
export const baseName = (name: string) => name.split(/[/\\]/).pop() ?? name;
