# syntax error: missing paren print
print "hello"
