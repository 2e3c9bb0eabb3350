# === try in loops with continue/break ===
results = []
for v in ['1', 'x', '3', 'stop', '5']:
    try:
        if v == 'stop':
            break
        results.append(int(v))
    except ValueError:
        results.append(None)
        continue
    finally:
        results.append('.')
assert results == [1, '.', None, '.', 3, '.', '.'], results
count = 0
while True:
    try:
        count += 1
        if count < 3:
            continue
        break
    finally:
        results.append(count)
results[-3:]
