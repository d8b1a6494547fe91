# re: flags, classes, escapes, anchors, lookaround, backreferences, quantifiers
import re

print(re.I, re.IGNORECASE, re.M | re.I, repr(re.S | re.X), re.A, re.NOFLAG, re.I | re.A | re.M)
print(int(re.I), re.I == 2, re.I | 0, re.I & re.M, re.M.value, re.M.name, (re.M | re.S).name)
print(re.I + 0, isinstance(re.I, int), re.U, re.L, type(re.I).__name__)

print(re.findall('a.c', 'abc a\nc'), re.findall('a.c', 'abc a\nc', re.S), re.findall('(?s)a.c', 'a\nc'))
print(re.findall('^a', 'a\na'), re.findall('^a', 'a\na', re.M), re.findall('a$', 'a\na\n'), re.findall('a$', 'a\na\n', re.M))
print(re.search('a$', 'a\n'), re.search('a$', 'a\n\n'), re.search(r'a\Z', 'a\n'), re.search(r'\Aa', 'ba'))
print(re.findall('(?m)^$', 'a\n\nb\n'), re.findall(r'(?m)^\s*$', '\n \nx'))
print(re.findall('abc', 'ABC abc AbC', re.I), re.findall('(?i)abc', 'ABC'), re.findall('a(?i:b)c', 'aBc aBC'))
print(re.findall('(?i)a(?-i:b)c', 'ABC AbC'), re.match('(?i)straße', 'STRASSE'), re.match('(?i)é', 'É'))
print(re.findall(r'''(?x)
    (\d+)   # digits
    \s* - \s*
    (\d+)   # more digits
    ''', '10 - 20, 3-4'))
print(re.findall(r'a b # c', 'ab', re.X), re.findall(r'a\ b[ ]c', 'a b c', re.X), re.findall(r'(?x) a | b ', 'ab'))

print(re.findall(r'\d', '1٣x'), re.findall(r'\d', '1٣x', re.A), re.findall(r'\w+', 'héllo_1', re.A), re.findall(r'(?a)\w+', 'héllo'))
print(re.findall(r'\s', 'a b\tc\nd\x1ce\u3000f'), re.findall(r'\s', 'a\x1cb\u3000c', re.A), re.findall(r'\S+', 'a b'))
print(re.findall(r'\bfoo\b', 'foo foobar (foo) éfoo'), re.findall(r'\Bo', 'foo o'), re.findall(r'\bé', 'é xé', re.A))
print(re.findall(r'[\d\s]+', 'a1 2b'), re.findall(r'[^\W\d]+', 'ab12cd_3'), re.findall(r'[\D]', 'a1'))
print(re.findall(r'[]a]', 'a]b'), re.findall(r'[^]a]', 'a]b'), re.findall(r'[a-]', 'a-b'), re.findall(r'[-a]', 'a-b'))
print(re.findall(r'[\]\\\-^]', 'a]\\-^'), re.findall(r'[&|~]', 'a&|~'), re.findall(r'[a\b]', 'a\b'))
print(re.findall(r'[\x41-\x43]', 'ABCD'), re.findall(r'\u00e9|\U0001F600', 'é😀'), re.findall(r'\101\0\x00', 'A\0\0'))
print(re.findall(r'a{2}', 'aaaaa'), re.findall(r'a{2,}', 'aaaaa'), re.findall(r'a{,2}', 'aaaaa'), re.findall(r'a{1,3}?', 'aaaaa'))
print(re.findall(r'a{', 'a{'), re.findall(r'a{x}', 'a{x}'), re.findall(r'{}', '{}'), re.findall(r'a{1,2', 'a{1,2'), re.findall(r'x{}', 'x{}'))
print(re.findall(r'\/\-\:\#\ \!\@\%', '/-:# !@%'), re.findall(r'a\.b', 'a.b axb'))

print(re.match(r'<.*>', '<a><b>').group(), re.match(r'<.*?>', '<a><b>').group(), re.match(r'a+?', 'aaa').group())
print(re.match(r'(a+)(a+)', 'aaaa').groups(), re.match(r'(a+?)(a+)', 'aaaa').groups(), re.match(r'(a*)b', 'aab').groups())
print(re.match(r'a*+a', 'aaa'), re.match(r'(?>a+)b', 'aab'), re.match(r'a++b', 'aab'), re.match(r'(?>a|ab)c', 'abc'))

print(re.findall(r'\w+(?=,)', 'a, b, c'), re.findall(r'\w+(?!,)\b', 'a, b, c'), re.findall(r'(?<=\$)\d+', '$10 20 $30'))
print(re.findall(r'(?<!\$)\b\d+', '$10 20 $30'), re.findall(r'(?<=ab|cd)x', 'abx cdx ex'), re.sub(r'(?<=\d)(?=(\d{3})+$)', ',', '1234567'))
print(re.search(r'(\w)\1', 'abccd'), re.search(r'(?P<c>\w)(?P=c)', 'xyzzy'), re.findall(r'(a|b)\1', 'aa ab bb'))
print(re.match(r'(?i)(a)\1', 'aA'), re.match(r'(a)?(?(1)b|c)', 'ab'), re.match(r'(a)?(?(1)b|c)', 'c'), re.match(r'(?P<q>")?\w+(?(q)")', '"ab"'))
print(re.match(r'(?#comment)a(?#another)b', 'ab'), re.match(r'(?:ab)+', 'ababx'), re.match(r'(?:a|b)*?c', 'abac'))
print(re.findall(r'(?:(a)|b)+', 'ab ba'), re.match(r'(a|ab)(c|bcd)(d*)', 'abcd').groups())
print(re.match('x|y|', 'z'), re.match(r'(|a)b', 'ab').groups(), re.match(r'()', '').groups())
