# === str method error messages ===
tests = [
    lambda: 'abc'.index('z'),
    lambda: 'abc'.rindex('z'),
    lambda: 'abc'.split(''),
    lambda: 'abc'.rsplit(''),
    lambda: 'a'.center(),
    lambda: 'a'.center(3, ''),
    lambda: 'a'.center(3, 'ab'),
    lambda: 'a'.ljust(3, 1),
    lambda: 'a'.join([1]),
    lambda: 'a'.join(1),
    lambda: 'a'.replace(1, 'b'),
    lambda: 'a'.startswith(1),
    lambda: 'a'.endswith([1]),
    lambda: 'a'.strip(1),
    lambda: 'a'.count(1),
    lambda: 'a'.find([]),
    lambda: 'a'.partition(''),
    lambda: 'a'.partition(None),
    lambda: 'a'.encode('nope'),
    lambda: 'a'.encode(errors=1),
    lambda: 'a'.expandtabs('x'),
    lambda: 'a'.zfill('3'),
    lambda: 'a'.splitlines(1, 2),
    lambda: '{0}'.format(),
    lambda: '{a}'.format(1),
    lambda: '{0!x}'.format(1),
    lambda: '{:>>>}'.format(1),
    lambda: '{0:d}'.format(1.5),
    lambda: '{0:,s}'.format('a'),
    lambda: str.maketrans(1),
    lambda: str.maketrans('a', 'bc'),
    lambda: 'a'.translate(1),
    lambda: 'a' * 'b',
    lambda: 'a' - 'b',
    lambda: 'a' + None,
    lambda: 'abc'[10],
    lambda: 'abc'[1:2:0],
    lambda: 'abc'['x':],
    lambda: ord('ab'),
    lambda: chr(-5),
    lambda: 'a' < 1,
    lambda: 'x'.removeprefix(1),
    lambda: str(b'a', encoding=1),
]
for i, t in enumerate(tests):
    try:
        t()
        print(i, 'no error')
    except Exception as e:
        print(i, type(e).__name__, e)
'abc'.upper(5)
