# finally runs, exceptions re-raised, else clause
log = []
def step(x):
    try:
        log.append("try")
        if x:
            raise ValueError(x)
    except ValueError as e:
        log.append(f"except {e}")
        raise
    else:
        log.append("else")
    finally:
        log.append("finally")

step(0)
try:
    step("v")
except ValueError:
    log.append("outer")
assert log == ["try", "else", "finally", "try", "except v", "finally", "outer"]
print(log)
step("last")
