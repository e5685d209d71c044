import { expect } from 'vitest';
import { tokenForms, type ActionRun } from './run-action.ts';

/** The canary rule: nothing the action printed or wrote holds the token, in any form. */
export function expectNoToken(run: Pick<ActionRun, 'everything'>, token: string): void {
  for (const form of tokenForms(token)) {
    expect(run.everything.includes(form), `the output holds the token (as ${JSON.stringify(form.slice(0, 6))}…)`).toBe(
      false,
    );
  }
}
