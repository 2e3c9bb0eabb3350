# === type conversions matrix ===
vals = [0, 1, -2, 3.7, '5', '', 'abc', [], [1], (), None, True]
for v in vals:
    row = []
    for conv in (bool, str):
        row.append(repr(conv(v)))
    for conv in (int, float):
        try:
            row.append(repr(conv(v)))
        except (TypeError, ValueError) as e:
            row.append(type(e).__name__)
    print(repr(v), row)
int(None)
