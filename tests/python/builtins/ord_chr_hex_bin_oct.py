print(ord("A"), ord("z"), ord("0"), ord(" "), ord("\n"), ord("é"), ord("€"), ord("😀"))
print(chr(65), chr(97), chr(8364), chr(128512), chr(0x1F40D), repr(chr(0)), repr(chr(127)))
print(hex(255), hex(-255), hex(0), hex(2 ** 64), oct(8), oct(-8), bin(10), bin(-10), bin(0))
print(int(hex(12345), 16), int(bin(12345), 2), int(oct(12345), 8))
try:
    chr(0x110000)
except ValueError as e:
    print("ValueError:", e)
try:
    hex(1.5)
except TypeError as e:
    print("TypeError:", e)
try:
    ord("")
except TypeError as e:
    print("TypeError:", e)
print("".join(chr(ord(c) + 1) for c in "HAL"))
