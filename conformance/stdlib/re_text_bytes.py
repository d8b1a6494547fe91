# re: character positions in non-ASCII text, bytes patterns, escape, purge
import re

s = 'naïve café — déjà vu 😀 ok'
for m in re.finditer(r'\w+', s):
    print(m.span(), m.group(), s[m.start():m.end()] == m.group())
m = re.search('(é)(j)(à)', s)
print(m, m.span(1), m.span(3), m.regs)
print(re.search('😀', s).span(), re.search('ok$', s).span(), re.search(r'\s\S\s', s))
p = re.compile(r'\w')
print(p.search(s, 12).span(), p.match(s, 13), p.findall(s, 10, 16), [m.span() for m in p.finditer(s, 19, 25)])
print(re.sub('é', 'E', s), re.subn('[éè]', lambda m: '<' + m.group() + '>', s))
print(re.split(r'\s+', s), re.split(r'(\W)', 'a—b😀c'))
print(re.sub(r'(\w+)', r'[\1]', 'añb ü'), re.findall(r'.', 'a😀b'), re.match(r'.{3}', '😀😀😀x').span())
print(re.fullmatch(r'[α-ω]+', 'αβγ'), re.findall(r'(?i)σ', 'Σσς'), re.match(r'\u0394', 'Δ'))
print(re.search(r'(?<=é)\w', 'aébc'), re.search(r'\b\w', '  ébc').span())

print(re.findall(b'a(.)', b'xabac'), re.sub(b'a', b'-', b'banana'), re.split(b',', b'a,b'))
m = re.search(rb'(?P<num>\d+)', b'abc 123')
print(m, m.group(), m.groups(), m.groupdict(), m.span(), m.string, m['num'])
print(re.compile(b'a+', re.I), re.compile(rb'\w+').findall(b'h\xe9llo w'), re.match(rb'\xff', b'\xff'))
print(re.sub(rb'(\w)', rb'<\1>', b'ab'), re.sub(b'b', lambda m: m.group().upper(), b'abc'), re.subn(b'x', b'', b'xax'))
print(re.findall(rb'(a)(b)', b'abab'), re.fullmatch(rb'[\x00-\x7f]+', b'abc'), re.compile(b'a').flags, re.compile('a').flags)

print(re.escape('a.b*c?d+e(f)[g]{h}|i^j$k\\l'), re.escape('hello world_123'), re.escape('-#&~\t\n'), re.escape('é😀'))
print(re.escape(b'a.b c'), re.match(re.escape('1+1=2?'), '1+1=2?'))
print(re.compile('x') is re.compile('x'), re.purge(), re.compile('x').pattern)
print(re.match('a', 'a', re.I | re.M).re.flags, re.search('(?i)x', 'X').re.flags, re.search('x', 'x', flags=re.I | re.S).re)

# Scanner and generic aliases
def number(scanner, token):
    return ('NUM', int(token))

scanner = re.Scanner([
    (r'\d+', number),
    (r'[a-z_]\w*', lambda scanner, token: ('NAME', token)),
    (r'[+*/=-]', lambda scanner, token: ('OP', token)),
    (r'\s+', None),
])
print(scanner.scan('x = 12 + foo * 3'))
print(scanner.scan('a = 1 $ 2'))
print(re.Pattern[str] is not None, re.Match[bytes] is not None)
