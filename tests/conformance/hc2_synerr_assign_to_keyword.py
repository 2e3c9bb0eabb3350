# syntax error: assign to keyword
None = 1
