# unbounded recursion: the repeated frames are collapsed
def ok(n):
    return n
def depth(n):
    return depth(n + 1)
print("before")
depth(0)
