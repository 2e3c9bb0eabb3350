# format_list over extract_tb's frames and plain tuples; the stack's newest frames
import sys
import traceback


def grow(depth):
    if depth == 0:
        return [].pop()
    return grow(depth - 1)


try:
    grow(6)
except IndexError as e:
    frames = traceback.extract_tb(e.__traceback__)
    for text in traceback.format_list(frames):
        print(repr(text))
    print(traceback.format_list(frames) == traceback.format_tb(e.__traceback__))
    traceback.print_list(frames[-2:], file=sys.stdout)
    traceback.print_list(frames)
print(traceback.format_list([
    ("tool.py", 3, "run", "  x = call()  \n  more"),
    ["tool.py", 3, "run", None],
    ("tb4_format_list.py", 8, "grow", None),
    ("tb4_format_list.py", 1, "top", "   "),
    ("a.py", "7", 9, "text"),
]))
same = [("f.py", 1, "f", "f()")] * 6 + [("f.py", 2, "g", "g()")]
print(traceback.format_list(same))
print(traceback.format_list([]), traceback.format_list(iter([("x.py", 1, "m", "pass")])))
for bad in ([("x.py", 1)], [("x.py", 1, "m", "l", 5)], [5]):
    try:
        traceback.format_list(bad)
    except (ValueError, TypeError) as err:
        print(type(err).__name__, err)


def inner():
    summary = traceback.extract_stack(limit=2)
    print(summary, [(f.name, f.lineno, f.line, f.colno, f.end_lineno) for f in summary])
    print(traceback.format_stack(limit=2))
    traceback.print_stack(limit=1, file=sys.stdout)
    traceback.print_stack()
    return len(traceback.extract_stack(limit=-1))


def outer():
    return inner()


print(outer())


async def leaf():
    return [(f.name, f.line) for f in traceback.extract_stack(limit=2)]


async def root():
    return await leaf()


import asyncio

print(asyncio.run(root()))
