import { expect } from 'vitest';
import { leakedTokenForms, type ActionRun } from './run-action.ts';

/** The canary rule: nothing the action printed or wrote holds the token, in any form. */
export function expectNoToken(run: Pick<ActionRun, 'everything'>, token: string): void {
  const leaked = leakedTokenForms(run.everything, token).map((form) => `${form.slice(0, 6)}…`);
  expect(leaked, 'the output holds the token (in these forms)').toEqual([]);
}
