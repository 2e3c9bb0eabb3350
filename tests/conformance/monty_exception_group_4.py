# === nested exception groups with raised sub-exceptions ===
def parse(text):
    return int(text)
def collect(values):
    errors = []
    for v in values:
        try:
            parse(v)
        except ValueError as e:
            errors.append(e)
    return errors
inner = ExceptionGroup('inner problems', collect(['x', 'y']))
outer = ExceptionGroup('outer', [inner, KeyError('plain')])
raise outer
