stack = [1, 2, 3, 4]
out = []
while stack and (top := stack.pop()) != 2:
    out.append(top)
print(out, top, stack)
chunks = []
data = list(range(10))
while chunk := data[:3]:
    chunks.append(chunk)
    data = data[3:]
print(chunks)
print(any((hit := v) > 5 for v in [1, 7, 9]), hit)
hit
