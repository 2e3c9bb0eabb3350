# dict subclass with __missing__
class Default(dict):
    def __missing__(self, key):
        v = self[key] = key * 2
        return v
d = Default(a="x")
print(d["a"], d["b"], d, d.get("c"), "c" in d, len(d))
class Lower(dict):
    def __setitem__(self, k, v):
        super().__setitem__(k.lower(), v)
l = Lower()
l["ABC"] = 1
print(l, dict.__repr__(l), isinstance(l, dict))
Default()[3]
