class Flag:
    def __bool__(self):
        raise ValueError("no truth value")

def ok(items):
    return all(x for x in items), list(1 / x for x in items)

print(ok([1, 2]))
ok([1, Flag()])
