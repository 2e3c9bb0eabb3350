def apply(fn, xs):
    return [fn(x) for x in xs]
apply(
    lambda x: x["v"] * 2,
    [{"v": 1}, {"w": 2}],
)
