from typing import TypedDict, Literal, Optional, NotRequired

CabinClass = Literal["economy", "premium", "business", "first"]

class Flight(TypedDict):
    flight_id: str
    airline: str
    origin: str
    destination: str
    depart: str
    arrive: str
    price: float
    stops: int
    cabin: CabinClass

class Hotel(TypedDict):
    hotel_id: str
    name: str
    city: str
    stars: int
    nightly_rate: float
    rating: NotRequired[float]

class Booking(TypedDict):
    booking_id: str
    kind: Literal["flight", "hotel"]
    reference: str
    total: float
    confirmed: bool

class Traveler(TypedDict, total=False):
    name: str
    passport: str
    loyalty_number: str

async def search_flights(origin: str, destination: str, date: str, *, cabin: CabinClass = "economy", max_stops: int = 1) -> list[Flight]: ...
async def search_hotels(city: str, check_in: str, check_out: str, *, min_stars: int = 0, guests: int = 1) -> list[Hotel]: ...
async def book_flight(flight_id: str, traveler: Traveler) -> Booking: ...
async def book_hotel(hotel_id: str, check_in: str, check_out: str, traveler: Traveler) -> Booking: ...
def get_booking(booking_id: str) -> Booking | None: ...
def cancel_booking(booking_id: str, *, reason: str = "") -> bool: ...
def convert_currency(amount: float, from_currency: str, to_currency: str) -> float: ...
def airport_code(city: str) -> str | None: ...

home_city: str
budget: float
