# exception in __enter__ skips body and __exit__
class BadEnter:
    def __enter__(self):
        raise OSError("cannot enter")
    def __exit__(self, *a):
        print("exit called")
        return True

try:
    with BadEnter():
        print("body")
except OSError as e:
    print("caught:", e)

class NoExit:
    def __enter__(self):
        return 1

print("next")
with NoExit():
    pass
