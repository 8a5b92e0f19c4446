// `npm run playground`: builds the playground, one self-contained HTML file (library, fixtures, style
// and script inline), into .playground/ and prints its path and size. With --serve, also serves it on
// http://localhost:PORT/ (PORT from --port, default 8018) with Node's own http until stopped.
import { readdirSync, readFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { bundleScript, inlinePlugin } from './inline-plugin.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = join(HERE, '..');
const OUT_DIR = join(ROOT, '.playground');
const MAX_BYTES = 1024 * 1024;
const FIXTURE_NAME_WORDS = 8;

/** Builds the page; returns its path and size in bytes. */
export async function buildPlayground() {
  const { playgroundPage } = await importBundled(join(HERE, 'pages.ts'));
  const { code } = await bundleScript(join(HERE, 'app.ts'));
  const html = playgroundPage(readFixtures(), code);
  const bytes = Buffer.byteLength(html);
  if (bytes >= MAX_BYTES) throw new Error(`the playground is ${bytes} bytes, over its budget of ${MAX_BYTES}`);
  mkdirSync(OUT_DIR, { recursive: true });
  const path = join(OUT_DIR, 'index.html');
  writeFileSync(path, html);
  return { path, bytes };
}

/** The fixture articles, each named by the first words of its first line. */
function readFixtures() {
  const folder = join(ROOT, 'fixtures');
  return readdirSync(folder)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((file) => {
      const text = readFileSync(join(folder, file), 'utf8');
      const words = text.trim().split('\n')[0].split(/\s+/);
      const name = words.slice(0, FIXTURE_NAME_WORDS).join(' ') + (words.length > FIXTURE_NAME_WORDS ? ' …' : '');
      return { name, text };
    });
}

/** Imports a TypeScript module of the playground by bundling it in memory (Node runs no TypeScript itself). */
async function importBundled(entry) {
  const output = await build({ entryPoints: [entry], bundle: true, write: false, format: 'esm', platform: 'neutral', plugins: [inlinePlugin] });
  return import(`data:text/javascript;base64,${Buffer.from(output.outputFiles[0].text).toString('base64')}`);
}

function serve(path, port) {
  const page = readFileSync(path);
  const server = createServer((request, response) => {
    if (request.url !== '/' && request.url !== '/index.html') {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found\n');
      return;
    }
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-length': page.length }).end(page);
  });
  server.listen(port, '127.0.0.1', () => console.log(`serving it on http://localhost:${port}/ (Ctrl-C stops)`));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const portAt = args.indexOf('--port');
  const port = portAt === -1 ? 8018 : Number(args[portAt + 1]);
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    console.error('usage: npm run playground [-- --serve [--port PORT]]   (PORT from 1 to 65535)');
    process.exit(2);
  }
  const { path, bytes } = await buildPlayground();
  console.log(`playground: ${relative(process.cwd(), path)} (${(bytes / 1024).toFixed(0)} kB); open it in a browser, no server needed`);
  if (args.includes('--serve')) serve(path, port);
}
