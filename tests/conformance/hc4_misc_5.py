print(type(1), type("a"), type([]), type(None), type(type), type(len), type(lambda: 0).__name__)
class K:
    def m(self):
        pass
print(type(K), type(K()).__name__, type(K().m).__name__, type(K.m).__name__)
print(K.__name__, K.__module__, K().__class__ is K, K.__bases__, object.__bases__)
print(int.__name__, str.__mro__, bool.__mro__)
print(repr(K)[:15], str(int), repr(len), repr(print))
