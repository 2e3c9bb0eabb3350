d = {"present": 1}
del d["present"]
print(d)
try:
    del d["absent"]
except Exception as e:
    print(type(e).__name__ + ":", e)
