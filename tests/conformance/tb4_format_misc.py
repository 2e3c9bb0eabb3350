# format_tb, print_* to sys.stdout, format_exception_only, and the argument checks
import json
import sys
import traceback


def down(n):
    if n == 0:
        raise RecursionError("bottom")
    return down(n - 1)


try:
    down(8)
except RecursionError as e:
    tb = e.__traceback__
    for part in traceback.format_tb(tb):
        print(repr(part))
    print(traceback.format_tb(tb, limit=2))
    print(traceback.format_tb(tb, -2))
    traceback.print_tb(tb, 1, sys.stdout)
    traceback.print_exc(file=sys.stdout)
    traceback.print_exc(limit=2, file=sys.stdout, chain=False)
    traceback.print_exception(e, file=sys.stdout, limit=-1)
    traceback.print_exception(None, e, None, file=sys.stdout)
    traceback.print_exc()
    traceback.print_exception(e)
    traceback.print_tb(tb)
print(traceback.format_tb(None))
try:
    json.loads('{"a": }')
except ValueError as e:
    print(traceback.format_exception_only(e))
    print(traceback.format_exception_only(type(e), e))
    print("".join(traceback.format_exception(e)), end="")
try:
    undefined_name_x
except NameError as e:
    print(traceback.format_exception_only(e))
    print(traceback.format_exception(e)[-1], end="")
try:
    lenn([1])
except NameError as e:
    print(traceback.format_exception_only(e))
    print(traceback.format_exception(e)[-1], end="")
print(traceback.format_exception_only(KeyError("k")), traceback.format_exception_only(ValueError()))
print(traceback.format_exception(ValueError("fresh")), traceback.format_exception(None))
print(traceback.format_exception_only(None), repr(traceback.format_exc()))
print(traceback.format_exception(None, None, None))
checks = [
    lambda: traceback.format_exception("x"),
    lambda: traceback.format_exception(ValueError, ValueError("v")),
    lambda: traceback.format_exception(ValueError, "v", None),
    lambda: traceback.format_exception(ValueError, ValueError("v"), 5),
    lambda: traceback.format_exception_only("x"),
    lambda: traceback.format_tb(3),
    lambda: traceback.format_exc(limit="2"),
    lambda: traceback.print_exc(file=5),
]
for check in checks:
    try:
        check()
    except (TypeError, ValueError, AttributeError) as e:
        print(type(e).__name__, e)
