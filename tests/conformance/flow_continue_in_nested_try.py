out = []
for i in range(5):
    try:
        try:
            if i == 1:
                continue
            if i == 3:
                raise ValueError(i)
            out.append(i)
        finally:
            out.append("f%d" % i)
    except ValueError:
        out.append("caught")
        continue
    out.append("end%d" % i)
out
