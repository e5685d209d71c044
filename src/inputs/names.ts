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
} as const;

export type InputName = (typeof Inputs)[keyof typeof Inputs];

/** Output names as action.yml spells them. */
export const Outputs = {
  Status: 'status',
  TokenState: 'token-state',
  Account: 'account',
  AccountId: 'account-id',
  AppName: 'app-name',
  GrantedScopes: 'granted-scopes',
  RequiredScopes: 'required-scopes',
  ExcessScopes: 'excess-scopes',
  MissingScopes: 'missing-scopes',
  ScopesSource: 'scopes-source',
  ServerSoftware: 'server-software',
  ServerVersion: 'server-version',
  TokenCreatedAt: 'token-created-at',
  TokenAgeDays: 'token-age-days',
  Report: 'report',
} as const;

export type OutputName = (typeof Outputs)[keyof typeof Outputs];

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
};
