def gen_squares(n):
    for i in range(n):
        yield i * i
def consumer():
    total = 0
    for v in gen_squares(5):
        total += v
    return total
print(consumer(), sum(gen_squares(10)), list(gen_squares(0)), max(gen_squares(4)))
g = gen_squares(3)
print(list(g), list(g), next(g, "empty"))
print(sorted(gen_squares(4), reverse=True), dict(enumerate(gen_squares(3))), set(gen_squares(3)))
print(any(v > 10 for v in gen_squares(5)), all(v < 20 for v in gen_squares(5)))
