# === isdigit-driven parsing ===
def parse_number(text):
    i = 0
    while i < len(text) and text[i].isdigit():
        i += 1
    return int(text[:i]) if i else None, text[i:]

assert parse_number('123abc') == (123, 'abc'), 'prefix'
assert parse_number('abc') == (None, 'abc'), 'no digits'
assert parse_number('') == (None, ''), 'empty'
assert int('  42  ') == 42, 'int strips'
assert int('1_000') == 1000, 'underscore'
assert int('-0') == 0, 'neg zero'
assert int('٣') == 3, 'arabic indic'
int('1__0')
