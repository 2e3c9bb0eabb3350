l = [5, 2, 9, 1, 5, 6]
l.sort()
print(l)
l.sort(reverse=True)
print(l)
print(sorted([3, 1.5, 2, True]), sorted([]), sorted([1]), sorted("banana"))
words = ['pear', 'Apple', 'fig', 'banana', 'kiwi']
print(sorted(words), sorted(words, key=len), sorted(words, key=str.lower), sorted(words, key=len, reverse=True))
pairs = [(1, 'b'), (0, 'z'), (1, 'a'), (0, 'y'), (2, 'c')]
print(sorted(pairs, key=lambda p: p[0]))
print(sorted(pairs, key=lambda p: p[0], reverse=True))
big = [(i * 7919) % 1009 for i in range(500)]
s = sorted(big)
print(s[:10], s[-5:], all(s[i] <= s[i + 1] for i in range(len(s) - 1)))
stable = sorted([(i % 3, i) for i in range(100)], key=lambda p: p[0])
print(stable[:5], stable[33:37], stable[-3:])
desc = list(range(200, 0, -1)) + list(range(50))
desc.sort()
print(desc[:8], desc[-3:])
r = [3, 1, 2]
print(r.sort(), r, r.sort(key=None, reverse=False), r)
print(sorted([[3, 1], [2], [3, 0], []]))
