def f():
    return 1
f.label = "tagged"
f.count = 2
print(f.label, f.count, hasattr(f, "label"))
del f.label
print(hasattr(f, "label"), getattr(f, "label", "gone"))
items = [0, 1, 2, 3, 4, 5]
del items[::2], items[0]
print(items)
try:
    del f.label
except AttributeError as e:
    print("AttributeError:", e)
