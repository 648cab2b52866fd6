package syntax

// Span is a half-open byte range [Start, End) of a file's source.
type Span struct{ Start, End int }

// Bounds returns the span itself; every node embeds a Span, so every node
// has Bounds.
func (s Span) Bounds() Span { return s }

// Node is any node of the syntax tree.
type Node interface{ Bounds() Span }

// Stmt is a top-level statement of a .bicep or .bicepparam file.
type Stmt interface {
	Node
	stmt()
}

// Expr is an expression.
type Expr interface {
	Node
	expr()
}

// Type is a type expression (param, var, output, type and func
// declarations, object type properties).
type Type interface {
	Node
	typ()
}

// Decorator is an @-annotation before a declaration or a type property:
// @secure(), @sys.description('...'), @batchSize(2). Call.Target is the
// namespace when there is one.
type Decorator struct {
	Span
	Call *Call
}

// Decl holds what every named declaration has.
type Decl struct {
	Span
	Decorators []*Decorator
	Name       *Ident
}

// --- statements ---

// TargetScope is targetScope = 'subscription'.
type TargetScope struct {
	Span
	Value Expr
}

// Metadata is metadata name = value.
type Metadata struct {
	Decl
	Value Expr
}

// Param is param name type = default in a .bicep file, or, in a
// .bicepparam file, param name = value (Type nil, Value the value).
// Resource is the type string of param name resource 'Type@version'.
type Param struct {
	Decl
	Type     Type    // nil in .bicepparam files and for resource parameters
	Resource *String // param x resource 'Microsoft.Storage/storageAccounts@2023-01-01'
	Value    Expr    // the default value (.bicep) or the value (.bicepparam); nil when none
}

// Var is var name [type] = value.
type Var struct {
	Decl
	Type  Type // nil when untyped
	Value Expr
}

// TypeDecl is type name = type.
type TypeDecl struct {
	Decl
	Type Type
}

// Output is output name type = value, or output name resource 'T@v' = value.
type Output struct {
	Decl
	Type     Type    // nil for a resource output
	Resource *String // the type string of a resource output
	Value    Expr
}

// Func is func name(params) resultType => body.
type Func struct {
	Decl
	Lambda *Lambda // typed: Params have Types, Result is set
}

// Import is a compile-time import: import {a, b as c} from 'file.bicep'
// or import * as ns from 'file.bicep'.
type Import struct {
	Decl                    // Name is nil; Decorators may be set
	Symbols []*ImportSymbol // nil for a wildcard import
	Alias   *Ident          // the namespace of a wildcard import (import * as ns ...)
	From    *String
}

// ImportSymbol is one name of an import list, with its local alias.
type ImportSymbol struct {
	Span
	Name  *Ident // the exported name; a quoted name is an Ident whose Name is the decoded string
	Alias *Ident // nil when not renamed
}

// Extension is extension 'spec' [with {...}] [as alias], or the older
// import 'spec' form of it, or extension name (a bare identifier such as
// microsoftGraphV1).
type Extension struct {
	Decl  // Name is nil
	Spec  Expr
	With  *Object
	Alias *Ident
}

// Resource is resource name 'Type@version' [existing] = body. Body is an
// *Object, an *If (conditional resource) or a *For (a loop, whose Body is
// an *Object or an *If). Nested child resources appear in the body
// object's Resources.
type Resource struct {
	Decl
	Type     *String
	Existing bool
	Body     Expr
}

// Module is module name 'path' = body, with Body as for a Resource. Path
// is a local path ('./vnet.bicep', '../tpl.json') or a registry or
// template spec reference ('br:...', 'br/alias:...', 'ts:...').
type Module struct {
	Decl
	Path *String
	Body Expr
}

// Test is test name 'file.bicep' = {...} (experimental test framework).
type Test struct {
	Decl
	Path *String
	Body Expr
}

// Assert is assert name = condition (experimental).
type Assert struct {
	Decl
	Value Expr
}

// Using is the using 'main.bicep' line of a .bicepparam file; Path is
// nil for using none.
type Using struct {
	Span
	Path *String
}

// Extends is the extends 'base.bicepparam' line of a .bicepparam file.
type Extends struct {
	Span
	Path *String
}

// BadStmt is a statement that did not parse. The parser reports it and
// goes on at the next line.
type BadStmt struct{ Span }

func (*TargetScope) stmt() {}
func (*Metadata) stmt()    {}
func (*Param) stmt()       {}
func (*Var) stmt()         {}
func (*TypeDecl) stmt()    {}
func (*Output) stmt()      {}
func (*Func) stmt()        {}
func (*Import) stmt()      {}
func (*Extension) stmt()   {}
func (*Resource) stmt()    {}
func (*Module) stmt()      {}
func (*Test) stmt()        {}
func (*Assert) stmt()      {}
func (*Using) stmt()       {}
func (*Extends) stmt()     {}
func (*BadStmt) stmt()     {}

// --- expressions ---

// Ident is a name: a symbol, a property name, a function name.
type Ident struct {
	Span
	Name string
}

// Int is an integer literal. Bicep integers are 64-bit; a literal that
// does not fit is a syntax error and Value is 0.
type Int struct {
	Span
	Value int64
}

// Bool is true or false.
type Bool struct {
	Span
	Value bool
}

// Null is null.
type Null struct{ Span }

// String is a string, interpolated or not: Parts are the decoded literal
// pieces around the Exprs, len(Parts) == len(Exprs)+1. 'a${b}c' has
// Parts ["a", "c"] and Exprs [b]. PartSpans locate each piece (without
// quotes and ${ }) in the source. Multiline is set for ”'...”' strings,
// whose text is kept as written (no escapes).
type String struct {
	Span
	Parts     []string
	PartSpans []Span
	Exprs     []Expr
	Multiline bool
}

// Literal returns the value of a string without interpolation.
func (s *String) Literal() (string, bool) {
	if len(s.Exprs) > 0 || len(s.Parts) == 0 {
		return "", false
	}
	return s.Parts[0], true
}

// Array is [a, b] or one item per line. An item may be a *Spread.
type Array struct {
	Span
	Items []Expr
}

// Object is { key: value ... }. Props are in source order; a property
// may be a spread (...expr). Resources are the nested child resource
// declarations of a resource body, in source order.
type Object struct {
	Span
	Props     []*Property
	Resources []*Resource
}

// Property is key: value, or ...value when Spread. Key is the decoded
// name ('quoted-key' or an identifier); KeyExpr is set instead when the
// key is an interpolated string ('${prefix}-name': value).
type Property struct {
	Span
	Key     string
	KeySpan Span
	KeyExpr *String
	Value   Expr
	Spread  bool
}

// Spread is ...expr as an array item.
type Spread struct {
	Span
	X Expr
}

// Unary is !x, -x or +x.
type Unary struct {
	Span
	Op string
	X  Expr
}

// Binary is x op y: || && ?? == != =~ !~ < <= > >= + - * / %.
type Binary struct {
	Span
	Op   string
	X, Y Expr
}

// Ternary is cond ? then : else.
type Ternary struct {
	Span
	Cond, Then, Else Expr
}

// Paren is (x).
type Paren struct {
	Span
	X Expr
}

// Call is name(args), or target.name(args): a namespaced function
// (sys.concat, az.resourceGroup) or a resource method (kv.getSecret).
type Call struct {
	Span
	Target Expr // nil for a plain call
	Name   *Ident
	Args   []Expr
}

// Access is x.name, or x.?name when Safe.
type Access struct {
	Span
	X    Expr
	Name *Ident
	Safe bool
}

// Index is x[i]; Safe for x[?i], FromEnd for x[^i] (both for x[?^i]).
type Index struct {
	Span
	X       Expr
	Index   Expr
	Safe    bool
	FromEnd bool
}

// NonNull is x! (the non-null assertion).
type NonNull struct {
	Span
	X Expr
}

// Child is x::name, a nested resource of resource x.
type Child struct {
	Span
	X    Expr
	Name *Ident
}

// Lambda is x => body or (x, y) => body; a func declaration's lambda has
// typed parameters and a Result type.
type Lambda struct {
	Span
	Params []*LambdaParam
	Result Type
	Body   Expr
}

// LambdaParam is one lambda parameter, with its type in a func
// declaration.
type LambdaParam struct {
	Span
	Name *Ident
	Type Type
}

// For is [for item in iter: body] or [for (item, index) in iter: body].
// Body may be an *If: [for x in xs: if (cond) {...}].
type For struct {
	Span
	Item  *Ident
	Index *Ident // nil when not named
	Iter  Expr
	Body  Expr
}

// If is if (cond) body, the body of a conditional resource or module, or
// of a filtered loop.
type If struct {
	Span
	Cond Expr
	Body Expr
}

// BadExpr is an expression that did not parse.
type BadExpr struct{ Span }

func (*Ident) expr()   {}
func (*Int) expr()     {}
func (*Bool) expr()    {}
func (*Null) expr()    {}
func (*String) expr()  {}
func (*Array) expr()   {}
func (*Object) expr()  {}
func (*Spread) expr()  {}
func (*Unary) expr()   {}
func (*Binary) expr()  {}
func (*Ternary) expr() {}
func (*Paren) expr()   {}
func (*Call) expr()    {}
func (*Access) expr()  {}
func (*Index) expr()   {}
func (*NonNull) expr() {}
func (*Child) expr()   {}
func (*Lambda) expr()  {}
func (*For) expr()     {}
func (*If) expr()      {}
func (*BadExpr) expr() {}

// --- types ---

// TypeRef names a type: string, int, bool, array, object, sys.string, a
// declared or imported type, or an access into one (myType.prop,
// myType[0], myType[*], myType.*, ns.myType). Name is the text as written
// without spaces.
type TypeRef struct {
	Span
	Name string
}

// TypeLiteral is a literal type: 'a', 1, -1, true, null, a multi-line
// string.
type TypeLiteral struct {
	Span
	Value Expr
}

// TypeUnion is 'a' | 'b'.
type TypeUnion struct {
	Span
	Members []Type
}

// TypeArray is elem[].
type TypeArray struct {
	Span
	Elem Type
}

// TypeNullable is elem?.
type TypeNullable struct {
	Span
	Elem Type
}

// TypeObject is { name: type ... } with an optional *: type matcher.
type TypeObject struct {
	Span
	Props      []*TypeProperty
	Additional Type // *: type; nil when absent
}

// TypeProperty is one property of an object type.
type TypeProperty struct {
	Span
	Decorators []*Decorator
	Name       string
	NameSpan   Span
	Type       Type
}

// TypeTuple is [type, type ...].
type TypeTuple struct {
	Span
	Items []Type
}

// TypeResource is resourceInput<'T@v'>, resourceOutput<'T@v'> or, in a
// param or output, resource<'T@v'> written as such. Kind is the keyword
// (without a sys. namespace). Path is the access into the type that
// follows it, as written without spaces: ".properties.tags.*" for
// resourceInput<'T@v'>.properties.tags.*; "" when none.
type TypeResource struct {
	Span
	Kind string
	Spec *String
	Path string
}

// TypeNonNull is elem!, the type without null.
type TypeNonNull struct {
	Span
	Elem Type
}

// TypeParen is (type).
type TypeParen struct {
	Span
	X Type
}

// BadType is a type expression that did not parse.
type BadType struct{ Span }

func (*TypeRef) typ()      {}
func (*TypeLiteral) typ()  {}
func (*TypeUnion) typ()    {}
func (*TypeArray) typ()    {}
func (*TypeNullable) typ() {}
func (*TypeNonNull) typ()  {}
func (*TypeObject) typ()   {}
func (*TypeTuple) typ()    {}
func (*TypeResource) typ() {}
func (*TypeParen) typ()    {}
func (*BadType) typ()      {}
