class Temp:
    def __init__(self, deg):
        self.deg = deg
    def __lt__(self, o): return self.deg < o.deg
    def __le__(self, o): return self.deg <= o.deg
    def __gt__(self, o): return self.deg > o.deg
    def __eq__(self, o): return self.deg == o.deg
    def __repr__(self): return f"T{self.deg}"
    __hash__ = None
temps = [Temp(30), Temp(10), Temp(20)]
print(sorted(temps), max(temps), min(temps), Temp(1) <= Temp(1), Temp(2) > Temp(1))
print(Temp(5) in temps, Temp(10) in temps, temps.index(Temp(20)), temps.count(Temp(30)))
{Temp(1)}
