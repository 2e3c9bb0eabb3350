calls = []
def f(v):
    calls.append(v)
    return v
if f(0) or f([]) or f("x"):
    print("took branch", calls)
calls.clear()
if f(1) and f(0) and f(2):
    print("no")
else:
    print("else", calls)
x = 5
if x > 3: print("one-line if")
while x > 3: x -= 1
print(x)
print(calls)
