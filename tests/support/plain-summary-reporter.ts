// Ends every test run with one plain line, "N passed, N failed, N skipped", that any CI log reader
// understands, whatever the default reporter prints above it. A test file that could not even load
// (a missing package, a syntax error) has no tests to count, so it is named on the line too: otherwise
// the run would read "0 failed" while nothing ran. The same goes for a run that failed outside any test
// file (the global setup's build of the site fixture, for one): the line says the run failed.
import type { Reporter, SerializedError, TestModule, TestRunEndReason } from 'vitest/node';

export default class PlainSummaryReporter implements Reporter {
  onTestRunEnd(
    testModules: ReadonlyArray<TestModule>,
    unhandledErrors: ReadonlyArray<SerializedError>,
    reason: TestRunEndReason,
  ): void {
    const counts = { passed: 0, failed: 0, skipped: 0 };
    let brokenFiles = 0;
    for (const testModule of testModules) {
      if (testModule.errors().length > 0) brokenFiles++;
      for (const test of testModule.children.allTests()) {
        const state = test.result().state;
        if (state === 'passed') counts.passed++;
        else if (state === 'failed') counts.failed++;
        else counts.skipped++;
      }
    }
    const extra = [
      brokenFiles > 0 ? `${brokenFiles} test files failed to run` : '',
      unhandledErrors.length > 0 ? `${unhandledErrors.length} unhandled errors` : '',
    ].filter(Boolean);
    if (reason === 'failed' && counts.failed === 0 && extra.length === 0)
      extra.push('run failed (see the error above)');
    console.log(
      `\n${[`${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped`, ...extra].join(', ')}`,
    );
  }
}
