price = 1234.5
qty = 1500000
ratio = 0.4567
print(f"${price:,.2f} | {qty:,} items | {ratio:.1%} | {qty:_d} | {price:e}")
print(f"{-price:+,.1f} {price:010.2f} {qty:>12,} {ratio:<8.3f}|")
print(f"{7:b} {7:#o} {255:#X} {65:c} {1e-9:.2e} {123456789:.3g}")
