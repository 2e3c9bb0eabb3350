label = "日本語"
x = label + 1
