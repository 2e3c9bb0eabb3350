r = range(0, 20, 3)
print(3 in r, 4 in r, 18 in r, 21 in r, -3 in r, 0 in r)
print(3.0 in r, 3.5 in r, True in range(2), False in range(1, 3), 'a' in r, None in r, [] in r)
print(range(5, 0, -1).__contains__(5) if False else 5 in range(5, 0, -1), 0 in range(5, 0, -1))
print(10**30 in range(10), -(10**30) in range(-5, 5))
class Weird:
    def __eq__(self, other):
        return other == 4
print(Weird() in range(10), Weird() in range(3))
print(range(10).count(3), range(10).count(10), range(10).count(3.0), range(0, 10, 2).index(8), range(10, 0, -1).index(1))
print(range(10).index(True), range(10).index(3.0), range(10).count(Weird()), range(10).index(Weird()))
