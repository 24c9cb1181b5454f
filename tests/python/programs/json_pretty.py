def dump(value, indent=0, step=2):
    pad = " " * indent
    if isinstance(value, dict):
        if not value:
            return "{}"
        items = []
        for k, v in value.items():
            items.append(" " * (indent + step) + quote(str(k)) + ": " + dump(v, indent + step, step))
        return "{\n" + ",\n".join(items) + "\n" + pad + "}"
    if isinstance(value, (list, tuple)):
        if not value:
            return "[]"
        items = [" " * (indent + step) + dump(v, indent + step, step) for v in value]
        return "[\n" + ",\n".join(items) + "\n" + pad + "]"
    if value is None:
        return "null"
    if value is True:
        return "true"
    if value is False:
        return "false"
    if isinstance(value, (int, float)):
        return repr(value)
    return quote(value)
ESC = {'"': '\\"', "\\": "\\\\", "\n": "\\n", "\t": "\\t"}
def quote(s):
    out = []
    for ch in s:
        if ch in ESC:
            out.append(ESC[ch])
        elif ord(ch) < 0x20 or ord(ch) > 0x7e:
            out.append("\\u%04x" % ord(ch))
        else:
            out.append(ch)
    return '"' + "".join(out) + '"'
doc = {
    "name": "weft",
    "version": [0, 1, 0],
    "threads": True,
    "gil": False,
    "ratio": 2.5,
    "notes": None,
    "tags": ["fast", "parallel", "tab\there"],
    "nested": {"empty_list": [], "empty_dict": {}, "quote": 'say "hi"', "unicode": "café"},
}
print(dump(doc))
def parse(s):
    pos = 0
    def ws():
        nonlocal pos
        while pos < len(s) and s[pos] in " \n\t":
            pos += 1
    def value():
        nonlocal pos
        ws()
        c = s[pos]
        if c == "{":
            pos += 1
            obj = {}
            ws()
            if s[pos] == "}":
                pos += 1
                return obj
            while True:
                ws()
                k = value()
                ws()
                assert s[pos] == ":"
                pos += 1
                obj[k] = value()
                ws()
                if s[pos] == ",":
                    pos += 1
                    continue
                assert s[pos] == "}"
                pos += 1
                return obj
        if c == "[":
            pos += 1
            arr = []
            ws()
            if s[pos] == "]":
                pos += 1
                return arr
            while True:
                arr.append(value())
                ws()
                if s[pos] == ",":
                    pos += 1
                    continue
                pos += 1
                return arr
        if c == '"':
            end = pos + 1
            buf = []
            while s[end] != '"':
                if s[end] == "\\":
                    nxt = s[end + 1]
                    if nxt == "u":
                        buf.append(chr(int(s[end + 2:end + 6], 16)))
                        end += 6
                        continue
                    buf.append({"n": "\n", "t": "\t"}.get(nxt, nxt))
                    end += 2
                    continue
                buf.append(s[end])
                end += 1
            pos = end + 1
            return "".join(buf)
        for word, val in (("true", True), ("false", False), ("null", None)):
            if s.startswith(word, pos):
                pos += len(word)
                return val
        end = pos
        while end < len(s) and s[end] in "+-0123456789.eE":
            end += 1
        text = s[pos:end]
        pos = end
        return float(text) if any(ch in text for ch in ".eE") else int(text)
    return value()
round_trip = parse(dump(doc))
print(round_trip == {**doc, "version": [0, 1, 0]})
print(round_trip["nested"]["unicode"], round_trip["tags"][2])
