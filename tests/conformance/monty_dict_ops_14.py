# === dict methods misuse ===
d = {'a': 1}
for call in [lambda: d.get(), lambda: d.pop(), lambda: d.update(1), lambda: d.setdefault(),
             lambda: dict.fromkeys(), lambda: d.items(1)]:
    try:
        call()
    except TypeError as e:
        print(e)
d.update([1, 2, 3])
