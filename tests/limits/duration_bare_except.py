# run: --max-duration 0.1
try:
    while True:
        pass
except:
    print("bare except must not catch a limit")
# expect: limit duration
