class Bad:
    def __repr__(self):
        return 1 / 0
print([Bad()])
