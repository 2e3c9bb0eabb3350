people = [("Alice", 30), ("bob", 25), ("Carol", 35), ("dave", 25)]
print(sorted(people, key=lambda p: p[1]))
print(sorted(people, key=lambda p: (p[1], p[0].lower())))
print(sorted(people, key=lambda p: p[0]))
print(sorted(people, key=lambda p: p[0].lower(), reverse=True))
people.sort(key=lambda p: -p[1])
print(people)
print(sorted([3, 1, 2]), sorted("hello"), sorted({3: "a", 1: "b"}), sorted([], reverse=True))
