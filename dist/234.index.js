export const id = 234;
export const ids = [234];
export const modules = {

/***/ 6234:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  publishToGitHub: () => (/* binding */ publishToGitHub)
});

;// CONCATENATED MODULE: ./src/sinks/github/api.ts
const PAGE = { per_page: 100 };
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
async function listIssueComments(octokit, repository, issueNumber) {
    const comments = await octokit.paginate(octokit.rest.issues.listComments, {
        ...repository,
        issue_number: issueNumber,
        ...PAGE,
    });
    return comments.map((c) => ({ id: c.id, number: issueNumber, body: c.body ?? '', author: c.user?.login ?? '' }));
}
async function createIssueComment(octokit, repository, issueNumber, body) {
    const { data } = await octokit.rest.issues.createComment({ ...repository, issue_number: issueNumber, body });
    return data.html_url;
}
async function updateIssueComment(octokit, repository, commentId, body) {
    const { data } = await octokit.rest.issues.updateComment({ ...repository, comment_id: commentId, body });
    return data.html_url;
}
/** Open issues only: a closed tracking issue stays closed, and a new breakage opens a new one. */
async function listOpenIssues(octokit, repository) {
    const issues = await octokit.paginate(octokit.rest.issues.listForRepo, { ...repository, state: 'open', ...PAGE });
    return issues
        .filter((issue) => !issue.pull_request) // the issues API lists pull requests too
        .map((i) => ({ id: i.id, number: i.number, body: i.body ?? '', author: i.user?.login ?? '' }));
}
async function createIssue(octokit, repository, title, body) {
    const { data } = await octokit.rest.issues.create({ ...repository, title, body });
    return data.html_url;
}
async function updateIssue(octokit, repository, issueNumber, title, body) {
    const { data } = await octokit.rest.issues.update({ ...repository, issue_number: issueNumber, title, body });
    return data.html_url;
}
async function closeIssue(octokit, repository, issueNumber) {
    const { data } = await octokit.rest.issues.update({
        ...repository,
        issue_number: issueNumber,
        state: 'closed',
        state_reason: 'completed',
    });
    return data.html_url;
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

// EXTERNAL MODULE: ./node_modules/@actions/github/lib/github.js + 22 modules
var github = __webpack_require__(2413);
;// CONCATENATED MODULE: ./src/sinks/github/client.ts
/** The GitHub client: the one module that loads @actions/github, in a chunk of its own (see sinks/github.ts). */

/**
 * `getOctokit` honours GITHUB_API_URL (GitHub Enterprise Server; the tests' loopback server) and the runner's proxy.
 * Octokit sets no timeout of its own, so one signal bounds every request: a hung API cannot hold the step.
 */
function createGitHubClient(token, timeoutMs) {
    const octokit = (0,github/* getOctokit */.Q)(token);
    const signal = AbortSignal.timeout(timeoutMs);
    octokit.hook.before('request', (options) => {
        // Set per request: a `request` option passed to getOctokit would replace its proxy-aware fetch.
        options.request = { ...options.request, signal };
    });
    return octokit;
}

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
const STATE_PATTERN = new RegExp(`<!-- ${TOOL}:state (\\{[^\\n]*?\\}) -->`);
function stateLine(state) {
    // `<` and `>` escaped so that no value can close the HTML comment; JSON.parse reads them back.
    const json = JSON.stringify(state).replace(/</g, '\\u003c').replace(/>/g, '\\u003e');
    return `<!-- ${TOOL}:state ${json} -->`;
}
function readState(body) {
    const match = STATE_PATTERN.exec(body);
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

// EXTERNAL MODULE: ./src/report/headline.ts
var headline = __webpack_require__(4512);
// EXTERNAL MODULE: ./src/report/markdown.ts
var markdown = __webpack_require__(4285);
// EXTERNAL MODULE: ./src/util/text.ts
var util_text = __webpack_require__(9997);
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
            : `${'#'.repeat(HEADING_LEVEL)} ✅ Resolved: token healthy on ${(0,util_text/* code */.aY)((0,instance/* shownHost */.KI)(report.instance.host))}`,
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
    return `Mastodon token on ${(0,instance/* shownHost */.KI)(report.instance.host)}: ${(0,headline/* headline */.Pl)(report)}`;
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
        `<sub>Kept by ${keeper(key)} ${whereOf(report)}: edited when the findings change, and at most once a day otherwise to move "last seen"; closed with a comment when the token is healthy again.</sub>`,
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
        `${'#'.repeat(HEADING_LEVEL)} ✅ Resolved: ${report.bots ? (0,headline/* headline */.Pl)(report).toLowerCase() : what} ${whereOf(report)}`,
        '',
        `${healthySentence(report)}${since}${remaining} Closing this issue; a new one is opened if the token breaks again.`,
        '',
        `<sub>Checked ${report.checkedAt} by ${keeper(key)}${runUrl ? ` ([run](${runUrl}))` : ''}.</sub>`,
        '',
    ].join('\n');
}
/** Where the findings are: the instance, or for several bots their file. */
function whereOf(report) {
    return report.bots ? `in ${(0,util_text/* code */.aY)(report.bots.file)}` : `on ${(0,util_text/* code */.aY)((0,instance/* shownHost */.KI)(report.instance.host))}`;
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
        firstSeen: previous?.firstSeen ?? now,
        firstRun: previous?.firstSeen ? previous.firstRun : context.runUrl || undefined,
        lastSeen: now,
        lastRun: context.runUrl || undefined,
    });
    return existing
        ? { kind: 'update', number: existing.number, title: issueTitle(report), body }
        : { kind: 'open', title: issueTitle(report), body };
}

;// CONCATENATED MODULE: ./src/sinks/github/publish.ts




/** A bound on all GitHub requests of a run together: the comment or issue is worth a few seconds, not a hung job. */
const GITHUB_TIMEOUT_MS = 30_000;
async function publishToGitHub(plan, report, context) {
    const { event, redact, log } = context;
    if (!event.repository)
        return;
    let session;
    try {
        session = {
            octokit: createGitHubClient(context.token, GITHUB_TIMEOUT_MS),
            repository: event.repository,
            report,
            // Several bots share one comment and one issue, kept under their file's name.
            key: {
                instance: report.bots ? `config:${report.bots.file}` : report.instance.host,
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
    session.doing = `look for this job's comment on pull request #${number}`;
    const [login, comments] = await Promise.all([
        whoAmI(octokit, (line) => log.debug(line)),
        listIssueComments(octokit, repository, number),
    ]);
    const existing = findMine(comments, 'comment', session.key, login);
    const action = planComment(existing, session.report, plan.verdict, session.key);
    switch (action.kind) {
        case 'none':
            log.info(`Pull request comment left as it is: ${action.reason}.`);
            return;
        case 'create': {
            session.doing = `comment on pull request #${number}`;
            const url = await createIssueComment(octokit, repository, number, redact(action.body));
            log.info(`Pull request comment written: ${url}`);
            return;
        }
        case 'update': {
            session.doing = `update this job's comment on pull request #${number}`;
            const url = await updateIssueComment(octokit, repository, action.id, redact(action.body));
            log.info(`Pull request comment updated: ${url}`);
            return;
        }
    }
}
async function keepIssue(session, plan) {
    const { octokit, repository, redact, log } = session;
    session.doing = "look for this job's open tracking issue";
    const [login, issues] = await Promise.all([
        whoAmI(octokit, (line) => log.debug(line)),
        listOpenIssues(octokit, repository),
    ]);
    const existing = findMine(issues, 'issue', session.key, login);
    const action = planIssue(existing, session.report, plan.verdict, session.key, {
        now: session.now,
        runUrl: session.event.runUrl,
    });
    switch (action.kind) {
        case 'none':
            log.info(`Tracking issue left as it is: ${action.reason}.`);
            return;
        case 'open': {
            session.doing = 'open a tracking issue';
            const url = await createIssue(octokit, repository, redact(action.title), redact(action.body));
            log.info(`Tracking issue opened: ${url}`);
            return;
        }
        case 'update': {
            session.doing = `update tracking issue #${action.number}`;
            const url = await updateIssue(octokit, repository, action.number, redact(action.title), redact(action.body));
            log.info(`Tracking issue updated: ${url}`);
            return;
        }
        case 'close': {
            // Comment first: an issue closed without the reason would leave its readers guessing.
            session.doing = `comment on tracking issue #${action.number} before closing it`;
            await createIssueComment(octokit, repository, action.number, redact(action.comment));
            session.doing = `close tracking issue #${action.number}`;
            log.info(`Tracking issue closed: ${await closeIssue(octokit, repository, action.number)}`);
            return;
        }
    }
}
/**
 * The marker alone would let anyone who pastes it into a comment or issue have this action edit or close theirs;
 * the author check keeps to what this token wrote. The oldest match wins, so a duplicate from two runs racing is
 * left alone rather than edited in turn.
 */
function findMine(items, kind, key, login) {
    const marker = markerOf(kind, key);
    return items.find((item) => item.author === login && item.body.includes(marker));
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
    else {
        const trouble = failure.status === undefined ? "GitHub's API did not answer" : 'GitHub failed';
        advice = `${trouble}; the next run tries again. (Writing the ${sink === 'comment' ? 'comment' : 'issue'} needs ${permission}.)`;
    }
    return `${what} ${advice} The token check's outcome does not depend on this.`;
}


/***/ })

};
