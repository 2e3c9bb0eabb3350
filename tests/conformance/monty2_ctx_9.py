# contextmanager yielding a value used for timing-like accumulation, nested generators
from contextlib import contextmanager

@contextmanager
def indent(stack):
    stack.append("  ")
    try:
        yield "".join(stack)
    finally:
        stack.pop()

lines = []
st = []
with indent(st) as a:
    lines.append(a + "one")
    with indent(st) as b:
        lines.append(b + "two")
        with indent(st) as c:
            lines.append(c + "three")
    lines.append(a + "back")
assert st == []
print("\n".join(lines))
