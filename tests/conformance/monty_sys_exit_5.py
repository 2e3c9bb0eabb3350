# === SystemExit caught ===
try:
    raise SystemExit(4)
except SystemExit as e:
    print('caught', e.code, e.args)
try:
    raise SystemExit('msg')
except BaseException as e:
    print(type(e).__name__, e.code)
e = SystemExit(1, 2)
print(e.code, e.args)
assert not isinstance(SystemExit(), Exception), 'not an Exception'
try:
    try:
        raise SystemExit(0)
    except Exception:
        print('not here')
except SystemExit:
    print('passed through except Exception')
'done'
