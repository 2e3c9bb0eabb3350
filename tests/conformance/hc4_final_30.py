x = 1
"str with \"quotes\""
