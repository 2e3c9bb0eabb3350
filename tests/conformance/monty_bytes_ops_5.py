# === bytes constructor errors ===
for args in [('abc',), (-1,), ([1, 'a'],), (1.5,), ('x', 'nope')]:
    try:
        print(bytes(*args))
    except (TypeError, ValueError, LookupError) as e:
        print(type(e).__name__, e)
b'abc'[5]
