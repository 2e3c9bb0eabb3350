name = "world"
count = None
print(f"hello {name}, you have {count + 1} messages")
