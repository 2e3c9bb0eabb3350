# stubs: weather.pyi
week = await get_forecast("Paris", days=7.5)  # error: arg-type
