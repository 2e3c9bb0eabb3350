print(undefined_function(3))
