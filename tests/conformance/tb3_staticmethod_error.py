class M:
    @staticmethod
    def parse(s):
        return int(s)
    @classmethod
    def make(cls, s):
        return cls.parse(s)
M.make("x")
