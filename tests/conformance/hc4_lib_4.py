import copy
class Weird:
    def __deepcopy__(self, memo):
        raise RuntimeError("no deep copies")
copy.deepcopy({"w": [Weird()]})
