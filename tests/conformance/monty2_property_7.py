# setter with type validation raising TypeError
class User:
    def __init__(self, name, age):
        self.name = name
        self.age = age
    @property
    def age(self):
        return self._age
    @age.setter
    def age(self, v):
        if not isinstance(v, int):
            raise TypeError(f"age must be int, got {type(v).__name__}")
        if not 0 <= v <= 150:
            raise ValueError("age out of range")
        self._age = v

u = User("a", 30)
errors = []
for bad in ["x", 200, 3.5, -1]:
    try:
        u.age = bad
    except (TypeError, ValueError) as e:
        errors.append((type(e).__name__, str(e)))
assert errors == [("TypeError", "age must be int, got str"), ("ValueError", "age out of range"), ("TypeError", "age must be int, got float"), ("ValueError", "age out of range")]
assert u.age == 30
print(errors[0])
User("b", "old")
