def f(s, n):
    return s * n
f("日本語テキスト", "二")
