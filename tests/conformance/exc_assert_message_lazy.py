calls = []
def msg():
    calls.append(1)
    return "computed"
assert True, msg()
print(calls)
try:
    assert False, msg()
except AssertionError as e:
    print(e, calls)
assert 0, ["not", "a", "string"]
