def attempt(label, f):
    try:
        f()
        print(label, 'ok')
    except RuntimeError as e:
        print(label, 'RuntimeError', e)
def grow():
    d = {1: 1, 2: 2}
    for k in d:
        d[k + 10] = 1
attempt('grow', grow)
def swap2():
    d = {1: 1, 2: 2}
    for k in d:
        del d[k]
        d[k + 10] = 1
attempt('swap2', swap2)
def swap3():
    d = {1: 1, 2: 2, 3: 3}
    for k in d:
        del d[k]
        d[k + 10] = 1
    print(d)
attempt('swap3', swap3)
def shrink():
    d = {1: 1, 2: 2}
    for k in d:
        del d[k]
attempt('shrink', shrink)
def values_grow():
    d = {1: 1}
    for v in d.values():
        d[2] = 2
attempt('values_grow', values_grow)
def items_grow():
    d = {1: 1}
    for kv in d.items():
        d.pop(1)
attempt('items_grow', items_grow)
def update_same():
    d = {1: 1, 2: 2}
    for k in d:
        d[k] = k * 100
    print(d)
attempt('update_same', update_same)
def sticky():
    d = {1: 1}
    it = iter(d)
    d[2] = 2
    for label in ('first', 'second'):
        try:
            next(it)
        except RuntimeError as e:
            print(label, e)
        except StopIteration:
            print(label, 'stop')
attempt('sticky', sticky)
