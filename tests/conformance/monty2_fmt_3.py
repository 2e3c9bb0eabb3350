# a bad format spec for an int inside a longer f-string
n = 3
s = f"n={n:>4} and {n:q}"
