import { FEATURE_ROWS } from './features';
import { LABEL_COUNT as L } from './labels';

/**
 * A trained model as the package ships it (src/model/weights.generated.ts, written by `npm run train`):
 * quantized weights packed as base64, and the score margins its proposals must clear.
 */
export interface ModelData {
  /**
   * Bytes: transitions (L × L int8), starts (L int8), then per used bucket a varint gap, a byte whose
   * bit y says label y's weight is not zero, and those weights (int8), in label order. Most of a
   * bucket's weights are zero (60% at the first training), so leaving them out keeps the package and
   * a bundle small.
   */
  weights: string;
  /** Per type (people, places, organizations): the margin a proposed span must clear, in weight units. */
  thresholds: readonly number[];
  /**
   * Per strength of the rules' reading (1 a guess, 2 a name reported speech confirms, 3 a name after a
   * title), the margin by which the model must prefer O over a questionable person to set it aside.
   */
  veto: readonly number[];
  /**
   * The margin by which the model must read a person over exactly the tokens of a rules' weakest guess
   * (a title and a word that may be an everyday one: `المستشار سعيد بالنتائج`) to make it a name.
   */
  promote: number;
}

/**
 * Weights as the model reads them. Most feature rows are all zero (four in five at the first
 * training), so only the others are kept: `rows` holds them in row order, ROW_BYTES bytes each (the
 * shipped code bytes, one per label; a byte per weight keeps the table small enough for the
 * processor's caches), and `index` finds them (rowAt). `values` is the value of each code byte; the
 * label transitions and starts are in integer units.
 */
export interface ModelWeights {
  /** Per 32 feature rows: a word whose bit k says row 32w + k has a weight, then how many rows with one come before. */
  index: Int32Array;
  rows: Uint8Array;
  values: Int16Array;
  transitions: Float64Array;
  starts: Float64Array;
}

/** Bytes a kept row takes in `ModelWeights.rows`: its L codes, padded so that no row straddles a cache line. */
export const ROW_BYTES = 8;

/** Where feature row `row`'s codes start in `weights.rows`, or -1 when its weights are all zero. */
export function rowAt(index: Int32Array, row: number): number {
  return (index[2 * (row >>> 5)]! & (1 << (row & 31))) === 0 ? -1 : keptBefore(index, row);
}

/**
 * Where in `weights.rows` the kept rows after the first `row` rows start: feature row `row`'s codes
 * when it has any weight. The rows of one bucket's slots are neighbours, so they are read on from there.
 */
export function keptBefore(index: Int32Array, row: number): number {
  const word = row >>> 5;
  return (index[2 * word + 1]! + bitCount(index[2 * word]! & ((1 << (row & 31)) - 1))) * ROW_BYTES;
}

/** The number of bits set in a 32-bit integer. */
function bitCount(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return (Math.imul((x + (x >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24) | 0;
}

/**
 * Weights are shipped as one signed byte each on a logarithmic scale: code q stands for
 * ±UNIT·(2^(|q|/STEPS) − 1), so small weights keep their relative precision (about 4% a step) beside
 * weights 200 times larger, which a linear byte would round to zero.
 */
const STEPS = 16;
const UNIT = 32;
export const LARGEST_CODE = 127;

export function codeValue(code: number): number {
  const magnitude = Math.round(UNIT * (2 ** (Math.abs(code) / STEPS) - 1));
  return code < 0 ? -magnitude : magnitude;
}

/** The code nearest to `value`, given the value code 127 stands for. */
export function codeOf(value: number, largest: number): number {
  const ratio = Math.abs(value) / largest;
  const code = Math.min(LARGEST_CODE, Math.round(STEPS * Math.log2(1 + ratio * (2 ** (LARGEST_CODE / STEPS) - 1))));
  return value < 0 ? -code : code;
}

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** Node's Buffer when the engine has one: its base64 decoder is native, some 20 ms faster on the first call. */
const nodeBuffer = (globalThis as { Buffer?: { from(text: string, encoding: 'base64'): Uint8Array } }).Buffer;

/** Decodes base64: natively under Node, else in plain JavaScript, so it runs in any JavaScript engine. */
export function fromBase64(text: string): Uint8Array {
  if (nodeBuffer) return nodeBuffer.from(text, 'base64');
  return decodeBase64(text);
}

/** Base64 decoded without atob or Buffer. */
export function decodeBase64(text: string): Uint8Array {
  const values = new Uint8Array(128);
  for (let k = 0; k < BASE64.length; k++) values[BASE64.charCodeAt(k)] = k;
  const padding = text.endsWith('==') ? 2 : text.endsWith('=') ? 1 : 0;
  const bytes = new Uint8Array((text.length / 4) * 3 - padding);
  let out = 0;
  for (let k = 0; k < text.length; k += 4) {
    const chunk =
      (values[text.charCodeAt(k)]! << 18) |
      (values[text.charCodeAt(k + 1)]! << 12) |
      (values[text.charCodeAt(k + 2)]! << 6) |
      values[text.charCodeAt(k + 3)]!;
    if (out < bytes.length) bytes[out++] = chunk >>> 16;
    if (out < bytes.length) bytes[out++] = (chunk >>> 8) & 0xff;
    if (out < bytes.length) bytes[out++] = chunk & 0xff;
  }
  return bytes;
}

export function toBase64(bytes: Uint8Array): string {
  let text = '';
  for (let k = 0; k < bytes.length; k += 3) {
    const chunk = (bytes[k]! << 16) | ((bytes[k + 1] ?? 0) << 8) | (bytes[k + 2] ?? 0);
    text += BASE64[chunk >>> 18]! + BASE64[(chunk >>> 12) & 63]!;
    text += k + 1 < bytes.length ? BASE64[(chunk >>> 6) & 63]! : '=';
    text += k + 2 < bytes.length ? BASE64[chunk & 63]! : '=';
  }
  return text;
}

/**
 * Unpacks the shipped bytes: the rows with a weight, and their index. This runs once, on first use,
 * before the engine has compiled it: one pass, and a step per weight rather than per label.
 */
export function unpackWeights(bytes: Uint8Array): ModelWeights {
  const values = Int16Array.from({ length: 256 }, (_, b) => codeValue((b << 24) >> 24));
  const transitions = Float64Array.from(bytes.subarray(0, L * L), (b) => values[b]!);
  const starts = Float64Array.from(bytes.subarray(L * L, L * L + L), (b) => values[b]!);
  const first = L * L + L;
  const index = new Int32Array(2 * Math.ceil(FEATURE_ROWS / 32));
  // a row is a varint gap, a byte marking its labels with a weight, then those weights: three bytes at least
  const rows = new Uint8Array(Math.floor((bytes.length - first) / 3) * ROW_BYTES);
  let row = -1;
  let at = first;
  let to = 0;
  while (at < bytes.length) {
    let b = bytes[at++]!;
    let gap = b & 0x7f;
    for (let scale = 0x80; b >= 0x80; scale *= 0x80) {
      b = bytes[at++]!;
      gap += (b & 0x7f) * scale;
    }
    row += gap;
    index[2 * (row >>> 5)]! |= 1 << (row & 31);
    for (let present = bytes[at++]!; present !== 0; present &= present - 1) rows[to + 31 - Math.clz32(present & -present)] = bytes[at++]!;
    to += ROW_BYTES;
  }
  for (let word = 1, before = 0; word < index.length / 2; word++) {
    before += bitCount(index[2 * (word - 1)]!);
    index[2 * word + 1] = before;
  }
  return { index, rows: rows.slice(0, to), values, transitions, starts };
}

/** Tables of codes (−127…127), as training writes them before packing. */
export interface WeightCodes {
  emissions: Int8Array;
  transitions: Int8Array;
  starts: Int8Array;
}

/** Packs the codes the way unpackWeights reads them. */
export function packWeights(weights: WeightCodes): Uint8Array {
  if (L > 8) throw new RangeError('a bucket marks its labels in one byte: at most 8 labels');
  const out: number[] = [];
  for (const v of weights.transitions) out.push(v & 0xff);
  for (const v of weights.starts) out.push(v & 0xff);
  let previous = -1;
  const buckets = weights.emissions.length / L;
  for (let b = 0; b < buckets; b++) {
    const row = weights.emissions.subarray(b * L, b * L + L);
    if (row.every((v) => v === 0)) continue;
    let gap = b - previous;
    previous = b;
    while (gap >= 0x80) {
      out.push((gap & 0x7f) | 0x80);
      gap = Math.floor(gap / 0x80);
    }
    out.push(gap);
    let present = 0;
    row.forEach((v, y) => {
      if (v !== 0) present |= 1 << y;
    });
    out.push(present);
    for (const v of row) if (v !== 0) out.push(v & 0xff);
  }
  return Uint8Array.from(out);
}
