# private name mangling
class Secret:
    def __init__(self):
        self.__hidden = 42
        self._soft = 1
    def reveal(self):
        return self.__hidden
class Sub(Secret):
    def peek(self):
        return self.__hidden
s = Sub()
print(s.reveal(), s._Secret__hidden, s._soft, sorted(vars(s)))
s.peek()
