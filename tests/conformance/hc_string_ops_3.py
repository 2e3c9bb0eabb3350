s = """first line
    second indented
third"""
lines = s.splitlines()
print(len(lines), [l.strip() for l in lines])
print(s.count("\n"), s.index("second"))
csv = "name,age\nann,30\nbob,25"
rows = [line.split(",") for line in csv.split("\n")]
header, *body = rows
print([dict(zip(header, r)) for r in body])
print("-".join(str(i) for i in range(5)), "".join(map(str, [1, 2])))
print("abc".encode(), "x".isidentifier(), "1x".isidentifier(), "Hello".swapcase())
"word " * 3
