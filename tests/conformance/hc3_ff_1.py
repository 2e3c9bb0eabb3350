name = "world"
print(f"hello {name!r} {name.upper()} {len(name)} {name[::-1]}")
print(f"{'quoted'} {"double"} {'nested ' + f'{name}'}")
d = {"key": "value"}
print(f"{d['key']} {d["key"]}")
items = [1, 2, 3]
print(f"{', '.join(str(i) for i in items)}")
print(f"{items!r:>15}|{str(items):<12}|")
x = 3.14159
print(f"{x=}, {x = :.2f}, {name=!s}")
print(f"""multi
{name}""")
print(f"{{braces}} {{{name}}}")
f"{x:{'.3f'}}"
