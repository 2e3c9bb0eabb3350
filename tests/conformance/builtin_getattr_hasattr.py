def f():
    pass
f.tag = "marked"
print(getattr(f, "tag"), getattr(f, "missing", "default"), hasattr(f, "tag"), hasattr(f, "nope"))
print(getattr("abc", "upper")(), hasattr([], "append"), hasattr(5, "real"), getattr(5, "imag"))
setattr(f, "count", 3)
print(f.count, getattr(f, "__name__"))
try:
    getattr(f, "absent")
except Exception as e:
    print(type(e).__name__ + ":", e)
