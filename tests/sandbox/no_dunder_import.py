# run:
__import__("os")
# expect: NameError
