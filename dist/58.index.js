export const id = 58;
export const ids = [58];
export const modules = {

/***/ 3058:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  botTokens: () => (/* reexport */ botTokens),
  fileProblemsAsInputErrors: () => (/* reexport */ fileProblemsAsInputErrors),
  readBotsFile: () => (/* reexport */ readBotsFile),
  startBotsCheck: () => (/* reexport */ startBotsCheck)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
;// CONCATENATED MODULE: ./src/config/bots-file.ts
/**
 * The several-bots file (`config:`): read as data, validated before any request, every problem named by file, line
 * and key. The file never holds a secret: each bot names the environment variable that the workflow fills from one.
 *
 * A problem with the file as a whole (not YAML, no `bots:` list, a bad `defaults:`) stops the run; a problem with one
 * bot makes that bot an input error and leaves the others to be checked.
 */

/** The per-bot keys that stand for the action's inputs of the same name. */
const POLICY_KEYS = ['on-excess', 'on-missing', 'on-unreachable', 'max-token-age-days', 'probe'];
const BOT_KEYS = ['name', 'instance', 'token-env', 'required-scopes', 'source-paths', ...POLICY_KEYS];
/** Larger than any sane list of bots; a bound so a hostile file cannot hold the run. */
const MAX_FILE_BYTES = 256 * 1024;
const MAX_BOTS = 200;
const NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;
const ENV_NAME = /^[A-Za-z_][A-Za-z0-9_]{0,127}$/;
function parseBotsFile(file, text) {
    const problems = [];
    const problem = (line, key, message) => ({ file, line, key, message });
    if (Buffer.byteLength(text) > MAX_FILE_BYTES) {
        return { file, bots: [], problems: [problem(0, '', `The file is larger than ${MAX_FILE_BYTES / 1024} KiB.`)] };
    }
    const lineCounter = new dist/* LineCounter */.HN();
    const doc = (0,dist/* parseDocument */.Tp)(text, { lineCounter, uniqueKeys: true, prettyErrors: false });
    const lineOf = (node) => (node?.range ? lineCounter.linePos(node.range[0]).line : 0);
    if (doc.errors.length > 0) {
        return {
            file,
            bots: [],
            problems: doc.errors.map((e) => problem(lineCounter.linePos(e.pos[0]).line, '', `Not valid YAML: ${e.message.split('\n')[0] ?? e.code}`)),
        };
    }
    const root = doc.contents;
    if (!(0,dist/* isMap */.jh)(root)) {
        return {
            file,
            bots: [],
            problems: [
                problem(lineOf(root), '', 'The file must be a mapping with a `bots:` list (and optionally `defaults:`).'),
            ],
        };
    }
    for (const pair of root.items) {
        const key = keyOf(pair);
        if (key !== 'bots' && key !== 'defaults') {
            problems.push(problem(lineOf(pair.key), key, unknownKey(key, ['bots', 'defaults'])));
        }
    }
    const defaults = {};
    const defaultsNode = root.get('defaults', true);
    if (defaultsNode !== undefined && defaultsNode !== null) {
        if (!(0,dist/* isMap */.jh)(defaultsNode)) {
            problems.push(problem(lineOf(defaultsNode), 'defaults', '`defaults:` must be a mapping of policies.'));
        }
        else {
            for (const pair of defaultsNode.items) {
                const key = keyOf(pair);
                const line = lineOf(pair.key);
                if (!POLICY_KEYS.includes(key)) {
                    problems.push(problem(line, `defaults.${key}`, unknownKey(key, POLICY_KEYS)));
                    continue;
                }
                const value = scalarText(pair.value);
                if (value === undefined)
                    problems.push(problem(line, `defaults.${key}`, 'Expected a single value.'));
                else
                    defaults[key] = { value, line };
            }
        }
    }
    const botsNode = root.get('bots', true);
    if (!(0,dist/* isSeq */.oP)(botsNode) || botsNode.items.length === 0) {
        problems.push(problem(lineOf(botsNode ?? root), 'bots', '`bots:` must be a list with at least one bot.'));
        return { file, bots: [], problems };
    }
    if (botsNode.items.length > MAX_BOTS) {
        problems.push(problem(lineOf(botsNode), 'bots', `At most ${MAX_BOTS} bots in one file.`));
        return { file, bots: [], problems };
    }
    const bots = [];
    const firstLineOfName = new Map();
    botsNode.items.forEach((item, index) => {
        const at = `bots[${index}]`;
        const line = lineOf(item);
        if (!(0,dist/* isMap */.jh)(item)) {
            problems.push(problem(line, at, 'Each bot is a mapping with `name`, `instance` and `token-env`.'));
            return;
        }
        const entry = readBot(item, at, line, defaults, problem, lineOf);
        const earlier = firstLineOfName.get(entry.name);
        if (entry.name && earlier !== undefined) {
            problems.push(problem(entry.lines.name ?? line, `${at}.name`, `The name '${entry.name}' is used twice (first on line ${earlier}); names must be unique.`));
            return;
        }
        if (entry.name)
            firstLineOfName.set(entry.name, entry.lines.name ?? line);
        bots.push(entry);
    });
    return { file, bots, problems };
}
function readBot(item, at, line, defaults, problem, lineOf) {
    const problems = [];
    const values = {};
    const lines = {};
    for (const pair of item.items) {
        const key = keyOf(pair);
        const keyLine = lineOf(pair.key);
        if (key === 'token' || key === 'access-token' || key === 'access_token') {
            // Never echo the value: it may be the secret itself.
            problems.push(problem(keyLine, `${at}.${key}`, 'The file must not hold a token. Name the environment variable that holds it with `token-env`, and fill that variable from a secret in the workflow (`env:`).'));
            continue;
        }
        if (!BOT_KEYS.includes(key)) {
            problems.push(problem(keyLine, `${at}.${key}`, unknownKey(key, BOT_KEYS)));
            continue;
        }
        const listy = key === 'required-scopes' || key === 'source-paths';
        const value = listy ? listText(pair.value) : scalarText(pair.value);
        if (value === undefined) {
            problems.push(problem(keyLine, `${at}.${key}`, listy ? 'Expected a list or a space-separated string.' : 'Expected a single value.'));
            continue;
        }
        values[key] = value;
        lines[key] = keyLine;
    }
    for (const key of POLICY_KEYS) {
        const fallback = defaults[key];
        if (values[key] === undefined && fallback) {
            values[key] = fallback.value;
            lines[key] = fallback.line;
        }
    }
    const name = values.name ?? '';
    const where = name ? `bot '${name}'` : at;
    if (!name)
        problems.push(problem(line, `${at}.name`, 'Each bot needs a `name`.'));
    else if (!NAME.test(name))
        problems.push(problem(lines.name ?? line, `${at}.name`, 'A name is 1 to 64 letters, digits, `.`, `_` or `-`, starting with a letter or digit.'));
    if (!values.instance)
        problems.push(problem(line, `${at}.instance`, `${where} needs an \`instance\`.`));
    const tokenEnv = values['token-env'] ?? '';
    if (!tokenEnv) {
        problems.push(problem(line, `${at}.token-env`, `${where} needs \`token-env\`: the name of the environment variable that holds its token.`));
    }
    else if (!ENV_NAME.test(tokenEnv)) {
        // Said without the value: someone may have pasted the token itself here.
        problems.push(problem(lines['token-env'] ?? line, `${at}.token-env`, `${where}: \`token-env\` must be the NAME of an environment variable (letters, digits and _, not starting with a digit), not the token.`));
    }
    const inputs = {};
    for (const [key, value] of Object.entries(values)) {
        if (key !== 'name' && key !== 'token-env')
            inputs[key] = value;
    }
    return {
        name: NAME.test(name) ? name : '',
        line,
        tokenEnv: ENV_NAME.test(tokenEnv) ? tokenEnv : '',
        inputs,
        lines,
        problems,
    };
}
const keyOf = (pair) => ((0,dist/* isScalar */.jn)(pair.key) ? String(pair.key.value) : String(pair.key));
function scalarText(node) {
    if (!(0,dist/* isScalar */.jn)(node))
        return undefined;
    const value = node.value;
    if (value === null)
        return '';
    return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean'
        ? String(value)
        : undefined;
}
/** A YAML list of strings, or one string of space-, comma- or newline-separated words: the input's text form. */
function listText(node) {
    if ((0,dist/* isSeq */.oP)(node)) {
        const parts = node.items.map((item) => scalarText(item));
        return parts.every((p) => p !== undefined) ? parts.join(' ') : undefined;
    }
    return scalarText(node);
}
function unknownKey(key, known) {
    const near = known.find((k) => k.replace(/[-_]/g, '') === key.toLowerCase().replace(/[-_]/g, ''));
    return (`Unknown key '${key.slice(0, 64)}'` + (near ? `: did you mean '${near}'?` : `; known keys: ${known.join(', ')}.`));
}

;// CONCATENATED MODULE: ./src/config/load.ts
/**
 * The several-bots file from the workspace: read, bounded, and kept inside the workspace (the path is a workflow's
 * input, and the report names what it read). Never executes or imports anything from it.
 */



function readBotsFile(path, workspace) {
    const shown = path.trim();
    const problem = (message) => ({
        file: shown,
        bots: [],
        problems: [{ file: shown, line: 0, key: 'config', message }],
    });
    let root;
    let full;
    try {
        root = (0,external_node_fs_.realpathSync)(workspace);
        full = (0,external_node_fs_.realpathSync)((0,external_node_path_.resolve)(root, shown));
    }
    catch (error) {
        const code = error.code;
        return problem(code === 'ENOENT'
            ? `Input 'config': no file '${shown}' in the workspace. Check out the repository first (actions/checkout), and give the path relative to it.`
            : `Input 'config': '${shown}' cannot be read (${code ?? 'unknown error'}).`);
    }
    const inside = (0,external_node_path_.relative)(root, full);
    if (inside === '' || inside.startsWith(`..${external_node_path_.sep}`) || inside === '..' || (0,external_node_path_.isAbsolute)(inside)) {
        return problem(`Input 'config': '${shown}' is outside the workspace; give a file of the repository.`);
    }
    let text;
    try {
        const fd = (0,external_node_fs_.openSync)(full, 'r');
        try {
            const stat = (0,external_node_fs_.fstatSync)(fd);
            if (!stat.isFile())
                return problem(`Input 'config': '${shown}' is not a file.`);
            if (stat.size > MAX_FILE_BYTES)
                return problem(`Input 'config': '${shown}' is larger than ${MAX_FILE_BYTES / 1024} KiB.`);
            const buffer = Buffer.alloc(stat.size);
            (0,external_node_fs_.readSync)(fd, buffer, 0, stat.size, 0);
            text = buffer.toString('utf8');
        }
        finally {
            (0,external_node_fs_.closeSync)(fd);
        }
    }
    catch (error) {
        return problem(`Input 'config': '${shown}' cannot be read (${error.code ?? 'unknown error'}).`);
    }
    return parseBotsFile(shown, text);
}

// EXTERNAL MODULE: ./src/check.ts + 18 modules
var src_check = __webpack_require__(5610);
// EXTERNAL MODULE: ./src/scan/in-check.ts
var in_check = __webpack_require__(7415);
// EXTERNAL MODULE: ./src/evaluate/special-reports.ts
var special_reports = __webpack_require__(2582);
// EXTERNAL MODULE: ./src/inputs/errors.ts
var inputs_errors = __webpack_require__(1318);
// EXTERNAL MODULE: ./src/inputs/names.ts
var names = __webpack_require__(5585);
// EXTERNAL MODULE: ./src/inputs/settings.ts
var inputs_settings = __webpack_require__(900);
;// CONCATENATED MODULE: ./src/config/bounded.ts
async function mapBounded(items, keyOf, bounds, task) {
    const results = new Array(items.length);
    const waiting = items.map((item, index) => ({ item, index, key: keyOf(item) }));
    const busy = new Map();
    let running = 0;
    return new Promise((resolve) => {
        let left = items.length;
        if (left === 0)
            resolve(results);
        const pump = () => {
            for (let i = 0; i < waiting.length && running < bounds.overall;) {
                const next = waiting[i];
                if (!next || (busy.get(next.key) ?? 0) >= bounds.perKey) {
                    i++;
                    continue;
                }
                waiting.splice(i, 1);
                running++;
                busy.set(next.key, (busy.get(next.key) ?? 0) + 1);
                void (async () => {
                    try {
                        results[next.index] = { status: 'fulfilled', value: await task(next.item) };
                    }
                    catch (reason) {
                        results[next.index] = { status: 'rejected', reason };
                    }
                    running--;
                    busy.set(next.key, (busy.get(next.key) ?? 1) - 1);
                    if (--left === 0)
                        resolve(results);
                    else
                        pump();
                })();
            }
        };
        pump();
    });
}

// EXTERNAL MODULE: ./src/report/model.ts
var model = __webpack_require__(6867);
;// CONCATENATED MODULE: ./src/config/combine.ts

function combineBotReports(file, bots, now) {
    const findings = bots.flatMap(({ name, report }) => report.findings.map((f) => ({ ...f, id: `bot:${name}:${f.id}`, title: `${name}: ${f.title}` })));
    return {
        status: (0,model/* worstStatus */.A4)(bots.map((b) => b.report.status)),
        failed: bots.some((b) => b.report.failed),
        ...(0,model/* notInspected */.r6)(),
        findings,
        links: undefined,
        sticky: {
            comment: combinedComment(bots.map((b) => b.report.sticky.comment)),
            issue: combinedIssue(bots.map((b) => b.report.sticky.issue)),
        },
        checkedAt: now.toISOString(),
        bots: { file, bots },
    };
}
const combinedComment = (verdicts) => verdicts.includes('attention') ? 'attention' : 'clear';
/** One issue for the job: open while any bot is unhealthy; closed only when every bot is known to be healthy. */
const combinedIssue = (verdicts) => verdicts.includes('unhealthy') ? 'unhealthy' : verdicts.includes('unknown') ? 'unknown' : 'healthy';

;// CONCATENATED MODULE: ./src/config/run-bots.ts
/**
 * Several bots in one run: each bot's settings from the file, its token from the environment variable it names; the
 * checks run concurrently, bounded overall and per instance, within one time budget for the whole run. A bot whose
 * entry or variable is wrong is an input error on its own; the others are still checked.
 */








/**
 * Checks at once, in all and on one instance. A check is four requests at most at a time (one wave), so four bots on
 * one instance are sixteen requests in flight: what one browser tab of Mastodon's web app sends, and far below its
 * rate limits (per token, 300 per 5 minutes). More bots on one instance wait their turn.
 */
const DEFAULT_BOUNDS = { overall: 32, perKey: 4 };
/** The tokens the file's bots name, as the environment holds them: to mask before anything is printed. */
function botTokens(file, env) {
    return file.bots.flatMap((bot) => (bot.tokenEnv && env[bot.tokenEnv] ? [env[bot.tokenEnv]] : []));
}
function startBotsCheck(options) {
    const now = options.now ?? (() => new Date());
    const started = now().getTime();
    const budget = options.timeoutSeconds;
    const bounds = options.bounds ?? DEFAULT_BOUNDS;
    const firstWrites = [];
    let firstWaveDone = () => { };
    const firstWaveWritten = new Promise((resolve) => (firstWaveDone = resolve));
    const firstWaveSize = Math.min(options.file.bots.length, bounds.overall);
    const checkOne = async (bot) => {
        const prepared = prepareBot(bot, options);
        if ('report' in prepared)
            return prepared.report;
        // One budget for the whole run: a bot that waited for its turn gets what is left of it.
        const left = Math.max(1, budget - (now().getTime() - started) / 1000);
        const { check, report } = await (0,in_check/* checkWithCode */.O)({ ...prepared.settings, timeoutSeconds: left }, (settings) => (0,src_check/* startCheck */.b)(settings, {
            ...(options.log ? { log: options.log } : {}),
            ...(options.redact ? { redact: options.redact } : {}),
        }), { workspace: options.workspace });
        if (firstWrites.length < firstWaveSize) {
            firstWrites.push(check.firstWaveWritten.catch(() => { }));
            if (firstWrites.length === firstWaveSize)
                void Promise.all(firstWrites).then(() => firstWaveDone());
        }
        return report;
    };
    const report = (async () => {
        const results = await mapBounded(options.file.bots, instanceKey, bounds, checkOne);
        firstWaveDone();
        const bots = options.file.bots.map((bot, index) => {
            const result = results[index];
            if (result?.status === 'fulfilled')
                return { name: bot.name, line: bot.line, report: result.value };
            throw result?.reason ?? new Error(`bot '${bot.name}' has no result`);
        });
        return combineBotReports(options.file.file, bots, now());
    })();
    return { report, firstWaveWritten };
}
const instanceKey = (bot) => (0,special_reports/* instanceIfValid */.HB)(bot.inputs.instance ?? '')?.origin ?? bot.inputs.instance ?? '';
/** The bot's settings, or its input-error report: every message names the file, the line and the key. */
function prepareBot(bot, options) {
    const { file, env, stepInputs, context } = options;
    const at = (line) => `${file.file}${line ? `:${line}` : ''}`;
    const errors = bot.problems.map((p) => new inputs_errors/* InputError */.d(p.key, `${at(p.line)}: ${p.key}: ${p.message}`));
    if (errors.length === 0) {
        const raw = {
            ...stepInputs,
            ...bot.inputs,
            [names/* Inputs */.G.Token]: env[bot.tokenEnv] ?? '',
        };
        try {
            const settings = (0,inputs_settings/* parseSettings */.P$)(raw, context);
            return { settings };
        }
        catch (error) {
            if (!(error instanceof inputs_errors/* InputErrors */.G))
                throw error;
            for (const e of error.errors) {
                if (e.input === names/* Inputs */.G.Token) {
                    errors.push(new inputs_errors/* InputError */.d(`${bot.name}.token-env`, tokenMessage(bot, env, at(bot.lines['token-env']), e.message)));
                }
                else {
                    const line = bot.lines[e.input];
                    errors.push(new inputs_errors/* InputError */.d(`${bot.name}.${e.input}`, `${at(line ?? bot.line)}: bot '${bot.name}': ${e.message}`));
                }
            }
        }
    }
    const instance = (0,special_reports/* instanceIfValid */.HB)(bot.inputs.instance ?? '');
    return { report: (0,special_reports/* inputErrorReport */.xW)(new inputs_errors/* InputErrors */.G(errors), new Date(), { instance }) };
}
/** The token's problem in the file's words: the variable, never its value. */
function tokenMessage(bot, env, where, inputMessage) {
    const value = env[bot.tokenEnv];
    if (value === undefined || value.trim() === '') {
        return `${where}: bot '${bot.name}': the environment variable ${bot.tokenEnv} is ${value === undefined ? 'not set' : 'empty'}. Set it from a secret in the step's \`env:\` (\`${bot.tokenEnv}: \${{ secrets.${bot.tokenEnv} }}\`), and check that the secret exists.`;
    }
    // The token's own message never shows its value; it speaks of the input, so say which variable holds it.
    return `${where}: bot '${bot.name}', variable ${bot.tokenEnv}: ${inputMessage.replace(/^Input 'token'/, 'the token')}`;
}

;// CONCATENATED MODULE: ./src/config/problems.ts

/** Problems with the file as a whole stop the run: each an input error naming the file, the line and the key. */
function fileProblemsAsInputErrors(file) {
    if (file.problems.length === 0)
        return undefined;
    return new inputs_errors/* InputErrors */.G(file.problems.map((p) => new inputs_errors/* InputError */.d('config', `${p.file}${p.line ? `:${p.line}` : ''}${p.key && p.key !== 'config' ? `: ${p.key}` : ''}: ${p.message}`)));
}

;// CONCATENATED MODULE: ./src/config/index.ts
/**
 * Several bots in one run, behind one dynamic import: a one-bot run never loads the YAML parser. The entry points
 * (main.ts, cli/main.ts) read the file, mask every token it names, and start the checks.
 */





/***/ })

};
