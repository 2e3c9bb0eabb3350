# stubs: warehouse.pyi
res = run_query("select * from users")


def export(rows):
    return await export_csv(rows, "/tmp/out.csv")  # error: await-outside-async, syntax-error


print(export(res["rows"]))
