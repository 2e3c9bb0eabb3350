# popitem on an empty dict
pending = {1: "x"}
pending.pop(1)
print(pending)
pending.popitem()
