"""Receipt: what a shop, restaurant or fuel station hands you. Field names follow what commercial
receipt APIs return, so exports line up with other tools. Descriptions are shown to the models."""

from __future__ import annotations

from typing import Optional

from pydantic import BaseModel, Field

from scan2data.types import Amount, FlexibleDate


class ReceiptItem(BaseModel):
    description: Optional[str] = Field(None, description="item name as printed")
    quantity: Amount = Field(None, description="number of units; 1 when not printed")
    unit_price: Amount = Field(None, description="price of one unit")
    amount: Amount = Field(None, description="line total for this item")


class Receipt(BaseModel):
    merchant_name: Optional[str] = Field(None, description="shop or company name, usually the first line")
    merchant_address: Optional[str] = Field(None, description="full address of the shop, one line")
    merchant_phone: Optional[str] = Field(None, description="shop phone number")
    receipt_number: Optional[str] = Field(None, description="the receipt's own number (receipt / bill / invoice no.)")
    date: FlexibleDate = Field(None, description="transaction date")
    time: Optional[str] = Field(None, description="transaction time, HH:MM")
    currency: Optional[str] = Field(None, description="ISO currency code, e.g. MYR, USD, EUR")
    items: list[ReceiptItem] = Field(default_factory=list, description="purchased items, in order")
    subtotal: Amount = Field(None, description="sum before tax and tip")
    discount: Amount = Field(None, description="a discount on the whole receipt, printed under the subtotal "
                                               "(negative); item discounts are items")
    tax: Amount = Field(None, description="tax amount (GST, VAT, sales tax)")
    tip: Amount = Field(None, description="tip or service charge")
    rounding: Amount = Field(None, description="a cash-rounding adjustment printed above the total (Round Off -0.50)")
    total: Amount = Field(None, description="final amount paid, including tax (after any cash rounding)")
    total_before_rounding: Amount = Field(None, description="the total before a cash-rounding adjustment, "
                                                            "when the receipt prints one")
    amount_tendered: Amount = Field(None, description="cash (or other payment) handed over, when printed (CASH 50.00)")
    change: Amount = Field(None, description="change given back, when printed (CHANGE 3.20)")
    payment_method: Optional[str] = Field(None, description="cash, card, e-wallet...")
    tax_included: Optional[bool] = Field(None, description="true when the receipt says its prices include the tax "
                                                           "(GST included, di cui IVA, dont TVA, darin MwSt)")
