from typing import TypedDict, NotRequired

class Forecast(TypedDict):
    city: str
    temp_c: float
    condition: str
    wind_kph: float
    rain_mm: NotRequired[float]

class Alert(TypedDict):
    region: str
    severity: int
    headline: str

async def get_weather(city: str, units: str = "metric") -> Forecast: ...
async def get_forecast(city: str, days: int) -> list[Forecast]: ...
async def get_alerts(region: str) -> list[Alert]: ...
def to_fahrenheit(celsius: float) -> float: ...

cities: list[str]
