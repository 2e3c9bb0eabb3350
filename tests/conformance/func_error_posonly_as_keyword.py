# a positional-only parameter passed by keyword
def clamp(value, /, low=0, high=10):
    return max(low, min(high, value))
print(clamp(15), clamp(-3, low=-1))
print(clamp(value=5))
