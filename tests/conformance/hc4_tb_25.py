a = [1, 2, 3]
b = a.copy()
b.append(4)
c = a[0] + b[-1] * a[len(b)]
