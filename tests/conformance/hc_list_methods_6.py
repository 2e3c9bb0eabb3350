xs = [10, 20, 30]
print(repr(xs), str(xs), xs.__len__(), len(xs))
ys = xs
ys.append(ys)
print(xs)
print([1, [2, [3, [4]]]])
print(["a", 'b"c', "d'e"])
print([None, True, 1.0, 1e20, -0.0])
xs.remove(xs)
print(xs, 20 in xs, 25 not in xs)
print(list(reversed(xs)), sorted(xs, reverse=True), xs)
