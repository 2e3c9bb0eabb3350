def run(path):
    events = []
    for _ in range(1):
        try:
            if path == "return":
                return events + ["returned"]
            if path == "break":
                break
            if path == "continue":
                continue
            if path == "raise":
                raise ValueError(path)
            events.append("normal")
        except ValueError:
            events.append("handled")
        finally:
            events.append("finally")
    return events
for p in ["normal", "return", "break", "continue", "raise"]:
    print(p, run(p))
