/**
 * The several-bots file from the workspace: read, bounded, and kept inside the workspace (the path is a workflow's
 * input, and the report names what it read). Never executes or imports anything from it.
 */
import { openSync, readSync, closeSync, fstatSync, realpathSync } from 'node:fs';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { MAX_FILE_BYTES, parseBotsFile, type BotsFile } from './bots-file.ts';

export function readBotsFile(path: string, workspace: string): BotsFile {
  const shown = path.trim();
  const problem = (message: string): BotsFile => ({
    file: shown,
    bots: [],
    problems: [{ file: shown, line: 0, key: 'config', message }],
  });
  let root: string;
  let full: string;
  try {
    root = realpathSync(workspace);
    full = realpathSync(resolve(root, shown));
  } catch (error) {
    const code = (error as { code?: string }).code;
    return problem(
      code === 'ENOENT'
        ? `Input 'config': no file '${shown}' in the workspace. Check out the repository first (actions/checkout), and give the path relative to it.`
        : `Input 'config': '${shown}' cannot be read (${code ?? 'unknown error'}).`,
    );
  }
  const inside = relative(root, full);
  if (inside === '' || inside.startsWith(`..${sep}`) || inside === '..' || isAbsolute(inside)) {
    return problem(`Input 'config': '${shown}' is outside the workspace; give a file of the repository.`);
  }
  let text: string;
  try {
    const fd = openSync(full, 'r');
    try {
      const stat = fstatSync(fd);
      if (!stat.isFile()) return problem(`Input 'config': '${shown}' is not a file.`);
      if (stat.size > MAX_FILE_BYTES)
        return problem(`Input 'config': '${shown}' is larger than ${MAX_FILE_BYTES / 1024} KiB.`);
      const buffer = Buffer.alloc(stat.size);
      readSync(fd, buffer, 0, stat.size, 0);
      text = buffer.toString('utf8');
    } finally {
      closeSync(fd);
    }
  } catch (error) {
    return problem(
      `Input 'config': '${shown}' cannot be read (${(error as { code?: string }).code ?? 'unknown error'}).`,
    );
  }
  return parseBotsFile(shown, text);
}
