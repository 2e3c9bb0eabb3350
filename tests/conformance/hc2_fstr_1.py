# basic f-string expressions
name, age = "Ann", 31
items = [1, 2, 3]
print(f"{name} is {age}", f"{age + 1}", f"{items[1]}", f"{len(items)}", f"{'nested'}")
print(f"{name!r}", f"{name!s}", f"{name!a}", f"{'é'!a}", f"{{braces}}", f"{{{age}}}")
d = {"k": "v"}
print(f"{d['k']}", f"{d}", f"{items}", f"{None}", f"{True}")
f"{name=}"
