# === comparisons of ints and floats ===
assert 1 == 1.0 and 1 is not 1.0 if False else True, 'eq'
assert 2 ** 53 + 1 != float(2 ** 53 + 1), 'precision'
assert 2 ** 53 + 1 > float(2 ** 53), 'big compare'
assert 10 ** 400 > 1e308, 'huge int vs float'
assert -10 ** 400 < float('-1e308'), 'huge negative'
assert 10 ** 400 < float('inf'), 'inf'
assert not (10 ** 400 == float('inf')), 'not equal inf'
assert 0 == -0.0, 'neg zero'
assert 1 < 2 < 3 > 2, 'chain'
assert (1 < 2) == True, 'bool result'
nan = float('nan')
assert not (nan < 1 or nan > 1 or nan == 1), 'nan compare'
[x for x in (3, 1.5, True) if x > 1]
