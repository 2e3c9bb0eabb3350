from sys import version
print(type(version).__name__)
try:
    from sys import no_such_attribute
except Exception as e:
    print(type(e).__name__ + ":", e)
