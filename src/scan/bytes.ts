/**
 * The checks on a file's bytes that decide whether it is read as source: the same functions run in the scan and in
 * its prefilter worker (prefilter.ts builds the worker from their text), so both judge every file alike. Each is a
 * leaf: no reference to anything outside itself.
 */

/** git's own rule: a NUL in the first 8000 bytes makes a file binary. */
export function isBinary(bytes: Buffer): boolean {
  return bytes.subarray(0, 8000).indexOf(0) !== -1;
}

/**
 * A bundle or minified script: long, with very long lines. Only the first 16 KiB are looked at (a minified file is
 * minified from its start), so the cost is bounded whatever the file's size.
 */
export function looksMinified(bytes: Buffer): boolean {
  if (bytes.length < 4096) return false;
  const head = bytes.subarray(0, 16 * 1024);
  let lines = 1;
  for (let i = head.indexOf(10); i !== -1 && lines * 500 < head.length; i = head.indexOf(10, i + 1)) lines++;
  return head.length / lines > 500;
}

/** Does any needle occur in the bytes? One pass per needle (Buffer#indexOf), short-circuited. */
export function hasAny(bytes: Buffer, needles: readonly Buffer[]): boolean {
  for (const needle of needles) if (bytes.indexOf(needle) !== -1) return true;
  return false;
}
