# slicing with None and variables
a = "abcdefgh"
for start, stop, step in [(None, None, None), (2, None, None), (None, -2, None), (None, None, 3), (-1, None, -2), (1, 6, 2)]:
    print(start, stop, step, a[start:stop:step])
i, j = 2, 5
print(a[i:j], a[j:i], a[i:j][::-1], a[i:][:j])
a[1.5:2]
