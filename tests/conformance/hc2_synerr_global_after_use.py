# syntax error: global after use
count = 0
def bump():
    count += 1
    global count
