a = 2
b = "x"
total = (a
         * b
         - 1)
