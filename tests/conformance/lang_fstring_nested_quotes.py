names = ["ann", "bob"]
d = {"key": "value"}
print(f"{'-'.join(names)}")
print(f"{d["key"]} and {d['key']}")
print(f"{f"{1 + 1}"} nested")
print(f"{", ".join(n.upper() for n in names)}")
width = 6
print(f"{'x':>{width}}|{'y':{'<'}{width}}|")
value = 3.14159
print(f"{value:.{1 + 1}f}", f"{value!r:>12}")
print(f"""{
    len(names)
}""")
print(f"{'\n'.join(names)}")
