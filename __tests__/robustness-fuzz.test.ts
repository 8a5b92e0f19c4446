// Fuzzing every export with hostile text (support/hostile-text.ts) against the invariants of
// support/fuzz-properties.ts. In `npm test` a few thousand cases from a fixed seed, so a run is
// repeatable; `npm run fuzz` (scripts/fuzz.mjs) sets KHABAR_FUZZ_RUNS and KHABAR_FUZZ_SEED for a
// long run from a fresh seed. A failure prints fast-check's report: the seed, the path and the shrunk
// input; `npm run fuzz -- --seed S --runs N` replays it.
import fc from 'fast-check';
import { FUZZ_PROPERTIES } from './support/fuzz-properties';

const LONG_RUN = process.env.KHABAR_FUZZ_RUNS !== undefined;
const TOTAL_RUNS = LONG_RUN ? Number(process.env.KHABAR_FUZZ_RUNS) : 3000;
const SEED = process.env.KHABAR_FUZZ_SEED !== undefined ? Number(process.env.KHABAR_FUZZ_SEED) : 20_2026;

const tally = { cases: 0, failures: 0, started: performance.now() };

describe(`fuzzing every export (${TOTAL_RUNS} cases, seed ${SEED})`, () => {
  test.each(FUZZ_PROPERTIES.map((p, k) => [p.name, p, k] as const))(
    '%s',
    (_name, { property, share }, k) => {
      // each property its own seed, derived from the one printed, so one can be replayed alone
      const details = fc.check(property, { numRuns: Math.max(1, Math.round(TOTAL_RUNS * share)), seed: SEED + k });
      tally.cases += details.numRuns;
      if (details.failed) {
        tally.failures++;
        throw new Error(`${fc.defaultReportMessage(details)}\n(fuzz seed ${SEED}: property ${k} ran with seed ${SEED + k})`);
      }
    },
    LONG_RUN ? 24 * 3_600_000 : 120_000,
  );

  afterAll(() => {
    if (!LONG_RUN) return;
    const seconds = ((performance.now() - tally.started) / 1000).toFixed(1);
    process.stdout.write(`\nfuzz: ${tally.cases} cases in ${seconds} s, ${tally.failures} failing properties (seed ${SEED})\n`);
  });
});
