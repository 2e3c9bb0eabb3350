data = [3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5]
n = len(data)
s = sorted(data)
mean = sum(data) / n
median = (s[n // 2] if n % 2 else (s[n // 2 - 1] + s[n // 2]) / 2)
var = sum((x - mean) ** 2 for x in data) / (n - 1)
print(f"mean={mean:.4f} median={median} var={var:.4f}")
from collections import Counter
mode = Counter(data).most_common(1)[0][0]
print("mode", mode)
print("range", max(data) - min(data))
print(f"{var ** 0.5:.6f}")
round(mean, 3)
