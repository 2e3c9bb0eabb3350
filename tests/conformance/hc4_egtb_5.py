def task(i):
    raise RuntimeError(f"task {i}")
excs = []
for i in range(2):
    try:
        task(i)
    except RuntimeError as e:
        e.add_note(f"while running task {i}")
        excs.append(e)
eg = ExceptionGroup("batch", excs)
eg.add_note("batch note")
raise eg
