# raise ... from ...: the reported (last) line is the outer exception.


def parse_port(s):
    try:
        return int(s)
    except ValueError as e:
        raise ValueError("bad port number " + repr(s)) from e


print(parse_port("8080"))
try:
    parse_port("http")
except ValueError as e:
    print("caught", e, "cause:", e.__cause__)
parse_port("eighty")
