# syntax error: unclosed paren eof
result = compute(1,
                 2
