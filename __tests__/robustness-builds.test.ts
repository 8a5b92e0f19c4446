// The published builds agree: dist/index.js (ESM) and dist/index.cjs (CommonJS) give the same result
// for the same input. Needs `npm run build` first (npm test does it). Jest runs CommonJS, so the ESM
// build is imported in a worker thread, outside jest's module system; results cross over as JSON,
// the form the output contract promises.
import fc from 'fast-check';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { anyText, referenceDateOption } from './support/arbitraries';

const dist = join(__dirname, '..', 'dist');
const cjs: typeof import('../src/index') = require(join(dist, 'index.cjs'));

const ESM_WORKER = `
const { parentPort, workerData } = require('node:worker_threads');
import(workerData.url).then(({ extract }) => {
  parentPort.on('message', ({ text, options }) => {
    try {
      parentPort.postMessage({ json: JSON.stringify(extract(text, options)) });
    } catch (error) {
      parentPort.postMessage({ error: String(error) });
    }
  });
  parentPort.postMessage({ ready: true });
});
`;

let worker: Worker;
type Reply = { json?: string; error?: string };
let pending: { resolve: (reply: Reply) => void; reject: (error: Error) => void } | undefined;

/** extract() of the ESM build, as JSON, or the error it threw as a string. */
function extractWithEsm(text: string, options: object): Promise<Reply> {
  return new Promise((resolve, reject) => {
    pending = { resolve, reject };
    worker.postMessage({ text, options });
  });
}

function extractWithCjs(text: string, options: object): Reply {
  try {
    return { json: JSON.stringify(cjs.extract(text, options)) };
  } catch (error) {
    return { error: String(error) };
  }
}

beforeAll(async () => {
  worker = new Worker(ESM_WORKER, { eval: true, workerData: { url: pathToFileURL(join(dist, 'index.js')).href } });
  await new Promise((resolve, reject) => {
    worker.once('message', resolve);
    worker.once('error', reject);
  });
  worker.on('message', (reply: Reply) => pending?.resolve(reply));
  worker.on('error', (error) => pending?.reject(error));
});

afterAll(() => worker.terminate());

test('the ESM and CommonJS builds give the same extraction for the same input', async () => {
  await fc.assert(
    fc.asyncProperty(anyText, referenceDateOption, async (text, options) => {
      const esm = await extractWithEsm(text, options);
      expect(esm).toEqual(extractWithCjs(text, options));
      expect(esm.error).toBeUndefined();
    }),
    { numRuns: 200, seed: 20261204 },
  );
  // 200 runs through a worker, its first building the lexicons: about 2 s alone, over jest's 5 s
  // default on a machine shared with other work
}, 60_000);
