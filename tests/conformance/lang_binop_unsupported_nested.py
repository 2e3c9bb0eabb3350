# unsupported operand deep in an expression, one frame down
def total(prices):
    return sum(prices) * 1.1 + prices[-1]
print(total([1, 2]))
print(total([1, None]))
