# binary operator TypeError messages
cases = [
    (lambda: 1 + "a"), (lambda: "a" + 1), (lambda: [1] + (1,)), (lambda: {1} + {2}), (lambda: None * 2),
    (lambda: "a" * "b"), (lambda: [1] * 1.5), (lambda: 1 - "x"), (lambda: {} | []), (lambda: 2 ** "x"),
    (lambda: "a" / 2), (lambda: 5 // "x"), (lambda: 5 % []), (lambda: 1 @ 2), (lambda: 1 << 1.0), (lambda: 1.5 & 1),
    (lambda: b"a" + "a"), (lambda: (1,) + [1]), (lambda: 3 < "3"), (lambda: [] > ()), (lambda: None < None), (lambda: {} <= {}),
]
for c in cases:
    try:
        c()
        print("no error")
    except TypeError as e:
        print(e)
