attempts = 0
def unreliable():
    global attempts
    attempts += 1
    if attempts < 3:
        raise ConnectionError(f"attempt {attempts}")
    return "connected"

for i in range(5):
    try:
        result = unreliable()
    except ConnectionError as e:
        print("retry after", e)
        continue
    else:
        print("ok:", result)
        break
    finally:
        print("attempt done", i)
print(attempts)
