s = "hello"
try:
    s[0] = "H"
except TypeError as e:
    print(e)
try:
    s[10]
except IndexError as e:
    print(e)
print(s[10:], s[-100:2], s[::-2], s[1:-1])
print("x" in s, "ell" in s, "" in s, s * -1 == "")
print(int("  12  "), int("-0"), int("1_000"), int("ff", 16), int("0b101", 0), int("z", 36))
print(float(" 1.5 "), float("1e3"), float("-inf"), str(1.0), str(1e100))
int("12.5")
