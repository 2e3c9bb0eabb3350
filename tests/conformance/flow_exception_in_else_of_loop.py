def check(values):
    for v in values:
        if v < 0:
            print("negative found")
            break
    else:
        raise ValueError("no negative value in %r" % (values,))
check([1, -1])
check([1, 2, 3])
