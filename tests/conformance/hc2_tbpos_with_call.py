# traceback position: with call
class CM:
    def __enter__(self):
        raise OSError("enter failed")
    def __exit__(self, *a):
        return False
def make():
    return CM()
with make() as c:
    pass
