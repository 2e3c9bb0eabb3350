class Queue:
    def __init__(self):
        self.items = []
    def pop(self):
        return self.items.pop(0)
Queue().pop()
