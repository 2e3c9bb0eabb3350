s = "haystack"
print(s.index("st"))
try:
    s.rindex("needle")
except ValueError as e:
    print("ValueError:", e)
for bad in ((1,), ("a", "x"), ("a", 0, 1, 2), ()):
    try:
        s.find(*bad)
    except TypeError as e:
        print("TypeError:", e)
s.index("needle", 0, 3)
