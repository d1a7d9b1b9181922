// The Arrow IPC encoder lives in src/lib/export/arrow-ipc.ts, shared with the team library.
export { arrowIpc, type Column } from '../../src/lib/export/arrow-ipc';
