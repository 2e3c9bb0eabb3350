x = 1
complex(1, -2)
