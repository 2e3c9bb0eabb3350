# an if header over two lines missing its colon
x, y = 1, 2
if (x > 0 and
        y > 0)
    print("both")
