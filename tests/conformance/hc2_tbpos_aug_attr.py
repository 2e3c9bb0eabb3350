# traceback position: aug attr
class S:
    pass
s = S()
s.total += 5
