# how generated code reports errors: format_exc in handlers, joined format_exception, last line
import sys
import traceback

results = []


def process(item):
    if item < 0:
        raise ValueError(f"negative item: {item}")
    return 10 // item


for item in [5, 0, -1]:
    try:
        results.append(process(item))
    except Exception as exc:
        error = "".join(traceback.format_exception(type(exc), exc, exc.__traceback__))
        last = traceback.format_exception_only(type(exc), exc)[-1].strip()
        results.append({"item": item, "error": last, "lines": error.count("\n")})
        print(f"failed on {item}:\n{error}")
print(results)


def safe_call(fn, *args):
    try:
        return fn(*args)
    except Exception:
        etype, value, tb = sys.exc_info()
        summary = traceback.format_exc().strip().splitlines()[-1]
        return f"{etype.__name__} at line {tb.tb_next.tb_lineno}: {summary}"


print(safe_call(process, 0))
print(safe_call(process, -3))
print(safe_call(lambda d: d["k"], {}))
