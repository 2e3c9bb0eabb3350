from typing import TypedDict, Literal, Optional, NotRequired

OrderStatus = Literal["pending", "paid", "shipped", "delivered", "cancelled", "refunded"]

class LineItem(TypedDict):
    sku: str
    quantity: int
    unit_price: float

class Address(TypedDict):
    line1: str
    city: str
    country: str
    postcode: NotRequired[str]

class Order(TypedDict):
    id: str
    customer_id: str
    status: OrderStatus
    items: list[LineItem]
    total: float
    currency: str
    shipping_address: Address | None
    created_at: str

class Customer(TypedDict):
    id: str
    email: str
    name: str
    vip: bool
    lifetime_value: float

class Product(TypedDict):
    sku: str
    title: str
    price: float
    stock: int
    tags: list[str]

def get_order(order_id: str) -> Order | None: ...
def list_orders(status: OrderStatus | None = None, *, customer_id: str | None = None, limit: int = 50) -> list[Order]: ...
def get_customer(customer_id: str) -> Optional[Customer]: ...
def get_product(sku: str) -> Product | None: ...
def search_products(query: str, *, max_price: float | None = None, in_stock_only: bool = False) -> list[Product]: ...
async def refund_order(order_id: str, amount: float, *, reason: str) -> bool: ...
async def update_order_status(order_id: str, status: OrderStatus) -> Order: ...
async def restock(sku: str, quantity: int) -> int: ...
def shipping_quote(address: Address, weight_kg: float) -> float: ...

store_currency: str
