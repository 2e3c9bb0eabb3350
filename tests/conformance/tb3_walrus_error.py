data = [1, 2]
if (n := len(data)) > 1:
    print(data[n])
