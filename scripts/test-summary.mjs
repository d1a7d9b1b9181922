// Prints one line per Vitest JSON report given (as LABEL=FILE, or FILE), then the closing line CI
// reads: "N passed, N failed" over all of them. A report that is missing (its run died before
// writing it) counts as a failure.
import { existsSync, readFileSync } from 'node:fs';
import { basename } from 'node:path';

let passed = 0;
let failed = 0;
let missing = 0;
console.log('');
for (const arg of process.argv.slice(2)) {
  const at = arg.indexOf('=');
  const [label, file] =
    at < 0 ? [basename(arg, '.json'), arg] : [arg.slice(0, at), arg.slice(at + 1)];
  if (!existsSync(file)) {
    missing++;
    console.log(`  ${label}: sin informe (${file}); la corrida no terminó`);
    continue;
  }
  const r = JSON.parse(readFileSync(file, 'utf8'));
  passed += r.numPassedTests;
  failed += r.numFailedTests;
  const ends = (r.testResults ?? []).map((t) => t.endTime).filter(Number.isFinite);
  const minutes = ends.length
    ? ` en ${((Math.max(...ends) - r.startTime) / 60_000).toFixed(1)} min`
    : '';
  console.log(
    `  ${label}: ${r.numPassedTests} correctas, ${r.numFailedTests} fallidas, ${r.numPendingTests} omitidas${minutes}`
  );
}
console.log(`\n${passed} passed, ${failed + missing} failed`);
process.exit(failed + missing > 0 || passed === 0 ? 1 : 0);
