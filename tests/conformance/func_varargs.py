def total(*nums):
    print(type(nums).__name__, nums)
    return sum(nums)
print(total())
print(total(1, 2, 3))
print(total(*range(5)))
def head_tail(first, *rest):
    return first, rest
print(head_tail(1), head_tail(1, 2, 3))
def mixed(a, b=2, *args):
    return a, b, args
print(mixed(1, 5, 6, 7))
