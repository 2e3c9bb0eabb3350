# run: --max-memory 32M
x = ("a" * 10**6).translate({97: "b" * 1000})
# expect: limit memory
