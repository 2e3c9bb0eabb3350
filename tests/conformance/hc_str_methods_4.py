s = "Straße"
print(s.upper(), s.lower(), s.casefold())
print("İ".lower(), len("İ".lower()))
print("ǅ".upper(), "ǅ".lower(), "ǅ".title())
print("hello"[::-1], "héllo"[1], len("héllo"))
print("abc" * 3, 3 * "xy", "" * 10, "a" * 0, "a" * -1)
print("prefix_name".removeprefix("prefix_"), "name.py".removesuffix(".py"), "abc".removeprefix("z"))
