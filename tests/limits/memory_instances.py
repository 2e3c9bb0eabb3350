# run: --max-memory 400000
class Node:
    def __init__(self, nxt):
        self.next = nxt
        self.payload = [0] * 10
n = None
while True:
    n = Node(n)
# expect: limit memory
