def first_match(items, pred):
    for item in items:
        if (r := pred(item)) is not None:
            return item, r
    return None
print(first_match([1, 2, 3, 4], lambda x: x * 10 if x > 2 else None))
vals = [v for x in range(6) if (v := x ** 2) % 2 == 0]
print(vals)
(a := 5, b := a + 1)
