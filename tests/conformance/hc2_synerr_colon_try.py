# a try header missing its colon
try
    value = int("3")
except ValueError:
    value = 0
