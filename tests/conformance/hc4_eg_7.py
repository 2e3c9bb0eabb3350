def validate(user):
    problems = []
    if not user.get("name"):
        problems.append(ValueError("name is required"))
    if not isinstance(user.get("age"), int):
        problems.append(TypeError("age must be an int"))
    if problems:
        raise ExceptionGroup(f"invalid user {user.get('id')}", problems)

validate({"id": 1, "name": "a", "age": 3})
validate({"id": 2, "age": "x"})
