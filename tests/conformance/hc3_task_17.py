def group_anagrams_sorted(ws):
    from collections import defaultdict
    g = defaultdict(list)
    for w in ws:
        g[tuple(sorted(w))].append(w)
    return sorted(sorted(v) for v in g.values())
print(group_anagrams_sorted(["eat", "tea", "tan", "ate", "nat", "bat"]))
def two_sum(nums, target):
    seen = {}
    for i, n in enumerate(nums):
        if target - n in seen:
            return seen[target - n], i
        seen[n] = i
    return None
print(two_sum([2, 7, 11, 15], 9), two_sum([3, 2, 4], 6), two_sum([1], 5))
