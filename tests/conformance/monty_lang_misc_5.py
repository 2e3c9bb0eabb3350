# === name errors with suggestions ===
counter_value = 10
def use():
    return countr_value
try:
    use()
except NameError as e:
    print(e)
    print(e.name)
prnt('x')
