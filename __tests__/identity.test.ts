// Same answers: the built library's output on every fixture, devset article and bench article must
// hash to identity-digests.txt (scripts/check-identical.mjs). A change meant to alter nothing, a
// speed-up, passes without touching that file; a change that alters outputs must rewrite it
// (`npm run identity:update`), and its diff names the outputs it changed.
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

const root = join(__dirname, '..');

test('every output hashes to identity-digests.txt', () => {
  let report = '';
  try {
    report = execFileSync(process.execPath, [join(root, 'scripts/check-identical.mjs'), 'digests'], { cwd: root, encoding: 'utf8', stdio: 'pipe' });
  } catch (error) {
    const { stdout, stderr } = error as { stdout: string; stderr: string };
    throw new Error(`outputs differ from identity-digests.txt (npm run identity:update if the change is meant):\n${stdout}${stderr}`);
  }
  expect(report).toMatch(/^\d+ outputs match identity-digests.txt/);
}, 300_000);
