// Recorded from CPython 3.12.1 by scripts/gen_regex.py; do not edit by hand.
// Rows are tab-separated fields; see TextTable.swift for the escapes.

let regexTable = TextTable(#"""
a	0	ab\n	search	0,1|None	
a	0	ab\n	match	0,1|None	
a	0	ab\n	fullmatch	None	
a	0	ab\n	finditer	0,1|None	
a	0	K	search	None	
a	0	K	match	None	
a	0	K	fullmatch	None	
a	0	K	finditer		
a	0	\u{17f}S	search	None	
a	0	\u{17f}S	match	None	
a	0	\u{17f}S	fullmatch	None	
a	0	\u{17f}S	finditer		
a	0	\u{661}\u{662}\u{663} 45	search	None	
a	0	\u{661}\u{662}\u{663} 45	match	None	
a	0	\u{661}\u{662}\u{663} 45	fullmatch	None	
a	0	\u{661}\u{662}\u{663} 45	finditer		
a	0	a-b c_d	search	0,1|None	
a	0	a-b c_d	match	0,1|None	
a	0	a-b c_d	fullmatch	None	
a	0	a-b c_d	finditer	0,1|None	
a	0	Foo foo	search	None	
a	0	Foo foo	match	None	
a	0	Foo foo	fullmatch	None	
a	0	Foo foo	finditer		
a	0	foo bar	search	5,6|None	
a	0	foo bar	match	None	
a	0	foo bar	fullmatch	None	
a	0	foo bar	finditer	5,6|None	
a	0	ae cde abe	search	0,1|None	
a	0	ae cde abe	match	0,1|None	
a	0	ae cde abe	fullmatch	None	
a	0	ae cde abe	finditer	0,1|None 7,8|None	
a	0	\u{3a3}\u{3c3}\u{3c2}\u{391}\u{3a9}	search	None	
a	0	\u{3a3}\u{3c3}\u{3c2}\u{391}\u{3a9}	match	None	
a	0	\u{3a3}\u{3c3}\u{3c2}\u{391}\u{3a9}	fullmatch	None	
a	0	\u{3a3}\u{3c3}\u{3c2}\u{391}\u{3a9}	finditer		
a	0	a b c	search	0,1|None	
a	0	a b c	match	0,1|None	
a	0	a b c	fullmatch	None	
a	0	a b c	finditer	0,1|None	
a	0	abcd	search	0,1|None	
a	0	abcd	match	0,1|None	
a	0	abcd	fullmatch	None	
a	0	abcd	finditer	0,1|None	
a	0	bd cd ad	search	6,7|None	
a	0	bd cd ad	match	None	
a	0	bd cd ad	fullmatch	None	
a	0	bd cd ad	finditer	6,7|None	
a	0	hello world	search@8:11	None	
a	0	hello world	finditer@8:11		
a	0	bab	search@0:3	1,2|None	
a	0	bab	finditer@0:3	1,2|None	
a	0	abc	search@3:1	None	
a	0	abc	finditer@3:1		
abc	0	"hi"	search	None	
abc	0	"hi"	match	None	
abc	0	"hi"	fullmatch	None	
abc	0	"hi"	finditer		
abc	0	ab	search	None	
abc	0	ab	match	None	
abc	0	ab	fullmatch	None	
abc	0	ab	finditer		
abc	0	aaa	search	None	
abc	0	aaa	match	None	
abc	0	aaa	fullmatch	None	
abc	0	aaa	finditer		
abc	0	aa	search	None	
abc	0	aa	match	None	
abc	0	aa	fullmatch	None	
abc	0	aa	finditer		
abc	0	Foo foo	search	None	
abc	0	Foo foo	match	None	
abc	0	Foo foo	fullmatch	None	
abc	0	Foo foo	finditer		
abc	0	a\nb\n	search	None	
abc	0	a\nb\n	match	None	
abc	0	a\nb\n	fullmatch	None	
abc	0	a\nb\n	finditer		
abc	0	xyz	search	None	
abc	0	xyz	match	None	
abc	0	xyz	fullmatch	None	
abc	0	xyz	finditer		
abc	0	a	search	None	
abc	0	a	match	None	
abc	0	a	fullmatch	None	
abc	0	a	finditer		
abc	0	K	search	None	
abc	0	K	match	None	
abc	0	K	fullmatch	None	
abc	0	K	finditer		
abc	0	john.doe@example.com	search	None	
abc	0	john.doe@example.com	match	None	
abc	0	john.doe@example.com	fullmatch	None	
abc	0	john.doe@example.com	finditer		
abc	0	\u{17f}S	search	None	
abc	0	\u{17f}S	match	None	
abc	0	\u{17f}S	fullmatch	None	
abc	0	\u{17f}S	finditer		
abc	0	ababab	search	None	
abc	0	ababab	match	None	
abc	0	ababab	fullmatch	None	
abc	0	ababab	finditer		
abc	0	"hi"	search@2:3	None	
abc	0	"hi"	finditer@2:3		
abc	0	AbC	search@0:0	None	
abc	0	AbC	finditer@0:0		
abc	0	aAaA	search@3:2	None	
abc	0	aAaA	finditer@3:2		
a|b	0	ab\n	search	0,1|None	
a|b	0	ab\n	match	0,1|None	
a|b	0	ab\n	fullmatch	None	
a|b	0	ab\n	finditer	0,1|None 1,2|None	
a|b	0	abc	search	0,1|None	
a|b	0	abc	match	0,1|None	
a|b	0	abc	fullmatch	None	
a|b	0	abc	finditer	0,1|None 1,2|None	
a|b	0	bd cd ad	search	0,1|None	
a|b	0	bd cd ad	match	0,1|None	
a|b	0	bd cd ad	fullmatch	None	
a|b	0	bd cd ad	finditer	0,1|None 6,7|None	
a|b	0	\n	search	None	
a|b	0	\n	match	None	
a|b	0	\n	fullmatch	None	
a|b	0	\n	finditer		
a|b	0	john.doe@example.com	search	11,12|None	
a|b	0	john.doe@example.com	match	None	
a|b	0	john.doe@example.com	fullmatch	None	
a|b	0	john.doe@example.com	finditer	11,12|None	
a|b	0	AbC	search	1,2|None	
a|b	0	AbC	match	None	
a|b	0	AbC	fullmatch	None	
a|b	0	AbC	finditer	1,2|None	
a|b	0	\u{661}\u{662}\u{663} 45	search	None	
a|b	0	\u{661}\u{662}\u{663} 45	match	None	
a|b	0	\u{661}\u{662}\u{663} 45	fullmatch	None	
a|b	0	\u{661}\u{662}\u{663} 45	finditer		
a|b	0	12 345 6	search	None	
a|b	0	12 345 6	match	None	
a|b	0	12 345 6	fullmatch	None	
a|b	0	12 345 6	finditer		
a|b	0	a	search	0,1|None	
a|b	0	a	match	0,1|None	
a|b	0	a	fullmatch	0,1|None	
a|b	0	a	finditer	0,1|None	
a|b	0	ab	search	0,1|None	
a|b	0	ab	match	0,1|None	
a|b	0	ab	fullmatch	None	
a|b	0	ab	finditer	0,1|None 1,2|None	
a|b	0	 , a ,b	search	3,4|None	
a|b	0	 , a ,b	match	None	
a|b	0	 , a ,b	fullmatch	None	
a|b	0	 , a ,b	finditer	3,4|None 6,7|None	
a|b	0	abcd	search	0,1|None	
a|b	0	abcd	match	0,1|None	
a|b	0	abcd	fullmatch	None	
a|b	0	abcd	finditer	0,1|None 1,2|None	
a|b	0	\u{e9}	search@1:0	None	
a|b	0	\u{e9}	finditer@1:0		
a|b	0	abcd	search@0:0	None	
a|b	0	abcd	finditer@0:0		
a|b	0	12 345 6	search@3:3	None	
a|b	0	12 345 6	finditer@3:3		
ab|ac	0	aaa	search	None	
ab|ac	0	aaa	match	None	
ab|ac	0	aaa	fullmatch	None	
ab|ac	0	aaa	finditer		
ab|ac	0	\u{3a3}\u{3c3}\u{3c2}\u{391}\u{3a9}	search	None	
ab|ac	0	\u{3a3}\u{3c3}\u{3c2}\u{391}\u{3a9}	match	None	
ab|ac	0	\u{3a3}\u{3c3}\u{3c2}\u{391}\u{3a9}	fullmatch	None	
ab|ac	0	\u{3a3}\u{3c3}\u{3c2}\u{391}\u{3a9}	finditer		
ab|ac	0	the the cat	search	None	
ab|ac	0	the the cat	match	None	
ab|ac	0	the the cat	fullmatch	None	
ab|ac	0	the the cat	finditer		
ab|ac	0	\u{e9}	search	None	
ab|ac	0	\u{e9}	match	None	
ab|ac	0	\u{e9}	fullmatch	None	
ab|ac	0	\u{e9}	finditer		
ab|ac	0	\u{c9}	search	None	
ab|ac	0	\u{c9}	match	None	
ab|ac	0	\u{c9}	fullmatch	None	
ab|ac	0	\u{c9}	finditer		
ab|ac	0	ab	search	0,2|None	
ab|ac	0	ab	match	0,2|None	
ab|ac	0	ab	fullmatch	0,2|None	
ab|ac	0	ab	finditer	0,2|None	
ab|ac	0	 , a ,b	search	None	
ab|ac	0	 , a ,b	match	None	
ab|ac	0	 , a ,b	fullmatch	None	
ab|ac	0	 , a ,b	finditer		
ab|ac	0	aAaA	search	None	
ab|ac	0	aAaA	match	None	
ab|ac	0	aAaA	fullmatch	None	
ab|ac	0	aAaA	finditer		
ab|ac	0	Foo foo	search	None	
ab|ac	0	Foo foo	match	None	
ab|ac	0	Foo foo	fullmatch	None	
ab|ac	0	Foo foo	finditer		
ab|ac	0	x a\ny b	search	None	
ab|ac	0	x a\ny b	match	None	
ab|ac	0	x a\ny b	fullmatch	None	
ab|ac	0	x a\ny b	finditer		
ab|ac	0	abcabc	search	0,2|None	
ab|ac	0	abcabc	match	0,2|None	
ab|ac	0	abcabc	fullmatch	None	
ab|ac	0	abcabc	finditer	0,2|None 3,5|None	
ab|ac	0	abc	search	0,2|None	
ab|ac	0	abc	match	0,2|None	
ab|ac	0	abc	fullmatch	None	
ab|ac	0	abc	finditer	0,2|None	
ab|ac	0	hello world	search@6:1	None	
ab|ac	0	hello world	finditer@6:1		
ab|ac	0	abcabc	search@1:1	None	
ab|ac	0	abcabc	finditer@1:1		
ab|ac	0		search@0:0	None	
ab|ac	0		finditer@0:0		
ab|ac	2	aaa	search	None	
ab|ac	2	aaa	match	None	
ab|ac	2	aaa	fullmatch	None	
ab|ac	2	aaa	finditer		
ab|ac	2	K	search	None	
ab|ac	2	K	match	None	
ab|ac	2	K	fullmatch	None	
ab|ac	2	K	finditer		
ab|ac	2	\u{65e5}\u{672c}\u{8a9e}	search	None	
ab|ac	2	\u{65e5}\u{672c}\u{8a9e}	match	None	
ab|ac	2	\u{65e5}\u{672c}\u{8a9e}	fullmatch	None	
ab|ac	2	\u{65e5}\u{672c}\u{8a9e}	finditer		
ab|ac	2	foo bar	search	None	
ab|ac	2	foo bar	match	None	
ab|ac	2	foo bar	fullmatch	None	
ab|ac	2	foo bar	finditer		
ab|ac	2	ababab	search	0,2|None	
ab|ac	2	ababab	match	0,2|None	
ab|ac	2	ababab	fullmatch	None	
ab|ac	2	ababab	finditer	0,2|None 2,4|None 4,6|None	
ab|ac	2	ab\n	search	0,2|None	
ab|ac	2	ab\n	match	0,2|None	
ab|ac	2	ab\n	fullmatch	None	
ab|ac	2	ab\n	finditer	0,2|None	
ab|ac	2	Foo foo	search	None	
ab|ac	2	Foo foo	match	None	
ab|ac	2	Foo foo	fullmatch	None	
ab|ac	2	Foo foo	finditer		
ab|ac	2	\u{17f}S	search	None	
ab|ac	2	\u{17f}S	match	None	
ab|ac	2	\u{17f}S	fullmatch	None	
ab|ac	2	\u{17f}S	finditer		
ab|ac	2	\u{661}\u{662}\u{663} 45	search	None	
ab|ac	2	\u{661}\u{662}\u{663} 45	match	None	
ab|ac	2	\u{661}\u{662}\u{663} 45	fullmatch	None	
ab|ac	2	\u{661}\u{662}\u{663} 45	finditer		
ab|ac	2	a b c	search	None	
ab|ac	2	a b c	match	None	
ab|ac	2	a b c	fullmatch	None	
ab|ac	2	a b c	finditer		
ab|ac	2	b	search	None	
ab|ac	2	b	match	None	
ab|ac	2	b	fullmatch	None	
ab|ac	2	b	finditer		
ab|ac	2	\u{c9}	search	None	
ab|ac	2	\u{c9}	match	None	
ab|ac	2	\u{c9}	fullmatch	None	
ab|ac	2	\u{c9}	finditer		
ab|ac	2	a b c	search@3:3	None	
ab|ac	2	a b c	finditer@3:3		
ab|ac	2	the the cat	search@3:0	None	
ab|ac	2	the the cat	finditer@3:0		
ab|ac	2	ba	search@1:2	None	
ab|ac	2	ba	finditer@1:2		
a*	0	a	search	0,1|None	
a*	0	a	match	0,1|None	
a*	0	a	fullmatch	0,1|None	
a*	0	a	finditer	0,1|None 1,1|None	
a*	0	A	search	0,0|None	
a*	0	A	match	0,0|None	
a*	0	A	fullmatch	None	
a*	0	A	finditer	0,0|None 1,1|None	
a*	0	foo bar	search	0,0|None	
a*	0	foo bar	match	0,0|None	
a*	0	foo bar	fullmatch	None	
a*	0	foo bar	finditer	0,0|None 1,1|None 2,2|None 3,3|None 4,4|None 5,6|None 6,6|None 7,7|None	
a*	0	\u{e9}	search	0,0|None	
a*	0	\u{e9}	match	0,0|None	
a*	0	\u{e9}	fullmatch	None	
a*	0	\u{e9}	finditer	0,0|None 1,1|None	
a*	0	xyz	search	0,0|None	
a*	0	xyz	match	0,0|None	
a*	0	xyz	fullmatch	None	
a*	0	xyz	finditer	0,0|None 1,1|None 2,2|None 3,3|None	
a*	0	a b c	search	0,1|None	
a*	0	a b c	match	0,1|None	
a*	0	a b c	fullmatch	None	
a*	0	a b c	finditer	0,1|None 1,1|None 2,2|None 3,3|None 4,4|None 5,5|None	
a*	0	 , a ,b	search	0,0|None	
a*	0	 , a ,b	match	0,0|None	
a*	0	 , a ,b	fullmatch	None	
a*	0	 , a ,b	finditer	0,0|None 1,1|None 2,2|None 3,4|None 4,4|None 5,5|None 6,6|None 7,7|None	
a*	0	abcd	search	0,1|None	
a*	0	abcd	match	0,1|None	
a*	0	abcd	fullmatch	None	
a*	0	abcd	finditer	0,1|None 1,1|None 2,2|None 3,3|None 4,4|None	
a*	0	aa	search	0,2|None	
a*	0	aa	match	0,2|None	
a*	0	aa	fullmatch	0,2|None	
a*	0	aa	finditer	0,2|None 2,2|None	
a*	0	bab	search	0,0|None	
a*	0	bab	match	0,0|None	
a*	0	bab	fullmatch	None	
a*	0	bab	finditer	0,0|None 1,2|None 2,2|None 3,3|None	
a*	0	abcdefghijkk	search	0,1|None	
a*	0	abcdefghijkk	match	0,1|None	
a*	0	abcdefghijkk	fullmatch	None	
a*	0	abcdefghijkk	finditer	0,1|None 1,1|None 2,2|None 3,3|None 4,4|None 5,5|None 6,6|None 7,7|None 8,8|None 9,9|None 10,10|None 11,11|None 12,12|None	
a*	0	\u{17f}S	search	0,0|None	
a*	0	\u{17f}S	match	0,0|None	
a*	0	\u{17f}S	fullmatch	None	
a*	0	\u{17f}S	finditer	0,0|None 1,1|None 2,2|None	
a*	0	\n	search@1:1	1,1|None	
a*	0	\n	finditer@1:1	1,1|None	
a*	0		search@0:0	0,0|None	
a*	0		finditer@0:0	0,0|None	
a*	0	abcde abc	search@1:1	1,1|None	
a*	0	abcde abc	finditer@1:1	1,1|None	
a+	0	aAaA	search	0,1|None	
a+	0	aAaA	match	0,1|None	
a+	0	aAaA	fullmatch	None	
a+	0	aAaA	finditer	0,1|None 2,3|None	
a+	0	a\nb\n	search	0,1|None	
a+	0	a\nb\n	match	0,1|None	
a+	0	a\nb\n	fullmatch	None	
a+	0	a\nb\n	finditer	0,1|None	
a+	0		search	None	
a+	0		match	None	
a+	0		fullmatch	None	
a+	0		finditer		
a+	0	xyz	search	None	
a+	0	xyz	match	None	
a+	0	xyz	fullmatch	None	
a+	0	xyz	finditer		
a+	0	2024-01-15	search	None	
a+	0	2024-01-15	match	None	
a+	0	2024-01-15	fullmatch	None	
a+	0	2024-01-15	finditer		
a+	0	ababab	search	0,1|None	
a+	0	ababab	match	0,1|None	
a+	0	ababab	fullmatch	None	
a+	0	ababab	finditer	0,1|None 2,3|None 4,5|None	
a+	0	abcde abc	search	0,1|None	
a+	0	abcde abc	match	0,1|None	
a+	0	abcde abc	fullmatch	None	
a+	0	abcde abc	finditer	0,1|None 6,7|None	
a+	0	K	search	None	
a+	0	K	match	None	
a+	0	K	fullmatch	None	
a+	0	K	finditer		
a+	0	b	search	None	
a+	0	b	match	None	
a+	0	b	fullmatch	None	
a+	0	b	finditer		
a+	0	a-b c_d	search	0,1|None	
a+	0	a-b c_d	match	0,1|None	
a+	0	a-b c_d	fullmatch	None	
a+	0	a-b c_d	finditer	0,1|None	
a+	0	\u{3a3}\u{3c3}\u{3c2}\u{391}\u{3a9}	search	None	
a+	0	\u{3a3}\u{3c3}\u{3c2}\u{391}\u{3a9}	match	None	
a+	0	\u{3a3}\u{3c3}\u{3c2}\u{391}\u{3a9}	fullmatch	None	
a+	0	\u{3a3}\u{3c3}\u{3c2}\u{391}\u{3a9}	finditer		
a+	0	 , a ,b	search	3,4|None	
a+	0	 , a ,b	match	None	
a+	0	 , a ,b	fullmatch	None	
a+	0	 , a ,b	finditer	3,4|None	
a+	0	b	search@0:1	None	
a+	0	b	finditer@0:1		
a+	0	the the cat	search@3:9	None	
a+	0	the the cat	finditer@3:9		
a+	0	foo bar	search@3:3	None	
a+	0	foo bar	finditer@3:3		
a?	0	aAaA	search	0,1|None	
a?	0	aAaA	match	0,1|None	
a?	0	aAaA	fullmatch	None	
a?	0	aAaA	finditer	0,1|None 1,1|None 2,3|None 3,3|None 4,4|None	
a?	0	ab\n	search	0,1|None	
a?	0	ab\n	match	0,1|None	
a?	0	ab\n	fullmatch	None	
a?	0	ab\n	finditer	0,1|None 1,1|None 2,2|None 3,3|None	
a?	0	Foo foo	search	0,0|None	
a?	0	Foo foo	match	0,0|None	
a?	0	Foo foo	fullmatch	None	
a?	0	Foo foo	finditer	0,0|None 1,1|None 2,2|None 3,3|None 4,4|None 5,5|None 6,6|None 7,7|None	
a?	0	ababab	search	0,1|None	
a?	0	ababab	match	0,1|None	
a?	0	ababab	fullmatch	None	
a?	0	ababab	finditer	0,1|None 1,1|None 2,3|None 3,3|None 4,5|None 5,5|None 6,6|None	
a?	0	the the cat	search	0,0|None	
a?	0	the the cat	match	0,0|None	
a?	0	the the cat	fullmatch	None	
a?	0	the the cat	finditer	0,0|None 1,1|None 2,2|None 3,3|None 4,4|None 5,5|None 6,6|None 7,7|None 8,8|None 9,10|None 10,10|None 11,11|None	
a?	0	\u{3a3}\u{3c3}\u{3c2}\u{391}\u{3a9}	search	0,0|None	
a?	0	\u{3a3}\u{3c3}\u{3c2}\u{391}\u{3a9}	match	0,0|None	
a?	0	\u{3a3}\u{3c3}\u{3c2}\u{391}\u{3a9}	fullmatch	None	
a?	0	\u{3a3}\u{3c3}\u{3c2}\u{391}\u{3a9}	finditer	0,0|None 1,1|None 2,2|None 3,3|None 4,4|None 5,5|None	
a?	0	xyz	search	0,0|None	
a?	0	xyz	match	0,0|None	
a?	0	xyz	fullmatch	None	
a?	0	xyz	finditer	0,0|None 1,1|None 2,2|None 3,3|None	
a?	0	abc	search	0,1|None	
a?	0	abc	match	0,1|None	
a?	0	abc	fullmatch	None	
a?	0	abc	finditer	0,1|None 1,1|None 2,2|None 3,3|None	
a?	0	\u{c9}	search	0,0|None	
a?	0	\u{c9}	match	0,0|None	
a?	0	\u{c9}	fullmatch	None	
a?	0	\u{c9}	finditer	0,0|None 1,1|None	
a?	0	aaa	search	0,1|None	
a?	0	aaa	match	0,1|None	
a?	0	aaa	fullmatch	None	
a?	0	aaa	finditer	0,1|None 1,2|None 2,3|None 3,3|None	
a?	0	abcd	search	0,1|None	
a?	0	abcd	match	0,1|None	
a?	0	abcd	fullmatch	None	
a?	0	abcd	finditer	0,1|None 1,1|None 2,2|None 3,3|None 4,4|None	
a?	0	a-b c_d	search	0,1|None	
a?	0	a-b c_d	match	0,1|None	
a?	0	a-b c_d	fullmatch	None	
a?	0	a-b c_d	finditer	0,1|None 1,1|None 2,2|None 3,3|None 4,4|None 5,5|None 6,6|None 7,7|None	
a?	0	aa	search@0:2	0,1|None	
a?	0	aa	finditer@0:2	0,1|None 1,2|None 2,2|None	
a?	0	\u{661}\u{662}\u{663} 45	search@5:3	None	
a?	0	\u{661}\u{662}\u{663} 45	finditer@5:3		
a?	0	\n	search@1:1	1,1|None	
a?	0	\n	finditer@1:1	1,1|None	
a*?	0	xyz	search	0,0|None	
a*?	0	xyz	match	0,0|None	
a*?	0	xyz	fullmatch	None	
a*?	0	xyz	finditer	0,0|None 1,1|None 2,2|None 3,3|None	
a*?	0	\u{65e5}\u{672c}\u{8a9e}	search	0,0|None	
a*?	0	\u{65e5}\u{672c}\u{8a9e}	match	0,0|None	
a*?	0	\u{65e5}\u{672c}\u{8a9e}	fullmatch	None	
a*?	0	\u{65e5}\u{672c}\u{8a9e}	finditer	0,0|None 1,1|None 2,2|None 3,3|None	
a*?	0	12 345 6	search	0,0|None	
a*?	0	12 345 6	match	0,0|None	
a*?	0	12 345 6	fullmatch	None	
a*?	0	12 345 6	finditer	0,0|None 1,1|None 2,2|None 3,3|None 4,4|None 5,5|None 6,6|None 7,7|None 8,8|None	
a*?	0	"hi"	search	0,0|None	
a*?	0	"hi"	match	0,0|None	
a*?	0	"hi"	fullmatch	None	
a*?	0	"hi"	finditer	0,0|None 1,1|None 2,2|None 3,3|None 4,4|None	
a*?	0	foo bar	search	0,0|None	
a*?	0	foo bar	match	0,0|None	
a*?	0	foo bar	fullmatch	None	
a*?	0	foo bar	finditer	0,0|None 1,1|None 2,2|None 3,3|None 4,4|None 5,5|None 5,6|None 6,6|None 7,7|None	
a*?	0	ab	search	0,0|None	
a*?	0	ab	match	0,0|None	
a*?	0	ab	fullmatch	None	
a*?	0	ab	finditer	0,0|None 0,1|None 1,1|None 2,2|None	
a*?	0	b	search	0,0|None	
a*?	0	b	match	0,0|None	
a*?	0	b	fullmatch	None	
a*?	0	b	finditer	0,0|None 1,1|None	
a*?	0	AbC	search	0,0|None	
a*?	0	AbC	match	0,0|None	
a*?	0	AbC	fullmatch	None	
a*?	0	AbC	finditer	0,0|None 1,1|None 2,2|None 3,3|None	
a*?	0	\u{3a3}\u{3c3}\u{3c2}\u{391}\u{3a9}	search	0,0|None	
a*?	0	\u{3a3}\u{3c3}\u{3c2}\u{391}\u{3a9}	match	0,0|None	
a*?	0	\u{3a3}\u{3c3}\u{3c2}\u{391}\u{3a9}	fullmatch	None	
a*?	0	\u{3a3}\u{3c3}\u{3c2}\u{391}\u{3a9}	finditer	0,0|None 1,1|None 2,2|None 3,3|None 4,4|None 5,5|None	
a*?	0	ab\n	search	0,0|None	
a*?	0	ab\n	match	0,0|None	
a*?	0	ab\n	fullmatch	None	
a*?	0	ab\n	finditer	0,0|None 0,1|None 1,1|None 2,2|None 3,3|None	
a*?	0	x\ty	search	0,0|None	
a*?	0	x\ty	match	0,0|None	
a*?	0	x\ty	fullmatch	None	
a*?	0	x\ty	finditer	0,0|None 1,1|None 2,2|None 3,3|None	
a*?	0	x a\ny b	search	0,0|None	
a*?	0	x a\ny b	match	0,0|None	
a*?	0	x a\ny b	fullmatch	None	
a*?	0	x a\ny b	finditer	0,0|None 1,1|None 2,2|None 2,3|None 3,3|None 4,4|None 5,5|None 6,6|None 7,7|None	
a*?	0	A	search@0:1	0,0|None	
a*?	0	A	finditer@0:1	0,0|None 1,1|None	
a*?	0	abcdefghija0	search@6:7	6,6|None	
a*?	0	abcdefghija0	finditer@6:7	6,6|None 7,7|None	
a*?	0	a	search@0:0	0,0|None	
a*?	0	a	finditer@0:0	0,0|None	
a*?	2	aa	search	0,0|None	
a*?	2	aa	match	0,0|None	
a*?	2	aa	fullmatch	0,2|None	
a*?	2	aa	finditer	0,0|None 0,1|None 1,1|None 1,2|None 2,2|None	
a*?	2	foo bar	search	0,0|None	
a*?	2	foo bar	match	0,0|None	
a*?	2	foo bar	fullmatch	None	
a*?	2	foo bar	finditer	0,0|None 1,1|None 2,2|None 3,3|None 4,4|None 5,5|None 5,6|None 6,6|None 7,7|None	
a*?	2	12 345 6	search	0,0|None	
a*?	2	12 345 6	match	0,0|None	
a*?	2	12 345 6	fullmatch	None	
a*?	2	12 345 6	finditer	0,0|None 1,1|None 2,2|None 3,3|None 4,4|None 5,5|None 6,6|None 7,7|None 8,8|None	
a*?	2	2024-01-15	search	0,0|None	
a*?	2	2024-01-15	match	0,0|None	
a*?	2	2024-01-15	fullmatch	None	
a*?	2	2024-01-15	finditer	0,0|None 1,1|None 2,2|None 3,3|None 4,4|None 5,5|None 6,6|None 7,7|None 8,8|None 9,9|None 10,10|None	
a*?	2	"hi"	search	0,0|None	
a*?	2	"hi"	match	0,0|None	
a*?	2	"hi"	fullmatch	None	
a*?	2	"hi"	finditer	0,0|None 1,1|None 2,2|None 3,3|None 4,4|None	
a*?	2	 , a ,b	search	0,0|None	
a*?	2	 , a ,b	match	0,0|None	
a*?	2	 , a ,b	fullmatch	None	
a*?	2	 , a ,b	finditer	0,0|None 1,1|None 2,2|None 3,3|None 3,4|None 4,4|None 5,5|None 6,6|None 7,7|None	
a*?	2	b	search	0,0|None	
a*?	2	b	match	0,0|None	
a*?	2	b	fullmatch	None	
a*?	2	b	finditer	0,0|None 1,1|None	
a*?	2	abc	search	0,0|None	
a*?	2	abc	match	0,0|None	
a*?	2	abc	fullmatch	None	
a*?	2	abc	finditer	0,0|None 0,1|None 1,1|None 2,2|None 3,3|None	
a*?	2	ae cde abe	search	0,0|None	
a*?	2	ae cde abe	match	0,0|None	
a*?	2	ae cde abe	fullmatch	None	
a*?	2	ae cde abe	finditer	0,0|None 0,1|None 1,1|None 2,2|None 3,3|None 4,4|None 5,5|None 6,6|None 7,7|None 7,8|None 8,8|None 9,9|None 10,10|None	
a*?	2	a b c	search	0,0|None	
a*?	2	a b c	match	0,0|None	
a*?	2	a b c	fullmatch	None	
a*?	2	a b c	finditer	0,0|None 0,1|None 1,1|None 2,2|None 3,3|None 4,4|None 5,5|None	
a*?	2	\u{17f}S	search	0,0|None	
a*?	2	\u{17f}S	match	0,0|None	
a*?	2	\u{17f}S	fullmatch	None	
a*?	2	\u{17f}S	finditer	0,0|None 1,1|None 2,2|None	
a*?	2	abcabc	search	0,0|None	
a*?	2	abcabc	match	0,0|None	
a*?	2	abcabc	fullmatch	None	
a*?	2	abcabc	finditer	0,0|None 0,1|None 1,1|None 2,2|None 3,3|None 3,4|None 4,4|None 5,5|None 6,6|None	
a*?	2	x\ty	search@1:0	None	
a*?	2	x\ty	finditer@1:0		
a*?	2	abcdefghijkk	search@0:7	0,0|None	
a*?	2	abcdefghijkk	finditer@0:7	0,0|None 0,1|None 1,1|None 2,2|None 3,3|None 4,4|None 5,5|None 6,6|None 7,7|None	
a*?	2	ae cde abe	search@5:4	None	
a*?	2	ae cde abe	finditer@5:4		
a+?	0	a	search	0,1|None	
a+?	0	a	match	0,1|None	
a+?	0	a	fullmatch	0,1|None	
a+?	0	a	finditer	0,1|None	
a+?	0	xyz	search	None	
a+?	0	xyz	match	None	
a+?	0	xyz	fullmatch	None	
a+?	0	xyz	finditer		
a+?	0	aAaA	search	0,1|None	
a+?	0	aAaA	match	0,1|None	
a+?	0	aAaA	fullmatch	None	
a+?	0	aAaA	finditer	0,1|None 2,3|None	
a+?	0	ab	search	0,1|None	
a+?	0	ab	match	0,1|None	
a+?	0	ab	fullmatch	None	
a+?	0	ab	finditer	0,1|None	
a+?	0	\u{3a3}\u{3c3}\u{3c2}\u{391}\u{3a9}	search	None	
a+?	0	\u{3a3}\u{3c3}\u{3c2}\u{391}\u{3a9}	match	None	
a+?	0	\u{3a3}\u{3c3}\u{3c2}\u{391}\u{3a9}	fullmatch	None	
a+?	0	\u{3a3}\u{3c3}\u{3c2}\u{391}\u{3a9}	finditer		
a+?	0	ae cde abe	search	0,1|None	
a+?	0	ae cde abe	match	0,1|None	
a+?	0	ae cde abe	fullmatch	None	
a+?	0	ae cde abe	finditer	0,1|None 7,8|None	
a+?	0	hello world	search	None	
a+?	0	hello world	match	None	
a+?	0	hello world	fullmatch	None	
a+?	0	hello world	finditer		
a+?	0	john.doe@example.com	search	11,12|None	
a+?	0	john.doe@example.com	match	None	
a+?	0	john.doe@example.com	fullmatch	None	
a+?	0	john.doe@example.com	finditer	11,12|None	
a+?	0	b	search	None	
a+?	0	b	match	None	
a+?	0	b	fullmatch	None	
a+?	0	b	finditer		
a+?	0	x\ty	search	None	
a+?	0	x\ty	match	None	
a+?	0	x\ty	fullmatch	None	
a+?	0	x\ty	finditer		
a+?	0	abcdefghijkk	search	0,1|None	
a+?	0	abcdefghijkk	match	0,1|None	
a+?	0	abcdefghijkk	fullmatch	None	
a+?	0	abcdefghijkk	finditer	0,1|None	
a+?	0	\u{17f}S	search	None	
a+?	0	\u{17f}S	match	None	
a+?	0	\u{17f}S	fullmatch	None	
a+?	0	\u{17f}S	finditer		
a+?	0	hi"	search@0:1	None	
a+?	0	hi"	finditer@0:1		
a+?	0	2024-01-15	search@5:5	None	
a+?	0	2024-01-15	finditer@5:5		
a+?	0	abcdefghija0	search@1:10	None	
a+?	0	abcdefghija0	finditer@1:10		
a+?	2	\u{3a3}\u{3c3}\u{3c2}\u{391}\u{3a9}	search	None	
a+?	2	\u{3a3}\u{3c3}\u{3c2}\u{391}\u{3a9}	match	None	
a+?	2	\u{3a3}\u{3c3}\u{3c2}\u{391}\u{3a9}	fullmatch	None	
a+?	2	\u{3a3}\u{3c3}\u{3c2}\u{391}\u{3a9}	finditer		
a+?	2	ab	search	0,1|None	
a+?	2	ab	match	0,1|None	
a+?	2	ab	fullmatch	None	
a+?	2	ab	finditer	0,1|None	
a+?	2	\u{c9}	search	None	
a+?	2	\u{c9}	match	None	
a+?	2	\u{c9}	fullmatch	None	
a+?	2	\u{c9}	finditer		
a+?	2	a	search	0,1|None	
a+?	2	a	match	0,1|None	
a+?	2	a	fullmatch	0,1|None	
a+?	2	a	finditer	0,1|None	
a+?	2	\u{65e5}\u{672c}\u{8a9e}	search	None	
a+?	2	\u{65e5}\u{672c}\u{8a9e}	match	None	
a+?	2	\u{65e5}\u{672c}\u{8a9e}	fullmatch	None	
a+?	2	\u{65e5}\u{672c}\u{8a9e}	finditer		
a+?	2	 , a ,b	search	3,4|None	
a+?	2	 , a ,b	match	None	
a+?	2	 , a ,b	fullmatch	None	
a+?	2	 , a ,b	finditer	3,4|None	
a+?	2		search	None	
a+?	2		match	None	
a+?	2		fullmatch	None	
a+?	2		finditer		
a+?	2	abcde abc	search	0,1|None	
a+?	2	abcde abc	match	0,1|None	
a+?	2	abcde abc	fullmatch	None	
a+?	2	abcde abc	finditer	0,1|None 6,7|None	
a+?	2	the the cat	search	9,10|None	
a+?	2	the the cat	match	None	
a+?	2	the the cat	fullmatch	None	
a+?	2	the the cat	finditer	9,10|None	
a+?	2	aAaA	search	0,1|None	
a+?	2	aAaA	match	0,1|None	
a+?	2	aAaA	fullmatch	0,4|None	
a+?	2	aAaA	finditer	0,1|None 1,2|None 2,3|None 3,4|None	
a+?	2	a-b c_d	search	0,1|None	
a+?	2	a-b c_d	match	0,1|None	
a+?	2	a-b c_d	fullmatch	None	
a+?	2	a-b c_d	finditer	0,1|None	
a+?	2	a b c	search	0,1|None	
a+?	2	a b c	match	0,1|None	
a+?	2	a b c	fullmatch	None	
a+?	2	a b c	finditer	0,1|None	
a+?	2	xyz	search@0:0	None	
a+?	2	xyz	finditer@0:0		
a+?	2	ab	search@1:1	None	
a+?	2	ab	finditer@1:1		
a+?	2	abc	search@2:3	None	
a+?	2	abc	finditer@2:3		
a??	0	ae cde abe	search	0,0|None	
a??	0	ae cde abe	match	0,0|None	
a??	0	ae cde abe	fullmatch	None	
a??	0	ae cde abe	finditer	0,0|None 0,1|None 1,1|None 2,2|None 3,3|None 4,4|None 5,5|None 6,6|None 7,7|None 7,8|None 8,8|None 9,9|None 10,10|None	
a??	0	a-b c_d	search	0,0|None	
a??	0	a-b c_d	match	0,0|None	
a??	0	a-b c_d	fullmatch	None	
a??	0	a-b c_d	finditer	0,0|None 0,1|None 1,1|None 2,2|None 3,3|None 4,4|None 5,5|None 6,6|None 7,7|None	
a??	0	K	search	0,0|None	
a??	0	K	match	0,0|None	
a??	0	K	fullmatch	None	
a??	0	K	finditer	0,0|None 1,1|None	
a??	0	\u{17f}S	search	0,0|None	
a??	0	\u{17f}S	match	0,0|None	
a??	0	\u{17f}S	fullmatch	None	
a??	0	\u{17f}S	finditer	0,0|None 1,1|None 2,2|None	
a??	0	bd cd ad	search	0,0|None	
a??	0	bd cd ad	match	0,0|None	
a??	0	bd cd ad	fullmatch	None	
a??	0	bd cd ad	finditer	0,0|None 1,1|None 2,2|None 3,3|None 4,4|None 5,5|None 6,6|None 6,7|None 7,7|None 8,8|None	
a??	0	hi"	search	0,0|None	
a??	0	hi"	match	0,0|None	
a??	0	hi"	fullmatch	None	
a??	0	hi"	finditer	0,0|None 1,1|None 2,2|None 3,3|None	
a??	0	abc	search	0,0|None	
a??	0	abc	match	0,0|None	
a??	0	abc	fullmatch	None	
a??	0	abc	finditer	0,0|None 0,1|None 1,1|None 2,2|None 3,3|None	
a??	0	"hi"	search	0,0|None	
a??	0	"hi"	match	0,0|None	
a??	0	"hi"	fullmatch	None	
a??	0	"hi"	finditer	0,0|None 1,1|None 2,2|None 3,3|None 4,4|None	
a??	0	\u{661}\u{662}\u{663} 45	search	0,0|None	
a??	0	\u{661}\u{662}\u{663} 45	match	0,0|None	
a??	0	\u{661}\u{662}\u{663} 45	fullmatch	None	
a??	0	\u{661}\u{662}\u{663} 45	finditer	0,0|None 1,1|None 2,2|None 3,3|None 4,4|None 5,5|None 6,6|None	
a??	0	a	search	0,0|None	
a??	0	a	match	0,0|None	
a??	0	a	fullmatch	0,1|None	
a??	0	a	finditer	0,0|None 0,1|None 1,1|None	
a??	0	hello world	search	0,0|None	
a??	0	hello world	match	0,0|None	
a??	0	hello world	fullmatch	None	
a??	0	hello world	finditer	0,0|None 1,1|None 2,2|None 3,3|None 4,4|None 5,5|None 6,6|None 7,7|None 8,8|None 9,9|None 10,10|None 11,11|None	
a??	0	a b c	search	0,0|None	
a??	0	a b c	match	0,0|None	
a??	0	a b c	fullmatch	None	
a??	0	a b c	finditer	0,0|None 0,1|None 1,1|None 2,2|None 3,3|None 4,4|None 5,5|None	
a??	0	\u{3a3}\u{3c3}\u{3c2}\u{391}\u{3a9}	search@5:0	None	
a??	0	\u{3a3}\u{3c3}\u{3c2}\u{391}\u{3a9}	finditer@5:0		
a??	0	a	search@1:1	1,1|None	
a??	0	a	finditer@1:1	1,1|None	
a??	0	AbC	search@2:0	None	
a??	0	AbC	finditer@2:0		
a??	2	2024-01-15	search	0,0|None	
a??	2	2024-01-15	match	0,0|None	
a??	2	2024-01-15	fullmatch	None	
a??	2	2024-01-15	finditer	0,0|None 1,1|None 2,2|None 3,3|None 4,4|None 5,5|None 6,6|None 7,7|None 8,8|None 9,9|None 10,10|None	
a??	2	hello world	search	0,0|None	
a??	2	hello world	match	0,0|None	
a??	2	hello world	fullmatch	None	
a??	2	hello world	finditer	0,0|None 1,1|None 2,2|None 3,3|None 4,4|None 5,5|None 6,6|None 7,7|None 8,8|None 9,9|None 10,10|None 11,11|None	
a??	2	bab	search	0,0|None	
a??	2	bab	match	0,0|None	
a??	2	bab	fullmatch	None	
a??	2	bab	finditer	0,0|None 1,1|None 1,2|None 2,2|None 3,3|None	
a??	2	ababab	search	0,0|None	
a??	2	ababab	match	0,0|None	
a??	2	ababab	fullmatch	None	
a??	2	ababab	finditer	0,0|None 0,1|None 1,1|None 2,2|None 2,3|None 3,3|None 4,4|None 4,5|None 5,5|None 6,6|None	
a??	2	abcde abc	search	0,0|None	
a??	2	abcde abc	match	0,0|None	
a??	2	abcde abc	fullmatch	None	
a??	2	abcde abc	finditer	0,0|None 0,1|None 1,1|None 2,2|None 3,3|None 4,4|None 5,5|None 6,6|None 6,7|None 7,7|None 8,8|None 9,9|None	
a??	2	Foo foo	search	0,0|None	
a??	2	Foo foo	match	0,0|None	
a??	2	Foo foo	fullmatch	None	
a??	2	Foo foo	finditer	0,0|None 1,1|None 2,2|None 3,3|None 4,4|None 5,5|None 6,6|None 7,7|None	
a??	2	"hi"	search	0,0|None	
a??	2	"hi"	match	0,0|None	
a??	2	"hi"	fullmatch	None	
a??	2	"hi"	finditer	0,0|None 1,1|None 2,2|None 3,3|None 4,4|None	
a??	2	cab	search	0,0|None	
a??	2	cab	match	0,0|None	
a??	2	cab	fullmatch	None	
a??	2	cab	finditer	0,0|None 1,1|None 1,2|None 2,2|None 3,3|None	
a??	2	abcabc	search	0,0|None	
a??	2	abcabc	match	0,0|None	
a??	2	abcabc	fullmatch	None	
a??	2	abcabc	finditer	0,0|None 0,1|None 1,1|None 2,2|None 3,3|None 3,4|None 4,4|None 5,5|None 6,6|None	
a??	2	\u{17f}S	search	0,0|None	
a??	2	\u{17f}S	match	0,0|None	
a??	2	\u{17f}S	fullmatch	None	
a??	2	\u{17f}S	finditer	0,0|None 1,1|None 2,2|None	
a??	2	\u{65e5}\u{672c}\u{8a9e}	search	0,0|None	
a??	2	\u{65e5}\u{672c}\u{8a9e}	match	0,0|None	
a??	2	\u{65e5}\u{672c}\u{8a9e}	fullmatch	None	
a??	2	\u{65e5}\u{672c}\u{8a9e}	finditer	0,0|None 1,1|None 2,2|None 3,3|None	
a??	2	a\nb\n	search	0,0|None	
a??	2	a\nb\n	match	0,0|None	
a??	2	a\nb\n	fullmatch	None	
a??	2	a\nb\n	finditer	0,0|None 0,1|None 1,1|None 2,2|None 3,3|None 4,4|None	
a??	2	john.doe@example.com	search@8:6	None	
a??	2	john.doe@example.com	finditer@8:6		
a??	2	\u{e9}	search@1:0	None	
a??	2	\u{e9}	finditer@1:0		
a??	2	x\ty	search@1:3	1,1|None	
a??	2	x\ty	finditer@1:3	1,1|None 2,2|None 3,3|None	
a{2}	0	john.doe@example.com	search	None	
a{2}	0	john.doe@example.com	match	None	
a{2}	0	john.doe@example.com	fullmatch	None	
a{2}	0	john.doe@example.com	finditer		
a{2}	0	A	search	None	
a{2}	0	A	match	None	
a{2}	0	A	fullmatch	None	
a{2}	0	A	finditer		
a{2}	0	b	search	None	
a{2}	0	b	match	None	
a{2}	0	b	fullmatch	None	
a{2}	0	b	finditer		
a{2}	0	bd cd ad	search	None	
a{2}	0	bd cd ad	match	None	
a{2}	0	bd cd ad	fullmatch	None	
a{2}	0	bd cd ad	finditer		
a{2}	0	\u{65e5}\u{672c}\u{8a9e}	search	None	
a{2}	0	\u{65e5}\u{672c}\u{8a9e}	match	None	
a{2}	0	\u{65e5}\u{672c}\u{8a9e}	fullmatch	None	
a{2}	0	\u{65e5}\u{672c}\u{8a9e}	finditer		
a{2}	0	aaab	search	0,2|None	
a{2}	0	aaab	match	0,2|None	
a{2}	0	aaab	fullmatch	None	
a{2}	0	aaab	finditer	0,2|None	
a{2}	0	aa	search	0,2|None	
a{2}	0	aa	match	0,2|None	
a{2}	0	aa	fullmatch	0,2|None	
a{2}	0	aa	finditer	0,2|None	
a{2}	0	ab	search	None	
a{2}	0	ab	match	None	
a{2}	0	ab	fullmatch	None	
a{2}	0	ab	finditer		
a{2}	0	x a\ny b	search	None	
a{2}	0	x a\ny b	match	None	
a{2}	0	x a\ny b	fullmatch	None	
a{2}	0	x a\ny b	finditer		
a{2}	0	cab	search	None	
a{2}	0	cab	match	None	
a{2}	0	cab	fullmatch	None	
a{2}	0	cab	finditer		
a{2}	0	ba	search	None	
a{2}	0	ba	match	None	
a{2}	0	ba	fullmatch	None	
a{2}	0	ba	finditer		
a{2}	0	\u{17f}S	search	None	
a{2}	0	\u{17f}S	match	None	
a{2}	0	\u{17f}S	fullmatch	None	
a{2}	0	\u{17f}S	finditer		
a{2}	0	\u{3a3}\u{3c3}\u{3c2}\u{391}\u{3a9}	search@3:3	None	
a{2}	0	\u{3a3}\u{3c3}\u{3c2}\u{391}\u{3a9}	finditer@3:3		
a{2}	0	x a\ny b	search@7:5	None	
a{2}	0	x a\ny b	finditer@7:5		
a{2}	0	A	search@1:1	None	
a{2}	0	A	finditer@1:1		
a{2,}	0	aa	search	0,2|None	
a{2,}	0	aa	match	0,2|None	
a{2,}	0	aa	fullmatch	0,2|None	
a{2,}	0	aa	finditer	0,2|None	
a{2,}	0	x a\ny b	search	None	
a{2,}	0	x a\ny b	match	None	
a{2,}	0	x a\ny b	fullmatch	None	
a{2,}	0	x a\ny b	finditer		
a{2,}	0	xyz	search	None	
a{2,}	0	xyz	match	None	
a{2,}	0	xyz	fullmatch	None	
a{2,}	0	xyz	finditer		
a{2,}	0	abcdefghija0	search	None	
a{2,}	0	abcdefghija0	match	None	
a{2,}	0	abcdefghija0	fullmatch	None	
a{2,}	0	abcdefghija0	finditer		
a{2,}	0	ababab	search	None	
a{2,}	0	ababab	match	None	
a{2,}	0	ababab	fullmatch	None	
a{2,}	0	ababab	finditer		
a{2,}	0	abcdefghijkk	search	None	
a{2,}	0	abcdefghijkk	match	None	
a{2,}	0	abcdefghijkk	fullmatch	None	
a{2,}	0	abcdefghijkk	finditer		
a{2,}	0	 , a ,b	search	None	
a{2,}	0	 , a ,b	match	None	
a{2,}	0	 , a ,b	fullmatch	None	
a{2,}	0	 , a ,b	finditer		
a{2,}	0	aaab	search	0,3|None	
a{2,}	0	aaab	match	0,3|None	
a{2,}	0	aaab	fullmatch	None	
a{2,}	0	aaab	finditer	0,3|None	
a{2,}	0	hello world	search	None	
a{2,}	0	hello world	match	None	
a{2,}	0	hello world	fullmatch	None	
a{2,}	0	hello world	finditer		
a{2,}	0	a b c	search	None	
a{2,}	0	a b c	match	None	
a{2,}	0	a b c	fullmatch	None	
a{2,}	0	a b c	finditer		
a{2,}	0	a	search	None	
a{2,}	0	a	match	None	
a{2,}	0	a	fullmatch	None	
a{2,}	0	a	finditer		
a{2,}	0	b	search	None	
a{2,}	0	b	match	None	
a{2,}	0	b	fullmatch	None	
a{2,}	0	b	finditer		
a{2,}	0	\u{e9}	search@0:1	None	
a{2,}	0	\u{e9}	finditer@0:1		
a{2,}	0	K	search@0:0	None	
a{2,}	0	K	finditer@0:0		
a{2,}	0	Foo foo	search@0:1	None	
a{2,}	0	Foo foo	finditer@0:1		
a{,2}	0	aAaA	search	0,1|None	
a{,2}	0	aAaA	match	0,1|None	
a{,2}	0	aAaA	fullmatch	None	
a{,2}	0	aAaA	finditer	0,1|None 1,1|None 2,3|None 3,3|None 4,4|None	
a{,2}	0	hi"	search	0,0|None	
a{,2}	0	hi"	match	0,0|None	
a{,2}	0	hi"	fullmatch	None	
a{,2}	0	hi"	finditer	0,0|None 1,1|None 2,2|None 3,3|None	
a{,2}	0	a b c	search	0,1|None	
a{,2}	0	a b c	match	0,1|None	
a{,2}	0	a b c	fullmatch	None	
a{,2}	0	a b c	finditer	0,1|None 1,1|None 2,2|None 3,3|None 4,4|None 5,5|None	
a{,2}	0	abcdefghija0	search	0,1|None	
a{,2}	0	abcdefghija0	match	0,1|None	
a{,2}	0	abcdefghija0	fullmatch	None	
a{,2}	0	abcdefghija0	finditer	0,1|None 1,1|None 2,2|None 3,3|None 4,4|None 5,5|None 6,6|None 7,7|None 8,8|None 9,9|None 10,11|None 11,11|None 12,12|None	
a{,2}	0	2024-01-15	search	0,0|None	
a{,2}	0	2024-01-15	match	0,0|None	
a{,2}	0	2024-01-15	fullmatch	None	
a{,2}	0	2024-01-15	finditer	0,0|None 1,1|None 2,2|None 3,3|None 4,4|None 5,5|None 6,6|None 7,7|None 8,8|None 9,9|None 10,10|None	
a{,2}	0	ab	search	0,1|None	
a{,2}	0	ab	match	0,1|None	
a{,2}	0	ab	fullmatch	None	
a{,2}	0	ab	finditer	0,1|None 1,1|None 2,2|None	
a{,2}	0	Foo foo	search	0,0|None	
a{,2}	0	Foo foo	match	0,0|None	
a{,2}	0	Foo foo	fullmatch	None	
a{,2}	0	Foo foo	finditer	0,0|None 1,1|None 2,2|None 3,3|None 4,4|None 5,5|None 6,6|None 7,7|None	
a{,2}	0	bd cd ad	search	0,0|None	
a{,2}	0	bd cd ad	match	0,0|None	
a{,2}	0	bd cd ad	fullmatch	None	
a{,2}	0	bd cd ad	finditer	0,0|None 1,1|None 2,2|None 3,3|None 4,4|None 5,5|None 6,7|None 7,7|None 8,8|None	
a{,2}	0	\u{3a3}\u{3c3}\u{3c2}\u{391}\u{3a9}	search	0,0|None	
a{,2}	0	\u{3a3}\u{3c3}\u{3c2}\u{391}\u{3a9}	match	0,0|None	
a{,2}	0	\u{3a3}\u{3c3}\u{3c2}\u{391}\u{3a9}	fullmatch	None	
a{,2}	0	\u{3a3}\u{3c3}\u{3c2}\u{391}\u{3a9}	finditer	0,0|None 1,1|None 2,2|None 3,3|None 4,4|None 5,5|None	
a{,2}	0	\n	search	0,0|None	
a{,2}	0	\n	match	0,0|None	
a{,2}	0	\n	fullmatch	None	
a{,2}	0	\n	finditer	0,0|None 1,1|None	
a{,2}	0	foo bar	search	0,0|None	
a{,2}	0	foo bar	match	0,0|None	
a{,2}	0	foo bar	fullmatch	None	
a{,2}	0	foo bar	finditer	0,0|None 1,1|None 2,2|None 3,3|None 4,4|None 5,6|None 6,6|None 7,7|None	
a{,2}	0		search	0,0|None	
a{,2}	0		match	0,0|None	
a{,2}	0		fullmatch	0,0|None	
a{,2}	0		finditer	0,0|None	
a{,2}	0	\u{3a3}\u{3c3}\u{3c2}\u{391}\u{3a9}	search@0:1	0,0|None	
a{,2}	0	\u{3a3}\u{3c3}\u{3c2}\u{391}\u{3a9}	finditer@0:1	0,0|None 1,1|None	
a{,2}	0	hi"	search@1:2	1,1|None	
a{,2}	0	hi"	finditer@1:2	1,1|None 2,2|None	
a{,2}	0	bd cd ad	search@5:8	5,5|None	
a{,2}	0	bd cd ad	finditer@5:8	5,5|None 6,7|None 7,7|None 8,8|None	
a{1,3}	0	"hi"	search	None	
a{1,3}	0	"hi"	match	None	
a{1,3}	0	"hi"	fullmatch	None	
a{1,3}	0	"hi"	finditer		
a{1,3}	0	\u{661}\u{662}\u{663} 45	search	None	
a{1,3}	0	\u{661}\u{662}\u{663} 45	match	None	
a{1,3}	0	\u{661}\u{662}\u{663} 45	fullmatch	None	
a{1,3}	0	\u{661}\u{662}\u{663} 45	finditer		
a{1,3}	0	abcde abc	search	0,1|None	
a{1,3}	0	abcde abc	match	0,1|None	
a{1,3}	0	abcde abc	fullmatch	None	
a{1,3}	0	abcde abc	finditer	0,1|None 6,7|None	
a{1,3}	0	cab	search	1,2|None	
a{1,3}	0	cab	match	None	
a{1,3}	0	cab	fullmatch	None	
a{1,3}	0	cab	finditer	1,2|None	
a{1,3}	0	\u{e9}	search	None	
a{1,3}	0	\u{e9}	match	None	
a{1,3}	0	\u{e9}	fullmatch	None	
a{1,3}	0	\u{e9}	finditer		
a{1,3}	0	AbC	search	None	
a{1,3}	0	AbC	match	None	
a{1,3}	0	AbC	fullmatch	None	
a{1,3}	0	AbC	finditer		
a{1,3}	0	abc	search	0,1|None	
a{1,3}	0	abc	match	0,1|None	
a{1,3}	0	abc	fullmatch	None	
a{1,3}	0	abc	finditer	0,1|None	
a{1,3}	0	\u{c9}	search	None	
a{1,3}	0	\u{c9}	match	None	
a{1,3}	0	\u{c9}	fullmatch	None	
a{1,3}	0	\u{c9}	finditer		
a{1,3}	0	the the cat	search	9,10|None	
a{1,3}	0	the the cat	match	None	
a{1,3}	0	the the cat	fullmatch	None	
a{1,3}	0	the the cat	finditer	9,10|None	
a{1,3}	0	b	search	None	
a{1,3}	0	b	match	None	
a{1,3}	0	b	fullmatch	None	
a{1,3}	0	b	finditer		
a{1,3}	0	\u{17f}S	search	None	
a{1,3}	0	\u{17f}S	match	None	
a{1,3}	0	\u{17f}S	fullmatch	None	
a{1,3}	0	\u{17f}S	finditer		
a{1,3}	0	K	search	None	
a{1,3}	0	K	match	None	
a{1,3}	0	K	fullmatch	None	
a{1,3}	0	K	finditer		
a{1,3}	0	Foo foo	search@6:5	None	
a{1,3}	0	Foo foo	finditer@6:5		
a{1,3}	0	aAaA	search@3:2	None	
a{1,3}	0	aAaA	finditer@3:2		
a{1,3}	0		search@0:0	None	
a{1,3}	0		finditer@0:0		
a{1,3}?	0	a b c	search	0,1|None	
a{1,3}?	0	a b c	match	0,1|None	
a{1,3}?	0	a b c	fullmatch	None	
a{1,3}?	0	a b c	finditer	0,1|None	
a{1,3}?	0	bd cd ad	search	6,7|None	
a{1,3}?	0	bd cd ad	match	None	
a{1,3}?	0	bd cd ad	fullmatch	None	
a{1,3}?	0	bd cd ad	finditer	6,7|None	
a{1,3}?	0	ba	search	1,2|None	
a{1,3}?	0	ba	match	None	
a{1,3}?	0	ba	fullmatch	None	
a{1,3}?	0	ba	finditer	1,2|None	
a{1,3}?	0	A	search	None	
a{1,3}?	0	A	match	None	
a{1,3}?	0	A	fullmatch	None	
a{1,3}?	0	A	finditer		
a{1,3}?	0	a\nb\n	search	0,1|None	
a{1,3}?	0	a\nb\n	match	0,1|None	
a{1,3}?	0	a\nb\n	fullmatch	None	
a{1,3}?	0	a\nb\n	finditer	0,1|None	
a{1,3}?	0	the the cat	search	9,10|None	
a{1,3}?	0	the the cat	match	None	
a{1,3}?	0	the the cat	fullmatch	None	
a{1,3}?	0	the the cat	finditer	9,10|None	
a{1,3}?	0	abc	search	0,1|None	
a{1,3}?	0	abc	match	0,1|None	
a{1,3}?	0	abc	fullmatch	None	
a{1,3}?	0	abc	finditer	0,1|None	
a{1,3}?	0	hello world	search	None	
a{1,3}?	0	hello world	match	None	
a{1,3}?	0	hello world	fullmatch	None	
a{1,3}?	0	hello world	finditer		
a{1,3}?	0	hi"	search	None	
a{1,3}?	0	hi"	match	None	
a{1,3}?	0	hi"	fullmatch	None	
a{1,3}?	0	hi"	finditer		
a{1,3}?	0	john.doe@example.com	search	11,12|None	
a{1,3}?	0	john.doe@example.com	match	None	
a{1,3}?	0	john.doe@example.com	fullmatch	None	
a{1,3}?	0	john.doe@example.com	finditer	11,12|None	
a{1,3}?	0	\n	search	None	
a{1,3}?	0	\n	match	None	
a{1,3}?	0	\n	fullmatch	None	
a{1,3}?	0	\n	finditer		
a{1,3}?	0	a	search	0,1|None	
a{1,3}?	0	a	match	0,1|None	
a{1,3}?	0	a	fullmatch	0,1|None	
a{1,3}?	0	a	finditer	0,1|None	
a{1,3}?	0	aaab	search@0:3	0,1|None	
a{1,3}?	0	aaab	finditer@0:3	0,1|None 1,2|None 2,3|None	
a{1,3}?	0	\u{661}\u{662}\u{663} 45	search@2:4	None	
a{1,3}?	0	\u{661}\u{662}\u{663} 45	finditer@2:4		
a{1,3}?	0	abc	search@3:2	None	
a{1,3}?	0	abc	finditer@3:2		
a{3,1}	0		compile	re.error	min repeat greater than max repeat at position 2
a{	0	ab	search	None	
a{	0	ab	match	None	
a{	0	ab	fullmatch	None	
a{	0	ab	finditer		
a{	0	\u{c9}\u{e9}SS\u{df}	search	None	
a{	0	\u{c9}\u{e9}SS\u{df}	match	None	
a{	0	\u{c9}\u{e9}SS\u{df}	fullmatch	None	
a{	0	\u{c9}\u{e9}SS\u{df}	finditer		
a{	0	aa	search	None	
a{	0	aa	match	None	
a{	0	aa	fullmatch	None	
a{	0	aa	finditer		
a{	0	foo bar	search	None	
a{	0	foo bar	match	None	
a{	0	foo bar	fullmatch	None	
a{	0	foo bar	finditer		
a{	0	hi"	search	None	
a{	0	hi"	match	None	
a{	0	hi"	fullmatch	None	
a{	0	hi"	finditer		
a{	0	abcabc	search	None	
a{	0	abcabc	match	None	
a{	0	abcabc	fullmatch	None	
a{	0	abcabc	finditer		
a{	0	b	search	None	
a{	0	b	match	None	
a{	0	b	fullmatch	None	
a{	0	b	finditer		
a{	0	\u{3a3}\u{3c3}\u{3c2}\u{391}\u{3a9}	search	None	
a{	0	\u{3a3}\u{3c3}\u{3c2}\u{391}\u{3a9}	match	None	
a{	0	\u{3a3}\u{3c3}\u{3c2}\u{391}\u{3a9}	fullmatch	None	
a{	0	\u{3a3}\u{3c3}\u{3c2}\u{391}\u{3a9}	finditer		
a{	0	bab	search	None	
a{	0	bab	match	None	
a{	0	bab	fullmatch	None	
a{	0	bab	finditer		
a{	0	"hi"	search	None	
a{	0	"hi"	match	None	
a{	0	"hi"	fullmatch	None	
a{	0	"hi"	finditer		
a{	0	xyz	search	None	
a{	0	xyz	match	None	
a{	0	xyz	fullmatch	None	
a{	0	xyz	finditer		
a{	0	\u{17f}S	search	None	
a{	0	\u{17f}S	match	None	
a{	0	\u{17f}S	fullmatch	None	
a{	0	\u{17f}S	finditer		
a{	0	\u{65e5}\u{672c}\u{8a9e}	search@0:1	None	
a{	0	\u{65e5}\u{672c}\u{8a9e}	finditer@0:1		
a{	0	a-b c_d	search@7:4	None	
a{	0	a-b c_d	finditer@7:4		
a{	0	ae cde abe	search@8:10	None	
a{	0	ae cde abe	finditer@8:10		
a{1	0	\u{661}\u{662}\u{663} 45	search	None	
a{1	0	\u{661}\u{662}\u{663} 45	match	None	
a{1	0	\u{661}\u{662}\u{663} 45	fullmatch	None	
a{1	0	\u{661}\u{662}\u{663} 45	finditer		
a{1	0	ab\n	search	None	
a{1	0	ab\n	match	None	
a{1	0	ab\n	fullmatch	None	
a{1	0	ab\n	finditer		
a{1	0	\n	search	None	
a{1	0	\n	match	None	
a{1	0	\n	fullmatch	None	
a{1	0	\n	finditer		
a{1	0	hello world	search	None	
a{1	0	hello world	match	None	
a{1	0	hello world	fullmatch	None	
a{1	0	hello world	finditer		
a{1	0	x\ty	search	None	
a{1	0	x\ty	match	None	
a{1	0	x\ty	fullmatch	None	
a{1	0	x\ty	finditer		
a{1	0	the the cat	search	None	
a{1	0	the the cat	match	None	
a{1	0	the the cat	fullmatch	None	
a{1	0	the the cat	finditer		
a{1	0	abcde abc	search	None	
a{1	0	abcde abc	match	None	
a{1	0	abcde abc	fullmatch	None	
a{1	0	abcde abc	finditer		
a{1	0	A	search	None	
a{1	0	A	match	None	
a{1	0	A	fullmatch	None	
a{1	0	A	finditer		
a{1	0	ae cde abe	search	None	
a{1	0	ae cde abe	match	None	
a{1	0	ae cde abe	fullmatch	None	
a{1	0	ae cde abe	finditer		
a{1	0	bab	search	None	
a{1	0	bab	match	None	
a{1	0	bab	fullmatch	None	
a{1	0	bab	finditer		
a{1	0	hi"	search	None	
a{1	0	hi"	match	None	
a{1	0	hi"	fullmatch	None	
a{1	0	hi"	finditer		
a{1	0	"hi"	search	None	
a{1	0	"hi"	match	None	
a{1	0	"hi"	fullmatch	None	
a{1	0	"hi"	finditer		
a{1	0	x a\ny b	search@3:6	None	
a{1	0	x a\ny b	finditer@3:6		
a{1	0	 , a ,b	search@1:0	None	
a{1	0	 , a ,b	finditer@1:0		
a{1	0	\u{65e5}\u{672c}\u{8a9e}	search@3:0	None	
a{1	0	\u{65e5}\u{672c}\u{8a9e}	finditer@3:0		
a{1,	0	aa	search	None	
a{1,	0	aa	match	None	
a{1,	0	aa	fullmatch	None	
a{1,	0	aa	finditer		
a{1,	0	"hi"	search	None	
a{1,	0	"hi"	match	None	
a{1,	0	"hi"	fullmatch	None	
a{1,	0	"hi"	finditer		
a{1,	0	\u{e9}	search	None	
a{1,	0	\u{e9}	match	None	
a{1,	0	\u{e9}	fullmatch	None	
a{1,	0	\u{e9}	finditer		
a{1,	0	hi"	search	None	
a{1,	0	hi"	match	None	
a{1,	0	hi"	fullmatch	None	
a{1,	0	hi"	finditer		
a{1,	0	 , a ,b	search	None	
a{1,	0	 , a ,b	match	None	
a{1,	0	 , a ,b	fullmatch	None	
a{1,	0	 , a ,b	finditer		
a{1,	0	ba	search	None	
a{1,	0	ba	match	None	
a{1,	0	ba	fullmatch	None	
a{1,	0	ba	finditer		
a{1,	0	\u{65e5}\u{672c}\u{8a9e}	search	None	
a{1,	0	\u{65e5}\u{672c}\u{8a9e}	match	None	
a{1,	0	\u{65e5}\u{672c}\u{8a9e}	fullmatch	None	
a{1,	0	\u{65e5}\u{672c}\u{8a9e}	finditer		
a{1,	0	abc	search	None	
a{1,	0	abc	match	None	
a{1,	0	abc	fullmatch	None	
a{1,	0	abc	finditer		
a{1,	0	cab	search	None	
a{1,	0	cab	match	None	
a{1,	0	cab	fullmatch	None	
a{1,	0	cab	finditer		
a{1,	0	ab	search	None	
a{1,	0	ab	match	None	
a{1,	0	ab	fullmatch	None	
a{1,	0	ab	finditer		
a{1,	0	ae cde abe	search	None	
a{1,	0	ae cde abe	match	None	
a{1,	0	ae cde abe	fullmatch	None	
a{1,	0	ae cde abe	finditer		
a{1,	0	K	search	None	
a{1,	0	K	match	None	
a{1,	0	K	fullmatch	None	
a{1,	0	K	finditer		
a{1,	0	\u{c9}	search@0:1	None	
a{1,	0	\u{c9}	finditer@0:1		
a{1,	0	\u{e9}	search@1:0	None	
a{1,	0	\u{e9}	finditer@1:0		
a{1,	0	x a\ny b	search@5:6	None	
a{1,	0	x a\ny b	finditer@5:6		
a{}	0	\u{3a3}\u{3c3}\u{3c2}\u{391}\u{3a9}	search	None	
a{}	0	\u{3a3}\u{3c3}\u{3c2}\u{391}\u{3a9}	match	None	
a{}	0	\u{3a3}\u{3c3}\u{3c2}\u{391}\u{3a9}	fullmatch	None	
a{}	0	\u{3a3}\u{3c3}\u{3c2}\u{391}\u{3a9}	finditer		
a{}	0	"hi"	search	None	
a{}	0	"hi"	match	None	
a{}	0	"hi"	fullmatch	None	
a{}	0	"hi"	finditer		
a{}	0	john.doe@example.com	search	None	
a{}	0	john.doe@example.com	match	None	
a{}	0	john.doe@example.com	fullmatch	None	
a{}	0	john.doe@example.com	finditer		
a{}	0	abcd	search	None	
a{}	0	abcd	match	None	
a{}	0	abcd	fullmatch	None	
a{}	0	abcd	finditer		
a{}	0	Foo foo	search	None	
a{}	0	Foo foo	match	None	
a{}	0	Foo foo	fullmatch	None	
a{}	0	Foo foo	finditer		
a{}	0	\u{c9}	search	None	
a{}	0	\u{c9}	match	None	
a{}	0	\u{c9}	fullmatch	None	
a{}	0	\u{c9}	finditer		
a{}	0	abcde abc	search	None	
a{}	0	abcde abc	match	None	
a{}	0	abcde abc	fullmatch	None	
a{}	0	abcde abc	finditer		
a{}	0	a	search	None	
a{}	0	a	match	None	
a{}	0	a	fullmatch	None	
a{}	0	a	finditer		
a{}	0	\n	search	None	
a{}	0	\n	match	None	
a{}	0	\n	fullmatch	None	
a{}	0	\n	finditer		
a{}	0	b	search	None	
a{}	0	b	match	None	
a{}	0	b	fullmatch	None	
a{}	0	b	finditer		
a{}	0	aAaA	search	None	
a{}	0	aAaA	match	None	
a{}	0	aAaA	fullmatch	None	
a{}	0	aAaA	finditer		
a{}	0	aa	search	None	
a{}	0	aa	match	None	
a{}	0	aa	fullmatch	None	
a{}	0	aa	finditer		
a{}	0	Foo foo	search@0:4	None	
a{}	0	Foo foo	finditer@0:4		
a{}	0	bab	search@2:2	None	
a{}	0	bab	finditer@2:2		
a{}	0	AbC	search@1:3	None	
a{}	0	AbC	finditer@1:3		
a{}	2	abcd	search	None	
a{}	2	abcd	match	None	
a{}	2	abcd	fullmatch	None	
a{}	2	abcd	finditer		
a{}	2	\u{65e5}\u{672c}\u{8a9e}	search	None	
a{}	2	\u{65e5}\u{672c}\u{8a9e}	match	None	
a{}	2	\u{65e5}\u{672c}\u{8a9e}	fullmatch	None	
a{}	2	\u{65e5}\u{672c}\u{8a9e}	finditer		
a{}	2	a-b c_d	search	None	
a{}	2	a-b c_d	match	None	
a{}	2	a-b c_d	fullmatch	None	
a{}	2	a-b c_d	finditer		
a{}	2	ba	search	None	
a{}	2	ba	match	None	
a{}	2	ba	fullmatch	None	
a{}	2	ba	finditer		
a{}	2	\u{661}\u{662}\u{663} 45	search	None	
a{}	2	\u{661}\u{662}\u{663} 45	match	None	
a{}	2	\u{661}\u{662}\u{663} 45	fullmatch	None	
a{}	2	\u{661}\u{662}\u{663} 45	finditer		
a{}	2	abcde abc	search	None	
a{}	2	abcde abc	match	None	
a{}	2	abcde abc	fullmatch	None	
a{}	2	abcde abc	finditer		
a{}	2	\n	search	None	
a{}	2	\n	match	None	
a{}	2	\n	fullmatch	None	
a{}	2	\n	finditer		
a{}	2	Foo foo	search	None	
a{}	2	Foo foo	match	None	
a{}	2	Foo foo	fullmatch	None	
a{}	2	Foo foo	finditer		
a{}	2	"hi"	search	None	
a{}	2	"hi"	match	None	
a{}	2	"hi"	fullmatch	None	
a{}	2	"hi"	finditer		
a{}	2	\u{c9}\u{e9}SS\u{df}	search	None	
a{}	2	\u{c9}\u{e9}SS\u{df}	match	None	
a{}	2	\u{c9}\u{e9}SS\u{df}	fullmatch	None	
a{}	2	\u{c9}\u{e9}SS\u{df}	finditer		
a{}	2	a	search	None	
a{}	2	a	match	None	
a{}	2	a	fullmatch	None	
a{}	2	a	finditer		
a{}	2	the the cat	search	None	
a{}	2	the the cat	match	None	
a{}	2	the the cat	fullmatch	None	
a{}	2	the the cat	finditer		
a{}	2	aAaA	search@4:1	None	
a{}	2	aAaA	finditer@4:1		
a{}	2	\u{c9}	search@0:0	None	
a{}	2	\u{c9}	finditer@0:0		
a{}	2	"hi"	search@4:1	None	
a{}	2	"hi"	finditer@4:1		
a{,}	0	abcde abc	search	0,1|None	
a{,}	0	abcde abc	match	0,1|None	
a{,}	0	abcde abc	fullmatch	None	
a{,}	0	abcde abc	finditer	0,1|None 1,1|None 2,2|None 3,3|None 4,4|None 5,5|None 6,7|None 7,7|None 8,8|None 9,9|None	
a{,}	0	a-b c_d	search	0,1|None	
a{,}	0	a-b c_d	match	0,1|None	
a{,}	0	a-b c_d	fullmatch	None	
a{,}	0	a-b c_d	finditer	0,1|None 1,1|None 2,2|None 3,3|None 4,4|None 5,5|None 6,6|None 7,7|None	
a{,}	0	b	search	0,0|None	
a{,}	0	b	match	0,0|None	
a{,}	0	b	fullmatch	None	
a{,}	0	b	finditer	0,0|None 1,1|None	
a{,}	0	AbC	search	0,0|None	
a{,}	0	AbC	match	0,0|None	
a{,}	0	AbC	fullmatch	None	
a{,}	0	AbC	finditer	0,0|None 1,1|None 2,2|None 3,3|None	
a{,}	0	aAaA	search	0,1|None	
a{,}	0	aAaA	match	0,1|None	
a{,}	0	aAaA	fullmatch	None	
a{,}	0	aAaA	finditer	0,1|None 1,1|None 2,3|None 3,3|None 4,4|None	
a{,}	0	aaab	search	0,3|None	
a{,}	0	aaab	match	0,3|None	
a{,}	0	aaab	fullmatch	None	
a{,}	0	aaab	finditer	0,3|None 3,3|None 4,4|None	
a{,}	0	foo bar	search	0,0|None	
a{,}	0	foo bar	match	0,0|None	
a{,}	0	foo bar	fullmatch	None	
a{,}	0	foo bar	finditer	0,0|None 1,1|None 2,2|None 3,3|None 4,4|None 5,6|None 6,6|None 7,7|None	
a{,}	0	john.doe@example.com	search	0,0|None	
a{,}	0	john.doe@example.com	match	0,0|None	
a{,}	0	john.doe@example.com	fullmatch	None	
a{,}	0	john.doe@example.com	finditer	0,0|None 1,1|None 2,2|None 3,3|None 4,4|None 5,5|None 6,6|None 7,7|None 8,8|None 9,9|None 10,10|None 11,12|None 12,12|None 13,13|None 14,14|None 15,15|None 16,16|None 17,17|None 18,18|None 19,19|None 20,20|None	
a{,}	0	xyz	search	0,0|None	
a{,}	0	xyz	match	0,0|None	
a{,}	0	xyz	fullmatch	None	
a{,}	0	xyz	finditer	0,0|None 1,1|None 2,2|None 3,3|None	
a{,}	0	ababab	search	0,1|None	
a{,}	0	ababab	match	0,1|None	
a{,}	0	ababab	fullmatch	None	
a{,}	0	ababab	finditer	0,1|None 1,1|None 2,3|None 3,3|None 4,5|None 5,5|None 6,6|None	
a{,}	0	Foo foo	search	0,0|None	
a{,}	0	Foo foo	match	0,0|None	
a{,}	0	Foo foo	fullmatch	None	
a{,}	0	Foo foo	finditer	0,0|None 1,1|None 2,2|None 3,3|None 4,4|None 5,5|None 6,6|None 7,7|None	
a{,}	0	A	search	0,0|None	
a{,}	0	A	match	0,0|None	
a{,}	0	A	fullmatch	None	
a{,}	0	A	finditer	0,0|None 1,1|None	
a{,}	0	Foo foo	search@3:2	None	
a{,}	0	Foo foo	finditer@3:2		
a{,}	0	abcd	search@0:2	0,1|None	
a{,}	0	abcd	finditer@0:2	0,1|None 1,1|None 2,2|None	
a{,}	0	b	search@1:0	None	
a{,}	0	b	finditer@1:0		
a{,}	2	\u{c9}\u{e9}SS\u{df}	search	0,0|None	
a{,}	2	\u{c9}\u{e9}SS\u{df}	match	0,0|None	
a{,}	2	\u{c9}\u{e9}SS\u{df}	fullmatch	None	
a{,}	2	\u{c9}\u{e9}SS\u{df}	finditer	0,0|None 1,1|None 2,2|None 3,3|None 4,4|None 5,5|None	
a{,}	2	\u{c9}	search	0,0|None	
a{,}	2	\u{c9}	match	0,0|None	
a{,}	2	\u{c9}	fullmatch	None	
a{,}	2	\u{c9}	finditer	0,0|None 1,1|None	
a{,}	2	hi"	search	0,0|None	
a{,}	2	hi"	match	0,0|None	
a{,}	2	hi"	fullmatch	None	
a{,}	2	hi"	finditer	0,0|None 1,1|None 2,2|None 3,3|None	
a{,}	2	b	search	0,0|None	
a{,}	2	b	match	0,0|None	
a{,}	2	b	fullmatch	None	
a{,}	2	b	finditer	0,0|None 1,1|None	
a{,}	2	Foo foo	search	0,0|None	
a{,}	2	Foo foo	match	0,0|None	
a{,}	2	Foo foo	fullmatch	None	
a{,}	2	Foo foo	finditer	0,0|None 1,1|None 2,2|None 3,3|None 4,4|None 5,5|None 6,6|None 7,7|None	
a{,}	2	\u{e9}	search	0,0|None	
a{,}	2	\u{e9}	match	0,0|None	
a{,}	2	\u{e9}	fullmatch	None	
a{,}	2	\u{e9}	finditer	0,0|None 1,1|None	
a{,}	2	aAaA	search	0,4|None	
a{,}	2	aAaA	match	0,4|None	
a{,}	2	aAaA	fullmatch	0,4|None	
a{,}	2	aAaA	finditer	0,4|None 4,4|None	
a{,}	2	a	search	0,1|None	
a{,}	2	a	match	0,1|None	
a{,}	2	a	fullmatch	0,1|None	
a{,}	2	a	finditer	0,1|None 1,1|None	
a{,}	2	abcd	search	0,1|None	
a{,}	2	abcd	match	0,1|None	
a{,}	2	abcd	fullmatch	None	
a{,}	2	abcd	finditer	0,1|None 1,1|None 2,2|None 3,3|None 4,4|None	
a{,}	2	ababab	search	0,1|None	
a{,}	2	ababab	match	0,1|None	
a{,}	2	ababab	fullmatch	None	
a{,}	2	ababab	finditer	0,1|None 1,1|None 2,3|None 3,3|None 4,5|None 5,5|None 6,6|None	
a{,}	2	 , a ,b	search	0,0|None	
a{,}	2	 , a ,b	match	0,0|None	
a{,}	2	 , a ,b	fullmatch	None	
a{,}	2	 , a ,b	finditer	0,0|None 1,1|None 2,2|None 3,4|None 4,4|None 5,5|None 6,6|None 7,7|None	
a{,}	2	aaab	search	0,3|None	
a{,}	2	aaab	match	0,3|None	
a{,}	2	aaab	fullmatch	None	
a{,}	2	aaab	finditer	0,3|None 3,3|None 4,4|None	
a{,}	2	2024-01-15	search@8:10	8,8|None	
a{,}	2	2024-01-15	finditer@8:10	8,8|None 9,9|None 10,10|None	
a{,}	2	ba	search@1:2	1,2|None	
a{,}	2	ba	finditer@1:2	1,2|None 2,2|None	
a{,}	2	bd cd ad	search@3:1	None	
a{,}	2	bd cd ad	finditer@3:1		
x{2}y	0	a	search	None	
x{2}y	0	a	match	None	
x{2}y	0	a	fullmatch	None	
x{2}y	0	a	finditer		
x{2}y	0	aa	search	None	
x{2}y	0	aa	match	None	
x{2}y	0	aa	fullmatch	None	
x{2}y	0	aa	finditer		
x{2}y	0	ab\n	search	None	
x{2}y	0	ab\n	match	None	
x{2}y	0	ab\n	fullmatch	None	
x{2}y	0	ab\n	finditer		
x{2}y	0	abcde abc	search	None	
x{2}y	0	abcde abc	match	None	
x{2}y	0	abcde abc	fullmatch	None	
x{2}y	0	abcde abc	finditer		
x{2}y	0	\u{661}\u{662}\u{663} 45	search	None	
x{2}y	0	\u{661}\u{662}\u{663} 45	match	None	
x{2}y	0	\u{661}\u{662}\u{663} 45	fullmatch	None	
x{2}y	0	\u{661}\u{662}\u{663} 45	finditer		
x{2}y	0	 , a ,b	search	None	
x{2}y	0	 , a ,b	match	None	
x{2}y	0	 , a ,b	fullmatch	None	
x{2}y	0	 , a ,b	finditer		
x{2}y	0	\u{3a3}\u{3c3}\u{3c2}\u{391}\u{3a9}	search	None	
x{2}y	0	\u{3a3}\u{3c3}\u{3c2}\u{391}\u{3a9}	match	None	
x{2}y	0	\u{3a3}\u{3c3}\u{3c2}\u{391}\u{3a9}	fullmatch	None	
x{2}y	0	\u{3a3}\u{3c3}\u{3c2}\u{391}\u{3a9}	finditer		
x{2}y	0	bab	search	None	
x{2}y	0	bab	match	None	
x{2}y	0	bab	fullmatch	None	
x{2}y	0	bab	finditer		
x{2}y	0	Foo foo	search	None	
x{2}y	0	Foo foo	match	None	
x{2}y	0	Foo foo	fullmatch	None	
x{2}y	0	Foo foo	finditer		
x{2}y	0	foo bar	search	None	
x{2}y	0	foo bar	match	None	
x{2}y	0	foo bar	fullmatch	None	
x{2}y	0	foo bar	finditer		
x{2}y	0	ba	search	None	
x{2}y	0	ba	match	None	
x{2}y	0	ba	fullmatch	None	
x{2}y	0	ba	finditer		
x{2}y	0	A	search	None	
x{2}y	0	A	match	None	
x{2}y	0	A	fullmatch	None	
x{2}y	0	A	finditer		
x{2}y	0	foo bar	search@1:0	None	
x{2}y	0	foo bar	finditer@1:0		
x{2}y	0	cab	search@1:3	None	
x{2}y	0	cab	finditer@1:3		
x{2}y	0	12 345 6	search@1:1	None	
x{2}y	0	12 345 6	finditer@1:1		
.	0	K	search	0,1|None	
.	0	K	match	0,1|None	
.	0	K	fullmatch	0,1|None	
.	0	K	finditer	0,1|None	
.	0	\u{c9}\u{e9}SS\u{df}	search	0,1|None	
.	0	\u{c9}\u{e9}SS\u{df}	match	0,1|None	
.	0	\u{c9}\u{e9}SS\u{df}	fullmatch	None	
.	0	\u{c9}\u{e9}SS\u{df}	finditer	0,1|None 1,2|None 2,3|None 3,4|None 4,5|None	
.	0	\u{661}\u{662}\u{663} 45	search	0,1|None	
.	0	\u{661}\u{662}\u{663} 45	match	0,1|None	
.	0	\u{661}\u{662}\u{663} 45	fullmatch	None	
.	0	\u{661}\u{662}\u{663} 45	finditer	0,1|None 1,2|None 2,3|None 3,4|None 4,5|None 5,6|None	
.	0	aaab	search	0,1|None	
.	0	aaab	match	0,1|None	
.	0	aaab	fullmatch	None	
.	0	aaab	finditer	0,1|None 1,2|None 2,3|None 3,4|None	
.	0	abcdefghijkk	search	0,1|None	
.	0	abcdefghijkk	match	0,1|None	
.	0	abcdefghijkk	fullmatch	None	
.	0	abcdefghijkk	finditer	0,1|None 1,2|None 2,3|None 3,4|None 4,5|None 5,6|None 6,7|None 7,8|None 8,9|None 9,10|None 10,11|None 11,12|None	
.	0	A	search	0,1|None	
.	0	A	match	0,1|None	
.	0	A	fullmatch	0,1|None	
.	0	A	finditer	0,1|None	
.	0	xyz	search	0,1|None	
.	0	xyz	match	0,1|None	
.	0	xyz	fullmatch	None	
.	0	xyz	finditer	0,1|None 1,2|None 2,3|None	
.	0	2024-01-15	search	0,1|None	
.	0	2024-01-15	match	0,1|None	
.	0	2024-01-15	fullmatch	None	
.	0	2024-01-15	finditer	0,1|None 1,2|None 2,3|None 3,4|None 4,5|None 5,6|None 6,7|None 7,8|None 8,9|None 9,10|None	
.	0		search	None	
.	0		match	None	
.	0		fullmatch	None	
.	0		finditer		
.	0	aa	search	0,1|None	
.	0	aa	match	0,1|None	
.	0	aa	fullmatch	None	
.	0	aa	finditer	0,1|None 1,2|None	
.	0	Foo foo	search	0,1|None	
.	0	Foo foo	match	0,1|None	
.	0	Foo foo	fullmatch	None	
.	0	Foo foo	finditer	0,1|None 1,2|None 2,3|None 3,4|None 4,5|None 5,6|None 6,7|None	
.	0	foo bar	search	0,1|None	
.	0	foo bar	match	0,1|None	
.	0	foo bar	fullmatch	None	
.	0	foo bar	finditer	0,1|None 1,2|None 2,3|None 3,4|None 4,5|None 5,6|None 6,7|None	
.	0	\u{c9}	search@1:1	None	
.	0	\u{c9}	finditer@1:1		
.	0	K	search@0:0	None	
.	0	K	finditer@0:0		
.	0	2024-01-15	search@1:8	1,2|None	
.	0	2024-01-15	finditer@1:8	1,2|None 2,3|None 3,4|None 4,5|None 5,6|None 6,7|None 7,8|None	
.*	0	john.doe@example.com	search	0,20|None	
.*	0	john.doe@example.com	match	0,20|None	
.*	0	john.doe@example.com	fullmatch	0,20|None	
.*	0	john.doe@example.com	finditer	0,20|None 20,20|None	
.*	0	abc	search	0,3|None	
.*	0	abc	match	0,3|None	
.*	0	abc	fullmatch	0,3|None	
.*	0	abc	finditer	0,3|None 3,3|None	
.*	0	bd cd ad	search	0,8|None	
.*	0	bd cd ad	match	0,8|None	
.*	0	bd cd ad	fullmatch	0,8|None	
.*	0	bd cd ad	finditer	0,8|None 8,8|None	
.*	0	aAaA	search	0,4|None	
.*	0	aAaA	match	0,4|None	
.*	0	aAaA	fullmatch	0,4|None	
.*	0	aAaA	finditer	0,4|None 4,4|None	
.*	0	\u{e9}	search	0,1|None	
.*	0	\u{e9}	match	0,1|None	
.*	0	\u{e9}	fullmatch	0,1|None	
.*	0	\u{e9}	finditer	0,1|None 1,1|None	
.*	0	 , a ,b	search	0,7|None	
.*	0	 , a ,b	match	0,7|None	
.*	0	 , a ,b	fullmatch	0,7|None	
.*	0	 , a ,b	finditer	0,7|None 7,7|None	
.*	0	xyz	search	0,3|None	
.*	0	xyz	match	0,3|None	
.*	0	xyz	fullmatch	0,3|None	
.*	0	xyz	finditer	0,3|None 3,3|None	
.*	0	Foo foo	search	0,7|None	
.*	0	Foo foo	match	0,7|None	
.*	0	Foo foo	fullmatch	0,7|None	
.*	0	Foo foo	finditer	0,7|None 7,7|None	
.*	0	\u{661}\u{662}\u{663} 45	search	0,6|None	
.*	0	\u{661}\u{662}\u{663} 45	match	0,6|None	
.*	0	\u{661}\u{662}\u{663} 45	fullmatch	0,6|None	
.*	0	\u{661}\u{662}\u{663} 45	finditer	0,6|None 6,6|None	
.*	0	a-b c_d	search	0,7|None	
.*	0	a-b c_d	match	0,7|None	
.*	0	a-b c_d	fullmatch	0,7|None	
.*	0	a-b c_d	finditer	0,7|None 7,7|None	
.*	0	abcabc	search	0,6|None	
.*	0	abcabc	match	0,6|None	
.*	0	abcabc	fullmatch	0,6|None	
.*	0	abcabc	finditer	0,6|None 6,6|None	
.*	0	\n	search	0,0|None	
.*	0	\n	match	0,0|None	
.*	0	\n	fullmatch	None	
.*	0	\n	finditer	0,0|None 1,1|None	
.*	0	x a\ny b	search@2:6	2,3|None	
.*	0	x a\ny b	finditer@2:6	2,3|None 3,3|None 4,6|None 6,6|None	
.*	0	ba	search@0:1	0,1|None	
.*	0	ba	finditer@0:1	0,1|None 1,1|None	
.*	0	abcdefghija0	search@8:11	8,11|None	
.*	0	abcdefghija0	finditer@8:11	8,11|None 11,11|None	
.+?	0	\u{c9}\u{e9}SS\u{df}	search	0,1|None	
.+?	0	\u{c9}\u{e9}SS\u{df}	match	0,1|None	
.+?	0	\u{c9}\u{e9}SS\u{df}	fullmatch	0,5|None	
.+?	0	\u{c9}\u{e9}SS\u{df}	finditer	0,1|None 1,2|None 2,3|None 3,4|None 4,5|None	
.+?	0	foo bar	search	0,1|None	
.+?	0	foo bar	match	0,1|None	
.+?	0	foo bar	fullmatch	0,7|None	
.+?	0	foo bar	finditer	0,1|None 1,2|None 2,3|None 3,4|None 4,5|None 5,6|None 6,7|None	
.+?	0	\u{e9}	search	0,1|None	
.+?	0	\u{e9}	match	0,1|None	
.+?	0	\u{e9}	fullmatch	0,1|None	
.+?	0	\u{e9}	finditer	0,1|None	
.+?	0	A	search	0,1|None	
.+?	0	A	match	0,1|None	
.+?	0	A	fullmatch	0,1|None	
.+?	0	A	finditer	0,1|None	
.+?	0	abcdefghijkk	search	0,1|None	
.+?	0	abcdefghijkk	match	0,1|None	
.+?	0	abcdefghijkk	fullmatch	0,12|None	
.+?	0	abcdefghijkk	finditer	0,1|None 1,2|None 2,3|None 3,4|None 4,5|None 5,6|None 6,7|None 7,8|None 8,9|None 9,10|None 10,11|None 11,12|None	
.+?	0	ab	search	0,1|None	
.+?	0	ab	match	0,1|None	
.+?	0	ab	fullmatch	0,2|None	
.+?	0	ab	finditer	0,1|None 1,2|None	
.+?	0	abcabc	search	0,1|None	
.+?	0	abcabc	match	0,1|None	
.+?	0	abcabc	fullmatch	0,6|None	
.+?	0	abcabc	finditer	0,1|None 1,2|None 2,3|None 3,4|None 4,5|None 5,6|None	
.+?	0	hello world	search	0,1|None	
.+?	0	hello world	match	0,1|None	
.+?	0	hello world	fullmatch	0,11|None	
.+?	0	hello world	finditer	0,1|None 1,2|None 2,3|None 3,4|None 4,5|None 5,6|None 6,7|None 7,8|None 8,9|None 9,10|None 10,11|None	
.+?	0	\u{3a3}\u{3c3}\u{3c2}\u{391}\u{3a9}	search	0,1|None	
.+?	0	\u{3a3}\u{3c3}\u{3c2}\u{391}\u{3a9}	match	0,1|None	
.+?	0	\u{3a3}\u{3c3}\u{3c2}\u{391}\u{3a9}	fullmatch	0,5|None	
.+?	0	\u{3a3}\u{3c3}\u{3c2}\u{391}\u{3a9}	finditer	0,1|None 1,2|None 2,3|None 3,4|None 4,5|None	
.+?	0	abcd	search	0,1|None	
.+?	0	abcd	match	0,1|None	
.+?	0	abcd	fullmatch	0,4|None	
.+?	0	abcd	finditer	0,1|None 1,2|None 2,3|None 3,4|None	
.+?	0		search	None	
.+?	0		match	None	
.+?	0		fullmatch	None	
.+?	0		finditer		
.+?	0	aaab	search	0,1|None	
.+?	0	aaab	match	0,1|None	
.+?	0	aaab	fullmatch	0,4|None	
.+?	0	aaab	finditer	0,1|None 1,2|None 2,3|None 3,4|None	
.+?	0	aAaA	search@1:2	1,2|None	
.+?	0	aAaA	finditer@1:2	1,2|None	
.+?	0	abcde abc	search@4:5	4,5|None	
.+?	0	abcde abc	finditer@4:5	4,5|None	
.+?	0	aaa	search@1:3	1,2|None	
.+?	0	aaa	finditer@1:3	1,2|None 2,3|None	
(?s).	0	hi"	search	0,1|None	
(?s).	0	hi"	match	0,1|None	
(?s).	0	hi"	fullmatch	None	
(?s).	0	hi"	finditer	0,1|None 1,2|None 2,3|None	
(?s).	0	ab	search	0,1|None	
(?s).	0	ab	match	0,1|None	
(?s).	0	ab	fullmatch	None	
(?s).	0	ab	finditer	0,1|None 1,2|None	
(?s).	0	the the cat	search	0,1|None	
(?s).	0	the the cat	match	0,1|None	
(?s).	0	the the cat	fullmatch	None	
(?s).	0	the the cat	finditer	0,1|None 1,2|None 2,3|None 3,4|None 4,5|None 5,6|None 6,7|None 7,8|None 8,9|None 9,10|None 10,11|None	
(?s).	0	\u{661}\u{662}\u{663} 45	search	0,1|None	
(?s).	0	\u{661}\u{662}\u{663} 45	match	0,1|None	
(?s).	0	\u{661}\u{662}\u{663} 45	fullmatch	None	
(?s).	0	\u{661}\u{662}\u{663} 45	finditer	0,1|None 1,2|None 2,3|None 3,4|None 4,5|None 5,6|None	
(?s).	0	\u{65e5}\u{672c}\u{8a9e}	search	0,1|None	
(?s).	0	\u{65e5}\u{672c}\u{8a9e}	match	0,1|None	
(?s).	0	\u{65e5}\u{672c}\u{8a9e}	fullmatch	None	
(?s).	0	\u{65e5}\u{672c}\u{8a9e}	finditer	0,1|None 1,2|None 2,3|None	
(?s).	0	a b c	search	0,1|None	
(?s).	0	a b c	match	0,1|None	
(?s).	0	a b c	fullmatch	None	
(?s).	0	a b c	finditer	0,1|None 1,2|None 2,3|None 3,4|None 4,5|None	
(?s).	0	A	search	0,1|None	
(?s).	0	A	match	0,1|None	
(?s).	0	A	fullmatch	0,1|None	
(?s).	0	A	finditer	0,1|None	
(?s).	0	ba	search	0,1|None	
(?s).	0	ba	match	0,1|None	
(?s).	0	ba	fullmatch	None	
(?s).	0	ba	finditer	0,1|None 1,2|None	
(?s).	0	\u{e9}	search	0,1|None	
(?s).	0	\u{e9}	match	0,1|None	
(?s).	0	\u{e9}	fullmatch	0,1|None	
(?s).	0	\u{e9}	finditer	0,1|None	
(?s).	0	 , a ,b	search	0,1|None	
(?s).	0	 , a ,b	match	0,1|None	
(?s).	0	 , a ,b	fullmatch	None	
(?s).	0	 , a ,b	finditer	0,1|None 1,2|None 2,3|None 3,4|None 4,5|None 5,6|None 6,7|None	
(?s).	0	a	search	0,1|None	
(?s).	0	a	match	0,1|None	
(?s).	0	a	fullmatch	0,1|None	
(?s).	0	a	finditer	0,1|None	
(?s).	0	aAaA	search	0,1|None	
(?s).	0	aAaA	match	0,1|None	
(?s).	0	aAaA	fullmatch	None	
(?s).	0	aAaA	finditer	0,1|None 1,2|None 2,3|None 3,4|None	
(?s).	0	abcde abc	search@3:4	3,4|None	
(?s).	0	abcde abc	finditer@3:4	3,4|None	
(?s).	0	abcd	search@3:3	None	
(?s).	0	abcd	finditer@3:3		
(?s).	0	abcdefghija0	search@8:0	None	
(?s).	0	abcdefghija0	finditer@8:0		
^a	0	a b c	search	0,1|None	
^a	0	a b c	match	0,1|None	
^a	0	a b c	fullmatch	None	
^a	0	a b c	finditer	0,1|None	
^a	0	the the cat	search	None	
^a	0	the the cat	match	None	
^a	0	the the cat	fullmatch	None	
^a	0	the the cat	finditer		
^a	0		search	None	
^a	0		match	None	
^a	0		fullmatch	None	
^a	0		finditer		
^a	0	abcd	search	0,1|None	
^a	0	abcd	match	0,1|None	
^a	0	abcd	fullmatch	None	
^a	0	abcd	finditer	0,1|None	
^a	0	\n	search	None	
^a	0	\n	match	None	
^a	0	\n	fullmatch	None	
^a	0	\n	finditer		
^a	0	ababab	search	0,1|None	
^a	0	ababab	match	0,1|None	
^a	0	ababab	fullmatch	None	
^a	0	ababab	finditer	0,1|None	
^a	0	x a\ny b	search	None	
^a	0	x a\ny b	match	None	
^a	0	x a\ny b	fullmatch	None	
^a	0	x a\ny b	finditer		
^a	0	abcabc	search	0,1|None	
^a	0	abcabc	match	0,1|None	
^a	0	abcabc	fullmatch	None	
^a	0	abcabc	finditer	0,1|None	
^a	0	ab\n	search	0,1|None	
^a	0	ab\n	match	0,1|None	
^a	0	ab\n	fullmatch	None	
^a	0	ab\n	finditer	0,1|None	
^a	0	hi"	search	None	
^a	0	hi"	match	None	
^a	0	hi"	fullmatch	None	
^a	0	hi"	finditer		
^a	0	\u{661}\u{662}\u{663} 45	search	None	
^a	0	\u{661}\u{662}\u{663} 45	match	None	
^a	0	\u{661}\u{662}\u{663} 45	fullmatch	None	
^a	0	\u{661}\u{662}\u{663} 45	finditer		
^a	0	\u{c9}	search	None	
^a	0	\u{c9}	match	None	
^a	0	\u{c9}	fullmatch	None	
^a	0	\u{c9}	finditer		
^a	0	"hi"	search@3:0	None	
^a	0	"hi"	finditer@3:0		
^a	0	 , a ,b	search@0:6	None	
^a	0	 , a ,b	finditer@0:6		
^a	0	abcd	search@1:3	None	
^a	0	abcd	finditer@1:3		
a$	0	cab	search	None	
a$	0	cab	match	None	
a$	0	cab	fullmatch	None	
a$	0	cab	finditer		
a$	0	\u{65e5}\u{672c}\u{8a9e}	search	None	
a$	0	\u{65e5}\u{672c}\u{8a9e}	match	None	
a$	0	\u{65e5}\u{672c}\u{8a9e}	fullmatch	None	
a$	0	\u{65e5}\u{672c}\u{8a9e}	finditer		
a$	0	hi"	search	None	
a$	0	hi"	match	None	
a$	0	hi"	fullmatch	None	
a$	0	hi"	finditer		
a$	0	abcde abc	search	None	
a$	0	abcde abc	match	None	
a$	0	abcde abc	fullmatch	None	
a$	0	abcde abc	finditer		
a$	0	xyz	search	None	
a$	0	xyz	match	None	
a$	0	xyz	fullmatch	None	
a$	0	xyz	finditer		
a$	0	aaa	search	2,3|None	
a$	0	aaa	match	None	
a$	0	aaa	fullmatch	None	
a$	0	aaa	finditer	2,3|None	
a$	0	\u{c9}\u{e9}SS\u{df}	search	None	
a$	0	\u{c9}\u{e9}SS\u{df}	match	None	
a$	0	\u{c9}\u{e9}SS\u{df}	fullmatch	None	
a$	0	\u{c9}\u{e9}SS\u{df}	finditer		
a$	0	abcdefghijkk	search	None	
a$	0	abcdefghijkk	match	None	
a$	0	abcdefghijkk	fullmatch	None	
a$	0	abcdefghijkk	finditer		
a$	0	\u{c9}	search	None	
a$	0	\u{c9}	match	None	
a$	0	\u{c9}	fullmatch	None	
a$	0	\u{c9}	finditer		
a$	0	12 345 6	search	None	
a$	0	12 345 6	match	None	
a$	0	12 345 6	fullmatch	None	
a$	0	12 345 6	finditer		
a$	0	"hi"	search	None	
a$	0	"hi"	match	None	
a$	0	"hi"	fullmatch	None	
a$	0	"hi"	finditer		
a$	0	\u{e9}	search	None	
a$	0	\u{e9}	match	None	
a$	0	\u{e9}	fullmatch	None	
a$	0	\u{e9}	finditer		
a$	0	xyz	search@2:3	None	
a$	0	xyz	finditer@2:3		
a$	0	hello world	search@10:4	None	
a$	0	hello world	finditer@10:4		
a$	0	2024-01-15	search@8:4	None	
a$	0	2024-01-15	finditer@8:4		
^$	0	abcdefghija0	search	None	
^$	0	abcdefghija0	match	None	
^$	0	abcdefghija0	fullmatch	None	
^$	0	abcdefghija0	finditer		
^$	0	12 345 6	search	None	
^$	0	12 345 6	match	None	
^$	0	12 345 6	fullmatch	None	
^$	0	12 345 6	finditer		
^$	0	a	search	None	
^$	0	a	match	None	
^$	0	a	fullmatch	None	
^$	0	a	finditer		
^$	0		search	0,0|None	
^$	0		match	0,0|None	
^$	0		fullmatch	0,0|None	
^$	0		finditer	0,0|None	
^$	0	a\nb\n	search	None	
^$	0	a\nb\n	match	None	
^$	0	a\nb\n	fullmatch	None	
^$	0	a\nb\n	finditer		
^$	0	a-b c_d	search	None	
^$	0	a-b c_d	match	None	
^$	0	a-b c_d	fullmatch	None	
^$	0	a-b c_d	finditer		
^$	0	aa	search	None	
^$	0	aa	match	None	
^$	0	aa	fullmatch	None	
^$	0	aa	finditer		
^$	0	aAaA	search	None	
^$	0	aAaA	match	None	
^$	0	aAaA	fullmatch	None	
^$	0	aAaA	finditer		
^$	0	cab	search	None	
^$	0	cab	match	None	
^$	0	cab	fullmatch	None	
^$	0	cab	finditer		
^$	0	\u{c9}	search	None	
^$	0	\u{c9}	match	None	
^$	0	\u{c9}	fullmatch	None	
^$	0	\u{c9}	finditer		
^$	0	the the cat	search	None	
^$	0	the the cat	match	None	
^$	0	the the cat	fullmatch	None	
^$	0	the the cat	finditer		
^$	0	aaa	search	None	
^$	0	aaa	match	None	
^$	0	aaa	fullmatch	None	
^$	0	aaa	finditer		
^$	0	john.doe@example.com	search@1:18	None	
^$	0	john.doe@example.com	finditer@1:18		
^$	0	abcdefghija0	search@11:5	None	
^$	0	abcdefghija0	finditer@11:5		
^$	0	\u{e9}	search@0:0	0,0|None	
^$	0	\u{e9}	finditer@0:0	0,0|None	
(?m)^a	0	\u{3a3}\u{3c3}\u{3c2}\u{391}\u{3a9}	search	None	
(?m)^a	0	\u{3a3}\u{3c3}\u{3c2}\u{391}\u{3a9}	match	None	
(?m)^a	0	\u{3a3}\u{3c3}\u{3c2}\u{391}\u{3a9}	fullmatch	None	
(?m)^a	0	\u{3a3}\u{3c3}\u{3c2}\u{391}\u{3a9}	finditer		
(?m)^a	0	\n	search	None	
(?m)^a	0	\n	match	None	
(?m)^a	0	\n	fullmatch	None	
(?m)^a	0	\n	finditer		
(?m)^a	0	a\nb\n	search	0,1|None	
(?m)^a	0	a\nb\n	match	0,1|None	
(?m)^a	0	a\nb\n	fullmatch	None	
(?m)^a	0	a\nb\n	finditer	0,1|None	
(?m)^a	0	aa	search	0,1|None	
(?m)^a	0	aa	match	0,1|None	
(?m)^a	0	aa	fullmatch	None	
(?m)^a	0	aa	finditer	0,1|None	
(?m)^a	0	"hi"	search	None	
(?m)^a	0	"hi"	match	None	
(?m)^a	0	"hi"	fullmatch	None	
(?m)^a	0	"hi"	finditer		
(?m)^a	0	abcd	search	0,1|None	
(?m)^a	0	abcd	match	0,1|None	
(?m)^a	0	abcd	fullmatch	None	
(?m)^a	0	abcd	finditer	0,1|None	
(?m)^a	0	K	search	None	
(?m)^a	0	K	match	None	
(?m)^a	0	K	fullmatch	None	
(?m)^a	0	K	finditer		
(?m)^a	0	bab	search	None	
(?m)^a	0	bab	match	None	
(?m)^a	0	bab	fullmatch	None	
(?m)^a	0	bab	finditer		
(?m)^a	0	bd cd ad	search	None	
(?m)^a	0	bd cd ad	match	None	
(?m)^a	0	bd cd ad	fullmatch	None	
(?m)^a	0	bd cd ad	finditer		
(?m)^a	0	xyz	search	None	
(?m)^a	0	xyz	match	None	
(?m)^a	0	xyz	fullmatch	None	
(?m)^a	0	xyz	finditer		
(?m)^a	0	ba	search	None	
(?m)^a	0	ba	match	None	
(?m)^a	0	ba	fullmatch	None	
(?m)^a	0	ba	finditer		
(?m)^a	0	aaa	search	0,1|None	
(?m)^a	0	aaa	match	0,1|None	
(?m)^a	0	aaa	fullmatch	None	
(?m)^a	0	aaa	finditer	0,1|None	
(?m)^a	0	abcde abc	search@1:3	None	
(?m)^a	0	abcde abc	finditer@1:3		
(?m)^a	0	\u{c9}	search@0:1	None	
(?m)^a	0	\u{c9}	finditer@0:1		
(?m)^a	0	K	search@0:0	None	
(?m)^a	0	K	finditer@0:0		
(?m)a$	0	b	search	None	
(?m)a$	0	b	match	None	
(?m)a$	0	b	fullmatch	None	
(?m)a$	0	b	finditer		
(?m)a$	0	x\ty	search	None	
(?m)a$	0	x\ty	match	None	
(?m)a$	0	x\ty	fullmatch	None	
(?m)a$	0	x\ty	finditer		
(?m)a$	0	\u{c9}	search	None	
(?m)a$	0	\u{c9}	match	None	
(?m)a$	0	\u{c9}	fullmatch	None	
(?m)a$	0	\u{c9}	finditer		
(?m)a$	0	K	search	None	
(?m)a$	0	K	match	None	
(?m)a$	0	K	fullmatch	None	
(?m)a$	0	K	finditer		
(?m)a$	0	xyz	search	None	
(?m)a$	0	xyz	match	None	
(?m)a$	0	xyz	fullmatch	None	
(?m)a$	0	xyz	finditer		
(?m)a$	0	\n	search	None	
(?m)a$	0	\n	match	None	
(?m)a$	0	\n	fullmatch	None	
(?m)a$	0	\n	finditer		
(?m)a$	0	aAaA	search	None	
(?m)a$	0	aAaA	match	None	
(?m)a$	0	aAaA	fullmatch	None	
(?m)a$	0	aAaA	finditer		
(?m)a$	0	a-b c_d	search	None	
(?m)a$	0	a-b c_d	match	None	
(?m)a$	0	a-b c_d	fullmatch	None	
(?m)a$	0	a-b c_d	finditer		
(?m)a$	0	bd cd ad	search	None	
(?m)a$	0	bd cd ad	match	None	
(?m)a$	0	bd cd ad	fullmatch	None	
(?m)a$	0	bd cd ad	finditer		
(?m)a$	0	2024-01-15	search	None	
(?m)a$	0	2024-01-15	match	None	
(?m)a$	0	2024-01-15	fullmatch	None	
(?m)a$	0	2024-01-15	finditer		
(?m)a$	0	"hi"	search	None	
(?m)a$	0	"hi"	match	None	
(?m)a$	0	"hi"	fullmatch	None	
(?m)a$	0	"hi"	finditer		
(?m)a$	0	abcdefghija0	search	None	
(?m)a$	0	abcdefghija0	match	None	
(?m)a$	0	abcdefghija0	fullmatch	None	
(?m)a$	0	abcdefghija0	finditer		
(?m)a$	0	12 345 6	search@3:7	None	
(?m)a$	0	12 345 6	finditer@3:7		
(?m)a$	0	abcdefghijkk	search@1:8	None	
(?m)a$	0	abcdefghijkk	finditer@1:8		
(?m)a$	0	b	search@1:1	None	
(?m)a$	0	b	finditer@1:1		
\\Aa	0	abcde abc	search	0,1|None	
\\Aa	0	abcde abc	match	0,1|None	
\\Aa	0	abcde abc	fullmatch	None	
\\Aa	0	abcde abc	finditer	0,1|None	
\\Aa	0	ababab	search	0,1|None	
\\Aa	0	ababab	match	0,1|None	
\\Aa	0	ababab	fullmatch	None	
\\Aa	0	ababab	finditer	0,1|None	
\\Aa	0	 , a ,b	search	None	
\\Aa	0	 , a ,b	match	None	
\\Aa	0	 , a ,b	fullmatch	None	
\\Aa	0	 , a ,b	finditer		
\\Aa	0	ae cde abe	search	0,1|None	
\\Aa	0	ae cde abe	match	0,1|None	
\\Aa	0	ae cde abe	fullmatch	None	
\\Aa	0	ae cde abe	finditer	0,1|None	
\\Aa	0	a-b c_d	search	0,1|None	
\\Aa	0	a-b c_d	match	0,1|None	
\\Aa	0	a-b c_d	fullmatch	None	
\\Aa	0	a-b c_d	finditer	0,1|None	
\\Aa	0	Foo foo	search	None	
\\Aa	0	Foo foo	match	None	
\\Aa	0	Foo foo	fullmatch	None	
\\Aa	0	Foo foo	finditer		
\\Aa	0	aAaA	search	0,1|None	
\\Aa	0	aAaA	match	0,1|None	
\\Aa	0	aAaA	fullmatch	None	
\\Aa	0	aAaA	finditer	0,1|None	
\\Aa	0	x a\ny b	search	None	
\\Aa	0	x a\ny b	match	None	
\\Aa	0	x a\ny b	fullmatch	None	
\\Aa	0	x a\ny b	finditer		
\\Aa	0	a\nb\n	search	0,1|None	
\\Aa	0	a\nb\n	match	0,1|None	
\\Aa	0	a\nb\n	fullmatch	None	
\\Aa	0	a\nb\n	finditer	0,1|None	
\\Aa	0	x\ty	search	None	
\\Aa	0	x\ty	match	None	
\\Aa	0	x\ty	fullmatch	None	
\\Aa	0	x\ty	finditer		
\\Aa	0	abcdefghija0	search	0,1|None	
\\Aa	0	abcdefghija0	match	0,1|None	
\\Aa	0	abcdefghija0	fullmatch	None	
\\Aa	0	abcdefghija0	finditer	0,1|None	
\\Aa	0	\u{661}\u{662}\u{663} 45	search	None	
\\Aa	0	\u{661}\u{662}\u{663} 45	match	None	
\\Aa	0	\u{661}\u{662}\u{663} 45	fullmatch	None	
\\Aa	0	\u{661}\u{662}\u{663} 45	finditer		
\\Aa	0	a b c	search@0:5	0,1|None	
\\Aa	0	a b c	finditer@0:5	0,1|None	
\\Aa	0	Foo foo	search@0:0	None	
\\Aa	0	Foo foo	finditer@0:0		
\\Aa	0	ababab	search@2:2	None	
\\Aa	0	ababab	finditer@2:2		
a\\Z	0	abcde abc	search	None	
a\\Z	0	abcde abc	match	None	
a\\Z	0	abcde abc	fullmatch	None	
a\\Z	0	abcde abc	finditer		
a\\Z	0	aa	search	1,2|None	
a\\Z	0	aa	match	None	
a\\Z	0	aa	fullmatch	None	
a\\Z	0	aa	finditer	1,2|None	
a\\Z	0	abcd	search	None	
a\\Z	0	abcd	match	None	
a\\Z	0	abcd	fullmatch	None	
a\\Z	0	abcd	finditer		
a\\Z	0	AbC	search	None	
a\\Z	0	AbC	match	None	
a\\Z	0	AbC	fullmatch	None	
a\\Z	0	AbC	finditer		
a\\Z	0	hi"	search	None	
a\\Z	0	hi"	match	None	
a\\Z	0	hi"	fullmatch	None	
a\\Z	0	hi"	finditer		
a\\Z	0	x a\ny b	search	None	
a\\Z	0	x a\ny b	match	None	
a\\Z	0	x a\ny b	fullmatch	None	
a\\Z	0	x a\ny b	finditer		
a\\Z	0	ab	search	None	
a\\Z	0	ab	match	None	
a\\Z	0	ab	fullmatch	None	
a\\Z	0	ab	finditer		
a\\Z	0	abc	search	None	
a\\Z	0	abc	match	None	
a\\Z	0	abc	fullmatch	None	
a\\Z	0	abc	finditer		
a\\Z	0	cab	search	None	
a\\Z	0	cab	match	None	
a\\Z	0	cab	fullmatch	None	
a\\Z	0	cab	finditer		
a\\Z	0	ab\n	search	None	
a\\Z	0	ab\n	match	None	
a\\Z	0	ab\n	fullmatch	None	
a\\Z	0	ab\n	finditer		
a\\Z	0	a\nb\n	search	None	
a\\Z	0	a\nb\n	match	None	
a\\Z	0	a\nb\n	fullmatch	None	
a\\Z	0	a\nb\n	finditer		
a\\Z	0	2024-01-15	search	None	
a\\Z	0	2024-01-15	match	None	
a\\Z	0	2024-01-15	fullmatch	None	
a\\Z	0	2024-01-15	finditer		
a\\Z	0	\u{3a3}\u{3c3}\u{3c2}\u{391}\u{3a9}	search@2:2	None	
a\\Z	0	\u{3a3}\u{3c3}\u{3c2}\u{391}\u{3a9}	finditer@2:2		
a\\Z	0	aaab	search@3:1	None	
a\\Z	0	aaab	finditer@3:1		
a\\Z	0	A	search@0:0	None	
a\\Z	0	A	finditer@0:0		
\\bfoo\\b	0	abcde abc	search	None	
\\bfoo\\b	0	abcde abc	match	None	
\\bfoo\\b	0	abcde abc	fullmatch	None	
\\bfoo\\b	0	abcde abc	finditer		
\\bfoo\\b	0	A	search	None	
\\bfoo\\b	0	A	match	None	
\\bfoo\\b	0	A	fullmatch	None	
\\bfoo\\b	0	A	finditer		
\\bfoo\\b	0	\u{17f}S	search	None	
\\bfoo\\b	0	\u{17f}S	match	None	
\\bfoo\\b	0	\u{17f}S	fullmatch	None	
\\bfoo\\b	0	\u{17f}S	finditer		
\\bfoo\\b	0	\u{c9}\u{e9}SS\u{df}	search	None	
\\bfoo\\b	0	\u{c9}\u{e9}SS\u{df}	match	None	
\\bfoo\\b	0	\u{c9}\u{e9}SS\u{df}	fullmatch	None	
\\bfoo\\b	0	\u{c9}\u{e9}SS\u{df}	finditer		
\\bfoo\\b	0	\n	search	None	
\\bfoo\\b	0	\n	match	None	
\\bfoo\\b	0	\n	fullmatch	None	
\\bfoo\\b	0	\n	finditer		
\\bfoo\\b	0	the the cat	search	None	
\\bfoo\\b	0	the the cat	match	None	
\\bfoo\\b	0	the the cat	fullmatch	None	
\\bfoo\\b	0	the the cat	finditer		
\\bfoo\\b	0	bab	search	None	
\\bfoo\\b	0	bab	match	None	
\\bfoo\\b	0	bab	fullmatch	None	
\\bfoo\\b	0	bab	finditer		
\\bfoo\\b	0	2024-01-15	search	None	
\\bfoo\\b	0	2024-01-15	match	None	
\\bfoo\\b	0	2024-01-15	fullmatch	None	
\\bfoo\\b	0	2024-01-15	finditer		
\\bfoo\\b	0	a b c	search	None	
\\bfoo\\b	0	a b c	match	None	
\\bfoo\\b	0	a b c	fullmatch	None	
\\bfoo\\b	0	a b c	finditer		
\\bfoo\\b	0	xyz	search	None	
\\bfoo\\b	0	xyz	match	None	
\\bfoo\\b	0	xyz	fullmatch	None	
\\bfoo\\b	0	xyz	finditer		
\\bfoo\\b	0	john.doe@example.com	search	None	
\\bfoo\\b	0	john.doe@example.com	match	None	
\\bfoo\\b	0	john.doe@example.com	fullmatch	None	
\\bfoo\\b	0	john.doe@example.com	finditer		
\\bfoo\\b	0	12 345 6	search	None	
\\bfoo\\b	0	12 345 6	match	None	
\\bfoo\\b	0	12 345 6	fullmatch	None	
\\bfoo\\b	0	12 345 6	finditer		
\\bfoo\\b	0	ab\n	search@3:2	None	
\\bfoo\\b	0	ab\n	finditer@3:2		
\\bfoo\\b	0	abcdefghija0	search@9:1	None	
\\bfoo\\b	0	abcdefghija0	finditer@9:1		
\\bfoo\\b	0	foo bar	search@7:5	None	
\\bfoo\\b	0	foo bar	finditer@7:5		
\\Bo\\B	0	abc	search	None	
\\Bo\\B	0	abc	match	None	
\\Bo\\B	0	abc	fullmatch	None	
\\Bo\\B	0	abc	finditer		
\\Bo\\B	0	\u{c9}\u{e9}SS\u{df}	search	None	
\\Bo\\B	0	\u{c9}\u{e9}SS\u{df}	match	None	
\\Bo\\B	0	\u{c9}\u{e9}SS\u{df}	fullmatch	None	
\\Bo\\B	0	\u{c9}\u{e9}SS\u{df}	finditer		
\\Bo\\B	0	 , a ,b	search	None	
\\Bo\\B	0	 , a ,b	match	None	
\\Bo\\B	0	 , a ,b	fullmatch	None	
\\Bo\\B	0	 , a ,b	finditer		
\\Bo\\B	0	bd cd ad	search	None	
\\Bo\\B	0	bd cd ad	match	None	
\\Bo\\B	0	bd cd ad	fullmatch	None	
\\Bo\\B	0	bd cd ad	finditer		
\\Bo\\B	0	\u{65e5}\u{672c}\u{8a9e}	search	None	
\\Bo\\B	0	\u{65e5}\u{672c}\u{8a9e}	match	None	
\\Bo\\B	0	\u{65e5}\u{672c}\u{8a9e}	fullmatch	None	
\\Bo\\B	0	\u{65e5}\u{672c}\u{8a9e}	finditer		
\\Bo\\B	0	K	search	None	
\\Bo\\B	0	K	match	None	
\\Bo\\B	0	K	fullmatch	None	
\\Bo\\B	0	K	finditer		
\\Bo\\B	0	hello world	search	7,8|None	
\\Bo\\B	0	hello world	match	None	
\\Bo\\B	0	hello world	fullmatch	None	
\\Bo\\B	0	hello world	finditer	7,8|None	
\\Bo\\B	0		search	None	
\\Bo\\B	0		match	None	
\\Bo\\B	0		fullmatch	None	
\\Bo\\B	0		finditer		
\\Bo\\B	0	ab	search	None	
\\Bo\\B	0	ab	match	None	
\\Bo\\B	0	ab	fullmatch	None	
\\Bo\\B	0	ab	finditer		
\\Bo\\B	0	a b c	search	None	
\\Bo\\B	0	a b c	match	None	
\\Bo\\B	0	a b c	fullmatch	None	
\\Bo\\B	0	a b c	finditer		
\\Bo\\B	0	A	search	None	
\\Bo\\B	0	A	match	None	
\\Bo\\B	0	A	fullmatch	None	
\\Bo\\B	0	A	finditer		
\\Bo\\B	0	abcdefghija0	search	None	
\\Bo\\B	0	abcdefghija0	match	None	
\\Bo\\B	0	abcdefghija0	fullmatch	None	
\\Bo\\B	0	abcdefghija0	finditer		
\\Bo\\B	0	ae cde abe	search@5:4	None	
\\Bo\\B	0	ae cde abe	finditer@5:4		
\\Bo\\B	0	hello world	search@2:3	None	
\\Bo\\B	0	hello world	finditer@2:3		
\\Bo\\B	0	\u{65e5}\u{672c}\u{8a9e}	search@2:2	None	
\\Bo\\B	0	\u{65e5}\u{672c}\u{8a9e}	finditer@2:2		
\\d+	0	ba	search	None	
\\d+	0	ba	match	None	
\\d+	0	ba	fullmatch	None	
\\d+	0	ba	finditer		
\\d+	0	john.doe@example.com	search	None	
\\d+	0	john.doe@example.com	match	None	
\\d+	0	john.doe@example.com	fullmatch	None	
\\d+	0	john.doe@example.com	finditer		
\\d+	0	bd cd ad	search	None	
\\d+	0	bd cd ad	match	None	
\\d+	0	bd cd ad	fullmatch	None	
\\d+	0	bd cd ad	finditer		
\\d+	0	\u{17f}S	search	None	
\\d+	0	\u{17f}S	match	None	
\\d+	0	\u{17f}S	fullmatch	None	
\\d+	0	\u{17f}S	finditer		
\\d+	0	 , a ,b	search	None	
\\d+	0	 , a ,b	match	None	
\\d+	0	 , a ,b	fullmatch	None	
\\d+	0	 , a ,b	finditer		
\\d+	0	xyz	search	None	
\\d+	0	xyz	match	None	
\\d+	0	xyz	fullmatch	None	
\\d+	0	xyz	finditer		
\\d+	0	x a\ny b	search	None	
\\d+	0	x a\ny b	match	None	
\\d+	0	x a\ny b	fullmatch	None	
\\d+	0	x a\ny b	finditer		
\\d+	0	ae cde abe	search	None	
\\d+	0	ae cde abe	match	None	
\\d+	0	ae cde abe	fullmatch	None	
\\d+	0	ae cde abe	finditer		
\\d+	0	"hi"	search	None	
\\d+	0	"hi"	match	None	
\\d+	0	"hi"	fullmatch	None	
\\d+	0	"hi"	finditer		
\\d+	0	hello world	search	None	
\\d+	0	hello world	match	None	
\\d+	0	hello world	fullmatch	None	
\\d+	0	hello world	finditer		
\\d+	0	K	search	None	
\\d+	0	K	match	None	
\\d+	0	K	fullmatch	None	
\\d+	0	K	finditer		
\\d+	0	abcdefghijkk	search	None	
\\d+	0	abcdefghijkk	match	None	
\\d+	0	abcdefghijkk	fullmatch	None	
\\d+	0	abcdefghijkk	finditer		
\\d+	0	AbC	search@1:0	None	
\\d+	0	AbC	finditer@1:0		
\\d+	0	\u{e9}	search@1:1	None	
\\d+	0	\u{e9}	finditer@1:1		
\\d+	0	abcdefghijkk	search@0:5	None	
\\d+	0	abcdefghijkk	finditer@0:5		
\\D+	0	a-b c_d	search	0,7|None	
\\D+	0	a-b c_d	match	0,7|None	
\\D+	0	a-b c_d	fullmatch	0,7|None	
\\D+	0	a-b c_d	finditer	0,7|None	
\\D+	0	the the cat	search	0,11|None	
\\D+	0	the the cat	match	0,11|None	
\\D+	0	the the cat	fullmatch	0,11|None	
\\D+	0	the the cat	finditer	0,11|None	
\\D+	0	Foo foo	search	0,7|None	
\\D+	0	Foo foo	match	0,7|None	
\\D+	0	Foo foo	fullmatch	0,7|None	
\\D+	0	Foo foo	finditer	0,7|None	
\\D+	0	 , a ,b	search	0,7|None	
\\D+	0	 , a ,b	match	0,7|None	
\\D+	0	 , a ,b	fullmatch	0,7|None	
\\D+	0	 , a ,b	finditer	0,7|None	
\\D+	0	2024-01-15	search	4,5|None	
\\D+	0	2024-01-15	match	None	
\\D+	0	2024-01-15	fullmatch	None	
\\D+	0	2024-01-15	finditer	4,5|None 7,8|None	
\\D+	0	abcdefghijkk	search	0,12|None	
\\D+	0	abcdefghijkk	match	0,12|None	
\\D+	0	abcdefghijkk	fullmatch	0,12|None	
\\D+	0	abcdefghijkk	finditer	0,12|None	
\\D+	0	hi"	search	0,3|None	
\\D+	0	hi"	match	0,3|None	
\\D+	0	hi"	fullmatch	0,3|None	
\\D+	0	hi"	finditer	0,3|None	
\\D+	0	bab	search	0,3|None	
\\D+	0	bab	match	0,3|None	
\\D+	0	bab	fullmatch	0,3|None	
\\D+	0	bab	finditer	0,3|None	
\\D+	0	abcdefghija0	search	0,11|None	
\\D+	0	abcdefghija0	match	0,11|None	
\\D+	0	abcdefghija0	fullmatch	None	
\\D+	0	abcdefghija0	finditer	0,11|None	
\\D+	0	ae cde abe	search	0,10|None	
\\D+	0	ae cde abe	match	0,10|None	
\\D+	0	ae cde abe	fullmatch	0,10|None	
\\D+	0	ae cde abe	finditer	0,10|None	
\\D+	0	foo bar	search	0,7|None	
\\D+	0	foo bar	match	0,7|None	
\\D+	0	foo bar	fullmatch	0,7|None	
\\D+	0	foo bar	finditer	0,7|None	
\\D+	0	abcde abc	search	0,9|None	
\\D+	0	abcde abc	match	0,9|None	
\\D+	0	abcde abc	fullmatch	0,9|None	
\\D+	0	abcde abc	finditer	0,9|None	
\\D+	0	abc	search@0:1	0,1|None	
\\D+	0	abc	finditer@0:1	0,1|None	
\\D+	0	K	search@0:0	None	
\\D+	0	K	finditer@0:0		
\\D+	0	12 345 6	search@4:0	None	
\\D+	0	12 345 6	finditer@4:0		
\\s+	0	\u{c9}\u{e9}SS\u{df}	search	None	
\\s+	0	\u{c9}\u{e9}SS\u{df}	match	None	
\\s+	0	\u{c9}\u{e9}SS\u{df}	fullmatch	None	
\\s+	0	\u{c9}\u{e9}SS\u{df}	finditer		
\\s+	0	ab	search	None	
\\s+	0	ab	match	None	
\\s+	0	ab	fullmatch	None	
\\s+	0	ab	finditer		
\\s+	0	a-b c_d	search	3,4|None	
\\s+	0	a-b c_d	match	None	
\\s+	0	a-b c_d	fullmatch	None	
\\s+	0	a-b c_d	finditer	3,4|None	
\\s+	0	hi"	search	None	
\\s+	0	hi"	match	None	
\\s+	0	hi"	fullmatch	None	
\\s+	0	hi"	finditer		
\\s+	0	hello world	search	5,6|None	
\\s+	0	hello world	match	None	
\\s+	0	hello world	fullmatch	None	
\\s+	0	hello world	finditer	5,6|None	
\\s+	0	ae cde abe	search	2,3|None	
\\s+	0	ae cde abe	match	None	
\\s+	0	ae cde abe	fullmatch	None	
\\s+	0	ae cde abe	finditer	2,3|None 6,7|None	
\\s+	0	abc	search	None	
\\s+	0	abc	match	None	
\\s+	0	abc	fullmatch	None	
\\s+	0	abc	finditer		
\\s+	0	abcabc	search	None	
\\s+	0	abcabc	match	None	
\\s+	0	abcabc	fullmatch	None	
\\s+	0	abcabc	finditer		
\\s+	0	a b c	search	1,2|None	
\\s+	0	a b c	match	None	
\\s+	0	a b c	fullmatch	None	
\\s+	0	a b c	finditer	1,2|None 3,4|None	
\\s+	0	x a\ny b	search	1,2|None	
\\s+	0	x a\ny b	match	None	
\\s+	0	x a\ny b	fullmatch	None	
\\s+	0	x a\ny b	finditer	1,2|None 3,4|None 5,6|None	
\\s+	0	abcd	search	None	
\\s+	0	abcd	match	None	
\\s+	0	abcd	fullmatch	None	
\\s+	0	abcd	finditer		
\\s+	0	john.doe@example.com	search	None	
\\s+	0	john.doe@example.com	match	None	
\\s+	0	john.doe@example.com	fullmatch	None	
\\s+	0	john.doe@example.com	finditer		
\\s+	0	abc	search@1:0	None	
\\s+	0	abc	finditer@1:0		
\\s+	0	a	search@1:0	None	
\\s+	0	a	finditer@1:0		
\\s+	0	aAaA	search@1:3	None	
\\s+	0	aAaA	finditer@1:3		
\\S+	0	"hi"	search	0,4|None	
\\S+	0	"hi"	match	0,4|None	
\\S+	0	"hi"	fullmatch	0,4|None	
\\S+	0	"hi"	finditer	0,4|None	
\\S+	0	abcabc	search	0,6|None	
\\S+	0	abcabc	match	0,6|None	
\\S+	0	abcabc	fullmatch	0,6|None	
\\S+	0	abcabc	finditer	0,6|None	
\\S+	0	K	search	0,1|None	
\\S+	0	K	match	0,1|None	
\\S+	0	K	fullmatch	0,1|None	
\\S+	0	K	finditer	0,1|None	
\\S+	0	\u{e9}	search	0,1|None	
\\S+	0	\u{e9}	match	0,1|None	
\\S+	0	\u{e9}	fullmatch	0,1|None	
\\S+	0	\u{e9}	finditer	0,1|None	
\\S+	0	aaab	search	0,4|None	
\\S+	0	aaab	match	0,4|None	
\\S+	0	aaab	fullmatch	0,4|None	
\\S+	0	aaab	finditer	0,4|None	
\\S+	0	abcdefghijkk	search	0,12|None	
\\S+	0	abcdefghijkk	match	0,12|None	
\\S+	0	abcdefghijkk	fullmatch	0,12|None	
\\S+	0	abcdefghijkk	finditer	0,12|None	
\\S+	0	x\ty	search	0,1|None	
\\S+	0	x\ty	match	0,1|None	
\\S+	0	x\ty	fullmatch	None	
\\S+	0	x\ty	finditer	0,1|None 2,3|None	
\\S+	0	b	search	0,1|None	
\\S+	0	b	match	0,1|None	
\\S+	0	b	fullmatch	0,1|None	
\\S+	0	b	finditer	0,1|None	
\\S+	0	\u{65e5}\u{672c}\u{8a9e}	search	0,3|None	
\\S+	0	\u{65e5}\u{672c}\u{8a9e}	match	0,3|None	
\\S+	0	\u{65e5}\u{672c}\u{8a9e}	fullmatch	0,3|None	
\\S+	0	\u{65e5}\u{672c}\u{8a9e}	finditer	0,3|None	
\\S+	0	abcde abc	search	0,5|None	
\\S+	0	abcde abc	match	0,5|None	
\\S+	0	abcde abc	fullmatch	None	
\\S+	0	abcde abc	finditer	0,5|None 6,9|None	
\\S+	0	hi"	search	0,3|None	
\\S+	0	hi"	match	0,3|None	
\\S+	0	hi"	fullmatch	0,3|None	
\\S+	0	hi"	finditer	0,3|None	
\\S+	0	ab	search	0,2|None	
\\S+	0	ab	match	0,2|None	
\\S+	0	ab	fullmatch	0,2|None	
\\S+	0	ab	finditer	0,2|None	
\\S+	0	bd cd ad	search@6:5	None	
\\S+	0	bd cd ad	finditer@6:5		
\\S+	0	abcde abc	search@0:6	0,5|None	
\\S+	0	abcde abc	finditer@0:6	0,5|None	
\\S+	0	aa	search@0:1	0,1|None	
\\S+	0	aa	finditer@0:1	0,1|None	
\\w+	0	aAaA	search	0,4|None	
\\w+	0	aAaA	match	0,4|None	
\\w+	0	aAaA	fullmatch	0,4|None	
\\w+	0	aAaA	finditer	0,4|None	
\\w+	0	a	search	0,1|None	
\\w+	0	a	match	0,1|None	
\\w+	0	a	fullmatch	0,1|None	
\\w+	0	a	finditer	0,1|None	
\\w+	0	"hi"	search	1,3|None	
\\w+	0	"hi"	match	None	
\\w+	0	"hi"	fullmatch	None	
\\w+	0	"hi"	finditer	1,3|None	
\\w+	0	2024-01-15	search	0,4|None	
\\w+	0	2024-01-15	match	0,4|None	
\\w+	0	2024-01-15	fullmatch	None	
\\w+	0	2024-01-15	finditer	0,4|None 5,7|None 8,10|None	
\\w+	0		search	None	
\\w+	0		match	None	
\\w+	0		fullmatch	None	
\\w+	0		finditer		
\\w+	0	ba	search	0,2|None	
\\w+	0	ba	match	0,2|None	
\\w+	0	ba	fullmatch	0,2|None	
\\w+	0	ba	finditer	0,2|None	
\\w+	0	\u{c9}	search	0,1|None	
\\w+	0	\u{c9}	match	0,1|None	
\\w+	0	\u{c9}	fullmatch	0,1|None	
\\w+	0	\u{c9}	finditer	0,1|None	
\\w+	0	a b c	search	0,1|None	
\\w+	0	a b c	match	0,1|None	
\\w+	0	a b c	fullmatch	None	
\\w+	0	a b c	finditer	0,1|None 2,3|None 4,5|None	
\\w+	0	bab	search	0,3|None	
\\w+	0	bab	match	0,3|None	
\\w+	0	bab	fullmatch	0,3|None	
\\w+	0	bab	finditer	0,3|None	
\\w+	0	a\nb\n	search	0,1|None	
\\w+	0	a\nb\n	match	0,1|None	
\\w+	0	a\nb\n	fullmatch	None	
\\w+	0	a\nb\n	finditer	0,1|None 2,3|None	
\\w+	0	cab	search	0,3|None	
\\w+	0	cab	match	0,3|None	
\\w+	0	cab	fullmatch	0,3|None	
\\w+	0	cab	finditer	0,3|None	
\\w+	0	the the cat	search	0,3|None	
\\w+	0	the the cat	match	0,3|None	
\\w+	0	the the cat	fullmatch	None	
\\w+	0	the the cat	finditer	0,3|None 4,7|None 8,11|None	
\\w+	0	ababab	search@1:3	1,3|None	
\\w+	0	ababab	finditer@1:3	1,3|None	
\\w+	0	cab	search@3:2	None	
\\w+	0	cab	finditer@3:2		
\\w+	0	john.doe@example.com	search@8:1	None	
\\w+	0	john.doe@example.com	finditer@8:1		
\\w+	2	\u{3a3}\u{3c3}\u{3c2}\u{391}\u{3a9}	search	0,5|None	
\\w+	2	\u{3a3}\u{3c3}\u{3c2}\u{391}\u{3a9}	match	0,5|None	
\\w+	2	\u{3a3}\u{3c3}\u{3c2}\u{391}\u{3a9}	fullmatch	0,5|None	
\\w+	2	\u{3a3}\u{3c3}\u{3c2}\u{391}\u{3a9}	finditer	0,5|None	
\\w+	2	hello world	search	0,5|None	
\\w+	2	hello world	match	0,5|None	
\\w+	2	hello world	fullmatch	None	
\\w+	2	hello world	finditer	0,5|None 6,11|None	
\\w+	2	ba	search	0,2|None	
\\w+	2	ba	match	0,2|None	
\\w+	2	ba	fullmatch	0,2|None	
\\w+	2	ba	finditer	0,2|None	
\\w+	2	abcdefghijkk	search	0,12|None	
\\w+	2	abcdefghijkk	match	0,12|None	
\\w+	2	abcdefghijkk	fullmatch	0,12|None	
\\w+	2	abcdefghijkk	finditer	0,12|None	
\\w+	2	a b c	search	0,1|None	
\\w+	2	a b c	match	0,1|None	
\\w+	2	a b c	fullmatch	None	
\\w+	2	a b c	finditer	0,1|None 2,3|None 4,5|None	
\\w+	2	bab	search	0,3|None	
\\w+	2	bab	match	0,3|None	
\\w+	2	bab	fullmatch	0,3|None	
\\w+	2	bab	finditer	0,3|None	
\\w+	2	foo bar	search	0,3|None	
\\w+	2	foo bar	match	0,3|None	
\\w+	2	foo bar	fullmatch	None	
\\w+	2	foo bar	finditer	0,3|None 4,7|None	
\\w+	2	aaa	search	0,3|None	
\\w+	2	aaa	match	0,3|None	
\\w+	2	aaa	fullmatch	0,3|None	
\\w+	2	aaa	finditer	0,3|None	
\\w+	2	K	search	0,1|None	
\\w+	2	K	match	0,1|None	
\\w+	2	K	fullmatch	0,1|None	
\\w+	2	K	finditer	0,1|None	
\\w+	2	a	search	0,1|None	
\\w+	2	a	match	0,1|None	
\\w+	2	a	fullmatch	0,1|None	
\\w+	2	a	finditer	0,1|None	
\\w+	2	a-b c_d	search	0,1|None	
\\w+	2	a-b c_d	match	0,1|None	
\\w+	2	a-b c_d	fullmatch	None	
\\w+	2	a-b c_d	finditer	0,1|None 2,3|None 4,7|None	
\\w+	2	abcdefghija0	search	0,12|None	
\\w+	2	abcdefghija0	match	0,12|None	
\\w+	2	abcdefghija0	fullmatch	0,12|None	
\\w+	2	abcdefghija0	finditer	0,12|None	
\\w+	2	aa	search@0:0	None	
\\w+	2	aa	finditer@0:0		
\\w+	2	john.doe@example.com	search@11:6	None	
\\w+	2	john.doe@example.com	finditer@11:6		
\\w+	2	abcd	search@4:1	None	
\\w+	2	abcd	finditer@4:1		
\\W+	0	\u{3a3}\u{3c3}\u{3c2}\u{391}\u{3a9}	search	None	
\\W+	0	\u{3a3}\u{3c3}\u{3c2}\u{391}\u{3a9}	match	None	
\\W+	0	\u{3a3}\u{3c3}\u{3c2}\u{391}\u{3a9}	fullmatch	None	
\\W+	0	\u{3a3}\u{3c3}\u{3c2}\u{391}\u{3a9}	finditer		
\\W+	0	xyz	search	None	
\\W+	0	xyz	match	None	
\\W+	0	xyz	fullmatch	None	
\\W+	0	xyz	finditer		
\\W+	0	\u{661}\u{662}\u{663} 45	search	3,4|None	
\\W+	0	\u{661}\u{662}\u{663} 45	match	None	
\\W+	0	\u{661}\u{662}\u{663} 45	fullmatch	None	
\\W+	0	\u{661}\u{662}\u{663} 45	finditer	3,4|None	
\\W+	0	AbC	search	None	
\\W+	0	AbC	match	None	
\\W+	0	AbC	fullmatch	None	
\\W+	0	AbC	finditer		
\\W+	0	\u{17f}S	search	None	
\\W+	0	\u{17f}S	match	None	
\\W+	0	\u{17f}S	fullmatch	None	
\\W+	0	\u{17f}S	finditer		
\\W+	0	foo bar	search	3,4|None	
\\W+	0	foo bar	match	None	
\\W+	0	foo bar	fullmatch	None	
\\W+	0	foo bar	finditer	3,4|None	
\\W+	0	x a\ny b	search	1,2|None	
\\W+	0	x a\ny b	match	None	
\\W+	0	x a\ny b	fullmatch	None	
\\W+	0	x a\ny b	finditer	1,2|None 3,4|None 5,6|None	
\\W+	0	\u{e9}	search	None	
\\W+	0	\u{e9}	match	None	
\\W+	0	\u{e9}	fullmatch	None	
\\W+	0	\u{e9}	finditer		
\\W+	0	x\ty	search	1,2|None	
\\W+	0	x\ty	match	None	
\\W+	0	x\ty	fullmatch	None	
\\W+	0	x\ty	finditer	1,2|None	
\\W+	0	hello world	search	5,6|None	
\\W+	0	hello world	match	None	
\\W+	0	hello world	fullmatch	None	
\\W+	0	hello world	finditer	5,6|None	
\\W+	0	ab\n	search	2,3|None	
\\W+	0	ab\n	match	None	
\\W+	0	ab\n	fullmatch	None	
\\W+	0	ab\n	finditer	2,3|None	
\\W+	0	a-b c_d	search	1,2|None	
\\W+	0	a-b c_d	match	None	
\\W+	0	a-b c_d	fullmatch	None	
\\W+	0	a-b c_d	finditer	1,2|None 3,4|None	
\\W+	0	\u{3a3}\u{3c3}\u{3c2}\u{391}\u{3a9}	search@3:2	None	
\\W+	0	\u{3a3}\u{3c3}\u{3c2}\u{391}\u{3a9}	finditer@3:2		
\\W+	0	\n	search@0:1	0,1|None	
\\W+	0	\n	finditer@0:1	0,1|None	
\\W+	0	\u{65e5}\u{672c}\u{8a9e}	search@1:3	None	
\\W+	0	\u{65e5}\u{672c}\u{8a9e}	finditer@1:3		
[abc]	0	b	search	0,1|None	
[abc]	0	b	match	0,1|None	
[abc]	0	b	fullmatch	0,1|None	
[abc]	0	b	finditer	0,1|None	
[abc]	0	the the cat	search	8,9|None	
[abc]	0	the the cat	match	None	
[abc]	0	the the cat	fullmatch	None	
[abc]	0	the the cat	finditer	8,9|None 9,10|None	
[abc]	0	"hi"	search	None	
[abc]	0	"hi"	match	None	
[abc]	0	"hi"	fullmatch	None	
[abc]	0	"hi"	finditer		
[abc]	0	bd cd ad	search	0,1|None	
[abc]	0	bd cd ad	match	0,1|None	
[abc]	0	bd cd ad	fullmatch	None	
[abc]	0	bd cd ad	finditer	0,1|None 3,4|None 6,7|None	
[abc]	0	x a\ny b	search	2,3|None	
[abc]	0	x a\ny b	match	None	
[abc]	0	x a\ny b	fullmatch	None	
[abc]	0	x a\ny b	finditer	2,3|None 6,7|None	
[abc]	0	aaa	search	0,1|None	
[abc]	0	aaa	match	0,1|None	
[abc]	0	aaa	fullmatch	None	
[abc]	0	aaa	finditer	0,1|None 1,2|None 2,3|None	
[abc]	0	a\nb\n	search	0,1|None	
[abc]	0	a\nb\n	match	0,1|None	
[abc]	0	a\nb\n	fullmatch	None	
[abc]	0	a\nb\n	finditer	0,1|None 2,3|None	
[abc]	0		search	None	
[abc]	0		match	None	
[abc]	0		fullmatch	None	
[abc]	0		finditer		
[abc]	0	\u{3a3}\u{3c3}\u{3c2}\u{391}\u{3a9}	search	None	
[abc]	0	\u{3a3}\u{3c3}\u{3c2}\u{391}\u{3a9}	match	None	
[abc]	0	\u{3a3}\u{3c3}\u{3c2}\u{391}\u{3a9}	fullmatch	None	
[abc]	0	\u{3a3}\u{3c3}\u{3c2}\u{391}\u{3a9}	finditer		
[abc]	0	2024-01-15	search	None	
[abc]	0	2024-01-15	match	None	
[abc]	0	2024-01-15	fullmatch	None	
[abc]	0	2024-01-15	finditer		
[abc]	0	\u{17f}S	search	None	
[abc]	0	\u{17f}S	match	None	
[abc]	0	\u{17f}S	fullmatch	None	
[abc]	0	\u{17f}S	finditer		
[abc]	0	a b c	search	0,1|None	
[abc]	0	a b c	match	0,1|None	
[abc]	0	a b c	fullmatch	None	
[abc]	0	a b c	finditer	0,1|None 2,3|None 4,5|None	
[abc]	0	bd cd ad	search@2:6	3,4|None	
[abc]	0	bd cd ad	finditer@2:6	3,4|None	
[abc]	0	\u{c9}	search@0:1	None	
[abc]	0	\u{c9}	finditer@0:1		
[abc]	0	xyz	search@1:2	None	
[abc]	0	xyz	finditer@1:2		
[^abc]	0	"hi"	search	0,1|None	
[^abc]	0	"hi"	match	0,1|None	
[^abc]	0	"hi"	fullmatch	None	
[^abc]	0	"hi"	finditer	0,1|None 1,2|None 2,3|None 3,4|None	
[^abc]	0	b	search	None	
[^abc]	0	b	match	None	
[^abc]	0	b	fullmatch	None	
[^abc]	0	b	finditer		
[^abc]	0	aAaA	search	1,2|None	
[^abc]	0	aAaA	match	None	
[^abc]	0	aAaA	fullmatch	None	
[^abc]	0	aAaA	finditer	1,2|None 3,4|None	
[^abc]	0	abcde abc	search	3,4|None	
[^abc]	0	abcde abc	match	None	
[^abc]	0	abcde abc	fullmatch	None	
[^abc]	0	abcde abc	finditer	3,4|None 4,5|None 5,6|None	
[^abc]	0	x a\ny b	search	0,1|None	
[^abc]	0	x a\ny b	match	0,1|None	
[^abc]	0	x a\ny b	fullmatch	None	
[^abc]	0	x a\ny b	finditer	0,1|None 1,2|None 3,4|None 4,5|None 5,6|None	
[^abc]	0	abcdefghija0	search	3,4|None	
[^abc]	0	abcdefghija0	match	None	
[^abc]	0	abcdefghija0	fullmatch	None	
[^abc]	0	abcdefghija0	finditer	3,4|None 4,5|None 5,6|None 6,7|None 7,8|None 8,9|None 9,10|None 11,12|None	
[^abc]	0	hi"	search	0,1|None	
[^abc]	0	hi"	match	0,1|None	
[^abc]	0	hi"	fullmatch	None	
[^abc]	0	hi"	finditer	0,1|None 1,2|None 2,3|None	
[^abc]	0	aaa	search	None	
[^abc]	0	aaa	match	None	
[^abc]	0	aaa	fullmatch	None	
[^abc]	0	aaa	finditer		
[^abc]	0	bab	search	None	
[^abc]	0	bab	match	None	
[^abc]	0	bab	fullmatch	None	
[^abc]	0	bab	finditer		
[^abc]	0	 , a ,b	search	0,1|None	
[^abc]	0	 , a ,b	match	0,1|None	
[^abc]	0	 , a ,b	fullmatch	None	
[^abc]	0	 , a ,b	finditer	0,1|None 1,2|None 2,3|None 4,5|None 5,6|None	
[^abc]	0	foo bar	search	0,1|None	
[^abc]	0	foo bar	match	0,1|None	
[^abc]	0	foo bar	fullmatch	None	
[^abc]	0	foo bar	finditer	0,1|None 1,2|None 2,3|None 3,4|None 6,7|None	
[^abc]	0		search	None	
[^abc]	0		match	None	
[^abc]	0		fullmatch	None	
[^abc]	0		finditer		
[^abc]	0	A	search@0:1	0,1|None	
[^abc]	0	A	finditer@0:1	0,1|None	
[^abc]	0	bab	search@2:0	None	
[^abc]	0	bab	finditer@2:0		
[^abc]	0	b	search@1:1	None	
[^abc]	0	b	finditer@1:1		
[^abc]	2	abc	search	None	
[^abc]	2	abc	match	None	
[^abc]	2	abc	fullmatch	None	
[^abc]	2	abc	finditer		
[^abc]	2	a-b c_d	search	1,2|None	
[^abc]	2	a-b c_d	match	None	
[^abc]	2	a-b c_d	fullmatch	None	
[^abc]	2	a-b c_d	finditer	1,2|None 3,4|None 5,6|None 6,7|None	
[^abc]	2	hi"	search	0,1|None	
[^abc]	2	hi"	match	0,1|None	
[^abc]	2	hi"	fullmatch	None	
[^abc]	2	hi"	finditer	0,1|None 1,2|None 2,3|None	
[^abc]	2	\u{661}\u{662}\u{663} 45	search	0,1|None	
[^abc]	2	\u{661}\u{662}\u{663} 45	match	0,1|None	
[^abc]	2	\u{661}\u{662}\u{663} 45	fullmatch	None	
[^abc]	2	\u{661}\u{662}\u{663} 45	finditer	0,1|None 1,2|None 2,3|None 3,4|None 4,5|None 5,6|None	
[^abc]	2	hello world	search	0,1|None	
[^abc]	2	hello world	match	0,1|None	
[^abc]	2	hello world	fullmatch	None	
[^abc]	2	hello world	finditer	0,1|None 1,2|None 2,3|None 3,4|None 4,5|None 5,6|None 6,7|None 7,8|None 8,9|None 9,10|None 10,11|None	
[^abc]	2	a	search	None	
[^abc]	2	a	match	None	
[^abc]	2	a	fullmatch	None	
[^abc]	2	a	finditer		
[^abc]	2	Foo foo	search	0,1|None	
[^abc]	2	Foo foo	match	0,1|None	
[^abc]	2	Foo foo	fullmatch	None	
[^abc]	2	Foo foo	finditer	0,1|None 1,2|None 2,3|None 3,4|None 4,5|None 5,6|None 6,7|None	
[^abc]	2	\u{c9}	search	0,1|None	
[^abc]	2	\u{c9}	match	0,1|None	
[^abc]	2	\u{c9}	fullmatch	0,1|None	
[^abc]	2	\u{c9}	finditer	0,1|None	
[^abc]	2	a b c	search	1,2|None	
[^abc]	2	a b c	match	None	
[^abc]	2	a b c	fullmatch	None	
[^abc]	2	a b c	finditer	1,2|None 3,4|None	
[^abc]	2	abcdefghija0	search	3,4|None	
[^abc]	2	abcdefghija0	match	None	
[^abc]	2	abcdefghija0	fullmatch	None	
[^abc]	2	abcdefghija0	finditer	3,4|None 4,5|None 5,6|None 6,7|None 7,8|None 8,9|None 9,10|None 11,12|None	
[^abc]	2	\u{17f}S	search	0,1|None	
[^abc]	2	\u{17f}S	match	0,1|None	
[^abc]	2	\u{17f}S	fullmatch	None	
[^abc]	2	\u{17f}S	finditer	0,1|None 1,2|None	
[^abc]	2	A	search	None	
[^abc]	2	A	match	None	
[^abc]	2	A	fullmatch	None	
[^abc]	2	A	finditer		
[^abc]	2	aa	search@2:1	None	
[^abc]	2	aa	finditer@2:1		
[^abc]	2	hi"	search@1:2	1,2|None	
[^abc]	2	hi"	finditer@1:2	1,2|None	
[^abc]	2	\u{c9}	search@1:1	None	
[^abc]	2	\u{c9}	finditer@1:1		
[a-z]+	0	ab\n	search	0,2|None	
[a-z]+	0	ab\n	match	0,2|None	
[a-z]+	0	ab\n	fullmatch	None	
[a-z]+	0	ab\n	finditer	0,2|None	
[a-z]+	0	hello world	search	0,5|None	
[a-z]+	0	hello world	match	0,5|None	
[a-z]+	0	hello world	fullmatch	None	
[a-z]+	0	hello world	finditer	0,5|None 6,11|None	
[a-z]+	0	K	search	None	
[a-z]+	0	K	match	None	
[a-z]+	0	K	fullmatch	None	
[a-z]+	0	K	finditer		
[a-z]+	0	x\ty	search	0,1|None	
[a-z]+	0	x\ty	match	0,1|None	
[a-z]+	0	x\ty	fullmatch	None	
[a-z]+	0	x\ty	finditer	0,1|None 2,3|None	
[a-z]+	0	ab	search	0,2|None	
[a-z]+	0	ab	match	0,2|None	
[a-z]+	0	ab	fullmatch	0,2|None	
[a-z]+	0	ab	finditer	0,2|None	
[a-z]+	0	2024-01-15	search	None	
[a-z]+	0	2024-01-15	match	None	
[a-z]+	0	2024-01-15	fullmatch	None	
[a-z]+	0	2024-01-15	finditer		
[a-z]+	0	ababab	search	0,6|None	
[a-z]+	0	ababab	match	0,6|None	
[a-z]+	0	ababab	fullmatch	0,6|None	
[a-z]+	0	ababab	finditer	0,6|None	
[a-z]+	0	b	search	0,1|None	
[a-z]+	0	b	match	0,1|None	
[a-z]+	0	b	fullmatch	0,1|None	
[a-z]+	0	b	finditer	0,1|None	
[a-z]+	0	abcd	search	0,4|None	
[a-z]+	0	abcd	match	0,4|None	
[a-z]+	0	abcd	fullmatch	0,4|None	
[a-z]+	0	abcd	finditer	0,4|None	
[a-z]+	0	\u{e9}	search	None	
[a-z]+	0	\u{e9}	match	None	
[a-z]+	0	\u{e9}	fullmatch	None	
[a-z]+	0	\u{e9}	finditer		
[a-z]+	0	bd cd ad	search	0,2|None	
[a-z]+	0	bd cd ad	match	0,2|None	
[a-z]+	0	bd cd ad	fullmatch	None	
[a-z]+	0	bd cd ad	finditer	0,2|None 3,5|None 6,8|None	
[a-z]+	0	ba	search	0,2|None	
[a-z]+	0	ba	match	0,2|None	
[a-z]+	0	ba	fullmatch	0,2|None	
[a-z]+	0	ba	finditer	0,2|None	
[a-z]+	0	a b c	search@3:5	4,5|None	
[a-z]+	0	a b c	finditer@3:5	4,5|None	
[a-z]+	0	\u{17f}S	search@2:1	None	
[a-z]+	0	\u{17f}S	finditer@2:1		
[a-z]+	0		search@0:0	None	
[a-z]+	0		finditer@0:0		
[^a-z]+	0	K	search	0,1|None	
[^a-z]+	0	K	match	0,1|None	
[^a-z]+	0	K	fullmatch	0,1|None	
[^a-z]+	0	K	finditer	0,1|None	
[^a-z]+	0		search	None	
[^a-z]+	0		match	None	
[^a-z]+	0		fullmatch	None	
[^a-z]+	0		finditer		
[^a-z]+	0	A	search	0,1|None	
[^a-z]+	0	A	match	0,1|None	
[^a-z]+	0	A	fullmatch	0,1|None	
[^a-z]+	0	A	finditer	0,1|None	
[^a-z]+	0	abcde abc	search	5,6|None	
[^a-z]+	0	abcde abc	match	None	
[^a-z]+	0	abcde abc	fullmatch	None	
[^a-z]+	0	abcde abc	finditer	5,6|None	
[^a-z]+	0	bab	search	None	
[^a-z]+	0	bab	match	None	
[^a-z]+	0	bab	fullmatch	None	
[^a-z]+	0	bab	finditer		
[^a-z]+	0	12 345 6	search	0,8|None	
[^a-z]+	0	12 345 6	match	0,8|None	
[^a-z]+	0	12 345 6	fullmatch	0,8|None	
[^a-z]+	0	12 345 6	finditer	0,8|None	
[^a-z]+	0	aAaA	search	1,2|None	
[^a-z]+	0	aAaA	match	None	
[^a-z]+	0	aAaA	fullmatch	None	
[^a-z]+	0	aAaA	finditer	1,2|None 3,4|None	
[^a-z]+	0	the the cat	search	3,4|None	
[^a-z]+	0	the the cat	match	None	
[^a-z]+	0	the the cat	fullmatch	None	
[^a-z]+	0	the the cat	finditer	3,4|None 7,8|None	
[^a-z]+	0	hi"	search	2,3|None	
[^a-z]+	0	hi"	match	None	
[^a-z]+	0	hi"	fullmatch	None	
[^a-z]+	0	hi"	finditer	2,3|None	
[^a-z]+	0	hello world	search	5,6|None	
[^a-z]+	0	hello world	match	None	
[^a-z]+	0	hello world	fullmatch	None	
[^a-z]+	0	hello world	finditer	5,6|None	
[^a-z]+	0	abcabc	search	None	
[^a-z]+	0	abcabc	match	None	
[^a-z]+	0	abcabc	fullmatch	None	
[^a-z]+	0	abcabc	finditer		
[^a-z]+	0	\u{e9}	search	0,1|None	
[^a-z]+	0	\u{e9}	match	0,1|None	
[^a-z]+	0	\u{e9}	fullmatch	0,1|None	
[^a-z]+	0	\u{e9}	finditer	0,1|None	
[^a-z]+	0	ab\n	search@2:1	None	
[^a-z]+	0	ab\n	finditer@2:1		
[^a-z]+	0	x\ty	search@1:3	1,2|None	
[^a-z]+	0	x\ty	finditer@1:3	1,2|None	
[^a-z]+	0	abc	search@0:2	None	
[^a-z]+	0	abc	finditer@0:2		
[]a]	0	x a\ny b	search	2,3|None	
[]a]	0	x a\ny b	match	None	
[]a]	0	x a\ny b	fullmatch	None	
[]a]	0	x a\ny b	finditer	2,3|None	
[]a]	0	 , a ,b	search	3,4|None	
[]a]	0	 , a ,b	match	None	
[]a]	0	 , a ,b	fullmatch	None	
[]a]	0	 , a ,b	finditer	3,4|None	
[]a]	0	\u{3a3}\u{3c3}\u{3c2}\u{391}\u{3a9}	search	None	
[]a]	0	\u{3a3}\u{3c3}\u{3c2}\u{391}\u{3a9}	match	None	
[]a]	0	\u{3a3}\u{3c3}\u{3c2}\u{391}\u{3a9}	fullmatch	None	
[]a]	0	\u{3a3}\u{3c3}\u{3c2}\u{391}\u{3a9}	finditer		
[]a]	0	aAaA	search	0,1|None	
[]a]	0	aAaA	match	0,1|None	
[]a]	0	aAaA	fullmatch	None	
[]a]	0	aAaA	finditer	0,1|None 2,3|None	
[]a]	0	abcabc	search	0,1|None	
[]a]	0	abcabc	match	0,1|None	
[]a]	0	abcabc	fullmatch	None	
[]a]	0	abcabc	finditer	0,1|None 3,4|None	
[]a]	0	\u{17f}S	search	None	
[]a]	0	\u{17f}S	match	None	
[]a]	0	\u{17f}S	fullmatch	None	
[]a]	0	\u{17f}S	finditer		
[]a]	0	the the cat	search	9,10|None	
[]a]	0	the the cat	match	None	
[]a]	0	the the cat	fullmatch	None	
[]a]	0	the the cat	finditer	9,10|None	
[]a]	0	abc	search	0,1|None	
[]a]	0	abc	match	0,1|None	
[]a]	0	abc	fullmatch	None	
[]a]	0	abc	finditer	0,1|None	
[]a]	0	abcd	search	0,1|None	
[]a]	0	abcd	match	0,1|None	
[]a]	0	abcd	fullmatch	None	
[]a]	0	abcd	finditer	0,1|None	
[]a]	0	bab	search	1,2|None	
[]a]	0	bab	match	None	
[]a]	0	bab	fullmatch	None	
[]a]	0	bab	finditer	1,2|None	
[]a]	0	abcde abc	search	0,1|None	
[]a]	0	abcde abc	match	0,1|None	
[]a]	0	abcde abc	fullmatch	None	
[]a]	0	abcde abc	finditer	0,1|None 6,7|None	
[]a]	0	b	search	None	
[]a]	0	b	match	None	
[]a]	0	b	fullmatch	None	
[]a]	0	b	finditer		
[]a]	0	ababab	search@1:1	None	
[]a]	0	ababab	finditer@1:1		
[]a]	0	aAaA	search@1:3	2,3|None	
[]a]	0	aAaA	finditer@1:3	2,3|None	
[]a]	0	bd cd ad	search@0:7	6,7|None	
[]a]	0	bd cd ad	finditer@0:7	6,7|None	
[^]a]	0	abc	search	1,2|None	
[^]a]	0	abc	match	None	
[^]a]	0	abc	fullmatch	None	
[^]a]	0	abc	finditer	1,2|None 2,3|None	
[^]a]	0	abcd	search	1,2|None	
[^]a]	0	abcd	match	None	
[^]a]	0	abcd	fullmatch	None	
[^]a]	0	abcd	finditer	1,2|None 2,3|None 3,4|None	
[^]a]	0	AbC	search	0,1|None	
[^]a]	0	AbC	match	0,1|None	
[^]a]	0	AbC	fullmatch	None	
[^]a]	0	AbC	finditer	0,1|None 1,2|None 2,3|None	
[^]a]	0	aa	search	None	
[^]a]	0	aa	match	None	
[^]a]	0	aa	fullmatch	None	
[^]a]	0	aa	finditer		
[^]a]	0	cab	search	0,1|None	
[^]a]	0	cab	match	0,1|None	
[^]a]	0	cab	fullmatch	None	
[^]a]	0	cab	finditer	0,1|None 2,3|None	
[^]a]	0	ba	search	0,1|None	
[^]a]	0	ba	match	0,1|None	
[^]a]	0	ba	fullmatch	None	
[^]a]	0	ba	finditer	0,1|None	
[^]a]	0	\u{c9}\u{e9}SS\u{df}	search	0,1|None	
[^]a]	0	\u{c9}\u{e9}SS\u{df}	match	0,1|None	
[^]a]	0	\u{c9}\u{e9}SS\u{df}	fullmatch	None	
[^]a]	0	\u{c9}\u{e9}SS\u{df}	finditer	0,1|None 1,2|None 2,3|None 3,4|None 4,5|None	
[^]a]	0	\u{c9}	search	0,1|None	
[^]a]	0	\u{c9}	match	0,1|None	
[^]a]	0	\u{c9}	fullmatch	0,1|None	
[^]a]	0	\u{c9}	finditer	0,1|None	
[^]a]	0	ab	search	1,2|None	
[^]a]	0	ab	match	None	
[^]a]	0	ab	fullmatch	None	
[^]a]	0	ab	finditer	1,2|None	
[^]a]	0	abcabc	search	1,2|None	
[^]a]	0	abcabc	match	None	
[^]a]	0	abcabc	fullmatch	None	
[^]a]	0	abcabc	finditer	1,2|None 2,3|None 4,5|None 5,6|None	
[^]a]	0	a b c	search	1,2|None	
[^]a]	0	a b c	match	None	
[^]a]	0	a b c	fullmatch	None	
[^]a]	0	a b c	finditer	1,2|None 2,3|None 3,4|None 4,5|None	
[^]a]	0	\u{661}\u{662}\u{663} 45	search	0,1|None	
[^]a]	0	\u{661}\u{662}\u{663} 45	match	0,1|None	
[^]a]	0	\u{661}\u{662}\u{663} 45	fullmatch	None	
[^]a]	0	\u{661}\u{662}\u{663} 45	finditer	0,1|None 1,2|None 2,3|None 3,4|None 4,5|None 5,6|None	
[^]a]	0	b	search@0:1	0,1|None	
[^]a]	0	b	finditer@0:1	0,1|None	
[^]a]	0	a b c	search@3:2	None	
[^]a]	0	a b c	finditer@3:2		
[^]a]	0	A	search@1:0	None	
[^]a]	0	A	finditer@1:0		
[a-]	0	abcde abc	search	0,1|None	
[a-]	0	abcde abc	match	0,1|None	
[a-]	0	abcde abc	fullmatch	None	
[a-]	0	abcde abc	finditer	0,1|None 6,7|None	
[a-]	0	ae cde abe	search	0,1|None	
[a-]	0	ae cde abe	match	0,1|None	
[a-]	0	ae cde abe	fullmatch	None	
[a-]	0	ae cde abe	finditer	0,1|None 7,8|None	
[a-]	0	john.doe@example.com	search	11,12|None	
[a-]	0	john.doe@example.com	match	None	
[a-]	0	john.doe@example.com	fullmatch	None	
[a-]	0	john.doe@example.com	finditer	11,12|None	
[a-]	0	a\nb\n	search	0,1|None	
[a-]	0	a\nb\n	match	0,1|None	
[a-]	0	a\nb\n	fullmatch	None	
[a-]	0	a\nb\n	finditer	0,1|None	
[a-]	0	x\ty	search	None	
[a-]	0	x\ty	match	None	
[a-]	0	x\ty	fullmatch	None	
[a-]	0	x\ty	finditer		
[a-]	0	xyz	search	None	
[a-]	0	xyz	match	None	
[a-]	0	xyz	fullmatch	None	
[a-]	0	xyz	finditer		
[a-]	0	"hi"	search	None	
[a-]	0	"hi"	match	None	
[a-]	0	"hi"	fullmatch	None	
[a-]	0	"hi"	finditer		
[a-]	0	a	search	0,1|None	
[a-]	0	a	match	0,1|None	
[a-]	0	a	fullmatch	0,1|None	
[a-]	0	a	finditer	0,1|None	
[a-]	0	\n	search	None	
[a-]	0	\n	match	None	
[a-]	0	\n	fullmatch	None	
[a-]	0	\n	finditer		
[a-]	0	abcabc	search	0,1|None	
[a-]	0	abcabc	match	0,1|None	
[a-]	0	abcabc	fullmatch	None	
[a-]	0	abcabc	finditer	0,1|None 3,4|None	
[a-]	0	Foo foo	search	None	
[a-]	0	Foo foo	match	None	
[a-]	0	Foo foo	fullmatch	None	
[a-]	0	Foo foo	finditer		
[a-]	0	ababab	search	0,1|None	
[a-]	0	ababab	match	0,1|None	
[a-]	0	ababab	fullmatch	None	
[a-]	0	ababab	finditer	0,1|None 2,3|None 4,5|None	
[a-]	0	hello world	search@1:8	None	
[a-]	0	hello world	finditer@1:8		
[a-]	0	a b c	search@3:1	None	
[a-]	0	a b c	finditer@3:1		
[a-]	0	\u{17f}S	search@2:1	None	
[a-]	0	\u{17f}S	finditer@2:1		
[-a]	0	abcd	search	0,1|None	
[-a]	0	abcd	match	0,1|None	
[-a]	0	abcd	fullmatch	None	
[-a]	0	abcd	finditer	0,1|None	
[-a]	0	abcde abc	search	0,1|None	
[-a]	0	abcde abc	match	0,1|None	
[-a]	0	abcde abc	fullmatch	None	
[-a]	0	abcde abc	finditer	0,1|None 6,7|None	
[-a]	0	bd cd ad	search	6,7|None	
[-a]	0	bd cd ad	match	None	
[-a]	0	bd cd ad	fullmatch	None	
[-a]	0	bd cd ad	finditer	6,7|None	
[-a]	0	cab	search	1,2|None	
[-a]	0	cab	match	None	
[-a]	0	cab	fullmatch	None	
[-a]	0	cab	finditer	1,2|None	
[-a]	0	\n	search	None	
[-a]	0	\n	match	None	
[-a]	0	\n	fullmatch	None	
[-a]	0	\n	finditer		
[-a]	0	hi"	search	None	
[-a]	0	hi"	match	None	
[-a]	0	hi"	fullmatch	None	
[-a]	0	hi"	finditer		
[-a]	0	hello world	search	None	
[-a]	0	hello world	match	None	
[-a]	0	hello world	fullmatch	None	
[-a]	0	hello world	finditer		
[-a]	0	ab\n	search	0,1|None	
[-a]	0	ab\n	match	0,1|None	
[-a]	0	ab\n	fullmatch	None	
[-a]	0	ab\n	finditer	0,1|None	
[-a]	0	AbC	search	None	
[-a]	0	AbC	match	None	
[-a]	0	AbC	fullmatch	None	
[-a]	0	AbC	finditer		
[-a]	0	aaab	search	0,1|None	
[-a]	0	aaab	match	0,1|None	
[-a]	0	aaab	fullmatch	None	
[-a]	0	aaab	finditer	0,1|None 1,2|None 2,3|None	
[-a]	0	\u{661}\u{662}\u{663} 45	search	None	
[-a]	0	\u{661}\u{662}\u{663} 45	match	None	
[-a]	0	\u{661}\u{662}\u{663} 45	fullmatch	None	
[-a]	0	\u{661}\u{662}\u{663} 45	finditer		
[-a]	0	a-b c_d	search	0,1|None	
[-a]	0	a-b c_d	match	0,1|None	
[-a]	0	a-b c_d	fullmatch	None	
[-a]	0	a-b c_d	finditer	0,1|None 1,2|None	
[-a]	0	bab	search@1:1	None	
[-a]	0	bab	finditer@1:1		
[-a]	0	 , a ,b	search@0:3	None	
[-a]	0	 , a ,b	finditer@0:3		
[-a]	0	bd cd ad	search@1:2	None	
[-a]	0	bd cd ad	finditer@1:2		
[\\d\\s]+	0	 , a ,b	search	0,1|None	
[\\d\\s]+	0	 , a ,b	match	0,1|None	
[\\d\\s]+	0	 , a ,b	fullmatch	None	
[\\d\\s]+	0	 , a ,b	finditer	0,1|None 2,3|None 4,5|None	
[\\d\\s]+	0	\u{c9}	search	None	
[\\d\\s]+	0	\u{c9}	match	None	
[\\d\\s]+	0	\u{c9}	fullmatch	None	
[\\d\\s]+	0	\u{c9}	finditer		
[\\d\\s]+	0	ae cde abe	search	2,3|None	
[\\d\\s]+	0	ae cde abe	match	None	
[\\d\\s]+	0	ae cde abe	fullmatch	None	
[\\d\\s]+	0	ae cde abe	finditer	2,3|None 6,7|None	
[\\d\\s]+	0	abcabc	search	None	
[\\d\\s]+	0	abcabc	match	None	
[\\d\\s]+	0	abcabc	fullmatch	None	
[\\d\\s]+	0	abcabc	finditer		
[\\d\\s]+	0	bd cd ad	search	2,3|None	
[\\d\\s]+	0	bd cd ad	match	None	
[\\d\\s]+	0	bd cd ad	fullmatch	None	
[\\d\\s]+	0	bd cd ad	finditer	2,3|None 5,6|None	
[\\d\\s]+	0	abc	search	None	
[\\d\\s]+	0	abc	match	None	
[\\d\\s]+	0	abc	fullmatch	None	
[\\d\\s]+	0	abc	finditer		
[\\d\\s]+	0	2024-01-15	search	0,4|None	
[\\d\\s]+	0	2024-01-15	match	0,4|None	
[\\d\\s]+	0	2024-01-15	fullmatch	None	
[\\d\\s]+	0	2024-01-15	finditer	0,4|None 5,7|None 8,10|None	
[\\d\\s]+	0	x a\ny b	search	1,2|None	
[\\d\\s]+	0	x a\ny b	match	None	
[\\d\\s]+	0	x a\ny b	fullmatch	None	
[\\d\\s]+	0	x a\ny b	finditer	1,2|None 3,4|None 5,6|None	
[\\d\\s]+	0	K	search	None	
[\\d\\s]+	0	K	match	None	
[\\d\\s]+	0	K	fullmatch	None	
[\\d\\s]+	0	K	finditer		
[\\d\\s]+	0	ba	search	None	
[\\d\\s]+	0	ba	match	None	
[\\d\\s]+	0	ba	fullmatch	None	
[\\d\\s]+	0	ba	finditer		
[\\d\\s]+	0	\u{17f}S	search	None	
[\\d\\s]+	0	\u{17f}S	match	None	
[\\d\\s]+	0	\u{17f}S	fullmatch	None	
[\\d\\s]+	0	\u{17f}S	finditer		
[\\d\\s]+	0	b	search	None	
[\\d\\s]+	0	b	match	None	
[\\d\\s]+	0	b	fullmatch	None	
[\\d\\s]+	0	b	finditer		
[\\d\\s]+	0	a\nb\n	search@4:4	None	
[\\d\\s]+	0	a\nb\n	finditer@4:4		
[\\d\\s]+	0	 , a ,b	search@1:4	2,3|None	
[\\d\\s]+	0	 , a ,b	finditer@1:4	2,3|None	
[\\d\\s]+	0	hi"	search@1:2	None	
[\\d\\s]+	0	hi"	finditer@1:2		
[\\w.-]+@[\\w.-]+	0	ba	search	None	
[\\w.-]+@[\\w.-]+	0	ba	match	None	
[\\w.-]+@[\\w.-]+	0	ba	fullmatch	None	
[\\w.-]+@[\\w.-]+	0	ba	finditer		
[\\w.-]+@[\\w.-]+	0		search	None	
[\\w.-]+@[\\w.-]+	0		match	None	
[\\w.-]+@[\\w.-]+	0		fullmatch	None	
[\\w.-]+@[\\w.-]+	0		finditer		
[\\w.-]+@[\\w.-]+	0	12 345 6	search	None	
[\\w.-]+@[\\w.-]+	0	12 345 6	match	None	
[\\w.-]+@[\\w.-]+	0	12 345 6	fullmatch	None	
[\\w.-]+@[\\w.-]+	0	12 345 6	finditer		
[\\w.-]+@[\\w.-]+	0	ababab	search	None	
[\\w.-]+@[\\w.-]+	0	ababab	match	None	
[\\w.-]+@[\\w.-]+	0	ababab	fullmatch	None	
[\\w.-]+@[\\w.-]+	0	ababab	finditer		
[\\w.-]+@[\\w.-]+	0	2024-01-15	search	None	
[\\w.-]+@[\\w.-]+	0	2024-01-15	match	None	
[\\w.-]+@[\\w.-]+	0	2024-01-15	fullmatch	None	
[\\w.-]+@[\\w.-]+	0	2024-01-15	finditer		
[\\w.-]+@[\\w.-]+	0	a\nb\n	search	None	
[\\w.-]+@[\\w.-]+	0	a\nb\n	match	None	
[\\w.-]+@[\\w.-]+	0	a\nb\n	fullmatch	None	
[\\w.-]+@[\\w.-]+	0	a\nb\n	finditer		
[\\w.-]+@[\\w.-]+	0	 , a ,b	search	None	
[\\w.-]+@[\\w.-]+	0	 , a ,b	match	None	
[\\w.-]+@[\\w.-]+	0	 , a ,b	fullmatch	None	
[\\w.-]+@[\\w.-]+	0	 , a ,b	finditer		
[\\w.-]+@[\\w.-]+	0	ae cde abe	search	None	
[\\w.-]+@[\\w.-]+	0	ae cde abe	match	None	
[\\w.-]+@[\\w.-]+	0	ae cde abe	fullmatch	None	
[\\w.-]+@[\\w.-]+	0	ae cde abe	finditer		
[\\w.-]+@[\\w.-]+	0	cab	search	None	
[\\w.-]+@[\\w.-]+	0	cab	match	None	
[\\w.-]+@[\\w.-]+	0	cab	fullmatch	None	
[\\w.-]+@[\\w.-]+	0	cab	finditer		
[\\w.-]+@[\\w.-]+	0	foo bar	search	None	
[\\w.-]+@[\\w.-]+	0	foo bar	match	None	
[\\w.-]+@[\\w.-]+	0	foo bar	fullmatch	None	
[\\w.-]+@[\\w.-]+	0	foo bar	finditer		
[\\w.-]+@[\\w.-]+	0	ab\n	search	None	
[\\w.-]+@[\\w.-]+	0	ab\n	match	None	
[\\w.-]+@[\\w.-]+	0	ab\n	fullmatch	None	
[\\w.-]+@[\\w.-]+	0	ab\n	finditer		
[\\w.-]+@[\\w.-]+	0	ab	search	None	
[\\w.-]+@[\\w.-]+	0	ab	match	None	
[\\w.-]+@[\\w.-]+	0	ab	fullmatch	None	
[\\w.-]+@[\\w.-]+	0	ab	finditer		
[\\w.-]+@[\\w.-]+	0	K	search@0:0	None	
[\\w.-]+@[\\w.-]+	0	K	finditer@0:0		
[\\w.-]+@[\\w.-]+	0	aa	search@1:2	None	
[\\w.-]+@[\\w.-]+	0	aa	finditer@1:2		
[\\w.-]+@[\\w.-]+	0	\u{e9}	search@1:0	None	
[\\w.-]+@[\\w.-]+	0	\u{e9}	finditer@1:0		
[\\]]	0	\u{c9}	search	None	
[\\]]	0	\u{c9}	match	None	
[\\]]	0	\u{c9}	fullmatch	None	
[\\]]	0	\u{c9}	finditer		
[\\]]	0	K	search	None	
[\\]]	0	K	match	None	
[\\]]	0	K	fullmatch	None	
[\\]]	0	K	finditer		
[\\]]	0	aa	search	None	
[\\]]	0	aa	match	None	
[\\]]	0	aa	fullmatch	None	
[\\]]	0	aa	finditer		
[\\]]	0	bab	search	None	
[\\]]	0	bab	match	None	
[\\]]	0	bab	fullmatch	None	
[\\]]	0	bab	finditer		
[\\]]	0	"hi"	search	None	
[\\]]	0	"hi"	match	None	
[\\]]	0	"hi"	fullmatch	None	
[\\]]	0	"hi"	finditer		
[\\]]	0	the the cat	search	None	
[\\]]	0	the the cat	match	None	
[\\]]	0	the the cat	fullmatch	None	
[\\]]	0	the the cat	finditer		
[\\]]	0	ba	search	None	
[\\]]	0	ba	match	None	
[\\]]	0	ba	fullmatch	None	
[\\]]	0	ba	finditer		
[\\]]	0	 , a ,b	search	None	
[\\]]	0	 , a ,b	match	None	
[\\]]	0	 , a ,b	fullmatch	None	
[\\]]	0	 , a ,b	finditer		
[\\]]	0	\u{e9}	search	None	
[\\]]	0	\u{e9}	match	None	
[\\]]	0	\u{e9}	fullmatch	None	
[\\]]	0	\u{e9}	finditer		
[\\]]	0	foo bar	search	None	
[\\]]	0	foo bar	match	None	
[\\]]	0	foo bar	fullmatch	None	
[\\]]	0	foo bar	finditer		
[\\]]	0	abcabc	search	None	
[\\]]	0	abcabc	match	None	
[\\]]	0	abcabc	fullmatch	None	
[\\]]	0	abcabc	finditer		
[\\]]	0	ababab	search	None	
[\\]]	0	ababab	match	None	
[\\]]	0	ababab	fullmatch	None	
[\\]]	0	ababab	finditer		
[\\]]	0	b	search@1:0	None	
[\\]]	0	b	finditer@1:0		
[\\]]	0	\n	search@0:0	None	
[\\]]	0	\n	finditer@0:0		
[\\]]	0	a\nb\n	search@3:3	None	
[\\]]	0	a\nb\n	finditer@3:3		
[a-z0-9_]	0	\u{3a3}\u{3c3}\u{3c2}\u{391}\u{3a9}	search	None	
[a-z0-9_]	0	\u{3a3}\u{3c3}\u{3c2}\u{391}\u{3a9}	match	None	
[a-z0-9_]	0	\u{3a3}\u{3c3}\u{3c2}\u{391}\u{3a9}	fullmatch	None	
[a-z0-9_]	0	\u{3a3}\u{3c3}\u{3c2}\u{391}\u{3a9}	finditer		
[a-z0-9_]	0	aaab	search	0,1|None	
[a-z0-9_]	0	aaab	match	0,1|None	
[a-z0-9_]	0	aaab	fullmatch	None	
[a-z0-9_]	0	aaab	finditer	0,1|None 1,2|None 2,3|None 3,4|None	
[a-z0-9_]	0	\u{c9}	search	None	
[a-z0-9_]	0	\u{c9}	match	None	
[a-z0-9_]	0	\u{c9}	fullmatch	None	
[a-z0-9_]	0	\u{c9}	finditer		
[a-z0-9_]	0	abcde abc	search	0,1|None	
[a-z0-9_]	0	abcde abc	match	0,1|None	
[a-z0-9_]	0	abcde abc	fullmatch	None	
[a-z0-9_]	0	abcde abc	finditer	0,1|None 1,2|None 2,3|None 3,4|None 4,5|None 6,7|None 7,8|None 8,9|None	
[a-z0-9_]	0	 , a ,b	search	3,4|None	
[a-z0-9_]	0	 , a ,b	match	None	
[a-z0-9_]	0	 , a ,b	fullmatch	None	
[a-z0-9_]	0	 , a ,b	finditer	3,4|None 6,7|None	
[a-z0-9_]	0	bd cd ad	search	0,1|None	
[a-z0-9_]	0	bd cd ad	match	0,1|None	
[a-z0-9_]	0	bd cd ad	fullmatch	None	
[a-z0-9_]	0	bd cd ad	finditer	0,1|None 1,2|None 3,4|None 4,5|None 6,7|None 7,8|None	
[a-z0-9_]	0	12 345 6	search	0,1|None	
[a-z0-9_]	0	12 345 6	match	0,1|None	
[a-z0-9_]	0	12 345 6	fullmatch	None	
[a-z0-9_]	0	12 345 6	finditer	0,1|None 1,2|None 3,4|None 4,5|None 5,6|None 7,8|None	
[a-z0-9_]	0	\u{65e5}\u{672c}\u{8a9e}	search	None	
[a-z0-9_]	0	\u{65e5}\u{672c}\u{8a9e}	match	None	
[a-z0-9_]	0	\u{65e5}\u{672c}\u{8a9e}	fullmatch	None	
[a-z0-9_]	0	\u{65e5}\u{672c}\u{8a9e}	finditer		
[a-z0-9_]	0	K	search	None	
[a-z0-9_]	0	K	match	None	
[a-z0-9_]	0	K	fullmatch	None	
[a-z0-9_]	0	K	finditer		
[a-z0-9_]	0	x\ty	search	0,1|None	
[a-z0-9_]	0	x\ty	match	0,1|None	
[a-z0-9_]	0	x\ty	fullmatch	None	
[a-z0-9_]	0	x\ty	finditer	0,1|None 2,3|None	
[a-z0-9_]	0	\u{c9}\u{e9}SS\u{df}	search	None	
[a-z0-9_]	0	\u{c9}\u{e9}SS\u{df}	match	None	
[a-z0-9_]	0	\u{c9}\u{e9}SS\u{df}	fullmatch	None	
[a-z0-9_]	0	\u{c9}\u{e9}SS\u{df}	finditer		
[a-z0-9_]	0	ba	search	0,1|None	
[a-z0-9_]	0	ba	match	0,1|None	
[a-z0-9_]	0	ba	fullmatch	None	
[a-z0-9_]	0	ba	finditer	0,1|None 1,2|None	
[a-z0-9_]	0	 , a ,b	search@5:6	None	
[a-z0-9_]	0	 , a ,b	finditer@5:6		
[a-z0-9_]	0	ba	search@1:0	None	
[a-z0-9_]	0	ba	finditer@1:0		
[a-z0-9_]	0	"hi"	search@2:0	None	
[a-z0-9_]	0	"hi"	finditer@2:0		
[\\^]	0	abcde abc	search	None	
[\\^]	0	abcde abc	match	None	
[\\^]	0	abcde abc	fullmatch	None	
[\\^]	0	abcde abc	finditer		
[\\^]	0	\u{c9}\u{e9}SS\u{df}	search	None	
[\\^]	0	\u{c9}\u{e9}SS\u{df}	match	None	
[\\^]	0	\u{c9}\u{e9}SS\u{df}	fullmatch	None	
[\\^]	0	\u{c9}\u{e9}SS\u{df}	finditer		
[\\^]	0	the the cat	search	None	
[\\^]	0	the the cat	match	None	
[\\^]	0	the the cat	fullmatch	None	
[\\^]	0	the the cat	finditer		
[\\^]	0	xyz	search	None	
[\\^]	0	xyz	match	None	
[\\^]	0	xyz	fullmatch	None	
[\\^]	0	xyz	finditer		
[\\^]	0	john.doe@example.com	search	None	
[\\^]	0	john.doe@example.com	match	None	
[\\^]	0	john.doe@example.com	fullmatch	None	
[\\^]	0	john.doe@example.com	finditer		
[\\^]	0	hello world	search	None	
[\\^]	0	hello world	match	None	
[\\^]	0	hello world	fullmatch	None	
[\\^]	0	hello world	finditer		
[\\^]	0	a-b c_d	search	None	
[\\^]	0	a-b c_d	match	None	
[\\^]	0	a-b c_d	fullmatch	None	
[\\^]	0	a-b c_d	finditer		
[\\^]	0	ab	search	None	
[\\^]	0	ab	match	None	
[\\^]	0	ab	fullmatch	None	
[\\^]	0	ab	finditer		
[\\^]	0	a\nb\n	search	None	
[\\^]	0	a\nb\n	match	None	
[\\^]	0	a\nb\n	fullmatch	None	
[\\^]	0	a\nb\n	finditer		
[\\^]	0	ba	search	None	
[\\^]	0	ba	match	None	
[\\^]	0	ba	fullmatch	None	
[\\^]	0	ba	finditer		
[\\^]	0	\u{17f}S	search	None	
[\\^]	0	\u{17f}S	match	None	
[\\^]	0	\u{17f}S	fullmatch	None	
[\\^]	0	\u{17f}S	finditer		
[\\^]	0	abcdefghija0	search	None	
[\\^]	0	abcdefghija0	match	None	
[\\^]	0	abcdefghija0	fullmatch	None	
[\\^]	0	abcdefghija0	finditer		
[\\^]	0	\u{661}\u{662}\u{663} 45	search@3:5	None	
[\\^]	0	\u{661}\u{662}\u{663} 45	finditer@3:5		
[\\^]	0	\u{e9}	search@0:0	None	
[\\^]	0	\u{e9}	finditer@0:0		
[\\^]	0	aaa	search@2:3	None	
[\\^]	0	aaa	finditer@2:3		
[^^]	0	ab	search	0,1|None	
[^^]	0	ab	match	0,1|None	
[^^]	0	ab	fullmatch	None	
[^^]	0	ab	finditer	0,1|None 1,2|None	
[^^]	0	abcdefghijkk	search	0,1|None	
[^^]	0	abcdefghijkk	match	0,1|None	
[^^]	0	abcdefghijkk	fullmatch	None	
[^^]	0	abcdefghijkk	finditer	0,1|None 1,2|None 2,3|None 3,4|None 4,5|None 5,6|None 6,7|None 7,8|None 8,9|None 9,10|None 10,11|None 11,12|None	
[^^]	0	x\ty	search	0,1|None	
[^^]	0	x\ty	match	0,1|None	
[^^]	0	x\ty	fullmatch	None	
[^^]	0	x\ty	finditer	0,1|None 1,2|None 2,3|None	
[^^]	0	2024-01-15	search	0,1|None	
[^^]	0	2024-01-15	match	0,1|None	
[^^]	0	2024-01-15	fullmatch	None	
[^^]	0	2024-01-15	finditer	0,1|None 1,2|None 2,3|None 3,4|None 4,5|None 5,6|None 6,7|None 7,8|None 8,9|None 9,10|None	
[^^]	0	hi"	search	0,1|None	
[^^]	0	hi"	match	0,1|None	
[^^]	0	hi"	fullmatch	None	
[^^]	0	hi"	finditer	0,1|None 1,2|None 2,3|None	
[^^]	0	\u{c9}	search	0,1|None	
[^^]	0	\u{c9}	match	0,1|None	
[^^]	0	\u{c9}	fullmatch	0,1|None	
[^^]	0	\u{c9}	finditer	0,1|None	
[^^]	0	 , a ,b	search	0,1|None	
[^^]	0	 , a ,b	match	0,1|None	
[^^]	0	 , a ,b	fullmatch	None	
[^^]	0	 , a ,b	finditer	0,1|None 1,2|None 2,3|None 3,4|None 4,5|None 5,6|None 6,7|None	
[^^]	0	cab	search	0,1|None	
[^^]	0	cab	match	0,1|None	
[^^]	0	cab	fullmatch	None	
[^^]	0	cab	finditer	0,1|None 1,2|None 2,3|None	
[^^]	0	AbC	search	0,1|None	
[^^]	0	AbC	match	0,1|None	
[^^]	0	AbC	fullmatch	None	
[^^]	0	AbC	finditer	0,1|None 1,2|None 2,3|None	
[^^]	0	bd cd ad	search	0,1|None	
[^^]	0	bd cd ad	match	0,1|None	
[^^]	0	bd cd ad	fullmatch	None	
[^^]	0	bd cd ad	finditer	0,1|None 1,2|None 2,3|None 3,4|None 4,5|None 5,6|None 6,7|None 7,8|None	
[^^]	0	a b c	search	0,1|None	
[^^]	0	a b c	match	0,1|None	
[^^]	0	a b c	fullmatch	None	
[^^]	0	a b c	finditer	0,1|None 1,2|None 2,3|None 3,4|None 4,5|None	
[^^]	0	ba	search	0,1|None	
[^^]	0	ba	match	0,1|None	
[^^]	0	ba	fullmatch	None	
[^^]	0	ba	finditer	0,1|None 1,2|None	
[^^]	0	ab	search@0:0	None	
[^^]	0	ab	finditer@0:0		
[^^]	0	abcd	search@4:4	None	
[^^]	0	abcd	finditer@4:4		
[^^]	0	"hi"	search@3:0	None	
[^^]	0	"hi"	finditer@3:0		
[^^]	2	12 345 6	search	0,1|None	
[^^]	2	12 345 6	match	0,1|None	
[^^]	2	12 345 6	fullmatch	None	
[^^]	2	12 345 6	finditer	0,1|None 1,2|None 2,3|None 3,4|None 4,5|None 5,6|None 6,7|None 7,8|None	
[^^]	2	a\nb\n	search	0,1|None	
[^^]	2	a\nb\n	match	0,1|None	
[^^]	2	a\nb\n	fullmatch	None	
[^^]	2	a\nb\n	finditer	0,1|None 1,2|None 2,3|None 3,4|None	
[^^]	2	hello world	search	0,1|None	
[^^]	2	hello world	match	0,1|None	
[^^]	2	hello world	fullmatch	None	
[^^]	2	hello world	finditer	0,1|None 1,2|None 2,3|None 3,4|None 4,5|None 5,6|None 6,7|None 7,8|None 8,9|None 9,10|None 10,11|None	
[^^]	2	a	search	0,1|None	
[^^]	2	a	match	0,1|None	
[^^]	2	a	fullmatch	0,1|None	
[^^]	2	a	finditer	0,1|None	
[^^]	2	john.doe@example.com	search	0,1|None	
[^^]	2	john.doe@example.com	match	0,1|None	
[^^]	2	john.doe@example.com	fullmatch	None	
[^^]	2	john.doe@example.com	finditer	0,1|None 1,2|None 2,3|None 3,4|None 4,5|None 5,6|None 6,7|None 7,8|None 8,9|None 9,10|None 10,11|None 11,12|None 12,13|None 13,14|None 14,15|None 15,16|None 16,17|None 17,18|None 18,19|None 19,20|None	
[^^]	2	foo bar	search	0,1|None	
[^^]	2	foo bar	match	0,1|None	
[^^]	2	foo bar	fullmatch	None	
[^^]	2	foo bar	finditer	0,1|None 1,2|None 2,3|None 3,4|None 4,5|None 5,6|None 6,7|None	
[^^]	2	ab	search	0,1|None	
[^^]	2	ab	match	0,1|None	
[^^]	2	ab	fullmatch	None	
[^^]	2	ab	finditer	0,1|None 1,2|None	
[^^]	2	\u{17f}S	search	0,1|None	
[^^]	2	\u{17f}S	match	0,1|None	
[^^]	2	\u{17f}S	fullmatch	None	
[^^]	2	\u{17f}S	finditer	0,1|None 1,2|None	
[^^]	2	aAaA	search	0,1|None	
[^^]	2	aAaA	match	0,1|None	
[^^]	2	aAaA	fullmatch	None	
[^^]	2	aAaA	finditer	0,1|None 1,2|None 2,3|None 3,4|None	
[^^]	2	"hi"	search	0,1|None	
[^^]	2	"hi"	match	0,1|None	
[^^]	2	"hi"	fullmatch	None	
[^^]	2	"hi"	finditer	0,1|None 1,2|None 2,3|None 3,4|None	
[^^]	2	\u{e9}	search	0,1|None	
[^^]	2	\u{e9}	match	0,1|None	
[^^]	2	\u{e9}	fullmatch	0,1|None	
[^^]	2	\u{e9}	finditer	0,1|None	
[^^]	2	bab	search	0,1|None	
[^^]	2	bab	match	0,1|None	
[^^]	2	bab	fullmatch	None	
[^^]	2	bab	finditer	0,1|None 1,2|None 2,3|None	
[^^]	2	aaab	search@1:0	None	
[^^]	2	aaab	finditer@1:0		
[^^]	2	ae cde abe	search@4:0	None	
[^^]	2	ae cde abe	finditer@4:0		
[^^]	2	a-b c_d	search@7:5	None	
[^^]	2	a-b c_d	finditer@7:5		
(a)(b)?	0	\u{65e5}\u{672c}\u{8a9e}	search	None	
(a)(b)?	0	\u{65e5}\u{672c}\u{8a9e}	match	None	
(a)(b)?	0	\u{65e5}\u{672c}\u{8a9e}	fullmatch	None	
(a)(b)?	0	\u{65e5}\u{672c}\u{8a9e}	finditer		
(a)(b)?	0	bab	search	1,3;1,2;2,3|2	
(a)(b)?	0	bab	match	None	
(a)(b)?	0	bab	fullmatch	None	
(a)(b)?	0	bab	finditer	1,3;1,2;2,3|2	
(a)(b)?	0	\u{3a3}\u{3c3}\u{3c2}\u{391}\u{3a9}	search	None	
(a)(b)?	0	\u{3a3}\u{3c3}\u{3c2}\u{391}\u{3a9}	match	None	
(a)(b)?	0	\u{3a3}\u{3c3}\u{3c2}\u{391}\u{3a9}	fullmatch	None	
(a)(b)?	0	\u{3a3}\u{3c3}\u{3c2}\u{391}\u{3a9}	finditer		
(a)(b)?	0	A	search	None	
(a)(b)?	0	A	match	None	
(a)(b)?	0	A	fullmatch	None	
(a)(b)?	0	A	finditer		
(a)(b)?	0	Foo foo	search	None	
(a)(b)?	0	Foo foo	match	None	
(a)(b)?	0	Foo foo	fullmatch	None	
(a)(b)?	0	Foo foo	finditer		
(a)(b)?	0	12 345 6	search	None	
(a)(b)?	0	12 345 6	match	None	
(a)(b)?	0	12 345 6	fullmatch	None	
(a)(b)?	0	12 345 6	finditer		
(a)(b)?	0	aaa	search	0,1;0,1;-1,-1|1	
(a)(b)?	0	aaa	match	0,1;0,1;-1,-1|1	
(a)(b)?	0	aaa	fullmatch	None	
(a)(b)?	0	aaa	finditer	0,1;0,1;-1,-1|1 1,2;1,2;-1,-1|1 2,3;2,3;-1,-1|1	
(a)(b)?	0	ababab	search	0,2;0,1;1,2|2	
(a)(b)?	0	ababab	match	0,2;0,1;1,2|2	
(a)(b)?	0	ababab	fullmatch	None	
(a)(b)?	0	ababab	finditer	0,2;0,1;1,2|2 2,4;2,3;3,4|2 4,6;4,5;5,6|2	
(a)(b)?	0	john.doe@example.com	search	11,12;11,12;-1,-1|1	
(a)(b)?	0	john.doe@example.com	match	None	
(a)(b)?	0	john.doe@example.com	fullmatch	None	
(a)(b)?	0	john.doe@example.com	finditer	11,12;11,12;-1,-1|1	
(a)(b)?	0	aaab	search	0,1;0,1;-1,-1|1	
(a)(b)?	0	aaab	match	0,1;0,1;-1,-1|1	
(a)(b)?	0	aaab	fullmatch	None	
(a)(b)?	0	aaab	finditer	0,1;0,1;-1,-1|1 1,2;1,2;-1,-1|1 2,4;2,3;3,4|2	
(a)(b)?	0	bd cd ad	search	6,7;6,7;-1,-1|1	
(a)(b)?	0	bd cd ad	match	None	
(a)(b)?	0	bd cd ad	fullmatch	None	
(a)(b)?	0	bd cd ad	finditer	6,7;6,7;-1,-1|1	
(a)(b)?	0	a	search	0,1;0,1;-1,-1|1	
(a)(b)?	0	a	match	0,1;0,1;-1,-1|1	
(a)(b)?	0	a	fullmatch	0,1;0,1;-1,-1|1	
(a)(b)?	0	a	finditer	0,1;0,1;-1,-1|1	
(a)(b)?	0	foo bar	search@3:3	None	
(a)(b)?	0	foo bar	finditer@3:3		
(a)(b)?	0	aAaA	search@1:0	None	
(a)(b)?	0	aAaA	finditer@1:0		
(a)(b)?	0	ae cde abe	search@10:1	None	
(a)(b)?	0	ae cde abe	finditer@10:1		
(a)|(b)	0	john.doe@example.com	search	11,12;11,12;-1,-1|1	
(a)|(b)	0	john.doe@example.com	match	None	
(a)|(b)	0	john.doe@example.com	fullmatch	None	
(a)|(b)	0	john.doe@example.com	finditer	11,12;11,12;-1,-1|1	
(a)|(b)	0	x a\ny b	search	2,3;2,3;-1,-1|1	
(a)|(b)	0	x a\ny b	match	None	
(a)|(b)	0	x a\ny b	fullmatch	None	
(a)|(b)	0	x a\ny b	finditer	2,3;2,3;-1,-1|1 6,7;-1,-1;6,7|2	
(a)|(b)	0	\u{c9}	search	None	
(a)|(b)	0	\u{c9}	match	None	
(a)|(b)	0	\u{c9}	fullmatch	None	
(a)|(b)	0	\u{c9}	finditer		
(a)|(b)	0	b	search	0,1;-1,-1;0,1|2	
(a)|(b)	0	b	match	0,1;-1,-1;0,1|2	
(a)|(b)	0	b	fullmatch	0,1;-1,-1;0,1|2	
(a)|(b)	0	b	finditer	0,1;-1,-1;0,1|2	
(a)|(b)	0	abcabc	search	0,1;0,1;-1,-1|1	
(a)|(b)	0	abcabc	match	0,1;0,1;-1,-1|1	
(a)|(b)	0	abcabc	fullmatch	None	
(a)|(b)	0	abcabc	finditer	0,1;0,1;-1,-1|1 1,2;-1,-1;1,2|2 3,4;3,4;-1,-1|1 4,5;-1,-1;4,5|2	
(a)|(b)	0	\u{17f}S	search	None	
(a)|(b)	0	\u{17f}S	match	None	
(a)|(b)	0	\u{17f}S	fullmatch	None	
(a)|(b)	0	\u{17f}S	finditer		
(a)|(b)	0	bd cd ad	search	0,1;-1,-1;0,1|2	
(a)|(b)	0	bd cd ad	match	0,1;-1,-1;0,1|2	
(a)|(b)	0	bd cd ad	fullmatch	None	
(a)|(b)	0	bd cd ad	finditer	0,1;-1,-1;0,1|2 6,7;6,7;-1,-1|1	
(a)|(b)	0	abc	search	0,1;0,1;-1,-1|1	
(a)|(b)	0	abc	match	0,1;0,1;-1,-1|1	
(a)|(b)	0	abc	fullmatch	None	
(a)|(b)	0	abc	finditer	0,1;0,1;-1,-1|1 1,2;-1,-1;1,2|2	
(a)|(b)	0	cab	search	1,2;1,2;-1,-1|1	
(a)|(b)	0	cab	match	None	
(a)|(b)	0	cab	fullmatch	None	
(a)|(b)	0	cab	finditer	1,2;1,2;-1,-1|1 2,3;-1,-1;2,3|2	
(a)|(b)	0	AbC	search	1,2;-1,-1;1,2|2	
(a)|(b)	0	AbC	match	None	
(a)|(b)	0	AbC	fullmatch	None	
(a)|(b)	0	AbC	finditer	1,2;-1,-1;1,2|2	
(a)|(b)	0	hello world	search	None	
(a)|(b)	0	hello world	match	None	
(a)|(b)	0	hello world	fullmatch	None	
(a)|(b)	0	hello world	finditer		
(a)|(b)	0	ba	search	0,1;-1,-1;0,1|2	
(a)|(b)	0	ba	match	0,1;-1,-1;0,1|2	
(a)|(b)	0	ba	fullmatch	None	
(a)|(b)	0	ba	finditer	0,1;-1,-1;0,1|2 1,2;1,2;-1,-1|1	
(a)|(b)	0	bd cd ad	search@4:2	None	
(a)|(b)	0	bd cd ad	finditer@4:2		
(a)|(b)	0	ae cde abe	search@3:8	7,8;7,8;-1,-1|1	
(a)|(b)	0	ae cde abe	finditer@3:8	7,8;7,8;-1,-1|1	
(a)|(b)	0	Foo foo	search@4:4	None	
(a)|(b)	0	Foo foo	finditer@4:4		
(a|ab)(c|bcd)(d*)	0	x\ty	search	None	
(a|ab)(c|bcd)(d*)	0	x\ty	match	None	
(a|ab)(c|bcd)(d*)	0	x\ty	fullmatch	None	
(a|ab)(c|bcd)(d*)	0	x\ty	finditer		
(a|ab)(c|bcd)(d*)	0	"hi"	search	None	
(a|ab)(c|bcd)(d*)	0	"hi"	match	None	
(a|ab)(c|bcd)(d*)	0	"hi"	fullmatch	None	
(a|ab)(c|bcd)(d*)	0	"hi"	finditer		
(a|ab)(c|bcd)(d*)	0	ba	search	None	
(a|ab)(c|bcd)(d*)	0	ba	match	None	
(a|ab)(c|bcd)(d*)	0	ba	fullmatch	None	
(a|ab)(c|bcd)(d*)	0	ba	finditer		
(a|ab)(c|bcd)(d*)	0	a-b c_d	search	None	
(a|ab)(c|bcd)(d*)	0	a-b c_d	match	None	
(a|ab)(c|bcd)(d*)	0	a-b c_d	fullmatch	None	
(a|ab)(c|bcd)(d*)	0	a-b c_d	finditer		
(a|ab)(c|bcd)(d*)	0	abcdefghijkk	search	0,4;0,1;1,4;4,4|3	
(a|ab)(c|bcd)(d*)	0	abcdefghijkk	match	0,4;0,1;1,4;4,4|3	
(a|ab)(c|bcd)(d*)	0	abcdefghijkk	fullmatch	None	
(a|ab)(c|bcd)(d*)	0	abcdefghijkk	finditer	0,4;0,1;1,4;4,4|3	
(a|ab)(c|bcd)(d*)	0	AbC	search	None	
(a|ab)(c|bcd)(d*)	0	AbC	match	None	
(a|ab)(c|bcd)(d*)	0	AbC	fullmatch	None	
(a|ab)(c|bcd)(d*)	0	AbC	finditer		
(a|ab)(c|bcd)(d*)	0	hello world	search	None	
(a|ab)(c|bcd)(d*)	0	hello world	match	None	
(a|ab)(c|bcd)(d*)	0	hello world	fullmatch	None	
(a|ab)(c|bcd)(d*)	0	hello world	finditer		
(a|ab)(c|bcd)(d*)	0	foo bar	search	None	
(a|ab)(c|bcd)(d*)	0	foo bar	match	None	
(a|ab)(c|bcd)(d*)	0	foo bar	fullmatch	None	
(a|ab)(c|bcd)(d*)	0	foo bar	finditer		
(a|ab)(c|bcd)(d*)	0	abcdefghija0	search	0,4;0,1;1,4;4,4|3	
(a|ab)(c|bcd)(d*)	0	abcdefghija0	match	0,4;0,1;1,4;4,4|3	
(a|ab)(c|bcd)(d*)	0	abcdefghija0	fullmatch	None	
(a|ab)(c|bcd)(d*)	0	abcdefghija0	finditer	0,4;0,1;1,4;4,4|3	
(a|ab)(c|bcd)(d*)	0	x a\ny b	search	None	
(a|ab)(c|bcd)(d*)	0	x a\ny b	match	None	
(a|ab)(c|bcd)(d*)	0	x a\ny b	fullmatch	None	
(a|ab)(c|bcd)(d*)	0	x a\ny b	finditer		
(a|ab)(c|bcd)(d*)	0	b	search	None	
(a|ab)(c|bcd)(d*)	0	b	match	None	
(a|ab)(c|bcd)(d*)	0	b	fullmatch	None	
(a|ab)(c|bcd)(d*)	0	b	finditer		
(a|ab)(c|bcd)(d*)	0	abc	search	0,3;0,2;2,3;3,3|3	
(a|ab)(c|bcd)(d*)	0	abc	match	0,3;0,2;2,3;3,3|3	
(a|ab)(c|bcd)(d*)	0	abc	fullmatch	0,3;0,2;2,3;3,3|3	
(a|ab)(c|bcd)(d*)	0	abc	finditer	0,3;0,2;2,3;3,3|3	
(a|ab)(c|bcd)(d*)	0	K	search@0:0	None	
(a|ab)(c|bcd)(d*)	0	K	finditer@0:0		
(a|ab)(c|bcd)(d*)	0	ab	search@0:2	None	
(a|ab)(c|bcd)(d*)	0	ab	finditer@0:2		
(a|ab)(c|bcd)(d*)	0	\u{17f}S	search@2:1	None	
(a|ab)(c|bcd)(d*)	0	\u{17f}S	finditer@2:1		
(a*)*	0	\u{c9}\u{e9}SS\u{df}	search	0,0;0,0|1	
(a*)*	0	\u{c9}\u{e9}SS\u{df}	match	0,0;0,0|1	
(a*)*	0	\u{c9}\u{e9}SS\u{df}	fullmatch	None	
(a*)*	0	\u{c9}\u{e9}SS\u{df}	finditer	0,0;0,0|1 1,1;1,1|1 2,2;2,2|1 3,3;3,3|1 4,4;4,4|1 5,5;5,5|1	
(a*)*	0	 , a ,b	search	0,0;0,0|1	
(a*)*	0	 , a ,b	match	0,0;0,0|1	
(a*)*	0	 , a ,b	fullmatch	None	
(a*)*	0	 , a ,b	finditer	0,0;0,0|1 1,1;1,1|1 2,2;2,2|1 3,4;4,4|1 4,4;4,4|1 5,5;5,5|1 6,6;6,6|1 7,7;7,7|1	
(a*)*	0	abc	search	0,1;1,1|1	
(a*)*	0	abc	match	0,1;1,1|1	
(a*)*	0	abc	fullmatch	None	
(a*)*	0	abc	finditer	0,1;1,1|1 1,1;1,1|1 2,2;2,2|1 3,3;3,3|1	
(a*)*	0	cab	search	0,0;0,0|1	
(a*)*	0	cab	match	0,0;0,0|1	
(a*)*	0	cab	fullmatch	None	
(a*)*	0	cab	finditer	0,0;0,0|1 1,2;2,2|1 2,2;2,2|1 3,3;3,3|1	
(a*)*	0	12 345 6	search	0,0;0,0|1	
(a*)*	0	12 345 6	match	0,0;0,0|1	
(a*)*	0	12 345 6	fullmatch	None	
(a*)*	0	12 345 6	finditer	0,0;0,0|1 1,1;1,1|1 2,2;2,2|1 3,3;3,3|1 4,4;4,4|1 5,5;5,5|1 6,6;6,6|1 7,7;7,7|1 8,8;8,8|1	
(a*)*	0	Foo foo	search	0,0;0,0|1	
(a*)*	0	Foo foo	match	0,0;0,0|1	
(a*)*	0	Foo foo	fullmatch	None	
(a*)*	0	Foo foo	finditer	0,0;0,0|1 1,1;1,1|1 2,2;2,2|1 3,3;3,3|1 4,4;4,4|1 5,5;5,5|1 6,6;6,6|1 7,7;7,7|1	
(a*)*	0	a\nb\n	search	0,1;1,1|1	
(a*)*	0	a\nb\n	match	0,1;1,1|1	
(a*)*	0	a\nb\n	fullmatch	None	
(a*)*	0	a\nb\n	finditer	0,1;1,1|1 1,1;1,1|1 2,2;2,2|1 3,3;3,3|1 4,4;4,4|1	
(a*)*	0	foo bar	search	0,0;0,0|1	
(a*)*	0	foo bar	match	0,0;0,0|1	
(a*)*	0	foo bar	fullmatch	None	
(a*)*	0	foo bar	finditer	0,0;0,0|1 1,1;1,1|1 2,2;2,2|1 3,3;3,3|1 4,4;4,4|1 5,6;6,6|1 6,6;6,6|1 7,7;7,7|1	
(a*)*	0	x a\ny b	search	0,0;0,0|1	
(a*)*	0	x a\ny b	match	0,0;0,0|1	
(a*)*	0	x a\ny b	fullmatch	None	
(a*)*	0	x a\ny b	finditer	0,0;0,0|1 1,1;1,1|1 2,3;3,3|1 3,3;3,3|1 4,4;4,4|1 5,5;5,5|1 6,6;6,6|1 7,7;7,7|1	
(a*)*	0	ab\n	search	0,1;1,1|1	
(a*)*	0	ab\n	match	0,1;1,1|1	
(a*)*	0	ab\n	fullmatch	None	
(a*)*	0	ab\n	finditer	0,1;1,1|1 1,1;1,1|1 2,2;2,2|1 3,3;3,3|1	
(a*)*	0	a	search	0,1;1,1|1	
(a*)*	0	a	match	0,1;1,1|1	
(a*)*	0	a	fullmatch	0,1;1,1|1	
(a*)*	0	a	finditer	0,1;1,1|1 1,1;1,1|1	
(a*)*	0	aAaA	search	0,1;1,1|1	
(a*)*	0	aAaA	match	0,1;1,1|1	
(a*)*	0	aAaA	fullmatch	None	
(a*)*	0	aAaA	finditer	0,1;1,1|1 1,1;1,1|1 2,3;3,3|1 3,3;3,3|1 4,4;4,4|1	
(a*)*	0	bab	search@3:3	3,3;3,3|1	
(a*)*	0	bab	finditer@3:3	3,3;3,3|1	
(a*)*	0	aa	search@0:1	0,1;1,1|1	
(a*)*	0	aa	finditer@0:1	0,1;1,1|1 1,1;1,1|1	
(a*)*	0	abcde abc	search@0:2	0,1;1,1|1	
(a*)*	0	abcde abc	finditer@0:2	0,1;1,1|1 1,1;1,1|1 2,2;2,2|1	
(a*)+	0	a b c	search	0,1;1,1|1	
(a*)+	0	a b c	match	0,1;1,1|1	
(a*)+	0	a b c	fullmatch	None	
(a*)+	0	a b c	finditer	0,1;1,1|1 1,1;1,1|1 2,2;2,2|1 3,3;3,3|1 4,4;4,4|1 5,5;5,5|1	
(a*)+	0	2024-01-15	search	0,0;0,0|1	
(a*)+	0	2024-01-15	match	0,0;0,0|1	
(a*)+	0	2024-01-15	fullmatch	None	
(a*)+	0	2024-01-15	finditer	0,0;0,0|1 1,1;1,1|1 2,2;2,2|1 3,3;3,3|1 4,4;4,4|1 5,5;5,5|1 6,6;6,6|1 7,7;7,7|1 8,8;8,8|1 9,9;9,9|1 10,10;10,10|1	
(a*)+	0	john.doe@example.com	search	0,0;0,0|1	
(a*)+	0	john.doe@example.com	match	0,0;0,0|1	
(a*)+	0	john.doe@example.com	fullmatch	None	
(a*)+	0	john.doe@example.com	finditer	0,0;0,0|1 1,1;1,1|1 2,2;2,2|1 3,3;3,3|1 4,4;4,4|1 5,5;5,5|1 6,6;6,6|1 7,7;7,7|1 8,8;8,8|1 9,9;9,9|1 10,10;10,10|1 11,12;12,12|1 12,12;12,12|1 13,13;13,13|1 14,14;14,14|1 15,15;15,15|1 16,16;16,16|1 17,17;17,17|1 18,18;18,18|1 19,19;19,19|1 20,20;20,20|1	
(a*)+	0	x\ty	search	0,0;0,0|1	
(a*)+	0	x\ty	match	0,0;0,0|1	
(a*)+	0	x\ty	fullmatch	None	
(a*)+	0	x\ty	finditer	0,0;0,0|1 1,1;1,1|1 2,2;2,2|1 3,3;3,3|1	
(a*)+	0	\u{3a3}\u{3c3}\u{3c2}\u{391}\u{3a9}	search	0,0;0,0|1	
(a*)+	0	\u{3a3}\u{3c3}\u{3c2}\u{391}\u{3a9}	match	0,0;0,0|1	
(a*)+	0	\u{3a3}\u{3c3}\u{3c2}\u{391}\u{3a9}	fullmatch	None	
(a*)+	0	\u{3a3}\u{3c3}\u{3c2}\u{391}\u{3a9}	finditer	0,0;0,0|1 1,1;1,1|1 2,2;2,2|1 3,3;3,3|1 4,4;4,4|1 5,5;5,5|1	
(a*)+	0	aa	search	0,2;2,2|1	
(a*)+	0	aa	match	0,2;2,2|1	
(a*)+	0	aa	fullmatch	0,2;2,2|1	
(a*)+	0	aa	finditer	0,2;2,2|1 2,2;2,2|1	
(a*)+	0	"hi"	search	0,0;0,0|1	
(a*)+	0	"hi"	match	0,0;0,0|1	
(a*)+	0	"hi"	fullmatch	None	
(a*)+	0	"hi"	finditer	0,0;0,0|1 1,1;1,1|1 2,2;2,2|1 3,3;3,3|1 4,4;4,4|1	
(a*)+	0	12 345 6	search	0,0;0,0|1	
(a*)+	0	12 345 6	match	0,0;0,0|1	
(a*)+	0	12 345 6	fullmatch	None	
(a*)+	0	12 345 6	finditer	0,0;0,0|1 1,1;1,1|1 2,2;2,2|1 3,3;3,3|1 4,4;4,4|1 5,5;5,5|1 6,6;6,6|1 7,7;7,7|1 8,8;8,8|1	
(a*)+	0	\u{661}\u{662}\u{663} 45	search	0,0;0,0|1	
(a*)+	0	\u{661}\u{662}\u{663} 45	match	0,0;0,0|1	
(a*)+	0	\u{661}\u{662}\u{663} 45	fullmatch	None	
(a*)+	0	\u{661}\u{662}\u{663} 45	finditer	0,0;0,0|1 1,1;1,1|1 2,2;2,2|1 3,3;3,3|1 4,4;4,4|1 5,5;5,5|1 6,6;6,6|1	
(a*)+	0	abcdefghija0	search	0,1;1,1|1	
(a*)+	0	abcdefghija0	match	0,1;1,1|1	
(a*)+	0	abcdefghija0	fullmatch	None	
(a*)+	0	abcdefghija0	finditer	0,1;1,1|1 1,1;1,1|1 2,2;2,2|1 3,3;3,3|1 4,4;4,4|1 5,5;5,5|1 6,6;6,6|1 7,7;7,7|1 8,8;8,8|1 9,9;9,9|1 10,11;11,11|1 11,11;11,11|1 12,12;12,12|1	
(a*)+	0	hi"	search	0,0;0,0|1	
(a*)+	0	hi"	match	0,0;0,0|1	
(a*)+	0	hi"	fullmatch	None	
(a*)+	0	hi"	finditer	0,0;0,0|1 1,1;1,1|1 2,2;2,2|1 3,3;3,3|1	
(a*)+	0	foo bar	search	0,0;0,0|1	
(a*)+	0	foo bar	match	0,0;0,0|1	
(a*)+	0	foo bar	fullmatch	None	
(a*)+	0	foo bar	finditer	0,0;0,0|1 1,1;1,1|1 2,2;2,2|1 3,3;3,3|1 4,4;4,4|1 5,6;6,6|1 6,6;6,6|1 7,7;7,7|1	
(a*)+	0	xyz	search@3:1	None	
(a*)+	0	xyz	finditer@3:1		
(a*)+	0	cab	search@3:2	None	
(a*)+	0	cab	finditer@3:2		
(a*)+	0	ba	search@2:2	2,2;2,2|1	
(a*)+	0	ba	finditer@2:2	2,2;2,2|1	
(a|)*	0	\u{65e5}\u{672c}\u{8a9e}	search	0,0;0,0|1	
(a|)*	0	\u{65e5}\u{672c}\u{8a9e}	match	0,0;0,0|1	
(a|)*	0	\u{65e5}\u{672c}\u{8a9e}	fullmatch	None	
(a|)*	0	\u{65e5}\u{672c}\u{8a9e}	finditer	0,0;0,0|1 1,1;1,1|1 2,2;2,2|1 3,3;3,3|1	
(a|)*	0	hi"	search	0,0;0,0|1	
(a|)*	0	hi"	match	0,0;0,0|1	
(a|)*	0	hi"	fullmatch	None	
(a|)*	0	hi"	finditer	0,0;0,0|1 1,1;1,1|1 2,2;2,2|1 3,3;3,3|1	
(a|)*	0	AbC	search	0,0;0,0|1	
(a|)*	0	AbC	match	0,0;0,0|1	
(a|)*	0	AbC	fullmatch	None	
(a|)*	0	AbC	finditer	0,0;0,0|1 1,1;1,1|1 2,2;2,2|1 3,3;3,3|1	
(a|)*	0	a-b c_d	search	0,1;1,1|1	
(a|)*	0	a-b c_d	match	0,1;1,1|1	
(a|)*	0	a-b c_d	fullmatch	None	
(a|)*	0	a-b c_d	finditer	0,1;1,1|1 1,1;1,1|1 2,2;2,2|1 3,3;3,3|1 4,4;4,4|1 5,5;5,5|1 6,6;6,6|1 7,7;7,7|1	
(a|)*	0	xyz	search	0,0;0,0|1	
(a|)*	0	xyz	match	0,0;0,0|1	
(a|)*	0	xyz	fullmatch	None	
(a|)*	0	xyz	finditer	0,0;0,0|1 1,1;1,1|1 2,2;2,2|1 3,3;3,3|1	
(a|)*	0	abcdefghija0	search	0,1;1,1|1	
(a|)*	0	abcdefghija0	match	0,1;1,1|1	
(a|)*	0	abcdefghija0	fullmatch	None	
(a|)*	0	abcdefghija0	finditer	0,1;1,1|1 1,1;1,1|1 2,2;2,2|1 3,3;3,3|1 4,4;4,4|1 5,5;5,5|1 6,6;6,6|1 7,7;7,7|1 8,8;8,8|1 9,9;9,9|1 10,11;11,11|1 11,11;11,11|1 12,12;12,12|1	
(a|)*	0	\n	search	0,0;0,0|1	
(a|)*	0	\n	match	0,0;0,0|1	
(a|)*	0	\n	fullmatch	None	
(a|)*	0	\n	finditer	0,0;0,0|1 1,1;1,1|1	
(a|)*	0	aa	search	0,2;2,2|1	
(a|)*	0	aa	match	0,2;2,2|1	
(a|)*	0	aa	fullmatch	0,2;2,2|1	
(a|)*	0	aa	finditer	0,2;2,2|1 2,2;2,2|1	
(a|)*	0	Foo foo	search	0,0;0,0|1	
(a|)*	0	Foo foo	match	0,0;0,0|1	
(a|)*	0	Foo foo	fullmatch	None	
(a|)*	0	Foo foo	finditer	0,0;0,0|1 1,1;1,1|1 2,2;2,2|1 3,3;3,3|1 4,4;4,4|1 5,5;5,5|1 6,6;6,6|1 7,7;7,7|1	
(a|)*	0	ababab	search	0,1;1,1|1	
(a|)*	0	ababab	match	0,1;1,1|1	
(a|)*	0	ababab	fullmatch	None	
(a|)*	0	ababab	finditer	0,1;1,1|1 1,1;1,1|1 2,3;3,3|1 3,3;3,3|1 4,5;5,5|1 5,5;5,5|1 6,6;6,6|1	
(a|)*	0	aaa	search	0,3;3,3|1	
(a|)*	0	aaa	match	0,3;3,3|1	
(a|)*	0	aaa	fullmatch	0,3;3,3|1	
(a|)*	0	aaa	finditer	0,3;3,3|1 3,3;3,3|1	
(a|)*	0	 , a ,b	search	0,0;0,0|1	
(a|)*	0	 , a ,b	match	0,0;0,0|1	
(a|)*	0	 , a ,b	fullmatch	None	
(a|)*	0	 , a ,b	finditer	0,0;0,0|1 1,1;1,1|1 2,2;2,2|1 3,4;4,4|1 4,4;4,4|1 5,5;5,5|1 6,6;6,6|1 7,7;7,7|1	
(a|)*	0	\u{17f}S	search@0:2	0,0;0,0|1	
(a|)*	0	\u{17f}S	finditer@0:2	0,0;0,0|1 1,1;1,1|1 2,2;2,2|1	
(a|)*	0	foo bar	search@0:7	0,0;0,0|1	
(a|)*	0	foo bar	finditer@0:7	0,0;0,0|1 1,1;1,1|1 2,2;2,2|1 3,3;3,3|1 4,4;4,4|1 5,6;6,6|1 6,6;6,6|1 7,7;7,7|1	
(a|)*	0	john.doe@example.com	search@13:16	13,13;13,13|1	
(a|)*	0	john.doe@example.com	finditer@13:16	13,13;13,13|1 14,14;14,14|1 15,15;15,15|1 16,16;16,16|1	
(a|b)*c	0	\n	search	None	
(a|b)*c	0	\n	match	None	
(a|b)*c	0	\n	fullmatch	None	
(a|b)*c	0	\n	finditer		
(a|b)*c	0	a	search	None	
(a|b)*c	0	a	match	None	
(a|b)*c	0	a	fullmatch	None	
(a|b)*c	0	a	finditer		
(a|b)*c	0	ab	search	None	
(a|b)*c	0	ab	match	None	
(a|b)*c	0	ab	fullmatch	None	
(a|b)*c	0	ab	finditer		
(a|b)*c	0	ba	search	None	
(a|b)*c	0	ba	match	None	
(a|b)*c	0	ba	fullmatch	None	
(a|b)*c	0	ba	finditer		
(a|b)*c	0	foo bar	search	None	
(a|b)*c	0	foo bar	match	None	
(a|b)*c	0	foo bar	fullmatch	None	
(a|b)*c	0	foo bar	finditer		
(a|b)*c	0	 , a ,b	search	None	
(a|b)*c	0	 , a ,b	match	None	
(a|b)*c	0	 , a ,b	fullmatch	None	
(a|b)*c	0	 , a ,b	finditer		
(a|b)*c	0	aAaA	search	None	
(a|b)*c	0	aAaA	match	None	
(a|b)*c	0	aAaA	fullmatch	None	
(a|b)*c	0	aAaA	finditer		
(a|b)*c	0	hi"	search	None	
(a|b)*c	0	hi"	match	None	
(a|b)*c	0	hi"	fullmatch	None	
(a|b)*c	0	hi"	finditer		
(a|b)*c	0	a-b c_d	search	4,5;-1,-1|None	
(a|b)*c	0	a-b c_d	match	None	
(a|b)*c	0	a-b c_d	fullmatch	None	
(a|b)*c	0	a-b c_d	finditer	4,5;-1,-1|None	
(a|b)*c	0	a\nb\n	search	None	
(a|b)*c	0	a\nb\n	match	None	
(a|b)*c	0	a\nb\n	fullmatch	None	
(a|b)*c	0	a\nb\n	finditer		
(a|b)*c	0	bab	search	None	
(a|b)*c	0	bab	match	None	
(a|b)*c	0	bab	fullmatch	None	
(a|b)*c	0	bab	finditer		
(a|b)*c	0	aaa	search	None	
(a|b)*c	0	aaa	match	None	
(a|b)*c	0	aaa	fullmatch	None	
(a|b)*c	0	aaa	finditer		
(a|b)*c	0	hello world	search@11:5	None	
(a|b)*c	0	hello world	finditer@11:5		
(a|b)*c	0	\u{c9}\u{e9}SS\u{df}	search@4:5	None	
(a|b)*c	0	\u{c9}\u{e9}SS\u{df}	finditer@4:5		
(a|b)*c	0	aa	search@2:1	None	
(a|b)*c	0	aa	finditer@2:1		
((a)|b)+	0	\u{65e5}\u{672c}\u{8a9e}	search	None	
((a)|b)+	0	\u{65e5}\u{672c}\u{8a9e}	match	None	
((a)|b)+	0	\u{65e5}\u{672c}\u{8a9e}	fullmatch	None	
((a)|b)+	0	\u{65e5}\u{672c}\u{8a9e}	finditer		
((a)|b)+	0	abc	search	0,2;1,2;0,1|1	
((a)|b)+	0	abc	match	0,2;1,2;0,1|1	
((a)|b)+	0	abc	fullmatch	None	
((a)|b)+	0	abc	finditer	0,2;1,2;0,1|1	
((a)|b)+	0	a b c	search	0,1;0,1;0,1|1	
((a)|b)+	0	a b c	match	0,1;0,1;0,1|1	
((a)|b)+	0	a b c	fullmatch	None	
((a)|b)+	0	a b c	finditer	0,1;0,1;0,1|1 2,3;2,3;-1,-1|1	
((a)|b)+	0	\u{661}\u{662}\u{663} 45	search	None	
((a)|b)+	0	\u{661}\u{662}\u{663} 45	match	None	
((a)|b)+	0	\u{661}\u{662}\u{663} 45	fullmatch	None	
((a)|b)+	0	\u{661}\u{662}\u{663} 45	finditer		
((a)|b)+	0	cab	search	1,3;2,3;1,2|1	
((a)|b)+	0	cab	match	None	
((a)|b)+	0	cab	fullmatch	None	
((a)|b)+	0	cab	finditer	1,3;2,3;1,2|1	
((a)|b)+	0	the the cat	search	9,10;9,10;9,10|1	
((a)|b)+	0	the the cat	match	None	
((a)|b)+	0	the the cat	fullmatch	None	
((a)|b)+	0	the the cat	finditer	9,10;9,10;9,10|1	
((a)|b)+	0	\n	search	None	
((a)|b)+	0	\n	match	None	
((a)|b)+	0	\n	fullmatch	None	
((a)|b)+	0	\n	finditer		
((a)|b)+	0	a\nb\n	search	0,1;0,1;0,1|1	
((a)|b)+	0	a\nb\n	match	0,1;0,1;0,1|1	
((a)|b)+	0	a\nb\n	fullmatch	None	
((a)|b)+	0	a\nb\n	finditer	0,1;0,1;0,1|1 2,3;2,3;-1,-1|1	
((a)|b)+	0	ababab	search	0,6;5,6;4,5|1	
((a)|b)+	0	ababab	match	0,6;5,6;4,5|1	
((a)|b)+	0	ababab	fullmatch	0,6;5,6;4,5|1	
((a)|b)+	0	ababab	finditer	0,6;5,6;4,5|1	
((a)|b)+	0	abcdefghija0	search	0,2;1,2;0,1|1	
((a)|b)+	0	abcdefghija0	match	0,2;1,2;0,1|1	
((a)|b)+	0	abcdefghija0	fullmatch	None	
((a)|b)+	0	abcdefghija0	finditer	0,2;1,2;0,1|1 10,11;10,11;10,11|1	
((a)|b)+	0	K	search	None	
((a)|b)+	0	K	match	None	
((a)|b)+	0	K	fullmatch	None	
((a)|b)+	0	K	finditer		
((a)|b)+	0	aaa	search	0,3;2,3;2,3|1	
((a)|b)+	0	aaa	match	0,3;2,3;2,3|1	
((a)|b)+	0	aaa	fullmatch	0,3;2,3;2,3|1	
((a)|b)+	0	aaa	finditer	0,3;2,3;2,3|1	
((a)|b)+	0	john.doe@example.com	search@11:6	None	
((a)|b)+	0	john.doe@example.com	finditer@11:6		
((a)|b)+	0	\u{c9}	search@0:0	None	
((a)|b)+	0	\u{c9}	finditer@0:0		
((a)|b)+	0	K	search@1:0	None	
((a)|b)+	0	K	finditer@1:0		
(?:(a)|b)*	0	K	search	0,0;-1,-1|None	
(?:(a)|b)*	0	K	match	0,0;-1,-1|None	
(?:(a)|b)*	0	K	fullmatch	None	
(?:(a)|b)*	0	K	finditer	0,0;-1,-1|None 1,1;-1,-1|None	
(?:(a)|b)*	0	"hi"	search	0,0;-1,-1|None	
(?:(a)|b)*	0	"hi"	match	0,0;-1,-1|None	
(?:(a)|b)*	0	"hi"	fullmatch	None	
(?:(a)|b)*	0	"hi"	finditer	0,0;-1,-1|None 1,1;-1,-1|None 2,2;-1,-1|None 3,3;-1,-1|None 4,4;-1,-1|None	
(?:(a)|b)*	0	aa	search	0,2;1,2|1	
(?:(a)|b)*	0	aa	match	0,2;1,2|1	
(?:(a)|b)*	0	aa	fullmatch	0,2;1,2|1	
(?:(a)|b)*	0	aa	finditer	0,2;1,2|1 2,2;-1,-1|None	
(?:(a)|b)*	0		search	0,0;-1,-1|None	
(?:(a)|b)*	0		match	0,0;-1,-1|None	
(?:(a)|b)*	0		fullmatch	0,0;-1,-1|None	
(?:(a)|b)*	0		finditer	0,0;-1,-1|None	
(?:(a)|b)*	0	a\nb\n	search	0,1;0,1|1	
(?:(a)|b)*	0	a\nb\n	match	0,1;0,1|1	
(?:(a)|b)*	0	a\nb\n	fullmatch	None	
(?:(a)|b)*	0	a\nb\n	finditer	0,1;0,1|1 1,1;-1,-1|None 2,3;-1,-1|None 3,3;-1,-1|None 4,4;-1,-1|None	
(?:(a)|b)*	0	\u{c9}	search	0,0;-1,-1|None	
(?:(a)|b)*	0	\u{c9}	match	0,0;-1,-1|None	
(?:(a)|b)*	0	\u{c9}	fullmatch	None	
(?:(a)|b)*	0	\u{c9}	finditer	0,0;-1,-1|None 1,1;-1,-1|None	
(?:(a)|b)*	0	abcdefghijkk	search	0,2;0,1|1	
(?:(a)|b)*	0	abcdefghijkk	match	0,2;0,1|1	
(?:(a)|b)*	0	abcdefghijkk	fullmatch	None	
(?:(a)|b)*	0	abcdefghijkk	finditer	0,2;0,1|1 2,2;-1,-1|None 3,3;-1,-1|None 4,4;-1,-1|None 5,5;-1,-1|None 6,6;-1,-1|None 7,7;-1,-1|None 8,8;-1,-1|None 9,9;-1,-1|None 10,10;-1,-1|None 11,11;-1,-1|None 12,12;-1,-1|None	
(?:(a)|b)*	0	bab	search	0,3;1,2|1	
(?:(a)|b)*	0	bab	match	0,3;1,2|1	
(?:(a)|b)*	0	bab	fullmatch	0,3;1,2|1	
(?:(a)|b)*	0	bab	finditer	0,3;1,2|1 3,3;-1,-1|None	
(?:(a)|b)*	0	abc	search	0,2;0,1|1	
(?:(a)|b)*	0	abc	match	0,2;0,1|1	
(?:(a)|b)*	0	abc	fullmatch	None	
(?:(a)|b)*	0	abc	finditer	0,2;0,1|1 2,2;-1,-1|None 3,3;-1,-1|None	
(?:(a)|b)*	0	\u{e9}	search	0,0;-1,-1|None	
(?:(a)|b)*	0	\u{e9}	match	0,0;-1,-1|None	
(?:(a)|b)*	0	\u{e9}	fullmatch	None	
(?:(a)|b)*	0	\u{e9}	finditer	0,0;-1,-1|None 1,1;-1,-1|None	
(?:(a)|b)*	0	ab\n	search	0,2;0,1|1	
(?:(a)|b)*	0	ab\n	match	0,2;0,1|1	
(?:(a)|b)*	0	ab\n	fullmatch	None	
(?:(a)|b)*	0	ab\n	finditer	0,2;0,1|1 2,2;-1,-1|None 3,3;-1,-1|None	
(?:(a)|b)*	0	hello world	search	0,0;-1,-1|None	
(?:(a)|b)*	0	hello world	match	0,0;-1,-1|None	
(?:(a)|b)*	0	hello world	fullmatch	None	
(?:(a)|b)*	0	hello world	finditer	0,0;-1,-1|None 1,1;-1,-1|None 2,2;-1,-1|None 3,3;-1,-1|None 4,4;-1,-1|None 5,5;-1,-1|None 6,6;-1,-1|None 7,7;-1,-1|None 8,8;-1,-1|None 9,9;-1,-1|None 10,10;-1,-1|None 11,11;-1,-1|None	
(?:(a)|b)*	0	\u{3a3}\u{3c3}\u{3c2}\u{391}\u{3a9}	search@0:5	0,0;-1,-1|None	
(?:(a)|b)*	0	\u{3a3}\u{3c3}\u{3c2}\u{391}\u{3a9}	finditer@0:5	0,0;-1,-1|None 1,1;-1,-1|None 2,2;-1,-1|None 3,3;-1,-1|None 4,4;-1,-1|None 5,5;-1,-1|None	
(?:(a)|b)*	0	\u{c9}\u{e9}SS\u{df}	search@5:5	5,5;-1,-1|None	
(?:(a)|b)*	0	\u{c9}\u{e9}SS\u{df}	finditer@5:5	5,5;-1,-1|None	
(?:(a)|b)*	0	ab	search@2:0	None	
(?:(a)|b)*	0	ab	finditer@2:0		
(?:(a)|(b))+	0	ba	search	0,2;1,2;0,1|1	
(?:(a)|(b))+	0	ba	match	0,2;1,2;0,1|1	
(?:(a)|(b))+	0	ba	fullmatch	0,2;1,2;0,1|1	
(?:(a)|(b))+	0	ba	finditer	0,2;1,2;0,1|1	
(?:(a)|(b))+	0	ab\n	search	0,2;0,1;1,2|2	
(?:(a)|(b))+	0	ab\n	match	0,2;0,1;1,2|2	
(?:(a)|(b))+	0	ab\n	fullmatch	None	
(?:(a)|(b))+	0	ab\n	finditer	0,2;0,1;1,2|2	
(?:(a)|(b))+	0	a\nb\n	search	0,1;0,1;-1,-1|1	
(?:(a)|(b))+	0	a\nb\n	match	0,1;0,1;-1,-1|1	
(?:(a)|(b))+	0	a\nb\n	fullmatch	None	
(?:(a)|(b))+	0	a\nb\n	finditer	0,1;0,1;-1,-1|1 2,3;-1,-1;2,3|2	
(?:(a)|(b))+	0	\u{c9}	search	None	
(?:(a)|(b))+	0	\u{c9}	match	None	
(?:(a)|(b))+	0	\u{c9}	fullmatch	None	
(?:(a)|(b))+	0	\u{c9}	finditer		
(?:(a)|(b))+	0	K	search	None	
(?:(a)|(b))+	0	K	match	None	
(?:(a)|(b))+	0	K	fullmatch	None	
(?:(a)|(b))+	0	K	finditer		
(?:(a)|(b))+	0	abc	search	0,2;0,1;1,2|2	
(?:(a)|(b))+	0	abc	match	0,2;0,1;1,2|2	
(?:(a)|(b))+	0	abc	fullmatch	None	
(?:(a)|(b))+	0	abc	finditer	0,2;0,1;1,2|2	
(?:(a)|(b))+	0	AbC	search	1,2;-1,-1;1,2|2	
(?:(a)|(b))+	0	AbC	match	None	
(?:(a)|(b))+	0	AbC	fullmatch	None	
(?:(a)|(b))+	0	AbC	finditer	1,2;-1,-1;1,2|2	
(?:(a)|(b))+	0	2024-01-15	search	None	
(?:(a)|(b))+	0	2024-01-15	match	None	
(?:(a)|(b))+	0	2024-01-15	fullmatch	None	
(?:(a)|(b))+	0	2024-01-15	finditer		
(?:(a)|(b))+	0	hello world	search	None	
(?:(a)|(b))+	0	hello world	match	None	
(?:(a)|(b))+	0	hello world	fullmatch	None	
(?:(a)|(b))+	0	hello world	finditer		
(?:(a)|(b))+	0	abcabc	search	0,2;0,1;1,2|2	
(?:(a)|(b))+	0	abcabc	match	0,2;0,1;1,2|2	
(?:(a)|(b))+	0	abcabc	fullmatch	None	
(?:(a)|(b))+	0	abcabc	finditer	0,2;0,1;1,2|2 3,5;3,4;4,5|2	
(?:(a)|(b))+	0	A	search	None	
(?:(a)|(b))+	0	A	match	None	
(?:(a)|(b))+	0	A	fullmatch	None	
(?:(a)|(b))+	0	A	finditer		
(?:(a)|(b))+	0	aa	search	0,2;1,2;-1,-1|1	
(?:(a)|(b))+	0	aa	match	0,2;1,2;-1,-1|1	
(?:(a)|(b))+	0	aa	fullmatch	0,2;1,2;-1,-1|1	
(?:(a)|(b))+	0	aa	finditer	0,2;1,2;-1,-1|1	
(?:(a)|(b))+	0	cab	search@0:2	1,2;1,2;-1,-1|1	
(?:(a)|(b))+	0	cab	finditer@0:2	1,2;1,2;-1,-1|1	
(?:(a)|(b))+	0	\u{e9}	search@0:1	None	
(?:(a)|(b))+	0	\u{e9}	finditer@0:1		
(?:(a)|(b))+	0	a-b c_d	search@6:3	None	
(?:(a)|(b))+	0	a-b c_d	finditer@6:3		
(a)\\1	0	aaa	search	0,2;0,1|1	
(a)\\1	0	aaa	match	0,2;0,1|1	
(a)\\1	0	aaa	fullmatch	None	
(a)\\1	0	aaa	finditer	0,2;0,1|1	
(a)\\1	0	A	search	None	
(a)\\1	0	A	match	None	
(a)\\1	0	A	fullmatch	None	
(a)\\1	0	A	finditer		
(a)\\1	0	\u{c9}	search	None	
(a)\\1	0	\u{c9}	match	None	
(a)\\1	0	\u{c9}	fullmatch	None	
(a)\\1	0	\u{c9}	finditer		
(a)\\1	0	aaab	search	0,2;0,1|1	
(a)\\1	0	aaab	match	0,2;0,1|1	
(a)\\1	0	aaab	fullmatch	None	
(a)\\1	0	aaab	finditer	0,2;0,1|1	
(a)\\1	0	a\nb\n	search	None	
(a)\\1	0	a\nb\n	match	None	
(a)\\1	0	a\nb\n	fullmatch	None	
(a)\\1	0	a\nb\n	finditer		
(a)\\1	0	foo bar	search	None	
(a)\\1	0	foo bar	match	None	
(a)\\1	0	foo bar	fullmatch	None	
(a)\\1	0	foo bar	finditer		
(a)\\1	0	ab\n	search	None	
(a)\\1	0	ab\n	match	None	
(a)\\1	0	ab\n	fullmatch	None	
(a)\\1	0	ab\n	finditer		
(a)\\1	0	cab	search	None	
(a)\\1	0	cab	match	None	
(a)\\1	0	cab	fullmatch	None	
(a)\\1	0	cab	finditer		
(a)\\1	0	\u{3a3}\u{3c3}\u{3c2}\u{391}\u{3a9}	search	None	
(a)\\1	0	\u{3a3}\u{3c3}\u{3c2}\u{391}\u{3a9}	match	None	
(a)\\1	0	\u{3a3}\u{3c3}\u{3c2}\u{391}\u{3a9}	fullmatch	None	
(a)\\1	0	\u{3a3}\u{3c3}\u{3c2}\u{391}\u{3a9}	finditer		
(a)\\1	0	abcdefghijkk	search	None	
(a)\\1	0	abcdefghijkk	match	None	
(a)\\1	0	abcdefghijkk	fullmatch	None	
(a)\\1	0	abcdefghijkk	finditer		
(a)\\1	0	\u{e9}	search	None	
(a)\\1	0	\u{e9}	match	None	
(a)\\1	0	\u{e9}	fullmatch	None	
(a)\\1	0	\u{e9}	finditer		
(a)\\1	0	xyz	search	None	
(a)\\1	0	xyz	match	None	
(a)\\1	0	xyz	fullmatch	None	
(a)\\1	0	xyz	finditer		
(a)\\1	0	xyz	search@3:3	None	
(a)\\1	0	xyz	finditer@3:3		
(a)\\1	0	K	search@1:0	None	
(a)\\1	0	K	finditer@1:0		
(a)\\1	0	hello world	search@7:3	None	
(a)\\1	0	hello world	finditer@7:3		
(a)(?P=x)	0		compile	re.error	unknown group name 'x' at position 7
(?P<x>a)(?P=x)	0	aaa	search	0,2;0,1|1	
(?P<x>a)(?P=x)	0	aaa	match	0,2;0,1|1	
(?P<x>a)(?P=x)	0	aaa	fullmatch	None	
(?P<x>a)(?P=x)	0	aaa	finditer	0,2;0,1|1	
(?P<x>a)(?P=x)	0	ae cde abe	search	None	
(?P<x>a)(?P=x)	0	ae cde abe	match	None	
(?P<x>a)(?P=x)	0	ae cde abe	fullmatch	None	
(?P<x>a)(?P=x)	0	ae cde abe	finditer		
(?P<x>a)(?P=x)	0	x a\ny b	search	None	
(?P<x>a)(?P=x)	0	x a\ny b	match	None	
(?P<x>a)(?P=x)	0	x a\ny b	fullmatch	None	
(?P<x>a)(?P=x)	0	x a\ny b	finditer		
(?P<x>a)(?P=x)	0	2024-01-15	search	None	
(?P<x>a)(?P=x)	0	2024-01-15	match	None	
(?P<x>a)(?P=x)	0	2024-01-15	fullmatch	None	
(?P<x>a)(?P=x)	0	2024-01-15	finditer		
(?P<x>a)(?P=x)	0	bd cd ad	search	None	
(?P<x>a)(?P=x)	0	bd cd ad	match	None	
(?P<x>a)(?P=x)	0	bd cd ad	fullmatch	None	
(?P<x>a)(?P=x)	0	bd cd ad	finditer		
(?P<x>a)(?P=x)	0	abcde abc	search	None	
(?P<x>a)(?P=x)	0	abcde abc	match	None	
(?P<x>a)(?P=x)	0	abcde abc	fullmatch	None	
(?P<x>a)(?P=x)	0	abcde abc	finditer		
(?P<x>a)(?P=x)	0	a	search	None	
(?P<x>a)(?P=x)	0	a	match	None	
(?P<x>a)(?P=x)	0	a	fullmatch	None	
(?P<x>a)(?P=x)	0	a	finditer		
(?P<x>a)(?P=x)	0	"hi"	search	None	
(?P<x>a)(?P=x)	0	"hi"	match	None	
(?P<x>a)(?P=x)	0	"hi"	fullmatch	None	
(?P<x>a)(?P=x)	0	"hi"	finditer		
(?P<x>a)(?P=x)	0	foo bar	search	None	
(?P<x>a)(?P=x)	0	foo bar	match	None	
(?P<x>a)(?P=x)	0	foo bar	fullmatch	None	
(?P<x>a)(?P=x)	0	foo bar	finditer		
(?P<x>a)(?P=x)	0	\n	search	None	
(?P<x>a)(?P=x)	0	\n	match	None	
(?P<x>a)(?P=x)	0	\n	fullmatch	None	
(?P<x>a)(?P=x)	0	\n	finditer		
(?P<x>a)(?P=x)	0	\u{661}\u{662}\u{663} 45	search	None	
(?P<x>a)(?P=x)	0	\u{661}\u{662}\u{663} 45	match	None	
(?P<x>a)(?P=x)	0	\u{661}\u{662}\u{663} 45	fullmatch	None	
(?P<x>a)(?P=x)	0	\u{661}\u{662}\u{663} 45	finditer		
(?P<x>a)(?P=x)	0	\u{e9}	search	None	
(?P<x>a)(?P=x)	0	\u{e9}	match	None	
(?P<x>a)(?P=x)	0	\u{e9}	fullmatch	None	
(?P<x>a)(?P=x)	0	\u{e9}	finditer		
(?P<x>a)(?P=x)	0	 , a ,b	search@3:4	None	
(?P<x>a)(?P=x)	0	 , a ,b	finditer@3:4		
(?P<x>a)(?P=x)	0	a b c	search@0:2	None	
(?P<x>a)(?P=x)	0	a b c	finditer@0:2		
(?P<x>a)(?P=x)	0	bd cd ad	search@0:2	None	
(?P<x>a)(?P=x)	0	bd cd ad	finditer@0:2		
(?P<first>\\w+) (?P<last>\\w+)	0	2024-01-15	search	None	
(?P<first>\\w+) (?P<last>\\w+)	0	2024-01-15	match	None	
(?P<first>\\w+) (?P<last>\\w+)	0	2024-01-15	fullmatch	None	
(?P<first>\\w+) (?P<last>\\w+)	0	2024-01-15	finditer		
(?P<first>\\w+) (?P<last>\\w+)	0	b	search	None	
(?P<first>\\w+) (?P<last>\\w+)	0	b	match	None	
(?P<first>\\w+) (?P<last>\\w+)	0	b	fullmatch	None	
(?P<first>\\w+) (?P<last>\\w+)	0	b	finditer		
(?P<first>\\w+) (?P<last>\\w+)	0	a\nb\n	search	None	
(?P<first>\\w+) (?P<last>\\w+)	0	a\nb\n	match	None	
(?P<first>\\w+) (?P<last>\\w+)	0	a\nb\n	fullmatch	None	
(?P<first>\\w+) (?P<last>\\w+)	0	a\nb\n	finditer		
(?P<first>\\w+) (?P<last>\\w+)	0	ba	search	None	
(?P<first>\\w+) (?P<last>\\w+)	0	ba	match	None	
(?P<first>\\w+) (?P<last>\\w+)	0	ba	fullmatch	None	
(?P<first>\\w+) (?P<last>\\w+)	0	ba	finditer		
(?P<first>\\w+) (?P<last>\\w+)	0	a	search	None	
(?P<first>\\w+) (?P<last>\\w+)	0	a	match	None	
(?P<first>\\w+) (?P<last>\\w+)	0	a	fullmatch	None	
(?P<first>\\w+) (?P<last>\\w+)	0	a	finditer		
(?P<first>\\w+) (?P<last>\\w+)	0	john.doe@example.com	search	None	
(?P<first>\\w+) (?P<last>\\w+)	0	john.doe@example.com	match	None	
(?P<first>\\w+) (?P<last>\\w+)	0	john.doe@example.com	fullmatch	None	
(?P<first>\\w+) (?P<last>\\w+)	0	john.doe@example.com	finditer		
(?P<first>\\w+) (?P<last>\\w+)	0	the the cat	search	0,7;0,3;4,7|2	
(?P<first>\\w+) (?P<last>\\w+)	0	the the cat	match	0,7;0,3;4,7|2	
(?P<first>\\w+) (?P<last>\\w+)	0	the the cat	fullmatch	None	
(?P<first>\\w+) (?P<last>\\w+)	0	the the cat	finditer	0,7;0,3;4,7|2	
(?P<first>\\w+) (?P<last>\\w+)	0	\u{17f}S	search	None	
(?P<first>\\w+) (?P<last>\\w+)	0	\u{17f}S	match	None	
(?P<first>\\w+) (?P<last>\\w+)	0	\u{17f}S	fullmatch	None	
(?P<first>\\w+) (?P<last>\\w+)	0	\u{17f}S	finditer		
(?P<first>\\w+) (?P<last>\\w+)	0	abc	search	None	
(?P<first>\\w+) (?P<last>\\w+)	0	abc	match	None	
(?P<first>\\w+) (?P<last>\\w+)	0	abc	fullmatch	None	
(?P<first>\\w+) (?P<last>\\w+)	0	abc	finditer		
(?P<first>\\w+) (?P<last>\\w+)	0	a b c	search	0,3;0,1;2,3|2	
(?P<first>\\w+) (?P<last>\\w+)	0	a b c	match	0,3;0,1;2,3|2	
(?P<first>\\w+) (?P<last>\\w+)	0	a b c	fullmatch	None	
(?P<first>\\w+) (?P<last>\\w+)	0	a b c	finditer	0,3;0,1;2,3|2	
(?P<first>\\w+) (?P<last>\\w+)	0	x\ty	search	None	
(?P<first>\\w+) (?P<last>\\w+)	0	x\ty	match	None	
(?P<first>\\w+) (?P<last>\\w+)	0	x\ty	fullmatch	None	
(?P<first>\\w+) (?P<last>\\w+)	0	x\ty	finditer		
(?P<first>\\w+) (?P<last>\\w+)	0	\n	search	None	
(?P<first>\\w+) (?P<last>\\w+)	0	\n	match	None	
(?P<first>\\w+) (?P<last>\\w+)	0	\n	fullmatch	None	
(?P<first>\\w+) (?P<last>\\w+)	0	\n	finditer		
(?P<first>\\w+) (?P<last>\\w+)	0	"hi"	search@2:3	None	
(?P<first>\\w+) (?P<last>\\w+)	0	"hi"	finditer@2:3		
(?P<first>\\w+) (?P<last>\\w+)	0	x\ty	search@1:3	None	
(?P<first>\\w+) (?P<last>\\w+)	0	x\ty	finditer@1:3		
(?P<first>\\w+) (?P<last>\\w+)	0	aaa	search@0:1	None	
(?P<first>\\w+) (?P<last>\\w+)	0	aaa	finditer@0:1		
(\\w+)\\s\\1	0	xyz	search	None	
(\\w+)\\s\\1	0	xyz	match	None	
(\\w+)\\s\\1	0	xyz	fullmatch	None	
(\\w+)\\s\\1	0	xyz	finditer		
(\\w+)\\s\\1	0	b	search	None	
(\\w+)\\s\\1	0	b	match	None	
(\\w+)\\s\\1	0	b	fullmatch	None	
(\\w+)\\s\\1	0	b	finditer		
(\\w+)\\s\\1	0	aa	search	None	
(\\w+)\\s\\1	0	aa	match	None	
(\\w+)\\s\\1	0	aa	fullmatch	None	
(\\w+)\\s\\1	0	aa	finditer		
(\\w+)\\s\\1	0	A	search	None	
(\\w+)\\s\\1	0	A	match	None	
(\\w+)\\s\\1	0	A	fullmatch	None	
(\\w+)\\s\\1	0	A	finditer		
(\\w+)\\s\\1	0	hello world	search	None	
(\\w+)\\s\\1	0	hello world	match	None	
(\\w+)\\s\\1	0	hello world	fullmatch	None	
(\\w+)\\s\\1	0	hello world	finditer		
(\\w+)\\s\\1	0	\u{c9}	search	None	
(\\w+)\\s\\1	0	\u{c9}	match	None	
(\\w+)\\s\\1	0	\u{c9}	fullmatch	None	
(\\w+)\\s\\1	0	\u{c9}	finditer		
(\\w+)\\s\\1	0	\u{c9}\u{e9}SS\u{df}	search	None	
(\\w+)\\s\\1	0	\u{c9}\u{e9}SS\u{df}	match	None	
(\\w+)\\s\\1	0	\u{c9}\u{e9}SS\u{df}	fullmatch	None	
(\\w+)\\s\\1	0	\u{c9}\u{e9}SS\u{df}	finditer		
(\\w+)\\s\\1	0	\u{3a3}\u{3c3}\u{3c2}\u{391}\u{3a9}	search	None	
(\\w+)\\s\\1	0	\u{3a3}\u{3c3}\u{3c2}\u{391}\u{3a9}	match	None	
(\\w+)\\s\\1	0	\u{3a3}\u{3c3}\u{3c2}\u{391}\u{3a9}	fullmatch	None	
(\\w+)\\s\\1	0	\u{3a3}\u{3c3}\u{3c2}\u{391}\u{3a9}	finditer		
(\\w+)\\s\\1	0	hi"	search	None	
(\\w+)\\s\\1	0	hi"	match	None	
(\\w+)\\s\\1	0	hi"	fullmatch	None	
(\\w+)\\s\\1	0	hi"	finditer		
(\\w+)\\s\\1	0	abcdefghijkk	search	None	
(\\w+)\\s\\1	0	abcdefghijkk	match	None	
(\\w+)\\s\\1	0	abcdefghijkk	fullmatch	None	
(\\w+)\\s\\1	0	abcdefghijkk	finditer		
(\\w+)\\s\\1	0	"hi"	search	None	
(\\w+)\\s\\1	0	"hi"	match	None	
(\\w+)\\s\\1	0	"hi"	fullmatch	None	
(\\w+)\\s\\1	0	"hi"	finditer		
(\\w+)\\s\\1	0	ab\n	search	None	
(\\w+)\\s\\1	0	ab\n	match	None	
(\\w+)\\s\\1	0	ab\n	fullmatch	None	
(\\w+)\\s\\1	0	ab\n	finditer		
(\\w+)\\s\\1	0	\n	search@1:1	None	
(\\w+)\\s\\1	0	\n	finditer@1:1		
(\\w+)\\s\\1	0	john.doe@example.com	search@4:6	None	
(\\w+)\\s\\1	0	john.doe@example.com	finditer@4:6		
(\\w+)\\s\\1	0	abcdefghijkk	search@4:8	None	
(\\w+)\\s\\1	0	abcdefghijkk	finditer@4:8		
(?i)(a)\\1	0	\u{e9}	search	None	
(?i)(a)\\1	0	\u{e9}	match	None	
(?i)(a)\\1	0	\u{e9}	fullmatch	None	
(?i)(a)\\1	0	\u{e9}	finditer		
(?i)(a)\\1	0	b	search	None	
(?i)(a)\\1	0	b	match	None	
(?i)(a)\\1	0	b	fullmatch	None	
(?i)(a)\\1	0	b	finditer		
(?i)(a)\\1	0	the the cat	search	None	
(?i)(a)\\1	0	the the cat	match	None	
(?i)(a)\\1	0	the the cat	fullmatch	None	
(?i)(a)\\1	0	the the cat	finditer		
(?i)(a)\\1	0	"hi"	search	None	
(?i)(a)\\1	0	"hi"	match	None	
(?i)(a)\\1	0	"hi"	fullmatch	None	
(?i)(a)\\1	0	"hi"	finditer		
(?i)(a)\\1	0	aaab	search	0,2;0,1|1	
(?i)(a)\\1	0	aaab	match	0,2;0,1|1	
(?i)(a)\\1	0	aaab	fullmatch	None	
(?i)(a)\\1	0	aaab	finditer	0,2;0,1|1	
(?i)(a)\\1	0	AbC	search	None	
(?i)(a)\\1	0	AbC	match	None	
(?i)(a)\\1	0	AbC	fullmatch	None	
(?i)(a)\\1	0	AbC	finditer		
(?i)(a)\\1	0	abcd	search	None	
(?i)(a)\\1	0	abcd	match	None	
(?i)(a)\\1	0	abcd	fullmatch	None	
(?i)(a)\\1	0	abcd	finditer		
(?i)(a)\\1	0	12 345 6	search	None	
(?i)(a)\\1	0	12 345 6	match	None	
(?i)(a)\\1	0	12 345 6	fullmatch	None	
(?i)(a)\\1	0	12 345 6	finditer		
(?i)(a)\\1	0	2024-01-15	search	None	
(?i)(a)\\1	0	2024-01-15	match	None	
(?i)(a)\\1	0	2024-01-15	fullmatch	None	
(?i)(a)\\1	0	2024-01-15	finditer		
(?i)(a)\\1	0	ababab	search	None	
(?i)(a)\\1	0	ababab	match	None	
(?i)(a)\\1	0	ababab	fullmatch	None	
(?i)(a)\\1	0	ababab	finditer		
(?i)(a)\\1	0	A	search	None	
(?i)(a)\\1	0	A	match	None	
(?i)(a)\\1	0	A	fullmatch	None	
(?i)(a)\\1	0	A	finditer		
(?i)(a)\\1	0	abcdefghijkk	search	None	
(?i)(a)\\1	0	abcdefghijkk	match	None	
(?i)(a)\\1	0	abcdefghijkk	fullmatch	None	
(?i)(a)\\1	0	abcdefghijkk	finditer		
(?i)(a)\\1	0	aa	search@2:1	None	
(?i)(a)\\1	0	aa	finditer@2:1		
(?i)(a)\\1	0	a	search@0:1	None	
(?i)(a)\\1	0	a	finditer@0:1		
(?i)(a)\\1	0	abcdefghija0	search@10:10	None	
(?i)(a)\\1	0	abcdefghija0	finditer@10:10		
(?=a)a	0	A	search	None	
(?=a)a	0	A	match	None	
(?=a)a	0	A	fullmatch	None	
(?=a)a	0	A	finditer		
(?=a)a	0	ab\n	search	0,1|None	
(?=a)a	0	ab\n	match	0,1|None	
(?=a)a	0	ab\n	fullmatch	None	
(?=a)a	0	ab\n	finditer	0,1|None	
(?=a)a	0	ae cde abe	search	0,1|None	
(?=a)a	0	ae cde abe	match	0,1|None	
(?=a)a	0	ae cde abe	fullmatch	None	
(?=a)a	0	ae cde abe	finditer	0,1|None 7,8|None	
(?=a)a	0	aaab	search	0,1|None	
(?=a)a	0	aaab	match	0,1|None	
(?=a)a	0	aaab	fullmatch	None	
(?=a)a	0	aaab	finditer	0,1|None 1,2|None 2,3|None	
(?=a)a	0	x\ty	search	None	
(?=a)a	0	x\ty	match	None	
(?=a)a	0	x\ty	fullmatch	None	
(?=a)a	0	x\ty	finditer		
(?=a)a	0	ba	search	1,2|None	
(?=a)a	0	ba	match	None	
(?=a)a	0	ba	fullmatch	None	
(?=a)a	0	ba	finditer	1,2|None	
(?=a)a	0	2024-01-15	search	None	
(?=a)a	0	2024-01-15	match	None	
(?=a)a	0	2024-01-15	fullmatch	None	
(?=a)a	0	2024-01-15	finditer		
(?=a)a	0	a\nb\n	search	0,1|None	
(?=a)a	0	a\nb\n	match	0,1|None	
(?=a)a	0	a\nb\n	fullmatch	None	
(?=a)a	0	a\nb\n	finditer	0,1|None	
(?=a)a	0	\n	search	None	
(?=a)a	0	\n	match	None	
(?=a)a	0	\n	fullmatch	None	
(?=a)a	0	\n	finditer		
(?=a)a	0	abc	search	0,1|None	
(?=a)a	0	abc	match	0,1|None	
(?=a)a	0	abc	fullmatch	None	
(?=a)a	0	abc	finditer	0,1|None	
(?=a)a	0	\u{c9}\u{e9}SS\u{df}	search	None	
(?=a)a	0	\u{c9}\u{e9}SS\u{df}	match	None	
(?=a)a	0	\u{c9}\u{e9}SS\u{df}	fullmatch	None	
(?=a)a	0	\u{c9}\u{e9}SS\u{df}	finditer		
(?=a)a	0	ababab	search	0,1|None	
(?=a)a	0	ababab	match	0,1|None	
(?=a)a	0	ababab	fullmatch	None	
(?=a)a	0	ababab	finditer	0,1|None 2,3|None 4,5|None	
(?=a)a	0	\u{e9}	search@1:1	None	
(?=a)a	0	\u{e9}	finditer@1:1		
(?=a)a	0	\u{65e5}\u{672c}\u{8a9e}	search@2:2	None	
(?=a)a	0	\u{65e5}\u{672c}\u{8a9e}	finditer@2:2		
(?=a)a	0	aaa	search@3:2	None	
(?=a)a	0	aaa	finditer@3:2		
(?!a).	0	\u{e9}	search	0,1|None	
(?!a).	0	\u{e9}	match	0,1|None	
(?!a).	0	\u{e9}	fullmatch	0,1|None	
(?!a).	0	\u{e9}	finditer	0,1|None	
(?!a).	0	Foo foo	search	0,1|None	
(?!a).	0	Foo foo	match	0,1|None	
(?!a).	0	Foo foo	fullmatch	None	
(?!a).	0	Foo foo	finditer	0,1|None 1,2|None 2,3|None 3,4|None 4,5|None 5,6|None 6,7|None	
(?!a).	0	\u{3a3}\u{3c3}\u{3c2}\u{391}\u{3a9}	search	0,1|None	
(?!a).	0	\u{3a3}\u{3c3}\u{3c2}\u{391}\u{3a9}	match	0,1|None	
(?!a).	0	\u{3a3}\u{3c3}\u{3c2}\u{391}\u{3a9}	fullmatch	None	
(?!a).	0	\u{3a3}\u{3c3}\u{3c2}\u{391}\u{3a9}	finditer	0,1|None 1,2|None 2,3|None 3,4|None 4,5|None	
(?!a).	0	cab	search	0,1|None	
(?!a).	0	cab	match	0,1|None	
(?!a).	0	cab	fullmatch	None	
(?!a).	0	cab	finditer	0,1|None 2,3|None	
(?!a).	0	aaab	search	3,4|None	
(?!a).	0	aaab	match	None	
(?!a).	0	aaab	fullmatch	None	
(?!a).	0	aaab	finditer	3,4|None	
(?!a).	0	x\ty	search	0,1|None	
(?!a).	0	x\ty	match	0,1|None	
(?!a).	0	x\ty	fullmatch	None	
(?!a).	0	x\ty	finditer	0,1|None 1,2|None 2,3|None	
(?!a).	0	a\nb\n	search	2,3|None	
(?!a).	0	a\nb\n	match	None	
(?!a).	0	a\nb\n	fullmatch	None	
(?!a).	0	a\nb\n	finditer	2,3|None	
(?!a).	0	"hi"	search	0,1|None	
(?!a).	0	"hi"	match	0,1|None	
(?!a).	0	"hi"	fullmatch	None	
(?!a).	0	"hi"	finditer	0,1|None 1,2|None 2,3|None 3,4|None	
(?!a).	0	abc	search	1,2|None	
(?!a).	0	abc	match	None	
(?!a).	0	abc	fullmatch	None	
(?!a).	0	abc	finditer	1,2|None 2,3|None	
(?!a).	0	abcabc	search	1,2|None	
(?!a).	0	abcabc	match	None	
(?!a).	0	abcabc	fullmatch	None	
(?!a).	0	abcabc	finditer	1,2|None 2,3|None 4,5|None 5,6|None	
(?!a).	0	\u{c9}\u{e9}SS\u{df}	search	0,1|None	
(?!a).	0	\u{c9}\u{e9}SS\u{df}	match	0,1|None	
(?!a).	0	\u{c9}\u{e9}SS\u{df}	fullmatch	None	
(?!a).	0	\u{c9}\u{e9}SS\u{df}	finditer	0,1|None 1,2|None 2,3|None 3,4|None 4,5|None	
(?!a).	0	bab	search	0,1|None	
(?!a).	0	bab	match	0,1|None	
(?!a).	0	bab	fullmatch	None	
(?!a).	0	bab	finditer	0,1|None 2,3|None	
(?!a).	0	\u{3a3}\u{3c3}\u{3c2}\u{391}\u{3a9}	search@5:4	None	
(?!a).	0	\u{3a3}\u{3c3}\u{3c2}\u{391}\u{3a9}	finditer@5:4		
(?!a).	0	a-b c_d	search@4:0	None	
(?!a).	0	a-b c_d	finditer@4:0		
(?!a).	0	\n	search@1:0	None	
(?!a).	0	\n	finditer@1:0		
(?<=a)b	0	ab	search	1,2|None	
(?<=a)b	0	ab	match	None	
(?<=a)b	0	ab	fullmatch	None	
(?<=a)b	0	ab	finditer	1,2|None	
(?<=a)b	0	\u{e9}	search	None	
(?<=a)b	0	\u{e9}	match	None	
(?<=a)b	0	\u{e9}	fullmatch	None	
(?<=a)b	0	\u{e9}	finditer		
(?<=a)b	0	x a\ny b	search	None	
(?<=a)b	0	x a\ny b	match	None	
(?<=a)b	0	x a\ny b	fullmatch	None	
(?<=a)b	0	x a\ny b	finditer		
(?<=a)b	0	aaa	search	None	
(?<=a)b	0	aaa	match	None	
(?<=a)b	0	aaa	fullmatch	None	
(?<=a)b	0	aaa	finditer		
(?<=a)b	0	the the cat	search	None	
(?<=a)b	0	the the cat	match	None	
(?<=a)b	0	the the cat	fullmatch	None	
(?<=a)b	0	the the cat	finditer		
(?<=a)b	0	\u{65e5}\u{672c}\u{8a9e}	search	None	
(?<=a)b	0	\u{65e5}\u{672c}\u{8a9e}	match	None	
(?<=a)b	0	\u{65e5}\u{672c}\u{8a9e}	fullmatch	None	
(?<=a)b	0	\u{65e5}\u{672c}\u{8a9e}	finditer		
(?<=a)b	0	a-b c_d	search	None	
(?<=a)b	0	a-b c_d	match	None	
(?<=a)b	0	a-b c_d	fullmatch	None	
(?<=a)b	0	a-b c_d	finditer		
(?<=a)b	0	hello world	search	None	
(?<=a)b	0	hello world	match	None	
(?<=a)b	0	hello world	fullmatch	None	
(?<=a)b	0	hello world	finditer		
(?<=a)b	0	\u{3a3}\u{3c3}\u{3c2}\u{391}\u{3a9}	search	None	
(?<=a)b	0	\u{3a3}\u{3c3}\u{3c2}\u{391}\u{3a9}	match	None	
(?<=a)b	0	\u{3a3}\u{3c3}\u{3c2}\u{391}\u{3a9}	fullmatch	None	
(?<=a)b	0	\u{3a3}\u{3c3}\u{3c2}\u{391}\u{3a9}	finditer		
(?<=a)b	0	john.doe@example.com	search	None	
(?<=a)b	0	john.doe@example.com	match	None	
(?<=a)b	0	john.doe@example.com	fullmatch	None	
(?<=a)b	0	john.doe@example.com	finditer		
(?<=a)b	0	\n	search	None	
(?<=a)b	0	\n	match	None	
(?<=a)b	0	\n	fullmatch	None	
(?<=a)b	0	\n	finditer		
(?<=a)b	0	abcdefghija0	search	1,2|None	
(?<=a)b	0	abcdefghija0	match	None	
(?<=a)b	0	abcdefghija0	fullmatch	None	
(?<=a)b	0	abcdefghija0	finditer	1,2|None	
(?<=a)b	0	a	search@1:1	None	
(?<=a)b	0	a	finditer@1:1		
(?<=a)b	0	aa	search@2:1	None	
(?<=a)b	0	aa	finditer@2:1		
(?<=a)b	0	aaab	search@2:1	None	
(?<=a)b	0	aaab	finditer@2:1		
(?<!a)b	0	the the cat	search	None	
(?<!a)b	0	the the cat	match	None	
(?<!a)b	0	the the cat	fullmatch	None	
(?<!a)b	0	the the cat	finditer		
(?<!a)b	0	abcde abc	search	None	
(?<!a)b	0	abcde abc	match	None	
(?<!a)b	0	abcde abc	fullmatch	None	
(?<!a)b	0	abcde abc	finditer		
(?<!a)b	0	abcabc	search	None	
(?<!a)b	0	abcabc	match	None	
(?<!a)b	0	abcabc	fullmatch	None	
(?<!a)b	0	abcabc	finditer		
(?<!a)b	0	2024-01-15	search	None	
(?<!a)b	0	2024-01-15	match	None	
(?<!a)b	0	2024-01-15	fullmatch	None	
(?<!a)b	0	2024-01-15	finditer		
(?<!a)b	0	a	search	None	
(?<!a)b	0	a	match	None	
(?<!a)b	0	a	fullmatch	None	
(?<!a)b	0	a	finditer		
(?<!a)b	0	 , a ,b	search	6,7|None	
(?<!a)b	0	 , a ,b	match	None	
(?<!a)b	0	 , a ,b	fullmatch	None	
(?<!a)b	0	 , a ,b	finditer	6,7|None	
(?<!a)b	0	A	search	None	
(?<!a)b	0	A	match	None	
(?<!a)b	0	A	fullmatch	None	
(?<!a)b	0	A	finditer		
(?<!a)b	0	ab	search	None	
(?<!a)b	0	ab	match	None	
(?<!a)b	0	ab	fullmatch	None	
(?<!a)b	0	ab	finditer		
(?<!a)b	0	aaa	search	None	
(?<!a)b	0	aaa	match	None	
(?<!a)b	0	aaa	fullmatch	None	
(?<!a)b	0	aaa	finditer		
(?<!a)b	0	hi"	search	None	
(?<!a)b	0	hi"	match	None	
(?<!a)b	0	hi"	fullmatch	None	
(?<!a)b	0	hi"	finditer		
(?<!a)b	0	\u{c9}	search	None	
(?<!a)b	0	\u{c9}	match	None	
(?<!a)b	0	\u{c9}	fullmatch	None	
(?<!a)b	0	\u{c9}	finditer		
(?<!a)b	0	a-b c_d	search	2,3|None	
(?<!a)b	0	a-b c_d	match	None	
(?<!a)b	0	a-b c_d	fullmatch	None	
(?<!a)b	0	a-b c_d	finditer	2,3|None	
(?<!a)b	0	ab	search@1:1	None	
(?<!a)b	0	ab	finditer@1:1		
(?<!a)b	0	x a\ny b	search@6:0	None	
(?<!a)b	0	x a\ny b	finditer@6:0		
(?<!a)b	0	K	search@0:1	None	
(?<!a)b	0	K	finditer@0:1		
(?<=ab|cd)e	0	2024-01-15	search	None	
(?<=ab|cd)e	0	2024-01-15	match	None	
(?<=ab|cd)e	0	2024-01-15	fullmatch	None	
(?<=ab|cd)e	0	2024-01-15	finditer		
(?<=ab|cd)e	0	\u{3a3}\u{3c3}\u{3c2}\u{391}\u{3a9}	search	None	
(?<=ab|cd)e	0	\u{3a3}\u{3c3}\u{3c2}\u{391}\u{3a9}	match	None	
(?<=ab|cd)e	0	\u{3a3}\u{3c3}\u{3c2}\u{391}\u{3a9}	fullmatch	None	
(?<=ab|cd)e	0	\u{3a3}\u{3c3}\u{3c2}\u{391}\u{3a9}	finditer		
(?<=ab|cd)e	0	a	search	None	
(?<=ab|cd)e	0	a	match	None	
(?<=ab|cd)e	0	a	fullmatch	None	
(?<=ab|cd)e	0	a	finditer		
(?<=ab|cd)e	0	bab	search	None	
(?<=ab|cd)e	0	bab	match	None	
(?<=ab|cd)e	0	bab	fullmatch	None	
(?<=ab|cd)e	0	bab	finditer		
(?<=ab|cd)e	0	xyz	search	None	
(?<=ab|cd)e	0	xyz	match	None	
(?<=ab|cd)e	0	xyz	fullmatch	None	
(?<=ab|cd)e	0	xyz	finditer		
(?<=ab|cd)e	0	Foo foo	search	None	
(?<=ab|cd)e	0	Foo foo	match	None	
(?<=ab|cd)e	0	Foo foo	fullmatch	None	
(?<=ab|cd)e	0	Foo foo	finditer		
(?<=ab|cd)e	0	x a\ny b	search	None	
(?<=ab|cd)e	0	x a\ny b	match	None	
(?<=ab|cd)e	0	x a\ny b	fullmatch	None	
(?<=ab|cd)e	0	x a\ny b	finditer		
(?<=ab|cd)e	0	AbC	search	None	
(?<=ab|cd)e	0	AbC	match	None	
(?<=ab|cd)e	0	AbC	fullmatch	None	
(?<=ab|cd)e	0	AbC	finditer		
(?<=ab|cd)e	0	\n	search	None	
(?<=ab|cd)e	0	\n	match	None	
(?<=ab|cd)e	0	\n	fullmatch	None	
(?<=ab|cd)e	0	\n	finditer		
(?<=ab|cd)e	0	aAaA	search	None	
(?<=ab|cd)e	0	aAaA	match	None	
(?<=ab|cd)e	0	aAaA	fullmatch	None	
(?<=ab|cd)e	0	aAaA	finditer		
(?<=ab|cd)e	0	a\nb\n	search	None	
(?<=ab|cd)e	0	a\nb\n	match	None	
(?<=ab|cd)e	0	a\nb\n	fullmatch	None	
(?<=ab|cd)e	0	a\nb\n	finditer		
(?<=ab|cd)e	0	"hi"	search	None	
(?<=ab|cd)e	0	"hi"	match	None	
(?<=ab|cd)e	0	"hi"	fullmatch	None	
(?<=ab|cd)e	0	"hi"	finditer		
(?<=ab|cd)e	0		search@0:0	None	
(?<=ab|cd)e	0		finditer@0:0		
(?<=ab|cd)e	0	hi"	search@3:0	None	
(?<=ab|cd)e	0	hi"	finditer@3:0		
(?<=ab|cd)e	0	\u{e9}	search@1:1	None	
(?<=ab|cd)e	0	\u{e9}	finditer@1:1		
(?<=a*)b	0		compile	re.error	look-behind requires fixed-width pattern
(?<=(a))b	0	john.doe@example.com	search	None	
(?<=(a))b	0	john.doe@example.com	match	None	
(?<=(a))b	0	john.doe@example.com	fullmatch	None	
(?<=(a))b	0	john.doe@example.com	finditer		
(?<=(a))b	0	bd cd ad	search	None	
(?<=(a))b	0	bd cd ad	match	None	
(?<=(a))b	0	bd cd ad	fullmatch	None	
(?<=(a))b	0	bd cd ad	finditer		
(?<=(a))b	0	A	search	None	
(?<=(a))b	0	A	match	None	
(?<=(a))b	0	A	fullmatch	None	
(?<=(a))b	0	A	finditer		
(?<=(a))b	0	ae cde abe	search	8,9;7,8|1	
(?<=(a))b	0	ae cde abe	match	None	
(?<=(a))b	0	ae cde abe	fullmatch	None	
(?<=(a))b	0	ae cde abe	finditer	8,9;7,8|1	
(?<=(a))b	0	\u{e9}	search	None	
(?<=(a))b	0	\u{e9}	match	None	
(?<=(a))b	0	\u{e9}	fullmatch	None	
(?<=(a))b	0	\u{e9}	finditer		
(?<=(a))b	0	cab	search	2,3;1,2|1	
(?<=(a))b	0	cab	match	None	
(?<=(a))b	0	cab	fullmatch	None	
(?<=(a))b	0	cab	finditer	2,3;1,2|1	
(?<=(a))b	0	Foo foo	search	None	
(?<=(a))b	0	Foo foo	match	None	
(?<=(a))b	0	Foo foo	fullmatch	None	
(?<=(a))b	0	Foo foo	finditer		
(?<=(a))b	0	x\ty	search	None	
(?<=(a))b	0	x\ty	match	None	
(?<=(a))b	0	x\ty	fullmatch	None	
(?<=(a))b	0	x\ty	finditer		
(?<=(a))b	0	aAaA	search	None	
(?<=(a))b	0	aAaA	match	None	
(?<=(a))b	0	aAaA	fullmatch	None	
(?<=(a))b	0	aAaA	finditer		
(?<=(a))b	0	abcabc	search	1,2;0,1|1	
(?<=(a))b	0	abcabc	match	None	
(?<=(a))b	0	abcabc	fullmatch	None	
(?<=(a))b	0	abcabc	finditer	1,2;0,1|1 4,5;3,4|1	
(?<=(a))b	0	\u{65e5}\u{672c}\u{8a9e}	search	None	
(?<=(a))b	0	\u{65e5}\u{672c}\u{8a9e}	match	None	
(?<=(a))b	0	\u{65e5}\u{672c}\u{8a9e}	fullmatch	None	
(?<=(a))b	0	\u{65e5}\u{672c}\u{8a9e}	finditer		
(?<=(a))b	0	 , a ,b	search	None	
(?<=(a))b	0	 , a ,b	match	None	
(?<=(a))b	0	 , a ,b	fullmatch	None	
(?<=(a))b	0	 , a ,b	finditer		
(?<=(a))b	0	12 345 6	search@4:5	None	
(?<=(a))b	0	12 345 6	finditer@4:5		
(?<=(a))b	0	2024-01-15	search@10:8	None	
(?<=(a))b	0	2024-01-15	finditer@10:8		
(?<=(a))b	0	\u{c9}	search@1:0	None	
(?<=(a))b	0	\u{c9}	finditer@1:0		
(?<=(a))b	2	a b c	search	None	
(?<=(a))b	2	a b c	match	None	
(?<=(a))b	2	a b c	fullmatch	None	
(?<=(a))b	2	a b c	finditer		
(?<=(a))b	2	a\nb\n	search	None	
(?<=(a))b	2	a\nb\n	match	None	
(?<=(a))b	2	a\nb\n	fullmatch	None	
(?<=(a))b	2	a\nb\n	finditer		
(?<=(a))b	2	2024-01-15	search	None	
(?<=(a))b	2	2024-01-15	match	None	
(?<=(a))b	2	2024-01-15	fullmatch	None	
(?<=(a))b	2	2024-01-15	finditer		
(?<=(a))b	2	john.doe@example.com	search	None	
(?<=(a))b	2	john.doe@example.com	match	None	
(?<=(a))b	2	john.doe@example.com	fullmatch	None	
(?<=(a))b	2	john.doe@example.com	finditer		
(?<=(a))b	2	foo bar	search	None	
(?<=(a))b	2	foo bar	match	None	
(?<=(a))b	2	foo bar	fullmatch	None	
(?<=(a))b	2	foo bar	finditer		
(?<=(a))b	2	\u{661}\u{662}\u{663} 45	search	None	
(?<=(a))b	2	\u{661}\u{662}\u{663} 45	match	None	
(?<=(a))b	2	\u{661}\u{662}\u{663} 45	fullmatch	None	
(?<=(a))b	2	\u{661}\u{662}\u{663} 45	finditer		
(?<=(a))b	2	b	search	None	
(?<=(a))b	2	b	match	None	
(?<=(a))b	2	b	fullmatch	None	
(?<=(a))b	2	b	finditer		
(?<=(a))b	2	ab	search	1,2;0,1|1	
(?<=(a))b	2	ab	match	None	
(?<=(a))b	2	ab	fullmatch	None	
(?<=(a))b	2	ab	finditer	1,2;0,1|1	
(?<=(a))b	2	aAaA	search	None	
(?<=(a))b	2	aAaA	match	None	
(?<=(a))b	2	aAaA	fullmatch	None	
(?<=(a))b	2	aAaA	finditer		
(?<=(a))b	2	abcd	search	1,2;0,1|1	
(?<=(a))b	2	abcd	match	None	
(?<=(a))b	2	abcd	fullmatch	None	
(?<=(a))b	2	abcd	finditer	1,2;0,1|1	
(?<=(a))b	2	hello world	search	None	
(?<=(a))b	2	hello world	match	None	
(?<=(a))b	2	hello world	fullmatch	None	
(?<=(a))b	2	hello world	finditer		
(?<=(a))b	2	ba	search	None	
(?<=(a))b	2	ba	match	None	
(?<=(a))b	2	ba	fullmatch	None	
(?<=(a))b	2	ba	finditer		
(?<=(a))b	2	\u{17f}S	search@1:0	None	
(?<=(a))b	2	\u{17f}S	finditer@1:0		
(?<=(a))b	2	\u{661}\u{662}\u{663} 45	search@1:4	None	
(?<=(a))b	2	\u{661}\u{662}\u{663} 45	finditer@1:4		
(?<=(a))b	2	ababab	search@6:3	None	
(?<=(a))b	2	ababab	finditer@6:3		
(?=(a))a	0	aaa	search	0,1;0,1|1	
(?=(a))a	0	aaa	match	0,1;0,1|1	
(?=(a))a	0	aaa	fullmatch	None	
(?=(a))a	0	aaa	finditer	0,1;0,1|1 1,2;1,2|1 2,3;2,3|1	
(?=(a))a	0	aaab	search	0,1;0,1|1	
(?=(a))a	0	aaab	match	0,1;0,1|1	
(?=(a))a	0	aaab	fullmatch	None	
(?=(a))a	0	aaab	finditer	0,1;0,1|1 1,2;1,2|1 2,3;2,3|1	
(?=(a))a	0	\n	search	None	
(?=(a))a	0	\n	match	None	
(?=(a))a	0	\n	fullmatch	None	
(?=(a))a	0	\n	finditer		
(?=(a))a	0	\u{e9}	search	None	
(?=(a))a	0	\u{e9}	match	None	
(?=(a))a	0	\u{e9}	fullmatch	None	
(?=(a))a	0	\u{e9}	finditer		
(?=(a))a	0	\u{661}\u{662}\u{663} 45	search	None	
(?=(a))a	0	\u{661}\u{662}\u{663} 45	match	None	
(?=(a))a	0	\u{661}\u{662}\u{663} 45	fullmatch	None	
(?=(a))a	0	\u{661}\u{662}\u{663} 45	finditer		
(?=(a))a	0	ae cde abe	search	0,1;0,1|1	
(?=(a))a	0	ae cde abe	match	0,1;0,1|1	
(?=(a))a	0	ae cde abe	fullmatch	None	
(?=(a))a	0	ae cde abe	finditer	0,1;0,1|1 7,8;7,8|1	
(?=(a))a	0	bd cd ad	search	6,7;6,7|1	
(?=(a))a	0	bd cd ad	match	None	
(?=(a))a	0	bd cd ad	fullmatch	None	
(?=(a))a	0	bd cd ad	finditer	6,7;6,7|1	
(?=(a))a	0	aAaA	search	0,1;0,1|1	
(?=(a))a	0	aAaA	match	0,1;0,1|1	
(?=(a))a	0	aAaA	fullmatch	None	
(?=(a))a	0	aAaA	finditer	0,1;0,1|1 2,3;2,3|1	
(?=(a))a	0	a b c	search	0,1;0,1|1	
(?=(a))a	0	a b c	match	0,1;0,1|1	
(?=(a))a	0	a b c	fullmatch	None	
(?=(a))a	0	a b c	finditer	0,1;0,1|1	
(?=(a))a	0	2024-01-15	search	None	
(?=(a))a	0	2024-01-15	match	None	
(?=(a))a	0	2024-01-15	fullmatch	None	
(?=(a))a	0	2024-01-15	finditer		
(?=(a))a	0	john.doe@example.com	search	11,12;11,12|1	
(?=(a))a	0	john.doe@example.com	match	None	
(?=(a))a	0	john.doe@example.com	fullmatch	None	
(?=(a))a	0	john.doe@example.com	finditer	11,12;11,12|1	
(?=(a))a	0	foo bar	search	5,6;5,6|1	
(?=(a))a	0	foo bar	match	None	
(?=(a))a	0	foo bar	fullmatch	None	
(?=(a))a	0	foo bar	finditer	5,6;5,6|1	
(?=(a))a	0	abcabc	search@6:1	None	
(?=(a))a	0	abcabc	finditer@6:1		
(?=(a))a	0	A	search@1:0	None	
(?=(a))a	0	A	finditer@1:0		
(?=(a))a	0	 , a ,b	search@4:2	None	
(?=(a))a	0	 , a ,b	finditer@4:2		
(?=(a))a	2	b	search	None	
(?=(a))a	2	b	match	None	
(?=(a))a	2	b	fullmatch	None	
(?=(a))a	2	b	finditer		
(?=(a))a	2	Foo foo	search	None	
(?=(a))a	2	Foo foo	match	None	
(?=(a))a	2	Foo foo	fullmatch	None	
(?=(a))a	2	Foo foo	finditer		
(?=(a))a	2	the the cat	search	9,10;9,10|1	
(?=(a))a	2	the the cat	match	None	
(?=(a))a	2	the the cat	fullmatch	None	
(?=(a))a	2	the the cat	finditer	9,10;9,10|1	
(?=(a))a	2	abcde abc	search	0,1;0,1|1	
(?=(a))a	2	abcde abc	match	0,1;0,1|1	
(?=(a))a	2	abcde abc	fullmatch	None	
(?=(a))a	2	abcde abc	finditer	0,1;0,1|1 6,7;6,7|1	
(?=(a))a	2	x\ty	search	None	
(?=(a))a	2	x\ty	match	None	
(?=(a))a	2	x\ty	fullmatch	None	
(?=(a))a	2	x\ty	finditer		
(?=(a))a	2	12 345 6	search	None	
(?=(a))a	2	12 345 6	match	None	
(?=(a))a	2	12 345 6	fullmatch	None	
(?=(a))a	2	12 345 6	finditer		
(?=(a))a	2	AbC	search	0,1;0,1|1	
(?=(a))a	2	AbC	match	0,1;0,1|1	
(?=(a))a	2	AbC	fullmatch	None	
(?=(a))a	2	AbC	finditer	0,1;0,1|1	
(?=(a))a	2	foo bar	search	5,6;5,6|1	
(?=(a))a	2	foo bar	match	None	
(?=(a))a	2	foo bar	fullmatch	None	
(?=(a))a	2	foo bar	finditer	5,6;5,6|1	
(?=(a))a	2		search	None	
(?=(a))a	2		match	None	
(?=(a))a	2		fullmatch	None	
(?=(a))a	2		finditer		
(?=(a))a	2	\u{3a3}\u{3c3}\u{3c2}\u{391}\u{3a9}	search	None	
(?=(a))a	2	\u{3a3}\u{3c3}\u{3c2}\u{391}\u{3a9}	match	None	
(?=(a))a	2	\u{3a3}\u{3c3}\u{3c2}\u{391}\u{3a9}	fullmatch	None	
(?=(a))a	2	\u{3a3}\u{3c3}\u{3c2}\u{391}\u{3a9}	finditer		
(?=(a))a	2	a-b c_d	search	0,1;0,1|1	
(?=(a))a	2	a-b c_d	match	0,1;0,1|1	
(?=(a))a	2	a-b c_d	fullmatch	None	
(?=(a))a	2	a-b c_d	finditer	0,1;0,1|1	
(?=(a))a	2	abcdefghija0	search	0,1;0,1|1	
(?=(a))a	2	abcdefghija0	match	0,1;0,1|1	
(?=(a))a	2	abcdefghija0	fullmatch	None	
(?=(a))a	2	abcdefghija0	finditer	0,1;0,1|1 10,11;10,11|1	
(?=(a))a	2	x a\ny b	search@4:6	None	
(?=(a))a	2	x a\ny b	finditer@4:6		
(?=(a))a	2	ae cde abe	search@6:10	7,8;7,8|1	
(?=(a))a	2	ae cde abe	finditer@6:10	7,8;7,8|1	
(?=(a))a	2	\u{c9}	search@0:0	None	
(?=(a))a	2	\u{c9}	finditer@0:0		
(?!(a))b	0	ba	search	0,1;-1,-1|None	
(?!(a))b	0	ba	match	0,1;-1,-1|None	
(?!(a))b	0	ba	fullmatch	None	
(?!(a))b	0	ba	finditer	0,1;-1,-1|None	
(?!(a))b	0	aa	search	None	
(?!(a))b	0	aa	match	None	
(?!(a))b	0	aa	fullmatch	None	
(?!(a))b	0	aa	finditer		
(?!(a))b	0	Foo foo	search	None	
(?!(a))b	0	Foo foo	match	None	
(?!(a))b	0	Foo foo	fullmatch	None	
(?!(a))b	0	Foo foo	finditer		
(?!(a))b	0	12 345 6	search	None	
(?!(a))b	0	12 345 6	match	None	
(?!(a))b	0	12 345 6	fullmatch	None	
(?!(a))b	0	12 345 6	finditer		
(?!(a))b	0	aaab	search	3,4;-1,-1|None	
(?!(a))b	0	aaab	match	None	
(?!(a))b	0	aaab	fullmatch	None	
(?!(a))b	0	aaab	finditer	3,4;-1,-1|None	
(?!(a))b	0	hi"	search	None	
(?!(a))b	0	hi"	match	None	
(?!(a))b	0	hi"	fullmatch	None	
(?!(a))b	0	hi"	finditer		
(?!(a))b	0	abcdefghija0	search	1,2;-1,-1|None	
(?!(a))b	0	abcdefghija0	match	None	
(?!(a))b	0	abcdefghija0	fullmatch	None	
(?!(a))b	0	abcdefghija0	finditer	1,2;-1,-1|None	
(?!(a))b	0	\u{e9}	search	None	
(?!(a))b	0	\u{e9}	match	None	
(?!(a))b	0	\u{e9}	fullmatch	None	
(?!(a))b	0	\u{e9}	finditer		
(?!(a))b	0	abcabc	search	1,2;-1,-1|None	
(?!(a))b	0	abcabc	match	None	
(?!(a))b	0	abcabc	fullmatch	None	
(?!(a))b	0	abcabc	finditer	1,2;-1,-1|None 4,5;-1,-1|None	
(?!(a))b	0	a	search	None	
(?!(a))b	0	a	match	None	
(?!(a))b	0	a	fullmatch	None	
(?!(a))b	0	a	finditer		
(?!(a))b	0	x\ty	search	None	
(?!(a))b	0	x\ty	match	None	
(?!(a))b	0	x\ty	fullmatch	None	
(?!(a))b	0	x\ty	finditer		
(?!(a))b	0	\u{3a3}\u{3c3}\u{3c2}\u{391}\u{3a9}	search	None	
(?!(a))b	0	\u{3a3}\u{3c3}\u{3c2}\u{391}\u{3a9}	match	None	
(?!(a))b	0	\u{3a3}\u{3c3}\u{3c2}\u{391}\u{3a9}	fullmatch	None	
(?!(a))b	0	\u{3a3}\u{3c3}\u{3c2}\u{391}\u{3a9}	finditer		
(?!(a))b	0	cab	search@2:3	2,3;-1,-1|None	
(?!(a))b	0	cab	finditer@2:3	2,3;-1,-1|None	
(?!(a))b	0	2024-01-15	search@10:4	None	
(?!(a))b	0	2024-01-15	finditer@10:4		
(?!(a))b	0	ab	search@0:1	None	
(?!(a))b	0	ab	finditer@0:1		
(?(1)a|b)	0		compile	re.error	invalid group reference 1 at position 3
(a)?(?(1)b|c)	0	bab	search	1,3;1,2|1	
(a)?(?(1)b|c)	0	bab	match	None	
(a)?(?(1)b|c)	0	bab	fullmatch	None	
(a)?(?(1)b|c)	0	bab	finditer	1,3;1,2|1	
(a)?(?(1)b|c)	0	 , a ,b	search	None	
(a)?(?(1)b|c)	0	 , a ,b	match	None	
(a)?(?(1)b|c)	0	 , a ,b	fullmatch	None	
(a)?(?(1)b|c)	0	 , a ,b	finditer		
(a)?(?(1)b|c)	0	the the cat	search	8,9;-1,-1|None	
(a)?(?(1)b|c)	0	the the cat	match	None	
(a)?(?(1)b|c)	0	the the cat	fullmatch	None	
(a)?(?(1)b|c)	0	the the cat	finditer	8,9;-1,-1|None	
(a)?(?(1)b|c)	0	ababab	search	0,2;0,1|1	
(a)?(?(1)b|c)	0	ababab	match	0,2;0,1|1	
(a)?(?(1)b|c)	0	ababab	fullmatch	None	
(a)?(?(1)b|c)	0	ababab	finditer	0,2;0,1|1 2,4;2,3|1 4,6;4,5|1	
(a)?(?(1)b|c)	0	A	search	None	
(a)?(?(1)b|c)	0	A	match	None	
(a)?(?(1)b|c)	0	A	fullmatch	None	
(a)?(?(1)b|c)	0	A	finditer		
(a)?(?(1)b|c)	0	hi"	search	None	
(a)?(?(1)b|c)	0	hi"	match	None	
(a)?(?(1)b|c)	0	hi"	fullmatch	None	
(a)?(?(1)b|c)	0	hi"	finditer		
(a)?(?(1)b|c)	0	12 345 6	search	None	
(a)?(?(1)b|c)	0	12 345 6	match	None	
(a)?(?(1)b|c)	0	12 345 6	fullmatch	None	
(a)?(?(1)b|c)	0	12 345 6	finditer		
(a)?(?(1)b|c)	0	abcdefghija0	search	0,2;0,1|1	
(a)?(?(1)b|c)	0	abcdefghija0	match	0,2;0,1|1	
(a)?(?(1)b|c)	0	abcdefghija0	fullmatch	None	
(a)?(?(1)b|c)	0	abcdefghija0	finditer	0,2;0,1|1 2,3;-1,-1|None	
(a)?(?(1)b|c)	0	\u{17f}S	search	None	
(a)?(?(1)b|c)	0	\u{17f}S	match	None	
(a)?(?(1)b|c)	0	\u{17f}S	fullmatch	None	
(a)?(?(1)b|c)	0	\u{17f}S	finditer		
(a)?(?(1)b|c)	0	foo bar	search	None	
(a)?(?(1)b|c)	0	foo bar	match	None	
(a)?(?(1)b|c)	0	foo bar	fullmatch	None	
(a)?(?(1)b|c)	0	foo bar	finditer		
(a)?(?(1)b|c)	0	abcd	search	0,2;0,1|1	
(a)?(?(1)b|c)	0	abcd	match	0,2;0,1|1	
(a)?(?(1)b|c)	0	abcd	fullmatch	None	
(a)?(?(1)b|c)	0	abcd	finditer	0,2;0,1|1 2,3;-1,-1|None	
(a)?(?(1)b|c)	0	ab\n	search	0,2;0,1|1	
(a)?(?(1)b|c)	0	ab\n	match	0,2;0,1|1	
(a)?(?(1)b|c)	0	ab\n	fullmatch	None	
(a)?(?(1)b|c)	0	ab\n	finditer	0,2;0,1|1	
(a)?(?(1)b|c)	0	\n	search@0:0	None	
(a)?(?(1)b|c)	0	\n	finditer@0:0		
(a)?(?(1)b|c)	0	\u{65e5}\u{672c}\u{8a9e}	search@2:0	None	
(a)?(?(1)b|c)	0	\u{65e5}\u{672c}\u{8a9e}	finditer@2:0		
(a)?(?(1)b|c)	0	\u{c9}\u{e9}SS\u{df}	search@2:4	None	
(a)?(?(1)b|c)	0	\u{c9}\u{e9}SS\u{df}	finditer@2:4		
(?P<q>")?\\w+(?(q)")	0	x a\ny b	search	0,1;-1,-1|None	
(?P<q>")?\\w+(?(q)")	0	x a\ny b	match	0,1;-1,-1|None	
(?P<q>")?\\w+(?(q)")	0	x a\ny b	fullmatch	None	
(?P<q>")?\\w+(?(q)")	0	x a\ny b	finditer	0,1;-1,-1|None 2,3;-1,-1|None 4,5;-1,-1|None 6,7;-1,-1|None	
(?P<q>")?\\w+(?(q)")	0	aAaA	search	0,4;-1,-1|None	
(?P<q>")?\\w+(?(q)")	0	aAaA	match	0,4;-1,-1|None	
(?P<q>")?\\w+(?(q)")	0	aAaA	fullmatch	0,4;-1,-1|None	
(?P<q>")?\\w+(?(q)")	0	aAaA	finditer	0,4;-1,-1|None	
(?P<q>")?\\w+(?(q)")	0	\u{e9}	search	0,1;-1,-1|None	
(?P<q>")?\\w+(?(q)")	0	\u{e9}	match	0,1;-1,-1|None	
(?P<q>")?\\w+(?(q)")	0	\u{e9}	fullmatch	0,1;-1,-1|None	
(?P<q>")?\\w+(?(q)")	0	\u{e9}	finditer	0,1;-1,-1|None	
(?P<q>")?\\w+(?(q)")	0	abcdefghija0	search	0,12;-1,-1|None	
(?P<q>")?\\w+(?(q)")	0	abcdefghija0	match	0,12;-1,-1|None	
(?P<q>")?\\w+(?(q)")	0	abcdefghija0	fullmatch	0,12;-1,-1|None	
(?P<q>")?\\w+(?(q)")	0	abcdefghija0	finditer	0,12;-1,-1|None	
(?P<q>")?\\w+(?(q)")	0	john.doe@example.com	search	0,4;-1,-1|None	
(?P<q>")?\\w+(?(q)")	0	john.doe@example.com	match	0,4;-1,-1|None	
(?P<q>")?\\w+(?(q)")	0	john.doe@example.com	fullmatch	None	
(?P<q>")?\\w+(?(q)")	0	john.doe@example.com	finditer	0,4;-1,-1|None 5,8;-1,-1|None 9,16;-1,-1|None 17,20;-1,-1|None	
(?P<q>")?\\w+(?(q)")	0	AbC	search	0,3;-1,-1|None	
(?P<q>")?\\w+(?(q)")	0	AbC	match	0,3;-1,-1|None	
(?P<q>")?\\w+(?(q)")	0	AbC	fullmatch	0,3;-1,-1|None	
(?P<q>")?\\w+(?(q)")	0	AbC	finditer	0,3;-1,-1|None	
(?P<q>")?\\w+(?(q)")	0	abc	search	0,3;-1,-1|None	
(?P<q>")?\\w+(?(q)")	0	abc	match	0,3;-1,-1|None	
(?P<q>")?\\w+(?(q)")	0	abc	fullmatch	0,3;-1,-1|None	
(?P<q>")?\\w+(?(q)")	0	abc	finditer	0,3;-1,-1|None	
(?P<q>")?\\w+(?(q)")	0	\u{3a3}\u{3c3}\u{3c2}\u{391}\u{3a9}	search	0,5;-1,-1|None	
(?P<q>")?\\w+(?(q)")	0	\u{3a3}\u{3c3}\u{3c2}\u{391}\u{3a9}	match	0,5;-1,-1|None	
(?P<q>")?\\w+(?(q)")	0	\u{3a3}\u{3c3}\u{3c2}\u{391}\u{3a9}	fullmatch	0,5;-1,-1|None	
(?P<q>")?\\w+(?(q)")	0	\u{3a3}\u{3c3}\u{3c2}\u{391}\u{3a9}	finditer	0,5;-1,-1|None	
(?P<q>")?\\w+(?(q)")	0	Foo foo	search	0,3;-1,-1|None	
(?P<q>")?\\w+(?(q)")	0	Foo foo	match	0,3;-1,-1|None	
(?P<q>")?\\w+(?(q)")	0	Foo foo	fullmatch	None	
(?P<q>")?\\w+(?(q)")	0	Foo foo	finditer	0,3;-1,-1|None 4,7;-1,-1|None	
(?P<q>")?\\w+(?(q)")	0	2024-01-15	search	0,4;-1,-1|None	
(?P<q>")?\\w+(?(q)")	0	2024-01-15	match	0,4;-1,-1|None	
(?P<q>")?\\w+(?(q)")	0	2024-01-15	fullmatch	None	
(?P<q>")?\\w+(?(q)")	0	2024-01-15	finditer	0,4;-1,-1|None 5,7;-1,-1|None 8,10;-1,-1|None	
(?P<q>")?\\w+(?(q)")	0	ab\n	search	0,2;-1,-1|None	
(?P<q>")?\\w+(?(q)")	0	ab\n	match	0,2;-1,-1|None	
(?P<q>")?\\w+(?(q)")	0	ab\n	fullmatch	None	
(?P<q>")?\\w+(?(q)")	0	ab\n	finditer	0,2;-1,-1|None	
(?P<q>")?\\w+(?(q)")	0	\n	search	None	
(?P<q>")?\\w+(?(q)")	0	\n	match	None	
(?P<q>")?\\w+(?(q)")	0	\n	fullmatch	None	
(?P<q>")?\\w+(?(q)")	0	\n	finditer		
(?P<q>")?\\w+(?(q)")	0	ab\n	search@0:0	None	
(?P<q>")?\\w+(?(q)")	0	ab\n	finditer@0:0		
(?P<q>")?\\w+(?(q)")	0	aaa	search@2:0	None	
(?P<q>")?\\w+(?(q)")	0	aaa	finditer@2:0		
(?P<q>")?\\w+(?(q)")	0	bab	search@0:1	0,1;-1,-1|None	
(?P<q>")?\\w+(?(q)")	0	bab	finditer@0:1	0,1;-1,-1|None	
(?i)abc	0	b	search	None	
(?i)abc	0	b	match	None	
(?i)abc	0	b	fullmatch	None	
(?i)abc	0	b	finditer		
(?i)abc	0	Foo foo	search	None	
(?i)abc	0	Foo foo	match	None	
(?i)abc	0	Foo foo	fullmatch	None	
(?i)abc	0	Foo foo	finditer		
(?i)abc	0	\u{c9}	search	None	
(?i)abc	0	\u{c9}	match	None	
(?i)abc	0	\u{c9}	fullmatch	None	
(?i)abc	0	\u{c9}	finditer		
(?i)abc	0	\u{3a3}\u{3c3}\u{3c2}\u{391}\u{3a9}	search	None	
(?i)abc	0	\u{3a3}\u{3c3}\u{3c2}\u{391}\u{3a9}	match	None	
(?i)abc	0	\u{3a3}\u{3c3}\u{3c2}\u{391}\u{3a9}	fullmatch	None	
(?i)abc	0	\u{3a3}\u{3c3}\u{3c2}\u{391}\u{3a9}	finditer		
(?i)abc	0	aa	search	None	
(?i)abc	0	aa	match	None	
(?i)abc	0	aa	fullmatch	None	
(?i)abc	0	aa	finditer		
(?i)abc	0	bd cd ad	search	None	
(?i)abc	0	bd cd ad	match	None	
(?i)abc	0	bd cd ad	fullmatch	None	
(?i)abc	0	bd cd ad	finditer		
(?i)abc	0	aaab	search	None	
(?i)abc	0	aaab	match	None	
(?i)abc	0	aaab	fullmatch	None	
(?i)abc	0	aaab	finditer		
(?i)abc	0	ab\n	search	None	
(?i)abc	0	ab\n	match	None	
(?i)abc	0	ab\n	fullmatch	None	
(?i)abc	0	ab\n	finditer		
(?i)abc	0	\u{e9}	search	None	
(?i)abc	0	\u{e9}	match	None	
(?i)abc	0	\u{e9}	fullmatch	None	
(?i)abc	0	\u{e9}	finditer		
(?i)abc	0	aAaA	search	None	
(?i)abc	0	aAaA	match	None	
(?i)abc	0	aAaA	fullmatch	None	
(?i)abc	0	aAaA	finditer		
(?i)abc	0	aaa	search	None	
(?i)abc	0	aaa	match	None	
(?i)abc	0	aaa	fullmatch	None	
(?i)abc	0	aaa	finditer		
(?i)abc	0	A	search	None	
(?i)abc	0	A	match	None	
(?i)abc	0	A	fullmatch	None	
(?i)abc	0	A	finditer		
(?i)abc	0	ab\n	search@2:2	None	
(?i)abc	0	ab\n	finditer@2:2		
(?i)abc	0	abcde abc	search@3:4	None	
(?i)abc	0	abcde abc	finditer@3:4		
(?i)abc	0	x\ty	search@1:3	None	
(?i)abc	0	x\ty	finditer@1:3		
(?i:a)b	0	abcdefghijkk	search	0,2|None	
(?i:a)b	0	abcdefghijkk	match	0,2|None	
(?i:a)b	0	abcdefghijkk	fullmatch	None	
(?i:a)b	0	abcdefghijkk	finditer	0,2|None	
(?i:a)b	0	aaa	search	None	
(?i:a)b	0	aaa	match	None	
(?i:a)b	0	aaa	fullmatch	None	
(?i:a)b	0	aaa	finditer		
(?i:a)b	0	foo bar	search	None	
(?i:a)b	0	foo bar	match	None	
(?i:a)b	0	foo bar	fullmatch	None	
(?i:a)b	0	foo bar	finditer		
(?i:a)b	0	a	search	None	
(?i:a)b	0	a	match	None	
(?i:a)b	0	a	fullmatch	None	
(?i:a)b	0	a	finditer		
(?i:a)b	0	cab	search	1,3|None	
(?i:a)b	0	cab	match	None	
(?i:a)b	0	cab	fullmatch	None	
(?i:a)b	0	cab	finditer	1,3|None	
(?i:a)b	0	hi"	search	None	
(?i:a)b	0	hi"	match	None	
(?i:a)b	0	hi"	fullmatch	None	
(?i:a)b	0	hi"	finditer		
(?i:a)b	0	ba	search	None	
(?i:a)b	0	ba	match	None	
(?i:a)b	0	ba	fullmatch	None	
(?i:a)b	0	ba	finditer		
(?i:a)b	0	ab	search	0,2|None	
(?i:a)b	0	ab	match	0,2|None	
(?i:a)b	0	ab	fullmatch	0,2|None	
(?i:a)b	0	ab	finditer	0,2|None	
(?i:a)b	0	x a\ny b	search	None	
(?i:a)b	0	x a\ny b	match	None	
(?i:a)b	0	x a\ny b	fullmatch	None	
(?i:a)b	0	x a\ny b	finditer		
(?i:a)b	0	aaab	search	2,4|None	
(?i:a)b	0	aaab	match	None	
(?i:a)b	0	aaab	fullmatch	None	
(?i:a)b	0	aaab	finditer	2,4|None	
(?i:a)b	0	ae cde abe	search	7,9|None	
(?i:a)b	0	ae cde abe	match	None	
(?i:a)b	0	ae cde abe	fullmatch	None	
(?i:a)b	0	ae cde abe	finditer	7,9|None	
(?i:a)b	0	ab\n	search	0,2|None	
(?i:a)b	0	ab\n	match	0,2|None	
(?i:a)b	0	ab\n	fullmatch	None	
(?i:a)b	0	ab\n	finditer	0,2|None	
(?i:a)b	0	hello world	search@7:0	None	
(?i:a)b	0	hello world	finditer@7:0		
(?i:a)b	0	ab	search@0:0	None	
(?i:a)b	0	ab	finditer@0:0		
(?i:a)b	0	\u{661}\u{662}\u{663} 45	search@2:0	None	
(?i:a)b	0	\u{661}\u{662}\u{663} 45	finditer@2:0		
a(?i:b)	0	\n	search	None	
a(?i:b)	0	\n	match	None	
a(?i:b)	0	\n	fullmatch	None	
a(?i:b)	0	\n	finditer		
a(?i:b)	0	a\nb\n	search	None	
a(?i:b)	0	a\nb\n	match	None	
a(?i:b)	0	a\nb\n	fullmatch	None	
a(?i:b)	0	a\nb\n	finditer		
a(?i:b)	0	\u{65e5}\u{672c}\u{8a9e}	search	None	
a(?i:b)	0	\u{65e5}\u{672c}\u{8a9e}	match	None	
a(?i:b)	0	\u{65e5}\u{672c}\u{8a9e}	fullmatch	None	
a(?i:b)	0	\u{65e5}\u{672c}\u{8a9e}	finditer		
a(?i:b)	0	\u{e9}	search	None	
a(?i:b)	0	\u{e9}	match	None	
a(?i:b)	0	\u{e9}	fullmatch	None	
a(?i:b)	0	\u{e9}	finditer		
a(?i:b)	0	hello world	search	None	
a(?i:b)	0	hello world	match	None	
a(?i:b)	0	hello world	fullmatch	None	
a(?i:b)	0	hello world	finditer		
a(?i:b)	0	hi"	search	None	
a(?i:b)	0	hi"	match	None	
a(?i:b)	0	hi"	fullmatch	None	
a(?i:b)	0	hi"	finditer		
a(?i:b)	0	abcd	search	0,2|None	
a(?i:b)	0	abcd	match	0,2|None	
a(?i:b)	0	abcd	fullmatch	None	
a(?i:b)	0	abcd	finditer	0,2|None	
a(?i:b)	0	\u{3a3}\u{3c3}\u{3c2}\u{391}\u{3a9}	search	None	
a(?i:b)	0	\u{3a3}\u{3c3}\u{3c2}\u{391}\u{3a9}	match	None	
a(?i:b)	0	\u{3a3}\u{3c3}\u{3c2}\u{391}\u{3a9}	fullmatch	None	
a(?i:b)	0	\u{3a3}\u{3c3}\u{3c2}\u{391}\u{3a9}	finditer		
a(?i:b)	0	ae cde abe	search	7,9|None	
a(?i:b)	0	ae cde abe	match	None	
a(?i:b)	0	ae cde abe	fullmatch	None	
a(?i:b)	0	ae cde abe	finditer	7,9|None	
a(?i:b)	0	\u{c9}	search	None	
a(?i:b)	0	\u{c9}	match	None	
a(?i:b)	0	\u{c9}	fullmatch	None	
a(?i:b)	0	\u{c9}	finditer		
a(?i:b)	0	abcdefghija0	search	0,2|None	
a(?i:b)	0	abcdefghija0	match	0,2|None	
a(?i:b)	0	abcdefghija0	fullmatch	None	
a(?i:b)	0	abcdefghija0	finditer	0,2|None	
a(?i:b)	0	a	search	None	
a(?i:b)	0	a	match	None	
a(?i:b)	0	a	fullmatch	None	
a(?i:b)	0	a	finditer		
a(?i:b)	0		search@0:0	None	
a(?i:b)	0		finditer@0:0		
a(?i:b)	0	 , a ,b	search@6:5	None	
a(?i:b)	0	 , a ,b	finditer@6:5		
a(?i:b)	0	bab	search@2:2	None	
a(?i:b)	0	bab	finditer@2:2		
(?-i:a)b	0	\u{17f}S	search	None	
(?-i:a)b	0	\u{17f}S	match	None	
(?-i:a)b	0	\u{17f}S	fullmatch	None	
(?-i:a)b	0	\u{17f}S	finditer		
(?-i:a)b	0	aaab	search	2,4|None	
(?-i:a)b	0	aaab	match	None	
(?-i:a)b	0	aaab	fullmatch	None	
(?-i:a)b	0	aaab	finditer	2,4|None	
(?-i:a)b	0	hello world	search	None	
(?-i:a)b	0	hello world	match	None	
(?-i:a)b	0	hello world	fullmatch	None	
(?-i:a)b	0	hello world	finditer		
(?-i:a)b	0	x a\ny b	search	None	
(?-i:a)b	0	x a\ny b	match	None	
(?-i:a)b	0	x a\ny b	fullmatch	None	
(?-i:a)b	0	x a\ny b	finditer		
(?-i:a)b	0	ab	search	0,2|None	
(?-i:a)b	0	ab	match	0,2|None	
(?-i:a)b	0	ab	fullmatch	0,2|None	
(?-i:a)b	0	ab	finditer	0,2|None	
(?-i:a)b	0	a b c	search	None	
(?-i:a)b	0	a b c	match	None	
(?-i:a)b	0	a b c	fullmatch	None	
(?-i:a)b	0	a b c	finditer		
(?-i:a)b	0	john.doe@example.com	search	None	
(?-i:a)b	0	john.doe@example.com	match	None	
(?-i:a)b	0	john.doe@example.com	fullmatch	None	
(?-i:a)b	0	john.doe@example.com	finditer		
(?-i:a)b	0	xyz	search	None	
(?-i:a)b	0	xyz	match	None	
(?-i:a)b	0	xyz	fullmatch	None	
(?-i:a)b	0	xyz	finditer		
(?-i:a)b	0	abcd	search	0,2|None	
(?-i:a)b	0	abcd	match	0,2|None	
(?-i:a)b	0	abcd	fullmatch	None	
(?-i:a)b	0	abcd	finditer	0,2|None	
(?-i:a)b	0	\n	search	None	
(?-i:a)b	0	\n	match	None	
(?-i:a)b	0	\n	fullmatch	None	
(?-i:a)b	0	\n	finditer		
(?-i:a)b	0	abcabc	search	0,2|None	
(?-i:a)b	0	abcabc	match	0,2|None	
(?-i:a)b	0	abcabc	fullmatch	None	
(?-i:a)b	0	abcabc	finditer	0,2|None 3,5|None	
(?-i:a)b	0	A	search	None	
(?-i:a)b	0	A	match	None	
(?-i:a)b	0	A	fullmatch	None	
(?-i:a)b	0	A	finditer		
(?-i:a)b	0	abcdefghija0	search@0:11	0,2|None	
(?-i:a)b	0	abcdefghija0	finditer@0:11	0,2|None	
(?-i:a)b	0	foo bar	search@2:4	None	
(?-i:a)b	0	foo bar	finditer@2:4		
(?-i:a)b	0	A	search@0:0	None	
(?-i:a)b	0	A	finditer@0:0		
(?i)[a-z]+	0	bab	search	0,3|None	
(?i)[a-z]+	0	bab	match	0,3|None	
(?i)[a-z]+	0	bab	fullmatch	0,3|None	
(?i)[a-z]+	0	bab	finditer	0,3|None	
(?i)[a-z]+	0	abcdefghija0	search	0,11|None	
(?i)[a-z]+	0	abcdefghija0	match	0,11|None	
(?i)[a-z]+	0	abcdefghija0	fullmatch	None	
(?i)[a-z]+	0	abcdefghija0	finditer	0,11|None	
(?i)[a-z]+	0	2024-01-15	search	None	
(?i)[a-z]+	0	2024-01-15	match	None	
(?i)[a-z]+	0	2024-01-15	fullmatch	None	
(?i)[a-z]+	0	2024-01-15	finditer		
(?i)[a-z]+	0	aaab	search	0,4|None	
(?i)[a-z]+	0	aaab	match	0,4|None	
(?i)[a-z]+	0	aaab	fullmatch	0,4|None	
(?i)[a-z]+	0	aaab	finditer	0,4|None	
(?i)[a-z]+	0	foo bar	search	0,3|None	
(?i)[a-z]+	0	foo bar	match	0,3|None	
(?i)[a-z]+	0	foo bar	fullmatch	None	
(?i)[a-z]+	0	foo bar	finditer	0,3|None 4,7|None	
(?i)[a-z]+	0	\u{c9}\u{e9}SS\u{df}	search	2,4|None	
(?i)[a-z]+	0	\u{c9}\u{e9}SS\u{df}	match	None	
(?i)[a-z]+	0	\u{c9}\u{e9}SS\u{df}	fullmatch	None	
(?i)[a-z]+	0	\u{c9}\u{e9}SS\u{df}	finditer	2,4|None	
(?i)[a-z]+	0	a	search	0,1|None	
(?i)[a-z]+	0	a	match	0,1|None	
(?i)[a-z]+	0	a	fullmatch	0,1|None	
(?i)[a-z]+	0	a	finditer	0,1|None	
(?i)[a-z]+	0		search	None	
(?i)[a-z]+	0		match	None	
(?i)[a-z]+	0		fullmatch	None	
(?i)[a-z]+	0		finditer		
(?i)[a-z]+	0	\u{e9}	search	None	
(?i)[a-z]+	0	\u{e9}	match	None	
(?i)[a-z]+	0	\u{e9}	fullmatch	None	
(?i)[a-z]+	0	\u{e9}	finditer		
(?i)[a-z]+	0	\u{661}\u{662}\u{663} 45	search	None	
(?i)[a-z]+	0	\u{661}\u{662}\u{663} 45	match	None	
(?i)[a-z]+	0	\u{661}\u{662}\u{663} 45	fullmatch	None	
(?i)[a-z]+	0	\u{661}\u{662}\u{663} 45	finditer		
(?i)[a-z]+	0	aaa	search	0,3|None	
(?i)[a-z]+	0	aaa	match	0,3|None	
(?i)[a-z]+	0	aaa	fullmatch	0,3|None	
(?i)[a-z]+	0	aaa	finditer	0,3|None	
(?i)[a-z]+	0	abcde abc	search	0,5|None	
(?i)[a-z]+	0	abcde abc	match	0,5|None	
(?i)[a-z]+	0	abcde abc	fullmatch	None	
(?i)[a-z]+	0	abcde abc	finditer	0,5|None 6,9|None	
(?i)[a-z]+	0	abcd	search@1:0	None	
(?i)[a-z]+	0	abcd	finditer@1:0		
(?i)[a-z]+	0	john.doe@example.com	search@5:10	5,8|None	
(?i)[a-z]+	0	john.doe@example.com	finditer@5:10	5,8|None 9,10|None	
(?i)[a-z]+	0	hi"	search@0:0	None	
(?i)[a-z]+	0	hi"	finditer@0:0		
(?i)[^a-z]+	0	john.doe@example.com	search	4,5|None	
(?i)[^a-z]+	0	john.doe@example.com	match	None	
(?i)[^a-z]+	0	john.doe@example.com	fullmatch	None	
(?i)[^a-z]+	0	john.doe@example.com	finditer	4,5|None 8,9|None 16,17|None	
(?i)[^a-z]+	0	\u{c9}\u{e9}SS\u{df}	search	0,2|None	
(?i)[^a-z]+	0	\u{c9}\u{e9}SS\u{df}	match	0,2|None	
(?i)[^a-z]+	0	\u{c9}\u{e9}SS\u{df}	fullmatch	None	
(?i)[^a-z]+	0	\u{c9}\u{e9}SS\u{df}	finditer	0,2|None 4,5|None	
(?i)[^a-z]+	0	\u{3a3}\u{3c3}\u{3c2}\u{391}\u{3a9}	search	0,5|None	
(?i)[^a-z]+	0	\u{3a3}\u{3c3}\u{3c2}\u{391}\u{3a9}	match	0,5|None	
(?i)[^a-z]+	0	\u{3a3}\u{3c3}\u{3c2}\u{391}\u{3a9}	fullmatch	0,5|None	
(?i)[^a-z]+	0	\u{3a3}\u{3c3}\u{3c2}\u{391}\u{3a9}	finditer	0,5|None	
(?i)[^a-z]+	0	AbC	search	None	
(?i)[^a-z]+	0	AbC	match	None	
(?i)[^a-z]+	0	AbC	fullmatch	None	
(?i)[^a-z]+	0	AbC	finditer		
(?i)[^a-z]+	0	\u{65e5}\u{672c}\u{8a9e}	search	0,3|None	
(?i)[^a-z]+	0	\u{65e5}\u{672c}\u{8a9e}	match	0,3|None	
(?i)[^a-z]+	0	\u{65e5}\u{672c}\u{8a9e}	fullmatch	0,3|None	
(?i)[^a-z]+	0	\u{65e5}\u{672c}\u{8a9e}	finditer	0,3|None	
(?i)[^a-z]+	0	\u{c9}	search	0,1|None	
(?i)[^a-z]+	0	\u{c9}	match	0,1|None	
(?i)[^a-z]+	0	\u{c9}	fullmatch	0,1|None	
(?i)[^a-z]+	0	\u{c9}	finditer	0,1|None	
(?i)[^a-z]+	0	foo bar	search	3,4|None	
(?i)[^a-z]+	0	foo bar	match	None	
(?i)[^a-z]+	0	foo bar	fullmatch	None	
(?i)[^a-z]+	0	foo bar	finditer	3,4|None	
(?i)[^a-z]+	0	x a\ny b	search	1,2|None	
(?i)[^a-z]+	0	x a\ny b	match	None	
(?i)[^a-z]+	0	x a\ny b	fullmatch	None	
(?i)[^a-z]+	0	x a\ny b	finditer	1,2|None 3,4|None 5,6|None	
(?i)[^a-z]+	0	ab	search	None	
(?i)[^a-z]+	0	ab	match	None	
(?i)[^a-z]+	0	ab	fullmatch	None	
(?i)[^a-z]+	0	ab	finditer		
(?i)[^a-z]+	0	the the cat	search	3,4|None	
(?i)[^a-z]+	0	the the cat	match	None	
(?i)[^a-z]+	0	the the cat	fullmatch	None	
(?i)[^a-z]+	0	the the cat	finditer	3,4|None 7,8|None	
(?i)[^a-z]+	0	abcdefghija0	search	11,12|None	
(?i)[^a-z]+	0	abcdefghija0	match	None	
(?i)[^a-z]+	0	abcdefghija0	fullmatch	None	
(?i)[^a-z]+	0	abcdefghija0	finditer	11,12|None	
(?i)[^a-z]+	0	a b c	search	1,2|None	
(?i)[^a-z]+	0	a b c	match	None	
(?i)[^a-z]+	0	a b c	fullmatch	None	
(?i)[^a-z]+	0	a b c	finditer	1,2|None 3,4|None	
(?i)[^a-z]+	0	aaab	search@1:3	None	
(?i)[^a-z]+	0	aaab	finditer@1:3		
(?i)[^a-z]+	0	"hi"	search@0:1	0,1|None	
(?i)[^a-z]+	0	"hi"	finditer@0:1	0,1|None	
(?i)[^a-z]+	0		search@0:0	None	
(?i)[^a-z]+	0		finditer@0:0		
(?x) a b # comment\n c	0	aAaA	search	None	
(?x) a b # comment\n c	0	aAaA	match	None	
(?x) a b # comment\n c	0	aAaA	fullmatch	None	
(?x) a b # comment\n c	0	aAaA	finditer		
(?x) a b # comment\n c	0	\u{c9}\u{e9}SS\u{df}	search	None	
(?x) a b # comment\n c	0	\u{c9}\u{e9}SS\u{df}	match	None	
(?x) a b # comment\n c	0	\u{c9}\u{e9}SS\u{df}	fullmatch	None	
(?x) a b # comment\n c	0	\u{c9}\u{e9}SS\u{df}	finditer		
(?x) a b # comment\n c	0	\u{661}\u{662}\u{663} 45	search	None	
(?x) a b # comment\n c	0	\u{661}\u{662}\u{663} 45	match	None	
(?x) a b # comment\n c	0	\u{661}\u{662}\u{663} 45	fullmatch	None	
(?x) a b # comment\n c	0	\u{661}\u{662}\u{663} 45	finditer		
(?x) a b # comment\n c	0	 , a ,b	search	None	
(?x) a b # comment\n c	0	 , a ,b	match	None	
(?x) a b # comment\n c	0	 , a ,b	fullmatch	None	
(?x) a b # comment\n c	0	 , a ,b	finditer		
(?x) a b # comment\n c	0	ba	search	None	
(?x) a b # comment\n c	0	ba	match	None	
(?x) a b # comment\n c	0	ba	fullmatch	None	
(?x) a b # comment\n c	0	ba	finditer		
(?x) a b # comment\n c	0	ababab	search	None	
(?x) a b # comment\n c	0	ababab	match	None	
(?x) a b # comment\n c	0	ababab	fullmatch	None	
(?x) a b # comment\n c	0	ababab	finditer		
(?x) a b # comment\n c	0	K	search	None	
(?x) a b # comment\n c	0	K	match	None	
(?x) a b # comment\n c	0	K	fullmatch	None	
(?x) a b # comment\n c	0	K	finditer		
(?x) a b # comment\n c	0	abcdefghijkk	search	0,3|None	
(?x) a b # comment\n c	0	abcdefghijkk	match	0,3|None	
(?x) a b # comment\n c	0	abcdefghijkk	fullmatch	None	
(?x) a b # comment\n c	0	abcdefghijkk	finditer	0,3|None	
(?x) a b # comment\n c	0	a b c	search	None	
(?x) a b # comment\n c	0	a b c	match	None	
(?x) a b # comment\n c	0	a b c	fullmatch	None	
(?x) a b # comment\n c	0	a b c	finditer		
(?x) a b # comment\n c	0	\u{c9}	search	None	
(?x) a b # comment\n c	0	\u{c9}	match	None	
(?x) a b # comment\n c	0	\u{c9}	fullmatch	None	
(?x) a b # comment\n c	0	\u{c9}	finditer		
(?x) a b # comment\n c	0	the the cat	search	None	
(?x) a b # comment\n c	0	the the cat	match	None	
(?x) a b # comment\n c	0	the the cat	fullmatch	None	
(?x) a b # comment\n c	0	the the cat	finditer		
(?x) a b # comment\n c	0	bd cd ad	search	None	
(?x) a b # comment\n c	0	bd cd ad	match	None	
(?x) a b # comment\n c	0	bd cd ad	fullmatch	None	
(?x) a b # comment\n c	0	bd cd ad	finditer		
(?x) a b # comment\n c	0	AbC	search@0:0	None	
(?x) a b # comment\n c	0	AbC	finditer@0:0		
(?x) a b # comment\n c	0	the the cat	search@8:10	None	
(?x) a b # comment\n c	0	the the cat	finditer@8:10		
(?x) a b # comment\n c	0	xyz	search@3:3	None	
(?x) a b # comment\n c	0	xyz	finditer@3:3		
(?x) a b # comment\n c	2	12 345 6	search	None	
(?x) a b # comment\n c	2	12 345 6	match	None	
(?x) a b # comment\n c	2	12 345 6	fullmatch	None	
(?x) a b # comment\n c	2	12 345 6	finditer		
(?x) a b # comment\n c	2	a-b c_d	search	None	
(?x) a b # comment\n c	2	a-b c_d	match	None	
(?x) a b # comment\n c	2	a-b c_d	fullmatch	None	
(?x) a b # comment\n c	2	a-b c_d	finditer		
(?x) a b # comment\n c	2	aa	search	None	
(?x) a b # comment\n c	2	aa	match	None	
(?x) a b # comment\n c	2	aa	fullmatch	None	
(?x) a b # comment\n c	2	aa	finditer		
(?x) a b # comment\n c	2	xyz	search	None	
(?x) a b # comment\n c	2	xyz	match	None	
(?x) a b # comment\n c	2	xyz	fullmatch	None	
(?x) a b # comment\n c	2	xyz	finditer		
(?x) a b # comment\n c	2	aaa	search	None	
(?x) a b # comment\n c	2	aaa	match	None	
(?x) a b # comment\n c	2	aaa	fullmatch	None	
(?x) a b # comment\n c	2	aaa	finditer		
(?x) a b # comment\n c	2	john.doe@example.com	search	None	
(?x) a b # comment\n c	2	john.doe@example.com	match	None	
(?x) a b # comment\n c	2	john.doe@example.com	fullmatch	None	
(?x) a b # comment\n c	2	john.doe@example.com	finditer		
(?x) a b # comment\n c	2	bab	search	None	
(?x) a b # comment\n c	2	bab	match	None	
(?x) a b # comment\n c	2	bab	fullmatch	None	
(?x) a b # comment\n c	2	bab	finditer		
(?x) a b # comment\n c	2	hi"	search	None	
(?x) a b # comment\n c	2	hi"	match	None	
(?x) a b # comment\n c	2	hi"	fullmatch	None	
(?x) a b # comment\n c	2	hi"	finditer		
(?x) a b # comment\n c	2	K	search	None	
(?x) a b # comment\n c	2	K	match	None	
(?x) a b # comment\n c	2	K	fullmatch	None	
(?x) a b # comment\n c	2	K	finditer		
(?x) a b # comment\n c	2	abcabc	search	0,3|None	
(?x) a b # comment\n c	2	abcabc	match	0,3|None	
(?x) a b # comment\n c	2	abcabc	fullmatch	None	
(?x) a b # comment\n c	2	abcabc	finditer	0,3|None 3,6|None	
(?x) a b # comment\n c	2	\n	search	None	
(?x) a b # comment\n c	2	\n	match	None	
(?x) a b # comment\n c	2	\n	fullmatch	None	
(?x) a b # comment\n c	2	\n	finditer		
(?x) a b # comment\n c	2	x\ty	search	None	
(?x) a b # comment\n c	2	x\ty	match	None	
(?x) a b # comment\n c	2	x\ty	fullmatch	None	
(?x) a b # comment\n c	2	x\ty	finditer		
(?x) a b # comment\n c	2	Foo foo	search@6:0	None	
(?x) a b # comment\n c	2	Foo foo	finditer@6:0		
(?x) a b # comment\n c	2	abcdefghija0	search@2:12	None	
(?x) a b # comment\n c	2	abcdefghija0	finditer@2:12		
(?x) a b # comment\n c	2	\u{3a3}\u{3c3}\u{3c2}\u{391}\u{3a9}	search@3:0	None	
(?x) a b # comment\n c	2	\u{3a3}\u{3c3}\u{3c2}\u{391}\u{3a9}	finditer@3:0		
(?x)[ ]a	0	a b c	search	None	
(?x)[ ]a	0	a b c	match	None	
(?x)[ ]a	0	a b c	fullmatch	None	
(?x)[ ]a	0	a b c	finditer		
(?x)[ ]a	0	bab	search	None	
(?x)[ ]a	0	bab	match	None	
(?x)[ ]a	0	bab	fullmatch	None	
(?x)[ ]a	0	bab	finditer		
(?x)[ ]a	0	ba	search	None	
(?x)[ ]a	0	ba	match	None	
(?x)[ ]a	0	ba	fullmatch	None	
(?x)[ ]a	0	ba	finditer		
(?x)[ ]a	0	abcd	search	None	
(?x)[ ]a	0	abcd	match	None	
(?x)[ ]a	0	abcd	fullmatch	None	
(?x)[ ]a	0	abcd	finditer		
(?x)[ ]a	0	\u{661}\u{662}\u{663} 45	search	None	
(?x)[ ]a	0	\u{661}\u{662}\u{663} 45	match	None	
(?x)[ ]a	0	\u{661}\u{662}\u{663} 45	fullmatch	None	
(?x)[ ]a	0	\u{661}\u{662}\u{663} 45	finditer		
(?x)[ ]a	0	\n	search	None	
(?x)[ ]a	0	\n	match	None	
(?x)[ ]a	0	\n	fullmatch	None	
(?x)[ ]a	0	\n	finditer		
(?x)[ ]a	0	x\ty	search	None	
(?x)[ ]a	0	x\ty	match	None	
(?x)[ ]a	0	x\ty	fullmatch	None	
(?x)[ ]a	0	x\ty	finditer		
(?x)[ ]a	0	ab	search	None	
(?x)[ ]a	0	ab	match	None	
(?x)[ ]a	0	ab	fullmatch	None	
(?x)[ ]a	0	ab	finditer		
(?x)[ ]a	0	foo bar	search	None	
(?x)[ ]a	0	foo bar	match	None	
(?x)[ ]a	0	foo bar	fullmatch	None	
(?x)[ ]a	0	foo bar	finditer		
(?x)[ ]a	0	aa	search	None	
(?x)[ ]a	0	aa	match	None	
(?x)[ ]a	0	aa	fullmatch	None	
(?x)[ ]a	0	aa	finditer		
(?x)[ ]a	0	abcabc	search	None	
(?x)[ ]a	0	abcabc	match	None	
(?x)[ ]a	0	abcabc	fullmatch	None	
(?x)[ ]a	0	abcabc	finditer		
(?x)[ ]a	0	abcdefghija0	search	None	
(?x)[ ]a	0	abcdefghija0	match	None	
(?x)[ ]a	0	abcdefghija0	fullmatch	None	
(?x)[ ]a	0	abcdefghija0	finditer		
(?x)[ ]a	0	"hi"	search@1:4	None	
(?x)[ ]a	0	"hi"	finditer@1:4		
(?x)[ ]a	0	aaab	search@0:3	None	
(?x)[ ]a	0	aaab	finditer@0:3		
(?x)[ ]a	0	K	search@0:1	None	
(?x)[ ]a	0	K	finditer@0:1		
(?x)a\\ b	0	a b c	search	0,3|None	
(?x)a\\ b	0	a b c	match	0,3|None	
(?x)a\\ b	0	a b c	fullmatch	None	
(?x)a\\ b	0	a b c	finditer	0,3|None	
(?x)a\\ b	0	a\nb\n	search	None	
(?x)a\\ b	0	a\nb\n	match	None	
(?x)a\\ b	0	a\nb\n	fullmatch	None	
(?x)a\\ b	0	a\nb\n	finditer		
(?x)a\\ b	0	ab	search	None	
(?x)a\\ b	0	ab	match	None	
(?x)a\\ b	0	ab	fullmatch	None	
(?x)a\\ b	0	ab	finditer		
(?x)a\\ b	0	abcd	search	None	
(?x)a\\ b	0	abcd	match	None	
(?x)a\\ b	0	abcd	fullmatch	None	
(?x)a\\ b	0	abcd	finditer		
(?x)a\\ b	0	ab\n	search	None	
(?x)a\\ b	0	ab\n	match	None	
(?x)a\\ b	0	ab\n	fullmatch	None	
(?x)a\\ b	0	ab\n	finditer		
(?x)a\\ b	0	\u{17f}S	search	None	
(?x)a\\ b	0	\u{17f}S	match	None	
(?x)a\\ b	0	\u{17f}S	fullmatch	None	
(?x)a\\ b	0	\u{17f}S	finditer		
(?x)a\\ b	0	\u{65e5}\u{672c}\u{8a9e}	search	None	
(?x)a\\ b	0	\u{65e5}\u{672c}\u{8a9e}	match	None	
(?x)a\\ b	0	\u{65e5}\u{672c}\u{8a9e}	fullmatch	None	
(?x)a\\ b	0	\u{65e5}\u{672c}\u{8a9e}	finditer		
(?x)a\\ b	0	abcdefghijkk	search	None	
(?x)a\\ b	0	abcdefghijkk	match	None	
(?x)a\\ b	0	abcdefghijkk	fullmatch	None	
(?x)a\\ b	0	abcdefghijkk	finditer		
(?x)a\\ b	0	bd cd ad	search	None	
(?x)a\\ b	0	bd cd ad	match	None	
(?x)a\\ b	0	bd cd ad	fullmatch	None	
(?x)a\\ b	0	bd cd ad	finditer		
(?x)a\\ b	0	abcdefghija0	search	None	
(?x)a\\ b	0	abcdefghija0	match	None	
(?x)a\\ b	0	abcdefghija0	fullmatch	None	
(?x)a\\ b	0	abcdefghija0	finditer		
(?x)a\\ b	0	aaa	search	None	
(?x)a\\ b	0	aaa	match	None	
(?x)a\\ b	0	aaa	fullmatch	None	
(?x)a\\ b	0	aaa	finditer		
(?x)a\\ b	0	ababab	search	None	
(?x)a\\ b	0	ababab	match	None	
(?x)a\\ b	0	ababab	fullmatch	None	
(?x)a\\ b	0	ababab	finditer		
(?x)a\\ b	0	ab	search@0:0	None	
(?x)a\\ b	0	ab	finditer@0:0		
(?x)a\\ b	0	bab	search@2:0	None	
(?x)a\\ b	0	bab	finditer@2:0		
(?x)a\\ b	0	2024-01-15	search@5:3	None	
(?x)a\\ b	0	2024-01-15	finditer@5:3		
(?a)\\w+	0	ba	search	0,2|None	
(?a)\\w+	0	ba	match	0,2|None	
(?a)\\w+	0	ba	fullmatch	0,2|None	
(?a)\\w+	0	ba	finditer	0,2|None	
(?a)\\w+	0	\u{c9}	search	None	
(?a)\\w+	0	\u{c9}	match	None	
(?a)\\w+	0	\u{c9}	fullmatch	None	
(?a)\\w+	0	\u{c9}	finditer		
(?a)\\w+	0	foo bar	search	0,3|None	
(?a)\\w+	0	foo bar	match	0,3|None	
(?a)\\w+	0	foo bar	fullmatch	None	
(?a)\\w+	0	foo bar	finditer	0,3|None 4,7|None	
(?a)\\w+	0	abcde abc	search	0,5|None	
(?a)\\w+	0	abcde abc	match	0,5|None	
(?a)\\w+	0	abcde abc	fullmatch	None	
(?a)\\w+	0	abcde abc	finditer	0,5|None 6,9|None	
(?a)\\w+	0	the the cat	search	0,3|None	
(?a)\\w+	0	the the cat	match	0,3|None	
(?a)\\w+	0	the the cat	fullmatch	None	
(?a)\\w+	0	the the cat	finditer	0,3|None 4,7|None 8,11|None	
(?a)\\w+	0	a	search	0,1|None	
(?a)\\w+	0	a	match	0,1|None	
(?a)\\w+	0	a	fullmatch	0,1|None	
(?a)\\w+	0	a	finditer	0,1|None	
(?a)\\w+	0	ae cde abe	search	0,2|None	
(?a)\\w+	0	ae cde abe	match	0,2|None	
(?a)\\w+	0	ae cde abe	fullmatch	None	
(?a)\\w+	0	ae cde abe	finditer	0,2|None 3,6|None 7,10|None	
(?a)\\w+	0	K	search	0,1|None	
(?a)\\w+	0	K	match	0,1|None	
(?a)\\w+	0	K	fullmatch	0,1|None	
(?a)\\w+	0	K	finditer	0,1|None	
(?a)\\w+	0	\u{65e5}\u{672c}\u{8a9e}	search	None	
(?a)\\w+	0	\u{65e5}\u{672c}\u{8a9e}	match	None	
(?a)\\w+	0	\u{65e5}\u{672c}\u{8a9e}	fullmatch	None	
(?a)\\w+	0	\u{65e5}\u{672c}\u{8a9e}	finditer		
(?a)\\w+	0	ab	search	0,2|None	
(?a)\\w+	0	ab	match	0,2|None	
(?a)\\w+	0	ab	fullmatch	0,2|None	
(?a)\\w+	0	ab	finditer	0,2|None	
(?a)\\w+	0	abc	search	0,3|None	
(?a)\\w+	0	abc	match	0,3|None	
(?a)\\w+	0	abc	fullmatch	0,3|None	
(?a)\\w+	0	abc	finditer	0,3|None	
(?a)\\w+	0	A	search	0,1|None	
(?a)\\w+	0	A	match	0,1|None	
(?a)\\w+	0	A	fullmatch	0,1|None	
(?a)\\w+	0	A	finditer	0,1|None	
(?a)\\w+	0	hi"	search@1:3	1,2|None	
(?a)\\w+	0	hi"	finditer@1:3	1,2|None	
(?a)\\w+	0	aAaA	search@3:0	None	
(?a)\\w+	0	aAaA	finditer@3:0		
(?a)\\w+	0	john.doe@example.com	search@10:10	None	
(?a)\\w+	0	john.doe@example.com	finditer@10:10		
(?a)\\w+	2	aAaA	search	0,4|None	
(?a)\\w+	2	aAaA	match	0,4|None	
(?a)\\w+	2	aAaA	fullmatch	0,4|None	
(?a)\\w+	2	aAaA	finditer	0,4|None	
(?a)\\w+	2	x a\ny b	search	0,1|None	
(?a)\\w+	2	x a\ny b	match	0,1|None	
(?a)\\w+	2	x a\ny b	fullmatch	None	
(?a)\\w+	2	x a\ny b	finditer	0,1|None 2,3|None 4,5|None 6,7|None	
(?a)\\w+	2	x\ty	search	0,1|None	
(?a)\\w+	2	x\ty	match	0,1|None	
(?a)\\w+	2	x\ty	fullmatch	None	
(?a)\\w+	2	x\ty	finditer	0,1|None 2,3|None	
(?a)\\w+	2	xyz	search	0,3|None	
(?a)\\w+	2	xyz	match	0,3|None	
(?a)\\w+	2	xyz	fullmatch	0,3|None	
(?a)\\w+	2	xyz	finditer	0,3|None	
(?a)\\w+	2	A	search	0,1|None	
(?a)\\w+	2	A	match	0,1|None	
(?a)\\w+	2	A	fullmatch	0,1|None	
(?a)\\w+	2	A	finditer	0,1|None	
(?a)\\w+	2	ababab	search	0,6|None	
(?a)\\w+	2	ababab	match	0,6|None	
(?a)\\w+	2	ababab	fullmatch	0,6|None	
(?a)\\w+	2	ababab	finditer	0,6|None	
(?a)\\w+	2	foo bar	search	0,3|None	
(?a)\\w+	2	foo bar	match	0,3|None	
(?a)\\w+	2	foo bar	fullmatch	None	
(?a)\\w+	2	foo bar	finditer	0,3|None 4,7|None	
(?a)\\w+	2	b	search	0,1|None	
(?a)\\w+	2	b	match	0,1|None	
(?a)\\w+	2	b	fullmatch	0,1|None	
(?a)\\w+	2	b	finditer	0,1|None	
(?a)\\w+	2	cab	search	0,3|None	
(?a)\\w+	2	cab	match	0,3|None	
(?a)\\w+	2	cab	fullmatch	0,3|None	
(?a)\\w+	2	cab	finditer	0,3|None	
(?a)\\w+	2	a-b c_d	search	0,1|None	
(?a)\\w+	2	a-b c_d	match	0,1|None	
(?a)\\w+	2	a-b c_d	fullmatch	None	
(?a)\\w+	2	a-b c_d	finditer	0,1|None 2,3|None 4,7|None	
(?a)\\w+	2	K	search	0,1|None	
(?a)\\w+	2	K	match	0,1|None	
(?a)\\w+	2	K	fullmatch	0,1|None	
(?a)\\w+	2	K	finditer	0,1|None	
(?a)\\w+	2	aa	search	0,2|None	
(?a)\\w+	2	aa	match	0,2|None	
(?a)\\w+	2	aa	fullmatch	0,2|None	
(?a)\\w+	2	aa	finditer	0,2|None	
(?a)\\w+	2	b	search@1:1	None	
(?a)\\w+	2	b	finditer@1:1		
(?a)\\w+	2	x a\ny b	search@5:4	None	
(?a)\\w+	2	x a\ny b	finditer@5:4		
(?a)\\w+	2	ba	search@0:0	None	
(?a)\\w+	2	ba	finditer@0:0		
(?u)\\w+	0	ae cde abe	search	0,2|None	
(?u)\\w+	0	ae cde abe	match	0,2|None	
(?u)\\w+	0	ae cde abe	fullmatch	None	
(?u)\\w+	0	ae cde abe	finditer	0,2|None 3,6|None 7,10|None	
(?u)\\w+	0	A	search	0,1|None	
(?u)\\w+	0	A	match	0,1|None	
(?u)\\w+	0	A	fullmatch	0,1|None	
(?u)\\w+	0	A	finditer	0,1|None	
(?u)\\w+	0	bd cd ad	search	0,2|None	
(?u)\\w+	0	bd cd ad	match	0,2|None	
(?u)\\w+	0	bd cd ad	fullmatch	None	
(?u)\\w+	0	bd cd ad	finditer	0,2|None 3,5|None 6,8|None	
(?u)\\w+	0	2024-01-15	search	0,4|None	
(?u)\\w+	0	2024-01-15	match	0,4|None	
(?u)\\w+	0	2024-01-15	fullmatch	None	
(?u)\\w+	0	2024-01-15	finditer	0,4|None 5,7|None 8,10|None	
(?u)\\w+	0	hello world	search	0,5|None	
(?u)\\w+	0	hello world	match	0,5|None	
(?u)\\w+	0	hello world	fullmatch	None	
(?u)\\w+	0	hello world	finditer	0,5|None 6,11|None	
(?u)\\w+	0	\u{c9}	search	0,1|None	
(?u)\\w+	0	\u{c9}	match	0,1|None	
(?u)\\w+	0	\u{c9}	fullmatch	0,1|None	
(?u)\\w+	0	\u{c9}	finditer	0,1|None	
(?u)\\w+	0	Foo foo	search	0,3|None	
(?u)\\w+	0	Foo foo	match	0,3|None	
(?u)\\w+	0	Foo foo	fullmatch	None	
(?u)\\w+	0	Foo foo	finditer	0,3|None 4,7|None	
(?u)\\w+	0	bab	search	0,3|None	
(?u)\\w+	0	bab	match	0,3|None	
(?u)\\w+	0	bab	fullmatch	0,3|None	
(?u)\\w+	0	bab	finditer	0,3|None	
(?u)\\w+	0	ab	search	0,2|None	
(?u)\\w+	0	ab	match	0,2|None	
(?u)\\w+	0	ab	fullmatch	0,2|None	
(?u)\\w+	0	ab	finditer	0,2|None	
(?u)\\w+	0	x a\ny b	search	0,1|None	
(?u)\\w+	0	x a\ny b	match	0,1|None	
(?u)\\w+	0	x a\ny b	fullmatch	None	
(?u)\\w+	0	x a\ny b	finditer	0,1|None 2,3|None 4,5|None 6,7|None	
(?u)\\w+	0	\u{c9}\u{e9}SS\u{df}	search	0,5|None	
(?u)\\w+	0	\u{c9}\u{e9}SS\u{df}	match	0,5|None	
(?u)\\w+	0	\u{c9}\u{e9}SS\u{df}	fullmatch	0,5|None	
(?u)\\w+	0	\u{c9}\u{e9}SS\u{df}	finditer	0,5|None	
(?u)\\w+	0	abcdefghija0	search	0,12|None	
(?u)\\w+	0	abcdefghija0	match	0,12|None	
(?u)\\w+	0	abcdefghija0	fullmatch	0,12|None	
(?u)\\w+	0	abcdefghija0	finditer	0,12|None	
(?u)\\w+	0	abcde abc	search@7:2	None	
(?u)\\w+	0	abcde abc	finditer@7:2		
(?u)\\w+	0	\u{c9}	search@0:0	None	
(?u)\\w+	0	\u{c9}	finditer@0:0		
(?u)\\w+	0	x a\ny b	search@5:6	None	
(?u)\\w+	0	x a\ny b	finditer@5:6		
(?u)\\w+	2	a\nb\n	search	0,1|None	
(?u)\\w+	2	a\nb\n	match	0,1|None	
(?u)\\w+	2	a\nb\n	fullmatch	None	
(?u)\\w+	2	a\nb\n	finditer	0,1|None 2,3|None	
(?u)\\w+	2	\u{65e5}\u{672c}\u{8a9e}	search	0,3|None	
(?u)\\w+	2	\u{65e5}\u{672c}\u{8a9e}	match	0,3|None	
(?u)\\w+	2	\u{65e5}\u{672c}\u{8a9e}	fullmatch	0,3|None	
(?u)\\w+	2	\u{65e5}\u{672c}\u{8a9e}	finditer	0,3|None	
(?u)\\w+	2	a-b c_d	search	0,1|None	
(?u)\\w+	2	a-b c_d	match	0,1|None	
(?u)\\w+	2	a-b c_d	fullmatch	None	
(?u)\\w+	2	a-b c_d	finditer	0,1|None 2,3|None 4,7|None	
(?u)\\w+	2	ba	search	0,2|None	
(?u)\\w+	2	ba	match	0,2|None	
(?u)\\w+	2	ba	fullmatch	0,2|None	
(?u)\\w+	2	ba	finditer	0,2|None	
(?u)\\w+	2	12 345 6	search	0,2|None	
(?u)\\w+	2	12 345 6	match	0,2|None	
(?u)\\w+	2	12 345 6	fullmatch	None	
(?u)\\w+	2	12 345 6	finditer	0,2|None 3,6|None 7,8|None	
(?u)\\w+	2	ae cde abe	search	0,2|None	
(?u)\\w+	2	ae cde abe	match	0,2|None	
(?u)\\w+	2	ae cde abe	fullmatch	None	
(?u)\\w+	2	ae cde abe	finditer	0,2|None 3,6|None 7,10|None	
(?u)\\w+	2	ababab	search	0,6|None	
(?u)\\w+	2	ababab	match	0,6|None	
(?u)\\w+	2	ababab	fullmatch	0,6|None	
(?u)\\w+	2	ababab	finditer	0,6|None	
(?u)\\w+	2	abc	search	0,3|None	
(?u)\\w+	2	abc	match	0,3|None	
(?u)\\w+	2	abc	fullmatch	0,3|None	
(?u)\\w+	2	abc	finditer	0,3|None	
(?u)\\w+	2	K	search	0,1|None	
(?u)\\w+	2	K	match	0,1|None	
(?u)\\w+	2	K	fullmatch	0,1|None	
(?u)\\w+	2	K	finditer	0,1|None	
(?u)\\w+	2	AbC	search	0,3|None	
(?u)\\w+	2	AbC	match	0,3|None	
(?u)\\w+	2	AbC	fullmatch	0,3|None	
(?u)\\w+	2	AbC	finditer	0,3|None	
(?u)\\w+	2	\u{3a3}\u{3c3}\u{3c2}\u{391}\u{3a9}	search	0,5|None	
(?u)\\w+	2	\u{3a3}\u{3c3}\u{3c2}\u{391}\u{3a9}	match	0,5|None	
(?u)\\w+	2	\u{3a3}\u{3c3}\u{3c2}\u{391}\u{3a9}	fullmatch	0,5|None	
(?u)\\w+	2	\u{3a3}\u{3c3}\u{3c2}\u{391}\u{3a9}	finditer	0,5|None	
(?u)\\w+	2	the the cat	search	0,3|None	
(?u)\\w+	2	the the cat	match	0,3|None	
(?u)\\w+	2	the the cat	fullmatch	None	
(?u)\\w+	2	the the cat	finditer	0,3|None 4,7|None 8,11|None	
(?u)\\w+	2	Foo foo	search@3:7	4,7|None	
(?u)\\w+	2	Foo foo	finditer@3:7	4,7|None	
(?u)\\w+	2	abcdefghija0	search@10:1	None	
(?u)\\w+	2	abcdefghija0	finditer@10:1		
(?u)\\w+	2	\u{c9}	search@1:1	None	
(?u)\\w+	2	\u{c9}	finditer@1:1		
(?L)a	0		compile	re.error	bad inline flags: cannot use 'L' flag with a str pattern at position 3
(?ai)a	0	x\ty	search	None	
(?ai)a	0	x\ty	match	None	
(?ai)a	0	x\ty	fullmatch	None	
(?ai)a	0	x\ty	finditer		
(?ai)a	0	x a\ny b	search	2,3|None	
(?ai)a	0	x a\ny b	match	None	
(?ai)a	0	x a\ny b	fullmatch	None	
(?ai)a	0	x a\ny b	finditer	2,3|None	
(?ai)a	0	12 345 6	search	None	
(?ai)a	0	12 345 6	match	None	
(?ai)a	0	12 345 6	fullmatch	None	
(?ai)a	0	12 345 6	finditer		
(?ai)a	0	abcdefghija0	search	0,1|None	
(?ai)a	0	abcdefghija0	match	0,1|None	
(?ai)a	0	abcdefghija0	fullmatch	None	
(?ai)a	0	abcdefghija0	finditer	0,1|None 10,11|None	
(?ai)a	0		search	None	
(?ai)a	0		match	None	
(?ai)a	0		fullmatch	None	
(?ai)a	0		finditer		
(?ai)a	0	abcde abc	search	0,1|None	
(?ai)a	0	abcde abc	match	0,1|None	
(?ai)a	0	abcde abc	fullmatch	None	
(?ai)a	0	abcde abc	finditer	0,1|None 6,7|None	
(?ai)a	0	a\nb\n	search	0,1|None	
(?ai)a	0	a\nb\n	match	0,1|None	
(?ai)a	0	a\nb\n	fullmatch	None	
(?ai)a	0	a\nb\n	finditer	0,1|None	
(?ai)a	0	ababab	search	0,1|None	
(?ai)a	0	ababab	match	0,1|None	
(?ai)a	0	ababab	fullmatch	None	
(?ai)a	0	ababab	finditer	0,1|None 2,3|None 4,5|None	
(?ai)a	0	\u{c9}	search	None	
(?ai)a	0	\u{c9}	match	None	
(?ai)a	0	\u{c9}	fullmatch	None	
(?ai)a	0	\u{c9}	finditer		
(?ai)a	0	2024-01-15	search	None	
(?ai)a	0	2024-01-15	match	None	
(?ai)a	0	2024-01-15	fullmatch	None	
(?ai)a	0	2024-01-15	finditer		
(?ai)a	0	b	search	None	
(?ai)a	0	b	match	None	
(?ai)a	0	b	fullmatch	None	
(?ai)a	0	b	finditer		
(?ai)a	0	\n	search	None	
(?ai)a	0	\n	match	None	
(?ai)a	0	\n	fullmatch	None	
(?ai)a	0	\n	finditer		
(?ai)a	0	the the cat	search@5:1	None	
(?ai)a	0	the the cat	finditer@5:1		
(?ai)a	0	\u{c9}	search@0:0	None	
(?ai)a	0	\u{c9}	finditer@0:0		
(?ai)a	0	x a\ny b	search@7:3	None	
(?ai)a	0	x a\ny b	finditer@7:3		
(?-a:a)	0		compile	re.error	bad inline flags: cannot turn off flags 'a', 'u' and 'L' at position 4
(?i-i:a)	0		compile	re.error	bad inline flags: flag turned on and off at position 5
a(?i)b	0		compile	re.error	global flags not at the start of the expression at position 1
(?im)^a	0	x\ty	search	None	
(?im)^a	0	x\ty	match	None	
(?im)^a	0	x\ty	fullmatch	None	
(?im)^a	0	x\ty	finditer		
(?im)^a	0	ae cde abe	search	0,1|None	
(?im)^a	0	ae cde abe	match	0,1|None	
(?im)^a	0	ae cde abe	fullmatch	None	
(?im)^a	0	ae cde abe	finditer	0,1|None	
(?im)^a	0	aaab	search	0,1|None	
(?im)^a	0	aaab	match	0,1|None	
(?im)^a	0	aaab	fullmatch	None	
(?im)^a	0	aaab	finditer	0,1|None	
(?im)^a	0	a	search	0,1|None	
(?im)^a	0	a	match	0,1|None	
(?im)^a	0	a	fullmatch	0,1|None	
(?im)^a	0	a	finditer	0,1|None	
(?im)^a	0	abcdefghija0	search	0,1|None	
(?im)^a	0	abcdefghija0	match	0,1|None	
(?im)^a	0	abcdefghija0	fullmatch	None	
(?im)^a	0	abcdefghija0	finditer	0,1|None	
(?im)^a	0	aAaA	search	0,1|None	
(?im)^a	0	aAaA	match	0,1|None	
(?im)^a	0	aAaA	fullmatch	None	
(?im)^a	0	aAaA	finditer	0,1|None	
(?im)^a	0	bab	search	None	
(?im)^a	0	bab	match	None	
(?im)^a	0	bab	fullmatch	None	
(?im)^a	0	bab	finditer		
(?im)^a	0	\u{3a3}\u{3c3}\u{3c2}\u{391}\u{3a9}	search	None	
(?im)^a	0	\u{3a3}\u{3c3}\u{3c2}\u{391}\u{3a9}	match	None	
(?im)^a	0	\u{3a3}\u{3c3}\u{3c2}\u{391}\u{3a9}	fullmatch	None	
(?im)^a	0	\u{3a3}\u{3c3}\u{3c2}\u{391}\u{3a9}	finditer		
(?im)^a	0	ab	search	0,1|None	
(?im)^a	0	ab	match	0,1|None	
(?im)^a	0	ab	fullmatch	None	
(?im)^a	0	ab	finditer	0,1|None	
(?im)^a	0	2024-01-15	search	None	
(?im)^a	0	2024-01-15	match	None	
(?im)^a	0	2024-01-15	fullmatch	None	
(?im)^a	0	2024-01-15	finditer		
(?im)^a	0	cab	search	None	
(?im)^a	0	cab	match	None	
(?im)^a	0	cab	fullmatch	None	
(?im)^a	0	cab	finditer		
(?im)^a	0	K	search	None	
(?im)^a	0	K	match	None	
(?im)^a	0	K	fullmatch	None	
(?im)^a	0	K	finditer		
(?im)^a	0	\u{661}\u{662}\u{663} 45	search@5:5	None	
(?im)^a	0	\u{661}\u{662}\u{663} 45	finditer@5:5		
(?im)^a	0	john.doe@example.com	search@19:1	None	
(?im)^a	0	john.doe@example.com	finditer@19:1		
(?im)^a	0	\u{3a3}\u{3c3}\u{3c2}\u{391}\u{3a9}	search@1:0	None	
(?im)^a	0	\u{3a3}\u{3c3}\u{3c2}\u{391}\u{3a9}	finditer@1:0		
(?#comment)a	0	\u{e9}	search	None	
(?#comment)a	0	\u{e9}	match	None	
(?#comment)a	0	\u{e9}	fullmatch	None	
(?#comment)a	0	\u{e9}	finditer		
(?#comment)a	0	\u{c9}\u{e9}SS\u{df}	search	None	
(?#comment)a	0	\u{c9}\u{e9}SS\u{df}	match	None	
(?#comment)a	0	\u{c9}\u{e9}SS\u{df}	fullmatch	None	
(?#comment)a	0	\u{c9}\u{e9}SS\u{df}	finditer		
(?#comment)a	0	AbC	search	None	
(?#comment)a	0	AbC	match	None	
(?#comment)a	0	AbC	fullmatch	None	
(?#comment)a	0	AbC	finditer		
(?#comment)a	0	a b c	search	0,1|None	
(?#comment)a	0	a b c	match	0,1|None	
(?#comment)a	0	a b c	fullmatch	None	
(?#comment)a	0	a b c	finditer	0,1|None	
(?#comment)a	0	hi"	search	None	
(?#comment)a	0	hi"	match	None	
(?#comment)a	0	hi"	fullmatch	None	
(?#comment)a	0	hi"	finditer		
(?#comment)a	0	ba	search	1,2|None	
(?#comment)a	0	ba	match	None	
(?#comment)a	0	ba	fullmatch	None	
(?#comment)a	0	ba	finditer	1,2|None	
(?#comment)a	0	aaa	search	0,1|None	
(?#comment)a	0	aaa	match	0,1|None	
(?#comment)a	0	aaa	fullmatch	None	
(?#comment)a	0	aaa	finditer	0,1|None 1,2|None 2,3|None	
(?#comment)a	0	ab	search	0,1|None	
(?#comment)a	0	ab	match	0,1|None	
(?#comment)a	0	ab	fullmatch	None	
(?#comment)a	0	ab	finditer	0,1|None	
(?#comment)a	0	K	search	None	
(?#comment)a	0	K	match	None	
(?#comment)a	0	K	fullmatch	None	
(?#comment)a	0	K	finditer		
(?#comment)a	0	abcdefghija0	search	0,1|None	
(?#comment)a	0	abcdefghija0	match	0,1|None	
(?#comment)a	0	abcdefghija0	fullmatch	None	
(?#comment)a	0	abcdefghija0	finditer	0,1|None 10,11|None	
(?#comment)a	0	A	search	None	
(?#comment)a	0	A	match	None	
(?#comment)a	0	A	fullmatch	None	
(?#comment)a	0	A	finditer		
(?#comment)a	0	"hi"	search	None	
(?#comment)a	0	"hi"	match	None	
(?#comment)a	0	"hi"	fullmatch	None	
(?#comment)a	0	"hi"	finditer		
(?#comment)a	0	a-b c_d	search@5:2	None	
(?#comment)a	0	a-b c_d	finditer@5:2		
(?#comment)a	0	A	search@1:0	None	
(?#comment)a	0	A	finditer@1:0		
(?#comment)a	0	\u{65e5}\u{672c}\u{8a9e}	search@0:0	None	
(?#comment)a	0	\u{65e5}\u{672c}\u{8a9e}	finditer@0:0		
(?#comment)a	2	cab	search	1,2|None	
(?#comment)a	2	cab	match	None	
(?#comment)a	2	cab	fullmatch	None	
(?#comment)a	2	cab	finditer	1,2|None	
(?#comment)a	2	a b c	search	0,1|None	
(?#comment)a	2	a b c	match	0,1|None	
(?#comment)a	2	a b c	fullmatch	None	
(?#comment)a	2	a b c	finditer	0,1|None	
(?#comment)a	2	ae cde abe	search	0,1|None	
(?#comment)a	2	ae cde abe	match	0,1|None	
(?#comment)a	2	ae cde abe	fullmatch	None	
(?#comment)a	2	ae cde abe	finditer	0,1|None 7,8|None	
(?#comment)a	2	abcde abc	search	0,1|None	
(?#comment)a	2	abcde abc	match	0,1|None	
(?#comment)a	2	abcde abc	fullmatch	None	
(?#comment)a	2	abcde abc	finditer	0,1|None 6,7|None	
(?#comment)a	2	\n	search	None	
(?#comment)a	2	\n	match	None	
(?#comment)a	2	\n	fullmatch	None	
(?#comment)a	2	\n	finditer		
(?#comment)a	2	x\ty	search	None	
(?#comment)a	2	x\ty	match	None	
(?#comment)a	2	x\ty	fullmatch	None	
(?#comment)a	2	x\ty	finditer		
(?#comment)a	2	\u{3a3}\u{3c3}\u{3c2}\u{391}\u{3a9}	search	None	
(?#comment)a	2	\u{3a3}\u{3c3}\u{3c2}\u{391}\u{3a9}	match	None	
(?#comment)a	2	\u{3a3}\u{3c3}\u{3c2}\u{391}\u{3a9}	fullmatch	None	
(?#comment)a	2	\u{3a3}\u{3c3}\u{3c2}\u{391}\u{3a9}	finditer		
(?#comment)a	2	ba	search	1,2|None	
(?#comment)a	2	ba	match	None	
(?#comment)a	2	ba	fullmatch	None	
(?#comment)a	2	ba	finditer	1,2|None	
(?#comment)a	2	\u{c9}\u{e9}SS\u{df}	search	None	
(?#comment)a	2	\u{c9}\u{e9}SS\u{df}	match	None	
(?#comment)a	2	\u{c9}\u{e9}SS\u{df}	fullmatch	None	
(?#comment)a	2	\u{c9}\u{e9}SS\u{df}	finditer		
(?#comment)a	2	K	search	None	
(?#comment)a	2	K	match	None	
(?#comment)a	2	K	fullmatch	None	
(?#comment)a	2	K	finditer		
(?#comment)a	2	bab	search	1,2|None	
(?#comment)a	2	bab	match	None	
(?#comment)a	2	bab	fullmatch	None	
(?#comment)a	2	bab	finditer	1,2|None	
(?#comment)a	2	a	search	0,1|None	
(?#comment)a	2	a	match	0,1|None	
(?#comment)a	2	a	fullmatch	0,1|None	
(?#comment)a	2	a	finditer	0,1|None	
(?#comment)a	2	2024-01-15	search@5:6	None	
(?#comment)a	2	2024-01-15	finditer@5:6		
(?#comment)a	2	a	search@0:0	None	
(?#comment)a	2	a	finditer@0:0		
(?#comment)a	2	abcd	search@2:4	None	
(?#comment)a	2	abcd	finditer@2:4		
(?#unterminated	0		compile	re.error	missing ), unterminated comment at position 0
*	0		compile	re.error	nothing to repeat at position 0
+a	0		compile	re.error	nothing to repeat at position 0
a**	0		compile	re.error	multiple repeat at position 2
a*+	0	hello world	search	0,0|None	
a*+	0	hello world	match	0,0|None	
a*+	0	hello world	fullmatch	None	
a*+	0	hello world	finditer	0,0|None 1,1|None 2,2|None 3,3|None 4,4|None 5,5|None 6,6|None 7,7|None 8,8|None 9,9|None 10,10|None 11,11|None	
a*+	0	12 345 6	search	0,0|None	
a*+	0	12 345 6	match	0,0|None	
a*+	0	12 345 6	fullmatch	None	
a*+	0	12 345 6	finditer	0,0|None 1,1|None 2,2|None 3,3|None 4,4|None 5,5|None 6,6|None 7,7|None 8,8|None	
a*+	0	aaab	search	0,3|None	
a*+	0	aaab	match	0,3|None	
a*+	0	aaab	fullmatch	None	
a*+	0	aaab	finditer	0,3|None 3,3|None 4,4|None	
a*+	0	a\nb\n	search	0,1|None	
a*+	0	a\nb\n	match	0,1|None	
a*+	0	a\nb\n	fullmatch	None	
a*+	0	a\nb\n	finditer	0,1|None 1,1|None 2,2|None 3,3|None 4,4|None	
a*+	0	ae cde abe	search	0,1|None	
a*+	0	ae cde abe	match	0,1|None	
a*+	0	ae cde abe	fullmatch	None	
a*+	0	ae cde abe	finditer	0,1|None 1,1|None 2,2|None 3,3|None 4,4|None 5,5|None 6,6|None 7,8|None 8,8|None 9,9|None 10,10|None	
a*+	0	a-b c_d	search	0,1|None	
a*+	0	a-b c_d	match	0,1|None	
a*+	0	a-b c_d	fullmatch	None	
a*+	0	a-b c_d	finditer	0,1|None 1,1|None 2,2|None 3,3|None 4,4|None 5,5|None 6,6|None 7,7|None	
a*+	0	\u{c9}	search	0,0|None	
a*+	0	\u{c9}	match	0,0|None	
a*+	0	\u{c9}	fullmatch	None	
a*+	0	\u{c9}	finditer	0,0|None 1,1|None	
a*+	0	K	search	0,0|None	
a*+	0	K	match	0,0|None	
a*+	0	K	fullmatch	None	
a*+	0	K	finditer	0,0|None 1,1|None	
a*+	0	aaa	search	0,3|None	
a*+	0	aaa	match	0,3|None	
a*+	0	aaa	fullmatch	0,3|None	
a*+	0	aaa	finditer	0,3|None 3,3|None	
a*+	0	A	search	0,0|None	
a*+	0	A	match	0,0|None	
a*+	0	A	fullmatch	None	
a*+	0	A	finditer	0,0|None 1,1|None	
a*+	0	x\ty	search	0,0|None	
a*+	0	x\ty	match	0,0|None	
a*+	0	x\ty	fullmatch	None	
a*+	0	x\ty	finditer	0,0|None 1,1|None 2,2|None 3,3|None	
a*+	0	\u{17f}S	search	0,0|None	
a*+	0	\u{17f}S	match	0,0|None	
a*+	0	\u{17f}S	fullmatch	None	
a*+	0	\u{17f}S	finditer	0,0|None 1,1|None 2,2|None	
a*+	0	cab	search@3:1	None	
a*+	0	cab	finditer@3:1		
a*+	0	ab\n	search@0:1	0,1|None	
a*+	0	ab\n	finditer@0:1	0,1|None 1,1|None	
a*+	0	abcd	search@1:4	1,1|None	
a*+	0	abcd	finditer@1:4	1,1|None 2,2|None 3,3|None 4,4|None	
a++	0	\u{c9}	search	None	
a++	0	\u{c9}	match	None	
a++	0	\u{c9}	fullmatch	None	
a++	0	\u{c9}	finditer		
a++	0	abcde abc	search	0,1|None	
a++	0	abcde abc	match	0,1|None	
a++	0	abcde abc	fullmatch	None	
a++	0	abcde abc	finditer	0,1|None 6,7|None	
a++	0	abcdefghijkk	search	0,1|None	
a++	0	abcdefghijkk	match	0,1|None	
a++	0	abcdefghijkk	fullmatch	None	
a++	0	abcdefghijkk	finditer	0,1|None	
a++	0	ba	search	1,2|None	
a++	0	ba	match	None	
a++	0	ba	fullmatch	None	
a++	0	ba	finditer	1,2|None	
a++	0	abcdefghija0	search	0,1|None	
a++	0	abcdefghija0	match	0,1|None	
a++	0	abcdefghija0	fullmatch	None	
a++	0	abcdefghija0	finditer	0,1|None 10,11|None	
a++	0		search	None	
a++	0		match	None	
a++	0		fullmatch	None	
a++	0		finditer		
a++	0	AbC	search	None	
a++	0	AbC	match	None	
a++	0	AbC	fullmatch	None	
a++	0	AbC	finditer		
a++	0	bab	search	1,2|None	
a++	0	bab	match	None	
a++	0	bab	fullmatch	None	
a++	0	bab	finditer	1,2|None	
a++	0	ae cde abe	search	0,1|None	
a++	0	ae cde abe	match	0,1|None	
a++	0	ae cde abe	fullmatch	None	
a++	0	ae cde abe	finditer	0,1|None 7,8|None	
a++	0	the the cat	search	9,10|None	
a++	0	the the cat	match	None	
a++	0	the the cat	fullmatch	None	
a++	0	the the cat	finditer	9,10|None	
a++	0	cab	search	1,2|None	
a++	0	cab	match	None	
a++	0	cab	fullmatch	None	
a++	0	cab	finditer	1,2|None	
a++	0	12 345 6	search	None	
a++	0	12 345 6	match	None	
a++	0	12 345 6	fullmatch	None	
a++	0	12 345 6	finditer		
a++	0	"hi"	search@3:0	None	
a++	0	"hi"	finditer@3:0		
a++	0	abcde abc	search@7:4	None	
a++	0	abcde abc	finditer@7:4		
a++	0	a	search@0:1	0,1|None	
a++	0	a	finditer@0:1	0,1|None	
a?+	0	abc	search	0,1|None	
a?+	0	abc	match	0,1|None	
a?+	0	abc	fullmatch	None	
a?+	0	abc	finditer	0,1|None 1,1|None 2,2|None 3,3|None	
a?+	0	A	search	0,0|None	
a?+	0	A	match	0,0|None	
a?+	0	A	fullmatch	None	
a?+	0	A	finditer	0,0|None 1,1|None	
a?+	0	\n	search	0,0|None	
a?+	0	\n	match	0,0|None	
a?+	0	\n	fullmatch	None	
a?+	0	\n	finditer	0,0|None 1,1|None	
a?+	0	hi"	search	0,0|None	
a?+	0	hi"	match	0,0|None	
a?+	0	hi"	fullmatch	None	
a?+	0	hi"	finditer	0,0|None 1,1|None 2,2|None 3,3|None	
a?+	0	ba	search	0,0|None	
a?+	0	ba	match	0,0|None	
a?+	0	ba	fullmatch	None	
a?+	0	ba	finditer	0,0|None 1,2|None 2,2|None	
a?+	0	x\ty	search	0,0|None	
a?+	0	x\ty	match	0,0|None	
a?+	0	x\ty	fullmatch	None	
a?+	0	x\ty	finditer	0,0|None 1,1|None 2,2|None 3,3|None	
a?+	0	\u{c9}	search	0,0|None	
a?+	0	\u{c9}	match	0,0|None	
a?+	0	\u{c9}	fullmatch	None	
a?+	0	\u{c9}	finditer	0,0|None 1,1|None	
a?+	0	abcabc	search	0,1|None	
a?+	0	abcabc	match	0,1|None	
a?+	0	abcabc	fullmatch	None	
a?+	0	abcabc	finditer	0,1|None 1,1|None 2,2|None 3,4|None 4,4|None 5,5|None 6,6|None	
a?+	0	\u{65e5}\u{672c}\u{8a9e}	search	0,0|None	
a?+	0	\u{65e5}\u{672c}\u{8a9e}	match	0,0|None	
a?+	0	\u{65e5}\u{672c}\u{8a9e}	fullmatch	None	
a?+	0	\u{65e5}\u{672c}\u{8a9e}	finditer	0,0|None 1,1|None 2,2|None 3,3|None	
a?+	0	abcdefghijkk	search	0,1|None	
a?+	0	abcdefghijkk	match	0,1|None	
a?+	0	abcdefghijkk	fullmatch	None	
a?+	0	abcdefghijkk	finditer	0,1|None 1,1|None 2,2|None 3,3|None 4,4|None 5,5|None 6,6|None 7,7|None 8,8|None 9,9|None 10,10|None 11,11|None 12,12|None	
a?+	0	ab\n	search	0,1|None	
a?+	0	ab\n	match	0,1|None	
a?+	0	ab\n	fullmatch	None	
a?+	0	ab\n	finditer	0,1|None 1,1|None 2,2|None 3,3|None	
a?+	0	b	search	0,0|None	
a?+	0	b	match	0,0|None	
a?+	0	b	fullmatch	None	
a?+	0	b	finditer	0,0|None 1,1|None	
a?+	0	 , a ,b	search@6:4	None	
a?+	0	 , a ,b	finditer@6:4		
a?+	0	\u{661}\u{662}\u{663} 45	search@2:5	2,2|None	
a?+	0	\u{661}\u{662}\u{663} 45	finditer@2:5	2,2|None 3,3|None 4,4|None 5,5|None	
a?+	0	abcd	search@4:2	None	
a?+	0	abcd	finditer@4:2		
a{2}+	0	abc	search	None	
a{2}+	0	abc	match	None	
a{2}+	0	abc	fullmatch	None	
a{2}+	0	abc	finditer		
a{2}+	0	\u{c9}\u{e9}SS\u{df}	search	None	
a{2}+	0	\u{c9}\u{e9}SS\u{df}	match	None	
a{2}+	0	\u{c9}\u{e9}SS\u{df}	fullmatch	None	
a{2}+	0	\u{c9}\u{e9}SS\u{df}	finditer		
a{2}+	0	\u{3a3}\u{3c3}\u{3c2}\u{391}\u{3a9}	search	None	
a{2}+	0	\u{3a3}\u{3c3}\u{3c2}\u{391}\u{3a9}	match	None	
a{2}+	0	\u{3a3}\u{3c3}\u{3c2}\u{391}\u{3a9}	fullmatch	None	
a{2}+	0	\u{3a3}\u{3c3}\u{3c2}\u{391}\u{3a9}	finditer		
a{2}+	0	the the cat	search	None	
a{2}+	0	the the cat	match	None	
a{2}+	0	the the cat	fullmatch	None	
a{2}+	0	the the cat	finditer		
a{2}+	0	aaab	search	0,2|None	
a{2}+	0	aaab	match	0,2|None	
a{2}+	0	aaab	fullmatch	None	
a{2}+	0	aaab	finditer	0,2|None	
a{2}+	0	a b c	search	None	
a{2}+	0	a b c	match	None	
a{2}+	0	a b c	fullmatch	None	
a{2}+	0	a b c	finditer		
a{2}+	0	abcdefghijkk	search	None	
a{2}+	0	abcdefghijkk	match	None	
a{2}+	0	abcdefghijkk	fullmatch	None	
a{2}+	0	abcdefghijkk	finditer		
a{2}+	0	abcabc	search	None	
a{2}+	0	abcabc	match	None	
a{2}+	0	abcabc	fullmatch	None	
a{2}+	0	abcabc	finditer		
a{2}+	0	\u{17f}S	search	None	
a{2}+	0	\u{17f}S	match	None	
a{2}+	0	\u{17f}S	fullmatch	None	
a{2}+	0	\u{17f}S	finditer		
a{2}+	0	ba	search	None	
a{2}+	0	ba	match	None	
a{2}+	0	ba	fullmatch	None	
a{2}+	0	ba	finditer		
a{2}+	0	aaa	search	0,2|None	
a{2}+	0	aaa	match	0,2|None	
a{2}+	0	aaa	fullmatch	None	
a{2}+	0	aaa	finditer	0,2|None	
a{2}+	0	hello world	search	None	
a{2}+	0	hello world	match	None	
a{2}+	0	hello world	fullmatch	None	
a{2}+	0	hello world	finditer		
a{2}+	0	"hi"	search@4:3	None	
a{2}+	0	"hi"	finditer@4:3		
a{2}+	0	aaa	search@2:3	None	
a{2}+	0	aaa	finditer@2:3		
a{2}+	0	cab	search@1:0	None	
a{2}+	0	cab	finditer@1:0		
(?>a*)a	0	aa	search	None	
(?>a*)a	0	aa	match	None	
(?>a*)a	0	aa	fullmatch	None	
(?>a*)a	0	aa	finditer		
(?>a*)a	0	john.doe@example.com	search	None	
(?>a*)a	0	john.doe@example.com	match	None	
(?>a*)a	0	john.doe@example.com	fullmatch	None	
(?>a*)a	0	john.doe@example.com	finditer		
(?>a*)a	0	2024-01-15	search	None	
(?>a*)a	0	2024-01-15	match	None	
(?>a*)a	0	2024-01-15	fullmatch	None	
(?>a*)a	0	2024-01-15	finditer		
(?>a*)a	0	\u{3a3}\u{3c3}\u{3c2}\u{391}\u{3a9}	search	None	
(?>a*)a	0	\u{3a3}\u{3c3}\u{3c2}\u{391}\u{3a9}	match	None	
(?>a*)a	0	\u{3a3}\u{3c3}\u{3c2}\u{391}\u{3a9}	fullmatch	None	
(?>a*)a	0	\u{3a3}\u{3c3}\u{3c2}\u{391}\u{3a9}	finditer		
(?>a*)a	0	AbC	search	None	
(?>a*)a	0	AbC	match	None	
(?>a*)a	0	AbC	fullmatch	None	
(?>a*)a	0	AbC	finditer		
(?>a*)a	0	"hi"	search	None	
(?>a*)a	0	"hi"	match	None	
(?>a*)a	0	"hi"	fullmatch	None	
(?>a*)a	0	"hi"	finditer		
(?>a*)a	0	x\ty	search	None	
(?>a*)a	0	x\ty	match	None	
(?>a*)a	0	x\ty	fullmatch	None	
(?>a*)a	0	x\ty	finditer		
(?>a*)a	0	\u{65e5}\u{672c}\u{8a9e}	search	None	
(?>a*)a	0	\u{65e5}\u{672c}\u{8a9e}	match	None	
(?>a*)a	0	\u{65e5}\u{672c}\u{8a9e}	fullmatch	None	
(?>a*)a	0	\u{65e5}\u{672c}\u{8a9e}	finditer		
(?>a*)a	0		search	None	
(?>a*)a	0		match	None	
(?>a*)a	0		fullmatch	None	
(?>a*)a	0		finditer		
(?>a*)a	0	bd cd ad	search	None	
(?>a*)a	0	bd cd ad	match	None	
(?>a*)a	0	bd cd ad	fullmatch	None	
(?>a*)a	0	bd cd ad	finditer		
(?>a*)a	0	\u{c9}	search	None	
(?>a*)a	0	\u{c9}	match	None	
(?>a*)a	0	\u{c9}	fullmatch	None	
(?>a*)a	0	\u{c9}	finditer		
(?>a*)a	0	abcd	search	None	
(?>a*)a	0	abcd	match	None	
(?>a*)a	0	abcd	fullmatch	None	
(?>a*)a	0	abcd	finditer		
(?>a*)a	0		search@0:0	None	
(?>a*)a	0		finditer@0:0		
(?>a*)a	0	ae cde abe	search@5:9	None	
(?>a*)a	0	ae cde abe	finditer@5:9		
(?>a*)a	0	a-b c_d	search@5:4	None	
(?>a*)a	0	a-b c_d	finditer@5:4		
(?>a|ab)c	0	a-b c_d	search	None	
(?>a|ab)c	0	a-b c_d	match	None	
(?>a|ab)c	0	a-b c_d	fullmatch	None	
(?>a|ab)c	0	a-b c_d	finditer		
(?>a|ab)c	0	aaa	search	None	
(?>a|ab)c	0	aaa	match	None	
(?>a|ab)c	0	aaa	fullmatch	None	
(?>a|ab)c	0	aaa	finditer		
(?>a|ab)c	0	john.doe@example.com	search	None	
(?>a|ab)c	0	john.doe@example.com	match	None	
(?>a|ab)c	0	john.doe@example.com	fullmatch	None	
(?>a|ab)c	0	john.doe@example.com	finditer		
(?>a|ab)c	0	foo bar	search	None	
(?>a|ab)c	0	foo bar	match	None	
(?>a|ab)c	0	foo bar	fullmatch	None	
(?>a|ab)c	0	foo bar	finditer		
(?>a|ab)c	0	\u{65e5}\u{672c}\u{8a9e}	search	None	
(?>a|ab)c	0	\u{65e5}\u{672c}\u{8a9e}	match	None	
(?>a|ab)c	0	\u{65e5}\u{672c}\u{8a9e}	fullmatch	None	
(?>a|ab)c	0	\u{65e5}\u{672c}\u{8a9e}	finditer		
(?>a|ab)c	0	ba	search	None	
(?>a|ab)c	0	ba	match	None	
(?>a|ab)c	0	ba	fullmatch	None	
(?>a|ab)c	0	ba	finditer		
(?>a|ab)c	0	"hi"	search	None	
(?>a|ab)c	0	"hi"	match	None	
(?>a|ab)c	0	"hi"	fullmatch	None	
(?>a|ab)c	0	"hi"	finditer		
(?>a|ab)c	0	aaab	search	None	
(?>a|ab)c	0	aaab	match	None	
(?>a|ab)c	0	aaab	fullmatch	None	
(?>a|ab)c	0	aaab	finditer		
(?>a|ab)c	0	abcdefghijkk	search	None	
(?>a|ab)c	0	abcdefghijkk	match	None	
(?>a|ab)c	0	abcdefghijkk	fullmatch	None	
(?>a|ab)c	0	abcdefghijkk	finditer		
(?>a|ab)c	0	abc	search	None	
(?>a|ab)c	0	abc	match	None	
(?>a|ab)c	0	abc	fullmatch	None	
(?>a|ab)c	0	abc	finditer		
(?>a|ab)c	0	A	search	None	
(?>a|ab)c	0	A	match	None	
(?>a|ab)c	0	A	fullmatch	None	
(?>a|ab)c	0	A	finditer		
(?>a|ab)c	0	\n	search	None	
(?>a|ab)c	0	\n	match	None	
(?>a|ab)c	0	\n	fullmatch	None	
(?>a|ab)c	0	\n	finditer		
(?>a|ab)c	0	a-b c_d	search@5:6	None	
(?>a|ab)c	0	a-b c_d	finditer@5:6		
(?>a|ab)c	0	x a\ny b	search@1:4	None	
(?>a|ab)c	0	x a\ny b	finditer@1:4		
(?>a|ab)c	0	\u{c9}\u{e9}SS\u{df}	search@4:5	None	
(?>a|ab)c	0	\u{c9}\u{e9}SS\u{df}	finditer@4:5		
\\q	0		compile	re.error	bad escape \\q at position 0
\\	0		compile	re.error	bad escape (end of pattern) at position 0
a\\	0		compile	re.error	bad escape (end of pattern) at position 1
(	0		compile	re.error	missing ), unterminated subpattern at position 0
)	0		compile	re.error	unbalanced parenthesis at position 0
a)	0		compile	re.error	unbalanced parenthesis at position 1
(a	0		compile	re.error	missing ), unterminated subpattern at position 0
(?	0		compile	re.error	unexpected end of pattern at position 2
(?P	0		compile	re.error	unexpected end of pattern at position 3
(?P<	0		compile	re.error	missing group name at position 4
(?P<	2		compile	re.error	missing group name at position 4
(?P<a	0		compile	re.error	missing >, unterminated name at position 4
(?P<1>a)	0		compile	re.error	bad character in group name '1' at position 4
(?P<a>a)(?P<a>b)	0		compile	re.error	redefinition of group name 'a' as group 2; was group 1 at position 12
(?P=a)	0		compile	re.error	unknown group name 'a' at position 4
(?P=1)	0		compile	re.error	bad character in group name '1' at position 4
(?Px)	0		compile	re.error	unknown extension ?Px at position 1
(?<x)	0		compile	re.error	unknown extension ?<x at position 1
(?z)	0		compile	re.error	unknown extension ?z at position 1
(?i	0		compile	re.error	missing -, : or ) at position 3
(?i-	0		compile	re.error	missing flag at position 4
(?-)	0		compile	re.error	missing flag at position 3
(?-)	2		compile	re.error	missing flag at position 3
[a	0		compile	re.error	unterminated character set at position 0
[	0		compile	re.error	unterminated character set at position 0
[a-	0		compile	re.error	unterminated character set at position 0
[z-a]	0		compile	re.error	bad character range z-a at position 1
[z-a]	2		compile	re.error	bad character range z-a at position 1
[\\d-z]	0		compile	re.error	bad character range \\d-z at position 1
[\\d-z]	2		compile	re.error	bad character range \\d-z at position 1
[a-\\d]	0		compile	re.error	bad character range a-\\d at position 1
\\1	0		compile	re.error	invalid group reference 1 at position 1
(a)\\2	0		compile	re.error	invalid group reference 2 at position 4
(a\\1)	0		compile	re.error	cannot refer to an open group at position 2
\\x4	0		compile	re.error	incomplete escape \\x4 at position 0
\\x41	0	ba	search	None	
\\x41	0	ba	match	None	
\\x41	0	ba	fullmatch	None	
\\x41	0	ba	finditer		
\\x41	0	\u{17f}S	search	None	
\\x41	0	\u{17f}S	match	None	
\\x41	0	\u{17f}S	fullmatch	None	
\\x41	0	\u{17f}S	finditer		
\\x41	0	john.doe@example.com	search	None	
\\x41	0	john.doe@example.com	match	None	
\\x41	0	john.doe@example.com	fullmatch	None	
\\x41	0	john.doe@example.com	finditer		
\\x41	0	ab	search	None	
\\x41	0	ab	match	None	
\\x41	0	ab	fullmatch	None	
\\x41	0	ab	finditer		
\\x41	0	abcdefghija0	search	None	
\\x41	0	abcdefghija0	match	None	
\\x41	0	abcdefghija0	fullmatch	None	
\\x41	0	abcdefghija0	finditer		
\\x41	0	aaab	search	None	
\\x41	0	aaab	match	None	
\\x41	0	aaab	fullmatch	None	
\\x41	0	aaab	finditer		
\\x41	0	ab\n	search	None	
\\x41	0	ab\n	match	None	
\\x41	0	ab\n	fullmatch	None	
\\x41	0	ab\n	finditer		
\\x41	0	ababab	search	None	
\\x41	0	ababab	match	None	
\\x41	0	ababab	fullmatch	None	
\\x41	0	ababab	finditer		
\\x41	0	aAaA	search	1,2|None	
\\x41	0	aAaA	match	None	
\\x41	0	aAaA	fullmatch	None	
\\x41	0	aAaA	finditer	1,2|None 3,4|None	
\\x41	0	\u{e9}	search	None	
\\x41	0	\u{e9}	match	None	
\\x41	0	\u{e9}	fullmatch	None	
\\x41	0	\u{e9}	finditer		
\\x41	0	hello world	search	None	
\\x41	0	hello world	match	None	
\\x41	0	hello world	fullmatch	None	
\\x41	0	hello world	finditer		
\\x41	0	a b c	search	None	
\\x41	0	a b c	match	None	
\\x41	0	a b c	fullmatch	None	
\\x41	0	a b c	finditer		
\\x41	0	ba	search@1:1	None	
\\x41	0	ba	finditer@1:1		
\\x41	0	A	search@0:0	None	
\\x41	0	A	finditer@0:0		
\\x41	0	abcd	search@1:2	None	
\\x41	0	abcd	finditer@1:2		
\\u00e9	0	aa	search	None	
\\u00e9	0	aa	match	None	
\\u00e9	0	aa	fullmatch	None	
\\u00e9	0	aa	finditer		
\\u00e9	0	\u{c9}\u{e9}SS\u{df}	search	1,2|None	
\\u00e9	0	\u{c9}\u{e9}SS\u{df}	match	None	
\\u00e9	0	\u{c9}\u{e9}SS\u{df}	fullmatch	None	
\\u00e9	0	\u{c9}\u{e9}SS\u{df}	finditer	1,2|None	
\\u00e9	0	the the cat	search	None	
\\u00e9	0	the the cat	match	None	
\\u00e9	0	the the cat	fullmatch	None	
\\u00e9	0	the the cat	finditer		
\\u00e9	0	Foo foo	search	None	
\\u00e9	0	Foo foo	match	None	
\\u00e9	0	Foo foo	fullmatch	None	
\\u00e9	0	Foo foo	finditer		
\\u00e9	0	ababab	search	None	
\\u00e9	0	ababab	match	None	
\\u00e9	0	ababab	fullmatch	None	
\\u00e9	0	ababab	finditer		
\\u00e9	0	\u{65e5}\u{672c}\u{8a9e}	search	None	
\\u00e9	0	\u{65e5}\u{672c}\u{8a9e}	match	None	
\\u00e9	0	\u{65e5}\u{672c}\u{8a9e}	fullmatch	None	
\\u00e9	0	\u{65e5}\u{672c}\u{8a9e}	finditer		
\\u00e9	0	x\ty	search	None	
\\u00e9	0	x\ty	match	None	
\\u00e9	0	x\ty	fullmatch	None	
\\u00e9	0	x\ty	finditer		
\\u00e9	0	abcdefghijkk	search	None	
\\u00e9	0	abcdefghijkk	match	None	
\\u00e9	0	abcdefghijkk	fullmatch	None	
\\u00e9	0	abcdefghijkk	finditer		
\\u00e9	0	bd cd ad	search	None	
\\u00e9	0	bd cd ad	match	None	
\\u00e9	0	bd cd ad	fullmatch	None	
\\u00e9	0	bd cd ad	finditer		
\\u00e9	0	\u{661}\u{662}\u{663} 45	search	None	
\\u00e9	0	\u{661}\u{662}\u{663} 45	match	None	
\\u00e9	0	\u{661}\u{662}\u{663} 45	fullmatch	None	
\\u00e9	0	\u{661}\u{662}\u{663} 45	finditer		
\\u00e9	0	\u{3a3}\u{3c3}\u{3c2}\u{391}\u{3a9}	search	None	
\\u00e9	0	\u{3a3}\u{3c3}\u{3c2}\u{391}\u{3a9}	match	None	
\\u00e9	0	\u{3a3}\u{3c3}\u{3c2}\u{391}\u{3a9}	fullmatch	None	
\\u00e9	0	\u{3a3}\u{3c3}\u{3c2}\u{391}\u{3a9}	finditer		
\\u00e9	0	abcd	search	None	
\\u00e9	0	abcd	match	None	
\\u00e9	0	abcd	fullmatch	None	
\\u00e9	0	abcd	finditer		
\\u00e9	0	ab\n	search@2:1	None	
\\u00e9	0	ab\n	finditer@2:1		
\\u00e9	0	abcdefghija0	search@0:5	None	
\\u00e9	0	abcdefghija0	finditer@0:5		
\\u00e9	0	cab	search@1:2	None	
\\u00e9	0	cab	finditer@1:2		
\\U0001F600	0	"hi"	search	None	
\\U0001F600	0	"hi"	match	None	
\\U0001F600	0	"hi"	fullmatch	None	
\\U0001F600	0	"hi"	finditer		
\\U0001F600	0	ababab	search	None	
\\U0001F600	0	ababab	match	None	
\\U0001F600	0	ababab	fullmatch	None	
\\U0001F600	0	ababab	finditer		
\\U0001F600	0	the the cat	search	None	
\\U0001F600	0	the the cat	match	None	
\\U0001F600	0	the the cat	fullmatch	None	
\\U0001F600	0	the the cat	finditer		
\\U0001F600	0	\u{17f}S	search	None	
\\U0001F600	0	\u{17f}S	match	None	
\\U0001F600	0	\u{17f}S	fullmatch	None	
\\U0001F600	0	\u{17f}S	finditer		
\\U0001F600	0	 , a ,b	search	None	
\\U0001F600	0	 , a ,b	match	None	
\\U0001F600	0	 , a ,b	fullmatch	None	
\\U0001F600	0	 , a ,b	finditer		
\\U0001F600	0	a-b c_d	search	None	
\\U0001F600	0	a-b c_d	match	None	
\\U0001F600	0	a-b c_d	fullmatch	None	
\\U0001F600	0	a-b c_d	finditer		
\\U0001F600	0	K	search	None	
\\U0001F600	0	K	match	None	
\\U0001F600	0	K	fullmatch	None	
\\U0001F600	0	K	finditer		
\\U0001F600	0	aaab	search	None	
\\U0001F600	0	aaab	match	None	
\\U0001F600	0	aaab	fullmatch	None	
\\U0001F600	0	aaab	finditer		
\\U0001F600	0	x\ty	search	None	
\\U0001F600	0	x\ty	match	None	
\\U0001F600	0	x\ty	fullmatch	None	
\\U0001F600	0	x\ty	finditer		
\\U0001F600	0	bab	search	None	
\\U0001F600	0	bab	match	None	
\\U0001F600	0	bab	fullmatch	None	
\\U0001F600	0	bab	finditer		
\\U0001F600	0	\u{3a3}\u{3c3}\u{3c2}\u{391}\u{3a9}	search	None	
\\U0001F600	0	\u{3a3}\u{3c3}\u{3c2}\u{391}\u{3a9}	match	None	
\\U0001F600	0	\u{3a3}\u{3c3}\u{3c2}\u{391}\u{3a9}	fullmatch	None	
\\U0001F600	0	\u{3a3}\u{3c3}\u{3c2}\u{391}\u{3a9}	finditer		
\\U0001F600	0	\u{e9}	search	None	
\\U0001F600	0	\u{e9}	match	None	
\\U0001F600	0	\u{e9}	fullmatch	None	
\\U0001F600	0	\u{e9}	finditer		
\\U0001F600	0	john.doe@example.com	search@15:7	None	
\\U0001F600	0	john.doe@example.com	finditer@15:7		
\\U0001F600	0	abc	search@2:2	None	
\\U0001F600	0	abc	finditer@2:2		
\\U0001F600	0	ae cde abe	search@6:9	None	
\\U0001F600	0	ae cde abe	finditer@6:9		
\\U00110000	0		compile	re.error	bad escape \\U00110000 at position 0
\\0	0	\n	search	None	
\\0	0	\n	match	None	
\\0	0	\n	fullmatch	None	
\\0	0	\n	finditer		
\\0	0	the the cat	search	None	
\\0	0	the the cat	match	None	
\\0	0	the the cat	fullmatch	None	
\\0	0	the the cat	finditer		
\\0	0	a\nb\n	search	None	
\\0	0	a\nb\n	match	None	
\\0	0	a\nb\n	fullmatch	None	
\\0	0	a\nb\n	finditer		
\\0	0	A	search	None	
\\0	0	A	match	None	
\\0	0	A	fullmatch	None	
\\0	0	A	finditer		
\\0	0	\u{c9}\u{e9}SS\u{df}	search	None	
\\0	0	\u{c9}\u{e9}SS\u{df}	match	None	
\\0	0	\u{c9}\u{e9}SS\u{df}	fullmatch	None	
\\0	0	\u{c9}\u{e9}SS\u{df}	finditer		
\\0	0	abcde abc	search	None	
\\0	0	abcde abc	match	None	
\\0	0	abcde abc	fullmatch	None	
\\0	0	abcde abc	finditer		
\\0	0	ab	search	None	
\\0	0	ab	match	None	
\\0	0	ab	fullmatch	None	
\\0	0	ab	finditer		
\\0	0	ab\n	search	None	
\\0	0	ab\n	match	None	
\\0	0	ab\n	fullmatch	None	
\\0	0	ab\n	finditer		
\\0	0	foo bar	search	None	
\\0	0	foo bar	match	None	
\\0	0	foo bar	fullmatch	None	
\\0	0	foo bar	finditer		
\\0	0	\u{c9}	search	None	
\\0	0	\u{c9}	match	None	
\\0	0	\u{c9}	fullmatch	None	
\\0	0	\u{c9}	finditer		
\\0	0	"hi"	search	None	
\\0	0	"hi"	match	None	
\\0	0	"hi"	fullmatch	None	
\\0	0	"hi"	finditer		
\\0	0	K	search	None	
\\0	0	K	match	None	
\\0	0	K	fullmatch	None	
\\0	0	K	finditer		
\\0	0	the the cat	search@3:2	None	
\\0	0	the the cat	finditer@3:2		
\\0	0	\u{65e5}\u{672c}\u{8a9e}	search@0:2	None	
\\0	0	\u{65e5}\u{672c}\u{8a9e}	finditer@0:2		
\\0	0	ba	search@2:0	None	
\\0	0	ba	finditer@2:0		
\\0	2	aa	search	None	
\\0	2	aa	match	None	
\\0	2	aa	fullmatch	None	
\\0	2	aa	finditer		
\\0	2	ae cde abe	search	None	
\\0	2	ae cde abe	match	None	
\\0	2	ae cde abe	fullmatch	None	
\\0	2	ae cde abe	finditer		
\\0	2	aaab	search	None	
\\0	2	aaab	match	None	
\\0	2	aaab	fullmatch	None	
\\0	2	aaab	finditer		
\\0	2	 , a ,b	search	None	
\\0	2	 , a ,b	match	None	
\\0	2	 , a ,b	fullmatch	None	
\\0	2	 , a ,b	finditer		
\\0	2	cab	search	None	
\\0	2	cab	match	None	
\\0	2	cab	fullmatch	None	
\\0	2	cab	finditer		
\\0	2	ab\n	search	None	
\\0	2	ab\n	match	None	
\\0	2	ab\n	fullmatch	None	
\\0	2	ab\n	finditer		
\\0	2	\u{65e5}\u{672c}\u{8a9e}	search	None	
\\0	2	\u{65e5}\u{672c}\u{8a9e}	match	None	
\\0	2	\u{65e5}\u{672c}\u{8a9e}	fullmatch	None	
\\0	2	\u{65e5}\u{672c}\u{8a9e}	finditer		
\\0	2	abcabc	search	None	
\\0	2	abcabc	match	None	
\\0	2	abcabc	fullmatch	None	
\\0	2	abcabc	finditer		
\\0	2	a b c	search	None	
\\0	2	a b c	match	None	
\\0	2	a b c	fullmatch	None	
\\0	2	a b c	finditer		
\\0	2	bab	search	None	
\\0	2	bab	match	None	
\\0	2	bab	fullmatch	None	
\\0	2	bab	finditer		
\\0	2	\u{17f}S	search	None	
\\0	2	\u{17f}S	match	None	
\\0	2	\u{17f}S	fullmatch	None	
\\0	2	\u{17f}S	finditer		
\\0	2	bd cd ad	search	None	
\\0	2	bd cd ad	match	None	
\\0	2	bd cd ad	fullmatch	None	
\\0	2	bd cd ad	finditer		
\\0	2	hello world	search@2:3	None	
\\0	2	hello world	finditer@2:3		
\\0	2	abcd	search@1:4	None	
\\0	2	abcd	finditer@1:4		
\\0	2	a\nb\n	search@4:2	None	
\\0	2	a\nb\n	finditer@4:2		
\\07	0	Foo foo	search	None	
\\07	0	Foo foo	match	None	
\\07	0	Foo foo	fullmatch	None	
\\07	0	Foo foo	finditer		
\\07	0	a-b c_d	search	None	
\\07	0	a-b c_d	match	None	
\\07	0	a-b c_d	fullmatch	None	
\\07	0	a-b c_d	finditer		
\\07	0	cab	search	None	
\\07	0	cab	match	None	
\\07	0	cab	fullmatch	None	
\\07	0	cab	finditer		
\\07	0	2024-01-15	search	None	
\\07	0	2024-01-15	match	None	
\\07	0	2024-01-15	fullmatch	None	
\\07	0	2024-01-15	finditer		
\\07	0	john.doe@example.com	search	None	
\\07	0	john.doe@example.com	match	None	
\\07	0	john.doe@example.com	fullmatch	None	
\\07	0	john.doe@example.com	finditer		
\\07	0	ae cde abe	search	None	
\\07	0	ae cde abe	match	None	
\\07	0	ae cde abe	fullmatch	None	
\\07	0	ae cde abe	finditer		
\\07	0	abcd	search	None	
\\07	0	abcd	match	None	
\\07	0	abcd	fullmatch	None	
\\07	0	abcd	finditer		
\\07	0	12 345 6	search	None	
\\07	0	12 345 6	match	None	
\\07	0	12 345 6	fullmatch	None	
\\07	0	12 345 6	finditer		
\\07	0	xyz	search	None	
\\07	0	xyz	match	None	
\\07	0	xyz	fullmatch	None	
\\07	0	xyz	finditer		
\\07	0	\n	search	None	
\\07	0	\n	match	None	
\\07	0	\n	fullmatch	None	
\\07	0	\n	finditer		
\\07	0	ba	search	None	
\\07	0	ba	match	None	
\\07	0	ba	fullmatch	None	
\\07	0	ba	finditer		
\\07	0	a\nb\n	search	None	
\\07	0	a\nb\n	match	None	
\\07	0	a\nb\n	fullmatch	None	
\\07	0	a\nb\n	finditer		
\\07	0	aaab	search@4:2	None	
\\07	0	aaab	finditer@4:2		
\\07	0	a	search@1:1	None	
\\07	0	a	finditer@1:1		
\\07	0	foo bar	search@4:2	None	
\\07	0	foo bar	finditer@4:2		
\\08	0	ab	search	None	
\\08	0	ab	match	None	
\\08	0	ab	fullmatch	None	
\\08	0	ab	finditer		
\\08	0	x a\ny b	search	None	
\\08	0	x a\ny b	match	None	
\\08	0	x a\ny b	fullmatch	None	
\\08	0	x a\ny b	finditer		
\\08	0	a	search	None	
\\08	0	a	match	None	
\\08	0	a	fullmatch	None	
\\08	0	a	finditer		
\\08	0	12 345 6	search	None	
\\08	0	12 345 6	match	None	
\\08	0	12 345 6	fullmatch	None	
\\08	0	12 345 6	finditer		
\\08	0	abcdefghijkk	search	None	
\\08	0	abcdefghijkk	match	None	
\\08	0	abcdefghijkk	fullmatch	None	
\\08	0	abcdefghijkk	finditer		
\\08	0	\u{661}\u{662}\u{663} 45	search	None	
\\08	0	\u{661}\u{662}\u{663} 45	match	None	
\\08	0	\u{661}\u{662}\u{663} 45	fullmatch	None	
\\08	0	\u{661}\u{662}\u{663} 45	finditer		
\\08	0	bab	search	None	
\\08	0	bab	match	None	
\\08	0	bab	fullmatch	None	
\\08	0	bab	finditer		
\\08	0	the the cat	search	None	
\\08	0	the the cat	match	None	
\\08	0	the the cat	fullmatch	None	
\\08	0	the the cat	finditer		
\\08	0	cab	search	None	
\\08	0	cab	match	None	
\\08	0	cab	fullmatch	None	
\\08	0	cab	finditer		
\\08	0	hi"	search	None	
\\08	0	hi"	match	None	
\\08	0	hi"	fullmatch	None	
\\08	0	hi"	finditer		
\\08	0	b	search	None	
\\08	0	b	match	None	
\\08	0	b	fullmatch	None	
\\08	0	b	finditer		
\\08	0	abc	search	None	
\\08	0	abc	match	None	
\\08	0	abc	fullmatch	None	
\\08	0	abc	finditer		
\\08	0	hi"	search@2:2	None	
\\08	0	hi"	finditer@2:2		
\\08	0	abcdefghijkk	search@0:6	None	
\\08	0	abcdefghijkk	finditer@0:6		
\\08	0	cab	search@2:1	None	
\\08	0	cab	finditer@2:1		
\\101	0	ababab	search	None	
\\101	0	ababab	match	None	
\\101	0	ababab	fullmatch	None	
\\101	0	ababab	finditer		
\\101	0	2024-01-15	search	None	
\\101	0	2024-01-15	match	None	
\\101	0	2024-01-15	fullmatch	None	
\\101	0	2024-01-15	finditer		
\\101	0	aaab	search	None	
\\101	0	aaab	match	None	
\\101	0	aaab	fullmatch	None	
\\101	0	aaab	finditer		
\\101	0	A	search	0,1|None	
\\101	0	A	match	0,1|None	
\\101	0	A	fullmatch	0,1|None	
\\101	0	A	finditer	0,1|None	
\\101	0	aAaA	search	1,2|None	
\\101	0	aAaA	match	None	
\\101	0	aAaA	fullmatch	None	
\\101	0	aAaA	finditer	1,2|None 3,4|None	
\\101	0	\u{661}\u{662}\u{663} 45	search	None	
\\101	0	\u{661}\u{662}\u{663} 45	match	None	
\\101	0	\u{661}\u{662}\u{663} 45	fullmatch	None	
\\101	0	\u{661}\u{662}\u{663} 45	finditer		
\\101	0	x a\ny b	search	None	
\\101	0	x a\ny b	match	None	
\\101	0	x a\ny b	fullmatch	None	
\\101	0	x a\ny b	finditer		
\\101	0	 , a ,b	search	None	
\\101	0	 , a ,b	match	None	
\\101	0	 , a ,b	fullmatch	None	
\\101	0	 , a ,b	finditer		
\\101	0	bd cd ad	search	None	
\\101	0	bd cd ad	match	None	
\\101	0	bd cd ad	fullmatch	None	
\\101	0	bd cd ad	finditer		
\\101	0	AbC	search	0,1|None	
\\101	0	AbC	match	0,1|None	
\\101	0	AbC	fullmatch	None	
\\101	0	AbC	finditer	0,1|None	
\\101	0	ab	search	None	
\\101	0	ab	match	None	
\\101	0	ab	fullmatch	None	
\\101	0	ab	finditer		
\\101	0	ab\n	search	None	
\\101	0	ab\n	match	None	
\\101	0	ab\n	fullmatch	None	
\\101	0	ab\n	finditer		
\\101	0	ba	search@2:0	None	
\\101	0	ba	finditer@2:0		
\\101	0	 , a ,b	search@4:0	None	
\\101	0	 , a ,b	finditer@4:0		
\\101	0	x\ty	search@0:0	None	
\\101	0	x\ty	finditer@0:0		
\\400	0		compile	re.error	octal escape value \\400 outside of range 0-0o377 at position 0
[\\400]	0		compile	re.error	octal escape value \\400 outside of range 0-0o377 at position 1
\\N{EM DASH}	0	bab	search	None	
\\N{EM DASH}	0	bab	match	None	
\\N{EM DASH}	0	bab	fullmatch	None	
\\N{EM DASH}	0	bab	finditer		
\\N{EM DASH}	0	aaa	search	None	
\\N{EM DASH}	0	aaa	match	None	
\\N{EM DASH}	0	aaa	fullmatch	None	
\\N{EM DASH}	0	aaa	finditer		
\\N{EM DASH}	0	x\ty	search	None	
\\N{EM DASH}	0	x\ty	match	None	
\\N{EM DASH}	0	x\ty	fullmatch	None	
\\N{EM DASH}	0	x\ty	finditer		
\\N{EM DASH}	0	bd cd ad	search	None	
\\N{EM DASH}	0	bd cd ad	match	None	
\\N{EM DASH}	0	bd cd ad	fullmatch	None	
\\N{EM DASH}	0	bd cd ad	finditer		
\\N{EM DASH}	0	ab	search	None	
\\N{EM DASH}	0	ab	match	None	
\\N{EM DASH}	0	ab	fullmatch	None	
\\N{EM DASH}	0	ab	finditer		
\\N{EM DASH}	0	abcdefghija0	search	None	
\\N{EM DASH}	0	abcdefghija0	match	None	
\\N{EM DASH}	0	abcdefghija0	fullmatch	None	
\\N{EM DASH}	0	abcdefghija0	finditer		
\\N{EM DASH}	0	a	search	None	
\\N{EM DASH}	0	a	match	None	
\\N{EM DASH}	0	a	fullmatch	None	
\\N{EM DASH}	0	a	finditer		
\\N{EM DASH}	0	\u{c9}	search	None	
\\N{EM DASH}	0	\u{c9}	match	None	
\\N{EM DASH}	0	\u{c9}	fullmatch	None	
\\N{EM DASH}	0	\u{c9}	finditer		
\\N{EM DASH}	0	 , a ,b	search	None	
\\N{EM DASH}	0	 , a ,b	match	None	
\\N{EM DASH}	0	 , a ,b	fullmatch	None	
\\N{EM DASH}	0	 , a ,b	finditer		
\\N{EM DASH}	0	ae cde abe	search	None	
\\N{EM DASH}	0	ae cde abe	match	None	
\\N{EM DASH}	0	ae cde abe	fullmatch	None	
\\N{EM DASH}	0	ae cde abe	finditer		
\\N{EM DASH}	0	"hi"	search	None	
\\N{EM DASH}	0	"hi"	match	None	
\\N{EM DASH}	0	"hi"	fullmatch	None	
\\N{EM DASH}	0	"hi"	finditer		
\\N{EM DASH}	0	hi"	search	None	
\\N{EM DASH}	0	hi"	match	None	
\\N{EM DASH}	0	hi"	fullmatch	None	
\\N{EM DASH}	0	hi"	finditer		
\\N{EM DASH}	0	ab	search@2:0	None	
\\N{EM DASH}	0	ab	finditer@2:0		
\\N{EM DASH}	0	\u{c9}\u{e9}SS\u{df}	search@0:4	None	
\\N{EM DASH}	0	\u{c9}\u{e9}SS\u{df}	finditer@0:4		
\\N{EM DASH}	0	"hi"	search@2:4	None	
\\N{EM DASH}	0	"hi"	finditer@2:4		
\\N{NOT A NAME}	0		compile	re.error	undefined character name 'NOT A NAME' at position 0
\\N	0		compile	re.error	missing { at position 2
\\N{	0		compile	re.error	missing character name at position 3
\\8	0		compile	re.error	invalid group reference 8 at position 1
[\\8]	0		compile	re.error	bad escape \\8 at position 1
[\\A]	0		compile	re.error	bad escape \\A at position 1
\\b*	0		compile	re.error	nothing to repeat at position 2
^*	0		compile	re.error	nothing to repeat at position 1
(?=a)*	0	ab\n	search	0,0|None	
(?=a)*	0	ab\n	match	0,0|None	
(?=a)*	0	ab\n	fullmatch	None	
(?=a)*	0	ab\n	finditer	0,0|None 1,1|None 2,2|None 3,3|None	
(?=a)*	0	abc	search	0,0|None	
(?=a)*	0	abc	match	0,0|None	
(?=a)*	0	abc	fullmatch	None	
(?=a)*	0	abc	finditer	0,0|None 1,1|None 2,2|None 3,3|None	
(?=a)*	0	b	search	0,0|None	
(?=a)*	0	b	match	0,0|None	
(?=a)*	0	b	fullmatch	None	
(?=a)*	0	b	finditer	0,0|None 1,1|None	
(?=a)*	0	hello world	search	0,0|None	
(?=a)*	0	hello world	match	0,0|None	
(?=a)*	0	hello world	fullmatch	None	
(?=a)*	0	hello world	finditer	0,0|None 1,1|None 2,2|None 3,3|None 4,4|None 5,5|None 6,6|None 7,7|None 8,8|None 9,9|None 10,10|None 11,11|None	
(?=a)*	0	\n	search	0,0|None	
(?=a)*	0	\n	match	0,0|None	
(?=a)*	0	\n	fullmatch	None	
(?=a)*	0	\n	finditer	0,0|None 1,1|None	
(?=a)*	0	abcabc	search	0,0|None	
(?=a)*	0	abcabc	match	0,0|None	
(?=a)*	0	abcabc	fullmatch	None	
(?=a)*	0	abcabc	finditer	0,0|None 1,1|None 2,2|None 3,3|None 4,4|None 5,5|None 6,6|None	
(?=a)*	0	AbC	search	0,0|None	
(?=a)*	0	AbC	match	0,0|None	
(?=a)*	0	AbC	fullmatch	None	
(?=a)*	0	AbC	finditer	0,0|None 1,1|None 2,2|None 3,3|None	
(?=a)*	0	x a\ny b	search	0,0|None	
(?=a)*	0	x a\ny b	match	0,0|None	
(?=a)*	0	x a\ny b	fullmatch	None	
(?=a)*	0	x a\ny b	finditer	0,0|None 1,1|None 2,2|None 3,3|None 4,4|None 5,5|None 6,6|None 7,7|None	
(?=a)*	0	bab	search	0,0|None	
(?=a)*	0	bab	match	0,0|None	
(?=a)*	0	bab	fullmatch	None	
(?=a)*	0	bab	finditer	0,0|None 1,1|None 2,2|None 3,3|None	
(?=a)*	0	hi"	search	0,0|None	
(?=a)*	0	hi"	match	0,0|None	
(?=a)*	0	hi"	fullmatch	None	
(?=a)*	0	hi"	finditer	0,0|None 1,1|None 2,2|None 3,3|None	
(?=a)*	0	abcde abc	search	0,0|None	
(?=a)*	0	abcde abc	match	0,0|None	
(?=a)*	0	abcde abc	fullmatch	None	
(?=a)*	0	abcde abc	finditer	0,0|None 1,1|None 2,2|None 3,3|None 4,4|None 5,5|None 6,6|None 7,7|None 8,8|None 9,9|None	
(?=a)*	0	\u{c9}\u{e9}SS\u{df}	search	0,0|None	
(?=a)*	0	\u{c9}\u{e9}SS\u{df}	match	0,0|None	
(?=a)*	0	\u{c9}\u{e9}SS\u{df}	fullmatch	None	
(?=a)*	0	\u{c9}\u{e9}SS\u{df}	finditer	0,0|None 1,1|None 2,2|None 3,3|None 4,4|None 5,5|None	
(?=a)*	0	a	search@1:0	None	
(?=a)*	0	a	finditer@1:0		
(?=a)*	0	xyz	search@0:1	0,0|None	
(?=a)*	0	xyz	finditer@0:1	0,0|None 1,1|None	
(?=a)*	0	\u{65e5}\u{672c}\u{8a9e}	search@0:0	0,0|None	
(?=a)*	0	\u{65e5}\u{672c}\u{8a9e}	finditer@0:0	0,0|None	
(?=a)*	2	ba	search	0,0|None	
(?=a)*	2	ba	match	0,0|None	
(?=a)*	2	ba	fullmatch	None	
(?=a)*	2	ba	finditer	0,0|None 1,1|None 2,2|None	
(?=a)*	2	hello world	search	0,0|None	
(?=a)*	2	hello world	match	0,0|None	
(?=a)*	2	hello world	fullmatch	None	
(?=a)*	2	hello world	finditer	0,0|None 1,1|None 2,2|None 3,3|None 4,4|None 5,5|None 6,6|None 7,7|None 8,8|None 9,9|None 10,10|None 11,11|None	
(?=a)*	2	abcdefghijkk	search	0,0|None	
(?=a)*	2	abcdefghijkk	match	0,0|None	
(?=a)*	2	abcdefghijkk	fullmatch	None	
(?=a)*	2	abcdefghijkk	finditer	0,0|None 1,1|None 2,2|None 3,3|None 4,4|None 5,5|None 6,6|None 7,7|None 8,8|None 9,9|None 10,10|None 11,11|None 12,12|None	
(?=a)*	2	a	search	0,0|None	
(?=a)*	2	a	match	0,0|None	
(?=a)*	2	a	fullmatch	None	
(?=a)*	2	a	finditer	0,0|None 1,1|None	
(?=a)*	2	\u{c9}	search	0,0|None	
(?=a)*	2	\u{c9}	match	0,0|None	
(?=a)*	2	\u{c9}	fullmatch	None	
(?=a)*	2	\u{c9}	finditer	0,0|None 1,1|None	
(?=a)*	2	aa	search	0,0|None	
(?=a)*	2	aa	match	0,0|None	
(?=a)*	2	aa	fullmatch	None	
(?=a)*	2	aa	finditer	0,0|None 1,1|None 2,2|None	
(?=a)*	2	bab	search	0,0|None	
(?=a)*	2	bab	match	0,0|None	
(?=a)*	2	bab	fullmatch	None	
(?=a)*	2	bab	finditer	0,0|None 1,1|None 2,2|None 3,3|None	
(?=a)*	2	foo bar	search	0,0|None	
(?=a)*	2	foo bar	match	0,0|None	
(?=a)*	2	foo bar	fullmatch	None	
(?=a)*	2	foo bar	finditer	0,0|None 1,1|None 2,2|None 3,3|None 4,4|None 5,5|None 6,6|None 7,7|None	
(?=a)*	2	xyz	search	0,0|None	
(?=a)*	2	xyz	match	0,0|None	
(?=a)*	2	xyz	fullmatch	None	
(?=a)*	2	xyz	finditer	0,0|None 1,1|None 2,2|None 3,3|None	
(?=a)*	2	"hi"	search	0,0|None	
(?=a)*	2	"hi"	match	0,0|None	
(?=a)*	2	"hi"	fullmatch	None	
(?=a)*	2	"hi"	finditer	0,0|None 1,1|None 2,2|None 3,3|None 4,4|None	
(?=a)*	2	a-b c_d	search	0,0|None	
(?=a)*	2	a-b c_d	match	0,0|None	
(?=a)*	2	a-b c_d	fullmatch	None	
(?=a)*	2	a-b c_d	finditer	0,0|None 1,1|None 2,2|None 3,3|None 4,4|None 5,5|None 6,6|None 7,7|None	
(?=a)*	2	abc	search	0,0|None	
(?=a)*	2	abc	match	0,0|None	
(?=a)*	2	abc	fullmatch	None	
(?=a)*	2	abc	finditer	0,0|None 1,1|None 2,2|None 3,3|None	
(?=a)*	2		search@0:0	0,0|None	
(?=a)*	2		finditer@0:0	0,0|None	
(?=a)*	2	2024-01-15	search@3:6	3,3|None	
(?=a)*	2	2024-01-15	finditer@3:6	3,3|None 4,4|None 5,5|None 6,6|None	
(?=a)*	2	ab	search@1:1	1,1|None	
(?=a)*	2	ab	finditer@1:1	1,1|None	
(?<=a+)b	0		compile	re.error	look-behind requires fixed-width pattern
(?<!ab|c)d	0		compile	re.error	look-behind requires fixed-width pattern
(\\d+)-(\\d+)	0	a\nb\n	search	None	
(\\d+)-(\\d+)	0	a\nb\n	match	None	
(\\d+)-(\\d+)	0	a\nb\n	fullmatch	None	
(\\d+)-(\\d+)	0	a\nb\n	finditer		
(\\d+)-(\\d+)	0	\n	search	None	
(\\d+)-(\\d+)	0	\n	match	None	
(\\d+)-(\\d+)	0	\n	fullmatch	None	
(\\d+)-(\\d+)	0	\n	finditer		
(\\d+)-(\\d+)	0	aaa	search	None	
(\\d+)-(\\d+)	0	aaa	match	None	
(\\d+)-(\\d+)	0	aaa	fullmatch	None	
(\\d+)-(\\d+)	0	aaa	finditer		
(\\d+)-(\\d+)	0	a-b c_d	search	None	
(\\d+)-(\\d+)	0	a-b c_d	match	None	
(\\d+)-(\\d+)	0	a-b c_d	fullmatch	None	
(\\d+)-(\\d+)	0	a-b c_d	finditer		
(\\d+)-(\\d+)	0	2024-01-15	search	0,7;0,4;5,7|2	
(\\d+)-(\\d+)	0	2024-01-15	match	0,7;0,4;5,7|2	
(\\d+)-(\\d+)	0	2024-01-15	fullmatch	None	
(\\d+)-(\\d+)	0	2024-01-15	finditer	0,7;0,4;5,7|2	
(\\d+)-(\\d+)	0	"hi"	search	None	
(\\d+)-(\\d+)	0	"hi"	match	None	
(\\d+)-(\\d+)	0	"hi"	fullmatch	None	
(\\d+)-(\\d+)	0	"hi"	finditer		
(\\d+)-(\\d+)	0	abcabc	search	None	
(\\d+)-(\\d+)	0	abcabc	match	None	
(\\d+)-(\\d+)	0	abcabc	fullmatch	None	
(\\d+)-(\\d+)	0	abcabc	finditer		
(\\d+)-(\\d+)	0	x\ty	search	None	
(\\d+)-(\\d+)	0	x\ty	match	None	
(\\d+)-(\\d+)	0	x\ty	fullmatch	None	
(\\d+)-(\\d+)	0	x\ty	finditer		
(\\d+)-(\\d+)	0	aaab	search	None	
(\\d+)-(\\d+)	0	aaab	match	None	
(\\d+)-(\\d+)	0	aaab	fullmatch	None	
(\\d+)-(\\d+)	0	aaab	finditer		
(\\d+)-(\\d+)	0	K	search	None	
(\\d+)-(\\d+)	0	K	match	None	
(\\d+)-(\\d+)	0	K	fullmatch	None	
(\\d+)-(\\d+)	0	K	finditer		
(\\d+)-(\\d+)	0	abcdefghija0	search	None	
(\\d+)-(\\d+)	0	abcdefghija0	match	None	
(\\d+)-(\\d+)	0	abcdefghija0	fullmatch	None	
(\\d+)-(\\d+)	0	abcdefghija0	finditer		
(\\d+)-(\\d+)	0	\u{c9}	search	None	
(\\d+)-(\\d+)	0	\u{c9}	match	None	
(\\d+)-(\\d+)	0	\u{c9}	fullmatch	None	
(\\d+)-(\\d+)	0	\u{c9}	finditer		
(\\d+)-(\\d+)	0	foo bar	search@3:4	None	
(\\d+)-(\\d+)	0	foo bar	finditer@3:4		
(\\d+)-(\\d+)	0	Foo foo	search@7:7	None	
(\\d+)-(\\d+)	0	Foo foo	finditer@7:7		
(\\d+)-(\\d+)	0	bab	search@1:2	None	
(\\d+)-(\\d+)	0	bab	finditer@1:2		
(\\d+)-(\\d+)	2	foo bar	search	None	
(\\d+)-(\\d+)	2	foo bar	match	None	
(\\d+)-(\\d+)	2	foo bar	fullmatch	None	
(\\d+)-(\\d+)	2	foo bar	finditer		
(\\d+)-(\\d+)	2	a\nb\n	search	None	
(\\d+)-(\\d+)	2	a\nb\n	match	None	
(\\d+)-(\\d+)	2	a\nb\n	fullmatch	None	
(\\d+)-(\\d+)	2	a\nb\n	finditer		
(\\d+)-(\\d+)	2	ababab	search	None	
(\\d+)-(\\d+)	2	ababab	match	None	
(\\d+)-(\\d+)	2	ababab	fullmatch	None	
(\\d+)-(\\d+)	2	ababab	finditer		
(\\d+)-(\\d+)	2	a b c	search	None	
(\\d+)-(\\d+)	2	a b c	match	None	
(\\d+)-(\\d+)	2	a b c	fullmatch	None	
(\\d+)-(\\d+)	2	a b c	finditer		
(\\d+)-(\\d+)	2	abcde abc	search	None	
(\\d+)-(\\d+)	2	abcde abc	match	None	
(\\d+)-(\\d+)	2	abcde abc	fullmatch	None	
(\\d+)-(\\d+)	2	abcde abc	finditer		
(\\d+)-(\\d+)	2	\n	search	None	
(\\d+)-(\\d+)	2	\n	match	None	
(\\d+)-(\\d+)	2	\n	fullmatch	None	
(\\d+)-(\\d+)	2	\n	finditer		
(\\d+)-(\\d+)	2	xyz	search	None	
(\\d+)-(\\d+)	2	xyz	match	None	
(\\d+)-(\\d+)	2	xyz	fullmatch	None	
(\\d+)-(\\d+)	2	xyz	finditer		
(\\d+)-(\\d+)	2	"hi"	search	None	
(\\d+)-(\\d+)	2	"hi"	match	None	
(\\d+)-(\\d+)	2	"hi"	fullmatch	None	
(\\d+)-(\\d+)	2	"hi"	finditer		
(\\d+)-(\\d+)	2	 , a ,b	search	None	
(\\d+)-(\\d+)	2	 , a ,b	match	None	
(\\d+)-(\\d+)	2	 , a ,b	fullmatch	None	
(\\d+)-(\\d+)	2	 , a ,b	finditer		
(\\d+)-(\\d+)	2	x\ty	search	None	
(\\d+)-(\\d+)	2	x\ty	match	None	
(\\d+)-(\\d+)	2	x\ty	fullmatch	None	
(\\d+)-(\\d+)	2	x\ty	finditer		
(\\d+)-(\\d+)	2	bd cd ad	search	None	
(\\d+)-(\\d+)	2	bd cd ad	match	None	
(\\d+)-(\\d+)	2	bd cd ad	fullmatch	None	
(\\d+)-(\\d+)	2	bd cd ad	finditer		
(\\d+)-(\\d+)	2	a	search	None	
(\\d+)-(\\d+)	2	a	match	None	
(\\d+)-(\\d+)	2	a	fullmatch	None	
(\\d+)-(\\d+)	2	a	finditer		
(\\d+)-(\\d+)	2	foo bar	search@1:4	None	
(\\d+)-(\\d+)	2	foo bar	finditer@1:4		
(\\d+)-(\\d+)	2	hello world	search@8:5	None	
(\\d+)-(\\d+)	2	hello world	finditer@8:5		
(\\d+)-(\\d+)	2	AbC	search@1:0	None	
(\\d+)-(\\d+)	2	AbC	finditer@1:0		
(\\w+)@(\\w+)\\.com	0	hi"	search	None	
(\\w+)@(\\w+)\\.com	0	hi"	match	None	
(\\w+)@(\\w+)\\.com	0	hi"	fullmatch	None	
(\\w+)@(\\w+)\\.com	0	hi"	finditer		
(\\w+)@(\\w+)\\.com	0	abc	search	None	
(\\w+)@(\\w+)\\.com	0	abc	match	None	
(\\w+)@(\\w+)\\.com	0	abc	fullmatch	None	
(\\w+)@(\\w+)\\.com	0	abc	finditer		
(\\w+)@(\\w+)\\.com	0	abcdefghijkk	search	None	
(\\w+)@(\\w+)\\.com	0	abcdefghijkk	match	None	
(\\w+)@(\\w+)\\.com	0	abcdefghijkk	fullmatch	None	
(\\w+)@(\\w+)\\.com	0	abcdefghijkk	finditer		
(\\w+)@(\\w+)\\.com	0	ababab	search	None	
(\\w+)@(\\w+)\\.com	0	ababab	match	None	
(\\w+)@(\\w+)\\.com	0	ababab	fullmatch	None	
(\\w+)@(\\w+)\\.com	0	ababab	finditer		
(\\w+)@(\\w+)\\.com	0	\u{661}\u{662}\u{663} 45	search	None	
(\\w+)@(\\w+)\\.com	0	\u{661}\u{662}\u{663} 45	match	None	
(\\w+)@(\\w+)\\.com	0	\u{661}\u{662}\u{663} 45	fullmatch	None	
(\\w+)@(\\w+)\\.com	0	\u{661}\u{662}\u{663} 45	finditer		
(\\w+)@(\\w+)\\.com	0	a\nb\n	search	None	
(\\w+)@(\\w+)\\.com	0	a\nb\n	match	None	
(\\w+)@(\\w+)\\.com	0	a\nb\n	fullmatch	None	
(\\w+)@(\\w+)\\.com	0	a\nb\n	finditer		
(\\w+)@(\\w+)\\.com	0	\u{17f}S	search	None	
(\\w+)@(\\w+)\\.com	0	\u{17f}S	match	None	
(\\w+)@(\\w+)\\.com	0	\u{17f}S	fullmatch	None	
(\\w+)@(\\w+)\\.com	0	\u{17f}S	finditer		
(\\w+)@(\\w+)\\.com	0	A	search	None	
(\\w+)@(\\w+)\\.com	0	A	match	None	
(\\w+)@(\\w+)\\.com	0	A	fullmatch	None	
(\\w+)@(\\w+)\\.com	0	A	finditer		
(\\w+)@(\\w+)\\.com	0	aa	search	None	
(\\w+)@(\\w+)\\.com	0	aa	match	None	
(\\w+)@(\\w+)\\.com	0	aa	fullmatch	None	
(\\w+)@(\\w+)\\.com	0	aa	finditer		
(\\w+)@(\\w+)\\.com	0	\u{c9}	search	None	
(\\w+)@(\\w+)\\.com	0	\u{c9}	match	None	
(\\w+)@(\\w+)\\.com	0	\u{c9}	fullmatch	None	
(\\w+)@(\\w+)\\.com	0	\u{c9}	finditer		
(\\w+)@(\\w+)\\.com	0	ab\n	search	None	
(\\w+)@(\\w+)\\.com	0	ab\n	match	None	
(\\w+)@(\\w+)\\.com	0	ab\n	fullmatch	None	
(\\w+)@(\\w+)\\.com	0	ab\n	finditer		
(\\w+)@(\\w+)\\.com	0	b	search	None	
(\\w+)@(\\w+)\\.com	0	b	match	None	
(\\w+)@(\\w+)\\.com	0	b	fullmatch	None	
(\\w+)@(\\w+)\\.com	0	b	finditer		
(\\w+)@(\\w+)\\.com	0	2024-01-15	search@1:1	None	
(\\w+)@(\\w+)\\.com	0	2024-01-15	finditer@1:1		
(\\w+)@(\\w+)\\.com	0	x\ty	search@3:1	None	
(\\w+)@(\\w+)\\.com	0	x\ty	finditer@3:1		
(\\w+)@(\\w+)\\.com	0	aaab	search@3:1	None	
(\\w+)@(\\w+)\\.com	0	aaab	finditer@3:1		
(?P<year>\\d{4})-(?P<month>\\d\\d)-(?P<day>\\d\\d)	0	A	search	None	
(?P<year>\\d{4})-(?P<month>\\d\\d)-(?P<day>\\d\\d)	0	A	match	None	
(?P<year>\\d{4})-(?P<month>\\d\\d)-(?P<day>\\d\\d)	0	A	fullmatch	None	
(?P<year>\\d{4})-(?P<month>\\d\\d)-(?P<day>\\d\\d)	0	A	finditer		
(?P<year>\\d{4})-(?P<month>\\d\\d)-(?P<day>\\d\\d)	0	the the cat	search	None	
(?P<year>\\d{4})-(?P<month>\\d\\d)-(?P<day>\\d\\d)	0	the the cat	match	None	
(?P<year>\\d{4})-(?P<month>\\d\\d)-(?P<day>\\d\\d)	0	the the cat	fullmatch	None	
(?P<year>\\d{4})-(?P<month>\\d\\d)-(?P<day>\\d\\d)	0	the the cat	finditer		
(?P<year>\\d{4})-(?P<month>\\d\\d)-(?P<day>\\d\\d)	0	12 345 6	search	None	
(?P<year>\\d{4})-(?P<month>\\d\\d)-(?P<day>\\d\\d)	0	12 345 6	match	None	
(?P<year>\\d{4})-(?P<month>\\d\\d)-(?P<day>\\d\\d)	0	12 345 6	fullmatch	None	
(?P<year>\\d{4})-(?P<month>\\d\\d)-(?P<day>\\d\\d)	0	12 345 6	finditer		
(?P<year>\\d{4})-(?P<month>\\d\\d)-(?P<day>\\d\\d)	0	ab\n	search	None	
(?P<year>\\d{4})-(?P<month>\\d\\d)-(?P<day>\\d\\d)	0	ab\n	match	None	
(?P<year>\\d{4})-(?P<month>\\d\\d)-(?P<day>\\d\\d)	0	ab\n	fullmatch	None	
(?P<year>\\d{4})-(?P<month>\\d\\d)-(?P<day>\\d\\d)	0	ab\n	finditer		
(?P<year>\\d{4})-(?P<month>\\d\\d)-(?P<day>\\d\\d)	0	a-b c_d	search	None	
(?P<year>\\d{4})-(?P<month>\\d\\d)-(?P<day>\\d\\d)	0	a-b c_d	match	None	
(?P<year>\\d{4})-(?P<month>\\d\\d)-(?P<day>\\d\\d)	0	a-b c_d	fullmatch	None	
(?P<year>\\d{4})-(?P<month>\\d\\d)-(?P<day>\\d\\d)	0	a-b c_d	finditer		
(?P<year>\\d{4})-(?P<month>\\d\\d)-(?P<day>\\d\\d)	0	ab	search	None	
(?P<year>\\d{4})-(?P<month>\\d\\d)-(?P<day>\\d\\d)	0	ab	match	None	
(?P<year>\\d{4})-(?P<month>\\d\\d)-(?P<day>\\d\\d)	0	ab	fullmatch	None	
(?P<year>\\d{4})-(?P<month>\\d\\d)-(?P<day>\\d\\d)	0	ab	finditer		
(?P<year>\\d{4})-(?P<month>\\d\\d)-(?P<day>\\d\\d)	0	\u{3a3}\u{3c3}\u{3c2}\u{391}\u{3a9}	search	None	
(?P<year>\\d{4})-(?P<month>\\d\\d)-(?P<day>\\d\\d)	0	\u{3a3}\u{3c3}\u{3c2}\u{391}\u{3a9}	match	None	
(?P<year>\\d{4})-(?P<month>\\d\\d)-(?P<day>\\d\\d)	0	\u{3a3}\u{3c3}\u{3c2}\u{391}\u{3a9}	fullmatch	None	
(?P<year>\\d{4})-(?P<month>\\d\\d)-(?P<day>\\d\\d)	0	\u{3a3}\u{3c3}\u{3c2}\u{391}\u{3a9}	finditer		
(?P<year>\\d{4})-(?P<month>\\d\\d)-(?P<day>\\d\\d)	0		search	None	
(?P<year>\\d{4})-(?P<month>\\d\\d)-(?P<day>\\d\\d)	0		match	None	
(?P<year>\\d{4})-(?P<month>\\d\\d)-(?P<day>\\d\\d)	0		fullmatch	None	
(?P<year>\\d{4})-(?P<month>\\d\\d)-(?P<day>\\d\\d)	0		finditer		
(?P<year>\\d{4})-(?P<month>\\d\\d)-(?P<day>\\d\\d)	0	aaa	search	None	
(?P<year>\\d{4})-(?P<month>\\d\\d)-(?P<day>\\d\\d)	0	aaa	match	None	
(?P<year>\\d{4})-(?P<month>\\d\\d)-(?P<day>\\d\\d)	0	aaa	fullmatch	None	
(?P<year>\\d{4})-(?P<month>\\d\\d)-(?P<day>\\d\\d)	0	aaa	finditer		
(?P<year>\\d{4})-(?P<month>\\d\\d)-(?P<day>\\d\\d)	0	\u{65e5}\u{672c}\u{8a9e}	search	None	
(?P<year>\\d{4})-(?P<month>\\d\\d)-(?P<day>\\d\\d)	0	\u{65e5}\u{672c}\u{8a9e}	match	None	
(?P<year>\\d{4})-(?P<month>\\d\\d)-(?P<day>\\d\\d)	0	\u{65e5}\u{672c}\u{8a9e}	fullmatch	None	
(?P<year>\\d{4})-(?P<month>\\d\\d)-(?P<day>\\d\\d)	0	\u{65e5}\u{672c}\u{8a9e}	finditer		
(?P<year>\\d{4})-(?P<month>\\d\\d)-(?P<day>\\d\\d)	0	aa	search	None	
(?P<year>\\d{4})-(?P<month>\\d\\d)-(?P<day>\\d\\d)	0	aa	match	None	
(?P<year>\\d{4})-(?P<month>\\d\\d)-(?P<day>\\d\\d)	0	aa	fullmatch	None	
(?P<year>\\d{4})-(?P<month>\\d\\d)-(?P<day>\\d\\d)	0	aa	finditer		
(?P<year>\\d{4})-(?P<month>\\d\\d)-(?P<day>\\d\\d)	0	abcdefghijkk	search	None	
(?P<year>\\d{4})-(?P<month>\\d\\d)-(?P<day>\\d\\d)	0	abcdefghijkk	match	None	
(?P<year>\\d{4})-(?P<month>\\d\\d)-(?P<day>\\d\\d)	0	abcdefghijkk	fullmatch	None	
(?P<year>\\d{4})-(?P<month>\\d\\d)-(?P<day>\\d\\d)	0	abcdefghijkk	finditer		
(?P<year>\\d{4})-(?P<month>\\d\\d)-(?P<day>\\d\\d)	0	ab	search@0:0	None	
(?P<year>\\d{4})-(?P<month>\\d\\d)-(?P<day>\\d\\d)	0	ab	finditer@0:0		
(?P<year>\\d{4})-(?P<month>\\d\\d)-(?P<day>\\d\\d)	0	\u{c9}\u{e9}SS\u{df}	search@1:1	None	
(?P<year>\\d{4})-(?P<month>\\d\\d)-(?P<day>\\d\\d)	0	\u{c9}\u{e9}SS\u{df}	finditer@1:1		
(?P<year>\\d{4})-(?P<month>\\d\\d)-(?P<day>\\d\\d)	0	cab	search@3:1	None	
(?P<year>\\d{4})-(?P<month>\\d\\d)-(?P<day>\\d\\d)	0	cab	finditer@3:1		
^\\s*$	0	abcabc	search	None	
^\\s*$	0	abcabc	match	None	
^\\s*$	0	abcabc	fullmatch	None	
^\\s*$	0	abcabc	finditer		
^\\s*$	0	b	search	None	
^\\s*$	0	b	match	None	
^\\s*$	0	b	fullmatch	None	
^\\s*$	0	b	finditer		
^\\s*$	0	abcdefghijkk	search	None	
^\\s*$	0	abcdefghijkk	match	None	
^\\s*$	0	abcdefghijkk	fullmatch	None	
^\\s*$	0	abcdefghijkk	finditer		
^\\s*$	0	bab	search	None	
^\\s*$	0	bab	match	None	
^\\s*$	0	bab	fullmatch	None	
^\\s*$	0	bab	finditer		
^\\s*$	0	john.doe@example.com	search	None	
^\\s*$	0	john.doe@example.com	match	None	
^\\s*$	0	john.doe@example.com	fullmatch	None	
^\\s*$	0	john.doe@example.com	finditer		
^\\s*$	0	aa	search	None	
^\\s*$	0	aa	match	None	
^\\s*$	0	aa	fullmatch	None	
^\\s*$	0	aa	finditer		
^\\s*$	0	Foo foo	search	None	
^\\s*$	0	Foo foo	match	None	
^\\s*$	0	Foo foo	fullmatch	None	
^\\s*$	0	Foo foo	finditer		
^\\s*$	0	a\nb\n	search	None	
^\\s*$	0	a\nb\n	match	None	
^\\s*$	0	a\nb\n	fullmatch	None	
^\\s*$	0	a\nb\n	finditer		
^\\s*$	0	bd cd ad	search	None	
^\\s*$	0	bd cd ad	match	None	
^\\s*$	0	bd cd ad	fullmatch	None	
^\\s*$	0	bd cd ad	finditer		
^\\s*$	0	aAaA	search	None	
^\\s*$	0	aAaA	match	None	
^\\s*$	0	aAaA	fullmatch	None	
^\\s*$	0	aAaA	finditer		
^\\s*$	0	K	search	None	
^\\s*$	0	K	match	None	
^\\s*$	0	K	fullmatch	None	
^\\s*$	0	K	finditer		
^\\s*$	0	2024-01-15	search	None	
^\\s*$	0	2024-01-15	match	None	
^\\s*$	0	2024-01-15	fullmatch	None	
^\\s*$	0	2024-01-15	finditer		
^\\s*$	0	2024-01-15	search@4:2	None	
^\\s*$	0	2024-01-15	finditer@4:2		
^\\s*$	0	abcdefghijkk	search@1:2	None	
^\\s*$	0	abcdefghijkk	finditer@1:2		
^\\s*$	0	ba	search@2:1	None	
^\\s*$	0	ba	finditer@2:1		
^\\s*$	2	ababab	search	None	
^\\s*$	2	ababab	match	None	
^\\s*$	2	ababab	fullmatch	None	
^\\s*$	2	ababab	finditer		
^\\s*$	2	aaa	search	None	
^\\s*$	2	aaa	match	None	
^\\s*$	2	aaa	fullmatch	None	
^\\s*$	2	aaa	finditer		
^\\s*$	2	ba	search	None	
^\\s*$	2	ba	match	None	
^\\s*$	2	ba	fullmatch	None	
^\\s*$	2	ba	finditer		
^\\s*$	2	hello world	search	None	
^\\s*$	2	hello world	match	None	
^\\s*$	2	hello world	fullmatch	None	
^\\s*$	2	hello world	finditer		
^\\s*$	2	john.doe@example.com	search	None	
^\\s*$	2	john.doe@example.com	match	None	
^\\s*$	2	john.doe@example.com	fullmatch	None	
^\\s*$	2	john.doe@example.com	finditer		
^\\s*$	2	foo bar	search	None	
^\\s*$	2	foo bar	match	None	
^\\s*$	2	foo bar	fullmatch	None	
^\\s*$	2	foo bar	finditer		
^\\s*$	2	a-b c_d	search	None	
^\\s*$	2	a-b c_d	match	None	
^\\s*$	2	a-b c_d	fullmatch	None	
^\\s*$	2	a-b c_d	finditer		
^\\s*$	2	bd cd ad	search	None	
^\\s*$	2	bd cd ad	match	None	
^\\s*$	2	bd cd ad	fullmatch	None	
^\\s*$	2	bd cd ad	finditer		
^\\s*$	2	x a\ny b	search	None	
^\\s*$	2	x a\ny b	match	None	
^\\s*$	2	x a\ny b	fullmatch	None	
^\\s*$	2	x a\ny b	finditer		
^\\s*$	2	"hi"	search	None	
^\\s*$	2	"hi"	match	None	
^\\s*$	2	"hi"	fullmatch	None	
^\\s*$	2	"hi"	finditer		
^\\s*$	2	xyz	search	None	
^\\s*$	2	xyz	match	None	
^\\s*$	2	xyz	fullmatch	None	
^\\s*$	2	xyz	finditer		
^\\s*$	2	hi"	search	None	
^\\s*$	2	hi"	match	None	
^\\s*$	2	hi"	fullmatch	None	
^\\s*$	2	hi"	finditer		
^\\s*$	2	 , a ,b	search@4:1	None	
^\\s*$	2	 , a ,b	finditer@4:1		
^\\s*$	2	\u{17f}S	search@0:2	None	
^\\s*$	2	\u{17f}S	finditer@0:2		
^\\s*$	2	"hi"	search@1:0	None	
^\\s*$	2	"hi"	finditer@1:0		
x*	0	hello world	search	0,0|None	
x*	0	hello world	match	0,0|None	
x*	0	hello world	fullmatch	None	
x*	0	hello world	finditer	0,0|None 1,1|None 2,2|None 3,3|None 4,4|None 5,5|None 6,6|None 7,7|None 8,8|None 9,9|None 10,10|None 11,11|None	
x*	0	ababab	search	0,0|None	
x*	0	ababab	match	0,0|None	
x*	0	ababab	fullmatch	None	
x*	0	ababab	finditer	0,0|None 1,1|None 2,2|None 3,3|None 4,4|None 5,5|None 6,6|None	
x*	0	\u{661}\u{662}\u{663} 45	search	0,0|None	
x*	0	\u{661}\u{662}\u{663} 45	match	0,0|None	
x*	0	\u{661}\u{662}\u{663} 45	fullmatch	None	
x*	0	\u{661}\u{662}\u{663} 45	finditer	0,0|None 1,1|None 2,2|None 3,3|None 4,4|None 5,5|None 6,6|None	
x*	0	foo bar	search	0,0|None	
x*	0	foo bar	match	0,0|None	
x*	0	foo bar	fullmatch	None	
x*	0	foo bar	finditer	0,0|None 1,1|None 2,2|None 3,3|None 4,4|None 5,5|None 6,6|None 7,7|None	
x*	0	cab	search	0,0|None	
x*	0	cab	match	0,0|None	
x*	0	cab	fullmatch	None	
x*	0	cab	finditer	0,0|None 1,1|None 2,2|None 3,3|None	
x*	0	abcabc	search	0,0|None	
x*	0	abcabc	match	0,0|None	
x*	0	abcabc	fullmatch	None	
x*	0	abcabc	finditer	0,0|None 1,1|None 2,2|None 3,3|None 4,4|None 5,5|None 6,6|None	
x*	0	aAaA	search	0,0|None	
x*	0	aAaA	match	0,0|None	
x*	0	aAaA	fullmatch	None	
x*	0	aAaA	finditer	0,0|None 1,1|None 2,2|None 3,3|None 4,4|None	
x*	0	 , a ,b	search	0,0|None	
x*	0	 , a ,b	match	0,0|None	
x*	0	 , a ,b	fullmatch	None	
x*	0	 , a ,b	finditer	0,0|None 1,1|None 2,2|None 3,3|None 4,4|None 5,5|None 6,6|None 7,7|None	
x*	0	abcd	search	0,0|None	
x*	0	abcd	match	0,0|None	
x*	0	abcd	fullmatch	None	
x*	0	abcd	finditer	0,0|None 1,1|None 2,2|None 3,3|None 4,4|None	
x*	0	12 345 6	search	0,0|None	
x*	0	12 345 6	match	0,0|None	
x*	0	12 345 6	fullmatch	None	
x*	0	12 345 6	finditer	0,0|None 1,1|None 2,2|None 3,3|None 4,4|None 5,5|None 6,6|None 7,7|None 8,8|None	
x*	0	\u{3a3}\u{3c3}\u{3c2}\u{391}\u{3a9}	search	0,0|None	
x*	0	\u{3a3}\u{3c3}\u{3c2}\u{391}\u{3a9}	match	0,0|None	
x*	0	\u{3a3}\u{3c3}\u{3c2}\u{391}\u{3a9}	fullmatch	None	
x*	0	\u{3a3}\u{3c3}\u{3c2}\u{391}\u{3a9}	finditer	0,0|None 1,1|None 2,2|None 3,3|None 4,4|None 5,5|None	
x*	0	K	search	0,0|None	
x*	0	K	match	0,0|None	
x*	0	K	fullmatch	None	
x*	0	K	finditer	0,0|None 1,1|None	
x*	0	aaab	search@3:0	None	
x*	0	aaab	finditer@3:0		
x*	0	xyz	search@1:1	1,1|None	
x*	0	xyz	finditer@1:1	1,1|None	
x*	0	\u{65e5}\u{672c}\u{8a9e}	search@3:0	None	
x*	0	\u{65e5}\u{672c}\u{8a9e}	finditer@3:0		
\\s*,\\s*	0	a-b c_d	search	None	
\\s*,\\s*	0	a-b c_d	match	None	
\\s*,\\s*	0	a-b c_d	fullmatch	None	
\\s*,\\s*	0	a-b c_d	finditer		
\\s*,\\s*	0	\u{e9}	search	None	
\\s*,\\s*	0	\u{e9}	match	None	
\\s*,\\s*	0	\u{e9}	fullmatch	None	
\\s*,\\s*	0	\u{e9}	finditer		
\\s*,\\s*	0	hi"	search	None	
\\s*,\\s*	0	hi"	match	None	
\\s*,\\s*	0	hi"	fullmatch	None	
\\s*,\\s*	0	hi"	finditer		
\\s*,\\s*	0	aaa	search	None	
\\s*,\\s*	0	aaa	match	None	
\\s*,\\s*	0	aaa	fullmatch	None	
\\s*,\\s*	0	aaa	finditer		
\\s*,\\s*	0	12 345 6	search	None	
\\s*,\\s*	0	12 345 6	match	None	
\\s*,\\s*	0	12 345 6	fullmatch	None	
\\s*,\\s*	0	12 345 6	finditer		
\\s*,\\s*	0	cab	search	None	
\\s*,\\s*	0	cab	match	None	
\\s*,\\s*	0	cab	fullmatch	None	
\\s*,\\s*	0	cab	finditer		
\\s*,\\s*	0	aa	search	None	
\\s*,\\s*	0	aa	match	None	
\\s*,\\s*	0	aa	fullmatch	None	
\\s*,\\s*	0	aa	finditer		
\\s*,\\s*	0	foo bar	search	None	
\\s*,\\s*	0	foo bar	match	None	
\\s*,\\s*	0	foo bar	fullmatch	None	
\\s*,\\s*	0	foo bar	finditer		
\\s*,\\s*	0	abcdefghijkk	search	None	
\\s*,\\s*	0	abcdefghijkk	match	None	
\\s*,\\s*	0	abcdefghijkk	fullmatch	None	
\\s*,\\s*	0	abcdefghijkk	finditer		
\\s*,\\s*	0	A	search	None	
\\s*,\\s*	0	A	match	None	
\\s*,\\s*	0	A	fullmatch	None	
\\s*,\\s*	0	A	finditer		
\\s*,\\s*	0	a	search	None	
\\s*,\\s*	0	a	match	None	
\\s*,\\s*	0	a	fullmatch	None	
\\s*,\\s*	0	a	finditer		
\\s*,\\s*	0	abcdefghija0	search	None	
\\s*,\\s*	0	abcdefghija0	match	None	
\\s*,\\s*	0	abcdefghija0	fullmatch	None	
\\s*,\\s*	0	abcdefghija0	finditer		
\\s*,\\s*	0	AbC	search@0:3	None	
\\s*,\\s*	0	AbC	finditer@0:3		
\\s*,\\s*	0	\u{c9}\u{e9}SS\u{df}	search@0:1	None	
\\s*,\\s*	0	\u{c9}\u{e9}SS\u{df}	finditer@0:1		
\\s*,\\s*	0	\u{65e5}\u{672c}\u{8a9e}	search@2:0	None	
\\s*,\\s*	0	\u{65e5}\u{672c}\u{8a9e}	finditer@2:0		
(a)(b)(c)(d)(e)(f)(g)(h)(i)(j)(k)\\11	0	aa	search	None	
(a)(b)(c)(d)(e)(f)(g)(h)(i)(j)(k)\\11	0	aa	match	None	
(a)(b)(c)(d)(e)(f)(g)(h)(i)(j)(k)\\11	0	aa	fullmatch	None	
(a)(b)(c)(d)(e)(f)(g)(h)(i)(j)(k)\\11	0	aa	finditer		
(a)(b)(c)(d)(e)(f)(g)(h)(i)(j)(k)\\11	0	abcabc	search	None	
(a)(b)(c)(d)(e)(f)(g)(h)(i)(j)(k)\\11	0	abcabc	match	None	
(a)(b)(c)(d)(e)(f)(g)(h)(i)(j)(k)\\11	0	abcabc	fullmatch	None	
(a)(b)(c)(d)(e)(f)(g)(h)(i)(j)(k)\\11	0	abcabc	finditer		
(a)(b)(c)(d)(e)(f)(g)(h)(i)(j)(k)\\11	0	\n	search	None	
(a)(b)(c)(d)(e)(f)(g)(h)(i)(j)(k)\\11	0	\n	match	None	
(a)(b)(c)(d)(e)(f)(g)(h)(i)(j)(k)\\11	0	\n	fullmatch	None	
(a)(b)(c)(d)(e)(f)(g)(h)(i)(j)(k)\\11	0	\n	finditer		
(a)(b)(c)(d)(e)(f)(g)(h)(i)(j)(k)\\11	0	abcde abc	search	None	
(a)(b)(c)(d)(e)(f)(g)(h)(i)(j)(k)\\11	0	abcde abc	match	None	
(a)(b)(c)(d)(e)(f)(g)(h)(i)(j)(k)\\11	0	abcde abc	fullmatch	None	
(a)(b)(c)(d)(e)(f)(g)(h)(i)(j)(k)\\11	0	abcde abc	finditer		
(a)(b)(c)(d)(e)(f)(g)(h)(i)(j)(k)\\11	0	ab\n	search	None	
(a)(b)(c)(d)(e)(f)(g)(h)(i)(j)(k)\\11	0	ab\n	match	None	
(a)(b)(c)(d)(e)(f)(g)(h)(i)(j)(k)\\11	0	ab\n	fullmatch	None	
(a)(b)(c)(d)(e)(f)(g)(h)(i)(j)(k)\\11	0	ab\n	finditer		
(a)(b)(c)(d)(e)(f)(g)(h)(i)(j)(k)\\11	0	2024-01-15	search	None	
(a)(b)(c)(d)(e)(f)(g)(h)(i)(j)(k)\\11	0	2024-01-15	match	None	
(a)(b)(c)(d)(e)(f)(g)(h)(i)(j)(k)\\11	0	2024-01-15	fullmatch	None	
(a)(b)(c)(d)(e)(f)(g)(h)(i)(j)(k)\\11	0	2024-01-15	finditer		
(a)(b)(c)(d)(e)(f)(g)(h)(i)(j)(k)\\11	0	\u{3a3}\u{3c3}\u{3c2}\u{391}\u{3a9}	search	None	
(a)(b)(c)(d)(e)(f)(g)(h)(i)(j)(k)\\11	0	\u{3a3}\u{3c3}\u{3c2}\u{391}\u{3a9}	match	None	
(a)(b)(c)(d)(e)(f)(g)(h)(i)(j)(k)\\11	0	\u{3a3}\u{3c3}\u{3c2}\u{391}\u{3a9}	fullmatch	None	
(a)(b)(c)(d)(e)(f)(g)(h)(i)(j)(k)\\11	0	\u{3a3}\u{3c3}\u{3c2}\u{391}\u{3a9}	finditer		
(a)(b)(c)(d)(e)(f)(g)(h)(i)(j)(k)\\11	0	bd cd ad	search	None	
(a)(b)(c)(d)(e)(f)(g)(h)(i)(j)(k)\\11	0	bd cd ad	match	None	
(a)(b)(c)(d)(e)(f)(g)(h)(i)(j)(k)\\11	0	bd cd ad	fullmatch	None	
(a)(b)(c)(d)(e)(f)(g)(h)(i)(j)(k)\\11	0	bd cd ad	finditer		
(a)(b)(c)(d)(e)(f)(g)(h)(i)(j)(k)\\11	0	ae cde abe	search	None	
(a)(b)(c)(d)(e)(f)(g)(h)(i)(j)(k)\\11	0	ae cde abe	match	None	
(a)(b)(c)(d)(e)(f)(g)(h)(i)(j)(k)\\11	0	ae cde abe	fullmatch	None	
(a)(b)(c)(d)(e)(f)(g)(h)(i)(j)(k)\\11	0	ae cde abe	finditer		
(a)(b)(c)(d)(e)(f)(g)(h)(i)(j)(k)\\11	0	john.doe@example.com	search	None	
(a)(b)(c)(d)(e)(f)(g)(h)(i)(j)(k)\\11	0	john.doe@example.com	match	None	
(a)(b)(c)(d)(e)(f)(g)(h)(i)(j)(k)\\11	0	john.doe@example.com	fullmatch	None	
(a)(b)(c)(d)(e)(f)(g)(h)(i)(j)(k)\\11	0	john.doe@example.com	finditer		
(a)(b)(c)(d)(e)(f)(g)(h)(i)(j)(k)\\11	0	cab	search	None	
(a)(b)(c)(d)(e)(f)(g)(h)(i)(j)(k)\\11	0	cab	match	None	
(a)(b)(c)(d)(e)(f)(g)(h)(i)(j)(k)\\11	0	cab	fullmatch	None	
(a)(b)(c)(d)(e)(f)(g)(h)(i)(j)(k)\\11	0	cab	finditer		
(a)(b)(c)(d)(e)(f)(g)(h)(i)(j)(k)\\11	0	aaab	search	None	
(a)(b)(c)(d)(e)(f)(g)(h)(i)(j)(k)\\11	0	aaab	match	None	
(a)(b)(c)(d)(e)(f)(g)(h)(i)(j)(k)\\11	0	aaab	fullmatch	None	
(a)(b)(c)(d)(e)(f)(g)(h)(i)(j)(k)\\11	0	aaab	finditer		
(a)(b)(c)(d)(e)(f)(g)(h)(i)(j)(k)\\11	0	bab	search@3:3	None	
(a)(b)(c)(d)(e)(f)(g)(h)(i)(j)(k)\\11	0	bab	finditer@3:3		
(a)(b)(c)(d)(e)(f)(g)(h)(i)(j)(k)\\11	0	a-b c_d	search@7:4	None	
(a)(b)(c)(d)(e)(f)(g)(h)(i)(j)(k)\\11	0	a-b c_d	finditer@7:4		
(a)(b)(c)(d)(e)(f)(g)(h)(i)(j)(k)\\11	0	abcde abc	search@5:7	None	
(a)(b)(c)(d)(e)(f)(g)(h)(i)(j)(k)\\11	0	abcde abc	finditer@5:7		
(a)(b)(c)(d)(e)(f)(g)(h)(i)(j)\\11	0		compile	re.error	invalid group reference 11 at position 31
\\1(a)	0		compile	re.error	invalid group reference 1 at position 1
\\1(a)	2		compile	re.error	invalid group reference 1 at position 1
(?i)\u{c9}	0	x\ty	search	None	
(?i)\u{c9}	0	x\ty	match	None	
(?i)\u{c9}	0	x\ty	fullmatch	None	
(?i)\u{c9}	0	x\ty	finditer		
(?i)\u{c9}	0	cab	search	None	
(?i)\u{c9}	0	cab	match	None	
(?i)\u{c9}	0	cab	fullmatch	None	
(?i)\u{c9}	0	cab	finditer		
(?i)\u{c9}	0	K	search	None	
(?i)\u{c9}	0	K	match	None	
(?i)\u{c9}	0	K	fullmatch	None	
(?i)\u{c9}	0	K	finditer		
(?i)\u{c9}	0	\u{661}\u{662}\u{663} 45	search	None	
(?i)\u{c9}	0	\u{661}\u{662}\u{663} 45	match	None	
(?i)\u{c9}	0	\u{661}\u{662}\u{663} 45	fullmatch	None	
(?i)\u{c9}	0	\u{661}\u{662}\u{663} 45	finditer		
(?i)\u{c9}	0	ab\n	search	None	
(?i)\u{c9}	0	ab\n	match	None	
(?i)\u{c9}	0	ab\n	fullmatch	None	
(?i)\u{c9}	0	ab\n	finditer		
(?i)\u{c9}	0	12 345 6	search	None	
(?i)\u{c9}	0	12 345 6	match	None	
(?i)\u{c9}	0	12 345 6	fullmatch	None	
(?i)\u{c9}	0	12 345 6	finditer		
(?i)\u{c9}	0	abcdefghijkk	search	None	
(?i)\u{c9}	0	abcdefghijkk	match	None	
(?i)\u{c9}	0	abcdefghijkk	fullmatch	None	
(?i)\u{c9}	0	abcdefghijkk	finditer		
(?i)\u{c9}	0	john.doe@example.com	search	None	
(?i)\u{c9}	0	john.doe@example.com	match	None	
(?i)\u{c9}	0	john.doe@example.com	fullmatch	None	
(?i)\u{c9}	0	john.doe@example.com	finditer		
(?i)\u{c9}	0	a\nb\n	search	None	
(?i)\u{c9}	0	a\nb\n	match	None	
(?i)\u{c9}	0	a\nb\n	fullmatch	None	
(?i)\u{c9}	0	a\nb\n	finditer		
(?i)\u{c9}	0	ababab	search	None	
(?i)\u{c9}	0	ababab	match	None	
(?i)\u{c9}	0	ababab	fullmatch	None	
(?i)\u{c9}	0	ababab	finditer		
(?i)\u{c9}	0	a-b c_d	search	None	
(?i)\u{c9}	0	a-b c_d	match	None	
(?i)\u{c9}	0	a-b c_d	fullmatch	None	
(?i)\u{c9}	0	a-b c_d	finditer		
(?i)\u{c9}	0	\u{e9}	search	0,1|None	
(?i)\u{c9}	0	\u{e9}	match	0,1|None	
(?i)\u{c9}	0	\u{e9}	fullmatch	0,1|None	
(?i)\u{c9}	0	\u{e9}	finditer	0,1|None	
(?i)\u{c9}	0	cab	search@2:0	None	
(?i)\u{c9}	0	cab	finditer@2:0		
(?i)\u{c9}	0	ae cde abe	search@10:10	None	
(?i)\u{c9}	0	ae cde abe	finditer@10:10		
(?i)\u{c9}	0	abcabc	search@0:2	None	
(?i)\u{c9}	0	abcabc	finditer@0:2		
(?i)\u{c9}	2	\u{3a3}\u{3c3}\u{3c2}\u{391}\u{3a9}	search	None	
(?i)\u{c9}	2	\u{3a3}\u{3c3}\u{3c2}\u{391}\u{3a9}	match	None	
(?i)\u{c9}	2	\u{3a3}\u{3c3}\u{3c2}\u{391}\u{3a9}	fullmatch	None	
(?i)\u{c9}	2	\u{3a3}\u{3c3}\u{3c2}\u{391}\u{3a9}	finditer		
(?i)\u{c9}	2	ab\n	search	None	
(?i)\u{c9}	2	ab\n	match	None	
(?i)\u{c9}	2	ab\n	fullmatch	None	
(?i)\u{c9}	2	ab\n	finditer		
(?i)\u{c9}	2	ba	search	None	
(?i)\u{c9}	2	ba	match	None	
(?i)\u{c9}	2	ba	fullmatch	None	
(?i)\u{c9}	2	ba	finditer		
(?i)\u{c9}	2	\u{65e5}\u{672c}\u{8a9e}	search	None	
(?i)\u{c9}	2	\u{65e5}\u{672c}\u{8a9e}	match	None	
(?i)\u{c9}	2	\u{65e5}\u{672c}\u{8a9e}	fullmatch	None	
(?i)\u{c9}	2	\u{65e5}\u{672c}\u{8a9e}	finditer		
(?i)\u{c9}	2	\u{661}\u{662}\u{663} 45	search	None	
(?i)\u{c9}	2	\u{661}\u{662}\u{663} 45	match	None	
(?i)\u{c9}	2	\u{661}\u{662}\u{663} 45	fullmatch	None	
(?i)\u{c9}	2	\u{661}\u{662}\u{663} 45	finditer		
(?i)\u{c9}	2	a b c	search	None	
(?i)\u{c9}	2	a b c	match	None	
(?i)\u{c9}	2	a b c	fullmatch	None	
(?i)\u{c9}	2	a b c	finditer		
(?i)\u{c9}	2	the the cat	search	None	
(?i)\u{c9}	2	the the cat	match	None	
(?i)\u{c9}	2	the the cat	fullmatch	None	
(?i)\u{c9}	2	the the cat	finditer		
(?i)\u{c9}	2		search	None	
(?i)\u{c9}	2		match	None	
(?i)\u{c9}	2		fullmatch	None	
(?i)\u{c9}	2		finditer		
(?i)\u{c9}	2	ae cde abe	search	None	
(?i)\u{c9}	2	ae cde abe	match	None	
(?i)\u{c9}	2	ae cde abe	fullmatch	None	
(?i)\u{c9}	2	ae cde abe	finditer		
(?i)\u{c9}	2	\u{e9}	search	0,1|None	
(?i)\u{c9}	2	\u{e9}	match	0,1|None	
(?i)\u{c9}	2	\u{e9}	fullmatch	0,1|None	
(?i)\u{c9}	2	\u{e9}	finditer	0,1|None	
(?i)\u{c9}	2	x a\ny b	search	None	
(?i)\u{c9}	2	x a\ny b	match	None	
(?i)\u{c9}	2	x a\ny b	fullmatch	None	
(?i)\u{c9}	2	x a\ny b	finditer		
(?i)\u{c9}	2	abcde abc	search	None	
(?i)\u{c9}	2	abcde abc	match	None	
(?i)\u{c9}	2	abcde abc	fullmatch	None	
(?i)\u{c9}	2	abcde abc	finditer		
(?i)\u{c9}	2	 , a ,b	search@0:1	None	
(?i)\u{c9}	2	 , a ,b	finditer@0:1		
(?i)\u{c9}	2	aAaA	search@2:3	None	
(?i)\u{c9}	2	aAaA	finditer@2:3		
(?i)\u{c9}	2	K	search@1:0	None	
(?i)\u{c9}	2	K	finditer@1:0		
(?i)\u{e9}	0	a	search	None	
(?i)\u{e9}	0	a	match	None	
(?i)\u{e9}	0	a	fullmatch	None	
(?i)\u{e9}	0	a	finditer		
(?i)\u{e9}	0	x a\ny b	search	None	
(?i)\u{e9}	0	x a\ny b	match	None	
(?i)\u{e9}	0	x a\ny b	fullmatch	None	
(?i)\u{e9}	0	x a\ny b	finditer		
(?i)\u{e9}	0	hi"	search	None	
(?i)\u{e9}	0	hi"	match	None	
(?i)\u{e9}	0	hi"	fullmatch	None	
(?i)\u{e9}	0	hi"	finditer		
(?i)\u{e9}	0	\u{17f}S	search	None	
(?i)\u{e9}	0	\u{17f}S	match	None	
(?i)\u{e9}	0	\u{17f}S	fullmatch	None	
(?i)\u{e9}	0	\u{17f}S	finditer		
(?i)\u{e9}	0	aaa	search	None	
(?i)\u{e9}	0	aaa	match	None	
(?i)\u{e9}	0	aaa	fullmatch	None	
(?i)\u{e9}	0	aaa	finditer		
(?i)\u{e9}	0	abc	search	None	
(?i)\u{e9}	0	abc	match	None	
(?i)\u{e9}	0	abc	fullmatch	None	
(?i)\u{e9}	0	abc	finditer		
(?i)\u{e9}	0	abcdefghijkk	search	None	
(?i)\u{e9}	0	abcdefghijkk	match	None	
(?i)\u{e9}	0	abcdefghijkk	fullmatch	None	
(?i)\u{e9}	0	abcdefghijkk	finditer		
(?i)\u{e9}	0	ababab	search	None	
(?i)\u{e9}	0	ababab	match	None	
(?i)\u{e9}	0	ababab	fullmatch	None	
(?i)\u{e9}	0	ababab	finditer		
(?i)\u{e9}	0	a\nb\n	search	None	
(?i)\u{e9}	0	a\nb\n	match	None	
(?i)\u{e9}	0	a\nb\n	fullmatch	None	
(?i)\u{e9}	0	a\nb\n	finditer		
(?i)\u{e9}	0	a-b c_d	search	None	
(?i)\u{e9}	0	a-b c_d	match	None	
(?i)\u{e9}	0	a-b c_d	fullmatch	None	
(?i)\u{e9}	0	a-b c_d	finditer		
(?i)\u{e9}	0	\u{e9}	search	0,1|None	
(?i)\u{e9}	0	\u{e9}	match	0,1|None	
(?i)\u{e9}	0	\u{e9}	fullmatch	0,1|None	
(?i)\u{e9}	0	\u{e9}	finditer	0,1|None	
(?i)\u{e9}	0	aa	search	None	
(?i)\u{e9}	0	aa	match	None	
(?i)\u{e9}	0	aa	fullmatch	None	
(?i)\u{e9}	0	aa	finditer		
(?i)\u{e9}	0	\n	search@0:1	None	
(?i)\u{e9}	0	\n	finditer@0:1		
(?i)\u{e9}	0	Foo foo	search@5:0	None	
(?i)\u{e9}	0	Foo foo	finditer@5:0		
(?i)\u{e9}	0	aAaA	search@0:3	None	
(?i)\u{e9}	0	aAaA	finditer@0:3		
(?i)\u{df}	0	bab	search	None	
(?i)\u{df}	0	bab	match	None	
(?i)\u{df}	0	bab	fullmatch	None	
(?i)\u{df}	0	bab	finditer		
(?i)\u{df}	0	12 345 6	search	None	
(?i)\u{df}	0	12 345 6	match	None	
(?i)\u{df}	0	12 345 6	fullmatch	None	
(?i)\u{df}	0	12 345 6	finditer		
(?i)\u{df}	0	john.doe@example.com	search	None	
(?i)\u{df}	0	john.doe@example.com	match	None	
(?i)\u{df}	0	john.doe@example.com	fullmatch	None	
(?i)\u{df}	0	john.doe@example.com	finditer		
(?i)\u{df}	0	x\ty	search	None	
(?i)\u{df}	0	x\ty	match	None	
(?i)\u{df}	0	x\ty	fullmatch	None	
(?i)\u{df}	0	x\ty	finditer		
(?i)\u{df}	0	\u{661}\u{662}\u{663} 45	search	None	
(?i)\u{df}	0	\u{661}\u{662}\u{663} 45	match	None	
(?i)\u{df}	0	\u{661}\u{662}\u{663} 45	fullmatch	None	
(?i)\u{df}	0	\u{661}\u{662}\u{663} 45	finditer		
(?i)\u{df}	0	ababab	search	None	
(?i)\u{df}	0	ababab	match	None	
(?i)\u{df}	0	ababab	fullmatch	None	
(?i)\u{df}	0	ababab	finditer		
(?i)\u{df}	0	abcabc	search	None	
(?i)\u{df}	0	abcabc	match	None	
(?i)\u{df}	0	abcabc	fullmatch	None	
(?i)\u{df}	0	abcabc	finditer		
(?i)\u{df}	0	Foo foo	search	None	
(?i)\u{df}	0	Foo foo	match	None	
(?i)\u{df}	0	Foo foo	fullmatch	None	
(?i)\u{df}	0	Foo foo	finditer		
(?i)\u{df}	0	A	search	None	
(?i)\u{df}	0	A	match	None	
(?i)\u{df}	0	A	fullmatch	None	
(?i)\u{df}	0	A	finditer		
(?i)\u{df}	0	\u{17f}S	search	None	
(?i)\u{df}	0	\u{17f}S	match	None	
(?i)\u{df}	0	\u{17f}S	fullmatch	None	
(?i)\u{df}	0	\u{17f}S	finditer		
(?i)\u{df}	0	hello world	search	None	
(?i)\u{df}	0	hello world	match	None	
(?i)\u{df}	0	hello world	fullmatch	None	
(?i)\u{df}	0	hello world	finditer		
(?i)\u{df}	0	b	search	None	
(?i)\u{df}	0	b	match	None	
(?i)\u{df}	0	b	fullmatch	None	
(?i)\u{df}	0	b	finditer		
(?i)\u{df}	0	ababab	search@5:2	None	
(?i)\u{df}	0	ababab	finditer@5:2		
(?i)\u{df}	0	a\nb\n	search@2:1	None	
(?i)\u{df}	0	a\nb\n	finditer@2:1		
(?i)\u{df}	0	abcdefghijkk	search@1:7	None	
(?i)\u{df}	0	abcdefghijkk	finditer@1:7		
(?i)\u{df}	2	hello world	search	None	
(?i)\u{df}	2	hello world	match	None	
(?i)\u{df}	2	hello world	fullmatch	None	
(?i)\u{df}	2	hello world	finditer		
(?i)\u{df}	2	bd cd ad	search	None	
(?i)\u{df}	2	bd cd ad	match	None	
(?i)\u{df}	2	bd cd ad	fullmatch	None	
(?i)\u{df}	2	bd cd ad	finditer		
(?i)\u{df}	2	a\nb\n	search	None	
(?i)\u{df}	2	a\nb\n	match	None	
(?i)\u{df}	2	a\nb\n	fullmatch	None	
(?i)\u{df}	2	a\nb\n	finditer		
(?i)\u{df}	2	aa	search	None	
(?i)\u{df}	2	aa	match	None	
(?i)\u{df}	2	aa	fullmatch	None	
(?i)\u{df}	2	aa	finditer		
(?i)\u{df}	2	a	search	None	
(?i)\u{df}	2	a	match	None	
(?i)\u{df}	2	a	fullmatch	None	
(?i)\u{df}	2	a	finditer		
(?i)\u{df}	2	\u{661}\u{662}\u{663} 45	search	None	
(?i)\u{df}	2	\u{661}\u{662}\u{663} 45	match	None	
(?i)\u{df}	2	\u{661}\u{662}\u{663} 45	fullmatch	None	
(?i)\u{df}	2	\u{661}\u{662}\u{663} 45	finditer		
(?i)\u{df}	2	abcabc	search	None	
(?i)\u{df}	2	abcabc	match	None	
(?i)\u{df}	2	abcabc	fullmatch	None	
(?i)\u{df}	2	abcabc	finditer		
(?i)\u{df}	2	\u{3a3}\u{3c3}\u{3c2}\u{391}\u{3a9}	search	None	
(?i)\u{df}	2	\u{3a3}\u{3c3}\u{3c2}\u{391}\u{3a9}	match	None	
(?i)\u{df}	2	\u{3a3}\u{3c3}\u{3c2}\u{391}\u{3a9}	fullmatch	None	
(?i)\u{df}	2	\u{3a3}\u{3c3}\u{3c2}\u{391}\u{3a9}	finditer		
(?i)\u{df}	2	abcde abc	search	None	
(?i)\u{df}	2	abcde abc	match	None	
(?i)\u{df}	2	abcde abc	fullmatch	None	
(?i)\u{df}	2	abcde abc	finditer		
(?i)\u{df}	2	\u{e9}	search	None	
(?i)\u{df}	2	\u{e9}	match	None	
(?i)\u{df}	2	\u{e9}	fullmatch	None	
(?i)\u{df}	2	\u{e9}	finditer		
(?i)\u{df}	2	ab	search	None	
(?i)\u{df}	2	ab	match	None	
(?i)\u{df}	2	ab	fullmatch	None	
(?i)\u{df}	2	ab	finditer		
(?i)\u{df}	2	cab	search	None	
(?i)\u{df}	2	cab	match	None	
(?i)\u{df}	2	cab	fullmatch	None	
(?i)\u{df}	2	cab	finditer		
(?i)\u{df}	2	ba	search@1:1	None	
(?i)\u{df}	2	ba	finditer@1:1		
(?i)\u{df}	2	\n	search@1:0	None	
(?i)\u{df}	2	\n	finditer@1:0		
(?i)\u{df}	2	12 345 6	search@4:2	None	
(?i)\u{df}	2	12 345 6	finditer@4:2		
(?i)\u{17f}	0	x\ty	search	None	
(?i)\u{17f}	0	x\ty	match	None	
(?i)\u{17f}	0	x\ty	fullmatch	None	
(?i)\u{17f}	0	x\ty	finditer		
(?i)\u{17f}	0	aaa	search	None	
(?i)\u{17f}	0	aaa	match	None	
(?i)\u{17f}	0	aaa	fullmatch	None	
(?i)\u{17f}	0	aaa	finditer		
(?i)\u{17f}	0	\u{c9}\u{e9}SS\u{df}	search	2,3|None	
(?i)\u{17f}	0	\u{c9}\u{e9}SS\u{df}	match	None	
(?i)\u{17f}	0	\u{c9}\u{e9}SS\u{df}	fullmatch	None	
(?i)\u{17f}	0	\u{c9}\u{e9}SS\u{df}	finditer	2,3|None 3,4|None	
(?i)\u{17f}	0	\u{c9}	search	None	
(?i)\u{17f}	0	\u{c9}	match	None	
(?i)\u{17f}	0	\u{c9}	fullmatch	None	
(?i)\u{17f}	0	\u{c9}	finditer		
(?i)\u{17f}	0	\u{e9}	search	None	
(?i)\u{17f}	0	\u{e9}	match	None	
(?i)\u{17f}	0	\u{e9}	fullmatch	None	
(?i)\u{17f}	0	\u{e9}	finditer		
(?i)\u{17f}	0		search	None	
(?i)\u{17f}	0		match	None	
(?i)\u{17f}	0		fullmatch	None	
(?i)\u{17f}	0		finditer		
(?i)\u{17f}	0	 , a ,b	search	None	
(?i)\u{17f}	0	 , a ,b	match	None	
(?i)\u{17f}	0	 , a ,b	fullmatch	None	
(?i)\u{17f}	0	 , a ,b	finditer		
(?i)\u{17f}	0	\n	search	None	
(?i)\u{17f}	0	\n	match	None	
(?i)\u{17f}	0	\n	fullmatch	None	
(?i)\u{17f}	0	\n	finditer		
(?i)\u{17f}	0	\u{65e5}\u{672c}\u{8a9e}	search	None	
(?i)\u{17f}	0	\u{65e5}\u{672c}\u{8a9e}	match	None	
(?i)\u{17f}	0	\u{65e5}\u{672c}\u{8a9e}	fullmatch	None	
(?i)\u{17f}	0	\u{65e5}\u{672c}\u{8a9e}	finditer		
(?i)\u{17f}	0	abcde abc	search	None	
(?i)\u{17f}	0	abcde abc	match	None	
(?i)\u{17f}	0	abcde abc	fullmatch	None	
(?i)\u{17f}	0	abcde abc	finditer		
(?i)\u{17f}	0	AbC	search	None	
(?i)\u{17f}	0	AbC	match	None	
(?i)\u{17f}	0	AbC	fullmatch	None	
(?i)\u{17f}	0	AbC	finditer		
(?i)\u{17f}	0	the the cat	search	None	
(?i)\u{17f}	0	the the cat	match	None	
(?i)\u{17f}	0	the the cat	fullmatch	None	
(?i)\u{17f}	0	the the cat	finditer		
(?i)\u{17f}	0	bd cd ad	search@0:2	None	
(?i)\u{17f}	0	bd cd ad	finditer@0:2		
(?i)\u{17f}	0	aaab	search@3:1	None	
(?i)\u{17f}	0	aaab	finditer@3:1		
(?i)\u{17f}	0	aa	search@0:2	None	
(?i)\u{17f}	0	aa	finditer@0:2		
(?i)s	0	ba	search	None	
(?i)s	0	ba	match	None	
(?i)s	0	ba	fullmatch	None	
(?i)s	0	ba	finditer		
(?i)s	0	ae cde abe	search	None	
(?i)s	0	ae cde abe	match	None	
(?i)s	0	ae cde abe	fullmatch	None	
(?i)s	0	ae cde abe	finditer		
(?i)s	0	bab	search	None	
(?i)s	0	bab	match	None	
(?i)s	0	bab	fullmatch	None	
(?i)s	0	bab	finditer		
(?i)s	0	"hi"	search	None	
(?i)s	0	"hi"	match	None	
(?i)s	0	"hi"	fullmatch	None	
(?i)s	0	"hi"	finditer		
(?i)s	0	\u{c9}\u{e9}SS\u{df}	search	2,3|None	
(?i)s	0	\u{c9}\u{e9}SS\u{df}	match	None	
(?i)s	0	\u{c9}\u{e9}SS\u{df}	fullmatch	None	
(?i)s	0	\u{c9}\u{e9}SS\u{df}	finditer	2,3|None 3,4|None	
(?i)s	0	john.doe@example.com	search	None	
(?i)s	0	john.doe@example.com	match	None	
(?i)s	0	john.doe@example.com	fullmatch	None	
(?i)s	0	john.doe@example.com	finditer		
(?i)s	0	K	search	None	
(?i)s	0	K	match	None	
(?i)s	0	K	fullmatch	None	
(?i)s	0	K	finditer		
(?i)s	0	x a\ny b	search	None	
(?i)s	0	x a\ny b	match	None	
(?i)s	0	x a\ny b	fullmatch	None	
(?i)s	0	x a\ny b	finditer		
(?i)s	0	foo bar	search	None	
(?i)s	0	foo bar	match	None	
(?i)s	0	foo bar	fullmatch	None	
(?i)s	0	foo bar	finditer		
(?i)s	0	a	search	None	
(?i)s	0	a	match	None	
(?i)s	0	a	fullmatch	None	
(?i)s	0	a	finditer		
(?i)s	0	aAaA	search	None	
(?i)s	0	aAaA	match	None	
(?i)s	0	aAaA	fullmatch	None	
(?i)s	0	aAaA	finditer		
(?i)s	0	abcd	search	None	
(?i)s	0	abcd	match	None	
(?i)s	0	abcd	fullmatch	None	
(?i)s	0	abcd	finditer		
(?i)s	0	abcabc	search@2:4	None	
(?i)s	0	abcabc	finditer@2:4		
(?i)s	0	aaa	search@2:3	None	
(?i)s	0	aaa	finditer@2:3		
(?i)s	0	a	search@0:1	None	
(?i)s	0	a	finditer@0:1		
(?i)k	0	A	search	None	
(?i)k	0	A	match	None	
(?i)k	0	A	fullmatch	None	
(?i)k	0	A	finditer		
(?i)k	0	"hi"	search	None	
(?i)k	0	"hi"	match	None	
(?i)k	0	"hi"	fullmatch	None	
(?i)k	0	"hi"	finditer		
(?i)k	0	\u{65e5}\u{672c}\u{8a9e}	search	None	
(?i)k	0	\u{65e5}\u{672c}\u{8a9e}	match	None	
(?i)k	0	\u{65e5}\u{672c}\u{8a9e}	fullmatch	None	
(?i)k	0	\u{65e5}\u{672c}\u{8a9e}	finditer		
(?i)k	0	ab	search	None	
(?i)k	0	ab	match	None	
(?i)k	0	ab	fullmatch	None	
(?i)k	0	ab	finditer		
(?i)k	0	aa	search	None	
(?i)k	0	aa	match	None	
(?i)k	0	aa	fullmatch	None	
(?i)k	0	aa	finditer		
(?i)k	0	abcd	search	None	
(?i)k	0	abcd	match	None	
(?i)k	0	abcd	fullmatch	None	
(?i)k	0	abcd	finditer		
(?i)k	0	hi"	search	None	
(?i)k	0	hi"	match	None	
(?i)k	0	hi"	fullmatch	None	
(?i)k	0	hi"	finditer		
(?i)k	0	aaa	search	None	
(?i)k	0	aaa	match	None	
(?i)k	0	aaa	fullmatch	None	
(?i)k	0	aaa	finditer		
(?i)k	0	\u{3a3}\u{3c3}\u{3c2}\u{391}\u{3a9}	search	None	
(?i)k	0	\u{3a3}\u{3c3}\u{3c2}\u{391}\u{3a9}	match	None	
(?i)k	0	\u{3a3}\u{3c3}\u{3c2}\u{391}\u{3a9}	fullmatch	None	
(?i)k	0	\u{3a3}\u{3c3}\u{3c2}\u{391}\u{3a9}	finditer		
(?i)k	0	abcdefghijkk	search	10,11|None	
(?i)k	0	abcdefghijkk	match	None	
(?i)k	0	abcdefghijkk	fullmatch	None	
(?i)k	0	abcdefghijkk	finditer	10,11|None 11,12|None	
(?i)k	0	a\nb\n	search	None	
(?i)k	0	a\nb\n	match	None	
(?i)k	0	a\nb\n	fullmatch	None	
(?i)k	0	a\nb\n	finditer		
(?i)k	0	12 345 6	search	None	
(?i)k	0	12 345 6	match	None	
(?i)k	0	12 345 6	fullmatch	None	
(?i)k	0	12 345 6	finditer		
(?i)k	0	Foo foo	search@3:6	None	
(?i)k	0	Foo foo	finditer@3:6		
(?i)k	0	a-b c_d	search@5:6	None	
(?i)k	0	a-b c_d	finditer@5:6		
(?i)k	0	2024-01-15	search@1:5	None	
(?i)k	0	2024-01-15	finditer@1:5		
(?i)[k]	0	aaab	search	None	
(?i)[k]	0	aaab	match	None	
(?i)[k]	0	aaab	fullmatch	None	
(?i)[k]	0	aaab	finditer		
(?i)[k]	0	12 345 6	search	None	
(?i)[k]	0	12 345 6	match	None	
(?i)[k]	0	12 345 6	fullmatch	None	
(?i)[k]	0	12 345 6	finditer		
(?i)[k]	0	"hi"	search	None	
(?i)[k]	0	"hi"	match	None	
(?i)[k]	0	"hi"	fullmatch	None	
(?i)[k]	0	"hi"	finditer		
(?i)[k]	0	aAaA	search	None	
(?i)[k]	0	aAaA	match	None	
(?i)[k]	0	aAaA	fullmatch	None	
(?i)[k]	0	aAaA	finditer		
(?i)[k]	0	hi"	search	None	
(?i)[k]	0	hi"	match	None	
(?i)[k]	0	hi"	fullmatch	None	
(?i)[k]	0	hi"	finditer		
(?i)[k]	0	\u{c9}	search	None	
(?i)[k]	0	\u{c9}	match	None	
(?i)[k]	0	\u{c9}	fullmatch	None	
(?i)[k]	0	\u{c9}	finditer		
(?i)[k]	0	A	search	None	
(?i)[k]	0	A	match	None	
(?i)[k]	0	A	fullmatch	None	
(?i)[k]	0	A	finditer		
(?i)[k]	0	x\ty	search	None	
(?i)[k]	0	x\ty	match	None	
(?i)[k]	0	x\ty	fullmatch	None	
(?i)[k]	0	x\ty	finditer		
(?i)[k]	0	a\nb\n	search	None	
(?i)[k]	0	a\nb\n	match	None	
(?i)[k]	0	a\nb\n	fullmatch	None	
(?i)[k]	0	a\nb\n	finditer		
(?i)[k]	0	\u{3a3}\u{3c3}\u{3c2}\u{391}\u{3a9}	search	None	
(?i)[k]	0	\u{3a3}\u{3c3}\u{3c2}\u{391}\u{3a9}	match	None	
(?i)[k]	0	\u{3a3}\u{3c3}\u{3c2}\u{391}\u{3a9}	fullmatch	None	
(?i)[k]	0	\u{3a3}\u{3c3}\u{3c2}\u{391}\u{3a9}	finditer		
(?i)[k]	0	abc	search	None	
(?i)[k]	0	abc	match	None	
(?i)[k]	0	abc	fullmatch	None	
(?i)[k]	0	abc	finditer		
(?i)[k]	0	ba	search	None	
(?i)[k]	0	ba	match	None	
(?i)[k]	0	ba	fullmatch	None	
(?i)[k]	0	ba	finditer		
(?i)[k]	0	\u{c9}\u{e9}SS\u{df}	search@3:5	None	
(?i)[k]	0	\u{c9}\u{e9}SS\u{df}	finditer@3:5		
(?i)[k]	0	\u{3a3}\u{3c3}\u{3c2}\u{391}\u{3a9}	search@4:5	None	
(?i)[k]	0	\u{3a3}\u{3c3}\u{3c2}\u{391}\u{3a9}	finditer@4:5		
(?i)[k]	0	ababab	search@4:2	None	
(?i)[k]	0	ababab	finditer@4:2		
(?i)[\u{17f}]	0	\u{c9}	search	None	
(?i)[\u{17f}]	0	\u{c9}	match	None	
(?i)[\u{17f}]	0	\u{c9}	fullmatch	None	
(?i)[\u{17f}]	0	\u{c9}	finditer		
(?i)[\u{17f}]	0		search	None	
(?i)[\u{17f}]	0		match	None	
(?i)[\u{17f}]	0		fullmatch	None	
(?i)[\u{17f}]	0		finditer		
(?i)[\u{17f}]	0	"hi"	search	None	
(?i)[\u{17f}]	0	"hi"	match	None	
(?i)[\u{17f}]	0	"hi"	fullmatch	None	
(?i)[\u{17f}]	0	"hi"	finditer		
(?i)[\u{17f}]	0	abc	search	None	
(?i)[\u{17f}]	0	abc	match	None	
(?i)[\u{17f}]	0	abc	fullmatch	None	
(?i)[\u{17f}]	0	abc	finditer		
(?i)[\u{17f}]	0	Foo foo	search	None	
(?i)[\u{17f}]	0	Foo foo	match	None	
(?i)[\u{17f}]	0	Foo foo	fullmatch	None	
(?i)[\u{17f}]	0	Foo foo	finditer		
(?i)[\u{17f}]	0	foo bar	search	None	
(?i)[\u{17f}]	0	foo bar	match	None	
(?i)[\u{17f}]	0	foo bar	fullmatch	None	
(?i)[\u{17f}]	0	foo bar	finditer		
(?i)[\u{17f}]	0	aaa	search	None	
(?i)[\u{17f}]	0	aaa	match	None	
(?i)[\u{17f}]	0	aaa	fullmatch	None	
(?i)[\u{17f}]	0	aaa	finditer		
(?i)[\u{17f}]	0	abcde abc	search	None	
(?i)[\u{17f}]	0	abcde abc	match	None	
(?i)[\u{17f}]	0	abcde abc	fullmatch	None	
(?i)[\u{17f}]	0	abcde abc	finditer		
(?i)[\u{17f}]	0	bab	search	None	
(?i)[\u{17f}]	0	bab	match	None	
(?i)[\u{17f}]	0	bab	fullmatch	None	
(?i)[\u{17f}]	0	bab	finditer		
(?i)[\u{17f}]	0	x\ty	search	None	
(?i)[\u{17f}]	0	x\ty	match	None	
(?i)[\u{17f}]	0	x\ty	fullmatch	None	
(?i)[\u{17f}]	0	x\ty	finditer		
(?i)[\u{17f}]	0	ab\n	search	None	
(?i)[\u{17f}]	0	ab\n	match	None	
(?i)[\u{17f}]	0	ab\n	fullmatch	None	
(?i)[\u{17f}]	0	ab\n	finditer		
(?i)[\u{17f}]	0	x a\ny b	search	None	
(?i)[\u{17f}]	0	x a\ny b	match	None	
(?i)[\u{17f}]	0	x a\ny b	fullmatch	None	
(?i)[\u{17f}]	0	x a\ny b	finditer		
(?i)[\u{17f}]	0	abcdefghijkk	search@4:12	None	
(?i)[\u{17f}]	0	abcdefghijkk	finditer@4:12		
(?i)[\u{17f}]	0	a-b c_d	search@0:0	None	
(?i)[\u{17f}]	0	a-b c_d	finditer@0:0		
(?i)[\u{17f}]	0	john.doe@example.com	search@14:1	None	
(?i)[\u{17f}]	0	john.doe@example.com	finditer@14:1		
(?i)\u{3c3}	0	abcd	search	None	
(?i)\u{3c3}	0	abcd	match	None	
(?i)\u{3c3}	0	abcd	fullmatch	None	
(?i)\u{3c3}	0	abcd	finditer		
(?i)\u{3c3}	0	\u{3a3}\u{3c3}\u{3c2}\u{391}\u{3a9}	search	0,1|None	
(?i)\u{3c3}	0	\u{3a3}\u{3c3}\u{3c2}\u{391}\u{3a9}	match	0,1|None	
(?i)\u{3c3}	0	\u{3a3}\u{3c3}\u{3c2}\u{391}\u{3a9}	fullmatch	None	
(?i)\u{3c3}	0	\u{3a3}\u{3c3}\u{3c2}\u{391}\u{3a9}	finditer	0,1|None 1,2|None 2,3|None	
(?i)\u{3c3}	0	Foo foo	search	None	
(?i)\u{3c3}	0	Foo foo	match	None	
(?i)\u{3c3}	0	Foo foo	fullmatch	None	
(?i)\u{3c3}	0	Foo foo	finditer		
(?i)\u{3c3}	0	\n	search	None	
(?i)\u{3c3}	0	\n	match	None	
(?i)\u{3c3}	0	\n	fullmatch	None	
(?i)\u{3c3}	0	\n	finditer		
(?i)\u{3c3}	0	aaa	search	None	
(?i)\u{3c3}	0	aaa	match	None	
(?i)\u{3c3}	0	aaa	fullmatch	None	
(?i)\u{3c3}	0	aaa	finditer		
(?i)\u{3c3}	0	ab\n	search	None	
(?i)\u{3c3}	0	ab\n	match	None	
(?i)\u{3c3}	0	ab\n	fullmatch	None	
(?i)\u{3c3}	0	ab\n	finditer		
(?i)\u{3c3}	0	ab	search	None	
(?i)\u{3c3}	0	ab	match	None	
(?i)\u{3c3}	0	ab	fullmatch	None	
(?i)\u{3c3}	0	ab	finditer		
(?i)\u{3c3}	0		search	None	
(?i)\u{3c3}	0		match	None	
(?i)\u{3c3}	0		fullmatch	None	
(?i)\u{3c3}	0		finditer		
(?i)\u{3c3}	0	x a\ny b	search	None	
(?i)\u{3c3}	0	x a\ny b	match	None	
(?i)\u{3c3}	0	x a\ny b	fullmatch	None	
(?i)\u{3c3}	0	x a\ny b	finditer		
(?i)\u{3c3}	0	K	search	None	
(?i)\u{3c3}	0	K	match	None	
(?i)\u{3c3}	0	K	fullmatch	None	
(?i)\u{3c3}	0	K	finditer		
(?i)\u{3c3}	0	\u{17f}S	search	None	
(?i)\u{3c3}	0	\u{17f}S	match	None	
(?i)\u{3c3}	0	\u{17f}S	fullmatch	None	
(?i)\u{3c3}	0	\u{17f}S	finditer		
(?i)\u{3c3}	0	b	search	None	
(?i)\u{3c3}	0	b	match	None	
(?i)\u{3c3}	0	b	fullmatch	None	
(?i)\u{3c3}	0	b	finditer		
(?i)\u{3c3}	0	\u{c9}\u{e9}SS\u{df}	search@5:1	None	
(?i)\u{3c3}	0	\u{c9}\u{e9}SS\u{df}	finditer@5:1		
(?i)\u{3c3}	0	\u{65e5}\u{672c}\u{8a9e}	search@3:1	None	
(?i)\u{3c3}	0	\u{65e5}\u{672c}\u{8a9e}	finditer@3:1		
(?i)\u{3c3}	0	 , a ,b	search@6:0	None	
(?i)\u{3c3}	0	 , a ,b	finditer@6:0		
(?i)\u{3c2}	0	 , a ,b	search	None	
(?i)\u{3c2}	0	 , a ,b	match	None	
(?i)\u{3c2}	0	 , a ,b	fullmatch	None	
(?i)\u{3c2}	0	 , a ,b	finditer		
(?i)\u{3c2}	0	b	search	None	
(?i)\u{3c2}	0	b	match	None	
(?i)\u{3c2}	0	b	fullmatch	None	
(?i)\u{3c2}	0	b	finditer		
(?i)\u{3c2}	0	a\nb\n	search	None	
(?i)\u{3c2}	0	a\nb\n	match	None	
(?i)\u{3c2}	0	a\nb\n	fullmatch	None	
(?i)\u{3c2}	0	a\nb\n	finditer		
(?i)\u{3c2}	0	aaa	search	None	
(?i)\u{3c2}	0	aaa	match	None	
(?i)\u{3c2}	0	aaa	fullmatch	None	
(?i)\u{3c2}	0	aaa	finditer		
(?i)\u{3c2}	0	abcdefghija0	search	None	
(?i)\u{3c2}	0	abcdefghija0	match	None	
(?i)\u{3c2}	0	abcdefghija0	fullmatch	None	
(?i)\u{3c2}	0	abcdefghija0	finditer		
(?i)\u{3c2}	0	\u{3a3}\u{3c3}\u{3c2}\u{391}\u{3a9}	search	0,1|None	
(?i)\u{3c2}	0	\u{3a3}\u{3c3}\u{3c2}\u{391}\u{3a9}	match	0,1|None	
(?i)\u{3c2}	0	\u{3a3}\u{3c3}\u{3c2}\u{391}\u{3a9}	fullmatch	None	
(?i)\u{3c2}	0	\u{3a3}\u{3c3}\u{3c2}\u{391}\u{3a9}	finditer	0,1|None 1,2|None 2,3|None	
(?i)\u{3c2}	0	\u{e9}	search	None	
(?i)\u{3c2}	0	\u{e9}	match	None	
(?i)\u{3c2}	0	\u{e9}	fullmatch	None	
(?i)\u{3c2}	0	\u{e9}	finditer		
(?i)\u{3c2}	0	a	search	None	
(?i)\u{3c2}	0	a	match	None	
(?i)\u{3c2}	0	a	fullmatch	None	
(?i)\u{3c2}	0	a	finditer		
(?i)\u{3c2}	0	the the cat	search	None	
(?i)\u{3c2}	0	the the cat	match	None	
(?i)\u{3c2}	0	the the cat	fullmatch	None	
(?i)\u{3c2}	0	the the cat	finditer		
(?i)\u{3c2}	0	ab	search	None	
(?i)\u{3c2}	0	ab	match	None	
(?i)\u{3c2}	0	ab	fullmatch	None	
(?i)\u{3c2}	0	ab	finditer		
(?i)\u{3c2}	0	a b c	search	None	
(?i)\u{3c2}	0	a b c	match	None	
(?i)\u{3c2}	0	a b c	fullmatch	None	
(?i)\u{3c2}	0	a b c	finditer		
(?i)\u{3c2}	0	K	search	None	
(?i)\u{3c2}	0	K	match	None	
(?i)\u{3c2}	0	K	fullmatch	None	
(?i)\u{3c2}	0	K	finditer		
(?i)\u{3c2}	0	abcde abc	search@3:7	None	
(?i)\u{3c2}	0	abcde abc	finditer@3:7		
(?i)\u{3c2}	0	abcd	search@4:2	None	
(?i)\u{3c2}	0	abcd	finditer@4:2		
(?i)\u{3c2}	0	A	search@0:1	None	
(?i)\u{3c2}	0	A	finditer@0:1		
(?i)[\u{3b1}-\u{3c9}]+	0	AbC	search	None	
(?i)[\u{3b1}-\u{3c9}]+	0	AbC	match	None	
(?i)[\u{3b1}-\u{3c9}]+	0	AbC	fullmatch	None	
(?i)[\u{3b1}-\u{3c9}]+	0	AbC	finditer		
(?i)[\u{3b1}-\u{3c9}]+	0	abcdefghijkk	search	None	
(?i)[\u{3b1}-\u{3c9}]+	0	abcdefghijkk	match	None	
(?i)[\u{3b1}-\u{3c9}]+	0	abcdefghijkk	fullmatch	None	
(?i)[\u{3b1}-\u{3c9}]+	0	abcdefghijkk	finditer		
(?i)[\u{3b1}-\u{3c9}]+	0	\u{661}\u{662}\u{663} 45	search	None	
(?i)[\u{3b1}-\u{3c9}]+	0	\u{661}\u{662}\u{663} 45	match	None	
(?i)[\u{3b1}-\u{3c9}]+	0	\u{661}\u{662}\u{663} 45	fullmatch	None	
(?i)[\u{3b1}-\u{3c9}]+	0	\u{661}\u{662}\u{663} 45	finditer		
(?i)[\u{3b1}-\u{3c9}]+	0	 , a ,b	search	None	
(?i)[\u{3b1}-\u{3c9}]+	0	 , a ,b	match	None	
(?i)[\u{3b1}-\u{3c9}]+	0	 , a ,b	fullmatch	None	
(?i)[\u{3b1}-\u{3c9}]+	0	 , a ,b	finditer		
(?i)[\u{3b1}-\u{3c9}]+	0	\u{c9}	search	None	
(?i)[\u{3b1}-\u{3c9}]+	0	\u{c9}	match	None	
(?i)[\u{3b1}-\u{3c9}]+	0	\u{c9}	fullmatch	None	
(?i)[\u{3b1}-\u{3c9}]+	0	\u{c9}	finditer		
(?i)[\u{3b1}-\u{3c9}]+	0	\u{e9}	search	None	
(?i)[\u{3b1}-\u{3c9}]+	0	\u{e9}	match	None	
(?i)[\u{3b1}-\u{3c9}]+	0	\u{e9}	fullmatch	None	
(?i)[\u{3b1}-\u{3c9}]+	0	\u{e9}	finditer		
(?i)[\u{3b1}-\u{3c9}]+	0	Foo foo	search	None	
(?i)[\u{3b1}-\u{3c9}]+	0	Foo foo	match	None	
(?i)[\u{3b1}-\u{3c9}]+	0	Foo foo	fullmatch	None	
(?i)[\u{3b1}-\u{3c9}]+	0	Foo foo	finditer		
(?i)[\u{3b1}-\u{3c9}]+	0	\n	search	None	
(?i)[\u{3b1}-\u{3c9}]+	0	\n	match	None	
(?i)[\u{3b1}-\u{3c9}]+	0	\n	fullmatch	None	
(?i)[\u{3b1}-\u{3c9}]+	0	\n	finditer		
(?i)[\u{3b1}-\u{3c9}]+	0	aa	search	None	
(?i)[\u{3b1}-\u{3c9}]+	0	aa	match	None	
(?i)[\u{3b1}-\u{3c9}]+	0	aa	fullmatch	None	
(?i)[\u{3b1}-\u{3c9}]+	0	aa	finditer		
(?i)[\u{3b1}-\u{3c9}]+	0	abc	search	None	
(?i)[\u{3b1}-\u{3c9}]+	0	abc	match	None	
(?i)[\u{3b1}-\u{3c9}]+	0	abc	fullmatch	None	
(?i)[\u{3b1}-\u{3c9}]+	0	abc	finditer		
(?i)[\u{3b1}-\u{3c9}]+	0	x a\ny b	search	None	
(?i)[\u{3b1}-\u{3c9}]+	0	x a\ny b	match	None	
(?i)[\u{3b1}-\u{3c9}]+	0	x a\ny b	fullmatch	None	
(?i)[\u{3b1}-\u{3c9}]+	0	x a\ny b	finditer		
(?i)[\u{3b1}-\u{3c9}]+	0	\u{17f}S	search	None	
(?i)[\u{3b1}-\u{3c9}]+	0	\u{17f}S	match	None	
(?i)[\u{3b1}-\u{3c9}]+	0	\u{17f}S	fullmatch	None	
(?i)[\u{3b1}-\u{3c9}]+	0	\u{17f}S	finditer		
(?i)[\u{3b1}-\u{3c9}]+	0	A	search@1:0	None	
(?i)[\u{3b1}-\u{3c9}]+	0	A	finditer@1:0		
(?i)[\u{3b1}-\u{3c9}]+	0	2024-01-15	search@7:6	None	
(?i)[\u{3b1}-\u{3c9}]+	0	2024-01-15	finditer@7:6		
(?i)[\u{3b1}-\u{3c9}]+	0	x\ty	search@2:1	None	
(?i)[\u{3b1}-\u{3c9}]+	0	x\ty	finditer@2:1		
\u{e9}+	0	\u{c9}	search	None	
\u{e9}+	0	\u{c9}	match	None	
\u{e9}+	0	\u{c9}	fullmatch	None	
\u{e9}+	0	\u{c9}	finditer		
\u{e9}+	0	hello world	search	None	
\u{e9}+	0	hello world	match	None	
\u{e9}+	0	hello world	fullmatch	None	
\u{e9}+	0	hello world	finditer		
\u{e9}+	0	abcde abc	search	None	
\u{e9}+	0	abcde abc	match	None	
\u{e9}+	0	abcde abc	fullmatch	None	
\u{e9}+	0	abcde abc	finditer		
\u{e9}+	0	abc	search	None	
\u{e9}+	0	abc	match	None	
\u{e9}+	0	abc	fullmatch	None	
\u{e9}+	0	abc	finditer		
\u{e9}+	0	K	search	None	
\u{e9}+	0	K	match	None	
\u{e9}+	0	K	fullmatch	None	
\u{e9}+	0	K	finditer		
\u{e9}+	0	\u{3a3}\u{3c3}\u{3c2}\u{391}\u{3a9}	search	None	
\u{e9}+	0	\u{3a3}\u{3c3}\u{3c2}\u{391}\u{3a9}	match	None	
\u{e9}+	0	\u{3a3}\u{3c3}\u{3c2}\u{391}\u{3a9}	fullmatch	None	
\u{e9}+	0	\u{3a3}\u{3c3}\u{3c2}\u{391}\u{3a9}	finditer		
\u{e9}+	0	aAaA	search	None	
\u{e9}+	0	aAaA	match	None	
\u{e9}+	0	aAaA	fullmatch	None	
\u{e9}+	0	aAaA	finditer		
\u{e9}+	0	ab\n	search	None	
\u{e9}+	0	ab\n	match	None	
\u{e9}+	0	ab\n	fullmatch	None	
\u{e9}+	0	ab\n	finditer		
\u{e9}+	0	ababab	search	None	
\u{e9}+	0	ababab	match	None	
\u{e9}+	0	ababab	fullmatch	None	
\u{e9}+	0	ababab	finditer		
\u{e9}+	0	the the cat	search	None	
\u{e9}+	0	the the cat	match	None	
\u{e9}+	0	the the cat	fullmatch	None	
\u{e9}+	0	the the cat	finditer		
\u{e9}+	0	\u{661}\u{662}\u{663} 45	search	None	
\u{e9}+	0	\u{661}\u{662}\u{663} 45	match	None	
\u{e9}+	0	\u{661}\u{662}\u{663} 45	fullmatch	None	
\u{e9}+	0	\u{661}\u{662}\u{663} 45	finditer		
\u{e9}+	0	\u{e9}	search	0,1|None	
\u{e9}+	0	\u{e9}	match	0,1|None	
\u{e9}+	0	\u{e9}	fullmatch	0,1|None	
\u{e9}+	0	\u{e9}	finditer	0,1|None	
\u{e9}+	0	x\ty	search@1:2	None	
\u{e9}+	0	x\ty	finditer@1:2		
\u{e9}+	0	ab	search@0:2	None	
\u{e9}+	0	ab	finditer@0:2		
\u{e9}+	0	abcdefghija0	search@9:9	None	
\u{e9}+	0	abcdefghija0	finditer@9:9		
\u{65e5}\u{672c}	0	x\ty	search	None	
\u{65e5}\u{672c}	0	x\ty	match	None	
\u{65e5}\u{672c}	0	x\ty	fullmatch	None	
\u{65e5}\u{672c}	0	x\ty	finditer		
\u{65e5}\u{672c}	0	K	search	None	
\u{65e5}\u{672c}	0	K	match	None	
\u{65e5}\u{672c}	0	K	fullmatch	None	
\u{65e5}\u{672c}	0	K	finditer		
\u{65e5}\u{672c}	0	\u{c9}\u{e9}SS\u{df}	search	None	
\u{65e5}\u{672c}	0	\u{c9}\u{e9}SS\u{df}	match	None	
\u{65e5}\u{672c}	0	\u{c9}\u{e9}SS\u{df}	fullmatch	None	
\u{65e5}\u{672c}	0	\u{c9}\u{e9}SS\u{df}	finditer		
\u{65e5}\u{672c}	0	A	search	None	
\u{65e5}\u{672c}	0	A	match	None	
\u{65e5}\u{672c}	0	A	fullmatch	None	
\u{65e5}\u{672c}	0	A	finditer		
\u{65e5}\u{672c}	0	a b c	search	None	
\u{65e5}\u{672c}	0	a b c	match	None	
\u{65e5}\u{672c}	0	a b c	fullmatch	None	
\u{65e5}\u{672c}	0	a b c	finditer		
\u{65e5}\u{672c}	0	hello world	search	None	
\u{65e5}\u{672c}	0	hello world	match	None	
\u{65e5}\u{672c}	0	hello world	fullmatch	None	
\u{65e5}\u{672c}	0	hello world	finditer		
\u{65e5}\u{672c}	0	AbC	search	None	
\u{65e5}\u{672c}	0	AbC	match	None	
\u{65e5}\u{672c}	0	AbC	fullmatch	None	
\u{65e5}\u{672c}	0	AbC	finditer		
\u{65e5}\u{672c}	0	xyz	search	None	
\u{65e5}\u{672c}	0	xyz	match	None	
\u{65e5}\u{672c}	0	xyz	fullmatch	None	
\u{65e5}\u{672c}	0	xyz	finditer		
\u{65e5}\u{672c}	0	abc	search	None	
\u{65e5}\u{672c}	0	abc	match	None	
\u{65e5}\u{672c}	0	abc	fullmatch	None	
\u{65e5}\u{672c}	0	abc	finditer		
\u{65e5}\u{672c}	0	hi"	search	None	
\u{65e5}\u{672c}	0	hi"	match	None	
\u{65e5}\u{672c}	0	hi"	fullmatch	None	
\u{65e5}\u{672c}	0	hi"	finditer		
\u{65e5}\u{672c}	0	a-b c_d	search	None	
\u{65e5}\u{672c}	0	a-b c_d	match	None	
\u{65e5}\u{672c}	0	a-b c_d	fullmatch	None	
\u{65e5}\u{672c}	0	a-b c_d	finditer		
\u{65e5}\u{672c}	0	abcabc	search	None	
\u{65e5}\u{672c}	0	abcabc	match	None	
\u{65e5}\u{672c}	0	abcabc	fullmatch	None	
\u{65e5}\u{672c}	0	abcabc	finditer		
\u{65e5}\u{672c}	0	 , a ,b	search@0:6	None	
\u{65e5}\u{672c}	0	 , a ,b	finditer@0:6		
\u{65e5}\u{672c}	0	bd cd ad	search@5:6	None	
\u{65e5}\u{672c}	0	bd cd ad	finditer@5:6		
\u{65e5}\u{672c}	0	\u{e9}	search@1:0	None	
\u{65e5}\u{672c}	0	\u{e9}	finditer@1:0		
\\w+	0	AbC	search	0,3|None	
\\w+	0	AbC	match	0,3|None	
\\w+	0	AbC	fullmatch	0,3|None	
\\w+	0	AbC	finditer	0,3|None	
\\w+	0	\u{e9}	search	0,1|None	
\\w+	0	\u{e9}	match	0,1|None	
\\w+	0	\u{e9}	fullmatch	0,1|None	
\\w+	0	\u{e9}	finditer	0,1|None	
\\w+	0	hello world	search	0,5|None	
\\w+	0	hello world	match	0,5|None	
\\w+	0	hello world	fullmatch	None	
\\w+	0	hello world	finditer	0,5|None 6,11|None	
\\w+	0	Foo foo	search	0,3|None	
\\w+	0	Foo foo	match	0,3|None	
\\w+	0	Foo foo	fullmatch	None	
\\w+	0	Foo foo	finditer	0,3|None 4,7|None	
\\w+	0	\u{c9}\u{e9}SS\u{df}	search	0,5|None	
\\w+	0	\u{c9}\u{e9}SS\u{df}	match	0,5|None	
\\w+	0	\u{c9}\u{e9}SS\u{df}	fullmatch	0,5|None	
\\w+	0	\u{c9}\u{e9}SS\u{df}	finditer	0,5|None	
\\w+	0	aaa	search	0,3|None	
\\w+	0	aaa	match	0,3|None	
\\w+	0	aaa	fullmatch	0,3|None	
\\w+	0	aaa	finditer	0,3|None	
\\w+	0	\u{65e5}\u{672c}\u{8a9e}	search	0,3|None	
\\w+	0	\u{65e5}\u{672c}\u{8a9e}	match	0,3|None	
\\w+	0	\u{65e5}\u{672c}\u{8a9e}	fullmatch	0,3|None	
\\w+	0	\u{65e5}\u{672c}\u{8a9e}	finditer	0,3|None	
\\w+	0	a-b c_d	search	0,1|None	
\\w+	0	a-b c_d	match	0,1|None	
\\w+	0	a-b c_d	fullmatch	None	
\\w+	0	a-b c_d	finditer	0,1|None 2,3|None 4,7|None	
\\w+	0	x\ty	search	0,1|None	
\\w+	0	x\ty	match	0,1|None	
\\w+	0	x\ty	fullmatch	None	
\\w+	0	x\ty	finditer	0,1|None 2,3|None	
\\w+	0	A	search	0,1|None	
\\w+	0	A	match	0,1|None	
\\w+	0	A	fullmatch	0,1|None	
\\w+	0	A	finditer	0,1|None	
\\w+	0	abcdefghijkk	search	0,12|None	
\\w+	0	abcdefghijkk	match	0,12|None	
\\w+	0	abcdefghijkk	fullmatch	0,12|None	
\\w+	0	abcdefghijkk	finditer	0,12|None	
\\w+	0	ab	search	0,2|None	
\\w+	0	ab	match	0,2|None	
\\w+	0	ab	fullmatch	0,2|None	
\\w+	0	ab	finditer	0,2|None	
\\w+	0	a-b c_d	search@5:7	5,7|None	
\\w+	0	a-b c_d	finditer@5:7	5,7|None	
\\w+	0	bd cd ad	search@4:4	None	
\\w+	0	bd cd ad	finditer@4:4		
\\w+	0	abcabc	search@5:5	None	
\\w+	0	abcabc	finditer@5:5		
(?a)[\\w]+	0	hi"	search	0,2|None	
(?a)[\\w]+	0	hi"	match	0,2|None	
(?a)[\\w]+	0	hi"	fullmatch	None	
(?a)[\\w]+	0	hi"	finditer	0,2|None	
(?a)[\\w]+	0	cab	search	0,3|None	
(?a)[\\w]+	0	cab	match	0,3|None	
(?a)[\\w]+	0	cab	fullmatch	0,3|None	
(?a)[\\w]+	0	cab	finditer	0,3|None	
(?a)[\\w]+	0	a	search	0,1|None	
(?a)[\\w]+	0	a	match	0,1|None	
(?a)[\\w]+	0	a	fullmatch	0,1|None	
(?a)[\\w]+	0	a	finditer	0,1|None	
(?a)[\\w]+	0	b	search	0,1|None	
(?a)[\\w]+	0	b	match	0,1|None	
(?a)[\\w]+	0	b	fullmatch	0,1|None	
(?a)[\\w]+	0	b	finditer	0,1|None	
(?a)[\\w]+	0	a-b c_d	search	0,1|None	
(?a)[\\w]+	0	a-b c_d	match	0,1|None	
(?a)[\\w]+	0	a-b c_d	fullmatch	None	
(?a)[\\w]+	0	a-b c_d	finditer	0,1|None 2,3|None 4,7|None	
(?a)[\\w]+	0	john.doe@example.com	search	0,4|None	
(?a)[\\w]+	0	john.doe@example.com	match	0,4|None	
(?a)[\\w]+	0	john.doe@example.com	fullmatch	None	
(?a)[\\w]+	0	john.doe@example.com	finditer	0,4|None 5,8|None 9,16|None 17,20|None	
(?a)[\\w]+	0	\u{661}\u{662}\u{663} 45	search	4,6|None	
(?a)[\\w]+	0	\u{661}\u{662}\u{663} 45	match	None	
(?a)[\\w]+	0	\u{661}\u{662}\u{663} 45	fullmatch	None	
(?a)[\\w]+	0	\u{661}\u{662}\u{663} 45	finditer	4,6|None	
(?a)[\\w]+	0	bd cd ad	search	0,2|None	
(?a)[\\w]+	0	bd cd ad	match	0,2|None	
(?a)[\\w]+	0	bd cd ad	fullmatch	None	
(?a)[\\w]+	0	bd cd ad	finditer	0,2|None 3,5|None 6,8|None	
(?a)[\\w]+	0	x a\ny b	search	0,1|None	
(?a)[\\w]+	0	x a\ny b	match	0,1|None	
(?a)[\\w]+	0	x a\ny b	fullmatch	None	
(?a)[\\w]+	0	x a\ny b	finditer	0,1|None 2,3|None 4,5|None 6,7|None	
(?a)[\\w]+	0	 , a ,b	search	3,4|None	
(?a)[\\w]+	0	 , a ,b	match	None	
(?a)[\\w]+	0	 , a ,b	fullmatch	None	
(?a)[\\w]+	0	 , a ,b	finditer	3,4|None 6,7|None	
(?a)[\\w]+	0	abcabc	search	0,6|None	
(?a)[\\w]+	0	abcabc	match	0,6|None	
(?a)[\\w]+	0	abcabc	fullmatch	0,6|None	
(?a)[\\w]+	0	abcabc	finditer	0,6|None	
(?a)[\\w]+	0	"hi"	search	1,3|None	
(?a)[\\w]+	0	"hi"	match	None	
(?a)[\\w]+	0	"hi"	fullmatch	None	
(?a)[\\w]+	0	"hi"	finditer	1,3|None	
(?a)[\\w]+	0	\u{65e5}\u{672c}\u{8a9e}	search@3:3	None	
(?a)[\\w]+	0	\u{65e5}\u{672c}\u{8a9e}	finditer@3:3		
(?a)[\\w]+	0	john.doe@example.com	search@9:13	9,13|None	
(?a)[\\w]+	0	john.doe@example.com	finditer@9:13	9,13|None	
(?a)[\\w]+	0	cab	search@1:0	None	
(?a)[\\w]+	0	cab	finditer@1:0		
.{3}	0	K	search	None	
.{3}	0	K	match	None	
.{3}	0	K	fullmatch	None	
.{3}	0	K	finditer		
.{3}	0	abcdefghija0	search	0,3|None	
.{3}	0	abcdefghija0	match	0,3|None	
.{3}	0	abcdefghija0	fullmatch	None	
.{3}	0	abcdefghija0	finditer	0,3|None 3,6|None 6,9|None 9,12|None	
.{3}	0	"hi"	search	0,3|None	
.{3}	0	"hi"	match	0,3|None	
.{3}	0	"hi"	fullmatch	None	
.{3}	0	"hi"	finditer	0,3|None	
.{3}	0	ab\n	search	None	
.{3}	0	ab\n	match	None	
.{3}	0	ab\n	fullmatch	None	
.{3}	0	ab\n	finditer		
.{3}	0	\u{17f}S	search	None	
.{3}	0	\u{17f}S	match	None	
.{3}	0	\u{17f}S	fullmatch	None	
.{3}	0	\u{17f}S	finditer		
.{3}	0	 , a ,b	search	0,3|None	
.{3}	0	 , a ,b	match	0,3|None	
.{3}	0	 , a ,b	fullmatch	None	
.{3}	0	 , a ,b	finditer	0,3|None 3,6|None	
.{3}	0	a	search	None	
.{3}	0	a	match	None	
.{3}	0	a	fullmatch	None	
.{3}	0	a	finditer		
.{3}	0	12 345 6	search	0,3|None	
.{3}	0	12 345 6	match	0,3|None	
.{3}	0	12 345 6	fullmatch	None	
.{3}	0	12 345 6	finditer	0,3|None 3,6|None	
.{3}	0	aaab	search	0,3|None	
.{3}	0	aaab	match	0,3|None	
.{3}	0	aaab	fullmatch	None	
.{3}	0	aaab	finditer	0,3|None	
.{3}	0	\u{c9}\u{e9}SS\u{df}	search	0,3|None	
.{3}	0	\u{c9}\u{e9}SS\u{df}	match	0,3|None	
.{3}	0	\u{c9}\u{e9}SS\u{df}	fullmatch	None	
.{3}	0	\u{c9}\u{e9}SS\u{df}	finditer	0,3|None	
.{3}	0	aaa	search	0,3|None	
.{3}	0	aaa	match	0,3|None	
.{3}	0	aaa	fullmatch	0,3|None	
.{3}	0	aaa	finditer	0,3|None	
.{3}	0	ab	search	None	
.{3}	0	ab	match	None	
.{3}	0	ab	fullmatch	None	
.{3}	0	ab	finditer		
.{3}	0		search@0:0	None	
.{3}	0		finditer@0:0		
.{3}	0	hello world	search@3:6	3,6|None	
.{3}	0	hello world	finditer@3:6	3,6|None	
.{3}	0	hi"	search@2:1	None	
.{3}	0	hi"	finditer@2:1		
(ab)+?c	0	hi"	search	None	
(ab)+?c	0	hi"	match	None	
(ab)+?c	0	hi"	fullmatch	None	
(ab)+?c	0	hi"	finditer		
(ab)+?c	0	\u{661}\u{662}\u{663} 45	search	None	
(ab)+?c	0	\u{661}\u{662}\u{663} 45	match	None	
(ab)+?c	0	\u{661}\u{662}\u{663} 45	fullmatch	None	
(ab)+?c	0	\u{661}\u{662}\u{663} 45	finditer		
(ab)+?c	0	a	search	None	
(ab)+?c	0	a	match	None	
(ab)+?c	0	a	fullmatch	None	
(ab)+?c	0	a	finditer		
(ab)+?c	0	abcdefghija0	search	0,3;0,2|1	
(ab)+?c	0	abcdefghija0	match	0,3;0,2|1	
(ab)+?c	0	abcdefghija0	fullmatch	None	
(ab)+?c	0	abcdefghija0	finditer	0,3;0,2|1	
(ab)+?c	0	2024-01-15	search	None	
(ab)+?c	0	2024-01-15	match	None	
(ab)+?c	0	2024-01-15	fullmatch	None	
(ab)+?c	0	2024-01-15	finditer		
(ab)+?c	0	\u{e9}	search	None	
(ab)+?c	0	\u{e9}	match	None	
(ab)+?c	0	\u{e9}	fullmatch	None	
(ab)+?c	0	\u{e9}	finditer		
(ab)+?c	0	x\ty	search	None	
(ab)+?c	0	x\ty	match	None	
(ab)+?c	0	x\ty	fullmatch	None	
(ab)+?c	0	x\ty	finditer		
(ab)+?c	0	bab	search	None	
(ab)+?c	0	bab	match	None	
(ab)+?c	0	bab	fullmatch	None	
(ab)+?c	0	bab	finditer		
(ab)+?c	0	hello world	search	None	
(ab)+?c	0	hello world	match	None	
(ab)+?c	0	hello world	fullmatch	None	
(ab)+?c	0	hello world	finditer		
(ab)+?c	0	a\nb\n	search	None	
(ab)+?c	0	a\nb\n	match	None	
(ab)+?c	0	a\nb\n	fullmatch	None	
(ab)+?c	0	a\nb\n	finditer		
(ab)+?c	0	A	search	None	
(ab)+?c	0	A	match	None	
(ab)+?c	0	A	fullmatch	None	
(ab)+?c	0	A	finditer		
(ab)+?c	0	foo bar	search	None	
(ab)+?c	0	foo bar	match	None	
(ab)+?c	0	foo bar	fullmatch	None	
(ab)+?c	0	foo bar	finditer		
(ab)+?c	0	a	search@0:0	None	
(ab)+?c	0	a	finditer@0:0		
(ab)+?c	0	ba	search@1:0	None	
(ab)+?c	0	ba	finditer@1:0		
(ab)+?c	0	abc	search@3:0	None	
(ab)+?c	0	abc	finditer@3:0		
(a+|b+)*c	0	a	search	None	
(a+|b+)*c	0	a	match	None	
(a+|b+)*c	0	a	fullmatch	None	
(a+|b+)*c	0	a	finditer		
(a+|b+)*c	0	x\ty	search	None	
(a+|b+)*c	0	x\ty	match	None	
(a+|b+)*c	0	x\ty	fullmatch	None	
(a+|b+)*c	0	x\ty	finditer		
(a+|b+)*c	0	12 345 6	search	None	
(a+|b+)*c	0	12 345 6	match	None	
(a+|b+)*c	0	12 345 6	fullmatch	None	
(a+|b+)*c	0	12 345 6	finditer		
(a+|b+)*c	0	abcabc	search	0,3;1,2|1	
(a+|b+)*c	0	abcabc	match	0,3;1,2|1	
(a+|b+)*c	0	abcabc	fullmatch	None	
(a+|b+)*c	0	abcabc	finditer	0,3;1,2|1 3,6;4,5|1	
(a+|b+)*c	0	A	search	None	
(a+|b+)*c	0	A	match	None	
(a+|b+)*c	0	A	fullmatch	None	
(a+|b+)*c	0	A	finditer		
(a+|b+)*c	0	abcde abc	search	0,3;1,2|1	
(a+|b+)*c	0	abcde abc	match	0,3;1,2|1	
(a+|b+)*c	0	abcde abc	fullmatch	None	
(a+|b+)*c	0	abcde abc	finditer	0,3;1,2|1 6,9;7,8|1	
(a+|b+)*c	0	2024-01-15	search	None	
(a+|b+)*c	0	2024-01-15	match	None	
(a+|b+)*c	0	2024-01-15	fullmatch	None	
(a+|b+)*c	0	2024-01-15	finditer		
(a+|b+)*c	0	john.doe@example.com	search	17,18;-1,-1|None	
(a+|b+)*c	0	john.doe@example.com	match	None	
(a+|b+)*c	0	john.doe@example.com	fullmatch	None	
(a+|b+)*c	0	john.doe@example.com	finditer	17,18;-1,-1|None	
(a+|b+)*c	0	ae cde abe	search	3,4;-1,-1|None	
(a+|b+)*c	0	ae cde abe	match	None	
(a+|b+)*c	0	ae cde abe	fullmatch	None	
(a+|b+)*c	0	ae cde abe	finditer	3,4;-1,-1|None	
(a+|b+)*c	0	ababab	search	None	
(a+|b+)*c	0	ababab	match	None	
(a+|b+)*c	0	ababab	fullmatch	None	
(a+|b+)*c	0	ababab	finditer		
(a+|b+)*c	0	\u{3a3}\u{3c3}\u{3c2}\u{391}\u{3a9}	search	None	
(a+|b+)*c	0	\u{3a3}\u{3c3}\u{3c2}\u{391}\u{3a9}	match	None	
(a+|b+)*c	0	\u{3a3}\u{3c3}\u{3c2}\u{391}\u{3a9}	fullmatch	None	
(a+|b+)*c	0	\u{3a3}\u{3c3}\u{3c2}\u{391}\u{3a9}	finditer		
(a+|b+)*c	0	aAaA	search	None	
(a+|b+)*c	0	aAaA	match	None	
(a+|b+)*c	0	aAaA	fullmatch	None	
(a+|b+)*c	0	aAaA	finditer		
(a+|b+)*c	0	a	search@1:1	None	
(a+|b+)*c	0	a	finditer@1:1		
(a+|b+)*c	0	\u{17f}S	search@0:2	None	
(a+|b+)*c	0	\u{17f}S	finditer@0:2		
(a+|b+)*c	0	 , a ,b	search@3:5	None	
(a+|b+)*c	0	 , a ,b	finditer@3:5		
(a|b|c|d)+	0	abcabc	search	0,6;5,6|1	
(a|b|c|d)+	0	abcabc	match	0,6;5,6|1	
(a|b|c|d)+	0	abcabc	fullmatch	0,6;5,6|1	
(a|b|c|d)+	0	abcabc	finditer	0,6;5,6|1	
(a|b|c|d)+	0	\u{17f}S	search	None	
(a|b|c|d)+	0	\u{17f}S	match	None	
(a|b|c|d)+	0	\u{17f}S	fullmatch	None	
(a|b|c|d)+	0	\u{17f}S	finditer		
(a|b|c|d)+	0	\u{c9}\u{e9}SS\u{df}	search	None	
(a|b|c|d)+	0	\u{c9}\u{e9}SS\u{df}	match	None	
(a|b|c|d)+	0	\u{c9}\u{e9}SS\u{df}	fullmatch	None	
(a|b|c|d)+	0	\u{c9}\u{e9}SS\u{df}	finditer		
(a|b|c|d)+	0	foo bar	search	4,6;5,6|1	
(a|b|c|d)+	0	foo bar	match	None	
(a|b|c|d)+	0	foo bar	fullmatch	None	
(a|b|c|d)+	0	foo bar	finditer	4,6;5,6|1	
(a|b|c|d)+	0	ae cde abe	search	0,1;0,1|1	
(a|b|c|d)+	0	ae cde abe	match	0,1;0,1|1	
(a|b|c|d)+	0	ae cde abe	fullmatch	None	
(a|b|c|d)+	0	ae cde abe	finditer	0,1;0,1|1 3,5;4,5|1 7,9;8,9|1	
(a|b|c|d)+	0	a-b c_d	search	0,1;0,1|1	
(a|b|c|d)+	0	a-b c_d	match	0,1;0,1|1	
(a|b|c|d)+	0	a-b c_d	fullmatch	None	
(a|b|c|d)+	0	a-b c_d	finditer	0,1;0,1|1 2,3;2,3|1 4,5;4,5|1 6,7;6,7|1	
(a|b|c|d)+	0	cab	search	0,3;2,3|1	
(a|b|c|d)+	0	cab	match	0,3;2,3|1	
(a|b|c|d)+	0	cab	fullmatch	0,3;2,3|1	
(a|b|c|d)+	0	cab	finditer	0,3;2,3|1	
(a|b|c|d)+	0	\u{3a3}\u{3c3}\u{3c2}\u{391}\u{3a9}	search	None	
(a|b|c|d)+	0	\u{3a3}\u{3c3}\u{3c2}\u{391}\u{3a9}	match	None	
(a|b|c|d)+	0	\u{3a3}\u{3c3}\u{3c2}\u{391}\u{3a9}	fullmatch	None	
(a|b|c|d)+	0	\u{3a3}\u{3c3}\u{3c2}\u{391}\u{3a9}	finditer		
(a|b|c|d)+	0	aaab	search	0,4;3,4|1	
(a|b|c|d)+	0	aaab	match	0,4;3,4|1	
(a|b|c|d)+	0	aaab	fullmatch	0,4;3,4|1	
(a|b|c|d)+	0	aaab	finditer	0,4;3,4|1	
(a|b|c|d)+	0	xyz	search	None	
(a|b|c|d)+	0	xyz	match	None	
(a|b|c|d)+	0	xyz	fullmatch	None	
(a|b|c|d)+	0	xyz	finditer		
(a|b|c|d)+	0	abcde abc	search	0,4;3,4|1	
(a|b|c|d)+	0	abcde abc	match	0,4;3,4|1	
(a|b|c|d)+	0	abcde abc	fullmatch	None	
(a|b|c|d)+	0	abcde abc	finditer	0,4;3,4|1 6,9;8,9|1	
(a|b|c|d)+	0	A	search	None	
(a|b|c|d)+	0	A	match	None	
(a|b|c|d)+	0	A	fullmatch	None	
(a|b|c|d)+	0	A	finditer		
(a|b|c|d)+	0	john.doe@example.com	search@11:1	None	
(a|b|c|d)+	0	john.doe@example.com	finditer@11:1		
(a|b|c|d)+	0	AbC	search@1:3	1,2;1,2|1	
(a|b|c|d)+	0	AbC	finditer@1:3	1,2;1,2|1	
(a|b|c|d)+	0	\u{3a3}\u{3c3}\u{3c2}\u{391}\u{3a9}	search@5:5	None	
(a|b|c|d)+	0	\u{3a3}\u{3c3}\u{3c2}\u{391}\u{3a9}	finditer@5:5		
a{2,3}?a	0	ae cde abe	search	None	
a{2,3}?a	0	ae cde abe	match	None	
a{2,3}?a	0	ae cde abe	fullmatch	None	
a{2,3}?a	0	ae cde abe	finditer		
a{2,3}?a	0	ab	search	None	
a{2,3}?a	0	ab	match	None	
a{2,3}?a	0	ab	fullmatch	None	
a{2,3}?a	0	ab	finditer		
a{2,3}?a	0	ababab	search	None	
a{2,3}?a	0	ababab	match	None	
a{2,3}?a	0	ababab	fullmatch	None	
a{2,3}?a	0	ababab	finditer		
a{2,3}?a	0	hi"	search	None	
a{2,3}?a	0	hi"	match	None	
a{2,3}?a	0	hi"	fullmatch	None	
a{2,3}?a	0	hi"	finditer		
a{2,3}?a	0	a-b c_d	search	None	
a{2,3}?a	0	a-b c_d	match	None	
a{2,3}?a	0	a-b c_d	fullmatch	None	
a{2,3}?a	0	a-b c_d	finditer		
a{2,3}?a	0	a	search	None	
a{2,3}?a	0	a	match	None	
a{2,3}?a	0	a	fullmatch	None	
a{2,3}?a	0	a	finditer		
a{2,3}?a	0	abcd	search	None	
a{2,3}?a	0	abcd	match	None	
a{2,3}?a	0	abcd	fullmatch	None	
a{2,3}?a	0	abcd	finditer		
a{2,3}?a	0	john.doe@example.com	search	None	
a{2,3}?a	0	john.doe@example.com	match	None	
a{2,3}?a	0	john.doe@example.com	fullmatch	None	
a{2,3}?a	0	john.doe@example.com	finditer		
a{2,3}?a	0	aa	search	None	
a{2,3}?a	0	aa	match	None	
a{2,3}?a	0	aa	fullmatch	None	
a{2,3}?a	0	aa	finditer		
a{2,3}?a	0	bd cd ad	search	None	
a{2,3}?a	0	bd cd ad	match	None	
a{2,3}?a	0	bd cd ad	fullmatch	None	
a{2,3}?a	0	bd cd ad	finditer		
a{2,3}?a	0	aaab	search	0,3|None	
a{2,3}?a	0	aaab	match	0,3|None	
a{2,3}?a	0	aaab	fullmatch	None	
a{2,3}?a	0	aaab	finditer	0,3|None	
a{2,3}?a	0	\u{65e5}\u{672c}\u{8a9e}	search	None	
a{2,3}?a	0	\u{65e5}\u{672c}\u{8a9e}	match	None	
a{2,3}?a	0	\u{65e5}\u{672c}\u{8a9e}	fullmatch	None	
a{2,3}?a	0	\u{65e5}\u{672c}\u{8a9e}	finditer		
a{2,3}?a	0	xyz	search@0:0	None	
a{2,3}?a	0	xyz	finditer@0:0		
a{2,3}?a	0	hi"	search@3:0	None	
a{2,3}?a	0	hi"	finditer@3:0		
a{2,3}?a	0	the the cat	search@11:9	None	
a{2,3}?a	0	the the cat	finditer@11:9		
(?:a{2})*	0	x a\ny b	search	0,0|None	
(?:a{2})*	0	x a\ny b	match	0,0|None	
(?:a{2})*	0	x a\ny b	fullmatch	None	
(?:a{2})*	0	x a\ny b	finditer	0,0|None 1,1|None 2,2|None 3,3|None 4,4|None 5,5|None 6,6|None 7,7|None	
(?:a{2})*	0	aa	search	0,2|None	
(?:a{2})*	0	aa	match	0,2|None	
(?:a{2})*	0	aa	fullmatch	0,2|None	
(?:a{2})*	0	aa	finditer	0,2|None 2,2|None	
(?:a{2})*	0	x\ty	search	0,0|None	
(?:a{2})*	0	x\ty	match	0,0|None	
(?:a{2})*	0	x\ty	fullmatch	None	
(?:a{2})*	0	x\ty	finditer	0,0|None 1,1|None 2,2|None 3,3|None	
(?:a{2})*	0	bab	search	0,0|None	
(?:a{2})*	0	bab	match	0,0|None	
(?:a{2})*	0	bab	fullmatch	None	
(?:a{2})*	0	bab	finditer	0,0|None 1,1|None 2,2|None 3,3|None	
(?:a{2})*	0	ababab	search	0,0|None	
(?:a{2})*	0	ababab	match	0,0|None	
(?:a{2})*	0	ababab	fullmatch	None	
(?:a{2})*	0	ababab	finditer	0,0|None 1,1|None 2,2|None 3,3|None 4,4|None 5,5|None 6,6|None	
(?:a{2})*	0	john.doe@example.com	search	0,0|None	
(?:a{2})*	0	john.doe@example.com	match	0,0|None	
(?:a{2})*	0	john.doe@example.com	fullmatch	None	
(?:a{2})*	0	john.doe@example.com	finditer	0,0|None 1,1|None 2,2|None 3,3|None 4,4|None 5,5|None 6,6|None 7,7|None 8,8|None 9,9|None 10,10|None 11,11|None 12,12|None 13,13|None 14,14|None 15,15|None 16,16|None 17,17|None 18,18|None 19,19|None 20,20|None	
(?:a{2})*	0	aaa	search	0,2|None	
(?:a{2})*	0	aaa	match	0,2|None	
(?:a{2})*	0	aaa	fullmatch	None	
(?:a{2})*	0	aaa	finditer	0,2|None 2,2|None 3,3|None	
(?:a{2})*	0	K	search	0,0|None	
(?:a{2})*	0	K	match	0,0|None	
(?:a{2})*	0	K	fullmatch	None	
(?:a{2})*	0	K	finditer	0,0|None 1,1|None	
(?:a{2})*	0	12 345 6	search	0,0|None	
(?:a{2})*	0	12 345 6	match	0,0|None	
(?:a{2})*	0	12 345 6	fullmatch	None	
(?:a{2})*	0	12 345 6	finditer	0,0|None 1,1|None 2,2|None 3,3|None 4,4|None 5,5|None 6,6|None 7,7|None 8,8|None	
(?:a{2})*	0	AbC	search	0,0|None	
(?:a{2})*	0	AbC	match	0,0|None	
(?:a{2})*	0	AbC	fullmatch	None	
(?:a{2})*	0	AbC	finditer	0,0|None 1,1|None 2,2|None 3,3|None	
(?:a{2})*	0	ab\n	search	0,0|None	
(?:a{2})*	0	ab\n	match	0,0|None	
(?:a{2})*	0	ab\n	fullmatch	None	
(?:a{2})*	0	ab\n	finditer	0,0|None 1,1|None 2,2|None 3,3|None	
(?:a{2})*	0	a	search	0,0|None	
(?:a{2})*	0	a	match	0,0|None	
(?:a{2})*	0	a	fullmatch	None	
(?:a{2})*	0	a	finditer	0,0|None 1,1|None	
(?:a{2})*	0	aaab	search@0:1	0,0|None	
(?:a{2})*	0	aaab	finditer@0:1	0,0|None 1,1|None	
(?:a{2})*	0	a\nb\n	search@2:2	2,2|None	
(?:a{2})*	0	a\nb\n	finditer@2:2	2,2|None	
(?:a{2})*	0	2024-01-15	search@4:0	None	
(?:a{2})*	0	2024-01-15	finditer@4:0		
(?:)	0	hello world	search	0,0|None	
(?:)	0	hello world	match	0,0|None	
(?:)	0	hello world	fullmatch	None	
(?:)	0	hello world	finditer	0,0|None 1,1|None 2,2|None 3,3|None 4,4|None 5,5|None 6,6|None 7,7|None 8,8|None 9,9|None 10,10|None 11,11|None	
(?:)	0	\u{c9}	search	0,0|None	
(?:)	0	\u{c9}	match	0,0|None	
(?:)	0	\u{c9}	fullmatch	None	
(?:)	0	\u{c9}	finditer	0,0|None 1,1|None	
(?:)	0	a-b c_d	search	0,0|None	
(?:)	0	a-b c_d	match	0,0|None	
(?:)	0	a-b c_d	fullmatch	None	
(?:)	0	a-b c_d	finditer	0,0|None 1,1|None 2,2|None 3,3|None 4,4|None 5,5|None 6,6|None 7,7|None	
(?:)	0	foo bar	search	0,0|None	
(?:)	0	foo bar	match	0,0|None	
(?:)	0	foo bar	fullmatch	None	
(?:)	0	foo bar	finditer	0,0|None 1,1|None 2,2|None 3,3|None 4,4|None 5,5|None 6,6|None 7,7|None	
(?:)	0	x a\ny b	search	0,0|None	
(?:)	0	x a\ny b	match	0,0|None	
(?:)	0	x a\ny b	fullmatch	None	
(?:)	0	x a\ny b	finditer	0,0|None 1,1|None 2,2|None 3,3|None 4,4|None 5,5|None 6,6|None 7,7|None	
(?:)	0	ae cde abe	search	0,0|None	
(?:)	0	ae cde abe	match	0,0|None	
(?:)	0	ae cde abe	fullmatch	None	
(?:)	0	ae cde abe	finditer	0,0|None 1,1|None 2,2|None 3,3|None 4,4|None 5,5|None 6,6|None 7,7|None 8,8|None 9,9|None 10,10|None	
(?:)	0	ba	search	0,0|None	
(?:)	0	ba	match	0,0|None	
(?:)	0	ba	fullmatch	None	
(?:)	0	ba	finditer	0,0|None 1,1|None 2,2|None	
(?:)	0	cab	search	0,0|None	
(?:)	0	cab	match	0,0|None	
(?:)	0	cab	fullmatch	None	
(?:)	0	cab	finditer	0,0|None 1,1|None 2,2|None 3,3|None	
(?:)	0	abcd	search	0,0|None	
(?:)	0	abcd	match	0,0|None	
(?:)	0	abcd	fullmatch	None	
(?:)	0	abcd	finditer	0,0|None 1,1|None 2,2|None 3,3|None 4,4|None	
(?:)	0	\u{3a3}\u{3c3}\u{3c2}\u{391}\u{3a9}	search	0,0|None	
(?:)	0	\u{3a3}\u{3c3}\u{3c2}\u{391}\u{3a9}	match	0,0|None	
(?:)	0	\u{3a3}\u{3c3}\u{3c2}\u{391}\u{3a9}	fullmatch	None	
(?:)	0	\u{3a3}\u{3c3}\u{3c2}\u{391}\u{3a9}	finditer	0,0|None 1,1|None 2,2|None 3,3|None 4,4|None 5,5|None	
(?:)	0	\u{661}\u{662}\u{663} 45	search	0,0|None	
(?:)	0	\u{661}\u{662}\u{663} 45	match	0,0|None	
(?:)	0	\u{661}\u{662}\u{663} 45	fullmatch	None	
(?:)	0	\u{661}\u{662}\u{663} 45	finditer	0,0|None 1,1|None 2,2|None 3,3|None 4,4|None 5,5|None 6,6|None	
(?:)	0	Foo foo	search	0,0|None	
(?:)	0	Foo foo	match	0,0|None	
(?:)	0	Foo foo	fullmatch	None	
(?:)	0	Foo foo	finditer	0,0|None 1,1|None 2,2|None 3,3|None 4,4|None 5,5|None 6,6|None 7,7|None	
(?:)	0	hello world	search@10:7	None	
(?:)	0	hello world	finditer@10:7		
(?:)	0	hi"	search@1:3	1,1|None	
(?:)	0	hi"	finditer@1:3	1,1|None 2,2|None 3,3|None	
(?:)	0	abcde abc	search@6:5	None	
(?:)	0	abcde abc	finditer@6:5		
()	0	K	search	0,0;0,0|1	
()	0	K	match	0,0;0,0|1	
()	0	K	fullmatch	None	
()	0	K	finditer	0,0;0,0|1 1,1;1,1|1	
()	0	\u{17f}S	search	0,0;0,0|1	
()	0	\u{17f}S	match	0,0;0,0|1	
()	0	\u{17f}S	fullmatch	None	
()	0	\u{17f}S	finditer	0,0;0,0|1 1,1;1,1|1 2,2;2,2|1	
()	0	"hi"	search	0,0;0,0|1	
()	0	"hi"	match	0,0;0,0|1	
()	0	"hi"	fullmatch	None	
()	0	"hi"	finditer	0,0;0,0|1 1,1;1,1|1 2,2;2,2|1 3,3;3,3|1 4,4;4,4|1	
()	0	 , a ,b	search	0,0;0,0|1	
()	0	 , a ,b	match	0,0;0,0|1	
()	0	 , a ,b	fullmatch	None	
()	0	 , a ,b	finditer	0,0;0,0|1 1,1;1,1|1 2,2;2,2|1 3,3;3,3|1 4,4;4,4|1 5,5;5,5|1 6,6;6,6|1 7,7;7,7|1	
()	0	hi"	search	0,0;0,0|1	
()	0	hi"	match	0,0;0,0|1	
()	0	hi"	fullmatch	None	
()	0	hi"	finditer	0,0;0,0|1 1,1;1,1|1 2,2;2,2|1 3,3;3,3|1	
()	0	AbC	search	0,0;0,0|1	
()	0	AbC	match	0,0;0,0|1	
()	0	AbC	fullmatch	None	
()	0	AbC	finditer	0,0;0,0|1 1,1;1,1|1 2,2;2,2|1 3,3;3,3|1	
()	0	12 345 6	search	0,0;0,0|1	
()	0	12 345 6	match	0,0;0,0|1	
()	0	12 345 6	fullmatch	None	
()	0	12 345 6	finditer	0,0;0,0|1 1,1;1,1|1 2,2;2,2|1 3,3;3,3|1 4,4;4,4|1 5,5;5,5|1 6,6;6,6|1 7,7;7,7|1 8,8;8,8|1	
()	0	a	search	0,0;0,0|1	
()	0	a	match	0,0;0,0|1	
()	0	a	fullmatch	None	
()	0	a	finditer	0,0;0,0|1 1,1;1,1|1	
()	0	a b c	search	0,0;0,0|1	
()	0	a b c	match	0,0;0,0|1	
()	0	a b c	fullmatch	None	
()	0	a b c	finditer	0,0;0,0|1 1,1;1,1|1 2,2;2,2|1 3,3;3,3|1 4,4;4,4|1 5,5;5,5|1	
()	0	hello world	search	0,0;0,0|1	
()	0	hello world	match	0,0;0,0|1	
()	0	hello world	fullmatch	None	
()	0	hello world	finditer	0,0;0,0|1 1,1;1,1|1 2,2;2,2|1 3,3;3,3|1 4,4;4,4|1 5,5;5,5|1 6,6;6,6|1 7,7;7,7|1 8,8;8,8|1 9,9;9,9|1 10,10;10,10|1 11,11;11,11|1	
()	0	\u{e9}	search	0,0;0,0|1	
()	0	\u{e9}	match	0,0;0,0|1	
()	0	\u{e9}	fullmatch	None	
()	0	\u{e9}	finditer	0,0;0,0|1 1,1;1,1|1	
()	0	aa	search	0,0;0,0|1	
()	0	aa	match	0,0;0,0|1	
()	0	aa	fullmatch	None	
()	0	aa	finditer	0,0;0,0|1 1,1;1,1|1 2,2;2,2|1	
()	0	a b c	search@3:2	None	
()	0	a b c	finditer@3:2		
()	0	aa	search@2:0	None	
()	0	aa	finditer@2:0		
()	0	abcde abc	search@5:8	5,5;5,5|1	
()	0	abcde abc	finditer@5:8	5,5;5,5|1 6,6;6,6|1 7,7;7,7|1 8,8;8,8|1	
(|a)+	0	ae cde abe	search	0,0;0,0|1	
(|a)+	0	ae cde abe	match	0,0;0,0|1	
(|a)+	0	ae cde abe	fullmatch	None	
(|a)+	0	ae cde abe	finditer	0,0;0,0|1 0,1;1,1|1 1,1;1,1|1 2,2;2,2|1 3,3;3,3|1 4,4;4,4|1 5,5;5,5|1 6,6;6,6|1 7,7;7,7|1 7,8;8,8|1 8,8;8,8|1 9,9;9,9|1 10,10;10,10|1	
(|a)+	0	2024-01-15	search	0,0;0,0|1	
(|a)+	0	2024-01-15	match	0,0;0,0|1	
(|a)+	0	2024-01-15	fullmatch	None	
(|a)+	0	2024-01-15	finditer	0,0;0,0|1 1,1;1,1|1 2,2;2,2|1 3,3;3,3|1 4,4;4,4|1 5,5;5,5|1 6,6;6,6|1 7,7;7,7|1 8,8;8,8|1 9,9;9,9|1 10,10;10,10|1	
(|a)+	0	K	search	0,0;0,0|1	
(|a)+	0	K	match	0,0;0,0|1	
(|a)+	0	K	fullmatch	None	
(|a)+	0	K	finditer	0,0;0,0|1 1,1;1,1|1	
(|a)+	0	abc	search	0,0;0,0|1	
(|a)+	0	abc	match	0,0;0,0|1	
(|a)+	0	abc	fullmatch	None	
(|a)+	0	abc	finditer	0,0;0,0|1 0,1;1,1|1 1,1;1,1|1 2,2;2,2|1 3,3;3,3|1	
(|a)+	0	\u{e9}	search	0,0;0,0|1	
(|a)+	0	\u{e9}	match	0,0;0,0|1	
(|a)+	0	\u{e9}	fullmatch	None	
(|a)+	0	\u{e9}	finditer	0,0;0,0|1 1,1;1,1|1	
(|a)+	0	\u{661}\u{662}\u{663} 45	search	0,0;0,0|1	
(|a)+	0	\u{661}\u{662}\u{663} 45	match	0,0;0,0|1	
(|a)+	0	\u{661}\u{662}\u{663} 45	fullmatch	None	
(|a)+	0	\u{661}\u{662}\u{663} 45	finditer	0,0;0,0|1 1,1;1,1|1 2,2;2,2|1 3,3;3,3|1 4,4;4,4|1 5,5;5,5|1 6,6;6,6|1	
(|a)+	0	ab\n	search	0,0;0,0|1	
(|a)+	0	ab\n	match	0,0;0,0|1	
(|a)+	0	ab\n	fullmatch	None	
(|a)+	0	ab\n	finditer	0,0;0,0|1 0,1;1,1|1 1,1;1,1|1 2,2;2,2|1 3,3;3,3|1	
(|a)+	0	AbC	search	0,0;0,0|1	
(|a)+	0	AbC	match	0,0;0,0|1	
(|a)+	0	AbC	fullmatch	None	
(|a)+	0	AbC	finditer	0,0;0,0|1 1,1;1,1|1 2,2;2,2|1 3,3;3,3|1	
(|a)+	0	a-b c_d	search	0,0;0,0|1	
(|a)+	0	a-b c_d	match	0,0;0,0|1	
(|a)+	0	a-b c_d	fullmatch	None	
(|a)+	0	a-b c_d	finditer	0,0;0,0|1 0,1;1,1|1 1,1;1,1|1 2,2;2,2|1 3,3;3,3|1 4,4;4,4|1 5,5;5,5|1 6,6;6,6|1 7,7;7,7|1	
(|a)+	0	Foo foo	search	0,0;0,0|1	
(|a)+	0	Foo foo	match	0,0;0,0|1	
(|a)+	0	Foo foo	fullmatch	None	
(|a)+	0	Foo foo	finditer	0,0;0,0|1 1,1;1,1|1 2,2;2,2|1 3,3;3,3|1 4,4;4,4|1 5,5;5,5|1 6,6;6,6|1 7,7;7,7|1	
(|a)+	0	ab	search	0,0;0,0|1	
(|a)+	0	ab	match	0,0;0,0|1	
(|a)+	0	ab	fullmatch	None	
(|a)+	0	ab	finditer	0,0;0,0|1 0,1;1,1|1 1,1;1,1|1 2,2;2,2|1	
(|a)+	0	ba	search	0,0;0,0|1	
(|a)+	0	ba	match	0,0;0,0|1	
(|a)+	0	ba	fullmatch	None	
(|a)+	0	ba	finditer	0,0;0,0|1 1,1;1,1|1 1,2;2,2|1 2,2;2,2|1	
(|a)+	0	a\nb\n	search@4:3	None	
(|a)+	0	a\nb\n	finditer@4:3		
(|a)+	0	hi"	search@2:0	None	
(|a)+	0	hi"	finditer@2:0		
(|a)+	0	abcabc	search@6:2	None	
(|a)+	0	abcabc	finditer@6:2		
(a?)+?b	0	ab	search	0,2;0,1|1	
(a?)+?b	0	ab	match	0,2;0,1|1	
(a?)+?b	0	ab	fullmatch	0,2;0,1|1	
(a?)+?b	0	ab	finditer	0,2;0,1|1	
(a?)+?b	0	hi"	search	None	
(a?)+?b	0	hi"	match	None	
(a?)+?b	0	hi"	fullmatch	None	
(a?)+?b	0	hi"	finditer		
(a?)+?b	0	ba	search	0,1;0,0|1	
(a?)+?b	0	ba	match	0,1;0,0|1	
(a?)+?b	0	ba	fullmatch	None	
(a?)+?b	0	ba	finditer	0,1;0,0|1	
(a?)+?b	0		search	None	
(a?)+?b	0		match	None	
(a?)+?b	0		fullmatch	None	
(a?)+?b	0		finditer		
(a?)+?b	0	bab	search	0,1;0,0|1	
(a?)+?b	0	bab	match	0,1;0,0|1	
(a?)+?b	0	bab	fullmatch	None	
(a?)+?b	0	bab	finditer	0,1;0,0|1 1,3;1,2|1	
(a?)+?b	0	the the cat	search	None	
(a?)+?b	0	the the cat	match	None	
(a?)+?b	0	the the cat	fullmatch	None	
(a?)+?b	0	the the cat	finditer		
(a?)+?b	0	aAaA	search	None	
(a?)+?b	0	aAaA	match	None	
(a?)+?b	0	aAaA	fullmatch	None	
(a?)+?b	0	aAaA	finditer		
(a?)+?b	0	bd cd ad	search	0,1;0,0|1	
(a?)+?b	0	bd cd ad	match	0,1;0,0|1	
(a?)+?b	0	bd cd ad	fullmatch	None	
(a?)+?b	0	bd cd ad	finditer	0,1;0,0|1	
(a?)+?b	0	\u{17f}S	search	None	
(a?)+?b	0	\u{17f}S	match	None	
(a?)+?b	0	\u{17f}S	fullmatch	None	
(a?)+?b	0	\u{17f}S	finditer		
(a?)+?b	0	ab\n	search	0,2;0,1|1	
(a?)+?b	0	ab\n	match	0,2;0,1|1	
(a?)+?b	0	ab\n	fullmatch	None	
(a?)+?b	0	ab\n	finditer	0,2;0,1|1	
(a?)+?b	0	\u{c9}\u{e9}SS\u{df}	search	None	
(a?)+?b	0	\u{c9}\u{e9}SS\u{df}	match	None	
(a?)+?b	0	\u{c9}\u{e9}SS\u{df}	fullmatch	None	
(a?)+?b	0	\u{c9}\u{e9}SS\u{df}	finditer		
(a?)+?b	0	abcdefghijkk	search	0,2;0,1|1	
(a?)+?b	0	abcdefghijkk	match	0,2;0,1|1	
(a?)+?b	0	abcdefghijkk	fullmatch	None	
(a?)+?b	0	abcdefghijkk	finditer	0,2;0,1|1	
(a?)+?b	0	a-b c_d	search@2:1	None	
(a?)+?b	0	a-b c_d	finditer@2:1		
(a?)+?b	0	aaa	search@3:1	None	
(a?)+?b	0	aaa	finditer@3:1		
(a?)+?b	0	bd cd ad	search@7:3	None	
(a?)+?b	0	bd cd ad	finditer@7:3		
(?:a|b)*?b	0	a b c	search	2,3|None	
(?:a|b)*?b	0	a b c	match	None	
(?:a|b)*?b	0	a b c	fullmatch	None	
(?:a|b)*?b	0	a b c	finditer	2,3|None	
(?:a|b)*?b	0	hi"	search	None	
(?:a|b)*?b	0	hi"	match	None	
(?:a|b)*?b	0	hi"	fullmatch	None	
(?:a|b)*?b	0	hi"	finditer		
(?:a|b)*?b	0	abcabc	search	0,2|None	
(?:a|b)*?b	0	abcabc	match	0,2|None	
(?:a|b)*?b	0	abcabc	fullmatch	None	
(?:a|b)*?b	0	abcabc	finditer	0,2|None 3,5|None	
(?:a|b)*?b	0	 , a ,b	search	6,7|None	
(?:a|b)*?b	0	 , a ,b	match	None	
(?:a|b)*?b	0	 , a ,b	fullmatch	None	
(?:a|b)*?b	0	 , a ,b	finditer	6,7|None	
(?:a|b)*?b	0	aAaA	search	None	
(?:a|b)*?b	0	aAaA	match	None	
(?:a|b)*?b	0	aAaA	fullmatch	None	
(?:a|b)*?b	0	aAaA	finditer		
(?:a|b)*?b	0	abcde abc	search	0,2|None	
(?:a|b)*?b	0	abcde abc	match	0,2|None	
(?:a|b)*?b	0	abcde abc	fullmatch	None	
(?:a|b)*?b	0	abcde abc	finditer	0,2|None 6,8|None	
(?:a|b)*?b	0	a	search	None	
(?:a|b)*?b	0	a	match	None	
(?:a|b)*?b	0	a	fullmatch	None	
(?:a|b)*?b	0	a	finditer		
(?:a|b)*?b	0		search	None	
(?:a|b)*?b	0		match	None	
(?:a|b)*?b	0		fullmatch	None	
(?:a|b)*?b	0		finditer		
(?:a|b)*?b	0	AbC	search	1,2|None	
(?:a|b)*?b	0	AbC	match	None	
(?:a|b)*?b	0	AbC	fullmatch	None	
(?:a|b)*?b	0	AbC	finditer	1,2|None	
(?:a|b)*?b	0	A	search	None	
(?:a|b)*?b	0	A	match	None	
(?:a|b)*?b	0	A	fullmatch	None	
(?:a|b)*?b	0	A	finditer		
(?:a|b)*?b	0	ab	search	0,2|None	
(?:a|b)*?b	0	ab	match	0,2|None	
(?:a|b)*?b	0	ab	fullmatch	0,2|None	
(?:a|b)*?b	0	ab	finditer	0,2|None	
(?:a|b)*?b	0	a\nb\n	search	2,3|None	
(?:a|b)*?b	0	a\nb\n	match	None	
(?:a|b)*?b	0	a\nb\n	fullmatch	None	
(?:a|b)*?b	0	a\nb\n	finditer	2,3|None	
(?:a|b)*?b	0	hello world	search@8:8	None	
(?:a|b)*?b	0	hello world	finditer@8:8		
(?:a|b)*?b	0	abcabc	search@0:5	0,2|None	
(?:a|b)*?b	0	abcabc	finditer@0:5	0,2|None 3,5|None	
(?:a|b)*?b	0	foo bar	search@2:4	None	
(?:a|b)*?b	0	foo bar	finditer@2:4		
(?:a|b)*?b	2	Foo foo	search	None	
(?:a|b)*?b	2	Foo foo	match	None	
(?:a|b)*?b	2	Foo foo	fullmatch	None	
(?:a|b)*?b	2	Foo foo	finditer		
(?:a|b)*?b	2	abcdefghijkk	search	0,2|None	
(?:a|b)*?b	2	abcdefghijkk	match	0,2|None	
(?:a|b)*?b	2	abcdefghijkk	fullmatch	None	
(?:a|b)*?b	2	abcdefghijkk	finditer	0,2|None	
(?:a|b)*?b	2	AbC	search	0,2|None	
(?:a|b)*?b	2	AbC	match	0,2|None	
(?:a|b)*?b	2	AbC	fullmatch	None	
(?:a|b)*?b	2	AbC	finditer	0,2|None	
(?:a|b)*?b	2	cab	search	1,3|None	
(?:a|b)*?b	2	cab	match	None	
(?:a|b)*?b	2	cab	fullmatch	None	
(?:a|b)*?b	2	cab	finditer	1,3|None	
(?:a|b)*?b	2	aaa	search	None	
(?:a|b)*?b	2	aaa	match	None	
(?:a|b)*?b	2	aaa	fullmatch	None	
(?:a|b)*?b	2	aaa	finditer		
(?:a|b)*?b	2	aaab	search	0,4|None	
(?:a|b)*?b	2	aaab	match	0,4|None	
(?:a|b)*?b	2	aaab	fullmatch	0,4|None	
(?:a|b)*?b	2	aaab	finditer	0,4|None	
(?:a|b)*?b	2	aa	search	None	
(?:a|b)*?b	2	aa	match	None	
(?:a|b)*?b	2	aa	fullmatch	None	
(?:a|b)*?b	2	aa	finditer		
(?:a|b)*?b	2	b	search	0,1|None	
(?:a|b)*?b	2	b	match	0,1|None	
(?:a|b)*?b	2	b	fullmatch	0,1|None	
(?:a|b)*?b	2	b	finditer	0,1|None	
(?:a|b)*?b	2	abcdefghija0	search	0,2|None	
(?:a|b)*?b	2	abcdefghija0	match	0,2|None	
(?:a|b)*?b	2	abcdefghija0	fullmatch	None	
(?:a|b)*?b	2	abcdefghija0	finditer	0,2|None	
(?:a|b)*?b	2	a	search	None	
(?:a|b)*?b	2	a	match	None	
(?:a|b)*?b	2	a	fullmatch	None	
(?:a|b)*?b	2	a	finditer		
(?:a|b)*?b	2	ae cde abe	search	7,9|None	
(?:a|b)*?b	2	ae cde abe	match	None	
(?:a|b)*?b	2	ae cde abe	fullmatch	None	
(?:a|b)*?b	2	ae cde abe	finditer	7,9|None	
(?:a|b)*?b	2	\u{3a3}\u{3c3}\u{3c2}\u{391}\u{3a9}	search	None	
(?:a|b)*?b	2	\u{3a3}\u{3c3}\u{3c2}\u{391}\u{3a9}	match	None	
(?:a|b)*?b	2	\u{3a3}\u{3c3}\u{3c2}\u{391}\u{3a9}	fullmatch	None	
(?:a|b)*?b	2	\u{3a3}\u{3c3}\u{3c2}\u{391}\u{3a9}	finditer		
(?:a|b)*?b	2	a b c	search@5:1	None	
(?:a|b)*?b	2	a b c	finditer@5:1		
(?:a|b)*?b	2	john.doe@example.com	search@10:20	None	
(?:a|b)*?b	2	john.doe@example.com	finditer@10:20		
(?:a|b)*?b	2	\n	search@0:0	None	
(?:a|b)*?b	2	\n	finditer@0:0		
^(?:(a)|b)*$	0	aa	search	0,2;1,2|1	
^(?:(a)|b)*$	0	aa	match	0,2;1,2|1	
^(?:(a)|b)*$	0	aa	fullmatch	0,2;1,2|1	
^(?:(a)|b)*$	0	aa	finditer	0,2;1,2|1	
^(?:(a)|b)*$	0	 , a ,b	search	None	
^(?:(a)|b)*$	0	 , a ,b	match	None	
^(?:(a)|b)*$	0	 , a ,b	fullmatch	None	
^(?:(a)|b)*$	0	 , a ,b	finditer		
^(?:(a)|b)*$	0	hello world	search	None	
^(?:(a)|b)*$	0	hello world	match	None	
^(?:(a)|b)*$	0	hello world	fullmatch	None	
^(?:(a)|b)*$	0	hello world	finditer		
^(?:(a)|b)*$	0	the the cat	search	None	
^(?:(a)|b)*$	0	the the cat	match	None	
^(?:(a)|b)*$	0	the the cat	fullmatch	None	
^(?:(a)|b)*$	0	the the cat	finditer		
^(?:(a)|b)*$	0	x\ty	search	None	
^(?:(a)|b)*$	0	x\ty	match	None	
^(?:(a)|b)*$	0	x\ty	fullmatch	None	
^(?:(a)|b)*$	0	x\ty	finditer		
^(?:(a)|b)*$	0	\n	search	0,0;-1,-1|None	
^(?:(a)|b)*$	0	\n	match	0,0;-1,-1|None	
^(?:(a)|b)*$	0	\n	fullmatch	None	
^(?:(a)|b)*$	0	\n	finditer	0,0;-1,-1|None	
^(?:(a)|b)*$	0	ae cde abe	search	None	
^(?:(a)|b)*$	0	ae cde abe	match	None	
^(?:(a)|b)*$	0	ae cde abe	fullmatch	None	
^(?:(a)|b)*$	0	ae cde abe	finditer		
^(?:(a)|b)*$	0	foo bar	search	None	
^(?:(a)|b)*$	0	foo bar	match	None	
^(?:(a)|b)*$	0	foo bar	fullmatch	None	
^(?:(a)|b)*$	0	foo bar	finditer		
^(?:(a)|b)*$	0	\u{c9}	search	None	
^(?:(a)|b)*$	0	\u{c9}	match	None	
^(?:(a)|b)*$	0	\u{c9}	fullmatch	None	
^(?:(a)|b)*$	0	\u{c9}	finditer		
^(?:(a)|b)*$	0	\u{65e5}\u{672c}\u{8a9e}	search	None	
^(?:(a)|b)*$	0	\u{65e5}\u{672c}\u{8a9e}	match	None	
^(?:(a)|b)*$	0	\u{65e5}\u{672c}\u{8a9e}	fullmatch	None	
^(?:(a)|b)*$	0	\u{65e5}\u{672c}\u{8a9e}	finditer		
^(?:(a)|b)*$	0	abcdefghija0	search	None	
^(?:(a)|b)*$	0	abcdefghija0	match	None	
^(?:(a)|b)*$	0	abcdefghija0	fullmatch	None	
^(?:(a)|b)*$	0	abcdefghija0	finditer		
^(?:(a)|b)*$	0	a\nb\n	search	None	
^(?:(a)|b)*$	0	a\nb\n	match	None	
^(?:(a)|b)*$	0	a\nb\n	fullmatch	None	
^(?:(a)|b)*$	0	a\nb\n	finditer		
^(?:(a)|b)*$	0	a-b c_d	search@1:1	None	
^(?:(a)|b)*$	0	a-b c_d	finditer@1:1		
^(?:(a)|b)*$	0	x a\ny b	search@4:2	None	
^(?:(a)|b)*$	0	x a\ny b	finditer@4:2		
^(?:(a)|b)*$	0	Foo foo	search@3:6	None	
^(?:(a)|b)*$	0	Foo foo	finditer@3:6		
^(?:(a)|b)*$	2	12 345 6	search	None	
^(?:(a)|b)*$	2	12 345 6	match	None	
^(?:(a)|b)*$	2	12 345 6	fullmatch	None	
^(?:(a)|b)*$	2	12 345 6	finditer		
^(?:(a)|b)*$	2	x\ty	search	None	
^(?:(a)|b)*$	2	x\ty	match	None	
^(?:(a)|b)*$	2	x\ty	fullmatch	None	
^(?:(a)|b)*$	2	x\ty	finditer		
^(?:(a)|b)*$	2	ae cde abe	search	None	
^(?:(a)|b)*$	2	ae cde abe	match	None	
^(?:(a)|b)*$	2	ae cde abe	fullmatch	None	
^(?:(a)|b)*$	2	ae cde abe	finditer		
^(?:(a)|b)*$	2	ba	search	0,2;1,2|1	
^(?:(a)|b)*$	2	ba	match	0,2;1,2|1	
^(?:(a)|b)*$	2	ba	fullmatch	0,2;1,2|1	
^(?:(a)|b)*$	2	ba	finditer	0,2;1,2|1	
^(?:(a)|b)*$	2	aAaA	search	0,4;3,4|1	
^(?:(a)|b)*$	2	aAaA	match	0,4;3,4|1	
^(?:(a)|b)*$	2	aAaA	fullmatch	0,4;3,4|1	
^(?:(a)|b)*$	2	aAaA	finditer	0,4;3,4|1	
^(?:(a)|b)*$	2	abcdefghijkk	search	None	
^(?:(a)|b)*$	2	abcdefghijkk	match	None	
^(?:(a)|b)*$	2	abcdefghijkk	fullmatch	None	
^(?:(a)|b)*$	2	abcdefghijkk	finditer		
^(?:(a)|b)*$	2	a b c	search	None	
^(?:(a)|b)*$	2	a b c	match	None	
^(?:(a)|b)*$	2	a b c	fullmatch	None	
^(?:(a)|b)*$	2	a b c	finditer		
^(?:(a)|b)*$	2	ababab	search	0,6;4,5|1	
^(?:(a)|b)*$	2	ababab	match	0,6;4,5|1	
^(?:(a)|b)*$	2	ababab	fullmatch	0,6;4,5|1	
^(?:(a)|b)*$	2	ababab	finditer	0,6;4,5|1	
^(?:(a)|b)*$	2	the the cat	search	None	
^(?:(a)|b)*$	2	the the cat	match	None	
^(?:(a)|b)*$	2	the the cat	fullmatch	None	
^(?:(a)|b)*$	2	the the cat	finditer		
^(?:(a)|b)*$	2	john.doe@example.com	search	None	
^(?:(a)|b)*$	2	john.doe@example.com	match	None	
^(?:(a)|b)*$	2	john.doe@example.com	fullmatch	None	
^(?:(a)|b)*$	2	john.doe@example.com	finditer		
^(?:(a)|b)*$	2	\u{65e5}\u{672c}\u{8a9e}	search	None	
^(?:(a)|b)*$	2	\u{65e5}\u{672c}\u{8a9e}	match	None	
^(?:(a)|b)*$	2	\u{65e5}\u{672c}\u{8a9e}	fullmatch	None	
^(?:(a)|b)*$	2	\u{65e5}\u{672c}\u{8a9e}	finditer		
^(?:(a)|b)*$	2		search	0,0;-1,-1|None	
^(?:(a)|b)*$	2		match	0,0;-1,-1|None	
^(?:(a)|b)*$	2		fullmatch	0,0;-1,-1|None	
^(?:(a)|b)*$	2		finditer	0,0;-1,-1|None	
^(?:(a)|b)*$	2	aaa	search@3:0	None	
^(?:(a)|b)*$	2	aaa	finditer@3:0		
^(?:(a)|b)*$	2	\u{c9}	search@1:0	None	
^(?:(a)|b)*$	2	\u{c9}	finditer@1:0		
^(?:(a)|b)*$	2	\u{65e5}\u{672c}\u{8a9e}	search@0:0	0,0;-1,-1|None	
^(?:(a)|b)*$	2	\u{65e5}\u{672c}\u{8a9e}	finditer@0:0	0,0;-1,-1|None	
(?<=\\b)\\w	0	xyz	search	0,1|None	
(?<=\\b)\\w	0	xyz	match	0,1|None	
(?<=\\b)\\w	0	xyz	fullmatch	None	
(?<=\\b)\\w	0	xyz	finditer	0,1|None	
(?<=\\b)\\w	0	2024-01-15	search	0,1|None	
(?<=\\b)\\w	0	2024-01-15	match	0,1|None	
(?<=\\b)\\w	0	2024-01-15	fullmatch	None	
(?<=\\b)\\w	0	2024-01-15	finditer	0,1|None 5,6|None 8,9|None	
(?<=\\b)\\w	0	ab\n	search	0,1|None	
(?<=\\b)\\w	0	ab\n	match	0,1|None	
(?<=\\b)\\w	0	ab\n	fullmatch	None	
(?<=\\b)\\w	0	ab\n	finditer	0,1|None	
(?<=\\b)\\w	0	abcabc	search	0,1|None	
(?<=\\b)\\w	0	abcabc	match	0,1|None	
(?<=\\b)\\w	0	abcabc	fullmatch	None	
(?<=\\b)\\w	0	abcabc	finditer	0,1|None	
(?<=\\b)\\w	0	the the cat	search	0,1|None	
(?<=\\b)\\w	0	the the cat	match	0,1|None	
(?<=\\b)\\w	0	the the cat	fullmatch	None	
(?<=\\b)\\w	0	the the cat	finditer	0,1|None 4,5|None 8,9|None	
(?<=\\b)\\w	0	bab	search	0,1|None	
(?<=\\b)\\w	0	bab	match	0,1|None	
(?<=\\b)\\w	0	bab	fullmatch	None	
(?<=\\b)\\w	0	bab	finditer	0,1|None	
(?<=\\b)\\w	0	a-b c_d	search	0,1|None	
(?<=\\b)\\w	0	a-b c_d	match	0,1|None	
(?<=\\b)\\w	0	a-b c_d	fullmatch	None	
(?<=\\b)\\w	0	a-b c_d	finditer	0,1|None 2,3|None 4,5|None	
(?<=\\b)\\w	0	abcdefghija0	search	0,1|None	
(?<=\\b)\\w	0	abcdefghija0	match	0,1|None	
(?<=\\b)\\w	0	abcdefghija0	fullmatch	None	
(?<=\\b)\\w	0	abcdefghija0	finditer	0,1|None	
(?<=\\b)\\w	0	foo bar	search	0,1|None	
(?<=\\b)\\w	0	foo bar	match	0,1|None	
(?<=\\b)\\w	0	foo bar	fullmatch	None	
(?<=\\b)\\w	0	foo bar	finditer	0,1|None 4,5|None	
(?<=\\b)\\w	0	A	search	0,1|None	
(?<=\\b)\\w	0	A	match	0,1|None	
(?<=\\b)\\w	0	A	fullmatch	0,1|None	
(?<=\\b)\\w	0	A	finditer	0,1|None	
(?<=\\b)\\w	0	\u{661}\u{662}\u{663} 45	search	0,1|None	
(?<=\\b)\\w	0	\u{661}\u{662}\u{663} 45	match	0,1|None	
(?<=\\b)\\w	0	\u{661}\u{662}\u{663} 45	fullmatch	None	
(?<=\\b)\\w	0	\u{661}\u{662}\u{663} 45	finditer	0,1|None 4,5|None	
(?<=\\b)\\w	0		search	None	
(?<=\\b)\\w	0		match	None	
(?<=\\b)\\w	0		fullmatch	None	
(?<=\\b)\\w	0		finditer		
(?<=\\b)\\w	0	\u{65e5}\u{672c}\u{8a9e}	search@1:3	None	
(?<=\\b)\\w	0	\u{65e5}\u{672c}\u{8a9e}	finditer@1:3		
(?<=\\b)\\w	0	x\ty	search@1:3	2,3|None	
(?<=\\b)\\w	0	x\ty	finditer@1:3	2,3|None	
(?<=\\b)\\w	0	a b c	search@5:0	None	
(?<=\\b)\\w	0	a b c	finditer@5:0		
\\b	0	aa	search	0,0|None	
\\b	0	aa	match	0,0|None	
\\b	0	aa	fullmatch	None	
\\b	0	aa	finditer	0,0|None 2,2|None	
\\b	0	b	search	0,0|None	
\\b	0	b	match	0,0|None	
\\b	0	b	fullmatch	None	
\\b	0	b	finditer	0,0|None 1,1|None	
\\b	0	Foo foo	search	0,0|None	
\\b	0	Foo foo	match	0,0|None	
\\b	0	Foo foo	fullmatch	None	
\\b	0	Foo foo	finditer	0,0|None 3,3|None 4,4|None 7,7|None	
\\b	0	the the cat	search	0,0|None	
\\b	0	the the cat	match	0,0|None	
\\b	0	the the cat	fullmatch	None	
\\b	0	the the cat	finditer	0,0|None 3,3|None 4,4|None 7,7|None 8,8|None 11,11|None	
\\b	0	K	search	0,0|None	
\\b	0	K	match	0,0|None	
\\b	0	K	fullmatch	None	
\\b	0	K	finditer	0,0|None 1,1|None	
\\b	0	AbC	search	0,0|None	
\\b	0	AbC	match	0,0|None	
\\b	0	AbC	fullmatch	None	
\\b	0	AbC	finditer	0,0|None 3,3|None	
\\b	0	\u{c9}\u{e9}SS\u{df}	search	0,0|None	
\\b	0	\u{c9}\u{e9}SS\u{df}	match	0,0|None	
\\b	0	\u{c9}\u{e9}SS\u{df}	fullmatch	None	
\\b	0	\u{c9}\u{e9}SS\u{df}	finditer	0,0|None 5,5|None	
\\b	0	abcde abc	search	0,0|None	
\\b	0	abcde abc	match	0,0|None	
\\b	0	abcde abc	fullmatch	None	
\\b	0	abcde abc	finditer	0,0|None 5,5|None 6,6|None 9,9|None	
\\b	0	ae cde abe	search	0,0|None	
\\b	0	ae cde abe	match	0,0|None	
\\b	0	ae cde abe	fullmatch	None	
\\b	0	ae cde abe	finditer	0,0|None 2,2|None 3,3|None 6,6|None 7,7|None 10,10|None	
\\b	0	cab	search	0,0|None	
\\b	0	cab	match	0,0|None	
\\b	0	cab	fullmatch	None	
\\b	0	cab	finditer	0,0|None 3,3|None	
\\b	0	2024-01-15	search	0,0|None	
\\b	0	2024-01-15	match	0,0|None	
\\b	0	2024-01-15	fullmatch	None	
\\b	0	2024-01-15	finditer	0,0|None 4,4|None 5,5|None 7,7|None 8,8|None 10,10|None	
\\b	0	aaa	search	0,0|None	
\\b	0	aaa	match	0,0|None	
\\b	0	aaa	fullmatch	None	
\\b	0	aaa	finditer	0,0|None 3,3|None	
\\b	0	aaab	search@2:1	None	
\\b	0	aaab	finditer@2:1		
\\b	0	ab	search@2:0	None	
\\b	0	ab	finditer@2:0		
\\b	0	bab	search@0:1	0,0|None	
\\b	0	bab	finditer@0:1	0,0|None 1,1|None	
\\B	0	the the cat	search	1,1|None	
\\B	0	the the cat	match	None	
\\B	0	the the cat	fullmatch	None	
\\B	0	the the cat	finditer	1,1|None 2,2|None 5,5|None 6,6|None 9,9|None 10,10|None	
\\B	0	bab	search	1,1|None	
\\B	0	bab	match	None	
\\B	0	bab	fullmatch	None	
\\B	0	bab	finditer	1,1|None 2,2|None	
\\B	0	abc	search	1,1|None	
\\B	0	abc	match	None	
\\B	0	abc	fullmatch	None	
\\B	0	abc	finditer	1,1|None 2,2|None	
\\B	0	aa	search	1,1|None	
\\B	0	aa	match	None	
\\B	0	aa	fullmatch	None	
\\B	0	aa	finditer	1,1|None	
\\B	0	b	search	None	
\\B	0	b	match	None	
\\B	0	b	fullmatch	None	
\\B	0	b	finditer		
\\B	0	abcabc	search	1,1|None	
\\B	0	abcabc	match	None	
\\B	0	abcabc	fullmatch	None	
\\B	0	abcabc	finditer	1,1|None 2,2|None 3,3|None 4,4|None 5,5|None	
\\B	0	xyz	search	1,1|None	
\\B	0	xyz	match	None	
\\B	0	xyz	fullmatch	None	
\\B	0	xyz	finditer	1,1|None 2,2|None	
\\B	0	ae cde abe	search	1,1|None	
\\B	0	ae cde abe	match	None	
\\B	0	ae cde abe	fullmatch	None	
\\B	0	ae cde abe	finditer	1,1|None 4,4|None 5,5|None 8,8|None 9,9|None	
\\B	0	a-b c_d	search	5,5|None	
\\B	0	a-b c_d	match	None	
\\B	0	a-b c_d	fullmatch	None	
\\B	0	a-b c_d	finditer	5,5|None 6,6|None	
\\B	0	ba	search	1,1|None	
\\B	0	ba	match	None	
\\B	0	ba	fullmatch	None	
\\B	0	ba	finditer	1,1|None	
\\B	0	AbC	search	1,1|None	
\\B	0	AbC	match	None	
\\B	0	AbC	fullmatch	None	
\\B	0	AbC	finditer	1,1|None 2,2|None	
\\B	0	12 345 6	search	1,1|None	
\\B	0	12 345 6	match	None	
\\B	0	12 345 6	fullmatch	None	
\\B	0	12 345 6	finditer	1,1|None 4,4|None 5,5|None	
\\B	0	foo bar	search@1:6	1,1|None	
\\B	0	foo bar	finditer@1:6	1,1|None 2,2|None 5,5|None	
\\B	0	Foo foo	search@3:1	None	
\\B	0	Foo foo	finditer@3:1		
\\B	0	\u{17f}S	search@2:2	None	
\\B	0	\u{17f}S	finditer@2:2		
\\B	2	cab	search	1,1|None	
\\B	2	cab	match	None	
\\B	2	cab	fullmatch	None	
\\B	2	cab	finditer	1,1|None 2,2|None	
\\B	2	ab	search	1,1|None	
\\B	2	ab	match	None	
\\B	2	ab	fullmatch	None	
\\B	2	ab	finditer	1,1|None	
\\B	2	abcdefghija0	search	1,1|None	
\\B	2	abcdefghija0	match	None	
\\B	2	abcdefghija0	fullmatch	None	
\\B	2	abcdefghija0	finditer	1,1|None 2,2|None 3,3|None 4,4|None 5,5|None 6,6|None 7,7|None 8,8|None 9,9|None 10,10|None 11,11|None	
\\B	2	hi"	search	1,1|None	
\\B	2	hi"	match	None	
\\B	2	hi"	fullmatch	None	
\\B	2	hi"	finditer	1,1|None 3,3|None	
\\B	2	the the cat	search	1,1|None	
\\B	2	the the cat	match	None	
\\B	2	the the cat	fullmatch	None	
\\B	2	the the cat	finditer	1,1|None 2,2|None 5,5|None 6,6|None 9,9|None 10,10|None	
\\B	2	\u{c9}	search	None	
\\B	2	\u{c9}	match	None	
\\B	2	\u{c9}	fullmatch	None	
\\B	2	\u{c9}	finditer		
\\B	2	bab	search	1,1|None	
\\B	2	bab	match	None	
\\B	2	bab	fullmatch	None	
\\B	2	bab	finditer	1,1|None 2,2|None	
\\B	2	ababab	search	1,1|None	
\\B	2	ababab	match	None	
\\B	2	ababab	fullmatch	None	
\\B	2	ababab	finditer	1,1|None 2,2|None 3,3|None 4,4|None 5,5|None	
\\B	2	 , a ,b	search	0,0|None	
\\B	2	 , a ,b	match	0,0|None	
\\B	2	 , a ,b	fullmatch	None	
\\B	2	 , a ,b	finditer	0,0|None 1,1|None 2,2|None 5,5|None	
\\B	2	\u{661}\u{662}\u{663} 45	search	1,1|None	
\\B	2	\u{661}\u{662}\u{663} 45	match	None	
\\B	2	\u{661}\u{662}\u{663} 45	fullmatch	None	
\\B	2	\u{661}\u{662}\u{663} 45	finditer	1,1|None 2,2|None 5,5|None	
\\B	2	abcd	search	1,1|None	
\\B	2	abcd	match	None	
\\B	2	abcd	fullmatch	None	
\\B	2	abcd	finditer	1,1|None 2,2|None 3,3|None	
\\B	2	aAaA	search	1,1|None	
\\B	2	aAaA	match	None	
\\B	2	aAaA	fullmatch	None	
\\B	2	aAaA	finditer	1,1|None 2,2|None 3,3|None	
\\B	2		search@0:0	None	
\\B	2		finditer@0:0		
\\B	2	\u{3a3}\u{3c3}\u{3c2}\u{391}\u{3a9}	search@1:2	1,1|None	
\\B	2	\u{3a3}\u{3c3}\u{3c2}\u{391}\u{3a9}	finditer@1:2	1,1|None	
\\B	2	hello world	search@0:6	1,1|None	
\\B	2	hello world	finditer@0:6	1,1|None 2,2|None 3,3|None 4,4|None 6,6|None	
$	0	a-b c_d	search	7,7|None	
$	0	a-b c_d	match	None	
$	0	a-b c_d	fullmatch	None	
$	0	a-b c_d	finditer	7,7|None	
$	0	\u{e9}	search	1,1|None	
$	0	\u{e9}	match	None	
$	0	\u{e9}	fullmatch	None	
$	0	\u{e9}	finditer	1,1|None	
$	0	12 345 6	search	8,8|None	
$	0	12 345 6	match	None	
$	0	12 345 6	fullmatch	None	
$	0	12 345 6	finditer	8,8|None	
$	0	hi"	search	3,3|None	
$	0	hi"	match	None	
$	0	hi"	fullmatch	None	
$	0	hi"	finditer	3,3|None	
$	0	bd cd ad	search	8,8|None	
$	0	bd cd ad	match	None	
$	0	bd cd ad	fullmatch	None	
$	0	bd cd ad	finditer	8,8|None	
$	0	x\ty	search	3,3|None	
$	0	x\ty	match	None	
$	0	x\ty	fullmatch	None	
$	0	x\ty	finditer	3,3|None	
$	0	b	search	1,1|None	
$	0	b	match	None	
$	0	b	fullmatch	None	
$	0	b	finditer	1,1|None	
$	0	cab	search	3,3|None	
$	0	cab	match	None	
$	0	cab	fullmatch	None	
$	0	cab	finditer	3,3|None	
$	0	the the cat	search	11,11|None	
$	0	the the cat	match	None	
$	0	the the cat	fullmatch	None	
$	0	the the cat	finditer	11,11|None	
$	0	2024-01-15	search	10,10|None	
$	0	2024-01-15	match	None	
$	0	2024-01-15	fullmatch	None	
$	0	2024-01-15	finditer	10,10|None	
$	0	abcd	search	4,4|None	
$	0	abcd	match	None	
$	0	abcd	fullmatch	None	
$	0	abcd	finditer	4,4|None	
$	0	aa	search	2,2|None	
$	0	aa	match	None	
$	0	aa	fullmatch	None	
$	0	aa	finditer	2,2|None	
$	0	\n	search@1:0	None	
$	0	\n	finditer@1:0		
$	0	12 345 6	search@1:2	2,2|None	
$	0	12 345 6	finditer@1:2	2,2|None	
$	0	hello world	search@10:6	None	
$	0	hello world	finditer@10:6		
$	2	abcabc	search	6,6|None	
$	2	abcabc	match	None	
$	2	abcabc	fullmatch	None	
$	2	abcabc	finditer	6,6|None	
$	2	\n	search	0,0|None	
$	2	\n	match	0,0|None	
$	2	\n	fullmatch	None	
$	2	\n	finditer	0,0|None 1,1|None	
$	2	ba	search	2,2|None	
$	2	ba	match	None	
$	2	ba	fullmatch	None	
$	2	ba	finditer	2,2|None	
$	2	ab\n	search	2,2|None	
$	2	ab\n	match	None	
$	2	ab\n	fullmatch	None	
$	2	ab\n	finditer	2,2|None 3,3|None	
$	2	bd cd ad	search	8,8|None	
$	2	bd cd ad	match	None	
$	2	bd cd ad	fullmatch	None	
$	2	bd cd ad	finditer	8,8|None	
$	2	\u{c9}	search	1,1|None	
$	2	\u{c9}	match	None	
$	2	\u{c9}	fullmatch	None	
$	2	\u{c9}	finditer	1,1|None	
$	2	2024-01-15	search	10,10|None	
$	2	2024-01-15	match	None	
$	2	2024-01-15	fullmatch	None	
$	2	2024-01-15	finditer	10,10|None	
$	2	a-b c_d	search	7,7|None	
$	2	a-b c_d	match	None	
$	2	a-b c_d	fullmatch	None	
$	2	a-b c_d	finditer	7,7|None	
$	2	xyz	search	3,3|None	
$	2	xyz	match	None	
$	2	xyz	fullmatch	None	
$	2	xyz	finditer	3,3|None	
$	2	 , a ,b	search	7,7|None	
$	2	 , a ,b	match	None	
$	2	 , a ,b	fullmatch	None	
$	2	 , a ,b	finditer	7,7|None	
$	2	abcde abc	search	9,9|None	
$	2	abcde abc	match	None	
$	2	abcde abc	fullmatch	None	
$	2	abcde abc	finditer	9,9|None	
$	2	x a\ny b	search	7,7|None	
$	2	x a\ny b	match	None	
$	2	x a\ny b	fullmatch	None	
$	2	x a\ny b	finditer	7,7|None	
$	2	AbC	search@2:1	None	
$	2	AbC	finditer@2:1		
$	2	\u{3a3}\u{3c3}\u{3c2}\u{391}\u{3a9}	search@2:3	3,3|None	
$	2	\u{3a3}\u{3c3}\u{3c2}\u{391}\u{3a9}	finditer@2:3	3,3|None	
$	2	a b c	search@3:4	4,4|None	
$	2	a b c	finditer@3:4	4,4|None	
^	0	a b c	search	0,0|None	
^	0	a b c	match	0,0|None	
^	0	a b c	fullmatch	None	
^	0	a b c	finditer	0,0|None	
^	0	aaa	search	0,0|None	
^	0	aaa	match	0,0|None	
^	0	aaa	fullmatch	None	
^	0	aaa	finditer	0,0|None	
^	0	\u{c9}\u{e9}SS\u{df}	search	0,0|None	
^	0	\u{c9}\u{e9}SS\u{df}	match	0,0|None	
^	0	\u{c9}\u{e9}SS\u{df}	fullmatch	None	
^	0	\u{c9}\u{e9}SS\u{df}	finditer	0,0|None	
^	0	aAaA	search	0,0|None	
^	0	aAaA	match	0,0|None	
^	0	aAaA	fullmatch	None	
^	0	aAaA	finditer	0,0|None	
^	0	a-b c_d	search	0,0|None	
^	0	a-b c_d	match	0,0|None	
^	0	a-b c_d	fullmatch	None	
^	0	a-b c_d	finditer	0,0|None	
^	0	x a\ny b	search	0,0|None	
^	0	x a\ny b	match	0,0|None	
^	0	x a\ny b	fullmatch	None	
^	0	x a\ny b	finditer	0,0|None	
^	0	A	search	0,0|None	
^	0	A	match	0,0|None	
^	0	A	fullmatch	None	
^	0	A	finditer	0,0|None	
^	0	john.doe@example.com	search	0,0|None	
^	0	john.doe@example.com	match	0,0|None	
^	0	john.doe@example.com	fullmatch	None	
^	0	john.doe@example.com	finditer	0,0|None	
^	0	xyz	search	0,0|None	
^	0	xyz	match	0,0|None	
^	0	xyz	fullmatch	None	
^	0	xyz	finditer	0,0|None	
^	0	the the cat	search	0,0|None	
^	0	the the cat	match	0,0|None	
^	0	the the cat	fullmatch	None	
^	0	the the cat	finditer	0,0|None	
^	0	Foo foo	search	0,0|None	
^	0	Foo foo	match	0,0|None	
^	0	Foo foo	fullmatch	None	
^	0	Foo foo	finditer	0,0|None	
^	0	x\ty	search	0,0|None	
^	0	x\ty	match	0,0|None	
^	0	x\ty	fullmatch	None	
^	0	x\ty	finditer	0,0|None	
^	0	\u{17f}S	search@1:0	None	
^	0	\u{17f}S	finditer@1:0		
^	0	x\ty	search@2:1	None	
^	0	x\ty	finditer@2:1		
^	0	a	search@1:0	None	
^	0	a	finditer@1:0		
(?m)$	0	xyz	search	3,3|None	
(?m)$	0	xyz	match	None	
(?m)$	0	xyz	fullmatch	None	
(?m)$	0	xyz	finditer	3,3|None	
(?m)$	0	abcabc	search	6,6|None	
(?m)$	0	abcabc	match	None	
(?m)$	0	abcabc	fullmatch	None	
(?m)$	0	abcabc	finditer	6,6|None	
(?m)$	0		search	0,0|None	
(?m)$	0		match	0,0|None	
(?m)$	0		fullmatch	0,0|None	
(?m)$	0		finditer	0,0|None	
(?m)$	0	ba	search	2,2|None	
(?m)$	0	ba	match	None	
(?m)$	0	ba	fullmatch	None	
(?m)$	0	ba	finditer	2,2|None	
(?m)$	0	bd cd ad	search	8,8|None	
(?m)$	0	bd cd ad	match	None	
(?m)$	0	bd cd ad	fullmatch	None	
(?m)$	0	bd cd ad	finditer	8,8|None	
(?m)$	0	ababab	search	6,6|None	
(?m)$	0	ababab	match	None	
(?m)$	0	ababab	fullmatch	None	
(?m)$	0	ababab	finditer	6,6|None	
(?m)$	0	aAaA	search	4,4|None	
(?m)$	0	aAaA	match	None	
(?m)$	0	aAaA	fullmatch	None	
(?m)$	0	aAaA	finditer	4,4|None	
(?m)$	0	abcdefghijkk	search	12,12|None	
(?m)$	0	abcdefghijkk	match	None	
(?m)$	0	abcdefghijkk	fullmatch	None	
(?m)$	0	abcdefghijkk	finditer	12,12|None	
(?m)$	0	x a\ny b	search	3,3|None	
(?m)$	0	x a\ny b	match	None	
(?m)$	0	x a\ny b	fullmatch	None	
(?m)$	0	x a\ny b	finditer	3,3|None 7,7|None	
(?m)$	0	\u{3a3}\u{3c3}\u{3c2}\u{391}\u{3a9}	search	5,5|None	
(?m)$	0	\u{3a3}\u{3c3}\u{3c2}\u{391}\u{3a9}	match	None	
(?m)$	0	\u{3a3}\u{3c3}\u{3c2}\u{391}\u{3a9}	fullmatch	None	
(?m)$	0	\u{3a3}\u{3c3}\u{3c2}\u{391}\u{3a9}	finditer	5,5|None	
(?m)$	0	\u{661}\u{662}\u{663} 45	search	6,6|None	
(?m)$	0	\u{661}\u{662}\u{663} 45	match	None	
(?m)$	0	\u{661}\u{662}\u{663} 45	fullmatch	None	
(?m)$	0	\u{661}\u{662}\u{663} 45	finditer	6,6|None	
(?m)$	0	a	search	1,1|None	
(?m)$	0	a	match	None	
(?m)$	0	a	fullmatch	None	
(?m)$	0	a	finditer	1,1|None	
(?m)$	0	ab	search@0:1	1,1|None	
(?m)$	0	ab	finditer@0:1	1,1|None	
(?m)$	0	\u{c9}\u{e9}SS\u{df}	search@1:5	5,5|None	
(?m)$	0	\u{c9}\u{e9}SS\u{df}	finditer@1:5	5,5|None	
(?m)$	0	bd cd ad	search@7:7	7,7|None	
(?m)$	0	bd cd ad	finditer@7:7	7,7|None	
(?s).*	0	\u{c9}	search	0,1|None	
(?s).*	0	\u{c9}	match	0,1|None	
(?s).*	0	\u{c9}	fullmatch	0,1|None	
(?s).*	0	\u{c9}	finditer	0,1|None 1,1|None	
(?s).*	0	x a\ny b	search	0,7|None	
(?s).*	0	x a\ny b	match	0,7|None	
(?s).*	0	x a\ny b	fullmatch	0,7|None	
(?s).*	0	x a\ny b	finditer	0,7|None 7,7|None	
(?s).*	0	john.doe@example.com	search	0,20|None	
(?s).*	0	john.doe@example.com	match	0,20|None	
(?s).*	0	john.doe@example.com	fullmatch	0,20|None	
(?s).*	0	john.doe@example.com	finditer	0,20|None 20,20|None	
(?s).*	0	ab\n	search	0,3|None	
(?s).*	0	ab\n	match	0,3|None	
(?s).*	0	ab\n	fullmatch	0,3|None	
(?s).*	0	ab\n	finditer	0,3|None 3,3|None	
(?s).*	0	\u{e9}	search	0,1|None	
(?s).*	0	\u{e9}	match	0,1|None	
(?s).*	0	\u{e9}	fullmatch	0,1|None	
(?s).*	0	\u{e9}	finditer	0,1|None 1,1|None	
(?s).*	0	a\nb\n	search	0,4|None	
(?s).*	0	a\nb\n	match	0,4|None	
(?s).*	0	a\nb\n	fullmatch	0,4|None	
(?s).*	0	a\nb\n	finditer	0,4|None 4,4|None	
(?s).*	0	bd cd ad	search	0,8|None	
(?s).*	0	bd cd ad	match	0,8|None	
(?s).*	0	bd cd ad	fullmatch	0,8|None	
(?s).*	0	bd cd ad	finditer	0,8|None 8,8|None	
(?s).*	0	K	search	0,1|None	
(?s).*	0	K	match	0,1|None	
(?s).*	0	K	fullmatch	0,1|None	
(?s).*	0	K	finditer	0,1|None 1,1|None	
(?s).*	0	hi"	search	0,3|None	
(?s).*	0	hi"	match	0,3|None	
(?s).*	0	hi"	fullmatch	0,3|None	
(?s).*	0	hi"	finditer	0,3|None 3,3|None	
(?s).*	0	bab	search	0,3|None	
(?s).*	0	bab	match	0,3|None	
(?s).*	0	bab	fullmatch	0,3|None	
(?s).*	0	bab	finditer	0,3|None 3,3|None	
(?s).*	0	Foo foo	search	0,7|None	
(?s).*	0	Foo foo	match	0,7|None	
(?s).*	0	Foo foo	fullmatch	0,7|None	
(?s).*	0	Foo foo	finditer	0,7|None 7,7|None	
(?s).*	0	b	search	0,1|None	
(?s).*	0	b	match	0,1|None	
(?s).*	0	b	fullmatch	0,1|None	
(?s).*	0	b	finditer	0,1|None 1,1|None	
(?s).*	0	abcde abc	search@0:6	0,6|None	
(?s).*	0	abcde abc	finditer@0:6	0,6|None 6,6|None	
(?s).*	0	xyz	search@3:1	None	
(?s).*	0	xyz	finditer@3:1		
(?s).*	0	cab	search@1:2	1,2|None	
(?s).*	0	cab	finditer@1:2	1,2|None 2,2|None	
(?s).*	2	a b c	search	0,5|None	
(?s).*	2	a b c	match	0,5|None	
(?s).*	2	a b c	fullmatch	0,5|None	
(?s).*	2	a b c	finditer	0,5|None 5,5|None	
(?s).*	2	aaa	search	0,3|None	
(?s).*	2	aaa	match	0,3|None	
(?s).*	2	aaa	fullmatch	0,3|None	
(?s).*	2	aaa	finditer	0,3|None 3,3|None	
(?s).*	2	2024-01-15	search	0,10|None	
(?s).*	2	2024-01-15	match	0,10|None	
(?s).*	2	2024-01-15	fullmatch	0,10|None	
(?s).*	2	2024-01-15	finditer	0,10|None 10,10|None	
(?s).*	2	abcd	search	0,4|None	
(?s).*	2	abcd	match	0,4|None	
(?s).*	2	abcd	fullmatch	0,4|None	
(?s).*	2	abcd	finditer	0,4|None 4,4|None	
(?s).*	2	aa	search	0,2|None	
(?s).*	2	aa	match	0,2|None	
(?s).*	2	aa	fullmatch	0,2|None	
(?s).*	2	aa	finditer	0,2|None 2,2|None	
(?s).*	2	b	search	0,1|None	
(?s).*	2	b	match	0,1|None	
(?s).*	2	b	fullmatch	0,1|None	
(?s).*	2	b	finditer	0,1|None 1,1|None	
(?s).*	2	K	search	0,1|None	
(?s).*	2	K	match	0,1|None	
(?s).*	2	K	fullmatch	0,1|None	
(?s).*	2	K	finditer	0,1|None 1,1|None	
(?s).*	2	\n	search	0,1|None	
(?s).*	2	\n	match	0,1|None	
(?s).*	2	\n	fullmatch	0,1|None	
(?s).*	2	\n	finditer	0,1|None 1,1|None	
(?s).*	2	aAaA	search	0,4|None	
(?s).*	2	aAaA	match	0,4|None	
(?s).*	2	aAaA	fullmatch	0,4|None	
(?s).*	2	aAaA	finditer	0,4|None 4,4|None	
(?s).*	2	ab\n	search	0,3|None	
(?s).*	2	ab\n	match	0,3|None	
(?s).*	2	ab\n	fullmatch	0,3|None	
(?s).*	2	ab\n	finditer	0,3|None 3,3|None	
(?s).*	2	abcdefghija0	search	0,12|None	
(?s).*	2	abcdefghija0	match	0,12|None	
(?s).*	2	abcdefghija0	fullmatch	0,12|None	
(?s).*	2	abcdefghija0	finditer	0,12|None 12,12|None	
(?s).*	2	bd cd ad	search	0,8|None	
(?s).*	2	bd cd ad	match	0,8|None	
(?s).*	2	bd cd ad	fullmatch	0,8|None	
(?s).*	2	bd cd ad	finditer	0,8|None 8,8|None	
(?s).*	2	ba	search@2:0	None	
(?s).*	2	ba	finditer@2:0		
(?s).*	2	aaa	search@3:1	None	
(?s).*	2	aaa	finditer@3:1		
(?s).*	2	a b c	search@0:0	0,0|None	
(?s).*	2	a b c	finditer@0:0	0,0|None	
a.c	0	ab	search	None	
a.c	0	ab	match	None	
a.c	0	ab	fullmatch	None	
a.c	0	ab	finditer		
a.c	0	cab	search	None	
a.c	0	cab	match	None	
a.c	0	cab	fullmatch	None	
a.c	0	cab	finditer		
a.c	0	hi"	search	None	
a.c	0	hi"	match	None	
a.c	0	hi"	fullmatch	None	
a.c	0	hi"	finditer		
a.c	0	aaab	search	None	
a.c	0	aaab	match	None	
a.c	0	aaab	fullmatch	None	
a.c	0	aaab	finditer		
a.c	0	b	search	None	
a.c	0	b	match	None	
a.c	0	b	fullmatch	None	
a.c	0	b	finditer		
a.c	0	abc	search	0,3|None	
a.c	0	abc	match	0,3|None	
a.c	0	abc	fullmatch	0,3|None	
a.c	0	abc	finditer	0,3|None	
a.c	0	xyz	search	None	
a.c	0	xyz	match	None	
a.c	0	xyz	fullmatch	None	
a.c	0	xyz	finditer		
a.c	0	ae cde abe	search	None	
a.c	0	ae cde abe	match	None	
a.c	0	ae cde abe	fullmatch	None	
a.c	0	ae cde abe	finditer		
a.c	0	ba	search	None	
a.c	0	ba	match	None	
a.c	0	ba	fullmatch	None	
a.c	0	ba	finditer		
a.c	0	2024-01-15	search	None	
a.c	0	2024-01-15	match	None	
a.c	0	2024-01-15	fullmatch	None	
a.c	0	2024-01-15	finditer		
a.c	0	a b c	search	None	
a.c	0	a b c	match	None	
a.c	0	a b c	fullmatch	None	
a.c	0	a b c	finditer		
a.c	0	\u{c9}\u{e9}SS\u{df}	search	None	
a.c	0	\u{c9}\u{e9}SS\u{df}	match	None	
a.c	0	\u{c9}\u{e9}SS\u{df}	fullmatch	None	
a.c	0	\u{c9}\u{e9}SS\u{df}	finditer		
a.c	0	ab\n	search@1:0	None	
a.c	0	ab\n	finditer@1:0		
a.c	0	aAaA	search@4:2	None	
a.c	0	aAaA	finditer@4:2		
a.c	0	a-b c_d	search@4:7	None	
a.c	0	a-b c_d	finditer@4:7		
[.]	0	aAaA	search	None	
[.]	0	aAaA	match	None	
[.]	0	aAaA	fullmatch	None	
[.]	0	aAaA	finditer		
[.]	0	\u{c9}\u{e9}SS\u{df}	search	None	
[.]	0	\u{c9}\u{e9}SS\u{df}	match	None	
[.]	0	\u{c9}\u{e9}SS\u{df}	fullmatch	None	
[.]	0	\u{c9}\u{e9}SS\u{df}	finditer		
[.]	0	K	search	None	
[.]	0	K	match	None	
[.]	0	K	fullmatch	None	
[.]	0	K	finditer		
[.]	0	A	search	None	
[.]	0	A	match	None	
[.]	0	A	fullmatch	None	
[.]	0	A	finditer		
[.]	0		search	None	
[.]	0		match	None	
[.]	0		fullmatch	None	
[.]	0		finditer		
[.]	0	\u{17f}S	search	None	
[.]	0	\u{17f}S	match	None	
[.]	0	\u{17f}S	fullmatch	None	
[.]	0	\u{17f}S	finditer		
[.]	0	\u{3a3}\u{3c3}\u{3c2}\u{391}\u{3a9}	search	None	
[.]	0	\u{3a3}\u{3c3}\u{3c2}\u{391}\u{3a9}	match	None	
[.]	0	\u{3a3}\u{3c3}\u{3c2}\u{391}\u{3a9}	fullmatch	None	
[.]	0	\u{3a3}\u{3c3}\u{3c2}\u{391}\u{3a9}	finditer		
[.]	0	\n	search	None	
[.]	0	\n	match	None	
[.]	0	\n	fullmatch	None	
[.]	0	\n	finditer		
[.]	0	a b c	search	None	
[.]	0	a b c	match	None	
[.]	0	a b c	fullmatch	None	
[.]	0	a b c	finditer		
[.]	0	xyz	search	None	
[.]	0	xyz	match	None	
[.]	0	xyz	fullmatch	None	
[.]	0	xyz	finditer		
[.]	0	\u{661}\u{662}\u{663} 45	search	None	
[.]	0	\u{661}\u{662}\u{663} 45	match	None	
[.]	0	\u{661}\u{662}\u{663} 45	fullmatch	None	
[.]	0	\u{661}\u{662}\u{663} 45	finditer		
[.]	0	cab	search	None	
[.]	0	cab	match	None	
[.]	0	cab	fullmatch	None	
[.]	0	cab	finditer		
[.]	0	\u{661}\u{662}\u{663} 45	search@4:1	None	
[.]	0	\u{661}\u{662}\u{663} 45	finditer@4:1		
[.]	0	x a\ny b	search@5:5	None	
[.]	0	x a\ny b	finditer@5:5		
[.]	0	aaa	search@0:2	None	
[.]	0	aaa	finditer@0:2		
a|	0	xyz	search	0,0|None	
a|	0	xyz	match	0,0|None	
a|	0	xyz	fullmatch	None	
a|	0	xyz	finditer	0,0|None 1,1|None 2,2|None 3,3|None	
a|	0	\u{661}\u{662}\u{663} 45	search	0,0|None	
a|	0	\u{661}\u{662}\u{663} 45	match	0,0|None	
a|	0	\u{661}\u{662}\u{663} 45	fullmatch	None	
a|	0	\u{661}\u{662}\u{663} 45	finditer	0,0|None 1,1|None 2,2|None 3,3|None 4,4|None 5,5|None 6,6|None	
a|	0	\u{c9}	search	0,0|None	
a|	0	\u{c9}	match	0,0|None	
a|	0	\u{c9}	fullmatch	None	
a|	0	\u{c9}	finditer	0,0|None 1,1|None	
a|	0	x a\ny b	search	0,0|None	
a|	0	x a\ny b	match	0,0|None	
a|	0	x a\ny b	fullmatch	None	
a|	0	x a\ny b	finditer	0,0|None 1,1|None 2,3|None 3,3|None 4,4|None 5,5|None 6,6|None 7,7|None	
a|	0	\u{e9}	search	0,0|None	
a|	0	\u{e9}	match	0,0|None	
a|	0	\u{e9}	fullmatch	None	
a|	0	\u{e9}	finditer	0,0|None 1,1|None	
a|	0	\u{3a3}\u{3c3}\u{3c2}\u{391}\u{3a9}	search	0,0|None	
a|	0	\u{3a3}\u{3c3}\u{3c2}\u{391}\u{3a9}	match	0,0|None	
a|	0	\u{3a3}\u{3c3}\u{3c2}\u{391}\u{3a9}	fullmatch	None	
a|	0	\u{3a3}\u{3c3}\u{3c2}\u{391}\u{3a9}	finditer	0,0|None 1,1|None 2,2|None 3,3|None 4,4|None 5,5|None	
a|	0	ababab	search	0,1|None	
a|	0	ababab	match	0,1|None	
a|	0	ababab	fullmatch	None	
a|	0	ababab	finditer	0,1|None 1,1|None 2,3|None 3,3|None 4,5|None 5,5|None 6,6|None	
a|	0	x\ty	search	0,0|None	
a|	0	x\ty	match	0,0|None	
a|	0	x\ty	fullmatch	None	
a|	0	x\ty	finditer	0,0|None 1,1|None 2,2|None 3,3|None	
a|	0	aaab	search	0,1|None	
a|	0	aaab	match	0,1|None	
a|	0	aaab	fullmatch	None	
a|	0	aaab	finditer	0,1|None 1,2|None 2,3|None 3,3|None 4,4|None	
a|	0	abc	search	0,1|None	
a|	0	abc	match	0,1|None	
a|	0	abc	fullmatch	None	
a|	0	abc	finditer	0,1|None 1,1|None 2,2|None 3,3|None	
a|	0	ba	search	0,0|None	
a|	0	ba	match	0,0|None	
a|	0	ba	fullmatch	None	
a|	0	ba	finditer	0,0|None 1,2|None 2,2|None	
a|	0	aa	search	0,1|None	
a|	0	aa	match	0,1|None	
a|	0	aa	fullmatch	None	
a|	0	aa	finditer	0,1|None 1,2|None 2,2|None	
a|	0	ae cde abe	search@1:10	1,1|None	
a|	0	ae cde abe	finditer@1:10	1,1|None 2,2|None 3,3|None 4,4|None 5,5|None 6,6|None 7,8|None 8,8|None 9,9|None 10,10|None	
a|	0	\u{e9}	search@0:1	0,0|None	
a|	0	\u{e9}	finditer@0:1	0,0|None 1,1|None	
a|	0	hi"	search@1:3	1,1|None	
a|	0	hi"	finditer@1:3	1,1|None 2,2|None 3,3|None	
|a	0	AbC	search	0,0|None	
|a	0	AbC	match	0,0|None	
|a	0	AbC	fullmatch	None	
|a	0	AbC	finditer	0,0|None 1,1|None 2,2|None 3,3|None	
|a	0	bab	search	0,0|None	
|a	0	bab	match	0,0|None	
|a	0	bab	fullmatch	None	
|a	0	bab	finditer	0,0|None 1,1|None 1,2|None 2,2|None 3,3|None	
|a	0	\u{17f}S	search	0,0|None	
|a	0	\u{17f}S	match	0,0|None	
|a	0	\u{17f}S	fullmatch	None	
|a	0	\u{17f}S	finditer	0,0|None 1,1|None 2,2|None	
|a	0	a b c	search	0,0|None	
|a	0	a b c	match	0,0|None	
|a	0	a b c	fullmatch	None	
|a	0	a b c	finditer	0,0|None 0,1|None 1,1|None 2,2|None 3,3|None 4,4|None 5,5|None	
|a	0	12 345 6	search	0,0|None	
|a	0	12 345 6	match	0,0|None	
|a	0	12 345 6	fullmatch	None	
|a	0	12 345 6	finditer	0,0|None 1,1|None 2,2|None 3,3|None 4,4|None 5,5|None 6,6|None 7,7|None 8,8|None	
|a	0	hello world	search	0,0|None	
|a	0	hello world	match	0,0|None	
|a	0	hello world	fullmatch	None	
|a	0	hello world	finditer	0,0|None 1,1|None 2,2|None 3,3|None 4,4|None 5,5|None 6,6|None 7,7|None 8,8|None 9,9|None 10,10|None 11,11|None	
|a	0	2024-01-15	search	0,0|None	
|a	0	2024-01-15	match	0,0|None	
|a	0	2024-01-15	fullmatch	None	
|a	0	2024-01-15	finditer	0,0|None 1,1|None 2,2|None 3,3|None 4,4|None 5,5|None 6,6|None 7,7|None 8,8|None 9,9|None 10,10|None	
|a	0	the the cat	search	0,0|None	
|a	0	the the cat	match	0,0|None	
|a	0	the the cat	fullmatch	None	
|a	0	the the cat	finditer	0,0|None 1,1|None 2,2|None 3,3|None 4,4|None 5,5|None 6,6|None 7,7|None 8,8|None 9,9|None 9,10|None 10,10|None 11,11|None	
|a	0	A	search	0,0|None	
|a	0	A	match	0,0|None	
|a	0	A	fullmatch	None	
|a	0	A	finditer	0,0|None 1,1|None	
|a	0		search	0,0|None	
|a	0		match	0,0|None	
|a	0		fullmatch	0,0|None	
|a	0		finditer	0,0|None	
|a	0	xyz	search	0,0|None	
|a	0	xyz	match	0,0|None	
|a	0	xyz	fullmatch	None	
|a	0	xyz	finditer	0,0|None 1,1|None 2,2|None 3,3|None	
|a	0	cab	search	0,0|None	
|a	0	cab	match	0,0|None	
|a	0	cab	fullmatch	None	
|a	0	cab	finditer	0,0|None 1,1|None 1,2|None 2,2|None 3,3|None	
|a	0	\u{3a3}\u{3c3}\u{3c2}\u{391}\u{3a9}	search@1:1	1,1|None	
|a	0	\u{3a3}\u{3c3}\u{3c2}\u{391}\u{3a9}	finditer@1:1	1,1|None	
|a	0	bab	search@0:0	0,0|None	
|a	0	bab	finditer@0:0	0,0|None	
|a	0	b	search@0:0	0,0|None	
|a	0	b	finditer@0:0	0,0|None	
(?:a|)*b	0	foo bar	search	4,5|None	
(?:a|)*b	0	foo bar	match	None	
(?:a|)*b	0	foo bar	fullmatch	None	
(?:a|)*b	0	foo bar	finditer	4,5|None	
(?:a|)*b	0	xyz	search	None	
(?:a|)*b	0	xyz	match	None	
(?:a|)*b	0	xyz	fullmatch	None	
(?:a|)*b	0	xyz	finditer		
(?:a|)*b	0	aaa	search	None	
(?:a|)*b	0	aaa	match	None	
(?:a|)*b	0	aaa	fullmatch	None	
(?:a|)*b	0	aaa	finditer		
(?:a|)*b	0	12 345 6	search	None	
(?:a|)*b	0	12 345 6	match	None	
(?:a|)*b	0	12 345 6	fullmatch	None	
(?:a|)*b	0	12 345 6	finditer		
(?:a|)*b	0	bd cd ad	search	0,1|None	
(?:a|)*b	0	bd cd ad	match	0,1|None	
(?:a|)*b	0	bd cd ad	fullmatch	None	
(?:a|)*b	0	bd cd ad	finditer	0,1|None	
(?:a|)*b	0	abcabc	search	0,2|None	
(?:a|)*b	0	abcabc	match	0,2|None	
(?:a|)*b	0	abcabc	fullmatch	None	
(?:a|)*b	0	abcabc	finditer	0,2|None 3,5|None	
(?:a|)*b	0	bab	search	0,1|None	
(?:a|)*b	0	bab	match	0,1|None	
(?:a|)*b	0	bab	fullmatch	None	
(?:a|)*b	0	bab	finditer	0,1|None 1,3|None	
(?:a|)*b	0	\u{c9}\u{e9}SS\u{df}	search	None	
(?:a|)*b	0	\u{c9}\u{e9}SS\u{df}	match	None	
(?:a|)*b	0	\u{c9}\u{e9}SS\u{df}	fullmatch	None	
(?:a|)*b	0	\u{c9}\u{e9}SS\u{df}	finditer		
(?:a|)*b	0	ab	search	0,2|None	
(?:a|)*b	0	ab	match	0,2|None	
(?:a|)*b	0	ab	fullmatch	0,2|None	
(?:a|)*b	0	ab	finditer	0,2|None	
(?:a|)*b	0	abcd	search	0,2|None	
(?:a|)*b	0	abcd	match	0,2|None	
(?:a|)*b	0	abcd	fullmatch	None	
(?:a|)*b	0	abcd	finditer	0,2|None	
(?:a|)*b	0	ab\n	search	0,2|None	
(?:a|)*b	0	ab\n	match	0,2|None	
(?:a|)*b	0	ab\n	fullmatch	None	
(?:a|)*b	0	ab\n	finditer	0,2|None	
(?:a|)*b	0	aa	search	None	
(?:a|)*b	0	aa	match	None	
(?:a|)*b	0	aa	fullmatch	None	
(?:a|)*b	0	aa	finditer		
(?:a|)*b	0	a b c	search@3:1	None	
(?:a|)*b	0	a b c	finditer@3:1		
(?:a|)*b	0	abcabc	search@6:0	None	
(?:a|)*b	0	abcabc	finditer@6:0		
(?:a|)*b	0	\u{3a3}\u{3c3}\u{3c2}\u{391}\u{3a9}	search@4:1	None	
(?:a|)*b	0	\u{3a3}\u{3c3}\u{3c2}\u{391}\u{3a9}	finditer@4:1		
((a)|(b))*	0	hello world	search	0,0;-1,-1;-1,-1;-1,-1|None	
((a)|(b))*	0	hello world	match	0,0;-1,-1;-1,-1;-1,-1|None	
((a)|(b))*	0	hello world	fullmatch	None	
((a)|(b))*	0	hello world	finditer	0,0;-1,-1;-1,-1;-1,-1|None 1,1;-1,-1;-1,-1;-1,-1|None 2,2;-1,-1;-1,-1;-1,-1|None 3,3;-1,-1;-1,-1;-1,-1|None 4,4;-1,-1;-1,-1;-1,-1|None 5,5;-1,-1;-1,-1;-1,-1|None 6,6;-1,-1;-1,-1;-1,-1|None 7,7;-1,-1;-1,-1;-1,-1|None 8,8;-1,-1;-1,-1;-1,-1|None 9,9;-1,-1;-1,-1;-1,-1|None 10,10;-1,-1;-1,-1;-1,-1|None 11,11;-1,-1;-1,-1;-1,-1|None	
((a)|(b))*	0	abcdefghija0	search	0,2;1,2;0,1;1,2|1	
((a)|(b))*	0	abcdefghija0	match	0,2;1,2;0,1;1,2|1	
((a)|(b))*	0	abcdefghija0	fullmatch	None	
((a)|(b))*	0	abcdefghija0	finditer	0,2;1,2;0,1;1,2|1 2,2;-1,-1;-1,-1;-1,-1|None 3,3;-1,-1;-1,-1;-1,-1|None 4,4;-1,-1;-1,-1;-1,-1|None 5,5;-1,-1;-1,-1;-1,-1|None 6,6;-1,-1;-1,-1;-1,-1|None 7,7;-1,-1;-1,-1;-1,-1|None 8,8;-1,-1;-1,-1;-1,-1|None 9,9;-1,-1;-1,-1;-1,-1|None 10,11;10,11;10,11;-1,-1|1 11,11;-1,-1;-1,-1;-1,-1|None 12,12;-1,-1;-1,-1;-1,-1|None	
((a)|(b))*	0	\u{c9}	search	0,0;-1,-1;-1,-1;-1,-1|None	
((a)|(b))*	0	\u{c9}	match	0,0;-1,-1;-1,-1;-1,-1|None	
((a)|(b))*	0	\u{c9}	fullmatch	None	
((a)|(b))*	0	\u{c9}	finditer	0,0;-1,-1;-1,-1;-1,-1|None 1,1;-1,-1;-1,-1;-1,-1|None	
((a)|(b))*	0	A	search	0,0;-1,-1;-1,-1;-1,-1|None	
((a)|(b))*	0	A	match	0,0;-1,-1;-1,-1;-1,-1|None	
((a)|(b))*	0	A	fullmatch	None	
((a)|(b))*	0	A	finditer	0,0;-1,-1;-1,-1;-1,-1|None 1,1;-1,-1;-1,-1;-1,-1|None	
((a)|(b))*	0	a b c	search	0,1;0,1;0,1;-1,-1|1	
((a)|(b))*	0	a b c	match	0,1;0,1;0,1;-1,-1|1	
((a)|(b))*	0	a b c	fullmatch	None	
((a)|(b))*	0	a b c	finditer	0,1;0,1;0,1;-1,-1|1 1,1;-1,-1;-1,-1;-1,-1|None 2,3;2,3;-1,-1;2,3|1 3,3;-1,-1;-1,-1;-1,-1|None 4,4;-1,-1;-1,-1;-1,-1|None 5,5;-1,-1;-1,-1;-1,-1|None	
((a)|(b))*	0	ab	search	0,2;1,2;0,1;1,2|1	
((a)|(b))*	0	ab	match	0,2;1,2;0,1;1,2|1	
((a)|(b))*	0	ab	fullmatch	0,2;1,2;0,1;1,2|1	
((a)|(b))*	0	ab	finditer	0,2;1,2;0,1;1,2|1 2,2;-1,-1;-1,-1;-1,-1|None	
((a)|(b))*	0	bd cd ad	search	0,1;0,1;-1,-1;0,1|1	
((a)|(b))*	0	bd cd ad	match	0,1;0,1;-1,-1;0,1|1	
((a)|(b))*	0	bd cd ad	fullmatch	None	
((a)|(b))*	0	bd cd ad	finditer	0,1;0,1;-1,-1;0,1|1 1,1;-1,-1;-1,-1;-1,-1|None 2,2;-1,-1;-1,-1;-1,-1|None 3,3;-1,-1;-1,-1;-1,-1|None 4,4;-1,-1;-1,-1;-1,-1|None 5,5;-1,-1;-1,-1;-1,-1|None 6,7;6,7;6,7;-1,-1|1 7,7;-1,-1;-1,-1;-1,-1|None 8,8;-1,-1;-1,-1;-1,-1|None	
((a)|(b))*	0	cab	search	0,0;-1,-1;-1,-1;-1,-1|None	
((a)|(b))*	0	cab	match	0,0;-1,-1;-1,-1;-1,-1|None	
((a)|(b))*	0	cab	fullmatch	None	
((a)|(b))*	0	cab	finditer	0,0;-1,-1;-1,-1;-1,-1|None 1,3;2,3;1,2;2,3|1 3,3;-1,-1;-1,-1;-1,-1|None	
((a)|(b))*	0	K	search	0,0;-1,-1;-1,-1;-1,-1|None	
((a)|(b))*	0	K	match	0,0;-1,-1;-1,-1;-1,-1|None	
((a)|(b))*	0	K	fullmatch	None	
((a)|(b))*	0	K	finditer	0,0;-1,-1;-1,-1;-1,-1|None 1,1;-1,-1;-1,-1;-1,-1|None	
((a)|(b))*	0	foo bar	search	0,0;-1,-1;-1,-1;-1,-1|None	
((a)|(b))*	0	foo bar	match	0,0;-1,-1;-1,-1;-1,-1|None	
((a)|(b))*	0	foo bar	fullmatch	None	
((a)|(b))*	0	foo bar	finditer	0,0;-1,-1;-1,-1;-1,-1|None 1,1;-1,-1;-1,-1;-1,-1|None 2,2;-1,-1;-1,-1;-1,-1|None 3,3;-1,-1;-1,-1;-1,-1|None 4,6;5,6;5,6;4,5|1 6,6;-1,-1;-1,-1;-1,-1|None 7,7;-1,-1;-1,-1;-1,-1|None	
((a)|(b))*	0	john.doe@example.com	search	0,0;-1,-1;-1,-1;-1,-1|None	
((a)|(b))*	0	john.doe@example.com	match	0,0;-1,-1;-1,-1;-1,-1|None	
((a)|(b))*	0	john.doe@example.com	fullmatch	None	
((a)|(b))*	0	john.doe@example.com	finditer	0,0;-1,-1;-1,-1;-1,-1|None 1,1;-1,-1;-1,-1;-1,-1|None 2,2;-1,-1;-1,-1;-1,-1|None 3,3;-1,-1;-1,-1;-1,-1|None 4,4;-1,-1;-1,-1;-1,-1|None 5,5;-1,-1;-1,-1;-1,-1|None 6,6;-1,-1;-1,-1;-1,-1|None 7,7;-1,-1;-1,-1;-1,-1|None 8,8;-1,-1;-1,-1;-1,-1|None 9,9;-1,-1;-1,-1;-1,-1|None 10,10;-1,-1;-1,-1;-1,-1|None 11,12;11,12;11,12;-1,-1|1 12,12;-1,-1;-1,-1;-1,-1|None 13,13;-1,-1;-1,-1;-1,-1|None 14,14;-1,-1;-1,-1;-1,-1|None 15,15;-1,-1;-1,-1;-1,-1|None 16,16;-1,-1;-1,-1;-1,-1|None 17,17;-1,-1;-1,-1;-1,-1|None 18,18;-1,-1;-1,-1;-1,-1|None 19,19;-1,-1;-1,-1;-1,-1|None 20,20;-1,-1;-1,-1;-1,-1|None	
((a)|(b))*	0	aaa	search	0,3;2,3;2,3;-1,-1|1	
((a)|(b))*	0	aaa	match	0,3;2,3;2,3;-1,-1|1	
((a)|(b))*	0	aaa	fullmatch	0,3;2,3;2,3;-1,-1|1	
((a)|(b))*	0	aaa	finditer	0,3;2,3;2,3;-1,-1|1 3,3;-1,-1;-1,-1;-1,-1|None	
((a)|(b))*	0	abcdefghijkk	search@8:3	None	
((a)|(b))*	0	abcdefghijkk	finditer@8:3		
((a)|(b))*	0	\u{c9}	search@0:1	0,0;-1,-1;-1,-1;-1,-1|None	
((a)|(b))*	0	\u{c9}	finditer@0:1	0,0;-1,-1;-1,-1;-1,-1|None 1,1;-1,-1;-1,-1;-1,-1|None	
((a)|(b))*	0	aa	search@0:0	0,0;-1,-1;-1,-1;-1,-1|None	
((a)|(b))*	0	aa	finditer@0:0	0,0;-1,-1;-1,-1;-1,-1|None	
(a)*	0	john.doe@example.com	search	0,0;-1,-1|None	
(a)*	0	john.doe@example.com	match	0,0;-1,-1|None	
(a)*	0	john.doe@example.com	fullmatch	None	
(a)*	0	john.doe@example.com	finditer	0,0;-1,-1|None 1,1;-1,-1|None 2,2;-1,-1|None 3,3;-1,-1|None 4,4;-1,-1|None 5,5;-1,-1|None 6,6;-1,-1|None 7,7;-1,-1|None 8,8;-1,-1|None 9,9;-1,-1|None 10,10;-1,-1|None 11,12;11,12|1 12,12;-1,-1|None 13,13;-1,-1|None 14,14;-1,-1|None 15,15;-1,-1|None 16,16;-1,-1|None 17,17;-1,-1|None 18,18;-1,-1|None 19,19;-1,-1|None 20,20;-1,-1|None	
(a)*	0	cab	search	0,0;-1,-1|None	
(a)*	0	cab	match	0,0;-1,-1|None	
(a)*	0	cab	fullmatch	None	
(a)*	0	cab	finditer	0,0;-1,-1|None 1,2;1,2|1 2,2;-1,-1|None 3,3;-1,-1|None	
(a)*	0	xyz	search	0,0;-1,-1|None	
(a)*	0	xyz	match	0,0;-1,-1|None	
(a)*	0	xyz	fullmatch	None	
(a)*	0	xyz	finditer	0,0;-1,-1|None 1,1;-1,-1|None 2,2;-1,-1|None 3,3;-1,-1|None	
(a)*	0	\n	search	0,0;-1,-1|None	
(a)*	0	\n	match	0,0;-1,-1|None	
(a)*	0	\n	fullmatch	None	
(a)*	0	\n	finditer	0,0;-1,-1|None 1,1;-1,-1|None	
(a)*	0	a\nb\n	search	0,1;0,1|1	
(a)*	0	a\nb\n	match	0,1;0,1|1	
(a)*	0	a\nb\n	fullmatch	None	
(a)*	0	a\nb\n	finditer	0,1;0,1|1 1,1;-1,-1|None 2,2;-1,-1|None 3,3;-1,-1|None 4,4;-1,-1|None	
(a)*	0	abcabc	search	0,1;0,1|1	
(a)*	0	abcabc	match	0,1;0,1|1	
(a)*	0	abcabc	fullmatch	None	
(a)*	0	abcabc	finditer	0,1;0,1|1 1,1;-1,-1|None 2,2;-1,-1|None 3,4;3,4|1 4,4;-1,-1|None 5,5;-1,-1|None 6,6;-1,-1|None	
(a)*	0	\u{c9}	search	0,0;-1,-1|None	
(a)*	0	\u{c9}	match	0,0;-1,-1|None	
(a)*	0	\u{c9}	fullmatch	None	
(a)*	0	\u{c9}	finditer	0,0;-1,-1|None 1,1;-1,-1|None	
(a)*	0	AbC	search	0,0;-1,-1|None	
(a)*	0	AbC	match	0,0;-1,-1|None	
(a)*	0	AbC	fullmatch	None	
(a)*	0	AbC	finditer	0,0;-1,-1|None 1,1;-1,-1|None 2,2;-1,-1|None 3,3;-1,-1|None	
(a)*	0	K	search	0,0;-1,-1|None	
(a)*	0	K	match	0,0;-1,-1|None	
(a)*	0	K	fullmatch	None	
(a)*	0	K	finditer	0,0;-1,-1|None 1,1;-1,-1|None	
(a)*	0	ab	search	0,1;0,1|1	
(a)*	0	ab	match	0,1;0,1|1	
(a)*	0	ab	fullmatch	None	
(a)*	0	ab	finditer	0,1;0,1|1 1,1;-1,-1|None 2,2;-1,-1|None	
(a)*	0	ba	search	0,0;-1,-1|None	
(a)*	0	ba	match	0,0;-1,-1|None	
(a)*	0	ba	fullmatch	None	
(a)*	0	ba	finditer	0,0;-1,-1|None 1,2;1,2|1 2,2;-1,-1|None	
(a)*	0	\u{661}\u{662}\u{663} 45	search	0,0;-1,-1|None	
(a)*	0	\u{661}\u{662}\u{663} 45	match	0,0;-1,-1|None	
(a)*	0	\u{661}\u{662}\u{663} 45	fullmatch	None	
(a)*	0	\u{661}\u{662}\u{663} 45	finditer	0,0;-1,-1|None 1,1;-1,-1|None 2,2;-1,-1|None 3,3;-1,-1|None 4,4;-1,-1|None 5,5;-1,-1|None 6,6;-1,-1|None	
(a)*	0	abcd	search@1:3	1,1;-1,-1|None	
(a)*	0	abcd	finditer@1:3	1,1;-1,-1|None 2,2;-1,-1|None 3,3;-1,-1|None	
(a)*	0	AbC	search@3:3	3,3;-1,-1|None	
(a)*	0	AbC	finditer@3:3	3,3;-1,-1|None	
(a)*	0	cab	search@2:1	None	
(a)*	0	cab	finditer@2:1		
(a){0}	0	foo bar	search	0,0;-1,-1|None	
(a){0}	0	foo bar	match	0,0;-1,-1|None	
(a){0}	0	foo bar	fullmatch	None	
(a){0}	0	foo bar	finditer	0,0;-1,-1|None 1,1;-1,-1|None 2,2;-1,-1|None 3,3;-1,-1|None 4,4;-1,-1|None 5,5;-1,-1|None 6,6;-1,-1|None 7,7;-1,-1|None	
(a){0}	0	AbC	search	0,0;-1,-1|None	
(a){0}	0	AbC	match	0,0;-1,-1|None	
(a){0}	0	AbC	fullmatch	None	
(a){0}	0	AbC	finditer	0,0;-1,-1|None 1,1;-1,-1|None 2,2;-1,-1|None 3,3;-1,-1|None	
(a){0}	0	xyz	search	0,0;-1,-1|None	
(a){0}	0	xyz	match	0,0;-1,-1|None	
(a){0}	0	xyz	fullmatch	None	
(a){0}	0	xyz	finditer	0,0;-1,-1|None 1,1;-1,-1|None 2,2;-1,-1|None 3,3;-1,-1|None	
(a){0}	0	bd cd ad	search	0,0;-1,-1|None	
(a){0}	0	bd cd ad	match	0,0;-1,-1|None	
(a){0}	0	bd cd ad	fullmatch	None	
(a){0}	0	bd cd ad	finditer	0,0;-1,-1|None 1,1;-1,-1|None 2,2;-1,-1|None 3,3;-1,-1|None 4,4;-1,-1|None 5,5;-1,-1|None 6,6;-1,-1|None 7,7;-1,-1|None 8,8;-1,-1|None	
(a){0}	0	a\nb\n	search	0,0;-1,-1|None	
(a){0}	0	a\nb\n	match	0,0;-1,-1|None	
(a){0}	0	a\nb\n	fullmatch	None	
(a){0}	0	a\nb\n	finditer	0,0;-1,-1|None 1,1;-1,-1|None 2,2;-1,-1|None 3,3;-1,-1|None 4,4;-1,-1|None	
(a){0}	0	b	search	0,0;-1,-1|None	
(a){0}	0	b	match	0,0;-1,-1|None	
(a){0}	0	b	fullmatch	None	
(a){0}	0	b	finditer	0,0;-1,-1|None 1,1;-1,-1|None	
(a){0}	0	abc	search	0,0;-1,-1|None	
(a){0}	0	abc	match	0,0;-1,-1|None	
(a){0}	0	abc	fullmatch	None	
(a){0}	0	abc	finditer	0,0;-1,-1|None 1,1;-1,-1|None 2,2;-1,-1|None 3,3;-1,-1|None	
(a){0}	0	\u{661}\u{662}\u{663} 45	search	0,0;-1,-1|None	
(a){0}	0	\u{661}\u{662}\u{663} 45	match	0,0;-1,-1|None	
(a){0}	0	\u{661}\u{662}\u{663} 45	fullmatch	None	
(a){0}	0	\u{661}\u{662}\u{663} 45	finditer	0,0;-1,-1|None 1,1;-1,-1|None 2,2;-1,-1|None 3,3;-1,-1|None 4,4;-1,-1|None 5,5;-1,-1|None 6,6;-1,-1|None	
(a){0}	0	ae cde abe	search	0,0;-1,-1|None	
(a){0}	0	ae cde abe	match	0,0;-1,-1|None	
(a){0}	0	ae cde abe	fullmatch	None	
(a){0}	0	ae cde abe	finditer	0,0;-1,-1|None 1,1;-1,-1|None 2,2;-1,-1|None 3,3;-1,-1|None 4,4;-1,-1|None 5,5;-1,-1|None 6,6;-1,-1|None 7,7;-1,-1|None 8,8;-1,-1|None 9,9;-1,-1|None 10,10;-1,-1|None	
(a){0}	0	"hi"	search	0,0;-1,-1|None	
(a){0}	0	"hi"	match	0,0;-1,-1|None	
(a){0}	0	"hi"	fullmatch	None	
(a){0}	0	"hi"	finditer	0,0;-1,-1|None 1,1;-1,-1|None 2,2;-1,-1|None 3,3;-1,-1|None 4,4;-1,-1|None	
(a){0}	0	\u{c9}\u{e9}SS\u{df}	search	0,0;-1,-1|None	
(a){0}	0	\u{c9}\u{e9}SS\u{df}	match	0,0;-1,-1|None	
(a){0}	0	\u{c9}\u{e9}SS\u{df}	fullmatch	None	
(a){0}	0	\u{c9}\u{e9}SS\u{df}	finditer	0,0;-1,-1|None 1,1;-1,-1|None 2,2;-1,-1|None 3,3;-1,-1|None 4,4;-1,-1|None 5,5;-1,-1|None	
(a){0}	0	\u{c9}	search	0,0;-1,-1|None	
(a){0}	0	\u{c9}	match	0,0;-1,-1|None	
(a){0}	0	\u{c9}	fullmatch	None	
(a){0}	0	\u{c9}	finditer	0,0;-1,-1|None 1,1;-1,-1|None	
(a){0}	0	a\nb\n	search@3:2	None	
(a){0}	0	a\nb\n	finditer@3:2		
(a){0}	0	a b c	search@0:5	0,0;-1,-1|None	
(a){0}	0	a b c	finditer@0:5	0,0;-1,-1|None 1,1;-1,-1|None 2,2;-1,-1|None 3,3;-1,-1|None 4,4;-1,-1|None 5,5;-1,-1|None	
(a){0}	0	2024-01-15	search@4:5	4,4;-1,-1|None	
(a){0}	0	2024-01-15	finditer@4:5	4,4;-1,-1|None 5,5;-1,-1|None	
(a){2}	0	ab\n	search	None	
(a){2}	0	ab\n	match	None	
(a){2}	0	ab\n	fullmatch	None	
(a){2}	0	ab\n	finditer		
(a){2}	0	x a\ny b	search	None	
(a){2}	0	x a\ny b	match	None	
(a){2}	0	x a\ny b	fullmatch	None	
(a){2}	0	x a\ny b	finditer		
(a){2}	0	ae cde abe	search	None	
(a){2}	0	ae cde abe	match	None	
(a){2}	0	ae cde abe	fullmatch	None	
(a){2}	0	ae cde abe	finditer		
(a){2}	0	ababab	search	None	
(a){2}	0	ababab	match	None	
(a){2}	0	ababab	fullmatch	None	
(a){2}	0	ababab	finditer		
(a){2}	0	bab	search	None	
(a){2}	0	bab	match	None	
(a){2}	0	bab	fullmatch	None	
(a){2}	0	bab	finditer		
(a){2}	0	12 345 6	search	None	
(a){2}	0	12 345 6	match	None	
(a){2}	0	12 345 6	fullmatch	None	
(a){2}	0	12 345 6	finditer		
(a){2}	0	the the cat	search	None	
(a){2}	0	the the cat	match	None	
(a){2}	0	the the cat	fullmatch	None	
(a){2}	0	the the cat	finditer		
(a){2}	0	aa	search	0,2;1,2|1	
(a){2}	0	aa	match	0,2;1,2|1	
(a){2}	0	aa	fullmatch	0,2;1,2|1	
(a){2}	0	aa	finditer	0,2;1,2|1	
(a){2}	0	\n	search	None	
(a){2}	0	\n	match	None	
(a){2}	0	\n	fullmatch	None	
(a){2}	0	\n	finditer		
(a){2}	0	a b c	search	None	
(a){2}	0	a b c	match	None	
(a){2}	0	a b c	fullmatch	None	
(a){2}	0	a b c	finditer		
(a){2}	0	john.doe@example.com	search	None	
(a){2}	0	john.doe@example.com	match	None	
(a){2}	0	john.doe@example.com	fullmatch	None	
(a){2}	0	john.doe@example.com	finditer		
(a){2}	0	 , a ,b	search	None	
(a){2}	0	 , a ,b	match	None	
(a){2}	0	 , a ,b	fullmatch	None	
(a){2}	0	 , a ,b	finditer		
(a){2}	0	abcd	search@4:3	None	
(a){2}	0	abcd	finditer@4:3		
(a){2}	0	foo bar	search@1:2	None	
(a){2}	0	foo bar	finditer@1:2		
(a){2}	0	hello world	search@10:8	None	
(a){2}	0	hello world	finditer@10:8		
(?i)\\w+	0	abc	search	0,3|None	
(?i)\\w+	0	abc	match	0,3|None	
(?i)\\w+	0	abc	fullmatch	0,3|None	
(?i)\\w+	0	abc	finditer	0,3|None	
(?i)\\w+	0	hi"	search	0,2|None	
(?i)\\w+	0	hi"	match	0,2|None	
(?i)\\w+	0	hi"	fullmatch	None	
(?i)\\w+	0	hi"	finditer	0,2|None	
(?i)\\w+	0	\n	search	None	
(?i)\\w+	0	\n	match	None	
(?i)\\w+	0	\n	fullmatch	None	
(?i)\\w+	0	\n	finditer		
(?i)\\w+	0	\u{65e5}\u{672c}\u{8a9e}	search	0,3|None	
(?i)\\w+	0	\u{65e5}\u{672c}\u{8a9e}	match	0,3|None	
(?i)\\w+	0	\u{65e5}\u{672c}\u{8a9e}	fullmatch	0,3|None	
(?i)\\w+	0	\u{65e5}\u{672c}\u{8a9e}	finditer	0,3|None	
(?i)\\w+	0	AbC	search	0,3|None	
(?i)\\w+	0	AbC	match	0,3|None	
(?i)\\w+	0	AbC	fullmatch	0,3|None	
(?i)\\w+	0	AbC	finditer	0,3|None	
(?i)\\w+	0	abcd	search	0,4|None	
(?i)\\w+	0	abcd	match	0,4|None	
(?i)\\w+	0	abcd	fullmatch	0,4|None	
(?i)\\w+	0	abcd	finditer	0,4|None	
(?i)\\w+	0	ab	search	0,2|None	
(?i)\\w+	0	ab	match	0,2|None	
(?i)\\w+	0	ab	fullmatch	0,2|None	
(?i)\\w+	0	ab	finditer	0,2|None	
(?i)\\w+	0	aaab	search	0,4|None	
(?i)\\w+	0	aaab	match	0,4|None	
(?i)\\w+	0	aaab	fullmatch	0,4|None	
(?i)\\w+	0	aaab	finditer	0,4|None	
(?i)\\w+	0	\u{3a3}\u{3c3}\u{3c2}\u{391}\u{3a9}	search	0,5|None	
(?i)\\w+	0	\u{3a3}\u{3c3}\u{3c2}\u{391}\u{3a9}	match	0,5|None	
(?i)\\w+	0	\u{3a3}\u{3c3}\u{3c2}\u{391}\u{3a9}	fullmatch	0,5|None	
(?i)\\w+	0	\u{3a3}\u{3c3}\u{3c2}\u{391}\u{3a9}	finditer	0,5|None	
(?i)\\w+	0	Foo foo	search	0,3|None	
(?i)\\w+	0	Foo foo	match	0,3|None	
(?i)\\w+	0	Foo foo	fullmatch	None	
(?i)\\w+	0	Foo foo	finditer	0,3|None 4,7|None	
(?i)\\w+	0	12 345 6	search	0,2|None	
(?i)\\w+	0	12 345 6	match	0,2|None	
(?i)\\w+	0	12 345 6	fullmatch	None	
(?i)\\w+	0	12 345 6	finditer	0,2|None 3,6|None 7,8|None	
(?i)\\w+	0	\u{c9}\u{e9}SS\u{df}	search	0,5|None	
(?i)\\w+	0	\u{c9}\u{e9}SS\u{df}	match	0,5|None	
(?i)\\w+	0	\u{c9}\u{e9}SS\u{df}	fullmatch	0,5|None	
(?i)\\w+	0	\u{c9}\u{e9}SS\u{df}	finditer	0,5|None	
(?i)\\w+	0	x a\ny b	search@7:0	None	
(?i)\\w+	0	x a\ny b	finditer@7:0		
(?i)\\w+	0	hello world	search@3:10	3,5|None	
(?i)\\w+	0	hello world	finditer@3:10	3,5|None 6,10|None	
(?i)\\w+	0	abcdefghijkk	search@9:12	9,12|None	
(?i)\\w+	0	abcdefghijkk	finditer@9:12	9,12|None	
(?i)\\w+	2	john.doe@example.com	search	0,4|None	
(?i)\\w+	2	john.doe@example.com	match	0,4|None	
(?i)\\w+	2	john.doe@example.com	fullmatch	None	
(?i)\\w+	2	john.doe@example.com	finditer	0,4|None 5,8|None 9,16|None 17,20|None	
(?i)\\w+	2	\u{65e5}\u{672c}\u{8a9e}	search	0,3|None	
(?i)\\w+	2	\u{65e5}\u{672c}\u{8a9e}	match	0,3|None	
(?i)\\w+	2	\u{65e5}\u{672c}\u{8a9e}	fullmatch	0,3|None	
(?i)\\w+	2	\u{65e5}\u{672c}\u{8a9e}	finditer	0,3|None	
(?i)\\w+	2	Foo foo	search	0,3|None	
(?i)\\w+	2	Foo foo	match	0,3|None	
(?i)\\w+	2	Foo foo	fullmatch	None	
(?i)\\w+	2	Foo foo	finditer	0,3|None 4,7|None	
(?i)\\w+	2		search	None	
(?i)\\w+	2		match	None	
(?i)\\w+	2		fullmatch	None	
(?i)\\w+	2		finditer		
(?i)\\w+	2	ba	search	0,2|None	
(?i)\\w+	2	ba	match	0,2|None	
(?i)\\w+	2	ba	fullmatch	0,2|None	
(?i)\\w+	2	ba	finditer	0,2|None	
(?i)\\w+	2	\u{c9}	search	0,1|None	
(?i)\\w+	2	\u{c9}	match	0,1|None	
(?i)\\w+	2	\u{c9}	fullmatch	0,1|None	
(?i)\\w+	2	\u{c9}	finditer	0,1|None	
(?i)\\w+	2	ab	search	0,2|None	
(?i)\\w+	2	ab	match	0,2|None	
(?i)\\w+	2	ab	fullmatch	0,2|None	
(?i)\\w+	2	ab	finditer	0,2|None	
(?i)\\w+	2	abc	search	0,3|None	
(?i)\\w+	2	abc	match	0,3|None	
(?i)\\w+	2	abc	fullmatch	0,3|None	
(?i)\\w+	2	abc	finditer	0,3|None	
(?i)\\w+	2	xyz	search	0,3|None	
(?i)\\w+	2	xyz	match	0,3|None	
(?i)\\w+	2	xyz	fullmatch	0,3|None	
(?i)\\w+	2	xyz	finditer	0,3|None	
(?i)\\w+	2	ab\n	search	0,2|None	
(?i)\\w+	2	ab\n	match	0,2|None	
(?i)\\w+	2	ab\n	fullmatch	None	
(?i)\\w+	2	ab\n	finditer	0,2|None	
(?i)\\w+	2	ae cde abe	search	0,2|None	
(?i)\\w+	2	ae cde abe	match	0,2|None	
(?i)\\w+	2	ae cde abe	fullmatch	None	
(?i)\\w+	2	ae cde abe	finditer	0,2|None 3,6|None 7,10|None	
(?i)\\w+	2	a\nb\n	search	0,1|None	
(?i)\\w+	2	a\nb\n	match	0,1|None	
(?i)\\w+	2	a\nb\n	fullmatch	None	
(?i)\\w+	2	a\nb\n	finditer	0,1|None 2,3|None	
(?i)\\w+	2	K	search@1:1	None	
(?i)\\w+	2	K	finditer@1:1		
(?i)\\w+	2	xyz	search@0:3	0,3|None	
(?i)\\w+	2	xyz	finditer@0:3	0,3|None	
(?i)\\w+	2	\u{65e5}\u{672c}\u{8a9e}	search@3:2	None	
(?i)\\w+	2	\u{65e5}\u{672c}\u{8a9e}	finditer@3:2		
[^\\W\\d]+	0	b	search	0,1|None	
[^\\W\\d]+	0	b	match	0,1|None	
[^\\W\\d]+	0	b	fullmatch	0,1|None	
[^\\W\\d]+	0	b	finditer	0,1|None	
[^\\W\\d]+	0	2024-01-15	search	None	
[^\\W\\d]+	0	2024-01-15	match	None	
[^\\W\\d]+	0	2024-01-15	fullmatch	None	
[^\\W\\d]+	0	2024-01-15	finditer		
[^\\W\\d]+	0	abcde abc	search	0,5|None	
[^\\W\\d]+	0	abcde abc	match	0,5|None	
[^\\W\\d]+	0	abcde abc	fullmatch	None	
[^\\W\\d]+	0	abcde abc	finditer	0,5|None 6,9|None	
[^\\W\\d]+	0	ababab	search	0,6|None	
[^\\W\\d]+	0	ababab	match	0,6|None	
[^\\W\\d]+	0	ababab	fullmatch	0,6|None	
[^\\W\\d]+	0	ababab	finditer	0,6|None	
[^\\W\\d]+	0	 , a ,b	search	3,4|None	
[^\\W\\d]+	0	 , a ,b	match	None	
[^\\W\\d]+	0	 , a ,b	fullmatch	None	
[^\\W\\d]+	0	 , a ,b	finditer	3,4|None 6,7|None	
[^\\W\\d]+	0	ba	search	0,2|None	
[^\\W\\d]+	0	ba	match	0,2|None	
[^\\W\\d]+	0	ba	fullmatch	0,2|None	
[^\\W\\d]+	0	ba	finditer	0,2|None	
[^\\W\\d]+	0	abcdefghija0	search	0,11|None	
[^\\W\\d]+	0	abcdefghija0	match	0,11|None	
[^\\W\\d]+	0	abcdefghija0	fullmatch	None	
[^\\W\\d]+	0	abcdefghija0	finditer	0,11|None	
[^\\W\\d]+	0	abcabc	search	0,6|None	
[^\\W\\d]+	0	abcabc	match	0,6|None	
[^\\W\\d]+	0	abcabc	fullmatch	0,6|None	
[^\\W\\d]+	0	abcabc	finditer	0,6|None	
[^\\W\\d]+	0	abc	search	0,3|None	
[^\\W\\d]+	0	abc	match	0,3|None	
[^\\W\\d]+	0	abc	fullmatch	0,3|None	
[^\\W\\d]+	0	abc	finditer	0,3|None	
[^\\W\\d]+	0	foo bar	search	0,3|None	
[^\\W\\d]+	0	foo bar	match	0,3|None	
[^\\W\\d]+	0	foo bar	fullmatch	None	
[^\\W\\d]+	0	foo bar	finditer	0,3|None 4,7|None	
[^\\W\\d]+	0	ab\n	search	0,2|None	
[^\\W\\d]+	0	ab\n	match	0,2|None	
[^\\W\\d]+	0	ab\n	fullmatch	None	
[^\\W\\d]+	0	ab\n	finditer	0,2|None	
[^\\W\\d]+	0	abcd	search	0,4|None	
[^\\W\\d]+	0	abcd	match	0,4|None	
[^\\W\\d]+	0	abcd	fullmatch	0,4|None	
[^\\W\\d]+	0	abcd	finditer	0,4|None	
[^\\W\\d]+	0	\u{661}\u{662}\u{663} 45	search@3:4	None	
[^\\W\\d]+	0	\u{661}\u{662}\u{663} 45	finditer@3:4		
[^\\W\\d]+	0	abc	search@1:2	1,2|None	
[^\\W\\d]+	0	abc	finditer@1:2	1,2|None	
[^\\W\\d]+	0	foo bar	search@5:4	None	
[^\\W\\d]+	0	foo bar	finditer@5:4		
(?x)(?P<n> \\d+ ) \\s* (?P=n)	0	abc	search	None	
(?x)(?P<n> \\d+ ) \\s* (?P=n)	0	abc	match	None	
(?x)(?P<n> \\d+ ) \\s* (?P=n)	0	abc	fullmatch	None	
(?x)(?P<n> \\d+ ) \\s* (?P=n)	0	abc	finditer		
(?x)(?P<n> \\d+ ) \\s* (?P=n)	0	K	search	None	
(?x)(?P<n> \\d+ ) \\s* (?P=n)	0	K	match	None	
(?x)(?P<n> \\d+ ) \\s* (?P=n)	0	K	fullmatch	None	
(?x)(?P<n> \\d+ ) \\s* (?P=n)	0	K	finditer		
(?x)(?P<n> \\d+ ) \\s* (?P=n)	0	a b c	search	None	
(?x)(?P<n> \\d+ ) \\s* (?P=n)	0	a b c	match	None	
(?x)(?P<n> \\d+ ) \\s* (?P=n)	0	a b c	fullmatch	None	
(?x)(?P<n> \\d+ ) \\s* (?P=n)	0	a b c	finditer		
(?x)(?P<n> \\d+ ) \\s* (?P=n)	0	aa	search	None	
(?x)(?P<n> \\d+ ) \\s* (?P=n)	0	aa	match	None	
(?x)(?P<n> \\d+ ) \\s* (?P=n)	0	aa	fullmatch	None	
(?x)(?P<n> \\d+ ) \\s* (?P=n)	0	aa	finditer		
(?x)(?P<n> \\d+ ) \\s* (?P=n)	0	\u{3a3}\u{3c3}\u{3c2}\u{391}\u{3a9}	search	None	
(?x)(?P<n> \\d+ ) \\s* (?P=n)	0	\u{3a3}\u{3c3}\u{3c2}\u{391}\u{3a9}	match	None	
(?x)(?P<n> \\d+ ) \\s* (?P=n)	0	\u{3a3}\u{3c3}\u{3c2}\u{391}\u{3a9}	fullmatch	None	
(?x)(?P<n> \\d+ ) \\s* (?P=n)	0	\u{3a3}\u{3c3}\u{3c2}\u{391}\u{3a9}	finditer		
(?x)(?P<n> \\d+ ) \\s* (?P=n)	0	b	search	None	
(?x)(?P<n> \\d+ ) \\s* (?P=n)	0	b	match	None	
(?x)(?P<n> \\d+ ) \\s* (?P=n)	0	b	fullmatch	None	
(?x)(?P<n> \\d+ ) \\s* (?P=n)	0	b	finditer		
(?x)(?P<n> \\d+ ) \\s* (?P=n)	0	john.doe@example.com	search	None	
(?x)(?P<n> \\d+ ) \\s* (?P=n)	0	john.doe@example.com	match	None	
(?x)(?P<n> \\d+ ) \\s* (?P=n)	0	john.doe@example.com	fullmatch	None	
(?x)(?P<n> \\d+ ) \\s* (?P=n)	0	john.doe@example.com	finditer		
(?x)(?P<n> \\d+ ) \\s* (?P=n)	0	ba	search	None	
(?x)(?P<n> \\d+ ) \\s* (?P=n)	0	ba	match	None	
(?x)(?P<n> \\d+ ) \\s* (?P=n)	0	ba	fullmatch	None	
(?x)(?P<n> \\d+ ) \\s* (?P=n)	0	ba	finditer		
(?x)(?P<n> \\d+ ) \\s* (?P=n)	0	cab	search	None	
(?x)(?P<n> \\d+ ) \\s* (?P=n)	0	cab	match	None	
(?x)(?P<n> \\d+ ) \\s* (?P=n)	0	cab	fullmatch	None	
(?x)(?P<n> \\d+ ) \\s* (?P=n)	0	cab	finditer		
(?x)(?P<n> \\d+ ) \\s* (?P=n)	0	"hi"	search	None	
(?x)(?P<n> \\d+ ) \\s* (?P=n)	0	"hi"	match	None	
(?x)(?P<n> \\d+ ) \\s* (?P=n)	0	"hi"	fullmatch	None	
(?x)(?P<n> \\d+ ) \\s* (?P=n)	0	"hi"	finditer		
(?x)(?P<n> \\d+ ) \\s* (?P=n)	0	xyz	search	None	
(?x)(?P<n> \\d+ ) \\s* (?P=n)	0	xyz	match	None	
(?x)(?P<n> \\d+ ) \\s* (?P=n)	0	xyz	fullmatch	None	
(?x)(?P<n> \\d+ ) \\s* (?P=n)	0	xyz	finditer		
(?x)(?P<n> \\d+ ) \\s* (?P=n)	0	\u{c9}	search	None	
(?x)(?P<n> \\d+ ) \\s* (?P=n)	0	\u{c9}	match	None	
(?x)(?P<n> \\d+ ) \\s* (?P=n)	0	\u{c9}	fullmatch	None	
(?x)(?P<n> \\d+ ) \\s* (?P=n)	0	\u{c9}	finditer		
(?x)(?P<n> \\d+ ) \\s* (?P=n)	0	\u{661}\u{662}\u{663} 45	search@5:4	None	
(?x)(?P<n> \\d+ ) \\s* (?P=n)	0	\u{661}\u{662}\u{663} 45	finditer@5:4		
(?x)(?P<n> \\d+ ) \\s* (?P=n)	0	abcdefghija0	search@9:12	None	
(?x)(?P<n> \\d+ ) \\s* (?P=n)	0	abcdefghija0	finditer@9:12		
(?x)(?P<n> \\d+ ) \\s* (?P=n)	0	bd cd ad	search@7:1	None	
(?x)(?P<n> \\d+ ) \\s* (?P=n)	0	bd cd ad	finditer@7:1		
(?x)(?P<n> \\d+ ) \\s* (?P=n)	2	bab	search	None	
(?x)(?P<n> \\d+ ) \\s* (?P=n)	2	bab	match	None	
(?x)(?P<n> \\d+ ) \\s* (?P=n)	2	bab	fullmatch	None	
(?x)(?P<n> \\d+ ) \\s* (?P=n)	2	bab	finditer		
(?x)(?P<n> \\d+ ) \\s* (?P=n)	2	aaa	search	None	
(?x)(?P<n> \\d+ ) \\s* (?P=n)	2	aaa	match	None	
(?x)(?P<n> \\d+ ) \\s* (?P=n)	2	aaa	fullmatch	None	
(?x)(?P<n> \\d+ ) \\s* (?P=n)	2	aaa	finditer		
(?x)(?P<n> \\d+ ) \\s* (?P=n)	2	cab	search	None	
(?x)(?P<n> \\d+ ) \\s* (?P=n)	2	cab	match	None	
(?x)(?P<n> \\d+ ) \\s* (?P=n)	2	cab	fullmatch	None	
(?x)(?P<n> \\d+ ) \\s* (?P=n)	2	cab	finditer		
(?x)(?P<n> \\d+ ) \\s* (?P=n)	2	hello world	search	None	
(?x)(?P<n> \\d+ ) \\s* (?P=n)	2	hello world	match	None	
(?x)(?P<n> \\d+ ) \\s* (?P=n)	2	hello world	fullmatch	None	
(?x)(?P<n> \\d+ ) \\s* (?P=n)	2	hello world	finditer		
(?x)(?P<n> \\d+ ) \\s* (?P=n)	2	ba	search	None	
(?x)(?P<n> \\d+ ) \\s* (?P=n)	2	ba	match	None	
(?x)(?P<n> \\d+ ) \\s* (?P=n)	2	ba	fullmatch	None	
(?x)(?P<n> \\d+ ) \\s* (?P=n)	2	ba	finditer		
(?x)(?P<n> \\d+ ) \\s* (?P=n)	2	\u{17f}S	search	None	
(?x)(?P<n> \\d+ ) \\s* (?P=n)	2	\u{17f}S	match	None	
(?x)(?P<n> \\d+ ) \\s* (?P=n)	2	\u{17f}S	fullmatch	None	
(?x)(?P<n> \\d+ ) \\s* (?P=n)	2	\u{17f}S	finditer		
(?x)(?P<n> \\d+ ) \\s* (?P=n)	2	b	search	None	
(?x)(?P<n> \\d+ ) \\s* (?P=n)	2	b	match	None	
(?x)(?P<n> \\d+ ) \\s* (?P=n)	2	b	fullmatch	None	
(?x)(?P<n> \\d+ ) \\s* (?P=n)	2	b	finditer		
(?x)(?P<n> \\d+ ) \\s* (?P=n)	2	K	search	None	
(?x)(?P<n> \\d+ ) \\s* (?P=n)	2	K	match	None	
(?x)(?P<n> \\d+ ) \\s* (?P=n)	2	K	fullmatch	None	
(?x)(?P<n> \\d+ ) \\s* (?P=n)	2	K	finditer		
(?x)(?P<n> \\d+ ) \\s* (?P=n)	2	bd cd ad	search	None	
(?x)(?P<n> \\d+ ) \\s* (?P=n)	2	bd cd ad	match	None	
(?x)(?P<n> \\d+ ) \\s* (?P=n)	2	bd cd ad	fullmatch	None	
(?x)(?P<n> \\d+ ) \\s* (?P=n)	2	bd cd ad	finditer		
(?x)(?P<n> \\d+ ) \\s* (?P=n)	2	 , a ,b	search	None	
(?x)(?P<n> \\d+ ) \\s* (?P=n)	2	 , a ,b	match	None	
(?x)(?P<n> \\d+ ) \\s* (?P=n)	2	 , a ,b	fullmatch	None	
(?x)(?P<n> \\d+ ) \\s* (?P=n)	2	 , a ,b	finditer		
(?x)(?P<n> \\d+ ) \\s* (?P=n)	2	xyz	search	None	
(?x)(?P<n> \\d+ ) \\s* (?P=n)	2	xyz	match	None	
(?x)(?P<n> \\d+ ) \\s* (?P=n)	2	xyz	fullmatch	None	
(?x)(?P<n> \\d+ ) \\s* (?P=n)	2	xyz	finditer		
(?x)(?P<n> \\d+ ) \\s* (?P=n)	2	x a\ny b	search	None	
(?x)(?P<n> \\d+ ) \\s* (?P=n)	2	x a\ny b	match	None	
(?x)(?P<n> \\d+ ) \\s* (?P=n)	2	x a\ny b	fullmatch	None	
(?x)(?P<n> \\d+ ) \\s* (?P=n)	2	x a\ny b	finditer		
(?x)(?P<n> \\d+ ) \\s* (?P=n)	2	aAaA	search@0:2	None	
(?x)(?P<n> \\d+ ) \\s* (?P=n)	2	aAaA	finditer@0:2		
(?x)(?P<n> \\d+ ) \\s* (?P=n)	2	abcde abc	search@6:0	None	
(?x)(?P<n> \\d+ ) \\s* (?P=n)	2	abcde abc	finditer@6:0		
(?x)(?P<n> \\d+ ) \\s* (?P=n)	2	abcabc	search@3:4	None	
(?x)(?P<n> \\d+ ) \\s* (?P=n)	2	abcabc	finditer@3:4		
(?i)(?P<w>[a-z]+) (?P=w)	0	A	search	None	
(?i)(?P<w>[a-z]+) (?P=w)	0	A	match	None	
(?i)(?P<w>[a-z]+) (?P=w)	0	A	fullmatch	None	
(?i)(?P<w>[a-z]+) (?P=w)	0	A	finditer		
(?i)(?P<w>[a-z]+) (?P=w)	0	ab	search	None	
(?i)(?P<w>[a-z]+) (?P=w)	0	ab	match	None	
(?i)(?P<w>[a-z]+) (?P=w)	0	ab	fullmatch	None	
(?i)(?P<w>[a-z]+) (?P=w)	0	ab	finditer		
(?i)(?P<w>[a-z]+) (?P=w)	0	aaab	search	None	
(?i)(?P<w>[a-z]+) (?P=w)	0	aaab	match	None	
(?i)(?P<w>[a-z]+) (?P=w)	0	aaab	fullmatch	None	
(?i)(?P<w>[a-z]+) (?P=w)	0	aaab	finditer		
(?i)(?P<w>[a-z]+) (?P=w)	0	x a\ny b	search	None	
(?i)(?P<w>[a-z]+) (?P=w)	0	x a\ny b	match	None	
(?i)(?P<w>[a-z]+) (?P=w)	0	x a\ny b	fullmatch	None	
(?i)(?P<w>[a-z]+) (?P=w)	0	x a\ny b	finditer		
(?i)(?P<w>[a-z]+) (?P=w)	0	a b c	search	None	
(?i)(?P<w>[a-z]+) (?P=w)	0	a b c	match	None	
(?i)(?P<w>[a-z]+) (?P=w)	0	a b c	fullmatch	None	
(?i)(?P<w>[a-z]+) (?P=w)	0	a b c	finditer		
(?i)(?P<w>[a-z]+) (?P=w)	0	x\ty	search	None	
(?i)(?P<w>[a-z]+) (?P=w)	0	x\ty	match	None	
(?i)(?P<w>[a-z]+) (?P=w)	0	x\ty	fullmatch	None	
(?i)(?P<w>[a-z]+) (?P=w)	0	x\ty	finditer		
(?i)(?P<w>[a-z]+) (?P=w)	0	a-b c_d	search	None	
(?i)(?P<w>[a-z]+) (?P=w)	0	a-b c_d	match	None	
(?i)(?P<w>[a-z]+) (?P=w)	0	a-b c_d	fullmatch	None	
(?i)(?P<w>[a-z]+) (?P=w)	0	a-b c_d	finditer		
(?i)(?P<w>[a-z]+) (?P=w)	0	foo bar	search	None	
(?i)(?P<w>[a-z]+) (?P=w)	0	foo bar	match	None	
(?i)(?P<w>[a-z]+) (?P=w)	0	foo bar	fullmatch	None	
(?i)(?P<w>[a-z]+) (?P=w)	0	foo bar	finditer		
(?i)(?P<w>[a-z]+) (?P=w)	0	\u{c9}	search	None	
(?i)(?P<w>[a-z]+) (?P=w)	0	\u{c9}	match	None	
(?i)(?P<w>[a-z]+) (?P=w)	0	\u{c9}	fullmatch	None	
(?i)(?P<w>[a-z]+) (?P=w)	0	\u{c9}	finditer		
(?i)(?P<w>[a-z]+) (?P=w)	0	abcabc	search	None	
(?i)(?P<w>[a-z]+) (?P=w)	0	abcabc	match	None	
(?i)(?P<w>[a-z]+) (?P=w)	0	abcabc	fullmatch	None	
(?i)(?P<w>[a-z]+) (?P=w)	0	abcabc	finditer		
(?i)(?P<w>[a-z]+) (?P=w)	0	"hi"	search	None	
(?i)(?P<w>[a-z]+) (?P=w)	0	"hi"	match	None	
(?i)(?P<w>[a-z]+) (?P=w)	0	"hi"	fullmatch	None	
(?i)(?P<w>[a-z]+) (?P=w)	0	"hi"	finditer		
(?i)(?P<w>[a-z]+) (?P=w)	0	abcdefghija0	search	None	
(?i)(?P<w>[a-z]+) (?P=w)	0	abcdefghija0	match	None	
(?i)(?P<w>[a-z]+) (?P=w)	0	abcdefghija0	fullmatch	None	
(?i)(?P<w>[a-z]+) (?P=w)	0	abcdefghija0	finditer		
(?i)(?P<w>[a-z]+) (?P=w)	0	\u{c9}\u{e9}SS\u{df}	search@2:0	None	
(?i)(?P<w>[a-z]+) (?P=w)	0	\u{c9}\u{e9}SS\u{df}	finditer@2:0		
(?i)(?P<w>[a-z]+) (?P=w)	0	K	search@1:0	None	
(?i)(?P<w>[a-z]+) (?P=w)	0	K	finditer@1:0		
(?i)(?P<w>[a-z]+) (?P=w)	0	aa	search@2:0	None	
(?i)(?P<w>[a-z]+) (?P=w)	0	aa	finditer@2:0		
(?P<a>x)|(?P<b>y)	0	 , a ,b	search	None	
(?P<a>x)|(?P<b>y)	0	 , a ,b	match	None	
(?P<a>x)|(?P<b>y)	0	 , a ,b	fullmatch	None	
(?P<a>x)|(?P<b>y)	0	 , a ,b	finditer		
(?P<a>x)|(?P<b>y)	0	hi"	search	None	
(?P<a>x)|(?P<b>y)	0	hi"	match	None	
(?P<a>x)|(?P<b>y)	0	hi"	fullmatch	None	
(?P<a>x)|(?P<b>y)	0	hi"	finditer		
(?P<a>x)|(?P<b>y)	0	abcdefghijkk	search	None	
(?P<a>x)|(?P<b>y)	0	abcdefghijkk	match	None	
(?P<a>x)|(?P<b>y)	0	abcdefghijkk	fullmatch	None	
(?P<a>x)|(?P<b>y)	0	abcdefghijkk	finditer		
(?P<a>x)|(?P<b>y)	0	a-b c_d	search	None	
(?P<a>x)|(?P<b>y)	0	a-b c_d	match	None	
(?P<a>x)|(?P<b>y)	0	a-b c_d	fullmatch	None	
(?P<a>x)|(?P<b>y)	0	a-b c_d	finditer		
(?P<a>x)|(?P<b>y)	0	\u{65e5}\u{672c}\u{8a9e}	search	None	
(?P<a>x)|(?P<b>y)	0	\u{65e5}\u{672c}\u{8a9e}	match	None	
(?P<a>x)|(?P<b>y)	0	\u{65e5}\u{672c}\u{8a9e}	fullmatch	None	
(?P<a>x)|(?P<b>y)	0	\u{65e5}\u{672c}\u{8a9e}	finditer		
(?P<a>x)|(?P<b>y)	0		search	None	
(?P<a>x)|(?P<b>y)	0		match	None	
(?P<a>x)|(?P<b>y)	0		fullmatch	None	
(?P<a>x)|(?P<b>y)	0		finditer		
(?P<a>x)|(?P<b>y)	0	A	search	None	
(?P<a>x)|(?P<b>y)	0	A	match	None	
(?P<a>x)|(?P<b>y)	0	A	fullmatch	None	
(?P<a>x)|(?P<b>y)	0	A	finditer		
(?P<a>x)|(?P<b>y)	0	the the cat	search	None	
(?P<a>x)|(?P<b>y)	0	the the cat	match	None	
(?P<a>x)|(?P<b>y)	0	the the cat	fullmatch	None	
(?P<a>x)|(?P<b>y)	0	the the cat	finditer		
(?P<a>x)|(?P<b>y)	0	cab	search	None	
(?P<a>x)|(?P<b>y)	0	cab	match	None	
(?P<a>x)|(?P<b>y)	0	cab	fullmatch	None	
(?P<a>x)|(?P<b>y)	0	cab	finditer		
(?P<a>x)|(?P<b>y)	0	\u{3a3}\u{3c3}\u{3c2}\u{391}\u{3a9}	search	None	
(?P<a>x)|(?P<b>y)	0	\u{3a3}\u{3c3}\u{3c2}\u{391}\u{3a9}	match	None	
(?P<a>x)|(?P<b>y)	0	\u{3a3}\u{3c3}\u{3c2}\u{391}\u{3a9}	fullmatch	None	
(?P<a>x)|(?P<b>y)	0	\u{3a3}\u{3c3}\u{3c2}\u{391}\u{3a9}	finditer		
(?P<a>x)|(?P<b>y)	0	\u{17f}S	search	None	
(?P<a>x)|(?P<b>y)	0	\u{17f}S	match	None	
(?P<a>x)|(?P<b>y)	0	\u{17f}S	fullmatch	None	
(?P<a>x)|(?P<b>y)	0	\u{17f}S	finditer		
(?P<a>x)|(?P<b>y)	0	foo bar	search	None	
(?P<a>x)|(?P<b>y)	0	foo bar	match	None	
(?P<a>x)|(?P<b>y)	0	foo bar	fullmatch	None	
(?P<a>x)|(?P<b>y)	0	foo bar	finditer		
(?P<a>x)|(?P<b>y)	0	ae cde abe	search@3:10	None	
(?P<a>x)|(?P<b>y)	0	ae cde abe	finditer@3:10		
(?P<a>x)|(?P<b>y)	0	\u{65e5}\u{672c}\u{8a9e}	search@0:2	None	
(?P<a>x)|(?P<b>y)	0	\u{65e5}\u{672c}\u{8a9e}	finditer@0:2		
(?P<a>x)|(?P<b>y)	0	a-b c_d	search@2:6	None	
(?P<a>x)|(?P<b>y)	0	a-b c_d	finditer@2:6		
(?P<a>.)(?P<b>.)?	0	abc	search	0,2;0,1;1,2|2	
(?P<a>.)(?P<b>.)?	0	abc	match	0,2;0,1;1,2|2	
(?P<a>.)(?P<b>.)?	0	abc	fullmatch	None	
(?P<a>.)(?P<b>.)?	0	abc	finditer	0,2;0,1;1,2|2 2,3;2,3;-1,-1|1	
(?P<a>.)(?P<b>.)?	0		search	None	
(?P<a>.)(?P<b>.)?	0		match	None	
(?P<a>.)(?P<b>.)?	0		fullmatch	None	
(?P<a>.)(?P<b>.)?	0		finditer		
(?P<a>.)(?P<b>.)?	0	\u{3a3}\u{3c3}\u{3c2}\u{391}\u{3a9}	search	0,2;0,1;1,2|2	
(?P<a>.)(?P<b>.)?	0	\u{3a3}\u{3c3}\u{3c2}\u{391}\u{3a9}	match	0,2;0,1;1,2|2	
(?P<a>.)(?P<b>.)?	0	\u{3a3}\u{3c3}\u{3c2}\u{391}\u{3a9}	fullmatch	None	
(?P<a>.)(?P<b>.)?	0	\u{3a3}\u{3c3}\u{3c2}\u{391}\u{3a9}	finditer	0,2;0,1;1,2|2 2,4;2,3;3,4|2 4,5;4,5;-1,-1|1	
(?P<a>.)(?P<b>.)?	0	b	search	0,1;0,1;-1,-1|1	
(?P<a>.)(?P<b>.)?	0	b	match	0,1;0,1;-1,-1|1	
(?P<a>.)(?P<b>.)?	0	b	fullmatch	0,1;0,1;-1,-1|1	
(?P<a>.)(?P<b>.)?	0	b	finditer	0,1;0,1;-1,-1|1	
(?P<a>.)(?P<b>.)?	0	aaab	search	0,2;0,1;1,2|2	
(?P<a>.)(?P<b>.)?	0	aaab	match	0,2;0,1;1,2|2	
(?P<a>.)(?P<b>.)?	0	aaab	fullmatch	None	
(?P<a>.)(?P<b>.)?	0	aaab	finditer	0,2;0,1;1,2|2 2,4;2,3;3,4|2	
(?P<a>.)(?P<b>.)?	0	abcdefghija0	search	0,2;0,1;1,2|2	
(?P<a>.)(?P<b>.)?	0	abcdefghija0	match	0,2;0,1;1,2|2	
(?P<a>.)(?P<b>.)?	0	abcdefghija0	fullmatch	None	
(?P<a>.)(?P<b>.)?	0	abcdefghija0	finditer	0,2;0,1;1,2|2 2,4;2,3;3,4|2 4,6;4,5;5,6|2 6,8;6,7;7,8|2 8,10;8,9;9,10|2 10,12;10,11;11,12|2	
(?P<a>.)(?P<b>.)?	0	a\nb\n	search	0,1;0,1;-1,-1|1	
(?P<a>.)(?P<b>.)?	0	a\nb\n	match	0,1;0,1;-1,-1|1	
(?P<a>.)(?P<b>.)?	0	a\nb\n	fullmatch	None	
(?P<a>.)(?P<b>.)?	0	a\nb\n	finditer	0,1;0,1;-1,-1|1 2,3;2,3;-1,-1|1	
(?P<a>.)(?P<b>.)?	0	12 345 6	search	0,2;0,1;1,2|2	
(?P<a>.)(?P<b>.)?	0	12 345 6	match	0,2;0,1;1,2|2	
(?P<a>.)(?P<b>.)?	0	12 345 6	fullmatch	None	
(?P<a>.)(?P<b>.)?	0	12 345 6	finditer	0,2;0,1;1,2|2 2,4;2,3;3,4|2 4,6;4,5;5,6|2 6,8;6,7;7,8|2	
(?P<a>.)(?P<b>.)?	0	hi"	search	0,2;0,1;1,2|2	
(?P<a>.)(?P<b>.)?	0	hi"	match	0,2;0,1;1,2|2	
(?P<a>.)(?P<b>.)?	0	hi"	fullmatch	None	
(?P<a>.)(?P<b>.)?	0	hi"	finditer	0,2;0,1;1,2|2 2,3;2,3;-1,-1|1	
(?P<a>.)(?P<b>.)?	0	ababab	search	0,2;0,1;1,2|2	
(?P<a>.)(?P<b>.)?	0	ababab	match	0,2;0,1;1,2|2	
(?P<a>.)(?P<b>.)?	0	ababab	fullmatch	None	
(?P<a>.)(?P<b>.)?	0	ababab	finditer	0,2;0,1;1,2|2 2,4;2,3;3,4|2 4,6;4,5;5,6|2	
(?P<a>.)(?P<b>.)?	0	\u{c9}\u{e9}SS\u{df}	search	0,2;0,1;1,2|2	
(?P<a>.)(?P<b>.)?	0	\u{c9}\u{e9}SS\u{df}	match	0,2;0,1;1,2|2	
(?P<a>.)(?P<b>.)?	0	\u{c9}\u{e9}SS\u{df}	fullmatch	None	
(?P<a>.)(?P<b>.)?	0	\u{c9}\u{e9}SS\u{df}	finditer	0,2;0,1;1,2|2 2,4;2,3;3,4|2 4,5;4,5;-1,-1|1	
(?P<a>.)(?P<b>.)?	0	K	search	0,1;0,1;-1,-1|1	
(?P<a>.)(?P<b>.)?	0	K	match	0,1;0,1;-1,-1|1	
(?P<a>.)(?P<b>.)?	0	K	fullmatch	0,1;0,1;-1,-1|1	
(?P<a>.)(?P<b>.)?	0	K	finditer	0,1;0,1;-1,-1|1	
(?P<a>.)(?P<b>.)?	0	a	search@1:1	None	
(?P<a>.)(?P<b>.)?	0	a	finditer@1:1		
(?P<a>.)(?P<b>.)?	0	K	search@0:0	None	
(?P<a>.)(?P<b>.)?	0	K	finditer@0:0		
(?P<a>.)(?P<b>.)?	0	2024-01-15	search@0:8	0,2;0,1;1,2|2	
(?P<a>.)(?P<b>.)?	0	2024-01-15	finditer@0:8	0,2;0,1;1,2|2 2,4;2,3;3,4|2 4,6;4,5;5,6|2 6,8;6,7;7,8|2	
\\]	0	aaab	search	None	
\\]	0	aaab	match	None	
\\]	0	aaab	fullmatch	None	
\\]	0	aaab	finditer		
\\]	0	aa	search	None	
\\]	0	aa	match	None	
\\]	0	aa	fullmatch	None	
\\]	0	aa	finditer		
\\]	0	ab\n	search	None	
\\]	0	ab\n	match	None	
\\]	0	ab\n	fullmatch	None	
\\]	0	ab\n	finditer		
\\]	0	abc	search	None	
\\]	0	abc	match	None	
\\]	0	abc	fullmatch	None	
\\]	0	abc	finditer		
\\]	0	\u{c9}\u{e9}SS\u{df}	search	None	
\\]	0	\u{c9}\u{e9}SS\u{df}	match	None	
\\]	0	\u{c9}\u{e9}SS\u{df}	fullmatch	None	
\\]	0	\u{c9}\u{e9}SS\u{df}	finditer		
\\]	0	x\ty	search	None	
\\]	0	x\ty	match	None	
\\]	0	x\ty	fullmatch	None	
\\]	0	x\ty	finditer		
\\]	0	AbC	search	None	
\\]	0	AbC	match	None	
\\]	0	AbC	fullmatch	None	
\\]	0	AbC	finditer		
\\]	0	abcdefghija0	search	None	
\\]	0	abcdefghija0	match	None	
\\]	0	abcdefghija0	fullmatch	None	
\\]	0	abcdefghija0	finditer		
\\]	0	a	search	None	
\\]	0	a	match	None	
\\]	0	a	fullmatch	None	
\\]	0	a	finditer		
\\]	0	ae cde abe	search	None	
\\]	0	ae cde abe	match	None	
\\]	0	ae cde abe	fullmatch	None	
\\]	0	ae cde abe	finditer		
\\]	0	john.doe@example.com	search	None	
\\]	0	john.doe@example.com	match	None	
\\]	0	john.doe@example.com	fullmatch	None	
\\]	0	john.doe@example.com	finditer		
\\]	0	a b c	search	None	
\\]	0	a b c	match	None	
\\]	0	a b c	fullmatch	None	
\\]	0	a b c	finditer		
\\]	0	2024-01-15	search@2:0	None	
\\]	0	2024-01-15	finditer@2:0		
\\]	0	ba	search@2:2	None	
\\]	0	ba	finditer@2:2		
\\]	0	hello world	search@9:6	None	
\\]	0	hello world	finditer@9:6		
}	0	foo bar	search	None	
}	0	foo bar	match	None	
}	0	foo bar	fullmatch	None	
}	0	foo bar	finditer		
}	0	abcd	search	None	
}	0	abcd	match	None	
}	0	abcd	fullmatch	None	
}	0	abcd	finditer		
}	0	abcabc	search	None	
}	0	abcabc	match	None	
}	0	abcabc	fullmatch	None	
}	0	abcabc	finditer		
}	0		search	None	
}	0		match	None	
}	0		fullmatch	None	
}	0		finditer		
}	0	\u{17f}S	search	None	
}	0	\u{17f}S	match	None	
}	0	\u{17f}S	fullmatch	None	
}	0	\u{17f}S	finditer		
}	0	AbC	search	None	
}	0	AbC	match	None	
}	0	AbC	fullmatch	None	
}	0	AbC	finditer		
}	0	abcdefghija0	search	None	
}	0	abcdefghija0	match	None	
}	0	abcdefghija0	fullmatch	None	
}	0	abcdefghija0	finditer		
}	0	abc	search	None	
}	0	abc	match	None	
}	0	abc	fullmatch	None	
}	0	abc	finditer		
}	0	Foo foo	search	None	
}	0	Foo foo	match	None	
}	0	Foo foo	fullmatch	None	
}	0	Foo foo	finditer		
}	0	abcde abc	search	None	
}	0	abcde abc	match	None	
}	0	abcde abc	fullmatch	None	
}	0	abcde abc	finditer		
}	0	the the cat	search	None	
}	0	the the cat	match	None	
}	0	the the cat	fullmatch	None	
}	0	the the cat	finditer		
}	0	john.doe@example.com	search	None	
}	0	john.doe@example.com	match	None	
}	0	john.doe@example.com	fullmatch	None	
}	0	john.doe@example.com	finditer		
}	0	\u{3a3}\u{3c3}\u{3c2}\u{391}\u{3a9}	search@2:0	None	
}	0	\u{3a3}\u{3c3}\u{3c2}\u{391}\u{3a9}	finditer@2:0		
}	0	abc	search@3:3	None	
}	0	abc	finditer@3:3		
}	0	abcdefghija0	search@5:1	None	
}	0	abcdefghija0	finditer@5:1		
a}	0	\n	search	None	
a}	0	\n	match	None	
a}	0	\n	fullmatch	None	
a}	0	\n	finditer		
a}	0	ab	search	None	
a}	0	ab	match	None	
a}	0	ab	fullmatch	None	
a}	0	ab	finditer		
a}	0	hello world	search	None	
a}	0	hello world	match	None	
a}	0	hello world	fullmatch	None	
a}	0	hello world	finditer		
a}	0	xyz	search	None	
a}	0	xyz	match	None	
a}	0	xyz	fullmatch	None	
a}	0	xyz	finditer		
a}	0	abcabc	search	None	
a}	0	abcabc	match	None	
a}	0	abcabc	fullmatch	None	
a}	0	abcabc	finditer		
a}	0	"hi"	search	None	
a}	0	"hi"	match	None	
a}	0	"hi"	fullmatch	None	
a}	0	"hi"	finditer		
a}	0	abcd	search	None	
a}	0	abcd	match	None	
a}	0	abcd	fullmatch	None	
a}	0	abcd	finditer		
a}	0	cab	search	None	
a}	0	cab	match	None	
a}	0	cab	fullmatch	None	
a}	0	cab	finditer		
a}	0	ababab	search	None	
a}	0	ababab	match	None	
a}	0	ababab	fullmatch	None	
a}	0	ababab	finditer		
a}	0	Foo foo	search	None	
a}	0	Foo foo	match	None	
a}	0	Foo foo	fullmatch	None	
a}	0	Foo foo	finditer		
a}	0	AbC	search	None	
a}	0	AbC	match	None	
a}	0	AbC	fullmatch	None	
a}	0	AbC	finditer		
a}	0	ba	search	None	
a}	0	ba	match	None	
a}	0	ba	fullmatch	None	
a}	0	ba	finditer		
a}	0	K	search@0:1	None	
a}	0	K	finditer@0:1		
a}	0	hello world	search@3:1	None	
a}	0	hello world	finditer@3:1		
a}	0	\u{17f}S	search@1:2	None	
a}	0	\u{17f}S	finditer@1:2		
{1}	0		compile	re.error	nothing to repeat at position 0
x{1,2}{3}	0		compile	re.error	multiple repeat at position 6
(?i)(?-i:a)	0	\u{c9}	search	None	
(?i)(?-i:a)	0	\u{c9}	match	None	
(?i)(?-i:a)	0	\u{c9}	fullmatch	None	
(?i)(?-i:a)	0	\u{c9}	finditer		
(?i)(?-i:a)	0	\u{e9}	search	None	
(?i)(?-i:a)	0	\u{e9}	match	None	
(?i)(?-i:a)	0	\u{e9}	fullmatch	None	
(?i)(?-i:a)	0	\u{e9}	finditer		
(?i)(?-i:a)	0	ab	search	0,1|None	
(?i)(?-i:a)	0	ab	match	0,1|None	
(?i)(?-i:a)	0	ab	fullmatch	None	
(?i)(?-i:a)	0	ab	finditer	0,1|None	
(?i)(?-i:a)	0	xyz	search	None	
(?i)(?-i:a)	0	xyz	match	None	
(?i)(?-i:a)	0	xyz	fullmatch	None	
(?i)(?-i:a)	0	xyz	finditer		
(?i)(?-i:a)	0	abcdefghija0	search	0,1|None	
(?i)(?-i:a)	0	abcdefghija0	match	0,1|None	
(?i)(?-i:a)	0	abcdefghija0	fullmatch	None	
(?i)(?-i:a)	0	abcdefghija0	finditer	0,1|None 10,11|None	
(?i)(?-i:a)	0	bd cd ad	search	6,7|None	
(?i)(?-i:a)	0	bd cd ad	match	None	
(?i)(?-i:a)	0	bd cd ad	fullmatch	None	
(?i)(?-i:a)	0	bd cd ad	finditer	6,7|None	
(?i)(?-i:a)	0	ababab	search	0,1|None	
(?i)(?-i:a)	0	ababab	match	0,1|None	
(?i)(?-i:a)	0	ababab	fullmatch	None	
(?i)(?-i:a)	0	ababab	finditer	0,1|None 2,3|None 4,5|None	
(?i)(?-i:a)	0	a\nb\n	search	0,1|None	
(?i)(?-i:a)	0	a\nb\n	match	0,1|None	
(?i)(?-i:a)	0	a\nb\n	fullmatch	None	
(?i)(?-i:a)	0	a\nb\n	finditer	0,1|None	
(?i)(?-i:a)	0	abcdefghijkk	search	0,1|None	
(?i)(?-i:a)	0	abcdefghijkk	match	0,1|None	
(?i)(?-i:a)	0	abcdefghijkk	fullmatch	None	
(?i)(?-i:a)	0	abcdefghijkk	finditer	0,1|None	
(?i)(?-i:a)	0	ae cde abe	search	0,1|None	
(?i)(?-i:a)	0	ae cde abe	match	0,1|None	
(?i)(?-i:a)	0	ae cde abe	fullmatch	None	
(?i)(?-i:a)	0	ae cde abe	finditer	0,1|None 7,8|None	
(?i)(?-i:a)	0	abcabc	search	0,1|None	
(?i)(?-i:a)	0	abcabc	match	0,1|None	
(?i)(?-i:a)	0	abcabc	fullmatch	None	
(?i)(?-i:a)	0	abcabc	finditer	0,1|None 3,4|None	
(?i)(?-i:a)	0	\u{17f}S	search	None	
(?i)(?-i:a)	0	\u{17f}S	match	None	
(?i)(?-i:a)	0	\u{17f}S	fullmatch	None	
(?i)(?-i:a)	0	\u{17f}S	finditer		
(?i)(?-i:a)	0	AbC	search@0:2	None	
(?i)(?-i:a)	0	AbC	finditer@0:2		
(?i)(?-i:a)	0	\u{65e5}\u{672c}\u{8a9e}	search@3:2	None	
(?i)(?-i:a)	0	\u{65e5}\u{672c}\u{8a9e}	finditer@3:2		
(?i)(?-i:a)	0	ab	search@2:1	None	
(?i)(?-i:a)	0	ab	finditer@2:1		
(?i)(?-i:a)	2	\u{e9}	search	None	
(?i)(?-i:a)	2	\u{e9}	match	None	
(?i)(?-i:a)	2	\u{e9}	fullmatch	None	
(?i)(?-i:a)	2	\u{e9}	finditer		
(?i)(?-i:a)	2	 , a ,b	search	3,4|None	
(?i)(?-i:a)	2	 , a ,b	match	None	
(?i)(?-i:a)	2	 , a ,b	fullmatch	None	
(?i)(?-i:a)	2	 , a ,b	finditer	3,4|None	
(?i)(?-i:a)	2	hi"	search	None	
(?i)(?-i:a)	2	hi"	match	None	
(?i)(?-i:a)	2	hi"	fullmatch	None	
(?i)(?-i:a)	2	hi"	finditer		
(?i)(?-i:a)	2	12 345 6	search	None	
(?i)(?-i:a)	2	12 345 6	match	None	
(?i)(?-i:a)	2	12 345 6	fullmatch	None	
(?i)(?-i:a)	2	12 345 6	finditer		
(?i)(?-i:a)	2	2024-01-15	search	None	
(?i)(?-i:a)	2	2024-01-15	match	None	
(?i)(?-i:a)	2	2024-01-15	fullmatch	None	
(?i)(?-i:a)	2	2024-01-15	finditer		
(?i)(?-i:a)	2	a	search	0,1|None	
(?i)(?-i:a)	2	a	match	0,1|None	
(?i)(?-i:a)	2	a	fullmatch	0,1|None	
(?i)(?-i:a)	2	a	finditer	0,1|None	
(?i)(?-i:a)	2	K	search	None	
(?i)(?-i:a)	2	K	match	None	
(?i)(?-i:a)	2	K	fullmatch	None	
(?i)(?-i:a)	2	K	finditer		
(?i)(?-i:a)	2	aa	search	0,1|None	
(?i)(?-i:a)	2	aa	match	0,1|None	
(?i)(?-i:a)	2	aa	fullmatch	None	
(?i)(?-i:a)	2	aa	finditer	0,1|None 1,2|None	
(?i)(?-i:a)	2	abcabc	search	0,1|None	
(?i)(?-i:a)	2	abcabc	match	0,1|None	
(?i)(?-i:a)	2	abcabc	fullmatch	None	
(?i)(?-i:a)	2	abcabc	finditer	0,1|None 3,4|None	
(?i)(?-i:a)	2	a-b c_d	search	0,1|None	
(?i)(?-i:a)	2	a-b c_d	match	0,1|None	
(?i)(?-i:a)	2	a-b c_d	fullmatch	None	
(?i)(?-i:a)	2	a-b c_d	finditer	0,1|None	
(?i)(?-i:a)	2	\u{65e5}\u{672c}\u{8a9e}	search	None	
(?i)(?-i:a)	2	\u{65e5}\u{672c}\u{8a9e}	match	None	
(?i)(?-i:a)	2	\u{65e5}\u{672c}\u{8a9e}	fullmatch	None	
(?i)(?-i:a)	2	\u{65e5}\u{672c}\u{8a9e}	finditer		
(?i)(?-i:a)	2	the the cat	search	9,10|None	
(?i)(?-i:a)	2	the the cat	match	None	
(?i)(?-i:a)	2	the the cat	fullmatch	None	
(?i)(?-i:a)	2	the the cat	finditer	9,10|None	
(?i)(?-i:a)	2	abc	search@0:0	None	
(?i)(?-i:a)	2	abc	finditer@0:0		
(?i)(?-i:a)	2	x a\ny b	search@4:4	None	
(?i)(?-i:a)	2	x a\ny b	finditer@4:4		
(?i)(?-i:a)	2	abcde abc	search@2:1	None	
(?i)(?-i:a)	2	abcde abc	finditer@2:1		
\\t\\n\\r\\f\\v\\a	0	\u{3a3}\u{3c3}\u{3c2}\u{391}\u{3a9}	search	None	
\\t\\n\\r\\f\\v\\a	0	\u{3a3}\u{3c3}\u{3c2}\u{391}\u{3a9}	match	None	
\\t\\n\\r\\f\\v\\a	0	\u{3a3}\u{3c3}\u{3c2}\u{391}\u{3a9}	fullmatch	None	
\\t\\n\\r\\f\\v\\a	0	\u{3a3}\u{3c3}\u{3c2}\u{391}\u{3a9}	finditer		
\\t\\n\\r\\f\\v\\a	0	xyz	search	None	
\\t\\n\\r\\f\\v\\a	0	xyz	match	None	
\\t\\n\\r\\f\\v\\a	0	xyz	fullmatch	None	
\\t\\n\\r\\f\\v\\a	0	xyz	finditer		
\\t\\n\\r\\f\\v\\a	0	a	search	None	
\\t\\n\\r\\f\\v\\a	0	a	match	None	
\\t\\n\\r\\f\\v\\a	0	a	fullmatch	None	
\\t\\n\\r\\f\\v\\a	0	a	finditer		
\\t\\n\\r\\f\\v\\a	0	bd cd ad	search	None	
\\t\\n\\r\\f\\v\\a	0	bd cd ad	match	None	
\\t\\n\\r\\f\\v\\a	0	bd cd ad	fullmatch	None	
\\t\\n\\r\\f\\v\\a	0	bd cd ad	finditer		
\\t\\n\\r\\f\\v\\a	0	2024-01-15	search	None	
\\t\\n\\r\\f\\v\\a	0	2024-01-15	match	None	
\\t\\n\\r\\f\\v\\a	0	2024-01-15	fullmatch	None	
\\t\\n\\r\\f\\v\\a	0	2024-01-15	finditer		
\\t\\n\\r\\f\\v\\a	0		search	None	
\\t\\n\\r\\f\\v\\a	0		match	None	
\\t\\n\\r\\f\\v\\a	0		fullmatch	None	
\\t\\n\\r\\f\\v\\a	0		finditer		
\\t\\n\\r\\f\\v\\a	0	\u{17f}S	search	None	
\\t\\n\\r\\f\\v\\a	0	\u{17f}S	match	None	
\\t\\n\\r\\f\\v\\a	0	\u{17f}S	fullmatch	None	
\\t\\n\\r\\f\\v\\a	0	\u{17f}S	finditer		
\\t\\n\\r\\f\\v\\a	0	hi"	search	None	
\\t\\n\\r\\f\\v\\a	0	hi"	match	None	
\\t\\n\\r\\f\\v\\a	0	hi"	fullmatch	None	
\\t\\n\\r\\f\\v\\a	0	hi"	finditer		
\\t\\n\\r\\f\\v\\a	0	"hi"	search	None	
\\t\\n\\r\\f\\v\\a	0	"hi"	match	None	
\\t\\n\\r\\f\\v\\a	0	"hi"	fullmatch	None	
\\t\\n\\r\\f\\v\\a	0	"hi"	finditer		
\\t\\n\\r\\f\\v\\a	0	cab	search	None	
\\t\\n\\r\\f\\v\\a	0	cab	match	None	
\\t\\n\\r\\f\\v\\a	0	cab	fullmatch	None	
\\t\\n\\r\\f\\v\\a	0	cab	finditer		
\\t\\n\\r\\f\\v\\a	0	ae cde abe	search	None	
\\t\\n\\r\\f\\v\\a	0	ae cde abe	match	None	
\\t\\n\\r\\f\\v\\a	0	ae cde abe	fullmatch	None	
\\t\\n\\r\\f\\v\\a	0	ae cde abe	finditer		
\\t\\n\\r\\f\\v\\a	0	\u{c9}	search	None	
\\t\\n\\r\\f\\v\\a	0	\u{c9}	match	None	
\\t\\n\\r\\f\\v\\a	0	\u{c9}	fullmatch	None	
\\t\\n\\r\\f\\v\\a	0	\u{c9}	finditer		
\\t\\n\\r\\f\\v\\a	0	abcd	search@3:0	None	
\\t\\n\\r\\f\\v\\a	0	abcd	finditer@3:0		
\\t\\n\\r\\f\\v\\a	0	\u{e9}	search@1:1	None	
\\t\\n\\r\\f\\v\\a	0	\u{e9}	finditer@1:1		
\\t\\n\\r\\f\\v\\a	0	ab\n	search@2:3	None	
\\t\\n\\r\\f\\v\\a	0	ab\n	finditer@2:3		
"""#)
