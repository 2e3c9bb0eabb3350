# === unbound local errors ===
total = 0
def add_to_total(n):
    total += n
    return total
try:
    add_to_total(1)
except UnboundLocalError as e:
    print(type(e).__name__, e)
def cond(flag):
    if flag:
        value = 'set'
    return value
assert cond(True) == 'set', 'set path'
cond(False)
