// Recorded from CPython 3.12.1 by scripts/gen_percent.py; do not edit by hand.
// Rows are tab-separated fields; see TextTable.swift for the escapes.

let percentFormatTable = TextTable(#"""
%	ValueError	incomplete format	tuple
abc%	ValueError	incomplete format	tuple
%z	ValueError	unsupported format character 'z' (0x7a) at index 1	tuple	int:1
%\u{e9}	ValueError	unsupported format character '?' (0xe9) at index 1	tuple	int:1
%\u{1}	ValueError	unsupported format character '?' (0x1) at index 1	tuple	int:1
a%(x	ValueError	incomplete format key	mapping	dict:x=int:1
%(x)s	TypeError	format requires a mapping	tuple	int:1
%(x)s	TypeError	format requires a mapping	single	int:5
%(x)s	KeyError	x	mapping	dict:
%d	TypeError	not enough arguments for format string	tuple
%d %d	TypeError	not enough arguments for format string	tuple	int:1
%d	TypeError	not all arguments converted during string formatting	tuple	int:1	int:2
%d	TypeError	%d format: a real number is required, not str	tuple	str:a
%x	TypeError	%x format: an integer is required, not float	tuple	float:1.5
%d	ok	1	tuple	float:1.7
%i	ok	1	tuple	bool:True
%u	ok	-3	tuple	int:-3
%c	TypeError	%c requires int or char	tuple	str:ab
%c	TypeError	%c requires int or char	tuple	float:1.5
%c	OverflowError	%c arg not in range(0x110000)	tuple	int:-1
%c	OverflowError	%c arg not in range(0x110000)	tuple	int:1114112
%c	ok	\u{e9}	tuple	str:\u{e9}
%c	ok	A	tuple	int:65
%*d	TypeError	* wants int	tuple	str:a	int:1
%.*f	ok	3.14	tuple	int:2	float:3.14159
%*d	ok	1    	tuple	int:-5	int:1
%-*d|	ok	1    |	tuple	int:5	int:1
%.*d	ok	005	tuple	int:3	int:5
%s	TypeError	not enough arguments for format string	tuple
%s	ok	abc	single	str:abc
%s %s	TypeError	not enough arguments for format string	single	str:ab
%s	ok	[1, 2]	tuple	other:list:[1, 2]
%s	ok	[1, 2]	mapping	other:list:[1, 2]
%r	ok	'a'	tuple	str:a
%a	ok	'\\xe9'	tuple	str:\u{e9}
%a	ok	'\\u65e5\\U0001f600'	tuple	str:\u{65e5}\u{1f600}
%5.2s|	ok	   ab|	tuple	str:abc
%-5s|	ok	ab   |	tuple	str:ab
%05s|	ok	   ab|	tuple	str:ab
%+s	ok	ab	tuple	str:ab
%%	ok	%	tuple
%5%	TypeError	not enough arguments for format string	tuple
%5%	ValueError	unsupported format character '%' (0x25) at index 2	tuple	int:1
%%	TypeError	not all arguments converted during string formatting	tuple	int:1
%ld	ok	5	tuple	int:5
%hd	ok	5	tuple	int:5
%Ld	ok	5	tuple	int:5
%lld	ValueError	unsupported format character 'l' (0x6c) at index 2	tuple	int:5
%#o	ok	0o10	tuple	int:8
%#x	ok	0xff	tuple	int:255
%#X	ok	0XFF	tuple	int:255
%o	ok	-10	tuple	int:-8
%#5x|	ok	-0xff|	tuple	int:-255
%05d	ok	-0042	tuple	int:-42
%-05d|	ok	42   |	tuple	int:42
%+d	ok	+5	tuple	int:5
% d	ok	 5	tuple	int:5
%+ d	ok	+5	tuple	int:5
%.3d	ok	005	tuple	int:5
%8.3d|	ok	    -005|	tuple	int:-5
%08.3d|	ok	-0000005|	tuple	int:-5
%.0f	ok	2	tuple	float:2.5
%.2f	ok	2.67	tuple	float:2.675
%e	ok	1.234568e+04	tuple	float:12345.678
%g	ok	1e-05	tuple	float:1e-05
%G	ok	1E+20	tuple	float:1e+20
%#g	ok	1.00000	tuple	float:1.0
%#.0f	ok	1.	tuple	float:1.0
%10.3e|	ok	-1.500e+00|	tuple	float:-1.5
%f	ok	inf	tuple	float:inf
%F	ok	NAN	tuple	float:nan
%010.2f	ok	-000003.14	tuple	float:-3.14159
%-10.2f|	ok	3.14      |	tuple	float:3.14159
%+.2f	ok	+0.00	tuple	float:0.0
% .2f	ok	-0.00	tuple	float:-0.0
%f	TypeError	must be real number, not str	tuple	str:x
%f	OverflowError	int too large to convert to float	tuple	int:10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000
%d	ok	1000000000000000000000000000000	tuple	int:1000000000000000000000000000000
%x	ok	c9f2c9cd04674edea40000000	tuple	int:1000000000000000000000000000000
%e	ok	1.000000e+20	tuple	int:100000000000000000000
%.100f	ok	1.0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000	tuple	float:1.0
%d	ok	300000000000000000000	tuple	float:3e+20
%d	OverflowError	cannot convert float infinity to integer	tuple	float:inf
%d	ValueError	cannot convert float NaN to integer	tuple	float:nan
%x	ok	1	tuple	bool:True
%s	ok	None	tuple	other:NoneType:None
%(a)s %(b)d	ok	x 2	mapping	dict:a=str:x;b=int:2
%(a)s %s	TypeError	not enough arguments for format string	mapping	dict:a=int:1
%(a)*d	TypeError	not enough arguments for format string	mapping	dict:a=int:1
%	ValueError	incomplete format	mapping	dict:a=int:1
%(a)	ValueError	incomplete format	mapping	dict:a=int:1
%(a)s	ok	1	mapping	dict:a=int:1;b=int:2
%s	ok	{'a': 1}	mapping	dict:a=int:1
%d	TypeError	%d format: a real number is required, not dict	mapping	dict:a=int:1
x	ok	x	mapping	dict:a=int:1
x	ok	x	tuple
x	TypeError	not all arguments converted during string formatting	single	int:5
x	TypeError	not all arguments converted during string formatting	single	str:abc
x	TypeError	not all arguments converted during string formatting	single	str:
x	ok	x	mapping	other:list:[]
%s	TypeError	not enough arguments for format string	tuple
%(a)s	TypeError	format requires a mapping	tuple
%.f	ok	2	tuple	float:2.5
%.d	ok	5	tuple	int:5
%5	ValueError	incomplete format	tuple	int:1
%-	ValueError	incomplete format	tuple	int:1
%(a)(b)s	ValueError	unsupported format character '(' (0x28) at index 4	mapping	dict:a=int:1;(b=int:2
%((a))s	ok	9	mapping	dict:(a)=int:9
%*.*f	ok	    3.14	tuple	int:8	int:2	float:3.14159
%0*d	ok	00042	tuple	int:5	int:42
%c	ok	\u{1}	tuple	bool:True
%.2c	ok	A	tuple	int:65
%5c|	ok	    x|	tuple	str:x
%s	ok	1.5	tuple	float:1.5
%r	ok	1e+16	tuple	float:1e+16
%.3r	ok	'ab	tuple	str:abc
%x	ok	-ff	tuple	int:-255
%X	TypeError	%X format: an integer is required, not float	tuple	float:3.0
%o	TypeError	%o format: an integer is required, not str	tuple	str:a
%i	TypeError	%i format: a real number is required, not str	tuple	str:5
%3$s	ValueError	unsupported format character '$' (0x24) at index 2	tuple	int:1
%.9999999999f	ValueError	precision too big	tuple	float:1.0
%99999999999999999999d	ValueError	width too big	tuple	int:1
%*d	OverflowError	Python int too large to convert to C ssize_t	tuple	int:100000000000000000000	int:1
%.*f	TypeError	* wants int	tuple	float:1.5	float:1.0
%*s	TypeError	not enough arguments for format string	tuple	int:2
%d	ok	0	tuple	float:-0.0
%x	ok	10000000000000000	tuple	int:18446744073709551616
%s and %s	ok	a and b	tuple	str:a	str:b
Hello, %s! You are %d.	ok	Hello, Ann! You are 30.	tuple	str:Ann	int:30
%-10s|%10s|	ok	left      |     right|	tuple	str:left	str:right
%.2f%%	ok	99.50%	tuple	float:99.5
%s%s%s	ok	12.5x	tuple	int:1	float:2.5	str:x
%z %d	TypeError	not enough arguments for format string	tuple
%d %z	TypeError	not enough arguments for format string	tuple	int:1
%(a)s %z	TypeError	not enough arguments for format string	mapping	dict:a=int:1
%#.3x	ok	0x005	tuple	int:5
%#08x	ok	0x0000ff	tuple	int:255
%#-8o|	ok	0o10    |	tuple	int:8
%+#x	ok	+0xff	tuple	int:255
% 05d	ok	 0042	tuple	int:42
%-+6d|	ok	+7    |	tuple	int:7
%+05.1f	ok	+02.2	tuple	float:2.25
%#.3g	ok	0.000100	tuple	float:0.0001
%.0e	ok	2e+00	tuple	float:2.5
%c%c	ok	ab	tuple	str:a	int:98
%s	ok		tuple	str:
%10s	ok	        \u{65e5}\u{672c}	tuple	str:\u{65e5}\u{672c}
%.1s	ok	\u{65e5}	tuple	str:\u{65e5}\u{672c}
%(n)05.1f	ok	003.1	mapping	dict:n=float:3.14159
%s %r %a	ok	True True None	tuple	bool:True	bool:True	other:NoneType:None
%d	ok	0	tuple	bool:False
%*.*s|	ok	ab    |	tuple	int:-6	int:2	str:abcdef
%.*s	ok		tuple	int:-1	str:abc
%.*s	OverflowError	Python int too large to convert to C int	tuple	int:1099511627776	str:abc
%x	ok	-400000000000000000	tuple	int:-1180591620717411303424
%o	ok	0	tuple	int:0
%#o	ok	0o0	tuple	int:0
%#x	ok	0x0	tuple	int:0
%+x	ok	+0	tuple	int:0
%e	ok	0.000000e+00	tuple	float:0.0
%g	ok	1.23457e+08	tuple	float:123456789.0
%g	ok	1.234e-05	tuple	float:1.234e-05
%G	ok	-INF	tuple	float:-inf
%s	ok	%s	tuple	str:%s
%%%s%%	ok	%x%	tuple	str:x
%s\u{0}%s	ok	a\u{0}b	tuple	str:a	str:b
%(a)s	ok	[1, 2]	mapping	dict:a=other:list:[1, 2]
%5.3g	ok	1.23e+04	tuple	float:12345.6789
%0-.10X	TypeError	%X format: an integer is required, not float	tuple	float:1e-10
%5.10F	ok	0.0000000001	tuple	float:1e-10
%#5.0G	ok	-4.E+01	tuple	int:-42
%#-.0g	ok	0.	tuple	int:0
%-12.10g	ok	-0.001      	tuple	float:-0.001
%#01.0e	ok	7.e+00	tuple	int:7
%5.10x	ok	10000000000	tuple	int:1099511627776
%# 1.10g	ok	 3.500000000	tuple	float:3.5
%0#5.3G	ok	00.00	tuple	int:0
%05.3F	TypeError	must be real number, not str	tuple	str:ab
%-+12.3i	ok	+007        	tuple	int:7
%#.3i	ok	000	tuple	float:-0.001
%.3E	ok	-1.000E-03	tuple	float:-0.001
%E	TypeError	must be real number, not str	tuple	str:ab
%012.0d	ok	1099511627776	tuple	int:1099511627776
%g	ok	1e-10	tuple	float:1e-10
%5.10X	TypeError	%X format: an integer is required, not str	tuple	str:ab
%+.3e	ok	+3.500e+00	tuple	float:3.5
%1.10f	ok	0.0000000001	tuple	float:1e-10
%0.3E	ok	1.235E+05	tuple	int:123456
%#12.3F	ok	       3.500	tuple	float:3.5
%1.3d	ok	000	tuple	float:-0.001
%0+.3f	ok	+3.500	tuple	float:3.5
% 01g	ok	 0	tuple	int:0
%- 12.10X	TypeError	%X format: an integer is required, not str	tuple	str:ab
% +12.0e	ok	      +4e+00	tuple	float:3.5
% 01d	TypeError	%d format: a real number is required, not str	tuple	str:ab
%+ 5.3x	TypeError	%x format: an integer is required, not float	tuple	float:3.5
%1i	TypeError	%i format: a real number is required, not str	tuple	str:ab
% 5.10o	ok	 0000000007	tuple	int:7
%+1.3x	ok	+007	tuple	int:7
%5.3g	ok	  -42	tuple	int:-42
% .3g	ok	-42	tuple	int:-42
% 12.10e	ok	-1.0000000000e-03	tuple	float:-0.001
%#1E	ok	-4.200000E+01	tuple	int:-42
%.10g	ok	1e-10	tuple	float:1e-10
%05s	ok	12345.6789	tuple	float:12345.6789
%0 12.0i	TypeError	%i format: a real number is required, not str	tuple	str:ab
%-5d	ok	0    	tuple	float:1e-10
%1d	ok	12345	tuple	float:12345.6789
%-+12.0G	ok	+0          	tuple	int:0
%0#e	ok	-4.200000e+01	tuple	int:-42
%01e	ok	1.234560e+05	tuple	int:123456
%o	ok	361100	tuple	int:123456
%+.10G	TypeError	must be real number, not str	tuple	str:ab
%-12.0X	TypeError	%X format: an integer is required, not str	tuple	str:ab
%0#.10e	ok	0.0000000000e+00	tuple	int:0
%5i	ok	    0	tuple	int:0
%1s	ok	7	tuple	int:7
%0#12.0e	ok	0000007.e+00	tuple	int:7
%#1.3e	ok	1.100e+12	tuple	int:1099511627776
%12.10i	ok	 -0000000042	tuple	int:-42
%-#.0d	ok	3	tuple	float:3.5
%01g	ok	-0.001	tuple	float:-0.001
%12.10s	ok	         3.5	tuple	float:3.5
%#1x	ok	0x1e240	tuple	int:123456
% -1.0E	ok	-4E+01	tuple	int:-42
%12.3F	ok	1099511627776.000	tuple	int:1099511627776
%1s	ok	1e-10	tuple	float:1e-10
%-12g	ok	0           	tuple	int:0
%+5.10d	ok	+0000000000	tuple	float:1e-10
%.10o	ok	0000000000	tuple	int:0
%-G	ok	12345.7	tuple	float:12345.6789
% 0g	ok	 1e-10	tuple	float:1e-10
%+-F	ok	+3.500000	tuple	float:3.5
%+-5.0G	ok	+1E+05	tuple	int:123456
%01.3e	TypeError	must be real number, not str	tuple	str:ab
% 1E	ok	 1.000000E-10	tuple	float:1e-10
%1.0E	TypeError	must be real number, not str	tuple	str:ab
%0#5.10o	ok	-0o0000000052	tuple	int:-42
%1.10s	ok	1e-10	tuple	float:1e-10
%05.0X	ok	1E240	tuple	int:123456
%12.0s	ok	            	tuple	float:1e-10
%#12.0X	ok	         0X0	tuple	int:0
%#1.0o	TypeError	%o format: an integer is required, not str	tuple	str:ab
%+12.10o	TypeError	%o format: an integer is required, not float	tuple	float:-0.001
%#+1f	ok	+7.000000	tuple	int:7
%-1.0x	ok	7	tuple	int:7
%12.0x	ok	 10000000000	tuple	int:1099511627776
%5X	ok	  -2A	tuple	int:-42
%12.0E	ok	       7E+00	tuple	int:7
%-0.3X	ok	000	tuple	int:0
%#12d	ok	           3	tuple	float:3.5
%#1.10i	ok	0000123456	tuple	int:123456
%0#1.0F	ok	4.	tuple	float:3.5
%12G	ok	      -0.001	tuple	float:-0.001
%1.3i	ok	000	tuple	float:1e-10
% 01.3G	ok	 1.1E+12	tuple	int:1099511627776
%12G	ok	     12345.7	tuple	float:12345.6789
% -12.0G	ok	-4E+01      	tuple	int:-42
%12.10i	ok	  0000000007	tuple	int:7
%+ 1.3G	ok	-42	tuple	int:-42
%#12.0s	ok	            	tuple	int:7
%5.10e	ok	7.0000000000e+00	tuple	int:7
% 1o	ok	 0	tuple	int:0
%012.0s	ok	            	tuple	float:1e-10
% 1.10F	ok	 7.0000000000	tuple	int:7
%#.0X	TypeError	%X format: an integer is required, not str	tuple	str:ab
%o	ok	361100	tuple	int:123456
%#05.0E	ok	1.E+05	tuple	int:123456
%0+5.0X	TypeError	%X format: an integer is required, not float	tuple	float:3.5
%-1.10E	ok	3.5000000000E+00	tuple	float:3.5
%0 1.3G	ok	 1.23E+04	tuple	float:12345.6789
%5i	ok	123456	tuple	int:123456
%+1.0x	TypeError	%x format: an integer is required, not float	tuple	float:1e-10
%.10i	TypeError	%i format: a real number is required, not str	tuple	str:ab
%+5.10i	TypeError	%i format: a real number is required, not str	tuple	str:ab
%.3g	ok	1.23e+05	tuple	int:123456
%-#.3e	ok	3.500e+00	tuple	float:3.5
%+s	ok	7	tuple	int:7
% +.0E	ok	+1E+05	tuple	int:123456
% E	ok	 7.000000E+00	tuple	int:7
%5.10f	ok	12345.6789000000	tuple	float:12345.6789
%-#5.10X	ok	0X0000000000	tuple	int:0
%#1.10o	TypeError	%o format: an integer is required, not float	tuple	float:12345.6789
%12.3e	ok	   1.235e+04	tuple	float:12345.6789
% #5x	ok	 0x10000000000	tuple	int:1099511627776
%+1.0o	ok	+361100	tuple	int:123456
%5.10F	ok	-42.0000000000	tuple	int:-42
%-+.0f	ok	+12346	tuple	float:12345.6789
%E	ok	1.234568E+04	tuple	float:12345.6789
%#x	TypeError	%x format: an integer is required, not float	tuple	float:-0.001
%1.10d	ok	0000123456	tuple	int:123456
%.10f	ok	123456.0000000000	tuple	int:123456
%12e	ok	7.000000e+00	tuple	int:7
%- 12.10X	TypeError	%X format: an integer is required, not float	tuple	float:12345.6789
%12e	ok	3.500000e+00	tuple	float:3.5
%-.10i	TypeError	%i format: a real number is required, not str	tuple	str:ab
%-0d	ok	-42	tuple	int:-42
%-#.0G	ok	1.E-10	tuple	float:1e-10
%+1.3f	ok	+3.500	tuple	float:3.5
%-#12.10i	ok	1099511627776	tuple	int:1099511627776
%1F	ok	-0.001000	tuple	float:-0.001
% #5.10F	ok	 3.5000000000	tuple	float:3.5
%12.10f	ok	123456.0000000000	tuple	int:123456
%#12.3o	TypeError	%o format: an integer is required, not float	tuple	float:1e-10
%0#1o	ok	-0o52	tuple	int:-42
%-#e	ok	1.234560e+05	tuple	int:123456
%-01.10s	ok	3.5	tuple	float:3.5
%-.0E	ok	7E+00	tuple	int:7
%012f	ok	00007.000000	tuple	int:7
%+0.0G	ok	-4E+01	tuple	int:-42
%-05.3x	ok	1e240	tuple	int:123456
%0#12.0f	ok	-0000000042.	tuple	int:-42
%-0i	ok	123456	tuple	int:123456
%-.10E	ok	1.2345600000E+05	tuple	int:123456
%0-1.3E	TypeError	must be real number, not str	tuple	str:ab
%#-12.10E	ok	1.2345600000E+05	tuple	int:123456
%.10X	ok	0000000007	tuple	int:7
"""#)
