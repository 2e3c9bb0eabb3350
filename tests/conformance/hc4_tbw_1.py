greeting = "日本語のテキスト"
result = greeting + 5
