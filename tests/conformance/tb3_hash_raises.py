class K:
    def __init__(self, parts):
        self.parts = parts
    def __hash__(self):
        return hash(self.parts)
d = {K([1, 2]): "v"}
