# run:
eval("1")
# expect: NameError
