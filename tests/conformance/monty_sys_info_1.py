# === sys.version_info, float_info and int_info ===
import sys
v = sys.version_info
assert v.major == 3 and v[0] == 3, v
assert v >= (3, 8) and v[:2] >= (3, 14), v[:2]
assert len(v) == 5 and v.releaselevel in ('alpha', 'beta', 'candidate', 'final'), v
assert isinstance(v, tuple) and type(v).__name__ == 'version_info', type(v)
major, minor, *rest = v
assert (major, minor) == v[:2] and len(rest) == 3, rest
print(type(v), v.minor >= 14)
f = sys.float_info
print(f)
print(f.max, f.epsilon, f.min, f.dig, f.mant_dig, f.radix)
assert 1.0 + f.epsilon != 1.0 and 1.0 + f.epsilon / 2 == 1.0, 'epsilon'
assert f.max * 2 == float('inf'), 'max'
print(sys.int_info, sys.int_info.bits_per_digit)
print(sys.maxunicode == 0x10FFFF, chr(sys.maxunicode) == '\U0010ffff', sys.byteorder in ('little', 'big'))
print(hash(sys.float_info) == hash(tuple(sys.float_info)), sys.float_info == tuple(sys.float_info))
print(list(sys.int_info), sys.int_info.count(4), sys.int_info.index(30))
try:
    v.major = 4
except AttributeError as e:
    print('AttributeError')
v[:2] + (1,)
