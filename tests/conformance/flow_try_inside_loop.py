raw = ["1", "x", "3", "", "5"]
good = []
bad = 0
for r in raw:
    try:
        good.append(int(r))
    except ValueError:
        bad += 1
        continue
    finally:
        pass
    good[-1] *= 10
print(good, bad)
i = 0
while i < 5:
    i += 1
    try:
        if i == 4:
            break
        if i % 2:
            continue
        print("even", i)
    finally:
        print("finally", i)
(good, i)
