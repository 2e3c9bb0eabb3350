# exception group traceback display when uncaught, nested
def fail(n):
    raise ValueError(f"task {n} failed")
errs = []
for i in range(2):
    try:
        fail(i)
    except ValueError as e:
        errs.append(e)
inner = ExceptionGroup("inner", [TypeError("bad type")])
raise ExceptionGroup("batch failed", errs + [inner])
