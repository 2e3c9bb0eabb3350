# stubs: orders.pyi
people = [("ana", 31, 5.5), ("bo", 25, 7.0), ("cy", 31, 1.0)]
for name, age, score in sorted(people, key=lambda p: (-p[1], p[2])):
    print(f"{name:<4}{age:>3}{score:>6.1f}")
ranking = {name: i for i, (name, *_rest) in enumerate(people, start=1)}
print(ranking)
