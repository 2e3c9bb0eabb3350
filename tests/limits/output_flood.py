# run: --max-output 1000
while True:
    print("spam")
# expect: limit output
