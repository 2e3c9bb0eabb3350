width = "10"
print(f"{'x':>{width}}")
print(f"{'x':>{int(width) + None}}")
