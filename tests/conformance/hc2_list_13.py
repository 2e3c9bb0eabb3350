# bisect-like binary search written by hand
def bisect_left(a, x):
    lo, hi = 0, len(a)
    while lo < hi:
        mid = (lo + hi) // 2
        if a[mid] < x:
            lo = mid + 1
        else:
            hi = mid
    return lo
data = [1, 3, 3, 5, 8, 13]
print([bisect_left(data, x) for x in (0, 3, 4, 13, 14)])
ins = data[:]
for v in (4, 0, 20):
    ins.insert(bisect_left(ins, v), v)
ins
