# === int overflow into float ops ===
try:
    float(10 ** 400)
except OverflowError as e:
    assert str(e) == 'int too large to convert to float', str(e)
try:
    10 ** 400 / 1
except OverflowError as e:
    assert str(e) == 'integer division result too large for a float', str(e)
assert 10 ** 400 // 10 ** 399 == 10, 'int floordiv fine'
assert (10 ** 400) / (10 ** 399) == 10.0, 'true div of big ints'
try:
    2.0 ** 10000
except OverflowError as e:
    assert e.args[1] in ('Numerical result out of range', 'Result not representable'), str(e)
1e308 * 10
