for make in (lambda: [*5], lambda: (*None,), lambda: {*3.5}, lambda: [1, *"ab", *7], lambda: print(*8)):
    try:
        make()
    except TypeError as e:
        print(e)
class OnlyGetitem:
    def __getitem__(self, i):
        if i > 2:
            raise IndexError
        return i
print([*OnlyGetitem()], {*OnlyGetitem()}, (*OnlyGetitem(), *range(2)))
sorted({*[1], *{2: 0}, *"3"} | {*()}, key=str)
