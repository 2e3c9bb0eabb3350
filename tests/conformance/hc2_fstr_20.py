# nested quotes, backslashes and comments in f-string replacement fields (3.12+)
items = {"a": 1, "b": 2}
print(f"{items["a"]}", f"{'\t'.join(items)}", f"{'\\'}")
print(f"{
    sum(items.values())  # total
}")
print(f"{'x':{'>'}3}", f"{1:{'0'}{'3'}}")
f"{f"{f"{1}"}"}"
