# an uncaught math error deep in a call: traceback and message
import math

def norm(values):
    return math.sqrt(sum(values))

def report(values):
    return f"{norm(values):.3f}"

print(report([1, 2, 3]))
print(report([-5, 1]))
