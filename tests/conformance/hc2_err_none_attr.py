# uncaught error: none attr
class Node:
    def __init__(self):
        self.next = None
n = Node()
print(n.next.value)
