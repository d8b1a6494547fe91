# re: re.error messages and positions, TypeError/ValueError on misuse
import re

patterns = [
    '(a', 'a)', '*a', 'a**', 'a{2}{3}', '[a', '[z-a]', r'[\x41-\x30]', r'[\d-z]', '(?<=a+)b', '(?<=a|bc)d',
    '(?P<1>a)', '(?P<a-b>x)', '(?P<a>x)(?P<a>y)', '(?P=x)', '(?P=1)', '(?Px)', '(?P', 'a{3,1}', '(?i', '(?z)',
    'a(?i)', '(?i-i:a)', '(?-:a)', '(?L)a', '(?au)a', '(?a-a:b)', r'(a)\2', r'(a\1)', '\\', 'a\\', '(?#abc',
    r'\N{DASH}', '(?<x)', 'a|*', r'\8', r'[\8]', r'\q', r'[\q]', r'\x4', r'\u12', r'\U0011FFFF', r'\777', r'[\777]',
    '(?(2)a|b)', '(?(x)a)', '(?(0)a)', '(?(1)a|b|c)', '(?(-1)a)', '(?', '((?i)a)', '(?x', '?', '+', '{1}', '^*', '$+',
    r'\b*', 'a{99999999999}', '(?<=a(?P<g>b))', '()' * 3 + r'\4',
]
for pat in patterns:
    try:
        re.compile(pat)
        print(repr(pat), 'compiled')
    except re.error as e:
        print(repr(pat), '|', e, '|', e.msg, e.pos, e.lineno, e.colno, e.pattern == pat)
    except (ValueError, OverflowError) as e:
        print(repr(pat), '|', type(e).__name__, e)

for pat in ['a\n(b', 'ab\ncd\n[', '(?x)\n  (\n  a\n']:
    try:
        re.compile(pat)
    except re.error as e:
        print(repr(pat), '|', e, '|', e.lineno, e.colno)

e = re.error('custom')
print(e, e.msg, e.pattern, e.pos, e.lineno, isinstance(e, Exception), type(e).__name__)
e = re.error('custom', 'ab\ncd', 4)
print(e, e.lineno, e.colno)

for args in [('a', 1), ('a', b'a'), (b'a', 'a'), (1, 'a'), ('a', None)]:
    try:
        re.search(args[0], args[1])
    except TypeError as e:
        print('TypeError', e)
try:
    re.compile(re.compile('a'), re.I)
except ValueError as e:
    print('ValueError', e)
for f in [re.A | re.L, re.L]:
    try:
        re.compile('a', f)
    except ValueError as e:
        print('ValueError', e)
try:
    re.compile('(?a)a', re.U)
except ValueError as e:
    print('ValueError', e)
try:
    re.compile('a').search('a', 'x')
except TypeError as e:
    print('TypeError', e)
try:
    re.sub('a', 1, 'a')
except TypeError as e:
    print('TypeError', e)
print(issubclass(re.error, Exception), re.error.__name__)
