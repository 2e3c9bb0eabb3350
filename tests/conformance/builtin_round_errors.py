print(round(2.5))
try:
    round(float("nan"))
except ValueError as e:
    print("ValueError:", e)
try:
    round(float("inf"))
except Exception as e:
    print(type(e).__name__ + ":", e)
