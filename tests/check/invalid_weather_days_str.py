# stubs: weather.pyi
days = await get_forecast("Oslo", days="5")  # error: arg-type
