lst = [1, 2, 3, 4, 5]
lst[1:3] = ["a", "b", "c"]
print(lst)
lst[::2] = [0, 0, 0]
print(lst)
del lst[1::2]
print(lst)
i = 0
lst[i], lst[i + 1] = lst[i + 1], lst[i]
print(lst)
def swap_pairs(seq):
    out = list(seq)
    for j in range(0, len(out) - 1, 2):
        out[j], out[j + 1] = out[j + 1], out[j]
    return out
swap_pairs("abcdefg")
