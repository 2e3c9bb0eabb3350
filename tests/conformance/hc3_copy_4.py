import copy
def gen():
    yield 1
class Job:
    def __init__(self):
        self.name = "j"
        self.steps = [gen()]
print(copy.copy(Job()).name)
copy.deepcopy(Job())
