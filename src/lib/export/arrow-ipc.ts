// Typed column specs → Arrow IPC stream bytes (deterministic for the same input): the bundled
// layers (npm run build-data) and the team library use the same encoder.
import {
  Float64,
  Int32,
  Table,
  Utf8,
  tableToIPC,
  vectorFromArray,
  type Vector
} from 'apache-arrow';

export type Column =
  | { type: 'utf8'; values: (string | null)[] }
  | { type: 'f64'; values: (number | null)[] }
  | { type: 'i32'; values: (number | null)[] };

export function arrowIpc(columns: Record<string, Column>): Uint8Array {
  const vectors = Object.fromEntries(
    Object.entries(columns).map(([name, col]) => {
      const type =
        col.type === 'utf8' ? new Utf8() : col.type === 'f64' ? new Float64() : new Int32();
      return [name, vectorFromArray(col.values, type) as Vector];
    })
  );
  return tableToIPC(new Table(vectors), 'stream');
}
