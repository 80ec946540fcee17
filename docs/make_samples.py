"""Renders the sample documents in this folder (synthetic, made up for the README's commands).

    python docs/make_samples.py

They are drawn, not scanned: real scans are noisier. Use `scan2data eval` on your own documents
to know how a pipeline does on them.
"""

from __future__ import annotations

from pathlib import Path

from PIL import Image, ImageDraw, ImageFilter, ImageFont

HERE = Path(__file__).resolve().parents[1] / "samples"

RECEIPTS = {
    "kedai-maju.png": """KEDAI RUNCIT MAJU JAYA SDN BHD
(123456-A)
NO 12, JALAN BESAR,
TAMAN SRI MUDA, 40400 SHAH ALAM,
SELANGOR.
TEL : 03-5512 3456
GST ID : 001234567890
TAX INVOICE
INVOICE NO : CS00012345
DATE : 14/03/2018 10:42
CASHIER : AMINAH
ITEM              QTY   PRICE   AMOUNT
MILO 1KG            1   18.90    18.90
ROTI GARDENIA       2    3.20     6.40
TELUR GRED A        1   12.50    12.50
TOTAL SALES (EXCLUDING GST) :    35.66
TOTAL GST :                       2.14
ROUNDING :                        0.00
TOTAL SALES (INCLUSIVE OF GST) : 37.80
CASH :                           50.00
CHANGE :                         12.20
THANK YOU. PLEASE COME AGAIN.""",
    "corner-cafe.png": """THE CORNER CAFE TRADING
LOT 3, JALAN PJU 1A/7,
ARA DAMANSARA, 47301 PETALING JAYA
TEL: 03-7845 1122
RECEIPT NO: R-000981
DATE: 02-04-2019  13:15
2 X NASI LEMAK          17.00
1 X TEH TARIK            3.50
1 X KOPI O               2.80
SUB TOTAL               23.30
SERVICE CHARGE 10%       2.33
ROUNDING ADJ            -0.03
NETT TOTAL              25.60
VISA                    25.60
THANK YOU!""",
    "hardware-store.png": """HOME FIX HARDWARE ENTERPRISE
NO. 7, JALAN KENARI 5,
BANDAR PUCHONG JAYA, 47100 PUCHONG,
SELANGOR DARUL EHSAN.
TEL : 03-8076 5544
DOC NO : HF-55120
DATE : 28/02/2019
SCREWDRIVER SET      1 X 24.90   24.90
PVC PIPE 1/2IN       4 X  3.50   14.00
TOTAL QTY : 5
TOTAL RM                        38.90
CASH                            40.00
CHANGE                           1.10
GOODS SOLD ARE NOT RETURNABLE""",
}

INVOICE = """NORTHWIND OFFICE SUPPLIES LTD
21 HARBOUR ROAD, LEITH, EDINBURGH EH6 6LD
TEL: +44 131 555 0100
INVOICE
INVOICE NO: INV-2024-0117
INVOICE DATE: 05/03/2024
DUE DATE: 04/04/2024
BILL TO: GLEN STUDIO LLP
PO NO: PO-8812
DESCRIPTION            QTY   UNIT    AMOUNT
A4 PAPER (BOX)          3   21.00     63.00
TONER CARTRIDGE         1   89.50     89.50
SUBTOTAL                            152.50
VAT 20%                              30.50
TOTAL                               183.00
AMOUNT DUE                          183.00"""


def font(size: int) -> ImageFont.ImageFont:
    for name in ("DejaVuSansMono.ttf", "/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf"):
        try:
            return ImageFont.truetype(name, size)
        except OSError:
            continue
    return ImageFont.load_default(size=size)


def render(text: str, width: int = 760, size: int = 22, blur: float = 0.6) -> Image.Image:
    lines = text.splitlines()
    step = int(size * 1.55)
    image = Image.new("L", (width, 50 + step * len(lines)), 250)
    draw = ImageDraw.Draw(image)
    for i, line in enumerate(lines):
        draw.text((28, 25 + i * step), line, fill=25, font=font(size))
    return image.filter(ImageFilter.GaussianBlur(blur)).convert("RGB")


def main() -> None:
    receipts = HERE / "receipts"
    receipts.mkdir(exist_ok=True)
    for name, text in RECEIPTS.items():
        render(text).save(receipts / name, optimize=True)
    invoices = HERE / "invoices"
    invoices.mkdir(exist_ok=True)
    render(INVOICE, width=1000, size=24).save(invoices / "northwind-0117.pdf", resolution=150)


if __name__ == "__main__":
    main()
