rows = [[1, 2], 3]
{v for row in rows for v in row}
