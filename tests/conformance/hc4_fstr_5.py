value = 3
print(f"{value if value > 2 else 'small'}")
print(f"{'yes' if value else 'no':>5}")
print(f"{(lambda x: x * 2)(value)}")
print(f"{value:{'>' if value else '<'}{value + 2}}")
print(f"{', '.join(str(i) for i in range(value))}")
d = {"key": "val"}
print(f"{d['key']}", f'{d["key"]}', f"{d=}")
print(f"{value!r:^7}", f"{'multi'}{'ple'}", f"a" f"b" "c")
print(f"{value:}", f"{value!s:}", f"{3:{''}}")
f"{value:z}"
