def spiral(matrix):
    out = []
    while matrix:
        out += matrix.pop(0)
        matrix = [list(r) for r in zip(*matrix)][::-1]
    return out
print(spiral([[1, 2, 3], [4, 5, 6], [7, 8, 9]]))
print(spiral([[1, 2, 3, 4], [5, 6, 7, 8]]))
def rotate(m):
    return [list(r) for r in zip(*m[::-1])]
print(rotate([[1, 2], [3, 4]]))
rotate(rotate([[1, 2, 3], [4, 5, 6]]))
