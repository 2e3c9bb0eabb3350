# run:
exec("x = 1")
# expect: NameError
