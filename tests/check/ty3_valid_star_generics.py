# stubs: weather.pyi
from math import *
from json import *


def mean[T: (int, float)](values: list[T]) -> float:
    return fsum(values) / len(values)


type Reading = tuple[str, float]


class Celsius(float):
    def fahrenheit(self) -> float:
        return self * 9 / 5 + 32


readings: list[Reading] = [("paris", 18.5), ("oslo", 4.0)]
avg = mean([r[1] for r in readings])
print(dumps({"avg": round(avg, 1), "hot": Celsius(avg).fahrenheit(), "root": sqrt(avg)}))
