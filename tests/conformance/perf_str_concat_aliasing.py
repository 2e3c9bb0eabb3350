# `s += t` on a local str may extend it in place (vm.c): every other holder of the old value
# must keep seeing the old value, whatever way it got its reference.


def aliased_local():
    s = ""
    for c in "abc":
        s += c
    t = s
    s += "d"
    s += "e"
    return s, t


def stored_in_list():
    s = ""
    kept = []
    for k in range(6):
        s += str(k)
        kept.append(s)
    return kept


def list_then_reload():
    s = "x"
    s += "y"
    box = [s]
    s = box[0]
    s += "z"
    return s, box


def doubled():
    s = "ab"
    s += "cd"
    s += s
    s += s
    return s


def as_dict_key():
    s = "k"
    s += "ey"
    d = {s: 1}
    s += "!"
    d[s] = 2
    return d, d["key"], s in d


def seen_by_locals():
    s = "p"
    s += "q"
    snapshot = locals()
    s += "r"
    return s, snapshot["s"]


def default_argument(s="base"):
    s += "1"
    s += "2"
    return s


def generator_sends():
    s = ""
    while True:
        got = yield s
        if got is None:
            return
        s += got


def failing_right_side():
    s = "a"
    s += "b"
    saved = None
    for k in range(3):
        try:
            s += "c" if k != 1 else 1 / 0
        except ZeroDivisionError:
            saved = s
    return s, saved


def walrus_in_right_side():
    s = "m"
    s += "n"
    s += (s := "o") + "p"
    return s


def closure_cell():
    s = "c"
    s += "d"

    def more():
        nonlocal s
        s += "e"
        return s

    first = s
    return more(), first, s


def non_ascii():
    s = "é"
    s += "ab"
    t = s
    s += "ü"
    return s, t, len(s), len(t), s.upper(), hash(t) == hash("éab")


def long_run(n):
    s = ""
    marks = []
    for i in range(n):
        s += "ab"[i % 2] + str(i % 10)
        if i % 997 == 0:
            marks.append(s)
    return len(s), s[-12:], [len(m) for m in marks], marks[3][-6:]


print(aliased_local())
print(stored_in_list())
print(list_then_reload())
print(doubled())
print(as_dict_key())
print(seen_by_locals())
print(default_argument(), default_argument(), default_argument("x"))
g = generator_sends()
next(g)
print(g.send("u"), g.send("v"), g.send("w"))
mid = g.send("!")
print(mid, g.send("?"), mid)
print(failing_right_side())
print(walrus_in_right_side())
print(closure_cell())
print(non_ascii())
print(long_run(5000))
