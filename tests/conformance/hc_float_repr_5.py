data = [3.5, -1.25, 0.0, 2.0, 1e-7, 12345.6789]
print(sum(data), sum(data) / len(data), max(data), min(data))
print(sorted(data), sorted(data, reverse=True))
print([f"{x:.3f}" for x in data])
print([f"{x:g}" for x in data])
print([f"{x:10.2e}" for x in data])
print(f"{0.5:%}", f"{0.125:.1%}", f"{1234567.891:,.2f}")
0.1 + 0.7
