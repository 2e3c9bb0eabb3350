# === pass/ellipsis/constant statements ===
def todo():
    ...
def todo2():
    pass
def doc_only():
    """Only a docstring."""
assert todo() is None and todo2() is None and doc_only() is None, 'empty bodies'
if True:
    pass
elif False:
    ...
for _ in []:
    pass
while False:
    pass
x = ...
assert x is Ellipsis and str(x) == 'Ellipsis', 'ellipsis'
assert ... == ..., 'eq'
type(...)
