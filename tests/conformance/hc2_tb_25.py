# assert with complex expression uncaught
def normalize(weights):
    total = sum(weights)
    assert abs(total - 1.0) < 1e-9, f"weights sum to {total}, not 1"
    return weights
print(normalize([0.5, 0.5]))
normalize([0.5, 0.6])
