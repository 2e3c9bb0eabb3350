# in-place vs new list semantics
def add_item(x, bucket=None):
    if bucket is None:
        bucket = []
    bucket.append(x)
    return bucket
def bad_add(x, bucket=[]):
    bucket.append(x)
    return bucket
print(add_item(1), add_item(2), bad_add(1), bad_add(2))
a = [1, 2]
b = a
b += [3]
c = a
c = c + [4]
print(a, b, c, a is b, a is c)
bad_add.__defaults__
