export const id = 234;
export const ids = [234];
export const modules = {

/***/ 6234:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  publishToGitHub: () => (/* binding */ publishToGitHub)
});

// UNUSED EXPORTS: GITHUB_GRACE_MS, MAX_BODY, MAX_TITLE, body, title

// EXTERNAL MODULE: ./src/util/records.ts
var records = __webpack_require__(9378);
;// CONCATENATED MODULE: ./src/sinks/github/api.ts

/**
 * Bounds on looking for what an earlier run wrote: the first match ends the search, and a repository with thousands
 * of comments or issues, or a server that pages forever, costs at most this many pages and bytes.
 */
const PAGE_SIZE = 50;
const MAX_PAGES = 10;
const MAX_LISTED_BYTES = 8 * 1024 * 1024;
/** GitHub answered with success but not with its API's JSON: a proxy, a captive portal, another server. */
class NotGitHubAnswer extends Error {
    name = 'NotGitHubAnswer';
    constructor(what, contentType) {
        super(`${what}: GitHub's API answered with success but not with its JSON (${contentType || 'no content type'}); a proxy, a captive portal or a GITHUB_API_URL that is not GitHub's API?`);
    }
}
const contentTypeOf = (answer) => String(answer.headers['content-type'] ?? '').split(';')[0] ?? '';
/** The `html_url` of a write, which a success must carry. */
function htmlUrlOf(answer, what) {
    const url = (0,records/* asRecord */.q)(answer.data)?.['html_url'];
    if (typeof url !== 'string')
        throw new NotGitHubAnswer(what, contentTypeOf(answer));
    return url;
}
function writtenFrom(item, number) {
    const r = (0,records/* asRecord */.q)(item);
    const id = r?.['id'];
    const itemNumber = number ?? r?.['number'];
    if (!r || typeof id !== 'number' || typeof itemNumber !== 'number')
        return undefined;
    const body = typeof r['body'] === 'string' ? r['body'] : '';
    const author = (0,records/* asRecord */.q)(r['user'])?.['login'];
    return { id, number: itemNumber, body, author: typeof author === 'string' ? author : '' };
}
/** Page after page until the first item that `isMine`, the last page, or a bound. */
async function findInPages(what, fetchPage, toWritten, isMine, debug) {
    let bytes = 0;
    for (let page = 1; page <= MAX_PAGES; page++) {
        const answer = await fetchPage(page);
        if (!Array.isArray(answer.data))
            throw new NotGitHubAnswer(what, contentTypeOf(answer));
        for (const item of answer.data) {
            const written = toWritten(item);
            if (!written)
                continue;
            if (isMine(written))
                return written;
            bytes += written.body.length;
        }
        if (answer.data.length < PAGE_SIZE)
            return undefined;
        if (bytes > MAX_LISTED_BYTES) {
            debug(`${what}: stopped after ${page} pages (${bytes} bytes) without a match.`);
            return undefined;
        }
    }
    debug(`${what}: stopped after ${MAX_PAGES} pages without a match.`);
    return undefined;
}
/**
 * The login this token writes as, for the author check. GraphQL `viewer` answers for every kind of token: the
 * workflow's GITHUB_TOKEN (`github-actions[bot]`), a GitHub App installation token (`<slug>[bot]`) and a personal
 * access token (its user). REST `GET /user` refuses installation tokens (403 "Resource not accessible by
 * integration"), so it is only the second try, for a server whose GraphQL endpoint is unavailable. Last comes
 * `github-actions[bot]`, the author with the default token: a wrong guess costs a second comment, never someone
 * else's edited.
 */
async function whoAmI(octokit, debug) {
    try {
        const answer = await octokit.graphql('query { viewer { login } }');
        if (typeof answer.viewer?.login === 'string' && answer.viewer.login)
            return answer.viewer.login;
    }
    catch (error) {
        debug(`GraphQL viewer did not answer (${describe(error)}); trying GET /user.`);
    }
    try {
        const { data } = await octokit.rest.users.getAuthenticated();
        if (data.login)
            return data.login;
    }
    catch (error) {
        debug(`GET /user did not answer (${describe(error)}); assuming the default token's github-actions[bot].`);
    }
    return 'github-actions[bot]';
}
/** This job's comment on a pull request, if an earlier run wrote one: the oldest match. */
function findIssueComment(octokit, repository, issueNumber, isMine, debug) {
    return findInPages(`GET the comments of #${issueNumber}`, (page) => octokit.rest.issues.listComments({ ...repository, issue_number: issueNumber, per_page: PAGE_SIZE, page }), (item) => writtenFrom(item, issueNumber), isMine, debug);
}
/**
 * This job's open tracking issue, if an earlier run opened one: only the open issues this token's login created
 * (`creator`), oldest first, never every open issue of the repository. A closed tracking issue stays closed, and a
 * new breakage opens a new one.
 */
function findOpenIssue(octokit, repository, creator, isMine, debug) {
    return findInPages(`GET the open issues by ${creator}`, (page) => octokit.rest.issues.listForRepo({
        ...repository,
        state: 'open',
        creator,
        sort: 'created',
        direction: 'asc',
        per_page: PAGE_SIZE,
        page,
    }), 
    // The issues API lists pull requests too.
    (item) => ((0,records/* asRecord */.q)(item)?.['pull_request'] ? undefined : writtenFrom(item, undefined)), (item) => item.author === creator && isMine(item), debug);
}
async function createIssueComment(octokit, repository, issueNumber, body) {
    const answer = await octokit.rest.issues.createComment({ ...repository, issue_number: issueNumber, body });
    return htmlUrlOf(answer, `POST a comment on #${issueNumber}`);
}
async function updateIssueComment(octokit, repository, commentId, body) {
    const answer = await octokit.rest.issues.updateComment({ ...repository, comment_id: commentId, body });
    return htmlUrlOf(answer, `PATCH comment ${commentId}`);
}
async function createIssue(octokit, repository, title, body) {
    const answer = await octokit.rest.issues.create({ ...repository, title, body });
    return htmlUrlOf(answer, 'POST an issue');
}
async function updateIssue(octokit, repository, issueNumber, title, body) {
    const answer = await octokit.rest.issues.update({ ...repository, issue_number: issueNumber, title, body });
    return htmlUrlOf(answer, `PATCH issue #${issueNumber}`);
}
async function closeIssue(octokit, repository, issueNumber) {
    const answer = await octokit.rest.issues.update({
        ...repository,
        issue_number: issueNumber,
        state: 'closed',
        state_reason: 'completed',
    });
    return htmlUrlOf(answer, `PATCH issue #${issueNumber}`);
}
/** What an API failure was, in one line: method, path, status and GitHub's message. */
function describe(error) {
    const failure = apiFailureOf(error);
    const where = failure.method && failure.path ? `${failure.method} ${failure.path}: ` : '';
    if (failure.status === undefined)
        return `${where}no answer (${failure.message})`;
    return `${where}${failure.status}${failure.message ? ` (${failure.message})` : ''}`;
}
function apiFailureOf(error) {
    const e = (error ?? {});
    const data = e.response?.data;
    const status = typeof e.response?.status === 'number' ? e.response.status : undefined;
    const url = typeof e.request?.url === 'string' ? e.request.url : '';
    let path = url;
    try {
        path = url ? new URL(url).pathname : '';
    }
    catch {
        // not a URL: keep it as it is
    }
    return {
        status,
        message: typeof data?.message === 'string' ? data.message : typeof e.message === 'string' ? e.message : String(error),
        method: typeof e.request?.method === 'string' ? e.request.method : '',
        path,
    };
}
/** A label's description, or undefined when the repository has no label of that name. */
async function getLabelDescription(octokit, repository, name) {
    try {
        const { data } = await octokit.rest.issues.getLabel({ ...repository, name });
        return data.description ?? '';
    }
    catch (error) {
        if (apiFailureOf(error).status === 404)
            return undefined;
        throw error;
    }
}
async function createLabel(octokit, repository, name, description) {
    await octokit.rest.issues.createLabel({ ...repository, name, description, color: 'bfbfbf' });
}
/** Deletes a label; one already gone is fine. */
async function deleteLabel(octokit, repository, name) {
    try {
        await octokit.rest.issues.deleteLabel({ ...repository, name });
    }
    catch (error) {
        if (apiFailureOf(error).status !== 404)
            throw error;
    }
}

// EXTERNAL MODULE: ./node_modules/@actions/github/lib/github.js + 22 modules
var github = __webpack_require__(2413);
;// CONCATENATED MODULE: ./src/sinks/github/client.ts
/** The GitHub client: the one module that loads @actions/github, in a chunk of its own (see sinks/github.ts). */

/** The most one GitHub answer may take in memory: pages are small; a larger answer is not the API's. */
const MAX_ANSWER_BYTES = 4 * 1024 * 1024;
/**
 * `getOctokit` honours GITHUB_API_URL (GitHub Enterprise Server; the tests' loopback server) and the runner's proxy.
 * Every request is bound three ways: one signal for all of them (`timeoutMs`: a hung API cannot hold the step), a
 * cap on each answer's size, and the API's own origin: a URL elsewhere (a `Link: rel=next` or a redirect to another
 * host) is refused before the token, which Octokit adds to every request, could be sent there.
 */
function createGitHubClient(token, timeoutMs) {
    const octokit = (0,github/* getOctokit */.Q)(token);
    const signal = AbortSignal.timeout(timeoutMs);
    octokit.hook.before('request', (options) => {
        const api = new URL(String(options.baseUrl));
        const target = new URL(String(options.url), `${api.origin}/`);
        if (/^[a-z][a-z0-9+.-]*:/i.test(String(options.url)) && target.origin !== api.origin) {
            throw new Error(`refused to send a request to ${target.origin}, which is not GitHub's API (${api.origin}): the GitHub token was not sent there`);
        }
        // Set per request: a `request` option passed to getOctokit would replace its proxy-aware fetch.
        const inner = options.request?.fetch ?? fetch;
        options.request = { ...options.request, signal, fetch: cappedFetch(inner, api.origin) };
    });
    return octokit;
}
/**
 * Octokit's fetch, with the answer's body read up to MAX_ANSWER_BYTES, and without following a redirect to another
 * origin (the token would go along).
 */
function cappedFetch(inner, origin) {
    return async (input, init) => {
        const response = await inner(input, { ...init, redirect: 'manual' });
        const location = response.headers.get('location');
        if (response.status >= 300 && response.status < 400 && location) {
            const next = new URL(location, response.url || String(input));
            await response.body?.cancel();
            if (next.origin !== origin) {
                throw new Error(`GitHub's API redirected to ${next.origin}, another origin: not followed, so the GitHub token was not sent there`);
            }
            return cappedFetch(inner, origin)(next.toString(), init);
        }
        if (!response.body)
            return response;
        const chunks = [];
        let size = 0;
        const reader = response.body.getReader();
        for (;;) {
            const { done, value } = await reader.read();
            if (done)
                break;
            size += value.byteLength;
            if (size > MAX_ANSWER_BYTES) {
                await reader.cancel();
                throw new Error(`GitHub's API answered with more than ${MAX_ANSWER_BYTES} bytes: not its API's answer`);
            }
            chunks.push(value);
        }
        // Statuses without a body (204, 304) cannot be given one, not even an empty one.
        const empty = response.status === 204 || response.status === 205 || response.status === 304;
        return new Response(empty ? null : Buffer.concat(chunks), {
            status: response.status,
            statusText: response.statusText,
            headers: response.headers,
        });
    };
}

// EXTERNAL MODULE: ./src/util/text.ts
var util_text = __webpack_require__(9997);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./src/sinks/github/marker.ts
/**
 * The hidden parts of a comment or issue body: the marker that finds it again, and the state that tells whether a
 * later run has anything new to write. Pure.
 */

const TOOL = 'mastodon-token-health';
/** One line that only this key's comment or issue holds. Encoded, so no workflow name can end the HTML comment. */
function markerOf(kind, key) {
    const part = (text) => encodeURIComponent(text);
    return `<!-- ${TOOL}:${kind} instance=${part(key.instance)} workflow=${part(key.workflow)} job=${part(key.job)} -->`;
}
/** The state line, whole: it counts only as the body's second line, right after the marker, where this action writes it. */
const STATE_PATTERN = new RegExp(`^<!-- ${TOOL}:state (\\{[^\\n]*?\\}) -->$`);
/**
 * Whether `body` is this key's comment or issue: the marker is its first line, where only this action writes it. The
 * same text anywhere else (a server string quoted further down, a user pasting it into a reply) does not count.
 */
function hasMarker(body, kind, key) {
    return firstLines(body)[0] === markerOf(kind, key);
}
function firstLines(body) {
    return body.replace(/^\uFEFF/, '').split(/\r?\n/, 2);
}
function stateLine(state) {
    // `<` and `>` escaped so that no value can close the HTML comment; JSON.parse reads them back.
    const json = JSON.stringify(state).replace(/</g, '\\u003c').replace(/>/g, '\\u003e');
    return `<!-- ${TOOL}:state ${json} -->`;
}
function readState(body) {
    const match = STATE_PATTERN.exec(firstLines(body)[1] ?? '');
    if (!match)
        return undefined;
    let parsed;
    try {
        parsed = JSON.parse(match[1]);
    }
    catch {
        return undefined;
    }
    if (parsed === null || typeof parsed !== 'object')
        return undefined;
    const record = parsed;
    const text = (name) => (typeof record[name] === 'string' ? record[name] : undefined);
    const fingerprint = text('fingerprint');
    if (fingerprint === undefined)
        return undefined;
    return {
        fingerprint,
        status: text('status'),
        firstSeen: text('firstSeen'),
        firstRun: text('firstRun'),
        lastSeen: text('lastSeen'),
        lastRun: text('lastRun'),
    };
}
/** The fingerprint of a comment that says the token is healthy again. */
const RESOLVED = 'resolved';
/**
 * What a reader would call "the findings": status, token state, each finding by id and severity, the scope lists,
 * account and app. Not the check's time, the token's age in days or a server's error wording, which change from run
 * to run while nothing that matters does.
 */
function fingerprintOf(report) {
    const facts = {
        status: report.status,
        tokenState: report.tokenState,
        findings: report.findings.map((f) => `${f.id}:${f.severity}`).sort(),
        granted: report.scopes.granted,
        required: report.scopes.required,
        excess: report.scopes.excess,
        missing: report.scopes.missing,
        account: report.account?.handle ?? '',
        app: report.app?.name ?? '',
    };
    return (0,external_node_crypto_.createHash)('sha256').update(JSON.stringify(facts)).digest('hex').slice(0, 16);
}
/**
 * Where an outage is remembered before it has an issue: a repository label, one per sticky key. A label is the one
 * thing the issue permission may write that notifies no one (an issue, even one closed at once, would); it is
 * deleted as soon as a run reaches the instance again, or when the outage's issue is opened. Its name is short and
 * fixed (GitHub allows 50 characters); its description (100) says what it is and holds the time it began.
 */
function outageLabelName(key) {
    const hash = (0,external_node_crypto_.createHash)('sha256').update(markerOf('issue', key)).digest('hex').slice(0, 8);
    return `token-health outage ${hash}`;
}
function outageLabelDescription(key, since) {
    const host = key.instance.length > 40 ? `${key.instance.slice(0, 39)}…` : key.instance;
    return `mastodon-token-health: ${host} unreachable since ${since}`;
}
/** When the outage began, from the label's description; undefined when it says no time. */
function outageSinceOf(description) {
    const match = / since (\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?Z)$/.exec(description);
    return match && !Number.isNaN(Date.parse(match[1])) ? match[1] : undefined;
}

// EXTERNAL MODULE: ./src/report/headline.ts
var headline = __webpack_require__(4512);
// EXTERNAL MODULE: ./src/report/markdown.ts
var markdown = __webpack_require__(4285);
// EXTERNAL MODULE: ./src/inputs/instance.ts
var instance = __webpack_require__(866);
;// CONCATENATED MODULE: ./src/sinks/github/bodies.ts
/**
 * The Markdown of the pull request comment, the tracking issue and its closing comment: the same report as the job
 * summary (report/markdown.ts), with the hidden marker and state. Pure. Everything the server chose is already inside
 * code spans (util/text.ts `code`, the one escaper), so it can neither mention anyone nor inject
 * Markdown; the caller passes every body through the redactor before it leaves.
 */





const HEADING_LEVEL = 3;
function keeper(key) {
    const job = key.job ? `the ${(0,util_text/* code */.aY)(key.job)} job` : 'the job';
    return key.workflow ? `${job} of the ${(0,util_text/* code */.aY)(key.workflow)} workflow` : job;
}
function commentBody(report, key, fingerprint) {
    return [
        markerOf('comment', key),
        stateLine({ fingerprint }),
        (0,markdown/* renderMarkdown */.Gc)(report, { headingLevel: HEADING_LEVEL }).trimEnd(),
        '',
        `<sub>Kept by ${keeper(key)}: edited in place on later runs, and marked resolved when the token is healthy.</sub>`,
        '',
    ].join('\n');
}
/** A short note that replaces the findings once the token is healthy. */
function resolvedCommentBody(report, key) {
    return [
        markerOf('comment', key),
        stateLine({ fingerprint: RESOLVED }),
        report.bots
            ? `${'#'.repeat(HEADING_LEVEL)} ✅ Resolved: ${(0,headline/* headline */.Pl)(report).toLowerCase()} in ${(0,util_text/* code */.aY)(report.bots.file)}`
            : `${'#'.repeat(HEADING_LEVEL)} ✅ Resolved: token healthy${onInstance(report)}`,
        '',
        `${healthySentence(report)} The findings this comment showed before are fixed.`,
        '',
        `<sub>Checked ${report.checkedAt} by ${keeper(key)}.</sub>`,
        '',
    ].join('\n');
}
function issueTitle(report) {
    if (report.bots)
        return `Mastodon bots of ${report.bots.file}: ${(0,headline/* headline */.Pl)(report)}`;
    const host = report.instance.host;
    return `Mastodon token${host ? ` on ${(0,instance/* shownHost */.KI)(host)}` : ''}: ${(0,headline/* headline */.Pl)(report)}`;
}
function issueBody(report, key, state) {
    const run = (url) => (url ? ` ([run](${url}))` : '');
    // The verdict and the fix first, like the job summary; when and who keeps it come last.
    return [
        markerOf('issue', key),
        stateLine(state),
        (0,markdown/* renderMarkdown */.Gc)(report, { headingLevel: HEADING_LEVEL }).trimEnd(),
        '',
        `**First seen** ${timeOf(state.firstSeen)}${run(state.firstRun)} · **last seen** ${(state.lastSeen ?? '').slice(0, 10)} (UTC)${run(state.lastRun)}`,
        '',
        `<sub>Kept by ${keeper(key)}${whereOf(report)}: edited when the findings change, and at most once a day otherwise to move "last seen"; closed with a comment when the token is healthy again.</sub>`,
        '',
    ].join('\n');
}
function closingComment(report, key, runUrl, firstSeen) {
    const since = firstSeen ? ` It was first seen unhealthy ${timeOf(firstSeen)}.` : '';
    const warnings = report.findings.filter((f) => f.severity !== 'notice').map((f) => f.title);
    const remaining = warnings.length
        ? ` Still worth a look (warnings only): ${warnings.join('; ')}; see the run's job summary.`
        : '';
    const what = report.status === 'healthy' ? 'token healthy' : 'token works again';
    return [
        `${'#'.repeat(HEADING_LEVEL)} ✅ Resolved: ${report.bots ? (0,headline/* headline */.Pl)(report).toLowerCase() : what}${whereOf(report)}`,
        '',
        `${healthySentence(report)}${since}${remaining} Closing this issue; a new one is opened if the token breaks again.`,
        '',
        `<sub>Checked ${report.checkedAt} by ${keeper(key)}${runUrl ? ` ([run](${runUrl}))` : ''}.</sub>`,
        '',
    ].join('\n');
}
/** Where the findings are, after a space: the instance, or for several bots their file. */
function whereOf(report) {
    return report.bots ? ` in ${(0,util_text/* code */.aY)(report.bots.file)}` : onInstance(report);
}
/** ` on `host``; nothing when the report knows no instance. */
function onInstance(report) {
    return report.instance.host ? ` on ${(0,util_text/* code */.aY)((0,instance/* shownHost */.KI)(report.instance.host))}` : '';
}
function healthySentence(report) {
    if (report.bots)
        return `Every bot's token works.`;
    const owner = report.account ? ` for ${(0,util_text/* code */.aY)(report.account.handle)}` : '';
    return report.scopes.declared && report.scopes.excess.length === 0
        ? `The token${owner} works and holds exactly the declared scopes.`
        : `The token${owner} works.`;
}
function timeOf(iso) {
    return iso ? `${iso.slice(0, 16).replace('T', ' ')} UTC` : 'unknown';
}

;// CONCATENATED MODULE: ./src/sinks/github/sticky.ts


function planComment(existing, report, verdict, key) {
    const fingerprint = verdict === 'attention' ? fingerprintOf(report) : RESOLVED;
    if (!existing) {
        return verdict === 'attention'
            ? { kind: 'create', body: commentBody(report, key, fingerprint) }
            : { kind: 'none', reason: 'the token is healthy and there is no comment to resolve' };
    }
    // The body holds the time of the check, so compare what was found, not the text.
    if (readState(existing.body)?.fingerprint === fingerprint) {
        return { kind: 'none', reason: 'the findings are unchanged' };
    }
    const body = verdict === 'attention' ? commentBody(report, key, fingerprint) : resolvedCommentBody(report, key);
    return { kind: 'update', id: existing.id, body };
}
function planIssue(existing, report, verdict, key, context) {
    const now = context.now.toISOString();
    const previous = existing ? readState(existing.body) : undefined;
    if (verdict === 'healthy') {
        return existing
            ? {
                kind: 'close',
                number: existing.number,
                comment: closingComment(report, key, context.runUrl, previous?.firstSeen),
            }
            : { kind: 'none', reason: 'the token is healthy and no tracking issue is open' };
    }
    const fingerprint = fingerprintOf(report);
    // "Last seen" is shown as a day: moving it once a day keeps it true without an edit on every run.
    if (existing && previous?.fingerprint === fingerprint && previous.lastSeen?.slice(0, 10) === now.slice(0, 10)) {
        return { kind: 'none', reason: 'the findings are unchanged and were already seen today' };
    }
    const body = issueBody(report, key, {
        fingerprint,
        status: report.status,
        firstSeen: previous?.firstSeen ?? context.firstSeen ?? now,
        firstRun: previous?.firstSeen ? previous.firstRun : context.firstSeen ? undefined : context.runUrl || undefined,
        lastSeen: now,
        lastRun: context.runUrl || undefined,
    });
    return existing
        ? { kind: 'update', number: existing.number, title: issueTitle(report), body }
        : { kind: 'open', title: issueTitle(report), body };
}
/** An instance must stay unreachable this long, across runs, before it gets a tracking issue. */
const OUTAGE_GRACE_MS = 24 * 60 * 60 * 1000;
/**
 * A run that cannot reach the instance, with `on-unreachable: fail`. One such run (a maintenance window at the
 * scheduled hour) opens no issue: it remembers when the outage began, in a label. A run that still cannot reach it a
 * day or more later opens the issue, first seen when the outage began. An open issue about the token itself is left
 * as it is (an unreachable instance says nothing new about the token); an open outage issue moves "last seen". Pure.
 */
function planOutage(existing, report, key, context) {
    if (existing) {
        if (readState(existing.body)?.status === 'unreachable') {
            return { issue: planIssue(existing, report, 'unhealthy', key, context), memory: 'forget' };
        }
        return {
            issue: {
                kind: 'none',
                reason: 'the instance cannot be reached on this run, which says nothing new about the token: the open issue stays as it is',
            },
            memory: 'keep',
        };
    }
    const since = context.outageSince;
    if (since === undefined) {
        const opensAfter = new Date(context.now.getTime() + OUTAGE_GRACE_MS).toISOString().slice(0, 16);
        return {
            issue: {
                kind: 'none',
                reason: `the instance cannot be reached for the first time: no tracking issue yet; one is opened if a run at ${opensAfter} UTC or later still cannot reach it`,
            },
            memory: 'remember',
        };
    }
    if (context.now.getTime() - Date.parse(since) < OUTAGE_GRACE_MS) {
        const opensAfter = new Date(Date.parse(since) + OUTAGE_GRACE_MS).toISOString().slice(0, 16);
        return {
            issue: {
                kind: 'none',
                reason: `the instance has not been reached since ${since.slice(0, 16)} UTC: a tracking issue is opened if a run at ${opensAfter} UTC or later still cannot reach it`,
            },
            memory: 'keep',
        };
    }
    return { issue: planIssue(undefined, report, 'unhealthy', key, { ...context, firstSeen: since }), memory: 'forget' };
}

;// CONCATENATED MODULE: ./src/sinks/github/publish.ts





/**
 * The GitHub phase ends with the run's own bound (`timeout-seconds`, counted from the start of the run) plus this
 * grace, whatever GitHub does: the comment or issue is worth a few seconds, not a hung job.
 */
const GITHUB_GRACE_MS = 5_000;
/** Time GitHub gets even when the check itself took all of `timeout-seconds`. */
const MIN_GITHUB_MS = 2_000;
async function publishToGitHub(plan, report, context) {
    const { event, redact, log } = context;
    if (!event.repository)
        return;
    let session;
    try {
        session = {
            octokit: createGitHubClient(context.token, Math.max(MIN_GITHUB_MS, (context.deadline ?? Date.now() + 30_000) + GITHUB_GRACE_MS - Date.now())),
            repository: event.repository,
            report,
            // Several bots share one comment and one issue, kept under their file's name.
            key: {
                // A report that reaches GitHub has been checked or skipped: its instance is known ('' never happens).
                instance: report.bots ? `config:${report.bots.file}` : (report.instance.host ?? ''),
                workflow: event.workflow,
                job: event.job,
            },
            event,
            redact,
            log,
            now: context.now ?? new Date(),
            doing: 'connect to GitHub',
        };
        if (plan.sink === 'comment')
            await keepComment(session, plan);
        else
            await keepIssue(session, plan);
    }
    catch (error) {
        log.warning(failureMessage(plan.sink, session?.doing ?? 'connect to GitHub', error, event), plan.sink === 'comment' ? 'Pull request comment not written' : 'Tracking issue not written');
    }
}
async function keepComment(session, plan) {
    const { octokit, repository, redact, log } = session;
    const number = plan.pullRequest;
    const debug = (line) => log.debug(line);
    session.doing = `look for this job's comment on pull request #${number}`;
    const login = await whoAmI(octokit, debug);
    const existing = await findIssueComment(octokit, repository, number, (item) => isMine(item, 'comment', session.key, login), debug);
    const action = planComment(existing, session.report, plan.verdict, session.key);
    switch (action.kind) {
        case 'none':
            log.info(`Pull request comment left as it is: ${action.reason}.`);
            return;
        case 'create': {
            session.doing = `comment on pull request #${number}`;
            const url = await createIssueComment(octokit, repository, number, body(redact, action.body));
            log.info(`Pull request comment written: ${url}`);
            return;
        }
        case 'update': {
            session.doing = `update this job's comment on pull request #${number}`;
            try {
                const url = await updateIssueComment(octokit, repository, action.id, body(redact, action.body));
                log.info(`Pull request comment updated: ${url}`);
            }
            catch (error) {
                // Deleted between the listing and the edit (by someone, or by another run): not a permissions problem.
                if (apiFailureOf(error).status !== 404)
                    throw error;
                if (plan.verdict !== 'attention') {
                    log.info('Pull request comment left out: the earlier one was deleted meanwhile, and nothing needs attention.');
                    return;
                }
                session.doing = `comment on pull request #${number} (this job's comment was deleted meanwhile)`;
                const url = await createIssueComment(octokit, repository, number, body(redact, action.body));
                log.info(`Pull request comment written anew (the earlier one was deleted meanwhile): ${url}`);
            }
            return;
        }
    }
}
async function keepIssue(session, plan) {
    const { octokit, repository, log } = session;
    const debug = (line) => log.debug(line);
    session.doing = "look for this job's open tracking issue";
    const login = await whoAmI(octokit, debug);
    const existing = await findOpenIssue(octokit, repository, login, (item) => isMine(item, 'issue', session.key, login), debug);
    const context = { now: session.now, runUrl: session.event.runUrl };
    // An outage is remembered in a label until it has lasted a day (sticky.ts planOutage); any run that reaches the
    // instance forgets it.
    const label = outageLabelName(session.key);
    session.doing = 'look for the label that remembers an outage';
    const labelDescription = await getLabelDescription(octokit, repository, label);
    let action;
    let memory;
    if (plan.verdict === 'outage') {
        ({ issue: action, memory } = planOutage(existing, session.report, session.key, {
            ...context,
            outageSince: labelDescription === undefined ? undefined : (outageSinceOf(labelDescription) ?? context.now.toISOString()),
        }));
    }
    else {
        action = planIssue(existing, session.report, plan.verdict, session.key, context);
        memory = 'forget';
    }
    if (memory === 'remember' && labelDescription === undefined) {
        session.doing = 'remember the outage in a label';
        await createLabel(octokit, repository, label, outageLabelDescription(session.key, session.now.toISOString()));
        session.log.info(`The outage is remembered in the label '${label}' until the instance answers again.`);
    }
    await carryOut(session, action);
    if (memory === 'forget' && labelDescription !== undefined) {
        session.doing = 'delete the label that remembered an outage';
        await deleteLabel(octokit, repository, label);
    }
}
async function carryOut(session, action) {
    const { octokit, repository, redact, log } = session;
    switch (action.kind) {
        case 'none':
            log.info(`Tracking issue left as it is: ${action.reason}.`);
            return;
        case 'open': {
            session.doing = 'open a tracking issue';
            const url = await createIssue(octokit, repository, title(redact, action.title), body(redact, action.body));
            log.info(`Tracking issue opened: ${url}`);
            return;
        }
        case 'update': {
            session.doing = `update tracking issue #${action.number}`;
            try {
                const url = await updateIssue(octokit, repository, action.number, title(redact, action.title), body(redact, action.body));
                log.info(`Tracking issue updated: ${url}`);
            }
            catch (error) {
                // Deleted or transferred since it was listed: open a new one rather than blame permissions.
                if (apiFailureOf(error).status !== 404 && apiFailureOf(error).status !== 410)
                    throw error;
                session.doing = `open a tracking issue (#${action.number} is gone)`;
                const url = await createIssue(octokit, repository, title(redact, action.title), body(redact, action.body));
                log.info(`Tracking issue opened anew (#${action.number} is gone): ${url}`);
            }
            return;
        }
        case 'close': {
            // Comment first: an issue closed without the reason would leave its readers guessing.
            session.doing = `comment on tracking issue #${action.number} before closing it`;
            await createIssueComment(octokit, repository, action.number, body(redact, action.comment));
            session.doing = `close tracking issue #${action.number}`;
            log.info(`Tracking issue closed: ${await closeIssue(octokit, repository, action.number)}`);
            return;
        }
    }
}
/** GitHub refuses a comment or issue body past 65,536 characters, and an issue title past 256. */
const MAX_BODY = 65_000;
const MAX_TITLE = 256;
/**
 * What is sent to GitHub: redacted first, then clipped to what GitHub accepts (a clip never cuts a token in two, as
 * redaction came first). Every server string in a report is already bounded, so this is the last guard, not the rule.
 */
function body(redact, text) {
    const clean = redact(text);
    if (clean.length <= MAX_BODY)
        return clean;
    return `${(0,util_text/* clip */.$Q)(clean, MAX_BODY - 200)}\n\n<sub>Clipped: the report is longer than GitHub allows here; the run's job summary has all of it.</sub>\n`;
}
function title(redact, text) {
    return (0,util_text/* clip */.$Q)((0,util_text/* oneLine */.TN)(redact(text), MAX_TITLE), MAX_TITLE);
}
/**
 * The marker alone would let anyone who pastes it into a comment or issue have this action edit or close theirs;
 * the author check keeps to what this token wrote. The marker counts only where this action writes it, as the
 * body's first line: the same text further down (a server string quoted in a report) is no marker. The first match
 * in the listing (oldest first) wins, so a duplicate from two runs racing is left alone rather than edited in turn.
 */
function isMine(item, kind, key, login) {
    return item.author === login && hasMarker(item.body, kind, key);
}
function failureMessage(sink, doing, error, event) {
    const failure = apiFailureOf(error);
    const permission = `\`permissions: ${sink === 'comment' ? 'pull-requests: write' : 'issues: write'}\``;
    const what = `Could not ${doing}: ${describe(error)}.`;
    let advice;
    if (failure.status === 403 || failure.status === 404) {
        advice =
            sink === 'comment' && event.pullRequest?.fromFork && event.eventName === 'pull_request'
                ? `This pull request comes from a fork, and GitHub gives its runs a read-only token whatever ${permission} says: run the check on \`pull_request_target\` (see the README) or set \`comment: never\`.`
                : `Add ${permission} to the job, or pass a 'github-token' that may write ${sink === 'comment' ? 'pull request comments' : 'issues'}, or set \`${sink}: never\`.`;
    }
    else if (failure.status === 401) {
        advice = `The 'github-token' was refused: leave the input out to use the workflow's token (with ${permission}), or pass a valid one.`;
    }
    else if (error instanceof NotGitHubAnswer) {
        advice = "The next run tries again; if this persists, check the runner's proxy and GITHUB_API_URL.";
    }
    else {
        const trouble = failure.status === undefined
            ? /abort|timeout/i.test(failure.message)
                ? "GitHub's API did not answer within the run's time (timeout-seconds and a few seconds more)"
                : "GitHub's API did not answer"
            : 'GitHub failed';
        advice = `${trouble}; the next run tries again. (Writing the ${sink === 'comment' ? 'comment' : 'issue'} needs ${permission}.)`;
    }
    return `${what} ${advice} The token check's outcome does not depend on this.`;
}


/***/ })

};
