import math
class Template:
    def __init__(self, text):
        self.parts = []
        i = 0
        while i < len(text):
            start = text.find("{{", i)
            if start < 0:
                self.parts.append(("text", text[i:]))
                break
            self.parts.append(("text", text[i:start]))
            end = text.find("}}", start)
            if end < 0:
                raise ValueError(f"unclosed tag at {start}")
            expr = text[start + 2:end].strip()
            name, _, filt = expr.partition("|")
            self.parts.append(("var", name.strip(), filt.strip()))
            i = end + 2
    def render(self, ctx):
        out = []
        for part in self.parts:
            if part[0] == "text":
                out.append(part[1])
                continue
            _, name, filt = part
            value = ctx
            for attr in name.split("."):
                value = value[attr] if isinstance(value, dict) else getattr(value, attr)
            if filt == "upper":
                value = str(value).upper()
            elif filt == "money":
                value = f"${value:,.2f}"
            elif filt == "len":
                value = len(value)
            elif filt:
                raise KeyError(f"unknown filter {filt}")
            out.append(str(value))
        return "".join(out)
class User:
    def __init__(self, name, balance):
        self.name, self.balance = name, balance
t = Template("Hello {{ user.name|upper }}, you owe {{ user.balance | money }}. Items: {{items|len}} ({{ items }}).")
print(t.render({"user": User("ann", 1234.5), "items": ["a", "b"]}))
print(Template("no tags").render({}), Template("{{x}}{{x}}").render({"x": math.pi}))
for bad in ["{{ open", "{{ v|weird }}"]:
    try:
        Template(bad).render({"v": 1})
    except (ValueError, KeyError) as e:
        print(type(e).__name__, e)
