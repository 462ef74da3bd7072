print(chr(97), ord("a"), hex(255), hex(-255), oct(8), oct(-8), bin(5), bin(-5), bin(0), hex(0))
print(hex(2**70), bin(True), int(hex(255), 16), int(bin(10), 2), int(oct(64), 8))
for fn in [lambda: hex(1.5), lambda: bin("1"), lambda: oct(None)]:
    try:
        fn()
    except TypeError as e:
        print(e)
