print("{} {} {}".format(1, "a", [2]))
print("{0}{1}{0}".format("ab", "cd"))
print("{name}:{age:>4}".format(name="x", age=7))
print("{:^9}|{:.2%}|{:,}".format("mid", 0.4567, 10**7))
print("{0[1]} {1[k]} {2}".format([1, 2], {"k": "v"}, 3 + 4j))
print("{!r} {!s} {!a}".format("q", "q", "ü"))
print("{{literal}} {}".format(5))
d = {"w": 10, "p": 3}
"{:{w}.{p}f}".format(2 / 3, **d)
