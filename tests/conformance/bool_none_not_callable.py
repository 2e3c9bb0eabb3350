handler = None
print("before")
handler()
