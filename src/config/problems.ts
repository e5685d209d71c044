import { InputError, InputErrors } from '../inputs/errors.ts';
import type { BotsFile } from './bots-file.ts';

/** Problems with the file as a whole stop the run: each an input error naming the file, the line and the key. */
export function fileProblemsAsInputErrors(file: BotsFile): InputErrors | undefined {
  if (file.problems.length === 0) return undefined;
  return new InputErrors(
    file.problems.map(
      (p) =>
        new InputError(
          'config',
          `${p.file}${p.line ? `:${p.line}` : ''}${p.key && p.key !== 'config' ? `: ${p.key}` : ''}: ${p.message}`,
        ),
    ),
  );
}
