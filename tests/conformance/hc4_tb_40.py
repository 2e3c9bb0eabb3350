def gen_values():
    for x in [1, 2, "three"]:
        yield x * 2 + 1

print(list(gen_values()))
