# traceback position: chained call
def make():
    return None
make()()
