# re: match/search/fullmatch, Match and Pattern objects
import re

m = re.match(r'(\w+) (\w+)', 'Isaac Newton, physicist')
print(m)
print(m.group(), m.group(0), m.group(1), m.group(2), m.group(1, 2), m.group(2, 0, 1))
print(m[0], m[1], m[2], bool(m), m.groups(), m.span(), m.span(2), m.start(2), m.end(2))
print(m.string, m.re, m.pos, m.endpos, m.regs, m.lastindex, m.lastgroup)

m = re.match(r'(?P<first>\w+) (?P<last>\w+)', 'Malcolm Reynolds')
print(m.group('first'), m['last'], m.group('first', 'last', 1), m.groupdict(), m.lastgroup, m.lastindex)
print(m.span('last'), m.start('first'), m.end('last'), m.expand(r'\g<last>, \g<first> (\2 \1) \g<0>'))

# optional groups that did not participate
m = re.match(r'(a)(b)?(c)?', 'ac')
print(m.groups(), m.groups('-'), m.group(2), m.span(2), m.start(2), m.end(2), m.lastindex, m.regs)
m = re.match(r'(?P<x>a)(?P<y>b)?', 'a')
print(m.groupdict(), m.groupdict(0), m.expand(r'[\1|\2|\g<y>]'))
print(re.match(r'(a)|(b)', 'b').groups(), re.match(r'(a)|(b)', 'b').lastindex)
print(re.match(r'((a)b)', 'ab').lastindex, re.match(r'(a)()', 'a').lastindex, re.match(r'(a())', 'a').lastindex)
print(re.match(r'(?P<outer>(?P<inner>x))y', 'xy').lastgroup, re.match(r'x', 'x').lastindex, re.match(r'x', 'x').lastgroup)

# bad group references on a match
for g in [3, -1, 'nope', 1.5]:
    try:
        print(re.match(r'(a)(b)', 'ab').group(g))
    except IndexError as e:
        print('IndexError', e)

# match vs search vs fullmatch
for f in [re.match, re.search, re.fullmatch]:
    print(f.__name__, f(r'a+', 'aaa'), f(r'a+', 'baaa'), f(r'a+', 'aab'))
print(re.fullmatch('a|ab', 'ab'), re.fullmatch(r'(a*?)(a*)', 'aaa').groups())
print(re.search(r'x*', 'abc'), re.match('', ''), re.search('$', 'abc'))

# Pattern objects
p = re.compile(r'(?P<word>\w+)\s(\d+)?')
print(p, p.pattern, p.flags, p.groups, p.groupindex, type(p).__name__, type(p.search('a 1')).__name__)
print(p.search('xx abc 12 yy'), p.match('xx abc 12'), p.fullmatch('abc 12'))
print(p.match('xx abc 12', 3), p.search('xx abc 12 yy', 3, 8), p.match('abc 12', 0, 4))
print(p.search('abc 1', -10), p.search('abc 1', 2, 100), p.search('abc 1', 4, 2))
m = p.search('abc 12 yy', 1, 6)
print(m, m.pos, m.endpos, m.string)
print(re.compile('^b').search('ab', 1), re.compile('b').match('ab', 1), re.compile(r'(?<=a)b').match('ab', 1))
print(re.compile('a$').search('ab', 0, 1), re.compile(r'\Aa').search('ba', 1), re.compile(r'\bb').search('ab', 1))
print(re.compile('a+', re.I), re.compile('a', re.M | re.S), re.compile('a', re.X), re.compile('a', re.A))
print(repr(re.compile('a' * 250)))
print(re.compile("it's"), re.compile('"a"'), re.compile('\n\\d'))
print(re.compile('ab') == re.compile('ab'), re.compile('ab') == re.compile('ab', re.I), re.compile('a') is re.compile('a'))
print(hash(re.compile('ab')) == hash(re.compile('ab')))
print(re.compile(re.compile('ab')).pattern, re.compile('(?i)ab').flags, re.compile('(?s)x', re.M).flags)
print(re.compile('(a)(b(c))(?:d)(?P<e>e)').groups, re.compile('(a)(b(c))(?:d)(?P<e>e)').groupindex)

# repr of matches
print(re.search('b+', 'abbbc'), re.search('', 'abc'), re.search("'", "a'b"), re.search('.', 'a\nb\tc', re.S))
print(re.search(r'\d+', 'x' * 5 + '12345'))

# finditer yields Match objects
for m in re.finditer(r'(\w)(\d)', 'a1 b2 c3'):
    print(m.span(), m.group(1), m.group(2), m.start(), m.pos, m.endpos)
print([m.group() for m in re.compile(r'\d').finditer('1a2b3c4', 2, 5)])
