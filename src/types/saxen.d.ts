// Types for saxen (a SAX XML parser that ships none): only what the workbook check uses.
declare module 'saxen' {
  export class Parser {
    constructor(options?: { proxy?: boolean });
    on(event: 'error' | 'warn', handler: (err: Error) => void): this;
    parse(xml: string): Error | undefined;
  }
}
