# math, sum, json and complex make new floats for NaN results; math.nan is one object, and
# so is the NaN json.loads gives (json.decoder.NaN), another one.
import json
import math

x = float('nan')
print(math.nan is math.nan, [math.nan] == [math.nan], math.nan in [math.nan], x is math.nan)
from math import nan
print(nan is math.nan, math.nan == math.nan, {math.nan: 1}[nan])

print(math.fabs(x) is x, math.copysign(x, 1) is x, math.sqrt(x) is x, math.exp(x) is x,
      math.ldexp(x, 1) is x, math.fmod(x, 1) is x, math.remainder(x, 1) is x,
      math.log(x) is x, math.log(x, 2) is x, math.pow(x, 1) is x, math.atan2(x, 1) is x)
fr = math.frexp(x)
mf = math.modf(x)
print(fr[0] is x, fr[1], mf[0] is mf[1], mf[0] is x, mf[1] is x)
print(math.hypot(x) is x, math.dist([x], [0]) is x, math.sumprod([x], [1]) is x,
      math.fsum([x]) is x, math.prod([x]) is x, math.prod([], start=x) is x,
      math.prod([2.0], start=x) is x, math.isnan(math.prod([x, 2])))
print(math.nextafter(x, 1) is x, math.ulp(x) is x, math.trunc(2.5), math.isnan(math.ulp(x)))

print(sum([x]) is x, sum([], x) is x, sum([x], 0.0) is x, sum([1, x]) is x, sum([x, 1j]).real is x)

print(json.loads('NaN') is json.loads('NaN'), json.loads('NaN') is math.nan)
j = json.loads('[NaN, NaN, {"a": NaN}]')
print(j[0] is j[1], j[2]['a'] is j[0], j == json.loads('[NaN, NaN, {"a": NaN}]'), j == j)
print(json.dumps([x, -x, math.nan, j[0]]), json.loads('-Infinity'), json.loads('[1.5e999]'))
print(json.loads('NaN', parse_constant=lambda s: s), json.dumps({'v': x}, allow_nan=True))

c = complex(x, 1.0)
print(c.real is c.real, c.real is x, c == c, [c] == [c], c in {c})
print(complex(x).real is x, c.__getnewargs__()[0] is x, c.__getnewargs__()[0] is c.real)
z = c.real
print(z is z, [z] == [z], repr(c), repr(complex(x, -x)))
