def make_counter(start):
    count = start
    def inc(step):
        nonlocal count
        count += step
        return count
    return inc
c = make_counter(0)
c(1)
c("x")
