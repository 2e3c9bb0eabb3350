# unary operator errors and bool arithmetic
for v in ("s", [1], None, {}):
    for name, f in (("-", lambda v: -v), ("+", lambda v: +v), ("~", lambda v: ~v)):
        try:
            f(v)
        except TypeError as e:
            print(e)
print(-True, +False, ~False, not None, -(-3), ~~5, --5)
~1.5
