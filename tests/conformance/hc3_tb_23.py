class E(Exception):
    pass
try:
    raise E("first")
except E as e:
    raise E("second") from e
