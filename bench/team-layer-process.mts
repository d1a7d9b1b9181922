// The team layer benchmark in a process of its own, as the server runs the upload and the
// re-screen: the rest of `npm run bench` leaves a heap of hundreds of MB (the 253-million-pixel
// raster) that a server would not carry. Prints the results as JSON.
import { teamLayerBench } from './team-layer-bench.ts';

process.stdout.write(`${JSON.stringify(await teamLayerBench())}\n`);
