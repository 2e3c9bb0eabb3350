def run(steps):
    for i, step in enumerate(steps):
        try:
            step()
        except ZeroDivisionError as exc:
            raise RuntimeError(f"step {i} failed") from exc

run([lambda: 1, lambda: 1 / 0])
