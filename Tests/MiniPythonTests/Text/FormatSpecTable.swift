// Recorded from CPython 3.12.1 by scripts/gen_format.py; do not edit by hand.
// Rows are tab-separated fields; see TextTable.swift for the escapes.

let formatSpecTable = TextTable(#"""
int	0		ok	0
int	0	d	ok	0
int	0	b	ok	0
int	0	o	ok	0
int	0	x	ok	0
int	0	X	ok	0
int	0	c	ok	\u{0}
int	0	n	ok	0
int	0	#b	ok	0b0
int	0	#o	ok	0o0
int	0	#x	ok	0x0
int	0	#X	ok	0X0
int	0	,	ok	0
int	0	_	ok	0
int	0	,d	ok	0
int	0	_d	ok	0
int	0	_b	ok	0
int	0	_x	ok	0
int	0	#_x	ok	0x0
int	0	10	ok	         0
int	0	<10	ok	0         
int	0	^10	ok	    0     
int	0	>10	ok	         0
int	0	=10	ok	         0
int	0	010	ok	0000000000
int	0	08d	ok	00000000
int	0	+	ok	+0
int	0	-	ok	0
int	0	 	ok	 0
int	0	+d	ok	+0
int	0	 d	ok	 0
int	0	*^12	ok	*****0******
int	0	0^9	ok	000000000
int	0	#010x	ok	0x00000000
int	0	010,	ok	00,000,000
int	0	012,	ok	0,000,000,000
int	0	013,	ok	0,000,000,000
int	0	0=10,	ok	00,000,000
int	0	x<8	ok	0xxxxxxx
int	0	+08,	ok	+000,000
int	0	_o	ok	0
int	0	e	ok	0.000000e+00
int	0	E	ok	0.000000E+00
int	0	f	ok	0.000000
int	0	.2f	ok	0.00
int	0	%	ok	0.000000%
int	0	.1%	ok	0.0%
int	0	g	ok	0
int	0	G	ok	0
int	0	.3e	ok	0.000e+00
int	0	10.2f	ok	      0.00
int	0	,.2f	ok	0.00
int	0	>+12,.1f	ok	        +0.0
int	0	s	ValueError	Unknown format code 's' for object of type 'int'
int	0	r	ValueError	Unknown format code 'r' for object of type 'int'
int	0	z	ValueError	Negative zero coercion (z) not allowed in integer format specifier
int	0	.2	ValueError	Precision not allowed in integer format specifier
int	0	c,	ValueError	Invalid format specifier 'c,' for object of type 'int'
int	0	,x	ValueError	Cannot specify ',' with 'x'.
int	0	,c	ValueError	Cannot specify ',' with 'c'.
int	0	#c	ValueError	Alternate form (#) not allowed with integer format specifier 'c'
int	0	+c	ValueError	Sign not allowed with integer format specifier 'c'
int	0	,,	ValueError	Cannot specify ',' with ','.
int	0	_,	ValueError	Cannot specify both ',' and '_'.
int	0	,_	ValueError	Cannot specify both ',' and '_'.
int	0	__	ValueError	Cannot specify '_' with '_'.
int	0	n,	ValueError	Invalid format specifier 'n,' for object of type 'int'
int	0	ab	ValueError	Invalid format specifier 'ab' for object of type 'int'
int	0	.	ValueError	Format specifier missing precision
int	0	5.	ValueError	Format specifier missing precision
int	0	\u{e9}	ValueError	Unknown format code '\\xe9' for object of type 'int'
int	0	#	ok	0
int	0	0	ok	0
int	0	00	ok	0
int	0	-010	ok	0000000000
int	0	 010	ok	 000000000
int	0	!<5	ok	0!!!!
int	0	\u{1f600}>6	ok	\u{1f600}\u{1f600}\u{1f600}\u{1f600}\u{1f600}0
int	0	1_x	ok	0
int	0	\u{1}	ValueError	Unknown format code '\\x1' for object of type 'int'
int	1		ok	1
int	1	d	ok	1
int	1	b	ok	1
int	1	o	ok	1
int	1	x	ok	1
int	1	X	ok	1
int	1	c	ok	\u{1}
int	1	n	ok	1
int	1	#b	ok	0b1
int	1	#o	ok	0o1
int	1	#x	ok	0x1
int	1	#X	ok	0X1
int	1	,	ok	1
int	1	_	ok	1
int	1	,d	ok	1
int	1	_d	ok	1
int	1	_b	ok	1
int	1	_x	ok	1
int	1	#_x	ok	0x1
int	1	10	ok	         1
int	1	<10	ok	1         
int	1	^10	ok	    1     
int	1	>10	ok	         1
int	1	=10	ok	         1
int	1	010	ok	0000000001
int	1	08d	ok	00000001
int	1	+	ok	+1
int	1	-	ok	1
int	1	 	ok	 1
int	1	+d	ok	+1
int	1	 d	ok	 1
int	1	*^12	ok	*****1******
int	1	0^9	ok	000010000
int	1	#010x	ok	0x00000001
int	1	010,	ok	00,000,001
int	1	012,	ok	0,000,000,001
int	1	013,	ok	0,000,000,001
int	1	0=10,	ok	00,000,001
int	1	x<8	ok	1xxxxxxx
int	1	+08,	ok	+000,001
int	1	_o	ok	1
int	1	e	ok	1.000000e+00
int	1	E	ok	1.000000E+00
int	1	f	ok	1.000000
int	1	.2f	ok	1.00
int	1	%	ok	100.000000%
int	1	.1%	ok	100.0%
int	1	g	ok	1
int	1	G	ok	1
int	1	.3e	ok	1.000e+00
int	1	10.2f	ok	      1.00
int	1	,.2f	ok	1.00
int	1	>+12,.1f	ok	        +1.0
int	1	s	ValueError	Unknown format code 's' for object of type 'int'
int	1	r	ValueError	Unknown format code 'r' for object of type 'int'
int	1	z	ValueError	Negative zero coercion (z) not allowed in integer format specifier
int	1	.2	ValueError	Precision not allowed in integer format specifier
int	1	c,	ValueError	Invalid format specifier 'c,' for object of type 'int'
int	1	,x	ValueError	Cannot specify ',' with 'x'.
int	1	,c	ValueError	Cannot specify ',' with 'c'.
int	1	#c	ValueError	Alternate form (#) not allowed with integer format specifier 'c'
int	1	+c	ValueError	Sign not allowed with integer format specifier 'c'
int	1	,,	ValueError	Cannot specify ',' with ','.
int	1	_,	ValueError	Cannot specify both ',' and '_'.
int	1	,_	ValueError	Cannot specify both ',' and '_'.
int	1	__	ValueError	Cannot specify '_' with '_'.
int	1	n,	ValueError	Invalid format specifier 'n,' for object of type 'int'
int	1	ab	ValueError	Invalid format specifier 'ab' for object of type 'int'
int	1	.	ValueError	Format specifier missing precision
int	1	5.	ValueError	Format specifier missing precision
int	1	\u{e9}	ValueError	Unknown format code '\\xe9' for object of type 'int'
int	1	#	ok	1
int	1	0	ok	1
int	1	00	ok	1
int	1	-010	ok	0000000001
int	1	 010	ok	 000000001
int	1	!<5	ok	1!!!!
int	1	\u{1f600}>6	ok	\u{1f600}\u{1f600}\u{1f600}\u{1f600}\u{1f600}1
int	1	1_x	ok	1
int	1	\u{1}	ValueError	Unknown format code '\\x1' for object of type 'int'
int	-1		ok	-1
int	-1	d	ok	-1
int	-1	b	ok	-1
int	-1	o	ok	-1
int	-1	x	ok	-1
int	-1	X	ok	-1
int	-1	c	OverflowError	%c arg not in range(0x110000)
int	-1	n	ok	-1
int	-1	#b	ok	-0b1
int	-1	#o	ok	-0o1
int	-1	#x	ok	-0x1
int	-1	#X	ok	-0X1
int	-1	,	ok	-1
int	-1	_	ok	-1
int	-1	,d	ok	-1
int	-1	_d	ok	-1
int	-1	_b	ok	-1
int	-1	_x	ok	-1
int	-1	#_x	ok	-0x1
int	-1	10	ok	        -1
int	-1	<10	ok	-1        
int	-1	^10	ok	    -1    
int	-1	>10	ok	        -1
int	-1	=10	ok	-        1
int	-1	010	ok	-000000001
int	-1	08d	ok	-0000001
int	-1	+	ok	-1
int	-1	-	ok	-1
int	-1	 	ok	-1
int	-1	+d	ok	-1
int	-1	 d	ok	-1
int	-1	*^12	ok	*****-1*****
int	-1	0^9	ok	000-10000
int	-1	#010x	ok	-0x0000001
int	-1	010,	ok	-0,000,001
int	-1	012,	ok	-000,000,001
int	-1	013,	ok	-0,000,000,001
int	-1	0=10,	ok	-0,000,001
int	-1	x<8	ok	-1xxxxxx
int	-1	+08,	ok	-000,001
int	-1	_o	ok	-1
int	-1	e	ok	-1.000000e+00
int	-1	E	ok	-1.000000E+00
int	-1	f	ok	-1.000000
int	-1	.2f	ok	-1.00
int	-1	%	ok	-100.000000%
int	-1	.1%	ok	-100.0%
int	-1	g	ok	-1
int	-1	G	ok	-1
int	-1	.3e	ok	-1.000e+00
int	-1	10.2f	ok	     -1.00
int	-1	,.2f	ok	-1.00
int	-1	>+12,.1f	ok	        -1.0
int	-1	s	ValueError	Unknown format code 's' for object of type 'int'
int	-1	r	ValueError	Unknown format code 'r' for object of type 'int'
int	-1	z	ValueError	Negative zero coercion (z) not allowed in integer format specifier
int	-1	.2	ValueError	Precision not allowed in integer format specifier
int	-1	c,	ValueError	Invalid format specifier 'c,' for object of type 'int'
int	-1	,x	ValueError	Cannot specify ',' with 'x'.
int	-1	,c	ValueError	Cannot specify ',' with 'c'.
int	-1	#c	ValueError	Alternate form (#) not allowed with integer format specifier 'c'
int	-1	+c	ValueError	Sign not allowed with integer format specifier 'c'
int	-1	,,	ValueError	Cannot specify ',' with ','.
int	-1	_,	ValueError	Cannot specify both ',' and '_'.
int	-1	,_	ValueError	Cannot specify both ',' and '_'.
int	-1	__	ValueError	Cannot specify '_' with '_'.
int	-1	n,	ValueError	Invalid format specifier 'n,' for object of type 'int'
int	-1	ab	ValueError	Invalid format specifier 'ab' for object of type 'int'
int	-1	.	ValueError	Format specifier missing precision
int	-1	5.	ValueError	Format specifier missing precision
int	-1	\u{e9}	ValueError	Unknown format code '\\xe9' for object of type 'int'
int	-1	#	ok	-1
int	-1	0	ok	-1
int	-1	00	ok	-1
int	-1	-010	ok	-000000001
int	-1	 010	ok	-000000001
int	-1	!<5	ok	-1!!!
int	-1	\u{1f600}>6	ok	\u{1f600}\u{1f600}\u{1f600}\u{1f600}-1
int	-1	1_x	ok	-1
int	-1	\u{1}	ValueError	Unknown format code '\\x1' for object of type 'int'
int	5		ok	5
int	5	d	ok	5
int	5	b	ok	101
int	5	o	ok	5
int	5	x	ok	5
int	5	X	ok	5
int	5	c	ok	\u{5}
int	5	n	ok	5
int	5	#b	ok	0b101
int	5	#o	ok	0o5
int	5	#x	ok	0x5
int	5	#X	ok	0X5
int	5	,	ok	5
int	5	_	ok	5
int	5	,d	ok	5
int	5	_d	ok	5
int	5	_b	ok	101
int	5	_x	ok	5
int	5	#_x	ok	0x5
int	5	10	ok	         5
int	5	<10	ok	5         
int	5	^10	ok	    5     
int	5	>10	ok	         5
int	5	=10	ok	         5
int	5	010	ok	0000000005
int	5	08d	ok	00000005
int	5	+	ok	+5
int	5	-	ok	5
int	5	 	ok	 5
int	5	+d	ok	+5
int	5	 d	ok	 5
int	5	*^12	ok	*****5******
int	5	0^9	ok	000050000
int	5	#010x	ok	0x00000005
int	5	010,	ok	00,000,005
int	5	012,	ok	0,000,000,005
int	5	013,	ok	0,000,000,005
int	5	0=10,	ok	00,000,005
int	5	x<8	ok	5xxxxxxx
int	5	+08,	ok	+000,005
int	5	_o	ok	5
int	5	e	ok	5.000000e+00
int	5	E	ok	5.000000E+00
int	5	f	ok	5.000000
int	5	.2f	ok	5.00
int	5	%	ok	500.000000%
int	5	.1%	ok	500.0%
int	5	g	ok	5
int	5	G	ok	5
int	5	.3e	ok	5.000e+00
int	5	10.2f	ok	      5.00
int	5	,.2f	ok	5.00
int	5	>+12,.1f	ok	        +5.0
int	5	s	ValueError	Unknown format code 's' for object of type 'int'
int	5	r	ValueError	Unknown format code 'r' for object of type 'int'
int	5	z	ValueError	Negative zero coercion (z) not allowed in integer format specifier
int	5	.2	ValueError	Precision not allowed in integer format specifier
int	5	c,	ValueError	Invalid format specifier 'c,' for object of type 'int'
int	5	,x	ValueError	Cannot specify ',' with 'x'.
int	5	,c	ValueError	Cannot specify ',' with 'c'.
int	5	#c	ValueError	Alternate form (#) not allowed with integer format specifier 'c'
int	5	+c	ValueError	Sign not allowed with integer format specifier 'c'
int	5	,,	ValueError	Cannot specify ',' with ','.
int	5	_,	ValueError	Cannot specify both ',' and '_'.
int	5	,_	ValueError	Cannot specify both ',' and '_'.
int	5	__	ValueError	Cannot specify '_' with '_'.
int	5	n,	ValueError	Invalid format specifier 'n,' for object of type 'int'
int	5	ab	ValueError	Invalid format specifier 'ab' for object of type 'int'
int	5	.	ValueError	Format specifier missing precision
int	5	5.	ValueError	Format specifier missing precision
int	5	\u{e9}	ValueError	Unknown format code '\\xe9' for object of type 'int'
int	5	#	ok	5
int	5	0	ok	5
int	5	00	ok	5
int	5	-010	ok	0000000005
int	5	 010	ok	 000000005
int	5	!<5	ok	5!!!!
int	5	\u{1f600}>6	ok	\u{1f600}\u{1f600}\u{1f600}\u{1f600}\u{1f600}5
int	5	1_x	ok	5
int	5	\u{1}	ValueError	Unknown format code '\\x1' for object of type 'int'
int	42		ok	42
int	42	d	ok	42
int	42	b	ok	101010
int	42	o	ok	52
int	42	x	ok	2a
int	42	X	ok	2A
int	42	c	ok	*
int	42	n	ok	42
int	42	#b	ok	0b101010
int	42	#o	ok	0o52
int	42	#x	ok	0x2a
int	42	#X	ok	0X2A
int	42	,	ok	42
int	42	_	ok	42
int	42	,d	ok	42
int	42	_d	ok	42
int	42	_b	ok	10_1010
int	42	_x	ok	2a
int	42	#_x	ok	0x2a
int	42	10	ok	        42
int	42	<10	ok	42        
int	42	^10	ok	    42    
int	42	>10	ok	        42
int	42	=10	ok	        42
int	42	010	ok	0000000042
int	42	08d	ok	00000042
int	42	+	ok	+42
int	42	-	ok	42
int	42	 	ok	 42
int	42	+d	ok	+42
int	42	 d	ok	 42
int	42	*^12	ok	*****42*****
int	42	0^9	ok	000420000
int	42	#010x	ok	0x0000002a
int	42	010,	ok	00,000,042
int	42	012,	ok	0,000,000,042
int	42	013,	ok	0,000,000,042
int	42	0=10,	ok	00,000,042
int	42	x<8	ok	42xxxxxx
int	42	+08,	ok	+000,042
int	42	_o	ok	52
int	42	e	ok	4.200000e+01
int	42	E	ok	4.200000E+01
int	42	f	ok	42.000000
int	42	.2f	ok	42.00
int	42	%	ok	4200.000000%
int	42	.1%	ok	4200.0%
int	42	g	ok	42
int	42	G	ok	42
int	42	.3e	ok	4.200e+01
int	42	10.2f	ok	     42.00
int	42	,.2f	ok	42.00
int	42	>+12,.1f	ok	       +42.0
int	42	s	ValueError	Unknown format code 's' for object of type 'int'
int	42	r	ValueError	Unknown format code 'r' for object of type 'int'
int	42	z	ValueError	Negative zero coercion (z) not allowed in integer format specifier
int	42	.2	ValueError	Precision not allowed in integer format specifier
int	42	c,	ValueError	Invalid format specifier 'c,' for object of type 'int'
int	42	,x	ValueError	Cannot specify ',' with 'x'.
int	42	,c	ValueError	Cannot specify ',' with 'c'.
int	42	#c	ValueError	Alternate form (#) not allowed with integer format specifier 'c'
int	42	+c	ValueError	Sign not allowed with integer format specifier 'c'
int	42	,,	ValueError	Cannot specify ',' with ','.
int	42	_,	ValueError	Cannot specify both ',' and '_'.
int	42	,_	ValueError	Cannot specify both ',' and '_'.
int	42	__	ValueError	Cannot specify '_' with '_'.
int	42	n,	ValueError	Invalid format specifier 'n,' for object of type 'int'
int	42	ab	ValueError	Invalid format specifier 'ab' for object of type 'int'
int	42	.	ValueError	Format specifier missing precision
int	42	5.	ValueError	Format specifier missing precision
int	42	\u{e9}	ValueError	Unknown format code '\\xe9' for object of type 'int'
int	42	#	ok	42
int	42	0	ok	42
int	42	00	ok	42
int	42	-010	ok	0000000042
int	42	 010	ok	 000000042
int	42	!<5	ok	42!!!
int	42	\u{1f600}>6	ok	\u{1f600}\u{1f600}\u{1f600}\u{1f600}42
int	42	1_x	ok	2a
int	42	\u{1}	ValueError	Unknown format code '\\x1' for object of type 'int'
int	-42		ok	-42
int	-42	d	ok	-42
int	-42	b	ok	-101010
int	-42	o	ok	-52
int	-42	x	ok	-2a
int	-42	X	ok	-2A
int	-42	c	OverflowError	%c arg not in range(0x110000)
int	-42	n	ok	-42
int	-42	#b	ok	-0b101010
int	-42	#o	ok	-0o52
int	-42	#x	ok	-0x2a
int	-42	#X	ok	-0X2A
int	-42	,	ok	-42
int	-42	_	ok	-42
int	-42	,d	ok	-42
int	-42	_d	ok	-42
int	-42	_b	ok	-10_1010
int	-42	_x	ok	-2a
int	-42	#_x	ok	-0x2a
int	-42	10	ok	       -42
int	-42	<10	ok	-42       
int	-42	^10	ok	   -42    
int	-42	>10	ok	       -42
int	-42	=10	ok	-       42
int	-42	010	ok	-000000042
int	-42	08d	ok	-0000042
int	-42	+	ok	-42
int	-42	-	ok	-42
int	-42	 	ok	-42
int	-42	+d	ok	-42
int	-42	 d	ok	-42
int	-42	*^12	ok	****-42*****
int	-42	0^9	ok	000-42000
int	-42	#010x	ok	-0x000002a
int	-42	010,	ok	-0,000,042
int	-42	012,	ok	-000,000,042
int	-42	013,	ok	-0,000,000,042
int	-42	0=10,	ok	-0,000,042
int	-42	x<8	ok	-42xxxxx
int	-42	+08,	ok	-000,042
int	-42	_o	ok	-52
int	-42	e	ok	-4.200000e+01
int	-42	E	ok	-4.200000E+01
int	-42	f	ok	-42.000000
int	-42	.2f	ok	-42.00
int	-42	%	ok	-4200.000000%
int	-42	.1%	ok	-4200.0%
int	-42	g	ok	-42
int	-42	G	ok	-42
int	-42	.3e	ok	-4.200e+01
int	-42	10.2f	ok	    -42.00
int	-42	,.2f	ok	-42.00
int	-42	>+12,.1f	ok	       -42.0
int	-42	s	ValueError	Unknown format code 's' for object of type 'int'
int	-42	r	ValueError	Unknown format code 'r' for object of type 'int'
int	-42	z	ValueError	Negative zero coercion (z) not allowed in integer format specifier
int	-42	.2	ValueError	Precision not allowed in integer format specifier
int	-42	c,	ValueError	Invalid format specifier 'c,' for object of type 'int'
int	-42	,x	ValueError	Cannot specify ',' with 'x'.
int	-42	,c	ValueError	Cannot specify ',' with 'c'.
int	-42	#c	ValueError	Alternate form (#) not allowed with integer format specifier 'c'
int	-42	+c	ValueError	Sign not allowed with integer format specifier 'c'
int	-42	,,	ValueError	Cannot specify ',' with ','.
int	-42	_,	ValueError	Cannot specify both ',' and '_'.
int	-42	,_	ValueError	Cannot specify both ',' and '_'.
int	-42	__	ValueError	Cannot specify '_' with '_'.
int	-42	n,	ValueError	Invalid format specifier 'n,' for object of type 'int'
int	-42	ab	ValueError	Invalid format specifier 'ab' for object of type 'int'
int	-42	.	ValueError	Format specifier missing precision
int	-42	5.	ValueError	Format specifier missing precision
int	-42	\u{e9}	ValueError	Unknown format code '\\xe9' for object of type 'int'
int	-42	#	ok	-42
int	-42	0	ok	-42
int	-42	00	ok	-42
int	-42	-010	ok	-000000042
int	-42	 010	ok	-000000042
int	-42	!<5	ok	-42!!
int	-42	\u{1f600}>6	ok	\u{1f600}\u{1f600}\u{1f600}-42
int	-42	1_x	ok	-2a
int	-42	\u{1}	ValueError	Unknown format code '\\x1' for object of type 'int'
int	255		ok	255
int	255	d	ok	255
int	255	b	ok	11111111
int	255	o	ok	377
int	255	x	ok	ff
int	255	X	ok	FF
int	255	c	ok	\u{ff}
int	255	n	ok	255
int	255	#b	ok	0b11111111
int	255	#o	ok	0o377
int	255	#x	ok	0xff
int	255	#X	ok	0XFF
int	255	,	ok	255
int	255	_	ok	255
int	255	,d	ok	255
int	255	_d	ok	255
int	255	_b	ok	1111_1111
int	255	_x	ok	ff
int	255	#_x	ok	0xff
int	255	10	ok	       255
int	255	<10	ok	255       
int	255	^10	ok	   255    
int	255	>10	ok	       255
int	255	=10	ok	       255
int	255	010	ok	0000000255
int	255	08d	ok	00000255
int	255	+	ok	+255
int	255	-	ok	255
int	255	 	ok	 255
int	255	+d	ok	+255
int	255	 d	ok	 255
int	255	*^12	ok	****255*****
int	255	0^9	ok	000255000
int	255	#010x	ok	0x000000ff
int	255	010,	ok	00,000,255
int	255	012,	ok	0,000,000,255
int	255	013,	ok	0,000,000,255
int	255	0=10,	ok	00,000,255
int	255	x<8	ok	255xxxxx
int	255	+08,	ok	+000,255
int	255	_o	ok	377
int	255	e	ok	2.550000e+02
int	255	E	ok	2.550000E+02
int	255	f	ok	255.000000
int	255	.2f	ok	255.00
int	255	%	ok	25500.000000%
int	255	.1%	ok	25500.0%
int	255	g	ok	255
int	255	G	ok	255
int	255	.3e	ok	2.550e+02
int	255	10.2f	ok	    255.00
int	255	,.2f	ok	255.00
int	255	>+12,.1f	ok	      +255.0
int	255	s	ValueError	Unknown format code 's' for object of type 'int'
int	255	r	ValueError	Unknown format code 'r' for object of type 'int'
int	255	z	ValueError	Negative zero coercion (z) not allowed in integer format specifier
int	255	.2	ValueError	Precision not allowed in integer format specifier
int	255	c,	ValueError	Invalid format specifier 'c,' for object of type 'int'
int	255	,x	ValueError	Cannot specify ',' with 'x'.
int	255	,c	ValueError	Cannot specify ',' with 'c'.
int	255	#c	ValueError	Alternate form (#) not allowed with integer format specifier 'c'
int	255	+c	ValueError	Sign not allowed with integer format specifier 'c'
int	255	,,	ValueError	Cannot specify ',' with ','.
int	255	_,	ValueError	Cannot specify both ',' and '_'.
int	255	,_	ValueError	Cannot specify both ',' and '_'.
int	255	__	ValueError	Cannot specify '_' with '_'.
int	255	n,	ValueError	Invalid format specifier 'n,' for object of type 'int'
int	255	ab	ValueError	Invalid format specifier 'ab' for object of type 'int'
int	255	.	ValueError	Format specifier missing precision
int	255	5.	ValueError	Format specifier missing precision
int	255	\u{e9}	ValueError	Unknown format code '\\xe9' for object of type 'int'
int	255	#	ok	255
int	255	0	ok	255
int	255	00	ok	255
int	255	-010	ok	0000000255
int	255	 010	ok	 000000255
int	255	!<5	ok	255!!
int	255	\u{1f600}>6	ok	\u{1f600}\u{1f600}\u{1f600}255
int	255	1_x	ok	ff
int	255	\u{1}	ValueError	Unknown format code '\\x1' for object of type 'int'
int	1234		ok	1234
int	1234	d	ok	1234
int	1234	b	ok	10011010010
int	1234	o	ok	2322
int	1234	x	ok	4d2
int	1234	X	ok	4D2
int	1234	c	ok	\u{4d2}
int	1234	n	ok	1234
int	1234	#b	ok	0b10011010010
int	1234	#o	ok	0o2322
int	1234	#x	ok	0x4d2
int	1234	#X	ok	0X4D2
int	1234	,	ok	1,234
int	1234	_	ok	1_234
int	1234	,d	ok	1,234
int	1234	_d	ok	1_234
int	1234	_b	ok	100_1101_0010
int	1234	_x	ok	4d2
int	1234	#_x	ok	0x4d2
int	1234	10	ok	      1234
int	1234	<10	ok	1234      
int	1234	^10	ok	   1234   
int	1234	>10	ok	      1234
int	1234	=10	ok	      1234
int	1234	010	ok	0000001234
int	1234	08d	ok	00001234
int	1234	+	ok	+1234
int	1234	-	ok	1234
int	1234	 	ok	 1234
int	1234	+d	ok	+1234
int	1234	 d	ok	 1234
int	1234	*^12	ok	****1234****
int	1234	0^9	ok	001234000
int	1234	#010x	ok	0x000004d2
int	1234	010,	ok	00,001,234
int	1234	012,	ok	0,000,001,234
int	1234	013,	ok	0,000,001,234
int	1234	0=10,	ok	00,001,234
int	1234	x<8	ok	1234xxxx
int	1234	+08,	ok	+001,234
int	1234	_o	ok	2322
int	1234	e	ok	1.234000e+03
int	1234	E	ok	1.234000E+03
int	1234	f	ok	1234.000000
int	1234	.2f	ok	1234.00
int	1234	%	ok	123400.000000%
int	1234	.1%	ok	123400.0%
int	1234	g	ok	1234
int	1234	G	ok	1234
int	1234	.3e	ok	1.234e+03
int	1234	10.2f	ok	   1234.00
int	1234	,.2f	ok	1,234.00
int	1234	>+12,.1f	ok	    +1,234.0
int	1234	s	ValueError	Unknown format code 's' for object of type 'int'
int	1234	r	ValueError	Unknown format code 'r' for object of type 'int'
int	1234	z	ValueError	Negative zero coercion (z) not allowed in integer format specifier
int	1234	.2	ValueError	Precision not allowed in integer format specifier
int	1234	c,	ValueError	Invalid format specifier 'c,' for object of type 'int'
int	1234	,x	ValueError	Cannot specify ',' with 'x'.
int	1234	,c	ValueError	Cannot specify ',' with 'c'.
int	1234	#c	ValueError	Alternate form (#) not allowed with integer format specifier 'c'
int	1234	+c	ValueError	Sign not allowed with integer format specifier 'c'
int	1234	,,	ValueError	Cannot specify ',' with ','.
int	1234	_,	ValueError	Cannot specify both ',' and '_'.
int	1234	,_	ValueError	Cannot specify both ',' and '_'.
int	1234	__	ValueError	Cannot specify '_' with '_'.
int	1234	n,	ValueError	Invalid format specifier 'n,' for object of type 'int'
int	1234	ab	ValueError	Invalid format specifier 'ab' for object of type 'int'
int	1234	.	ValueError	Format specifier missing precision
int	1234	5.	ValueError	Format specifier missing precision
int	1234	\u{e9}	ValueError	Unknown format code '\\xe9' for object of type 'int'
int	1234	#	ok	1234
int	1234	0	ok	1234
int	1234	00	ok	1234
int	1234	-010	ok	0000001234
int	1234	 010	ok	 000001234
int	1234	!<5	ok	1234!
int	1234	\u{1f600}>6	ok	\u{1f600}\u{1f600}1234
int	1234	1_x	ok	4d2
int	1234	\u{1}	ValueError	Unknown format code '\\x1' for object of type 'int'
int	-1234		ok	-1234
int	-1234	d	ok	-1234
int	-1234	b	ok	-10011010010
int	-1234	o	ok	-2322
int	-1234	x	ok	-4d2
int	-1234	X	ok	-4D2
int	-1234	c	OverflowError	%c arg not in range(0x110000)
int	-1234	n	ok	-1234
int	-1234	#b	ok	-0b10011010010
int	-1234	#o	ok	-0o2322
int	-1234	#x	ok	-0x4d2
int	-1234	#X	ok	-0X4D2
int	-1234	,	ok	-1,234
int	-1234	_	ok	-1_234
int	-1234	,d	ok	-1,234
int	-1234	_d	ok	-1_234
int	-1234	_b	ok	-100_1101_0010
int	-1234	_x	ok	-4d2
int	-1234	#_x	ok	-0x4d2
int	-1234	10	ok	     -1234
int	-1234	<10	ok	-1234     
int	-1234	^10	ok	  -1234   
int	-1234	>10	ok	     -1234
int	-1234	=10	ok	-     1234
int	-1234	010	ok	-000001234
int	-1234	08d	ok	-0001234
int	-1234	+	ok	-1234
int	-1234	-	ok	-1234
int	-1234	 	ok	-1234
int	-1234	+d	ok	-1234
int	-1234	 d	ok	-1234
int	-1234	*^12	ok	***-1234****
int	-1234	0^9	ok	00-123400
int	-1234	#010x	ok	-0x00004d2
int	-1234	010,	ok	-0,001,234
int	-1234	012,	ok	-000,001,234
int	-1234	013,	ok	-0,000,001,234
int	-1234	0=10,	ok	-0,001,234
int	-1234	x<8	ok	-1234xxx
int	-1234	+08,	ok	-001,234
int	-1234	_o	ok	-2322
int	-1234	e	ok	-1.234000e+03
int	-1234	E	ok	-1.234000E+03
int	-1234	f	ok	-1234.000000
int	-1234	.2f	ok	-1234.00
int	-1234	%	ok	-123400.000000%
int	-1234	.1%	ok	-123400.0%
int	-1234	g	ok	-1234
int	-1234	G	ok	-1234
int	-1234	.3e	ok	-1.234e+03
int	-1234	10.2f	ok	  -1234.00
int	-1234	,.2f	ok	-1,234.00
int	-1234	>+12,.1f	ok	    -1,234.0
int	-1234	s	ValueError	Unknown format code 's' for object of type 'int'
int	-1234	r	ValueError	Unknown format code 'r' for object of type 'int'
int	-1234	z	ValueError	Negative zero coercion (z) not allowed in integer format specifier
int	-1234	.2	ValueError	Precision not allowed in integer format specifier
int	-1234	c,	ValueError	Invalid format specifier 'c,' for object of type 'int'
int	-1234	,x	ValueError	Cannot specify ',' with 'x'.
int	-1234	,c	ValueError	Cannot specify ',' with 'c'.
int	-1234	#c	ValueError	Alternate form (#) not allowed with integer format specifier 'c'
int	-1234	+c	ValueError	Sign not allowed with integer format specifier 'c'
int	-1234	,,	ValueError	Cannot specify ',' with ','.
int	-1234	_,	ValueError	Cannot specify both ',' and '_'.
int	-1234	,_	ValueError	Cannot specify both ',' and '_'.
int	-1234	__	ValueError	Cannot specify '_' with '_'.
int	-1234	n,	ValueError	Invalid format specifier 'n,' for object of type 'int'
int	-1234	ab	ValueError	Invalid format specifier 'ab' for object of type 'int'
int	-1234	.	ValueError	Format specifier missing precision
int	-1234	5.	ValueError	Format specifier missing precision
int	-1234	\u{e9}	ValueError	Unknown format code '\\xe9' for object of type 'int'
int	-1234	#	ok	-1234
int	-1234	0	ok	-1234
int	-1234	00	ok	-1234
int	-1234	-010	ok	-000001234
int	-1234	 010	ok	-000001234
int	-1234	!<5	ok	-1234
int	-1234	\u{1f600}>6	ok	\u{1f600}-1234
int	-1234	1_x	ok	-4d2
int	-1234	\u{1}	ValueError	Unknown format code '\\x1' for object of type 'int'
int	1234567		ok	1234567
int	1234567	d	ok	1234567
int	1234567	b	ok	100101101011010000111
int	1234567	o	ok	4553207
int	1234567	x	ok	12d687
int	1234567	X	ok	12D687
int	1234567	c	OverflowError	%c arg not in range(0x110000)
int	1234567	n	ok	1234567
int	1234567	#b	ok	0b100101101011010000111
int	1234567	#o	ok	0o4553207
int	1234567	#x	ok	0x12d687
int	1234567	#X	ok	0X12D687
int	1234567	,	ok	1,234,567
int	1234567	_	ok	1_234_567
int	1234567	,d	ok	1,234,567
int	1234567	_d	ok	1_234_567
int	1234567	_b	ok	1_0010_1101_0110_1000_0111
int	1234567	_x	ok	12_d687
int	1234567	#_x	ok	0x12_d687
int	1234567	10	ok	   1234567
int	1234567	<10	ok	1234567   
int	1234567	^10	ok	 1234567  
int	1234567	>10	ok	   1234567
int	1234567	=10	ok	   1234567
int	1234567	010	ok	0001234567
int	1234567	08d	ok	01234567
int	1234567	+	ok	+1234567
int	1234567	-	ok	1234567
int	1234567	 	ok	 1234567
int	1234567	+d	ok	+1234567
int	1234567	 d	ok	 1234567
int	1234567	*^12	ok	**1234567***
int	1234567	0^9	ok	012345670
int	1234567	#010x	ok	0x0012d687
int	1234567	010,	ok	01,234,567
int	1234567	012,	ok	0,001,234,567
int	1234567	013,	ok	0,001,234,567
int	1234567	0=10,	ok	01,234,567
int	1234567	x<8	ok	1234567x
int	1234567	+08,	ok	+1,234,567
int	1234567	_o	ok	455_3207
int	1234567	e	ok	1.234567e+06
int	1234567	E	ok	1.234567E+06
int	1234567	f	ok	1234567.000000
int	1234567	.2f	ok	1234567.00
int	1234567	%	ok	123456700.000000%
int	1234567	.1%	ok	123456700.0%
int	1234567	g	ok	1.23457e+06
int	1234567	G	ok	1.23457E+06
int	1234567	.3e	ok	1.235e+06
int	1234567	10.2f	ok	1234567.00
int	1234567	,.2f	ok	1,234,567.00
int	1234567	>+12,.1f	ok	+1,234,567.0
int	1234567	s	ValueError	Unknown format code 's' for object of type 'int'
int	1234567	r	ValueError	Unknown format code 'r' for object of type 'int'
int	1234567	z	ValueError	Negative zero coercion (z) not allowed in integer format specifier
int	1234567	.2	ValueError	Precision not allowed in integer format specifier
int	1234567	c,	ValueError	Invalid format specifier 'c,' for object of type 'int'
int	1234567	,x	ValueError	Cannot specify ',' with 'x'.
int	1234567	,c	ValueError	Cannot specify ',' with 'c'.
int	1234567	#c	ValueError	Alternate form (#) not allowed with integer format specifier 'c'
int	1234567	+c	ValueError	Sign not allowed with integer format specifier 'c'
int	1234567	,,	ValueError	Cannot specify ',' with ','.
int	1234567	_,	ValueError	Cannot specify both ',' and '_'.
int	1234567	,_	ValueError	Cannot specify both ',' and '_'.
int	1234567	__	ValueError	Cannot specify '_' with '_'.
int	1234567	n,	ValueError	Invalid format specifier 'n,' for object of type 'int'
int	1234567	ab	ValueError	Invalid format specifier 'ab' for object of type 'int'
int	1234567	.	ValueError	Format specifier missing precision
int	1234567	5.	ValueError	Format specifier missing precision
int	1234567	\u{e9}	ValueError	Unknown format code '\\xe9' for object of type 'int'
int	1234567	#	ok	1234567
int	1234567	0	ok	1234567
int	1234567	00	ok	1234567
int	1234567	-010	ok	0001234567
int	1234567	 010	ok	 001234567
int	1234567	!<5	ok	1234567
int	1234567	\u{1f600}>6	ok	1234567
int	1234567	1_x	ok	12_d687
int	1234567	\u{1}	ValueError	Unknown format code '\\x1' for object of type 'int'
int	1000000000		ok	1000000000
int	1000000000	d	ok	1000000000
int	1000000000	b	ok	111011100110101100101000000000
int	1000000000	o	ok	7346545000
int	1000000000	x	ok	3b9aca00
int	1000000000	X	ok	3B9ACA00
int	1000000000	c	OverflowError	%c arg not in range(0x110000)
int	1000000000	n	ok	1000000000
int	1000000000	#b	ok	0b111011100110101100101000000000
int	1000000000	#o	ok	0o7346545000
int	1000000000	#x	ok	0x3b9aca00
int	1000000000	#X	ok	0X3B9ACA00
int	1000000000	,	ok	1,000,000,000
int	1000000000	_	ok	1_000_000_000
int	1000000000	,d	ok	1,000,000,000
int	1000000000	_d	ok	1_000_000_000
int	1000000000	_b	ok	11_1011_1001_1010_1100_1010_0000_0000
int	1000000000	_x	ok	3b9a_ca00
int	1000000000	#_x	ok	0x3b9a_ca00
int	1000000000	10	ok	1000000000
int	1000000000	<10	ok	1000000000
int	1000000000	^10	ok	1000000000
int	1000000000	>10	ok	1000000000
int	1000000000	=10	ok	1000000000
int	1000000000	010	ok	1000000000
int	1000000000	08d	ok	1000000000
int	1000000000	+	ok	+1000000000
int	1000000000	-	ok	1000000000
int	1000000000	 	ok	 1000000000
int	1000000000	+d	ok	+1000000000
int	1000000000	 d	ok	 1000000000
int	1000000000	*^12	ok	*1000000000*
int	1000000000	0^9	ok	1000000000
int	1000000000	#010x	ok	0x3b9aca00
int	1000000000	010,	ok	1,000,000,000
int	1000000000	012,	ok	1,000,000,000
int	1000000000	013,	ok	1,000,000,000
int	1000000000	0=10,	ok	1,000,000,000
int	1000000000	x<8	ok	1000000000
int	1000000000	+08,	ok	+1,000,000,000
int	1000000000	_o	ok	73_4654_5000
int	1000000000	e	ok	1.000000e+09
int	1000000000	E	ok	1.000000E+09
int	1000000000	f	ok	1000000000.000000
int	1000000000	.2f	ok	1000000000.00
int	1000000000	%	ok	100000000000.000000%
int	1000000000	.1%	ok	100000000000.0%
int	1000000000	g	ok	1e+09
int	1000000000	G	ok	1E+09
int	1000000000	.3e	ok	1.000e+09
int	1000000000	10.2f	ok	1000000000.00
int	1000000000	,.2f	ok	1,000,000,000.00
int	1000000000	>+12,.1f	ok	+1,000,000,000.0
int	1000000000	s	ValueError	Unknown format code 's' for object of type 'int'
int	1000000000	r	ValueError	Unknown format code 'r' for object of type 'int'
int	1000000000	z	ValueError	Negative zero coercion (z) not allowed in integer format specifier
int	1000000000	.2	ValueError	Precision not allowed in integer format specifier
int	1000000000	c,	ValueError	Invalid format specifier 'c,' for object of type 'int'
int	1000000000	,x	ValueError	Cannot specify ',' with 'x'.
int	1000000000	,c	ValueError	Cannot specify ',' with 'c'.
int	1000000000	#c	ValueError	Alternate form (#) not allowed with integer format specifier 'c'
int	1000000000	+c	ValueError	Sign not allowed with integer format specifier 'c'
int	1000000000	,,	ValueError	Cannot specify ',' with ','.
int	1000000000	_,	ValueError	Cannot specify both ',' and '_'.
int	1000000000	,_	ValueError	Cannot specify both ',' and '_'.
int	1000000000	__	ValueError	Cannot specify '_' with '_'.
int	1000000000	n,	ValueError	Invalid format specifier 'n,' for object of type 'int'
int	1000000000	ab	ValueError	Invalid format specifier 'ab' for object of type 'int'
int	1000000000	.	ValueError	Format specifier missing precision
int	1000000000	5.	ValueError	Format specifier missing precision
int	1000000000	\u{e9}	ValueError	Unknown format code '\\xe9' for object of type 'int'
int	1000000000	#	ok	1000000000
int	1000000000	0	ok	1000000000
int	1000000000	00	ok	1000000000
int	1000000000	-010	ok	1000000000
int	1000000000	 010	ok	 1000000000
int	1000000000	!<5	ok	1000000000
int	1000000000	\u{1f600}>6	ok	1000000000
int	1000000000	1_x	ok	3b9a_ca00
int	1000000000	\u{1}	ValueError	Unknown format code '\\x1' for object of type 'int'
int	-1000000000000		ok	-1000000000000
int	-1000000000000	d	ok	-1000000000000
int	-1000000000000	b	ok	-1110100011010100101001010001000000000000
int	-1000000000000	o	ok	-16432451210000
int	-1000000000000	x	ok	-e8d4a51000
int	-1000000000000	X	ok	-E8D4A51000
int	-1000000000000	c	OverflowError	%c arg not in range(0x110000)
int	-1000000000000	n	ok	-1000000000000
int	-1000000000000	#b	ok	-0b1110100011010100101001010001000000000000
int	-1000000000000	#o	ok	-0o16432451210000
int	-1000000000000	#x	ok	-0xe8d4a51000
int	-1000000000000	#X	ok	-0XE8D4A51000
int	-1000000000000	,	ok	-1,000,000,000,000
int	-1000000000000	_	ok	-1_000_000_000_000
int	-1000000000000	,d	ok	-1,000,000,000,000
int	-1000000000000	_d	ok	-1_000_000_000_000
int	-1000000000000	_b	ok	-1110_1000_1101_0100_1010_0101_0001_0000_0000_0000
int	-1000000000000	_x	ok	-e8_d4a5_1000
int	-1000000000000	#_x	ok	-0xe8_d4a5_1000
int	-1000000000000	10	ok	-1000000000000
int	-1000000000000	<10	ok	-1000000000000
int	-1000000000000	^10	ok	-1000000000000
int	-1000000000000	>10	ok	-1000000000000
int	-1000000000000	=10	ok	-1000000000000
int	-1000000000000	010	ok	-1000000000000
int	-1000000000000	08d	ok	-1000000000000
int	-1000000000000	+	ok	-1000000000000
int	-1000000000000	-	ok	-1000000000000
int	-1000000000000	 	ok	-1000000000000
int	-1000000000000	+d	ok	-1000000000000
int	-1000000000000	 d	ok	-1000000000000
int	-1000000000000	*^12	ok	-1000000000000
int	-1000000000000	0^9	ok	-1000000000000
int	-1000000000000	#010x	ok	-0xe8d4a51000
int	-1000000000000	010,	ok	-1,000,000,000,000
int	-1000000000000	012,	ok	-1,000,000,000,000
int	-1000000000000	013,	ok	-1,000,000,000,000
int	-1000000000000	0=10,	ok	-1,000,000,000,000
int	-1000000000000	x<8	ok	-1000000000000
int	-1000000000000	+08,	ok	-1,000,000,000,000
int	-1000000000000	_o	ok	-16_4324_5121_0000
int	-1000000000000	e	ok	-1.000000e+12
int	-1000000000000	E	ok	-1.000000E+12
int	-1000000000000	f	ok	-1000000000000.000000
int	-1000000000000	.2f	ok	-1000000000000.00
int	-1000000000000	%	ok	-100000000000000.000000%
int	-1000000000000	.1%	ok	-100000000000000.0%
int	-1000000000000	g	ok	-1e+12
int	-1000000000000	G	ok	-1E+12
int	-1000000000000	.3e	ok	-1.000e+12
int	-1000000000000	10.2f	ok	-1000000000000.00
int	-1000000000000	,.2f	ok	-1,000,000,000,000.00
int	-1000000000000	>+12,.1f	ok	-1,000,000,000,000.0
int	-1000000000000	s	ValueError	Unknown format code 's' for object of type 'int'
int	-1000000000000	r	ValueError	Unknown format code 'r' for object of type 'int'
int	-1000000000000	z	ValueError	Negative zero coercion (z) not allowed in integer format specifier
int	-1000000000000	.2	ValueError	Precision not allowed in integer format specifier
int	-1000000000000	c,	ValueError	Invalid format specifier 'c,' for object of type 'int'
int	-1000000000000	,x	ValueError	Cannot specify ',' with 'x'.
int	-1000000000000	,c	ValueError	Cannot specify ',' with 'c'.
int	-1000000000000	#c	ValueError	Alternate form (#) not allowed with integer format specifier 'c'
int	-1000000000000	+c	ValueError	Sign not allowed with integer format specifier 'c'
int	-1000000000000	,,	ValueError	Cannot specify ',' with ','.
int	-1000000000000	_,	ValueError	Cannot specify both ',' and '_'.
int	-1000000000000	,_	ValueError	Cannot specify both ',' and '_'.
int	-1000000000000	__	ValueError	Cannot specify '_' with '_'.
int	-1000000000000	n,	ValueError	Invalid format specifier 'n,' for object of type 'int'
int	-1000000000000	ab	ValueError	Invalid format specifier 'ab' for object of type 'int'
int	-1000000000000	.	ValueError	Format specifier missing precision
int	-1000000000000	5.	ValueError	Format specifier missing precision
int	-1000000000000	\u{e9}	ValueError	Unknown format code '\\xe9' for object of type 'int'
int	-1000000000000	#	ok	-1000000000000
int	-1000000000000	0	ok	-1000000000000
int	-1000000000000	00	ok	-1000000000000
int	-1000000000000	-010	ok	-1000000000000
int	-1000000000000	 010	ok	-1000000000000
int	-1000000000000	!<5	ok	-1000000000000
int	-1000000000000	\u{1f600}>6	ok	-1000000000000
int	-1000000000000	1_x	ok	-e8_d4a5_1000
int	-1000000000000	\u{1}	ValueError	Unknown format code '\\x1' for object of type 'int'
int	9223372036854775807		ok	9223372036854775807
int	9223372036854775807	d	ok	9223372036854775807
int	9223372036854775807	b	ok	111111111111111111111111111111111111111111111111111111111111111
int	9223372036854775807	o	ok	777777777777777777777
int	9223372036854775807	x	ok	7fffffffffffffff
int	9223372036854775807	X	ok	7FFFFFFFFFFFFFFF
int	9223372036854775807	c	OverflowError	%c arg not in range(0x110000)
int	9223372036854775807	n	ok	9223372036854775807
int	9223372036854775807	#b	ok	0b111111111111111111111111111111111111111111111111111111111111111
int	9223372036854775807	#o	ok	0o777777777777777777777
int	9223372036854775807	#x	ok	0x7fffffffffffffff
int	9223372036854775807	#X	ok	0X7FFFFFFFFFFFFFFF
int	9223372036854775807	,	ok	9,223,372,036,854,775,807
int	9223372036854775807	_	ok	9_223_372_036_854_775_807
int	9223372036854775807	,d	ok	9,223,372,036,854,775,807
int	9223372036854775807	_d	ok	9_223_372_036_854_775_807
int	9223372036854775807	_b	ok	111_1111_1111_1111_1111_1111_1111_1111_1111_1111_1111_1111_1111_1111_1111_1111
int	9223372036854775807	_x	ok	7fff_ffff_ffff_ffff
int	9223372036854775807	#_x	ok	0x7fff_ffff_ffff_ffff
int	9223372036854775807	10	ok	9223372036854775807
int	9223372036854775807	<10	ok	9223372036854775807
int	9223372036854775807	^10	ok	9223372036854775807
int	9223372036854775807	>10	ok	9223372036854775807
int	9223372036854775807	=10	ok	9223372036854775807
int	9223372036854775807	010	ok	9223372036854775807
int	9223372036854775807	08d	ok	9223372036854775807
int	9223372036854775807	+	ok	+9223372036854775807
int	9223372036854775807	-	ok	9223372036854775807
int	9223372036854775807	 	ok	 9223372036854775807
int	9223372036854775807	+d	ok	+9223372036854775807
int	9223372036854775807	 d	ok	 9223372036854775807
int	9223372036854775807	*^12	ok	9223372036854775807
int	9223372036854775807	0^9	ok	9223372036854775807
int	9223372036854775807	#010x	ok	0x7fffffffffffffff
int	9223372036854775807	010,	ok	9,223,372,036,854,775,807
int	9223372036854775807	012,	ok	9,223,372,036,854,775,807
int	9223372036854775807	013,	ok	9,223,372,036,854,775,807
int	9223372036854775807	0=10,	ok	9,223,372,036,854,775,807
int	9223372036854775807	x<8	ok	9223372036854775807
int	9223372036854775807	+08,	ok	+9,223,372,036,854,775,807
int	9223372036854775807	_o	ok	7_7777_7777_7777_7777_7777
int	9223372036854775807	e	ok	9.223372e+18
int	9223372036854775807	E	ok	9.223372E+18
int	9223372036854775807	f	ok	9223372036854775808.000000
int	9223372036854775807	.2f	ok	9223372036854775808.00
int	9223372036854775807	%	ok	922337203685477580800.000000%
int	9223372036854775807	.1%	ok	922337203685477580800.0%
int	9223372036854775807	g	ok	9.22337e+18
int	9223372036854775807	G	ok	9.22337E+18
int	9223372036854775807	.3e	ok	9.223e+18
int	9223372036854775807	10.2f	ok	9223372036854775808.00
int	9223372036854775807	,.2f	ok	9,223,372,036,854,775,808.00
int	9223372036854775807	>+12,.1f	ok	+9,223,372,036,854,775,808.0
int	9223372036854775807	s	ValueError	Unknown format code 's' for object of type 'int'
int	9223372036854775807	r	ValueError	Unknown format code 'r' for object of type 'int'
int	9223372036854775807	z	ValueError	Negative zero coercion (z) not allowed in integer format specifier
int	9223372036854775807	.2	ValueError	Precision not allowed in integer format specifier
int	9223372036854775807	c,	ValueError	Invalid format specifier 'c,' for object of type 'int'
int	9223372036854775807	,x	ValueError	Cannot specify ',' with 'x'.
int	9223372036854775807	,c	ValueError	Cannot specify ',' with 'c'.
int	9223372036854775807	#c	ValueError	Alternate form (#) not allowed with integer format specifier 'c'
int	9223372036854775807	+c	ValueError	Sign not allowed with integer format specifier 'c'
int	9223372036854775807	,,	ValueError	Cannot specify ',' with ','.
int	9223372036854775807	_,	ValueError	Cannot specify both ',' and '_'.
int	9223372036854775807	,_	ValueError	Cannot specify both ',' and '_'.
int	9223372036854775807	__	ValueError	Cannot specify '_' with '_'.
int	9223372036854775807	n,	ValueError	Invalid format specifier 'n,' for object of type 'int'
int	9223372036854775807	ab	ValueError	Invalid format specifier 'ab' for object of type 'int'
int	9223372036854775807	.	ValueError	Format specifier missing precision
int	9223372036854775807	5.	ValueError	Format specifier missing precision
int	9223372036854775807	\u{e9}	ValueError	Unknown format code '\\xe9' for object of type 'int'
int	9223372036854775807	#	ok	9223372036854775807
int	9223372036854775807	0	ok	9223372036854775807
int	9223372036854775807	00	ok	9223372036854775807
int	9223372036854775807	-010	ok	9223372036854775807
int	9223372036854775807	 010	ok	 9223372036854775807
int	9223372036854775807	!<5	ok	9223372036854775807
int	9223372036854775807	\u{1f600}>6	ok	9223372036854775807
int	9223372036854775807	1_x	ok	7fff_ffff_ffff_ffff
int	9223372036854775807	\u{1}	ValueError	Unknown format code '\\x1' for object of type 'int'
int	-9223372036854775808		ok	-9223372036854775808
int	-9223372036854775808	d	ok	-9223372036854775808
int	-9223372036854775808	b	ok	-1000000000000000000000000000000000000000000000000000000000000000
int	-9223372036854775808	o	ok	-1000000000000000000000
int	-9223372036854775808	x	ok	-8000000000000000
int	-9223372036854775808	X	ok	-8000000000000000
int	-9223372036854775808	c	OverflowError	%c arg not in range(0x110000)
int	-9223372036854775808	n	ok	-9223372036854775808
int	-9223372036854775808	#b	ok	-0b1000000000000000000000000000000000000000000000000000000000000000
int	-9223372036854775808	#o	ok	-0o1000000000000000000000
int	-9223372036854775808	#x	ok	-0x8000000000000000
int	-9223372036854775808	#X	ok	-0X8000000000000000
int	-9223372036854775808	,	ok	-9,223,372,036,854,775,808
int	-9223372036854775808	_	ok	-9_223_372_036_854_775_808
int	-9223372036854775808	,d	ok	-9,223,372,036,854,775,808
int	-9223372036854775808	_d	ok	-9_223_372_036_854_775_808
int	-9223372036854775808	_b	ok	-1000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000
int	-9223372036854775808	_x	ok	-8000_0000_0000_0000
int	-9223372036854775808	#_x	ok	-0x8000_0000_0000_0000
int	-9223372036854775808	10	ok	-9223372036854775808
int	-9223372036854775808	<10	ok	-9223372036854775808
int	-9223372036854775808	^10	ok	-9223372036854775808
int	-9223372036854775808	>10	ok	-9223372036854775808
int	-9223372036854775808	=10	ok	-9223372036854775808
int	-9223372036854775808	010	ok	-9223372036854775808
int	-9223372036854775808	08d	ok	-9223372036854775808
int	-9223372036854775808	+	ok	-9223372036854775808
int	-9223372036854775808	-	ok	-9223372036854775808
int	-9223372036854775808	 	ok	-9223372036854775808
int	-9223372036854775808	+d	ok	-9223372036854775808
int	-9223372036854775808	 d	ok	-9223372036854775808
int	-9223372036854775808	*^12	ok	-9223372036854775808
int	-9223372036854775808	0^9	ok	-9223372036854775808
int	-9223372036854775808	#010x	ok	-0x8000000000000000
int	-9223372036854775808	010,	ok	-9,223,372,036,854,775,808
int	-9223372036854775808	012,	ok	-9,223,372,036,854,775,808
int	-9223372036854775808	013,	ok	-9,223,372,036,854,775,808
int	-9223372036854775808	0=10,	ok	-9,223,372,036,854,775,808
int	-9223372036854775808	x<8	ok	-9223372036854775808
int	-9223372036854775808	+08,	ok	-9,223,372,036,854,775,808
int	-9223372036854775808	_o	ok	-10_0000_0000_0000_0000_0000
int	-9223372036854775808	e	ok	-9.223372e+18
int	-9223372036854775808	E	ok	-9.223372E+18
int	-9223372036854775808	f	ok	-9223372036854775808.000000
int	-9223372036854775808	.2f	ok	-9223372036854775808.00
int	-9223372036854775808	%	ok	-922337203685477580800.000000%
int	-9223372036854775808	.1%	ok	-922337203685477580800.0%
int	-9223372036854775808	g	ok	-9.22337e+18
int	-9223372036854775808	G	ok	-9.22337E+18
int	-9223372036854775808	.3e	ok	-9.223e+18
int	-9223372036854775808	10.2f	ok	-9223372036854775808.00
int	-9223372036854775808	,.2f	ok	-9,223,372,036,854,775,808.00
int	-9223372036854775808	>+12,.1f	ok	-9,223,372,036,854,775,808.0
int	-9223372036854775808	s	ValueError	Unknown format code 's' for object of type 'int'
int	-9223372036854775808	r	ValueError	Unknown format code 'r' for object of type 'int'
int	-9223372036854775808	z	ValueError	Negative zero coercion (z) not allowed in integer format specifier
int	-9223372036854775808	.2	ValueError	Precision not allowed in integer format specifier
int	-9223372036854775808	c,	ValueError	Invalid format specifier 'c,' for object of type 'int'
int	-9223372036854775808	,x	ValueError	Cannot specify ',' with 'x'.
int	-9223372036854775808	,c	ValueError	Cannot specify ',' with 'c'.
int	-9223372036854775808	#c	ValueError	Alternate form (#) not allowed with integer format specifier 'c'
int	-9223372036854775808	+c	ValueError	Sign not allowed with integer format specifier 'c'
int	-9223372036854775808	,,	ValueError	Cannot specify ',' with ','.
int	-9223372036854775808	_,	ValueError	Cannot specify both ',' and '_'.
int	-9223372036854775808	,_	ValueError	Cannot specify both ',' and '_'.
int	-9223372036854775808	__	ValueError	Cannot specify '_' with '_'.
int	-9223372036854775808	n,	ValueError	Invalid format specifier 'n,' for object of type 'int'
int	-9223372036854775808	ab	ValueError	Invalid format specifier 'ab' for object of type 'int'
int	-9223372036854775808	.	ValueError	Format specifier missing precision
int	-9223372036854775808	5.	ValueError	Format specifier missing precision
int	-9223372036854775808	\u{e9}	ValueError	Unknown format code '\\xe9' for object of type 'int'
int	-9223372036854775808	#	ok	-9223372036854775808
int	-9223372036854775808	0	ok	-9223372036854775808
int	-9223372036854775808	00	ok	-9223372036854775808
int	-9223372036854775808	-010	ok	-9223372036854775808
int	-9223372036854775808	 010	ok	-9223372036854775808
int	-9223372036854775808	!<5	ok	-9223372036854775808
int	-9223372036854775808	\u{1f600}>6	ok	-9223372036854775808
int	-9223372036854775808	1_x	ok	-8000_0000_0000_0000
int	-9223372036854775808	\u{1}	ValueError	Unknown format code '\\x1' for object of type 'int'
int	18446744073709551616		ok	18446744073709551616
int	18446744073709551616	d	ok	18446744073709551616
int	18446744073709551616	b	ok	10000000000000000000000000000000000000000000000000000000000000000
int	18446744073709551616	o	ok	2000000000000000000000
int	18446744073709551616	x	ok	10000000000000000
int	18446744073709551616	X	ok	10000000000000000
int	18446744073709551616	c	OverflowError	Python int too large to convert to C long
int	18446744073709551616	n	ok	18446744073709551616
int	18446744073709551616	#b	ok	0b10000000000000000000000000000000000000000000000000000000000000000
int	18446744073709551616	#o	ok	0o2000000000000000000000
int	18446744073709551616	#x	ok	0x10000000000000000
int	18446744073709551616	#X	ok	0X10000000000000000
int	18446744073709551616	,	ok	18,446,744,073,709,551,616
int	18446744073709551616	_	ok	18_446_744_073_709_551_616
int	18446744073709551616	,d	ok	18,446,744,073,709,551,616
int	18446744073709551616	_d	ok	18_446_744_073_709_551_616
int	18446744073709551616	_b	ok	1_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000
int	18446744073709551616	_x	ok	1_0000_0000_0000_0000
int	18446744073709551616	#_x	ok	0x1_0000_0000_0000_0000
int	18446744073709551616	10	ok	18446744073709551616
int	18446744073709551616	<10	ok	18446744073709551616
int	18446744073709551616	^10	ok	18446744073709551616
int	18446744073709551616	>10	ok	18446744073709551616
int	18446744073709551616	=10	ok	18446744073709551616
int	18446744073709551616	010	ok	18446744073709551616
int	18446744073709551616	08d	ok	18446744073709551616
int	18446744073709551616	+	ok	+18446744073709551616
int	18446744073709551616	-	ok	18446744073709551616
int	18446744073709551616	 	ok	 18446744073709551616
int	18446744073709551616	+d	ok	+18446744073709551616
int	18446744073709551616	 d	ok	 18446744073709551616
int	18446744073709551616	*^12	ok	18446744073709551616
int	18446744073709551616	0^9	ok	18446744073709551616
int	18446744073709551616	#010x	ok	0x10000000000000000
int	18446744073709551616	010,	ok	18,446,744,073,709,551,616
int	18446744073709551616	012,	ok	18,446,744,073,709,551,616
int	18446744073709551616	013,	ok	18,446,744,073,709,551,616
int	18446744073709551616	0=10,	ok	18,446,744,073,709,551,616
int	18446744073709551616	x<8	ok	18446744073709551616
int	18446744073709551616	+08,	ok	+18,446,744,073,709,551,616
int	18446744073709551616	_o	ok	20_0000_0000_0000_0000_0000
int	18446744073709551616	e	ok	1.844674e+19
int	18446744073709551616	E	ok	1.844674E+19
int	18446744073709551616	f	ok	18446744073709551616.000000
int	18446744073709551616	.2f	ok	18446744073709551616.00
int	18446744073709551616	%	ok	1844674407370955161600.000000%
int	18446744073709551616	.1%	ok	1844674407370955161600.0%
int	18446744073709551616	g	ok	1.84467e+19
int	18446744073709551616	G	ok	1.84467E+19
int	18446744073709551616	.3e	ok	1.845e+19
int	18446744073709551616	10.2f	ok	18446744073709551616.00
int	18446744073709551616	,.2f	ok	18,446,744,073,709,551,616.00
int	18446744073709551616	>+12,.1f	ok	+18,446,744,073,709,551,616.0
int	18446744073709551616	s	ValueError	Unknown format code 's' for object of type 'int'
int	18446744073709551616	r	ValueError	Unknown format code 'r' for object of type 'int'
int	18446744073709551616	z	ValueError	Negative zero coercion (z) not allowed in integer format specifier
int	18446744073709551616	.2	ValueError	Precision not allowed in integer format specifier
int	18446744073709551616	c,	ValueError	Invalid format specifier 'c,' for object of type 'int'
int	18446744073709551616	,x	ValueError	Cannot specify ',' with 'x'.
int	18446744073709551616	,c	ValueError	Cannot specify ',' with 'c'.
int	18446744073709551616	#c	ValueError	Alternate form (#) not allowed with integer format specifier 'c'
int	18446744073709551616	+c	ValueError	Sign not allowed with integer format specifier 'c'
int	18446744073709551616	,,	ValueError	Cannot specify ',' with ','.
int	18446744073709551616	_,	ValueError	Cannot specify both ',' and '_'.
int	18446744073709551616	,_	ValueError	Cannot specify both ',' and '_'.
int	18446744073709551616	__	ValueError	Cannot specify '_' with '_'.
int	18446744073709551616	n,	ValueError	Invalid format specifier 'n,' for object of type 'int'
int	18446744073709551616	ab	ValueError	Invalid format specifier 'ab' for object of type 'int'
int	18446744073709551616	.	ValueError	Format specifier missing precision
int	18446744073709551616	5.	ValueError	Format specifier missing precision
int	18446744073709551616	\u{e9}	ValueError	Unknown format code '\\xe9' for object of type 'int'
int	18446744073709551616	#	ok	18446744073709551616
int	18446744073709551616	0	ok	18446744073709551616
int	18446744073709551616	00	ok	18446744073709551616
int	18446744073709551616	-010	ok	18446744073709551616
int	18446744073709551616	 010	ok	 18446744073709551616
int	18446744073709551616	!<5	ok	18446744073709551616
int	18446744073709551616	\u{1f600}>6	ok	18446744073709551616
int	18446744073709551616	1_x	ok	1_0000_0000_0000_0000
int	18446744073709551616	\u{1}	ValueError	Unknown format code '\\x1' for object of type 'int'
int	-1180591620717411303424		ok	-1180591620717411303424
int	-1180591620717411303424	d	ok	-1180591620717411303424
int	-1180591620717411303424	b	ok	-10000000000000000000000000000000000000000000000000000000000000000000000
int	-1180591620717411303424	o	ok	-200000000000000000000000
int	-1180591620717411303424	x	ok	-400000000000000000
int	-1180591620717411303424	X	ok	-400000000000000000
int	-1180591620717411303424	c	OverflowError	Python int too large to convert to C long
int	-1180591620717411303424	n	ok	-1180591620717411303424
int	-1180591620717411303424	#b	ok	-0b10000000000000000000000000000000000000000000000000000000000000000000000
int	-1180591620717411303424	#o	ok	-0o200000000000000000000000
int	-1180591620717411303424	#x	ok	-0x400000000000000000
int	-1180591620717411303424	#X	ok	-0X400000000000000000
int	-1180591620717411303424	,	ok	-1,180,591,620,717,411,303,424
int	-1180591620717411303424	_	ok	-1_180_591_620_717_411_303_424
int	-1180591620717411303424	,d	ok	-1,180,591,620,717,411,303,424
int	-1180591620717411303424	_d	ok	-1_180_591_620_717_411_303_424
int	-1180591620717411303424	_b	ok	-100_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000
int	-1180591620717411303424	_x	ok	-40_0000_0000_0000_0000
int	-1180591620717411303424	#_x	ok	-0x40_0000_0000_0000_0000
int	-1180591620717411303424	10	ok	-1180591620717411303424
int	-1180591620717411303424	<10	ok	-1180591620717411303424
int	-1180591620717411303424	^10	ok	-1180591620717411303424
int	-1180591620717411303424	>10	ok	-1180591620717411303424
int	-1180591620717411303424	=10	ok	-1180591620717411303424
int	-1180591620717411303424	010	ok	-1180591620717411303424
int	-1180591620717411303424	08d	ok	-1180591620717411303424
int	-1180591620717411303424	+	ok	-1180591620717411303424
int	-1180591620717411303424	-	ok	-1180591620717411303424
int	-1180591620717411303424	 	ok	-1180591620717411303424
int	-1180591620717411303424	+d	ok	-1180591620717411303424
int	-1180591620717411303424	 d	ok	-1180591620717411303424
int	-1180591620717411303424	*^12	ok	-1180591620717411303424
int	-1180591620717411303424	0^9	ok	-1180591620717411303424
int	-1180591620717411303424	#010x	ok	-0x400000000000000000
int	-1180591620717411303424	010,	ok	-1,180,591,620,717,411,303,424
int	-1180591620717411303424	012,	ok	-1,180,591,620,717,411,303,424
int	-1180591620717411303424	013,	ok	-1,180,591,620,717,411,303,424
int	-1180591620717411303424	0=10,	ok	-1,180,591,620,717,411,303,424
int	-1180591620717411303424	x<8	ok	-1180591620717411303424
int	-1180591620717411303424	+08,	ok	-1,180,591,620,717,411,303,424
int	-1180591620717411303424	_o	ok	-2000_0000_0000_0000_0000_0000
int	-1180591620717411303424	e	ok	-1.180592e+21
int	-1180591620717411303424	E	ok	-1.180592E+21
int	-1180591620717411303424	f	ok	-1180591620717411303424.000000
int	-1180591620717411303424	.2f	ok	-1180591620717411303424.00
int	-1180591620717411303424	%	ok	-118059162071741130342400.000000%
int	-1180591620717411303424	.1%	ok	-118059162071741130342400.0%
int	-1180591620717411303424	g	ok	-1.18059e+21
int	-1180591620717411303424	G	ok	-1.18059E+21
int	-1180591620717411303424	.3e	ok	-1.181e+21
int	-1180591620717411303424	10.2f	ok	-1180591620717411303424.00
int	-1180591620717411303424	,.2f	ok	-1,180,591,620,717,411,303,424.00
int	-1180591620717411303424	>+12,.1f	ok	-1,180,591,620,717,411,303,424.0
int	-1180591620717411303424	s	ValueError	Unknown format code 's' for object of type 'int'
int	-1180591620717411303424	r	ValueError	Unknown format code 'r' for object of type 'int'
int	-1180591620717411303424	z	ValueError	Negative zero coercion (z) not allowed in integer format specifier
int	-1180591620717411303424	.2	ValueError	Precision not allowed in integer format specifier
int	-1180591620717411303424	c,	ValueError	Invalid format specifier 'c,' for object of type 'int'
int	-1180591620717411303424	,x	ValueError	Cannot specify ',' with 'x'.
int	-1180591620717411303424	,c	ValueError	Cannot specify ',' with 'c'.
int	-1180591620717411303424	#c	ValueError	Alternate form (#) not allowed with integer format specifier 'c'
int	-1180591620717411303424	+c	ValueError	Sign not allowed with integer format specifier 'c'
int	-1180591620717411303424	,,	ValueError	Cannot specify ',' with ','.
int	-1180591620717411303424	_,	ValueError	Cannot specify both ',' and '_'.
int	-1180591620717411303424	,_	ValueError	Cannot specify both ',' and '_'.
int	-1180591620717411303424	__	ValueError	Cannot specify '_' with '_'.
int	-1180591620717411303424	n,	ValueError	Invalid format specifier 'n,' for object of type 'int'
int	-1180591620717411303424	ab	ValueError	Invalid format specifier 'ab' for object of type 'int'
int	-1180591620717411303424	.	ValueError	Format specifier missing precision
int	-1180591620717411303424	5.	ValueError	Format specifier missing precision
int	-1180591620717411303424	\u{e9}	ValueError	Unknown format code '\\xe9' for object of type 'int'
int	-1180591620717411303424	#	ok	-1180591620717411303424
int	-1180591620717411303424	0	ok	-1180591620717411303424
int	-1180591620717411303424	00	ok	-1180591620717411303424
int	-1180591620717411303424	-010	ok	-1180591620717411303424
int	-1180591620717411303424	 010	ok	-1180591620717411303424
int	-1180591620717411303424	!<5	ok	-1180591620717411303424
int	-1180591620717411303424	\u{1f600}>6	ok	-1180591620717411303424
int	-1180591620717411303424	1_x	ok	-40_0000_0000_0000_0000
int	-1180591620717411303424	\u{1}	ValueError	Unknown format code '\\x1' for object of type 'int'
int	1000000000000000000000000000000		ok	1000000000000000000000000000000
int	1000000000000000000000000000000	d	ok	1000000000000000000000000000000
int	1000000000000000000000000000000	b	ok	1100100111110010110010011100110100000100011001110100111011011110101001000000000000000000000000000000
int	1000000000000000000000000000000	o	ok	1447626234640431647336510000000000
int	1000000000000000000000000000000	x	ok	c9f2c9cd04674edea40000000
int	1000000000000000000000000000000	X	ok	C9F2C9CD04674EDEA40000000
int	1000000000000000000000000000000	c	OverflowError	Python int too large to convert to C long
int	1000000000000000000000000000000	n	ok	1000000000000000000000000000000
int	1000000000000000000000000000000	#b	ok	0b1100100111110010110010011100110100000100011001110100111011011110101001000000000000000000000000000000
int	1000000000000000000000000000000	#o	ok	0o1447626234640431647336510000000000
int	1000000000000000000000000000000	#x	ok	0xc9f2c9cd04674edea40000000
int	1000000000000000000000000000000	#X	ok	0XC9F2C9CD04674EDEA40000000
int	1000000000000000000000000000000	,	ok	1,000,000,000,000,000,000,000,000,000,000
int	1000000000000000000000000000000	_	ok	1_000_000_000_000_000_000_000_000_000_000
int	1000000000000000000000000000000	,d	ok	1,000,000,000,000,000,000,000,000,000,000
int	1000000000000000000000000000000	_d	ok	1_000_000_000_000_000_000_000_000_000_000
int	1000000000000000000000000000000	_b	ok	1100_1001_1111_0010_1100_1001_1100_1101_0000_0100_0110_0111_0100_1110_1101_1110_1010_0100_0000_0000_0000_0000_0000_0000_0000
int	1000000000000000000000000000000	_x	ok	c_9f2c_9cd0_4674_edea_4000_0000
int	1000000000000000000000000000000	#_x	ok	0xc_9f2c_9cd0_4674_edea_4000_0000
int	1000000000000000000000000000000	10	ok	1000000000000000000000000000000
int	1000000000000000000000000000000	<10	ok	1000000000000000000000000000000
int	1000000000000000000000000000000	^10	ok	1000000000000000000000000000000
int	1000000000000000000000000000000	>10	ok	1000000000000000000000000000000
int	1000000000000000000000000000000	=10	ok	1000000000000000000000000000000
int	1000000000000000000000000000000	010	ok	1000000000000000000000000000000
int	1000000000000000000000000000000	08d	ok	1000000000000000000000000000000
int	1000000000000000000000000000000	+	ok	+1000000000000000000000000000000
int	1000000000000000000000000000000	-	ok	1000000000000000000000000000000
int	1000000000000000000000000000000	 	ok	 1000000000000000000000000000000
int	1000000000000000000000000000000	+d	ok	+1000000000000000000000000000000
int	1000000000000000000000000000000	 d	ok	 1000000000000000000000000000000
int	1000000000000000000000000000000	*^12	ok	1000000000000000000000000000000
int	1000000000000000000000000000000	0^9	ok	1000000000000000000000000000000
int	1000000000000000000000000000000	#010x	ok	0xc9f2c9cd04674edea40000000
int	1000000000000000000000000000000	010,	ok	1,000,000,000,000,000,000,000,000,000,000
int	1000000000000000000000000000000	012,	ok	1,000,000,000,000,000,000,000,000,000,000
int	1000000000000000000000000000000	013,	ok	1,000,000,000,000,000,000,000,000,000,000
int	1000000000000000000000000000000	0=10,	ok	1,000,000,000,000,000,000,000,000,000,000
int	1000000000000000000000000000000	x<8	ok	1000000000000000000000000000000
int	1000000000000000000000000000000	+08,	ok	+1,000,000,000,000,000,000,000,000,000,000
int	1000000000000000000000000000000	_o	ok	14_4762_6234_6404_3164_7336_5100_0000_0000
int	1000000000000000000000000000000	e	ok	1.000000e+30
int	1000000000000000000000000000000	E	ok	1.000000E+30
int	1000000000000000000000000000000	f	ok	1000000000000000019884624838656.000000
int	1000000000000000000000000000000	.2f	ok	1000000000000000019884624838656.00
int	1000000000000000000000000000000	%	ok	100000000000000005366162204393472.000000%
int	1000000000000000000000000000000	.1%	ok	100000000000000005366162204393472.0%
int	1000000000000000000000000000000	g	ok	1e+30
int	1000000000000000000000000000000	G	ok	1E+30
int	1000000000000000000000000000000	.3e	ok	1.000e+30
int	1000000000000000000000000000000	10.2f	ok	1000000000000000019884624838656.00
int	1000000000000000000000000000000	,.2f	ok	1,000,000,000,000,000,019,884,624,838,656.00
int	1000000000000000000000000000000	>+12,.1f	ok	+1,000,000,000,000,000,019,884,624,838,656.0
int	1000000000000000000000000000000	s	ValueError	Unknown format code 's' for object of type 'int'
int	1000000000000000000000000000000	r	ValueError	Unknown format code 'r' for object of type 'int'
int	1000000000000000000000000000000	z	ValueError	Negative zero coercion (z) not allowed in integer format specifier
int	1000000000000000000000000000000	.2	ValueError	Precision not allowed in integer format specifier
int	1000000000000000000000000000000	c,	ValueError	Invalid format specifier 'c,' for object of type 'int'
int	1000000000000000000000000000000	,x	ValueError	Cannot specify ',' with 'x'.
int	1000000000000000000000000000000	,c	ValueError	Cannot specify ',' with 'c'.
int	1000000000000000000000000000000	#c	ValueError	Alternate form (#) not allowed with integer format specifier 'c'
int	1000000000000000000000000000000	+c	ValueError	Sign not allowed with integer format specifier 'c'
int	1000000000000000000000000000000	,,	ValueError	Cannot specify ',' with ','.
int	1000000000000000000000000000000	_,	ValueError	Cannot specify both ',' and '_'.
int	1000000000000000000000000000000	,_	ValueError	Cannot specify both ',' and '_'.
int	1000000000000000000000000000000	__	ValueError	Cannot specify '_' with '_'.
int	1000000000000000000000000000000	n,	ValueError	Invalid format specifier 'n,' for object of type 'int'
int	1000000000000000000000000000000	ab	ValueError	Invalid format specifier 'ab' for object of type 'int'
int	1000000000000000000000000000000	.	ValueError	Format specifier missing precision
int	1000000000000000000000000000000	5.	ValueError	Format specifier missing precision
int	1000000000000000000000000000000	\u{e9}	ValueError	Unknown format code '\\xe9' for object of type 'int'
int	1000000000000000000000000000000	#	ok	1000000000000000000000000000000
int	1000000000000000000000000000000	0	ok	1000000000000000000000000000000
int	1000000000000000000000000000000	00	ok	1000000000000000000000000000000
int	1000000000000000000000000000000	-010	ok	1000000000000000000000000000000
int	1000000000000000000000000000000	 010	ok	 1000000000000000000000000000000
int	1000000000000000000000000000000	!<5	ok	1000000000000000000000000000000
int	1000000000000000000000000000000	\u{1f600}>6	ok	1000000000000000000000000000000
int	1000000000000000000000000000000	1_x	ok	c_9f2c_9cd0_4674_edea_4000_0000
int	1000000000000000000000000000000	\u{1}	ValueError	Unknown format code '\\x1' for object of type 'int'
int	65		ok	65
int	65	d	ok	65
int	65	b	ok	1000001
int	65	o	ok	101
int	65	x	ok	41
int	65	X	ok	41
int	65	c	ok	A
int	65	n	ok	65
int	65	#b	ok	0b1000001
int	65	#o	ok	0o101
int	65	#x	ok	0x41
int	65	#X	ok	0X41
int	65	,	ok	65
int	65	_	ok	65
int	65	,d	ok	65
int	65	_d	ok	65
int	65	_b	ok	100_0001
int	65	_x	ok	41
int	65	#_x	ok	0x41
int	65	10	ok	        65
int	65	<10	ok	65        
int	65	^10	ok	    65    
int	65	>10	ok	        65
int	65	=10	ok	        65
int	65	010	ok	0000000065
int	65	08d	ok	00000065
int	65	+	ok	+65
int	65	-	ok	65
int	65	 	ok	 65
int	65	+d	ok	+65
int	65	 d	ok	 65
int	65	*^12	ok	*****65*****
int	65	0^9	ok	000650000
int	65	#010x	ok	0x00000041
int	65	010,	ok	00,000,065
int	65	012,	ok	0,000,000,065
int	65	013,	ok	0,000,000,065
int	65	0=10,	ok	00,000,065
int	65	x<8	ok	65xxxxxx
int	65	+08,	ok	+000,065
int	65	_o	ok	101
int	65	e	ok	6.500000e+01
int	65	E	ok	6.500000E+01
int	65	f	ok	65.000000
int	65	.2f	ok	65.00
int	65	%	ok	6500.000000%
int	65	.1%	ok	6500.0%
int	65	g	ok	65
int	65	G	ok	65
int	65	.3e	ok	6.500e+01
int	65	10.2f	ok	     65.00
int	65	,.2f	ok	65.00
int	65	>+12,.1f	ok	       +65.0
int	65	s	ValueError	Unknown format code 's' for object of type 'int'
int	65	r	ValueError	Unknown format code 'r' for object of type 'int'
int	65	z	ValueError	Negative zero coercion (z) not allowed in integer format specifier
int	65	.2	ValueError	Precision not allowed in integer format specifier
int	65	c,	ValueError	Invalid format specifier 'c,' for object of type 'int'
int	65	,x	ValueError	Cannot specify ',' with 'x'.
int	65	,c	ValueError	Cannot specify ',' with 'c'.
int	65	#c	ValueError	Alternate form (#) not allowed with integer format specifier 'c'
int	65	+c	ValueError	Sign not allowed with integer format specifier 'c'
int	65	,,	ValueError	Cannot specify ',' with ','.
int	65	_,	ValueError	Cannot specify both ',' and '_'.
int	65	,_	ValueError	Cannot specify both ',' and '_'.
int	65	__	ValueError	Cannot specify '_' with '_'.
int	65	n,	ValueError	Invalid format specifier 'n,' for object of type 'int'
int	65	ab	ValueError	Invalid format specifier 'ab' for object of type 'int'
int	65	.	ValueError	Format specifier missing precision
int	65	5.	ValueError	Format specifier missing precision
int	65	\u{e9}	ValueError	Unknown format code '\\xe9' for object of type 'int'
int	65	#	ok	65
int	65	0	ok	65
int	65	00	ok	65
int	65	-010	ok	0000000065
int	65	 010	ok	 000000065
int	65	!<5	ok	65!!!
int	65	\u{1f600}>6	ok	\u{1f600}\u{1f600}\u{1f600}\u{1f600}65
int	65	1_x	ok	41
int	65	\u{1}	ValueError	Unknown format code '\\x1' for object of type 'int'
int	128512		ok	128512
int	128512	d	ok	128512
int	128512	b	ok	11111011000000000
int	128512	o	ok	373000
int	128512	x	ok	1f600
int	128512	X	ok	1F600
int	128512	c	ok	\u{1f600}
int	128512	n	ok	128512
int	128512	#b	ok	0b11111011000000000
int	128512	#o	ok	0o373000
int	128512	#x	ok	0x1f600
int	128512	#X	ok	0X1F600
int	128512	,	ok	128,512
int	128512	_	ok	128_512
int	128512	,d	ok	128,512
int	128512	_d	ok	128_512
int	128512	_b	ok	1_1111_0110_0000_0000
int	128512	_x	ok	1_f600
int	128512	#_x	ok	0x1_f600
int	128512	10	ok	    128512
int	128512	<10	ok	128512    
int	128512	^10	ok	  128512  
int	128512	>10	ok	    128512
int	128512	=10	ok	    128512
int	128512	010	ok	0000128512
int	128512	08d	ok	00128512
int	128512	+	ok	+128512
int	128512	-	ok	128512
int	128512	 	ok	 128512
int	128512	+d	ok	+128512
int	128512	 d	ok	 128512
int	128512	*^12	ok	***128512***
int	128512	0^9	ok	012851200
int	128512	#010x	ok	0x0001f600
int	128512	010,	ok	00,128,512
int	128512	012,	ok	0,000,128,512
int	128512	013,	ok	0,000,128,512
int	128512	0=10,	ok	00,128,512
int	128512	x<8	ok	128512xx
int	128512	+08,	ok	+128,512
int	128512	_o	ok	37_3000
int	128512	e	ok	1.285120e+05
int	128512	E	ok	1.285120E+05
int	128512	f	ok	128512.000000
int	128512	.2f	ok	128512.00
int	128512	%	ok	12851200.000000%
int	128512	.1%	ok	12851200.0%
int	128512	g	ok	128512
int	128512	G	ok	128512
int	128512	.3e	ok	1.285e+05
int	128512	10.2f	ok	 128512.00
int	128512	,.2f	ok	128,512.00
int	128512	>+12,.1f	ok	  +128,512.0
int	128512	s	ValueError	Unknown format code 's' for object of type 'int'
int	128512	r	ValueError	Unknown format code 'r' for object of type 'int'
int	128512	z	ValueError	Negative zero coercion (z) not allowed in integer format specifier
int	128512	.2	ValueError	Precision not allowed in integer format specifier
int	128512	c,	ValueError	Invalid format specifier 'c,' for object of type 'int'
int	128512	,x	ValueError	Cannot specify ',' with 'x'.
int	128512	,c	ValueError	Cannot specify ',' with 'c'.
int	128512	#c	ValueError	Alternate form (#) not allowed with integer format specifier 'c'
int	128512	+c	ValueError	Sign not allowed with integer format specifier 'c'
int	128512	,,	ValueError	Cannot specify ',' with ','.
int	128512	_,	ValueError	Cannot specify both ',' and '_'.
int	128512	,_	ValueError	Cannot specify both ',' and '_'.
int	128512	__	ValueError	Cannot specify '_' with '_'.
int	128512	n,	ValueError	Invalid format specifier 'n,' for object of type 'int'
int	128512	ab	ValueError	Invalid format specifier 'ab' for object of type 'int'
int	128512	.	ValueError	Format specifier missing precision
int	128512	5.	ValueError	Format specifier missing precision
int	128512	\u{e9}	ValueError	Unknown format code '\\xe9' for object of type 'int'
int	128512	#	ok	128512
int	128512	0	ok	128512
int	128512	00	ok	128512
int	128512	-010	ok	0000128512
int	128512	 010	ok	 000128512
int	128512	!<5	ok	128512
int	128512	\u{1f600}>6	ok	128512
int	128512	1_x	ok	1_f600
int	128512	\u{1}	ValueError	Unknown format code '\\x1' for object of type 'int'
float	0.0		ok	0.0
float	0.0	e	ok	0.000000e+00
float	0.0	E	ok	0.000000E+00
float	0.0	f	ok	0.000000
float	0.0	F	ok	0.000000
float	0.0	g	ok	0
float	0.0	G	ok	0
float	0.0	n	ok	0
float	0.0	%	ok	0.000000%
float	0.0	.0f	ok	0
float	0.0	.1f	ok	0.0
float	0.0	.2f	ok	0.00
float	0.0	.3f	ok	0.000
float	0.0	.10f	ok	0.0000000000
float	0.0	.20f	ok	0.00000000000000000000
float	0.0	.0e	ok	0e+00
float	0.0	.2e	ok	0.00e+00
float	0.0	.3E	ok	0.000E+00
float	0.0	.17g	ok	0
float	0.0	.0g	ok	0
float	0.0	.1g	ok	0
float	0.0	.3g	ok	0
float	0.0	.6g	ok	0
float	0.0	.12g	ok	0
float	0.0	#g	ok	0.00000
float	0.0	#.3g	ok	0.00
float	0.0	#.0f	ok	0.
float	0.0	#.0e	ok	0.e+00
float	0.0	#	ok	0.0
float	0.0	.3	ok	0.0
float	0.0	.1	ok	0e+00
float	0.0	.0	ok	0e+00
float	0.0	#.3	ok	0.00
float	0.0	,	ok	0.0
float	0.0	_	ok	0.0
float	0.0	,.2f	ok	0.00
float	0.0	_.3f	ok	0.000
float	0.0	,g	ok	0
float	0.0	,.3e	ok	0.000e+00
float	0.0	10	ok	       0.0
float	0.0	<10	ok	0.0       
float	0.0	^10	ok	   0.0    
float	0.0	=10	ok	       0.0
float	0.0	010	ok	00000000.0
float	0.0	012,.2f	ok	0,000,000.00
float	0.0	+	ok	+0.0
float	0.0	 	ok	 0.0
float	0.0	+.2f	ok	+0.00
float	0.0	 .2f	ok	 0.00
float	0.0	z	ok	0.0
float	0.0	z.1f	ok	0.0
float	0.0	z.0f	ok	0
float	0.0	+z.2e	ok	+0.00e+00
float	0.0	.1%	ok	0.0%
float	0.0	,.0%	ok	0%
float	0.0	*>15.3f	ok	**********0.000
float	0.0	08.3e	ok	0.000e+00
float	0.0	-08.3e	ok	0.000e+00
float	0.0	x	ValueError	Unknown format code 'x' for object of type 'float'
float	0.0	d	ValueError	Unknown format code 'd' for object of type 'float'
float	0.0	c	ValueError	Unknown format code 'c' for object of type 'float'
float	0.0	s	ValueError	Unknown format code 's' for object of type 'float'
float	0.0	.2d	ValueError	Unknown format code 'd' for object of type 'float'
float	0.0	,n	ValueError	Cannot specify ',' with 'n'.
float	0.0	_n	ValueError	Cannot specify '_' with 'n'.
float	0.0	.500f	ok	0.00000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000
float	0.0	030	ok	0000000000000000000000000000.0
float	0.0	0=30,	ok	0,000,000,000,000,000,000,000.0
float	0.0	.1000e	ok	0.0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000e+00
float	0.0	+#.0g	ok	+0.
float	-0.0		ok	-0.0
float	-0.0	e	ok	-0.000000e+00
float	-0.0	E	ok	-0.000000E+00
float	-0.0	f	ok	-0.000000
float	-0.0	F	ok	-0.000000
float	-0.0	g	ok	-0
float	-0.0	G	ok	-0
float	-0.0	n	ok	-0
float	-0.0	%	ok	-0.000000%
float	-0.0	.0f	ok	-0
float	-0.0	.1f	ok	-0.0
float	-0.0	.2f	ok	-0.00
float	-0.0	.3f	ok	-0.000
float	-0.0	.10f	ok	-0.0000000000
float	-0.0	.20f	ok	-0.00000000000000000000
float	-0.0	.0e	ok	-0e+00
float	-0.0	.2e	ok	-0.00e+00
float	-0.0	.3E	ok	-0.000E+00
float	-0.0	.17g	ok	-0
float	-0.0	.0g	ok	-0
float	-0.0	.1g	ok	-0
float	-0.0	.3g	ok	-0
float	-0.0	.6g	ok	-0
float	-0.0	.12g	ok	-0
float	-0.0	#g	ok	-0.00000
float	-0.0	#.3g	ok	-0.00
float	-0.0	#.0f	ok	-0.
float	-0.0	#.0e	ok	-0.e+00
float	-0.0	#	ok	-0.0
float	-0.0	.3	ok	-0.0
float	-0.0	.1	ok	-0e+00
float	-0.0	.0	ok	-0e+00
float	-0.0	#.3	ok	-0.00
float	-0.0	,	ok	-0.0
float	-0.0	_	ok	-0.0
float	-0.0	,.2f	ok	-0.00
float	-0.0	_.3f	ok	-0.000
float	-0.0	,g	ok	-0
float	-0.0	,.3e	ok	-0.000e+00
float	-0.0	10	ok	      -0.0
float	-0.0	<10	ok	-0.0      
float	-0.0	^10	ok	   -0.0   
float	-0.0	=10	ok	-      0.0
float	-0.0	010	ok	-0000000.0
float	-0.0	012,.2f	ok	-0,000,000.00
float	-0.0	+	ok	-0.0
float	-0.0	 	ok	-0.0
float	-0.0	+.2f	ok	-0.00
float	-0.0	 .2f	ok	-0.00
float	-0.0	z	ok	0.0
float	-0.0	z.1f	ok	0.0
float	-0.0	z.0f	ok	0
float	-0.0	+z.2e	ok	+0.00e+00
float	-0.0	.1%	ok	-0.0%
float	-0.0	,.0%	ok	-0%
float	-0.0	*>15.3f	ok	*********-0.000
float	-0.0	08.3e	ok	-0.000e+00
float	-0.0	-08.3e	ok	-0.000e+00
float	-0.0	x	ValueError	Unknown format code 'x' for object of type 'float'
float	-0.0	d	ValueError	Unknown format code 'd' for object of type 'float'
float	-0.0	c	ValueError	Unknown format code 'c' for object of type 'float'
float	-0.0	s	ValueError	Unknown format code 's' for object of type 'float'
float	-0.0	.2d	ValueError	Unknown format code 'd' for object of type 'float'
float	-0.0	,n	ValueError	Cannot specify ',' with 'n'.
float	-0.0	_n	ValueError	Cannot specify '_' with 'n'.
float	-0.0	.500f	ok	-0.00000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000
float	-0.0	030	ok	-000000000000000000000000000.0
float	-0.0	0=30,	ok	-000,000,000,000,000,000,000.0
float	-0.0	.1000e	ok	-0.0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000e+00
float	-0.0	+#.0g	ok	-0.
float	1.0		ok	1.0
float	1.0	e	ok	1.000000e+00
float	1.0	E	ok	1.000000E+00
float	1.0	f	ok	1.000000
float	1.0	F	ok	1.000000
float	1.0	g	ok	1
float	1.0	G	ok	1
float	1.0	n	ok	1
float	1.0	%	ok	100.000000%
float	1.0	.0f	ok	1
float	1.0	.1f	ok	1.0
float	1.0	.2f	ok	1.00
float	1.0	.3f	ok	1.000
float	1.0	.10f	ok	1.0000000000
float	1.0	.20f	ok	1.00000000000000000000
float	1.0	.0e	ok	1e+00
float	1.0	.2e	ok	1.00e+00
float	1.0	.3E	ok	1.000E+00
float	1.0	.17g	ok	1
float	1.0	.0g	ok	1
float	1.0	.1g	ok	1
float	1.0	.3g	ok	1
float	1.0	.6g	ok	1
float	1.0	.12g	ok	1
float	1.0	#g	ok	1.00000
float	1.0	#.3g	ok	1.00
float	1.0	#.0f	ok	1.
float	1.0	#.0e	ok	1.e+00
float	1.0	#	ok	1.0
float	1.0	.3	ok	1.0
float	1.0	.1	ok	1e+00
float	1.0	.0	ok	1e+00
float	1.0	#.3	ok	1.00
float	1.0	,	ok	1.0
float	1.0	_	ok	1.0
float	1.0	,.2f	ok	1.00
float	1.0	_.3f	ok	1.000
float	1.0	,g	ok	1
float	1.0	,.3e	ok	1.000e+00
float	1.0	10	ok	       1.0
float	1.0	<10	ok	1.0       
float	1.0	^10	ok	   1.0    
float	1.0	=10	ok	       1.0
float	1.0	010	ok	00000001.0
float	1.0	012,.2f	ok	0,000,001.00
float	1.0	+	ok	+1.0
float	1.0	 	ok	 1.0
float	1.0	+.2f	ok	+1.00
float	1.0	 .2f	ok	 1.00
float	1.0	z	ok	1.0
float	1.0	z.1f	ok	1.0
float	1.0	z.0f	ok	1
float	1.0	+z.2e	ok	+1.00e+00
float	1.0	.1%	ok	100.0%
float	1.0	,.0%	ok	100%
float	1.0	*>15.3f	ok	**********1.000
float	1.0	08.3e	ok	1.000e+00
float	1.0	-08.3e	ok	1.000e+00
float	1.0	x	ValueError	Unknown format code 'x' for object of type 'float'
float	1.0	d	ValueError	Unknown format code 'd' for object of type 'float'
float	1.0	c	ValueError	Unknown format code 'c' for object of type 'float'
float	1.0	s	ValueError	Unknown format code 's' for object of type 'float'
float	1.0	.2d	ValueError	Unknown format code 'd' for object of type 'float'
float	1.0	,n	ValueError	Cannot specify ',' with 'n'.
float	1.0	_n	ValueError	Cannot specify '_' with 'n'.
float	1.0	.500f	ok	1.00000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000
float	1.0	030	ok	0000000000000000000000000001.0
float	1.0	0=30,	ok	0,000,000,000,000,000,000,001.0
float	1.0	.1000e	ok	1.0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000e+00
float	1.0	+#.0g	ok	+1.
float	-1.5		ok	-1.5
float	-1.5	e	ok	-1.500000e+00
float	-1.5	E	ok	-1.500000E+00
float	-1.5	f	ok	-1.500000
float	-1.5	F	ok	-1.500000
float	-1.5	g	ok	-1.5
float	-1.5	G	ok	-1.5
float	-1.5	n	ok	-1.5
float	-1.5	%	ok	-150.000000%
float	-1.5	.0f	ok	-2
float	-1.5	.1f	ok	-1.5
float	-1.5	.2f	ok	-1.50
float	-1.5	.3f	ok	-1.500
float	-1.5	.10f	ok	-1.5000000000
float	-1.5	.20f	ok	-1.50000000000000000000
float	-1.5	.0e	ok	-2e+00
float	-1.5	.2e	ok	-1.50e+00
float	-1.5	.3E	ok	-1.500E+00
float	-1.5	.17g	ok	-1.5
float	-1.5	.0g	ok	-2
float	-1.5	.1g	ok	-2
float	-1.5	.3g	ok	-1.5
float	-1.5	.6g	ok	-1.5
float	-1.5	.12g	ok	-1.5
float	-1.5	#g	ok	-1.50000
float	-1.5	#.3g	ok	-1.50
float	-1.5	#.0f	ok	-2.
float	-1.5	#.0e	ok	-2.e+00
float	-1.5	#	ok	-1.5
float	-1.5	.3	ok	-1.5
float	-1.5	.1	ok	-2e+00
float	-1.5	.0	ok	-2e+00
float	-1.5	#.3	ok	-1.50
float	-1.5	,	ok	-1.5
float	-1.5	_	ok	-1.5
float	-1.5	,.2f	ok	-1.50
float	-1.5	_.3f	ok	-1.500
float	-1.5	,g	ok	-1.5
float	-1.5	,.3e	ok	-1.500e+00
float	-1.5	10	ok	      -1.5
float	-1.5	<10	ok	-1.5      
float	-1.5	^10	ok	   -1.5   
float	-1.5	=10	ok	-      1.5
float	-1.5	010	ok	-0000001.5
float	-1.5	012,.2f	ok	-0,000,001.50
float	-1.5	+	ok	-1.5
float	-1.5	 	ok	-1.5
float	-1.5	+.2f	ok	-1.50
float	-1.5	 .2f	ok	-1.50
float	-1.5	z	ok	-1.5
float	-1.5	z.1f	ok	-1.5
float	-1.5	z.0f	ok	-2
float	-1.5	+z.2e	ok	-1.50e+00
float	-1.5	.1%	ok	-150.0%
float	-1.5	,.0%	ok	-150%
float	-1.5	*>15.3f	ok	*********-1.500
float	-1.5	08.3e	ok	-1.500e+00
float	-1.5	-08.3e	ok	-1.500e+00
float	-1.5	x	ValueError	Unknown format code 'x' for object of type 'float'
float	-1.5	d	ValueError	Unknown format code 'd' for object of type 'float'
float	-1.5	c	ValueError	Unknown format code 'c' for object of type 'float'
float	-1.5	s	ValueError	Unknown format code 's' for object of type 'float'
float	-1.5	.2d	ValueError	Unknown format code 'd' for object of type 'float'
float	-1.5	,n	ValueError	Cannot specify ',' with 'n'.
float	-1.5	_n	ValueError	Cannot specify '_' with 'n'.
float	-1.5	.500f	ok	-1.50000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000
float	-1.5	030	ok	-000000000000000000000000001.5
float	-1.5	0=30,	ok	-000,000,000,000,000,000,001.5
float	-1.5	.1000e	ok	-1.5000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000e+00
float	-1.5	+#.0g	ok	-2.
float	2.675		ok	2.675
float	2.675	e	ok	2.675000e+00
float	2.675	E	ok	2.675000E+00
float	2.675	f	ok	2.675000
float	2.675	F	ok	2.675000
float	2.675	g	ok	2.675
float	2.675	G	ok	2.675
float	2.675	n	ok	2.675
float	2.675	%	ok	267.500000%
float	2.675	.0f	ok	3
float	2.675	.1f	ok	2.7
float	2.675	.2f	ok	2.67
float	2.675	.3f	ok	2.675
float	2.675	.10f	ok	2.6750000000
float	2.675	.20f	ok	2.67499999999999982236
float	2.675	.0e	ok	3e+00
float	2.675	.2e	ok	2.67e+00
float	2.675	.3E	ok	2.675E+00
float	2.675	.17g	ok	2.6749999999999998
float	2.675	.0g	ok	3
float	2.675	.1g	ok	3
float	2.675	.3g	ok	2.67
float	2.675	.6g	ok	2.675
float	2.675	.12g	ok	2.675
float	2.675	#g	ok	2.67500
float	2.675	#.3g	ok	2.67
float	2.675	#.0f	ok	3.
float	2.675	#.0e	ok	3.e+00
float	2.675	#	ok	2.675
float	2.675	.3	ok	2.67
float	2.675	.1	ok	3e+00
float	2.675	.0	ok	3e+00
float	2.675	#.3	ok	2.67
float	2.675	,	ok	2.675
float	2.675	_	ok	2.675
float	2.675	,.2f	ok	2.67
float	2.675	_.3f	ok	2.675
float	2.675	,g	ok	2.675
float	2.675	,.3e	ok	2.675e+00
float	2.675	10	ok	     2.675
float	2.675	<10	ok	2.675     
float	2.675	^10	ok	  2.675   
float	2.675	=10	ok	     2.675
float	2.675	010	ok	000002.675
float	2.675	012,.2f	ok	0,000,002.67
float	2.675	+	ok	+2.675
float	2.675	 	ok	 2.675
float	2.675	+.2f	ok	+2.67
float	2.675	 .2f	ok	 2.67
float	2.675	z	ok	2.675
float	2.675	z.1f	ok	2.7
float	2.675	z.0f	ok	3
float	2.675	+z.2e	ok	+2.67e+00
float	2.675	.1%	ok	267.5%
float	2.675	,.0%	ok	268%
float	2.675	*>15.3f	ok	**********2.675
float	2.675	08.3e	ok	2.675e+00
float	2.675	-08.3e	ok	2.675e+00
float	2.675	x	ValueError	Unknown format code 'x' for object of type 'float'
float	2.675	d	ValueError	Unknown format code 'd' for object of type 'float'
float	2.675	c	ValueError	Unknown format code 'c' for object of type 'float'
float	2.675	s	ValueError	Unknown format code 's' for object of type 'float'
float	2.675	.2d	ValueError	Unknown format code 'd' for object of type 'float'
float	2.675	,n	ValueError	Cannot specify ',' with 'n'.
float	2.675	_n	ValueError	Cannot specify '_' with 'n'.
float	2.675	.500f	ok	2.67499999999999982236431605997495353221893310546875000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000
float	2.675	030	ok	00000000000000000000000002.675
float	2.675	0=30,	ok	00,000,000,000,000,000,002.675
float	2.675	.1000e	ok	2.6749999999999998223643160599749535322189331054687500000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000e+00
float	2.675	+#.0g	ok	+3.
float	1.005		ok	1.005
float	1.005	e	ok	1.005000e+00
float	1.005	E	ok	1.005000E+00
float	1.005	f	ok	1.005000
float	1.005	F	ok	1.005000
float	1.005	g	ok	1.005
float	1.005	G	ok	1.005
float	1.005	n	ok	1.005
float	1.005	%	ok	100.500000%
float	1.005	.0f	ok	1
float	1.005	.1f	ok	1.0
float	1.005	.2f	ok	1.00
float	1.005	.3f	ok	1.005
float	1.005	.10f	ok	1.0050000000
float	1.005	.20f	ok	1.00499999999999989342
float	1.005	.0e	ok	1e+00
float	1.005	.2e	ok	1.00e+00
float	1.005	.3E	ok	1.005E+00
float	1.005	.17g	ok	1.0049999999999999
float	1.005	.0g	ok	1
float	1.005	.1g	ok	1
float	1.005	.3g	ok	1
float	1.005	.6g	ok	1.005
float	1.005	.12g	ok	1.005
float	1.005	#g	ok	1.00500
float	1.005	#.3g	ok	1.00
float	1.005	#.0f	ok	1.
float	1.005	#.0e	ok	1.e+00
float	1.005	#	ok	1.005
float	1.005	.3	ok	1.0
float	1.005	.1	ok	1e+00
float	1.005	.0	ok	1e+00
float	1.005	#.3	ok	1.00
float	1.005	,	ok	1.005
float	1.005	_	ok	1.005
float	1.005	,.2f	ok	1.00
float	1.005	_.3f	ok	1.005
float	1.005	,g	ok	1.005
float	1.005	,.3e	ok	1.005e+00
float	1.005	10	ok	     1.005
float	1.005	<10	ok	1.005     
float	1.005	^10	ok	  1.005   
float	1.005	=10	ok	     1.005
float	1.005	010	ok	000001.005
float	1.005	012,.2f	ok	0,000,001.00
float	1.005	+	ok	+1.005
float	1.005	 	ok	 1.005
float	1.005	+.2f	ok	+1.00
float	1.005	 .2f	ok	 1.00
float	1.005	z	ok	1.005
float	1.005	z.1f	ok	1.0
float	1.005	z.0f	ok	1
float	1.005	+z.2e	ok	+1.00e+00
float	1.005	.1%	ok	100.5%
float	1.005	,.0%	ok	100%
float	1.005	*>15.3f	ok	**********1.005
float	1.005	08.3e	ok	1.005e+00
float	1.005	-08.3e	ok	1.005e+00
float	1.005	x	ValueError	Unknown format code 'x' for object of type 'float'
float	1.005	d	ValueError	Unknown format code 'd' for object of type 'float'
float	1.005	c	ValueError	Unknown format code 'c' for object of type 'float'
float	1.005	s	ValueError	Unknown format code 's' for object of type 'float'
float	1.005	.2d	ValueError	Unknown format code 'd' for object of type 'float'
float	1.005	,n	ValueError	Cannot specify ',' with 'n'.
float	1.005	_n	ValueError	Cannot specify '_' with 'n'.
float	1.005	.500f	ok	1.00499999999999989341858963598497211933135986328125000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000
float	1.005	030	ok	00000000000000000000000001.005
float	1.005	0=30,	ok	00,000,000,000,000,000,001.005
float	1.005	.1000e	ok	1.0049999999999998934185896359849721193313598632812500000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000e+00
float	1.005	+#.0g	ok	+1.
float	0.5		ok	0.5
float	0.5	e	ok	5.000000e-01
float	0.5	E	ok	5.000000E-01
float	0.5	f	ok	0.500000
float	0.5	F	ok	0.500000
float	0.5	g	ok	0.5
float	0.5	G	ok	0.5
float	0.5	n	ok	0.5
float	0.5	%	ok	50.000000%
float	0.5	.0f	ok	0
float	0.5	.1f	ok	0.5
float	0.5	.2f	ok	0.50
float	0.5	.3f	ok	0.500
float	0.5	.10f	ok	0.5000000000
float	0.5	.20f	ok	0.50000000000000000000
float	0.5	.0e	ok	5e-01
float	0.5	.2e	ok	5.00e-01
float	0.5	.3E	ok	5.000E-01
float	0.5	.17g	ok	0.5
float	0.5	.0g	ok	0.5
float	0.5	.1g	ok	0.5
float	0.5	.3g	ok	0.5
float	0.5	.6g	ok	0.5
float	0.5	.12g	ok	0.5
float	0.5	#g	ok	0.500000
float	0.5	#.3g	ok	0.500
float	0.5	#.0f	ok	0.
float	0.5	#.0e	ok	5.e-01
float	0.5	#	ok	0.5
float	0.5	.3	ok	0.5
float	0.5	.1	ok	0.5
float	0.5	.0	ok	0.5
float	0.5	#.3	ok	0.500
float	0.5	,	ok	0.5
float	0.5	_	ok	0.5
float	0.5	,.2f	ok	0.50
float	0.5	_.3f	ok	0.500
float	0.5	,g	ok	0.5
float	0.5	,.3e	ok	5.000e-01
float	0.5	10	ok	       0.5
float	0.5	<10	ok	0.5       
float	0.5	^10	ok	   0.5    
float	0.5	=10	ok	       0.5
float	0.5	010	ok	00000000.5
float	0.5	012,.2f	ok	0,000,000.50
float	0.5	+	ok	+0.5
float	0.5	 	ok	 0.5
float	0.5	+.2f	ok	+0.50
float	0.5	 .2f	ok	 0.50
float	0.5	z	ok	0.5
float	0.5	z.1f	ok	0.5
float	0.5	z.0f	ok	0
float	0.5	+z.2e	ok	+5.00e-01
float	0.5	.1%	ok	50.0%
float	0.5	,.0%	ok	50%
float	0.5	*>15.3f	ok	**********0.500
float	0.5	08.3e	ok	5.000e-01
float	0.5	-08.3e	ok	5.000e-01
float	0.5	x	ValueError	Unknown format code 'x' for object of type 'float'
float	0.5	d	ValueError	Unknown format code 'd' for object of type 'float'
float	0.5	c	ValueError	Unknown format code 'c' for object of type 'float'
float	0.5	s	ValueError	Unknown format code 's' for object of type 'float'
float	0.5	.2d	ValueError	Unknown format code 'd' for object of type 'float'
float	0.5	,n	ValueError	Cannot specify ',' with 'n'.
float	0.5	_n	ValueError	Cannot specify '_' with 'n'.
float	0.5	.500f	ok	0.50000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000
float	0.5	030	ok	0000000000000000000000000000.5
float	0.5	0=30,	ok	0,000,000,000,000,000,000,000.5
float	0.5	.1000e	ok	5.0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000e-01
float	0.5	+#.0g	ok	+0.5
float	1.5		ok	1.5
float	1.5	e	ok	1.500000e+00
float	1.5	E	ok	1.500000E+00
float	1.5	f	ok	1.500000
float	1.5	F	ok	1.500000
float	1.5	g	ok	1.5
float	1.5	G	ok	1.5
float	1.5	n	ok	1.5
float	1.5	%	ok	150.000000%
float	1.5	.0f	ok	2
float	1.5	.1f	ok	1.5
float	1.5	.2f	ok	1.50
float	1.5	.3f	ok	1.500
float	1.5	.10f	ok	1.5000000000
float	1.5	.20f	ok	1.50000000000000000000
float	1.5	.0e	ok	2e+00
float	1.5	.2e	ok	1.50e+00
float	1.5	.3E	ok	1.500E+00
float	1.5	.17g	ok	1.5
float	1.5	.0g	ok	2
float	1.5	.1g	ok	2
float	1.5	.3g	ok	1.5
float	1.5	.6g	ok	1.5
float	1.5	.12g	ok	1.5
float	1.5	#g	ok	1.50000
float	1.5	#.3g	ok	1.50
float	1.5	#.0f	ok	2.
float	1.5	#.0e	ok	2.e+00
float	1.5	#	ok	1.5
float	1.5	.3	ok	1.5
float	1.5	.1	ok	2e+00
float	1.5	.0	ok	2e+00
float	1.5	#.3	ok	1.50
float	1.5	,	ok	1.5
float	1.5	_	ok	1.5
float	1.5	,.2f	ok	1.50
float	1.5	_.3f	ok	1.500
float	1.5	,g	ok	1.5
float	1.5	,.3e	ok	1.500e+00
float	1.5	10	ok	       1.5
float	1.5	<10	ok	1.5       
float	1.5	^10	ok	   1.5    
float	1.5	=10	ok	       1.5
float	1.5	010	ok	00000001.5
float	1.5	012,.2f	ok	0,000,001.50
float	1.5	+	ok	+1.5
float	1.5	 	ok	 1.5
float	1.5	+.2f	ok	+1.50
float	1.5	 .2f	ok	 1.50
float	1.5	z	ok	1.5
float	1.5	z.1f	ok	1.5
float	1.5	z.0f	ok	2
float	1.5	+z.2e	ok	+1.50e+00
float	1.5	.1%	ok	150.0%
float	1.5	,.0%	ok	150%
float	1.5	*>15.3f	ok	**********1.500
float	1.5	08.3e	ok	1.500e+00
float	1.5	-08.3e	ok	1.500e+00
float	1.5	x	ValueError	Unknown format code 'x' for object of type 'float'
float	1.5	d	ValueError	Unknown format code 'd' for object of type 'float'
float	1.5	c	ValueError	Unknown format code 'c' for object of type 'float'
float	1.5	s	ValueError	Unknown format code 's' for object of type 'float'
float	1.5	.2d	ValueError	Unknown format code 'd' for object of type 'float'
float	1.5	,n	ValueError	Cannot specify ',' with 'n'.
float	1.5	_n	ValueError	Cannot specify '_' with 'n'.
float	1.5	.500f	ok	1.50000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000
float	1.5	030	ok	0000000000000000000000000001.5
float	1.5	0=30,	ok	0,000,000,000,000,000,000,001.5
float	1.5	.1000e	ok	1.5000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000e+00
float	1.5	+#.0g	ok	+2.
float	2.5		ok	2.5
float	2.5	e	ok	2.500000e+00
float	2.5	E	ok	2.500000E+00
float	2.5	f	ok	2.500000
float	2.5	F	ok	2.500000
float	2.5	g	ok	2.5
float	2.5	G	ok	2.5
float	2.5	n	ok	2.5
float	2.5	%	ok	250.000000%
float	2.5	.0f	ok	2
float	2.5	.1f	ok	2.5
float	2.5	.2f	ok	2.50
float	2.5	.3f	ok	2.500
float	2.5	.10f	ok	2.5000000000
float	2.5	.20f	ok	2.50000000000000000000
float	2.5	.0e	ok	2e+00
float	2.5	.2e	ok	2.50e+00
float	2.5	.3E	ok	2.500E+00
float	2.5	.17g	ok	2.5
float	2.5	.0g	ok	2
float	2.5	.1g	ok	2
float	2.5	.3g	ok	2.5
float	2.5	.6g	ok	2.5
float	2.5	.12g	ok	2.5
float	2.5	#g	ok	2.50000
float	2.5	#.3g	ok	2.50
float	2.5	#.0f	ok	2.
float	2.5	#.0e	ok	2.e+00
float	2.5	#	ok	2.5
float	2.5	.3	ok	2.5
float	2.5	.1	ok	2e+00
float	2.5	.0	ok	2e+00
float	2.5	#.3	ok	2.50
float	2.5	,	ok	2.5
float	2.5	_	ok	2.5
float	2.5	,.2f	ok	2.50
float	2.5	_.3f	ok	2.500
float	2.5	,g	ok	2.5
float	2.5	,.3e	ok	2.500e+00
float	2.5	10	ok	       2.5
float	2.5	<10	ok	2.5       
float	2.5	^10	ok	   2.5    
float	2.5	=10	ok	       2.5
float	2.5	010	ok	00000002.5
float	2.5	012,.2f	ok	0,000,002.50
float	2.5	+	ok	+2.5
float	2.5	 	ok	 2.5
float	2.5	+.2f	ok	+2.50
float	2.5	 .2f	ok	 2.50
float	2.5	z	ok	2.5
float	2.5	z.1f	ok	2.5
float	2.5	z.0f	ok	2
float	2.5	+z.2e	ok	+2.50e+00
float	2.5	.1%	ok	250.0%
float	2.5	,.0%	ok	250%
float	2.5	*>15.3f	ok	**********2.500
float	2.5	08.3e	ok	2.500e+00
float	2.5	-08.3e	ok	2.500e+00
float	2.5	x	ValueError	Unknown format code 'x' for object of type 'float'
float	2.5	d	ValueError	Unknown format code 'd' for object of type 'float'
float	2.5	c	ValueError	Unknown format code 'c' for object of type 'float'
float	2.5	s	ValueError	Unknown format code 's' for object of type 'float'
float	2.5	.2d	ValueError	Unknown format code 'd' for object of type 'float'
float	2.5	,n	ValueError	Cannot specify ',' with 'n'.
float	2.5	_n	ValueError	Cannot specify '_' with 'n'.
float	2.5	.500f	ok	2.50000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000
float	2.5	030	ok	0000000000000000000000000002.5
float	2.5	0=30,	ok	0,000,000,000,000,000,000,002.5
float	2.5	.1000e	ok	2.5000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000e+00
float	2.5	+#.0g	ok	+2.
float	0.125		ok	0.125
float	0.125	e	ok	1.250000e-01
float	0.125	E	ok	1.250000E-01
float	0.125	f	ok	0.125000
float	0.125	F	ok	0.125000
float	0.125	g	ok	0.125
float	0.125	G	ok	0.125
float	0.125	n	ok	0.125
float	0.125	%	ok	12.500000%
float	0.125	.0f	ok	0
float	0.125	.1f	ok	0.1
float	0.125	.2f	ok	0.12
float	0.125	.3f	ok	0.125
float	0.125	.10f	ok	0.1250000000
float	0.125	.20f	ok	0.12500000000000000000
float	0.125	.0e	ok	1e-01
float	0.125	.2e	ok	1.25e-01
float	0.125	.3E	ok	1.250E-01
float	0.125	.17g	ok	0.125
float	0.125	.0g	ok	0.1
float	0.125	.1g	ok	0.1
float	0.125	.3g	ok	0.125
float	0.125	.6g	ok	0.125
float	0.125	.12g	ok	0.125
float	0.125	#g	ok	0.125000
float	0.125	#.3g	ok	0.125
float	0.125	#.0f	ok	0.
float	0.125	#.0e	ok	1.e-01
float	0.125	#	ok	0.125
float	0.125	.3	ok	0.125
float	0.125	.1	ok	0.1
float	0.125	.0	ok	0.1
float	0.125	#.3	ok	0.125
float	0.125	,	ok	0.125
float	0.125	_	ok	0.125
float	0.125	,.2f	ok	0.12
float	0.125	_.3f	ok	0.125
float	0.125	,g	ok	0.125
float	0.125	,.3e	ok	1.250e-01
float	0.125	10	ok	     0.125
float	0.125	<10	ok	0.125     
float	0.125	^10	ok	  0.125   
float	0.125	=10	ok	     0.125
float	0.125	010	ok	000000.125
float	0.125	012,.2f	ok	0,000,000.12
float	0.125	+	ok	+0.125
float	0.125	 	ok	 0.125
float	0.125	+.2f	ok	+0.12
float	0.125	 .2f	ok	 0.12
float	0.125	z	ok	0.125
float	0.125	z.1f	ok	0.1
float	0.125	z.0f	ok	0
float	0.125	+z.2e	ok	+1.25e-01
float	0.125	.1%	ok	12.5%
float	0.125	,.0%	ok	12%
float	0.125	*>15.3f	ok	**********0.125
float	0.125	08.3e	ok	1.250e-01
float	0.125	-08.3e	ok	1.250e-01
float	0.125	x	ValueError	Unknown format code 'x' for object of type 'float'
float	0.125	d	ValueError	Unknown format code 'd' for object of type 'float'
float	0.125	c	ValueError	Unknown format code 'c' for object of type 'float'
float	0.125	s	ValueError	Unknown format code 's' for object of type 'float'
float	0.125	.2d	ValueError	Unknown format code 'd' for object of type 'float'
float	0.125	,n	ValueError	Cannot specify ',' with 'n'.
float	0.125	_n	ValueError	Cannot specify '_' with 'n'.
float	0.125	.500f	ok	0.12500000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000
float	0.125	030	ok	00000000000000000000000000.125
float	0.125	0=30,	ok	00,000,000,000,000,000,000.125
float	0.125	.1000e	ok	1.2500000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000e-01
float	0.125	+#.0g	ok	+0.1
float	1234.5678		ok	1234.5678
float	1234.5678	e	ok	1.234568e+03
float	1234.5678	E	ok	1.234568E+03
float	1234.5678	f	ok	1234.567800
float	1234.5678	F	ok	1234.567800
float	1234.5678	g	ok	1234.57
float	1234.5678	G	ok	1234.57
float	1234.5678	n	ok	1234.57
float	1234.5678	%	ok	123456.780000%
float	1234.5678	.0f	ok	1235
float	1234.5678	.1f	ok	1234.6
float	1234.5678	.2f	ok	1234.57
float	1234.5678	.3f	ok	1234.568
float	1234.5678	.10f	ok	1234.5678000000
float	1234.5678	.20f	ok	1234.56780000000003383320
float	1234.5678	.0e	ok	1e+03
float	1234.5678	.2e	ok	1.23e+03
float	1234.5678	.3E	ok	1.235E+03
float	1234.5678	.17g	ok	1234.5678
float	1234.5678	.0g	ok	1e+03
float	1234.5678	.1g	ok	1e+03
float	1234.5678	.3g	ok	1.23e+03
float	1234.5678	.6g	ok	1234.57
float	1234.5678	.12g	ok	1234.5678
float	1234.5678	#g	ok	1234.57
float	1234.5678	#.3g	ok	1.23e+03
float	1234.5678	#.0f	ok	1235.
float	1234.5678	#.0e	ok	1.e+03
float	1234.5678	#	ok	1234.5678
float	1234.5678	.3	ok	1.23e+03
float	1234.5678	.1	ok	1e+03
float	1234.5678	.0	ok	1e+03
float	1234.5678	#.3	ok	1.23e+03
float	1234.5678	,	ok	1,234.5678
float	1234.5678	_	ok	1_234.5678
float	1234.5678	,.2f	ok	1,234.57
float	1234.5678	_.3f	ok	1_234.568
float	1234.5678	,g	ok	1,234.57
float	1234.5678	,.3e	ok	1.235e+03
float	1234.5678	10	ok	 1234.5678
float	1234.5678	<10	ok	1234.5678 
float	1234.5678	^10	ok	1234.5678 
float	1234.5678	=10	ok	 1234.5678
float	1234.5678	010	ok	01234.5678
float	1234.5678	012,.2f	ok	0,001,234.57
float	1234.5678	+	ok	+1234.5678
float	1234.5678	 	ok	 1234.5678
float	1234.5678	+.2f	ok	+1234.57
float	1234.5678	 .2f	ok	 1234.57
float	1234.5678	z	ok	1234.5678
float	1234.5678	z.1f	ok	1234.6
float	1234.5678	z.0f	ok	1235
float	1234.5678	+z.2e	ok	+1.23e+03
float	1234.5678	.1%	ok	123456.8%
float	1234.5678	,.0%	ok	123,457%
float	1234.5678	*>15.3f	ok	*******1234.568
float	1234.5678	08.3e	ok	1.235e+03
float	1234.5678	-08.3e	ok	1.235e+03
float	1234.5678	x	ValueError	Unknown format code 'x' for object of type 'float'
float	1234.5678	d	ValueError	Unknown format code 'd' for object of type 'float'
float	1234.5678	c	ValueError	Unknown format code 'c' for object of type 'float'
float	1234.5678	s	ValueError	Unknown format code 's' for object of type 'float'
float	1234.5678	.2d	ValueError	Unknown format code 'd' for object of type 'float'
float	1234.5678	,n	ValueError	Cannot specify ',' with 'n'.
float	1234.5678	_n	ValueError	Cannot specify '_' with 'n'.
float	1234.5678	.500f	ok	1234.56780000000003383320290595293045043945312500000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000
float	1234.5678	030	ok	0000000000000000000001234.5678
float	1234.5678	0=30,	ok	0,000,000,000,000,001,234.5678
float	1234.5678	.1000e	ok	1.2345678000000000338332029059529304504394531250000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000e+03
float	1234.5678	+#.0g	ok	+1.e+03
float	-1234567.891		ok	-1234567.891
float	-1234567.891	e	ok	-1.234568e+06
float	-1234567.891	E	ok	-1.234568E+06
float	-1234567.891	f	ok	-1234567.891000
float	-1234567.891	F	ok	-1234567.891000
float	-1234567.891	g	ok	-1.23457e+06
float	-1234567.891	G	ok	-1.23457E+06
float	-1234567.891	n	ok	-1.23457e+06
float	-1234567.891	%	ok	-123456789.100000%
float	-1234567.891	.0f	ok	-1234568
float	-1234567.891	.1f	ok	-1234567.9
float	-1234567.891	.2f	ok	-1234567.89
float	-1234567.891	.3f	ok	-1234567.891
float	-1234567.891	.10f	ok	-1234567.8910000001
float	-1234567.891	.20f	ok	-1234567.89100000006146728992
float	-1234567.891	.0e	ok	-1e+06
float	-1234567.891	.2e	ok	-1.23e+06
float	-1234567.891	.3E	ok	-1.235E+06
float	-1234567.891	.17g	ok	-1234567.8910000001
float	-1234567.891	.0g	ok	-1e+06
float	-1234567.891	.1g	ok	-1e+06
float	-1234567.891	.3g	ok	-1.23e+06
float	-1234567.891	.6g	ok	-1.23457e+06
float	-1234567.891	.12g	ok	-1234567.891
float	-1234567.891	#g	ok	-1.23457e+06
float	-1234567.891	#.3g	ok	-1.23e+06
float	-1234567.891	#.0f	ok	-1234568.
float	-1234567.891	#.0e	ok	-1.e+06
float	-1234567.891	#	ok	-1234567.891
float	-1234567.891	.3	ok	-1.23e+06
float	-1234567.891	.1	ok	-1e+06
float	-1234567.891	.0	ok	-1e+06
float	-1234567.891	#.3	ok	-1.23e+06
float	-1234567.891	,	ok	-1,234,567.891
float	-1234567.891	_	ok	-1_234_567.891
float	-1234567.891	,.2f	ok	-1,234,567.89
float	-1234567.891	_.3f	ok	-1_234_567.891
float	-1234567.891	,g	ok	-1.23457e+06
float	-1234567.891	,.3e	ok	-1.235e+06
float	-1234567.891	10	ok	-1234567.891
float	-1234567.891	<10	ok	-1234567.891
float	-1234567.891	^10	ok	-1234567.891
float	-1234567.891	=10	ok	-1234567.891
float	-1234567.891	010	ok	-1234567.891
float	-1234567.891	012,.2f	ok	-1,234,567.89
float	-1234567.891	+	ok	-1234567.891
float	-1234567.891	 	ok	-1234567.891
float	-1234567.891	+.2f	ok	-1234567.89
float	-1234567.891	 .2f	ok	-1234567.89
float	-1234567.891	z	ok	-1234567.891
float	-1234567.891	z.1f	ok	-1234567.9
float	-1234567.891	z.0f	ok	-1234568
float	-1234567.891	+z.2e	ok	-1.23e+06
float	-1234567.891	.1%	ok	-123456789.1%
float	-1234567.891	,.0%	ok	-123,456,789%
float	-1234567.891	*>15.3f	ok	***-1234567.891
float	-1234567.891	08.3e	ok	-1.235e+06
float	-1234567.891	-08.3e	ok	-1.235e+06
float	-1234567.891	x	ValueError	Unknown format code 'x' for object of type 'float'
float	-1234567.891	d	ValueError	Unknown format code 'd' for object of type 'float'
float	-1234567.891	c	ValueError	Unknown format code 'c' for object of type 'float'
float	-1234567.891	s	ValueError	Unknown format code 's' for object of type 'float'
float	-1234567.891	.2d	ValueError	Unknown format code 'd' for object of type 'float'
float	-1234567.891	,n	ValueError	Cannot specify ',' with 'n'.
float	-1234567.891	_n	ValueError	Cannot specify '_' with 'n'.
float	-1234567.891	.500f	ok	-1234567.89100000006146728992462158203125000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000
float	-1234567.891	030	ok	-0000000000000000001234567.891
float	-1234567.891	0=30,	ok	-0,000,000,000,001,234,567.891
float	-1234567.891	.1000e	ok	-1.2345678910000000614672899246215820312500000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000e+06
float	-1234567.891	+#.0g	ok	-1.e+06
float	1e+16		ok	1e+16
float	1e+16	e	ok	1.000000e+16
float	1e+16	E	ok	1.000000E+16
float	1e+16	f	ok	10000000000000000.000000
float	1e+16	F	ok	10000000000000000.000000
float	1e+16	g	ok	1e+16
float	1e+16	G	ok	1E+16
float	1e+16	n	ok	1e+16
float	1e+16	%	ok	1000000000000000000.000000%
float	1e+16	.0f	ok	10000000000000000
float	1e+16	.1f	ok	10000000000000000.0
float	1e+16	.2f	ok	10000000000000000.00
float	1e+16	.3f	ok	10000000000000000.000
float	1e+16	.10f	ok	10000000000000000.0000000000
float	1e+16	.20f	ok	10000000000000000.00000000000000000000
float	1e+16	.0e	ok	1e+16
float	1e+16	.2e	ok	1.00e+16
float	1e+16	.3E	ok	1.000E+16
float	1e+16	.17g	ok	10000000000000000
float	1e+16	.0g	ok	1e+16
float	1e+16	.1g	ok	1e+16
float	1e+16	.3g	ok	1e+16
float	1e+16	.6g	ok	1e+16
float	1e+16	.12g	ok	1e+16
float	1e+16	#g	ok	1.00000e+16
float	1e+16	#.3g	ok	1.00e+16
float	1e+16	#.0f	ok	10000000000000000.
float	1e+16	#.0e	ok	1.e+16
float	1e+16	#	ok	1.e+16
float	1e+16	.3	ok	1e+16
float	1e+16	.1	ok	1e+16
float	1e+16	.0	ok	1e+16
float	1e+16	#.3	ok	1.00e+16
float	1e+16	,	ok	1e+16
float	1e+16	_	ok	1e+16
float	1e+16	,.2f	ok	10,000,000,000,000,000.00
float	1e+16	_.3f	ok	10_000_000_000_000_000.000
float	1e+16	,g	ok	1e+16
float	1e+16	,.3e	ok	1.000e+16
float	1e+16	10	ok	     1e+16
float	1e+16	<10	ok	1e+16     
float	1e+16	^10	ok	  1e+16   
float	1e+16	=10	ok	     1e+16
float	1e+16	010	ok	000001e+16
float	1e+16	012,.2f	ok	10,000,000,000,000,000.00
float	1e+16	+	ok	+1e+16
float	1e+16	 	ok	 1e+16
float	1e+16	+.2f	ok	+10000000000000000.00
float	1e+16	 .2f	ok	 10000000000000000.00
float	1e+16	z	ok	1e+16
float	1e+16	z.1f	ok	10000000000000000.0
float	1e+16	z.0f	ok	10000000000000000
float	1e+16	+z.2e	ok	+1.00e+16
float	1e+16	.1%	ok	1000000000000000000.0%
float	1e+16	,.0%	ok	1,000,000,000,000,000,000%
float	1e+16	*>15.3f	ok	10000000000000000.000
float	1e+16	08.3e	ok	1.000e+16
float	1e+16	-08.3e	ok	1.000e+16
float	1e+16	x	ValueError	Unknown format code 'x' for object of type 'float'
float	1e+16	d	ValueError	Unknown format code 'd' for object of type 'float'
float	1e+16	c	ValueError	Unknown format code 'c' for object of type 'float'
float	1e+16	s	ValueError	Unknown format code 's' for object of type 'float'
float	1e+16	.2d	ValueError	Unknown format code 'd' for object of type 'float'
float	1e+16	,n	ValueError	Cannot specify ',' with 'n'.
float	1e+16	_n	ValueError	Cannot specify '_' with 'n'.
float	1e+16	.500f	ok	10000000000000000.00000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000
float	1e+16	030	ok	00000000000000000000000001e+16
float	1e+16	0=30,	ok	00,000,000,000,000,000,001e+16
float	1e+16	.1000e	ok	1.0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000e+16
float	1e+16	+#.0g	ok	+1.e+16
float	1e-05		ok	1e-05
float	1e-05	e	ok	1.000000e-05
float	1e-05	E	ok	1.000000E-05
float	1e-05	f	ok	0.000010
float	1e-05	F	ok	0.000010
float	1e-05	g	ok	1e-05
float	1e-05	G	ok	1E-05
float	1e-05	n	ok	1e-05
float	1e-05	%	ok	0.001000%
float	1e-05	.0f	ok	0
float	1e-05	.1f	ok	0.0
float	1e-05	.2f	ok	0.00
float	1e-05	.3f	ok	0.000
float	1e-05	.10f	ok	0.0000100000
float	1e-05	.20f	ok	0.00001000000000000000
float	1e-05	.0e	ok	1e-05
float	1e-05	.2e	ok	1.00e-05
float	1e-05	.3E	ok	1.000E-05
float	1e-05	.17g	ok	1.0000000000000001e-05
float	1e-05	.0g	ok	1e-05
float	1e-05	.1g	ok	1e-05
float	1e-05	.3g	ok	1e-05
float	1e-05	.6g	ok	1e-05
float	1e-05	.12g	ok	1e-05
float	1e-05	#g	ok	1.00000e-05
float	1e-05	#.3g	ok	1.00e-05
float	1e-05	#.0f	ok	0.
float	1e-05	#.0e	ok	1.e-05
float	1e-05	#	ok	1.e-05
float	1e-05	.3	ok	1e-05
float	1e-05	.1	ok	1e-05
float	1e-05	.0	ok	1e-05
float	1e-05	#.3	ok	1.00e-05
float	1e-05	,	ok	1e-05
float	1e-05	_	ok	1e-05
float	1e-05	,.2f	ok	0.00
float	1e-05	_.3f	ok	0.000
float	1e-05	,g	ok	1e-05
float	1e-05	,.3e	ok	1.000e-05
float	1e-05	10	ok	     1e-05
float	1e-05	<10	ok	1e-05     
float	1e-05	^10	ok	  1e-05   
float	1e-05	=10	ok	     1e-05
float	1e-05	010	ok	000001e-05
float	1e-05	012,.2f	ok	0,000,000.00
float	1e-05	+	ok	+1e-05
float	1e-05	 	ok	 1e-05
float	1e-05	+.2f	ok	+0.00
float	1e-05	 .2f	ok	 0.00
float	1e-05	z	ok	1e-05
float	1e-05	z.1f	ok	0.0
float	1e-05	z.0f	ok	0
float	1e-05	+z.2e	ok	+1.00e-05
float	1e-05	.1%	ok	0.0%
float	1e-05	,.0%	ok	0%
float	1e-05	*>15.3f	ok	**********0.000
float	1e-05	08.3e	ok	1.000e-05
float	1e-05	-08.3e	ok	1.000e-05
float	1e-05	x	ValueError	Unknown format code 'x' for object of type 'float'
float	1e-05	d	ValueError	Unknown format code 'd' for object of type 'float'
float	1e-05	c	ValueError	Unknown format code 'c' for object of type 'float'
float	1e-05	s	ValueError	Unknown format code 's' for object of type 'float'
float	1e-05	.2d	ValueError	Unknown format code 'd' for object of type 'float'
float	1e-05	,n	ValueError	Cannot specify ',' with 'n'.
float	1e-05	_n	ValueError	Cannot specify '_' with 'n'.
float	1e-05	.500f	ok	0.00001000000000000000081803053914031309545862313825637102127075195312500000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000
float	1e-05	030	ok	00000000000000000000000001e-05
float	1e-05	0=30,	ok	00,000,000,000,000,000,001e-05
float	1e-05	.1000e	ok	1.0000000000000000818030539140313095458623138256371021270751953125000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000e-05
float	1e-05	+#.0g	ok	+1.e-05
float	1e-07		ok	1e-07
float	1e-07	e	ok	1.000000e-07
float	1e-07	E	ok	1.000000E-07
float	1e-07	f	ok	0.000000
float	1e-07	F	ok	0.000000
float	1e-07	g	ok	1e-07
float	1e-07	G	ok	1E-07
float	1e-07	n	ok	1e-07
float	1e-07	%	ok	0.000010%
float	1e-07	.0f	ok	0
float	1e-07	.1f	ok	0.0
float	1e-07	.2f	ok	0.00
float	1e-07	.3f	ok	0.000
float	1e-07	.10f	ok	0.0000001000
float	1e-07	.20f	ok	0.00000010000000000000
float	1e-07	.0e	ok	1e-07
float	1e-07	.2e	ok	1.00e-07
float	1e-07	.3E	ok	1.000E-07
float	1e-07	.17g	ok	9.9999999999999995e-08
float	1e-07	.0g	ok	1e-07
float	1e-07	.1g	ok	1e-07
float	1e-07	.3g	ok	1e-07
float	1e-07	.6g	ok	1e-07
float	1e-07	.12g	ok	1e-07
float	1e-07	#g	ok	1.00000e-07
float	1e-07	#.3g	ok	1.00e-07
float	1e-07	#.0f	ok	0.
float	1e-07	#.0e	ok	1.e-07
float	1e-07	#	ok	1.e-07
float	1e-07	.3	ok	1e-07
float	1e-07	.1	ok	1e-07
float	1e-07	.0	ok	1e-07
float	1e-07	#.3	ok	1.00e-07
float	1e-07	,	ok	1e-07
float	1e-07	_	ok	1e-07
float	1e-07	,.2f	ok	0.00
float	1e-07	_.3f	ok	0.000
float	1e-07	,g	ok	1e-07
float	1e-07	,.3e	ok	1.000e-07
float	1e-07	10	ok	     1e-07
float	1e-07	<10	ok	1e-07     
float	1e-07	^10	ok	  1e-07   
float	1e-07	=10	ok	     1e-07
float	1e-07	010	ok	000001e-07
float	1e-07	012,.2f	ok	0,000,000.00
float	1e-07	+	ok	+1e-07
float	1e-07	 	ok	 1e-07
float	1e-07	+.2f	ok	+0.00
float	1e-07	 .2f	ok	 0.00
float	1e-07	z	ok	1e-07
float	1e-07	z.1f	ok	0.0
float	1e-07	z.0f	ok	0
float	1e-07	+z.2e	ok	+1.00e-07
float	1e-07	.1%	ok	0.0%
float	1e-07	,.0%	ok	0%
float	1e-07	*>15.3f	ok	**********0.000
float	1e-07	08.3e	ok	1.000e-07
float	1e-07	-08.3e	ok	1.000e-07
float	1e-07	x	ValueError	Unknown format code 'x' for object of type 'float'
float	1e-07	d	ValueError	Unknown format code 'd' for object of type 'float'
float	1e-07	c	ValueError	Unknown format code 'c' for object of type 'float'
float	1e-07	s	ValueError	Unknown format code 's' for object of type 'float'
float	1e-07	.2d	ValueError	Unknown format code 'd' for object of type 'float'
float	1e-07	,n	ValueError	Cannot specify ',' with 'n'.
float	1e-07	_n	ValueError	Cannot specify '_' with 'n'.
float	1e-07	.500f	ok	0.00000009999999999999999547481118258862586856139387236908078193664550781250000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000
float	1e-07	030	ok	00000000000000000000000001e-07
float	1e-07	0=30,	ok	00,000,000,000,000,000,001e-07
float	1e-07	.1000e	ok	9.9999999999999995474811182588625868561393872369080781936645507812500000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000e-08
float	1e-07	+#.0g	ok	+1.e-07
float	123456789.0		ok	123456789.0
float	123456789.0	e	ok	1.234568e+08
float	123456789.0	E	ok	1.234568E+08
float	123456789.0	f	ok	123456789.000000
float	123456789.0	F	ok	123456789.000000
float	123456789.0	g	ok	1.23457e+08
float	123456789.0	G	ok	1.23457E+08
float	123456789.0	n	ok	1.23457e+08
float	123456789.0	%	ok	12345678900.000000%
float	123456789.0	.0f	ok	123456789
float	123456789.0	.1f	ok	123456789.0
float	123456789.0	.2f	ok	123456789.00
float	123456789.0	.3f	ok	123456789.000
float	123456789.0	.10f	ok	123456789.0000000000
float	123456789.0	.20f	ok	123456789.00000000000000000000
float	123456789.0	.0e	ok	1e+08
float	123456789.0	.2e	ok	1.23e+08
float	123456789.0	.3E	ok	1.235E+08
float	123456789.0	.17g	ok	123456789
float	123456789.0	.0g	ok	1e+08
float	123456789.0	.1g	ok	1e+08
float	123456789.0	.3g	ok	1.23e+08
float	123456789.0	.6g	ok	1.23457e+08
float	123456789.0	.12g	ok	123456789
float	123456789.0	#g	ok	1.23457e+08
float	123456789.0	#.3g	ok	1.23e+08
float	123456789.0	#.0f	ok	123456789.
float	123456789.0	#.0e	ok	1.e+08
float	123456789.0	#	ok	123456789.0
float	123456789.0	.3	ok	1.23e+08
float	123456789.0	.1	ok	1e+08
float	123456789.0	.0	ok	1e+08
float	123456789.0	#.3	ok	1.23e+08
float	123456789.0	,	ok	123,456,789.0
float	123456789.0	_	ok	123_456_789.0
float	123456789.0	,.2f	ok	123,456,789.00
float	123456789.0	_.3f	ok	123_456_789.000
float	123456789.0	,g	ok	1.23457e+08
float	123456789.0	,.3e	ok	1.235e+08
float	123456789.0	10	ok	123456789.0
float	123456789.0	<10	ok	123456789.0
float	123456789.0	^10	ok	123456789.0
float	123456789.0	=10	ok	123456789.0
float	123456789.0	010	ok	123456789.0
float	123456789.0	012,.2f	ok	123,456,789.00
float	123456789.0	+	ok	+123456789.0
float	123456789.0	 	ok	 123456789.0
float	123456789.0	+.2f	ok	+123456789.00
float	123456789.0	 .2f	ok	 123456789.00
float	123456789.0	z	ok	123456789.0
float	123456789.0	z.1f	ok	123456789.0
float	123456789.0	z.0f	ok	123456789
float	123456789.0	+z.2e	ok	+1.23e+08
float	123456789.0	.1%	ok	12345678900.0%
float	123456789.0	,.0%	ok	12,345,678,900%
float	123456789.0	*>15.3f	ok	**123456789.000
float	123456789.0	08.3e	ok	1.235e+08
float	123456789.0	-08.3e	ok	1.235e+08
float	123456789.0	x	ValueError	Unknown format code 'x' for object of type 'float'
float	123456789.0	d	ValueError	Unknown format code 'd' for object of type 'float'
float	123456789.0	c	ValueError	Unknown format code 'c' for object of type 'float'
float	123456789.0	s	ValueError	Unknown format code 's' for object of type 'float'
float	123456789.0	.2d	ValueError	Unknown format code 'd' for object of type 'float'
float	123456789.0	,n	ValueError	Cannot specify ',' with 'n'.
float	123456789.0	_n	ValueError	Cannot specify '_' with 'n'.
float	123456789.0	.500f	ok	123456789.00000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000
float	123456789.0	030	ok	0000000000000000000123456789.0
float	123456789.0	0=30,	ok	0,000,000,000,000,123,456,789.0
float	123456789.0	.1000e	ok	1.2345678900000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000e+08
float	123456789.0	+#.0g	ok	+1.e+08
float	3.14159265358979		ok	3.14159265358979
float	3.14159265358979	e	ok	3.141593e+00
float	3.14159265358979	E	ok	3.141593E+00
float	3.14159265358979	f	ok	3.141593
float	3.14159265358979	F	ok	3.141593
float	3.14159265358979	g	ok	3.14159
float	3.14159265358979	G	ok	3.14159
float	3.14159265358979	n	ok	3.14159
float	3.14159265358979	%	ok	314.159265%
float	3.14159265358979	.0f	ok	3
float	3.14159265358979	.1f	ok	3.1
float	3.14159265358979	.2f	ok	3.14
float	3.14159265358979	.3f	ok	3.142
float	3.14159265358979	.10f	ok	3.1415926536
float	3.14159265358979	.20f	ok	3.14159265358979000737
float	3.14159265358979	.0e	ok	3e+00
float	3.14159265358979	.2e	ok	3.14e+00
float	3.14159265358979	.3E	ok	3.142E+00
float	3.14159265358979	.17g	ok	3.14159265358979
float	3.14159265358979	.0g	ok	3
float	3.14159265358979	.1g	ok	3
float	3.14159265358979	.3g	ok	3.14
float	3.14159265358979	.6g	ok	3.14159
float	3.14159265358979	.12g	ok	3.14159265359
float	3.14159265358979	#g	ok	3.14159
float	3.14159265358979	#.3g	ok	3.14
float	3.14159265358979	#.0f	ok	3.
float	3.14159265358979	#.0e	ok	3.e+00
float	3.14159265358979	#	ok	3.14159265358979
float	3.14159265358979	.3	ok	3.14
float	3.14159265358979	.1	ok	3e+00
float	3.14159265358979	.0	ok	3e+00
float	3.14159265358979	#.3	ok	3.14
float	3.14159265358979	,	ok	3.14159265358979
float	3.14159265358979	_	ok	3.14159265358979
float	3.14159265358979	,.2f	ok	3.14
float	3.14159265358979	_.3f	ok	3.142
float	3.14159265358979	,g	ok	3.14159
float	3.14159265358979	,.3e	ok	3.142e+00
float	3.14159265358979	10	ok	3.14159265358979
float	3.14159265358979	<10	ok	3.14159265358979
float	3.14159265358979	^10	ok	3.14159265358979
float	3.14159265358979	=10	ok	3.14159265358979
float	3.14159265358979	010	ok	3.14159265358979
float	3.14159265358979	012,.2f	ok	0,000,003.14
float	3.14159265358979	+	ok	+3.14159265358979
float	3.14159265358979	 	ok	 3.14159265358979
float	3.14159265358979	+.2f	ok	+3.14
float	3.14159265358979	 .2f	ok	 3.14
float	3.14159265358979	z	ok	3.14159265358979
float	3.14159265358979	z.1f	ok	3.1
float	3.14159265358979	z.0f	ok	3
float	3.14159265358979	+z.2e	ok	+3.14e+00
float	3.14159265358979	.1%	ok	314.2%
float	3.14159265358979	,.0%	ok	314%
float	3.14159265358979	*>15.3f	ok	**********3.142
float	3.14159265358979	08.3e	ok	3.142e+00
float	3.14159265358979	-08.3e	ok	3.142e+00
float	3.14159265358979	x	ValueError	Unknown format code 'x' for object of type 'float'
float	3.14159265358979	d	ValueError	Unknown format code 'd' for object of type 'float'
float	3.14159265358979	c	ValueError	Unknown format code 'c' for object of type 'float'
float	3.14159265358979	s	ValueError	Unknown format code 's' for object of type 'float'
float	3.14159265358979	.2d	ValueError	Unknown format code 'd' for object of type 'float'
float	3.14159265358979	,n	ValueError	Cannot specify ',' with 'n'.
float	3.14159265358979	_n	ValueError	Cannot specify '_' with 'n'.
float	3.14159265358979	.500f	ok	3.14159265358979000737349451810587197542190551757812500000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000
float	3.14159265358979	030	ok	000000000000003.14159265358979
float	3.14159265358979	0=30,	ok	000,000,000,003.14159265358979
float	3.14159265358979	.1000e	ok	3.1415926535897900073734945181058719754219055175781250000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000e+00
float	3.14159265358979	+#.0g	ok	+3.
float	1e+300		ok	1e+300
float	1e+300	e	ok	1.000000e+300
float	1e+300	E	ok	1.000000E+300
float	1e+300	f	ok	1000000000000000052504760255204420248704468581108159154915854115511802457988908195786371375080447864043704443832883878176942523235360430575644792184786706982848387200926575803737830233794788090059368953234970799945081119038967640880074652742780142494579258788820056842838115669472196386865459400540160.000000
float	1e+300	F	ok	1000000000000000052504760255204420248704468581108159154915854115511802457988908195786371375080447864043704443832883878176942523235360430575644792184786706982848387200926575803737830233794788090059368953234970799945081119038967640880074652742780142494579258788820056842838115669472196386865459400540160.000000
float	1e+300	g	ok	1e+300
float	1e+300	G	ok	1E+300
float	1e+300	n	ok	1e+300
float	1e+300	%	ok	100000000000000007629703079084894925347346855150656811701601734206211380288125794484142188964691784076639747577138548761372210387844799938291815611350519830750167649856488981626536368095414607314235151058373458986890825155659063617715863205282622390509284183439858617103083735673849899204570498157510656.000000%
float	1e+300	.0f	ok	1000000000000000052504760255204420248704468581108159154915854115511802457988908195786371375080447864043704443832883878176942523235360430575644792184786706982848387200926575803737830233794788090059368953234970799945081119038967640880074652742780142494579258788820056842838115669472196386865459400540160
float	1e+300	.1f	ok	1000000000000000052504760255204420248704468581108159154915854115511802457988908195786371375080447864043704443832883878176942523235360430575644792184786706982848387200926575803737830233794788090059368953234970799945081119038967640880074652742780142494579258788820056842838115669472196386865459400540160.0
float	1e+300	.2f	ok	1000000000000000052504760255204420248704468581108159154915854115511802457988908195786371375080447864043704443832883878176942523235360430575644792184786706982848387200926575803737830233794788090059368953234970799945081119038967640880074652742780142494579258788820056842838115669472196386865459400540160.00
float	1e+300	.3f	ok	1000000000000000052504760255204420248704468581108159154915854115511802457988908195786371375080447864043704443832883878176942523235360430575644792184786706982848387200926575803737830233794788090059368953234970799945081119038967640880074652742780142494579258788820056842838115669472196386865459400540160.000
float	1e+300	.10f	ok	1000000000000000052504760255204420248704468581108159154915854115511802457988908195786371375080447864043704443832883878176942523235360430575644792184786706982848387200926575803737830233794788090059368953234970799945081119038967640880074652742780142494579258788820056842838115669472196386865459400540160.0000000000
float	1e+300	.20f	ok	1000000000000000052504760255204420248704468581108159154915854115511802457988908195786371375080447864043704443832883878176942523235360430575644792184786706982848387200926575803737830233794788090059368953234970799945081119038967640880074652742780142494579258788820056842838115669472196386865459400540160.00000000000000000000
float	1e+300	.0e	ok	1e+300
float	1e+300	.2e	ok	1.00e+300
float	1e+300	.3E	ok	1.000E+300
float	1e+300	.17g	ok	1.0000000000000001e+300
float	1e+300	.0g	ok	1e+300
float	1e+300	.1g	ok	1e+300
float	1e+300	.3g	ok	1e+300
float	1e+300	.6g	ok	1e+300
float	1e+300	.12g	ok	1e+300
float	1e+300	#g	ok	1.00000e+300
float	1e+300	#.3g	ok	1.00e+300
float	1e+300	#.0f	ok	1000000000000000052504760255204420248704468581108159154915854115511802457988908195786371375080447864043704443832883878176942523235360430575644792184786706982848387200926575803737830233794788090059368953234970799945081119038967640880074652742780142494579258788820056842838115669472196386865459400540160.
float	1e+300	#.0e	ok	1.e+300
float	1e+300	#	ok	1.e+300
float	1e+300	.3	ok	1e+300
float	1e+300	.1	ok	1e+300
float	1e+300	.0	ok	1e+300
float	1e+300	#.3	ok	1.00e+300
float	1e+300	,	ok	1e+300
float	1e+300	_	ok	1e+300
float	1e+300	,.2f	ok	1,000,000,000,000,000,052,504,760,255,204,420,248,704,468,581,108,159,154,915,854,115,511,802,457,988,908,195,786,371,375,080,447,864,043,704,443,832,883,878,176,942,523,235,360,430,575,644,792,184,786,706,982,848,387,200,926,575,803,737,830,233,794,788,090,059,368,953,234,970,799,945,081,119,038,967,640,880,074,652,742,780,142,494,579,258,788,820,056,842,838,115,669,472,196,386,865,459,400,540,160.00
float	1e+300	_.3f	ok	1_000_000_000_000_000_052_504_760_255_204_420_248_704_468_581_108_159_154_915_854_115_511_802_457_988_908_195_786_371_375_080_447_864_043_704_443_832_883_878_176_942_523_235_360_430_575_644_792_184_786_706_982_848_387_200_926_575_803_737_830_233_794_788_090_059_368_953_234_970_799_945_081_119_038_967_640_880_074_652_742_780_142_494_579_258_788_820_056_842_838_115_669_472_196_386_865_459_400_540_160.000
float	1e+300	,g	ok	1e+300
float	1e+300	,.3e	ok	1.000e+300
float	1e+300	10	ok	    1e+300
float	1e+300	<10	ok	1e+300    
float	1e+300	^10	ok	  1e+300  
float	1e+300	=10	ok	    1e+300
float	1e+300	010	ok	00001e+300
float	1e+300	012,.2f	ok	1,000,000,000,000,000,052,504,760,255,204,420,248,704,468,581,108,159,154,915,854,115,511,802,457,988,908,195,786,371,375,080,447,864,043,704,443,832,883,878,176,942,523,235,360,430,575,644,792,184,786,706,982,848,387,200,926,575,803,737,830,233,794,788,090,059,368,953,234,970,799,945,081,119,038,967,640,880,074,652,742,780,142,494,579,258,788,820,056,842,838,115,669,472,196,386,865,459,400,540,160.00
float	1e+300	+	ok	+1e+300
float	1e+300	 	ok	 1e+300
float	1e+300	+.2f	ok	+1000000000000000052504760255204420248704468581108159154915854115511802457988908195786371375080447864043704443832883878176942523235360430575644792184786706982848387200926575803737830233794788090059368953234970799945081119038967640880074652742780142494579258788820056842838115669472196386865459400540160.00
float	1e+300	 .2f	ok	 1000000000000000052504760255204420248704468581108159154915854115511802457988908195786371375080447864043704443832883878176942523235360430575644792184786706982848387200926575803737830233794788090059368953234970799945081119038967640880074652742780142494579258788820056842838115669472196386865459400540160.00
float	1e+300	z	ok	1e+300
float	1e+300	z.1f	ok	1000000000000000052504760255204420248704468581108159154915854115511802457988908195786371375080447864043704443832883878176942523235360430575644792184786706982848387200926575803737830233794788090059368953234970799945081119038967640880074652742780142494579258788820056842838115669472196386865459400540160.0
float	1e+300	z.0f	ok	1000000000000000052504760255204420248704468581108159154915854115511802457988908195786371375080447864043704443832883878176942523235360430575644792184786706982848387200926575803737830233794788090059368953234970799945081119038967640880074652742780142494579258788820056842838115669472196386865459400540160
float	1e+300	+z.2e	ok	+1.00e+300
float	1e+300	.1%	ok	100000000000000007629703079084894925347346855150656811701601734206211380288125794484142188964691784076639747577138548761372210387844799938291815611350519830750167649856488981626536368095414607314235151058373458986890825155659063617715863205282622390509284183439858617103083735673849899204570498157510656.0%
float	1e+300	,.0%	ok	100,000,000,000,000,007,629,703,079,084,894,925,347,346,855,150,656,811,701,601,734,206,211,380,288,125,794,484,142,188,964,691,784,076,639,747,577,138,548,761,372,210,387,844,799,938,291,815,611,350,519,830,750,167,649,856,488,981,626,536,368,095,414,607,314,235,151,058,373,458,986,890,825,155,659,063,617,715,863,205,282,622,390,509,284,183,439,858,617,103,083,735,673,849,899,204,570,498,157,510,656%
float	1e+300	*>15.3f	ok	1000000000000000052504760255204420248704468581108159154915854115511802457988908195786371375080447864043704443832883878176942523235360430575644792184786706982848387200926575803737830233794788090059368953234970799945081119038967640880074652742780142494579258788820056842838115669472196386865459400540160.000
float	1e+300	08.3e	ok	1.000e+300
float	1e+300	-08.3e	ok	1.000e+300
float	1e+300	x	ValueError	Unknown format code 'x' for object of type 'float'
float	1e+300	d	ValueError	Unknown format code 'd' for object of type 'float'
float	1e+300	c	ValueError	Unknown format code 'c' for object of type 'float'
float	1e+300	s	ValueError	Unknown format code 's' for object of type 'float'
float	1e+300	.2d	ValueError	Unknown format code 'd' for object of type 'float'
float	1e+300	,n	ValueError	Cannot specify ',' with 'n'.
float	1e+300	_n	ValueError	Cannot specify '_' with 'n'.
float	1e+300	.500f	ok	1000000000000000052504760255204420248704468581108159154915854115511802457988908195786371375080447864043704443832883878176942523235360430575644792184786706982848387200926575803737830233794788090059368953234970799945081119038967640880074652742780142494579258788820056842838115669472196386865459400540160.00000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000
float	1e+300	030	ok	0000000000000000000000001e+300
float	1e+300	0=30,	ok	0,000,000,000,000,000,001e+300
float	1e+300	.1000e	ok	1.0000000000000000525047602552044202487044685811081591549158541155118024579889081957863713750804478640437044438328838781769425232353604305756447921847867069828483872009265758037378302337947880900593689532349707999450811190389676408800746527427801424945792587888200568428381156694721963868654594005401600000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000e+300
float	1e+300	+#.0g	ok	+1.e+300
float	5e-324		ok	5e-324
float	5e-324	e	ok	4.940656e-324
float	5e-324	E	ok	4.940656E-324
float	5e-324	f	ok	0.000000
float	5e-324	F	ok	0.000000
float	5e-324	g	ok	4.94066e-324
float	5e-324	G	ok	4.94066E-324
float	5e-324	n	ok	4.94066e-324
float	5e-324	%	ok	0.000000%
float	5e-324	.0f	ok	0
float	5e-324	.1f	ok	0.0
float	5e-324	.2f	ok	0.00
float	5e-324	.3f	ok	0.000
float	5e-324	.10f	ok	0.0000000000
float	5e-324	.20f	ok	0.00000000000000000000
float	5e-324	.0e	ok	5e-324
float	5e-324	.2e	ok	4.94e-324
float	5e-324	.3E	ok	4.941E-324
float	5e-324	.17g	ok	4.9406564584124654e-324
float	5e-324	.0g	ok	5e-324
float	5e-324	.1g	ok	5e-324
float	5e-324	.3g	ok	4.94e-324
float	5e-324	.6g	ok	4.94066e-324
float	5e-324	.12g	ok	4.94065645841e-324
float	5e-324	#g	ok	4.94066e-324
float	5e-324	#.3g	ok	4.94e-324
float	5e-324	#.0f	ok	0.
float	5e-324	#.0e	ok	5.e-324
float	5e-324	#	ok	5.e-324
float	5e-324	.3	ok	4.94e-324
float	5e-324	.1	ok	5e-324
float	5e-324	.0	ok	5e-324
float	5e-324	#.3	ok	4.94e-324
float	5e-324	,	ok	5e-324
float	5e-324	_	ok	5e-324
float	5e-324	,.2f	ok	0.00
float	5e-324	_.3f	ok	0.000
float	5e-324	,g	ok	4.94066e-324
float	5e-324	,.3e	ok	4.941e-324
float	5e-324	10	ok	    5e-324
float	5e-324	<10	ok	5e-324    
float	5e-324	^10	ok	  5e-324  
float	5e-324	=10	ok	    5e-324
float	5e-324	010	ok	00005e-324
float	5e-324	012,.2f	ok	0,000,000.00
float	5e-324	+	ok	+5e-324
float	5e-324	 	ok	 5e-324
float	5e-324	+.2f	ok	+0.00
float	5e-324	 .2f	ok	 0.00
float	5e-324	z	ok	5e-324
float	5e-324	z.1f	ok	0.0
float	5e-324	z.0f	ok	0
float	5e-324	+z.2e	ok	+4.94e-324
float	5e-324	.1%	ok	0.0%
float	5e-324	,.0%	ok	0%
float	5e-324	*>15.3f	ok	**********0.000
float	5e-324	08.3e	ok	4.941e-324
float	5e-324	-08.3e	ok	4.941e-324
float	5e-324	x	ValueError	Unknown format code 'x' for object of type 'float'
float	5e-324	d	ValueError	Unknown format code 'd' for object of type 'float'
float	5e-324	c	ValueError	Unknown format code 'c' for object of type 'float'
float	5e-324	s	ValueError	Unknown format code 's' for object of type 'float'
float	5e-324	.2d	ValueError	Unknown format code 'd' for object of type 'float'
float	5e-324	,n	ValueError	Cannot specify ',' with 'n'.
float	5e-324	_n	ValueError	Cannot specify '_' with 'n'.
float	5e-324	.500f	ok	0.00000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000494065645841246544176568792868221372365059802614324764425585682500675507270208751865299836361635992379796564695445717730926656710355939796398774796010781878126300713190311404528
float	5e-324	030	ok	0000000000000000000000005e-324
float	5e-324	0=30,	ok	0,000,000,000,000,000,005e-324
float	5e-324	.1000e	ok	4.9406564584124654417656879286822137236505980261432476442558568250067550727020875186529983636163599237979656469544571773092665671035593979639877479601078187812630071319031140452784581716784898210368871863605699873072305000638740915356498438731247339727316961514003171538539807412623856559117102665855668676818703956031062493194527159149245532930545654440112748012970999954193198940908041656332452475714786901472678015935523861155013480352649347201937902681071074917033322268447533357208324319360923828934583680601060115061698097530783422773183292479049825247307763759272478746560847782037344696995336470179726777175851256605511991315048911014510378627381672509558373897335989936648099411642057026370902792427675445652290875386825064197182655334472656250000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000e-324
float	5e-324	+#.0g	ok	+5.e-324
float	inf		ok	inf
float	inf	e	ok	inf
float	inf	E	ok	INF
float	inf	f	ok	inf
float	inf	F	ok	INF
float	inf	g	ok	inf
float	inf	G	ok	INF
float	inf	n	ok	inf
float	inf	%	ok	inf%
float	inf	.0f	ok	inf
float	inf	.1f	ok	inf
float	inf	.2f	ok	inf
float	inf	.3f	ok	inf
float	inf	.10f	ok	inf
float	inf	.20f	ok	inf
float	inf	.0e	ok	inf
float	inf	.2e	ok	inf
float	inf	.3E	ok	INF
float	inf	.17g	ok	inf
float	inf	.0g	ok	inf
float	inf	.1g	ok	inf
float	inf	.3g	ok	inf
float	inf	.6g	ok	inf
float	inf	.12g	ok	inf
float	inf	#g	ok	inf
float	inf	#.3g	ok	inf
float	inf	#.0f	ok	inf
float	inf	#.0e	ok	inf
float	inf	#	ok	inf
float	inf	.3	ok	inf
float	inf	.1	ok	inf
float	inf	.0	ok	inf
float	inf	#.3	ok	inf
float	inf	,	ok	inf
float	inf	_	ok	inf
float	inf	,.2f	ok	inf
float	inf	_.3f	ok	inf
float	inf	,g	ok	inf
float	inf	,.3e	ok	inf
float	inf	10	ok	       inf
float	inf	<10	ok	inf       
float	inf	^10	ok	   inf    
float	inf	=10	ok	       inf
float	inf	010	ok	0000000inf
float	inf	012,.2f	ok	000000000inf
float	inf	+	ok	+inf
float	inf	 	ok	 inf
float	inf	+.2f	ok	+inf
float	inf	 .2f	ok	 inf
float	inf	z	ok	inf
float	inf	z.1f	ok	inf
float	inf	z.0f	ok	inf
float	inf	+z.2e	ok	+inf
float	inf	.1%	ok	inf%
float	inf	,.0%	ok	inf%
float	inf	*>15.3f	ok	************inf
float	inf	08.3e	ok	00000inf
float	inf	-08.3e	ok	00000inf
float	inf	x	ValueError	Unknown format code 'x' for object of type 'float'
float	inf	d	ValueError	Unknown format code 'd' for object of type 'float'
float	inf	c	ValueError	Unknown format code 'c' for object of type 'float'
float	inf	s	ValueError	Unknown format code 's' for object of type 'float'
float	inf	.2d	ValueError	Unknown format code 'd' for object of type 'float'
float	inf	,n	ValueError	Cannot specify ',' with 'n'.
float	inf	_n	ValueError	Cannot specify '_' with 'n'.
float	inf	.500f	ok	inf
float	inf	030	ok	000000000000000000000000000inf
float	inf	0=30,	ok	000000000000000000000000000inf
float	inf	.1000e	ok	inf
float	inf	+#.0g	ok	+inf
float	-inf		ok	-inf
float	-inf	e	ok	-inf
float	-inf	E	ok	-INF
float	-inf	f	ok	-inf
float	-inf	F	ok	-INF
float	-inf	g	ok	-inf
float	-inf	G	ok	-INF
float	-inf	n	ok	-inf
float	-inf	%	ok	-inf%
float	-inf	.0f	ok	-inf
float	-inf	.1f	ok	-inf
float	-inf	.2f	ok	-inf
float	-inf	.3f	ok	-inf
float	-inf	.10f	ok	-inf
float	-inf	.20f	ok	-inf
float	-inf	.0e	ok	-inf
float	-inf	.2e	ok	-inf
float	-inf	.3E	ok	-INF
float	-inf	.17g	ok	-inf
float	-inf	.0g	ok	-inf
float	-inf	.1g	ok	-inf
float	-inf	.3g	ok	-inf
float	-inf	.6g	ok	-inf
float	-inf	.12g	ok	-inf
float	-inf	#g	ok	-inf
float	-inf	#.3g	ok	-inf
float	-inf	#.0f	ok	-inf
float	-inf	#.0e	ok	-inf
float	-inf	#	ok	-inf
float	-inf	.3	ok	-inf
float	-inf	.1	ok	-inf
float	-inf	.0	ok	-inf
float	-inf	#.3	ok	-inf
float	-inf	,	ok	-inf
float	-inf	_	ok	-inf
float	-inf	,.2f	ok	-inf
float	-inf	_.3f	ok	-inf
float	-inf	,g	ok	-inf
float	-inf	,.3e	ok	-inf
float	-inf	10	ok	      -inf
float	-inf	<10	ok	-inf      
float	-inf	^10	ok	   -inf   
float	-inf	=10	ok	-      inf
float	-inf	010	ok	-000000inf
float	-inf	012,.2f	ok	-00000000inf
float	-inf	+	ok	-inf
float	-inf	 	ok	-inf
float	-inf	+.2f	ok	-inf
float	-inf	 .2f	ok	-inf
float	-inf	z	ok	-inf
float	-inf	z.1f	ok	-inf
float	-inf	z.0f	ok	-inf
float	-inf	+z.2e	ok	-inf
float	-inf	.1%	ok	-inf%
float	-inf	,.0%	ok	-inf%
float	-inf	*>15.3f	ok	***********-inf
float	-inf	08.3e	ok	-0000inf
float	-inf	-08.3e	ok	-0000inf
float	-inf	x	ValueError	Unknown format code 'x' for object of type 'float'
float	-inf	d	ValueError	Unknown format code 'd' for object of type 'float'
float	-inf	c	ValueError	Unknown format code 'c' for object of type 'float'
float	-inf	s	ValueError	Unknown format code 's' for object of type 'float'
float	-inf	.2d	ValueError	Unknown format code 'd' for object of type 'float'
float	-inf	,n	ValueError	Cannot specify ',' with 'n'.
float	-inf	_n	ValueError	Cannot specify '_' with 'n'.
float	-inf	.500f	ok	-inf
float	-inf	030	ok	-00000000000000000000000000inf
float	-inf	0=30,	ok	-00000000000000000000000000inf
float	-inf	.1000e	ok	-inf
float	-inf	+#.0g	ok	-inf
float	nan		ok	nan
float	nan	e	ok	nan
float	nan	E	ok	NAN
float	nan	f	ok	nan
float	nan	F	ok	NAN
float	nan	g	ok	nan
float	nan	G	ok	NAN
float	nan	n	ok	nan
float	nan	%	ok	nan%
float	nan	.0f	ok	nan
float	nan	.1f	ok	nan
float	nan	.2f	ok	nan
float	nan	.3f	ok	nan
float	nan	.10f	ok	nan
float	nan	.20f	ok	nan
float	nan	.0e	ok	nan
float	nan	.2e	ok	nan
float	nan	.3E	ok	NAN
float	nan	.17g	ok	nan
float	nan	.0g	ok	nan
float	nan	.1g	ok	nan
float	nan	.3g	ok	nan
float	nan	.6g	ok	nan
float	nan	.12g	ok	nan
float	nan	#g	ok	nan
float	nan	#.3g	ok	nan
float	nan	#.0f	ok	nan
float	nan	#.0e	ok	nan
float	nan	#	ok	nan
float	nan	.3	ok	nan
float	nan	.1	ok	nan
float	nan	.0	ok	nan
float	nan	#.3	ok	nan
float	nan	,	ok	nan
float	nan	_	ok	nan
float	nan	,.2f	ok	nan
float	nan	_.3f	ok	nan
float	nan	,g	ok	nan
float	nan	,.3e	ok	nan
float	nan	10	ok	       nan
float	nan	<10	ok	nan       
float	nan	^10	ok	   nan    
float	nan	=10	ok	       nan
float	nan	010	ok	0000000nan
float	nan	012,.2f	ok	000000000nan
float	nan	+	ok	+nan
float	nan	 	ok	 nan
float	nan	+.2f	ok	+nan
float	nan	 .2f	ok	 nan
float	nan	z	ok	nan
float	nan	z.1f	ok	nan
float	nan	z.0f	ok	nan
float	nan	+z.2e	ok	+nan
float	nan	.1%	ok	nan%
float	nan	,.0%	ok	nan%
float	nan	*>15.3f	ok	************nan
float	nan	08.3e	ok	00000nan
float	nan	-08.3e	ok	00000nan
float	nan	x	ValueError	Unknown format code 'x' for object of type 'float'
float	nan	d	ValueError	Unknown format code 'd' for object of type 'float'
float	nan	c	ValueError	Unknown format code 'c' for object of type 'float'
float	nan	s	ValueError	Unknown format code 's' for object of type 'float'
float	nan	.2d	ValueError	Unknown format code 'd' for object of type 'float'
float	nan	,n	ValueError	Cannot specify ',' with 'n'.
float	nan	_n	ValueError	Cannot specify '_' with 'n'.
float	nan	.500f	ok	nan
float	nan	030	ok	000000000000000000000000000nan
float	nan	0=30,	ok	000000000000000000000000000nan
float	nan	.1000e	ok	nan
float	nan	+#.0g	ok	+nan
float	0.1		ok	0.1
float	0.1	e	ok	1.000000e-01
float	0.1	E	ok	1.000000E-01
float	0.1	f	ok	0.100000
float	0.1	F	ok	0.100000
float	0.1	g	ok	0.1
float	0.1	G	ok	0.1
float	0.1	n	ok	0.1
float	0.1	%	ok	10.000000%
float	0.1	.0f	ok	0
float	0.1	.1f	ok	0.1
float	0.1	.2f	ok	0.10
float	0.1	.3f	ok	0.100
float	0.1	.10f	ok	0.1000000000
float	0.1	.20f	ok	0.10000000000000000555
float	0.1	.0e	ok	1e-01
float	0.1	.2e	ok	1.00e-01
float	0.1	.3E	ok	1.000E-01
float	0.1	.17g	ok	0.10000000000000001
float	0.1	.0g	ok	0.1
float	0.1	.1g	ok	0.1
float	0.1	.3g	ok	0.1
float	0.1	.6g	ok	0.1
float	0.1	.12g	ok	0.1
float	0.1	#g	ok	0.100000
float	0.1	#.3g	ok	0.100
float	0.1	#.0f	ok	0.
float	0.1	#.0e	ok	1.e-01
float	0.1	#	ok	0.1
float	0.1	.3	ok	0.1
float	0.1	.1	ok	0.1
float	0.1	.0	ok	0.1
float	0.1	#.3	ok	0.100
float	0.1	,	ok	0.1
float	0.1	_	ok	0.1
float	0.1	,.2f	ok	0.10
float	0.1	_.3f	ok	0.100
float	0.1	,g	ok	0.1
float	0.1	,.3e	ok	1.000e-01
float	0.1	10	ok	       0.1
float	0.1	<10	ok	0.1       
float	0.1	^10	ok	   0.1    
float	0.1	=10	ok	       0.1
float	0.1	010	ok	00000000.1
float	0.1	012,.2f	ok	0,000,000.10
float	0.1	+	ok	+0.1
float	0.1	 	ok	 0.1
float	0.1	+.2f	ok	+0.10
float	0.1	 .2f	ok	 0.10
float	0.1	z	ok	0.1
float	0.1	z.1f	ok	0.1
float	0.1	z.0f	ok	0
float	0.1	+z.2e	ok	+1.00e-01
float	0.1	.1%	ok	10.0%
float	0.1	,.0%	ok	10%
float	0.1	*>15.3f	ok	**********0.100
float	0.1	08.3e	ok	1.000e-01
float	0.1	-08.3e	ok	1.000e-01
float	0.1	x	ValueError	Unknown format code 'x' for object of type 'float'
float	0.1	d	ValueError	Unknown format code 'd' for object of type 'float'
float	0.1	c	ValueError	Unknown format code 'c' for object of type 'float'
float	0.1	s	ValueError	Unknown format code 's' for object of type 'float'
float	0.1	.2d	ValueError	Unknown format code 'd' for object of type 'float'
float	0.1	,n	ValueError	Cannot specify ',' with 'n'.
float	0.1	_n	ValueError	Cannot specify '_' with 'n'.
float	0.1	.500f	ok	0.10000000000000000555111512312578270211815834045410156250000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000
float	0.1	030	ok	0000000000000000000000000000.1
float	0.1	0=30,	ok	0,000,000,000,000,000,000,000.1
float	0.1	.1000e	ok	1.0000000000000000555111512312578270211815834045410156250000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000e-01
float	0.1	+#.0g	ok	+0.1
float	100.0		ok	100.0
float	100.0	e	ok	1.000000e+02
float	100.0	E	ok	1.000000E+02
float	100.0	f	ok	100.000000
float	100.0	F	ok	100.000000
float	100.0	g	ok	100
float	100.0	G	ok	100
float	100.0	n	ok	100
float	100.0	%	ok	10000.000000%
float	100.0	.0f	ok	100
float	100.0	.1f	ok	100.0
float	100.0	.2f	ok	100.00
float	100.0	.3f	ok	100.000
float	100.0	.10f	ok	100.0000000000
float	100.0	.20f	ok	100.00000000000000000000
float	100.0	.0e	ok	1e+02
float	100.0	.2e	ok	1.00e+02
float	100.0	.3E	ok	1.000E+02
float	100.0	.17g	ok	100
float	100.0	.0g	ok	1e+02
float	100.0	.1g	ok	1e+02
float	100.0	.3g	ok	100
float	100.0	.6g	ok	100
float	100.0	.12g	ok	100
float	100.0	#g	ok	100.000
float	100.0	#.3g	ok	100.
float	100.0	#.0f	ok	100.
float	100.0	#.0e	ok	1.e+02
float	100.0	#	ok	100.0
float	100.0	.3	ok	1e+02
float	100.0	.1	ok	1e+02
float	100.0	.0	ok	1e+02
float	100.0	#.3	ok	1.00e+02
float	100.0	,	ok	100.0
float	100.0	_	ok	100.0
float	100.0	,.2f	ok	100.00
float	100.0	_.3f	ok	100.000
float	100.0	,g	ok	100
float	100.0	,.3e	ok	1.000e+02
float	100.0	10	ok	     100.0
float	100.0	<10	ok	100.0     
float	100.0	^10	ok	  100.0   
float	100.0	=10	ok	     100.0
float	100.0	010	ok	00000100.0
float	100.0	012,.2f	ok	0,000,100.00
float	100.0	+	ok	+100.0
float	100.0	 	ok	 100.0
float	100.0	+.2f	ok	+100.00
float	100.0	 .2f	ok	 100.00
float	100.0	z	ok	100.0
float	100.0	z.1f	ok	100.0
float	100.0	z.0f	ok	100
float	100.0	+z.2e	ok	+1.00e+02
float	100.0	.1%	ok	10000.0%
float	100.0	,.0%	ok	10,000%
float	100.0	*>15.3f	ok	********100.000
float	100.0	08.3e	ok	1.000e+02
float	100.0	-08.3e	ok	1.000e+02
float	100.0	x	ValueError	Unknown format code 'x' for object of type 'float'
float	100.0	d	ValueError	Unknown format code 'd' for object of type 'float'
float	100.0	c	ValueError	Unknown format code 'c' for object of type 'float'
float	100.0	s	ValueError	Unknown format code 's' for object of type 'float'
float	100.0	.2d	ValueError	Unknown format code 'd' for object of type 'float'
float	100.0	,n	ValueError	Cannot specify ',' with 'n'.
float	100.0	_n	ValueError	Cannot specify '_' with 'n'.
float	100.0	.500f	ok	100.00000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000
float	100.0	030	ok	0000000000000000000000000100.0
float	100.0	0=30,	ok	0,000,000,000,000,000,000,100.0
float	100.0	.1000e	ok	1.0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000e+02
float	100.0	+#.0g	ok	+1.e+02
float	99.995		ok	99.995
float	99.995	e	ok	9.999500e+01
float	99.995	E	ok	9.999500E+01
float	99.995	f	ok	99.995000
float	99.995	F	ok	99.995000
float	99.995	g	ok	99.995
float	99.995	G	ok	99.995
float	99.995	n	ok	99.995
float	99.995	%	ok	9999.500000%
float	99.995	.0f	ok	100
float	99.995	.1f	ok	100.0
float	99.995	.2f	ok	100.00
float	99.995	.3f	ok	99.995
float	99.995	.10f	ok	99.9950000000
float	99.995	.20f	ok	99.99500000000000454747
float	99.995	.0e	ok	1e+02
float	99.995	.2e	ok	1.00e+02
float	99.995	.3E	ok	1.000E+02
float	99.995	.17g	ok	99.995000000000005
float	99.995	.0g	ok	1e+02
float	99.995	.1g	ok	1e+02
float	99.995	.3g	ok	100
float	99.995	.6g	ok	99.995
float	99.995	.12g	ok	99.995
float	99.995	#g	ok	99.9950
float	99.995	#.3g	ok	100.
float	99.995	#.0f	ok	100.
float	99.995	#.0e	ok	1.e+02
float	99.995	#	ok	99.995
float	99.995	.3	ok	1e+02
float	99.995	.1	ok	1e+02
float	99.995	.0	ok	1e+02
float	99.995	#.3	ok	1.00e+02
float	99.995	,	ok	99.995
float	99.995	_	ok	99.995
float	99.995	,.2f	ok	100.00
float	99.995	_.3f	ok	99.995
float	99.995	,g	ok	99.995
float	99.995	,.3e	ok	1.000e+02
float	99.995	10	ok	    99.995
float	99.995	<10	ok	99.995    
float	99.995	^10	ok	  99.995  
float	99.995	=10	ok	    99.995
float	99.995	010	ok	000099.995
float	99.995	012,.2f	ok	0,000,100.00
float	99.995	+	ok	+99.995
float	99.995	 	ok	 99.995
float	99.995	+.2f	ok	+100.00
float	99.995	 .2f	ok	 100.00
float	99.995	z	ok	99.995
float	99.995	z.1f	ok	100.0
float	99.995	z.0f	ok	100
float	99.995	+z.2e	ok	+1.00e+02
float	99.995	.1%	ok	9999.5%
float	99.995	,.0%	ok	10,000%
float	99.995	*>15.3f	ok	*********99.995
float	99.995	08.3e	ok	1.000e+02
float	99.995	-08.3e	ok	1.000e+02
float	99.995	x	ValueError	Unknown format code 'x' for object of type 'float'
float	99.995	d	ValueError	Unknown format code 'd' for object of type 'float'
float	99.995	c	ValueError	Unknown format code 'c' for object of type 'float'
float	99.995	s	ValueError	Unknown format code 's' for object of type 'float'
float	99.995	.2d	ValueError	Unknown format code 'd' for object of type 'float'
float	99.995	,n	ValueError	Cannot specify ',' with 'n'.
float	99.995	_n	ValueError	Cannot specify '_' with 'n'.
float	99.995	.500f	ok	99.99500000000000454747350886464118957519531250000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000
float	99.995	030	ok	00000000000000000000000099.995
float	99.995	0=30,	ok	00,000,000,000,000,000,099.995
float	99.995	.1000e	ok	9.9995000000000004547473508864641189575195312500000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000e+01
float	99.995	+#.0g	ok	+1.e+02
float	9.5		ok	9.5
float	9.5	e	ok	9.500000e+00
float	9.5	E	ok	9.500000E+00
float	9.5	f	ok	9.500000
float	9.5	F	ok	9.500000
float	9.5	g	ok	9.5
float	9.5	G	ok	9.5
float	9.5	n	ok	9.5
float	9.5	%	ok	950.000000%
float	9.5	.0f	ok	10
float	9.5	.1f	ok	9.5
float	9.5	.2f	ok	9.50
float	9.5	.3f	ok	9.500
float	9.5	.10f	ok	9.5000000000
float	9.5	.20f	ok	9.50000000000000000000
float	9.5	.0e	ok	1e+01
float	9.5	.2e	ok	9.50e+00
float	9.5	.3E	ok	9.500E+00
float	9.5	.17g	ok	9.5
float	9.5	.0g	ok	1e+01
float	9.5	.1g	ok	1e+01
float	9.5	.3g	ok	9.5
float	9.5	.6g	ok	9.5
float	9.5	.12g	ok	9.5
float	9.5	#g	ok	9.50000
float	9.5	#.3g	ok	9.50
float	9.5	#.0f	ok	10.
float	9.5	#.0e	ok	1.e+01
float	9.5	#	ok	9.5
float	9.5	.3	ok	9.5
float	9.5	.1	ok	1e+01
float	9.5	.0	ok	1e+01
float	9.5	#.3	ok	9.50
float	9.5	,	ok	9.5
float	9.5	_	ok	9.5
float	9.5	,.2f	ok	9.50
float	9.5	_.3f	ok	9.500
float	9.5	,g	ok	9.5
float	9.5	,.3e	ok	9.500e+00
float	9.5	10	ok	       9.5
float	9.5	<10	ok	9.5       
float	9.5	^10	ok	   9.5    
float	9.5	=10	ok	       9.5
float	9.5	010	ok	00000009.5
float	9.5	012,.2f	ok	0,000,009.50
float	9.5	+	ok	+9.5
float	9.5	 	ok	 9.5
float	9.5	+.2f	ok	+9.50
float	9.5	 .2f	ok	 9.50
float	9.5	z	ok	9.5
float	9.5	z.1f	ok	9.5
float	9.5	z.0f	ok	10
float	9.5	+z.2e	ok	+9.50e+00
float	9.5	.1%	ok	950.0%
float	9.5	,.0%	ok	950%
float	9.5	*>15.3f	ok	**********9.500
float	9.5	08.3e	ok	9.500e+00
float	9.5	-08.3e	ok	9.500e+00
float	9.5	x	ValueError	Unknown format code 'x' for object of type 'float'
float	9.5	d	ValueError	Unknown format code 'd' for object of type 'float'
float	9.5	c	ValueError	Unknown format code 'c' for object of type 'float'
float	9.5	s	ValueError	Unknown format code 's' for object of type 'float'
float	9.5	.2d	ValueError	Unknown format code 'd' for object of type 'float'
float	9.5	,n	ValueError	Cannot specify ',' with 'n'.
float	9.5	_n	ValueError	Cannot specify '_' with 'n'.
float	9.5	.500f	ok	9.50000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000
float	9.5	030	ok	0000000000000000000000000009.5
float	9.5	0=30,	ok	0,000,000,000,000,000,000,009.5
float	9.5	.1000e	ok	9.5000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000e+00
float	9.5	+#.0g	ok	+1.e+01
float	0.0001234		ok	0.0001234
float	0.0001234	e	ok	1.234000e-04
float	0.0001234	E	ok	1.234000E-04
float	0.0001234	f	ok	0.000123
float	0.0001234	F	ok	0.000123
float	0.0001234	g	ok	0.0001234
float	0.0001234	G	ok	0.0001234
float	0.0001234	n	ok	0.0001234
float	0.0001234	%	ok	0.012340%
float	0.0001234	.0f	ok	0
float	0.0001234	.1f	ok	0.0
float	0.0001234	.2f	ok	0.00
float	0.0001234	.3f	ok	0.000
float	0.0001234	.10f	ok	0.0001234000
float	0.0001234	.20f	ok	0.00012339999999999999
float	0.0001234	.0e	ok	1e-04
float	0.0001234	.2e	ok	1.23e-04
float	0.0001234	.3E	ok	1.234E-04
float	0.0001234	.17g	ok	0.00012339999999999999
float	0.0001234	.0g	ok	0.0001
float	0.0001234	.1g	ok	0.0001
float	0.0001234	.3g	ok	0.000123
float	0.0001234	.6g	ok	0.0001234
float	0.0001234	.12g	ok	0.0001234
float	0.0001234	#g	ok	0.000123400
float	0.0001234	#.3g	ok	0.000123
float	0.0001234	#.0f	ok	0.
float	0.0001234	#.0e	ok	1.e-04
float	0.0001234	#	ok	0.0001234
float	0.0001234	.3	ok	0.000123
float	0.0001234	.1	ok	0.0001
float	0.0001234	.0	ok	0.0001
float	0.0001234	#.3	ok	0.000123
float	0.0001234	,	ok	0.0001234
float	0.0001234	_	ok	0.0001234
float	0.0001234	,.2f	ok	0.00
float	0.0001234	_.3f	ok	0.000
float	0.0001234	,g	ok	0.0001234
float	0.0001234	,.3e	ok	1.234e-04
float	0.0001234	10	ok	 0.0001234
float	0.0001234	<10	ok	0.0001234 
float	0.0001234	^10	ok	0.0001234 
float	0.0001234	=10	ok	 0.0001234
float	0.0001234	010	ok	00.0001234
float	0.0001234	012,.2f	ok	0,000,000.00
float	0.0001234	+	ok	+0.0001234
float	0.0001234	 	ok	 0.0001234
float	0.0001234	+.2f	ok	+0.00
float	0.0001234	 .2f	ok	 0.00
float	0.0001234	z	ok	0.0001234
float	0.0001234	z.1f	ok	0.0
float	0.0001234	z.0f	ok	0
float	0.0001234	+z.2e	ok	+1.23e-04
float	0.0001234	.1%	ok	0.0%
float	0.0001234	,.0%	ok	0%
float	0.0001234	*>15.3f	ok	**********0.000
float	0.0001234	08.3e	ok	1.234e-04
float	0.0001234	-08.3e	ok	1.234e-04
float	0.0001234	x	ValueError	Unknown format code 'x' for object of type 'float'
float	0.0001234	d	ValueError	Unknown format code 'd' for object of type 'float'
float	0.0001234	c	ValueError	Unknown format code 'c' for object of type 'float'
float	0.0001234	s	ValueError	Unknown format code 's' for object of type 'float'
float	0.0001234	.2d	ValueError	Unknown format code 'd' for object of type 'float'
float	0.0001234	,n	ValueError	Cannot specify ',' with 'n'.
float	0.0001234	_n	ValueError	Cannot specify '_' with 'n'.
float	0.0001234	.500f	ok	0.00012339999999999999081602697348358788076438941061496734619140625000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000
float	0.0001234	030	ok	0000000000000000000000.0001234
float	0.0001234	0=30,	ok	00,000,000,000,000,000.0001234
float	0.0001234	.1000e	ok	1.2339999999999999081602697348358788076438941061496734619140625000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000e-04
float	0.0001234	+#.0g	ok	+0.0001
float	1e+22		ok	1e+22
float	1e+22	e	ok	1.000000e+22
float	1e+22	E	ok	1.000000E+22
float	1e+22	f	ok	10000000000000000000000.000000
float	1e+22	F	ok	10000000000000000000000.000000
float	1e+22	g	ok	1e+22
float	1e+22	G	ok	1E+22
float	1e+22	n	ok	1e+22
float	1e+22	%	ok	999999999999999983222784.000000%
float	1e+22	.0f	ok	10000000000000000000000
float	1e+22	.1f	ok	10000000000000000000000.0
float	1e+22	.2f	ok	10000000000000000000000.00
float	1e+22	.3f	ok	10000000000000000000000.000
float	1e+22	.10f	ok	10000000000000000000000.0000000000
float	1e+22	.20f	ok	10000000000000000000000.00000000000000000000
float	1e+22	.0e	ok	1e+22
float	1e+22	.2e	ok	1.00e+22
float	1e+22	.3E	ok	1.000E+22
float	1e+22	.17g	ok	1e+22
float	1e+22	.0g	ok	1e+22
float	1e+22	.1g	ok	1e+22
float	1e+22	.3g	ok	1e+22
float	1e+22	.6g	ok	1e+22
float	1e+22	.12g	ok	1e+22
float	1e+22	#g	ok	1.00000e+22
float	1e+22	#.3g	ok	1.00e+22
float	1e+22	#.0f	ok	10000000000000000000000.
float	1e+22	#.0e	ok	1.e+22
float	1e+22	#	ok	1.e+22
float	1e+22	.3	ok	1e+22
float	1e+22	.1	ok	1e+22
float	1e+22	.0	ok	1e+22
float	1e+22	#.3	ok	1.00e+22
float	1e+22	,	ok	1e+22
float	1e+22	_	ok	1e+22
float	1e+22	,.2f	ok	10,000,000,000,000,000,000,000.00
float	1e+22	_.3f	ok	10_000_000_000_000_000_000_000.000
float	1e+22	,g	ok	1e+22
float	1e+22	,.3e	ok	1.000e+22
float	1e+22	10	ok	     1e+22
float	1e+22	<10	ok	1e+22     
float	1e+22	^10	ok	  1e+22   
float	1e+22	=10	ok	     1e+22
float	1e+22	010	ok	000001e+22
float	1e+22	012,.2f	ok	10,000,000,000,000,000,000,000.00
float	1e+22	+	ok	+1e+22
float	1e+22	 	ok	 1e+22
float	1e+22	+.2f	ok	+10000000000000000000000.00
float	1e+22	 .2f	ok	 10000000000000000000000.00
float	1e+22	z	ok	1e+22
float	1e+22	z.1f	ok	10000000000000000000000.0
float	1e+22	z.0f	ok	10000000000000000000000
float	1e+22	+z.2e	ok	+1.00e+22
float	1e+22	.1%	ok	999999999999999983222784.0%
float	1e+22	,.0%	ok	999,999,999,999,999,983,222,784%
float	1e+22	*>15.3f	ok	10000000000000000000000.000
float	1e+22	08.3e	ok	1.000e+22
float	1e+22	-08.3e	ok	1.000e+22
float	1e+22	x	ValueError	Unknown format code 'x' for object of type 'float'
float	1e+22	d	ValueError	Unknown format code 'd' for object of type 'float'
float	1e+22	c	ValueError	Unknown format code 'c' for object of type 'float'
float	1e+22	s	ValueError	Unknown format code 's' for object of type 'float'
float	1e+22	.2d	ValueError	Unknown format code 'd' for object of type 'float'
float	1e+22	,n	ValueError	Cannot specify ',' with 'n'.
float	1e+22	_n	ValueError	Cannot specify '_' with 'n'.
float	1e+22	.500f	ok	10000000000000000000000.00000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000
float	1e+22	030	ok	00000000000000000000000001e+22
float	1e+22	0=30,	ok	00,000,000,000,000,000,001e+22
float	1e+22	.1000e	ok	1.0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000e+22
float	1e+22	+#.0g	ok	+1.e+22
float	-0.0004		ok	-0.0004
float	-0.0004	e	ok	-4.000000e-04
float	-0.0004	E	ok	-4.000000E-04
float	-0.0004	f	ok	-0.000400
float	-0.0004	F	ok	-0.000400
float	-0.0004	g	ok	-0.0004
float	-0.0004	G	ok	-0.0004
float	-0.0004	n	ok	-0.0004
float	-0.0004	%	ok	-0.040000%
float	-0.0004	.0f	ok	-0
float	-0.0004	.1f	ok	-0.0
float	-0.0004	.2f	ok	-0.00
float	-0.0004	.3f	ok	-0.000
float	-0.0004	.10f	ok	-0.0004000000
float	-0.0004	.20f	ok	-0.00040000000000000002
float	-0.0004	.0e	ok	-4e-04
float	-0.0004	.2e	ok	-4.00e-04
float	-0.0004	.3E	ok	-4.000E-04
float	-0.0004	.17g	ok	-0.00040000000000000002
float	-0.0004	.0g	ok	-0.0004
float	-0.0004	.1g	ok	-0.0004
float	-0.0004	.3g	ok	-0.0004
float	-0.0004	.6g	ok	-0.0004
float	-0.0004	.12g	ok	-0.0004
float	-0.0004	#g	ok	-0.000400000
float	-0.0004	#.3g	ok	-0.000400
float	-0.0004	#.0f	ok	-0.
float	-0.0004	#.0e	ok	-4.e-04
float	-0.0004	#	ok	-0.0004
float	-0.0004	.3	ok	-0.0004
float	-0.0004	.1	ok	-0.0004
float	-0.0004	.0	ok	-0.0004
float	-0.0004	#.3	ok	-0.000400
float	-0.0004	,	ok	-0.0004
float	-0.0004	_	ok	-0.0004
float	-0.0004	,.2f	ok	-0.00
float	-0.0004	_.3f	ok	-0.000
float	-0.0004	,g	ok	-0.0004
float	-0.0004	,.3e	ok	-4.000e-04
float	-0.0004	10	ok	   -0.0004
float	-0.0004	<10	ok	-0.0004   
float	-0.0004	^10	ok	 -0.0004  
float	-0.0004	=10	ok	-   0.0004
float	-0.0004	010	ok	-0000.0004
float	-0.0004	012,.2f	ok	-0,000,000.00
float	-0.0004	+	ok	-0.0004
float	-0.0004	 	ok	-0.0004
float	-0.0004	+.2f	ok	-0.00
float	-0.0004	 .2f	ok	-0.00
float	-0.0004	z	ok	-0.0004
float	-0.0004	z.1f	ok	0.0
float	-0.0004	z.0f	ok	0
float	-0.0004	+z.2e	ok	-4.00e-04
float	-0.0004	.1%	ok	-0.0%
float	-0.0004	,.0%	ok	-0%
float	-0.0004	*>15.3f	ok	*********-0.000
float	-0.0004	08.3e	ok	-4.000e-04
float	-0.0004	-08.3e	ok	-4.000e-04
float	-0.0004	x	ValueError	Unknown format code 'x' for object of type 'float'
float	-0.0004	d	ValueError	Unknown format code 'd' for object of type 'float'
float	-0.0004	c	ValueError	Unknown format code 'c' for object of type 'float'
float	-0.0004	s	ValueError	Unknown format code 's' for object of type 'float'
float	-0.0004	.2d	ValueError	Unknown format code 'd' for object of type 'float'
float	-0.0004	,n	ValueError	Cannot specify ',' with 'n'.
float	-0.0004	_n	ValueError	Cannot specify '_' with 'n'.
float	-0.0004	.500f	ok	-0.00040000000000000001916869440954371839325176551938056945800781250000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000
float	-0.0004	030	ok	-000000000000000000000000.0004
float	-0.0004	0=30,	ok	-0,000,000,000,000,000,000.0004
float	-0.0004	.1000e	ok	-4.0000000000000001916869440954371839325176551938056945800781250000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000e-04
float	-0.0004	+#.0g	ok	-0.0004
str			ok	
str		s	ok	
str		10	ok	          
str		<10	ok	          
str		>10	ok	          
str		^10	ok	          
str		*^9	ok	*********
str		.1	ok	
str		.2s	ok	
str		^7.2	ok	       
str		5.0	ok	     
str		05	ok	00000
str		0>5	ok	00000
str		=5	ValueError	'=' alignment not allowed in string format specifier
str		+	ValueError	Sign not allowed in string format specifier
str		-	ValueError	Sign not allowed in string format specifier
str		 	ValueError	Space not allowed in string format specifier
str		#	ValueError	Alternate form (#) not allowed in string format specifier
str		z	ValueError	Negative zero coercion (z) not allowed in string format specifier
str		d	ValueError	Unknown format code 'd' for object of type 'str'
str		x	ValueError	Unknown format code 'x' for object of type 'str'
str		,	ValueError	Cannot specify ',' with 's'.
str		_	ValueError	Cannot specify '_' with 's'.
str		,s	ValueError	Cannot specify ',' with 's'.
str		\u{e9}^6	ok	\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}
str		.	ValueError	Format specifier missing precision
str		ab	ValueError	Invalid format specifier 'ab' for object of type 'str'
str		\u{1f600}<4	ok	\u{1f600}\u{1f600}\u{1f600}\u{1f600}
str	a		ok	a
str	a	s	ok	a
str	a	10	ok	a         
str	a	<10	ok	a         
str	a	>10	ok	         a
str	a	^10	ok	    a     
str	a	*^9	ok	****a****
str	a	.1	ok	a
str	a	.2s	ok	a
str	a	^7.2	ok	   a   
str	a	5.0	ok	     
str	a	05	ok	a0000
str	a	0>5	ok	0000a
str	a	=5	ValueError	'=' alignment not allowed in string format specifier
str	a	+	ValueError	Sign not allowed in string format specifier
str	a	-	ValueError	Sign not allowed in string format specifier
str	a	 	ValueError	Space not allowed in string format specifier
str	a	#	ValueError	Alternate form (#) not allowed in string format specifier
str	a	z	ValueError	Negative zero coercion (z) not allowed in string format specifier
str	a	d	ValueError	Unknown format code 'd' for object of type 'str'
str	a	x	ValueError	Unknown format code 'x' for object of type 'str'
str	a	,	ValueError	Cannot specify ',' with 's'.
str	a	_	ValueError	Cannot specify '_' with 's'.
str	a	,s	ValueError	Cannot specify ',' with 's'.
str	a	\u{e9}^6	ok	\u{e9}\u{e9}a\u{e9}\u{e9}\u{e9}
str	a	.	ValueError	Format specifier missing precision
str	a	ab	ValueError	Invalid format specifier 'ab' for object of type 'str'
str	a	\u{1f600}<4	ok	a\u{1f600}\u{1f600}\u{1f600}
str	abc		ok	abc
str	abc	s	ok	abc
str	abc	10	ok	abc       
str	abc	<10	ok	abc       
str	abc	>10	ok	       abc
str	abc	^10	ok	   abc    
str	abc	*^9	ok	***abc***
str	abc	.1	ok	a
str	abc	.2s	ok	ab
str	abc	^7.2	ok	  ab   
str	abc	5.0	ok	     
str	abc	05	ok	abc00
str	abc	0>5	ok	00abc
str	abc	=5	ValueError	'=' alignment not allowed in string format specifier
str	abc	+	ValueError	Sign not allowed in string format specifier
str	abc	-	ValueError	Sign not allowed in string format specifier
str	abc	 	ValueError	Space not allowed in string format specifier
str	abc	#	ValueError	Alternate form (#) not allowed in string format specifier
str	abc	z	ValueError	Negative zero coercion (z) not allowed in string format specifier
str	abc	d	ValueError	Unknown format code 'd' for object of type 'str'
str	abc	x	ValueError	Unknown format code 'x' for object of type 'str'
str	abc	,	ValueError	Cannot specify ',' with 's'.
str	abc	_	ValueError	Cannot specify '_' with 's'.
str	abc	,s	ValueError	Cannot specify ',' with 's'.
str	abc	\u{e9}^6	ok	\u{e9}abc\u{e9}\u{e9}
str	abc	.	ValueError	Format specifier missing precision
str	abc	ab	ValueError	Invalid format specifier 'ab' for object of type 'str'
str	abc	\u{1f600}<4	ok	abc\u{1f600}
str	hello world		ok	hello world
str	hello world	s	ok	hello world
str	hello world	10	ok	hello world
str	hello world	<10	ok	hello world
str	hello world	>10	ok	hello world
str	hello world	^10	ok	hello world
str	hello world	*^9	ok	hello world
str	hello world	.1	ok	h
str	hello world	.2s	ok	he
str	hello world	^7.2	ok	  he   
str	hello world	5.0	ok	     
str	hello world	05	ok	hello world
str	hello world	0>5	ok	hello world
str	hello world	=5	ValueError	'=' alignment not allowed in string format specifier
str	hello world	+	ValueError	Sign not allowed in string format specifier
str	hello world	-	ValueError	Sign not allowed in string format specifier
str	hello world	 	ValueError	Space not allowed in string format specifier
str	hello world	#	ValueError	Alternate form (#) not allowed in string format specifier
str	hello world	z	ValueError	Negative zero coercion (z) not allowed in string format specifier
str	hello world	d	ValueError	Unknown format code 'd' for object of type 'str'
str	hello world	x	ValueError	Unknown format code 'x' for object of type 'str'
str	hello world	,	ValueError	Cannot specify ',' with 's'.
str	hello world	_	ValueError	Cannot specify '_' with 's'.
str	hello world	,s	ValueError	Cannot specify ',' with 's'.
str	hello world	\u{e9}^6	ok	hello world
str	hello world	.	ValueError	Format specifier missing precision
str	hello world	ab	ValueError	Invalid format specifier 'ab' for object of type 'str'
str	hello world	\u{1f600}<4	ok	hello world
str	\u{e9}		ok	\u{e9}
str	\u{e9}	s	ok	\u{e9}
str	\u{e9}	10	ok	\u{e9}         
str	\u{e9}	<10	ok	\u{e9}         
str	\u{e9}	>10	ok	         \u{e9}
str	\u{e9}	^10	ok	    \u{e9}     
str	\u{e9}	*^9	ok	****\u{e9}****
str	\u{e9}	.1	ok	\u{e9}
str	\u{e9}	.2s	ok	\u{e9}
str	\u{e9}	^7.2	ok	   \u{e9}   
str	\u{e9}	5.0	ok	     
str	\u{e9}	05	ok	\u{e9}0000
str	\u{e9}	0>5	ok	0000\u{e9}
str	\u{e9}	=5	ValueError	'=' alignment not allowed in string format specifier
str	\u{e9}	+	ValueError	Sign not allowed in string format specifier
str	\u{e9}	-	ValueError	Sign not allowed in string format specifier
str	\u{e9}	 	ValueError	Space not allowed in string format specifier
str	\u{e9}	#	ValueError	Alternate form (#) not allowed in string format specifier
str	\u{e9}	z	ValueError	Negative zero coercion (z) not allowed in string format specifier
str	\u{e9}	d	ValueError	Unknown format code 'd' for object of type 'str'
str	\u{e9}	x	ValueError	Unknown format code 'x' for object of type 'str'
str	\u{e9}	,	ValueError	Cannot specify ',' with 's'.
str	\u{e9}	_	ValueError	Cannot specify '_' with 's'.
str	\u{e9}	,s	ValueError	Cannot specify ',' with 's'.
str	\u{e9}	\u{e9}^6	ok	\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}
str	\u{e9}	.	ValueError	Format specifier missing precision
str	\u{e9}	ab	ValueError	Invalid format specifier 'ab' for object of type 'str'
str	\u{e9}	\u{1f600}<4	ok	\u{e9}\u{1f600}\u{1f600}\u{1f600}
str	\u{fc}n\u{ef}		ok	\u{fc}n\u{ef}
str	\u{fc}n\u{ef}	s	ok	\u{fc}n\u{ef}
str	\u{fc}n\u{ef}	10	ok	\u{fc}n\u{ef}       
str	\u{fc}n\u{ef}	<10	ok	\u{fc}n\u{ef}       
str	\u{fc}n\u{ef}	>10	ok	       \u{fc}n\u{ef}
str	\u{fc}n\u{ef}	^10	ok	   \u{fc}n\u{ef}    
str	\u{fc}n\u{ef}	*^9	ok	***\u{fc}n\u{ef}***
str	\u{fc}n\u{ef}	.1	ok	\u{fc}
str	\u{fc}n\u{ef}	.2s	ok	\u{fc}n
str	\u{fc}n\u{ef}	^7.2	ok	  \u{fc}n   
str	\u{fc}n\u{ef}	5.0	ok	     
str	\u{fc}n\u{ef}	05	ok	\u{fc}n\u{ef}00
str	\u{fc}n\u{ef}	0>5	ok	00\u{fc}n\u{ef}
str	\u{fc}n\u{ef}	=5	ValueError	'=' alignment not allowed in string format specifier
str	\u{fc}n\u{ef}	+	ValueError	Sign not allowed in string format specifier
str	\u{fc}n\u{ef}	-	ValueError	Sign not allowed in string format specifier
str	\u{fc}n\u{ef}	 	ValueError	Space not allowed in string format specifier
str	\u{fc}n\u{ef}	#	ValueError	Alternate form (#) not allowed in string format specifier
str	\u{fc}n\u{ef}	z	ValueError	Negative zero coercion (z) not allowed in string format specifier
str	\u{fc}n\u{ef}	d	ValueError	Unknown format code 'd' for object of type 'str'
str	\u{fc}n\u{ef}	x	ValueError	Unknown format code 'x' for object of type 'str'
str	\u{fc}n\u{ef}	,	ValueError	Cannot specify ',' with 's'.
str	\u{fc}n\u{ef}	_	ValueError	Cannot specify '_' with 's'.
str	\u{fc}n\u{ef}	,s	ValueError	Cannot specify ',' with 's'.
str	\u{fc}n\u{ef}	\u{e9}^6	ok	\u{e9}\u{fc}n\u{ef}\u{e9}\u{e9}
str	\u{fc}n\u{ef}	.	ValueError	Format specifier missing precision
str	\u{fc}n\u{ef}	ab	ValueError	Invalid format specifier 'ab' for object of type 'str'
str	\u{fc}n\u{ef}	\u{1f600}<4	ok	\u{fc}n\u{ef}\u{1f600}
str	\u{65e5}\u{672c}\u{8a9e}		ok	\u{65e5}\u{672c}\u{8a9e}
str	\u{65e5}\u{672c}\u{8a9e}	s	ok	\u{65e5}\u{672c}\u{8a9e}
str	\u{65e5}\u{672c}\u{8a9e}	10	ok	\u{65e5}\u{672c}\u{8a9e}       
str	\u{65e5}\u{672c}\u{8a9e}	<10	ok	\u{65e5}\u{672c}\u{8a9e}       
str	\u{65e5}\u{672c}\u{8a9e}	>10	ok	       \u{65e5}\u{672c}\u{8a9e}
str	\u{65e5}\u{672c}\u{8a9e}	^10	ok	   \u{65e5}\u{672c}\u{8a9e}    
str	\u{65e5}\u{672c}\u{8a9e}	*^9	ok	***\u{65e5}\u{672c}\u{8a9e}***
str	\u{65e5}\u{672c}\u{8a9e}	.1	ok	\u{65e5}
str	\u{65e5}\u{672c}\u{8a9e}	.2s	ok	\u{65e5}\u{672c}
str	\u{65e5}\u{672c}\u{8a9e}	^7.2	ok	  \u{65e5}\u{672c}   
str	\u{65e5}\u{672c}\u{8a9e}	5.0	ok	     
str	\u{65e5}\u{672c}\u{8a9e}	05	ok	\u{65e5}\u{672c}\u{8a9e}00
str	\u{65e5}\u{672c}\u{8a9e}	0>5	ok	00\u{65e5}\u{672c}\u{8a9e}
str	\u{65e5}\u{672c}\u{8a9e}	=5	ValueError	'=' alignment not allowed in string format specifier
str	\u{65e5}\u{672c}\u{8a9e}	+	ValueError	Sign not allowed in string format specifier
str	\u{65e5}\u{672c}\u{8a9e}	-	ValueError	Sign not allowed in string format specifier
str	\u{65e5}\u{672c}\u{8a9e}	 	ValueError	Space not allowed in string format specifier
str	\u{65e5}\u{672c}\u{8a9e}	#	ValueError	Alternate form (#) not allowed in string format specifier
str	\u{65e5}\u{672c}\u{8a9e}	z	ValueError	Negative zero coercion (z) not allowed in string format specifier
str	\u{65e5}\u{672c}\u{8a9e}	d	ValueError	Unknown format code 'd' for object of type 'str'
str	\u{65e5}\u{672c}\u{8a9e}	x	ValueError	Unknown format code 'x' for object of type 'str'
str	\u{65e5}\u{672c}\u{8a9e}	,	ValueError	Cannot specify ',' with 's'.
str	\u{65e5}\u{672c}\u{8a9e}	_	ValueError	Cannot specify '_' with 's'.
str	\u{65e5}\u{672c}\u{8a9e}	,s	ValueError	Cannot specify ',' with 's'.
str	\u{65e5}\u{672c}\u{8a9e}	\u{e9}^6	ok	\u{e9}\u{65e5}\u{672c}\u{8a9e}\u{e9}\u{e9}
str	\u{65e5}\u{672c}\u{8a9e}	.	ValueError	Format specifier missing precision
str	\u{65e5}\u{672c}\u{8a9e}	ab	ValueError	Invalid format specifier 'ab' for object of type 'str'
str	\u{65e5}\u{672c}\u{8a9e}	\u{1f600}<4	ok	\u{65e5}\u{672c}\u{8a9e}\u{1f600}
float	-0.003523344703336753	,.2f	ok	-0.00
float	-811739916120.6349	.1f	ok	-811739916120.6
float	-1.327086326752283e-05	.7f	ok	-0.0000133
float	0.0006537042493440761	,.2f	ok	0.00
float	1.7108284528077347e-06	.17g	ok	1.7108284528077347e-06
float	-16172191285.706951	.17	ok	-16172191285.706951
float	-638547240152.125	.18f	ok	-638547240152.125000000000000000
float	9.548893141911575e-06		ok	9.548893141911575e-06
float	3607999.463635718	.18g	ok	3607999.46363571798
float	-0.04004660062726353	,.2f	ok	-0.04
float	-97.67280889488873	.14f	ok	-97.67280889488873
float	0.0023865661295098253	.10f	ok	0.0023865661
float	9.240381668242196e-05	.10	ok	9.240381668e-05
float	-299643224.5616633	.2g	ok	-3e+08
float	-51803325160711.07	.9g	ok	-5.18033252e+13
float	433255588796607.2	.0e	ok	4e+14
float	221839086.9661537	.4	ok	2.218e+08
float	-504770.33260617143		ok	-504770.33260617143
float	0.000988798182880748	.8g	ok	0.00098879818
float	365446.11877490324	.4e	ok	3.6545e+05
float	-5.360862663609286	.18g	ok	-5.36086266360928576
float	-0.004361385553465247	.17e	ok	-4.36138555346524733e-03
float	3809873142.7195573	.14	ok	3809873142.7196
float	595746.2423931321		ok	595746.2423931321
float	2.68579131371418e-06	.2e	ok	2.69e-06
float	-7801433899990.671	,.2f	ok	-7,801,433,899,990.67
float	-79707.12639548071	,.2f	ok	-79,707.13
float	-24754127638711.805		ok	-24754127638711.805
float	-754315538.4756103	.14f	ok	-754315538.47561025619507
float	-7.117650195630251e+16	,.2f	ok	-71,176,501,956,302,512.00
float	-9538085579.095037	,.2f	ok	-9,538,085,579.10
float	-40382061930744.0	.8e	ok	-4.03820619e+13
float	-2.8860766035410905	.10	ok	-2.886076604
float	-5.539166537936297e+17	.7e	ok	-5.5391665e+17
float	3527.7448487011134	.8g	ok	3527.7448
float	-6127101079743.813	.11f	ok	-6127101079743.81347656250
float	-5.5907535400752515		ok	-5.5907535400752515
float	2481327948756.3647	.11	ok	2.4813279488e+12
float	-830443027099239.8	.12e	ok	-8.304430270992e+14
float	-13214984850383.654		ok	-13214984850383.654
float	4.867054216086418e-05	.5e	ok	4.86705e-05
float	18162460.483390234	.15	ok	18162460.4833902
float	0.008749350212575125	.17f	ok	0.00874935021257513
float	5.9871402339473624e+16		ok	5.9871402339473624e+16
float	0.9730988423786002	.8g	ok	0.97309884
float	2323839672496775.0		ok	2323839672496775.0
float	6.6838999287893875e-06		ok	6.6838999287893875e-06
float	6542793649.095457	,.2f	ok	6,542,793,649.10
float	-96259026.418916	.19e	ok	-9.6259026418916001916e+07
float	-7168820578829.509	.10	ok	-7.168820579e+12
float	3669742540.6073685	.3e	ok	3.670e+09
float	-6.17387737677737e-06	.3f	ok	-0.000
float	5.199862851800332e-05	,.2f	ok	0.00
float	243229448706387.78		ok	243229448706387.78
float	0.1550371857734211		ok	0.1550371857734211
float	-0.0007257311282062971	.2	ok	-0.00073
float	-5.187224830934603e-05	.4	ok	-5.187e-05
float	28691.59975686148	.8e	ok	2.86915998e+04
float	0.0004933641843870897	.15e	ok	4.933641843870897e-04
float	4126471047.3301706	.13g	ok	4126471047.33
float	-3.62948863324612e+16		ok	-3.62948863324612e+16
float	-1.1908379639459587e-07	,.2f	ok	-0.00
float	0.0009215494254870832	.2g	ok	0.00092
float	-9.208236201718647e+17	.13	ok	-9.208236201719e+17
float	63.795795956256335	,.2f	ok	63.80
float	-107.75913291909616		ok	-107.75913291909616
float	79.05704240860653	.0f	ok	79
float	2.163548448119855	.2f	ok	2.16
float	-32169644543.07277	.13f	ok	-32169644543.0727691650391
float	0.5383005305434345	.5e	ok	5.38301e-01
float	-596.4635024629999	.16g	ok	-596.4635024629999
float	-108626253901592.11	.11g	ok	-1.086262539e+14
float	-9.261012969114466e-07		ok	-9.261012969114466e-07
float	-50864096.0832792	,.2f	ok	-50,864,096.08
float	669227.8666604455	.6g	ok	669228
float	-6027510340171079.0	.20f	ok	-6027510340171079.00000000000000000000
float	6.73976676610389e-07	.20e	ok	6.73976676610389004756e-07
float	-889197825126575.5	.7	ok	-8.891978e+14
float	-41388301.483932905	.5f	ok	-41388301.48393
float	-4735.138660052218	.7g	ok	-4735.139
float	-0.05642682856830372		ok	-0.05642682856830372
float	-44214225556308.03	.6f	ok	-44214225556308.031250
float	-4.7166262839668584e-05		ok	-4.7166262839668584e-05
float	-955.011706059485	.7e	ok	-9.5501171e+02
float	3150873466253455.5	.12e	ok	3.150873466253e+15
float	-4316468428946.1724	.16	ok	-4316468428946.172
float	-1415105948768240.8	,.2f	ok	-1,415,105,948,768,240.75
float	6.698751868740527e-07	.18f	ok	0.000000669875186874
float	-91627579729120.14	,.2f	ok	-91,627,579,729,120.14
float	-8.984393681918516e-07	.7g	ok	-8.984394e-07
float	-9.933713457443042e-05	.16f	ok	-0.0000993371345744
float	491455819.2608999	.7	ok	4.914558e+08
float	5.1288280196812055	.20f	ok	5.12882801968120549674
float	-41979671858747.95	.9f	ok	-41979671858747.953125000
float	1994.1054504253086	.8f	ok	1994.10545043
float	-35158603.47954929	.6g	ok	-3.51586e+07
float	417.7418428143216	,.2f	ok	417.74
float	-6.01499940280994e-05	.15f	ok	-0.000060149994028
float	63979538.53997365	.8f	ok	63979538.53997365
float	0.0016294473544214807	,.2f	ok	0.00
float	6404340212.295679		ok	6404340212.295679
float	795411391.2007992		ok	795411391.2007992
float	363176.2333327576		ok	363176.2333327576
float	-3678.4390925006046	.0f	ok	-3678
float	0.8797620523929426	.0f	ok	1
float	-214201235917.79092	.2f	ok	-214201235917.79
float	-4.387245908124766e-06	.4g	ok	-4.387e-06
float	-1275.185121452365	.0	ok	-1e+03
float	-19991667697.692093	.1	ok	-2e+10
float	-1782279692462.025	.4f	ok	-1782279692462.0249
float	82381048689.45036	.15g	ok	82381048689.4504
float	-43.65079209540507	.12g	ok	-43.6507920954
float	-33635950724457.273	.12f	ok	-33635950724457.273437500000
float	-584254957.7265265		ok	-584254957.7265265
float	-14515395254.498627	.2g	ok	-1.5e+10
float	1117.4817519030464	.7f	ok	1117.4817519
float	4993152.152093574		ok	4993152.152093574
float	-4.5952030512387923e+17	.15e	ok	-4.595203051238792e+17
float	3735063598.0659328	.6e	ok	3.735064e+09
float	-23087848127250.176	.13e	ok	-2.3087848127250e+13
float	-9355130132257958.0	.15f	ok	-9355130132257958.000000000000000
float	-2169578085.804209	.14e	ok	-2.16957808580421e+09
float	-6912432290.305462	,.2f	ok	-6,912,432,290.31
float	5.5372323154727e-07	.1	ok	6e-07
float	0.004300432548490502	.13	ok	0.004300432548491
float	0.000527688102604936		ok	0.000527688102604936
float	-4782362397971.298		ok	-4782362397971.298
float	-4427.926993528014	.7e	ok	-4.4279270e+03
float	9.400447081116401e-08	.13f	ok	0.0000000940045
float	-611769549573805.4	.13e	ok	-6.1176954957381e+14
float	33471.009767535914	.10	ok	33471.00977
float	-158886308039428.56	.9	ok	-1.58886308e+14
float	6.902994439732788e-05	.15e	ok	6.902994439732788e-05
float	-5.383823742700507	,.2f	ok	-5.38
float	-6.25373573653755		ok	-6.25373573653755
float	-8.912832407213886e-07	.1	ok	-9e-07
float	-879729.491709101	.10e	ok	-8.7972949171e+05
float	-0.03415144802528096	.14g	ok	-0.034151448025281
float	328859.7274627881	.11f	ok	328859.72746278811
float	-99.42585516237915	,.2f	ok	-99.43
float	0.9285424315751339	.12f	ok	0.928542431575
float	-901485328.2979655	.11e	ok	-9.01485328298e+08
float	-3.5338162833081396e+16	.0e	ok	-4e+16
float	6.236490551443144e+17		ok	6.236490551443144e+17
float	-8.748401134708812e-06	.2g	ok	-8.7e-06
float	-4553706745062.634	.10g	ok	-4.553706745e+12
float	-9.924567681316726e+17	.20e	ok	-9.92456768131672576000e+17
float	-7854772586347305.0		ok	-7854772586347305.0
float	-734585450.170943	,.2f	ok	-734,585,450.17
float	-5277.149777442247	,.2f	ok	-5,277.15
float	-6.053764165686758e+17	.2	ok	-6.1e+17
float	-93227256116.73311	.17f	ok	-93227256116.73310852050781250
float	97.5647659185008		ok	97.5647659185008
float	-30494632060509.176		ok	-30494632060509.176
float	-78152468497937.31	.3g	ok	-7.82e+13
float	-44.12061785625785		ok	-44.12061785625785
float	-5.051417472103772	.9g	ok	-5.05141747
float	-87.03918099989059	.7	ok	-87.03918
float	61688578278634.6		ok	61688578278634.6
float	7.656500461563871	.11e	ok	7.65650046156e+00
float	-0.7615667425037748	.6g	ok	-0.761567
float	0.002533800700496626	.14f	ok	0.00253380070050
float	2749145864866236.0	.6g	ok	2.74915e+15
float	-3.199668803607005e-06	.6f	ok	-0.000003
float	6376662.154085821	.11f	ok	6376662.15408582054
float	-593184455.7603214	.17f	ok	-593184455.76032137870788574
float	591687744785796.1	.17f	ok	591687744785796.12500000000000000
float	306116.70261158515		ok	306116.70261158515
float	906.3776739144428	.18f	ok	906.377673914442766545
float	72849.27482405693	.6e	ok	7.284927e+04
float	8839748.204630103		ok	8839748.204630103
float	15559.132222589758	.14f	ok	15559.13222258975838
float	10309571240092.512	.11	ok	1.030957124e+13
float	8.926125938976533e-05	.9e	ok	8.926125939e-05
float	0.0008509995798333994	.15e	ok	8.509995798333994e-04
float	6.745845815997675e-06	.15f	ok	0.000006745845816
float	8084416942642.669	,.2f	ok	8,084,416,942,642.67
float	692702758.2543036		ok	692702758.2543036
float	0.08770981061144548	.11e	ok	8.77098106114e-02
float	0.9413845945132177	.1f	ok	0.9
float	-22032696.605444316	.9g	ok	-22032696.6
float	1652493.215986914		ok	1652493.215986914
float	-6.424721624944318e-07		ok	-6.424721624944318e-07
float	5.271303894903548e+17	.14f	ok	527130389490354816.00000000000000
float	-86575.86853436251	,.2f	ok	-86,575.87
float	2.0322496549722155e-07	.2	ok	2e-07
float	-3.725483003610957e+16		ok	-3.725483003610957e+16
float	0.0030549131260615542	.2e	ok	3.05e-03
float	-736765042.2196376	.7g	ok	-7.36765e+08
float	22.088928157359014		ok	22.088928157359014
float	-7128554097.687991	,.2f	ok	-7,128,554,097.69
float	120.1394554077345		ok	120.1394554077345
float	-67.75413060699141	.10f	ok	-67.7541306070
float	5.365314562726205e-06	,.2f	ok	0.00
float	0.00016008737219465829	.12	ok	0.000160087372195
float	59.53412111322019	.18g	ok	59.5341211132201877
float	-3.383422976040961e-05	.5g	ok	-3.3834e-05
float	63.96485942022021	.10	ok	63.96485942
float	-9.964180626404318e-06		ok	-9.964180626404318e-06
float	2.5355970324560767e-07	.4f	ok	0.0000
float	-891213938554.8907	.3g	ok	-8.91e+11
float	682262.2156529059	.9e	ok	6.822622157e+05
float	-267530938.62638554	.7	ok	-2.675309e+08
float	-0.0007013738386205869		ok	-0.0007013738386205869
float	6.231410542762254e-07	,.2f	ok	0.00
float	29120820.132602006	.16e	ok	2.9120820132602006e+07
float	8.070069402515824e-06	.17e	ok	8.07006940251582422e-06
float	-5.246623879787831e-06	.17	ok	-5.2466238797878311e-06
float	0.008818412154504383	.16	ok	0.008818412154504383
float	2831399353630.021	.9g	ok	2.83139935e+12
float	2.5192762983576604e+16		ok	2.5192762983576604e+16
float	49037489.16426259	.20e	ok	4.90374891642625927925e+07
float	99.32209567022575	.1g	ok	1e+02
float	7825478576072163.0	.17	ok	7825478576072163.0
float	-1278945552.4483788	.8f	ok	-1278945552.44837880
float	7.600904033694949e-07	.8e	ok	7.60090403e-07
float	4923.026996099711		ok	4923.026996099711
float	81513678806912.78	.16	ok	81513678806912.78
float	-9.872365764152593e-07	.7e	ok	-9.8723658e-07
float	-216873889824.4194	.2f	ok	-216873889824.42
float	-0.0009461949003950798	.4	ok	-0.0009462
float	-9.425347442795356e-06	.1	ok	-9e-06
float	-8.643446156861593e-06	,.2f	ok	-0.00
float	7.825604329133549e-05	.3e	ok	7.826e-05
float	-7.760605509003903e-06		ok	-7.760605509003903e-06
float	-0.0008002458194992882	.9g	ok	-0.000800245819
float	-1.5246922878683185e-07	.1	ok	-2e-07
float	5197.039599422261	,.2f	ok	5,197.04
float	4913097.92265018	.16g	ok	4913097.92265018
float	-6.211665712804405e-07	,.2f	ok	-0.00
float	0.06396223051415334	.16g	ok	0.06396223051415334
float	5.243620388287073e-06		ok	5.243620388287073e-06
float	0.03904158889766319	.11g	ok	0.039041588898
float	0.01560147843341513	.6e	ok	1.560148e-02
float	-78015351386798.45	.3	ok	-7.8e+13
float	-0.0003467115706858477	.13	ok	-0.0003467115706858
float	-0.9496519361145797	,.2f	ok	-0.95
float	-65779044658981.055	,.2f	ok	-65,779,044,658,981.05
float	5.089513613169608e+17	,.2f	ok	508,951,361,316,960,768.00
float	-0.0034667959031861755		ok	-0.0034667959031861755
float	-1.2240393923131586e+17	.7g	ok	-1.224039e+17
float	-759640538290005.6	.6g	ok	-7.59641e+14
float	5094699815387.451	,.2f	ok	5,094,699,815,387.45
float	0.004435751361596713	.8	ok	0.0044357514
float	0.09898506716162944	.6e	ok	9.898507e-02
float	5.897755965904188e+16	.9f	ok	58977559659041880.000000000
float	0.0002759617255837098	.8f	ok	0.00027596
float	-9747653.991129829		ok	-9747653.991129829
float	-95.57654091445727		ok	-95.57654091445727
float	402323835700.4227	.7	ok	4.023238e+11
float	-0.0006369900905856667	.8	ok	-0.00063699009
float	4013003.572503745	.20g	ok	4013003.5725037450902
float	698882913.9408445	,.2f	ok	698,882,913.94
float	0.035049001367543936		ok	0.035049001367543936
float	0.0008163839276823335	.8e	ok	8.16383928e-04
float	0.43243215652989875	,.2f	ok	0.43
float	-590036158.0059514	,.2f	ok	-590,036,158.01
float	-3.1429635866956948e+16	,.2f	ok	-31,429,635,866,956,948.00
float	0.0005254032750828865	.20g	ok	0.00052540327508288650702
float	-451285.56517009914		ok	-451285.56517009914
float	257129545483778.47	.18e	ok	2.571295454837784688e+14
float	-393009.2343468872	.7e	ok	-3.9300923e+05
float	-6.709333042904856e+17	.15	ok	-6.70933304290486e+17
float	1.2410783351517818		ok	1.2410783351517818
float	9.922774626961695e+17	.4g	ok	9.923e+17
float	5.671869345109109	.13	ok	5.671869345109
float	-6.282205509905669e-07	.7g	ok	-6.282206e-07
float	-408998.80455148173	.20e	ok	-4.08998804551481734961e+05
float	857452.4119968514	.2e	ok	8.57e+05
float	6129.564093542076	.18e	ok	6.129564093542076080e+03
float	90353715527057.02	,.2f	ok	90,353,715,527,057.02
float	-7.1453489580491425	.14e	ok	-7.14534895804914e+00
float	80817454162.96172	.2	ok	8.1e+10
float	80328535875.54773	.15	ok	80328535875.5477
float	-5.737984548390587e-05	.17g	ok	-5.7379845483905869e-05
float	-0.0016192370304203417		ok	-0.0016192370304203417
float	-0.0006581168017591036	,.2f	ok	-0.00
float	1.992032507490767e+16	.14	ok	1.9920325074908e+16
float	125137962365247.08		ok	125137962365247.08
float	999900817284189.6	.11	ok	9.9990081728e+14
float	2.9304309231831903e-07	,.2f	ok	0.00
float	-3.165722661203833e+16	.13	ok	-3.165722661204e+16
float	-0.0007461968162863472	,.2f	ok	-0.00
float	0.5411487804700755	.10g	ok	0.5411487805
float	108.05521983981552	.15g	ok	108.055219839816
float	0.749835348556575	.16f	ok	0.7498353485565750
float	-3382.074655248411	.9f	ok	-3382.074655248
float	-20224331732.576294		ok	-20224331732.576294
float	-3.991872056052013e-07	,.2f	ok	-0.00
float	8196443698354.04	.19e	ok	8.1964436983540400391e+12
float	-92105162639912.7	.3	ok	-9.21e+13
float	-6.3740368382326e-06	.20g	ok	-6.3740368382325997908e-06
float	0.007438441488535803	.17e	ok	7.43844148853580259e-03
float	-1564.3058666228037		ok	-1564.3058666228037
float	1.3501476529470108e-06		ok	1.3501476529470108e-06
float	-865562319544994.1		ok	-865562319544994.1
float	53977329153.44399	.2e	ok	5.40e+10
float	79154455887919.98	.0	ok	8e+13
float	3.387324679146833e-05	.6f	ok	0.000034
float	-449108202467.0985	.5g	ok	-4.4911e+11
float	5480461678988012.0	.17	ok	5480461678988012.0
float	-3806450060312.287	.8f	ok	-3806450060312.28710938
float	-97054086799425.03	.12g	ok	-9.70540867994e+13
float	0.04588838458079	.1g	ok	0.05
float	8.975199248636251e+16	.14f	ok	89751992486362512.00000000000000
float	-27346880802672.26		ok	-27346880802672.26
float	55618665.7938991	.10g	ok	55618665.79
float	-87872438696254.3	.10e	ok	-8.7872438696e+13
float	202.27461803890697		ok	202.27461803890697
float	3696439173251.374	.9g	ok	3.69643917e+12
float	-4739108.939763457	.18e	ok	-4.739108939763456583e+06
float	623504830756.9692	.17g	ok	623504830756.96924
float	6911476083.194534	.6	ok	6.91148e+09
float	8.634454605322553		ok	8.634454605322553
float	41.667865524569294	,.2f	ok	41.67
float	-82459.80361677417	.12g	ok	-82459.8036168
float	7701879863.936903	.15e	ok	7.701879863936903e+09
float	-5.746127040339406e-05		ok	-5.746127040339406e-05
float	0.005592771100583279	.7f	ok	0.0055928
float	-25666332.79212944	.10g	ok	-25666332.79
float	-4389038455567.24	,.2f	ok	-4,389,038,455,567.24
float	-27368939120.904194	.6f	ok	-27368939120.904194
float	8.929991639682911e+17	.18f	ok	892999163968291072.000000000000000000
float	-0.03223136484475569	.12f	ok	-0.032231364845
float	1147604937796783.8	.14f	ok	1147604937796783.75000000000000
float	4.1275273202801636e-05	.7	ok	4.127527e-05
float	-820433498078286.4	.12e	ok	-8.204334980783e+14
float	-2.5817780247675652	.1g	ok	-3
float	-88144643749.66246	.16	ok	-88144643749.66246
float	4.7914131949375034e+17	.3g	ok	4.79e+17
float	0.5099014938738572	.14	ok	0.50990149387386
float	-7891.601253937874	.12g	ok	-7891.60125394
float	-0.003737371594241168		ok	-0.003737371594241168
float	0.4344534264890379	,.2f	ok	0.43
float	7.335039134784851e+16	.4f	ok	73350391347848512.0000
float	25674128.644397877	.10f	ok	25674128.6443978772
float	0.002563663030569565	.5	ok	0.0025637
float	-0.0009724464187958721		ok	-0.0009724464187958721
float	-5.064860559152595e-07	.18e	ok	-5.064860559152595065e-07
float	-0.00047865571840097123	.14e	ok	-4.78655718400971e-04
float	9.572435395934825e-06	.17g	ok	9.5724353959348252e-06
float	-7.616217843026948e+17	.11e	ok	-7.61621784303e+17
float	0.0008501595443211186	.12f	ok	0.000850159544
float	664.6463830243484	,.2f	ok	664.65
float	-0.0031818807854079585	.0e	ok	-3e-03
float	-2.798015857450757e-06	.6e	ok	-2.798016e-06
float	6867428895.850461	.7f	ok	6867428895.8504610
float	7.786506207072104e+16	.8e	ok	7.78650621e+16
float	2248666386291312.5	.6e	ok	2.248666e+15
float	-9799273004279242.0	.1g	ok	-1e+16
float	-32956119951966.766		ok	-32956119951966.766
float	-733436109542643.1	.8f	ok	-733436109542643.12500000
float	-67302.38392612748	,.2f	ok	-67,302.38
float	8642378217.841293	.11g	ok	8642378217.8
float	558248.7093088988	.3	ok	5.58e+05
float	-103929274.31481075	.0f	ok	-103929274
float	-5.1292437363525804e-05	.7f	ok	-0.0000513
float	-37617419286.87978	.3g	ok	-3.76e+10
float	-9646253014008.426	.18e	ok	-9.646253014008425781e+12
float	0.0004052906847627808	.5g	ok	0.00040529
float	-753901668.4167781	.18f	ok	-753901668.416778087615966797
float	-0.007569138943307025	.18e	ok	-7.569138943307024935e-03
float	33755122.97874901	.12	ok	33755122.9787
float	-1590318441832.033	.12g	ok	-1.59031844183e+12
float	-3.2290288208861955		ok	-3.2290288208861955
float	6.9526135267437545e-06	.16e	ok	6.9526135267437545e-06
float	740993237825276.4	,.2f	ok	740,993,237,825,276.38
float	-6250.084330251187	.6e	ok	-6.250084e+03
float	-721186.6018067605	.14f	ok	-721186.60180676053278
float	7312133407827.369	.8f	ok	7312133407827.36914062
float	24.251556546247286	.16e	ok	2.4251556546247286e+01
float	901.7317300948333	.3f	ok	901.732
float	-8793214470.99907	.2e	ok	-8.79e+09
float	-1200457196.8436184	.13g	ok	-1200457196.844
float	-5.131986180554205e-05	.7	ok	-5.131986e-05
float	-22669709919.10717	,.2f	ok	-22,669,709,919.11
float	-44.288285539066884	.7e	ok	-4.4288286e+01
float	24898.99912350753	.12e	ok	2.489899912351e+04
float	7.23730429292891	.10g	ok	7.237304293
float	-0.4303600359205515	,.2f	ok	-0.43
float	-86640.23636888825		ok	-86640.23636888825
float	-2.9177336789052186e+17		ok	-2.9177336789052186e+17
float	-32596.844929094917	,.2f	ok	-32,596.84
float	-8.098965177123754e+16		ok	-8.098965177123754e+16
float	7.416519538068252e-07		ok	7.416519538068252e-07
float	-205013156492.376		ok	-205013156492.376
float	7033706374806648.0	.11g	ok	7.0337063748e+15
float	-21863109579.50115	.19f	ok	-21863109579.5011482238769531250
float	574155863.3115538	,.2f	ok	574,155,863.31
float	-0.003919345616854335	.13f	ok	-0.0039193456169
float	6432.7597499134745	.19e	ok	6.4327597499134744794e+03
float	9.442411873705275e-07	.8g	ok	9.4424119e-07
float	8.406236549682166e+17	,.2f	ok	840,623,654,968,216,576.00
float	6.513524579594378e+16	.13f	ok	65135245795943776.0000000000000
float	18944.103533366928	.0e	ok	2e+04
float	-80206.74525272982	,.2f	ok	-80,206.75
float	-0.691559182407929	,.2f	ok	-0.69
float	798306241573.7554	.2g	ok	8e+11
float	-3.638444935283407e-05	.3	ok	-3.64e-05
float	7890221520501454.0	,.2f	ok	7,890,221,520,501,454.00
float	-4201472429.0128493	.16e	ok	-4.2014724290128493e+09
float	-879660179762.5693	.1	ok	-9e+11
float	-1.7716474815109778e-07		ok	-1.7716474815109778e-07
float	684315906442.6599		ok	684315906442.6599
float	537932553190.73425	.20e	ok	5.37932553190734252930e+11
float	1489354.4016103726	,.2f	ok	1,489,354.40
float	0.0005189917610509408	,.2f	ok	0.00
float	-1914666.8566155015	.0	ok	-2e+06
float	5411.619481271939	.7e	ok	5.4116195e+03
float	-93421920736715.14	.18e	ok	-9.342192073671514062e+13
float	-100323.17602630216	,.2f	ok	-100,323.18
float	5.281117701472761e-06	.1e	ok	5.3e-06
float	-0.055420102113517		ok	-0.055420102113517
float	-3926469025257.764	.7	ok	-3.926469e+12
float	-2204092789454752.2		ok	-2204092789454752.2
float	750615547.7728571	.7e	ok	7.5061555e+08
float	-0.028320790262506505	.12g	ok	-0.0283207902625
float	-77022730804.95816	.12f	ok	-77022730804.958160400391
float	-15544.595083854709		ok	-15544.595083854709
float	-4.328262754607344	.8g	ok	-4.3282628
float	6.097420477255194	,.2f	ok	6.10
float	0.00670015853456582	.14e	ok	6.70015853456582e-03
float	-0.26416569422306607	.20g	ok	-0.26416569422306607207
float	9018780809.037964	.4	ok	9.019e+09
float	9958386460059.852	.18e	ok	9.958386460059851562e+12
float	-1916987358.301339	.6f	ok	-1916987358.301339
float	8.518567460563128	.18g	ok	8.51856746056312808
float	-9699992926428494.0	.5e	ok	-9.69999e+15
float	0.00032549761073769187	.11g	ok	0.00032549761074
float	-6143513014031800.0	.2e	ok	-6.14e+15
float	633661.6384490146	.14	ok	633661.63844901
float	0.007655120287630078	.11	ok	0.0076551202876
float	5987821916283744.0	.13e	ok	5.9878219162837e+15
float	999879.0300892934	.3g	ok	1e+06
float	-7695365805791.585	,.2f	ok	-7,695,365,805,791.58
float	-0.6759738112881333	,.2f	ok	-0.68
float	-37816609994388.26	.15	ok	-37816609994388.3
float	415587.4631865439	.3	ok	4.16e+05
float	-4.273297503431026e-06	.7	ok	-4.273298e-06
float	-7776.253664921107	.13	ok	-7776.253664921
float	4.878660052066366e+16	.19f	ok	48786600520663664.0000000000000000000
float	-3019268.5207185918	,.2f	ok	-3,019,268.52
float	-8913987923176885.0		ok	-8913987923176885.0
float	5.2384463234686965e-06	.8e	ok	5.23844632e-06
float	93882870347589.19	.7f	ok	93882870347589.1875000
float	-66389.78815402719	.2e	ok	-6.64e+04
float	-7268935488725908.0	.15f	ok	-7268935488725908.000000000000000
float	3076308.5060195415	.20e	ok	3.07630850601954152808e+06
float	0.007693706409292715	.10	ok	0.007693706409
float	63078539249.258095		ok	63078539249.258095
float	0.0006623419255960789	.0e	ok	7e-04
float	-91.32064869950439		ok	-91.32064869950439
float	0.09257698075918606	.14g	ok	0.092576980759186
float	-6.638093209634475e-05	.1f	ok	-0.0
float	4945.81561045964		ok	4945.81561045964
float	-2331331089.424179	.2	ok	-2.3e+09
float	-4280537869372.3296	.20f	ok	-4280537869372.32958984375000000000
float	-7.22695071288224e-07	.4g	ok	-7.227e-07
float	-62853053268756.695	.9	ok	-6.28530533e+13
float	233590.17560889502	.20e	ok	2.33590175608895020559e+05
float	-26294854080.16627	.11f	ok	-26294854080.16627120972
float	-78552787651316.14		ok	-78552787651316.14
float	-9.397904461581492e-05	.19e	ok	-9.3979044615814924307e-05
float	0.037596799772231675	.4f	ok	0.0376
float	95807667.1361075	.15f	ok	95807667.136107504367828
float	-9359574639674.559	.16f	ok	-9359574639674.5585937500000000
float	3232501604.4524684	.13f	ok	3232501604.4524683952332
float	0.0332208334744096		ok	0.0332208334744096
float	608326726606092.0	.11f	ok	608326726606092.00000000000
float	854432929.112711		ok	854432929.112711
float	9236358643930.457	,.2f	ok	9,236,358,643,930.46
float	14225.082726988663	.4g	ok	1.423e+04
float	6080810554480.716	.14	ok	6080810554480.7
float	-829586846427350.5	.17g	ok	-829586846427350.5
float	59956941608.16609	.12e	ok	5.995694160817e+10
float	-0.6389966909806384	.8	ok	-0.63899669
float	-8100705565.87874		ok	-8100705565.87874
float	-546891219299.6347		ok	-546891219299.6347
float	35898669.17352842	.16	ok	35898669.17352842
float	0.0006770969146028236	.14	ok	0.00067709691460282
float	-0.0216074503298108	.18e	ok	-2.160745032981080047e-02
float	-2532715681766.882	.7g	ok	-2.532716e+12
float	-9165236947659986.0	.19f	ok	-9165236947659986.0000000000000000000
float	4148529.3411605107	.3	ok	4.15e+06
float	0.07415489607253899	.11f	ok	0.07415489607
float	-5214001033.751003	,.2f	ok	-5,214,001,033.75
float	-29311.497360996473	.17f	ok	-29311.49736099647270748
float	850713907334637.4	.6	ok	8.50714e+14
float	-106464013140.15442	.14f	ok	-106464013140.15441894531250
float	-85.24903535739668	.9	ok	-85.2490354
float	0.0033913124175102964		ok	0.0033913124175102964
float	-9723.986085540335	.4f	ok	-9723.9861
float	6.00908679323764e-06		ok	6.00908679323764e-06
float	9350587153178980.0	.14f	ok	9350587153178980.00000000000000
float	-2781350712.5865903	.9e	ok	-2.781350713e+09
float	-66054.43832400464		ok	-66054.43832400464
float	8748.247527134763	.18g	ok	8748.247527134763
float	-5.467659380955667	.4	ok	-5.468
float	34.194812392668425	.2g	ok	34
float	-286332524285.30414	,.2f	ok	-286,332,524,285.30
float	0.0008052791769938584	.20g	ok	0.00080527917699385837078
float	5.838045817849569	.10	ok	5.838045818
float	-27469366030533.566	.17g	ok	-27469366030533.566
float	-8791.01951357349	.15e	ok	-8.791019513573490e+03
float	61843.55353536406	.0	ok	6e+04
float	-9374622.397152323	,.2f	ok	-9,374,622.40
float	-867.3494436768459	.17	ok	-867.34944367684591
float	8748.591984185228	,.2f	ok	8,748.59
float	-642513181206.0292	.13	ok	-642513181206.0
float	7.366147029690996e-05	.5g	ok	7.3661e-05
float	9.29697606425283e+16	.7	ok	9.296976e+16
float	-9.598689493788146e-06	,.2f	ok	-0.00
float	0.2961879089410587	.7f	ok	0.2961879
float	-853110509969.7386	.0g	ok	-9e+11
float	7.387887898811046e-08	.0g	ok	7e-08
float	-3.464997281471891e+16	,.2f	ok	-34,649,972,814,718,912.00
float	3579.2727470966174	.5f	ok	3579.27275
float	2526.2247939097697		ok	2526.2247939097697
float	7.466284485697755e-07	.10f	ok	0.0000007466
float	-1697300581042828.2	.5e	ok	-1.69730e+15
float	-5790359058.580094	.11g	ok	-5790359058.6
float	77321822645.5159	.4e	ok	7.7322e+10
float	48.21660908859391	.9	ok	48.2166091
float	5452119044883999.0	,.2f	ok	5,452,119,044,883,999.00
float	5.92683544895053		ok	5.92683544895053
float	-8.004185757732232e+17		ok	-8.004185757732232e+17
float	5.1317651538677844e-05	.0f	ok	0
float	0.08654320987836923	.11	ok	0.086543209878
float	-0.07013692721298712	.11	ok	-0.070136927213
float	-514829047.89511806		ok	-514829047.89511806
float	-5.758149426604546e-07	.12	ok	-5.7581494266e-07
float	7.281182758612071e-06		ok	7.281182758612071e-06
float	88990133489739.75	.8g	ok	8.8990133e+13
float	4.185284589796437		ok	4.185284589796437
float	285.4194980663331		ok	285.4194980663331
float	7.261398871822264e+17	.8f	ok	726139887182226432.00000000
float	-336943581.64173365	.5e	ok	-3.36944e+08
float	0.1584484584946616		ok	0.1584484584946616
float	727.9338410466721	.3e	ok	7.279e+02
float	0.008232141927288252		ok	0.008232141927288252
float	3.6553912456592875e-05	.20g	ok	3.6553912456592875036e-05
float	9.593000098314317e-06	.18f	ok	0.000009593000098314
float	-7303364797714.205	.3	ok	-7.3e+12
float	-9601.297818374836	.3e	ok	-9.601e+03
float	5.083144349567266e-08	.4	ok	5.083e-08
float	4764225117.19478	.3f	ok	4764225117.195
float	-0.3011168245898086	.7f	ok	-0.3011168
float	-4.7070343391591605e-05		ok	-4.7070343391591605e-05
float	57903.76001092762	.1	ok	6e+04
float	-92.51964771792933		ok	-92.51964771792933
float	-15607651593.885931		ok	-15607651593.885931
float	0.0076335923984605725	.7g	ok	0.007633592
float	3.8733045177024184e+16	.12f	ok	38733045177024184.000000000000
float	6.861146482949347e-06	.10	ok	6.861146483e-06
float	29244705203.810963		ok	29244705203.810963
float	492412919.5113196		ok	492412919.5113196
float	-53113089762641.766	,.2f	ok	-53,113,089,762,641.77
float	-467180928396973.6	.17	ok	-467180928396973.62
float	-5534721773274.608	,.2f	ok	-5,534,721,773,274.61
float	178982235142.85986	.2g	ok	1.8e+11
float	478634119.7552439	.11e	ok	4.78634119755e+08
float	64377001.9141071	.20g	ok	64377001.914107099175
float	-2374758.2194562433		ok	-2374758.2194562433
float	-79439.41002372759	.14	ok	-79439.410023728
float	-823999.460413849	.14	ok	-823999.46041385
float	-0.004332003398717928	.0g	ok	-0.004
float	-22447488893661.65	.11g	ok	-2.2447488894e+13
float	60.311373146076804	,.2f	ok	60.31
float	-480665623281.37976	.17g	ok	-480665623281.37976
float	-48.875748750818396	.14f	ok	-48.87574875081840
float	-5966341.178372435	.1	ok	-6e+06
float	-11493.998206069484	.13	ok	-11493.99820607
float	21.48791076366068	,.2f	ok	21.49
float	-6167801472889041.0	.2g	ok	-6.2e+15
float	7.203574936208107e-05		ok	7.203574936208107e-05
float	-680053329845.6692		ok	-680053329845.6692
float	4018900.817570102		ok	4018900.817570102
float	-0.0020477096004381566		ok	-0.0020477096004381566
float	83330691465556.16		ok	83330691465556.16
float	-7.637616084508295		ok	-7.637616084508295
float	-8.234995030141809e+17	.1	ok	-8e+17
float	-6003.276301762504	,.2f	ok	-6,003.28
float	-7195603.251741142	.4g	ok	-7.196e+06
float	-6.194991839197408e-07	.8g	ok	-6.1949918e-07
float	-826771.0162246147	,.2f	ok	-826,771.02
float	771594888273176.0		ok	771594888273176.0
float	60394411438.85848	.8f	ok	60394411438.85848236
float	-58498752807305.82	.15g	ok	-58498752807305.8
float	8609.20485875747	.1	ok	9e+03
float	-37146680044.368095	.2f	ok	-37146680044.37
float	-45288584.79903297		ok	-45288584.79903297
float	86971798.13356295		ok	86971798.13356295
float	0.000716247627724313	.4e	ok	7.1625e-04
float	-9.716179680466883e+16	.7	ok	-9.71618e+16
float	4.408647965633641e+16	.6e	ok	4.408648e+16
float	5550913500466656.0	.6f	ok	5550913500466656.000000
float	-5.96745360132268e-05	.8	ok	-5.9674536e-05
float	811756662166214.4	.13f	ok	811756662166214.3750000000000
float	-67971171.68288371	.10	ok	-67971171.68
float	0.0012114969967838586	.8e	ok	1.21149700e-03
float	77.771484375	.3f	ok	77.771
float	205259.0	.5f	ok	205259.00000
float	49804.0	.4f	ok	49804.0000
float	114.36279296875	.8f	ok	114.36279297
float	181978.25	.3f	ok	181978.250
float	60876.75	.2f	ok	60876.75
float	7042.796875	.6f	ok	7042.796875
float	59964.0	.5f	ok	59964.00000
float	62.52880859375	.3f	ok	62.529
float	1343.744140625	.8f	ok	1343.74414062
float	2389.90625	.7f	ok	2389.9062500
float	182425.0	.7f	ok	182425.0000000
float	233149.0	.3f	ok	233149.000
float	15884.03125	.4f	ok	15884.0312
float	612.123046875	.8f	ok	612.12304688
float	198245.0	.3f	ok	198245.000
float	572.2421875	.4f	ok	572.2422
float	50316.8125	.4f	ok	50316.8125
float	33.1806640625	.1f	ok	33.2
float	21.5	.3f	ok	21.500
float	123784.5	.4f	ok	123784.5000
float	6560.875	.5f	ok	6560.87500
float	1434.5390625	.7f	ok	1434.5390625
float	4053.328125	.5f	ok	4053.32812
float	46886.25	.4f	ok	46886.2500
float	212077.0	.8f	ok	212077.00000000
float	119270.75	.8f	ok	119270.75000000
float	14804.875	.6f	ok	14804.875000
float	241904.5	.0f	ok	241904
float	81.123046875	.1f	ok	81.1
float	211.46044921875	.2f	ok	211.46
float	425.29296875	.5f	ok	425.29297
float	1249.0	.2f	ok	1249.00
float	47112.125	.1f	ok	47112.1
float	173870.0	.7f	ok	173870.0000000
float	39765.0	.4f	ok	39765.0000
float	24644.75	.3f	ok	24644.750
float	15344.625	.7f	ok	15344.6250000
float	553.919921875	.8f	ok	553.91992188
float	1926.46875	.7f	ok	1926.4687500
float	32239.75	.8f	ok	32239.75000000
float	86.14453125	.4f	ok	86.1445
float	24045.0625	.4f	ok	24045.0625
float	826.814453125	.3f	ok	826.814
float	8330.5	.8f	ok	8330.50000000
float	32885.6875	.1f	ok	32885.7
float	3961.25	.0f	ok	3961
float	125.030517578125	.3f	ok	125.031
float	176.373291015625	.3f	ok	176.373
float	11408.5	.2f	ok	11408.50
float	27560.28125	.0f	ok	27560
float	3473.4296875	.8f	ok	3473.42968750
float	3591.75	.1f	ok	3591.8
float	43.1748046875	.3f	ok	43.175
float	15330.0	.8f	ok	15330.00000000
float	372658.5	.3f	ok	372658.500
float	74.8056640625	.5f	ok	74.80566
float	51419.5	.3f	ok	51419.500
float	158.271484375	.2f	ok	158.27
float	26694.3125	.5f	ok	26694.31250
float	344.07421875	.2f	ok	344.07
float	176.375	.6f	ok	176.375000
float	6443.84375	.0f	ok	6444
float	5770.3125	.2f	ok	5770.31
float	1502.728515625	.2f	ok	1502.73
float	2477.8125	.2f	ok	2477.81
float	13352.1875	.3f	ok	13352.188
float	11240.015625	.1f	ok	11240.0
float	11.66015625	.0f	ok	12
float	1018.52734375	.5f	ok	1018.52734
float	238051.75	.1f	ok	238051.8
float	101.90771484375	.0f	ok	102
float	13856.359375	.6f	ok	13856.359375
float	47.3017578125	.5f	ok	47.30176
float	76385.75	.7f	ok	76385.7500000
float	172.2158203125	.7f	ok	172.2158203
float	4421.75	.4f	ok	4421.7500
float	474367.5	.7f	ok	474367.5000000
float	426.2177734375	.2f	ok	426.22
float	3566.1484375	.8f	ok	3566.14843750
float	76.53662109375	.8f	ok	76.53662109
float	335.46240234375	.1f	ok	335.5
float	2229.25	.3f	ok	2229.250
float	15735.5625	.7f	ok	15735.5625000
float	36805.375	.7f	ok	36805.3750000
float	294.40185546875	.0f	ok	294
float	200.71044921875	.6f	ok	200.710449
float	406.3466796875	.5f	ok	406.34668
float	6764.6953125	.6f	ok	6764.695312
float	248543.0	.3f	ok	248543.000
float	334.0673828125	.5f	ok	334.06738
float	679.1982421875	.6f	ok	679.198242
float	25983.34375	.0f	ok	25983
float	1230.72265625	.0f	ok	1231
float	249296.5	.7f	ok	249296.5000000
float	3429.6328125	.4f	ok	3429.6328
float	59963.25	.5f	ok	59963.25000
float	35743.5625	.1f	ok	35743.6
float	2897.625	.7f	ok	2897.6250000
float	324679.0	.4f	ok	324679.0000
float	88034.0	.4f	ok	88034.0000
float	47.94580078125	.7f	ok	47.9458008
float	208.611328125	.8f	ok	208.61132812
float	52896.125	.1f	ok	52896.1
float	110.7568359375	.0f	ok	111
float	49236.75	.6f	ok	49236.750000
float	4447.9375	.2f	ok	4447.94
float	47497.0	.3f	ok	47497.000
float	359.986328125	.6f	ok	359.986328
float	1263.89453125	.5f	ok	1263.89453
float	1794.474609375	.3f	ok	1794.475
float	112295.125	.6f	ok	112295.125000
float	276401.0	.0f	ok	276401
float	111868.875	.1f	ok	111868.9
float	61931.8125	.7f	ok	61931.8125000
float	289.41259765625	.4f	ok	289.4126
float	12068.21875	.1f	ok	12068.2
float	141.485107421875	.8f	ok	141.48510742
float	5456.765625	.2f	ok	5456.77
float	30428.75	.6f	ok	30428.750000
float	155.447265625	.5f	ok	155.44727
float	14552.15625	.4f	ok	14552.1562
float	11856.15625	.6f	ok	11856.156250
float	1920.646484375	.0f	ok	1921
float	464.47900390625	.7f	ok	464.4790039
float	8082.890625	.0f	ok	8083
float	29.17333984375	.1f	ok	29.2
float	4566.3203125	.7f	ok	4566.3203125
float	637.228515625	.2f	ok	637.23
float	746.353515625	.7f	ok	746.3535156
float	575.1875	.7f	ok	575.1875000
float	71823.5	.4f	ok	71823.5000
float	9471.625	.8f	ok	9471.62500000
float	382.3359375	.2f	ok	382.34
float	765.310546875	.4f	ok	765.3105
float	41110.4375	.4f	ok	41110.4375
float	1582.849609375	.0f	ok	1583
float	861.59765625	.6f	ok	861.597656
float	170078.5	.6f	ok	170078.500000
float	126.2060546875	.5f	ok	126.20605
float	22637.78125	.5f	ok	22637.78125
float	165.759765625	.7f	ok	165.7597656
float	432996.0	.8f	ok	432996.00000000
float	45514.0	.3f	ok	45514.000
float	270528.5	.2f	ok	270528.50
float	78.84814453125	.8f	ok	78.84814453
float	87.38671875	.4f	ok	87.3867
float	475837.5	.4f	ok	475837.5000
float	6274.578125	.2f	ok	6274.58
float	8924.34375	.7f	ok	8924.3437500
float	202.0869140625	.5f	ok	202.08691
float	3801.28125	.6f	ok	3801.281250
float	55.5146484375	.4f	ok	55.5146
float	2963.7890625	.5f	ok	2963.78906
float	1579.07421875	.4f	ok	1579.0742
float	7370.6875	.7f	ok	7370.6875000
float	4106.28125	.2f	ok	4106.28
float	12757.328125	.0f	ok	12757
float	4983.03125	.8f	ok	4983.03125000
float	240.751953125	.8f	ok	240.75195312
float	434.2265625	.6f	ok	434.226562
float	197297.75	.4f	ok	197297.7500
float	6416.65625	.6f	ok	6416.656250
float	17345.5	.1f	ok	17345.5
float	1063.83984375	.0f	ok	1064
float	84.642578125	.4f	ok	84.6426
float	362.1416015625	.5f	ok	362.14160
float	17401.1875	.1f	ok	17401.2
float	1793.228515625	.1f	ok	1793.2
float	771.8251953125	.6f	ok	771.825195
float	213.606201171875	.1f	ok	213.6
float	30475.34375	.2f	ok	30475.34
float	84511.5	.1f	ok	84511.5
float	6345.6015625	.6f	ok	6345.601562
float	215.453369140625	.5f	ok	215.45337
float	3276.609375	.7f	ok	3276.6093750
float	13201.109375	.5f	ok	13201.10938
float	113379.5	.2f	ok	113379.50
float	136.138671875	.8f	ok	136.13867188
float	211.783203125	.4f	ok	211.7832
float	8753.25	.5f	ok	8753.25000
float	178757.25	.6f	ok	178757.250000
float	136.783203125	.0f	ok	137
float	872.380859375	.3f	ok	872.381
float	4733.5234375	.6f	ok	4733.523438
float	219.0712890625	.4f	ok	219.0713
float	402.02685546875	.2f	ok	402.03
float	9906.125	.3f	ok	9906.125
float	131221.5	.4f	ok	131221.5000
float	471238.0	.6f	ok	471238.000000
float	28792.15625	.2f	ok	28792.16
float	165.748291015625	.6f	ok	165.748291
float	20065.5625	.1f	ok	20065.6
float	790.041015625	.8f	ok	790.04101562
float	279.580078125	.3f	ok	279.580
float	59237.1875	.4f	ok	59237.1875
float	1537.46875	.1f	ok	1537.5
float	188594.5	.8f	ok	188594.50000000
float	18921.5	.5f	ok	18921.50000
float	114500.0	.7f	ok	114500.0000000
float	82475.875	.7f	ok	82475.8750000
float	563.32421875	.0f	ok	563
float	456.3974609375	.8f	ok	456.39746094
float	312302.5	.0f	ok	312302
float	2203.0859375	.1f	ok	2203.1
float	31701.4375	.4f	ok	31701.4375
float	10312.890625	.5f	ok	10312.89062
float	543.4287109375	.3f	ok	543.429
float	446.177734375	.3f	ok	446.178
float	288.46875	.8f	ok	288.46875000
float	373868.0	.3f	ok	373868.000
float	101985.625	.0f	ok	101986
float	1660.46875	.4f	ok	1660.4688
float	6945.359375	.1f	ok	6945.4
float	20644.15625	.1f	ok	20644.2
float	153333.0	.6f	ok	153333.000000
float	799.34765625	.6f	ok	799.347656
float	115.85595703125	.0f	ok	116
float	13175.515625	.8f	ok	13175.51562500
float	168.66552734375	.4f	ok	168.6655
float	36.54736328125	.7f	ok	36.5473633
float	75445.375	.6f	ok	75445.375000
float	232.43212890625	.7f	ok	232.4321289
float	3125.015625	.3f	ok	3125.016
float	916.53125	.2f	ok	916.53
float	18519.1875	.1f	ok	18519.2
float	1507.314453125	.0f	ok	1507
float	28745.0	.3f	ok	28745.000
float	25340.03125	.3f	ok	25340.031
float	143.42822265625	.4f	ok	143.4282
float	391984.5	.0f	ok	391984
float	1027.75	.3f	ok	1027.750
float	219107.5	.8f	ok	219107.50000000
float	540.244140625	.5f	ok	540.24414
float	82257.625	.5f	ok	82257.62500
float	11618.46875	.1f	ok	11618.5
float	11.32568359375	.2f	ok	11.33
float	11326.59375	.6f	ok	11326.593750
float	471326.5	.7f	ok	471326.5000000
float	202562.75	.5f	ok	202562.75000
float	13985.25	.5f	ok	13985.25000
float	3184.515625	.7f	ok	3184.5156250
float	1355.625	.5f	ok	1355.62500
float	62422.0	.1f	ok	62422.0
float	540.98046875	.4f	ok	540.9805
float	4161.015625	.3f	ok	4161.016
float	11593.84375	.0f	ok	11594
float	61441.0	.4f	ok	61441.0000
float	1936.0	.6f	ok	1936.000000
float	198.25	.6f	ok	198.250000
float	1318.5390625	.2f	ok	1318.54
float	72518.0	.1f	ok	72518.0
float	54.791259765625	.8f	ok	54.79125977
float	198656.0	.0f	ok	198656
float	213176.0	.7f	ok	213176.0000000
float	409137.5	.3f	ok	409137.500
float	910.3564453125	.8f	ok	910.35644531
float	239567.75	.5f	ok	239567.75000
float	346.572265625	.8f	ok	346.57226562
float	3626.2421875	.7f	ok	3626.2421875
float	393.69287109375	.3f	ok	393.693
float	480.8125	.3f	ok	480.812
float	14840.546875	.6f	ok	14840.546875
float	230843.0	.1f	ok	230843.0
float	77492.5	.3f	ok	77492.500
float	1802.390625	.7f	ok	1802.3906250
float	199672.5	.0f	ok	199672
float	3529.51953125	.2f	ok	3529.52
float	204.91015625	.3f	ok	204.910
float	367.015625	.7f	ok	367.0156250
float	2834.5625	.2f	ok	2834.56
float	484.9296875	.6f	ok	484.929688
float	16.061767578125	.3f	ok	16.062
float	52427.375	.0f	ok	52427
float	401.71875	.3f	ok	401.719
float	162.27783203125	.0f	ok	162
float	63601.75	.3f	ok	63601.750
float	420856.5	.0f	ok	420856
float	244598.0	.6f	ok	244598.000000
float	15758.125	.0f	ok	15758
float	1905.365234375	.6f	ok	1905.365234
float	137864.0	.2f	ok	137864.00
float	245322.0	.7f	ok	245322.0000000
float	198474.5	.1f	ok	198474.5
float	24502.25	.8f	ok	24502.25000000
float	166.724609375	.8f	ok	166.72460938
float	84744.0	.8f	ok	84744.00000000
float	6446.7109375	.0f	ok	6447
float	37821.0	.8f	ok	37821.00000000
float	169936.0	.8f	ok	169936.00000000
float	575.1025390625	.8f	ok	575.10253906
float	19.87109375	.0f	ok	20
float	1354.640625	.4f	ok	1354.6406
float	3744.40625	.0f	ok	3744
float	143.333984375	.3f	ok	143.334
float	3155.125	.8f	ok	3155.12500000
float	3324.109375	.3f	ok	3324.109
float	31.271240234375	.3f	ok	31.271
float	5502.8046875	.1f	ok	5502.8
float	160610.25	.8f	ok	160610.25000000
"""#)
