class Outer:
    class Error(Exception):
        pass

def run():
    raise Outer.Error("nested class error")

run()
