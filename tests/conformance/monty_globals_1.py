# === globals() is the live module namespace ===
counter = 0
def bump():
    globals()['counter'] += 1
bump(); bump()
assert counter == 2, counter
globals()['created'] = 'via globals'
assert created == 'via globals', created
assert 'bump' in globals() and callable(globals()['bump']), 'functions'
assert globals().get('missing', 'none') == 'none', 'get'
assert type(globals()) is dict and globals() is globals(), 'same dict'
assert globals()['__name__'] == '__main__', '__name__'
def local_scope():
    hidden = 1
    return 'hidden' in globals()
assert not local_scope(), 'locals are not globals'
names = sorted(k for k in globals() if not k.startswith('__'))
print(names)
del globals()['created']
try:
    created
except NameError as e:
    print(e)
globals()['counter']
