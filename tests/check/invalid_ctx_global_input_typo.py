# stubs: weather.pyi
for c in citys:  # error: undefined-name
    print(c)
