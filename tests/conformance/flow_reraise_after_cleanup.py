log = []
def risky(n):
    if n > 2:
        raise OverflowError("too big: %d" % n)
    return n
def wrapper(n):
    try:
        return risky(n)
    except OverflowError:
        log.append("cleanup %d" % n)
        raise
print(wrapper(1))
try:
    wrapper(5)
except OverflowError as e:
    print("outer got", e, log)
wrapper(7)
