prices = [19.99, 5.01, 0.1, 0.2, 100.0]
print(sum(prices), round(sum(prices), 2))
import math
print(math.fsum(prices))
cents = [round(p * 100) for p in prices]
print(cents, sum(cents) / 100)
print(f"{sum(prices):.2f}", f"{sum(prices) * 1.08:.2f}")
print(19.99 * 3, round(19.99 * 3, 2), 0.1 * 0.1)
print(1 - 0.9, 4.35 * 100, int(4.35 * 100))
