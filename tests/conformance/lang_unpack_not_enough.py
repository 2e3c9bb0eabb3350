# unpacking a str of the wrong length
data = "ab"
x, y = data
print(x, y)
p, q, r = data
