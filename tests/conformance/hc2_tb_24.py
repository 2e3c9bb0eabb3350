# error in a deeply indented expression inside if/for/while
def scan(grid):
    for r, row in enumerate(grid):
        for c, cell in enumerate(row):
            if cell:
                while cell > 0:
                    cell -= row[c + 1]
    return "done"
scan([[0, 0], [1, 1], [2]])
