for s in ("Σ", "ΑΣ", "ΑΣΑ", "ΑΣ ΑΣ", "ΑΣ.", "Α.Σ", "Α'Σ", "ΑΣ'Α", "ΣΑ", "Α\u0301Σ", "ΑΣ\u0301", "1Σ"):
    print(s, s.lower(), s.title(), s.swapcase(), s.capitalize(), s.casefold())
"ΟΔΥΣΣΕΥΣ".lower()
