# syntax error: unmatched close
values = [1, 2]]
