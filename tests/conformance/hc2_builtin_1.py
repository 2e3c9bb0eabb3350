# sorted/min/max with key and default
words = ["pear", "Fig", "apple", "kiwi", "banana"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len), sorted(words, key=lambda w: w[-1], reverse=True))
print(min(words, key=len), max(words, key=len), min(words), max(words, key=lambda w: (len(w), w)))
print(max([], default=None), min((), key=len, default="none"), max(3, 7, 5), min([4, 1], [3, 9]))
try:
    min([], key=len)
except ValueError as e:
    print(e)
max(1, 2, default=0)
