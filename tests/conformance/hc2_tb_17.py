# exception from sorted key function
people = [{"name": "a", "age": 3}, {"name": "b"}]
sorted(people, key=lambda p: p["age"])
