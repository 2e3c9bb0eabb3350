class MyErr(Exception):
    pass
def risky():
    raise MyErr("custom failure", 42)
try:
    risky()
except MyErr as e:
    print(e.args, str(e))
risky()
