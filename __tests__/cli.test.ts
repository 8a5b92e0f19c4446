// Runs the built binary (packages/khabar-cli/dist/khabar.js) as a user would, in a subprocess. Needs `npm run build`
// first (npm test does it). Every run has a timeout, so a hung CLI fails its test instead of the suite.
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { closeSync, cpSync, createWriteStream, existsSync, mkdirSync, mkdtempSync, openSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { extract, validate } from '../src/index';
import { seedArticles } from './helpers';

const ROOT = join(__dirname, '..');
const CLI_PACKAGE = join(ROOT, 'packages', 'khabar-cli');
const BIN = join(CLI_PACKAGE, 'dist', 'khabar.js');
const TIMEOUT_MS = 30_000;

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

function khabar(args: string[], options: { input?: string | Buffer; bin?: string; cwd?: string } = {}): Run {
  const result = spawnSync(process.execPath, [options.bin ?? BIN, ...args], {
    input: options.input ?? '',
    cwd: options.cwd ?? ROOT,
    encoding: 'utf8',
    timeout: TIMEOUT_MS,
    maxBuffer: 256 * 1024 * 1024,
  });
  if (result.error) throw result.error;
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

const jsonLines = (stdout: string) =>
  stdout
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => JSON.parse(line));

/** Every extraction the CLI prints satisfies the published schema, once the CLI's own `id` or `file` is set aside. */
function expectSchemaValid(results: Record<string, unknown>[]): void {
  for (const { id: _id, file: _file, ...extraction } of results) expect(validate(extraction).errors).toEqual([]);
}

const seeds = seedArticles();
const seedPath = (index: number) => join('fixtures', seeds[index]!.name);

// Our own sentences, not from the seeds.
const PUTIN = 'قال الرئيس الروسي فلاديمير بوتين في موسكو أمس إن 4 آلاف شخص قتلوا.';
const SHOUKRY = 'التقى وزير الخارجية المصري سامح شكري نظيره في القاهرة الجمعة.';
const REFUGEES = 'وصل نحو 30 ألف لاجئ إلى الحدود خلال الأسبوع الماضي.';

const record = (id: unknown, text: string, extra: object = {}) => JSON.stringify({ id, text, ...extra });

let work: string;
beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'khabar-cli-'));
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

function file(name: string, content: string | Buffer): string {
  const path = join(work, name);
  writeFileSync(path, content);
  return path;
}

describe('help, version and usage errors', () => {
  test('--help describes every option and the exit codes, exit 0', () => {
    const run = khabar(['--help']);
    expect(run.status).toBe(0);
    for (const option of ['--html', '--jsonl', '--with-filename', '--reference-date', '--pretty', '--no-shape', '--workers', '--no-progress', '--version', 'Exit status']) {
      expect(run.stdout).toContain(option);
    }
  });
  test("--version prints the version in package.json (khabar-cli's, which is the library's)", () => {
    const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
    expect(JSON.parse(readFileSync(join(CLI_PACKAGE, 'package.json'), 'utf8')).version).toBe(version);
    expect(khabar(['--version'])).toEqual({ status: 0, stdout: `${version}\n`, stderr: '' });
  });
  test.each([
    [['--frobnicate'], 'unknown option --frobnicate'],
    [['--reference-date', '2020-02-30'], '--reference-date must be a date such as 2020-11-16, got "2020-02-30"'],
    [['--reference-date'], '--reference-date needs a value'],
    [['--workers', '0'], '--workers must be a whole number from 1 to 256, got "0"'],
    [['--workers=two'], '--workers must be a whole number from 1 to 256, got "two"'],
    [['--no-shape'], '--no-shape applies to --pretty output only'],
    [['--jsonl', '--no-shape'], '--no-shape applies to --pretty output only'],
    [['--html', 'second.txt'], '--html takes one FILE'],
    [['--html', '--jsonl'], '--html cannot go with --jsonl'],
    [['--pretty', '--html'], '--html cannot go with --pretty'],
    [['--html', '--workers', '2'], '--html cannot go with --workers'],
  ])('%j is a usage error: exit 2, a message, no output', (args, message) => {
    const run = khabar([seedPath(0), ...args]);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe(`khabar: ${message}\nTry 'khabar --help' for more information.\n`);
  });
});

describe('files and stdin', () => {
  test('one file gives the extraction as one JSON document, exactly what extract() returns', () => {
    const run = khabar([seedPath(0)]);
    expect(run.status).toBe(0);
    expect(run.stderr).toBe('');
    expect(JSON.parse(run.stdout)).toEqual(extract(seeds[0]!.text));
  });
  test('stdin, with no FILE or with -, gives the same document', () => {
    const expected = extract(PUTIN);
    expect(JSON.parse(khabar([], { input: PUTIN }).stdout)).toEqual(expected);
    expect(JSON.parse(khabar(['-'], { input: PUTIN }).stdout)).toEqual(expected);
  });
  test('several files give JSON Lines of {"file", ...extraction}, in argument order', () => {
    const paths = [seedPath(2), seedPath(0), seedPath(4)];
    const run = khabar(paths);
    expect(run.status).toBe(0);
    const lines = jsonLines(run.stdout);
    expect(lines.map((line) => line.file)).toEqual(paths);
    expect(lines[1]).toEqual({ file: paths[1], ...extract(seeds[0]!.text) });
    expectSchemaValid(lines);
    expect(Object.keys(lines[0])[0]).toBe('file');
  });
  test('--with-filename gives the JSON Lines shape of several files to a single one', () => {
    const run = khabar(['--with-filename', seedPath(2)]);
    expect(run.stdout.split('\n')).toHaveLength(2);
    expect(JSON.parse(run.stdout)).toEqual({ file: seedPath(2), ...extract(seeds[2]!.text) });
  });
  test('- among files reads stdin in its place', () => {
    const lines = jsonLines(khabar([seedPath(1), '-'], { input: SHOUKRY }).stdout);
    expect(lines.map((line) => line.file)).toEqual([seedPath(1), '-']);
    expect(lines[1].people[0].name).toBe('سامح شكري');
  });
  test('stdin is named - in reports too, as in the output and on the command line', () => {
    const run = khabar([seedPath(1), '-'], { input: Buffer.from([0x41, 0xff]) });
    expect(run.status).toBe(1);
    expect(run.stderr).toBe('khabar: -: not valid UTF-8 (bad byte sequence near byte 1)\n');
  });
  test('--reference-date anchors relative dates', () => {
    const result = JSON.parse(khabar(['--reference-date', '2020-11-16'], { input: PUTIN }).stdout);
    expect(result.reference).toEqual({ value: '2020-11-16', source: 'option' });
    expect(result.dates.find((date: { text: string }) => date.text === 'أمس').value).toBe('2020-11-15');
  });
  test('a missing file and a directory are reported, exit 1, and the other files are still processed', () => {
    const run = khabar([seedPath(0), 'no-such-article.txt', 'fixtures', seedPath(1)]);
    expect(run.status).toBe(1);
    expect(run.stderr).toBe('khabar: no-such-article.txt: no such file\nkhabar: fixtures: is a directory, not a file\n');
    expect(jsonLines(run.stdout).map((line) => line.file)).toEqual([seedPath(0), seedPath(1)]);
  });
  test('a file that is not UTF-8 is reported with where decoding fails, exit 1; the next file still runs', () => {
    const latin1 = file('latin1.txt', Buffer.from('Qatar: café', 'latin1'));
    const run = khabar([latin1, seedPath(3)]);
    expect(run.status).toBe(1);
    expect(run.stderr).toBe(`khabar: ${latin1}: not valid UTF-8 (bad byte sequence near byte 10)\n`);
    expect(jsonLines(run.stdout).map((line) => line.file)).toEqual([seedPath(3)]);
  });
  (existsSync('/dev/full') ? test : test.skip)('an output that cannot be written (a full disk) is reported, exit 1', () => {
    const full = openSync('/dev/full', 'w');
    try {
      const result = spawnSync(process.execPath, [BIN, seedPath(0)], { cwd: ROOT, stdio: ['ignore', full, 'pipe'], encoding: 'utf8', timeout: TIMEOUT_MS });
      expect(result.status).toBe(1);
      expect(result.stderr).toBe('khabar: cannot write the output (ENOSPC: no space left on device, write)\n');
    } finally {
      closeSync(full);
    }
  });
});

describe('--jsonl', () => {
  test('one output line per input line, in input order, each starting with the id', () => {
    const input = [record('a', PUTIN), record(2, SHOUKRY), record('c', REFUGEES)].join('\n') + '\n';
    const run = khabar(['--jsonl'], { input });
    expect(run.status).toBe(0);
    expect(run.stderr).toBe('');
    const lines = jsonLines(run.stdout);
    expect(lines).toEqual([
      { id: 'a', ...extract(PUTIN) },
      { id: 2, ...extract(SHOUKRY) },
      { id: 'c', ...extract(REFUGEES) },
    ]);
    expect(run.stdout.split('\n').every((line) => line === '' || line.startsWith('{"id":'))).toBe(true);
    expectSchemaValid(lines);
  });
  test('a malformed line in the middle is reported with its line number; its neighbours are processed; exit 1', () => {
    const input = [record(1, PUTIN), '{"id": 2, "text": "نص مقطوع', record(3, SHOUKRY)].join('\n');
    const run = khabar(['--jsonl'], { input });
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/^khabar: -:2: not valid JSON \(.+\)\n$/);
    expect(jsonLines(run.stdout).map((line) => line.id)).toEqual([1, 3]);
  });
  test('each kind of bad line gets its own message; blank lines and CRLF endings are fine', () => {
    const lines = [
      record(1, PUTIN),
      '',
      '[1, 2]',
      JSON.stringify({ id: 4 }),
      JSON.stringify({ id: 5, text: 42 }),
      JSON.stringify({ id: { n: 6 }, text: 'نص' }),
      record(7, PUTIN, { referenceDate: 'أمس' }),
      record(8, PUTIN, { referenceDate: 20201116 }),
      '   ',
      record(10, SHOUKRY) + '\r',
    ];
    const input = Buffer.concat([Buffer.from(lines.join('\n') + '\n'), Buffer.from([0x7b, 0xc0, 0x7d, 0x0a])]);
    const run = khabar(['--jsonl'], { input });
    expect(run.status).toBe(1);
    expect(run.stderr.split('\n')).toEqual([
      'khabar: -:3: expected a JSON object such as {"id": 1, "text": "…"}, got an array',
      'khabar: -:4: id 4: "text" is missing',
      'khabar: -:5: id 5: "text" must be a string, got the number 42',
      'khabar: -:6: "id" must be a string or a number, got an object',
      'khabar: -:7: id 7: "referenceDate" must be an ISO 8601 date such as "2020-11-16", got "أمس"',
      'khabar: -:8: id 8: "referenceDate" must be a string such as "2020-11-16", got the number 20201116',
      'khabar: -:11: not valid UTF-8 (bad byte sequence near byte 1)',
      '',
    ]);
    expect(jsonLines(run.stdout).map((line) => line.id)).toEqual([1, 10]);
  });
  test('a line without an id gets "id": null', () => {
    expect(jsonLines(khabar(['--jsonl'], { input: JSON.stringify({ text: SHOUKRY }) }).stdout)[0].id).toBeNull();
  });
  test('ids come back as sent, even numbers a double cannot hold (1e400, 12345678901234567891)', () => {
    const ids = ['1e400', '12345678901234567891', '1.50', '-0', '7', '"\\u0041"'];
    const input = ids.map((id) => `{"text": ${JSON.stringify(SHOUKRY)}, "id": ${id}}`).join('\n');
    const run = khabar(['--jsonl'], { input });
    expect(run.status).toBe(0);
    expect(run.stdout.split('\n').filter(Boolean).map((line) => line.slice(0, line.indexOf(',"people"')))).toEqual(
      ['1e400', '12345678901234567891', '1.50', '-0', '7', '"A"'].map((id) => `{"id":${id}`),
    );
  });
  test("a line's own referenceDate wins over --reference-date", () => {
    const input = [record(1, PUTIN, { referenceDate: '2021-03-01' }), record(2, PUTIN)].join('\n');
    const lines = jsonLines(khabar(['--jsonl', '--reference-date', '2020-11-16'], { input }).stdout);
    expect(lines.map((line) => line.reference.value)).toEqual(['2021-03-01', '2020-11-16']);
  });
  test('FILE arguments are read as JSON Lines one after the other, reported as FILE:LINE', () => {
    const first = file('first.jsonl', [record(1, PUTIN), 'oops'].join('\n'));
    const second = file('second.jsonl', record(2, SHOUKRY));
    const run = khabar(['--jsonl', first, 'missing.jsonl', second]);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(new RegExp(`^khabar: ${first}:2: not valid JSON .*\nkhabar: missing.jsonl: no such file\n$`));
    expect(jsonLines(run.stdout).map((line) => line.id)).toEqual([1, 2]);
  });
  test('streams: a line is answered before stdin is closed', async () => {
    const child = spawn(process.execPath, [BIN, '--jsonl'], { stdio: ['pipe', 'pipe', 'pipe'] });
    const timer = setTimeout(() => child.kill(), TIMEOUT_MS);
    try {
      const firstOutput = new Promise<string>((resolve) => child.stdout.once('data', (data: Buffer) => resolve(data.toString())));
      child.stdin.write(record('live', SHOUKRY) + '\n');
      expect(JSON.parse(await firstOutput).id).toBe('live');
      child.stdin.end();
      const [status] = await new Promise<[number | null]>((resolve) => child.once('close', (code) => resolve([code])));
      expect(status).toBe(0);
    } finally {
      clearTimeout(timer);
    }
  });
  test('stops quietly, exit 0, when the reader of its output goes away (| head -n 1)', () => {
    const input = file('many.jsonl', Array.from({ length: 600 }, (_, i) => record(i, PUTIN)).join('\n'));
    const script = `"${process.execPath}" "${BIN}" --jsonl "${input}" 2>"${work}/head.err" | head -n 1 >/dev/null; echo "\${PIPESTATUS[0]}"`;
    const result = spawnSync('bash', ['-c', script], { encoding: 'utf8', timeout: TIMEOUT_MS });
    expect(result.stdout.trim()).toBe('0');
    expect(readFileSync(join(work, 'head.err'), 'utf8')).toBe('');
  });
});

describe('--workers', () => {
  test('--jsonl through 2 workers gives the same output and the same reports, in the same order', () => {
    const sentences = seeds.flatMap((seed) => seed.text.split('\n').filter((line) => line.trim() !== ''));
    const lines = Array.from({ length: 400 }, (_, i) => (i === 150 ? '{"broken":' : record(i, sentences[i % sentences.length]!)));
    const input = lines.join('\n') + '\n';
    const alone = khabar(['--jsonl', '--reference-date', '2020-11-16'], { input });
    const pooled = khabar(['--jsonl', '--reference-date', '2020-11-16', '--workers', '2'], { input });
    expect(alone.status).toBe(1);
    expect(pooled).toEqual(alone);
    expect(jsonLines(pooled.stdout)).toHaveLength(399);
    expectSchemaValid(jsonLines(pooled.stdout));
  });
  test('files through 2 workers come out in argument order, as without workers', () => {
    const paths = [4, 3, 2, 1, 0].map(seedPath);
    const alone = khabar(paths);
    const pooled = khabar(['--workers', '2', ...paths]);
    expect(pooled).toEqual(alone);
    expect(jsonLines(pooled.stdout).map((line) => line.file)).toEqual(paths);
  });
});

describe('--pretty', () => {
  // بوتين and فلاديمير joined (presentation forms) and in visual order: the name read right to left.
  const SHAPED_PUTIN = 'ﻦﻴﺗﻮﺑ ﺮﻴﻤﻳﺩﻼﻓ';
  const PRESENTATION_FORMS = /[\ufb50-\ufdff\ufe70-\ufeff]/;

  test('shows a table per category, Arabic shaped and in visual order', () => {
    const run = khabar(['--pretty', '--reference-date', '2020-11-16'], { input: PUTIN });
    expect(run.status).toBe(0);
    expect(run.stderr).toBe('');
    for (const heading of ['People (1)', 'Places (1)', 'Figures (1)', 'Dates (1)', 'Organizations: none', 'Reference date: 2020-11-16 (given)']) {
      expect(run.stdout).toContain(heading);
    }
    expect(run.stdout).toContain(SHAPED_PUTIN);
    expect(run.stdout).toMatch(/^ {2}.*\s4,000\s.*$/m);
    expect(run.stdout).toMatch(/2020-11-15/);
    expect(run.stdout).not.toContain('بوتين');
  });
  test('--no-shape leaves Arabic unshaped, in logical order, each cell held left-to-right by LRM marks', () => {
    const run = khabar(['--pretty', '--no-shape'], { input: PUTIN });
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('\u200eفلاديمير بوتين\u200e');
    expect(run.stdout).not.toMatch(PRESENTATION_FORMS);
  });
  test('several inputs each get a heading naming them', () => {
    const run = khabar(['--pretty', seedPath(0), seedPath(1)]);
    expect(run.stdout).toContain(`━━ ${seedPath(0)} ━━`);
    expect(run.stdout).toContain(`━━ ${seedPath(1)} ━━`);
  });
  test('--jsonl --pretty names each line by position and id', () => {
    const run = khabar(['--jsonl', '--pretty'], { input: JSON.stringify({ id: 'n1', text: SHOUKRY }) });
    expect(run.stdout).toContain('━━ -:1, id "n1" ━━');
  });
  test('without arabic-reshaper installed, a one-line note, and Arabic still in visual order, unjoined', () => {
    // A copy of the build beside a node_modules that has bidi-js but not arabic-reshaper.
    const install = join(work, 'no-reshaper');
    cpSync(join(CLI_PACKAGE, 'dist'), join(install, 'dist'), { recursive: true });
    writeFileSync(join(install, 'package.json'), JSON.stringify({ name: 'khabar-cli', version: '0.0.0', type: 'module' }));
    mkdirSync(join(install, 'node_modules'));
    symlinkSync(join(ROOT, 'node_modules', 'bidi-js'), join(install, 'node_modules', 'bidi-js'), 'dir');
    const run = khabar(['--pretty'], { input: PUTIN, bin: join(install, 'dist', 'khabar.js'), cwd: install });
    expect(run.status).toBe(0);
    expect(run.stderr).toMatch(/^khabar: arabic-reshaper is not installed, so Arabic letters are shown unjoined .*\n$/);
    expect(run.stdout).toContain('نيتوب ريميدالف');
    expect(run.stdout).not.toMatch(PRESENTATION_FORMS);
  });
});

describe('--html', () => {
  // The page itself is checked in a browser by playground-browser.test.ts; here, what the CLI writes.
  const marks = (html: string, category: string) => html.match(new RegExp(`<mark class="k-${category}"`, 'g'))?.length ?? 0;

  test('one page for the article: every mention marked, the style and script inline, nothing fetched', () => {
    const run = khabar(['--html', seedPath(3)]);
    expect(run.status).toBe(0);
    expect(run.stderr).toBe('');
    const result = extract(seeds[3]!.text);
    expect(run.stdout.startsWith('<!doctype html>')).toBe(true);
    expect(run.stdout).toContain(`<title>${seeds[3]!.name}: khabar</title>`);
    expect(marks(run.stdout, 'people')).toBe(result.people.reduce((sum, person) => sum + person.mentions.length, 0));
    expect(marks(run.stdout, 'figures')).toBe(result.figures.length);
    expect(marks(run.stdout, 'dates')).toBe(result.dates.length);
    expect(run.stdout).toMatch(/<style>[^<]*\.k-people \{/);
    expect(run.stdout).toMatch(/<script>[^<]*data-toggle/);
    expect(run.stdout).not.toMatch(/<(script|link|img)[^>]+(src|href)=/);
  });
  test('reads stdin and takes --reference-date', () => {
    const run = khabar(['--html', '--reference-date', '2020-11-16'], { input: PUTIN });
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('<title>Standard input: khabar</title>');
    expect(run.stdout).toContain('Reference date used: 2020-11-16, as given');
    expect(marks(run.stdout, 'dates')).toBe(1);
  });
  test('-o FILE writes the page to FILE', () => {
    const path = join(work, 'article.html');
    const run = khabar(['--html', seedPath(3), '-o', path]);
    expect(run).toEqual({ status: 0, stdout: '', stderr: '' });
    expect(readFileSync(path, 'utf8')).toBe(khabar(['--html', seedPath(3)]).stdout);
  });
  test('a missing file is reported, exit 1, no page', () => {
    expect(khabar(['--html', 'no-such-article.txt'])).toEqual({ status: 1, stdout: '', stderr: 'khabar: no-such-article.txt: no such file\n' });
  });
});

describe('progress bar', () => {
  const hasScript = spawnSync('script', ['--version']).status === 0;
  // `script` gives the run a terminal for stderr while stdout goes to a file. Lines arrive one by one
  // through a FIFO until the bar is on the terminal, however slow the machine: no fixed delay to miss.
  (hasScript ? test : test.skip)('appears on a terminal stderr when stdout is redirected, and every line is still output', async () => {
    const fifo = join(work, 'progress.fifo');
    execFileSync('mkfifo', [fifo]);
    const out = join(work, 'progress.out');
    const command = `"${process.execPath}" "${BIN}" --jsonl < "${fifo}" > "${out}"`;
    const terminal = spawn('script', ['-qec', command, '/dev/null'], { stdio: ['pipe', 'pipe', 'inherit'] });
    terminal.stdin.end();
    let screen = '';
    terminal.stdout.on('data', (chunk: Buffer) => (screen += chunk.toString('utf8')));
    const exited = new Promise<number | null>((done) => terminal.on('close', done));
    const feed = createWriteStream(fifo);
    const BAR = /\d+ lines \| \d+ lines\/s/;
    let fed = 0;
    while (!BAR.test(screen) && terminal.exitCode === null) {
      feed.write(JSON.stringify({ id: fed++, text: SHOUKRY }) + '\n');
      await new Promise((wait) => setTimeout(wait, 50));
    }
    feed.end();
    expect(await exited).toBe(0);
    expect(screen).toMatch(BAR);
    expect(jsonLines(readFileSync(out, 'utf8'))).toHaveLength(fed);
  }, 120_000);
  test('never appears when stderr is not a terminal', () => {
    const input = Array.from({ length: 50 }, (_, i) => JSON.stringify({ id: i, text: REFUGEES })).join('\n');
    expect(khabar(['--jsonl'], { input }).stderr).toBe('');
  });
});

test('the library build pulls in none of the CLI and its Node-only or GPL dependencies', () => {
  for (const build of ['index.js', 'index.cjs']) {
    const code = readFileSync(join(ROOT, 'dist', build), 'utf8');
    for (const name of ['piscina', 'cli-progress', 'bidi-js', 'arabic-reshaper', 'khabar.js']) expect(code).not.toContain(name);
  }
});

describe('-o FILE', () => {
  test('writes the output to FILE and leaves no temporary file beside it', () => {
    const dir = mkdtempSync(join(work, 'out-'));
    const target = join(dir, 'result.jsonl');
    const run = khabar(['--jsonl', '-o', target], { input: [record(1, PUTIN), record(2, SHOUKRY)].join('\n') });
    expect([run.status, run.stdout]).toEqual([0, '']);
    expect(jsonLines(readFileSync(target, 'utf8')).map((line) => line.id)).toEqual([1, 2]);
    expect(readdirSync(dir)).toEqual(['result.jsonl']);
  });

  test('an interrupted run leaves FILE as it was and no temporary file; exit 130', async () => {
    const dir = mkdtempSync(join(work, 'out-'));
    const target = join(dir, 'result.jsonl');
    writeFileSync(target, 'before\n');
    const child = spawn(process.execPath, [BIN, '--jsonl', '-o', target], { stdio: ['pipe', 'pipe', 'pipe'] });
    const timer = setTimeout(() => child.kill('SIGKILL'), TIMEOUT_MS);
    try {
      child.stdin.write(record(1, SHOUKRY) + '\n');
      // the temporary file exists once the run has started writing
      while (readdirSync(dir).length < 2) await new Promise((resolve) => setTimeout(resolve, 20));
      const closed = new Promise<number | null>((resolve) => child.once('close', (code) => resolve(code)));
      child.kill('SIGINT');
      expect(await closed).toBe(130);
      expect(readdirSync(dir)).toEqual(['result.jsonl']);
      expect(readFileSync(target, 'utf8')).toBe('before\n');
    } finally {
      clearTimeout(timer);
    }
  });

  test('-o without a file name is a usage error', () => {
    expect(khabar(['-o=']).status).toBe(2);
    expect(khabar(['-o']).status).toBe(2);
  });
});
