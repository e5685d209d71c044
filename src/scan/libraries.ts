/** Placeholder until scan-libs' client-library recognisers land (SCAN-INTERFACE.md): no library calls. */
import type { FoundCalls, SourceFile } from './types.ts';

export const libraryPrefilter: readonly string[] = [];

export function findLibraryCalls(_file: SourceFile): FoundCalls {
  return { calls: [], unresolved: [] };
}
