# degrees and radians convert without range errors
import math
print(math.degrees(math.pi), math.radians(180), math.degrees(0), math.radians(-90), math.degrees(1e308))
print(math.radians(1e308), math.degrees(True), math.radians(360) == math.tau)
print([round(math.degrees(x), 10) for x in [0.5, 1, 2]])
math.degrees(None)
