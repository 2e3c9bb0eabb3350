# state machine with dict dispatch
transitions = {
    ("idle", "start"): "running",
    ("running", "pause"): "paused",
    ("paused", "resume"): "running",
    ("running", "stop"): "idle",
    ("paused", "stop"): "idle",
}
def run(events, state="idle"):
    trace = [state]
    for ev in events:
        try:
            state = transitions[(state, ev)]
        except KeyError:
            raise ValueError(f"invalid event {ev!r} in state {state!r}") from None
        trace.append(state)
    return trace
print(run(["start", "pause", "resume", "stop"]))
run(["start", "resume"])
