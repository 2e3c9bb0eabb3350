# len on various types and errors
print(len("héllo"), len(b"h\xc3\xa9"), len([1, [2, 3]]), len({"a": 1}), len(range(0, 10, 3)), len(set("aab")))
print(len(()), len(frozenset()), len(" "), len({1: 2}.items()))
class L:
    def __len__(self):
        return 5
print(len(L()))
for bad in (5, None, 3.0, iter([])):
    try:
        len(bad)
    except TypeError as e:
        print(e)
len(x for x in [])
