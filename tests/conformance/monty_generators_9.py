# === yield inside try/except/finally ===
def safe_div(pairs):
    for a, b in pairs:
        try:
            yield a / b
        except GeneratorExit:
            print('exit')
            raise
        except ZeroDivisionError:
            yield float('inf')
        finally:
            print('after', a)
out = []
for v in safe_div([(1, 2), (1, 0)]):
    out.append(v)
assert out == [0.5, float('inf')], out
gen = safe_div([(4, 2), (5, 5)])
next(gen)
gen.close()
list(safe_div([(1, 'x')]))
