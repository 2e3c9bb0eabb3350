# unexpected indent after a complete statement
total = 0
  total += 1
