def binary_search(arr, target):
    lo, hi = 0, len(arr) - 1
    while lo <= hi:
        mid = (lo + hi) // 2
        if arr[mid] == target:
            return mid
        if arr[mid] < target:
            lo = mid + 1
        else:
            hi = mid - 1
    return -1

import bisect
arr = [1, 3, 5, 7, 9, 11]
assert all(binary_search(arr, x) == arr.index(x) for x in arr)
print(binary_search(arr, 4), bisect.bisect_left(arr, 4), bisect.bisect_right(arr, 5))
bisect.insort(arr, 6)
arr
