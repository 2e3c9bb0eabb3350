# list.sort stability and keys
people = [("bob", 25), ("alice", 30), ("carl", 25), ("dana", 30), ("eve", 22)]
print(sorted(people, key=lambda p: p[1]))
print(sorted(people, key=lambda p: (-p[1], p[0])))
people.sort(key=lambda p: p[0], reverse=True)
print(people)
words = ["bb", "a", "ccc", "dd", "e"]
words.sort(key=len)
print(words, sorted(words, key=len, reverse=True))
[3, "a"].sort()
