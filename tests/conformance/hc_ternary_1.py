def sign(n):
    return "pos" if n > 0 else "neg" if n < 0 else "zero"
print([sign(n) for n in (3, -2, 0)])
a = 5
b = a if a > 3 else 0
c = (a > 3) and "yes" or "no"
print(b, c)
print("even" if a % 2 == 0 else "odd", [x if x else "-" for x in [1, 0, "", "a"]])
label = {True: "on", False: "off"}[a > 2]
label
