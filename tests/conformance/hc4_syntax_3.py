print(0x_FF, 1_000.000_1, 0o777, 0b1010_1010, 1e-3j, .5, 5., 1_0e1_0, 0xdead_beef)
print(r"raw\n", "\N{BULLET}", "\u00e9\U0001F600", "\x41\101", b"\x00\n\\", rb"\d+", "tab\there")
print("a" "b" 'c', """triple "quoted" text""", '''single 'triple' ''', "it's", 'say "hi"')
print(len("\n"), len(r"\n"), "\\".join(["a", "b"]), "\'", "\"")
s = """line one
    indented line
last"""
print(s.splitlines(), repr(s[-4:]))
print(f"{'\n'.join(['a', 'b'])}")
