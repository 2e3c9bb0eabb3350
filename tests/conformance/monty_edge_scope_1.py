# === name resolution ===
x = 'global'
def read():
    return x
def local_shadow():
    x = 'local'
    return x
def param_shadow(x='param'):
    return x
assert (read(), local_shadow(), param_shadow()) == ('global', 'local', 'param'), 'resolution'
def nested():
    x = 'enclosing'
    def inner():
        return x
    return inner()
assert nested() == 'enclosing', 'enclosing'
len = lambda s: 42
assert len('abc') == 42, 'builtin shadowed'
del len
assert len('abc') == 3, 'builtin restored'
def uses_before_assign():
    if False:
        y = 1
    return y
uses_before_assign()
