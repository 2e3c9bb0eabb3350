import math
def mean(xs):
    return sum(xs) / len(xs)
def stddev(xs):
    m = mean(xs)
    return math.sqrt(sum((x - m) ** 2 for x in xs) / len(xs))
data = [2, 4, 4, 4, 5, 5, 7, 9]
print(mean(data), stddev(data))
print(f"{stddev([1.5, 2.5, 10.0]):.6f}")
z = [(x - mean(data)) / stddev(data) for x in data]
print([round(v, 3) for v in z])
print(mean([]))
