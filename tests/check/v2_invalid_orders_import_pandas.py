# stubs: orders.pyi
import pandas as pd  # error: unknown-module

df = pd.DataFrame(list_orders())
print(df.head())
