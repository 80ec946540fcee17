"""Invoice: a bill from a supplier. Field names follow what commercial invoice APIs return."""

from __future__ import annotations

from typing import Optional

from pydantic import BaseModel, Field

from scan2data.types import Amount, FlexibleDate


class InvoiceItem(BaseModel):
    description: Optional[str] = Field(None, description="product or service")
    quantity: Amount = Field(None, description="number of units")
    unit_price: Amount = Field(None, description="price of one unit")
    amount: Amount = Field(None, description="line total")


class Invoice(BaseModel):
    vendor_name: Optional[str] = Field(None, description="company that issued the invoice")
    vendor_address: Optional[str] = Field(None, description="address of the vendor, one line")
    customer_name: Optional[str] = Field(None, description="company or person billed")
    invoice_number: Optional[str] = Field(None, description="invoice number / ID")
    invoice_date: FlexibleDate = Field(None, description="date the invoice was issued")
    due_date: FlexibleDate = Field(None, description="payment due date")
    purchase_order: Optional[str] = Field(None, description="customer's PO number")
    currency: Optional[str] = Field(None, description="ISO currency code, e.g. USD, EUR")
    items: list[InvoiceItem] = Field(default_factory=list, description="invoice lines, in order")
    line_total: Amount = Field(None, description="sum of the line amounts, before document-level "
                                                 "discounts and charges")
    allowances: Amount = Field(None, description="discounts on the whole invoice (not on one line)")
    charges: Amount = Field(None, description="charges on the whole invoice: freight, fees")
    subtotal: Amount = Field(None, description="amount before tax (lines, less discounts, plus charges)")
    tax: Amount = Field(None, description="total tax")
    withholding: Amount = Field(None, description="income tax the customer withholds (IRPF, ritenuta d'acconto), "
                                                  "negative: taken off the total")
    total: Amount = Field(None, description="invoice total including tax")
    amount_due: Amount = Field(None, description="amount still to pay")
    tax_included: Optional[bool] = Field(None, description="true when the invoice says its prices include the tax "
                                                           "(a web shop's Steuern (enthalten), incl. VAT)")
