# an uncaught exception whose class is nested in another class: the last
# traceback line names it by its qualified name
class Parser:
    class ParseError(Exception):
        pass

    def parse(self, text):
        if not text.isdigit():
            raise Parser.ParseError(f"not a number: {text!r}")
        return int(text)


p = Parser()
print(p.parse("42"))
print(Parser.ParseError.__qualname__)
p.parse("4x2")
