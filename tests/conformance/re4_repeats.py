import re
print(re.findall(r'([^a]*?\d*+a*+){,3}|(a|)\w+(\w{2}|b?)*?', 'xb11axab 1'))
print(re.findall(r'((a){2})*?(a??(?!b)??){,3}(?<=a)+(?P<n>a+){0,}|(?=a)*\b', ' 1\nb1bab\n'))
print(re.match(r'(a?){,3}', 'a').groups(), re.match(r'(a?)*', 'a').groups(), re.match(r'(a?){2}', 'a').groups())
print(re.match(r'(a?){0,3}?$', 'a').groups(), re.match(r'(?:(a)|b?){,3}', 'a').groups())
print(re.findall(r'((a|)*)+', 'a ab  \naa '), re.findall(r'((a|)*){2,3}', 'aab'), re.findall(r'(?:(b)?(a|)*)+', 'ba'))
print(re.match(r'(a|)*?b', 'aab').groups(), re.match(r'((a)|b)*', 'abba').groups(), re.match(r'(a{0,2}){2,}', 'aaaaa'))
print(re.findall(r'(?(1)a|b)+(a)?', 'bba'), re.match(r'(?(2)x|y)(a)(b)?', 'ya'))
for p in [r'(?(3)a|b)(a)', r'(?(1)a|b)\Z*', r'(?(2)a)(?(5)b)(c)', r'a\A+']:
    try:
        re.compile(p)
    except re.error as e:
        print(p, e)
print(re.findall(r'\B', ''), re.findall(r'\b', ''), re.findall(r'\B\s??', ''), re.split(r'\B', 'ab'))
