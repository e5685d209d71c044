/**
 * Several bots in one run, behind one dynamic import: a one-bot run never loads the YAML parser. The entry points
 * (main.ts, cli/main.ts) read the file, mask every token it names, and start the checks.
 */
export { readBotsFile } from './load.ts';
export { botTokens, startBotsCheck, type BotsCheck } from './run-bots.ts';
export { fileProblemsAsInputErrors } from './problems.ts';
