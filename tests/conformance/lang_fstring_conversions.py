s = "tab\there"
print(f"{s}")
print(f"{s!r}")
print(f"{s!s}")
print(f"{'é'!a}")
x = [1, "two", 3.0]
print(f"{x!r:>25}|")
print(f"{x!s}")
print(f"{None!r} {True!s}")
