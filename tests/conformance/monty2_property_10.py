# property in f-string and repr of objects with properties
class Rect:
    def __init__(self, w, h):
        self.w, self.h = w, h
    @property
    def area(self):
        return self.w * self.h
    def __repr__(self):
        return f"Rect({self.w}x{self.h}, area={self.area:,})"

rs = [Rect(1000, 2000), Rect(3, 4)]
assert repr(rs) == "[Rect(1000x2000, area=2,000,000), Rect(3x4, area=12)]"
print(f"{rs[1].area:05d}|{rs[0].area:.2e}")
max(rs, key=lambda r: r.area)
