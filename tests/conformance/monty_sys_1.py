# === sys module ===
import sys
assert sys.version_info >= (3, 8), 'version'
assert sys.version_info[0] == 3, 'major'
assert isinstance(sys.maxsize, int) and sys.maxsize > 2 ** 30, 'maxsize'
assert sys.getrecursionlimit() > 100, 'limit'
print(type(sys.argv).__name__)
print(sys.version_info.major)
sys.exit('bye')
