# traceback position: list star
n = 5
vals = [*n]
