# len() of an int
print(len(str(12345)))
sizes = [len("ab"), len([1, 2, 3])]
print(sizes)
print(len(12345))
