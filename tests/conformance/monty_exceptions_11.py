# === error messages of common mistakes ===
snippets = [
    lambda: None + 1,
    lambda: 'a' * 'b',
    lambda: [1, 2] - [1],
    lambda: {}['x'],
    lambda: (1, 2)[3],
    lambda: int('abc'),
    lambda: undefined_name,
    lambda: len(5),
    lambda: 'abc'.nope,
    lambda: 5(),
    lambda: [][0],
    lambda: {1, 2}[0],
    lambda: -'a',
    lambda: ~1.5,
    lambda: 1 < 'a',
    lambda: sorted([1, None]),
]
for s in snippets:
    try:
        s()
    except Exception as e:
        print(f'{type(e).__name__}: {e}')
None.attr
