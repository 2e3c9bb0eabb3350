# default __format__ rejects a non-empty spec
class Plain:
    def __str__(self):
        return "plain"

assert f"{Plain()}" == "plain"
assert format(Plain(), "") == "plain"
f"{Plain():>10}"
