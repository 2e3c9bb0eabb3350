# positional argument after keyword arguments across lines
result = dict(a=1,
              b=2,
              3)
