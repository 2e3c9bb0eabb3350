# === truthiness of many values and bool() conversions ===
values = [0, 1, -1, 0.0, -0.0, 1e-300, float('nan'), '', ' ', '0', [], [[]], (), ((),), {}, {0: 0},
          set(), {0}, frozenset(), None, True, False, b'', b'\x00', range(0), range(1), ...]
print([bool(v) for v in values])
print(sum(1 for v in values if v), len(values))
def describe(v):
    if v:
        return 'truthy'
    elif v is None:
        return 'none'
    else:
        return 'falsy'
print([describe(v) for v in (0, None, 'x', [], [0])])
print(all(v for v in [1, 'a', [0]]), any(v for v in [0, '', None]))
print(bool(iter([])), bool(x for x in []), bool(print), bool(len))
x = []
print(x or 'default', x and 'never', [0] and 'truthy list', not x, not not x)
while x:
    x.pop()
print('loop skipped for empty list')
bool(0.0) is False
