// Package expr reads and evaluates ARM template expressions: the JSON
// strings of a template that start with '[' and end with ']', such as
// "[concat('st', uniqueString(resourceGroup().id))]".
//
// Start reading at Parse (parse.go), which turns one string into an Expr:
// a tree of Nodes (*Call, *String, *Int, *Member, *Index) whose spans are
// byte offsets into the string, so that a diagnostic can point at the call
// or the access that failed. Then Expr.Eval (eval.go), which computes the
// value in a Scope: the template's parameters, variables, copy loops and
// user-defined functions, and the funcs.Ctx the function library needs.
// Walk and Expr.Text let the template evaluator find reference(),
// resourceId() and the parameters and variables an expression reads.
//
// The lexer and parser are hand written: the language is small (calls,
// 'strings' in which a doubled quote is one quote, integers, .property
// and [index] access), no Go library reads it, and the positions and the
// depth limit must be exact.
//
// Evaluation calls the library in parsers/arm/funcs for every template
// function but a few forms that need the expression itself
// (special.go): parameters, variables, copyIndex, if (only the chosen
// branch is evaluated), lambda and lambdaVariables, and user-defined
// functions namespace.name(...) (udf.go). A value known only at
// deployment is a *value.Unknown: a call given one returns one (unless
// the function is Lazy and handles it), and an access on one extends its
// Text and, when it reads a resource, its Ref.Path (access.go).
//
// Errors are *Error with the byte span of the failing part. An argument
// that fails (a missing property, an index out of range) becomes an
// unknown and the call goes on, so that an object with one bad member
// keeps the others; Eval then returns the value with the first such error,
// marked Partial. Hostile input
// ends with an error, never a crash: nesting deeper than 512 levels stops
// the parse, evaluation has its own depth limit (user-defined functions
// calling each other included), every call takes one from the Budget in
// the Scope's funcs.Ctx, and the text of every unknown built takes its
// length from the Budget's items.
package expr
