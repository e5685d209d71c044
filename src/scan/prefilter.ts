/**
 * A second thread for large trees: it reads a share of the files and runs the literal prefilter on them, and hands
 * back only the few that contain a literal (the scan reads those again and recognises their calls). On a tree of
 * tens of thousands of files, reading and searching the bytes is nearly all the work; two threads do it in about
 * half the time on the two cores a runner has (npm run bench). Small trees never start it.
 *
 * The worker is built from the text of the same byte checks the scan uses (bytes.ts), so a file is judged alike in
 * either thread; it reads with the same flags (O_NOFOLLOW, O_NONBLOCK) and the same size bound. It takes Node's own
 * modules with process.getBuiltinModule, which works whether its source is read as a script or as a module.
 */
import { Worker } from 'node:worker_threads';
import { hasAny, isBinary, looksMinified } from './bytes.ts';
import type { SkipReason } from './walk.ts';

export interface PrefilterFile {
  readonly path: string;
  /** look for the minification of a script */
  readonly script: boolean;
  /** which literal sets apply: the own recognisers' (always), the workflow's (YAML), the libraries' (their languages) */
  readonly workflow: boolean;
  readonly library: boolean;
}

export interface PrefilterHit {
  readonly path: string;
  readonly own: boolean;
  readonly library: boolean;
}

export interface PrefilterAnswer {
  readonly hits: readonly PrefilterHit[];
  readonly files: number;
  readonly bytes: number;
  readonly skipped: Partial<Record<SkipReason, number>>;
}

export interface PrefilterNeedles {
  readonly own: readonly string[];
  readonly workflow: readonly string[];
  readonly library: readonly string[];
}

const WORKER_BODY = `
const { parentPort, workerData } = process.getBuiltinModule('node:worker_threads');
const { openSync, readSync, closeSync, constants } = process.getBuiltinModule('node:fs');
const { join } = process.getBuiltinModule('node:path');
const { root, max, needles } = workerData;
const buffer = Buffer.allocUnsafe(max + 1);
const own = needles.own.map((s) => Buffer.from(s));
const workflow = needles.workflow.map((s) => Buffer.from(s));
const library = needles.library.map((s) => Buffer.from(s));
const flags = constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK;
parentPort.on('message', ({ id, files }) => {
  const hits = [];
  const skipped = {};
  const skip = (reason) => (skipped[reason] = (skipped[reason] || 0) + 1);
  let count = 0;
  let bytesRead = 0;
  for (const file of files) {
    let fd;
    let length;
    try {
      fd = openSync(join(root, file.path), flags);
      length = readSync(fd, buffer, 0, buffer.length, 0);
    } catch (error) {
      const code = error && error.code;
      skip(code === 'ELOOP' ? 'symbolic link' : code === 'EISDIR' || code === 'EAGAIN' ? 'not a regular file' : 'unreadable');
      continue;
    } finally {
      if (fd !== undefined) closeSync(fd);
    }
    if (length > max) { skip('over 1 MiB'); continue; }
    const bytes = buffer.subarray(0, length);
    if (isBinary(bytes)) { skip('binary'); continue; }
    if (file.script && looksMinified(bytes)) { skip('minified'); continue; }
    count++;
    bytesRead += length;
    const isOwn = hasAny(bytes, own) || (file.workflow && hasAny(bytes, workflow));
    const isLibrary = file.library && hasAny(bytes, library);
    if (isOwn || isLibrary) hits.push({ path: file.path, own: isOwn, library: isLibrary });
  }
  parentPort.postMessage({ id, hits, files: count, bytes: bytesRead, skipped });
});
`;

/** The worker's source: the byte checks by their own text (each a leaf), then the loop above. */
function workerSource(): string {
  const as = (name: string, fn: (...args: never[]) => unknown) => `const ${name} = (${fn.toString()});\n`;
  return as('isBinary', isBinary) + as('looksMinified', looksMinified) + as('hasAny', hasAny) + WORKER_BODY;
}

export class PrefilterThread {
  private readonly worker: Worker;
  private readonly waiting = new Map<number, (answer: PrefilterAnswer) => void>();
  private next = 0;
  private failure: Error | undefined;

  constructor(root: string, maxBytes: number, needles: PrefilterNeedles) {
    // No inherited flags: `--input-type=module` and the like would change how the source is read.
    this.worker = new Worker(workerSource(), {
      eval: true,
      execArgv: [],
      workerData: { root, max: maxBytes, needles },
    });
    this.worker.on('message', (answer: PrefilterAnswer & { id: number }) => {
      this.waiting.get(answer.id)?.(answer);
      this.waiting.delete(answer.id);
    });
    this.worker.on('error', (error) => {
      this.failure = error;
      for (const resolve of this.waiting.values()) resolve({ hits: [], files: 0, bytes: 0, skipped: {} });
      this.waiting.clear();
    });
  }

  /** Hands a batch to the thread; the answer arrives while the scan goes on. */
  check(files: readonly PrefilterFile[]): Promise<PrefilterAnswer> {
    if (this.failure) return Promise.reject(this.failure);
    const id = this.next++;
    return new Promise((resolve, reject) => {
      this.waiting.set(id, (answer) => (this.failure ? reject(this.failure) : resolve(answer)));
      this.worker.postMessage({ id, files });
    });
  }

  close(): Promise<number> {
    return this.worker.terminate();
  }
}
