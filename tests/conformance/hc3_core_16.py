def merge_intervals(intervals):
    out = []
    for start, end in sorted(intervals):
        if out and start <= out[-1][1]:
            out[-1][1] = max(out[-1][1], end)
        else:
            out.append([start, end])
    return out
print(merge_intervals([[1, 3], [2, 6], [8, 10], [15, 18], [17, 20]]))
print(merge_intervals([]), merge_intervals([[1, 4], [4, 5]]))
def rotate(lst, k):
    k %= len(lst) or 1
    return lst[-k:] + lst[:-k]
print(rotate([1, 2, 3, 4, 5], 2), rotate([], 3), rotate([1], 10))
