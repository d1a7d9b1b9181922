// Vitest's onUnhandledError: every unhandled error of a run is appended, whole (type, message,
// stack, the file it happened in), to test-results/unhandled-errors.txt, and still fails the run.
// scripts/test.sh prints that file last when a suite fails, so a CI log that keeps only its tail
// still shows the error itself and not just the line naming its test file.
import { appendFileSync, mkdirSync } from 'node:fs';

const UNHANDLED_FILE = 'test-results/unhandled-errors.txt';

/** What vitest hands over: an Error or its serialised TestError. */
interface Unhandled {
  type?: string;
  name?: string;
  message?: string;
  stack?: string;
  cause?: unknown;
  VITEST_TEST_PATH?: string;
}

export function recordUnhandled(error: Unhandled): void {
  try {
    mkdirSync('test-results', { recursive: true });
    const where = error.VITEST_TEST_PATH ? ` (en ${error.VITEST_TEST_PATH})` : '';
    const cause = error.cause ? `\ncausa: ${String(error.cause)}` : '';
    appendFileSync(
      UNHANDLED_FILE,
      `» ${error.type ?? 'Error'}${where}: ${error.name ?? 'Error'}: ${error.message ?? ''}\n${error.stack ?? ''}${cause}\n\n`
    );
  } catch {
    // Recording is best effort: the run reports the error anyway.
  }
}
