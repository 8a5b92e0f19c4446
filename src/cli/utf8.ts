/** Input that is not valid UTF-8; `offset` is the byte at which decoding fails. */
export class InvalidUtf8Error extends Error {
  override name = 'InvalidUtf8Error';
  constructor(readonly offset: number) {
    super(`not valid UTF-8 (bad byte sequence near byte ${offset})`);
  }
}

// fatal: a bad byte is an error to report, never a U+FFFD silently passed on to extraction.
const decoder = new TextDecoder('utf-8', { fatal: true });

/** Decodes UTF-8, dropping a leading byte order mark. Throws InvalidUtf8Error. */
export function decodeUtf8(bytes: Uint8Array): string {
  try {
    return decoder.decode(bytes);
  } catch {
    throw new InvalidUtf8Error(findInvalidByte(bytes));
  }
}

/**
 * The decoder's error names no position, so find it by bisection: a prefix reaching the bad byte fails
 * to decode, a shorter one does not. Streaming mode keeps a sequence merely cut short by the end of a
 * prefix from counting as an error. Runs only on input already known to be invalid.
 */
function findInvalidByte(bytes: Uint8Array): number {
  if (decodesAsPrefix(bytes)) return startOfTrailingSequence(bytes);
  let good = 0;
  let bad = bytes.length;
  while (bad - good > 1) {
    const middle = (good + bad) >>> 1;
    if (decodesAsPrefix(bytes.subarray(0, middle))) good = middle;
    else bad = middle;
  }
  return bad - 1;
}

function decodesAsPrefix(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes, { stream: true });
    return true;
  } catch {
    return false;
  }
}

/** The input ends inside a multi-byte sequence: step back over its continuation bytes (10xxxxxx) to its lead byte. */
function startOfTrailingSequence(bytes: Uint8Array): number {
  let start = bytes.length - 1;
  while (start > 0 && (bytes[start]! & 0xc0) === 0x80) start--;
  return start;
}
