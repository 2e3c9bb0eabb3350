def letters():
    for c in "abc":
        print("  letters yields", c)
        yield c
def numbers():
    for n in range(3):
        print("  numbers yields", n)
        yield n
for pair in zip(letters(), numbers()):
    print(pair)
def roundrobin(*iterables):
    its = [iter(x) for x in iterables]
    while its:
        for it in list(its):
            try:
                yield next(it)
            except StopIteration:
                its.remove(it)
print(list(roundrobin("ABC", "d", "EF")))
