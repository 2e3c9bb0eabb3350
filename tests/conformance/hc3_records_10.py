from collections import OrderedDict
cache = OrderedDict()
def touch(key, value=None):
    if key in cache:
        cache.move_to_end(key)
    else:
        cache[key] = value
        if len(cache) > 3:
            old, _ = cache.popitem(last=False)
            print("evict", old)
for k in ["a", "b", "c", "a", "d", "b", "e"]:
    touch(k, k.upper())
print(list(cache.items()))
print(cache)
cache.move_to_end("e", last=False)
print(list(cache))
