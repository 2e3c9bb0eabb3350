# integer and string interning-independent equality in containers
a = [1, 2, 3]
b = [1, 2, 3]
print(a == b, a is b, [a] == [b], (a,) == (b,), {"k": a} == {"k": b}, a in [b], b.index(3))
s1 = "hello world"
s2 = " ".join(["hello", "world"])
print(s1 == s2, s1 in {s2}, {s1: 1}[s2])
print([1, [2, [3]]] == [1, [2, [3]]], [1, [2, [3]]] < [1, [2, [4]]])
{"a": [1]} == {"a": (1,)}
