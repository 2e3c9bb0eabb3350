class Empty:
    def __iter__(self):
        return iter([])

[] = []
() = ()
[] = Empty()
() = iter([])
print("unpacked nothing")
for src in ([1], iter([1]), "a"):
    try:
        [] = src
    except ValueError as e:
        print(e)
