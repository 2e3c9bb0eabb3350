s = "py"
print(s * 3, 3 * s, s * 0, s * -1)
print("a" + "b" + "c")
print("x" in "xyz", "xz" in "xyz", "" in "abc")
print("abc"[1], "abc"[-1])
print([1] * 3, (0,) * 2, [[]] * 2)
print("a" < "b" < "ba", "Z" < "a")
t = "q" "r" 's'
print(t)
print("%s=%d" % ("n", 5), "%5.2f|%-4s|" % (3.14159, "x"))
"hello"[1:4] * 2
