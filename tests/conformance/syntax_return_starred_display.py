# return with an unpacked display first in its tuple (tree-sitter needs a re-read for it)
def first(x):
    if x:
        return *[1], 2
    return *(3,), *[4, 5], 6

def nested():
    x = 0
    return *{7: 0}, x

print(first(True), first(False), nested())
first(False)
