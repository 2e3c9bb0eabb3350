data = "k1=v1;k2=v2;;k3="
pairs = [p.split("=", 1) for p in data.split(";") if p]
parsed = {k: v for k, v in pairs}
print(parsed)
print("  multiple   spaces  here ".split(), " ".join("  multiple   spaces ".split()))
print("CamelCaseString".swapcase(), "snake_case_name".replace("_", " ").title().replace(" ", ""))
print("abc".encode().hex(), bytes.fromhex("616263").decode(), "%08.2f" % 3.14159)
print("hello"[1:3], "hello"[-3:], "hello"[:-3], "hello"[5:], "hello"[::3])
"abc".split("")
