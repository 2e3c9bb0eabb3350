# traceback through __repr__ called by print of a list
class Node:
    def __init__(self, label):
        self.label = label
    def __repr__(self):
        return "Node(" + self.label.upper() + ")"

print([Node("a"), Node("b")])
print([Node("c"), Node(None)])
