/** Input names as action.yml spells them. */
export const Inputs = {
  Instance: 'instance',
  Token: 'token',
  RequiredScopes: 'required-scopes',
  OnExcess: 'on-excess',
  OnMissing: 'on-missing',
  OnUnreachable: 'on-unreachable',
  MaxTokenAgeDays: 'max-token-age-days',
  Comment: 'comment',
  Issue: 'issue',
  GithubToken: 'github-token',
  TimeoutSeconds: 'timeout-seconds',
  Probe: 'probe',
  Config: 'config',
  SourcePaths: 'source-paths',
} as const;

export type InputName = (typeof Inputs)[keyof typeof Inputs];

/** Defaults, the same as action.yml's (a test keeps the two equal). */
export const Defaults: Readonly<Partial<Record<InputName, string>>> = {
  [Inputs.RequiredScopes]: '',
  [Inputs.OnExcess]: 'warn',
  [Inputs.OnMissing]: 'fail',
  [Inputs.OnUnreachable]: 'fail',
  [Inputs.MaxTokenAgeDays]: '',
  [Inputs.Comment]: 'auto',
  [Inputs.Issue]: 'auto',
  [Inputs.TimeoutSeconds]: '30',
  [Inputs.Probe]: 'auto',
  [Inputs.Config]: '',
  [Inputs.SourcePaths]: '',
};
