# syntax error: missing colon class
class Point
    x = 1
