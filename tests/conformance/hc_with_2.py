class Timer:
    def __enter__(self):
        self.events = ["start"]
        return self.events
    def __exit__(self, *args):
        self.events.append("stop")
t = Timer()
with t as ev:
    ev.append("work")
print(t.events)
def f():
    with Timer() as ev:
        return ev
print(f())
with 5:
    pass
