# === reading a free variable before the enclosing function binds it ===
def outer():
    def inner():
        return later
    r = inner()
    later = 1
    return r
outer()
