# === deeply nested groups ===
eg = ExceptionGroup('leaf', [ValueError('deepest')])
for level in range(12):
    eg = ExceptionGroup(f'level {level}', [eg])
raise eg
