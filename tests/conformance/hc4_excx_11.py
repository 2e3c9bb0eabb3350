class Ctx:
    def __enter__(self):
        return self
    def __exit__(self, et, ev, tb):
        print("exit got", et.__name__, ev)
        return False

def work():
    with Ctx():
        with Ctx():
            raise LookupError("inside both")

work()
