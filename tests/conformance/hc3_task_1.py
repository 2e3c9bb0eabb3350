def binary_search(arr, target):
    lo, hi = 0, len(arr) - 1
    steps = 0
    while lo <= hi:
        steps += 1
        mid = (lo + hi) // 2
        if arr[mid] == target:
            return mid, steps
        if arr[mid] < target:
            lo = mid + 1
        else:
            hi = mid - 1
    return -1, steps
arr = list(range(0, 100, 3))
print(binary_search(arr, 42), binary_search(arr, 43), binary_search([], 1))
assert all(binary_search(arr, v)[0] == arr.index(v) for v in arr)
binary_search(arr, 99)
