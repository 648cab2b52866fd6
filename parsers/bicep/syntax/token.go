package syntax

// kind is the kind of a token.
type kind uint8

// Token kinds. Strings come in pieces when they are interpolated:
// 'a${x}b${y}c' is stringLeft ('a${), x, stringMid (}b${), y, stringRight
// (}c'); the multi-line kinds do the same for $”'...${x}...”' strings.
const (
	tEOF kind = iota
	tNewline
	tIdent
	tInt
	tString      // 'text', no interpolation
	tStringLeft  // 'text${
	tStringMid   // }text${
	tStringRight // }text'
	tMulti       // '''text''' or $'''text''' without interpolation
	tMultiLeft   // $'''text${
	tMultiMid    // }text${
	tMultiRight  // }text'''
	tLBrace
	tRBrace
	tLBrack
	tRBrack
	tLParen
	tRParen
	tComma
	tColon
	tDot
	tQuestion
	tAt
	tAssign
	tArrow
	tEllipsis
	tDoubleColon
	tPipe
	tCaret
	tNot
	tAnd
	tOr
	tCoalesce
	tEq
	tNeq
	tEqI
	tNeqI
	tLt
	tLe
	tGt
	tGe
	tPlus
	tMinus
	tStar
	tSlash
	tPercent
	tBad // a character Bicep does not know; the lexer reported it
)

// token is one token: its kind and its bytes [start, end) in the source.
// Offsets are 32-bit to keep the token list small; Parse refuses larger
// files.
type token struct {
	kind       kind
	open       bool // a string piece that ends without its closing quote
	start, end int32
}

// ops are the operator and punctuation tokens, longest first where one is
// a prefix of another.
var ops = []struct {
	text string
	kind kind
}{
	{"...", tEllipsis},
	{"::", tDoubleColon},
	{"=>", tArrow},
	{"==", tEq},
	{"=~", tEqI},
	{"!=", tNeq},
	{"!~", tNeqI},
	{"<=", tLe},
	{">=", tGe},
	{"&&", tAnd},
	{"||", tOr},
	{"??", tCoalesce},
	{"{", tLBrace},
	{"}", tRBrace},
	{"[", tLBrack},
	{"]", tRBrack},
	{"(", tLParen},
	{")", tRParen},
	{",", tComma},
	{":", tColon},
	{".", tDot},
	{"?", tQuestion},
	{"@", tAt},
	{"=", tAssign},
	{"|", tPipe},
	{"^", tCaret},
	{"!", tNot},
	{"<", tLt},
	{">", tGt},
	{"+", tPlus},
	{"-", tMinus},
	{"*", tStar},
	{"/", tSlash},
	{"%", tPercent},
}

// binaryOps maps binary operator tokens to their text and precedence
// (higher binds tighter, 0 for other tokens). The ternary operator is
// below them all.
var binaryOps = [tBad + 1]struct {
	text string
	prec int
}{
	tCoalesce: {"??", 1},
	tOr:       {"||", 2},
	tAnd:      {"&&", 3},
	tEq:       {"==", 4},
	tNeq:      {"!=", 4},
	tEqI:      {"=~", 4},
	tNeqI:     {"!~", 4},
	tLt:       {"<", 5},
	tLe:       {"<=", 5},
	tGt:       {">", 5},
	tGe:       {">=", 5},
	tPlus:     {"+", 6},
	tMinus:    {"-", 6},
	tStar:     {"*", 7},
	tSlash:    {"/", 7},
	tPercent:  {"%", 7},
}

// describe names a token kind for messages.
func describe(k kind) string {
	switch k {
	case tEOF:
		return "the end of the file"
	case tNewline:
		return "a new line"
	case tIdent:
		return "an identifier"
	case tInt:
		return "an integer"
	case tString, tStringLeft, tMulti, tMultiLeft:
		return "a string"
	case tStringMid, tStringRight, tMultiMid, tMultiRight:
		return "the rest of a string"
	case tBad:
		return "an unknown character"
	}
	for _, o := range ops {
		if o.kind == k {
			return "'" + o.text + "'"
		}
	}
	return "a token"
}
