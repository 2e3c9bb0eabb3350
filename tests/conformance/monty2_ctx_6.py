# with statement and return/break/continue run __exit__
class Logged:
    log = []
    def __init__(self, tag):
        self.tag = tag
    def __enter__(self):
        Logged.log.append("+" + self.tag)
        return self
    def __exit__(self, *a):
        Logged.log.append("-" + self.tag)

def f():
    with Logged("f"):
        return "ret"

assert f() == "ret"
for i in range(3):
    with Logged(str(i)):
        if i == 0:
            continue
        if i == 1:
            break
assert Logged.log == ["+f", "-f", "+0", "-0", "+1", "-1"]
print(Logged.log)
