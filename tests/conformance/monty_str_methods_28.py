# === string building patterns ===
rows = [('name', 'qty'), ('apple', 3), ('kiwi', 12)]
lines = []
for name, qty in rows:
    lines.append(f'{name:<8}|{qty:>4}')
table = '\n'.join(lines)
assert table == 'name    | qty\napple   |   3\nkiwi    |  12', repr(table)
width = max(len(l) for l in lines)
assert width == 13, width
print(table)
table.count('\n')
