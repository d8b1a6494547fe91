# re: sub/subn with templates, callables and counts
import re

print(re.sub(r'(\w+)@(\w+)\.com', r'\2 at \1', 'joe@example.com, ann@test.com'))
print(re.sub(r'(?P<user>\w+)@(?P<host>\w+)', r'\g<host>:\g<user>:\g<0>:\g<1>', 'me@here'))
print(re.sub(r'a', r'\n\t\\', 'xax'), repr(re.sub('(a)', r'[\0\1\-\.]', 'bab')))
print(repr(re.sub('(a)', r'[\0\1\-\n\101\060]', 'a')))
print(re.sub(r'(a)(b)?', r'[\1\2]', 'a ab'))
print(re.sub(r'\d', 'N', 'a1b2c3', 2), re.sub(r'\d', 'N', 'a1b2c3', count=1), re.sub(r'\d', 'N', 'a1b2c3', count=-1))
print(re.subn(r'\d', 'N', 'a1b2c3'), re.subn(r'x', 'N', 'abc'), re.subn(r'\d', 'N', 'a1b2c3', 2))
print(re.sub('x*', '-', 'abxd'), re.sub('', '-', 'abc'), re.sub(r'a|', '-', 'bab'), re.sub(r'\b', '|', 'ab cd'))
print(re.sub(r'(?i)b', 'X', 'aBcb'), re.sub(r'b', 'X', 'aBcb', flags=re.I), re.sub('^', '> ', 'a\nb', flags=re.M))

def double(m):
    return str(int(m.group()) * 2)

print(re.sub(r'\d+', double, 'a1 b22 c333'))
print(re.subn(r'\d+', double, 'a1 b22 c333'))
print(re.sub(r'(\w)(\d)', lambda m: m.group(2) + m.group(1), 'a1 b2 c3'))
print(re.sub(r'x', lambda m: '', 'axbxc'), re.sub(r'x', lambda m: None, 'axbxc'))
print(re.sub(r'(?P<n>\d)', lambda m: '<%s@%d>' % (m['n'], m.start()), 'é1ü2'))
seen = []
print(re.sub(r'\w', lambda m: seen.append(m.group()) or m.group().upper(), 'ab c'), seen)
try:
    re.sub('a', lambda m: 1, 'xa')
except TypeError as e:
    print('TypeError', e)
try:
    re.sub('a', lambda m: 1 / 0, 'xa')
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)

p = re.compile(r'(\d+)-(\d+)')
print(p.sub(r'\2-\1', '10-20 30-40'), p.subn(r'\2-\1', '10-20 30-40', 1))
print(p.search('x 1-2 y').expand(r'<\2\1> \g<2>'))

for t in [r'\g<x>', r'\g<1', r'\g', r'\g<>', r'\g<-1>', r'\q', '\\', r'\8', r'\18', r'\g<a-b>', r'\g<3>', r'\x41', r'\777']:
    try:
        print(repr(re.sub('(a)', t, 'a')))
    except re.error as e:
        print(repr(t), 're.error', e, e.pos)
    except IndexError as e:
        print(repr(t), 'IndexError', e)
print(re.sub(r'(a)(b)(c)(d)(e)(f)(g)(h)(i)(j)(k)', r'\11\10\1\g<1>0', 'abcdefghijk'))
