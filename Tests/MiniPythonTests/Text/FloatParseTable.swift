// Recorded from CPython 3.12.1 by scripts/gen_numbers.py; do not edit by hand.
// Rows are tab-separated fields; see TextTable.swift for the escapes.

let floatParseTable = TextTable(#"""
1	ok	1.0
 1.5 	ok	1.5
1_000.5	ok	1000.5
1__0	error	could not convert string to float: '1__0'
_1	error	could not convert string to float: '_1'
1_	error	could not convert string to float: '1_'
1._5	error	could not convert string to float: '1._5'
1_.5	error	could not convert string to float: '1_.5'
1e5	ok	100000.0
1E-5	ok	1e-05
1e	error	could not convert string to float: '1e'
e5	error	could not convert string to float: 'e5'
.5	ok	0.5
5.	ok	5.0
.	error	could not convert string to float: '.'
	error	could not convert string to float: ''
 	error	could not convert string to float: ' '
inf	ok	inf
-inf	ok	-inf
+inf	ok	inf
Infinity	ok	inf
-iNfInItY	ok	-inf
infinit	error	could not convert string to float: 'infinit'
nan	ok	nan
-NaN	ok	nan
+nan	ok	nan
nan1	error	could not convert string to float: 'nan1'
abc	error	could not convert string to float: 'abc'
1.5x	error	could not convert string to float: '1.5x'
0x10	error	could not convert string to float: '0x10'
1e1_0	ok	10000000000.0
1e_10	error	could not convert string to float: '1e_10'
1_e10	error	could not convert string to float: '1_e10'
\u{663}.\u{661}\u{664}	ok	3.14
\t\n 42 \u{1c}	error	could not convert string to float: '\\t\\n 42 \\x1c'
1\u{a0}	ok	1.0
1 2	error	could not convert string to float: '1 2'
+-1	error	could not convert string to float: '+-1'
--1	error	could not convert string to float: '--1'
1e+	error	could not convert string to float: '1e+'
1e+5	ok	100000.0
1e-0_5	ok	1e-05
00012	ok	12.0
1.7976931348623157e308	ok	1.7976931348623157e+308
1.8e308	ok	inf
-1.8e308	ok	-inf
2e-324	ok	0.0
3e-324	ok	5e-324
4.9406564584124654e-324	ok	5e-324
0.1e-999	ok	0.0
123456789012345678901234567890	ok	1.2345678901234568e+29
in f	error	could not convert string to float: 'in f'
i	error	could not convert string to float: 'i'
\u{661}\u{662}	ok	12.0
12\u{2003}	ok	12.0
NaN 	ok	nan
it's	error	could not convert string to float: "it's"
"q"	error	could not convert string to float: '"q"'
\u{e9}	error	could not convert string to float: '\u{e9}'
1.2.3	error	could not convert string to float: '1.2.3'
1e5.5	error	could not convert string to float: '1e5.5'
+.5	ok	0.5
-.e1	error	could not convert string to float: '-.e1'
0.000001	ok	1e-06
"""#)
