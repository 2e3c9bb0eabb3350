class Flag:
    def __bool__(self):
        raise ValueError("ambiguous")
f = Flag()
if f:
    print("yes")
