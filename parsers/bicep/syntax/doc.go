// Package syntax reads Bicep source: .bicep files (Parse) and .bicepparam
// files (ParseParams) become a File, a syntax tree whose every node has
// its exact byte span, and the syntax errors found, as diagnostics with
// ranges. It does not resolve names, check types or evaluate anything;
// the bicep package does that on the tree.
//
// It is written by hand because no Go library parses Bicep; the language
// is defined by the Bicep compiler, its pseudo-grammar and its test
// samples, which the tests here parse.
//
// Where to start reading:
//
//   - ast.go and file.go: the tree (Stmt, Expr and Type nodes, File).
//   - parse.go: Parse and ParseParams, the parser's state and how it
//     moves over the tokens. Statements are in stmt.go and decl.go, expressions in
//     expr.go, primary.go, loop.go and interp.go (strings), types in
//     types.go, error recovery and the bounds in recover.go.
//   - lex.go, string.go, token.go: the lexer, one pass over the source
//     that makes the token list (strings with ${...} come in pieces).
//   - walk.go: Walk visits a tree in source order; pos.go turns byte
//     offsets into lines and columns.
//
// Line breaks matter in Bicep: a statement ends at one, and so does each
// item of an object or array, unless a comma does. Inside parentheses
// they mean nothing. The lexer makes one token of each run of line
// breaks, and the parser skips them where they mean nothing.
//
// Errors never stop the parse: a broken statement becomes a BadStmt (a
// broken expression a BadExpr, a broken type a BadType), and the parser
// goes on at the next line, item or closing bracket. Nesting deeper than
// 256 levels, and chains of more than 1024 operators or accessors, are
// reported once (code bicep-limit) and skipped, so that no input can
// exhaust the stack. A file gets at most 100 diagnostics, then one note.
// Parsing takes time linear in the size of the file.
package syntax
