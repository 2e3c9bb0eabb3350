from collections import ChainMap
base = {"a": 1, "b": 2}
over = {"b": 20, "c": 30}
cm = ChainMap(over, base)
k, v, i = cm.keys(), cm.values(), cm.items()
print(k)
print(v)
print(i)
print(list(k), list(v), list(i), len(k), len(v), len(i))
print("a" in k, "z" in k, 20 in v, 2 in v, ("b", 20) in i, ("b", 2) in i)
print(type(k).__name__, type(v).__name__, type(i).__name__)
over["d"] = 4
print(list(k), len(i))
print(k == {"a", "b", "c", "d"}, k & {"a", "z"}, sorted(k | {"q"}), sorted(k - {"a"}), sorted(k ^ ["a", "x"]), k != {"a"}, k <= {"a", "b", "c", "d", "e"})
print(sorted(i & {("a", 1), ("b", 2)}), v == v, v == list(v), k == list(k))
import collections.abc as abc
print(isinstance(k, abc.KeysView), isinstance(i, abc.Set), isinstance(v, abc.ValuesView), isinstance(v, abc.Set))
print(sorted(cm), list(reversed(list(cm))), dict(cm))
print(cm.new_child({"e": 5}).keys(), cm.parents.items())
for key, val in cm.items():
    print(key, val, end="; ")
print()
print(ChainMap().keys(), ChainMap({}).items(), list(ChainMap({}, {}).values()))
print(isinstance(cm, abc.MutableMapping), isinstance(cm, abc.Mapping), issubclass(ChainMap, abc.Mapping), isinstance(cm, dict))
