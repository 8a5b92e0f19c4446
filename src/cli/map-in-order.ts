/**
 * Maps `source` through `work`, starting up to `concurrency` calls before waiting for the oldest, and
 * yields the results in source order. The next item is pulled from `source` only when there is room,
 * and only when the consumer asks for a result, so a slow consumer slows the whole chain instead of
 * letting results pile up: memory is bounded by `concurrency`, whatever the length of the input.
 */
export async function* mapInOrder<T, U>(
  source: AsyncIterable<T>,
  concurrency: number,
  work: (item: T) => Promise<U>,
): AsyncGenerator<U> {
  const pending: Promise<U>[] = [];
  for await (const item of source) {
    const result = work(item);
    // A later call may fail while an earlier one is awaited; it is awaited, and throws, in its turn,
    // so keep Node from reporting it as unhandled meanwhile.
    result.catch(() => {});
    pending.push(result);
    if (pending.length >= concurrency) yield await pending.shift()!;
  }
  while (pending.length > 0) yield await pending.shift()!;
}
