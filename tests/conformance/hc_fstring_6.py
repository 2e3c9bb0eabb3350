x = 5
f"{x:d}", f"{x:s}"
