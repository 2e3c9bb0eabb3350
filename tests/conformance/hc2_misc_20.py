# memoized dynamic programming: edit distance and LCS
def edit_distance(a, b):
    dp = [[0] * (len(b) + 1) for _ in range(len(a) + 1)]
    for i in range(len(a) + 1):
        for j in range(len(b) + 1):
            if i == 0 or j == 0:
                dp[i][j] = i + j
            else:
                dp[i][j] = min(dp[i - 1][j] + 1, dp[i][j - 1] + 1, dp[i - 1][j - 1] + (a[i - 1] != b[j - 1]))
    return dp[-1][-1]
def lcs(a, b):
    memo = {}
    def go(i, j):
        if i == len(a) or j == len(b):
            return ""
        if (i, j) not in memo:
            memo[(i, j)] = a[i] + go(i + 1, j + 1) if a[i] == b[j] else max(go(i + 1, j), go(i, j + 1), key=len)
        return memo[(i, j)]
    return go(0, 0)
print(edit_distance("kitten", "sitting"), edit_distance("", "abc"), lcs("ABCBDAB", "BDCABA"))
