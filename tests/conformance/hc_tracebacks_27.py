class Widget:
    def __init__(self, size):
        if size < 0:
            raise ValueError(f"size must be >= 0, got {size}")
        self.size = size
widgets = [Widget(s) for s in (1, 2, -3)]
