// Any name or text interpolated into SQL as a quoted identifier or a standard string literal
// (DuckDB's '…' strings take no backslash escapes: doubling the quote is the whole escape).
export const quoteIdentifier = (name: string) => `"${name.replaceAll('"', '""')}"`;

export const quoteLiteral = (text: string) => `'${text.replaceAll("'", "''")}'`;
