# === star unpacking of non-iterables in displays ===
for make in [lambda: [*1], lambda: (*None,), lambda: {*2.5}, lambda: [0, *1, 2]]:
    try:
        make()
    except TypeError as e:
        print(e)
print([*'ok'])
{**1}
