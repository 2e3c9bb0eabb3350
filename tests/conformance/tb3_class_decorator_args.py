def tag(name):
    def deco(cls):
        cls.tag = name.upper()
        return cls
    return deco
@tag(None)
class Thing:
    pass
