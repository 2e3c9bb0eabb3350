items = ["é", "ü"]
print(items[0].upper() + items[1].upper() + items[2])
