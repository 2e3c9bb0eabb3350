# with on object lacking protocol
class NotCM:
    def __enter__(self):
        return self
with NotCM():
    pass
