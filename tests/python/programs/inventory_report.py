RAW = """sku,name,category,qty,price
A100,Widget,tools,25,2.50
A101,Gadget,tools,0,12.00
B200,Apple,food,140,0.35
B201,Bread,food,12,2.10
C300,Novel,books,7,15.99
C301,Atlas,books,2,45.00
A102,Sprocket,tools,310,0.15
"""
def parse(raw):
    lines = raw.strip().splitlines()
    header = lines[0].split(",")
    rows = []
    for line in lines[1:]:
        rec = dict(zip(header, line.split(",")))
        rec["qty"] = int(rec["qty"])
        rec["price"] = float(rec["price"])
        rows.append(rec)
    return rows
rows = parse(RAW)
by_cat = {}
for r in rows:
    by_cat.setdefault(r["category"], []).append(r)
print(f"{'category':<10}{'items':>6}{'units':>7}{'value':>10}")
print("-" * 33)
grand = 0.0
for cat in sorted(by_cat):
    items = by_cat[cat]
    units = sum(r["qty"] for r in items)
    value = sum(r["qty"] * r["price"] for r in items)
    grand += value
    print(f"{cat:<10}{len(items):>6}{units:>7}{value:>10.2f}")
print("-" * 33)
print(f"{'total':<10}{len(rows):>6}{sum(r['qty'] for r in rows):>7}{grand:>10.2f}")
out_of_stock = [r["name"] for r in rows if r["qty"] == 0]
low = sorted((r for r in rows if 0 < r["qty"] < 10), key=lambda r: r["qty"])
print("out of stock:", out_of_stock)
print("low stock:", [(r["sku"], r["qty"]) for r in low])
expensive = max(rows, key=lambda r: r["price"])
print("most expensive:", expensive["name"], f"${expensive['price']:.2f}")
