class StateMachine:
    transitions = {
        ("idle", "start"): "running",
        ("running", "pause"): "paused",
        ("paused", "resume"): "running",
        ("running", "stop"): "idle",
        ("paused", "stop"): "idle",
    }
    def __init__(self):
        self.state = "idle"
        self.history = [self.state]
    def fire(self, event):
        key = (self.state, event)
        if key not in self.transitions:
            raise ValueError(f"invalid transition: {event!r} from {self.state!r}")
        self.state = self.transitions[key]
        self.history.append(self.state)
        return self
sm = StateMachine()
sm.fire("start").fire("pause").fire("resume").fire("stop")
print(sm.history)
sm.fire("pause")
