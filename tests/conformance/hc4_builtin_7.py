print(sorted([3, 1, 2], reverse=True), sorted("bca"), sorted({"b": 1, "a": 2}), sorted((3, 1)))
people = [("ann", 30), ("bob", 25), ("cid", 30), ("dee", 25), ("eve", 35)]
by_age = sorted(people, key=lambda p: p[1])
print(by_age)
by_age_desc_stable = sorted(people, key=lambda p: p[1], reverse=True)
print(by_age_desc_stable)
multi = sorted(people, key=lambda p: (-p[1], p[0]))
print(multi)
from operator import itemgetter, attrgetter
print(sorted(people, key=itemgetter(1, 0)))
sorted([1, None, 2])
