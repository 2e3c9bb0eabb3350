# string index one past the end
word = 'xy'
print(word[-1], word[:10])
word = "abc"
print(word[2])
print(word[3])
