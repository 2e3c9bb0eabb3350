stack = []
for ch in "(a[b]{c})":
    if ch in "([{":
        stack.append(ch)
    elif ch in ")]}":
        top = stack.pop()
        assert "([{".index(top) == ")]}".index(ch)
print("balanced", stack)
queue = [1, 2, 3]
queue.append(queue.pop(0))
print(queue)
print(max([3, 7, 2], key=lambda v: -v), min([], default=None), sum([[1], [2]], []))
print(sorted([(2, "b"), (1, "z"), (2, "a")]), sorted(["b", "A", "c"], reverse=True))
lst = [3, 1, 2]
lst.sort(key=lambda v: v, reverse=True)
print(lst, list(reversed(lst)), lst.clear(), lst)
[1, "a"].sort()
