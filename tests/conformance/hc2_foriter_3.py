# a comprehension over a non-iterable call result
def count():
    return 3
squares = [x * x for x in count()]
