import { Defaults, Inputs, type InputName } from './names.ts';
import { InputError, InputErrors } from './errors.ts';
import { parseInstance, type Instance } from './instance.ts';
import { secretsWithheldFromForks } from './run-context.ts';
import type { ProbeMode } from '../inspect/inspect.ts';
import { parseScopeList, scopeInfo } from '../mastodon/scopes.ts';
import { normaliseSourcePath, SourcePathError } from './source-paths.ts';

export type FailOrWarn = 'fail' | 'warn';
export type ExcessPolicy = FailOrWarn | 'ignore';
export type CommentMode = 'auto' | 'always' | 'never';
export type IssueMode = 'auto' | 'never';
export type Surface = 'action' | 'cli';

/** What the check needs: where, which token, what is declared, and the policies that turn findings into a verdict. */
export interface CheckSettings {
  readonly instance: Instance;
  /** Trimmed token; empty only when the run is to be skipped. */
  readonly token: string;
  readonly requiredScopes: readonly string[];
  /** False when `required-scopes` was left empty: liveness and a scope report only. */
  readonly scopesDeclared: boolean;
  readonly onExcess: ExcessPolicy;
  readonly onMissing: FailOrWarn;
  readonly onUnreachable: FailOrWarn;
  readonly maxTokenAgeDays: number | undefined;
  readonly timeoutSeconds: number;
  readonly probe: ProbeMode;
  /** Workspace-relative files, folders or globs whose code is scanned for API use; empty: no scan. */
  readonly sourcePaths: readonly string[];
  /** Why the run is skipped (secrets withheld), when it is. */
  readonly skipReason: string | undefined;
  /** A workflow or a terminal: advice names inputs (`on-unreachable: warn`) or flags (`--on-unreachable warn`). */
  readonly surface: Surface;
  /** Things the inputs made us normalise or warn about: shown as warnings, never fatal. */
  readonly inputWarnings: readonly string[];
}

/** What publishing needs beyond the report: whether to keep a comment or an issue, and the token to write them. */
export interface PublishSettings {
  readonly comment: CommentMode;
  readonly issue: IssueMode;
  readonly githubToken: string;
}

/** Everything the run needs, read once from the inputs and validated: each phase takes its own half. */
export type Settings = CheckSettings & PublishSettings;

/** Inputs as raw strings; a missing one is undefined and takes the default. */
export type RawInputs = Readonly<Partial<Record<InputName, string>>>;

/**
 * What parsing needs to know of the run (inputs/run-context.ts reads it): enough to recognise withheld secrets, and
 * who reads the report: a workflow (`action`, the default) or a terminal (`cli`), whose advice speaks its language.
 */
export interface SettingsContext {
  readonly eventName: string;
  readonly surface?: Surface;
  readonly actor: string;
  /**
   * From the event payload: whether the pull request's head repository differs from its base (a fork). Undefined
   * when the payload tells nothing about a pull request, or could not be read.
   */
  readonly pullRequestFromFork?: boolean | undefined;
  /** Why the event payload could not be read, when it could not. */
  readonly payloadProblem?: string | undefined;
}

/** Reads inputs, a default standing in for an empty one, and collects every input error rather than the first. */
function inputReader(raw: RawInputs) {
  const errors: InputError[] = [];
  const get = (name: InputName) => raw[name]?.trim() || Defaults[name] || '';
  const attempt = <T>(fn: () => T): T | undefined => {
    try {
      return fn();
    } catch (error) {
      if (error instanceof InputErrors) errors.push(...error.errors);
      else if (error instanceof InputError) errors.push(error);
      else throw error;
      return undefined;
    }
  };
  return { errors, get, attempt };
}

export function parseSettings(raw: RawInputs, context: SettingsContext): Settings {
  const { errors, get, attempt } = inputReader(raw);
  const inputWarnings: string[] = [];

  const instance = attempt(() => parseInstance(get(Inputs.Instance)));
  const token = attempt(() => parseToken(raw[Inputs.Token] ?? '', inputWarnings)) ?? '';
  const scopeText = get(Inputs.RequiredScopes);
  const scopes = parseScopeList(scopeText);
  for (const unknown of scopes.unknown) {
    errors.push(
      new InputError(
        Inputs.RequiredScopes,
        `Input '${Inputs.RequiredScopes}' has an unknown scope '${unknown.name}'` +
          (unknown.suggestion ? `: did you mean '${unknown.suggestion}'?` : '.') +
          (unknown.suggestion?.includes(' ') ? ' Scopes are separated by spaces, commas or newlines.' : '') +
          " Mastodon's scopes are `read`, `write`, `push`, `profile`, `read:*`, `write:*`, `admin:read:*` and `admin:write:*` (https://docs.joinmastodon.org/api/oauth-scopes/).",
      ),
    );
  }
  if (scopes.duplicates.length > 0) {
    inputWarnings.push(
      `Input '${Inputs.RequiredScopes}' lists ${scopes.duplicates.map((s) => `'${s}'`).join(', ')} more than once; each counts once.`,
    );
  }
  for (const name of scopes.deprecated) {
    inputWarnings.push(
      `Input '${Inputs.RequiredScopes}': ${scopeInfo(name)?.deprecated ?? `'${name}' is deprecated.`}`,
    );
  }

  const sourcePaths = attempt(() => parseSourcePaths(get(Inputs.SourcePaths))) ?? [];
  const onExcess = attempt(() => oneOf(Inputs.OnExcess, get(Inputs.OnExcess), ['fail', 'warn', 'ignore'] as const));
  const onMissing = attempt(() => oneOf(Inputs.OnMissing, get(Inputs.OnMissing), ['fail', 'warn'] as const));
  const onUnreachable = attempt(() =>
    oneOf(Inputs.OnUnreachable, get(Inputs.OnUnreachable), ['fail', 'warn'] as const),
  );
  const publish = attempt(() => parsePublishSettings(raw));
  const probe = attempt(() => oneOf(Inputs.Probe, get(Inputs.Probe), ['auto', 'always', 'never'] as const));
  const maxTokenAgeDays = attempt(() =>
    optionalNumber(Inputs.MaxTokenAgeDays, get(Inputs.MaxTokenAgeDays), { min: 1, max: 36500, integer: true }),
  );
  const timeoutSeconds = attempt(() => parseTimeoutSeconds(get(Inputs.TimeoutSeconds)));

  if (errors.length > 0 || !instance || !onExcess || !onMissing || !onUnreachable || !publish || !probe) {
    throw new InputErrors(errors);
  }

  const skipReason = token ? undefined : withheldSecretReason(context, inputWarnings);
  return {
    instance,
    token,
    requiredScopes: scopes.scopes,
    scopesDeclared: scopes.scopes.length > 0,
    onExcess,
    onMissing,
    onUnreachable,
    maxTokenAgeDays,
    ...publish,
    timeoutSeconds: timeoutSeconds ?? DEFAULT_TIMEOUT_SECONDS,
    probe,
    sourcePaths,
    skipReason,
    surface: context.surface ?? 'action',
    inputWarnings,
  };
}

/** `source-paths`: separated by spaces or newlines; each must stay inside the workspace. */
function parseSourcePaths(text: string): string[] {
  const paths: string[] = [];
  for (const entry of text.split(/\s+/).filter(Boolean)) {
    try {
      const path = normaliseSourcePath(entry);
      if (!paths.includes(path)) paths.push(path);
    } catch (error) {
      if (!(error instanceof SourcePathError)) throw error;
      throw new InputError(Inputs.SourcePaths, `Input '${Inputs.SourcePaths}': ${error.message}.`);
    }
  }
  return paths;
}

/** `timeout-seconds` when the input is empty. */
const DEFAULT_TIMEOUT_SECONDS = 30;

function parseTimeoutSeconds(text: string): number | undefined {
  return optionalNumber(Inputs.TimeoutSeconds, text, { min: 1, max: 3600, integer: false });
}

/**
 * The step's own settings when a file lists several bots (`config`): what publishing needs, and one time budget for
 * every bot. Each bot names its instance and token in the file, so the step's `instance` and `token` must be left out;
 * every other check input is each bot's default (config/run-bots.ts reads those per bot).
 */
export interface BotsRunSettings extends PublishSettings {
  readonly timeoutSeconds: number;
}

export function parseBotsRunSettings(raw: RawInputs): BotsRunSettings {
  const { errors, get, attempt } = inputReader(raw);
  for (const name of [Inputs.Instance, Inputs.Token] as const) {
    if (raw[name]?.trim()) {
      errors.push(
        new InputError(
          name,
          `Input '${name}' is set together with 'config': each bot of the file names its own instance and token variable. Leave '${name}' out.`,
        ),
      );
    }
  }
  const timeoutSeconds = attempt(() => parseTimeoutSeconds(get(Inputs.TimeoutSeconds)));
  const publish = attempt(() => parsePublishSettings(raw));
  if (errors.length > 0 || !publish) throw new InputErrors(errors);
  return { ...publish, timeoutSeconds: timeoutSeconds ?? DEFAULT_TIMEOUT_SECONDS };
}

/** What publishing needs, read on its own: part of parseSettings, and alone for a several-bots run (each bot has its own check settings). */
export function parsePublishSettings(raw: RawInputs): PublishSettings {
  const { errors, get, attempt } = inputReader(raw);
  const comment = attempt(() => oneOf(Inputs.Comment, get(Inputs.Comment), ['auto', 'always', 'never'] as const));
  const issue = attempt(() => oneOf(Inputs.Issue, get(Inputs.Issue), ['auto', 'never'] as const));
  if (!comment || !issue) throw new InputErrors(errors);
  return { comment, issue, githubToken: (raw[Inputs.GithubToken] ?? '').trim() };
}

/**
 * Why the token is empty on a run GitHub gives no secrets: a run Dependabot started, or a pull request from a fork
 * (its head repository differs from its base, read from the event payload, not guessed from the event's name).
 * Anywhere else an empty token is an input error: the secret is missing or misnamed.
 */
function withheldSecretReason(context: SettingsContext, warnings: string[]): string {
  if (/^dependabot\[bot\]$/i.test(context.actor)) {
    return 'The token is empty: GitHub withholds repository secrets from runs that Dependabot starts.';
  }
  if (secretsWithheldFromForks(context.eventName)) {
    if (context.pullRequestFromFork === true) {
      return `The token is empty: GitHub withholds repository secrets from '${context.eventName}' runs of pull requests from forks, and this pull request comes from one.`;
    }
    if (context.pullRequestFromFork === undefined) {
      warnings.push(
        `The event payload (GITHUB_EVENT_PATH) ${context.payloadProblem ? `could not be read (${context.payloadProblem})` : 'does not describe a pull request'}, so whether this pull request comes from a fork is not known; the empty token is taken for a fork's withheld secret. If it is not, the secret is missing or misnamed.`,
      );
      return `The token is empty, on a '${context.eventName}' run whose pull request may come from a fork, whose runs GitHub gives no secrets.`;
    }
  }
  const where =
    context.eventName === 'pull_request_target'
      ? " 'pull_request_target' runs receive the repository's secrets, forks' pull requests included, so"
      : secretsWithheldFromForks(context.eventName)
        ? ' This pull request comes from a branch of this repository, whose runs receive secrets, so'
        : ' So';
  throw new InputErrors([
    new InputError(
      Inputs.Token,
      `Input '${Inputs.Token}' is empty.${where} the secret is missing or misnamed. Pass the secret that holds the access token, e.g. 'token: \${{ secrets.MASTODON_TOKEN }}', and check that the secret exists in this repository or organisation.`,
    ),
  ]);
}

/** Shorter than any token Mastodon, GoToSocial or Pleroma issues (43 characters and more). */
const MIN_TOKEN_LENGTH = 16;

/**
 * Trims the copy-paste faults a secret picks up (surrounding white space and newlines, a `Bearer ` prefix) and
 * refuses what cannot be a token. Messages describe the fault and never show the value.
 */
export function parseToken(raw: string, warnings: string[]): string {
  let token = raw.replace(/^[\s\uFEFF\u200B]+|[\s\uFEFF\u200B]+$/g, '');
  // `Bearer` alone is `token: Bearer ${{ secrets.X }}` with the secret withheld (a fork's pull request): empty.
  const bearer = /^bearer(?:\s+|$)/i.exec(token);
  if (bearer) {
    token = token.slice(bearer[0].length);
    warnings.push(
      `Input '${Inputs.Token}' starts with 'Bearer '; it was removed. Store the token alone in the secret.`,
    );
  }
  if (!token) return '';
  if (token.length < MIN_TOKEN_LENGTH) {
    // Also a safety rule: a string this short cannot be masked in logs without hiding ordinary words, so the runner
    // would show it wherever it appears (main.ts masks forms of 8 characters and more).
    throw new InputError(
      Inputs.Token,
      `Input '${Inputs.Token}' is too short to be an access token (${token.length} ${token.length === 1 ? 'character' : 'characters'}; Mastodon's have 43). Check that the secret holds the token itself, copied whole, not a placeholder.`,
    );
  }
  if (/\s/.test(token)) {
    throw new InputError(
      Inputs.Token,
      `Input '${Inputs.Token}' has white space inside it (${token.split(/\s+/).length} parts): a token is one word. Check that the secret holds only the access token, copied whole.`,
    );
  }
  const bad = [...token].findIndex((c) => c < '!' || c > '~');
  if (bad >= 0) {
    throw new InputError(
      Inputs.Token,
      `Input '${Inputs.Token}' has a character that is not printable ASCII at position ${bad + 1} of ${token.length}: Mastodon tokens are letters, digits, '-' and '_'. Copy the token again from Preferences → Development → your application → 'Your access token'.`,
    );
  }
  return token;
}

function oneOf<T extends string>(input: InputName, value: string, allowed: readonly T[]): T {
  const lower = value.toLowerCase();
  const match = allowed.find((a) => a === lower);
  if (match) return match;
  throw new InputError(
    input,
    `Input '${input}' is '${value}'; expected one of ${allowed.map((a) => `'${a}'`).join(', ')}.`,
  );
}

function optionalNumber(
  input: InputName,
  value: string,
  rule: { min: number; max: number; integer: boolean },
): number | undefined {
  if (value === '') return undefined;
  const number = Number(value);
  if (
    !/^\d+(\.\d+)?$/.test(value) ||
    !Number.isFinite(number) ||
    number < rule.min ||
    number > rule.max ||
    (rule.integer && !Number.isInteger(number))
  ) {
    throw new InputError(
      input,
      `Input '${input}' is '${value}'; expected ${rule.integer ? 'a whole number' : 'a number'} from ${rule.min} to ${rule.max}.`,
    );
  }
  return number;
}
