labels = {"ok": 1}
def label(name):
    return labels[name]
print(label("ok"))
label("it's")
