# join and partition
print("-".join(["a", "b", "c"]), "".join([]), ", ".join(str(i) for i in range(4)))
print("k=v=w".partition("="), "k=v=w".rpartition("="), "abc".partition("x"), "abc".rpartition("x"))
print(" | ".join(map(str, [1.5, None, True])), "/".join("abc"))
d = {"b": 2, "a": 1}
print("&".join(f"{k}={v}" for k, v in sorted(d.items())))
"-".join(["a", 1, "b"])
