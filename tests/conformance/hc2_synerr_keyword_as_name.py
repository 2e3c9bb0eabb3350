# syntax error: keyword as name
class = "math"
