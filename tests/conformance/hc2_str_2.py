# strip family
print(repr("  hi \t\n".strip()), repr("xxhixx".strip("x")), repr("abcba".strip("ab")))
print(repr("  hi  ".lstrip()), repr("  hi  ".rstrip()), repr("www.example.com".lstrip("w.")))
print("prefix_name".removeprefix("prefix_"), "name.py".removesuffix(".py"), "abc".removeprefix("z"))
print(repr("\u3000wide\u3000".strip()), repr("".strip()))
"mississippi".rstrip("ips")
