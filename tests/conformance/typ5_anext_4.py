# aiter() errors
class NotIt:
    def __aiter__(self):
        return 42
for bad in (5, [1], None):
    try:
        aiter(bad)
    except TypeError as e:
        print(e)
try:
    aiter()
except TypeError as e:
    print(e)
try:
    anext()
except TypeError as e:
    print(e)
aiter(NotIt())
