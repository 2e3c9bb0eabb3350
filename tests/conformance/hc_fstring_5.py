value = 3
multi = f"""value:
  {value}
  {value ** 2}"""
print(multi)
print(f"{'a' if value > 2 else 'b'}")
print(f"{(lambda y: y * 2)(value)}")
print(f"{value!r:>5}|{str(value):<3}|")
print(f"{[i for i in range(value)]}")
print(f'{"double" + "quotes"}')
f"{value:.{value}f}"
