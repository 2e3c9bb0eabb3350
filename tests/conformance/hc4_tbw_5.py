x = 1
y = 0
z = {
    "a": x / y,
}
