s = "0123456789"
print(s[-3:-1], s[-1:-3], s[-1:-3:-1], s[3:-3], s[::-2][:3])
print(s[len(s):], s[:0], s[::len(s)], s[-len(s)-5:2])
lst = list(range(6))
print(lst[::-1][::2], lst[1::2][::-1], lst[-2::-2])
print(lst[2:][:2], lst[:-1][-1], lst[-1:][0])
chunks = [lst[i:i + 4] for i in range(0, len(lst), 4)]
print(chunks)
print(s[1.5:3] if False else "skip")
lst[1:2:0]
