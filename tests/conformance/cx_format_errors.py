def attempt(spec):
    try:
        print(repr(format(1 + 2j, spec)))
    except ValueError as e:
        print(repr(spec), "ValueError:", e)
for spec in ["=10", "010", "%", "d", "x", "s", "c", "b", "0<10", "0>10", ">=", ".2%", "z", "10.2q", "1j"]:
    attempt(spec)
print(format(1 + 2j, "*<10"), format(2j, "=<10"))
try:
    (1j).__format__(1)
except TypeError as e:
    print("TypeError:", e)
print((1j).__format__(""), (1j).__format__(".1f"))
format(1j, "010")
