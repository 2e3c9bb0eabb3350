def mask(card):
    digits = card.replace(" ", "")
    return "*" * (len(digits) - 4) + digits[-4:]
print(mask("1234 5678 9012 3456"))
def truncate(s, n, ellipsis="..."):
    return s if len(s) <= n else s[:n - len(ellipsis)] + ellipsis
print(truncate("short", 10), truncate("a much longer sentence", 10))
def initials(name):
    return "".join(p[0].upper() + "." for p in name.split())
print(initials("john ronald reuel tolkien"))
print("%-10s|%10s|" % (truncate("abcdefghijkl", 8), mask("1111222233334444")))
