def nothing():
    pass
print(nothing())
for i in range(3):
    pass
print(i)
if True:
    pass
else:
    pass
while False:
    pass
try:
    pass
except Exception:
    pass
def doc_only():
    "just a docstring"
print(doc_only(), doc_only.__doc__)
