# f-strings with quotes and expressions (3.12+ syntax)
names = ["a", "b"]
print(f"{', '.join(names)}", f"{'\n'.join(names)!r}", f"{"inner"}", f"{names[0]!r:>5}")
print(f"{'yes' if names else 'no'}", f"{[n.upper() for n in names]}", f"{(lambda q: q * 2)(3)}")
print(f"{3:{'>'}{5}}", f'{"single"}', f"""{'triple'}""")
print(f"{f'{1 + 1}'}", f"{ {'a': 1}['a'] }")
f"{'a' 'b'}"
