# === re-raising with modified args ===
def wrap():
    try:
        int('q')
    except ValueError as e:
        e.args = (f'wrapped: {e.args[0]}',)
        raise
try:
    wrap()
except ValueError as e:
    assert str(e) == "wrapped: invalid literal for int() with base 10: 'q'", str(e)
def chain():
    try:
        {}['a']
    except KeyError as e:
        raise ValueError('converted') from e
chain()
