# stubs: weather.pyi
days = await get_forecast("Oslo")  # error: call-arg-count
