// npm run fuzz [-- --runs N] [-- --seed S]: the fuzz properties of __tests__/robustness-fuzz.test.ts
// run N times in all (default 100,000) from seed S (default a fresh one, printed first), so that a
// failure can be replayed with the seed it prints. Exits with jest's status.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';

const args = process.argv.slice(2);
const valueOf = (flag, fallback) => {
  const at = args.indexOf(flag);
  if (at < 0) return fallback;
  const value = Number(args[at + 1]);
  if (!Number.isSafeInteger(value) || value < 1) {
    console.error(`fuzz: ${flag} takes a positive whole number, got ${args[at + 1] ?? 'nothing'}`);
    process.exit(2);
  }
  return value;
};
const runs = valueOf('--runs', 100_000);
const seed = valueOf('--seed', Math.floor(Math.random() * 0x7fffffff) + 1);
console.log(`fuzz: ${runs} cases from seed ${seed} (replay: npm run fuzz -- --runs ${runs} --seed ${seed})`);

const jest = createRequire(import.meta.url).resolve('jest/bin/jest');
const { status } = spawnSync(process.execPath, [jest, '__tests__/robustness-fuzz.test.ts'], {
  stdio: 'inherit',
  env: { ...process.env, KHABAR_FUZZ_RUNS: String(runs), KHABAR_FUZZ_SEED: String(seed) },
});
process.exit(status ?? 1);
