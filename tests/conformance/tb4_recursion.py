# a long chain: repeated frames collapse in format_exc as in the uncaught report
import traceback


def walk(node):
    return walk(node + [len(node)]) if len(node) < 60 else node["end"]


try:
    walk([])
except TypeError:
    text = traceback.format_exc()
    print(traceback.format_exc(limit=5), end="")
    print(traceback.format_exc(limit=-4), end="")
print(text, end="")


def deep(n):
    return deep(n + 1)


try:
    deep(0)
except RecursionError as e:
    parts = traceback.format_exception(e)
    print(len(parts), parts[-2:], parts[:1])
