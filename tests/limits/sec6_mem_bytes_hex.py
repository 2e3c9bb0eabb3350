# run: --max-memory 32M
x = (b"a" * 10**7).hex(":")
# expect: limit memory
