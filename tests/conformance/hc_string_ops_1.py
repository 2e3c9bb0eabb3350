s = "Hello"
print(s[0], s[-1], s[1:4], s * 2, s + " World", "l" in s, s.find("l"))
for i, c in enumerate(s):
    if c == "l":
        print("l at", i)
print(list(s), "".join(reversed(s)), s == "hello", s.lower() == "hello")
print(len(s), s.count("l"), s.replace("l", ""), s.upper().center(11, "="))
print(str(3) + "3", int("3") + 3, "3" * 3)
print("a\tb\\n", r"raw\n", "multi\
line")
s[0] = "h"
