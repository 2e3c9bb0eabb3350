# re.finditer: an iterator (callable_iterator) that finds each match as it is advanced; its
# arguments are checked when it is made
import re

def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

it = re.finditer(r"\d+", "a1 b22 c333")
print(type(it).__name__, iter(it) is it)
print(next(it).group(), next(it).span())
print([m.group() for m in it])
attempt(lambda: next(it))
print([m.span() for m in re.finditer(r"x*", "axxb")])
print([m.group() for m in re.finditer(r"", "ab")])
print([(m.start(), m.group(1)) for m in re.finditer(r"(é+)", "aééb é")])
print([m.group() for m in re.finditer(rb"[a-z]+", b"ab 12 cd")])
p = re.compile(r"\w")
print([m.group() for m in p.finditer("abcdef", 1, 4)])
print([(m.pos, m.endpos) for m in p.finditer("abcdef", 2)])
print([m.group() for m in p.finditer("abc", endpos=2)])
print([m.group() for m in p.finditer("abc", -5, 99)])
print(list(re.finditer("z", "abc")))
print([m.group(0) for m in re.finditer("a", "AaA", re.I)])
attempt(lambda: re.finditer("a", 5))
attempt(lambda: re.finditer(b"a", "a"))
attempt(lambda: re.finditer("a", b"a"))
attempt(lambda: re.finditer("(", "a"))
attempt(lambda: p.finditer())
attempt(lambda: p.finditer("a", "x"))

text = "k=1;j=22"
pairs = re.finditer(r"(\w)=(\d+)", text)
first = next(pairs)
print(first.groups(), first.string is text, [m.groups() for m in pairs])

def gen():
    for m in re.finditer(r"\d", "1a2b3"):
        yield int(m.group()) * 10

print(list(gen()), sum(int(m.group()) for m in re.finditer(r"\d", "123")))
