# === close() is forwarded through yield from ===
def closer():
    try:
        yield 1
    except GeneratorExit:
        print('inner got GeneratorExit')
        raise
    finally:
        print('inner finally')
def outer_closer():
    try:
        yield from closer()
    finally:
        print('outer finally')
oc = outer_closer()
next(oc)
oc.close()
print('closed')
