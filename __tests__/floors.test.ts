// The floors of src/ (README, Architecture): imports between folders run downward only. This test reads
// every import of every file under src/ and fails on one that runs upward, sideways between the
// recognizers, or into a folder no floor lists, so the layout cannot drift back by accident.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

const ROOT = resolve(__dirname, '..');
const SRC = join(ROOT, 'src');
const RECOGNIZERS = ['dates', 'figures', 'places', 'organizations', 'people', 'model'];

/**
 * What each folder may import besides itself. `api` is the files at the root of src/ (index.ts, the
 * public API).
 */
const MAY_IMPORT: Record<string, readonly string[]> = {
  data: [],
  text: ['data'],
  contracts: ['text', 'data'],
  ...Object.fromEntries(RECOGNIZERS.map((folder) => [folder, ['contracts', 'text', 'data']])),
  extract: [...RECOGNIZERS, 'contracts', 'text', 'data'],
  schema: ['text'],
  api: ['extract', 'schema', ...RECOGNIZERS, 'contracts', 'text', 'data'],
  cli: ['api', 'text', 'playground'],
  // Outside src/, beside the CLI: the page's renderer, which `khabar --html` shares with the playground.
  playground: ['api'],
};

const IMPORT = /(?:\bfrom\s*|\bimport\s*\(?\s*|\brequire\s*\(\s*)['"](\.{1,2}\/[^'"]+)['"]/g;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.(ts|js|mjs)$/.test(entry.name) ? [path] : [];
  });
}

/**
 * The folder a path belongs to: its first folder in src/ (extract/resolve is extract), api at src/'s
 * root, or, outside src/, its first folder in the repository (playground).
 */
function folderOf(path: string): string {
  const inSrc = relative(SRC, path);
  if (inSrc.startsWith('..')) return relative(ROOT, path).split(/[\\/]/)[0]!;
  const parts = inSrc.split(/[\\/]/);
  return parts.length > 1 ? parts[0]! : 'api';
}

interface Edge {
  file: string;
  from: string;
  to: string;
}

function importEdges(): Edge[] {
  return sourceFiles(SRC).flatMap((file) => {
    const text = readFileSync(file, 'utf8');
    return [...text.matchAll(IMPORT)].map((m) => ({
      file: `${relative(SRC, file)} → ${m[1]}`,
      from: folderOf(file),
      to: folderOf(resolve(dirname(file), m[1]!)),
    }));
  });
}

/** The imports the table forbids, as readable lines. */
function violations(edges: readonly Edge[], table: Record<string, readonly string[]>): string[] {
  return edges
    .filter(({ from, to }) => from !== to && !(table[from]?.includes(to) ?? false))
    .map(({ file, from, to }) => `${file} (${from} may not import ${to})`);
}

/** A cycle among the folders the table lets import each other, or null. */
function cycle(table: Record<string, readonly string[]>): string[] | null {
  const state = new Map<string, 'visiting' | 'done'>();
  const path: string[] = [];
  const visit = (folder: string): string[] | null => {
    if (state.get(folder) === 'done') return null;
    if (state.get(folder) === 'visiting') return [...path.slice(path.indexOf(folder)), folder];
    state.set(folder, 'visiting');
    path.push(folder);
    for (const below of table[folder] ?? []) {
      const found = visit(below);
      if (found) return found;
    }
    path.pop();
    state.set(folder, 'done');
    return null;
  };
  for (const folder of Object.keys(table)) {
    const found = visit(folder);
    if (found) return found;
  }
  return null;
}

describe('floors of src/', () => {
  const edges = importEdges();

  test('the reader sees the imports (a walk that finds none would pass anything)', () => {
    expect(edges.length).toBeGreaterThan(200);
    expect(edges).toContainEqual(expect.objectContaining({ from: 'extract', to: 'dates' }));
    expect(edges).toContainEqual(expect.objectContaining({ from: 'text', to: 'data' }));
  });

  test('every folder of src/ has a floor', () => {
    const folders = new Set(edges.flatMap(({ from, to }) => [from, to]));
    expect([...folders].filter((folder) => !(folder in MAY_IMPORT))).toEqual([]);
  });

  test('the floors form no cycle', () => {
    expect(cycle(MAY_IMPORT)).toBeNull();
  });

  test('no import runs upward or sideways', () => {
    expect(violations(edges, MAY_IMPORT)).toEqual([]);
  });

  test('the check catches an upward import, one between recognizers and a cycle', () => {
    const upward = { file: 'dates/x.ts → ../extract/extract', from: 'dates', to: 'extract' };
    const sideways = { file: 'people/x.ts → ../places/recognize', from: 'people', to: 'places' };
    expect(violations([upward, sideways], MAY_IMPORT)).toHaveLength(2);
    expect(cycle({ ...MAY_IMPORT, data: ['text'] })).toEqual(['data', 'text', 'data']);
  });
});
