# An exception raised deep inside nested calls made from a method ends the program.


class Parser:
    def __init__(self, text):
        self.text = text
        self.pos = 0

    def parse(self):
        print("parsing", repr(self.text))
        return self.parse_items()

    def parse_items(self):
        items = []
        for tok in self.text.split(","):
            items.append(self.parse_number(tok.strip()))
            print("parsed", items[-1])
        return items

    def parse_number(self, tok):
        return convert(tok)


def convert(tok):
    return int(tok)


print(Parser("1, 2, 3").parse())
Parser("4, five, 6").parse()
print("never printed")
