# CPython 3.14 side of the oracle: oracle.mjs loads this module into Pyodide once per process,
# then calls compile_case / run_case for each case. Each returns a JSON string (see oracle.mjs).
import ast
import asyncio
import asyncio.base_events
import asyncio.events
import asyncio.runners
import asyncio.selector_events
import base64
import builtins
import io
import json
import linecache
import os
import selectors
import sys
import time
import traceback
import types
import warnings

try:  # Pyodide replaces time.sleep and asyncio.run with WebLoop versions; take them back.
    import pyodide.webloop as _webloop

    _real_sleep = _webloop._orig_sleep
except ImportError:  # plain CPython (handy when debugging this file outside Pyodide)
    _webloop = None
    _real_sleep = time.sleep

HARNESS = __name__
WORKDIR = "/tmp/moat_oracle"


class _NullSelector(selectors.BaseSelector):
    # No file descriptors exist for scripts here; select() only waits out timers.
    def __init__(self):
        self._map = {}

    def register(self, fileobj, events, data=None):
        raise OSError("the oracle's event loop has no file descriptors")

    def unregister(self, fileobj):
        raise KeyError(fileobj)

    def select(self, timeout=None):
        if timeout is not None and timeout > 0:
            _real_sleep(timeout)
        return []

    def get_map(self):
        return self._map

    def close(self):
        pass


class _OracleLoop(asyncio.selector_events.BaseSelectorEventLoop):
    # asyncio's own selector loop, minus the self-pipe (Emscripten has no socketpair) and the
    # WebAssembly stack switching that Pyodide's WebLoop needs and Node 20 lacks.
    def __init__(self):
        super().__init__(_NullSelector())

    def _make_self_pipe(self):
        pass

    def _close_self_pipe(self):
        pass

    def _write_to_self(self):
        pass


class _OraclePolicy(asyncio.events._BaseDefaultEventLoopPolicy):
    _loop_factory = _OracleLoop


def _reset_asyncio():
    asyncio.run = asyncio.runners.run
    time.sleep = _real_sleep
    asyncio.events._set_running_loop(None)
    asyncio.events._set_event_loop_policy(_OraclePolicy())


_reset_asyncio()
_BUILTINS = dict(builtins.__dict__)
_SYS_ATTRS = ("stdin", "stdout", "stderr", "argv", "path", "displayhook", "excepthook")
_SYS_SAVED = {k: getattr(sys, k) for k in _SYS_ATTRS}
# process-wide settings a script may change (sys.set_int_max_str_digits): restored after each
_INT_MAX_STR_DIGITS = sys.get_int_max_str_digits()


def _decode_source(case):
    if "source_b64" in case:
        return base64.b64decode(case["source_b64"])
    return case.get("source", "").encode("utf-8", "surrogatepass")


def _syntax_error_fields(e):
    if isinstance(e, SyntaxError):
        return {
            "msg": e.msg,
            "lineno": e.lineno,
            "offset": e.offset,
            "end_lineno": e.end_lineno,
            "end_offset": e.end_offset,
        }
    return {"msg": str(e), "lineno": None, "offset": None, "end_lineno": None, "end_offset": None}


def compile_case(case_json):
    case = json.loads(case_json)
    src = _decode_source(case)
    filename = case.get("filename") or "main.py"
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            compile(src, filename, "exec", dont_inherit=True)
    except KeyboardInterrupt:
        return json.dumps({"ok": False, "oracle_error": "timeout"})
    except BaseException as e:  # SyntaxError, but also MemoryError, RecursionError, ValueError
        return json.dumps({"ok": False, "type": type(e).__name__, **_syntax_error_fields(e)})
    return json.dumps({"ok": True})


def _strip_harness_frames(exc):
    tb = exc.__traceback__
    while tb is not None and tb.tb_frame.f_globals.get("__name__") == HARNESS:
        tb = tb.tb_next
    exc.__traceback__ = tb


def _exception_info(exc, syntax=False):
    args = getattr(exc, "args", ())
    message = args[0] if args and isinstance(args[0], str) else None
    if syntax:
        # DESIGN.md: moat keeps the header before CPython's SyntaxError block.
        text = "Traceback (most recent call last):\n" + "".join(
            traceback.format_exception_only(exc))
    elif isinstance(exc, SystemExit):
        # CPython prints nothing for exit(None) or exit(int), else str(code).
        code = exc.code
        text = "" if code is None or isinstance(code, int) else str(code)
    else:
        _strip_harness_frames(exc)
        text = "".join(traceback.format_exception(exc))
    if text.endswith("\n"):
        text = text[:-1]
    return {"type": type(exc).__name__, "message": message, "traceback": text}


def _write_script(filename, src):
    path = filename if os.path.isabs(filename) else os.path.join(WORKDIR, filename)
    os.makedirs(os.path.dirname(path) or ".", exist_ok=True)
    with open(path, "wb") as f:
        f.write(src)
    return path


def _split_last_expr(src, filename):
    # Compile the module without a trailing expression statement, and that expression apart,
    # keeping every node's position so tracebacks are the same as for the whole file.
    tree = ast.parse(src, filename)
    if tree.body and isinstance(tree.body[-1], ast.Expr):
        last = tree.body.pop()
        body = compile(tree, filename, "exec", dont_inherit=True)
        expr = compile(ast.Expression(last.value), filename, "eval", dont_inherit=True)
        return body, expr
    return compile(tree, filename, "exec", dont_inherit=True), None


def _restore_state(saved_modules, saved_cwd):
    for k, v in _SYS_SAVED.items():
        setattr(sys, k, v)
    builtins.__dict__.clear()
    builtins.__dict__.update(_BUILTINS)
    for name in list(sys.modules):
        if name not in saved_modules:
            mod = sys.modules[name]
            # Pure-Python modules are cheap to import again; extension modules may not be.
            if str(getattr(mod, "__file__", "") or "").endswith(".py"):
                del sys.modules[name]
    sys.modules["__main__"] = saved_modules["__main__"]
    sys.setrecursionlimit(1000)
    sys.set_int_max_str_digits(_INT_MAX_STR_DIGITS)
    os.chdir(saved_cwd)
    linecache.clearcache()
    _reset_asyncio()


def _frame_depth():
    depth, f = 0, sys._getframe(1)
    while f is not None:
        depth, f = depth + 1, f.f_back
    return depth


def run_case(case_json):
    case = json.loads(case_json)
    src = _decode_source(case)
    filename = case.get("filename") or "main.py"
    saved_modules = dict(sys.modules)
    saved_cwd = os.getcwd()
    out, err = io.StringIO(), io.StringIO()
    res = {"status": "ok", "result": None, "exception": None, "stdout": "", "stderr": ""}
    try:
        os.makedirs(WORKDIR, exist_ok=True)
        os.chdir(WORKDIR)
        _write_script(filename, src)
        linecache.clearcache()
        main = types.ModuleType("__main__")
        g = main.__dict__
        g.update({"__file__": filename, "__builtins__": builtins, "__cached__": None})
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore", SyntaxWarning)
                compile(src, filename, "exec", dont_inherit=True)
                body, expr = _split_last_expr(src, filename)
        except SyntaxError as e:
            res.update(status="error", exception=_exception_info(e, syntax=True))
            return json.dumps(res)
        sys.modules["__main__"] = main
        sys.stdout, sys.stderr, sys.stdin = out, err, io.StringIO("")
        sys.argv = [filename]
        # The recursion limit counts this harness's frames too: keep 1000 for the script's own.
        sys.setrecursionlimit(1000 + _frame_depth())
        sys.path = [os.path.dirname(os.path.abspath(filename))] + _SYS_SAVED["path"]
        try:
            if case.get("prelude"):
                # a host's tools (tests/host/tools.py), as globals of the script
                exec(compile(case["prelude"], "<host>", "exec", dont_inherit=True), g)
            exec(body, g)
            value = eval(expr, g) if expr is not None else None
            res["result"] = {"repr": repr(value), "str": str(value), "type": type(value).__name__}
        except KeyboardInterrupt:
            res.update(status="timeout", oracle_error="timeout")
        except BaseException as e:
            res.update(status="error", exception=_exception_info(e))
    finally:
        res["stdout"], res["stderr"] = out.getvalue(), err.getvalue()
        _restore_state(saved_modules, saved_cwd)
    return json.dumps(res)
