# nested for loop whose inner iterable is a non-iterable method result
class Row:
    def cells(self):
        return 7
rows = [Row()]
for r in rows:
    for c in r.cells():
        print(c)
