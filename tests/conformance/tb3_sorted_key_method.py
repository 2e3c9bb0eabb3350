class Task:
    def __init__(self, p):
        self.p = p
    def priority(self):
        return self.p.level
tasks = [Task(None)]
sorted(tasks, key=lambda t: t.priority())
sorted([Task(1), Task(2)], key=Task.priority)
