# === raising types and instances ===
for thing in [ValueError, ValueError('v'), 'string', 42, None]:
    try:
        raise thing
    except ValueError as e:
        print('ValueError', repr(e))
    except TypeError as e:
        print('TypeError', e)
try:
    raise ValueError from 5
except TypeError as e:
    print(e)
raise IndexError('last one')
