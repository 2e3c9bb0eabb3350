# uncaught error: sort mixed
values = [3, "1", 2]
values.sort()
