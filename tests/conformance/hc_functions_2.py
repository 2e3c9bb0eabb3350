def append_to(x, lst=[]):
    lst.append(x)
    return lst
print(append_to(1), append_to(2))
def safe(x, lst=None):
    lst = [] if lst is None else lst
    lst.append(x)
    return lst
print(safe(1), safe(2))
def doc():
    """Return nothing."""
print(doc.__doc__, doc(), doc.__name__, f"{doc.__defaults__}")
print(append_to.__defaults__, safe.__defaults__)
def kwonly(*, a=1, b):
    return a, b
kwonly(b=5)
