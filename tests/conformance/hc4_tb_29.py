def safe_div(a, b):
    try:
        return a / b
    except ZeroDivisionError:
        print("divide by zero, retrying with", b + 1)
        return a / (b + "1")

safe_div(1, 0)
