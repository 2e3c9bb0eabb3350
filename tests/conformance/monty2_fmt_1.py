# errors while formatting a replacement field without a spec: __format__ returning a non-str
class Odd:
    def __format__(self, spec):
        return 42

print(f"{'ok'}")
print(f"[{Odd() }]")
