// Folder of the bundled data files served by the app (ATLAS_DATA_DIR, default ./data).
import { resolve } from 'node:path';

export const dataDir = (): string => resolve(process.env.ATLAS_DATA_DIR ?? 'data');
