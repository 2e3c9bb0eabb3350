# __hash__ returning a non-int, and __eq__ raising during dict lookup
class BadHash:
    def __hash__(self):
        return "h"

class Explosive:
    def __hash__(self):
        return 1
    def __eq__(self, other):
        raise RuntimeError("eq exploded")

d = {Explosive(): 1}
try:
    d[Explosive()]
except RuntimeError as e:
    print("caught", e)
{BadHash(): 1}
