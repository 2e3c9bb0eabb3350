import heapq
nums = [5, 1, 8, 3, 9, 2]
heapq.heapify(nums)
print(nums[0], [heapq.heappop(nums) for _ in range(3)], nums)
print(heapq.nlargest(2, [4, 7, 1, 9]), heapq.nsmallest(2, [4, 7, 1, 9]))
tasks = []
for prio, name in [(3, "low"), (1, "urgent"), (2, "mid")]:
    heapq.heappush(tasks, (prio, name))
print([heapq.heappop(tasks)[1] for _ in range(len(tasks))])
print(list(heapq.merge([1, 4, 7], [2, 5], [3])))
import bisect
arr = [1, 3, 5, 7]
print(bisect.bisect_left(arr, 5), bisect.bisect_right(arr, 5), bisect.bisect(arr, 0))
bisect.insort(arr, 4)
arr
