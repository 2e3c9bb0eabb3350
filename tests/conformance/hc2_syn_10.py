# invalid target in for and walrus at statement level
x := 5
