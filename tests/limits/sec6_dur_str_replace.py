# run: --max-duration 0.5
s = "a" * 100000
while True:
    s = s.replace("a", "a")
# expect: limit duration
