# === binary search ===
def bsearch(arr, target):
    lo, hi = 0, len(arr) - 1
    while lo <= hi:
        mid = (lo + hi) // 2
        if arr[mid] == target:
            return mid
        elif arr[mid] < target:
            lo = mid + 1
        else:
            hi = mid - 1
    return -1
data = [1, 3, 5, 7, 9, 11]
assert [bsearch(data, t) for t in (1, 7, 11, 4)] == [0, 3, 5, -1], 'bsearch'
assert bsearch([], 1) == -1, 'empty'
def lower_bound(arr, t):
    lo, hi = 0, len(arr)
    while lo < hi:
        mid = (lo + hi) // 2
        if arr[mid] < t:
            lo = mid + 1
        else:
            hi = mid
    return lo
[lower_bound([1, 2, 2, 3], t) for t in range(5)]
