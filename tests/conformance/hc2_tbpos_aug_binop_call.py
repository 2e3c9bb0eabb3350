# traceback position: aug binop call
total = 0
def step():
    return "1"
total += step()
