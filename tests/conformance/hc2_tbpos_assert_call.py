# traceback position: assert call
def valid(x):
    return x > 0
value = -1
assert valid(value), f"invalid value {value}"
