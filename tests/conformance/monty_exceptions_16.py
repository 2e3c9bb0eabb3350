# === finally with return in loop and exception swallowing ===
def f():
    for i in range(3):
        try:
            if i == 1:
                raise ValueError(i)
        except ValueError:
            continue
        finally:
            print('finally', i)
    return 'end'
assert f() == 'end', 'loop'
def g():
    try:
        raise ValueError('lost')
    finally:
        return 'finally wins'
assert g() == 'finally wins', 'swallowed'
def h():
    try:
        return 'try'
    finally:
        print('cleanup')
assert h() == 'try', 'try value'
def k():
    try:
        pass
    finally:
        raise RuntimeError('from finally')
k()
