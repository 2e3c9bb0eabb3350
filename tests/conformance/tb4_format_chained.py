# chained exceptions, notes and groups through format_exception / format_exc
import traceback


def fetch(key):
    return {"a": 1}[key]


def lookup(key):
    try:
        return fetch(key)
    except KeyError as e:
        raise LookupError(f"no {key}") from e


def handler():
    try:
        lookup("z")
    except LookupError:
        try:
            int("q")
        except ValueError as e:
            e.add_note("while converting")
            e.add_note("line one\nline two")
            raise


try:
    handler()
except ValueError as e:
    parts = traceback.format_exception(e)
    print(len(parts))
    for p in parts:
        print(repr(p))
    print("".join(traceback.format_exception(e, chain=False)), end="")
    print("".join(traceback.format_exception(type(e), e, e.__traceback__, limit=1)), end="")
    print(traceback.format_exc() == "".join(parts))
try:
    try:
        lookup("y")
    except LookupError as e:
        raise RuntimeError("suppressed") from None
except RuntimeError as e:
    print(traceback.format_exc(), end="")


def task(n):
    if n % 2:
        raise ValueError(f"odd {n}")
    raise TypeError(f"even {n}")


def gather():
    errors = []
    for n in range(3):
        try:
            task(n)
        except Exception as e:
            errors.append(e)
    raise ExceptionGroup("tasks failed", errors)


try:
    gather()
except ExceptionGroup as eg:
    for p in traceback.format_exception(eg):
        print(repr(p))
try:
    try:
        gather()
    except* ValueError as eg:
        print("caught", eg.exceptions)
except ExceptionGroup:
    print(traceback.format_exc(), end="")
