# === KeyError with different key types ===
d = {}
for key in ['text', 42, (1, 2), None, 3.5, '', 'multi\nline']:
    try:
        d[key]
    except KeyError as e:
        print(repr(str(e)), e.args)
d[()]
