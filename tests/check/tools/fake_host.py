"""A stand-in host for `moat run --host` (see run_valid.py): answers each external call with a
value shaped like the return annotation in the stubs given as arguments (TypedDicts filled in,
lists of two, the first member of a Literal, Optional as its value). It cannot return instances
of a stub's classes."""
import ast, json, sys

typeddicts, aliases, funcs = {}, {}, {}
for node in [n for path in sys.argv[1:] for n in ast.parse(open(path).read()).body]:
    if isinstance(node, ast.ClassDef) and any(getattr(b, "id", "") == "TypedDict" for b in node.bases):
        typeddicts[node.name] = [(s.target.id, s.annotation) for s in node.body if isinstance(s, ast.AnnAssign)]
    elif isinstance(node, ast.Assign) and isinstance(node.targets[0], ast.Name):
        aliases[node.targets[0].id] = node.value
    elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
        funcs[node.name] = node.returns

ROW = {"n": 3, "country": "PT", "email": "ana@example.com", "plan": "pro", "x": 1}

def value(t, depth=0):
    if depth > 8 or t is None:
        return None
    if isinstance(t, ast.Constant):
        return None if t.value is None else value(ast.parse(t.value, mode="eval").body, depth + 1)
    if isinstance(t, ast.BinOp):  # X | None: the X
        left = value(t.left, depth + 1)
        return left if left is not None else value(t.right, depth + 1)
    if isinstance(t, ast.Name):
        n = t.id
        if n in aliases: return value(aliases[n], depth + 1)
        if n in typeddicts: return {k: value(a, depth + 1) for k, a in typeddicts[n]}
        return {"str": "item-1", "int": 2, "float": 12.5, "bool": True, "Any": ROW, "None": None}.get(n)
    if isinstance(t, ast.Subscript):
        head = t.value.id if isinstance(t.value, ast.Name) else ""
        arg = t.slice
        if head in ("Optional", "NotRequired", "Required"): return value(arg, depth + 1)
        if head == "Literal": return (arg.elts[0] if isinstance(arg, ast.Tuple) else arg).value
        if head == "list": return [value(arg, depth + 1), value(arg, depth + 1)]
        if head == "dict": return dict(ROW)
    return None

for line in sys.stdin:
    req = json.loads(line)
    ret = funcs.get(req["function"])
    reply = {"id": req["id"], "return": value(ret)}
    if req["function"] not in funcs:  # an input such as store_currency
        reply = {"id": req["id"], "raise": {"type": "NameError", "message": req["function"]}}
    try:
        print(json.dumps(reply), flush=True)
    except BrokenPipeError:  # the run ended before reading the answer
        break
