# === global statement ===
counter = 0
def bump():
    global counter
    counter += 1
for _ in range(3):
    bump()
assert counter == 3, counter
def read_only():
    return counter * 2
assert read_only() == 6, 'read global'
def shadow():
    counter = 'local'
    return counter
assert shadow() == 'local' and counter == 3, 'shadow'
def make_global():
    global new_name
    new_name = 'created'
make_global()
assert new_name == 'created', 'created global'
def unbound():
    counter += 1
unbound()
