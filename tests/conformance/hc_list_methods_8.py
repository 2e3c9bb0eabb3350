data = [5, 3, 8, 1, 9, 2]
print(data[::2], data[1::2], data[-3:], data[:-3])
print(sorted(data)[len(data) // 2], sum(data) / len(data))
data.sort()
lo, hi = data[0], data[-1]
print(lo, hi, data.index(8), 8 in data, data.count(3))
evens = [x for x in data if x % 2 == 0]
odds = [x for x in data if x % 2]
print(evens, odds, evens + odds, list(zip(evens, odds)))
print(list(map(lambda p: p[0] * p[1], zip(data, data[1:]))))
stack = list(data)
while len(stack) > 2:
    stack.append(stack.pop() - stack.pop())
print(stack)
rotated = data[2:] + data[:2]
print(rotated, rotated[::-1] == list(reversed(rotated)))
print([data[i:i + 2] for i in range(0, len(data), 2)])
