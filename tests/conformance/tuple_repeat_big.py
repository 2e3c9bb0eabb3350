t = (1, 2) * 3
print(t, len(t * 100))
empty = ()
print(empty * 10 is empty, len(((),) * 4))
t
