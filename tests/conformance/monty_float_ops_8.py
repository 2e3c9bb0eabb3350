# === float comparison and special values ===
inf = float('inf')
nan = float('nan')
assert inf > 1e308 and -inf < -1e308, 'inf order'
assert inf == inf, 'inf eq'
assert nan != nan, 'nan ne'
assert max(1, inf) == inf, 'max inf'
assert min([nan, 1]) != min([nan, 1]) or True, 'nan min'
assert inf * 0 != inf * 0, 'inf times zero nan'
assert str(inf) == 'inf' and repr(-inf) == '-inf', 'repr inf'
assert float('-nan') != 0, 'neg nan'
assert 1 / inf == 0.0, 'one over inf'
import math
assert math.isnan(nan) and math.isinf(inf) and math.isfinite(1.0), 'predicates'
[inf > x for x in (10 ** 400, 1e308)]
