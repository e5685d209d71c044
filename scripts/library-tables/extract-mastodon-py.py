"""Reads Mastodon.py's own source (a git directory and a ref) with Python's ast module and prints, as JSON, every
public method of the Mastodon class with the requests it makes, following calls to other methods of the class
(private helpers included) so that a helper that first reads the account (status_reply -> __get_logged_in_id ->
account_verify_credentials) carries that request too.

Usage: python3 extract-mastodon-py.py <git-dir> <ref>
Nothing is imported or run from the library: the files are read with `git show` and parsed, never executed.
"""

import ast
import json
import subprocess
import sys

# Helpers that only read public instance metadata to pick a code path (no scope needed, and following them would
# list an instance read under every method that checks a version or a feature). Not followed.
NOT_FOLLOWED = {
    "verify_minimum_version",
    "retrieve_mastodon_version",
    "timeline_is_available",
    "__get_streaming_base",
}


def git(git_dir, *args):
    return subprocess.run(["git", "-C", git_dir, *args], check=True, capture_output=True, text=True).stdout


def literal_template(node, env):
    """A string expression as a list of alternatives; {name} marks a placeholder. None when not a string."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return [node.value]
    if isinstance(node, ast.JoinedStr):
        parts = [""]
        for value in node.values:
            if isinstance(value, ast.Constant):
                parts = [p + str(value.value) for p in parts]
            elif isinstance(value, ast.FormattedValue):
                inner = value.value
                if isinstance(inner, ast.Name) and inner.id in env:
                    parts = [p + alt for p in parts for alt in env[inner.id]]
                else:
                    parts = [p + "{" + placeholder_name(inner) + "}" for p in parts]
        return parts
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        left = literal_template(node.left, env)
        right = literal_template(node.right, env)
        if left is None and right is None:
            return None
        left = left if left is not None else ["{" + placeholder_name(node.left) + "}"]
        right = right if right is not None else ["{" + placeholder_name(node.right) + "}"]
        return [a + b for a in left for b in right]
    if isinstance(node, ast.Name) and node.id in env:
        return env[node.id]
    return None


def placeholder_name(node):
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Call) and node.args:
        return placeholder_name(node.args[0])
    if isinstance(node, ast.Attribute):
        return node.attr
    return "x"


def self_call_name(call):
    func = call.func
    if isinstance(func, ast.Attribute) and isinstance(func.value, ast.Name) and func.value.id == "self":
        return func.attr
    return None


def string_assignments(fn, params):
    """name -> the value of its FIRST plain string assignment (the default branch; `+=` refinements are options).
    Parameters are left out: their value comes from the caller or the default."""
    env = {}
    for node in ast.walk(fn):
        if isinstance(node, ast.Assign) and len(node.targets) == 1 and isinstance(node.targets[0], ast.Name):
            name = node.targets[0].id
            if name in env or name in params:
                continue
            value = literal_template(node.value, {})
            if value is not None:
                env[name] = value[:1]
    return env


NON_LITERAL = "\0"


def none_conditions(fn, params):
    """id(node) -> [(param, is_none)] for the enclosing `if param is None` / `is not None` tests that guard it."""
    found = {}

    def visit(node, guards):
        if isinstance(node, ast.If):
            test = node.test
            guard = None
            if (isinstance(test, ast.Compare) and isinstance(test.left, ast.Name) and test.left.id in params
                    and len(test.ops) == 1 and isinstance(test.comparators[0], ast.Constant)
                    and test.comparators[0].value is None and isinstance(test.ops[0], (ast.Is, ast.IsNot))):
                guard = (test.left.id, isinstance(test.ops[0], ast.Is))
            visit(test, guards)
            for child in node.body:
                visit(child, guards + [guard] if guard else guards)
            for child in node.orelse:
                visit(child, guards + [(guard[0], not guard[1])] if guard else guards)
            return
        if isinstance(node, ast.Call):
            found[id(node)] = guards
        for child in ast.iter_child_nodes(node):
            visit(child, guards)

    for statement in fn.body:
        visit(statement, [])
    return found


def analyse(fn):
    params = [a.arg for a in fn.args.args][1:]
    defaults = {}
    for arg, default in zip(fn.args.args[len(fn.args.args) - len(fn.args.defaults):], fn.args.defaults):
        if isinstance(default, ast.Constant) and isinstance(default.value, (str, type(None))):
            defaults[arg.arg] = default.value
    env = string_assignments(fn, params)
    requests = []
    calls = []
    conditions = none_conditions(fn, params)
    for node in ast.walk(fn):
        if not isinstance(node, ast.Call):
            continue
        name = self_call_name(node)
        if name is None:
            continue
        if name in ("_Mastodon__api_request", "__api_request") and len(node.args) >= 2:
            method = node.args[0].value if isinstance(node.args[0], ast.Constant) else None
            paths = literal_template(node.args[1], env)
            requests.append({"method": method, "paths": paths, "line": node.lineno, "when": conditions.get(id(node), [])})
        elif name in ("_Mastodon__stream", "__stream") and node.args:
            paths = literal_template(node.args[0], env)
            requests.append({"method": "GET", "paths": paths, "line": node.lineno, "stream": True, "when": conditions.get(id(node), [])})
        else:
            bound = {}
            for index, arg in enumerate(node.args):
                value = literal_template(arg, env)
                bound[index] = value[0] if value is not None else NON_LITERAL
            for keyword in node.keywords:
                if keyword.arg is None:
                    continue
                if isinstance(keyword.value, ast.Constant) and keyword.value.value is None:
                    bound[keyword.arg] = None
                    continue
                value = literal_template(keyword.value, env)
                bound[keyword.arg] = value[0] if value is not None else NON_LITERAL
            calls.append({"name": name, "bound": bound, "line": node.lineno, "when": conditions.get(id(node), [])})
    return {"params": params, "defaults": defaults, "requests": requests, "calls": calls, "line": fn.lineno}


def main():
    git_dir, ref = sys.argv[1], sys.argv[2]
    files = [f for f in git(git_dir, "ls-tree", "-r", "--name-only", ref, "mastodon/").split() if f.endswith(".py")]
    methods = {}
    create_app_scopes = None
    for path in files:
        source = git(git_dir, "show", f"{ref}:{path}")
        tree = ast.parse(source)
        for node in ast.walk(tree):
            if isinstance(node, ast.Assign) and any(isinstance(t, ast.Name) and t.id == "_DEFAULT_SCOPES" for t in node.targets):
                create_app_scopes = ast.literal_eval(node.value)
            # the client class and its mixins (Internals, MastoStatuses, ...), not StreamListener or entity classes
            if not isinstance(node, ast.ClassDef) or not (node.name in ("Mastodon", "Internals") or node.name.startswith("Masto")):
                continue
            for item in node.body:
                if isinstance(item, ast.FunctionDef):
                    info = analyse(item)
                    info["file"] = path
                    # name mangling: self.__x inside class bodies is spelled __x in the source
                    methods[item.name] = info
    result = {}
    for name, info in methods.items():
        if name.startswith("_"):
            continue
        result[name] = resolve(name, methods, {}, [])
    print(json.dumps({"methods": result, "createAppDefaultScopes": create_app_scopes, "files": files}, indent=1))


def substitute(template, binding):
    out = template
    for key, value in binding.items():
        if isinstance(value, str) and value != NON_LITERAL:
            out = out.replace("{" + key + "}", value)
    return out


def resolve(name, methods, binding, stack):
    """Every request `name` makes, its path templates filled from the caller's literal arguments or the defaults."""
    if name in stack or name in NOT_FOLLOWED or name not in methods:
        return []
    info = methods[name]
    filled = dict(info["defaults"])
    filled.update(binding)
    # the caller of a public method sets its parameters: its own `if x is None` branches are all reachable
    known = filled if stack else {}
    found = []

    def reachable(item):
        for param, is_none in item["when"]:
            if param in known and (known[param] is None) != is_none:
                return False
        return True

    for request in info["requests"]:
        if not reachable(request):
            continue
        paths = request["paths"] or [None]
        for path in paths:
            found.append({
                "method": request["method"],
                "path": substitute(path, filled) if path is not None else None,
                "stream": request.get("stream", False),
                "via": (stack + [name])[1:],
            })
    for call in info["calls"]:
        callee = methods.get(call["name"])
        if callee is None or not reachable(call):
            continue
        callee_binding = {}
        for key, value in call["bound"].items():
            if isinstance(key, int):
                if key < len(callee["params"]):
                    callee_binding[callee["params"][key]] = value
            else:
                callee_binding[key] = value
        # an argument that is a template of the caller's own parameter stays a placeholder in the callee
        callee_binding = {k: substitute(v, filled) if isinstance(v, str) else v for k, v in callee_binding.items()}
        found.extend(resolve(call["name"], methods, callee_binding, stack + [name]))
    return found


if __name__ == "__main__":
    main()
