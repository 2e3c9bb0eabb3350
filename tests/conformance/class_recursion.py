class Node:
    def __init__(self, n):
        self.n = n
        self.next = Node(n - 1) if n > 0 else None

    def length(self):
        return 1 + (self.next.length() if self.next else 0)

head = Node(150)
print(head.length())

class Fact:
    def __call__(self, n):
        return 1 if n <= 1 else n * self(n - 1)
print(Fact()(120) > 10 ** 190)

class Loop:
    def again(self):
        return self.again()

Loop().again()
