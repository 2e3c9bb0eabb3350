try:
    import missing_mod_a
except ModuleNotFoundError as e:
    print(type(e).__name__, e, e.name)
try:
    import missing_mod_b.path
except ImportError as e:
    print("ImportError catches it:", e)
def load():
    import missing_mod_c
    return missing_mod_c
load()
