# Caesar / Vigenere / ROT13 / Atbash ciphers with chr/ord and str.translate.

LOWER = "abcdefghijklmnopqrstuvwxyz"
UPPER = LOWER.upper()


def caesar(text, shift):
    out = []
    for ch in text:
        if ch.islower():
            out.append(chr((ord(ch) - ord("a") + shift) % 26 + ord("a")))
        elif ch.isupper():
            out.append(chr((ord(ch) - ord("A") + shift) % 26 + ord("A")))
        else:
            out.append(ch)
    return "".join(out)


def vigenere(text, key, decrypt=False):
    out = []
    k = 0
    for ch in text:
        if ch.isalpha():
            shift = ord(key[k % len(key)].lower()) - ord("a")
            if decrypt:
                shift = -shift
            out.append(caesar(ch, shift))
            k += 1
        else:
            out.append(ch)
    return "".join(out)


rot13_table = str.maketrans(LOWER + UPPER, LOWER[13:] + LOWER[:13] + UPPER[13:] + UPPER[:13])
atbash_table = str.maketrans(LOWER, LOWER[::-1])


def crack(ciphertext):
    best = None
    for shift in range(26):
        candidate = caesar(ciphertext, -shift)
        score = sum(candidate.lower().count(c) for c in "etaoin ")
        if best is None or score > best[0]:
            best = (score, shift, candidate)
    return best[1], best[2]


msg = "The Quick Brown Fox Jumps Over The Lazy Dog!"
enc = caesar(msg, 3)
print(enc)
print(caesar(enc, -3) == msg)
print(caesar("xyz XYZ", 4), caesar("abc", 26 * 3 + 1))
v = vigenere("ATTACK AT DAWN", "lemon")
print(v, vigenere(v, "lemon", decrypt=True))
print(msg.translate(rot13_table))
print(msg.translate(rot13_table).translate(rot13_table) == msg)
print("wizard".translate(atbash_table))
print(crack(caesar("meet me at the usual place at ten rather than eight", 11)))
print("hello".translate({ord("l"): None, ord("h"): "J"}))
freq = sorted(((enc.count(c), c) for c in set(enc) if c.isalpha()), reverse=True)[:3]
print(freq)
print([ord(c) for c in "AZaz09"], "".join(chr(i) for i in range(65, 75)))
print(ascii("caf\u00e9"), ord("\u00e9"), chr(0x263A))
